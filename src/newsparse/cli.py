"""The ``parse`` command: a thin shell over :mod:`newsparse.batch`.

It turns arguments into tasks, hands them to the batch layer and writes what comes
back: JSON on stdout (or one file per input under ``--output-dir``), messages,
progress and the summary on stderr. Nothing here parses articles.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import NoReturn

import click

from . import __version__
from .options import Options
from .outputs import DirectorySink, StreamSink
from .progress import Progress
from .reference_dates import ReferenceDateError, read_reference_dates, resolve
from .walk import STDIN, InputFile, iter_inputs, read_path_list
from .worker import Job, Rendered, Task, render_data, render_task

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
DEFAULT_MAX_BYTES = Options().max_input_bytes
EXIT_GRACE_SECONDS = 10.0  # after an interruption, how long workers may take to wind down
Sink = DirectorySink | StreamSink


def _reference_date(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "-r", "--recursive", is_flag=True, help="Descend into subfolders of folder arguments."
)
@click.option(
    "--glob",
    "globs",
    multiple=True,
    metavar="PATTERN",
    help="Only files in folders whose name (or, with a '/', relative path) matches; repeatable.",
)
@click.option(
    "--files-from",
    type=click.Path(allow_dash=True, dir_okay=False),
    metavar="FILE",
    help="Read input paths from FILE, one per line ('-' for standard input).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=None,
    help="Worker processes for many inputs [default: all cores; 0 = all cores; 1 = this process].",
)
@click.option("--pretty", is_flag=True, help="Indent the JSON.")
@click.option("--with-text", is_flag=True, help="Include the article text under `text`.")
@click.option(
    "--reference-date",
    callback=_reference_date,
    metavar="YYYY-MM-DD",
    help="Base date for relative and year-less dates, for every input.",
)
@click.option(
    "--reference-dates",
    "reference_dates_file",
    type=click.Path(exists=True, dir_okay=False),
    metavar="FILE.tsv",
    help="Per-file base dates: lines of PATH<TAB>YYYY-MM-DD (they win over --reference-date).",
)
@click.option(
    "--format",
    "input_format",
    type=click.Choice(["auto", "text", "html", "xml"]),
    default="auto",
    show_default=True,
    help="Input format; auto sniffs the content.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=30.0,
    show_default=True,
    metavar="SECONDS",
    help="Per-file time limit; a file over it gets an error record (0 = no limit).",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Inputs larger than this get an error record.",
)
@click.option(
    "-o",
    "--output-dir",
    type=click.Path(file_okay=False),
    metavar="DIR",
    help="Write one .json file per input under DIR, mirroring the input tree.",
)
@click.option(
    "--skip-existing",
    is_flag=True,
    help="With --output-dir: parse only inputs whose .json file is missing (resume a run).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Run the batch on a Dask cluster (tcp://HOST:8786, or 'local' for -j local workers);"
    " needs --output-dir and the extra: pip install 'newsparse[dask]'.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress line and no summary.")
@click.option("-v", "--verbose", count=True, help="Log to stderr (-vv: debug).")
@click.option(
    "--schema", "show_schema", is_flag=True, help="Print the JSON Schema of the output and exit."
)
@click.version_option(__version__, "--version", prog_name="newsparse")
def command(
    paths: tuple[str, ...],
    recursive: bool,
    globs: tuple[str, ...],
    files_from: str | None,
    jobs: int | None,
    pretty: bool,
    with_text: bool,
    reference_date: dt.date | None,
    reference_dates_file: str | None,
    input_format: str,
    timeout: float,
    max_bytes: int,
    output_dir: str | None,
    skip_existing: bool,
    scheduler: str | None,
    quiet: bool,
    verbose: int,
    show_schema: bool,
) -> None:
    """Parse news articles into newsparse/1 JSON.

    PATHS are files or folders; none, or "-", reads standard input. One input prints
    one JSON object; several, or a folder, print JSON Lines: one object per input, in
    the order given, a folder's files sorted by path. A file that cannot be parsed
    still gets its line (an error record) and a message on stderr; the exit code is
    then 1. Exit code 2 is a usage error.
    """
    if show_schema:
        from importlib.resources import files

        click.echo((files("newsparse") / "schema.json").read_text(encoding="utf-8"), nl=False)
        return
    log_level = _configure_logging(verbose)
    _check_usage(paths, files_from, skip_existing, output_dir)
    dates = _load_reference_dates(reference_dates_file)
    options = Options(
        reference_date=reference_date,
        input_format=input_format,  # type: ignore[arg-type]  # click.Choice checked it
        max_input_bytes=max_bytes,
    )
    if scheduler is not None:
        _run_on_cluster(
            paths,
            files_from,
            recursive,
            globs,
            options,
            scheduler,
            jobs,
            output_dir,
            timeout=timeout,
            quiet=quiet,
            with_text=with_text,
            dates=dates,
        )
    job = Job(options, with_text=with_text, pretty=pretty, timeout=timeout, log_level=log_level)
    sink: Sink = DirectorySink(output_dir) if output_dir else StreamSink()
    single = files_from is None and len(paths) <= 1 and not (paths and Path(paths[0]).is_dir())
    progress = Progress(sys.stderr, live=not single and not quiet and sys.stderr.isatty())
    if single and (not paths or paths[0] == STDIN):
        task = Task(STDIN, "stdin", reference_date)
        data = sys.stdin.buffer.read(max_bytes + 1)  # enough to tell that it is too large
        outcomes: Iterator[tuple[Task, Rendered]] = iter([(task, render_data(data, task, job))])
    else:
        inputs = _inputs(paths, files_from, recursive, globs)
        if skip_existing and isinstance(sink, DirectorySink):
            inputs = _missing_only(inputs, sink, progress)
        tasks = _tasks(inputs, reference_date, dates)
        outcomes = _render(tasks, job, jobs, single=single)
    if progress.live and files_from != STDIN:
        _count_in_background(progress, paths, files_from, recursive, globs)
    code = _write(outcomes, sink, progress)
    if not single and not quiet:
        click.echo(progress.summary(), err=True)
    sys.exit(code)


def _run_on_cluster(
    paths: Sequence[str],
    files_from: str | None,
    recursive: bool,
    globs: Sequence[str],
    options: Options,
    scheduler: str,
    jobs: int | None,
    output_dir: str | None,
    *,
    timeout: float,
    quiet: bool,
    with_text: bool,
    dates: dict[str, dt.date],
) -> NoReturn:
    """``--scheduler``: hand the inputs to a Dask cluster, part files into ``--output-dir``."""
    if not output_dir:
        raise click.UsageError("--scheduler needs --output-dir (the cluster writes part files)")
    if dates:
        raise click.UsageError("--reference-dates is not supported with --scheduler")
    if STDIN in paths or not (paths or files_from):
        raise click.UsageError("--scheduler reads files, not standard input")
    from .batch import default_jobs
    from .dask import run_on_cluster
    from .errors import NewsparseError

    inputs = [f.path for f in _inputs(paths, files_from, recursive, globs)]
    try:
        count, errors = run_on_cluster(
            inputs,
            options,
            scheduler=scheduler,
            jobs=jobs if jobs else default_jobs(),
            out_dir=output_dir,
            timeout=timeout or None,
            progress=not quiet,
            with_text=with_text,
        )
    except NewsparseError as exc:
        click.echo(f"parse: {exc}", err=True)
        sys.exit(EXIT_FAILED)
    if not quiet:
        click.echo(f"parse: {count} files, {errors} errors, on {scheduler}", err=True)
    sys.exit(EXIT_FAILED if errors else EXIT_OK)


def _render(
    tasks: Iterator[Task], job: Job, jobs: int | None, *, single: bool
) -> Iterator[tuple[Task, Rendered]]:
    """Each task with its record; one input is parsed here without loading the batch layer.

    The batch layer (process pools, ``multiprocessing``) costs tens of milliseconds to
    import, which a single file would pay for nothing: it runs in-process anyway.
    """
    if single:
        return ((task, render_task(task, job)) for task in tasks)
    from .batch import default_jobs, render_many

    return render_many(tasks, job, jobs=default_jobs() if jobs is None else jobs)


def _configure_logging(verbose: int) -> int | None:
    if not verbose:
        return None
    level = logging.DEBUG if verbose > 1 else logging.INFO
    logging.basicConfig(
        level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s", force=True
    )
    return level


def _check_usage(
    paths: Sequence[str], files_from: str | None, skip_existing: bool, output_dir: str | None
) -> None:
    missing = [p for p in paths if p != STDIN and not os.path.lexists(p)]
    if missing:
        raise click.BadParameter(
            f"no such file or folder: {', '.join(missing)}", param_hint="'PATHS...'"
        )
    if STDIN in paths and (len(paths) > 1 or files_from is not None):
        raise click.UsageError("'-' (standard input) must be the only input")
    if skip_existing and not output_dir:
        raise click.UsageError("--skip-existing needs --output-dir")


def _load_reference_dates(path: str | None) -> dict[str, dt.date]:
    if path is None:
        return {}
    try:
        with open(path, encoding="utf-8") as fh:  # noqa: PTH123
            return read_reference_dates(fh)
    except (OSError, UnicodeDecodeError, ReferenceDateError) as exc:
        raise click.BadParameter(f"{path}: {exc}", param_hint="'--reference-dates'") from None


def _inputs(
    paths: Sequence[str], files_from: str | None, recursive: bool, globs: Sequence[str]
) -> Iterator[InputFile]:
    yield from iter_inputs(paths, recursive=recursive, globs=globs)
    if files_from is None:
        return
    if files_from == STDIN:
        listed = read_path_list(sys.stdin)
        yield from iter_inputs(listed, recursive=recursive, globs=globs)
        return
    with open(files_from, encoding="utf-8", errors="surrogateescape") as fh:  # noqa: PTH123
        yield from iter_inputs(read_path_list(fh), recursive=recursive, globs=globs)


def _missing_only(
    inputs: Iterable[InputFile], sink: DirectorySink, progress: Progress
) -> Iterator[InputFile]:
    """``--skip-existing``: the inputs whose output file is not there yet."""
    for f in inputs:
        if sink.exists(f.rel):
            progress.skipped += 1
        else:
            yield f


def _tasks(
    inputs: Iterable[InputFile], reference_date: dt.date | None, dates: dict[str, dt.date]
) -> Iterator[Task]:
    for f in inputs:
        day = dates.get(resolve(f.path), reference_date) if dates else reference_date
        yield Task(f.path, f.rel, day)


def _count_in_background(
    progress: Progress,
    paths: Sequence[str],
    files_from: str | None,
    recursive: bool,
    globs: Sequence[str],
) -> None:
    """Count the inputs in a thread, so the progress line can show an ETA."""

    def count() -> None:
        progress.total = sum(1 for _ in _inputs(paths, files_from, recursive, globs))

    threading.Thread(target=count, name="count-inputs", daemon=True).start()


def _write(outcomes: Iterator[tuple[Task, Rendered]], sink: Sink, progress: Progress) -> int:
    """Write every record as its turn comes; the exit code."""
    failed = 0
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        for task, rendered in outcomes:
            sink.write(task.rel, rendered.json)
            if rendered.error:
                failed += 1
                progress.clear()
                click.echo(f"parse: {task.path}: {rendered.error}", err=True)
            progress.advance(failed=rendered.error is not None)
    except BrokenPipeError:
        _stop(outcomes, EXIT_OK)
        _quiet_broken_pipe()
    except KeyboardInterrupt:
        _stop(outcomes, EXIT_INTERRUPTED)
        progress.clear()
        click.echo("parse: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    finally:
        signal.signal(signal.SIGTERM, previous)
        progress.clear()
    return EXIT_FAILED if failed else EXIT_OK


def _interrupt(signum: int, frame: FrameType | None) -> NoReturn:
    raise KeyboardInterrupt  # SIGTERM ends a run as Ctrl-C does: workers stopped, no partial file


def _stop(outcomes: Iterator[tuple[Task, Rendered]], code: int) -> None:
    """Stop the batch early: workers finish their current files, the rest is cancelled.

    A second Ctrl-C, or a pool that does not wind down within ``EXIT_GRACE_SECONDS``,
    ends the process at once with ``code``.
    """

    def now(signum: int = 0, frame: FrameType | None = None) -> None:
        os._exit(code)

    signal.signal(signal.SIGINT, now)
    signal.signal(signal.SIGTERM, now)
    timer = threading.Timer(EXIT_GRACE_SECONDS, now)
    timer.daemon = True
    timer.start()
    close = getattr(outcomes, "close", None)
    if close is not None:
        close()  # cancels what the pool has not started


def _quiet_broken_pipe() -> NoReturn:
    """The reader went away (``parse dir | head``): end quietly, without a traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    with contextlib.suppress(OSError, ValueError):  # stdout may be a test runner's buffer
        os.dup2(devnull, sys.stdout.fileno())
    sys.exit(EXIT_OK)


def main() -> None:
    command.main(prog_name="parse")
