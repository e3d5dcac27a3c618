"""Dateline cases: place, region, country, agency and date text as printed."""

from __future__ import annotations

import pytest

from newsparse.recognisers.dateline import find_dateline, is_month_word, match_dateline
from tests.block_chain import paragraphs, run_chain

# (first paragraph, dateline text, location, city, region, country, code, agency, date_text)
CASES = [
    ("ERBIL, Kurdistan Region (Kurdistan24) – In a statement on Friday, the ministry said.",
     "ERBIL, Kurdistan Region (Kurdistan24)", "ERBIL, Kurdistan Region", "Erbil",
     "Kurdistan Region", "Iraq", "IQ", "Kurdistan24", None),
    ("WASHINGTON (Reuters) - The Senate voted on Tuesday.",
     "WASHINGTON (Reuters)", "WASHINGTON", "Washington", None, "United States", "US", "Reuters", None),
    ("    SALVADOR, Feb 26 - Showers continued throughout the week.",
     "SALVADOR, Feb 26", "SALVADOR", "Salvador", None, "Brazil", "BR", None, "Feb 26"),
    ("HOUSTON, Jan 27 (Reuters) - Oil prices rose.",
     "HOUSTON, Jan 27 (Reuters)", "HOUSTON", "Houston", None, "United States", "US", "Reuters", "Jan 27"),
    ("Ferguson, Missouri (CNN) -- Protesters gathered again.",
     "Ferguson, Missouri (CNN)", "Ferguson, Missouri", "Ferguson", "Missouri", "United States", "US", "CNN", None),
    ("LONDON (AP) — Britain's prime minister said on Monday.",
     "LONDON (AP)", "LONDON", "London", None, "United Kingdom", "GB", "AP", None),
    ("BEIJING, March 3 (Xinhua) -- China's exports rose.",
     "BEIJING, March 3 (Xinhua)", "BEIJING", "Beijing", None, "China", "CN", "Xinhua", "March 3"),
    ("(CNN) -- A storm hit the coast on Sunday.",
     "(CNN)", None, None, None, None, None, "CNN", None),
    ("NEW YORK, March 3 - Stocks closed higher.",
     "NEW YORK, March 3", "NEW YORK", "New York", None, "United States", "US", None, "March 3"),
    ("CHEVY CHASE, Md., March 4 - GEICO Corp said its board met.",
     "CHEVY CHASE, Md., March 4", "CHEVY CHASE, Md.", "Chevy Chase", "Maryland", "United States", "US", None, "March 4"),
    ("NEW YORK, Narch 2 - Shares fell.", "NEW YORK, Narch 2", "NEW YORK", "New York", None, "United States", "US", None, "Narch 2"),
    ("ALBANY, N.Y., Marc 3 - The state said.", "ALBANY, N.Y., Marc 3", "ALBANY, N.Y.", "Albany", "New York", "United States", "US", None, "Marc 3"),
    ("RENO, Nev., Mach 4 - The casino said.", "RENO, Nev., Mach 4", "RENO, Nev.", "Reno", "Nevada", "United States", "US", None, "Mach 4"),
    ("FORT WAYNE, IND., Marchg 12 - The company said.", "FORT WAYNE, IND., Marchg 12", "FORT WAYNE, IND.", "Fort Wayne", "Indiana", "United States", "US", None, "Marchg 12"),
    ("BELGRADE, March 2O - Yugoslavia said.", "BELGRADE, March 2O", "BELGRADE", "Belgrade", None, "Serbia", "RS", None, "March 2O"),
    ("BOSTON, March 187 - The bank said.", "BOSTON, March 187", "BOSTON", "Boston", None, "United States", "US", None, "March 187"),
    ("AMSTERDAM, 2 March - Dutch banks said.", "AMSTERDAM, 2 March", "AMSTERDAM", "Amsterdam", None, "Netherlands", "NL", None, "2 March"),
    ("    ****SANTO DOMINGO, March 4 - The Dominican Republic sold sugar.",
     "SANTO DOMINGO, March 4", "SANTO DOMINGO", "Santo Domingo", None, "Dominican Republic", "DO", None, "March 4"),
    ("RPT --LUDWIGSHAFEN, West Germany, March 30 - BASF said.",
     "LUDWIGSHAFEN, West Germany, March 30", "LUDWIGSHAFEN, West Germany", "Ludwigshafen", None, "West Germany", "DE", None, "March 30"),
    ("    OKLAHOMA CITY, Okla. March 11, Reuter - State Banking Commissioner Robert Empie said.",
     "OKLAHOMA CITY, Okla. March 11, Reuter", "OKLAHOMA CITY, Okla.", "Oklahoma City", "Oklahoma", "United States", "US", "Reuter", "March 11"),
    ("WOODBRIDGE, N.J. - The company said it agreed.", "WOODBRIDGE, N.J.", "WOODBRIDGE, N.J.", "Woodbridge", "New Jersey", "United States", "US", None, None),
    ("CALGARY, Alberta - Oil output rose.", "CALGARY, Alberta", "CALGARY, Alberta", "Calgary", "Alberta", "Canada", "CA", None, None),
    ("TAUPO, New Zealand, March 23, Reuter - The meeting ended.",
     "TAUPO, New Zealand, March 23, Reuter", "TAUPO, New Zealand", "Taupo", None, "New Zealand", "NZ", "Reuter", "March 23"),
    ("HEMPSTEAD, N.Y., Sept. 26 (UPI) — Green Party candidate Jill Stein was escorted off.",
     "HEMPSTEAD, N.Y., Sept. 26 (UPI)", "HEMPSTEAD, N.Y.", "Hempstead", "New York", "United States", "US", "UPI", "Sept. 26"),
    ("WASHINGTON ― Donald Trump's obsession is an insult, lawmakers said.",
     "WASHINGTON", "WASHINGTON", "Washington", None, "United States", "US", None, None),
    ("La paz, march 4 - Bolivia said.", "La paz, march 4", "La paz", "La Paz", None, "Bolivia", "BO", None, "march 4"),
    ("CHEVY CHASE, Md., - March 4 - The board met.", "CHEVY CHASE, Md., - March 4", "CHEVY CHASE, Md.", "Chevy Chase", "Maryland", "United States", "US", None, "March 4"),
    # a colon after a known place in capitals (South Asian papers)
    ("NEW DELHI: The government announced new rules.", "NEW DELHI", "NEW DELHI", "New Delhi", None, "India", "IN", None, None),
    ("ISLAMABAD, Dec 3 (APP): The prime minister spoke.", "ISLAMABAD, Dec 3 (APP)", "ISLAMABAD", "Islamabad", None, "Pakistan", "PK", "APP", "Dec 3"),
    # a year after the date, and an ordinal day (Gulf agencies, US wires)
    ("KUWAIT, March 12, 2025 (KUNA) -- The Amir received a call.", "KUWAIT, March 12, 2025 (KUNA)", "KUWAIT", "Kuwait", None, "Kuwait", "KW", "KUNA", "March 12, 2025"),
    ("ABU DHABI, 12th March, 2025 (WAM) -- The President spoke.", "ABU DHABI, 12th March, 2025 (WAM)", "ABU DHABI", "Abu Dhabi", None, "United Arab Emirates", "AE", "WAM", "12th March, 2025"),
    # a known city as a name before a sentence of its own (NDTV, Al Jazeera)
    ("Kolkata: West Bengal Chief Minister Mamata Banerjee on Tuesday said it.", "Kolkata", "Kolkata", "Kolkata", None, "India", "IN", None, None),
    # a known agency in brackets closes a place and date in title case (Indian wire copy)
    ("New Delhi, Nov 24 (PTI) The government will table the bill.", "New Delhi, Nov 24 (PTI)", "New Delhi", "New Delhi", None, "India", "IN", "PTI", "Nov 24"),
    ("Mumbai, Nov 24 (IANS): Shares rose on Monday.", "Mumbai, Nov 24 (IANS)", "Mumbai", "Mumbai", None, "India", "IN", "IANS", "Nov 24"),
    # an agency between slashes
    ("MOSCOW, December 3. /TASS/. Russia will respond.", "MOSCOW, December 3. /TASS/", "MOSCOW", "Moscow", None, "Russia", "RU", "TASS", "December 3"),
    # a date and an agency, no place
    ("Nov 21 (Reuters) - Nvidia shares fell 3% on Thursday.", "Nov 21 (Reuters)", None, None, None, None, None, "Reuters", "Nov 21"),
    # an outlet and a slash, no place
    ("Shafaq News / Two militants were killed on Monday.", "Shafaq News", None, None, None, None, None, "Shafaq News", None),
    # an outlet after the place, without brackets (CNN's web copy)
    ("Seoul, South Korea CNN — Lawmakers voted on Monday.", "Seoul, South Korea CNN", "Seoul, South Korea", "Seoul", None, "South Korea", "KR", "CNN", None),
    ("Washington CNN — Lawmakers voted on Monday.", "Washington CNN", "Washington", "Washington", None, "United States", "US", "CNN", None),
    # two cities: the first is the city; Anadolu's "AA"
    ("JERUSALEM/CAIRO (Reuters) - Israel said it would act.", "JERUSALEM/CAIRO (Reuters)", "JERUSALEM/CAIRO", "Jerusalem", None, "Israel", "IL", "Reuters", None),
    ("ANKARA (AA) - Turkey said on Wednesday it would act.", "ANKARA (AA)", "ANKARA", "Ankara", None, "Turkey", "TR", "Anadolu", None),
    # a place printed with accented letters
    ("ANKARA, Türkiye - A Turkish ship set sail on Tuesday.", "ANKARA, Türkiye", "ANKARA, Türkiye", "Ankara", None, "Turkey", "TR", None, None),
    # a state's abbreviation that is also an agency's stays the place's
    ("HARRISBURG, PA - The state said on Monday it would act.", "HARRISBURG, PA", "HARRISBURG, PA", "Harrisburg", "Pennsylvania", "United States", "US", None, None),
    # Chinese cities of Xinhua datelines: the country comes from the gazetteer
    ("TIANJIN, Nov. 14 (Xinhua) -- The port handled more containers.",
     "TIANJIN, Nov. 14 (Xinhua)", "TIANJIN", "Tianjin", None, "China", "CN", "Xinhua", "Nov. 14"),
    ("WUHAN, March 2 (Xinhua) -- The city opened a new bridge.",
     "WUHAN, March 2 (Xinhua)", "WUHAN", "Wuhan", None, "China", "CN", "Xinhua", "March 2"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("paragraph", "text", "location", "city", "region", "country", "code", "agency", "date_text"),
    CASES,
    ids=[c[1] for c in CASES],
)
def test_dateline_fields(
    paragraph: str,
    text: str,
    location: str | None,
    city: str | None,
    region: str | None,
    country: str | None,
    code: str | None,
    agency: str | None,
    date_text: str | None,
) -> None:
    doc, article = run_chain("A HEADLINE ABOUT IT\n\n" + paragraph + "\n", until="dateline")
    found = find_dateline(doc, article)
    assert found is not None
    assert doc.text_of(found.span) == text
    assert (doc.text_of(found.location) if found.location else None) == location
    assert (found.city, found.region, found.country, found.country_code) == (
        city,
        region,
        country,
        code,
    )
    assert found.agency == agency
    assert (doc.text_of(found.date_text) if found.date_text else None) == date_text
    assert found.date is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "Wilcox/Gibbs - 1,000 shares were traded.",
        "Yes / No votes were counted on Monday.",  # no known outlet before the slash
        "Pep Boys - Manny, Moe and Jack said profits rose.",
        "The company said on Monday - after a long delay - that it would sell.",
        "State-owned <BAA PLC> - the airports group - said.",
        "Shares of Apple rose 3 pct in early trading.",
        "In 2014, Obama said the war - which he opposed - was over.",
        "UPDATE: The story was changed to add a comment.",  # a label, not a place
        "Q: What did you see there that night?",
        "Paris: a short history of the city and its river.",  # no sentence of its own
        "Apple (AAPL) Shares rose 3 pct in early trading.",  # no known agency in brackets
        "Trade (PTI) figures rose.",  # no capital after the bracket
    ],
)
def test_no_dateline(paragraph: str) -> None:
    doc, article = run_chain("A HEADLINE ABOUT IT\n\n" + paragraph + "\n", until="dateline")
    assert find_dateline(doc, article) is None


