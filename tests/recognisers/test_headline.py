"""Headline cases: section label, headline without it, corpus periods, title shapes."""

from __future__ import annotations

import pytest

from newsparse.recognisers.headline import find_headline
from tests.block_chain import run_chain

SEED_TOP = (
    "Middle East Russian airstrike may kill IS leader Baghdadi in Syria: Defense Ministry\n\n"
    "Russian airstrike may kill IS leader Baghdadi in Syria: Defense Ministry\n"
    "Abu Bakr al-Baghdadi gave a sermon. (Photo: Al-Furqaan Media)\n\n"
    "ERBIL, Kurdistan Region (Kurdistan24) – The ministry said.\n"
)

# (text, section, headline)
CASES = [
    (SEED_TOP, "Middle East", "Russian airstrike may kill IS leader Baghdadi in Syria: Defense Ministry"),
    ("BAHIA COCOA REVIEW\n\n    SALVADOR, Feb 26 - Showers continued.\n", None, "BAHIA COCOA REVIEW"),
    ("U.K. MONEY MARKET GIVEN 53 MLN STG HELP\n\n    LONDON, March 2 - The Bank said.\n", None, "U.K. MONEY MARKET GIVEN 53 MLN STG HELP"),
    ("Storm batters the coast\n\nThe storm hit on Sunday.\n", None, "Storm batters the coast"),
    ("Stealth Over Health: Hillary Clinton Was Headed to ER.\n\nThe Post reports.\n", None, "Stealth Over Health: Hillary Clinton Was Headed to ER"),
    ("Obama Power Plant Rules Face Key Test In U.S. Court.\n\nThe rules face a test.\n", None, "Obama Power Plant Rules Face Key Test In U.S. Court"),
    ("Pat Caddell: It’s ‘in Their Heads.’\n\nPollster Pat Caddell said.\n", None, "Pat Caddell: It’s ‘in Their Heads’"),
    ("World\n\nLeaders meet in Paris\n\nLeaders met on Monday.\n", "World", "Leaders meet in Paris"),
    ("Candidates vie for vets' support; \nTrump and Clinton point out own credentials.\n\nDonald Trump vied.\n",
     None, "Candidates vie for vets' support; Trump and Clinton point out own credentials"),
    ("Business Markets rally on jobs data\n\nMarkets rally on jobs data\n\nStocks rose.\n", "Business", "Markets rally on jobs data"),
    ("Headline with byline below\nBy Jane Doe\n\nText of the story.\n", None, "Headline with byline below"),
    # a breadcrumb printed label by label: the last label is the section
    ("News\n\nUK\n\nHome News\n\nTrain drivers announce fresh strike dates in pay dispute\n\n"
     "Jane Dalton\nTuesday 12 March 2024 14:05 GMT\n\nTrain drivers will strike.\n",
     "Home News", "Train drivers announce fresh strike dates in pay dispute"),
    # a breadcrumb printed as one block, a label a line (The Independent): the last
    # label is the section, its compound of a country and a label included
    ("News\nUK\nUK Politics\n\nRishi Sunak calls general election for July 4\n\n"
     "Jane Dalton\nWednesday 22 May 2024 17:05 BST\n\nRishi Sunak has called an election.\n",
     "UK Politics", "Rishi Sunak calls general election for July 4"),
    ("News\nWorld\nEurope\n\nFrance names new prime minister after weeks of talks\n\n"
     "Jane Dalton\nWednesday 22 May 2024 17:05 BST\n\nFrance has a new prime minister.\n",
     "Europe", "France names new prime minister after weeks of talks"),
    # the breadcrumb and the headline in one block
    ("News\nUK\nUK Politics\nRishi Sunak calls general election for July 4\n\n"
     "Jane Dalton\nWednesday 22 May 2024 17:05 BST\n\nRishi Sunak has called an election.\n",
     "UK Politics", "Rishi Sunak calls general election for July 4"),
    # the breadcrumb's labels run together by a copy of the page
    ("NewsUKUK Politics\n\nRishi Sunak calls general election for July 4\n\n"
     "Jane Dalton\nWednesday 22 May 2024 17:05 BST\n\nRishi Sunak has called an election.\n",
     "NewsUKUK Politics", "Rishi Sunak calls general election for July 4"),
    # the breadcrumb on one line, its labels parted by slashes
    ("News / UK / UK Politics\n\nRishi Sunak calls general election for July 4\n\n"
     "Jane Dalton\nWednesday 22 May 2024 17:05 BST\n\nRishi Sunak has called an election.\n",
     "News / UK / UK Politics", "Rishi Sunak calls general election for July 4"),
    # a page's notice of the article's age between the section and the headline
    ("Housing\nThis article is more than 1 year old\nCouncils face £2bn shortfall as housing costs soar\n\n"
     "Peter Walker\nTue 5 Mar 2024 06.00 GMT\n\nCouncils are facing a shortfall.\n",
     "Housing", "Councils face £2bn shortfall as housing costs soar"),
    # section labels of US politics and policy pages
    ("CONGRESS\n\nSenate Dems eye fast-track for border package\n\nBy Jane Doe\n\nSenate leaders met.\n",
     "CONGRESS", "Senate Dems eye fast-track for border package"),
    ("Energy & Environment\nEPA finalizes tougher limits on soot pollution\n\nBy Jane Doe\n\nThe agency acted.\n",
     "Energy & Environment", "EPA finalizes tougher limits on soot pollution"),
    ("Politics & Policy\nScoop: White House weighs new curbs on chip equipment sales to China\n"
     "Hans Wexler, Priya Raman\nSep 5, 2024 - Politics & Policy\n\nThe administration said.\n",
     "Politics & Policy", "Scoop: White House weighs new curbs on chip equipment sales to China"),
    # a page's header block, one line under another: section, headline, standfirst, date
    ("Climate crisis\nRecord heat in 2024 pushes world past 1.5C threshold, scientists say\n"
     "Copernicus data shows last year was hottest on record\n\nFri 10 Jan 2025 09.00 GMT\n\n"
     "The world breached the limit.\n",
     "Climate crisis", "Record heat in 2024 pushes world past 1.5C threshold, scientists say"),
    ("Israel-Palestine conflict\n\nUN chief says Gaza aid 'woefully inadequate' as winter sets in\n\n"
     "Published On 12 Dec 2024\n\nThe UN chief said so.\n",
     "Israel-Palestine conflict", "UN chief says Gaza aid 'woefully inadequate' as winter sets in"),
    # a path of section labels on a line of its own
    ("WORLD, ASIA - PACIFIC\nJapan's prime minister vows to boost defense spending\n\nText.\n",
     "WORLD, ASIA - PACIFIC", "Japan's prime minister vows to boost defense spending"),
    ("News > World\n\nLeaders meet in Paris\n\nLeaders met on Monday.\n", "News > World", "Leaders meet in Paris"),
    # a breadcrumb opening with the site's front page: the section is the path after it
    ("Home > News\nPensioner left lying on hospital floor for 14 hours\n\nBy Jane Doe\n\nText.\n",
     "News", "Pensioner left lying on hospital floor for 14 hours"),
    ("Security\nTwo militants killed in airstrike in Kirkuk\n\nTwo militants died.\n",
     "Security", "Two militants killed in airstrike in Kirkuk"),
    # a country's name is a section label
    ("Pakistan\nImran Khan supporters end protest in Islamabad\n\nSupporters met.\n",
     "Pakistan", "Imran Khan supporters end protest in Islamabad"),
    ("South Korea\n\nYoon lifts martial law\n\nYoon spoke.\n", "South Korea", "Yoon lifts martial law"),
    ("UAE\nDubai Metro Blue Line to open in 2029 with 14 new stations\n"
     "Dh20.5 billion project will link Mirdif to the network\n\nNada AlTaher\nNov 14, 2024\n\n"
     "DUBAI - The new line will have 14 stations.\n",
     "UAE", "Dubai Metro Blue Line to open in 2029 with 14 new stations"),
    # a label or a country and "News" (Times of India)
    ("India News\n\nOpposition stages walkout over Adani row\n\nMPs left.\n", "India News",
     "Opposition stages walkout over Adani row"),
    # a title made of labels and other words is no section path
    ("U.S., JAPAN TALKS END\n\n    TOKYO, March 2 - The talks ended.\n", None, "U.S., JAPAN TALKS END"),
    # a known label before a bar on the title line is the section; other text is not
    ("Opinion | The loudest voices are not always right\n\nBy Claire Henshaw\n\nThe investor said.\n",
     "Opinion", "The loudest voices are not always right"),
    ("Rates | Why the bank may hold\n\nThe bank said.\n", None, "Rates | Why the bank may hold"),
    # a title closing a block that a known label opens, though it ends as lines wrap
    ("Politics\nGrain deal talks could resume, Kremlin says\n\nMOSCOW, March 12. /TASS/. Russia is ready.\n",
     "Politics", "Grain deal talks could resume, Kremlin says"),
    # a short headline over the first paragraph, with no byline or date line: no section
    ("Headline here\n\n“We are working hard,” -Commissioner Geoffrey Starks\n",
     None, "Headline here"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "section", "headline"), CASES, ids=[c[2][:40] for c in CASES])
