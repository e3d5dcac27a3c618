"""Saved pages: body extraction, page metadata, printed byline, captions, decoding."""

from __future__ import annotations

import gzip

import pytest

from newsparse.api import parse
from newsparse.html import extract
from newsparse.markup.html_body import body_blocks, find_container, flatten
from newsparse.markup.html_clean import clean, parse_html
from newsparse.markup.html_meta import read_meta, trim_title
from newsparse.markup.html_page import read_caption
from newsparse.markup.people import is_person, names_in_byline, people_only
from newsparse.markup.when import normalise_datetime

from .conftest import FIXTURES


def body_of(markup: str) -> list[str]:
    root = parse_html(markup)
    clean(root)
    blocks = flatten(root, page=True)
    return [b.text for b in body_blocks(blocks, find_container(blocks))]


def record(name: str) -> dict[str, object]:
    return parse((FIXTURES / name).read_bytes(), path=name).to_dict(with_text=True)


PROSE = (
    "The council voted on Tuesday to build protected bike lanes on three streets downtown.",
    "Opponents said the lanes would remove parking spaces that shop owners depend on.",
    "Construction is expected to begin in the spring, the transportation department said.",
)


def test_body_is_the_prose_container_without_chrome() -> None:
    page = f"""<html><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <div class="story"><p>{PROSE[0]}</p><div class="share-tools"><a href="#">Share</a></div>
        <p>{PROSE[1]}</p><p>{PROSE[2]}</p></div>
      <ul class="related"><li><a href="/x">Another story about bike lanes in the city</a></li></ul>
      <footer><p>Copyright 2019 The Riverside Ledger, all rights reserved worldwide.</p></footer>
    </body></html>"""
    assert body_of(page) == list(PROSE)


def test_article_cut_into_sibling_chunks_is_kept_whole() -> None:
    page = f"""<html><body><div class="article">
      <div class="chunk"><div class="inner"><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div></div>
      <div class="ad-slot">Advertisement</div>
      <div class="chunk"><div class="inner"><p>{PROSE[2]}</p></div></div>
    </div><div class="sidebar"><p>{"Sign up for our newsletter today. " * 2}</p></div></body></html>"""
    assert body_of(page) == list(PROSE)


def test_script_quotes_are_not_text() -> None:
    rec = record("page-nested-divs.html")
    text = rec["text"]
    assert isinstance(text, str)
    assert "Scripts are not text" not in text
    assert "Nor is this" not in text
    assert "A comment is not text" not in text
    quotes = [q["text"] for q in rec["quotes"]]  # type: ignore[attr-defined]
    assert quotes == ["We know the surface of Mars better than our own seabed,"]


def test_nested_divs_keep_both_chunks_and_drop_rails() -> None:
    rec = record("page-nested-divs.html")
    paragraphs = [p["text"] for p in rec["paragraphs"]]  # type: ignore[attr-defined]
    assert paragraphs[0].startswith("Researchers have finished mapping")
    assert paragraphs[-1] == "The team aims to map the entire seabed by 2030."
    assert len(paragraphs) == 4
    assert rec["headline"] == "Scientists map the ocean floor with sound"


def test_json_ld_page_with_figure() -> None:
    rec = record("page-jsonld-figure.html")
    assert rec["headline"] == "City council approves new bike lanes"
    assert rec["section"] == "Local"
    assert rec["published"] == "2019-11-19T14:05:00-05:00"
    assert rec["byline"]["authors"] == ["Maya Chen"]  # type: ignore[index]
    assert rec["byline"]["text"] == "By Maya Chen"  # type: ignore[index]
    (caption,) = rec["photo_captions"]  # type: ignore[misc]
    assert caption["text"] == "Cyclists ride along Main Street in Riverside on Tuesday."
    assert caption["credit"] == "Tom Alvarez/The Riverside Ledger"
    paragraphs = [p["text"] for p in rec["paragraphs"]]  # type: ignore[attr-defined]
    assert "Advertisement" not in paragraphs
    assert not any("Share on" in p for p in paragraphs)
    assert not any("Mayor proposes budget" in p for p in paragraphs)
    assert paragraphs[-1].startswith("Construction is expected to begin")


def test_meta_tags_only_page() -> None:
    rec = record("page-meta-only.html")
    assert rec["headline"] == "Storm Dennis brings flooding to Wales"
    assert rec["section"] == "Weather"
    assert rec["published"] == "2020-02-16T09:20:00+00:00"
    assert rec["byline"]["authors"] == ["Gareth Evans"]  # type: ignore[index]
    assert rec["byline"]["span"] is None  # not printed: names from metadata only
    assert rec["byline"]["text"] is None
    assert len(rec["paragraphs"]) == 3  # type: ignore[arg-type]


def test_printed_byline_wins_over_metadata() -> None:
    rec = record("page-byline-disagrees.html")
    byline = rec["byline"]
    assert byline["text"] == "By Priya Natarajan and Liam O'Connor"  # type: ignore[index]
    assert byline["authors"] == ["Priya Natarajan", "Liam O'Connor"]  # type: ignore[index]
    assert rec["published"] == "2021-03-04T07:00:00Z"


def test_caption_credit_in_caption_text() -> None:
    rec = record("page-caption-credit.html")
    (caption,) = rec["photo_captions"]  # type: ignore[misc]
    assert caption["text"] == "A still image from the video released on Wednesday."
    assert caption["credit"] == "Al-Furqaan Media"
    assert caption["raw"].endswith("(Photo: Al-Furqaan Media)")
    assert rec["dateline"]["agency"] == "Kurdistan24"  # type: ignore[index]


