"""Attributions outside the core frames: new cue verbs, gated belief cues, poll findings."""

from __future__ import annotations

import pytest

from newsparse.article import Attribution
from newsparse.document import Document
from newsparse.layout import build_document
from newsparse.recognisers.added_frames import add_frames
from newsparse.recognisers.asked_cues import find_asked_attributions
from newsparse.recognisers.attributions import find_attributions
from newsparse.recognisers.belief_cues import (
    BELIEF_CUE,
    BELIEF_OPENINGS,
    find_belief_attributions,
)
from newsparse.recognisers.poll_cues import find_poll_attributions
from newsparse.recognisers.quotes import find_quotes
from tests.conftest import parse_text
from tests.recognisers.test_attributions import attributions_of


def _triples(doc: Document, found: list[Attribution]) -> list[tuple[str | None, str, str]]:
    """The source (None when there is none), cue and content of each of ``found``."""
    return [
        (
            None if a.source_span is None else doc.text_of(a.source_span),
            doc.text_of(a.cue_span),
            doc.text_of(a.content_span),
        )
        for a in found
    ]


def _texts(text: str, finder: str) -> list[tuple[str | None, str, str]]:
    doc = build_document(text)
    starts = [s.start for s in doc.sentences]
    out = []
    for block in doc.blocks:
        found = (
            find_belief_attributions(doc, block.span, starts)
            if finder == "belief"
            else find_poll_attributions(doc, block.span, starts)
        )
        out += _triples(doc, found)
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some veteran strategists think it will not matter in November.",
            [("Some veteran strategists", "think", "it will not matter in November")],
        ),
        (  # a capitalised word inside a quantified group
            "Privately, some Democratic officials think Wasserman Schultz is at risk.",
            [("some Democratic officials", "think", "Wasserman Schultz is at risk")],
        ),
        (  # people of someone: a possessive, or a name before a plural noun
            "Her advisers think she has the discipline to stay calm.",
            [("Her advisers", "think", "she has the discipline to stay calm")],
        ),
        (
            "Clinton strategists think women are likely to be the key.",
            [("Clinton strategists", "think", "women are likely to be the key")],
        ),
        (  # a plural noun of people alone, or after "the"
            "In the end, strategists think that two candidates will move on.",
            [("strategists", "think", "that two candidates will move on")],
        ),
        (
            "The voters know there was an issue with their candidate.",
            [("The voters", "know", "there was an issue with their candidate")],
        ),
        (  # up to six words of the clause's subject before its verb
            "Republicans think the Fed's zero-interest rates and bond-buying have helped.",
            [
                (
                    "Republicans",
                    "think",
                    "the Fed's zero-interest rates and bond-buying have helped",
                )
            ],
        ),
        (  # a clause opening on a personal pronoun and a verb
            "They avoid bets on fund managers who think they know better.",
            [("who", "think", "they know better")],
        ),
        (
            "Her aides knew she wanted the job.",
            [("Her aides", "knew", "she wanted the job")],
        ),
        (
            "I think both Hillary and Bernie are basically on the same page.",
            [("I", "think", "both Hillary and Bernie are basically on the same page")],
        ),
        (
            "He knew that the deal was dead before the vote.",
            [("He", "knew", "that the deal was dead before the vote")],
        ),
        (  # "so" stands for the view asked about, and ends at its mark
            "Harsh? He doesn't think so.",
            [("He", "think", "so")],
        ),
        ("I think so, but it is hard.", [("I", "think", "so")]),
        ("He thought so much of her that he called.", []),  # "so much": no view
        (
            "They don't think she can win the primary.",
            [("They", "think", "she can win the primary")],
        ),
        (
            "We see that the economy is growing again.",
            [("We", "see", "that the economy is growing again")],
        ),
        (  # the relative pronoun of a noun of people
            "It drew the ire of lawmakers who thought she was too involved.",
            [("who", "thought", "she was too involved")],
        ),
        (  # a pronoun and its contracted auxiliary open the clause
            "Reporters know they're being spun by the campaign.",
            [("Reporters", "know", "they're being spun by the campaign")],
        ),
        (
            "I know he’ll continue to do the right thing.",
            [("I", "know", "he’ll continue to do the right thing")],
        ),
        (  # any other source phrase right before the cue
            "Clinton's campaign knew it was possible that she could lose Michigan.",
            [("Clinton's campaign", "knew", "it was possible that she could lose Michigan")],
        ),
        (
            "But few on either side of the debate think the tax will ever go into effect.",
            [
                (
                    "few on either side of the debate",
                    "think",
                    "the tax will ever go into effect",
                )
            ],
        ),
        (
            "Crane, Kibbe and other libertarians knew some of this was coming.",
            [("Kibbe and other libertarians", "knew", "some of this was coming")],
        ),
        (  # "feel" with a clause of its own, not only "that"
            "In the campaign, many of her aides feel they have enough on their plates.",
            [("many of her aides", "feel", "they have enough on their plates")],
        ),
        (
            "But two out of three Americans still feel the country is on the wrong path.",
            [("Americans", "feel", "the country is on the wrong path")],
        ),
    ],
)
def test_belief_cue_with_a_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _texts(text, "belief") == expected


