"""Quotation marks: pairing, kinds, apostrophes, unbalanced marks, hostile input."""

from __future__ import annotations

import pytest

from newsparse.document import Span
from newsparse.layout import build_document
from newsparse.recognisers.quotes import find_quotes
from tests.conftest import parse_text


def quotes_of(text: str, *, singles: bool = False) -> list[tuple[str, str]]:
    doc = build_document(text)
    paragraphs = [b.span for b in doc.blocks]
    found, _ = find_quotes(doc, paragraphs, singles=singles)
    return [(doc.text_of(q.span), q.kind) for q in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will win,” he said.", [("We will win,", "full")]),
        ('"We will win," he said.', [("We will win,", "full")]),
        ("«Nous gagnerons», a-t-il dit.", [("Nous gagnerons", "full")]),
        ("„Wir gewinnen“, sagte er.", [("Wir gewinnen", "full")]),
        ("''It is over,'' Mr. Garin said.", [("It is over,", "full")]),
        # the same two marks curled, and a curly opener closed by them (wire copy)
        ("‘‘It is over,’’ Mr. Garin said.", [("It is over,", "full")]),
        (
            "It warned that “voters are owed transparency.’’ Critically, it added more.",
            [("voters are owed transparency.", "partial")],
        ),
        # one curled apostrophe after a word stays an apostrophe
        ("The Joneses’ car and “the” word.", [("the", "partial")]),
        ("He called it “a disaster” on Monday.", [("a disaster", "partial")]),
        (
            "“He said ‘no’ twice,” she said.",
            [("He said ‘no’ twice,", "full")],
        ),
        ("Syria’s don't the ’90s Jones' car.", []),
        # an opening mark right after the words, before a space, is a misprinted closer
        ("“It's unusual,“ said Larry Noble.", [("It's unusual,", "full")]),
        # a closing mark that opens a paragraph before a word is a misprinted opener
        ("”Fear. I am truly afraid.” ― Edwin Monroy", [("Fear. I am truly afraid.", "full")]),
        (
            "Doing so ”was an attempt at poisoning the vote.”",
            [("was an attempt at poisoning the vote.", "partial")],
        ),
        # a single closing mark after a sentence's end mark closes a double quotation left
        # open; one that closes a nested single quotation does not
        (
            "Schumer tweeted: “Let’s go. We can win.’ Schumer was in the room.",
            [("Let’s go. We can win.", "full")],
        ),
        (
            "He said: “Nobody said ‘We Don’t Know.’ In reality, that was the headline.",
            [("Nobody said ‘We Don’t Know.’ In reality, that was the headline.", "full")],
        ),
    ],
)
def test_pairs(text: str, expected: list[tuple[str, str]]) -> None:
    assert quotes_of(text) == expected


def test_headline_single_quotes() -> None:
    assert quotes_of("Trump: ‘We will build the wall’ and Syria’s war", singles=True) == [
        ("We will build the wall", "full")
    ]


def test_block_quote_over_paragraphs() -> None:
    text = "“The first paragraph of a statement.\n\n“The second one, closed at last.”"
    assert quotes_of(text) == [
        ("The first paragraph of a statement.", "block"),
        ("The second one, closed at last.", "full"),
    ]


def test_unbalanced_marks_warn() -> None:
    doc = build_document("He said “never. Then it ended.\n\nA stray” mark.")
    found, problems = find_quotes(doc, [b.span for b in doc.blocks])
    assert [doc.text_of(q.span) for q in found] == ["never. Then it ended."]
    assert problems == [
        "quotes: unclosed quotation mark at offset 8",
        "quotes: closing mark without an opening one at offset 39",
    ]


def test_spans_lie_between_marks() -> None:
    text = "“One,” he said. “Two,” she said, “and three.”"
    doc = build_document(text)
    found, _ = find_quotes(doc, [Span(0, len(text))])
    for q in found:
        assert q.outer is not None
        assert doc.text[q.outer.start] in '“"'
        assert doc.text[q.outer.end - 1] in '”"'
        assert q.outer.start < q.span.start
        assert q.span.end < q.outer.end


