"""Calendar arithmetic for date values: ISO strings, year-less forms and reference-date resolution.

Values follow ISO 8601: ``2017-05-28`` (day), ``2014-07`` (month), ``2014`` (year),
``2017-05-28T00:35`` (time), ``2017-W23`` (a week), and the truncated year-less forms of
ISO 8601:2000 when no year can be had: ``--05-28``, ``--05``. A time whose day is not
known is ``T00:35``.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from .date_patterns import MONTH_ABBREVIATIONS, MONTHS

# Days per month in a leap year: a year-less "Feb 29" is a day.
MAX_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

# "st", "nd", "rd", "th" after a day number.
ORDINAL_SUFFIXES = frozenset(["st", "nd", "rd", "th"])

# Letters typed for digits in wire copy: "March 2O" is March 20, "l5" is 15.
DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})


# How far on the wrong side of the reference date a year-less date must lie before its
# clause's tense moves it a year: a month (31 days; for a month name, two months apart).
TENSE_SHIFT_DAYS = 31
TENSE_SHIFT_MONTHS = 2


def iso_day(year: int | None, month: int, day: int) -> str | None:
    """``YYYY-MM-DD``, or ``--MM-DD`` without a year; None for a day the month lacks."""
    if not 1 <= month <= 12 or not 1 <= day <= MAX_DAYS[month - 1]:
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}"
    if month == 2 and day == 29 and not calendar.isleap(year):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def iso_month(year: int | None, month: int) -> str:
    return f"--{month:02d}" if year is None else f"{year:04d}-{month:02d}"


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_number(word: str, *, fuzzy: bool = False) -> int | None:
    """The month a name or abbreviation stands for: "Sept." -> 9, "MARCH" -> 3.

    With ``fuzzy`` (wire datelines, where the text is known to be a date), a misspelt
    name is read as the one month it is one edit away from, or a prefix of:
    "Narch", "Mach", "Marchg" -> 3, "Marc" -> 3.
    """
    key = word.rstrip(".").casefold()
    number = MONTHS.get(key) or MONTH_ABBREVIATIONS.get(key)
    if number is not None or not fuzzy or len(key) < 3:
        return number
    hits = {n for name, n in MONTHS.items() if name.startswith(key) or _one_edit(key, name)}
    return hits.pop() if len(hits) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one substitution, insertion or deletion."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def day_number(printed: str, *, lookalikes: bool = False) -> int | None:
    """A printed day of the month ("28", "28th", with ``lookalikes`` "2O") or None."""
    digits = printed[:-2] if printed[-2:].lower() in ORDINAL_SUFFIXES else printed
    if lookalikes:
        digits = digits.translate(DIGIT_LOOKALIKES)
    if not digits.isdigit() or len(digits) > 2:
        return None
    day = int(digits)
    return day if day >= 1 else None


def full_year(printed: str) -> int:
    """A printed year; two digits are read as 1950-2049."""
    year = int(printed)
    if len(printed) == 2:
        year += 2000 if year < 50 else 1900
    return year


def closest_day(month: int, day: int, ref: date) -> str | None:
    """The ``month``/``day`` nearest to ``ref`` (ties to the past): "Dec 30" read on Jan 3."""
    best: date | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - ref).days) < abs((best - ref).days):
            best = candidate
    return None if best is None else best.isoformat()


def closest_month(month: int, ref: date) -> str:
    """The ``month`` nearest to ``ref``'s month, within six months (ties to the past)."""
    diff = month - ref.month
    year = ref.year
    if diff >= 6:  # six months ahead or six back: the past ("in January" told in July)
        year -= 1
    elif diff < -6:
        year += 1
    return iso_month(year, month)


def shift_months(ref: date, months: int) -> tuple[int, int]:
    index = ref.year * 12 + ref.month - 1 + months
    return index // 12, index % 12 + 1


