"""Records validate against src/newsparse/schema.json: results and error records."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsparse.api import parse
from newsparse.article import SourceInfo
from newsparse.batch import parse_bytes, parse_path
from newsparse.options import Options
from newsparse.serialize import EMPTY_RECORD, error_record

from .conftest import FIXTURES
from .record_checks import assert_valid, schema_errors, validator

TEXT_FIXTURES = sorted(
    p for p in FIXTURES.glob("*") if p.suffix in (".txt", ".html", ".htm", ".xml")
)


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    assert validator().schema["$id"] == "newsparse/1"


@pytest.mark.parametrize("path", TEXT_FIXTURES, ids=lambda p: p.name)
def test_fixture_records_validate(path: Path) -> None:
    rec = parse(path.read_bytes(), path=path.name).to_dict(with_text=True)
    text = rec.pop("text")
    assert_valid(rec, text)


@pytest.mark.parametrize(
    ("data", "kind", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "not_a_document", "not a text"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "not_a_document", "not a text or markup document"),
        (b"\x1f\x8b\x08\x00broken", "not_a_document", "broken gzip data"),
        (gzip.compress(b"a" * 5_000), "too_large", "gzip content larger than 1000 bytes"),
        (b"a" * 1_001, "too_large", "over the limit of 1000"),
    ],
)
def test_error_records_validate(data: bytes, kind: str, message: str) -> None:
    outcome = parse_bytes(data, "bad.txt", Options(max_input_bytes=1_000))
    rec = outcome.record
    assert not schema_errors(rec)
    assert rec["error"]["type"] == kind
    assert message in rec["error"]["message"]
    assert rec["source"]["path"] == "bad.txt"
    for key, empty in EMPTY_RECORD:
        assert rec[key] == empty


def test_unreadable_path_gives_a_valid_error_record(tmp_path: Path) -> None:
    outcome = parse_path(str(tmp_path / "missing.txt"), Options())
    assert not schema_errors(outcome.record)
    assert outcome.record["error"]["type"] == "io"
    assert outcome.record["source"]["sha256"] is None


def test_error_record_with_every_source_field() -> None:
    info = SourceInfo(path="x.html", format="html", encoding="utf-8", sha256="0" * 64)
    assert not schema_errors(error_record(info, "markup", "entity expansion refused"))


def test_empty_input_gives_a_valid_result_record() -> None:
    rec = parse(b"", path="empty.txt").to_dict()
    assert not schema_errors(rec)
    assert "error" not in rec
    assert rec["warnings"] == ["input: empty document"]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("headline", 3),
        ("quotes", [{"text": "x"}]),
        ("language", "english"),
        ("unknown_key", None),
    ],
)
def test_schema_rejects_broken_records(key: str, value: object) -> None:
    rec = parse("Hello.\n").to_dict()
    rec[key] = value
    assert schema_errors(rec)


def test_schema_requires_every_contract_key() -> None:
    rec = parse("Hello.\n").to_dict()
    del rec["paragraphs"]
    assert any("'paragraphs' is a required property" in e for e in schema_errors(rec))
