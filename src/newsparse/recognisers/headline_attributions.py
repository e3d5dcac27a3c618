"""Attributions in a headline, whatever its case.

A headline puts its source before the cue, after the content or before a colon
(content in brackets)::

    Pence Blames [Media For The Flap]
    [Her fate hinges on Obama], analyst says
    Clinton camp: [Trump's rhetoric threatens security]
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from ..article import Attribution
from ..document import Document, Span
from ..layout import abbreviations
from ..lexicon import alternation, load_list, load_set, load_table
from ..patterns import CLOSING_QUOTES, OPENING_QUOTES, PERSONAL_SUBJECTS, WORD, WORD_BEFORE
from .content_bounds import (
    CLOSING_LEMMAS,
    SUBORDINATORS,
    at_least,
    object_end,
    trim_end,
    trim_start,
)
from .cues import (
    LISTENER_LEMMAS,
    PHRASE_LEMMA,
    SAY_LEMMAS,
    Cue,
    cue_lemma,
    cue_lexicon,
    find_cues_in,
)
from .headline import is_section_label
from .places import find_area, find_city
from .speakers import AUXILIARIES
from .speakers import OPENING_PREPOSITIONS as PHRASE_PREPOSITIONS

# The cues that close a headline after its source ("..., Qatar says", "..., study finds",
# "..., poll shows").
HEADLINE_CLOSING_LEMMAS = CLOSING_LEMMAS | {"find", "show"}


# Most words of a source in a headline ("Trevor Noah Says", "Campaign for Trump says").
HEADLINE_SOURCE_WORDS = 6


# Where a headline's clauses part: "Some Democrats will skip it; But expert says ...".
HEADLINE_CLAUSE = re.compile(r"[^;\n]+")


# A word that opens a subordinate clause inside a headline, before the clause's subject:
# "Shares slump as Musk warns ...", "Stocks rise after Fed says ...".
HEADLINE_SUBORDINATOR = re.compile(
    r"\b(?:as|after|when|while|because|since|before|amid|despite|once)\s"
)


# A clause of its own that ends a headline's content: "vows [to stop the boats] as
# crossings rise", "[attacking critics] as scrutiny heats up" ("praises Clinton as 'work
# horse'" and "after the 2008 crisis" go on); in title case too "While", "Because", "Amid"
# and "Despite" ("Defends [Trump] Amid Military-Related Controversies"), not "As" or
# "When", which as often go on in the content ("To Enter U.S. As Refugees").
HEADLINE_CONTENT_END = re.compile(
    r"\s(?:as(?!\s(?:a|an|the|his|her|its|their)\b|\s['‘\"“])|when"
    r"|[wW]hile|[bB]ecause|[aA]mid|[dD]espite)\s"
)


# Where a clause of its own may open inside a headline's content: a capitalised "And" or
# "But" ("[Its ‘Person Of The Year’] And One Thing Was Immediately Obvious", "[A Muslim
# Registry], But He Fully Supported One"), or the end of a sentence before a capital ("[A
# Judge]. Is This Obama’s Last One?"); not "As", which as often goes on in the content
# ("Seeks [More Muslim Refugees As He Recognizes Major Islamic Holiday]").
TITLE_CLAUSE_OPENING = re.compile(
    r",?[ ](?P<conjunction>And|But)[ ]|(?<=[a-z]{2})(?P<end>[.?!])[ ](?=[A-Z‘“'\"])"
)


# Most words a title-case clause's subject and adverbs take before its verb: "And [One
# Thing] Was", "But [He Fully] Supported".
TITLE_CLAUSE_WORDS = 4


# How far after "And" or "But" those words are read, in characters.
TITLE_CLAUSE_REACH = 80


# A pronoun and the "’s" of "is" or "has" after it: "And [He’s] Willing To Bet".
PRONOUN_CONTRACTION = re.compile(r"(?:he|she|it|that|there)['’]s", re.IGNORECASE)


def _title_clause_start(doc: Document, content: Span) -> int | None:
    """Where a clause of its own opens inside a headline's content: an end of sentence
    after a word that is no abbreviation ("Gov. Hears" goes on), or "And" or "But" and a
    verb among the few words after it, an auxiliary or a form in -s or -ed after the
    subject's first word ("Slams [Hillary And The Media In One Debate Answer]" goes on),
    not after a pronoun ("Announces [Plans He And Trump Have Made ...]")."""
    opened = closed = 0
    lo = content.start
    for m in TITLE_CLAUSE_OPENING.finditer(doc.text, content.start, content.end):
        # the quotation marks counted so far, each stretch read once
        opened += len(HEADLINE_QUOTE_OPEN.findall(doc.text, lo, m.start()))
        closed += len(HEADLINE_QUOTE_CLOSE.findall(doc.text, lo, m.start()))
        lo = max(lo, m.start())
        if m.start() <= content.start or opened > closed:
            continue  # "on ‘Meth. We’re on it.’": inside a quotation
        before = WORD_BEFORE.search(doc.text, max(content.start, m.start() - 30), m.start())
        if m.group("end") is not None:
            if before is not None and f"{before.group()}.".casefold() not in abbreviations():
                return m.start()
            continue
        if before is not None and before.group().casefold() in PERSONAL_SUBJECTS:
            continue  # "Plans [He And Trump] Have Made": two subjects joined
        reach = min(content.end, m.end() + TITLE_CLAUSE_REACH)
        words = WORD_TOKEN.findall(doc.text, m.end(), reach)[:TITLE_CLAUSE_WORDS]
        if words and PRONOUN_CONTRACTION.fullmatch(words[0]):
            return m.start()
        for word in words[1:]:
            folded = word.casefold()
            if folded in AUXILIARIES or VERB_ENDING.fullmatch(folded):
                return m.start()
    return None


# A quotation mark that opens quoted words in a headline, single ones too: "praises Clinton
# as 'work horse, not show horse'" (not the apostrophe of "Trump's").
HEADLINE_OPENING_QUOTE = re.compile(r"(?<!\w)['‘\"“]")


# A short lead and a colon: "Cruz: ...", "NY Daily News: ...", "The Latest: ...".
HEADLINE_COLON = re.compile(r"\s*[A-Z][^:;\n]{0,40}?(?P<colon>:)\s")


# A subordinator opening a clause after a headline's colon: "Fact-Check: [If] Obama Says
# It, It's True" names no source of its own.
HEADLINE_CONDITION = re.compile(r"(?:If|When|Whether|Why|How|What)\b", re.IGNORECASE)


def find_headline_attributions(doc: Document, headline: Span) -> list[Attribution]:
    """Attributions of a headline, whatever its case: "Clinton Says She Will Win",
    "Her fate hinges on Obama, analyst says"."""
    out: list[Attribution] = []
    for clause in HEADLINE_CLAUSE.finditer(doc.text, headline.start, headline.end):
        quoted = HEADLINE_QUOTE_SOURCE.fullmatch(doc.text, clause.start(), clause.end())
        speaker = _quoted_speaker(doc, quoted) if quoted is not None else None
        if quoted is not None and speaker is not None:
            # "‘We will not give up’: Zelensky": the quotation, then its speaker.
            out.append(
                Attribution(
                    speaker,
                    Span(*quoted.span("cue")),
                    Span(*quoted.span("content")),
                    False,
                    rule="headline",
                )
            )
            continue
        for part in _dash_parts(doc, clause.start(), clause.end()):
            out.extend(_headline_part(doc, part))
    return out


# A dash that parts two clauses of a headline, spaced or after a word, and the "and" or
# "but" that may open the second: "Federal Judge Just Gave Hillary Bad News – She’s Going
# To Hate It", "... During Her Campaign- And It Says A Lot", "Photo Surfaces — Some Say It
# Proves She Cheated" (not a hyphen inside a word: "Anti-Trump").
HEADLINE_DASH = re.compile(r"(?:[ ][–—-]|(?<=\w)[–—-])[ ](?:(?:and|but|And|But|AND|BUT)[ ])?")


# A mark that opens a quotation in a headline, and one that closes it (not the apostrophe
# of "Trump’s", which a letter follows).
HEADLINE_QUOTE_OPEN = re.compile(r"[‘“]|(?<!\w)[\"']")


HEADLINE_QUOTE_CLOSE = re.compile(r"”|[’'\"](?!\w)")


def _dash_parts(doc: Document, start: int, end: int) -> list[Span]:
    """The parts of a headline's clause between its dashes, but for a dash inside a
    quotation ("‘... Vote for Hillary Clinton – Not Indicted, Yet!’"), one after a cue
    ("Our Research Shows – A Mix of ..."), and one before words in lower case, which go
    on in the clause ("endorses Cruz - but also has praise for ...")."""
    parts: list[Span] = []
    lo = start
    forms = cue_lexicon().forms
    for m in HEADLINE_DASH.finditer(doc.text, start, end):
        opened = len(HEADLINE_QUOTE_OPEN.findall(doc.text, lo, m.start()))
        closed = len(HEADLINE_QUOTE_CLOSE.findall(doc.text, lo, m.start()))
        before = WORD_BEFORE.search(doc.text, max(lo, m.start() - 30), m.start())
        if (
            opened > closed
            or (before is not None and before.group().casefold() in forms)
            or doc.text[m.end() : m.end() + 1].islower()
        ):
            continue
        parts.append(Span(lo, m.start()))
        lo = m.end()
    parts.append(Span(lo, end))
    return [p for p in parts if len(p) > 0]


def _headline_part(doc: Document, part: Span) -> list[Attribution]:
    """The attributions of one part of a headline's clause: a colon's lead or tail, or
    the clause itself, and a second statement of its subject."""
    found: list[Attribution] = []
    last_colon = doc.text.rfind(":", part.start, part.end)
    colon = HEADLINE_COLON.match(doc.text, part.start, part.end)
    if last_colon > part.start and _source_tail(doc, last_colon + 1, part.end):
        # "KRG calls on Baghdad to pay salaries: spokesperson": the colon gives the
        # headline's source, which tells no statement of its own (the body does).
        a = _headline_clause(doc, Span(part.start, last_colon))
    elif (addressed := _speaker_on_topic(doc, part)) is not None:
        # "Browns player on Mason Rudolph's role in fight: He asked for it", "Clinton to
        # Planned Parenthood: Trump will reverse Roe v. Wade": the speaker, then what or
        # whom the words after the colon are about
        a = addressed
    elif colon is not None and (
        _is_label(doc.text[colon.start() : colon.start("colon")])
        or (
            _labels_story(doc.text[colon.start() : colon.start("colon")].strip())
            and doc.text[colon.end() : colon.end() + 1] not in OPENING_QUOTES
        )
    ):
        # "Germany: Scholz loses confidence vote": a place or section labels the
        # story ("Iran: “US must leave”" quotes it).
        # "The Latest: Sanders wins Minnesota": a label, then a clause of its own.
        a = _headline_clause(doc, Span(colon.end(), part.end))
    elif colon is not None:
        after = _headline_clause(doc, Span(colon.end(), part.end))
        if (
            after is not None
            and after.source_span is not None
            and cue_lemma(doc, after) in HEADLINE_CLOSING_LEMMAS
            and not any(c in OPENING_QUOTES for c in doc.text_of(after.source_span))
            and not HEADLINE_CONDITION.match(doc.text, after.source_span.start)
        ):
            # "Brexit: PM says ‘we will leave on time’", "Coronavirus: Lockdown to be
            # eased, says minister": the words before the colon give the topic, the
            # clause after it says who speaks
            a = after
        else:
            a = _headline_colon(doc, colon, part.end)
            if a is None and NOT_A_SPEAKER_LEAD.search(
                doc.text, colon.start(), colon.start("colon")
            ):
                # "FIX IS IN: PBS Moderators Ignore Clinton Scandals", "Ah, friends once
                # more: Ted Cruz endorses Trump": a lead that is a clause or a phrase of
                # its own, then a clause with its own source
                a = after
    else:
        a = _headline_clause(doc, Span(part.start, part.end))
    if a is not None:
        if a.source_span is not None:
            _adverbs_into_cue(doc, a)
            a.source_span = _without_ticker(doc, a.source_span)
        found.append(a)
        relative = _relative_clause(doc, a)
        if relative is not None:
            # "Hacker who revealed [private Clinton email address] admits to other
            # intrusions": the relative clause ends where the main verb goes on
            a.content_span, main = relative
            if main is not None:
                found.append(main)
        split = _second_predicate(doc, a)
        if split is not None:
            # "Netanyahu rejects Hamas demands, vows to continue war": two statements
            first, second = split
            a.content_span = first
            found.append(second)
    for b in found:
        _preposition_into_cue(doc, b)
    return found


# A relative pronoun that closes a headline's source: the cue stands in a clause on the
# headline's subject ("Hacker [who] revealed ...", "Trump tweet [that] blasts ...").
HEADLINE_RELATIVE = re.compile(r"(?<=\w)[ ](?:who|that)\Z", re.IGNORECASE)


def _relative_clause(doc: Document, a: Attribution) -> tuple[Span, Attribution | None] | None:
    """The content of a cue in a relative clause on a headline's subject, up to the
    headline's main verb (:func:`_main_verb_at`), and the statement of that verb when it
    is a cue, the words before the pronoun its source: "Hacker who revealed [private
    Clinton email address] admits to other intrusions", "Hollywood Actor Who Endorsed
    [Ted Cruz]" and "[Hollywood Actor] [Just Called] [Hillary 3 Word Name ...]"; None when
    the source ends on no pronoun or no main verb follows."""
    source = a.source_span
    if source is None or source.end > a.cue_span.start:
        return None
    relative = HEADLINE_RELATIVE.search(doc.text, source.start, source.end)
    if relative is None:
        return None
    words = list(WORD_TOKEN.finditer(doc.text, a.content_span.start, a.content_span.end))
    for i in range(1, len(words)):
        verb = _main_verb_at(words, i)
        if verb is None:
            continue
        first = _trimmed(doc, a.content_span.start, words[i].start())
        if first is None or len(first) < 3:
            return None  # "who wants [to] ban ...": no content before it
        subject = _trimmed(doc, source.start, relative.start())
        content = _trimmed(doc, verb.end, a.content_span.end)
        if not verb.reports or subject is None or content is None:
            return first, None
        cue = Span(words[i].start(), verb.end)
        return first, Attribution(subject, cue, content, False, rule="headline")
    return None


class _MainVerb(NamedTuple):
    """Where a headline's main verb ends, and whether it is a cue."""

    end: int
    reports: bool