def test_marks_inside_a_markup_tag_are_no_quotes() -> None:
    # an embedded post left as markup in the text: its attribute values are quoted
    text = (
        'He tweeted.\n\n<tweet id="7479" author="@realDonaldTrump" datetime="2016-06-29">'
        "“We will win,” he wrote.</tweet>\n"
    )
    assert quotes_of(text) == [("We will win,", "full")]


def test_scare_quotes_and_titles_are_not_quotes() -> None:
    article = parse_text(
        'Title.\n\nThey watched the film "Jaws" and the so-called "reforms" failed.'
    )
    assert article.quotes == []


def test_a_scare_quote_inside_a_statement_is_no_quote() -> None:
    article = parse_text('Title.\n\nHe said the so-called "reforms" had failed.')
    assert article.attributions  # the statement stays, its scare quote goes
    assert article.quotes == []


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Khan said on NBC's “Meet the Press” on Sunday that Mr. Trump had sacrificed nothing.",
        "He said his favourite was the hit Disney film “Frozen” and left the stage.",
        "She told the hosts of MSNBC’s “Morning Joe” that the race was over.",
        "On this weekend’s broadcast of “Fox News Sunday,” Mike Pence said it was a joke.",
        "Johnson tells MSNBC’s “Morning Joe” on Friday that the race is close.",
        # a comma after the noun of the work: "his new book, ''Trump and Me,''"
        "He decided to make it the blurb of his new book, “Trump and Me,” out in July.",
        # a possessive of a name in -s with its apostrophe alone, a title opening on a digit
        "Obama said in an interview on CBS' “60 Minutes” that the server was secure.",
        # a book of a life: "his autobiography, ''A Time for Truth,''"
        "In his autobiography, “A Time for Truth,” published in 2015, Mr. Cruz described how"
        " he grew up.",
    ],
)
def test_titles_inside_a_statement_are_not_quotes(text: str) -> None:
    article = parse_text(f"Title.\n\n{text}")
    assert article.attributions  # the statement is read; its title is no quote
    assert article.quotes == []


def test_title_case_words_said_after_a_sentence_on_a_biography_are_a_quote() -> None:
    text = "Title.\n\nHe read the biography. “It Was All True,” he said."
    article = parse_text(text)
    assert [text[q.span.start : q.span.end] for q in article.quotes] == ["It Was All True,"]


def test_quoted_words_after_on_are_quotes_when_not_a_title() -> None:
    text = "Title.\n\nHe insisted on “a full and fair review of the facts,” he said."
    article = parse_text(text)
    assert [text[q.span.start : q.span.end] for q in article.quotes] == [
        "a full and fair review of the facts,"
    ]


@pytest.mark.timeout(60)
def test_megabyte_of_unmatched_marks() -> None:
    text = "Title.\n\n" + ("“ a " * 250_000)
    article = parse_text(text)
    record = article.to_dict()
    assert record["quotes"] == []
    assert len(record["warnings"]) <= 10


def test_a_run_of_marks_is_left_unpaired_and_prose_after_it_is_read() -> None:
    doc = build_document('"a," said ' * 300 + "\n\n“We will win,” he said.")
    paragraphs = [b.span for b in doc.blocks]
    found, problems = find_quotes(doc, paragraphs)
    assert [doc.text_of(q.span) for q in found] == ["We will win,"]
    assert problems == [
        "quotes: a run of over 500 quotation marks in the paragraph at offset 0, not paired"
    ]


def test_a_long_paragraph_of_real_quotations_is_paired() -> None:
    text = " ".join(f"“Line {i} is here,” he said." for i in range(400))
    found = quotes_of(text)
    assert len(found) == 400
    assert found[-1] == ("Line 399 is here,", "full")


def test_headline_quotes_in_single_marks_are_quotes_of_the_article() -> None:
    record = parse_text(
        "Marco Rubio: ‘You Don’t Win By How Many States You Win’\n\nThe race goes on.\n"
    ).to_dict()
    assert [(q["text"], q["speaker"]) for q in record["quotes"]] == [
        ("You Don’t Win By How Many States You Win", "Marco Rubio")
    ]


