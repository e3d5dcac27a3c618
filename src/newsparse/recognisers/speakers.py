"""Source noun phrases next to a cue, as printed.

Examples (the source is bracketed)::

    [The US-led coalition] stated that ...       left of the cue
    In a statement, [Russian Ministry of Defense] said ...
    “...,” said [Geoff Garin], a Democratic pollster.   right of the cue
    [he] has also said ...                        pronouns are kept as printed

Sources are cut by cheap token scans over a bounded window, never by
open-ended patterns.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

from ..document import Document, Span
from ..layout import abbreviations
from ..lexicon import alternation, load_list, load_set, load_table
from ..patterns import (
    BE_FORMS,
    PERIOD_OPENERS,
    PERSONAL_SUBJECTS,
    POSSESSIVE,
    POSSESSIVE_DETERMINERS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    THIRD_PERSON_POSSESSIVES,
    TIME_OPENERS,
    WORD,
)
from .cues import (
    BE_BEFORE_PARTICIPLE,
    cue_lexicon,
    is_past,
    listener_cue_before,
    modified_possessive,
    occasion_phrase,
)
from .date_patterns import CALENDAR_NAMES
from .name_lookups import may_be_given_name, name_particles
from .places import canonical_agency, find_area, find_city

# One token of a source phrase: a word (with inner dots, hyphens, apostrophes:
# "Mr.", "U.S.", "US-led", "Syria’s"; a "+" after capitals: "OPEC+") or a single
# punctuation character. No token starts with a space: the look-ahead that says so
# first passes each space of a window at once, where the engine would otherwise enter
# every branch there (about 12% fewer instructions per scan).
TOKEN = re.compile(
    r"""
    (?=\S)
    (?:
      (?P<word>\d{1,3}(?:,\d{3}){1,4}(?![\d,])          # 10,000 (a number, one word)
        |[^\W_][\w.'’&-]{0,40}(?:(?<=[A-Z])\+)?)   # Clinton / U.S. / Trump’s / OPEC+
    | (?P<punct>[^\w\s])                # , . “ ( —
    )
    """,
    re.VERBOSE,
)

WINDOW = 160  # characters scanned on either side of a cue
MAX_WORDS = 10  # longest source phrase kept ("the ... spokesman for the Ministry of Defense")
SUBJECT_PRONOUNS = PERSONAL_SUBJECTS | RELATIVE_PRONOUNS
# A subject pronoun with a contracted auxiliary before a participle: "he’s", "they've".
CONTRACTED_AUXILIARY = re.compile(r"(?P<pronoun>[A-Za-z]{1,4})['’](?:s|ve|d)")
SOURCE_AFTER_STOP = frozenset(',.;:!?“”"()—–[]')


def _tokens(doc: Document, lo: int, hi: int) -> list[re.Match[str]]:
    return list(TOKEN.finditer(doc.text, lo, hi))


def _word(m: re.Match[str]) -> str:
    word = m.group()
    if not word[0].isalnum():
        return ""
    if word == "US":
        return "u.s"  # the country (as "U.S." reads), never the pronoun "us"
    return word[:-1].lower() if word[-1] == "." else word.lower()


# Characters read first before a cue; the full window only when they do not settle it.
NEAR = 48
SPACE = re.compile(r"\s")


# A time or place phrase set between a source and its cue, not part of the source:
# "Trump, [in] Kentucky, said", "who [on] Tuesday endorsed", "who has [in] the past
# described". What stands before the preposition tells: a comma, a parenthesis, a
# pronoun or an auxiliary ("officials in Washington said" keeps its phrase).
ADVERBIAL_PP = re.compile(
    r"""
    (?:[,)]|\b(?:who|which|he|she|they|we|I|has|have|had|is|are|was|were|will|would))
    \s+(?P<prep>in|on|at|during)\s+\Z
    """,
    re.VERBOSE,
)


# What a comma after a source may set off that is no part of it: an occasion, a manner
# or a participle phrase ("Mr. Trump, [in] a brief interview, said", "Trump, [speaking]
# at a rally, said", "Salceda, [citing] data from the State Department, said", "Clinton,
# [during] a town hall, said"); an affiliation with "at" stays ("Pantucci, at the Royal
# United Services Institute, said"), and so does a job opening with a word in -ing
# (data/job_participles.txt: "Scott, [ranking] member of the committee, said").
@cache
def _set_off_occasion() -> re.Pattern[str]:
    jobs = alternation(load_set("job_participles"), boundary=False)
    return re.compile(
        rf",\s+(?:(?:in|on|during|after|before|over|via|(?!(?:{jobs})\s)[a-z]{{2,}}ing"
        r"|asked|(?:when|if)\sasked|pressed)\s"
        r"|for\s(?:his|her|its|their)\spart,)"  # "Pira, for his part, described ..."
    )


# Quantifiers, in lower case, that float after the subject they count: "they [both] back",
# after a word (", [all] agreed" is a subject itself).
FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})
# "both" or "all" closing a source phrase, with the word before it: "the ministers all",
# "Stangeland and Volkmer have both".
FLOATING_TAIL = re.compile(r"(?P<before>[\w.]+)[ ](?:both|all)\Z")


def _floats_after(word: str) -> bool:
    """Whether "both" or "all" after ``word`` floats after a subject: after a name, a
    plural or an auxiliary ("Gorka both", "ministers all", "have both"), not after a
    verb or a preposition ("avoided all", "at all")."""
    return word[:1].isupper() or word.endswith("s") or word in AUXILIARIES


def without_floating_tail(text: str, source: Span) -> Span:
    """``source`` less a quantifier that floats after it (:data:`FLOATING_TAIL`,
    :func:`_floats_after`), as a verb cut from its end leaves it: "[Christie and Paul]
    all appeared on Fox News to argue"; "avoided all" stays."""
    if not text.endswith((" both", " all"), source.start, source.end):
        return source  # most sources: no search
    tail = FLOATING_TAIL.search(text, source.start, source.end)
    if tail is None or not _floats_after(tail.group("before")):
        return source
    return Span(source.start, tail.start("before") + len(tail.group("before")))


# A word and one space right before a position.
WORD_THEN_SPACE = re.compile(r"\w[ ]\Z")
# Object pronouns, after which such a quantifier is the object's: "the woman who started
# it [all]" ("a panel that [all] agreed" counts the panel, the source).
NO_FLOAT_AFTER = re.compile(r"(?<!\w)(?:it|them|us)[ ]\Z")


def source_before(doc: Document, lo: int, cue_start: int) -> Span | None:
    """The source phrase that ends right before a cue (adverbs and auxiliaries skipped),
    read past a time or place phrase between them (:data:`ADVERBIAL_PP`), without a
    time phrase at its end (:func:`without_time`)."""
    found = _source_before_cue(doc, lo, cue_start)
    if (
        found is not None
        and doc.text[found.start : found.end] in FLOATING_QUANTIFIERS
        and WORD_THEN_SPACE.search(doc.text, max(lo, found.start - 16), found.start) is not None
        and NO_FLOAT_AFTER.search(doc.text, max(lo, found.start - 8), found.start) is None
    ):
        # "Cruz and Rubio have [both] urged", "ministers [all] urged": the quantifier
        # floats after its subject, which is the source
        found = _source_before_cue(doc, lo, found.start) or found
    elif (
        found is not None
        and doc.text.endswith((" both", " all"), found.start, found.end)  # most: no search
        and (tail := FLOATING_TAIL.search(doc.text, found.start, found.end)) is not None
        and _floats_after(tail.group("before"))
    ):
        # "[the defense ministers] all urged": the same, read with its subject
        found = Span(found.start, tail.start("before") + len(tail.group("before")))
    if found is None:
        return None
    pp = _adverbial_pp_before(doc.text, max(lo, found.start - 24), found.start)
    if pp is not None:
        found = _source_before_cue(doc, lo, pp.start("prep")) or found
    lead = ABSOLUTE_WITH.match(doc.text, found.start, found.end)
    if lead is not None:
        found = Span(lead.end(), found.end)  # "..., with [forecasters] warning that ..."
    found = _without_listener(doc, lo, found)
    if found is not None:
        found = _with_relative_antecedent(doc, lo, found)
    if found is not None:
        found = _without_occasion(doc, found)
    if found is not None:
        found = _without_lead(doc, found)
    if found is not None and _lone_non_source(doc.text[found.start : found.end]):
        return None  # "[By] offering Kasich the spot, Trump would ...": the preposition alone
    if (
        found is not None
        and (means := _means_verb_before(doc.text, lo, found.start, found.end)) is not None
    ):
        # "he used [his address] to call", "who spent much of [his speech] defending": what
        # is used or spent does nothing; the subject of "used" / "spent" is the source
        doer = source_before(doc, lo, means)
        if doer is not None and doc.text[means - 1] == ",":
            doer = _without_cue_verb(doc, doer)  # "[the man] shouted, using ..."
        return doer
    if found is None:
        return None
    if (
        doc.text.endswith(" ago", found.start, found.end)
        and "," not in doc.text[found.end : cue_start]
    ):
        # "[The State Department] two weeks ago said"; not an apposition's time before
        # its comma ("Lewandowski, whom Trump fired a few weeks ago, said")
        found = _without_ago(doc, lo, found)
        if found is None:
            return None
    kept = without_time(doc, found)
    if kept is None:
        # ", disclosures filed on [Sunday night] revealed": the time closes a participle
        # phrase after the source's noun, which is read before the participle
        return _source_before_publication(doc, lo, found)
    return kept


@cache
def _ago_tail() -> re.Pattern[str]:
    """A time phrase in "ago" that ends a source phrase, with its measure and count (one
    word, "a few" or "a couple of") and a unit of data/time_nouns.txt: "[The State
    Department] less than two weeks ago said", "[The administration] long ago showed"."""
    units = alternation(load_set("time_nouns"), boundary=False)
    return re.compile(
        rf"""
        (?:[ ](?:less|more)[ ]than|[ ]about|[ ]nearly|[ ]just|[ ]only|[ ]some)?  # less than
        [ ](?:long|(?:a[ ]few|a[ ]couple[ ]of|[\w-]{{1,12}})[ ]{units})  # two weeks
        [ ]ago\Z
        """,
        re.VERBOSE,
    )


# Characters read back from a source's end for that phrase.
AGO_TAIL_WINDOW = 40
# A relative pronoun right before that phrase, which is the source.
RELATIVE_BEFORE_AGO = re.compile(r"(?<!\w)(?P<pronoun>who|which|that)\Z")


def _without_ago(doc: Document, lo: int, found: Span) -> Span | None:
    """``found`` less a time phrase in "ago" at its end: "[The Obama administration] long
    ago showed"; when the phrase is all of it, the source read before the phrase ("[The
    State Department] less than two weeks ago said"), or None."""
    m = _ago_tail().search(doc.text, max(lo, found.start - AGO_TAIL_WINDOW), found.end)
    if m is None:
        return found
    if m.start() > found.start:
        return Span(found.start, m.start())
    relative = RELATIVE_BEFORE_AGO.search(doc.text, max(lo, m.start() - 8), m.start())
    if relative is not None:
        # "Concepcion, [who] two days ago expressed"
        return Span(relative.start("pronoun"), relative.end())
    return _source_before_cue(doc, lo, m.start())


# Characters read back from a time for the participle of publishing before it.
PUBLICATION_REACH = 24


@cache
def _publication_before() -> re.Pattern[str]:
    """A participle of publishing (data/publication_participles.txt) and an optional
    preposition right before a time: "disclosures [filed on] Sunday night", "a poll
    [released] Monday"."""
    participles = alternation(load_set("publication_participles"), boundary=False)
    return re.compile(rf"(?<![\w'’-]){participles}\s(?:on\s|in\s|at\s)?\Z")


def _source_before_publication(doc: Document, lo: int, time: Span) -> Span | None:
    """The source whose participle of publishing the time ``time`` follows, with the
    participle and the time, which date the document (PolNeAR keeps them in the source):
    ", [disclosures filed on Sunday night] revealed"."""
    participle = _publication_before().search(
        doc.text, max(lo, time.start - PUBLICATION_REACH), time.start
    )
    if participle is None:
        return None
    source = _source_before_cue(doc, lo, participle.start())
    if source is None or source.end + 1 != participle.start():
        return None
    return Span(source.start, time.end)


@cache
def _means_verb() -> re.Pattern[str]:
    """A verb whose object is the means or the time of what follows
    (``data/means_verbs.txt``), with a share of that object, right before a source
    phrase: "used ", "spent much of ", "uses part of "."""
    verbs = alternation(load_set("means_verbs"))
    return re.compile(
        rf"""\s{verbs}\s
        (?:(?:much|most|part|some|all|half|the\srest|(?:a\s)?(?:good\s)?deal)\sof\s)?
        \Z""",
        re.VERBOSE,
    )


def _without_cue_verb(doc: Document, source: Span) -> Span:
    """``source`` less a cue verb at its end: "[the man] shouted"."""
    text = doc.text
    space = text.rfind(" ", source.start, source.end)
    if space < 0 or text[space + 1 : source.end] not in cue_lexicon().forms:
        return source
    return Span(source.start, source.start + len(text[source.start : space].rstrip()))


# How far before a source phrase its verb of means is looked for.
MEANS_REACH = 32


def _means_verb_before(text: str, lo: int, start: int, end: int) -> int | None:
    """Where the verb of means right before a source phrase starts, when it opens no
    sentence: "[he] used | his address to call", "the man shouted, using | an expletive
    to describe"."""
    verbs = load_set("means_verbs")
    window = max(lo, start - MEANS_REACH)
    before = max(text.rfind(" ", window, start - 1), window - 1)  # never before the window
    if text[before + 1 : start - 1] not in verbs and not text.endswith(" of ", lo, start):
        return None  # most sources follow no such verb: one look at the word before
    m = _means_verb().search(text, window, start)
    if m is None or m.start() <= lo:
        return None
    if any(w.group().casefold() in verbs for w in WORD.finditer(text, start, end)):
        return None  # "using [a term Rubio has used] to describe": the phrase has its own verb
    return m.start()


@cache
def _source_lead() -> re.Pattern[str]:
    """A capitalised sentence adverb (``data/source_leads.txt``) opening a phrase, with a
    time phrase after it: "Earlier this month ", "Yesterday ", "Nevertheless "."""
    leads = alternation(word.capitalize() for word in load_set("source_leads"))
    periods = alternation(load_set("period_words"))
    return re.compile(
        rf"""{leads}
        (?:\s(?:this|last|next)\s{periods}|\s(?:today|tonight))?  # "Earlier this month"
        (?:\s+|\Z)""",
        re.VERBOSE,
    )


def _without_lead(doc: Document, source: Span) -> Span | None:
    """``source`` without a sentence adverb that opens it ("Earlier USAir" -> "USAir",
    "Earlier this month Volkswagen" -> "Volkswagen"); None when the adverb is all of it
    ("Never urged ...", "However documented ...")."""
    source = _without_date_lead(doc, source)
    lead = _source_lead().match(doc.text, source.start, source.end)
    if lead is None:
        return source
    if lead.end() == source.end:
        return None
    word = WORD_AFTER_LEAD.match(doc.text, lead.end(), source.end)
    if word is not None and (word.group() == "of" or _is_adverb(word.group(), frozenset())):
        return None  # "Instead [of] calling", "Perhaps [counterintuitively] reported"
    return Span(lead.end(), source.end)


# The word after a sentence adverb that opens a source phrase.
WORD_AFTER_LEAD = re.compile(r"\w+")

# A month or weekday opening a source phrase, with its day number and year: "February ",
# "Sept. 27 ", "January 5, 1987, ", "Last November ". Group "name" is tested against CALENDAR_NAMES.
DATE_LEAD = re.compile(
    r"(?:(?P<mod>Last|Early|Late)\s)?(?P<name>[A-Z][a-z]{2,8})\.?(?:\s\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s\d{4})?,?\s+"
)
# Words of time right before such a date, which make it the close of a time phrase that
# opens the sentence with no comma: "In February ICN said", "On Friday TWA said", "last
# November President Yoweri Museveni ordered".
DATE_LEAD_PREPOSITIONS = frozenset(
    {
        "in",
        "on",
        "since",
        "until",
        "till",
        "by",
        "during",
        "from",
        "through",
        "last",
        "early",
        "late",
    }
)
# How far back the word before a source is looked for.
DATE_LEAD_WINDOW = 12


@cache
def _period_lead() -> re.Pattern[str]:
    """A period before the present opening a source phrase with no comma: "Last week ",
    "Last month ", "This year " (data/period_words.txt)."""
    periods = alternation(load_set("period_words"))
    return re.compile(rf"(?:Last|This|Earlier\sthis)\s{periods},?\s+")


@cache
def _time_lead() -> re.Pattern[str]:
    """A time phrase opening a source phrase with no comma, before a subject that opens
    on a capital or a determiner: "[Early this afternoon] the Fed", "[Late last week] the
    bank", "[this week] the Senate", "[Two years ago] Kodak" (units of data/time_nouns.txt).
    The subject opener keeps a passive's agent whole ("released this week by ...")."""
    units = alternation(load_set("time_nouns"), boundary=False)
    return re.compile(
        rf"""
        (?:(?:Early|Late)\s)?(?:[Tt]his|[Ll]ast)\s{units}     # "Early this afternoon"
        |(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Aa]|\d{{1,3}})
          \s{units}\sago                                     # "Two years ago"
        """,
        re.VERBOSE,
    )


# The opening of a subject after a time phrase that leads a source (:func:`_time_lead`):
# a capitalised word or a determiner.
SUBJECT_AFTER_TIME = re.compile(
    rf",?\s+(?=[A-Z]|(?:the|a|an|{'|'.join(sorted(THIRD_PERSON_POSSESSIVES))})\s)"
)


def _without_time_lead(doc: Document, source: Span) -> Span:
    """``source`` without a time phrase that opens it before its subject (see
    :func:`_time_lead`): "Early this afternoon the Fed" -> "the Fed"."""
    lead = _time_lead().match(doc.text, source.start, source.end)
    if lead is None:
        return source
    gap = SUBJECT_AFTER_TIME.match(doc.text, lead.end(), source.end)
    if gap is None or gap.end() >= source.end:
        return source
    return Span(gap.end(), source.end)


def _without_date_lead(doc: Document, source: Span) -> Span:
    """``source`` without the month or weekday that closes an opening time phrase: "In
    [February] ICN said" -> ICN, "On [Friday] TWA said" -> TWA, or a period that opens
    it: "[Last week] State Department official David Holmes revealed". The date must follow a word
    of time and a capitalised word must follow it, so "May Department Stores Co said" and
    "as recently as December 17 said" keep theirs."""
    text = doc.text
    source = _without_time_lead(doc, source)
    period = _period_lead().match(text, source.start, source.end)
    if period is not None and period.end() < source.end:
        return Span(period.end(), source.end)  # "[Last week] State Department official ..."
    m = DATE_LEAD.match(text, source.start, source.end)
    if m is None or m.group("name").casefold() not in CALENDAR_NAMES:
        return source
    if m.end() >= source.end or not text[m.end()].isupper():
        return source
    before = text[max(0, source.start - DATE_LEAD_WINDOW) : source.start].split()
    if m.group("mod") is not None:
        return Span(m.end(), source.end)  # "[Last November] President Museveni ordered"
    if not before or before[-1].casefold() not in DATE_LEAD_PREPOSITIONS:
        return source
    return Span(m.end(), source.end)


@cache
def _occasion_tail() -> re.Pattern[str]:
    """An occasion phrase opened by "in" that ends a source phrase, with the comma before
    it: "Trump[ in his announcement speech]", "Narragansett[, in a joint statement]" ("at"
    and "during" often place a description: "Representatives at the meeting")."""
    return re.compile(rf",?\s{occasion_phrase('in')}\Z")


# How far back an occasion phrase at a source's end is looked for.
OCCASION_TAIL_WINDOW = 48


def _without_occasion(doc: Document, source: Span) -> Span:
    """``source`` less an occasion phrase after a name at its end: "[Trump] in his
    announcement speech called ...", "[Jeb Bush] in a Medium post said" (the last word is
    tested first: most sources end with no occasion)."""
    text = doc.text
    space = text.rfind(" ", source.start, source.end)
    if space < 0 or text[space + 1 : source.end] not in load_set("occasion_nouns"):
        return source
    m = _occasion_tail().search(
        text, max(source.start, source.end - OCCASION_TAIL_WINDOW), source.end
    )
    if m is None or m.start() <= source.start:
        return source
    before = text.rfind(" ", source.start, m.start())
    if not text[before + 1 : before + 2].isupper():
        return source  # "a speaker at an anti-migrant rally": the phrase describes
    return Span(source.start, m.start())


# The prepositions ADVERBIAL_PP ends with, tested before the pattern runs.
ADVERBIAL_PREPOSITIONS = ("in", "on", "at", "during")


def _adverbial_pp_before(text: str, lo: int, end: int) -> re.Match[str] | None:
    """``ADVERBIAL_PP.search(text, lo, end)``, run only when the text before ``end`` is
    a preposition of the pattern and a space (most sources: none, and no search)."""
    window = text[lo:end]
    stripped = window.rstrip()
    if len(stripped) == len(window) or not stripped.endswith(ADVERBIAL_PREPOSITIONS):
        return None
    return ADVERBIAL_PP.search(text, lo, end)


@cache
def _anonymous_pattern() -> re.Pattern[str]:
    return re.compile(alternation(load_list("anonymous_sources")))


def is_anonymous_phrase(text: str) -> bool:
    """Whether ``text`` says its source is unnamed ("on condition of anonymity",
    data/anonymous_sources.txt), whatever spaces or line breaks part its words ("asked not
    to be\nidentified" in wrapped wire copy)."""
    return _anonymous_pattern().search(" ".join(text.casefold().split())) is not None


# Grammar words that a phrase before a gerund or participle may be read as, alone, and
# that name no one: "[By] offering", "[In] criticizing", "[Having] announced".
LONE_NON_SOURCES = frozenset({"by", "in", "on", "after", "before", "while", "having", "being"})


def _lone_non_source(phrase: str) -> bool:
    """Whether ``phrase`` is one of :data:`LONE_NON_SOURCES`, alone or before a word in
    -ing ("[By refusing to] admit")."""
    words = phrase.casefold().split()
    if len(words) > 1 and words[-1] == "to":
        words.pop()  # "[By refusing to] admit": "to" goes to the cue
    return words[0] in LONE_NON_SOURCES and (
        len(words) == 1 or (len(words) == 2 and words[1].endswith("ing"))
    )


# A relative clause of people with no comma that runs on to a cue: "[Residents] who live
# near the river alleged ...". The clause's own words stop at punctuation.
RELATIVE_WHO_BEFORE = re.compile(r"\swho\s[^,;:.!?“”\"()]{0,80}\Z")
# How far before a source its relative clause is looked for.
RELATIVE_REACH = 90


def _with_relative_antecedent(doc: Document, lo: int, found: Span) -> Span:
    """``found`` widened to the noun phrase whose relative clause it ends: "Residents who
    live near the river alleged" has the source "Residents who live near the river",
    not "the river". A clause with a cue of its own is left to it."""
    text = doc.text
    window = max(lo, found.start - RELATIVE_REACH)
    if text.find("who", window, found.start) < 0:
        return found  # most sources: no relative clause before them, no pattern run
    m = RELATIVE_WHO_BEFORE.search(text, window, found.start + 1)
    if m is None or m.start() <= lo:
        return found
    antecedent = _source_before_cue(doc, lo, m.start() + 1)
    if antecedent is None or antecedent.end != m.start():
        return found
    return Span(antecedent.start, found.end)


# How far before a relative "that" its noun is looked for.
THAT_ANTECEDENT_REACH = 80


def with_that_antecedent(doc: Document, source: Span) -> Span:
    """A source that is the relative pronoun "that" widened to the noun phrase it stands
    for: "a super PAC [that] backed Mr. Rubio" -> "a super PAC that", "polls [that] show"
    -> "polls that" (the pronoun names no one; "who" and "which" stay as printed). The
    noun must stand right before it, with no comma: ", that" opens no relative clause of
    a noun."""
    text = doc.text
    start = source.start
    if (
        source.end - start != 4
        or text[start : source.end] != "that"
        or start < 2
        or text[start - 1] != " "
        or not text[start - 2].isalnum()
    ):
        return source
    lo = start - THAT_ANTECEDENT_REACH
    stop = max(text.rfind(mark, max(0, lo), start) for mark in ".!?\n")
    antecedent = _source_before_cue(doc, max(0, lo, stop + 1), start - 1)
    if antecedent is None or text[antecedent.end : start].strip():
        return source
    noun = _noun_phrase_start(text, antecedent)
    return source if noun is None else Span(noun, source.end)


# Most words of the noun phrase a relative "that" stands for.
MAX_ANTECEDENT_WORDS = 10
NON_SPACE = re.compile(r"\S+")
# Words after which "that" is a demonstrative or opens a clause, no relative pronoun.
PREPOSITIONS_BEFORE_THAT = frozenset({"of", "for", "with", "from", "by", "like", "after"})
# Prepositions that open a phrase of the clause rather than of the noun ("announced in
# [areas] that", "are among [retailers] that"); the noun phrase starts after them.
ANTECEDENT_STOPS = frozenset(
    {"among", "in", "on", "at", "to", "into", "than", "above", "below", "under", "about"}
)


# Words a noun phrase before a relative "that" never ends with.
NO_ANTECEDENT_ENDS = ANTECEDENT_STOPS | PREPOSITIONS_BEFORE_THAT


def _noun_phrase_start(text: str, phrase: Span) -> int | None:
    """Where the noun phrase that ends ``phrase`` starts: after the last verb of "be" or
    auxiliary, preposition of :data:`ANTECEDENT_STOPS` (and the verb after "to"), or
    word in -ing in lower case after no article ("Job cuts will be announced in [areas]",
    "the Chromecast is [the only device]", "submitting [a study]", "to make [a comment]"),
    at most :data:`MAX_ANTECEDENT_WORDS` words; None when no word is left or the phrase
    ends in a preposition ("5 points above | that", "the author of | that boast": no
    relative pronoun)."""
    words = list(NON_SPACE.finditer(text, phrase.start, phrase.end))[-MAX_ANTECEDENT_WORDS:]
    if not words or words[-1].group().casefold() in NO_ANTECEDENT_ENDS:
        return None
    start = None
    for at in range(len(words) - 1, -1, -1):
        w = words[at].group()
        if w in AUXILIARIES or w in BE_FORMS or w in ANTECEDENT_STOPS:
            if w == "to" and at + 1 < len(words) - 1:
                start = words[at + 2].start()  # "to make [a comment]": the verb is no noun
            break
        if (
            w.endswith("ing")
            and w.islower()
            and (at == 0 or words[at - 1].group().casefold() not in LOWER_DETERMINERS)
        ):
            break  # "submitting [a study]", not "a [withering] editorial"
        start = words[at].start()
    if start is not None and text.startswith("of ", start):
        return None
    return start


# An agency's name and a space opening a phrase: "Reuters ", "AFP ".
FIRST_NAME_WORD = re.compile(r"[A-Z][\w.'’&-]*[ \t\n]")


def _without_listener(doc: Document, lo: int, found: Span) -> Span | None:
    """``found`` less an agency that "told" addressed before it: "told [Reuters] the House
    committees are expected to back ..." has the subject "the House committees"."""
    text = doc.text
    if not listener_cue_before(text, lo, found.start):
        return found
    first = FIRST_NAME_WORD.match(text, found.start, found.end)
    if first is None or canonical_agency(first.group().strip()) is None:
        return found
    return Span(first.end(), found.end) if first.end() < found.end else None


# "with" opening a source phrase: an absolute phrase whose noun
# is the source ("this week, with forecasters warning that ...").
ABSOLUTE_WITH = re.compile(r"with\s(?=\S)")


@cache
def _time_tail_ends() -> frozenset[str]:
    """The words a time phrase of :func:`_time_tail` ends with, tested before it."""
    rows = load_table("date_words")
    words = {r["word"] for r in rows if r["kind"] in ("weekday", "day_word", "day_part")}
    words |= {w.capitalize() for w in words} | load_set("period_words")
    words |= {r["word"].capitalize() for r in rows if r["kind"] == "month"}
    return frozenset(words)


# Words that pick one weekday: "[Cruz] last Thursday", "a survey released [this Monday]".
DAY_OPENERS = ("last", "this", "next")


@cache
def _time_tail() -> re.Pattern[str]:
    """A time phrase that ends a source phrase: "[Trump] on Tuesday", "[Cruz] last week",
    "[Clark] in October", or one after a participle of publishing ("a poll [released
    Monday]", group ``participle``), built from the date vocabulary, data/period_words.txt
    and data/publication_participles.txt."""
    rows = load_table("date_words")
    days = [r["word"].capitalize() for r in rows if r["kind"] == "weekday"]
    days += [r["word"] for r in rows if r["kind"] == "day_word"]  # today, yesterday ...
    periods = load_set("period_words")  # week, month ...
    parts = [r["word"] for r in rows if r["kind"] == "day_part"]  # morning, night ...
    months = [r["word"].capitalize() for r in rows if r["kind"] == "month"]
    return re.compile(
        rf"""
        (?P<participle>\s{alternation(load_set("publication_participles"), boundary=False)})?  # a poll released
        \s(?:{alternation(TIME_OPENERS, boundary=False)}\s)?
        (?:(?:{alternation(DAY_OPENERS, boundary=False)}\s)?  # last Thursday
          {alternation(days, boundary=False)}(?:\s{alternation(parts, boundary=False)})?
          | {alternation(PERIOD_OPENERS, boundary=False)}\s{alternation([*periods, *parts], boundary=False)}
          | in\s(?:early\s|late\s|mid-)?{alternation(months, boundary=False)}  # in October
        )\Z
        """,
        re.VERBOSE,
    )


# Characters read back from a source's end for its time phrase.
TIME_TAIL_WINDOW = 40


def without_time(doc: Document, source: Span) -> Span | None:
    """``source`` less a time phrase at its end; None when it is nothing but one
    ("and on [Monday] announced": the day is no source). A time after a participle of
    publishing dates the document and stays: "[a poll released Monday] shows"."""
    text = doc.text
    space = text.rfind(" ", source.start, source.end)
    last = text[space + 1 if space >= 0 else source.start : source.end]
    if last not in _time_tail_ends():
        return source  # most sources: their last word is no time word
    lo = max(source.start, source.end - TIME_TAIL_WINDOW)
    if lo == source.start and source.start > 0 and text[source.start - 1].isspace():
        lo -= 1  # the phrase's own space: "[Tuesday]" may be a time phrase throughout
    m = _time_tail().search(text, lo, source.end)
    if m is None:
        return source
    if m.start() < source.start:
        return None
    if m.group("participle") is not None:
        return source  # "[a poll released Monday]": PolNeAR keeps the document's date
    if RELATIVE_OPENING.search(text, source.start, m.start()):
        return source  # "Zourabichvili, whose term ends [next month]": the clause's time
    return Span(source.start, m.start()) if m.start() > source.start else source


# A relative clause inside a source: ", who", ", whose", ", which".
RELATIVE_OPENING = re.compile(r",\s(?:who|whose|whom|which)\s")


@cache
def _release_tail() -> re.Pattern[str]:
    """A verb of publishing and a document at a source's end: "[The campaign] released a
    statement", "[Trump] issued a lengthy statement Monday"."""
    documents = alternation(load_set("document_words"), boundary=False)
    return re.compile(
        rf"""\s(?:released|issued|put\sout|sent\sout|posted|published)
        \s(?:a|an|the|its|his|her|their)\s(?:[\w-]+\s){{0,2}}?{documents}\b
        (?:\s[\w-]+){{0,3}}\Z""",
        re.VERBOSE,
    )


def without_release(doc: Document, source: Span) -> Span:
    """``source`` less a verb of publishing and its document at the end: "The campaign
    released a statement saying ..." has the source "The campaign"."""
    text = doc.text
    if " " not in text[source.start : source.end]:
        return source
    m = _release_tail().search(text, source.start, source.end)
    return Span(source.start, m.start()) if m is not None and m.start() > source.start else source


def without_verb_tail(doc: Document, source: Span, cue: Span | None = None) -> Span:
    """``source`` less the verb phrase it runs on to before its cue: "The billionaire
    businessman [began] talking", "Police [had] charged", "The Carlyle Group [will be left
    to] wonder", "The email [goes on to] say". A source that ends in "to", an auxiliary or
    a verb of aspect (:data:`VERB_TAIL_WORDS`), in lower case, ends before the first such
    word after its first word and its last comma ("Schiff, who has served, told"); one
    whose verb has an object that acts ("led [the journalist] to fear") stays as it is.
    Adverbs at its end go first (:func:`_without_adverb_tail`: "the FDA could [only]
    refuse"). One that ends in a platform ends before its verb of posting
    (:func:`_posting_start`: "Taylor Swift [posted on Twitter] accusing"); one that runs
    on over a finite auxiliary, or ends in a past, ends there too
    (:func:`_inner_verb_start`: "Mr. Trump [continues to give mixed] signals")."""
    text = doc.text
    source = _without_adverb_tail(doc, source)
    last = text[source.start : source.end].rsplit(None, 1)
    if len(last) < 2:
        return source  # one word
    if last[-1] not in VERB_TAIL_WORDS:
        cut = _posting_start(doc, source)
        if cut is None:
            cut = _inner_verb_start(doc, source, cue)
        if cut is None:
            return source  # most sources end in a name or a noun with no verb before it
        return Span(source.start, source.start + len(text[source.start : cut].rstrip()))
    words = list(WORD.finditer(text, source.start, source.end))
    controls = load_set("object_control_verbs")
    if any(
        w.group().casefold() in controls and words[k].group().casefold() not in BE_FORMS
        for k, w in enumerate(words[1:])
    ):
        return source
    comma = text.rfind(",", source.start, source.end)
    for word in words[1:]:
        if word.start() > comma and word.group() in VERB_TAIL_WORDS:
            return Span(
                source.start, source.start + len(text[source.start : word.start()].rstrip())
            )
    return source


def _without_adverb_tail(doc: Document, source: Span) -> Span:
    """``source`` less the adverbs in lower case at its end, of data/cue_adverbs.txt,
    data/source_tail_adverbs.txt or in -ly (:func:`_is_adverb`), that are no words of a
    verb phrase (:data:`VERB_TAIL_WORDS`, forms of "be": read by the caller): "Rubio
    [only] explained", "Trump [quickly] pivoted", "Investors [don't] seem", "State
    Department experts [somehow cannot] explain". A source with a comma or a relative
    pronoun, whose adverb may be its clause's ("McCain, who has tangled with Cruz
    repeatedly", "an official who was not authorized to speak publicly"), one whose words
    before them end in a determiner ("The [last] confirmed", "the [only]") and one that
    is nothing else stay as they are. The "about" of "about to" after a form of "be"
    goes too ("I’m [about] to show"): the caller reads the auxiliary."""
    text = doc.text
    words = list(SPACED_WORD.finditer(text, source.start, source.end))
    adverbs = _source_tail_adverbs()
    end = len(words)
    if end > 1 and words[-1].group() == "about" and BE_BEFORE_ABOUT.search(words[-2].group()):
        end -= 1  # "[I’m] about to show", "[We are] about to witness"
    while end > 1 and _tail_adverb(words[end - 1].group(), adverbs):
        end -= 1
    if end == len(words):
        return source  # most sources end in a name or a noun
    if (
        words[end - 1].group().casefold() in load_set("noun_determiners")
        or "," in text[source.start : source.end]
        or any(w.group() in RELATIVE_PRONOUNS for w in words[:end])
    ):
        return source  # "the only", "Ortner, who said he was speaking personally"
    return Span(source.start, words[end - 1].end())


@cache
def _source_tail_adverbs() -> frozenset[str]:
    """The adverbs that may close a source before its verb: the cue lexicon's
    (data/cue_adverbs.txt) and data/source_tail_adverbs.txt, joined once."""
    return cue_lexicon().adverbs | load_set("source_tail_adverbs")


# A word as printed between spaces: "look-alike", "(D)", "don't".
SPACED_WORD = re.compile(r"\S+")
# A form of "be", whole or contracted, before the "about" of "about to": "I’m", "are".
BE_BEFORE_ABOUT = re.compile(r"(?:\A|['’])(?:m|re|s)\Z|\A(?:am|is|are|was|were)\Z")


def _tail_adverb(word: str, adverbs: frozenset[str]) -> bool:
    """Whether ``word``, at a source's end, is an adverb of :func:`_without_adverb_tail`."""
    return (
        word.islower()
        and word not in VERB_TAIL_WORDS
        and word not in BE_FORMS
        and _is_adverb(word, adverbs)
    )


def _may_act(word: str) -> bool:
    """Whether the last word of a source that runs on over a verb may name who does what
    its cue says, the verb's object or a clause's subject rather than a word of the verb
    phrase: a capitalised word ("were the third time [AROS] said"), a plural ("had black
    [artists] writing"), a personal pronoun ("are the people who work here - [you]
    couldn’t ask for") or a person of data/indefinite_persons.txt ("for [anyone]
    wanting")."""
    return (
        word[:1].isupper()
        or word.endswith("s")
        or word in PERSONAL_SUBJECTS
        or word in load_set("indefinite_persons")
    )


def _closing_past(words: list[re.Match[str]]) -> bool:
    """Whether a source ends in a past that is no participle (data/irregular_pasts.txt
    less data/irregular_participles.txt) after no auxiliary or determiner: "some of the
    defenders [took]" (to social media, claiming), "The central bank [gave]"; not "a
    concession [made]", "had [told]", "the [cast]"."""
    last = words[-1].group()
    before = words[-2].group().casefold()
    return (
        last in load_set("irregular_pasts")
        and last not in load_set("irregular_participles")
        and before not in AUXILIARIES
        and before not in load_set("noun_determiners")
    )


def _inner_verb_start(doc: Document, source: Span, cue: Span | None) -> int | None:
    """Where the verb phrase of a source's subject opens: at a closing past
    (:func:`_closing_past`), or at the first finite auxiliary or verb of aspect of
    data/inner_verbs.txt, in lower case, after the source's first word and before any
    comma or word that opens a clause (data/inner_clause_openers.txt: "people familiar
    with [what] the president has said"), and not after a determiner ("the [will] of")
    or "to" ("to do"); None when there is none. A source that may end in who acts
    (:func:`_may_act`), in a possessor (read by :func:`possessor_only`), or that holds
    an existential "there" (data/existential_openers.txt: "There is no public
    information showing", "92 maintain there are"), or that runs over a sentence's end,
    stays as it is; so does one before a participle cue that does not end in a verb form
    ("the road sign [warning of]": the sign warns)."""
    text = doc.text
    words = list(WORD.finditer(text, source.start, source.end))
    if len(words) < 3 or words[0].group().casefold() in load_set("existential_openers"):
        return None  # "Police had": the closing auxiliary is read by the caller
    if _closing_past(words):
        return words[-1].start()
    last = words[-1].group()
    determiners = load_set("noun_determiners")
    if (
        _may_act(last)
        or words[-2].group().casefold() in determiners  # "leases [the company] said"
        or last.casefold() in POSSESSIVE_DETERMINERS
        or text.endswith(("'s", "’s", "s'", "s’"), source.start, source.end)
    ):
        return None  # "Trump’s swoon had [Republicans] wondering": the object acts
    owner = None if cue is None else modified_possessive(text, cue.start)
    if owner is not None and owner.start() >= source.start:
        return None  # "... for [Trump's] false claims": the possessor, read elsewhere
    if (
        cue is not None
        and text[cue.start : cue.end].partition(" ")[0].endswith("ing")
        and not (last.endswith("ed") or last in load_set("irregular_participles"))
    ):
        return None  # "are used to seeing [the digital road sign] warning of"
    controls = load_set("object_control_verbs")
    for at in range(1, len(words) - 1):
        word = words[at].group()
        before = words[at - 1].group().casefold()
        if (
            word in load_set("inner_clause_openers")
            or word.casefold() in controls
            or before in load_set("existential_openers")  # "92 maintain [there] are"
            or "," in text[words[at - 1].end() : words[at].start()]
        ):
            return None
        if (
            word in load_set("inner_verbs")
            and before not in determiners
            and before != "to"
            and words[at + 1].group()[:1].islower()  # not "The Jornal [do] Brasil"
            and words[at + 1].group() != "by"  # "a PAC [started] by": a participle
        ):
            if text[words[at - 1].end() : words[at].start()] in ("'", "’"):
                return None  # "I’[d]": a contraction, read by :func:`without_contraction`
            if SENTENCE_RUN_ON.search(text, words[at].start(), source.end):
                return None  # "the votes were tallied at the caucus.The outcome"
            return words[at].start()
    return None


# A sentence's end run together with the next: "caucus.The outcome".
SENTENCE_RUN_ON = re.compile(r"[.!?][\"“]?[A-Z]")


@cache
def _posting_tail() -> re.Pattern[str]:
    """A platform at a source's end after "on", "to" or "via": "posted on [Twitter]",
    "taking to [Twitter]" (data/platforms.txt)."""
    platforms = alternation(load_list("platforms"), boundary=False)
    return re.compile(rf"\s(?:on|to|via)\s{platforms}\Z")


def _posting_start(doc: Document, source: Span) -> int | None:
    """Where the verb of posting opens in a source that ends in a platform: "Taylor Swift
    [posted on Twitter]", "Lewandowski [taking to Twitter]": the first word in lower case
    in -ed or -ing, or a past of data/irregular_pasts.txt, after the source's first word
    and after no determiner ("a [meeting] on Facebook" is a noun); None when the source
    holds no such verb ("some on Twitter")."""
    text = doc.text
    if not text[source.start : source.end].rstrip().endswith(tuple(load_list("platforms"))):
        return None
    tail = _posting_tail().search(text, source.start, source.end)
    if tail is None:
        return None
    words = list(WORD.finditer(text, source.start, tail.start()))
    for at in range(1, len(words)):
        form = words[at].group()
        if (
            form[:1].islower()
            and (form.endswith(("ed", "ing")) or form in load_set("irregular_pasts"))
            and words[at - 1].group().casefold() not in load_set("noun_determiners")
        ):
            return words[at].start()
    return None


def without_contraction(doc: Document, source: Span) -> Span:
    """A pronoun source without the auxiliary contracted onto it: "[I]’m", "[We]’ll",
    "[They]’re" (the source is who speaks, not the verb)."""
    m = CONTRACTED_PRONOUN.fullmatch(doc.text, source.start, source.end)
    if m is None or m.group("pronoun").casefold() not in SUBJECT_PRONOUNS:
        return source
    return Span(source.start, m.end("pronoun"))


# A pronoun and a contracted auxiliary, and nothing else: "I'm", "We’ll", "They've".
CONTRACTED_PRONOUN = re.compile(r"(?P<pronoun>[A-Za-z]{1,4})['’](?:m|re|ll|ve|d|s)")


# An auxiliary that opens a question (or an inverted condition) before its subject:
# "[Did] the Clinton Foundation refuse", "[Does] Rubio, like Tilton, oppose", "[Is] An
# 'Oxygen Bar' In Delhi Offering", "[Had] the authorities found". "Will" and "May" are
# left out: they open names ("Will Doyle said", "May Department Stores said").
QUESTION_AUXILIARY = re.compile(
    r"(?:Did|Does|Do|Is|Are|Was|Were|Would|Could|Should|Can|Has|Have|Had)[ ](?=[\w'‘“\"])"
)


def without_question_auxiliary(doc: Document, source: Span) -> Span:
    """A source without the auxiliary that opens its question before it: "Did [the
    Clinton Foundation] refuse to turn over documents?" (the subject speaks, the
    auxiliary only asks)."""
    m = QUESTION_AUXILIARY.match(doc.text, source.start, source.end)
    return source if m is None else Span(m.end(), source.end)


def opens_with_modal(doc: Document, source: Span) -> bool:
    """Whether ``source`` opens on a lower-case modal of :data:`MODALS` and a space: the
    words are a predicate whose subject stands before them ("Emirates inks order for 30
    Boeing jets, [will restart] plans to expand", "the upturn [could blunt Republican]
    claims", "nor [will reporters] want to"), never who speaks, and the attribution is
    no statement of anyone's."""
    first, space, _ = doc.text[source.start : source.end].partition(" ")
    return bool(space) and first in MODALS


# The possessor that ends a source right before a nominal cue ("This compares with
# [the bank's] estimate of ...", "complicating [Trump's] hopes to win"): "the", "a" or
# "an" and up to three words (no preposition) before the possessive word, or up to
# three capitalised words ("[North Korea's] claims about", "[U.S. Trade Representative
# Clayton Yeutter's] warning"), or the possessive word alone.
POSSESSOR_TAIL = re.compile(
    r"""
    (?:\b(?:[Tt]he|[Aa]n?)\s(?:(?!(?:of|to|in|on|for|with|at|by|from|and|or)\s)[\w.&-]+\s){0,3}?
     | (?:[A-Z][\w.&-]*\s){0,3}
    )
    [\w.&-]+(?:['’]s|s['’])\Z
    """,
    re.VERBOSE,
)
# How far back a possessor is looked for.
POSSESSOR_WINDOW = 80
# A possessive determiner that ends a source after a preposition or a form of "be", right
# before a reporting noun: the noun phrase is the preposition's object or the
# predicate, so the determiner alone is its owner ("the most telling contradiction was
# [his] claim that", "has gotten traction with [his] promise to", "Contrary to [his]
# claim that"); after a verb the subject may carry the stance on ("renew his call").
PRONOUN_POSSESSOR_TAIL = re.compile(
    r"""(?<![\w'’-])(?:in|on|at|for|with|from|of|to|about|between|against|into|over|by
         |is|was|are|were|be|been)
        \s(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)\Z""",
    re.VERBOSE,
)
# The most characters PRONOUN_POSSESSOR_TAIL reads ("between their").
PRONOUN_POSSESSOR_CHARS = 16


@cache
def _verb_then_preposition() -> re.Pattern[str]:
    """A lower-case word, then a preposition of data/participle_noun_prepositions.txt and
    the start of a word: "sued over ", "ended with " (the caller tests the word for a
    past)."""
    prepositions = alternation(load_set("participle_noun_prepositions"), boundary=False)
    return re.compile(
        rf"(?<![\w'’-])(?P<verb>[a-z]{{2,20}})[ \t\u00a0]{prepositions}[ \t\u00a0](?=\w)"
    )


def participle_noun(doc: Document, source: Span, cue: Span) -> Span:
    """``source`` cut to the noun phrase after its last past verb and that verb's
    preposition (:func:`_verb_then_preposition`) when a participle in -ing follows it
    as its cue: "Opponents sued over [North Carolina legislation] restricting ...", "The
    conversation ended with [Maddow] asking ..."; the noun the participle describes is
    its source. Any other source stays as it is ("[Trump] sued over the book, saying"
    has a comma; "[Rubio] refrained from attacking" no noun phrase)."""
    text = doc.text
    if cue.start - source.end != 1 or not text[source.end].isspace():
        return source
    first = text[cue.start : cue.end].partition(" ")[0]
    if not (first.endswith("ing") and first.islower()):
        return source
    last = None
    for m in _verb_then_preposition().finditer(text, source.start, source.end):
        verb = m.group("verb")
        if m.start() > source.start and is_past(verb):
            last = m
    if last is None:
        return source
    noun = text[last.end() : source.end]
    if noun.partition(" ")[0].endswith("ing") or "," in noun:
        return source  # "used to seeing the sign", "with Cruz, who": no bare noun phrase
    return Span(last.end(), source.end)


def possessor_only(doc: Document, source: Span, cue: Span) -> Span:
    """``source`` cut to the possessor at its end when a possessive stands right before
    the cue, or before the cue's modifiers (:func:`cues.modified_possessive`: "[his]
    recent claim"), and the cue is a reporting noun of ``data/noun_cues.txt`` ("the
    IMF's estimate of ..."), or to a possessive determiner after a preposition or a form
    of "be" (:data:`PRONOUN_POSSESSOR_TAIL`: "was [his] claim that"); any other source
    as it is."""
    text = doc.text
    if cue.start - source.end > 1:
        return source
    modified = modified_possessive(text, cue.start)
    if (
        modified is not None
        and modified.start() >= source.start
        and text[cue.start : cue.end].partition(" ")[0].casefold() in load_set("noun_cues")
    ):
        # "[his] recent claim that", "targets for [Trump's] false claims that": the
        # possessor before the noun's modifiers, not "his recent"
        owner = Span(modified.start("owner"), modified.end("owner"))
        if modified.group("owner").casefold() in POSSESSIVE_DETERMINERS:
            return owner
        source = Span(source.start, owner.end)
    elif not text.endswith(("'s", "’s", "s'", "s’"), 0, source.end):
        lo = max(source.start, source.end - PRONOUN_POSSESSOR_CHARS)
        tail = PRONOUN_POSSESSOR_TAIL.search(text, lo, source.end)
        noun = text[cue.start : cue.end].partition(" ")[0].casefold()
        if tail is not None and noun in load_set("noun_cues"):
            return Span(tail.start("owner"), source.end)  # "was [his] claim that"
        return source
    elif text[cue.start : cue.end].casefold() not in load_set("noun_cues"):
        return source  # "used one of the woman’s quotes": the user quotes, not the woman
    m = POSSESSOR_TAIL.search(text, max(source.start, source.end - POSSESSOR_WINDOW), source.end)
    return Span(m.start(), source.end) if m is not None and m.start() > source.start else source


def _source_before_cue(doc: Document, lo: int, cue_start: int) -> Span | None:
    start = max(lo, cue_start - WINDOW)
    if cue_start - NEAR > start and not INCLUDING_SET_OFF.search(doc.text, start, cue_start):
        # Tokens never hold whitespace, so those after a space are the window's own.
        space = SPACE.search(doc.text, cue_start - NEAR, cue_start)
        if space is not None:
            near = _tokens(doc, space.end(), cue_start)
            settled, found = _source_before(doc, lo, cue_start, near, partial=True)
            if settled:
                return found
    return _source_before(doc, lo, cue_start, _tokens(doc, start, cue_start), partial=False)[1]


# A phrase set off after a subject, looked for before the subject is read: ", citing",
# ", in an editorial", ", the star of": most quotations before a cue close none.
SET_OFF_BEFORE_QUOTE = re.compile(
    r",\s(?:the|a|an|in|on|at|during|[a-z]{2,}ing|[A-Z][\w.-]*['’]s)\s"
)
# What opens an apposition after a subject's comma: " the longtime owner", " a former".
APPOSITION_OPENING = re.compile(r"\s(?:the|a|an|[A-Z][\w.-]*['’]s)\s")
# Tokens that close a quotation: ” and ", and each apostrophe of ''.
CLOSING_QUOTE_TOKENS = frozenset({"”", '"', "'"})
# Most words of a phrase in data/set_off_phrases.txt.
MAX_SET_OFF_WORDS = 3


def _set_off_phrase_opening(toks: list[re.Match[str]]) -> int | None:
    """Index of the comma that opens a phrase of data/set_off_phrases.txt closed by the
    comma ``toks`` end with ("[,] for instance,"); None when there is none."""
    for opening in range(len(toks) - 3, max(len(toks) - 3 - MAX_SET_OFF_WORDS, 0), -1):
        if toks[opening].group() == ",":
            words = " ".join(_word(t) for t in toks[opening + 1 : -1])
            return opening if words in load_set("set_off_phrases") else None
    return None


def _place_after_city(toks: list[re.Match[str]]) -> bool:
    """Whether ``toks`` end with a capitalised word, a comma, a region or a country and a
    comma: "in Greenbelt, Maryland,", "from Lyon, France,"."""
    if len(toks) < 4 or toks[-1].group() != "," or toks[-3].group() != ",":
        return False
    area, city = toks[-2].group(), toks[-4].group()
    return area[:1].isupper() and city[:1].isupper() and find_area(area) is not None


def _is_percentage(toks: list[re.Match[str]]) -> bool:
    """Whether the tokens end with a share in per cent: "42%"."""
    return toks[-1].group() == "%" and len(toks) >= 2 and toks[-2].group()[0].isdigit()


def _comma_between_adverbs(toks: list[re.Match[str]], adverbs: frozenset[str]) -> bool:
    """Whether ``toks`` end with a lower-case adverb and a comma after a subject pronoun
    or a capitalised word, the first of two adverbs before a cue: "[she] repeatedly[,]
    implicitly criticized"; not after a verb, where the adverb closes a clause set off
    before the cue ("The senator, who spoke briefly, often criticized")."""
    if len(toks) < 3 or toks[-1].group() != ",":
        return False
    adverb, before = toks[-2].group(), toks[-3].group()
    return (
        adverb.islower()
        and _is_adverb(adverb, adverbs)
        and (_word(toks[-3]) in SUBJECT_PRONOUNS or before[:1].isupper())
    )


def _source_before(
    doc: Document, lo: int, cue_start: int, toks: list[re.Match[str]], *, partial: bool
) -> tuple[bool, Span | None]:
    """:func:`source_before` over ``toks``; the flag is False when ``partial`` tokens (the
    end of the window only) are too few to tell."""
    lex = cue_lexicon()
    # Before a cue in lower case, a capitalised modal or adverb may be a name (a
    # title-case headline capitalises both: "Trump Will Say").
    cue_lower = doc.text[cue_start : cue_start + 1].islower()
    while (
        toks
        and toks[-1].group("word")
        and _is_adverb(toks[-1].group(), lex.adverbs)
        and not (cue_lower and _capitalised_name(doc.text, toks))
    ):
        toks.pop()
        if _comma_between_adverbs(toks, lex.adverbs):
            toks.pop()  # "she repeatedly, implicitly criticized": a comma between adverbs
    if toks and _surname_stopword(doc, toks[-1]):
        # "“...,” [From] said": a word that ends no other source is the surname of a
        # person the text named before ("said Al From")
        return True, Span(toks[-1].start(), toks[-1].end())
    if (
        len(toks) >= 3
        and toks[-1].group() == toks[-3].group() == ","
        and _is_adverb(toks[-2].group(), lex.adverbs)
    ):
        del toks[-3:]  # "U.S. officials, however, said": the adverb set off by commas
    elif toks and toks[-1].group() == ",":
        opening = _set_off_phrase_opening(toks)
        if opening is not None:
            # "The judges, for instance, said": a phrase set off by commas; the comma
            # before it stays, for an apposition it may close ("Murphy, the chairman,").
            del toks[opening + 1 :]
    before_quote = len(toks) - 1
    while before_quote > 0 and toks[before_quote].group() in CLOSING_QUOTE_TOKENS:
        before_quote -= 1  # ” / " / '' (two apostrophes)
    if (
        0 < before_quote < len(toks) - 1
        and toks[before_quote].group() == ","
        and SET_OFF_BEFORE_QUOTE.search(doc.text, max(lo, cue_start - WINDOW), cue_start)
    ):
        # "Mr. Manafort, citing “the unique magic of Trump,” said", "The Jornal do Brasil,
        # in an editorial entitled “Dangerous Confrontation,” said": the quotation closes
        # a phrase set off after the subject, who is the source; "Trump, the star of the
        # reality show “The Apprentice,” said": it closes the subject's apposition
        subject = sentence_subject(doc, lo, cue_start)
        if subject is None or not doc.text.startswith(",", subject.end):
            subject = subject_before_comma(doc, lo, cue_start)  # "The Jornal do Brasil"
        if subject is not None and doc.text.startswith(",", subject.end):
            if _set_off_occasion().match(doc.text, subject.end, cue_start):
                return True, subject
            if APPOSITION_OPENING.match(doc.text, subject.end + 1):
                return True, Span(subject.start, toks[-1].end())
    if not toks:
        return not partial, None
    if _is_percentage(toks):
        return True, Span(toks[-2].start(), toks[-1].end())  # "42% say they are liberal"
    if toks[-1].group() == ")":
        if partial:
            return False, None
        # "Rep. Jason Chaffetz (R-Utah) said": the parenthesis belongs to the name.
        opening = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].group() == "("), -1)
        if opening <= 0:
            return True, None
        toks = toks[:opening]
    if _is_dash(doc.text, toks[-1]):
        return _source_before_dashes(doc, toks, partial=partial)
    if _place_after_city(toks):
        # "researchers in Greenbelt, Maryland, have confirmed": the area set off after a
        # city belongs to the phrase, which is read as if it ended with the city
        city_end, area_end = toks[-4].end(), toks[-2].end()
        del toks[-3:-1]
        told, placed = _source_before(doc, lo, cue_start, toks, partial=partial)
        if placed is not None and placed.end == city_end:
            placed = Span(placed.start, area_end)
        return told, placed
    apposition = toks[-1].group("punct") == ","
    if apposition:
        # "Smith, a spokesman for the group, said": the apposition names the source.
        toks.pop()
        if not toks:
            return not partial, None
        if toks[-1].group() == ")":
            # "Jeff Bechdel, chairman of America Rising (a Republican PAC), tweeted".
            if partial:
                return False, None
            closing = toks[-1]
            opening = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].group() == "("), -1)
            if opening <= 0:
                return True, None
            toks = toks[:opening]
            subject = sentence_subject(doc, lo, cue_start)
            if subject is None or doc.text[subject.end : subject.end + 1] != ",":
                subject = subject_before_comma(doc, lo, cue_start)
            if subject is not None and subject.end < toks[-1].start():
                return True, Span(subject.start, closing.end())
        if not toks[-1].group("word") and not _is_percentage(toks):
            return True, None  # "A third of independents, 33%, say": the share goes on
    if _word(toks[-1]) in SUBJECT_PRONOUNS and not (apposition and _object_pronoun(toks)):
        return True, Span(toks[-1].start(), toks[-1].end())
    last = toks[-1].group()
    contracted = (
        CONTRACTED_AUXILIARY.fullmatch(last) if "'" in last or "’" in last else None
    )  # the pattern needs an apostrophe: most tokens run no match
    if contracted is not None and contracted.group("pronoun").lower() in SUBJECT_PRONOUNS:
        # "he’s said", "they've said": the pronoun, without its auxiliary
        return True, Span(toks[-1].start(), toks[-1].start() + contracted.end("pronoun"))
    if apposition:
        including = INCLUDING_SET_OFF.search(doc.text, max(lo, toks[0].start()), toks[-1].start())
        if including is not None:
            # "eight aid organizations, including Oxfam and the NRC, said": the group
            group = _source_before_cue(doc, lo, including.start())
            if group is not None and group.end == including.start():
                return True, Span(group.start, toks[-1].end())
        # "Cruz, leading in Iowa and focusing on it, questioned": the subject opens the sentence.
        subject = sentence_subject(doc, lo, cue_start)
        if subject is not None:
            acronym = ACRONYM_THEN_COMMA.match(doc.text, subject.end, cue_start)
            if acronym is not None:
                # "The Association of ... Kurdistan (APIKUR), which represents ...": the
                # acronym belongs to the name
                subject = Span(subject.start, acronym.end() - 1)
        relative = (
            _relative_to_comma(doc.text, subject.end, cue_start) if subject is not None else None
        )
        if subject is not None and relative is not None:
            # "Many voters who have listened to his speeches, on television, said": the
            # subject with its relative clause and what the commas set off after it
            subject = Span(subject.start, relative)
        elif subject is None or doc.text[subject.end : subject.end + 1] != ",":
            # "The complaint, which was filed in ..., alleged": the words up to the comma.
            subject = subject_before_comma(doc, lo, cue_start)
        if subject is not None and subject.end < toks[-1].start():
            if _set_off_occasion().match(doc.text, subject.end, cue_start):
                return True, subject  # "Mr. Trump, in a brief interview, said": no apposition
            return True, Span(subject.start, toks[-1].end())
        if (
            doc.text.find("who", max(lo, toks[-1].end() - RELATIVE_SET_OFF_REACH), toks[-1].end())
            >= 0
        ):
            named = _name_before_relative(doc, lo, toks[-1].end())
            if named is not None:
                return True, named
    stop = _walk(toks, len(toks))
    if partial and stop == 0:
        return False, None
    found = _noun_phrase(toks, len(toks), stop)
    if found is None:
        return True, None
    start, end = found
    if not apposition and start == toks[stop].start():
        if partial and _of_opens_window(toks, stop):
            return False, None  # "[Minister] of Health and Family Welfare": read it whole
        if partial and stop == 1 and _word(toks[0]) == "and":
            return False, None  # "[Industry] and Foreign Trade Secretary Roberto Lavagna":
            # the left of the "and" lies before the window; read it whole
        start = _coordinated_start(toks, stop, start)
        if (
            partial
            and start != toks[stop].start()
            and (
                start == toks[0].start()
                or (_word(toks[0]) in WINDOW_PREPOSITIONS and _walk(toks, stop - 1) == 0)
            )
        ):
            return False, None  # "[Recent polls in Pennsylvania] and Virginia": the left
            # of an "and" may run past the window's start; read it whole, also when the
            # window opens with a preposition of the phrase ("[figures released] by the
            # Department of Trade and Industry show")
    if apposition and stop > 0 and toks[stop - 1].group("punct") == ",":
        # The name before the apposition: "Miller, a retired worker from a plant,".
        name_stop = _walk(toks, stop - 1)
        if partial and name_stop == 0:
            return False, None
        name = _noun_phrase(toks, stop - 1, name_stop)
        if name is not None and (
            doc.text[name[0]].isupper()
            # "the company's chief executive, John Ferriola,": a job, then the name
            or (doc.text[start].isupper() and _word(toks[stop - 2]) in load_set("titles"))
        ):
            start = name[0]
    return True, Span(start, end)


