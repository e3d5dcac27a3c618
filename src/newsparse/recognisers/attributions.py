"""Attributions: source, cue and content of every reported statement in the body.

The frames, tried in this order for each cue (content in brackets)::

    [“We will win,”] Clinton said.          after a quote: source before or after the cue
    Clinton said: [“We will win.”]          before a quote
    According to the ministry, [the strike killed 30].   / [...], according to officials.
    [The strike killed 30], the ministry said.           content first
    [The plan], he said, [would fail].                   interrupted (content is the envelope)
    The coalition stated [that it cannot confirm the claim].   source, cue, content
    [Trump is expected to win]. [Blocher was charged with libel].   passives: no source

Contents follow PolNeAR: a quotation continued after the cue (“A,” she said.
“B.”) or in the next paragraph belongs to the same attribution, and its
``content_span`` is the envelope from the first piece to the last.

The headline is read too, whatever its case (:mod:`.headline_attributions`), and of
attributions whose extents meet the outermost are kept (:mod:`.nesting`).
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from ..article import Article, Attribution, Quote
from ..document import Document, Span, inside_any
from ..lexicon import alternation, load_set
from ..patterns import ALNUM, RELATIVE_PRONOUNS, SINGLE_OPEN
from ..pipeline import Context
from .added_frames import add_frames
from .content_bounds import (
    QUOTE_MARK,
    SUBORDINATORS,
    after_connective,
    after_own_preposition,
    after_said_amount,
    condition_lead,
    fronted_clause_end,
    interrupted_lead,
    opening_phrase_end,
    opens_with_ing_word,
    set_off_relative_end,
    trim_end,
    within_aside,
    without_opening_participle,
)
from .cues import PHRASE_LEMMA, Cue, cue_form, cue_lemma, cue_lexicon, find_cues, is_past
from .date_patterns import MONTHS, WEEKDAYS
from .frames import Frames, addresses_only, states_only_a_time
from .headline_attributions import closing_cue_preposition, find_headline_attributions
from .naming_cues import names_only, unname_named_things
from .nesting import resolve_nesting
from .quote_frames import find_punctuation_frames
from .quotes import (
    is_embedded_title,
    is_named_subject,
    is_nickname,
    is_scare_quote,
    is_title,
    title_lists,
    word_before_title,
)
from .speakers import (
    opens_with_modal,
    participle_noun,
    possessor_only,
    sentence_subject,
    subject_after_and,
    with_that_antecedent,
    without_contraction,
    without_question_auxiliary,
    without_release,
    without_time,
    without_verb_tail,
)
from .transcript_cues import LABEL as TRANSCRIPT_LABEL

LOGGER = logging.getLogger(__name__)


class _Contents:
    """The contents of some attributions, for asking whether any meets a span."""

    def __init__(self, found: list[Attribution]) -> None:
        spans = sorted((a.content_span.start, a.content_span.end) for a in found)
        self.starts = [start for start, _ in spans]
        self.reach: list[int] = []  # the furthest end among the first i + 1 contents
        furthest = -1
        for _, end in spans:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def meet(self, span: Span) -> bool:
        """Whether a content overlaps ``span`` (as :meth:`Span.overlaps`)."""
        i = bisect.bisect_left(self.starts, span.end)
        return i > 0 and self.reach[i - 1] > span.start


# Longest stretch handled as one paragraph. Frames compare each cue with the quotes
# of its paragraph, so a paragraph of a megabyte is cut at sentence ends first.
MAX_PARAGRAPH = 600
# Longest stretch kept whole so as not to cut a closed quotation: a quoted speech of a
# few sentences stays with its paragraph, a megabyte of quotation is still cut.
MAX_QUOTED_PARAGRAPH = 8 * MAX_PARAGRAPH


def _bounded(
    doc: Document, paragraphs: list[Span], quotes: list[Quote], sentence_starts: list[int]
) -> list[Span]:
    """The paragraphs, over-long ones cut at sentence starts outside every quote.

    A cut inside a quotation would leave its second part without the opening mark:
    the cues quoted there ("They generally showed Trump with a bigger lead," inside
    a long quotation) would read as the writer's own statements, and the cue after
    the closing mark would lose its quote."""
    outers = [q.outer or q.span for q in quotes]
    outer_starts = [o.start for o in outers]

    def quotation_at(pos: int) -> int:
        """The index of the quotation around or opening at ``pos``, else -1."""
        at = bisect.bisect_right(outer_starts, pos) - 1
        return at if at >= 0 and outers[at].end > pos else -1

    def no_cut(j: int) -> bool:
        """Whether the paragraph may not be cut at sentence start ``j``: inside a
        quotation, or at one that opens its sentence after a sentence that opens with a
        quotation too (“A,” he said. “B.”: B goes on with A)."""
        at = quotation_at(sentence_starts[j])
        if at < 0:
            return False
        if outers[at].start < sentence_starts[j]:
            return True
        before = quotation_at(sentence_starts[j - 1]) if j > 0 else -1
        return before >= 0 and outers[before].start == sentence_starts[j - 1]

    out: list[Span] = []
    for para in paragraphs:
        start = para.start
        while para.end - start > MAX_PARAGRAPH:
            i = bisect.bisect_right(sentence_starts, start + MAX_PARAGRAPH) - 1
            j = i
            while j >= 0 and sentence_starts[j] > start and no_cut(j):
                j -= 1
            held = quotation_at(start + MAX_PARAGRAPH)
            # the sentence after a quotation that runs over the stretch: closed, or a
            # paragraph of a quotation that runs over several (kind "block", no closing
            # mark: its cues are the quotation's, no statements of the writer)
            after: int | None = None
            if held >= 0:
                k = bisect.bisect_left(sentence_starts, outers[held].end)
                after = min(sentence_starts[k], para.end) if k < len(sentence_starts) else para.end
            if j >= 0 and sentence_starts[j] > start:
                cut = sentence_starts[j]  # the last sentence start outside quotes
            elif after is not None and after - start <= MAX_QUOTED_PARAGRAPH:
                cut = after
            else:
                cut = sentence_starts[i] if i >= 0 else start
            if cut <= start:
                cut = start + MAX_PARAGRAPH
            out.append(Span(start, cut))
            start = cut
        if start < para.end:
            out.append(Span(start, para.end))
    return out


# A participle set off by a comma and "to" right before a cue whose infinitive it takes:
# ", going on to say ...", ", taking care to note ...". Like a participle that reports
# ("..., he said, adding that ..."), the cue speaks for the clause's source.
PARTICIPLE_INFINITIVE = re.compile(
    r",[ ](?:[a-z]{2,}ly[ ])?[a-z]{2,}ing(?:[ ](?:on|up|out|care))?[ ]to[ ]\Z"
)
# ", with" opening an absolute clause before a participle: the clause names the
# participle's own subject ("was opposed in the hearing, with chairman Dan Glickman
# saying ..."), not the subject of the clause before it.
ABSOLUTE_WITH = re.compile(r",\s{1,3}with\s")
# What may stand between a cue and the colon that announces an unquoted paragraph: a
# word or two ("added:", "wrote in September:"), no clause of its own.
BARE_INTRO_TAIL = re.compile(r"(?:\s+(?!that\b)[\w’'-]+){0,3}\s*:")
# A paragraph that opens an item of a list, not a statement: "1. FIREWORKS FLY",
# "GOING BROKE FOR RUBIO", "Cool the rhetoric: ...".
LIST_ITEM = re.compile(
    r"\d{1,2}[.)]\s|[A-Z][A-Z’'.,-]*\s[A-Z][A-Z’' .,-]*(?:$|\n)|[A-Z][\w’' -]{0,40}:\s"
)
# What opens a paragraph printed without quotation marks (nor markup): "It’s typical".
UNQUOTED_OPENING = re.compile(r"[^\s“”\"'‘’«„<]")


def find_attributions(
    doc: Document, paragraphs: list[Span], quotes: list[Quote]
) -> list[Attribution]:
    """Every attribution of the given body paragraphs, in text order."""
    out: list[Attribution] = []
    sentence_starts = [s.start for s in doc.sentences]
    qi = 0
    previous_direct: Attribution | None = None
    # a cue-less paragraph of quotation left open, said by the next paragraph's speaker
    opened: Span | None = None
    # source and cue of "X said:" ending a paragraph, and whether the cue is its sentence's
    # only one
    intro: tuple[Span | None, Span, bool] | None = None
    # source and cue of a paragraph ending in a colon with no cue ("Transcript as
    # follows:"), which a quotation running over several paragraphs may follow
    lead: tuple[Span | None, Span] | None = None
    # an indirect statement whose content runs to the colon closing its paragraph ("as
    # Pollak observed, [the biggest victor was the stage itself]:"), which a quotation
    # opening the next paragraph goes on
    closing: Attribution | None = None
    for para in _bounded(doc, paragraphs, quotes, sentence_starts):
        indices: list[int] = []
        while qi < len(quotes) and quotes[qi].span.start < para.end:
            if quotes[qi].span.start >= para.start:
                indices.append(qi)
            qi += 1
        led, lead = lead, None
        announcing, closing = closing, None
        cues = find_cues(doc, para)
        block: Attribution | None = None
        if (
            intro is not None
            and intro[2]
            and UNQUOTED_OPENING.match(doc.text, para.start)
            and not LIST_ITEM.match(doc.text, para.start)
            and BARE_INTRO_TAIL.match(doc.text, intro[1].end)
        ):
            # "The governor added:" / "It’s typical of Hillary Clinton. ...": a paragraph
            # printed without quotation marks is the announced content.
            content = Span(para.start, trim_end(doc, para.start, para.end))
            block = Attribution(intro[0], intro[1], content, False, rule="colon")
        if not cues and not indices:
            previous_direct = None
            opened = None
            intro = None
            lead = _colon_lead(doc, para, sentence_starts)
            if block is not None:
                out.append(block)
            continue
        frames = Frames(doc, para, quotes, indices, sentence_starts)
        found: list[Attribution] = []
        if intro is not None and frames.outers:
            first = frames.outers[0]
            if doc.text[para.start : first.start].strip() == "":
                # "Dr. Ward stated:" / “The solution is ...”: the quote that opens this
                # paragraph is the announced content.
                found.append(Attribution(intro[0], intro[1], first, True, rule="colon"))
        elif (
            led is not None and frames.outers and _opens_block_quotation(doc, para, quotes, indices)
        ):
            # "Transcript as follows:" / "“Tonight we arrived in Cleveland ... (no closing
            # mark, the next paragraph opens another): the lead announces the quotation.
            found.append(Attribution(led[0], led[1], frames.outers[0], True, rule="colon"))
        intro = None
        last = _colon_intro(doc, para, cues)
        if last is not None:
            cues = cues[:-1]
            sent = frames.sentence(last.span.start)
            source = (
                None if last.participle else frames.source_before(sent.start, last.span.start)
            ) or frames.subject(sent.start, last.span.start)  # "The Times ..., reporting:"
            # an unquoted paragraph is announced only by the sentence's one cue, not by
            # a cue inside another's content ("pointed out that veterans were ignored:")
            alone = not any(c.span.start >= sent.start for c in cues)
            intro = (source, last.span, alone)
        for cue in cues:
            if frames.inside_quote(cue.span):
                continue
            a = frames.frame(cue)
            if a is not None:
                a = frames.quotation_after_shared(cue, a, found)
                a.content_span = within_aside(doc, para.start, a.cue_span, a.content_span)
                _take_document_participle(doc, a)
                _issuer_of_document(doc, frames, cue, a)
                if a.source_span is None and PARTICIPLE_INFINITIVE.search(
                    doc.text, max(para.start, cue.span.start - 40), cue.span.start
                ):
                    a.rule = "participle"  # "Sanders said, going on to say that ...": his
                found.append(a)
        _share_listed_predicates(doc, frames, found)
        found = resolve_nesting(doc, found)
        for i, a in enumerate(found):
            if a.rule == "participle":
                sent = frames.sentence(a.cue_span.start)
                earlier = [b for b in found[:i] if b.cue_span.start >= sent.start]
                # A cue before it whose frame stated nothing ("continued his assault on
                # Mr. Bush, mocking ...") still names the participle's source.
                silent = [
                    c
                    for c in cues
                    if sent.start <= c.span.start < a.cue_span.start and not c.participle
                ]
                silent_source = (
                    frames.source_before(sent.start, silent[-1].span.start) if silent else None
                )
                source = _earlier_source(earlier)
                if source is not None:
                    source = _clause_subject_before(doc, earlier[-1], a) or source
                if source is None and not (
                    earlier and _subject_elsewhere(doc, earlier[-1], silent, a)
                ):
                    source = (
                        silent_source
                        or sentence_subject(doc, sent.start, a.cue_span.start, plural=True)
                        or (
                            frames.source_before(sent.start, a.cue_span.start) if a.direct else None
                        )
                    )
                a.source_span = source
        _opening_participle_sources(doc, frames, found)
        unname_named_things(doc, found)
        # "He apologized [the next day], saying ...": a time is no statement (its
        # participle keeps the source read above), nor "wrote [to investors]" an address
        found = [
            a
            for a in found
            if not states_only_a_time(doc, a, sent := frames.sentence(a.cue_span.start))
            and not names_only(doc, a, sent)
            and not addresses_only(doc, a)
        ]
        if frames.indices:
            contents = _Contents(found)
            uncovered = [
                qi
                for qi, outer in zip(frames.indices, frames.outers, strict=True)
                if not contents.meet(outer)
            ]
            if uncovered:
                extra = find_punctuation_frames(doc, quotes, uncovered, frames.sents)
                found = sorted(found + extra, key=lambda a: a.cue_span.start)
            if found:
                _extend_with_quotes(found, frames)
        # A quote paragraph with no cue continues the previous speaker's quotation, or
        # the statement whose content the previous paragraph's closing colon ended.
        continued = previous_direct or announcing
        if not found and frames.outers and continued is not None:
            first = frames.outers[0]
            if doc.text[para.start : first.start].strip() == "" and not is_named_subject(
                doc, frames.quotes[frames.indices[0]]
            ):  # (“Containment” has been U.S. policy ...: a term, no words said)
                continued.content_span = Span(continued.content_span.start, frames.outers[-1].end)
                continue
        if opened is not None and found:
            _open_quotation_before(doc, para, frames, found, opened)
        opened = _left_open(doc, para, frames) if not found else None
        previous_direct = next((a for a in reversed(found) if _quoted(a)), None) if found else None
        if block is not None:
            found = [block, *found]  # beside the statements the paragraph reports itself
        if intro is None and (not found or _content_closes_lead(doc, para, found[-1])):
            lead = _colon_lead(doc, para, sentence_starts)
        if found and _states_up_to_colon(doc, para, found[-1], cues, frames):
            closing = found[-1]
        elif found and previous_direct is None and _closes_with_quotation(doc, para, found[-1]):
            previous_direct = found[-1]
        out.extend(found)
    return out


# "as follows" right before the colon that ends a lead: part of its cue ("Transcript
# as follows:").
AS_FOLLOWS = re.compile(r"\bas\s+follows\s*:\s*\Z", re.IGNORECASE)
# A lead holds a few words before its colon, not a label alone ("RAMOS:", "Q:").
LEAD_WORDS = re.compile(r"\S+\s+\S")
# Longest lead sentence read: "He then listed the qualities necessary in a successful
# Republican presidential nominee in 2016:" (a longer sentence ending in a colon is the
# writer's own argument, its subject no speaker: "The rationale these liars use ... is
# a blind faith in Obama’s word:").
MAX_LEAD = 120


def _colon_lead(
    doc: Document, para: Span, sentence_starts: list[int]
) -> tuple[Span | None, Span] | None:
    """Source and cue of a paragraph that ends in a colon and holds no cue of its own
    ("Transcript as follows:", "He then listed the qualities of a nominee:"), else None.
    The source is the subject of the last sentence; the cue is the colon, with "as
    follows" before it."""
    text = doc.text
    end = para.end
    while end > para.start and text[end - 1].isspace():
        end -= 1
    if end == para.start or text[end - 1] != ":":
        return None  # most paragraphs: no colon at their end
    at = bisect.bisect_right(sentence_starts, end - 1) - 1
    start = max(para.start, sentence_starts[at]) if at >= 0 else para.start
    if end - start > MAX_LEAD or LEAD_WORDS.search(text, start, end) is None:
        return None
    follows = AS_FOLLOWS.search(text, max(start, end - 24), end)
    cue = Span(follows.start(), end) if follows is not None else Span(end - 1, end)
    return sentence_subject(doc, start, cue.start), cue