def test_first_paragraph_loses_the_prefix() -> None:
    text = "Title here\n\nWASHINGTON (Reuters) - The Senate voted.\n\nSecond paragraph.\n"
    assert paragraphs(text) == ["The Senate voted.", "Second paragraph."]


def test_run_on_dateline_stops_at_the_dash() -> None:
    text = 'TITLE\n\n    RIO DE JANEIRO, Feb 26 - Brazil\'s "Cruzado" anti- inflation\nplan is limping.\n'
    doc, article = run_chain(text, until="dateline")
    found = find_dateline(doc, article)
    assert found is not None
    assert doc.text_of(found.span) == "RIO DE JANEIRO, Feb 26"
    assert paragraphs(text)[0].startswith("Brazil's")


def test_unrecognised_byline_line_is_passed_over() -> None:
    text = "TITLE\n\n    By keith grant, Reuters\n    CARACAS, March 13 - Venezuela said.\n"
    doc, article = run_chain(text, until="dateline")
    found = find_dateline(doc, article)
    assert found is not None
    assert doc.text_of(found.span) == "CARACAS, March 13"


def test_unknown_agency_warns() -> None:
    doc, article = run_chain("T\n\nKABUL (Pajhwok News) - Officials said.\n", until="dateline")
    found = find_dateline(doc, article)
    assert found is not None
    assert found.agency == "Pajhwok News"
    assert article.warnings == ["dateline: unknown agency 'Pajhwok News'"]


