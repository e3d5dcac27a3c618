"""Byline cases: authors are people only; outlets and job titles go to the affiliation."""

from __future__ import annotations

import pytest

from newsparse.recognisers.byline import find_byline, match_byline
from tests.block_chain import paragraphs, run_chain

# (line, byline text, authors, affiliation)
CASES = [
    ("By Jane Doe", "By Jane Doe", ["Jane Doe"], None),
    ("By Jane Doe and John Roe, Reuters", "By Jane Doe and John Roe, Reuters", ["Jane Doe", "John Roe"], "Reuters"),
    ("    by Janie Gabbett, Reuters", "by Janie Gabbett, Reuters", ["Janie Gabbett"], "Reuters"),
    ("By JANE DOE, Associated Press Writer", "By JANE DOE, Associated Press Writer", ["JANE DOE"], "Associated Press"),
    ("Jane Doe | AP", "Jane Doe | AP", ["Jane Doe"], "AP"),
    # a bar between authors
    ("Jane Doe | Tom Allinson", "Jane Doe | Tom Allinson", ["Jane Doe", "Tom Allinson"], None),
    ("Jane Doe | Al Jazeera", "Jane Doe | Al Jazeera", ["Jane Doe"], "Al Jazeera"),
    ("By Jane Doe in Kabul", "By Jane Doe in Kabul", ["Jane Doe"], None),
    ("BY TED D'AFFLISIO, REUTERS", "BY TED D'AFFLISIO, REUTERS", ["TED D'AFFLISIO"], "REUTERS"),
    ("By TED d'AFFLISIO, Reuters", "By TED d'AFFLISIO, Reuters", ["TED d'AFFLISIO"], "Reuters"),
    ("By STEPHEN JUKES AND PHILIP SHEHADI, REUTERS", "By STEPHEN JUKES AND PHILIP SHEHADI, REUTERS", ["STEPHEN JUKES", "PHILIP SHEHADI"], "REUTERS"),
    ("By Brad Schade Reuters", "By Brad Schade Reuters", ["Brad Schade"], "Reuters"),
    ("By MARY SMITH Associated Press", "By MARY SMITH Associated Press", ["MARY SMITH"], "Associated Press"),
    # the outlet the writers wrote for, after "for"
    ("By JAMES HARTLEY FOR MAILONLINE", "By JAMES HARTLEY FOR MAILONLINE", ["JAMES HARTLEY"], "MAILONLINE"),
    ("By Jane Doe and John Roe for The Guardian", "By Jane Doe and John Roe for The Guardian",
     ["Jane Doe", "John Roe"], "The Guardian"),
    ("By Colin Brinsden, Reuters.", "By Colin Brinsden, Reuters", ["Colin Brinsden"], "Reuters"),
    ("By Reuters Staff", "By Reuters Staff", [], "Reuters"),
    # a job whose words left of the job word are a beat, no outlet
    ("By Sophia Yan, Senior China Correspondent", "By Sophia Yan, Senior China Correspondent", ["Sophia Yan"], None),
    ("By Jane Doe, Washington Correspondent", "By Jane Doe, Washington Correspondent", ["Jane Doe"], None),
    ("By Jane Doe, Middle East Editor", "By Jane Doe, Middle East Editor", ["Jane Doe"], None),
    # an outlet writing with an agency: no person
    ("By Le Monde with AFP", "By Le Monde with AFP", [], "Le Monde"),
    ("Text by: FRANCE 24", "Text by: FRANCE 24", [], "FRANCE 24"),  # an outlet with a digit
    # an outlet or desk after "and": the affiliation
    ("By Emanuel Fabian and Agencies", "By Emanuel Fabian and Agencies", ["Emanuel Fabian"], "Agencies"),
    ("by Martin Fornusek and The Kyiv Independent news desk", "by Martin Fornusek and The Kyiv Independent news desk",
     ["Martin Fornusek"], "The Kyiv Independent news desk"),
    ("By TOI staff and agencies", "By TOI staff and agencies", [], "TOI"),
    ("By Jane Doe and Reuters", "By Jane Doe and Reuters", ["Jane Doe"], "Reuters"),
    ("By Jane Doe with AP", "By Jane Doe with AP", ["Jane Doe"], "AP"),
    ("By Euronews with AP", "By Euronews with AP", [], "Euronews"),
    ("By Deutsche Welle", "By Deutsche Welle", [], "Deutsche Welle"),  # an outlet, no name
    ("By MEE staff", "By MEE staff", [], "MEE"),  # a staff word in lower case
    ("By Sam Dean, Football Correspondent", "By Sam Dean, Football Correspondent", ["Sam Dean"], None),
    ("By HT Correspondent, New Delhi", "By HT Correspondent, New Delhi", [], "HT"),
    ("By Anna Smith, Jo Brown and Li Wei, Reuters", "By Anna Smith, Jo Brown and Li Wei, Reuters", ["Anna Smith", "Jo Brown", "Li Wei"], "Reuters"),
    # the first segment of a header line
    ("By Jane Doe | Published Dec. 3, 2024 | Updated Dec. 4, 2024", "By Jane Doe", ["Jane Doe"], None),
    ("By Jane Doe • Dec. 3, 2024", "By Jane Doe", ["Jane Doe"], None),
    # a desk, an outlet and a date parted by spaced slashes (Times of India)
    ("TOI News Desk / TIMESOFINDIA.COM / Updated: Dec 4, 2024, 13:05 IST",
     "TOI News Desk / TIMESOFINDIA.COM", [], "TOI News Desk"),
    ("Story by Jane Doe • 3h", "Story by Jane Doe", ["Jane Doe"], None),
    ("Live updates by Sarah Cole and Ben Ortiz", "Live updates by Sarah Cole and Ben Ortiz", ["Sarah Cole", "Ben Ortiz"], None),
    # an agency before the time of the last update (Times of India)
    ("TNN | Updated: Jul 14, 2024, 09:12 IST", "TNN", [], "TNN"),
    # a date after "on" (PolitiFact)
    ("By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", "By Louis Jacobson", ["Louis Jacobson"], None),
    # a date after a spaced dash (The Hill): the names before it
    ("by Rachel Frazin - 02/07/24 6:00 AM ET", "by Rachel Frazin", ["Rachel Frazin"], None),
    ("By Jane Doe and John Roe – 12/03/24", "By Jane Doe and John Roe", ["Jane Doe", "John Roe"], None),
    # a job after the name, no outlet
    ("By Chris Mason, Political editor", "By Chris Mason, Political editor", ["Chris Mason"], None),
    # no "By": a name, then a desk and a job
    ("Damian Carrington Environment editor", "Damian Carrington Environment editor", ["Damian Carrington"], None),
    ("Chris Mason, Political editor", "Chris Mason, Political editor", ["Chris Mason"], None),
    ("Mary Ann Smith Political correspondent", "Mary Ann Smith Political correspondent", ["Mary Ann Smith"], None),
    # an outlet after the name is the affiliation, not a second author
    ("By Jill Disis, CNN Business", "By Jill Disis, CNN Business", ["Jill Disis"], "CNN Business"),
    ("By Eric Song, IGN Staff", "By Eric Song, IGN Staff", ["Eric Song"], "IGN"),
    # an agency after a second name closes the names; it is no outlet joined by "and"
    ("By DANICA KIRKA and JILL LAWLESS Associated Press", "By DANICA KIRKA and JILL LAWLESS Associated Press",
     ["DANICA KIRKA", "JILL LAWLESS"], "Associated Press"),
    # an agency, then its desk and a job: the agency, in its own case
    ("By Steve Peoples, Ap National Political Writer", "By Steve Peoples, Ap National Political Writer",
     ["Steve Peoples"], "AP"),
    ("By Chris Cillizza, CNN Editor-at-large", "By Chris Cillizza, CNN Editor-at-large", ["Chris Cillizza"], "CNN"),
    ("By Staff Reports", "By Staff Reports", [], None),  # staff words alone: no outlet
    ("By Ilana Muhlstein, MS, RDN", "By Ilana Muhlstein, MS, RDN", ["Ilana Muhlstein"], None),  # credentials
    ("By PTI, Washington", "By PTI, Washington", [], "PTI"),  # an agency and its place
    # a date right after the names, with no "on" or dash: the names before it
    ("By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)",
     "By Mike Wuerthele and Malcolm Owen", ["Mike Wuerthele", "Malcolm Owen"], None),
    ("by Laura Winter 19 Nov 2019 05:44 GMT", "by Laura Winter", ["Laura Winter"], None),
    ("By Eric Song, IGN Staff Updated: 18 Nov 2019 9:38 pm", "By Eric Song, IGN Staff", ["Eric Song"], "IGN"),
]  # fmt: skip


