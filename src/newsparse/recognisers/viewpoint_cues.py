"""Viewpoints: "To X, ...", "In X's view, ..." and "By X's count, ..." give whose view
a clause is.

PolNeAR marks a clause told as someone's view with no reporting verb: the
phrase that names the holder is the cue ("To", or the noun "view"), the holder
the source, and the clause the content. Only a phrase that opens a sentence
(after at most a conjunction) and is set off by a comma is read, and "To" only
before a person or a group of people, so "To date," "To win the White
House," and "To the pears," stay what they are.

Examples (source and content in brackets)::

    To [Frank], [issues of racial justice get attention from Democrats].
    But to [others], [he's a citizen journalist in military attire].
    In [their] view, [Democrats could pick off increasingly diverse states].
    [The only other necessary action, in Professor Knittel's view, would be more
    support for research] (the view set off inside its clause: the whole sentence).
    By [the Associated Press's tally], [he now has 739 delegates].
    [Some 300,000 acres have been damaged], by [one estimate].
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from ..article import Attribution
from ..document import Document, Span
from ..lexicon import load_set
from .content_bounds import trim_end
from .date_patterns import MONTHS, WEEKDAYS
from .places import find_area, find_city
from .poll_cues import phrase_attribution
from .speakers import people_nouns

# A conjunction that may stand before the phrase at a sentence's start: "But to others, ".
LEAD = r"(?:(?:But|And|Yet|So|Still)\s)?"
# "To X, ": the holder holds no clause punctuation and no quote, but the period of a title
# or an initial ("Ms. Gil"); a relative clause set off by commas may follow it ("To
# Sexton, who has made something of a study of Trump rallies, Tuesday marked ...").
TO_HOLDER = re.compile(
    LEAD
    + r"""
    (?P<cue>[Tt]o)\s
    (?P<source>
        (?:[^,.;:!?“”"()\n]|(?<=[A-Z])\.|(?<=[A-Z][a-z])\.|(?<=[A-Z][a-z]{2})\.){1,70}?
        (?:,\s(?:who|whose)\s[^,.;:!?“”"()\n]{1,100})?
    )
    ,\s
    """,
    re.VERBOSE,
)
# A possessor and a viewpoint noun: "Bolton’s view", "Professor Knittel's view", "their
# view". The possessor is at most five words, each without clause punctuation.
POSSESSED_VIEW = r"""
    (?P<source>
        (?:his|her|their|my|our|your)
        |(?:[\w.-]+\s){0,4}[\w.-]+(?:['’]s|s['’])
    )
    \s(?P<cue>[a-z]+)
"""
# "In X's view, " opening a sentence.
IN_VIEW_OPENER = re.compile(LEAD + r"In\s" + POSSESSED_VIEW + r",\s", re.VERBOSE)
# ", in X's view," set off inside a sentence, or closing it: "The only other necessary
# action, in Professor Knittel's view, would be ...", "... a failure, in Bolton’s view."
IN_VIEW_INSIDE = re.compile(r",\sin\s" + POSSESSED_VIEW + r"(?=,\s|\.)", re.VERBOSE)
# A count or an estimate after "By": up to four words (no "of": "By the end of the
# count") and a noun of data/tally_nouns.txt, the phrase PolNeAR reads as the source ("By
# [the Associated Press's tally]", "By [some measures]", "by [one estimate]").
TALLY = r"(?P<source>(?:(?!of\s)[\w.'’-]+\s){0,4}?(?P<cue_noun>[a-z]+))"
# "By X's count, " opening a sentence.
BY_TALLY_OPENER = re.compile(LEAD + r"(?P<cue>By)\s" + TALLY + r",\s")
# ", by X's count." closing a sentence, the clause before it its content: "... have been
# damaged by mountaintop mining, by one estimate."
BY_TALLY_CLOSING = re.compile(r",\s(?P<cue>by)\s" + TALLY + r"\.")
# A small word capitalised inside a clause, which prints it in title case: a headline,
# whose "To" opens an infinitive ("To Beat Trump, Rubio Looks [To] the South").
TITLE_CASE_WORD = re.compile(r"\s(?:To|For|Of|On|In|And|With|At|Is|Are|As|By)\s")
# Words of a holder: a name's word, with the period of a title or an initial.
WORD = re.compile(r"[\w’'.-]+")


@cache
def _holders() -> frozenset[str]:
    """Words that name people on their own after "To" (data/viewpoint_holders.txt)."""
    return load_set("viewpoint_holders")


@cache
def _holder_openers() -> frozenset[str]:
    """Words that open a noun phrase of people after "To" (data/viewpoint_holders.txt
    with the determiners of data/noun_determiners.txt)."""
    return _holders() | load_set("noun_determiners")


@cache
def _tally_nouns() -> frozenset[str]:
    """Nouns of a count or an estimate after "By" (data/tally_nouns.txt)."""
    return load_set("tally_nouns")


@cache
def _view_nouns() -> frozenset[str]:
    """Nouns of a view after its holder's possessive (data/viewpoint_nouns.txt)."""
    return load_set("viewpoint_nouns")


def find_viewpoint_attributions(doc: Document, span: Span, starts: list[int]) -> list[Attribution]:
    """The viewpoint attributions of the sentences inside ``span`` (a paragraph).

    ``starts`` are the starts of ``doc.sentences``.
    """
    text = doc.text
    if (
        text.find("o ", span.start, span.end) < 0  # "To ", "to "
        and text.find(" view", span.start, span.end) < 0
        and text.find("y ", span.start, span.end) < 0  # "By ", ", by "
    ):
        return []
    sentences = doc.sentences
    out: list[Attribution] = []
    i = bisect.bisect_left(starts, span.start)
    while i < len(sentences) and sentences[i].start < span.end:
        sent = sentences[i]
        i += 1
        found = _to_holder(doc, sent) or _in_view(doc, sent) or _by_tally(doc, sent)
        if found is not None:
            out.append(found)
    return out


def _to_holder(doc: Document, sent: Span) -> Attribution | None:
    """To [Frank], [issues of racial justice get attention from Democrats]."""
    m = TO_HOLDER.match(doc.text, sent.start, sent.end)
    if m is None or not _names_people(m.group("source")):
        return None
    if TITLE_CASE_WORD.search(doc.text, m.end(), sent.end):
        return None  # "To Beat Trump, Rubio Looks To The South": a title-case headline
    return _opening(doc, sent, m, "to_holder")


def _in_view(doc: Document, sent: Span) -> Attribution | None:
    """In [their] view, [Democrats could pick off ...]; [..., in Knittel's view, ...]."""
    text = doc.text
    m = IN_VIEW_OPENER.match(text, sent.start, sent.end)
    if m is not None:
        if m.group("cue") not in _view_nouns():
            return None
        return _opening(doc, sent, m, "in_view")
    if text.find(" view", sent.start, sent.end) < 0:
        return None
    m = IN_VIEW_INSIDE.search(text, sent.start, sent.end)
    if m is None or m.group("cue") not in _view_nouns():
        return None
    # a view closing its sentence holds the clause before it: "It was a failure[, in
    # Bolton’s view]."; one set off inside it the whole sentence
    closing = text.startswith(".", m.end())
    end = trim_end(doc, sent.start, m.start() if closing else sent.end)
    return phrase_attribution(m, sent.start, end, "in_view")


def _by_tally(doc: Document, sent: Span) -> Attribution | None:
    """By [the Associated Press's tally], [he now has 739 delegates]; [Some 300,000 acres
    have been damaged], by [one estimate]."""
    text = doc.text
    m = BY_TALLY_OPENER.match(text, sent.start, sent.end)
    if m is not None:
        return _opening(doc, sent, m, "by_tally") if m.group("cue_noun") in _tally_nouns() else None
    comma = text.rfind(", by ", sent.start, sent.end)
    if comma < 0:
        return None
    m = BY_TALLY_CLOSING.match(text, comma, sent.end)
    if (
        m is None
        or m.group("cue_noun") not in _tally_nouns()
        or text[m.end() : sent.end].strip("”\"’' \n")
    ):
        return None  # "by one estimate" that does not close its sentence
    return phrase_attribution(m, sent.start, trim_end(doc, sent.start, comma), "by_tally")


def _opening(doc: Document, sent: Span, m: re.Match[str], rule: str) -> Attribution | None:
    """The attribution of a viewpoint phrase opening ``sent``: the rest is its content."""
    return phrase_attribution(m, m.end(), trim_end(doc, m.end(), sent.end), rule)


def _names_people(holder: str) -> bool:
    """Whether the words after "To" name a person or a group of people: a pronoun or
    quantifier of people alone ("them", "many", "others"), one with a relative clause
    ("anyone who has been following ..."), a plural noun of people after a determiner
    ("her supporters", "White House officials"), or a name ("Ms. Gil", "Florida consultant
    Wilson") that is no place."""
    head = holder.split(",", 1)[0]
    words = WORD.findall(head)
    if not words:
        return False
    first, last = words[0], words[-1]
    holders = _holders()
    if len(words) == 1 and first.casefold() in holders:
        return True  # "To them, ", "To many, "
    if first.casefold() in holders and len(words) > 1 and words[1] in ("who", "of"):
        return True  # "To anyone who has been following ...", "To many of them"
    if last.casefold() in people_nouns() and (
        first[0].isupper() or first.casefold() in _holder_openers()
    ):
        return True  # "To her supporters, ", "To White House officials, "
    return (
        first[0].isupper()
        and last[0].isupper()
        and last.casefold() not in MONTHS  # "To Monday, ": a day, no person
        and last.casefold() not in WEEKDAYS
        and find_city(head) is None
        and find_area(head) is None
        and find_area(last) is None
    )
