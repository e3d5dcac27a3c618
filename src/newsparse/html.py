"""Saved pages and wire XML to plain text plus page metadata (not yet implemented)."""

from __future__ import annotations

from .article import PageMeta


def extract(markup: str, fmt: str) -> tuple[str, PageMeta]:
    """The article text of a page, laid out as plain text, and what its metadata says."""
    raise NotImplementedError("HTML input is not supported yet")
