"""What one Dask task does: parse a partition of files, write one JSON Lines part file.

A task is a partition of files, never one file, so the scheduler's per-task cost is
spread over many parses. Both functions run on the workers and import no dask.
"""

from __future__ import annotations

import json
import logging
import os
import resource
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..article import SourceInfo
from ..batch import Outcome, parse_path
from ..options import Options
from ..pipeline import build_context
from ..serialize import error_record
from .timelimit import FileTimeLimit, Watchdog

LOGGER = logging.getLogger(__name__)

PART_PREFIX = "part-"
PART_SUFFIX = ".jsonl"


@dataclass(frozen=True, slots=True)
class PartResult:
    """One written part file: its name, how many records, and the inputs that failed."""

    index: int
    name: str
    records: int
    failures: tuple[tuple[str, str], ...]  # (path, message), in input order


def parse_partition(
    paths: Iterable[str],
    options: Options,
    time_limit: float | None = None,
    with_text: bool = False,
) -> list[dict[str, Any]]:
    """One record per path, in order; a failing file gives its error record, never raises."""
    build_context(options)  # once per worker process and options value (cached)
    if time_limit is None:
        return [parse_path(p, options, with_text=with_text).record for p in paths]
    records = []
    with Watchdog(time_limit) as watchdog:
        for path in paths:
            try:
                outcome = watchdog.call(parse_path, path, options, with_text=with_text)
            except FileTimeLimit:  # struck outside the parse's own error handling
                outcome = _timeout_outcome(path)
            records.append(_name_the_limit(outcome, time_limit).record)
    return records


def _timeout_outcome(path: str) -> Outcome:
    exc = FileTimeLimit()
    info = SourceInfo(path=path, format="text", encoding=None, sha256=None)
    return Outcome(path, error_record(info, exc.kind, str(exc)), str(exc))


def _name_the_limit(outcome: Outcome, time_limit: float) -> Outcome:
    error = outcome.record.get("error")
    if error is None or error.get("type") != FileTimeLimit.kind:
        return outcome
    message = f"over the per-file time limit of {time_limit:g} s"
    error["message"] = message
    LOGGER.warning("%s: %s", outcome.path, message)
    return Outcome(outcome.path, outcome.record, message)


def died_record(path: str) -> dict[str, Any]:
    """The record of a file whose parse killed every worker it was given to."""
    message = "the worker process parsing this file died (crash, out of memory or hard time limit)"
    info = SourceInfo(path=path, format="text", encoding=None, sha256=None)
    return error_record(info, "worker_died", message)


def part_name(index: int, width: int) -> str:
    """``part-00000.jsonl``; wider numbers when there are more parts, so names sort in order."""
    return f"{PART_PREFIX}{index:0{width}d}{PART_SUFFIX}"


def write_part(
    records: Iterable[dict[str, Any]], out_dir: str, index: int, width: int
) -> PartResult:
    """Write one part file atomically: a rerun of the task (a worker died) replaces it whole."""
    name = part_name(index, width)
    target = Path(out_dir) / name
    temp = target.with_name(f".{name}.{os.getpid()}.tmp")  # hidden from `*.jsonl` readers
    failures: list[tuple[str, str]] = []
    count = 0
    with temp.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
            count += 1
            error = record.get("error")
            if error is not None:
                failures.append((str(record["source"]["path"]), str(error["message"])))
    temp.replace(target)
    return PartResult(index, name, count, tuple(failures))


def worker_stats() -> dict[str, int]:
    """This process's id, how many parser contexts it built, and its peak memory in bytes."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "pid": os.getpid(),
        "context_builds": build_context.cache_info().misses,
        "peak_rss_bytes": peak if sys.platform == "darwin" else peak * 1024,
    }
