"""Dates recogniser (not yet implemented: finds nothing)."""

from __future__ import annotations

from ..article import Article
from ..document import Document
from ..pipeline import Context


def apply(doc: Document, article: Article, ctx: Context) -> None:
    """Find date expressions (none yet)."""


def apply_resolution(doc: Document, article: Article, ctx: Context) -> None:
    """Resolve relative and year-less dates against the reference date (nothing yet)."""
