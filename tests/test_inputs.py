"""Bytes to text: every encoding of one wire story gives the same record as UTF-8."""

from __future__ import annotations

import codecs
import gzip
import random
from typing import Any

import pytest

from newsparse.api import parse
from newsparse.errors import InputTooLarge, NotADocument
from newsparse.inputs import decode, looks_binary, normalise_newlines, sniff_format
from newsparse.options import Options

from .record_checks import assert_valid

# A wire story with curly quotes, a dateline and a credit line, as Reuters prints it.
STORY = """\
Fed holds rates steady, sees economy on solid footing

WASHINGTON (Reuters) - The Federal Reserve held interest rates steady on Wednesday, and its chairman said the economy was “on a solid footing” despite weaker hiring.

“We are in a good position to wait and see,” Fed Chair Jerome Powell told reporters after the two-day meeting.

Powell said the central bank would watch inflation closely, a view shared by economists at Société Générale.

“There is no rush,” he said.

(Reporting by Howard Schneider; Editing by Andrea Ricci)
"""

# Latin-1 has no curly quotes: the same story with straight ones.
STORY_STRAIGHT = STORY.replace("“", '"').replace("”", '"')


def record(data: bytes | str, **options: Any) -> dict[str, Any]:
    article = parse(data, options=Options(**options))
    rec = article.to_dict(with_text=True)
    assert_valid(rec, rec["text"])
    return rec


def without(rec: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in rec.items() if k not in {"source", *keys}}


@pytest.fixture(scope="module")
def utf8() -> dict[str, Any]:
    return record(STORY.encode("utf-8"))


