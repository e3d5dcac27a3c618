"""Span and Document behaviour: invariants, shrinking, claims, layout."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Span, filter_spans, inside_any
from newsparse.layout import build_document


def test_span_rejects_inverted() -> None:
    with pytest.raises(ValueError, match="invalid span"):
        Span(5, 4)


def test_span_relations() -> None:
    assert Span(0, 10).contains(Span(2, 3))
    assert not Span(0, 10).contains(Span(5, 11))
    assert Span(0, 5).overlaps(Span(4, 6))
    assert not Span(0, 5).overlaps(Span(5, 6))
    assert Span(3, 7).to_json() == [3, 7]


def test_shrink_moves_offsets() -> None:
    doc = build_document("  hello  ")
    s = doc.shrink(Span(0, 9))
    assert doc.text_of(s) == "hello"
    assert s == Span(2, 7)


def test_blocks_split_on_blank_lines_and_indentation() -> None:
    text = "TITLE\n\n    First para\nwraps here.\n    Second para.\n\nThird."
    doc = build_document(text)
    assert [doc.text_of(b.span) for b in doc.blocks] == [
        "TITLE",
        "First para\nwraps here.",
        "Second para.",
        "Third.",
    ]


def test_unclaimed_cuts_claims_out() -> None:
    doc = build_document("ERBIL (K24) - Body text here.")
    doc.claim(Span(0, 13), "dateline")
    assert [doc.text_of(s) for s in doc.unclaimed(Span(0, len(doc.text)))] == ["Body text here."]


def test_line_at() -> None:
    doc = build_document("a\nbb\nccc")
    assert doc.line_at(0) == 0
    assert doc.line_at(2) == 1
    assert doc.line_at(7) == 2


def test_sentences_respect_abbreviations() -> None:
    doc = build_document("Gen. Smith arrived in the U.S. on Monday. He spoke. Then he left.")
    assert [doc.text_of(s) for s in doc.sentences] == [
        "Gen. Smith arrived in the U.S. on Monday.",
        "He spoke.",
        "Then he left.",
    ]


def test_filter_spans_longest_then_earliest() -> None:
    items = [Span(0, 3), Span(2, 10), Span(11, 12), Span(9, 12)]
    assert filter_spans(items, lambda s: s) == [Span(2, 10), Span(11, 12)]


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=12),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_unclaimed_is_the_span_less_every_claim(
    claims: list[tuple[int, int]], lo: int, width: int
) -> None:
    text = "abcd efgh " * 8
    doc = build_document(text)
    for start, size in claims:
        doc.claim(Span(start, min(start + size, len(text))), "test")
    span = Span(lo, min(lo + width, len(text)))
    free = [
        i
        for i in range(span.start, span.end)
        if not any(c.start <= i < c.end for c, _ in doc.claims)
    ]
    pieces = list(doc.unclaimed(span))
    covered = [i for p in pieces for i in range(p.start, p.end)]
    assert all(i in free for i in covered)  # nothing claimed is given back
    assert all(text[i].isspace() or i in covered for i in free)  # nothing free is lost
    assert all(a.end <= b.start for a, b in pairwise(pieces))  # in order


def test_sentence_at_finds_the_sentence_holding_an_offset() -> None:
    doc = build_document("First one here. Second one here.\n\nThird paragraph.")
    second = doc.text.index("Second")
    found = doc.sentence_at(second + 3)
    assert found is not None
    assert doc.text_of(found) == "Second one here."
    assert doc.sentence_at(-1) is None


@pytest.mark.parametrize(
    ("at", "expected"),
    [(0, False), (2, True), (4, True), (5, False), (7, False), (8, True), (9, False), (99, False)],
)
def test_inside_any_reads_half_open_spans(at: int, expected: bool) -> None:
    inside = inside_any([Span(2, 5), Span(8, 9)])
    assert inside(at) is expected
