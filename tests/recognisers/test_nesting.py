"""Nesting of attributions: which are kept when their extents meet, and where an
outer content ends before a statement of its own inside it."""

from __future__ import annotations

import pytest

from newsparse.article import Attribution
from newsparse.document import Span
from newsparse.layout import build_document
from newsparse.recognisers.cues import cue_lemma
from newsparse.recognisers.nesting import resolve_nesting
from tests.conftest import parse_text


def _span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start, start + len(part))


def _attribution(text: str, source: str, cue: str, content: str, rule: str = "") -> Attribution:
    cue_span = _span(text, cue)
    return Attribution(
        source_span=_span(text, source),
        cue_span=cue_span,
        content_span=_span(text, content),
        direct=False,
        rule=rule,
    )


def _texts(text: str, found: list[Attribution]) -> list[tuple[str, str]]:
    return [
        (text[a.cue_span.start : a.cue_span.end], text[a.content_span.start : a.content_span.end])
        for a in found
    ]


def test_one_attribution_stands_alone() -> None:
    text = "Officials said the plan would fail."
    doc = build_document(text)
    only = [_attribution(text, "Officials", "said", "the plan would fail")]
    assert resolve_nesting(doc, only) == only


def test_attributions_apart_both_stand_in_cue_order() -> None:
    text = "The plan would fail, officials said. The mayor denied it."
    doc = build_document(text)
    second = _attribution(text, "The mayor", "denied", "it")
    first = _attribution(text, "officials", "said", "The plan would fail")
    assert _texts(text, resolve_nesting(doc, [second, first])) == [
        ("said", "The plan would fail"),
        ("denied", "it"),
    ]


def test_a_participle_inside_a_content_is_part_of_it() -> None:
    text = "Officials said the senator, supported by Democrats, had not ruled it out."
    doc = build_document(text)
    outer = _attribution(
        text, "Officials", "said", "the senator, supported by Democrats, had not ruled it out"
    )
    inner = _attribution(text, "Democrats", "supported", "the senator", rule="reduced-passive")
    assert _texts(text, resolve_nesting(doc, [inner, outer])) == [
        ("said", "the senator, supported by Democrats, had not ruled it out")
    ]


def test_a_second_statement_ends_the_first_content() -> None:
    text = "He said the plan would fail, and she said it would pass."
    doc = build_document(text)
    outer = _attribution(text, "He", "said", "the plan would fail, and she said it would pass")
    inner = Attribution(
        source_span=_span(text, "she"),
        cue_span=_span(text, "said", text.index("she")),
        content_span=_span(text, "it would pass"),
        direct=False,
    )
    assert _texts(text, resolve_nesting(doc, [outer, inner])) == [
        ("said", "the plan would fail"),
        ("said", "it would pass"),
    ]


