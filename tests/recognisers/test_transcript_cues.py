"""Transcript labels: "Q: ...", "A: ...", "FALLIN: ..." at a paragraph start."""

from __future__ import annotations

import pytest

from newsparse.layout import build_document
from newsparse.recognisers.transcript_cues import find_transcript_attributions
from tests.conftest import parse_text


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
        # A letter's salutation names whom it addresses, not a speaker.
        ("DEAR ABBY: My husband left.\n\nDEAR LEFT: Call him.\n", []),
        # A label inside a paragraph is not one.
        ("He wrote Q: and left.\n", []),
        (  # a turn runs on over the paragraphs before the next label ...
            "TAPPER: Are you supporting him?\n\nTalk to them. How will he heal?\n\n"
            "FALLIN: We must work together.\n",
            [
                ("TAPPER", ":", "Are you supporting him?\n\nTalk to them. How will he heal"),
                ("FALLIN", ":", "We must work together"),
            ],
        ),
        (  # ... but not over a stage direction or an elision mark
            "TAPPER: Take a listen.\n\n(BEGIN VIDEO CLIP.)\n\n"
            "TRUMP: We will win.\n\n….\n\nTAPPER: Thank you.\n",
            [
                ("TAPPER", ":", "Take a listen"),
                ("TRUMP", ":", "We will win"),
                ("TAPPER", ":", "Thank you"),
            ],
        ),
        (  # a surname in title case that a name printed before ends, twice
            "Hospital CEO Gary Renfro says hiring froze.\n\nQ: What happens next?\n\n"
            "Renfro: We cut services.\n\nQ: Have you talked to lawmakers?\n\n"
            "Renfro: I have. They listen.\n",
            [
                ("Q", ":", "What happens next"),
                ("Renfro", ":", "We cut services"),
                ("Q", ":", "Have you talked to lawmakers"),
                ("Renfro", ":", "I have. They listen"),
            ],
        ),
        (  # a full name printed before labels a turn of a transcript that surnames label,
            # and counts with them ("Luciana Lopez" and "Lopez": two labels)
            "Chris Matthews and Reuters' Luciana Lopez disagreed.\n\n"
            "Chris Matthews: Bernie says he will pay for it.\n\nLuciana Lopez: Everyone "
            "has a different image.\n\nMatthews: Well, speculation is bad.\n\n"
            "Lopez: No one is like that.\n",
            [
                ("Chris Matthews", ":", "Bernie says he will pay for it"),
                ("Luciana Lopez", ":", "Everyone has a different image"),
                ("Matthews", ":", "Well, speculation is bad"),
                ("Lopez", ":", "No one is like that"),
            ],
        ),
        (  # ... but not names where no surname labels a turn, nor one never printed before
            "Insiders in New Hampshire and South Carolina answered.\n\nNew Hampshire: "
            "Charlie Arlinghaus, Arnie Arnesen.\n\nSouth Carolina: Andrew Collins.\n\n"
            "Hillary Clinton won.\n\nHillary Clinton: 1,769.\n\nBernie Sanders: Votes.\n",
            [],
        ),
        (  # ... but not a team, a figure or a label once
            "The Oklahoma City Thunder beat the Los Angeles Lakers.\n\nThunder: Host the "
            "Lakers on Friday.\n\nLakers: Visit the Thunder.\n\nThunder: Diallo missed.\n\n"
            "Lakers: Kuzma left.\n\nHillary Clinton won.\n\nClinton: 547\n\nClinton: 2,316\n",
            [],
        ),
    ],
)
def test_transcript_labels(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (  # a named speaker's turn is the outermost statement: none inside it is kept
            "Title\n\nTAPPER: Is he a healer?\n\n"
            "FALLIN: The governor said the state would recover. They want safe homes.\n",
            [("FALLIN", ":"), ("TAPPER", ":")],
            [("The governor", "said"), ("They", "want")],
        ),
        (  # an answer of "Q"/"A" keeps the statements inside it
            "Title\n\nQ: Is he a healer?\n\n"
            "A: The governor said the state would recover.\n\nQ: Why?\n\nA: I do not know.\n",
            [("A", ":"), ("The governor", "said")],
            [],
        ),
    ],
)
def test_statements_inside_a_turn(
    text: str, kept: list[tuple[str, str]], dropped: list[tuple[str, str]]
) -> None:
    record = parse_text(text).to_dict()
    found = [(a["source_text"], a["cue"]) for a in record["attributions"]]
    for pair in kept:
        assert pair in found
    for pair in dropped:
        assert pair not in found
