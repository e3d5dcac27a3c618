"""Where the content of an attribution starts and ends after its cue.

The content of a source-cue-content sentence runs from the cue to the end of its
clause. A listener, a "that", a time or an occasion before it is skipped, and a clause
of the source's own, a trailing apposition, a second predicate or a closing source and
cue after it are cut (content in brackets)::

    The coalition stated [that it cannot confirm it].
    Clinton told a crowded banquet hall in downtown Baltimore [that she would win].
    The company said in a statement [it would cut 500 jobs].
    The senator endorsed [Clinton] on Thursday.
    Smith says [he is excited] as he faces a test.
    Trump railed against [the Trans-Pacific Partnership], the 12-country trade deal.

``trim_start`` and ``trim_end`` pare the spaces and punctuation off the edges of a
content for every cue recogniser.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from functools import cache
from itertools import islice

from ..document import Document, Span
from ..lexicon import alternation, load_list, load_set, load_table
from ..patterns import (
    PERIOD_OPENERS,
    PERSONAL_SUBJECTS,
    POSSESSIVE_DETERMINERS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    TIME_OPENERS,
    WORD,
)
from .cues import (
    LISTENER_LEMMAS,
    PASSIVE_BE,
    SAY_LEMMAS,
    Cue,
    cue_form_spans,
    cue_lexicon,
    find_cues_in,
    is_past,
    occasion_phrase,
    subject_before,
)
from .places import canonical_agency
from .speakers import OPENING_PREPOSITIONS, people_nouns, sentence_subject

# What may follow a cue at the end of a content-first sentence: " on Monday." / " in a statement."
CLAUSE_TAIL = re.compile(
    r"""
    \s{0,3}
    (?:(?:on|in|at|during|after|before|last|this|late|early|earlier|later|of|to|with
        |via|over|from                      # via email / over the phone / from Baghdad
        |by\s(?:an?\s)?CONTACT_MEANS        # by telephone (data/contact_means.txt)
        |yesterday|today|tonight|recently|afterward|then|when|while|as|here
        |Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b
       (?!\s+that\b)
       # no clause of its own: "said earlier this year they wanted ..." has content
       (?![^,.;:!?“”"]{0,50}?\b(?:he|she|they|it|we|I|the\s\w+\s(?:is|are|was|were|will|would|has|have|had))\s)
       [^,.;:!?“”"]{0,50}                    # on Monday / in a statement / of Trump
       (?:(?<=\s)[“"][^,.;:!?“”"]{1,40}[,.!?]?[”"])?   # on MSNBC’s “Morning Joe.”
       # the title of the work named, set off by a comma: in his 2012 book, ''An American Son.''
       (?:,\s(?:[“"]|'')[A-Z][^,.;:!?“”"']{0,40}[,.!?]?(?:[”"]|''))?
     | (?:a\sfew|\w+)\s(?:minutes|hours|days|weeks|months|years)\slater
       [^,.;:!?“”"]{0,30}                    # a few days later / two weeks later in Iowa
     | (?:a|an|the)\s(?:\w+\s){0,2}?(?:statement|post|tweet|message|release|report|letter)\b
       [^,.;:!?“”"]{0,40}                    # posted a statement on the Facebook page
    )?
    $""".replace("CONTACT_MEANS", alternation(load_set("contact_means"))),
    re.VERBOSE,
)
# A preposition that belongs to the cue: "called for [more troops]", "referring to [him]".
LEAD_PREPOSITION = re.compile(r"\s*(?:for|on|about(?!\s[\d$])|as|of|against|upon)\s")
# Lemmas of answering, whose "to" belongs to the cue: "did not respond [to] questions".
ANSWERING_LEMMAS = frozenset({"respond", "reply"})
ANSWERED_TO = re.compile(r"\s*to\s")


@cache
def _own_prepositions() -> dict[str, re.Pattern[str]]:
    """The preposition that belongs to a cue of one of the lemmas of
    ``data/cue_prepositions.tsv``, by lemma: "agreed [with] the analysis", "hints [at]
    a shakeup" ("at least" is a number's: "reported at least six planes")."""
    words: dict[str, set[str]] = {}
    for row in load_table("cue_prepositions"):
        words.setdefault(row["lemma"], set()).add(row["preposition"])
    return {
        lemma: re.compile(rf"{alternation(prepositions)}(?!\s(?:least|most)\b)\s+(?=\S)")
        for lemma, prepositions in words.items()
    }


# A relative clause set off by a comma before its cue: ", which is widely expected to
# ...", ", who declined to comment", or a second one after "and": ", who last year
# threatened ..., and who has been hoping".
SET_OFF_RELATIVE = re.compile(r",\s(?:and\s)?(?:which|who|whom|whose)\s")
# How far before its cue a set-off relative clause may open.
SET_OFF_RELATIVE_REACH = 200
# The finite verb of a main clause, an adverb before it at most: an auxiliary, a form in
# -s other than -ss, -us, -is, or one in -ed ("[also] presents", "was", "returned").
MAIN_VERB = (
    r"(?:(?:also|still|now|already|never|not|only|then)\s)?"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|did|does|may|might|must|should"
    r"|[a-z]{3,}(?<![su]s)(?<!ou)s|[a-z]{3,}ed)"
)


@cache
def _main_verb_after_comma() -> re.Pattern[str]:
    """The main verb of the sentence right after the comma that closes a relative
    clause: "[, which ... on Dec. 16], presents a wild card", "[, who declined to
    comment], was born in Indiana"; also a past of data/irregular_pasts.txt, an adverb
    in -ly before it at most ("who has been hoping [to carve evangelical support away
    from Mr. Trump], quickly went up with a negative ad", "who said [he would probably
    campaign with him], ultimately did not show up")."""
    pasts = alternation(load_set("irregular_pasts"), boundary=False)
    return re.compile(rf",\s(?:[a-z]{{2,}}ly\s)?(?:{MAIN_VERB}|{pasts})\s")


def set_off_relative_end(doc: Document, cue: Span, content: Span) -> int | None:
    """Where the content of a cue inside a relative clause set off by a comma ends: at
    the comma after which the sentence's main verb goes on ("The decision, [which is
    widely expected to come on Dec. 16], presents a wild card", "Mr. Hurt, who declined
    [to comment], returned the rights"). None when the cue stands in no such clause, or
    when the content's first comma after the cue is no such close; a quotation keeps its
    commas."""
    text = doc.text
    comma = text.find(",", max(content.start, cue.end), content.end)
    if comma < 0 or _main_verb_after_comma().match(text, comma) is None:
        return None
    lo = max(0, cue.start - SET_OFF_RELATIVE_REACH)
    opening = None
    for found in SET_OFF_RELATIVE.finditer(text, lo, cue.start):
        opening = found  # the last one before the cue
    if opening is None or content.start < opening.start():
        return None
    if any(mark in text[opening.end() : cue.start] for mark in ",.;:"):
        return None  # the clause closed before the cue
    if QUOTE_MARK.search(text, opening.start(), comma) is not None:
        return None
    return trim_end(doc, content.start, comma)


# A preposition that opens a sentence with a phrase of its own before the main clause:
# "At a time when it was said [that Democrats might never win again], Bill Clinton
# proved ...", "In a presidential year expected [to produce record turnout], there are
# few signs ...".
PHRASE_OPENER = re.compile(
    r"[\s“\"]*"
    + alternation(w.capitalize() for w in OPENING_PREPOSITIONS | {"among", "following", "by"})
    + r"\s"
)
# A word that opens a clause inside an opening phrase, before its cue: "At a time [when]
# it was said ...".
PHRASE_CLAUSE_WORD = re.compile(r"\b(?:when|where|while|who|whom|which|that)\b")
# The subject and verb of a main clause right after a comma: ", Bill Clinton proved",
# ", there are", ", President Obama is rolling out".
MAIN_CLAUSE_AFTER_COMMA = re.compile(
    r",\s(?:there|it|he|she|they|we|I|(?:the\s)?[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3})\s"
    rf"{MAIN_VERB}\b"
)


def opening_phrase_end(doc: Document, source: Span | None, cue: Span, content: Span) -> int | None:
    """Where the content of a cue inside a phrase that opens its sentence with a
    preposition ends: at the phrase's comma, when a main clause with its own subject
    follows it. The cue is the phrase's own when its source is the preposition's object
    ("With [Democratic leaders] increasingly worried about ...", "Under [a
    reorganisation] announced separately") or a relative or "when" clause opens before it
    ("At a time when it was said ..."); in "In January the judge ruled that A, B and C"
    the cue is the main clause's. None when a comma or a quotation comes before the cue,
    or the content runs on after no such comma."""
    text = doc.text
    if content.start < cue.end:
        return None
    comma = _main_clause_comma(text, content)
    sent = doc.sentence_at(cue.start) if comma >= 0 else None
    if sent is None:
        return None
    opener = PHRASE_OPENER.match(text, sent.start)
    if opener is None or any(mark in text[sent.start : cue.start] for mark in ',;:“”"'):
        return None
    if not (
        (source is not None and source.start == opener.end())
        or PHRASE_CLAUSE_WORD.search(text, opener.end(), cue.start) is not None
    ):
        return None
    if QUOTE_MARK.search(text, content.start, comma) is not None:
        return None
    return trim_end(doc, content.start, comma)


def _main_clause_comma(text: str, content: Span) -> int:
    """The content's first comma (not one inside a figure) when a main clause's subject
    and verb follow it (:data:`MAIN_CLAUSE_AFTER_COMMA`), else -1."""
    comma = _object_comma(text, content.start, content.end)
    if comma < 0 or MAIN_CLAUSE_AFTER_COMMA.match(text, comma) is None:
        return -1
    return comma


# "As" opening a sentence, perhaps after a conjunction or "just": "As Ms. Simonyan put
# it, [RT is ...]", "But as Trump said, ..." report the main clause.
AS_OPENING = re.compile(r"(?:(?:and|but|so|yet|just)\s)?as\b", re.IGNORECASE)
# Words that open a content with a clause whose own commas it keeps: "said [that if
# Trump prevails, Ryan will ...]".
CLAUSE_OPENING_CONTENT = re.compile(r"(?:that|if|whether|how|what|why|when)\b")
# A subordinator inside the words before a comma: the comma may close its clause, not the
# content's ("hopes [that if and when ... flame out, he will be ...]").
SUBORDINATOR_INSIDE = re.compile(
    r"\b(?:if|when|while|because|although|though|despite|unless|until|after|before|since|as)\b"
)


def fronted_clause_end(doc: Document, source: Span | None, cue: Span, content: Span) -> int | None:
    """Where the content of a cue in the words before its sentence's first comma ends
    when those words are a clause or phrase put before the main clause: at the comma,
    when the main clause's subject and verb follow it ("Ever since she endorsed [Mrs.
    Clinton this month], Ms. Warren has been ...", "At the moment Chris Christie learned
    [he had been bumped off the stage], he was ..."). Not when the cue's source opens the
    sentence (its cue is the main verb), nor for a content opening with "that" or a
    question word, or holding a subordinator or a quotation before the comma."""
    text = doc.text
    if content.start < cue.end:
        return None
    comma = _main_clause_comma(text, content)
    sent = doc.sentence_at(cue.start) if comma >= 0 else None
    if sent is None:
        return None
    start = trim_start(doc, sent.start, cue.start)
    if source is not None and (source.start <= start + 1 or source.start > cue.start):
        return None  # "According to [a poll], ...": the main clause is the content
    if any(mark in text[start : cue.start] for mark in ',;:“”"'):
        return None
    if AS_OPENING.match(text, start) is not None:
        return None  # "As Ms. Simonyan put it to a colleague, RT is ...": the main clause
    if CLAUSE_OPENING_CONTENT.match(text, content.start) is not None:
        return None
    if QUOTE_MARK.search(text, content.start, comma) or SUBORDINATOR_INSIDE.search(
        text, content.start, comma
    ):
        return None
    return trim_end(doc, content.start, comma)


# How much was said, and "about", right after a cue: "said [little about] the plan",
# "said [almost nothing about] monetary policy", "disclose [more about] themselves".
# PolNeAR takes the amount into the cue; what it is about is the content.
SAID_AMOUNT = re.compile(
    r"(?:(?:very|almost|so|too)\s)?(?:little|nothing|much|more|less|anything|something)"
    r"\s(?:else\s)?about\s+(?=\S)"
)


def after_said_amount(doc: Document, cue: Span, content: Span) -> int | None:
    """Where a content right after its cue starts once an amount and "about"
    (:data:`SAID_AMOUNT`) are left to the cue, or None."""
    if trim_start(doc, cue.end, content.start) != content.start:
        return None
    m = SAID_AMOUNT.match(doc.text, content.start, content.end)
    return m.end() if m is not None and m.end() < content.end else None


def after_own_preposition(doc: Document, lemma: str, cue: Span, content: Span) -> int | None:
    """Where a content right after its cue starts once the cue's own preposition is left
    to the cue ("agreed with [the analysis]", "fired back at [Trump's comments]"), or
    None: no preposition of ``data/cue_prepositions.tsv`` for ``lemma`` opens it. Read
    once the contents are final, so that the preposition still joins the words after it
    while nested statements are resolved."""
    own = _own_prepositions().get(lemma)
    if own is None or trim_start(doc, cue.end, content.start) != content.start:
        return None
    m = own.match(doc.text, content.start, content.end)
    return m.end() if m is not None and m.end() < content.end else None


@cache
def _connective_lead() -> re.Pattern[str]:
    """A capitalised connective of data/connective_leads.txt and its comma, opening a
    content: "Still, ", "In fact, "."""
    leads = alternation(w.capitalize() for w in load_set("connective_leads"))
    return re.compile(rf"{leads},\s")


def after_connective(doc: Document, content: Span) -> int | None:
    """Where a content starts once a connective set off by a comma that opens it is left
    out ("Still, [the plan will pass], he said": it links the sentence to the one before
    and is the writer's), or None: none opens it, or fewer than three words follow."""
    text = doc.text
    if not text[content.start : content.start + 1].isupper():
        return None
    m = _connective_lead().match(text, content.start, content.end)
    if m is None or not at_least(text, m.end(), content.end, 3):
        return None
    return m.end()


# Most words and characters of an adverbial that opens a sentence before an interrupting
# source and cue.
MAX_INTERRUPTED_LEAD = 3
MAX_INTERRUPTED_LEAD_CHARS = 40
# What may not stand in such a lead, or in an opening condition (:func:`condition_lead`):
# a comma, a quotation mark, a parenthesis, a colon or a semicolon.
NOT_IN_LEAD = re.compile(r"[,;:()“”\"]|''")
# Conjunctions that may open the lead; alone, or before a connective, they only link the
# sentence to the one before ("And, he acknowledged, ...", "And yet, aides say, ...").
LEAD_CONJUNCTIONS = frozenset({"and", "but", "so", "or", "yet"})


def _lead_before_source(doc: Document, source: Span) -> tuple[int, int] | None:
    """The words that open the sentence of ``source`` before it and the ", " that sets
    them off ("[Recently], he said", "[If he loses], Trump said"), as their start and
    end; None outside a sentence. The callers have checked the ", " before the source."""
    sent = doc.sentence_at(source.start)
    if sent is None:
        return None
    return trim_start(doc, sent.start, source.start), source.start - 2


def interrupted_lead(
    doc: Document, lemma: str, source: Span | None, cue: Span, content: Span
) -> int | None:
    """Where a reported clause starts when a short adverbial opens its sentence before
    an interrupting source and cue: "[Recently], he said, [he has realized ...]", "[Within
    marriages], they said, [women now have ...]", "[Instead], she said, [her boss ...]".
    The adverbial is the clause's own, set off by the interruption's commas. None when
    the words after the cue are a quotation (the lead then is mostly the writer's:
    "Still, she added, “we also ...”"), or the lead is a connective of
    data/connective_leads.txt ("Still, he said, officials ...") or a conjunction
    (:data:`LEAD_CONJUNCTIONS`), longer than :data:`MAX_INTERRUPTED_LEAD` words, or not
    the sentence's first words; nor for "add", whose lead ties the words added to the
    statement before them ("After all, she added, ...")."""
    text = doc.text
    if (
        source is None
        or lemma == "add"
        or not text.startswith(",", cue.end)
        or trim_start(doc, cue.end, content.start) != content.start
        or QUOTE_MARK.match(text, content.start) is not None
        or not text.endswith(", ", 0, source.start)
        or text.find(",", source.end, cue.start) >= 0  # "the forces, supported, trained"
    ):
        return None
    lead = _lead_before_source(doc, source)
    if lead is None:
        return None
    start, lead_end = lead
    if lead_end - start > MAX_INTERRUPTED_LEAD_CHARS:
        return None  # (read no further into a long sentence)
    words = [w.casefold() for w in WORD.findall(text, start, lead_end)]
    if (
        len(words) > MAX_INTERRUPTED_LEAD
        or not text[start : start + 1].isupper()
        or NOT_IN_LEAD.search(text, start, lead_end) is not None
    ):
        return None
    if words and words[0] in LEAD_CONJUNCTIONS:
        words = words[1:]  # "And so", "But ultimately": the words after it tell
    if not words or " ".join(words) in load_set("connective_leads"):
        return None
    return start


# A condition that opens a sentence: "If Trump does not become the nominee, ".
CONDITION_OPENER = re.compile(r"If\s")
# Most characters of such a condition before the source that follows its comma.
MAX_CONDITION_CHARS = 160


def condition_lead(
    doc: Document, kind: str, source: Span | None, cue: Span, content: Span
) -> int | None:
    """Where a reported clause starts when an "If" clause opens its sentence before the
    source and a verb of speech: "[If Trump doesn't become the nominee], he said [he
    would settle for one of his rivals]", "[If the law has never had its day in court],
    Giuliani said, [there's a simple explanation]". The condition is the statement's
    own, and PolNeAR takes it into the content. None when the cue is not right after its
    source (an auxiliary between: "If he wins, Trump has indicated ...", "neither side
    would say"), when the content is not after the cue, or when the condition holds a
    comma, a quotation or more than :data:`MAX_CONDITION_CHARS` characters, or is a
    fixed phrase of data/sentence_adverb_ifs.txt ("If anything, experts say ...")."""
    text = doc.text
    if (
        source is None
        or kind != "speech"
        or content.start < cue.end
        or not text.endswith(", ", 0, source.start)
        or not text[source.end : cue.start].isspace()
    ):
        return None
    lead = _lead_before_source(doc, source)
    if lead is None:
        return None
    start, lead_end = lead
    if (
        lead_end - start > MAX_CONDITION_CHARS
        or CONDITION_OPENER.match(text, start, lead_end) is None
        or NOT_IN_LEAD.search(text, start, lead_end) is not None
        or text[start:lead_end].casefold() in load_set("sentence_adverb_ifs")
    ):
        return None
    return start


# Lemmas of asking, whose object is the one asked, not what was asked.
ASKING_LEMMAS = frozenset({"ask", "question"})
# The one asked, a few words up to the word that opens the question: "asked [the U.S.
# attorney in D.C.] whether ...", "asked [Trump] if ...". No word of it opens a question
# or a phrase of its own ("asked Mrs. Clinton [about] women who ...", "asked him [to]
# condemn violence no matter who ...", "questioned the methods [by] which ...", "asking
# employees brain-teaser [questions]").
ASKED_OBJECT = re.compile(
    r"""
    \s*(?:(?!(?i:whether|if|how|what|why|when|where|who|whom|which|that|to|about|for|with
    |over|of|on|by|at|from|into|no|and|or|but|as|because|after|before|questions?)\s)
    [^\s,;:!?“”"]+\s){1,6}?
    (?=(?:whether|if|how|what|why|when|where|who|whom|which)\s)
    """,
    re.VERBOSE,
)


# Possessives before an opinion of data/expressed_opinion_nouns.txt: "offered [his]
# thoughts on".
POSSESSIVES = alternation(POSSESSIVE_DETERMINERS, boundary=False)


@cache
def _expressed_stance() -> re.Pattern[str]:
    """A stance noun of ``data/expressed_stance_nouns.txt`` and its preposition right
    after a cue of ``data/expressing_cues.txt``, bare or after one word that grades it
    (``data/expressed_stance_modifiers.txt``): "expressed [concern about] the cost",
    "voiced [support for] Trump", "expressed [an interest in] debating Trump", "showed
    [no sign of] backing down". "in" before a determiner is the occasion ("expressed
    frustration in an interview that ..."), and "over" before a period the time ("cautious
    optimism over the weekend"), not what the stance is about. An opinion of
    ``data/expressed_opinion_nouns.txt`` goes with the cue after a possessive too:
    "offered [his thoughts on] military readiness", "expressed [his own condolences for]
    the attack"."""
    nouns = alternation(load_set("expressed_stance_nouns"))
    opinions = alternation(load_set("expressed_opinion_nouns"))
    modifiers = alternation(load_set("expressed_stance_modifiers"))
    periods = alternation(load_set("period_words") | load_set("time_nouns"))
    prepositions = rf"""for|to|about|with|at|of|behind
          |over(?!\s(?:the\s|this\s|that\s|last\s|next\s)?{periods})
          |in(?!\s(?:an?|the|his|her|their)\s)"""
    return re.compile(
        rf"""\s*(?:(?:{modifiers}\s)?{nouns}\s(?:{prepositions})
          |(?:{POSSESSIVES}\s(?:own\s)?|{modifiers}\s)?{opinions}\s
           (?:{prepositions}|on(?!\s[A-Z][a-z]+day\b)))\s""",
        re.VERBOSE,
    )


# A cue of saying or reporting after a comma, and its source after it, a name: ",
# reported [the Washington Examiner]", ", said [Geert Wilders]". A content before it ends
# at the comma (CLAUSE_CUT, frames.INVERTED_SOURCE_CLOSING).
CLOSING_REPORT_NAME = r"(?:said|says|reported|reports)\s(?:the\s)?[A-Z]"
# Where a content stops inside its sentence: a participial or concessive clause
# (", mocking his ..." / ", even though ..." / ", while ...").
_CLAUSE_CUT_MARKS = (
    r""",\s(?:
        (?:(?:even|also|then)\s)?(?!including\b|according\b)[a-z]{2,}ing\b  # , mocking his /
                                                     # , even suggesting
      | even\sthough\b|while\b|despite\b|although\b
      | which\b                                      # , which was passed in 2010
      | (?:\w+\s)?(?:said|says|told|added)\b       # ..., said he voted (a relative clause ended)
      | """
    + CLOSING_REPORT_NAME
    + r"""  # ..., reported the Washington Examiner: a
                                                     # news report closing the sentence
      | but\b(?!\s(?:(?:also\s)?that|not|rather|only|never)\b)  # , but ... (", but that"
                                                     # and ", but not X" go on)
      | after\b                                      # , after ...
      | according\sto\b                              # , according to X: the content of X
      | when\b|because\b                              # , when ... / , because ...
    )
    | ;\s                                          # a second clause: "...; Wealth-X tallies 585"
    """
)
_CLAUSE_CUT_DASH = r"""
    | \s(?P<dash>-{1,2}|[—–])\s(?:
        (?P<concession>though|although|even\sthough|but|because|despite)\b
        # a concession set off by a dash: "... was now bouncing back - though economists
        # ..." (not one inside dashes: "had begun - but never finished - the process")
      | (?!including\b|according\b|during\b|[a-z]*thing\b)[a-z]{2,}ing\b
        # a participle set off by a dash other than a hyphen: "-- assuming that ..." (not
        # "— something")
    )
    """
CLAUSE_CUT = re.compile(_CLAUSE_CUT_MARKS + _CLAUSE_CUT_DASH, re.VERBOSE)
# The same without its dash branch, for a content that holds no dash: the dash branch
# opens on any space, the others on a comma or a semicolon, which the engine skips to.
CLAUSE_CUT_UNDASHED = re.compile(_CLAUSE_CUT_MARKS, re.VERBOSE)
# A place of a city and its state or country between a cue (and its listener, a day or
# an occasion) and "that": " in Madison, Wisconsin, ", " Sunday in Madison, Wisconsin, ",
# " reporters in Des Moines, Iowa, ".
PLACE_BEFORE_THAT = re.compile(
    r"\s(?:[A-Za-z]+\s){0,3}?(?:in|at)\s[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2},\s[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?,\s"
)
# A phrase set off by commas between a cue and its "that": ", apparently for the first
# time, ", ", in an interview, ".
SET_OFF_BEFORE_THAT = re.compile(r",\s[^,;:“”\"]{1,60},\s(?=that\s)")
# Adverbs of time that may stand between a cue and its content's subject.
TIME_ADVERBS = frozenset({"earlier", "later", "again", "then", "already"})  # not "once" (a clause)


@cache
def _adverb_lead() -> re.Pattern[str]:
    """An adverb in -ly or of time (data/cue_adverbs.txt, :data:`TIME_ADVERBS`) between a
    cue and the subject of its content:
    "said [earlier] it was likely", "said [again] the plan would fail"."""
    words = {w for w in load_set("cue_adverbs") if w.endswith("ly") or w in TIME_ADVERBS}
    adverbs = alternation(words, boundary=False)
    return re.compile(
        rf"(?:{adverbs}),?\s(?=(?:it|he|she|they|we|I|the|there|its|his|her|their)\s)"
        # (not "later this year", "earlier that day": a time phrase)
    )


# Pronouns that may be the whole object of an object cue: "endorsed [him]".
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})
# A pronoun object and a word after it that opens an adjunct, so that the pronoun is
# the whole object ("her" then is no determiner: "endorsed [her] early", "oppose [him]
# on Capitol Hill"); not "for", "as", "by" or "despite", whose phrase PolNeAR keeps
# with the object ("criticized [him for saying ...]", "denouncing [him as a
# psychopath]").
PRONOUN_THEN_ADJUNCT = re.compile(
    r"(?P<pronoun>him|her|them|it)\s"
    r"(?=(?:in|on|at|during|early|up|or|to|before|after|since|until|was|is|were|are)\b)"
)
# A dash of CLAUSE_CUT's dash branch.
DASH = re.compile(r"[-—–]")
# A clause of time where the object of an object cue would stand: "the crowd booed
# [when he told them ...]". ("until" or "after" may open a gold content: "resolved not
# to endorse [until the Democrats had a presumptive nominee]".)
CLAUSE_FOR_OBJECT = re.compile(r"(?:when|whenever|while)[ ]")
# A clause of time or manner with its subject pronoun and nothing after it, which is no
# content ("as I do, why ...", "as he introduced his wife, “...”" and "as he has done
# since November -- that he was not going to resign" go on to one).
AS_CLAUSE = re.compile(r"as\s(?:he|she|they|it|we|I)\s[^,;:“”\"—–-]*")
# A clause of the source's own after its statement: "... as he faces a test". Looked for
# only where " as " stands (str.find), so that CLAUSE_CUT keeps its comma prefix. Not "as
# they": that is mostly the people of the content ("saw the truck running into people [as
# they left the show]", "as long as they like"); the PolNeAR-train gold keeps it 12 times
# to 1.
OWN_CLAUSE = re.compile(
    r"[ ]as[ ](?:(?:he|she)[ ](?!said|says|put\sit)"
    r"|(?:[A-Z][\w.’'-]*[ ]){1,3}(?!said\b|says\b|put\b)[a-z]{3,}ed\b)"  # as Pyongyang fired
)


@cache
def _after_clause_pattern() -> re.Pattern[str]:
    """An "after" clause with a subject and a verb in the past of its own, after the
    content: "offering [an apology to Sanders] after leaked emails showed ..."."""
    pasts = alternation(load_set("irregular_pasts"), boundary=False)
    return re.compile(
        rf"""[ ]after[ ]
        (?:he|she|they|it|we|I
          | (?:the|an?|his|her|their|its)[ ](?:[\w’'-]+[ ]){{1,5}}?
          | (?:[A-Z][\w.’'-]*[ ]){{1,4}}?
          | (?:(?!(?:after|the|an?|his|her|their|its|this|that)\b)[a-z][\w’'-]*[ ]){{1,3}}?)
        (?:[a-z]{{3,}}ed|{pasts}|had|was|were|reports|delivered)\b""",
        re.VERBOSE,
    )


# A "when" clause with a subject pronoun and its verb: "described [Mr. Obama as a
# climate evangelist] when he ran for the White House".
WHEN_CLAUSE = re.compile(r"[ ]when[ ](?:he|she|they|it|we|I)[ ][a-z’']+\b")


def _after_clause(text: str, start: int, end: int) -> int | None:
    """Where an "after" clause of :func:`_after_clause_pattern` or a "when" clause of
    :data:`WHEN_CLAUSE` starts between ``start`` and ``end``, if one does."""
    found = None
    at = text.find(" after ", start, end)
    while at >= 0:
        if _after_clause_pattern().match(text, at, end) is not None:
            span = SPAN_BEFORE_AFTER.search(text, max(start, at - 40), at)
            found = end = span.start() if span is not None and span.start() > start else at
            break
        at = text.find(" after ", at + 1, end)
    when = text.find(" when ", start, end)
    while when >= 0:
        if WHEN_CLAUSE.match(text, when, end) is not None and not _asks_when(text, start, when):
            return when
        when = text.find(" when ", when + 1, end)
    return found


# The word before "when" that makes it a question or a set phrase, no clause of time:
# "to say [when] they would", "where and when", "know when".
WORD_BEFORE_WHEN = re.compile(r"(?<![\w'’-])[a-z]+\Z")


def _asks_when(text: str, start: int, when: int) -> bool:
    """Whether the "when" at ``when`` asks a question ("declined to say when they would
    give approval") or opens "when it comes to", rather than tell a time."""
    if text.startswith(" when it com", when) or text.startswith(" when it cam", when):
        return True  # "a broader difference when it comes to ..."
    word = WORD_BEFORE_WHEN.search(text, max(start, when - 20), when)
    return word is not None and (
        word.group() in cue_lexicon().forms or word.group() in {"and", "or", "know", "where"}
    )


# A span of time before "after", which goes with it: "[a chart of ... statistics], just
# a day after supporters assaulted ...", "less than a half-hour after polls closed".
SPAN_BEFORE_AFTER = re.compile(
    r",?\s(?:(?:just|only|less\sthan|more\sthan|about|nearly|some)\s)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\sfew|several|\d+)\s"
    r"(?:half-hour|hours?|minutes?|days?|weeks?|months?|years?)\Z"
    r"|,?\s(?:-{1,2}\s|[—–]\s)?(?:particularly|especially|shortly|soon|right|long|just|only"
    r"|even|immediately)\Z"  # ", particularly after Mrs. Clinton followed him"
)


# The first "as" of a comparison and up to four words after it, right before a second
# "as": "[as much] as he can", "[as violent and angry] as he suggested", "[nearly as
# much money] as he has promised".
EQUATIVE_AS = re.compile(r"(?<![\w'’-])as(?:\s(?!as\b)[\w'’-]+){1,4}\Z")
# How far before the second "as" the first may stand.
EQUATIVE_REACH = 48


def _closes_comparison(text: str, start: int, at: int) -> bool:
    """Whether the " as " at ``at`` is the second "as" of a comparison opened after
    ``start`` (:data:`EQUATIVE_AS`), and that first "as" no second one itself ("he is
    [as excited as ever] as he faces a test": the clause after it is the source's)."""
    first = EQUATIVE_AS.search(text, max(start, at - EQUATIVE_REACH), at)
    return first is not None and (
        first.start() <= start
        or EQUATIVE_AS.search(text, max(start, first.start() - EQUATIVE_REACH), first.start() - 1)
        is None
    )


def _own_clause(text: str, start: int, end: int) -> int | None:
    """Where an "as he ..." clause starts between ``start`` and ``end``, if one does; not
    at the second "as" of a comparison ("the cuts would not yield [nearly as much money
    as he has promised]", "to learn [as much as he can]"). An adverb of
    data/as_clause_adverbs.txt before the "as" opens the clause with it (:func:`_before_as_adverb`)."""
    at = text.find(" as ", start, end)
    while at >= 0:
        if OWN_CLAUSE.match(text, at, end + 12) and not _closes_comparison(text, start, at):
            return _before_as_adverb(text, start, at)
        at = text.find(" as ", at + 1, end)
    return None


# The word right before the space that precedes an "as", with its comma if any.
WORD_BEFORE_AS = re.compile(r"(?:,)?\s(?P<word>[a-z]+)\Z")


def _before_as_adverb(text: str, start: int, at: int) -> int:
    """``at``, the space before the "as" of a clause that ends a content, moved back over
    an adverb of ``data/as_clause_adverbs.txt`` and its comma: "said [he will support the
    nominee], even as he has taken shots", "respond to [it], just as she has had to
    adapt". The adverb goes with the clause; looks at most 12 characters back."""
    word = WORD_BEFORE_AS.search(text, max(start, at - 12), at)
    if word is None or word.group("word") not in load_set("as_clause_adverbs"):
        return at
    return word.start() if word.start() > start else at


# An apposition that closes a sentence and comments on the statement: "said [the person
# would “not get beat up” at his rally], a swipe at ...", or names what it ends with:
# "railed against [the Trans-Pacific Partnership], the 12-country trade deal" (after
# "the", only with no verb: ", the race was close" is a clause).
TRAILING_APPOSITION = re.compile(r',\s(?P<article>a|an|the)\s[^,;“”"—–]*$')
# The same set off by a dash: "said [he was encouraged by the plan] — a modest boost".
# A pattern of its own, run only where a dash stands: one that opens on a comma lets the
# engine skip from comma to comma at C speed.
TRAILING_DASH_APPOSITION = re.compile(r'\s(?:[—–]|--)\s(?P<article>a|an|the)\s[^,;“”"—–]*$')


def _trailing_apposition(text: str, start: int, end: int) -> re.Match[str] | None:
    """:data:`TRAILING_APPOSITION`, else :data:`TRAILING_DASH_APPOSITION` where a dash
    stands between ``start`` and ``end`` (at most one of them can match: each tail holds
    no comma and no dash)."""
    tail = TRAILING_APPOSITION.search(text, start, end)
    if tail is None and (
        text.find("—", start, end) >= 0
        or text.find("–", start, end) >= 0
        or text.find("--", start, end) >= 0
    ):
        tail = TRAILING_DASH_APPOSITION.search(text, start, end)
    return tail


# Most words of the subject that "a/an" opens after a content's closing comma before the
# auxiliary that makes it a clause: "[a recount of Monday's vote] could not be done".
MAX_INDEFINITE_SUBJECT_WORDS = 5
# The auxiliaries of :data:`FINITE_VERB` that agree with the singular subject "a/an"
# opens; a plural one has a subject of its own, a relative clause of the apposition: "--
# a measure industrial nations [have] taken jointly".
SINGULAR_AUXILIARY = re.compile(r"is|was|has|had|will|would|can|could|did|does")
# Fewest words after that auxiliary: ", a new poll has found" ends with its verb and
# reports what came before it.
MIN_WORDS_AFTER_AUXILIARY = 2


@cache
def _contact_clause_openers() -> frozenset[str]:
    """Words that open a second noun phrase or a relative clause after the noun that
    "a/an" opens: an apposition's own clause ("a step [they] believe could help", "a
    position [the] nominee has modified", "a job [no] woman has held", "an approach
    [several] candidates have embraced", "a group [that] has turned out", "a practice
    [where] stock is held")."""
    return (
        load_set("noun_determiners")
        | load_set("plural_noun_determiners")
        | PRONOUNS
        | load_set("inner_clause_openers")
    )


def _indefinite_subject_clause(text: str, at: int, end: int) -> bool:
    """Whether the words after a closing ", a/an" (``at`` is the end of the article) are
    the subject of a clause that goes on, no apposition: a few words, lower-case after the
    first but for a name after "of", with no word of :func:`_contact_clause_openers`, then
    an auxiliary and at least two more words ("for the first time in history, [a Latino
    is named a vice-presidential candidate]", "even if they thought it was appropriate,
    [a recount of Monday's vote could not be done]"; not ", a step they believe could
    help ...")."""
    words = list(islice(WORD.finditer(text, at, end), MAX_INDEFINITE_SUBJECT_WORDS + 1))
    openers = _contact_clause_openers()
    for i, word in enumerate(words):
        form = word.group()
        if i > 0 and FINITE_VERB.fullmatch(form):
            return SINGULAR_AUXILIARY.fullmatch(form) is not None and at_least(
                text, word.end(), end, MIN_WORDS_AFTER_AUXILIARY
            )
        if form.casefold() in openers:
            return False
        if i > 0 and form[0].isupper() and words[i - 1].group() != "of":
            return False
    return False


# A word that shows a clause has begun: a verb in -ed, a modal or a subject pronoun
# ("he and Trump differ", "she should face").
CLAUSE_WORD = re.compile(r"\b(?:[a-z]{2,}ed|should|shall|may|might|must|he|she|they|we|it|I|you)\b")
# Most words of a subject that a reported clause may open with before a comma.
MAX_SUBJECT_WORDS = 8


def _subject_only(text: str, start: int, end: int) -> bool:
    """Whether the words of a content before a comma read as no clause yet, only the
    subject of one: a few words, no finite verb and no word of :data:`CLAUSE_WORD` ("said
    [the Council], the Treasury and other agencies held a meeting")."""
    return (
        len(WORD.findall(text, start, end)) <= MAX_SUBJECT_WORDS
        and FINITE_VERB.search(text, start, end) is None
        and CLAUSE_WORD.search(text, start, end) is None
    )


# Spelt as one alternation of literals (not "[“”\"]|''"): a pattern whose branches all
# open on a literal lets the engine skip to the next candidate mark at C speed.
QUOTE_MARK = re.compile(r"“|”|\"|''")
# A content that is a quotation closed by a comma, then a clause of the sentence's own:
# "says “Don't you do it,” until gunshots are heard".
QUOTED_THEN_CLAUSE = re.compile(
    r"""(?P<quote>(?:“[^“”]{1,400},”|"[^"]{1,400},"))[ ]
    (?=(?:until|as|before|after|when|while|because|since|then|and|but)\b)""",
    re.VERBOSE,
)
# The first half of "not only ..., but ...": the "but" goes on with the content.
NOT_ONLY = re.compile(r"\bnot\s(?:only|just|merely)\b")
# A sentence that opens with a subordinate clause: "After she endorsed Clinton, ...".
# Conjunctions that open a subordinate clause.
SUBORDINATORS = (
    "after", "since", "when", "while", "although", "though", "because", "if", "as",
    "before", "until", "once",
)  # fmt: skip
SUBORDINATE_OPENER = re.compile(
    r"[\s“\"]*(?:" + "|".join(w.capitalize() for w in SUBORDINATORS) + r"|Even\sas)\b"
)
# The same after a conjunction, an adverb or a span of time, and with "whenever" or
# "wherever": "But if Carson implied ..., he did not ...", "And while he said ...",
# "Just when we thought ...", "A few weeks after Obama announced ..." ({leads}:
# data/subordinate_leads.txt). "as" is left out: "Just as she said she would, ..." ends
# at its comma, but "But as Trump said, ..." reports the main clause.
LED_SUBORDINATE_TEMPLATE = r"""[\s“"]*
    (?:(?:and|but|yet|so|or),?\s)?
    (?:(?:a\s(?:few\s)?|one\s|two\s|three\s|several\s|\d{{1,3}}\s)?{leads}\s)?
    (?:{subordinators})\b"""


@cache
def _led_subordinate() -> re.Pattern[str]:
    """:data:`LED_SUBORDINATE_TEMPLATE` filled in, case-insensitive (the first word is
    capitalised, whichever it is)."""
    subordinators = [w for w in SUBORDINATORS if w != "as"] + ["whenever", "wherever", "now that"]
    return re.compile(
        LED_SUBORDINATE_TEMPLATE.format(
            leads=alternation(load_set("subordinate_leads"), boundary=False),
            subordinators=alternation(subordinators, boundary=False),
        ),
        re.VERBOSE | re.IGNORECASE,
    )


# A preposition or a conjunction of concession or condition that opens a sentence with a
# phrase of its own before the main clause: "Despite Trump's claims that ..., all of the
# firms put him lower", "Even if ..., ...", "Unlike ..., ...".
CONCESSIVE_OPENER = re.compile(
    r"[\s“\"]*(?:Despite|In\sspite\sof|Even\sthough|Even\sif|Unless|Whereas|Unlike)\b"
)
# A listener's name after "told": "Reuters", "The Associated Press", "NBC's Meet the Press".
LISTENER_NAME = re.compile(r"[A-Z][\w.'’&-]*(?:[ ](?:[A-Z][\w.'’&-]*|(?:of|the)(?=[ ][A-Z])))*")
# A second listener joined by "and" to a named one, before the infinitive the listeners
# are told to do: "urged Americans[ and their leaders to] ''avoid condemning ...''".
LISTENERS_AND_TO = re.compile(r" and(?: [\w’'-]+){1,3} to ")
# A prepositional phrase between a cue and its "that": "wrote in a memo to staff last
# month that ...", "said on Monday night in a statement that ...".
# "agrees with Viguerie that ...": the one agreed with, then the content.
WITH_BEFORE_THAT = re.compile(r"\s*with\s")
# The one spoken to, after "to", between a cue and its "that": "complained [to CBS News'
# Charlie Rose] that ...", "admitted [to the newspaper] that ..." (a name, a determiner or
# a pronoun after "to": not an infinitive, "wanted to show that"; no second "to": "agreed
# to a censure to settle charges that ...").
TO_LISTENER_BEFORE_THAT = re.compile(
    r"\s*to\s(?:(?:the|a|an|his|her|their|its|our|him|them|us|me)\s|[A-Z])"
    r"(?:(?!to\s)[\w’'.&-]+\s){0,6}$"
)
# A verb right after "that": a relative clause on the noun before it, no content ("agreed
# to a settlement that provided for ...", "pleaded guilty to a scheme that netted him").
VERB_AFTER_THAT = re.compile(
    r"\s(?:[a-z]{2,}ed|would|will|is|are|was|were|has|have|had|could|can|should|may|might"
    r"|must)\b"
)
# A pronoun and its verb: the words before a "that" open the content's own clause
# ("said on Monday [it would] name companies that refuse").
PRONOUN_CLAUSE = re.compile(
    r"\b(?:it|he|she|they|we|I|you)\s(?:would|will|was|were|is|are|had|has|have|could|can"
    r"|did|does|should|may|might|must)\b"
)
PP_BEFORE_THAT = re.compile(
    r"\s*(?:in|on|at|during|via|through|from|since|after|before|throughout|by)\s(?:[\w’'%-]+\s){1,6}$"
)
# A finite verb that makes words after "according to X," a clause, not an apposition:
# "According to The Guardian, an email [was] sent ..."; also what makes words after a
# cue a clause, not its source ("..., said [the deal was close]").
FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does)\b")
# The most characters of a source and a cue that close a sentence (", the National
# Highway Traffic Safety Administration (NHTSA) said on Wednesday"), and of its source.
MAX_CLOSING = 200
MAX_CLOSING_SOURCE_WORDS = 12


def clause_comma_before(text: str, start: int, end: int) -> int:
    """The last comma in ``text[start:end]`` that parts clauses, -1 if none: not one
    inside a figure ("was estimated at 800[,]000 dlrs in the blast")."""
    comma = text.rfind(",", start, end)
    while comma > start and text[comma - 1].isdigit() and text[comma + 1 : comma + 2].isdigit():
        comma = text.rfind(",", start, comma)  # (each step moves left: bounded by the span)
    return comma


def closing_attribution(text: str, start: int, end: int) -> int | None:
    """The comma before a source and a cue that end ``text[start:end]``, if they do."""
    comma = text.rfind(",", max(start, end - MAX_CLOSING), end)
    if comma <= start or not _closing_source_start().match(text, comma):
        return None  # no comma, or ", who has not been charged": a relative clause
    if QUOTE_MARK.search(text, comma, end):
        return None
    cues = deque(_closing_cue().finditer(text, comma, end), maxlen=1)  # the last one
    if not cues:
        return None
    cue = cues[0]
    words = len(WORD.findall(text, comma, cue.start()))
    if not 1 <= words <= MAX_CLOSING_SOURCE_WORDS or not CLAUSE_TAIL.fullmatch(
        text, _after_listener(text, cue, end), end
    ):
        return None
    return comma


def _after_listener(text: str, cue: re.Match[str], end: int) -> int:
    """Where the tail after a closing cue starts: after its listener for a cue of
    telling (", the company's vice president told [Reuters]"), else right after it."""
    if cue_lexicon().forms[cue.group().casefold()][0] not in LISTENER_LEMMAS:
        return cue.end()
    listener = listener_after().match(text, cue.end(), end)
    return cue.end() if listener is None else listener.end()


@cache
def _closing_cue() -> re.Pattern[str]:
    """The lower-case forms of :data:`CLOSING_LEMMAS` ("said", "told", "added" ...)."""
    forms = [f for f, (lemma, _) in cue_lexicon().forms.items() if lemma in CLOSING_LEMMAS]
    return re.compile(rf"\b{alternation(forms, boundary=False)}\b")


# What a source that closes a sentence starts with: a name, a determiner or a number,
# a plural of people that needs none, after two modifiers at most (", officials said",
# ", trade ministry officials said", ", one source said"; {people}:
# data/source_openers.txt and data/group_nouns.txt), or what owns an outlet or an office
# (", state media reported", ", state news agency IRNA reported").
CLOSING_SOURCE_START_TEMPLATE = r""",\s(?:[A-Z]
      |(?:the|a|an|one|two|three|four|several|some|many)\s
      |(?:[a-z-]{{2,20}}\s){{0,2}}(?:{people}|sources|people|police)\s
      |(?:state|local|official|government)\s)"""


@cache
def _closing_source_start() -> re.Pattern[str]:
    """:data:`CLOSING_SOURCE_START_TEMPLATE` with the plurals of people filled in."""
    people = people_nouns() | load_set("group_nouns")
    return re.compile(
        CLOSING_SOURCE_START_TEMPLATE.format(people=alternation(people, boundary=False)),
        re.VERBOSE,
    )


# A listener right after a cue: " The New York Times" / " the BBC" / " reporters" / " her",
# a name with the lower-case noun of its outlet after it: " Xinhua news agency", " the
# official IRNA news agency", " the BBC's Today programme", or that noun alone: " the local
# newspaper", " state television" (data/media_words.txt, data/broadcast_nouns.txt,
# data/outlet_modifiers.txt).
# A plural listener may come after one or two words that describe it: " financial
# analysts", " a meeting of security analysts" is no listener of this kind. A listener
# noun after an article may come after a name that describes it: " a Senate panel", " a
# Georgetown University conference" (tried first, so that " the Senate" alone does not
# end it).
LISTENER_AFTER_TEMPLATE = (
    r"\s(?:(?:a|an|the)\s(?:[A-Z][\w.'’&-]*\s){{1,3}}(?:{groups})\b"
    r"|(?:the\s(?:{modifiers}\s(?=[A-Z]))?)?(?:[A-Z][\w.'’&-]*(?:\s(?:[A-Z][\w.'’&-]*|of(?=\s[A-Z])))*"
    r"(?:\s{outlets}\b)?|(?:the\s)?(?:{modifiers}\s)?{outlets}\b|{listeners}"
    r"|(?:[a-z]+\s){{1,2}}{plurals}))"
)


@cache
def listener_after() -> re.Pattern[str]:
    """:data:`LISTENER_AFTER_TEMPLATE` with the listeners of data/tell_objects.txt ("her",
    "reporters", "the crowd"), the outlet and programme nouns of data/media_words.txt and
    data/broadcast_nouns.txt and the outlet modifiers of data/outlet_modifiers.txt filled
    in."""
    told = load_set("tell_objects")
    # a wire story breaks its lines anywhere: "told a news\nconference"
    listeners = alternation(told).replace(r"\ ", r"\s")
    # the listeners that are one plural noun ("analysts", "reporters"), after which a
    # describing word may stand
    plurals = alternation(w for w in told if " " not in w and len(w) > 3 and w.endswith("s"))
    outlets = alternation(load_set("media_words") | load_set("broadcast_nouns"), boundary=False)
    modifiers = alternation(load_set("outlet_modifiers"))
    # the nouns of the listeners after an article ("the panel", "a crowd"), which a name
    # may describe: "told [a Senate panel]", "told [the House Armed Services committee]"
    groups = alternation(
        {w.split()[-1] for w in told if w.split()[0] in ("the", "a", "an") and " " in w}
    )
    return re.compile(
        LISTENER_AFTER_TEMPLATE.format(
            listeners=listeners,
            outlets=outlets,
            modifiers=modifiers,
            plurals=plurals,
            groups=groups,
        )
    )


# The reporting verbs that close a wire sentence after its source: ", the agency said".
CLOSING_LEMMAS = SAY_LEMMAS | {"add", "report", "write", "announce", "note", "learn"}
# A clause that opens with a name and a cue: "[Cruz said] ...", "[Mr. Smith told] ...".
SUBJECT_AND_CUE = re.compile(r"(?:[A-Z][\w.'’-]*\s){1,3}(?P<cue>[a-z]+)\b")
# "that" opening the content a few words after the cue: "said on Monday that ...".
THAT = re.compile(r"(?<!\w)that(?!\w)")


def find_that(text: str, start: int, end: int) -> re.Match[str] | None:
    """``THAT.search(text, start, end)``, begun at the first "that" (str.find): the
    pattern opens on a look-behind, which the engine would try at every position."""
    at = text.find("that", start, end)
    return THAT.search(text, at, end) if at >= 0 else None


# Words that open no content right after a cue: the verb had no object and a second
# predicate, a second clause or a place follows ("yelled and held up a banner", "as
# promised, but analysts agreed ...", "reported from Washington").
NO_CONTENT_OPENER = re.compile(r"(?:and|or|from|but|yet)\b")


def at_least(text: str, start: int, end: int, count: int) -> bool:
    """``text[start:end]`` holds ``count`` words or more; reads no further than the last."""
    for _ in range(count):
        word = WORD.search(text, start, end)
        if word is None:
            return False
        start = word.end()
    return True


END_PUNCT = " \t\n\u00a0.,;:!?—–-"
MAX_CONTENT = 1500


# A comma and a participle in "-ing" after it: ", citing", ", saying".
COMMA_PARTICIPLE = re.compile(r",\s(?P<form>[a-z]+ing)\b")


def _reporting_participle_after(text: str, at: int, end: int) -> bool:
    """Whether a comma and a participle that is a cue form follow ``at`` (", citing")."""
    m = COMMA_PARTICIPLE.match(text, at, end)
    return m is not None and m.group("form") in cue_lexicon().forms


def _participle_not_cue(cut: str) -> bool:
    """ ", standing beside ...": a participle that reports nothing continues the content."""
    return cut.rsplit(None, 1)[-1].casefold() not in cue_lexicon().forms


def _participle_after_object(text: str, cue: Cue, start: int, at: int) -> bool:
    """Whether a participle at ``at`` follows the object of a speech cue rather than a
    clause: "ruled against [Ohio's procedure], dealing a blow to ..." tells what the
    source's act did, while "said [the economy grew, beating forecasts]" goes on."""
    return (
        cue.kind == "speech"
        and cue.lemma not in SAY_LEMMAS
        and not text.startswith("that ", start)
        and FINITE_VERB.search(text, start, at) is None
    )


# A gerund that opens a content: "supported [eliminating caucuses, ...]".
GERUND_OPENING = re.compile(r"[a-z]{3,}ing\s")
# The last item of a list of gerunds, after the comma of the second: "limiting the
# number of delegates and [binding] delegates to the vote".
LAST_GERUND = re.compile(r"[^;:.!?“”\"]{1,160}?\s(?:and|or)\s[a-z]{3,}ing\b")


def _gerund_list(text: str, start: int, comma: int, end: int) -> bool:
    """Whether the participle set off by the comma at ``comma`` is an item of a list of
    gerunds that opens the content, or a colon of the content, closed by "and" or "or"
    and a gerund: "supported [eliminating caucuses, limiting the number of unpledged
    delegates and binding delegates to the popular vote]", "reiterated [many of his
    pledges: rebuilding the military, taking care of veterans and building a wall]"."""
    colon = text.rfind(LIST_COLON, start, comma)
    opens = start if colon < 0 else colon + len(LIST_COLON)
    return (
        GERUND_OPENING.match(text, opens, comma) is not None
        and LAST_GERUND.match(text, comma + 1, end) is not None
    )


# The verb of a clause after a parenthetical relative clause closes: "its unit, which
# received the contracts, [will] do the work" / "the truce, which took effect, [remains]".
RELATIVE_CLOSED = re.compile(
    r"[^,;:.!?“”\"]{1,120},\s(?:will|would|is|are|was|were|has|have|had|can|could|may|might"
    r"|should|must|does|did|be|(?:still\s|also\s)?[a-z]{3,}s|to\s[a-z]{2,})\b"
)  # (or an infinitive that goes on: "a task force, which would include the military, to
#  crack down on hackers")


# "and" or "or" and a lower-case word right after a participle set off by a comma: the
# participle is an item of a list of adjectives (", loving and admirable person").
PARTICIPLE_IN_LIST = re.compile(r"\s(?:and|or)\s[a-z]")


def _relative_inside(text: str, start: int, end: int) -> bool:
    """Whether the relative clause opening at ``start`` closes with a comma before the
    verb of its own clause: then it sits inside the content and cuts nothing."""
    return RELATIVE_CLOSED.match(text, start, end) is not None


def _finding(text: str, cue: Cue) -> bool:
    """Whether ``cue`` reports a finding in the active voice ("the poll found", "figures
    show"; not "was estimated", a passive inside someone's statement)."""
    return (
        cue.kind == "evidence"
        and PASSIVE_BE.search(text, max(0, cue.span.start - 20), cue.span.start) is None
    )


# Intentions and stances on a person or a measure that a statement may go on to after
# "but", with no subject or a pronoun of its own.
CONTRASTED_LEMMAS = frozenset(
    {"plan", "want", "seek", "hope", "support", "back", "endorse", "favor", "oppose"}
)


@cache
def _contrasted_stance() -> re.Pattern[str]:
    """After ", but": a pronoun at most, then a form of :data:`CONTRASTED_LEMMAS`: "said
    [she considered how that would play, but she wanted to be realistic]", "said [he was
    not certain the rule would apply, but planned to follow it]" (one statement of the
    source's, the stance its own words)."""
    forms = [f for f, (lemma, _) in cue_lexicon().forms.items() if lemma in CONTRASTED_LEMMAS]
    return re.compile(
        rf"\s(?:(?:he|she|they|it|we|I)\s)?(?:(?:also|still)\s)?"
        rf"{alternation(sorted(f for f in forms if ' ' not in f))}"
    )


def contrasted_stance_at(text: str, at: int, end: int) -> int | None:
    """Where the form of a stance or an intention ends that a statement goes on to after
    "but" at ``at`` (:func:`_contrasted_stance`), None if there is none."""
    m = _contrasted_stance().match(text, at, end)
    return m.end() if m is not None else None


# A modal in a "while" clause: a contrast the source states, no clause of the sentence's
# own: "found [that Clinton would beat Trump, while Sanders would beat him 52 to 38]".
WHILE_MODAL = re.compile(r"[^,;:.!?“”\"]{1,80}?\b(?:would|will|could|might|may|should)\b")


def _while_goes_on(text: str, start: int, end: int) -> bool:
    """Whether the content goes on after ", while" at ``start``: a contrast with a modal
    (:data:`WHILE_MODAL`), or a phrase closed by a comma before the verb of the content's
    clause ("says [the email scandal, while troublesome, was dealt with appropriately]")."""
    return WHILE_MODAL.match(text, start, end) is not None or _relative_inside(text, start, end)


# A colon that opens a list inside a content.
LIST_COLON = ": "


def _colon_list(text: str, start: int, semicolon: int) -> bool:
    """Whether the semicolon at ``semicolon`` parts the items of a list that a colon of the
    content opens before it: "promotes [a variety of ideas: alleged conspiracies in the
    Oklahoma City bombing; fluoride-in-the-water health scares; doubts about ...]". The
    list goes on to its last item; a semicolon with no colon before it ends the content
    ("...; Wealth-X tallies 585")."""
    return text.find(LIST_COLON, start, semicolon) >= 0


def trim_end(doc: Document, start: int, end: int) -> int:
    """``end`` moved left over closing punctuation, keeping the period of a dotted
    abbreviation ("the U.S.", "8 p.m.", "Acme Inc.")."""
    text = doc.text
    was = end
    while end > start and (
        text[end - 1] in END_PUNCT
        # a closing parenthesis whose opening one stands before the content: "(... would
        # win.)" closes an aside the content sits in
        or (text[end - 1] == ")" and text.find("(", start, end) < 0)
    ):
        end -= 1
    if end < was and text[end] == "." and _dotted_before(text, start, end):
        end += 1
    return end


# A dotted abbreviation before a period: "U.S", "p.m", "D.C".
DOTTED_END = re.compile(r"(?<![\w.])[A-Za-z](?:\.[A-Za-z]){1,3}\Z")
# A word before a period: "Inc", "Corp".
LAST_WORD = re.compile(r"(?<![\w.])([A-Z][a-z]{1,4})\Z")


def _dotted_before(text: str, start: int, end: int) -> bool:
    """Whether the words before ``end`` are a dotted abbreviation or a company suffix
    that keeps its period ("Inc.", "Co.")."""
    lo = max(start, end - 8)
    if text[end - 2 : end - 1] == "." and DOTTED_END.search(text, lo, end) is not None:
        return True  # (a dotted abbreviation has a period before its last letter: "U.S")
    word = LAST_WORD.search(text, lo, end)
    return word is not None and word.group(1) + "." in load_set("company_suffixes", casefold=False)


def trim_start(doc: Document, start: int, end: int) -> int:
    text = doc.text
    while start < end and text[start] in " \t\n\u00a0,:—–-":
        start += 1
    return start


# A listener of a few words, a place or time perhaps, then "that": "told a crowded
# banquet hall in downtown Baltimore that ...", "assured his audience on Monday that".
# A relative or question word before "that" opens a clause of its own ("told a woman
# who suggested that ...", "told him how surprised he is that ...").
LISTENER_THAT = re.compile(
    r"\s(?:(?!(?:who|whom|whose|which|how|what|why|whether|if|when)\b)[\w’'.-]+\s){1,12}?that\b"
    r"(?!\s(?:would|will|is|are|was|were|has|have|had|could|can|should|may|might|must)\b)"
)  # "warned North Korea to refrain from further actions that would ...": a relative


def _listener_that(text: str, start: int, end: int) -> int | None:
    m = LISTENER_THAT.match(text, start, min(end, start + 110))
    return m.end() - 4 if m is not None else None


@cache
def _time_and_adverb_words() -> frozenset[str]:
    """Words that may stand between a cue and its "that" ("said Monday that", "said
    again that"); any other word is the cue's object ("forecast revenue that failed")."""
    rows = load_table("date_words")
    words = {r["word"].casefold() for r in rows}
    words |= load_set("period_words") | {w.casefold() for w in (*TIME_OPENERS, *PERIOD_OPENERS)}
    return frozenset(words | load_set("cue_adverbs") | load_set("duration_words"))


@cache
def _that_nouns() -> frozenset[str]:
    """Nouns whose "that" opens their content: a feeling ("concern that") or a reporting
    noun ("its claim that")."""
    return load_set("stance_nouns") | load_set("noun_cues")


def _before_that_word(word: str) -> bool:
    folded = word.casefold()
    return folded in _time_and_adverb_words() or folded.endswith("ly")


# A one-word answer as a whole content: "60 percent said yes.", "he said so,", or the
# same answer before a time, an occasion or a contrast: "said so in December", "said no
# again", "said yes while 48 percent disagreed" ("said no one knows" is no answer); a
# question word that ends the sentence: "did not say when."
ANSWER = re.compile(
    r"\s*(?:yes|no|so|as\smuch)(?=[.,;:!?”\"]|\s*\Z|\s(?:in|on|at|during|after|before|last|this|when"
    r"|while|because|again|too|publicly|repeatedly|recently|today|yesterday"
    r"|[A-Z][a-z]{2,5}day)\b)"
    r"|\s*(?:when|why|how|where|whether)(?=[.;!?]|\s*\Z)"
)
# A demonstrative alone that ends the sentence: "by the time he said [that]."
DEMONSTRATIVES = frozenset({"that", "this"})


@cache
def _platform_only() -> re.Pattern[str]:
    """A platform of ``data/platforms.txt`` and then a participle, a comma or nothing:
    "[on] Twitter accusing ...", "[on] Instagram, saying ...", "[on] Facebook."."""
    platforms = alternation(load_list("platforms"), boundary=False)
    return re.compile(rf"(?:{platforms})(?:\s*[,;]|\s+[a-z]{{2,}}ing\b|\s*\Z)")


# A capitalised word, a number, a pronoun, an article or a possessive after the comma that
# closes an opening clause: the main clause's subject ("After Clinton testified, [Gowdy]
# ...", "..., [40 percent] ...", "..., [as many as 40 percent] ...", "..., [his] campaign
# has argued").
MAIN_SUBJECT_AFTER = re.compile(
    r",\s(?:[A-Z0-9]|(?:he|she|they|it|we|the|a|an|as|many|some|his|her|their|its|our|my)\b)"
)


# Phrases other than a conjunction that open a clause before the main one: "By the time
# the primaries concluded, ...", "Depending on which poll you believe, ...", "With a
# vote for Trump ruled out, ...".
OPENING_PHRASE = re.compile(r"[\s“\"]*(?:By\sthe\stime|Depending\s(?:on|upon)|With)\b")


def ends_opening_clause(text: str, sent: Span, cue: Span) -> bool:
    """Whether ``cue`` ends the clause that opens ``sent`` (a comma right after it, a main
    clause after that): "After Clinton testified, Gowdy ...", "When asked whom she
    supported, Ms. Sherry said ...". "As X reported, ..." reports what follows, so a
    clause opened by "As" never counts."""
    if not text.startswith(",", cue.end) or "," in text[sent.start : cue.start]:
        return False
    opener = SUBORDINATE_OPENER.match(text, sent.start, cue.start) or OPENING_PHRASE.match(
        text, sent.start, cue.start
    )
    return (
        opener is not None
        and opener.group().lstrip(' \t\n“"') != "As"
        and MAIN_SUBJECT_AFTER.match(text, cue.end) is not None
    )


def _listener_end(text: str, name: re.Match[str]) -> int:
    """Where a listener's name ends: before a "the" that follows an agency ("told Reuters
    [the House of Representatives ...]"), else at the match's end ("NBC's Meet the Press")."""
    the = text.find(" the ", name.start(), name.end())
    if the > 0 and canonical_agency(text[name.start() : the]) is not None:
        return the
    return name.end()


@cache
def _occasion_before_that() -> re.Pattern[str]:
    """An occasion of ``data/occasion_nouns.txt`` and up to six words after it before a
    cue's "that": "said [in an interview with Sky News on Sunday] that ..."."""
    return re.compile(rf"\s*{occasion_phrase('in|during|at')}\s(?:[\w’'-]+\s){{0,6}}$")


def _to_listener_before_that(cue: Cue, before_that: str, after_that: str) -> bool:
    """Whether the words between a cue and its "that" are the one spoken to, after "to"
    (:data:`TO_LISTENER_BEFORE_THAT`): "joked [to Federal Reserve Chair Janet Yellen]
    that ...". Not after a cue of answering, whose "to" names what is answered, nor
    before a noun whose "that" opens its own content ("to the claim that"), nor before a
    relative "that" (:data:`VERB_AFTER_THAT`)."""
    return (
        cue.lemma not in ANSWERING_LEMMAS
        and VERB_AFTER_THAT.match(after_that) is None
        and TO_LISTENER_BEFORE_THAT.match(before_that) is not None
        and PRONOUN_CLAUSE.search(before_that) is None
        and WORD.findall(before_that)[-1].casefold() not in _that_nouns()
    )


# A long phrase of occasion or place before a cue's "that", with the commas of a place or
# the quotation marks of a programme's name in it: "said [during a taping of a town hall
# meeting in Buffalo, New York,] that ...", "said [on ABC's "This Week"] that ...";
# after a cue of telling, the one told may open it: "telling [customers at a popular
# Manchester, New Hampshire, breakfast spot] that ...". No full stop, colon or
# semicolon: one sentence, one clause.
OCCASION_THEN_THAT = re.compile(
    r"(?P<gap>\s(?P<told>(?:[a-z]+\s){1,2})?(?:at|during|on|in)\s[^;:.!?]{1,110}?,?)\s(?P<that>that)\s"
)
# How far after its cue such a "that" may stand.
MAX_OCCASION_BEFORE_THAT = 140
# What the phrase before such a "that" may not hold, lest it be a clause or two: a
# pronoun ("said on Friday [he] met ..."), a conjunction ("[and] that the two ..."), a
# participle after a comma or a gerund after the preposition ("in Los Angeles[, recalling]
# a bill that failed", "said [in making] his announcement, noting that"), a dash, or a
# quotation opened after a comma ("said at a news conference, ''Given the gaps of trust
# that ...").
NOT_IN_OCCASION = re.compile(
    r"\b(?:he|she|they|it|we|I|you|and|or|but)\b|,\s[a-z]+ing\b"
    r"|\b(?:at|during|on|in)\s[a-z]+ing\b|\s[-–—]{1,2}\s|,\s?(?:''|[“\"])"
)


def _occasion_that(text: str, cue: Cue, start: int, end: int) -> int | None:
    """Where a cue's "that" stands after a long phrase of occasion or place
    (:data:`OCCASION_THEN_THAT`): only after a cue of saying or telling (the one told
    before the phrase only after one of telling), nothing of :data:`NOT_IN_OCCASION` nor
    an auxiliary in the phrase, and no verb after the "that", which would be a relative
    pronoun ("said at a rally that was held ...")."""
    if cue.lemma not in SAY_LEMMAS and cue.lemma not in LISTENER_LEMMAS:
        return None
    found = OCCASION_THEN_THAT.match(text, start, min(end, start + MAX_OCCASION_BEFORE_THAT))
    if found is None or (found.group("told") and cue.lemma not in LISTENER_LEMMAS):
        return None
    gap = found.group("gap")
    if gap.endswith(",") and gap.count(",") == 1:
        return None  # "The documents indicate, he said in a telephone interview, that ...":
        # a phrase set off before the "that" of an interrupted statement
    if (
        NOT_IN_OCCASION.search(gap)
        or FINITE_VERB.search(gap)
        or VERB_AFTER_THAT.match(text, found.end("that"))
    ):
        return None
    return found.start("that")


def _pp_before_that(before_that: str) -> bool:
    """Whether the words between a cue and its "that" are a phrase of place, time or
    occasion: "said on Monday night in a statement that", "said in an interview with
    Sky News on Sunday that"."""
    if PRONOUN_CLAUSE.search(before_that):
        return False  # "said on Monday it would name companies [that] refuse": a clause
    return (
        PP_BEFORE_THAT.match(before_that) is not None
        or _occasion_before_that().match(before_that) is not None
    )


# What opens a clause of means or a perfect participle before the main clause of a
# sentence, its cue right after: "By calling out [Clinton], Axelrod ...", "Having
# announced [that he would not ...], Judge Berman ..." (a cue in -ing after "by").
PARTICIPLE_OPENER = re.compile(
    r"[\s“\"]*(?:(?:and|but|yet|so),?\s)?(?P<word>by|having)\s(?:[a-z]+ly\s)?", re.IGNORECASE
)
# The first word of a phrase that may stand before a subordinate clause opening a
# sentence: "[In a September debate], while most of his rivals called for ...".
INTRO_WORD = re.compile(r"[\s“\"]*(?P<word>[A-Za-z]+)\b")
# What the second word of a phrase of three words or more is: a determiner, a number or
# a name ("In [a] September debate", "In [June] 2001"); "Earlier today a Morgan Guaranty
# official, while declining to ..." is the main clause's subject.
INTRO_SECOND = re.compile(r"(?:an?|the|his|her|their|its|this|that|last|[A-Z0-9].*)\Z")
MAX_INTRO = 60


def _in_opening_clause(text: str, start: int, cue: Span) -> bool:
    """Whether ``cue`` stands in a subordinate clause that opens the sentence at ``start``
    (after a phrase of place or time and its comma, perhaps): then its content ends at
    the clause's comma. "After she endorsed Clinton, ...", "In 2001, after HP asked
    [workers to take a pay cut], 80,000 employees volunteered"."""
    lo = start
    comma = text.find(",", start, min(cue.start, start + MAX_INTRO + 1))
    if comma >= 0:
        intro = INTRO_WORD.match(text, start, comma)
        if (
            intro is None
            or intro.group("word").casefold() not in load_set("clause_openers")
            or FINITE_VERB.search(text, start, comma) is not None
            or not _intro_phrase(WORD.findall(text, start, comma))
        ):
            return False  # "Trump, who ..., said", "He said, after ...": no phrase opens it
        lo = comma + 1
    opens = (
        SUBORDINATE_OPENER.match(text, lo, cue.start) is not None
        or CONCESSIVE_OPENER.match(text, lo, cue.start) is not None
        or _led_subordinate().match(text, lo, cue.start) is not None
        or _participle_opener(text, lo, cue)
    )
    # (the openers first: the search for a comma reads up to the cue)
    return opens and text.find(",", lo, cue.start) < 0


def _intro_phrase(words: list[str]) -> bool:
    """Whether ``words`` (before an opening clause's comma) read as an adverb or a phrase
    of place or time, not as a subject: :data:`INTRO_SECOND`."""
    return len(words) <= 2 or INTRO_SECOND.match(words[1]) is not None


# An opening quotation mark or bracket, or nothing, before a participle that opens its
# sentence: "[]Citing local news outlets, the Associated Press reports".
OPENING_MARK = re.compile(r"[“\"'(]?")


def opening_participle(text: str, sent: Span, cue: Cue) -> bool:
    """Whether ``cue`` is a participle of data/opening_participle_cues.txt that opens its
    sentence with no preposition before it: "[Citing] “obligations in Tennessee,” the
    former vice president’s spokeswoman told POLITICO ..." (not "After citing", which
    :func:`_in_opening_clause` reads)."""
    return (
        cue.participle
        and cue.lemma in load_set("opening_participle_cues")
        and OPENING_MARK.fullmatch(text, sent.start, cue.span.start) is not None
        and _comma_closes_phrase(text, cue.span.end, sent.end)
    )


# A list that a comma inside an opening participle's phrase goes on with, up to the comma
# after its last item: "Noting the often different reactions of U.S.[, Japanese and
# European banks,] Funaro told ...". Items of one or two words, "and" or "or" before the
# last, a comma before it or none.
LIST_ITEM = r"\s+[\w.’'-]+(?:\s[\w.’'-]+)?"
LIST_AFTER_COMMA = re.compile(rf",(?:{LIST_ITEM},){{0,3}}{LIST_ITEM},?\s+(?:and|or){LIST_ITEM},")
# "that" and the word after it inside an opening participle's phrase: a conjunction or a
# preposition of data/inner_clause_leads.txt opens a clause of the "that" clause, whose
# comma is not the phrase's ("Noting [that while] oil prices were expected to remain
# between 13 and 20 dlrs a barrel[,] depending on ...").
THAT_AND_LEAD = re.compile(r"\bthat\s(?P<word>[a-z]+)\s")


def _phrase_comma(text: str, start: int, end: int) -> int:
    """The comma of ``text[start:end]`` that closes the phrase of a participle opening a
    sentence, or -1: the first that may close an object (:func:`_object_comma`), but the
    last of a list it opens ("Noting the often different reactions of U.S., Japanese and
    European banks[,] Funaro told"), and the next one when it closes a clause opened after
    "that" (:data:`THAT_AND_LEAD`) and no cue form stands between the two ("Citing
    statistics indicating that by the year 2000, Asia will contain two-thirds of the
    world's population and 50 pct of global productive capacity[,] Cornelissen said"; not
    "Noting that in 1986 profits rose[,] the company said it would expand, hiring ...")."""
    comma = _object_comma(text, start, end)
    if comma < 0:
        return comma
    listed = LIST_AFTER_COMMA.match(text, comma, end)
    if listed is not None and not any(
        word.casefold() in cue_lexicon().forms for word in WORD.findall(listed.group())
    ):
        return listed.end() - 1  # no list of cue words: "Citing it, Smith and Jones said, "
    lead = THAT_AND_LEAD.search(text, start, comma)
    if lead is not None and lead.group("word") in load_set("inner_clause_leads"):
        after = _object_comma(text, comma + 1, end)
        if after > comma and next(cue_form_spans(text, comma + 1, after), None) is None:
            return after
    return comma


def _comma_closes_phrase(text: str, start: int, end: int) -> bool:
    """Whether a comma closes the phrase of an opening participle before the main clause:
    outside a quotation, or right before the mark that closes one ("Acknowledging that
    Trump “says a lot of stupid stuff[,]” Allen ..."); not a comma inside a quotation of
    the main clause ("Conceding that ... “down the line” he warned: “It’s not going to
    happen[,] ..."), whose phrase runs to the subject with no comma."""
    comma = _phrase_comma(text, start, end)
    if comma < 0:
        return False
    marks = len(QUOTE_MARK.findall(text, start, comma))
    return marks % 2 == 0 or QUOTE_MARK.match(text, comma + 1) is not None


def _opening_participle_end(doc: Document, start: int, end: int) -> int:
    """Where the phrase of a participle that opens a sentence ends: at its first comma,
    with a quotation mark that closes right after it ("Citing [“obligations in
    Tennessee,”] the ...", "Citing [an unfounded conspiracy theory], Trump ...")."""
    comma = _phrase_comma(doc.text, start, end)
    if comma <= start:
        return end
    closing = QUOTE_MARK.match(doc.text, comma + 1)
    return closing.end() if closing is not None else trim_end(doc, start, comma)


def opens_with_ing_word(text: str, sent: Span, cue: Span) -> bool:
    """Whether ``cue`` opens sentence ``sent`` with a capitalised word in "-ing", a
    participle whose phrase stands before the main clause and its subject: "[Conceding]
    that a deal would come ... he warned", "[Noting] that the talks had stalled, Xi said".
    Any such word, of data/opening_participle_cues.txt or not, with a comma after its
    phrase or none (:func:`sentence_opening_participle` reads only those)."""
    if cue.start != sent.start:
        return False
    words = text[cue.start : cue.end].split()
    return bool(words) and words[0][:1].isupper() and words[0].endswith("ing")


# The capitalised word in "-ing" that opens a source, and the word after it, if any:
# "Rattling off", "Using a", "Continuing" (a word of at most 20 letters, then one of at
# most 20 characters).
OPENING_ING_WORD = re.compile(
    r"(?P<ing>[A-Z][a-z]{1,20}ing)(?:[ \t\u00a0]+(?P<next>[\w’'-]{1,20}))?"
)


def _opens_participle_phrase(text: str, source: Span, cue: Span) -> bool:
    """Whether ``source`` opens with a participle in "-ing" whose phrase it is, not a
    name or a noun ("Banking sources", "Boeing said", "Polling shows"): the participle
    before a preposition, particle or determiner (data/participle_phrase_followers.txt)
    or an adverb in "-ly" ("Rattling off promises", "Using a crude expression",
    "[Continuing] to explain"), or before a bare noun of the source when the cue is
    itself a participle ("Holding signs calling ...")."""
    m = OPENING_ING_WORD.match(text, source.start, cue.start)
    if m is None or m.end("ing") > source.end:
        return False
    if text[source.start : source.end].rpartition(" ")[2] in RELATIVE_PRONOUNS:
        return False  # "Writing for [a panel that] agreed ...": the relative's own clause
    after = m.group("next")
    if after is None:
        return False
    if after in load_set("participle_phrase_followers") or (
        len(after) > 4 and after.endswith("ly")
    ):
        return True  # "[Continuing] to explain", "[Using a crude expression] to describe"
    first = text[cue.start : cue.end].partition(" ")[0]
    return m.end() <= source.end and after.islower() and first.endswith("ing") and first.islower()


# Most commas read inside the phrase of an opening participle for the subject after it.
PHRASE_COMMAS = 3


def without_opening_participle(doc: Document, source: Span, cue: Span) -> Span:
    """The subject of the main clause for a source that is the phrase of a participle
    opening its sentence (:func:`_opens_participle_phrase`), read after the comma that
    closes the phrase (:func:`_phrase_comma`): "[Using] a crude expression to describe
    the Turks ..., he said perhaps ..." gives "he" to "describe", as PolNeAR takes the
    subject; "Testifying at a hearing, [Rep. Hal Daub] said" keeps the name after the
    comma. Any other source, or one with no subject after the phrase, as it is
    ("Keating said", "Banking sources said")."""
    text = doc.text
    sent = doc.sentence_at(source.start)
    if sent is None or sent.start != source.start:
        return source
    if not _opens_participle_phrase(text, source, cue):
        return source
    comma = _phrase_comma(text, source.start, sent.end)
    for _ in range(PHRASE_COMMAS):
        if comma < 0:
            break
        closing = QUOTE_MARK.match(text, comma + 1)
        after = closing.end() if closing is not None else comma + 1
        subject = sentence_subject(doc, after, sent.end, after_phrase=True)
        if subject is not None:
            return subject
        # "Rattling off promises to lower student debt[,] reform the immigration system
        # ...[,] Clinton promised": a list of clauses inside the phrase goes on
        comma = text.find(",", after, sent.end)
    return source


def sentence_opening_participle(text: str, sent: Span, end: int) -> Cue | None:
    """The participle that opens sentence ``sent`` and ends by ``end``
    (:func:`opening_participle`), if any: "[Citing] data, Salceda said", "[Responding to]
    another question, Tsai said". None unless the sentence's first word ends in "-ing"
    (most sentences), and then the cues read no further than the longest cue form and an
    opening mark from the sentence's start."""
    hi = min(sent.end, end, sent.start + cue_lexicon().longest + 2)
    first = WORD.search(text, sent.start, hi)
    if first is None or not first.group().endswith("ing"):
        return None
    return next(
        (c for c in find_cues_in(text, Span(sent.start, hi)) if opening_participle(text, sent, c)),
        None,
    )


def _opening_phrase_end(doc: Document, sent: Span, cue: Cue) -> int | None:
    """Where the phrase of a participle that opens the sentence
    (:func:`sentence_opening_participle`) ends, when ``cue`` stands inside it; else None."""
    opener = sentence_opening_participle(doc.text, sent, cue.span.start)
    if opener is None:
        return None
    end = _opening_participle_end(doc, opener.span.end, sent.end)
    return end if cue.span.start < end else None


def _participle_opener(text: str, lo: int, cue: Span) -> bool:
    """Whether :data:`PARTICIPLE_OPENER` runs from ``lo`` up to ``cue``: "having" before
    any cue, "by" before one in -ing."""
    opener = PARTICIPLE_OPENER.fullmatch(text, lo, cue.start)
    if opener is None:
        return False
    word = WORD.match(text, cue.start, cue.end)
    return opener.group("word").casefold() == "having" or (
        word is not None and word.group().endswith("ing")
    )


# A dash that sets a phrase off, a horizontal bar too: "endorse [Ryan ― using Ryan's own
# phrase ―] was widely viewed as ...".
SET_OFF_DASH = re.compile(r"\s(?:-{1,2}|[—–―])\s")
# A conjunction that ends the words before a second verb: "... economy [but] are likely".
COORDINATOR_END = re.compile(r"\s(?:and|but|or)\s*\Z")
# A word that opens a clause inside a content, whose verb is that clause's own: "who
# want [to know what is happening] are ...".
CLAUSE_INSIDE = re.compile(r"\b(?:who|whom|whose|which|what|that|when|where|why|how|if|whether)\b")


def relative_object_end(doc: Document, cue: Cue, relative: Span, content: Span) -> int | None:
    """Where the object or infinitive of a cue in a restrictive relative clause ends,
    before the main verb of its sentence: "the political novice who wants [to unseat
    Rep. Wasserman Schultz] is reaping big rewards", "respondents who support [Sanders]
    are in college". ``relative`` is the pronoun ("who", "that") that is the cue's
    source; a clause ends only at a second auxiliary (:func:`_clause_object_end`)."""
    text = doc.text
    if text.endswith(",", 0, relative.start - 1):
        return None  # ", who wants ...,": a clause set off by commas, closed by its own
    if not (text.startswith("to ", content.start) or cue.lemma in cue_lexicon().objects):
        return _clause_object_end(doc, content)
    return _before_main_verb(doc, content.start, content.end)


# What stops a clause content from ending at a later auxiliary: a mark that sets words
# off or a conjunction, which may open a second clause with that auxiliary.
CLAUSE_OBJECT_BREAK = re.compile(r"[,;:()“”\"—–―]|\s-{1,2}\s|\b(?:and|or|but)\b")
# A subject pronoun right before an auxiliary: the auxiliary is its own clause's ("who
# said [an Indiana-born judge can't be impartial because he is Mexican-American]").
PRONOUN_BEFORE = re.compile(
    rf"{alternation('I' if w == 'i' else w for w in PERSONAL_SUBJECTS)}\s+\Z"
)
# A conjunction of a subordinate clause (:data:`SUBORDINATORS`), whose own auxiliary is
# the next: "a community that says [it is starved of funds while the government is
# criticising it]".
SUBORDINATOR_INSIDE = re.compile(r"\b(?:" + "|".join(SUBORDINATORS) + r")\b")


def _clause_object_end(doc: Document, content: Span) -> int | None:
    """Where a clause that is the content of a cue in a restrictive relative clause ends:
    before a second auxiliary, the main verb of the sentence, after the clause's own
    ("Voters who say [the economy is most important in their vote decision] were evenly
    divided"). None where a mark, a conjunction, a clause word, a pronoun or a cue comes
    between: the second auxiliary may be another clause's."""
    text = doc.text
    hi = min(content.end, content.start + MAX_CONTENT)
    own = FINITE_VERB.search(text, content.start, hi)
    main = FINITE_VERB.search(text, own.end(), hi) if own is not None else None
    if own and main and SUBORDINATOR_INSIDE.search(text, own.end(), main.start()):
        own, main = main, FINITE_VERB.search(text, main.end(), hi)  # the subordinate's
    if (
        own is None
        or main is None
        or CLAUSE_OBJECT_BREAK.search(text, content.start, main.start()) is not None
        or CLAUSE_INSIDE.search(text, own.end(), main.start()) is not None
        or PRONOUN_BEFORE.search(text, own.end(), main.start()) is not None
        or next(cue_form_spans(text, content.start, main.start()), None) is not None
    ):
        return None
    cut = trim_end(doc, content.start, main.start())
    return cut if cut > content.start else None


# The main verb of a sentence whose subject holds a cue (:func:`_before_main_verb` with
# ``subject``): a finite verb or a modal, or a past of data/irregular_pasts.txt or
# data/subject_main_verbs.txt after no auxiliary ("the progress he's [made]" is a
# participle of the object's clause); a verb in -ed or a past that is a participle too
# (data/subject_main_participles.txt: "paid", "won") only before a capital or a
# determiner ("PACs supporting [Kasich] paid a combined", not "the votes won by").
@cache
def _subject_main_verb() -> re.Pattern[str]:
    pasts = alternation(load_set("irregular_pasts") | load_set("subject_main_verbs"))
    participles = alternation(load_set("subject_main_participles"))
    return re.compile(
        rf"""\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does
            |should|may|might|must)\b
          | (?<!['’]s\s)(?<!has\s)(?<!had\s)(?<!have\s)(?<!been\s)
            (?:{pasts}|(?:\b[a-z]{{3,}}ed|{participles})
              (?=\s(?:[A-Z]|(?:the|a|an|his|her|their|its|him|them|it|us|me)\b)))""",
        re.VERBOSE,
    )


def _before_main_verb(doc: Document, start: int, end: int, subject: bool = False) -> int | None:
    """Where the words from ``start`` end before the first finite verb up to ``end``,
    the main verb of a sentence whose subject holds the cue: at that verb, at a comma
    before it, before a conjunction. None where a clause, a dash or another cue comes
    first: the verb may be their own."""
    text = doc.text
    verb_pattern = _subject_main_verb() if subject else FINITE_VERB
    verb = verb_pattern.search(text, start, min(end, start + MAX_CONTENT))
    if (
        verb is None
        or CLAUSE_INSIDE.search(text, start, verb.start()) is not None
        or SET_OFF_DASH.search(text, start, verb.start()) is not None
        or next(cue_form_spans(text, start, verb.start()), None) is not None
    ):
        return None  # "the groups who wrote [to her] say they are ...": the later cue's
    comma = text.find(",", start, verb.start())
    cut = verb.start()
    if comma > start and (
        CLAUSE_AFTER_COMMA.match(text, comma) is not None
        or LIST_LAST.search(text, comma, cut) is None
    ):
        cut = comma  # not in a list: "to propose [scrapping floors for cotton, rice and
        # soybeans] had not been disclosed"
    # "developers who sought [to build houses], and there were ...": a clause after a comma
    coordinator = COORDINATOR_END.search(text, start, cut)
    if coordinator is not None:
        cut = coordinator.start()  # "that promise [to transform the economy] but are ..."
    cut = trim_end(doc, start, cut)
    return cut if cut > start else None


# A conjunction after a comma that joins clauses, no item of a list: ", and there were".
CLAUSE_AFTER_COMMA = re.compile(r",\s(?:and|or|but)\s")
# What opens a content that is a clause or a quotation, whose verbs are its own.
SUBJECT_CONTENT_OPENER = re.compile(r"(?:that|whether|if|how|what|why|when|who)\b|[“\"']")
# Most characters of a subject before a participle in it.
MAX_SUBJECT = 120
# What shows that the words before a cue are more than a subject: a mark of a clause's
# end, a verb in -ed or "says" (irregular pasts: data/irregular_pasts.txt).
VERB_IN_SUBJECT = re.compile(r"[,;:]|\b(?:[a-z]{2,}ed|says)\b")


def _in_subject(text: str, sent: Span, cue: Cue) -> str | None:
    """Whether ``cue``, a participle in -ing of a speech cue, stands in the subject of
    its sentence, before any verb of it: the words before it hold no verb, no comma and
    no cue ("The petition calling on [him to be banned] has reached ...", "Anyone
    questioning [her lead] can find solace ..."): "subject"; "phrase" when a preposition
    or an adverb opens the sentence ("In the months before announcing [her decision],
    Fiorina had waged ..."), whose phrase ends at a comma; else None."""
    if cue.kind != "speech" or cue.lemma in SAY_LEMMAS or cue.span.start - sent.start > MAX_SUBJECT:
        return None
    word = WORD.match(text, cue.span.start, cue.span.end)
    if word is None or not word.group().endswith("ing"):
        return None  # (an infinitive: "Mr. Trump continues to insist [his tactics] will")
    first = WORD.search(text, sent.start, cue.span.start)
    if (
        first is None
        or FINITE_VERB.search(text, sent.start, cue.span.start) is not None
        or VERB_IN_SUBJECT.search(text, sent.start, cue.span.start) is not None
        or not load_set("irregular_pasts").isdisjoint(
            w.casefold() for w in WORD.findall(text, sent.start, cue.span.start)
        )
        or next(cue_form_spans(text, sent.start, cue.span.start), None) is not None
    ):
        return None
    return "phrase" if first.group().casefold() in load_set("clause_openers") else "subject"


# The abbreviated state after a city and its comma, up to the comma that closes it:
# "Bunkerville[, Nev.], others argue", "Concord[, N.H.], he said" (a name in full may be
# the main clause's subject: "After Clinton spoke, Trump, who ...").
STATE_AFTER_PLACE = re.compile(r",\s(?:[A-Z][a-z]{0,4}\.|[A-Z]\.(?:[A-Z]\.)+)(?=,)")


def _outside_quotation(text: str, start: int, at: int) -> bool:
    """Whether ``at`` stands after every quotation that opens in ``text[start:at]``: its
    marks come in pairs ("says he intends to “pick up delegates” everywhere he can[,]"),
    and no mark closes right after it (“I will,” he said)."""
    marks = len(QUOTE_MARK.findall(text, start, at))
    return marks % 2 == 0 and QUOTE_MARK.match(text, at + 1) is None


def content_after(doc: Document, cue: Cue, sent: Span) -> Span | None:
    """Content of a source-cue-content sentence: after the cue (listener skipped) to its end."""
    text = doc.text
    lex = cue_lexicon()
    start = cue.span.end
    end = trim_end(doc, start, sent.end)
    head = text[start : min(end, start + 60)]
    that = find_that(head, 0, len(head))
    before_that = head[: that.start()] if that is not None else ""
    to_listener = that is not None and _to_listener_before_that(
        cue, before_that, head[that.end() :]
    )
    if that is not None and PLACE_BEFORE_THAT.fullmatch(before_that):
        start += that.start()  # "said in Madison, Wisconsin, [that ...]": where it was said
    elif (
        that is not None
        and (len(WORD.findall(before_that)) <= 3 or _pp_before_that(before_that) or to_listener)
        and not any(c in before_that for c in ',“”"')
        and (
            cue.lemma in LISTENER_LEMMAS
            or _pp_before_that(before_that)
            or WITH_BEFORE_THAT.match(before_that) is not None
            or to_listener
            or all(_before_that_word(w) for w in WORD.findall(before_that))
            or WORD.findall(before_that)[-1].casefold() in _that_nouns()
        )
    ):
        start += that.start()
    elif cue.lemma in LISTENER_LEMMAS and (far := _listener_that(text, start, end)) is not None:
        start = far
    elif (far := _occasion_that(text, cue, start, end)) is not None:
        start = far  # "said during a taping of a town hall in Buffalo, New York, [that ...]"
    elif cue.lemma in LISTENER_LEMMAS:
        listener = start
        words = WORD.finditer(text, start, min(end, start + 40))
        for w in words:
            phrase = text[start : w.end()].strip().casefold()
            if phrase in lex.listeners:
                listener = w.end()
                break
            opens = w.start() == trim_start(doc, start, end)
            if opens and w.group() == "the" and text[w.end() + 1 : w.end() + 2].isupper():
                continue  # "told the BBC": the name follows
            if w.group()[0].isupper() and (opens or text[start : w.start()].strip() == "the"):
                # "told Reuters", "told The Associated Press": the whole name is the listener.
                name = LISTENER_NAME.match(text, w.start(), end)
                listener = _listener_end(text, name) if name is not None else w.end()
                break
        if listener == start and (lead := LEAD_PREPOSITION.match(text, start, end)) is not None:
            listener = lead.end()  # "warned against [drawing lessons]": the cue's preposition
        named_listeners = listener > start and text[trim_start(doc, start, listener)].isupper()
        if not text.startswith(" to ", listener) and not (
            named_listeners and LISTENERS_AND_TO.match(text, listener)
        ):
            start = listener  # "urged [Congress to pass the bill]": the listener is told to act
        if (
            listener > cue.span.end
            and text.endswith("ing", cue.span.start, cue.span.end)
            and _reporting_participle_after(text, listener, end)
        ):
            return None  # "who is now advising Priorities, citing ...": the second
            # participle reports for the subject of the sentence, no content of the first
    elif cue.lemma in ASKING_LEMMAS and (asked := ASKED_OBJECT.match(text, start, end)):
        start = asked.end()
    elif cue.lemma in load_set("expressing_cues") and (
        stance := _expressed_stance().match(text, start, end)
    ):
        start = stance.end()  # "expressed concern about [the cost of the regulation]"
    else:
        # "said [for the full month, car sales were off ...]": a phrase that opens a
        # statement of "say", no preposition of the cue
        lead = LEAD_PREPOSITION.match(text, start, end) if cue.lemma not in SAY_LEMMAS else None
        if lead is None and cue.lemma in ANSWERING_LEMMAS:
            lead = ANSWERED_TO.match(text, start, end)  # "responded to [questions]"
        if lead is not None:
            if _platform_only().match(text, lead.end(), end):
                return None  # "posted on Twitter accusing ...": where, not what; the
                # participle states it
            start = lead.end()
    if text.startswith(",", start):
        set_off = SET_OFF_BEFORE_THAT.match(text, start, end)
        if set_off is not None:
            start = set_off.end()  # "saying, apparently for the first time, [that ...]"
    start = trim_start(doc, start, end)
    if _in_opening_clause(text, sent.start, cue.span):
        # "After she endorsed Clinton this month, Warren has been ...": the clause ends
        # at its comma, not at one inside a figure ("While one company says [there are
        # more than 2,400 billionaires], another says ...").
        comma = _object_comma(text, start, end)
        if comma > start and (state := STATE_AFTER_PLACE.match(text, comma, end)) is not None:
            comma = _object_comma(text, state.end(), end)  # "in Bunkerville, Nev.[,] others"
        if (
            comma > start
            and _outside_quotation(text, start, comma)
            and not QUOTE_MARK.search(text, comma, end)
        ):
            end = trim_end(doc, start, comma)
    elif opening_participle(text, sent, cue):
        end = _opening_participle_end(doc, start, end)
    elif (phrase_end := _opening_phrase_end(doc, sent, cue)) is not None:
        # "Noting that there is a bacterium that survives on a hydrocarbon called
        # [acetylene and water], Malaska asked": a cue inside the phrase ends with it
        end = min(end, phrase_end)
    dashed = DASH.search(text, start, end) is not None
    clause_cut = CLAUSE_CUT if dashed else CLAUSE_CUT_UNDASHED
    cut = clause_cut.search(text, start, end)
    while cut is not None and (
        (
            cut.group()[0] == ","
            and cut.group().endswith("ing")
            and _participle_not_cue(cut.group())
            and not _participle_after_object(text, cue, start, cut.start())
        )
        or (cut.group().endswith("ing") and _gerund_list(text, start, cut.start(), end))
        or (
            # "called [him a kind, loving and admirable person]": a participle joined by
            # "and" to the next word is an item of a list of adjectives, no clause
            cut.group()[0] == ","
            and cut.group().endswith("ing")
            and PARTICIPLE_IN_LIST.match(text, cut.end(), end) is not None
        )
        or (cut.group().endswith("which") and _relative_inside(text, cut.end(), end))
        or (cut.group()[0] == ";" and _colon_list(text, start, cut.start()))
        or (
            # "found [Democrats favored Clinton, 72 to 8, while Republicans favored Trump]":
            # a finding goes on to its contrast, as a clause with a modal does
            cut.group().endswith("while")
            and (_while_goes_on(text, cut.end(), end) or _finding(text, cue))
        )
        or (
            # "said [Trump, despite his wealth, is perhaps better positioned ...]": a
            # concession closed by a comma before the verb of the content's clause
            cut.group().endswith(("despite", "though")) and _relative_inside(text, cut.end(), end)
        )
        or (cut.group().endswith("but") and NOT_ONLY.search(text, start, cut.start()))
        or (
            cut.group().endswith("but")
            and (cue.lemma in SAY_LEMMAS or text.startswith("that ", start))
            and contrasted_stance_at(text, cut.end(), end) is not None
        )
        or (
            dashed
            and cut.group("concession")
            and OBJECT_DASH.search(text, cut.end(), end) is not None
        )
        or (dashed and cut.group("dash") == "-" and not cut.group("concession"))
    ):
        cut = clause_cut.search(text, cut.end(), end)
    at = cut.start() if cut is not None else end
    own = _own_clause(text, start, at)
    if own is None and cue.lemma not in SAY_LEMMAS:
        own = _after_clause(text, start, at)
        if own is not None and (
            _clause_before(text, start, own) or not at_least(text, start, own, 2)
        ):
            own = None  # "reported [the email came hours after Trump proposed ...]", "are
            # feared [dead after a ferry rolled ...]": a clause, or one word left
    if own is not None:
        at = trim_end(doc, start, own)  # "says he is excited [as he faces a test]": the
        # source's own clause
    if at < end and not QUOTE_MARK.search(text, at, end):
        end = at  # the clause after the cut holds no quoted words of the source
    quoted = QUOTED_THEN_CLAUSE.match(text, start, end)
    if quoted is not None:
        end = quoted.end("quote")  # says [“Don't you do it,”] until gunshots are heard
    tail = _trailing_apposition(text, start, end)
    if (
        tail is not None
        and tail.start() > start
        and not QUOTE_MARK.search(text, tail.start(), end)
        and not (
            FINITE_VERB.search(text, tail.end("article"), end)
            if tail.group("article") == "the"
            else _indefinite_subject_clause(text, tail.end("article"), end)
        )
        and not (cue.lemma in SAY_LEMMAS and _subject_only(text, start, tail.start()))
    ):
        # "..., a swipe at ..." / "..., the 12-country trade deal" (no verb: no clause);
        # not "said [lack of experience, a paucity of instruments and ... have held back
        # the market]" nor "said [the Council, the Treasury and other agencies held ...]"
        end = tail.start()
    end = _before_closing_relative(text, start, end)
    closing = closing_attribution(text, start, end)
    if closing is not None:
        # "[Tesla is recalling 2 million vehicles], the agency said on Wednesday": the
        # sentence ends with its own source and cue, whose content holds this one.
        end = closing
    head = text[start : start + 1]
    if head in "aofby" and NO_CONTENT_OPENER.match(text, start, end):
        return None
    time_words = _time_words()
    if head in time_words.lead_first:
        time_lead = time_words.lead.match(text, start, end)
        if time_lead is not None and not FINITE_VERB.match(text, time_lead.end(), end):
            # "said Monday [the company would cut jobs]"; "shows [last year was hottest]":
            # a time phrase before a verb is the content's subject
            start = time_lead.end()
    adverb = _adverb_lead().match(text, start, end)
    if adverb is not None:
        start = adverb.end()  # "said earlier [it was likely ...]", "said again [the plan ...]"
    if head in "iod":
        occasion = time_words.occasion_lead.match(text, start, end)
        if occasion is not None and at_least(text, occasion.end(), end, 3):
            start = occasion.end()  # "said in a statement [it would cut 500 jobs]"
    first = WORD.match(text, start, end)
    if (
        first is not None
        and first.group().casefold() in _date_words()
        and (first.end() == end or text[first.end()] == ",")
    ):
        # "said Thursday" / "said on Monday, “We will ...”": the date is no content.
        start = trim_start(doc, first.end(), end)
        later = SUBJECT_AND_CUE.match(text, start, end)
        if later is not None and later.group("cue").casefold() in lex.forms:
            return None  # "In a message posted Friday, Cruz said ...": "posted" names the message
    if AS_CLAUSE.fullmatch(text, start, end) is not None:
        return None  # "were made clear Sunday night [as they celebrated ...]": a clause
        # of time or manner, never what was said
    answer = ANSWER.match(text, start, end)
    if answer is not None:
        return Span(start, answer.end())  # "said yes", "said so in December": the answer
    if text[start:end] in DEMONSTRATIVES and text[end : end + 1] in (".", "!", "?"):
        return Span(start, end)
    if cue.lemma in lex.objects:
        if CLAUSE_FOR_OBJECT.match(text, start, end) is not None:
            return None  # "the crowd booed [when he told them ...]": no object, a clause
            # of time after an intransitive verb
        object_only = trim_end(doc, start, object_end(text, start, end))
        if text[start:object_only] in OBJECT_PRONOUNS:
            return Span(start, object_only)  # "endorsed [him] on Tuesday", "opposed [it]"
        pronoun = PRONOUN_THEN_ADJUNCT.match(text, start, end)
        if pronoun is not None:
            return Span(start, pronoun.end("pronoun"))  # "endorsed [her] early", "backed
            # [her] up", "mentioning [him] in almost every speech"
    if not at_least(text, start, end, 2):
        if end - start < 3 or not text[start].isupper():
            return None  # one word: only a name ("supporting Clinton", "mocking Trump")
    elif end - start < 8:
        return None
    if cue.lemma in lex.objects:
        end = object_end(text, start, end)
    elif (
        cue.lemma not in SAY_LEMMAS
        and not text.startswith("that ", start)
        and (text.find(" and ", start, end) >= 0 or text.find(" but ", start, end) >= 0)
    ):
        second = SECOND_PREDICATE.search(text, start, end)
        while second is not None and (
            _participle_before(text, start, second.start())
            or pair_goes_on(text, start, second.start())
            or attributive_after_and(text, second.start(), end)
            or (
                (second.group("subject") or second.group("determined"))
                and _name_before(text, start, second.start())
            )
            or (
                second.group("determined")
                and (
                    _clause_before(text, start, second.start())
                    or not (text.startswith("to ", start) or second.group().startswith(","))
                )
            )
        ):
            # "who was born and raised in Cuba", "unsubstantiated and fabricated": two
            # participles of one noun, no second predicate; "Trump and Lewandowski
            # appeared": two names of one subject; "not only X but also Y": one pair
            second = SECOND_PREDICATE.search(text, second.end(), end)
        if second is not None and not QUOTE_MARK.search(text, second.start(), end):
            end = second.start()  # "urged [the party to unite] and tried to make the case"
    if cue.lemma not in SAY_LEMMAS and GERUND_CUE.match(text, cue.span.start, cue.span.end):
        end = _second_gerund_end(doc, start, end)
    if (
        not SUBJECT_CONTENT_OPENER.match(text, start, end)
        and text.find(",", cue.span.end, start) < 0  # "As the crowd began to chant, ..."
        and (place := _in_subject(text, sent, cue)) is not None
        and (main := _before_main_verb(doc, start, end, subject=True)) is not None
        and (place == "subject" or text.startswith(",", main))
        # ("Under the program supporting [the reschedulings] Nigeria is due": no comma
        # closes the phrase, the verb may be a clause's of the object)
    ):
        end = main  # "The petition calling on [him to be banned] has reached ..."
    end = _before_closing_aside(doc, start, end)
    end = _before_anonymity(doc, start, end)
    if cue.lemma in SAY_LEMMAS:
        end = _before_compared_share(doc, Span(sent.start, cue.span.start), start, end)
    else:
        end = _before_closing_platform(doc, start, end)
        end = _before_closing_day(doc, start, end)
        end = _before_closing_stretch(doc, cue, start, end)
        end = _before_closing_adverb(doc, start, end)
        if cue.lemma in load_set("interlocutor_cues"):
            end = _before_interlocutor(doc, start, end)
        end = _before_closing_statement(doc, start, end)
    end = _before_dangling_coordinator(doc, start, end)
    return Span(start, min(end, start + MAX_CONTENT))


# A conjunction at a content's end, left there by a cut right after it.
DANGLING_COORDINATOR = re.compile(r"\s(?:and|or|but)\Z")


def _before_dangling_coordinator(doc: Document, start: int, end: int) -> int:
    """``end`` moved back before a conjunction that ends the content: a cut at a comma
    right after "and" leaves the conjunction of a second predicate behind ("said [the
    unit would be worth four billion dlrs] and, because of the size, could be difficult
    to sell", "backed [Ron Paul in 2012] and, in Republican contests, has supported
    ..."). Looks at the last five characters only."""
    coordinator = DANGLING_COORDINATOR.search(doc.text, max(start, end - 5), end)
    if coordinator is None or coordinator.start() <= start:
        return end
    return trim_end(doc, start, coordinator.start())


# The terms on which a source spoke, after what it said: "confirmed [the meeting] on the
# condition of anonymity because ...", "spoke about [the missions] only on condition of
# anonymity", "identified [Sullivan] but spoke on the condition of anonymity", "said [the
# plan was dead], speaking on condition of anonymity".
ANONYMITY_TERMS = re.compile(
    r"""(?P<set_off>,)?\s(?:(?:only|but)\s)?      # only on / but spoke on
    (?P<spoke>(?:spoke|speaking|talked|talking)\s(?:only\s)?)?
    on\s(?:the\s)?condition\sof\sanonymity\b""",
    re.VERBOSE,
)


def _before_anonymity(doc: Document, start: int, end: int) -> int:
    """``end`` moved back before the terms of anonymity on which the source spoke
    (:data:`ANONYMITY_TERMS`) and the reason given for them: how the source spoke, no part
    of what it said. Terms neither set off by a comma nor after a verb of speaking close
    only an object with no clause of its own ("had been granted [interviews on condition
    of anonymity]" is what was said). Not when a quotation stands in the content, whose
    words may go on after the terms ("''This is not a combat mission,'' one official
    said, speaking on the condition of anonymity. ''This is to enable partners.''")."""
    text = doc.text
    at = text.find("anonymity", start, end)
    if at < 0:
        return end
    terms = ANONYMITY_TERMS.search(text, max(start, at - 60), at + len("anonymity"))
    if (
        terms is None
        or terms.start() <= start
        or QUOTE_MARK.search(text, start, end) is not None
        or (
            terms.group("set_off") is None
            and terms.group("spoke") is None
            and _clause_before(text, start, terms.start())
        )
    ):
        return end
    return trim_end(doc, start, terms.start())


# A percentage: "52 percent", "4.5%".
PERCENT = r"\d{1,3}(?:\.\d{1,2})?(?:\s?percent\b|%)"
# A share of people: "52 percent", "a staggering 56 percent of Americans", "three in 10".
SHARE = re.compile(
    rf"\b{PERCENT}"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine)\s(?:in|out\sof)\s(?:10|ten)\b"
)
# A share set against the one that said a content, after its comma: ", compared with 11
# percent of Republican primary voters", ", compared to 39 percent for the former
# secretary of state".
COMPARED_SHARE = re.compile(
    rf",\scompared\s(?:with|to)\s(?:(?:only|just|about|nearly|some)\s)?{PERCENT}"
)


def _before_compared_share(doc: Document, before: Span, start: int, end: int) -> int:
    """``end`` moved back before a share of others set against the share that said the
    content (:data:`COMPARED_SHARE`), when a share (:data:`SHARE`) stands in ``before``,
    the words of the sentence before the cue: the writer's comparison of poll figures,
    no part of what was said ("52 percent said [Mr. Trump would be better], compared
    with 41 percent for Mrs. Clinton"; but "He said [prices rose 5 percent, compared with
    3 percent a year earlier]"). Not when a quotation stands in the content."""
    text = doc.text
    at = text.find(", compared ", start, end)
    if at <= start or COMPARED_SHARE.match(text, at, end) is None:
        return end
    if (
        SHARE.search(text, max(before.start, before.end - 80), before.end) is None
        or QUOTE_MARK.search(text, start, end) is not None
    ):
        return end
    return trim_end(doc, start, at)


# A relative clause on a person set off by the last comma of a content: "[it would be
# Trump], who has a significant delegate lead".
CLOSING_RELATIVE = re.compile(r",\s(?:who|whose)\s")
# What the closing relative clause may not hold: a quotation, a parenthesis, a clause
# after a semicolon or a colon.
NOT_IN_CLOSING_RELATIVE = re.compile(r"[;:“”\"()]|''")
# A capitalised word right before that comma: a name the relative clause describes.
NAME_BEFORE_RELATIVE = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*\Z")


def _before_closing_relative(text: str, start: int, end: int) -> int:
    """``end`` moved back before a relative clause on a name that closes the content: the
    writer's note on who the person is, no part of what was said ("[the FBI had secured
    the cooperation of Bryan Pagliano], who worked on Clinton's 2008 campaign", "cited [a
    new book by political journalist Joe Conason], who detailed ..."). The gold leaves
    such a clause out 45 times to 15 (polnear-train); after a word in lower case it is
    split (7 to 8), so that stays, as does the last clause of a list of them."""
    comma = text.rfind(",", start, end)
    if (
        comma <= start
        or CLOSING_RELATIVE.match(text, comma, end) is None
        or NOT_IN_CLOSING_RELATIVE.search(text, comma, end) is not None
        or NAME_BEFORE_RELATIVE.search(text, max(start, comma - 40), comma) is None
        # ("the office includes Mark S. Germain, who ..., Herb Jaffe, who ..., and Gabriel
        # Katzka, who ...": the last of a list of such clauses, which all stay)
        or CLOSING_RELATIVE.search(text, start, comma) is not None
    ):
        return end
    return comma


@cache
def _closing_platform() -> re.Pattern[str]:
    """A platform of ``data/platforms.txt`` (or social media) that closes a content, a
    day after it at most: "posted [the story] on Facebook", "mocks [Trump] on Twitter",
    "in a tweet Sunday", "in a Sunday tweet", "in a post on WeChat", "touted [his
    endorsement] on its Facebook page"; or a person of ``data/go_betweens.txt`` the
    source spoke through: "denied [the charges] through his lawyer"."""
    platforms = alternation([*load_list("platforms"), "social media"], boundary=False)
    go_betweens = alternation(load_list("go_betweens"), boundary=False)
    days = alternation(
        [r["word"].capitalize() for r in load_table("date_words") if r["kind"] == "weekday"],
        boundary=False,
    )
    return re.compile(
        rf"""\s(?:(?:in\s(?:an?|his|her|their|its)\s(?:post|message|video)\s)?  # in a post
                  (?:on|via)\s(?:(?:his|her|their|its)\s)?(?:{platforms})
                  (?:\s(?:page|account|feed))?  # on its Facebook page
                | in\san?\s(?:{days}\s)?(?:tweet|(?:{platforms})\spost)  # in a Sunday tweet
                | through\s(?:an?|his|her|their|its)\s(?:[\w’'-]+\s){{0,2}}?(?:{go_betweens}))
            (?:\s{days})?\Z""",
        re.VERBOSE,
    )


def _before_closing_platform(doc: Document, start: int, end: int) -> int:
    """``end`` moved back before a :func:`_closing_platform` that closes an object with
    no verb of its own: where the source said it, no part of it. A clause or a
    participle inside the content may be what the platform goes with ("prompting outrage
    [on social media]", "he was criticized by libertarians [on social media]")."""
    text = doc.text
    if end - start < 12:
        return end
    platform = _closing_platform().search(text, max(start, end - 60), end)
    if (
        platform is None
        or platform.start() <= start
        or _clause_before(text, start, platform.start())
        or GERUND_IN_CONTENT.search(text, start, platform.start()) is not None
        or THAT.search(text, start, platform.start()) is not None
        or text.find(",", start, platform.start()) >= 0
    ):
        return end
    return trim_end(doc, start, platform.start())


@cache
def _closing_day() -> re.Pattern[str]:
    """A past day that closes a content: a weekday of ``data/date_words.tsv`` with its
    part of the day ("on Thursday night", "late Monday", "last Friday", "Friday
    afternoon") or a day word before today ("yesterday"); not "today" or "tomorrow",
    which may be the day of what is foreseen ("forecast [a cut tomorrow]")."""
    rows = load_table("date_words")
    weekdays = [r["word"].capitalize() for r in rows if r["kind"] == "weekday"]
    past_days = [r["word"] for r in rows if r["kind"] == "day_word" and int(r["value"]) < 0]
    parts = alternation([r["word"] for r in rows if r["kind"] == "day_part"], boundary=False)
    return re.compile(
        rf"""\s(?:(?:on|late|early|earlier|last)\s)?
            {alternation([*weekdays, *past_days], boundary=False)}(?:\s{parts})?\Z""",
        re.VERBOSE,
    )


# What opens a content that is no noun phrase: an infinitive, a clause word, a
# preposition or an adverb ("to vote Tuesday", "that promise Monday", "before the
# committee on Thursday", "just today").
NOT_NOUN_PHRASE_OPENER = re.compile(
    r"(?:to|that|if|whether|how|what|why|when|where|who|which|before|after|with|on|in|at"
    r"|for|even|just|only|also|still|late|early)\b"
)
# A word before a closing day that binds the day to the content: a preposition, or a
# word of a day's name or of the future ("by Monday", "of yesterday", "Super Tuesday",
# "next Wednesday").
DAY_BOUND_BEFORE = re.compile(
    r"(?<![\w'’-])(?:by|of|through|into|until|till|since|for|from|before|after|during|than"
    r"|as|at|in|over|with|Super|next|this|said)\Z"
)


def _before_closing_day(doc: Document, start: int, end: int) -> int:
    """``end`` moved back before a :func:`_closing_day` that closes a noun phrase with no
    verb, comma or quotation of its own: the day the source spoke, no part of what it
    spoke of ("announced [his support for the Ohio governor] on Thursday night",
    "rejected [Trump's offer] Tuesday", "reported [no arrests] late Monday"). An
    infinitive or a clause keeps its day ("sought [to appeal to younger African
    Americans on Tuesday]"), and so does a participle ("praised [the rally held on
    Thursday]"); an object cue's content is cut by :func:`object_end`."""
    text = doc.text
    if end - start < 8:
        return end
    day = _closing_day().search(text, max(start, end - 40), end)
    if day is None or day.start() <= start or _time_bound_to_content(text, start, day.start(), end):
        return end
    return trim_end(doc, start, day.start())


def _time_bound_to_content(text: str, start: int, at: int, end: int) -> bool:
    """Whether the time phrase at ``at`` that closes the content ``text[start:end]`` is
    part of it, not when the source spoke (:func:`_before_closing_day`,
    :func:`_before_closing_stretch`): the content opens with no noun phrase ("[to vote]
    Tuesday"), a word of :data:`DAY_BOUND_BEFORE` binds the time to it ("by Monday"), or
    the content holds a clause, a participle ("the rally held on Monday"), an irregular
    past ("after prices fell yesterday"), a gerund, a quotation or a comma of its own."""
    return (
        NOT_NOUN_PHRASE_OPENER.match(text, start, end) is not None
        or DAY_BOUND_BEFORE.search(text, max(start, at - 8), at) is not None
        or _clause_before(text, start, at)
        or _participle_before_tail(text, start, at)
        or _past_before(text, start, at)
        or GERUND_IN_CONTENT.search(text, start, at) is not None
        or QUOTE_MARK.search(text, start, end) is not None
        or text.find(",", start, at) >= 0
    )


@cache
def _closing_stretch() -> re.Pattern[str]:
    """A past stretch of time that closes a content: recent days, weeks, months or years
    ("in recent weeks", "in the past few months"), or a month of ``data/date_words.tsv``
    after "in" ("in April", "in early December", "in June 2015"), which is past only
    after a cue in the past (group ``month``); not a year alone ("the qualities necessary
    in a nominee in 2016") nor "last year", which may be the noun's own."""
    months = [r["word"].capitalize() for r in load_table("date_words") if r["kind"] == "month"]
    return re.compile(
        rf"""\s(?:in\s(?:recent|the\s(?:last|past)(?:\s(?:few|several|two|three))?)
                \s(?:days|weeks|months|years)                      # in recent weeks
              | (?P<month>in\s(?:(?:early|late)\s|mid-)?{alternation(months, boundary=False)})
                (?:\s(?:19|20)\d\d)?                               # in early June 2015
            )\Z""",
        re.VERBOSE,
    )


# A figure before a closing month: the month is the figure's, compared ("rose to 53.6
# pct from 48.1 pct [in late February]").
DIGIT = re.compile(r"\d")


def _before_closing_stretch(doc: Document, cue: Cue, start: int, end: int) -> int:
    """``end`` moved back before a :func:`_closing_stretch` that closes a noun phrase
    with no verb, clause, figure, comma or quotation of its own: when the source spoke,
    no part of what it spoke of ("has played down [the idea] in recent weeks", "said
    little about [the plan] in recent months", "announced [his candidacy] in June 2015").
    A month goes with what is foreseen after a cue that is no past ("promising [further
    talks in May]", "expects [a coupon purchase in early April]"), and so does a
    stretch after a preposition of :data:`DAY_BOUND_BEFORE` ("higher than in the past two
    years") or inside a clause ("before the current one expires in October")."""
    text = doc.text
    if end - start < 8:
        return end
    stretch = _closing_stretch().search(text, max(start, end - 40), end)
    if (
        stretch is None
        or stretch.start() <= start
        or (stretch.group("month") and not _past_cue(text, cue))
        or _time_bound_to_content(text, start, stretch.start(), end)
        or CLAUSE_INSIDE.search(text, start, stretch.start()) is not None
        or SUBORDINATOR_INSIDE.search(text, start, stretch.start()) is not None
        or DIGIT.search(text, start, stretch.start()) is not None
    ):
        return end
    return trim_end(doc, start, stretch.start())


def _past_cue(text: str, cue: Cue) -> bool:
    """Whether the first word of ``cue`` is a past (:func:`is_past`: "announced",
    "played down", "said little about")."""
    return is_past(text[cue.span.start : cue.span.end].split(maxsplit=1)[0].casefold())


@cache
def _closing_adverb() -> re.Pattern[str]:
    """An adverb of ``data/closing_adverbs.txt`` that closes a content, after a comma or
    not: "[him] as well", "[that], too", "[their voice on gun control] again"."""
    adverbs = alternation(load_list("closing_adverbs"), boundary=False)
    return re.compile(rf",?\s(?:{adverbs})\Z")


def _bare_noun_phrase(text: str, start: int, at: int, end: int) -> bool:
    """Whether the content ``text[start:end]`` opens with a noun phrase that holds, up
    to ``at``, no clause, gerund, infinitive or comma of its own, so that a closing
    tail at ``at`` (:func:`_before_closing_adverb`, :func:`_before_interlocutor`) is the
    cue verb's: not "seems [unlikely to want to take on Israel again]" (an infinitive
    may be what the adverb goes with) nor "[a proposal to create two classes of shares
    with different voting rights]" (the noun's own "with")."""
    return not (
        NOT_NOUN_PHRASE_OPENER.match(text, start, end) is not None
        or _clause_before(text, start, at)
        or CLAUSE_INSIDE.search(text, start, at) is not None
        or GERUND_IN_CONTENT.search(text, start, at) is not None
        or text.find(" to ", start, at) >= 0
        or text.find(",", start, at) >= 0
    )


def _before_closing_adverb(doc: Document, start: int, end: int) -> int:
    """``end`` moved back before a :func:`_closing_adverb` that closes a noun phrase
    with no verb, clause, gerund, comma or quotation of its own: the adverb is the cue
    verb's ("favor [him] as well", "asked for [copies] as well", "mention [Ryan]
    directly"). An infinitive, a gerund or a clause keeps it ("pledged [to act as
    well]", "seems [unlikely to want to take on Israel again]", "went after [Hillary
    Clinton for following Obama’s refusal to use the term as well]")."""
    text = doc.text
    adverb = _closing_adverb().search(text, max(start, end - 12), end)
    if (
        adverb is None
        or adverb.start() <= start
        or not _bare_noun_phrase(text, start, adverb.start(), end)
        or QUOTE_MARK.search(text, start, end) is not None
    ):
        return end
    return trim_end(doc, start, adverb.start())


# "with" and the one the source spoke to, after the noun phrase content of a cue of
# data/interlocutor_cues.txt: "[a path ahead] with advisers".
WITH_INTERLOCUTOR = re.compile(r"\swith\s(?=[A-Za-z])")


def _before_interlocutor(doc: Document, start: int, end: int) -> int:
    """``end`` moved back before the first "with" after a noun phrase with no verb,
    clause, gerund, comma, dash or quotation of its own: the one the source spoke to
    ("discussed [a path ahead] with advisers", "discussed [the Trump controversy] with
    radio host Hugh Hewitt"). A clause keeps it ("discussed [the recent violence that has
    marred Trump’s rallies and protesters have clashed with the candidate’s
    supporters]")."""
    text = doc.text
    with_ = WITH_INTERLOCUTOR.search(text, start, end)
    if (
        with_ is None
        or with_.start() <= start
        or not _bare_noun_phrase(text, start, with_.start(), end)
        or DASH.search(text, start, with_.start()) is not None
        or QUOTE_MARK.search(text, start, with_.start()) is not None
    ):
        return end
    return trim_end(doc, start, with_.start())


# A word before a closing statement that joins it to the content: a conjunction, or a
# verb of saying inside the content ("in a speech and [in an interview]", "she said [in
# an interview]").
STATEMENT_BOUND_BEFORE = re.compile(r"(?<![\w'’-])(?:and|or|but|said|says|told|wrote)\Z")
# The agent of a passive participle before a closing statement, whose statement it is
# ("why it was mentioned by Ivanka Trump [in an interview]").
PASSIVE_AGENT_BEFORE = re.compile(
    r"(?<![\w'’-])[a-z]{2,20}(?:ed|en)\sby(?:\s[A-Z][\w.'’-]{0,20}){1,3}\Z"
)


@cache
def _closing_statement() -> re.Pattern[str]:
    """A statement of the source's own of ``data/statement_occasions.txt`` that closes a
    content, with up to two words before its noun and the one it was given to or made on
    after it: "in a tweet", "in an interview with Latina magazine", "in a statement
    following the news", "in an appearance on CBS’s Face the Nation"."""
    occasions = alternation(load_list("statement_occasions"), boundary=False)
    return re.compile(
        rf"""\s(?:in|during)\s(?:an?|his|her|their|its)\s(?:[\w’'-]+\s){{0,2}}?{occasions}
            (?:\s(?:with|on|to|ahead\sof|following|after)\s[^,;:.!?“”"]{{1,50}})?\Z""",
        re.VERBOSE,
    )


def _before_closing_statement(doc: Document, start: int, end: int) -> int:
    """``end`` moved back before a :func:`_closing_statement`: where the source said it,
    no part of what it said ("expressed [her hope that they would stay] in an interview
    with Latina magazine", "explained [his reasoning] in an appearance on CBS’s Face the
    Nation"). A cue of "say" keeps it, as its content may be about the statement."""
    text = doc.text
    closing = _closing_statement().search(text, max(start, end - 120), end)
    if (
        closing is None
        or closing.start() <= start
        or STATEMENT_BOUND_BEFORE.search(text, max(start, closing.start() - 6), closing.start())
        or PASSIVE_AGENT_BEFORE.search(text, max(start, closing.start() - 90), closing.start())
    ):
        return end
    return trim_end(doc, start, closing.start())


def _past_before(text: str, start: int, at: int) -> bool:
    """Whether an irregular past of data/irregular_pasts.txt ends ``text[start:at]``: the
    day after it is when that happened ("a precise level after prices [fell] yesterday")."""
    m = WORD_BEFORE_TAIL.search(text, max(start, at - 20), at)
    return m is not None and m.group() in load_set("irregular_pasts")


# The longest aside in parentheses read at a content's end.
MAX_ASIDE = 300


def open_parenthesis(text: str, lo: int, at: int) -> int:
    """Where the parenthesis that stands open at ``at`` opens, looked for from ``lo``:
    the last "(" before ``at`` with no ")" after it ("her ratings ([at] one point ..."),
    else -1."""
    opening = text.rfind("(", lo, at)
    if opening < 0 or text.find(")", opening, at) >= 0:
        return -1
    return opening


def _before_closing_aside(doc: Document, start: int, end: int) -> int:
    """``end`` moved back before an aside in parentheses that closes the content and
    opens with a word of data/aside_openers.txt: the writer's comment on what was said,
    no part of it ("mentioned [raising the minimum wage] (with far less intensity than
    ...)", "questioned [Santilli's statements] (which also attracted ...)"). Not a label
    or an abbreviation ("Sen. Ted Cruz (R-Texas)", "the Affordable Care Act (ACA)"), nor
    an aside inside a quotation."""
    text = doc.text
    if end - start < 8 or text[end - 1] != ")":
        return end
    opening = open_parenthesis(text, max(start, end - MAX_ASIDE), end - 1)
    if opening <= start or text[opening - 1] != " ":
        return end
    word = WORD.match(text, opening + 1, end)
    if (
        word is None
        or word.group().casefold() not in load_set("aside_openers")
        or not word.group()[0].islower()
        or QUOTE_MARK.search(text, opening, end) is not None
        or not _outside_quotation(text, start, opening)
    ):
        return end
    return trim_end(doc, start, opening)


# A second participle of the subject after the object of a cue in -ing, with an object
# of its own: "attacking [Mr. Trump] and visiting the campaign's headquarters",
# "acknowledging [mistakes] and learning from them" (not "and misleading articles").
SECOND_GERUND = re.compile(
    r""",?\s(?:and|but)\s(?:[a-z]+ly\s)?[a-z]{3,}ing\s
    (?:the|an?|his|her|their|its|my|our|him|them|it|us|me|that
      |for|about|from|on|with|to|up|out|off|down|back|[A-Z])\b""",
    re.VERBOSE,
)
# A word in -ing before that "and": the content holds participles or gerunds of its own
# ("describing [how jobs making furnaces and heating equipment ...]"); "during" is none.
GERUND_IN_CONTENT = re.compile(r"\b(?!during\b)[a-z]{3,}ing\b")


def _second_gerund_end(doc: Document, start: int, end: int) -> int:
    """``end`` moved back to a :data:`SECOND_GERUND` after an object with no word in -ing
    and no comma."""
    text = doc.text
    second = SECOND_GERUND.search(text, start, end)
    if second is None or second.start() <= start:
        return end
    if (
        GERUND_IN_CONTENT.search(text, start, second.start()) is not None
        or text.find(",", start, second.start()) >= 0
    ):
        return end  # ("seeking [evidence of fraud, breach of duty and interfering with ...]":
        # the last item of a list)
    return trim_end(doc, start, second.start())  # "... they have lost [-] and promising"


# A cue that opens with a word in -ing, its preposition after it or not: "railing
# against [superdelegates] and fighting to ...".
GERUND_CUE = re.compile(r"[a-z]{2,}ing\b")

# The lower-case word right before "and", for the participle test.
WORD_BEFORE_AND = re.compile(r"(?<![\w'’-])[a-z]{3,20}\Z")


def _clause_before(text: str, start: int, at: int) -> bool:
    """Whether ``text[start:at]`` holds a finite verb or a word of :data:`CLAUSE_WORD`:
    a clause, which a second clause after "and" may go on ("[the Democrats have too
    many superdelegates and the Republicans have too few]")."""
    return (
        FINITE_VERB.search(text, start, at) is not None
        or CLAUSE_WORD.search(text, start, at) is not None
    )


# A capitalised word or a pronoun right before "and", for the compound subject test.
NAME_BEFORE_AND = re.compile(r"(?<![\w'’-])(?:[A-Z][\w.'’-]{0,30}|it|he|she|they|we|you)\Z")


def _name_before(text: str, lo: int, at: int) -> bool:
    """Whether a capitalised word or a subject pronoun ends ``text[lo:at]``, so that a
    name after "and" joins it in one subject ("[Trump] and Lewandowski appeared",
    "alleges [it] and PepsiCo breached ...")."""
    return NAME_BEFORE_AND.search(text, max(lo, at - 31), at) is not None


def _participle_before(text: str, lo: int, at: int) -> bool:
    """Whether a past participle or an adjective in -ed ends ``text[lo:at]``: "[born] and
    raised", "[unsubstantiated] and fabricated" (data/irregular_participles.txt)."""
    m = WORD_BEFORE_AND.search(text, max(lo, at - 21), at)
    return m is not None and (
        m.group().endswith("ed") or m.group() in load_set("irregular_participles")
    )


# Words after "and" that open a second verb of a source: "[Trump] and has appeared".
SECOND_VERB_WORDS = ("has", "have", "had", "is", "was", "will", "would", "then", "later", "also")
# A second predicate of the source, or a second clause, after a content that is no
# clause: "decided [not to run] and has since ...", "charged [the officer with murder]
# and fired ...", "decided [not to enter the race] and she performed well".
SECOND_PREDICATE = re.compile(
    rf""",?\s(?:and|but)\s
    (?:(?:{"|".join(SECOND_VERB_WORDS)}|since|he|she|they|we|I)\b  # and has / and she
      | [a-z]{{3,}}ed\b                                           # and fired
      | (?P<subject>(?:[A-Z][\w.'’-]*\s){{1,3}})[a-z]{{3,}}ed\s    # and Emanuel fired his
        (?:the|an?|his|her|its|their|him|them|it|that|with|to|on|at|in|for|[A-Z])\b
        # (a verb with its object, not an adjective: "and Caa subordinated debt")
      | (?P<determined>(?:the|his|her|its|their)\s                  # and the PGA could not
        (?:(?!(?:that|who|which)\b)[\w’'-]+\s){{1,3}}?)
        (?:is|are|was|were|has|have|had|will|would|could|can|did|does|do)\b)
        # (no relative clause: "and the diversity that he would bring")""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class _TimeWords:
    lead: re.Pattern[str]  # a time phrase before a content: "said Monday [the company ...]"
    lead_first: frozenset[str]  # the first letters of a ``lead`` match, tested before it
    object_tail: re.Pattern[str]  # where an object cue's object ends: "[Clinton] on Thursday"
    occasion_lead: re.Pattern[str]  # "said in a statement [it would ...]"


@cache
def _time_words() -> _TimeWords:
    """The time patterns of the frames, built from the date vocabulary and
    ``data/period_words.txt`` (and ``data/occasion_nouns.txt`` for the object tail)."""
    rows = load_table("date_words")
    weekdays = [r["word"].capitalize() for r in rows if r["kind"] == "weekday"]
    months = [r["word"].capitalize() for r in rows if r["kind"] == "month"]
    days = [r["word"] for r in rows if r["kind"] == "day_word"]  # today, yesterday ...
    parts = [r["word"] for r in rows if r["kind"] == "day_part"]  # morning, night ...
    periods = load_set("period_words")  # week, summer ...
    occasions = load_set("occasion_nouns")
    plural_occasions = alternation([o for o in occasions if o.endswith("s")], boundary=False)
    durations = alternation([w for w in load_set("duration_words") if " " not in w], boundary=False)
    pasts = alternation(load_set("irregular_pasts"), boundary=False)
    part = alternation(parts, boundary=False)
    lead = re.compile(
        rf"""
        (?:{alternation(TIME_OPENERS, boundary=False)}\s)?
        (?:{alternation(PERIOD_OPENERS, boundary=False)}\s{alternation(periods, boundary=False)}
          | {alternation(weekdays, boundary=False)}(?:\s{part})?
          | {alternation(days, boundary=False)}
          | in\s(?:early\s|late\s|mid-)?{alternation(months, boundary=False)}  # in November
        )
        \s(?=[a-zA-Z])(?!{part}\b)   # not half of "Friday night"
        (?!(?:and|or|but)\b)        # "reported in May [and] some lawmakers": no subject
        """,
        re.VERBOSE,
    )
    first = {w[0] for w in (*TIME_OPENERS, *PERIOD_OPENERS, *weekdays, *days, "in")}
    # Where the object of an object cue ends ("endorsed [Clinton] on Thursday"): a time
    # or occasion phrase, or a second verb of the subject ("[Trump] last week and has
    # appeared").
    object_tail = re.compile(
        rf"""
        \s(?:
            (?:on|last|this|earlier|late|early|in|during|at|since|before|after)\s
            (?:(?:early|late)\s|mid-)?  # in early June
            (?:{alternation([*weekdays, *months, *periods, *parts], boundary=False)}\b
              # during a rally / in an email / at a press conference
              | (?:a|an|the|his|her|their|its)\s(?:[\w’'-]+\s){{0,3}}?
                {alternation(occasions, boundary=False)}\b)
          | in\s(?:[\w’'-]+\s){{0,2}}?{plural_occasions}\b  # in early-morning tweets
          | {alternation([*weekdays, *days], boundary=False)}\b  # endorsed him Thursday
          | (?<=[^\d\s]\s)(?:{durations}|minutes)\s(?:after|before)\b
            # "went after [Walker] hours after ...", not "wait 10 months before"
          | by\s(?:(?:about|nearly|almost|roughly)\s)?an?\s(?:[\w-]+\s){{0,4}}?margin\b
            # "supporting [her] by about a 67 percentage point margin": by how much
          | since\s(?:the\s)?(?:19|20)\d\d(?:s\b|(?![\d,]))
            # "supported [European unity] since the 1950s": how long the stance held
          | and\s(?:{alternation(SECOND_VERB_WORDS, boundary=False)})\b
          | and\s(?:[a-z]{{3,}}ed|{pasts})\b  # and fired / and said
          | but\b
          | (?:when|while|because|although|though|until|after
              |(?:as|since)\s(?:he|she|they|it|we|I))\s  # since they both were ...
        )""",
        re.VERBOSE,
    )
    # Where a statement was made, before a content that has no "that": "said in a
    # statement", "said in an interview with CNN", "said during a press conference".
    occasion_lead = re.compile(
        rf"""
        {occasion_phrase("in|on|during")}
        (?:\s(?:with|to)\s(?:the\s)?[A-Z][\w’'.&-]*(?:\s[A-Z][\w’'.&-]*){{0,3}})?  # with CNN
        ,?\s(?!that\b)(?=[a-zA-Z])
        """,
        re.VERBOSE,
    )
    return _TimeWords(lead, frozenset(first), object_tail, occasion_lead)


def object_end(text: str, start: int, end: int) -> int:
    """End of an object cue's content: its noun phrase, before a comma or a time or
    occasion phrase (:func:`_time_words`); a that-clause or quoted words stay whole."""
    if text.startswith("that ", start):
        return end
    quote = QUOTE_MARK.search(text, start, end)
    clause = object_clause_before_quote(text, start, quote.start()) if quote else None
    if clause is not None:
        # "speaking out against [injustice] because to her, “...”": a clause of its own
        # opens before the quotation, which is no part of the object
        end, quote = clause, None
    if quote is not None:
        comma = text.find(",", start, quote.start())
        participle = SET_OFF_PARTICIPLE_AFTER.match(text, comma) if comma > start else None
        if (
            participle is not None
            and not _participle_not_cue(participle.group())
            and next(cue_form_spans(text, start, comma), None) is None
        ):
            return comma  # "attacked [Trump], saying he “has offended ...”": the
            # participle of a cue states what the object cue's subject said
        if (
            comma > start
            and _statement_between(text, comma, quote.start())
            and next(cue_form_spans(text, start, comma), None) is None
        ):
            # "endorsed [the plan] on Tuesday evening, hours after Sanders said he was
            # “encouraged”": the quotation is another statement's, after the comma
            quote = None
    if quote is not None:
        # "blasted [Clinton as a “disgrace”] Wednesday on The Laura Ingraham Show": the
        # quoted words stay whole; a time or occasion after the last of them ends it
        last = max(text.rfind(mark, start, end) for mark in CLOSING_MARKS)
        after = last + (2 if text.startswith("''", last) else 1)
        tail = _time_words().object_tail.match(text, after, end) if last > start else None
        if tail is None or tail.group().lstrip().startswith(("but", "and")):
            return end  # "“extremely careless” but did not ...": the clause goes on
        return after  # "as a “disgrace” [Wednesday]": a time or occasion after the quotation
    comma = _object_comma(text, start, end)
    while comma > start and pair_goes_on(text, start, comma):
        comma = _object_comma(text, comma + 1, end)
    if comma > start:
        end = _list_end(text, comma, end) or _examples_end(text, start, comma, end) or comma
    dash = OBJECT_DASH.search(text, start, end)
    if dash is not None and dash.start() > start and not OBJECT_DASH.search(text, dash.end(), end):
        # "which has endorsed [Sanders] - said ...": a parenthesis closes ("Shriver — a
        # member of the clan — to replace": a second dash, the parenthesis is the object's)
        end = dash.start()
    tail = _time_words().object_tail.search(text, start, end)
    while tail is not None and (
        _participle_before_tail(text, start, tail.start())
        or pair_goes_on(text, start, tail.start())
        or attributive_after_and(text, tail.start(), end)
    ):
        tail = _time_words().object_tail.search(text, tail.end(), end)
    if tail is not None and tail.start() > start:
        end = tail.start()
        if text.startswith(" as ", end):
            end = _before_as_adverb(text, start, end)  # "[it], just as she has"
    return end


@cache
def _examples_opener() -> re.Pattern[str]:
    """A comma and a word of ``data/example_openers.txt`` after it: ", including", ",
    such as"."""
    return re.compile(rf",\s{alternation(load_list('example_openers'))}\s")


def opens_examples(text: str, comma: int) -> bool:
    """Whether the comma at ``comma`` opens the examples of what stands before it, after
    a word of ``data/example_openers.txt``: "some of his own non-facts[, such as] his
    recent claim"."""
    return _examples_opener().match(text, comma) is not None


def _examples_end(text: str, start: int, comma: int, end: int) -> int | None:
    """Where the examples of the object that opens at ``start`` end, after its comma: at
    ``end``, when a word of ``data/example_openers.txt`` opens them and no other comma
    follows ("supported [a ban on all forms of human cloning, including one called
    therapeutic cloning]", "sparred over [a range of issues, including immigration and
    surveillance]"). None when the examples close with a comma ("[accusations], including
    his call to ban them, could galvanize ...": the verb of the sentence follows) or a
    time or occasion phrase ends the words before the comma ("endorsed [the bid] on
    Monday, including ...": the examples are the sentence's)."""
    opener = _examples_opener().match(text, comma, end)
    if (
        opener is None
        or _object_comma(text, opener.end(), end) >= 0
        or _time_words().object_tail.search(text, start, comma) is not None
    ):
        return None
    return end


# The "but" that opens the second half of a pair whose first half is "not only / just /
# merely" (NOT_ONLY): ", but also", " but"; the first half is looked for at most
# PAIR_REACH characters before it.
PAIR_SECOND = re.compile(r",?\sbut\s")
PAIR_REACH = 300


def pair_goes_on(text: str, start: int, at: int) -> bool:
    """Whether ``at`` opens the "but" of a "not only X but (also) Y" pair whose first half
    stands in the content that opens at ``start``: "points to [sympathetic statements not
    only from Trump, but also from people who oppose same-sex marriage]", "said [he could
    lose not only because he supports Trump but also because he denied Garland a
    hearing]". PolNeAR keeps both halves in one content; the "but" is no second predicate,
    object end or second statement."""
    return (
        PAIR_SECOND.match(text, at) is not None
        and NOT_ONLY.search(text, max(start, at - PAIR_REACH), at) is not None
    )


# "and" with a form in -ed and the word after it: " and continued risks", " and
# unauthorized access".
AND_PARTICIPLE_NOUN = re.compile(
    r",?\s(?:and|or)\s(?P<form>[a-z]{3,20}ed)\s(?P<next>[a-z]{1,20})\b"
)


def attributive_after_and(text: str, at: int, end: int) -> bool:
    """Whether ``at`` opens "and" with a form of data/attributive_participles.txt as the
    adjective of a bare noun: a second item of the content ("[aggravated identity theft
    and unauthorized access to a protected computer]"), no second predicate. A
    preposition, particle, determiner or pronoun after the form makes it a verb ("and
    continued to", "and alleged that", data/participle_phrase_followers.txt)."""
    joined = AND_PARTICIPLE_NOUN.match(text, at, end)
    return (
        joined is not None
        and joined.group("form") in load_set("attributive_participles")
        and joined.group("next") not in load_set("participle_phrase_followers")
        and joined.group("next") not in PRONOUNS
    )


# The word before a time or occasion phrase, for the participle test.
WORD_BEFORE_TAIL = re.compile(r"(?<![\w'’-])[a-z]{3,20}\Z")


def _participle_before_tail(text: str, start: int, at: int) -> bool:
    """Whether a verb in -ed or a past participle of data/irregular_participles.txt
    stands right before the time or occasion phrase at ``at``, inside the object: the
    phrase tells when that was done ("attacked [Trump for comments made this week about
    ...]", "criticized [the strategy Obama trumpeted during Sunday's address]")."""
    m = WORD_BEFORE_TAIL.search(text, max(start, at - 20), at)
    return (
        m is not None
        and (m.group().endswith("ed") or m.group() in load_set("irregular_participles"))
        and m.group() not in cue_lexicon().forms  # "praised [his candidacy] warned on
        # Tuesday that ...": a cue's verb is the sentence's own
    )


# A comma that sets nothing off: one inside a number ("2,472") or between the day and
# the year of a date ("Sept. 11, 2012").
INNER_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)|(?:(?<=\s\d)|(?<=\s\d\d)),(?=\s\d{4}\b)")


def _object_comma(text: str, start: int, end: int) -> int:
    """The first comma of ``text[start:end]`` that may close an object, or -1: not one
    of :data:`INNER_COMMA` ("freeing all [2,472] delegates", "the [Sept. 11, 2012]
    attack")."""
    comma = text.find(",", start, end)
    while comma >= 0 and INNER_COMMA.match(text, comma) is not None:
        comma = text.find(",", comma + 1, end)
    return comma


def _statement_between(text: str, start: int, end: int) -> bool:
    """Whether a statement of its own opens in ``text[start:end]`` (between an object's
    comma and a quotation): a cue form after its subject ("hours after [Sanders said] he
    was “encouraged”", "[Hillary shot back], “I suppose ...”") or a participle in -ing
    ("[calling] him a “loser.”"); not a predicate that goes on from the object's subject
    ("but has previously dismissed the story, “Now, ...”")."""
    return any(
        text[lo:hi].partition(" ")[0].endswith("ing") or subject_before(text, lo)
        for lo, hi in cue_form_spans(text, start, end)
    )


def object_clause_before_quote(text: str, start: int, quote: int) -> int | None:
    """Where a subordinate clause opens right after an object, before a quotation and
    before any comma: "[injustice] because to her, “...”" (after a comma, "[Trump],
    Golvach lost his son when “...”", the object may be a list or an apposition)."""
    comma = text.find(",", start, quote)
    clause = OBJECT_CLAUSE.search(text, start, comma if comma >= 0 else quote)
    return clause.start() if clause is not None else None


# Most items of a list after an object's first, and most words of one item.
MAX_LIST_ITEMS = 8
MAX_ITEM_WORDS = 10
# What opens no item of a list: a clause, a relative, a phrase of its own ("..., who",
# "..., including", "..., he said") or a verb of the subject ("and fired").
NO_ITEM_OPENER = re.compile(
    r"(?:who|whom|whose|which|where|when|while|that|including|according|as|but|so|then|not"
    r"|because|although|though|after|before|since|despite|like|with|without|in|on|at|for"
    r"|from|by|to|than|during|over|about|against|among|rather|even|such|[a-z]+ed)\b"
)
# A word that makes an item a clause: a finite verb or a subject pronoun.
CLAUSE_IN_ITEM = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|should|may|might"
    r"|must|he|she|they|we|it|I|you|said|says|\w+n[’']t)\b"
    r"|\b[a-z]{3,}ed\s(?:[A-Z]|(?:the|a|an|his|her|their|its)\b)"  # "opposed Trump": a verb
)
# The "and" or "or" before the last item of a list.
LIST_LAST = re.compile(r"(?:^|\s)(?:and|or)\s")


def _list_item(item: str) -> bool:
    """Whether ``item`` (a stretch between commas) reads as one item of a list of
    objects: a few words, no clause of its own."""
    words = item.split()
    return (
        0 < len(words) <= MAX_ITEM_WORDS
        and NO_ITEM_OPENER.match(item) is None
        and CLAUSE_IN_ITEM.search(item) is None
        and not QUOTE_MARK.search(item)
    )


def _list_end(text: str, comma: int, end: int) -> int | None:
    """Where a list that goes on from an object's first comma ends, if the words after
    it are items of a list closed by "and" or "or": "ridicule [Donald Trump, Ben Carson,
    and Carly Fiorina]", "criticizing [Trump's foreign policy record, economic policies
    and personal finances]". Reads at most :data:`MAX_LIST_ITEMS` items."""
    at = comma
    for _ in range(MAX_LIST_ITEMS):
        nxt = text.find(", ", at + 1, end)  # not the comma of "$480,000"
        stop = end if nxt < 0 else nxt
        item = text[at + 1 : stop].strip()
        last = LIST_LAST.search(item)
        if last is not None:
            # "and Carly Fiorina" / "economic policies and personal finances"
            before, after = item[: last.start()], item[last.end() :]
            if not before and at == comma:
                return None  # "backed [Jeb Bush], and $100,000 from ...": two clauses
            if (not before or _list_item(before)) and _list_item(after):
                return stop
            return None
        if nxt < 0 or not _list_item(item):
            return None
        at = nxt
    return None


# A participle set off by a comma after an object: ", saying", ", calling".
SET_OFF_PARTICIPLE_AFTER = re.compile(r",\s(?:(?:even|also|then)\s)?[a-z]{2,}ing\b")
# Marks that close a quotation inside an object.
CLOSING_MARKS = ("”", '"', "''")
# A subordinating word that opens a clause after an object: "[injustice] because ...".
OBJECT_CLAUSE = re.compile(r"\s(?:because|although|though|whereas|while|when|until|unless)\s")
# A dash that closes a parenthesis after an object: " - ", " -- ", " — ".
OBJECT_DASH = re.compile(r"\s(?:-{1,2}|[—–])\s")


@cache
def _date_words() -> frozenset[str]:
    """Weekdays, months and "today"-like words, which start no content."""
    kinds = {"month", "weekday", "day_word"}
    return frozenset(row["word"] for row in load_table("date_words") if row["kind"] in kinds)


def within_aside(doc: Document, lo: int, cue: Span, content: Span) -> Span:
    """``content`` kept inside the parentheses that hold its cue: an aside says no more
    than it holds. The content ends at the closing parenthesis ("(... nobody bothered to
    tell me [which one]) when I saw a guy careening down the hallway"), and starts after
    the opening one if it began before it ("For all the talk of preparing for an attack
    (her team has reportedly consulted shrinks ...) Clinton is confronting ..."). A
    content before the aside ("[some] (polls say)"), one after it or one the aside closes
    is kept;
    ``lo`` is where the cue's paragraph starts."""
    text = doc.text
    if content.end <= cue.end:
        return content
    opening = open_parenthesis(text, lo, cue.start)
    if opening < 0:
        return content
    closing = text.find(")", cue.end, content.end)
    if closing <= content.start or text[closing + 1 : content.end].strip() == "":
        return content
    start = trim_start(doc, opening + 1, closing) if content.start <= opening else content.start
    return Span(start, trim_end(doc, start, closing))
