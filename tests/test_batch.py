"""The batch layer: input discovery, per-file dates, atomic outputs, pools and limits."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from newsparse.batch import Job, Task, render_many
from newsparse.options import Options
from newsparse.outputs import DirectorySink, output_path, temp_path, write_atomic
from newsparse.progress import Progress
from newsparse.reference_dates import ReferenceDateError, read_reference_dates
from newsparse.walk import InputFile, iter_inputs, read_path_list
from newsparse.worker import TimeLimitExceeded, parse_path, render_task, time_limit

STORY = "BAHIA COCOA REVIEW\n\nSALVADOR, Feb 26 - Showers continued throughout the week.\n"
CRASH_MARKER = "WORKER-CRASHES-ON-THIS"


def tree(root: Path, names: list[str]) -> Path:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(STORY, encoding="utf-8")
    return root


# --- walk -----------------------------------------------------------------------------


def test_walk_flat_and_recursive(tmp_path: Path) -> None:
    tree(tmp_path, ["b.txt", "a.txt", "s/c.txt", ".h.txt", ".d/e.txt", "s/.f.txt"])
    flat = list(iter_inputs([str(tmp_path)]))
    assert flat == [
        InputFile(str(tmp_path / "a.txt"), "a.txt"),
        InputFile(str(tmp_path / "b.txt"), "b.txt"),
    ]
    deep = [f.rel for f in iter_inputs([str(tmp_path)], recursive=True)]
    assert deep == ["a.txt", "b.txt", "s/c.txt"]


def test_walk_order_matches_a_sort_of_full_paths(tmp_path: Path) -> None:
    names = ["b0.txt", "b/c.txt", "b/a/z.txt", "b.txt", "b-x.txt", "B.txt", "a b/x.txt"]
    tree(tmp_path, names)
    rels = [f.rel for f in iter_inputs([str(tmp_path)], recursive=True)]
    assert rels == sorted(names)


def test_walk_globs(tmp_path: Path) -> None:
    tree(tmp_path, ["a.txt", "b.html", "s/c.txt", "s/d.xml"])
    found = iter_inputs([str(tmp_path)], recursive=True, globs=["*.xml", "a.*"])
    assert [f.rel for f in found] == ["a.txt", "s/d.xml"]
    assert [f.rel for f in iter_inputs([str(tmp_path)], recursive=True, globs=["s/*.txt"])] == [
        "s/c.txt"
    ]


def test_walk_symlinks(tmp_path: Path) -> None:
    tree(tmp_path, ["top/a.txt", "top/sub/b.txt", "other/c.txt"])
    top = tmp_path / "top"
    (top / "sub" / "up").symlink_to(top, target_is_directory=True)  # a loop
    (top / "link").symlink_to(tmp_path / "other", target_is_directory=True)  # followed once
    (top / "broken.txt").symlink_to(tmp_path / "nowhere")
    rels = [f.rel for f in iter_inputs([str(top)], recursive=True)]
    assert rels == ["a.txt", "link/c.txt", "sub/b.txt"]


def test_file_arguments_and_their_output_names(tmp_path: Path) -> None:
    assert list(iter_inputs(["-", "x/y.txt", "/abs/z.txt", "../up.txt", "missing.txt"])) == [
        InputFile("-", "stdin"),
        InputFile("x/y.txt", "x/y.txt"),
        InputFile("/abs/z.txt", "z.txt"),
        InputFile("../up.txt", "up.txt"),
        InputFile("missing.txt", "missing.txt"),  # reported as an error record when parsed
    ]


def test_read_path_list() -> None:
    stream = io.StringIO("a.txt\r\n\n  \nsub dir/b.txt\nc.txt")
    assert list(read_path_list(stream)) == ["a.txt", "sub dir/b.txt", "c.txt"]


# --- reference dates ------------------------------------------------------------------


def test_reference_dates(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    lines = [
        "path\treference_date\n",
        "# a comment\n",
        f"{tmp_path / 'link.txt'}\t1987-02-26T10:00:00\n",
        "rel/b.txt\t1987-03-02\n",
        "\n",
    ]
    dates = read_reference_dates(lines, base=str(tmp_path))
    assert dates == {
        str((tmp_path / "a.txt").resolve()): date(1987, 2, 26),  # symlink resolved
        str((tmp_path / "rel" / "b.txt").resolve()): date(1987, 3, 2),
    }


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("no-tab-here\n", "line 2: expected PATH<TAB>YYYY-MM-DD"),
        ("a.txt\t26.02.1987\n", "line 2: '26.02.1987' is not a date in the form YYYY-MM-DD"),
    ],
)
def test_reference_dates_errors(line: str, message: str) -> None:
    with pytest.raises(ReferenceDateError, match=message):
        read_reference_dates(["x.txt\t1987-01-01\n", line])


# --- outputs --------------------------------------------------------------------------


def test_output_paths() -> None:
    assert output_path("out", "a/b.txt") == Path("out/a/b.txt.json")
    assert temp_path(Path("out/a/b.txt.json")) == Path("out/a/.b.txt.json.part")


def test_write_atomic_leaves_nothing_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    write_atomic(target, '{"x":1}')
    assert target.read_text() == '{"x":1}\n'
    with pytest.raises(UnicodeEncodeError):
        write_atomic(target, "\udcff")  # cannot be encoded: fails mid-write
    assert target.read_text() == '{"x":1}\n'  # the old file is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_directory_sink(tmp_path: Path) -> None:
    sink = DirectorySink(str(tmp_path / "out"))
    assert not sink.exists("x/y.txt")
    sink.write("x/y.txt", "{}")
    assert sink.exists("x/y.txt")
    assert (tmp_path / "out" / "x" / "y.txt.json").read_text() == "{}\n"


# --- worker ---------------------------------------------------------------------------


def test_parse_path_size_limit_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("x" * 101)
    outcome = parse_path(str(path), Options(max_input_bytes=100))
    assert outcome.error == "input is 101 bytes, over the limit of 100"
    assert outcome.record["error"]["type"] == "too_large"
    assert outcome.record["source"]["sha256"] is None  # never read


def test_parse_path_unreadable(tmp_path: Path) -> None:
    outcome = parse_path(str(tmp_path), Options())
    assert outcome.error == "cannot read: Is a directory"
    assert outcome.record["error"] == {"type": "io", "message": "cannot read: Is a directory"}


def test_time_limit() -> None:
    started = time.monotonic()
    with (
        pytest.raises(TimeLimitExceeded, match=r"over the per-file time limit of 0\.1 s"),
        time_limit(0.1),
    ):
        time.sleep(5)
    assert time.monotonic() - started < 2
    with time_limit(0):  # no limit
        time.sleep(0.01)


def test_render_task_reference_date_and_pretty(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(STORY)
    job = Job(Options(), pretty=True)
    rendered = render_task(Task(str(path), "a.txt", date(1987, 2, 26)), job)
    assert rendered.error is None
    assert rendered.json.startswith('{\n  "schema": "newsparse/1"')
    assert json.loads(rendered.json)["source"]["path"] == str(path)


# --- pools ----------------------------------------------------------------------------


def _tasks(folder: Path, count: int) -> list[Task]:
    names = [f"s{i:03d}.txt" for i in range(count)]
    tree(folder, names)
    return [Task(str(folder / n), n) for n in names]


@pytest.mark.slow
def test_pool_output_equals_in_process(tmp_path: Path) -> None:
    tasks = _tasks(tmp_path, 150)
    tasks.insert(70, Task(str(tmp_path / "missing.txt"), "missing.txt"))
    job = Job(Options())
    alone = list(render_many(tasks, job, jobs=1))
    pooled = list(render_many(tasks, job, jobs=2, small_batch=10))
    assert [t for t, _ in pooled] == tasks
    assert pooled == alone
    assert pooled[70][1].error == "cannot read: No such file or directory"


def test_small_batch_runs_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsparse.batch as batch

    def no_pool(*args: object) -> None:
        raise AssertionError("a pool was started")

    monkeypatch.setattr(batch, "_new_pool", no_pool)
    tasks = _tasks(tmp_path, 5)
    assert [r.error for _, r in render_many(tasks, Job(Options()), jobs=2)] == [None] * 5


SITECUSTOMIZE = f"""
import multiprocessing, os, signal
from newsparse import pipeline
from newsparse.recognisers import blocks

