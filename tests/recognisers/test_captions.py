"""Photo caption cases: caption text without the credit, credit apart, span of the line."""

from __future__ import annotations

import pytest

from newsparse.recognisers.captions import find_captions, match_caption
from tests.block_chain import paragraphs, run_chain

# (line, caption text, credit)
CASES = [
    ("Abu Bakr al-Baghdadi made his first appearance in a video in July 2014. (Photo: Al-Furqaan Media)",
     "Abu Bakr al-Baghdadi made his first appearance in a video in July 2014.", "Al-Furqaan Media"),
    ("A man walks past the bank in London, Britain, March 3, 2017. REUTERS/Jane Doe",
     "A man walks past the bank in London, Britain, March 3, 2017.", "REUTERS/Jane Doe"),
    ("Protesters march in Ferguson, Missouri, on Sunday. (AP Photo/John Roe)",
     "Protesters march in Ferguson, Missouri, on Sunday.", "AP Photo/John Roe"),
    ("The skyline of Erbil at dusk. Photo: Getty Images", "The skyline of Erbil at dusk.", "Getty Images"),
    ("Supporters of the bill outside parliament. Pic: PA", "Supporters of the bill outside parliament.", "PA"),
    ("FILE PHOTO: Iraqi soldiers stand guard in Mosul, Iraq.", "FILE PHOTO: Iraqi soldiers stand guard in Mosul, Iraq.", None),
    ("Troops patrol the border. (Photograph: Ali Hassan/AFP)", "Troops patrol the border.", "Ali Hassan/AFP"),
    ("Voters queue in Kabul on Saturday. (Picture: Xinhua)", "Voters queue in Kabul on Saturday.", "Xinhua"),
    ("A worker at the plant in Detroit. REUTERS/Rebecca Cook/File Photo",
     "A worker at the plant in Detroit.", "REUTERS/Rebecca Cook/File Photo"),
    ("The minister speaks to reporters in Baghdad. (Credit: Kurdistan24)",
     "The minister speaks to reporters in Baghdad.", "Kurdistan24"),
    ("Rescue workers search the rubble in Mosul. (AFP Photo)", "Rescue workers search the rubble in Mosul.", "AFP Photo"),
    ("Pictured: the new bridge over the river Tigris.", "Pictured: the new bridge over the river Tigris.", None),
    ("Image caption, Rishi Sunak spoke to reporters outside Number 10",
     "Rishi Sunak spoke to reporters outside Number 10", None),  # a page's label, no part of it
    ("Image caption Eva-Marie Persson said the decision had been taken",
     "Eva-Marie Persson said the decision had been taken", None),  # an older page's label
    ("Media playback is unsupported on your device Media captionWho is Julian Assange?",
     "Who is Julian Assange?", None),  # a player's notice and a label glued to the caption
    ("Caption: Yoon Suk Yeol speaks in Seoul. Credit: Yonhap via AP",
     "Yoon Suk Yeol speaks in Seoul.", "Yonhap via AP"),  # label and credit both
    ("Supporters gather during a protest in Islamabad. — AFP/File",
     "Supporters gather during a protest in Islamabad.", "AFP/File"),  # a credit after a dash
    ("Firefighters battle a blaze near Perth. (ABC News: Jane Doe)",
     "Firefighters battle a blaze near Perth.", "ABC News: Jane Doe"),  # an outlet and its photographer
    ("The family of the victim at home. (Supplied)", "The family of the victim at home.", "Supplied"),
    ("[Protesters clash with police in Tbilisi on December 3, 2024. Getty Images]",
     "Protesters clash with police in Tbilisi on December 3, 2024.", "Getty Images"),  # bracketed
    # a photographer and the outlet in parentheses, a sentence mark before them or none
    ("House Speaker Jane Doe speaks on Tuesday. (Jabin Botsford/The Washington Post)",
     "House Speaker Jane Doe speaks on Tuesday.", "Jabin Botsford/The Washington Post"),
    ("Passengers face disruption as drivers prepare to strike (PA Wire)",
     "Passengers face disruption as drivers prepare to strike", "PA Wire"),
    # a capitalised credit label with no sentence mark before it
    ("Christine Lagarde Photographer: Alex Kraus/Bloomberg", "Christine Lagarde", "Alex Kraus/Bloomberg"),
    ("A fighter jet takes off from a base in Chiayi Credit: Ann Wang/Reuters",
     "A fighter jet takes off from a base in Chiayi", "Ann Wang/Reuters"),
    # a label run into the caption and three dots
    ("Tractors blocked a highway on Tuesday.Credit...Piroschka van de Wouw/Reuters",
     "Tractors blocked a highway on Tuesday.", "Piroschka van de Wouw/Reuters"),
    # a credit after a bar
    ("Farmers prepare a paddy field in Tamil Nadu. File | Photo Credit: The Hindu",
     "Farmers prepare a paddy field in Tamil Nadu. File", "The Hindu"),
    ("Senator Jane Doe speaks to the press. | Francis Chung/POLITICO",
     "Senator Jane Doe speaks to the press.", "Francis Chung/POLITICO"),
    # a photographer and an agency after the sentence, unbracketed
    ("A shopper browses a grocery aisle in Washington. Justin Sullivan/Getty Images",
     "A shopper browses a grocery aisle in Washington.", "Justin Sullivan/Getty Images"),
    ("Demonstrators gather outside the Senate in Paris. BERTRAND GUAY / AFP",
     "Demonstrators gather outside the Senate in Paris.", "BERTRAND GUAY / AFP"),
    # a credit in square brackets
    ("Soldiers stand guard in Omdurman, Sudan [File: AFP]", "Soldiers stand guard in Omdurman, Sudan", "AFP"),
    ("Displaced families at a camp in Darfur [Mohamed Nureldin/Reuters]",
     "Displaced families at a camp in Darfur", "Mohamed Nureldin/Reuters"),
    # a wire's or an outlet's name alone in brackets, or after a name and a slash
    ("SDAIA President Abdullah Al-Ghamdi speaks at the summit in Riyadh. (SPA)",
     "SDAIA President Abdullah Al-Ghamdi speaks at the summit in Riyadh.", "SPA"),
    ("The Blue Line will include a station at Dubai Creek Harbour. Chris Whiteoak / The National",
     "The Blue Line will include a station at Dubai Creek Harbour.", "Chris Whiteoak / The National"),
    # "Photo by" a photographer, in brackets or not
    ("Palestinians inspect the rubble of a house in Rafah. (Photo by Abed Rahim Khatib/Anadolu via Getty Images)",
     "Palestinians inspect the rubble of a house in Rafah.", "Abed Rahim Khatib/Anadolu via Getty Images"),
    ("A man walks past a bank branch. Photo by Joel Muniz on Unsplash",
     "A man walks past a bank branch.", "Joel Muniz on Unsplash"),
    # a copyright sign, or a dash and "Copyright", before the credit
    ("Kremlin Spokesman Dmitry Peskov © Sergey Bobylev/TASS", "Kremlin Spokesman Dmitry Peskov", "Sergey Bobylev/TASS"),
    ("Protesters run from tear gas in Dakar on February 4, 2024. © John Wessels, AFP",
     "Protesters run from tear gas in Dakar on February 4, 2024.", "John Wessels, AFP"),
    ("Dutch minister Pieter van Loon arrives in Brussels, Monday. - Copyright AP Photo/Virginia Mayo",
     "Dutch minister Pieter van Loon arrives in Brussels, Monday.", "AP Photo/Virginia Mayo"),
    # the outlet's initials before the label; an agency after a bar
    ("The new law is expected to be tabled in Parliament in 2024. ST PHOTO: GAVIN FOO",
     "The new law is expected to be tabled in Parliament in 2024.", "GAVIN FOO"),
    ("Prime Minister Kenta Morishima speaks in Tokyo on Thursday. | Kyodo",
     "Prime Minister Kenta Morishima speaks in Tokyo on Thursday.", "Kyodo"),
    # a page's link after the credit
    ("A worker walks past pumpjacks in Almetyevsk. REUTERS/Jane Doe/File Photo Purchase Licensing Rights",
     "A worker walks past pumpjacks in Almetyevsk.", "REUTERS/Jane Doe/File Photo"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "text", "credit"), CASES, ids=[c[0][:40] for c in CASES])
