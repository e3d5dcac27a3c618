"""Views: "X sees Y as Z"."""

from __future__ import annotations

import pytest

from newsparse.recognisers.view_cues import (
    VIEW,
    VIEW_OPENINGS,
    find_reduced_view_attributions,
    find_view_attributions,
)
from tests.recognisers.finder import found_triples


def _found(text: str) -> list[tuple[str | None, str, str]]:
    return found_triples(text, find_view_attributions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She sees him as a real threat.", [("She", "sees", "him as a real threat")]),
        (
            "Developers see golf courses as wasted space, and they build on them.",
            [("Developers", "see", "golf courses as wasted space")],
        ),
        (  # a participle set off by a comma ends the view
            "Democrats see Sanders as an agent in her decline, arguing that he hurt her.",
            [("Democrats", "see", "Sanders as an agent in her decline")],
        ),
        (  # the period of a title or an initial stands in the object
            "Voters still view Mrs. Clinton as more prepared for the job.",
            [("Voters", "view", "Mrs. Clinton as more prepared for the job")],
        ),
        (
            "Allies see the U.S. as a reliable partner.",
            [("Allies", "see", "the U.S. as a reliable partner")],
        ),
        (  # ... a sentence's period does not
            "They saw Trump. As a result, they left.",
            [],
        ),
        ("The company oversees the plant as its owner.", []),
        ("We saw as many as 40 people there.", []),
    ],
)
def test_views(text: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert _found(text) == expected


def test_every_view_verb_opens_with_a_word_looked_for_first() -> None:
    verbs = VIEW.pattern.split("(?P<cue>", 1)[1].split(")", 1)[0].split("|")
    assert verbs
    assert all(verb.startswith(VIEW_OPENINGS) for verb in verbs)


def test_the_source_of_a_view_stays_in_its_sentence() -> None:
    assert _found(
        "Half of voters want to limit immigration. Majorities in Europe see migrants as a burden."
    ) == [("Majorities in Europe", "see", "migrants as a burden")]


def _reduced(text: str) -> list[tuple[str | None, str, str]]:
    return found_triples(text, find_reduced_view_attributions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Low oil prices, seen as a boon for drivers, have also hurt producers.",
            [(None, "seen as", "a boon for drivers")],
        ),
        (
            "The group spent $2 million in Wisconsin, a state seen as critical for the movement.",
            [(None, "seen as", "critical for the movement")],
        ),
        (  # an adverb joins the cue; the agent ends the content
            "The investigation — often labeled as a “witch hunt” by Democrats — goes on.",
            [(None, "often labeled as", "a “witch hunt”")],
        ),
        (
            "The death of Justice Antonin Scalia, regarded as the dominant figure of the"
            " court, has left it divided.",
            [(None, "regarded as", "the dominant figure of the court")],
        ),
        # a form of "be", a pronoun or a relative word before it: a verb of its clause
        ("Twitter is increasingly seen as a source of news.", []),
        ("It was a bureaucracy that they regarded as bloated.", []),
        ("Clinton, who’s viewed as honest by most Democrats, leads.", []),
        # a word in -ing after "as": what the noun does, no view of it
        ("He faced criticism for comments seen as insulting women.", []),
    ],
)
def test_reduced_views(text: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert _reduced(text) == expected
