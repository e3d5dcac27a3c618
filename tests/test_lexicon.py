"""Data hygiene for src/newsparse/data: well-formed, no duplicates, known values."""

from __future__ import annotations

from importlib.resources import files

import pytest

from newsparse.lexicon import alternation, load_list, load_table

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
