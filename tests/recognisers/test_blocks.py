"""Block classification: body blocks, and the wire sign-off that is no paragraph."""

from __future__ import annotations

import pytest

from newsparse.furniture import is_furniture
from newsparse.layout import build_document
from newsparse.recognisers.blocks import find_signoff
from newsparse.recognisers.lines import lines_opening_with
from tests.block_chain import paragraphs, run_chain


@pytest.mark.parametrize(
    ("text", "signoff"),
    [
        ("TITLE\n\n    LONDON, March 2 - Text here.\n Reuter\n", "Reuter"),
        ("TITLE\n\n    LONDON, March 2 - Text here.\n REUTER\n", "REUTER"),
        ("TITLE\n\n    LONDON, March 2 - Text here.\n REUTER...\n", "REUTER..."),
        ("TITLE\n\nSYDNEY - Text here.\n\nAAP RTV\n", "AAP RTV"),
        ("TITLE\n\nText here.\n    reuter\n", "reuter"),
        ("TITLE\n\nText here.\n More\n", "More"),
        ("TITLE\n\nParis (AFP) - Text here.\n\nbur-fff/sst\n", "bur-fff/sst"),  # a desk's
        # an end mark, alone or glued to the last sentence
        ("TITLE\n\nBEIJING (Xinhua) -- Text here.\nEnditem\n", "Enditem"),
        ("TITLE\n\nBEIJING (Xinhua) -- Text here and there. Enditem\n", "Enditem"),
        ('TITLE\n\nSEOUL (Yonhap) -- He said it was "over." (END)\n', "(END)"),
        # the agencies a story was written from, alone on the last line
        ("TITLE\n\nSEOUL - Text here.\n\nReuters, AFP\n", "Reuters, AFP"),
        ("TITLE\n\nSEOUL - Text here.\n\nAFP/Reuters\n", "AFP/Reuters"),
    ],
)
def test_signoff(text: str, signoff: str) -> None:
    doc = build_document(text)
    found = find_signoff(doc)
    assert found is not None
    assert doc.text_of(found) == signoff


@pytest.mark.parametrize(
    "text",
    [
        "Reuter\n",
        "TITLE\n\nThe Reuter office said.\n",
        "TITLE\n\nText.\nmore text follows here\n",
        "TITLE\n\nThe talks came to no Enditem\n",  # no sentence closed before it
        "TITLE\n\nThe tape ENDS. More to come\n",  # not at the end
        "TITLE\n\nText.\n\nReuters\n\nMore text.\n",  # one agency, not the last line
        "TITLE\n\nText.\n\nReuters, AFP and friends\n",
    ],
)
def test_no_signoff(text: str) -> None:
    assert find_signoff(build_document(text)) is None


def test_signoff_is_not_a_paragraph() -> None:
    text = "TITLE\n\n    LONDON, March 2 - Text here.\n    More text.\n Reuter\n"
    assert paragraphs(text) == ["Text here.", "More text."]


def test_own_block_signoff_kind() -> None:
    doc, _ = run_chain("TITLE\n\nSYDNEY - Text here.\n\nAAP RTV\n")
    assert [b.kind for b in doc.blocks] == ["headline", "body", "signoff"]


def test_every_other_block_is_body() -> None:
    first = (
        "One line of text that runs on and on, with no title above it at all, as the"
        " first paragraph of a story sometimes does when it is pasted, said the man."
    )
    doc, _ = run_chain(first + "\n\nTwo.\n")
    assert [b.kind for b in doc.blocks] == ["body", "body"]


def test_a_rule_is_no_paragraph() -> None:
    text = "TITLE\n\nText here.\n\n___\n\nAP writers contributed.\n\n* * *\n"
    doc, _ = run_chain(text)
    assert [b.kind for b in doc.blocks] == ["headline", "body", "rule", "body", "rule"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rule line inside a block, over the next paragraph
        ("TITLE\n\nText here.\n___\nMore text.\n", ["Text here.", "More text."]),
        ("TITLE\n\nText here.\n* * *\nMore text.\n", ["Text here.", "More text."]),
        # dashes in a sentence are no rule
        (
            "TITLE\n\nText here.\nPrices -- and rents -- rose.\n",
            ["Text here.\nPrices -- and rents -- rose."],
        ),
    ],
)
def test_a_rule_line_in_a_block_is_no_paragraph(text: str, expected: list[str]) -> None:
    assert paragraphs(text) == expected


def test_page_furniture_pasted_with_the_text_is_no_paragraph() -> None:
    text = "TITLE\n\n3 min read\n\nText here.\n\nAdvertisement\n\nMore text here.\n"
    assert paragraphs(text) == ["Text here.", "More text here."]


def test_a_reading_time_under_the_standfirst_is_no_paragraph_text() -> None:
    text = "TITLE\n\nThe standfirst of the story.\nReading Time:3 minutes\n\nText here.\n"
    assert paragraphs(text) == ["The standfirst of the story.", "Text here."]


