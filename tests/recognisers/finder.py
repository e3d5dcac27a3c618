"""A shared reader for the tests of the add-on frame finders."""

from __future__ import annotations

from collections.abc import Callable

from newsparse.article import Attribution
from newsparse.document import Document, Span
from newsparse.layout import build_document

Finder = Callable[[Document, Span], list[Attribution]]


def found_triples(text: str, finder: Finder) -> list[tuple[str | None, str, str]]:
    """(source, cue, content) of what ``finder`` reads in each block of ``text``."""
    doc = build_document(text)
    return [
        (
            None if a.source_span is None else doc.text_of(a.source_span),
            doc.text_of(a.cue_span),
            doc.text_of(a.content_span),
        )
        for block in doc.blocks
        for a in finder(doc, block.span)
    ]
