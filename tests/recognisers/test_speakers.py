"""Source phrases next to a cue: before it, after it, and a sentence's subject."""

from __future__ import annotations

import pytest

from newsparse.document import Span
from newsparse.layout import build_document
from newsparse.recognisers.speakers import (
    participle_noun,
    sentence_subject,
    source_after,
    source_before,
    without_time,
    without_verb_tail,
)


def _read(text: str, cue: str, where: str) -> str | None:
    """The source phrase that ``where`` ("before", "after", "subject") finds for ``cue``."""
    doc = build_document(text)
    at = text.index(cue)
    if where == "before":
        span = source_before(doc, 0, at)
    elif where == "after":
        span = source_after(doc, at + len(cue), len(text))
    else:
        span = sentence_subject(doc, 0, at)
    return None if span is None else doc.text_of(span)


def _before_last(text: str, cue: str) -> str | None:
    """The source phrase :func:`source_before` finds for the last ``cue`` of ``text``."""
    doc = build_document(text)
    span = source_before(doc, 0, text.rindex(f" {cue}") + 1)
    return None if span is None else doc.text_of(span)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("The US-led coalition stated that it agreed.", "stated", "The US-led coalition"),
        ("Trump has also said that he would win.", "said", "Trump"),
        (
            "Smith, a spokesman for the group, said it agreed.",
            "said",
            "Smith, a spokesman for the group",
        ),
        ("Rep. Jason Chaffetz (R-Utah) said it was over.", "said", "Rep. Jason Chaffetz"),
        (  # an acronym in parentheses inside the name
            "The left-wing France Unbowed (LFI) party said it would act.",
            "said",
            "The left-wing France Unbowed (LFI) party",
        ),
        # an occasion set off by commas is no part of the source; an affiliation is
        ("Mr. Trump, in a brief interview, said it was over.", "said", "Mr. Trump"),
        ("Trump, speaking at a rally in Ohio, said it was over.", "said", "Trump"),
        ("Smith, for her part, said it was over.", "said", "Smith"),
        (  # a time after a participle of publishing dates the document: PolNeAR keeps both
            "They are paying for ads to wound Trump, disclosures filed on Sunday night revealed.",
            "revealed",
            "disclosures filed on Sunday night",
        ),
        (
            "The poll shows a lead, figures released Monday showed.",
            "showed",
            "figures released Monday",
        ),
        # a time alone, with no such participle before it, is no source
        ("Mr. Trump spoke briefly, and on Sunday night revealed his plan.", "revealed", None),
        ("Richardson, via USA Today, said it was over.", "said", "Richardson"),
        (
            "Pantucci, at the Royal United Services Institute, said it was over.",
            "said",
            "Pantucci, at the Royal United Services Institute",
        ),
        ("The plan that he said would fail was dropped.", "said", "he"),
        ("Moscow strongly denies that it took part.", "denies", "Moscow"),
        ("On economic issues, 42% say they are liberal.", "say", "42%"),
        ("A third of independents, 33%, say they agree.", "say", "A third of independents, 33%"),
        # a job in lower case opens the name it stands before
        (
            "From Khartoum, analyst Kholood Khair said both sides erred.",
            "said",
            "analyst Kholood Khair",
        ),
        # a name that opens with its lower-case particle
        ("Later, al-Ansari said the truce holds.", "said", "al-Ansari"),
        ("“The truce holds,” de Klerk said.", "said", "de Klerk"),
        (  # a lower-case plural noun and its modifiers after a comma
            "It will take weeks, law enforcement officials say.",
            "say",
            "law enforcement officials",
        ),
        ("But hacking specialists say it is fake.", "say", "hacking specialists"),
        (  # an adverb of place after the plural stays in the phrase
            "Prices will rise in London, fund managers here said.",
            "said",
            "fund managers here",
        ),
        ("Prices are up in Tokyo, dealers there say.", "say", "dealers there"),
        # ... but it is no plural of its own
        ("Prices will rise in London, here said.", "said", None),
        (  # ... or a lower-case plural with its "of" phrase, the plural its head
            "Indeed, proponents of more controls on hate speech here say it is a cause.",
            "say",
            "proponents of more controls on hate speech here",
        ),
        ("Indeed, fans of the show say it was a betrayal.", "say", "fans of the show"),
        # no comma or "but" before the plural: no source
        ("Smith cited costs of the program and said it would fail.", "said", None),
        (  # a subordinator's clause, whose plural may go on as a compound
            "Most recently, when prices of perpetual floating rates notes plunged, they fled.",
            "notes",
            None,
        ),
        (  # ... whose plural may be hyphenated
            "Half said it was fair, and two-thirds said it was fast.",
            "said it was fast",
            "two-thirds",
        ),
        ("It was over, but co-workers said he stayed.", "said", "co-workers"),
        (  # ... or after a subordinating word
            "He spoke two hours after news outlets declared him the victor.",
            "declared",
            "news outlets",
        ),
        ("He has no home, although public records indicate he did.", "indicate", "public records"),
        ("It was a call in which organizers claimed 400 delegates.", "claimed", "organizers"),
        ("It was a show during which callers asked how much he got.", "asked", "callers"),
        ("It was a plan which involves advising leaders.", "advising", None),
        ("After years adding coal plants, China slowed.", "adding", None),
        ("Profits fell, although sales are expected to rise.", "expected", None),
        ("It is a system in which payments may be viewed as usury.", "viewed", None),
        ("It is high, although last year Lloyds offered 9.9 pct.", "offered", "Lloyds"),
        (  # a capitalised "He" after a lower-case word is a name
            "Ministry spokesman He Yadong said the move was legal.",
            "said",
            "Ministry spokesman He Yadong",
        ),
        (
            "They knew it, current and former officials said.",
            "said",
            "current and former officials",
        ),
        ("The vote, she says, was close.", "says", "she"),
        (  # an area set off after a city belongs to the phrase
            "Brianne Stone, 29, of Huntsville, Ala., says she worries.",
            "says",
            "Brianne Stone, 29, of Huntsville, Ala.",
        ),
        (
            "Mr. Obama's remarks after the attack in San Bernardino, Calif., showed his style.",
            "showed",
            "the attack in San Bernardino, Calif.",
        ),
        (  # a job in lower case with its modifier, then the name, after an opening phrase
            "In one criticism, board chairman John Tower, a former senator, told reporters.",
            "told",
            "board chairman John Tower, a former senator",
        ),
        # a participle phrase set off by commas is no part of the source; a job in -ing is
        (
            "Sen. Chuck Grassley, facing a spirited challenge in Iowa, said he would welcome Cruz.",
            "said",
            "Sen. Chuck Grassley",
        ),
        (
            "Rep. Bobby Scott, ranking member of the committee, said he supports it.",
            "said",
            "Rep. Bobby Scott, ranking member of the committee",
        ),
        (
            "Security experts and U.S. officials, however, said it was Russia.",
            "said",
            "U.S. officials",
        ),
        ("But few believe that it can last.", "believe", "few"),
        (
            "Jeff Bechdel, chairman of America Rising (a Republican PAC), tweeted: “No.”",
            "tweeted",
            "Jeff Bechdel, chairman of America Rising (a Republican PAC)",
        ),
        (
            "And Sen. Rob Portman (R-Ohio), another vulnerable incumbent, said no.",
            "said",
            "Sen. Rob Portman (R-Ohio), another vulnerable incumbent",
        ),
        (
            "Rep. Lois Frankel — like Reid, a supporter of Murphy — recalled the line.",
            "recalled",
            "Rep. Lois Frankel — like Reid, a supporter of Murphy",
        ),
        ("The family said that it was over.", "said", "The family"),
        ("It is over, the said.", "said", None),
        # An apposition after the sentence's first words: the source runs from them.
        (
            "The complaint, which was filed in Washington, alleged that it failed.",
            "alleged",
            "The complaint, which was filed in Washington",
        ),
        (
            "State delegate Mary Susan, clad in a red cape, said it was over.",
            "said",
            "State delegate Mary Susan, clad in a red cape",
        ),
        # A time or place phrase between the source and its cue is not the source.
        (
            "Sen. Bernie Sanders (I-Vt.) on Saturday criticized it.",
            "criticized",
            "Sen. Bernie Sanders",
        ),
        (
            "Trump, who has been feuding with leaders, on Friday described it.",
            "described",
            "Trump, who has been feuding with leaders",
        ),
        ("Beck, who has in the past described Trump as a threat.", "described", "who"),
        ("Sanders, who on Tuesday endorsed Clinton, left.", "endorsed", "who"),
        # An opening phrase is no source, the name after it is.
        ("In a Bloomberg interview Trump declared it was over.", "declared", "Trump"),
        ("In other words, explained Nancy Cordes, it is over.", "explained", None),
        # A time phrase at the end of the source is no part of it.
        ("Cruz last week said the race was over.", "said", "Cruz"),
        ("Clark in October revealed plans to expand the fleet.", "revealed", "Clark"),
        # "with" opening an absolute phrase is no part of its noun.
        ("Smoke hit Delhi, with forecasters warning that it was toxic.", "warning", "forecasters"),
        # A copula before a stance adjective is no part of the source.
        ("The senator became convinced that the deal was bad.", "convinced", "The senator"),
        ("Trump earlier Tuesday said the race was over.", "said", "Trump"),
        ("A poll released Monday shows Clinton ahead.", "shows", "A poll released Monday"),
        (
            "A report published last week found the plan failed.",
            "found",
            "A report published last week",
        ),
        ("He freed funds and on Monday announced more.", "announced", None),
        # ... unless it belongs to the source's noun phrase.
        ("Officials in Washington said it was over.", "said", "Officials in Washington"),
        # A capitalised -ly word is a name, not an adverb.
        ("States would become middle men, Jolly said.", "said", "Jolly"),
        ("It is over, he strongly said.", "said", "he"),
        # A plural of people, a name or not, after a comma; a share "of them".
        ("It could show his appeal, veteran Republicans said.", "said", "veteran Republicans"),
        ("Most of them said they loved the job.", "said", "Most of them"),
        # "At least" opens a quantity, not a phrase of the sentence.
        (
            "At least half of voters in each state say it is close.",
            "say",
            "At least half of voters in each state",
        ),
        # A quantifier in lower case opens a source after a clause or a subordinator.
        ("If the two spoke, neither side would say so.", "say", "neither side"),
        ("Sanders gained, after half said so in the earlier poll.", "said", "half"),
        ("In a poll, half of GOP voters said they were angry.", "said", "half of GOP voters"),
        # Sources coordinated with "and" are one source.
        ("Clinton and Sanders said the race was over.", "said", "Clinton and Sanders"),
        ("It is over, he and Mr. Allen said.", "said", "he and Mr. Allen"),
        ("Prices and wages rose, analysts said.", "said", "analysts"),
        # a plural subject after the noun its clause describes ("that" left out)
        ("It was a link at Nong Khai, a move analysts said", "said", "analysts"),
        ("A few analysts said", "said", "A few analysts"),
        # members named after "including" belong to the group they are of
        (
            "In a report, eight aid organizations, including Oxfam and the Norwegian Refugee "
            "Council, said aid was blocked.",
            "said",
            "eight aid organizations, including Oxfam and the Norwegian Refugee Council",
        ),
        # a question put to the source, set off by commas, is no part of it
        (
            "Taoiseach Seán Kelly, asked whether he would back a cap, said it was early.",
            "said",
            "Taoiseach Seán Kelly",
        ),
        (
            "Ted Cruz, when asked about the plan, responded that it was fine.",
            "responded",
            "Ted Cruz",
        ),
        # an acronym in parentheses between a name and its apposition
        (
            "The Association of the Petroleum Industry of Kurdistan (APIKUR), which represents "
            "producers in the region, said it would wait.",
            "said",
            "The Association of the Petroleum Industry of Kurdistan (APIKUR), which represents "
            "producers in the region",
        ),
        (
            "A lawmaker from the Patriotic Union of Kurdistan (PUK), who asked not to be "
            "named, said it would wait.",
            "said",
            "A lawmaker from the Patriotic Union of Kurdistan (PUK), who asked not to be named",
        ),
        # "and" inside a post's "of" phrase joins no sources: the post and its holder
        (
            "On Monday, Minister of Health and Family Welfare J.P. Nadda said it was safe.",
            "said",
            "Minister of Health and Family Welfare J.P. Nadda",
        ),
        (
            "The Minister of Hydrocarbons and Energy, Luis Alberto Sánchez Rojas, said it was fair.",
            "said",
            "The Minister of Hydrocarbons and Energy, Luis Alberto Sánchez Rojas",
        ),
        # Hyphens printed as dashes set off a parenthesis as dashes do.
        (
            "The senator -- a Republican, who lost in 2008 -- said it was over.",
            "said",
            "The senator -- a Republican, who lost in 2008",
        ),
        (
            "The group - which backs Sanders - said it was over.",
            "said",
            "The group - which backs Sanders",
        ),
        # a capitalised modal before a cue in lower case is a name, even opening a
        # sentence (test_a_capitalised_modal_ends_a_name has more)
        ("Will urged voters to leave.", "urged", "Will"),
        ("The senator may say that it was over.", "say", "The senator"),
        ("Trump Will Say It Was Over", "Say", "Trump"),  # a title-case headline
        # a quantifier that floats after its subject: the subject
        ("In the event they all voted for the same man, they won.", "voted", "they"),
        ("Defense ministers all urged an increased role.", "urged", "Defense ministers"),
        ("Her rivals, who both back a strong mandate, spoke.", "back", "who"),
        (
            "Richards and Menendez both stressed that it was good.",
            "stressed",
            "Richards and Menendez",
        ),
        # ... not after a comma, where it is the subject, nor after an object pronoun
        ("To varying degrees, all agreed that it was bad.", "agreed", "all"),
        (
            "The woman who started it all identified herself.",
            "identified",
            "The woman who started it all",
        ),
        # a comma between two adverbs after the subject leaves the subject the source ...
        ("In the speech she repeatedly, implicitly criticized Trump.", "criticized", "she"),
        # ... but after a verb the first adverb closes a clause set off before the cue
        (
            "The senator, who spoke briefly, often criticized Trump.",
            "criticized",
            "The senator, who spoke briefly",
        ),
        # a pronoun object of the clause set off before the cue is no source ...
        (
            "The senator, who voted against it, said the bill would fail.",
            "said",
            "The senator, who voted against it",
        ),
        # ... but after a conjunction the pronoun is the clause's subject
        ("The bill passed, and it, too, said nothing.", "said", "it"),
        # a year after a preposition is a time of the clause, no part of its source ...
        ("I hope in 2017 America says it is over.", "says", "America"),
        ("By 2020 voters will say the plan failed.", "say", "voters"),
        # ... but a year that modifies the noun after it stays
        ("A 2011 email shows the plan failed.", "shows", "A 2011 email"),
        # a slash printed close between capitalised words joins a name ...
        (
            "A CNN/ORC poll of South Carolina showed Mr. Trump ahead.",
            "showed",
            "A CNN/ORC poll of South Carolina",
        ),
        # ... not lower-case words
        ("Voters and/or donors said it was over.", "said", "donors"),
        # a phrase cut at its longest runs back to the first word of the name it cuts ...
        (
            "Pate gave to none, Federal Election Commission records compiled by the Center"
            " for Responsive Politics show.",
            "show",
            "Federal Election Commission records compiled by the Center for Responsive Politics",
        ),
        # ... not over a stop word before the name
        (
            "But Election Commission records compiled by the Center for Responsive Politics"
            " show it.",
            "show",
            "Election Commission records compiled by the Center for Responsive Politics",
        ),
        # a time phrase in "ago" before the cue is no source: the subject before it is
        (
            "The State Department less than two weeks ago said it was secret.",
            "said",
            "The State Department",
        ),
        (
            "The Obama administration long ago showed its inclination.",
            "showed",
            "The Obama administration",
        ),
        # ... unless a comma sets it off with an apposition
        (
            "Corey Lewandowski, a rival whom Trump fired a few weeks ago, said it.",
            "said",
            "Corey Lewandowski, a rival whom Trump fired a few weeks ago",
        ),
        # "Over the ..." is a phrase of time before the source, "Over 100" a count in it
        ("Over the past two weeks Mobil has announced a restructuring.", "announced", "Mobil"),
        ("Over 100 economists said the plan would fail.", "said", "Over 100 economists"),
        # A plural of findings in lower case opens the phrase of the body that produced them
        (
            "Exports rose 5 pct, figures released by the ministry show.",
            "show",
            "figures released by the ministry",
        ),
        (
            "Exports rose 5 pct, figures from the ministry show.",
            "show",
            "figures from the ministry",
        ),
        # ... but not with no agent after it
        ("Exports rose, numbers here in part show.", "show", None),
        # a relative clause with no comma before it runs over an abbreviation's period
        # to its comma ...
        (
            "Yet some voters who have listened to Mr. Clinton's speeches over the decades,"
            " at rallies, said he had less magnetism.",
            "said",
            "some voters who have listened to Mr. Clinton's speeches over the decades, at rallies",
        ),
        # ... but not over a sentence's end
        ("Some voters who met Bob. Then, he said he had less magnetism.", "said", "he"),
    ],
)
def test_source_before(text: str, cue: str, expected: str | None) -> None:
    assert _read(text, cue, "before") == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("“We will win,” said Geoff Garin, a Democratic pollster.", "said", "Geoff Garin"),
        ("“It is over,” said Mr. Smith.", "said", "Mr. Smith"),
        ("“It is over,” said U.S.", "said", "U.S."),
        # a sentence's period after a capitalised word is no abbreviation's
        ("“It is calm,” said Tamas Varga of PVM. “Cuts help.”", "said", "Tamas Varga of PVM"),
        ("“It works,” said John Smith Jr.", "said", "John Smith Jr."),
        ("“It is over,” said.", "said", None),
        ("“No,” said a spokesperson when contacted by Reuters.", "said", "a spokesperson"),
        (  # a name after the job
            "“No,” said Labour's housing secretary, Lisa Nandy.",
            "said",
            "Labour's housing secretary, Lisa Nandy",
        ),
        ("“No,” said a spokeswoman, Anna White, on Tuesday.", "said", "a spokeswoman, Anna White"),
        ("“No,” said the spokesman, Monday.", "said", "the spokesman"),  # a day is no name
        # a release is where it was said, no part of the source
        (
            "“We grew,” said CEO Craig Menear in the company’s news release.",
            "said",
            "CEO Craig Menear",
        ),
        ("“We grew,” said Gov. Schaefer in a press release.", "said", "Gov. Schaefer"),
        (  # a title in two apostrophes runs on to its closing mark, past its colon
            "According to E. J. Fleming's ''The Fixers: Eddie Mannix and the MGM Machine'' "
            "and other sources, his was an all-purpose job.",
            "According to",
            "E. J. Fleming's ''The Fixers: Eddie Mannix and the MGM Machine''",
        ),
    ],
)
def test_source_after(text: str, cue: str, expected: str | None) -> None:
    assert _read(text, cue, "after") == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("Giles attempted to re-engage the campaign and said it was over.", "said", "Giles"),
        ("But Mary Jones smiled and said it was over.", "said", "Mary Jones"),
        # An introductory clause is passed over to the subject after its comma.
        ("When asked whom she supported, Ms. Sherry smiled and said no.", "said", "Ms. Sherry"),
        ("In South Carolina, he prevailed and declared victory.", "declared", "he"),
        ("Walking into the office, the senator waved and said hello.", "said", "the senator"),
        (  # a quotation that opens the sentence is no subject
            "“Promise you will keep your hands in sight,” Blige sings before asking her.",
            "asking",
            "Blige",
        ),
        (
            "In May, a U.S. District Court judge sided with them, saying the law was void.",
            "saying",
            "a U.S. District Court judge",
        ),
        (
            "Ultimately, Mr. Yanukovych disregarded the advice and refused.",
            "refused",
            "Mr. Yanukovych",
        ),
        ("Sunday morning, Clinton slammed the shift and accused Sanders.", "accused", "Clinton"),
        ("Kelly, a former aide, smiled and said no.", "said", "Kelly"),
        # No comma: the clause's own subject stands in.
        ("When Smith arrived he waved and said hello.", "said", "Smith"),
        (  # a date after the opener is passed over
            "On September 27 they published the results and said it was true.",
            "said",
            "they",
        ),
        ("In March the Senate voted and said it would act.", "said", "the Senate"),
        (  # "Just" opens the sentence, then a clause and its comma
            "Just before the flight left, Captain Smith stood up and asked for volunteers.",
            "asked",
            "Captain Smith",
        ),
        (  # a time phrase and its comma open the sentence
            "Hours later, Trump returned the compliment, telling Reuters it was true.",
            "telling",
            "Trump",
        ),
        (  # "Then" and "Later" open a sentence too
            "Then he cut into Bush, calling him a stiff.",
            "calling",
            "he",
        ),
        ("Later she stood up and said it was over.", "said", "she"),
        ("the campaign waved and said hello.", "said", None),
        ("The claim was false and said nothing.", "said", None),
        ("The company blamed rising costs and said it would move.", "said", "The company"),
        ("The senator waved and said hello.", "said", "The senator"),
        ("The company in Ohio blamed costs and said it would move.", "said", "The company"),
        (  # a possessive subject runs on to its head noun
            "Bolivia’s public defender’s office counted the dead and said more died.",
            "said",
            "Bolivia’s public defender’s office",
        ),
        (  # a job in lower case between the body and the name
            "Opposition leader Jairam Ramesh called it illegal and said he would fight.",
            "said",
            "Opposition leader Jairam Ramesh",
        ),
        (  # a job of two words
            "Pfizer chief executive Ian Read called it fair and said it would pass.",
            "said",
            "Pfizer chief executive Ian Read",
        ),
        (  # a kind of body in lower case between a label and the name
            "Rights group Amnesty International Kenya counted the dead and called for an inquiry.",
            "called",
            "Rights group Amnesty International Kenya",
        ),
        (  # a particle glued to a surname
            "Mohammed al-Saiedi rejected the accusation and said the vote was blocked.",
            "said",
            "Mohammed al-Saiedi",
        ),
        (  # two lower-case words for the kind of body
            "The West African regional bloc ECOWAS said it was concerned and urged a vote.",
            "urged",
            "The West African regional bloc ECOWAS",
        ),
        (  # an acronym inside a determiner's noun phrase
            "A senior US official said talks were continuing and added that no deal was made.",
            "added",
            "A senior US official",
        ),
        (  # a determiner's noun that runs into a name: the name in full
            "The rights group Amnesty International counted the dead and called for an inquiry.",
            "called",
            "The rights group Amnesty International",
        ),
        # an opening phrase of place or time with no comma: the subject after it
        ("During the debate Trump attacked Clinton and said it.", "said", "Trump"),
        ("At a rally in Ohio the senator praised it and warned voters.", "warned", "the senator"),
        ("In a statement on Monday she denied it and accused him.", "accused", "she"),
        ("In a letter the company said it would sell the unit.", "said", "the company"),
        # ... a place that ends the phrase, then a name: the name
        ("In Iowa Cruz won and declared that he would fight.", "declared", "Cruz"),
        ("At a rally in Des Moines Cruz won and said it.", "said", "Cruz"),
        ("In China Shantou University is growing and says so.", "says", "Shantou University"),
        ("During the raid on Libya France refused and said so.", "said", "France"),
        # ... not a place that goes on, nor a body a place opens, nor a name with a link
        (
            "In New York City Hall officials met and said it.",
            "said",
            "New York City Hall officials",
        ),
        ("In New York Times columns he wrote it and said so.", "said", "he"),
        ("During the U.S. Bombing of Libya France refused and said so.", "said", "France"),
        # an adverb in -ly before a participle or a preposition opens a phrase, no name
        (
            "Hastily politicizing the tragedy in Nice, Trump cast the blame and emphasized it.",
            "emphasized",
            "Trump",
        ),
        (
            "Shortly after the announcement, the families mobilized, warning that it failed.",
            "warning",
            "the families",
        ),
        (
            "Combined with good prospects, Britain was likely to gain, pushing the pound up.",
            "pushing",
            "Britain",
        ),
        # ... the phrase ends at a dash that closes an aside before the subject
        (
            "Hastily politicizing the tragedy ― much like he did before ― Trump cast the"
            " blame on his rivals in the U.S., and emphasized the threat.",
            "emphasized",
            "Trump",
        ),
        # ... a name in -ly goes on with its verb
        ("Schlafly replied that she was fine and said so.", "said", "Schlafly"),
        # ... not a clause, whose own subject stands in ("Since [Trump] began")
        (
            "Since Trump began with insults against Mexican immigrants he has said it.",
            "said",
            "Trump",
        ),
        # a region or country set off after the phrase's city goes on the phrase
        (
            "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton spoke, saying it.",
            "saying",
            "Mrs. Clinton",
        ),
        (
            "At a conference in Aspen, Colo., the Stanford graduate spoke, quoting him.",
            "quoting",
            "the Stanford",
        ),
        # an age opens the subject after an opening phrase
        (
            "At an event in St. Clairsville, Ohio, 62-year-old Brenda Johnson railed and explained.",
            "explained",
            "62-year-old Brenda Johnson",
        ),
        ("In Ohio, 62-year-old voters railed and explained it.", "explained", "62-year-old voters"),
        # "Here" opens a phrase of place, as "There" does
        ("Here in Columbia, Sanders stepped up his push, saying it.", "saying", "Sanders"),
        # the comma before a participle closes no opening phrase; a part of the day after
        # a weekday belongs to the phrase of time
        (
            "On Sunday morning Mr. Trump made a third attempt to deflect the criticism,"
            " writing on Twitter that the issue was terrorism.",
            "writing",
            "Mr. Trump",
        ),
        (
            "On Thursday evening Hillary Clinton delivered her speech, seeking to prove it.",
            "seeking",
            "Hillary Clinton",
        ),
        # ... nor does it make the object of a phrase alone before it a subject
        ("In a speech to the troops in Ohio, saying it was wrong.", "saying", None),
        # a region set off after a city before the participle's comma closes no phrase
        (
            "By Sunday afternoon she had canceled a rally slated for Wednesday in Green Bay,"
            " Wis., citing the attack.",
            "citing",
            "she",
        ),
        # a time phrase opening the sentence is no subject: with no comma after "later"
        (
            "A few minutes later they reversed themselves and said they will register voters.",
            "said",
            "they",
        ),
        # ... nor with a comma after "before" or "recently"
        (
            "The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt,"
            " claiming it.",
            "claiming",
            "Mr. Trump",
        ),
        (
            "More recently, Rubio has shifted somewhat, offering more dire warnings.",
            "offering",
            "Rubio",
        ),
        # ... nor a time that opens a clause up to its comma
        (
            "Two weeks after Justice Scalia died, Justice Clarence Thomas broke a silence by"
            " asking questions.",
            "asking",
            "Justice Clarence Thomas",
        ),
        # an adverb of the adjective after the determiner stays in the subject
        (
            "The famously gruff senator started on Wednesday, showing a little more.",
            "showing",
            "The famously gruff senator",
        ),
        # ... not one after the noun
        ("The company quickly moved on Monday, saying so.", "saying", "The company"),
        # a bare plural after an opening phrase is no subject of the sentence's shared
        # predicates ("On Tuesday, officials said Baker told ... and signaled")
        ("On Tuesday, officials said Baker told them and signaled approval.", "signaled", None),
        # ... "before" with no comma as well
        ("The day before Trump spoke, the senator said it.", "said", "the senator"),
    ],
)
def test_sentence_subject(text: str, cue: str, expected: str | None) -> None:
    assert _read(text, cue, "subject") == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "Arriving upon the scene, officers began searching for shooters, believing there"
            " may be three.",
            "believing",
            "officers",
        ),
        (
            "However, other economists disagreed, saying the sector would be able to hire.",
            "saying",
            "other economists",
        ),
        # no plural of people, or a phrase that goes on after it
        ("Arriving upon the scene, everything changed, making it worse.", "making", None),
        ("In Ohio, officials of the party met, saying they would wait.", "saying", None),
    ],
)
def test_a_bare_plural_after_an_opening_phrase_is_a_participle_s_source(
    text: str, cue: str, expected: str | None
) -> None:
    doc = build_document(text)
    span = sentence_subject(doc, 0, text.index(cue), plural=True)
    assert (None if span is None else doc.text_of(span)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place phrase with "in" or "at" closes a lower-case plural source
        ("The bank cut rates, fund managers in the city said.", "fund managers in the city"),
        ("The bank cut rates, fund managers in London said.", "fund managers in London"),
        ("Talks stalled, diplomatic sources in Khartoum said.", "diplomatic sources in Khartoum"),
        # not a relative clause's subject after the place
        ("It backed him, and groups in the state that said so.", "that"),
    ],
)
def test_a_place_phrase_closing_a_plural_source(text: str, expected: str | None) -> None:
    assert _read(text, "said", "before") == expected


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        ("Cruz last week", "Cruz"),  # the time is the statement's
        (  # the time belongs to the relative clause
            "Zourabichvili, whose term ends next month",
            "Zourabichvili, whose term ends next month",
        ),
        ("Reid, who endorsed Clinton in February", "Reid, who endorsed Clinton in February"),
        # a time after a participle of publishing dates the document, and stays
        ("a poll released Monday", "a poll released Monday"),
        ("A new batch of emails released this week", "A new batch of emails released this week"),
        # "out" dates a document as a participle does; "last" picks a weekday
        ("A Monmouth poll out Monday", "A Monmouth poll out Monday"),
        ("a survey released last Thursday", "a survey released last Thursday"),
        ("Cruz last Thursday", "Cruz"),  # not "Cruz last"
        ("Trump went out", "Trump went out"),  # no time: left as it is
        ("Cruz this Monday", "Cruz"),
    ],
)
def test_a_time_closing_a_source(source: str, kept: str) -> None:
    doc = build_document(f"{source} said it was over.")
    span = without_time(doc, Span(0, len(source)))
    assert span is not None
    assert doc.text_of(span) == kept