@pytest.mark.parametrize(
    ("name", "data", "encoding"),
    [
        ("utf-8 with BOM", codecs.BOM_UTF8 + STORY.encode("utf-8"), "utf-8-sig"),
        ("utf-16 LE with BOM", codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"), "utf-16-le"),
        ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"), "utf-16-be"),
        ("utf-32 LE with BOM", codecs.BOM_UTF32_LE + STORY.encode("utf-32-le"), "utf-32-le"),
        ("windows-1252", STORY.encode("cp1252"), "cp1252"),
        ("gzip", gzip.compress(STORY.encode("utf-8")), "utf-8"),
        ("CRLF", STORY.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
        ("lone CR", STORY.replace("\n", "\r").encode("utf-8"), "utf-8"),
    ],
)
def test_encoding_gives_the_utf8_record(
    utf8: dict[str, Any], name: str, data: bytes, encoding: str
) -> None:
    rec = record(data)
    assert rec["source"]["encoding"] == encoding
    assert rec["text"] == STORY
    assert rec["warnings"] == utf8["warnings"] == []
    assert without(rec) == without(utf8)


def test_windows_1252_curly_quotes_are_bytes_93_and_94() -> None:
    data = STORY.encode("cp1252")
    assert b"\x93We are in a good position" in data
    text = decode(data).text
    assert "“We are in a good position to wait and see,”" in text


def test_latin1_gives_the_utf8_record() -> None:
    data = STORY_STRAIGHT.encode("latin-1")
    assert b"Soci\xe9t\xe9 G\xe9n\xe9rale" in data
    rec = record(data)
    assert "Société Générale" in rec["text"]
    assert without(rec) == without(record(STORY_STRAIGHT.encode("utf-8")))


def test_stray_invalid_bytes_are_replaced_with_a_warning(utf8: dict[str, Any]) -> None:
    # A Latin-1 "é" (one byte, 0xE9) inside an otherwise UTF-8 file.
    data = STORY.encode("utf-8").replace("Société".encode(), b"Soci\xe9t\xc3\xa9", 1)
    rec = record(data)
    assert rec["source"]["encoding"] == "utf-8"
    assert "Soci\ufffdté Générale" in rec["text"]
    assert rec["warnings"] == ["input: invalid UTF-8 bytes replaced with U+FFFD"]
    same_length = record(STORY.replace("Société", "Soci\ufffdté", 1))
    assert without(rec, "warnings") == without(same_length, "warnings")
    for key in ("dateline", "quotes", "editors", "contributors"):
        assert rec[key] == utf8[key]


def test_nul_bytes_are_removed_with_a_warning(utf8: dict[str, Any]) -> None:
    data = STORY.encode("utf-8").replace(b"central bank", b"central\x00 bank\x00")
    rec = record(data)
    assert rec["text"] == STORY
    assert rec["warnings"] == ["input: NUL characters removed"]
    assert without(rec, "warnings") == without(utf8, "warnings")


def test_nul_in_a_str_is_removed_with_a_warning() -> None:
    rec = record("Hello\x00 world.\n")
    assert rec["text"] == "Hello world.\n"
    assert rec["warnings"] == ["input: NUL characters removed"]


def test_crlf_and_lone_cr_become_lf_before_spans() -> None:
    assert normalise_newlines("a\r\nb\rc\n\r\nd") == "a\nb\nc\n\nd"
    rec = record(STORY.replace("\n", "\r\n"))
    assert "\r" not in rec["text"]
    assert [p["text"] for p in rec["paragraphs"]] == [
        p["text"] for p in record(STORY)["paragraphs"]
    ]


def test_utf16_without_bom_is_recognised_with_a_warning(utf8: dict[str, Any]) -> None:
    rec = record(STORY.encode("utf-16-le"))
    assert rec["source"]["encoding"] == "utf-16-le"
    assert rec["warnings"] == ["input: utf-16-le without a byte-order mark"]
    assert without(rec, "warnings") == without(utf8, "warnings")


def test_declared_charset_is_used_when_the_bytes_are_not_utf8() -> None:
    page = '<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head></html>'
    decoded = decode(page.encode("latin-1"))
    assert decoded.format == "html"
    assert decoded.encoding == "cp1252"  # browsers read ISO-8859-1 as Windows-1252
    assert "<title>Café</title>" in decoded.text


def test_declared_charset_loses_to_valid_utf8() -> None:
    page = '<html><head><meta charset="windows-1251"><title>Café</title></head></html>'
    decoded = decode(page.encode("utf-8"))
    assert decoded.encoding == "utf-8"
    assert decoded.warnings == ["input: declared charset cp1251 but content is UTF-8"]


def test_truncated_gzip_keeps_what_could_be_read() -> None:
    data = gzip.compress(STORY.encode("utf-8") * 40)[:-40]
    decoded = decode(data)
    assert decoded.text.startswith(STORY)
    assert decoded.warnings == ["input: truncated gzip data, decoded what could be read"]


def test_gzip_bomb_is_too_large() -> None:
    data = gzip.compress(b"a" * 50_000)
    with pytest.raises(InputTooLarge, match="gzip content larger than 10000 bytes"):
        parse(data, options=Options(max_input_bytes=10_000))


def test_input_over_the_limit_is_too_large() -> None:
    with pytest.raises(InputTooLarge, match="over the limit of 100"):
        parse(b"x" * 101, options=Options(max_input_bytes=100))
    with pytest.raises(InputTooLarge, match="over the limit of 100"):
        parse("x" * 101, options=Options(max_input_bytes=100))
    assert parse(b"x" * 100, options=Options(max_input_bytes=100)).doc.text == "x" * 100


NOISE = random.Random(20261123)

BINARIES = {
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200),
    "gif": b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + bytes(50),
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    "zip": b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(100),
    "7z": b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(100),
    "rar": b"Rar!\x1a\x07\x01\x00" + bytes(100),
    "elf": b"\x7fELF\x02\x01\x01\x00" + bytes(100),
    "windows exe": b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(100),
    "bzip2": b"BZh91AY&SY\x00\x01" + bytes(60),
    "tar": b"article.txt" + bytes(246) + b"ustar\x0000" + bytes(243),
    "mp4": b"\x00\x00\x00\x18ftypmp42" + bytes(100),
    "gzip inside gzip": gzip.compress(gzip.compress(NOISE.randbytes(3000))),
    "random bytes": NOISE.randbytes(8192),
    "short random bytes": NOISE.randbytes(64),
}


@pytest.mark.parametrize("name", sorted(BINARIES))
def test_binary_input_is_not_a_document(name: str) -> None:
    with pytest.raises(NotADocument, match="not a text or markup document"):
        parse(BINARIES[name])


def test_broken_gzip_is_not_a_document() -> None:
    with pytest.raises(NotADocument, match="broken gzip data"):
        parse(b"\x1f\x8b\x08\x00garbage that does not inflate")


@pytest.mark.parametrize(
    "text",
    [
        "BMW shares rose 3 percent on Monday.",
        "MZANSI, South Africa - Residents said.",
        "ID3 gene study published.",
        "GIF8 is not a format name here.",
    ],
)
def test_text_that_starts_like_a_signature_is_text(text: str) -> None:
    assert not looks_binary(text.encode("utf-8"))
    assert decode(text.encode("utf-8")).text == text


def test_empty_file_gives_an_empty_record_with_a_warning() -> None:
    rec = record(b"")
    assert rec["text"] == ""
    assert rec["headline"] is None
    assert rec["dateline"] is None
    assert rec["paragraphs"] == []
    assert rec["warnings"] == ["input: empty document"]


def test_whitespace_only_file_is_empty_too() -> None:
    assert record(b"\n\r\n  \t\n")["warnings"] == ["input: empty document"]


def test_lone_surrogates_in_a_str_are_replaced() -> None:
    rec = record("Bad \udc80 char.")
    assert rec["text"] == "Bad \ufffd char."
    assert rec["warnings"] == ["input: lone surrogates replaced with U+FFFD"]


@pytest.mark.parametrize(
    ("head", "fmt"),
    [
        (b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        (b"\xef\xbb\xbf  <html lang='en'>", "html"),
        (b'<?xml version="1.0"?><nitf><body/></nitf>', "xml"),
        (b"WASHINGTON (Reuters) - <b> is not markup here", "text"),
    ],
)
def test_sniff_format(head: bytes, fmt: str) -> None:
    assert sniff_format(head) == fmt


def test_utf16_page_is_sniffed_after_decoding() -> None:
    data = codecs.BOM_UTF16_LE + "<!DOCTYPE html><html></html>".encode("utf-16-le")
    assert decode(data).format == "html"


def test_a_charset_declared_after_a_long_head_is_used() -> None:
    """A meta charset after 10 KB of scripts still decides the page's encoding."""
    from newsparse.inputs import decode

    page = (
        b"<!DOCTYPE html><html><head><script>" + b"var x = 1;\n" * 1000 + b"</script>"
        b'<meta charset="windows-1252"><title>Caf\xe9</title></head>'
        b"<body><p>\x93Quoted,\x94 she said.</p></body></html>"
    )
    decoded = decode(page)
    assert decoded.encoding == "cp1252"
    assert "Café" in decoded.text
    assert "\u201cQuoted,\u201d" in decoded.text