_apply = blocks.apply


def apply(doc, article, ctx):
    if {CRASH_MARKER!r} in doc.text and multiprocessing.parent_process() is not None:
        os.kill(os.getpid(), signal.SIGKILL)  # a worker dies as on a segfault or OOM kill
    _apply(doc, article, ctx)


blocks.apply = apply
pipeline.stages.cache_clear()  # rebuilt with the wrapper on the next call
"""


@pytest.mark.slow
def test_a_dying_worker_gives_an_error_record_and_the_run_goes_on(tmp_path: Path) -> None:
    """A real worker death (SIGKILL) in a real pool: ``python -m newsparse -j 2``."""
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(SITECUSTOMIZE)  # loaded by every process started
    folder = tmp_path / "in"
    tasks = _tasks(folder, 260)
    (folder / "s100.txt").write_text(f"Headline\n\n{CRASH_MARKER}\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(hook), *sys.path])}
    proc = subprocess.run(
        [sys.executable, "-m", "newsparse", "-j", "2", str(folder)],
        capture_output=True,
        env=env,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 1
    records = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [r["source"]["path"] for r in records] == [t.path for t in tasks]
    failed = {r["source"]["path"]: r["error"]["type"] for r in records if "error" in r}
    assert failed == {str(folder / "s100.txt"): "worker_died"}
    stderr = proc.stderr.decode()
    assert f"parse: {folder / 's100.txt'}: the worker process parsing this file died" in stderr
    assert "Traceback" not in stderr


# --- progress -------------------------------------------------------------------------


def test_progress_line_and_summary() -> None:
    stream = io.StringIO()
    progress = Progress(stream, live=True)
    progress.started = 100.0
    for failed in (False, True, False, False):
        progress.advance(failed=failed)
    progress.total = 10
    assert progress.line(now=102.0) == "4/10 files  2 files/s  1 errors  ETA 0:00:03"
    progress.skipped = 2
    assert progress.line(now=102.0).endswith("ETA 0:00:02")
    assert "\r" in stream.getvalue()  # drawn on the terminal
    progress.clear()
    assert stream.getvalue().endswith("\r")
    quiet = Progress(io.StringIO(), live=False)
    quiet.advance()
    assert quiet.stream.getvalue() == ""
    assert quiet.summary().startswith("parse: 1 files, 0 errors, ")
