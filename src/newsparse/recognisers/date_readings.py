"""What a matched date expression means: its ISO value, granularity and relativity.

:func:`read` turns one match of ``DATE_EXPRESSION`` into one or two
:class:`DateMention` records (a range gives its two ends). Relative expressions
("Friday", "last week", "two days ago") get a value only when a reference date is
given; year-less ones ("May 28") get the year-less ISO form ``--05-28`` without one.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from ..article import DateMention, Granularity
from ..document import Span
from ..lexicon import load_table
from .date_patterns import COUNTS, DAY_WORDS, MODIFIERS, MONTHS, UNITS, WEEKDAYS, ZONES
from .date_values import (
    day_number,
    full_year,
    iso_day,
    iso_month,
    iso_week,
    month_number,
    shift_months,
    us_daylight_saving,
    weekday_near,
)


def _mention(
    start: int, end: int, value: str | None, granularity: Granularity, relative: bool
) -> DateMention:
    return DateMention(Span(start, end), value, granularity, relative)


# An hour offset after GMT or UTC: "GMT+1", "UTC-05:00", "UTC+0530".
ZONE_OFFSET = re.compile(r"(?:GMT|UTC)(?P<sign>[+-])(?P<hours>\d{1,2}):?(?P<minutes>\d{2})?")


def time_value(hour: int, minute: int, zone: str | None) -> str:
    """``T15:30`` plus the zone's UTC offset when it has a fixed one: ``T15:30-05:00``,
    ``T10:15+01:00`` for "GMT+1"."""
    offset = ""
    if zone:
        shifted = ZONE_OFFSET.fullmatch(zone.upper())
        if shifted is not None:
            minutes = shifted["minutes"] or "00"
            offset = f"{shifted['sign']}{int(shifted['hours']):02d}:{minutes}"
        else:
            offset = ZONES.get(zone.casefold(), "")
    return f"T{hour:02d}:{minute:02d}{offset}"


def _ampm_hour(hour: int, mark: str) -> int:
    pm = mark[0] in "pP"
    return (hour % 12) + (12 if pm else 0)


def read(
    m: re.Match[str], *, day_first: bool, ref: date | None, country: str | None = None
) -> list[DateMention]:
    """The mentions one match stands for (empty when the match is no real date).

    ``country`` is the article's (ISO 3166-1 alpha-2), when known: a time zone's
    abbreviation that stands for another zone there is read as that one ("IST" on an
    Israeli page is Israel Standard Time, not India's).
    """
    for group, reader in _BRANCHES.items():
        if m.group(group) is not None:
            found = [_trim_period(m.string, f) for f in reader(m, day_first, ref)]
            return found if country is None else [_in_country(m, f, country) for f in found]
    return []


# The groups that hold a time's zone, one per branch with a clock.
ZONE_GROUPS = ("mil_zone", "clock_zone", "ampm_zone")
# A time's value: "T15:30" and the zone's offset, if any ("T15:30+05:30").
TIME_PART_CHARS = len("T15:30")


@cache
def _zone_readings() -> dict[tuple[str, str], str]:
    """(zone, country code) -> the UTC offset the zone's abbreviation stands for there."""
    return {
        (row["zone"].casefold(), row["country_code"]): row["offset"]
        for row in load_table("zone_readings")
    }


def zone_of(m: re.Match[str]) -> str | None:
    """The time zone printed after the clock of ``m`` ("ET" of "5:00 AM ET"), or None."""
    return next((m.group(g) for g in ZONE_GROUPS if m.group(g) is not None), None)


@cache
def _seasonal_zones() -> dict[str, tuple[str, str]]:
    """US zone -> its UTC offsets in standard and in daylight saving time."""
    return {
        row["zone"].casefold(): (row["standard"], row["daylight"])
        for row in load_table("seasonal_zones")
    }


def clock_on_day(day: str, clock: str, zone: str | None) -> str:
    """The clock value ``clock`` ("T05:00") on the ISO ``day``: a US zone printed without
    its season ("ET", "PT") takes the offset that day's clocks keep ("2024-03-14" and
    "5:00 AM ET" are "T05:00-04:00", daylight saving time; in January "-05:00")."""
    offsets = None if zone is None else _seasonal_zones().get(zone.casefold())
    if offsets is None or len(clock) != TIME_PART_CHARS or ISO_DAY.fullmatch(day) is None:
        return clock
    on = date.fromisoformat(day)
    return clock + offsets[us_daylight_saving(on, int(clock[1:3]))]


# A full ISO day: "2024-03-14".
ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _in_country(m: re.Match[str], mention: DateMention, country: str) -> DateMention:
    """``mention`` with its zone read as the article's country reads it."""
    if mention.granularity != "time" or mention.value is None or mention.value[0] != "T":
        return mention
    zone = zone_of(m)
    if zone is None:
        return mention
    offset = _zone_readings().get((zone.casefold(), country))
    if offset is None:
        return mention
    value = mention.value[:TIME_PART_CHARS] + offset
    return DateMention(mention.span, value, mention.granularity, mention.relative)


def _trim_period(text: str, mention: DateMention) -> DateMention:
    """A period after a full month name ends the sentence: "in July." is "July"."""
    end = mention.span.end
    if text[end - 1] != "." or end - 1 == mention.span.start:
        return mention
    k = end - 1
    while k > mention.span.start and text[k - 1].isalpha():
        k -= 1
    if text[k : end - 1].casefold() not in MONTHS:
        return mention
    return DateMention(
        Span(mention.span.start, end - 1), mention.value, mention.granularity, mention.relative
    )


def _read_iso(m: re.Match[str], day_first: bool, ref: date | None) -> list[DateMention]:
    value = iso_day(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    if value is None:
        return []
    if m["iso_h"] is None:
        return [_mention(m.start("date"), m.end("date"), value, "day", False)]
    hour, minute = int(m["iso_h"]), int(m["iso_min"])
    if hour > 23 or minute > 59:
        return []
    zone = m["iso_zone"]
    offset = "" if zone is None else ("+00:00" if zone == "Z" else zone)
    return [
        _mention(
            m.start("date"),
            m.end("date"),
            f"{value}T{hour:02d}:{minute:02d}{offset}",
            "time",
            False,
        )
    ]


def _read_numeric(m: re.Match[str], day_first: bool, ref: date | None) -> list[DateMention]:
    a, b, printed_year = int(m["num_a"]), int(m["num_b"]), m["num_y"]
    # Dots and dashes between day, month and year are a day-first convention
    # ("28.05.2017", "09-12-2024"); slashes follow the options (US month-first).
    day_first_mark = m["num_sep"] in ".-"
    if len(printed_year) == 2 and m["num_sep"] == ".":  # "1.2.10" is a version number
        return []
    month, day = (b, a) if day_first or day_first_mark else (a, b)
    if month > 12 and day <= 12:  # 28/5/2017 can only be day-first
        month, day = day, month
    value = iso_day(full_year(printed_year), month, day)
    return [] if value is None else [_mention(m.start("date"), m.end("date"), value, "day", False)]


def _read_military(m: re.Match[str], day_first: bool, ref: date | None) -> list[DateMention]:
    value = time_value(int(m["mil_h"]), int(m["mil_min"]), m["mil_zone"])
    return [_mention(m.start("date"), m.end("date"), value, "time", False)]


def _read_clock(m: re.Match[str], day_first: bool, ref: date | None) -> list[DateMention]:
    hour, minute = int(m["clock_h"]), int(m["clock_min"])
    mark = m["clock_ampm"]
    if mark is not None:
        if not 1 <= hour <= 12:
            return []
        hour = _ampm_hour(hour, mark)
    value = time_value(hour, minute, m["clock_zone"])
    return [_mention(m.start("date"), m.end("date"), value, "time", False)]


def _read_ampm(m: re.Match[str], day_first: bool, ref: date | None) -> list[DateMention]:
    value = time_value(_ampm_hour(int(m["ampm_h"]), m["ampm_mark"]), 0, m["ampm_zone"])
    return [_mention(m.start("date"), m.end("date"), value, "time", False)]


def _day_range(
    m: re.Match[str], month: int, day_group: str, day2_group: str, year_group: str
) -> list[DateMention]:
    """A day (and a second day of a range) of ``month``, with the printed year if any."""
    year = int(m[year_group]) if m[year_group] else None
    day = day_number(m[day_group])
    if day is None:
        return []
    value = iso_day(year, month, day)
    if value is None:
        return []
    if m[day2_group] is None:
        return [_mention(m.start("date"), m.end("date"), value, "day", False)]
    day2 = day_number(m[day2_group])
    value2 = None if day2 is None or day2 <= day else iso_day(year, month, day2)
    if value2 is None:
        return []
    return [
        _mention(m.start("date"), m.end(day_group), value, "day", False),
        _mention(m.start(day2_group), m.end("date"), value2, "day", False),
    ]


def _read_month_first(m: re.Match[str], day_first: bool, ref: date | None) -> list[DateMention]:
    month = month_number(m["md_month"])
    if month is None:
        return []
    if m["md_day"] is not None:
        found = _day_range(m, month, "md_day", "md_day2", "md_year")
        if (
            len(found) == 2 and m["md_year"] is not None
        ):  # "May 28-30, 2017": "May 28" ends before the year
            first, second = found
            found = [first, _mention(second.span.start, m.end("date"), second.value, "day", False)]
        return found
    if m["md_myear"] is not None:
        return [
            _mention(
                m.start("date"), m.end("date"), iso_month(int(m["md_myear"]), month), "month", False
            )
        ]
    return [_mention(m.start("date"), m.end("date"), iso_month(None, month), "month", False)]


def _read_day_first(m: re.Match[str], day_first: bool, ref: date | None) -> list[DateMention]:
    month = month_number(m["dm_month"])
    if month is None:
        return []
    # "28-30 May": the first end is "28", read with the month printed after the second
    return _day_range(m, month, "dm_day", "dm_day2", "dm_year")


def read_ago(m: re.Match[str], ref: date | None) -> list[DateMention]:
    """The mention of an ``ago_expression()`` match: "two days ago" is ``ref`` less two days."""
    printed = m["ago_n"]
    count = int(printed) if printed.isdigit() else COUNTS[printed.casefold()]
    unit = UNITS[m["ago_unit"].casefold()]
    granularity: Granularity = "day" if unit in ("day", "week") else unit  # type: ignore[assignment]
    value: str | None = None
    if ref is not None:
        if unit == "day":
            value = (ref - timedelta(days=count)).isoformat()
        elif unit == "week":
            value = (ref - timedelta(weeks=count)).isoformat()
        elif unit == "month":
            value = iso_month(*shift_months(ref, -count))
        else:
            value = str(ref.year - count)
    return [_mention(m.start("ago"), m.end("ago"), value, granularity, True)]


def _read_relative(m: re.Match[str], day_first: bool, ref: date | None) -> list[DateMention]:
    modifier = MODIFIERS[m["rel_mod"].casefold()]
    start, end = m.start("date"), m.end("date")
    if m["rel_wd"] is not None:
        day = None if ref is None else weekday_near(ref, WEEKDAYS[m["rel_wd"].casefold()], modifier)
        return [_mention(start, end, None if day is None else day.isoformat(), "day", True)]
    if m["rel_part"] is not None:  # this morning, last night, this evening
        if modifier > 0 or (modifier < 0 and m["rel_part"].casefold() != "night"):
            return []
        value = None if ref is None else (ref + timedelta(days=modifier)).isoformat()
        return [_mention(start, end, value, "day", True)]
    if m["rel_month"] is not None:  # last May, this March
        month = month_number(m["rel_month"])
        if month is None or m["rel_month"].casefold() not in MONTHS:  # "last Jan" is no date
            return []
        value = None
        if ref is not None:
            year = ref.year
            if modifier < 0 and month >= ref.month:
                year -= 1
            elif modifier > 0 and month <= ref.month:
                year += 1
            value = iso_month(year, month)
        return [_mention(start, end, value, "month", True)]
    unit = UNITS[m["rel_unit"].casefold()]
    if ref is None:
        return [_mention(start, end, None, unit, True)]  # type: ignore[arg-type]
    if unit == "week":  # an ISO week: "2017-W23", granularity "week"
        return [_mention(start, end, iso_week(ref + timedelta(weeks=modifier)), "week", True)]
    if unit == "month":
        return [_mention(start, end, iso_month(*shift_months(ref, modifier)), "month", True)]
    return [_mention(start, end, str(ref.year + modifier), "year", True)]


def _read_day_word(m: re.Match[str], day_first: bool, ref: date | None) -> list[DateMention]:
    offset = DAY_WORDS[m["day_word"].casefold()]
    value = None if ref is None else (ref + timedelta(days=offset)).isoformat()
    return [_mention(m.start("date"), m.end("date"), value, "day", True)]


def _read_weekday(m: re.Match[str], day_first: bool, ref: date | None) -> list[DateMention]:
    weekday = WEEKDAYS[m["wd"].casefold()]
    value = None if ref is None else weekday_near(ref, weekday, None).isoformat()
    return [_mention(m.start("date"), m.end("date"), value, "day", True)]


def _read_year(m: re.Match[str], day_first: bool, ref: date | None) -> list[DateMention]:
    year = int(m["year"])
    if m["year2"] is None:
        return [_mention(m.start("date"), m.end("date"), str(year), "year", False)]
    printed2 = m["year2"]
    year2 = int(printed2) if len(printed2) == 4 else year - year % 100 + int(printed2)
    if len(printed2) == 2 and year2 <= year:
        year2 += 100
    first = _mention(m.start("date"), m.end("year"), str(year), "year", False)
    if not year < year2 <= year + 100:
        return [first]
    return [first, _mention(m.start("year2"), m.end("date"), str(year2), "year", False)]


# Branch readers, keyed by each branch's outer group, the most frequent first.
_BRANCHES = {
    "year": _read_year,
    "md_month": _read_month_first,
    "wd": _read_weekday,
    "day_word": _read_day_word,
    "rel": _read_relative,
    "dm_day": _read_day_first,
    "clock": _read_clock,
    "mil": _read_military,
    "ampm": _read_ampm,
    "num": _read_numeric,
    "iso": _read_iso,
}
