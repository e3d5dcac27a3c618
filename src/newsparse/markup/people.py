"""Authors from markup are people only: no outlets, desks or staff labels.

Metadata often names the site or a feed as the author (``"Reuters"``,
``"Fox News Staff"``, ``"The Editorial Board"``); those are dropped. Printed
byline elements are read here too: ``"By Jane Doe and John Roe"`` gives two names.
"""

from __future__ import annotations

import re

from ..lexicon import load_set

# A person's name: two to five words, each capitalised (or an initial, a particle),
# without digits or "@": "Jane Doe", "J. R. Smith", "Ana de la Cruz", "JANE DOE".
PERSON_NAME = re.compile(
    r"""
    (?:[^\W\d_][\w'’.-]{0,30}\s{1,3}){1,4}   # given names, initials, particles: "Ana de la "
    [^\W\d_][\w'’-]{0,30}\.?                 # family name: "Cruz", "O'Neil", "Jr."
    \Z""",
    re.X,
)

# The byline's "By " and a trailing role or agency: "By Jane Doe, Reuters", "Written by X".
BYLINE_LEAD = re.compile(r"(?:(?:written|posted|reported|words|story)\s{1,3})?by\s{1,3}", re.I)
# Separators between names in a printed byline: "A and B", "A, B", "A & B", "A | B".
NAME_SEPARATORS = re.compile(r"\s{0,3}(?:,|;|&|\||\band\b|\bund\b|\bet\b|\by\b)\s{0,3}", re.I)


def is_person(name: str, site_name: str | None = None) -> bool:
    """True for a plausible person's name that is not the site or a staff label."""
    name = name.strip()
    if not 3 <= len(name) <= 60 or "@" in name or "/" in name:
        return False
    if PERSON_NAME.match(name) is None:
        return False
    words = {w.strip(".,").casefold() for w in name.split()}
    if words & load_set("byline_non_names"):
        return False
    return not (site_name and name.casefold() in site_name.casefold())


def people_only(names: list[str], site_name: str | None = None) -> list[str]:
    """The names that are people, in order, without repeats."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in names:
        name = " ".join(raw.split())
        key = name.casefold()
        if key not in seen and is_person(name, site_name):
            seen.add(key)
            out.append(name)
    return out


def names_in_byline(text: str, site_name: str | None = None) -> list[str]:
    """People named in a printed byline: "By Jane Doe and John Roe | Reuters"."""
    first_line = text.split("\n", 1)[0][:300]
    m = BYLINE_LEAD.search(first_line)
    if m is not None and m.start() < 40:
        first_line = first_line[m.end() :]
    pieces = NAME_SEPARATORS.split(first_line)
    return people_only([p for p in pieces if p], site_name)
