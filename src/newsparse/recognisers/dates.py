"""Date and time expressions in the article, normalised to ISO values.

Finds, with the project's own patterns (so every item has an exact span)::

    In a statement on Friday ...            "Friday"      day, relative
    ... in Mosul in July 2014.              "July 2014"   2014-07, month
    On May 28, ... between 00:35 and 00:45  "May 28" (--05-28), "00:35", "00:45" (times of May 28)
    since 1983, last week, two days ago, 3 p.m. EST, 2017-05-28, 5/28/2017

``apply`` finds them with the values the text fixes; ``apply_resolution`` runs after
the published date and page metadata are known and resolves relative and year-less
values against the reference date (``Options.reference_date``, else ``published``, else
the dateline's date when it prints a year), and fills ``dateline.date``.

Scope: the headline and photo captions count (a caption's "July 2014" is a date a reader
of the story sees); the dateline prefix does not (its date is ``dateline.date``), nor do
the byline, credit lines and a "Published ..." line (that is ``published``).
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import replace
from datetime import date, timedelta
from itertools import accumulate, chain

from ..article import Article, DateMention
from ..document import Document, Span
from ..lexicon import load_table
from ..pipeline import Context
from .blocks import FURNITURE
from .date_patterns import (
    COUNT_UNITS,
    DATE_EXPRESSION,
    DATE_SCAN,
    MONTHS,
    WEEKDAY_JOINER,
    WEEKDAYS,
    WORD_AFTER,
    WORD_BEFORE,
    YEAR_BLOCKERS,
    ago_expression,
)
from .date_readings import read, read_ago
from .date_tense import clause_tense, is_possessive
from .date_values import parse_reference, placed_in_tense, resolve_yearless
from .dateline_dates import dateline_date
from .outlet_country import article_country
from .published import header_date_lines

LOGGER = logging.getLogger(__name__)

# Words before a bare month name that make it a date: "in May", "since March", "mid-June".
MONTH_CUES = frozenset(
    ["in", "since", "by", "until", "till", "from", "during", "before", "after", "through",
     "throughout", "of", "early", "late", "mid", "between", "last", "next", "this", "each",
     "every", "end"]
)  # fmt: skip
# Words before a clock time without a.m./p.m. or zone that make it a time: "at 00:35".
TIME_CUES = frozenset(
    ["at", "by", "from", "until", "till", "to", "between", "and", "before", "after", "around",
     "about", "since", "approximately"]
)  # fmt: skip
# The word "ago" (after a blank, tested where it is read: a pattern that opens on the
# word lets the engine skip to it at C speed): where a counted time ago can end.
AGO_WORD = re.compile(r"ago(?!\w)")
# Relative values kept per process before the cache starts again (a bound on memory).
RESOLUTION_CACHE_SIZE = 4096
# Determiners that make "last week" mean "the final week": "the last week of March".
ORDINAL_DETERMINERS = frozenset(["the"])


def _weekday_blockers(side: str) -> frozenset[str]:
    return frozenset(r["word"] for r in load_table("weekday_blockers") if r["side"] == side)


WEEKDAY_BLOCKED_BEFORE = _weekday_blockers("before")
WEEKDAY_BLOCKED_AFTER = _weekday_blockers("after")


def _word_before(text: str, start: int) -> str:
    m = WORD_BEFORE.search(text, max(0, start - 16), start)
    return "" if m is None else m["word"].casefold()


def _word_after(text: str, end: int) -> str:
    m = WORD_AFTER.match(text, end, end + 16)
    return "" if m is None else m["word"].casefold()


def _accepted(text: str, m: re.Match[str], found: list[DateMention]) -> bool:
    """Context checks a pattern cannot make cheaply; False for a look-alike."""
    start, end = m.start("date"), m.end()
    if m["year"] is not None and m["iso"] is None:
        return not (
            _word_before(text, start) in YEAR_BLOCKERS or _word_after(text, end) in COUNT_UNITS
        )
    if m["md_month"] is not None:
        if m["md_day"] is None and m["md_myear"] is None:  # a bare month: "in May", not "may"
            if m["md_month"].casefold() not in MONTHS:
                return False
            if _word_before(text, start) in MONTH_CUES:
                return True
            # a month in a list of months: "in May, June and July", "from March to June"
            return (
                bool(found) and found[-1].granularity != "year" and start - found[-1].span.end <= 9
            )
        return _word_after(text, end) not in COUNT_UNITS
    if m["dm_day"] is not None:
        return _word_after(text, end) not in COUNT_UNITS
    if m["clock"] is not None:
        if m["clock_ampm"] or m["clock_zone"]:
            return True
        return _word_before(text, start) in TIME_CUES
    if m["wd"] is not None or m["day_word"] is not None:
        if _word_before(text, start) in WEEKDAY_BLOCKED_BEFORE:
            return False
        return _word_after(text, end) not in WEEKDAY_BLOCKED_AFTER
    if m["rel"] is not None and m["rel_edge"] is None:
        return _word_before(text, start) not in ORDINAL_DETERMINERS
    return True


def _excluded_spans(doc: Document, article: Article) -> list[Span]:
    """Regions whose dates are reported elsewhere (dateline, byline, credits, the header's
    date lines) or date nothing in the story (page furniture)."""
    spans = list(header_date_lines(doc))
    if article.dateline is not None:
        spans.append(article.dateline.span)
    if article.byline is not None and article.byline.span is not None:
        # the byline's whole line: "By Jane Doe on Monday, November 18th, 2019" dates the
        # article, not an event
        spans.append(doc.lines[doc.line_at(article.byline.span.start)])
        spans.append(article.byline.span)
    spans.extend(c.span for c in article.credits)
    # page furniture: a copyright notice ("Copyright 2024 NPR") dates no event of the story
    spans.extend(b.span for b in doc.blocks if b.kind == "meta")
    spans.extend(span for span, who in doc.claims if who == FURNITURE)
    return spans


def find_dates(doc: Document, article: Article, ctx: Context) -> list[DateMention]:
    """Every date and time expression, with the values the text alone fixes."""
    text = doc.text
    # Sorted by start, with the furthest end reached so far: "does an excluded span
    # overlap this match" is a bisect, not a scan of every credit and caption per date.
    excluded = sorted(_excluded_spans(doc, article))
    excluded_starts = [s.start for s in excluded]
    excluded_reach = list(accumulate((s.end for s in excluded), max))
    day_first = ctx.options.day_first
    country = article_country(doc, article)
    found: list[DateMention] = []
    numeric: list[tuple[int, re.Match[str]]] = []  # read once the article's order is known
    first = DATE_EXPRESSION.match(text)
    rest = DATE_SCAN.finditer(text, 0 if first is None else first.end())
    for m in rest if first is None else chain((first,), rest):
        before = bisect.bisect_left(excluded_starts, m.end())  # excluded[:before] start earlier
        if before and excluded_reach[before - 1] > m.start("date"):
            continue
        if not _accepted(text, m, found):
            continue
        if day_first is None and m.group("num") is not None:
            numeric.append((len(found), m))
            continue
        found.extend(read(m, day_first=bool(day_first), ref=None, country=country))
    if numeric:
        found = _with_numeric(found, numeric, _writes_day_first(found, numeric, text))
    if "ago" in text:  # a cheap test first ("Chicago" passes it; the word test follows)
        found = _with_ago(text, found, excluded)
    return attach_times(doc, _join_weekdays(text, found))


def _writes_day_first(
    found: list[DateMention], numeric: list[tuple[int, re.Match[str]]], text: str
) -> bool:
    """Whether the article writes its dates day first ("6 May 2017", "28/5/2017") more
    often than month first ("May 6, 2017", "5/28/2017"): then 6/5/2017 is 6 May too."""
    day_first = sum(int(m["num_a"]) > 12 for _, m in numeric)
    month_first = sum(int(m["num_b"]) > 12 for _, m in numeric)
    for mention in found:
        if mention.granularity != "day" or mention.value is None:
            continue
        if text[mention.span.start].isdigit():
            day_first += 1
        elif text[mention.span.end - 1].isdigit():
            month_first += 1
    return day_first > month_first


def _with_numeric(
    found: list[DateMention], numeric: list[tuple[int, re.Match[str]]], day_first: bool
) -> list[DateMention]:
    """``found`` with the numeric dates read in the article's order, each where it stands."""
    out: list[DateMention] = []
    k = 0
    for at, m in numeric:
        out.extend(found[k:at])
        k = at
        out.extend(read(m, day_first=day_first, ref=None))
    out.extend(found[k:])
    return out


