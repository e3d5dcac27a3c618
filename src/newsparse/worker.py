"""One file to one JSON record, never raising: the unit of work of a batch.

The same functions run in the main process (``-j 1``, a single input) and in worker
processes, so both give identical output. A failure of any kind (unreadable, too large,
binary, over the time limit, a bug in a recogniser) becomes an *error record* whose
``error.message`` is also the one-line reason printed on stderr.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from types import FrameType
from typing import Any, NamedTuple

from .api import parse
from .article import SourceInfo
from .errors import InputTooLarge, NewsparseError
from .options import Options
from .pipeline import build_context, stages
from .serialize import error_record

LOGGER = logging.getLogger(__name__)

# A worker whose parse ignores the soft limit (stuck inside one call into C) is killed
# by SIGPROF after this much CPU time beyond it; the batch turns the death into an error
# record. Generous, so that a file only slightly over the soft limit is never killed.
HARD_LIMIT_FACTOR = 2.0
HARD_LIMIT_EXTRA_SECONDS = 5.0


class TimeLimitExceeded(NewsparseError):
    """One input took longer than the per-file time limit."""

    kind = "timeout"


class Task(NamedTuple):
    """One input of a batch: where to read it, its output name, its own reference date."""

    path: str
    rel: str
    reference_date: date | None = None


@dataclass(frozen=True, slots=True)
class Job:
    """What every file of a batch shares; sent once to each worker process (picklable)."""

    options: Options
    with_text: bool = False
    pretty: bool = False
    timeout: float = 30.0  # seconds per file; 0 means no limit
    log_level: int | None = None  # configure logging in workers (from -v), or leave it


@dataclass(frozen=True, slots=True)
class Outcome:
    """One input's result: a record (a result or an error record) and the error message if any."""

    path: str
    record: dict[str, Any]
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Rendered:
    """One input's record as JSON text (no trailing newline) and its error message if any."""

    path: str
    json: str
    error: str | None = None


def dumps(record: dict[str, Any], pretty: bool = False) -> str:
    """The record as JSON text: compact (one line) or indented; non-ASCII kept as is."""
    if pretty:
        return json.dumps(record, ensure_ascii=False, indent=2)
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def parse_path(path: str, options: Options, *, with_text: bool = False) -> Outcome:
    """Parse one file, never raising: a failure becomes an error record.

    The size limit (``options.max_input_bytes``) is checked before reading.
    """
    try:
        with open(path, "rb") as fh:  # noqa: PTH123 - fstat on the open file
            limit = options.max_input_bytes
            size = os.fstat(fh.fileno()).st_size
            if size > limit:
                return failure(
                    path, InputTooLarge(f"input is {size} bytes, over the limit of {limit}")
                )
            data = fh.read(limit + 1)  # a growing file or a pipe: never read past the limit
    except OSError as exc:
        return failure(path, exc)
    if len(data) > options.max_input_bytes:
        return failure(
            path, InputTooLarge(f"input is over the limit of {options.max_input_bytes} bytes")
        )
    return parse_bytes(data, path, options, with_text=with_text)


def parse_bytes(data: bytes, path: str, options: Options, *, with_text: bool = False) -> Outcome:
    """Parse raw bytes, never raising: a failure becomes an error record."""
    try:
        article = parse(data, path=path, options=options)
        return Outcome(path, article.to_dict(with_text=with_text))
    except Exception as exc:  # the batch edge: one bad file never stops the run
        return failure(path, exc, data)


def failure(path: str, exc: BaseException, data: bytes | None = None) -> Outcome:
    """The error record and one-line message for an input that failed with ``exc``."""
    if isinstance(exc, NewsparseError):
        kind, message = exc.kind, str(exc)
    elif isinstance(exc, OSError):
        kind, message = "io", f"cannot read: {exc.strerror or exc}"
    else:
        kind, message = "internal", f"internal error: {type(exc).__name__}: {exc}"
        LOGGER.debug("%s: internal error", path, exc_info=exc)
    message = " ".join(message.split()) or kind
    sha = None if data is None else hashlib.sha256(data).hexdigest()
    info = SourceInfo(path=path, format="text", encoding=None, sha256=sha)
    return Outcome(path, error_record(info, kind, message), message)


