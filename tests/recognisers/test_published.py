"""The publication date printed in the text: labelled lines and wire header dates."""

from __future__ import annotations

from datetime import date

import pytest

from newsparse.article import Article, SourceInfo
from newsparse.layout import build_document
from newsparse.options import Options
from newsparse.pipeline import build_context
from newsparse.recognisers.dates import find_dates
from newsparse.recognisers.published import (
    HEAD_CHARS,
    HEAD_LINES,
    _head_nonblank,
    find_published,
    published_lines,
)
from tests.conftest import parse_text


def published_of(text: str) -> str | None:
    doc = build_document(text)
    article = Article(doc=doc, source=SourceInfo("-", "text", None, None))
    return find_published(doc, article, build_context(Options()))


CASES = [
    ("Headline\nPublished: June 16, 2017 10:35 a.m. EDT\n\nBody.", "2017-06-16T10:35-04:00"),
    ("Headline\nPublished June 16, 2017\n\nBody.", "2017-06-16"),
    ("Headline\nPosted on 2017-06-16\n\nBody.", "2017-06-16"),
    ("Headline\nFirst published: 16 June 2017 12:34 GMT\n\nBody.", "2017-06-16T12:34+00:00"),
    ("Headline\nUpdated 3:45 PM GMT, Fri June 16, 2017\n\nBody.", "2017-06-16T15:45+00:00"),
    ("Headline\nDate: 5/28/2017\n\nBody.", "2017-05-28"),
    ("Headline\nPUBLISHED: 28 MAY 2017\n\nBody.", "2017-05-28"),
    # a section closing the date line (Axios)
    ("Headline\nSep 5, 2024 - Politics & Policy\n\nBody.", "2024-09-05"),
    # a US zone without its season takes the offset of its date's clocks
    ("Headline\nMarch 14, 2024, 5:00 AM ET\n\nBody.", "2024-03-14T05:00-04:00"),
    ("Headline\nJanuary 14, 2024, 5:00 AM ET\n\nBody.", "2024-01-14T05:00-05:00"),
    ("Headline\nPublished: June 16, 2017 10:35 a.m. PT\n\nBody.", "2017-06-16T10:35-07:00"),
    ("Headline\nPublished: March 8, 1987 10:35 a.m. CT\n\nBody.", "1987-03-08T10:35-06:00"),
    # a published line wins over an updated one, wherever it stands
    (
        "Headline\nUpdated: June 17, 2017\nPublished: June 16, 2017\n\nBody.",
        "2017-06-16",
    ),
    # a "Published" segment after an "Updated" one, the bar unspaced
    (
        "Headline\nBy Jane Doe\nUpdated March 5, 2024 at 7:12 p.m. EST|Published March 5, "
        "2024 at 2:30 p.m. EST\n\nBody.",
        "2024-03-05T14:30-05:00",
    ),
    # a date line alone wins over a later "Last modified" line
    (
        "Headline\nJane Doe\nTue 5 Mar 2024 06.00 GMT\nLast modified on Tue 5 Mar 2024 09.12 GMT"
        "\n\nBody.",
        "2024-03-05T06:00+00:00",
    ),
    (
        "Headline\nBy Jane Doe\nMarch 7, 2024 at 1:00 AM GMT+1\n"
        "Updated on March 7, 2024 at 9:30 AM GMT+1\n\nBody.",
        "2024-03-07T01:00+01:00",
    ),
    # a year run together with the clock of the line under it in the page
    ("Headline\nMarch 4, 20245:00 AM ET\n\nBody.", "2024-03-04T05:00"),
    ("Headline\nMarch 4, 202411:05 AM\n\nBody.", "2024-03-04T11:05"),
    (
        "Headline\nBy Jane Doe\nMarch 4, 20244:12 PM GMTUpdated 2 hours ago\n\nBody.",
        "2024-03-04T16:12",
    ),
    # a date line under a breadcrumb, a headline, a standfirst and a byline
    (
        "News\nUK\nHome News\nTrain drivers announce fresh strike dates\nAslef says members "
        "will walk out\nJane Dalton\nTuesday 12 March 2024 14:05 GMT\n\nBody.",
        "2024-03-12T14:05+00:00",
    ),
    # a wire header that is a date alone
    ("Headline\nJune 16, 2017 | 10:35 AM\n\nBody.", "2017-06-16T10:35"),
    ("Headline\nFri Jun 16, 2017\n\nBody.", "2017-06-16"),
    ("Headline\n2017-06-16T10:35:00Z\n\nBody.", "2017-06-16T10:35+00:00"),
    ("Headline\nFri 16 Jun 2017 09.00 BST\n\nBody.", "2017-06-16T09:00+01:00"),
    ("Headline\nJune 16, 2017 10:15 AM GMT+1\n\nBody.", "2017-06-16T10:15+01:00"),
    # a segment of a header line
    (
        "Headline\nBy Jane Doe | Published June 16, 2017 | Updated June 17, 2017\n\nBody.",
        "2017-06-16",
    ),
    ("Headline\nBy Jane Doe • June 16, 2017\n\nBody.", "2017-06-16"),
    # a segment glued to its separator, two dates with an update label between them
    ("Headline\nJane Doe  |03.12.2024 - Update : 04.12.2024\n\nBody.", "2024-12-03"),
    # a day-first dashed date alone
    ("Headline\nRudaw\n09-12-2024\nERBIL - Body.", "2024-12-09"),
    ("Headline\n16 June 2017 09:00 UTC+05:30\n\nBody.", "2017-06-16T09:00+05:30"),
    ("Headline\nLast modified on Fri 16 Jun 2017 11.32 GMT\n\nBody.", "2017-06-16T11:32+00:00"),
    # France 24: "Issued on", a slashed date whose order the story's weekday tells
    (
        "Headline\nIssued on: 04/12/2024 - 21:12\nModified: 04/12/2024 - 22:40\n\n"
        "Lawmakers voted on Wednesday to topple the government.",
        "2024-12-04T21:12",
    ),
    # the date a "By" line closes with
    (
        "Headline\nBy Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.\n\nBody.",
        "2019-11-18T11:04",
    ),
    # the date a "By" line closes with after a spaced dash (The Hill)
    ("Headline\nby Rachel Frazin - 02/07/24 6:00 AM ET\n\nBody.", "2024-02-07T06:00-05:00"),
    # a date line closed by the place whose time it is (Sky News)
    ("Headline\nFriday 29 November 2024 15:38, UK\n\nBody.", "2024-11-29T15:38"),
    # a segment after spaced slashes
    (
        "Headline\nTOI News Desk / TIMESOFINDIA.COM / Updated: Dec 4, 2024, 13:05 IST\n\nBody.",
        "2024-12-04T13:05+05:30",
    ),
    # IST is India's on an Indian page or with no sign of the country, Israel's on an
    # Israeli outlet's page (its masthead, its byline) or under an Israeli dateline
    ("Headline\nMar 3, 2024 10:13 pm IST\n\nBody.", "2024-03-03T22:13+05:30"),
    (
        "Haaretz\nNetanyahu faces pressure over hostage deal\nMar 3, 2024 10:13 pm IST\n\nBody.",
        "2024-03-03T22:13+02:00",
    ),
    ("Headline\nJun 3, 2024 10:13 pm IDT\n\nBody.", "2024-06-03T22:13+03:00"),
    # the same date in a story of a Friday is 12 April
    ("Headline\nIssued on: 04/12/2024\n\nLawmakers voted on Friday.", "2024-04-12"),
    # a part above 12 tells the order; with no sign at all, month first
    ("Headline\nIssued on: 13/12/2024\n\nLawmakers voted.", "2024-12-13"),
    ("Headline\nIssued on: 04/12/2024\n\nLawmakers voted.", "2024-04-12"),
    # a reading time after the date and time
    (
        "Headline\nby Daria Hrytsenko\nMarch 15, 2024 10:32 AM 2 min read\n\nBody.",
        "2024-03-15T10:32",
    ),
    # a label alone over its date line: "Published" wins over "UPDATED" printed above it
    (
        "Headline\nRachel Ong\n\nUPDATED\nMar 11, 2024, 07:09 PM\nPublished\nMar 11, 2024, 05:00 PM\n\nBody.",
        "2024-03-11T17:00",
    ),
]