def _with_ago(text: str, found: list[DateMention], excluded: list[Span]) -> list[DateMention]:
    """Add "two days ago" mentions: looked for only in the few words before each "ago"."""
    extra: list[DateMention] = []
    for word in AGO_WORD.finditer(text):
        at = word.start()
        if at == 0 or not text[at - 1].isspace():
            continue  # "Chicago": "ago" after a blank only
        done = extra[-1].span.end if extra else 0
        for m in ago_expression().finditer(text, max(0, at - 30, done), at + 3):
            span = Span(m.start("ago"), m.end("ago"))
            if not any(s.overlaps(span) for s in excluded):
                extra.extend(read_ago(m, None))
    if not extra:
        return found
    # an "ago" phrase wins over the parts found inside it ("a year" of "a year ago")
    out = []
    k = 0
    for mention in found:
        while k < len(extra) and extra[k].span.end <= mention.span.start:
            out.append(extra[k])
            k += 1
        if not (k < len(extra) and extra[k].span.overlaps(mention.span)):
            out.append(mention)
    out.extend(extra[k:])
    return out


def _join_weekdays(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "Friday, May 28" is one mention: the weekday merges into the date it names."""
    out: list[DateMention] = []
    for mention in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.relative
            and prev.granularity == "day"
            and mention.granularity == "day"
            and not mention.relative
            and text[prev.span.start : prev.span.end].casefold() in WEEKDAYS
            and WEEKDAY_JOINER.fullmatch(text, prev.span.end, mention.span.start)
        ):
            out[-1] = DateMention(
                Span(prev.span.start, mention.span.end),
                mention.value,
                mention.granularity,
                mention.relative,
            )
            continue
        out.append(mention)
    return out


def _is_loose_time(mention: DateMention) -> bool:
    """A time whose day comes from the sentence: value ``T...`` or ``--MM-DDT...``."""
    v = mention.value
    return mention.granularity == "time" and v is not None and (v[0] == "T" or v[:2] == "--")


def attach_times(doc: Document, mentions: list[DateMention]) -> list[DateMention]:
    """Give each loose time the day named in its sentence: the nearest before, else after.

    "On May 28, ... between 00:35 and 00:45" gives ``--05-28T00:35``; "at 1100 GMT on
    Friday" takes Friday's value once that is resolved.
    """
    if not any(_is_loose_time(m) for m in mentions):
        return mentions
    starts = [s.start for s in doc.sentences]
    # day mentions by sentence, in text order, for a bisect per time
    days: dict[int, list[DateMention]] = {}
    for d in mentions:
        if d.granularity == "day":
            days.setdefault(bisect.bisect_right(starts, d.span.start) - 1, []).append(d)
    day_starts: dict[int, list[int]] = {}
    out = list(mentions)
    for i, mention in enumerate(mentions):
        if not _is_loose_time(mention):
            continue
        k = bisect.bisect_right(starts, mention.span.start) - 1
        if k not in day_starts:
            sentence = doc.sentences[k] if k >= 0 else Span(0, len(doc.text))
            days[k] = [d for d in days.get(k, ()) if sentence.contains(d.span)]
            day_starts[k] = [d.span.start for d in days[k]]
        same = days[k]
        j = bisect.bisect_right(day_starts[k], mention.span.start)
        day = same[j - 1] if j > 0 else (same[j] if j < len(same) else None)
        if day is None:
            continue
        assert mention.value is not None
        clock = mention.value[mention.value.index("T") :]
        value = clock if day.value is None else day.value + clock
        out[i] = DateMention(mention.span, value, mention.granularity, day.relative)
    return out


# Reference dates outside these years are placeholders ("0001-01-01" in page metadata) or
# typos; date arithmetic near the ends of the calendar would overflow.
REFERENCE_YEARS = range(1000, 9000)


def reference_date(article: Article, ctx: Context) -> date | None:
    """``Options.reference_date``, else ``published``, else a dateline date with a year."""
    ref = _reference_date(article, ctx)
    return ref if ref is not None and ref.year in REFERENCE_YEARS else None


def _reference_date(article: Article, ctx: Context) -> date | None:
    if ctx.options.reference_date is not None:
        return ctx.options.reference_date
    ref = parse_reference(article.published)
    if ref is not None:
        return ref
    d = article.dateline
    if d is not None and d.date_text is not None:
        return parse_reference(dateline_date(article.doc.text_of(d.date_text), None, ctx))
    return None


def resolve_dates(
    doc: Document,
    mentions: list[DateMention],
    ref: date | None,
    *,
    day_first: bool,
    cache: dict[tuple[str, date, bool], str | None] | None = None,
) -> list[DateMention]:
    """Relative and year-less values placed against ``ref``; loose times re-attached.

    ``cache`` (per process: the context's) keeps the values of relative texts already read
    against a reference date: wire copy says "last year" and "today" in every story.
    """
    if ref is None:
        return mentions
    if cache is None:
        cache = {}
    out: list[DateMention] = []
    for mention in mentions:
        value = mention.value
        if _is_loose_time(mention):
            assert value is not None
            value = value[value.index("T") :]
        elif value is not None and value[:2] == "--":
            value = resolve_yearless(value, ref)
            if value is not None:
                # "figures released in February": a past February; "will vote, possibly
                # in December": a coming one; else the nearest
                tense = (
                    None if is_possessive(doc, mention.span) else clause_tense(doc, mention.span)
                )
                value = placed_in_tense(value, ref, tense)
        elif value is None and mention.relative:
            key = (doc.text[mention.span.start : mention.span.end], ref, day_first)
            if key not in cache:
                if len(cache) > RESOLUTION_CACHE_SIZE:
                    cache.clear()
                cache[key] = _relative_value(doc.text, mention.span, ref, day_first=day_first)
            value = cache[key]
            weekday = WEEKDAYS.get(key[0].casefold())
            if (
                value is not None
                and weekday is not None
                and clause_tense(doc, mention.span) == "future"
            ):
                # "will appear in court on Monday": the Monday on or after ``ref``
                value = (ref + timedelta(days=(weekday - ref.weekday()) % 7)).isoformat()
        else:
            out.append(mention)
            continue
        out.append(DateMention(mention.span, value, mention.granularity, mention.relative))
    return attach_times(doc, out)


def _relative_value(text: str, span: Span, ref: date, *, day_first: bool) -> str | None:
    """The value of a relative mention ("Friday", "two days ago") read again with ``ref``."""
    m = DATE_EXPRESSION.fullmatch(text, span.start, span.end)
    if m is not None:
        again = read(m, day_first=day_first, ref=ref)
    else:
        ago = ago_expression().fullmatch(text, span.start, span.end)
        again = [] if ago is None else read_ago(ago, ref)
    return again[0].value if again else None


def apply(doc: Document, article: Article, ctx: Context) -> None:
    """Store the date expressions found in the article."""
    article.dates = find_dates(doc, article, ctx)


def apply_resolution(doc: Document, article: Article, ctx: Context) -> None:
    """Resolve relative and year-less dates against the reference date; fill ``dateline.date``."""
    ref = reference_date(article, ctx)
    d = article.dateline
    if d is not None and d.date_text is not None:
        article.dateline = replace(d, date=dateline_date(doc.text_of(d.date_text), ref, ctx))
    cache = ctx.cache.setdefault("dates.relative_values", {})
    article.dates = resolve_dates(
        doc, article.dates, ref, day_first=bool(ctx.options.day_first), cache=cache
    )