def _main_verb_at(words: list[re.Match[str]], i: int) -> _MainVerb | None:
    """The main verb of a headline that opens at ``words[i]`` after a relative clause:
    a cue form of the lexicon or of data/headline_cue_verbs.tsv, an adverb of
    data/headline_cue_adverbs.txt before one ("Just Called"), or a form in -s in lower
    case after a capitalised word ("Clinton includes"), no cue."""
    folded = words[i].group().casefold()
    adverbs = load_set("headline_cue_adverbs")
    at = i + 1 if folded in adverbs and i + 1 < len(words) else i
    form = words[at].group().casefold()
    if form in cue_lexicon().forms or form in _headline_verbs():
        return _MainVerb(words[at].end(), True)
    previous = words[i - 1].group()
    if (
        at == i
        and form == words[i].group()
        and previous[:1].isupper()
        and LOWER_S_FORM.fullmatch(form)
    ):
        return _MainVerb(words[i].end(), False)
    return None


# A verb in -s in lower case, not a word in -ss, -us, -is or -ews ("address", "news").
LOWER_S_FORM = re.compile(r"[a-z]{2,}(?<![sui])(?<!ew)s")


# A preposition that opens a headline's content right after a verb's cue, in either case,
# and belongs to the cue: "calls [for] bringing back surveillance", "Calls [On] Obama To
# Resign", "Worries [About] South China Sea Row", "apologizes [for] Trump comments"; not
# one before a figure or a sum ("About 200").
@cache
def _headline_cue_preposition() -> re.Pattern[str]:
    """A preposition of data/headline_cue_prepositions.txt that opens a headline's content
    right after a verb's cue and belongs to the cue, not before a figure or a sum."""
    prepositions = alternation(load_list("headline_cue_prepositions"), boundary=False)
    return re.compile(rf"{prepositions}[ ](?![\d$£€])(?=\S)", re.IGNORECASE)


