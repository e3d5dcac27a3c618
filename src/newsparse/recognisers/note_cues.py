"""Notes sounded and judgements delivered: a subject that "sounded a ... note about"
someone or something, or "delivered a ... critique of" them.

PolNeAR annotates "[Pence] sounded a positive note about [Trump]" with the subject
as the source, the verb, the note and its preposition as the cue and the phrase
after the preposition as the content; a note "of" something is itself what is
expressed: "[he] sounded [a rare note of self-deprecation]". The verb forms are
data (``data/note_verbs.txt``); alone they are no cue ("the alarm sounded",
"sounds like a plan"), only before "a"/"an", at most two modifiers and "note".

" note " is found first (one substring scan), then the verb is read back over a
bounded window and the subject before it.

A judgement delivered is read the same way: a form of ``data/delivery_verbs.txt``, at
most a determiner and three modifiers, a noun of ``data/delivered_nouns.txt`` and a
preposition give the source before the verb and the content after the preposition
("[Trump] has delivered an impassioned defense of [“New York values”]"). With no
preposition nothing is read: what was said is elsewhere or nowhere ("delivered a
blunt message to Trump: ...", "delivered a message Sunday that resonates"). " deliver"
is found first, then the pattern is tried there.

Examples (source and content in brackets)::

    [Bill McInturff] sounded a cautious note about [the jobs report].
    but [he] sounded a nostalgic note for [what Mr. Bush represented].
    [he] sounded [a rare note of self-deprecation], saying, ...
    [Smith] delivered a critique of [Hillary Clinton's handling of Benghazi].
    [Rubio's top advisers] huddled ... to deliver a sober update about [his chances].
"""

from __future__ import annotations

import re
from functools import cache

from ..article import Attribution
from ..document import Document, Span
from ..lexicon import alternation, load_set, read_occurrences
from ..patterns import THIRD_PERSON_POSSESSIVES
from .content_bounds import trim_end
from .noun_cues import NP_END, nominal_content_end
from .received_cues import sentence_in
from .speakers import sentence_subject, source_before

# The noun, found by substring search before the patterns are tried.
NOTE = " note "
# The preposition after the note: what the note is about, or ("of") what it holds.
NOTE_PREPOSITION = re.compile(r"note[ ](?P<prep>about|for|on|of)[ ](?=\S)")


def _modifiers(most: int) -> str:
    """Up to ``most`` lower-case modifiers, each after a space, between an article and its
    noun. No negation or quantity: "not a single note"."""
    return rf"(?:[ ](?!(?:not|no|single)\b)[a-z][\w-]{{0,20}}){{0,{most}}}"


# Up to two modifiers between the article and the note: "a cautious", "a rare", "a
# more hopeful".
NOTE_MODIFIERS = _modifiers(2)
# The verb of a judgement delivered, found by substring search before its pattern.
DELIVER = " deliver"
# Up to three modifiers between the determiner and the noun of a judgement delivered:
# "an impassioned", "a seemingly heartfelt".
DELIVERED_MODIFIERS = _modifiers(3)
# The determiner before them, if any: "an impassioned", "his tirade".
DELIVERED_DETERMINERS = alternation({"a", "an", "the"} | THIRD_PERSON_POSSESSIVES)
# The preposition after the noun of a judgement delivered: whom or what it is about.
# "to" is left out: it names a listener as often ("a blunt message to Trump").
DELIVERED_PREPOSITIONS = r"of|about|against|on|for"
# What stands before a judgement delivered by the sentence's subject in a set-off
# participle or an infinitive: "[Clinton] descended on the town, delivering",
# "[Rubio's top advisers] huddled with members to deliver". An adverb may come between.
SUBJECT_CLAUSE_BEFORE = re.compile(r"(?:,|\sto)(?:[ ][a-z]{2,20}ly)?[ ]\Z")
# Characters read back from the note for its verb and article.
VERB_WINDOW = 64
# The shortest content kept: "Trump".
MIN_CONTENT = 3


@cache
def _verb_before() -> re.Pattern[str]:
    """A verb of ``data/note_verbs.txt``, the article and the modifiers right before
    " note": "sounded a positive"."""
    verbs = alternation(load_set("note_verbs"))
    return re.compile(rf"(?<![\w'’-])(?P<verb>{verbs})[ ](?P<article>an?){NOTE_MODIFIERS}\Z")


