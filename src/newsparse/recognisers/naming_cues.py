"""Passive naming: the thing a naming participle follows is named, it says nothing.

"called", "dubbed", "termed" report speech when someone does the naming ("Trump called
the deal “a disaster”", "what he called “a cartel”"). Set off by a comma, after a form
of "be" or right after the noun of a thing, the participle is passive and the phrase
before it is no source (source in brackets, none when no "by" follows)::

    Hawk Sawyer visited the city's Hoa Lo prison, dubbed the “Hanoi Hilton” by
    [American servicemen].
    He’d fallen in love with an electric script called “Wild Rose”.   (no source)
    The patient was diagnosed with what's called “feather duvet lung”.  (no source)
"""

from __future__ import annotations

import re

from ..article import Attribution
from ..document import Document, Span
from ..lexicon import load_set
from .frames import complement_in
from .mentions import classify

# A form of "be" (or "what's") right before the participle, two adverbs at most between:
# "will informally be dubbed", "it’s instead been dubbed", "what's called", "is called".
BE_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being)|[’']s)"
    r"(?:[ ](?:[a-z]+ly|also|now|often|sometimes|once|instead|today|later|still|been)){0,2}[ ]\Z"
)
# A comma and nothing else between the named thing and the participle: "prison, dubbed".
COMMA_GAP = re.compile(r",[ ]?\Z")
# The named thing as a noun phrase that a clause's verb or a preposition took: "in love
# with [an electric script] called", or one opening on "a"/"an": "[an Expert class of
# LEGO Star Wars sets] called". Its last word is a lower-case noun.
NAMED_OBJECT = re.compile(
    r"""
    (?:\A(?=[Aa]n?[ ])                              # an Expert class of ... sets
     | [ ](?:with|of|in|on|for|to|from|into|about|at|like)[ ]
       (?=(?:a|an|the|this|that|its|his|her|their|our)[ ])  # ... with an electric ... script
    )(?P<thing>[^,;:“”"]*[ ][a-z][\w-]+)\Z
    """,
    re.VERBOSE,
)
# Where the thing named opens in a longer phrase before a passive participle: "what"
# ending it ("diagnosed with [what's] called"), else the first determiner with no comma
# after it ("combinations through [an application], named").
WHAT_END = re.compile(r"\bwhat(?:['’]s)?\Z")
DETERMINER_PHRASE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)[ ][^,;:“”\"]*\Z"
)
# The most characters of a source read for the named thing (a source is a phrase).
MAX_NAMED_CHARS = 120
# Pronouns and quantifiers that close a source and do the naming: "what he called",
# "the Times and the Post each called".
NAMER_WORDS = frozenset(
    {"he", "she", "they", "we", "i", "you", "it", "who", "each", "both", "all", "others"}
)
# A quotation (or "the"/"a" and one) right after the participle: the name.
NAME_AFTER = re.compile(r"[ ](?:the[ ]|a[ ]|an[ ])?(?P<name>[“\"‘'][^“”\"\n]{1,120}?[”\"’'])")
# "by" and who gave the name, up to a comma, a clause mark, a participle or a
# preposition: "by [American servicemen] held there during the war", "by [the
# citizens]", at most six words.
BY_AGENT = re.compile(
    r"""
    ,?[ ]by[ ]
    (?P<agent>[\w’'.&-]+(?:[ ](?![a-z]+(?:ed|ing)\b|(?:in|at|on|during|for|from|with|since|after|before|when|who|which|that|and|but)\b)[\w’'.&-]+){0,5})
    """,
    re.VERBOSE,
)


# What follows a cue of ``data/bare_name_cues.txt`` when it calls a person or names a
# thing only: an object pronoun, or capitalised words with an honorific ("Mr.", "Sen.")
# first at most ("Naghmeh Abedini", "Mr. Obama", "Democracy Alliance").
BARE_NAME = re.compile(
    r"[ ](?:(?:him|her|them|me|us)\b|(?:[A-Z][a-z]{1,4}\.[ ])?[A-Z][\w’'-]*(?:[ ][A-Z][\w’'.-]*){0,3})"
)
# An infinitive of purpose after the name: "called Sanders [to congratulate him]".
PURPOSE = re.compile(r"[ ]to[ ][a-z]")


