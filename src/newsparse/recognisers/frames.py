"""The frames of one paragraph: how a cue, its source and its content are laid out.

Each rule takes one cue and its sentence and returns an attribution or None
(content in brackets)::

    [“We will win,”] Clinton said.                       after a quote
    Clinton said: [“We will win.”]                       before a quote
    According to the ministry, [the strike killed 30].   according to
    [The strike killed 30], the ministry said.           content first
    [The plan], he said, [would fail].                   interrupted
    The coalition stated [that it cannot confirm it].    source, cue, content
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from itertools import islice

from ..article import Attribution, Quote
from ..document import Document, Span
from ..layout import abbreviations, is_abbreviation
from ..lexicon import alternation, load_set, load_table
from ..patterns import (
    ALNUM,
    BE_FORMS,
    PERIOD_OPENERS,
    PERSONAL_SUBJECTS,
    RELATIVE_PRONOUNS,
    TIME_OPENERS,
    WEEKDAYS,
    WORD,
    comma_before,
)
from .content_bounds import (
    ANSWER,
    CLAUSE_TAIL,
    CLOSING_REPORT_NAME,
    FINITE_VERB,
    LEAD_PREPOSITION,
    MAIN_VERB,
    QUOTE_MARK,
    SUBORDINATE_OPENER,
    SUBORDINATORS,
    at_least,
    clause_comma_before,
    closing_attribution,
    content_after,
    ends_opening_clause,
    find_that,
    listener_after,
    object_clause_before_quote,
    open_parenthesis,
    opening_participle,
    relative_object_end,
    sentence_opening_participle,
    trim_end,
    trim_start,
)
from .cues import (
    DETERMINER_BEFORE,
    LISTENER_LEMMAS,
    OPENING_MARKS,
    PASSIVE_BE,
    PHRASE_LEMMA,
    SAY_LEMMAS,
    STANCE,
    STANCE_BEFORE,
    Cue,
    cue_form_at,
    cue_form_spans,
    cue_lemma,
    cue_lexicon,
    find_cues_in,
    listener_cue_before,
    lower_form_in,
    no_subject_form,
    passive_view_before,
)
from .date_patterns import CALENDAR_NAMES
from .quote_frames import INVERTED_LEMMAS
from .quotes import is_embedded_title, is_nickname, is_title, is_title_modifier
from .speakers import (
    AUXILIARIES,
    COORDINATED_PRONOUNS,
    JOB_PREPOSITIONS,
    LOWER_DETERMINERS,
    MODALS,
    OPENING_PREPOSITIONS,
    WINDOW,
    head_nouns,
    job_of_body,
    job_word,
    occasion_at,
    people_nouns,
    sentence_subject,
    source_after,
    source_before,
    without_floating_tail,
)

# Between a closing quote mark and its cue: ", the Ministry " / " " / ", Smith, a spokesman, ".
QUOTE_TO_CUE = re.compile(
    r"""
    [\s,]{0,4}
    (?P<source>(?:[^;:!?“”"]|[“"][^;:!?“”"\n]{1,40}[”"]){0,160}?)   # the Ministry / Mr. Garin
    # / Smith, a spokesman, / the “Pose” actor
    [\s,]{0,3}
    """,
    re.VERBOSE,
)
# Most characters from a closing mark to the cue that names its speaker: a name and a
# long apposition ("Dylan Nelson, a postdoctoral fellow at ..., and co-author of the
# study, said"); the source group of QUOTE_TO_CUE is bounded below it.
QUOTE_TO_CUE_REACH = 180
# A word right after a cue: its object or content goes on ("told the audience"), where a
# cue that reports the sentence before it ends it (", the studio said.").
WORDS_AFTER_CUE = re.compile(r"[ \t\u00a0]*\w")
# The noun right after a quoted title that describes a speaker: the “Pose” [actor].
ROLE_WORD = re.compile(r"[ ][a-z][a-z-]+")
# A sentence end inside a stretch that should hold none: "... the economy. Smith".
SENTENCE_BREAK = re.compile(r"(?P<word>[A-Za-z]*[a-z]{3,})[.!?]\s")
# Between a cue and the quote it introduces: ": " / ", " / " in a statement: " / " reporters, ".
CUE_TO_QUOTE = re.compile(
    r"""
    (?P<middle>[^.;!?“”"]{0,80}?)   # in a statement / on Monday / reporters
    [\s,:]{0,3}$                    # then the punctuation before the mark
    """,
    re.VERBOSE,
)
# The preposition that opens the topic of a cue before its quotation: "said [of] Mr.
# Rubio: “...”", "wrote [about] Gov. Scott, “...”" (or that closes the cue: "wrote of").
TOPIC_PREPOSITION = re.compile(r"[ \t\u00a0]?(?:of|about)[ \t\u00a0]")
# A word closed by a period inside that topic: capital initials ("U.S.", "John F.
# Kennedy"), or a word to be checked against the abbreviations ("Mr.", "Sen.").
WORD_AND_PERIOD = re.compile(
    r"(?<![A-Za-z.])(?:(?P<initials>(?:[A-Z]\.){1,4})(?![A-Za-z])|[A-Za-z]{1,12}\.)"
)
# A participle or subordinate clause that closes a content-first sentence:
# ", putting 400 people ...", ", as the company looks to ...".
PARTICIPLE_TAIL = re.compile(
    r",\s(?:(?:[a-z]+ly\s)?[a-z]{2,}ing\b|(?:as|while|because|since|amid|even\sas|even\sthough)\s)"
)
# A noun phrase set off after the cue that sums up the statement, with its relative
# clause: "[Americans oppose cutting off the funds], a new poll finds, a debate that is
# likely to come to a head": no content goes on after the cue.
SUMMING_UP_TAIL = re.compile(r",\s(?:a|an)\s(?:[\w-]+\s){0,2}?[\w-]+\s(?:that|which)\s")
# A subordinate clause with a pronoun for its subject, right after a content-first cue
# (after its listener or its time at most): "[This is not about me], Obama told his
# advisers [as he labored over the address]", "[A], she said [when she left]". The clause
# tells when or why the words were said; the content is before the cue. Read after a
# verb of saying or telling only, and a content with a verb of its own: "[But in
# Anaheim], the crowd booed when he told them" and "[At day's end, however], Clinton
# said as he introduced his wife, “...”" hold no statement before the cue.
SUBORDINATE_TAIL = re.compile(
    r"\s(?:as|when|while|after|before|because|since|until|once)\s(?:he|she|they|we|I|it)\s"
)
# A finite verb of the content before such a cue ("[The plan is dead]", "[Turnout fell]").
CONTENT_VERB = re.compile(rf"\b{MAIN_VERB}\b")
# A reason, a contrast or a list right after the comma that closes an interrupting cue:
# ", because", ", since", ", while", ", including".
GOES_ON_AFTER_CUE = re.compile(r",\s(because|since|while|including)\s")
# A spaced dash right after a content-first cue: what follows sets off a remark on the
# content, no content of the cue's own: "[Such a move could alienate his backers],
# Clinton allies believe — backers she will need come November" (not "warned — that
# ...", the cue's own complement).
DASH_AFTER_CUE = re.compile(r"\s(?:--|[\u2013\u2014])\s(?!that\b)")
# The dash that opens such an aside before its content, when the dash after the cue closes
# it: "not whether he slides out — [that won’t happen], they believe — but how".
OPENING_DASH = re.compile(r"(?:--|[\u2013\u2014])\s*")
# An object and "as" between a cue and its quotation: "refers to [the governor as] “Chris.”".
OBJECT_THEN_AS = re.compile(r"\w\sas\Z")
# What may follow a source printed after its cue: ", a spokesman for ..." / ", who ...".
APPOSITION = re.compile(r",\s(?!and\b|but\b|or\b)")
# A relative clause of a person printed after the cue and its source, with no comma:
# "said an American official [who] was briefed on the talks".
RELATIVE_OF_SOURCE = re.compile(r"\s(?:who|whom|whose)\s")
# The last phrase set off by commas before a cue, when it describes a subject rather than
# ends a statement: "The official[, who asked that his name not be used,] said the
# Council ...", "Taft[, however,] said financial advisor Goldman ...".
SUBJECT_SET_OFF_BEFORE = re.compile(
    r",\s(?:who|whose|which|a|an|the|however|though|too|also|meanwhile)\b[^,]*,\s*\Z"
)
# Prepositions before a gerund whose doer is the object named before them: "faulted
# Snyder [for] refusing", "accused Trump [of] lying".
OBJECT_DOER_PREPOSITIONS = frozenset({"for", "of"})
# A preposition before a name, which then belongs to its phrase: "in contempt [of]
# Congress for refusing".
PREPOSITION_BEFORE_NAME = re.compile(r"\b(?:of|in|to|at|from|by|with|on|into|over)[ ]\Z")
# Capitalised words, up to five, that end a stretch: "faulted [Gov. Rick Snyder]".
CAPITALISED_RUN_END = re.compile(r"(?<![\w.’'-])[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,4}\Z")
# An auxiliary before the form of "be" of a passive: "[has] been criticized", "[were]
# being defended", "[will] be remembered".
PERFECT_BEFORE = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|can|cannot|could|might|may|must|should)"
    r"\s(?:[a-z]+ly\s|not\s|also\s|never\s)?\Z"
)
# The most characters read before "be"/"been" for PERFECT_BEFORE: "will probably ".
PERFECT_WINDOW = 20
# A verb that raises the subject of a passive infinitive, right before its "to be":
# "[The legality of the rules] is likely to be decided", "are to be unveiled", "would
# need to be informed", "had to be asked"; two words at most between the verb and "to".
RAISED_INFINITIVE_BEFORE = re.compile(
    rf"{alternation(AUXILIARIES - {'did', 'does', 'do'})}\s(?:[a-z]+\s){{0,2}}to\s\Z"
)
# The most characters read before "be" for RAISED_INFINITIVE_BEFORE: "is not likely to ".
RAISED_INFINITIVE_WINDOW = 40
# The rest of a phrase up to a comma: a few words, no clause punctuation or quotation
# ("[ and television networks by Edison Research],").
SOURCE_TO_COMMA = re.compile(r"(?:\s[^\s,.;:!?“”\"()]+){1,12},")
# A question word right before a source, the first word of the content: "[what] Trump
# says his plan would do", "[how] experts say it would shape tax law".
WH_BEFORE = re.compile(r"\b(?:[Ww]hat|[Hh]ow)\s\Z")
# The last letters of the question words of WH_BEFORE.
WH_LAST_LETTERS = frozenset("tw")


# What may follow a cue whose object is the relative pronoun before its source: the end
# of the clause, or an adjunct of time or place ("which Clinton conceded [when polls
# closed]", "which Obama signed [into law]", "which Mr. Ailes denies[,] the talk ..."); not
# "at", "on" or "for", which may open the verb's complement ("which analysts estimated [at
# 2.4 billion dlrs]", "which the company blamed [on currency movements]"); nor the head of
# a compound ("reported [in-line] results").
OBJECT_GAP_AFTER = re.compile(
    rf"""\s*(?:$|[,.;:!?)]
    | (?:in|during|when|while|before|after|since|until|into\slaw|last|this|yesterday|today
        |earlier|later|again|repeatedly|publicly|{"|".join(WEEKDAYS)})\b(?!-))""",
    re.VERBOSE,
)


# ", as" right before a source whose cue closes the sentence: "[The numbers changed over
# the summer], as Sanders has sometimes acknowledged."
COMMA_AS_BEFORE = re.compile(r",\s[Aa]s\s\Z")


def _clause_before_as(doc: Document, cue: Cue, src: Span, sent: Span) -> Span | None:
    """The clause before ", as" that a source and cue closing the sentence report, when
    only adjuncts follow the cue ("[Mr. Trump's defeat won't derail his campaign], as
    some have speculated.", "[... is a scare tactic], as David Dayen noted in The
    Intercept."). None when the cue has an object ("..., as Mr. Kerry continues to
    pursue diplomacy") or no clause stands before the comma."""
    text = doc.text
    if src.start < sent.start + 6 or COMMA_AS_BEFORE.search(text, src.start - 5, src.start) is None:
        return None
    end = trim_end(doc, cue.span.end, sent.end)
    if "," in text[cue.span.end : end] or not _object_gap(text, cue, Span(cue.span.end, end)):
        return None  # "..., as Tuesday's results show, Florida may ...": a clause follows
    start = trim_start(doc, sent.start, src.start)
    comma = trim_end(doc, start, src.start - 4)
    if not at_least(text, start, comma, 4) or QUOTE_MARK.search(text, start, comma):
        return None  # "“...,” she said, as the crowd applauded.": the quotation is hers
    if "\n" in text[start:comma]:
        return None  # a run of lines read as one sentence is no clause
    return Span(start, comma)


def _aside_before_source(doc: Document, src: Span | None, sent: Span) -> Span | None:
    """The clause inside a parenthesis before the source and cue that close it, when the
    words after the cue start on the closing bracket: "her low approval ratings ([at one
    point as low as 19%], Gutin says) hurt her husband" (PolNeAR). None when the aside
    holds nothing before its source ("Some (polls say) will vote"): the words after the
    bracket are the sentence's own, no content of the aside's cue."""
    text = doc.text
    if src is None:
        return None
    opening = open_parenthesis(text, sent.start, src.start)
    if opening < 0:
        return None
    start = trim_start(doc, opening + 1, src.start)
    end = trim_end(doc, start, src.start)
    if not at_least(text, start, end, 2):
        return None
    return Span(start, end)


# "which", "whom" or "what" right before a source, the object of a cue that closes its
# clause: "the war, [which] most Whigs opposed,", "That's [what] I talk about.".
# "that" is left out: the gold marks its object relatives only now and then ("the
# standard that the court announced in 1992" is unmarked).
BARE_RELATIVE_BEFORE = re.compile(r"\b(?P<word>[\w’'-]+)[,]?\s(?P<rel>whom|which|what)\s\Z")
# Prepositions whose object a relative pronoun right after them is: those that keep it
# from being the subject of a content (RELATIVE_BEFORE), and more that keep it from being
# a cue's object.
RELATIVE_PREPOSITIONS = ("in", "on", "at", "by", "to", "for", "with", "from", "during", "under")
BARE_RELATIVE_PREPOSITIONS = frozenset(RELATIVE_PREPOSITIONS) | frozenset(
    {"about", "of", "over", "among", "into", "through", "against", "upon", "without", "behind"}
)


def _bare_object_relative(doc: Document, cue: Cue, src: Span, sent: Span) -> Span | None:
    """The relative pronoun before ``src`` when it is the object of ``cue``, a cue with
    no content after it: its clause ends, or only adjuncts follow (:func:`_object_gap`:
    "which Mr. Putin vehemently opposed.", "whom Obama opposed.", "what they expected.")."""
    text = doc.text
    rel = BARE_RELATIVE_BEFORE.search(text, max(sent.start, src.start - 40), src.start)
    if rel is None or (
        rel.group("rel") != "what" and rel.group("word").casefold() in BARE_RELATIVE_PREPOSITIONS
    ):
        # "about whom he has written": the pronoun is the preposition's ("from [what] they
        # expected": "what" stands for the whole phrase, the cue's object inside it)
        return None
    end = trim_end(doc, cue.span.end, sent.end)
    if not _object_gap(text, cue, Span(cue.span.end, end)):
        return None
    return Span(rel.start("rel"), rel.end("rel"))


def _object_gap(text: str, cue: Cue, content: Span) -> bool:
    """Whether the relative pronoun before the source of ``cue`` is the cue's object:
    only adjuncts follow the cue up to the end of ``content``, with no verb or quoted
    words of a complement ("which he said [the government should pay for]", "who he
    dubbed “the little senator”", "which Beijing has vowed [to ignore]"), and the cue
    names nothing (data/naming_cues.txt: "which Mr. Trump called ''a disgrace''")."""
    return (
        cue.lemma not in load_set("naming_cues")
        and OBJECT_GAP_AFTER.match(text, cue.span.end, content.end) is not None
        and QUOTE_MARK.search(text, cue.span.end, content.end) is None
        and FINITE_VERB.search(text, cue.span.end, content.end) is None
    )


# Words that are no part of a noun phrase before a clause: auxiliaries, pronouns and the
# words that open a clause ("the fact [that] he", "the candidate [as] he seeks", "a
# sentence [I never thought] I'd write").
NOT_IN_HEAD = rf"""(?:{"|".join(sorted(AUXILIARIES))}|that|which|who|whom|what|and|or|but|as|if
    |when|while|because|since|after|before|until|though|although|where|so|than|once|unless
    |whether|he|she|they|we|I|you|it|me|him|her|them|us|never|not|thought|said|says)"""
# The noun phrase a relative clause with no relative pronoun describes, right before the
# clause's subject pronoun: a determiner, up to three words and a noun in lower case
# ("[the president] she hopes to succeed", "[any fees] he reported receiving", "[one of
# the things] he wanted"). The words between are no verbs.
ZERO_RELATIVE_HEAD = re.compile(
    rf"""(?<!\b[Aa]s\s)  # not a phrase of "as": "as the largest shareholder it also wants"
    \b(?:(?i:one)\sof\s)?(?:[Tt]he|[Aa]n?|[Aa]ny|[Ee]very|[Ss]ome|[Tt]hose|[Tt]hese)\s
    (?:(?!{NOT_IN_HEAD}\s)[\w’'-]+\s){{0,3}}?
    (?!{NOT_IN_HEAD}\s)(?P<noun>[a-z][\w’'-]*[a-z])\s\Z""",
    re.VERBOSE,
)
# The subject pronouns that open such a clause.
ZERO_RELATIVE_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "you", "it"})
# Determiners and possessives, which open a noun phrase.
DETERMINER_WORDS = "(?:the|a|an|his|her|their|its|this|these|those|my|our|your)"
# Object pronouns, which no infinitive is: "denied [to me]".
OBJECT_PRONOUN_WORDS = "(?:me|him|her|us|them|you|it)"
# The verb after a cue of such a clause whose object is the noun phrase: an infinitive
# ("hopes [to succeed]") or a gerund ("reported [receiving]").
GAP_VERB = re.compile(
    rf"\s(?:(?:not\s)?to\s(?!(?:{DETERMINER_WORDS}|{OBJECT_PRONOUN_WORDS})\b)[a-z]{{2,}}"
    rf"|[a-z]{{2,}}ing)\b"
    rf"(?!\s(?:that|{DETERMINER_WORDS})\b)"  # (no object: "hopes to see [the] plan")
)
# How far before a subject pronoun its noun phrase is looked for.
ZERO_RELATIVE_REACH = 60


# A finite form of "be" right after a cue, the verb of the sentence when the cue takes
# no clause: "The loopholes he cited[ are] ...".
FINITE_BE_AFTER = re.compile(r"[ \t\n\u00a0]+(?:is|are|was|were)\b")
# "all" or "what" and at most three words before a cue: a pseudo-cleft ("[All I'm]
# asking is that ...", "[what we should] ask is ..."), whose "be" opens the cue's object.
PSEUDO_CLEFT_BEFORE = re.compile(
    r"\b(?:[Aa]ll|[Ww]hat)[ \t\n\u00a0](?:[\w’'-]+[ \t\n\u00a0]){0,3}\Z"
)
# How far before a cue such an opening is looked for.
PSEUDO_CLEFT_REACH = 40


def _object_only_before_be(text: str, cue: Cue) -> bool:
    """Whether ``cue`` takes only a noun phrase as object (data/object_cues.txt,
    data/object_only_cues.txt) and a finite "be" follows it: the cue closes a relative
    clause with no relative pronoun whose object is the noun phrase before it ("The four
    loopholes he cited [are] ...", "the question nobody asked [was] ..."), and reports
    no content of its own. A cue that takes a clause leaves the content's subject out
    there ("the only regret he acknowledged [was a failed promise]") and is read, and so
    is a pseudo-cleft, whose "be" opens the object ("All I'm asking is [that ...]")."""
    if cue.lemma not in load_set("object_only_cues") and cue.lemma not in cue_lexicon().objects:
        return False
    return (
        FINITE_BE_AFTER.match(text, cue.span.end) is not None
        and PSEUDO_CLEFT_BEFORE.search(
            text, max(0, cue.span.start - PSEUDO_CLEFT_REACH), cue.span.start
        )
        is None
    )


def _zero_relative_content(text: str, cue: Cue, src: Span, content: Span) -> Span | None:
    """The content of a cue in a relative clause with no relative pronoun whose object is
    the noun phrase the clause describes: that phrase and the clause up to the cue and
    its infinitive or gerund ("[The things he wants to accomplish] appeal to the people",
    "[an office he's wanted to hold] since he was a teenager"). None when the cue has an
    object or a clause of its own ("the day he said [the plan would fail]") or the noun
    names a time (data/time_nouns.txt: "the week she announced ...")."""
    if text[src.start : src.end].casefold() not in ZERO_RELATIVE_SUBJECTS:
        return None
    head = ZERO_RELATIVE_HEAD.search(text, max(0, src.start - ZERO_RELATIVE_REACH), src.start)
    if head is None or head.group("noun") in load_set("time_nouns"):
        return None
    verb = GAP_VERB.match(text, cue.span.end, content.end)
    if verb is not None:
        return Span(head.start(), verb.end())
    if STRANDED_PREPOSITION.match(text, content.start, content.end):
        return None  # "the ideas he believes [in -] or ...": read as no statement
    if _object_gap(text, cue, content):
        return Span(head.start(), cue.span.end)  # "[the increase he seeks], to ..."
    return None