@cache
def closing_cue_preposition() -> re.Pattern[str]:
    """A preposition of data/headline_cue_prepositions.txt that closes a cue taken from a
    title line ("Rubio [Calls For]", "Worries [About]"), in lower case: the cue read
    without it is the verb's form."""
    prepositions = alternation(load_list("headline_cue_prepositions"), boundary=False)
    return re.compile(rf"[ ]{prepositions}\Z")


def _preposition_into_cue(doc: Document, a: Attribution) -> None:
    """Move the preposition (:func:`_headline_cue_preposition`) that opens a headline's content into its
    cue, a verb of the lexicon or of data/headline_cue_verbs.tsv other than "say" ("Trump
    [calls for] [bringing back ...]", as the body reads "called for [more troops]"); a
    colon ("Clinton: On trade, ...") and "says" ("Says [On Trump ...]") keep it."""
    cue, content = a.cue_span, a.content_span
    if cue.end > content.start or doc.text[cue.end : content.start] != " ":
        return  # "..., says Zelensky": the content before its cue
    form = doc.text_of(cue).casefold()
    last = form.rsplit(" ", 1)[-1]  # "Just Responded", "Is Now Calling"
    forms = cue_lexicon().forms
    lemma = next((forms[f][0] for f in (form, last) if f in forms), _headline_verbs().get(last))
    if not lemma or lemma in SAY_LEMMAS:
        return
    m = _headline_cue_preposition().match(doc.text, content.start, content.end)
    rest = _trimmed(doc, m.end(), content.end) if m is not None else None
    if m is None or rest is None or len(rest) < 3:
        return
    a.cue_span = Span(cue.start, m.end() - 1)
    a.content_span = rest


# A headline's speaker, then the topic or the people spoken to, then a colon: "[Browns
# player] on Mason Rudolph's role in fight with Myles Garrett:", "[Obama] on Climate
# Change:", "[Clinton] to Planned Parenthood:" ("to" only in lower case and before a
# name: "Trump To Visit Mexico:" tells a plan).
SPEAKER_ON_TOPIC = re.compile(
    r"\s*(?P<speaker>[A-Z][\w.'’&-]*(?:[ ][\w.'’&-]+){0,3}?)"
    r"[ ](?:on|On|to(?=[ ][A-Z]))[ ][^:;\n]{1,90}?(?P<colon>:)[ ]"
)