# Most earlier places a surname that is a stop word is looked for after a given name.
SURNAME_LOOKS = 20
# The word before a surname printed earlier in the text: a capitalised word and a space.
GIVEN_NAME_BEFORE = re.compile(r"(?<![\w.’'-])(?P<given>[A-Z][a-z]{1,15})[ \t\u00a0]\Z")


def _surname_stopword(doc: Document, tok: re.Match[str]) -> bool:
    """Whether ``tok``, a capitalised stop word or preposition right before a cue ("From said", "From
    agreed"), is a surname: the text prints it earlier after a given name ("said Al From,
    who helped found the DLC"), as its own word (:func:`may_be_given_name`)."""
    word = tok.group()
    if not word.istitle() or not (
        _word(tok) in cue_lexicon().stopwords or _word(tok) in OPENING_PREPOSITIONS
    ):
        return False  # most tokens: no capitalised stop word or preposition
    text = doc.text
    end = tok.start()
    for _ in range(SURNAME_LOOKS):
        at = text.rfind(word, 0, end)
        if at < 0:
            return False
        end = at
        if text[at + len(word) : at + len(word) + 1].isalnum():
            continue
        given = GIVEN_NAME_BEFORE.search(text, max(0, at - 17), at)
        if given is not None and may_be_given_name(given.group("given")):
            return True
    return False