def test_windows_1252_page_is_decoded_by_its_meta_charset() -> None:
    rec = record("page-windows-1252.html")
    assert rec["source"]["encoding"] == "cp1252"  # type: ignore[index]
    assert rec["headline"] == "Le café de la gare ferme ses portes"
    assert rec["language"] == "fr"
    assert rec["paragraphs"][0]["text"].startswith("Après 62 ans d’activité")  # type: ignore[index]


def test_gzipped_page_is_sniffed_as_html() -> None:
    data = gzip.compress((FIXTURES / "page-meta-only.html").read_bytes())
    article = parse(data, path="page.html.gz")
    assert article.source.format == "html"
    assert article.to_dict()["headline"] == "Storm Dennis brings flooding to Wales"


def test_every_span_indexes_the_derived_text() -> None:
    for name in ("page-jsonld-figure.html", "page-caption-credit.html", "page-nested-divs.html"):
        rec = record(name)
        text = rec["text"]
        assert isinstance(text, str)
        for p in rec["paragraphs"]:  # type: ignore[attr-defined]
            assert text[p["span"][0] : p["span"][1]] == p["text"]
        for c in rec["photo_captions"]:  # type: ignore[attr-defined]
            assert text[c["span"][0] : c["span"][1]] == c["raw"]


def test_json_ld_in_graph_and_people_only() -> None:
    page = """<html><head><script type="application/ld+json">
    {"@graph": [{"@type": "WebSite", "name": "Daily Planet"},
      {"@type": "NewsArticle", "headline": "Hero saves city",
       "author": [{"@type": "Person", "name": "Lois Lane"}, {"@type": "Organization", "name": "Daily Planet"},
                  {"@type": "Person", "name": "Daily Planet Staff"}],
       "datePublished": "2019-11-19"}]}
    </script><meta property="og:site_name" content="Daily Planet"></head><body></body></html>"""
    meta = read_meta(parse_html(page))
    assert meta.headline == "Hero saves city"
    assert meta.authors == ["Lois Lane"]
    assert meta.published == "2019-11-19"
    assert meta.site_name == "Daily Planet"


def test_title_tail_is_trimmed_when_no_og_title() -> None:
    page = (
        "<html><head><title>Storm brings flooding to Wales | Valley Gazette</title></head></html>"
    )
    assert read_meta(parse_html(page)).headline == "Storm brings flooding to Wales"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-11-19T10:00:00Z", "2019-11-19T10:00:00Z"),
        ("2019-11-19 10:00:00", "2019-11-19T10:00:00"),
        ("20191119T100000Z", "2019-11-19T10:00:00Z"),
        ("20191119T100000+0100", "2019-11-19T10:00:00+01:00"),
        ("Tue, 19 Nov 2019 10:00:00 GMT", "2019-11-19T10:00:00+00:00"),
        ("0001-01-01T00:00:00Z", None),  # a CMS placeholder
        ("2019-02-30", None),
        ("yesterday", None),
    ],
)
def test_normalise_datetime(value: str, expected: str | None) -> None:
    assert normalise_datetime(value) == expected


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("by Tom Rogan | November 18, 2019 12:26 PM", ["Tom Rogan"]),
        ("Robert Burns, Ap National Security Writer", ["Robert Burns"]),
        ("By Reuters Staff", []),
        ("Written by Ana de la Cruz", ["Ana de la Cruz"]),
        # a handle, an e-mail address or a date after the names is no part of them
        ("by Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET", ["Bryan DeArdo"]),
        ("By Megan Rowe meganr@spokesman.com(509) 459-5382", ["Megan Rowe"]),
        (
            "By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT",
            ["Mike Wuerthele", "Malcolm Owen"],
        ),
        ("by Jeff Foust Monday, November 18, 2019", ["Jeff Foust"]),
        ("Jane Doe, Sunday Times", ["Jane Doe"]),  # a weekday in an outlet's name
        # an outlet after the name
        ("By Jill Disis, CNN Business", ["Jill Disis"]),
    ],
)
def test_names_in_byline(byline: str, names: list[str]) -> None:
    assert names_in_byline(byline) == names


# (names tagged in a byline element or given by metadata, the people among them)
TAGGED_PEOPLE = [
    (["by Bryan DeArdo", "Bryan DeArdo"], ["Bryan DeArdo"]),  # a tag holding the "by"
    (["By Madeline Fry"], ["Madeline Fry"]),
    (["Kevin Johnson and Kevin McCoy"], ["Kevin Johnson", "Kevin McCoy"]),  # one tag, two people
    (["Jose Altoveros", "View More Articles"], ["Jose Altoveros"]),  # a link beside the name
    (["Victor Davis Hanson", "About Victor Davis Hanson"], ["Victor Davis Hanson"]),
    (["Jill Disis", "CNN Business"], ["Jill Disis"]),  # an outlet
    (["Syrian defense ministries"], []),  # a phrase
    (["Ana de la Cruz", "bell hooks"], ["Ana de la Cruz", "bell hooks"]),
]


@pytest.mark.parametrize(("names", "people"), TAGGED_PEOPLE, ids=[str(c[0]) for c in TAGGED_PEOPLE])
def test_tagged_names_are_people_only(names: list[str], people: list[str]) -> None:
    assert people_only(names) == people


def test_people_only_drops_site_and_desks() -> None:
    names = ["Valley Gazette", "Web Desk", "Gareth Evans", "gareth evans", "https://x.com/ge"]
    assert people_only(names, "Valley Gazette") == ["Gareth Evans"]
    assert not is_person("The Editorial Board")


