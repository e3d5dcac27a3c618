"""Nominal cues: "his claim that ...", "Cruz’s refusal to ...", "their attacks on ..."."""

from __future__ import annotations

import pytest

from newsparse.layout import build_document
from newsparse.recognisers.noun_cues import find_noun_attributions


def _found(text: str) -> list[tuple[str, str, str]]:
    doc = build_document(text)
    out = []
    for block in doc.blocks:
        for a in find_noun_attributions(doc, block.span):
            assert a.source_span is not None
            out.append(
                (doc.text_of(a.source_span), doc.text_of(a.cue_span), doc.text_of(a.content_span))
            )
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was his claim that the vote was rigged, aides said.",
            [("his", "claim", "the vote was rigged")],
        ),
        (
            "Cruz’s refusal to disavow the endorsement angered many.",
            [("Cruz’s", "refusal to", "disavow the endorsement angered many")],
        ),
        (
            "Sanders's attacks on Clinton have alarmed her supporters.",
            [("Sanders's", "attacks on", "Clinton")],
        ),
        ("His view was shared by few.", []),
        ("The attacks on Paris killed 130 people.", []),
    ],
)
def test_noun_cues(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected
