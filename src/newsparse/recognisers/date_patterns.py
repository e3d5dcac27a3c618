"""The date vocabulary (from ``data/date_words.tsv``) and the one pattern that finds date candidates.

``DATE_EXPRESSION`` is a single alternation anchored at a token start, so one
``finditer`` pass over the text yields every candidate; which branch matched is
told by its named groups. Context checks that a regex cannot express cheaply
("May" needs a day, a year or a cue word; "2014" must not be a count) live in
:mod:`newsparse.recognisers.dates`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..lexicon import load_set, load_table, trie_alternation


def _words(kind: str) -> dict[str, str]:
    return {r["word"]: r["value"] for r in load_table("date_words") if r["kind"] == kind}


MONTHS: dict[str, int] = {w: int(v) for w, v in _words("month").items()}
MONTH_ABBREVIATIONS: dict[str, int] = {w: int(v) for w, v in _words("month_abbr").items()}
WEEKDAYS: dict[str, int] = {w: int(v) for w, v in _words("weekday").items()}
WEEKDAY_ABBREVIATIONS: dict[str, int] = {w: int(v) for w, v in _words("weekday_abbr").items()}
DAY_WORDS: dict[str, int] = {w: int(v) for w, v in _words("day_word").items()}
DAY_PARTS: frozenset[str] = frozenset(_words("day_part"))
UNITS: dict[str, str] = _words("unit")
MODIFIERS: dict[str, int] = {w: int(v) for w, v in _words("modifier").items()}
COUNTS: dict[str, int] = {w: int(v) for w, v in _words("count").items()}
ZONES: dict[str, str] = _words("zone")
# Month and weekday names, full and short: no person's name, no source ("said the
# spokesman, Monday", "May" opening a clause).
CALENDAR_NAMES: frozenset[str] = frozenset(
    [*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS, *WEEKDAY_ABBREVIATIONS]
)
YEAR_BLOCKERS: frozenset[str] = load_set("year_blockers")
COUNT_UNITS: frozenset[str] = load_set("count_units")


def _forms(words: Iterable[str], *, lower: bool = False) -> str:
    """Title-case and upper-case forms (and lower case when asked) as one trie-shaped regex.

    A trie ("J(?:an(?:uary)?|u(?:ly|ne))") lets the engine reject a word on its first
    letters instead of trying every form in turn: the date pattern runs at every token.
    """
    forms: set[str] = set()
    for w in words:
        forms.update((w.title(), w.upper()))
        if lower:
            forms.add(w)
    return trie_alternation(forms)


_MONTH = _forms([*MONTHS, *MONTH_ABBREVIATIONS])
_WEEKDAY = _forms(WEEKDAYS)
WEEKDAY_ANY = _forms([*WEEKDAYS, *WEEKDAY_ABBREVIATIONS])  # for header lines: "Fri June 16"
# A zone abbreviation, with an hour offset after GMT or UTC: "EST", "GMT+1", "UTC-05:00".
_ZONE = rf"(?:(?:GMT|UTC)[+-](?:1[0-4]|0?\d)(?::?[0-5]\d)?(?!\d)|{trie_alternation(z.upper() for z in ZONES)})"
_MODIFIER = _forms(["last", "next", "this"], lower=True)
_EDGE = _forms(["earlier", "later", "early", "late"], lower=True)
_DAY_WORD = _forms(DAY_WORDS, lower=True)
_DAY_PART = _forms(DAY_PARTS, lower=True)
_UNIT = _forms(["week", "month", "year"], lower=True)
_AGO_UNIT = _forms(UNITS, lower=True)
_COUNT = _forms(COUNTS, lower=True)

# A day of the month as printed: 28, 28th, 2nd. Not followed by more digits, a decimal or
# thousands separator, or a colon ("May 1,000" and "May 5:30" are no dates).
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?![\d:]|[.,]\d)"

# The space between the parts of a date, a wire line break included: "Dec 31,\n    1985".
_GAP = r"(?:\x20{1,3}|\x20?\n[\x20\t]{0,5})"

_DATE_BODY = rf"""
    (?P<date>
     (?=\d)(?<!\d[.,/:-])(?:          # --- a digit, not after "1." or "3-" (tried only at digits)
      # ISO 8601 date, optionally with a time: 2017-05-28, 2017-05-28T14:30:00Z
      (?P<iso>(?P<iso_y>\d{{4}})-(?P<iso_m>\d{{2}})-(?P<iso_d>\d{{2}})
        (?:T(?P<iso_h>\d{{2}}):(?P<iso_min>\d{{2}})(?::\d{{2}}(?:\.\d{{1,6}})?)?
           (?P<iso_zone>Z|[+-]\d{{2}}:?\d{{2}})?)?)(?![\w-])
    | # numeric date with a year: 5/28/2017, 28.05.2017, 5/28/17; with dashes only before a
      # four-digit year (09-12-2024): "3-2-24" is a score or a code
      (?P<num>(?P<num_a>\d{{1,2}})(?P<num_sep>[/.-])(?P<num_b>\d{{1,2}})(?P=num_sep)
        (?P<num_y>\d{{4}}|(?<=[/.])\d{{2}}))(?![\w/]|[.,]\d)
    | # a wire-style 24-hour time with a zone: 1530 GMT, 1000 EST, 0800 hrs
      (?P<mil>(?P<mil_h>[01]\d|2[0-3])(?P<mil_min>[0-5]\d))
        \x20(?:(?P<mil_zone>{_ZONE})|hrs\b)(?!\w)
    | # a clock time: 00:35, 3:30 p.m., 15:30 GMT, 10:15:30; with a dot only before a
      # zone or a.m./p.m. (09.00 GMT, 3.30pm), as "3.50" is a number
      (?P<clock>(?P<clock_h>[01]?\d|2[0-3])(?:(?P<clock_dot>\.)|:)(?P<clock_min>[0-5]\d)
        (?(clock_dot)|(?::[0-5]\d)?)(?![\d:]|[.,]\d))
        (?:\x20?(?P<clock_ampm>[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b))?
        (?:\x20(?P<clock_zone>{_ZONE})(?!\w))?
        (?(clock_dot)(?<=[A-Za-z.]))
    | # an hour with a.m./p.m.: 3 p.m., 11am, 3 p.m. EST
      (?P<ampm>(?P<ampm_h>1[0-2]|0?[1-9]))\x20?(?P<ampm_mark>[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b)
        (?:\x20(?P<ampm_zone>{_ZONE})(?!\w))?
    | # day first: 28 May 2017, 2 March, 28th of May, 28-30 May
      (?P<dm_day>{_DAY})(?:\x20?[-–]\x20?(?P<dm_day2>{_DAY}))?
        {_GAP}(?:of\x20)?(?P<dm_month>{_MONTH})(?!\w)\.?
        (?:,?{_GAP}(?P<dm_year>\d{{4}})(?![\d%]|[.,]\d))?
    | # a year, or a range of years: 2014, 1985-87, 2014/15
      (?P<year>(?:1[89]|20)\d{{2}})(?:(?P<year_sep>[-–/])(?P<year2>(?:1[89]|20)\d{{2}}|\d{{2}}))?
        (?![\w%]|[.,:/-]\d)
     )
    | (?=[ADFJMNOS])(?:                # --- a month's initial
      # month first: May 28, May 28-30, 2017, Sept. 3, 2017, July 2014, MARCH 2, and a bare
      # month (March) that needs a cue word, checked later
      (?P<md_month>{_MONTH})(?!\w)\.?
      (?:
        {_GAP}(?P<md_day>{_DAY})
          (?:\x20?[-–]\x20?(?P<md_day2>{_DAY}))?
          (?:,?{_GAP}(?P<md_year>\d{{4}})(?![\d%]|[.,]\d))?
      | ,?{_GAP}(?P<md_myear>\d{{4}})(?![\d%]|[.,]\d)
      )?
     )
    | (?=[EeLlNnTtYy])(?:               # --- a relative word's initial
      # modifier + weekday, calendar unit or part of day: last Friday, next week,
      # earlier this month, late last year, this morning, last night, last May
      (?P<rel>(?:(?P<rel_edge>{_EDGE}){_GAP})?(?P<rel_mod>{_MODIFIER}){_GAP}
        (?:(?P<rel_wd>{_WEEKDAY})|(?P<rel_unit>{_UNIT})|(?P<rel_part>{_DAY_PART})|(?P<rel_month>{_MONTH})))(?!\w)
    | # a day word: today, yesterday, Tomorrow
      (?P<day_word>{_DAY_WORD})(?!\w)
     )
    | (?=[FMSTW])(?:                   # --- a weekday's initial
      # a weekday: Friday (also "Friday's strike": the possessive stays outside the span);
      # "Friday, May 28" becomes one mention in the recogniser
      (?P<wd>{_WEEKDAY})(?!\w)
     )
    )
    """

# A date expression starting exactly where it is matched, not inside a word or a number:
# for ``match`` / ``fullmatch`` at a known offset.
DATE_EXPRESSION = re.compile(r"(?<![\w$£€¥#@])" + _DATE_BODY, re.VERBOSE)

# The same, found by scanning: the match starts at the character before the date (the
# group ``date`` is the date), one of the characters a date follows: space, an opening
# bracket or quote, a slash, punctuation, a dash. Starting on an explicit character set
# lets the engine skip over words at C speed, and the guard lets only digits, capitals
# and the initials of relative words ("last", "this", "today") into the branches. A date
# at offset 0 is looked for with DATE_EXPRESSION.
DATE_SCAN = re.compile(
    r"""[\s(\[{"'“‘«/,.:;\-–—*|<>](?=[0-9A-Z]|earl|late|last|next|this|to[dnm]|yest)"""
    + _DATE_BODY,
    re.VERBOSE,
)


@cache
def ago_expression() -> re.Pattern[str]:
    """Counted time before the reference date, looked for only around a printed "ago":
    two days ago, 3 weeks ago, a year ago. Compiled on first use (cold start): most texts
    print no "ago"."""
    return re.compile(
        rf"""
        (?<![\w$£€¥#@])
        (?P<ago>(?P<ago_n>\d{{1,3}}|{_COUNT}){_GAP}(?P<ago_unit>{_AGO_UNIT}){_GAP}ago)(?!\w)
        """,
        re.VERBOSE,
    )


# The separator between a weekday and the date it names: "Friday, May 28", "Fri. 28 May".
WEEKDAY_JOINER = re.compile(r"\.?,?\x20{1,3}")

# The word before a candidate, for cue checks: "in May", "since 1983", "mid-2014", "No. 1987".
WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z]{1,12})\.?(?P<gap>[\s-]{1,3})$")

# The word after a candidate, for count checks: "1987 tonnes", "May 10 pct", "2000 people".
WORD_AFTER = re.compile(r"\s{1,3}(?P<word>[A-Za-z%]{1,12})")
