"""Date and time expressions: spans (as text), ISO values, granularity, relativity."""

from __future__ import annotations

from datetime import date

import pytest

from newsparse.api import parse
from newsparse.article import Article, Dateline, SourceInfo
from newsparse.document import Span
from newsparse.layout import build_document
from newsparse.options import Options
from newsparse.pipeline import build_context
from newsparse.recognisers.date_values import closest_month
from newsparse.recognisers.dateline_dates import dateline_date
from newsparse.recognisers.dates import (
    apply_resolution,
    find_dates,
    reference_date,
    resolve_dates,
)

REF = date(2017, 6, 18)  # a Sunday

Found = tuple[str, str | None, str, bool]


def dates_of(text: str, ref: date | None = None, *, day_first: bool | None = False) -> list[Found]:
    doc = build_document(text)
    article = Article(doc=doc, source=SourceInfo("-", "text", None, None))
    ctx = build_context(Options(day_first=day_first))
    found = resolve_dates(doc, find_dates(doc, article, ctx), ref, day_first=bool(day_first))
    return [(doc.text_of(d.span), d.value, d.granularity, d.relative) for d in found]


# (text, ref, expected mentions): true dates, each checked for span, value and kind.
TRUE_DATES: list[tuple[str, date | None, list[Found]]] = [
    # full dates
    ("It happened on May 28, 2017 in Raqqa.", None, [("May 28, 2017", "2017-05-28", "day", False)]),
    ("It happened on 28 May 2017 in Raqqa.", None, [("28 May 2017", "2017-05-28", "day", False)]),
    ("Filed 2017-05-28.", None, [("2017-05-28", "2017-05-28", "day", False)]),
    ("Due 5/28/2017 at the latest.", None, [("5/28/2017", "2017-05-28", "day", False)]),
    ("Due 5/6/2017 at the latest.", None, [("5/6/2017", "2017-05-06", "day", False)]),
    ("Due 28/5/2017 at the latest.", None, [("28/5/2017", "2017-05-28", "day", False)]),
    ("Due 5/28/17 at the latest.", None, [("5/28/17", "2017-05-28", "day", False)]),
    ("Signed 28.05.2017 in Bonn.", None, [("28.05.2017", "2017-05-28", "day", False)]),
    # dashes between numbers are day-first, and need a four-digit year
    ("Signed 09-12-2024 in Erbil.", None, [("09-12-2024", "2024-12-09", "day", False)]),
    ("Signed 9-1-2024 in Erbil.", None, [("9-1-2024", "2024-01-09", "day", False)]),
    ("On Sept. 3, 2016, he left.", None, [("Sept. 3, 2016", "2016-09-03", "day", False)]),
    ("From Feb 26, 1987 on.", None, [("Feb 26, 1987", "1987-02-26", "day", False)]),
    ("It ended Dec 31,\n1985. Sales rose.", None, [("Dec 31,\n1985", "1985-12-31", "day", False)]),
    ("On January 1st 2000 it began.", None, [("January 1st 2000", "2000-01-01", "day", False)]),
    (
        "By the 28th of May 2017 it was over.",
        None,
        [("28th of May 2017", "2017-05-28", "day", False)],
    ),
    (
        "The accord of FEBRUARY 26, 1987 holds.",
        None,
        [("FEBRUARY 26, 1987", "1987-02-26", "day", False)],
    ),
    ("Leap day Feb 29, 2016 passed.", None, [("Feb 29, 2016", "2016-02-29", "day", False)]),
    # a weekday before a date makes one mention
    ("Friday, May 28, 2017 was hot.", None, [("Friday, May 28, 2017", "2017-05-28", "day", False)]),
    (
        "On Tuesday 3 March 2015 it rained.",
        None,
        [("Tuesday 3 March 2015", "2015-03-03", "day", False)],
    ),
    # year-less dates
    ("On May 28, drones struck.", None, [("May 28", "--05-28", "day", False)]),
    ("On May 28, drones struck.", REF, [("May 28", "2017-05-28", "day", False)]),
    ("The vote is on March 3.", None, [("March 3", "--03-03", "day", False)]),
    ("The talks of 2 March failed.", None, [("2 March", "--03-02", "day", False)]),
    ("Quarter ended JAN 31 NET", None, [("JAN 31", "--01-31", "day", False)]),
    ("It closed on Dec 30.", date(2017, 1, 3), [("Dec 30", "2016-12-30", "day", False)]),
    ("It opens on Jan 2.", date(2016, 12, 28), [("Jan 2", "2017-01-02", "day", False)]),
    # months, with and without year
    ("a sermon in Mosul in July 2014.", None, [("July 2014", "2014-07", "month", False)]),
    ("Sales in SEPTEMBER 1986 fell.", None, [("SEPTEMBER 1986", "1986-09", "month", False)]),
    ("It ended in May\n1986.", None, [("May\n1986", "1986-05", "month", False)]),
    ("It will close in July.", None, [("July", "--07", "month", False)]),
    ("It will close in July.", REF, [("July", "2017-07", "month", False)]),
    ("It began in December.", date(2017, 1, 10), [("December", "2016-12", "month", False)]),
    ("until mid-March, then", None, [("March", "--03", "month", False)]),
    (
        "in May, June and July 2016",
        None,
        [
            ("May", "--05", "month", False),
            ("June", "--06", "month", False),
            ("July 2016", "2016-07", "month", False),
        ],
    ),
    # years
    ("He was elected in 2014.", None, [("2014", "2014", "year", False)]),
    ("BEST FIRST QTR SINCE 1983", None, [("1983", "1983", "year", False)]),
    ("for fiscal 1988 spending", None, [("1988", "1988", "year", False)]),
    ("the 2016 election", None, [("2016", "2016", "year", False)]),
    ("Trump's 2016 campaign", None, [("2016", "2016", "year", False)]),
    ("during mid-2014", None, [("2014", "2014", "year", False)]),
    ("bonds due 1992 yield", None, [("1992", "1992", "year", False)]),
    ("the 1986/87 season", None, [("1986", "1986", "year", False), ("87", "1987", "year", False)]),
    ("from 1985 to 1987", None, [("1985", "1985", "year", False), ("1987", "1987", "year", False)]),
    # weekdays and day words
    ("In a statement on Friday, the Ministry said", None, [("Friday", None, "day", True)]),
    (
        "In a statement on Friday, the Ministry said",
        date(2017, 6, 16),
        [("Friday", "2017-06-16", "day", True)],
    ),
    ("In a statement on Friday, the Ministry said", REF, [("Friday", "2017-06-16", "day", True)]),
    ("Friday's strike hit Raqqa.", REF, [("Friday", "2017-06-16", "day", True)]),
    ("the MONDAY meeting", REF, [("MONDAY", "2017-06-12", "day", True)]),
    ("He said today that", REF, [("today", "2017-06-18", "day", True)]),
    ("Yesterday, shares fell.", REF, [("Yesterday", "2017-06-17", "day", True)]),
    ("It resumes tomorrow.", REF, [("tomorrow", "2017-06-19", "day", True)]),
    ("He spoke tonight.", None, [("tonight", None, "day", True)]),
    # modifiers
    ("Shares fell last week.", REF, [("last week", "2017-W23", "week", True)]),
    ("Shares fell last\nweek.", REF, [("last\nweek", "2017-W23", "week", True)]),
    ("Talks resume later this week.", None, [("later this week", None, "week", True)]),
    ("It rose earlier this month.", REF, [("earlier this month", "2017-06", "month", True)]),
    ("It rose last month.", REF, [("last month", "2017-05", "month", True)]),
    ("It will rise next year.", REF, [("next year", "2018", "year", True)]),
    ("It fell late last year.", REF, [("late last year", "2016", "year", True)]),
    ("It fell this year.", None, [("this year", None, "year", True)]),
    ("He met them last Friday.", REF, [("last Friday", "2017-06-16", "day", True)]),
    ("He meets them next Monday.", REF, [("next Monday", "2017-06-19", "day", True)]),
    ("He said this morning that", REF, [("this morning", "2017-06-18", "day", True)]),
    ("Fighting went on last night.", REF, [("last night", "2017-06-17", "day", True)]),
    ("It happened last May.", REF, [("last May", "2017-05", "month", True)]),
    ("It happened last July.", REF, [("last July", "2016-07", "month", True)]),
    # counted time ago
    ("He said two days ago that", REF, [("two days ago", "2017-06-16", "day", True)]),
    ("up from a year ago.", REF, [("a year ago", "2016", "year", True)]),
    ("three months ago", REF, [("three months ago", "2017-03", "month", True)]),
    ("10 weeks ago", None, [("10 weeks ago", None, "day", True)]),
    # times, attached to their day
    (
        "On May 28, between 00:35 and 00:45, jets struck.",
        None,
        [
            ("May 28", "--05-28", "day", False),
            ("00:35", "--05-28T00:35", "time", False),
            ("00:45", "--05-28T00:45", "time", False),
        ],
    ),
    (
        "On May 28, between 00:35 and 00:45, jets struck.",
        date(2017, 6, 16),
        [
            ("May 28", "2017-05-28", "day", False),
            ("00:35", "2017-05-28T00:35", "time", False),
            ("00:45", "2017-05-28T00:45", "time", False),
        ],
    ),
    ("The deadline is 3 p.m. EST.", None, [("3 p.m. EST", "T15:00-05:00", "time", False)]),
    ("at 15:30 GMT it closed", None, [("15:30 GMT", "T15:30+00:00", "time", False)]),
    ("at 12 a.m. sharp", None, [("12 a.m.", "T00:00", "time", False)]),
    ("at 11:45 pm local time", None, [("11:45 pm", "T23:45", "time", False)]),
    # a dot between hour and minute, before a zone or a.m./p.m.
    ("at 09.00 GMT it opened", None, [("09.00 GMT", "T09:00+00:00", "time", False)]),
    ("from 3.30pm onwards", None, [("3.30pm", "T15:30", "time", False)]),
    (
        "Talks resume Friday at 1000 EST.",
        REF,
        [
            ("Friday", "2017-06-16", "day", True),
            ("1000 EST", "2017-06-16T10:00-05:00", "time", True),
        ],
    ),
    # "a.m." ends no sentence: "will" before it makes Saturday the coming one
    (
        "Orders will be lifted at 6 a.m. Saturday.",
        REF,
        [("6 a.m.", "2017-06-24T06:00", "time", True), ("Saturday", "2017-06-24", "day", True)],
    ),
    (
        "until 1700 EST April 29.",
        None,
        [("1700 EST", "--04-29T17:00-05:00", "time", False), ("April 29", "--04-29", "day", False)],
    ),
    (
        "Stamped 2017-05-28T10:30Z.",
        None,
        [("2017-05-28T10:30Z", "2017-05-28T10:30+00:00", "time", False)],
    ),
    # ranges give both ends
    (
        "Talks ran May 28-30, 2017 in Paris.",
        None,
        [("May 28", "2017-05-28", "day", False), ("30, 2017", "2017-05-30", "day", False)],
    ),
    ("28-30 May", None, [("28", "--05-28", "day", False), ("30 May", "--05-30", "day", False)]),
]