def test_body_single_marks_beside_double_ones_are_not_quotes() -> None:
    text = (
        "Headline here\n\nThe minister said: 'We will not give in.'\n\n"
        "“It is over,” the envoy said.\n"
    )
    record = parse_text(text).to_dict()
    assert [q["text"] for q in record["quotes"]] == ["It is over,"]


def test_a_body_without_double_marks_quotes_with_single_ones() -> None:
    """The style of some British papers: ‘We will win,’ he said."""
    text = (
        "Headline here\n\n‘We will not give in,’ the minister said. The rebels’ leaders "
        "don’t agree.\n\nShe added: ‘The talks are over.’ The plan isn ‘t new.\n"
    )
    record = parse_text(text).to_dict()
    assert [(q["text"], q["speaker_text"]) for q in record["quotes"]] == [
        ("We will not give in,", "the minister"),
        ("The talks are over.", "She"),
    ]
    assert record["warnings"] == []  # apostrophes and a stray mark warn of nothing


def test_single_marks_with_double_ones_nested_inside_quote() -> None:
    """The British style nests double marks inside single ones: the single-quoted speech
    is quoted, the nested words are no quote of their own; single-quoted names and scare
    quotes do not make the style."""
    text = (
        "Pensioner left on hospital floor\n\nMrs Whitley said: 'I couldn't believe what I "
        "was seeing.'\n\n'At one point she said \"am I in trouble?\" and I just had to hold "
        "her hand,' she said.\n"
    )
    record = parse_text(text).to_dict()
    assert [(q["text"], q["speaker"]) for q in record["quotes"]] == [
        ("I couldn't believe what I was seeing.", "Whitley"),
        ('At one point she said "am I in trouble?" and I just had to hold her hand,', "Whitley"),
    ]
    names = (
        "Oxygen bar opens\n\nThe bar is called ‘Oxy Pure’ and sits in a ‘poor’ area. “We "
        "sell clean air,” its owner said.\n"
    )
    assert [q["text"] for q in parse_text(names).to_dict()["quotes"]] == ["We sell clean air,"]


def test_a_work_named_after_its_author_is_no_quote() -> None:
    article = parse_text(
        "Title.\n\nAkhil Amar, author of “America's Unwritten Constitution,” said the court "
        "would act."
    )
    assert article.quotes == []
    assert all(
        "Constitution" not in article.doc.text_of(a.content_span) for a in article.attributions
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (  # a list of works after "including": no quote, the statement stays
            "According to the promoter, fans can expect hits including “Listen To The "
            "Music,” “China Grove” and “Black Water.”",
            [],
        ),
        ("He had roles in “Apollo 13” and “Austin Powers,” the studio said.", []),
        ("Her son, filmmaker Charlie McDowell (“The Discovery,” “Lost”), said it was hard.", []),
        (  # one title-case quotation is no list
            "The crowd chanted “Lock Her Up,” the organisers said.",
            ["Lock Her Up,"],
        ),
        (  # names someone gives, not a list of works after a lead
            "Trump called the winner “Miss Piggy” and “Miss Housekeeping,” she said.",
            ["Miss Piggy", "Miss Housekeeping,"],
        ),
    ],
)
def test_a_list_of_quoted_titles_is_no_quote(text: str, kept: list[str]) -> None:
    article = parse_text(f"Title.\n\n{text}")
    assert article.attributions  # the statement is read; its list of titles is no quote
    assert [q["text"] for q in article.to_dict()["quotes"]] == kept


def test_a_title_describing_the_speaker_is_no_quote() -> None:
    article = parse_text("Title.\n\n“It was great,” the “Pose” actor said.\n")
    assert [q["text"] for q in article.to_dict()["quotes"]] == ["It was great,"]
    assert article.to_dict()["quotes"][0]["speaker_text"] == "the “Pose” actor"