def _assert_byline(line: str, text: str, authors: list[str], affiliation: str | None) -> None:
    """``line`` is a byline printed as ``text``, with these authors and affiliation."""
    found = match_byline(line, 0, len(line))
    assert found is not None
    assert line[found.span.start : found.span.end] == text
    assert [line[a.start : a.end] for a in found.authors] == authors
    assert found.affiliation == affiliation


@pytest.mark.parametrize(
    ("line", "text", "authors", "affiliation"), CASES, ids=[c[0] for c in CASES]
)
def test_byline_line(line: str, text: str, authors: list[str], affiliation: str | None) -> None:
    _assert_byline(line, text, authors, affiliation)


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, output will double.",
        "by Commerce Secretary Malcolm Baldrige, who said the",
        "By comparison, sales rose 3 pct",
        "Shares | Volume",
        "By 1990 the plant will close",
        "By early 2025 - 03/04/25 forecasts",  # no name before the dash and the date
        "The paper named a new editor",  # no name before the job
        "Smith was named the Environment editor",
        "By Monday, November 18, 2019 the plant will close",  # a date, no names before it
    ],
)
def test_not_a_byline(line: str) -> None:
    assert match_byline(line, 0, len(line)) is None


def test_reuters_byline_block_leaves_the_paragraphs() -> None:
    text = (
        "DIVISION SEEN ON OIL\n\n    By TED d'AFFLISIO, Reuters\n"
        "    NEW YORK, March 18 - The U.S. Congress met.\n"
    )
    doc, article = run_chain(text)
    assert article.byline is not None
    assert doc.text_of(article.byline.span) == "By TED d'AFFLISIO, Reuters"
    assert [b.kind for b in doc.blocks] == ["headline", "byline", "body"]
    assert paragraphs(text) == ["The U.S. Congress met."]