def _speaker_on_topic(doc: Document, part: Span) -> Attribution | None:
    """The statement of a :data:`SPEAKER_ON_TOPIC` headline: the speaker before "on" or
    "to", the colon, the words after it, which quote no one ("CNN President On Trump: ‘We
    Do Not Pay ...’" keeps its lead whole as before); not a lead an article opens ("The
    Guardian view on Hong Kong:", "A Curious Plan to Fight ...:") nor one that is a clause
    of its own."""
    m = SPEAKER_ON_TOPIC.match(doc.text, part.start, part.end)
    if m is None:
        return None
    speaker = _trimmed(doc, *m.span("speaker"))
    content = _trimmed(doc, m.end(), part.end)
    if speaker is None or content is None or ARTICLE_OPENING.match(doc.text, speaker.start):
        return None
    if doc.text[content.start] in OPENING_QUOTES:
        return None  # a quotation after the colon is read as before, the lead whole
    lead = doc.text[speaker.start : speaker.end]
    if NOT_A_SPEAKER_LEAD.search(lead) or not _names_a_speaker(lead) or _is_label(lead):
        return None
    if lead.casefold().split()[-1] in cue_lexicon().forms or _topic_tail(doc, content):
        return None  # "Trump Says on Twitter: ...", "Obama on Climate: The Road Ahead"
    cue = Span(*m.span("colon"))
    return Attribution(speaker, cue, content, False, rule="headline")


def _adverbs_into_cue(doc: Document, a: Attribution) -> None:
    """Move the adverbs and auxiliaries that close a headline's source right before its
    cue (data/headline_cue_adverbs.txt) into the cue: "Trump Just [Slammed]" -> "Trump"
    "Just Slammed", "Donald Trump Is Now [Calling]" -> "Donald Trump" "Is Now Calling";
    the source keeps its first word ("Just [Said]" stays)."""
    source = a.source_span
    if source is None or source.end > a.cue_span.start:
        return
    if doc.text[source.end : a.cue_span.start].strip():
        return  # "‘...,’ says Zelensky" or a mark between the source and its cue
    words = list(WORD_TOKEN.finditer(doc.text, source.start, source.end))
    adverbs = load_set("headline_cue_adverbs")
    cut = len(words)
    while cut > 1 and words[cut - 1].group().casefold() in adverbs:
        cut -= 1
    if cut == len(words):
        return
    a.source_span = Span(source.start, words[cut - 1].end())
    a.cue_span = Span(words[cut].start(), a.cue_span.end)


# A word of a headline's source, with its inner apostrophes and hyphens ("Trump’s").
WORD_TOKEN = re.compile(r"[\w’'.<>/&-]+")


# A stock symbol in angle brackets after a company's name in a wire headline ("UTILICORP
# <UCU> SEES ...", "CONT'L ILLINOIS<CIL> ..."): no word of the name.
TICKER_END = re.compile(r"[ ]?<[A-Z0-9.]{1,10}>\Z")


def _without_ticker(doc: Document, source: Span) -> Span:
    """A headline's source less the stock symbol that closes it: "UTILICORP <UCU>" ->
    "UTILICORP"."""
    m = TICKER_END.search(doc.text, source.start, source.end)
    if m is None or m.start() <= source.start:
        return source
    return Span(source.start, m.start())


# A second verb of a headline's subject after a comma or "and", in either case: ", vows to
# continue war", ", Calls Trump’s Putin Remarks ‘Troubling’", "and praises Trump"; the
# comma may close a quotation ("declares ‘revolution,’ ignores losses").
HEADLINE_SECOND_VERB = re.compile(
    r"(?:,(?P<mark>[’'\"”])?|[ ](?:and|And|AND))[ ](?P<verb>[A-Za-z][a-z]{2,}s)[ ](?=\S)"
)


def _second_predicate(doc: Document, a: Attribution) -> tuple[Span, Attribution] | None:
    """A headline's second statement of the same source, when the content of the first
    holds a comma or "and" and a cue of the present tense ("..., vows to ...", "..., warns
    of ...", "... and praises ..."), which the second content follows: the first content
    up to the comma or "and", and the second statement."""
    if a.source_span is None or a.source_span.start > a.cue_span.start:
        return None  # "..., says Zelensky" names its source after the cue
    m = HEADLINE_SECOND_VERB.search(doc.text, a.content_span.start, a.content_span.end)
    if m is None:
        return None
    verb = m.group("verb").casefold()
    if verb not in cue_lexicon().forms and verb not in _headline_verbs():
        return None
    lemma = cue_lemma(doc, a) or _headline_verbs().get(doc.text_of(a.cue_span).casefold(), "")
    objects = cue_lexicon().objects
    if doc.text[m.start()] != "," and lemma not in objects and lemma not in _headline_verb_lemmas():
        return None  # "says inflation eases and hopes fade": "and" inside a clause
    opened = len(HEADLINE_QUOTE_OPEN.findall(doc.text, a.content_span.start, m.end()))
    closed = len(HEADLINE_QUOTE_CLOSE.findall(doc.text, a.content_span.start, m.end()))
    if opened != closed:
        return None  # a comma inside a quotation ("says ‘we lost, blames media’")
    content = _trimmed(doc, m.end(), a.content_span.end)
    # the first content keeps the quotation the comma closes ("declares [‘revolution,’]")
    first_end = m.end("mark") if m.group("mark") is not None else m.start()
    first = _trimmed(doc, a.content_span.start, first_end)
    if content is None or first is None or len(first) < 3:
        return None
    cue = Span(m.start("verb"), m.end("verb"))
    return first, Attribution(a.source_span, cue, content, False, rule="headline")


# A name in a headline: capitalised words and the particles inside names ("Fed Chair
# Powell", "Ministry of Defence").
HEADLINE_NAME = r"[A-Z][\w.'’-]*(?:[ \t\u00a0](?:[A-Z][\w.'’-]*|of|the|de|al)){0,5}"


# A headline that is a quotation, then its speaker after a colon or a dash: "‘We will
# not give up’: Zelensky", "“Enough is enough” – Macron". The speaker is a name of at
# most five words, capitalised but for particles ("Ministry of Defence").
HEADLINE_QUOTE_SOURCE = re.compile(
    rf"""
    \s*(?P<content>[‘“'"].{{2,300}}?[’”'"])      # the quotation, its marks included
    [ \t\u00a0]{{0,2}}(?P<cue>[:\-–—])[ \t\u00a0]{{1,3}}
    (?P<source>{HEADLINE_NAME}
      |(?P<lower>[a-z][\w'’-]*(?:[ ][a-z][\w'’-]*){{0,2}}?)(?=[ \t\u00a0][a-z]))  # survivors say
    (?:[ \t\u00a0](?P<verb>[a-z]+)\b[^\n]*)?   # "... – Zelensky vows defiance": a cue
    [ \t\u00a0.]*
    """,
    re.VERBOSE,
)