def render_task(task: Task, job: Job, *, hard_limit: bool = False) -> Rendered:
    """Parse ``task.path`` under the time limit and render its record."""
    options = _options_for(job.options, task.reference_date)
    try:
        with time_limit(job.timeout, hard=hard_limit):
            outcome = parse_path(task.path, options, with_text=job.with_text)
            text = dumps(outcome.record, job.pretty)
    except TimeLimitExceeded as exc:  # struck outside the parse's own error handling
        outcome = failure(task.path, exc)
        text = dumps(outcome.record, job.pretty)
    return Rendered(task.path, text, outcome.error)


def render_data(data: bytes, task: Task, job: Job) -> Rendered:
    """Like :func:`render_task` for bytes already read (standard input)."""
    options = _options_for(job.options, task.reference_date)
    if len(data) > options.max_input_bytes:  # read only up to one byte over the limit
        size_error = InputTooLarge(f"input is over the limit of {options.max_input_bytes} bytes")
        outcome = failure(task.path, size_error)
        return Rendered(task.path, dumps(outcome.record, job.pretty), outcome.error)
    try:
        with time_limit(job.timeout):
            outcome = parse_bytes(data, task.path, options, with_text=job.with_text)
            text = dumps(outcome.record, job.pretty)
    except TimeLimitExceeded as exc:
        outcome = failure(task.path, exc, data)
        text = dumps(outcome.record, job.pretty)
    return Rendered(task.path, text, outcome.error)


def died(task: Task, job: Job) -> Rendered:
    """The record of an input whose worker process died (crash, memory kill, hard limit)."""
    message = "the worker process parsing this file died (crash, out of memory or hard time limit)"
    outcome = failure(task.path, _WorkerDied(message))
    return Rendered(task.path, dumps(outcome.record, job.pretty), outcome.error)


class _WorkerDied(NewsparseError):
    kind = "worker_died"


@lru_cache(maxsize=1024)
def _options_for(options: Options, reference_date: date | None) -> Options:
    if reference_date is None or reference_date == options.reference_date:
        return options
    return replace(options, reference_date=reference_date)


@contextmanager
def time_limit(seconds: float, *, hard: bool = False) -> Iterator[None]:
    """Raise :class:`TimeLimitExceeded` in this block after ``seconds`` of wall time.

    Works in the main thread on POSIX (SIGALRM); elsewhere the block runs unlimited.
    With ``hard`` (worker processes only), SIGPROF at its default action also kills the
    process if the parse is stuck where the soft limit cannot reach it.
    """
    if seconds <= 0 or not _can_alarm():
        yield
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise TimeLimitExceeded(f"over the per-file time limit of {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    if hard:
        hard_seconds = seconds * HARD_LIMIT_FACTOR + HARD_LIMIT_EXTRA_SECONDS
        signal.setitimer(signal.ITIMER_PROF, hard_seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        if hard:
            signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGALRM, previous)


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


# State of a worker process, set once by the pool's initializer.
_JOB: list[Job] = []


def init_worker(job: Job) -> None:
    """Pool initializer: build the parser context once per worker process."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    if hasattr(signal, "SIGPROF"):
        signal.signal(signal.SIGPROF, signal.SIG_DFL)  # the hard limit ends the process
    if job.log_level is not None:
        logging.basicConfig(
            level=job.log_level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s"
        )
    _JOB[:] = [job]
    stages()  # import every recogniser now, not on the first file
    build_context(job.options)


def work(task: Task) -> Rendered:
    """What a worker process does for one task (after :func:`init_worker`)."""
    return render_task(task, _JOB[0], hard_limit=True)