# Pronouns that are objects as often as subjects: "who voted against [it],".
OBJECT_CASE_PRONOUNS = frozenset({"it", "you"})
# Words before such a pronoun that leave it the subject of its clause: "and it", "but you".
SUBJECT_PRONOUN_LEADS = frozenset(
    {"and", "but", "or", "so", "yet", "then", "that", "if", "when", "while", "because", "as",
     "since", "although", "though", "now"}
)  # fmt: skip


def _object_pronoun(toks: list[re.Match[str]]) -> bool:
    """Whether the pronoun ``toks`` end with, before the comma of an apposition, is the
    object of a verb or a preposition in lower case before it: "The senator, who voted
    against [it], said" (the subject before the clause is the source), not "..., and
    [it], too, said"."""
    if len(toks) < 2 or _word(toks[-1]) not in OBJECT_CASE_PRONOUNS:
        return False
    before = toks[-2].group()
    return before.isalpha() and before.islower() and before not in SUBJECT_PRONOUN_LEADS


# A relative clause set off by commas that ends a window: ", who is thinking about
# running". Its words stop at punctuation.
RELATIVE_SET_OFF_END = re.compile(r",\s(?:who|whose|who['’]s)\s[^,;:.!?“”\"()]{1,120}\Z")
RELATIVE_SET_OFF_REACH = 130


