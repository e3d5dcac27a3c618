"""The batch on a Dask cluster: ``parse --scheduler tcp://HOST:8786 PATH... -o OUT_DIR``.

Files are parsed in partitions (one Dask task parses many files), each worker process
builds its parser context once, and a failing file gives its error record as in the
local batch. The records are written as JSON Lines part files in input order
(``part-00000.jsonl``, ``part-00001.jsonl``, ...), a folder DuckDB
(``read_json('OUT_DIR/*.jsonl')``), Spark or pandas read directly.

    bag = parse_paths(["archive/1987"], Options())   # a dask.bag.Bag of records
    summary = write_parts(bag, "out")                 # part files, counts, failures

dask and distributed are an optional extra (``pip install 'newsparse[dask]'``), imported
only when a function here is called: ``import newsparse`` never imports them.
"""

from __future__ import annotations

import logging
import math
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .distributed.cluster import ClusterError, Report, connect, one_by_one
from .distributed.partitions import (
    PART_PREFIX,
    PART_SUFFIX,
    PartResult,
    parse_partition,
    worker_stats,
    write_part,
)
from .distributed.timelimit import FileTimeLimit
from .errors import NewsparseError
from .options import Options
from .walk import STDIN, iter_inputs

if TYPE_CHECKING:
    import dask.bag
    from dask.delayed import Delayed
    from distributed import Client

__all__ = [
    "ClusterError",
    "DaskUnavailable",
    "FileTimeLimit",
    "PartResult",
    "PartsSummary",
    "input_files",
    "parse_paths",
    "run_on_cluster",
    "worker_stats",
    "write_parts",
]

LOGGER = logging.getLogger(__name__)

INSTALL_HINT = "pip install 'newsparse[dask]'"
DEFAULT_PARTITION_SIZE = 1000  # files per task: about half a second of parsing on one core
TASKS_PER_WORKER = 4  # small batches still spread over every worker, and a lost task is cheap


class DaskUnavailable(NewsparseError):
    """dask or distributed is not installed."""

    kind = "dask_unavailable"


@dataclass(frozen=True, slots=True)
class PartsSummary:
    """What :func:`write_parts` wrote: the part files in order, and the counts."""

    out_dir: str
    parts: tuple[str, ...]  # file names inside out_dir, in input order
    files: int
    errors: int
    failures: tuple[tuple[str, str], ...]  # (path, message) of each failed input, in order


def _require() -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise DaskUnavailable(
            f"running on a Dask cluster needs dask and distributed ({exc}); "
            f"install them with: {INSTALL_HINT}"
        ) from exc


def input_files(paths: Iterable[str]) -> list[str]:
    """Files as given; directories expanded to their files, sorted (:mod:`newsparse.walk`)."""
    return [found.path for found in iter_inputs(paths)]


def parse_paths(
    paths: Iterable[str],
    options: Options | None = None,
    *,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    timeout: float | None = None,
    with_text: bool = False,
) -> dask.bag.Bag:
    """A bag of output records, one per input file in input order, error records included.

    Args:
        paths: files or directories;
            the workers read them, so they must be paths the workers see.
            Directories give the files directly in them (:func:`input_files`).
        partition_size: files per task.
        timeout: per-file time limit in seconds; a file over it gives a ``timeout`` error
            record. ``None`` or 0: no limit.

    Raises:
        DaskUnavailable: dask or distributed is not installed.
    """
    _require()
    if partition_size < 1:
        raise ValueError("partition_size: must be at least 1 file")
    return _records(
        input_files(paths), options or Options(), partition_size, _time_limit(timeout), with_text
    )


def _time_limit(timeout: float | None) -> float | None:
    """``None`` or 0: no limit, as for the local batch."""
    if timeout is not None and timeout < 0:
        raise ValueError("timeout: must be a number of seconds (0 or None: no limit)")
    return timeout or None


def _records(
    files: list[str],
    options: Options,
    partition_size: int,
    timeout: float | None,
    with_text: bool,
) -> dask.bag.Bag:
    import dask.bag as db

    if STDIN in files:
        raise ValueError("standard input cannot be parsed on a cluster: give file paths")
    bag: dask.bag.Bag = db.from_sequence(files, partition_size=partition_size)
    records: dask.bag.Bag = bag.map_partitions(parse_partition, options, timeout, with_text)
    return records