def _wh_before(text: str, start: int) -> int | None:
    """Where a question word of WH_BEFORE right before ``start`` starts; two characters
    are looked at first, so most sources never run the pattern."""
    if start < 4 or not text[start - 1].isspace() or text[start - 2] not in WH_LAST_LETTERS:
        return None
    wh = WH_BEFORE.search(text, max(0, start - 8), start)
    return wh.start() if wh is not None else None


# A noun phrase that opens a source and a second subject right after its noun, with no
# verb between: "[a probe ]the agency", "[the kind of liberal jurist ]many Republicans",
# "[nine outrageous things ]the candidate". Built by :func:`_contact_clause_head`.
CONTACT_CLAUSE_HEAD_TEMPLATE = r"""
    (?:(?:exactly|just|all)\s)?
    (?:(?:something|anything|everything)
      | (?:the|any|some|every|a|an|(?P<count>\d[\d,]*|{counts}))
        (?:\s(?!(?:{subject_openers}
                  |is|are|was|were|has|have|had|who|which|that|and|or|but|said|says|to)\b)
            (?P<last>[a-z][\w'’-]*)){{1,6}})
    \s(?=(?:{subject_openers})\s|(?P<name>[A-Z]))
"""
# The words that open the second subject (and so end the noun phrase before it); a
# capitalised name opens one too, when the content fills no gap but the subject's
# (:data:`NAME_SUBJECT_GAP`).
CONTACT_SUBJECT_OPENERS = "the|an?|many|some|most|his|her|their|its|he|she|they|it|we|I|you"
# A content that opens with an auxiliary or "to be": the clause's subject is missing, and
# the noun phrase before a named source fills it ("[a tactic] Democrats hope [will dampen
# Latino support]", "[a defeat] President Barack Obama believes [to be the worst]"). A
# name after a noun phrase that opens a content with a subject of its own describes the
# source ("the host Steve Doocy said the science ...").
NAME_SUBJECT_GAP = re.compile(
    rf"(?:{'|'.join(sorted(AUXILIARIES - {'be', 'been', 'being'}))})(?:n['’]t)?\s|to\sbe\s"
)


@cache
def _contact_clause_head() -> re.Pattern[str]:
    """:data:`CONTACT_CLAUSE_HEAD_TEMPLATE` with the number words of data/date_words.tsv
    ("two", "nine") as determiners."""
    counts = {
        row["word"]
        for row in load_table("date_words")
        if row["kind"] == "count" and row["word"] not in ("a", "an")
    }
    return re.compile(
        CONTACT_CLAUSE_HEAD_TEMPLATE.format(
            counts=alternation(counts, boundary=False), subject_openers=CONTACT_SUBJECT_OPENERS
        ),
        re.VERBOSE,
    )


# Words that end no noun phrase before a subject: "some [of] the men", "a party [at] the".
HEAD_END_PREPOSITIONS = OPENING_PREPOSITIONS | frozenset(
    {"of", "about", "by", "over", "into", "than", "as", "between", "among", "near"}
)
# What the subject of a relative clause with no "that" does not hold: a comma, or a verb
# of its own ("all the experts [I interviewed] said": the clause describes the source).
CONTACT_SUBJECT_BLOCK = re.compile(
    rf"[,;:—–]|\b(?:{'|'.join(sorted(AUXILIARIES))}|[a-z]{{2,}}ed|became|made|said|told)\b"
)
# What the noun phrase before such a subject does not hold: a verb in -ed or a
# possessive at its end ("the official cited a ...", "the region's most vocal critics").
CONTACT_HEAD_BLOCK = re.compile(r"\b[a-z]{2,}ed\b|['’]s?\s\Z")
# The word before a noun phrase: "[In] a report the institute said", "[told] a news
# conference the party decided": a phrase of place or time, or a listener, no gap to fill.
WORD_BEFORE_HEAD = re.compile(r"(?<![\w'’-])([a-z]+)\s+\Z", re.IGNORECASE)


def _after_preposition_or_cue(text: str, lo: int, at: int) -> bool:
    """Whether the word right before ``at`` is a preposition or a cue form in lower case."""
    word = WORD_BEFORE_HEAD.search(text, lo, at)
    if word is None:
        return False
    w = word.group(1)
    return w.casefold() in HEAD_END_PREPOSITIONS or (
        w.islower() and lower_form_in(text, word.start(1), word.end(1))
    )


# A content that opens with its verb, its subject a relative pronoun before the source:
# "that officials say [will work]", "that investigators said [they found]" is not one.
SUBJECTLESS = re.compile(rf"(?:{'|'.join(sorted(AUXILIARIES))}|[a-z]{{2,}}ed)\b")
# A second clause coordinated after the content of a question word: ", and what it ...".
WH_COORDINATION = re.compile(r",?\s(?:and|but|or)\s(?:what|how)\b")
# How far around a capitalised word its lower-case form is looked for.
LOWER_CASE_REACH = 3000
# A preposition right before a cue in -ing, which is then a gerund: "known [for] telling",
# "the idea [of] offering", "[for] fearlessly speaking out about".
PREPOSITION_BEFORE_GERUND = re.compile(
    r"\b(?:for|of|by|about|without|after|before|in|on)[ ](?:[a-z]{2,14}ly[ ])?\Z"
)
# How far before a gerund PREPOSITION_BEFORE_GERUND looks.
GERUND_PREPOSITION_REACH = 24


def _reports_between(text: str, lo: int, hi: int) -> bool:
    """Whether a verb of speech or writing stands between ``lo`` and ``hi``: a gerund
    after it is inside its report ("Vernes said the protest was prompted by the EC's
    policy of [offering] rebates": the EC offers them, not Vernes)."""
    forms = cue_lexicon().forms
    lo = max(lo, hi - REPORT_REACH)  # bounded, however long the sentence
    lo = max(lo, text.rfind(" but ", lo, hi), text.rfind(" and ", lo, hi))  # a predicate of
    # its own: "described the incident as X, but stopped short of [calling] ..."
    return any(
        forms.get(w.group().casefold(), ("", ""))[1] in REPORTING_KINDS
        for w in WORD.finditer(text, lo, hi)
    )


# How far before a gerund a verb of speech or writing is looked for.
REPORT_REACH = 200
# The kinds of cue verbs whose content may hold a gerund of someone else's doing.
REPORTING_KINDS = frozenset({"speech", "writing"})


def _opens_in_ing(text: str, span: Span) -> bool:
    """Whether the first word of a cue ends in -ing: "telling", "speaking [out about]"."""
    space = text.find(" ", span.start, span.end)
    return text.endswith("ing", span.start, space if space > 0 else span.end)


# The last word of an object cue that ends with its preposition ("speak up about").
CUE_PREPOSITIONS = (" about", " against", " for", " of", " on", " to")
# A word after such a cue, its object: "speak up about [instances]".
OBJECT_AFTER_PREPOSITION = re.compile(r"[ \t\u00a0]+[\w$“\"]")
# The word right after a cue: "said [Mark] Quinlan", "said [lead] underwriter Goldman".
NAME_AFTER_CUE = re.compile(r"[ \t\n]+(?P<word>\w+)")


# An amount right after "added": a price, an index or a player gains it ("added 0.1% to
# $1,472.19", "added 25 points").
AMOUNT_ADDED = re.compile(r"[$€£]?\d[\d.,]*\s?(?:%|(?:pct|percent|per\s?cent|points?|cents?)\b)")
# Verbs of writing whose object after "to" is the one written to, no statement.
WRITING_LEMMAS = frozenset({"write", "email", "text", "message"})
# A content that only names who was written to, perhaps with a time: "wrote [to investors]",
# "wrote [to her on Thursday]", "emailed [to delegates on Thursday]", "wrote [to Lynch]":
# after "to" a capitalised word, a determiner, an object pronoun or a plural, up to six
# words with no "about" or clause ("wrote [to Mrs. Clinton about a visit]" reports).
ADDRESSEE_ONLY = re.compile(
    r"""to\s(?:[A-Z]|(?:the|a|an|his|her|their|its|our|my|your|him|them|us|me)\b|[a-z]+s\b)
    [^\s,;:.!?“”"]*(?:\s[^\s,;:.!?“”"]+){0,5}\Z""",
    re.VERBOSE,
)
# Words after such a "to" that make it more than an address: what is written about.
ADDRESSEE_GOES_ON = re.compile(r"\b(?:about|that|saying|asking|urging|to)\s")
# Where a verb of pressing (data/motion_cues.txt) moves its object, rather than urging it
# to act: "pushed [Clinton to the left]", "[the company's value to nearly $11.5 billion]",
# "[supporters onto the list]", "[Clinton in his direction]", "[states in Democrats'
# direction]", "pushed [too far to the right]", "pushed [through a number of laws]"
# ("pushed [states to adopt standards]" and "pushed [for a vote]" report).
PUSHED_SOMEWHERE = re.compile(
    r"""(?:(?!to\s)[^\s,;:.!?]+\s+){0,5}?  # no "to" of an act before: "veto power to be"
    (?:too\sfar\s
      |(?:to|toward|towards)\s(?:(?:the|a|an|his|her|its|their|second|third|fourth|victory|nearly)\b|[$\d])
      |(?:into|onto|off|through)\s
      |in\s(?:his|her|its|their|that|this|the|a|[\w-]+['’]s?)\s(?:[a-z]+\s)?direction\b)""",
    re.VERBOSE,
)


def _moves_its_object(text: str, cue: Cue, content: Span) -> bool:
    """Whether a verb of pressing (data/motion_cues.txt) moves what follows it rather than
    urging it: "pushed [Clinton to the left]", "pushing [its value to nearly $11.5
    billion]", "pushed [through a large number of laws]" ("pushed [for a vote]" urges)."""
    return (
        cue.lemma in load_set("motion_cues")
        and not text.endswith("for", cue.span.start, cue.span.end)
        and PUSHED_SOMEWHERE.match(text, content.start, content.end) is not None
    )


def addresses_only(doc: Document, a: Attribution) -> bool:
    """Whether ``a``, its content settled, has a verb of writing (:data:`WRITING_LEMMAS`)
    whose content names only the one written to (:data:`ADDRESSEE_ONLY`): "Mr. Ackman
    wrote [to investors], telling them ...", "the groups who wrote [to her on Thursday]
    say ...". What was written is elsewhere or unsaid."""
    text, content = doc.text, a.content_span
    return (
        cue_lemma(doc, a) in WRITING_LEMMAS
        and ADDRESSEE_ONLY.match(text, content.start, content.end) is not None
        and ADDRESSEE_GOES_ON.search(text, content.start + 3, content.end) is None
    )


# A subject pronoun that opens a clause between a cue and a quotation: "said [it] struck".
CLAUSE_SUBJECT = re.compile(r"(?:it|he|she|they|we|I|you)\s", re.IGNORECASE)


def _subordinate_tail(text: str, cue: Cue, tail: str, content: Span) -> re.Match[str] | None:
    """The subordinate clause after a content-first cue of saying or telling
    (:data:`SUBORDINATE_TAIL`), when the content before it has a verb of its own."""
    if cue.lemma not in SAY_LEMMAS and cue.lemma not in LISTENER_LEMMAS:
        return None
    subordinate = SUBORDINATE_TAIL.search(tail)
    if subordinate is None or CONTENT_VERB.search(text, content.start, content.end) is None:
        return None
    return subordinate


# A subject of two words, a determiner and its noun, before an interrupting source and
# cue: "[The museum], Mr. Obama said, [would make ...]". Shorter openers are most often
# adverbs ("Too often, he said, ...", "And so, he said, ...") whose content follows.
DETERMINED_SUBJECT = re.compile(
    r"(?:The|This|These|Those|His|Her|Their|Its|Our|My|Such|Every|Each|No|A|An)\s[\w’'-]+"
)
# What closes a cue that interrupts its content: a comma, perhaps after a time word
# ("The truth, the senator said then, was that ...", "..., he said on Monday, would").
INTERRUPTION_CLOSE = re.compile(
    rf"""\s{{0,3}}
    (?:(?:then|later|earlier|again|today|yesterday
       |(?:on\s)?(?:{"|".join(WEEKDAYS)}))\s{{0,3}})?
    ,""",
    re.VERBOSE,
)

# A relative pronoun right before the comma of an interrupting source and cue, set off
# from the clause before it by a comma, a dash or a parenthesis (perhaps after "all of",
# "the existence of" ...), or "where" after its place: "the stadium, [which], Tompkins
# said, is full", "- [all of whom], she explained, needed a boost", "a tunnel [where], it
# is said, ...". Its clause is the content.
RELATIVE_BEFORE_INTERRUPTION = re.compile(
    r"""(?:(?<=[,(—–-]\s)|(?<=[,(—–-]))
    (?:(?:all|some|many|most|none|both|each|either|neither|one|several|few|half|much|any
       |the\s[\w-]+)\sof\s)?
    (?:which|whom)\s*,\s*\Z
    |(?<=\s)where\s*,\s*\Z""",
    re.VERBOSE,
)


@cache
def _verb_after_interruption() -> re.Pattern[str]:
    """The verb that goes on after an interrupting source and cue: "Compaq, she predicted,
    [would] come to them", "Voters, Clinton suggested, [don't] have to worry", "Bob, they
    said, [ordered] them to wait", "Greensboro, Sexton said, [made] him question ...": an
    auxiliary, perhaps with its "n't", or a verb in -ed or of data/irregular_pasts.txt
    before its object or a preposition (not an adjective before its noun: "Rather, he
    said, continued struggles ...")."""
    pasts = alternation(load_set("irregular_pasts"), boundary=False)
    return re.compile(
        rf"""\s(?:{alternation(AUXILIARIES | {"remains", "seems"})}
            | {alternation(AUXILIARIES | {"wo", "ca"}, boundary=False)}n[’']t\b
            | (?:[a-z]{{3,}}ed|{pasts})
              \s(?:the|an?|his|her|their|its|him|them|it|us|me|that|to|for|on|in|with|by
                 |[A-Z])\b)""",
        re.VERBOSE,
    )


# A subject of one or two capitalised words: "[Compaq]", "[Mrs. Clinton]", "[That]".
SHORT_SUBJECT = re.compile(r"[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*)?")


def _short_subject(text: str, cue: Cue, subject: Span, end: int) -> bool:
    """Whether the words before an interrupting source and cue are the subject of the
    content for all their shortness: a determiner and its noun or one or two capitalised
    words, and a verb right after the interruption (and after a listener): "[The solution],
    the partner told them, [was simple]", "[Mrs. Clinton], analysts said, [has other
    reasons]" ("Too often, he said, the party ..." has no verb there: an adverb)."""
    after = cue.span.end
    if cue.lemma in LISTENER_LEMMAS:
        listener = listener_after().match(text, after, end)  # "told [them]"
        if listener is not None:
            after = listener.end()
    close = INTERRUPTION_CLOSE.match(text, after, end)
    if close is None:
        return False
    if DETERMINED_SUBJECT.fullmatch(text, subject.start, subject.end) is not None:
        return True
    return (
        SHORT_SUBJECT.fullmatch(text, subject.start, subject.end) is not None
        and _verb_after_interruption().match(text, close.end(), end) is not None
    )


# An infinitive right after a cue: "declined [to comment]", "vowed [to fight on]" (not
# "said to reporters", "told to the BBC").
INFINITIVE_TAIL = re.compile(
    r"\s{0,3}to\s(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those"
    r"|reporters|journalists)\b)[a-z]+\b"
)
# A clause of its own right after a cue: " it still posed a threat" (no comma, no tail word).
OWN_CONTENT = re.compile(r"\s(?:that|he|she|it|they|we|I|there|the)\s")
# "and" right before a cue: "... and said", "... and later added".
AND_BEFORE = re.compile(r"\s(?:and|but)\s(?:\w+\s)?$")
# ... or a comma or a dash, "and" and an adverb in -ly, read further back: ", and
# promptly voted against" (not before a participle: "and pointedly saying" goes on with
# the participle before it, whose source is set later; nor with no break before "and":
# "softness and previously announced delays" joins two nouns).
AND_ADVERB_BEFORE = re.compile(r"(?:,|\s[—–-])\s(?:and|but)\s[a-z]{2,}ly\s$")
# ... or "or" between two verbs of one subject: "hasn't endorsed her [or] conceded his
# bid", "one Clinton ad declared - [or] denouncing him as ..."; not after a comma
# ("leaning toward Cruz, or simply opposed to Trump": a second predicate of "they", no
# verb of the sentence's subject), nor before "so" ("or so writes Mr. Fleming": an
# inverted source).
OR_BEFORE = re.compile(r"(?<!,)\sor\s(?!so\s)(?:\w+\s)?$")
# How far back before "or" a comma opens a list of verbs.
OR_LIST_REACH = 16
AND_BEFORE_REACH = 12
AND_ADVERB_BEFORE_REACH = 24
# A gap between a quote and a cue that starts a new clause, not a source:
# "” Of Carson, Levine said" / "” Asked about it, he said".
GAP_OPENER = re.compile(
    r"(?:Of|In|At|On|For|With|After|Before|About|As|But|And|When|While|Asked|Later|Then)\b"
)
# What opens a participial clause of the sentence's source: ", adding" / ",” citing" /
# ", falsely suggesting" / "while acknowledging" / "before saying".
# A verb of quoting, the person quoted and "as" before a participle: "quoted [Turkish
# Minister of Industry and Trade Cahit Aral] as saying", "cited [officials] as saying".
# The person opens with a capital, a determiner or an object pronoun: "was quoted [by
# PAP] as saying" and "was quoted [in the paper] as saying" name no one quoted.
QUOTED_PERSON = r"""
    (?P<who>him|her|them|(?:[A-Z]|(?:a|an|the|one|another|his|her|its|their)\s)[^,;.“”\"]{1,100}?)
    \sas\s+"""
QUOTED_AS = re.compile(
    rf"\b(?:quoted|quotes|quoting|cited|cites|citing)\s{QUOTED_PERSON}\Z", re.VERBOSE
)
# The same after the verb of quoting, up to the participle: " [Chen] as saying".
QUOTED_PERSON_AS = re.compile(
    rf"\s{QUOTED_PERSON}(?P<participle>[a-z]{{2,}}ing)\s+[^\s.“”\"]", re.VERBOSE
)  # with words after the participle: "“...,” the paper quoted the official as saying." stays
# "as" and a blank right before a participle.
AS_BEFORE = re.compile(r"\sas\s\Z")
# Verbs of quoting whose person is the source of a participle after "as".
QUOTING_LEMMAS = frozenset({"quote", "cite"})
PARTICIPLE_LEAD = re.compile(
    r"""
    (?:,[”"']{0,2}|\b(?:while|after|before|by|without|when))
    \s{1,3}(?:(?:[a-z]{2,}ly|even|also|then)\s{1,3})?$   # ", even suggesting"
    """,
    re.VERBOSE,
)
# Most auxiliaries between a quotation and its cue: "[will have been] endorsed".
MAX_GAP_AUXILIARIES = 3
# Most words of a quotation that ends the subject of a verb: the party's “superdelegates”.
MAX_SUBJECT_QUOTE_WORDS = 3
# Most words of a quoted term that ends no clause: "the “wise Latina” phrase".
MAX_TERM_QUOTE_WORDS = 3
# Relative pronouns, "whom" with them, that open a relative clause between a quotation and
# a cue: "“to unmask” Trump, [whom] he called a fraud".
RELATIVE_OBJECTS = RELATIVE_PRONOUNS | {"whom"}


def _auxiliaries_only(gap: str) -> bool:
    """Whether the words between a quotation and a cue are one to three auxiliaries and
    nothing else: " have " in ''superdelegates'' [have] endorsed."""
    words = gap.split()
    return 0 < len(words) <= MAX_GAP_AUXILIARIES and all(w in AUXILIARIES for w in words)


