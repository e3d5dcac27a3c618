"""Checks every output record must pass: schema validity and the span invariants.

Shared by the schema, hostile-input and property tests. ``span_violations`` (from the
library) lists every (field, problem) it finds, so a failing test shows all at once.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from newsparse.invariants import span_violations


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


def assert_valid(record: dict[str, Any], text: str) -> None:
    """The record validates against the schema and keeps every span invariant."""
    problems = schema_errors(record) + span_violations(record, text)
    assert not problems, "\n".join(problems[:20])