def test_caption_credit_from_a_credit_element() -> None:
    root = parse_html(
        '<figure><figcaption>Protesters march. <span class="credit">'
        "Photo: Getty Images</span></figcaption></figure>"
    )
    el = next(e for e in root.iter("figcaption"))
    caption = read_caption(el)
    assert caption is not None
    assert caption.text[: caption.credit_start].strip() == "Protesters march."
    assert caption.credit == "Getty Images"


def test_extract_lays_out_headline_byline_caption_body() -> None:
    text, meta = extract((FIXTURES / "page-jsonld-figure.html").read_text("utf-8"), "html")
    blocks = text.rstrip("\n").split("\n\n")
    assert blocks[0] == "City council approves new bike lanes"
    assert blocks[1] == "By Maya Chen"
    assert blocks[2].startswith("Cyclists ride along Main Street")
    assert blocks[3].startswith("RIVERSIDE — The city council voted")
    assert meta.headline_span is not None
    assert text[meta.headline_span.start : meta.headline_span.end] == blocks[0]
    assert len(meta.body_spans) == 4


def test_caption_label_is_not_caption_text() -> None:
    root = parse_html(
        "<figure><figcaption>Image caption Scooter Braun has managed Justin Bieber "
        "(Photo: Getty Images)</figcaption></figure>"
    )
    caption = read_caption(next(root.iter("figcaption")))
    assert caption is not None
    assert caption.caption == "Scooter Braun has managed Justin Bieber"
    assert caption.credit == "Getty Images"


@pytest.mark.parametrize("credit", ["Michael Conroy, AP", "Al Goldis, Associated Press"])
def test_a_picture_credit_alone_in_the_body_is_no_paragraph(credit: str) -> None:
    page = f"""<html><body><div class="story"><p>{PROSE[0]}</p><p>{credit}</p>
        <p>{PROSE[1]}</p><p>{PROSE[2]}</p></div></body></html>"""
    paragraphs = [p["text"] for p in parse(page.encode(), path="p.html").to_dict()["paragraphs"]]
    assert paragraphs == list(PROSE)


def test_credit_only_caption_is_not_a_caption() -> None:
    root = parse_html("<figcaption>Credit...Doug Mills/The New York Times</figcaption>")
    assert read_caption(next(root.iter("figcaption"))) is None


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Clymer workshop manual review | MoreBikes", "MoreBikes", "Clymer workshop manual review"),
        (
            "Opinion | Republicans Are Following Trump to Nowhere",
            None,
            "Republicans Are Following Trump to Nowhere",
        ),
        (
            "Spiced Honey Pear Jam Recipe - The Anti-June Cleaver",
            None,
            "Spiced Honey Pear Jam Recipe",
        ),
        (
            "Introducing Junior Gaspard, New CEO - Experience",
            "Experience",
            "Introducing Junior Gaspard, New CEO",
        ),
        # a dash inside the headline stays
        (
            "Star Wars Jedi: Fallen Order review – shoots for the moon",
            None,
            "Star Wars Jedi: Fallen Order review – shoots for the moon",
        ),
    ],
)
def test_trim_title(title: str, site: str | None, expected: str) -> None:
    assert trim_title(title, site) == expected


def test_site_logo_h1_is_not_the_headline() -> None:
    page = f"""<html><head><meta property="og:title" content="Deportees return home from US">
    </head><body><header><h1><a href="/">India Post</a></h1></header>
    <div class="post"><h2>With shattered dreams, deportees return home from US</h2>
    <p>{PROSE[0]}</p><p>{PROSE[1]}</p></div></body></html>"""
    text, _ = extract(page, "html")
    assert text.startswith("With shattered dreams, deportees return home from US\n\n")


def test_control_characters_in_a_broken_page_are_dropped_not_fatal() -> None:
    """A page whose markup holds control characters (a fuzzing find): the text nodes
    joined when an element is dropped cannot hold them, so they go."""
    data = (
        b"<html><head> -- <meta \xe2\x80\x94charset='utf-8'><\x1f\x8b\x1f\x8btitle>T"
        b"</\x07\xe2title></head><body><p>Hi</p></body></html>\x00"
    )
    record = parse(data).to_dict()
    assert "error" not in record
    assert [p["text"] for p in record["paragraphs"]][-1] == "Hi"


def page_paragraphs(inner: str) -> list[str]:
    """The body paragraphs of a page whose story container holds ``inner``."""
    page = f'<html><body><div class="story">{inner}</div></body></html>'
    return [p["text"] for p in parse(page.encode(), path="p.html").to_dict()["paragraphs"]]


STORY = "".join(f"<p>{p}</p>" for p in PROSE)