@pytest.mark.parametrize(
    ("text", "ref", "expected"), TRUE_DATES, ids=[t[0][:40] for t in TRUE_DATES]
)
def test_true_dates(text: str, ref: date | None, expected: list[Found]) -> None:
    assert dates_of(text, ref) == expected


def test_day_first_option() -> None:
    assert dates_of("Due 5/6/2017.", day_first=True) == [("5/6/2017", "2017-06-05", "day", False)]


# Without the option, a numeric date follows the order the article writes its other dates in.
ARTICLE_ORDER = [
    ("Due 5/6/2017.", "2017-05-06"),  # no other date: month first
    ("Due 5/6/2017, signed on 3 May 2017.", "2017-06-05"),
    ("Due 5/6/2017, signed on May 3, 2017.", "2017-05-06"),
    ("Due 5/6/2017, signed 28/4/2017.", "2017-06-05"),
    ("Due 5/6/2017, signed 4/28/2017.", "2017-05-06"),
    ("Signed on 3 May and 4 May, due 5/6/2017 (not May 9, 2017).", "2017-06-05"),
]


@pytest.mark.parametrize(("text", "value"), ARTICLE_ORDER)
def test_numeric_date_follows_the_article(text: str, value: str) -> None:
    found = dates_of(text, day_first=None)
    assert [v for t, v, _, _ in found if t == "5/6/2017"] == [value]
    assert [t for t, _, _, _ in found] == sorted(
        (t for t, _, _, _ in found), key=lambda t: text.index(t)
    )  # still in text order


