"""The cluster side of :func:`newsparse.dask.run_on_cluster`: connecting, rescuing, reporting.

Imported only once dask and distributed are known to be installed.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TextIO

from ..errors import NewsparseError
from ..options import Options
from .partitions import PartResult, died_record, parse_partition

if TYPE_CHECKING:
    from distributed import Client

LOGGER = logging.getLogger(__name__)

WORKER_WAIT_SECONDS = 60  # how long a scheduler with no workers is given to get one
CONNECT_SECONDS = 30  # how long to try reaching a scheduler address
PROGRESS_STEPS = 20  # progress lines per run at most (one per 5 % of the parts)


class ClusterError(NewsparseError):
    """The cluster cannot run the batch: unreachable scheduler, no workers, unshared folder."""

    kind = "cluster"


def one_by_one(
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
def connect(scheduler: str, jobs: int) -> Iterator[Client]:
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


class Report:
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
