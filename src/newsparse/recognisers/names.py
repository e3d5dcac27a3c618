"""Person names in bylines and credit lines: ``Jane Doe``, ``TED D'AFFLISIO``, ``Abu Bakr al-Baghdadi``.

A list of names (``A and B``, ``A, B and C``, ``A & B``) is split into single
names; each must look like a person (two to five name words, no outlet or job
word such as "Staff", "Reuters", "Writer") or it is left out: no author is better
than a wrong one.
"""

from __future__ import annotations

import re
from functools import cache

from ..document import Span
from ..lexicon import alternation, load_list, load_set
from .places import canonical_agency, find_area

# One person name: two to five words, each a capitalised word, an initial or a
# lower-case particle, bounded so that a hostile line cannot run long; a title
# from honorifics.txt may stand before it and is no part of it.
#   Jane Doe / JANE DOE / Janie Gabbett / TED D'AFFLISIO / John F. Kennedy
#   Abu Bakr al-Baghdadi / Ludwig van Beethoven / Mary-Kate O'Brien / Dr. Jane Doe
_PERSON_NAME = r"""
    (?:(?P<honorific>{honorifics})[ ])?                               # optional title, not part of the name
    (?P<name>
        (?:[A-Z][A-Za-z'’-]{{0,24}}\.?|[A-Z]\.(?:[A-Z]\.)?)            # first word or initial: Jane / J. / J.R.
        (?:
            [ ]
            (?:(?:[dD]|[dD]e|[dD]i|[dD]a|O)['’][A-Z][A-Za-z'’-]{{0,24}}   # d'AFFLISIO / O'Brien
              |[A-Z][A-Za-z'’-]{{0,24}}\.?                             # Doe / D'AFFLISIO / Jr.
              |[A-Z]\.                                               # an initial: F.
              |(?:al|el|bin|ibn|de|del|della|di|da|dos|du|van|von|der|den|la|le|ter|ten)(?=[ -])  # particles
              |(?:al|el)-[A-Z][A-Za-z'’-]{{0,24}}                      # al-Baghdadi
            )
        ){{1,4}}
    )
"""


@cache
def person_name() -> re.Pattern[str]:
    """The compiled person-name pattern (titles from honorifics.txt)."""
    honorifics = alternation(load_list("honorifics"), boundary=False)
    return re.compile(_PERSON_NAME.format(honorifics=honorifics), re.VERBOSE)


# The endings of a possessive word: "CNN's", "Reuters’s".
POSSESSIVE = ("'s", "’s", "'S", "’S")

# Separators of a list of names: "A and B", "A, B and C", "A & B", "A, B, and C".
NAME_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\s*", re.IGNORECASE)

# A place or source tail after a name in a credit: "C in Paris", "D from Baghdad".
PLACE_TAIL = re.compile(r"\s+(?:in|from|at)\s+[A-Z][\w .'-]{0,60}$")


@cache
def _non_names() -> frozenset[str]:
    return load_set("byline_non_names")


def is_person_name(text: str) -> bool:
    """``text`` is one person's name as a whole: "Jane Doe", not "Reuters Staff"."""
    m = person_name().fullmatch(text)
    if m is None:
        return False
    words = re.split(r"[ ]+", m.group("name"))
    non_names = _non_names()
    if canonical_agency(m.group("name")) is not None:
        return False  # "CNN Business": an outlet's name reads like a person's
    return not any(w.casefold().strip(".") in non_names or w.endswith(POSSESSIVE) for w in words)


def name_in(text: str, start: int, end: int) -> Span | None:
    """The person name filling ``text[start:end]`` (a title before it dropped), or None.

    A possessive word ("CNN's Ana Cruz") is no part of a name: no name then.
    """
    m = person_name().fullmatch(text, start, end)
    if m is None:
        return None
    s, e = m.span("name")
    if canonical_agency(text[s:e]) is not None:
        return None  # "CNN Business": an outlet of agencies.tsv
    words = text[s:e].split(" ")
    non_names = _non_names()
    if any(w.casefold().strip(".") in non_names or w.endswith(POSSESSIVE) for w in words):
        return None
    return Span(s, e)


def split_names(text: str, start: int, end: int, *, strip_places: bool = True) -> list[Span]:
    """Spans of the person names listed in ``text[start:end]``; an empty list when any
    item of the list is not a person (then the whole list is doubtful)."""
    items: list[tuple[int, int]] = []
    pos = start
    for sep in NAME_SEPARATOR.finditer(text, start, end):
        items.append((pos, sep.start()))
        pos = sep.end()
    items.append((pos, end))
    out: list[Span] = []
    placed = False  # the item before ended with a place: "C in Sacramento"
    for s, e in items:
        if placed and find_area(text[s:e].strip(" .;:")) is not None:
            continue  # the state or country of that place: "C in Sacramento, California"
        placed = False
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1] in " \t.;:":
            # keep the period of a final initial or "Jr."
            if (
                text[e - 1] == "."
                and e - 2 >= s
                and (text[e - 2].isupper() or text[e - 3 : e] == "Jr.")
            ):
                break
            e -= 1
        if strip_places:
            tail = PLACE_TAIL.search(text, s, e)
            if tail is not None:
                e = tail.start()
                placed = True
        if s >= e:
            continue
        span = name_in(text, s, e)
        if span is None:
            return []
        out.append(span)
    return out


# A name of one word: "Huaxia" (Xinhua's editors sign so), only where a label such as
# "Editor:" says that a name follows.
ONE_WORD_NAME = re.compile(r"[A-Z][a-z'’-]{1,24}")


def one_word_name(text: str, start: int, end: int) -> Span | None:
    """The one-word name filling ``text[start:end]`` (spaces and a final period aside),
    or None: no outlet, job or staff word ("Staff", "Reuters")."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t.":
        end -= 1
    if ONE_WORD_NAME.fullmatch(text, start, end) is None:
        return None
    if text[start:end].casefold() in _non_names():
        return None
    return Span(start, end)