def test_cue_lemma_reads_the_lexicon_form() -> None:
    text = "Officials insisted the plan would fail. He was quick to criticize it."
    doc = build_document(text)
    assert (
        cue_lemma(doc, _attribution(text, "Officials", "insisted", "the plan would fail"))
        == "insist"
    )
    assert cue_lemma(doc, _attribution(text, "He", "was quick to criticize", "it")) == ""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The poll showed Mr. Trump losing supporters after the debate on Saturday, with 40"
            " percent supporting him before and 31 percent afterward.",
            [
                (
                    "The poll",
                    "showed",
                    "Mr. Trump losing supporters after the debate on Saturday, with 40 percent"
                    " supporting him before and 31 percent afterward",
                )
            ],
        ),
        (
            "A poll showed Clinton with the lowest approval rating of her career, with a"
            " staggering 56 percent of Americans saying they don't like her.",
            [
                (
                    "A poll",
                    "showed",
                    "Clinton with the lowest approval rating of her career, with a staggering"
                    " 56 percent of Americans saying they don't like her",
                )
            ],
        ),
        (  # a named source after "with" reports beside the finding
            "Polls show Clinton with a lead in the low single digits, with RealClearPolitics"
            " showing her ahead 3 points.",
            [
                ("Polls", "show", "Clinton with a lead in the low single digits"),
                ("RealClearPolitics", "showing", "her ahead 3 points"),
            ],
        ),
        (  # ... and so does a share after a cue of speech
            "Officials said the talks had stalled, with 40 percent of delegates saying they"
            " would walk out.",
            [
                ("Officials", "said", "the talks had stalled"),
                ("40 percent of delegates", "saying", "they would walk out"),
            ],
        ),
    ],
)
def test_a_share_after_with_inside_a_finding_is_part_of_it(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "showed [X, with 40 percent supporting him]": a share of those asked and its
    participle after "with" are part of what a finding shows, no statement of their own."""
    record = parse_text(f"Title.\n\n{sentence}\n").to_dict()
    found = [(a["source_text"], a["cue"], a["content"]) for a in record["attributions"]]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # the participle's content is the longer: the first content ends before "by"
            "He defended his position of not allowing Muslims to enter the United States by"
            " citing a poll conducted by the Center for Security Policy, a think tank known"
            " for a variety of conspiracy theories, such as that members of the Muslim"
            " Brotherhood have infiltrated the Obama administration.",
            [
                (
                    "He",
                    "defended",
                    "his position of not allowing Muslims to enter the United States",
                ),
                (
                    "He",
                    "citing",
                    "a poll conducted by the Center for Security Policy, a think tank known"
                    " for a variety of conspiracy theories, such as that members of the"
                    " Muslim Brotherhood have infiltrated the Obama administration",
                ),
            ],
        ),
        (  # a gerund after "tried" is what was tried: only the participle reports
            "After the election, Axelrod tried offering an olive branch by telling Clinton"
            " she had been an able and determined opponent in a long and bitter primary.",
            [
                (
                    "Axelrod",
                    "telling",
                    "she had been an able and determined opponent in a long and bitter primary",
                )
            ],
        ),
        (  # an adverb before "by" is no content
            "Trump responded first by saying he should not have called Rubio a lightweight,"
            " and then pointed out that the senator had found a new line of attack by"
            " mocking his hand size and the relationship it has to another part of his"
            " anatomy.",
            [
                ("Trump", "saying", "he should not have called Rubio a lightweight"),
                (
                    "Trump",
                    "pointed out",
                    "that the senator had found a new line of attack by mocking his hand size"
                    " and the relationship it has to another part of his anatomy",
                ),
            ],
        ),
    ],
)
def test_a_content_ends_before_a_longer_participle_after_by(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "defended [A] by citing [B]": when B is the longer content, A still ends before the
    preposition and both statements stand."""
    record = parse_text(f"Title.\n\n{sentence}\n").to_dict()
    found = [(a["source_text"], a["cue"], a["content"]) for a in record["attributions"]]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # the clause goes on with its verb after the relative clause: one content
            "He said that the Cruz campaign’s announcement, which some have argued was"
            " intended to get Carson supporters to caucus for Cruz, was an insult to his"
            " voters.",
            [
                (
                    "He",
                    "said",
                    "that the Cruz campaign’s announcement, which some have argued was"
                    " intended to get Carson supporters to caucus for Cruz, was an insult to"
                    " his voters",
                )
            ],
        ),
        (  # the relative pronoun is the inner source, its clause closed before the verb
            'Mr. Smith said the campaign is "pleased" that Pagliano, who invoked his Fifth'
            " Amendment rights before a congressional panel in September, is now cooperating"
            " with prosecutors.",
            [
                (
                    "Mr. Smith",
                    "said",
                    'the campaign is "pleased" that Pagliano, who invoked his Fifth Amendment'
                    " rights before a congressional panel in September, is now cooperating"
                    " with prosecutors",
                )
            ],
        ),
        (  # a relative clause that ends the sentence reports beside the first content
            "Trump cited Obama-Clinton policies, which he said had harmed the economy.",
            [
                ("Trump", "cited", "Obama-Clinton policies"),
                ("he", "said", "which he said had harmed the economy"),
            ],
        ),
    ],
)
def test_a_relative_clause_set_off_inside_a_content_is_part_of_it(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "said [that the announcement, which some have argued was ..., was an insult]": a
    relative clause set off by commas before the main verb of the content is no second
    statement; the outer content runs on over it."""
    record = parse_text(f"Title.\n\n{sentence}\n").to_dict()
    found = [(a["source_text"], a["cue"], a["content"]) for a in record["attributions"]]
    assert found == expected


@pytest.mark.parametrize(
    ("after", "outer_content"),
    [
        # the clause closes before the main verb of the content: one content
        (", is now cooperating.", "the campaign is pleased that Pagliano"),
        # no verb after the closing comma: a second statement, the first content ends
        (", and Clinton lost.", "the campaign is pleased that Pagliano"),
    ],
)
def test_a_relative_source_set_off_before_the_main_verb(after: str, outer_content: str) -> None:
    """ "said [that Pagliano, who invoked his rights, is now cooperating]": a relative
    pronoun right after a comma that is the inner source, its clause closed by a comma
    before the main verb of the outer content, leaves the outer content whole."""
    text = f"He said the campaign is pleased that Pagliano, who invoked his rights{after}"
    doc = build_document(text)
    outer = _attribution(
        text, "He", "said", outer_content + ", who invoked his rights" + after[:-1]
    )
    inner = _attribution(text, "who", "invoked", "his rights" + after[:-1])
    kept = resolve_nesting(doc, [outer, inner])
    whole = after == ", is now cooperating."
    assert _texts(text, kept)[0] == (
        "said",
        outer_content + (", who invoked his rights" + after[:-1] if whole else ""),
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a stance read before a name, after "before": a second statement
            "Mr. Coleman endorsed Senator Lindsey Graham and Mr. Bush before backing Mr. Rubio.",
            [
                ("Mr. Coleman", "endorsed", "Senator Lindsey Graham and Mr. Bush"),
                ("Mr. Coleman", "backing", "Mr. Rubio"),
            ],
        ),
        (  # after "with" inside a finding it is part of what the finding shows
            "A poll found better support for Clinton, with 78 percent of Sanders voters"
            " backing Clinton.",
            [
                (
                    "A poll",
                    "found",
                    "better support for Clinton, with 78 percent of Sanders voters backing Clinton",
                )
            ],
        ),
    ],
)
def test_a_stance_participle_after_before_is_a_second_statement(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "endorsed [A] before backing [B]": a participle read only before a name, right after
    "before", "after", "by" or "while", tells a second statement of the source."""
    record = parse_text(f"Title.\n\n{sentence}\n").to_dict()
    found = [(a["source_text"], a["cue"], a["content"]) for a in record["attributions"]]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a cue inside the examples of the object: one content
            "Trump cites his Twitter followers as the source for some of his own non-facts,"
            " such as his recent claim that African Americans killed 81 percent of white"
            " homicide victims.",
            [
                (
                    "Trump",
                    "cites",
                    "his Twitter followers as the source for some of his own non-facts, such"
                    " as his recent claim that African Americans killed 81 percent of white"
                    " homicide victims",
                )
            ],
        ),
        (  # a second statement after a bare comma and "and" stands beside the first
            "Trump said the plan would fail, and Clinton claimed it would work.",
            [("Trump", "said", "the plan would fail"), ("Clinton", "claimed", "it would work")],
        ),
    ],
)
def test_a_cue_inside_the_examples_of_an_object_is_part_of_it(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "cites [some of his own non-facts, such as his recent claim that ...]": a cue after
    ", such as" or ", including" stands in the examples of the outer content's object, no
    second statement beside it."""
    record = parse_text(f"Title.\n\n{sentence}\n").to_dict()
    found = [(a["source_text"], a["cue"], a["content"]) for a in record["attributions"]]
    assert found == expected