def weekday_near(ref: date, weekday: int, modifier: int | None) -> date:
    """The weekday a story dated ``ref`` means.

    No modifier ("on Friday"): the most recent such day on or before ``ref``.
    "last": the most recent strictly before; "next": the first strictly after;
    "this": the one in ``ref``'s week (Monday to Sunday).
    """
    back = (ref.weekday() - weekday) % 7
    if modifier is None:
        return ref - timedelta(days=back)
    if modifier < 0:
        return ref - timedelta(days=back or 7)
    if modifier > 0:
        return ref + timedelta(days=(weekday - ref.weekday()) % 7 or 7)
    return ref + timedelta(days=weekday - ref.weekday())


def resolve_yearless(value: str, ref: date) -> str | None:
    """``--MM-DD`` or ``--MM`` (optionally with a ``T`` time) placed in the year nearest ``ref``."""
    head, sep, time_part = value.partition("T")
    month = int(head[2:4])
    if len(head) == 4:
        resolved: str | None = closest_month(month, ref)
    else:
        resolved = closest_day(month, int(head[5:7]), ref)
    if resolved is None:
        return None
    return resolved + sep + time_part


def placed_in_tense(value: str, ref: date, tense: str | None) -> str:
    """A resolved year-less ``value`` moved a year to fit its clause's tense.

    A past one that lies more than a month after ``ref`` goes a year back ("figures
    released in February" told in November), a future one more than a month before
    ``ref`` a year on ("will vote, possibly in December" told in February). Within a month
    of ``ref`` the nearest stays: a clause's tense is a weaker clue than nearness there
    ("the quarter ended March 31" told on March 20). After "since" (``tense`` "since") any
    date after ``ref`` goes back."""
    if tense is None:
        return value
    head = value.partition("T")[0]
    if tense == "since":
        return _shift_year(value, -1) if head > ref.isoformat()[: len(head)] else value
    if len(head) == 7:  # a month: whole months apart
        gap = (int(head[:4]) - ref.year) * 12 + int(head[5:7]) - ref.month
        far = abs(gap) >= TENSE_SHIFT_MONTHS
    else:
        gap = (date.fromisoformat(head) - ref).days
        far = abs(gap) > TENSE_SHIFT_DAYS
    if not far:
        return value
    if tense == "past" and gap > 0:
        return _shift_year(value, -1)
    if tense == "future" and gap < 0:
        return _shift_year(value, 1)
    return value


def _shift_year(value: str, years: int) -> str:
    """An ISO date or month ``years`` years on ("2025-03", -1 -> "2024-03"); Feb 29 -> 28."""
    rest = value[4:]
    if rest.startswith("-02-29"):
        rest = "-02-28" + rest[6:]
    return f"{int(value[:4]) + years:04d}{rest}"


def parse_reference(value: str | None) -> date | None:
    """The date part of an ISO date or date-time string, if it has a full date."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# The hour (local) at which US clocks change, on the days they change.
US_CHANGE_HOUR = 2
# The first year of the 2007 US rule (second Sunday of March to first Sunday of November).
US_RULE_2007 = 2007


def _nth_sunday(year: int, month: int, n: int) -> date:
    """The ``n``-th Sunday of the month (``n`` = -1: the last one)."""
    if n < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - calendar.SUNDAY) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(calendar.SUNDAY - first.weekday()) % 7 + 7 * (n - 1))


def us_daylight_saving(day: date, hour: int) -> bool:
    """Whether US clocks keep daylight saving time at ``hour`` (local) on ``day``: from
    the second Sunday of March to the first Sunday of November (since 2007), from the
    first Sunday of April to the last Sunday of October before."""
    if day.year >= US_RULE_2007:
        begin, end = _nth_sunday(day.year, 3, 2), _nth_sunday(day.year, 11, 1)
    else:
        begin, end = _nth_sunday(day.year, 4, 1), _nth_sunday(day.year, 10, -1)
    if day == begin:
        return hour >= US_CHANGE_HOUR
    if day == end:
        return hour < US_CHANGE_HOUR
    return begin < day < end
