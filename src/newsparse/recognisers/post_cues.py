"""Embedded social-media posts: the post's words, then its signature line.

A page pasted as text prints an embedded post as its words followed by a line with
a dash, the author's name, the account in parentheses and the date. The name is
the source, the dash the cue and the post's words (the lines above the signature
in its paragraph, else the paragraph before) the content. The words are in no
quotation marks, so the attribution is not ``direct``.

Example (content in brackets)::

    [The election was rigged! We will fight on.]
    — Donald J. Trump (@realDonaldTrump) December 3, 2024
"""

from __future__ import annotations

import re

from ..article import Attribution
from ..document import Document, Span
from .content_bounds import trim_end, trim_start

# A post's signature line: "— Name (@account) Month Day, Year", the date optional
# ("— Jane Doe (@janedoe) 3 December 2024" / "- NASA (@NASA)").
SIGNATURE = re.compile(
    r"""
    ^[ \t]{0,4}
    (?P<dash>—|–|-{1,2})[ \t]?
    (?P<name>[^\W\d_][^\n(@]{0,60}?)[ \t]?
    \((?P<account>@\w{1,30})\)
    (?:[ \t]+[^\n]{0,40})?[ \t]*$
    """,
    re.VERBOSE | re.MULTILINE,
)


def find_post_attributions(doc: Document, paragraphs: list[Span]) -> list[Attribution]:
    """The embedded posts of the given paragraphs, in text order."""
    text = doc.text
    out: list[Attribution] = []
    for index, para in enumerate(paragraphs):
        if text.find("(@", para.start, para.end) < 0:
            continue  # the common case: no account in the paragraph
        for m in SIGNATURE.finditer(text, para.start, para.end):
            if m.start() > para.start:
                content = Span(para.start, m.start())  # the post's lines above it
            elif index > 0:
                content = paragraphs[index - 1]  # the post is the paragraph before
            else:
                continue
            start = trim_start(doc, content.start, content.end)
            end = trim_end(doc, start, content.end)
            if end - start < 2:
                continue
            name = Span(m.start("name"), trim_end(doc, m.start("name"), m.end("name")))
            out.append(
                Attribution(
                    name, Span(m.start("dash"), m.end("dash")), Span(start, end), False, rule="post"
                )
            )
    return out
