"""The ``parse`` command: JSON on stdout, messages on stderr, exit codes, batches.

In-process runs use click's CliRunner (stdout and stderr kept apart); real process
pools, signals and pipes are exercised through ``python -m newsparse`` subprocesses.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from newsparse import pipeline
from newsparse.batch import SMALL_BATCH
from newsparse.cli import command
from newsparse.pipeline import Context, Stage
from newsparse.serialize import EMPTY_RECORD

from .conftest import FIXTURES

ARTICLE = (FIXTURES / "kurdistan24-baghdadi.txt").read_text(encoding="utf-8")
STORY = "BAHIA COCOA REVIEW\n\nSALVADOR, Feb 26 - Showers continued throughout the week.\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
BROKEN_GZIP = b"\x1f\x8b\x08\x00" + b"not really deflate data" * 10
FAIL_MARKER = "RECOGNISER-FAILS-HERE"
SLOW_MARKER = "RECOGNISER-SLOW-HERE"


def invoke(*args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(command, list(args), input=input, catch_exceptions=False)


def lines(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def paths_of(records: list[dict[str, Any]]) -> list[str]:
    return [r["source"]["path"] for r in records]


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def many(folder: Path, count: int, extra: dict[str, str | bytes] | None = None) -> Path:
    """``count`` small stories in ``folder`` (a batch big enough to start a pool)."""
    files: dict[str, str | bytes] = {
        f"story{i:04d}.txt": STORY.replace("Showers", f"Showers {i}") for i in range(count)
    }
    return write(folder, {**files, **(extra or {})})


@pytest.fixture
def add_stage(monkeypatch: pytest.MonkeyPatch) -> Callable[[Callable[..., None]], None]:
    """Append a stage to the pipeline of this process (in-process runs only)."""

    def add(fn: Callable[..., None]) -> None:
        extended = (*pipeline.stages(), Stage("probe", fn))
        monkeypatch.setattr(pipeline, "stages", lambda: extended)

    return add


def note_reference_date(doc: Any, article: Any, ctx: Context) -> None:
    article.warnings.append(f"reference {ctx.options.reference_date}")


def fail_on_marker(doc: Any, article: Any, ctx: Context) -> None:
    if FAIL_MARKER in doc.text:
        raise RuntimeError("boom in a recogniser")


# --- one input ------------------------------------------------------------------------


def test_file_prints_one_object(tmp_path: Path) -> None:
    path = write(tmp_path, {"a.txt": ARTICLE}) / "a.txt"
    result = invoke(str(path))
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout.count("\n") == 1
    record = json.loads(result.stdout)
    assert record["schema"] == "newsparse/1"
    assert record["source"]["path"] == str(path)
    assert record["source"]["format"] == "text"
    assert [key for key, _ in EMPTY_RECORD] == [k for k in record if k not in ("schema", "source")]


@pytest.mark.parametrize("args", [[], ["-"]], ids=["no-argument", "dash"])
def test_stdin(args: list[str]) -> None:
    result = invoke(*args, input=ARTICLE)
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["source"]["path"] == "-"
    assert record["source"]["sha256"] is not None


def test_stdin_equals_file(tmp_path: Path) -> None:
    path = write(tmp_path, {"a.txt": ARTICLE}) / "a.txt"
    from_file = json.loads(invoke(str(path)).stdout)
    from_stdin = json.loads(invoke(input=ARTICLE.encode()).stdout)
    from_file["source"]["path"] = "-"
    assert from_stdin == from_file


def test_pretty(tmp_path: Path) -> None:
    path = write(tmp_path, {"a.txt": ARTICLE}) / "a.txt"
    pretty = invoke("--pretty", str(path)).stdout
    compact = invoke(str(path)).stdout
    assert pretty.startswith('{\n  "schema": "newsparse/1",\n')
    assert json.loads(pretty) == json.loads(compact)


def test_with_text(tmp_path: Path) -> None:
    path = write(tmp_path, {"a.txt": "Headline\r\n\r\nBody text.\r\n"}) / "a.txt"
    assert "text" not in json.loads(invoke(str(path)).stdout)
    record = json.loads(invoke("--with-text", str(path)).stdout)
    assert record["text"] == "Headline\n\nBody text.\n"


def test_reference_date_reaches_the_parser(tmp_path: Path, add_stage: Any) -> None:
    add_stage(note_reference_date)
    path = write(tmp_path, {"a.txt": STORY}) / "a.txt"
    assert json.loads(invoke(str(path)).stdout)["warnings"][-1] == "reference None"
    record = json.loads(invoke("--reference-date", "1987-02-26", str(path)).stdout)
    assert record["warnings"][-1] == "reference 1987-02-26"


def test_bad_reference_date_is_a_usage_error() -> None:
    result = invoke("--reference-date", "26/02/1987", input=STORY)
    assert result.exit_code == 2
    assert "'26/02/1987' is not a date in the form YYYY-MM-DD" in result.stderr
    assert result.stdout == ""


def test_reference_dates_per_file(
    tmp_path: Path, add_stage: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_stage(note_reference_date)
    folder = write(tmp_path / "in", {"a.txt": STORY, "b.txt": STORY, "c.txt": STORY})
    tsv = tmp_path / "dates.tsv"
    # score.py writes absolute paths; a relative path is resolved from the current folder
    tsv.write_text(
        f"path\tdate\n{(folder / 'a.txt').resolve()}\t1987-02-26T08:00:00\nin/b.txt\t1987-03-01\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    result = invoke("-q", "--reference-dates", str(tsv), "--reference-date", "2000-01-01", "in")
    assert result.exit_code == 0
    notes = {Path(r["source"]["path"]).name: r["warnings"][-1] for r in lines(result)}
    assert notes == {
        "a.txt": "reference 1987-02-26",
        "b.txt": "reference 1987-03-01",
        "c.txt": "reference 2000-01-01",  # not in the file: the date for all
    }


def test_bad_reference_dates_file(tmp_path: Path) -> None:
    tsv = write(tmp_path, {"dates.tsv": "a.txt\t1987-02-26\nb.txt\tyesterday\n"}) / "dates.tsv"
    result = invoke("--reference-dates", str(tsv), input=STORY)
    assert result.exit_code == 2
    assert "line 2: 'yesterday' is not a date in the form YYYY-MM-DD" in result.stderr


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    present = write(tmp_path, {"a.txt": STORY}) / "a.txt"
    result = invoke(str(present), str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert f"no such file or folder: {tmp_path / 'nope.txt'}" in result.stderr
    assert result.stdout == ""  # checked before anything is parsed


def test_usage_errors() -> None:
    assert invoke("--skip-existing", input=STORY).exit_code == 2
    assert invoke("-j", "-1", input=STORY).exit_code == 2
    result = invoke("-", "-", input=STORY)
    assert result.exit_code == 2
    assert "'-' (standard input) must be the only input" in result.stderr


def test_schema_version_and_help() -> None:
    schema = json.loads(invoke("--schema").stdout)
    assert schema["$defs"]["error"]["properties"]["error"]["required"] == ["type", "message"]
    assert invoke("--version").stdout.strip() == "newsparse, version 0.1.0"
    help_text = invoke("--help").stdout
    for option in ("--jobs", "--recursive", "--glob", "--files-from", "--output-dir", "--timeout"):
        assert option in help_text


# --- batches --------------------------------------------------------------------------


def test_directory_gives_json_lines_sorted(tmp_path: Path) -> None:
    folder = write(
        tmp_path,
        {"b.txt": STORY, "a.txt": STORY, "c.txt.gz": gzip.compress(STORY.encode())},
    )
    write(folder, {"sub/d.txt": STORY, ".hidden.txt": STORY, ".git/e.txt": STORY})
    result = invoke("--with-text", str(folder))
    assert result.exit_code == 0
    records = lines(result)
    # files directly in the folder, sorted; no subfolders without -r; hidden ones skipped
    assert paths_of(records) == [str(folder / n) for n in ("a.txt", "b.txt", "c.txt.gz")]
    assert records[2]["text"] == STORY  # gzip decompressed on the way
    assert result.stderr == "" or result.stderr.startswith("parse: 3 files, 0 errors, ")


def test_arguments_keep_their_order(tmp_path: Path) -> None:
    write(tmp_path, {"z.txt": STORY, "d/b.txt": STORY, "d/a.txt": STORY, "m.txt": STORY})
    result = invoke("-q", str(tmp_path / "z.txt"), str(tmp_path / "d"), str(tmp_path / "m.txt"))
    assert paths_of(lines(result)) == [
        str(tmp_path / "z.txt"),
        str(tmp_path / "d" / "a.txt"),
        str(tmp_path / "d" / "b.txt"),
        str(tmp_path / "m.txt"),
    ]


def test_recursive_order_is_a_sort_of_paths(tmp_path: Path) -> None:
    names = ["b0.txt", "b/c.txt", "b.txt", "b-x.txt", "a/z/y.txt", "a/.h/x.txt", "a/x.txt"]
    write(tmp_path, dict.fromkeys(names, STORY))
    result = invoke("-q", "-r", str(tmp_path))
    expected = sorted(str(tmp_path / n) for n in names if "/.h/" not in n)
    assert paths_of(lines(result)) == expected


def test_glob_filters_files_in_folders(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": STORY, "b.html": "<p>x</p>", "c.xml": "<x/>", "s/d.txt": STORY})
    result = invoke("-q", "-r", "--glob", "*.txt", "--glob", "*.xml", str(tmp_path))
    assert [Path(p).name for p in paths_of(lines(result))] == ["a.txt", "c.xml", "d.txt"]
    only_sub = invoke("-q", "-r", "--glob", "s/*", str(tmp_path))
    assert paths_of(lines(only_sub)) == [str(tmp_path / "s" / "d.txt")]


def test_symlink_loop_is_survived(tmp_path: Path) -> None:
    write(tmp_path, {"top/a.txt": STORY, "top/sub/b.txt": STORY})
    (tmp_path / "top" / "sub" / "loop").symlink_to(tmp_path / "top", target_is_directory=True)
    (tmp_path / "top" / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    result = invoke("-v", "-r", str(tmp_path / "top"))
    assert result.exit_code == 0
    assert paths_of(lines(result)) == [
        str(tmp_path / "top" / "a.txt"),
        str(tmp_path / "top/sub/b.txt"),
    ]
    assert "symlink loop" in result.stderr  # -v logs to stderr


def test_files_from(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": STORY, "b.txt": STORY, "d/c.txt": STORY})
    listing = f"{tmp_path / 'b.txt'}\n\n{tmp_path / 'd'}\n{tmp_path / 'a.txt'}\n"
    write(tmp_path, {"list": listing})
    expected = [str(tmp_path / n) for n in ("b.txt", "d/c.txt", "a.txt")]
    assert paths_of(lines(invoke("-q", "--files-from", str(tmp_path / "list")))) == expected
    from_stdin = invoke("-q", "--files-from", "-", input=listing)
    assert paths_of(lines(from_stdin)) == expected


def test_files_from_missing_file_is_an_error_record(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": STORY})
    result = invoke(
        "-q", "--files-from", "-", input=f"{tmp_path / 'gone.txt'}\n{tmp_path / 'a.txt'}\n"
    )
    assert result.exit_code == 1
    first, second = lines(result)
    assert first["error"]["type"] == "io"
    assert "error" not in second
    assert (
        result.stderr == f"parse: {tmp_path / 'gone.txt'}: cannot read: No such file or directory\n"
    )


def test_failures_give_one_line_each_and_the_run_goes_on(tmp_path: Path, add_stage: Any) -> None:
    add_stage(fail_on_marker)
    folder = write(
        tmp_path,
        {
            "1-good.txt": ARTICLE,
            "2-image.png": PNG,
            "3-empty.txt": b"",
            "4-broken.gz": BROKEN_GZIP,
            "5-recogniser.txt": f"Headline\n\n{FAIL_MARKER} in the body.\n",
            "6-good.txt": STORY,
        },
    )
    result = invoke("-j", "1", str(folder))
    assert result.exit_code == 1
    records = lines(result)
    assert [Path(p).name for p in paths_of(records)] == sorted(p.name for p in folder.iterdir())
    errors = {Path(r["source"]["path"]).name: r.get("error") for r in records}
    assert errors["1-good.txt"] is None
    assert errors["6-good.txt"] is None
    assert errors["3-empty.txt"] is None  # empty is a document with nothing in it
    assert records[2]["warnings"] == ["input: empty document"]
    assert errors["2-image.png"] == {
        "type": "not_a_document",
        "message": "not a text or markup document (binary content)",
    }
    assert errors["4-broken.gz"]["type"] == "not_a_document"
    assert errors["5-recogniser.txt"] == {
        "type": "internal",
        "message": "internal error: RuntimeError: boom in a recogniser",
    }
    for record in records:  # error records keep every key, at its empty value
        if "error" in record:
            assert record["headline"] is None
            assert record["quotes"] == []
            assert record["source"]["sha256"] is not None
    messages = result.stderr.splitlines()
    assert messages[:3] == [
        f"parse: {folder / '2-image.png'}: not a text or markup document (binary content)",
        f"parse: {folder / '4-broken.gz'}: {errors['4-broken.gz']['message']}",
        f"parse: {folder / '5-recogniser.txt'}: internal error: RuntimeError: boom in a recogniser",
    ]
    assert messages[3].startswith("parse: 6 files, 3 errors, ")
    assert "Traceback" not in result.stderr


def test_time_limit_in_process(tmp_path: Path, add_stage: Any) -> None:
    def slow_on_marker(doc: Any, article: Any, ctx: Context) -> None:
        if SLOW_MARKER in doc.text:
            time.sleep(30)

    add_stage(slow_on_marker)
    folder = write(tmp_path, {"a.txt": STORY, "b.txt": SLOW_MARKER, "c.txt": STORY})
    started = time.monotonic()
    result = invoke("-q", "-j", "1", "--timeout", "0.3", str(folder))
    assert time.monotonic() - started < 10
    assert result.exit_code == 1
    assert [r.get("error") for r in lines(result)] == [
        None,
        {"type": "timeout", "message": "over the per-file time limit of 0.3 s"},
        None,
    ]


def test_max_bytes(tmp_path: Path) -> None:
    folder = write(tmp_path, {"big.txt": "word " * 400, "small.txt": STORY})
    result = invoke("--max-bytes", "1000", str(folder))
    assert result.exit_code == 1
    big, small = lines(result)
    assert big["error"] == {
        "type": "too_large",
        "message": "input is 2000 bytes, over the limit of 1000",
    }
    assert "error" not in small


def test_max_bytes_on_stdin() -> None:
    result = invoke("--max-bytes", "10", input=STORY)
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"] == {
        "type": "too_large",
        "message": "input is over the limit of 10 bytes",
    }
    assert result.stderr == "parse: -: input is over the limit of 10 bytes\n"


def test_quiet_and_summary(tmp_path: Path) -> None:
    folder = write(tmp_path, {"a.txt": STORY, "b.txt": STORY})
    assert invoke(str(folder)).stderr.startswith("parse: 2 files, 0 errors, ")
    assert invoke("-q", str(folder)).stderr == ""
    assert invoke(str(folder / "a.txt")).stderr == ""  # one input: no summary


def test_jobs_two_equals_jobs_one(tmp_path: Path) -> None:
    folder = many(tmp_path / "in", SMALL_BATCH + 40, {"z/bad.png": PNG, "z/x.txt": ARTICLE})
    one = invoke("-q", "-r", "-j", "1", str(folder))
    two = invoke("-q", "-r", "-j", "2", str(folder))
    assert one.exit_code == two.exit_code == 1
    assert two.stdout == one.stdout
    assert len(one.stdout.splitlines()) == SMALL_BATCH + 42


def test_pretty_batch_is_a_stream_of_objects(tmp_path: Path) -> None:
    folder = write(tmp_path, {"a.txt": STORY, "b.txt": STORY})
    text = invoke("-q", "--pretty", str(folder)).stdout
    decoder = json.JSONDecoder()
    first, end = decoder.raw_decode(text)
    second, _ = decoder.raw_decode(text, end + 1)
    assert [first["source"]["path"], second["source"]["path"]] == [
        str(folder / "a.txt"),
        str(folder / "b.txt"),
    ]


# --- --output-dir ---------------------------------------------------------------------


def test_output_dir_mirrors_the_tree(tmp_path: Path, add_stage: Any) -> None:
    seen: list[str] = []
    add_stage(lambda doc, article, ctx: seen.append(article.source.path))
    folder = write(tmp_path / "in", {"a.txt": STORY, "y/b.txt": STORY, "y/c.png": PNG})
    out = tmp_path / "out"
    result = invoke("-r", "-o", str(out), str(folder))
    assert result.exit_code == 1  # c.png
    assert result.stdout == ""
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == ["a.txt.json", "y/b.txt.json", "y/c.png.json"]
    record = json.loads((out / "y" / "b.txt.json").read_text(encoding="utf-8"))
    assert record["source"]["path"] == str(folder / "y" / "b.txt")
    assert json.loads((out / "y" / "c.png.json").read_text())["error"]["type"] == "not_a_document"

    (out / "y" / "b.txt.json").unlink()
    seen.clear()
    again = invoke("-r", "-o", str(out), "--skip-existing", str(folder))
    assert again.exit_code == 0  # only b.txt was parsed
    assert seen == [str(folder / "y" / "b.txt")]
    assert "1 files, 0 errors, 2 skipped (output exists)" in again.stderr
    assert (out / "y" / "b.txt.json").exists()


def test_output_dir_single_file_and_stdin(tmp_path: Path) -> None:
    path = write(tmp_path, {"a.txt": STORY}) / "a.txt"
    out = tmp_path / "out"
    assert invoke("-o", str(out), str(path)).stdout == ""
    assert invoke("-o", str(out), input=STORY).exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.txt.json", "stdin.json"]


# --- real processes -------------------------------------------------------------------


def python_m(*args: str, **kwargs: Any) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.Popen(
        [sys.executable, "-m", "newsparse", *args],
        stdout=kwargs.pop("stdout", subprocess.PIPE),
        stderr=subprocess.PIPE,
        env=env,
        **kwargs,
    )


@pytest.mark.slow
def test_subprocess_pool_with_limits(tmp_path: Path) -> None:
    """A real pool (-j 2): a file over the size limit and one over the time limit. The
    limit leaves ordinary stories a wide margin on a loaded machine (they take
    milliseconds), and the slow file takes some ten times as long as the limit."""
    slow = "Zorblat was known for telling others that he was in charge.\n\n"
    huge = slow * 70_000  # 4.3 MB, a subject looked for around it in every paragraph
    folder = many(tmp_path, SMALL_BATCH + 20, {"huge.txt": huge, "big.txt": "x" * 6_000_000})
    proc = python_m("-j", "2", "--timeout", "2", "--max-bytes", "5000000", str(folder))
    out, err = proc.communicate(timeout=240)
    assert proc.returncode == 1
    records = [json.loads(line) for line in out.decode().splitlines()]
    assert len(records) == SMALL_BATCH + 22
    assert paths_of(records) == sorted(str(p) for p in folder.iterdir())
    errors = {Path(r["source"]["path"]).name: r["error"] for r in records if "error" in r}
    assert errors == {
        "big.txt": {
            "type": "too_large",
            "message": "input is 6000000 bytes, over the limit of 5000000",
        },
        "huge.txt": {"type": "timeout", "message": "over the per-file time limit of 2 s"},
    }
    stderr = err.decode()
    assert f"parse: {folder / 'huge.txt'}: over the per-file time limit of 2 s" in stderr
    assert "Traceback" not in stderr


@pytest.mark.slow
def test_broken_pipe_ends_quietly(tmp_path: Path) -> None:
    folder = many(tmp_path, SMALL_BATCH * 3)
    proc = python_m("-j", "2", str(folder))
    assert proc.stdout is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # what `| head -1` does
    _, err = proc.communicate(timeout=120)
    assert json.loads(first)["source"]["path"] == str(folder / "story0000.txt")
    assert proc.returncode == 0
    assert b"Traceback" not in err
    assert b"Exception ignored" not in err


def _wait_for_files(folder: Path, count: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if folder.exists() and sum(1 for _ in folder.rglob("*.json")) >= count:
            return
        time.sleep(0.01)


def _inputs_for_interruption(folder: Path) -> Path:
    body = "\n\n".join(f"Paragraph {i}: “A quote,” he said on Friday." for i in range(300))
    return write(folder, {f"{i // 100}/story{i:03d}.txt": body for i in range(300)})


def _check_complete_files(out: Path) -> list[Path]:
    """Every .json file under ``out`` is a whole record; no temporary file is left."""
    files = sorted(p for p in out.rglob("*") if p.is_file())
    for path in files:
        assert path.suffix == ".json", f"left behind: {path}"
        assert json.loads(path.read_text(encoding="utf-8"))["schema"] == "newsparse/1"
    return files


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_interrupted_output_dir_then_resumed(tmp_path: Path, sig: int) -> None:
    folder = _inputs_for_interruption(tmp_path / "in")
    out = tmp_path / "out"
    proc = python_m("-r", "-j", "2", "-o", str(out), str(folder))
    _wait_for_files(out, 40, proc)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err.decode()
    assert err.decode().splitlines()[-1] == "parse: interrupted"
    partial = _check_complete_files(out)
    assert 40 <= len(partial) < 300

    resume = python_m("-q", "-r", "-j", "2", "-o", str(out), "--skip-existing", str(folder))
    assert resume.communicate(timeout=120)[1] == b""
    assert resume.returncode == 0
    assert len(_check_complete_files(out)) == 300


@pytest.mark.slow
def test_killed_output_dir_then_resumed(tmp_path: Path) -> None:
    """SIGKILL gives no chance to clean up: still no half-written .json file."""
    folder = _inputs_for_interruption(tmp_path / "in")
    out = tmp_path / "out"
    proc = python_m("-r", "-j", "1", "-o", str(out), str(folder))
    _wait_for_files(out, 40, proc)
    proc.kill()
    proc.communicate(timeout=60)
    done = [p for p in out.rglob("*.json") if p.is_file()]
    for path in done:
        json.loads(path.read_text(encoding="utf-8"))
    assert 40 <= len(done) < 300
    resume = python_m("-q", "-r", "-o", str(out), "--skip-existing", str(folder))
    resume.communicate(timeout=120)
    assert resume.returncode == 0
    assert len(_check_complete_files(out)) == 300  # the leftover temporary file was replaced


def iter_records(text: bytes) -> Iterator[dict[str, Any]]:
    for line in text.decode().splitlines():
        yield json.loads(line)


@pytest.mark.slow
def test_python_m_jobs_two_on_a_directory(tmp_path: Path) -> None:
    folder = many(tmp_path / "in", SMALL_BATCH + 100, {"x.txt": ARTICLE})
    proc = python_m("-j", "2", str(folder))
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0
    records = list(iter_records(out))
    assert paths_of(records) == sorted(str(p) for p in folder.iterdir())
    in_process = invoke("-q", "-j", "1", str(folder))
    assert out.decode() == in_process.stdout
    assert err.decode().startswith(f"parse: {SMALL_BATCH + 101} files, 0 errors, ")
