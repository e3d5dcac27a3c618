"""Notes sounded: "[Pence] sounded a positive note about [Trump]"."""

from __future__ import annotations

import pytest

from newsparse.recognisers.note_cues import find_note_attributions
from tests.recognisers.finder import found_triples


def _notes(text: str) -> list[tuple[str | None, str, str]]:
    return found_triples(text, find_note_attributions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "But first, Pence sounded a positive note about Trump.",
            [("Pence", "sounded a positive note about", "Trump")],
        ),
        (
            "Bill McInturff, a Republican pollster, sounded a cautious note about the jobs report.",
            [
                (
                    "Bill McInturff, a Republican pollster",
                    "sounded a cautious note about",
                    "the jobs report",
                )
            ],
        ),
        (
            "Mr. Emanuel said Mr. Bush had not won him over, but he sounded a nostalgic note "
            "for what Mr. Bush represented.",
            [("he", "sounded a nostalgic note for", "what Mr. Bush represented")],
        ),
        (  # a note "of" something is what is sounded
            "Although he thanked them, he sounded a rare note of self-deprecation, saying "
            "he was not sure.",
            [("he", "sounded", "a rare note of self-deprecation")],
        ),
        # no note, no article, or the verb alone: nothing sounded
        ("That should sound an alarm for the Democratic Party.", []),
        ("He wrote a note about the meeting.", []),
        ("It sounds like a note about nothing.", []),
        ("The plan sounded good to him.", []),
    ],
)
def test_notes_sounded(text: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert _notes(text) == expected