def test_byline_under_the_headline_in_one_block() -> None:
    text = "Storm hits coast\nBy Jane Doe\n\nThe storm hit on Sunday.\n"
    doc, _ = run_chain(text, until="byline")
    found = find_byline(doc)
    assert found is not None
    assert doc.text_of(found[0].span) == "By Jane Doe"
    assert paragraphs(text) == ["The storm hit on Sunday."]


def test_byline_deep_in_the_body_is_ignored() -> None:
    body = "\n\n".join(f"Paragraph {i} of the story." for i in range(12))
    doc, _ = run_chain("Title\n\n" + body + "\n\nBy Jane Doe\n", until="byline")
    assert find_byline(doc) is None


def test_a_name_over_a_job_line_is_a_byline() -> None:
    text = (
        "Floods hit the coast\n\nJane Doe\nStaff Writer\n3 December 2024\n\n"
        "The storm reached the coast on Monday.\n"
    )
    doc, article = run_chain(text)
    assert article.byline is not None
    assert article.byline.authors == ("Jane Doe",)
    assert doc.text_of(article.byline.span) == "Jane Doe\nStaff Writer"
    assert paragraphs(text) == ["The storm reached the coast on Monday."]


def test_a_handle_after_the_job_line_names_nobody() -> None:
    text = (
        "Floods hit the coast\n\nAlix Culbertson\nPolitical reporter @alixculbertson\n"
        "Friday 29 November 2024 15:38, UK\n\nThe storm reached the coast on Monday.\n"
    )
    _, article = run_chain(text)
    assert article.byline is not None
    assert article.byline.authors == ("Alix Culbertson",)
    assert paragraphs(text) == ["The storm reached the coast on Monday."]


# (line, byline text, authors, affiliation): names before a header line's dates
DATED_SEGMENTS = [
    ("Jane Doe | Dec. 3, 2024", "Jane Doe", ["Jane Doe"], None),
    ("Jane Doe | AP | Dec. 3, 2024", "Jane Doe | AP", ["Jane Doe"], "AP"),
    ("Islamuddin Sajid  |03.12.2024 - Update : 03.12.2024", "Islamuddin Sajid", ["Islamuddin Sajid"], None),
    ("Jane Doe and John Roe • June 16, 2017 10:35 AM", "Jane Doe and John Roe", ["Jane Doe", "John Roe"], None),
    # CBC: an update label whose day lacks its year, after the full date
    ("Jane Doe · CBC News · Posted: Sep 17, 2024 4:00 AM EDT | Last Updated: September 17", "Jane Doe · CBC News", ["Jane Doe"], "CBC News"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "text", "authors", "affiliation"), DATED_SEGMENTS, ids=[c[0] for c in DATED_SEGMENTS]
)
def test_names_before_dates(
    line: str, text: str, authors: list[str], affiliation: str | None
) -> None:
    _assert_byline(line, text, authors, affiliation)