# A gap of "and" / "but" between a quote and a cue: the cue starts a second
# statement of the sentence's subject ("X called it “A” and said ...").
GAP_AND = re.compile(
    r"(?:\s*(?:-{1,2}|[—–])\s*|\s*,\s*)?(?:and|but)(?:\s+[a-z]+ly|\s+(?:also|then|later|has|had))?\s*"
)  # also after a dash or a comma that closes a parenthesis: "- “B” - and vowed to ..."
# Where a second clause starts after the complement of a passive or a raising verb: a
# colon, a dash, or ", and" / ", but".
RAISED_CLAUSE_END = re.compile(r":\s|\s[—–-]{1,2}\s|,\s(?:and|but)\s")
# A colon right after the source of a phrase cue, before a quotation: "in the words of
# the patient: “...”".
COLON_BEFORE_QUOTE = re.compile(r"[ \t\u00a0]{0,2}:[ \t\u00a0\n]{0,3}")
# What follows a cue that opens a statement: " that ...", " “...".
NEW_CONTENT = re.compile(r"\s(?:that\b|[“\"])")
# An apposition after the source of "according to", up to its closing comma: ", a
# Republican strategist," / ", who ...," / ", writing for X," / ", Clinton's director,".
ACCORDING_APPOSITION = re.compile(
    r",\s(?:(?P<relative>who|which)\s|(?:a|an|writing|speaking)\s|(?P<possessive>[A-Z][\w.-]*[’']s\s))"
    r"[^,;:“”\"]{1,120},"
)
# A name set off by commas after a source that ends with a job: "the company's CEO,
# [Linda Yaccarino],".
NAME_APPOSITION = re.compile(r",\s(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3}),\s")


def _ends_with_job(source: str) -> bool:
    """Whether a source phrase ends with a job: "a tweet by the company's CEO"."""
    words = source.split()
    return bool(words) and words[-1].strip(".,").casefold() in load_set("titles")


# Most words of a possessive apposition after the source of "according to" (", Trump's
# campaign manager,").
MAX_ACCORDING_APPOSITION_WORDS = 8
# A quotation opening after a sentence: "X wrote in September. “Whether ...".
QUOTE_NEXT = re.compile(r"\s*[“\"]")
# A content that is only a place or a time: "no injuries (were) reported [in Israel]".
PLACE_ONLY = re.compile(r"(?:in|at|near|across|from|since|during)\s[\w’'-]+(?:\s[\w’'-]+){0,3}")


@cache
def _time_only() -> re.Pattern[str]:
    """A content that is only a time, to be matched whole: "apologized [the next day]",
    "when asked [back in 2008]", "told [last month]", "pledged for [this year]", "[on
    Tuesday]", "[three years ago]", "reported [a few days later]"; built from the date
    vocabulary and ``data/period_words.txt``."""
    rows = load_table("date_words")
    weekdays = alternation(r["word"].capitalize() for r in rows if r["kind"] == "weekday")
    months = alternation(r["word"].capitalize() for r in rows if r["kind"] == "month")
    days = alternation(r["word"] for r in rows if r["kind"] == "day_word")  # today ...
    parts = alternation(r["word"] for r in rows if r["kind"] == "day_part")  # night ...
    periods = alternation(load_set("period_words"))  # week, summer ...
    return re.compile(
        rf"""(?:back\s|(?:{alternation(TIME_OPENERS)})\s)?
        (?:(?:on\s)?{weekdays}(?:\s{parts})?                     # (on) Tuesday (night)
          | (?:{alternation(PERIOD_OPENERS)}|that)\s(?:{periods}|{parts})  # last month
          | the\s(?:next|following|previous|same)\s(?:day|{periods}|{parts})
          | (?:in|since|by)\s(?:early\s|late\s|mid-)?(?:{months}|\d{{4}})(?:\s\d{{4}})?
          | {days}(?:\s{parts})?                                  # yesterday (morning)
          | (?:a\sfew\s|\w+\s|\d+\s)?(?:{periods}|days|weeks|months|years)\s(?:ago|later)
        )""",
        re.VERBOSE,
    )


@cache
def _manner_only() -> re.Pattern[str]:
    """A content that is only how or how often something was done, to be matched whole:
    an adverb in -ly with a time, a place or "every time" after it at most ("Clinton
    testified [voluntarily in 1998]", "whom he attacked [viciously during the
    campaign]", "that respond [favorably every time]", "might respond [more
    radically]"), or a count of times ("it was retweeted [over 25,000 times]")."""
    return re.compile(
        rf"""(?:(?:more|less|most|very|so|too|quite)\s)?(?P<adverb>[A-Za-z]+ly)
          (?:,?\s(?:every\s(?:time|day|week)|{PLACE_ONLY.pattern}|{_time_only().pattern}))?
        | (?:(?:over|about|nearly|almost|some|more\sthan|at\sleast)\s)?
          \d[\d,.]*(?:\s(?:million|thousand))?\stimes""",
        re.VERBOSE,
    )


# A preposition left at the end of a relative clause, then a mark: "the ideas he believes
# [in -] or to nurse ...", "any religion they wanted [to,] or ...", "a candidate to
# contend [with,] Senate Republicans face ...": the cue's object is the noun before (a
# hyphen counts only spaced as a dash: "reported [in-line] results" reports).
STRANDED_PREPOSITION = re.compile(
    r"(?:to|in|on|about|of|for|with|at|from|by|into|against|over)(?:\s?[,;:—–]|\s-{1,2}\s)"
)


@cache
def _time_manner_or_stranded() -> re.Pattern[str]:
    """:func:`_time_only` or :func:`_manner_only` matched whole, or
    :data:`STRANDED_PREPOSITION` at the start, tried in this order in one call: a
    content is read once where three patterns each read it in turn (the group
    ``adverb`` is set only by a manner)."""
    return re.compile(
        rf"""(?:{_time_only().pattern})\Z
        | {STRANDED_PREPOSITION.pattern}
        | (?:{_manner_only().pattern})\Z""",
        re.VERBOSE,
    )


def _only_time_or_manner(text: str, content: Span) -> bool:
    """Whether ``content`` is a time alone or a manner alone (``_manner_only``; an -ly
    noun of ``data/ly_nouns.txt`` is no adverb: "reported [daily to the studio head]"),
    or opens on a stranded preposition (:data:`STRANDED_PREPOSITION`)."""
    found = _time_manner_or_stranded().match(text, content.start, content.end)
    if found is None:
        return False
    adverb = found.group("adverb")
    return adverb is None or adverb.casefold() not in load_set("ly_nouns")


def _only_time_or_manner_in(doc: Document, content: Span) -> bool:
    """:func:`_only_time_or_manner` of ``doc``, kept per content span: a content is
    read by each rule that reads it and again when the attributions are gathered."""
    seen = doc.derived(_time_or_manner_memo)
    key = (content.start, content.end)
    known = seen.get(key)
    if known is None:
        known = seen[key] = _only_time_or_manner(doc.text, content)
    return known


def _time_or_manner_memo(doc: Document) -> dict[tuple[int, int], bool]:
    """An empty memo of :func:`_only_time_or_manner_in` for ``doc``."""
    return {}


# The first word of a phrase and what follows it.
FIRST_WORD = re.compile(r"[A-Za-z]+")
# Marks that may close a lead before its comma: "At an event billed as “Hard Hats,”".
LEAD_CLOSERS = " ,”\"'’"