def _name_before_relative(doc: Document, lo: int, end: int) -> Span | None:
    """A capitalised name and the relative clause set off after it, ending at ``end``:
    "It was three years ago that [Michael Bloomberg, who's thinking about running],
    said": the sentence's own subject is no source."""
    m = RELATIVE_SET_OFF_END.search(doc.text, max(lo, end - RELATIVE_SET_OFF_REACH), end)
    if m is None:
        return None
    name = _source_before_cue(doc, lo, m.start())
    if name is None or name.end != m.start():
        return None
    words = doc.text[name.start : name.end].split()
    if any(not w[0].isupper() and w not in NAME_JOINERS for w in words):
        return None  # "There is a lot of chatter about Perez": a clause, no name
    return Span(name.start, end)


# Lower-case words inside a name: "Gov. John R. Kasich of Ohio", "Graham and Perdue".
NAME_JOINERS = frozenset({"of", "and", "de", "al", "the", "van", "von", "bin"})


# The opening of a relative clause with no comma before it: " who have listened".
RELATIVE_WHO = re.compile(r"\swho\s")
# A mark that may end a relative clause's words: the comma after it, or a stop.
RELATIVE_CLAUSE_STOP = re.compile(r"[,;:.!?“”\"()]")
# Most characters of a relative clause read up to its comma.
RELATIVE_CLAUSE_REACH = 120
# The word a period closes, at the end of the text before it: "Mr", "U.S".
WORD_BEFORE_PERIOD = re.compile(r"\S{1,12}\Z")


