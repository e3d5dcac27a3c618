"""The library entry point: ``parse(source, *, path, options, timed) -> Article``."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pytest

import newsparse
from newsparse.api import parse
from newsparse.article import Article
from newsparse.errors import InputTooLarge, NewsparseError, NotADocument
from newsparse.options import Options
from newsparse.pipeline import stage_names

from .record_checks import assert_valid

STORY = (
    "LONDON (Reuters) - Britain's biggest carmaker cut output at two plants, "
    "a spokesman said.\n\n"
    "“We are adjusting production to demand,” the company said in a statement.\n\n"
    "(Reporting by Jane Doe; Editing by John Roe)\n"
)


def test_parse_bytes_and_str_give_the_same_record() -> None:
    from_bytes = parse(STORY.encode("utf-8"), path="story.txt").to_dict()
    from_str = parse(STORY, path="story.txt").to_dict()
    assert from_bytes["source"] == {
        "path": "story.txt",
        "format": "text",
        "encoding": "utf-8",
        "sha256": hashlib.sha256(STORY.encode("utf-8")).hexdigest(),
    }
    assert from_str["source"]["encoding"] is None
    assert from_str["source"]["sha256"] == from_bytes["source"]["sha256"]
    assert {k: v for k, v in from_bytes.items() if k != "source"} == {
        k: v for k, v in from_str.items() if k != "source"
    }


def test_parse_returns_an_article_over_the_text() -> None:
    article = parse(STORY)
    assert isinstance(article, Article)
    assert article.doc.text == STORY
    assert article.source.path == "-"
    assert article.timings is None
    assert_valid(article.to_dict(), STORY)


def test_parse_is_deterministic() -> None:
    first = json.dumps(parse(STORY).to_dict(with_text=True), ensure_ascii=False)
    second = json.dumps(parse(STORY).to_dict(with_text=True), ensure_ascii=False)
    assert first == second


def test_timed_fills_seconds_for_every_enabled_stage() -> None:
    article = parse(STORY, timed=True)
    assert article.timings is not None
    assert list(article.timings) == list(stage_names())
    assert all(seconds >= 0.0 for seconds in article.timings.values())
    skipped = parse(STORY, timed=True, options=Options(disable=frozenset({"quotes"})))
    assert skipped.timings is not None
    assert "quotes" not in skipped.timings
    assert skipped.quotes == []


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["text"], {"text": "x"}])
def test_parse_refuses_other_types(bad: object) -> None:
    with pytest.raises(TypeError, match="parse\\(\\) takes str or bytes"):
        parse(bad)  # type: ignore[arg-type]


def test_bytearray_and_memoryview_are_bytes() -> None:
    data = STORY.encode("utf-8")
    expected = parse(data).to_dict()
    assert parse(bytearray(data)).to_dict() == expected
    assert parse(memoryview(data)).to_dict() == expected  # type: ignore[arg-type]


def test_errors_are_newsparse_errors_with_a_kind() -> None:
    assert issubclass(InputTooLarge, NewsparseError)
    assert issubclass(NotADocument, NewsparseError)
    assert InputTooLarge.kind == "too_large"
    assert NotADocument.kind == "not_a_document"
    with pytest.raises(NewsparseError):
        parse(b"%PDF-1.5\n")


def test_format_option_overrides_sniffing() -> None:
    text = "<html> is how a page starts, the manual said.\n"
    assert parse(text, options=Options(input_format="text")).source.format == "text"


def test_public_api() -> None:
    assert newsparse.parse is parse
    assert set(newsparse.__all__) == {
        "Article",
        "NewsparseError",
        "Options",
        "__version__",
        "parse",
    }


# Run in a fresh interpreter: the test session itself has imported everything.
COLD_IMPORTS = """
import sys
import newsparse
after_import = sorted(m for m in ("bs4", "lxml", "dateparser") if m in sys.modules)
newsparse.parse({story!r}.encode("utf-8")).to_dict()
after_parse = sorted(m for m in ("bs4", "lxml", "dateparser") if m in sys.modules)
print(after_import, after_parse)
"""


def test_plain_text_never_imports_markup_or_date_libraries() -> None:
    # A plain-text article without date expressions: dateparser may load lazily
    # for a date that needs it, bs4 and lxml only for markup.
    code = COLD_IMPORTS.format(story=STORY)
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert out.strip() == "[] []"


NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a no-break space between source and cue is read as a space ...
            f"McCrummen{NBSP}reports that the plan failed.",
            ("McCrummen", "reports", "that the plan failed"),
        ),
        (  # ... and printed as it was, inside a source
            f"Sen.{NBSP}Lindsey Graham said the plan failed.",
            (f"Sen.{NBSP}Lindsey Graham", "said", "the plan failed"),
        ),
        (  # ... and inside a content
            f"The mayor said the plan failed on{NBSP}Monday.",
            ("The mayor", "said", f"the plan failed on{NBSP}Monday"),
        ),
    ],
)
def test_a_no_break_space_reads_as_a_space_and_prints_as_itself(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    record = parse(f"Title\n\n{sentence}\n").to_dict(with_text=True)
    found = [(a["source_text"], a["cue"], a["content"]) for a in record["attributions"]]
    assert found == [expected]
    assert record["text"] == f"Title\n\n{sentence}\n"
    assert_valid(record, record["text"])