# What may follow a content that a paragraph's closing colon ends: "He then listed [the
# qualities necessary in a nominee]:".
COLON_CLOSE = re.compile(r"[ \t\u00a0]*:\s*\Z")


def _content_closes_lead(doc: Document, para: Span, last: Attribution) -> bool:
    """Whether the paragraph's last attribution is not a quotation and its content runs to
    the colon that closes the paragraph: its cue lists or names what the next paragraphs
    quote ("He then listed [the qualities of a nominee]:"), and the paragraph still leads
    them."""
    end = last.content_span.end
    return not last.direct and COLON_CLOSE.match(doc.text, end, para.end) is not None


def _states_up_to_colon(
    doc: Document, para: Span, last: Attribution, cues: list[Cue], frames: Frames
) -> bool:
    """Whether the paragraph's last attribution is a statement of speech, its sentence's
    only cue, whose content runs to the colon that closes the paragraph, so that a
    quotation opening the next paragraph goes on with it: "as Joel Pollak observed, [the
    biggest victor was not on the stage, it was the stage itself:] / “The clear winner
    ...”". A cue of another kind only points at what is quoted ("The bias begins to show
    when looking at how the website rated this statement by Trump:"), and one after
    another cue of its sentence may be part of what that one reports ("As Breitbart News
    reported, even on Friday morning, the Obama White House was refusing to call [the
    slaughter terrorism]:")."""
    if not _content_closes_lead(doc, para, last) or cue_form(doc, last)[1] != "speech":
        return False
    sent = frames.sentence(last.cue_span.start)
    return not any(sent.start <= c.span.start < last.cue_span.start for c in cues)


