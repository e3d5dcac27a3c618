"""Block classification: body text, rules, and the wire sign-off that closes a story.

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
from ..document import Document, Span
from ..furniture import MAX_LABEL_CHARS, MAX_LINK_CHARS, is_furniture, is_link_line
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
    if (
        signoff_line().fullmatch(doc.text, start, line.end) is None
        and DESK_SIGNOFF.fullmatch(doc.text, start, line.end) is None
    ):
        return None
    return doc.shrink(Span(start, line.end))


# A desk sign-off of agency copy: lower-case initials joined by "-" and "/"
# ("bur-fff/sst", "jm/rlp").
DESK_SIGNOFF = re.compile(r"[ \t]{0,12}[a-z]{2,5}(?:[-/][a-z]{2,5}){1,5}[ \t\r]{0,4}")
# A letter or digit: a block without any is a rule ("___", "* * *"), not a paragraph.
ALNUM = re.compile(r"[^\W_]")


def classify(doc: Document) -> None:
    """Mark every still-unclassified block as body; as a rule when it holds no letter or
    digit ("___", "* * *"); as page furniture (kind ``meta``) when it is a page's label
    pasted with the text ("Advertisement", "3 min read", "READ MORE: ...")."""
    for block in doc.blocks:
        if block.kind != "unknown":
            continue
        if not ALNUM.search(doc.text, block.span.start, block.span.end):
            block.kind = "rule"
        elif len(block.span) <= MAX_LABEL_CHARS and is_furniture(doc.text_of(block.span)):
            block.kind = "meta"  # a page's label pasted with the text: "Advertisement"
        elif len(block.span) <= MAX_LINK_CHARS and is_link_line(doc.text_of(block.span)):
            block.kind = "meta"  # a link to another story: "READ MORE: Floods hit the coast"
        else:
            block.kind = "body"


def apply(doc: Document, article: Article, ctx: Context) -> None:
    """Mark blocks as body and set the sign-off apart."""
    classify(doc)
    signoff = find_signoff(doc)
    if signoff is None:
        return
    last = doc.blocks[-1]
    if last.span == signoff:
        last.kind = "signoff"
    else:
        doc.claim(signoff, WHO)
