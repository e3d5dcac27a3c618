"""Frames found outside the cue lexicon, added where no other attribution stands.

Transcript labels (:mod:`.transcript_cues`), gated belief cues
(:mod:`.belief_cues`), poll findings (:mod:`.poll_cues`) and questions put to a
source (:mod:`.asked_cues`), hearsay adverbs (:mod:`.adverb_cues`) and nominal
cues (:mod:`.noun_cues`)
are read after the lexicon frames; one of them is kept only when its cue and
content meet no attribution found already, so the lexicon frames win.
"""

from __future__ import annotations

from ..article import Attribution
from ..document import Document, Span
from .adverb_cues import find_hearsay_attributions
from .asked_cues import find_asked_attributions
from .belief_cues import find_belief_attributions
from .noun_cues import find_noun_attributions
from .poll_cues import find_poll_attributions
from .transcript_cues import find_transcript_attributions


def _meets(a: Attribution, b: Attribution) -> bool:
    return (
        b.content_span.overlaps(a.cue_span)
        or b.content_span.overlaps(a.content_span)
        or b.cue_span.overlaps(a.content_span)
    )


def add_frames(
    doc: Document, paragraphs: list[Span], found: list[Attribution]
) -> list[Attribution]:
    """``found`` with the belief, poll and question attributions that meet none of them, in cue order."""
    # A transcript's labelled paragraphs go first: the whole paragraph is the label's.
    extra = [
        a
        for a in find_transcript_attributions(doc, paragraphs)
        if not any(_meets(a, b) for b in found)
    ]
    starts = [s.start for s in doc.sentences]
    for para in paragraphs:
        candidates = find_poll_attributions(doc, para, starts)
        candidates += find_belief_attributions(doc, para, starts)
        candidates += find_asked_attributions(doc, para)
        candidates += find_hearsay_attributions(doc, para, starts)
        candidates += find_noun_attributions(doc, para)
        for a in candidates:
            if not any(_meets(a, b) for b in found) and not any(_meets(a, b) for b in extra):
                extra.append(a)
    if not extra:
        return found
    return sorted(found + extra, key=lambda a: a.cue_span.start)
