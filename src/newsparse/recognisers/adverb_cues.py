"""Hearsay adverbs: "X reportedly did Y" reports a statement whose source is not named.

PolNeAR takes the adverb for the cue of an attribution with no source; the
content is the clause the adverb sits in, the adverb aside (its envelope).

Examples (content in brackets)::

    [The Club for Growth is reportedly spending $1.5 million on ads].
    With [Michael Bloomberg reportedly considering a run], a poll found ...
"""

from __future__ import annotations

import bisect
import re

from ..article import Attribution
from ..document import Document, Span
from .content_bounds import trim_end, trim_start, within_aside

# The adverbs. The pattern opens with the words themselves, so that the engine skips
# ahead to their first letters; the word boundaries are tested in code.
HEARSAY = re.compile(r"(?:reportedly|allegedly|purportedly|supposedly)(?![\w-])")
# An introductory preposition before the clause: "With X reportedly ..., ...".
OPENER = re.compile(r"[\s“\"]*(?:With|Amid|After|As)\s")
# What stands right before an adverb that qualifies a word inside a noun phrase or a
# prepositional phrase, with no clause to report: an article ("the supposedly imminent
# imposition"), a preposition ("sued him for allegedly violating his NDA", "including
# allegedly groups like ISIS") or a dash ("including - allegedly - groups").
PHRASE_BEFORE = re.compile(
    r"(?:(?<![\w'’-])(?:[Tt]he|[Aa]n?|for|of|by|with|without|from|including)|[—–-])\s\Z"
)
# Where the clause ends inside its sentence: a comma after an introductory phrase, a
# semicolon, a dash.
CLAUSE_END = re.compile(
    r"""
    ;|\s[—–]\s|\s--\s                    # a semicolon, a dash
    | ,\s(?=[a-z])                         # , leaving progressives fearful ...
    | \sas\s(?=(?:it|he|she|they|we)\b)   # as it nears the end of ...
    """,
    re.VERBOSE,
)


def find_hearsay_attributions(
    doc: Document, para: Span, sentence_starts: list[int]
) -> list[Attribution]:
    """The hearsay adverbs of a paragraph, each with the clause it qualifies."""
    text = doc.text
    out: list[Attribution] = []
    if text.find("edly", para.start, para.end) < 0:
        return out  # every hearsay adverb ends in "edly"
    for m in HEARSAY.finditer(text, para.start, para.end):
        before = text[m.start() - 1 : m.start()]
        if before and (before.isalnum() or before in "_-"):
            continue  # "self-reportedly"
        if PHRASE_BEFORE.search(text, max(para.start, m.start() - 12), m.start()):
            continue  # "the supposedly imminent imposition": no clause reported
        at = bisect.bisect_right(sentence_starts, m.start()) - 1
        sent = doc.sentences[at] if at >= 0 else Span(para.start, para.end)
        start = max(sent.start, para.start)
        end = min(sent.end, para.end)
        opener = OPENER.match(text, start, m.start())
        if opener is not None:
            comma = text.find(",", m.end(), end)
            if comma < 0:
                continue
            start, end = opener.end(), comma
        else:
            # "In total, the hackers have reportedly ...": the clause after the last comma.
            comma = text.rfind(", ", start, m.start())
            if comma >= 0:
                start = comma + 2
        cut = CLAUSE_END.search(text, m.end(), end)
        if cut is not None:
            end = cut.start()
        start = trim_start(doc, start, end)
        end = trim_end(doc, start, end)
        # "(her team has reportedly consulted shrinks ...) Clinton is confronting ..."
        aside = within_aside(doc, para.start, Span(m.start(), m.end()), Span(start, end))
        start, end = aside.start, aside.end
        if m.start() - start < 3 or end - m.end() < 8:
            continue  # the adverb must stand inside its clause
        out.append(
            Attribution(None, Span(m.start(), m.end()), Span(start, end), False, rule="hearsay")
        )
    return out
