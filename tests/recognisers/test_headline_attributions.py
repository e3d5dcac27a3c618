"""Attributions read in a headline, called on the headline's span alone."""

from __future__ import annotations

import pytest

from newsparse.document import Span
from newsparse.layout import build_document
from newsparse.recognisers.headline_attributions import find_headline_attributions


def _headline_attributions(headline: str) -> list[tuple[str | None, str, str]]:
    text = f"{headline}\n\nThe body of the story goes on here with more words.\n"
    doc = build_document(text)
    found = find_headline_attributions(doc, Span(0, len(headline)))
    return [
        (
            None if a.source_span is None else doc.text_of(a.source_span),
            doc.text_of(a.cue_span),
            doc.text_of(a.content_span),
        )
        for a in found
    ]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Pence Blames Media For The Flap", [("Pence", "Blames", "Media For The Flap")]),
        (
            "Her fate hinges on Obama, analyst says",
            [("analyst", "says", "Her fate hinges on Obama")],
        ),
        # a quotation mark closed after the comma ends the content, not the source
        (
            "Cruz Is A ‘Natural Born Citizen,’ Board Of Election Finds",
            [("Board Of Election", "Finds", "Cruz Is A ‘Natural Born Citizen,’")],
        ),
        (
            "Clinton camp: Trump's rhetoric threatens security",
            [("Clinton camp", ":", "Trump's rhetoric threatens security")],
        ),
        # a label before the colon names no speaker
        ("The Latest: Storm nears the coast", []),
        # an article opening a colon's tail with no verb after it names a topic
        ("Clinton: The Road Ahead", []),
        ("Netanyahu and Obama: A tortured relationship", []),
        # a question with no verb after the colon asks of a topic; quoted, it is said
        ("Ted Cruz: Constitutional conservative or career politician?", []),
        ("Reid: 'Is that all there is?'", [("Reid", ":", "'Is that all there is?'")]),
        # a form that reports only after a subject finds it in the capitalised name
        (
            "Chuck Grassley Compares Trump’s Racism To Sotomayor",
            [("Chuck Grassley", "Compares", "Trump’s Racism To Sotomayor")],
        ),
        (
            "Some Republicans promote Sanders' candidacy",
            [("Some Republicans", "promote", "Sanders' candidacy")],
        ),
        # figures side by side, and a wire title in capitals, tell no names
        ("Poll Compared With Results", []),
        ("AMEX LISTS LANDMARK TECHNOLOGY <LCO>", []),
        # a phrase set off by commas between the subject and its verb
        ("Biden, stumping for Clinton, trashes Trump", [("Biden", "trashes", "Trump")]),
        ("Jeb Bush, helped by George, goes after Trump", [("Jeb Bush", "goes after", "Trump")]),
        # a set-off phrase a participle does not open names no subject before it
        ("Obama, in shift, says he backs plan", []),
        # a clause of its own ends a title-case content: a sentence, "And" or "But" and a verb
        (
            "Republicans Finally Confirmed A Judge. Is This Obama’s Last One?",
            [("Republicans", "Finally Confirmed", "A Judge")],
        ),
        (
            "‘Time’ Just Announced Its ‘Person Of The Year’ And One Thing Was Obvious",
            [("‘Time’", "Just Announced", "Its ‘Person Of The Year’")],
        ),
        # nouns joined, subjects joined and "As" go on in the content
        (
            "Ben Carson Slams Hillary And The Media Over Debate Answer",
            [("Ben Carson", "Slams", "Hillary And The Media Over Debate Answer")],
        ),
        (
            "Pence Announces Plans He And Trump Have Made",
            [("Pence", "Announces", "Plans He And Trump Have Made")],
        ),
        (
            "Obama Seeks More Muslim Refugees As He Recognizes Major Islamic Holiday",
            [("Obama", "Seeks", "More Muslim Refugees As He Recognizes Major Islamic Holiday")],
        ),
        # a speaker, then the topic or the people spoken to, before the colon
        (
            "Browns player on Mason Rudolph's role in the fight: He asked for it",
            [("Browns player", ":", "He asked for it")],
        ),
        (
            "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade",
            [("Clinton", ":", "Trump will reverse Roe v. Wade")],
        ),
        # a lead that is a clause of its own, then a clause with its own source
        (
            "FIX IS IN: PBS Moderators Ignore Clinton Scandals",
            [("PBS Moderators", "Ignore", "Clinton Scandals")],
        ),
        ("Ah, friends once more: Ted Cruz endorses Trump", [("Ted Cruz", "endorses", "Trump")]),
        ("Bill is back: Clinton hits the trail", []),
        # a second verb after a comma that closes a quotation, not after one inside it
        (
            "Sanders declares ‘revolution,’ ignores losses",
            [("Sanders", "declares", "‘revolution,’"), ("Sanders", "ignores", "losses")],
        ),
        ("Trump says ‘we lost, blames media’", [("Trump", "says", "‘we lost, blames media’")]),
        # a lead an article opens is a title, no speaker
        ("The Guardian view on Hong Kong: a city on the brink", []),
        # an occasion or a platform with no article ends a statement's content
        (
            "Putin praises Trump at news conference",
            [("Putin", "praises", "Trump")],
        ),
        (
            "Ben Carson Slams Hillary And The Media In One Debate Answer",
            [("Ben Carson", "Slams", "Hillary And The Media")],
        ),
        ("Saudi prince mocks Trump on Twitter", [("Saudi prince", "mocks", "Trump")]),
        # not after quoted words, nor what one expects or sees
        (
            "Trump calls Obamacare ‘crazy system’ during campaign stop",
            [("Trump", "calls", "Obamacare ‘crazy system’ during campaign stop")],
        ),
        (
            "CARDENAS SEES NO MAJOR DECISIONS AT ICO MEETING",
            [("CARDENAS", "SEES", "NO MAJOR DECISIONS AT ICO MEETING")],
        ),
        # a verb a headline reports a stance with, read in headlines only
        (
            "Ivanka Trump champions (some) working moms",
            [("Ivanka Trump", "champions", "(some) working moms")],
        ),
        (
            "Terrorists mock bids to block them online",
            [("Terrorists", "mock", "bids to block them online")],
        ),
        (
            "Le Pen Backs Trump And Denounces Clinton",
            [("Le Pen", "Backs", "Trump"), ("Le Pen", "Denounces", "Clinton")],
        ),
        # such a form after a determiner or before an auxiliary is a noun
        ("Republicans turning their backs on tolerance", []),
        ("Beijing tariff demands may expand US-China trade deal", []),
        # a tail with a finite verb or an auxiliary states
        ("Musk: The future looks bright", [("Musk", ":", "The future looks bright")]),
        ("Clinton: The GOP's plan won't work", [("Clinton", ":", "The GOP's plan won't work")]),
        # the preposition that opens the content after a verb's cue goes with the cue
        (
            "Trump calls for bringing back surveillance of Muslim communities",
            [("Trump", "calls for", "bringing back surveillance of Muslim communities")],
        ),
        ("Trump Calls On Obama To Resign", [("Trump", "Calls On", "Obama To Resign")]),
        (
            "Asia Worries About South China Sea Row",
            [("Asia", "Worries About", "South China Sea Row")],
        ),
        # not after "say", a colon, nor before a figure
        ("Obama says about 200 were killed", [("Obama", "says", "about 200 were killed")]),
        ("Clinton: On trade, Trump is wrong", [("Clinton", ":", "On trade, Trump is wrong")]),
        ("Fed calls for 2 percent inflation", [("Fed", "calls", "for 2 percent inflation")]),
        # a cue in a relative clause on the subject: its content ends at the main verb,
        # which states on its own when it is a cue
        (
            "Hacker who revealed private Clinton email address admits to other intrusions",
            [
                ("Hacker who", "revealed", "private Clinton email address"),
                ("Hacker", "admits", "to other intrusions"),
            ],
        ),
        (
            "Trump tweet that blasts Clinton includes Star of David shape",
            [("Trump tweet that", "blasts", "Clinton")],
        ),
        (
            "Hollywood Actor Who Endorsed Ted Cruz Just Called Hillary A Name",
            [
                ("Hollywood Actor Who", "Endorsed", "Ted Cruz"),
                ("Hollywood Actor", "Just Called", "Hillary A Name"),
            ],
        ),
        # no main verb after the clause, nor a pronoun that closes no subject
        ("Voters who back Sanders in Michigan", [("Voters who", "back", "Sanders in Michigan")]),
        ("Obama says that Congress must act", [("Obama", "says", "that Congress must act")]),
    ],
)
def test_headline_frames(headline: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert _headline_attributions(headline) == expected
