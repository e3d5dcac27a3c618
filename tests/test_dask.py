"""The batch on a Dask cluster: same records as the local batch, in order, exactly once.

The cluster tests start a ``distributed.LocalCluster`` of two worker processes on the
loopback interface; they are skipped when the ``dask`` extra is not installed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import newsparse.pipeline
from newsparse.batch import parse_many
from newsparse.dask import (
    INSTALL_HINT,
    ClusterError,
    DaskUnavailable,
    PartResult,
    _time_limit,
    input_files,
    parse_paths,
    run_on_cluster,
    worker_stats,
    write_parts,
)
from newsparse.distributed.partitions import parse_partition
from newsparse.distributed.timelimit import FileTimeLimit, Watchdog
from newsparse.options import Options

from .conftest import SHARED

REUTERS = SHARED / "corpora" / "reuters21578-dev" / "articles"

STORY = (
    "Oil prices rise {i}\n\n"
    'LONDON, March {day} (Reuters) - Oil rose on {i} fronts, "a strong week," a trader said.\n\n'
    "Prices had fallen for three days.\n"
)


def stories(folder: Path, count: int) -> list[str]:
    """``count`` article paths: Reuters stories when the shared corpus is there, else made."""
    if REUTERS.is_dir():
        return input_files([str(REUTERS)])[:count]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"{i:05d}.txt").write_text(STORY.format(i=i, day=i % 28 + 1), encoding="utf-8")
    return input_files([str(folder)])


def read_parts(out_dir: Path) -> list[dict[str, Any]]:
    records = []
    for part in sorted(out_dir.glob("*.jsonl")):
        with part.open(encoding="utf-8") as lines:
            records.extend(json.loads(line) for line in lines)
    return records


def local_records(paths: list[str], options: Options) -> list[dict[str, Any]]:
    return [outcome.record for outcome in parse_many(paths, options)]


# --- without a cluster --------------------------------------------------------------


def test_importing_newsparse_does_not_import_dask() -> None:
    code = (
        "import sys, newsparse, newsparse.batch, newsparse.cli, newsparse.dask\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_missing_extra_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # makes `import distributed` fail
    with pytest.raises(DaskUnavailable, match="pip install 'newsparse\\[dask\\]'") as info:
        run_on_cluster(
            ["x.txt"],
            Options(),
            scheduler="local",
            jobs=2,
            out_dir="out",
            timeout=None,
            progress=False,
        )
    assert INSTALL_HINT == "pip install 'newsparse[dask]'"
    assert info.value.kind == "dask_unavailable"


def spin(seconds: float) -> int:
    """Busy Python work (the time limit strikes between Python steps)."""
    end = time.monotonic() + seconds
    turns = 0
    while time.monotonic() < end:
        turns += 1
    return turns


def test_watchdog_stops_a_runaway_call_and_not_the_next_ones() -> None:
    with Watchdog(0.2) as watchdog:
        started = time.monotonic()
        with pytest.raises(FileTimeLimit, match="over the per-file time limit"):
            watchdog.call(spin, 30.0)
        assert time.monotonic() - started < 5.0
        assert watchdog.call(sum, [1, 2, 3]) == 6
        assert watchdog.call(spin, 0.05) > 0
    # nothing is left pending for this thread once the watchdog is closed
    assert spin(1.2) > 0


def test_watchdog_in_a_worker_thread() -> None:
    def runaway() -> str:
        with Watchdog(0.2) as watchdog:
            try:
                watchdog.call(spin, 30.0)
            except FileTimeLimit as exc:
                return exc.kind
        return "finished"

    with ThreadPoolExecutor(max_workers=1) as pool:
        assert pool.submit(runaway).result(timeout=10) == "timeout"


def test_a_file_over_the_time_limit_gives_a_timeout_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = newsparse.pipeline.stages()

    def spin_on_marker(doc: Any, article: Any, ctx: Any) -> None:
        if "SLOW" in doc.text:
            spin(30.0)

    slow_stage = newsparse.pipeline.Stage("spin", spin_on_marker)
    monkeypatch.setattr(newsparse.pipeline, "stages", lambda: (*registry, slow_stage))
    names = ["a.txt", "b.txt", "c.txt"]
    texts = ["First story said.\n", "SLOW story\n", "Third story.\n"]
    for name, text in zip(names, texts, strict=True):
        (tmp_path / name).write_text(text, encoding="utf-8")
    paths = [str(tmp_path / n) for n in names]
    # a dask worker runs tasks in a thread other than the main one
    with ThreadPoolExecutor(max_workers=1) as pool:
        records = pool.submit(parse_partition, paths, Options(), 0.3).result(timeout=20)
    assert [r["source"]["path"] for r in records] == paths
    assert "error" not in records[0]
    assert records[1]["error"] == {
        "type": "timeout",
        "message": "over the per-file time limit of 0.3 s",
    }
    assert records[0] == local_records(paths[:1], Options())[0]
    assert records[2] == local_records(paths[2:], Options())[0]


# --- on a local cluster of two worker processes ----------------------------------------


def start_cluster() -> tuple[Any, Any]:
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
    )
    return cluster, distributed.Client(cluster)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    newsparse.pipeline.stage_names()  # import every recogniser here, then on the workers
    cluster, client = start_cluster()
    client.run(newsparse.pipeline.stage_names)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def test_parts_equal_the_local_sequential_records(client: Any, tmp_path: Path) -> None:
    paths = stories(tmp_path / "in", 120)
    out = tmp_path / "out"
    out.mkdir()
    (out / "part-00099.jsonl").write_text("{}\n", encoding="utf-8")  # from an earlier run
    (out / ".part-00003.jsonl.4242.tmp").write_text("{", encoding="utf-8")  # a lost worker's

    summary = write_parts(parse_paths(paths, Options(), partition_size=13), str(out))

    assert summary.parts == tuple(f"part-{i:05d}.jsonl" for i in range(10))  # 120 / 13
    assert sorted(p.name for p in out.iterdir()) == list(summary.parts)
    assert (summary.files, summary.errors, summary.failures) == (120, 0, ())
    assert read_parts(out) == local_records(paths, Options())


def broken_folder(folder: Path) -> list[str]:
    folder.mkdir()
    (folder / "a-story.txt").write_text(STORY.format(i=1, day=2), encoding="utf-8")
    (folder / "b-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "c-empty.txt").write_bytes(b"")
    (folder / "d-broken.txt.gz").write_bytes(b"\x1f\x8b\x07garbage" * 5)  # unknown method
    (folder / "e-huge.txt").write_text("word " * 400, encoding="utf-8")
    return input_files([str(folder)])


def test_broken_files_give_their_error_records(client: Any, tmp_path: Path) -> None:
    options = Options(max_input_bytes=1000)
    paths = broken_folder(tmp_path / "in")
    summary = write_parts(
        parse_paths([str(tmp_path / "in")], options, partition_size=2), str(tmp_path / "out")
    )
    records = read_parts(tmp_path / "out")
    assert records == local_records(paths, options)
    errors = [r["error"]["type"] if "error" in r else None for r in records]
    assert errors == [None, "not_a_document", None, "not_a_document", "too_large"]
    assert records[2]["warnings"] == ["input: empty document"]
    assert [path for path, _ in summary.failures] == [paths[1], paths[3], paths[4]]
    assert summary.failures[0][1] == "not a text or markup document (binary content)"
    assert summary.failures[2][1] == "input is 2000 bytes, over the limit of 1000"
    assert (summary.files, summary.errors) == (5, 3)


def test_each_worker_builds_the_parser_context_once(client: Any, tmp_path: Path) -> None:
    options = Options(reference_date=dt.date(1987, 3, 2))  # a value no other test uses
    paths = stories(tmp_path / "in", 120)
    before = client.run(worker_stats)
    write_parts(parse_paths(paths, options, partition_size=10), str(tmp_path / "out"))
    after = client.run(worker_stats)
    builds = {w: after[w]["context_builds"] - before[w]["context_builds"] for w in after}
    assert sorted(builds.values()) == [1, 1]  # 12 tasks over 2 workers: one build each
    assert len(read_parts(tmp_path / "out")) == 120


def test_run_on_cluster_reports_progress_and_failures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("distributed")
    paths = broken_folder(tmp_path / "in")
    files, errors = run_on_cluster(
        [str(tmp_path / "in")],
        Options(max_input_bytes=1000),
        scheduler="local",
        jobs=2,
        out_dir=str(tmp_path / "out"),
        timeout=10.0,
        progress=True,
    )
    assert (files, errors) == (5, 3)
    lines = capsys.readouterr().err.splitlines()
    assert f"parse: {paths[1]}: not a text or markup document (binary content)" in lines
    assert lines[-1] == "parse: 5/5 files, 5/5 tasks done, 3 failed"  # 5 files: 1 per task
    assert [r["source"]["path"] for r in read_parts(tmp_path / "out")] == paths


def test_run_on_cluster_at_a_scheduler_address(
    client: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = stories(tmp_path / "in", 40)
    files, errors = run_on_cluster(
        paths,
        Options(),
        scheduler=client.scheduler.address,
        jobs=0,
        out_dir=str(tmp_path / "out"),
        timeout=None,
        progress=False,
    )
    assert (files, errors) == (40, 0)
    assert capsys.readouterr().err == ""
    parts = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert parts == [f"part-{i:05d}.jsonl" for i in range(8)]  # 40 files, 4 tasks a worker
    assert [r["source"]["path"] for r in read_parts(tmp_path / "out")] == paths


def test_a_negative_time_limit_is_refused_and_zero_means_none() -> None:
    pytest.importorskip("distributed")
    with pytest.raises(ValueError, match="timeout: must be a number of seconds"):
        parse_paths(["a.txt"], Options(), timeout=-1.0)
    assert [_time_limit(t) for t in (None, 0, 0.0, 2.5)] == [None, None, None, 2.5]


def test_an_unreachable_scheduler_is_a_cluster_error(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setattr("newsparse.distributed.cluster.CONNECT_SECONDS", 1)
    with pytest.raises(
        ClusterError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"
    ):
        run_on_cluster(
            ["x.txt"],
            Options(),
            scheduler="tcp://127.0.0.1:9",
            jobs=1,
            out_dir="unused",
            timeout=None,
            progress=False,
        )


def lost_worker() -> Exception:
    """A ``distributed.KilledWorker``, as the scheduler gives for a task that killed workers."""
    from distributed import KilledWorker

    class Lost(KilledWorker):  # type: ignore[misc]
        def __str__(self) -> str:
            return "the task killed its workers"

    return Lost("task", None, 3)


def lose_the_part_of(records: list[dict[str, Any]], marker: str) -> list[dict[str, Any]]:
    """Stands for a partition whose task killed its workers (runs on a worker)."""
    if any(r["source"]["path"].endswith(marker) for r in records):
        raise lost_worker()
    return records


def test_a_lost_part_is_rescued_and_written_in_its_place(client: Any, tmp_path: Path) -> None:
    paths = stories(tmp_path / "in", 30)
    bag = parse_paths(paths, Options(), partition_size=10).map_partitions(
        lose_the_part_of, Path(paths[15]).name
    )
    rescued: list[int] = []

    def rescue(index: int) -> list[dict[str, Any]]:
        rescued.append(index)
        return local_records(paths[index * 10 : index * 10 + 10], Options())

    summary = write_parts(bag, str(tmp_path / "out"), rescue=rescue)
    assert rescued == [1]
    assert summary.parts == ("part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl")
    assert read_parts(tmp_path / "out") == local_records(paths, Options())


class FakeFuture:
    def __init__(self, result: Any) -> None:
        self.outcome = result

    def result(self) -> Any:
        if isinstance(self.outcome, BaseException):
            raise self.outcome
        return self.outcome

    def release(self) -> None:
        pass


class LosingClient:
    """Runs tasks here; the culprit's task always dies, the bystander's the first time."""

    def __init__(self, culprit: str, bystander: str) -> None:
        self.culprit, self.bystander = culprit, bystander
        self.submitted: list[str] = []

    def submit(self, func: Any, paths: list[str], *args: Any, **kwargs: Any) -> FakeFuture:
        path = paths[0]
        first = path not in self.submitted
        self.submitted.append(path)
        if path == self.culprit or (path == self.bystander and first):
            return FakeFuture(lost_worker())
        return FakeFuture(func(paths, *args))


def test_one_by_one_only_the_file_that_kills_its_worker_alone_is_lost(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from newsparse.distributed.cluster import one_by_one

    paths = stories(tmp_path / "in", 5)
    losing = LosingClient(culprit=paths[3], bystander=paths[1])
    records = one_by_one(losing, paths, Options(), 10.0, False)  # type: ignore[arg-type]
    assert losing.submitted == [*paths, paths[1], paths[3]]  # suspects again, one at a time
    assert [r["source"]["path"] for r in records] == paths
    assert records[3]["error"] == {
        "type": "worker_died",
        "message": "the worker process parsing this file died "
        "(crash, out of memory or hard time limit)",
    }
    kept = [0, 1, 2, 4]
    assert [records[i] for i in kept] == local_records([paths[i] for i in kept], Options())


def test_killing_a_worker_mid_run_still_gives_every_record_once(
    client: Any, tmp_path: Path
) -> None:
    paths = stories(tmp_path / "in", 300)
    victim = sorted(client.run(os.getpid).values())[0]
    killed = threading.Event()
    written_after_kill: list[PartResult] = []

    def kill_once(part: PartResult) -> None:
        if killed.is_set():
            written_after_kill.append(part)
            return
        os.kill(victim, signal.SIGKILL)
        killed.set()

    summary = write_parts(
        parse_paths(paths, Options(), partition_size=5), str(tmp_path / "out"), on_part=kill_once
    )
    assert killed.is_set()
    assert len(written_after_kill) == 59  # the kill came after the first of 60 parts
    records = read_parts(tmp_path / "out")
    assert summary.files == 300
    assert [r["source"]["path"] for r in records] == paths
    assert [r["source"]["sha256"] for r in records] == [
        hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in paths
    ]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == list(summary.parts)


def test_cli_scheduler_needs_an_output_dir(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from newsparse.cli import command

    (tmp_path / "a.txt").write_text("HEADLINE\n\nLONDON (Reuters) - Text.\n", encoding="utf-8")
    result = CliRunner().invoke(command, ["--scheduler", "local", str(tmp_path)])
    assert result.exit_code == 2
    assert "--scheduler needs --output-dir" in result.stderr


def test_cli_scheduler_local_writes_one_record_per_input(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    src = tmp_path / "in"
    src.mkdir()
    for i in range(5):
        (src / f"{i}.txt").write_text(
            f"STORY {i}\n\nLONDON (Reuters) - Body {i}.\n", encoding="utf-8"
        )
    (src / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    out = tmp_path / "out"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsparse",
            "-q",
            "--scheduler",
            "local",
            "-j",
            "2",
            str(src),
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr  # the binary file failed, the rest parsed
    records = [
        json.loads(line) for part in sorted(out.glob("part-*.jsonl")) for line in part.open()
    ]
    paths = [Path(r["source"]["path"]).name for r in records]
    assert paths == sorted(p.name for p in src.iterdir())
    assert [r["headline"] for r in records if "error" not in r] == [f"STORY {i}" for i in range(5)]
    assert "parse: " in proc.stderr
    assert "bin.txt" in proc.stderr