def test_headline(text: str, section: str | None, headline: str) -> None:
    doc, _ = run_chain(text, until="headline")
    found = find_headline(doc)
    assert found is not None
    h = found[0]
    assert (doc.text_of(h.section) if h.section else None) == section
    assert (h.headline_text or (doc.text_of(h.headline) if h.headline else None)) == headline


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - The Senate voted on Tuesday to pass the bill, which the House had approved.\n",
        "By Jane Doe\n\nThe story.\n",
        "The company said on Monday that its profit rose sharply in the quarter and that it\nexpected more growth.\n",
        "",
    ],
)
def test_no_headline(text: str) -> None:
    doc, _ = run_chain(text, until="headline")
    assert find_headline(doc) is None


def test_breadcrumb_block_leaves_the_paragraphs() -> None:
    doc, article = run_chain(
        "News\nUK\nUK Politics\n\nRishi Sunak calls general election for July 4\n\n"
        "Jane Dalton\nWednesday 22 May 2024 17:05 BST\n\nRishi Sunak has called an election.\n"
    )
    assert [doc.text_of(s) for s in article.paragraphs()] == ["Rishi Sunak has called an election."]


def test_seed_repeat_line_leaves_the_paragraphs() -> None:
    doc, article = run_chain(SEED_TOP)
    assert [doc.text_of(s) for s in article.paragraphs()] == ["The ministry said."]
    assert doc.blocks[0].kind == "headline"


# (text, paragraphs): the headline printed again right under it is no paragraph
REPEAT_CASES = [
    ("Kurdistan\nKRG says oil exports could resume within weeks\n\n"
     "KRG says oil exports could resume within weeks\n\n"
     "ERBIL (Kurdistan24) – The government said.\n", ["The government said."]),
    ("Leaders meet in Paris\n\nLeaders meet in Paris.\n\nLeaders met on Monday.\n",
     ["Leaders met on Monday."]),
    # a run of the same line is paragraphs, no title and its copy
    ("Same line here\n\nSame line here\n\nSame line here\n", ["Same line here", "Same line here"]),
    # a first paragraph that only opens like the headline stays
    ("Leaders meet in Paris\n\nLeaders meet in Paris to talk trade.\n",
     ["Leaders meet in Paris to talk trade."]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), REPEAT_CASES, ids=[c[1][0][:30] for c in REPEAT_CASES]
)
def test_repeated_headline_leaves_the_paragraphs(text: str, expected: list[str]) -> None:
    doc, article = run_chain(text)
    assert [doc.text_of(s) for s in article.paragraphs()] == expected