def test_option_wins_over_the_article() -> None:
    text = "Due 5/6/2017, signed on 3 May 2017."
    assert dates_of(text, day_first=False)[0][1] == "2017-05-06"


# Look-alikes: none of these holds a date.
NOT_DATES = [
    "Russian airstrike may kill IS leader Baghdadi",
    "They may march on the capital.",
    "Thousands March On Washington",
    "Theresa May said the talks would go on.",
    "The Sun reported the story.",
    "IS fighters fled.",
    "almost 300 personal guards",
    "about 30 field commanders",
    "the team won 3-1 at home",
    "the Senate voted 52-48",
    "version 2.1 of the software",
    "see page 2014 of the report",
    "Flight 1987 landed safely.",
    "UN Resolution 2254 calls for talks",
    "It cost $2014 a month.",
    "It cost 1987 dlrs a tonne.",
    "They shipped 2000 tonnes.",
    "There were 1999 people.",
    "Shares rose 1.2014 pct.",
    "sales of 1,987,000 units",
    "a rise of 12.5 pct",
    "Shares closed at 3.50 on the day.",  # a dotted number with no zone is no time
    "the 1990s saw growth",
    "Call 555-1987 now.",
    "John 3:16 is a verse.",
    "The score was 21:17 at half-time.",
    "Good Friday services",
    "on Super Tuesday voters",
    "The Sunday Times reported it.",
    "USA Today reported it.",
    "the last week of talks",
    "in the next year or so",
    "March 187 tonnes",
    "May 10 pct rise",
    "In 1,987 cases",
    "rates of 7.25 pct",
    "The Jan Smith fund",
    "Dec Ltd shares",
    "a 10:1 ratio",
    "No. 2014 on the list",
    "release 1.2.10 is out",
    "won 3-2-24 on aggregate",
    "code 555-12-2024 applies",
    "at 12:00:45:33 on the counter",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert dates_of(text, REF) == []


def test_today_in_a_possessive_is_still_a_day() -> None:
    assert dates_of("He will march today's route", REF) == [("today", "2017-06-18", "day", True)]


# Dateline date texts as wire copy prints them.
DATELINE_DATES = [
    ("Feb 26", "1987-02-26"),
    ("MARCH 2", "1987-03-02"),
    ("FEb 26", "1987-02-26"),
    ("march 4", "1987-03-04"),
    ("MArch 9", "1987-03-09"),
    ("Narch 2", "1987-03-02"),
    ("Marc 3", "1987-03-03"),
    ("Mach 4", "1987-03-04"),
    ("Marchg 12", "1987-03-12"),
    ("March 2O", "1987-03-20"),
    ("March l5", "1987-03-15"),
    ("2 March", "1987-03-02"),
    ("March  2", "1987-03-02"),
    ("March 187", None),
    ("March 119", None),
    ("Feb 30", None),
    ("Sept. 3, 1986", "1986-09-03"),
    ("1987-03-02", "1987-03-02"),
]


@pytest.mark.parametrize(("printed", "expected"), DATELINE_DATES)
def test_dateline_date(printed: str, expected: str | None) -> None:
    ctx = build_context(Options())
    assert dateline_date(printed, date(1987, 3, 10), ctx) == expected


def test_dateline_date_without_reference_is_yearless() -> None:
    ctx = build_context(Options())
    assert dateline_date("Feb 26", None, ctx) == "--02-26"
    assert dateline_date("Jun 16, 2017", None, ctx) == "2017-06-16"


def test_dateline_date_relative_and_leftover_shapes() -> None:
    ctx = build_context(Options())
    assert dateline_date("Thursday", date(2017, 6, 18), ctx) == "2017-06-15"
    assert dateline_date("Thursday", None, ctx) is None
    # a shape the patterns do not know goes to dateparser
    assert dateline_date("March the 3rd", date(1987, 3, 10), ctx) == "1987-03-03"
    assert dateline_date("March the 3rd", None, ctx) == "--03-03"


def _article(text: str) -> Article:
    doc = build_document(text)
    return Article(doc=doc, source=SourceInfo("-", "text", None, None))


def test_resolution_fills_dateline_date_and_dates() -> None:
    article = _article("SALVADOR, Feb 26 - Showers fell on Friday.")
    doc = article.doc
    article.dateline = Dateline(
        span=Span(0, 16), body_start=19, location=Span(0, 8), city="Salvador", region=None,
        country=None, country_code=None, agency=None, date_text=Span(10, 16),
    )  # fmt: skip
    ctx = build_context(Options(reference_date=date(1987, 2, 26)))
    article.dates = find_dates(doc, article, ctx)
    assert [doc.text_of(d.span) for d in article.dates] == ["Friday"]  # not the dateline's
    apply_resolution(doc, article, ctx)
    assert article.dateline.date == "1987-02-26"
    assert article.dates[0].value == "1987-02-20"


def test_reference_date_order() -> None:
    article = _article("Text.")
    assert reference_date(article, build_context(Options())) is None
    article.published = "2017-06-16T10:35-04:00"
    assert reference_date(article, build_context(Options())) == date(2017, 6, 16)
    opts = Options(reference_date=date(2001, 1, 1))
    assert reference_date(article, build_context(opts)) == date(2001, 1, 1)


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_reference_dates_at_the_ends_of_the_calendar_are_ignored(day: str) -> None:
    """A placeholder reference date leaves relative dates unresolved instead of overflowing."""
    from datetime import date

    from newsparse.api import parse
    from newsparse.options import Options

    article = parse(
        "HEADLINE\n\nHe spoke on Monday, last week and two days ago.\n",
        options=Options(reference_date=date.fromisoformat(day)),
    )
    assert [(m.value, m.relative) for m in article.dates] == [(None, True)] * 3


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the story is dated Sunday 14 July 2024
        ("Two boys will appear before magistrates on Monday.", "2024-07-15"),
        ("The council is due to vote on Friday.", "2024-07-19"),
        ("She said she'll decide by Sunday.", "2024-07-14"),
        ("The men appeared in court on Monday.", "2024-07-08"),
        ("He will speak later. The vote was held on Friday.", "2024-07-12"),
        ("The meeting will be postponed from Tuesday.", "2024-07-16"),
        ("It will close, the minister said on Tuesday.", "2024-07-09"),
        ("“I was going to leave,” he wrote in a study published Monday.", "2024-07-08"),
        # a future word without "will": "expected", "is scheduled for"
        ("Winds up to 50 mph are expected Friday.", "2024-07-19"),
        ("He expected the bill to be released as early as Thursday.", "2024-07-18"),
        # a weekday opening its sentence takes the tense of its verb
        ("On Friday, the council will vote on the plan.", "2024-07-19"),
        # "than expected" and "due to the" are no future
        ("Shares rose more than expected on Tuesday.", "2024-07-09"),
        ("Trading halted due to the storm on Tuesday.", "2024-07-09"),
        # a weekday's possessive keeps its clause
        ("Trump will probably use Monday's debate to make news.", "2024-07-15"),
    ],
)
def test_a_weekday_after_a_future_marker_lies_ahead(text: str, value: str) -> None:
    article = _article(text)
    ctx = build_context(Options(reference_date=date(2024, 7, 14)))
    article.dates = find_dates(article.doc, article, ctx)
    apply_resolution(article.doc, article, ctx)
    assert [d.value for d in article.dates] == [value]


