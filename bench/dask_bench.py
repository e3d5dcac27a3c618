"""The batch on a Dask cluster beside the local process pool, on copies of Reuters stories.

    .venv/bin/python bench/dask_bench.py                 # 20,000 files, 2 workers each way
    .venv/bin/python bench/dask_bench.py --files 5000 --jobs 4

Copies the stories of shared/corpora/reuters21578-dev into nested temporary folders
(100 files a folder, two levels), then parses them all three ways, each writing JSON
Lines: the local batch (``newsparse.batch.render_many``, ``--jobs`` processes), the
Dask path end to end (``newsparse.dask.run_on_cluster`` with ``--scheduler local``,
cluster start included), and the Dask path on an already running cluster (files per
second of the parse alone, and each worker's peak memory). Figures depend on the load of
the machine: the load average is printed beside them.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578-dev" / "articles"
FILES_PER_FOLDER = 100


def make_tree(top: Path, count: int) -> list[str]:
    """``count`` copies of the corpus stories in ``top/NN/NN/NNNNNN.txt``, sorted."""
    stories = sorted(CORPUS.glob("*.txt"))
    if not stories:
        sys.exit(f"no stories in {CORPUS}")
    paths = []
    for i in range(count):
        folder = top / f"{i // (FILES_PER_FOLDER * 100):02d}" / f"{i // FILES_PER_FOLDER % 100:02d}"
        if i % FILES_PER_FOLDER == 0:
            folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{i:06d}.txt"
        shutil.copyfile(stories[i % len(stories)], target)
        paths.append(str(target))
    return paths


class ChildMemory:
    """Samples the memory of this process's descendants (pool workers are grandchildren)."""

    def __init__(self, every: float = 0.2) -> None:
        import psutil  # installed with distributed

        self.me = psutil.Process()
        self.every = every
        self.peaks: dict[int, int] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.sample, daemon=True)

    def sample(self) -> None:
        import psutil

        while not self.stop.wait(self.every):
            for child in self.me.children(recursive=True):
                with contextlib.suppress(psutil.Error):
                    rss = child.memory_info().rss
                    self.peaks[child.pid] = max(rss, self.peaks.get(child.pid, 0))

    def __enter__(self) -> ChildMemory:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()

    def top(self, count: int) -> list[float]:
        """The ``count`` largest peaks in MB (the workers, not the small helper processes)."""
        return [rss / 2**20 for rss in sorted(self.peaks.values(), reverse=True)[:count]]


def run_local(paths: list[str], out: Path, jobs: int) -> tuple[float, list[float]]:
    from newsparse.batch import Job, Task, render_many
    from newsparse.options import Options

    start = time.perf_counter()
    with out.open("w", encoding="utf-8") as sink, ChildMemory() as memory:
        tasks = (Task(p, p) for p in paths)
        for _, rendered in render_many(tasks, Job(Options()), jobs=jobs):
            sink.write(rendered.json + "\n")
    return time.perf_counter() - start, memory.top(jobs)


def run_cluster_end_to_end(paths: list[str], out: Path, jobs: int, scheduler: str) -> float:
    from newsparse.dask import run_on_cluster
    from newsparse.options import Options

    start = time.perf_counter()
    files, errors = run_on_cluster(
        paths,
        Options(),
        scheduler=scheduler,
        jobs=jobs,
        out_dir=str(out),
        timeout=30.0,
        progress=False,
    )
    assert (files, errors) == (len(paths), 0), (files, errors)
    return time.perf_counter() - start


def start_cluster(jobs: int, scheduler: str) -> tuple[Any, Any]:
    from distributed import Client, LocalCluster

    if scheduler != "local":
        return None, Client(scheduler)
    cluster = LocalCluster(
        n_workers=jobs,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
    )
    return cluster, Client(cluster)