def _quoted_speaker(doc: Document, m: re.Match[str]) -> Span | None:
    """The speaker of a :data:`HEADLINE_QUOTE_SOURCE` match that is a statement: two
    words quoted at least ("‘Heroes’: Ukraine ..." labels a story), and any word after
    the name a cue ("– Zelensky vows defiance"); a speaker in lower case runs up to its
    cue ("– local residents say ...")."""
    if not at_least(doc.text, m.start("content"), m.end("content"), 2):
        return None
    forms = cue_lexicon().forms
    if m.group("lower") is None:
        verb = m.group("verb")
        if verb is not None and verb not in forms:
            return None
        return _title_case_name(doc, Span(*m.span("source")))
    words = list(LOWER_WORD.finditer(doc.text, m.start("lower"), m.end()))
    for i, word in enumerate(words[1 : MAX_LOWER_SPEAKER_WORDS + 1], 1):
        if word.group() in forms:
            # "‘It was a massacre’: survivors say": the words before the cue
            return Span(words[0].start(), words[i - 1].end())
    return None


def _title_case_name(doc: Document, name: Span) -> Span:
    """A headline's speaker without the words a title-case headline capitalises after
    it: "Mamata Banerjee [After Clashes In Kolkata]", "Zelensky [Says ...]"."""
    words = list(WORD.finditer(doc.text, name.start, name.end))
    forms = cue_lexicon().forms
    for word in words[1:]:
        folded = word.group().casefold()
        if folded in TITLE_CASE_STOPS or folded in SUBORDINATORS or folded in forms:
            return Span(name.start, trim_end(doc, name.start, word.start()))
    return name


# Prepositions that a title-case headline capitalises after a speaker's name.
TITLE_CASE_STOPS = PHRASE_PREPOSITIONS | {"over", "against", "ahead", "following", "to"}


# Most words of a speaker in lower case after a headline's quotation ("local residents").
MAX_LOWER_SPEAKER_WORDS = 3


LOWER_WORD = re.compile(r"[a-z][\w'’-]*")


# Most words of a source that closes a headline after a colon ("...: Defense Ministry").
HEADLINE_SOURCE_TAIL_WORDS = 4


# The words of such a tail (letters, dots, hyphens, apostrophes; no sentence marks).
SOURCE_TAIL = re.compile(r"[\w.'’ -]+")


def _source_tail(doc: Document, start: int, end: int) -> bool:
    """Whether a headline's words after its colon name a source and say nothing:
    "...: Defense Ministry", "...: spokesperson", "...: officials"."""
    tail = doc.text[start:end].strip().rstrip(".")
    words = tail.split()
    if not words or len(words) > HEADLINE_SOURCE_TAIL_WORDS or not SOURCE_TAIL.fullmatch(tail):
        return False
    last = words[-1].casefold()
    return any(last in load_set(name) for name in SOURCE_TAIL_LISTS)


# The word lists whose words end a source ("ministry", "spokesperson", "officials").
SOURCE_TAIL_LISTS = ("titles", "organisation_words", "source_openers", "document_words")


def _labels_story(lead: str) -> bool:
    """Whether the words before a headline's colon are a section or a place that label
    the story ("Germany: ...", "Pune: Civic body to ...")."""
    return is_section_label(lead) or find_city(lead) is not None or find_area(lead) is not None


def _is_label(lead: str) -> bool:
    """Whether the words before a headline's colon are a label ("The Latest", "WATCH") or
    name a topic ("Syria war", "US election 2024"), not a speaker."""
    words = lead.casefold().split()
    if not words:
        return False
    if " ".join(words) in load_set("headline_labels"):
        return True
    if len(words) > MAX_TOPIC_WORDS:
        return False  # "Trump Addresses Munich Attack: ‘...’": a clause, not a topic
    return words[-1] in load_set("headline_topics") or YEAR.fullmatch(words[-1]) is not None


# Most words of a topic before a headline's colon ("COP29 climate summit").
MAX_TOPIC_WORDS = 3


# A year that closes a headline's lead: "US election 2024", "Campaign 2016".
YEAR = re.compile(r"(?:19|20)\d\d")


# A comma or a verb of being or having in a headline's lead before its colon: the lead
# is a clause or a phrase of its own ("Bill is back:", "FIX IS IN:", "Ah, friends once
# more:", "The One Thing Both Sides Want:"), not a speaker.
NOT_A_SPEAKER_LEAD = re.compile(r",|\b(?:is|are|was|were|has|have|had|wants?)\b", re.IGNORECASE)


def _headline_colon(doc: Document, colon: re.Match[str], end: int) -> Attribution | None:
    """The colon of a short lead is the cue: "Clinton camp: Trump threatens security"."""
    source = _trimmed(doc, colon.start(), colon.start("colon"))
    content = _trimmed(doc, colon.end(), end)
    if source is None or content is None:
        return None
    if NOT_A_SPEAKER_LEAD.search(doc.text, source.start, source.end):
        return None  # "Bill is back: ...", "On Trade, Angry Voters Have Point: ..."
    if doc.text[content.start] not in OPENING_QUOTES and not _names_a_speaker(
        doc.text[source.start : source.end]
    ):
        # "Snooze cruise: ...", "Dear Abby: ...": a topic or a column ("A lesson from
        # Loretta Lynch: 'Be the voice ...'" quotes its speaker's words)
        return None
    if _topic_tail(doc, content):
        return None  # "Netanyahu and Obama: A tortured relationship": a title, no statement
    cue = Span(colon.start("colon"), colon.end("colon"))
    return Attribution(source, cue, content, False, rule="headline")


# An article that opens a colon's tail: "Clinton: [The] Road Ahead".
ARTICLE_OPENING = re.compile(r"(?:A|An|The|THE|AN)\s")


# A word of a tail that may be its finite verb: an auxiliary, a past of
# data/irregular_pasts.txt or a cue form (read apart), or a form in -s other than -ss,
# -us, -is, a negation ("won't"), or one in -ed, not right after the article ("A tortured
# relationship").
VERB_ENDING = re.compile(r"[a-z]{2,}(?<![su]s)(?<!ou)s|[a-z]+n['’]t|[a-z]{2,}ed")


