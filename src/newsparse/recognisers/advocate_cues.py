"""Advocates: a subject that is a supporter, a critic or an opponent of something.

PolNeAR annotates "[Clinton] is an outspoken supporter of [Roe v. Wade]" with the
subject as the source, the verb of being with the noun and its "of" as the cue, and
the noun phrase after "of" as the content. The nouns are data
(``data/advocate_nouns.txt``).

The nouns are found first (one scan), then the verb of being and the article are
read back from each over a bounded window, the subject before the verb.

Examples (source and content in brackets)::

    [Clinton] is an outspoken supporter of [Roe v. Wade]
    [Mrs. Clinton] has been a dogged defender of [the Affordable Care Act]
    [He]'s been an outspoken critic of [ex-president George W. Bush]
    [Sarandon] is one of a clutch of celebrity supporters of [Sanders]
"""

from __future__ import annotations

import re
from functools import cache

from ..article import Attribution
from ..document import Document, Span
from ..lexicon import load_set, matches_at, opening_positions, trie_alternation, word_openings
from .content_bounds import trim_end
from .noun_cues import NP_END, nominal_content_end
from .received_cues import inside_word, sentence_in
from .speakers import source_before


@cache
def _noun_pattern() -> re.Pattern[str]:
    """A noun of ``data/advocate_nouns.txt`` and its "of": "supporter of"."""
    nouns = trie_alternation(load_set("advocate_nouns"))
    return re.compile(rf"(?P<noun>{nouns})[ ]of[ ](?=\S)")


@cache
def _noun_openings() -> tuple[str, ...]:
    """The words every match of :func:`_noun_pattern` opens with."""
    return word_openings(load_set("advocate_nouns"))


def _noun_starts(doc: Document) -> list[int]:
    """Where the matches of :func:`_noun_pattern` may start (kept per document)."""
    return opening_positions(doc.text, _noun_openings())


# A verb of being in the present or the past, with "been" after a perfect auxiliary;
# "'s" joined to its subject ("He's a ...", "he's been an ..."). "be" and "become" are
# left out: "is going to be a supporter of", "became a supporter of" tell no stance
# held.
BEING = r"""
    (?<![\w'’-])(?:is|are|was|were|remains|remain|remained|(?:has|have|had)[ ]been)
    |(?<=\w)['’]s(?:[ ]been)?
"""
# An adverb between the verb and the article: "is also a", "has long been a".
BEING_ADVERB = r"(?:[ ](?:also|long|still|now|always))?"
# The article, or "one of" a group: "an", "one of the", "one of a clutch of".
ADVOCATE_ARTICLE = r"(?:an?|one[ ]of[ ](?:the|a|his|her|their|its))"
# Up to three modifiers before the noun: "outspoken", "more dedicated", "clutch of
# celebrity". No negation: "is not an advocate of" holds no stance.
ADVOCATE_MODIFIERS = r"(?:[ ](?!(?:not|no|never)\b)[a-z][\w-]{0,20}){0,3}"


@cache
def _being_before() -> re.Pattern[str]:
    """The verb of being, its adverb, the article and the modifiers right before the
    noun: "is an outspoken ", "has been a dogged ", "'s a more dedicated "."""
    return re.compile(
        rf"(?P<verb>{BEING}){BEING_ADVERB}[ ]{ADVOCATE_ARTICLE}{ADVOCATE_MODIFIERS}[ ]\Z",
        re.VERBOSE,
    )


# Where the noun phrase after "of" ends besides :data:`noun_cues.NP_END`: a relative or
# a concessive clause ("a proponent of [changes to the immigration system] even though
# ...").
CLAUSE_AFTER = re.compile(r"\s(?:even|though|although|which|who|whose|whom)\b")
# A second phrase of the same "of" joined by a conjunction, which goes on inside the
# content: "a supporter of [NATO and of U.S. solidarity with its allies]".
SECOND_OF = re.compile(r"\s(?:and|or)[ ]of[ ]")
# Characters read back from a noun for its verb of being.
BEING_WINDOW = 60


def _phrase_end(text: str, start: int, end: int) -> int:
    """Where the noun phrase after "of" that starts at ``start`` ends, before ``end``: at
    a word of :data:`noun_cues.NP_END` (past a second "of" joined to it, see
    :data:`SECOND_OF`) or of :data:`CLAUSE_AFTER`."""
    cut = NP_END.search(text, start, end)
    second = None if cut is None else SECOND_OF.match(text, cut.start())
    if second is not None:
        cut = NP_END.search(text, second.end(), end)
    if cut is not None:
        end = cut.start()
    clause = CLAUSE_AFTER.search(text, start, end)
    return end if clause is None else clause.start()


def find_advocate_attributions(doc: Document, para: Span) -> list[Attribution]:
    """The advocates of a paragraph: the subject as source, what it supports or opposes
    as content."""
    text = doc.text
    out: list[Attribution] = []
    for m in matches_at(_noun_pattern(), doc.derived(_noun_starts), text, para.start, para.end):
        if inside_word(text, m.start()):
            continue
        noun = m.start("noun")
        verb = _being_before().search(text, max(para.start, noun - BEING_WINDOW), noun)
        if verb is None:
            continue
        lo, hi = sentence_in(doc, para, noun)
        source = source_before(doc, lo, verb.start())
        if source is None:
            continue
        start = m.end()
        end = _phrase_end(text, start, nominal_content_end(text, start, hi))
        end = trim_end(doc, start, end)
        if end - start < 3:
            continue
        cue = Span(verb.start(), m.end() - 1)
        out.append(Attribution(source, cue, Span(start, end), False, rule="advocate"))
    return out
