"""Dateline recogniser (not yet implemented: finds nothing)."""

from __future__ import annotations

from ..article import Article
from ..document import Document
from ..pipeline import Context


def apply(doc: Document, article: Article, ctx: Context) -> None:
    """Store this recogniser's findings on the article (none yet)."""