def _topic_tail(doc: Document, content: Span) -> bool:
    """Whether a colon's tail names a topic, not a statement: an article opens it or a
    question mark closes it, and no verb follows ("The Ninth Circle: The Hellish View from
    Inside the Beltway", "Breitbart News Daily: A World at War", "Ted Cruz: Constitutional
    conservative or another typical career politician?"; "Musk: The future looks bright"
    and "A ‘Seismic Shift’ Among Voters May Have Won Cruz The Caucus" state, and so do
    quoted words: "Reid: 'Is that all there is?'")."""
    article = ARTICLE_OPENING.match(doc.text, content.start) is not None
    question = doc.text.startswith("?", content.end) and not HEADLINE_OPENING_QUOTE.search(
        doc.text, content.start, content.end
    )
    if not article and not question:
        return False
    words = [w.casefold() for w in WORD_TOKEN.findall(doc.text, content.start, content.end)]
    pasts = load_set("irregular_pasts")
    first = 1 if article else 0
    for i, word in enumerate(words[first:], first):
        if word in AUXILIARIES or word in pasts or word in cue_lexicon().forms:
            return False
        verb = VERB_ENDING.fullmatch(word)
        if verb is not None and (i > 1 or not article or not word.endswith("ed")):
            return False
    return True


# Words in lower case that a name holds ("Ministry of Defence", "Clinton to Planned
# Parenthood", "Russia and Syria", "Former AG Mukasey at RNC").
NAME_PARTICLES = frozenset({"of", "the", "and", "to", "for", "at", "de", "al", "van", "von", "on"})


# The word lists whose words end a speaker named by a common noun ("Michigan
# officials", "Clinton camp", "Poll", "Newspaper") or a statement ("Democrats' new
# warning").
SPEAKER_TAIL_LISTS = (*SOURCE_TAIL_LISTS, "media_words", "group_nouns", "noun_cues")


def _names_a_speaker(lead: str) -> bool:
    """Whether a headline's words before its colon may name who speaks: capitalised
    words and the particles of names ("Russia and Syria", "Michigan Officials"), or
    words in lower case that end on a noun of a speaker ("Clinton camp"); not a topic
    in sentence case ("Snooze cruise", "Bubonic plague", "NASA's commercial moon
    shot") nor a letter's salutation ("Dear Abby")."""
    words = lead.split()
    if not words or words[0].casefold() in load_set("headline_label_openers"):
        return False
    if all(not w[:1].isalpha() or w[:1].isupper() or w in NAME_PARTICLES for w in words[1:]):
        return True
    last = words[-1].casefold()
    return any(last in load_set(name) for name in SPEAKER_TAIL_LISTS)


# Capitalised words alone before a headline's comma: "China, Brazil vow ...", "British,
# French ministers discuss ..." (the comma stands for "and").
HEADLINE_NAMES = re.compile(r"\s*(?P<first>[A-Z][\w'’.-]*)(?:[ ][A-Z][\w'’.-]*){0,2}")


def _names_before(doc: Document, start: int, comma: int) -> bool:
    """Whether ``text[start:comma]`` is names alone, not an opening phrase ("In Iowa")."""
    m = HEADLINE_NAMES.fullmatch(doc.text, start, comma)
    return m is not None and m.group("first").casefold() not in load_set("clause_openers")


# The subject of a headline in sentence case: its opening capitalised words, then a
# lower-case word ("[Fed] holds rates steady", "[Bank of England] keeps rates").
SENTENCE_CASE_SUBJECT = re.compile(
    r"\s*(?P<subject>[A-Z][\w.'’&+-]*(?:[ ](?:[A-Z][\w.'’&+-]*|of|the|for|and)){0,4})"
    r"(?<![ ]of)(?<![ ]the)(?<![ ]for)(?<![ ]and)[ ][a-z]"
)


# A word no statement ends with, closing a headline's content, an ellipsis after it or
# not: "pledges [not to]", "And She’ll Want [To…]" (a teaser cut short).
DANGLING_END = re.compile(r"\b(?:to|the|a|an|of|and|or|for|with)(?:…|\.{2,3})?\Z", re.IGNORECASE)


