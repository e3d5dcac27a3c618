"""Where a batch puts its records: stdout as JSON Lines, or one file per input.

Under ``--output-dir`` every input gets ``OUT/<path relative to its argument>.json``
(``a/b.txt`` gives ``OUT/a/b.txt.json``: the input's own suffix is kept, so ``b.txt``
and ``b.html`` never collide). Each file is written to a hidden temporary file in the
same folder and then renamed over the target, so an interrupted run leaves complete
files only; the temporary name is fixed per target, so a rerun replaces any leftover.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import BinaryIO

OUTPUT_SUFFIX = ".json"
TEMP_SUFFIX = ".part"


def output_path(out_dir: str | Path, rel: str) -> Path:
    """The output file of the input whose relative path is ``rel``."""
    return Path(out_dir) / (rel + OUTPUT_SUFFIX)


def temp_path(target: Path) -> Path:
    """The hidden temporary file a record is written to before it replaces ``target``."""
    return target.with_name(f".{target.name}{TEMP_SUFFIX}")


def write_atomic(target: Path, text: str) -> None:
    """Write ``text`` and a newline to ``target`` so that readers see all of it or nothing."""
    temp = temp_path(target)
    try:
        with temp.open("w", encoding="utf-8") as fh:
            fh.write(text)
            fh.write("\n")
        temp.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


class DirectorySink:
    """Writes each record to its own file under ``out_dir``, creating folders as needed."""

    def __init__(self, out_dir: str) -> None:
        self.out_dir = out_dir
        self._made: set[Path] = set()

    def target(self, rel: str) -> Path:
        return output_path(self.out_dir, rel)

    def exists(self, rel: str) -> bool:
        return self.target(rel).exists()

    def write(self, rel: str, text: str) -> None:
        target = self.target(rel)
        folder = target.parent
        if folder not in self._made:
            folder.mkdir(parents=True, exist_ok=True)
            self._made.add(folder)
        write_atomic(target, text)


class StreamSink:
    """Writes each record and a newline to a binary stream (stdout), flushed at once."""

    def __init__(self, stream: BinaryIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stdout.buffer

    def write(self, rel: str, text: str) -> None:
        self.stream.write(text.encode("utf-8", "surrogateescape") + b"\n")
        self.stream.flush()
