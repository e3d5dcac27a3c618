"""The library entry point: ``parse(text_or_bytes) -> Article``."""

from __future__ import annotations

import hashlib
import re

from .article import Article, SourceInfo
from .errors import InputTooLarge
from .inputs import decode, normalise_newlines
from .layout import build_document
from .options import Options
from .pipeline import build_context, run

DEFAULT_OPTIONS = Options()

# A UTF-16 surrogate code point on its own (a str from a careless decoder): unencodable.
LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")  # the escapes read by re, not by Python


def parse(
    source: str | bytes,
    *,
    path: str | None = None,
    options: Options | None = None,
    timed: bool = False,
) -> Article:
    """Parse one article.

    Args:
        source: the raw bytes of a file (decoded here: BOM, charset, gzip), or text.
        path: where it came from, echoed in ``source.path`` (``"-"`` when not given).
        options: how to parse; defaults to ``Options()``.
        timed: record seconds per stage in ``Article.timings`` (for the benchmark).

    Raises:
        TypeError: ``source`` is neither ``str`` nor ``bytes``.
        InputTooLarge: the input is over ``options.max_input_bytes``.
        NotADocument: binary input (an image, a PDF, random bytes).
    """
    opts = options or DEFAULT_OPTIONS
    warnings: list[str] = []
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        if len(data) > opts.max_input_bytes:
            raise InputTooLarge(
                f"input is {len(data)} bytes, over the limit of {opts.max_input_bytes}"
            )
        sha = hashlib.sha256(data).hexdigest()
        decoded = decode(data, input_format=opts.input_format, max_bytes=opts.max_input_bytes)
        text, encoding, fmt = decoded.text, decoded.encoding, decoded.format
        warnings.extend(decoded.warnings)
    elif isinstance(source, str):
        if len(source) > opts.max_input_bytes:
            raise InputTooLarge(
                f"input is {len(source)} characters, over the limit of {opts.max_input_bytes}"
            )
        try:
            sha = hashlib.sha256(source.encode("utf-8")).hexdigest()
        except UnicodeEncodeError:  # lone surrogates: hash them as given, then replace them
            sha = hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()
            source = LONE_SURROGATE.sub("\ufffd", source)
            warnings.append("input: lone surrogates replaced with U+FFFD")
        text, encoding = normalise_newlines(source), None
        fmt = opts.input_format if opts.input_format != "auto" else _sniff_text(text)
        if "\x00" in text:
            text = text.replace("\x00", "")
            warnings.append("input: NUL characters removed")
    else:
        raise TypeError(f"parse() takes str or bytes, not {type(source).__name__}")

    page = None
    if fmt in ("html", "xml"):
        from .html import extract  # bs4/lxml are imported only for markup

        text, page = extract(text, fmt)
    doc = build_document(text, plain=page is None)
    article = Article(
        doc=doc,
        source=SourceInfo(path=path or "-", format=fmt, encoding=encoding, sha256=sha),
        page=page,
        language=(page.language if page and page.language else opts.language),
    )
    article.warnings.extend(warnings)
    if not text.strip():
        article.warnings.append("input: empty document")
    run(doc, article, build_context(opts), timed=timed)
    return article


def _sniff_text(text: str) -> str:
    from .inputs import sniff_format

    return sniff_format(text[:4096].encode("utf-8", "replace"))
