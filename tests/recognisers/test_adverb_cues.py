"""Hearsay adverbs: "X reportedly did Y" is an attribution with no source."""

from __future__ import annotations

import pytest

from newsparse.layout import build_document
from newsparse.recognisers.adverb_cues import find_hearsay_attributions


def _found(text: str) -> list[tuple[str, str]]:
    doc = build_document(text)
    starts = [s.start for s in doc.sentences]
    out = []
    for block in doc.blocks:
        for a in find_hearsay_attributions(doc, block.span, starts):
            assert a.source_span is None
            out.append((doc.text_of(a.cue_span), doc.text_of(a.content_span)))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Club for Growth is reportedly spending $1.5 million on ads.",
            [("reportedly", "The Club for Growth is reportedly spending $1.5 million on ads")],
        ),
        (
            "In total, the hackers have reportedly infiltrated 100 groups, leaving many fearful.",
            [("reportedly", "the hackers have reportedly infiltrated 100 groups")],
        ),
        (
            "With Michael Bloomberg reportedly considering a run, a poll found a tie.",
            [("reportedly", "Michael Bloomberg reportedly considering a run")],
        ),
        # A participle clause opened by the adverb qualifies nothing of its own.
        ("Cruz has been on a mission, reportedly winning over delegates.", []),
        ("The self-reportedly honest man left.", []),
    ],
)
def test_hearsay_adverbs(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