@pytest.mark.parametrize(
    ("month", "ref", "value"),
    [
        (1, date(2024, 7, 31), "2024-01"),  # six months back or ahead: the past
        (12, date(2024, 6, 1), "2023-12"),
        (2, date(2024, 7, 31), "2024-02"),  # five months back, not seven ahead
        (11, date(2024, 7, 31), "2024-11"),  # four months ahead
        (12, date(2024, 5, 1), "2023-12"),
    ],
)
def test_a_year_less_month_is_the_nearest_and_a_tie_is_in_the_past(
    month: int, ref: date, value: str
) -> None:
    assert closest_month(month, ref) == value


@pytest.mark.parametrize(
    ("text", "ref", "values"),
    [
        # a past clause: before the reference date
        (
            "The metro carried 275 million passengers, according to figures released in February.",
            date(2024, 11, 14),
            ["2024-02"],
        ),
        (
            "In March, the fund announced plans to create an AI fund.",
            date(2024, 11, 14),
            ["2024-03"],
        ),
        ("The vote was held on Feb. 3.", date(2024, 11, 14), ["2024-02-03"]),
        ("The cap announced in January exempted students.", date(2024, 9, 17), ["2024-01"]),
        # a future clause: after it
        (
            "Lawmakers will vote on a new date, possibly in December.",
            date(2024, 2, 20),
            ["2024-12"],
        ),
        ("The plant is due to open in October.", date(1987, 3, 27), ["1987-10"]),
        # no clue, or one that leaves it open: the nearest
        ("The festival is in December.", date(2024, 2, 20), ["2023-12"]),
        ("He said it would open in January.", date(2024, 9, 17), ["2025-01"]),
        # within a month of the reference date the nearest stays
        ("For the quarter ended March 31, sales rose.", date(1987, 3, 20), ["1987-03-31"]),
        # a past verb further back is another clause's; "until" leads ahead
        ("It declared a dividend payable April 15.", date(1987, 3, 2), ["1987-04-15"]),
        ("The dividend, delayed until July 1, was cut.", date(1987, 3, 2), ["1987-07-01"]),
        # a passive present and a "year ended" are no past
        ("The report is released on July 9.", date(1987, 3, 2), ["1987-07-09"]),
        # a possessive month names data, in any tense
        ("Economists expect a rebound from January's low.", date(1987, 3, 2), ["1987-01"]),
        # a future word far back belongs to another phrase
        (
            "Buying is expected to exceed the record high of 1.5 billion dlrs last seen there "
            "in December.",
            date(1987, 3, 20),
            ["1986-12"],
        ),
    ],
)
def test_a_year_less_date_follows_the_tense_of_its_clause(
    text: str, ref: date, values: list[str]
) -> None:
    article = _article(text)
    ctx = build_context(Options(reference_date=ref))
    article.dates = find_dates(article.doc, article, ctx)
    apply_resolution(article.doc, article, ctx)
    assert [d.value for d in article.dates] == values


def test_a_month_after_since_lies_in_the_past() -> None:
    article = _article("Stocks posted their biggest gain since March on Wednesday.")
    ctx = build_context(Options(reference_date=date(2024, 11, 20)))
    article.dates = find_dates(article.doc, article, ctx)
    apply_resolution(article.doc, article, ctx)
    assert [(article.doc.text_of(d.span), d.value) for d in article.dates] == [
        ("March", "2024-03"),
        ("Wednesday", "2024-11-20"),
    ]


@pytest.mark.parametrize(
    "notice",
    [
        "Copyright 2024 NPR",
        "© 2019 Associated Press. All Rights Reserved.",
        "Copyright 2019 Hawaii News Now. All rights reserved.",
    ],
)
def test_a_copyright_notice_closing_the_page_dates_nothing(notice: str) -> None:
    text = (
        "Rain hits the coast\n\nHeavy rain fell on the coast in 2023, officials said.\n\n"
        f"More storms are due, they said.\n\n{notice}\n"
    )
    article = parse(text.encode(), options=Options(reference_date=date(2024, 3, 1)))
    assert [article.doc.text_of(d.span) for d in article.dates] == ["2023"]
