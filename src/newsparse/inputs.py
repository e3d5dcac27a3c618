"""Bytes to text: gzip, binary detection, encoding detection, newlines, format sniffing.

The order of :func:`decode`:

1. gzip is inflated (bounded: a gzip bomb is :class:`~newsparse.errors.InputTooLarge`);
2. a byte-order mark settles the encoding (UTF-32, UTF-16, UTF-8);
3. otherwise binary content (images, PDFs, archives, executables, random bytes) is
   refused from its first bytes with :class:`~newsparse.errors.NotADocument`;
4. UTF-16 without a BOM is recognised by its pattern of NUL bytes;
5. valid UTF-8 wins; then a declared charset (``<meta charset>``, ``<?xml encoding>``);
   then UTF-8 with stray bytes replaced, when valid multi-byte sequences dominate;
   then Windows-1252, which also reads Latin-1;
6. NUL characters are removed and CRLF / lone CR become LF, before any span is taken.

Anything repaired on the way is reported as a warning, never silently.
"""

from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass, field

from .errors import InputTooLarge, NotADocument

GZIP_MAGIC = b"\x1f\x8b"

# Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Starts of binary formats that are never articles: PDF, images, archives, executables,
# office and media containers. Each is long or odd enough never to open a text.
BINARY_MAGIC: tuple[bytes, ...] = (
    b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08",
    b"Rar!", b"7z\xbc\xaf", b"\x7fELF", b"\xfd7zXZ", b"\x00\x00\x01\x00", b"\xca\xfe\xba\xbe",
    b"II*\x00", b"MM\x00*", b"\xd0\xcf\x11\xe0", b"SQLite format 3\x00", b"\x28\xb5\x2f\xfd",
    b"\x00asm", b"\xfe\xed\xfa", b"\xcf\xfa\xed\xfe", b"wOFF", b"wOF2", b"\x1a\x45\xdf\xa3",
    b"fLaC", b"8BPS", b"\x04\x22\x4d\x18", b"MSCF", b"\x89HDF",
)  # fmt: skip

# Short signatures that could begin a line of text ("MZ", "BZh", "ID3", "GIF8"): binary
# only when a control byte follows within the first 16 bytes, as it does in real files.
WEAK_BINARY_MAGIC: tuple[bytes, ...] = (b"MZ", b"BZh", b"ID3", b"GIF8", b"RIFF", b"OggS", b"BM")

# Signatures found past the first byte: tar's "ustar" at 257, ISO media's "ftyp" at 4.
OFFSET_MAGIC: tuple[tuple[int, bytes], ...] = ((257, b"ustar"), (4, b"ftyp"))

# Control bytes that never occur in text (tab, LF, VT, FF, CR and ESC aside).
CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32)])
HIGH_BYTES = bytes(range(0x80, 0x100))

REPLACEMENT_UTF8 = "\ufffd".encode()

HEAD_BYTES = 4096  # binary detection and sniffing look at this much
# Pages often declare their charset after long <script>/<style> heads: look further for it.
CHARSET_BYTES = 65536
MAX_CONTROL_RATIO = 0.10  # more control bytes than this in the head: binary
MIN_CONTROLS = 8  # ... and more than this many, so a short text with a stray NUL stays text

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

# Declared charsets read as Windows-1252, as browsers do (WHATWG Encoding Standard).
WINDOWS_1252_ALIASES = frozenset({"latin_1", "iso8859-1", "ascii", "cp1252"})


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    format: str  # "text", "html" or "xml"
    warnings: list[str] = field(default_factory=list)


def gunzip(data: bytes, limit: int) -> tuple[bytes, bool]:
    """Inflate gzip data (every member), refusing to grow past ``limit`` bytes.

    Returns the content and whether the stream was complete (a truncated download
    still gives what could be read).

    Raises:
        InputTooLarge: the content is over ``limit`` (a gzip bomb).
        NotADocument: the data is not gzip at all.
    """
    out = bytearray()
    rest = data
    while True:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += inflater.decompress(rest, limit + 1 - len(out))
        except zlib.error as exc:
            if out:  # a damaged later member: keep what came before
                return bytes(out), False
            raise NotADocument(f"broken gzip data: {exc}") from exc
        if len(out) > limit:
            raise InputTooLarge(f"gzip content larger than {limit} bytes")
        if not inflater.eof:
            if not out:
                raise NotADocument("broken gzip data: nothing could be inflated")
            return bytes(out), False
        rest = inflater.unused_data.lstrip(b"\x00")  # members may be NUL-padded
        if not rest.startswith(GZIP_MAGIC):
            return bytes(out), True


def byte_order_mark(data: bytes) -> tuple[str, int] | None:
    """The encoding a BOM announces and the BOM's length, or None."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def _count(data: bytes, members: bytes) -> int:
    """How many bytes of ``data`` are in ``members`` (bytes.translate runs in C)."""
    return len(data) - len(data.translate(None, members))


def looks_binary(data: bytes) -> bool:
    """Cheap test on the first bytes: a binary signature, control bytes, or noise."""
    head = data[:HEAD_BYTES]
    if not head or byte_order_mark(head) is not None:
        return False
    if head.startswith(BINARY_MAGIC):
        return True
    if head.startswith(WEAK_BINARY_MAGIC) and _count(head[:16], CONTROL_BYTES):
        return True
    if any(head[at : at + len(magic)] == magic for at, magic in OFFSET_MAGIC):
        return True
    controls = _count(head, CONTROL_BYTES)
    if controls > MAX_CONTROL_RATIO * len(head) and controls > MIN_CONTROLS:
        return True
    if controls == 0:
        return False
    # A few control bytes: text with stray NULs, or noise? Noise is mostly high bytes
    # that do not form UTF-8; a legacy-charset text has few high bytes.
    high = _count(head, HIGH_BYTES)
    invalid = head.decode("utf-8", "replace").count("\ufffd")
    return high > 0.25 * len(head) and invalid * 4 > high


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` / ``"utf-16-be"`` when the head has NULs in every other byte."""
    head = data[:HEAD_BYTES]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    even_nul, odd_nul = even.count(0), odd.count(0)
    if odd_nul > 0.7 * len(odd) and even_nul < 0.05 * len(even):
        return "utf-16-le"
    if even_nul > 0.7 * len(even) and odd_nul < 0.05 * len(odd):
        return "utf-16-be"
    return None