def test_a_reading_time_alone_deep_in_a_header_block_is_no_paragraph_text() -> None:
    text = (
        "Europe\nGovernment falls\nThe standfirst of the story.\nIssued on: 04/12/2024\n"
        "Modified: 04/12/2024\nText by: FRANCE 24\n3 min\n\nText here.\n"
    )
    assert paragraphs(text) == ["The standfirst of the story.", "Text here."]


@pytest.mark.parametrize(
    "label",
    [
        "Michael Conroy, AP",  # a picture's credit alone
        "New York State Sex Offender Registry via AP",
        "Jupiterimages, Getty Images/Creatas RF",
        "Tempo de leitura: 1 minuto",  # a reading time in Portuguese
        "Você pode gostar...",
        "Social Sharing",  # share buttons' heading (CBC)
        "Share or comment on this article:",  # MailOnline
        "Go deeper: China's chip stockpiling spree",  # a link to another story (Axios)
    ],
)
def test_a_credit_or_label_block_is_no_paragraph(label: str) -> None:
    text = f"TITLE\n\nText here.\n\n{label}\n\nMore text here.\n"
    assert paragraphs(text) == ["Text here.", "More text here."]


def test_a_byline_block_is_no_picture_credit() -> None:
    text = "TITLE\n\nBy Kunio Inoue, Reuters\n\nText here.\n"
    _, article = run_chain(text)
    assert article.byline is not None
    assert article.byline.authors == ("Kunio Inoue",)
    assert paragraphs(text) == ["Text here."]


def test_a_link_to_another_story_is_no_paragraph() -> None:
    text = "TITLE\n\nText here.\n\nREAD MORE: Floods hit the coast again\n\nMore text here.\n"
    assert paragraphs(text) == ["Text here.", "More text here."]


def test_a_caption_label_opens_no_link() -> None:
    text = "TITLE\n\nCaption: Troops patrol the border at dawn.\n\nText here.\n"
    doc, article = run_chain(text)
    assert [b.kind for b in doc.blocks] == ["headline", "caption", "body"]
    assert [doc.text_of(c.text) for c in article.captions] == ["Troops patrol the border at dawn."]


def test_glued_end_mark_leaves_the_last_paragraph() -> None:
    text = "TITLE\n\nBEIJING (Xinhua) -- Text here.\n\nThe two sides signed deals. Enditem\n"
    assert paragraphs(text) == ["Text here.", "The two sides signed deals."]


@pytest.mark.parametrize(
    ("text", "paras"),
    [
        ("TITLE\n\nSource: Xinhua\nEditor: Huang Wei\n\nText here.\n", ["Text here."]),
        ("TITLE\n\nText here.\n\nSOURCE: AFP\n", ["Text here."]),
        # a source that is no outlet stays
        (
            "TITLE\n\nText here.\n\nSource: Ministry of Finance\n",
            ["Text here.", "Source: Ministry of Finance"],
        ),
    ],
)
def test_outlet_line_is_no_paragraph(text: str, paras: list[str]) -> None:
    assert paragraphs(text) == paras


@pytest.mark.parametrize(
    ("text", "paras"),
    [
        # a desk's sign-off naming its agencies, above the credit lines
        (
            "TITLE\n\nText here.\n\nrc/wmr (AP, AFP, Reuters)\n\nEdited by: Jane Doe\n",
            ["Text here."],
        ),
        ("TITLE\n\nText here.\n\nmf/rc (dpa; Reuters)\n", ["Text here."]),
        # unknown agencies: a paragraph
        ("TITLE\n\nText here.\n\nab/cd (Acme, Foo)\n", ["Text here.", "ab/cd (Acme, Foo)"]),
    ],
)
def test_desk_signoff_with_agencies_is_no_paragraph(text: str, paras: list[str]) -> None:
    assert paragraphs(text) == paras


def test_masthead_and_header_label_are_neither_headline_nor_paragraph() -> None:
    text = (
        "ABC News\nTopic:Weather\nHeatwave to grip the south-east\n\nBy Jane Doe\n\n"
        "Parts of the south-east are bracing for a heatwave.\n"
    )
    doc, article = run_chain(text)
    assert article.headline is not None
    assert doc.text_of(article.headline.headline) == "Heatwave to grip the south-east"
    assert paragraphs(text) == ["Parts of the south-east are bracing for a heatwave."]


@pytest.mark.parametrize(
    ("text", "paras"),
    [
        # the last word of a wrapped sentence, alone on its line, is no "Share" label
        (
            "TITLE\n\n    WASHINGTON - Harris said it sold shares at 14.25 dlrs a\nshare.\n",
            ["Harris said it sold shares at 14.25 dlrs a\nshare."],
        ),
        # a label under a line that ends a sentence, or in capitals, is one still
        (
            "TITLE\n\nSome text here.\nshare\nThe story goes on.\n",
            ["Some text here.", "The story goes on."],
        ),
        (
            "TITLE\n\nBy Jane Doe\nShare\nThe story goes on.\n",
            ["The story goes on."],
        ),
    ],
)
def test_wrapped_last_word_is_no_header_label(text: str, paras: list[str]) -> None:
    assert paragraphs(text) == paras


