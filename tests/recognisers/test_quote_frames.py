"""Quote speakers found from punctuation: a cue after the quote, a colon, a dash."""

from __future__ import annotations

import pytest

from tests.conftest import parse_text


def _speakers(body: str) -> list[tuple[str, str | None, str | None]]:
    record = parse_text("Headline here\n\n" + body).to_dict()
    return [(q["text"], q["speaker_text"], q["cue"]) for q in record["quotes"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "“People are afraid of wasting their votes,” he surmised.\n",
            [("People are afraid of wasting their votes,", "he", "surmised")],
        ),
        (
            "Wallnau continues: “God has given this man a chance.”\n",
            [("God has given this man a chance.", "Wallnau", "continues")],
        ),
        (  # a name before the colon: the colon is the cue, never the name's last letters
            "NEW LEAD - Mark Blumenthal and Jon Cohen: “The polls failed to warn us.”\n",
            [("The polls failed to warn us.", "Mark Blumenthal and Jon Cohen", ":")],
        ),
        (
            '"We are working hard," -Commissioner Geoffrey Starks\n',
            [("We are working hard,", "Commissioner Geoffrey Starks", "-")],
        ),
        (
            "“We will not give in.” — Sen. Jane Doe, R-Texas\n\nThe vote is on Monday.\n",
            [("We will not give in.", "Sen. Jane Doe", "—")],
        ),
        (
            '"I went to Wall Street before the crash."\n\n- Clinton.\n\nShe tends to overstate it.\n',
            [("I went to Wall Street before the crash.", "Clinton", "-")],
        ),
        ("“Yes.” – Martin Luther King Jr.\n", [("Yes.", "Martin Luther King Jr.", "–")]),
        (  # a job in lower case before the name
            '"The plan is a disaster" - Opposition leader Keir Starmer\n',
            [("The plan is a disaster", "Opposition leader Keir Starmer", "-")],
        ),
        (  # a sentence that ends with its speech cue introduces the quote after it
            "Iowa State's Dianne Bystrom agreed. “Republicans are running out of time.”\n",
            [("Republicans are running out of time.", "Iowa State's Dianne Bystrom", "agreed")],
        ),
        (  # after a quote of its own, the cue keeps it, and the next quote goes with it
            "“Have I?” Sanders replied. “Look, the answer is yes.”\n",
            [("Have I?", "Sanders", "replied"), ("Look, the answer is yes.", "Sanders", "replied")],
        ),
        (  # a mark inside the quote cuts it short: the signature after the last one
            "“I would rather live in what he calls “hell” than here.” ― Adriana Rodarte\n",
            [
                ("I would rather live in what he calls", "Adriana Rodarte", "―"),
                ("hell", "Adriana Rodarte", "―"),
            ],
        ),
        # A dash that runs on into the sentence is no attribution.
        ("He left. “It was over” - and then he went home.\n", []),
        # A digest's link: a story's title, its author and the story's opening words.
        (
            "“Met accused of whitewashing baby Jesus,” by Post's Kathianne Boniello: “A"
            " Manhattan man is suing the Met over its paintings.”\n",
            [],
        ),
    ],
)
def test_punctuation_frames(body: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a word right before the mark and no cue form after the name: a name or a title
        # inside the clause, no words said
        (
            "He lived in Houston. A self-described “geeky kid,” Mr. Cruz changed his name.\n",
            [],
        ),
        ("In “Hail, Caesar!,” Mr. Brolin gets into the spirit.\n", []),
        # the quotation opens its sentence, or a cue form follows: words said
        (
            "He was asked about the city. “Denver,” he answered.\n",
            [("Denver,", "he", "answered")],
        ),
        (
            "The plan is “a disaster,” Smith recalled.\n",
            [("a disaster,", "Smith", "recalled")],
        ),
    ],
)
def test_a_quoted_phrase_inside_its_clause_before_a_name_and_any_verb(
    body: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _speakers(body) == expected
