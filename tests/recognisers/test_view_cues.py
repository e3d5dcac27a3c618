"""Views: "X sees Y as Z"."""

from __future__ import annotations

import pytest

from newsparse.layout import build_document
from newsparse.recognisers.view_cues import find_view_attributions


def _found(text: str) -> list[tuple[str, str, str]]:
    doc = build_document(text)
    out = []
    for block in doc.blocks:
        for a in find_view_attributions(doc, block.span):
            assert a.source_span is not None
            out.append(
                (doc.text_of(a.source_span), doc.text_of(a.cue_span), doc.text_of(a.content_span))
            )
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She sees him as a real threat.", [("She", "sees", "him as a real threat")]),
        (
            "Developers see golf courses as wasted space, and they build on them.",
            [("Developers", "see", "golf courses as wasted space")],
        ),
        ("The company oversees the plant as its owner.", []),
        ("We saw as many as 40 people there.", []),
    ],
)
def test_views(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected
