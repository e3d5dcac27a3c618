"""Views: "X sees Y as Z", "X regards Y as Z" report how X judges Y.

PolNeAR takes the verb for the cue and "Y as Z" for the content. The verb is
found first, then the source is read back from it, and the content runs from
its object to the end of the clause, through " as ".

Examples (source and content in brackets)::

    [She] sees [him as a real threat].
    [Developers] see [golf courses as wasted space].
    [Sanders] viewed [the gains as evidence that the schedule hurt him].

A participle of judging after a noun gives a view no one is named for: the
participle and "as" are the cue, what follows "as" the content.

    Low oil prices, seen as [a boon for drivers], have also ...
    a state seen as [critical for the Stop Trump movement]
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from ..article import Attribution
from ..document import Document, Span
from ..lexicon import alternation, load_set, matches_at, opening_positions, word_openings
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


# Adverbs that may stand before a reduced participle: "[widely] regarded as".
REDUCED_ADVERBS = ("widely", "largely", "long", "generally", "increasingly", "often", "once")
# Words before a participle that make it a verb of its clause, not a reduced one: a form
# of "be" or "have" ("is seen as", "has been seen as"), a pronoun or a relative word
# ("that they regarded as", "who is seen as"), a quantifier floating after a subject
# ("are both seen as"), "to" and "not".
NOT_REDUCED_AFTER = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
     "having", "get", "gets", "got", "getting", "he", "she", "it", "they", "we", "i",
     "you", "who", "whom", "which", "that", "what", "both", "all", "also", "not", "to",
     "never", "still", "now", "and", "or", "so", "as"}
)  # fmt: skip
# Adverbs besides those in -ly read past before a participle, to the word before them.
SKIPPED_ADVERBS = frozenset({"thus", "also", "still", "now", "already", "even", "then", "well"})
# The word or the mark right before a participle, read back a bounded stretch: "a state
# [seen as]", "prices[,] seen as", "[—] often labeled as".
BEFORE_PARTICIPLE = re.compile(r"(?:(?P<word>[\w’'-]{1,30})|[,—–])[ ]\Z")
# Characters read back for it.
BEFORE_REACH = 32
# Where a reduced view's content ends: a comma, the clause's end, a dash, or the agent
# ("labeled as [a “witch hunt”] by Democrats").
REDUCED_CONTENT_END = re.compile(r",|[.;:!?](?=[\s”\"’]|$)|\s[—–]\s|\s--\s|\sby\s")
# Shortest content kept, in characters.
MIN_REDUCED_CONTENT = 4
# A word in -ing opening what follows "as": "comments seen as [insulting] women".
GERUND_OPENING = re.compile(r"[a-z]+ing\b")


@cache
def _reduced_view() -> re.Pattern[str]:
    """A participle of ``data/reduced_view_participles.txt``, after one adverb at most,
    and " as ": "seen as ", "widely regarded as "."""
    participles = alternation(load_set("reduced_view_participles"))
    adverbs = alternation(REDUCED_ADVERBS)
    return re.compile(rf"""(?P<cue>(?:{adverbs}[ ])?{participles}[ ]as)[ ](?=[\w“"$])""")


def _reduced_view_starts(doc: Document) -> list[int]:
    """Where the matches of :func:`_reduced_view` may start, its adverbs and participles
    looked for by str.find (kept per document): the pattern's first letters ("s", "r",
    "l", "o", ...) would make the engine stop at most words."""
    words = (*REDUCED_ADVERBS, *load_set("reduced_view_participles"))
    return opening_positions(doc.text, word_openings(words))


def _reduced_after(text: str, start: int) -> bool:
    """Whether a participle at ``start`` follows a noun or a comma, not a form of "be" or
    "have", a pronoun or a relative word (:data:`NOT_REDUCED_AFTER`)."""
    m = BEFORE_PARTICIPLE.search(text, max(0, start - BEFORE_REACH), start)
    if m is None:
        return False
    word = m.group("word")
    if word is not None and (word.endswith("ly") or word in SKIPPED_ADVERBS):
        # "is [increasingly] seen as", "is [thus] seen as": an adverb, then the word that
        # tells
        before = BEFORE_PARTICIPLE.search(text, max(0, m.start() - BEFORE_REACH), m.start())
        if before is not None and _verb_before(before.group("word")):
            return False
    return word is None or not _verb_before(word)


def _verb_before(word: str | None) -> bool:
    """Whether ``word`` before a participle makes it a verb of its clause: a form of "be"
    or "have", a pronoun, a relative word ("who’s", "they’re" too)."""
    return word is not None and (
        word.casefold() in NOT_REDUCED_AFTER or word.endswith(("’s", "'s", "’re", "'re"))
    )


def find_reduced_view_attributions(doc: Document, para: Span) -> list[Attribution]:
    """The views of a paragraph given by a participle after a noun: "[Low oil prices],
    seen as [a boon for drivers]", with no source."""
    text = doc.text
    out: list[Attribution] = []
    if text.find(" as ", para.start, para.end) < 0:
        return out
    starts = doc.derived(_reduced_view_starts)
    for m in matches_at(_reduced_view(), starts, text, para.start, para.end):
        if not _reduced_after(text, m.start()):
            continue  # "is seen as", "they regarded as", "who’s viewed as": a verb
        start = m.end()
        if GERUND_OPENING.match(text, start):
            continue  # "comments seen as insulting women": what the comments do, no view
        limit = min(para.end, start + MAX_CONTENT)
        end_m = REDUCED_CONTENT_END.search(text, start, limit)
        end = trim_end(doc, start, end_m.start() if end_m is not None else limit)
        if end - start < MIN_REDUCED_CONTENT:
            continue
        cue = Span(m.start("cue"), m.end("cue"))
        out.append(Attribution(None, cue, Span(start, end), False, rule="reduced-view"))
    return out
