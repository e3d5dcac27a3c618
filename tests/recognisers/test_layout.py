"""Layout: lines, blank-line and indented blocks, sentences, all as spans."""

from __future__ import annotations

import pytest

from newsparse.document import Span
from newsparse.layout import build_document, split_sentences


def test_lines_and_blocks() -> None:
    doc = build_document("Title\n\nFirst line\nsecond line\n\n\nLast\n")
    assert [doc.text_of(s) for s in doc.lines] == [
        "Title",
        "",
        "First line",
        "second line",
        "",
        "",
        "Last",
        "",
    ]
    assert [doc.text_of(b.span) for b in doc.blocks] == ["Title", "First line\nsecond line", "Last"]
    assert all(b.kind == "unknown" for b in doc.blocks)


def test_indented_lines_start_blocks() -> None:
    text = "TITLE\n\n    SALVADOR, Feb 26 - Showers continued in\nthe Bahia zone.\n    The dry period means delay.\n\tTabbed.\n"
    doc = build_document(text)
    assert [doc.text_of(b.span) for b in doc.blocks] == [
        "TITLE",
        "SALVADOR, Feb 26 - Showers continued in\nthe Bahia zone.",
        "The dry period means delay.",
        "Tabbed.",
    ]


def test_single_space_indent_does_not_split() -> None:
    doc = build_document("Text here.\n Reuter\n")
    assert [doc.text_of(b.span) for b in doc.blocks] == ["Text here.\n Reuter"]


def test_empty_text() -> None:
    doc = build_document("")
    assert doc.lines == (Span(0, 0),)
    assert doc.blocks == []
    assert doc.sentences == ()


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        ("Gen. Smith spoke. Then he left.", ["Gen. Smith spoke.", "Then he left."]),
        ("The U.S. economy grew. Prices rose.", ["The U.S. economy grew.", "Prices rose."]),
        ("John F. Kennedy spoke.", ["John F. Kennedy spoke."]),
        ("Leader K.C. Venugopal spoke. He left.", ["Leader K.C. Venugopal spoke.", "He left."]),
        ("“We will win,” he said. “Soon.”", ["“We will win,” he said.", "“Soon.”"]),
        ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
        ("It rose 5.93 pct. Sales fell.", ["It rose 5.93 pct.", "Sales fell."]),
        ("No end here", ["No end here"]),
        # after an abbreviation, a pronoun or "The" opens a new sentence
        ("Attacks in the U.S. He says more.", ["Attacks in the U.S.", "He says more."]),
        ("It sold to Apple Inc. The deal closed.", ["It sold to Apple Inc.", "The deal closed."]),
        (
            "The U.S. Senate voted. Gen. He Yong spoke.",
            ["The U.S. Senate voted.", "Gen. He Yong spoke."],
        ),
        # a run-in head is a sentence of its own; another colon opens none
        ("Why it matters: The move is rare.", ["Why it matters:", "The move is rare."]),
        ("What they’re saying: He spoke.", ["What they’re saying:", "He spoke."]),
        ("Clinton camp: Trump lied.", ["Clinton camp: Trump lied."]),
        # an ordinal's or a decade's letters are no abbreviation; "St." still is one
        (
            "The vote is on October 1st. Officials said so.",
            ["The vote is on October 1st.", "Officials said so."],
        ),
        ("Output fell in the 1970s. Prices rose.", ["Output fell in the 1970s.", "Prices rose."]),
        ("He lives on St. James Street. She left.", ["He lives on St. James Street.", "She left."]),
        # the "s." of a possessive is no initial: "Taylor's." ends a sentence
        (
            "It is rated A by Standard and Poor's. Merrill Lynch led it.",
            ["It is rated A by Standard and Poor's.", "Merrill Lynch led it."],
        ),
        ("Such as Taylor’s. People left.", ["Such as Taylor’s.", "People left."]),
        # an initial after a space still ends none
        ("Paul S. Sarbanes spoke.", ["Paul S. Sarbanes spoke."]),
        # an abbreviation that is a word in lower case ("mass.", "ill.", "no.") is one only
        # with its capital or before a number; one listed in lower case is one in any case
        (
            "It saves tons of mass. Hibernation follows.",
            ["It saves tons of mass.", "Hibernation follows."],
        ),
        ("He fell ill. Doctors came.", ["He fell ill.", "Doctors came."]),
        ("The candidate said no. But he smiled.", ["The candidate said no.", "But he smiled."]),
        ("Boston, Mass. Officials said so.", ["Boston, Mass. Officials said so."]),
        ("WORCESTER, MASS. Officials said so.", ["WORCESTER, MASS. Officials said so."]),
        ("See Shahih Al-Jami no. 178.", ["See Shahih Al-Jami no. 178."]),
        ("Red vs. Blue etc. Fans came.", ["Red vs. Blue etc. Fans came."]),
        ("O prof. Carlos Nadalim fala.", ["O prof. Carlos Nadalim fala."]),
    ],
)
def test_sentences(text: str, sentences: list[str]) -> None:
    got = split_sentences(text, Span(0, len(text)))
    assert [text[s.start : s.end] for s in got] == sentences