def _opens_block_quotation(
    doc: Document, para: Span, quotes: list[Quote], indices: list[int]
) -> bool:
    """Whether ``para`` opens with a quotation that runs over several paragraphs (kind
    "block": no closing mark, the next paragraph opens with a mark again)."""
    if not indices or quotes[indices[0]].kind != "block":
        return False
    first = quotes[indices[0]].outer or quotes[indices[0]].span
    if TRANSCRIPT_LABEL.match(doc.text, first.start, para.end) is not None:
        return False  # "“WALLACE: ...": a quoted transcript, read turn by turn
    return doc.text[para.start : first.start].strip() == ""


# What may stand between the comma closing one predicate of a list and the next one's
# verb: an adverb ("recounted ..., [later] recited ..."), or nothing.
LISTED_PREDICATE_GAP = re.compile(r",\s(?:[a-z]+ly\s|also\s|then\s|later\s)?\Z")
# A relative pronoun: a comma closing a relative clause parts no predicates ("Edwards,
# who preceded Cassoni as head of the division, announced").
LISTED_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b")
# What opens a clause of the content's own between an earlier cue and the source read
# for a listed one: punctuation, a conjunction or a subordinator ("welcomed [the
# initiative] but some delegates, and not only the EC, voiced", "while [Mike Huckabee]
# proposed", "her opponent, [Donald Trump], wants").
LISTED_CLAUSE_BREAK = re.compile(
    rf"[,:;—–(]|\b(?:{'|'.join(SUBORDINATORS)}|and|but|or|that|whereas)\b"
)
# The verb of a listed predicate: a past in -ed ("recited"; a form in -s may be a
# plural noun, "promises of").
LISTED_VERB = re.compile(r"[a-z]{2,}ed")
# A preposition right after a form in -ed: a participle after a noun ("funds, estimated
# at 700 mln dlrs", "the loan, agreed during a visit", "expected to grow"), no predicate.
PARTICIPLE_PREPOSITION = re.compile(
    r"\s(?:at|after|during|by|in|on|over|for|from|with|as|under|upon|since|to)\b"
)


def _share_listed_predicates(doc: Document, frames: Frames, found: list[Attribution]) -> None:
    """Predicates of one subject listed with commas: "[Bill Clinton] recounted [his wife's
    life experiences], recited [her policy ideas], and ripped into ...", "[He] later
    suggested [her cycle was behind her tone], called [her “third-rate”] and ...". A cue
    in -ed after a comma, in the content of the cue before it in the same sentence and
    ending where that content ends, was read with the object before the comma as its
    source: it is the earlier cue's subject's, and the earlier content ends at the comma.

    Left alone:
    - a form with a preposition after it, or whose phrase a comma closes: a participle
      after a noun ("the loan, agreed during a visit, ...", "the move, called a
      “standstill,” ...");
    - a comma closing a relative clause ("Edwards, who preceded Cassoni, announced");
    - a subject after punctuation, a conjunction or a subordinator inside the content,
      which is the content's own ("told [...] while her opponent, Donald Trump, wants").

    ``found`` is in text order; each attribution is compared with the one before it."""
    text = doc.text
    for k, a in pairwise(found):
        if (
            a.source_span is None
            or k.source_span is None
            or a.rule != "source-cue-content"
            or k.content_span.end != a.content_span.end
            or k.rule != "source-cue-content"
            or not (k.content_span.start <= a.source_span.start < a.cue_span.start)
            or "," in text[a.source_span.start : a.source_span.end]
            or not LISTED_VERB.fullmatch(text, a.cue_span.start, _first_space(text, a.cue_span))
            or frames.sentence(k.cue_span.start) != frames.sentence(a.cue_span.start)
            or PARTICIPLE_PREPOSITION.match(text, a.cue_span.end)
            or text.find(",", a.cue_span.end, a.content_span.end) >= 0
            or LISTED_RELATIVE.search(text, k.content_span.start, a.content_span.end)
            or LISTED_CLAUSE_BREAK.search(text, k.content_span.start, a.source_span.start)
        ):
            continue
        gap = LISTED_PREDICATE_GAP.search(
            text, max(a.source_span.end, a.cue_span.start - 12), a.cue_span.start
        )
        if gap is None or gap.start() != a.source_span.end:
            continue
        k.content_span = Span(k.content_span.start, gap.start())
        a.source_span = k.source_span


def _first_space(text: str, span: Span) -> int:
    """End of the first word of ``span``."""
    space = text.find(" ", span.start, span.end)
    return span.end if space < 0 else space


def _clause_subject_before(doc: Document, last: Attribution, a: Attribution) -> Span | None:
    """The subject of a clause that ", and" or ", but" opens after the latest statement
    ``last`` and that runs on to the comma before the participle ``a``
    (:func:`speakers.subject_after_and`): "Protest groups say ..., and [the ACLU of Ohio]
    has already sued the city over the rules, saying": the participle goes on that
    clause. None when the comma is not right before the participle."""
    comma = doc.text.rfind(",", last.cue_span.end, a.cue_span.start)
    if comma < 0 or doc.text[comma + 1 : a.cue_span.start].strip():
        return None
    return subject_after_and(doc, last.cue_span.end, comma)


def _earlier_source(earlier: list[Attribution]) -> Span | None:
    """The source of the latest statement before a participle in its sentence that names
    one: in "sources said the project, involving ..., had been discussed for years,
    adding ...", the sources, not the passive "discussed" that names none."""
    for b in reversed(earlier):
        if b.source_span is not None:
            return b.source_span
    return None