@cache
def _delivered() -> re.Pattern[str]:
    """A verb of ``data/delivery_verbs.txt``, a determiner, modifiers, a noun of
    ``data/delivered_nouns.txt`` and a preposition: "delivered a blistering critique
    of"."""
    verbs = alternation(load_set("delivery_verbs"))
    nouns = alternation(load_set("delivered_nouns"))
    return re.compile(
        rf"(?P<verb>{verbs})(?:[ ]{DELIVERED_DETERMINERS})?"
        rf"{DELIVERED_MODIFIERS}[ ](?:{nouns})[ ](?P<prep>{DELIVERED_PREPOSITIONS})[ ](?=\S)"
    )


def find_note_attributions(doc: Document, para: Span) -> list[Attribution]:
    """The notes sounded and the judgements delivered in a paragraph: the subject as
    source, what the note or the judgement is about as content."""
    notes = read_occurrences(
        doc.text, NOTE, para.start, para.end, lambda at: _note_at(doc, para, at)
    )
    delivered = read_occurrences(
        doc.text, DELIVER, para.start, para.end, lambda at: _delivered_at(doc, para, at)
    )
    return sorted(notes + delivered, key=lambda a: a.cue_span.start) if delivered else notes


def _note_at(doc: Document, para: Span, at: int) -> Attribution | None:
    """[Pence] sounded a positive note about [Trump], for the " note " at ``at``."""
    text = doc.text
    prep = NOTE_PREPOSITION.match(text, at + 1, para.end)
    if prep is None:
        return None
    verb = _verb_before().search(text, max(para.start, at - VERB_WINDOW), at)
    if verb is None:
        return None  # "a sour note about": no note sounded
    lo, hi = sentence_in(doc, para, at)
    source = source_before(doc, lo, verb.start())
    if source is None:
        return None
    if prep.group("prep") == "of":
        # the note of something is what is sounded: "sounded [a rare note of ...]"
        start, cue = verb.start("article"), Span(verb.start("verb"), verb.end("verb"))
    else:
        start, cue = prep.end(), Span(verb.start("verb"), prep.end() - 1)
    end = nominal_content_end(text, prep.end(), hi)
    np_end = NP_END.search(text, prep.end(), end)
    if np_end is not None:
        end = np_end.start()
    end = trim_end(doc, start, end)
    if end - prep.end() < MIN_CONTENT:
        return None
    return Attribution(source, cue, Span(start, end), False, rule="note")


def _delivered_at(doc: Document, para: Span, at: int) -> Attribution | None:
    """[Smith] delivered a critique of [Hillary Clinton's handling of Benghazi], for the
    " deliver" at ``at``."""
    text = doc.text
    found = _delivered().match(text, at + 1, para.end)
    if found is None:
        # "delivered a speech", "delivered the mail": nothing judged; "delivered a
        # message Sunday that resonates", "delivered a blunt message to Trump: ...":
        # with no preposition after the noun, what was said is elsewhere or nowhere
        return None
    lo, hi = sentence_in(doc, para, at)
    if SUBJECT_CLAUSE_BEFORE.search(text, max(lo, at - 24), at + 1) is not None:
        source = sentence_subject(doc, lo, hi)  # "[he] accepted ..., delivering"
    else:
        source = source_before(doc, lo, found.start())
    if source is None:
        return None
    start = found.end()
    # the phrase judged runs on over "and" and a relative clause, to a comma or a
    # clause break: "an indictment of [a feckless political and corporate class that
    # he argued was thrusting the United States toward ruin]"
    end = _quotation_end(text, start, hi) or nominal_content_end(text, start, hi)
    end = trim_end(doc, start, end)
    if end - start < MIN_CONTENT:
        return None
    cue = Span(found.start("verb"), found.end("prep"))
    return Attribution(source, cue, Span(start, end), False, rule="delivered")


def _quotation_end(text: str, start: int, hi: int) -> int | None:
    """Where a content that opens with a quotation mark ends: after the mark that
    closes it, by ``hi`` ("a defense of [“New York values,”]")."""
    mark = text[start : start + 1]
    if mark not in ("“", '"'):
        return None
    close = text.find("”" if mark == "“" else '"', start + 1, hi)
    return close + 1 if close > start else None