@pytest.mark.parametrize(
    "tail",
    [
        # pitches to the reader
        "<p>Have a tip? Jane Doe may be reached at jdoe@example.com.</p>",
        "<p>Get the latest updates right in your inbox. Subscribe to our newsletters.</p>",
        "<p>The Times is committed to publishing a diversity of letters to the editor.</p>",
        "<p>Like this story? Share it with a friend!</p>",
        "<p>Note: we are temporarily moderating all comments submitted.</p>",
        "<p>Listen to Newsbeat live at 12:45 weekdays - or listen back here.</p>",
        "<p>Get Example Pro for as little as Rs 599 for the first year. Use the code PRO.</p>",
        # follow-us and contact lines
        "<p>Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.</p>",
        "<p>Follow AP's full coverage of the election at https://apnews.com/Election</p>",
        "<p>Email Jane Doe at jdoe@example.com or follow her @janedoe.</p>",
        "<p>jane.doe@example.com</p><p>twitter.com/janedoe</p>",
        # the author's bio, a company's boilerplate
        "<p>Jane Doe (jane@example.com) is the editor and publisher of The Review.</p>",
        "<p>John Roe is Example's deal curator and spends his pay on stuff he posts.</p>",
        "<p>Acme is a global solutions provider focused on healthcare.<br>"
        "Acme is headquartered in Baar and employs 1,300 people.</p>",
        # an update stamp, the next widget's heading, a headed list of links
        "<p>Updated at 1:23 p.m.</p>",
        "<p>More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports</p>",
        "<h3>Popular on Example</h3>",
        '<div>More Great Stories</div><ul><li>The strange life <a href="/a">of a coder</a></li>'
        '<li>How a social network <a href="/b">gets the law</a></li></ul>',
    ],
)
def test_furniture_closing_the_body_is_no_paragraph(tail: str) -> None:
    assert page_paragraphs(STORY + tail) == list(PROSE)


def test_a_pitch_under_the_last_paragraph_goes_line_by_line() -> None:
    last = "Disclaimer: the views are the experts' own."
    inner = f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p><p>{last}<br>Sign up for Example Pro today.</p>"
    assert page_paragraphs(inner) == [PROSE[0], PROSE[1], last]


def test_closing_rule_and_text_before_it_stay() -> None:
    inner = STORY + "<p>Sign up for the bundle using your account's email</p><p>___</p>"
    inner += "<p>John Roe is Example's deal curator.</p>"
    assert page_paragraphs(inner)[-2:] == [
        "Sign up for the bundle using your account's email",
        "___",
    ]


def test_pitch_words_inside_the_story_stay() -> None:
    middle = "Follow Newsbeat on Instagram, the singer told fans on Tuesday."
    inner = f"<p>{PROSE[0]}</p><p>{middle}</p><p>{PROSE[1]}</p>"
    assert page_paragraphs(inner) == [PROSE[0], middle, PROSE[1]]


@pytest.mark.parametrize(
    "head",
    [
        "<p>November 20, 2019 - 11:28 AMT</p>",  # a date line with an unknown zone
        "<p>sexta-feira, 22 de outubro de 2010 às 20:13</p>",
        "<p>By Jane Doe on Monday, November 18th, 2019 at 11:04 a.m.</p>",
        "<p>Welcome to Example Deals. Follow us at Twitter @exampledeals.</p>",
        "<p>Start your day with the Bell. Sign up for the free daily newsletter.</p>",
        # a meta line, and the copy of the headline above it
        "<h2>Council votes on bike lanes</h2><p>05/10/2018 - Publicado por: Ana Lima - "
        "Categoria: Saúde - Tags: bike</p>",
    ],
)
def test_header_lines_opening_the_body_are_no_paragraph(head: str) -> None:
    assert page_paragraphs(head + STORY) == list(PROSE)


def test_a_meta_line_glued_to_the_first_paragraph_is_cut_off() -> None:
    inner = f"<p>Publicado por: Ana Lima - Categoria: Cidade<br>{PROSE[0]}</p><p>{PROSE[1]}</p>"
    assert page_paragraphs(inner) == [PROSE[0], PROSE[1]]


@pytest.mark.parametrize("line", ["Monday, May 5", "2019 in review: 10 numbers"])
def test_a_heading_with_a_date_is_no_date_line(line: str) -> None:
    assert page_paragraphs(f"<p>{line}</p>" + STORY)[0] == line


def test_a_caption_with_a_glued_credit_is_a_caption() -> None:
    caption = "The logo is displayed outside of a co-working space in New York.Reuters"
    page = f'<html><body><div class="story"><p>{caption}</p>{STORY}</div></body></html>'
    record = parse(page.encode(), path="p.html").to_dict()
    assert [p["text"] for p in record["paragraphs"]] == list(PROSE)
    assert record["photo_captions"][0]["credit"] == "Reuters"


def test_related_label_closing_the_body_is_no_paragraph() -> None:
    assert page_paragraphs(STORY + "<p>Related Roundup: MacBook Pro</p>") == list(PROSE)


LEAD = (
    "The mayor made an unscheduled visit to the depot on Saturday morning.",
    "You should not just believe the official account of the visit.",
)


def test_paragraphs_styled_like_the_containers_join_it() -> None:
    """The lead paragraphs stand beside the chunk holding the rest, in the same class."""
    rest = "".join(f'<div class="body__paragraph">{p} {p}</div>' for p in PROSE * 3)
    page = f"""<html><body><div class="container">
      <div class="leaf"><p class="body__paragraph lead">{LEAD[0]}</p></div>
      <div class="body__paragraph lead">{LEAD[1]}</div>
      <div class="read-all">{rest}</div>
    </div></body></html>"""
    assert body_of(page)[:2] == list(LEAD)


def test_a_hover_card_inside_a_paragraph_is_no_text() -> None:
    card = (
        '<span class="rollover-block"><a href="/people/jane">Jane Roe</a> '
        '<a href="/a">Another story about her and the council vote</a> <a href="/m">MORE</a></span>'
    )
    page = f"""<html><body><div class="story"><p>Council member <a href="/people/jane">Jane
      Roe</a>{card} said on Tuesday that the vote on protected bike lanes would go ahead.</p>
      <p>{PROSE[1]}</p><p>{PROSE[2]}</p></div></body></html>"""
    assert body_of(page)[0] == (
        "Council member Jane Roe said on Tuesday that the vote on protected bike lanes would go ahead."
    )