def _subject_elsewhere(doc: Document, last: Attribution, silent: list[Cue], a: Attribution) -> bool:
    """Whether a participle after statements that name no source, ``last`` the latest,
    speaks for someone its clause's subject is not: a cue that read no statement stands
    between ("X is expected to ..., bond managers here said, adding ...": the participle
    is theirs, whose source is not read), or an absolute "with" clause names a subject of
    its own. Otherwise it speaks for that subject, as one with none before it does: "Two
    federal prison officers were charged Tuesday with falsifying records, stating they
    had checked ..." (the officers state)."""
    if any(c.span.start > last.cue_span.start for c in silent):
        return True
    return ABSOLUTE_WITH.search(doc.text, last.cue_span.end, a.cue_span.start) is not None


@cache
def _document_participle() -> re.Pattern[str]:
    """A determiner, up to two words, a document of ``data/issued_documents.txt`` and a
    word in -ing, with "on" or "for" after it, then a blank: "a statement saying ", "an
    open letter calling ", "a statement calling on "."""
    documents = alternation(load_set("issued_documents"), boundary=False)
    return re.compile(
        rf"(?:an?|the|his|her|its|their)(?:[ \t\u00a0][\w’'-]+){{0,2}}?"
        rf"[ \t\u00a0]{documents}[ \t\u00a0](?P<participle>[a-z]{{2,20}}ing)"
        r"(?P<preposition>[ \t\u00a0](?:on|for))?[ \t\u00a0]+"  # "calling on", "calling for"
    )


def _take_document_participle(doc: Document, a: Attribution) -> None:
    """Move a document and its reporting participle from the start of a content into the
    cue: "[issued] [a statement saying it took the action]" becomes "[issued a statement
    saying] [it took the action]" (PolNeAR's reading): what the document says is the
    content, and the participle, a cue of its own, is part of the issuing."""
    if a.content_span.start < a.cue_span.end:
        return
    m = _document_participle().match(doc.text, a.content_span.start, a.content_span.end)
    if m is None or m.end() >= a.content_span.end:
        return
    if m.group("participle") not in cue_lexicon().forms:
        return  # "issued a statement opening the inquiry": no report
    a.cue_span = Span(
        a.cue_span.start, m.end("preposition") if m.group("preposition") else m.end("participle")
    )
    a.content_span = Span(m.end(), a.content_span.end)


@cache
def _document_phrase() -> re.Pattern[str]:
    """A determiner, up to two words and a document of ``data/issued_documents.txt``: "a
    statement", "a fundraising email" (a source that ends with one is read up to it)."""
    documents = alternation(load_set("issued_documents"), boundary=False)
    return re.compile(
        rf"(?:an?|the|his|her|its|their)(?:[ \t\u00a0][\w’'-]+){{0,2}}?[ \t\u00a0]{documents}"
    )


# The verb right before a document, in the past tense: "[released] a statement", "[sent]
# an email".
PAST_VERB_BEFORE = re.compile(r"(?<![\w'’-])(?P<verb>[a-z]{3,20})[ \t\u00a0]\Z")


def _issuer_of_document(doc: Document, frames: Frames, cue: Cue, a: Attribution) -> None:
    """Give the participle of a document sent out by someone to its sender: in "[she]
    released a statement saying ...", "[The Cruz campaign] sent a fundraising email
    Wednesday saying ..." the sender is the source (PolNeAR's reading) and the sending is
    part of the cue; "In a statement announcing ..." keeps the statement."""
    src = a.source_span
    if not cue.participle or src is None:
        return
    text = doc.text
    document = _document_phrase().search(text, src.start, src.end)
    if document is None or document.end() != src.end:
        return  # a source read as far as the document itself: "The campaign sent an email"
    sent = frames.sentence(a.cue_span.start)
    start = document.start()
    verb = PAST_VERB_BEFORE.search(text, max(sent.start, start - 24), start)
    if verb is None:
        return
    word = verb.group("verb")
    if not is_past(word):
        return
    sender = frames.source_before(sent.start, verb.start())
    if sender is None:
        return
    a.source_span = sender
    a.cue_span = Span(verb.start(), a.cue_span.end)


def _left_open(doc: Document, para: Span, frames: Frames) -> Span | None:
    """The quotation of a cue-less paragraph that opens it and stays open to the next
    paragraph (kind "block": “I am a teacher myself. I know ... ), else None."""
    if not frames.outers or doc.text[para.start : frames.outers[0].start].strip():
        return None
    if frames.quotes[frames.indices[-1]].kind != "block":
        return None
    return Span(frames.outers[0].start, frames.outers[-1].end)


def _open_quotation_before(
    doc: Document, para: Span, frames: Frames, found: list[Attribution], opened: Span
) -> None:
    """A quotation left open in the paragraph before continues in this one, whose speaker
    said both: “A ... / “B,” the minister said. The first direct content of this
    paragraph, opening it, takes in the earlier paragraph."""
    if not frames.outers or doc.text[para.start : frames.outers[0].start].strip():
        return
    if doc.text[opened.start] != doc.text[frames.outers[0].start]:
        return  # "An excerpt ... / “A,” she said: another mark, another quotation
    first = next((a for a in found if a.direct), None)
    if first is not None and first.content_span.start == frames.outers[0].start:
        first.content_span = Span(opened.start, first.content_span.end)


@cache
def _participle_phrase_lead() -> re.Pattern[str]:
    """A word of ``data/participle_phrase_leads.txt`` and a blank at the end of the words
    before a participle, standing at the start of its sentence (after at most one
    capitalised word such as "But", "Yet", "Now,") or after a comma: "[But while]
    denouncing", "Sunday, on CNN's show[, while] commenting on"."""
    leads = alternation(load_set("participle_phrase_leads"))
    return re.compile(
        rf"(?:\A(?:[A-Z][a-z]{{1,10}},?[ \t\u00a0]{{1,3}})?|,[”\"’']?[ \t\u00a0]{{1,3}})"
        rf"(?i:{leads})[ \t\u00a0]{{1,3}}\Z"
    )


# Most characters between the start of a sentence and a participle whose adverbial phrase
# opens it: "Sunday, on CNN’s “State of the Union,” while commenting" (55).
MAX_PARTICIPLE_PHRASE_LEAD = 80
# A comma, after an optional closing quotation mark, that ends a fronted phrase.
PHRASE_COMMA = re.compile(r"[”\"’']?,[ \t\u00a0]{1,3}")


def _in_fronted_phrase(text: str, sent: Span, a: Attribution) -> bool:
    """Whether the participle cue of ``a`` opens an adverbial phrase fronted before the
    sentence's subject, its content closed by the phrase's comma: "In addition to
    [stating] that unborn babies have no rights, Clinton has vowed ...", "But while
    [denouncing] the tax avoidance, she hasn't outlined a plan"."""
    lead = a.cue_span.start - sent.start
    if lead <= 0 or lead > MAX_PARTICIPLE_PHRASE_LEAD or not a.cue_span.end <= a.content_span.start:
        return False
    if not text[a.cue_span.start : a.cue_span.end].split()[0].endswith("ing"):
        return False
    if PHRASE_COMMA.match(text, a.content_span.end) is None:
        return False
    return _participle_phrase_lead().search(text[sent.start : a.cue_span.start]) is not None


def _subject_after_phrase(
    doc: Document, sent: Span, a: Attribution, later: Attribution | None
) -> Span | None:
    """The subject right after the comma that closes the fronted phrase of ``a``'s
    participle (:func:`_in_fronted_phrase`), else the source of the next cue when it
    stands there: "Yet in addition to worrying that she is out of step, [Mrs. Clinton]
    is somewhat hemmed in by her record: She and her husband supported ..." (not "She
    and her husband", the source of a later clause)."""
    comma = PHRASE_COMMA.match(doc.text, a.content_span.end)
    if comma is None:
        return None
    subject = sentence_subject(doc, comma.end(), sent.end, after_phrase=True)
    if subject is not None:
        return subject
    if later is None or later.source_span is None or later.source_span.start != comma.end():
        return None
    return later.source_span