def _relative_to_comma(text: str, start: int, end: int) -> int | None:
    """Where a relative clause with no comma before it, opening at ``start``, ends at
    the comma after it: " who have listened to Mr. Clinton's speeches over the
    decades[,]"; its words stop at other punctuation, but not at the period of an
    abbreviation (data/abbreviations.txt). None when no such clause opens there."""
    opening = RELATIVE_WHO.match(text, start, end)
    if opening is None:
        return None
    pos = opening.end()
    limit = min(end, pos + RELATIVE_CLAUSE_REACH + 1)
    while True:
        stop = RELATIVE_CLAUSE_STOP.search(text, pos, limit)
        if stop is None:
            return None
        at = stop.start()
        if text[at] == ",":
            return at if at > opening.end() else None
        if text[at] != ".":
            return None
        word = WORD_BEFORE_PERIOD.search(text, max(opening.end(), at - 12), at)
        if word is None or not _is_abbreviation(word.group() + "."):
            return None  # a sentence's end
        pos = at + 1


# The members of a group set off after it: "eight aid groups[, including] Oxfam and ...".
INCLUDING_SET_OFF = re.compile(r",\sincluding\s")
# An acronym in parentheses after a name, then the comma of an apposition: " (APIKUR),".
ACRONYM_THEN_COMMA = re.compile(r"[ ]\([A-Z][A-Za-z&.-]{1,9}\),")
# ", and" or ", but" that opens a clause of its own: "..., and [the ACLU] has sued".
CLAUSE_AND = re.compile(r",\s(?:and|but)\s")
# A lower-case word after a subject (an adverb in -ly first): the verb of its clause.
VERB_AFTER_CLAUSE_SUBJECT = re.compile(r"\s(?:[a-z]+ly\s)?[a-z]")


def subject_after_and(doc: Document, lo: int, comma: int) -> Span | None:
    """The subject of the last clause that ", and" or ", but" opens between ``lo`` and the
    comma before a participle, with a verb after it and no comma in it: "Protest groups
    say ..., and [the American Civil Liberties Union of Ohio] has already sued the city
    over the rules, saying"; None when there is none."""
    found = None
    for match in CLAUSE_AND.finditer(doc.text, lo, comma):
        found = match  # the last clause before the comma
    if found is None or doc.text.find(",", found.end(), comma) >= 0:
        return None
    subject = sentence_subject(doc, found.end(), comma, after_phrase=True)
    if subject is None or subject.start != found.end():
        return None
    if not VERB_AFTER_CLAUSE_SUBJECT.match(doc.text, subject.end, comma):
        return None
    return subject


# Prepositions that join a phrase to the noun before it: a window that opens with one
# starts inside a source ("[a spokesperson] for the Parks and Recreation Department").
WINDOW_PREPOSITIONS = frozenset({"by", "of", "for", "from", "at"})
# Subject pronouns that may open a coordinated source: "[he and Mr. Allen] said".
COORDINATED_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def _of_opens_window(toks: list[re.Match[str]], stop: int) -> bool:
    """Whether the left of an "and" before ``toks[stop]`` runs back to an "of" that opens
    the tokens: the name it belongs to starts before them."""
    return (
        stop >= 3
        and _word(toks[stop - 1]) == "and"
        and toks[0].group() == "of"
        and _walk(toks, stop - 1) <= 1
    )


def _coordinated_start(toks: list[re.Match[str]], stop: int, start: int) -> int:
    """Where a source coordinated with "and" starts: "[Clinton and Sanders] said", "[he and
    Mr. Allen] said"; ``start`` when the word before ``toks[stop]`` is no "and"."""
    if stop < 2 or _word(toks[stop - 1]) != "and":
        return start
    before = toks[stop - 2]
    if _word(before) in COORDINATED_PRONOUNS:
        return before.start()
    left = _walk(toks, stop - 1)
    found = _noun_phrase(toks, stop - 1, left)
    if found is None or not toks[stop - 2].group()[0].isupper():
        return start
    if left >= 2 and toks[left - 1].group() == "of" and toks[left - 2].group()[0].isupper():
        # "Minister of [Health and Family Welfare] J.P. Nadda": one name over "of"
        outer = _noun_phrase(toks, left - 1, _walk(toks, left - 1))
        if outer is not None:
            return outer[0]
    return found[0]


# Dashes that set off a parenthesis: "Rep. Lois Frankel — like Reid, a supporter — recalled".
DASHES = frozenset("—–")


def _source_before_dashes(
    doc: Document, toks: list[re.Match[str]], *, partial: bool
) -> tuple[bool, Span | None]:
    """The source before a parenthesis set off by dashes, the parenthesis included:
    "[Joyce — who is listed as an attorney —] told" (``toks`` ends with the second dash)."""
    text = doc.text
    closing = len(toks) - 1
    while closing > 0 and _is_dash(text, toks[closing - 1]):
        closing -= 1  # " -- ": two hyphens
    opening = next((i for i in range(closing - 1, -1, -1) if _is_dash(text, toks[i])), -1)
    while opening > 0 and _is_dash(text, toks[opening - 1]):
        opening -= 1
    if opening <= 0:
        return not partial, None
    stop = _walk(toks, opening)
    if partial and stop == 0:
        return False, None
    found = _noun_phrase(toks, opening, stop)
    if found is None:
        return True, None
    return True, Span(found[0], toks[closing - 1].end())


def _is_dash(text: str, tok: re.Match[str]) -> bool:
    """A dash, or a hyphen printed as one: " - ", " -- " (not "US-led")."""
    mark = tok.group()
    if mark in DASHES:
        return True
    return mark == "-" and (
        text[tok.start() - 1 : tok.start()] in " -" or text[tok.end() : tok.end() + 1] in " -"
    )


@cache
def _ly_nouns() -> frozenset[str]:
    return load_set("ly_nouns")


def _capitalised_name(text: str, toks: list[re.Match[str]]) -> bool:
    """Whether the last token, an auxiliary or adverb in lower case, is printed with a
    capital as a name: a modal anywhere ("[Will] wrote", "Theresa [May] said"), any
    such word after a capitalised word or a quotation's comma ("Mrs [May] told MPs",
    "“...,” [Long] said"); a capitalised adverb alone opens a sentence ("Also said")."""
    last = toks[-1].group()
    if not last.istitle():
        return False
    if _word(toks[-1]) in MODALS:
        return True
    if QUOTATION_COMMA_BEFORE.search(text, max(0, toks[-1].start() - 4), toks[-1].start()):
        return True  # "“Sales are fine,” [Long] said"
    if len(toks) < 2:
        return False
    before = toks[-2].group()
    return before[:1].isupper() and before.rstrip(".").isalpha()


# A quotation's comma and closing mark right before a word: ",” " / "," " / ",’ ".
QUOTATION_COMMA_BEFORE = re.compile(r",[”\"’']\s+\Z")


def _is_adverb(token: str, adverbs: frozenset[str]) -> bool:
    """A word between a source and its cue: "has", "also", or a lower-case -ly adverb
    ("strongly", "repeatedly"); "family" and "rally" are nouns, "Jolly" a name."""
    word = token.lower()
    if word in adverbs:
        return True
    return len(word) > 4 and word.endswith("ly") and token.islower() and word not in _ly_nouns()


def _walk(toks: list[re.Match[str]], upto: int) -> int:
    """Index of the first word of the run ending at ``toks[upto - 1]``: at most
    MAX_WORDS words, stopped by punctuation, stop words and pronouns."""
    lex = cue_lexicon()
    i = upto - 1
    while i >= 0 and upto - i <= MAX_WORDS:
        tok = toks[i]
        if not tok.group("word"):
            if _acronym_in_parentheses(toks, i):
                i -= 3  # "the France Unbowed (LFI) party": the acronym belongs to the name
                continue
            if _joiner_in_name(toks, i, upto):
                # "Procter & Gamble Co.", "JPMorgan Chase & Co.": one name; "a [CNN/ORC]
                # poll", "the New York Times/CBS News poll": joint names
                i -= 1
                continue
            break
        w = _word(tok)
        if w in lex.stopwords or w in SAY_FORMS:
            break  # "Biden said [the U.S.] would respond": no source runs over "said"
        if (
            w in PRONOUNS
            and w not in {"his", "her", "its", "their"}
            and not (w in OBJECT_PRONOUNS and i > 0 and _word(toks[i - 1]) in {"to", "with", "of"})
            and not (tok.group()[0].isupper() and i > 0 and toks[i - 1].group()[0].islower())
            and not _demonstrative(toks, i, upto)
        ):
            # A pronoun closes the phrase, unless "close to him", "most of them"; a
            # capitalised one after a lower-case word is a name ("spokesman He Yadong").
            break
        i -= 1
    if i >= 0 and upto - i > MAX_WORDS:
        return _name_head(toks, i + 1)
    return i + 1


def _name_head(toks: list[re.Match[str]], first: int) -> int:
    """Index of the first word of a name that a phrase cut at MAX_WORDS opens inside, at
    most MAX_NAME_TAIL capitalised words back: "[Federal] Election Commission records
    compiled by the Center for Responsive Politics show"; ``first`` when its word is in
    lower case or more capitals run on before (a name that runs on is no one source)."""
    if not toks[first].group()[:1].isupper():
        return first
    i = first
    while i > 0 and first - i < MAX_NAME_TAIL and _capital_word(toks[i - 1]):
        i -= 1
    if i > 0 and _capital_word(toks[i - 1]):
        return first
    return i


def _capital_word(tok: re.Match[str]) -> bool:
    """Whether a token is a word with a capital letter first, no stop word ("But")."""
    return (
        bool(tok.group("word"))
        and tok.group()[:1].isupper()
        and _word(tok) not in cue_lexicon().stopwords
    )


def _name_goes_on(text: str, words: list[re.Match[str]], tok: re.Match[str]) -> bool:
    """Whether "and" joins two capitalised words of one name that holds "of", after a cue
    or opening a sentence: "the Ministry of Health [and] Family Welfare", "The Minister of
    Hydrocarbons [and] Energy"; or two jobs of one person before the name: "said lobbyist
    [and] GOP strategist Charlie Black"."""
    if tok.group() != "and":
        return False
    if all(job_word(w.group()) for w in words):
        return text[tok.end() + 1 : tok.end() + 2].isupper()
    return (
        words[-1].group()[:1].isupper()
        and text[tok.end() + 1 : tok.end() + 2].isupper()
        and any(w.group() == "of" for w in words)
    )


def _joiner_in_name(toks: list[re.Match[str]], i: int, upto: int) -> bool:
    """Whether ``toks[i]`` joins two capitalised words into one name: an ampersand
    ("Procter & Gamble"), or a slash printed close between them, which joins the names of
    a joint poll or venture ("CNN/ORC", "Register/Bloomberg")."""
    joiner = toks[i].group()
    if joiner not in ("&", "/") or not (
        0 < i < upto - 1 and toks[i - 1].group()[:1].isupper() and toks[i + 1].group()[:1].isupper()
    ):
        return False
    return joiner == "&" or (
        toks[i - 1].end() == toks[i].start() and toks[i].end() == toks[i + 1].start()
    )


def _demonstrative(toks: list[re.Match[str]], i: int, upto: int) -> bool:
    """Whether ``toks[i]`` is "That" opening a noun phrase of one or two words right
    before the cue ("[That person] said", "[That report] found"), not the relative
    pronoun before a cue ("a slide show [that] predicted") nor a subject of its own
    ("That [was] down from ...", "That requirement [excludes]")."""
    if toks[i].group() != "That" or not 2 <= upto - i <= MAX_DEMONSTRATIVE_PHRASE:
        return False
    return all(
        t.group().isalpha()
        and t.group().islower()
        and t.group() not in PRONOUNS
        and t.group() not in AUXILIARIES
        and not t.group().endswith(("ed", "s"))
        for t in toks[i + 1 : upto]
    )


# Most tokens of a phrase opened by "That": the determiner and two words.
MAX_DEMONSTRATIVE_PHRASE = 3
# Forms of "be", "have" and the modals: a verb after "That" makes it a subject.
AUXILIARIES = frozenset(
    {"is", "was", "were", "are", "be", "been", "has", "had", "have", "would", "could",
     "will", "can", "may", "might", "should", "must", "did", "does", "do"}
)  # fmt: skip
# The modals, which are also names when capitalised ("Theresa May", "George Will").
MODALS = frozenset({"will", "would", "could", "might", "may", "can", "must", "should", "shall"})
# Words of a verb phrase between a source and its cue: "to", auxiliaries and verbs of
# aspect ("[began] talking about", "[goes on to] say"), in lower case.
VERB_TAIL_WORDS = AUXILIARIES | frozenset(
    {"to", "am", "shall", "go", "goes", "going", "went", "gone", "begin", "begins", "began",
     "begun", "start", "starts", "started", "continue", "continues", "continued", "come",
     "comes", "came"}
)  # fmt: skip


def _acronym_in_parentheses(toks: list[re.Match[str]], i: int) -> bool:
    """Whether ``toks[i]`` closes an acronym in parentheses inside a name: "(LFI)"."""
    return (
        i >= 3
        and toks[i].group() == ")"
        and toks[i - 2].group() == "("
        and toks[i - 1].group().isupper()
        and bool(toks[i - 3].group("word"))
        and toks[i - 3].group()[:1].isupper()
    )


# Forms of "say" and "tell" (cues.SAY_LEMMAS), which no source phrase holds.
SAY_FORMS = frozenset({"said", "says", "told", "tells"})
# Pronouns that may end a source phrase after "to", "with" or "of": "a source close to
# him", "most of them".
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us"})


def _noun_phrase(toks: list[re.Match[str]], upto: int, stop: int) -> tuple[int, int] | None:
    """(start, end) of the phrase of words ``toks[stop:upto]``, from its first capital,
    determiner or number on."""
    if stop == upto:
        return None
    if upto - stop >= 3 and _zero_relative_plural(toks, upto - 3, upto):
        # "a move [analysts] said would create": the plural subject of a clause whose
        # relative pronoun is left out, after the noun it describes
        return toks[upto - 1].start(), toks[upto - 1].end()
    head = _plural_of_head(toks, upto, stop)
    if head is not None:
        # "Indeed, [proponents of more controls] say", ", [fans of the show] say": a
        # lower-case plural and its "of" phrase that open a clause
        return toks[head].start(), toks[upto - 1].end()
    run = _plural_with_place(toks, upto, stop)
    if run is not None:
        # ", fund managers in the city said", ", safety experts in London said": the plural
        # is the head, the place phrase after it goes on it
        return toks[run].start(), toks[upto - 1].end()
    run = _lower_plural_run(toks, upto, stop)
    if run is not None:
        # ", law enforcement officials say" / "But hacking specialists say" / ", current
        # and former officials said": a plural noun and its modifiers that open a clause.
        return toks[run].start(), toks[upto - 1].end()
    # A source starts with a capital, a determiner or a number, not a bare verb.
    first = stop
    while (
        toks[first].group()[0].islower()
        and _word(toks[first]) not in _determiners()
        and not _opens_name(toks, first, upto)
        and not _job_before_name(toks, first, upto)
        and not _outlet_before_name(toks, first, upto)
        and not _finding_with_agent(toks, first, upto)
    ):
        first += 1
        if first == upto:
            return None
    if upto - first == 1 and _word(toks[first]) in BARE_DETERMINERS:
        return None
    first = _after_time_year(toks, first, upto)
    if (_word(toks[first]) in OPENING_PREPOSITIONS or _over_phrase(toks, first, upto)) and not (
        first + 1 < upto and _word(toks[first]) == "at" and _word(toks[first + 1]) in AT_QUANTIFIERS
    ):
        # "In other words, explained X": a phrase of the sentence, no source; but "In a
        # Bloomberg interview Trump declared": the name after the phrase.
        last_lower = max(
            (k for k in range(first + 1, upto) if not toks[k].group()[0].isupper()),
            default=first,
        )
        if last_lower == upto - 1 or not toks[last_lower].group("word"):
            return None
        return toks[last_lower + 1].start(), toks[upto - 1].end()
    return toks[first].start(), toks[upto - 1].end()