@pytest.mark.parametrize("label", ["Фото:", "Foto:", "Photo:"])
def test_a_credit_label_and_its_value_are_no_paragraphs(label: str) -> None:
    inner = f"<p>{PROSE[0]}</p><dl><dt>{label}</dt><dd>личный архив Андрея</dd></dl>"
    assert page_paragraphs(inner + f"<p>{PROSE[1]}</p>") == [PROSE[0], PROSE[1]]


def test_an_inline_caption_is_no_paragraph() -> None:
    caption = (
        '<p><span class="image"><img src="a.jpg"></span><span class="caption">'
        '<span class="attribution">© John Roe</span> A nurse gives a flu shot.</span></p>'
    )
    assert page_paragraphs(f"<p>{PROSE[0]}</p>{caption}<p>{PROSE[1]}</p>") == [PROSE[0], PROSE[1]]


def test_a_label_beside_its_picture_is_no_paragraph() -> None:
    picture = '<div align="center"><div><img src="a.jpg"></div><span>The new lanes</span></div>'
    assert page_paragraphs(f"<p>{PROSE[0]}</p>{picture}<p>{PROSE[1]}</p>") == [PROSE[0], PROSE[1]]


def test_a_paragraph_with_an_inline_picture_stays() -> None:
    inner = f'{STORY}<p><img src="a.jpg">Because once you see the plan …</p><p>{PROSE[0]}</p>'
    assert page_paragraphs(inner)[-2] == "Because once you see the plan …"


@pytest.mark.parametrize(
    "code",
    [
        '[button link="http://example.com/submit/" type="big"] Send us YOUR review[/button]',
        '[gallery ids="12,13,14"]',
    ],
)
def test_an_unrendered_shortcode_is_no_paragraph(code: str) -> None:
    assert page_paragraphs(f"<p>{PROSE[0]}</p><p>{code}</p><p>{PROSE[1]}</p>") == list(PROSE[:2])


@pytest.mark.parametrize(
    "last",
    [
        "More than a million households subscribe to the service, the company said.",
        "The plan was first reported by the newsletter Playbook on Monday.",
        "Smith is a senior official at the ministry and was not available for comment.",
    ],
)
def test_a_closing_sentence_of_the_story_stays(last: str) -> None:
    assert page_paragraphs(f"{STORY}<p>{last}</p>")[-1] == last


def _page_with_byline(byline: str) -> str:
    """A saved page whose article prints ``byline`` (inner HTML) in a byline element."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    return (
        "<html><head><title>Bike lanes</title></head><body><article>"
        "<h1>City council approves new bike lanes</h1>"
        f'<div class="byline">{byline}</div>'
        f"<div class='article-body'>{paragraphs}</div></article></body></html>"
    )


# (byline element as marked up, byline text, authors, affiliation); the date an element
# prints after the names is no part of the byline (it goes on a line of its own)
PAGE_BYLINES = [
    # the names tagged, with "by" in the tag, a handle and a date after them
    ('<a href="/writers/bryan-deardo">by Bryan DeArdo</a> <span>@BryanDeArdo</span> Nov 18, 2019 at 9:24 pm ET',
     "by Bryan DeArdo @BryanDeArdo", ["Bryan DeArdo"], None),
    # an outlet after the comma
    ("By Jill Disis, CNN Business", "By Jill Disis, CNN Business", ["Jill Disis"], "CNN Business"),
    # link text printed against the tagged name: the two links are set apart
    ('<a href="/author/jose-altoveros">Jose Altoveros</a><a href="/author/jose-altoveros">View More Articles</a>',
     "Jose Altoveros View More Articles", ["Jose Altoveros"], None),
    # a weekday after the last name
    ("By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT",
     "By Mike Wuerthele and Malcolm Owen", ["Mike Wuerthele", "Malcolm Owen"], None),
    # the outlet after the names, before the date
    ('<a href="/staff/tom-davies">Tom Davies</a> Associated Press Published 11:34 PM EST Nov 19, 2019',
     "Tom Davies Associated Press", ["Tom Davies"], "Associated Press"),
    ("Tom Krisher, Ap Auto Writer", "Tom Krisher, Ap Auto Writer", ["Tom Krisher"], "AP"),
    # an agency alone: no author
    ("Reuters November 18, 2019 11:03 PM", "Reuters", [], "Reuters"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("markup", "text", "authors", "affiliation"), PAGE_BYLINES, ids=[c[1] for c in PAGE_BYLINES]
)
def test_page_byline(markup: str, text: str, authors: list[str], affiliation: str | None) -> None:
    byline = parse(_page_with_byline(markup)).to_dict()["byline"]
    assert byline == {
        "text": text,
        "span": byline["span"],
        "authors": authors,
        "affiliation": affiliation,
    }


def test_a_phrase_in_a_byline_element_is_no_byline() -> None:
    """A fact check tags the claim's author as its "author": no writer of the story."""
    markup = _page_with_byline("The Russian and Syrian defense ministries")
    assert parse(markup).to_dict()["byline"] is None


