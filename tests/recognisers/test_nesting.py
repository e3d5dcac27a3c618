"""Nesting of attributions: which are kept when their extents meet, and where an
outer content ends before a statement of its own inside it."""

from __future__ import annotations

from newsparse.article import Attribution
from newsparse.document import Span
from newsparse.layout import build_document
from newsparse.recognisers.cues import cue_lemma
from newsparse.recognisers.nesting import resolve_nesting


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
