"""Data hygiene for src/newsparse/data: well-formed, no duplicates, known values."""

from __future__ import annotations

import re
from importlib.resources import files

import pytest

from newsparse.lexicon import (
    alternation,
    load_list,
    load_table,
    matches_at,
    opening_positions,
    read_occurrences,
    trie_alternation,
    word_openings,
)

DATA = files("newsparse") / "data"
TXT = sorted(p.name[:-4] for p in DATA.iterdir() if p.name.endswith(".txt"))
TSV = sorted(p.name[:-4] for p in DATA.iterdir() if p.name.endswith(".tsv"))

# Files whose first column may repeat by design (several rows per printed form).
MULTI_ROW_KEYS: frozenset[str] = frozenset()


def test_data_files_exist() -> None:
    assert "abbreviations" in TXT
    assert (DATA / "README.md").is_file()


@pytest.mark.parametrize("name", TXT)
def test_txt_entries_clean(name: str) -> None:
    raw = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    for number, line in enumerate(raw.splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            assert line == line.strip(), f"{name}.txt:{number}: leading or trailing space"
    entries = load_list(name)
    assert entries, f"{name}.txt has no entries"
    folded = [e.casefold() for e in entries]
    dupes = sorted({e for e in folded if folded.count(e) > 1})
    assert dupes == [], f"{name}.txt duplicates: {dupes[:10]}"


@pytest.mark.parametrize("name", TSV)
def test_tsv_rows_clean(name: str) -> None:
    rows = load_table(name)  # raises on a wrong column count
    assert rows, f"{name}.tsv has no rows"
    key = next(iter(rows[0]))
    for row in rows:
        assert row[key], f"{name}.tsv: empty key in {row}"
    if name not in MULTI_ROW_KEYS:
        keys = [tuple(v.casefold() for v in row.values()) for row in rows]
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        assert dupes == [], f"{name}.tsv duplicate rows: {dupes[:10]}"


def test_country_codes_are_alpha2() -> None:
    for name in TSV:
        for row in load_table(name):
            code = row.get("country_code")
            if code:
                assert len(code) == 2, f"{name}.tsv: {code!r}"
                assert code.isalpha(), f"{name}.tsv: {code!r}"
                assert code.isupper(), f"{name}.tsv: {code!r}"


def test_alternation_refuses_empty() -> None:
    with pytest.raises(ValueError, match="empty"):
        alternation([])


def test_alternation_longest_first() -> None:
    import re

    pattern = re.compile(alternation(["said", "said on"]))
    m = pattern.search("he said on Monday")
    assert m is not None
    assert m.group() == "said on"


def _flat(words: list[str], flags: int = 0) -> re.Pattern[str]:
    """The plain longest-first alternation the factored one must match as."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in ordered) + r")", flags)


@pytest.mark.parametrize(
    ("words", "text", "flags"),
    [
        (["said", "said on", "say", "says", "saying"], "he said on Monday; says; saying", 0),
        (["a", "an", "and", "another"], "an ant and another a", 0),
        # a word that extends another matches only where its whole self is printed
        (["news", "news agency", "news agency of"], "the news agenc news agency of", 0),
        # case aside: "Co" and "co." (the plain form is kept), "Say" and "say"
        (["Co", "co.", "Inc"], "Acme co. and Co. and INC", re.IGNORECASE),
        (["Say", "say", "said"], "SAID he; say; Say", re.IGNORECASE),
        (["photo", "Photo by", "picture"], "PHOTO BY Jane; photo: AP", re.IGNORECASE),
    ],
)
def test_alternation_matches_as_the_plain_longest_first_list(
    words: list[str], text: str, flags: int
) -> None:
    factored = re.compile(alternation(words, boundary=False), flags)
    found = [m.span() for m in re.finditer(r"(?<!\w)(?=\w)", text)]
    for start, _ in found:
        m, plain = factored.match(text, start), _flat(words, flags).match(text, start)
        assert (m and m.span()) == (plain and plain.span()), (text, start)


def test_word_openings_keep_the_words_no_shorter_one_opens() -> None:
    words = ["criticisms", "criticism", "support", "rebukes", "rebuke", "praise", "pr"]
    assert word_openings(words) == ("criticism", "pr", "rebuke", "support")


NOUNS = ["criticism", "criticisms", "support", "sup"]
NOUN_THEN_FROM = re.compile(rf"(?P<noun>{trie_alternation(NOUNS)})[ ]from[ ](?=\S)")


@pytest.mark.parametrize(
    "text",
    [
        "It drew criticism from Democrats and support from Republicans.",
        "criticisms from all sides; supportive words from none",
        "support from support from X",  # one match right after another
        "supsupport from X, no criticism",
        "",
        "criticism from ",  # the look-ahead finds nothing at the end
    ],
)
def test_matches_at_opening_positions_are_those_of_finditer(text: str) -> None:
    starts = opening_positions(text, word_openings(NOUNS))
    for lo, hi in ((0, len(text)), (1, len(text)), (0, max(0, len(text) - 3)), (4, 20)):
        expected = [m.span() for m in NOUN_THEN_FROM.finditer(text, lo, hi)]
        found = [m.span() for m in matches_at(NOUN_THEN_FROM, starts, text, lo, hi)]
        assert found == expected


def test_opening_positions_are_every_place_an_opening_starts() -> None:
    assert opening_positions("supsup support", ("sup",)) == [0, 3, 7]


@pytest.mark.parametrize(
    ("text", "lo", "hi", "expected"),
    [
        ("is assured of a win; are assured of two", 0, 39, [3, 25]),
        ("is assured of a win; are assured of two", 4, 39, [25]),  # from lo on
        ("is assured of a win; are assured of two", 0, 30, [3]),  # ends by hi
        ("assured of assured of ", 0, 22, [0, 11]),  # one right after another
        ("no such phrase", 0, 14, []),
    ],
)
def test_read_occurrences_reads_each_phrase_start_inside_the_bounds(
    text: str, lo: int, hi: int, expected: list[int]
) -> None:
    assert read_occurrences(text, "assured of ", lo, hi, lambda at: at) == expected


def test_read_occurrences_leaves_out_what_the_reader_refuses() -> None:
    text = "is assured of a win; are assured of two"
    assert read_occurrences(
        text, "assured of ", 0, len(text), lambda at: at if at > 5 else None
    ) == [25]
