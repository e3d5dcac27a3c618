"""Whole-record golden tests: every fixture against its expected JSON.

``pytest --update-golden`` rewrites fixtures/<name>.json from the parser; review the
diff in git before committing, never accept it blind.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from newsparse.api import parse
from newsparse.options import Options

from .conftest import FIXTURES

INPUT_SUFFIXES = (".txt", ".html", ".htm", ".xml")
GOLDEN_OPTIONS = Options()


def fixture_inputs() -> list[Path]:
    return sorted(
        p for p in FIXTURES.iterdir() if p.suffix in INPUT_SUFFIXES and p.name != "README.md"
    )


def render(path: Path) -> str:
    record = parse(
        path.read_bytes(), path=f"fixtures/{path.name}", options=GOLDEN_OPTIONS
    ).to_dict()
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("path", fixture_inputs(), ids=lambda p: p.name)
def test_golden(path: Path, update_golden: bool) -> None:
    golden = path.with_suffix(".json")
    actual = render(path)
    if update_golden:
        golden.write_text(actual, encoding="utf-8")
        return
    assert golden.exists(), f"{golden.name} missing: run pytest --update-golden and review the diff"
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=f"{golden.name} (expected)",
                tofile=f"{golden.name} (parsed)",
                n=2,
            )
        )
        pytest.fail(f"output differs from {golden.name}:\n{diff[:6000]}")


def test_goldens_have_inputs() -> None:
    """No stale golden whose input was removed."""
    inputs = {p.stem for p in fixture_inputs()}
    stale = [p.name for p in FIXTURES.glob("*.json") if p.stem not in inputs]
    assert stale == []


def test_enough_fixtures() -> None:
    assert len(fixture_inputs()) >= 21