def test_caption_line(line: str, text: str, credit: str | None) -> None:
    found = match_caption(line, 0, len(line))
    assert found is not None
    assert line[found.span.start : found.span.end] == line
    assert line[found.text.start : found.text.end] == text
    assert found.credit == credit


@pytest.mark.parametrize(
    "line",
    [
        "The company said the deal (announced in May) would close soon.",
        "Sales rose 3 pct, the company said.",
        "He said the photo was taken in Paris.",
        "The source: a ministry official.",
        "According to a Reuters/Ipsos poll, the two are in a dead heat.",  # no photographer
        "The talks will resume in Doha next week. — AFP",  # an agency signs the story off
        "He said the talks will resume. Getty Images]",  # a bracket closed, none opened
        "The index rose 2% | Markets | Energy",  # segments, no credit
        "Prices rose in March, official data [showed] on Friday",  # a bracket inside the text
        "The vote was 52/48 in favour of the bill, Smith said.",  # a slash in a sentence
        "All rights reserved. Copyright NPR 2024",  # a copyright notice, no credit
        "Copyright © 2024 NPR. All rights reserved.",
    ],
)
def test_not_a_caption(line: str) -> None:
    assert match_caption(line, 0, len(line)) is None


def test_caption_between_headline_and_dateline() -> None:
    text = (
        "Protests spread in Baghdad\n\n"
        "A protester waves an Iraqi flag during a rally in Baghdad, Iraq, October 3, 2019.\n\n"
        "BAGHDAD (Reuters) - Thousands marched on Friday.\n"
    )
    doc, _ = run_chain(text, until="captions")
    found = find_captions(doc)
    assert [(doc.text_of(c.span), c.credit) for c, _ in found] == [
        ("A protester waves an Iraqi flag during a rally in Baghdad, Iraq, October 3, 2019.", None)
    ]
    assert paragraphs(text) == ["Thousands marched on Friday."]


