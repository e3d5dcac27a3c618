"""Dates from markup metadata to ISO 8601: ``2019-11-19T10:00:00Z`` kept, RFC 2822 converted.

Examples: ``"2019-11-19T10:00:00+00:00"``, ``"2019-11-19"``, ``"20191119T100000Z"`` (NITF
norm), ``"Tue, 19 Nov 2019 10:00:00 GMT"``.
"""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

MIN_YEAR, MAX_YEAR = 1800, 2200  # outside: a placeholder, not a date

# An ISO date, with an optional time and zone: "2019-11-19", "2019-11-19T10:00:00.000Z".
ISO_DATETIME = re.compile(
    r"""
    (?P<date>\d{4}-\d{2}-\d{2})
    (?P<time>[T\s]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?
    (?P<zone>\s?(?:Z|[+-]\d{2}:?\d{2}))?
    """,
    re.X,
)
# The NITF / ISO basic form: "20191119T100000Z", "20191119T100000+0000", "20191119".
BASIC_DATETIME = re.compile(
    r"""
    (?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})
    (?:T(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})?(?P<zone>Z|[+-]\d{4})?)?
    \Z""",
    re.X,
)


def normalise_datetime(value: str | None) -> str | None:
    """An ISO 8601 form of a metadata date, or None when it is not a date."""
    if not value:
        return None
    value = value.strip()[:80]
    m = ISO_DATETIME.match(value)
    if m is not None:
        return _checked(m.group(0).replace(" ", "T", 1).replace(" ", ""))
    m = BASIC_DATETIME.match(value)
    if m is not None:
        date = f"{m['y']}-{m['m']}-{m['d']}"
        if m["H"] is None:
            return _checked(date)
        zone = m["zone"] or ""
        if len(zone) == 5:
            zone = f"{zone[:3]}:{zone[3:]}"
        return _checked(f"{date}T{m['H']}:{m['M']}:{m['S'] or '00'}{zone}")
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return _checked(parsed.isoformat())


def _checked(iso: str) -> str | None:
    """The value when its date part is a real calendar date in a plausible year.

    CMS placeholders such as ``0001-01-01T00:00:00Z`` are not publication dates.
    """
    try:
        parsed = datetime.strptime(iso[:10], "%Y-%m-%d")
    except ValueError:
        return None
    return iso if MIN_YEAR <= parsed.year <= MAX_YEAR else None
