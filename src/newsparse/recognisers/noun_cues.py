"""Nominal cues: a possessive, a reporting noun and its complement.

PolNeAR annotates the possessor as the source and the noun (with its
preposition) as the cue: "[his] claim that [the vote was rigged]", "[their] attacks
on [Clinton]"; an infinitive keeps its "to" ("[Cruz’s] refusal [to disavow the
endorsement]", nouns of ``data/infinitive_nouns.txt``). The nouns are data
(``data/noun_cues.txt``); the content runs to the end of its clause.

The nouns are found first (one scan that skips to the characters before words),
then the possessor is read back from each over a bounded window.

Examples (source and content in brackets)::

    [his] view that [the deal was dead]
    [Cruz’s] refusal [to disavow the endorsement]
    [their] criticism of [Trump]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..article import Attribution
from ..document import Document, Span
from ..lexicon import (
    alternation,
    load_list,
    load_set,
    matches_at,
    opening_positions,
    trie_alternation,
    word_openings,
)
from ..patterns import THIRD_PERSON_POSSESSIVES
from .content_bounds import trim_end
from .speakers import source_before


def _noun_body() -> str:
    """The nouns with their preposition and an opening "that", after the character
    before them (see :func:`_noun_pattern`)."""
    nouns = trie_alternation(sorted(set(load_list("noun_cues")) | load_set("that_nouns")))
    return rf"""(?P<cue>{nouns}
            (?:[ ](?:of|on|for|to|against|toward|towards))?   # attacks on / refusal to
        )
        (?=[ ](?P<that>that[ ])?)
        """


@cache
def _noun_pattern() -> re.Pattern[str]:
    """The nouns with their preposition and an opening "that", each after a character
    that is no letter or digit (a space most often, a quotation mark or a line break).

    It is tried only where a noun's first word stands (:func:`_noun_scan_starts`). The
    space and "that" after the cue are looked ahead at, not taken: the space before a
    noun that follows ("his claim that claims ...") stays free for the next match. A
    noun that opens the text has no character before it: :func:`_noun_at_start` looks
    for it.
    """
    return re.compile(r"[^\w]" + _noun_body(), re.VERBOSE)


@cache
def _noun_at_start() -> re.Pattern[str]:
    """:func:`_noun_pattern` for a noun at offset 0, matched there alone (an alternative
    "^" in the scan would cost the engine its skip over letters)."""
    return re.compile(_noun_body(), re.VERBOSE)


@cache
def _noun_openings() -> tuple[str, ...]:
    """The words every noun of :func:`_noun_body` opens with."""
    return word_openings(set(load_list("noun_cues")) | load_set("that_nouns"))


def _noun_scan_starts(doc: Document) -> list[int]:
    """Where the matches of :func:`_noun_pattern` may start, on the character before one
    of :func:`_noun_openings` (kept per document: str.find reads the text once per
    opening, where the scan tried the nouns after every space of every paragraph)."""
    return [at - 1 for at in opening_positions(doc.text, _noun_openings()) if at > 0]


def _noun_matches(doc: Document, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of :func:`_noun_pattern` in ``doc.text[start:end]``, and at offset 0
    the match of :func:`_noun_at_start`, in text order."""
    text = doc.text
    if start == 0:
        first = _noun_at_start().match(text, 0, end)
        if first is not None:
            yield first
            start = first.end()
    yield from matches_at(_noun_pattern(), doc.derived(_noun_scan_starts), text, start, end)