def test_deck_between_headline_and_dateline_is_no_caption() -> None:
    text = (
        "Charlotte struggles to return to normal\n\n"
        "Curfew lifted, but city still in limbo as Guard occupies quiet streets.\n\n"
        "CHARLOTTE ― The National Guard left on Monday.\n"
    )
    doc, _ = run_chain(text, until="captions")
    assert find_captions(doc) == []


def test_seed_caption_in_the_headline_block() -> None:
    text = (
        "Middle East Strike may kill IS leader\n\nStrike may kill IS leader\n"
        "Baghdadi gave a sermon in Mosul in July 2014. (Photo: Al-Furqaan Media)\n\n"
        "ERBIL, Kurdistan Region (Kurdistan24) – The ministry said.\n"
    )
    doc, article = run_chain(text)
    assert [doc.text_of(c.span) for c in article.captions] == [
        "Baghdadi gave a sermon in Mosul in July 2014. (Photo: Al-Furqaan Media)"
    ]
    assert paragraphs(text) == ["The ministry said."]


def test_a_labelled_caption_takes_the_credit_line_above_it() -> None:
    text = (
        "Sunak will not quit\n\nRishi Sunak has said he will not resign.\n\n"
        "Image source, Getty Images\nImage caption, Rishi Sunak spoke to reporters\n\n"
        "The Liberal Democrats called for an election.\n"
    )
    doc, article = run_chain(text)
    assert [(doc.text_of(c.span), doc.text_of(c.text), c.credit) for c in article.captions] == [
        (
            "Image source, Getty Images\nImage caption, Rishi Sunak spoke to reporters",
            "Rishi Sunak spoke to reporters",
            "Getty Images",
        )
    ]
    assert paragraphs(text) == [
        "Rishi Sunak has said he will not resign.",
        "The Liberal Democrats called for an election.",
    ]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_credit_line_over_its_caption(gap: str) -> None:
    text = (
        "Rebels seize Hama\n\nRebel fighters say they have taken the city.\n\n"
        f"Getty Images{gap}Rebel fighters celebrated in the streets of Hama on Thursday\n\n"
        "The UN said 280,000 people had fled.\n"
    )
    doc, article = run_chain(text)
    assert [(doc.text_of(c.text), c.credit) for c in article.captions] == [
        ("Rebel fighters celebrated in the streets of Hama on Thursday", "Getty Images")
    ]
    assert paragraphs(text) == [
        "Rebel fighters say they have taken the city.",
        "The UN said 280,000 people had fled.",
    ]


