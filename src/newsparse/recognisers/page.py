"""Page metadata recogniser (not yet implemented): fills what the printed text lacks."""

from __future__ import annotations

from ..article import Article
from ..document import Document
from ..pipeline import Context


def apply(doc: Document, article: Article, ctx: Context) -> None:
    """Cross-check page metadata with the printed findings (nothing yet)."""
