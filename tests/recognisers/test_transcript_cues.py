"""Transcript labels: "Q: ...", "A: ...", "FALLIN: ..." at a paragraph start."""

from __future__ import annotations

import pytest

from newsparse.layout import build_document
from newsparse.recognisers.transcript_cues import find_transcript_attributions


def _found(text: str) -> list[tuple[str, str, str]]:
    doc = build_document(text)
    found = find_transcript_attributions(doc, [b.span for b in doc.blocks])
    return [
        (
            "" if a.source_span is None else doc.text_of(a.source_span),
            doc.text_of(a.cue_span),
            doc.text_of(a.content_span),
        )
        for a in found
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Q: Did the service take care of you?\n\nA: No, no one did.\n",
            [("Q", ":", "Did the service take care of you"), ("A", ":", "No, no one did")],
        ),
        (
            "TAPPER: Are you supporting him?\n\nFALLIN: Well, I think we must work together.\n",
            [
                ("TAPPER", ":", "Are you supporting him"),
                ("FALLIN", ":", "Well, I think we must work together"),
            ],
        ),
        (  # a quoted transcript: each paragraph opens with a mark before its label
            '"WALLACE: Will she be there?\n\n"PENCE: She will not attend the debate.\n',
            [
                ("WALLACE", ":", "Will she be there"),
                ("PENCE", ":", "She will not attend the debate"),
            ],
        ),
        # One capitalised label alone is no transcript; notes name no speaker.
        ("WASHINGTON: The vote is on Monday.\n", []),
        ("UPDATE: The vote moved.\n\nCORRECTION: It is Monday.\n", []),
        # A label inside a paragraph is not one.
        ("He wrote Q: and left.\n", []),
    ],
)
def test_transcript_labels(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected
