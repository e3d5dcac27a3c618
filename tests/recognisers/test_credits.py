"""Credit-line cases: one credit per person with its role; the line leaves the paragraphs."""

from __future__ import annotations

import pytest

from newsparse.recognisers.credits import find_credits, match_credit_line
from tests.block_chain import paragraphs, run_chain

# (line, [(name, role), ...])
CASES = [
    ("Editing by Ava Homa", [("Ava Homa", "editing")]),
    ("Reporting by Ann Lee and Bo Park; Additional reporting by Cy Diaz in Paris; Writing by Dee Fox; Editing by Eve Gray and Fay Hunt",
     [("Ann Lee", "reporting"), ("Bo Park", "reporting"), ("Cy Diaz", "additional reporting"),
      ("Dee Fox", "writing"), ("Eve Gray", "editing"), ("Fay Hunt", "editing")]),
    ("(Reporting by Ann Lee; Editing by Bo Park)", [("Ann Lee", "reporting"), ("Bo Park", "editing")]),
    ("Compiled by Ann Lee", [("Ann Lee", "compiling")]),
    ("*Writing by Ahmet Gencturk", [("Ahmet Gencturk", "writing")]),  # an asterisk opens it
    ("Ann Lee in Paris contributed to this report.", [("Ann Lee", "contributing")]),
    ("Associated Press writer Bo Park contributed.", [("Bo Park", "contributing")]),
    ("Cy Diaz contributed reporting from Baghdad.", [("Cy Diaz", "contributing")]),
    ("Bryant Rousseau and Caryn Wilson contributed reporting.", [("Bryant Rousseau", "contributing"), ("Caryn Wilson", "contributing")]),
    ("Associated Press writers Ann Lee in Paris and Bo Park in Rome contributed to this report.",
     [("Ann Lee", "contributing"), ("Bo Park", "contributing")]),
    ("Edited by Mark Heinrich", [("Mark Heinrich", "editing")]),
    ("Writing by Dee Fox; editing by Eve Gray.", [("Dee Fox", "writing"), ("Eve Gray", "editing")]),
    ("CNN's Ana Cruz contributed reporting.", [("Ana Cruz", "contributing")]),
    ("Fox News' Chad Pergram contributed to this report.", [("Chad Pergram", "contributing")]),
    ("(Reporting by Valerie Volcovici; Editing by Will Dunham.)", [("Valerie Volcovici", "reporting"), ("Will Dunham", "editing")]),
    # a lead without "by": a label and a colon, or "With assistance from"
    ("Editor: Huang Wei", [("Huang Wei", "editing")]),
    ("EDITOR : Huang Wei", [("Huang Wei", "editing")]),
    ("Edited by: Wesley Dockery", [("Wesley Dockery", "editing")]),
    ("-- With assistance from Alex Longley", [("Alex Longley", "contributing")]),
    ("\u2014With assistance from Alex Longley and Ann Lee.", [("Alex Longley", "contributing"), ("Ann Lee", "contributing")]),
    ("Reporter: Ann Lee; Editor: Bo Park", [("Ann Lee", "reporting"), ("Bo Park", "editing")]),
    # a place with its state after the name: the state is no second name
    ("Associated Press writer Lisa Chen in Sacramento, California, contributed to this report.",
     [("Lisa Chen", "contributing")]),
    ("Associated Press writers Ann Lee in Austin, Texas, and Bo Park in Reno, Nev., contributed.",
     [("Ann Lee", "contributing"), ("Bo Park", "contributing")]),
    # where the writer reported from, then the contributors (AP)
    ("Murphy reported from Oklahoma City. Associated Press writers Jane Roe in Tulsa and John Doe in Washington contributed to this report.",
     [("Jane Roe", "contributing"), ("John Doe", "contributing")]),
    ("Lee reported from Seoul and Park from Tokyo. Ann Cho contributed.", [("Ann Cho", "contributing")]),
    # a one-word name after a label and a colon (Xinhua's editors sign with one)
    ("Editor: Huaxia", [("Huaxia", "editing")]),
    ("[Editor: Huaxia]", [("Huaxia", "editing")]),
    # "With files from" (CBC): the people credited; outlets are no contributors
    ("With files from Jane Smith", [("Jane Smith", "contributing")]),
    ("With files from Reuters and CBC's Jane Smith", [("Jane Smith", "contributing")]),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_credit_line(line: str, expected: list[tuple[str, str]]) -> None:
    found = match_credit_line(line, 0, len(line))
    assert found is not None
    assert [(c.name, c.role) for c in found] == expected
    assert all(line[c.span.start : c.span.end] == line for c in found)


@pytest.mark.parametrize(
    "line",
    [
        "The plan was backed by the ministry and the central bank.",
        "Shares were bought by investors in Paris.",
        "Everyone contributed to the effort, officials said.",
        "Murphy reported from Oklahoma City. Everyone contributed to the effort, officials said.",
        "Editing by hand is slow",
        "Reporting by the newspaper was later corrected by the editors.",
        "Editor: the paper said so",
        "Reporting from New York",
        "With assistance from the United Nations, the town was rebuilt.",
        "Reporter: What will you do next?",
        "Editor: Staff",
        "Editor: Reuters",
        "With files from the archive, the museum rebuilt the hall.",
    ],
)
def test_not_a_credit(line: str) -> None:
    assert match_credit_line(line, 0, len(line)) is None


def test_credit_line_leaves_the_paragraphs() -> None:
    text = "Title\n\nThe ministry said so.\n\n\nEditing by Ava Homa\n"
    doc, article = run_chain(text)
    assert [(c.name, c.role, doc.text_of(c.span)) for c in article.credits] == [
        ("Ava Homa", "editing", "Editing by Ava Homa")
    ]
    assert paragraphs(text) == ["The ministry said so."]


def test_parenthesised_credit_closing_a_paragraph() -> None:
    text = "Title\n\nThe rules face a test, officials said. (Reporting by Ann Lee; Editing by Bo Park)\n"
    doc, _ = run_chain(text, until="credits")
    found = find_credits(doc)
    assert len(found) == 1
    credits, _ = found[0]
    assert doc.text_of(credits[0].span) == "(Reporting by Ann Lee; Editing by Bo Park)"
    assert paragraphs(text) == ["The rules face a test, officials said."]


def test_editor_line_of_a_header_block_leaves_the_paragraphs() -> None:
    text = (
        "China, Brazil vow to deepen ties\n\nEditor: Huang Wei\n2024-11-21 09:15:30\n\n"
        "BRASILIA, Nov. 20 (Xinhua) -- The two presidents met.\n\n-- With assistance from Ann Lee\n"
    )
    doc, article = run_chain(text)
    assert [(c.name, c.role, doc.text_of(c.span)) for c in article.credits] == [
        ("Huang Wei", "editing", "Editor: Huang Wei"),
        ("Ann Lee", "contributing", "-- With assistance from Ann Lee"),
    ]
    assert paragraphs(text) == ["The two presidents met."]


def test_xinhua_editor_sign_off_leaves_the_paragraphs() -> None:
    text = (
        "Kenya signs rail deal\n\nNAIROBI, Nov. 14 (Xinhua) -- Kenya signed a deal.\n\n"
        "The minister said it would cut costs. Enditem\n\nEditor: Huaxia\n"
    )
    _, article = run_chain(text)
    assert [(c.name, c.role) for c in article.credits] == [("Huaxia", "editing")]
    assert paragraphs(text) == ["Kenya signed a deal.", "The minister said it would cut costs."]


@pytest.mark.parametrize(
    "line",
    [
        "With files from The Canadian Press",
        "With files from Reuters and The Associated Press",
        "(With inputs from PTI)",  # Indian papers
    ],
)
def test_files_from_outlets_credit_nobody_and_leave_the_paragraphs(line: str) -> None:
    text = f"Title\n\nThe ministry said so.\n\n{line}\n"
    _, article = run_chain(text)
    assert article.credits == []
    assert paragraphs(text) == ["The ministry said so."]