@pytest.mark.parametrize(
    ("text", "quotes", "attributions"),
    [
        (  # a show's name after a possessive, then the verb of the sentence
            "Kerry Washington, star of television’s “Scandal,” thanked Obama for his help.",
            [],
            [],
        ),
        (  # a song's name after "to": "seems" after it has no source, and the name is
            # no quotation of nobody's
            "The music, when you listen to “Glasgow,” seems as crazy as the story.",
            [],
            [(None, "seems")],
        ),
        (  # the words said come after the cue, not before it
            "After hitting “Takin’ It To the Streets,” the singer told the audience, "
            "“that’s really good.”",
            [("that’s really good.", "the singer")],
            [("the singer", "told")],
        ),
        (  # a show's name after "of" ends no quotation of the speaker's
            "“I wish him well,” Mr. Trump told the hosts of “Morning Joe,” adding that he "
            "liked Eric.",
            [("I wish him well,", "Mr. Trump")],
            [("Mr. Trump", "told"), ("Mr. Trump", "adding")],
        ),
        (  # a title that ends its clause with a comma: the cue after reports the clause
            # (inside a reported content a quoted title stays, as PolNeAR's gold counts it)
            "He had a role in “Austin Powers,” the studio said.",
            [("Austin Powers,", "the studio")],
            [("the studio", "said")],
        ),
        (  # a show's name opening the sentence before "star" describes the person
            "“Jane The Virgin” star Jaime Camil is not only a big star on the hit CW show, "
            "he is also an advocate.",
            [],
            None,  # (the noun "show" read as a cue is the attribution stage's matter)
        ),
        (  # ... but a quotation with its comma before "actor" and a name is said
            "“Amazing,” actor Jo Smith said.",
            [("Amazing,", "Jo Smith")],
            [("Jo Smith", "said")],
        ),
        (  # a title, its comma and its author after "by"
            "One of his recent reads, “This Kind of War,” by T.R. Fehrenbach, drove that "
            "point home, he said.",
            [],
            [("he", "said")],
        ),
        (  # a verb of speech before it makes it a quotation
            "Someone in the audience shouted “Cruz!” and left.",
            [("Cruz!", "Someone in the audience")],
            [("Someone in the audience", "shouted")],
        ),
    ],
)
def test_a_title_inside_a_phrase_is_no_quotation(
    text: str,
    quotes: list[tuple[str, str | None]],
    attributions: list[tuple[str | None, str]] | None,
) -> None:
    record = parse_text(f"Title.\n\n{text}\n").to_dict()
    assert [(q["text"], q["speaker_text"]) for q in record["quotes"]] == quotes
    if attributions is not None:
        found = [(a["source_text"], a["cue"]) for a in record["attributions"]]
        assert found == attributions


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (  # a nickname inside a name is no quotation, and the source holds it
            '"This is a big year!" Scott\'s niece, Del. Marcia "Cia" Price (D-Newport News), '
            "shouted to the crowd.",
            [("This is a big year!", 'Scott\'s niece, Del. Marcia "Cia" Price (D-Newport News)')],
        ),
        (
            "Marine John “Tig” Tiegen found both issues serious, he said.",
            [],
        ),
        (  # a title-case line goes on after the capitalised word: a quotation
            "Chris Christie Calls Hillary Clinton “A Disgrace” Over Police Shooting, he said.",
            [("A Disgrace", "he")],
        ),
    ],
)
def test_a_nickname_is_no_quotation(text: str, quotes: list[tuple[str, str | None]]) -> None:
    record = parse_text(f"Title.\n\n{text}\n").to_dict()
    assert [(q["text"], q["speaker_text"]) for q in record["quotes"]] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (  # a phrase in lower case inside the clause before the colon: its subject says it
            "Ms. Warren visited the headquarters to encourage young staffers with a simple "
            "message: “Don't screw this up!”",
            [("Don't screw this up!", "Ms. Warren")],
        ),
        (
            "Trump listed an NBC show as his guilty pleasure: “Saturday Night Live.”",
            [("Saturday Night Live.", "Trump")],
        ),
        (  # a name right before the colon says it
            "More from Jones: “The partisanship of the state is a starting point.”",
            [("The partisanship of the state is a starting point.", "More from Jones")],
        ),
    ],
)
def test_the_subject_before_a_colon_says_the_quotation(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    record = parse_text(f"Title.\n\n{text}\n").to_dict()
    assert [(q["text"], q["speaker_text"]) for q in record["quotes"]] == quotes