def _fronted_adverbial(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, printed before a sentence's subject and cue, is an
    adverbial lead alone: it opens on a word of ``data/adverbial_leads.txt`` and holds no
    comma of its own, so no clause follows the lead ("[While history is not
    determinative], it can hardly be ignored", "[In an interview with Fox], Trump
    pointed to China"; "In 2014, Ferguson had 115 crimes" has its clause)."""
    first = FIRST_WORD.match(text, start, end)
    if first is None or first.group().casefold() not in load_set("adverbial_leads"):
        return False
    return "," not in text[start:end].rstrip(LEAD_CLOSERS)


def complement_in(tail: str) -> bool:
    """Whether the words after a cue, up to its sentence's end, hold more than marks and a
    time: the cue's own complement ("believe [in the American dream]", "railed [at
    Obama's refusal]"), where "..., he said." and "..., he said on Tuesday." end on it."""
    rest = tail.strip(" ,.;:")
    return bool(rest) and _time_only().fullmatch(rest) is None


def states_only_a_time(doc: Document, a: Attribution, sent: Span) -> bool:
    """Whether the content of ``a``, an attribution in the sentence ``sent`` read by a
    rule other than those of quotations, is a time alone, or a manner alone, with its
    final bounds: "He apologized [the next day], saying ...", "when asked [back in
    2008]", "Clinton testified [voluntarily in 1998]", "When it was argued [in January]",
    "A decision is expected [in April]" ("which he denounced Thursday" has its relative
    pronoun; "she said in December. “A.”" goes on with its quotation)."""
    content = a.content_span
    return (
        a.rule not in ("after-quote", "before-quote", "cue-before-quote", "colon")
        and _only_time_or_manner_in(doc, content)
        and not (
            QUOTE_NEXT.match(doc.text, sent.end)
            and not doc.text[content.end : sent.end].strip(" .:")
        )
    )


# "According to X, ..." opening a sentence: the sentence names its source there.
ACCORDING = re.compile(r"[Aa]ccording\sto\s")
# A form of "be" right before a cue: "is expected to", "are widely believed to".
# Irregular past participles of cue verbs: "is said to", "was told that".
PARTICIPLES = frozenset({"said", "told", "known", "seen", "shown", "thought", "written", "heard"})
# Most words of a source printed after its cue: "said Mindy Romero" / "said a person
# familiar with the matter".
MAX_SOURCE_AFTER = 8
# Most words of a source after its cue that is a title and a name, the title led by its
# body's name: "said [The We Company’s recently named executive chair Marcelo Claure]".
MAX_TITLED_SOURCE_AFTER = 12
# Lower-case words that open a source printed after its cue: "said the official",
# "said several observers", "said two people familiar with the talks".
SOURCE_AFTER_OPENERS = frozenset(
    {"the", "a", "an", "several", "some", "many", "two", "three", "four", "other", "one"}
)
# A subordinate clause before "according to X, ...": the main clause follows the source.
SUBORDINATE_LEAD = re.compile(
    r"(?:[Ww]hile|[Aa]lthough|[Tt]hough|[Ww]hereas|[Ii]f|[Ww]hen|[Aa]s)\s"
)
# Words of a lead before "according to X, ..." from which on it is a clause of its own
# (the content), not an opening phrase of the envelope ("But the next day, ...").
ENVELOPE_LEAD_WORDS = 7
# A clause coordinated after the source of "according to": ", [and] the group says ..."
# (the content is the words before the cue alone).
COORDINATED_AFTER = re.compile(r",\s(?:and|but|while|as)\s")
# "and" after the source of "according to" set off by commas: the content goes on.
AND_AFTER_SOURCE = re.compile(r",\sand\s")
# The opening of a phrase that describes the source of "according to" after its comma:
# an article or a job and its preposition (", [a] Republican strategist", ", [head of]
# the National Center ..."; the job is read in data/titles.txt, the preposition is one of
# speakers.JOB_PREPOSITIONS).
SOURCE_APPOSITION_OPENER = re.compile(
    rf",\s(?:(?:a|an)\s|(?P<job>[a-z]+)\s(?:{'|'.join(sorted(JOB_PREPOSITIONS))})\s)"
)
# A gap between a quote and its cue that holds a source and its relative clause:
# "an intelligence source, who was not authorized to speak on the record".
GAP_RELATIVE = re.compile(r"[^,]{2,60},\s(?:who|which)\s")
# A relative pronoun after a noun and the subject of its clause, ending a gap before a
# cue: "policies, which [he]", "a plan that [Clinton]" (no comma after the pronoun: the
# clause is not closed before the cue, as in "an official, who asked ..., said").
GAP_RELATIVE_SUBJECT = re.compile(
    r"(?:\A|\w,?\s)(?:which|that)\s(?:he|she|they|we|I|[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2})\Z"
)
# Most words between a quote and its cue; more when a name and a comma open them: a
# long apposition or relative clause ("Melanne Verveer, who served as Hillary Clinton’s
# chief of staff during the Clinton administration, told").
MAX_GAP_WORDS = 14
# A comma and a conjunction right before the source of a later cue, after a quotation
# inside a clause: they open a clause of its own ("toured a federal “supermax” prison in
# Colorado[, and] a former defense official said there have been ..."), where a list's
# last comma inside the source is none ("assistant secretary for population, refugees,
# and migration, said").
GAP_CLAUSE_JOIN = re.compile(r",\s(?:and|but)\s\Z")
# A cue of saying or reporting after a comma and its source after it, a name
# (content_bounds.CLOSING_REPORT_NAME): ", said [Geert Wilders]".
INVERTED_SOURCE_CLOSING = re.compile(rf",\s{CLOSING_REPORT_NAME}")
# A source after its cue that is a name after "the": "said [the Washington Examiner]".
NAMED_AFTER_THE = re.compile(r"the[ ][A-Z]")
MAX_GAP_APPOSITION_WORDS = 24
GAP_APPOSITION = re.compile(r"[A-Z][^,]{1,60},\s")
# Most characters from a cue inside a relative clause to the comma that closes it: "who
# asked not to be named by the newspaper because ..., said".
RELATIVE_REACH = 120
# Relative pronouns that may be the subject of a cue in a relative clause.
RELATIVE_SUBJECTS = frozenset({"who", "that"})
# A relative pronoun right before a source, the object of its cue: "[which] Mr. Trump
# called", "[whom] he described as".
OBJECT_RELATIVE_BEFORE = re.compile(r"\b(?:which|what|whom|who|that)\s\Z")
# A relative pronoun right before a source: "which the OECD says had ...". Not after a
# preposition of RELATIVE_PREPOSITIONS ("in which Peacock said ...", "during which the
# minister said"): the pronoun is then no subject of the content ("both of which",
# partitive, may be).
RELATIVE_BEFORE = re.compile(
    "".join(rf"(?<!\b{p}\s)" for p in RELATIVE_PREPOSITIONS) + r"\b(?:which|who)\s\Z"
)
# Words before a "you" that means anyone: "if you believe", "do you think", "can you say".
GENERIC_YOU_BEFORE = re.compile(
    r"\b(?:[Ii]f|[Dd]o|[Dd]id|[Ww]ould|[Cc]an|[Cc]ould|[Ss]hould|[Uu]nless|[Ww]hen|[Ww]hether)\s\Z"
)
# First and second persons: "I want ..." is a speaker's own words, unquoted.
SPEAKER_PRONOUNS = frozenset({"i", "we", "you"})
# The last two letters of the word before a passive cue: a form of "be" (is, are, was,
# were, be, been, being, "'s", "'re", "isn't") or a word that PASSIVE_BE or passive_view_be lets
# stand between (also, not, -ly, first, later; now, once, still, well, already ...):
# tested before those patterns, which most cues ("Trump said") then never run.
BE_ENDINGS = frozenset(
    {"is", "re", "as", "be", "en", "ng", "ly", "ot", "so", "st", "er"}
    | {"’s", "'s", "ow", "ce", "ll", "dy", "ss", "ys", "es", "’t", "'t"}
)


@cache
def _agent_end() -> re.Pattern[str]:
    """Where the agent of a participle ends: a relative word, a verb in -ed, a past form
    not in -ed (data/irregular_pasts.txt) or an auxiliary."""
    verbs = alternation([*load_set("irregular_pasts"), *AUXILIARIES], boundary=False)
    return re.compile(rf"\s(?:that|which|who|whose|whom|with|[a-z]+ed|{verbs})\b|\s[-–—]")


# The noun of a participle's stance: a determiner or a capital, then up to four words
# with no verb of its own ("The immigration bill", "a measure", "Prop. 226").
REDUCED_PASSIVE_NOUN = re.compile(
    r"(?:[A-Z]|(?:a|an|the|this|that|his|her|its|their)\s)"
    r"(?!\S*\s(?:is|are|was|were|has|have|had)\b)[\w’'.-]*(?:\s[\w’'.-]+){0,4}"
)
# Object cues whose participle before "by" often names support of another kind: "a
# brigade backed by tanks", "issues supported by a letter of credit".
NO_STANCE_PARTICIPLES = frozenset({"back", "support"})
# A lower-case adverb in -ly right before a participle: "strongly opposed by".
ADVERB_BEFORE = re.compile(r"\s[a-z]+ly\Z")
# The reason after a passive's agent: "criticized by his rivals [for failing to ...]",
# "rebuked by opponents [over] his proposal" (a capital after "for" is a name: "the
# Center for American Progress").
AGENT_REASON = re.compile(r"\s(?:for|over)\s(?=[a-z])")
# "as" a few words after a passive's agent, inside its clause: what the agent took the
# subject for, which stands with the subject in the content ("[the hiring of Stephen
# Bannon was seen] by [some] [as a demotion for him]", "[Lazio] was quickly dismissed by
# [the media] and voters [as an un-senatorial bumbler]").
AGENT_AS = re.compile(r"[^,.;:“”\"]{0,40}?\sas\s(?=[a-z“\"])")
# The question put to the subject of a passive of asking, after its agent and perhaps a
# name set off by commas: "was asked by a caller [why] young Syrian men ...", "was
# asked by ABC's host, George Stephanopoulos, [about] his seeming to ...".
AGENT_QUESTION = re.compile(
    r"(?:,[ ][^,.;:“”\"]{1,40},)?[ ](?P<opener>whether|if|why|how|what|about)[ ]"
)
# What follows a passive cue when it says by whom, where or when, and no more: "was
# written [by] ...", "was revealed [last] week", "was disclosed [after] ...".
PASSIVE_ADJUNCT = re.compile(
    rf"(?:by|on|in|during|after|before|from|last|this|earlier|{'|'.join(WEEKDAYS)})\b"
    # a place or a time ("at 9 a.m.", "at 10:30"), not a figure: "was estimated [at] 12.2
    # pct" reads the figure as part of what was estimated
    r"|at\b(?![ ][$£€]?\d[\d.,]*(?![\d.,:]|[ ]?[ap]\.?m\b))"
    r"|to\s(?=[A-Z]|(?:the|his|her|their|its)\s)"  # was recommended [to Trump]
    r"|the\s(?:day|week|month|year)\b"  # was endorsed [the day before]
)
# A one-word complement of a view reported in the passive, closing its clause: "were
# deemed[ ineligible],", "is considered[ classified]."
ONE_WORD_COMPLEMENT = re.compile(r"[ ]([a-z][\w-]{2,30})(?=[,.;:!?)]|[ ]by[ ]|\Z)")
# The agent of a view reported in the passive, after its complement: "is considered
# unclean[ by ]Muslims", "was viewed as a victory[ by ]some in the movement".
PASSIVE_VIEW_AGENT = re.compile(r"[ ]by[ ]")
# Verbs whose subject holds no view, like a passive's: "[Twitter appears to be used by
# ISIS]", "[The two seemed well-known in town]".
# What opens the content of a passive whose subject was spoken to: "was asked [to
# name]", "were told [that]", "was asked [whether]" ("was told by my cousin" and "was
# asked a question" keep their subject as what was said).
RECIPIENT_CONTENT = re.compile(r"(?:to|that|whether|if|about|what|why|how|who|when|where|which)\s")
RAISING_LEMMAS = frozenset({"seem", "appear"})
# "what" as the subject right before a raising verb: "what [just] appears".
# What a raising verb takes, not a place or a time ("appear [in court]", "failed to appear
# [today]"): "to", "like", "as", or an adjective in -ed, -ly, -ain or -ent ("poised",
# "likely", "certain", "confident").
RAISED_COMPLEMENT = re.compile(r"\s(?:to|like|as|[a-z]+(?:ed|ly|ain|ent))\b")
WHAT_BEFORE = re.compile(r"\bwhat\s(?:[a-z]+ly\s|just\s)?\Z", re.IGNORECASE)


def _sentence_break(gap: str) -> bool:
    """Whether a sentence ends inside ``gap``: "... the economy. Smith" does, "Acme Corp.,"
    does not (an abbreviation's period)."""
    return any(
        m.group()[-2] != "." or m.group("word").casefold() + "." not in abbreviations()
        for m in SENTENCE_BREAK.finditer(gap)
    )


# The gap between a quotation and its source when "as" introduces them: ", as ".
AS_GAP = re.compile(r"[\s,]*as\s+")


# The short object of a cue in an "as" clause after a quotation, which stands for what the
# quotation names, then the clause's end: "“new Gannett,” as Reed dubbed [the
# combination],", "as he called [it].".
AS_NAMED_OBJECT = re.compile(
    r"[ ](?:it|them|(?:the|this|that|these|those)[ ][a-z][\w-]*(?:[ ][a-z][\w-]*)?)(?=[,.;])"
)


# A name set off by commas before a cue, with its apposition before or after it:
# ", his top aide, Tad Devine," / ", Tad Devine, his top aide,". The name is capitalised
# words; the apposition opens with a determiner or a possessive and holds no comma.
NAME = r"[A-Z][\w.'’-]*(?:\s(?:[A-Z][\w.'’-]*|of|de|van|von|al))*"
APPOSITION_PHRASE = r"(?:the|a|an|his|her|its|their|our|[A-Z][\w.-]*['’]s)\s[^,;:“”\"()]{1,60}?"
CLOSING_APPOSITION = re.compile(
    rf""",\s(?P<source>{NAME},\s{APPOSITION_PHRASE}|{APPOSITION_PHRASE},\s{NAME}),?\s*\Z"""
)
# Characters read back from a cue for such a closing source.
CLOSING_APPOSITION_REACH = 140


def _closing_apposition(text: str, lo: int, cue_start: int) -> Span | None:
    """The name and apposition set off by commas right before ``cue_start``, when the
    words before them (from ``lo``) are a clause of three words or more."""
    m = CLOSING_APPOSITION.search(text, max(lo, cue_start - CLOSING_APPOSITION_REACH), cue_start)
    if m is None or len(WORD.findall(text, lo, m.start())) < 3:
        return None
    end = m.end("source")
    return Span(m.start("source"), end)


def paragraph_sentences(
    doc: Document, para: Span, outers: list[Span], starts: list[int]
) -> list[Span]:
    """Sentences of a paragraph, merged where a boundary falls inside a quotation."""
    pieces: list[Span] = []
    i = max(0, bisect.bisect_right(starts, para.start) - 1)
    sentences = doc.sentences
    while i < len(sentences) and sentences[i].start < para.end:
        s = sentences[i]
        i += 1
        if s.end <= para.start:
            continue
        if para.start <= s.start and s.end <= para.end:
            pieces.append(s)  # most sentences lie inside their paragraph: no new Span
        else:
            pieces.append(Span(max(s.start, para.start), min(s.end, para.end)))
    if not pieces:
        return [para]
    merged = [pieces[0]]
    # Quotations are in order and never overlap: only the last one that starts
    # before a boundary can hold it.
    outer_starts = [o.start for o in outers]
    for s in pieces[1:]:
        at = bisect.bisect_left(outer_starts, s.start) - 1
        if at >= 0 and s.start < outers[at].end:
            merged[-1] = Span(merged[-1].start, s.end)
        else:
            merged.append(s)
    return merged


# What opens a sentence before an "according to" content: "But ", "And ", or an opening
# parenthesis or a colon, and the spaces after it.
LEAD_CONJUNCTION = re.compile(r"[“\"']?(?:But|And|So|Yet),?\s+")
LEAD_MARK = re.compile(r"[(:]\s*")
# A demonstrative that stands for the sentences before: "That’s according to a new poll".
DEMONSTRATIVE_LEAD = re.compile(r"(?:That|This)(?:[’']s|\sis|\swas)")


def _first_comma(text: str, span: Span) -> int:
    """Where the first comma of ``span`` stands, or its end."""
    comma = text.find(",", span.start, span.end)
    return span.end if comma < 0 else comma


def _closing_apposition_of_source(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, the rest of the sentence after the source of "according
    to", is a phrase that describes the source and no clause: an article or a job and its
    preposition open it (:data:`SOURCE_APPOSITION_OPENER`) and no finite verb or cue form
    follows ("[While it is not unusual ..., not all campaigns require staffers to sign
    NDAs], according to John Weaver, a Republican strategist."; not "While most were
    confidential, according to an official, [two were secret]")."""
    opener = SOURCE_APPOSITION_OPENER.match(text, start, end)
    if opener is None:
        return False
    job = opener.group("job")
    if job is not None and job not in load_set("titles"):
        return False
    return FINITE_VERB.search(text, opener.end(), end) is None and not lower_form_in(
        text, opener.end(), end
    )


def _lead_start(text: str, start: int, cue_start: int) -> int:
    """Where the content before "according to" starts: after an opening conjunction, a
    parenthesis or a colon ("(the actual number is 15 percent, according to ...)")."""
    m = LEAD_CONJUNCTION.match(text, start, cue_start)
    if m is not None:
        return m.end()
    for mark in LEAD_MARK.finditer(text, start, cue_start):
        if mark.group()[0] == "(" and text.find(")", mark.end(), cue_start) >= 0:
            continue  # "15 square miles (39 square kilometers) by ...": closed before the cue
        return mark.end()
    return start


# Words of a clause that runs into a quotation: "Trump's misinformation may be ".
CLAUSE_INTO_QUOTE = re.compile(r"[\w’'%$)]\s{0,2}$")
# One phrase and its comma before a quotation that goes on with it: "In past campaigns, ".
PHRASE_INTO_QUOTE = re.compile(r"[\w’'%$)],\s{1,2}$")


def _clause_before_quote(doc: Document, lo: int, quote_start: int) -> int | None:
    """Start of the words of the sentence before a quotation they run into, if there are
    any: a clause without a comma before the mark, or one phrase set off by the only comma
    when the quotation opens in lower case."""
    text = doc.text
    start = trim_start(doc, lo, quote_start)
    if quote_start - start < 3 or QUOTE_MARK.search(text, start, quote_start):
        return None
    if CLAUSE_INTO_QUOTE.search(text, max(start, quote_start - 4), quote_start):
        return start
    if (
        PHRASE_INTO_QUOTE.search(text, max(start, quote_start - 4), quote_start)
        and text.count(",", start, quote_start) == 1
        and text[quote_start : quote_start + 3].lstrip("“\"'")[:1].islower()
        and not lower_form_in(text, start, quote_start)
    ):
        # "In past campaigns, “we felt that we could ...,” he said": one phrase and its
        # comma before a quotation in lower case that goes on with it (not "That being
        # said, “A”": a cue of its own)
        return start
    return None


def _participle_before_quote(text: str, sent: Span, lead: int, quote_start: int) -> bool:
    """Whether the words ``text[lead:quote_start]`` before a quotation are a participle
    that opens the sentence (:func:`opening_participle`), whose content the quotation is:
    "[Citing] “obligations in Tennessee,” the former vice president’s spokeswoman told"."""
    if lead > sent.start + 1:
        return False  # the words do not open the sentence
    return sentence_opening_participle(text, sent, quote_start) is not None


@cache
def _subject_blockers() -> frozenset[str]:
    return load_set("subject_blockers")


# A preposition that opens a sentence before a gerund: "[After] reciting this passage,
# Beck said", "[In] describing Trump, Cuban said" (an opening quotation mark may stand
# before it); "Having" before a participle ("[Having] announced that ..., Judge Berman
# proceeded").
OPENING_GERUND = re.compile(
    r"[“\"'(]?(?:After|Before|Since|While|Despite|In|By|Upon|On|Without|Besides|When|Having)\s"
)


# A participle set off by commas right after its noun, then the sentence's own verb:
# "[The deal], announced Friday, [would] last", "[The pact], agreed last year, [calls] on".
APPOSITION_TAIL = re.compile(r"[^,;:.!?“”\"]{0,80},[ ](?P<verb>[a-z]+)\b")


def _quoted_term_before_cue(text: str, outer: Span, cue: Cue, gap: str) -> bool:
    """Whether the quotation ``outer``, which ends no clause, is a term the sentence mentions
    rather than the statement of ``cue``: at most :data:`MAX_TERM_QUOTE_WORDS` words and a
    cue that is no verb of data/term_reporting_cues.txt. "The “wise Latina” phrase
    Grassley cited", "as the “autopsy” recommended", "The “market accident” would see big
    stock price declines"; not "Cruz said after a brief "I'm sorry"" (a verb of saying).
    A relative pronoun in ``gap`` (the words between quotation and cue) leaves the cue to
    its relative clause: "begun “to unmask” Trump, whom he called a fraud"; a closing
    bracket, to the aside the quotation ends: "citing a verse (''select able men''),
    endorsed Cruz".
    """
    if cue.lemma in load_set("term_reporting_cues") or gap.lstrip().startswith(")"):
        return False
    if any(w.casefold() in RELATIVE_OBJECTS for w in WORD.findall(gap)):
        return False
    words = WORD.findall(text, outer.start, outer.end)
    return len(words) <= MAX_TERM_QUOTE_WORDS


def _bare_noun(text: str, start: int, end: int) -> bool:
    """Whether the form ``text[start:end]`` is a bare form of data/bare_verb_cues.txt
    after a determiner, a noun: "[the note] says", "[their support]"."""
    return (
        text[start:end] in cue_lexicon().bare_verbs
        and DETERMINER_BEFORE.search(text, max(0, start - 8), start) is not None
    )


def _participle_apposition(text: str, cue: Span, sent: Span) -> bool:
    """Whether ``cue`` is a past participle set off by commas right after a noun, and the
    sentence's own verb follows the second comma: "The tentative deal, announced Friday,
    would last four years" reports nothing."""
    if not text.endswith(", ", sent.start, cue.start) or not text.endswith(
        "ed", cue.start, cue.end
    ):
        return False
    if text.find(",", sent.start, cue.start - 2) >= 0:
        return False  # "Christie, the governor, repeated ...": an apposition, then the verb
    tail = APPOSITION_TAIL.match(text, cue.end, sent.end)
    if tail is None:
        return False
    verb = tail.group("verb")
    # an auxiliary or a modal ("would last"), or a cue ("calls on") opens the main clause
    return verb in AUXILIARIES or verb in cue_lexicon().forms


def _topic_to_quote(text: str, cue: Span, quote_start: int) -> bool:
    """Whether the words between a cue and its quotation name the topic spoken of and
    hold a period only after an abbreviation: "Nelson Diaz said of Mr. Rubio: ''He is
    American 100 percent''" (PolNeAR takes the quotation alone for the content, as for
    "said of Rubio:"; the period of "Mr." ends no sentence)."""
    if TOPIC_PREPOSITION.match(text, cue.end, quote_start) is None and not text.endswith(
        (" of", " about"), cue.start, cue.end
    ):
        return False
    middle = text[cue.end : quote_start]
    if "." not in middle:
        return False  # no period: CUE_TO_QUOTE has read it
    for m in WORD_AND_PERIOD.finditer(middle):
        if m.group("initials") is None and not is_abbreviation(m.group()):
            return False  # "said of the plan. “...”": a sentence ends before the quotation
    masked = WORD_AND_PERIOD.sub(lambda m: m.group().replace(".", " "), middle)
    return CUE_TO_QUOTE.match(masked) is not None


def _and_before(text: str, lo: int, cue: Cue) -> bool:
    """Whether "and", "but" or "or" joins ``cue`` to an earlier predicate of the
    sentence's subject (:data:`AND_BEFORE`, :data:`OR_BEFORE`, :data:`AND_ADVERB_BEFORE`)."""
    start = cue.span.start
    if AND_BEFORE.search(text, max(lo, start - AND_BEFORE_REACH), start):
        return True
    if (found := OR_BEFORE.search(text, max(lo, start - AND_BEFORE_REACH), start)) is not None:
        # a bare form after "or" is a second infinitive ("to support or oppose any
        # candidate"), and a comma a word or two before "or" opens a list ("systems it
        # owns, manages or has agreed to buy"): no verb of the sentence's subject
        return not _bare_form(text, cue.span) and (
            text.find(",", max(lo, found.start() - OR_LIST_REACH), found.start()) < 0
        )
    return not cue.participle and (
        AND_ADVERB_BEFORE.search(text, max(lo, start - AND_ADVERB_BEFORE_REACH), start) is not None
    )


# A dash set off by spaces right before a cue: "Supermarkets General [--] responding".
DASH_BEFORE_CUE = re.compile(r"\s(?P<dash>--|—|–)\s+\Z")


# A clause of time or reason inside a sentence, up to its subject's first letter: "cheered
# when [T]rump spotted", "in part because [h]e favors" ("because of" opens no clause; "as"
# and "after" are prepositions as often, and the gold gives their verbs to the main subject).
CLAUSE_OF_WHEN = re.compile(r"\b(?:when|because)\s+(?!of\b)(?=\w)")
# Marks that close such a clause before a later verb: "when he arrived, [said]".
CLAUSE_CLOSERS = re.compile(r"[,;:—–()“”\"]|\s--?\s")


def _clause_subject(doc: Document, lo: int, cue_start: int) -> Span | None:
    """The subject of a clause of "when" or "because" that runs on, with no mark between,
    to the "and" before a cue: "The Louisville crowd cheered when [Trump] spotted a sign
    in the crowd and asked ...", "in part because [he] favors right-to-work laws and
    opposes ...". A personal pronoun or a capitalised name; None when there is none."""
    text = doc.text
    found = None
    for match in CLAUSE_OF_WHEN.finditer(text, lo, cue_start):
        found = match  # the last clause before the cue
    if found is None or CLAUSE_CLOSERS.search(text, found.end(), cue_start):
        return None
    word = WORD.match(text, found.end())
    if word is None:
        return None
    if word.group().casefold() in PERSONAL_SUBJECTS:
        return Span(word.start(), word.end())
    if not word.group()[:1].isupper():
        return None
    subject = sentence_subject(doc, found.end(), cue_start)
    return subject if subject is not None and subject.start == found.end() else None


# Commas read back from a coordinated cue for the subject of its clause.
MAX_CLAUSE_COMMAS = 4
# A lower-case word right after a subject, no conjunction: the verb of its clause ("Bush
# [referred]", not "Clinton and voters, Republicans [and] Democrats, and called").
VERB_AFTER_SUBJECT = re.compile(r"\s+(?!(?:and|or|but|nor)\b)(?:[a-z]+ly\s+)?[a-z]")


def _subject_after_comma(doc: Document, lo: int, cue: Cue) -> Span | None:
    """The subject that opens the clause of a cue joined by "and" or "but" to an earlier
    verb, after the last comma that an opening phrase ends: "Speaking to MSNBC Monday,
    [Bush] referred to Rubio as a leader but described ...", "Likewise, [Trump] went
    after Clinton and called ...". A subject right after the comma with a verb after it;
    None when there is none."""
    text = doc.text
    cue_start = cue.span.start
    if cue.participle and MODIFIER_AND_BEFORE.search(text, max(lo, cue_start - 40), cue_start):
        return None  # "I had written a long and gushing caption": the form describes a noun
    hi = cue_start
    for _ in range(MAX_CLAUSE_COMMAS):
        comma = text.rfind(",", lo, hi)
        if comma < 0:
            return None
        hi = comma
        subject = sentence_subject(doc, comma + 1, cue_start)
        if (
            subject is not None
            and not text[comma + 1 : subject.start].strip(" \u00a0")
            and VERB_AFTER_SUBJECT.match(text, subject.end, cue_start)
        ):
            if _bare_form(text, cue.span) and INFINITIVE.search(text, subject.end, cue_start):
                return None  # "[Trump] began asking them to raise their hands and pledge":
                # the cue is a second infinitive after "to", no verb of the subject's
            return subject
    return None


# An article and a word joined by "and" to a participle after them: two words that
# describe the noun after the participle ("a long and gushing caption").
MODIFIER_AND_BEFORE = re.compile(r"\b(?:a|an|the)\s[a-z]+\s(?:and|but)\s\Z")
# "to" and a verb: an infinitive before a coordinated cue.
INFINITIVE = re.compile(r"\bto\s[a-z]{2,}\b")


def _bare_form(text: str, cue: Span) -> bool:
    """Whether a cue's first word is its bare form ("pledge", "talk about"), not a past
    ("called", "said"), a participle or a form in -s that a subject agrees with."""
    word = text[cue.start : cue.end].split(" ", 1)[0].casefold()
    return not word.endswith(("s", "ed", "ing")) and word not in load_set("irregular_pasts")


# A relative clause or an apposition set off by commas between a subject and its cue,
# with an adverb or a time after it: "[Trump], whose provocative views on immigration
# have upset even members of his own Republican Party, last year [proposed]", "[Mr.
# Trump], whose appeal is predicated on an aura of toughness, seldom [speaks of]".
ASIDE_BEFORE_CUE = re.compile(
    r""",\s(?:who|whose|a|an|the)\s[^,;:.!?“”"()]{1,160},
    (?:\s(?:[a-z]{3,}ly|seldom|never|often|also|once|then|later|last\s(?:year|week|month)))?\s
    """,
    re.VERBOSE,
)


def _fallback_subject(
    doc: Document, src: Span | None, cue_start: int, *, aside: bool = False
) -> Span | None:
    """``src``, the subject that opens a sentence, unless its first word opens something
    else or a comma parts it from the cue ("U.S. producers plan cuts, executives said");
    with ``aside``, a relative clause or an apposition may part them
    (:data:`ASIDE_BEFORE_CUE`)."""
    if src is None:
        return None
    if doc.text.find(",", src.end, cue_start) >= 0 and not (
        aside and ASIDE_BEFORE_CUE.fullmatch(doc.text, src.end, cue_start)
    ):
        return None
    first = WORD.match(doc.text, src.start)
    if first is None or first.group().casefold() in _subject_blockers():
        return None
    return src


def _that_follows(text: str, cue_end: int, hi: int) -> bool:
    """Whether "that" opens a content within three words after a cue ("said, twice, that")."""
    head_end = min(hi, cue_end + 40)
    that = find_that(text, cue_end, head_end)
    return that is not None and not at_least(text, cue_end, that.start(), 4)


# A subordinate clause right after a cue, no content of its own: "Susan said [as she
# turned around]", "he said [when asked]" ("it would seem as if ..." is the cue's own
# content).
TIME_CLAUSE_AFTER = re.compile(r",?\s(?!as\s(?:if|though)\b)(?:" + "|".join(SUBORDINATORS) + r")\b")
# A relative or wh- word in the gap between a quote and its cue: "of Trump, whom he
# called", "hungry for what she calls": the cue belongs to a clause inside the content.
GAP_WH = re.compile(r"\b(?:who|whom|whose|which|what|that)\b")


# The words after "asked", "declined" or "requested" that say why a source is unnamed:
# "not to be named", "to be identified", "anonymity".
ANONYMITY = re.compile(r"(?:not\s)?to\sbe\s(?:named|identified)\b|anonymity\b")


@cache
def _time_then_main_verb() -> re.Pattern[str]:
    """A time phrase right after a cue and then an auxiliary, with no subject between:
    "Dividends declared [today are] payable", "The “wise Latina” phrase Grassley cited
    [on Wednesday has] appeared", "A $160 billion megamerger announced [Monday would]
    turn ...". The cue is a participle or the verb of a relative clause inside the
    sentence's subject, and the auxiliary opens the main clause: the cue reports nothing
    ("Ozal said last night [the ship] would ..." has a subject after the time). The time
    is a weekday, a day word ("today", "yesterday") or "last" and a part of the day, as
    data/date_words.tsv lists them."""
    rows = load_table("date_words")
    days = [r["word"].capitalize() for r in rows if r["kind"] == "weekday"]
    days += [r["word"] for r in rows if r["kind"] == "day_word"]
    parts = [r["word"] for r in rows if r["kind"] == "day_part"]
    return re.compile(
        rf"(?:on\s)?(?:{alternation(days, boundary=False)}"
        rf"|last\s{alternation(parts, boundary=False)})"
        rf"\s{alternation(AUXILIARIES)}"
    )


# A form of "be", up to two modifiers and an adjective that takes an infinitive, right
# before a cue: " were quick to ", " are more likely to ", "’s eager to ", " was the
# first to ". Searched in a bounded window that ends at the cue.
CONTROL_BEFORE = re.compile(
    r"""
    (?P<be>\s(?:is|are|was|were|am|be|being|(?:has|have|had)\sbeen|will\sbe|would\sbe)
      |[’'](?:s|re|ll\sbe))
    \s(?:[a-z]+\s){0,2}?(?P<adjective>[a-z]+)\sto\s\Z
    """,
    re.VERBOSE,
)
# How far before a cue the "be" of such a phrase may stand.
CONTROL_CHARS = 48


def _split_before_to(doc: Document, src: Span, cue_span: Span) -> tuple[Span, Span]:
    """A source phrase that runs on to "to", parted at its verb: "[Tower] [tried to
    defend]", "[a majority of Americans] [have come to believe]" (the verb and "to"
    join the cue), or "the nominee has caused [many] to question" and "it is common
    for [news accounts] to describe" (after a verb whose object acts, or after "for" in
    a phrase with "be", the object is the source). The verb is the first word of
    ``data/verbs_before_infinitive.txt`` or in -ed after the phrase's first."""
    text = doc.text
    words = list(WORD.finditer(text, src.start, src.end))
    verbs = load_set("verbs_before_infinitive")
    controls = load_set("object_control_verbs")
    to = words[-1].start()
    for at, word in enumerate(words[1:-1], start=1):
        folded = word.group().casefold()
        if folded not in verbs and not (folded.endswith("ed") and len(folded) > 3):
            continue
        rest = words[at:-1]  # the verb phrase before "to"
        be = any(w.group().casefold() in BE_FORMS for w in rest)
        for k, w in enumerate(rest[:-1]):
            if (w.group() == "for" and be) or w.group().casefold() in controls:
                # "it has been common for [news accounts] to describe", "has caused
                # [many] to question": the object does what the cue says
                start = rest[k + 1].start()
                return Span(start, trim_end(doc, start, to)), cue_span
        # "[Tower] [tried to defend]": the source ends before the verb, which joins the cue;
        # a quantifier floating before the verb is no word of it ("[Paul] all appeared")
        kept = Span(src.start, trim_end(doc, src.start, word.start()))
        return without_floating_tail(text, kept), Span(word.start(), cue_span.end)
    # "forcing [the Catalan government] to declare": "to" is no word of the source
    return Span(src.start, trim_end(doc, src.start, to)), cue_span


# A source phrase that runs on over a verb to the article of a noun cue: "Trump [opened
# with a] call for", "Obama [sounded a] call for", "Clinton's candidacy [is essentially a]
# call for" — a verb in -ed, an auxiliary or a past form of data/irregular_pasts.txt after
# the phrase's first word, then up to two lower-case words, then the article.
MAX_ARTICLE_GAP_WORDS = 2
ARTICLE_END = re.compile(r"\s(?:a|an|the)\Z")


def _verb_before_article(text: str, src: Span) -> int | None:
    """Where the verb of a noun cue's phrase starts inside the source ``src``, when
    ``src`` ends on the noun's article: "[Trump] opened with a | call for"."""
    if ARTICLE_END.search(text, src.start, src.end) is None:
        return None
    words = list(WORD.finditer(text, src.start, src.end))
    if len(words) < 3:
        return None
    for word in words[max(1, len(words) - 2 - MAX_ARTICLE_GAP_WORDS) : -1]:
        folded = word.group()
        if folded != folded.casefold():
            continue
        if (
            (folded.endswith("ed") and len(folded) > 3)
            or folded in AUXILIARIES
            or folded in load_set("irregular_pasts")
        ):
            gap = words[words.index(word) + 1 : -1]
            if all(w.group().islower() for w in gap):
                return word.start()
    return None


# What a verb of going on needs after it to report: a quotation, a reporting form after
# "to" ("continued to insist"), or a reporting participle ("continued saying").
REPORTING_AFTER_ASPECT = re.compile(r"[“\"‘']|to[ ](?P<verb>[a-z]+)\b|(?P<participle>[a-z]+ing)\b")


def _reports_on(text: str, content: Span) -> bool:
    """Whether the content of "continue" (data/aspect_cues.txt) goes on reporting: a
    quotation, "to" and a reporting verb, or a reporting participle."""
    m = REPORTING_AFTER_ASPECT.match(text, content.start, content.end)
    if m is None:
        return False
    verb = m.group("verb") or m.group("participle")
    return verb is None or verb in cue_lexicon().forms


def _reporting_after_aspect(doc: Document, content: Span) -> tuple[int, Span] | None:
    """Where the reporting verb of "continued to insist that ..." ends (in a content that
    :func:`_reports_on`) and the content after it, or None: no "to" and a verb open
    ``content``, or nothing follows the verb."""
    m = REPORTING_AFTER_ASPECT.match(doc.text, content.start, content.end)
    if m is None or m.group("verb") is None:
        return None
    start = trim_start(doc, m.end(), content.end)
    lead = LEAD_PREPOSITION.match(doc.text, start - 1, content.end)
    if lead is not None:
        start = lead.end()  # "continued to call for [more information]": the verb's
        # preposition joins the cue once the contents are final
    if start >= content.end:
        return None
    return m.end(), Span(start, content.end)


def _control_before(text: str, lo: int, cue_start: int) -> int | None:
    """Where a phrase like " were quick to " before the cue starts (after its space),
    when its adjective is one of ``data/control_adjectives.txt``."""
    if not text.endswith(" to ", lo, cue_start):
        return None
    m = CONTROL_BEFORE.search(text, max(lo, cue_start - CONTROL_CHARS), cue_start)
    if m is None or m.group("adjective") not in load_set("control_adjectives"):
        return None
    be = m.start("be")
    return be + 1 if text[be].isspace() else be


# What may follow a news report's cue that closes its sentence: up to three words of
# time and the stop ("the Times reported.", "CNN reported late Thursday.").
REPORT_CLOSES_SENTENCE = re.compile(r"(?:\s[A-Za-z]+){0,3}[.!?]")


def _after_opening_dash(text: str, start: int, end: int) -> int:
    """Where a content-first content closed by a dash after its cue starts: after the
    last dash inside it, which opens the aside the two dashes set off ("— [that won’t
    happen], they believe —"), else at ``start``."""
    after = start
    for dash in OPENING_DASH.finditer(text, start, end):
        after = dash.end()
    return after if after < end else start


class Frames:
    """The frames of one paragraph."""

    def __init__(
        self,
        doc: Document,
        para: Span,
        quotes: list[Quote],
        indices: list[int],
        sentence_starts: list[int],
    ) -> None:
        self.doc = doc
        self.para = para
        self.quotes = quotes
        self.indices = indices
        self.outers = [q.outer or q.span for q in (quotes[i] for i in indices)]
        self.ends = [o.end for o in self.outers]
        self.starts_of_outers = [o.start for o in self.outers]
        self.sources: dict[tuple[int, int], Span | None] = {}
        self.subjects: dict[tuple[int, int], Span | None] = {}
        self.sents = paragraph_sentences(doc, para, self.outers, sentence_starts)
        self.starts = [s.start for s in self.sents]

    def source_before(self, lo: int, cue_start: int) -> Span | None:
        """:func:`source_before`, computed once per cue (several frames ask for it)."""
        key = (lo, cue_start)
        if key not in self.sources:
            self.sources[key] = source_before(self.doc, lo, cue_start)
        return self.sources[key]

    def subject(self, start: int, end: int) -> Span | None:
        """:func:`sentence_subject`, computed once per window: the subject is read in the
        first ``WINDOW`` characters of the sentence, whatever the cue after them."""
        key = (start, min(end, start + WINDOW))
        if key not in self.subjects:
            self.subjects[key] = sentence_subject(self.doc, start, end)
        return self.subjects[key]

    def sentence(self, pos: int) -> Span:
        return self.sents[max(0, bisect.bisect_right(self.starts, pos) - 1)]

    def _outer_before(self, pos: int) -> Span | None:
        """The last quotation that starts before ``pos`` (quotes never overlap)."""
        at = bisect.bisect_left(self.starts_of_outers, pos) - 1
        return self.outers[at] if at >= 0 else None

    def _sentence_starts_inside(self, lo: int, hi: int) -> bool:
        """Whether a sentence of the paragraph starts after ``lo`` and before ``hi``: "...
        disinfected, reports Wee. The CDC assured" holds one."""
        at = bisect.bisect_right(self.starts, lo)
        return at < len(self.starts) and self.starts[at] < hi

    def inside_quote(self, span: Span) -> bool:
        o = self._outer_before(span.start)
        return o is not None and span.end <= o.end

    def frame(self, cue: Cue) -> Attribution | None:
        sent = self.sentence(cue.span.start)
        text = self.doc.text
        if (
            text.startswith(" by ", cue.span.end)
            and cue.lemma in cue_lexicon().objects
            and not PASSIVE_BE.search(text, max(sent.start, cue.span.start - 24), cue.span.start)
        ):
            if cue.lemma in NO_STANCE_PARTICIPLES or not text[cue.span.start].islower():
                return None  # "a brigade backed by tanks", "a credit backed by banks"; "OPPOSED BY PANEL"
            return self._reduced_passive(cue, sent)  # "The bill, opposed by Republicans,"
        if cue.lemma in QUOTING_LEMMAS and (
            (quoted := QUOTED_PERSON_AS.match(self.doc.text, cue.span.end)) is not None
            and quoted.group("participle") in cue_lexicon().forms
        ):
            return None  # "quoted [X] as saying ...": the participle reports, X its source
        rules = (self._after_quote, self._before_quote, self._according, self._content_first)
        if cue.kind == PHRASE_LEMMA:
            # "While most were “confidential,” according to an official, two were secret":
            # the phrase reads its own frame, whatever quotation stands before it.
            rules = (self._according, self._after_quote, self._before_quote, self._content_first)
        for rule in rules:
            found = rule(cue, sent)
            if found is not None and not self._takes_opening_participle(found, sent):
                return found
        if cue.participle and PARTICIPLE_LEAD.search(
            self.doc.text, max(sent.start, cue.span.start - 24), cue.span.start
        ):
            # "..., he said, adding that B": B's source is the clause's source (set later).
            content = content_after(self.doc, cue, sent)
            if content is None or _moves_its_object(self.doc.text, cue, content):
                return None  # "..., pushing [Euroscepticism to second place]": a move
            return Attribution(None, cue.span, content, False, rule="participle")
        text = self.doc.text
        if cue.participle and AS_BEFORE.search(
            text, max(sent.start, cue.span.start - 4), cue.span.start
        ):
            quoted = QUOTED_AS.search(text, max(sent.start, cue.span.start - 120), cue.span.start)
            if quoted is not None:
                # "The agency quoted [Minister Cahit Aral] as saying ...": the person quoted
                # is the source
                content = content_after(self.doc, cue, sent)
                if content is None:
                    return None
                who = Span(*quoted.span("who"))
                return Attribution(who, cue.span, content, False, rule="quoted-as")
        if (
            cue.lemma in RAISING_LEMMAS
            or text[cue.span.start - 3 : cue.span.start - 1] in BE_ENDINGS  # cheap first test
        ):
            if _agentless_passive_infinitive(text, sent, cue):
                # "Both new computers are to be unveiled at the conference", "the notes,
                # to be offered to bank creditors": nobody is reported, with a subject
                # before the cue or none
                return None
            raised = self._raised_passive(cue, sent)
            if raised is not None:
                return raised
        if cue.lemma in INVERTED_LEMMAS and _inverted_source_after(text, cue, sent):
            # "This system, says Richard Locksley, an immunologist at the University of
            # California, helps direct ...": the name after the cue is its source, not
            # what the words before the comma said
            return None
        return self._source_cue_content(cue, sent)

    def quotation_after_shared(
        self, cue: Cue, a: Attribution, found: list[Attribution]
    ) -> Attribution:
        """The frame of ``cue`` when the quotation before it, ``a``'s content, is already
        the content an earlier cue announced: "When someone shouted, [“Cruz,”] Beck joked,
        [“Amen ...”]": the later cue takes the quotation after it, if one follows in its
        clause and opens a sentence of its own; otherwise ``a`` is kept (and nesting drops
        it as the same statement). A quotation after the cue that opens in lower case goes
        on with the first, one statement of the earlier cue: 'Fallon fired back: “As a
        guardian of the legacy,” he wrote, “we know you are rooting ...”'. A news report
        that closes the sentence takes the sentence whole (:meth:`_report_over_quotation`)."""
        if a.rule != "after-quote" or not a.direct:
            return a
        if not any(
            k.rule == "before-quote"
            and k.content_span == a.content_span
            and k.cue_span.end <= a.content_span.start
            for k in found
        ):
            return a
        if cue.lemma in load_set("outer_report_cues"):
            report = self._report_over_quotation(cue, a)
            if report is not None:
                return report
        after = self._before_quote(cue, self.sentence(cue.span.start))
        if after is None or not after.direct:
            return a
        opener = ALNUM.search(self.doc.text, after.content_span.start, after.content_span.end)
        return after if opener is not None and opener.group().isupper() else a

    def _report_over_quotation(self, cue: Cue, a: Attribution) -> Attribution | None:
        """The frame of a news report's cue that closes a sentence after a quotation an
        earlier cue of the sentence announced: "When asked ..., Trump said: “There will
        always be exceptions,” [the Times] reported." The report vouches for the whole
        sentence, the inner statement and its quotation included; PolNeAR takes the
        report for the one attribution and gives it the quotation. ``a`` is the frame that
        took the quotation alone, its source before the cue."""
        text = self.doc.text
        source = a.source_span
        if source is None or source.end > cue.span.start:
            return None
        if REPORT_CLOSES_SENTENCE.match(text, cue.span.end) is None:
            return None  # "“A,” the Times reported, citing ...": more of the report follows
        sent = self.sentence(cue.span.start)
        start = trim_start(self.doc, sent.start, a.content_span.start)
        if start >= a.content_span.start:
            return None
        return Attribution(
            source, cue.span, Span(start, a.content_span.end), False, rule="after-quote"
        )

    def _takes_opening_participle(self, found: Attribution, sent: Span) -> bool:
        """Whether a cue of the main clause took as its content, before it, the phrase of
        a participle that opens the sentence and reports on its own ("Noting that ...,
        [Trump] reminded Americans of ...": "reminded" has its content after it)."""
        text = self.doc.text
        if found.content_span.start > trim_start(self.doc, sent.start, sent.end) + 1:
            return False
        if found.cue_span.start <= found.content_span.start:
            return False  # the content after the cue
        return sentence_opening_participle(text, sent, found.cue_span.start) is not None

    def _reduced_passive(self, cue: Cue, sent: Span) -> Attribution | None:
        """A participle of an object cue and its agent after a noun: "[The immigration
        bill], opposed by [House Republicans], never became law", "[a measure] strongly
        opposed by [unions]": the agent took a stance on the noun."""
        text = self.doc.text
        before = cue.span.start
        while before > sent.start and text[before - 1] == " ":
            before -= 1
        adverb = ADVERB_BEFORE.search(text, max(sent.start, before - 16), before)
        if adverb is not None:
            before = adverb.start()  # "strongly opposed by"
        if text[before - 1 : before] == ",":
            before -= 1  # "The immigration bill[,] opposed by"
        noun = self.source_before(
            sent.start, before + 1 if text[before : before + 1] == "," else before
        )
        agent = source_after(self.doc, cue.span.end + 4, sent.end)
        if (
            noun is None
            or agent is None
            or not REDUCED_PASSIVE_NOUN.fullmatch(text, noun.start, noun.end)
        ):
            return None  # "has seen fighters backed by ...": no noun phrase of its own
        verb = _agent_end().search(text, agent.start, agent.end)
        if verb is not None:
            # "by [unions] that would have ...", "backed by [the US] took the town": the
            # agent ends before a clause or the sentence's own verb
            if verb.start() <= agent.start:
                return None
            agent = Span(agent.start, verb.start())
        return Attribution(agent, cue.span, noun, False, rule="reduced-passive")

    def _raised_passive(self, cue: Cue, sent: Span) -> Attribution | None:
        """A passive, or a verb like "seem", names nobody, and its content is the whole
        clause: [Trump is expected to win], [Blocher was charged with libel], [Twitter
        appears to be used by ISIS]."""
        text = self.doc.text
        if cue.lemma not in RAISING_LEMMAS:
            if cue.kind in (PHRASE_LEMMA, STANCE):
                return None  # "are convinced that": an adjective, its subject holds the view
            form = text[cue.span.start : cue.span.end].split(" ", 1)[0].casefold()
            if form.endswith("ing"):
                return None  # "Clinton is promising to help": a progressive, no passive
            if not (
                form.endswith("ed") or form in PARTICIPLES or text.startswith(" to ", cue.span.end)
            ):
                return None
            stance = load_set("stance_participles")
            if form in stance or (text.startswith(" to ", cue.span.end) and f"{form} to" in stance):
                return None  # "are worried that", "was strongly opposed to": an adjective,
                # as "are convinced that"
            whole = text[cue.span.start : cue.span.end].casefold()
            if whole in load_set("passive_only_cues"):
                # "[Allergan is best known for ...]", "[she's seen as ...]"
                if not passive_view_before(text, sent.start, cue.span.start, whole):
                    return None
            elif not PASSIVE_BE.search(text, max(sent.start, cue.span.start - 24), cue.span.start):
                return None
            if _passive_before_comma(text, sent, cue.span):
                return None  # "A year after it was announced, no one had come": no content
        elif cue.participle:
            return None
        content = content_after(self.doc, cue, sent)
        asked = self._question_by_agent(cue, content) if content is not None else None
        if asked is not None:
            return asked  # "Rubio was asked by [Gerard Baker] [whether his ...]"
        if content is None and text[cue.span.start : cue.span.end].casefold() in load_set(
            "passive_only_cues"
        ):
            # "[many delegates were deemed ineligible]": a one-word complement is enough,
            # the subject stands in the content
            word = ONE_WORD_COMPLEMENT.match(text, cue.span.end, sent.end)
            content = Span(word.start(1), word.end(1)) if word is not None else None
        if content is None or QUOTE_MARK.search(text, content.start, content.end):
            # "X was ridiculed for its prediction that Trump would be “the healthiest”": the
            # quoted words are the subject's, who stays the source.
            return None
        if _moves_its_object(text, cue, content):
            return None  # "she was pushed [too far to the right]": moved, not urged
        later = next(cue_form_spans(text, content.start, content.end), None)
        comma = clause_comma_before(text, content.start, later[0]) if later is not None else -1
        if comma <= content.start:
            # "[is expected to announce a cut on Wednesday], CBC News has learned": the
            # sentence closes with its source and cue after a first cue of the passive's own
            comma = closing_attribution(text, content.start, content.end) or -1
        if comma > content.start:
            # "[Japan's surplus is expected to narrow], government officials said": the
            # passive is the content of a later cue, and ends before it.
            content = Span(content.start, trim_end(self.doc, content.start, comma))
        stop = RAISED_CLAUSE_END.search(text, content.start, content.end)
        if stop is not None:
            # "Investors seem to agree[: At one point ...]", "seemed to be well-known in
            # town[, and voters ...]": a second clause is no part of the view.
            content = Span(content.start, stop.start())
        subject = self.source_before(sent.start, cue.span.start)
        if subject is not None and listener_cue_before(text, sent.start, subject.start):
            # "Narramore told [the ABC hail] had been reported": the subject runs over the
            # listener of "told", whose content the passive is
            return None
        start = subject.start if subject is not None else content.start
        if (
            subject is None
            and cue.lemma in RAISING_LEMMAS
            and RAISED_COMPLEMENT.match(text, cue.span.end) is not None
        ):
            what = WHAT_BEFORE.search(text, max(sent.start, cue.span.start - 12), cue.span.start)
            if what is not None:
                # "convicted for [what appears to be a lesser breach]": "what" is the subject
                start = what.start()
            elif not lower_form_in(text, sent.start, cue.span.start):
                # "[The candidate's shifting explanations for her use of a private server
                # appear to raise trust issues]": a subject too long for a source phrase
                start = trim_start(self.doc, sent.start, cue.span.start)
        passive_view = text[cue.span.start : cue.span.end].casefold() in load_set(
            "passive_only_cues"
        )
        if subject is not None and text[subject.start : subject.end].casefold() == "it":
            start = content.start  # "It was announced [that the plant would close]"
        elif cue.lemma in load_set("recipient_lemmas") and RECIPIENT_CONTENT.match(
            text, content.start
        ):
            start = content.start  # "Cruz was asked [to name a decision]": Cruz is asked
        elif subject is not None and not passive_view:
            # a view reported in the passive is of its whole subject: "[The union, which
            # endorsed Clinton, is widely regarded as one of the more liberal]"
            for earlier, earlier_end in cue_form_spans(text, subject.start, cue.span.start):
                # (a participle after a noun of things is no earlier cue: "[The budget
                # presented by the Chancellor] was described by MPs")
                if text[earlier].islower() and not no_subject_form(text, earlier, earlier_end):
                    # "Analysts said [the release appeared intended to ...]": the clause
                    # starts after an earlier cue, whose content it is.
                    start = trim_start(self.doc, earlier_end, cue.span.start)
                    if text.startswith("that ", start):
                        start += 5
        if (
            cue.lemma not in RAISING_LEMMAS
            and subject is not None
            and start == subject.start
            and PASSIVE_ADJUNCT.match(text, content.start, content.end)
        ):
            # "[The proposal] was jointly written by ...", "[The episode] was revealed last
            # week in ...": the words after tell who, where or when; what was reported is
            # the subject.
            be = PASSIVE_BE.search(text, max(sent.start, cue.span.start - 24), cue.span.start)
            verb = be.start() if be is not None else cue.span.start
            if _after_to(text, verb):
                # "Both new computers are to be unveiled at the AppleWorld Conference":
                # the subject is no content of a passive infinitive without its agent,
                # and with one it ends before the verb that raises it
                raised = self._raised_infinitive_verb(content, start, verb)
                if raised is None:
                    return None
                verb = raised
            perfect = PERFECT_BEFORE.search(text, max(start, verb - PERFECT_WINDOW), verb)
            if perfect is not None:
                verb = perfect.start()  # "[Trump] has been criticized by"
            end = trim_end(self.doc, start, verb)
            next_agent = (
                source_after(self.doc, content.start + 3, sent.end)
                if text.startswith("by ", content.start)
                else None
            )  # right after the cue: not "was revealed last week in documents made
            # public by the FBI about its investigation into ... as secretary of state"
            if next_agent is not None:
                # "[Clinton was seen] by [some] [as ...]", "[she is seen] by [others]
                # [as uniquely credible]": a pronoun too, with what was said of it
                clause = Span(start, content.end)
                complement = self._agent_complement(cue, next_agent, clause)
                if complement is not None:
                    return complement
            by_at = (
                content.start
                if text.startswith("by ", content.start)
                else text.find(" by ", content.start, _first_comma(text, content)) + 1
            )  # "[Cruz] was also endorsed the day before by [former rival ...]"; not
            # past a comma ("is expected before the elections, due by mid-1988")
            if PRONOUN_SUBJECT.fullmatch(text, start, end):
                # "[who] was backed by liberals": the pronoun's noun is elsewhere; but a
                # news report's relative pronoun is what was reported (PolNeAR): "the
                # email, [which] was first reported by [The Associated Press]"
                if (
                    cue.lemma not in load_set("relative_report_lemmas")
                    or by_at <= 0
                    or text[start:end] not in THING_RELATIVE_PRONOUNS
                ):
                    return None
                agent = source_after(self.doc, by_at + 3, sent.end)
                if agent is None:
                    return None
                return Attribution(agent, cue.span, Span(start, end), False, rule="passive")
            if end > start:
                # "[Kasich] was endorsed by the Globe": the agent is the source
                agent = source_after(self.doc, by_at + 3, sent.end) if by_at > 0 else None
                reason = (
                    AGENT_REASON.search(text, agent.start, agent.end)
                    if agent is not None and cue.lemma in load_set("reason_cues")
                    else None
                )
                if agent is not None and reason is not None:
                    # "[Trump] has been criticized by [some of his rivals] for failing to
                    # ...": the reason given is what the agent said; it ends the agent
                    agent = Span(agent.start, trim_end(self.doc, agent.start, reason.start()))
                    said = Span(reason.start() + 1, content.end)
                    return Attribution(agent, cue.span, said, False, rule="passive")
                return Attribution(agent, cue.span, Span(start, end), False, rule="passive")
        if text.startswith("by ", content.start):
            return None  # "rates, which were ordered by the FCC, have ...": no subject read
        if passive_view:
            by = PASSIVE_VIEW_AGENT.search(text, content.start, content.end)
            agent = source_after(self.doc, by.end(), content.end) if by is not None else None
            if by is not None and agent is not None:
                # "[Pigs are considered unclean] by [Muslims]": who holds the view
                end = trim_end(self.doc, start, by.start())
                return Attribution(agent, cue.span, Span(start, end), False, rule="passive")
        return Attribution(None, cue.span, Span(start, content.end), False, rule="passive")

    def _raised_infinitive_verb(self, content: Span, start: int, be: int) -> int | None:
        """Where the verb raising a passive infinitive starts, the "be" at ``be`` after
        "to", when the passive names its agent right after the cue ("[The legality of the
        rules] is likely to be decided by [the Supreme Court]": "is"); None without an
        agent ("Both new computers are to be unveiled at ...": nobody's statement) or a
        raising verb ("allows CDs to be issued")."""
        text = self.doc.text
        if not text.startswith("by ", content.start):
            return None
        raised = RAISED_INFINITIVE_BEFORE.search(
            text, max(start, be - RAISED_INFINITIVE_WINDOW), be
        )
        return raised.start() if raised is not None else None

    def _question_by_agent(self, cue: Cue, content: Span) -> Attribution | None:
        """A passive of asking with its agent right after it, then the question put
        ("[Herman Cain, ... who hosts an Atlanta area radio show,] was asked by [a caller]
        [why young Syrian men are coming]"): the agent is the source and the question the
        content, whatever the subject before the cue (not read over a long apposition) and
        whatever quotation the question holds ("whether his plan would risk “adding
        another expensive entitlement program ...”"). A source and a cue closing the
        sentence end the question (", officials said")."""
        text = self.doc.text
        if cue.lemma not in load_set("recipient_lemmas") or not text.startswith(
            "by ", content.start
        ):
            return None
        agent = source_after(self.doc, content.start + 3, content.end)
        if agent is None:
            return None
        question = AGENT_QUESTION.match(text, agent.end, content.end)
        if question is None:
            return None
        start = question.start("opener")
        closing = closing_attribution(text, start, content.end)
        end = trim_end(self.doc, start, closing) if closing is not None else content.end
        return Attribution(agent, cue.span, Span(start, end), False, rule="passive")

    def _agent_complement(self, cue: Cue, agent: Span, clause: Span) -> Attribution | None:
        """A passive whose agent is followed by what the agent said of the subject, which
        ``clause`` (from the subject to the end of the passive) holds: "as" and the
        subject's description ("[Lazio was quickly dismissed by the media and voters as an
        un-senatorial bumbler]", the agent "the media"). (A verb of asking's question is
        read by :meth:`_question_by_agent`.)"""
        text = self.doc.text
        if cue.lemma in load_set("reason_cues") and AGENT_REASON.search(
            text, agent.start, agent.end
        ):
            return None  # "criticized by [his rivals for failing to act as ...]": a reason
        if AGENT_AS.match(text, agent.end, clause.end) is None:
            return None
        return Attribution(agent, cue.span, clause, False, rule="passive")

    def _after_quote(self, cue: Cue, sent: Span) -> Attribution | None:
        text = self.doc.text
        if cue.participle or cue.kind == STANCE:
            # “A,” he said, adding ...: the participle states something else; “A.” She
            # became upset: an adjective of stance holds no quotation before it
            return None
        at = bisect.bisect_right(self.ends, cue.span.start) - 1
        described: Span | None = None  # the “Pose” actor: a source a quoted title describes
        if at > 0 and is_title_modifier(self.doc, self.quotes[self.indices[at]]):
            # “A,” the “Pose” actor said: the title is in the source's description
            role = ROLE_WORD.match(text, self.outers[at].end)
            at -= 1
            start = trim_start(self.doc, self.outers[at].end, cue.span.start)
            if role is not None and start < self.outers[at + 1].start:
                described = Span(start, role.end())
        if at >= 0 and is_nickname(self.doc, self.quotes[self.indices[at]]):
            at -= 1  # “A!” Del. Marcia "Cia" Price shouted: the nickname is in the source
        if at < 0 or self.outers[at].end <= cue.span.start - QUOTE_TO_CUE_REACH:
            return None
        outer = self.outers[at]
        m = QUOTE_TO_CUE.fullmatch(text, outer.end, cue.span.start)
        if m is None:
            return None
        colon = COLON_BEFORE_QUOTE.match(text, cue.span.end)
        if colon is not None and text[colon.end() : colon.end() + 1] in OPENING_MARKS:
            return None  # “down the line” he warned: “It’s not ...”: the colon's quotation
        if is_title(self.doc, self.quotes[self.indices[at]]):
            return None  # In an interview on “Meet the Press,” Trump said ...: a show's name
        if is_embedded_title(self.doc, self.quotes[self.indices[at]]) and (
            not m.group("source").strip(" ,")
            or WORDS_AFTER_CUE.match(text, cue.span.end)
            or not text[outer.start : outer.end].rstrip("”\"' ").endswith(",")
        ):
            # star of television’s “Scandal,” thanked Obama / listen to “Glasgow,” seems /
            # After hitting “Takin’ It,” the singer told the audience: a title inside a
            # phrase of the sentence, no words said. A title that ends a clause with its
            # comma, then a source and a cue that end the sentence, ends the content the
            # cue reports: "He had roles in “Apollo 13,” the studio said."
            return None
        words = len(WORD.findall(m.group("source")))
        if words > MAX_GAP_WORDS and (
            words > MAX_GAP_APPOSITION_WORDS or not GAP_APPOSITION.match(m.group("source"))
        ):
            return None
        if _sentence_break(m.group("source") + " ") or self._sentence_starts_inside(
            outer.end + 1, cue.span.start
        ):
            return None
        if GAP_OPENER.match(m.group("source")):
            return None  # “A.” Of Carson, Levine said ...: a new sentence with its own content
        if self._cue_after_relative(cue, sent):
            return None  # “A,” an official, who [asked] not to be named, said: the relative
            # clause describes the source, whose cue comes after it
        if GAP_RELATIVE_SUBJECT.search(m.group("source")) and at_least(
            text, cue.span.end, sent.end, 2
        ):
            return None  # the “Obama-Clinton” policies, which he said had harmed ...: the
            # cue is the relative clause's, whose content follows it
        relative = GAP_RELATIVE.match(m.group("source"))
        # The gap's own words end where a relative clause of its source opens.
        own_end = (
            m.group("source").rfind(",", 0, relative.end())
            if relative is not None
            else len(m.group("source"))
        )
        gap = m.group("source")
        if find_that(gap, 0, len(gap)) or any(
            gap[start].islower() and not _bare_noun(gap, start, end)
            for start, end in cue_form_spans(gap, 0, own_end)
        ):
            # “A,” telling reporters that he thinks ...: the gap holds its own clause (a
            # capitalised form is a name: "spokeswoman Hope Hicks").
            return None
        if text.endswith(" to ", cue.span.start - 4, cue.span.start):
            return None  # “A” for Ginsburg to criticize Trump: an infinitive reports nothing
        if GAP_AND.fullmatch(m.group("source")):
            return None  # X called it “A” and said ...: the quote is the earlier verb's
        if ANSWER.match(text, cue.span.end, sent.end):
            return None  # Asked if he is “realistic,” 60 percent said yes: the answer
        # The last character before the closing marks (“A.” / ''A.'' / "A.").
        words_end = text[outer.start : outer.end].rstrip("”\"' ")[-1:]
        if (
            words_end in ".!?"
            and sent.start >= outer.end
            and self.quotes[self.indices[at]].kind == "partial"
        ):
            return None  # it was “a compromise.” The council said ...: an earlier sentence's
        if words_end == "." and (
            NEW_CONTENT.match(text, cue.span.end) or at_least(text, cue.span.end, sent.end, 7)
        ):
            return None  # “A.” He writes that “B.”: the cue opens a statement of its own
        if (
            words_end == ","
            and cue.lemma not in LISTENER_LEMMAS  # “A,” he told the AP: a listener
            and m.group("source").lstrip(" ,")[:1].islower()
            and OWN_CONTENT.match(text, cue.span.end, sent.end) is not None
            and not (
                AS_GAP.match(m.group("source"))
                and AS_NAMED_OBJECT.match(text, cue.span.end, sent.end)
            )  # “A,” as Reed dubbed the merger, ...: the object is the quotation's thing
        ):
            return None  # “A,” on Tuesday night he said it still posed ...: its own content
        if (
            words_end not in ",?!."
            and _auxiliaries_only(m.group("source"))
            and len(text[outer.start : outer.end].split()) <= MAX_SUBJECT_QUOTE_WORDS
        ):
            # Hundreds of the party's ''superdelegates'' have endorsed Mrs. Clinton: the
            # quoted word ends the subject, which the verb's own frame reads as the source
            return None
        if words_end not in ",?!." and _that_follows(text, cue.span.end, sent.end):
            return None  # He gestured “no” and declared that ...: the cue has its own content
        if (
            words_end not in ",?!."
            and cue.lemma in cue_lexicon().objects
            and OBJECT_AFTER_PREPOSITION.match(text, cue.span.end)
            and text.endswith(CUE_PREPOSITIONS, cue.span.start, cue.span.end)
        ):
            # to stop “moaning” when women speak up about [instances of injustice]: the
            # cue takes its own object
            return None
        gap = m.group("source").strip(" ,")
        if (
            gap
            and gap[0].islower()
            and cue.lemma not in LISTENER_LEMMAS  # “A,” a source, told [Fox News]: a listener
            and comma_before(text, outer.end, cue.span.start)
        ):
            # “A” that B, said X, a pollster: the content runs on to the comma, the source
            # is after the cue.
            src = source_after(self.doc, cue.span.end, sent.end)
            if src is not None and (
                text[src.start].isupper() or NAMED_AFTER_THE.match(text, src.start, src.end)
            ):
                # ("..., reported [the Washington Examiner]": a name after "the"); the
                # content opens with its sentence ("[Richards noted that abortion is
                # “central” to the platform], reported the Washington Examiner")
                start = trim_start(self.doc, sent.start, outer.start)
                end = trim_end(self.doc, start, cue.span.start)
                return Attribution(src, cue.span, Span(start, end), False, rule="after-quote")
        if described is not None:
            src = described
        elif cue.kind == PHRASE_LEMMA or gap:
            src = (
                source_after(self.doc, cue.span.end, sent.end)
                if cue.kind == PHRASE_LEMMA
                else source_before(self.doc, outer.end, cue.span.start)
            )
            if GAP_RELATIVE.match(gap) and (src is not None or cue.kind != PHRASE_LEMMA):
                # “A,” a source, who was not authorized to speak, told ...: the source
                # opens the gap and its relative clause runs on to the cue.
                start = trim_start(self.doc, m.start("source"), cue.span.start)
                end = src.end if src is not None else trim_end(self.doc, start, cue.span.start)
                src = Span(start, end)
            elif src is None and cue.kind != PHRASE_LEMMA and GAP_APPOSITION.match(gap):
                # “A,” Nate Silver, the polling guru who founded the site tweeted: a name
                # and its apposition, whose clause runs on to the cue.
                start = trim_start(self.doc, m.start("source"), cue.span.start)
                src = Span(start, trim_end(self.doc, start, cue.span.start))
        else:
            src = source_after(self.doc, cue.span.end, sent.end)
        if src is not None and text[src.start : src.end].casefold() in RELATIVE_PRONOUNS:
            # the “ignore” the rush of critics [who] on Sunday cast ...: the cue is the
            # relative clause's, the quotation before it another's
            return None
        if words_end not in ",?!." and _quoted_term_before_cue(text, outer, cue, gap):
            return None  # the “wise Latina” phrase Grassley cited: a term, not a statement
        lead = _clause_before_quote(self.doc, sent.start, outer.start)
        if lead is not None and _participle_before_quote(text, sent, lead, outer.start):
            return None  # Citing “A,” the spokeswoman told ...: the participle's quotation
        if lead is not None:
            # Trump's plan may be “strategic,” said X: the quote ends a clause of the content.
            # Leaders became more “conversant” about it, he said: the clause runs on after it.
            end = outer.end
            if (
                src is not None
                and src.end <= cue.span.start
                and not AS_GAP.fullmatch(text, outer.end, src.start)
            ):
                # (not past "as": "is a “lawful source of income,” as a memo put it")
                end = max(end, trim_end(self.doc, outer.end, src.start))
            named_as = src is not None and AS_GAP.fullmatch(text, outer.end, src.start)
            if (
                at_least(text, cue.span.end, sent.end, 3)
                and not TIME_CLAUSE_AFTER.match(text, cue.span.end)
                and GAP_WH.search(m.group("source")) is None
            ) and lower_form_in(text, lead, outer.start):
                if named_as:
                    # since the “new Gannett,” as Reed called it, will ...: the "as" clause
                    # names the quotation alone; the clause around it is the writer's
                    return Attribution(src, cue.span, outer, True, rule="after-quote")
                # While Comey said it was “careless” and ..., he said B: the quote and the
                # clause after it are the earlier cue's content, and "he said" has its own.
                return None
            if (
                src is not None
                and src.start > outer.end
                and at_least(text, cue.span.end, sent.end, 3)
                and GAP_CLAUSE_JOIN.search(text, outer.end, src.start)
            ):
                # X toured a “supermax” prison, and an official said [there have been
                # talks]: the source opens a clause of its own, whose content follows
                return None
            if (
                SUBORDINATE_OPENER.match(text, lead)
                and text.find(",", lead, outer.start) < 0
                and lower_form_in(text, lead, outer.start)
            ):
                # When Trump ... said he would “protect our citizens,” the crowd applauded:
                # the quotation closes a clause of time whose own cue reports it
                return None
            return Attribution(src, cue.span, Span(lead, end), False, rule="after-quote")
        if words_end == "," and cue.lemma in SAY_LEMMAS:
            after = src.end if src is not None and src.start >= cue.span.end else cue.span.end
            if _quotation_going_on().match(text, after, sent.end) is not None:
                # “Only you, Dinesh,” she said, [would use the occasion ...]: the words after
                # the interruption finish the quoted sentence, one content around the cue
                end = trim_end(self.doc, after, sent.end)
                return Attribution(src, cue.span, Span(outer.start, end), True, rule="after-quote")
        return Attribution(src, cue.span, outer, True, rule="after-quote")

    def _cue_after_relative(self, cue: Cue, sent: Span) -> bool:
        """Whether ``cue`` stands in a relative clause that a comma and a later cue close:
        "an official, who [asked] not to be named, said"."""
        text = self.doc.text
        if (
            RELATIVE_BEFORE.search(text, max(sent.start, cue.span.start - 8), cue.span.start)
            is None
        ):
            return False
        comma = text.find(", ", cue.span.end, min(sent.end, cue.span.end + RELATIVE_REACH))
        if comma < 0:
            return False
        later = cue_form_at(text, comma + 2)
        return later is not None and text[later[0]].islower()

    def _before_quote(self, cue: Cue, sent: Span) -> Attribution | None:
        text = self.doc.text
        at = bisect.bisect_left(self.starts_of_outers, cue.span.end)
        if at >= len(self.outers) or cue.kind == PHRASE_LEMMA:
            return None
        outer = self.outers[at]
        if outer.start >= cue.span.end + 90:
            return None
        if CUE_TO_QUOTE.match(text, cue.span.end, outer.start) is None and not (
            _topic_to_quote(text, cue.span, outer.start)
        ):
            return None
        if is_title(self.doc, self.quotes[self.indices[at]]):
            return None  # "his new book, ''Trump and Me,''": a work's name, no statement
        middle = text[cue.span.end : outer.start].strip()
        if (middle or cue.lemma in LISTENER_LEMMAS) and is_embedded_title(
            self.doc, self.quotes[self.indices[at]]
        ):
            # 'told “Fox and Friends,”', 'pressed for an entitlement-slashing “Grand
            # Bargain”': a name inside the cue's object ("referred to “ISIS”" names it)
            return None
        opener = text[outer.start + 1 : outer.start + 3].lstrip("'")[:1]
        if (
            middle
            and not middle.endswith((",", ":"))
            and (len(WORD.findall(middle)) > 3 or not opener.isupper())
        ):
            return None  # "said the deal was a “poison pill.”": a partial quote in a clause
        if middle.endswith((":", ",")) and FINITE_VERB.search(middle):
            # "said she has the quality for the job: “Steadiness.”", "said the turmoil was
            # not the fault of banks, “not by a long shot.”": the clause and the quotation
            # it announces or goes on to are one content, after the cue
            return None
        if middle.startswith("that ") or find_that(middle, 0, len(middle)) is not None:
            # "noted that he taught law: “A”", "said in an interview that in her state, “A”",
            # "said that, “A”": the that-clause is the content
            return None
        if middle and (cue.lemma in load_set("naming_cues") or OBJECT_THEN_AS.search(middle)):
            # "called [the Republican frontrunner “ISIS' best recruiter.”]", "refers to [the
            # governor as “Chris.”]": what is named is part of the content
            return None
        if (
            middle
            and cue.lemma in cue_lexicon().objects
            and object_clause_before_quote(text, cue.span.end, outer.start) is not None
        ):
            # "speaking out against injustice because to her, “A”": the quotation is the
            # clause's, after the object that is the content
            return None
        if not middle.endswith((",", ":")) and (
            FINITE_VERB.search(middle) or CLAUSE_SUBJECT.match(middle)
        ):
            # "said it had struck “Hezbollah terrorist targets” in the valley": the quote
            # is part of a clause, which is the content
            return None
        if middle and any(
            middle[start].islower() and DETERMINER_BEFORE.search(middle, 0, start) is None
            for start, _ in cue_form_spans(middle)
        ):
            # "Asked to respond to it, Carson said, “A”": the quote is the later cue's ("put
            # it in a reply, “A”": a noun after a determiner is no cue)
            return None
        end = max(trim_end(self.doc, outer.start, max(outer.end, sent.end)), outer.end)
        if text[outer.start : outer.end].rstrip("”\"' ")[-1:] in ",.!?":
            end = outer.end  # yelled “You lie!” at the president: the quote closes itself
        elif (closing := INVERTED_SOURCE_CLOSING.search(text, outer.end, end)) is not None:
            # "signals [“the beginning of the end” for the EU], said Geert Wilders": the
            # cue and the name after the comma report the sentence, which ends there
            end = trim_end(self.doc, outer.start, closing.start())
        if cue.participle and PARTICIPLE_LEAD.search(
            text, max(sent.start, cue.span.start - 24), cue.span.start
        ):
            # "X reacted to the news, saying: “A”": the clause's source, not "the news"
            # (set later, as for every participle).
            return Attribution(None, cue.span, Span(outer.start, end), True, rule="participle")
        src = self.source_before(sent.start, cue.span.start)
        if src is None and _and_before(text, sent.start, cue):
            # "Mrs. Clinton shook her head and said, “No.”": the sentence's subject.
            src = self.subject(sent.start, cue.span.start)
        if src is None:
            # "But, said Solovey, “I don't want ...”"
            src = source_after(self.doc, cue.span.end, outer.start)
            if src is None or not text[src.start].isupper():
                return None
        if (
            src.end <= cue.span.start
            and middle.endswith(",")
            and opener.islower()
            and text.count(",", sent.start, src.start) == 1
            and (around := self._content_first(cue, sent)) is not None
            and around.rule == "interrupted"
        ):
            # "[No name change], he said, [''hides what it really is'']", "[Sooner or
            # later], the governor told reporters, [“it starts to pay off”]": one phrase
            # before the source and a quotation in lower case that goes on with it are one
            # content around the interruption (not "In a statement, he said, “We ...”")
            return around
        named = self._named_by_relative(cue, src, Span(outer.start, end))
        if named is not None:
            # "which Mr. Trump called “a disgrace”": the relative pronoun is what the
            # quotation names, and the content holds it
            return Attribution(src, cue.span, Span(named, end), True, rule="before-quote")
        return Attribution(src, cue.span, Span(outer.start, end), True, rule="before-quote")

    def _named_by_relative(self, cue: Cue, src: Span, content: Span) -> int | None:
        """Where the relative pronoun before ``src`` starts, when it is the object a cue
        of naming (data/naming_cues.txt) gives a name or a description: "which Mr. Trump
        called “a disgrace”", "whom he described as", "what Newt Gingrich called “...”".
        The object's place after the cue is empty: the content is a quotation or follows
        "as" ("that Border Patrol agents described [the ground] as ..." has its object,
        its "that" opens a clause)."""
        text = self.doc.text
        if cue.lemma not in load_set("naming_cues") or src.end > cue.span.start:
            return None
        between = text[cue.span.end : content.start].strip()
        if between != "as" and (between or not QUOTE_MARK.match(text, content.start)):
            return None
        relative = OBJECT_RELATIVE_BEFORE.search(text, max(0, src.start - 7), src.start)
        return relative.start() if relative is not None else None

    def _according(self, cue: Cue, sent: Span) -> Attribution | None:
        if cue.kind != PHRASE_LEMMA:
            return None
        doc = self.doc
        src = source_after(doc, cue.span.end, sent.end)
        if src is None:
            return None
        text = doc.text
        colon = COLON_BEFORE_QUOTE.match(text, src.end)
        if colon is not None:
            at = bisect.bisect_left(self.starts_of_outers, colon.end())
            if at < len(self.outers) and self.outers[at].start == colon.end():
                # "in the words of the patient: “...”": the quotation is the content.
                return Attribution(src, cue.span, self.outers[at], True, rule="according-to")
        lead_start = _lead_start(text, sent.start, cue.span.start)
        lead = text[lead_start : cue.span.start].strip(" “\"'")
        if not text[sent.start : cue.span.start].strip(" “\"'"):
            # "According to exit polls conducted for the AP and networks by Edison
            # Research, ...": the source that opens the sentence runs to its comma
            to_comma = SOURCE_TO_COMMA.match(text, src.end, sent.end)
            if to_comma is not None:
                src = Span(src.start, to_comma.end() - 1)
        if DEMONSTRATIVE_LEAD.fullmatch(lead):
            # "That’s according to a new poll": the demonstrative is the content.
            at = text.index(lead, lead_start)
            return Attribution(src, cue.span, Span(at, at + 4), False, rule="according-to")
        if not lead:
            start = trim_start(doc, src.end, sent.end)
            end = trim_end(doc, start, sent.end)
            named = NAME_APPOSITION.match(text, src.end, end)
            if named is not None and _ends_with_job(text[src.start : src.end]):
                # "According to a tweet by the company's CEO, Linda Yaccarino, [the
                # platform ...]": the name is the source's.
                src = Span(src.start, named.end("name"))
                start = trim_start(doc, named.end(), end)
            apposition = ACCORDING_APPOSITION.match(text, src.end, end)
            if (
                apposition is not None
                and at_least(text, apposition.end(), end, 3)
                and (
                    apposition.group("relative")
                    or (
                        not FINITE_VERB.search(apposition.group())
                        # "the same poll, [Clinton's favorability among Hispanics fell
                        # ...]": a long possessive phrase is the content's own clause
                        and (
                            apposition.group("possessive") is None
                            or len(apposition.group().split()) <= MAX_ACCORDING_APPOSITION_WORDS
                        )
                    )
                )
            ):
                # "According to John Weaver, a Republican strategist, [campaigns ...]": the
                # apposition is the source's.
                src = Span(src.start, apposition.end() - 1)
                start = trim_start(doc, apposition.end(), end)
        else:
            start = lead_start
            if lead_start == sent.start:
                start = self._question_before_lead(sent.start, cue.span.start) or start
            end = trim_end(doc, start, cue.span.start)
            rest = text[src.end : sent.end]
            if rest.startswith(",") and at_least(text, src.end, sent.end, 3):
                if SUBORDINATE_LEAD.match(text, start, cue.span.start) and not (
                    _closing_apposition_of_source(text, src.end, trim_end(doc, src.end, sent.end))
                ):
                    # "While most were confidential, according to an official, two were
                    # secret": the main clause after the source is the content.
                    start = trim_start(doc, src.end, sent.end)
                    end = trim_end(doc, start, sent.end)
                elif (
                    not at_least(text, start, cue.span.start, ENVELOPE_LEAD_WORDS)
                    and not COORDINATED_AFTER.match(text, src.end)
                ) or AND_AFTER_SOURCE.match(text, src.end):
                    # ("[The top 1 percent paid 25.4 percent of all federal taxes in 2013],
                    # according to the CBO, [and the top 10 percent paid 69 percent]": a
                    # clause joined by "and" goes on with the content)
                    # "But the next day, according to Roffman, Trump made demands": the
                    # content is the envelope of the two parts.
                    end = trim_end(doc, start, sent.end)
                    closing = text.find(")", src.end, end)
                    if closing >= 0 and "(" in text[sent.start : start]:
                        end = trim_end(doc, start, closing)
        if end - start < 8:
            return None
        return Attribution(src, cue.span, Span(start, end), False, rule="according-to")

    def _question_before_lead(self, sent_start: int, cue_start: int) -> int | None:
        """Where a quotation that ends in a question or exclamation mark right before the
        sentence starts, when the words before "according to" name its speaker and cue:
        "[“... is this a priority for the two of them?” O’Malley said at a press
        conference], according to the Las Vegas Sun". The mark ends no sentence there, and
        the source of "according to" vouches for the quotation too (PolNeAR)."""
        text = self.doc.text
        at = bisect.bisect_right(self.ends, sent_start) - 1
        if at < 0 or text[self.outers[at].end : sent_start].strip():
            return None
        outer = self.outers[at]
        if text[outer.start : outer.end].rstrip("”\"' ")[-1:] not in ("?", "!"):
            return None
        lead = text[sent_start:cue_start]
        if not lead[:1].isupper() or not lead.rstrip().endswith(","):
            return None
        verb = next(
            (
                span
                for span in cue_form_spans(text, sent_start, cue_start)
                if text[span[0]].islower()
            ),
            None,
        )
        if verb is None or len(WORD.findall(text, sent_start, verb[0])) > MAX_GAP_WORDS:
            return None  # no speaker and verb of saying right after the quotation
        return outer.start

    def _content_first(self, cue: Cue, sent: Span) -> Attribution | None:
        """[Content], X said. / [Content], said X, a spokesman. / [A], X said, [B]."""
        doc, text = self.doc, self.doc.text
        if cue.participle:
            return None
        if comma_before(text, sent.start, cue.span.start):
            closing = self._before_closing_apposition(cue, sent)
            if closing is not None:
                return closing
            src = self.source_before(sent.start, cue.span.start)
            if (
                src is not None
                and (
                    src.start == trim_start(doc, sent.start, src.start)
                    or comma_before(text, sent.start, src.start)
                )
                and "," in text[src.start : trim_end(doc, src.start, cue.span.start)]
            ):
                # "Arturo Sarukhan, a former ambassador, said ..." / "Politico, in a long
                # article, described ..." / "Speaking to CNN, X, a senator, said ...": the
                # subject, unless a name after the cue closes the sentence ("The weather
                # should ease by morning, allowing crews to work, said Mark Quinlan, a
                # director")
                name = NAME_AFTER_CUE.match(text, cue.span.end)
                if (
                    cue.lemma not in SAY_LEMMAS  # "..., endorsed Erin Brockovich": an object
                    or name is None
                    or name.group("word").casefold() in CALENDAR_NAMES  # "said Wednesday he"
                ):
                    return None
                inverted = self._content_cue_source(cue, sent)
                if (
                    inverted is None
                    or inverted.source_span is None
                    or not _names_a_source(text, inverted.source_span)
                    or FINITE_VERB.search(text, inverted.source_span.end, sent.end)
                ):
                    return None  # "..., said Pyongyang signalled its agreement": a clause
                name_end = inverted.source_span.end
                more_after = trim_end(doc, name_end, sent.end) > name_end
                if more_after and SUBJECT_SET_OFF_BEFORE.search(text, sent.start, cue.span.start):
                    # a phrase that describes a subject before the cue: "The official, who
                    # asked ..., said the Council, the Treasury ... held a meeting"
                    return None
                return inverted
            return self._content_cue_source(cue, sent)
        src = self.source_before(sent.start, cue.span.start)
        if src is None:
            return None
        if not comma_before(text, sent.start, src.start):
            return None
        if text[src.start : src.end].casefold() in RELATIVE_PRONOUNS:
            # "The ministry said the strike hit Sulaimani, [which] has long complained",
            # "“A,” said Harry Reid, [who] called on Grayson to quit": the clause before
            # the relative pronoun is no content of its cue
            return None
        content_start = trim_start(doc, sent.start, src.start)
        relative = RELATIVE_BEFORE_INTERRUPTION.search(text, content_start, src.start)
        if relative is not None:
            # "..., is near the stadium, [which], Tompkins said, [is usually full ...]":
            # the statement is the relative clause's
            content_start = relative.start()
        content_end = trim_end(doc, content_start, src.start)
        if (
            relative is None
            and not at_least(text, content_start, content_end, 3)
            and not _short_subject(text, cue, Span(content_start, content_end), sent.end)
        ):
            return None
        if ACCORDING.match(text, content_start, content_end):
            return None  # "According to a source, lawmakers are expected to": no content
        tail_end = trim_end(doc, cue.span.end, sent.end)
        semicolon = text.find(";", cue.span.end, tail_end)
        if semicolon >= 0:
            tail_end = semicolon  # "..., analysts say; in 2012, Romney stumbled"
        tail = text[cue.span.end : tail_end]
        if cue.lemma in LISTENER_LEMMAS:
            # "..., an official told The New York Times": the listener, then the tail.
            listener = listener_after().match(tail)
            if listener is not None:
                tail = tail[listener.end() :]
        if _modal_before_cue(text, src, cue.span) and tail.strip() and tail[0] != ",":
            return None  # "..., he should have insisted on ...": no report of a clause
        if INFINITIVE_TAIL.match(tail):
            # "Asked about it, a spokesperson declined [to comment]": the cue's own
            # content follows it; the clause before is no statement of the source.
            return None
        participle = PARTICIPLE_TAIL.search(tail)
        if (
            participle is not None
            and (goes_on := GOES_ON_AFTER_CUE.match(tail)) is not None
            and not (goes_on.group(1) == "while" and lower_form_in(tail, goes_on.end(), len(tail)))
        ):
            # "[There is no chance of violence], officials insist, [because policing has
            # evolved]", "[The emails were on many topics], the Times said, [including
            # speeches]": a reason, a contrast or a list after the cue's comma goes on with
            # the content, one content around the interruption (not a contrast with a
            # statement of its own: ", while the French sources declined to estimate")
            participle = None
        subordinate = _subordinate_tail(text, cue, tail, Span(content_start, content_end))
        if (
            CLAUSE_TAIL.fullmatch(tail)
            or DASH_AFTER_CUE.match(tail)
            or (participle is not None and CLAUSE_TAIL.fullmatch(tail, 0, participle.start()))
            or SUMMING_UP_TAIL.match(tail)
            or (subordinate is not None and CLAUSE_TAIL.fullmatch(tail, 0, subordinate.start()))
        ):
            # "[A], its owner said on Thursday, putting 400 people out of work": the
            # participle clause after the cue is the source's, not the content.
            if _fronted_adverbial(text, content_start, content_end) and complement_in(tail):
                return None  # "In a changing economy, Millennials believe in ...": a lead
            if DASH_AFTER_CUE.match(tail):
                content_start = _after_opening_dash(text, content_start, content_end)
            return Attribution(
                src, cue.span, Span(content_start, content_end), False, rule="content-first"
            )
        if INTERRUPTION_CLOSE.match(tail):
            # "The plan, he said, would fail": one content around the interruption.
            return Attribution(
                src, cue.span, Span(content_start, tail_end), False, rule="interrupted"
            )
        return None

    def _before_closing_apposition(self, cue: Cue, sent: Span) -> Attribution | None:
        """[Content], his top aide, Tad Devine, said. A name and its apposition set off by
        commas close the sentence after a clause, which is their content; nothing but a
        listener and a time or place follows the cue."""
        doc, text = self.doc, self.doc.text
        closing = _closing_apposition(text, sent.start, cue.span.start)
        if closing is None:
            return None
        tail = text[cue.span.end : trim_end(doc, cue.span.end, sent.end)]
        if cue.lemma in LISTENER_LEMMAS and (listener := listener_after().match(tail)):
            tail = tail[listener.end() :]  # "..., told The Huffington Post."
        if tail.strip() and not CLAUSE_TAIL.fullmatch(tail):
            return None  # "Speaking to CNN, X, a senator, said the plan ...": content after
        content_start = trim_start(doc, sent.start, closing.start)
        content_end = trim_end(doc, content_start, closing.start)
        return Attribution(
            closing, cue.span, Span(content_start, content_end), False, rule="content-first"
        )

    def _content_cue_source(self, cue: Cue, sent: Span) -> Attribution | None:
        """[Content], said X. The source after the cue is a name or a short noun phrase."""
        doc, text = self.doc, self.doc.text
        if cue.lemma in LISTENER_LEMMAS:
            return None  # "[A], X, who ..., told CBS News": the words after "told" are its listener
        src = source_after(doc, cue.span.end, sent.end)
        if src is None:
            return None
        relative = RELATIVE_OF_SOURCE.search(text, src.start, src.end)
        if relative is not None and relative.start() > src.start:
            src = Span(src.start, relative.start())  # "said [an official] who was briefed"
        words = WORD.findall(text, src.start, src.end)
        first = text[src.start]
        after = text[src.end : trim_end(doc, src.end, sent.end)]
        # "the official" / "a person familiar with the matter" (the sentence's last words)
        longest = MAX_SOURCE_AFTER if not after.strip() else 4
        if not (
            (first.isupper() and len(words) <= MAX_SOURCE_AFTER)
            or (first.isupper() and cue.lemma in SAY_LEMMAS and _title_then_name(words))
            or (words[0].lower() in SOURCE_AFTER_OPENERS and len(words) <= longest)
            # "said [a spokesman for the Foreign Ministry], adding ...", "said [a former
            # spokesman for the ministry, Oleg Voloshyn], who ...": a job and its body,
            # the name set off after them
            or (
                len(words) <= MAX_TITLED_SOURCE_AFTER
                and ("," in text[src.start : src.end] or job_of_body(words))
                and words[0].lower() in SOURCE_AFTER_OPENERS
            )
            # "..., say [officials]." (a plural noun of people alone, closing the sentence)
            or (len(words) == 1 and not after.strip() and words[0] in people_nouns())
            or _descriptor_then_name(words)
        ):
            return None
        if (
            after.strip()
            and not APPOSITION.match(after)
            and not occasion_at(text, src.end + 1)
            and not RELATIVE_OF_SOURCE.match(after)
        ):
            # "said X, a spokesman" / "said X in a statement" / "said an official who was
            # briefed" end the sentence
            return None
        if FINITE_VERB.search(text, src.start, src.end):
            return None  # "..., said [the deal was close]": a clause, no source
        comma = text.rindex(",", sent.start, cue.span.start)
        goes_on = _content_going_on(text, src.end, sent.end) if cue.lemma == "say" else None
        if goes_on is not None and "," not in text[sent.start : comma]:
            # "[The paradox of Nancy], says Carl Anthony, historian at ..., [is that ...]":
            # the source and its cue interrupt one content, which runs on after them (not
            # a participle that names: "The printer, called Primage 90-GT, is priced ...";
            # nor after a subject set off by commas: "Hoechst Celanese, a unit of Hoechst
            # AG, said Juergen Dormann, a former board member, has been named chairman")
            content_start = trim_start(doc, sent.start, cue.span.start)
            content_end = trim_end(doc, goes_on, sent.end)
            return Attribution(
                src, cue.span, Span(content_start, content_end), False, rule="interrupted"
            )
        content_start = trim_start(doc, sent.start, comma)
        content_end = trim_end(doc, content_start, comma)
        if not at_least(text, content_start, content_end, 4):
            return None
        return Attribution(
            src, cue.span, Span(content_start, content_end), False, rule="content-cue-source"
        )

    def _source_cue_content(self, cue: Cue, sent: Span) -> Attribution | None:
        doc = self.doc
        if _object_only_before_be(doc.text, cue):
            return None  # "The loopholes he cited are ...": the cue's object comes before it
        cue_span = cue.span
        control = _control_before(doc.text, sent.start, cue.span.start)
        if control is not None:
            # "Republicans [were quick to criticize] the move": the subject before "be"
            # is the source, and the phrase joins the cue.
            cue_span = Span(control, cue.span.end)
        before = cue_span.start
        if cue.kind == STANCE:
            # "Many economists are less [optimistic]": the source stands before the copula
            copula = STANCE_BEFORE.search(doc.text, max(sent.start, before - 40), before)
            if copula is not None and copula.start() > sent.start:
                if doc.text.endswith(" to ", sent.start, copula.start()):
                    return None  # "You have a right to be upset at": no one holds a view
                before = copula.start()
        gerund = _opens_in_ing(doc.text, cue.span) and PREPOSITION_BEFORE_GERUND.search(
            doc.text, max(sent.start, before - GERUND_PREPOSITION_REACH), before
        )
        src = self.source_before(sent.start, before)
        if gerund and src is not None:
            src = self._gerund_doer(sent, src) or src
        elif gerund:
            # "took the last step Wednesday of announcing [that ...]": no phrase right
            # before the preposition, so the sentence's subject does what the gerund says
            subject = self.subject(sent.start, before)
            if (
                subject is not None
                and subject.end <= before
                and self._names_a_doer(subject)
                and not _reports_between(doc.text, subject.end, before)
            ):
                src = subject
        if src is not None and doc.text.endswith(" to", src.start, src.end):
            src, cue_span = _split_before_to(doc, src, cue_span)
        elif src is not None and (verb := _verb_before_article(doc.text, src)) is not None:
            # "[Trump] [opened with a call for] the party to ...": the noun's verb joins the
            # cue, its subject is the source
            src, cue_span = (
                Span(src.start, trim_end(doc, src.start, verb)),
                Span(verb, cue_span.end),
            )
        if src is None and _and_before(doc.text, sent.start, cue):
            # "Giles attempted to re-engage the campaign and said ...": the sentence's subject.
            # "Likewise, [Trump] went after Clinton and called ...": the subject of the
            # clause after an opening phrase that the sentence's subject is not read past
            src = self.subject(sent.start, cue.span.start) or _subject_after_comma(
                doc, sent.start, cue
            )
            if src is not None:
                # "The crowd cheered when [Trump] spotted a sign and asked ...": the verb
                # goes on the clause of "when", whose subject is the source
                src = _clause_subject(doc, src.end, cue.span.start) or src
        if (
            src is not None
            and cue.lemma == "want"
            and doc.text[src.start : src.end].casefold() in SPEAKER_PRONOUNS
        ):
            return None  # "I want you to know": a speaker's own words, not a report
        if (
            src is not None
            and doc.text[src.start : src.end].casefold() == "you"
            and GENERIC_YOU_BEFORE.search(doc.text, max(sent.start, src.start - 12), src.start)
        ):
            return None  # "if you believe them", "what do you call ...": anyone, no source
        if ends_opening_clause(doc.text, sent, cue.span):
            return None  # the main clause after the comma is no content of the cue
        if _passive_before_comma(doc.text, sent, cue.span):
            return None  # "after the winner was declared, told her supporters": no content
        if _participle_apposition(doc.text, cue.span, sent):
            return None  # "The deal, announced Friday, would last": the form names the deal
        if cue.kind == STANCE and doc.text.startswith(",", cue.span.end):
            return None  # "Economists are less optimistic, predicting ...": no view stated
        if src is not None and (before_as := _clause_before_as(doc, cue, src, sent)) is not None:
            # "The numbers changed over the summer, as [Sanders] has [acknowledged]": the
            # clause before ", as" is what the source says
            return Attribution(src, cue_span, before_as, False, rule="clause-before-as")
        content = content_after(doc, cue, sent)
        if content is None:
            bare = _bare_object_relative(doc, cue, src, sent) if src is not None else None
            if bare is not None:
                # "the trade agreement, [which] Mr. Putin vehemently opposed.": the relative
                # pronoun is the object of a cue with nothing after it
                return Attribution(src, cue_span, bare, False, rule="source-cue-content")
            return None
        if doc.text.startswith(")", content.start):
            # "(at one point as low as 19%, Gutin says) hurt her husband": the cue closes a
            # parenthesis, whose clause before the source is the content
            aside = _aside_before_source(doc, src, sent)
            if aside is None:
                return None
            return Attribution(src, cue_span, aside, False, rule="aside-before-source")
        if doc.text.startswith("by ", content.start):
            return None  # "the plan, agreed by the OAU": a passive is read by its own frame
        if (
            src is not None
            and PRONOUN_SUBJECT.fullmatch(doc.text, src.start, src.end)
            and cue.kind != STANCE
            and _participle_form(doc.text[cue.span.start : cue.span.end])
            and doc.text[cue.span.start : cue.span.end].split(" ", 1)[0].casefold()
            not in load_set("stance_participles")
            and PASSIVE_BE.search(doc.text, max(sent.start, cue.span.start - 24), cue.span.start)
            and not REPORTED_COMPLEMENT.match(doc.text, content.start)
        ):
            # "[which] was issued at par", "[They] were told the same thing": a passive of a
            # pronoun states nothing ("who were reported [to be opposed]", "he was
            # concerned [that ...]" do)
            return None
        if ANONYMITY.match(doc.text, content.start, content.end):
            return None  # "who asked not to be named": why a source goes unnamed, no statement
        if cue.lemma not in SAY_LEMMAS and _time_then_main_verb().match(
            doc.text, content.start, content.end
        ):
            # "Dividends declared [today are payable]": a participle's time ("said Monday
            # would be a big day" names the day its content's subject)
            return None
        if cue.lemma == "add" and AMOUNT_ADDED.match(doc.text, content.start, content.end):
            return None  # "nickel added 1.5%", "Gallinari added 25 points": a gain, no statement
        if _moves_its_object(doc.text, cue, content):
            return None  # "pushed Clinton to the left", "pushing supporters onto the list": a move
        if cue.lemma in load_set("aspect_cues"):
            if not _reports_on(doc.text, content):
                return None  # "continued to push for", "continued his assault": no statement
            chained = _reporting_after_aspect(doc, content)
            if chained is not None:
                # "[Trump] [continued to say] [he had never touched Fields]": the reporting
                # verb after "to" joins the cue, what it reports is the content
                cue_span, content = Span(cue_span.start, chained[0]), chained[1]
        if PLACE_ONLY.fullmatch(doc.text, content.start, content.end) and not QUOTE_NEXT.match(
            doc.text, sent.end
        ):
            # "no injuries reported [in Israel]": a place is no statement ("X wrote in
            # September. “A.”" goes on with its quotation)
            return None
        opening = src is None and opening_participle(doc.text, sent, cue)
        if src is None and (
            opening
            or (
                (cue.participle or doc.text.startswith("Having ", sent.start))
                and OPENING_GERUND.fullmatch(doc.text, sent.start, cue.span.start)
            )
        ):
            # "After reciting [this passage], Beck said ...", "In describing [Trump], Cuban
            # said ...", "Citing [data], Salceda said ...": the subject of the clause after
            # the comma does what the gerund says
            src = sentence_subject(doc, sent.start, sent.end)
            if opening:
                # "Citing [local news outlets], [the Associated Press] reports": the source
                # of the main clause's cue, where the subject runs into it
                src = self._main_clause_source(sent, content) or src
            if (
                src is None
                or src.start < content.end
                or trim_end(doc, src.end, sent.end) <= src.end
            ):
                return None  # no subject after the clause, or none with a verb after it
        if src is None:
            # The source phrase was not found next to the cue: the sentence's subject,
            # if it opens with one, else none when "that" shows a statement all the same.
            src = _fallback_subject(
                doc,
                self.subject(sent.start, cue.span.start),
                cue.span.start,
                aside=not cue.participle,  # "Trump, whose apparel ..., has made decrying"
            )
            if src is None and not doc.text.startswith("that", content.start):
                return None
        if (
            src is not None
            and doc.text.endswith(("which ", "who "), max(0, src.start - 6), src.start)
            and not doc.text.startswith("that", content.start)
        ):
            relative = RELATIVE_BEFORE.search(doc.text, max(0, src.start - 8), src.start)
            if relative is not None and _object_gap(doc.text, cue, content):
                # "[which] Clinton conceded when polls closed", "[who] many had backed in
                # the hope of ...": the relative pronoun is the cue's object, and the
                # words after the cue only tell when, where or how
                content = Span(relative.start(), relative.end() - 1)
            elif relative is not None:
                # "which [the OECD] says had the highest wage floors": the relative pronoun
                # is the subject of the content.
                end = content.end
                comma = doc.text.find(",", content.start, end)
                if comma > 0 and doc.text[relative.start() - 2 : relative.start() - 1] == ",":
                    end = trim_end(doc, content.start, comma)  # ", which ... says A, B": A
                content = Span(relative.start(), end)
        elif src is not None and (named := self._named_by_relative(cue, src, content)) is not None:
            content = Span(named, content.end)  # "whom [he] described as “peaceful”"
        elif src is not None and (described := _zero_relative_content(doc.text, cue, src, content)):
            content = described  # "[the president she hopes to succeed] differs from ..."
        if src is not None and (wh := _wh_before(doc.text, src.start)) is not None:
            if doc.text.startswith(("what", "What"), wh) and _object_gap(doc.text, cue, content):
                content = Span(wh, wh + 4)  # "if we had done [what] we proposed": the object
            else:
                content = _wh_content(doc, wh, content)
        elif (
            src is not None
            and doc.text.endswith(" that ", max(0, src.start - 6), src.start)
            and SUBJECTLESS.match(doc.text, content.start, content.end)
        ):
            # "a gap [that] experts say renders talk of a wall moot": the relative pronoun
            # is the subject of the content, which has none of its own
            content = Span(src.start - 5, content.end)
        if (
            src is not None
            and not cue.participle
            and not doc.text.endswith(("ing", " to"), cue.span.start, cue.span.end)
            and not doc.text.endswith(" to ", src.end, cue.span.start + 1)
            and (head := _contact_clause_head().match(doc.text, src.start, src.end))
            and head.group("last") not in HEAD_END_PREPOSITIONS
            and not (head.group("last") or "").endswith("ing")
            and CONTACT_SUBJECT_BLOCK.search(doc.text, head.end(), src.end) is None
            and CONTACT_HEAD_BLOCK.search(doc.text, head.start(), head.end()) is None
            and not (
                head.group("count") is not None and doc.text.startswith(("a ", "an "), head.end())
            )  # "seven cts [a share] posted": a rate, no subject
            and not _after_preposition_or_cue(doc.text, max(sent.start, src.start - 24), src.start)
            and (head.group("name") is None or NAME_SUBJECT_GAP.match(doc.text, content.start))
        ):
            # "[a probe] the agency said [was ongoing]", "[exactly the kind of jurist] many
            # Republicans fear [Mrs. Clinton would choose]": a noun phrase, then the subject
            # of a relative clause with no "that"; the noun phrase fills the content's gap
            src = Span(head.end(), src.end)
            content = Span(head.start(), content.end)
        if src is not None and doc.text_of(src).casefold() in RELATIVE_SUBJECTS:
            object_end = relative_object_end(doc, cue, src, content)
            if object_end is not None:
                content = Span(content.start, object_end)  # "who wants [to unseat X] is ..."
        dash = DASH_BEFORE_CUE.search(doc.text, max(sent.start, cue.span.start - 5), cue.span.start)
        if dash is not None:
            closing = doc.text.find(dash.group("dash"), content.start, content.end)
            if closing > content.start:
                # "Supermarkets General -- responding to [a previous letter] -- said": the
                # dashes set the cue's clause off, and its content ends at the second
                content = Span(content.start, trim_end(doc, content.start, closing))
        found = Attribution(
            src, cue_span, content, self._is_quote(content), rule="source-cue-content"
        )
        if states_only_a_time(doc, found, sent):
            return None  # "that reported [a year ago]": no statement, and none to cut
        return found

    def _main_clause_source(self, sent: Span, content: Span) -> Span | None:
        """The source of the first cue of the main clause after an opening phrase whose
        content is ``content``: "Citing “obligations in Tennessee,” [the former vice
        president’s spokeswoman] told", "Citing local news outlets, [the Associated Press]
        reports"."""
        text = self.doc.text
        for cue in find_cues_in(text, Span(content.end, sent.end)):
            if cue.participle:
                continue
            return self.source_before(content.end, cue.span.start)
        return None

    def _gerund_doer(self, sent: Span, found: Span) -> Span | None:
        """Who does what a gerund after a preposition says, from the phrase ``found``
        before it: a name right before the preposition ("criticized [Snyder] for refusing"),
        else the sentence's subject ("[Sondland] was known for telling", "[Obama] has
        endured criticism for telling")."""
        text = self.doc.text
        prep = text.rfind(" ", found.start, found.end)
        name = None
        if prep > found.start and text[prep + 1 : found.end] in OBJECT_DOER_PREPOSITIONS:
            name = CAPITALISED_RUN_END.search(text, found.start, prep)
        if (
            name is not None
            and not PREPOSITION_BEFORE_NAME.search(
                text, max(found.start, name.start() - 8), name.start()
            )
            and self._names_a_doer(Span(name.start(), name.end()))
        ):
            # "faulted [Snyder] for refusing", "accused [Trump] of lying": the one named
            # right before "for" or "of" (not "joined Democrats in writing": the subject)
            return Span(name.start(), name.end())
        subject = self.subject(sent.start, found.end)
        return subject if subject is not None and self._names_a_doer(subject) else None

    def _names_a_doer(self, span: Span) -> bool:
        """Whether a phrase that opens a sentence names someone: two words or more that end
        in no determiner ("Beyond [the]"), a personal pronoun, or one capitalised word
        never printed in lower case ("Cameron", not "Instead", "Fresh")."""
        text = self.doc.text
        words = text[span.start : span.end].split()
        if words[-1].casefold() in LOWER_DETERMINERS:
            return False  # "Beyond [the]": no subject
        if len(words) > 1:
            return True
        word = words[0]
        if word.casefold() in COORDINATED_PRONOUNS:  # he, she, they, we, I
            return True
        if word.casefold() in load_set("non_doers"):
            return False
        # a word also printed in lower case nearby is no name ("Fresh", "Instead"); the
        # window keeps the test's cost bounded, whatever the length of the text
        lo, hi = max(0, span.start - LOWER_CASE_REACH), span.end + LOWER_CASE_REACH
        return re.search(rf"\b{re.escape(word.lower())}\b", text[lo:hi]) is None

    def _is_quote(self, span: Span) -> bool:
        o = self._outer_before(span.start + 1)
        return o is not None and span.end <= o.end + 1


# Lower-case words that may stand inside a name: "Bill Bolster [of] Munger Oil".
NAME_JOINERS = frozenset({"of", "the", "and", "for", "de", "al"})


def _wh_content(doc: Document, start: int, content: Span) -> Span:
    """The content of "what Trump says [his plan would do], and what ...": from the
    question word before the source to the end of its clause, before a second one
    coordinated with it or the verb of the sentence the clause is the subject of ("how
    experts say it would shape tax law [has] endured")."""
    text = doc.text
    end = content.end
    coordinated = WH_COORDINATION.search(text, content.start, end)
    if coordinated is not None:
        end = coordinated.start()  # "what Trump says [his plan would do], and what it"
    verbs = list(islice(FINITE_VERB.finditer(text, content.start, end), 2))
    if len(verbs) == 2:
        end = verbs[1].start()
    return Span(start, trim_end(doc, start, end))


def _names_a_source(text: str, span: Span) -> bool:
    """Whether ``span`` reads as a name, not a clause: every word capitalised but for
    words that join a name ("Bill Bolster of Munger Oil"), or lower-case words saying what
    the source is, then its name ("lead underwriter Goldman Sachs")."""
    words = WORD.findall(text, span.start, span.end)
    return all(w[0].isupper() or w in NAME_JOINERS for w in words) or _descriptor_then_name(words)


def _title_then_name(words: list[str]) -> bool:
    """Whether a capitalised source after its cue, too long for a name, ends in a title and
    a name: "said [The Walt Disney Co.’s chief executive Bob Iger]"."""
    if len(words) > MAX_TITLED_SOURCE_AFTER or len(words) < 4:
        return False
    titles = load_set("titles")
    return (
        words[-1][:1].isupper()
        and words[-2][:1].isupper()
        and any(w in titles for w in words[-6:-2])
    )


# Most words of the name after the descriptors of a source printed after its cue.
MAX_NAME_AFTER_DESCRIPTOR = 4
# Prepositions that set a place after a source's name: "Dossym Satpayev [in] Almaty".
PLACE_AFTER_NAME = frozenset({"in", "at", "from"})


# A name alone after a cue, before an apposition: up to four capitalised words, a comma
# and a determiner or a possessive ("says [Richard Locksley], an immunologist at ...").
NAME_THEN_APPOSITION = re.compile(
    r"[ \t\n]+[A-Z][\w.'’-]*(?:[ \t\n]+[A-Z][\w.'’-]*){0,3},[ \t\n]+"
    r"(?:a|an|the|his|her|its|their|[A-Z][\w.-]*['’]s)[ \t\n]"
)


def _inverted_source_after(text: str, cue: Cue, sent: Span) -> bool:
    """Whether ``cue`` follows a comma and a name alone follows it, before an apposition
    (:data:`NAME_THEN_APPOSITION`): the cue is set off inside the words it reports, and
    the name is its source ("This system, says Richard Locksley, an immunologist ...,
    helps direct ..."). Not after a phrase that describes the subject before the cue
    (:data:`SUBJECT_SET_OFF_BEFORE`): "The official, who declined to be identified, said
    Orion, the merchant banking arm of ..., had operated profitably"."""
    return (
        text[sent.start : cue.span.start].rstrip().endswith(",")
        and NAME_THEN_APPOSITION.match(text, cue.span.end, sent.end) is not None
        and SUBJECT_SET_OFF_BEFORE.search(text, sent.start, cue.span.start) is None
    )


def _descriptor_then_name(words: list[str]) -> bool:
    """Whether a source after its cue is lower-case words that say what a body or a person
    is, then the name: "said [disaster agency AFAD]", "said [opposition leader Ali Baba]".
    The descriptor may hold capitalised words before its last word, a title or a word of
    data/organisation_words.txt ("said [former Pennsylvania governor Ed Rendell]", "said
    [former President Barack Obama]"), but no figure, and a place may follow the name
    ("says [political scientist Dossym Satpayev in Almaty]"); the name has four words at
    most."""
    if len(words) > MAX_SOURCE_AFTER or not words or not words[0].islower():
        return False
    end = len(words)
    if end > 3 and words[end - 2] in PLACE_AFTER_NAME and words[end - 1][:1].isupper():
        end -= 2  # "... Satpayev [in Almaty]"
    descriptors = head_nouns()
    last = max(
        (i for i in range(end) if words[i].casefold() in descriptors or job_word(words[i])),
        default=-1,
    )
    return (
        0 <= last < end - 1
        and end - last - 1 <= MAX_NAME_AFTER_DESCRIPTOR
        and all(w[:1].isupper() for w in words[last + 1 : end])
        and not any(w[:1].isdigit() for w in words[:last])
    )


# Most commas after a source printed after its cue, before the content goes on: the
# source's own and those of its apposition ("said Michael Kofman[,] an expert on Russia
# at the Wilson Center[,] would read this ...").
MAX_INTERRUPTION_COMMAS = 3
# Most characters from such a source to the comma after which the content goes on.
INTERRUPTION_REACH = 160


def _content_going_on(text: str, source_end: int, end: int) -> int | None:
    """Where the content goes on after a source that interrupts it after its cue: right
    after a comma that closes the source (or its apposition or relative clause), a verb of
    the content's clause follows ("The paradox of Nancy, says Carl Anthony, historian at
    the library, [is that] ...", "And Trump, said Sunshine, who remains friendly with her
    former boss, [doesn't forgive] ..."; see :func:`_verb_after_interruption`)."""
    if not text.startswith(",", source_end):
        return None
    at = source_end
    hi = min(end, source_end + INTERRUPTION_REACH)
    for _ in range(MAX_INTERRUPTION_COMMAS):
        if at < 0 or at >= hi:
            return None
        if _verb_after_interruption().match(text, at + 1, end) is not None:
            return at + 1
        at = text.find(",", at + 1, hi)
    return None


@cache
def _quotation_going_on() -> re.Pattern[str]:
    """The comma after a quotation's interrupting source and cue and the words of the
    quoted sentence that go on after it: an auxiliary, perhaps with its "n't" ("“Only you,
    Dinesh,” she said, [would use the occasion ...]"), or "that" and a lower-case word, the
    quoted clause's extraposed subject ("“It's our bad luck,” he said, [that both violent
    men had connections ...]"). Not a verb in -ed, which opens the writer's participle
    phrase as often ("said Beau Correll, angered that ...")."""
    return re.compile(
        rf""",\s(?:{alternation(AUXILIARIES | {"remains", "seems"})}
            | {alternation(AUXILIARIES | {"wo", "ca"}, boundary=False)}n[’']t\b
            | that\s[a-z])""",
        re.VERBOSE,
    )


# A comma and a quotation mark: the words a passive cue was given ("Trump was asked,
# “What's the most dangerous place ...?”").
COMMA_QUOTE = re.compile(r",\s?[“\"‘']")


def _agentless_passive_infinitive(text: str, sent: Span, cue: Cue) -> bool:
    """Whether the cue is a passive infinitive naming no agent right after it ("are to be
    unveiled at the conference", "allows CDs to be issued in tenures of ..."): nobody is
    reported, and its subject is no source. Not a phrase, a participle of stance ("did
    not seem to be worried about", data/stance_participles.txt) nor a progressive ("to be
    relishing"), whose subject holds a view; nor a view reported in the passive
    (data/passive_only_cues.txt: "to be considered")."""
    if cue.kind in (PHRASE_LEMMA, STANCE) or text.startswith("ing", cue.span.end - 3):
        return False
    form = text[cue.span.start : cue.span.end].casefold()
    if form in load_set("stance_participles") or form in load_set("passive_only_cues"):
        return False  # a view reported in the passive: "has the chance to be considered
        # a true ''genius''" is read as before
    be = PASSIVE_BE.search(text, max(sent.start, cue.span.start - 24), cue.span.start)
    return (
        be is not None and _after_to(text, be.start()) and not text.startswith(" by ", cue.span.end)
    )


def _after_to(text: str, at: int) -> bool:
    """Whether the word "to" and a space stand right before ``at``: "are to [be]
    unveiled", not "Obama's veto [is] expected"."""
    return at >= 3 and text.startswith("to ", at - 3) and (at == 3 or not text[at - 4].isalnum())


def _passive_before_comma(text: str, sent: Span, cue: Span) -> bool:
    """Whether ``cue`` is a passive participle with a comma right after it and no quotation
    after the comma: what follows is the rest of the sentence, no content ("if he thought
    Gates would be confirmed, the Georgia Democrat shot back", "A year after it was
    announced, no one had come")."""
    return (
        text.startswith(",", cue.end)
        and not text.endswith("ing", cue.start, cue.end)
        and COMMA_QUOTE.match(text, cue.end) is None
        and PASSIVE_BE.search(text, max(sent.start, cue.start - 24), cue.start) is not None
    )


# A passive's subject that is only a pronoun, an adverb at most after it: "[who] was
# backed by liberals", "[He also] was backed by nearly 6 in 10", "[which] has been
# accused by the Turkish government". What was backed or accused is named elsewhere.
PRONOUN_SUBJECT = re.compile(
    r"(?i:who|which|that|he|she|it|they|we|i|you)(?:[ ](?:also|just|still|already|now|then|once))?"
)
# A relative pronoun of things, the subject of a passive news report: "the email,
# [which] was first reported by The Associated Press".
THING_RELATIVE_PRONOUNS = RELATIVE_PRONOUNS - {"who", "whose"}


# A modal of possibility or duty (not "will" nor "would", which may report a statement
# to come or a habit: "..., he will say"): "if Mr. Obama opted to make one, he [should]
# have insisted on ...", "..., it [can] hardly be ignored".
MODAL_OF_POSSIBILITY = re.compile(alternation(MODALS - {"will", "would"}))


def _modal_before_cue(text: str, src: Span, cue: Span) -> bool:
    """Whether a modal of :data:`MODAL_OF_POSSIBILITY` stands between a source and its
    cue after a comma: with words of its own after it ("he should have insisted [on
    getting all Americans out]"), the cue tells what the source could or should do, and
    the clause before the comma is no content it reports; an aside ("..., we might
    recall, ...") or a closing cue ("..., he simply can't remember.") still reports."""
    return MODAL_OF_POSSIBILITY.search(text, src.end, cue.start) is not None


def _participle_form(form: str) -> bool:
    """Whether a cue form is a past participle: "issued", "written" ("was saying" is no
    passive)."""
    first = form.split(" ", 1)[0].casefold()
    return first.endswith("ed") or first in PARTICIPLES


# What a passive of reporting takes: "were reported [to be opposed]", "was told [that]".
REPORTED_COMPLEMENT = re.compile(r"(?:to|that|as)\b|[“\"‘']")
