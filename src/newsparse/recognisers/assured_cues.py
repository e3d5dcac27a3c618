"""Outcomes assured: a subject that "is assured of" something it will get or do.

PolNeAR annotates "[Clinton] is now assured of [winning at least 334 of the 865
delegates]" with the subject as the source, the verb of being with "assured of" as
the cue and what is assured, up to the end of its clause, as the content. An
assurance given to someone ("assured voters that ...", "assured him of her
support") is a reporting verb of the lexicon and is left to it.

"assured of" is found first (one substring scan), then the verb of being is read
back over a bounded window and the subject before it.

Examples (source and content in brackets)::

    With 222 delegates at stake, [she] is assured of [winning at least 120 in that state alone].
    [She] is assured of [at least 108], while Sanders will receive at least 57.
"""

from __future__ import annotations

import re

from ..article import Attribution
from ..document import Document, Span
from ..lexicon import read_occurrences
from .content_bounds import trim_end
from .noun_cues import nominal_content_end
from .received_cues import inside_word, sentence_in
from .speakers import source_before

# The phrase itself, found by substring search before the pattern is tried.
ASSURED_OF = "assured of "
# A verb of being in the present or the past, "'s" and "'re" joined to their subject,
# and one adverb at most before "assured": "is now assured of", "are all but assured of",
# "She's already assured of". "be" after a modal ("would be assured of") is left out: an
# outcome yet to come.
BEING_BEFORE_ASSURED = re.compile(
    r"""
    (?P<verb>(?<![\w'’-])(?:is|are|was|were|remains|remain)|(?<=\w)['’](?:s|re))
    (?:[ ](?:now|already|virtually|nearly|almost|all[ ]but|still|also))?
    [ ]\Z
    """,
    re.VERBOSE,
)
# Characters read back from "assured" for its verb of being.
BEING_WINDOW = 24
# The shortest content kept: "at least 108".
MIN_CONTENT = 3


def find_assured_attributions(doc: Document, para: Span) -> list[Attribution]:
    """The outcomes assured in a paragraph: the subject as source, the outcome as
    content."""
    return read_occurrences(
        doc.text, ASSURED_OF, para.start, para.end, lambda at: _assured_at(doc, para, at)
    )


def _assured_at(doc: Document, para: Span, at: int) -> Attribution | None:
    """[Clinton] is now assured of [winning at least 334 delegates], for the "assured of"
    at ``at``."""
    text = doc.text
    if inside_word(text, at):
        return None  # "reassured of"
    verb = BEING_BEFORE_ASSURED.search(text, max(para.start, at - BEING_WINDOW), at)
    if verb is None:
        return None  # "assured him of her support": an assurance given, the lexicon's
    lo, hi = sentence_in(doc, para, at)
    source = source_before(doc, lo, verb.start())
    if source is None:
        return None
    start = at + len(ASSURED_OF)
    end = trim_end(doc, start, nominal_content_end(text, start, hi))
    if end - start < MIN_CONTENT:
        return None
    cue = Span(verb.start("verb"), start - 1)
    return Attribution(source, cue, Span(start, end), False, rule="assured")
