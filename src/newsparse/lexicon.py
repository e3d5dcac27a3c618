"""Word lists and tables from ``data/``, each parsed once per process.

Formats (see ``data/README.md``): ``*.txt`` one entry per line; ``*.tsv`` a header
row then tab-separated columns. ``#`` starts a comment; blank lines are ignored.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

# What a reader of phrase places finds (:func:`read_occurrences`).
T = TypeVar("T")

# The package's data folder, read as plain files: ``importlib.resources`` costs more to
# import than every table costs to read, and the package is always installed unzipped.
DATA_DIR = Path(__file__).resolve().parent / "data"


def _data_lines(filename: str) -> list[str]:
    raw = (DATA_DIR / filename).read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines():
        if line.lstrip().startswith("#") or not line.strip():
            continue
        out.append(line.rstrip("\n"))
    return out


@cache
def load_list(name: str) -> tuple[str, ...]:
    """Entries of ``data/<name>.txt``, in file order."""
    return tuple(line.strip() for line in _data_lines(f"{name}.txt"))


@cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``data/<name>.tsv`` as dicts keyed by the header's column names."""
    lines = _data_lines(f"{name}.tsv")
    if not lines:
        raise ValueError(f"data/{name}.tsv is empty")
    header = lines[0].split("\t")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            raise ValueError(
                f"data/{name}.tsv row {number}: {len(cells)} columns, want {len(header)}"
            )
        rows.append(dict(zip(header, (c.strip() for c in cells), strict=True)))
    return tuple(rows)


@cache
def load_set(name: str, *, casefold: bool = True) -> frozenset[str]:
    """``data/<name>.txt`` as a set, case-folded unless asked otherwise."""
    return frozenset(e.casefold() if casefold else e for e in load_list(name))


def alternation(words: Iterable[str], *, boundary: bool = True) -> str:
    """A regex alternation of ``words``: escaped, longest first, word-bounded.

    The words are factored by prefix (:func:`trie_alternation`): the engine tests one
    branch per first character instead of every word at every position. The order in
    which words are tried stays the same: those that match at one position are
    prefixes of each other, and the longest is tried first. A list where a word
    extends a shorter one in another case ("Co", "co.") keeps the plain form, which a
    case-insensitive pattern may match either way.

    Refuses an empty list, which would otherwise match everywhere.
    """
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    if not unique:
        raise ValueError("alternation of an empty word list")
    if _extends_in_another_case(unique):
        body = "|".join(re.escape(w) for w in unique)
    else:
        body = trie_alternation(unique)
    return rf"(?<!\w)(?:{body})(?!\w)" if boundary else f"(?:{body})"


def _extends_in_another_case(words: list[str]) -> bool:
    """Whether a word of ``words`` begins, case aside, with another that is not its own
    beginning as printed ("co." and "Co"), or case-folds to another length ("ß")."""
    if all(word == word.casefold() for word in words):
        return False  # most lists: case-folded data, whose words differ as printed
    folded: dict[str, list[str]] = {}
    for word in words:
        key = word.casefold()
        if len(key) != len(word):
            return True
        folded.setdefault(key, []).append(word)
    for word in words:
        key = word.casefold()
        for end in range(1, len(key)):
            if any(other != word[:end] for other in folded.get(key[:end], ())):
                return True
    return False


def trie_alternation(words: Iterable[str]) -> str:
    """A regex alternation factored by prefix ("sa(?:id|ys|y)"): the regex engine walks
    one branch per position instead of trying every word in turn. No word boundaries
    are added; longer words are tried before the shorter ones they extend."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        branches = []
        for ch, child in sorted(node.items()):
            if not ch:
                continue
            run = ch  # the characters of a stretch without a branch, written at once
            while len(child) == 1 and "" not in child:
                ((more, child),) = child.items()
                run += more
            branches.append(re.escape(run) + render(child))
        if not branches:
            return ""
        if "" in node:
            # A word ends here and longer ones go on: an empty last branch ("sa(?:id|)"),
            # which the regex engine runs faster than an optional group ("sa(?:id)?").
            return "(?:" + "|".join(branches) + "|)"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return render(trie)


def word_openings(words: Iterable[str]) -> tuple[str, ...]:
    """The words no shorter one of them opens ("criticism" for "criticism" and
    "criticisms"): every word starts with one of them. In sorted order."""
    ordered = sorted(set(words))
    out: list[str] = []
    for word in ordered:  # a word sorts right after the shortest word that opens it
        if not out or not word.startswith(out[-1]):
            out.append(word)
    return tuple(out)


def opening_positions(text: str, openings: tuple[str, ...]) -> list[int]:
    """Where one of ``openings`` (see :func:`word_openings`) starts in ``text``, in order:
    str.find skips to them at C speed."""
    starts: list[int] = []
    for opening in openings:
        at = text.find(opening)
        while at >= 0:
            starts.append(at)
            at = text.find(opening, at + 1)
    starts.sort()
    return starts


def read_occurrences(
    text: str, needle: str, lo: int, hi: int, read: Callable[[int], T | None]
) -> list[T]:
    """What ``read`` finds at each start of ``needle`` in ``text[lo:hi]`` (not
    overlapping, in text order), Nones left out: a phrase recogniser's cheap substring
    scan, its pattern tried only where the phrase stands."""
    found: list[T] = []
    at = text.find(needle, lo, hi)
    while at >= 0:
        item = read(at)
        if item is not None:
            found.append(item)
        at = text.find(needle, at + len(needle), hi)
    return found


def matches_at(
    pattern: re.Pattern[str], starts: list[int], text: str, lo: int, hi: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, lo, hi)`` for a pattern whose every match starts at one of
    ``starts`` (sorted; :func:`opening_positions` of the words it opens with): the
    pattern is tried only there, in text order and after the previous match, as finditer
    tries it. A pattern that opens on words of several common first letters ("b", "c",
    "e", "o", "p", "s") makes the engine stop at most letters of a text; the positions,
    found once per text, leave a few places per paragraph to try."""
    after = lo
    for k in range(bisect.bisect_left(starts, lo), len(starts)):
        at = starts[k]
        if at >= hi:
            break
        if at < after:
            continue  # inside the previous match, which finditer would have stepped over
        m = pattern.match(text, at, hi)
        if m is not None:
            yield m
            after = m.end()
