"""Block classification: body text, and the wire sign-off that closes a story.

    ... said in its weekly review.
     Reuter                      <- sign-off, not a paragraph

Every block starts as body; the later block-chain stages (headline, byline,
credits, captions) re-classify or claim what they recognise. A sign-off that is a
block of its own gets kind ``signoff``; one that ends the last block's lines is
claimed.
"""

from __future__ import annotations

import re
from functools import cache

from ..article import Article
from ..document import Block, Document, Span
from ..lexicon import alternation, load_list
from ..pipeline import Context

WHO = "signoff"


@cache
def signoff_line() -> re.Pattern[str]:
    """A whole line holding only a sign-off: `` Reuter``, ``REUTER...``, ``AAP RTV``."""
    words = alternation(load_list("signoffs"))
    return re.compile(
        rf"""
        [ \t]{{0,12}}
        (?:{words})          # Reuter / REUTER / AAP RTV / More
        (?:\.{{3}}|…)?       # REUTER...
        [ \t\r]{{0,4}}
        """,
        re.VERBOSE | re.IGNORECASE,
    )


def find_signoff(doc: Document) -> Span | None:
    """The sign-off line at the end of the text, or None."""
    if not doc.blocks:
        return None
    last = doc.blocks[-1].span
    line_index = doc.line_at(last.end - 1 if last.end > last.start else last.start)
    line = doc.lines[line_index]
    start = max(line.start, last.start)
    if line_index == 0 or start >= last.end:
        return None  # a one-line document is a headline, not a sign-off
    if signoff_line().fullmatch(doc.text, start, line.end) is None:
        return None
    return doc.shrink(Span(start, line.end))


def classify(blocks: list[Block]) -> None:
    """Mark every still-unclassified block as body."""
    for block in blocks:
        if block.kind == "unknown":
            block.kind = "body"


def apply(doc: Document, article: Article, ctx: Context) -> None:
    """Mark blocks as body and set the sign-off apart."""
    classify(doc.blocks)
    signoff = find_signoff(doc)
    if signoff is None:
        return
    last = doc.blocks[-1]
    if last.span == signoff:
        last.kind = "signoff"
    else:
        doc.claim(signoff, WHO)
