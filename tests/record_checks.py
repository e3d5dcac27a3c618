"""Checks every output record must pass: schema validity and the span invariants.

Shared by the schema, hostile-input and property tests. ``span_violations`` lists
every (field, problem) it finds, so a failing test shows all of them at once.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

# (list key, span key, string key) of the contract: text[span] == string for each item.
SPAN_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("editors", "span", "text"),
    ("contributors", "span", "text"),
    ("photo_captions", "span", "raw"),
    ("quotes", "span", "text"),
    ("quotes", "speaker_span", "speaker_text"),
    ("attributions", "source_span", "source_text"),
    ("attributions", "cue_span", "cue"),
    ("attributions", "content_span", "content"),
    ("dates", "span", "text"),
    ("paragraphs", "span", "text"),
)


@cache
def validator() -> Draft202012Validator:
    schema = json.loads((files("newsparse") / "schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def schema_errors(record: dict[str, Any]) -> list[str]:
    """Every schema violation of ``record``, as readable lines (empty when valid)."""
    out = []
    for error in validator().iter_errors(record):
        # A oneOf (result or error record) failure: the closest branch says what is wrong.
        inner = best_match(error.context) if error.context else error
        where = "/".join(str(p) for p in inner.absolute_path)
        out.append(f"{where}: {inner.message}")
    return out


def _check_pair(
    text: str, where: str, span: list[int] | None, value: str | None, out: list[str]
) -> None:
    if span is None or value is None:
        if span is not None or value is not None:
            out.append(f"{where}: span {span!r} and string {value!r} must be null together")
        return
    start, end = span
    if not 0 <= start <= end <= len(text):
        out.append(f"{where}: span {span} outside text of length {len(text)}")
    elif text[start:end] != value:
        out.append(f"{where}: text[{start}:{end}] = {text[start:end]!r} != {value!r}")


def span_violations(record: dict[str, Any], text: str) -> list[str]:
    """Every broken span invariant of a record whose article text is ``text``."""
    out: list[str] = []
    for key in ("dateline", "byline"):
        item = record[key]
        if item is not None:
            _check_pair(text, key, item["span"], item["text"], out)
    for key, span_key, value_key in SPAN_PAIRS:
        for i, item in enumerate(record[key]):
            _check_pair(text, f"{key}[{i}].{span_key}", item[span_key], item[value_key], out)
    for i, caption in enumerate(record["photo_captions"]):
        if caption["text"] not in caption["raw"]:
            out.append(f"photo_captions[{i}]: text {caption['text']!r} not inside raw")
    n_sources = len(record["sources"])
    for key in ("quotes", "attributions"):
        for i, item in enumerate(record[key]):
            sid = item["source_id"]
            if sid is not None and not 0 <= sid < n_sources:
                out.append(f"{key}[{i}].source_id {sid} not an index into {n_sources} sources")
    for i, source in enumerate(record["sources"]):
        if source["id"] != i:
            out.append(f"sources[{i}].id is {source['id']}")
    return out


def assert_valid(record: dict[str, Any], text: str) -> None:
    """The record validates against the schema and keeps every span invariant."""
    problems = schema_errors(record) + span_violations(record, text)
    assert not problems, "\n".join(problems[:20])
