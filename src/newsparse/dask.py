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

import contextlib
import logging
import math
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .distributed.partitions import (
    PART_PREFIX,
    PART_SUFFIX,
    PartResult,
    died_record,
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
PROGRESS_STEPS = 20  # progress lines per run at most (one per 5 % of the parts)
WORKER_WAIT_SECONDS = 60  # how long a scheduler with no workers is given to get one
CONNECT_SECONDS = 30  # how long to try reaching a scheduler address


class DaskUnavailable(NewsparseError):
    """dask or distributed is not installed."""

    kind = "dask_unavailable"


class ClusterError(NewsparseError):
    """The cluster cannot run the batch: unreachable scheduler, no workers, unshared folder."""

    kind = "cluster"


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
            record. ``None``: no limit.

    Raises:
        DaskUnavailable: dask or distributed is not installed.
    """
    _require()
    import dask.bag as db

    if partition_size < 1:
        raise ValueError("partition_size: must be at least 1 file")
    if timeout is not None and timeout <= 0:
        raise ValueError("timeout: must be a positive number of seconds or None")
    files = input_files(paths)
    if STDIN in files:
        raise ValueError("standard input cannot be parsed on a cluster: give file paths")
    bag: dask.bag.Bag = db.from_sequence(files, partition_size=partition_size)
    records: dask.bag.Bag = bag.map_partitions(
        parse_partition, options or Options(), timeout, with_text
    )
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
        timeout: per-file time limit in seconds, or ``None``.
        progress: write the cluster's progress (parts and files done) to stderr.

    Each failed input also gives one stderr line ``parse: PATH: reason``, as locally.

    Raises:
        DaskUnavailable: dask or distributed is not installed.
        ClusterError: the scheduler cannot be reached, has no workers, or the workers
            cannot write to ``out_dir``.
    """
    _require()
    files = input_files(paths)
    with _client(scheduler, jobs) as client:
        workers = max(1, len(client.scheduler_info()["workers"]))
        size = partition_size or max(
            1, min(DEFAULT_PARTITION_SIZE, math.ceil(len(files) / (workers * TASKS_PER_WORKER)))
        )
        bag = parse_paths(files, options, partition_size=size, timeout=timeout, with_text=with_text)
        chunks = [files[start : start + size] for start in range(0, len(files), size)]

        def one_by_one(index: int) -> list[dict[str, Any]]:
            return _one_by_one(client, chunks[index], options, timeout, with_text)

        report = _Report(sys.stderr, len(files), bag.npartitions, show_progress=progress)
        with client.as_current():
            summary = write_parts(bag, out_dir, on_part=report, rescue=one_by_one)
    return summary.files, summary.errors


def _one_by_one(
    client: Client, paths: list[str], options: Options, timeout: float | None, with_text: bool
) -> list[dict[str, Any]]:
    """A lost partition again, one task per file, as the local batch does after a crash.

    Files whose task was lost too (the culprit, and any file that shared its worker) are
    run once more one at a time: only a file that kills its worker alone gets a
    ``worker_died`` error record.
    """
    from distributed import KilledWorker

    def submit(path: str) -> Any:
        return client.submit(
            parse_partition, [path], options, timeout, with_text, pure=False, retries=0
        )

    found: dict[str, list[dict[str, Any]]] = {}
    suspects = []
    futures = [submit(p) for p in paths]
    for path, future in zip(paths, futures, strict=True):
        try:
            found[path] = future.result()
        except KilledWorker:
            suspects.append(path)
        future.release()  # a result held by a worker that dies later is not computed again
    del futures
    for path in suspects:
        future = submit(path)
        try:
            found[path] = future.result()
        except KilledWorker:
            LOGGER.warning("%s: the worker process parsing it died", path)
            found[path] = [died_record(path)]
        future.release()
    return [record for path in paths for record in found[path]]


@contextlib.contextmanager
def _client(scheduler: str, jobs: int) -> Iterator[Client]:
    from distributed import Client, LocalCluster

    if scheduler == "local":
        workers = jobs if jobs > 0 else (os.cpu_count() or 1)
        with (
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,  # no dashboard; its plain HTTP routes on a free port:
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = Client(scheduler, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    with client:
        if not client.scheduler_info()["workers"]:
            try:
                client.wait_for_workers(1, timeout=WORKER_WAIT_SECONDS)
            except TimeoutError as exc:
                raise ClusterError(
                    f"the scheduler at {scheduler} has no workers; start some with: "
                    f"dask worker {scheduler}"
                ) from exc
        yield client


class _Report:
    """Called per written part: failure lines always, progress lines when asked."""

    def __init__(self, stream: TextIO, files: int, parts: int, *, show_progress: bool) -> None:
        self.stream = stream
        self.files = files
        self.parts = parts
        self.show_progress = show_progress
        self.step = max(1, math.ceil(parts / PROGRESS_STEPS))
        self.done_parts = 0
        self.done_files = 0
        self.errors = 0

    def __call__(self, part: PartResult) -> None:
        self.done_parts += 1
        self.done_files += part.records
        self.errors += len(part.failures)
        for path, message in part.failures:
            self.stream.write(f"parse: {path}: {message}\n")
        if self.show_progress and (
            self.done_parts % self.step == 0 or self.done_parts == self.parts
        ):
            self.stream.write(
                f"parse: {self.done_files}/{self.files} files, "
                f"{self.done_parts}/{self.parts} tasks done, {self.errors} failed\n"
            )
        self.stream.flush()
