"""Regex building blocks shared by the recognisers (closed grammatical sets only).

Open-ended vocabulary (verbs, titles, agencies, places) lives in ``data/``.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import load_table, trie_alternation

# Dashes that end a dateline or set off a credit: hyphen, en dash, em dash, minus,
# horizontal bar (``WASHINGTON ― ...`` in some web copy) and "--".
DASH_CHARS = "-\u2013\u2014\u2212\u2015"
DASH = r"(?:--|[-\u2013\u2014\u2212\u2015])"

# What parts the segments of a header line: "By Jane Doe | Published Dec. 3, 2024";
# spaced on one side at least ("Jane Doe  |03.12.2024"), never inside a word; a slash
# spaced on both sides ("TOI News Desk / Updated: Dec 4, 2024"), never a date's.
SEGMENT_SEPARATOR = re.compile(r"[ ]{1,3}[|•·][ ]{0,3}|[|•·][ ]{1,3}|[ ]/[ ]")
# The marks of a separator, each looked for alone by str.find before the pattern runs:
# most lines hold none, and a pattern that opens with a space is tried at every space
# of a long paragraph. One character is found at C speed (memchr), where a character
# class is tested at every character; a text that holds no "•" is not read for it.
SEGMENT_MARKS = ("|", "•", "·", " / ")


# A header's byline that ends with its date after "on": "By Louis Jacobson on Monday,
# November 18th, 2019 at 11:04 a.m." (the group ``date`` is read as a date by its users).
BY_ON_DATE = re.compile(r"[ \t]*(?:By|BY|by)[ ][^\n]{2,80}?[ ]on[ ](?P<date>[^\n]{6,80})")
# A header's byline that ends with its date after a spaced dash: "by Rachel Frazin -
# 02/07/24 6:00 AM ET" (The Hill); the group ``date`` is read as a date by its users.
BY_DASH_DATE = re.compile(
    r"[ \t]*(?:By|BY|by)[ ][^\n]{2,80}?[ ][-\u2013\u2014][ ](?P<date>[^\n]{6,80})"
)


def comma_before(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi].rstrip().endswith(",")``, reading back from ``hi`` only (no copy of
    the text before it)."""
    i = hi - 1
    while i >= lo and text[i].isspace():
        i -= 1
    return i >= lo and text[i] == ","