def _over_phrase(toks: list[re.Match[str]], first: int, upto: int) -> bool:
    """Whether ``toks[first]`` is "over" opening a phrase of time with its determiner:
    "Over the past two weeks [Mobil] has announced" (not "Over 100 economists")."""
    return (
        first + 1 < upto
        and _word(toks[first]) == "over"
        and _word(toks[first + 1]) in BARE_DETERMINERS
    )


# A year, which a source holds only as a modifier: "a [2011] email", "[2016] Democrats".
YEAR = re.compile(r"(?:1[89]|20)\d\d")
# Prepositions that make a year a time of the clause: "in 2017", "By 2020", "since 1986".
YEAR_PREPOSITIONS = frozenset({"in", "by", "since", "until", "till", "during", "before", "after"})


def _after_time_year(toks: list[re.Match[str]], first: int, upto: int) -> int:
    """``first`` moved past a year that a preposition makes a time of the clause: "I hope
    in 2017 [America] says", "By 2020 [voters] will say"; a year that modifies the noun
    after it stays ("a [2011 email] shows", "[2016 Democrats] Call")."""
    at = first
    if _word(toks[at]) in YEAR_PREPOSITIONS and at + 1 < upto:
        at += 1
    elif at == 0 or _word(toks[at - 1]) not in YEAR_PREPOSITIONS:
        return first
    if at + 1 >= upto or not YEAR.fullmatch(toks[at].group()):
        return first
    return at + 1


# Nouns of amount that a plural may follow after "a": "a [few] analysts", "a [number] of".
AMOUNT_NOUNS = frozenset({"few", "number", "couple", "group", "handful", "lot", "dozen", "host"})


def _zero_relative_plural(toks: list[re.Match[str]], first: int, upto: int) -> bool:
    """Whether ``toks[first:upto]`` is "a" or "an", one lower-case noun and a plural noun
    of people: "a move analysts", "a decision experts" (not "a few analysts")."""
    if upto - first != 3 or _word(toks[first]) not in {"a", "an"}:
        return False
    noun, plural = toks[first + 1].group(), toks[upto - 1].group()
    return (
        noun.isalpha()
        and noun.islower()
        and noun not in AMOUNT_NOUNS
        and plural.islower()
        and plural in people_nouns()
        and plural.endswith("s")
    )


def _job_before_name(toks: list[re.Match[str]], i: int, upto: int) -> bool:
    """Whether the lower-case ``toks[i]`` opens a job right before a name, which it
    opens: "analyst Kholood Khair", "spokeswoman Hope Hicks", "chief executive Tim Cook"
    (words of data/titles.txt); a lower-case body of data/organisation_words.txt before
    the job opens it too: "government spokesman Friedhelm Ost"."""
    j = _job_end(toks, i, upto)
    if j == i and i + 1 < upto and _word(toks[i]) in load_set("organisation_words"):
        j = _job_end(toks, i + 1, upto)
        if j == i + 1:
            return False
    return i < j < upto and all(t.group()[:1].isupper() for t in toks[j:upto])


# Most lower-case words of what an outlet is before its name: "official news agency".
MAX_OUTLET_WORDS = 4


def _outlet_before_name(toks: list[re.Match[str]], i: int, upto: int) -> bool:
    """Whether the lower-case ``toks[i]`` opens what an outlet is, right before its name:
    "state news agency IRNA", "state broadcaster CCTV", "official newspaper Al-Ahram"
    (the last lower-case word, or the last two, in data/media_words.txt)."""
    j = i
    while j < upto and j - i < MAX_OUTLET_WORDS and toks[j].group().islower():
        j += 1
    if not i < j < upto or not all(t.group()[:1].isupper() for t in toks[j:upto]):
        return False
    return ends_in_media_word([t.group() for t in toks[i:j]])


def _finding_with_agent(toks: list[re.Match[str]], i: int, upto: int) -> bool:
    """Whether the lower-case ``toks[i]`` is a plural of findings (data/finding_nouns.txt)
    followed by "from" or by a participle in -ed and "by", with the body that produced
    them after it: "[figures] released by the ministry show", "[figures] from the
    ministry show" (the phrase is the findings', not the body's)."""
    if i + 2 >= upto or _word(toks[i]) not in load_set("finding_nouns"):
        return False
    after = _word(toks[i + 1])
    if after == "from":
        return True
    return i + 3 < upto and after.endswith("ed") and _word(toks[i + 2]) == "by"


def ends_in_media_word(words: list[str]) -> bool:
    """Whether lower-case words end with an outlet's head word, of one word or two
    (data/media_words.txt): "state [media]", "state [news agency]"."""
    media = load_set("media_words")
    return bool(words) and (words[-1] in media or " ".join(words[-2:]) in media)


def _job_end(toks: list[re.Match[str]], i: int, upto: int) -> int:
    """The index after the lower-case job words from ``toks[i]`` on ("chief executive")."""
    titles = load_set("titles")
    j = i
    while j < upto and toks[j].group().islower() and _word(toks[j]) in titles:
        j += 1
    return j


def _opens_name(toks: list[re.Match[str]], i: int, upto: int) -> bool:
    """Whether the lower-case ``toks[i]`` opens a name with its particle: "al-Ansari",
    "de Klerk", "bin Salman" (data/name_particles.txt)."""
    word = toks[i].group()
    head, hyphen, rest = word.partition("-")
    if hyphen:
        return rest[:1].isupper() and head in name_particles()
    return (
        word in name_particles()
        and i + 1 < upto
        and toks[i + 1].group()[:1].isupper()
        and i + 2 == upto  # the particle and one name, right before the cue
    )


# "At least" and "at most" open a quantity, not a phrase: "[At least half of voters] say".
AT_QUANTIFIERS = frozenset({"least", "most"})
# Prepositions that open a phrase of the sentence, never a source: "In other words,".
OPENING_PREPOSITIONS = frozenset(
    {
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "after",
        "before",
        "during",
        "under",
        "since",
        "through",
        "without",
        "despite",
        "amid",
        "upon",
        "unlike",
        "like",
    }
)


# Most words of a lower-case plural source that opens a clause: "law enforcement officials".
MAX_PLURAL_RUN = 3
# Clause openers before such a run: "..., political scientists say", "But experts say".
RUN_OPENERS = frozenset({",", "but", "and", "yet", "so", "as", "while", "when"})
# Subordinating words before such a run, and a preposition's "which": "after news outlets
# declared", "although public records indicate", "in which organizers claimed". The run
# is then in lower case only, no time ("After years adding"), and no passive follows it.
SUBORDINATE_RUN_OPENERS = frozenset(
    {"after", "although", "though", "because", "since", "before", "until", "once"}
)
# A form of "be" right after such a run: "although sales are expected", "at which
# cocoas will be offered", "in which interest payments may be viewed as": a passive.
BE_AFTER_RUN = re.compile(
    rf"\s(?:(?:may|might|will|would|can|could|must|should|have|has|had)\s)?"
    rf"{BE_BEFORE_PARTICIPLE}\b"
)


def _lower_plural_run(toks: list[re.Match[str]], upto: int, stop: int) -> int | None:
    """Where the lower-case words ``toks[stop:upto]``, ending with a plural noun, start a
    source right after a comma or a conjunction ("political scientists", "legal
    experts"); a coordinated modifier before them joins ("current and former officials").
    An adverb of place after the plural stays in the phrase (", bond managers here said")."""
    if upto - stop >= 2 and _word(toks[upto - 1]) in load_set("source_place_adverbs"):
        upto -= 1
    if not 1 <= upto - stop <= MAX_PLURAL_RUN or stop == 0:
        return None
    before = toks[stop - 1].group()
    if _subordinate_opens_run(toks, upto, stop):
        before = ","
    if not _opens_run(before) and before not in {"and", "or"}:
        return None  # most phrases: a capitalised word or a verb before them
    if before in {"and", "or"} and upto - stop >= 2 and _infinitive_before_and(toks, stop - 1):
        return None  # "to examine documents and [interview] officers": a second verb
    last = toks[upto - 1].group()
    if last in load_set("media_words") and all(
        toks[i].group().isalpha() and toks[i].group().islower() for i in range(stop, upto)
    ):
        return stop  # ", state media reported", ", local television said": the outlet
    if len(last) <= 4 or not last.endswith("s") or last.endswith(("ss", "ous", "us")):
        return None
    words = [toks[i].group() for i in range(stop, upto)]
    last = last.replace("-", "")  # the plural may be hyphenated: "two-thirds", "co-workers"
    if not all(w.isalpha() and w.islower() for w in words[:-1]) or not last.isalpha():
        return None  # the plural itself may be a name: "veteran Republicans"
    if not last.islower() and (len(words) == 1 or not last[1:].islower()):
        return None
    if (
        stop >= 3
        and toks[stop - 1].group() in {"and", "or"}
        and toks[stop - 2].group().isalpha()
        and toks[stop - 2].group().islower()
        and _opens_run(toks[stop - 3].group())
    ):
        return stop - 2
    return stop if _opens_run(before) else None


# "to", a verb and up to two more lower-case words right before an "and": "to examine
# documents [and]", the infinitive of a verb phrase that the "and" goes on.
INFINITIVE_BEFORE_AND = re.compile(r"(?<![\w'’-])to\s[a-z]+(?:\s[a-z]+){0,2}\s\Z")
# How far back INFINITIVE_BEFORE_AND reads.
INFINITIVE_REACH = 48


def _infinitive_before_and(toks: list[re.Match[str]], conjunction: int) -> bool:
    """Whether ``toks[conjunction]`` ("and") joins a second verb to an infinitive a few
    lower-case words before it: "the way for the Hunts to examine documents [and]
    interview officers at the banks", where the word after it is that verb (the text
    is read, as the window may open after "to")."""
    at = toks[conjunction].start()
    text = toks[conjunction].string
    return INFINITIVE_BEFORE_AND.search(text, max(0, at - INFINITIVE_REACH), at) is not None


# What opens the clause of such a plural and its "of": a comma or "but" ("and" joins
# nouns, "officers and [directors of Union Indemnity] seeking"; "when [prices of
# floating rate] notes plunged" reads a noun as a cue).
PLURAL_OF_OPENERS = frozenset({",", "but", "yet"})


# Prepositions of a place phrase that a lower-case plural source may end with: "traders
# [in] Tokyo", "sources [at] the ministry".
PLACE_PHRASE_PREPOSITIONS = frozenset({"in", "at"})
# Most words of that place phrase: "London", "the city", "the Gulf region".
MAX_PLACE_WORDS = 3


def _plural_with_place(toks: list[re.Match[str]], upto: int, stop: int) -> int | None:
    """Where a lower-case plural source (:func:`_lower_plural_run`) starts that a place
    phrase closes, ``toks[stop:upto]`` ending with "in" or "at" and a name or "the" and a
    noun: ", fund managers [in the city] said", ", dealers [in Tokyo] said"."""
    for prep in range(upto - 2, max(stop, upto - 2 - MAX_PLACE_WORDS), -1):
        if _word(toks[prep]) in PLACE_PHRASE_PREPOSITIONS:
            break
    else:
        return None
    place = toks[prep + 1 : upto]
    if not all(t.group("word") and _word(t) not in RELATIVE_PRONOUNS for t in place):
        return None  # not "groups in [the state that] threw": a relative clause's subject
    first = place[0].group()
    if first == "the":
        if len(place) < 2:
            return None
    elif not all(t.group()[0].isupper() for t in place):
        return None
    return _lower_plural_run(toks, prep, stop)


def _plural_of_head(toks: list[re.Match[str]], upto: int, stop: int) -> int | None:
    """Where a lower-case plural noun followed by "of" and a phrase of ``toks[stop:upto]``
    opens a clause right after a comma or "but": "Indeed, [proponents of more controls]
    say", "but [fans of the show] say" (the plural is the head, not the words after
    "of")."""
    if stop == 0 or upto - stop < 3 or toks[stop - 1].group().lower() not in PLURAL_OF_OPENERS:
        return None
    head = toks[stop].group()
    if _word(toks[stop + 1]) != "of" or not _plural_noun(head):
        return None
    return stop


def _plural_noun(word: str) -> bool:
    """Whether the lower-case ``word`` reads as a regular plural noun ("proponents")."""
    return (
        len(word) >= 4
        and word.isalpha()
        and word.islower()
        and word.endswith("s")
        and not word.endswith(("ss", "ous", "us"))
    )


def _subordinate_opens_run(toks: list[re.Match[str]], upto: int, stop: int) -> bool:
    """Whether a subordinating word (:data:`SUBORDINATE_RUN_OPENERS`) or a preposition
    and "which" open the clause of the lower-case run ``toks[stop:upto]``, whose verb is
    active: "after [news outlets] declared", "during which [callers] asked"."""
    before = _word(toks[stop - 1])
    if before == "which":
        if stop < 2 or _word(toks[stop - 2]) not in OPENING_PREPOSITIONS:
            return False  # "which involves advising": the verb of the relative clause
    elif before not in SUBORDINATE_RUN_OPENERS:
        return False
    words = [toks[i].group() for i in range(stop, upto)]
    if not all(w.islower() for w in words) or any(w in load_set("time_nouns") for w in words):
        return False  # "although last year Lloyds offered", "After years adding"
    last = toks[upto - 1]
    return BE_AFTER_RUN.match(last.string, last.end()) is None


def _opens_run(token: str) -> bool:
    return token in RUN_OPENERS or token.casefold() in RUN_OPENERS


# Words that cannot be a source on their own ("the said ..." is no source).
BARE_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "these", "those", "his", "her", "their", "its"}
)


@cache
def people_nouns() -> frozenset[str]:
    """Plural nouns of people among the source openers ("officials", "leaders")."""
    return frozenset(
        w for w in _determiners() if w.endswith("s") and w not in {"this", "its", "his"}
    )


@cache
def _determiners() -> frozenset[str]:
    """Lower-case words a source may start with: determiners, quantifiers, plural nouns of
    people (data/source_openers.txt)."""
    return load_set("source_openers")


def source_after(doc: Document, cue_end: int, hi: int) -> Span | None:
    """The source phrase right after a cue: "said Geoff Garin, a pollster" gives "Geoff Garin"."""
    words: list[re.Match[str]] = []
    stopwords = cue_lexicon().stopwords
    # Read lazily: the phrase usually stops within a few tokens of the cue.
    for tok in TOKEN.finditer(doc.text, cue_end, min(hi, cue_end + WINDOW)):
        if tok.group("punct"):
            if tok.group() in SOURCE_AFTER_STOP or not words:
                break
            continue
        if words and tok.group() in stopwords and not _name_goes_on(doc.text, words, tok):
            break  # "said a spokesperson [when] contacted": a clause of its own
        if (
            words
            and tok.group() in OCCASION_PREPOSITIONS
            and not words[-1].group().endswith("ed")  # "the report released [at ...]"
            and occasion_at(doc.text, tok.start())
        ):
            break  # "said Alan Tan [at a news conference]": where it was said, no source
        words.append(tok)
        if len(words) >= MAX_WORDS:
            # "a statement issued by the Ministry of Health and Family [Welfare]": a name
            # cut short runs on to its last capitalised word
            for more in islice(TOKEN.finditer(doc.text, tok.end(), hi), MAX_NAME_TAIL):
                if not (more.group("word") and more.group()[:1].isupper()):
                    break
                words.append(more)
            break
    while words and words[-1].group() in TRAILING_WORDS:
        words.pop()  # "Rosaly Lopes of NASA's Jet Propulsion Laboratory [in]" (cut short)
    if not words:
        return None
    last = words[-1]
    end = last.end()
    if last.group().endswith(".") and not _is_abbreviation(last.group()):
        end -= 1
    series = NAME_SERIES.match(doc.text, end, hi)
    if series is not None:
        whole = doc.text[words[0].start() : series.start("acronym")]
        if initials_of(whole) == series.group("acronym"):
            # "According to Immigration, Refugees and Citizenship Canada (IRCC), ...": a
            # name whose commas its acronym spans
            return Span(words[0].start(), series.end())
    if last.group().islower() or job_of_body([w.group() for w in words]):
        # "said Labour's housing secretary[, Lisa Nandy]", "said a former spokesman for
        # Ukraine's Foreign Ministry[, Oleg Voloshyn]"
        named = NAME_AFTER_JOB.match(doc.text, end, hi)
        if named is not None and named.group("name").rstrip(".").casefold() not in CALENDAR_NAMES:
            name = named.group("name")
            end = named.end("name")
            if name.endswith(".") and not _is_abbreviation(name.rsplit(" ", 1)[-1]):
                end -= 1
    return _title_closed(doc.text, Span(words[0].start(), end), hi)


