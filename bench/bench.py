"""The newsparse benchmark: throughput, latency, memory, time per stage, cold start.

Run from the project root with the project's interpreter::

    .venv/bin/python bench/bench.py                       # reuters21578-dev
    .venv/bin/python bench/bench.py --corpus ../shared/corpora/polnear-dev/articles
    .venv/bin/python bench/bench.py --hostile             # plus adversarial inputs
    .venv/bin/python bench/bench.py --limit 500 --profile parse.prof

Everything runs in this one process (the cold start excepted, which times a fresh
``parse`` process on the seed fixture). See bench/README.md for the figures' meaning.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import resource
import signal
import statistics
import subprocess
import sys
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

import newsparse
from newsparse.errors import NewsparseError
from newsparse.pipeline import stage_names

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578-dev" / "articles"
SEED_FIXTURE = ROOT / "fixtures" / "kurdistan24-baghdadi.txt"
COLD_START_TARGET = 0.25  # seconds for `parse` on the seed fixture
HOSTILE_RATIO_TARGET = 3.0  # the slowest hostile input, in s/MB, against the corpus rate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile import HOSTILE  # noqa: E402  (bench/ is not a package)


@dataclass
class Run:
    """Figures of one pass set over a corpus."""

    articles: int = 0
    errors: int = 0
    nbytes: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    stages: dict[str, float] = field(default_factory=dict)
    cpu_seconds: float = 0.0  # process CPU time: steadier than wall time on a busy machine


def load_corpus(folder: Path, limit: int | None) -> list[tuple[str, bytes]]:
    paths = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    if limit:
        paths = paths[:limit]
    return [(str(p), p.read_bytes()) for p in paths]


def run_corpus(docs: list[tuple[str, bytes]], repeat: int) -> Run:
    run = Run()
    parse = newsparse.parse
    cpu0 = time.process_time()
    for _ in range(repeat):
        for path, data in docs:
            t0 = time.perf_counter()
            try:
                article = parse(data, path=path, timed=True)
                article.to_dict()
            except NewsparseError:
                run.errors += 1
                continue
            finally:
                elapsed = time.perf_counter() - t0
                run.latencies.append(elapsed)
                run.seconds += elapsed
                run.articles += 1
                run.nbytes += len(data)
            for stage, seconds in (article.timings or {}).items():
                run.stages[stage] = run.stages.get(stage, 0.0) + seconds
    run.cpu_seconds = time.process_time() - cpu0
    return run


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def report_corpus(name: str, run: Run, rss_before: float) -> None:
    n = max(1, run.articles)
    print(f"corpus            {name}")
    print(f"articles          {run.articles} ({run.errors} error records)")
    print(f"articles/s        {run.articles / run.seconds:,.0f}")
    print(
        f"articles/s (CPU)  {run.articles / run.cpu_seconds:,.0f}  (per CPU second of this process)"
    )
    print(f"MB/s              {run.nbytes / 1e6 / run.seconds:.2f}")
    print(f"p50 / p95 ms      {percentile(run.latencies, 0.5) * 1e3:.3f} / "
          f"{percentile(run.latencies, 0.95) * 1e3:.3f}")  # fmt: skip
    print(f"max ms            {max(run.latencies) * 1e3:.1f}")
    print(f"peak RSS MB       {peak_rss_mb():.0f} (corpus loaded: {rss_before:.0f})")
    print("ms per article by stage:")
    staged = 0.0
    for stage in stage_names():
        seconds = run.stages.get(stage, 0.0)
        staged += seconds
        print(f"  {stage:18s}{seconds / n * 1e3:8.4f}")
    other = run.seconds - staged
    print(f"  {'(decode, layout,':18s}{other / n * 1e3:8.4f}  serialise)")


class Timeout(Exception):
    pass


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    def expire(signum: int, frame: FrameType | None) -> None:
        raise Timeout

    # CPU seconds of this process (ITIMER_PROF), not wall time: a busy machine does not
    # stop an input early.
    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def where_it_hung(exc: BaseException) -> str:
    """The innermost newsparse frame of a timed-out parse: file, line, function."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "newsparse" in f.filename]
    if not frames:
        return "?"
    f = frames[-1]
    return f"{Path(f.filename).name}:{f.lineno} {f.name}"


