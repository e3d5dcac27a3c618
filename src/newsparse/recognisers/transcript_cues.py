"""Interview transcripts: a paragraph opened by a speaker label and a colon.

The label is the source, the colon the cue and the rest of the paragraph the
content. "Q" and "A" are labels wherever they open a paragraph; a label in
capitals ("FALLIN", "MR. TRUMP") only when two paragraphs or more of the
article open with one, so that a lone "UPDATE:" or "WASHINGTON:" is not read
as a speaker (``data/transcript_non_speakers.txt`` lists the usual ones).

Examples (content in brackets)::

    Q: [Did the immigration service take care of you?]
    A: [No, no one did.]
    FALLIN: [Well, I think the whole nation needs to work together.]
"""

from __future__ import annotations

import re
from functools import cache

from ..article import Attribution
from ..document import Document, Span
from ..lexicon import load_set
from .content_bounds import trim_end

# A speaker label at a paragraph start: "Q: " / "A: " / "FALLIN: " / "MR. TRUMP: ", after
# the opening mark of a quoted transcript too ("\"WALLACE: ...").
LABEL = re.compile(
    r"""
    [“"]?
    (?P<label>
        [QA]                                             # question / answer
      | [A-Z][A-Z.'’-]{1,30}(?:[ ][A-Z][A-Z.'’-]{1,30}){0,2}   # FALLIN / SEN. JOHN SMITH
    )
    (?P<colon>:)[ \t\u00a0]+(?=\S)
    """,
    re.VERBOSE,
)
# A paragraph of a transcript that no speaker says: a stage direction in brackets or an
# elision mark alone ("(BEGIN VIDEO CLIP.)", "[Crosstalk]", "….", "...").
NOT_SPEECH = re.compile(r"\s*(?:[(\[]|[.…]+\s*\Z)")
# Paragraphs of a transcript with capitalised labels: at least this many.
MIN_LABELS = 2


@cache
def _non_speakers() -> frozenset[str]:
    return load_set("transcript_non_speakers")


def find_transcript_attributions(doc: Document, paragraphs: list[Span]) -> list[Attribution]:
    """The labelled paragraphs of a transcript, in text order."""
    text = doc.text
    found: list[tuple[re.Match[str], Span, int]] = []
    for index, para in enumerate(paragraphs):
        m = LABEL.match(text, para.start, para.end)
        if m is not None and m.group("label").casefold() not in _non_speakers():
            found.append((m, para, index))
    named = sum(1 for m, _, _ in found if len(m.group("label")) > 1)
    out: list[Attribution] = []
    for turn, (m, para, index) in enumerate(found):
        if len(m.group("label")) > 1 and named < MIN_LABELS:
            continue
        if turn + 1 < len(found):
            # A turn runs on over the paragraphs before the next label, up to a stage
            # direction ("(BEGIN VIDEO CLIP.)") or an elision mark ("….").
            for following in paragraphs[index + 1 : found[turn + 1][2]]:
                if NOT_SPEECH.match(text, following.start, following.end):
                    break
                para = Span(para.start, following.end)
        end = trim_end(doc, m.end(), para.end)
        if end - m.end() < 2:
            continue
        out.append(
            Attribution(
                Span(m.start("label"), m.end("label")),
                Span(m.start("colon"), m.end("colon")),
                Span(m.end(), end),
                False,
                rule="transcript",
            )
        )
    return out