def _opening_participle_sources(doc: Document, frames: Frames, found: list[Attribution]) -> None:
    """A participle opening its sentence speaks for the subject of the clause after it:
    "Noting that the talks had stalled, Xi said ..." gives "Noting" the source of "said";
    so does one in a fronted adverbial phrase ("While commenting on ..., Governor Fallin
    said"; "In addition to stating that ..., [Clinton] has vowed"), which takes the
    subject after the phrase's comma when no cue follows."""
    for i, a in enumerate(found):
        if a.source_span is not None:
            continue
        sent = frames.sentence(a.cue_span.start)
        fronted = _in_fronted_phrase(doc.text, sent, a)
        if not fronted and not opens_with_ing_word(doc.text, sent, a.cue_span):
            continue
        later = next(
            (
                b
                for b in found[i + 1 :]
                if b.cue_span.start >= a.content_span.end and b.cue_span.start < sent.end
            ),
            None,
        )
        if fronted:
            a.source_span = _subject_after_phrase(doc, sent, a, later)
        elif later is not None:
            a.source_span = later.source_span


# What may stand between a cue and the colon that closes its paragraph: "said:",
# "said in a statement:", "wrote on Facebook:", "describes itself in the following way:",
# "called them on it:" (a few words, no sentence mark).
INTRO_TAIL = re.compile(r"(?:\s+[\w’'-]+){0,6}\s*:\s*\Z")


def _colon_intro(doc: Document, para: Span, cues: list[Cue]) -> Cue | None:
    """The last cue of a paragraph that ends with it and a colon ("Dr. Ward stated:")."""
    if not cues or cues[-1].kind == PHRASE_LEMMA:
        return None
    last = cues[-1]
    if not doc.text[last.span.end : para.end].rstrip().endswith(":"):
        return None  # most paragraphs: no colon at their end, no pattern run
    if INTRO_TAIL.match(doc.text, last.span.end, para.end) is None:
        return None
    return last


# Most characters between a content and the end of its paragraph: the closing mark and
# the period of a quotation that ends both (".”").
MAX_CLOSING_TAIL = 2
# Marks that close a quotation.
QUOTATION_CLOSERS = ("”", '"', "''")


def _closes_with_quotation(doc: Document, para: Span, last: Attribution) -> bool:
    """Whether the paragraph's last statement ends with quoted words that close the
    paragraph, so that a quotation opening the next paragraph with no cue goes on with
    them: "saying he’s [“made a lot of money in down markets.”]" / "“Frankly, this is
    the kind of thinking our country needs ...”"."""
    text = doc.text
    end = para.end
    while end > para.start and text[end - 1].isspace():
        end -= 1
    return (
        not last.direct
        and 0 <= end - last.content_span.end <= MAX_CLOSING_TAIL
        and text.endswith(QUOTATION_CLOSERS, last.content_span.start, end)
        and any(mark in text[last.content_span.start : end] for mark in ("“", '"', "``", "''"))
    )


def _quoted(a: Attribution) -> bool:
    """Whether a content ends with a quotation ("A," she said / X may be “B,” he said)."""
    return a.direct or a.rule == "after-quote"


# Participles after a cue that go on speaking, so that a quotation after them is theirs:
# “A,” she said, adding that ... “B.” (after "referring to X" or "invoking X" the
# quotation goes on with "said").
QUOTE_TAKING_PARTICIPLES = frozenset({"add"})


# Fewest words of a quotation inside a later sentence of the writer's that still reads as
# more of the speaker's words (“at-large” delegates, the phrase ''tax reform'' do not).
SPOKEN_WORDS = 4


# A relative clause opening in a speaker's apposition after the cue: ", who", ", which".
APPOSITION_RELATIVE = re.compile(r"\s(?:who|whose|which)\s")


# A writer's sentence that opens with another person's full name and a verb that is no
# cue: "Betsy Ebeling shook her head." (a given name and a surname, both capitalised,
# then a word in lower case).
PERSON_ACTS = re.compile(
    r"(?P<name>[A-Z][a-z]{1,20}[ ][A-Z][\w'’-]{1,30})[ ](?P<verb>[a-z]{2,20})\b"
)


def _after_another_persons_sentence(
    frames: Frames, target: Attribution, outer: Span, opens: int
) -> bool:
    """Whether a cue-less quotation opens its sentence right after a writer's sentence
    that tells what another person did: "“It goes in here,” Tom Ebeling said. Betsy
    Ebeling shook her head. “Tom’s much better about it than I am.”" The quotation is
    no more the first speaker's words (PolNeAR leaves it unattributed)."""
    if opens != outer.start or target.content_span.end > outer.start:
        return False
    before = frames.sentence(opens - 1)
    if before.start <= max(target.cue_span.end, target.content_span.end):
        return False  # the quotation goes on right after the speaker's own sentence
    text = frames.doc.text
    acts = PERSON_ACTS.match(text, before.start, opens)
    if acts is None or cue_lexicon().forms.get(acts.group("verb")) is not None:
        return False
    source = target.source_span
    return source is None or acts.group("name") not in text[source.start : source.end]


def _extend_with_quotes(found: list[Attribution], frames: Frames) -> None:
    """Quotes of a paragraph outside every content join the nearest direct attribution."""
    # Contents only grow here, so a quote met by one at the start is met at its turn.
    contents = _Contents(found)
    for qi, outer in zip(frames.indices, frames.outers, strict=True):
        if contents.meet(outer) or any(a.content_span.overlaps(outer) for a in found):
            continue
        quote = frames.quotes[qi]
        if (
            is_title(frames.doc, quote)
            or word_before_title(frames.doc, quote) is not None
            or is_nickname(frames.doc, quote)
            or (
                is_named_subject(frames.doc, quote)
                and not any(
                    frames.sentence(a.cue_span.start) == frames.sentence(outer.start) for a in found
                )
            )
        ):
            continue  # the “Pose” actor said, on “DWTS”, listen to “Glasgow”: a work's
            # name; Marcia "Cia" Price: a nickname; “Non-paper” is a term with no cue in
            # its sentence; no words said
        direct = [a for a in found if _quoted(a)]
        if not direct:
            # "She said A. “B.”": a quoted sentence after an indirect statement continues it.
            before_all = [a for a in found if a.content_span.end <= outer.start]
            if not before_all or frames.sentence(outer.start).start != outer.start:
                continue
            direct = before_all[-1:]
        before = [a for a in direct if a.content_span.end <= outer.start]
        between = [
            a
            for a in found
            if before
            and not _quoted(a)
            and a.rule != "participle"  # “A,” he said, referring to X. “B”: B is his still
            and before[-1].cue_span.end < frames.sentence(a.cue_span.start).start
            and a.content_span.end <= outer.start
        ]
        if between:
            # “A,” says Garcia. She says [people should ...]. “B”: the statement in between
            # is nearer; a quoted sentence after it continues it
            if frames.sentence(outer.start).start != outer.start:
                continue
            before = between[-1:]
        target = before[-1] if before else min(direct, key=lambda a: a.content_span.start)
        opens = frames.sentence(outer.start).start
        if (
            opens != outer.start
            and target.content_span.end <= outer.start
            and opens > max(target.cue_span.end, target.content_span.end)
            and len(frames.doc.text[outer.start : outer.end].split()) < SPOKEN_WORDS
        ):
            # “A,” said Tom John. John is running ... to select 27 “at-large” delegates: a
            # quotation inside a later sentence of the writer's is no more of his words
            continue
        if (
            opens != outer.start
            and outer.end <= target.content_span.start
            and frames.sentence(target.cue_span.start).start > outer.end
            and len(frames.doc.text[outer.start : outer.end].split()) < SPOKEN_WORDS
        ):
            # his “Keepin' It Real” radio program ... . “A,” Mr. Sharpton said: nor is one
            # inside an earlier sentence the words of a speaker quoted after it
            continue
        if _after_another_persons_sentence(frames, target, outer, opens):
            continue
        if (
            target.cue_span.end < outer.start
            and opens <= target.cue_span.start
            and APPOSITION_RELATIVE.search(frames.doc.text, target.cue_span.end, outer.start)
            and frames.doc.text[: outer.start].rstrip()[-1:].isalpha()
        ):
            # “A,” said Leslie Feldman, a plaintiff who waited in an “extraordinarily long
            # line”: a quotation inside a relative clause after the speaker describes the
            # speaker ("said X, an economist who ..., “is that ...”" goes on after a comma)
            continue
        if before:
            # “A,” Trump said, adding [a plug for himself]. “B”: the participle that
            # follows the cue is the nearer statement, and B goes on with it.
            target = next(
                (
                    a
                    for a in reversed(found)
                    if a.rule == "participle"
                    and cue_lemma(frames.doc, a) in QUOTE_TAKING_PARTICIPLES
                    and a.cue_span.start > target.cue_span.end
                    and a.content_span.end <= outer.start
                ),
                target,
            )
        target.content_span = Span(
            min(target.content_span.start, outer.start), max(target.content_span.end, outer.end)
        )