def run_cluster_warm(paths: list[str], out: Path, workers: int) -> float:
    """Seconds to parse and write on the current client's cluster (as run_on_cluster does)."""
    from newsparse.dask import DEFAULT_PARTITION_SIZE, TASKS_PER_WORKER, parse_paths, write_parts
    from newsparse.options import Options

    size = min(DEFAULT_PARTITION_SIZE, -(-len(paths) // (workers * TASKS_PER_WORKER)))
    start = time.perf_counter()
    bag = parse_paths(paths, Options(), partition_size=size, timeout=30.0)
    summary = write_parts(bag, str(out))
    elapsed = time.perf_counter() - start
    assert (summary.files, summary.errors) == (len(paths), 0)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=4, help="alternations of the two runs")
    parser.add_argument("--scheduler", default="local", help="local, or tcp://HOST:8786")
    parser.add_argument(
        "--end-to-end", action="store_true", help="also time run_on_cluster, cluster start included"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="newsparse-dask-bench-") as tmp:
        top = Path(tmp)
        paths = make_tree(top / "in", args.files)
        n = len(paths)
        print(
            f"{n} files ({sum(Path(p).stat().st_size for p in paths) / 1e6:.1f} MB) "
            f"in {len({Path(p).parent for p in paths})} folders; "
            f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} before"
        )
        start = time.perf_counter()
        cluster, client = start_cluster(args.jobs, args.scheduler)
        started = time.perf_counter() - start
        workers = len(client.scheduler_info()["workers"])
        from newsparse.dask import parse_partition
        from newsparse.options import Options

        client.run(parse_partition, paths[:1], Options())  # recognisers imported, lists loaded
        # The two runs alternate over slices of the files, so both see the same machine load.
        step = -(-n // args.rounds)
        local_s = dask_s = 0.0
        local_peaks: list[float] = []
        for r, first in enumerate(range(0, n, step)):
            part = paths[first : first + step]
            elapsed, peaks = run_local(part, top / f"local-{r}.jsonl", args.jobs)
            local_s += elapsed
            local_peaks = [max(a, b) for a, b in zip(peaks, local_peaks, strict=False)] or peaks
            dask_s += run_cluster_warm(part, top / f"dask-{r}", workers)
        from newsparse.dask import worker_stats

        stats = client.run(worker_stats)
        start = time.perf_counter()
        client.close()
        if cluster is not None:
            cluster.close()
        stopped = time.perf_counter() - start

        print(
            f"local batch, {args.jobs} processes: {n / local_s:6.0f} files/s ({local_s:.1f} s); "
            f"peak worker RSS (sampled) {', '.join(f'{m:.0f}' for m in local_peaks)} MB"
        )
        print(
            f"dask {args.scheduler}, {workers} workers:  {n / dask_s:6.0f} files/s ({dask_s:.1f} s; "
            f"cluster start {started:.1f} s, stop {stopped:.1f} s, not included)"
        )
        for address, s in sorted(stats.items()):
            print(
                f"  worker {address} pid {s['pid']}: peak RSS {s['peak_rss_bytes'] / 2**20:.0f} MB, "
                f"parser contexts built {s['context_builds']}"
            )
        local_lines = b"".join(
            (top / f"local-{r}.jsonl").read_bytes() for r in range(args.rounds)
        ).splitlines()
        dask_lines = b"".join(
            p.read_bytes()
            for r in range(args.rounds)
            for p in sorted((top / f"dask-{r}").glob("*.jsonl"))
        ).splitlines()
        differ = sum(a != b for a, b in zip(local_lines, dask_lines, strict=True))
        print(f"records differing between the two: {differ} of {n}")
        if args.end_to_end:
            e2e = run_cluster_end_to_end(paths, top / "e2e", args.jobs, args.scheduler)
            print(
                f"run_on_cluster end to end: {n / e2e:6.0f} files/s ({e2e:.1f} s, "
                "cluster start and stop included)"
            )
        print(f"load average {os.getloadavg()[0]:.1f} after")


if __name__ == "__main__":
    main()