def test_the_day_first_option_orders_a_slashed_header_date() -> None:
    text = "Headline\nPublished: 04/12/2024\n\nLawmakers voted on Friday."
    doc = build_document(text)
    article = Article(doc=doc, source=SourceInfo("-", "text", None, None))
    assert find_published(doc, article, build_context(Options(day_first=True))) == "2024-12-04"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_published(text: str, expected: str) -> None:
    assert published_of(text) == expected


# (header, published): the date that closes a byline line after the names
BYLINE_DATES = [
    ("Cells That Taste Danger\n\nBy Carrie Arnold November 15, 2019\n\nWhen the "
     "immunologist looked deep inside the lungs of mice, he thought he was seeing things.",
     "2019-11-15"),
    ("Water plumes on Europa\n\nBy VICTOR TANGERMANN, FUTURISM 18 NOV 2019\n\nA team led "
     "by researchers at NASA has confirmed traces of water vapor above the moon.",
     "2019-11-18"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BYLINE_DATES)
def test_a_date_closing_the_byline_is_the_published_date(text: str, expected: str) -> None:
    assert parse_text(text).to_dict()["published"] == expected


def _page(head: str, byline: str) -> str:
    """A saved page with ``head`` over a story whose byline element prints ``byline``."""
    body = "".join(
        f"<p>{p}</p>"
        for p in (
            "Several thousand teachers wearing red surrounded the Statehouse on Tuesday.",
            "The rally represented the state's biggest such teacher protest in years.",
            "Nearly 300 school districts closed because of the rally, the union said.",
        )
    )
    return (
        f"<html><head>{head}</head><body><article><h1>Thousands of teachers pack Statehouse</h1>"
        f'<div class="byline">{byline}</div><div class="article-body">{body}</div>'
        "</article></body></html>"
    )


# (page head, byline element, published)
PAGE_BYLINE_DATES = [
    # no metadata date: the byline element's
    ("", "Tom Davies Associated Press Published 11:34 PM EST Nov 19, 2019",
     "2019-11-19T23:34-05:00"),
    ("", "VICTOR TANGERMANN, FUTURISM 18 NOV 2019", "2019-11-18"),
    # a handle before the date
    ("", "by Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET", "2019-11-18T21:24-05:00"),
    # the metadata's date, with its time and zone, wins over the byline's
    ('<meta property="article:published_time" content="2019-11-20T04:34:00+00:00">',
     "Tom Davies Associated Press Published 11:34 PM EST Nov 19, 2019",
     "2019-11-20T04:34:00+00:00"),
]  # fmt: skip


@pytest.mark.parametrize(("head", "byline", "expected"), PAGE_BYLINE_DATES)
def test_a_date_in_the_page_byline_is_published(head: str, byline: str, expected: str) -> None:
    assert parse_text(_page(head, byline)).to_dict()["published"] == expected


NOT_PUBLISHED = [
    "Headline\nPosted June 16\n\nBody.",  # no year
    "Headline\nSep 5, 2024 - Floods in the south\n\nBody.",  # no section after the dash
    "Headline\nUpdated 3 hours ago\n\nBody.",  # relative
    "Headline\n\n    SALVADOR, Feb 26 - Showers continued in 1987.\n Reuter\n",
    "Headline\n\nThe report was published on June 16, 2017 by the ministry.",  # prose
    "Headline\n\nThe index rose in June 16, 2017 trading and more words follow here.",
    "BAHIA COCOA REVIEW\n\n    SALVADOR, Feb 26 - Showers continued.",
]


@pytest.mark.parametrize("text", NOT_PUBLISHED)
def test_not_published(text: str) -> None:
    assert published_of(text) is None


def test_published_line_dates_are_not_mentions() -> None:
    text = "Headline\nPublished: June 16, 2017\n\nOn Friday, it rained."
    doc = build_document(text)
    article = Article(doc=doc, source=SourceInfo("-", "text", None, None))
    assert [doc.text_of(s) for s in published_lines(doc)] == ["Published: June 16, 2017"]
    found = find_dates(doc, article, build_context(Options(reference_date=date(2017, 6, 16))))
    assert [doc.text_of(d.span) for d in found] == ["Friday"]


def test_the_dates_of_the_byline_line_are_no_mentions() -> None:
    text = (
        "Tariffs explained\n\nBy Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m."
        "\n\nThe president raised tariffs on Monday.\n"
    )
    record = parse_text(text).to_dict()
    assert [(d["text"], d["value"]) for d in record["dates"]] == [("Monday", "2019-11-18")]


def test_published_is_the_reference_date() -> None:
    from newsparse.api import parse

    article = parse("Headline\nPublished: June 16, 2017\n\nOn Friday, it rained.")
    assert article.published == "2017-06-16"
    assert [(d.value, d.relative) for d in article.dates] == [("2017-06-16", True)]


def test_labels_alone_over_date_lines_are_no_paragraphs() -> None:
    text = (
        "Storm hits coast\nRachel Ong\n\nUPDATED\nMar 11, 2024, 07:09 PM\nPublished\n"
        "Mar 11, 2024, 05:00 PM\n\nThe storm reached the coast on Monday.\n"
    )
    record = parse_text(text).to_dict()
    assert [p["text"] for p in record["paragraphs"]][-1:] == [
        "The storm reached the coast on Monday."
    ]
    assert "Published" not in [p["text"] for p in record["paragraphs"]]
    assert "UPDATED" not in [p["text"] for p in record["paragraphs"]]


def test_header_date_lines_are_no_mentions_and_no_paragraphs() -> None:
    text = (
        "Storm hits coast\n\nPublished On 12 Dec 2024\n12 Dec 2024\n\n"
        "The storm reached the coast on Monday.\n"
    )
    record = parse_text(text).to_dict()
    assert record["published"] == "2024-12-12"
    assert [p["text"] for p in record["paragraphs"]] == ["The storm reached the coast on Monday."]
    assert [d["text"] for d in record["dates"]] == ["Monday"]


@pytest.mark.parametrize(
    "line",
    [
        "Today, 3:42 pm",
        "Yesterday",
        "Today | 11:58 PM ET",
        "Yesterday at 10:05",
        "Today, 7:32 pm  Updated at 9:10 pm",  # The Times of Israel
    ],
)
def test_relative_header_date_line_is_no_paragraph(line: str) -> None:
    text = f"Strike hits depot\n\nBy Jane Doe\n{line}\n\nThe army said it struck a depot.\n"
    record = parse_text(text).to_dict()
    assert record["published"] is None
    assert [p["text"] for p in record["paragraphs"]] == ["The army said it struck a depot."]
    assert record["dates"] == []


@pytest.mark.parametrize(
    "line",
    [
        "Today we vote",
        "Monday",
        "10 p.m.",  # the time of an entry in a running story
        "Today, 3:42 pm, the army said it struck a depot near the border",
    ],
)
def test_not_a_relative_header_date_line(line: str) -> None:
    text = f"Strike hits depot\n\nBy Jane Doe\n{line}\n\nThe army said it struck a depot.\n"
    record = parse_text(text).to_dict()
    assert line in [p["text"] for p in record["paragraphs"]]


@pytest.mark.parametrize(
    "header", ["By Jane Doe • June 16, 2017", "Selin Kaya  |14.11.2024 - Update : 15.11.2024"]
)
def test_dates_of_a_header_segment_are_no_mentions(header: str) -> None:
    record = parse_text(f"Headline\n{header}\n\nOn Friday, it rained.\n").to_dict()
    assert [d["text"] for d in record["dates"]] == ["Friday"]
    assert [p["text"] for p in record["paragraphs"]] == ["On Friday, it rained."]


# IST read by the byline's outlet or the dateline's place, once the chain found them
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline\n\nJonathan Lis | Haaretz\nMar 3, 2024 10:13 pm IST\n\nThe cabinet met.",
         "2024-03-03T22:13+02:00"),
        ("Headline\nMar 3, 2024 10:13 pm IST\n\nJERUSALEM — The cabinet met.",
         "2024-03-03T22:13+02:00"),
        ("Headline\nMar 3, 2024 10:13 pm IST\n\nNEW DELHI — The cabinet met.",
         "2024-03-03T22:13+05:30"),
        ("Headline\nMar 3, 2024 10:13 pm CST\n\nBEIJING, March 3 (Xinhua) -- The cabinet met.",
         "2024-03-03T22:13+08:00"),
    ],
)  # fmt: skip
def test_zone_read_in_the_article_country(text: str, expected: str) -> None:
    from newsparse.api import parse

    assert parse(text).published == expected


def test_body_time_zone_read_in_the_article_country() -> None:
    from newsparse.api import parse

    record = parse(
        "Headline\n\nJERUSALEM — The cabinet will meet at 10 a.m. IST on Sunday.\n"
    ).to_dict()
    assert [(d["text"], d["value"]) for d in record["dates"] if d["granularity"] == "time"] == [
        ("10 a.m. IST", "T10:00+02:00")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A\n\nB\n \nC", ["A", "B", " ", "C"]),  # blank lines skipped, spaces kept
        ("\n".join(f"L{i}" for i in range(HEAD_LINES + 3)), [f"L{i}" for i in range(HEAD_LINES)]),
        ("Head\n" + "\n" * HEAD_CHARS + "Late", ["Head"]),  # past HEAD_CHARS: not read
        ("", []),
    ],
)
def test_head_nonblank_lines(text: str, expected: list[str]) -> None:
    doc = build_document(text)
    lines = _head_nonblank(doc)
    assert [doc.text[line.start : line.end] for line in lines] == expected
    assert _head_nonblank(doc) is lines  # picked once per document