def link_quotes(doc: Document, attributions: list[Attribution], quotes: list[Quote]) -> list[Quote]:
    """Give each quote the source and cue of the attribution that carries it; drop the rest.

    The contract's quotes are words attributed to someone: titles and scare
    quotes that nobody says ("Jaws", so-called "reforms") go. Keeping long
    quotes without a found speaker raised quote recall on PolNeAR train but
    lowered speaker accuracy more (measured with a 6-word floor).
    """
    kept: list[Quote] = []
    ai = 0
    ordered = sorted(attributions, key=lambda a: a.content_span.start)
    listed = title_lists(doc, quotes)
    for number, q in enumerate(quotes):
        if number in listed:
            continue  # hits including “Listen To The Music,” “China Grove”: works' names
        if is_title(doc, q) or is_scare_quote(doc, q) or is_nickname(doc, q):
            continue  # "on NBC's “Meet the Press”": a work's name, inside a content or not;
            # the so-called “reforms”: words nobody is said to have said
        outer = q.outer or q.span
        while ai < len(ordered) and ordered[ai].content_span.end < outer.start:
            ai += 1
        # The innermost content that holds the quote: "In a message [posted Friday, Cruz
        # said [he had “doubts”]]" gives the quote to Cruz.
        owner = None
        for a in ordered[ai : ai + 6]:
            holds = a.content_span.start <= q.span.start and q.span.end <= a.content_span.end
            if holds and (owner is None or len(a.content_span) < len(owner.content_span)):
                owner = a
        if owner is not None and owner.source_span is None and is_embedded_title(doc, q):
            continue  # "when you listen to “Glasgow,” seems as crazy": a song's name in a
            # statement of nobody's, no words said
        if (
            owner is not None
            and is_named_subject(doc, q)
            and doc.sentence_at(owner.cue_span.start) != doc.sentence_at(q.span.start)
        ):
            continue  # "... ,” Clinton wrote. “Non-paper” is a diplomatic term for ...": a
            # content run on to a term the writer names, no words of the speaker's
        if owner is not None:
            q.speaker_span = owner.source_span
            q.cue_span = owner.cue_span
            owner.quotes.append(len(kept))
            kept.append(q)
    return kept


# A preposition between a cue and its content, which belongs to the cue: "called [for]
# more troops", "warned [against] ...", "talked [about] ...", "hints [at] ...".
CUE_PREPOSITION = re.compile(r"[ ](?:for|on|about|of|against|upon|to|with|at)(?=[ ]\Z)")


def _with_preposition(doc: Document, cue: Span, content: Span) -> Span:
    """``cue`` with the preposition that stands alone between it and ``content``: "called
    for [more troops]" has the cue "called for" (the content without it would read as
    the object of the bare verb: "argued [proposals]" for "argued against proposals")."""
    if not 3 <= content.start - cue.end <= 9:
        return cue  # the content right after the cue, or before it: most attributions
    m = CUE_PREPOSITION.match(doc.text, cue.end, content.start)
    if m is None or NO_PREPOSITION_OBJECT.match(doc.text, content.start) is not None:
        return cue  # "announced on [March 16]", "claims for [131.2 mln riyals]": a time or sum
    return Span(cue.start, m.end())


# A date or a sum opening a content: the preposition before it is no part of the cue.
NO_PREPOSITION_OBJECT = re.compile(
    rf"[\d$£€]|(?:more|less|fewer)\sthan\b"  # "sought for [more than two years] to buy"
    rf"|(?:{'|'.join(w.capitalize() for w in (*MONTHS, *WEEKDAYS))})\b"
)


# A word as printed in a title line: its first letter tells its case.
TITLE_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# Share of capitalised words from which a line is printed in title case, and the words
# it needs at least.
TITLE_SHARE = 0.75
TITLE_MIN_WORDS = 4
# Longest paragraph read as a title line: a headline is short.
TITLE_MAX_CHARS = 400
# Three words in lower case in a row: a line of prose, told before its words are counted.
PROSE_RUN = re.compile(r"\b[a-z][\w’'-]* [a-z][\w’'-]* [a-z]")


def _title_line(doc: Document, para: Span) -> bool:
    """Whether a paragraph is printed in title case, as a headline is: "Rubio Says
    Abandoning Comprehensive Immigration Reform Was A Sign Of Leadership"."""
    if para.end - para.start > TITLE_MAX_CHARS:
        return False
    if PROSE_RUN.search(doc.text, para.start, para.end) is not None:
        return False
    words = TITLE_WORD.findall(doc.text, para.start, para.end)
    if len(words) < TITLE_MIN_WORDS:
        return False
    # Fewer capitalised words than the share: read until the lower-case ones are too many
    # (a line of prose fails on its first words)
    lower_allowed = (1 - TITLE_SHARE) * len(words)
    lower = 0
    for word in words:
        if not word[0].isupper():
            lower += 1
            if lower > lower_allowed:
                return False
    # "3. EXPERTS DOWNPLAY PLANNED LAUNCH": a line in capitals is a list's heading
    return sum(not w.isupper() for w in words) >= TITLE_SHARE * len(words)


def _reports_in_title(doc: Document, a: Attribution) -> bool:
    """Whether the cue of a title line in the body is a verb of speech in the present or
    the past, as a headline prints it ("Rubio Responds", "Salma Hayek Described"): a
    colon labels such a line ("Contributing: ..."), and "Video Shows", "Quality Seems",
    "Amazon Echo Buds" report nothing; a preposition the cue took is read apart ("Rubio
    Calls For", "Opened Up About" is a form)."""
    form = doc.text_of(a.cue_span).casefold()
    if form not in cue_lexicon().forms:
        form = closing_cue_preposition().sub("", form)
    lemma, kind = cue_lexicon().forms.get(form, (form, ""))
    return kind == "speech" and form != lemma


def _with_title_lines(
    doc: Document, paragraphs: list[Span], found: list[Attribution]
) -> list[Attribution]:
    """``found`` with the attributions of the body's headlines, the paragraphs in title
    case of a list or a live blog that report nothing found yet: "Salma Hayek Described
    [Her Experience Being Discriminated Against]"; each is read as a headline is."""
    extra: list[Attribution] = []
    for para in paragraphs:
        if not _title_line(doc, para):
            continue
        if any(a.cue_span.overlaps(para) or a.content_span.overlaps(para) for a in found):
            continue
        extra += [a for a in find_headline_attributions(doc, para) if _reports_in_title(doc, a)]
    if not extra:
        return found
    return sorted(found + extra, key=lambda a: a.cue_span.start)


# "Let" and the pronoun after it, before a cue: "Let[ me] just say".
LET_PRONOUN = re.compile(r"Let\s(me|us)\s")


def _let_pronoun(doc: Document, source: Span, cue: Span) -> Span:
    """The pronoun after a source "Let", which speaks: "Let [me] first express my
    gratitude", "Let [us] remember"; any other source as it is."""
    if source.end - source.start != 3:
        return source  # most sources: no "Let"
    m = LET_PRONOUN.match(doc.text, source.start, cue.start)
    return Span(m.start(1), m.end(1)) if m is not None else source


