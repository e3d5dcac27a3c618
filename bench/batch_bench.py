"""Batch benchmark: files per second and peak memory of `parse -r` on 5,000 and 20,000 files.

    python bench/batch_bench.py                    # the Reuters dev stories, to 20,000 files
    python bench/batch_bench.py --jobs 2 1 --keep  # keep the generated tree (printed)

Builds a tree of copies of the corpus stories in nested folders under a temporary folder
(``a/`` holds the first 5,000 files, ``b/`` the rest), then runs ``parse -r -q -j N`` on
``a`` (5,000 files) and on ``a b`` (20,000 files) for each N. For every run it prints
wall seconds, files per second, the CPU seconds of the whole process tree (workers
polled from /proc) and of the main process alone (the batch layer's own cost), and
the peak resident memory of the largest single process (the main process or any
worker), polled from /proc; ``getrusage(RUSAGE_CHILDREN)`` backs up the figure for
workers that ended between two polls. Memory must stay flat from 5,000 to 20,000
files. On a busy machine files/s falls with the load; files per CPU second does not
(much). Linux only.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578-dev" / "articles"
FOLDERS = 50  # files spread over copy/NN/ folders
POLL_SECONDS = 0.05
TICKS = os.sysconf("SC_CLK_TCK")


def build_tree(dest: Path, corpus: Path, total: int, first: int) -> None:
    """``total`` copies of the corpus files: the first ``first`` under a/, the rest under b/."""
    stories = sorted(p for p in corpus.iterdir() if p.is_file())
    made = 0
    copy = 0
    while made < total:
        for i, story in enumerate(stories):
            if made >= total:
                break
            half = "a" if made < first else "b"
            folder = dest / half / f"copy{copy}" / f"{i % FOLDERS:02d}"
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(story, folder / story.name)
            made += 1
        copy += 1


def _tree(root_pid: int) -> list[int]:
    """The process and all its descendants (a forkserver's workers included)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [root_pid]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def _cpu_seconds(pid: int) -> float:
    """User plus system CPU time of one process so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS


def _peak_kb(pid: int) -> int:
    """VmHWM: the peak resident set of one process so far, in kB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(cmd: list[str]) -> dict[str, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_main = peak_any = 0
    cpu_seen: dict[int, float] = {}  # last CPU time seen per process (workers come and go)
    while proc.poll() is None:
        for pid in _tree(proc.pid):
            cpu_seen[pid] = max(cpu_seen.get(pid, 0.0), _cpu_seconds(pid))
            kb = _peak_kb(pid)
            peak_any = max(peak_any, kb)
            if pid == proc.pid:
                peak_main = max(peak_main, kb)
        time.sleep(POLL_SECONDS)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    _, err = proc.communicate()
    if proc.returncode not in (0, 1):
        sys.stderr.write(err.decode("utf-8", "replace")[-2000:])
        raise SystemExit(f"batch_bench: {' '.join(cmd)} exited {proc.returncode}")
    # The main process's own figure comes from getrusage after it ended; the workers'
    # (children of a forkserver, never waited for by it) from the last /proc poll.
    main_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    cpu = main_cpu + sum(v for pid, v in cpu_seen.items() if pid != proc.pid)
    peak_any = max(peak_any, after.ru_maxrss if after.ru_maxrss > before.ru_maxrss else 0)
    return {
        "wall": wall,
        "cpu": cpu,
        "main_cpu": main_cpu,
        "peak_main_mb": peak_main / 1024,
        "peak_mb": peak_any / 1024,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="folder of article files")
    ap.add_argument("--files", type=int, default=20_000, help="files in the whole tree")
    ap.add_argument("--first", type=int, default=5_000, help="files in the smaller run")
    ap.add_argument("--jobs", type=int, nargs="+", default=[2, 1], help="-j values to run")
    ap.add_argument("--keep", action="store_true", help="keep the generated tree")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="newsparse-bench-"))
    try:
        t0 = time.perf_counter()
        build_tree(tmp, args.corpus, args.files, args.first)
        print(f"tree: {args.files} files under {tmp} ({time.perf_counter() - t0:.1f} s to build)")
        print(f"cores: {os.cpu_count()}  load average: {os.getloadavg()[0]:.2f}")
        print(f"{'files':>6} {'-j':>3} {'wall s':>7} {'files/s':>8} {'cpu s':>7} "
              f"{'files/cpu-s':>11} {'main cpu s':>10} {'peak MB (largest)':>18} {'peak MB (main)':>15}")  # fmt: skip
        for jobs in args.jobs:
            for files, dirs in ((args.first, ["a"]), (args.files, ["a", "b"])):
                cmd = [sys.executable, "-m", "newsparse", "-r", "-q", "-j", str(jobs)]
                fig = run(cmd + [str(tmp / d) for d in dirs])
                print(f"{files:>6} {jobs:>3} {fig['wall']:>7.2f} {files / fig['wall']:>8.0f} "
                      f"{fig['cpu']:>7.2f} {files / fig['cpu']:>11.0f} {fig['main_cpu']:>10.2f} "
                      f"{fig['peak_mb']:>18.1f} {fig['peak_main_mb']:>15.1f}", flush=True)  # fmt: skip
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
