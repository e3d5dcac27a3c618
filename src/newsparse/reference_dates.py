"""Per-file reference dates from a TSV: ``path<TAB>YYYY-MM-DD`` per line.

Paths are compared after resolving them to absolute, symlink-free paths, on both
sides, so ``./a.txt`` in the file and ``/corpus/a.txt`` on the command line agree.
Blank lines and ``#`` comments are skipped; a first line whose date column is not a
date (a header such as ``path<TAB>date``) is skipped too. A date may carry a time
(``2017-02-26T10:00:00``): only the day counts.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path


class ReferenceDateError(ValueError):
    """A line of the TSV that is not ``path<TAB>date``."""


def read_reference_dates(lines: Iterable[str], *, base: str = ".") -> dict[str, dt.date]:
    """Map of resolved path to date; relative paths are taken from ``base``."""
    dates: dict[str, dt.date] = {}
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        path, sep, value = line.rpartition("\t")
        if not sep or not path:
            raise ReferenceDateError(f"line {number}: expected PATH<TAB>YYYY-MM-DD")
        try:
            day = dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            if number == 1:
                continue  # a header row
            raise ReferenceDateError(
                f"line {number}: {value.strip()!r} is not a date in the form YYYY-MM-DD"
            ) from None
        dates[resolve(str(Path(base) / path))] = day
    return dates


def resolve(path: str) -> str:
    """The absolute, symlink-free form of ``path`` used as the lookup key."""
    return os.path.realpath(path)