def _headline_clause(doc: Document, clause: Span) -> Attribution | None:
    """Source, cue, content of one headline clause: the first cue, if it has both."""
    text = doc.text[clause.start : clause.end]
    lowered = text.lower()
    if len(lowered) != len(text):
        return None  # a case change that moves offsets: leave it
    reading = _headline_reading(text, lowered)
    cues = sorted(
        [*find_cues_in(reading, Span(0, len(lowered))), *_headline_verb_cues(lowered)],
        key=lambda c: c.span.start,
    )
    cue = cues[0] if cues else None
    if cue is None or cue.kind == PHRASE_LEMMA or lowered.startswith(" by ", cue.span.end):
        return None  # "... RULING OPPOSED BY PANEL": a participle, its agent no subject
    last = cues[-1]
    if (
        last is not cue
        and last.lemma in HEADLINE_CLOSING_LEMMAS
        and not lowered[last.span.end :].strip(" .!?")
        and "," in lowered[cue.span.end : last.span.start]
    ):
        cue = last  # "Israel and Hamas agree to extend truce, Qatar says": the last cue
    base = clause.start
    cue_span = Span(base + cue.span.start, base + cue.span.end)
    if (
        lowered[cue.span.start : cue.span.end] in cue_lexicon().nouns
        and POSSESSIVE_END.search(lowered, max(0, cue.span.start - 4), cue.span.start)
        and not CLAUSE_AFTER_NOUN.match(lowered, cue.span.end)
    ):
        # "REAGAN'S HOPES OF REBOUND": a possessive makes the form a noun, which
        # reports only before its clause ("Clinton’s Claim That Donald Trump Is ...";
        # "MOODY'S CONFIRMS ..." names a company)
        return None
    comma = doc.text.rfind(",", base, cue_span.start)
    if (
        comma > base
        and doc.text[base] in OPENING_QUOTES
        and doc.text[comma + 1 : comma + 2] in CLOSING_QUOTES
        and cue.lemma in CLOSING_LEMMAS
    ):
        # "‘We had some issues,’ exec says on Disney+ glitches": the quotation, then the
        # source (the words after the cue give the topic)
        quotation = _trimmed(doc, base, comma + 2)
        speaker = _trimmed(doc, comma + 2, cue_span.start)
        if quotation is not None and speaker is not None:
            return Attribution(speaker, cue_span, quotation, False, rule="headline")
    after = _trimmed(doc, cue_span.end, clause.end)
    inverted = _inverted_source(doc, base, cue_span, after) if cue.lemma in CLOSING_LEMMAS else None
    content: Span | None
    source: Span | None
    if inverted is not None:
        # "‘We will not give up,’ says Zelensky": content, cue, then the source.
        content, source = inverted
    elif comma > base and (after is None or _listener_only(doc, cue, after)):
        if lowered.endswith("ed", 0, cue.span.end):
            return None  # "Quake shakes Chile, no damage reported": a passive, no speaker
        # "Her fate hinges on Obama, analyst says": content, source, cue; a quotation
        # mark closed after the comma ends the content ("Ted Cruz Is A ‘Natural Born
        # Citizen,’ Board Of Election Finds")
        closed = doc.text[comma + 1 : comma + 2] in CLOSING_QUOTES
        content = _trimmed(doc, base, comma + 2 if closed else comma)
        source = _trimmed(doc, comma + 2 if closed else comma + 1, cue_span.start)
    else:
        # "Pence blames media for the flap" / "China, Brazil vow to deepen ties" (a comma
        # for "and" after a name opening the headline).
        lead = max(base, comma + 1)
        if comma > base and _names_before(doc, base, comma):
            lead = base
        for m in HEADLINE_SUBORDINATOR.finditer(lowered, lead - base, cue.span.start):
            lead = base + m.end()  # "Tesla shares slump as [Musk] warns ...": the clause's subject
        source = _trimmed(doc, lead, cue_span.start)
        if source is None and comma > base:
            # "Fed holds rates steady, signals cuts may come": a second verb of the
            # headline's subject, the capitalised words that open it in sentence case.
            opening = SENTENCE_CASE_SUBJECT.match(doc.text, base, comma)
            if opening is not None:
                source = Span(*opening.span("subject"))
        if source is None and comma > base:
            # "Jeb Bush, helped by George, goes after Trump": a phrase set off between
            # the subject and its verb
            set_off = SET_OFF_SUBJECT.match(doc.text, base, cue_span.start)
            if set_off is not None:
                source = Span(*set_off.span("subject"))
        content = after
        if content is not None:
            own = HEADLINE_CONTENT_END.search(doc.text, content.start, content.end)
            if own is not None and own.start() > content.start:
                # "Sunak vows [to stop the boats] as crossings rise": a clause of its own
                content = _trimmed(doc, content.start, own.start())
            title_own = _title_clause_start(doc, content) if content is not None else None
            if content is not None and title_own is not None:
                # "Just Announced [Its ‘Person Of The Year’] And One Thing Was Immediately
                # Obvious": a clause of its own
                content = _trimmed(doc, content.start, title_own)
            occasion = (
                _occasion_start(doc, content)
                if content is not None and cue.kind == "speech"
                else None
            )
            if content is not None and occasion is not None:
                # "praises [Trump] at news conference", "mocks [Trump] on Twitter": where
                # the statement was made, its article dropped as headlines do (what one
                # expects or sees holds its place: "SEES [NO MAJOR DECISIONS AT ICO
                # MEETING]")
                content = _trimmed(doc, content.start, occasion)
            if (
                content is not None
                and (cue.lemma in cue_lexicon().objects or cue.lemma in _headline_verb_lemmas())
                and not HEADLINE_OPENING_QUOTE.search(doc.text, content.start, content.end)
            ):
                # "Indiana governor endorses [Cruz] - but also has praise ...", "Senator
                # Endorsed [Trump], The Establishment ...": an object cue's noun phrase,
                # read in lower case whatever the headline's case
                end = object_end(lowered, content.start - base, content.end - base)
                content = _trimmed(doc, content.start, base + end)
    if source is None or content is None or len(content) < 3:
        return None
    if DANGLING_END.search(doc.text, content.start, content.end):
        return None  # "... despite previous pledges not to": no statement, a dangling word
    if not 1 <= len(WORD.findall(doc.text, source.start, source.end)) <= HEADLINE_SOURCE_WORDS:
        return None
    if QUESTION_WORD_SOURCE.fullmatch(doc.text, source.start, source.end):
        return None  # "What I Learned Running a Food Bank": a title, no statement
    return Attribution(source, cue_span, content, False, rule="headline")


# A possessive right before a headline's cue form, which is then a noun.
POSSESSIVE_END = re.compile(r"\w(?:['’]s|s['’])[ ]\Z")


# The clause of such a noun: "claim that ...", "hopes to ...".
CLAUSE_AFTER_NOUN = re.compile(r"[ ](?:that|to)\b")


# A headline's "source" that is a question word and a pronoun: the headline is a title
# ("What I Learned ...", "How We Reported ..."; "Why Does Israel Refuse ..." reports).
QUESTION_WORD_SOURCE = re.compile(r"(?:What|How|Why|When|Where)\s(?:I|We|You|They)", re.IGNORECASE)


# What stands between a headline's content and a cue that opens its source: a comma, a
# closing quotation mark or both ("‘We will not give up,’ says Zelensky", "..., says UN").
INVERTED_GAP = re.compile(r"""[,’”'"]{1,3}\s{1,3}\Z""")


# The source after such a cue: a name or a short capitalised phrase, nothing after it.
INVERTED_SOURCE = re.compile(HEADLINE_NAME)


# A headline's subject, then a phrase set off by commas that a participle or "who" opens,
# right before the verb: "[Biden], stumping for Clinton, trashes Trump", "[Jeb Bush],
# helped by George, goes after Trump".
SET_OFF_SUBJECT = re.compile(
    rf"\s*(?P<subject>{HEADLINE_NAME}),[ ](?:[a-z]{{2,}}(?:ed|ing)|who)\b[^,;]{{0,60}},[ ]\Z"
)


