"""Notes sounded: a subject that "sounded a ... note about" someone or something.

PolNeAR annotates "[Pence] sounded a positive note about [Trump]" with the subject
as the source, the verb, the note and its preposition as the cue and the phrase
after the preposition as the content; a note "of" something is itself what is
expressed: "[he] sounded [a rare note of self-deprecation]". The verb forms are
data (``data/note_verbs.txt``); alone they are no cue ("the alarm sounded",
"sounds like a plan"), only before "a"/"an", at most two modifiers and "note".

" note " is found first (one substring scan), then the verb is read back over a
bounded window and the subject before it.

Examples (source and content in brackets)::

    [Bill McInturff] sounded a cautious note about [the jobs report].
    but [he] sounded a nostalgic note for [what Mr. Bush represented].
    [he] sounded [a rare note of self-deprecation], saying, ...
"""

from __future__ import annotations

import re
from functools import cache

from ..article import Attribution
from ..document import Document, Span
from ..lexicon import alternation, load_set, read_occurrences
from .content_bounds import trim_end
from .noun_cues import NP_END, nominal_content_end
from .received_cues import sentence_in
from .speakers import source_before

# The noun, found by substring search before the patterns are tried.
NOTE = " note "
# The preposition after the note: what the note is about, or ("of") what it holds.
NOTE_PREPOSITION = re.compile(r"note[ ](?P<prep>about|for|on|of)[ ](?=\S)")
# Up to two modifiers between the article and the note: "a cautious", "a rare", "a
# more hopeful". No negation or quantity: "not a single note".
NOTE_MODIFIERS = r"(?:[ ](?!(?:not|no|single)\b)[a-z][\w-]{0,20}){0,2}"
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


def find_note_attributions(doc: Document, para: Span) -> list[Attribution]:
    """The notes sounded in a paragraph: the subject as source, what the note is
    about as content."""
    return read_occurrences(
        doc.text, NOTE, para.start, para.end, lambda at: _note_at(doc, para, at)
    )


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