def _page_head(head: str) -> str:
    """A saved page with ``head`` (meta tags, JSON-LD) over a short story."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    return (
        f"<html><head>{head}</head><body><article><h1>City council approves new bike lanes</h1>"
        f"<div class='article-body'>{paragraphs}</div></article></body></html>"
    )


def _ld_section(section: str) -> str:
    return (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bike lanes", '
        f'"articleSection": {section}}}</script>'
    )


# (page head, section)
PAGE_SECTIONS = [
    ('<meta property="article:section" content="Politics">', "Politics"),
    # a CMS post type, a catch-all category, site furniture: no section
    (_ld_section('"post"'), None),
    (_ld_section('["articles"]'), None),
    ('<meta property="article:section" content="All">', None),
    (_ld_section('"Front Page"'), None),
    # the site's domain, the site's name
    (_ld_section('"gizmodo.com"'), None),
    ('<meta property="og:site_name" content="Riverside Ledger">'
     '<meta property="article:section" content="Riverside Ledger">', None),
    # one label printed twice; a path of two labels stays
    (_ld_section('"News - News"'), "News"),
    (_ld_section('"Blog Briefing Room - News"'), "Blog Briefing Room - News"),
    # a tag list: a single label from another source wins, else a short list's first item
    (_ld_section('"game,news,slider"') + '<meta property="article:section" content="news">', "news"),
    (_ld_section('"Commercial Real Estate,Home Page,Popular"'), "Commercial Real Estate"),
    ('<meta property="article:section" content="Smart News, Smart News Science">', "Smart News"),
    (_ld_section('"Stock Car, Slideshow, stock car brasil, stock car cascavel"'), None),
    # a rejected JSON-LD value gives way to the meta tags
    (_ld_section('"post"') + '<meta property="article:section" content="Tech">', "Tech"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("head", "section"), PAGE_SECTIONS, ids=[f"{i}-{c[1]}" for i, c in enumerate(PAGE_SECTIONS)]
)
def test_page_section(head: str, section: str | None) -> None:
    assert parse(_page_head(head)).to_dict()["section"] == section


def _story(inside: str, head: str = "", after: str = "") -> dict[str, object]:
    """The record of a saved story: ``inside`` printed between the headline and the three
    paragraphs of the body, ``after`` below them."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    page = (
        f"<html><head><title>Bike lanes</title>{head}</head><body><article>"
        f"<h1>City council approves new bike lanes</h1>{inside}"
        f"<div class='article-body'>{paragraphs}{after}</div></article></body></html>"
    )
    return parse(page).to_dict(with_text=True)


def _paragraphs(rec: dict[str, object]) -> list[str]:
    return [p["text"] for p in rec["paragraphs"]]  # type: ignore[attr-defined]


def test_metadata_dates_the_story_over_an_updated_time_in_the_byline() -> None:
    rec = _story(
        '<div class="byline">By <a href="/author/marcus-bell/">Marcus Bell</a>'
        " | Updated May 18, 2024 at 9:10 a.m.</div>",
        head='<meta property="article:published_time" content="2024-05-17T18:45:00-07:00">',
    )
    assert rec["published"] == "2024-05-17T18:45:00-07:00"
    assert rec["byline"]["text"] == "By Marcus Bell"  # type: ignore[index]
    assert "\n\nUpdated May 18, 2024 at 9:10 a.m.\n\n" in rec["text"]  # type: ignore[operator]


def test_a_metadata_day_takes_the_printed_time_of_that_day() -> None:
    rec = _story(
        '<div class="byline">By Marcus Bell | May 17, 2024 6:45 p.m.</div>',
        head='<meta property="article:published_time" content="2024-05-17">',
    )
    assert rec["published"] == "2024-05-17T18:45"


def test_a_byline_wrapper_gives_the_byline_and_its_date_apart() -> None:
    rec = _story(
        '<div class="article-header__author-date__2dVTs">'
        '<address class="author-name__author__1-k7C">By <a href="/authors/pratima-desai/" '
        'rel="author">Pratima Desai</a></address><time datetime="2024-03-14T10:22:00Z">'
        "<span>March 14, 2024</span><span>10:22 AM UTC</span><span>Updated 5 hours ago</span>"
        "</time></div>"
    )
    assert rec["byline"] == {  # type: ignore[comparison-overlap]
        "text": "By Pratima Desai",
        "span": rec["byline"]["span"],  # type: ignore[index]
        "authors": ["Pratima Desai"],
        "affiliation": None,
    }
    assert "March 14, 2024 10:22 AM UTC Updated 5 hours ago" in rec["text"]  # type: ignore[operator]
    assert rec["published"] == "2024-03-14T10:22:00Z"  # the <time>'s


@pytest.mark.parametrize(
    ("inline", "text"),
    [
        ("<span>March 14, 2024</span><span>10:22 AM</span>", "March 14, 2024 10:22 AM"),
        ("<span>10:22 AM UTC</span><span>Updated</span>", "10:22 AM UTC Updated"),
        ("<span>Published</span><time>29 April 2024</time>", "Published 29 April 2024"),
        ("<span>6 min read</span><span>Mar 2</span>", "6 min read Mar 2"),
        # words the page itself runs together stay so
        ("<b>W</b>ord and <i>New</i> <i>York</i>", "Word and New York"),
        ("H<sub>2</sub>O on the 10<sup>th</sup>", "H2O on the 10th"),
        ("<span>Jane</span>, <span>Doe</span>", "Jane, Doe"),
    ],
)
def test_inline_elements_whose_words_would_run_together_are_set_apart(
    inline: str, text: str
) -> None:
    root = parse_html(f"<html><body><div>{inline}</div></body></html>")
    assert [b.text for b in flatten(root)] == [text]