@pytest.mark.parametrize(
    ("text", "cue", "where", "expected"),
    [
        # A sentence adverb with no comma after it is no part of the source ...
        ("Earlier USAir said it agreed to buy Piedmont.", "said", "before", "USAir"),
        ("Nevertheless Mason thinks the stocks could rally.", "thinks", "before", "Mason"),
        (  # ... nor is a time phrase after it
            "Earlier this month Volkswagen said it had incurred losses.",
            "said",
            "before",
            "Volkswagen",
        ),
        ("Yesterday a spokesman said they would comply.", "said", "before", "a spokesman"),
        # An adverb standing alone, or before a preposition or another adverb, is none.
        (
            "However documented instances said it was rare.",
            "said",
            "before",
            "documented instances",
        ),
        ("2. Never urged Ukraine to investigate Joe Biden", "urged", "subject", None),
        ("Instead of calling himself conservative he said nothing.", "calling", "before", None),
        (
            "Perhaps counterintuitively reported features can draw readers.",
            "reported",
            "before",
            None,
        ),
        # A capitalised word of a name that is no sentence adverb stays.
        ("First Union Corp said it agreed.", "said", "before", "First Union Corp"),
        ("Earlier family members said it agreed.", "said", "before", "family members"),
    ],
)
def test_a_sentence_adverb_opening_a_source(
    text: str, cue: str, where: str, expected: str | None
) -> None:
    assert _read(text, cue, where) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A modal or adverb printed with a capital inside a sentence is a name.
        ("Theresa May said the deal was good.", "Theresa May"),
        (
            "British Prime Minister Theresa May said the deal was good.",
            "British Prime Minister Theresa May",
        ),
        ("Mrs May told MPs the deal was good.", "Mrs May"),
        ("Columnist George Will wrote that the party was lost.", "Columnist George Will"),
        ("American Can said it sold the unit.", "American Can"),
        # ... as is one right after a quotation's comma
        ("“We will leave on time,” May said.", "May"),
        ('"Sales are fine," Long said.', "Long"),
        # In lower case it stays a word between the source and its cue.
        ("The minister may said nothing.", "The minister"),
        ("Officials also said the deal was good.", "Officials"),
    ],
)
def test_a_capitalised_modal_ends_a_name(text: str, expected: str) -> None:
    cue = "told" if " told " in text else "wrote" if " wrote " in text else "said"
    assert _read(text, cue, "before") == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # A month or weekday closing an opening time phrase is no part of the source.
        ("During a presentation in February ICN had said it would issue bonds.", "said", "ICN"),
        ("On Friday TWA said it had acquired four mln shares.", "said", "TWA"),
        (
            "In January Canada and France concluded an interim accord.",
            "concluded",
            "Canada and France",
        ),
        (
            "Last November President Yoweri Museveni ordered all shipments by rail.",
            "ordered",
            "President Yoweri Museveni",
        ),
        ("On Sept. 27 Smith said he would run.", "said", "Smith"),
        # ... nor is a period before the present that opens the sentence
        (
            "Last week State Department official David Holmes revealed the call.",
            "revealed",
            "State Department official David Holmes",
        ),
        ("Last month the company said it expected profit to fall.", "said", "the company"),
        ("Last week's report said jobs would go.", "said", "Last week's report"),
        # ... nor a time phrase with no comma before a subject on a capital or a determiner
        ("Early this afternoon the Fed said it would add reserves.", "said", "the Fed"),
        ("Late last week the bank said the losses were covered.", "said", "the bank"),
        ("Two years ago Kodak agreed to invest 45 mln dlrs.", "agreed", "Kodak"),
        ("This morning's figures showed a rise.", "showed", "This morning's figures"),
        # With no word of time before it, the capitalised word belongs to a name.
        (
            "May Department Stores Co said it would buy the chain.",
            "said",
            "May Department Stores Co",
        ),
        ("Chairman June Page said the bank would grow.", "said", "Chairman June Page"),
    ],
)
def test_a_date_closing_an_opening_time_phrase(text: str, cue: str, expected: str) -> None:
    assert _read(text, cue, "before") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He spoke as crowds chanted “Georgia!” outside.", "crowds"),
        ("Prices fell while traders said the worst was over.", "traders"),
    ],
)
def test_a_plural_after_a_subordinator_is_the_clause_s_source(text: str, expected: str) -> None:
    cue = "chanted" if "chanted" in text else "said"
    assert _read(text, cue, "before") == expected


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        # a source that runs on over the verb phrase before its cue ends before it
        ("The billionaire businessman began", "The billionaire businessman"),
        ("Police had", "Police"),
        ("The Carlyle Group will be left to", "The Carlyle Group"),
        ("The email goes on to", "The email"),
        ("Mr. Trump was prompted to", "Mr. Trump"),  # a passive of a verb of control
        ("AFL-CIO to", "AFL-CIO"),  # a headline's infinitive
        # an object that acts after a verb of control is the source, read elsewhere
        ("All this has led the journalist to", "All this has led the journalist to"),
        # a verb inside a relative clause set off by commas stays
        ("Schiff, who has served on the committee", "Schiff, who has served on the committee"),
        ("Trump's plan", "Trump's plan"),  # a noun that may be a verb
        ("Will", "Will"),  # one word
    ],
)
def test_a_verb_phrase_closing_a_source(source: str, kept: str) -> None:
    doc = build_document(f"{source} said it was over.")
    assert doc.text_of(without_verb_tail(doc, Span(0, len(source)))) == kept