def test_match_dateline_needs_a_dash() -> None:
    text = "BAHIA COCOA REVIEW"
    assert match_dateline(text, 0, len(text)) is None


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Feb", True), ("MARCH", True), ("Sept", True), ("Narch", True), ("Mach", True),
     ("Marchg", True), ("Marc", True), ("Ohio", False), ("Wheat", False)],
)  # fmt: skip
def test_month_words(word: str, expected: bool) -> None:
    assert is_month_word(word) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Charlotte struggles to return to normal\n\n"
            "Curfew lifted, but city still in limbo as Guard occupies quiet streets.\n\n"
            "CHARLOTTE - Nearly a week after the shooting, the city remains in limbo.\n",
            [
                "Curfew lifted, but city still in limbo as Guard occupies quiet streets.",
                "Nearly a week after the shooting, the city remains in limbo.",
            ],
        ),
        (  # two deck lines
            "Phone video is first public look at Charlotte death\n\nIn her recording,\n\n"
            "Keith Lamont Scott's wife pleads for his life.\n\n"
            "CHARLOTTE - The wife of a man shot by police recorded the encounter.\n",
            [
                "In her recording,",
                "Keith Lamont Scott's wife pleads for his life.",
                "The wife of a man shot by police recorded the encounter.",
            ],
        ),
    ],
)
def test_decks_above_the_dateline_are_passed_over(text: str, expected: list[str]) -> None:
    doc, article = run_chain(text, until="dateline")
    found = find_dateline(doc, article)
    assert found is not None
    assert doc.text_of(found.span) == "CHARLOTTE"
    assert paragraphs(text) == expected