# The single marks of a headline's quotation (‘A’, 'A'); doubled (‘‘A’’, ''A'') they
# are double marks.
SINGLE_MARKS = frozenset(SINGLE_OPEN + "'")

# The last letter or digit of the text read: none but other characters after it.
LAST_LETTER = re.compile(r"[^\W_](?=[\W_]*\Z)")
# How many characters before the end of a stretch are tried one by one for its last
# letter, before the engine reads the stretch (a stop and closing marks end most).
LAST_LETTER_STEPS = 4


@dataclass(slots=True)
class _Quotations:
    """The quotations of a document in double marks, with their marks, sorted by start,
    and their starts, for bisection."""

    outers: list[Span]
    starts: list[int]


def _double_quotations(doc: Document, quotes: list[Quote]) -> _Quotations:
    """The quotations in double marks: a headline's ‘single’ marks make no direct
    content in PolNeAR."""
    text = doc.text
    outers = []
    for q in quotes:
        outer = q.outer or q.span
        mark = text[outer.start : outer.start + 2]
        if mark[:1] in SINGLE_MARKS and mark[1:] != mark[:1]:
            continue  # ‘A’ or 'A', not ‘‘A’’ or ''A''
        outers.append(outer)
    outers.sort(key=lambda s: s.start)
    return _Quotations(outers, [s.start for s in outers])


def _has_letter(text: str, start: int, end: int) -> bool:
    """Whether a letter or digit lies in ``text[start:end]``."""
    return start < end and ALNUM.search(text, start, end) is not None


def _last_letter_in(text: str, start: int, end: int) -> int:
    """Where the last letter or digit of ``text[start:end]`` lies, or -1 when none does."""
    j = end
    stop = max(start, end - LAST_LETTER_STEPS)
    while j > stop:
        j -= 1
        if text[j].isalnum():
            return j
    m = LAST_LETTER.search(text, start, j) if start < j else None
    return m.start() if m is not None else -1


def _last_letter_outside(doc: Document, piece: Span, quotations: _Quotations) -> int:
    """Where the last letter or digit of ``piece`` outside the quotations lies, or
    ``piece.start - 1`` when none does."""
    text = doc.text
    outers = quotations.outers
    last = piece.start - 1
    at = piece.start
    i = max(bisect.bisect_right(quotations.starts, piece.start) - 1, 0)
    while at < piece.end:
        while i < len(outers) and outers[i].end <= at:
            i += 1
        gap_end = min(outers[i].start, piece.end) if i < len(outers) else piece.end
        found = _last_letter_in(text, at, gap_end)
        if found >= 0:
            last = found
        if i >= len(outers) or gap_end >= piece.end:
            break
        at = outers[i].end
    return last


def _is_direct(doc: Document, a: Attribution, quotations: _Quotations) -> bool:
    """Whether a content is direct as PolNeAR reads it: a piece of it, on one side of
    the source and cue set inside it, has all its letters inside double quotation
    marks: "[“We will win,”] she said. [“They will lose.”]", "Yet Trump is a “change
    agent,” Cole said. [“That’s what people want.”]", "In other words, he said, [''the
    era is over.'']"; not "[“the wind is at our backs” despite his loss]" nor "[“A,”
    and, “B.”]"."""
    content = a.content_span
    i = bisect.bisect_left(quotations.starts, content.end) - 1
    if i < 0 or quotations.outers[i].end <= content.start:
        return False  # no quotation reaches into the content (quotations do not nest)
    source = a.source_span
    cue = a.cue_span
    if source is not None and content.overlaps(source):
        if content.overlaps(cue):
            lo, hi = min(source.start, cue.start), max(source.end, cue.end)
        else:
            lo, hi = source.start, source.end
    elif content.overlaps(cue):
        lo, hi = cue.start, cue.end
    else:
        return _piece_is_direct(doc, content, quotations)
    return _piece_is_direct(
        doc, Span(content.start, max(lo, content.start)), quotations
    ) or _piece_is_direct(doc, Span(min(hi, content.end), content.end), quotations)


def _piece_is_direct(doc: Document, piece: Span, quotations: _Quotations) -> bool:
    """Whether all the letters of ``piece``, or of its end from a quotation that opens a
    sentence, lie inside double quotation marks (and it has some)."""
    last = _last_letter_outside(doc, piece, quotations)
    start = piece.start if piece.start > last else _sentence_opener(doc, piece, quotations, last)
    return start >= 0 and _has_letter(doc.text, start, piece.end)


# The end of a sentence just before a quotation mark: a stop, the marks closing it, space
# ("... bring us together.” [“I think ...”]"); a colon goes on its sentence.
SENTENCE_END_BEFORE = re.compile(r"[.!?][\"”’']{0,2}\s{1,8}\Z")

# The most characters SENTENCE_END_BEFORE reads before a quotation.
SENTENCE_END_CHARS = 11


def _sentence_opener(doc: Document, piece: Span, quotations: _Quotations, after: int) -> int:
    """The start of the first quotation inside ``piece`` (after its first character and
    after ``after``) that opens a sentence, or -1: from there to the piece's end is a
    piece of the content of its own, as PolNeAR splits "Massie said Trump had “the
    opportunity.” [“I think he can.”]". (A later one would hold fewer of the letters
    after ``after``, which all lie inside quotations.)"""
    starts = quotations.starts
    i = bisect.bisect_right(starts, max(piece.start, after))
    while i < len(starts) and starts[i] < piece.end:
        at = starts[i]
        if SENTENCE_END_BEFORE.search(doc.text, max(at - SENTENCE_END_CHARS, 0), at) is not None:
            return at
        i += 1
    return -1


def apply(doc: Document, article: Article, ctx: Context) -> None:
    """Find the attributions of the body and give each quote its speaker and cue."""
    paragraphs = article.paragraphs()
    quotations = _double_quotations(doc, article.quotes)
    found = find_attributions(doc, paragraphs, article.quotes)
    found = add_frames(doc, paragraphs, found)
    head = article.headline
    if head is not None and head.headline is not None:
        found = find_headline_attributions(doc, head.headline) + found
    found = _with_title_lines(doc, paragraphs, found)
    for a in found:
        if a.source_span is not None:
            a.source_span = without_verb_tail(doc, a.source_span, a.cue_span)  # "[Police] had"
            a.source_span = without_contraction(doc, a.source_span)  # "[We]’ll try to"
            a.source_span = without_time(doc, a.source_span)  # "[Cruz] last week", no "Monday"
        if a.source_span is not None:
            a.source_span = without_question_auxiliary(doc, a.source_span)  # "Did [Cruz]"
            a.source_span = with_that_antecedent(doc, a.source_span)  # "[a super PAC that]"
            a.source_span = _let_pronoun(doc, a.source_span, a.cue_span)  # "Let [me] say"
        if a.source_span is not None:
            # "[The campaign] released a statement saying": the document is no part of it
            a.source_span = without_release(doc, a.source_span)
        if a.source_span is not None and a.rule != "headline":
            # "This compares with [the bank's] estimate of ...": the possessor
            a.source_span = possessor_only(doc, a.source_span, a.cue_span)
        if a.source_span is not None and a.rule != "headline":
            # "Opponents sued over [North Carolina legislation] restricting ...": the noun
            a.source_span = participle_noun(doc, a.source_span, a.cue_span)
            # "[Rattling off] promises to ..., Clinton promised": the subject after the phrase
            a.source_span = without_opening_participle(doc, a.source_span, a.cue_span)
        closed = set_off_relative_end(doc, a.cue_span, a.content_span)
        if closed is None:
            # "At a time when it was said [that Democrats might never win again], Bill
            # Clinton proved ...": the opening phrase ends at its comma
            closed = opening_phrase_end(doc, a.source_span, a.cue_span, a.content_span)
        if closed is None:
            # "Ever since she endorsed [Mrs. Clinton this month], Ms. Warren has ..."
            closed = fronted_clause_end(doc, a.source_span, a.cue_span, a.content_span)
        if closed is not None:
            # "The bill, [which the Senate is expected to vote on next week], returns ...":
            # the relative clause ends where the sentence's main verb goes on
            a.content_span = Span(a.content_span.start, closed)
        lemma, kind = cue_form(doc, a)  # (the cue keeps its span until the amount below)
        own = after_own_preposition(doc, lemma, a.cue_span, a.content_span)
        if own is not None:
            a.content_span = Span(own, a.content_span.end)  # "agreed with [the analysis]"
        linked = after_connective(doc, a.content_span)
        if linked is not None:
            a.content_span = Span(linked, a.content_span.end)  # "Still, [the plan ...]"
        lead = interrupted_lead(doc, lemma, a.source_span, a.cue_span, a.content_span)
        if lead is not None:
            a.content_span = Span(lead, a.content_span.end)  # "[Recently], he said, [he ...]"
        condition = condition_lead(doc, kind, a.source_span, a.cue_span, a.content_span)
        if condition is not None:
            a.content_span = Span(condition, a.content_span.end)  # "[If A], he said [B]"
        amount = after_said_amount(doc, a.cue_span, a.content_span)
        if amount is not None:
            # "[said little about] the plan": the amount and "about" go with the cue
            a.cue_span = Span(a.cue_span.start, trim_end(doc, a.cue_span.start, amount))
            a.content_span = Span(amount, a.content_span.end)
        a.cue_span = _with_preposition(doc, a.cue_span, a.content_span)
        # "[“The fire is not contained,”] according to Cal Fire": direct; "[“a deep and
        # sincere apology” to Sen. Bernie Sanders]": not
        a.direct = _is_direct(doc, a, quotations)
    # "Emirates ..., [will restart] plans to expand": a predicate, no source
    found = [a for a in found if a.source_span is None or not opens_with_modal(doc, a.source_span)]
    found = _outside_embedded_posts(doc, found)
    found = _outside_disclaimers(doc, found)
    found = _outside_sources_after_cues(doc, found)
    article.attributions = _outside_editor_notes(doc, paragraphs, found)
    article.quotes = link_quotes(doc, article.attributions, article.quotes)