def test_document_sentences_follow_blocks() -> None:
    doc = build_document("Title\n\nOne. Two.\n\nThree.\n")
    assert [doc.text_of(s) for s in doc.sentences] == ["Title", "One.", "Two.", "Three."]


LONG = "The senator spoke for an hour about the budget, the deficit and the war, " * 2


def test_unwrapped_lines_are_paragraphs() -> None:
    text = f"Title\n\n{LONG.strip()}.\n“We will win,” she said.\nThe vote is on Monday.\n"
    doc = build_document(text)
    assert [doc.text_of(b.span) for b in doc.blocks] == [
        "Title",
        f"{LONG.strip()}.",
        "“We will win,” she said.",
        "The vote is on Monday.",
    ]


def test_unwrapped_line_runs_on_without_a_sentence_end() -> None:
    text = f"{LONG}half through\nunspecified new revenues.\n"
    doc = build_document(text)
    assert [doc.text_of(b.span) for b in doc.blocks] == [text.strip()]


def test_a_line_opening_a_quotation_starts_a_paragraph() -> None:
    # "― Stephanie Egan" ends no sentence, but the next line opens a quotation
    text = f"“{LONG}” ― Stephanie Egan\n“{LONG}” ― Martha Aguilar\n"
    doc = build_document(text)
    assert [doc.text_of(b.span)[-14:] for b in doc.blocks] == ["Stephanie Egan", "Martha Aguilar"]


def test_wrapped_lines_stay_one_paragraph() -> None:
    text = "Showers continued throughout the week in\nthe Bahia cocoa zone.\nThe dry period.\n"
    doc = build_document(text)
    assert [doc.text_of(b.span) for b in doc.blocks] == [text.strip()]


def test_markup_blocks_are_not_split_at_line_breaks() -> None:
    text = f"{LONG.strip()}.\nThe vote is on Monday.\n"
    doc = build_document(text, plain=False)
    assert len(doc.blocks) == 1


@pytest.mark.parametrize("stamp", ["10:42 GMT", "7:10 p.m.", "09:50"])
def test_a_live_blog_time_stamp_is_a_block_of_its_own(stamp: str) -> None:
    text = f"Intro line.\n\n{stamp}\nMinister says homes without power\n\nMore text."
    doc = build_document(text)
    assert [doc.text_of(b.span) for b in doc.blocks] == [
        "Intro line.",
        stamp,
        "Minister says homes without power",
        "More text.",
    ]


def test_a_time_inside_a_line_splits_nothing() -> None:
    doc = build_document("At 10:42 GMT the storm hit\nthe coast of Brittany.")
    assert len(doc.blocks) == 1
