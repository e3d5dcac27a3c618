"""Viewpoints: "To X, ...", "In X's view, ..." and "By X's count, ..."."""

from __future__ import annotations

import pytest

from newsparse.article import Attribution
from newsparse.document import Document, Span
from newsparse.recognisers.viewpoint_cues import find_viewpoint_attributions
from tests.recognisers.finder import found_triples


def _in_block(doc: Document, span: Span) -> list[Attribution]:
    return find_viewpoint_attributions(doc, span, [s.start for s in doc.sentences])


def _found(text: str) -> list[tuple[str | None, str, str]]:
    return found_triples(text, _in_block)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "To Frank, issues of racial justice get attention from Democrats.",
            [("Frank", "To", "issues of racial justice get attention from Democrats")],
        ),
        (  # the period of a title stays in the name
            "To Ms. Gil, skateboarding represents a cry of dissent.",
            [("Ms. Gil", "To", "skateboarding represents a cry of dissent")],
        ),
        (  # a job before the name
            "To Florida consultant Wilson, the party line on Trump is just plain silly.",
            [("Florida consultant Wilson", "To", "the party line on Trump is just plain silly")],
        ),
        (  # a relative clause set off after the holder
            "To Sexton, who has studied Trump rallies, Tuesday marked a turning point.",
            [("Sexton, who has studied Trump rallies", "To", "Tuesday marked a turning point")],
        ),
        (  # a pronoun or quantifier of people, after a conjunction
            "But to others, he's a citizen journalist in military attire.",
            [("others", "to", "he's a citizen journalist in military attire")],
        ),
        (
            "To them, it signals the arrival of a new phase of the campaign.",
            [("them", "To", "it signals the arrival of a new phase of the campaign")],
        ),
        (
            "To anyone who has followed the race, Trump's response comes as no surprise.",
            [
                (
                    "anyone who has followed the race",
                    "To",
                    "Trump's response comes as no surprise",
                )
            ],
        ),
        (  # a plural noun of people after a determiner
            "To her supporters, there may be a kind of strange logic at work.",
            [("her supporters", "To", "there may be a kind of strange logic at work")],
        ),
        (
            "In their view, Democrats could pick off increasingly diverse states.",
            [("their", "view", "Democrats could pick off increasingly diverse states")],
        ),
        (
            "In Ash’s view, the change would have a profound impact on the convention.",
            [("Ash’s", "view", "the change would have a profound impact on the convention")],
        ),
        (  # set off inside its clause: the whole sentence
            "The only other action, in Professor Knittel's view, would be more research.",
            [
                (
                    "Professor Knittel's",
                    "view",
                    "The only other action, in Professor Knittel's view, would be more research",
                )
            ],
        ),
        (  # closing its sentence: the clause before it
            "It was an across-the-board failure, in Bolton’s view.",
            [("Bolton’s", "view", "It was an across-the-board failure")],
        ),
        (  # a count after "By" opening its sentence: the counter's phrase is the source
            "By the Associated Press's tally, he now has 739 to Cruz's 465 and Kasich's 143.",
            [
                (
                    "the Associated Press's tally",
                    "By",
                    "he now has 739 to Cruz's 465 and Kasich's 143",
                )
            ],
        ),
        (
            "By some measures, Mr. Obama has a compelling case.",
            [("some measures", "By", "Mr. Obama has a compelling case")],
        ),
        (  # closing its sentence: the clause before it
            "In West Virginia alone, 300,000 acres have been damaged by mining, by one estimate.",
            [
                (
                    "one estimate",
                    "by",
                    "In West Virginia alone, 300,000 acres have been damaged by mining",
                )
            ],
        ),
        # no count of anyone's: the writer's judgement, a time, a count inside its clause
        ("By any measure, it was a disaster for the party.", []),
        ("By the end of the count, he had won the state.", []),
        ("He won by a count of three votes, by one estimate, and left.", []),
        # an infinitive, an idiom, a place or a thing after "To" names no one's view
        ("To win the White House, Trump is going to need all the help he can get.", []),
        ("To date, Clinton remains far ahead in the overall delegate count.", []),
        ("To the shock of the establishment, this referendum passed easily.", []),
        ("To a person, they don't want to let go of the feeling.", []),
        ("To Iowa, the candidates returned on Monday after the debate.", []),
        ("To Beat Trump, Rubio Looks To The South For Help.", []),  # a title-case headline
        ("To the pears, add the juice of one lemon and the spices.", []),
        ("He said it went to Ted Cruz, for whom he was scheduled to co-host a fundraiser.", []),
        # nor a possessive "view" of no view
        ("In his book, the senator wrote about the war at length.", []),
        ("The hills came into view, and the hikers stopped for lunch.", []),
    ],
)
def test_viewpoints(text: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert _found(text) == expected