# The possessor right before a noun, up to two adjectives between:
# "his " / "Cruz’s " / "their stern ".
POSSESSOR = re.compile(
    r"""
    (?<![\w'’])
    (?!(?:There|Here|It|That|What|Who|Where|He|She)['’]s\b)   # "There's rumors": is, no owner
    (?P<source>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w.-]{1,30}['’]s)
    [ ](?:[a-z]{3,20}[ ]){0,2}
    \Z
    """,
    re.VERBOSE,
)
# Characters read back from a noun for its possessor.
POSSESSOR_WINDOW = 80
# A new clause after a nominal content: a dash set off by spaces, or "and", "but", "as"
# or "while" before a subject pronoun or a possessive.
CLAUSE_BREAK = r"\s[—–-]{1,2}\s|\s(?:and|but|as|while)\s(?:his|her|their|he|she|they)\b"
# Where a nominal content ends: punctuation that closes its clause, a quotation mark, or
# a new clause. (A period ends it only as its sentence's end: "U.S." and "$1.1 billion"
# do not.)
CONTENT_END = re.compile(rf"[,;:!?()“”\"]|{CLAUSE_BREAK}")
# Where the content of a noun of ``data/noun_cues.txt`` ends: the same, but a quotation
# mark inside it ends nothing, the words quoted are the content's ("accusation that
# [Clinton is playing the “woman’s card”]"); only one that closes a quotation opened
# before the content does (:func:`_quotation_closed`).
NOUN_CONTENT_END = re.compile(rf"[,;:!?()]|{CLAUSE_BREAK}")
# Where the noun phrase after a preposition ends ("attacks on [Curiel] stand out"):
# an auxiliary, a preposition or a conjunction after it. "of", "to" and a relative
# clause go on inside the phrase: "attacks on [the role of money] in politics",
# "attacks on [her willingness to accept Wall Street donations]", "critique of [an
# economic system that favors the rich]".
NP_END = re.compile(
    r"""\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must
        |does|did|and|but|or|as|in|at|on|for|with|from|by|while
        |because|after|before|during|since|than|last|this|over|into)\b""",
    re.VERBOSE,
)
# A noun phrase after "to" ("opposition to [the bill]"), not a verb ("refusal to
# [disavow]").
NOUN_AFTER_TO = re.compile(r"(?:the|a|an|his|her|their|its|our|this|these|those)\s|[$\d]")
# What opens the subject of a clause after "that" (a relative "that" is followed by its
# verb: "claims that were made"): a pronoun, a determiner, a name or a number.
CLAUSE_SUBJECT = re.compile(
    r"""(?:he|she|they|it|we|I|you|there|the|a|an|his|her|their|its|our|this|these|those
        |some|many|most|no)\b|[A-Z0-9$]""",
    re.VERBOSE,
)
# What may stand before a possessor that opens its sentence's subject: nothing, a quote
# mark, "The" ("The DNC's decision"), a conjunction ("But his refusal").
SUBJECT_OPENING = re.compile(r"[\s“\"‘']*(?:(?:And|But|Yet|So|Still|The)\s)?")


# What follows a verb in -ed rather than an adjective ("[helped] Republicans", not
# "undocumented people"): a name, a determiner or an object pronoun ("taxes designed to
# smooth out" is a participle).
VERB_OBJECT_OPENERS = r"[A-Z]|(?:the|a|an|his|her|their|its|him|them|it|us|me)\b"


# A subject pronoun or a relative word right before a verb: the verb is a clause's own
# inside the phrase ("to say what [it] is doing", "to hire people [who] had ...").
OWN_SUBJECT_BEFORE = re.compile(r"\b(?:I|you|he|she|it|we|they|who|which|that|what)\Z")


@cache
def _main_verb() -> re.Pattern[str]:
    """The verb of the sentence after an infinitive's phrase: an auxiliary, a verb in -ed
    with its object (:data:`VERB_OBJECT_OPENERS`) or a past form of
    data/irregular_pasts.txt, right after a word of the phrase ("to tackle the housing
    problem [made]", "to bury the debates on weekends [helped]")."""
    pasts = alternation(load_set("irregular_pasts"), boundary=False)
    return re.compile(
        rf"(?<=\w)\s(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should"
        rf"|must|did|does|{pasts}|[a-z]{{3,}}ed(?=\s(?:{VERB_OBJECT_OPENERS})))\b(?=\s)"
    )


# How far before the possessive its verb of data/carried_stance_verbs.txt is looked for.
CARRIER_REACH = 24


@cache
def _carrier_verb() -> re.Pattern[str]:
    """A verb of data/carried_stance_verbs.txt, with its particle, and a space that end
    the text before a possessive pronoun: "stepped up ", "continued "."""
    verbs = alternation(load_set("carried_stance_verbs"))
    return re.compile(rf"{verbs}\s\Z")


def _carrier_subject(doc: Document, lo: int, owner: Span) -> Span:
    """The subject of a verb that carries on its own stance right before the possessive
    ``owner`` ("[He] has stepped up his attacks on", "[Trump] continued his attacks
    against"); ``owner`` when no such verb or no subject stands before it."""
    verb = _carrier_verb().search(doc.text, max(lo, owner.start - CARRIER_REACH), owner.start)
    if verb is None or verb.start() <= lo:
        return owner
    return source_before(doc, lo, verb.start()) or owner


# Longest nominal content, in characters.
MAX_CONTENT = 200


def nominal_content_end(text: str, start: int, hi: int) -> int:
    """Where a nominal content that starts at ``start`` ends, by ``hi``: at the first
    :data:`CONTENT_END`, or :data:`MAX_CONTENT` characters on ("supporter of [Roe v.
    Wade], which ...", "threw her support behind [Sen. Ted Cruz]; ...")."""
    limit = min(hi, start + MAX_CONTENT)
    end = CONTENT_END.search(text, start, limit)
    return end.start() if end is not None else limit