@pytest.mark.parametrize(
    "text",
    [
        "ABC News\n",  # the outlet's name is all there is
        "ABC News pays record sum for rights\n\nThe network paid on Monday.\n",
    ],
)
def test_no_masthead(text: str) -> None:
    doc, article = run_chain(text)
    assert article.headline is not None
    assert doc.text_of(article.headline.headline) == text.split("\n")[0]


@pytest.mark.parametrize(
    "label",
    [
        "Advertisement",
        "This slideshow requires JavaScript.",
        "Image 1 of 5",
        "Read more…",
        "This article is more than 1 year old",  # a page's notice of the article's age
        "This article is more than 11 months old",
        "Heard on Morning Edition",  # the radio show a story was on (NPR)
        "Heard on All Things Considered",
    ],
)
def test_page_furniture_labels(label: str) -> None:
    assert is_furniture(label)


STORY = (
    "Storm batters the coast\n\nBy Jane Doe\n\nThe storm hit on Sunday, officials said.\n\n"
    '"It was terrible," said resident John Roe.\n\n'
)
STORY_PARAGRAPHS = [
    "The storm hit on Sunday, officials said.",
    '"It was terrible," said resident John Roe.',
]


# The furniture a page prints after the story's text (copied with it)
@pytest.mark.parametrize(
    "tail",
    [
        # The Guardian: a heading over the topics it links to, the share and reuse links
        "Explore more on these topics\n\nWeather\nUK news\n\nShare\n\nReuse this content\n",
        "Explore more on these topics\nWeather\nUK news\nFloods\nShare\nReuse this content\n",
        # NPR
        "Copyright 2024 NPR\n",
        "Copyright 2024 NPR. To see more, visit https://www.npr.org.\n",
        # Al Jazeera: an outlet and the agencies
        "Source: Al Jazeera and news agencies\n",
        "Source: Al Jazeera, Reuters\n",
        # The Hill: the share buttons, stacked or on one line
        "Share\nPost\nShare\n",
        "Share\n\nPost\n\nShare\n",
        "Share Post Share\n",
        # The Straits Times: a keywords heading over the topics, listed with commas
        "KEYWORDS\nKenta Morishima, Wages, Tax, Small business, Bank of Japan\n",
        # pitches to the reader closing the text, over other furniture
        "Join ST's Telegram channel and get the latest breaking news delivered to you.\n\n"
        "Sign up for push alerts and have the best news delivered directly to your phone\n\n"
        "We've been covering the war since day one. Help us keep going.\nBecome a member\n\n"
        "Copyright 2024 NPR\n",
        # the author's tagline
        "Tasha Brenner covers education for the Courier. Contact her at 555-0142 or "
        "tbrenner@courier.com.\n",
        "AWR Hawkins is the Second Amendment columnist for Breitbart News. Follow him on "
        "Twitter: @AWRHawkins.\n",
        # Anadolu's subscription notice
        "Anadolu Agency website contains only a portion of the news stories offered to "
        "subscribers in the AA News Broadcast System (HAS), and in summarized form. Please "
        "contact us for subscription options.\n",
    ],
)
def test_closing_page_furniture_is_no_paragraph(tail: str) -> None:
    text = STORY + tail
    assert paragraphs(text) == STORY_PARAGRAPHS
    _, article = run_chain(text)
    assert len(article.attributions) == len(run_chain(STORY)[1].attributions)


@pytest.mark.parametrize(
    "tail",
    [
        # a heading's topics end where a paragraph starts
        "Explore more on these topics\n\nThe council will meet again on Monday.\n",
        "Keywords\nThe council, the mayor and the police chief met again on Monday\n",
        # prose about copyright, a source of a claim, and posting
        "Copyright law was changed in 2024 to protect news outlets.\n",
        "Source: a person familiar with the matter\n",
        "Share prices fell.\n",
        # a pitch's words in a story's sentence, not to the reader
        "The firm will become a member of the group, the company said.\n",
        "Premium subscription options arrive in early 2020, the company said.\n",
        "The insurance covers damage for the first year, the agency said.\n",
        "Mayor Jane Doe covers the costs for the city, her office said.\n",
    ],
)
def test_closing_prose_stays(tail: str) -> None:
    kept = paragraphs(STORY + tail)
    assert kept[: len(STORY_PARAGRAPHS)] == STORY_PARAGRAPHS
    assert kept[-1] == tail.strip().split("\n")[-1]


@pytest.mark.parametrize(
    ("text", "skip", "expected"),
    [
        (
            "Photo: AP\nA photo\n  PHOTO by Lee\n\tphotos",
            " \t",
            ["Photo: AP", "PHOTO by Lee", "photos"],
        ),
        ("* Photo: AP\n*Photo\nphoto", "* ", ["* Photo: AP", "*Photo", "photo"]),
        ("Photographs\nPho to\n\nÉphoto", " \t", ["Photographs"]),
    ],
)
def test_lines_opening_with(text: str, skip: str, expected: list[str]) -> None:
    # the first character of a line decides most lines; one that is skipped, or that
    # opens an opening in any case, is read past the skipped characters
    doc = build_document(text)
    found = lines_opening_with(doc, ("photo",), skip=skip)
    assert [text[start:end] for start, end in found] == expected
