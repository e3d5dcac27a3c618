"""The tense of the clause around a date: whether it lies before or after the story's date.

A year-less month or day and a bare weekday are placed by the words of their clause::

    figures released in February           past: the February before the reference date
    The vote was held on Feb. 3.           past
    In March, the fund announced ...       past (the date opens the sentence: its verb)
    Lawmakers will vote, possibly in December.      future: the December after
    winds up to 50 mph expected Friday     future: the coming Friday
    He said it would open in March.        open: the nearest March

A future word ("will", "expected", "plans", from ``data/tense_words.tsv``) counts as the
nearest tense word before the date in its clause; a past form (a listed one, or a
lower-case word ending in "ed") only right before the date or the prepositions leading to
it, as a past verb further back is often another clause's ("said it declared a dividend
payable April 15"). A date opening its sentence takes the tense of the first tense word
after it. Quotation marks bound the clause: the words quoted have a tense of their own.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from ..document import Document, Span
from ..lexicon import load_table

Tense = Literal["past", "future", "since"]

# A word of the clause, an apostrophe's tail included: "will", "she'll", "won't".
CLAUSE_WORD = re.compile(r"[A-Za-z]{1,20}(?:['’][a-z]{1,3})?")
# A past form by its ending: "released", "announced" (three letters or more before "ed").
PAST_ENDING = re.compile(r"[a-z]{3,17}ed")
# A contraction of "will": "she'll", "they’ll".
WILL_CONTRACTION = re.compile(r"[A-Za-z]{1,10}['’]ll")
# A quotation mark: where the words of a quotation begin or end.
QUOTE_MARK = re.compile(r"[\"“”«»„]")
# A possessive after a date: "January's", "Friday’s".
POSSESSIVE = re.compile(r"['’]s\b")
# Where the words after a date leave its clause: a quotation mark, a colon, a semicolon
# ("After Tuesday night, his chance rests on one possibility: that delegates will ...").
CLAUSE_END = re.compile(r"[\"“”«»„:;]")
# How many words a future word may stand before its date: "will be dropped for lemons,
# oranges, grapefruit and tangerines in November".
FUTURE_REACH_WORDS = 12
# How many words after a date opening its sentence its verb is looked for in: "In March,
# the fund announced".
OPENING_REACH_WORDS = 8
# How far before and after a date its clause's tense word is looked for, in characters.
TENSE_REACH = 160


@cache
def _tense_words() -> dict[str, frozenset[str]]:
    """Kind -> the words of that kind in tense_words.tsv."""
    kinds: dict[str, set[str]] = {}
    for row in load_table("tense_words"):
        kinds.setdefault(row["kind"], set()).add(row["word"])
    return {kind: frozenset(words) for kind, words in kinds.items()}


def _word_tense(word: str, before: str, after: tuple[str, str]) -> str | None:
    """The kind of a tense word (``future``, ``past``, ``since`` or ``modal``) given the
    word printed before it and the two after it (lower case); None for any other word."""
    words = _tense_words()
    if WILL_CONTRACTION.fullmatch(word):
        return "future"
    folded = word.casefold()
    future = (
        folded in words["future"]
        or (folded in words["future_before_to"] and after[0] == "to")
        or (folded in words["future_be_to"] and (after[0] != "to" or before in words["be_form"]))
    )
    if future:
        if before in words["future_canceller"] or (
            after[0] == "to" and after[1] in words["determiner"]
        ):
            return None  # "more than expected", "due to the storm"
        return "modal" if before in words["future_opener"] else "future"
    if folded in words["since"]:
        return "since"
    if folded in words["modal"]:
        return "modal"
    if folded in words["past"] or (
        PAST_ENDING.fullmatch(word) is not None and word not in words["not_past"]
    ):
        return None if before in words["past_keeper"] else "past"
    return None


def _counts(word: str, *, first: bool) -> bool:
    """Whether ``word`` may be a tense word: lower case, a contraction ("I'll"), or the
    first word of its clause ("Expected to be effective November 15"); not a name or a
    headline in capitals ("<NEXT PLC>", "Will Smith")."""
    return first or word.islower() or WILL_CONTRACTION.fullmatch(word) is not None


def _next_two(words: list[str], k: int) -> tuple[str, str]:
    """The two words after ``words[k]``, skipping adverbs in "-ly" ("due largely to the
    expiration"); empty strings past the end."""
    ahead = [w for w in words[k + 1 : k + 6] if not w.endswith("ly")] + ["", ""]
    return ahead[0], ahead[1]


def _clause(doc: Document, span: Span) -> tuple[int, int]:
    """Where the clause of the date at ``span`` may begin and end: its sentence, within
    reach, cut at the nearest quotation mark before it and the nearest quotation mark,
    colon or semicolon after it."""
    sentence = doc.sentence_at(span.start) or Span(0, len(doc.text))
    lo = max(sentence.start, span.start - TENSE_REACH)
    hi = min(sentence.end, span.end + TENSE_REACH)
    for quote in QUOTE_MARK.finditer(doc.text, lo, span.start):
        lo = quote.end()
    end = CLAUSE_END.search(doc.text, span.end, hi)
    return lo, hi if end is None else end.start()


def is_possessive(doc: Document, span: Span) -> bool:
    """Whether the date at ``span`` is a possessive ("January's depressed levels"): a name
    of data, in any tense, for a month; a weekday's keeps its clause ("will use Monday's
    encounter")."""
    return POSSESSIVE.match(doc.text, span.end) is not None


def clause_tense(doc: Document, span: Span) -> Tense | None:
    """The tense of the clause holding the date at ``span``: ``past``, ``future``,
    ``since`` (past without fail), or None when its words leave it open."""
    text = doc.text
    lo, hi = _clause(doc, span)
    links = _tense_words()["link"]
    before = [m.group() for m in CLAUSE_WORD.finditer(text, lo, span.start)]
    after = [m.group() for m in CLAUSE_WORD.finditer(text, span.end, hi)]
    folded = [w.casefold() for w in before] + ["", ""]
    adjacent = True  # only link words so far between the word looked at and the date
    for k in range(len(before) - 1, -1, -1):
        if not _counts(before[k], first=not k):
            adjacent = adjacent and folded[k] in links
            continue  # a name or a headline in capitals: "<NEXT PLC>", "Will Smith"
        tense = _word_tense(before[k], folded[k - 1] if k else "", _next_two(folded, k))
        if tense in ("past", "since") and not adjacent:
            return None  # a past verb of another clause, perhaps
        if tense == "future" and len(before) - k > FUTURE_REACH_WORDS:
            return None  # "is expected to exceed the record high ... seen in December"
        if tense is not None:
            return None if tense == "modal" else tense  # type: ignore[return-value]
        adjacent = adjacent and folded[k] in links
    if not adjacent:
        return None  # the date does not open its sentence
    previous = folded[len(before) - 1] if before else ""
    after = after[:OPENING_REACH_WORDS]
    folded_after = [w.casefold() for w in after] + ["", ""]
    for k, word in enumerate(after):
        if not _counts(word, first=not (k or before)):
            previous = folded_after[k]
            continue  # a name or a headline in capitals: "<NEXT PLC>", "Will Smith"
        tense = _word_tense(word, previous, _next_two(folded_after, k))
        if tense is not None:
            return None if tense == "modal" else tense  # type: ignore[return-value]
        previous = folded_after[k]
    return None
