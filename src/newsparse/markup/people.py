"""Authors from markup are people only: no outlets, desks or staff labels.

Metadata often names the site or a feed as the author (``"Reuters"``,
``"Fox News Staff"``, ``"The Editorial Board"``); those are dropped. Printed
byline elements are read here too: ``"By Jane Doe and John Roe"`` gives two names,
``"by Bryan DeArdo @BryanDeArdo Nov 18, 2019"`` one (the handle and the date are no
part of it). A tagged name keeps no "by" (``"by Madeline Fry"`` -> ``"Madeline Fry"``),
and a tagged pair is two people (``"Kevin Johnson and Kevin McCoy"``).
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import load_set, load_table
from ..patterns import byline_tail

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
# What joins two people inside one tagged name or metadata entry: "A and B", "A & B".
# (A comma is no join there: "Doe, Jane" is one person printed surname first.)
PAIR_JOIN = re.compile(r"\s{1,3}(?:and|&)\s{1,3}")


@cache
def _particles() -> frozenset[str]:
    """Lower-case words of a name ("de", "van", "al"), each word of name_particles.txt."""
    return frozenset(w for entry in load_set("name_particles") for w in entry.split())


@cache
def _outlets() -> frozenset[str]:
    """The printed names of agencies and outlets (agencies.tsv), case-folded."""
    return frozenset(" ".join(r["printed"].casefold().split()) for r in load_table("agencies"))


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
    if name.casefold() in _outlets():
        return False  # "CNN Business": an outlet of agencies.tsv
    if reads_as_phrase(name):
        return False  # "Syrian defense ministries": a phrase, not a name
    return not (site_name and name.casefold() in site_name.casefold())


def reads_as_phrase(name: str) -> bool:
    """Some word of ``name`` opens in upper case and another, no particle, in lower case
    ("Syrian defense ministries"); a name printed all in lower case is no phrase."""
    words = name.split()
    upper = any(w[:1].isupper() for w in words)
    particles = _particles()
    return upper and any(w[:1].islower() and w.casefold() not in particles for w in words)


# An e-mail address printed with a name: "Tasha Brenner tbrenner@millcreekcourier.com",
# "Jane Doe (jdoe@example.com)" (local part and labels are disjoint from "@": linear).
EMAIL_ADDRESS = re.compile(r"[(<]?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}[)>]?")


def _people_in(raw: str) -> list[str]:
    """The names of one tagged name or metadata entry: no "by" before them, no e-mail
    address after them, a pair split."""
    if "@" in raw:
        raw = EMAIL_ADDRESS.sub(" ", raw)
    name = " ".join(raw.split())
    lead = BYLINE_LEAD.match(name)
    if lead is not None and lead.end() < len(name):
        name = name[lead.end() :]  # "by Madeline Fry": a tag holding the byline's "by"
    pair = [n for n in PAIR_JOIN.split(name) if n]
    if len(pair) > 1 and all(is_person(n) for n in pair):
        return pair
    return [name]  # "A, B and C" in one tag: read from the byline's text instead


def people_only(names: list[str], site_name: str | None = None) -> list[str]:
    """The names that are people, in order, without repeats."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in names:
        for name in _people_in(raw):
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
    tail = byline_tail().search(first_line)
    if tail is not None:
        first_line = first_line[: tail.start()]  # a handle or a date after the names
    pieces = NAME_SEPARATORS.split(first_line)
    return people_only([p for p in pieces if p], site_name)