def write_parts(
    bag: dask.bag.Bag,
    out_dir: str,
    *,
    on_part: Callable[[PartResult], None] | None = None,
    rescue: Callable[[int], Iterable[dict[str, Any]]] | None = None,
) -> PartsSummary:
    """Write each partition of ``bag`` as ``OUT_DIR/part-NNNNN.jsonl``, in partition order.

    The workers write the files (each atomically, so a task rerun after a lost worker
    replaces its part whole); ``out_dir`` must therefore be a folder the workers share
    with this machine. Part files of an earlier run that this run does not produce are
    removed. Runs on the current ``distributed.Client`` if there is one, else on dask's
    default scheduler. ``on_part`` is called as each part is written.

    A partition whose task killed its workers (``distributed.KilledWorker``: a crash or
    the memory limit, again and again) fails the run, unless ``rescue`` is given: it is
    called with the partition's index, returns that partition's records some other way,
    and they are written from this machine.
    """
    _require()
    from dask import delayed

    out = str(Path(out_dir).resolve())
    Path(out).mkdir(parents=True, exist_ok=True)
    partitions: list[Delayed] = bag.to_delayed()
    width = max(5, len(str(len(partitions) - 1)))
    tasks = [
        delayed(write_part, pure=True)(part, out, index, width)
        for index, part in enumerate(partitions)
    ]

    def rescued(index: int) -> PartResult:
        assert rescue is not None
        return write_part(rescue(index), out, index, width)

    results = sorted(_compute(tasks, on_part, rescued if rescue else None), key=lambda r: r.index)
    names = tuple(r.name for r in results)
    missing = [n for n in names if not (Path(out) / n).is_file()]
    if missing:
        raise ClusterError(
            f"{len(missing)} part file(s) the workers wrote are not in {out} on this machine "
            f"(first: {missing[0]}): the output folder must be a path shared with the workers"
        )
    _remove_stale(Path(out), set(names))
    failures = tuple(f for r in results for f in r.failures)
    return PartsSummary(out, names, sum(r.records for r in results), len(failures), failures)


def _compute(
    tasks: Sequence[Delayed],
    on_part: Callable[[PartResult], None] | None,
    rescue: Callable[[int], PartResult] | None = None,
) -> list[PartResult]:
    client = _current_client()
    if client is None:
        import dask

        results: list[PartResult] = list(dask.compute(*tasks))
        for result in results:
            if on_part is not None:
                on_part(result)
        return results
    from distributed import KilledWorker, as_completed

    futures = client.compute(list(tasks))
    index_of = {future.key: index for index, future in enumerate(futures)}
    results = []
    try:
        for future in as_completed(futures):
            try:
                result = future.result()
            except KilledWorker:
                if rescue is None:
                    raise
                LOGGER.warning(
                    "part %d killed its workers: parsing its files one by one", index_of[future.key]
                )
                result = rescue(index_of[future.key])
            future.release()
            results.append(result)
            if on_part is not None:
                on_part(result)
    except BaseException:
        client.cancel(futures)
        raise
    return results


def _current_client() -> Client | None:
    from distributed import default_client

    try:
        client: Client = default_client()
    except ValueError:  # no client: dask's default scheduler
        return None
    return client


def _remove_stale(out: Path, keep: set[str]) -> None:
    for entry in out.iterdir():
        name = entry.name
        stale_part = name.startswith(PART_PREFIX) and name.endswith(PART_SUFFIX)
        left_temp = name.startswith("." + PART_PREFIX) and name.endswith(".tmp")
        if (stale_part and name not in keep) or left_temp:
            LOGGER.info("removing %s left by an earlier run", entry)
            entry.unlink(missing_ok=True)


def run_on_cluster(
    paths: list[str],
    options: Options,
    *,
    scheduler: str,
    jobs: int,
    out_dir: str,
    timeout: float | None,
    progress: bool,
    with_text: bool = False,
    partition_size: int | None = None,
) -> tuple[int, int]:
    """Parse ``paths`` on a Dask cluster into part files in ``out_dir``; returns (files, errors).

    Args:
        scheduler: a scheduler address (``tcp://host:8786``), or ``local`` to start a
            cluster of ``jobs`` worker processes on this machine for the run (``jobs``
            0: one per core; with an address the cluster's own workers are used).
        timeout: per-file time limit in seconds (``None`` or 0: no limit).
        progress: write the cluster's progress (parts and files done) to stderr.

    Each failed input also gives one stderr line ``parse: PATH: reason``, as locally.

    Raises:
        DaskUnavailable: dask or distributed is not installed.
        ClusterError: the scheduler cannot be reached, has no workers, or the workers
            cannot write to ``out_dir``.
    """
    _require()
    limit = _time_limit(timeout)
    files = input_files(paths)
    with connect(scheduler, jobs) as client:
        workers = max(1, len(client.scheduler_info()["workers"]))
        size = partition_size or max(
            1, min(DEFAULT_PARTITION_SIZE, math.ceil(len(files) / (workers * TASKS_PER_WORKER)))
        )
        bag = _records(files, options, size, limit, with_text)
        chunks = [files[start : start + size] for start in range(0, len(files), size)]

        def rescue(index: int) -> list[dict[str, Any]]:
            return one_by_one(client, chunks[index], options, limit, with_text)

        report = Report(sys.stderr, len(files), bag.npartitions, show_progress=progress)
        with client.as_current():
            summary = write_parts(bag, out_dir, on_part=report, rescue=rescue)
    return summary.files, summary.errors