def test_two_line_breaks_part_paragraphs() -> None:
    rec = _story(
        "", after="<div>The fair opens Thursday.<br><br>Parking is $5.<br>Cash only.</div>"
    )
    assert _paragraphs(rec)[-2:] == ["The fair opens Thursday.", "Parking is $5.\nCash only."]


def test_a_pull_quote_repeating_the_story_is_no_paragraph() -> None:
    quote = '<div class="pull-quote"><blockquote><p>“{}”</p></blockquote></div>'
    repeated = quote.format("Opponents said the lanes would remove parking spaces")
    own = quote.format("Nobody asked the people who actually ride these streets every day")
    rec = _story("", after=repeated + own)
    assert _paragraphs(rec) == [
        *PROSE,
        "“Nobody asked the people who actually ride these streets every day”",
    ]


def test_a_standfirst_is_no_paragraph() -> None:
    rec = _story(
        '<div data-gu-name="standfirst"><p>Three streets will get protected lanes</p></div>'
    )
    assert _paragraphs(rec) == list(PROSE)


def test_a_subscriber_preview_is_article_text() -> None:
    page = f"""<html><body><article><h1>Bike lanes</h1><div class="subscriber-premium">
      <div class="subscriber-preview"><p>{PROSE[0]}</p></div>
      <div class="subscriber-only"><p>{PROSE[1]}</p><p>{PROSE[2]}</p></div>
    </div></article></body></html>"""
    assert _paragraphs(parse(page).to_dict()) == list(PROSE)


def test_jetpack_related_posts_are_chrome_and_date_nothing() -> None:
    related = (
        '<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3>'
        '<div class="jp-relatedposts-post"><h4><a href="/levee/">Levee could fail</a></h4>'
        '<p class="jp-relatedposts-post-date">February 20, 2024</p>'
        '<p class="jp-relatedposts-post-context">In "Local News"</p></div></div>'
    )
    rec = _story("", after=related)
    assert _paragraphs(rec) == list(PROSE)
    assert rec["published"] is None


def test_the_head_of_a_list_of_links_in_the_body_is_no_paragraph() -> None:
    links = (
        '<div data-component="links-block"><h2>Read more on Kenya:</h2><ul>'
        '<li><a href="/1">Why are Kenya\'s floods so deadly?</a></li>'
        '<li><a href="/2">Kenyan schools closed as floods worsen</a></li></ul></div>'
    )
    page = f"""<html><body><article><h1>Bike lanes</h1>
      <div class="text-block"><p>{PROSE[0]}</p></div>{links}
      <div class="text-block"><p>{PROSE[1]}</p></div>
      <div class="text-block"><p>{PROSE[2]}</p></div></article></body></html>"""
    assert _paragraphs(parse(page).to_dict()) == list(PROSE)


def _captions(rec: dict[str, object]) -> list[tuple[str, str | None]]:
    return [(c["text"], c["credit"]) for c in rec["photo_captions"]]  # type: ignore[attr-defined]


CAPTIONED_FIGURES = [
    # the BBC: a label for screen readers, the credit over the picture
    ('<figure><div><span class="ssrcss-1b1mki6-Copyright"><span class="ssrcss-1if1g9v-VisuallyHidden">'
     'Image source, </span>Reuters</span><img src="a.jpg"></div><figcaption>'
     '<span class="ssrcss-1if1g9v-VisuallyHidden">Image caption, </span>Rescuers search the mud'
     "</figcaption></figure>", ("Rescuers search the mud", "Reuters")),
    # the Guardian: a <details> caption with its toggle
    ('<figure><img src="a.jpg"><details data-gu-name="caption"><summary><span>Hide caption</span>'
     "</summary><span>The Sau reservoir in Catalonia.</span> Photograph: Lorena Sopêna/Getty Images"
     "</details></figure>", ("The Sau reservoir in Catalonia.", "Lorena Sopêna/Getty Images")),
    # BLOX: a credit hidden from print only
    ('<figure><img src="a.jpg"><figcaption class="caption"><div class="caption-text"><p>Students '
     'leave the school on Friday.</p></div><div class="caption-source hidden-print"><span>Tasha '
     "Brenner/Mill Creek Courier</span></div></figcaption></figure>",
     ("Students leave the school on Friday.", "Tasha Brenner/Mill Creek Courier")),
]  # fmt: skip


@pytest.mark.parametrize(("figure", "caption"), CAPTIONED_FIGURES)
def test_figure_caption_and_credit(figure: str, caption: tuple[str, str | None]) -> None:
    assert _captions(_story(figure)) == [caption]


def test_a_caption_in_a_subscription_widget_is_no_caption() -> None:
    pitch = (
        '<div class="subscription-widget-wrap"><div class="subscription-widget"><p class="cta-caption">'
        "The Ledger Line is a reader-supported publication. Consider becoming a subscriber.</p>"
        "</div></div>"
    )
    rec = _story("", after=pitch)
    assert _captions(rec) == []
    assert _paragraphs(rec) == list(PROSE)


# (byline markup printed over the story, byline text, authors, affiliation)
FOUND_BYLINES = [
    # the BBC's byline block: names, then the outlet and place in a block of their own
    ('<div data-component="byline-block"><div>By Wycliffe Muia</div><div>BBC News, Nairobi</div></div>',
     "By Wycliffe Muia\nBBC News, Nairobi", ["Wycliffe Muia"], "BBC News"),
    # Arc: a data-qa name, the authors' pages
    ('<div class="wpds-c-dTEPPC" data-qa="author-byline"><span>By</span> <a href="/people/leah-whitfield/">'
     'Leah Whitfield</a> and <a href="/people/omar-castellanos/">Omar Castellanos</a></div>',
     "By Leah Whitfield and Omar Castellanos", ["Leah Whitfield", "Omar Castellanos"], None),
    # no name for the element: the links to the authors' pages
    ('<div class="x1"><span>By</span> <a href="/author/leah-whitfield/">Leah Whitfield</a></div>',
     "By Leah Whitfield", ["Leah Whitfield"], None),
]  # fmt: skip