@pytest.mark.parametrize(
    ("source", "cue", "kept"),
    [
        # adverbs at a source's end are no part of it
        ("the FDA could only", "refuse", "the FDA"),
        ("Trump quickly", "pivoted", "Trump"),
        ("State Department experts somehow cannot", "explain", "State Department experts"),
        ("Investors don't", "seem", "Investors"),
        ("I’m about", "show", "I’m"),  # "about to": the contraction is read later
        ("The story about", "says", "The story about"),  # no "be" before "about"
        ("The last", "confirmed", "The last"),  # an adjective after a determiner
        ("this Trump look-alike", "declared", "this Trump look-alike"),  # a word whole
        (
            "a campaign official who was not authorized to speak publicly",
            "said",
            "a campaign official who was not authorized to speak publicly",
        ),  # the clause's
        # a platform at a source's end: the source ends before the verb of posting
        ("Taylor Swift posted on Twitter", "accusing", "Taylor Swift"),
        ("Lewandowski taking to Twitter", "to call", "Lewandowski"),
        ("Some users on Twitter", "said", "Some users on Twitter"),  # no verb
        ("A briefing on Facebook", "said", "A briefing on Facebook"),  # a noun in -ing
        ("Polling on Twitter", "shows", "Polling on Twitter"),  # the first word
        # a finite auxiliary inside a source opens its verb phrase
        ("Mr. Trump continues to give mixed", "signals about", "Mr. Trump"),
        (
            "The Department of Education has misled the public about",
            "alleged",
            "The Department of Education",
        ),
        ("a trio of PACs have in fact", "reported", "a trio of PACs"),
        ("Trump’s swoon had Republicans", "wondering", "Trump’s swoon had Republicans"),
        (
            "people familiar with what the president has planned",
            "said",
            "people familiar with what the president has planned",
        ),  # a clause's verb
        ("The Jornal do Brasil", "reported", "The Jornal do Brasil"),  # in a name
        ("There is no public information", "showing", "There is no public information"),
        ("Prime Minister Theresa May", "said", "Prime Minister Theresa May"),  # a name
        # a past that is no participle closing a source is its verb
        ("some of Trump’s defenders took", "claiming", "some of Trump’s defenders"),
        ("The central bank gave", "said", "The central bank"),
        ("a key concession made", "said", "a key concession made"),  # a participle
        ("Police Chief Ronald Took", "said", "Police Chief Ronald Took"),  # a name
    ],
)
def test_a_source_that_runs_on_into_its_verb_ends_before_it(
    source: str, cue: str, kept: str
) -> None:
    doc = build_document(f"{source} {cue} it was over.")
    cue_span = Span(len(source) + 1, len(source) + 1 + len(cue))
    assert doc.text_of(without_verb_tail(doc, Span(0, len(source)), cue_span)) == kept