def run_hostile(size: int, normal_s_per_mb: float, limit_s: int) -> float:
    """Parse each hostile input once; print s/MB and the ratio to the corpus rate."""
    print(
        f"\nhostile inputs ({size / 1e6:.1f} MB each; CPU seconds; "
        f"corpus rate {normal_s_per_mb:.3f} s/MB)"
    )
    print(f"  {'input':44s}{'MB':>6s}{'s':>8s}{'s/MB':>8s}{'x':>7s}  slowest stage")
    worst = 0.0
    for name, make in HOSTILE.items():
        text = make(size)
        mb = len(text.encode("utf-8")) / 1e6
        gc.collect()
        t0 = time.process_time()
        try:
            with time_limit(limit_s):
                article = newsparse.parse(text, timed=True)
                article.to_dict()
        except Timeout as exc:
            print(f"  {name:44s}{mb:6.2f}{'>' + str(limit_s):>8s}{'':8s}{'':7s}  "
                  f"timed out in {where_it_hung(exc)}")  # fmt: skip
            worst = float("inf")
            continue
        seconds = time.process_time() - t0
        ratio = seconds / mb / normal_s_per_mb
        worst = max(worst, ratio)
        stage, stage_s = max((article.timings or {"-": 0.0}).items(), key=lambda kv: kv[1])
        print(f"  {name:44s}{mb:6.2f}{seconds:8.2f}{seconds / mb:8.3f}{ratio:7.1f}  "
              f"{stage} {stage_s:.2f} s")  # fmt: skip
    verdict = "ok" if worst <= HOSTILE_RATIO_TARGET else "OVER TARGET"
    print(f"worst/normal      {worst:.1f}x (target <= {HOSTILE_RATIO_TARGET:.0f}x: {verdict})")
    return worst


def parse_command() -> list[str]:
    script = Path(sys.executable).with_name("parse")
    return [str(script)] if script.exists() else [sys.executable, "-m", "newsparse"]


def cold_start(runs: int = 5) -> None:
    """Wall seconds of a fresh `parse` on the seed fixture, and of `import newsparse`.

    The processes may write and read bytecode (``PYTHONDONTWRITEBYTECODE`` is dropped
    from their environment, and a first run writes it), as they do after ``pip
    install``, which compiles it: else every process compiles the sources again (about
    80 ms), which no installed copy does."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([*parse_command(), str(SEED_FIXTURE)], check=True, capture_output=True, env=env)
    parse_times, import_times, cpu_times = [], [], []
    for _ in range(runs):
        t0, cpu0 = time.perf_counter(), _children_cpu()
        command = [*parse_command(), str(SEED_FIXTURE)]
        subprocess.run(command, check=True, capture_output=True, env=env)
        parse_times.append(time.perf_counter() - t0)
        cpu_times.append(_children_cpu() - cpu0)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import newsparse"], check=True, env=env)
        import_times.append(time.perf_counter() - t0)
    best, median = min(parse_times), statistics.median(parse_times)
    verdict = "ok" if median <= COLD_START_TARGET else "OVER TARGET"
    print(f"\ncold start        parse {SEED_FIXTURE.name}: median {median:.3f} s, best {best:.3f} s "
          f"(target <= {COLD_START_TARGET} s: {verdict}); "
          f"python -c 'import newsparse': median {statistics.median(import_times):.3f} s")  # fmt: skip
    print(
        f"cold start CPU    parse: median {statistics.median(cpu_times):.3f} s of CPU (user + system)"
    )


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, action="append", help="folder of articles (repeatable)")
    ap.add_argument("--repeat", type=int, default=1, help="passes over each corpus")
    ap.add_argument("--limit", type=int, default=None, help="first N files of each corpus")
    ap.add_argument("--profile", type=Path, help="write a cProfile of the corpus passes here")
    ap.add_argument("--hostile", action="store_true", help="also time the adversarial inputs")
    ap.add_argument("--hostile-size", type=int, default=5_000_000, help="bytes per input")
    ap.add_argument("--hostile-limit", type=int, default=60, help="CPU seconds before giving up")
    ap.add_argument("--no-cold-start", action="store_true", help="skip the subprocess timing")
    args = ap.parse_args(argv)

    corpora = args.corpus or [DEFAULT_CORPUS]
    newsparse.parse("WARM (Reuters) - Warm-up, he said.\n")  # data files, compiled patterns
    normal_s_per_mb = 0.0
    profiler = cProfile.Profile() if args.profile else None
    for number, folder in enumerate(corpora):
        docs = load_corpus(folder, args.limit)
        rss_before = peak_rss_mb()
        gc.collect()
        if profiler:
            profiler.enable()
        run = run_corpus(docs, args.repeat)
        if profiler:
            profiler.disable()
        if number:
            print()
        report_corpus(str(folder), run, rss_before)
        if number == 0:
            normal_s_per_mb = run.cpu_seconds / (run.nbytes / 1e6)
        del docs
    if profiler:
        profiler.dump_stats(args.profile)
        print(f"profile written   {args.profile} (python -m pstats {args.profile})")
    worst = 0.0
    if args.hostile:
        worst = run_hostile(args.hostile_size, normal_s_per_mb, args.hostile_limit)
    if not args.no_cold_start:
        cold_start()
    return 0 if worst <= HOSTILE_RATIO_TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
