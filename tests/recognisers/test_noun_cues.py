"""Nominal cues: "his claim that ...", "Cruz’s refusal [to ...]", "their attacks on ..."."""

from __future__ import annotations

import pytest

from newsparse.recognisers.advocate_cues import find_advocate_attributions
from newsparse.recognisers.noun_cues import find_noun_attributions
from newsparse.recognisers.received_cues import find_received_attributions
from tests.recognisers.finder import found_triples


def _found(text: str) -> list[tuple[str | None, str, str]]:
    return found_triples(text, find_noun_attributions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was his claim that the vote was rigged, aides said.",
            [("his", "claim", "that the vote was rigged")],
        ),
        (
            "Cruz’s refusal to disavow the endorsement angered many.",
            [("Cruz’s", "refusal", "to disavow the endorsement angered many")],
        ),
        (
            "Sanders's attacks on Clinton have alarmed her supporters.",
            [("Sanders's", "attacks on", "Clinton")],
        ),
        (  # a verb that carries on its subject's stance: the subject owns the noun
            "He has stepped up his attacks on Clinton's positions.",
            [("He", "attacks on", "Clinton's positions")],
        ),
        (
            "Later in the day, she escalated her attacks on Sanders' record on guns.",
            [("she", "attacks on", "Sanders' record")],
        ),
        (
            "On June 3, Trump continued his attacks against Curiel.",
            [("Trump", "attacks against", "Curiel")],
        ),
        (
            "Woods shared her belief that none of it was beyond the pale.",
            [("Woods", "belief", "that none of it was beyond the pale")],
        ),
        (  # ... any other verb keeps the possessive
            "The images did not prompt him to abandon his reluctance to send troops.",
            [("his", "reluctance", "to send troops")],
        ),
        (  # a noun phrase that opens its sentence: the sentence's verb ends the
            # infinitive's phrase
            "His refusal to tackle the housing problem made the Great Recession longer.",
            [("His", "refusal", "to tackle the housing problem")],
        ),
        (
            "Clinton's proposal to make firms stay or pay is good policy.",
            [("Clinton's", "proposal", "to make firms stay or pay")],
        ),
        (
            "The DNC's decision to bury the debates on weekends helped Republicans.",
            [("DNC's", "decision", "to bury the debates on weekends")],
        ),
        (  # ... an adjective or a participle in -ed is no verb of the sentence
            "His call to deport more than 11 million undocumented people drew fire.",
            [("His", "call", "to deport more than 11 million undocumented people drew fire")],
        ),
        (  # ... the verb of a clause inside the phrase is none of the sentence's
            "His refusal to say what it is doing alarmed his aides.",
            [("His", "refusal", "to say what it is doing")],
        ),
        (  # ... nor is a verb inside an object's phrase
            "He praised Obama's decision to restore relations that had been cut.",
            [("Obama's", "decision", "to restore relations that had been cut")],
        ),
        (  # a period inside a name or a number ends nothing
            "Obama's decision to restore U.S. relations with Cuba drew praise.",
            [("Obama's", "decision", "to restore U.S. relations with Cuba drew praise")],
        ),
        (  # the infinitive of a noun of data/infinitive_nouns.txt opens with its "to"
            "Her pledge to cut taxes won votes.",
            [("Her", "pledge", "to cut taxes won votes")],
        ),
        (  # a noun phrase after "to" goes with another noun
            "Her opposition to abortion rights is firm.",
            [("Her", "opposition to", "abortion rights")],
        ),
        (
            "Murphy's opposition to the $1.1 billion Zika bill is firm.",
            [("Murphy's", "opposition to", "the $1.1 billion Zika bill")],
        ),
        (  # "of" goes on inside the noun phrase
            "He struck a chord with his attacks on the role of money in politics.",
            [("his", "attacks on", "the role of money")],
        ),
        (  # ... and so do "to" and a relative clause, not "in"
            "Sanders's attacks on her willingness to accept Wall Street donations have hurt.",
            [("Sanders's", "attacks on", "her willingness to accept Wall Street donations")],
        ),
        (
            "His promises of financial assistance to poor nations were welcomed.",
            [("His", "promises of", "financial assistance to poor nations")],
        ),
        (
            "Sanders's critique of an economic system that favors the rich is popular.",
            [("Sanders's", "critique of", "an economic system that favors the rich")],
        ),
        (
            "Her attack on Sanders in last Sunday's debate was a stretch.",
            [("Her", "attack on", "Sanders")],
        ),
        (  # quoted words are the content's
            "Trump’s accusation that Clinton is playing the “woman’s card” angered her.",
            [("Trump’s", "accusation", "that Clinton is playing the “woman’s card” angered her")],
        ),
        (
            "Trump's accusation that Clinton is playing the \"woman's card\" angered her.",
            [("Trump's", "accusation", 'that Clinton is playing the "woman\'s card" angered her')],
        ),
        (  # ... but the mark that closes a quotation the noun stands in ends the content
            "He said: “There is a perception that a trade war is possible.” Others agreed.",
            [(None, "perception", "that a trade war is possible")],
        ),
        (
            'He said: "There is a perception that a trade war is possible." Others agreed.',
            [(None, "perception", "that a trade war is possible")],
        ),
        (
            "Bush's proposal for a radical overhaul of the student loan program was praised.",
            [("Bush's", "proposal for", "a radical overhaul of the student loan program")],
        ),
        (  # a noun of a stated clause needs no owner
            "Despite complaints that he is a quixotic crusader, Sanders pressed on.",
            [(None, "complaints", "that he is a quixotic crusader")],
        ),
        (
            "It drove speculation that she is in line for a top job.",
            [(None, "speculation", "that she is in line for a top job")],
        ),
        (  # "There's" is no owner
            "There's rumors that they've taken a position in the company.",
            [(None, "rumors", "that they've taken a position in the company")],
        ),
        # a relative "that" is followed by its verb; without "that" nothing is stated
        ("The complaints that were filed last year went nowhere.", []),
        ("Their concerns about the plan were heard.", []),
        ("His view was shared by few.", []),
        ("The attacks on Paris killed 130 people.", []),
        # a noun that opens the text (no character before it), or after a mark that does
        (
            "speculation that she is in line for a top job grew.",
            [(None, "speculation", "that she is in line for a top job grew")],
        ),
        (
            "“speculation that she is in line for a top job grew.",
            [(None, "speculation", "that she is in line for a top job grew")],
        ),
    ],
)
def test_noun_cues(text: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert _found(text) == expected


def _received(text: str) -> list[tuple[str | None, str, str]]:
    return found_triples(text, find_received_attributions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The proposal has drawn harsh criticism from fellow GOP presidential hopefuls.",
            [("fellow GOP presidential hopefuls", "has drawn harsh criticism", "The proposal")],
        ),
        (
            "But Rubio has won overwhelming support from members of Congress.",
            [("members of Congress", "has won overwhelming support", "Rubio")],
        ),
        (  # "of" names the source after "the"
            "Last month, Mr. Cruz won the endorsement of Bob Vander Plaats.",
            [("Bob Vander Plaats", "won the endorsement", "Mr. Cruz")],
        ),
        (
            "Cruz also picked up an endorsement from Rick Perry.",
            [("Rick Perry", "picked up an endorsement", "Cruz")],
        ),
        (  # the source ends before a phrase of its own
            "The practice has drawn criticism from some sectors in that it invites abuse.",
            [("some sectors", "has drawn criticism", "The practice")],
        ),
        (  # the subject goes on back over "as", "with", "on" ... to its head
            "Merkel’s selection as Time’s person of the year has drawn criticism from "
            "German conservatives.",
            [
                (
                    "German conservatives",
                    "has drawn criticism",
                    "Merkel’s selection as Time’s person of the year",
                )
            ],
        ),
        (
            "Mrs. Clinton enjoyed tremendous support from African-American voters.",
            [("African-American voters", "enjoyed tremendous support", "Mrs. Clinton")],
        ),
        # "criticism of" names what is criticised; hoped-for, denied or polled support
        # is received from no one
        ("He dealt with criticism of his plan.", []),
        ("Sanders may face opposition from the left.", []),
        ("Trump may struggle to win support from Indiana delegates.", []),
        ("He has not earned any backing from his colleagues.", []),
        ("Mrs. Clinton has support from 52 percent of Democratic voters.", []),
        ("Trump has picked up on the criticism of Carson.", []),
        # support held among a group: the possessive as content, the group as source
        (
            "It was a signal of her broad support among the party's power brokers.",
            [("the party's power brokers", "broad support", "her")],
        ),
        (
            "His 34% support among women in an ABC News poll was a record.",
            [("women", "34% support", "His")],
        ),
        (  # the group ends before the sentence's verb
            "Her support among millennials still lags below what she wants.",
            [("millennials", "support", "Her")],
        ),
        # ... not a share that a poll puts it at, nor support from a group
        ("A poll put his overall support among likely voters at 5 percent.", []),
        ("Her support from young voters was thin.", []),
        # faced: what is criticised or questioned is the content, the critics after
        # "from" the source
        (
            "Entering the debate, Cruz faced criticism for unreported loans to his campaign.",
            [(None, "faced criticism", "unreported loans to his campaign")],
        ),
        (
            "Nabisco cut jobs, despite facing criticism for the move from Hillary Clinton.",
            [("Hillary Clinton", "facing criticism", "the move")],
        ),
        (
            "He has fielded sharp criticism on France’s national security, aides said.",
            [(None, "fielded sharp criticism", "France’s national security")],
        ),
        (
            "Clinton faced questions about what had gone wrong with her campaign.",
            [(None, "faced questions", "what had gone wrong with her campaign")],
        ),
        ("Carson will face more questions about his life story.", []),
        ("They may have faced criticism for the plan.", []),
        # support given: the subject is the source, the one supported the content
        (
            "Carly Fiorina threw her support behind Sen. Ted Cruz (R-Texas) Wednesday.",
            [("Carly Fiorina", "threw her support behind", "Sen. Ted Cruz")],
        ),
        (
            "And Sanders is lending his support to candidates whose chances are slim.",
            [("Sanders", "lending his support to", "candidates whose chances are slim")],
        ),
        ("Sanders will throw his support behind Hillary Clinton.", []),
    ],
)
def test_received_stances(text: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert _received(text) == expected


def _advocates(text: str) -> list[tuple[str | None, str, str]]:
    return found_triples(text, find_advocate_attributions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "While Clinton is an outspoken supporter of Roe v. Wade, which legalizes it, "
            "Rubio is not.",
            [("Clinton", "is an outspoken supporter of", "Roe v. Wade")],
        ),
        (
            "Mrs. Clinton has been a dogged defender of the Affordable Care Act, while "
            "Mr. Sanders has not.",
            [("Mrs. Clinton", "has been a dogged defender of", "the Affordable Care Act")],
        ),
        (  # "'s" joined to its subject; "than" ends the noun phrase
            "He's a more dedicated proponent of gun control than many Democrats.",
            [("He", "'s a more dedicated proponent of", "gun control")],
        ),
        (  # a concessive clause ends it too
            "He remains a proponent of changes to the immigration system even though some object.",
            [("He", "remains a proponent of", "changes to the immigration system")],
        ),
        (  # a second "of" joined by "and" goes on inside the content
            "Clinton has been a consistent supporter of NATO and of U.S. solidarity.",
            [("Clinton", "has been a consistent supporter of", "NATO and of U.S. solidarity")],
        ),
        (
            "Sarandon is one of a clutch of celebrity supporters of Sanders.",
            [("Sarandon", "is one of a clutch of celebrity supporters of", "Sanders")],
        ),
        # no verb of being, a negation, or a stance to come: no advocate
        ("Gov. Phil Bryant, a former backer of Sen. Ted Cruz, spoke.", []),
        ("He is not an advocate of disbanding the Department of Justice.", []),
        ("He is going to be a supporter of what science can do.", []),
        ("Turkey then became a supporter of the enemies of Assad.", []),
        ("Clinton is a champion of working people.", []),
    ],
)
def test_advocates(text: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert _advocates(text) == expected
