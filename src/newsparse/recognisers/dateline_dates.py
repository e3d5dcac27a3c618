"""The date printed in a dateline, as ISO: ``Feb 26`` -> ``1987-02-26`` (year from the reference).

Wire datelines are typed in a hurry; what a reader still reads as a date is read::

    Feb 26, MARCH 2, FEb 26, march 4      any case
    Narch 2, Marc 3, Mach 4, Marchg 12    a misspelt month, one edit away from one name
    March 2O, March l5                    a letter O or l typed for a digit
    2 March                               day before month
    March 187, March 32                   no day: None

Other shapes (an ISO date, a weekday, "3rd of March") go through the shared date
pattern, and what that cannot read goes to dateparser, imported only then.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from functools import cache
from typing import Any

from ..pipeline import Context
from .date_patterns import DATE_EXPRESSION
from .date_readings import read
from .date_values import day_number, iso_day, month_number

LOGGER = logging.getLogger(__name__)


@cache
def wire_date() -> re.Pattern[str]:
    """The date of a wire dateline, misprints allowed. Compiled on first use (cold
    start): most datelines carry no date."""
    return re.compile(
        r"""
        (?P<month>[A-Za-z]{3,10})\.?\s{0,3}(?P<day>[0-9]{1,3}|[0-9]?[Ool]|[Ool][0-9])
            (?:st|nd|rd|th)?(?:,?\s{1,3}(?P<year>\d{4}))?     # Feb 26, March 2O, Sept. 3, 1987
        | (?P<day_first>[0-9]{1,3}|[0-9]?[Ool]|[Ool][0-9])(?:st|nd|rd|th)?
            \s{1,3}(?:of\s)?(?P<month_after>[A-Za-z]{3,10})\.?
            (?:,?\s{1,3}(?P<year_after>\d{4}))?               # 2 March, 28th of May 2017
        """,
        re.VERBOSE,
    )


# Dateline values kept per process before the cache starts again (a bound on memory).
DATELINE_CACHE_SIZE = 4096

# A sentinel base for dateparser: a leap year far from any news, so a year it filled in
# itself is told from a printed one.
SENTINEL_YEAR = 1904


def dateline_date(printed: str, ref: date | None, ctx: Context) -> str | None:
    """``printed`` as ``YYYY-MM-DD`` (year printed, else ``ref``'s year), else ``--MM-DD``.

    Results are kept per process in the context (wire datelines repeat: "March 2").
    """
    cache: dict[tuple[str, date | None], str | None] = ctx.cache.setdefault(
        "dates.dateline_values", {}
    )
    key = (printed, ref)
    if key not in cache:
        if len(cache) > DATELINE_CACHE_SIZE:
            cache.clear()
        cache[key] = _dateline_date(printed, ref, ctx)
    return cache[key]


def _dateline_date(printed: str, ref: date | None, ctx: Context) -> str | None:
    text = printed.strip()
    m = wire_date().fullmatch(text)
    if m is not None:
        month = month_number(m["month"] or m["month_after"], fuzzy=True)
        day = day_number(m["day"] or m["day_first"], lookalikes=True)
        if month is None or day is None:
            return None
        printed_year = m["year"] or m["year_after"]
        year = int(printed_year) if printed_year else (None if ref is None else ref.year)
        return iso_day(year, month, day)
    shared = DATE_EXPRESSION.fullmatch(text)
    if shared is not None:
        found = read(shared, day_first=bool(ctx.options.day_first), ref=ref)
        if found and found[0].granularity == "day" and found[0].value is not None:
            value = found[0].value
            return value if value[:2] != "--" or ref is None else f"{ref.year:04d}{value[1:]}"
        return None
    if any(c.isdigit() for c in text):
        return _dateparser_date(text, ref, ctx)
    return None


def _dateparser_date(text: str, ref: date | None, ctx: Context) -> str | None:
    """The leftover shapes, read by dateparser (one parser per process, results cached)."""
    results: dict[str, tuple[int, int, int] | None] = ctx.cache.setdefault(
        "dates.dateparser_results", {}
    )
    if text not in results:
        parsed = _date_parser(ctx).get_date_data(text)
        obj = parsed.date_obj
        results[text] = (
            None if obj is None or parsed.period != "day" else (obj.year, obj.month, obj.day)
        )
        LOGGER.debug("dateparser read %r as %s", text, results[text])
    found = results[text]
    if found is None:
        return None
    year, month, day = found
    if year == SENTINEL_YEAR and str(SENTINEL_YEAR) not in text:
        return iso_day(None if ref is None else ref.year, month, day)
    return iso_day(year, month, day)


def _date_parser(ctx: Context) -> Any:
    parser = ctx.cache.get("dates.dateparser")
    if parser is None:
        from dateparser.date import DateDataParser  # ~0.3 s: only for shapes our patterns lack

        options = ctx.options
        parser = DateDataParser(
            languages=[options.language],
            settings={
                "DATE_ORDER": "DMY" if options.day_first else "MDY",
                "RELATIVE_BASE": datetime(SENTINEL_YEAR, 6, 15),
                "REQUIRE_PARTS": ["day", "month"],
                "PREFER_DAY_OF_MONTH": "first",
                "RETURN_AS_TIMEZONE_AWARE": False,
            },
        )
        ctx.cache["dates.dateparser"] = parser
    return parser