def segment_separators(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The separators of the header line ``text[start:end]``, in order."""
    for mark in SEGMENT_MARKS:  # a plain loop: a generator costs more than the finds
        if text.find(mark, start, end) >= 0:
            return list(SEGMENT_SEPARATOR.finditer(text, start, end))
    return []


# What ends the names (and outlet) of a printed byline and starts its date, its
# handle or its page furniture; the byline's words before it hold the people:
#   @BryanDeArdo / meganr@spokesman.com        a handle or an e-mail address
#   18 NOV 2019 / 2019-11-18 / 11:34 PM        a digit opens a date or a clock
#   Published 11:34 PM / Updated: 18 Nov       a date's label
#   Monday, November 18, 2019                  a weekday's full name before a date
#   November 18, 2019 / Nov. 19 / NOV 2019     a month's name before a number
#   • 2 min read                               a bullet (a bar may part names: "A | B")
# Each branch opens on a fixed character class and reads a bounded stretch: linear.
_BYLINE_TAIL = r"""
    (?P<tail>
        (?<![\w.+-])[a-z0-9._+-]{{1,40}}@\w   # an e-mail address: meganr@spokesman.com
      | @\w                                # a handle, glued or not: Natasha Turak@NatashaTurak
      | (?<![\w])\d
      | (?<![\w])(?:Published|PUBLISHED|Updated|UPDATED|Last[ ]updated|Posted|POSTED)(?![\w])
      | (?<![\w])(?:{weekdays}),?[ ]{{1,2}}(?=\d|(?:{months})(?![\w]))   # not "Sunday Times"
      | (?<![\w])(?:{months})\.?[ ]{{1,2}}\d
      | [•·]
    )
"""


@cache
def byline_tail() -> re.Pattern[str]:
    """The compiled ``_BYLINE_TAIL`` (month and weekday names from ``date_words.tsv``, in
    title case and upper case)."""
    rows = load_table("date_words")

    def forms(*kinds: str) -> str:
        words = [r["word"] for r in rows if r["kind"] in kinds]
        return trie_alternation({f for w in words for f in (w.title(), w.upper())})

    return re.compile(
        _BYLINE_TAIL.format(weekdays=forms("weekday"), months=forms("month", "month_abbr")),
        re.VERBOSE,
    )


# Quotation marks: opening and closing forms of double quotes.
DOUBLE_OPEN = "\u201c\u201e\u00ab\u201f"  # “ „ « ‟
DOUBLE_CLOSE = "\u201d\u00bb\u201c"  # ” » (and “ as closer after „)
STRAIGHT_DOUBLE = '"'
SINGLE_OPEN = "\u2018\u201a\u2039"  # ‘ ‚ ‹
SINGLE_CLOSE = "\u2019\u203a"  # ’ ›
APOSTROPHES = "'\u2019\u02bc"
ALL_QUOTE_CHARS = DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT_DOUBLE
# The marks that open a quotation (a straight single one too), and those that close
# one at a content's end.
OPENING_QUOTES = frozenset(DOUBLE_OPEN + SINGLE_OPEN + STRAIGHT_DOUBLE + "'")
CLOSING_QUOTES = frozenset("”’\"'")
# Capital letters of the Latin alphabets names are printed in, for a character class:
# A-Z and the accented capitals ("Étienne Marchal", "Seán Ó Faoláin", "Şahin").
CAPITALS = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
# The endings of a possessive: "Bolivia’s", "Cruz's"; of a plural one: "News’", "Times'".
POSSESSIVE = ("’s", "'s")
PLURAL_POSSESSIVE = ("s’", "s'")

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Words that open a time phrase: "[on] Monday", "[late] last week", "[this] summer".
TIME_OPENERS = ("on", "late", "early", "earlier", "later")
PERIOD_OPENERS = ("last", "this", "next", "earlier this", "late last", "early this")

# Forms of "be" ("s" as in "it's"): "it's been common for [X] to", "[Mr. Trump] was
# prompted to say" (a passive).
BE_FORMS = frozenset({"am", "is", "are", "was", "were", "be", "been", "being", "s"})

# Relative pronouns, which stand for a source named before them: "Smith, [who] said".
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whose"})
# Personal pronouns in the subject case: "[it] deemed", "[they] said".
PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
# Possessive determiners of the third person, which own what another names: "[his] claim".
THIRD_PERSON_POSSESSIVES = frozenset({"his", "her", "their", "its"})
# All possessive determiners: "[our] view", "[my] claim".
POSSESSIVE_DETERMINERS = THIRD_PERSON_POSSESSIVES | {"our", "my", "your"}

PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "us",
        "me",
        "his",
        "hers",
        "their",
        "its",
        "our",
        "my",
        "your",
        "who",
        "which",
        "that",
    ]
)


# A word, for counting and comparing words: "\w+".
WORD = re.compile(r"\w+")
# A letter or digit, what str.isalnum reads, found by the engine: a quote or a block
# without any holds no words ("___", "* * *").
ALNUM = re.compile(r"[^\W_]")
# The last word before a position.
WORD_BEFORE = re.compile(r"\w+\Z")


def author_name(more: str) -> str:
    """The pattern text of a writer's name opening a bio or a tagline ("Tasha Brenner",
    "Jeff Foust"), not a sentence's article or pronoun; ``more`` is the repeat count of
    the capitalised words after the first ("1,2")."""
    return (
        r"(?!The[ ]|This[ ]|It[ ]|He[ ]|She[ ]|They[ ])"
        rf"[A-Z][\w'’.-]{{0,30}}(?:[ ][A-Z][\w'’.-]{{0,30}}){{{more}}}"
    )