# Two apostrophes, the quotation mark of a title in some newspapers' text: "''The Fixers''".
TITLE_MARK = "''"
# How far after a source the closing mark of a title it opens is looked for.
TITLE_REACH = 200


def _title_closed(text: str, src: Span, hi: int) -> Span:
    """``src`` run on to the closing mark of a title it opens with two apostrophes, which
    the words read after a cue skip as punctuation: "According to [E. J. Fleming's ''The
    Fixers: Eddie Mannix, Howard Strickling and the MGM Publicity Machine'']". A mark
    that nothing closes nearby is left as it is."""
    if text.count(TITLE_MARK, src.start, src.end) % 2 == 0:
        return src
    closing = text.find(TITLE_MARK, src.end, min(hi, src.end + TITLE_REACH))
    if closing < 0:
        return src
    return Span(src.start, closing + len(TITLE_MARK))


# Prepositions between a job and the body it is held in: "a spokesman [for] the Ministry".
JOB_PREPOSITIONS = frozenset({"for", "of", "at", "with"})


def job_of_body(words: list[str]) -> bool:
    """Whether the words after a cue are an article, a job and the body it is held in:
    "said [a former spokesman for Ukraine's Foreign Ministry], Oleg Voloshyn", "said [the
    head of the agency]"."""
    if len(words) < 4 or words[0].casefold() not in LOWER_DETERMINERS:
        return False
    return any(
        job_word(words[i]) and words[i + 1] in JOB_PREPOSITIONS for i in range(1, len(words) - 2)
    )


# Prepositions that open the occasion of a statement after its source.
OCCASION_PREPOSITIONS = frozenset({"in", "at", "during"})


@cache
def _occasion() -> re.Pattern[str]:
    """An occasion of ``data/occasion_nouns.txt`` after a preposition and a determiner,
    with up to two words between: "at a news conference", "in a written statement"."""
    return re.compile(occasion_phrase("in|at|during") + r"(?!\w)")


def occasion_at(text: str, pos: int) -> bool:
    """Whether the occasion of a statement starts at ``pos``: "[in a statement]"."""
    return _occasion().match(text, pos) is not None


# A name set after a job that follows a cue: "said the White House spokesman[, Josh
# Earnest]." / "said a spokeswoman[, Anna White], on Tuesday" / "said an advocate[,
# Andrew J. Pincus] of the law firm". The name closes the clause: punctuation, the end of
# the sentence or where its bearer belongs follows ("According to officials, Smith
# agreed" names no official).
NAME_AFTER_JOB = re.compile(
    r",[ \t\u00a0](?P<name>[A-Z][\w'’-]*\.?(?:[ \t\u00a0][A-Z][\w'’-]*\.?){0,3})"
    r"(?=[,;:!?)]|\.(?:\s|\Z)|\Z|\s(?:of|at|from)\s)"
)


# The rest of a name that holds commas, then its acronym: "[, Refugees and Citizenship
# Canada (IRCC)]" after "Immigration".
NAME_SERIES = re.compile(
    r"(?:,[ ][A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)*)*,?[ ]and[ ][A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)*"
    r"[ ]\((?P<acronym>[A-Z]{2,8})\)"
)


