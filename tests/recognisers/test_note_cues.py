"""Notes sounded and judgements delivered: "[Pence] sounded a positive note about
[Trump]", "[Smith] delivered a critique of [Hillary Clinton's handling of Benghazi]"."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Donald Trump has delivered an impassioned defense of “New York values,” saying "
            "the city embodied the bravery of America.",
            [("Donald Trump", "delivered an impassioned defense of", "“New York values,”")],
        ),
        (
            "It was at the conference that Swanson delivered his tirade against Harry Potter.",
            [("Swanson", "delivered his tirade against", "Harry Potter")],
        ),
        (  # a participle set off by a comma: the sentence's subject delivers
            "Hillary Clinton descended on this struggling seaside town on Wednesday, "
            "delivering a blistering critique of Donald Trump's failed casino ventures.",
            [
                (
                    "Hillary Clinton",
                    "delivering a blistering critique of",
                    "Donald Trump's failed casino ventures",
                )
            ],
        ),
        (  # an infinitive of purpose: the same
            "Marco Rubio's top advisers huddled with House members to deliver a sober update "
            "about the Florida senator's chances.",
            [
                (
                    "Marco Rubio's top advisers",
                    "deliver a sober update about",
                    "the Florida senator's chances",
                )
            ],
        ),
        # a speech or the mail judges nothing; a message with no preposition after it
        # leaves what was said elsewhere
        ("Sanders delivered a speech on terrorism in Ohio.", []),
        ("The courier delivered the package to the office.", []),
        ("Clinton delivered a message Sunday that resonates for many mayors.", []),
        ("McConnell delivered a blunt message to Trump: it is time to stop.", []),
    ],
)
def test_judgements_delivered(text: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert _notes(text) == expected
