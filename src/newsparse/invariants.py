"""The contract's span invariant, checked on an output record.

``span_violations(record, text)`` lists every item whose ``text[start:end]`` is not its
printed string, whose span leaves the text, or whose ``source_id`` points nowhere. The
tests, the fuzz entry point and users checking their own output share it.
"""

from __future__ import annotations

from typing import Any

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
