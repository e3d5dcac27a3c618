"""The ``parse`` command: a thin shell over :mod:`newsparse.api` and :mod:`newsparse.batch`."""

from __future__ import annotations

import datetime as dt
import json
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

import click

from . import __version__
from .batch import Outcome, iter_inputs, parse_bytes, parse_many
from .options import Options


def _dump(record: dict[str, Any], pretty: bool) -> str:
    if pretty:
        return json.dumps(record, ensure_ascii=False, indent=2)
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


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
@click.option("--pretty", is_flag=True, help="Indent the JSON (single document).")
@click.option("--with-text", is_flag=True, help="Include the article text under `text`.")
@click.option(
    "--reference-date",
    callback=_reference_date,
    metavar="YYYY-MM-DD",
    help="Base date for relative and year-less dates.",
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
    "--schema", "show_schema", is_flag=True, help="Print the JSON Schema of the output and exit."
)
@click.version_option(__version__, "--version", prog_name="newsparse")
def command(
    paths: tuple[str, ...],
    pretty: bool,
    with_text: bool,
    reference_date: dt.date | None,
    input_format: str,
    show_schema: bool,
) -> None:
    """Parse news articles into newsparse/1 JSON.

    PATHS are files or directories; none or "-" reads standard input. One input
    prints one JSON object; several print JSON Lines, one object per input, in order.
    """
    if show_schema:
        click.echo((files("newsparse") / "schema.json").read_text(encoding="utf-8"), nl=False)
        return
    for p in paths:
        if p != "-" and not Path(p).exists():
            raise click.BadParameter(f"no such file or directory: {p}", param_hint="PATH")
    options = Options(reference_date=reference_date, input_format=input_format)  # type: ignore[arg-type]
    inputs = list(iter_inputs(paths)) if paths else ["-"]
    single = len(inputs) == 1 and not any(p != "-" and Path(p).is_dir() for p in paths)
    outcomes = (
        [parse_bytes(sys.stdin.buffer.read(), "-", options, with_text=with_text)]
        if inputs == ["-"]
        else parse_many(inputs, options, with_text=with_text)
    )
    failed = _write(outcomes, pretty=pretty and single)
    if failed:
        sys.exit(1)


def _write(outcomes: Any, *, pretty: bool) -> int:
    failed = 0
    out = sys.stdout
    try:
        for outcome in outcomes:
            assert isinstance(outcome, Outcome)
            out.write(_dump(outcome.record, pretty) + "\n")
            out.flush()
            if outcome.error:
                failed += 1
                click.echo(f"parse: {outcome.path}: {outcome.error}", err=True)
    except BrokenPipeError:
        _quiet_broken_pipe()
    return failed


def _quiet_broken_pipe() -> None:
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)


def main() -> None:
    command.main(prog_name="parse")
