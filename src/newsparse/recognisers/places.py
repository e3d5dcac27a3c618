"""The dateline gazetteer and agency table: printed place -> city, region, country, code.

``ERBIL`` -> Erbil (Kurdistan Region, Iraq, IQ); ``Md.`` -> Maryland (United
States, US); ``New Zealand`` -> New Zealand (NZ). Lookups are case-insensitive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import load_table


@dataclass(frozen=True, slots=True)
class Place:
    city: str | None
    region: str | None
    country: str | None
    country_code: str | None


def _key(printed: str) -> str:
    return " ".join(printed.casefold().split())


@cache
def _gazetteer() -> tuple[dict[str, Place], dict[str, Place]]:
    """(cities, regions and countries), each keyed by the case-folded printed form."""
    cities: dict[str, Place] = {}
    areas: dict[str, Place] = {}
    for row in load_table("places"):
        place = Place(
            row["city"] or None, row["region"] or None, row["country"] or None,
            row["country_code"] or None,
        )  # fmt: skip
        target = cities if place.city else areas
        target.setdefault(_key(row["key"]), place)
    return cities, areas


def find_city(printed: str) -> Place | None:
    """The city row for a dateline's first element: ``ERBIL`` -> Erbil, Iraq."""
    return _gazetteer()[0].get(_key(printed))


def find_area(printed: str) -> Place | None:
    """The region or country row for a later element: ``Md.``, ``Alberta``, ``Iraq``."""
    key = _key(printed)
    areas = _gazetteer()[1]
    hit = areas.get(key)
    if hit is None and key.endswith("."):
        hit = areas.get(key[:-1])
    return hit


@cache
def _agencies() -> dict[str, str]:
    return {_key(row["printed"]): row["canonical"] for row in load_table("agencies")}


def canonical_agency(printed: str) -> str | None:
    """``REUTERS`` -> Reuters, ``Associated Press`` -> AP; None when not in agencies.tsv."""
    return _agencies().get(_key(printed))


# Word starts for normal case: after the start, a space, a hyphen, a slash, or an
# apostrophe that follows a single letter (D'ALENE -> D'Alene, but not DON'T).
WORD_START = re.compile(r"(?:^|(?<=[ \-/])|(?<=\b[A-Za-z]['’]))[a-z]")


def normal_case(printed: str) -> str:
    """``CHEVY CHASE`` -> ``Chevy Chase``, ``ST. LOUIS`` -> ``St. Louis``; mixed case kept."""
    if not printed.isupper():
        return printed
    lowered = printed.lower()
    return WORD_START.sub(lambda m: m.group().upper(), lowered)