def names_only(doc: Document, a: Attribution, sent: Span) -> bool:
    """Whether ``a``, an attribution in the sentence ``sent``, has a cue of
    ``data/bare_name_cues.txt`` whose object, up to the end of the sentence, is a bare name
    or an object pronoun, with a time or an infinitive of purpose after it at most: "Mr.
    Obama called [Naghmeh Abedini].", "she called [Sanders to congratulate him]", "a
    dinner ... called [Democracy Alliance]." A telephone call or a thing's name states
    nothing; naming in speech describes its object ("called him divisive", "called Mr.
    Trump “a liar”"). A relative pronoun before the cue is its object ("which critics
    called Obamacare"), so the content there starts before the cue."""
    text = doc.text
    cue = a.cue_span
    if a.content_span.start < cue.end or text[cue.start : cue.end].casefold() not in load_set(
        "bare_name_cues"
    ):
        return False
    name = BARE_NAME.match(text, cue.end, sent.end)
    if name is None:
        return False
    tail = text[name.end() : sent.end]
    return PURPOSE.match(tail) is not None or not complement_in(tail)


def _agent_end(text: str, start: int, end: int) -> int:
    """Where an agent ends: before an irregular participle ("servicemen [held] there")
    or a period that closes the sentence ("by American servicemen.")."""
    participles = load_set("irregular_participles")
    pos = start
    for word in text[start:end].split(" "):
        if pos > start and word in participles:
            return pos - 1
        pos += len(word) + 1
    last = text[start:end].rsplit(" ", 1)[-1]
    if last.endswith(".") and "." not in last[:-1]:
        return end - 1  # "by American servicemen." ("U.S." keeps its own period)
    return end


def _passive(doc: Document, a: Attribution, source: Span) -> int | None:
    """Where the thing named starts when the naming participle of ``a`` is passive, its
    printed source (or the noun phrase ending it) the thing named; None when it is not."""
    text = doc.text
    gap_start = source.end
    window = text[max(0, a.cue_span.start - 40) : a.cue_span.start]
    printed = text[source.start : source.end]
    if BE_BEFORE.search(window):
        return _thing_start(printed, source)  # "will informally be dubbed", "what's called"
    gap = text[gap_start : a.cue_span.start]
    if COMMA_GAP.fullmatch(gap) and "," not in printed:
        return _thing_start(printed, source)  # "the city's Hoa Lo prison, dubbed" (not
        # "Bay Buchanan, a ..., called")
    if gap.strip() or printed.rsplit(None, 1)[-1].casefold() in NAMER_WORDS:
        return None
    tail = max(0, len(printed) - MAX_NAMED_CHARS)
    named = NAMED_OBJECT.search(printed[tail:])
    # "A UAW spokesman called “premature” ...": a person names
    if named is None or classify(printed, {}).kind in ("person", "anonymous"):
        return None
    return source.start + tail + named.start("thing")


def _thing_start(printed: str, source: Span) -> int:
    """Where the thing named opens in the printed source ``printed`` of ``source``."""
    tail = max(0, len(printed) - MAX_NAMED_CHARS)
    m = WHAT_END.search(printed, tail) or DETERMINER_PHRASE.search(printed, tail)
    return source.start + (m.start() if m is not None else 0)


def unname_named_things(doc: Document, found: list[Attribution]) -> None:
    """Give the attributions whose cue is a passive naming participle followed by a
    quotation the source after "by" (or none) in place of the thing named."""
    participles = load_set("naming_participles")
    text = doc.text
    for a in found:
        source = a.source_span
        if source is None or source.end > a.cue_span.start:
            continue
        if text[a.cue_span.start : a.cue_span.end].casefold() not in participles:
            continue  # most cues: no naming participle, one set test
        name = NAME_AFTER.match(text, a.cue_span.end)
        if name is None or a.content_span.start > name.start("name"):
            continue  # "called for ...", "called it “A”": the name is no quotation after it
        named = _passive(doc, a, source)
        if named is None:
            continue
        by = BY_AGENT.match(text, name.end())
        a.source_span = None
        if by is not None:
            start = by.start("agent")
            a.source_span = Span(start, _agent_end(text, start, by.end("agent")))
        if a.source_span is not None:
            # "dubbed the “Hanoi Hilton” by [American servicemen]": the name is the content
            a.content_span = Span(name.start("name"), name.end())
        else:
            # "[a regular series] called [“Quick Question”] in which ...": with no one
            # naming, the thing named and its name are the content, as PolNeAR marks it
            a.content_span = Span(named, name.end())