@pytest.mark.parametrize(("markup", "text", "authors", "affiliation"), FOUND_BYLINES)
def test_byline_found_by_its_component_or_author_links(
    markup: str, text: str, authors: list[str], affiliation: str | None
) -> None:
    rec = _story(markup)
    byline = rec["byline"]
    assert byline == {
        "text": text,
        "span": byline["span"],
        "authors": authors,
        "affiliation": affiliation,
    }  # type: ignore[index]
    assert _paragraphs(rec) == list(PROSE)


def test_an_email_address_is_no_part_of_a_metadata_name() -> None:
    rec = _story(
        "", head='<meta name="author" content="Tasha Brenner tbrenner@millcreekcourier.com">'
    )
    assert rec["byline"]["authors"] == ["Tasha Brenner"]  # type: ignore[index]


BODY_FURNITURE = [
    # Medium's header: reading time and date, claps, responses
    ('<div><div><span>6 min read</span><span>·</span><span>Mar 2, 2024</span></div>'
     "<div><p><span>--</span></p></div><div><p><span>1.4K</span></p></div>"
     '<div><p><span class="pw-responses-count">27</span></p></div></div>', ""),
    # an AMP ad slot
    ("", '<amp-ad width="300" height="250" type="doubleclick"><div placeholder>Loading ad…</div></amp-ad>'),
    # the Guardian's appeal to readers
    ("", '<div data-gu-name="epic"><h2>I hope you appreciated this article.</h2>'
         "<p>We’re a reader-funded news organisation with more than 1.5 million supporters.</p></div>"),
    # the writer's tagline in italics
    ("", "<p><em>Tasha Brenner covers education for the Courier. Contact her at 555-0142 or "
         "tbrenner@millcreekcourier.com.</em></p>"),
]  # fmt: skip


@pytest.mark.parametrize(("before", "after"), BODY_FURNITURE)
def test_page_furniture_in_the_body_is_no_paragraph(before: str, after: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    page = (
        "<html><head><title>Bike lanes</title></head><body><article><h1>Bike lanes</h1>"
        f"<div class='article-body'>{before}{paragraphs}{after}</div></article></body></html>"
    )
    assert _paragraphs(parse(page).to_dict()) == list(PROSE)


def test_an_embedded_tweet_is_text_in_a_figure_or_a_widget() -> None:
    tweet = (
        '<blockquote class="twitter-tweet"><p>Tonight the council chose to protect 340 families.</p>'
        '&mdash; Mayor Denise Harlow (@MayorHarlow) <a href="https://twitter.com/x/status/1">'
        "March 6, 2024</a></blockquote>"
    )
    in_figure = f'<figure class="wp-block-embed is-provider-twitter"><div>{tweet}</div></figure>'
    in_widget = f'<div class="sdc-article-widget"><div><div>{tweet}</div></div></div>'
    for embed in (in_figure, in_widget):
        paragraphs = _paragraphs(_story("", after=embed))
        assert paragraphs[3:] == [
            "Tonight the council chose to protect 340 families.",
            "— Mayor Denise Harlow (@MayorHarlow) March 6, 2024",
        ]


def test_a_footnote_marker_is_no_text() -> None:
    marker = '<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a>'
    page = (
        "<html><body><article><h1>Bike lanes</h1><div class='body markup'>"
        f"<p>{PROSE[0]}{marker}</p><p>{PROSE[1]}</p><p>{PROSE[2]}</p></div></article></body></html>"
    )
    assert _paragraphs(parse(page).to_dict()) == list(PROSE)


def _said_on_page(inner: str) -> dict[str, list[tuple[str | None, str | None]]]:
    """(source, cue) of the attributions and (quote, speaker) of the quotes of a page
    whose article holds ``inner``."""
    page = f"<html><body><article>{inner}</article></body></html>"
    record = parse(page.encode(), path="p.html").to_dict()
    return {
        "attributions": [(a["source_text"], a["cue"]) for a in record["attributions"]],
        "quotes": [(q["text"], q["speaker"]) for q in record["quotes"]],
    }


def test_a_caption_the_markup_tags_reports_nothing() -> None:
    head = "<h1>Council approves bike lanes downtown</h1>"
    caption = (
        "<figure><img src='a.jpg'><figcaption>“We will ride,” a cyclist says at the council "
        "meeting.</figcaption></figure>"
    )
    said = _said_on_page(
        f"{head}{caption}<p>“The lanes will save lives,” said Mayor Jane Roe.</p><p>{PROSE[1]}</p>"
    )
    assert said == {
        "attributions": [("Mayor Jane Roe", "said"), ("Opponents", "said")],
        "quotes": [("The lanes will save lives,", "Jane Roe")],
    }


def test_the_headline_and_the_body_keep_their_attributions() -> None:
    head = "<h1>House Hitler was born in will become a police station, Austria says</h1>"
    said = _said_on_page(f"{head}<p>{PROSE[1]}</p>")
    assert said["attributions"] == [("Austria", "says"), ("Opponents", "said")]