@pytest.mark.parametrize(
    "form",
    ["think", "thought", "believed", "feel", "feels", "know", "knew", "see", "sees", "saw",
     "suspect", "suspects", "suspected"],
)  # fmt: skip
def test_every_belief_cue_opens_with_a_word_looked_for_first(form: str) -> None:
    assert BELIEF_CUE.fullmatch(form)
    assert form.startswith(BELIEF_OPENINGS)


@pytest.mark.parametrize(
    "text",
    [
        "We see him every week at the church on Main Street.",  # "see" without "that"
        "The plan costs more than I thought it would in the end.",  # "than I thought"
        "They know the governor and his staff very well indeed.",  # no clause of its own
        "This think tank has published a report on the budget.",  # no person as subject
        "Who thinks he will win the state this time around?",  # a question's "Who"
        # a dash ends the words before the clause's verb: the verb is another clause's
        "The aide, who says he knew nothing -- has revised his position since then.",
        # a modal between another subject and its cue, or "to" before the subject
        "If the agency has questions, voters should know what those questions are now.",
        "But now she wants her rival's campaign to know that she is with them.",
        "Ali did not feel well and was unable to attend the service.",  # how one feels
    ],
)
def test_belief_cue_without_a_statement(text: str) -> None:
    assert _texts(text, "belief") == []


def test_poll_opening_a_sentence() -> None:
    text = "In a Washington Post-ABC News poll released Sunday, Bush took just 6 percent."
    assert _texts(text, "poll") == [
        ("a Washington Post-ABC News poll released Sunday", "In", "Bush took just 6 percent")
    ]