def initials_of(name: str) -> str:
    """The capitals that open the words of a name: "IRC" of "Immigration, Refugees and
    Citizenship"."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper())


# Most capitalised words a source phrase cut at MAX_WORDS runs on by.
MAX_NAME_TAIL = 4
# Words that end no source phrase: a phrase cut short after them loses them.
TRAILING_WORDS = frozenset(
    {"in", "of", "at", "for", "to", "with", "from", "on", "by", "and", "or", "the", "a", "an"}
)


def _is_abbreviation(word: str) -> bool:
    """Whether a word's last period belongs to it: "U.S.", "Jr.", "Inc." (data/
    abbreviations.txt), or a single initial ("John F."); "PVM." ends a sentence."""
    return (
        word.count(".") > 1
        or word.casefold() in abbreviations()
        or (len(word) == 2 and word[0].isupper())
    )


# Words that open a sentence before its subject: "But Trump said ...", "In Iowa, ...".
SENTENCE_OPENERS = frozenset(
    {"but", "and", "so", "yet", "still", "meanwhile", "instead", "now", "just", "then", "later"}
    | {"however", "though", "indeed", "moreover", "nevertheless", "nonetheless", "furthermore"}
    | {"even", "also"}
)  # "On Thursday, however, [Trump] spoke": the adverb set off after an opening phrase
# Personal pronouns that can be the subject after an introductory clause.
SUBJECT_AFTER_CLAUSE = frozenset({"he", "she", "they", "we", "i"})


@cache
def _clause_openers() -> frozenset[str]:
    return load_set("clause_openers")


def sentence_subject(
    doc: Document, start: int, end: int, *, after_phrase: bool = False, plural: bool = False
) -> Span | None:
    """The capitalised noun phrase that opens a sentence: "Giles attempted ... and said".

    An introductory clause is passed over to the subject after its comma:
    "When asked whom she supported, [Ms. Sherry] smiled and said ...",
    "In South Carolina, [he] prevailed ... and declared ...". With ``after_phrase``,
    ``start`` is right after such a clause, whose subject may open with a determiner in
    lower case ("Using a crude expression, [the senator] said"); with ``plural``, a bare
    plural of people after an opening phrase is one too ("Arriving upon the scene,
    [officers] began searching ..., believing").
    """
    toks = _tokens(doc, start, min(end, start + WINDOW))
    i = _subject_start(doc, toks)
    if i < len(toks) and _word(toks[i]) in SUBJECT_AFTER_CLAUSE:
        return Span(toks[i].start(), toks[i].end())
    first = i
    if i >= len(toks):
        return None
    if not toks[i].group()[0].isupper():
        named = _modified_job_then_name(toks, i) if i > 0 else i
        if named > i:
            # "In one of the criticisms, board chairman John Tower, a ..., told": a job in
            # lower case, then the name, after an opening phrase
            return Span(toks[i].start(), toks[_capitals_end(toks, named) - 1].end())
        plural_end = _bare_plural_end(toks, i) if plural and i > 0 else i
        if plural_end > i:
            # "Arriving upon the scene, [officers] began searching ..., believing": a
            # bare plural of people after an opening phrase is a participle's source
            return Span(toks[i].start(), toks[plural_end - 1].end())
        if (i == 0 and not after_phrase) or (
            _word(toks[i]) not in LOWER_DETERMINERS | QUANTIFIERS
            and not (AGE_WORD.fullmatch(toks[i].group()) and i + 1 < len(toks))
        ):
            return None  # "the campaign ...": no capitalised subject to stand for the source
        # "In May, a U.S. District Court judge sided ...": after an opening phrase.
        i += 1
    while (
        i < len(toks)
        and toks[i].group("word")
        and (
            toks[i].group()[0].isupper()
            or _word(toks[i]) in {"of", "the", "al", "de"}
            or (i > first and _opens_name(toks, i, len(toks)))  # "Mohammed [al-Saiedi]"
            or (i > first and _name_goes_on(doc.text, toks[first:i], toks[i]))
        )
    ):
        i += 1
    named = _job_then_name(toks, i)
    if named == i:
        named = _organisation_word_then_name(toks, i)
    if named > i:
        # "Opposition leader Jairam Ramesh", "Chelsea boss Enzo Maresca": the job in lower
        # case, then the name; "Rights group Amnesty International": the kind of body
        i = _capitals_end(toks, named)
    elif i < len(toks) and toks[i].group("word") and _word(toks[i]) in people_nouns():
        i += 1  # "Union officials", "Democratic leaders"
    elif (
        i > first + 1
        and _word(toks[first]) in LOWER_DETERMINERS
        and i < len(toks)
        and _word(toks[i]) in head_nouns()
    ):
        i += 1  # "a U.S. District Court judge", "The Republican nominee", "The Trump campaign"
    elif i > first and toks[i - 1].group().endswith(POSSESSIVE):
        i = _common_noun_end(toks, i)  # "Bolivia’s public defender’s office"
    if i == first or i - first > MAX_WORDS:
        return None
    if i - first == 1 and _word(toks[first]) in BARE_DETERMINERS | QUANTIFIERS:
        # "The company blamed ... and said": the determiner's noun, up to the verb.
        i = _common_noun_end(toks, i)
        if i == first + 1 and _word(toks[first]) not in QUANTIFIERS:
            return None  # "The claim was false": a determiner alone is no subject
        if toks[i - 1].group()[0].isupper():
            i = _capitals_end(toks, i)  # "The rights group Amnesty [International]"
    return _without_lead(doc, Span(toks[first].start(), toks[i - 1].end()))


def _bare_plural_end(toks: list[re.Match[str]], i: int) -> int:
    """The index after a bare plural of people (data/source_openers.txt) that opens a
    subject in lower case at ``toks[i]``, at most MAX_PLURAL_RUN words with its modifiers,
    and a verb in lower case after it: "[police] began", "[local officials] said"; ``i``
    when there is none ("the campaign", "voters' concerns")."""
    for j in range(i, min(len(toks) - 1, i + MAX_PLURAL_RUN)):
        word = toks[j].group()
        if not word.isalpha() or not word.islower():
            return i
        if word in people_nouns():
            after = toks[j + 1].group()
            return j + 1 if after.isalpha() and after.islower() and after not in PHRASE_LINKS else i
    return i


def _capitals_end(toks: list[re.Match[str]], i: int) -> int:
    """The index after the capitalised words from ``toks[i]`` on."""
    while i < len(toks) and toks[i].group("word") and toks[i].group()[0].isupper():
        i += 1
    return i


def _organisation_word_then_name(toks: list[re.Match[str]], i: int) -> int:
    """The index of the name after one or two lower-case words for a kind of body from
    ``toks[i]`` on ("Rights [group] Amnesty", "The West African [regional bloc] ECOWAS"),
    or ``i`` when there is none."""
    for j in (i, i + 1):
        if j + 1 >= len(toks) or not all(t.group().islower() for t in toks[i : j + 1]):
            return i
        nxt = toks[j + 1]
        if _word(toks[j]) in load_set("organisation_words") and nxt.group("word"):
            return j + 1 if nxt.group()[0].isupper() else i
    return i


def _job_then_name(toks: list[re.Match[str]], i: int) -> int:
    """The index of the name after lower-case job words from ``toks[i]`` on ("Opposition
    [leader] Jairam Ramesh"), or ``i`` when no job and capitalised word follow."""
    j = _job_end(toks, i, len(toks))
    if j > i and j < len(toks) and toks[j].group("word") and toks[j].group()[0].isupper():
        return j
    return i


# Lower-case words that may stand before a job as its modifiers: "[board] chairman",
# "[planetary] geologist", "[research] analyst".
MAX_JOB_MODIFIERS = 2


def _modified_job_then_name(toks: list[re.Match[str]], i: int) -> int:
    """:func:`_job_then_name` after up to :data:`MAX_JOB_MODIFIERS` lower-case words that
    modify the job ("board chairman John Tower"); ``i`` when there is none."""
    for skip in range(MAX_JOB_MODIFIERS + 1):
        k = i + skip
        if k >= len(toks) or not toks[k].group().islower():
            return i
        named = _job_then_name(toks, k)
        if named > k:
            return named
    return i


@cache
def head_nouns() -> frozenset[str]:
    """Nouns that end a capitalised subject after its determiner: titles ("The Republican
    nominee") and organisations ("The Trump campaign")."""
    return load_set("titles") | load_set("organisation_words")


# The ending of a noun of what someone does, which a source may give before a name though
# data/titles.txt does not list it: "financial [planner] Eric Roberge", "[lobbyist] and
# GOP strategist Charlie Black", "[bookrunner] Drexel Burnham Lambert Inc".
AGENT_NOUN = re.compile(r"[a-z]{3,}(?:er|or|ist|ian)")


@cache
def _not_agent_nouns() -> frozenset[str]:
    """Words with an agent noun's ending that are adverbs or open a clause ("later",
    "further", "after", "whether"): data/cue_adverbs.txt, data/clause_openers.txt and
    data/source_stopwords.txt."""
    return load_set("cue_adverbs") | load_set("clause_openers") | load_set("source_stopwords")


def job_word(word: str) -> bool:
    """Whether a lower-case word says what a source is or does: a head noun of
    :func:`head_nouns` ("spokesman", "agency") or a noun of an agent by its ending
    ("planner", "lobbyist")."""
    if not word.islower():
        return False
    if word in head_nouns():
        return True
    return AGENT_NOUN.fullmatch(word) is not None and word not in _not_agent_nouns()


# Determiners that open a subject after an introductory phrase ("In May, a judge ...").
LOWER_DETERMINERS = frozenset({"the", "a", "an"})
# Quantifiers that open a subject, after an opening phrase too: "In August, [several
# environmental groups] granted ..., saying"; alone, they stand for people ("[Some] argue").
QUANTIFIERS = frozenset({"several", "many", "some", "most", "two", "three", "four", "both"})
# Lower-case words read after a sentence's opening determiner: "The former chief of staff".
MAX_NOUN_WORDS = 3


def _common_noun_end(toks: list[re.Match[str]], i: int) -> int:
    """The index after the lower-case nouns that follow a determiner ("The company"),
    stopped at a cue form, a stop word or a past form ("The senator waved")."""
    lex = cue_lexicon()
    start = i
    limit = MAX_NOUN_WORDS
    while i < len(toks) and i - start < limit and toks[i].group("word"):
        if ACRONYM_MODIFIER.fullmatch(toks[i].group()):
            i += 1  # "A senior [US] official", "The [UN] envoy"
            continue
        w = _word(toks[i])
        if w.endswith(POSSESSIVE):
            w = w[:-2]  # "the defender’s office": a possessive noun goes on to its head
        if not w.replace("-", "").isalpha() or w in lex.forms or w in lex.stopwords:
            break  # "His [ex-wife]": a hyphenated noun goes on
        if i == start and w.endswith("ly") and _modifies_noun_after(toks, i):
            i += 1  # "The [famously] gruff senator": the adverb of the noun's adjective
            continue
        if w in lex.adverbs or w.endswith("ed") or w in PRONOUNS or w in NOUN_PHRASE_STOPS:
            break
        i += 1
        if i - start == limit and w in NOUN_LINKS and limit < MAX_NOUN_WORDS + 2:
            limit += 1  # "The head of [the] union": a link word goes on to its noun
    while i > start and _word(toks[i - 1]) in NOUN_LINKS:
        i -= 1  # a phrase cut short ends on its last noun, never on "of" or "the"
    return i


def _modifies_noun_after(toks: list[re.Match[str]], i: int) -> bool:
    """Whether the two words after the adverb ``toks[i]`` are in lower case and may be an
    adjective and its noun: "The famously [gruff senator]" (not "The deal likely [means
    higher]", whose adverb follows the noun, nor "The newly [elected]")."""
    lex = cue_lexicon()
    if i + 2 >= len(toks):
        return False
    for tok in (toks[i + 1], toks[i + 2]):
        w = tok.group()
        if not w.isalpha() or not w.islower() or w in lex.forms or w in lex.stopwords:
            return False
        if w in lex.adverbs or w.endswith(("ed", "ly")) or w in NOUN_PHRASE_STOPS:
            return False
    return True


# An acronym that modifies a noun after a determiner: "A senior [US] official".
ACRONYM_MODIFIER = re.compile(r"[A-Z]{2,4}")
# Words inside a noun phrase that lead on to a noun: "The head [of the] union".
NOUN_LINKS = frozenset({"of", "the", "a", "an"})


# Prepositions that end a determiner's noun ("The board [met on] Monday"), "of" aside
# ("The chief of staff").
NOUN_PHRASE_STOPS = frozenset(
    {"on", "in", "at", "for", "with", "to", "from", "by", "about", "after", "before", "into"}
)


# Longest subject read up to the comma of an apposition: "Minnesota state delegate Mary Susan,".
MAX_HEAD_WORDS = 8


def subject_before_comma(doc: Document, start: int, end: int) -> Span | None:
    """The words that open a sentence up to its first comma, when they read as a subject:
    "[The complaint], which was filed in ..., alleged" / "[Minnesota state delegate
    Mary Susan], clad in a red cape, said". Capitalised first word, no stop word."""
    toks = _tokens(doc, start, min(end, start + WINDOW))
    i = _subject_start(doc, toks)
    if i >= len(toks) or not toks[i].group()[0].isupper():
        return None
    lex = cue_lexicon()
    k = i
    words = 0
    while k < len(toks) and words < MAX_HEAD_WORDS:
        if toks[k].group() == "(" and k > i:
            # "Sen. Rob Portman (R-Ohio), another incumbent,": the parenthesis is the name's.
            close = _next_token(toks, (")",), k + 1, k + 8)
            if close is None:
                return None
            k = close + 1
            continue
        if not toks[k].group("word"):
            break
        w = _word(toks[k])
        if w in lex.stopwords or w in lex.forms or (k > i and w in PRONOUNS):
            return None
        k += 1
        words += 1
    acronym = ACRONYM_THEN_COMMA.match(doc.text, toks[k - 1].end()) if k > i else None
    if acronym is not None:
        # "A lawmaker from the Patriotic Union of Kurdistan (PUK), who ...": the acronym
        # closes the name, at the most words
        return Span(toks[i].start(), acronym.end() - 1)
    if k == i or k >= len(toks) or toks[k].group() != ",":
        return None
    return Span(toks[i].start(), toks[k - 1].end())


# A participle in "-ing" right after a comma: ", writing", ", citing".
PARTICIPLE_AFTER = re.compile(r"[ \t\u00a0]{1,3}[a-z]{2,20}ing\b")


def _subject_start(doc: Document, toks: list[re.Match[str]]) -> int:
    """Index of the token where a sentence's subject starts: openers ("But") and an
    introductory clause ("When asked about it,") passed over."""
    i = 0
    if toks and toks[0].group() in ("“", '"'):
        # “A,” Blige sings ...: the quotation that opens the sentence is no subject.
        closing = _next_token(toks, ("”", '"'), 1)
        if closing is not None:
            i = closing + 1
    i = _skip_openers(toks, i)
    i = _skip_time_lead(toks, i)
    for n in range(MAX_OPENING_CLAUSES):
        if i >= len(toks):
            break
        if n == 0:
            if not _opens_clause(toks[i], doc.text[toks[i].end() : toks[i].end() + 16]):
                break
        elif _word(toks[i]) not in _clause_openers():
            break  # after a first clause only a word that opens one ("when"), not a name
            # that looks like a participle ("Walking to the car, [Ebeling] said")
        comma = _next_token(toks, (",",), i + 1)
        participle_comma = (
            comma == len(toks) - 1 or (comma is not None and _area_before_last_comma(toks, comma))
        ) and bool(PARTICIPLE_AFTER.match(doc.text, toks[-1].end()))
        if participle_comma:
            # "On Sunday morning Mr. Trump made a third attempt ..., writing": the last
            # comma sets off the participle after it, and closes no opening phrase
            comma = None
        if comma is None or (comma + 1 < len(toks) and _word(toks[comma + 1]) in ("and", "but")):
            # "Hastily politicizing the tragedy ― much like he did ― Trump cast the blame
            # ..., and emphasized": the comma, if any, is the predicate's; the aside closes
            # the phrase
            comma = _aside_end(toks, i, len(toks) if comma is None else comma) or comma
        # With no comma ("When he arrived he said"), the clause's own subject stands in;
        # a date after the opener is passed over ("On September 27 [they] published").
        opener = i
        i = _skip_openers(toks, _skip_date(toks, i + 1) if comma is None else comma + 1)
        if comma is not None:
            i = _past_area(toks, comma, i)
        if comma is None:
            if (
                i == opener + 1
                and i < len(toks)
                and _word(toks[opener]) in PLACE_TIME_PREPOSITIONS
                and (_word(toks[i]) in BARE_DETERMINERS or toks[i].group()[0].isupper())
            ):
                found = _subject_after_phrase(toks, i)  # "During the debate [Trump] attacked"
                # "In a speech in Ohio, saying ...": a phrase alone before the participle
                # has no subject
                i = len(toks) if participle_comma and found == i else found
            break
        if i < len(toks) and _goes_on_phrase(toks[i]):
            # "Chastened by the analyses, as well as complaints over its costs, [Trump]
            # revised": the phrase goes on to a second comma
            second = _next_token(toks, (",",), i + 1, i + 14)
            if second is not None:
                i = _skip_openers(toks, second + 1)
    return i


def _next_token(
    toks: list[re.Match[str]], marks: tuple[str, ...], start: int, stop: int | None = None
) -> int | None:
    """The index of the first token from ``start`` (before ``stop``, or the end) that is
    one of ``marks``, or None."""
    end = len(toks) if stop is None else min(len(toks), stop)
    return next((k for k in range(start, end) if toks[k].group() in marks), None)


def _area_before_last_comma(toks: list[re.Match[str]], comma: int) -> bool:
    """Whether the comma ``toks[comma]`` sets off after a city the region or country that
    the last comma closes: "... in Green Bay, [Wis.,] citing the attack"."""
    return (
        comma + 2 == len(toks) - 1
        and toks[-1].group() == ","
        and toks[comma - 1].group()[:1].isupper()
        and toks[comma + 1].group()[:1].isupper()
        and find_area(toks[comma + 1].group()) is not None
    )


# An age that opens a subject: "[62-year-old] Brenda Johnson".
AGE_WORD = re.compile(r"\d{1,3}-year-old")


def _past_area(toks: list[re.Match[str]], comma: int, i: int) -> int:
    """Index after a region or country set off by commas that goes on the city before
    ``comma``: "In Ames, [Iowa,] on Sunday, Mrs. Clinton", "in Aspen, [Colo.,] the
    graduate"; ``i`` (the token after the comma) when there is none."""
    if (
        i + 1 < len(toks)
        and i == comma + 1
        and toks[comma - 1].group()[:1].isupper()
        and toks[i].group()[:1].isupper()
        and toks[i + 1].group() == ","
        and find_area(toks[i].group()) is not None
    ):
        return _skip_openers(toks, i + 2)
    return i


# Dashes that set off an aside: "―", "—", "–".
ASIDE_DASHES = frozenset({"\u2015", "\u2014", "\u2013"})


def _aside_end(toks: list[re.Match[str]], i: int, comma: int) -> int | None:
    """The index of the last dash between ``toks[i]`` and ``toks[comma]`` that closes an
    aside before a capitalised word, where an opening phrase ends ("Hastily politicizing
    the tragedy ― much like he did ― [Trump] cast"); None when there is none (an index
    is never 0 here: the dash follows the opening word)."""
    for k in range(comma - 2, i, -1):
        if toks[k].group() in ASIDE_DASHES and toks[k + 1].group()[0].isupper():
            return k
    return None


# Most words of an opening prepositional phrase with no comma read for the subject after it.
MAX_PHRASE_WORDS = 8
# Prepositions of place, time and occasion that open such a phrase ("since", "after" and
# "for" open clauses too: "Since Trump began ...").
PLACE_TIME_PREPOSITIONS = frozenset(ADVERBIAL_PREPOSITIONS) | {"amid", "under", "upon"}
# Words after which a determiner or a name goes on the phrase rather than opening a subject.
PHRASE_LINKS = (
    OPENING_PREPOSITIONS
    | BARE_DETERMINERS
    | {"of", "to", "and", "or", "by", "over", "against", "about", "into", "between", "among"}
    | {"across", "near", "around", "behind", "toward", "towards", "outside", "inside"}
)


def _subject_after_phrase(toks: list[re.Match[str]], i: int) -> int:
    """Index of the subject after an opening prepositional phrase with no comma whose
    object starts at ``toks[i]``: a personal pronoun ("In a statement on Monday [she]
    denied"), a determiner or a capitalised word right after a word of the phrase that
    links nothing ("At a rally in Ohio [the senator] praised", "During the debate
    [Trump] attacked"); ``i`` when none stands before a verb."""
    for k in range(i + 1, min(len(toks), i + MAX_PHRASE_WORDS + 1)):
        tok = toks[k]
        if not tok.group("word"):
            break
        word = _word(tok)
        if word in PERSONAL_SUBJECTS:
            return k
        if tok.group().islower() and (word.endswith("ed") or word in AUXILIARIES):
            break  # a verb: the phrase's object was the subject after all
        before = toks[k - 1]
        if _word(before) in PHRASE_LINKS or not before.group("word"):
            continue
        if word in LOWER_DETERMINERS or (tok.group()[0].isupper() and before.group().islower()):
            return k
        if tok.group()[0].isupper() and _place_or_date_then_name(toks, i, k):
            return k  # "In Iowa [Cruz] won", "In early January [Allan E. Paulson] sold"
    return i


def _place_or_date_then_name(toks: list[re.Match[str]], i: int, k: int) -> bool:
    """Whether the capitalised words of an opening phrase before ``toks[k]`` name a place
    of data/places.tsv or a month or weekday, and those from ``toks[k]`` on are a subject
    before its verb: "In Iowa [Cruz] won", "In China [Shantou University] is". A place
    that goes on into the next word ("In New York City ..."), a body that a place opens
    ("In New York Times columns") and a name that a link word goes on from ("During the
    U.S. Bombing of Libya") stay in the phrase."""
    start = k - 1
    while start > i and toks[start - 1].group("word") and toks[start - 1].group()[0].isupper():
        start -= 1
    text = toks[k].string
    run = text[toks[start].start() : toks[k - 1].end()]
    if not (run.rstrip(".").casefold() in CALENDAR_NAMES or find_city(run) or find_area(run)):
        return False
    longer = text[toks[start].start() : toks[k].end()]
    if find_city(longer) or find_area(longer) or _word(toks[k]) in load_set("place_nouns"):
        return False  # "In New [York]", "In New York [City]": the place goes on
    end = _capitals_end(toks, k)
    if (
        end >= len(toks)
        or end - k > MAX_NAME_TAIL
        or not toks[end].group().islower()
        or _word(toks[end]) in PHRASE_LINKS
    ):
        return False  # "In Iowa Cruz, ...", "During the U.S. Bombing of ...": no verb after
    # "In New York Times columns": a place opens the name of a body
    return text[toks[start].start() : toks[end - 1].end()].casefold() not in load_set(
        "media_outlets"
    )


# Most opening clauses or phrases passed over before a subject: "Once, when my mother
# mentioned the devil, [I] laughed and said".
MAX_OPENING_CLAUSES = 2
# Words that carry an opening phrase on past its comma: ", as well as complaints ...,".
PHRASE_GOES_ON = frozenset({"as", "including", "along", "not", "or", "and", "plus"})


def _goes_on_phrase(tok: re.Match[str]) -> bool:
    return _word(tok) in PHRASE_GOES_ON and tok.group().islower()


# Words that close a time phrase opening a sentence: "Hours later," / "Two days earlier,";
# with no comma the subject follows at once: "A few minutes later [they] reversed".
TIME_LEAD_ENDS = frozenset({"later", "earlier", "ago", "afterward", "afterwards"})
# Words that close such a phrase only before its comma: "The day before, [Mr. Trump]",
# "More recently, [Rubio]" ("The day before Trump spoke": "before" opens a clause).
COMMA_TIME_LEAD_ENDS = TIME_LEAD_ENDS | {"before", "recently"}
# Most words of such a phrase before its last one.
MAX_TIME_LEAD_WORDS = 3
# Words that open a clause after a time: "Two weeks [after] Justice Scalia died,".
TIME_CLAUSE_LINKS = frozenset({"after", "before", "since"})
# Most tokens of that clause up to its comma.
TIME_CLAUSE_WORDS = 16


def _skip_time_lead(toks: list[re.Match[str]], i: int) -> int:
    """Index after a time phrase and its comma that open a sentence ("Hours later, [Trump]
    returned the compliment", "A few minutes later [they] reversed"), or ``i`` when there
    is none."""
    for k in range(i + 1, min(len(toks), i + MAX_TIME_LEAD_WORDS + 2)):
        if toks[k].group() == ",":
            if _word(toks[k - 1]) in COMMA_TIME_LEAD_ENDS:
                return _skip_openers(toks, k + 1)
            break
        if _word(toks[k]) in TIME_LEAD_ENDS and _subject_word_at(toks, k + 1):
            return k + 1
        if _word(toks[k]) in TIME_CLAUSE_LINKS and _word(toks[k - 1]) in load_set("time_nouns"):
            # "Two weeks after Justice Scalia died, [Justice Clarence Thomas] broke": the
            # clause the time opens runs to its comma
            comma = _next_token(toks, (",",), k + 1, k + TIME_CLAUSE_WORDS)
            return i if comma is None else _skip_openers(toks, comma + 1)
    return i


def _subject_word_at(toks: list[re.Match[str]], k: int) -> bool:
    """Whether ``toks[k]`` may open a subject right after a time phrase with no comma: a
    personal pronoun or a capitalised word ("Two days later [Trump] said")."""
    if k >= len(toks) or not toks[k].group("word"):
        return False
    return _word(toks[k]) in SUBJECT_AFTER_CLAUSE or toks[k].group()[0].isupper()


def _skip_date(toks: list[re.Match[str]], i: int) -> int:
    """Index of the first token from ``i`` that is no month, weekday or day number, nor
    a part of the day after one (data/day_parts.txt): "In March [the group] said", "On
    Sept. 27 [they] published", "On Sunday morning [Mr. Trump] made"."""
    start = i
    while i < len(toks) and (
        toks[i].group().rstrip(".").casefold() in CALENDAR_NAMES or toks[i].group().isdigit()
    ):
        i += 1
    if start < i < len(toks) and toks[i].group() in load_set("day_parts"):
        i += 1
    return i


def _skip_openers(toks: list[re.Match[str]], i: int) -> int:
    """Index of the first token from ``i`` that is neither punctuation nor a sentence opener."""
    while i < len(toks) and (toks[i].group("punct") or _word(toks[i]) in SENTENCE_OPENERS):
        i += 1
    return i


def _opens_clause(tok: re.Match[str], after: str) -> bool:
    """A word that opens an introductory clause or phrase: "When", "In", "Walking",
    "Ultimately,", "Chastened by" (``after``: the characters that follow the word)."""
    word = tok.group()
    if _word(tok) in _clause_openers():
        return True
    if not word[0].isupper() or len(word) <= 5:
        return False
    return (
        (word.endswith("ing") and not NAME_IN_ING_AFTER.match(after))
        or (
            word.endswith("ly")
            and (after[:1] == "," or ADVERB_PHRASE_AFTER.match(after) is not None)
        )
        or (word.endswith("ed") and PARTICIPLE_PHRASE_AFTER.match(after) is not None)  # no name
    )


# What follows a capitalised adverb in -ly that opens a phrase, not a name: a participle
# in -ing or a preposition ("Hastily politicizing the tragedy ...", "Shortly after the
# announcement,"); a name goes on with its verb ("Schlafly replied").
ADVERB_PHRASE_AFTER = re.compile(
    r"[ \t\u00a0](?:[a-z]{2,}ing|after|before|afterward|afterwards|for|in|on|at|with|from"
    r"|during)\b"
)
# What follows a capitalised participle in -ed that opens a phrase: its agent or a
# preposition ("Chastened by", "Combined with overall good prospects", "Based in").
PARTICIPLE_PHRASE_AFTER = re.compile(r"[ \t\u00a0](?:by|with|in|as)\b")


# What follows a capitalised word in -ing that is a name, not a participle: a comma or a
# verb of its own ("[Schilling], a former pitcher,", "[Schilling] appeared on ...").
NAME_IN_ING_AFTER = re.compile(r",|\s(?:[a-z]{2,}ed|is|was|has|had|said|says|will|would)\b")
