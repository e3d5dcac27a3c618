"""Views: "X sees Y as Z", "X regards Y as Z" report how X judges Y.

PolNeAR takes the verb for the cue and "Y as Z" for the content. The verb is
found first, then the source is read back from it, and the content runs from
its object to the end of the clause, through " as ".

Examples (source and content in brackets)::

    [She] sees [him as a real threat].
    [Developers] see [golf courses as wasted space].
    [Sanders] viewed [the gains as evidence that the schedule hurt him].
"""

from __future__ import annotations

import bisect
import re

from ..article import Attribution
from ..document import Document, Span
from ..lexicon import matches_at, opening_positions
from .content_bounds import trim_end
from .speakers import source_before

# The verb, its object and " as ": the object holds no clause punctuation and no quote,
# but the period of a title or an initial ("Mrs. Clinton", "Mr. Trump", "the U.S.": a
# capital and at most two small letters before it).
VIEW = re.compile(
    r"""
    (?P<cue>sees|see|saw|views|view|viewed|regards|regard|regarded)
    [ ](?P<object>(?:[^,.;:!?“”"()\n]|(?<=[A-Z])\.|(?<=[A-Z][a-z])\.|(?<=[A-Z][a-z]{2})\.){2,80}?)
    [ ]as[ ](?=[\w“"$])
    """,
    re.VERBOSE,
)
# The words every match of VIEW opens with, looked for first by str.find (VIEW's
# first letters, "s", "r" and "v", would make the engine stop at most words).
VIEW_OPENINGS = ("regard", "saw", "see", "view")
# Where the content ends after " as ": the clause's end.
# A participle set off by a comma ends it too: "see Sanders as an agent in her decline[,
# arguing that ...]".
CLAUSE_END = re.compile(
    r"[.;:!?]\s|[.;:!?]$|,\s(?:and|but|while|which|who)\s|,\s[a-z]{2,}ing\s|\s[—–]\s|\s--\s|\n"
)
# Longest content, in characters.
MAX_CONTENT = 300
# Object words that make the verb something else: "see as many as", "saw as much".
NOT_OBJECTS = frozenset(
    {"it", "them", "that", "this", "much", "many", "well", "soon", "long", "far"}
)
# First words of an object that make no object: "saw as many as", "see to it", "saw fit".
OBJECT_OPENERS = frozenset({"as", "to", "fit", "what", "how", "whether", "if"})


def _view_starts(doc: Document) -> list[int]:
    """Where the matches of VIEW may start (kept per document)."""
    return opening_positions(doc.text, VIEW_OPENINGS)


def _sentence_starts(doc: Document) -> list[int]:
    """Where the sentences of the text start (kept per document)."""
    return [sentence.start for sentence in doc.sentences]


def find_view_attributions(doc: Document, para: Span) -> list[Attribution]:
    """The "sees Y as Z" frames of a paragraph, each with the source before its verb."""
    text = doc.text
    out: list[Attribution] = []
    if text.find(" as ", para.start, para.end) < 0:
        return out
    for m in matches_at(VIEW, doc.derived(_view_starts), text, para.start, para.end):
        before = text[m.start() - 1 : m.start()]
        if before and (before.isalnum() or before in "-'’"):
            continue  # inside a longer word ("oversees")
        obj = m.group("object").casefold()
        if obj in NOT_OBJECTS or obj.split(" ", 1)[0] in OBJECT_OPENERS:
            continue  # "saw as many as 40", "see to it"
        # the source is read back to its sentence's start, no further: "... want to limit
        # immigration. [Majorities in many European countries] see ..."
        starts = doc.derived(_sentence_starts)
        sentence = starts[max(0, bisect.bisect_right(starts, m.start()) - 1)]
        source = source_before(doc, max(para.start, sentence), m.start())
        if source is None:
            continue
        start = m.start("object")
        limit = min(para.end, m.end() + MAX_CONTENT)
        end_m = CLAUSE_END.search(text, m.end(), limit)
        end = trim_end(doc, start, end_m.start() if end_m is not None else limit)
        if end <= m.end():
            continue
        out.append(
            Attribution(
                source, Span(m.start("cue"), m.end("cue")), Span(start, end), False, rule="view"
            )
        )
    return out
