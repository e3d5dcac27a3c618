"""Stances received: a subject that draws criticism or wins support from others.

PolNeAR annotates "[The proposal] has drawn harsh criticism from {fellow GOP
hopefuls}" with the ones after "from" as the source, the verb and its noun as the
cue and the subject, the thing criticised or supported, as the content. The verbs
(``data/received_stance_verbs.txt``) and the nouns
(``data/received_stance_nouns.txt``) are data.

The nouns are found first, each with the preposition that names the source (one
scan), then the verb is read back from each over a bounded window, the subject
before the verb and the source after the preposition.

A subject that faces criticism or questions about something it did reports what
is criticised or questioned, by nobody named unless "from" names someone after it
(``data/faced_stance_verbs.txt``, ``data/faced_stance_nouns.txt``).

A subject that throws or lends its support to someone is the source, the one
supported the content (``data/support_giving_verbs.txt``).

Support that a possessive holds among a group, with no verb, is received from that
group: "[Clinton's] deep support among {black voters}".

Examples (content in brackets, source in braces)::

    [The proposal] has drawn harsh criticism from {fellow GOP presidential hopefuls}
    [Rubio] has won overwhelming support from {members of Congress}
    [Mr. Cruz] won the endorsement of {Bob Vander Plaats}
    [Clinton] has strong support among {African-American voters}
    Cruz faced criticism for [unreported loans to his 2012 Senate campaign]
    despite facing criticism for [the move] from {Hillary Clinton and Donald Trump}
    {Carly Fiorina} threw her support behind [Sen. Ted Cruz]
    [her] broad support among {the party's power brokers}
"""

from __future__ import annotations

import re
from functools import cache

from ..article import Attribution
from ..document import Document, Span
from ..lexicon import load_set, matches_at, opening_positions, trie_alternation, word_openings
from .content_bounds import trim_end
from .noun_cues import nominal_content_end
from .speakers import source_after, source_before


@cache
def _noun_pattern() -> re.Pattern[str]:
    """A noun of ``data/received_stance_nouns.txt`` and the preposition after it that
    names the ones who take the stance: "criticism from", "support among", "the
    endorsement of"."""
    nouns = trie_alternation(load_set("received_stance_nouns"))
    return re.compile(rf"(?P<noun>{nouns})[ ](?P<prep>from|among|by|of)[ ](?=\S)")


@cache
def _noun_openings() -> tuple[str, ...]:
    """The words every match of :func:`_noun_pattern` opens with."""
    return word_openings(load_set("received_stance_nouns"))


def _noun_starts(doc: Document) -> list[int]:
    """Where the matches of :func:`_noun_pattern` may start (kept per document)."""
    return opening_positions(doc.text, _noun_openings())


@cache
def _verb_before() -> re.Pattern[str]:
    """A verb of ``data/received_stance_verbs.txt`` and up to three modifiers right
    before the noun: "has drawn harsh ", "won the ", "enjoy the strongest ". A
    modifier is no preposition, conjunction or negation: "picked up on the criticism
    of" and "has no support from" receive nothing."""
    verbs = trie_alternation(load_set("received_stance_verbs"))
    return re.compile(
        rf"""
        (?<![\w'’-])(?P<verb>{verbs})
        (?P<mods>(?:[ ](?!(?:on|to|for|with|in|at|and|or|but|no|not|never|any)\b)
            [a-z][\w-]{{0,20}}){{0,3}})
        [ ]\Z
        """,
        re.VERBOSE,
    )


@cache
def _faced_pattern() -> re.Pattern[str]:
    """A noun of ``data/faced_stance_nouns.txt`` and the preposition that opens what
    the criticism or the questions are about: "criticism for", "questions about"."""
    nouns = trie_alternation(load_set("faced_stance_nouns"))
    return re.compile(rf"(?P<noun>{nouns})[ ](?:for|over|about|on)[ ](?=\S)")


@cache
def _faced_openings() -> tuple[str, ...]:
    """The words every match of :func:`_faced_pattern` opens with."""
    return word_openings(load_set("faced_stance_nouns"))


def _faced_starts(doc: Document) -> list[int]:
    """Where the matches of :func:`_faced_pattern` may start (kept per document)."""
    return opening_positions(doc.text, _faced_openings())


@cache
def _faced_verb_before() -> re.Pattern[str]:
    """A verb of ``data/faced_stance_verbs.txt`` and up to two modifiers right before
    the noun: "faced ", "has fielded sharp ", "endured relentless "."""
    verbs = trie_alternation(load_set("faced_stance_verbs"))
    return re.compile(
        rf"""
        (?<![\w'’-])(?P<verb>{verbs})
        (?:[ ](?!(?:on|to|for|with|in|at|and|or|but|no|not|never|any)\b)[a-z][\w-]{{0,20}}){{0,2}}
        [ ]\Z
        """,
        re.VERBOSE,
    )


