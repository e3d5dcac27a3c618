"""Megabytes of adversarial text: each gives a valid record, in bounded time.

The inputs come from ``bench/hostile.py`` (the benchmark times the same ones).
pytest-timeout is the hang guard; speed figures belong to ``bench/bench.py --hostile``.
A record of a hostile input can hold hundreds of thousands of items: the spans of
all of them are checked, the schema on the first and last items of each list
(jsonschema is slow; the structure is the same for every item).
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

from newsparse.api import parse
from newsparse.batch import parse_bytes
from newsparse.options import Options

from .conftest import ROOT
from .record_checks import schema_errors, span_violations

HOSTILE_SIZE = 5_000_000
SCHEMA_SAMPLE = 200  # items checked against the schema at each end of a long list


def _load_hostile() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_hostile", ROOT / "bench" / "hostile.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


HOSTILE: dict[str, Callable[[int], str]] = _load_hostile().HOSTILE


def sampled(record: dict[str, Any]) -> dict[str, Any]:
    """The record with each long list cut to its first and last items."""
    out = dict(record)
    for key, value in record.items():
        if isinstance(value, list) and len(value) > 2 * SCHEMA_SAMPLE:
            out[key] = value[:SCHEMA_SAMPLE] + value[-SCHEMA_SAMPLE:]
    return out


def check(text: str) -> dict[str, Any]:
    record = parse(text).to_dict()
    assert not schema_errors(sampled(record))
    assert not span_violations(record, text)
    return record


@pytest.mark.slow
@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_text_gives_a_valid_record(name: str) -> None:
    text = HOSTILE[name](HOSTILE_SIZE)
    assert len(text.encode("utf-8")) >= HOSTILE_SIZE * 0.25
    record = check(text)
    assert record["schema"] == "newsparse/1"
    assert record["source"]["format"] == "text"


@pytest.mark.slow
@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_bytes_give_one_record_from_the_batch_edge(name: str) -> None:
    data = HOSTILE[name](HOSTILE_SIZE // 5).encode("utf-8")
    outcome = parse_bytes(data, f"{name}.txt", Options())
    assert outcome.error is None
    assert not schema_errors(sampled(outcome.record))


def test_unclosed_quote_paragraphs_keep_their_paragraphs() -> None:
    text = HOSTILE["20,000 unclosed quote paragraphs"](HOSTILE_SIZE)
    record = check(text)
    paragraph = "“This paragraph opens a quote that never closes, said the man who spoke"
    # The first block may be read as the headline; every other one stays a paragraph.
    assert len(record["paragraphs"]) in (19_999, 20_000)
    assert {p["text"] for p in record["paragraphs"]} == {paragraph}
    assert record["paragraphs"][-1]["span"] == [len(text) - len(paragraph) - 2, len(text) - 2]


def test_nothing_but_newlines_has_no_paragraphs() -> None:
    record = check(HOSTILE["5 MB of newlines"](HOSTILE_SIZE))
    assert record["paragraphs"] == []
    assert record["warnings"] == ["input: empty document"]


def test_one_line_without_spaces_is_one_paragraph() -> None:
    text = HOSTILE["5 MB without a space"](HOSTILE_SIZE)
    record = check(text)
    assert [p["span"] for p in record["paragraphs"]] == [[0, len(text)]]


@pytest.mark.slow
def test_input_just_under_the_limit_parses_and_just_over_is_refused() -> None:
    options = Options(max_input_bytes=2_000_000)
    text = HOSTILE["5 MB of `word ` on one line"](2_000_000)
    assert parse(text.encode("utf-8"), options=options).doc.text == text
    outcome = parse_bytes((text + "x").encode("utf-8"), "big.txt", options)
    assert outcome.record["error"]["type"] == "too_large"
    assert not schema_errors(outcome.record)
