"""Saved pages and wire XML to plain text plus page metadata.

The derived text keeps the layout the text recognisers expect, one block per
paragraph and a blank line between blocks::

    Headline of the story

    By Jane Doe

    Caption of the picture. Photo: Getty Images

    WASHINGTON (Reuters) - First paragraph of the body ...

    Second paragraph ...

:class:`PageMeta` records which blocks are the headline, byline, captions and
body, so the ``page_meta`` stage can settle their kinds whatever the text
recognisers made of them. lxml is imported here only, never for plain text.
"""

from __future__ import annotations

import logging

from .article import PageMeta
from .document import Span

LOGGER = logging.getLogger(__name__)


class TextBuilder:
    """Appends blocks to the derived text and returns their spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, block: str) -> Span:
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        start = self.length
        self.parts.append(block)
        self.length += len(block)
        return Span(start, self.length)

    def text(self) -> str:
        return "".join(self.parts) + ("\n" if self.parts else "")


def extract(markup: str, fmt: str) -> tuple[str, PageMeta]:
    """The article text of a page, laid out as plain text, and what its metadata says.

    Raises:
        MarkupError: the markup cannot be read safely.
    """
    if fmt == "xml":
        from .markup.news_xml import extract_news_xml

        return extract_news_xml(markup, TextBuilder())
    from .markup.html_extract import extract_html

    return extract_html(markup, TextBuilder())
