"""Attribution frames: source, cue and content as text."""

from __future__ import annotations

import pytest

from newsparse.layout import build_document
from newsparse.recognisers.attributions import find_attributions
from newsparse.recognisers.quotes import find_quotes
from tests.conftest import parse_text


def attributions_of(text: str) -> list[tuple[str | None, str, str, bool]]:
    doc = build_document(text)
    paragraphs = [b.span for b in doc.blocks]
    quotes, _ = find_quotes(doc, paragraphs)
    found = find_attributions(doc, paragraphs, quotes)
    return [
        (
            None if a.source_span is None else doc.text_of(a.source_span),
            doc.text_of(a.cue_span),
            doc.text_of(a.content_span),
            a.direct,
        )
        for a in found
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The US-led coalition stated that they cannot confirm Russia's claim.",
            [("The US-led coalition", "stated", "that they cannot confirm Russia's claim", False)],
        ),
        (
            "The economy grew faster than expected, economists said.",
            [("economists", "said", "The economy grew faster than expected", False)],
        ),
        (
            "The talks will resume in May, said Geoff Garin, a Democratic pollster.",
            [("Geoff Garin", "said", "The talks will resume in May", False)],
        ),
        (
            "According to the Russian statement, the strike killed 30 field commanders.",
            [
                (
                    "the Russian statement",
                    "According to",
                    "the strike killed 30 field commanders",
                    False,
                )
            ],
        ),
        (
            "The strike killed 30 commanders, according to officials.",
            [("officials", "according to", "The strike killed 30 commanders", False)],
        ),
        (
            "He told reporters that the deal was dead.",
            [("He", "told", "that the deal was dead", False)],
        ),
        (
            "“We will win,” the Ministry added.",
            [("the Ministry", "added", "“We will win,”", True)],
        ),
        (
            "“We will win,” read the statement.",
            [("the statement", "read", "“We will win,”", True)],
        ),
        (
            "“We will win,” said Smith, a spokesman for the group.",
            [("Smith", "said", "“We will win,”", True)],
        ),
        (
            "Clinton said: “This is a worldwide fight.”",
            [("Clinton", "said", "“This is a worldwide fight.”", True)],
        ),
        (
            "“A is true,” Clinton said. “B is true too.”",
            [("Clinton", "said", "“A is true,” Clinton said. “B is true too.”", True)],
        ),
        (
            "Trump on Monday denied that he had met the envoy.",
            [("Trump on Monday", "denied", "that he had met the envoy", False)],
        ),
        (
            "Iraqi forces have recently declared the end of IS in Mosul is close.",
            [("Iraqi forces", "declared", "the end of IS in Mosul is close", False)],
        ),
    ],
)
def test_frames(text: str, expected: list[tuple[str | None, str, str, bool]]) -> None:
    assert attributions_of(text) == expected


def test_quote_paragraph_without_cue_continues_the_speaker() -> None:
    text = "“The first part,” Smith said.\n\n“The second part.”"
    assert attributions_of(text) == [
        ("Smith", "said", "“The first part,” Smith said.\n\n“The second part.”", True)
    ]


def test_quotes_get_speaker_and_cue() -> None:
    article = parse_text("Title.\n\n“We will win,” the Ministry added.")
    record = article.to_dict()
    assert [(q["text"], q["speaker_text"], q["cue"]) for q in record["quotes"]] == [
        ("We will win,", "the Ministry", "added")
    ]


@pytest.mark.timeout(120)
def test_thousands_of_he_said_lines() -> None:
    text = "Title.\n\n" + "\n\n".join(f"“Line {i} is here,” he said." for i in range(5000))
    record = parse_text(text).to_dict()
    assert len(record["attributions"]) == 5000
    assert len(record["quotes"]) == 5000
    assert all(q["speaker_text"] == "he" for q in record["quotes"])


@pytest.mark.timeout(120)
def test_one_endless_paragraph_of_quotes() -> None:
    text = "Title.\n\n" + " ".join(f"“Line {i} is here,” he said." for i in range(20000))
    record = parse_text(text).to_dict()
    assert len(record["quotes"]) > 19000
    assert all(a["source_text"] == "he" for a in record["attributions"])