# Longest label of data/note_labels.txt read at a paragraph's start, with a mark before.
NOTE_LABEL_CHARS = 30


def _outside_editor_notes(
    doc: Document, paragraphs: list[Span], found: list[Attribution]
) -> list[Attribution]:
    """``found`` without the cues of relative clauses in an editors' note ("Editor’s
    note: X is a serial liar ... [who] has repeatedly [pledged] to ban ..."): the note
    describes a person in the outlet's own words, it reports nothing."""
    labels = tuple(load_set("note_labels"))
    notes = [
        p
        for p in paragraphs
        if doc.text[p.start : p.start + NOTE_LABEL_CHARS]
        .casefold()
        .replace("’", "'")
        .lstrip(" *_(")
        .startswith(labels)
    ]
    if not notes:
        return found
    notes.sort(key=lambda p: p.start)  # paragraphs do not overlap
    in_note = inside_any(notes)
    return [
        a
        for a in found
        if a.source_span is None
        or doc.text_of(a.source_span).casefold() not in RELATIVE_PRONOUNS
        or not in_note(a.cue_span.start)
    ]


# A publisher's disclaimer opening a sentence: the views of a piece and whose they are,
# or that the outlet does not hold them: "The views and opinions expressed in the article
# do not necessarily reflect those of Sputnik", "Views and opinions expressed in this
# article are those of the author alone", "Opinions expressed by Forbes Contributors are
# their own". The words between are bounded (no sentence's end among them).
DISCLAIMER = re.compile(
    r"""
    (?:disclaimer[ ]?:[ ]?)?(?:the[ ])?
    (?:views|opinions)(?:[ ](?:and|or)[ ](?:views|opinions))?[ ]expressed[ ]
    [^.!?\n]{0,100}?[ ]
    (?:(?:do|does)[ ]not[ ](?:necessarily[ ])?(?:reflect|represent)       # ... not those of
      |(?:are|is)[ ](?:solely[ ]|entirely[ ]|strictly[ ])?
       (?:those[ ]of|the[ ](?:author|writer|personal)|(?:his|her|their|my|our)[ ]own))
    \b""",
    re.IGNORECASE | re.VERBOSE,
)


def _outside_disclaimers(doc: Document, found: list[Attribution]) -> list[Attribution]:
    """``found`` without the attributions whose cue lies in a publisher's disclaimer
    (:data:`DISCLAIMER`): "The views and opinions [expressed] in the article do not
    necessarily reflect those of Sputnik" is page furniture printed under a column, no
    statement of the story."""
    text = doc.text
    if "xpressed" not in text:
        return found  # most texts: no disclaimer
    notices = [s for s in doc.sentences if DISCLAIMER.match(text, s.start, s.end) is not None]
    if not notices:
        return found
    in_notice = inside_any(notices)
    return [a for a in found if not in_notice(a.cue_span.start)]


def _outside_sources_after_cues(doc: Document, found: list[Attribution]) -> list[Attribution]:
    """``found`` without the attributions whose cue lies inside a source printed after its
    own cue: "..., said [The We Company’s recently named executive chair Marcelo Claure]"
    names the one who spoke ("named" there tells an appointment), and "wrote [a man
    calling himself Paul Paul]" describes them; neither states anything of its own. One
    whose content holds a quotation stays (the words quoted were said), and so does one
    told by a relative pronoun ("rejected [producers who argued for unchanged terms]"):
    the relative clause tells what its noun said."""
    after = sorted(
        (
            a.source_span
            for a in found
            if a.source_span is not None and a.cue_span.end <= a.source_span.start
        ),
        key=lambda s: s.start,
    )
    if not after:
        return found
    in_source = inside_any(after)
    return [
        a
        for a in found
        if not in_source(a.cue_span.start)
        or QUOTE_MARK.search(doc.text, a.content_span.start, a.content_span.end)
        or (a.source_span is not None and _told_by_relative(doc, a.source_span))
    ]


def _told_by_relative(doc: Document, source: Span) -> bool:
    """Whether a source is or ends in a relative pronoun: "[who]", "[a strategist who]"."""
    words = doc.text_of(source).split()
    return bool(words) and words[-1].casefold() in RELATIVE_PRONOUNS


# An element of markup left in a plain text around an embedded post, opened by a tag with
# attributes and closed by the same name: `<tweet id="6721" author="@SkyNews">...
# </tweet>` (a tag closed on itself, `<tweet id="1"/>`, holds nothing).
EMBEDDED_ELEMENT = re.compile(
    r"""<(?P<name>[A-Za-z][\w-]*)(?:\s+[\w-]+=(?:"[^"<>]*"|'[^'<>]*'))+\s*>"""
)


def _embedded_posts(text: str) -> list[Span]:
    """The insides of the embedded elements of ``text``, in order."""
    out: list[Span] = []
    closes: dict[str, int] = {}  # a name -> where its next closing tag starts (-1: none)
    at = text.find("<")
    while at >= 0:
        m = EMBEDDED_ELEMENT.match(text, at)
        if m is None:
            at = text.find("<", at + 1)
            continue
        name = m.group("name")
        close = closes.get(name, m.end() - 1)
        if 0 <= close < m.end():
            # each closing tag is looked for once: a text of openings left unclosed
            # stays linear
            close = closes[name] = text.find("</" + name + ">", m.end())
        if close < 0:
            at = text.find("<", m.end())
            continue
        out.append(Span(m.end(), close))
        at = text.find("<", close + 2)
    return out


def _outside_embedded_posts(doc: Document, found: list[Attribution]) -> list[Attribution]:
    """``found`` without the attributions whose cue lies inside an embedded post
    (`<tweet author="@realDonaldTrump">Mr. Khan ... viciously [attacked] me ...
    </tweet>`): the post is its author's words, shown as they were posted, and
    reports nothing of the article's own."""
    if "</" not in doc.text:
        return found  # most texts: no markup left in them
    posts = _embedded_posts(doc.text)
    if not posts:
        return found
    in_post = inside_any(posts)
    return [a for a in found if not in_post(a.cue_span.start)]
