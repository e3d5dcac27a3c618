"""Property tests: the record invariants hold for any text and any article-like text.

Article-like texts are assembled from the project's own word lists in
src/newsparse/data/ (sections, places, agencies, cue verbs and phrases, titles,
credit roles, photo agencies, months), read when the test runs, so new lists and
entries are exercised as they are added. Invariants: ``parse`` never raises on a
``str``; the record validates against the schema; every span is inside the text and
cuts exactly its string; two runs are equal; CRLF input equals LF input.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsparse.api import parse
from newsparse.errors import NewsparseError
from newsparse.lexicon import load_list, load_table

from .record_checks import assert_valid

PROPERTY_SETTINGS = settings(
    max_examples=60,
    deadline=5_000,  # ms; a single parse of a few kilobytes takes milliseconds
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Fallbacks for lists not (yet) in data/: a handful of entries keeps the strategy whole.
FALLBACK: dict[str, tuple[str, ...]] = {
    "sections": ("World News", "Business"),
    "places": ("WASHINGTON", "London", "Erbil"),
    "agencies": ("Reuters", "AP"),
    "cue_verbs": ("said", "told reporters", "added"),
    "cue_phrases": ("according to",),
    "titles": ("spokesman", "minister"),
    "credit_roles": ("Editing", "Reporting"),
    "photo_agencies": ("REUTERS", "AP Photo"),
    "date_words": ("March", "Monday"),
    "organisation_words": ("ministry", "company"),
}
FIRST_NAMES = ("Jane", "John", "Ava", "Omar", "Li", "Maria", "Jean-Pierre", "O'Neil")
LAST_NAMES = ("Doe", "Roe", "Homa", "Al-Sayed", "Wei", "Garcia", "de la Cruz", "McDonald")
WORDS = (
    "the", "government", "will", "raise", "taxes", "on", "Monday", "and", "prices", "rose",
    "percent", "in", "March", "2017", "officials", "U.S.", "talks", "a", "new", "plan",
)  # fmt: skip


def _data_names() -> set[str]:
    return {p.name for p in (files("newsparse") / "data").iterdir()}


@cache
def pool(name: str, column: str | None = None) -> tuple[str, ...]:
    """Entries of data/<name>.txt or one column of data/<name>.tsv, else the fallback."""
    present = _data_names()
    entries: tuple[str, ...] = ()
    if column is not None and f"{name}.tsv" in present:
        entries = tuple(row[column] for row in load_table(name) if row.get(column))
    elif f"{name}.txt" in present:
        entries = load_list(name)
    return entries or FALLBACK[name]


def pick(name: str, column: str | None = None) -> st.SearchStrategy[str]:
    return st.sampled_from(pool(name, column))


person = st.builds(
    lambda first, last: f"{first} {last}", st.sampled_from(FIRST_NAMES), st.sampled_from(LAST_NAMES)
)
sentence = st.lists(st.sampled_from(WORDS), min_size=2, max_size=14).map(
    lambda ws: " ".join(ws).capitalize()
)
noise = st.text(alphabet=st.characters(codec="utf-8"), max_size=6)


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    name, said, words = draw(person), draw(pick("cue_verbs", "form")), draw(sentence)
    templates = (
        f"“{words},” {name} {said}.",
        f'"{words}," {said} {name}, a {draw(pick("titles"))}.',
        f"{name} {said}: “{words}.”",
        f"{name}, a {draw(pick('titles'))}, {said} {words.lower()}.",
        f"{words}, {draw(pick('cue_phrases'))} the {draw(pick('organisation_words'))}.",
        f"“{words}",  # a quote that never closes
        f"{words} on {draw(pick('date_words', 'word')).capitalize()} {draw(st.integers(1, 31))}.",
        f"{words} {draw(noise)} “{draw(sentence)}” {draw(noise)}",
    )
    return draw(st.sampled_from(templates))


@st.composite
def article_text(draw: st.DrawFn) -> str:
    """Section, headline, byline, caption, dateline, paragraphs, credit line."""
    blocks: list[str] = []
    if draw(st.booleans()):
        blocks.append(draw(pick("sections")))
    blocks.append(draw(sentence))
    if draw(st.booleans()):
        blocks.append(f"By {draw(person)} and {draw(person)}, {draw(pick('agencies', 'printed'))}")
    if draw(st.booleans()):
        credit = f"{draw(pick('photo_agencies'))}/{draw(person)}"
        blocks.append(f"{draw(sentence)}. (Photo: {credit})")
    place = draw(pick("places", "key"))
    place = draw(st.sampled_from((place, place.upper())))
    agency = draw(pick("agencies", "printed"))
    dash = draw(st.sampled_from(("-", "--", "–", "—")))
    month = draw(pick("date_words", "word")).capitalize()
    opener = draw(
        st.sampled_from(
            (
                f"{place} ({agency}) {dash} ",
                f"{place}, {month} {draw(st.integers(1, 31))} {dash} ",
                f"{place}, {month} {draw(st.integers(1, 31))} ({agency}) {dash} ",
                "",
            )
        )
    )
    paragraphs = draw(st.lists(paragraph(), min_size=1, max_size=6))
    paragraphs[0] = opener + paragraphs[0]
    blocks.extend(paragraphs)
    if draw(st.booleans()):
        role = draw(pick("credit_roles", "phrase")).capitalize()
        blocks.append(f"({role} by {draw(person)}; Editing by {draw(person)} and {draw(person)})")
    separator = draw(st.sampled_from(("\n\n", "\n\n\n", "\n    ")))
    return separator.join(blocks) + draw(st.sampled_from(("", "\n")))


def record_of(text: str) -> dict[str, Any]:
    article = parse(text)
    rec = article.to_dict()
    # the output's strings are cut from the printed text (no-break spaces kept), which
    # --with-text prints: the span invariant holds there
    assert_valid(rec, article.doc.printed)
    return rec


@PROPERTY_SETTINGS
@given(st.text())
def test_any_text_gives_a_valid_record(text: str) -> None:
    # Spans index the normalised text: line ends as \n, NULs removed; the recognisers
    # read each no-break space as a space, one character for one.
    normalised = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    doc = parse(text).doc
    assert doc.printed == normalised
    assert doc.text == normalised.replace("\u00a0", " ")
    record_of(text)


@PROPERTY_SETTINGS
@given(st.text(alphabet=st.sampled_from("“”\"'‘’«»()-–—,.:;\n \tByAZaz0")))
def test_punctuation_soup_gives_a_valid_record(text: str) -> None:
    record_of(text)


@PROPERTY_SETTINGS
@given(article_text())
@example("Life\n\nThe plan\u00a0rose, officials said.\n")  # a no-break space is printed
def test_article_text_gives_a_valid_record(text: str) -> None:
    record_of(text)


@PROPERTY_SETTINGS
@given(article_text())
def test_parse_is_deterministic(text: str) -> None:
    first = json.dumps(parse(text).to_dict(), ensure_ascii=False)
    assert json.dumps(parse(text).to_dict(), ensure_ascii=False) == first


def _without_sha(rec: dict[str, Any]) -> dict[str, Any]:
    return {**rec, "source": {**rec["source"], "sha256": None}}


@PROPERTY_SETTINGS
@given(article_text(), st.sampled_from(("\r\n", "\r")))
def test_crlf_input_equals_lf_input(text: str, line_end: str) -> None:
    # a carriage return already in the text would stand beside the new ones ("\r\r\n"):
    # the property compares line ends made one way with the same line ends made another
    text = text.replace("\r", "")
    lf = parse(text).to_dict()
    other = parse(text.replace("\n", line_end)).to_dict()
    assert _without_sha(other) == _without_sha(lf)
    other_bytes = parse(text.replace("\n", line_end).encode("utf-8")).to_dict()
    assert _without_sha(other_bytes) == _without_sha(parse(text.encode("utf-8")).to_dict())


@PROPERTY_SETTINGS
@given(st.binary(max_size=2_000))
def test_any_bytes_give_a_record_or_a_newsparse_error(data: bytes) -> None:
    refused: NewsparseError | None = None
    try:
        article = parse(data)
    except NewsparseError as exc:
        refused = exc
    if refused is not None:
        assert str(refused).strip()  # a clear message for the error record
        return
    assert_valid(article.to_dict(), article.doc.printed)


def test_article_strategy_uses_the_data_lists() -> None:
    # The strategy reads the project's lists, not only its fallbacks, once they exist.
    present = _data_names()
    if "places.tsv" not in present:
        pytest.skip("no places.tsv yet")
    assert set(pool("places", "key")) >= {row["key"] for row in load_table("places")}