@pytest.mark.parametrize(
    ("text", "source", "cue", "expected"),
    [
        (  # the noun after a past verb's preposition is what the participle describes
            "Opponents sued over North Carolina legislation restricting bathrooms.",
            "Opponents sued over North Carolina legislation",
            "restricting",
            "North Carolina legislation",
        ),
        (
            "The conversation ended with Maddow asking him about it.",
            "The conversation ended with Maddow",
            "asking",
            "Maddow",
        ),
        (
            "Activists have pushed through a large number of laws restricting it.",
            "Activists have pushed through a large number of laws",
            "restricting",
            "a large number of laws",
        ),
        # not read: no noun phrase after the preposition, a comma, no participle, no past
        ("Rubio refrained from attacking Trump.", "Rubio refrained from", "attacking", None),
        ("Trump sued over the book, saying it lied.", "Trump sued over the book,", "saying", None),
        ("Trump sued over the book that said it.", "Trump sued over the book", "that said", None),
        ("Voters with signs saying no.", "Voters with signs", "saying", None),
        (
            "They are used to seeing the sign warning.",
            "They are used to seeing the sign",
            "warning",
            None,
        ),
    ],
)
def test_a_participle_after_a_noun(text: str, source: str, cue: str, expected: str | None) -> None:
    doc = build_document(text)
    start = text.index(source)
    cue_at = text.index(cue, start + len(source))
    src = Span(start, start + len(source.rstrip(",")))
    span = participle_noun(doc, src, Span(cue_at, cue_at + len(cue)))
    assert doc.text_of(span) == (expected if expected is not None else doc.text_of(src))


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # A preposition or stop word the text printed earlier after a given name is a surname.
        ('"We lost," said Al From. "Our challenge was hard," From said.', "From said", "From"),
        ('"We lost," said Al From.\n\nFrom agreed that the party had moved.', "agreed", "From"),
        # With no such name before, it stays a preposition.
        ("From the start, he said he would win.", "said", "he"),
        ('"We lost," From said.', "said", None),
    ],
)
def test_a_stop_word_named_earlier_as_a_surname_is_a_source(
    text: str, cue: str, expected: str | None
) -> None:
    doc = build_document(text)
    at = text.rindex(cue) + (len("From ") if cue == "From said" else 0)
    span = source_before(doc, 0, at)
    assert (None if span is None else doc.text_of(span)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The left of "and" lies before the last 48 characters: the whole window is read.
        (
            "Argentina will tell its creditors it needs an extension of deadlines for "
            "payment of capital and interest on its foreign debt, Industry and Foreign "
            "Trade Secretary Roberto Lavagna told reporters.",
            "Industry and Foreign Trade Secretary Roberto Lavagna",
        ),
        (
            "Motorola Inc expects continued steady improvement in semiconductor orders for "
            "the rest of the year, Executive Vice President and Chief Corporate Staff "
            "Officer Gary Tooker told security analysts.",
            "Executive Vice President and Chief Corporate Staff Officer Gary Tooker",
        ),
        # A lower-case word before "and" joins nothing: the phrase after it.
        (
            "The bank raised its interest rates and Foreign Trade Secretary Roberto "
            "Lavagna told reporters.",
            "Foreign Trade Secretary Roberto Lavagna",
        ),
    ],
)
def test_a_source_coordinated_across_the_near_window(text: str, expected: str) -> None:
    assert _before_last(text, "told") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The near window opens with a preposition of the phrase: the whole window is read.
        (
            "Sales rose 2.2 pct in February after falling a final 2.2 pct in January, "
            "figures released by the Department of Trade and Industry show.",
            "figures released by the Department of Trade and Industry",
        ),
        (
            "The department would follow City Hall's lead, a spokesperson for the Parks "
            "and Recreation Department said.",
            "a spokesperson for the Parks and Recreation Department",
        ),
        # A preposition inside the window before "and" opens no phrase of the source.
        (
            "The plan was approved by the board and the bank chairman said it would help.",
            "the bank chairman",
        ),
    ],
)
def test_a_coordinated_name_after_a_preposition_opening_the_near_window(
    text: str, expected: str
) -> None:
    assert _before_last(text, "show" if " show" in text else "said") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb after "and" that goes on an infinitive is no modifier of the plural.
        (
            "The ruling clears the way for the Hunts to examine documents and interview "
            "officers at the banks seeking evidence to support their charges.",
            "officers at the banks",
        ),
        # No infinitive before "and": the plural and its modifier after it.
        (
            "The bank cut its interest rates and loan officers at the banks seeking evidence said.",
            "loan officers at the banks",
        ),
    ],
)
def test_a_verb_after_and_going_on_an_infinitive(text: str, expected: str) -> None:
    assert _before_last(text, "seeking") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lower-case body before a job before a name opens the source.
        (
            "The deal was fair, government spokesman Friedhelm Ost told reporters.",
            "government spokesman Friedhelm Ost",
        ),
        ("The strike goes on, union chief Simon Reyes said.", "union chief Simon Reyes"),
        # A job alone before the name stays as it was.
        ("The deal was fair, spokesman Friedhelm Ost told reporters.", "spokesman Friedhelm Ost"),
    ],
)
def test_a_body_before_a_job_before_a_name(text: str, expected: str) -> None:
    assert _before_last(text, "said" if " said" in text else "told") == expected
