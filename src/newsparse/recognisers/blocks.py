"""Block classification (first version: every block is body text)."""

from __future__ import annotations

from ..article import Article
from ..document import Document
from ..pipeline import Context


def apply(doc: Document, article: Article, ctx: Context) -> None:
    """Mark every still-unclassified block as body."""
    for block in doc.blocks:
        if block.kind == "unknown":
            block.kind = "body"