# The quotation marks a nominal content is read over: a curly one opens or closes, a
# straight one opens after a space or a bracket and closes after a word or a mark.
QUOTATION_MARK = re.compile(r"[“”\"]")
OPENING_QUOTATION_MARK = "“"
CLOSING_QUOTATION_MARK = "”"
OPENS_AFTER = " \t\n\u00a0(["


def _quotation_closed(text: str, start: int, end: int) -> int:
    """Where a quotation opened before ``start`` closes between ``start`` and ``end`` (its
    closing mark), or ``end``: "the perception that [a trade war is possible]." ends at
    the mark that closes the quotation the noun stands in; "the “woman’s card”" is a
    quotation of the content's own."""
    curly = 0  # curly quotations opened inside the content and still open
    straight = False  # a straight one opened inside the content and still open
    for mark in QUOTATION_MARK.finditer(text, start, end):
        i = mark.start()
        if text[i] == OPENING_QUOTATION_MARK:
            curly += 1
        elif text[i] == CLOSING_QUOTATION_MARK:
            if curly == 0:
                return i
            curly -= 1
        elif straight:
            straight = False
        elif i == start or text[i - 1] in OPENS_AFTER:
            straight = True
        else:
            return i
    return end


def find_noun_attributions(doc: Document, para: Span) -> list[Attribution]:
    """The nominal cues of a paragraph with their possessor and complement."""
    text = doc.text
    out: list[Attribution] = []
    # (the character before the paragraph may be the one before its first noun)
    for m in _noun_matches(doc, max(0, para.start - 1), para.end):
        # the noun stands between a character that is no letter and a space: a whole word
        cue = m.group("cue")
        # the complement starts after the space the pattern looked at, with its "that"
        that = m.group("that") is not None
        start = m.start("that") if that else m.end() + 1  # "claim [that he is ...]"
        if " " not in cue and not that and text[start : start + 3] != "to ":
            continue  # "his view was ...": the noun needs its complement
        stated = (
            that
            and cue in load_set("that_nouns")
            and CLAUSE_SUBJECT.match(text, m.end("that")) is not None
        )
        if not stated and cue.split(" ", 1)[0] not in load_set("noun_cues"):
            continue  # "their concerns to the fringes": this noun reports only a clause
        noun = m.start("cue")
        owner = POSSESSOR.search(text, max(para.start, noun - POSSESSOR_WINDOW), noun)
        if owner is None and not stated:
            continue  # "complaints that he is ...": a clause states it, nobody named
        sentence = doc.sentence_at(start)
        sentence_end = sentence.end if sentence is not None else para.end
        limit = min(para.end, sentence_end, start + MAX_CONTENT)
        end_m = NOUN_CONTENT_END.search(text, start, limit)
        end = _quotation_closed(text, start, end_m.start() if end_m is not None else limit)
        if " " in cue and (not cue.endswith(" to") or NOUN_AFTER_TO.match(text, start)):
            # "attacks on Curiel stand out": the noun phrase only.
            np_end = NP_END.search(text, start, end)
            if np_end is not None:
                end = np_end.start()
        if (
            owner is not None
            and not that
            and cue.endswith(" to")
            and not NOUN_AFTER_TO.match(text, start)
            and SUBJECT_OPENING.fullmatch(
                text, sentence.start if sentence else para.start, owner.start("source")
            )
        ):
            # "[His] refusal to [tackle the housing problem] made the Great Recession
            # longer": the noun phrase opens its sentence, whose own verb ends the
            # infinitive's phrase
            verb = _main_verb().search(text, start, end)
            while verb is not None and OWN_SUBJECT_BEFORE.search(text, start, verb.start()):
                # "refusal to [say what it is doing]": the verb of a clause inside
                verb = _main_verb().search(text, verb.end(), end)
            if verb is not None:
                end = verb.start()
        end = trim_end(doc, start, end)
        if end - start < 3:
            continue
        cue_end = m.end("cue")
        if (
            cue.endswith(" to")
            and cue[:-3] in load_set("infinitive_nouns")
            and not NOUN_AFTER_TO.match(text, start)
        ):
            # "[his] decision [to bury the debates]": the infinitive with its "to" is the
            # content, the noun alone the cue (not "opposition to [the bill]")
            cue_end -= 3
            start = cue_end + 1
        source = None if owner is None else Span(owner.start("source"), owner.end("source"))
        if (
            source is not None
            and text[source.start : source.end].casefold() in THIRD_PERSON_POSSESSIVES
        ):
            # "He has stepped up [his] attacks on": the subject of the verb that carries
            # the stance on is the source
            source = _carrier_subject(doc, sentence.start if sentence else para.start, source)
        out.append(
            Attribution(
                source,
                Span(m.start("cue"), cue_end),
                Span(start, end),
                False,
                rule="noun",
            )
        )
    return out
