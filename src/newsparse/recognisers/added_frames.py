"""Frames found outside the cue lexicon, added where no other attribution stands.

Transcript labels (:mod:`.transcript_cues`), embedded posts (:mod:`.post_cues`),
gated belief cues
(:mod:`.belief_cues`), poll findings (:mod:`.poll_cues`) and questions put to a
source (:mod:`.asked_cues`), hearsay adverbs (:mod:`.adverb_cues`), nominal
cues (:mod:`.noun_cues`), stances received (:mod:`.received_cues`), advocates
(:mod:`.advocate_cues`), outcomes assured (:mod:`.assured_cues`), notes sounded
(:mod:`.note_cues`), views
(:mod:`.view_cues`) and viewpoint phrases (:mod:`.viewpoint_cues`)
are read after the lexicon frames; one of them is kept only when its cue and
content meet no attribution found already, so the lexicon frames win. Only a poll's
finding that opens with a figure, a reporting noun's clause, a view, a viewpoint
phrase ("To Frank, ...") and a belief whose
cue a frame took into its source take the place of the attributions they hold whole
(:func:`_outermost`), and a question those inside it (:func:`_outer_questions`): as
everywhere, the outermost attribution is kept.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import accumulate

from ..article import Attribution
from ..document import Document, Span, inside_any
from ..patterns import DOUBLE_OPEN, STRAIGHT_DOUBLE
from .adverb_cues import find_hearsay_attributions
from .advocate_cues import find_advocate_attributions
from .asked_cues import find_asked_attributions
from .assured_cues import find_assured_attributions
from .belief_cues import find_belief_attributions
from .note_cues import find_note_attributions
from .noun_cues import find_noun_attributions
from .poll_cues import find_poll_attributions
from .post_cues import find_post_attributions
from .received_cues import find_received_attributions
from .transcript_cues import find_transcript_attributions
from .view_cues import find_reduced_view_attributions, find_view_attributions
from .viewpoint_cues import find_viewpoint_attributions


def _meets(a: Attribution, b: Attribution) -> bool:
    return (
        b.content_span.overlaps(a.cue_span)
        or b.content_span.overlaps(a.content_span)
        or b.cue_span.overlaps(a.content_span)
    )


# Extent (cue and content) from which an attribution is indexed apart as wide: a quoted
# speech announced by a colon and run over many paragraphs ("Transcript as follows:").
WIDE_EXTENT = 4800


class _Extents:
    """Attributions indexed by where their extent (cue and content) starts, for asking
    whether a new one meets any: only those whose extent can overlap it are compared,
    so a paragraph of thousands of candidates stays linear. Narrow extents are looked up
    in a window as long as the longest of them; wide ones (few: each spans thousands of
    characters) apart, with the furthest end reached up to each, so one wide extent at
    the start does not widen the window of every later question."""

    def __init__(self, attributions: Iterable[Attribution] = ()) -> None:
        self.starts: list[int] = []
        self.items: list[Attribution] = []
        self.longest = 0
        self.wide_starts: list[int] = []
        self.wide: list[Attribution] = []
        self.reach: list[int] = []  # the furthest end of the wide extents up to each
        for a in attributions:
            self.add(a)

    def add(self, a: Attribution) -> None:
        lo, hi = _extent(a)
        if hi - lo > WIDE_EXTENT:
            at = bisect.bisect_left(self.wide_starts, lo)
            self.wide_starts.insert(at, lo)
            self.wide.insert(at, a)
            self.reach = list(accumulate((_extent(w)[1] for w in self.wide), max))
            return
        at = bisect.bisect_left(self.starts, lo)
        self.starts.insert(at, lo)
        self.items.insert(at, a)
        self.longest = max(self.longest, hi - lo)

    def meets(self, a: Attribution) -> bool:
        return any(True for _ in self.meeting(a))

    def meeting(self, a: Attribution) -> Iterable[Attribution]:
        """The attributions that meet ``a``."""
        lo, hi = _extent(a)
        at = bisect.bisect_left(self.wide_starts, hi) - 1
        while at >= 0 and self.reach[at] > lo:
            if _meets(a, self.wide[at]):
                yield self.wide[at]
            at -= 1
        first = bisect.bisect_left(self.starts, lo - self.longest)
        last = bisect.bisect_left(self.starts, hi)
        for i in range(first, last):
            if _meets(a, self.items[i]):
                yield self.items[i]


def _extent(a: Attribution) -> tuple[int, int]:
    return min(a.cue_span.start, a.content_span.start), max(a.cue_span.end, a.content_span.end)


def add_frames(
    doc: Document, paragraphs: list[Span], found: list[Attribution]
) -> list[Attribution]:
    """``found`` with the belief, poll and question attributions that meet none of them
    (or hold whole those they meet: :func:`_outermost`), in cue order."""
    found = _outer_questions(doc, paragraphs, found)
    # A transcript's labelled paragraphs go first: the whole turn is the label's, beside
    # the statements it reports ("FALLIN: I think he is ..."); so do embedded posts,
    # whose signature names the author.
    extra = find_transcript_attributions(doc, paragraphs)
    found = _outside_named_turns(found, extra)
    kept = _Extents(found)
    # (a turn around statements already found leaves the others free to join them too)
    added = _Extents(a for a in extra if not kept.meets(a))
    for a in find_post_attributions(doc, paragraphs):
        if not kept.meets(a) and not added.meets(a):
            extra.append(a)
            added.add(a)
    starts = [s.start for s in doc.sentences]
    polls = [find_poll_attributions(doc, para, starts) for para in paragraphs]
    nouns = [find_noun_attributions(doc, para) for para in paragraphs]
    views = [find_view_attributions(doc, para) for para in paragraphs]
    viewpoints = [find_viewpoint_attributions(doc, para, starts) for para in paragraphs]
    beliefs = [find_belief_attributions(doc, para, starts) for para in paragraphs]
    outer = [a for found_in in polls for a in found_in if _opens_with_figure(doc, a)]
    outer += [a for found_in in nouns + views for a in found_in]
    outer += [a for found_in in viewpoints for a in found_in if _opens_content(a)]
    outer += [a for found_in in beliefs for a in found_in if _cue_in_sources(a, kept)]
    found, kept = _outermost(outer, found, kept)
    for para, para_polls, para_nouns, para_views, para_viewpoints, para_beliefs in zip(
        paragraphs, polls, nouns, views, viewpoints, beliefs, strict=True
    ):
        candidates = list(para_polls)
        candidates += para_beliefs
        candidates += find_hearsay_attributions(doc, para, starts)
        candidates += para_nouns
        candidates += find_received_attributions(doc, para)
        candidates += find_advocate_attributions(doc, para)
        candidates += find_assured_attributions(doc, para)
        candidates += find_note_attributions(doc, para)
        candidates += para_views
        candidates += find_reduced_view_attributions(doc, para)
        candidates += para_viewpoints
        for a in candidates:
            if not kept.meets(a) and not added.meets(a):
                extra.append(a)
                added.add(a)
    if not extra:
        return found
    return sorted(found + extra, key=lambda a: a.cue_span.start)


# The figure that opens what a poll found: "[just 8 percent of] Democrats said ...",
# "[40 percent of] likely voters back Sanders", "[31%] of Republicans", "[a majority of]
# voters", "[two in three] Americans".
POLL_FIGURE = re.compile(
    r"""(?:(?:just|only|nearly|almost|about|roughly|some|a[ ]full|more[ ]than|fewer[ ]than
            |less[ ]than|over|under)[ ])?
        (?:\d[\d.,]*(?:[ ]?%|[ ]percent\b|[ ]per[ ]cent\b)
          |(?:\d+|one|two|three|four|five|six|seven|eight|nine)[ ](?:in|out[ ]of)[ ]\d+\b
          |(?:a|the)[ ](?:majority|plurality)\b)""",
    re.VERBOSE | re.IGNORECASE,
)


def _opens_with_figure(doc: Document, poll: Attribution) -> bool:
    """Whether a poll named at a sentence's start found what a figure opens ("In a CNN/ORC
    poll released Monday, [31% of Republicans said they were “extremely enthusiastic”]"):
    the figure's "said" or "back" tells what the poll found, which PolNeAR marks once,
    with the poll as its source."""
    return (
        poll.source_span is not None
        and poll.cue_span.end <= poll.source_span.start
        and POLL_FIGURE.match(doc.text, poll.content_span.start) is not None
    )


def _opens_content(viewpoint: Attribution) -> bool:
    """Whether a viewpoint phrase opens the clause it holds ("To [Frank], [issues of
    racial justice get attention from Democrats so long as they do not threaten ...]"):
    the clause is the holder's view, and the statements told inside it are no others'.
    A view set off inside its clause ("for, in his view, dropping a slam-dunk case")
    leaves the attributions around it alone."""
    return viewpoint.cue_span.end <= viewpoint.content_span.start


def _cue_in_sources(belief: Attribution, kept: _Extents) -> bool:
    """Whether a belief's source and cue open the source of every attribution it meets,
    which then took the believer and the cue for its source ("[Trump thought voters] would
    repudiate impeachment"): the belief holds that statement and takes its place
    (:func:`_outermost`), "Trump [thought] [voters would repudiate impeachment]". A
    belief told further inside a source leaves it alone ("[Amsterdam, which feels an
    on-floor facility is vital], said ...")."""
    met = list(kept.meeting(belief))
    return (
        bool(met)
        and belief.source_span is not None
        and all(
            b.source_span is not None
            and b.source_span.start == belief.source_span.start
            and b.source_span.contains(belief.cue_span)
            for b in met
        )
    )


def _outermost(
    outer: list[Attribution], found: list[Attribution], kept: _Extents
) -> tuple[list[Attribution], _Extents]:
    """``found`` with each of ``outer`` whose content holds every attribution it meets,
    in place of them: as everywhere, the outermost attribution is kept. A poll's finding
    that opens with a figure (:func:`_opens_with_figure`), a reporting noun's clause ("his
    [concern] that [he cannot trust the party brass ...]") and a view ("[see] [immigrants
    as people who refuse to assimilate]") hold the statements told inside them, which
    PolNeAR leaves unmarked. One that meets an attribution reaching outside it is left
    to the rules after."""
    dropped: set[int] = set()
    added: list[Attribution] = []
    for a in outer:
        inside = [b for b in kept.meeting(a) if id(b) not in dropped]
        if inside and all(
            a.content_span.start <= _extent(b)[0] and _extent(b)[1] <= a.content_span.end
            for b in inside
        ):
            dropped.update(id(b) for b in inside)
            added.append(a)
    if not added:
        return found, kept
    out = sorted([a for a in found if id(a) not in dropped] + added, key=lambda a: a.cue_span.start)
    return out, _Extents(out)


def _outer_questions(
    doc: Document, paragraphs: list[Span], found: list[Attribution]
) -> list[Attribution]:
    """``found`` with the "Asked ..." questions, each in place of the attributions inside
    its question ("Asked [if she believed Putin wanted Trump to win], Clinton said"): as
    everywhere, the outermost attribution is kept. A question that meets an attribution
    reaching outside it is left out."""
    questions = [a for para in paragraphs for a in find_asked_attributions(doc, para)]
    if not questions:
        return found
    index = _Extents(found)
    dropped: set[int] = set()  # ids of the attributions a question holds
    kept: list[Attribution] = []
    for q in questions:
        inside = [
            b
            for b in index.meeting(q)
            if id(b) not in dropped and not _between_quotations(doc, b, q)
        ]
        if all(
            q.content_span.start <= _extent(b)[0] and _extent(b)[1] <= q.content_span.end
            for b in inside
        ):
            dropped.update(id(b) for b in inside)
            kept.append(q)
    out = [a for a in found if id(a) not in dropped] + kept
    return sorted(out, key=lambda a: a.cue_span.start)


# A double quotation mark that opens the second quotation of a content around its cue.
SECOND_QUOTATION = re.compile(f"[{DOUBLE_OPEN}{STRAIGHT_DOUBLE}]")


def _between_quotations(doc: Document, outer: Attribution, inner: Attribution) -> bool:
    """Whether ``inner`` stands in the words after the cue of a content made of two
    quotations around its own source and cue, before the second quotation opens: "“A,”
    she said, when asked [whether she wanted Cruz to campaign]. “B.”". Those words are the
    writer's, no part of what the quotations say: the question stands beside the
    statement."""
    content, cue = outer.content_span, outer.cue_span
    if not (outer.direct and content.start < cue.start and cue.end < content.end):
        return False
    if inner.cue_span.start < cue.end or inner.content_span.start < cue.end:
        return False
    second = SECOND_QUOTATION.search(doc.text, cue.end, content.end)
    return second is not None and max(inner.cue_span.end, inner.content_span.end) <= second.start()


def _outside_named_turns(found: list[Attribution], turns: list[Attribution]) -> list[Attribution]:
    """``found`` without the attributions whose cue lies inside the turn of a speaker
    named by a label ("FALLIN: I trust him, and I [think] we all need to ..."): the turn
    is the speaker's words, printed as a quotation is, and as everywhere the outermost
    attribution is kept. The turns of "Q" and "A" keep the statements inside them: an
    interview printed that way is read answer by answer ("A: I [think] it's in our
    interests")."""
    named = sorted(
        (t.content_span for t in turns if t.source_span is not None and len(t.source_span) > 1),
        key=lambda s: s.start,
    )
    if not named:
        return found
    in_turn = inside_any(named)
    return [a for a in found if not in_turn(a.cue_span.start)]