def sniff_format(data: bytes) -> str:
    """``"html"``, ``"xml"`` or ``"text"`` from the first bytes (UTF-8 or ASCII-compatible)."""
    head = data[:HEAD_BYTES].lstrip(b"\xef\xbb\xbf")
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
    head = data[: CHARSET_BYTES if fmt != "text" else HEAD_BYTES]
    m = XML_ENCODING.search(head) if fmt == "xml" else CHARSET_DECL.search(head)
    if m is None and fmt != "text":
        m = XML_ENCODING.search(head) or CHARSET_DECL.search(head)
    if m is None:
        return None
    name = m.group("cs").decode("ascii", "replace")
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None
    if canonical.startswith(("utf-16", "utf-32")):  # no BOM, no NUL pattern: a false claim
        return None
    return "cp1252" if canonical in WINDOWS_1252_ALIASES else canonical


def _decode_with(data: bytes, encoding: str, warnings: list[str]) -> str:
    """Decode, replacing bad bytes with U+FFFD and saying so."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        warnings.append(f"input: invalid {encoding} bytes replaced with U+FFFD")
        return data.decode(encoding, "replace")
    except LookupError:  # pragma: no cover - codecs.lookup already accepted the name
        warnings.append(f"input: unknown encoding {encoding}, read as cp1252")
        return data.decode("cp1252", "replace")


def decode(data: bytes, *, input_format: str = "auto", max_bytes: int = 20_000_000) -> Decoded:
    """Decode the raw bytes of one file to normalised text (see the module docstring).

    Raises:
        NotADocument: binary content or broken gzip.
        InputTooLarge: gzip content over ``max_bytes``.
    """
    warnings: list[str] = []
    if data.startswith(GZIP_MAGIC):
        data, complete = gunzip(data, max_bytes)
        if not complete:
            warnings.append("input: truncated gzip data, decoded what could be read")
    bom = byte_order_mark(data)
    if bom is None and looks_binary(data):
        utf16 = utf16_without_bom(data)
        if utf16 is None:
            raise NotADocument("not a text or markup document (binary content)")
        bom = (utf16, 0)
    text: str
    if bom is not None:
        encoding, skip = bom
        text = _decode_with(data[skip:], encoding, warnings)
        if encoding == "utf-8":
            encoding = "utf-8-sig"
        elif skip == 0:
            warnings.append(f"input: {encoding} without a byte-order mark")
        if _text_looks_binary(text):
            raise NotADocument("not a text or markup document (binary content)")
        fmt = sniff_format(text[:HEAD_BYTES].encode("utf-8", "replace"))
    else:
        fmt = sniff_format(data)
        text, encoding = _decode_unmarked(data, fmt, warnings)
    if input_format != "auto":
        fmt = input_format
    if "\x00" in text:
        text = text.replace("\x00", "")
        warnings.append("input: NUL characters removed")
    return Decoded(normalise_newlines(text), encoding, fmt, warnings)


def _text_looks_binary(text: str) -> bool:
    """Decoded text that is mostly control characters or replacements: binary after all."""
    head = text[:2048]
    junk = sum(1 for ch in head if ch == "\ufffd" or (ch < " " and ch not in "\t\n\r\f\v"))
    return junk > MAX_CONTROL_RATIO * len(head)


def _decode_unmarked(data: bytes, fmt: str, warnings: list[str]) -> tuple[str, str]:
    """Bytes without a BOM: UTF-8, a declared charset, UTF-8 with repairs, or cp1252."""
    declared = _declared_charset(data, fmt)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if declared and declared not in ("utf-8", "cp1252") and not data.isascii():
            # Valid UTF-8 although the page declares otherwise: UTF-8 wins, since a
            # legacy charset rarely produces valid multi-byte UTF-8 sequences.
            warnings.append(f"input: declared charset {declared} but content is UTF-8")
        return text, "utf-8"
    if declared and declared != "utf-8":
        return _decode_with(data, declared, warnings), declared
    if _mostly_utf8(data):
        warnings.append("input: invalid UTF-8 bytes replaced with U+FFFD")
        return data.decode("utf-8", "replace"), "utf-8"
    return _decode_with(data, "cp1252", warnings), "cp1252"


def _mostly_utf8(data: bytes) -> bool:
    """True when bytes in valid multi-byte sequences outnumber invalid ones.

    Stray bytes in a UTF-8 file leave most high bytes in valid sequences; in a
    Windows-1252 or Latin-1 file nearly every high byte is invalid UTF-8.
    """
    window = data[:1_000_000]
    high = _count(window, HIGH_BYTES)
    bad = window.decode("utf-8", "replace").count("\ufffd") - window.count(REPLACEMENT_UTF8)
    return high > bad and bad * 2 <= high  # bytes in valid sequences outnumber bad ones


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, before any span is taken."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
