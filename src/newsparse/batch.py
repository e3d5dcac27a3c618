"""Many inputs to one record each, in input order. Knows nothing about click."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .api import parse
from .article import SourceInfo
from .errors import NewsparseError
from .options import Options
from .serialize import error_record


@dataclass(frozen=True, slots=True)
class Outcome:
    """One input's result: a record (a result or an error record) and the error message if any."""

    path: str
    record: dict[str, Any]
    error: str | None = None


def iter_inputs(paths: Iterable[str]) -> Iterator[str]:
    """Files as given; a directory's regular files directly in it, sorted by path."""
    for p in paths:
        if p != "-" and Path(p).is_dir():
            for entry in sorted(os.scandir(p), key=lambda e: e.path):
                if entry.is_file() and not entry.name.startswith("."):
                    yield entry.path
        else:
            yield p


def parse_path(path: str, options: Options, *, with_text: bool = False) -> Outcome:
    """Parse one file, never raising: a failure becomes an error record."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        info = SourceInfo(path=path, format="text", encoding=None, sha256=None)
        return Outcome(
            path,
            error_record(info, "io", exc.strerror or str(exc)),
            f"cannot read: {exc.strerror or exc}",
        )
    return parse_bytes(data, path, options, with_text=with_text)


def parse_bytes(data: bytes, path: str, options: Options, *, with_text: bool = False) -> Outcome:
    try:
        article = parse(data, path=path, options=options)
        return Outcome(path, article.to_dict(with_text=with_text))
    except NewsparseError as exc:
        info = SourceInfo(path=path, format="text", encoding=None, sha256=_sha(data))
        return Outcome(path, error_record(info, exc.kind, str(exc)), str(exc))
    except Exception as exc:  # the batch edge: one bad file never stops the run
        info = SourceInfo(path=path, format="text", encoding=None, sha256=_sha(data))
        message = f"internal error: {type(exc).__name__}: {exc}"
        return Outcome(path, error_record(info, "internal", message), message)


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def parse_many(
    paths: Iterable[str], options: Options, *, with_text: bool = False
) -> Iterator[Outcome]:
    """Exactly one Outcome per input, in input order."""
    for path in paths:
        yield parse_path(path, options, with_text=with_text)
