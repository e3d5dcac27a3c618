"""The date finder against a hand-labelled set: 15 polnear-dev and 15 reuters21578-dev articles.

``tests/data/dates_gold.jsonl`` lists every date expression a reader finds in each
article, labelled by reading the article (one object per article: corpus, file, the
reference date used, and the dates with span, value, granularity, relative).

Labelling policy:
- counted: calendar dates (full, year-less, numeric, ISO), months (with or without a
  year), years (also as modifiers: "the 2016 election", "calendar 1986"), weekdays,
  day words (today, yesterday, tomorrow, tonight), modifier phrases (last week, this
  year, earlier this month, last night), "N units ago", clock times; headlines and
  captions included;
- not counted: the dateline prefix's date (that is ``dateline.date``), durations ("for
  two years"), vague times ("recently", "years ago", "the past few days", "year-end"),
  seasons and weekends ("last autumn", "this weekend"), decades, named days and events
  ("Election Day", "Labor Day", "9/11"), names that hold a date word ("Fox News
  Sunday", "Trending Today USA");
- values are what the story means, read by a careful reader (a future "Monday" is the
  coming Monday), not what the resolution rule gives, so value accuracy is a real figure.

A found item is correct when its span equals a labelled span.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from newsparse.api import parse
from newsparse.options import Options

from .conftest import SHARED

GOLD = Path(__file__).resolve().parent / "data" / "dates_gold.jsonl"

# Floors: measured figures less a little slack (re-measure with this file's score()).
PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.95
VALUE_FLOOR = 0.85


def _gold() -> list[dict[str, Any]]:
    lines = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    return [g for g in lines if "file" in g]


def score() -> dict[str, float]:
    """Precision and recall of spans, and value accuracy on matched spans, over the set."""
    tp = fp = fn = same_value = 0
    for g in _gold():
        path = SHARED / "corpora" / g["corpus"] / "articles" / g["file"]
        ref = date.fromisoformat(g["reference_date"])
        article = parse(path.read_bytes(), path=str(path), options=Options(reference_date=ref))
        found = {(d.span.start, d.span.end): d.value for d in article.dates}
        gold = {tuple(d["span"]): d["value"] for d in g["dates"]}
        matched = found.keys() & gold.keys()
        tp += len(matched)
        fp += len(found) - len(matched)
        fn += len(gold) - len(matched)
        same_value += sum(found[k] == gold[k] for k in matched)
    return {
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "value_accuracy": same_value / tp if tp else 1.0,
        "gold": float(tp + fn),
    }


def test_gold_spans_are_in_the_text() -> None:
    if not SHARED.is_dir():
        pytest.skip("shared corpora not beside the project")
    gold = _gold()
    assert len(gold) == 30
    for g in gold:
        text = (SHARED / "corpora" / g["corpus"] / "articles" / g["file"]).read_text(
            encoding="utf-8"
        )
        for d in g["dates"]:
            assert text[d["span"][0] : d["span"][1]] == d["text"]


def test_finder_meets_floors() -> None:
    if not SHARED.is_dir():
        pytest.skip("shared corpora not beside the project")
    figures = score()
    assert figures["precision"] >= PRECISION_FLOOR, figures
    assert figures["recall"] >= RECALL_FLOOR, figures
    assert figures["value_accuracy"] >= VALUE_FLOOR, figures