@pytest.mark.parametrize(
    "line",
    ["Shares | Dec. 3, 2024", "Jane Doe said | Dec. 3, 2024", "Jane Doe | the paper | 2024-12-03"],
)
def test_dated_segments_need_names(line: str) -> None:
    assert match_byline(line, 0, len(line)) is None


# (text, byline text, authors, affiliation): a name or outlet alone next to the date line
LONE_LINES = [
    (
        "Politics\nSenate passes stopgap bill\n\nDecember 20, 2024, 11:58 PM ET\n\n"
        "Deirdre Walsh\n\nThe Senate passed a bill late Friday.\n",
        "Deirdre Walsh", ["Deirdre Walsh"], None,
    ),
    (
        "Floods hit the coast\n\nJane Doe\n3 December 2024\n\nThe storm came on Monday.\n",
        "Jane Doe", ["Jane Doe"], None,
    ),
    (
        "KRG says Baghdad yet to pay\n\nRudaw\n09-12-2024\nERBIL - The KRG said on Monday.\n",
        "Rudaw", [], "Rudaw",
    ),
]  # fmt: skip


# a name and a job without a comma next to the date line (The Guardian): the name
LONE_LINES.append(
    (
        "Labour\nStarmer rules out wealth tax in budget\n\nPeter Walker Political correspondent\n"
        "Tue 5 Mar 2024 06.00 GMT\n\nKeir Starmer has ruled out a wealth tax.\n",
        "Peter Walker Political correspondent", ["Peter Walker"], None,
    )
)  # fmt: skip


# a desk of the outlet: no author
LONE_LINES.extend(
    [
        (  # an outlet's name over the dateline line
            "KDP, PUK agree to form cabinet\n\nKurdistan24\nERBIL (Kurdistan24) - The parties "
            "agreed on Sunday.\n",
            "Kurdistan24", [], "Kurdistan24",
        ),
        (
            "Rebels enter Hama\n\nMEE staff\nPublished date: 5 December 2024 12:04 GMT\n\n"
            "Rebel fighters entered the city.\n",
            "MEE staff", [], "MEE",
        ),
        (
            "Opposition walks out\n\nThe Hindu Bureau\nDecember 04, 2024 07:53 am IST\n\n"
            "Opposition MPs staged a walkout.\n",
            "The Hindu Bureau", [], "The Hindu Bureau",
        ),
        (  # a name over its outlet (BBC), page buttons between them and the date
            "Rebels seize Hama\n5 December 2024\nShare\nSave\nDavid Gritten\nBBC News\n"
            "Rebel fighters in Syria say they have taken the city.\n",
            "David Gritten\nBBC News", ["David Gritten"], "BBC News",
        ),
    ]
)  # fmt: skip


# a "By" line over its outlet's line, with or without the place (BBC)
LONE_LINES.extend(
    [
        (
            "Ukraine war: 'We will not give up'\n\nBy Jane Smith\nBBC News, Kyiv\n\n"
            "Ukraine's president said his country would fight on.\n",
            "By Jane Smith\nBBC News, Kyiv", ["Jane Smith"], "BBC News",
        ),
        (
            "Storm hits coast\n\nBy Jane Smith\nBBC News\n\nThe storm hit the coast.\n",
            "By Jane Smith\nBBC News", ["Jane Smith"], "BBC News",
        ),
    ]
)  # fmt: skip


# a "By" line next to the date line is read as one, not as a name alone
LONE_LINES.append(
    (
        "Heatwave grips the south-east\n\nBy Jane Doe\nPosted Thu 5 Dec 2024 at 6:12am\n\n"
        "Parts of the south-east are bracing for a heatwave.\n",
        "By Jane Doe", ["Jane Doe"], None,
    )
)  # fmt: skip


# a name and a job, or names and where their writers are, next to the date line (the
# Guardian's pages)
LONE_LINES.extend(
    [
        (
            "Man killed in Leeds\n\nHelen Pidd North of England editor\n\n"
            "Sun 14 Jul 2024 18.02 BST\n\nPolice have named a man.\n",
            "Helen Pidd North of England editor", ["Helen Pidd"], None,
        ),
        (
            "Man killed in Leeds\n\nLibby Brooks Scotland correspondent\n\n"
            "Sun 14 Jul 2024 18.02 BST\n\nPolice have named a man.\n",
            "Libby Brooks Scotland correspondent", ["Libby Brooks"], None,
        ),
        (
            "Ceasefire holds in Gaza as talks on a lasting truce resume in Cairo\n\nJason Burke in Jerusalem and Sufian Taha in Gaza\n\n"
            "Sun 14 Jul 2024 18.02 BST\n\nThe truce held.\n",
            "Jason Burke in Jerusalem and Sufian Taha in Gaza",
            ["Jason Burke", "Sufian Taha"], None,
        ),
    ]
)  # fmt: skip


