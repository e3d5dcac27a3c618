"""Many inputs to one record each, in input order, in one process or a pool of them.

``render_many`` yields exactly one :class:`~newsparse.worker.Rendered` per task, in the
order of the tasks, whatever happens to a file or a worker:

* ``jobs == 1`` (or a batch too small to repay starting processes) parses in this
  process and gives output identical to a pool's.
* ``jobs > 1`` starts a ``ProcessPoolExecutor`` whose initializer builds the parser
  context once per worker, and feeds it bounded chunks (``jobs * CHUNK_PER_JOB`` tasks,
  at most ``CHUNKS_IN_FLIGHT`` of them submitted at a time), so memory stays flat
  however many files there are, and results stream out as soon as their turn comes.
  Workers are recycled after ``MAX_TASKS_PER_CHILD`` calls.
* A worker that dies (a crash, the memory killer, the hard time limit) breaks the
  pool; the tasks it left unanswered are run again one at a time in a fresh pool, so
  the one that kills its worker again gets an error record and the others their results.

Knows nothing about click; the CLI writes what this yields.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice

from .options import Options
from .worker import (
    Job,
    Outcome,
    Rendered,
    Task,
    died,
    init_worker,
    parse_bytes,
    parse_path,
    render_task,
    work,
)

__all__ = [
    "Job",
    "Outcome",
    "Rendered",
    "Task",
    "default_jobs",
    "parse_bytes",
    "parse_many",
    "parse_path",
    "render_many",
]

LOGGER = logging.getLogger(__name__)

# Below this many tasks a pool costs more to start (about half a second for the
# processes and their imports) than it saves: the batch runs in this process.
SMALL_BATCH = 200
CHUNK_PER_JOB = 32  # tasks per worker in one submitted chunk
CALLS_PER_JOB = 4  # each worker's share of a chunk is sent as this many calls (map chunksize)
CHUNKS_IN_FLIGHT = (
    6  # chunks queued ahead of the one being written out: workers never wait for the writer
)
MAX_TASKS_PER_CHILD = (
    2000  # calls (of CHUNK_PER_JOB / CALLS_PER_JOB tasks) before a worker is replaced
)


def default_jobs() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def render_many(
    tasks: Iterable[Task],
    job: Job,
    *,
    jobs: int = 1,
    small_batch: int = SMALL_BATCH,
) -> Iterator[tuple[Task, Rendered]]:
    """Each task with its rendered record, in task order; ``jobs`` 0 means all cores."""
    jobs = jobs or default_jobs()
    it = iter(tasks)
    if jobs == 1:
        yield from _in_process(it, job)
        return
    head = list(islice(it, small_batch))
    if len(head) < small_batch:
        LOGGER.debug("%d inputs: parsing in this process", len(head))
        yield from _in_process(iter(head), job)
        return
    yield from _pooled(chain(head, it), job, jobs)


def _in_process(tasks: Iterator[Task], job: Job) -> Iterator[tuple[Task, Rendered]]:
    for task in tasks:
        yield task, render_task(task, job)


def _new_pool(job: Job, jobs: int) -> ProcessPoolExecutor:
    methods = multiprocessing.get_all_start_methods()
    method = "forkserver" if "forkserver" in methods else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["newsparse.worker"])
    return ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=context,
        initializer=init_worker,
        initargs=(job,),
        max_tasks_per_child=MAX_TASKS_PER_CHILD,
    )


def _chunks(tasks: Iterator[Task], size: int) -> Iterator[list[Task]]:
    while chunk := list(islice(tasks, size)):
        yield chunk


def _pooled(tasks: Iterator[Task], job: Job, jobs: int) -> Iterator[tuple[Task, Rendered]]:
    chunk_size = jobs * CHUNK_PER_JOB
    calls = max(1, CHUNK_PER_JOB // CALLS_PER_JOB)
    chunks = _chunks(tasks, chunk_size)
    pool = _new_pool(job, jobs)
    pending: deque[tuple[list[Task], Iterator[Rendered]]] = deque()
    try:
        while True:
            while len(pending) < CHUNKS_IN_FLIGHT and (chunk := next(chunks, None)):
                pending.append((chunk, pool.map(work, chunk, chunksize=calls)))
            if not pending:
                return
            chunk, results = pending.popleft()
            done = 0
            try:
                for rendered in results:
                    yield chunk[done], rendered
                    done += 1
            except BrokenProcessPool:
                unanswered = chunk[done:] + [t for c, _ in pending for t in c]
                pending.clear()
                LOGGER.warning(
                    "a worker process died; running %d files again one at a time", len(unanswered)
                )
                pool.shutdown(wait=True, cancel_futures=True)
                pool = _new_pool(job, 1)
                for task in unanswered:
                    rendered, pool = _isolated(task, job, pool)
                    yield task, rendered
                pool.shutdown(wait=True)
                pool = _new_pool(job, jobs)
    finally:
        # Cancel what has not started; let the workers finish the files they hold, so no
        # worker is stopped halfway through writing a result (which can hang the pool).
        pool.shutdown(wait=True, cancel_futures=True)


def _isolated(
    task: Task, job: Job, pool: ProcessPoolExecutor
) -> tuple[Rendered, ProcessPoolExecutor]:
    """Run one task alone: if its worker dies, the task is the cause."""
    try:
        return pool.submit(work, task).result(), pool
    except BrokenProcessPool:
        LOGGER.warning("%s: the worker process died", task.path)
        pool.shutdown(wait=True)
        return died(task, job), _new_pool(job, 1)


def parse_many(
    paths: Iterable[str], options: Options, *, with_text: bool = False
) -> Iterator[Outcome]:
    """Exactly one Outcome per path, in order, in this process (the library's simple loop)."""
    for path in paths:
        yield parse_path(path, options, with_text=with_text)