def test_poll_closing_a_sentence() -> None:
    text = "Trump leads by 24 points in a CNN/ORC poll released Sunday."
    assert _texts(text, "poll") == [
        ("a CNN/ORC poll released Sunday", "in", "Trump leads by 24 points")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a poll's name printed with a capital
            "In an ABC News/Washington Post Poll released Sunday, three of four Americans"
            " disapproved.",
            [
                (
                    "an ABC News/Washington Post Poll released Sunday",
                    "In",
                    "three of four Americans disapproved",
                )
            ],
        ),
        (  # when it was taken, set off after it, is neither source nor content
            "In the new Morning Consult poll, conducted March 11-13, 40 percent back Sanders.",
            [("the new Morning Consult poll", "In", "40 percent back Sanders")],
        ),
        (
            "Kasich was at 25 percent support in a Fox News Poll released Thursday.",
            [("a Fox News Poll released Thursday", "in", "Kasich was at 25 percent support")],
        ),
        ("In a Pollyanna mood, the senator praised the deal and left the room.", []),
        (  # a named poll set off by a comma inside its sentence
            "He fell to 10 percent in the latest CNN/ORC poll released Wednesday, a collapse"
            " driven by a series of stumbles.",
            [("the latest CNN/ORC poll released Wednesday", "in", "He fell to 10 percent")],
        ),
        (
            "Kasich was at 25 percent support in the most recent Fox poll, up eight points.",
            [("the most recent Fox poll", "in", "Kasich was at 25 percent support")],
        ),
        (  # a date with an abbreviated month after a closing poll
            "Clinton led Sanders more than 2-1 in an NBC News/Marist poll Jan. 17-23.",
            [("an NBC News/Marist poll Jan. 17-23", "in", "Clinton led Sanders more than 2-1")],
        ),
        # a poll of no name, or polls that close or stand against someone: no poll set off
        ("Christie and Bush tied for fifth at 5% in the poll, while Paul was sixth.", []),
        (
            "Armed with $7 million raised in the euphoria after the New Hampshire polls closed, he"
            " is poised to argue his case.",
            [],
        ),
        ("Sanders is only trailing by two points in the polls against Clinton, and he gains.", []),
    ],
)
def test_poll_printed_as_its_name(text: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert _texts(text, "poll") == expected


def test_the_polls_in_general_are_no_source() -> None:
    assert _texts("Mrs. Clinton enjoys a strong lead in the polls.", "poll") == []


@pytest.mark.parametrize(
    "text",
    [
        "Cruz opened ten offices in Florida to take advantage of Rubio's falling poll numbers.",
        "The last contest comes June 14, when voters in the District of Columbia head to the polls.",
        "Clinton is likely to clinch it, factoring in the preferences of superdelegates"
        " — even before polls close in California.",
    ],
)
def test_a_clause_before_a_closing_poll_names_no_poll(text: str) -> None:
    assert _texts(text, "poll") == []


def test_a_closing_poll_with_a_long_name_is_still_read() -> None:
    text = "Trump leads Cruz by 9 points in the RealClearPolitics average of recent Hoosier polls."
    assert _texts(text, "poll") == [
        (
            "the RealClearPolitics average of recent Hoosier polls",
            "in",
            "Trump leads Cruz by 9 points",
        )
    ]


def test_in_without_a_poll_is_no_cue() -> None:
    assert _texts("In a speech on Monday, Bush took questions from the crowd.", "poll") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sanders blasted the trade deal as a giveaway to corporations.",
            [("Sanders", "blasted", "the trade deal as a giveaway to corporations", False)],
        ),
        (
            "The senator slammed the decision to delay the vote again.",
            [("The senator", "slammed", "the decision to delay the vote again", False)],
        ),
        (
            "Clinton pointed to her record on health care during the debate.",
            [("Clinton", "pointed to", "her record on health care during the debate", False)],
        ),
        (
            "Clinton swipes at Trump over Brexit.",
            [("Clinton", "swipes at", "Trump over Brexit", False)],
        ),
        (
            "Vice President Joe Biden was trashing Donald Trump as unqualified.",
            [("Vice President Joe Biden", "trashing", "Donald Trump as unqualified", False)],
        ),
        (
            "Clinton bashed Trump's proposal to ban Muslims.",
            [("Clinton", "bashed", "Trump's proposal to ban Muslims", False)],
        ),
        (
            "Obama castigated Donald Trump for exploiting the fears of workers.",
            [("Obama", "castigated", "Donald Trump for exploiting the fears of workers", False)],
        ),
        (
            "Trump disparaged immigrants on Monday.",
            [("Trump", "disparaged", "immigrants", False)],
        ),
        (
            "Trump savaged Rubio during the debate.",
            [("Trump", "savaged", "Rubio", False)],
        ),
        (
            "Clinton touched on the idea of a female running mate.",
            [("Clinton", "touched on", "the idea of a female running mate", False)],
        ),
        (
            "Sanders is trumpeting an anti-establishment message.",
            [("Sanders", "trumpeting", "an anti-establishment message", False)],
        ),
        (
            "Reid is positing that Trump could bring voters back to the party.",
            [("Reid", "positing", "that Trump could bring voters back to the party", False)],
        ),
        (
            "The donors signed a letter, making it clear that they will not vote for Trump.",
            [("The donors", "making it clear", "that they will not vote for Trump", False)],
        ),
        (
            "Rubio disavows the ideology that primary voters find toxic.",
            [("Rubio", "disavows", "the ideology that primary voters find toxic", False)],
        ),
        (
            "She commended him for the Dodd-Frank bill.",
            [("She", "commended", "him for the Dodd-Frank bill", False)],
        ),
        (
            "Workers objected to the company's attempts to relocate them.",
            [("Workers", "objected to", "the company's attempts to relocate them", False)],
        ),
        (
            "The Washington Post even queried whether it was better than Air Force One.",
            [("The Washington Post", "queried", "whether it was better than Air Force One", False)],
        ),
        # the noun "fumes" is no cue
        ("The fumes suffocated miners underground.", []),
        # the noun "bashing", an adjective "panned" and requests "rebuffed" report nothing,
        # nor a passive "savaged" without its agent
        ("The billionaire bashing could reach new heights.", []),
        ("Regan was savaged for allegedly failing to avoid chaos.", []),
        ("Monday night's panned debate performance failed.", []),
        ("Kendall rebuffed several requests for interviews.", []),
    ],
)
def test_verbs_of_criticism_and_reference(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


def test_added_frames_leave_lexicon_frames_alone() -> None:
    doc = build_document("Aides said they think the plan will fail. Some voters think it will not.")
    paragraphs = [b.span for b in doc.blocks]
    quotes, _ = find_quotes(doc, paragraphs)
    found = add_frames(doc, paragraphs, find_attributions(doc, paragraphs, quotes))
    assert [(doc.text_of(a.cue_span), doc.text_of(a.content_span)) for a in found] == [
        ("said", "they think the plan will fail"),
        ("think", "it will not"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a lexicon frame took the believer and the cue for its source
            "Trump thought voters would repudiate impeachment and vindicate him.",
            [("Trump", "thought", "voters would repudiate impeachment and vindicate him")],
        ),
        (  # near miss: the belief inside a statement's content leaves it alone
            "He said voters think the party will reject the plan.",
            [("He", "said", "voters think the party will reject the plan")],
        ),
        (  # near miss: a belief told in a relative clause inside the source
            "Amsterdam, which feels a floor with fees is vital for investors, said it "
            "needs to overhaul the floor.",
            [
                (
                    "Amsterdam, which feels a floor with fees is vital for investors",
                    "said",
                    "it needs to overhaul the floor",
                )
            ],
        ),
    ],
)
def test_a_belief_in_the_source_of_a_frame_takes_its_place(
    text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    doc = build_document(text)
    paragraphs = [b.span for b in doc.blocks]
    quotes, _ = find_quotes(doc, paragraphs)
    found = add_frames(doc, paragraphs, find_attributions(doc, paragraphs, quotes))
    assert _triples(doc, found) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asked if there had been any fraud in the primaries, he said no.",
            [(None, "Asked", "if there had been any fraud in the primaries")],
        ),
        (
            "When asked about the Twitter kerfuffle, Trump laughed.",
            [(None, "asked", "about the Twitter kerfuffle")],
        ),
        (
            "Asked at a briefing Monday in Washington about her future role, he smiled.",
            [(None, "Asked", "about her future role")],
        ),
        (  # quoted words inside the question; the one who asked it is printed
            "Asked by a reporter if Clinton “gets” race, Sharpton changed the subject.",
            [("a reporter", "Asked", "if Clinton “gets” race")],
        ),
        (  # a quotation closed after the question's comma
            "Asked if Sanders is “realistic enough to serve,” 72 percent of Democrats said yes.",
            [(None, "Asked", "if Sanders is “realistic enough to serve,”")],
        ),
        (  # a question that closes the sentence
            "“Absolutely,” he said when asked about the contested convention.",
            [(None, "asked", "about the contested convention")],
        ),
        (
            "When asked whom she supported, Ms. Sherry smiled.",
            [(None, "asked", "whom she supported")],
        ),
        (  # the dots of an abbreviation inside the question
            "When asked whether D.C. should have a vote in the House, he said no.",
            [(None, "asked", "whether D.C. should have a vote in the House")],
        ),
        (  # a title's period inside the question
            "Asked on Monday whether Mr. Clinton would hold a cabinet post, she shook her head.",
            [(None, "Asked", "whether Mr. Clinton would hold a cabinet post")],
        ),
        (  # a question over a line break, "U.S." before a capital
            "Asked by reporters if he would close the U.S. Bases\nin Greece, he said yes.",
            [("reporters", "Asked", "if he would close the U.S. Bases\nin Greece")],
        ),
        (  # a question that closes its sentence ends at the full stop
            "He smiled when asked about the DNC. Then he left.",
            [(None, "asked", "about the DNC")],
        ),
        ("Smith asked whether the plan would pass, and left.", []),  # a source asks
        ("Asked for comment, he declined.", []),  # no question word
        (  # a request put the same way, right after "asked"
            "When asked to confirm her role in the talks, a source said no.",
            [(None, "asked", "to confirm her role in the talks")],
        ),
        (
            "When asked for his position during an interview, Trump said it was complex.",
            [(None, "asked", "for his position during an interview")],
        ),
        ("When asked for comment, Trump smiled.", []),  # one word asked for
    ],
)
def test_question_put_to_a_source(text: str, expected: list[tuple[str | None, str, str]]) -> None:
    doc = build_document(text)
    found = [a for b in doc.blocks for a in find_asked_attributions(doc, b.span)]
    assert _triples(doc, found) == expected


def test_a_question_holds_the_attributions_inside_it() -> None:
    """The outermost attribution is kept: the question, not the verb inside it."""
    record = parse_text(
        "Title\n\nAsked if she believed Putin wanted Trump to win, Clinton said she would "
        "not speculate.\n"
    ).to_dict()
    assert [(a["source_text"], a["cue"], a["content"]) for a in record["attributions"]] == [
        (None, "Asked", "if she believed Putin wanted Trump to win"),
        ("Clinton", "said", "she would not speculate"),
    ]