# a desk, a slash, then the "By" line (ABC News)
LONE_LINES.append(
    (
        "Hail hits Darling Downs\n\nABC Southern Queensland / By Sarah McKenzie\n\n"
        "Posted Thu 5 Dec 2024 at 6:12am\n\nHail hit the region.\n",
        "ABC Southern Queensland / By Sarah McKenzie", ["Sarah McKenzie"],
        "ABC Southern Queensland",
    )
)  # fmt: skip


# a name between the header's date lines, in their block (Arab News)
LONE_LINES.append(
    (
        "Saudi Arabia\nAI training program launched\n\nUpdated 14 November 2024\nNADA HAMEED\n"
        "November 14, 2024 00:28\n\nThe authority launched a program.\n",
        "NADA HAMEED", ["NADA HAMEED"], None,
    )
)  # fmt: skip


# a name over a publication label alone and its date line (The Straits Times)
LONE_LINES.append(
    (
        "New workplace fairness law\nRachel Ong\n\nUPDATED\nMar 11, 2024, 07:09 PM\n"
        "Published\nMar 11, 2024, 05:00 PM\n\nCompanies must set up processes.\n",
        "Rachel Ong", ["Rachel Ong"], None,
    )
)  # fmt: skip


# several names alone over the date line (Axios)
LONE_LINES.append(
    (
        "Politics & Policy\nWhite House weighs new curbs\nHans Wexler, Priya Raman\n"
        "Sep 5, 2024 - Politics & Policy\n\nThe administration is preparing rules.\n",
        "Hans Wexler, Priya Raman", ["Hans Wexler", "Priya Raman"], None,
    )
)  # fmt: skip


@pytest.mark.parametrize(("text", "byline", "authors", "affiliation"), LONE_LINES)
def test_lone_header_line(
    text: str, byline: str, authors: list[str], affiliation: str | None
) -> None:
    doc, article = run_chain(text)
    assert article.byline is not None
    assert doc.text_of(article.byline.span) == byline
    assert list(article.byline.authors) == authors
    assert article.byline.affiliation == affiliation
    assert byline not in paragraphs(text)


@pytest.mark.parametrize(
    "text",
    [
        # no date line next to the name
        "Floods hit the coast\n\nJane Doe\n\nThe storm came on Monday.\n",
        # a place, a section and a sentence next to a date line
        "Floods hit the coast\n\nNew Delhi\n3 December 2024\n\nThe storm came on Monday.\n",
        "Floods hit the coast\n\nMiddle East\n3 December 2024\n\nThe storm came on Monday.\n",
        "Floods hit the coast\n\nWorld News\n3 December 2024\n\nThe storm came on Monday.\n",
        "Floods hit the coast\n\nIt rained.\n3 December 2024\n\nThe storm came on Monday.\n",
        # a heading in capitals that names a place
        "Floods hit\n\nFighting Rages in Kyiv\n3 December 2024\n\nThe storm came.\n",
        # a section or a sentence between the date lines of a block
        "Floods hit\n\nUpdated 14 November 2024\nWorld News\nNovember 14, 2024 00:28\n\nIt rained.\n",
        "Floods hit\n\nUpdated 14 November 2024\nIt rained.\nNovember 14, 2024 00:28\n\nIt rained.\n",
        # places or companies listed next to a date line
        "Floods hit the coast\n\nParis, London, Berlin\n3 December 2024\n\nIt rained.\n",
        "Floods hit the coast\n\nApple, Google and Microsoft\n3 December 2024\n\nIt rained.\n",
        # a label alone with no date line under it
        "Floods hit the coast\nJane Doe\n\nUPDATED\n\nThe storm came on Monday.\n",
        # a name over an outlet that signs the story off
        "Dividend set\n\n    NEW YORK, March 3 -\n    Qtly div 70 cts\n    Record April Three\n Reuter\n",
        # a name deep in the body
        "Title\n\n"
        + "\n\n".join(f"Paragraph {i} of the story." for i in range(12))
        + "\n\nJane Doe\n\n3 December 2024\n",
    ],
)
def test_no_lone_header_byline(text: str) -> None:
    _, article = run_chain(text)
    assert article.byline is None
