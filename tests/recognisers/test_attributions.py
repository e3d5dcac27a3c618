"""Attribution frames: source, cue and content as text."""

from __future__ import annotations

import pytest

from newsparse.document import Span
from newsparse.layout import build_document
from newsparse.recognisers.attributions import find_attributions
from newsparse.recognisers.content_bounds import (
    closing_attribution,
    opens_with_ing_word,
    sentence_opening_participle,
)
from newsparse.recognisers.cues import (
    cue_form_at,
    cue_form_spans,
    cue_lexicon,
    find_cues_in,
    modified_possessive,
)
from newsparse.recognisers.quotes import find_quotes
from tests.conftest import parse_text


def pipeline_attributions(text: str) -> list[tuple[str | None, str, str]]:
    """(source, cue, content) of every attribution the whole parse finds in ``text``,
    printed as one paragraph under a title."""
    record = parse_text(f"Title.\n\n{text}\n").to_dict()
    return [(a["source_text"], a["cue"], a["content"]) for a in record["attributions"]]


def attributions_of(text: str) -> list[tuple[str | None, str, str, bool]]:
    doc = build_document(text)
    paragraphs = [b.span for b in doc.blocks]
    quotes, _ = find_quotes(doc, paragraphs)
    found = find_attributions(doc, paragraphs, quotes)
    return [
        (
            None if a.source_span is None else doc.text_of(a.source_span),
            doc.text_of(a.cue_span),
            doc.text_of(a.content_span),
            a.direct,
        )
        for a in found
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The US-led coalition stated that they cannot confirm Russia's claim.",
            [("The US-led coalition", "stated", "that they cannot confirm Russia's claim", False)],
        ),
        (
            "The economy grew faster than expected, economists said.",
            [("economists", "said", "The economy grew faster than expected", False)],
        ),
        (
            "The talks will resume in May, said Geoff Garin, a Democratic pollster.",
            [("Geoff Garin", "said", "The talks will resume in May", False)],
        ),
        # a quotation inside a clause, then ", and" and the source of a later cue: the
        # source opens a clause of its own, whose content follows the cue
        (
            "Officials toured a federal “supermax” prison in Colorado, and a former defense"
            " official said there have been informal talks at the Pentagon.",
            [
                (
                    "a former defense official",
                    "said",
                    "there have been informal talks at the Pentagon",
                    False,
                )
            ],
        ),
        (  # ... not a list's last comma inside the source
            "The new plans “are steps in the right direction,” Anne Richards, assistant"
            " secretary for population, refugees, and migration, said on the same call.",
            [
                (
                    "Anne Richards, assistant secretary for population, refugees, and migration",
                    "said",
                    "The new plans “are steps in the right direction,”",
                    False,
                )
            ],
        ),
        # a spaced dash right after a content-first cue sets off a remark, no content
        (
            "Such a move could alienate his backers, Clinton allies believe — backers she "
            "will need come November.",
            [("Clinton allies", "believe", "Such a move could alienate his backers", False)],
        ),
        (  # ... and closes an aside that a dash before the content opens
            "The question is not whether he slides out — that won’t happen, they believe — "
            "but how he finds a way.",
            [("they", "believe", "that won’t happen", False)],
        ),
        (  # ... but not the cue's own complement after the dash
            "Prices rose last year, analysts warned — that they would fall.",
            [("analysts", "warned", "that they would fall", False)],
        ),
        # a listener described by a name, or a time "later", closes a content-first sentence
        (
            "This includes a special force to assist Kurdish fighters, Defense Secretary Ash "
            "Carter told a Senate panel Wednesday.",
            [
                (
                    "Defense Secretary Ash Carter",
                    "told",
                    "This includes a special force to assist Kurdish fighters",
                    False,
                )
            ],
        ),
        (
            "The agreement provided a model for others, Heller told a Georgetown University "
            "conference on financial markets.",
            [("Heller", "told", "The agreement provided a model for others", False)],
        ),
        (
            "The staff discussed a walkout, Breitbart reported a few days later.",
            [("Breitbart", "reported", "The staff discussed a walkout", False)],
        ),
        (  # a time alone is no content
            "Staff discussed a walkout, as Breitbart reported a few days later.",
            [("Staff", "discussed", "a walkout", False)],
        ),
        (  # the listener before a "that" still leaves the content after it
            "Defense Secretary Ash Carter told a Senate panel that the force would grow.",
            [("Defense Secretary Ash Carter", "told", "that the force would grow", False)],
        ),
        # a sentence closing with its source and "has learned" holds the passive before it
        (
            "The government is expected to announce a further cut on Wednesday, CBC News has "
            "learned.",
            [
                (
                    "CBC News",
                    "learned",
                    "The government is expected to announce a further cut on Wednesday",
                    False,
                )
            ],
        ),
        # a clause coordinated after the source of "according to" is no part of its content
        (
            "Six hospitals have closed, according to the hospital group, and the group says "
            "more are at risk.",
            [
                ("the hospital group", "according to", "Six hospitals have closed", False),
                ("the group", "says", "more are at risk", False),
            ],
        ),
        # a quotation inside the clause after the cue: the clause is the content
        (
            'The military said it had struck "Hezbollah targets", including depots, in the valley.',
            [
                (
                    "The military",
                    "said",
                    'it had struck "Hezbollah targets", including depots, in the valley',
                    False,
                )
            ],
        ),
        # a time before the content is no part of it; a "that" after the content's own
        # subject and verb opens no content
        (
            "The commission said on Monday it would name companies that refuse to negotiate.",
            [("The commission", "said", "it would name companies that refuse to negotiate", False)],
        ),
        (
            "The commission said in November it would publish a list of firms.",
            [("The commission", "said", "it would publish a list of firms", False)],
        ),
        # a time phrase opened by "from", "since", "after", "before" or "throughout"
        # before "that" is no part of the content
        (
            "He has said from the start that Mexico will pay for the wall.",
            [("He", "said", "that Mexico will pay for the wall", False)],
        ),
        (
            "Sen. Jack Reed said after a lunch on Tuesday that he had not read the plan.",
            [("Sen. Jack Reed", "said", "that he had not read the plan", False)],
        ),
        (  # "as much" is an answer, the whole content
            "Flynn said as much in an interview on Thursday.",
            [("Flynn", "said", "as much", False)],
        ),
        (  # a participle after "even" is set off like a bare one, with the same source
            "He complained about his mic after the debate, even suggesting he was sabotaged.",
            [
                ("He", "complained", "his mic after the debate", False),
                ("He", "suggesting", "he was sabotaged", False),
            ],
        ),
        (  # a cue's participle after an object's comma ends the object, quotation or not
            "The newspaper attacked Trump, saying he “has offended Hispanics and women.”",
            [
                ("The newspaper", "attacked", "Trump", False),
                ("The newspaper", "saying", "he “has offended Hispanics and women.”", False),
            ],
        ),
        (  # a short quotation inside a later sentence of the writer's is no more of his words
            "“Donald Trump does not represent my party,” said Tom John, a district chairman."
            " John is running to be a delegate when the party meets to pick its “at large”"
            " delegates.",
            [("Tom John", "said", "“Donald Trump does not represent my party,”", True)],
        ),
        (  # "and" and an adverb in -ly join a predicate to the sentence's subject
            "He was elected in 1993, after working on reform in the legislature, and"
            " promptly voted against President Bill Clinton's crime bill.",
            [("He", "voted against", "President Bill Clinton's crime bill", False)],
        ),
        (
            'Cruz said "CNN" five times, and specifically mentioned the network\'s Jake Tapper.',
            [
                ("Cruz", "said", '"CNN" five times', True),
                ("Cruz", "mentioned", "the network's Jake Tapper", False),
            ],
        ),
        (  # a quotation closing a clause of time is its own cue's, not the next source's
            "When Trump later referred to the massacre and said he would"
            ' "protect our LGBTQ citizens," the crowd applauded loudly.',
            [
                ("Trump", "referred to", "the massacre", False),
                (
                    "Trump",
                    "said",
                    'he would "protect our LGBTQ citizens," the crowd applauded loudly',
                    False,
                ),
            ],
        ),
        (  # a relative pronoun after the cue's comma is no source of the clause before it
            "“I don’t know who supports him,” said Senate Minority Leader Harry Reid, who"
            " called on Grayson months ago to quit the race.",
            [
                (
                    "Senate Minority Leader Harry Reid",
                    "said",
                    "“I don’t know who supports him,”",
                    True,
                ),
                ("who", "called", "Grayson months ago to quit the race", False),
            ],
        ),
        (  # ... nor of a quotation before it
            "Former House speaker Newt Gingrich, a Trump ally, said in an interview that the"
            ' mogul should "ignore" the rush of critics who on Sunday cast the responses as'
            " inappropriate.",
            [
                (
                    "Former House speaker Newt Gingrich, a Trump ally",
                    "said",
                    'that the mogul should "ignore" the rush of critics who on Sunday cast the'
                    " responses as inappropriate",
                    False,
                )
            ],
        ),
        (  # ... nor is one inside an earlier sentence of the writer's
            "Marchers wore “We are Orlando” T-shirts in silence. Juan Manriquez carried a"
            " photo. “I pretty much cried the whole parade,” he said.",
            [("he", "said", "“I pretty much cried the whole parade,”", True)],
        ),
        (
            "The candidates referred to “ISIS” 44 times. The phrase “tax reform” was uttered once.",
            [("The candidates", "referred to", "“ISIS” 44 times", True)],
        ),
        (  # a quotation inside a relative clause after the speaker describes the speaker
            '"It was truly shameful," said Leslie Feldman, a plaintiff who waited in an'
            ' "extraordinarily long line snaking around" a church.',
            [("Leslie Feldman", "said", '"It was truly shameful,"', True)],
        ),
        (  # ... the speaker's own words go on after the clause's comma
            '"The risk," said Edward Leamer, an economist who is the director of the'
            ' forecast, "is that we are going to be repelling jobs."',
            [
                (
                    "Edward Leamer",
                    "said",
                    '"The risk," said Edward Leamer, an economist who is the director of the'
                    ' forecast, "is that we are going to be repelling jobs."',
                    True,
                )
            ],
        ),
        (  # ... a longer one still goes on with them
            "“He is supposed to be a cheerleader for this country,” Trump said. Instead, “he"
            " just acts like a defeated man.”",
            [
                (
                    "Trump",
                    "said",
                    "“He is supposed to be a cheerleader for this country,” Trump said. Instead,"
                    " “he just acts like a defeated man.”",
                    True,
                )
            ],
        ),
        (  # "opposed to" after "be" is an adjective: its subject holds the view
            "The senior banker was strongly opposed to a regional approach, saying: “There"
            " must be one committee.”",
            [
                ("The senior banker", "opposed", "to a regional approach", False),
                ("The senior banker", "saying", "“There must be one committee.”", True),
            ],
        ),
        (  # ... and an -ed form after its "to" reports nothing
            "West Germany and Ireland are opposed to proposed limits on butter sales.",
            [("West Germany and Ireland", "opposed", "to proposed limits on butter sales", False)],
        ),
        (  # a participle with no comma before it stays in an object with a cue form in it
            "Wim Duisenberg has defended the move saying the bank had adjusted the rates,"
            " noting “the discount rate is not the most important rate.”",
            [
                (
                    "Wim Duisenberg",
                    "defended",
                    "the move saying the bank had adjusted the rates",
                    False,
                ),
                (
                    "Wim Duisenberg",
                    "noting",
                    "“the discount rate is not the most important rate.”",
                    True,
                ),
            ],
        ),
        (  # a city and its state between the cue and "that" tell where it was said
            "Sanders said Sunday in Madison, Wisconsin, that he was hoping for a big turnout.",
            [("Sanders", "said", "that he was hoping for a big turnout", False)],
        ),
        (  # so does a longer phrase of occasion, with a place's commas or a programme's name
            "Mr. Trump said during a taping of a town hall meeting in Buffalo, New York, that "
            "the state was wrong.",
            [("Mr. Trump", "said", "that the state was wrong", False)],
        ),
        (
            'Sanders said on ABC\'s "This Week With George Stephanopoulos" that he would take a '
            "look at the bill.",
            [("Sanders", "said", "that he would take a look at the bill", False)],
        ),
        (  # the one told before it
            "She spoke for an hour, telling customers at a popular Manchester, New Hampshire, "
            "breakfast spot that she needed them.",
            [("She", "telling", "that she needed them", False)],
        ),
        (  # a clause before the "that": the content opens after the phrase of time
            "Officials said on Friday he met the candidate earlier this week and that the two "
            "agreed.",
            [
                (
                    "Officials",
                    "said",
                    "he met the candidate earlier this week and that the two agreed",
                    False,
                )
            ],
        ),
        (  # an adverb between the cue and its content's subject is no part of it
            "The officials said earlier it was likely the council would act.",
            [("The officials", "said", "it was likely the council would act", False)],
        ),
        (  # a pronoun may be the whole object of an object cue
            "Rubio reversed himself and opposed it as he positioned himself.",
            [("Rubio", "opposed", "it", False)],
        ),
        (
            "The governor endorsed him on Tuesday.",
            [("The governor", "endorsed", "him", False)],
        ),
        (  # "reports" after a name and before "that" reports
            "The Washington Post reports that the department issued subpoenas.",
            [("The Washington Post", "reports", "that the department issued subpoenas", False)],
        ),
        (  # a word that makes "reports" a noun may end a name
            "Fox News reports that the letter was sent to his apartment.",
            [("Fox News", "reports", "that the letter was sent to his apartment", False)],
        ),
        (  # a closing parenthesis without its opening one in the content is no part of it
            "(Polls show voters will give Sanders a second look if he starts winning.)",
            [
                (
                    "Polls",
                    "show",
                    "voters will give Sanders a second look if he starts winning",
                    False,
                )
            ],
        ),
        (  # the "to" of answering belongs to the cue, as PolNeAR marks it
            "The campaign did not respond to questions about the donations.",
            [("The campaign", "respond", "questions about the donations", False)],
        ),
        (  # a phrase set off by commas between the cue and "that"
            "He said, however, that he hopes somebody else takes up the cause.",
            [("He", "said", "that he hopes somebody else takes up the cause", False)],
        ),
        (  # a margin or a means after "by" before "that"
            "Supporters of Trump say by 55%-41% that the law should stand.",
            [("Supporters of Trump", "say", "that the law should stand", False)],
        ),
        # "to" before the cue is no word of the source
        (
            "Reservoirs fell, forcing the Catalan government to declare a drought emergency.",
            [("the Catalan government", "declare", "a drought emergency", False)],
        ),
        # a listener after "told" is no part of the content
        (
            "Several hard-liners told leadership they would not support the bill.",
            [("Several hard-liners", "told", "they would not support the bill", False)],
        ),
        # the one asked is no part of what was asked
        (
            "Chaffetz earlier asked the U.S. attorney in D.C. whether Clinton committed perjury.",
            [("Chaffetz", "asked", "whether Clinton committed perjury", False)],
        ),
        (
            "Scarborough asked Clinton if Trump benefits from a double standard.",
            [("Scarborough", "asked", "if Trump benefits from a double standard", False)],
        ),
        (  # "about" opens a phrase of its own: the words after "asked" stay
            "A young woman asked Mrs. Clinton about women who said they were harassed.",
            [
                (
                    "A young woman",
                    "asked",
                    "Mrs. Clinton about women who said they were harassed",
                    False,
                )
            ],
        ),
        # a phrase set off by commas between the source and the cue
        (
            "Cement makers, for instance, argue that imports grew to 40 percent.",
            [("Cement makers", "argue", "that imports grew to 40 percent", False)],
        ),
        (
            "Brian Murphy, the county chairman, for example, said Trump hurt his cause.",
            [("Brian Murphy, the county chairman", "said", "Trump hurt his cause", False)],
        ),
        # a relative clause without commas, then a phrase set off by them: all the source
        (
            "Many voters who have heard his speeches over the years, at rallies, said he had"
            " less magnetism.",
            [
                (
                    "Many voters who have heard his speeches over the years, at rallies",
                    "said",
                    "he had less magnetism",
                    False,
                )
            ],
        ),
        # a source after the cue with a relative clause of its own
        (
            "The plan will fail, said an American official who was briefed on the talks.",
            [("an American official", "said", "The plan will fail", False)],
        ),
        (
            "Also on the list are two commissioners, said the sources who asked not to be named.",
            [("the sources", "said", "Also on the list are two commissioners", False)],
        ),
        # a content with commas of its own, then "said" and a name closing the sentence
        (
            "The weather should ease by morning, allowing crews to work, said Mark Quinlan,"
            " a director.",
            [
                (
                    "Mark Quinlan",
                    "said",
                    "The weather should ease by morning, allowing crews to work",
                    False,
                )
            ],
        ),
        (  # lower-case words saying what the source is, then its name
            "Ford Credit, a unit of Ford Motor, is raising 250 mln dlrs, said lead underwriter"
            " Goldman Sachs.",
            [
                (
                    "lead underwriter Goldman Sachs",
                    "said",
                    "Ford Credit, a unit of Ford Motor, is raising 250 mln dlrs",
                    False,
                )
            ],
        ),
        (  # capitalised words inside the descriptor, a place after the name
            "The convention is $9 million to $10 million short, said former Pennsylvania"
            " governor Ed Rendell.",
            [
                (
                    "former Pennsylvania governor Ed Rendell",
                    "said",
                    "The convention is $9 million to $10 million short",
                    False,
                )
            ],
        ),
        (
            "Even India has more cultural resonance through Bollywood films, says political"
            " scientist Dossym Satpayev in Almaty.",
            [
                (
                    "political scientist Dossym Satpayev in Almaty",
                    "says",
                    "Even India has more cultural resonance through Bollywood films",
                    False,
                )
            ],
        ),
        (
            "The plan will fail, said former President Barack Obama.",
            [("former President Barack Obama", "said", "The plan will fail", False)],
        ),
        (  # a clause after the cue that ends on a title and a name stays its content
            "The group said it hired former governor Ed Rendell.",
            [("The group", "said", "it hired former governor Ed Rendell", False)],
        ),
        (  # a comma after the subject of the reported clause does not end it
            "Nashashibi said lack of experience, a paucity of instruments and a weak legal"
            " framework have held back the market.",
            [
                (
                    "Nashashibi",
                    "said",
                    "lack of experience, a paucity of instruments and a weak legal framework"
                    " have held back the market",
                    False,
                )
            ],
        ),
        (  # a cue whose source is the content's subject set off by commas: one content
            "Bayer said Mobay, its chemicals company, reported net income of 83 mln dlrs.",
            [
                (
                    "Bayer",
                    "said",
                    "Mobay, its chemicals company, reported net income of 83 mln dlrs",
                    False,
                )
            ],
        ),
        (  # a relative clause set off before the cue describes the subject
            "The official, who asked not to be named, said the Council, the Treasury and other"
            " agencies held a meeting.",
            [
                (
                    "The official, who asked not to be named",
                    "said",
                    "the Council, the Treasury and other agencies held a meeting",
                    False,
                )
            ],
        ),
        (  # a clause after "said" is its content: the subject is the source
            "The dealer, who declined to be named, said Brazil wanted to keep its share.",
            [
                (
                    "The dealer, who declined to be named",
                    "said",
                    "Brazil wanted to keep its share",
                    False,
                )
            ],
        ),
        # a participle phrase set off by commas is no part of the source of the main cue
        (
            "Salceda, citing data from the State Department, said that 4 million live here.",
            [
                ("Salceda", "citing", "data from the State Department", False),
                ("Salceda", "said", "that 4 million live here", False),
            ],
        ),
        (  # the participle phrase closes with a quotation
            "Phillips, acknowledging that the plan was “controversial,” said it would change.",
            [
                ("Phillips", "acknowledging", "that the plan was “controversial,”", False),
                ("Phillips", "said", "it would change", False),
            ],
        ),
        (
            "She has spoken about the need for conversation and reforms.",
            [("She", "spoken about", "the need for conversation and reforms", False)],
        ),
        (
            "Mr. McKinley expects them to become less available over time.",
            [("Mr. McKinley", "expects", "them to become less available over time", False)],
        ),
        # an adjective of stance after "be": its subject holds the view
        (
            "Investors are optimistic that the talks will succeed.",
            [("Investors", "optimistic", "that the talks will succeed", False)],
        ),
        (  # the source stands before the copula and the words that grade the adjective
            "Many economists are less optimistic that growth will pick up.",
            [("Many economists", "optimistic", "that growth will pick up", False)],
        ),
        (  # a negated form of "be" before the adjective
            "Mr. Tobias wasn’t optimistic about the Senate picking up the pace.",
            [("Mr. Tobias", "optimistic", "the Senate picking up the pace", False)],
        ),
        (  # the superlative grades it too
            "Of all his votes, he is most proud of the ones he cast against the war.",
            [("he", "proud", "the ones he cast against the war", False)],
        ),
        (  # no "be" before it: a noun modified, no view held
            "Voters proud of their town turned out in numbers.",
            [],
        ),
        ("You have every right to be upset at the airline.", []),  # nobody holds a view
        (  # such an adjective inside a content is part of it, no second statement
            "He said he welcomed the profits and was optimistic about the division.",
            [
                (
                    "He",
                    "said",
                    "he welcomed the profits and was optimistic about the division",
                    False,
                )
            ],
        ),
        (  # "worried" after "be" is such an adjective, no passive that names nobody
            "Democrats are increasingly worried about the polls in Ohio.",
            [("Democrats", "worried", "the polls in Ohio", False)],
        ),
        # a gerund after a preposition: its doer is the subject, or the one named right
        # before "for" or "of"
        (
            "Sondland was famous for telling others that he was in charge of Ukraine.",
            [("Sondland", "telling", "that he was in charge of Ukraine", False)],
        ),
        (  # ("known for" reports a view held of him, the outermost attribution)
            "Sondland was known for telling others that he was in charge of Ukraine.",
            [
                (
                    None,
                    "known for",
                    "Sondland was known for telling others that he was in charge of Ukraine",
                    False,
                )
            ],
        ),
        (
            "Critics faulted Snyder for refusing to ask for federal assistance.",
            [("Snyder", "refusing", "to ask for federal assistance", False)],
        ),
        (  # an apposition set off by a dash comments on the statement: no part of it
            "Sanders said he was encouraged by the plan — a modest boost for Obama.",
            [("Sanders", "said", "he was encouraged by the plan", False)],
        ),
        # a question word before the source opens the content: "what [Trump says] his
        # plan would do", as PolNeAR spans it
        (
            "The gap between what Trump says his plan would do, and what it would do, grew.",
            [("Trump", "says", "what Trump says his plan would do", False)],
        ),
        (
            "The question of how experts say it would shape tax law has endured.",
            [("experts", "say", "how experts say it would shape tax law", False)],
        ),
        (
            "What Trump says his plan would do is unclear.",
            [("Trump", "says", "What Trump says his plan would do", False)],
        ),
        (  # a relative "that" before the source is the subject of a content without one
            "It is the only policy that officials say will work.",
            [("officials", "say", "that officials say will work", False)],
        ),
        (  # "According to" opening the sentence: the source runs to its comma
            "According to filings with the Securities and Exchange Commission, Mark IV owns"
            " 17.6 pct of Baird.",
            [
                (
                    "filings with the Securities and Exchange Commission",
                    "According to",
                    "Mark IV owns 17.6 pct of Baird",
                    False,
                )
            ],
        ),
        # a passive with its agent: the agent is the source, the subject the content
        (
            "Governor Kasich was endorsed by the Boston Globe.",
            [("the Boston Globe", "endorsed", "Governor Kasich", False)],
        ),
        (
            "Trump has been criticized by his rivals.",
            [("his rivals", "criticized", "Trump", False)],
        ),
        ("Approval is expected by May 15.", []),  # a time after "by", no agent
        (  # "in reply to" is no cue
            "A Carling official said in reply to an inquiry that Carling would record a gain.",
            [("A Carling official", "said", "that Carling would record a gain", False)],
        ),
        (  # nor at a sentence's start
            "In reply to a query, an official said that Carling would record a gain.",
            [("an official", "said", "that Carling would record a gain", False)],
        ),
        # an amount after "added" is a gain, no statement
        ("Spot gold added 0.1% to $1,472.19 an ounce.", []),
        ("Danilo Gallinari added 25 points in his former home arena.", []),
        # lower-case words saying what the source is, then its name, after the cue
        (
            "The vessel set sail from Mersin on Tuesday, said disaster agency AFAD.",
            [("disaster agency AFAD", "said", "The vessel set sail from Mersin on Tuesday", False)],
        ),
        # capitalised words and "and" may stand among them
        (
            "The committee is far short of its goal, said former Pennsylvania governor Ed "
            "Rendell, who serves as its chairman.",
            [
                (
                    "former Pennsylvania governor Ed Rendell",
                    "said",
                    "The committee is far short of its goal",
                    False,
                )
            ],
        ),
        (  # a verb after the name: the words after the cue are the content
            "After the vote, the chairman said former Pennsylvania governor Ed Rendell would "
            "resign.",
            [
                (
                    "the chairman",
                    "said",
                    "former Pennsylvania governor Ed Rendell would resign",
                    False,
                )
            ],
        ),
        # a plural noun of people alone closing the sentence
        (
            "A hunter caught the plague after eating a wild rabbit, say officials.",
            [("officials", "say", "A hunter caught the plague after eating a wild rabbit", False)],
        ),
        # near miss: a word that names no people
        ("It was a quiet night, said nobody.", []),
        # a body's name, a title and a name, too long for a name alone
        (
            "Job cuts will come this week, said The Walt Disney Co.’s chief executive Bob Iger.",
            [
                (
                    "The Walt Disney Co.’s chief executive Bob Iger",
                    "said",
                    "Job cuts will come this week",
                    False,
                )
            ],
        ),
        (  # near miss: the same phrase as the subject of a clause after the cue
            "Asked about the deal, Smith said The Walt Disney Co.’s chief executive Bob Iger "
            "had resigned.",
            [
                (
                    "Smith",
                    "said",
                    "The Walt Disney Co.’s chief executive Bob Iger had resigned",
                    False,
                )
            ],
        ),
        # a job the title list does not hold, known by its ending, before the name
        (
            "You can only cut costs to a certain degree, says certified financial planner "
            "Eric Roberge.",
            [
                (
                    "certified financial planner Eric Roberge",
                    "says",
                    "You can only cut costs to a certain degree",
                    False,
                )
            ],
        ),
        # two jobs joined by "and" before the name
        (
            "The firm lobbied on gaming and taxes in New York and Florida, said lobbyist and "
            "GOP strategist Charlie Black, Manafort's former business partner.",
            [
                (
                    "lobbyist and GOP strategist Charlie Black",
                    "said",
                    "The firm lobbied on gaming and taxes in New York and Florida",
                    False,
                )
            ],
        ),
        (  # near miss: the same jobs and name in a clause after the cue
            "The group said it hired lobbyist and GOP strategist Charlie Black.",
            [("The group", "said", "it hired lobbyist and GOP strategist Charlie Black", False)],
        ),
        # an article, a job and its body, then the name set off by commas
        (
            "He also had a voice in decisions about investments in Ukraine, said a former "
            "spokesman for Ukraine's Foreign Ministry, Oleg Voloshyn, who also ran as a "
            "candidate.",
            [
                (
                    "a former spokesman for Ukraine's Foreign Ministry, Oleg Voloshyn",
                    "said",
                    "He also had a voice in decisions about investments in Ukraine",
                    False,
                )
            ],
        ),
        (  # no name after the body's: the source is the job and the body
            "The talks will resume in May, said a spokesman for the Foreign Ministry, "
            "adding that no date was set.",
            [
                (
                    "a spokesman for the Foreign Ministry",
                    "said",
                    "The talks will resume in May",
                    False,
                ),
                ("a spokesman for the Foreign Ministry", "adding", "that no date was set", False),
            ],
        ),
        # a source after its cue that interrupts the content, which goes on after it
        (
            "The paradox of Nancy, says Carl Anthony, historian at the National First Ladies"
            " Library, is that she was powerful.",
            [
                (
                    "Carl Anthony",
                    "says",
                    "The paradox of Nancy, says Carl Anthony, historian at the National First"
                    " Ladies Library, is that she was powerful",
                    False,
                )
            ],
        ),
        (
            "And Trump, said Sunshine, who remains friendly with her former boss, doesn't"
            " forgive or forget.",
            [
                (
                    "Sunshine",
                    "said",
                    "And Trump, said Sunshine, who remains friendly with her former boss,"
                    " doesn't forgive or forget",
                    False,
                )
            ],
        ),
        (  # near miss: words set off by commas before the cue are the subject of "said"
            "Hoechst Celanese Corp, recently formed from the merger, said Juergen Dormann,"
            " former member of the board, has been named chairman.",
            [
                (
                    "Hoechst Celanese Corp, recently formed from the merger",
                    "said",
                    "Juergen Dormann, former member of the board, has been named chairman",
                    False,
                )
            ],
        ),
        # a "which" closing the sentence opens no content before it
        (
            "The ministry said the strike hit Sulaimani, which has long complained of neglect.",
            [("The ministry", "said", "the strike hit Sulaimani", False)],
        ),
        # the occasion after a source named after the cue is no part of it
        (
            "Larger firms must comply from 2026, said Alan Tan at a news conference.",
            [("Alan Tan", "said", "Larger firms must comply from 2026", False)],
        ),
        (
            "Smaller firms will be exempt, said Manpower Minister Tan Wei Ming at a media briefing.",
            [("Manpower Minister Tan Wei Ming", "said", "Smaller firms will be exempt", False)],
        ),
        (
            "Mediation will be free, said the ministry in a statement.",
            [("the ministry", "said", "Mediation will be free", False)],
        ),
        (  # a participle keeps its phrase
            "Loans totaled 474 mln dlrs, according to the report released at the briefing.",
            [
                (
                    "the report released at the briefing",
                    "according to",
                    "Loans totaled 474 mln dlrs",
                    False,
                )
            ],
        ),
        (
            "According to the Russian statement, the strike killed 30 field commanders.",
            [
                (
                    "the Russian statement",
                    "According to",
                    "the strike killed 30 field commanders",
                    False,
                )
            ],
        ),
        (
            "The strike killed 30 commanders, according to officials.",
            [("officials", "according to", "The strike killed 30 commanders", False)],
        ),
        (
            "Alphabet is cutting jobs, people familiar with the matter said, as it cuts costs.",
            [("people familiar with the matter", "said", "Alphabet is cutting jobs", False)],
        ),
        (
            "Sundar Pichai wrote in a memo to staff last month that the company must focus.",
            [("Sundar Pichai", "wrote", "that the company must focus", False)],
        ),
        (
            "Shoukair was kind and responsible, a Cairo airport official told The New York Times.",
            [("a Cairo airport official", "told", "Shoukair was kind and responsible", False)],
        ),
        (
            "Candidates need 40 percent of the vote, the analysts say; in 2012, Romney stumbled.",
            [("the analysts", "say", "Candidates need 40 percent of the vote", False)],
        ),
        (
            "Jeremy Hunt told the BBC the figures were disappointing.",
            [("Jeremy Hunt", "told", "the figures were disappointing", False)],
        ),
        (
            "Witnesses told The Associated Press they heard at least six shots.",
            [("Witnesses", "told", "they heard at least six shots", False)],
        ),
        (  # a closing source and cue, then "here": the place of the statement
            "The EC Commission rejected all bids for feed wheat, trade sources said here.",
            [
                (
                    "trade sources",
                    "said",
                    "The EC Commission rejected all bids for feed wheat",
                    False,
                )
            ],
        ),
        (
            "The plant will close in June, its owner said on Thursday, putting 400 people out of work.",
            [("its owner", "said", "The plant will close in June", False)],
        ),
        # A lead of its own before the subject is no content: the cue's follows it.
        (
            "Like President Obama, I believe in the good sense of the American people.",
            [("I", "believe", "in the good sense of the American people", False)],
        ),
        (
            "In a direct appeal to voters, Mr. Khan pleaded with them to reject his politics.",
            [("Mr. Khan", "pleaded", "with them to reject his politics", False)],
        ),
        ("In a changing economy, Millennials believe in the American dream.", []),
        (  # ... but the lead and its clause, printed without a comma, are one content
            "In some cases loyalty may motivate workers to keep their shares, he said.",
            [
                (
                    "he",
                    "said",
                    "In some cases loyalty may motivate workers to keep their shares",
                    False,
                )
            ],
        ),
        (
            "In 1986 sales had been better than forecast, Hahn said on Tuesday.",
            [("Hahn", "said", "In 1986 sales had been better than forecast", False)],
        ),
        (  # a cue that interrupts its content, after a determiner and a noun
            "The museum, Mr. Obama said, would make visitors face hard truths.",
            [
                (
                    "Mr. Obama",
                    "said",
                    "The museum, Mr. Obama said, would make visitors face hard truths",
                    False,
                )
            ],
        ),
        (  # ... after a time word too, and a cue inside the second half cuts nothing
            "The truth, the senator said then, was that Trump had attacked his wife.",
            [
                (
                    "the senator",
                    "said",
                    "The truth, the senator said then, was that Trump had attacked his wife",
                    False,
                )
            ],
        ),
        (  # ... after a listener too
            "The solution, the partner told them, was simple.",
            [("the partner", "told", "The solution, the partner told them, was simple", False)],
        ),
        (  # a relative pronoun before the interruption: its clause is the content
            "The park is near the stadium, which, Tompkins said, is usually full on game days.",
            [
                (
                    "Tompkins",
                    "said",
                    "which, Tompkins said, is usually full on game days",
                    False,
                )
            ],
        ),
        (
            "She met the entrepreneurs of New Delhi - all of whom, she explained, needed a boost.",
            [("she", "explained", "all of whom, she explained, needed a boost", False)],
        ),
        (  # a name alone, when a verb goes on after the interruption
            "Compaq, she predicted, would come to them.",
            [("she", "predicted", "Compaq, she predicted, would come to them", False)],
        ),
        (
            "Mrs. Clinton, analysts said, has other reasons for staying silent.",
            [
                (
                    "analysts",
                    "said",
                    "Mrs. Clinton, analysts said, has other reasons for staying silent",
                    False,
                )
            ],
        ),
        (
            "That, they say, will be easier when he is isolated.",
            [("they", "say", "That, they say, will be easier when he is isolated", False)],
        ),
        (  # ... an auxiliary with its "n't"
            "Voters, Clinton suggested, don't have to worry about the banks.",
            [
                (
                    "Clinton",
                    "suggested",
                    "Voters, Clinton suggested, don't have to worry about the banks",
                    False,
                )
            ],
        ),
        (  # ... a verb in -ed before its object
            "Bob, they said, ordered them to wait.",
            [("they", "said", "Bob, they said, ordered them to wait", False)],
        ),
        (  # ... or a past of data/irregular_pasts.txt
            "Greensboro, Sexton said, made him question the party.",
            [("Sexton", "said", "Greensboro, Sexton said, made him question the party", False)],
        ),
        (  # ... not an adjective in -ed before its noun, after an adverb
            "Rather, he said, continued struggles will hurt him.",
            [("he", "said", "continued struggles will hurt him", False)],
        ),
        (  # two words that are no subject: the content follows the cue
            "Too often, Mr. Clarke said, the debate is infected with tribalism.",
            [("Mr. Clarke", "said", "the debate is infected with tribalism", False)],
        ),
        (
            "But the next day, according to Roffman, Trump made further demands.",
            [
                (
                    "Roffman",
                    "according to",
                    "the next day, according to Roffman, Trump made further demands",
                    False,
                )
            ],
        ),
        (  # a one-word answer is a whole content, and the quoted question is no content
            "Asked if he is “realistic enough to serve,” 72 percent said yes.",
            [("72 percent", "said", "yes", False)],
        ),
        (
            "Rutherford said so in December.",
            [("Rutherford", "said", "so", False)],
        ),
        (  # the subject of "was asked" is the one asked: what follows is the content
            "Cruz was asked to name a decision Clinton made.",
            [(None, "asked", "to name a decision Clinton made", False)],
        ),
        (
            "Reporters were told that the meeting was over.",
            [(None, "told", "that the meeting was over", False)],
        ),
        (  # "told by": who told it, the source; what was told is the subject
            "The story was told by my cousin.",
            [("my cousin", "told", "The story", False)],
        ),
        (  # a participle that dates a document is no cue of its own
            "In a statement issued later, the envoy's office said the talk was edited.",
            [("the envoy's office", "said", "the talk was edited", False)],
        ),
        (  # a concession set off by a dash ends the content; one inside dashes does not
            "He said the economy had hit bottom - though economists have contested that.",
            [("He", "said", "the economy had hit bottom", False)],
        ),
        (
            "She learned her father had begun - but never finished - the process.",
            [("She", "learned", "her father had begun - but never finished - the process", False)],
        ),
        (  # a job of two words in lower case before the name
            "In an interview, chief executive Tim Cook said the company was investing.",
            [("chief executive Tim Cook", "said", "the company was investing", False)],
        ),
        (  # withholding a name is no statement
            "They asked not to be identified because the talks are private.",
            [],
        ),
        (  # a name after the source of "according to" opens the content ...
            "According to officials, Smith agreed to the plan.",
            [("officials", "According to", "Smith agreed to the plan", False)],
        ),
        (  # ... unless the source ends with a job the name is set off after
            "According to a tweet by the company's CEO, Linda Yaccarino, the platform stands firm.",
            [
                (
                    "a tweet by the company's CEO, Linda Yaccarino",
                    "According to",
                    "the platform stands firm",
                    False,
                )
            ],
        ),
        (  # a name after a job, then where its bearer belongs
            "“It is likely,” said an advocate, Andrew J. Pincus of the law firm Mayer Brown.",
            [("an advocate, Andrew J. Pincus", "said", "“It is likely,”", True)],
        ),
        (  # a number with thousands separators is one word of its phrase
            "About 10,000 residents were ordered to leave.",
            [(None, "ordered", "About 10,000 residents were ordered to leave", False)],
        ),
        (  # "writing for the majority": a role, no statement
            "Judge Diana Motz, writing for the majority, said the law was void.",
            [("Judge Diana Motz", "said", "the law was void", False)],
        ),
        (  # naming, not convening, without an article
            "Critics call vote a sham.",
            [("Critics", "call", "vote a sham", False)],
        ),
        (  # "termed": Indian English for "called"
            "Congress leader Jairam Ramesh termed the move “unconstitutional”.",
            [("Congress leader Jairam Ramesh", "termed", "the move “unconstitutional”", False)],
        ),
        (  # a participle opening the sentence speaks for the subject after it
            "Noting that the talks had stalled, Xi said the ties were strong.",
            [
                ("Xi", "Noting", "that the talks had stalled", False),
                ("Xi", "said", "the ties were strong", False),
            ],
        ),
        (  # a participle in a fronted phrase speaks for the subject after its comma
            "But while recognizing that soybeans are priced too high in relation with corn, "
            "soybean groups have pledged their support to maintaining current price supports.",
            [
                (
                    "soybean groups",
                    "recognizing",
                    "that soybeans are priced too high in relation with corn",
                    False,
                ),
                (
                    "soybean groups",
                    "pledged",
                    "their support to maintaining current price supports",
                    False,
                ),
            ],
        ),
        (  # the subject right after the phrase, not the source of a later clause
            "Yet in addition to worrying that she is out of step, Mrs. Clinton is somewhat "
            "hemmed in by her record: She and her husband supported the North American Free "
            "Trade Agreement.",
            [
                ("Mrs. Clinton", "worrying", "that she is out of step", False),
                (
                    "She and her husband",
                    "supported",
                    "the North American Free Trade Agreement",
                    False,
                ),
            ],
        ),
        (  # a participle after the clause keeps the clause's subject
            "The union protested on Monday, while arguing that wages were too low, and the "
            "talks stalled.",
            [("The union", "arguing", "that wages were too low, and the talks stalled", False)],
        ),
        (  # a cue with no object before ", but": the next clause is no content of it
            "He proposed new rules as promised, but analysts agreed it was a top-heavy plan.",
            [
                ("He", "proposed", "new rules as promised", False),
                ("analysts", "agreed", "it was a top-heavy plan", False),
            ],
        ),
        (
            "Carter stopped the practice, but Cook did not say when.",
            [("Cook", "say", "when", False)],
        ),
        (  # a relative clause's content ends before the main verb of its sentence
            "The groups who wrote to the senator about it on Thursday say they are concerned.",
            [
                ("who", "wrote", "to the senator about it on Thursday", False),
                (
                    "The groups who wrote to the senator about it",
                    "say",
                    "they are concerned",
                    False,
                ),
            ],
        ),
        (
            "Voters who want to ban abortion said the decision makes the choice stark.",
            [
                ("who", "want", "to ban abortion", False),
                ("Voters", "said", "the decision makes the choice stark", False),
            ],
        ),
        (  # a show's name before the cue is no content of it
            "In an interview on “Meet the Press,” Trump said he would win the state.",
            [("Trump", "said", "he would win the state", False)],
        ),
        (  # nor after a punctuation frame's comma
            "Speaking Sunday on ABC’s “This Week,” Carson admitted the story was wrong.",
            [("Carson", "admitted", "the story was wrong", False)],
        ),
        (  # a passive cue before a comma takes none of the sentence after it
            "Asked if he thought Gates would be confirmed, the senator shot back: “No.”",
            [("the senator", "shot back", "“No.”", True)],
        ),
        (
            "A year after it was announced, no one had come to the U.S. under the program.",
            [],
        ),
        (  # a passive of a pronoun: what was backed is named elsewhere
            "She beat Judge Kloppenburg, who was backed by liberals in the state.",
            [],
        ),
        ("The notes, which were issued at par, will mature in 1995.", []),
        (  # a news report of a relative pronoun of things: the pronoun is what was reported
            "Ash wrote in the email, which was first reported by The Associated Press.",
            [("The Associated Press", "reported", "which", False)],
        ),
        (
            "The letter, which was first reported last week by The Post's Greg Sargent, "
            "was organized by Gutierrez.",
            [("The Post's Greg Sargent", "reported", "which", False)],
        ),
        (  # a person reported on, or another verb: nothing read
            "The judge, who was reported by the paper to be ill, stayed home.",
            [],
        ),
        ("The pipeline, which is widely supported by Republicans, was stopped.", []),
        (  # a report with its complement stays
            "They were reported to be strongly opposed to the sale.",
            [(None, "reported", "They were reported to be strongly opposed to the sale", False)],
        ),
        (  # the words a passive cue was given, after its comma, stay its content
            "Trump was asked, “What is the most dangerous place?”",
            [("Trump", "asked", "“What is the most dangerous place?”", True)],
        ),
        (  # a demonstrative before the phrase stands for what was said before
            "That’s according to a new poll by the Harvard Institute of Politics.",
            [("a new poll by the Harvard Institute of Politics", "according to", "That", False)],
        ),
        (  # "But," opens the sentence: the main clause after the source is the content
            "But, according to the poll, 46 percent of voters remain undecided.",
            [("the poll", "according to", "46 percent of voters remain undecided", False)],
        ),
        (  # a quotation in the subordinate clause does not make the frame a quote's
            "While most were “confidential,” according to an official, two were secret.",
            [("an official", "according to", "two were secret", False)],
        ),
        (  # a phrase describing the source closes the sentence: the lead is the content
            "While it is not unusual for campaigns to sign NDAs, not all campaigns require"
            " staffers to sign NDAs, according to John Weaver, a Republican strategist.",
            [
                (
                    "John Weaver",
                    "according to",
                    "While it is not unusual for campaigns to sign NDAs, not all campaigns"
                    " require staffers to sign NDAs",
                    False,
                )
            ],
        ),
        (
            "When the training is tailored to the veteran, it can be effective, according to"
            " Craig Bryan, head of the National Center for Veterans Studies.",
            [
                (
                    "Craig Bryan",
                    "according to",
                    "When the training is tailored to the veteran, it can be effective",
                    False,
                )
            ],
        ),
        (  # a clause after the source's comma, even one opening on an article, is the content
            "While most were confidential, according to an official, a handful were marked secret.",
            [("an official", "according to", "a handful were marked secret", False)],
        ),
        (
            "The claim was false (the actual number is closer to 15 percent, according to Factcheck.org).",
            [("Factcheck.org", "according to", "the actual number is closer to 15 percent", False)],
        ),
        (  # a cue inside what "According to X" vouches for is part of it
            "According to ProPublica, Clinton praised her donors, and she asked the bankers to"
            " suspend foreclosures.",
            [
                (
                    "ProPublica",
                    "According to",
                    "Clinton praised her donors, and she asked the bankers to suspend foreclosures",
                    False,
                )
            ],
        ),
        (
            "According to police, officers saw Scott get out of a car, and they ordered him to"
            " drop the weapon.",
            [
                (
                    "police",
                    "According to",
                    "officers saw Scott get out of a car, and they ordered him to drop the weapon",
                    False,
                )
            ],
        ),
        (  # ... but a closing "according to" leaves a statement that opens its sentence
            "His campaign manager, Jeff Weaver, says it's proof he can close the gap in"
            " delegates, which stood at 263, according to the Associated Press.",
            [
                (
                    "His campaign manager, Jeff Weaver",
                    "says",
                    "it's proof he can close the gap in delegates",
                    False,
                ),
                ("the Associated Press", "according to", "which stood at 263", False),
            ],
        ),
        (  # a closing "according to" vouches for the statement before it, whole
            "The witness said the hush order was to “avoid effecting the outcome of the"
            " confirmation,” according to the report. Pittman could not be reached.",
            [
                (
                    "the report",
                    "according to",
                    "The witness said the hush order was to “avoid effecting the outcome of the"
                    " confirmation,”",
                    False,
                )
            ],
        ),
        (
            "She later compared the conversation to a “root canal,” according to Axelrod’s memoir.",
            [
                (
                    "Axelrod’s memoir",
                    "according to",
                    "She later compared the conversation to a “root canal,”",
                    False,
                )
            ],
        ),
        (  # ... but "according to" inside a statement that goes on is part of it
            "Win Htein, a member of the committee, said Tuesday morning that according to its"
            ' analysis, the NLD has won 82 percent of the vote, but "we are still counting."',
            [
                (
                    "Win Htein, a member of the committee",
                    "said",
                    "that according to its analysis, the NLD has won 82 percent of the vote, but"
                    ' "we are still counting."',
                    False,
                )
            ],
        ),
        (  # a parenthesis closed before the cue opens no content
            "The fire burned 15 square miles (39 square kilometers) by late afternoon, "
            "according to the state.",
            [
                (
                    "the state",
                    "according to",
                    "The fire burned 15 square miles (39 square kilometers) by late afternoon",
                    False,
                )
            ],
        ),
        (
            "He told reporters that the deal was dead.",
            [("He", "told", "that the deal was dead", False)],
        ),
        (
            "“We will win,” the Ministry added.",
            [("the Ministry", "added", "“We will win,”", True)],
        ),
        (
            "“We will win,” read the statement.",
            [("the statement", "read", "“We will win,”", True)],
        ),
        (
            "“We will win,” said Smith, a spokesman for the group.",
            [("Smith", "said", "“We will win,”", True)],
        ),
        (
            "Clinton said: “This is a worldwide fight.”",
            [("Clinton", "said", "“This is a worldwide fight.”", True)],
        ),
        (
            "“A is true,” Clinton said. “B is true too.”",
            [("Clinton", "said", "“A is true,” Clinton said. “B is true too.”", True)],
        ),
        (
            "Trump on Monday denied that he had met the envoy.",
            [("Trump", "denied", "that he had met the envoy", False)],  # no "on Monday"
        ),
        (
            "Iraqi forces have recently declared the end of IS in Mosul is close.",
            [("Iraqi forces", "declared", "the end of IS in Mosul is close", False)],
        ),
        (  # a comma before a second source ends the first content
            "While only 7 percent said they are undecided, 27 percent of those polled said "
            "they could be persuaded.",
            [
                ("7 percent", "said", "they are undecided", False),
                ("27 percent of those polled", "said", "they could be persuaded", False),
            ],
        ),
        (  # a content stops at a semicolon
            "Forbes says the United States has more billionaires; Wealth-X tallies 585 of them.",
            [("Forbes", "says", "the United States has more billionaires", False)],
        ),
        (  # ... but not at the semicolons of a list that a colon of the content opens
            "Jones promotes a variety of fringe ideas: conspiracies about the moon landing; "
            "health scares about fluoride; myths about the census.",
            [
                (
                    "Jones",
                    "promotes",
                    "a variety of fringe ideas: conspiracies about the moon landing; "
                    "health scares about fluoride; myths about the census",
                    False,
                )
            ],
        ),
        (  # ... and a colon after the semicolon opens no list before it
            "He says the plan has two parts; the second is secret: a new tax on fuel.",
            [("He", "says", "the plan has two parts", False)],
        ),
        (  # a subject with an apposition is a source, not a content
            "Arturo Sarukhan, a former ambassador to the United States, said Mexico must rebut "
            "the claims.",
            [
                (
                    "Arturo Sarukhan, a former ambassador to the United States",
                    "said",
                    "Mexico must rebut the claims",
                    False,
                )
            ],
        ),
        (  # a partial quote at the end of a clause: the clause is the content
            "Trump's misinformation may be “strategic,” said Jeffery Hemsley, a professor.",
            [("Jeffery Hemsley", "said", "Trump's misinformation may be “strategic,”", False)],
        ),
        (  # ... and the clause runs on after the quote up to the source
            "Many leaders became more “conversant” about climate change, Ban said.",
            [("Ban", "said", "Many leaders became more “conversant” about climate change", False)],
        ),
        (  # a cue followed by "that" after a partial quote has its own content
            "He gestured “no” with his hands and declared that together they should win.",
            [("He", "declared", "that together they should win", False)],
        ),
        (  # a participial phrase cue after a quote
            "“I am a unifier,” Trump said, referring to Barack Obama.",
            [
                ("Trump", "said", "“I am a unifier,”", True),
                ("Trump", "referring to", "Barack Obama", False),
            ],
        ),
        (  # adverbs between source and cue
            "Jewish groups also widely condemned the proposal to ban Muslims.",
            [("Jewish groups", "condemned", "the proposal to ban Muslims", False)],
        ),
        (  # a participle after "while"
            "She has vowed to win back trust, while acknowledging that this will be tough.",
            [
                ("She", "vowed", "to win back trust", False),
                ("She", "acknowledging", "that this will be tough", False),
            ],
        ),
        (  # a contrast with a modal after ", while" is the source's own
            "A poll found that Clinton would beat Trump, while Sanders would beat him by 14 points.",
            [
                (
                    "A poll",
                    "found",
                    "that Clinton would beat Trump, while Sanders would beat him by 14 points",
                    False,
                )
            ],
        ),
        (  # ... and so is a phrase set off by "while" before the content's verb
            "He says the email scandal, while troublesome, was dealt with appropriately.",
            [
                (
                    "He",
                    "says",
                    "the email scandal, while troublesome, was dealt with appropriately",
                    False,
                )
            ],
        ),
        (  # a clause with no modal is the sentence's own
            "Some creditors sought bankruptcy protection, while others have slipped into "
            "foreclosure.",
            [("Some creditors", "sought", "bankruptcy protection", False)],
        ),
        (  # a cue in the present tense after a statement in the past goes on with it
            "Osuna said the group is not an advocacy group and supports candidates on both sides.",
            [
                (
                    "Osuna",
                    "said",
                    "the group is not an advocacy group and supports candidates on both sides",
                    False,
                )
            ],
        ),
        (
            "The company said it is holding talks with its creditors and expects an "
            "agreement soon.",
            [
                (
                    "The company",
                    "said",
                    "it is holding talks with its creditors and expects an agreement soon",
                    False,
                )
            ],
        ),
        (  # both in the past: a second statement of the source
            "Trump said he would win and called Clinton a liar.",
            [
                ("Trump", "said", "he would win", False),
                ("Trump", "called", "Clinton a liar", False),
            ],
        ),
        (  # a verb of wanting after "and" goes on with the reported clause
            "Singh said he was alarmed by the images and wanted to see a rally for himself.",
            [
                (
                    "Singh",
                    "said",
                    "he was alarmed by the images and wanted to see a rally for himself",
                    False,
                )
            ],
        ),
        (  # ... and so does one of expecting, in the present after "says"
            "He says he is proud of his campaign and expects to leave Nevada with delegates.",
            [
                (
                    "He",
                    "says",
                    "he is proud of his campaign and expects to leave Nevada with delegates",
                    False,
                )
            ],
        ),
        (  # a bare verb after "said" cannot share its subject: it goes on with the clause
            "Republican leaders said the mogul still has time to step up and show that he is "
            "worthy of support.",
            [
                (
                    "Republican leaders",
                    "said",
                    "the mogul still has time to step up and show that he is worthy of support",
                    False,
                )
            ],
        ),
        (  # a past written as the bare verb is a second statement of the source
            "Trump blamed the turmoil on her policies and cast the former secretary of state "
            "as a favorite of elites.",
            [
                ("Trump", "blamed", "the turmoil on her policies", False),
                (
                    "Trump",
                    "cast",
                    "the former secretary of state as a favorite of elites",
                    False,
                ),
            ],
        ),
        (  # after an auxiliary, a bare verb goes on from it: a second statement
            "The candidates have characterized their speeches as old commitments and "
            "say they are no longer accepting invitations.",
            [
                (
                    "The candidates",
                    "characterized",
                    "their speeches as old commitments",
                    False,
                ),
                ("The candidates", "say", "they are no longer accepting invitations", False),
            ],
        ),
        (  # a verb of seeming with no source of its own goes on with the clause
            "Last year's statistics show that the numbers in the tweet are incorrect and "
            "appear to be aimed at spreading myths.",
            [
                (
                    "Last year's statistics",
                    "show",
                    "that the numbers in the tweet are incorrect and appear to be aimed at "
                    "spreading myths",
                    False,
                )
            ],
        ),
        (  # a passive names nobody: it stands beside the statement
            "The company said the acquisition is still subject to review and is expected to "
            "close in April.",
            [
                ("The company", "said", "the acquisition is still subject to review", False),
                (None, "expected", "to close in April", False),
            ],
        ),
        (  # a relative "that" after a listener opens no content; the listener told to
            # act is part of it
            "China warned North Korea to refrain from further actions that would worsen "
            "the situation.",
            [
                (
                    "China",
                    "warned",
                    "North Korea to refrain from further actions that would worsen the situation",
                    False,
                )
            ],
        ),
        (
            "Sanders told supporters to vote for Clinton.",
            [("Sanders", "told", "supporters to vote for Clinton", False)],
        ),
        (  # a reporting participle after the listener of a participle is the subject's:
            # the source of the inverted "said" cites, no content of "advising"
            '"Realistically, this matters," said Geoff Garin, a pollster who is now advising '
            "Priorities, citing Mrs. Clinton's emphasis on equal pay.",
            [
                ("Geoff Garin", "said", '"Realistically, this matters,"', True),
                ("Geoff Garin", "citing", "Mrs. Clinton's emphasis on equal pay", False),
            ],
        ),
        (  # after a listener of a cue in another form it is left to the frames around it
            "The plan is good, Smith told reporters, citing the cost of the war.",
            [
                ("Smith", "told", "The plan is good", False),
                ("Smith", "citing", "the cost of the war", False),
            ],
        ),
        (  # "and" after the dash that closes a parenthesis opens a second statement
            "He fumed at the plan - “I love Oreos,” he said, “I will never eat them again” - "
            "and vowed to impose a tariff.",
            [
                ("he", "said", "“I love Oreos,” he said, “I will never eat them again”", True),
                ("He", "vowed", "to impose a tariff", False),
            ],
        ),
        (  # a time or occasion right after the quotation of an object ends it
            'Trump defended his campaign manager as a "very decent man" Tuesday.',
            [("Trump", "defended", 'his campaign manager as a "very decent man"', False)],
        ),
        (  # a clause after it goes on
            "He criticized Clinton’s email use as “extremely careless” but did not go on.",
            [
                (
                    "He",
                    "criticized",
                    "Clinton’s email use as “extremely careless” but did not go on",
                    False,
                )
            ],
        ),
        (  # a quotation after the object's comma that another statement holds (a cue
            # after its subject) leaves the object to end at its time or occasion
            "Clinton endorsed the plan on Tuesday evening, hours after Sanders said he was "
            "“encouraged” by it.",
            [
                ("Clinton", "endorsed", "the plan", False),
                ("Sanders", "said", "he was “encouraged” by it", False),
            ],
        ),
        (
            "Brown criticized Bill Clinton during a debate, and Hillary shot back, “I chose to "
            "fulfill my profession.”",
            [
                ("Brown", "criticized", "Bill Clinton", False),
                ("Hillary", "shot back", "“I chose to fulfill my profession.”", True),
            ],
        ),
        (  # ... but not one that a predicate of the object's own subject goes on to
            "Maher, who is supporting Sanders, but has previously dismissed the story, “Now, "
            "you said you were tired of it.”",
            [
                (
                    "who",
                    "supporting",
                    "Sanders, but has previously dismissed the story, “Now, you said you were "
                    "tired of it.”",
                    False,
                )
            ],
        ),
        (  # "in early June" after an object ends it whole
            "Ryan endorsed Trump in early June, but only after deliberating.",
            [("Ryan", "endorsed", "Trump", False)],
        ),
        (  # the auxiliary before the passive's "being" or "be" is no part of the subject
            "Europe's borders were being defended by its weakest countries.",
            [("its weakest countries", "defended", "Europe's borders", False)],
        ),
        (
            "The plan will be criticized by Democrats in the House.",
            [("Democrats in the House", "criticized", "The plan", False)],
        ),
        (  # a passive's agent, after "first" between "be" and the participle
            "Tinder's ban of Ms. Gedrich was first reported by BuzzFeed.",
            [("BuzzFeed", "reported", "Tinder's ban of Ms. Gedrich", False)],
        ),
        (  # the reason after a passive's agent is what the agent said; it ends the agent
            "Trump has been criticized by some of his rivals for failing to visit the state.",
            [("some of his rivals", "criticized", "for failing to visit the state", False)],
        ),
        (  # "as" after a passive's agent: what the agent took the subject for, with it
            "The attack was initially portrayed by the White House as a violent protest.",
            [
                (
                    "the White House",
                    "portrayed",
                    "The attack was initially portrayed by the White House as a violent protest",
                    False,
                )
            ],
        ),
        (  # a participle of a view reports with its agent and "as"; a pronoun's too
            "She is seen by other leaders of the party as uniquely credible.",
            [
                (
                    "other leaders of the party",
                    "seen",
                    "She is seen by other leaders of the party as uniquely credible",
                    False,
                )
            ],
        ),
        (
            "Those remarks were interpreted by some as a threat of violence against her.",
            [
                (
                    "some",
                    "interpreted",
                    "Those remarks were interpreted by some as a threat of violence against her",
                    False,
                )
            ],
        ),
        ("The film was seen by millions.", []),  # no "as": nobody's view
        ("I had seen the film as a child.", []),  # nor an active "seen"
        (  # the question put to a passive's subject after its agent is what was asked
            "Rubio was asked by moderator Gerard Baker whether his plan was conservative.",
            [("moderator Gerard Baker", "asked", "whether his plan was conservative", False)],
        ),
        (  # ... whatever subject stands before the cue, and whatever quotation it holds
            "Herman Cain, the pizza maven and former presidential candidate who hosts an"
            " Atlanta area radio show, was asked by a caller why young Syrian men are coming"
            " to the U.S.",
            [("a caller", "asked", "why young Syrian men are coming to the U.S.", False)],
        ),
        (
            "Rubio was asked by moderator Gerard Baker whether his plan would risk “adding"
            " another expensive entitlement program.”",
            [
                (
                    "moderator Gerard Baker",
                    "asked",
                    "whether his plan would risk “adding another expensive entitlement program.”",
                    False,
                )
            ],
        ),
        (  # no question after the agent: the subject is what was asked
            "The same question was asked by reporters in Iowa.",
            [("reporters in Iowa", "asked", "The same question", False)],
        ),
        (  # an agent further on is no agent of the participle
            "The episode was revealed last week in documents made public by the FBI about "
            "its inquiry into her use of email as secretary of state.",
            [
                (
                    "the FBI about its inquiry into her use of email",
                    "revealed",
                    "The episode",
                    False,
                )
            ],
        ),
        (  # an object cue's participle and its agent after a noun: a stance on the noun
            "The immigration bill, opposed by House Republicans, never became law.",
            [("House Republicans", "opposed", "The immigration bill", False)],
        ),
        (  # inside a statement it is part of the statement
            "An aide said the senator, supported by Midwestern Democrats, had not ruled out "
            "a vote.",
            [
                (
                    "An aide",
                    "said",
                    "the senator, supported by Midwestern Democrats, had not ruled out a vote",
                    False,
                )
            ],
        ),
        (  # "quoted X as saying": the person quoted is the source of the participle
            "The agency quoted Turkish Minister Cahit Aral as saying Turkey will export sugar.",
            [("Turkish Minister Cahit Aral", "saying", "Turkey will export sugar", False)],
        ),
        (
            "The newspaper quoted him as saying that the deal was dead.",
            [("him", "saying", "that the deal was dead", False)],
        ),
        (  # a passive's agent is no person quoted
            "Nazer was quoted by the SPA as saying that the accord held.",
            [("Nazer", "saying", "that the accord held", False)],
        ),
        (  # a participle that reports nothing leaves the verb of quoting its content
            "The report cited an internal investigation as identifying Beijing as the culprit.",
            [
                (
                    "The report",
                    "cited",
                    "an internal investigation as identifying Beijing as the culprit",
                    False,
                )
            ],
        ),
        (  # two opening clauses before the subject of a second verb
            'Once, when my mother mentioned the devil, I laughed and said, "I do not believe '
            'in the devil."',
            [("I", "said", '"I do not believe in the devil."', True)],
        ),
        (  # a name in -ing after an opening clause is the subject, not a second clause
            "Walking to the next address, Ebeling reminisced about her days with Clinton, "
            "and said their views were changed by the war.",
            [("Ebeling", "said", "their views were changed by the war", False)],
        ),
        (  # a quoted sentence after a statement of its own goes on with that statement,
            # not with the quotation before it
            '"We have bigger problems than gender," says Gloria Garcia, a nurse. She says '
            'people should use the bathroom they prefer. "It is not a big deal."',
            [
                ("Gloria Garcia", "says", '"We have bigger problems than gender,"', True),
                (
                    "She",
                    "says",
                    'people should use the bathroom they prefer. "It is not a big deal."',
                    False,
                ),
            ],
        ),
        (  # a colon after the cue gives it the quotation after, not the partial one
            # before; an opening participle's content ends at the main clause's subject
            "Conceding that a deal would come “down the line” he warned: “It is not going "
            "to happen soon.”",
            [
                ("he", "Conceding", "that a deal would come “down the line”", False),
                ("he", "warned", "“It is not going to happen soon.”", True),
            ],
        ),
        (  # the left of an "and" that runs past the first characters read is read whole
            "Australian Prime Minister Bob Hawke and Treasurer Paul Keating said the deficit "
            "could hit four billion dlrs.",
            [
                (
                    "Australian Prime Minister Bob Hawke and Treasurer Paul Keating",
                    "said",
                    "the deficit could hit four billion dlrs",
                    False,
                )
            ],
        ),
        (  # an inner source that opens the content is the content's own subject
            "Combustion Engineering Inc said its Environmental Systems and Services Inc unit "
            "agreed to acquire Jordan Co.",
            [
                (
                    "Combustion Engineering Inc",
                    "said",
                    "its Environmental Systems and Services Inc unit agreed to acquire Jordan Co.",
                    False,
                )
            ],
        ),
        (  # a quoted title closes the subject's apposition before the cue
            'Trump, the star of the reality TV show "The Apprentice," said he would win.',
            [
                (
                    'Trump, the star of the reality TV show "The Apprentice,"',
                    "said",
                    "he would win",
                    False,
                )
            ],
        ),
        (  # ... or a phrase of occasion set off after the subject; "entitled" names a work
            'The Jornal do Brasil newspaper, in an editorial today entitled "Dangerous '
            'Confrontation," said: "The strike carries an alarming cost."',
            [
                (
                    "The Jornal do Brasil newspaper",
                    "said",
                    '"The strike carries an alarming cost."',
                    True,
                )
            ],
        ),
        (  # a name in -ing with a comma or a verb after it opens no clause
            "Schilling, a former pitcher, appeared on the show and defended his remarks.",
            [("Schilling", "defended", "his remarks", False)],
        ),
        (  # a possessive and a hyphenated noun are the subject of a second verb
            "His ex-wife agreed, but also contended that the files should stay sealed.",
            [("His ex-wife", "contended", "that the files should stay sealed", False)],
        ),
        (  # an opening phrase that goes on past its comma ("as well as ...")
            "Chastened by the analyses, as well as complaints over its costs, Trump "
            "revised his plan, promising to focus on average earners.",
            [("Trump", "promising", "to focus on average earners", False)],
        ),
        (  # a quantifier opens a subject after an opening phrase, or stands alone
            "In August, several environmental groups granted him an extension, saying his "
            "capital was less than expected.",
            [
                (
                    "several environmental groups",
                    "saying",
                    "his capital was less than expected",
                    False,
                )
            ],
        ),
        (
            "Some argue that their net worths are far lower.",
            [("Some", "argue", "that their net worths are far lower", False)],
        ),
        (  # a past form not in -ed after "and" ends an object
            "Trump talked about the stock market and made comments about foreign policy.",
            [("Trump", "talked about", "the stock market", False)],
        ),
        (  # a name and its relative clause set off by commas, after the sentence's subject
            "It was three years ago that Michael Bloomberg, who's thinking about running "
            "for president, said it was impossible.",
            [
                (
                    "Michael Bloomberg, who's thinking about running for president",
                    "said",
                    "it was impossible",
                    False,
                )
            ],
        ),
        (  # inside a content, the name and its clause open the reported clause
            "The company said Falk, who will remain on the board, has agreed to sell.",
            [
                (
                    "The company",
                    "said",
                    "Falk, who will remain on the board, has agreed to sell",
                    False,
                )
            ],
        ),
        (  # an occasion opened by "in" after a name is no part of the source
            "Jeb Bush in a Medium post said he would put more judges on the bench.",
            [("Jeb Bush", "said", "he would put more judges on the bench", False)],
        ),
        (
            "Narragansett, in a joint statement, said they intend to explore alternatives.",
            [("Narragansett", "said", "they intend to explore alternatives", False)],
        ),
        (  # "at" places a description: it stays
            "Representatives at the meeting said efforts would continue.",
            [("Representatives at the meeting", "said", "efforts would continue", False)],
        ),
        (  # after a recording, a form with an object states: no participle naming it
            "Trump in his speech called immigrants rapists.",
            [("Trump", "called", "immigrants rapists", False)],
        ),
        (
            "The video showed that the senator had lied about the vote.",
            [("The video", "showed", "that the senator had lied about the vote", False)],
        ),
        (  # "also" after a subject: a verb, not the naming "also called"
            "He has also called the Texas senator a liar.",
            [("He", "called", "the Texas senator a liar", False)],
        ),
        (
            "Trump also called the Fed chairman a disgrace.",
            [("Trump", "called", "the Fed chairman a disgrace", False)],
        ),
        (  # a phrase of concession before the main clause ends at its comma
            "Despite Mr. Trump's claims that his net worth exceeds $10 billion, all of the "
            "wealth research firms put him far lower in rankings.",
            [("Mr. Trump's", "claims", "that his net worth exceeds $10 billion", False)],
        ),
        (  # a subordinate clause after a conjunction ends at its comma
            "But if Carson implied that he would not criticize Cruz, he did not follow "
            "that dictum in his next comment.",
            [("Carson", "implied", "that he would not criticize Cruz", False)],
        ),
        (
            "And while he said he would bring back waterboarding, he gave no details.",
            [("he", "said", "he would bring back waterboarding", False)],
        ),
        (  # ... after an adverb or a span of time
            "A few weeks after Obama announced that the war would not end on his watch, "
            "U.S. forces bombed a hospital in Kunduz.",
            [("Obama", "announced", "that the war would not end on his watch", False)],
        ),
        (  # the coordination cut falls after a quote, not inside it
            "Clinton says she respects his “passion and commitment” but argues that he "
            "cannot deliver.",
            [
                ("Clinton", "says", "she respects his “passion and commitment”", False),
                ("Clinton", "argues", "that he cannot deliver", False),
            ],
        ),
        (  # an apposition of any shape after a source printed after its cue
            "The committee has collected $56.5 million, said David Gilbert, its president.",
            [("David Gilbert", "said", "The committee has collected $56.5 million", False)],
        ),
        (  # a show's title in the time and place after a content-first cue
            "Kasich was the better candidate, he said Wednesday on MSNBC’s “Morning Joe.”",
            [("he", "said", "Kasich was the better candidate", False)],
        ),
        (  # a book and its title, set off by a comma, after a content-first cue
            "The revolution dampened plans to return home, Mr. Rubio said in his 2012 book, "
            "''An American Son.''",
            [("Mr. Rubio", "said", "The revolution dampened plans to return home", False)],
        ),
        (  # a quotation in lower case after the comma is no title: it is the content
            "The revolution dampened plans, Mr. Rubio said in his book, “and so we stayed.”",
            [("Mr. Rubio", "said", "“and so we stayed.”", True)],
        ),
        (  # "a poll shows": a verb after a plural or a determiner with a noun
            "A new poll shows him ahead in Iowa.",
            [("A new poll", "shows", "him ahead in Iowa", False)],
        ),
        (  # a time phrase after the cue opens no content
            "The company said Monday it would cut 400 jobs in Ohio.",
            [("The company", "said", "it would cut 400 jobs in Ohio", False)],
        ),
        (  # a clause after the time phrase is the content, not a tail
            "With secrecy back in the news, officials at the commission said earlier this "
            "year they wanted tighter rules.",
            [("officials at the commission", "said", "they wanted tighter rules", False)],
        ),
        (  # a relative clause closed by a comma sits inside the content
            "The company said its unit, which received the contracts, will do the work.",
            [
                (
                    "The company",
                    "said",
                    "its unit, which received the contracts, will do the work",
                    False,
                )
            ],
        ),
        (  # "put it": a way of saying ...
            "As the minister put it, “the door remains open.”",
            [("the minister", "put it", "“the door remains open.”", True)],
        ),
        ("They put it to a vote on Friday.", []),  # ... but not a way of placing
        (  # "repeated" reports ...
            "The minister repeated that Iraq would not allow attacks.",
            [("The minister", "repeated", "that Iraq would not allow attacks", False)],
        ),
        ("He has faced repeated attacks from his rivals.", []),  # ... unless it is an adjective
        (
            "Experts recommended that the plan be delayed.",
            [("Experts", "recommended", "that the plan be delayed", False)],
        ),
        ("The disputed territory of Kirkuk remains tense.", []),  # an adjective
        (  # phrasal verbs of speech
            "Officials downplayed the risk of escalation.",
            [("Officials", "downplayed", "the risk of escalation", False)],
        ),
        (
            "Police have not ruled out foul play.",
            [("Police", "ruled out", "foul play", False)],
        ),
        (
            "The minister outlined plans to cut spending.",
            [("The minister", "outlined", "plans to cut spending", False)],
        ),
        ("“We will rebuild,” he went on.", [("he", "went on", "“We will rebuild,”", True)]),
        ("He went on to win the election.", []),  # what happened next, not what was said
        (  # a "that" after the cue's object opens a relative clause, not the content
            "Nvidia forecast fourth-quarter revenue that failed to meet estimates.",
            [("Nvidia", "forecast", "fourth-quarter revenue that failed to meet estimates", False)],
        ),
        (  # ... but after a time, an adverb or a feeling the content follows "that"
            "The company announced last week that it would cut jobs.",
            [("The company", "announced", "that it would cut jobs", False)],
        ),
        (
            "He voiced concern that the truce would not hold.",
            [("He", "voiced", "that the truce would not hold", False)],
        ),
        (  # "US" is the country, never the pronoun, and an aside is no source
            "A senior US official, speaking on condition of anonymity, said the deal was close.",
            [("A senior US official", "said", "the deal was close", False)],
        ),
        (  # a subject with its apposition after an opening phrase
            "Speaking to Kurdistan24, Hoshyar Zebari, a senior KDP member, said the talks had "
            "stalled.",
            [("Hoshyar Zebari, a senior KDP member", "said", "the talks had stalled", False)],
        ),
        (  # an infinitive after the cue is its content, not the clause before
            "Reached by phone, Smith declined to comment.",
            [("Smith", "declined", "to comment", False)],
        ),
        (  # a place or time after a participle is no content ...
            "The army said it hit a depot; no injuries reported in Israel.",
            [("The army", "said", "it hit a depot", False)],
        ),
        (  # ... unless a quotation goes on after it
            "Experts wrote in September. “Whether it can do so is unknown.”",
            [
                (
                    "Experts",
                    "wrote",
                    "in September. “Whether it can do so is unknown.”",
                    False,
                )
            ],
        ),
        (  # ... and so does one closed before a verb in -s
            "Officials warned that the truce, which took effect last week, remains fragile.",
            [
                (
                    "Officials",
                    "warned",
                    "that the truce, which took effect last week, remains fragile",
                    False,
                )
            ],
        ),
        (  # a possessive subject goes on to its head noun
            "Nadia Cruz’s office said the deaths were caused by gunfire and called on the "
            "army to withdraw.",
            [
                ("Nadia Cruz’s office", "said", "the deaths were caused by gunfire", False),
                ("Nadia Cruz’s office", "called", "the army to withdraw", False),
            ],
        ),
        (  # a raised passive names nobody: the content is the whole clause
            "Trump is expected to deliver a victory speech tonight.",
            [(None, "expected", "Trump is expected to deliver a victory speech tonight", False)],
        ),
        (  # a passive negated in its contraction names nobody either
            "The ID.3 electric car isn’t expected until next year.",
            [(None, "expected", "The ID.3 electric car isn’t expected until next year", False)],
        ),
        (
            "Donald Trump, a regular in recent years, wasn't expected to attend.",
            [
                (
                    None,
                    "expected",
                    "Donald Trump, a regular in recent years, wasn't expected to attend",
                    False,
                )
            ],
        ),
        (  # an active verb after a negated "do" keeps its subject
            "Trump didn't expect to attend.",
            [("Trump", "expect", "to attend", False)],
        ),
        (  # any passive names nobody
            "Blocher was charged with libel in 1999.",
            [(None, "charged", "Blocher was charged with libel in 1999", False)],
        ),
        (  # a quotation closed by a comma, then a clause of the sentence's own
            "She urges him to come out of the car and repeatedly says, "
            '"Don\'t you do it," until gunshots are heard.',
            [
                ("She", "urges", "him to come out of the car", False),
                ("She", "says", '"Don\'t you do it,"', True),
            ],
        ),
        (  # a demonstrative alone that ends the sentence is what was said
            "His voice broke by the time he said that.",
            [("he", "said", "that", False)],
        ),
        (  # "maintain" reports before "that"
            "She has maintained that state testing is required.",
            [("She", "maintained", "that state testing is required", False)],
        ),
        (  # a pronoun with a contracted auxiliary is the source, without the auxiliary
            "While he's said he'll fight on, Sanders must decide soon.",
            [("he", "said", "he'll fight on", False)],
        ),
        (  # an opening clause ends at its comma, not at one inside a figure
            "While one company says there are more than 2,400 billionaires, the rest is unclear.",
            [("one company", "says", "there are more than 2,400 billionaires", False)],
        ),
        (
            "They’ve said they will fight.",
            [("They", "said", "they will fight", False)],
        ),
        (  # a passive followed only by who, where or when: the subject is the content
            "The proposal was jointly written by an unpledged delegate.",
            [("an unpledged delegate", "written", "The proposal", False)],
        ),
        (
            "The episode was revealed last week in documents of the FBI.",
            [(None, "revealed", "The episode", False)],
        ),
        (  # a passive with quoted words: they are the subject's
            "His letter was ridiculed for its claim that Trump would be “the healthiest” ever.",
            [
                (
                    "His letter",
                    "ridiculed",
                    "that Trump would be “the healthiest” ever",
                    False,
                )
            ],
        ),
        (  # "seem" and "appear" name nobody either
            "Twitter appears to be heavily used by the group.",
            [(None, "appears", "Twitter appears to be heavily used by the group", False)],
        ),
        (  # a passive inside another cue's content starts after that cue
            "Analysts said the release appeared intended to counter the reports.",
            [("Analysts", "said", "the release appeared intended to counter the reports", False)],
        ),
        (  # an expletive "it" is no part of the content
            "It was announced that the plant would close.",
            [(None, "announced", "that the plant would close", False)],
        ),
        (  # a stance adjective after a form of "be"
            "Her advisers are not convinced that the plan will work.",
            [("Her advisers", "convinced", "that the plan will work", False)],
        ),
        (  # "as reported by" names its source after it
            "As reported by the Journal, the former secretary was made aware of the rules.",
            [
                (
                    "the Journal",
                    "As reported by",
                    "the former secretary was made aware of the rules",
                    False,
                )
            ],
        ),
        (  # ... and so does "as first reported by"
            "The super PAC started reserving ad time, as first reported by the Times.",
            [
                (
                    "the Times",
                    "as first reported by",
                    "The super PAC started reserving ad time",
                    False,
                )
            ],
        ),
        (  # an anonymous source printed after its cue ends the sentence
            "The deal is nearly done, said a person familiar with the matter.",
            [("a person familiar with the matter", "said", "The deal is nearly done", False)],
        ),
        (  # "close to him": an object pronoun inside a source phrase
            "Cruz will change course, a source close to him said.",
            [("a source close to him", "said", "Cruz will change course", False)],
        ),
        (  # a clause before "according to X," is the content; what follows is not
            "Kasich has the best odds of beating Clinton in November, according to three "
            "polls, including one from Monmouth University.",
            [
                (
                    "three polls",
                    "according to",
                    "Kasich has the best odds of beating Clinton in November",
                    False,
                )
            ],
        ),
        (  # after a subordinate clause, the main clause is the content
            "While most were marked confidential, according to an official, two were secret.",
            [("an official", "according to", "two were secret", False)],
        ),
        (  # a relative pronoun before the source is the subject of the content
            "New Zealand, which the OECD says had the highest wage floor, raised it again.",
            [("the OECD", "says", "which the OECD says had the highest wage floor", False)],
        ),
        (  # a capitalised cue form in the gap after a quote is a name
            "“He will plead not guilty,” spokeswoman Hope Hicks said in the statement.",
            [("spokeswoman Hope Hicks", "said", "“He will plead not guilty,”", True)],
        ),
        (  # ... or a job of the screen, the stage or the press (data/titles.txt)
            "The next Red Hot Chili Peppers record is almost complete, frontman Anthony "
            "Kiedis recently revealed.",
            [
                (
                    "frontman Anthony Kiedis",
                    "revealed",
                    "The next Red Hot Chili Peppers record is almost complete",
                    False,
                )
            ],
        ),
        (
            "The show was a hit, co-host Mika Brzezinski said.",
            [("co-host Mika Brzezinski", "said", "The show was a hit", False)],
        ),
        (  # "singer", "host", "anchor" are no such words: names as often ("Brian Singer")
            "Brian Singer, an analyst, said the deal was done.",
            [("Brian Singer, an analyst", "said", "the deal was done", False)],
        ),
        (  # "and said" before a quote: the sentence's subject speaks
            "Mrs. Clinton shook her head and said, “No.”",
            [("Mrs. Clinton", "said", "“No.”", True)],
        ),
        (  # verbs of learning, deciding and preferring
            "She learned her father had never finished the process.",
            [("She", "learned", "her father had never finished the process", False)],
        ),
        (  # a one-word content that is a name
            "He repeatedly talked about Obama.",
            [("He", "talked about", "Obama", False)],
        ),
        (  # an object cue's content is its noun phrase, without the time after it
            "Senator Warren endorsed Hillary Clinton on Thursday.",
            [("Senator Warren", "endorsed", "Hillary Clinton", False)],
        ),
        (  # ... without the occasion or the second verb of its subject
            "The governor criticized Clinton during a rally in Hartford.",
            [("The governor", "criticized", "Clinton", False)],
        ),
        (
            "Christie endorsed Trump last week and has appeared at his side since.",
            [("Christie", "endorsed", "Trump", False)],
        ),
        (  # ... nor a time of hours or days before "after"
            "Trump endorsed Walker hours after the governor threw his support behind Cruz.",
            [("Trump", "endorsed", "Walker", False)],
        ),
        (  # verbs of criticism whose content is their object
            "Trump railed against the judge at a boisterous San Diego rally.",
            [("Trump", "railed against", "the judge", False)],
        ),
        (
            "Lewandowski went after him Wednesday morning during a CNN panel.",
            [("Lewandowski", "went after", "him", False)],
        ),
        (  # thanking someone and touting something: their objects, without the occasion
            "Bernie Sanders was thanking supporters at a victory rally in Vermont.",
            [("Bernie Sanders", "thanking", "supporters", False)],
        ),
        (
            "Sanders touted his recent wins in his opening statement of the debate.",
            [("Sanders", "touted", "his recent wins", False)],
        ),
        (  # ... a that-clause after "tout" stays whole
            "The mayor touted that the city had cut crime in his first year.",
            [("The mayor", "touted", "that the city had cut crime in his first year", False)],
        ),
        (  # ignoring someone, ruling something out, ripping into someone: their objects
            "Mr. Manafort ignored Senator Ted Cruz of Texas, Mr. Trump's remaining opponent.",
            [("Mr. Manafort", "ignored", "Senator Ted Cruz of Texas", False)],
        ),
        (
            "Former Gov. Mitch Daniels ruled out making a bid this morning.",
            [("Former Gov. Mitch Daniels", "ruled out", "making a bid", False)],
        ),
        (
            "Canova ripped Wasserman Schultz on social media because it is paying off.",
            [("Canova", "ripped", "Wasserman Schultz", False)],
        ),
        (  # ... a that-clause after "rule out" stays whole
            "Officials ruled out that the fire was set on purpose.",
            [("Officials", "ruled out", "that the fire was set on purpose", False)],
        ),
        (  # a view reported in the passive: the whole clause, nobody named
            "Twitter is increasingly seen as a source of news and information.",
            [
                (
                    None,
                    "seen as",
                    "Twitter is increasingly seen as a source of news and information",
                    False,
                )
            ],
        ),
        (
            "The case had generally been viewed as a threat to affirmative action.",
            [
                (
                    None,
                    "viewed as",
                    "The case had generally been viewed as a threat to affirmative action",
                    False,
                )
            ],
        ),
        (
            "Ginsburg is known for speaking her mind on other issues.",
            [
                (
                    None,
                    "known for",
                    "Ginsburg is known for speaking her mind on other issues",
                    False,
                )
            ],
        ),
        (
            "He was known as one of the best squash players on the faculty.",
            [
                (
                    None,
                    "known as",
                    "He was known as one of the best squash players on the faculty",
                    False,
                )
            ],
        ),
        (  # ... after an adverb such as "best", "well" or "now" ...
            "Allergan is best known for making the wrinkle-smoothing treatment Botox.",
            [
                (
                    None,
                    "known for",
                    "Allergan is best known for making the wrinkle-smoothing treatment Botox",
                    False,
                )
            ],
        ),
        (  # ... or a form of "be" cut short after a pronoun
            "She's seen as part of the people in power.",
            [(None, "seen as", "She's seen as part of the people in power", False)],
        ),
        (  # ... but "'s" before "considered" alone is "has": a perfect, no view reported
            "He's considered a run for governor.",
            [],
        ),
        (  # ... unless "it" stands before it, which holds no view: "it's" is "it is"
            "While it’s assumed the ruling should benefit Sanders, it may not.",
            [(None, "assumed", "the ruling should benefit Sanders", False)],
        ),
        (  # ... with a one-word complement
            "Many delegates were deemed ineligible.",
            [(None, "deemed", "Many delegates were deemed ineligible", False)],
        ),
        (  # ... who holds it after "by"
            "Pigs are considered unclean by Muslims.",
            [("Muslims", "considered", "Pigs are considered unclean", False)],
        ),
        (  # ... and only in the passive
            "He considered a run last year, but decided against it.",
            [],
        ),
        (  # "it is assumed" states a belief held by no one named
            "In Philadelphia, it is assumed that Sanders has earned a prime-time slot.",
            [(None, "assumed", "that Sanders has earned a prime-time slot", False)],
        ),
        ("Trump assumed the role of front-runner.", []),
        (  # ... with a complement: a bill considered by the House is deliberated on
            "The trade bill is to be considered by the full House in late April.",
            [],
        ),
        (  # ... inside another content, it is part of it
            "Stoklos says the endorsements from Christie and Sessions can be seen as an "
            "indication of growing acceptance that he (Trump), not Cruz or anyone else, is "
            "likely to be the nominee.",
            [
                (
                    "Stoklos",
                    "says",
                    "the endorsements from Christie and Sessions can be seen as an "
                    "indication of growing acceptance that he (Trump), not Cruz or anyone "
                    "else, is likely to be the nominee",
                    False,
                )
            ],
        ),
        (  # "backing" a name is a stance on it ...
            "Minnesota Gov. Mark Dayton is backing Hillary Clinton, but he is not sure.",
            [("Minnesota Gov. Mark Dayton", "backing", "Hillary Clinton", False)],
        ),
        (
            "Black voters were backing Clinton in October.",
            [("Black voters", "backing", "Clinton", False)],
        ),
        (  # ... before anything else it is a noun
            "She has the financial backing of party leaders.",
            [],
        ),
        (  # ... and inside another content it is part of it
            "A poll found better support for Clinton, with 78 percent of Sanders voters "
            "backing Clinton.",
            [
                (
                    "A poll",
                    "found",
                    "better support for Clinton, with 78 percent of Sanders voters backing Clinton",
                    False,
                )
            ],
        ),
        (  # signing, passing or sponsoring a measure is a stance on it
            "Mr. Obama signed the $305 billion measure on Friday.",
            [("Mr. Obama", "signed", "the $305 billion measure", False)],
        ),
        (
            "The Senate unanimously passed a bill making it easier to sue.",
            [("The Senate", "passed", "a bill making it easier to sue", False)],
        ),
        (
            "He co-sponsored legislation that would repeal that measure.",
            [("He", "co-sponsored", "legislation that would repeal that measure", False)],
        ),
        (  # a measure restricting something takes a stance on it
            "Mississippi's measure; North Carolina legislation restricting bathroom access for"
            " transgender people; and a Kansas law.",
            [
                (
                    "North Carolina legislation",
                    "restricting",
                    "bathroom access for transgender people",
                    False,
                )
            ],
        ),
        (  # ... an act in a list of measures takes none
            "That could include imposing sanctions, restricting their access to assets.",
            [],
        ),
        (  # ... with no measure named it is an act
            "His father passed away last year after a long illness.",
            [],
        ),
        (
            "Clinton introduced his wife to the crowd in Hudson.",
            [],
        ),
        (  # ... nor is a measure after a preposition its object
            "They wait for measures introduced in last year's budget to work.",
            [],
        ),
        (  # a vote cast is a stance on its object, without the time after it
            "In 2010, he voted against a measure to extend the tax cuts.",
            [("he", "voted against", "a measure to extend the tax cuts", False)],
        ),
        (
            "Nearly 10 percent of them voted for Ben Carson on Monday.",
            [("Nearly 10 percent of them", "voted for", "Ben Carson", False)],
        ),
        (  # ... and so is a vote cast "in favor of" someone or something
            "The chamber's Republican majority voted in favor of the bill.",
            [("The chamber's Republican majority", "voted in favor of", "the bill", False)],
        ),
        (
            "Hundreds of delegates cast their votes for other candidates.",
            [("Hundreds of delegates", "cast their votes for", "other candidates", False)],
        ),
        (  # ... but casting a stone is no vote
            "He cast a stone at the window.",
            [],
        ),
        (  # booing someone or something is a stance on it
            "They have consistently booed Trump's answers.",
            [("They", "booed", "Trump's answers", False)],
        ),
        (  # ... a crowd booing when someone speaks boos no object
            "The crowd booed when he told them Clinton has a number of super PACs.",
            [("he", "told", "Clinton has a number of super PACs", False)],
        ),
        (  # ... nor does one booed off the stage
            "Cruz was booed off the stage at the convention.",
            [],
        ),
        (  # speaking out or up about, against or for something is a stance on it
            "He has spoken out against North Carolina’s transgender bathroom law.",
            [("He", "spoken out against", "North Carolina’s transgender bathroom law", False)],
        ),
        (  # ... the doer of a gerund after "for" and an adverb is the subject
            "Stenberg won the award for fearlessly speaking out about issues of race.",
            [("Stenberg", "speaking out about", "issues of race", False)],
        ),
        (  # ... or the one named before "for", an adverb before the gerund or not
            "Critics faulted Snyder for repeatedly telling residents the water was safe.",
            [("Snyder", "telling", "the water was safe", False)],
        ),
        (  # ... a clause after the object takes its own quotation
            "She credits the movement for speaking out against injustice because to "
            "her, “there is nothing more important than telling the story.”",
            [("She", "speaking out against", "injustice", False)],
        ),
        (  # ... and a quotation before the cue is no content of it
            "Few stop the “moaning” or “nagging” when the women speak up about "
            "inequality in the office.",
            [("the women", "speak up about", "inequality in the office", False)],
        ),
        (  # a relative pronoun after a preposition is no subject of the content
            "He published a call in which Peacock said the leadership had failed.",
            [("Peacock", "said", "the leadership had failed", False)],
        ),
        (
            "It was a meeting during which the minister said the talks would resume.",
            [("the minister", "said", "the talks would resume", False)],
        ),
        (  # opening up about something tells of it; a quoted title before is no content
            "“Orange is the New Black” star Selenis Leyva opened up about her struggles "
            "with body image.",
            [
                (
                    "Selenis Leyva",
                    "opened up about",
                    "her struggles with body image",
                    False,
                )
            ],
        ),
        (  # a bare "support" after the participle of a poll is a verb
            "In the survey, 19 percent of college students polled support Clinton.",
            [("19 percent of college students polled", "support", "Clinton", False)],
        ),
        (  # more forms of cues known in one form ("took aim at", "laid out", "went after")
            "Sanders also takes aim at a provision that allows the governor to cut wages.",
            [
                (
                    "Sanders",
                    "takes aim at",
                    "a provision that allows the governor to cut wages",
                    False,
                )
            ],
        ),
        (
            "The white paper lays out a host of actions the government has taken.",
            [("The white paper", "lays out", "a host of actions the government has taken", False)],
        ),
        (  # a cry after a quotation reports it ("cried out"); weeping ("cried my eyes out") none
            "“Nooooo!” the crowd cried out, booing.",
            [("the crowd", "cried out", "“Nooooo!”", True)],
        ),
        (
            "I went back to my hotel room in tears and cried my eyes out.",
            [],
        ),
        (  # coming out against or in support of something is a stance on it
            "Hillary Clinton came out against the Cadillac tax last year.",
            [("Hillary Clinton", "came out against", "the Cadillac tax", False)],
        ),
        (
            "Sen. Graham has come out in support of Cruz.",
            [("Sen. Graham", "come out in support of", "Cruz", False)],
        ),
        (  # keeping away from someone or something is a stance on it
            "Bolton distanced himself from the NeverTrump movement on Monday.",
            [("Bolton", "distanced himself from", "the NeverTrump movement", False)],
        ),
        (
            "City officials have since balked at the owner's proposal.",
            [("City officials", "balked at", "the owner's proposal", False)],
        ),
        (
            "Crowley was alluding to the chair's rumored ambitions.",
            [("Crowley", "alluding to", "the chair's rumored ambitions", False)],
        ),
        (
            "He brushed off these concerns in an interview.",
            [("He", "brushed off", "these concerns", False)],
        ),
        (
            "Ryan's campaign shrugged off Trump's comments.",
            [("Ryan's campaign", "shrugged off", "Trump's comments", False)],
        ),
        (
            "Clinton even acquiesced to the original Sanders demand.",
            [("Clinton", "acquiesced to", "the original Sanders demand", False)],
        ),
        (
            "Trump disavowed the KKK and its former leader.",
            [("Trump", "disavowed", "the KKK and its former leader", False)],
        ),
        (  # crediting someone with something says it of them
            "Limbaugh began by crediting Trump for his instincts.",
            [("Limbaugh", "crediting", "Trump for his instincts", False)],
        ),
        (  # views of what may come
            "Graham is mulling a run for governor in 2018.",
            [("Graham", "mulling", "a run for governor in 2018", False)],
        ),
        (
            "Another partner is mulling over potential acquisitions.",
            [("Another partner", "mulling over", "potential acquisitions", False)],
        ),
        (
            "Most Democrats don't foresee a Clinton comeback.",
            [("Most Democrats", "foresee", "a Clinton comeback", False)],
        ),
        (
            "Democrats are labeling her an extremist.",
            [("Democrats", "labeling", "her an extremist", False)],
        ),
        (  # lashing out or sounding off at someone takes them as object
            "Trump lashed out at Khan after he delivered a speech.",
            [("Trump", "lashed out at", "Khan", False)],
        ),
        (
            "The justice sounded off on Trump in three interviews.",
            [("The justice", "sounded off on", "Trump", False)],
        ),
        (
            "Sanders jabbed at Clinton on Monday.",
            [("Sanders", "jabbed at", "Clinton", False)],
        ),
        (
            "Black marveled at the level of enthusiasm for Trump.",
            [("Black", "marveled at", "the level of enthusiasm for Trump", False)],
        ),
        (
            "The Republican hopefuls sparred over military spending.",
            [("The Republican hopefuls", "sparred over", "military spending", False)],
        ),
        (
            "Trump contradicted him.",
            [("Trump", "contradicted", "him", False)],
        ),
        (
            "Clinton reprimanded Mr. Trump.",
            [("Clinton", "reprimanded", "Mr. Trump", False)],
        ),
        (
            "Merkel heralded the deal as a breakthrough.",
            [("Merkel", "heralded", "the deal as a breakthrough", False)],
        ),
        (  # saying more of something said
            "Christie endorsed Trump, clarifying that Trump is the best of the remaining contenders.",
            [
                ("Christie", "endorsed", "Trump", False),
                (
                    "Christie",
                    "clarifying",
                    "that Trump is the best of the remaining contenders",
                    False,
                ),
            ],
        ),
        (
            "The ad mentions Percy Walton.",
            [("The ad", "mentions", "Percy Walton", False)],
        ),
        (  # naming someone or something tells of a choice
            "Obama still named her Holder's successor.",
            [("Obama", "named", "her Holder's successor", False)],
        ),
        (
            "The governor first named her to the court.",
            [("The governor", "named", "her to the court", False)],
        ),
        (
            "The FBI named Cleveland as the fifth most dangerous city.",
            [("The FBI", "named", "Cleveland as the fifth most dangerous city", False)],
        ),
        (  # singling out, talking up or taking swipes at something takes it as object
            "Clinton has singled out Sanders's 2005 vote for the bill.",
            [("Clinton", "singled out", "Sanders's 2005 vote for the bill", False)],
        ),
        (
            "Cruz talked up his plans on Monday.",
            [("Cruz", "talked up", "his plans", False)],
        ),
        (
            "He was taking swipes at Marco Rubio.",
            [("He", "taking swipes at", "Marco Rubio", False)],
        ),
        (
            "Reeves eviscerated the law in a ruling.",
            [("Reeves", "eviscerated", "the law", False)],
        ),
        (  # saying again, listing or detailing something
            "She recites the litany of complaints.",
            [("She", "recites", "the litany of complaints", False)],
        ),
        (
            "The report documented several instances of abuse.",
            [("The report", "documented", "several instances of abuse", False)],
        ),
        (
            "He foreshadowed the theme of his campaign.",
            [("He", "foreshadowed", "the theme of his campaign", False)],
        ),
        (  # weighing something up is a view of it
            "Biden contemplated another presidential run.",
            [("Biden", "contemplated", "another presidential run", False)],
        ),
        (  # pressing for something asks for it
            "Democrats press for nominees who would overturn the ruling.",
            [("Democrats", "press for", "nominees who would overturn the ruling", False)],
        ),
        (  # repudiating or uttering something takes it as object
            "Mr. Trump has repudiated decades of Republican support for free trade.",
            [("Mr. Trump", "repudiated", "decades of Republican support for free trade", False)],
        ),
        (
            "They uttered statements that turned out to be untrue.",
            [("They", "uttered", "statements that turned out to be untrue", False)],
        ),
        (  # framing someone or something as what it is said to be, with "as" after
            "Cruz cast himself as a Washington outsider.",
            [("Cruz", "cast", "himself as a Washington outsider", False)],
        ),
        (
            "Sanders has framed the race as a fight against the establishment.",
            [("Sanders", "framed", "the race as a fight against the establishment", False)],
        ),
        (
            "Clinton pitched her plan as a way to create jobs.",
            [("Clinton", "pitched", "her plan as a way to create jobs", False)],
        ),
        (
            "Obama positioned Clinton as the most qualified candidate.",
            [("Obama", "positioned", "Clinton as the most qualified candidate", False)],
        ),
        (  # zeroing in on, walking back or lining up behind something takes it as object
            "Grassley later walked back his comments on Monday.",
            [("Grassley", "walked back", "his comments", False)],
        ),
        (
            "Republicans are also zeroing in on Clinton's decision.",
            [("Republicans", "zeroing in on", "Clinton's decision", False)],
        ),
        (
            "Party elders quickly lined up behind him.",
            [("Party elders", "lined up behind", "him", False)],
        ),
        (  # extolling something praises it
            "He extolled the small-town virtues of Vermont on Tuesday.",
            [("He", "extolled", "the small-town virtues of Vermont", False)],
        ),
        (  # relishing, revering or reviling something takes it as object
            "Trump, who relishes counter-punching at his opponents, was understated.",
            [("who", "relishes", "counter-punching at his opponents", False)],
        ),
        (
            "These Republicans don't revile Planned Parenthood.",
            [("These Republicans", "revile", "Planned Parenthood", False)],
        ),
        (  # "relish" as a noun, "reviled" as a participle: no cue
            "He would not give his critics the relish of it.",
            [],
        ),
        (
            "Ryan is tied to the most reviled nominee in generations.",
            [],
        ),
        (  # a degree word with no determiner before it leaves the cue a verb or a stance
            "Party insiders are now more convinced that there will be an effort to stop him.",
            [
                (
                    "Party insiders",
                    "convinced",
                    "that there will be an effort to stop him",
                    False,
                )
            ],
        ),
        (  # a modal before a bare form makes it a verb
            "The Hillary Clinton campaign must relish every moment Trump opens his mouth.",
            [
                (
                    "The Hillary Clinton campaign",
                    "relish",
                    "every moment Trump opens his mouth",
                    False,
                )
            ],
        ),
        (  # a particle after it makes a phrasal verb that reports nothing
            "Trump must back down from the fight over the wall.",
            [],
        ),
        (
            "Sanders rips the agreement.",
            [("Sanders", "rips", "the agreement", False)],
        ),
        (
            "The governor is vouching for Trump.",
            [("The governor", "vouching", "Trump", False)],
        ),
        (  # an adverb of manner inside a cue of speaking "of" or "about"
            "Trump spoke highly of Putin's leadership style.",
            [("Trump", "spoke highly of", "Putin's leadership style", False)],
        ),
        (
            "Friends and employees talked glowingly about his character.",
            [("Friends and employees", "talked glowingly about", "his character", False)],
        ),
        (  # a stance adjective with "of" takes its object as content
            "Graham has been critical of Trump since they both were competing in the primary.",
            [("Graham", "critical of", "Trump", False)],
        ),
        (
            "Former Obama operatives have been generally supportive of her bid for office.",
            [("Former Obama operatives", "supportive of", "her bid for office", False)],
        ),
        (
            "Democratic leaders are wary of steering the party too far left, but they "
            "do not want to lose.",
            [("Democratic leaders", "wary of", "steering the party too far left", False)],
        ),
        (  # siding with someone is a stance on them
            "A U.S. District Court judge sided with the Democrats on Tuesday.",
            [("A U.S. District Court judge", "sided with", "the Democrats", False)],
        ),
        (  # an object cue's content ends where a clause opens before a quotation
            "Trump was talking about defense commitments when he told Fox News, "
            "“Japan has a problem with that.”",
            [
                ("Trump", "talking about", "defense commitments", False),
                ("he", "told", "“Japan has a problem with that.”", True),
            ],
        ),
        (
            "The mayor supports the plan to widen the road on Monday.",
            [("The mayor", "supports", "the plan to widen the road", False)],
        ),
        (  # a source and its relative clause between a quote and "told": the words
            # after "told" are the listener, never the source
            "“They are under a lot of pressure,” an official, who was not authorized "
            "to speak on the record, told Fox News.",
            [
                (
                    "an official, who was not authorized to speak on the record",
                    "told",
                    "“They are under a lot of pressure,”",
                    True,
                )
            ],
        ),
        (  # ... and before "said", where the phrase alone names no source
            "“It is over,” a Fed official, who was not authorized to speak publicly, said.",
            [
                (
                    "a Fed official, who was not authorized to speak publicly",
                    "said",
                    "“It is over,”",
                    True,
                )
            ],
        ),
        (  # a cue inside the relative clause describes the source and takes no quote
            "“It is over,” a Fed official, who asked not to be named, said.",
            [("a Fed official, who asked not to be named", "said", "“It is over,”", True)],
        ),
        (  # a second that-clause of the same cue is one content with the first
            "She said she accepted the apology and that she wanted to move forward.",
            [
                (
                    "She",
                    "said",
                    "she accepted the apology and that she wanted to move forward",
                    False,
                )
            ],
        ),
        (
            "He said the border must be secured, but that he would not back mass deportation.",
            [
                (
                    "He",
                    "said",
                    "the border must be secured, but that he would not back mass deportation",
                    False,
                )
            ],
        ),
        (  # ... but a that-clause after it stays whole
            "He mentioned that the vote was held on Monday.",
            [("He", "mentioned", "that the vote was held on Monday", False)],
        ),
        (  # a listener of several words before "that" is no content
            "He told a crowded banquet hall in downtown Baltimore that he is not giving up.",
            [("He", "told", "that he is not giving up", False)],
        ),
        (  # ... but a relative clause's "that" is not the cue's
            "He told a woman who suggested that voters were frustrated to keep going.",
            [
                (
                    "He",
                    "told",
                    "a woman who suggested that voters were frustrated to keep going",
                    False,
                )
            ],
        ),
        (  # a participle before a quote: the clause's source, not the object before it
            "Rep. Hakeem Jeffries reacted to the news, saying: “He should be in prison.”",
            [("Rep. Hakeem Jeffries", "saying", "“He should be in prison.”", True)],
        ),
        (  # a second predicate of the source ends a content that is no clause
            "The party urged its members to unite and tried to make the case for unity.",
            [("The party", "urged", "its members to unite", False)],
        ),
        (
            "Biden decided not to enter the race and she performed well in the debate.",
            [("Biden", "decided", "not to enter the race", False)],
        ),
        (  # "..., according to X" ends the content of an earlier cue: the whole clause is X's
            "The president told her that it was not that simple, according to an aide.",
            [
                (
                    "an aide",
                    "according to",
                    "The president told her that it was not that simple",
                    False,
                )
            ],
        ),
        (  # a time phrase after the source is no part of the content (the record drops
            # it from the source too: test_a_time_phrase_ends_no_source)
            "The plan will fail and the deal is dead, said Mr. Smith on Tuesday.",
            [("Mr. Smith on Tuesday", "said", "The plan will fail and the deal is dead", False)],
        ),
        (
            "According to police on Monday, the suspect fled the scene.",
            [("police on Monday", "According to", "the suspect fled the scene", False)],
        ),
        (  # a wire sentence that closes with its source and cue: the verb inside is content
            "Tesla is recalling 2 million vehicles, the National Highway Traffic Safety "
            "Administration said on Wednesday.",
            [
                (
                    "the National Highway Traffic Safety Administration",
                    "said",
                    "Tesla is recalling 2 million vehicles",
                    False,
                )
            ],
        ),
        (  # ... not a relative clause (on a name it would be the writer's note:
            # test_a_relative_clause_on_a_name_closing_a_content_is_the_writers)
            "He demanded a pledge not to pardon the officials, who have not been charged.",
            [
                (
                    "He",
                    "demanded",
                    "a pledge not to pardon the officials, who have not been charged",
                    False,
                )
            ],
        ),
        (  # a cue that names a message before a clause of its own is no attribution
            "In a message posted Friday, Cruz said he had doubts about the deal.",
            [("Cruz", "said", "he had doubts about the deal", False)],
        ),
        (  # "not only ..., but ...": one content
            "He predicted victory not just in swing states, but in states Romney lost.",
            [
                (
                    "He",
                    "predicted",
                    "victory not just in swing states, but in states Romney lost",
                    False,
                )
            ],
        ),
        (  # ... but a clause after "said" keeps its second verb
            "He said prices rose and fell in May.",
            [("He", "said", "prices rose and fell in May", False)],
        ),
        (  # no source phrase runs over "said": the later verb is inside the content
            "Speaking to reporters on Monday, Biden said the U.S. would respond.",
            [("Biden", "said", "the U.S. would respond", False)],
        ),
        (  # where it was said is no content: "in a statement", "in an interview with CNN"
            "The company said in a statement it would cut 500 jobs.",
            [("The company", "said", "it would cut 500 jobs", False)],
        ),
        (
            "Smith said in an interview with CNN Sunday the plan had failed.",
            [("Smith", "said", "the plan had failed", False)],
        ),
        (  # a that-clause between the cue and a quote: the content is the clause's
            "Obama noted that he taught constitutional law: “I know a little about this.”",
            [
                (
                    "Obama",
                    "noted",
                    "that he taught constitutional law: “I know a little about this.”",
                    False,
                )
            ],
        ),
        (  # a long apposition between a quote and "told": the source, never the listener
            "“It is a big step,” Malkia Cyril, the executive director at the Center of Media "
            "Justice and a voice in the film, told The Huffington Post.",
            [
                (
                    "Malkia Cyril, the executive director at the Center of Media Justice and "
                    "a voice in the film",
                    "told",
                    "“It is a big step,”",
                    True,
                )
            ],
        ),
        (  # a cue in an infinitive after a quote reports nothing of the quote
            "On Tuesday, Senate Majority Leader Mitch McConnell said that it was “totally "
            "inappropriate” for Ginsburg "
            "to criticize Trump.",
            [
                (
                    "Senate Majority Leader Mitch McConnell",
                    "said",
                    "that it was “totally inappropriate” for Ginsburg to criticize Trump",
                    False,
                )
            ],
        ),
        (  # a cue after a quote with a clause of its own: two statements, the first ends
            # at the quote
            "Where he used to boast that he had beaten “core Al Qaeda,” on Tuesday night he "
            "said it still posed “a direct threat” to Americans.",
            [
                ("he", "boast", "that he had beaten “core Al Qaeda,”", False),
                ("he", "said", "it still posed “a direct threat” to Americans", False),
            ],
        ),
        (  # a quotation closed by its own punctuation ends the content after the cue
            "Wilson yelled “You lie!” at the president during his address to Congress.",
            [("Wilson", "yelled", "“You lie!”", True)],
        ),
        (  # an apposition that closes the sentence comments on the statement
            "Trump said the person would “not get beat up” at his rally, a swipe at the "
            "recent disturbances at his events.",
            [("Trump", "said", "the person would “not get beat up” at his rally", False)],
        ),
        (  # ... one inside the content stays
            "He said the bill, a compromise, would pass.",
            [("He", "said", "the bill, a compromise, would pass", False)],
        ),
        (  # a source after its cue may open with a quantifier
            "The rise was a surprise to the black community, said several observers.",
            [
                (
                    "several observers",
                    "said",
                    "The rise was a surprise to the black community",
                    False,
                )
            ],
        ),
        (  # an object closed by a dash that ends a parenthesis
            "The group - which has endorsed Sanders - said Sanders has several options.",
            [
                ("which", "endorsed", "Sanders", False),
                (
                    "The group - which has endorsed Sanders",
                    "said",
                    "Sanders has several options",
                    False,
                ),
            ],
        ),
        (  # ... a parenthesis inside the object stays
            "He supported a decision to nominate Shriver — a member of the clan — to replace him.",
            [
                (
                    "He",
                    "supported",
                    "a decision to nominate Shriver — a member of the clan — to replace him",
                    False,
                )
            ],
        ),
        (  # ... but after "told" the words are its listener
            "“The legacy doesn’t look bad,” he told the Guardian.",
            [("he", "told", "“The legacy doesn’t look bad,”", True)],
        ),
        (  # a job, then the name, between a quote and its cue
            "“It is a disgrace,” the company's chief executive, John Ferriola, said.",
            [
                (
                    "the company's chief executive, John Ferriola",
                    "said",
                    "“It is a disgrace,”",
                    True,
                )
            ],
        ),
        (  # an apposition with "the" and no verb closes the content
            "He said he would reject the Trans-Pacific Partnership, the 12-country trade deal.",
            [("He", "said", "he would reject the Trans-Pacific Partnership", False)],
        ),
        (  # ... but a clause with "the" goes on
            "He said turnout was low, the race was close.",
            [("He", "said", "turnout was low, the race was close", False)],
        ),
        (  # ... and so does a clause whose subject "a/an" opens before its auxiliary
            "He said that, if the board accepts the petition, a rule change will be submitted.",
            [
                (
                    "He",
                    "said",
                    "that, if the board accepts the petition, a rule change will be submitted",
                    False,
                )
            ],
        ),
        (  # ... not an apposition with a relative clause of its own
            "They urged him to endorse her, a step they believe could unify the party.",
            [
                ("They", "urged", "him to endorse her", False),
                ("they", "believe", "could unify the party", False),
            ],
        ),
        (  # ... nor one whose plural auxiliary has a subject of its own
            "He declined to discuss rate cuts, a measure industrial nations have taken before.",
            [("He", "declined", "to discuss rate cuts", False)],
        ),
        (  # so does a clause set off by a comma and "when" or "because"
            "She keeps saying she opposed the war, when there are clips of her backing it.",
            [("She", "saying", "she opposed the war", False)],
        ),
        (  # a participle after the object of a speech cue tells what the act did
            "A federal judge ruled against Ohio's procedure, dealing a blow to Husted.",
            [("A federal judge", "ruled", "Ohio's procedure", False)],
        ),
        (  # ... but inside a clause it goes on
            "He said the economy grew, beating forecasts.",
            [("He", "said", "the economy grew, beating forecasts", False)],
        ),
        (  # a participle set off by a dash ends the content
            "Many economists argue that taxes should be low -- assuming that others pay more.",
            [("Many economists", "argue", "that taxes should be low", False)],
        ),
        (  # ... "— something" is no participle
            "She said she suspected drugs — something a caller also mentioned.",
            [("She", "said", "she suspected drugs — something a caller also mentioned", False)],
        ),
        (  # a clause of the source's own ("as he faces ...") ends the content
            "He says he is excited about the race as he faces a test in Iowa.",
            [("He", "says", "he is excited about the race", False)],
        ),
        (  # ... not the second "as" of a comparison
            "He said the cuts would not yield nearly as much money as he has promised.",
            [
                (
                    "He",
                    "said",
                    "the cuts would not yield nearly as much money as he has promised",
                    False,
                )
            ],
        ),
        (
            "She wants to learn as much as she can about the race.",
            [("She", "wants", "to learn as much as she can about the race", False)],
        ),
        (  # ... but after a comparison that closed, the clause is the source's own
            "He says he is as excited as ever as he faces a test in Iowa.",
            [("He", "says", "he is as excited as ever", False)],
        ),
        (  # a conjunction left by a cut at the comma after it is no part of the content
            "Energy Minister Marcel Masse said Petro-Canada would be worth four billion dlrs"
            " and, because of the size, could be difficult to sell.",
            [
                (
                    "Energy Minister Marcel Masse",
                    "said",
                    "Petro-Canada would be worth four billion dlrs",
                    False,
                )
            ],
        ),
        (  # ... while one inside the content stays
            "He said prices would rise and fall.",
            [("He", "said", "prices would rise and fall", False)],
        ),
        (  # ... and "even" or "just" before its "as" goes with the clause
            "Mr. Ryan said that he will support the party's nominee, even as he has taken"
            " frequent shots at Mr. Trump.",
            [("Mr. Ryan", "said", "that he will support the party's nominee", False)],
        ),
        (
            "The investigation revealed that he had been plotting mayhem for years, even as"
            " he had been living a normal life.",
            [
                (
                    "The investigation",
                    "revealed",
                    "that he had been plotting mayhem for years",
                    False,
                )
            ],
        ),
        (  # a time phrase before a verb is the content's subject, not a time lead
            "Copernicus data shows last year was the hottest on record.",
            [("Copernicus data", "shows", "last year was the hottest on record", False)],
        ),
        (  # an apposition after the source of "according to" is the source's
            "According to John Weaver, a Republican strategist, the deal is rare.",
            [("John Weaver, a Republican strategist", "According to", "the deal is rare", False)],
        ),
        (  # ... and a cue inside it reports nothing
            "According to a source, who requested anonymity, lawmakers will meet next week.",
            [
                (
                    "a source, who requested anonymity",
                    "According to",
                    "lawmakers will meet next week",
                    False,
                )
            ],
        ),
        (  # ... but a clause after the comma is the content
            "According to The Guardian, an email was sent to the members.",
            [("The Guardian", "According to", "an email was sent to the members", False)],
        ),
        (  # a subject with an occasion set off by commas, then an object cue
            "Politico, in a long article, described a candidate aggrieved.",
            [("Politico", "described", "a candidate aggrieved", False)],
        ),
        (  # an object ends before a second verb of the subject ...
            "Jones criticized Singer and challenged him to a debate.",
            [
                ("Jones", "criticized", "Singer", False),
                ("Jones", "challenged", "him to a debate", False),
            ],
        ),
        (  # ... before "but" ...
            "She supports Clinton but is not working for her.",
            [("She", "supports", "Clinton", False)],
        ),
        (  # ... and before a clause of time or reason
            "He endorsed gay marriage after his son came out two years ago.",
            [("He", "endorsed", "gay marriage", False)],
        ),
        (
            "He opposed the bill as he positioned himself for a run.",
            [("He", "opposed", "the bill", False)],
        ),
        (  # a source with no determiner closing the sentence holds the clause before it
            "Trump told advisers he wanted a loyalist at the bank, one source said.",
            [("one source", "said", "Trump told advisers he wanted a loyalist at the bank", False)],
        ),
        (
            "He urged lawmakers to back the deal, officials said.",
            [("officials", "said", "He urged lawmakers to back the deal", False)],
        ),
        (  # the bare form of "write" after a quotation
            "“We do not understand the need,” the two write.",
            [("the two", "write", "“We do not understand the need,”", True)],
        ),
        (  # a source that runs on to "to" ends before its verb, which joins the cue
            "Officials started to explain the rules to voters.",
            [("Officials", "started to explain", "the rules to voters", False)],
        ),
        (
            "Mr. Clinton reached for a metaphor to describe the race.",
            [("Mr. Clinton", "reached for a metaphor to describe", "the race", False)],
        ),
        (  # ... unless the verb's object does what the cue says
            "Iowa has led some allies to wonder whether she can win.",
            [("some allies", "wonder", "whether she can win", False)],
        ),
        (
            "It's been extremely common for news accounts to describe him as a rebel.",
            [("news accounts", "describe", "him as a rebel", False)],
        ),
        (  # "write off" is no statement
            "The plan lets firms write off the costs of new equipment.",
            [],
        ),
        (  # seeking an office or asylum is no statement
            "Rep. Cynthia Lummis was not seeking reelection this year.",
            [],
        ),
        (  # a clause announcing a quotation with a colon is one content with it
            "Clinton said she has the quality for the job: “Steadiness.”",
            [("Clinton", "said", "she has the quality for the job: “Steadiness.”", False)],
        ),
        (  # a participle after a recording names it: no statement
            "Georgescu spoke in a video posted on Facebook on Friday.",
            [],
        ),
        (  # why a source goes unnamed is no statement
            "Two sources, who asked not to be named, said the talks failed.",
            [("Two sources, who asked not to be named", "said", "the talks failed", False)],
        ),
        (  # "be", an adjective and "to" join the cue; the subject is the source
            "Republicans were quick to criticize the move.",
            [("Republicans", "were quick to criticize", "the move", False)],
        ),
        (
            "Democrats have been quick to condemn the decision.",
            [("Democrats", "have been quick to condemn", "the decision", False)],
        ),
        (
            "He was the first to say that the plan had failed.",
            [("He", "was the first to say", "that the plan had failed", False)],
        ),
        (  # a quote inside an earlier cue's content, and a later cue with its own
            "While Comey said it was “extremely careless” and mishandled data, he said "
            "there is no precedent.",
            [
                ("Comey", "said", "it was “extremely careless” and mishandled data", False),
                ("he", "said", "there is no precedent", False),
            ],
        ),
        (  # ... but a time clause after the later cue is no content of its own
            "Critics kept calling him “a buffoon” for years, Susan said as she turned around.",
            [("Susan", "said", "Critics kept calling him “a buffoon” for years", False)],
        ),
        (  # a bare stance noun and its preposition after "express" or "voice" join
            # the cue's side: the content is what the stance is about
            "He also expressed concern about the closed primary system in New York.",
            [("He", "expressed", "the closed primary system in New York", False)],
        ),
        (
            "Marine Le Pen voiced support for Donald Trump.",
            [("Marine Le Pen", "voiced", "Donald Trump", False)],
        ),
        (  # ... not with a possessive, nor "in" an occasion
            "All the attendees expressed their support for Trump.",
            [("All the attendees", "expressed", "their support for Trump", False)],
        ),
        (  # ... but an opinion or condolences join the cue after a possessive too
            "Kasich was offering his thoughts on military readiness.",
            [("Kasich", "offering", "military readiness", False)],
        ),
        (
            "The French president expressed his condolences over the Orlando massacre.",
            [("The French president", "expressed", "the Orlando massacre", False)],
        ),
        (
            "Twitter users posted their thoughts on the Ohio judge's ruling.",
            [("Twitter users", "posted", "the Ohio judge's ruling", False)],
        ),
        (  # ... not "on" a day
            "She offered her thoughts on Monday about the plan.",
            [("She", "offered", "her thoughts on Monday about the plan", False)],
        ),
        (  # ... and the same after one word that grades the stance
            "Sanders expressed an interest in debating Trump.",
            [("Sanders", "expressed", "debating Trump", False)],
        ),
        (
            "Many social conservatives have expressed deep discomfort with Trump.",
            [("Many social conservatives", "expressed", "Trump", False)],
        ),
        (
            "The governor showed no sign of backing down.",
            [("The governor", "showed", "backing down", False)],
        ),
        (  # "over" a period is when, not what about
            "She expressed concern over the weekend that the truce would fail.",
            [("She", "expressed", "concern over the weekend that the truce would fail", False)],
        ),
        (  # a quoted term that ends no clause is no verb's statement but a verb of saying's
            "Mainstream Republicans got behind an immigration overhaul, as the “autopsy”"
            " recommended, and watched it pass the Senate.",
            [],
        ),
        (
            "The “market accident” would see big stock price declines.",
            [],
        ),
        (
            "Such “scrip” issues, if they occurred, would mark the first time German banks"
            " issued free shares.",
            [("the first time German banks", "issued", "free shares", False)],
        ),
        (  # a time and then an auxiliary after a cue: the cue is a participle of the
            # subject, the auxiliary the main verb
            "Dividends declared today are payable April 3.",
            [],
        ),
        (
            "Trump said Monday would be a big day.",
            [("Trump", "said", "Monday would be a big day", False)],
        ),
        (  # a verb of saying after the quoted words reports them
            "Ms. Yellen has been “very clear” in public, he said.",
            [("he", "said", "Ms. Yellen has been “very clear” in public", False)],
        ),
        (  # a cue in a relative clause after the quote stays inside the content
            "Rubio said he has begun “to unmask” Trump, whom he called a fraud today.",
            [
                (
                    "Rubio",
                    "said",
                    "he has begun “to unmask” Trump, whom he called a fraud today",
                    False,
                )
            ],
        ),
        (  # a participle joined by "and" to the next word is an item of a list of
            # adjectives, no clause of its own
            "Alastair Osman called him a kind, loving and admirable person.",
            [("Alastair Osman", "called", "him a kind, loving and admirable person", False)],
        ),
        (
            "Volcker called on educators to stress basic reading, writing and mathematics.",
            [
                (
                    "Volcker",
                    "called",
                    "educators to stress basic reading, writing and mathematics",
                    False,
                )
            ],
        ),
        (  # a noun cue after an article: the verb before it joins the cue, its
            # subject is the source
            "Trump opened with a call for the party to embrace his candidacy.",
            [("Trump", "opened with a call", "the party to embrace his candidacy", False)],
        ),
        (
            "Clinton's candidacy is essentially a call for more of the same.",
            [("Clinton's candidacy", "is essentially a call", "more of the same", False)],
        ),
        (
            "The endeavors could offer a retort to both Democrats and Republicans.",
            [
                (
                    "The endeavors",
                    "could offer a retort",
                    "to both Democrats and Republicans",
                    False,
                )
            ],
        ),
        (  # an "as" clause after a quotation names it: its object stands for the quotation
            "The “new Gannett,” as Reed dubbed the combination, will have heft.",
            [("Reed", "dubbed", "The “new Gannett,”", False)],
        ),
        (  # ... also inside a clause with a verb of its own before the quotation
            "Perhaps there is hope, since the “new Gannett,” as Reed called it, will last.",
            [("Reed", "called", "“new Gannett,”", True)],
        ),
        (  # ... a participle with an object of its own still ends the content
            "Trump attacked the governor, calling him a disaster.",
            [
                ("Trump", "attacked", "the governor", False),
                ("Trump", "calling", "him a disaster", False),
            ],
        ),
        (  # a verb after "and" that goes on a clause of "when" or "because": its subject
            "The Louisville crowd cheered when Trump spotted a sign and asked it to be fetched.",
            [("Trump", "asked", "it to be fetched", False)],
        ),
        (
            "Union leaders have never trusted him, in part because he favors right-to-work laws"
            " and opposes a federal minimum wage increase.",
            [("he", "opposes", "a federal minimum wage increase", False)],
        ),
        (  # ... not "after", nor a clause closed by a comma
            "McConnell embraced the mogul after he won the race and said that he would vote.",
            [("McConnell", "said", "that he would vote", False)],
        ),
        (
            "He mocked his rivals when they spoke, and said they were weak.",
            [("He", "mocked", "his rivals", False), ("He", "said", "they were weak", False)],
        ),
        (  # a verb after "and" or "but": the subject after the opening phrase's last comma
            "Speaking in New Hampshire, which votes on Tuesday, Bush referred to Rubio as a"
            " leader but described his skills as a work in progress.",
            [
                ("Bush", "referred to", "Rubio as a leader", False),
                ("Bush", "described", "his skills as a work in progress", False),
            ],
        ),
        (
            "In a wide-ranging, in-prison interview last year, Lazar said he welcomed"
            " extradition and added that he would plead guilty.",
            [
                ("Lazar", "said", "he welcomed extradition", False),
                ("Lazar", "added", "that he would plead guilty", False),
            ],
        ),
        (
            "Likewise, Trump went after Clinton for her refusal to use the term and called for"
            " her to quit.",
            [
                ("Trump", "went after", "Clinton for her refusal to use the term", False),
                ("Trump", "called", "her to quit", False),
            ],
        ),
        (  # a verb after "or": the sentence's subject
            "Kasich, for his part, skipped the convention or denounced it as a farce.",
            [("Kasich", "denounced", "it as a farce", False)],
        ),
        (  # ... not after a comma, nor before "so" (an inverted source), nor a bare form
            "Several told POLITICO they were only leaning toward Cruz, or simply opposed to Trump.",
            [
                (
                    "Several",
                    "told",
                    "they were only leaning toward Cruz, or simply opposed to Trump",
                    False,
                )
            ],
        ),
        (
            "It said the acquisition will bring to seven the number of cable systems it owns,"
            " manages or has agreed to buy in the Los Angeles area.",
            [
                (
                    "It",
                    "said",
                    "the acquisition will bring to seven the number of cable systems it owns,"
                    " manages or has agreed to buy in the Los Angeles area",
                    False,
                )
            ],
        ),
        (
            "Norma Shearer married the production chief Irving Thalberg, after a fling with"
            " Mr. Mayer, or so writes Mr. Fleming.",
            [],
        ),
        (
            "The analysis relied on so-called “independent expenditure” reports that super"
            " PACs, PACs, nonprofit groups and party committees are required to file with the"
            " FEC each time they spend money to support or oppose any federal candidate by"
            " name.",
            [],
        ),
        (  # ... not a name in a list, with "and" after it
            "Likewise, Trump went after Clinton and voters, Republicans and Democrats, and"
            " called for her to quit.",
            [
                ("Trump", "went after", "Clinton and voters, Republicans and Democrats", False),
                ("Trump", "called", "her to quit", False),
            ],
        ),
        (  # ... nor for a participle after "a long and": it describes a noun
            "On that photo, of one of my oldest friends, I had written a long and gushing"
            " caption celebrating her birthday.",
            [("I", "written", "a long and gushing caption celebrating her birthday", False)],
        ),
        (  # ... nor for a second infinitive after "to": the first verb's content goes on
            "Likewise, Trump asked his supporters to raise their hands and pledge their loyalty"
            " to him.",
            [
                (
                    "Trump",
                    "asked",
                    "his supporters to raise their hands and pledge their loyalty to him",
                    False,
                )
            ],
        ),
        (  # a relative clause or an apposition between the sentence's subject and its cue
            "Mr. Trump, whose appeal is predicated on an aura of toughness, seldom speaks of"
            " his brother Freddy.",
            [("Mr. Trump", "speaks of", "his brother Freddy", False)],
        ),
        (
            "Trump, whose views have upset members of his own party, last year proposed a ban"
            " on Muslims entering the country.",
            [("Trump", "proposed", "a ban on Muslims entering the country", False)],
        ),
        (
            "Mr. Trump, the party's nominee, seldom speaks of his brother.",
            [("Mr. Trump", "speaks of", "his brother", False)],
        ),
        (  # ... a ticker in the apposition
            "MidCon Corp, a subsidiary of Occidental Petroleum Corp <OXY>, said William C."
            " Terpstra has resigned as president.",
            [("MidCon Corp", "said", "William C. Terpstra has resigned as president", False)],
        ),
        (  # ... not before a participle
            "Donald Trump, whose apparel is largely made overseas, has made decrying"
            " outsourced jobs central to his campaign.",
            [],
        ),
        (  # a cue set off by dashes: its content ends at the second dash
            "Rubio and Christie -- seeking breakout performances in the primary -- faced attacks.",
            [("Rubio", "seeking", "breakout performances in the primary", False)],
        ),
        (
            "The ruling — casting the government as enforcer — is a first step back.",
            [("The ruling", "casting", "the government as enforcer", False)],
        ),
        # the one written to is no content of "write" ...
        ("Mr. Ackman wrote to investors on Tuesday.", []),
        (
            "The groups who wrote to her on Thursday say they are concerned.",
            [("The groups who wrote to her", "say", "they are concerned", False)],
        ),
        # ... but what is written about goes with it
        (
            "Tefft wrote to Mrs. Clinton about a visit to Ukraine.",
            [("Tefft", "wrote", "to Mrs. Clinton about a visit to Ukraine", False)],
        ),
        # a name and its apposition after a cue set off by a comma are the cue's source,
        # never its content with the words before the comma as its source ...
        (
            "This system, says Richard Locksley, an immunologist at the University of"
            " California, helps direct a response to dangers.",
            [],
        ),
        # ... but a clause after the cue is its content, and so is a name and its
        # apposition after a subject set off by commas
        (
            "Sen. Chuck Grassley, who chairs it, said he would welcome Cruz, the senator.",
            [("Sen. Chuck Grassley, who chairs it", "said", "he would welcome Cruz", False)],
        ),
        (
            "The official, who declined to be identified, said Orion, the banking arm of"
            " the group, had operated profitably.",
            [
                (
                    "The official, who declined to be identified",
                    "said",
                    "Orion, the banking arm of the group, had operated profitably",
                    False,
                )
            ],
        ),
    ],
)
def test_frames(text: str, expected: list[tuple[str | None, str, str, bool]]) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and" with an adjective in -ed before a bare noun joins a second item ...
        (
            "Lazar pleaded guilty to aggravated identity theft and unauthorized access to a "
            "protected computer.",
            [
                (
                    "Lazar",
                    "pleaded guilty",
                    "to aggravated identity theft and unauthorized access to a protected computer",
                    False,
                )
            ],
        ),
        (
            "Brady noted limited gains in take-home pay and continued risks from terrorism.",
            [
                (
                    "Brady",
                    "noted",
                    "limited gains in take-home pay and continued risks from terrorism",
                    False,
                )
            ],
        ),
        # ... but a verb of the subject, or the same form before its object, is a second
        # predicate
        (
            "The group endorsed Clinton and continued its campaign.",
            [("The group", "endorsed", "Clinton", False)],
        ),
        (
            "The mayor acknowledged the costs and raised fees on new construction.",
            [("The mayor", "acknowledged", "the costs", False)],
        ),
    ],
)
def test_an_adjective_in_ed_after_and_joins_a_second_item_of_the_content(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "but" of "not only X but (also) Y" goes on: a clause of "say" ...
        (
            "Grassley said he could lose not only because he supports Trump but also because "
            "he denied Garland a hearing.",
            [
                (
                    "Grassley",
                    "said",
                    "he could lose not only because he supports Trump but also because he "
                    "denied Garland a hearing",
                    False,
                )
            ],
        ),
        # ... the object of a cue, over its comma, with the cue inside it dropped ...
        (
            "The letter points to statements not only from Trump, but also from people who "
            "oppose same-sex marriage.",
            [
                (
                    "The letter",
                    "points to",
                    "statements not only from Trump, but also from people who oppose "
                    "same-sex marriage",
                    False,
                )
            ],
        ),
        (
            "He endorsed not only Clinton but also Sanders.",
            [("He", "endorsed", "not only Clinton but also Sanders", False)],
        ),
        # ... but with no "not only" before it, "but also" opens the source's own predicate
        (
            "Smith said the plan was costly, but also walked out of the meeting.",
            [("Smith", "said", "the plan was costly", False)],
        ),
        (
            "Smith endorsed Clinton but also praised Sanders.",
            [("Smith", "endorsed", "Clinton", False), ("Smith", "praised", "Sanders", False)],
        ),
    ],
)
def test_the_second_half_of_a_not_only_pair_goes_on_with_the_content(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one phrase before the source, and a quotation in lower case after the cue that
        # goes on with it: one content around the interruption
        (
            'No name change, he said, "hides what it really is."',
            [("he", "said", 'No name change, he said, "hides what it really is."', False)],
        ),
        (
            'Sooner or later, the governor told reporters, "it starts to pay off."',
            [
                (
                    "the governor",
                    "told",
                    'Sooner or later, the governor told reporters, "it starts to pay off."',
                    False,
                )
            ],
        ),
        # ... and before a quotation that the cue follows
        (
            'In past campaigns, "we felt that we could reach the people," he said.',
            [("he", "said", 'In past campaigns, "we felt that we could reach the people,"', False)],
        ),
        # a quotation that opens a sentence of its own stands alone
        ('In a statement, he said, "We will win."', [("he", "said", '"We will win."', True)]),
        (
            'In past campaigns, "We felt that we could reach the people," he said.',
            [("he", "said", '"We felt that we could reach the people,"', True)],
        ),
        # two phrases before: the quotation alone
        (
            'Yet, in a way, "it is hard to make a link," he said.',
            [("he", "said", '"it is hard to make a link,"', True)],
        ),
    ],
)
def test_a_phrase_before_a_quotation_in_lower_case_is_part_of_its_content(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject too long for a source phrase: the clause from the sentence's start
        (
            "The Democratic candidate's shifting explanations for her use of a private mail "
            "server as secretary of state appear to raise trust issues among voters.",
            [
                (
                    None,
                    "appear",
                    "The Democratic candidate's shifting explanations for her use of a private "
                    "mail server as secretary of state appear to raise trust issues among voters",
                    False,
                )
            ],
        ),
        (
            "But plenty of Chinese people who tuned in just seemed to be enjoying the show.",
            [
                (
                    None,
                    "seemed",
                    "But plenty of Chinese people who tuned in just seemed to be enjoying the show",
                    False,
                )
            ],
        ),
        # "what" right before the verb is its subject
        (
            "Petraeus was convicted for what appears to be a far lesser breach of his duty.",
            [(None, "appears", "what appears to be a far lesser breach of his duty", False)],
        ),
        # a statement before the verb holds the clause
        (
            "Analysts said the release appeared intended to calm markets.",
            [("Analysts", "said", "the release appeared intended to calm markets", False)],
        ),
    ],
)
def test_the_subject_of_seem_and_appear_opens_the_content(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated "seem" reports no impression
        ("Voters don't seem as engaged as those in other lead-in states.", []),
        ("It was an attack that just didn't seem to make sense to Trump.", []),
        ("So far, the senator does not seem to be enjoying the fight.", []),
        ("Mr. Clinton does not really seem to be enjoying the fight.", []),
        # without the negation it does; "as often as not" negates no verb
        (
            "Voters seem engaged in the race this year.",
            [(None, "seem", "Voters seem engaged in the race this year", False)],
        ),
        (
            "But as often as not he seemed to be in line with Mr. Ailes.",
            [(None, "seemed", "he seemed to be in line with Mr. Ailes", False)],
        ),
    ],
)
def test_a_negated_seem_is_no_cue(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "appear as" a role or a guise: an appearance, no impression
        ("In 2015, she appeared as Grayson's girlfriend at the rally.", []),
        ("The magician made cash appear as needed.", []),
        # "appear as if": an impression, with no source
        (
            "The debate appeared as if it might be an anticlimax for Clinton.",
            [
                (
                    None,
                    "appeared",
                    "The debate appeared as if it might be an anticlimax for Clinton",
                    False,
                )
            ],
        ),
    ],
)
def test_appearing_as_a_role_is_no_cue(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing come upon, then where, when or what for: no finding
        ("Facebook found the posting in May and removed it.", []),
        ("In New Hampshire, Sanders found a receptive audience for his message.", []),
        ("It was not clear whether he found it somewhere else.", []),
        ("His agents found them during their investigation.", []),
        # a clause or a complement after the object reports a finding
        (
            "An arbitration panel in 2001 found the United States was in breach of the deal.",
            [
                (
                    "An arbitration panel in 2001",
                    "found",
                    "the United States was in breach of the deal",
                    False,
                )
            ],
        ),
        (
            "The panel found the senator lied in his testimony.",
            [("The panel", "found", "the senator lied in his testimony", False)],
        ),
        (
            "The report found it was part of a long-standing problem.",
            [("The report", "found", "it was part of a long-standing problem", False)],
        ),
    ],
)
def test_a_thing_found_somewhere_is_no_finding(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person, then a time of the call, or no object at the sentence end: a
        # telephone call, no naming
        ("Obama called both candidates Tuesday night and met with Sanders on Thursday.", []),
        ("Clinton, who called Sanders shortly after the winner was declared, spoke later.", []),
        ("She called him back on Friday.", []),
        ("Then, last week, Eric Trump called.", []),
        # a naming has its complement right after the person; an appeal its "for"
        ("Sanders called him a liar on Tuesday.", [("Sanders", "called", "him a liar", False)]),
        (
            "Trump called Wednesday for Ginsburg to resign.",
            [("Trump", "called", "for Ginsburg to resign", False)],
        ),
    ],
)
def test_a_telephone_call_is_no_cue(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "writing" after a determiner, or in "creative writing": the noun, no one writing
        ("Sexton, a creative writing professor, grew up in Indiana.", []),
        ("The writing on the wall was clear to the campaign.", []),
        ("It was a 2005 collection of his writing that angered Mr. Trump.", []),
        # the participle of a subject reports
        (
            "Trump took to Twitter, writing that the real issue was terrorism.",
            [("Trump", "writing", "that the real issue was terrorism", False)],
        ),
    ],
)
def test_writing_as_a_noun_is_no_cue(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stance noun in -s after the past of an expressing verb is its object, no verb
        (
            "Concepcion, who two days ago expressed doubts about the accords, said he was pleased.",
            [
                ("who", "expressed", "doubts about the accords", False),
                (
                    "Concepcion, who two days ago expressed doubts about the accords",
                    "said",
                    "he was pleased",
                    False,
                ),
            ],
        ),
        # the verb after a subject reports
        (
            "The minister doubts that the accord will hold.",
            [("The minister", "doubts", "that the accord will hold", False)],
        ),
    ],
)
def test_a_stance_noun_after_an_expressing_verb_is_no_cue(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun phrase, then the subject of a relative clause with no "that": the noun
        # phrase fills the gap of the content, the subject alone is the source
        (
            "He did not attack a probe the law enforcement agency said was ongoing.",
            [
                (
                    "the law enforcement agency",
                    "said",
                    "a probe the law enforcement agency said was ongoing",
                    False,
                )
            ],
        ),
        (
            "Below, check out nine particularly outrageous things the Republican candidate had "
            "said about Latinos.",
            [
                (
                    "the Republican candidate",
                    "said",
                    "nine particularly outrageous things the Republican candidate had said about "
                    "Latinos",
                    False,
                )
            ],
        ),
        # a name as the subject, when the content opens with an auxiliary or "to be"
        (
            "It can recover its investment through product sales, a strategy Iida said could"
            " prove popular in the future.",
            [
                (
                    "Iida",
                    "said",
                    "a strategy Iida said could prove popular in the future",
                    False,
                )
            ],
        ),
        (
            "The company, formerly known as General Tire, also has a tire business Rose"
            " estimated would be worth five dlrs a share.",
            [
                (
                    "Rose",
                    "estimated",
                    "a tire business Rose estimated would be worth five dlrs a share",
                    False,
                )
            ],
        ),
        # a name after a noun phrase whose content has a subject of its own: the noun
        # phrase describes the source
        (
            "The host Steve Doocy said the science is still in question.",
            [("The host Steve Doocy", "said", "the science is still in question", False)],
        ),
        # a relative clause with a verb of its own describes the source
        (
            "All the experts I interviewed said her proposals were more detailed.",
            [
                (
                    "All the experts I interviewed",
                    "said",
                    "her proposals were more detailed",
                    False,
                )
            ],
        ),
        # a preposition before the second noun phrase: one source
        (
            "Some of the men reported her entreaty as spam.",
            [("Some of the men", "reported", "her entreaty as spam", False)],
        ),
    ],
)
def test_the_noun_before_a_relative_clause_without_that_is_part_of_its_content(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a finding goes on to its contrast after ", while"
        (
            "Military Times found Democrats favored Clinton, 72 percent to 8 percent, while "
            "Republicans favored Trump, 82 percent to 6 percent.",
            [
                (
                    "Military Times",
                    "found",
                    "Democrats favored Clinton, 72 percent to 8 percent, while Republicans "
                    "favored Trump, 82 percent to 6 percent",
                    False,
                )
            ],
        ),
        (
            "A new poll showed Trump moving ahead of Cruz in Iowa, 32%-25%, while Rubio was at "
            "18%.",
            [
                (
                    "A new poll",
                    "showed",
                    "Trump moving ahead of Cruz in Iowa, 32%-25%, while Rubio was at 18%",
                    False,
                )
            ],
        ),
        # a statement ends before the contrast with another source
        (
            "Trump said the plan was a disaster, while Clinton praised it.",
            [
                ("Trump", "said", "the plan was a disaster", False),
                ("Clinton", "praised", "it", False),
            ],
        ),
    ],
)
def test_a_finding_goes_on_to_its_contrast_after_while(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reason or a list right after the comma that closes an interrupting cue goes on
        # with the content
        (
            "There is no chance of that level of violence, officials in both cities insist, "
            "because modern policing has evolved.",
            [
                (
                    "officials in both cities",
                    "insist",
                    "There is no chance of that level of violence, officials in both cities "
                    "insist, because modern policing has evolved",
                    False,
                )
            ],
        ),
        (
            "The emails were on a variety of topics, the Times said, including speeches and "
            "meetings.",
            [
                (
                    "the Times",
                    "said",
                    "The emails were on a variety of topics, the Times said, including speeches "
                    "and meetings",
                    False,
                )
            ],
        ),
        (
            "The plan would be in the public interest, Seemala argued, since the noteholders "
            "would be repaid.",
            [
                (
                    "Seemala",
                    "argued",
                    "The plan would be in the public interest, Seemala argued, since the "
                    "noteholders would be repaid",
                    False,
                )
            ],
        ),
        # a participle of the source's own, or a time before the reason: the content ends
        (
            "The plant will close, its owner said on Thursday, putting 400 people out of work.",
            [("its owner", "said", "The plant will close", False)],
        ),
        # a contrast with a statement of its own stands beside it
        (
            "Sales were weak, the traders said, while the French sources declined to estimate "
            "volume.",
            [
                ("the traders", "said", "Sales were weak", False),
                ("the French sources", "declined", "to estimate volume", False),
            ],
        ),
    ],
)
def test_a_reason_after_an_interrupting_cue_goes_on_with_the_content(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a cue of naming names stands in its content before the quoted name
        (
            "Hillary Clinton called the Republican frontrunner “ISIS’ best recruiter.”",
            [
                (
                    "Hillary Clinton",
                    "called",
                    "the Republican frontrunner “ISIS’ best recruiter.”",
                    False,
                )
            ],
        ),
        (
            "Trump was calling him, among other things, “a failed candidate.”",
            [("Trump", "calling", "him, among other things, “a failed candidate.”", False)],
        ),
        # ... and so is an object before "as" and the quotation
        (
            "Trump refers to the governor as “Chris.”",
            [("Trump", "refers to", "the governor as “Chris.”", False)],
        ),
        # a cue of saying before a quotation: the quotation alone
        (
            "Trump said Monday, “We will win.”",
            [("Trump", "said", "“We will win.”", True)],
        ),
    ],
)
def test_what_a_naming_cue_names_before_a_quotation_is_part_of_its_content(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause with its own verb and a comma before a quotation: one content
        (
            'She said the economic turmoil was not mainly the fault of banks, "not by a long '
            'shot."',
            [
                (
                    "She",
                    "said",
                    'the economic turmoil was not mainly the fault of banks, "not by a long shot."',
                    False,
                )
            ],
        ),
        # a time before the quotation: the quotation alone
        ('She said on Monday, "We will win."', [("She", "said", '"We will win."', True)]),
    ],
)
def test_a_clause_and_the_quotation_after_its_comma_are_one_content(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the topic after "said of" holds an abbreviation's period: the quotation alone
        (
            "Nelson Diaz, a former aide, said of Mr. Rubio: ''He is American 100 percent.''",
            [("Nelson Diaz, a former aide", "said", "''He is American 100 percent.''", True)],
        ),
        (
            "Another user wrote of Ms. Merkel: ''Your boss is bringing them in hordes.''",
            [("Another user", "wrote", "''Your boss is bringing them in hordes.''", True)],
        ),
        (
            'She said of the U.S. economy: "It is not ready."',
            [("She", "said", '"It is not ready."', True)],
        ),
        # a period that ends a sentence before the quotation: no topic of the quotation
        (
            "She spoke of the plan. “It is not ready,” she added.",
            [("She", "spoke of", "the plan", False), ("she", "added", "“It is not ready,”", True)],
        ),
    ],
)
def test_a_topic_with_an_abbreviation_before_a_quotation_is_no_part_of_its_content(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that" between the cue and a quotation opens the content
        (
            "Ms. Capito said in an interview that in her economically depressed state, "
            "''there is a huge degree of pessimism.''",
            [
                (
                    "Ms. Capito",
                    "said",
                    "that in her economically depressed state, ''there is a huge degree of "
                    "pessimism.''",
                    False,
                )
            ],
        ),
        (
            "Spokeswoman Jessica Ditto said that, “Of course Mr. Trump is going to defend "
            "himself.”",
            [
                (
                    "Spokeswoman Jessica Ditto",
                    "said",
                    "that, “Of course Mr. Trump is going to defend himself.”",
                    False,
                )
            ],
        ),
    ],
)
def test_that_between_a_cue_and_a_quotation_opens_the_content(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("sentence", "asker"),
    [
        ("Asked by Matt Lauer whether she had practiced, she said no.", "Matt Lauer"),
        ("Asked at a briefing whether she had practiced, she said no.", None),
    ],
)
def test_the_one_who_put_the_question_is_its_source(sentence: str, asker: str | None) -> None:
    record = parse_text(f"Title.\n\n{sentence}\n").to_dict()
    asked = [a for a in record["attributions"] if a["cue"] == "Asked"]
    assert [(a["source_text"], a["content"]) for a in asked] == [
        (asker, "whether she had practiced")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the cue opens the sentence, the source follows it before the colon
            "Said one advertising executive: “Nobody wants it.”",
            ("one advertising executive", "Said", "“Nobody wants it.”"),
        ),
        ("Added Smith: “We will win.”", ("Smith", "Added", "“We will win.”")),
        (  # a job before the colon ends the source, the colon is the cue
            "A spokesman for the ministry: “We will win.”",
            ("A spokesman for the ministry", ":", "“We will win.”"),
        ),
        ("Wallnau continues: “We will win.”", ("Wallnau", "continues", "“We will win.”")),
    ],
)
def test_a_colon_before_a_quote(text: str, expected: tuple[str, str, str]) -> None:
    assert [a[:3] for a in attributions_of(text)] == [expected]


def test_a_quote_after_a_second_cue_is_that_cues() -> None:
    """A cue whose words run into a later cue before the quote does not take the quote."""
    found = attributions_of(
        "Asked by a host to respond to the criticism, Carson said, “What does it say?”"
    )
    assert ("Carson", "said", "“What does it say?”", True) in found
    assert all(a[1] != "respond" or not a[3] for a in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a phrase opening with "Along" is passed over to the subject after its comma
            "Along with her husband, she has given to many, but said she would narrow her support.",
            [("she", "said", "she would narrow her support", False)],
        ),
        (
            "Against all odds, Smith won and said the city would recover.",
            [("Smith", "said", "the city would recover", False)],
        ),
    ],
)
def test_a_phrase_opening_with_a_preposition_is_no_subject(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Critics likened the gesture to the salutes of the 1930s.",
            [("Critics", "likened", "the gesture to the salutes of the 1930s", False)],
        ),
        (
            "Fiorina spoke for an hour, reminding voters that the race was far from over.",
            [("Fiorina", "reminding", "that the race was far from over", False)],
        ),
        (
            "The campaign will try to convince the courts that the law is unfair.",
            [("The campaign", "will try to convince", "the courts that the law is unfair", False)],
        ),
    ],
)
def test_verbs_of_comparing_reminding_and_persuading(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She compared her former employees at HP to the entrepreneurs of New Delhi.",
            [
                (
                    "She",
                    "compared",
                    "her former employees at HP to the entrepreneurs of New Delhi",
                    False,
                )
            ],
        ),
        (
            "Sanders also compared himself to Clinton on Sunday night.",
            [("Sanders", "compared", "himself to Clinton", False)],
        ),
        (  # a participle after a comma likens for the clause's subject
            "Trump unleashed an attack on Carson, comparing him to a child molester.",
            [("Trump", "comparing", "him to a child molester", False)],
        ),
        (  # figures set side by side: no view, and no cue form that ends a content
            "Some 31% of Republicans were enthusiastic, compared with 23% of Democrats.",
            [],
        ),
        (
            "Personal income is forecast to rise by 0.6 pct, compared with no change in January.",
            [
                (
                    None,
                    "forecast",
                    "Personal income is forecast to rise by 0.6 pct, compared with no change in January",
                    False,
                )
            ],
        ),
        (  # a thing or a preposition before it: no one likens
            "A chart comparing the exit polls with the results has been circulated.",
            [],
        ),
        ("The study focuses on comparing online panels to government benchmarks.", []),
    ],
)
def test_a_likening_verb_reports_after_a_subject_with_an_object_and_to(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Politifact deemed those statements false.",
            [("Politifact", "deemed", "those statements false", False)],
        ),
        (
            "President Obama has deemed certain releases a reasonable trade-off.",
            [("President Obama", "deemed", "certain releases a reasonable trade-off", False)],
        ),
        (
            "Obama deems certain releases a reasonable trade-off.",
            [("Obama", "deems", "certain releases a reasonable trade-off", False)],
        ),
        (  # after a noun of things the participle stays passive: no verdict of anyone
            "Her server handled messages later deemed top secret.",
            [],
        ),
        (
            "The emails were deemed classified.",
            [(None, "deemed", "The emails were deemed classified", False)],
        ),
    ],
)
def test_deemed_judges_its_object_after_a_subject(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Critics question whether the plan can work.",
            [("Critics", "question", "whether the plan can work", False)],
        ),
        (
            "You question my judgment, my honesty.",
            [("You", "question", "my judgment, my honesty", False)],
        ),
        # before a person it is an interrogation; after a determiner, a noun
        ("Agents have been trying to question several witnesses.", []),
        ("The question is whether the plan can work.", []),
    ],
)
def test_question_casts_doubt_after_a_subject_before_a_clause_or_a_thing(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jones regularly promotes a variety of fringe ideas.",
            [("Jones", "promotes", "a variety of fringe ideas", False)],
        ),
        (
            "Hillary Clinton is promoting her plans for public service.",
            [("Hillary Clinton", "promoting", "her plans for public service", False)],
        ),
        # after a preposition or "to" it tells of a sale or an effect
        ("The standards were designed to promote critical thinking.", []),
        (
            "He was criticized for promoting links to a leaked database.",
            [
                (
                    None,
                    "criticized",
                    "He was criticized for promoting links to a leaked database",
                    False,
                )
            ],
        ),
    ],
)
def test_promoting_is_a_stance_after_a_subject(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Romney also listed Trump's personal qualities.",
            [("Romney", "listed", "Trump's personal qualities", False)],
        ),
        (
            "Forbes lists David and Charles Koch with just under $40 billion each.",
            [("Forbes", "lists", "David and Charles Koch with just under $40 billion each", False)],
        ),
        (
            "She presented the nominee as singularly suited to defeat Mr. Trump.",
            [("She", "presented", "the nominee as singularly suited to defeat Mr. Trump", False)],
        ),
        (
            'He pronounced Pena Nieto "a friend."',
            [("He", "pronounced", 'Pena Nieto "a friend."', False)],
        ),
        (
            "Mrs. Clinton ticked off a laundry list of little-known Trump enterprises.",
            [
                (
                    "Mrs. Clinton",
                    "ticked off",
                    "a laundry list of little-known Trump enterprises",
                    False,
                )
            ],
        ),
        (
            "Mr. Rubio reflexively rattled off the same talking point about Mr. Obama.",
            [("Mr. Rubio", "rattled off", "the same talking point about Mr. Obama", False)],
        ),
        (
            "Calderon intimated that the American people have given Trump a real shot.",
            [
                (
                    "Calderon",
                    "intimated",
                    "that the American people have given Trump a real shot",
                    False,
                )
            ],
        ),
        (
            "Jonah Goldberg imagined Christie was thinking about the race.",
            [("Jonah Goldberg", "imagined", "Christie was thinking about the race", False)],
        ),
        (
            "The Obama White House had particularly disliked the gatherings.",
            [("The Obama White House", "disliked", "the gatherings", False)],
        ),
        # after a noun of things, a preposition or "to": a record or an act, no one's terms
        ("The assets listed in the filing include two homes.", []),
        ("She is widely disliked and distrusted.", []),
        # a passive, or a participle with no object after it
        ("They will be listed on the London Stock Exchange.", []),
        ("The shares Nomura listed in Frankfurt rose.", []),
        # presenting without "as" tells of an act
        ("Nakasone presented his plan for overhauling the tax system.", []),
        # crediting is as often money booked
        ("The Bundesbank credited banks with 15.2 billion marks.", []),
    ],
)
def test_listing_presenting_or_naming_after_a_subject(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "plans" and "planned" state an intention before "to"
            "Carole Bower, a retiree, now plans to vote for Mr. Trump.",
            [("Carole Bower, a retiree", "plans", "to vote for Mr. Trump", False)],
        ),
        (
            "The group planned to protest at the conference.",
            [("The group", "planned", "to protest at the conference", False)],
        ),
        (  # "plans" as a noun before a quote leaves the quote to the cue after it
            "The tax cut plans are ''profoundly irresponsible,'' said Steve Bell.",
            [("Steve Bell", "said", "The tax cut plans are ''profoundly irresponsible,''", False)],
        ),
        (  # an intention that is the content's own verb leaves the content whole
            "It said the province, China's largest gold producer, wants to double output.",
            [
                (
                    "It",
                    "said",
                    "the province, China's largest gold producer, wants to double output",
                    False,
                )
            ],
        ),
        (
            "The company said its subsidiary will seek to sell its grinding division.",
            [
                (
                    "The company",
                    "said",
                    "its subsidiary will seek to sell its grinding division",
                    False,
                )
            ],
        ),
        (  # a second predicate in the past stands beside the first
            "Prudential said it entered the business and planned to develop a network.",
            [
                ("Prudential", "said", "it entered the business", False),
                ("Prudential", "planned", "to develop a network", False),
            ],
        ),
        (  # an aim looked for after its subject and a form of be
            "Rubio is looking for a strong performance in South Carolina.",
            [("Rubio", "looking for", "a strong performance in South Carolina", False)],
        ),
        (
            "While Trump is looking to smooth over disagreements, his staff is not.",
            [("Trump", "looking to", "smooth over disagreements", False)],
        ),
        # ... not after a noun of things, nor before a noun phrase
        ("The court was favorable to corporations looking to cut their debts.", []),
        ("NASA is looking to the private sector to develop landers.", []),
        (  # eager before an infinitive that is no cue form: a stance, the infinitive its content
            "Mr. Hurt is eager to get the book out before the election.",
            [("Mr. Hurt", "eager", "to get the book out before the election", False)],
        ),
        (  # ... before a cue form the phrase is one cue
            "Clinton was more eager to talk about Trump.",
            [("Clinton", "was more eager to talk about", "Trump", False)],
        ),
        # ... eager for something states nothing, nor does eager set off by a comma
        ("Many voters are eager for something less dignified.", []),
        ("Congress, eager to find budget savings, launches a review.", []),
        (  # reluctant reads as eager does
            "Some of his supporters remain reluctant to get behind Mrs. Clinton.",
            [("Some of his supporters", "reluctant", "to get behind Mrs. Clinton", False)],
        ),
        ("Voters are reluctant for now.", []),
        (  # weighing in with something offers it
            "Clinton weighed in with her support.",
            [("Clinton", "weighed in with", "her support", False)],
        ),
        (  # a view held openly and a deed claimed: their objects
            "Emanuel has made no secret of his frustration with the title, which is bloody.",
            [("Emanuel", "made no secret of", "his frustration with the title", False)],
        ),
        (
            "The White House took credit for the deal on Tuesday.",
            [("The White House", "took credit for", "the deal", False)],
        ),
        (  # a closing source of up to two modifiers and a plural of people
            "South Korea plans to import cotton this year, trade ministry officials said.",
            [
                (
                    "trade ministry officials",
                    "said",
                    "South Korea plans to import cotton this year",
                    False,
                )
            ],
        ),
    ],
)
def test_intentions(text: str, expected: list[tuple[str | None, str, str, bool]]) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("participle", "said_content", "participle_content"),
    [
        # "adding" goes on speaking: the quotation after it is what was added
        (
            "adding that he would stay",
            "“We won,”",
            "that he would stay. “We are not done.”",
        ),
        # "referring to X" names what was meant: the quotation goes on with "said"
        (
            "referring to the vote",
            "“We won,” he said, referring to the vote. “We are not done.”",
            "the vote",
        ),
    ],
)
def test_a_quote_after_a_participle_that_goes_on_speaking_is_the_participles(
    participle: str, said_content: str, participle_content: str
) -> None:
    found = attributions_of(f"“We won,” he said, {participle}. “We are not done.”")
    cue = participle.split(" that")[0].split(" the")[0]
    assert ("he", "said", said_content, True) in found
    assert ("he", cue, participle_content, False) in found


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        # the statement before names no source: the participle is its clause subject's
        (
            "Two guards were charged on Monday with lying, stating that they had made"
            " their rounds.",
            "Two guards",
            "stating",
            "that they had made their rounds",
        ),
        (
            "The mayor was criticised over the budget, saying that the cuts were needed.",
            "The mayor",
            "saying",
            "that the cuts were needed",
        ),
        # ... or the source of an earlier statement that names one
        (
            "Sources said the project, involving the construction of a tunnel, had been"
            " discussed for over 20 years, adding it was expected to cost at least 750 mln"
            " dlrs.",
            "Sources",
            "adding",
            "it was expected to cost at least 750 mln dlrs",
        ),
        (
            "Pastor John Hale, citing a verse (''select able men''), endorsed Senator Ted"
            " Cruz, urging his flock to vote for him.",
            "Pastor John Hale",
            "urging",
            "his flock to vote for him",
        ),
        # not after an absolute "with" clause, which names a subject of its own
        (
            "A rise in the tax was opposed last week, with the committee chairman, Dan"
            " Smith, D-Kan., saying that more study was needed.",
            None,
            "saying",
            "that more study was needed",
        ),
        # after a content-first statement, its source (an adverb of place closing it)
        (
            "A deal between the two banks is expected to link their markets, fund managers"
            " here said, adding the move was long planned.",
            "fund managers here",
            "adding",
            "the move was long planned",
        ),
    ],
)
def test_a_participle_after_a_statement_naming_no_source(
    text: str, source: str | None, cue: str, content: str
) -> None:
    assert (source, cue, content, False) in attributions_of(text)


def test_quote_paragraph_without_cue_continues_the_speaker() -> None:
    text = "“The first part,” Smith said.\n\n“The second part.”"
    assert attributions_of(text) == [
        ("Smith", "said", "“The first part,” Smith said.\n\n“The second part.”", True)
    ]


@pytest.mark.parametrize(
    ("text", "content", "quotes"),
    [
        (  # another person's act in between: the quotation after it is no more his
            "“It goes in here,” Tom Ebeling said. Betsy Ebeling shook her head. “Tom’s much"
            " better about it than I am.”",
            "“It goes in here,”",
            [("It goes in here,", "Tom Ebeling")],
        ),
        (  # the speaker's own act in between: his quotation goes on
            "“It goes in here,” Tom Ebeling said. Tom Ebeling shook his head. “It goes out.”",
            "“It goes in here,” Tom Ebeling said. Tom Ebeling shook his head. “It goes out.”",
            [("It goes in here,", "Tom Ebeling"), ("It goes out.", "Tom Ebeling")],
        ),
        (  # nor a pronoun subject, nor a cue of the other person's
            "“It goes in here,” Tom Ebeling said. He shook his head. “It goes out.”",
            "“It goes in here,” Tom Ebeling said. He shook his head. “It goes out.”",
            [("It goes in here,", "Tom Ebeling"), ("It goes out.", "Tom Ebeling")],
        ),
    ],
)
def test_a_quotation_after_another_persons_act_is_not_the_speakers(
    text: str, content: str, quotes: list[tuple[str, str]]
) -> None:
    record = parse_text(f"Title.\n\n{text}\n").to_dict()
    assert [a["content"] for a in record["attributions"]] == [content]
    assert [(q["text"], q["speaker_text"]) for q in record["quotes"]] == quotes


@pytest.mark.parametrize(
    ("text", "content", "quotes"),
    [
        (  # a paragraph that opens with a quoted term as its subject continues nothing
            "“We will not contain it,” Bush said.\n\n“Containment” has been U.S. policy since.",
            "“We will not contain it,”",
            [("We will not contain it,", "Bush")],
        ),
        (  # ... nor does such a sentence after a quotation in the same paragraph
            "“Send it nonsecure,” Clinton wrote. “Non-paper” is a diplomatic term for a draft.",
            "“Send it nonsecure,”",
            [("Send it nonsecure,", "Clinton")],
        ),
        (  # an adverb before the verb; a title
            "“I still love acting,” Steenburgen said.\n\n“Wild Rose” is now available on DVD.",
            "“I still love acting,”",
            [("I still love acting,", "Steenburgen")],
        ),
        (  # a quotation that ends with its own punctuation goes on with its speaker
            "“The first part,” Smith said.\n\n“The second part.”",
            "“The first part,” Smith said.\n\n“The second part.”",
            [("The first part,", "Smith"), ("The second part.", "Smith")],
        ),
        (  # words said, over a few words, go on too
            "“It is fine,” Coan said. “The government is alleging that his calls to"
            " come” were provoking violence.",
            "“It is fine,” Coan said. “The government is alleging that his calls to come”",
            [
                ("It is fine,", "Coan"),
                ("The government is alleging that his calls to come", "Coan"),
            ],
        ),
    ],
)
def test_a_quoted_name_that_opens_a_sentence_as_its_subject_is_no_words_said(
    text: str, content: str, quotes: list[tuple[str, str]]
) -> None:
    record = parse_text(f"Title.\n\n{text}\n").to_dict()
    assert [a["content"] for a in record["attributions"]] == [content]
    assert [(q["text"], q["speaker_text"]) for q in record["quotes"]] == quotes


def test_a_cue_and_colon_closing_a_paragraph_announce_the_next_quote() -> None:
    text = "In a statement, Dr. Ward stated:\n\n“The solution is not politics.”\n\n“Period.”"
    assert attributions_of(text) == [
        ("Dr. Ward", "stated", "“The solution is not politics.”\n\n“Period.”", True)
    ]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (  # a statement that runs to its paragraph's colon goes on with the quotation
            "As Joel Pollak observed, the biggest victor was the stage itself:\n\n"
            "“The clear winner was the Fox Business Network.”\n\nYes, it did well.",
            (
                "Joel Pollak",
                "observed",
                "the biggest victor was the stage itself:\n\n"
                "“The clear winner was the Fox Business Network.”",
                False,
            ),
        ),
        (
            "He told his Democratic audience, to rowdy applause:\n\n"
            "“Nobody is more qualified than Hillary Clinton.”",
            (
                "He",
                "told",
                "his Democratic audience, to rowdy applause:\n\n"
                "“Nobody is more qualified than Hillary Clinton.”",
                False,
            ),
        ),
        (  # a cue of no speech only points at what is quoted
            "The bias shows in how the website rated this statement by Trump on June 11:"
            "\n\n“If you look at what’s going on in this country, it is bad.”",
            (
                "The bias",
                "shows",
                "in how the website rated this statement by Trump on June 11",
                False,
            ),
        ),
        (  # a cue after another of its sentence may be part of that one's report
            "As Breitbart News reported, the White House was refusing to call the attack "
            "terrorism:\n\n“The administration is still reluctant to call it terrorism.”",
            (
                "Breitbart News",
                "reported",
                "the White House was refusing to call the attack terrorism",
                False,
            ),
        ),
    ],
)
def test_a_quotation_after_a_colon_goes_on_with_the_statement_it_closes(
    text: str, first: tuple[str | None, str, str, bool]
) -> None:
    assert attributions_of(text)[0] == first


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # quoted words that close a statement and its paragraph go on in the next
            "Trump shot back, saying he’s “made a lot of money in down markets.”\n\n"
            "“Frankly, this is the kind of thinking our country needs.”",
            "saying he’s “made a lot of money in down markets.”\n\n"
            "“Frankly, this is the kind of thinking our country needs.”",
        ),
        (
            "Massie said Trump had “the opportunity and the obligation to bring us "
            "together.”\n\n“I think he can do that, but the biggest unifier is Clinton.”",
            "Trump had “the opportunity and the obligation to bring us together.”\n\n"
            "“I think he can do that, but the biggest unifier is Clinton.”",
        ),
        (  # the statement's own words close it after its quoted ones: no quotation goes on
            "Trump shot back, saying he’s “made a lot of money” in down markets.\n\n"
            "“Frankly, this is the kind of thinking our country needs.”",
            "saying he’s “made a lot of money” in down markets",
        ),
    ],
)
def test_a_quotation_goes_on_from_quoted_words_that_close_a_statement(
    text: str, content: str
) -> None:
    assert attributions_of(text)[0][2] == content


def test_a_few_words_may_stand_between_the_cue_and_its_colon() -> None:
    text = "The foundation describes itself in the following way:\n\n“We work for all.”"
    assert attributions_of(text) == [("The foundation", "describes", "“We work for all.”", True)]


def test_a_cue_and_colon_announce_the_unquoted_paragraph_beside_its_own_statements() -> None:
    text = "Dr. Ward stated:\n\nThe board gathered on Monday and said it would vote."
    assert attributions_of(text) == [
        ("Dr. Ward", "stated", "The board gathered on Monday and said it would vote", False),
        ("The board", "said", "it would vote", False),
    ]


def test_quotes_get_speaker_and_cue() -> None:
    article = parse_text("Title.\n\n“We will win,” the Ministry added.")
    record = article.to_dict()
    assert [(q["text"], q["speaker_text"], q["cue"]) for q in record["quotes"]] == [
        ("We will win,", "the Ministry", "added")
    ]


def test_a_cue_after_a_set_off_participle_and_to_speaks_for_the_clause_source() -> None:
    text = (
        "“That is insane,” Sanders said, going on to say that the country had spent"
        " years fighting racism."
    )
    assert attributions_of(text) == [
        ("Sanders", "said", "“That is insane,”", True),
        ("Sanders", "say", "that the country had spent years fighting racism", False),
    ]


# Ten sentences of the writer's own, 500 characters: what follows runs past the length
# at which a long paragraph is cut.
LONG_LEAD = "The campaign spent the week in Ohio and Michigan. " * 10


def test_a_long_paragraph_is_not_cut_inside_a_quotation() -> None:
    text = (
        "“"
        + "We have a lot of work to do in every county of this state. " * 12
        + "Our rivals say the polls are wrong. We will win,” Smith said."
    )
    found = attributions_of(text)
    assert [(source, cue, direct) for source, cue, _, direct in found] == [("Smith", "said", True)]
    assert found[0][2] == text[: text.index(" Smith said.")]


def test_a_long_paragraph_is_not_cut_between_two_quotations_of_one_speaker() -> None:
    text = (
        LONG_LEAD + "“We will win in Ohio,” she said. “We will win in Michigan and in every other"
        " state of the Midwest this fall.” The senator, according to aides, is confident."
    )
    assert attributions_of(text)[0] == (
        "she",
        "said",
        "“We will win in Ohio,” she said. “We will win in Michigan and in every other"
        " state of the Midwest this fall.”",
        True,
    )


def test_a_long_paragraph_of_a_quotation_over_several_paragraphs_is_not_cut() -> None:
    # no closing mark, the next paragraph opens another (kind "block"): the cues quoted
    # past the length at which a paragraph is cut are the quotation's, as in a closed one
    text = (
        "“"
        + "We have a lot of work to do in every county of this state. " * 12
        + "Our rivals said the polls are wrong.\n\n“We will win.”"
    )
    assert attributions_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "as follows" before the colon is part of the cue
            'Transcript as follows:\n\n"Tonight we arrived in Cleveland.\n\n"Thank you."',
            [
                (
                    "Transcript",
                    "as follows:",
                    '"Tonight we arrived in Cleveland.\n\n"Thank you."',
                    True,
                )
            ],
        ),
        (  # the subject of a lead with no cue of ours, the colon its cue
            "He then set out the qualities of a nominee:\n\n“Has he a record?\n\n“Can he win?”",
            [("He", ":", "“Has he a record?\n\n“Can he win?”", True)],
        ),
        (  # a cue whose content runs to the colon still leads the quotation after it
            "He then listed the qualities necessary in a successful Republican nominee in"
            " 2016:\n\n“Has he a record?\n\n“Can he win?”",
            [
                (
                    "He",
                    "listed",
                    "the qualities necessary in a successful Republican nominee in 2016",
                    False,
                ),
                ("He", ":", "“Has he a record?\n\n“Can he win?”", True),
            ],
        ),
        # one closed quotation after the colon: no quotation over several paragraphs
        ("He then set out the qualities of a nominee:\n\n“Has he a record?”", []),
        # a quoted transcript is read turn by turn (transcript_cues)
        ('Partial transcript as follows:\n\n"WALLACE: Do you agree?\n\n"PENCE: I do."', []),
        (  # a long sentence ending in a colon is the writer's argument, its subject no speaker
            "The rationale these writers at the paper use to smear the Republican rivals of"
            " the Democrat is a blind faith in the word of Obama:\n\n“As we said before,"
            " the figure is wrong.\n\n“That adds up.”",
            [],
        ),
    ],
)
def test_a_colon_lead_announces_a_quotation_over_several_paragraphs(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.timeout(120)
def test_thousands_of_he_said_lines() -> None:
    text = "Title.\n\n" + "\n\n".join(f"“Line {i} is here,” he said." for i in range(5000))
    record = parse_text(text).to_dict()
    assert len(record["attributions"]) == 5000
    assert len(record["quotes"]) == 5000
    assert all(q["speaker_text"] == "he" for q in record["quotes"])


@pytest.mark.timeout(120)
def test_one_endless_paragraph_of_quotes() -> None:
    text = "Title.\n\n" + " ".join(f"“Line {i} is here,” he said." for i in range(20000))
    record = parse_text(text).to_dict()
    assert len(record["quotes"]) > 19000
    assert all(a["source_text"] == "he" for a in record["attributions"])


@pytest.mark.parametrize(
    "headline",
    [
        "The Latest: Sanders wins Minnesota caucuses",
        "BREAKING: Quake shakes Chile",
        "Syria war: Rebels enter Hama as government forces withdraw",  # a topic
        "US election 2024: Turnout rises in Pennsylvania",
        "Biden pardons son Hunter despite previous pledges not to",  # a dangling "to"
        "Fox News Uncovered A Game-Changing Video – And She’ll Want To…",  # and an ellipsis
        "Parliament winter session: Opposition stages walkout over Adani row",
        "Germany: Scholz loses confidence vote in the Bundestag",  # a place labels it
        "Pune: Civic body to demolish illegal hoardings after collapse",  # a city too
        "Scoop: Trump team weighs new Fed chair pick",
        "Bill is back: Hillary's husband on the trail in New Hampshire",  # a clause
        "Beyond plagiarism, a bigger issue: Is this team ready",  # a comma
        "Tennis Podcast: Davis Cup Finals launch in Madrid and feelings are mixed",
        "‘Heroes’: Ukraine Fights Back",  # one quoted word labels the story
        "‘Heroes at war’: Ukraine marks a year of fighting",  # no cue after the name
        # a topic in sentence case, a column or a salutation before the colon
        "Snooze cruise: Study sees future for hibernating astronauts",
        "Bubonic plague: Third case of plague in China as panic begins",
        "NASA’s commercial moon shot: Musk's and Bezos's firms to bid",
        "Dear Abby: Husband springs for business class flight, but leaves wife in economy",
        "Daily Deals: More Black Friday Deals Are Live",
        # nouns of finance copy and a company's name in a wire headline
        "TOWER REPORT DIMINISHES REAGAN'S HOPES OF REBOUND",
        "AMERICAN EXPRESS STUDIES OPTIONS FOR SHEARSON",
        "ADAMS EXPRESS CO SETS REGULAR PAYOUT",
        "UAL UNIT'S EIGHT-YEAR NOTES YIELD 8.06 PCT",
        "CANDLEWOOD BANK INITIAL OFFERING STARTS",
        "U.K. MONEY MARKET SHORTAGE FORECAST REVISED DOWN",
        "EC OILS TAX, CANADA CORN RULING OPPOSED BY PANEL",  # a participle and its agent
    ],
)
def test_headline_labels_name_no_speaker(headline: str) -> None:
    text = f"{headline}.\n\nThe body of the story goes on here with more words.\n"
    assert parse_text(text).attributions == []


@pytest.mark.parametrize("verb", ["trade", "trades", "traded", "trading"])
def test_sides_that_trade_blame_report_nothing(verb: str) -> None:
    record = parse_text(
        f"Sudan’s army and RSF {verb} blame over attack on camp\n\n"
        "The RSF denied the accusation, the group said.\n"
    ).to_dict()
    assert [a["cue"] for a in record["attributions"]] == ["said"]
    assert all("trade" not in s["name"] for s in record["sources"])


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "Netanyahu rejects Hamas demands, vows to continue war",
            [
                ("Netanyahu", "rejects", "Hamas demands"),
                ("Netanyahu", "vows", "to continue war"),
            ],
        ),
        (
            "Trump slams 'rigged' trial, says he will appeal",
            [("Trump", "slams", "'rigged' trial"), ("Trump", "says", "he will appeal")],
        ),
        (  # a closing source after its cue: one statement
            "Israel and Hamas agree to extend truce, Qatar says",
            [("Qatar", "says", "Israel and Hamas agree to extend truce")],
        ),
        (  # the second verb in title case
            "Clinton Says Russians Hacked DNC, Calls Putin Remarks ‘Troubling’",
            [
                ("Clinton", "Says", "Russians Hacked DNC"),
                ("Clinton", "Calls", "Putin Remarks ‘Troubling’"),
            ],
        ),
        (  # "and" between two object cues
            "Putin chides Turkey and praises Trump",
            [("Putin", "chides", "Turkey"), ("Putin", "praises", "Trump")],
        ),
        (
            "Le Pen Praises Trump And Denounces Clinton",
            [("Le Pen", "Praises", "Trump"), ("Le Pen", "Denounces", "Clinton")],
        ),
        (  # "and" inside the clause of "say": one statement
            "Fed says inflation eases and hopes rise",
            [("Fed", "says", "inflation eases and hopes rise")],
        ),
        (  # a dash parts two clauses
            "Hillary Vowed To Never Utter 2 Words – And It Says A Lot",
            [("Hillary", "Vowed", "To Never Utter 2 Words"), ("It", "Says", "A Lot")],
        ),
        (  # ... but for one before words in lower case
            "Indiana governor endorses Cruz - but also has praise for front-runner",
            [("Indiana governor", "endorses", "Cruz")],
        ),
    ],
)
def test_a_headline_with_two_statements_of_its_subject(
    headline: str, expected: list[tuple[str, str, str]]
) -> None:
    record = parse_text(f"{headline}.\n\nThe body of the story goes on here with more words.\n")
    found = [(a["source_text"], a["cue"], a["content"]) for a in record.to_dict()["attributions"]]
    assert found == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Pence Blames Media For The Flap", ("Pence", "Blames", "Media For The Flap")),
        (
            "Her fate hinges on Obama's popularity, analyst says",
            ("analyst", "says", "Her fate hinges on Obama's popularity"),
        ),
        (
            "Clinton camp: Trump's rhetoric threatens security",
            ("Clinton camp", ":", "Trump's rhetoric threatens security"),
        ),
        (  # a source after the colon says nothing: the clause before it is read alone
            "KRG calls for talks with Baghdad on salaries: spokesperson",
            ("KRG", "calls for", "talks with Baghdad on salaries"),
        ),
        (  # the source of a subordinate clause
            "Tesla shares slump as Musk warns of a difficult year",
            ("Musk", "warns of", "a difficult year"),
        ),
        (  # a comma for "and" between names opening the headline
            "China, Brazil vow to deepen strategic partnership",
            ("China, Brazil", "vow", "to deepen strategic partnership"),
        ),
        ("In Iowa, Trump says he will win", ("Trump", "says", "he will win")),  # a phrase
        (  # a place before a quotation is its source
            "Iran: “US must leave the region”",
            ("Iran", ":", "“US must leave the region”"),
        ),
        (  # a source after its cue, after a quotation or a comma
            "Ukraine war: 'We will not give up,' says Zelensky",
            ("Zelensky", "says", "'We will not give up,'"),
        ),
        (
            "Rates will rise, says Fed Chair Powell",
            ("Fed Chair Powell", "says", "Rates will rise"),
        ),
        (  # a quotation, then its speaker after a colon or a dash
            "‘We will not give up’: Zelensky",
            ("Zelensky", ":", "‘We will not give up’"),
        ),
        (
            "“Enough is enough” — Ministry of Defence",
            ("Ministry of Defence", "—", "“Enough is enough”"),
        ),
        (  # ... and a cue of the speaker's after the name
            "'We will not give up' - Zelensky vows defiance",
            ("Zelensky", "-", "'We will not give up'"),
        ),
        (  # ... and the words a title-case headline capitalises after the name (NDTV)
            '"Will Not Tolerate Violence": Mamata Banerjee After Clashes In Kolkata',
            ("Mamata Banerjee", ":", '"Will Not Tolerate Violence"'),
        ),
        (  # a second verb of the subject that opens a headline in sentence case
            "Bank of England keeps rates on hold, warns of slower growth",
            ("Bank of England", "warns of", "slower growth"),
        ),
        (  # a clause of its own ends the content
            "Sunak vows to stop the boats as migrant crossings rise",
            ("Sunak", "vows", "to stop the boats"),
        ),
        (  # ... in title case too
            "Benghazi Widow Defends Trump Amid Controversies",
            ("Benghazi Widow", "Defends", "Trump"),
        ),
        (
            "Democrats Call For Action While Republicans Tweet Prayers",
            ("Democrats", "Call For", "Action"),
        ),
        (  # a dash parts two clauses: the second is read alone
            "Photo Surfaces — Some Say It Proves She Cheated",
            ("Some", "Say", "It Proves She Cheated"),
        ),
        ("CORRECTED - GM SEES RISE IN EUROPEAN SALES", ("GM", "SEES", "RISE IN EUROPEAN SALES")),
        (  # ... and a wire headline's source after its dash is no part of the content
            "MIYAZAWA EXPECTS DOLLAR REBOUND SOON - SPOKESMAN",
            ("MIYAZAWA", "EXPECTS", "DOLLAR REBOUND SOON"),
        ),
        (  # ... but for a dash after a cue, or inside a quotation
            "Our Research Shows – A Mix of Ad Units Works Best",
            ("Our Research", "Shows", "A Mix of Ad Units Works Best"),
        ),
        (
            "Bolton: ‘Vote for Hillary – Not Indicted, Yet!’",
            ("Bolton", ":", "‘Vote for Hillary – Not Indicted, Yet!’"),
        ),
        (  # ... but for a title-case "As", as often a phrase of the content
            "Obama Seeks More Refugees As He Marks Holiday",
            ("Obama", "Seeks", "More Refugees As He Marks Holiday"),
        ),
        (  # an object cue's noun phrase, whatever the case of the headline
            "Indiana governor endorses Cruz - but also has praise for front-runner",
            ("Indiana governor", "endorses", "Cruz"),
        ),
        ("REAGAN OPPOSES NEW TAXES, SEEKS BUDGET", ("REAGAN", "OPPOSES", "NEW TAXES")),
        (
            "Gwen Moore praises Clinton as 'work horse, not show horse'",
            ("Gwen Moore", "praises", "Clinton as 'work horse, not show horse'"),
        ),
        (  # a closing source and "says" after a clause with a cue of its own
            "Israel and Hamas agree to extend truce by two days, Qatar says",
            ("Qatar", "says", "Israel and Hamas agree to extend truce by two days"),
        ),
        (  # a listener alone after "tells": the content stands before the comma
            "We will not give up, Zelensky tells BBC",
            ("Zelensky", "tells", "We will not give up"),
        ),
        (
            "Ukraine will fight on, Zelensky tells reporters",
            ("Zelensky", "tells", "Ukraine will fight on"),
        ),
        (  # a finding closes the headline
            "Experts warn AI could threaten jobs, study finds",
            ("study", "finds", "Experts warn AI could threaten jobs"),
        ),
        (  # a speaker in lower case after the quotation, up to its cue
            "'Pure evil' – local residents say attack was planned",
            ("local residents", "–", "'Pure evil'"),
        ),
        (  # a job after the closing cue, no name
            "‘We must act now,’ says climate envoy",
            ("climate envoy", "says", "‘We must act now,’"),
        ),
        ("Rates to stay high, say analysts", ("analysts", "say", "Rates to stay high")),
        (  # the quotation, then its source and a topic after the cue
            "‘We had some issues,’ exec says on Disney+ glitches",
            ("exec", "says", "‘We had some issues,’"),
        ),
        (  # a colon after a speaker: capitalised words and the particles of names
            "Former AG Mukasey at RNC: Clinton email scandal disqualifies her",
            ("Former AG Mukasey at RNC", ":", "Clinton email scandal disqualifies her"),
        ),
        (  # a speaker named by a common noun
            "Clinton camp: Trump's Islamophobia threatens national security",
            ("Clinton camp", ":", "Trump's Islamophobia threatens national security"),
        ),
        (  # a lead in lower case that names a statement
            "Democrats' new warning: Leaks could include Russian lies",
            ("Democrats' new warning", ":", "Leaks could include Russian lies"),
        ),
        (  # a lead in lower case before a quotation
            "A lesson from Loretta Lynch: 'Be the voice that people hear'",
            ("A lesson from Loretta Lynch", ":", "'Be the voice that people hear'"),
        ),
        (  # a possessive before a reporting noun and its clause
            "Hillary Clinton’s Claim That Donald Trump Is In ISIS Videos Isn’t True",
            ("Hillary Clinton’s", "Claim", "That Donald Trump Is In ISIS Videos Isn’t True"),
        ),
        (  # a company's name ending in 's
            "MOODY'S CONFIRMS PUBLIC SERVICE ELECTRIC <PEG>",
            ("MOODY'S", "CONFIRMS", "PUBLIC SERVICE ELECTRIC <PEG>"),
        ),
        (  # a topic before the colon, then a clause that names its speaker
            "Brexit: PM says ‘we will leave on time’",
            ("PM", "says", "‘we will leave on time’"),
        ),
        (
            "Coronavirus: Lockdown to be eased, says minister",
            ("minister", "says", "Lockdown to be eased"),
        ),
        (  # a speaker before the colon, whose quotation holds a cue of its own
            "Cecile Richards: ‘I’m Sick Of Men Telling Us What To Do With Our Bodies.’",
            ("Cecile Richards", ":", "‘I’m Sick Of Men Telling Us What To Do With Our Bodies.’"),
        ),
        (  # a wire headline's stock symbol is no part of the name
            "UTILICORP <UCU> SEES HIGHER 1987 FIRST QUARTER",
            ("UTILICORP", "SEES", "HIGHER 1987 FIRST QUARTER"),
        ),
        (
            "DUN/BRADSTREET <DB> SAYS BUSINESS FAILURES UP",
            ("DUN/BRADSTREET", "SAYS", "BUSINESS FAILURES UP"),
        ),
        (  # an adverb or auxiliary before the cue belongs to the cue, in any case
            "Republicans Finally Admit The Deficit Is Real",
            ("Republicans", "Finally Admit", "The Deficit Is Real"),
        ),
        (
            "Donald Trump Is Now Calling Obama The Founder Of ISIS",
            ("Donald Trump", "Is Now Calling", "Obama The Founder Of ISIS"),
        ),
        (
            "ANCHOR GLASS <AGLS> NOW SEES HIGHER 1ST QTR NET",
            ("ANCHOR GLASS", "NOW SEES", "HIGHER 1ST QTR NET"),
        ),
        (  # an ellipsis after a word a statement may end with
            "Trump Says He Will Win It All…",
            ("Trump", "Says", "He Will Win It All…"),
        ),
        (  # ... not a modal verb, which may close a name
            "Theresa May Says Brexit Will Happen",
            ("Theresa May", "Says", "Brexit Will Happen"),
        ),
    ],
)
def test_headline_attributions(headline: str, expected: tuple[str, str, str]) -> None:
    text = f"{headline}.\n\nThe body of the story goes on here with more words.\n"
    article = parse_text(text)
    assert article.attributions
    a = article.attributions[0]
    assert a.source_span is not None
    found = (text_of(text, a.source_span), text_of(text, a.cue_span), text_of(text, a.content_span))
    assert found == expected


def test_a_headline_opening_with_a_question_word_and_a_pronoun_is_a_title() -> None:
    text = "What I Learned Running a Food Bank During a Rail Strike\n\nThe body goes on.\n"
    assert parse_text(text).attributions == []


def test_a_headline_cue_that_is_no_form_of_say_names_no_source_after_it() -> None:
    # "Slams" opens a second clause of the first source, not "..., says X".
    text = "Biden Aims Insult At Trump, Slams Japanese Pride Instead.\n\nThe body goes on.\n"
    sources = [text_of(text, a.source_span) for a in parse_text(text).attributions if a.source_span]
    assert "Japanese Pride Instead" not in sources


def test_a_set_phrase_matches_only_as_printed_in_its_list() -> None:
    # "That said," opens a sentence and reports nothing; a relative "that said," reports.
    found = attributions_of("They passed out bottles that said, “Welcome to the Games.”")
    assert [(cue, content) for _, cue, content, _ in found] == [("said", "“Welcome to the Games.”")]


def text_of(text: str, span: Span) -> str:
    return text[span.start : span.end]


@pytest.mark.parametrize(
    "text",
    [
        "Clinton has 1,700 pledged delegates and Sanders has 1,400.",
        "Only time will tell if his staying power will last through the spring.",
        "The so called reforms were passed in May.",
        "The so‐called reforms were passed in May.",
        "Mr. O'Reilly's show is the most watched on cable.",
        "Trump appeared on Fox News at the September debate anyway.",
        "Voters did not show up at the polls in March.",
        "Barden now helps lead a program called Sandy Hook Promise.",
        "A newly formed super PAC called Future 45 ran its first ads in Iowa.",
        "He joined a resistance movement called the Ethiopian People's Party in 1975.",
        "Roger Ailes helped found Fox News in 1996 with a message for voters.",
        "Parliament called a snap election for May after the budget failed.",  # convened
        "The U.N. called an emergency meeting on Monday after the test.",
        "Macron calls snap election after far-right surge in Europe.",  # a headline's
        "Bolivian miners call general strike over the new mining law.",  # no article
        "Having said that, the senator left the room in a hurry.",
        "With 222 delegates at stake, she is assured of winning at least 120.",
        "Even with all precincts reporting, the race remained too close to call.",
        "No doubt companies in the United States should pay some form of tax.",
        "It's worth noting that this is the first time in American history.",
        "Mr. Sanders found ways to press his agenda through small provisions.",
        "They met at the resort, now called Trump National Doral, in May.",
        "The group, also called Daesh, grew fast in the desert.",
        "Dumping Trump is easier said than done in New York.",
        "News reports that she had clinched the nomination were wrong.",  # a noun
        '"I do not believe in the devil." She became upset.',  # a stance takes no quote
        "She recently called in to an MTV town hall about police relations.",  # phoned
        "Trump, appearing after Clinton at the NBC forum, spoke about veterans.",
        "An Iranian brigade, backed by tanks, launched the attack.",  # support of arms
        "The same could not be said for Rakeem Jones, a protester at the rally.",
        "He shared a video posted on Facebook by the campaign.",
        "She saw a video posted Friday by the campaign.",
        "It runs a fund also called The Freedom Trust for its donors.",
        # a naming noun with a phrase after it inside a sentence, "one", two apostrophes
        "One proxy army, a group of disaffected Ethiopians called Ginbot 7, was strong.",
        "The curators set up an exhibit at 900 Grand Concourse called 'Intersecting "
        "Imaginaries' on the theme.",
        "A comic's book and a collection from the cartoonist Garry Trudeau called ''Yuge!'' "
        "came out in May.",
        "He was the target of mail sent by one PAC called Stop Hillary in May.",
        "It is the first in an Expert class of sets called the “Master Builder Series”.",
        "A worker named Antonio Arroyo has worked at the plant for ten years.",  # a name
        "The gym hosts a boxing class named for Ali, its guest of honor.",  # an eponym
        "Trump will officially be named the Republican Party nominee in July.",  # passive
        "The Irish issues had been singled out in the market.",  # a passive, no view
        "Hundreds of delegates cast their votes on Monday.",  # no "as": no framing
        "He pitched a tent, and the storm came as expected.",
        "He spoke to donors on a conference call with the campaign staff.",
        "Acts of protest are acts of patriotism, whether it was sitting at a lunch counter "
        "in the South in the 1960s or wearing a T-shirt.",
        "The host of an MSNBC show is a Virginia resident who voted in May.",
        "The governor found himself at the center of the budget fight.",
        "That said, Cruz cannot realistically win the nomination outright.",
        "All told, up to five million people could be eligible for the programs.",
        "It is too soon to say how severe the damage to the campaign might be.",
        "Lynch still has the final say on whether the case goes to a grand jury.",
        "Insiders of each party have a larger say than they do in the electoral process.",
        "Lewandowski had little to say when reached by the Associated Press.",
        "A win could cut the gap to, say, single digits in the state.",
        "He was greeted by Buddy Valastro, star of the TLC reality show “Cake Boss.”",
        "The senators answered the roll call on the budget bill in March.",
        "The border dispute has lasted decades.",
        "The shares were quoted at 150 pence in early trade.",
        "He has no regrets about the decision.",
        "The new rail line opened in May.",
        "Nike, the sports brand, grew fast in May.",
        "The protester yelled and held up a banner that was quickly ripped away.",
        "Jenna Smith reported from Washington for the evening news.",
        "Net excludes realized capital losses of 19,000 dlrs in the quarter.",
        "Galactic's announced accounting change will lower charges against earnings.",
        "That matters only if you believe the polls in the state this year.",  # anyone's "you"
        "It is an adaptation of a show called “Brokers,” from Spain.",
        "The patient was diagnosed with what's called “Feather Duvet Lung” in May.",
        "Speaking on a call with analysts, the chief executive was upbeat.",  # "a" + noun
        "She had a supporting role in the film that year.",
        "Here are some of the highlights of the hearing on Tuesday.",  # a noun after "the"
        # "plans" is a noun after a preposition, "be" or "have", an adjective or a
        # participle, and reports nothing without "to"
        "The campaign is making its biggest ad buy, with plans to spend $10 million.",
        "There are plans to expand elsewhere in the building.",
        "The company has plans to offer it through its own agency.",
        "The candidates all have fairly expansive plans to address climate change.",
        "Republican officials are accelerating plans to deal with a contested convention.",
        "The governor's plans for the convention are ready.",
        "It is a charged topic in the town these days.",
        "A man was charged over the death of a teenager last year.",  # a legal charge
        "The company beat estimates for the third quarter in a row.",  # a noun
        "Perhaps most telling were the candidates' favorite television shows.",
        "Russia's victory against defending champions Croatia was a surprise.",
        "Alibaba's initial public offering to New York in 2013 was a record.",
        "It comes with a wireless charging case for $150.",
        "After a strong showing in Iowa, the campaign moved to New Hampshire.",
        "In Saturday’s call, Pelosi was underlining a point made by experts.",
        "He was joined on the call by the president of the group.",
        "The college is charging students more than $30,000 a year.",
        "Laptops now support charging with portable batteries.",
        "The city maintained the roads through the winter.",  # "maintain" needs "that"
        "She won the primary in North Carolina, adding to her delegate lead.",
        "Mr. Sanders showed signs of fatigue on the last day of the tour.",
        "The galaxy's shape is very telling about its early history.",
        # a domain adverb makes the -ed form an adjective
        "He made a politically charged visit to the border on Wednesday.",
        "It was a racially charged argument between the two families.",
        "The attack remains so politically charged that it made the debate.",
        # a price, not an accusation
        "The club charged a $100,000 initiation fee to its members.",
        "Whatever Trump charged his campaign for rent came back to him in the end.",
        "A company he owns has charged the campaign approximately $3.7 million in costs.",
        # an office run for, not a stated aim
        "Clinton and O'Malley, who are also seeking the nomination, spoke on Sunday.",
        "Two of the Republicans seeking the presidency released their totals.",
        "Incumbent Rep. Cynthia Lummis was not seeking a fifth term.",
        "As Mrs. Clinton seeks the White House, the charity faces questions.",
        # "show" after a word that makes it a broadcast
        "Oliver hosts the popular weekly show “Last Week Tonight,” on HBO.",
        "The cancellation of his late night show “Lopez Tonight.” came in 2011.",
        "Speaking later on the same show, the senator changed the subject.",
        "Other shows did a bit better in the ratings that month.",
        "The party took 18 of 25 slots in another show of organizational strength.",
        "It was the only show that consistently included women in the discussions.",
        # "decline" as a fall in a figure, not a refusal
        "Trade between the two nations declined 40 percent in the first half.",
        "The unemployment rate has declined significantly for all groups in recent years.",
        "His approval rating has declined slightly from 58 percent to 55 percent.",
        "Consumer spending declined 0.6 pct in the fourth quarter.",
        # appearing together is taking part
        "They appeared together on the campaign trail for the first time on Tuesday.",
        "He has a prime-time chance when he appears before thousands of delegates.",
        # the writer's own aside
        "It's important to remember that democracy can also be messy.",
        "(Not to mention, campaigns often purchase their candidates' books in bulk.)",
        "It goes without saying that raising taxes on the rich is anathema to Republicans.",
        # association, sympathy, a telephone call held with someone
        "The candidate most identified with free trade could be the most progressive.",
        "We were victims too, and we identified with the others at whom he took aim.",
        "Senior aides have been holding more frequent calls with their counterparts.",
        # an -ed form after "to" is an adjective: an infinitive takes the base form
        "The delay was a response to reported shortages in the region.",
        # a form after "the" is a noun, and reports only with its complement
        "Trump made the pledge at a veterans conference in Virginia on Monday.",
        "Rubio has the praise, just not the votes.",
        "The White House usually does the tweeting when the president speaks.",
        "She maneuvered around the charged term in the debate.",
        # an -ed form after a determiner and an adverb in -ly is an adjective
        "The newly identified emails included some that were deleted.",
        "They met after a swiftly called, late-afternoon meeting on Friday.",
        "The company completed its previously announced merger with the bank.",
        # and so is one after a determiner and a degree word
        "Trump is the most criticized nominee in decades.",
        "It was the least expected result of the night.",
        # a form in -s after a quantifier or a possessive is a plural noun
        "But too many calls today still roll over to backup centers.",
        "Other estimates put the number of eligible workers higher.",
        "Rubio has broken many promises he made to the voters of Florida.",
        # a form in -s one or two words into its sentence, before an auxiliary or
        # "be", heads the subject
        "Health worries have dogged 68-year-old Hillary Clinton after she collapsed.",
        "His cost estimates have been between $8 billion and $12 billion.",
        "Price declines were recorded for meat products and lumber.",
        # loyalty sworn
        "A gunman claiming allegiance to the group carried out the shooting.",
        # a passive of "confirmed" with no "that", "to" or agent: a vote or a fact
        "All three judges were confirmed with Republican support in May.",
        "Several hundred vessels have been confirmed hit in the Gulf since 1984.",
        # a matter handed on
        "The issue of the server was referred to the FBI in July.",
        # finding a way is managing, not learning
        "They found a way through the Clean Air Act of 1970.",
        # being honest and telling things apart
        "She was never sworn in to tell the truth before the panel.",
        "They gave him three Pinocchios for telling the truth about his career.",
        "Yet here was the judge professing his inability to tell the difference.",
        "Every year, a new influx of refugees finds its way to the city.",
        # "that" and a verb after a noun open a relative clause, no statement
        "So why pursue a claim that is as false as it is cruel?",
        "It was a claim that originated in a deposition during the divorce.",
        # compounds opened by a cue form; "so-" broken off its "called"
        "There are some warning signs for Clinton in the poll.",
        "Manafort comes with the right calling card: he protected delegates in 1976.",
        "Pickets stood outside stores, warehouses and call centers during the strike.",
        "Investors in Britain and the so- called special relationship with Washington matter.",
        # a sum
        "By morning, the campaign's efforts at damage control added up to a series of "
        "conflicting explanations.",
        # a count that grows
        "While the U.S. added around 292,000 jobs in December, China suffered.",
        "In the past five years, we have added 1 million private sector jobs.",
        "The stock added more than 2% to begin the week.",
        # a reason for an act, a likeness, a removal, a demand: no one's words
        "A Republican who spoke on the condition of anonymity for fear of losing her job left.",
        "In a turn that called to mind, for some, the refrain of 1963, he switched.",
        "Democrats knocked out an economic pillar critical to the act's goals.",
        "The North Dakota delegation has been heavily sought after this spring.",
        # a contest given up
        "Bernie Sanders is conceding the race in Nevada in a phone call with Clinton.",
        "Devine didn't concede defeat, either.",
        # a prize, a share of the vote or land taken
        "Tenney won the primary, claiming 41 percent of the vote.",
        "Meanwhile, Rubio claimed the prize for exceeding expectations.",
        "The army claims more territory from the rebels every week.",
        # an adjective before its noun; a participle that dates a document
        "The leadership's repeated refusal to take up any nominee angered Democrats.",
        "Despite evidence, including a birth certificate issued in Hawaii and a newspaper "
        "notice, birther sites are strewn across the Internet.",
    ],
)
def test_cue_forms_that_modify_a_noun_are_no_cues(text: str) -> None:
    assert attributions_of(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # the guards of "charged", "seek" and "show" leave their reports alone
        ("Critics charged that the hearing failed to provide any new information.", "charged"),
        ("The company was charged with price undercutting by the regulator.", "charged"),
        ("She angrily charged that he had lied about the fees.", "charged"),
        ("The campaign is seeking an injunction to overturn the denial of access.", "seeking"),
        ("He sought to reassure his investors after the vote.", "sought"),
        ("New polls show that the race is tight in the state.", "show"),
        ("A Quinnipiac poll shows Clinton ahead by five points in Ohio.", "shows"),
        ("Gore declined an interview request from the paper on Sunday.", "declined"),
        ("He added that 3 people died in the fire.", "added"),  # "add" reports a number
        ("Trump conceded the primary in Iowa was close.", "conceded"),  # a clause
        ("He conceded that the race was lost.", "conceded"),
        ("He claimed the seat was his by right.", "claimed"),  # a clause
        ("Labatt claims a 41 pct share of the beer market.", "claims"),
        ("She added: “We will win 2 states.”", "added"),
        ("The center has declined for years to reveal its sources.", "declined"),
        ("She declined politely to comment on the report.", "declined"),
        ("He assured voters that taxes would not rise in May.", "assured"),
        ("He answered the call to serve his country.", "call"),  # a noun with its complement
        ('One lawmaker called Trump "the orange prince of self-publicity."', "called"),
        ("Later, the head of a group in Iowa called Trump a liar.", "called"),
        ("The family planned to bring him to the center for a ceremony.", "planned"),  # a noun
        ("One analyst says the shares are cheap, the other says they are dear.", "says"),
        ("There were many calls for calm after the vote.", "calls"),  # with its complement
        ("It was confirmed that the plant would close.", "confirmed"),
        ("Her death was confirmed by the Eagle Forum on Monday.", "confirmed"),
        ("Her lead in the South is often referred to as a firewall.", "referred to"),
        ("His claim that he was rich is false.", "claim"),  # a subject after "that"
        ("MITI acted in the hope that will boost chip prices.", "acted in the hope"),  # "that"
        # dropped; the verb before the noun joins its cue
    ],
)
def test_guarded_cue_forms_still_report(text: str, cue: str) -> None:
    assert cue in [found_cue for _, found_cue, _, _ in attributions_of(text)]


def test_guard_table_holds_the_tests_of_each_guarded_form() -> None:
    # every guarded form has its tests; a form that is a verb only after a subject has
    # that test alone; the noun reading, which may tell a form is a cue, comes last
    lex = cue_lexicon()
    assert lex.guards.keys() == lex.guarded
    assert all(lex.guards[form] for form in lex.guarded)
    assert all(len(lex.guards[form]) == 1 for form in lex.bare_verbs)
    assert [test.__name__ for test in lex.guards["support"]] == ["_bare_verb_reading"]
    assert all(
        [test.__name__ for test in tests].index("_noun_reading") == len(tests) - 1
        for tests in lex.guards.values()
        if "_noun_reading" in [test.__name__ for test in tests]
    )
    assert [test.__name__ for test in lex.guards["show"]][-1] == "_noun_reading"


def test_not_to_mention_reports_when_it_is_no_aside() -> None:
    found = attributions_of("He has been careful not to mention Trump by name in his speeches.")
    assert [content for _, cue, content, _ in found if "mention" in cue] == ["Trump by name"]


@pytest.mark.parametrize(
    "text",
    [
        "The company will redeem its 14-1/2 pct subordinated notes due 2000.",
        "The issue was raised from an initial offering of 140 mln dlrs.",
        "Mobil filed for a shelf offering of up to one billion dlrs of debt securities.",
        "The Treasury will sell 10 billion dlrs of two-year notes next week.",
        "Benchmark 10-year notes last rose 7/32 in price.",  # a number and a hyphen
        "The dollar notes will be listed in Luxembourg.",
        "This was above previous estimates of the current account deficit.",
        "The spokesman gave no estimate of the damage.",
        "Output is trailing behind the three pct forecast for the U.K.",
        "Rates rose by a quarter of a percentage point to 14 pct.",
        "Proceeds from the offering\nwill be used to repay debt.",  # a determiner, a new line
        "Shares of American\nExpress rose sharply on the news.",  # a company
    ],
)
def test_nouns_of_finance_copy_are_no_cues(text: str) -> None:
    assert attributions_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a percentage without a determiner is a share of people
            "Six pct forecast prices will fall.",
            [("Six pct", "forecast", "prices will fall", False)],
        ),
        (  # an adverb, no modifier
            "It earlier forecast that its surplus could reach eight billion dlrs.",
            [("It", "forecast", "that its surplus could reach eight billion dlrs", False)],
        ),
        (
            "About 4 in 10 say they want more liberal policies.",
            [("About 4 in 10", "say", "they want more liberal policies", False)],
        ),
    ],
)
def test_a_number_before_a_cue_may_be_its_source(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "This compares with the bank's estimate of a 750 mln stg shortage.",
            ("the bank's", "estimate of", "a 750 mln stg shortage"),
        ),
        (
            "A win would go a long way in complicating Trump's hopes to win the nomination.",
            ("Trump's", "hopes", "to win the nomination"),
        ),
        (
            "It was a boost to the Obama administration's hopes that Burma will change.",
            ("the Obama administration's", "hopes", "that Burma will change"),
        ),
    ],
)
def test_the_possessor_of_a_reporting_noun_is_its_source(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a possessive determiner after "be": the predicate's noun is the owner's
            "Perhaps the most telling contradiction was his claim that he visited Epstein "
            "in New York in 2010.",
            ("his", "claim", "that he visited Epstein in New York in 2010"),
        ),
        (  # ... and after a preposition, whose object the noun phrase is
            "Donald J. Trump has gotten traction with his promise to build a wall.",
            ("his", "promise", "to build a wall"),
        ),
        (  # a verb that carries the stance on keeps its subject
            "He stood by his claim that the vote was rigged.",
            ("He", "claim", "that the vote was rigged"),
        ),
    ],
)
def test_a_possessive_determiner_after_a_preposition_or_be_owns_the_noun(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # the auxiliary of a question is no part of its subject
            "Did the Clinton Foundation refuse to turn over relevant documents?",
            [("the Clinton Foundation", "refuse", "to turn over relevant documents")],
        ),
        (
            "Is the city offering fresh air for sale?",
            [("the city", "offering", "fresh air for sale")],
        ),
        (  # "Will" opens a name
            "Will Doyle said it was a pretty expensive business model.",
            [("Will Doyle", "said", "it was a pretty expensive business model")],
        ),
        (  # a lower-case modal opens a predicate: no source, no statement
            "Once ratings come into the picture, will reporters still want to pursue "
            "those small stories?",
            [],
        ),
    ],
)
def test_an_auxiliary_before_a_subject(
    sentence: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert pipeline_attributions(sentence) == expected


def test_a_headline_predicate_after_a_comma_has_no_source() -> None:
    record = parse_text(
        "Emirates inks $9 billion order for 30 Boeing 787 jets, will restart plans to expand "
        "airline by early 2020s\n\nThe airline said on Wednesday it would buy the jets.\n"
    ).to_dict()
    found = [(a["source_text"], a["cue"], a["content"]) for a in record["attributions"]]
    assert found == [("The airline", "said", "it would buy the jets")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a possessive determiner, an adjective, a noun that is also a verb form
            "His repeated claims that he forgot were false.",
            [("His", "claims", "that he forgot were false")],
        ),
        (
            "They will be targets for Trump's false claims that he is an advocate.",
            [("Trump's", "claims", "that he is an advocate")],
        ),
        (  # a hyphenated modifier, a name with its title
            "Mr. Trump's fire-breathing vows to trash bad trade deals are popular.",
            [("Mr. Trump's", "vows", "to trash bad trade deals are popular")],
        ),
        (  # a degree word before the adjective; the noun's copula before "that"
            "Podliska's most explosive claim is that the committee is partisan.",
            [("Podliska's", "claim", "that the committee is partisan")],
        ),
        (
            "The president revisited his own promise to guide the country.",
            [("his", "promise", "to guide the country")],
        ),
        (  # without a complement the noun reports nothing
            "For networks that own their old shows, the allure is greater.",
            [],
        ),
        ("Because Google's big promises haven't arrived, few play.", []),
        # a noun that heads the possessor's phrase keeps the verb after it
        ("His aides claim that he won.", [("His aides", "claim", "that he won")]),
        (
            "Her economic plan promises to lift wages.",
            [("Her economic plan", "promises", "to lift wages")],
        ),
    ],
)
def test_a_possessive_and_its_adjectives_make_a_reporting_noun(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert pipeline_attributions(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The billionaire businessman began talking about the drug crisis.",
            ("The billionaire businessman", "talking about", "the drug crisis"),
        ),
        (
            'The Carlyle Group will be left to wonder: "what did we do to deserve this?"',
            ("The Carlyle Group", "wonder", '"what did we do to deserve this?"'),
        ),
        (  # a pronoun without the auxiliary contracted onto it
            "They’re expecting to get an endorsement.",
            ("They", "expecting", "to get an endorsement"),
        ),
        (  # a platform and the verb of posting
            "Then Taylor Swift posted on Twitter accusing Big Machine of trying to stop her.",
            ("Taylor Swift", "accusing", "Big Machine of trying to stop her"),
        ),
        (  # a past that is no participle
            "Some of Trump’s defenders took to social media, claiming that she was rich.",
            ("Some of Trump’s defenders", "claiming", "that she was rich"),
        ),
        (  # a finite verb of aspect inside the source
            "But Mr. Trump continues to give mixed signals about his plans for China.",
            ("Mr. Trump", "signals about", "his plans for China"),
        ),
        (  # an adverb, and "about to" after a contracted "be"
            "I’m about to show you how it works.",
            ("I", "show", "you how it works"),
        ),
        ("Rubio only explained that he was tired.", ("Rubio", "explained", "that he was tired")),
        ("Polling shows that Trump is ahead.", ("Polling", "shows", "that Trump is ahead")),
    ],
)
def test_the_verb_phrase_before_a_cue_is_no_part_of_its_source(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Former President Bill Clinton agreed with the analysis.",
            ("Former President Bill Clinton", "agreed with", "the analysis"),
        ),
        (
            "The American Medical Association agrees with Dean.",
            ("The American Medical Association", "agrees with", "Dean"),
        ),
        (
            "Local politicians fired back at Trump's comments, including Rep. Lacy Clay.",
            ("Local politicians", "fired back at", "Trump's comments, including Rep. Lacy Clay"),
        ),
        (
            "The White House hints at what some of his plans might include.",
            ("The White House", "hints at", "what some of his plans might include"),
        ),
        (
            "He concluded with a history lesson about Franklin Pierce.",
            ("He", "concluded with", "a history lesson about Franklin Pierce"),
        ),
        (
            "Sanders countered with a breakfast with Sharpton.",
            ("Sanders", "countered with", "a breakfast with Sharpton"),
        ),
        (
            "Asked about his paid speeches in the race, Huckabee smiled.",
            (None, "Asked about", "his paid speeches in the race"),
        ),
        (  # a preposition of a cue of its own, no other lemma's
            "Many economists argued with reporters about the plan.",
            ("Many economists", "argued", "with reporters about the plan"),
        ),
    ],
)
def test_a_cue_keeps_its_own_preposition(sentence: str, expected: tuple[str, str, str]) -> None:
    """The preposition a cue governs ("agree with", "hint at") goes with the cue, and
    what follows it is the content."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "She said little about the plan in recent months.",
            ("She", "said little about", "the plan in recent months"),
        ),
        (
            "She said almost nothing about monetary policy until October.",
            ("She", "said almost nothing about", "monetary policy until October"),
        ),
        (
            "The State Department worries so much about corrupted cellphones.",
            ("The State Department", "worries so much about", "corrupted cellphones"),
        ),
        (  # an amount that is the subject of the content stays in it
            "He said much of his discussion with Trump was about Israel.",
            ("He", "said", "much of his discussion with Trump was about Israel"),
        ),
    ],
)
def test_how_much_was_said_goes_with_the_cue(sentence: str, expected: tuple[str, str, str]) -> None:
    """ "said little about X": the amount and "about" join the cue, X is the content."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Recently, he said, he has realized that the rest of Georgia is not as hospitable.",
            "Recently, he said, he has realized that the rest of Georgia is not as hospitable",
        ),
        (
            "Within marriages, they said, women now have more authority to steer decisions.",
            "Within marriages, they said, women now have more authority to steer decisions",
        ),
        (  # a conjunction before the adverbial
            "But ultimately, other experts say, she and her aides were not trying to hide it.",
            "But ultimately, other experts say, she and her aides were not trying to hide it",
        ),
        (  # a connective links the sentence to the one before: the writer's
            "Still, he said, officials have to decide who gets extra help.",
            "officials have to decide who gets extra help",
        ),
        (  # ... as does a conjunction alone
            "And, he acknowledged, it is unclear how far his advice goes with Mr. Trump.",
            "it is unclear how far his advice goes with Mr. Trump",
        ),
        (  # a quotation after the cue stands alone
            "Instead, she said, “we will fight on to the convention.”",
            "“we will fight on to the convention.”",
        ),
        (  # what is added ties to the statement before it
            "After all, she added, Republicans have been after her for years.",
            "Republicans have been after her for years",
        ),
    ],
)
def test_a_short_lead_before_an_interrupting_cue_opens_its_content(
    sentence: str, content: str
) -> None:
    """ "Recently, he said, he has realized ...": the adverbial that opens the sentence
    before the source and cue set off by commas is the reported clause's own."""
    assert [a[2] for a in pipeline_attributions(sentence)] == [content]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "If Trump doesn’t become the nominee, he said he would settle for a rival.",
            (
                "he",
                "said",
                "If Trump doesn’t become the nominee, he said he would settle for a rival",
            ),
        ),
        (  # a source and cue set off by commas
            "If the law has never had its day in court, Giuliani said, there’s a simple reason.",
            (
                "Giuliani",
                "said",
                "If the law has never had its day in court, Giuliani said, there’s a simple reason",
            ),
        ),
        (
            "If it doesn't slow down, forecasters say health spending will cripple the economy.",
            (
                "forecasters",
                "say",
                "If it doesn't slow down, forecasters say health spending will cripple the economy",
            ),
        ),
        (  # an auxiliary before the cue: the source's own plan, not a reported condition
            "If he wins the presidency, Trump has indicated he would try to curb critics.",
            ("Trump", "indicated", "he would try to curb critics"),
        ),
        (  # no condition: an occasion of the statement is the writer's
            "In an interview, he said he would settle for a rival.",
            ("he", "said", "he would settle for a rival"),
        ),
        (  # a fixed phrase in "if", the writer's comment
            "If anything, experts say her plans would make the code more complicated.",
            ("experts", "say", "her plans would make the code more complicated"),
        ),
    ],
)
def test_an_opening_condition_is_part_of_the_content(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """ "If A, he said B": the condition that opens the sentence before the source and a
    verb of speech is the statement's own."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Mr. Blumenthal complained to CBS News' Charlie Rose that linking him was unfair.",
            "that linking him was unfair",
        ),
        (
            "She admitted to the newspaper that they had been friends for some time.",
            "that they had been friends for some time",
        ),
        (
            "The senator explained to him that he would vote against the bill.",
            "that he would vote against the bill",
        ),
        (  # an infinitive after "to" is no one spoken to
            "He wanted to show that they can't scare us.",
            "to show that they can't scare us",
        ),
        (  # nor is a noun before a relative "that"
            "The workers agreed to a settlement that provided for a payment to workers.",
            "to a settlement that provided for a payment to workers",
        ),
    ],
)
def test_the_one_spoken_to_before_that_is_no_part_of_the_content(
    sentence: str, content: str
) -> None:
    """ "complained to CBS that ...": the one spoken to, after "to", stands between the cue
    and its "that", which opens the content."""
    assert [a[2] for a in pipeline_attributions(sentence)] == [content]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The bill, which the Senate is expected to vote on next week, returns power to "
            "the states.",
            (None, "expected", "the Senate is expected to vote on next week"),
        ),
        (
            "Mr. Hurt, who declined to comment, returned the publication rights.",
            ("who", "declined", "to comment"),
        ),
        (
            "Mr. Smith, who has said he will run, returns to Iowa on Monday.",
            ("who", "said", "he will run"),
        ),
        (  # a cue outside the relative clause keeps it
            "Trump said the plan, which would cut taxes, is dead.",
            ("Trump", "said", "the plan, which would cut taxes, is dead"),
        ),
        (  # a past without "-ed" after an adverb in -ly
            "Mr. Perez, who said he would probably campaign with him, ultimately went home.",
            ("who", "said", "he would probably campaign with him"),
        ),
        (  # a second relative clause after "and"
            "Senator Ted Cruz, who last year threatened a shutdown, and who has been hoping "
            "to carve support away from Mr. Trump, quickly went up with an ad.",
            ("who", "hoping", "to carve support away from Mr. Trump"),
        ),
        (  # near miss: a past after the comma, but the cue stands before the clause
            "The aide said voters, who had waited for hours, went home angry.",
            ("The aide", "said", "voters, who had waited for hours, went home angry"),
        ),
    ],
)
def test_a_set_off_relative_clause_ends_before_the_main_verb(
    sentence: str, expected: tuple[str | None, str, str]
) -> None:
    """A cue inside a relative clause set off by commas: its content ends at the comma
    after which the sentence's main verb goes on."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "With Democratic leaders increasingly worried about a lack of passion among "
            "young voters, President Obama is rolling out a new message.",
            ("Democratic leaders", "worried about", "a lack of passion among young voters"),
        ),
        (
            "At a time when it was said that Democrats might never win again, Bill Clinton "
            "proved that prediction wrong.",
            (None, "said", "that Democrats might never win again"),
        ),
        (  # a cue of the main clause after a short phrase keeps its list of clauses
            "In January the judge ruled that the court had no jurisdiction, the council was "
            "not an association, and the petition failed.",
            (
                "the judge",
                "ruled",
                "that the court had no jurisdiction, the council was not an association, "
                "and the petition failed",
            ),
        ),
    ],
)
def test_an_opening_phrase_ends_before_the_main_clause(
    sentence: str, expected: tuple[str | None, str, str]
) -> None:
    """A cue inside a phrase that opens the sentence with a preposition: its content ends
    at the phrase's comma, before the main clause's subject and verb."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "And although he thanked the evangelical community for supporting him, he sounded "
            "a rare note of self-deprecation, saying, “I'm not sure I really deserve it.”",
            ("he", "thanked", "the evangelical community for supporting him"),
        ),
        (
            "But now that we know they are big and persistent, it looks unconscionable.",
            ("we", "know", "they are big and persistent"),
        ),
        (  # the source opens the sentence: its cue is the main verb
            "Trump said the plan is dead, Clinton is wrong.",
            ("Trump", "said", "the plan is dead, Clinton is wrong"),
        ),
    ],
)
def test_a_fronted_clause_ends_before_the_main_clause(
    sentence: str, expected: tuple[str | None, str, str]
) -> None:
    """A cue in a clause put before the main clause, its source inside it: the content
    ends at the clause's comma, before the main clause's subject and verb."""
    assert expected in pipeline_attributions(sentence)


def test_a_cue_s_preposition_waits_for_nested_statements() -> None:
    """The preposition leaves the content only once nested statements are resolved: the
    words after it still count as the first content's when a second statement follows."""
    text = (
        "On Trump's assertion there are generals who agree with him, Benjamin said "
        "the war is going well."
    )
    assert ("Benjamin", "said", "the war is going well") in pipeline_attributions(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two-thirds support reducing the prison sentences for drug possession.",
            ("Two-thirds", "support", "reducing the prison sentences for drug possession"),
        ),
        (  # the last part of a hyphenated share
            "About three-quarters support a temporary ban on new arrivals.",
            ("About three-quarters", "support", "a temporary ban on new arrivals"),
        ),
        (
            "Millennials support background checks for all gun purchasers.",
            ("Millennials", "support", "background checks for all gun purchasers"),
        ),
        (
            "Most Millennials favor a large role for government in health care.",
            ("Most Millennials", "favor", "a large role for government in health care"),
        ),
        (
            "But experts note that many new coal plants are still being built.",
            ("experts", "note", "that many new coal plants are still being built"),
        ),
        (
            "He did note that he had won the most states and the most votes.",
            ("He", "note", "that he had won the most states and the most votes"),
        ),
    ],
)
def test_a_bare_form_after_a_subject_is_a_verb(text: str, expected: tuple[str, str, str]) -> None:
    assert [(s, c, k) for s, c, k, _ in attributions_of(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Rubio saw his support collapse quickly in March.",  # a possessive: a noun
        "Schilling would not back down from the fight.",  # a particle
        "Support for Sanders has been strong among the young.",
        "They need their support with recent polls slipping.",
        "The campaign sent a note to its donors on Friday.",
    ],
)
def test_a_bare_form_as_a_noun_is_no_cue(text: str) -> None:
    assert attributions_of(text) == []


def test_a_bare_form_after_a_determiner_may_name_the_source() -> None:
    """ "the note says": the noun is the source of the quotation before it."""
    found = attributions_of("“Mark, you are a total loser!” the note says.")
    assert [a[:3] for a in found] == [("the note", "says", "“Mark, you are a total loser!”")]


@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        ("The campaign released a statement Monday saying it would appeal.", ["The campaign"]),
        # "issued" reports the statement, "saying" what it says: one source for both
        ("Trump issued a lengthy statement, saying he would win the state.", ["Trump", "Trump"]),
        (  # a participle after the document keeps it: the statement is the source
            "The statement released by the campaign said it would appeal.",
            ["The statement released by the campaign"],
        ),
    ],
)
def test_a_verb_of_publishing_is_no_part_of_the_source(sentence: str, sources: list[str]) -> None:
    record = parse_text(f"Title.\n\n{sentence}\n").to_dict()
    assert [a["source_text"] for a in record["attributions"]] == sources


def test_a_person_before_called_still_reports() -> None:
    # "called" names a thing after a naming noun ("a super PAC called Future 45"), never
    # after a person, capitalised modifiers or not
    got = attributions_of("A senior Clinton campaign official called Trump a liar.")
    assert [(s, c) for s, c, _, _ in got] == [("A senior Clinton campaign official", "called")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He apologized the next day, saying it was childish to name-call.",
            [("He", "saying", "it was childish to name-call", False)],
        ),
        (
            "Belcher would not share the polling when asked back in 2008, but the timing "
            "supports the idea.",
            [("the timing", "supports", "the idea", False)],
        ),
        (
            # the time no statement, the outer content runs on over it
            "The company said the unit is to be sold this year, so was included in its "
            "results announced earlier today.",
            [
                (
                    "The company",
                    "said",
                    "the unit is to be sold this year, so was included in its results "
                    "announced earlier today",
                    False,
                )
            ],
        ),
        (
            # a time before a quotation: the quotation is the content
            "She said in December. “My father would be appalled.”",
            [("She", "said", "in December. “My father would be appalled.”", False)],
        ),
    ],
)
def test_a_content_that_is_only_a_time_states_nothing(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


def test_a_time_phrase_ends_no_source() -> None:
    record = parse_text(
        "Title\n\nThe plan will fail, said Mr. Smith on Tuesday.\n\n"
        "Cruz last week said the race was over.\n"
    ).to_dict()
    assert [a["source_text"] for a in record["attributions"]] == ["Mr. Smith", "Cruz"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The senator continued to insist that the vote was rigged.",
            [("The senator", "continued to insist", "that the vote was rigged", False)],
        ),
        (
            "The faction continued saying the count was unfair.",
            [("The faction", "continued", "saying the count was unfair", False)],
        ),
        ("Sanders continued to push for a single-payer health care system.", []),
        ("The galaxies continued to flatten into rotating disks.", []),
        ("Divers continued their search for the devices in the lake.", []),
    ],
)
def test_going_on_reports_only_through_a_reporting_verb(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


def test_a_participle_after_a_cue_with_no_statement_keeps_that_cues_source() -> None:
    text = (
        "The president spoke hours after Mr. Trump held a news conference in which he "
        "continued his assault on Mr. Bush, mocking his famous ''Mission Accomplished'' "
        "appearance."
    )
    found = attributions_of(text)
    assert [(s, c) for s, c, _, _ in found] == [("he", "mocking")]


def test_a_long_apposition_between_quote_and_cue_still_names_the_speaker() -> None:
    text = (
        '"Experiments of this kind succeed when you get out more than you put in," Dylan '
        "Nelson, a postdoctoral fellow at the Max Planck Institute for Astrophysics in "
        'Munich, Germany, and co-author of the study, said in a statement. "We see new '
        'phenomena."'
    )
    ((source, cue, content, direct),) = attributions_of(text)
    assert source is not None
    assert source.startswith("Dylan Nelson, a postdoctoral fellow")
    assert cue == "said"
    assert content.startswith('"Experiments of this kind')
    assert direct


def test_a_phrase_cue_before_a_colon_takes_the_quotation_after_it() -> None:
    text = (
        "Here is how bad things got, in the words of the patient: “Two months after the "
        "onset of the symptoms, I was unable to stand.”"
    )
    assert attributions_of(text) == [
        (
            "the patient",
            "in the words of",
            "“Two months after the onset of the symptoms, I was unable to stand.”",
            True,
        )
    ]


def test_that_being_said_reports_nothing() -> None:
    text = 'That being said, "people with feather duvets should not panic," he said.'
    assert attributions_of(text) == [
        ("he", "said", '"people with feather duvets should not panic,"', True)
    ]


def test_an_intensifier_before_an_adverb_is_no_part_of_the_source() -> None:
    found = attributions_of("HP, as Gizmodo very recently explained, is a rare condition.")
    assert [(s, c) for s, c, _, _ in found] == [("Gizmodo", "explained")]


def test_a_parenthetical_after_that_is_no_clause_boundary() -> None:
    text = (
        "He noted that, like him, Mrs. Clinton had been pilloried in coal country for "
        "acknowledging that coal mining would decline."
    )
    found = attributions_of(text)
    assert found[0][:3] == (
        "He",
        "noted",
        "that, like him, Mrs. Clinton had been pilloried in coal country for acknowledging "
        "that coal mining would decline",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a subordinate clause after a phrase of time and its comma
            "In June 2001, after a desperate HP asked workers to take a pay cut, 80,000 "
            "employees volunteered.",
            ("asked", "workers to take a pay cut"),
        ),
        (
            "In a September debate, while most of his rivals called for a bigger effort to "
            "destroy the Islamic State, also known as ISIS, Trump hewed to Obama's approach.",
            ("called", "a bigger effort to destroy the Islamic State"),
        ),
        (  # ... or after an adverb and its comma
            "However, while the RNC says it is well on the way to its goal, it is not "
            "receiving help from many companies.",
            ("says", "it is well on the way to its goal"),
        ),
        (  # a quotation closed before the comma
            "While Sanders's call for a “revolution” draws thousands of liberals to his "
            "rallies, Clinton's campaigning generates far less enthusiasm.",
            ("call", "a “revolution” draws thousands of liberals to his rallies"),
        ),
        (  # the comma after a city closes no clause
            "When Kashiya Nwanguma learned that Trump would campaign in Louisville, Ky., she "
            "decided to go.",
            ("learned", "that Trump would campaign in Louisville, Ky"),
        ),
        (  # "as if" after "seem" opens its content, not a clause of time
            "If we are hearing his strategy correctly when he says he intends to “pick up "
            "delegates” everywhere he can, it would seem as if his current plan is to compete "
            "long enough to keep Trump from winning.",
            ("says", "he intends to “pick up delegates” everywhere he can"),
        ),
        (  # "now that"
            "Now that Trump has claimed that Obama founded ISIS, the nominee has some "
            "explaining to do.",
            ("claimed", "that Obama founded ISIS"),
        ),
        (  # a clause of means
            "Yet by calling out Clinton on the substance of her attack, Axelrod took a "
            "familiar role.",
            ("calling out", "Clinton on the substance of her attack"),
        ),
        (  # a perfect participle
            "Having announced that he would not send me to prison, Judge Berman handed down "
            "his sentence.",
            ("announced", "that he would not send me to prison"),
        ),
    ],
)
def test_a_clause_opening_the_sentence_ends_its_content_at_its_comma(
    text: str, expected: tuple[str, str]
) -> None:
    assert [found[1:3] for found in attributions_of(text) if found[1] == expected[0]] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a phrase with a verb of its own opens no subordinate clause
            "In a statement, the company said it would cut jobs, while analysts expected more.",
            ("said", "it would cut jobs"),
        ),
        (  # a subordinate clause inside the content, set off by its commas
            "In his speech, he said that the plan, while costly, would pass.",
            ("said", "that the plan, while costly, would pass"),
        ),
        (  # a subject after a word of time is no phrase before a clause
            "Earlier today a bank official, while declining to reveal the pricing said that "
            "banks would be “compensated fairly” since this is a special facility, with the "
            "signing expected in 10 days.",
            (
                "said",
                "that banks would be “compensated fairly” since this is a special facility, "
                "with the signing expected in 10 days",
            ),
        ),
        (  # "by" before a cue that is no participle
            "By Friday he said the plan, which was costly, would pass.",
            ("said", "the plan, which was costly, would pass"),
        ),
    ],
)
def test_a_comma_ends_no_content_outside_an_opening_clause(
    text: str, expected: tuple[str, str]
) -> None:
    assert [found[1:3] for found in attributions_of(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Regulators worried that if the state held up the deal, Patriot could threaten "
            "to liquidate its properties.",
            "that if the state held up the deal, Patriot could threaten to liquidate its "
            "properties",
        ),
        (
            "Fowler noted that at one of his first DNC meetings, in 1972, he supported a "
            "decision to nominate Sargent Shriver.",
            "that at one of his first DNC meetings, in 1972, he supported a decision to "
            "nominate Sargent Shriver",
        ),
    ],
)
def test_a_clause_that_opens_a_content_is_no_clause_boundary(text: str, content: str) -> None:
    assert attributions_of(text)[0][2] == content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police identified the suspect as a 34-year-old man.",
            ("Police", "identified", "the suspect as a 34-year-old man"),
        ),
        (
            "Trump ignored questions about his taxes.",
            ("Trump", "ignored", "questions about his taxes"),
        ),
        (
            "The senator challenged the count in three counties.",
            ("The senator", "challenged", "the count in three counties"),
        ),
        (
            "The embassy issued a warning that protests could turn violent.",
            ("The embassy", "issued", "that protests could turn violent"),
        ),
    ],
)
def test_past_forms_of_stance_verbs_are_cues(text: str, expected: tuple[str, str, str]) -> None:
    assert [a[:3] for a in attributions_of(text)] == [expected]


def test_a_name_and_its_apposition_with_a_clause_name_the_speaker() -> None:
    text = (
        "“Clinton is losing ground with Stein voters,” Nate Silver, the polling guru who "
        "founded fivethirtyeight.com tweeted on Wednesday."
    )
    ((source, cue, _, direct),) = attributions_of(text)
    assert source == "Nate Silver, the polling guru who founded fivethirtyeight.com"
    assert cue == "tweeted"
    assert direct


def test_a_cue_and_colon_announce_an_unquoted_paragraph() -> None:
    text = "The governor added:\n\nIt’s typical of her. She knows nothing about the state.\n"
    assert attributions_of(text) == [
        (
            "The governor",
            "added",
            "It’s typical of her. She knows nothing about the state",
            False,
        ),
        ("She", "knows", "nothing about the state", False),  # beside the statements it holds
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a list after the colon, not a statement
        "Here is what the campaign wrote:\n\n1. FIREWORKS FLY IN THE FIRST DEBATE\n",
        "Here are ways his campaign hopes to win, aides said:\n\nCool the rhetoric: the "
        "bluster stops.\n",
        # the cue's own clause before the colon
        "Sanders pointed out that veterans were ignored:\n\nThe debate ran for two hours.\n",
    ],
)
def test_an_unquoted_paragraph_after_a_colon_is_no_content_of_a_list_or_a_clause(
    text: str,
) -> None:
    paragraph = text.split("\n\n")[1].strip().rstrip(".")
    assert all(content != paragraph for _, _, content, _ in attributions_of(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mr. Rubio appeared to be on the upswing: he had won third place in Iowa.",
            "Mr. Rubio appeared to be on the upswing",
        ),
        (
            "The two seemed to be well known in town, and voters greeted both by name.",
            "The two seemed to be well known in town",
        ),
        (
            "The issue seems to be echoing - at least among her detractors.",
            "The issue seems to be echoing",
        ),
    ],
)
def test_a_second_clause_is_no_part_of_a_raised_content(text: str, content: str) -> None:
    assert [a[2] for a in attributions_of(text)] == [content]


def test_a_quote_in_an_earlier_sentence_is_no_content_of_a_later_cue() -> None:
    text = (
        "All “relevant sites” were also disinfected, reports Wee. The CDC assured the public "
        "on Weibo."
    )
    assert [(a[0], a[1], a[2]) for a in attributions_of(text)] == [
        ("Wee", "reports", "All “relevant sites” were also disinfected"),
        ("The CDC", "assured", "the public"),  # the platform is where it was said
    ]


def test_a_speaker_after_the_cue_ends_with_its_sentence() -> None:
    text = "“There was no gain,” says industry analyst Ken Doctor. That produced cuts."
    assert attributions_of(text)[0][:2] == ("industry analyst Ken Doctor", "says")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a plural of people after one modifier closes the sentence as its source
            "NASA wants to spend $2.6 billion on its contracts, agency officials said.",
            [
                (
                    "agency officials",
                    "said",
                    "NASA wants to spend $2.6 billion on its contracts",
                    False,
                )
            ],
        ),
        (
            "It sought to defer interest payments until June, foreign bankers said.",
            [("foreign bankers", "said", "It sought to defer interest payments until June", False)],
        ),
    ],
)
def test_a_closing_source_ends_the_content_of_an_earlier_cue(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a name and its apposition close the sentence after its content
            "Sanders remains committed to the race, his top aide, Tad Devine, said.",
            [("his top aide, Tad Devine", "said", "Sanders remains committed to the race", False)],
        ),
        (
            "A tremor hit northern Chile early today, the National Bureau for Emergencies, "
            "ONEMI, said.",
            [
                (
                    "the National Bureau for Emergencies, ONEMI",
                    "said",
                    "A tremor hit northern Chile early today",
                    False,
                )
            ],
        ),
        (  # a listener after "told": a pronoun, a listed listener or a name
            "Her husband was free and would soon be coming home, the president told her.",
            [
                (
                    "the president",
                    "told",
                    "Her husband was free and would soon be coming home",
                    False,
                )
            ],
        ),
        (
            "Sales should rise again, Chairman Sir John Egan told a news conference.",
            [("Chairman Sir John Egan", "told", "Sales should rise again", False)],
        ),
        (
            "The party is united, Tad Devine, his top aide, told The Huffington Post.",
            [("Tad Devine, his top aide", "told", "The party is united", False)],
        ),
        (  # content after the cue: the subject and its apposition come first
            "Speaking to CNN, Tad Devine, his top aide, said the plan would work.",
            [("Tad Devine, his top aide", "said", "the plan would work", False)],
        ),
    ],
)
def test_a_source_with_its_apposition_or_a_listener_closes_the_sentence(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how a closing source was reached ends its sentence like a time or an occasion
        (
            "Three people were killed, he told Reuters by telephone.",
            [("he", "told", "Three people were killed", False)],
        ),
        (
            "Three people were killed, a spokesman said by e-mail.",
            [("a spokesman", "said", "Three people were killed", False)],
        ),
        (
            "The talks will resume, he told AFP over the phone from Baghdad.",
            [("he", "told", "The talks will resume", False)],
        ),
        # an outlet heard, with the noun of its kind and a word that describes it
        (
            "Three people were killed, a police officer told Xinhua news agency.",
            [("a police officer", "told", "Three people were killed", False)],
        ),
        (
            "The border is closed, an official told the semi-official ISNA news agency.",
            [("an official", "told", "The border is closed", False)],
        ),
        (
            "The plant will close, the minister told state television on Monday.",
            [("the minister", "told", "The plant will close", False)],
        ),
        (
            "The deal is dead, he told the BBC's Today programme.",
            [("he", "told", "The deal is dead", False)],
        ),
        # any other "by" after the cue is a passive's agent: no closing source
        ("Prices will rise, a sentiment echoed by other market specialists.", []),
        # a wire story's listener broken over a line, or described by a word or two
        (
            "Groups may buy stakes, chairman Xavier Dupont told a news\nconference.",
            [("chairman Xavier Dupont", "told", "Groups may buy stakes", False)],
        ),
        (
            "There are 9.6 mln shares outstanding, Richard Green told financial analysts here.",
            [("Richard Green", "told", "There are 9.6 mln shares outstanding", False)],
        ),
        (
            "He told shareholders the company has a 190 mln dlr exposure.",
            [("He", "told", "the company has a 190 mln dlr exposure", False)],
        ),
    ],
)
def test_a_closing_source_reached_by_phone_or_heard_by_an_outlet(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report told to a listener closes the sentence: it holds the clause before it,
        # whose own cue it drops as nested, as it does after ", X said"
        (
            "Gelco Corp decided to sell Gelco Express Ltd as part of its program, Gelco "
            "Express marketing vice president James O'Neil told Reuters.",
            [
                (
                    "Gelco Express marketing vice president James O'Neil",
                    "told",
                    "Gelco Corp decided to sell Gelco Express Ltd as part of its program",
                    False,
                )
            ],
        ),
        (
            "Dean Foods expects earnings to rise, Chairman Kenneth Douglas told analysts.",
            [("Chairman Kenneth Douglas", "told", "Dean Foods expects earnings to rise", False)],
        ),
        # a clause after the listener is the closing cue's own content
        (
            "The company decided to sell its unit, James O'Neil told Reuters he expected more.",
            [
                ("The company", "decided", "to sell its unit", False),
                ("James O'Neil", "told", "he expected more", False),
            ],
        ),
    ],
)
def test_a_closing_report_to_a_listener_ends_the_content_before_it(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("clause", "closes"),
    [
        ("to sell the unit, James O'Neil told Reuters", True),
        ("to sell the unit, the chairman told analysts at the meeting", True),
        ("to sell the unit, James O'Neil told Reuters it would close", False),
        ("to sell the unit, James O'Neil told", True),
    ],
)
def test_closing_attribution_reads_past_the_listener(clause: str, closes: bool) -> None:
    comma = clause.index(",")
    assert closing_attribution(clause, 0, len(clause)) == (comma if closes else None)


def test_a_duration_before_that_is_no_part_of_the_content() -> None:
    found = attributions_of("Austria argued for decades that it was the first victim.")
    assert found == [("Austria", "argued", "that it was the first victim", False)]


def test_twice_stands_between_a_source_and_its_cue() -> None:
    found = attributions_of("Big Machine have twice denied doing anything wrong.")
    assert [a[:2] for a in found] == [("Big Machine", "denied")]


def test_a_platform_after_on_is_where_a_statement_was_posted_not_its_content() -> None:
    found = attributions_of("She wrote on Facebook, saying the vote was rigged.")
    assert found == [("She", "saying", "the vote was rigged", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After Clinton testified, Gowdy and his team shifted their focus.",
            [],
        ),
        (  # a clause of cause after an adjective of stance has its own source and cue
            "Analysts were skeptical of a takeover since Coke has stated it views fast food "
            "chains as customers.",
            [
                ("Analysts", "skeptical", "a takeover", False),
                ("Coke", "stated", "it views fast food chains as customers", False),
            ],
        ),
        (
            "With a vote for Trump ruled out, Cross said he is left with two options.",
            [("Cross", "said", "he is left with two options", False)],
        ),
        (
            "By the time those primaries concluded, 40 percent said they were undecided.",
            [("40 percent", "said", "they were undecided", False)],
        ),
        # "As X reported, ..." reports what follows the comma.
        (
            "As The Atlantic noted, trust in government is collapsing.",
            [("The Atlantic", "noted", "trust in government is collapsing", False)],
        ),
    ],
)
def test_a_cue_that_ends_an_opening_clause_takes_no_main_clause(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Daniel Hughes, 34, was found with serious injuries outside a shop.", []),
        ("Two nurses were found dead in their home on Sunday.", []),
        ("The names of all 49 were read, followed by a silence.", []),
        ("Texas was called for Ted Cruz moments after the polls closed.", []),
        ("The senator was found to have misled investigators.", ["found"]),
        ("The man, who was not identified, was taken to hospital, the agency said.", ["said"]),
        ("The candidate is shown discussing his plan to ban imports.", ["shown"]),
    ],
)
def test_a_passive_of_finding_or_reading_reports_only_through_a_complement(
    text: str, cues: list[str]
) -> None:
    assert [a[1] for a in attributions_of(text)] == cues


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Only a few jobs can be added by raising tariffs on imports of steel.", []),
        ("The victory is explained by the state's onerous registration rules.", []),
        ("Its many good works will be continued by the Gates Foundation.", []),
        ("Only 2,200 Syrians have been admitted in the past four years.", []),
        ("His support for the campaign was first noted when he joined a list of delegates.", []),
        ("The new listing for the firearm was posted on another auction site.", []),
        ("It should be noted that two of the researchers were hired as consultants.", ["noted"]),
        ("He explained that the state was lost.", ["explained"]),
        ("The spokesman added that the talks would go on.", ["added"]),
    ],
)
def test_a_passive_of_adding_explaining_or_carrying_on_reports_only_through_a_complement(
    text: str, cues: list[str]
) -> None:
    assert [a[1] for a in attributions_of(text)] == cues


def test_a_passive_of_quoting_reports_through_as_and_a_participle_a_few_words_on() -> None:
    found = attributions_of(
        "Baker was quoted on British television at the weekend as saying he has no target."
    )
    assert [a[:2] for a in found] == [(None, "quoted")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The talks would resume next week, state media reported.", "state media"),
        ("The talks would resume, state news agency IRNA reported.", "state news agency IRNA"),
        ("The talks would resume, state broadcaster CCTV said.", "state broadcaster CCTV"),
    ],
)
def test_an_outlet_described_in_lower_case_closes_a_sentence(text: str, source: str) -> None:
    assert [a[:2] for a in attributions_of(text)] == [(source, text.split()[-1].rstrip("."))]


def test_a_statement_an_outlet_reported_is_its_content() -> None:
    found = attributions_of("Kanaani said Tehran was calm, state media reported.")
    assert ("state media", "reported", "Kanaani said Tehran was calm", False) in found


def test_a_counter_to_a_view_still_answers_it() -> None:
    found = attributions_of("The treaty is an apparent counter to policies that Trump backed.")
    assert [a[1] for a in found][:1] == ["counter"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("That person said the outcome was clear to everyone.", "That person"),
        ("Aides saw a slide show that predicted victory in the state.", "that"),
    ],
)
def test_that_opening_a_noun_phrase_is_no_relative_pronoun(text: str, source: str) -> None:
    assert attributions_of(text)[0][0] == source


def test_a_passive_participle_opening_a_sentence_is_no_source() -> None:
    found = attributions_of(
        "Chastened by the analyses, Trump revised his plan, promising to focus on workers."
    )
    assert all(a[0] != "Chastened" for a in found)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A Goldman Sachs spokesperson didn’t respond to a request for comment.", "A Goldman Sachs spokesperson"),
        ("The company hasn't said whether it will appeal the ruling.", "The company"),
    ],
)  # fmt: skip
def test_a_contracted_negation_is_no_part_of_the_source(text: str, source: str) -> None:
    assert attributions_of(text)[0][0] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Procter & Gamble Co. said sales rose in the quarter.", "Procter & Gamble Co."),
        (
            "According to a statement issued by the Ministry of Health and Family Welfare, "
            "the colleges will open in 2026.",
            "a statement issued by the Ministry of Health and Family Welfare",
        ),
    ],
)
def test_a_name_runs_over_an_ampersand_and_an_inner_and(text: str, source: str) -> None:
    found = attributions_of(text)
    assert found[0][0] == source
    assert found[0][2].startswith(("sales", "the colleges"))


def test_a_passive_after_a_listener_is_the_content_of_tell() -> None:
    found = attributions_of("Dean Narramore told the ABC hail had been reported near Dalby.")
    assert found == [("Dean Narramore", "told", "hail had been reported near Dalby", False)]


def test_a_listener_agency_ends_before_the_clause_it_heard() -> None:
    found = attributions_of(
        "Congressional sources told Reuters the House committees are expected to back it."
    )
    assert found[0][:3] == (
        "Congressional sources",
        "told",
        "the House committees are expected to back it",
    )


def test_an_occasion_and_a_time_before_that_open_no_content() -> None:
    found = attributions_of(
        "Laura Brennan said in an interview with Sky News on Sunday that the company was "
        "looking at options."
    )
    assert found == [("Laura Brennan", "said", "that the company was looking at options", False)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He said the man had fled to the U.S.", "the man had fled to the U.S."),
        ("He said the firm sold its stake to Acme Inc.", "the firm sold its stake to Acme Inc."),
        ("He said the deal was done.", "the deal was done"),
    ],
)
def test_a_content_keeps_the_period_of_an_abbreviation(text: str, content: str) -> None:
    assert attributions_of(text)[0][2] == content


def test_a_partial_quote_that_ends_a_sentence_is_no_content_of_the_next() -> None:
    found = attributions_of(
        'The mayor said it was "a compromise." The council said it would vote on Monday.'
    )
    assert found == [
        ("The mayor", "said", 'it was "a compromise."', False),
        ("The council", "said", "it would vote on Monday", False),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reuters is reporting that the deal collapsed on Monday.",
            [("Reuters", "reporting", "that the deal collapsed on Monday", False)],
        ),
        # the plural noun is far more common than the verb: "on reports that", "denied
        # reports that"
        ("Oil rose on reports that OPEC would cut output.", []),
        ("Media reports said the deal collapsed.", [("Media reports", "said", "the deal collapsed", False)]),
    ],
)  # fmt: skip
def test_reporting_reports_before_that(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


def test_a_quotation_left_open_is_said_by_the_next_paragraph_speaker() -> None:
    record = parse_text(
        "Teachers protest\n\nThe minister told reporters he understood the anger.\n\n"
        '"I am a teacher myself. I know what it means.\n\n'
        '"But the government is doing everything it can," the minister said.\n'
    ).to_dict()
    assert [(q["kind"], q["speaker_text"]) for q in record["quotes"]] == [
        ("block", "the minister"),
        ("full", "the minister"),
    ]
    # an excerpt opened with another mark is no part of the quotation after it
    record = parse_text(
        'Title.\n\n"Melanie thought it was outrageous. She was anxious.\n\n'
        "“It never crossed my mind,” she said.\n"
    ).to_dict()
    assert [q["text"] for q in record["quotes"]] == ["It never crossed my mind,"]


def test_a_subject_cut_short_runs_on_to_its_noun() -> None:
    found = attributions_of(
        "The head of the union drew a backlash after saying that it would go ahead."
    )
    assert found[0][:2] == ("The head of the union", "saying")


def test_a_relative_clause_without_commas_belongs_to_its_antecedent() -> None:
    found = attributions_of("Residents who live near the river alleged that the plant leaked.")
    assert found[0][:2] == ("Residents who live near the river", "alleged")
    # a clause with a cue of its own still belongs to the source of the main clause; its
    # cue's content ends before the main clause's verb
    found = attributions_of(
        "One Republican senator who supports the bill said privately that 12 votes could "
        "be available."
    )
    assert [a[:3] for a in found] == [
        ("who", "supports", "the bill"),
        (
            "One Republican senator who supports the bill",
            "said",
            "that 12 votes could be available",
        ),
    ]
    # a clause that says why the source goes unnamed holds cues of its own, yet reports
    # nothing: the source is the official, not "the media"
    found = attributions_of(
        "A senior oil official who requested anonymity because he was not authorized to "
        "speak to the media told Kurdistan24 that the cost was the main sticking point."
    )
    assert [a[:2] for a in found] == [
        (
            "A senior oil official who requested anonymity because he was not authorized to "
            "speak to the media",
            "told",
        )
    ]


def test_a_noun_after_an_article_between_cue_and_quote_is_no_cue() -> None:
    found = attributions_of(
        'As one economist put it in a reply, "Productivity data says otherwise."'
    )
    assert found == [("one economist", "put it", '"Productivity data says otherwise."', True)]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("The tentative deal, announced Friday, would last four years.", []),
        ("The pact, agreed last year after talks, calls on Japan to stop selling chips.", ["calls"]),
        ("Christie, the governor, repeated accusations that Rubio recites lines.", ["repeated"]),
    ],
)  # fmt: skip
def test_a_participle_set_off_after_its_noun_reports_nothing(text: str, cues: list[str]) -> None:
    assert [a[1] for a in attributions_of(text)] == cues


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a naming participle after the named thing, a comma or a form of "be" is
        # passive: the thing names nothing; who named it follows "by"
        ("He fell in love with an electric Nicole Taylor script called “Wild Rose.”", None),
        ("It is the first in an Expert line of sets called the “Master Builder Series”.", None),
        ("The patient was diagnosed with what's called “feather duvet lung.”", None),
        ("The new project will informally be dubbed the “Defeat Crooked PAC”.", None),
        (
            "Sawyer visited the city's Hoa Lo prison, dubbed the “Hanoi Hilton” by "
            "American servicemen held there during the war.",
            "American servicemen",
        ),
        # whoever does the naming stays the source
        ("Rubio, who he dubbed “the little senator,” left early.", "he"),
        ("Trump is what former employees have called a “fraudulent scheme”.", "employees"),
        ("A UAW spokesman called “premature” a press report on the talks.", "A UAW spokesman"),
    ],
)
def test_a_passive_naming_participle_has_no_source_before_it(text: str, source: str | None) -> None:
    found = [a for a in attributions_of(text) if a[1] in ("called", "dubbed")]
    assert [a[0] for a in found] == [source]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # with no one naming, the thing named and its name are the content, up to the
        # name's end
        (
            "A blog, called the “Feed,” anchored by five full-time writers, pumps out articles.",
            "A blog, called the “Feed,”",
        ),
        (
            "It offers combinations through an application, named “Make your Arrangements”, "
            "installed on several tablets.",
            "an application, named “Make your Arrangements”",
        ),
        (
            "The new project will informally be dubbed the “Defeat Crooked PAC” and will "
            "focus on Clinton.",
            "The new project will informally be dubbed the “Defeat Crooked PAC”",
        ),
        (
            "The patient was diagnosed with what's called “feather duvet lung.”",
            "what's called “feather duvet lung.”",
        ),
        # near miss: who named it follows "by", and the name alone is the content
        (
            "Sawyer visited the city's Hoa Lo prison, dubbed the “Hanoi Hilton” by "
            "American servicemen held there during the war.",
            "“Hanoi Hilton”",
        ),
    ],
)
def test_a_passive_naming_participle_names_the_thing_named(text: str, content: str) -> None:
    found = [a for a in attributions_of(text) if a[1] in ("called", "dubbed", "named")]
    assert [a[2] for a in found] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause with a gap before the form: a verb, whose clause goes on after it
        ("Everything Trump says is a lie.", ("Everything Trump", "says")),
        (
            "It is a trend that the foundation predicts will continue.",
            ("the foundation", "predicts"),
        ),
    ],
)
def test_a_form_in_s_before_an_auxiliary_after_a_gap_is_a_cue(
    text: str, expected: tuple[str, str]
) -> None:
    assert [a[:2] for a in pipeline_attributions(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # a bare name or an object pronoun alone after "called", a time or an
        # infinitive of purpose after it at most: a telephone call or a thing's name
        ("A year later, Mr. Obama called Naghmeh Abedini.", []),
        ("Clinton left shortly after she called Sanders to congratulate him.", []),
        ("He called her on Tuesday.", []),
        ("They met at a dinner sponsored by the donor club called Democracy Alliance.", []),
        # naming in speech gives the named a description
        ("Trump called Mr. Cruz a liar.", ["called"]),
        ("Sen. Bernie Sanders called him divisive.", ["called"]),
        ("Trump called Clinton “a liar” on Tuesday.", ["called"]),
        ("Sanders called Clinton, his rival, unqualified.", ["called"]),
        ("He attacked the law, which Republicans called Obamacare.", ["called"]),
    ],
)  # fmt: skip
def test_a_bare_name_after_called_is_no_statement(text: str, cues: list[str]) -> None:
    assert [a[1] for a in pipeline_attributions(text)] == cues


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the that-clause opens on a preposition, but its comma follows a verb: the
            # clause ends there, and the subject after it asks
            "Noting that on Earth there is a bacterium that can survive on acetylene, "
            "Malaska asked, “Could it live in Titan?”",
            [
                (
                    "Malaska",
                    "Noting",
                    "that on Earth there is a bacterium that can survive on acetylene",
                    False,
                ),
                ("Malaska", "asked", "“Could it live in Titan?”", True),
            ],
        ),
        (  # a prepositional phrase closed by its own comma opens the content
            "He said that at one of his meetings, the minister had agreed to it.",
            [("He", "said", "that at one of his meetings, the minister had agreed to it", False)],
        ),
    ],
)
def test_a_participle_clause_opening_on_a_preposition_ends_at_its_comma(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a quoted title inside the description of the speaker: no quote of its own
            "“Hearing the heartbeat was great,” the “Pose” actor previously said.",
            [("the “Pose” actor", "said", "“Hearing the heartbeat was great,”", True)],
        ),
        (  # a show's title after the cue is no part of the content
            "“It was fun,” Pence said on CNN's “State of the Union.”",
            [("Pence", "said", "“It was fun,”", True)],
        ),
    ],
)
def test_a_quoted_title_beside_a_speaker_is_no_content(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a document carries the speaker's own words: both statements stand
            "“Here we are on a historic day,” he told settler leaders, according to a "
            "statement from his office.",
            [
                ("he", "told", "“Here we are on a historic day,”", True),
                (
                    "a statement from his office",
                    "according to",
                    "“Here we are on a historic day,” he told settler leaders",
                    False,
                ),
            ],
        ),
        (  # after a news outlet the quotation is the outlet's (PolNeAR)
            "“It is over,” the judge said, according to the Post.",
            [("the Post", "according to", "“It is over,” the judge said", False)],
        ),
    ],
)
def test_a_quotation_according_to_a_statement_keeps_its_speaker(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a question mark ending the quotation ends no sentence before its speaker
            "“Is this a priority for the two of them?” O’Malley said at a press "
            "conference, according to the Las Vegas Sun.",
            [
                (
                    "the Las Vegas Sun",
                    "according to",
                    "“Is this a priority for the two of them?” O’Malley said at a press conference",
                    False,
                )
            ],
        ),
        (  # a sentence of its own after the question: "according to" reads it alone
            "“Is this a priority for the two of them?” Turnout in the state fell by a "
            "third, according to the Las Vegas Sun.",
            [("the Las Vegas Sun", "according to", "Turnout in the state fell by a third", False)],
        ),
    ],
)
def test_according_to_after_a_question_and_its_speaker_takes_the_question(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(f"Title.\n\n{text}\n") == expected  # the text a body paragraph


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a news report closing the sentence vouches for all of it (PolNeAR)
            "When asked about the ban, Trump said: “There will always be exceptions,” the "
            "Times reported.",
            [
                (
                    "the Times",
                    "reported",
                    "When asked about the ban, Trump said: “There will always be exceptions,”",
                    False,
                )
            ],
        ),
        (  # more of the report after its cue: the quotation stays its speaker's
            "Trump said: “There will always be exceptions,” the Times reported in a "
            "story on the rally.",
            [("Trump", "said", "“There will always be exceptions,”", True)],
        ),
        (  # not a report's cue: the speaker keeps the quotation
            "Pence added, “I strongly support Paul Ryan,” Pence said.",
            [("Pence", "added", "“I strongly support Paul Ryan,”", True)],
        ),
    ],
)
def test_a_report_closing_a_sentence_takes_the_quotation_said_inside(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


def test_hammered_reports_nothing() -> None:
    """Left out of the cue verbs: "hammered" is a blow more often than a statement."""
    assert attributions_of("Storms hammered the coast of Florida on Friday night.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hillary Clinton is promising to help mining communities move on.",
            [("Hillary Clinton", "promising", "to help mining communities move on", False)],
        ),
        (
            "The Reagan administration is seeking to tone down a tough trade bill.",
            [("The Reagan administration", "seeking", "to tone down a tough trade bill", False)],
        ),
    ],
)
def test_a_progressive_before_to_names_its_subject(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    """ "is promising to" is no passive: its subject is the source."""
    assert attributions_of(text) == expected


def test_an_adverb_set_off_after_an_opening_phrase_is_no_subject() -> None:
    text = "On Thursday, however, Trump spoke to industry leaders, promising to cut rules."
    assert attributions_of(text) == [("Trump", "promising", "to cut rules", False)]


def test_even_before_the_subject_is_passed_over() -> None:
    text = "And even Obama tried to help them, noting that he would demur too."
    assert attributions_of(text) == [("Obama", "noting", "that he would demur too", False)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The campaign called the charges unsubstantiated and fabricated by rivals.",
            "the charges unsubstantiated and fabricated by rivals",
        ),
        (
            "Trump accused Rafael Cruz, who was born and raised in Cuba, of lying.",
            "Rafael Cruz, who was born and raised in Cuba, of lying",
        ),
    ],
)
def test_two_participles_joined_by_and_are_no_second_predicate(text: str, content: str) -> None:
    assert [a[2] for a in attributions_of(text)] == [content]


def test_a_relative_clause_set_off_before_an_infinitive_cuts_nothing() -> None:
    text = "Trump vowed to form a task force, which would include the military, to stop hackers."
    assert [a[2] for a in attributions_of(text)] == [
        "to form a task force, which would include the military, to stop hackers"
    ]


def test_a_relative_clause_set_off_before_a_subjunctive_cuts_nothing() -> None:
    text = (
        "Protesters are demanding that the state flag, which includes the stars and bars, "
        "be removed from the display."
    )
    assert [a[2] for a in attributions_of(text)] == [
        "that the state flag, which includes the stars and bars, be removed from the display"
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a clause of its own after "as": a name and a verb in the past
            "Leaders condemned the missile launch as Pyongyang fired three more into the sea.",
            "the missile launch",
        ),
        (  # the comma before "as he" is no part of the content
            "Blocher insists that the vote changed nothing, as he faces a hard test.",
            "that the vote changed nothing",
        ),
    ],
)
def test_a_clause_after_as_ends_the_content(text: str, content: str) -> None:
    assert [a[2] for a in attributions_of(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Trump attacked Machado in early-morning tweets.", "Machado"),
        ("Martin denounced the annexation in an on-air diatribe.", "the annexation"),
        (  # a singular occasion needs its determiner: "on video" stays in the object
            "Trump defended a supporter caught on video punching a protester.",
            "a supporter caught on video punching a protester",
        ),
    ],
)
def test_an_occasion_after_an_object_ends_it(text: str, content: str) -> None:
    assert [a[2] for a in attributions_of(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a list of names closed by "and" is one object
            "The group attacked GOP voters, lawmakers, and thinkers for their views.",
            "GOP voters, lawmakers, and thinkers for their views",
        ),
        (
            "Trump endorsed Paul Ryan (R-Wis.), John McCain (R-Ariz.), and Kelly Ayotte.",
            "Paul Ryan (R-Wis.), John McCain (R-Ariz.), and Kelly Ayotte",
        ),
        (
            "Clinton criticized his foreign policy record, economic policies and personal "
            "finances.",
            "his foreign policy record, economic policies and personal finances",
        ),
        (  # ", and" right after the object joins a second clause, not a second item
            "The fund gave $50,000 to a group that backed Jeb Bush, and $100,000 to Cruz.",
            "Jeb Bush",
        ),
        (  # an item that holds a verb is no item: a second predicate follows
            "Smith supported Ted Cruz, R-Texas, and openly opposed Trump in the primaries.",
            "Ted Cruz",
        ),
        (  # a phrase after the comma opens no list
            "Critics attacked the plan, with broadsides against Bezos and Cook.",
            "the plan",
        ),
    ],
)
def test_a_list_after_an_object_stays_in_it(text: str, content: str) -> None:
    assert attributions_of(text)[0][2] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # "including" opens the object's examples, up to the sentence's end
            "The Republicans sparred over a range of issues, including immigration and"
            " surveillance.",
            "a range of issues, including immigration and surveillance",
        ),
        (
            "He backed aspects of the bill, such as one excluding protection for the textile"
            " industry.",
            "aspects of the bill, such as one excluding protection for the textile industry",
        ),
        (  # an occasion after the examples ends them
            "The Republicans sparred over a range of issues, including immigration, during"
            " the debate.",
            "a range of issues, including immigration",
        ),
        (  # the examples close with a comma before a clause: the object ends at its own
            "The Republicans sparred over a range of issues, including immigration, and Trump won.",
            "a range of issues",
        ),
        (  # no word of examples after the comma: the object ends there
            "The Republicans sparred over a range of issues, mostly immigration.",
            "a range of issues",
        ),
    ],
)
def test_examples_after_an_object_stay_in_it(text: str, content: str) -> None:
    assert attributions_of(text)[0][2] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # the comma of a number
            "The group endorsed freeing all 2,472 delegates to vote their conscience.",
            "freeing all 2,472 delegates to vote their conscience",
        ),
        (  # the comma between the day and the year of a date
            "He failed to mention the Sept. 11, 2012 attack on the consulate in Benghazi.",
            "the Sept. 11, 2012 attack on the consulate in Benghazi",
        ),
        (  # a comma after a date with no year still closes the object
            "Trump endorsed Ryan on May 11, and Clinton won.",
            "Ryan",
        ),
        (
            "Republicans opposed a $1,100 tax credit for families.",
            "a $1,100 tax credit for families",
        ),
    ],
)
def test_a_comma_inside_a_number_or_a_date_ends_no_object(text: str, content: str) -> None:
    assert attributions_of(text)[0][2] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a list of gerunds closed by "and" and a gerund
            "The resolution supported eliminating caucuses, limiting the number of "
            "unpledged delegates and binding delegates to the popular vote.",
            "eliminating caucuses, limiting the number of unpledged delegates and binding "
            "delegates to the popular vote",
        ),
        (
            "He discusses burying illegal guns, dying a free man or shooting agents.",
            "burying illegal guns, dying a free man or shooting agents",
        ),
        (  # a participle after a gerund's object with no list closed still ends it
            "He backed raising taxes, saying the deficit was too high.",
            "raising taxes",
        ),
        (  # a list of gerunds that a colon opens
            "Trump reiterated many of his pledges: rebuilding the military, taking care of "
            "veterans and building a wall on the border.",
            "many of his pledges: rebuilding the military, taking care of veterans and "
            "building a wall on the border",
        ),
        (  # ... but not a participle after a colon's one item
            "Trump reiterated one of his pledges: rebuilding the military, saying it was depleted.",
            "one of his pledges: rebuilding the military",
        ),
    ],
)
def test_a_list_of_gerunds_stays_in_the_content(text: str, content: str) -> None:
    assert attributions_of(text)[0][2] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # the time phrase tells when the comments were made
            "Davis attacked Trump for comments made this week about the Second Amendment.",
            "Trump for comments made this week about the Second Amendment",
        ),
        (
            "Republicans have criticized the strategy Obama trumpeted during Sunday's "
            "address from the Oval Office.",
            "the strategy Obama trumpeted during Sunday's address from the Oval Office",
        ),
        (  # after a name the time phrase still ends the object
            "Warren endorsed Clinton last week.",
            "Clinton",
        ),
    ],
)
def test_a_time_phrase_after_a_participle_in_an_object_stays_in_it(text: str, content: str) -> None:
    assert attributions_of(text)[0][2] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The union endorsed her early over Democratic rivals.", "her"),
        ("President Obama backed her up in an interview.", "her"),
        ("Trump is mentioning him in almost every speech.", "him"),
        ("Democrats who oppose him on Capitol Hill are worried.", "him"),
        ("Sanders hasn't endorsed her or conceded his bid.", "her"),
        # "her" before a noun is a possessive; "for" and "as" phrases stay
        ("Sanders praised her effort in the debate.", "her effort"),
        (
            "Clinton criticized him for saying he had sacrificed.",
            "him for saying he had sacrificed",
        ),
    ],
)
def test_a_pronoun_object_before_an_adjunct_is_the_whole_object(text: str, content: str) -> None:
    assert attributions_of(text)[0][2] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a second clause with a subject of its own: a name and a verb with its object
            "Prosecutors charged the officer with murder and Emanuel fired his police chief.",
            "the officer with murder",
        ),
        (
            "The group calls for corporate boycotts of the gathering and Democrats coped "
            "with a long nomination battle.",
            "corporate boycotts of the gathering",
        ),
        (  # two names of one noun phrase
            "Police charged the aides of Smith and Jones named in the report.",
            "the aides of Smith and Jones named in the report",
        ),
        (  # a pronoun and a name of one subject
            "Calny alleges it and PepsiCo breached their agreements with Calny.",
            "it and PepsiCo breached their agreements with Calny",
        ),
        (  # an adjective in -ed before a noun is no verb
            "Moody's affirmed the senior secured debt and Caa subordinated debt.",
            "the senior secured debt and Caa subordinated debt",
        ),
        (  # a determiner, a noun and an auxiliary after an infinitive
            "Cadillac declined to renew its sponsorship of the event and the PGA could not "
            "find a new sponsor.",
            "to renew its sponsorship of the event",
        ),
        ("Ike refused to intervene, and the rebellion was crushed.", "to intervene"),
        (  # a noun phrase that opens a clause may be half of its subject
            "The company noted its petition covering the product and its safety "
            "evaluation were submitted last month.",
            "its petition covering the product and its safety evaluation were submitted last month",
        ),
        (  # inside a clause the second clause goes on
            "It seems the Democrats have too many superdelegates and the Republicans have too few.",
            "the Democrats have too many superdelegates and the Republicans have too few",
        ),
    ],
)
def test_a_second_clause_with_a_subject_of_its_own_ends_a_content(text: str, content: str) -> None:
    assert attributions_of(text)[0][2] == content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a cue inside a noun joined by "and" is no second statement
            "The group reported spending $1.1 million on online and television ads "
            "attacking Trump.",
            [("reported", "spending $1.1 million on online and television ads attacking Trump")],
        ),
        (
            "They discuss a new security agreement and ways to counter Iran.",
            [("discuss", "a new security agreement and ways to counter Iran")],
        ),
        (
            "Great American said the examiners were conducting a regular examination and a "
            "final report is not expected for several weeks.",
            [
                (
                    "said",
                    "the examiners were conducting a regular examination and a final report "
                    "is not expected for several weeks",
                )
            ],
        ),
        (  # an adverb, "to" or a verb in the past after "and" opens a second predicate
            "She attacked her Spanish-language skills and even questioned the star's Latino "
            "identity.",
            [
                ("attacked", "her Spanish-language skills"),
                ("questioned", "the star's Latino identity"),
            ],
        ),
        (
            "Trump pledged to be the greatest jobs president and cast doubt on the jobless rate.",
            [("pledged", "to be the greatest jobs president"), ("doubt", "the jobless rate")],
        ),
    ],
)
def test_a_cue_in_a_noun_joined_by_and_cuts_no_content(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(cue, content) for _, cue, content, _ in attributions_of(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a clause joined by "and" after the source goes on with the content
            "The top 1 percent paid 25.4 percent of all federal taxes in 2013, according to "
            "the Congressional Budget Office, and the top 10 percent paid 69 percent.",
            "The top 1 percent paid 25.4 percent of all federal taxes in 2013, according to "
            "the Congressional Budget Office, and the top 10 percent paid 69 percent",
        ),
        (  # a second statement cut off after the source takes the source with it
            "Defeat of the petition is likely, according to a floor broker contacted by "
            "Reuters, who also said he welcomed the limits on the traders.",
            "Defeat of the petition is likely",
        ),
        (  # "but" after the source ends the content
            "Trump leads by 15 points in Indiana, according to the poll, but Clinton leads "
            "in Ohio.",
            "Trump leads by 15 points in Indiana",
        ),
    ],
)
def test_a_clause_after_the_source_of_according_to(text: str, content: str) -> None:
    found = [a for a in attributions_of(text) if a[1] == "according to"]
    assert [a[2] for a in found] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a time phrase between the passive and its agent
            "Cruz was also endorsed the day before by former rival Carly Fiorina.",
            ("former rival Carly Fiorina", "endorsed", "Cruz"),
        ),
        (  # the one it was recommended to, then the agent
            "Manafort was recommended to Trump most forcefully by their mutual friend.",
            ("their mutual friend", "recommended", "Manafort"),
        ),
        (  # an adjunct already read: the agent further on is found
            "The fraud allegations were highlighted during the primaries by some of "
            "Trump's competitors.",
            ("some of Trump's competitors", "highlighted", "The fraud allegations"),
        ),
    ],
)
def test_the_agent_of_a_passive_after_an_adjunct_is_its_source(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert attributions_of(text)[0][:3] == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # an "after" clause with a subject and a verb of its own
            "The DNC offered an apology to Sanders after leaked emails showed staff "
            "favoring Clinton.",
            "an apology to Sanders",
        ),
        (
            "The FBI warned officials to boost their security after hackers targeted data "
            "systems in two states.",
            "officials to boost their security",
        ),
        (  # a span of time before "after" goes with it
            "Trump tweeted a chart of crime statistics, just a day after supporters "
            "assaulted a protester.",
            "a chart of crime statistics",
        ),
        (
            "Pence is calling for a special prosecutor after the Associated Press reports "
            "that half of her meetings were with donors.",
            "a special prosecutor",
        ),
        (  # not after a clause of the content, nor a phrase with no verb of its own
            "The paper reported the email was sent hours after Trump proposed a ban.",
            "the email was sent hours after Trump proposed a ban",
        ),
        (
            "Broaddrick recounted an interaction with Clinton weeks after the alleged assault.",
            "an interaction with Clinton weeks after the alleged assault",
        ),
        (  # a "when" clause with a subject pronoun
            "Few people described Mr. Obama as a climate evangelist when he ran in 2008.",
            "Mr. Obama as a climate evangelist",
        ),
        (
            "Most expect him to back Clinton when he speaks to supporters on Thursday.",
            "him to back Clinton",
        ),
        (  # a question of when, and "when it comes to", stay
            "Brazil refused to say when it would resume interest payments.",
            "to say when it would resume interest payments",
        ),
        (
            "The data suggests a broader difference when it comes to working-class whites.",
            "a broader difference when it comes to working-class whites",
        ),
    ],
)
def test_an_after_or_when_clause_of_its_own_ends_a_content(text: str, content: str) -> None:
    assert attributions_of(text)[0][2] == content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "and" joins two nouns before a relative clause with its own source and cue
            "Bloomberg says the increase in polarization and partisanship that Smith "
            "decries makes his election less likely.",
            [
                (
                    "Bloomberg",
                    "says",
                    "the increase in polarization and partisanship that Smith decries makes "
                    "his election less likely",
                    False,
                )
            ],
        ),
        (  # a company and its partner: the inner source follows a name after "and"
            "Lucky Stores said it and investor Asher Edelman agreed on a settlement.",
            [
                (
                    "Lucky Stores",
                    "said",
                    "it and investor Asher Edelman agreed on a settlement",
                    False,
                )
            ],
        ),
        (  # a second predicate after "and" still cuts the content
            "Caesars rejected the takeover bid and said it is weighing other offers.",
            [
                ("Caesars", "rejected", "the takeover bid", False),
                ("Caesars", "said", "it is weighing other offers", False),
            ],
        ),
    ],
)
def test_and_between_nouns_before_an_inner_source_does_not_cut(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("He called for more troops in the region.", "called for", "more troops in the region"),
        (
            "She warned against drawing lessons from the vote.",
            "warned against",
            "drawing lessons from the vote",
        ),
        (  # (the month after a cue in the past: when it was ruled)
            "The judge ruled against Ohio's procedure in May.",
            "ruled against",
            "Ohio's procedure",
        ),
        # "about" before a number is "nearly", no preposition of the cue
        (
            "Cronin said about 400 workers will be laid off.",
            "said",
            "about 400 workers will be laid off",
        ),
    ],
)
def test_a_preposition_between_cue_and_content_is_the_cue_s(
    text: str, cue: str, content: str
) -> None:
    record = parse_text(f"Title.\n\n{text}\n").to_dict()
    assert [(a["cue"], a["content"]) for a in record["attributions"]] == [(cue, content)]


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("said the minister", 0, ["said"]),  # a form opening the text
        ("Said the minister", 0, ["Said"]),
        ("He said, and she added.", 0, ["said", "added"]),
        ("He said, and she added.", 3, ["said", "added"]),  # a form opening the span
        ("He resaid it.", 5, []),  # a span starting inside a word holds no form there
        ("“said” and (told)", 0, ["said", "told"]),  # after a quotation mark, a parenthesis
        ("a self-proclaimed expert", 0, []),  # after a hyphen: a compound
        # set phrases (data/cue_idioms.txt) report nothing: as listed or capitalised, with
        # the comma some need, after a word boundary
        ("That said, Cruz cannot win.", 0, []),
        ("bottles that said, hello", 0, ["said"]),
        ("That said Cruz", 0, ["said"]),
        ("It is fair to say it.", 0, []),
        ("Fair to say it.", 0, []),
        ("a say in it", 0, []),
        ("Obama say it", 0, ["say"]),
        ("the final say.", 0, []),
        ("All told, 30 came.", 0, []),
        # the phrases are looked up by the character before their last space, in any case
        ("A say in it", 0, []),
        ("to, say, 5 people", 0, []),
        ("The same can be said of him.", 0, []),
        ("He said it.", 0, ["said"]),
        ("HAVING said that", 0, ["said"]),
        ("X say it", 0, ["say"]),
        # a capitalised phrase going on a name before it, with an object after its form,
        # is the name and its verb: "ABC News shows", not "news shows"
        ("A poll by ABC News shows Trump ahead.", 0, ["shows"]),
        ("He was on Fox News shows on Sunday.", 0, []),
        ("He was on Fox News shows.", 0, []),
        ("News shows that matter", 0, []),
    ],
)
def test_cue_forms_stand_after_a_character_that_is_no_word_character(
    text: str, start: int, expected: list[str]
) -> None:
    cues = find_cues_in(text, Span(start, len(text)))
    assert [text[c.span.start : c.span.end] for c in cues] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("according to officials", ["according to"]),  # a phrase opening the text
        ("said", ["said"]),  # a form that is the whole text
        ("he said, she told them", ["said", "told"]),
        ("resaid retold", []),
        ("", []),
    ],
)
def test_cue_form_spans(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in cue_form_spans(text)] == expected


@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        ("said so", 0, "said"),
        ("He said so", 3, "said"),
        ("He resaid so", 5, None),  # inside a word
        ("He, according to them", 4, "according to"),
        ("He said so", 2, None),  # a space is no form
    ],
)
def test_cue_form_at(text: str, pos: int, expected: str | None) -> None:
    found = cue_form_at(text, pos)
    assert (text[found[0] : found[1]] if found is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("his repeated claims", ("his", " repeated")),
        ("Mr. Trump’s oft-stated claims", ("Trump’s", " oft-stated")),
        ("Podliska’s most explosive claim", ("Podliska’s", " most explosive")),
        # the owner four spaces back, the farthest a match reaches
        ("and so Podliska’s most explosive claim", ("Podliska’s", " most explosive")),
        ("his\trepeated claims", ("his", "\trepeated")),  # a tab for a space
        ("his\u00a0repeated\u00a0claims", ("his", "\u00a0repeated")),
        ("his\nrepeated claims", None),  # no line break inside
        ("his very often repeated claims", None),  # three words
        ("a writer at length repeated claims", None),  # no possessive
    ],
)
def test_modified_possessive(text: str, expected: tuple[str, str] | None) -> None:
    m = modified_possessive(text, text.rindex("claim"))
    assert (m.group("owner", "words") if m is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The political novice who wants to unseat Rep. Debbie Wasserman Schultz is "
            "reaping big rewards.",
            ("who", "wants", "to unseat Rep. Debbie Wasserman Schultz"),
        ),
        (
            "More than half of the respondents who support Sanders are in college.",
            ("who", "support", "Sanders"),
        ),
        (  # the conjunction before the main verb goes with it
            "They are plans that promise to transform the economy but are likely to draw "
            "fire from Republicans.",
            ("that", "promise", "to transform the economy"),
        ),
        (  # a clause is no object: its verb is its own ...
            "Voters who said the economy was their top issue split evenly.",
            ("who", "said", "the economy was their top issue split evenly"),
        ),
        (  # ... but a second auxiliary after it is the main verb ...
            "Voters who say the economy is most important in their vote decision were evenly "
            "divided.",
            ("who", "say", "the economy is most important in their vote decision"),
        ),
        (  # ... one after a subordinate clause too ...
            "The hacker who revealed that Clinton used a private address while she was "
            "secretary of state was sentenced on Thursday.",
            (
                "who",
                "revealed",
                "that Clinton used a private address while she was secretary of state",
            ),
        ),
        (  # ... unless a pronoun is its subject ...
            "It was Trump who said the judge can't be impartial because he is Mexican-American.",
            ("who", "said", "the judge can't be impartial because he is Mexican-American"),
        ),
        (  # ... or a subordinate clause takes it
            "They are a business community that says it is starved of funds while the "
            "government is criticising it.",
            ("that", "says", "it is starved of funds while the government is criticising it"),
        ),
        (  # ... nor is the verb of a clause inside the infinitive the main verb
            "Those who want to know what is happening are angry.",
            ("who", "want", "to know what is happening are angry"),
        ),
    ],
)
def test_the_object_of_a_cue_in_a_relative_clause_ends_before_the_main_verb(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert [found[:3] for found in attributions_of(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Sanders rallied in Rochester, touting his record upstate and pounding her on the "
            "gun issue.",
            "touting",
            "his record upstate",
        ),
        (
            "She spoke for an hour, recalling summer visits to Lake Winola and detailing her "
            "grandfather's time at the mill.",
            "recalling",
            "summer visits to Lake Winola",
        ),
        (  # an adjective in -ing is no second participle
            "The school denied the letter, disputing accusations that it had produced "
            "inaccurate and misleading articles.",
            "disputing",
            "that it had produced inaccurate and misleading articles",
        ),
        (  # a content with words in -ing of its own keeps its "and"
            "He won applause, describing how jobs making furnaces and heating equipment will "
            "be sent to Mexico.",
            "describing",
            "how jobs making furnaces and heating equipment will be sent to Mexico",
        ),
        (
            "She gave a speech, supporting cutting taxes and raising spending.",
            "supporting",
            "cutting taxes and raising spending",
        ),
        (  # the last item of a list
            "The suit names the banks, alleging fraud, breach of duty and interfering with "
            "the loans.",
            "alleging",
            "fraud, breach of duty and interfering with the loans",
        ),
    ],
)
def test_a_second_participle_after_the_object_of_a_cue_in_ing_is_no_part_of_it(
    text: str, cue: str, content: str
) -> None:
    assert [found[2] for found in attributions_of(text) if found[1] == cue] == [content]


def test_a_cue_ending_an_opening_clause_before_a_possessive_subject_has_no_content() -> None:
    text = (
        "While Sanders admitted that it would be “very hard” for his campaign to win if he has "
        "fewer delegates when the primaries conclude, his campaign has argued that it could "
        "still bag the nomination by persuading superdelegates backing Clinton to switch."
    )
    assert [found[1:3] for found in attributions_of(text)] == [
        (
            "admitted",
            "that it would be “very hard” for his campaign to win if he has fewer delegates when "
            "the primaries conclude",
        ),
        (
            "argued",
            "that it could still bag the nomination by persuading superdelegates backing "
            "Clinton to switch",
        ),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The paper ran the ad, which Mr. Trump called “a disgrace,” on Sunday.",
            ("Mr. Trump", "called", "which Mr. Trump called “a disgrace,”"),
        ),
        (
            "The race is in what Newt Gingrich called “the loudest election in modern history.”",
            (
                "Newt Gingrich",
                "called",
                "what Newt Gingrich called “the loudest election in modern history.”",
            ),
        ),
        (
            "He met the marchers, whom he described as “peaceful,” on Tuesday.",
            ("he", "described", "whom he described as “peaceful,” on Tuesday"),
        ),
        (  # a "that" before a cue that has its object opens a clause
            "Ms. Lee wrote that agents described the ground as “Swiss cheese.”",
            ("Ms. Lee", "wrote", "that agents described the ground as “Swiss cheese.”"),
        ),
    ],
)
def test_the_relative_pronoun_a_cue_of_naming_names_is_part_of_the_content(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert [found[:3] for found in attributions_of(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A petition calling on him to be banned from the United Kingdom has reached "
            "563,000 signatures.",
            ("A petition", "calling", "him to be banned from the United Kingdom"),
        ),
        (
            "Anyone questioning her lead of 3 million votes can find solace in an article.",
            ("Anyone", "questioning", "her lead of 3 million votes"),
        ),
        (  # items of a list before the verb
            "Anyone questioning cuts to cotton, rice and soybean subsidies can find solace in "
            "an article.",
            ("Anyone", "questioning", "cuts to cotton, rice and soybean subsidies"),
        ),
        (  # a clause inside the object keeps its verb
            "Voters supporting a plan that is popular are happy.",
            ("Voters", "supporting", "a plan that is popular are happy"),
        ),
        (  # an opening phrase ends at its comma ...
            "In the months before announcing her decision in New York, Fiorina had waged a "
            "charm offensive.",
            ("the months", "announcing", "her decision in New York"),
        ),
        (  # ... and only there
            "Under the program supporting the reschedulings Nigeria is due to receive 900 "
            "mln dlrs.",
            (
                "the program",
                "supporting",
                "the reschedulings Nigeria is due to receive 900 mln dlrs",
            ),
        ),
        (  # a modal is the main verb
            "The recent crop of stories alleging cronyism at the foundation may be harder to "
            "defend against.",
            ("The recent crop of stories", "alleging", "cronyism at the foundation"),
        ),
        (  # so is a past that is no participle ...
            "The drumbeat of names denouncing Donald Trump grew louder.",
            ("The drumbeat of names", "denouncing", "Donald Trump"),
        ),
        (  # ... and a verb in -ed before its object
            "The groups supporting the measure helped Republicans win the state.",
            ("The groups", "supporting", "the measure"),
        ),
        (  # ... and a past that is a participle too, before a determiner ...
            "The super PACs supporting Kasich and Kentucky Sen. Rand Paul paid a combined "
            "$176,000 for voter files.",
            ("The super PACs", "supporting", "Kasich and Kentucky Sen. Rand Paul"),
        ),
        (  # ... but not before a preposition, where it is a participle of the object
            "Groups supporting the workers paid by the hour are growing.",
            ("Groups", "supporting", "the workers paid by the hour"),
        ),
        (  # a participle after an auxiliary is the object's own clause's
            "He’s pointing out the progress he’s made in preference polls since his "
            "campaign started.",
            (
                "He",
                "pointing out",
                "the progress he’s made in preference polls since his campaign started",
            ),
        ),
    ],
)
def test_the_object_of_a_cue_in_the_subject_ends_before_the_main_verb(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert [found[:3] for found in attributions_of(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a quote with its own speaker after a dash
            'Clinton suggested that the plan was unserious - "Again, we need to get into the'
            ' details," she said.',
            [
                ("Clinton", "suggested", "that the plan was unserious", False),
                ("she", "said", '"Again, we need to get into the details,"', True),
            ],
        ),
        (  # ... or after a colon
            "Trump asserted that France had lost its identity: “France is no longer France,”"
            " he claimed.",
            [
                ("Trump", "asserted", "that France had lost its identity", False),
                ("he", "claimed", "“France is no longer France,”", True),
            ],
        ),
        (  # a statement with its own subject after a dash or a colon
            "Carson seems to recognize his problem on security — he told the AP that his task"
            " is to prove that he is tough.",
            [
                ("Carson", "seems to recognize", "his problem on security", False),
                ("he", "told", "that his task is to prove that he is tough", False),
            ],
        ),
        (
            "Trump cites the crowds as an example: He says news outlets undercount his supporters.",
            [
                ("Trump", "cites", "the crowds as an example", False),
                ("He", "says", "news outlets undercount his supporters", False),
            ],
        ),
        (  # an aside on a noun of the content, set off by dashes, stays in it
            "Melamed said capital flows -- which he estimated can approach 200 billion dlrs a"
            " day -- would overwhelm efforts by governments.",
            [
                (
                    "Melamed",
                    "said",
                    "capital flows -- which he estimated can approach 200 billion dlrs a day"
                    " -- would overwhelm efforts by governments",
                    False,
                )
            ],
        ),
        (  # ... and so does a clause after the second dash of an aside
            "Murphy discovered the cause — gun control — he believes will define his career.",
            [
                (
                    "Murphy",
                    "discovered",
                    "the cause — gun control — he believes will define his career",
                    False,
                )
            ],
        ),
    ],
)
def test_a_statement_after_a_colon_or_a_dash_stands_beside_the_content_before_it(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "His campaign manager, Jeff Weaver, says it's proof the candidate can still close"
            " the gap in pledged delegates, which stood at 263 entering Tuesday's primary,"
            " according to the Associated Press.",
            [
                (
                    "His campaign manager, Jeff Weaver",
                    "says",
                    "it's proof the candidate can still close the gap in pledged delegates",
                    False,
                ),
                (
                    "the Associated Press",
                    "according to",
                    "which stood at 263 entering Tuesday's primary",
                    False,
                ),
            ],
        ),
        (
            "Mrs. Clinton has praised Mr. Obama's accomplishments, and won more than 77 percent"
            " of the vote among blacks, according to exit polls.",
            [
                ("Mrs. Clinton", "praised", "Mr. Obama's accomplishments", False),
                (
                    "exit polls",
                    "according to",
                    "won more than 77 percent of the vote among blacks",
                    False,
                ),
            ],
        ),
        (
            "Nearly three in four say they would like to buy American goods, but those items"
            " are often too costly, according to the survey.",
            [
                ("Nearly three in four", "say", "they would like to buy American goods", False),
                ("the survey", "according to", "those items are often too costly", False),
            ],
        ),
        # No statement of its own: a relative clause, a verb deep in the clause, a naming,
        # a view; the quotation of an outlet's report stays the outlet's.
        (
            "The Greater Wisconsin Committee, which supported Kloppenburg, spent at least"
            " $345,430 on TV ads, according to the Brennan Center.",
            [
                (
                    "the Brennan Center",
                    "according to",
                    "The Greater Wisconsin Committee, which supported Kloppenburg, spent at"
                    " least $345,430 on TV ads",
                    False,
                )
            ],
        ),
        (
            "Sanders and Clinton are nearing an agreement that would see him endorse her in"
            " New Hampshire, according to Democrats involved in the negotiations.",
            [
                (
                    "Democrats involved in the negotiations",
                    "according to",
                    "Sanders and Clinton are nearing an agreement that would see him endorse her"
                    " in New Hampshire",
                    False,
                )
            ],
        ),
        (
            'Eliminating this practice, called "PIK and roll," would save the government 1.4'
            " billion dlrs, according to the Congressional Budget Office.",
            [
                (
                    "the Congressional Budget Office",
                    "according to",
                    'Eliminating this practice, called "PIK and roll," would save the government'
                    " 1.4 billion dlrs",
                    False,
                )
            ],
        ),
        (
            "The company is considering expansion in Europe, but has made no decisions as to"
            " strategy, according to spokesman I.C. Ferrier.",
            [
                (
                    "spokesman I.C. Ferrier",
                    "according to",
                    "The company is considering expansion in Europe, but has made no decisions"
                    " as to strategy",
                    False,
                )
            ],
        ),
        (
            '"We will win," Sanders said, according to CNN.',
            [("CNN", "according to", '"We will win," Sanders said', False)],
        ),
    ],
)
def test_a_statement_opening_the_sentence_before_according_to_stands_on_its_own(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The state admitted it made a mistake when a local pediatrician reported high lead"
            " levels in children's blood.",
            [
                ("The state", "admitted", "it made a mistake", False),
                ("a local pediatrician", "reported", "high lead levels in children's blood", False),
            ],
        ),
        (
            "A lawmaker in the Philippines is calling for Donald Trump to be banned from the"
            " country after the candidate suggested that Philippine immigrants posed a threat.",
            [
                (
                    "A lawmaker in the Philippines",
                    "calling",
                    "Donald Trump to be banned from the country",
                    False,
                ),
                ("the candidate", "suggested", "that Philippine immigrants posed a threat", False),
            ],
        ),
        (
            "Live cattle futures posted a robust rally today after a major beef packing company"
            " said it would end a lockout.",
            [
                ("Live cattle futures", "posted", "a robust rally today", False),
                ("a major beef packing company", "said", "it would end a lockout", False),
            ],
        ),
        # The clause stays: after a noun of time, in a statement of "say" or a that-clause.
        (
            "Ali rebuked Trump in December when the businessman called for barring all Muslims.",
            [
                (
                    "Ali",
                    "rebuked",
                    "Trump in December when the businessman called for barring all Muslims",
                    False,
                )
            ],
        ),
        (
            "He said it is a risky strategy at a time when politicians are raising questions"
            " about drug prices.",
            [
                (
                    "He",
                    "said",
                    "it is a risky strategy at a time when politicians are raising questions"
                    " about drug prices",
                    False,
                )
            ],
        ),
        (
            "Sanders said he recoiled when Mr. Trump began attacking Heidi Cruz.",
            [("Sanders", "said", "he recoiled when Mr. Trump began attacking Heidi Cruz", False)],
        ),
        (
            "They argue that the EPA overstepped its authority when the agency issued the rules.",
            [
                (
                    "They",
                    "argue",
                    "that the EPA overstepped its authority when the agency issued the rules",
                    False,
                )
            ],
        ),
    ],
)
def test_a_statement_in_a_clause_of_time_or_contrast_stands_beside_the_content_before_it(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sanders called her fallen son her hero before explaining why she forgave Roof.",
            [
                ("Sanders", "called", "her fallen son her hero", False),
                ("Sanders", "explaining", "why she forgave Roof", False),
            ],
        ),
        (
            "Boxer attacked Fiorina by reminding voters that the merger forced HP to slash jobs.",
            [
                ("Boxer", "attacked", "Fiorina", False),
                ("Boxer", "reminding", "that the merger forced HP to slash jobs", False),
            ],
        ),
        (
            'She responded to one of Trump\'s messages by saying, "Seriously, just stop lying."',
            [
                ("She", "responded", "one of Trump's messages", False),
                ("She", "saying", '"Seriously, just stop lying."', True),
            ],
        ),
        # In the clause of a statement the participle is the clause's own.
        (
            "They said Icahn must prove his offer credible by revealing financing arrangements.",
            [
                (
                    "They",
                    "said",
                    "Icahn must prove his offer credible by revealing financing arrangements",
                    False,
                )
            ],
        ),
        (
            "McDonnell Douglas claimed Airbus tried to overturn pledges by offering cut-rate"
            " prices.",
            [
                (
                    "McDonnell Douglas",
                    "claimed",
                    "Airbus tried to overturn pledges by offering cut-rate prices",
                    False,
                )
            ],
        ),
    ],
)
def test_a_participle_after_by_or_before_is_a_second_statement_of_the_source(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Trump attacked Clinton, the attendees chanted, "Lock her up!"',
            [
                ("Trump", "attacked", "Clinton", False),
                ("the attendees", "chanted", '"Lock her up!"', True),
            ],
        ),
        (
            "Caroline Levy believes something could be going on with Wendy's. \"My gut feeling"
            " is something's going to happen,\" she said.",
            [
                ("Caroline Levy", "believes", "something could be going on with Wendy's", False),
                ("she", "said", '"My gut feeling is something\'s going to happen,"', True),
            ],
        ),
        (
            "When I asked if he would ever endorse Hillary Clinton, he looked straight into my"
            ' camera and said, "I\'m gonna endorse YOU!"',
            [
                ("I", "asked", "if he would ever endorse Hillary Clinton", False),
                ("he", "said", '"I\'m gonna endorse YOU!"', True),
            ],
        ),
        # A quoted word inside the content's clause stays in it.
        (
            "Yeutter said that if the community went ahead with the tax, the United States would"
            ' respond "vigorously" to protect its rights.',
            [
                (
                    "Yeutter",
                    "said",
                    "that if the community went ahead with the tax, the United States would"
                    ' respond "vigorously" to protect its rights',
                    False,
                )
            ],
        ),
    ],
)
def test_a_quotation_with_its_own_speaker_ends_an_indirect_content_before_it(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The party offered fresh ammunition to Republicans who say the law is a money pit.",
            [
                ("The party", "offered", "fresh ammunition to Republicans", False),
                ("who", "say", "the law is a money pit", False),
            ],
        ),
        (
            "Lusinchi defended the accord against critics who said it merely deferred the"
            " payments.",
            [
                ("Lusinchi", "defended", "the accord against critics", False),
                ("who", "said", "it merely deferred the payments", False),
            ],
        ),
        # Inside a that-clause, and of what someone would say, the clause stays.
        (
            "The poll noted that 73 percent of Democrats who said they had supported Sanders now"
            " support Clinton.",
            [
                (
                    "The poll",
                    "noted",
                    "that 73 percent of Democrats who said they had supported Sanders now"
                    " support Clinton",
                    False,
                )
            ],
        ),
        (
            "Rubio's campaign is portraying Cruz as a politician who will say whatever makes"
            " sense.",
            [
                (
                    "Rubio's campaign",
                    "portraying",
                    "Cruz as a politician who will say whatever makes sense",
                    False,
                )
            ],
        ),
    ],
)
def test_a_relative_clause_of_people_who_say_ends_the_content_it_stands_in(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a modal before the passive's "be" is no part of the subject reported
            "This speech can be summed up in one simple question.",
            [(None, "summed up", "This speech", False)],
        ),
        (
            "Obama will probably be remembered by historians.",
            [("historians", "remembered", "Obama", False)],
        ),
        (
            # the relative pronoun left alone names what was found elsewhere
            "It is a chink in the software that has never been discovered before, thus a name "
            "suggesting there are zero days of warning.",
            [("a name", "suggesting", "there are zero days of warning", False)],
        ),
    ],
)
def test_a_modal_before_a_passive_is_no_part_of_its_subject(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The subpoena was withdrawn and Clinton testified voluntarily in 1998.", []),
        ("They are communities that respond favorably every time.", []),
        ("Some industries might respond more radically.", []),
        (
            "His auto bailout fact-check Wednesday was retweeted 3,200 times, leading Clinton "
            "advisers like Gene Sperling to counter that “every cent went to the bailout.”",
            [
                (
                    "Clinton advisers like Gene Sperling",
                    "counter",
                    "that “every cent went to the bailout.”",
                    False,
                )
            ],
        ),
        (
            # the manner no statement, the outer content runs on over it
            "Mr. Trump offered some kind words about Mr. Bush, whom he attacked viciously "
            "during the campaign.",
            [
                (
                    "Mr. Trump",
                    "offered",
                    "some kind words about Mr. Bush, whom he attacked viciously during the "
                    "campaign",
                    False,
                )
            ],
        ),
        # an -ly noun is no adverb; an adverb before a clause or an object reports
        (
            "Mr. Mannix reported daily to Louis B. Mayer.",
            [("Mr. Mannix", "reported", "daily to Louis B. Mayer", False)],
        ),
        ("He said privately that it was over.", [("He", "said", "that it was over", False)]),
        # a passive of a pronoun: the time or the count is all it reads
        ("When it was argued in January, the court was split.", []),
        (
            "Clinton tweeted an image after the deaths of Alton Sterling and Philando "
            "Castile; it was retweeted over 25,000 times.",
            [
                (
                    "Clinton",
                    "tweeted",
                    "an image after the deaths of Alton Sterling and Philando Castile",
                    False,
                )
            ],
        ),
        # a preposition stranded at the end of a relative clause
        (
            "Sanders could work with Clinton for the ideas he believes in - or nurse "
            "grievances over a race she won.",
            [],
        ),
        (
            "They could choose any religion they wanted to, or they could not worship.",
            [],
        ),
        (  # a hyphen is no dash
            "Most of the companies reported in-line or better than expected results.",
            [
                (
                    "Most of the companies",
                    "reported",
                    "in-line or better than expected results",
                    False,
                )
            ],
        ),
    ],
)
def test_a_content_that_is_only_a_manner_states_nothing(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Daniel Traynor said that while he was adamantly opposed to Trump, he was "
            "currently supporting Cruz.",
            "that while he was adamantly opposed to Trump, he was currently supporting Cruz",
        ),
        (
            "Several analysts said that while they believe the debt problem will linger, "
            "the initial shock is likely to ease.",
            "that while they believe the debt problem will linger, the initial shock is "
            "likely to ease",
        ),
        (
            "Standard and Poor's said that while it expects lower imports this year, "
            "rising labor costs should further weaken Denmark's competitiveness.",
            "that while it expects lower imports this year, rising labor costs should "
            "further weaken Denmark's competitiveness",
        ),
    ],
)
def test_a_statement_in_a_clause_after_that_is_part_of_the_that_clause(
    text: str, content: str
) -> None:
    assert [c for _, _, c, _ in attributions_of(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "But UNH pollster Andy Smith said Trump, despite his wealth, is perhaps better "
            "positioned to capture the working-class vote.",
            "Trump, despite his wealth, is perhaps better positioned to capture the "
            "working-class vote",
        ),
        (
            "It said a four pct decline in rural exports, despite an 11 pct rise in wheat "
            "exports, was more than offset by a rise in non-rural exports.",
            "a four pct decline in rural exports, despite an 11 pct rise in wheat exports, "
            "was more than offset by a rise in non-rural exports",
        ),
        (  # a concession after the clause still ends it
            "He said the plan was sound, despite its cost to taxpayers.",
            "the plan was sound",
        ),
    ],
)
def test_a_concession_closed_before_the_verb_is_inside_the_content(text: str, content: str) -> None:
    assert [a[2] for a in attributions_of(text)] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # two nouns before the inner cue are one subject of the statement
            "Garin said his focus groups and other research show that her positions "
            "resonate with voters.",
            [
                (
                    "Garin",
                    "said",
                    "his focus groups and other research show that her positions resonate "
                    "with voters",
                    False,
                )
            ],
        ),
        (
            "The UAW leader said the company and the union agreed in principle to pattern "
            "a future contract.",
            [
                (
                    "The UAW leader",
                    "said",
                    "the company and the union agreed in principle to pattern a future contract",
                    False,
                )
            ],
        ),
        (  # a clause before "and", or a pronoun after it: a second statement
            "King Fahd said Saudi Arabia wants oil price stability and he called on "
            "producers to avoid harmful competition.",
            [
                ("King Fahd", "said", "Saudi Arabia wants oil price stability", False),
                ("he", "called", "producers to avoid harmful competition", False),
            ],
        ),
        (  # an object before "and": the next clause is no part of it
            "A woman asked for a photo and Clinton said she would be glad to pose.",
            [
                ("A woman", "asked", "a photo", False),
                ("Clinton", "said", "she would be glad to pose", False),
            ],
        ),
        (  # a second noun set off by commas joins the first as well
            "Critics say that account, and hundreds just like it, show how the efforts "
            "have been toothless.",
            [
                (
                    "Critics",
                    "say",
                    "that account, and hundreds just like it, show how the efforts have "
                    "been toothless",
                    False,
                )
            ],
        ),
        (
            "Critics say the account, and others like it, show how the efforts have been "
            "toothless.",
            [
                (
                    "Critics",
                    "say",
                    "the account, and others like it, show how the efforts have been toothless",
                    False,
                )
            ],
        ),
    ],
)
def test_nouns_joined_by_and_before_a_cue_are_one_subject_of_the_statement(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an intention or a stance after "but": the statement goes on
            "Ms. Sherry said she considered how that would play to readers, but she wanted "
            "to be realistic.",
            [
                (
                    "Ms. Sherry",
                    "said",
                    "she considered how that would play to readers, but she wanted to be realistic",
                    False,
                )
            ],
        ),
        (
            "Mr. Edd said he was not certain the new regulation would apply to his tribe, "
            "but planned to follow it.",
            [
                (
                    "Mr. Edd",
                    "said",
                    "he was not certain the new regulation would apply to his tribe, but "
                    "planned to follow it",
                    False,
                )
            ],
        ),
        (  # a clause set off by a dash stands beside the statement
            "Ryan is acknowledging that Trump owns the party's big top — but he wants to "
            "isolate him.",
            [
                ("Ryan", "acknowledging", "that Trump owns the party's big top", False),
                ("he", "wants", "to isolate him", False),
            ],
        ),
    ],
)
def test_a_statement_goes_on_to_a_stance_of_its_source_after_but(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Black Lives Matter issued a statement saying it took the action out of caution.",
            (
                "Black Lives Matter",
                "issued a statement saying",
                "it took the action out of caution",
            ),
        ),
        (
            "Hours later, she issued a statement calling on the United States to act.",
            ("she", "issued a statement calling on", "the United States to act"),
        ),
        (
            "The experts issued an open letter calling Trump unfit for the office.",
            ("The experts", "issued an open letter calling", "Trump unfit for the office"),
        ),
    ],
)
def test_a_document_and_its_participle_join_the_cue(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert [a[:3] for a in attributions_of(text)] == [expected]


def test_a_document_with_no_participle_stays_the_content() -> None:
    assert [a[:3] for a in attributions_of("McConnell issued a statement on Saturday.")] == [
        ("McConnell", "issued", "a statement")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the time, she released a statement saying the shoes were made abroad.",
            ("she", "released a statement saying", "the shoes were made abroad"),
        ),
        (
            "The Cruz campaign sent a fundraising email Wednesday saying Trump is a fraud.",
            ("The Cruz campaign", "sent a fundraising email Wednesday saying", "Trump is a fraud"),
        ),
        (  # a tweet sent out is such a document
            "She also sent a tweet saying she would put new guidelines in place.",
            ("She", "sent a tweet saying", "she would put new guidelines in place"),
        ),
        (  # no sender: the statement stays the source
            "In a statement announcing the move, the union praised her.",
            ("a statement", "announcing", "the move"),
        ),
        (  # nor a tweet with none
            "In a tweet announcing the move, the union praised her.",
            ("a tweet", "announcing", "the move"),
        ),
    ],
)
def test_the_sender_of_a_document_is_the_source_of_its_participle(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert attributions_of(text)[0][:3] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The movement plans to protest the debate, the Daily Caller reports.",
            [("the Daily Caller", "reports", "The movement plans to protest the debate")],
        ),
        (
            "Bonuses were $500 every three months, The Wall Street Journal reports.",
            [("The Wall Street Journal", "reports", "Bonuses were $500 every three months")],
        ),
        (  # a noun before a comma: no report
            "David Mizrahi, editor of Mideast reports, expects OPEC to meet.",
            [("David Mizrahi, editor of Mideast reports", "expects", "OPEC to meet")],
        ),
        (  # an outlet's name before the form: its report, with no "that"
            "The Washington Post reports Clinton's last press conference was held on Dec. 4.",
            [
                (
                    "The Washington Post",
                    "reports",
                    "Clinton's last press conference was held on Dec. 4",
                )
            ],
        ),
        (
            "Breitbart reports the two friends had a falling out.",
            [("Breitbart", "reports", "the two friends had a falling out")],
        ),
        (  # a preposition after it: the noun
            "China Central TV will use CNN reports during its daily newscasts.",
            [],
        ),
        (  # no outlet before it: no report without "that"
            "The Democratic Party reports results as delegate counts.",
            [],
        ),
        (  # the outlet printed after the form, closing the sentence
            "The deal will close next week, reports USA Today.",
            [("USA Today", "reports", "The deal will close next week")],
        ),
        (  # ... and a statement inside it is the report's content, not a statement of its own
            "Richards noted that abortion is central to the platform for the first time,"
            " reported the Washington Examiner.",
            [
                (
                    "the Washington Examiner",
                    "reported",
                    "Richards noted that abortion is central to the platform for the first time",
                )
            ],
        ),
        (  # a noun after a comma, no name after it: no report
            "Sales fell in March, reports of fraud spread and the shares dropped.",
            [],
        ),
    ],
)
def test_reports_after_its_source_or_an_outlet(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [a[:3] for a in attributions_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a noun phrase that sums up the statement after the cue is no content
            "Americans oppose cutting off the funds, a new poll finds, a debate that is likely"
            " to come to a head this week.",
            [("a new poll", "finds", "Americans oppose cutting off the funds", False)],
        ),
        (  # ... but the rest of an interrupted content goes on after the cue
            "The museum, Mr. Obama said, would make a difference that lasts.",
            [
                (
                    "Mr. Obama",
                    "said",
                    "The museum, Mr. Obama said, would make a difference that lasts",
                    False,
                )
            ],
        ),
    ],
)
def test_a_summing_up_phrase_after_a_cue(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an auxiliary after the comma: the quoted sentence goes on after its cue
            "“Only you, Dinesh,” she said, would use the occasion to reaffirm your love.",
            [
                (
                    "she",
                    "said",
                    "“Only you, Dinesh,” she said, would use the occasion to reaffirm your love",
                    True,
                )
            ],
        ),
        (  # "that" and a clause: the quoted clause's extraposed subject
            "“It's our bad luck,” he said, that both men had connections to the mosque.",
            [
                (
                    "he",
                    "said",
                    "“It's our bad luck,” he said, that both men had connections to the mosque",
                    True,
                )
            ],
        ),
        (  # a verb in -ed after the source opens the writer's participle phrase
            "“This is just a show,” said Beau Correll, angered that the party gave up.",
            [("Beau Correll", "said", "“This is just a show,”", True)],
        ),
    ],
)
def test_a_quotation_that_goes_on_after_its_interrupting_cue(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


def test_a_closing_poll_after_an_opening_in_of_no_poll() -> None:
    text = (
        "In his highest percentage to date, Trump achieved 45 percent support among"
        " Republican voters in a new Fox News poll released Thursday."
    )
    assert pipeline_attributions(text) == [
        (
            "a new Fox News poll released Thursday",
            "in",
            "In his highest percentage to date, Trump achieved 45 percent support among"
            " Republican voters",
        )
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Salma Hayek Described Her Experience Being Discriminated Against.",
            [("Salma Hayek", "Described", "Her Experience Being Discriminated Against")],
        ),
        (
            "Marco Rubio Responds To Question About Minimum Wage",
            [("Marco Rubio", "Responds", "To Question About Minimum Wage")],
        ),
        (  # the preposition the cue takes, and a form that holds one
            "Marco Rubio Complains About The Minimum Wage",
            [("Marco Rubio", "Complains About", "The Minimum Wage")],
        ),
        (
            "Dascha Polanco Opened Up About Not Being A Size Zero",
            [("Dascha Polanco", "Opened Up About", "Not Being A Size Zero")],
        ),
        ("Contributing: Brittney Bennett and Greg Toppo, USA TODAY", []),  # a label
        ("The Streaming Quality Seems To Be Mostly Excellent", []),  # no speech
        ("3. EXPERTS DOWNPLAY PLANNED NORTH KOREA LAUNCH", []),  # capitals: a list heading
    ],
)
def test_a_title_line_of_the_body_reads_as_a_headline(
    line: str, expected: list[tuple[str, str, str]]
) -> None:
    record = parse_text(f"Title.\n\nThe list follows.\n\n{line}\n\nGetty.\n").to_dict()
    assert [(a["source_text"], a["cue"], a["content"]) for a in record["attributions"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a relative clause in an editors' note describes a person: no attribution
            "Editor’s note: Donald Trump is a serial liar and bully who has repeatedly "
            "pledged to ban all Muslims from entering the U.S.",
            [],
        ),
        (
            "Editors' Note: Mr. Smith is a candidate who has said he would cut taxes.",
            [],
        ),
        (  # ... the note's own reports stand
            "Editors' Note: An article on Monday reported that she had talked openly.",
            [("An article", "reported", "that she had talked openly")],
        ),
        (  # ... and so does a relative clause outside a note
            "Donald Trump is a candidate who has repeatedly pledged to ban all Muslims "
            "from entering the U.S.",
            [("who", "pledged", "to ban all Muslims from entering the U.S.")],
        ),
    ],
)
def test_relative_clauses_of_an_editors_note_report_nothing(
    text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    found = pipeline_attributions(text)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a publisher's disclaimer under a column states nothing of the story
            "The views and opinions expressed in the article do not necessarily reflect "
            "those of Sputnik.",
            [],
        ),
        ("Views and opinions expressed in this article are those of the author alone.", []),
        ("The views expressed in this commentary are solely those of the writer.", []),
        (  # ... but views a story reports are statements
            "The views expressed by the senator were shared by the board, officials said.",
            [("officials", "said", "The views expressed by the senator were shared by the board")],
        ),
    ],
)
def test_a_publishers_disclaimer_reports_nothing(
    text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert pipeline_attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the relative pronoun is the cue's object: it is the whole content
            "Clinton lost New Hampshire, which Clinton conceded when polls closed.",
            ("Clinton", "conceded", "which"),
        ),
        (
            "It expands a program, which Obama signed into law in 2014.",
            ("Obama", "signed", "which"),
        ),
        (
            "Despite the allegations, which Mr. Ailes denies, the talk of a walkout ended.",
            ("Mr. Ailes", "denies", "which"),
        ),
        (  # ... not before a clause or an infinitive of the cue's own
            "New Zealand, which the OECD says had the highest wage floor, raised it again.",
            ("the OECD", "says", "which the OECD says had the highest wage floor"),
        ),
        (
            "He cited the ruling, which Beijing has vowed to ignore.",
            ("Beijing", "vowed", "which Beijing has vowed to ignore"),
        ),
        (  # ... nor before an "at" that may hold the verb's complement
            "It posted a loss, which analysts estimated at 2.4 billion dlrs.",
            ("analysts", "estimated", "which analysts estimated at 2.4 billion dlrs"),
        ),
        (  # "what" that is the cue's object is the whole content too
            "That was what Liz Wahl said when she resigned from the network.",
            ("Liz Wahl", "said", "what"),
        ),
        (  # ... not before a clause of the cue's own
            "That is what Trump says his plan would do.",
            ("Trump", "says", "what Trump says his plan would do"),
        ),
    ],
)
def test_a_relative_pronoun_that_is_the_cues_object_is_its_content(
    text: str, expected: tuple[str, str, str]
) -> None:
    found = pipeline_attributions(text)
    assert expected in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "as" before the source after a quotation is no part of the content
            "The race “is a dead heat right now,” as Cruz said.",
            ("Cruz", "said", "The race “is a dead heat right now,”"),
        ),
        (  # ... which still runs on to a source without it
            "The race is “a dead heat” for now, Cruz said.",
            ("Cruz", "said", "The race is “a dead heat” for now"),
        ),
    ],
)
def test_as_before_a_closing_source_ends_the_content(
    text: str, expected: tuple[str, str, str]
) -> None:
    found = pipeline_attributions(text)
    assert expected in found


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (  # a relative clause with no relative pronoun: its noun phrase is the content
            "The president she hopes to succeed differs from other nominees.",
            "hopes",
            "The president she hopes to succeed",
        ),
        (
            "He paid any fees he reported receiving in the previous year.",
            "reported",
            "any fees he reported receiving",
        ),
        (
            "It is an office he's wanted to hold since he was a teenager.",
            "wanted",
            "an office he's wanted to hold",
        ),
    ],
)
def test_the_noun_phrase_of_a_relative_clause_without_pronoun_is_its_cues_object(
    text: str, cue: str, content: str
) -> None:
    record = parse_text(f"Title.\n\n{text}\n").to_dict()
    assert content in [a["content"] for a in record["attributions"] if a["cue"] == cue]


@pytest.mark.parametrize(
    ("text", "cue", "head"),
    [
        ("The week she announced, markets fell sharply.", "announced", "The week"),  # a time
        # the cue has an object or a clause of its own
        ("The day he said the plan would fail, markets fell.", "said", "The day"),
        ("It was a claim he denied to me as laughable.", "denied", "a claim"),  # "to" + object
        ("The candidate he hopes to see the party nominate is Rubio.", "hopes", "The candidate"),
        # "as" or a word that opens a clause comes before the pronoun
        ("But as the largest shareholder it also wants to require reforms.", "wants", "the"),
        ("It was a day of the debate as he sought to puncture her appeal.", "sought", "the debate"),
    ],
)
def test_a_noun_phrase_before_a_pronoun_is_no_object_of_a_cue_with_its_own(
    text: str, cue: str, head: str
) -> None:
    record = parse_text(f"Title.\n\n{text}\n").to_dict()
    contents = [a["content"] for a in record["attributions"] if a["cue"] == cue]
    assert contents
    assert not any(c.startswith(head) for c in contents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an embedded post is its author's words: nothing in it is reported
            'The candidate replied online.\n\n<tweet id="75" author="@realDonaldTrump">'
            "Mr. Khan, who does not know me, viciously attacked me from the stage.</tweet>.",
            [],
        ),
        (  # ... a tag closed on itself holds nothing, and the text after it reports
            'Fans cheered.\n\n<tweet id="76"/>.\n\nThe senator said the rally was large.',
            [("The senator", "said", "the rally was large")],
        ),
        (  # ... and an element left unclosed leaves its statements alone
            '<tweet id="77" author="@x">The senator said the rally was large.',
            [("The senator", "said", "the rally was large")],
        ),
    ],
)
def test_statements_inside_an_embedded_post(
    text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    found = pipeline_attributions(text)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # predicates of one subject listed with commas: each is the subject's
            "Bill Clinton came to the city and recounted his wife's life experiences, "
            "recited her policy ideas, and ripped into the Republicans a bit.",
            [
                ("Bill Clinton", "recounted", "his wife's life experiences"),
                ("Bill Clinton", "recited", "her policy ideas"),
                ("Bill Clinton", "ripped", "into the Republicans a bit"),
            ],
        ),
        (
            "He later suggested her menstrual cycle was behind her aggressive tone, "
            "called her “third-rate” and boycotted one of the debates.",
            [
                ("He", "suggested", "her menstrual cycle was behind her aggressive tone"),
                ("He", "called", "her “third-rate”"),
            ],
        ),
        (
            "But she has also promised to push harder than Mr. Obama in extending "
            "citizenship to undocumented immigrants, opposed his signature trade deal "
            "and outstripped his plans.",
            [
                (
                    "she",
                    "promised",
                    "to push harder than Mr. Obama in extending citizenship to "
                    "undocumented immigrants",
                ),
                ("she", "opposed", "his signature trade deal"),
            ],
        ),
        (  # a participle set off after a noun lists no predicate
            "He said that with the move, called a “standstill” arrangement, Brazil was "
            "only trying to avoid difficulties.",
            [
                (
                    "He",
                    "said",
                    "that with the move, called a “standstill” arrangement, Brazil was "
                    "only trying to avoid difficulties",
                )
            ],
        ),
        (  # ... nor a subject of the content's own, set off by commas
            "Clinton told the gathering she will protect rights while her opponent, "
            "Donald Trump, wants to “take America backward.”",
            [
                ("Clinton", "told", "the gathering she will protect rights while her opponent"),
                ("Donald Trump", "wants", "to “take America backward.”"),
            ],
        ),
    ],
)
def test_predicates_listed_with_commas_share_the_subject(
    text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert [a[:3] for a in attributions_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a gerund after an opening preposition: the subject after the comma does it
            "In describing fellow billionaire Donald Trump, Cuban said he sees someone "
            "without curiosity.",
            [
                ("Cuban", "describing", "fellow billionaire Donald Trump"),
                ("Cuban", "said", "he sees someone without curiosity"),
            ],
        ),
        (  # ... with no cue of its own in the main clause
            "After saying he was nervous to ask a question, the man ended up in the "
            "middle of the room.",
            [("the man", "saying", "he was nervous to ask a question")],
        ),
        (
            "Since announcing former governor William Weld as his running mate, Johnson "
            "has risen in the polls.",
            [("Johnson", "announcing", "former governor William Weld as his running mate")],
        ),
        (  # no subject with a verb after the comma: nobody to speak for
            "After announcing the plan, the numbers rose.",
            [],
        ),
        ("After announcing the plan, it was quiet.", []),
    ],
)
def test_a_gerund_after_an_opening_preposition_is_the_subjects(
    text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert [a[:3] for a in attributions_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "Citing" opens the sentence: the subject after the comma cites
            "Citing an unfounded conspiracy theory, Trump repeatedly accused Rafael Cruz "
            "of a role in the assassination.",
            [
                ("Trump", "Citing", "an unfounded conspiracy theory"),
                ("Trump", "accused", "Rafael Cruz of a role in the assassination"),
            ],
        ),
        (  # its quotation, comma and closing mark are its content, not the main verb's
            "Citing “obligations in Tennessee,” the governor's spokeswoman told POLITICO "
            "that Gore plans to skip the festivities.",
            [
                ("the governor's spokeswoman", "Citing", "“obligations in Tennessee,”"),
                (
                    "the governor's spokeswoman",
                    "told",
                    "that Gore plans to skip the festivities",
                ),
            ],
        ),
        (  # "Noting that": the main verb keeps the content after it, not the phrase
            "Noting that the policy lets ISIS enrich itself off the profits of oil fields, "
            "Trump reminded Americans of his policy to cut off the source of ISIS' wealth.",
            [
                (
                    "Trump",
                    "Noting",
                    "that the policy lets ISIS enrich itself off the profits of oil fields",
                ),
                ("Trump", "reminded", "of his policy to cut off the source of ISIS' wealth"),
            ],
        ),
        (  # "Recalling" its quotation; "urged" its named listeners and what they are to do
            "Recalling ''the consequences to Jews who were unable to flee,'' the statement "
            "urged Americans and their leaders to ''avoid condemning today's refugees.''",
            [
                (
                    "the statement",
                    "Recalling",
                    "''the consequences to Jews who were unable to flee,''",
                ),
                (
                    "the statement",
                    "urged",
                    "Americans and their leaders to ''avoid condemning today's refugees.''",
                ),
            ],
        ),
        (  # "Recognizing": another participle of that kind
            "Recognizing the daylight between the candidate's positions and the platform, "
            "Trump's inner circle believes the party will come around.",
            [
                (
                    "Trump's inner circle",
                    "Recognizing",
                    "the daylight between the candidate's positions and the platform",
                ),
                ("Trump's inner circle", "believes", "the party will come around"),
            ],
        ),
        (  # a cue inside the phrase ends with it, however long the quotation after it
            "Noting that on Earth there is a bacterium that can survive just on a hydrocarbon "
            'called acetylene and water, Malaska asked, "Could it or something like it live '
            'in Titan deep in the crust or ocean where temperatures are a little warmer?"',
            [
                (
                    "Malaska",
                    "Noting",
                    "that on Earth there is a bacterium that can survive just on a hydrocarbon "
                    "called acetylene and water",
                ),
                (
                    "Malaska",
                    "asked",
                    '"Could it or something like it live in Titan deep in the crust or ocean '
                    'where temperatures are a little warmer?"',
                ),
            ],
        ),
        (  # near miss: no comma closes the phrase before the main clause, whose quotation
            # holds the first comma: the participle's content runs to the subject
            "Conceding that there would likely be a trade agreement “down the line” he "
            "warned: “It’s not going to happen, not for a decade.”",
            [
                ("he", "Conceding", "that there would likely be a trade agreement “down the line”"),
                ("he", "warned", "“It’s not going to happen, not for a decade.”"),
            ],
        ),
        (  # a comma inside a list is not the phrase's: it ends after the last item
            "Noting the often different reactions of U.S., Japanese and European banks, "
            "Funaro told journalists that Brazil might adopt a new approach.",
            [
                (
                    "Funaro",
                    "Noting",
                    "the often different reactions of U.S., Japanese and European banks",
                ),
                ("Funaro", "told", "that Brazil might adopt a new approach"),
            ],
        ),
        (  # nor the comma of a clause opened after "that", with no cue before the next
            "Noting that while oil prices were expected to remain between 13 and 20 dlrs a "
            "barrel, depending on OPEC's ability to control production, Simon said demand "
            "is expected to remain at 1986 levels.",
            [
                (
                    "Simon",
                    "Noting",
                    "that while oil prices were expected to remain between 13 and 20 dlrs a "
                    "barrel, depending on OPEC's ability to control production",
                ),
                ("Simon", "said", "demand is expected to remain at 1986 levels"),
            ],
        ),
        (
            "Citing statistics indicating that by the year 2000, Asia will contain "
            "two-thirds of the world's population, Cornelissen said the company had to be "
            "there.",
            [
                (
                    "Cornelissen",
                    "Citing",
                    "statistics indicating that by the year 2000, Asia will contain "
                    "two-thirds of the world's population",
                ),
                ("Cornelissen", "said", "the company had to be there"),
            ],
        ),
        (  # near miss: the main clause's cue after the comma of the clause after "that"
            "Noting that in 1986 profits rose, the company said it would expand, hiring "
            "300 workers.",
            [
                ("the company", "Noting", "that in 1986 profits rose"),
                ("the company", "said", "it would expand, hiring 300 workers"),
            ],
        ),
        (  # near miss: no list after the comma, but the subject's "and" and its cue
            "Citing the new data, Smith and Jones said, the agency cut its forecast.",
            [
                ("Smith and Jones", "Citing", "the new data"),
                ("Smith and Jones", "said", "the agency cut its forecast"),
            ],
        ),
        (  # near miss: "Saying" is no participle of that kind
            "Saying the polls were wrong, the governor's spokeswoman told POLITICO that "
            "Gore plans to skip the festivities.",
            [
                (
                    "the governor's spokeswoman",
                    "told",
                    "that Gore plans to skip the festivities",
                ),
            ],
        ),
    ],
)
def test_a_citing_participle_that_opens_a_sentence_is_the_subjects(
    text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert [a[:3] for a in attributions_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("Responding to another question, Tsai said the talks went well.", 60, "Responding"),
        ("Citing “obligations in Tennessee,” the spokeswoman told POLITICO.", 60, "Citing"),
        ("Noting that the talks had stalled, Xi said the ties were strong.", 60, "Noting"),
        # near misses: the participle ends after ``end``; a preposition before it; a
        # participle of no statement; no comma closing its phrase
        ("Noting that the talks had stalled, Xi said the ties were strong.", 4, None),
        ("After citing data, Salceda said the rate fell.", 40, None),
        ("Appearing on CBS, the front-runner said the rate fell.", 40, None),
        ("Citing data Salceda said the rate fell.", 30, None),
    ],
)
def test_the_one_finder_of_a_participle_that_opens_a_sentence(
    text: str, end: int, expected: str | None
) -> None:
    opener = sentence_opening_participle(text, Span(0, len(text)), end)
    assert (None if opener is None else text[opener.span.start : opener.span.end]) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("Conceding that a deal would come “down the line” he warned.", "Conceding", True),
        ("Noting that the talks had stalled, Xi said the ties were strong.", "Noting", True),
        ("Responding to another question, Tsai said the talks went well.", "Responding to", True),
        # near misses: a participle inside its sentence, one in lower case, no "-ing"
        ("Xi spoke on Monday, noting that the talks had stalled.", "noting", False),
        ("noting that the talks had stalled, Xi said the ties were strong.", "noting", False),
        ("Noted economists said the talks had stalled.", "Noted", False),
    ],
)
def test_a_word_in_ing_that_opens_a_sentence(text: str, cue: str, expected: bool) -> None:
    start = text.index(cue)
    cue_span = Span(start, start + len(cue))
    assert opens_with_ing_word(text, Span(0, len(text)), cue_span) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a relative clause after a quotation holds its own cue and content
            'Trump cited the "Obama-Clinton" policies, which he said had harmed the economy.',
            [
                ("Trump", "cited", 'the "Obama-Clinton" policies'),
                ("he", "said", "which he said had harmed the economy"),
            ],
        ),
        (
            "Trump praised the “silent majority,” which he said would carry him to victory.",
            [
                ("Trump", "praised", "the “silent majority,”"),
                ("he", "said", "which he said would carry him to victory"),
            ],
        ),
        (  # a relative clause that a comma closes before the cue still names the source
            "“We will win,” said Smith, who added that it was close.",
            [
                ("Smith", "said", "“We will win,”"),
                ("who", "added", "that it was close"),
            ],
        ),
    ],
)
def test_a_cue_in_a_relative_clause_after_a_quotation_is_the_clauses(
    text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert [a[:3] for a in attributions_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "call into question" and "call into doubt" are one cue
            "Sanders repeatedly called into question her leadership abilities.",
            [("Sanders", "called into question", "her leadership abilities")],
        ),
        (
            "The speakers had harsh words for Trump, calling into doubt his conservative "
            "credentials.",
            [("The speakers", "calling into doubt", "his conservative credentials")],
        ),
        (  # a passive: its agent doubts its subject (before, "called" alone was read)
            "Her judgment has also been called into question by the report.",
            [("the report", "called into question", "Her judgment")],
        ),
    ],
)
def test_calling_into_question_is_one_cue(
    text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert [a[:3] for a in attributions_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a source and cue after ", as" that close the sentence report the clause before
            "The numbers changed over the summer, as Sanders has sometimes acknowledged.",
            [("Sanders", "acknowledged", "The numbers changed over the summer")],
        ),
        (
            "Mr. Trump's defeat won't necessarily derail his campaign, as some have speculated.",
            [("some", "speculated", "Mr. Trump's defeat won't necessarily derail his campaign")],
        ),
        (  # ... after an adjunct of place or time too
            "Invoking Weimar is a classic scare tactic, as David Dayen noted in The Intercept.",
            [("David Dayen", "noted", "Invoking Weimar is a classic scare tactic")],
        ),
        (  # ... not when the cue has an object or a clause follows
            "The situation is grim, as Mr. Kerry continues to pursue diplomacy.",
            [],
        ),
        (
            "The race is close, as the polls show, and Cruz may win.",
            [],
        ),
        (
            "The firm was not a disappointment, as most companies reported in-line results.",
            [("most companies", "reported", "in-line results")],
        ),
        (  # ... nor when the clause holds a quotation of another speaker
            "“Everyone should be believed,” she said, as the crowd applauded.",
            [("she", "said", "“Everyone should be believed,”")],
        ),
        (  # a comparative "as" is no ", as"
            "The Bank of Japan did not announce as much stimulus as many had hoped.",
            [("The Bank of Japan", "announce", "much stimulus as many had hoped")],
        ),
    ],
)
def test_a_source_after_comma_as_reports_the_clause_before(
    text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert [a[:3] for a in attributions_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "which" or "whom" as the object of a cue that closes its clause
            "He refused to sign the trade agreement, which Mr. Putin vehemently opposed.",
            [("He", "refused", "to sign the trade agreement"), ("Mr. Putin", "opposed", "which")],
        ),
        (
            "The company said the sale is subject to adjustments, which it did not explain.",
            [
                ("The company", "said", "the sale is subject to adjustments"),
                ("it", "explain", "which"),
            ],
        ),
        (
            "They backed Smith, whom Obama opposed.",
            [("They", "backed", "Smith"), ("Obama", "opposed", "whom")],
        ),
        (  # "what" likewise
            "That's what I talk about.",
            [("I", "talk about", "what")],
        ),
        (
            "It was different from what they initially expected.",
            [("they", "expected", "what")],
        ),
        (  # ... not after a preposition, whose object the pronoun is
            "His work was contested by those about whom he has written.",
            [],
        ),
        (  # ... and not "that", whose object relatives the gold marks only now and then
            "It beat the $1.11 a share that analysts expected.",
            [],
        ),
    ],
)
def test_a_relative_pronoun_is_the_object_of_a_cue_that_closes_its_clause(
    text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert [a[:3] for a in attributions_of(text)] == expected


def test_a_wide_extent_is_met_apart_from_the_narrow_ones() -> None:
    from newsparse.article import Attribution
    from newsparse.recognisers.added_frames import WIDE_EXTENT, _Extents

    def attribution(cue: int, start: int, end: int) -> Attribution:
        return Attribution(None, Span(cue, cue + 1), Span(start, end), False)

    wide = attribution(0, 2, 2 + 3 * WIDE_EXTENT)  # "Transcript as follows:" and a speech
    narrow = attribution(20000, 20002, 20050)
    index = _Extents([wide, narrow])
    assert list(index.meeting(attribution(100, 102, 140))) == [wide]
    assert list(index.meeting(attribution(20010, 20012, 20030))) == [narrow]
    assert not index.meets(attribution(16000, 16002, 16040))
    assert index.longest == 0 or index.longest < WIDE_EXTENT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Djilas referred to the “New Class.”",
            [("Djilas", "referred to", "the “New Class.”", False)],
        ),
        (
            "The sound system added Latin hits including “La Gozadera” and “Madre Tierra.”",
            [
                (
                    "The sound system",
                    "added",
                    "Latin hits including “La Gozadera” and “Madre Tierra.”",
                    False,
                )
            ],
        ),
        (
            "He rails against its “Great Wall of Protectionism” and vows to fight.",
            [
                ("He", "rails against", "its “Great Wall of Protectionism”", False),
                ("He", "vows", "to fight", False),
            ],
        ),
        (  # right after the cue the name is its object, and a quotation
            "The candidates referred to “ISIS” 44 times.",
            [("The candidates", "referred to", "“ISIS” 44 times", True)],
        ),
    ],
)
def test_a_title_inside_the_object_of_a_cue_is_no_quotation_of_it(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    """A title-case quotation after a word of the cue's object (an article, a possessive,
    a preposition) names something inside that object: the object is the content."""
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "He mentioned raising the minimum wage (with far less intensity than before).",
            ("He", "mentioned", "raising the minimum wage"),
        ),
        (
            "Stern questioned the statements about Clinton (which also drew the Secret Service).",
            ("Stern", "questioned", "the statements about Clinton"),
        ),
        (
            "Trump called the immigrants “rapists” (although he allowed that some were good).",
            ("Trump", "called", "the immigrants “rapists”"),
        ),
        (
            "The union decided not to endorse until the party had a nominee (though it seldom waits).",
            ("The union", "decided", "not to endorse until the party had a nominee"),
        ),
        (  # a party label or an abbreviation stays with its name
            "She praised Sen. Ted Cruz (R-Texas).",
            ("She", "praised", "Sen. Ted Cruz (R-Texas)"),
        ),
        (
            "He said he helped write the Affordable Care Act (ACA).",
            ("He", "said", "he helped write the Affordable Care Act (ACA)"),
        ),
        (  # an aside that opens with another word is the source's
            "He said the plan would cost more (income taxes would rise, too).",
            ("He", "said", "the plan would cost more (income taxes would rise, too)"),
        ),
    ],
)
def test_an_aside_in_parentheses_closing_a_content_is_the_writers(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """A comment in parentheses at a content's end that opens with "which", "with",
    "though" ... is the writer's, no part of what the source said."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Lewandowski continued to say he had never touched Fields.",
            ("Lewandowski", "continued to say", "he had never touched Fields"),
        ),
        (
            "She continued to suggest that they were not marked classified.",
            ("She", "continued to suggest", "that they were not marked classified"),
        ),
        (
            "He continued to express doubts about her qualifications.",
            ("He", "continued to express", "doubts about her qualifications"),
        ),
        (  # the reporting verb's preposition goes with the cue too
            "Protesters continued to call for more information about the shooting.",
            ("Protesters", "continued to call for", "more information about the shooting"),
        ),
        (  # a participle stays the content
            "Trump continued saying the election was rigged.",
            ("Trump", "continued", "saying the election was rigged"),
        ),
    ],
)
def test_the_reporting_verb_after_continued_to_joins_the_cue(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """ "continued to say [X]": the verb of going on and the reporting verb after "to" are
    one cue, as PolNeAR marks them."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Still, the plan will pass easily, he said.",
            ("he", "said", "the plan will pass easily"),
        ),
        (
            "In fact, the numbers are worse than expected, the report said.",
            ("the report", "said", "the numbers are worse than expected"),
        ),
        (
            "However, slower growth is being offset elsewhere, the IMF said.",
            ("the IMF", "said", "slower growth is being offset elsewhere"),
        ),
        (  # no comma after it: a word of the content
            "Still more voters will turn out next time, he said.",
            ("he", "said", "Still more voters will turn out next time"),
        ),
        (  # a connective inside the content stays
            "He said that, still, it would pass.",
            ("He", "said", "that, still, it would pass"),
        ),
    ],
)
def test_a_connective_opening_a_content_is_the_writers(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """ "Still, [the plan will pass], he said": the connective and its comma that open
    the sentence link it to the one before, no words of the source."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Beyond that, he used the speech to refute gloomy Republican assessments.",
            ("he", "refute", "gloomy Republican assessments"),
        ),
        (
            "Then he spent much of his own 24-minute speech praising the candidate.",
            ("he", "praising", "the candidate"),
        ),
        (
            "The NRA, which has endorsed Trump, used the comments to urge people to vote.",
            ("The NRA, which has endorsed Trump", "urge", "people to vote"),
        ),
        (  # a participle after a comma: the subject before it, without its verb
            "“They stole it,” the man shouted, using an expletive to describe the agency.",
            ("the man", "describe", "the agency"),
        ),
    ],
)
def test_what_is_used_or_spent_is_no_source(sentence: str, expected: tuple[str, str, str]) -> None:
    """The object of "use" or "spend" (data/means_verbs.txt) is the means or the time of
    what follows; the subject of the verb does it."""
    assert expected in pipeline_attributions(sentence)


def test_a_phrase_with_its_own_verb_of_means_keeps_its_source() -> None:
    """A phrase with a verb of means of its own ("using [a term Rubio has used] to
    describe") is read as it was."""
    found = pipeline_attributions(
        "“Who is the con man?” said Murphy, using a term Rubio has used to describe Trump."
    )
    assert ("a term Rubio", "has used to describe", "Trump") in found


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Conservative Solutions, a super PAC that backed Mr. Rubio, raised money.",
            "a super PAC that",
        ),
        ("Based on polls that show him leading, he stayed in.", "polls that"),
        ("Job cuts will come in areas that support the core business.", "areas that"),
        ("The Chromecast is the only device that supports the format.", "the only device that"),
        (
            "A withering editorial that accuses Sanders of lying ran on Sunday.",
            "A withering editorial that",
        ),
        (
            "The speech prompted his wife to make a comment that described the plan.",
            "a comment that",
        ),
        # after a preposition "that" is no relative pronoun: as printed
        ("The rate was 5 points above that charged to banks.", "that"),
    ],
)
def test_a_relative_that_takes_its_noun_into_the_source(sentence: str, source: str) -> None:
    """The relative pronoun "that" names no one: the noun phrase it stands for, right
    before it, joins the source ("who" and "which" stay as printed)."""
    assert [found[0] for found in pipeline_attributions(sentence)] == [source]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Let me just say that it was not overpopulated.", "me"),
        ("Let me first express my gratitude to all of you.", "me"),
        ("Let us remember that the war is over.", "us"),
    ],
)
def test_the_pronoun_after_let_is_the_source(sentence: str, source: str) -> None:
    """The pronoun after "Let" speaks, not "Let": "Let me say"."""
    assert [found[0] for found in pipeline_attributions(sentence)] == [source]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a gerund after a preposition with no phrase of its own before it
            "Trump described the incident as a terrible situation, but stopped short of"
            " calling Shelby's actions racially motivated.",
            ("Trump", "calling", "Shelby's actions racially motivated"),
        ),
        (  # a preposition alone, or with its gerund, is no source
            "By offering Kasich the second spot on the ticket, Trump would show voters he is"
            " serious.",
            ("Trump", "offering", "Kasich the second spot on the ticket"),
        ),
        (
            "By refusing to admit any fault, Trump and Lewandowski prolonged the story.",
            ("Trump", "refusing", "to admit any fault"),
        ),
        (  # a perfect participle opens the sentence as a gerund does
            "Having announced that he would not send me to prison, Judge Berman proceeded to"
            " hand down his sentence.",
            ("Judge Berman", "announced", "that he would not send me to prison"),
        ),
    ],
)
def test_the_subject_after_an_opening_gerund_or_before_a_preposition_does_it(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """Who does what a gerund after a preposition says: the sentence's subject, when no
    phrase of its own stands before the preposition, or the one after the comma of an
    opening "By ...", "Having ..." phrase."""
    assert expected in pipeline_attributions(sentence)


def test_a_gerund_inside_a_report_is_not_the_reporter_s() -> None:
    """A gerund inside what a verb of speech reports is someone else's doing: "Vernes
    said ... the policy of [offering] rebates" gives Vernes no statement of offering."""
    found = pipeline_attributions(
        "Vernes said the protest was prompted by the policy since mid-1986 of offering export"
        " rebates."
    )
    assert [(a[0], a[1]) for a in found] == [("Vernes", "said")]


@pytest.mark.parametrize(
    "sentence",
    [
        "His bold agenda pushed Clinton to the left.",
        "Cruz's team succeeded in pushing seven new supporters onto the final delegate list.",
        "He pushed Clinton in his direction on trade.",
        "Investors pushed its value to nearly $11.5 billion.",
        # a participle and a passive move their object too, and "pushed through" enacts
        "Investors cheered the deal, pushing its value to nearly $11.5 billion.",
        "The Swiss party won, pushing  Euroscepticism to second place in the campaign.",
        "In the primaries the senator was pushed too far to the right for the general election.",
        "Activists in the states have pushed through a number of laws restricting abortion.",
        "Demographic shifts pushed the coastal states in Democrats' direction.",
    ],
)
def test_a_push_somewhere_reports_nothing(sentence: str) -> None:
    """A verb of pressing whose object is only moved somewhere (data/motion_cues.txt) is
    no statement."""
    assert pipeline_attributions(sentence) == []


def test_a_push_to_act_still_reports() -> None:
    assert pipeline_attributions("The waivers pushed states to adopt rigorous standards.") == [
        ("The waivers", "pushed", "states to adopt rigorous standards")
    ]


def test_a_participle_push_to_act_still_reports() -> None:
    assert pipeline_attributions(
        "Sanders spoke on Monday, pushing Democrats to reject the debt deal."
    ) == [("Sanders", "pushing", "Democrats to reject the debt deal")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sanders spent his campaign railing against superdelegates and fighting to end them.",
            ("Sanders spent his campaign", "railing against", "superdelegates"),
        ),
        (
            "The senator was railing against the banks and fighting for workers.",
            ("The senator", "railing against", "the banks"),
        ),
        (  # "and" before a word in -ing that opens no object of its own: a list
            "He is railing against the banks and fighting misleading articles.",
            ("He", "railing against", "the banks and fighting misleading articles"),
        ),
    ],
)
def test_a_second_participle_ends_the_object_of_a_cue_in_ing_with_a_preposition(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """ "railing against [superdelegates] and fighting ...": a cue in -ing whose
    preposition goes with it ends its object before a second participle of the subject,
    as a cue in -ing alone does."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "He said it would be Trump, who has a significant delegate lead over Ted Cruz.",
            ("He", "said", "it would be Trump"),
        ),
        (
            "Perry cited a new book by the journalist Joe Conason, who detailed a dinner in 2009.",
            ("Perry", "cited", "a new book by the journalist Joe Conason"),
        ),
        (
            "He said the FBI had the help of Bryan Pagliano, whose lawyer declined to comment.",
            ("He", "said", "the FBI had the help of Bryan Pagliano"),
        ),
        (  # a relative clause inside the content, closed by a comma, stays
            "He said Sanders, who is Jewish, was in fact an atheist.",
            ("He", "said", "Sanders, who is Jewish, was in fact an atheist"),
        ),
        (  # after a word in lower case the gold is split: it stays
            "He said the plan hurt the teachers, who had worked all summer.",
            ("He", "said", "the plan hurt the teachers, who had worked all summer"),
        ),
        (  # nor the last of a list of such clauses
            "It said the board includes Mark Germain, who runs sales, and Gabriel Katz, who sells.",
            (
                "It",
                "said",
                "the board includes Mark Germain, who runs sales, and Gabriel Katz, who sells",
            ),
        ),
    ],
)
def test_a_relative_clause_on_a_name_closing_a_content_is_the_writers(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """ "said [it would be Trump], who has a delegate lead": a relative clause set off by
    the last comma of a content that tells who a named person is is the writer's note,
    no part of what the source said."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "He said he dislikes what Trump is doing, but not the man himself.",
            ("He", "said", "he dislikes what Trump is doing, but not the man himself"),
        ),
        (
            "She argued that providers should be punished, but not women who seek abortions.",
            (
                "She",
                "argued",
                "that providers should be punished, but not women who seek abortions",
            ),
        ),
        (
            "He said the subject came up, but only in a lighthearted manner.",
            ("He", "said", "the subject came up, but only in a lighthearted manner"),
        ),
        (
            "They noted the party would not elevate him, but rather use him to stop Trump.",
            ("They", "noted", "the party would not elevate him, but rather use him to stop Trump"),
        ),
        (  # a clause of its own after "but" still ends the content
            "He said the plan would pass, but few voters seemed to care.",
            ("He", "said", "the plan would pass"),
        ),
    ],
)
def test_a_contrast_of_a_phrase_after_but_goes_on_with_the_content(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """ "said [he dislikes what Trump is doing, but not the man himself]": "but not",
    "but only", "but rather", "but never" contrast a phrase with the one before, inside
    what was said; the PolNeAR-train gold keeps them 21 times to 2."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "She told police that she saw the truck running into people as they left the show.",
            [("She", "told", "that she saw the truck running into people as they left the show")],
        ),
        (
            "Police said her family asked for privacy as they sought answers.",
            [("Police", "said", "her family asked for privacy as they sought answers")],
        ),
        (
            "The staff said the workers can stay as long as they like.",
            [("The staff", "said", "the workers can stay as long as they like")],
        ),
        (  # "as he" is still the source's own clause
            "He said Smith is excited as he faces a test.",
            [("He", "said", "Smith is excited")],
        ),
        (  # an "as" clause with its pronoun alone is no content
            "But the comparisons to the Republican presidential candidate were made clear "
            "Sunday night as they celebrated the boxer’s legacy at the Louisville Islamic Center.",
            [],
        ),
    ],
)
def test_an_as_they_clause_is_the_contents(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "saw the truck running into people [as they left the show]": "as they" mostly
    tells of the people of the content, not of the source, and stays in it (PolNeAR-train
    keeps it 12 times to 1); "as he" or "as she" stays the source's own clause."""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gorka also made the point that Clinton would be a third Obama term.",
            [("Gorka", "made the point", "that Clinton would be a third Obama term")],
        ),
        (
            "They have made the case that she is too close to Wall Street banks.",
            [("They", "made the case", "that she is too close to Wall Street banks")],
        ),
        (
            "He made the observation that there was no real disagreement.",
            [("He", "made the observation", "that there was no real disagreement")],
        ),
        (
            "I made a commitment that I will go wherever they want me.",
            [("I", "made a commitment", "that I will go wherever they want me")],
        ),
        (
            "Ms. Brainard spoke for patience, pressing the case that low rates are important.",
            [("Ms. Brainard", "pressing the case", "that low rates are important")],
        ),
        (  # a case argued for a thing or a course
            "Atlantic City made the case for legalized gambling.",
            [("Atlantic City", "made the case for", "legalized gambling")],
        ),
        (
            "He was also making an argument for his vision of the country.",
            [("He", "making an argument for", "his vision of the country")],
        ),
    ],
)
def test_an_argument_made_is_a_cue_of_the_clause_after_it(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """A verb of arguing with a determiner and a noun of an argument (data/argument_verbs.tsv,
    data/argument_nouns.txt) reports the clause that "that" opens after it; a case or an
    argument (data/argued_for_nouns.txt) also the thing that "for" names after it."""
    assert pipeline_attributions(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The official confirmed the meeting on the condition of anonymity because he"
            " was not authorized to discuss it.",
            ("The official", "confirmed", "the meeting"),
        ),
        (
            "Senior officials spoke about the missions only on the condition of anonymity"
            " because they are classified.",
            ("Senior officials", "spoke about", "the missions"),
        ),
        (
            "One source identified Sullivan but spoke on the condition of anonymity.",
            ("One source", "identified", "Sullivan"),
        ),
        (
            "The aide said the plan was dead, speaking on condition of anonymity.",
            ("The aide", "said", "the plan was dead"),
        ),
        (  # terms neither set off nor after a verb of speaking stay in a clause
            "He said reporters had been granted interviews on condition of anonymity.",
            ("He", "said", "reporters had been granted interviews on condition of anonymity"),
        ),
    ],
)
def test_the_terms_of_anonymity_after_a_content_are_how_the_source_spoke(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """ "confirmed [the meeting] on the condition of anonymity because ...": the terms on
    which the source spoke, and the reason for them, are no part of what it said."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Now, 52 percent said Mr. Trump would be better, compared with 41 percent for"
            " Mrs. Clinton.",
            ("52 percent", "said", "Mr. Trump would be better"),
        ),
        (
            "Just 28 percent of voters said they had a positive view of Mrs. Clinton,"
            " compared with 33 percent last month.",
            ("Just 28 percent of voters", "said", "they had a positive view of Mrs. Clinton"),
        ),
        (  # a share after a source that is no share is part of what was said
            "He said prices rose 5 percent, compared with 3 percent a year earlier.",
            ("He", "said", "prices rose 5 percent, compared with 3 percent a year earlier"),
        ),
    ],
)
def test_a_share_compared_with_the_share_that_said_it_is_the_writers(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """ "52 percent said [Mr. Trump would be better], compared with 41 percent for Mrs.
    Clinton": the writer sets the poll's shares side by side; the comparison is no part
    of what the 52 percent said."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Black voters have been supporting her by about a 67 percentage point margin"
            " across 15 earlier contests.",
            ("Black voters", "supporting", "her"),
        ),
        (
            "In Michigan a week ago, they supported her by a smaller 40 percentage point margin.",
            ("they", "supported", "her"),
        ),
        (
            "The senators backed the bill by a wide margin.",
            ("The senators", "backed", "the bill"),
        ),
        (  # "by" and a noun that is no margin stays in the object
            "The senators backed the bill by a Republican from Ohio.",
            ("The senators", "backed", "the bill by a Republican from Ohio"),
        ),
    ],
)
def test_the_margin_of_a_stance_closes_its_object(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """ "supporting [her] by about a 67 percentage point margin": how widely the source
    backed the object is no part of it."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "They are centrist leaders who have supported European unity since the 1950s.",
            ("who", "supported", "European unity"),
        ),
        (
            "Forty states have voted for the same party in every race since 2000.",
            ("Forty states", "voted for", "the same party in every race"),
        ),
        (  # a finding keeps the year of what it found
            "Records show Eksili has donated $38,000 to political campaigns since 2010.",
            ("Records", "show", "Eksili has donated $38,000 to political campaigns since 2010"),
        ),
    ],
)
def test_the_year_since_which_a_stance_held_closes_its_object(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """ "supported [European unity] since the 1950s": how long the source has held the
    stance is no part of its object."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Friends posted the story on Facebook.",
            ("Friends", "posted", "the story"),
        ),
        (
            "Reagan lashed out at the GOP nominee on Facebook.",
            ("Reagan", "lashed out at", "the GOP nominee"),
        ),
        (
            "Scarborough called the KKK “abhorrent” in a tweet Sunday.",
            ("Scarborough", "called", "the KKK “abhorrent”"),
        ),
        (
            "Mei responded to the allegations in a post on WeChat.",
            ("Mei", "responded to", "the allegations"),
        ),
        (  # ... or a person the source spoke through
            "Mr. Ailes has denied the charges through his lawyer.",
            ("Mr. Ailes", "denied", "the charges"),
        ),
        (  # ... not a participle's ("the payments routed through his lawyer")
            "He criticized the payments routed through his lawyer.",
            ("He", "criticized", "the payments routed through his lawyer"),
        ),
        (  # ... also a page of the platform after a possessive, or a tweet of a day
            "The campaign touted his endorsement on its Facebook page.",
            ("The campaign", "touted", "his endorsement"),
        ),
        (
            "His father unveiled a new nickname for Clinton in a Sunday tweet.",
            ("His father", "unveiled", "a new nickname for Clinton"),
        ),
        (  # a clause inside the content may be what the platform goes with
            "Trump tweeted an image that drew outrage and bafflement on social media.",
            ("Trump", "tweeted", "an image that drew outrage and bafflement on social media"),
        ),
        (  # ... and a statement of "say" keeps it
            "Stein said she will stream her response to the debate on social media.",
            ("Stein", "said", "she will stream her response to the debate on social media"),
        ),
    ],
)
def test_a_platform_closing_an_object_is_where_it_was_said(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """ "posted [the story] on Facebook", "called [the KKK “abhorrent”] in a tweet": a
    platform that closes the object of a cue, with no verb of its own before it, tells
    where the source said it, no part of what was said."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "He announced his support for the Ohio governor on Thursday night.",
            ("He", "announced", "his support for the Ohio governor"),
        ),
        ("Khan rejected Trump's offer Tuesday.", ("Khan", "rejected", "Trump's offer")),
        ("Police reported no arrests late Monday.", ("Police", "reported", "no arrests")),
        (
            "Mr. Trump claimed the nomination on Tuesday.",
            ("Mr. Trump", "claimed", "the nomination"),
        ),
        (  # an infinitive keeps its day
            "Both candidates sought to appeal to younger African Americans on Tuesday.",
            ("Both candidates", "sought", "to appeal to younger African Americans on Tuesday"),
        ),
        (  # ... and so does a participle, or a clause of "say"
            "She praised the rally held on Thursday.",
            ("She", "praised", "the rally held on Thursday"),
        ),
        (
            "Sanders said the vote would come on Thursday.",
            ("Sanders", "said", "the vote would come on Thursday"),
        ),
        (  # a day of the name of a holiday keeps it, as a day after a preposition does
            "Trump claimed a big win on Super Tuesday.",
            ("Trump", "claimed", "a big win on Super Tuesday"),
        ),
        (  # a month, or recent weeks, close it as a day does
            "Mr. Trump has played down the idea in recent weeks.",
            ("Mr. Trump", "played down", "the idea"),
        ),
        (
            "He announced his candidacy in June 2015.",
            ("He", "announced", "his candidacy"),
        ),
        (  # a month after a cue in the present may be when what is foreseen comes
            "The company expects further talks in May.",
            ("The company", "expects", "further talks in May"),
        ),
        (  # ... and a month after a figure is the figure's
            "The survey showed a rise of 3.4 pct against three pct in January.",
            ("The survey", "showed", "a rise of 3.4 pct against three pct in January"),
        ),
        (  # a year alone may be the noun's own
            "He then listed the qualities necessary in a successful nominee in 2016.",
            ("He", "listed", "the qualities necessary in a successful nominee in 2016"),
        ),
        (  # ... and "over the last month" is no stretch after "in"
            "The firm reported a loss over the last month.",
            ("The firm", "reported", "a loss over the last month"),
        ),
    ],
)
def test_a_day_closing_a_noun_phrase_is_when_it_was_said(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """ "announced [his support for the Ohio governor] on Thursday night": a day that
    closes a noun phrase content with no verb of its own tells when the source spoke."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Other news organizations have asked for copies as well.",
            ("Other news organizations", "asked for", "copies"),
        ),
        ("Trump did not mention Ryan directly.", ("Trump", "mention", "Ryan")),
        (
            "Democrats found their voice on gun control again.",
            ("Democrats", "found", "their voice on gun control"),
        ),
        ("She believes the waitress, too.", ("She", "believes", "the waitress")),
        (  # an infinitive keeps it
            "They have pledged to act as well.",
            ("They", "pledged", "to act as well"),
        ),
        (
            "She backed the plan to cut taxes as well.",
            ("She", "backed", "the plan to cut taxes as well"),
        ),
        (  # ... and so does a clause
            "Hizbollah seems unlikely to want to take on Israel again.",
            (None, "seems", "Hizbollah seems unlikely to want to take on Israel again"),
        ),
    ],
)
def test_an_adverb_closing_a_noun_phrase_is_the_cue_verbs(
    sentence: str, expected: tuple[str | None, str, str]
) -> None:
    """ "asked for [copies] as well", "mention [Ryan] directly": an adverb of
    data/closing_adverbs.txt that closes a noun phrase content goes with the cue's verb."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sanders discussed a path ahead with advisers.", ("Sanders", "discussed", "a path ahead")),
        (
            "She avoids discussing the election with her mother.",
            ("She", "discussing", "the election"),
        ),
        (
            "Woods discussed the Trump controversy with radio host Hugh Hewitt.",
            ("Woods", "discussed", "the Trump controversy"),
        ),
        (  # a "with" of the noun, after an infinitive, stays
            "The board will discuss a proposal to create two classes of shares with different"
            " voting rights.",
            (
                "The board",
                "discuss",
                "a proposal to create two classes of shares with different voting rights",
            ),
        ),
        (  # ... and so does one inside a clause
            "He discussed the recent violence that has marred the rallies and protesters have"
            " clashed with his supporters.",
            (
                "He",
                "discussed",
                "the recent violence that has marred the rallies and protesters have clashed"
                " with his supporters",
            ),
        ),
    ],
)
def test_the_one_a_noun_phrase_was_discussed_with_is_no_content(
    sentence: str, expected: tuple[str | None, str, str]
) -> None:
    """ "discussed [a path ahead] with advisers": after a cue of
    data/interlocutor_cues.txt, "with" and the one the source spoke to close a noun phrase
    content."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Saldana expressed her support for the many Latinos who came to the United States"
            " in an interview with Latina magazine.",
            (
                "Saldana",
                "expressed",
                "her support for the many Latinos who came to the United States",
            ),
        ),
        (
            "Trump explained his reasoning in an appearance on CBS’s Face the Nation.",
            ("Trump", "explained", "his reasoning"),
        ),
        (
            "She called for a redoubling of efforts to transition to a “clean energy economy”"
            " in a statement following the news.",
            (
                "She",
                "called for",
                "a redoubling of efforts to transition to a “clean energy economy”",
            ),
        ),
        (
            "Lho proposed that the two prime ministers meet for talks in a letter on March 17.",
            ("Lho", "proposed", "that the two prime ministers meet for talks"),
        ),
        (  # the statement of a passive's agent inside the content stays
            "He would not explain why it was mentioned by Ivanka Trump in an interview with"
            " Cosmopolitan magazine.",
            (
                "He",
                "explain",
                "why it was mentioned by Ivanka Trump in an interview with Cosmopolitan magazine",
            ),
        ),
        (  # ... as do an event the content may be about and a statement of "say"
            "The senator questioned his respect for women in a debate.",
            ("The senator", "questioned", "his respect for women in a debate"),
        ),
        (
            "Obama said the vote would be held in a statement.",
            ("Obama", "said", "the vote would be held in a statement"),
        ),
    ],
)
def test_a_statement_closing_a_content_is_where_it_was_said(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """ "explained [his reasoning] in an appearance on CBS’s Face the Nation": a statement
    of the source's own (data/statement_occasions.txt) that closes the content of a cue
    other than "say" tells where the source said it, no part of what was said."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Priebus has aggressively pushed back on those charges.",
            [("Priebus", "pushed back on", "those charges")],
        ),
        (
            "She has pushed back against accusations of sexism against her father.",
            [("She", "pushed back against", "accusations of sexism against her father")],
        ),
        (  # pushing a thing back is no dispute: nothing new is read
            "She was quick to push back after Cruz blamed the network.",
            [("Cruz", "blamed", "the network")],
        ),
    ],
)
def test_pushing_back_on_a_claim_is_one_cue(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "pushed back on [those charges]": the verb, its particle and its preposition are
    one cue, as PolNeAR marks them, and the content starts after them."""
    assert pipeline_attributions(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "He made the case for Mrs. Clinton in Iowa.",  # advocacy for a person
        "You can make a case for who is the strongest.",
        "She made a claim for damages.",
        "She made a point of visiting every county.",
        "The president tried to make his case: a record of service.",
    ],
)
def test_an_argument_made_without_a_clause_reports_nothing(sentence: str) -> None:
    assert pipeline_attributions(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "“This is about me campaigning,” she said, when asked whether she wanted Cruz to"
            " campaign for her. “I’m going to be focusing on it.”",
            ("asked", "whether she wanted Cruz to campaign for her"),
        ),
        (
            "“We will see,” he told reporters, when asked about the next debate. “It depends.”",
            ("asked about", "the next debate"),
        ),
    ],
)
def test_a_question_between_two_quotations_stands_beside_them(
    sentence: str, question: tuple[str, str]
) -> None:
    """The words between the two quotations of one statement, after its source and cue,
    are the writer's: a question put there is a statement of its own, and the
    quotations stay one content."""
    found = pipeline_attributions(sentence)
    assert [a[1:] for a in found if a[1].startswith("asked")] == [question]
    assert len(found) == 2


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In a Washington Post-ABC News poll released Sunday, just 8 percent of Democrats"
            " said they would vote for Trump.",
            [
                (
                    "a Washington Post-ABC News poll released Sunday",
                    "In",
                    "just 8 percent of Democrats said they would vote for Trump",
                )
            ],
        ),
        (
            "In a national CNN/ORC poll, 31% of Republicans said they were enthusiastic and 60"
            " percent said they would vote.",
            [
                (
                    "a national CNN/ORC poll",
                    "In",
                    "31% of Republicans said they were enthusiastic and 60 percent said they"
                    " would vote",
                )
            ],
        ),
    ],
)
def test_a_poll_opening_a_sentence_tells_what_its_figures_said(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """A finding of a poll named at the sentence's start that opens with a figure ("31% of
    Republicans said ...") is the poll's statement, not the figure's."""
    assert pipeline_attributions(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It was Trump’s suggestion that the people in the room would not support him.",
            [("Trump’s", "suggestion", "that the people in the room would not support him")],
        ),
        (
            "The senator shared his belief that the party doesn’t want people voting.",
            [("The senator", "belief", "that the party doesn’t want people voting")],
        ),
        (
            "It raised his concern that he cannot trust the party that recognizes him as the"
            " nominee.",
            [
                (
                    "his",
                    "concern",
                    "that he cannot trust the party that recognizes him as the nominee",
                )
            ],
        ),
        (
            "He views her as a candidate who can be too easily persuaded to go down the wrong"
            " path.",
            [
                (
                    "He",
                    "views",
                    "her as a candidate who can be too easily persuaded to go down the wrong path",
                )
            ],
        ),
    ],
)
def test_a_reporting_noun_or_a_view_holds_the_statements_inside_it(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """A reporting noun's clause and a view ("sees Y as Z") are kept in place of the
    attributions that lie wholly inside them: as everywhere, the outermost attribution
    is kept, and PolNeAR leaves the inner ones unmarked."""
    assert pipeline_attributions(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "He pleaded guilty to a misdemeanor charge of mishandling classified information.",
            (
                "He",
                "pleaded guilty",
                "to a misdemeanor charge of mishandling classified information",
            ),
        ),
        (
            "Lazar pleaded guilty Wednesday to aggravated identity theft.",
            ("Lazar", "pleaded guilty", "to aggravated identity theft"),
        ),
        (  # the plea itself is the content when no charge follows
            "He has pleaded not guilty.",
            ("He", "pleaded", "not guilty"),
        ),
    ],
)
def test_pleading_guilty_is_one_cue(sentence: str, expected: tuple[str, str, str]) -> None:
    """ "pleaded guilty [to aggravated identity theft]": the plea is part of the cue, as
    PolNeAR marks it in all five cases, and what is admitted is the content."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "She posted the video under a caption that said, “We will not back down.”",
            ("a caption that", "said", "“We will not back down.”"),
        ),
        (
            "The senator appeared to defend the plan by saying, “It will save lives.”",
            ("The senator", "saying", "“It will save lives.”"),
        ),
        (
            "The campaign continued, saying, “We are confident of victory.”",
            ("The campaign", "saying", "“We are confident of victory.”"),
        ),
        (
            "Critics mocked the way he says “tremendous.”",
            ("he", "says", "“tremendous.”"),
        ),
        (  # the participle's source is the doer of the verb it replaces
            "The minister defended the new rules saying “We have to move on.”",
            ("The minister", "saying", "“We have to move on.”"),
        ),
        (
            "A statement was issued saying “the talks will go on.”",
            ("A statement", "saying", "“the talks will go on.”"),
        ),
        (  # a name right before the participle is its doer
            "The ad ends with footage of Smith saying, “I never raised taxes.”",
            ("The ad ends with footage of Smith", "saying", "“I never raised taxes.”"),
        ),
    ],
)
def test_a_quotation_said_inside_another_content_takes_its_place(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """A quotation introduced by "say" or "tell" inside the content of a verb of speech,
    belief or evidence is kept in place of the frame around it, as PolNeAR marks it
    (train 8 times against 1); a participle whose source ran over the replaced cue takes
    that cue's source."""
    assert pipeline_attributions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a participle inside the source after "wrote" describes the writer
            "The border wall is a fantasy, wrote a man calling himself Paul Paul.",
            [("a man calling himself Paul Paul", "wrote", "The border wall is a fantasy")],
        ),
        (  # "named" inside the source after "said" tells an appointment
            "Job cuts will be announced this week, said The We Company’s recently named "
            "executive chair Marcelo Claure in an email to staff.",
            [
                (
                    "The We Company’s recently named executive chair Marcelo Claure",
                    "said",
                    "Job cuts will be announced this week",
                )
            ],
        ),
        (  # near miss: a relative clause after the source is no part of it
            "Job cuts will come this week, said Bob Iger, who praised the plan.",
            [
                ("Bob Iger", "said", "Job cuts will come this week"),
                ("who", "praised", "the plan"),
            ],
        ),
    ],
)
def test_a_cue_inside_a_source_after_its_cue_states_nothing(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert pipeline_attributions(sentence) == expected


@pytest.mark.parametrize(
    ("text", "content", "direct"),
    [
        # a word outside the quotation marks, the source and cue apart: not direct
        (
            "Sanders says “the wind is at our backs” despite his loss to Hillary Clinton.",
            "“the wind is at our backs” despite his loss to Hillary Clinton",
            False,
        ),
        (
            "Trump told the crowd, “I am a negotiator like you, folks,” and, “Is there anyone "
            "here who does not negotiate deals?”",
            "“I am a negotiator like you, folks,” and, “Is there anyone here who does not "
            "negotiate deals?”",
            False,
        ),
        # a piece all quotation, on one side of the source and cue: direct (PolNeAR)
        ("Sanders says “the wind is at our backs.”", "“the wind is at our backs.”", True),
        (
            "“We will win,” Sanders said. “They will lose.”",
            "“We will win,” Sanders said. “They will lose.”",
            True,
        ),
        (
            "Yet Trump is also a “change agent,” Cole said. “That is what people want now.”",
            "Yet Trump is also a “change agent,” Cole said. “That is what people want now.”",
            True,
        ),
        (
            "In other words, he said, “the era of Silicon Valley exceptionalism is over.”",
            "In other words, he said, “the era of Silicon Valley exceptionalism is over.”",
            True,
        ),
        (
            "It was what Bay Buchanan called “hand-to-hand combat.”",
            "what Bay Buchanan called “hand-to-hand combat.”",
            True,
        ),
    ],
)
def test_a_content_is_direct_when_a_piece_of_it_is_all_quotation(
    text: str, content: str, direct: bool
) -> None:
    record = parse_text(f"Title.\n\n{text}\n").to_dict()
    assert [(a["content"], a["direct"]) for a in record["attributions"]] == [(content, direct)]


def test_a_headline_quotation_in_single_marks_is_not_direct() -> None:
    record = parse_text(
        "Kasich: ‘We Are Going To Go All The Way To Cleveland.’\n\n"
        "Kasich spoke on Monday in Ohio to his supporters.\n"
    ).to_dict()
    assert [(a["content"], a["direct"]) for a in record["attributions"]] == [
        ("‘We Are Going To Go All The Way To Cleveland.’", False)
    ]


@pytest.mark.parametrize(
    ("text", "direct"),
    [
        # a quotation that opens a sentence, to the content's end: a piece all quotation
        (
            "Massie said Trump had “the opportunity to bring us together.” “I think he can do "
            "that.”",
            True,
        ),
        ("Clinton said Mr. Rubio had been “rocked” by Mr. Christie. “Choke!”", True),
        # after a colon the quotation goes on the sentence: one piece, not all quotation
        ("Clinton said the plan was “a disaster”: “It will never work.”", False),
        # a quotation opening inside a sentence makes no piece of its own
        (
            "Sanders told reporters that “if there is a large turnout we will do fine. If it is "
            "low, that is another story.”",
            False,
        ),
    ],
)
def test_a_quotation_opening_a_sentence_of_a_content_is_a_piece_of_it(
    text: str, direct: bool
) -> None:
    record = parse_text(f"Title.\n\n{text}\n").to_dict()
    assert [a["direct"] for a in record["attributions"]] == [direct]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue after a quotation that an earlier cue of the sentence announced takes the
        # quotation after it, which opens a sentence of its own
        (
            "When someone in the audience shouted, “Cruz,” Beck joked, “Amen, brother!”",
            [
                ("someone in the audience", "shouted", "“Cruz,”", True),
                ("Beck", "joked", "“Amen, brother!”", True),
            ],
        ),
        # a quotation after the cue that opens in lower case goes on with the first: one
        # statement of the earlier cue
        (
            "Fallon fired back: “As a guardian of the legacy,” he wrote, “we know you are "
            "rooting for her.”",
            [
                (
                    "Fallon",
                    "fired back",
                    "“As a guardian of the legacy,” he wrote, “we know you are rooting for her.”",
                    True,
                ),
            ],
        ),
    ],
)
def test_a_cue_between_two_quotations_takes_the_second(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people around a speaker are the listeners of "told", not its content
        ("He told aides he would run.", [("He", "told", "he would run", False)]),
        (
            "She told her audience that the plan would fail.",
            [("She", "told", "that the plan would fail", False)],
        ),
        # after a content-first cue, a listener of a word or two and a plural noun
        (
            "This is not about me, Obama told his closest advisers.",
            [("Obama", "told", "This is not about me", False)],
        ),
        (
            "The plan is dead, the senator told her staff.",
            [("the senator", "told", "The plan is dead", False)],
        ),
        # a listener alone is no statement
        ("He told his aides.", []),
    ],
)
def test_the_people_around_a_speaker_are_listeners_of_told(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subordinate clause with a pronoun subject after a content-first cue of saying
        # or telling tells when the words were said: the content is before the cue
        (
            "This is not about me, President Obama told his closest advisers as he labored "
            "over the address.",
            [("President Obama", "told", "This is not about me", False)],
        ),
        (
            "The plan is dead, he said as he left the building.",
            [("he", "said", "The plan is dead", False)],
        ),
        (
            "The vote failed, Obama said when he left the room.",
            [("Obama", "said", "The vote failed", False)],
        ),
        # no verb before the cue: a lead, no statement
        (
            "At day's end, however, Clinton said as he introduced his wife, "
            '"Finally, the dam broke."',
            [("Clinton", "said", 'as he introduced his wife, "Finally, the dam broke."', False)],
        ),
        # a cue that reports no words: the clause after it is read on its own
        (
            "But in Anaheim, the crowd booed when he told them Clinton had a super PAC.",
            [("he", "told", "Clinton had a super PAC", False)],
        ),
        # the clause after the cue is its content
        (
            "The plan is dead, the senator said the party would fail when it voted.",
            [("the senator", "said", "the party would fail when it voted", False)],
        ),
    ],
)
def test_a_subordinate_clause_after_a_content_first_cue_is_no_content(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Using a crude expression to describe the Turks as ingratiating themselves with"
            " Washington, he said perhaps they wanted to please.",
            ("he", "describe", "the Turks as ingratiating themselves with Washington"),
        ),
        (
            "Continuing to explain his perspective, Carson rejected the notion.",
            ("Carson", "explain", "his perspective"),
        ),
        (  # a list of clauses inside the phrase: the subject after its last comma
            "Rattling off promises to lower student debt, reform the immigration system and"
            " improve education, Clinton promised a country of new opportunity.",
            (
                "Clinton",
                "promises",
                "to lower student debt, reform the immigration system and improve education",
            ),
        ),
        (  # a bare noun after the participle when the cue is a participle too
            "Utilizing environmental language highlighting concerns about overpopulation,"
            " the SVP sought to limit immigration.",
            ("the SVP", "highlighting", "concerns about overpopulation"),
        ),
        (  # the phrase's comma inside the source: the name after it
            "Testifying at a House hearing on livestock issues, Rep. Hal Daub said the"
            " administration should push hard.",
            ("Rep. Hal Daub", "said", "the administration should push hard"),
        ),
    ],
)
def test_a_participle_phrase_opening_the_sentence_is_no_source(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """ "[Using] a crude expression to describe ..., he said": the phrase of a participle
    that opens the sentence is no source; PolNeAR takes the subject of the main clause."""
    assert expected in pipeline_attributions(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Keating said the bank would grow.", ("Keating", "said", "the bank would grow")),
        (
            "Banking sources said the rate would rise.",
            ("Banking sources", "said", "the rate would rise"),
        ),
        (
            "Beijing is also concerned about the plan.",
            ("Beijing", "concerned about", "the plan"),
        ),
        (  # the cue in a relative clause inside the phrase: not the main subject's
            "Writing for a Los Angeles Times panel that agreed Pence won the debate,"
            " Mark Z. Barabak said the race was close.",
            ("Writing for a Los Angeles Times panel that", "agreed", "Pence won the debate"),
        ),
    ],
)
def test_a_name_or_noun_in_ing_opening_the_sentence_stays_the_source(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """ "Keating said", "Banking sources said": a name or a noun in "-ing" is no phrase."""
    assert expected in pipeline_attributions(sentence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name after "the" is the source of a cue after the quotation; the content
        # opens with the sentence
        (
            "Trump won the state. Richards noted that abortion is “central” to the"
            " platform, reported the Washington Examiner.",
            [
                (
                    "the Washington Examiner",
                    "reported",
                    "Richards noted that abortion is “central” to the platform",
                    False,
                )
            ],
        ),
        # the content before a quotation's cue ends at the closing cue and its name
        (
            "Trump won the state. The vote signals “the beginning of the end” for the EU,"
            " said Geert Wilders.",
            [
                (
                    "Geert Wilders",
                    "said",
                    "The vote signals “the beginning of the end” for the EU",
                    False,
                )
            ],
        ),
    ],
)
def test_a_closing_cue_and_name_after_a_quotation_report_the_sentence(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue inside parentheses: its content ends where the aside closes
        (
            "The vote went to Scott County (where both men voted for Ted Cruz) and to Polk County.",
            [("both men", "voted for", "Ted Cruz", False)],
        ),
        (
            "The plan shifts taxes toward consumption (what economists call spending) and"
            " away from income.",
            [("economists", "call", "what economists call spending", False)],
        ),
        (
            "The state (which said it would appeal the ruling) lost the case.",
            [("which", "said", "it would appeal the ruling", False)],
        ),
        # a cue outside the parentheses keeps the aside in its content
        (
            "Nobody bothered to tell me (or I forgot which one) when the meeting would start.",
            [
                (
                    "Nobody",
                    "bothered to tell",
                    "(or I forgot which one) when the meeting would start",
                    False,
                )
            ],
        ),
    ],
)
def test_an_aside_in_parentheses_holds_the_content_of_its_cue(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a source and cue that close a parenthesis report the clause before them in it
            "She cared if her low approval ratings (at one point as low as 19%, Gutin says) "
            "hurt her husband.",
            [("Gutin", "says", "at one point as low as 19%", False)],
        ),
        (
            "The rate (7 percent, the bank said) was the highest in years.",
            [("the bank", "said", "7 percent", False)],
        ),
        (  # ... and nothing when the parenthesis holds no clause before its source: the
            # words after the bracket are no content of its cue
            "Some (polls say) will vote for him.",
            [],
        ),
    ],
)
def test_a_source_and_cue_closing_a_parenthesis_report_the_clause_inside_it(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


def test_a_title_in_apostrophes_is_part_of_the_source_of_according_to() -> None:
    text = (
        "According to E. J. Fleming's ''The Fixers: Eddie Mannix and the MGM Machine'' "
        "and other sources, his was an all-purpose job."
    )
    assert attributions_of(text) == [
        (
            "E. J. Fleming's ''The Fixers: Eddie Mannix and the MGM Machine'' and other sources",
            "According to",
            "his was an all-purpose job",
            False,
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a capitalised form first on a line goes on the name the line before ends with
            "Rates were near sub-LIBOR (London Interbank\nOffered Rates) levels.",
            [],
        ),
        (
            "The bill was paid in Philippine Investment\nNotes, instead of cash.",
            [],
        ),
        (  # ... a verb in lower case after the wrapped name still reads
            "The Federal Reserve\nsaid rates would rise.",
            [("The Federal Reserve", "said", "rates would rise", False)],
        ),
    ],
)
def test_a_capitalised_form_that_goes_on_a_name_over_a_line_break_is_no_cue(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a quoted word that ends the subject, then auxiliaries before the cue: the verb's
        # own frame reads it, the content after the cue
        (
            "Many of the party's “superdelegates” have endorsed Mrs. Clinton.",
            "endorsed",
            "Mrs. Clinton",
        ),
        # ... but a longer quotation before the auxiliary is what the cue reports
        (
            "That “we will build a wall and Mexico will pay for it” was repeated at every rally.",
            "repeated",
            "That “we will build a wall and Mexico will pay for it”",
        ),
    ],
)
def test_a_quoted_word_closing_a_subject_before_auxiliaries(
    text: str, cue: str, content: str
) -> None:
    found = [(c, t) for _, c, t, _ in attributions_of(text)]
    assert found == [(cue, content)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quantifier floating before the verb that joins the cue is no word of the source.
        (
            "Ohio Gov. John Kasich and Sen. Rand Paul all appeared on Sunday news shows to "
            "tout their continued viability.",
            ("Ohio Gov. John Kasich and Sen. Rand Paul", "appeared on Sunday news shows to tout"),
        ),
        (
            "The ministers both appeared on television to argue that the deal was bad.",
            ("The ministers", "appeared on television to argue"),
        ),
        # No quantifier: the source is as it was.
        (
            "The ministers appeared on television to argue that the deal was bad.",
            ("The ministers", "appeared on television to argue"),
        ),
    ],
)
def test_a_floating_quantifier_before_a_verb_of_the_cue(
    text: str, expected: tuple[str, str]
) -> None:
    found = [(s, c) for s, c, _ in pipeline_attributions(text)]
    assert expected in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A participle after a clause that ", and" opens goes on that clause's subject.
        (
            "Protest groups say the restrictions are less for safety than to minimize their "
            "visibility, and the American Civil Liberties Union of Ohio has already sued the "
            "city over the rules, saying they violate free speech.",
            ("the American Civil Liberties Union of Ohio", "saying"),
        ),
        # No such clause: the participle keeps the source of the statement before it.
        (
            "Protest groups say the restrictions are less for safety than to minimize their "
            "visibility, saying they violate free speech.",
            ("Protest groups", "saying"),
        ),
    ],
)
def test_a_participle_after_a_clause_opened_by_and(text: str, expected: tuple[str, str]) -> None:
    found = [(s, c) for s, c, _ in pipeline_attributions(text)]
    assert expected in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a modal before a cue with words of its own: no report of the clause before
            "Hoekstra, a Michigan Republican, said that a swap involved trade-offs but that "
            "if Mr. Obama opted to make one, he should have insisted on getting all Americans "
            "out.",
            [
                (
                    "Hoekstra, a Michigan Republican",
                    "said",
                    "that a swap involved trade-offs but that if Mr. Obama opted to make one",
                ),
                ("he", "insisted", "getting all Americans out"),
            ],
        ),
        (  # an aside with a modal still reports ...
            "After that fiasco, the 1920 election, we might recall, was a monster blow-out "
            "for the Republicans.",
            [
                (
                    "we",
                    "recall",
                    "After that fiasco, the 1920 election, we might recall, was a monster "
                    "blow-out for the Republicans",
                )
            ],
        ),
        (  # ... and so does a cue that closes the sentence
            "If there was any sign of his crimes in those years, he simply can't remember.",
            [("he", "remember", "If there was any sign of his crimes in those years")],
        ),
    ],
)
def test_a_modal_before_a_cue_with_its_own_words_reports_no_clause_before_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [found[:3] for found in attributions_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive infinitive with no agent names nobody: no reading
        ("Both new computers are to be unveiled at the AppleWorld Conference.", []),
        ("The underwritten portion allows CDs to be issued in tenures of one month.", []),
        # with its agent, the subject ends before the verb that raises it
        (
            "The legality of the climate rules is likely to be decided by the Supreme Court.",
            [("the Supreme Court", "decided", "The legality of the climate rules", False)],
        ),
        # not changed: a participle of stance, whose subject holds the view
        (
            "Democrats did not seem to be worried about division within the party.",
            [("Democrats", "did not seem to be worried", "division within the party", False)],
        ),
        # nor a view reported in the passive
        (
            "The next president has the chance to be considered a true ''genius'' if he "
            "tackles the issue.",
            [
                (
                    "The next president",
                    "has the chance to be considered",
                    "a true ''genius'' if he tackles the issue",
                    False,
                )
            ],
        ),
        # nor a passive with "be" of its own, or a raised passive read whole
        (
            "Kasich was endorsed by the Globe.",
            [("the Globe", "endorsed", "Kasich", False)],
        ),
        (
            "Trump is expected to deliver a victory speech tonight.",
            [(None, "expected", "Trump is expected to deliver a victory speech tonight", False)],
        ),
    ],
)
def test_passive_infinitive_subject(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue that takes only a noun phrase, right before a finite "be": it closes a
        # relative clause with no pronoun, and the outer report reads the sentence
        (
            "The four “loopholes” he cited are “the ability to use real estate losses,” "
            "The Hill reported.",
            [
                (
                    "The Hill",
                    "reported",
                    "“loopholes” he cited are “the ability to use real estate losses,”",
                    True,
                )
            ],
        ),
        ("The Twitter account Trump retweeted was set up as a trap.", []),
        ("Among the factors it cited were the increase in trading volume.", []),
        # not changed: a cue that takes a clause leaves the content's subject out
        (
            "The only regret he acknowledged was a failed promise.",
            [("he", "acknowledged", "was a failed promise", False)],
        ),
        # nor a pseudo-cleft, whose "be" opens the object
        (
            "All I'm asking is that we be careful.",
            [("All I'm", "asking", "that we be careful", False)],
        ),
    ],
)
def test_object_only_cue_before_be(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive infinitive describing a noun, with no subject of its own, reports
        # nothing
        ("But AMC's future, to be discussed at a board meeting today, is uncertain.", []),
        (
            "The debentures, to be offered in minimum denominations of 10,000 dlrs, are "
            "the joint obligation of the bank.",
            [],
        ),
        # the statement that holds one is read whole
        (
            "Ongpin said the notes, to be offered to commercial bank creditors, would "
            "revive the plan.",
            [
                (
                    "Ongpin",
                    "said",
                    "the notes, to be offered to commercial bank creditors, would revive the plan",
                    False,
                )
            ],
        ),
        # not changed: a raised passive whose "to" closes a longer word ("veto")
        (
            "Obama's veto is expected to come before the deadline.",
            [(None, "expected", "Obama's veto is expected to come before the deadline", False)],
        ),
    ],
)
def test_passive_infinitive_without_subject(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure after "at" is what was estimated, part of the content
        (
            "Capital costs to bring the mine into production are estimated at 76 mln dlrs.",
            [
                (
                    None,
                    "estimated",
                    "Capital costs to bring the mine into production are estimated at 76 mln dlrs",
                    False,
                )
            ],
        ),
        # not changed: "at" a place or a clock time tells where or when
        (
            "The proposal was announced at 9 a.m. on Monday.",
            [(None, "announced", "The proposal", False)],
        ),
        (
            "The proposal was announced at a news conference.",
            [(None, "announced", "The proposal", False)],
        ),
    ],
)
def test_passive_figure_after_at(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma inside a figure parts no clauses: the passive's content runs on
        (
            "Damages was estimated at 800,000 dlrs in the dynamite blast yesterday at "
            "Chacapalca, where the explosion wrecked the train.",
            [
                (
                    None,
                    "estimated",
                    "Damages was estimated at 800,000 dlrs in the dynamite blast yesterday at "
                    "Chacapalca, where the explosion wrecked the train",
                    False,
                )
            ],
        ),
        # not changed: a closing source and cue after a clause comma
        (
            "The damage was estimated at 800,000 dlrs in the blast, officials said.",
            [("officials", "said", "The damage was estimated at 800,000 dlrs in the blast", False)],
        ),
    ],
)
def test_passive_content_past_a_figure_comma(
    text: str, expected: list[tuple[str | None, str, str, bool]]
) -> None:
    assert attributions_of(text) == expected
