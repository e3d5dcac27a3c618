"""Article -> the newsparse/1 record: every key present, ``null`` / ``[]`` defaults.

Printed strings are cut from the printed text (``Document.printed``) by span here, so
the span invariant ``text[start:end] == value`` holds by construction.
"""

from __future__ import annotations

from typing import Any

from .article import Article, SourceInfo
from .document import Document, Span

SCHEMA_ID = "newsparse/1"

# Every top-level key of the contract, in contract order, with its empty value.
EMPTY_RECORD: tuple[tuple[str, Any], ...] = (
    ("language", "en"),
    ("section", None),
    ("headline", None),
    ("published", None),
    ("dateline", None),
    ("byline", None),
    ("editors", []),
    ("contributors", []),
    ("photo_captions", []),
    ("quotes", []),
    ("attributions", []),
    ("sources", []),
    ("dates", []),
    ("paragraphs", []),
    ("warnings", []),
)


def _cut(doc: Document, span: Span | None) -> str | None:
    return None if span is None else doc.printed_of(span)


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else span.to_json()


def source_to_dict(source: SourceInfo) -> dict[str, Any]:
    return {
        "path": source.path,
        "format": source.format,
        "encoding": source.encoding,
        "sha256": source.sha256,
    }


def article_to_dict(article: Article, *, with_text: bool = False) -> dict[str, Any]:
    doc = article.doc
    rec: dict[str, Any] = {"schema": SCHEMA_ID, "source": source_to_dict(article.source)}
    rec["language"] = (article.language or "en")[:2].lower()

    h = article.headline
    rec["section"] = None if h is None else (h.section_text or _cut(doc, h.section))
    rec["headline"] = None if h is None else (h.headline_text or _cut(doc, h.headline))
    rec["published"] = article.published

    d = article.dateline
    rec["dateline"] = (
        None
        if d is None
        else {
            "text": doc.printed_of(d.span),
            "span": d.span.to_json(),
            "location": _cut(doc, d.location),
            "city": d.city,
            "region": d.region,
            "country": d.country,
            "country_code": d.country_code,
            "agency": d.agency,
            "date_text": _cut(doc, d.date_text),
            "date": d.date,
        }
    )

    b = article.byline
    rec["byline"] = (
        None
        if b is None
        else {
            "text": _cut(doc, b.span),
            "span": _span(b.span),
            "authors": list(b.authors),
            "affiliation": b.affiliation,
        }
    )

    def credit(c: Any) -> dict[str, Any]:
        return {
            "name": c.name,
            "role": c.role,
            "text": doc.printed_of(c.span),
            "span": c.span.to_json(),
        }

    rec["editors"] = [credit(c) for c in article.credits if c.is_editor]
    rec["contributors"] = [credit(c) for c in article.credits if not c.is_editor]
    rec["photo_captions"] = [
        {
            "text": doc.printed_of(c.text),
            "credit": c.credit,
            "span": c.span.to_json(),
            "raw": doc.printed_of(c.span),
        }
        for c in article.captions
    ]

    sources = article.sources

    def source_name(source_id: int | None) -> str | None:
        return (
            None
            if source_id is None or not 0 <= source_id < len(sources)
            else sources[source_id].name
        )

    rec["quotes"] = [
        {
            "text": doc.printed_of(q.span),
            "span": q.span.to_json(),
            "speaker": source_name(q.source_id),
            "speaker_text": _cut(doc, q.speaker_span),
            "speaker_span": _span(q.speaker_span),
            "cue": q.cue if q.cue is not None else _cut(doc, q.cue_span),
            "source_id": q.source_id,
            "kind": q.kind,
        }
        for q in article.quotes
    ]
    rec["attributions"] = [
        {
            "source_text": _cut(doc, a.source_span),
            "source_span": _span(a.source_span),
            "cue": doc.printed_of(a.cue_span),
            "cue_span": a.cue_span.to_json(),
            "content": doc.printed_of(a.content_span),
            "content_span": a.content_span.to_json(),
            "direct": a.direct,
            "source_id": a.source_id,
        }
        for a in article.attributions
    ]
    rec["sources"] = [
        {
            "id": i,
            "name": s.name,
            "aliases": list(s.aliases),
            "kind": s.kind,
            "title": s.title,
            "anonymous": s.anonymous,
            "attribution_count": s.attribution_count,
            "quote_count": s.quote_count,
        }
        for i, s in enumerate(sources)
    ]
    rec["dates"] = [
        {
            "text": doc.printed_of(m.span),
            "span": m.span.to_json(),
            "value": m.value,
            "granularity": m.granularity,
            "relative": m.relative,
        }
        for m in article.dates
    ]
    rec["paragraphs"] = [
        {"text": doc.printed_of(s), "span": s.to_json()} for s in article.paragraphs()
    ]
    rec["warnings"] = list(article.warnings)
    if with_text:
        rec["text"] = doc.printed
    return rec


def error_record(source: SourceInfo, error_type: str, message: str) -> dict[str, Any]:
    """The record for an input that failed: every contract key at its empty value."""
    rec: dict[str, Any] = {"schema": SCHEMA_ID, "source": source_to_dict(source)}
    for key, empty in EMPTY_RECORD:
        rec[key] = list(empty) if isinstance(empty, list) else empty
    rec["error"] = {"type": error_type, "message": message}
    return rec