def test_a_credit_line_over_a_sentence_is_no_caption() -> None:
    text = "Title\n\nThe story begins.\n\nReuters\n\nThe UN said 280,000 people had fled.\n"
    _, article = run_chain(text)
    assert article.captions == []


def test_outlet_credited_caption_leaves_the_paragraphs() -> None:
    text = (
        "Headline here\n\nFirefighters battle a blaze near Perth. (ABC News: Jane Doe)\n\n"
        "The family at home. (Supplied)\n\nFire crews worked through the night.\n"
    )
    doc, article = run_chain(text)
    assert [(doc.text_of(c.text), c.credit) for c in article.captions] == [
        ("Firefighters battle a blaze near Perth.", "ABC News: Jane Doe"),
        ("The family at home.", "Supplied"),
    ]
    assert paragraphs(text) == ["Fire crews worked through the night."]


def test_captions_the_markup_tags_settle_them() -> None:
    """A page whose markup tags its captions is not read for more: a body line that ends
    like a credit stays the markup's reading (body), and claims nothing."""
    from newsparse.article import Article, PageMeta, SourceInfo
    from newsparse.document import Span
    from newsparse.layout import build_document
    from newsparse.options import Options
    from newsparse.pipeline import build_context
    from newsparse.recognisers import blocks, captions

    text = (
        "Players celebrate in Madrid on Tuesday. (Manu Fernandez/AP)\n\n"
        "MADRID — Spain won the final on Sunday.\n\n"
        "The crowd cheered. (Jane Doe/The Washington Post)"
    )
    doc = build_document(text)
    first = Span(0, text.index("\n"))
    page = PageMeta(caption_spans=[(first, first, "Manu Fernandez/AP")])
    article = Article(doc=doc, source=SourceInfo("p.html", "html", None, None), page=page)
    ctx = build_context(Options())
    blocks.apply(doc, article, ctx)
    captions.apply(doc, article, ctx)
    assert article.captions == []
    assert not [who for _, who in doc.claims if who == captions.WHO]
    # the same text without tagged captions is read for them
    plain = Article(doc=build_document(text), source=SourceInfo("-", "text", None, None))
    blocks.apply(plain.doc, plain, ctx)
    captions.apply(plain.doc, plain, ctx)
    assert [c.credit for c in plain.captions] == [
        "Manu Fernandez/AP",
        "Jane Doe/The Washington Post",
    ]


# (text, captions as (text, credit)): credits that no credit word announces
UNMARKED_CREDITS = [
    ("Headline here\n\nThe minister speaks at the summit in Riyadh. (SPA)\n\n"
     "The authority launched a program on Wednesday.\n",
     [("The minister speaks at the summit in Riyadh.", "SPA")]),
    ("Headline here\n\nKremlin Spokesman Dmitry Peskov © Sergey Bobylev/TASS\n\n"
     "Russia is ready to return to talks, Peskov said.\n",
     [("Kremlin Spokesman Dmitry Peskov", "Sergey Bobylev/TASS")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), UNMARKED_CREDITS)
def test_unmarked_credit_lines_are_found(text: str, expected: list[tuple[str, str]]) -> None:
    doc, article = run_chain(text)
    assert [(doc.text_of(c.text), c.credit) for c in article.captions] == expected


# (text, captions as (text, credit), paragraphs): a caption over its credit's line
OVER_CREDIT = [
    ("Senate reaches deal\nBy Jane Doe, CNN\n\nSen. Pike speaks on Tuesday.\nKent Nishimura/Getty Images\n\n"
     "Washington (CNN) — Negotiators reached a deal Tuesday.\n\nMore text here.\n",
     [("Sen. Pike speaks on Tuesday.", "Kent Nishimura/Getty Images")],
     ["Negotiators reached a deal Tuesday.", "More text here."]),
    # the story's last block: a paragraph over a writer's sign-off stays
    ("Title\n\nThe story begins.\n\nThe UN said 280,000 people had fled.\nMichael Conroy, AP\n",
     [], ["The story begins.", "The UN said 280,000 people had fled.\nMichael Conroy, AP"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "paras"), OVER_CREDIT)
def test_caption_over_its_credit_line(
    text: str, expected: list[tuple[str, str]], paras: list[str]
) -> None:
    doc, article = run_chain(text)
    assert [(doc.text_of(c.text), c.credit) for c in article.captions] == expected
    assert paragraphs(text) == paras