def test_long_first_paragraph_is_not_passed_over() -> None:
    first = "The council met on Monday. " * 10
    doc, article = run_chain("Title\n\n" + first + "\n\nLONDON - Later text.\n", until="dateline")
    assert find_dateline(doc, article) is None


def test_header_date_lines_do_not_hide_the_dateline() -> None:
    text = (
        "Oil prices rise\n\nBy Laila Kearney\nDecember 20, 2024 10:15 AM GMT+1\n"
        "Updated 2 hours ago\n\nNEW YORK, Dec 20 (Reuters) - Oil prices rose on Friday.\n"
    )
    doc, article = run_chain(text)
    assert article.dateline is not None
    assert doc.text_of(article.dateline.span) == "NEW YORK, Dec 20 (Reuters)"
    assert paragraphs(text) == ["Oil prices rose on Friday."]


# (text, dateline text, city, paragraphs): a known place alone over its paragraph
LONE_PLACES = [
    (
        "Japan vows to boost defense\n\nIshiba says Japan will strengthen defense\n\n"
        "ISTANBUL\n\nJapanese Prime Minister Shigeru Ishiba on Tuesday vowed to act.\n",
        "ISTANBUL", "Istanbul",
        ["Ishiba says Japan will strengthen defense",
         "Japanese Prime Minister Shigeru Ishiba on Tuesday vowed to act."],
    ),
    (
        "Talks open\n\nANKARA, Turkey\n\nThe talks opened on Monday.\n",
        "ANKARA, Turkey", "Ankara", ["The talks opened on Monday."],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dateline", "city", "paras"), LONE_PLACES)
def test_lone_place_line(text: str, dateline: str, city: str, paras: list[str]) -> None:
    doc, article = run_chain(text)
    assert article.dateline is not None
    assert doc.text_of(article.dateline.span) == dateline
    assert article.dateline.city == city
    assert paragraphs(text) == paras


@pytest.mark.parametrize(
    "text",
    [
        "Talks open\n\nIstanbul\n\nThe talks opened on Monday.\n",  # not upper case
        "Talks open\n\nBREAKING NEWS\n\nThe talks opened on Monday.\n",  # no place
        "Talks open\n\nISTANBUL\n\nthe talks opened on Monday.\n",  # no sentence below
        "Talks open\n\nISTANBUL, Narnia\n\nThe talks opened on Monday.\n",  # unknown area
    ],
)
def test_no_lone_place_dateline(text: str) -> None:
    _, article = run_chain(text)
    assert article.dateline is None
