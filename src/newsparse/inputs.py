"""Bytes to text: encoding detection, newline normalisation, gzip, format sniffing."""

from __future__ import annotations

import codecs
import gzip
import re
import zlib
from dataclasses import dataclass, field

from .errors import NotADocument

GZIP_MAGIC = b"\x1f\x8b"

# Starts of binary formats that are never articles (images, PDF, archives, executables).
BINARY_MAGIC: tuple[bytes, ...] = (
    b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"Rar!", b"7z\xbc\xaf",
    b"\x7fELF", b"MZ", b"BZh", b"\xfd7zXZ", b"RIFF", b"OggS", b"ID3", b"\x00\x00\x01\x00",
    b"\xca\xfe\xba\xbe", b"II*\x00", b"MM\x00*",
)  # fmt: skip

# Markup sniffing on the first kilobytes, after any BOM and leading whitespace.
HTML_START = re.compile(
    rb"\s*(?:<!--.{0,2000}?-->\s*)?<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S
)
XML_START = re.compile(rb"\s*<\?xml\b", re.I)
NEWS_XML_ROOT = re.compile(rb"<(?:nitf|newsItem|newsMessage)\b", re.I)
CHARSET_DECL = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*(?P<cs>[\w:.-]{1,40})""", re.I
)
XML_ENCODING = re.compile(rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["'](?P<cs>[\w:.-]{1,40})""", re.I)

MAX_GZIP_RATIO_BYTES = 200_000_000  # never inflate past this, whatever the header says


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    format: str  # "text", "html" or "xml"
    warnings: list[str] = field(default_factory=list)


def gunzip(data: bytes, limit: int) -> bytes:
    """Inflate gzip data, refusing to grow past ``limit`` bytes (a gzip bomb is an error)."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = d.decompress(data, limit + 1)
    if len(out) > limit:
        from .errors import InputTooLarge

        raise InputTooLarge(f"gzip content larger than {limit} bytes")
    return out


def looks_binary(data: bytes) -> bool:
    """Cheap test on the first bytes: a known binary signature, or mostly control bytes."""
    head = data[:4096]
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        return False
    if any(head.startswith(m) for m in BINARY_MAGIC):
        return True
    if not head:
        return False
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls / len(head) > 0.10


def sniff_format(data: bytes) -> str:
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if XML_START.match(head) or NEWS_XML_ROOT.search(head[:2048]):
        if NEWS_XML_ROOT.search(data[:65536]):
            return "xml"
        if HTML_START.search(head) or b"<html" in head.lower():
            return "html"
        return "xml"
    if HTML_START.match(head):
        return "html"
    return "text"


def _declared_charset(data: bytes, fmt: str) -> str | None:
    head = data[:4096]
    m = XML_ENCODING.search(head) if fmt == "xml" else CHARSET_DECL.search(head)
    if m is None and fmt != "text":
        m = XML_ENCODING.search(head) or CHARSET_DECL.search(head)
    if m is None:
        return None
    name = m.group("cs").decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, *, input_format: str = "auto", max_bytes: int = 20_000_000) -> Decoded:
    """Decode raw bytes: gzip, binary check, BOM, declared charset, UTF-8, then cp1252."""
    warnings: list[str] = []
    if data.startswith(GZIP_MAGIC):
        try:
            data = gunzip(data, max_bytes)
        except (zlib.error, EOFError, gzip.BadGzipFile) as exc:
            raise NotADocument(f"broken gzip data: {exc}") from exc
    if looks_binary(data):
        raise NotADocument("not a text or markup document (binary content)")
    fmt = sniff_format(data) if input_format == "auto" else input_format
    text: str
    encoding: str
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = data[3:].decode("utf-8", "replace"), "utf-8-sig"
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        text, encoding = data.decode("utf-16", "replace"), "utf-16"
        if input_format == "auto":
            fmt = sniff_format(text.encode("utf-8"))
    else:
        declared = _declared_charset(data, fmt)
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            if declared and declared not in ("utf-8",):
                text, encoding = data.decode(declared, "replace"), declared
            elif _mostly_utf8(data):
                text, encoding = data.decode("utf-8", "replace"), "utf-8"
                warnings.append("input: invalid UTF-8 bytes replaced with U+FFFD")
            else:
                text, encoding = data.decode("cp1252", "replace"), "cp1252"
        else:
            if declared and declared not in ("utf-8", "ascii") and not data.isascii():
                # The bytes are valid UTF-8 although the page declares otherwise: UTF-8 wins,
                # since a legacy charset rarely produces valid multi-byte UTF-8 sequences.
                warnings.append(f"input: declared charset {declared} but content is UTF-8")
    if "\x00" in text:
        text = text.replace("\x00", "")
        warnings.append("input: NUL characters removed")
    return Decoded(normalise_newlines(text), encoding, fmt, warnings)


def _mostly_utf8(data: bytes) -> bool:
    """True when invalid sequences are rare: stray bytes in UTF-8, not a legacy charset."""
    bad = len(data.decode("utf-8", "replace")) - len(data.decode("utf-8", "ignore"))
    high = sum(1 for b in data[:200_000] if b >= 0x80)
    return high > 0 and bad * 4 < high


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, before any span is taken."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