@cache
def _occasion_tail() -> re.Pattern[str]:
    """Where a headline tells the occasion or the platform of a statement, with no article
    before its noun as headlines print it: "at news conference", "in Christmas ad", "In One
    Debate Answer" (data/occasion_nouns.txt), "on Twitter" (data/platforms.txt)."""
    occasions = sorted(load_set("occasion_nouns"), key=len, reverse=True)
    platforms = sorted((p for p in load_set("platforms") if len(p) > 1), key=len, reverse=True)
    return re.compile(
        rf"""[ ](?:at|in|during)[ ](?:[\w’'-]+[ ]){{0,2}}?(?:{"|".join(map(re.escape, occasions))})\b
        |[ ]on[ ](?:{"|".join(map(re.escape, platforms))})\b""",
        re.IGNORECASE | re.VERBOSE,
    )


def _occasion_start(doc: Document, content: Span) -> int | None:
    """Where an occasion or platform phrase (:func:`_occasion_tail`) ends a headline's
    content, with no quotation mark before it ("calls Obamacare [‘crazy system’ during
    campaign stop]" names what he called it there)."""
    m = _occasion_tail().search(doc.text, content.start, content.end)
    if m is None or m.start() <= content.start:
        return None
    if HEADLINE_QUOTE_OPEN.search(doc.text, content.start, m.start()):
        return None
    return m.start()


def _listener_only(doc: Document, cue: Cue, after: Span) -> bool:
    """Whether the words after a headline's cue are its listener alone: "..., Zelensky
    tells BBC", "..., tells reporters" (the content stands before the comma)."""
    if cue.lemma not in LISTENER_LEMMAS or cue.lemma not in SAY_LEMMAS:
        return False  # "tell" ("..., Launches Warning To White House" names no listener)
    if doc.text_of(after).casefold() in cue_lexicon().listeners:
        return True  # "..., Zelensky tells reporters"
    name = INVERTED_SOURCE.fullmatch(doc.text, after.start, after.end)
    return name is not None and len(WORD.findall(doc.text, after.start, after.end)) <= 4


def _inverted_source(
    doc: Document, base: int, cue: Span, after: Span | None
) -> tuple[Span, Span] | None:
    """Content and source of a headline whose source follows its cue (a form of "say",
    "add", "report" ...): "‘...,’ says Zelensky", "Rates will rise, says Fed Chair
    Powell", "‘We must act now,’ says climate envoy"; None for any other order ("Biden
    Aims Insult At Trump, Slams ...")."""
    if after is None or cue.start - base < 4:
        return None
    gap = INVERTED_GAP.search(doc.text, max(base, cue.start - 6), cue.start)
    if gap is None:
        return None
    name = INVERTED_SOURCE.fullmatch(doc.text, after.start, after.end)
    if name is None and not _source_tail(doc, after.start, after.end):
        return None  # a name ("says Zelensky") or a job ("says climate envoy")
    if len(WORD.findall(doc.text, after.start, after.end)) > HEADLINE_SOURCE_WORDS:
        return None
    # The content keeps its closing marks and drops the comma after them ("‘...’, says"),
    # not one inside them ("'...,' says").
    content = _trimmed(doc, base, gap.start() + len(gap.group().rstrip().rstrip(",")))
    return (content, after) if content is not None else None


def _trimmed(doc: Document, start: int, end: int) -> Span | None:
    """``[start, end)`` less outer spaces and punctuation, None when nothing is left."""
    start = trim_start(doc, start, end)
    end = trim_end(doc, start, end)
    return Span(start, end) if end > start else None


@cache
def _subject_gated_forms() -> frozenset[str]:
    """The first words of the forms that report only after a subject, which a headline
    read in lower case hides ("Chuck Grassley Compares ...", "Some Republicans promote
    ..."): data/likening_cues.txt and data/subject_only_cues.txt."""
    return frozenset(
        form.partition(" ")[0]
        for name in ("likening_cues", "subject_only_cues")
        for form in load_set(name)
    )


def _headline_reading(text: str, lowered: str) -> str:
    """A headline in lower case but for the capitalised word right before a form that
    reports only after a subject, a name's last word its subject needs ("chuck Grassley
    compares trump’s racism to ..."); a headline in capitals alone tells no names
    ("AMEX LISTS LANDMARK TECHNOLOGY" stays in lower case)."""
    if not any(c.islower() for c in text):
        return lowered
    gated = _subject_gated_forms()
    words = list(WORD_TOKEN.finditer(text))
    reading = lowered
    for before, word in pairwise(words):
        if word.group().casefold() in gated and before.group()[:1].isupper():
            reading = reading[: before.start()] + before.group() + reading[before.end() :]
    return reading


@cache
def _headline_verbs() -> dict[str, str]:
    """The forms of data/headline_cue_verbs.tsv and their lemmas: verbs a headline
    reports a stance with, its object the content ("champions", "demands", "ignores")."""
    return {row["form"].casefold(): row["lemma"] for row in load_table("headline_cue_verbs")}


@cache
def _headline_verb_lemmas() -> frozenset[str]:
    """The lemmas of data/headline_cue_verbs.tsv, all of them taking an object."""
    return frozenset(_headline_verbs().values())


# A word of a headline read in lower case, for the forms of data/headline_cue_verbs.tsv.
LOWER_TOKEN = re.compile(r"[\w’'-]+")


def _headline_verb_cues(lowered: str) -> list[Cue]:
    """The cues of a headline read in lower case that data/headline_cue_verbs.tsv holds:
    a form after a subject's word ("ivanka trump [champions] working moms"), not at the
    clause's start, not after a determiner, a possessive, a preposition or "to"
    (data/headline_noun_markers.txt: "their backs", "to ignore", "trump’s demands"), nor
    before an auxiliary ("tariff demands may expand"); a bare form only after a word in
    -s, a plural subject ("terrorists [mock] bids")."""
    verbs = _headline_verbs()
    out: list[Cue] = []
    for before, word in pairwise(LOWER_TOKEN.finditer(lowered)):
        lemma = verbs.get(word.group())
        if lemma is None:
            continue
        prev = before.group()
        if prev in load_set("headline_noun_markers") or prev.endswith(("’s", "'s")):
            continue
        if lowered[before.end() : word.start()] != " ":
            continue  # "revolution,’ ignores": a mark between them
        if not word.group().endswith("s") and not prev.endswith("s"):
            continue  # a bare form after a plural subject only
        after = LOWER_TOKEN.match(lowered, word.end() + 1)
        if after is not None and after.group() in AUXILIARIES:
            continue  # "beijing tariff demands may expand ...": a noun
        out.append(Cue(Span(word.start(), word.end()), lemma, "speech", False))
    return out