# Characters that join a word to the one before it: "non-support", "Cruz’s".
WORD_JOINERS = "'’-"


def sentence_in(doc: Document, para: Span, at: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``at``, inside the paragraph ``para``."""
    sentence = doc.sentence_at(at)
    if sentence is None:
        return para.start, para.end
    return max(para.start, sentence.start), min(para.end, sentence.end)


def inside_word(text: str, start: int) -> bool:
    """Whether a match at ``start`` continues a word (the boundary before a noun is
    tested here, not by a look-behind in its pattern: a pattern that opens on its
    nouns lets the regex engine skip to their first letters)."""
    before = text[start - 1 : start]
    return bool(before) and (before.isalnum() or before == "_" or before in WORD_JOINERS)


# Support given: "support behind" / "support to", read back for its verb and the
# subject's possessive ("threw her ", "has thrown his ", "is lending his strong ").
SUPPORT_GIVEN = re.compile(r"support[ ](?:behind|to)[ ](?=\S)")


def _support_starts(doc: Document) -> list[int]:
    """Where the matches of SUPPORT_GIVEN may start (kept per document)."""
    return opening_positions(doc.text, ("support",))


@cache
def _giver_before() -> re.Pattern[str]:
    verbs = trie_alternation(load_set("support_giving_verbs"))
    return re.compile(
        rf"(?<![\w'’-])(?P<verb>{verbs})[ ](?:their|his|her|its)[ ](?:[a-z]{{2,20}}[ ])?\Z"
    )


# Where the thing criticised ends when the critics follow it: "criticism for [the
# move] from White House hopefuls".
FROM_AFTER = re.compile(r"[ ]from[ ]")
# What makes the stance one hoped for or feared, not received: "to win support
# from", "may face opposition from", "might have faced criticism for", "has not earned
# any backing from".
PROSPECTIVE_BEFORE = re.compile(
    r"(?:\b(?:to|not|never|could|would|will|may|might|can|should|must|cannot)|n['’]t)"
    r"[ ](?:have[ ]|be[ ])?\Z"
)
# A share of a poll as the source: "has support from 52 percent of Democratic
# voters" tells a poll's figure, no stance of anyone named.
POLL_SHARE = re.compile(r"\d|\bpercent\b|%")
# Where the source after the preposition ends when the name reader runs on: a
# relative clause or a phrase of its own ("from {Sheriff Joe Arpaio} who is known
# ...", "from {some of the club's homeowners} to his plan", "{the conservative
# movement} behind her", "from {some sectors} in that it provides ...").
SOURCE_END = re.compile(r"[ ](?:who|whom|which|that|to|behind|for|over|after|when|as|in)[ ]")
# Characters read back from a noun for its verb.
VERB_WINDOW = 70


def find_received_attributions(doc: Document, para: Span) -> list[Attribution]:
    """The stances received in a paragraph: subject as content, the ones who take the
    stance as source."""
    text = doc.text
    out: list[Attribution] = []
    starts = doc.derived(_noun_starts)
    for m in matches_at(_noun_pattern(), starts, text, para.start, para.end):
        if inside_word(text, m.start()):
            continue
        noun = m.start("noun")
        verb = _verb_before().search(text, max(para.start, noun - VERB_WINDOW), noun)
        if verb is None:
            out.extend(_held(doc, para, m))
            continue
        mods = verb.group("mods")
        if m.group("prep") == "of" and mods.split(" ", 2)[1:2] != ["the"]:
            continue  # "criticism of his plan" names what is criticised
        if PROSPECTIVE_BEFORE.search(text, max(para.start, verb.start() - 17), verb.start()):
            continue
        lo, hi = sentence_in(doc, para, noun)
        source = source_after(doc, m.end(), hi)
        if source is not None:
            cut = SOURCE_END.search(text, source.start, source.end)
            if cut is not None:
                source = Span(source.start, cut.start())
        if source is None or POLL_SHARE.search(text, source.start, source.end):
            continue
        subject = source_before(doc, lo, verb.start())
        if subject is None:
            continue
        subject = _whole_subject(doc, lo, subject)
        out.append(
            Attribution(source, Span(verb.start(), m.end("noun")), subject, False, rule="received")
        )
    return out + _faced(doc, para) + _given(doc, para)


# A possessive and up to two modifiers (a figure among them) right before a noun of
# support: "her broad ", "Clinton's deep ", "His 34% ". "It's" and the like are no
# owner.
HOLDER_BEFORE = re.compile(
    r"""
    (?<![\w'’])
    (?!(?:There|Here|It|That|What|Who|Where|He|She)['’]s\b)
    (?P<holder>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w.-]{1,30}['’]s?)
    [ ](?P<mods>(?:(?:\d[\d.]*%|[a-z]{3,20})[ ]){0,2})
    \Z
    """,
    re.VERBOSE,
)
# Characters read back from a noun for its possessive.
HOLDER_WINDOW = 50
# Where a group after "among" ends when the source reader runs on into the sentence's
# verb: a verb in -s after a plural ("among {black voters} gives her", "among
# {millennials} still lags").
GROUP_VERB = re.compile(r"(?<=s)[ ](?:(?:still|now|also)[ ])?[a-z]{2,}s\b")


def _held(doc: Document, para: Span, m: re.Match[str]) -> list[Attribution]:
    """The support a possessive holds among a group (``m``, a noun of
    ``data/received_stance_nouns.txt`` before "among"): the possessive as content, the
    group as source, the noun with its modifiers as cue ("[her] broad support among {the
    party's power brokers}", "[Clinton's] deep support among {black voters}")."""
    if m.group("prep") != "among":
        return []
    text = doc.text
    noun = m.start("noun")
    holder = HOLDER_BEFORE.search(text, max(para.start, noun - HOLDER_WINDOW), noun)
    if holder is None:
        return []
    hi = sentence_in(doc, para, noun)[1]
    source = source_after(doc, m.end(), hi)
    for group_end in (SOURCE_END, GROUP_VERB):
        cut = None if source is None else group_end.search(text, source.start, source.end)
        if source is not None and cut is not None:
            source = Span(source.start, cut.start())
    if source is None or POLL_SHARE.search(text, source.start, source.end):
        return []
    cue = Span(holder.start("mods") if holder.group("mods") else noun, m.end("noun"))
    content = Span(holder.start("holder"), holder.end("holder"))
    return [Attribution(source, cue, content, False, rule="received")]


def _given(doc: Document, para: Span) -> list[Attribution]:
    """The support a subject of the paragraph throws or lends to someone: the subject as
    source, the one supported as content."""
    text = doc.text
    out: list[Attribution] = []
    for m in matches_at(SUPPORT_GIVEN, doc.derived(_support_starts), text, para.start, para.end):
        if inside_word(text, m.start()):
            continue
        verb = _giver_before().search(text, max(para.start, m.start() - 40), m.start())
        if verb is None or PROSPECTIVE_BEFORE.search(
            text, max(para.start, verb.start() - 17), verb.start()
        ):
            continue  # "will throw his support behind": foreseen
        start = m.end()
        lo, hi = sentence_in(doc, para, start)
        end = trim_end(doc, start, nominal_content_end(text, start, hi))
        source = source_before(doc, lo, verb.start())
        if source is None or end - start < 2:
            continue
        cue = Span(verb.start(), m.end() - 1)
        out.append(Attribution(source, cue, Span(start, end), False, rule="given"))
    return out


# A preposition that joins a noun phrase to the one before it: "[Merkel’s selection as
# Time’s person of the year]", "[comments on ... relations with Russia]".
PHRASE_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’-])(?:as|with|on|to|for|about|over|of)[ ]\Z")


def _whole_subject(doc: Document, lo: int, subject: Span) -> Span:
    """``subject`` with the noun phrases it ends (two at most): the source reader stops
    at a preposition ("Time’s person of the year"), where a subject goes on back to its
    head ("Merkel’s selection as Time’s person of the year")."""
    for _ in range(2):
        prep = PHRASE_PREPOSITION_BEFORE.search(doc.text, max(lo, subject.start - 6), subject.start)
        if prep is None:
            break
        head = source_before(doc, lo, prep.start())
        if head is None or head.end != prep.start() - 1:
            break
        subject = Span(head.start, subject.end)
    return subject


def _faced(doc: Document, para: Span) -> list[Attribution]:
    """What a subject of the paragraph faces criticism or questions for: the thing
    criticised as content, the critics after "from" as source, if named."""
    text = doc.text
    out: list[Attribution] = []
    starts = doc.derived(_faced_starts)
    for m in matches_at(_faced_pattern(), starts, text, para.start, para.end):
        if inside_word(text, m.start()):
            continue
        noun = m.start("noun")
        verb = _faced_verb_before().search(text, max(para.start, noun - VERB_WINDOW), noun)
        if verb is None or PROSPECTIVE_BEFORE.search(
            text, max(para.start, verb.start() - 17), verb.start()
        ):
            continue
        start = m.end()
        hi = sentence_in(doc, para, start)[1]
        end = nominal_content_end(text, start, hi)
        source = None
        critics = FROM_AFTER.search(text, start, end)
        if critics is not None:
            source = source_after(doc, critics.end(), hi)
            end = critics.start()
        end = trim_end(doc, start, end)
        if end - start < 3:
            continue
        out.append(
            Attribution(
                source, Span(verb.start(), m.end("noun")), Span(start, end), False, rule="faced"
            )
        )
    return out
