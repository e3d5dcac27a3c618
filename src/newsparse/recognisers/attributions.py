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

The headline is read too, whatever its case::

    Pence Blames [Media For The Flap]
    [Her fate hinges on Obama], analyst says
    Clinton camp: [Trump's rhetoric threatens security]
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Callable
from functools import cache
from itertools import islice, pairwise

from ..article import Article, Attribution, Quote
from ..document import Document, Span, inside_any
from ..lexicon import alternation, load_set
from ..patterns import DOUBLE_OPEN, RELATIVE_PRONOUNS, SINGLE_OPEN, STRAIGHT_DOUBLE, WORD
from ..pipeline import Context
from .added_frames import add_frames
from .content_bounds import (
    ASKING_LEMMAS,
    CLOSING_LEMMAS,
    FINITE_VERB,
    QUOTE_MARK,
    SUBORDINATORS,
    after_connective,
    after_own_preposition,
    after_said_amount,
    at_least,
    contrasted_stance_at,
    fronted_clause_end,
    interrupted_lead,
    object_end,
    opening_phrase_end,
    set_off_relative_end,
    trim_end,
    trim_start,
)
from .cues import (
    LISTENER_LEMMAS,
    PHRASE_LEMMA,
    SAY_LEMMAS,
    STANCE,
    Cue,
    cue_form_spans,
    cue_lexicon,
    find_cues,
    find_cues_in,
)
from .date_patterns import MONTHS, WEEKDAYS
from .frames import Frames, states_only_a_time
from .headline import is_section_label
from .naming_cues import names_only, unname_named_things
from .places import find_area, find_city
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
    AUXILIARIES,
    OBJECT_PRONOUNS,
    SUBJECT_PRONOUNS,
    possessor_only,
    sentence_subject,
    source_before,
    with_that_antecedent,
    without_contraction,
    without_release,
    without_time,
    without_verb_tail,
)
from .speakers import OPENING_PREPOSITIONS as PHRASE_PREPOSITIONS
from .transcript_cues import LABEL as TRANSCRIPT_LABEL

LOGGER = logging.getLogger(__name__)


def _resolve_nesting(doc: Document, found: list[Attribution]) -> list[Attribution]:
    """Keep outermost attributions: none whose cue lies in another's content.

    A second statement coordinated with the first ("He said A, and when asked,
    he said B") is kept, and the first content ends before the coordination.
    Each candidate is compared only with the kept attributions whose extent
    (cue and content) meets its own, found by bisection over their starts.
    """
    if len(found) < 2:
        return found
    # "According to a source, who requested anonymity, ...": a cue inside the source of
    # "according to" describes the source and reports nothing.
    sources = [a.source_span for a in found if a.rule == "according-to" and a.source_span]
    if sources:
        found = [
            a
            for a in found
            if not any(s.start <= a.cue_span.start and a.cue_span.end <= s.end for s in sources)
        ]
    kept: list[Attribution] = []
    removed: set[int] = set()  # orders of kept frames that gave way to a quotation inside
    # Extents of the kept attributions as (start, order kept, end), sorted by start.
    # A cut only shortens a content, so an extent stays a superset of its attribution.
    extents: list[tuple[int, int, int]] = []
    longest = 0
    # Longest content first; of two as long, the one that names its source.
    for a in sorted(found, key=lambda a: (-len(a.content_span), a.source_span is None)):
        lo = min(a.cue_span.start, a.content_span.start)
        hi = max(a.cue_span.end, a.content_span.end)
        first = bisect.bisect_left(extents, (lo - longest, -1, -1))
        last = bisect.bisect_left(extents, (hi, -1, -1))
        near = sorted(order for _, order, end in extents[first:last] if end > lo)
        clash = False
        for order in near:
            if order in removed:
                continue
            k = kept[order]
            if _issued_within(doc, k, a):
                continue  # “A,” he told them, according to a statement: both stand
            if k.content_span.overlaps(a.cue_span) and a.rule == "reduced-passive":
                # "said [the senator, supported by Midwestern Democrats, had not ruled out
                # ...]": a stance named inside a statement is part of it
                clash = True
                break
            if (
                k.content_span.overlaps(a.cue_span)
                and a.content_span.start > k.cue_span.end
                and not _is_stance(doc, a)
                and not _is_passive_view(doc, a)
                and not _is_intention(doc, a, k)
                and not _contrasted_stance(doc, a, k)
            ):
                # "He said A, and when asked, he said B": the second statement stands
                # beside the first (an adjective of stance is part of the first: "said
                # markets and business remain skeptical of ...")
                cut = next(
                    (end for rule in _NESTING_CUTS if (end := rule(doc, k, a)) is not None), None
                )
                if cut is not None and _leaves_no_clause(doc, k.content_span.start, cut):
                    # "said [that] while he was opposed to Trump, he was uncommitted": the
                    # clause before the subject is part of the that-clause
                    cut = None
                if (
                    cut is not None
                    and k.rule == "interrupted"
                    and cut <= doc.text.find(",", k.cue_span.end, k.content_span.end)
                ):
                    cut = None  # "[A], he said then, [B]": the content goes on after its cue
                if (
                    cut is not None
                    and k.rule == "according-to"
                    and k.source_span is not None
                    and k.cue_span.start < cut
                    and trim_end(doc, k.source_span.end, cut) == k.source_span.end
                ):
                    # "[Only one person was killed ...], according to the agency, and there
                    # were only eight reported ...": the content goes back before its cue
                    cut = trim_end(doc, k.content_span.start, k.cue_span.start)
                if cut is not None:
                    k.content_span = Span(k.content_span.start, cut)
                    continue
                if _said_within(doc, k, a):
                    _take_removed_source(doc, k, a)
                    removed.add(order)
                    continue
                clash = True
                break
            start = _after_inner_statement(doc, k, a)
            if start is not None:
                k.content_span = Span(start, k.content_span.end)
                continue
            if (
                k.content_span.overlaps(a.cue_span)
                or a.content_span.overlaps(k.cue_span)
                or k.content_span.overlaps(a.content_span)
            ):
                if _said_within(doc, k, a):
                    _take_removed_source(doc, k, a)
                    removed.add(order)
                    continue
                clash = True
                break
        if not clash:
            bisect.insort(extents, (lo, len(kept), hi))
            longest = max(longest, hi - lo)
            kept.append(a)
    return sorted(
        (k for order, k in enumerate(kept) if order not in removed), key=lambda a: a.cue_span.start
    )


# Kinds of cue whose frame gives way to a quotation said inside its content.
AROUND_SAID_KINDS = frozenset({"speech", "belief", "evidence"})


def _said_within(doc: Document, outer: Attribution, inner: Attribution) -> bool:
    """Whether ``inner``, a quotation said or told, stands inside the content of
    ``outer``, the frame of a cue other than "say" or "tell" (a verb of speech, belief or
    evidence), and takes its place: "posted [her message under a headline that said,
    “ISIS Declares ...”]", "wonder [Trump said, and I quote, “We love the poorly
    educated.”]", "appeared [to assert his leadership plans by saying, “I am trying
    ...”]". PolNeAR marks the quotation with its own "said", and the frame around it
    (train 1 time against 8, dev 1 against 2) not. The cue introduces the quotation,
    whose content is one quotation, whole: a "said" after a quotation inside another
    content is read there with words of that content ("think they can “outsource” ...
    to “dictators” and followed up with a more frontal attack on Trump, who has said").
    """
    if not inner.direct or outer.direct or outer.rule == "according-to":
        return False
    content = inner.content_span
    if inner.cue_span.end > content.start:
        return False  # the cue introduces the quotation after it
    marks = list(islice(QUOTE_MARK.finditer(doc.text, content.start, content.end), 3))
    if len(marks) != 2 or marks[0].start() != content.start or marks[1].end() != content.end:
        return False  # the content is one quotation, whole
    if not outer.content_span.start <= inner.cue_span.start < outer.content_span.end:
        return False
    if _cue_form(doc, inner)[0] not in SAY_LEMMAS:
        return False
    lemma, kind = _cue_form(doc, outer)
    return kind in AROUND_SAID_KINDS and lemma not in SAY_LEMMAS


# A capitalised word right before a participle, its doer: "footage of [Trump] saying".
NAME_BEFORE = re.compile(r"\b[A-Z][\w.’'-]*\s+\Z")


def _take_removed_source(doc: Document, outer: Attribution, inner: Attribution) -> None:
    """Give a participle that takes the place of ``outer`` (:func:`_said_within`) the
    source of ``outer`` when its own source runs over that cue: "[Sibson] defended the new
    rules saying", "[a statement] was issued saying", "[The senator] appeared to defend
    the plan by saying", where the participle's source read "Sibson defended the new
    rules". A name right before the participle is its own doer: "The spot concludes with
    footage of [Trump] saying"."""
    source = inner.source_span
    if (
        source is not None
        and outer.source_span is not None
        and source.start <= outer.cue_span.start < source.end
        and doc.text_of(inner.cue_span).endswith("ing")
        and NAME_BEFORE.search(doc.text, source.start, inner.cue_span.start) is None
    ):
        inner.source_span = outer.source_span


# What a cut may not leave of a content: nothing but "that" and punctuation.
NO_CLAUSE = re.compile(r"[\s,;:—–-]*(?:that)?[\s,;:—–-]*", re.IGNORECASE)


def _leaves_no_clause(doc: Document, start: int, cut: int) -> bool:
    """Whether cutting a content that opens at ``start`` at ``cut`` leaves no words but
    "that" ("said [that] while he ...", "finds [that], while 37 percent say ...")."""
    return NO_CLAUSE.fullmatch(doc.text, start, cut) is not None


# "and" or "but", adverbs and a present auxiliary before a coordinated cue: "[and is]
# considering", "[but] supports".
COORDINATED_PRESENT = re.compile(
    r"\s*(?:and|but)\s(?:(?:also|still|just|now|not)\s)*(?P<aux>(?:is|are|has|have|does|do)\s(?:not\s)?)?"
)
# A cue in the present tense: "supports", "expects".
PRESENT_FORM = re.compile(r"[a-z]*[^s\W]s")
# An auxiliary (and a word, an adverb most often) right before a verb: "has said", "would
# say", "will seek", "did not want", "has long planned"; a cue after one is no simple past.
AUXILIARY_BEFORE = re.compile(rf"{alternation(AUXILIARIES)}\s+(?:\w+\s+)?\Z")


def _present_after_past(doc: Document, outer: Attribution, inner: Attribution, cut: int) -> bool:
    """Whether a cue coordinated after a statement in the past tense is in the present
    tense, so that it goes on with the reported clause rather than tell a second statement
    of the source: "Osuna said [the group is not an advocacy group and supports candidates
    on both sides]", "The company said [it is holding talks and expects an agreement soon]"
    ("Trump said he would win and called Clinton a liar": both in the past)."""
    text = doc.text
    if inner.source_span is None or inner.source_span.start > outer.cue_span.start:
        return False  # the inner cue has a source of its own in the content
    verb = COORDINATED_PRESENT.match(text, cut, inner.cue_span.start)
    if verb is None or verb.end() != inner.cue_span.start:
        return False
    cue = text[inner.cue_span.start : inner.cue_span.end]
    if verb.group("aux") is None and PRESENT_FORM.fullmatch(cue) is None:
        return False
    form = text[outer.cue_span.start : outer.cue_span.end].casefold().rsplit(None, 1)[-1]
    lemma, kind = cue_lexicon().forms.get(form, (form, ""))
    if kind != "speech" or form == lemma or form.endswith(("s", "ing")):
        return False  # a statement in the past tense: "said", not "says" nor "expected"
    lo = max(0, outer.cue_span.start - 16)
    return AUXILIARY_BEFORE.search(text, lo, outer.cue_span.start) is None


def _issued_within(doc: Document, outer: Attribution, inner: Attribution) -> bool:
    """Whether ``inner`` is a quotation with its own cue and source that makes the whole
    content of a trailing "according to" a document of data/issued_documents.txt ("“A,”
    he told settler leaders, according to a statement from his office"): the document
    carries the speaker's words, so both stand and the quotation goes to the inner, innermost, one. (After a
    news outlet, "“A,” said one expert, as reported by the Independent", PolNeAR gives
    the quotation to the outlet: keeping both there lowered polnear-train source accuracy
    0.9376 -> 0.9366 and quote-speaker accuracy 0.9458 -> 0.9441.)"""
    if outer.rule != "according-to" or outer.source_span is None:
        return False
    content = outer.content_span
    if content.end > outer.cue_span.start or inner.source_span is None or not inner.direct:
        return False
    if inner.rule == "according-to" or inner.content_span.start != content.start:
        return False
    if not all(
        content.start <= span.start and span.end <= content.end
        for span in (inner.cue_span, inner.source_span)
    ):
        return False
    words = WORD.findall(doc.text_of(outer.source_span).casefold())
    return not load_set("issued_documents").isdisjoint(words)


# A coordination right before a clause or a predicate: "and ", ", but ", "; ".
COORDINATED_BEFORE = re.compile(r"(?:\b(?:and|but)|;)\s+(?:(?:also|now|still|instead)\s+)?\Z")
# A "that" opening a content, after an adverb set off by commas: "that ", "that, ",
# "however, that ".
THAT_OPENING = re.compile(r"(?:[a-z]+,\s+)?that\b,?\s*")
# A relative word that opens a clause of its own: "donors who want", "studies that seek".
RELATIVE_WORD = re.compile(r"\b(?:who|whom|which|that|whose)\b")
# Verbs of intention whose statement is part of a content they stand in.
INTENTION_LEMMAS = frozenset({"plan", "want", "seek", "hope"})


def _cue_form(doc: Document, a: Attribution) -> tuple[str, str]:
    """Lemma and kind of an attribution's cue, ``("", "")`` when the cue is no single form
    of the lexicon ("was quick to criticize")."""
    return cue_lexicon().forms.get(doc.text_of(a.cue_span).casefold(), ("", ""))


def _lemma(doc: Document, a: Attribution) -> str:
    """The lemma of an attribution's cue (see :func:`_cue_form`)."""
    return _cue_form(doc, a)[0]


def _is_stance(doc: Document, a: Attribution) -> bool:
    """Whether the cue of ``a`` is an adjective of stance ("optimistic", "skeptical")."""
    return _cue_form(doc, a)[1] == STANCE


def _is_passive_view(doc: Document, a: Attribution) -> bool:
    """Whether the cue of ``a`` reports a view only in the passive (data/passive_only_cues
    .txt) or a stance only before a name (data/name_only_cues.txt): inside another content
    it is part of it, "says [the endorsements from Christie and Sessions can be seen as an
    indication ...]", "found [better support for Clinton, with 78 percent of Sanders voters
    backing Clinton]", and no second statement."""
    form = doc.text_of(a.cue_span).casefold()
    return form in load_set("passive_only_cues") or form in load_set("name_only_cues")


def _is_intention(doc: Document, a: Attribution, outer: Attribution) -> bool:
    """Whether ``a`` is an intention ("plans to", "wants to") inside the content of
    ``outer`` after its own subject: "said [South Korea plans to import ...]"."""
    if _lemma(doc, a) not in INTENTION_LEMMAS:
        return False
    # The intention is the content's own verb when only its subject stands before it:
    # "said [the province, ..., plans to double output]". A second predicate or clause
    # ("said A and plans to B", "A, and Republicans want B"), a relative clause ("donors
    # who want") or a clause with a verb of its own before it stands beside the first.
    text = doc.text
    cue_start = a.cue_span.start
    if text[cue_start : a.cue_span.end].endswith("ing") or text.endswith(" to ", 0, cue_start):
        return False  # "in an effort to seek", "not seeking": no verb of a clause
    if text[outer.cue_span.start : outer.cue_span.end].endswith("ing"):
        return False  # "Manila, seeking to reschedule ..., wants to pay": the sentence's verb
    start = outer.content_span.start
    opening = THAT_OPENING.match(text, start)
    if opening is not None:
        start = opening.end()  # "[however, that] Lorenzo planned", "[that,] due to ..."
    source = a.source_span
    anchor = source.start if source is not None and start <= source.start < cue_start else cue_start
    end = cue_start
    aux = AUXILIARY_BEFORE.search(text, max(start, end - 24), end)
    if aux is not None:
        end = aux.start()  # "the United States and its allies [will] seek"
    return (
        COORDINATED_BEFORE.search(text, max(start, anchor - 16), anchor) is None
        and COORDINATED_BEFORE.search(text, max(start, end - 16), end) is None
        and FINITE_VERB.search(text, start, end) is None
        and RELATIVE_WORD.search(text, start, end) is None
        and not find_cues_in(text, Span(start, end))  # "aside from saying he wants"
    )


def _contrasted_stance(doc: Document, a: Attribution, outer: Attribution) -> bool:
    """Whether ``a`` is a stance or an intention that a statement of ``outer`` goes on to
    after "but" (:func:`content_bounds.contrasted_stance_at`), its subject none or a
    pronoun: "said [she considered how that would play to readers, but she wanted to be
    realistic]" is one statement of the source's."""
    text = doc.text
    lo = outer.content_span.start
    if not (_lemma(doc, outer) in SAY_LEMMAS or THAT_OPENING.match(text, lo)):
        return False
    but = text.rfind(" but ", lo, a.cue_span.start)
    return (
        but > lo
        and text[but - 1] not in SET_OFF_MARKS  # "— but he wants": a clause set off
        and contrasted_stance_at(text, but + 4, a.cue_span.end) == a.cue_span.end
    )


# Marks before "but" that set off what follows as a clause of its own: "— but".
SET_OFF_MARKS = frozenset("—–-")


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


# A clause boundary before a second source: ", and " / "; " / ", but " / " and " / ", "
# ("7 percent said A, 27 percent of those polled said B").
# The last boundary counts: the stretch after it holds no other one, and no quote mark
# (so that "“passion and commitment” but argues" is cut before "but").
COORDINATION = re.compile(
    r"""
    (?:;\s|,?\s(?P<conjunction>and|but|while)\s|,(?P<mark>[”"]|'')?\s)
    (?:(?!\s(?:and|but|while)\s)[^,;“”"]){0,80}$
    """,
    re.VERBOSE,
)


# A short phrase set off by a comma before a sentence's subject: "Earlier Tuesday, ".
OPENING_PHRASE = re.compile(r"[^,;:.“”\"]{1,40},\s+")
# Between a subject and its verb: a comma, an auxiliary, an adverb ("has also").
SHORT_GAP = re.compile(r",?\s+(?:[a-z]+\s+){0,2}")
# Kinds of cue that tell a statement of their own source: "says", "revealed".
REPORTING_KINDS = frozenset({"speech", "evidence"})
# A conjunction that joins the rest of a sentence to a statement before it: ", and ".
JOINING_AND = re.compile(r"(?:and|but)\s+")


def _after_inner_statement(doc: Document, outer: Attribution, inner: Attribution) -> int | None:
    """Where the content of a closing "according to" starts when the sentence before it
    opens with a statement that names its own source and cue: "His campaign manager, Jeff
    Weaver, says [it's proof ...], [which stood at 263 ...], according to the Associated
    Press", "court filings revealed [that he has sought damages], [alleging that ...],
    according to a document". The inner statement is its source's, and the source of
    "according to" vouches for the rest of the sentence."""
    if outer.rule != "according-to" or outer.content_span.end > outer.cue_span.start:
        return None
    content = outer.content_span
    source = inner.source_span
    if (
        source is None
        or not content.start <= source.start
        or not source.end <= inner.cue_span.start < inner.content_span.start
        or inner.content_span.end > content.end
    ):
        return None  # only "Source cue [content]", whole in the outer content
    if source.start > content.start and not OPENING_PHRASE.fullmatch(
        doc.text, content.start, source.start
    ):
        return None  # "Despite George Will's call to abandon Trump, ...": inside a clause
    if doc.text_of(source).casefold() in RELATIVE_PRONOUNS:
        return None  # "The committee, which supported Kloppenburg, spent ...": one clause
    if SHORT_GAP.fullmatch(doc.text, source.end, inner.cue_span.start) is None:
        return None  # "Sanders and Clinton are nearing an agreement that would see him endorse"
    form = doc.text_of(inner.cue_span).casefold()
    if form in load_set("naming_participles") or _cue_form(doc, inner)[1] not in REPORTING_KINDS:
        return None  # "<John Labatt Ltd> is considering expansion, but ...": no report
    start = trim_start(doc, inner.content_span.end, content.end)
    joining = JOINING_AND.match(doc.text, start, content.end)
    if joining is not None:
        start = joining.end()
    return start if content.end - start >= 10 else None


# A colon or a dash set off by spaces right before a statement, with nothing but spaces
# after it: "suggested [the plan was unserious] - “Again, ...,” she said".
BREAK_BEFORE = re.compile(r"(?::|\s(?:-|--|–|—))\s*\Z")


# A relative pronoun opening an aside, after a quantity: "which", "most of whom".
RELATIVE_OPENING = re.compile(r"(?:[a-z]+\s+of\s+)?(?:who|whom|which|whose|what)\b")


def _statement_after_break(doc: Document, outer: Attribution, inner: Attribution) -> int | None:
    """Where an outer content ends when a statement with a source of its own opens right
    after a colon or a dash inside it: "asserted [that France had lost its identity]:
    “France is no longer France,” he claimed", "seems to recognize [his problem] — he
    told the AP that ...". The break closes the first content, and the words after it
    are the second source's, not part of the first."""
    source = inner.source_span
    if source is None or not outer.content_span.contains(source):
        return None
    if doc.text_of(source).casefold() in RELATIVE_PRONOUNS:
        return None  # "..., who said": a clause about a noun of the content
    start = min(source.start, inner.cue_span.start, inner.content_span.start)
    lo = outer.content_span.start
    if start - lo < 3:
        return None
    m = BREAK_BEFORE.search(doc.text, max(lo, start - 8), start)
    if m is None or RELATIVE_OPENING.match(doc.text, start, inner.cue_span.start):
        return None  # "capital flows -- which he estimated can ... --": an aside on a noun
    mark = doc.text[m.start() : m.end()].strip()
    if mark != ":" and doc.text.find(f" {mark} ", lo, m.start()) >= 0:
        return None  # "the cause — gun control — he believes will ...": an aside closes
    end = trim_end(doc, lo, m.start())
    return end if end - lo >= 3 else None


# A conjunction that opens a clause of its own right before an inner source: "skeptical
# of [a takeover] since Atlanta-based Coke has stated ...".
SUBORDINATE_BEFORE_SOURCE = re.compile(r"\s(?:since|because|although|though|whereas)\s\Z")


def _subordinate_before(doc: Document, outer: Attribution, inner: Attribution) -> int | None:
    """Where the object of an adjective of stance ends when the source of ``inner``
    follows a conjunction of cause or concession inside it: "skeptical of [a takeover]
    since Coke has stated ..." (the clause gives the reason, with its own source and
    cue)."""
    source = inner.source_span
    if (
        source is None
        or source.start <= outer.content_span.start
        or not _is_stance(doc, outer)
        or doc.text.startswith("that ", outer.content_span.start)
    ):
        return None  # a clause of cause in a statement is most often the statement's own
    lo = max(outer.content_span.start, source.start - 12)
    m = SUBORDINATE_BEFORE_SOURCE.search(doc.text, lo, source.start)
    if m is None or m.start() <= outer.content_span.start:
        return None
    return trim_end(doc, outer.content_span.start, m.start())


# A conjunction of time or contrast right before an inner source: "admitted [it made a
# mistake] when a local pediatrician reported ...".
CLAUSE_BEFORE_SOURCE = re.compile(
    r"\s(?:when|after|before|whereas|(?:even\s)?though|even\sas|now\sthat)\s\Z"
)


def _clause_before(doc: Document, outer: Attribution, inner: Attribution) -> int | None:
    """Where an outer content ends before a clause of time or contrast whose subject
    states something of its own: "admitted [it made a mistake] when a local pediatrician
    reported ...", "calling for [Trump to be banned] after the candidate suggested ...",
    "posted [a robust rally today] after a major packing company said ...". The clause
    tells what someone else said or did, no part of what the outer cue reports. A
    statement of "say" or "tell" and a that-clause keep their clauses ("said [he recoiled
    when Mr. Trump began attacking ...]", "argue [that the EPA overstepped its authority
    when ...]"), and so does a noun of time ("in December when", "at a time when")."""
    source = inner.source_span
    if source is None or source.start <= outer.content_span.start:
        return None
    if doc.text_of(source).casefold() in RELATIVE_PRONOUNS or source.end > inner.cue_span.start:
        return None
    if _lemma(doc, outer) in SAY_LEMMAS or THAT_OPENING.match(doc.text, outer.content_span.start):
        return None
    if inner.content_span.start < inner.cue_span.end:
        return None  # "“That makes me smart,” when Clinton blasted him": no clause's content
    if _cue_form(doc, inner)[1] == "belief" or doc.text_of(inner.cue_span).endswith("ing"):
        return None  # "after a debate expected to open", "even as the lights came up
        # signaling": no clause of a source of its own
    if SHORT_GAP.fullmatch(doc.text, source.end, inner.cue_span.start) is None:
        return None
    lo = max(outer.content_span.start, source.start - 14)
    m = CLAUSE_BEFORE_SOURCE.search(doc.text, lo, source.start)
    if m is None or m.start() - outer.content_span.start < 3:
        return None
    before = WORD_BEFORE.search(doc.text, max(outer.content_span.start, m.start() - 24), m.start())
    if before is not None and _is_time_noun(before.group().casefold()):
        return None  # "rebuked Trump in December when ...": the clause tells of the month
    if find_cues_in(doc.text, Span(outer.content_span.start, m.start())):
        return None  # "found [51 pct thought he was lying when he said ...]": the clause is
        # the inner cue's
    return trim_end(doc, outer.content_span.start, m.start())


# A verb of a clause in a content: an auxiliary, a modal, a past form in -ed.
CLAUSE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|must|should|may"
    r"|might|[a-z]{3,}ed)\b"
)
# A preposition of time or means right before a participle: "before explaining", "by
# calling".
PREPOSITION_BEFORE_PARTICIPLE = re.compile(r"\s(?:before|after|by|while)\s\Z")


def _participle_after_preposition(
    doc: Document, outer: Attribution, inner: Attribution
) -> int | None:
    """Where an outer content ends before a participle of its source's that follows a
    preposition of time or means: "called [her fallen son her hero] before explaining why
    she forgave Roof", "sought [to regain the initiative] by pledging further police
    reform". The participle tells a second statement of the same source (given to it
    with the sentence's earlier attribution)."""
    if inner.source_span is not None or outer.source_span is None:
        return None
    if not doc.text_of(inner.cue_span).endswith("ing"):
        return None
    lemma, kind = _cue_form(doc, outer)
    lo = outer.content_span.start
    if lemma in SAY_LEMMAS or kind == "belief" or THAT_OPENING.match(doc.text, lo):
        return None  # "said [Icahn must prove his offer credible by revealing ...]"
    m = PREPOSITION_BEFORE_PARTICIPLE.search(
        doc.text, max(lo, inner.cue_span.start - 8), inner.cue_span.start
    )
    if m is None or CLAUSE_VERB.search(doc.text, lo, m.start()):
        return None  # "claimed [Airbus tried to overturn pledges by offering ...]": the
        # participle belongs to the content's own clause
    end = trim_end(doc, lo, m.start())
    return end if end - lo >= 3 else None


def _relative_statement_start(doc: Document, outer: Attribution, inner: Attribution) -> int | None:
    """Where an outer content ends before a relative clause of "who" that says something
    of its own: "offered [fresh ammunition to Republicans] who say the law is a money
    pit", "defended [the accord against critics] who said it merely deferred ...". The
    people the clause describes speak for themselves. Inside a statement of say/tell, a
    question ("asked [Clinton about women who said ...]") or a that-clause ("noted [that
    73 percent of Democrats who said ...]") the clause stays, and so does a clause of
    what someone would say ("a politician who will say whatever ...")."""
    source = inner.source_span
    if source is None or doc.text_of(source).casefold() != "who":
        return None
    if _lemma(doc, inner) not in SAY_LEMMAS or source.end > inner.cue_span.start:
        return None
    lo = outer.content_span.start
    if not lo < source.start < outer.content_span.end:
        return None
    if _lemma(doc, outer) in SAY_LEMMAS | ASKING_LEMMAS or THAT_OPENING.match(doc.text, lo):
        return None
    gap = SHORT_GAP.fullmatch(doc.text, source.end, inner.cue_span.start)
    if gap is None or MODAL.search(doc.text, source.end, inner.cue_span.start):
        return None
    end = trim_end(doc, lo, source.start)
    return end if end - lo >= 3 else None


# A modal verb: "who will say".
MODAL = re.compile(r"\b(?:will|would|could|might|may|can)\b")
# Marks that close a quotation.
CLOSING_MARKS = "”\"'’"
# Punctuation that closes a clause, and the spaces after it.
CLAUSE_BREAK_BEFORE = re.compile(r"[,;:.]\s+\Z")


def _quotation_after_break(doc: Document, outer: Attribution, inner: Attribution) -> int | None:
    """Where an indirect content ends before a quotation given to a speaker of its own,
    after a comma, a colon or a period: "Trump attacked [Clinton], the attendees chanted,
    “Lock her up!”", "She denied [reports that ...]. “We're not thinking of issuing
    bonds,” she said", "I asked [if he would ever endorse Clinton], he looked ... and
    said, “...”". The quotation is its speaker's, no part of the first content."""
    if outer.direct or not inner.direct or inner.source_span is None:
        return None
    text = doc.text
    if (
        not QUOTE_MARK.match(text, inner.content_span.start)
        or text[inner.content_span.end - 1] not in CLOSING_MARKS
    ):
        return None  # "the United States would respond “vigorously” to ...": a quoted word
    speaker = min(inner.source_span.start, inner.cue_span.start)
    if RELATIVE_WORD.search(text, inner.content_span.end, speaker):
        return None  # "the term, “radical Islam,” which some Republicans want": no speaker
    if doc.text_of(inner.source_span).casefold() in RELATIVE_PRONOUNS:
        return None
    start = min(inner.source_span.start, inner.cue_span.start, inner.content_span.start)
    lo = outer.content_span.start
    if start - lo < 3 or not CLAUSE_BREAK_BEFORE.search(doc.text, max(lo, start - 8), start):
        return None
    end = trim_end(doc, lo, start)
    return end if end - lo >= 3 else None


# The last word before a position.
WORD_BEFORE = re.compile(r"\w+\Z")


def _is_time_noun(word: str) -> bool:
    """Whether ``word`` names a time: a month, a weekday, data/time_nouns.txt."""
    return word in MONTHS or word in WEEKDAYS or word in load_set("time_nouns")


def _opening_participle_end(doc: Document, outer: Attribution, inner: Attribution) -> int | None:
    """Where the content of a participle that opens its sentence ends: before the subject
    of the main clause, when that subject is the source of ``inner`` ("Conceding [that a
    deal would come “down the line”] he warned: “...”")."""
    source = inner.source_span
    cue = doc.text[outer.cue_span.start : outer.cue_span.end]
    if (
        source is None
        or not (cue[:1].isupper() and cue.endswith("ing"))
        or not outer.content_span.start < source.start < outer.content_span.end
        or not (doc.text[source.start].isupper() or doc.text_of(source) in SUBJECT_PRONOUNS)
    ):
        return None  # "... on a hydrocarbon called acetylene": no subject of a main clause
    sentence = doc.sentence_at(outer.cue_span.start)
    if sentence is None or sentence.start != outer.cue_span.start:
        return None  # a participle inside its sentence: "..., saying"
    return trim_end(doc, outer.content_span.start, source.start)


def _relative_clause_end(doc: Document, outer: Attribution, inner: Attribution) -> int | None:
    """Where a relative clause's content ends before the main verb of its sentence: "the
    groups who wrote [to her on Thursday] say they are concerned"."""
    text = doc.text
    if outer.source_span is None or inner.source_span is None:
        return None
    if text[outer.source_span.start : outer.source_span.end].casefold() not in RELATIVE_PRONOUNS:
        return None
    if _lemma(doc, inner) not in SAY_LEMMAS:
        return None  # the main verb is a form of "say" or "tell"
    if inner.source_span.start > outer.source_span.start:
        # An object pronoun is no subject of the main verb: "wrote to [her]"; any other
        # word is ("... at the moment [he] says it": a clause of the content's own).
        if (
            not outer.content_span.contains(inner.source_span)
            or text[inner.source_span.start : inner.source_span.end].casefold()
            not in OBJECT_PRONOUNS
        ):
            return None
        # "the groups who wrote to [her] on Thursday say": the main clause's subject is
        # the phrase before the relative pronoun, in its sentence
        window = max(0, outer.source_span.start - 120)
        period = text.rfind(". ", window, outer.source_span.start)
        lo = max(
            text.rfind("\n", window, outer.source_span.start) + 1,
            period + 2 if period >= 0 else 0,
            window,
        )
        subject = source_before(doc, lo, outer.source_span.start)
        if subject is None:
            return None
        inner.source_span = subject
    end = trim_end(doc, outer.content_span.start, inner.cue_span.start)
    return end if end - outer.content_span.start >= 3 else None


# A second that-clause of the outer cue: "said A and that B" is one content.
SECOND_THAT = re.compile(r",?\s(?:and|but)\s(?:also\s)?that\s")


# "that" and a parenthetical phrase: what a cut at the phrase's comma would leave.
PARENTHETICAL_THAT = re.compile(r"that,[^,]{1,60}")


# Prepositions that open a phrase at a content's start: "that [at] one of his meetings, ...".
OPENING_PREPOSITIONS = (
    "in", "at", "on", "by", "for", "during", "with", "without", "despite", "under", "given",
)  # fmt: skip
# A subordinate clause or a prepositional phrase that opens a content, after "that" or
# right after the cue ("said if elected, he would ..."); after no "that", only the
# conjunctions that always open a clause ("as" or "after" may open a phrase).
SUBORDINATE_THAT = re.compile(
    r"that\s(?:"
    + "|".join((*SUBORDINATORS, "whenever", "unless"))
    + r"|(?P<preposition>"
    + "|".join(OPENING_PREPOSITIONS)
    + r"))\b|(?:if|when|whenever|since|because|although|though|while|unless|once)\s"
)
# A conjunction after a comma: the comma joins two clauses.
CONJUNCTION_AFTER_COMMA = re.compile(r"(?:and|but|or|while|yet)\b")


def _first_comma(text: str, start: int, end: int) -> int:
    """The first comma in ``text[start:end]``, or ``end``."""
    at = text.find(",", start, end)
    return end if at < 0 else at


def _coordination_before(doc: Document, outer: Attribution, inner: Attribution) -> int | None:
    """Where the content of ``outer`` should end so that ``inner`` stands beside it, if it
    can."""
    lo = outer.content_span.start
    source = inner.source_span
    if source is not None and source.start == lo:
        return None  # "said [several provinces, including Newfoundland,] oppose ...", "said
        # [its Environmental Systems and Services unit] agreed ...": the inner source opens
        # the content, as its own subject
    anchor = source.start if source is not None and source.start > lo else inner.cue_span.start
    if anchor - lo < 10:
        return None
    m = COORDINATION.search(doc.text, max(lo, anchor - 100), anchor)
    if m is None or SECOND_THAT.match(doc.text, m.start()) is not None:
        return None
    if (
        source is not None
        and source.start > lo
        and m.group("conjunction") == "and"
        and not doc.text.startswith(",", m.start())
        and anchor > m.end("conjunction") + 1
        and not _clause_after_and(doc.text, m.end("conjunction") + 1, anchor)
    ):
        return None  # "says [the increase in polarization and partisanship that Bloomberg
        # decries ...]": words between "and" and the inner source join two nouns, the
        # inner attribution sits inside the content's own clause
    if (
        source is not None
        and source.start > lo
        and m.group("conjunction") == "and"
        and not doc.text.startswith(",", m.start())
        and anchor == m.end("conjunction") + 1
        and (_lemma(doc, outer) in SAY_LEMMAS or THAT_OPENING.match(doc.text, lo))
        and NOUN_PHRASE_ONLY.fullmatch(doc.text, lo, m.start()) is not None
        # "said [Saudi Arabia wants oil price stability] and he called on ...": a
        # pronoun opens a clause of its own
        and doc.text[source.start : source.end].casefold() not in SUBJECT_PRONOUNS
        and next(cue_form_spans(doc.text, lo, m.start()), None) is None
    ):
        return None  # "said [his focus groups and other research show that ...]": a noun
        # phrase opening a statement before "and" shares the inner cue as its subject,
        # no clause of its own (the object of "asked for [a photo] and Clinton said"
        # is none)
    if (
        (source is None or source.start < lo)
        and m.group("conjunction") == "and"
        and not doc.text.startswith(",", m.start())
        and anchor > m.end("conjunction") + 1
        and (noun := NOUN_AFTER_AND.match(doc.text, m.end("conjunction") + 1, anchor)) is not None
        and noun.group("word") not in load_set("irregular_pasts")
        and INFINITIVE_BEFORE.search(doc.text, max(0, lo - 40), lo) is None
        and not _clause_after_and(doc.text, m.end("conjunction") + 1, anchor)
    ):
        return None  # "reported [spending $1.1 million on online and television ads
        # attacking Trump]", "discuss [a new security agreement and ways to counter
        # Iran]": the inner cue stands in a noun joined by "and", no second predicate
    if (
        source is not None
        and source.start > lo
        and m.group("conjunction") == "and"
        and doc.text.startswith(",", m.start())
        and (_lemma(doc, outer) in SAY_LEMMAS or THAT_OPENING.match(doc.text, lo))
        and NOUN_PHRASE_ONLY.fullmatch(doc.text, lo, m.start()) is not None
        and SET_OFF_NOUN_PHRASE.fullmatch(doc.text, m.end("conjunction"), inner.cue_span.start)
        is not None
        and next(cue_form_spans(doc.text, lo, m.start()), None) is None
    ):
        return None  # "say [that account, and hundreds just like it, show how ...]": a
        # second noun phrase set off by commas joins the first, one compound subject of
        # the inner cue, no clause of its own
    return _coordination_cut(doc, lo, inner, m)


def _word_other_than(pronouns: str) -> str:
    """A word that is no auxiliary, no verb of saying or in -ed, no negation and none of
    ``pronouns`` (an alternation)."""
    return (
        r"(?!(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|should|may"
        rf"|might|must|{pronouns}|said|says|told|\w+n['’]t|[a-z]{{3,}}ed)\b)"
        r"[\w'’.-]+"
    )


# A few words with no verb, pronoun subject, clause mark or quotation: a noun phrase
# ("his focus groups", "that account").
_NOUN_PHRASE_WORD = _word_other_than("he|she|they|we|I|it|you")
NOUN_PHRASE_ONLY = re.compile(rf"{_NOUN_PHRASE_WORD}(?:\s{_NOUN_PHRASE_WORD}){{0,5}}")
# A noun phrase after "and" set off by a comma right before a cue: " hundreds just like
# it, " in "that account, and hundreds just like it, show" (an object pronoun may end it).
_SET_OFF_WORD = _word_other_than("he|she|they|we|I")
SET_OFF_NOUN_PHRASE = re.compile(rf"\s{_SET_OFF_WORD}(?:\s{_SET_OFF_WORD}){{0,5}},\s")


# A word after "and" that opens a second clause or a second predicate of the source: an
# auxiliary, a subject pronoun, an adverb, a verb in -ed ("and said it is considering",
# "and recently announced", "and he gave").
CLAUSE_AFTER_AND = re.compile(
    r"(?:has|have|had|is|was|were|are|will|would|could|can|did|does|do|then|later|also"
    r"|since|so|not|never|there|he|she|they|we|I|it|[a-z]+ly|[a-z]{3,}ed)\b"
)


# A word after "and" that may open a noun phrase: not a particle or an adverb that
# opens a predicate ("and to once again rail", "and by dismissing", "and even
# questioned"), nor a verb in the past of data/irregular_pasts.txt.
NOUN_AFTER_AND = re.compile(
    r"(?!(?:to|by|even|also|once|then|never|not|still|again|just|later|[a-z]+ly)\b)"
    r"(?P<word>[a-z][\w'’-]*)\s"
)


# An infinitive cue right before a content, whose second bare verb "and" may join
# ("trying to call [the Republicans' bluff] and force their hand").
INFINITIVE_BEFORE = re.compile(r"\bto\s(?:[\w'’-]+\s){1,2}\Z")


def _clause_after_and(text: str, at: int, end: int) -> bool:
    """Whether the words after "and" at ``at`` open a clause or a predicate of their own:
    a word of :data:`CLAUSE_AFTER_AND` or a cue's form ("and said", "and told")."""
    if CLAUSE_AFTER_AND.match(text, at, end):
        return True
    word = WORD.match(text, at, end)
    return word is not None and word.group().casefold() in cue_lexicon().forms


def _coordination_cut(doc: Document, lo: int, inner: Attribution, m: re.Match[str]) -> int | None:
    """Where the outer content ends at the coordination ``m``, if it does."""
    # “A,” on Tuesday he said B: the quote closes the content.
    cut = m.end("mark") if m.group("mark") else trim_end(doc, lo, m.start() + 1)
    if PARENTHETICAL_THAT.fullmatch(doc.text, lo, cut):
        return None  # "noted [that, like him,] Mrs. Clinton had been ...": one clause
    opening = SUBORDINATE_THAT.match(doc.text, lo, cut)
    if (
        opening is not None
        and doc.text.startswith(", ", m.start())
        and not CONJUNCTION_AFTER_COMMA.match(doc.text, m.start() + 2)
        and not (
            opening.group("preposition") is not None
            and FINITE_VERB.search(
                doc.text, opening.end(), _first_comma(doc.text, opening.end(), cut)
            )
            is not None
        )
    ):
        # "worried [that if the state held up the deal,] Patriot could ...": the comma
        # closes a clause or a phrase that opens the content, whose main clause follows
        # (not after a verb: "Noting [that on Earth there is a bacterium ...,] Malaska
        # asked": a preposition's phrase has none, the comma ends the whole clause).
        return None
    if m.group("mark") and inner.content_span.start < cut:
        return None  # “A,” she said: the inner content is this one's quote, no second clause
    return cut


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
    for para in _bounded(doc, paragraphs, quotes, sentence_starts):
        indices: list[int] = []
        while qi < len(quotes) and quotes[qi].span.start < para.end:
            if quotes[qi].span.start >= para.start:
                indices.append(qi)
            qi += 1
        led, lead = lead, None
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
                _take_document_participle(doc, a)
                _issuer_of_document(doc, frames, cue, a)
                if a.source_span is None and PARTICIPLE_INFINITIVE.search(
                    doc.text, max(para.start, cue.span.start - 40), cue.span.start
                ):
                    a.rule = "participle"  # "Sanders said, going on to say that ...": his
                found.append(a)
        _share_listed_predicates(doc, frames, found)
        found = _resolve_nesting(doc, found)
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
                a.source_span = (
                    earlier[-1].source_span
                    if earlier
                    else silent_source
                    or sentence_subject(doc, sent.start, a.cue_span.start)
                    or (frames.source_before(sent.start, a.cue_span.start) if a.direct else None)
                )
        _opening_participle_sources(doc, frames, found)
        unname_named_things(doc, found)
        # "He apologized [the next day], saying ...": a time is no statement (its
        # participle keeps the source read above)
        found = [
            a
            for a in found
            if not states_only_a_time(doc, a, sent := frames.sentence(a.cue_span.start))
            and not names_only(doc, a, sent)
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
        if not found and frames.outers and previous_direct is not None:
            # A quote paragraph with no cue continues the previous speaker's quotation.
            first = frames.outers[0]
            if doc.text[para.start : first.start].strip() == "" and not is_named_subject(
                doc, frames.quotes[frames.indices[0]]
            ):  # (“Containment” has been U.S. policy ...: a term, no words said)
                previous_direct.content_span = Span(
                    previous_direct.content_span.start, frames.outers[-1].end
                )
                continue
        if opened is not None and found:
            _open_quotation_before(doc, para, frames, found, opened)
        opened = _left_open(doc, para, frames) if not found else None
        previous_direct = next((a for a in reversed(found) if _quoted(a)), None) if found else None
        if block is not None:
            found = [block, *found]  # beside the statements the paragraph reports itself
        if intro is None and (not found or _content_closes_lead(doc, para, found[-1])):
            lead = _colon_lead(doc, para, sentence_starts)
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
    if not (word.endswith("ed") or word in load_set("irregular_pasts")):
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


def _opening_participle_sources(doc: Document, frames: Frames, found: list[Attribution]) -> None:
    """A participle opening its sentence speaks for the subject of the clause after it:
    "Noting that the talks had stalled, Xi said ..." gives "Noting" the source of "said"."""
    for i, a in enumerate(found):
        if a.source_span is not None:
            continue
        sent = frames.sentence(a.cue_span.start)
        word = doc.text[a.cue_span.start : a.cue_span.end].split()[0]
        if a.cue_span.start != sent.start or not word.endswith("ing") or not word[0].isupper():
            continue
        later = next(
            (
                b
                for b in found[i + 1 :]
                if b.cue_span.start >= a.content_span.end and b.cue_span.start < sent.end
            ),
            None,
        )
        if later is not None:
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
                    and _lemma(frames.doc, a) in QUOTE_TAKING_PARTICIPLES
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


# The cues that close a headline after its source ("..., Qatar says", "..., study finds",
# "..., poll shows").
HEADLINE_CLOSING_LEMMAS = CLOSING_LEMMAS | {"find", "show"}
# Most words of a source in a headline ("Trevor Noah Says", "Campaign for Trump says").
HEADLINE_SOURCE_WORDS = 6
# Where a headline's clauses part: "Some Democrats will skip it; But expert says ...".
HEADLINE_CLAUSE = re.compile(r"[^;\n]+")
# A word that opens a subordinate clause inside a headline, before the clause's subject:
# "Shares slump as Musk warns ...", "Stocks rise after Fed says ...".
HEADLINE_SUBORDINATOR = re.compile(
    r"\b(?:as|after|when|while|because|since|before|amid|despite|once)\s"
)
# A clause of its own that ends a headline's content: "vows [to stop the boats] as
# crossings rise", "[attacking critics] as scrutiny heats up" ("praises Clinton as 'work
# horse'" and "after the 2008 crisis" go on); in title case too "While", "Because", "Amid"
# and "Despite" ("Defends [Trump] Amid Military-Related Controversies"), not "As" or
# "When", which as often go on in the content ("To Enter U.S. As Refugees").
HEADLINE_CONTENT_END = re.compile(
    r"\s(?:as(?!\s(?:a|an|the|his|her|its|their)\b|\s['‘\"“])|when"
    r"|[wW]hile|[bB]ecause|[aA]mid|[dD]espite)\s"
)
# A quotation mark that opens quoted words in a headline, single ones too: "praises Clinton
# as 'work horse, not show horse'" (not the apostrophe of "Trump's").
HEADLINE_OPENING_QUOTE = re.compile(r"(?<!\w)['‘\"“]")
# A short lead and a colon: "Cruz: ...", "NY Daily News: ...", "The Latest: ...".
HEADLINE_COLON = re.compile(r"\s*[A-Z][^:;\n]{0,40}?(?P<colon>:)\s")
# A subordinator opening a clause after a headline's colon: "Fact-Check: [If] Obama Says
# It, It's True" names no source of its own.
HEADLINE_CONDITION = re.compile(r"(?:If|When|Whether|Why|How|What)\b", re.IGNORECASE)


def find_headline_attributions(doc: Document, headline: Span) -> list[Attribution]:
    """Attributions of a headline, whatever its case: "Clinton Says She Will Win",
    "Her fate hinges on Obama, analyst says"."""
    out: list[Attribution] = []
    for clause in HEADLINE_CLAUSE.finditer(doc.text, headline.start, headline.end):
        quoted = HEADLINE_QUOTE_SOURCE.fullmatch(doc.text, clause.start(), clause.end())
        speaker = _quoted_speaker(doc, quoted) if quoted is not None else None
        if quoted is not None and speaker is not None:
            # "‘We will not give up’: Zelensky": the quotation, then its speaker.
            out.append(
                Attribution(
                    speaker,
                    Span(*quoted.span("cue")),
                    Span(*quoted.span("content")),
                    False,
                    rule="headline",
                )
            )
            continue
        for part in _dash_parts(doc, clause.start(), clause.end()):
            out.extend(_headline_part(doc, part))
    return out


# A dash that parts two clauses of a headline, spaced or after a word, and the "and" or
# "but" that may open the second: "Federal Judge Just Gave Hillary Bad News – She’s Going
# To Hate It", "... During Her Campaign- And It Says A Lot", "Photo Surfaces — Some Say It
# Proves She Cheated" (not a hyphen inside a word: "Anti-Trump").
HEADLINE_DASH = re.compile(r"(?:[ ][–—-]|(?<=\w)[–—-])[ ](?:(?:and|but|And|But|AND|BUT)[ ])?")
# A mark that opens a quotation in a headline, and one that closes it (not the apostrophe
# of "Trump’s", which a letter follows).
HEADLINE_QUOTE_OPEN = re.compile(r"[‘“]|(?<!\w)[\"']")
HEADLINE_QUOTE_CLOSE = re.compile(r"”|[’'\"](?!\w)")


def _dash_parts(doc: Document, start: int, end: int) -> list[Span]:
    """The parts of a headline's clause between its dashes, but for a dash inside a
    quotation ("‘... Vote for Hillary Clinton – Not Indicted, Yet!’"), one after a cue
    ("Our Research Shows – A Mix of ..."), and one before words in lower case, which go
    on in the clause ("endorses Cruz - but also has praise for ...")."""
    parts: list[Span] = []
    lo = start
    forms = cue_lexicon().forms
    for m in HEADLINE_DASH.finditer(doc.text, start, end):
        opened = len(HEADLINE_QUOTE_OPEN.findall(doc.text, lo, m.start()))
        closed = len(HEADLINE_QUOTE_CLOSE.findall(doc.text, lo, m.start()))
        before = WORD_BEFORE.search(doc.text, max(lo, m.start() - 30), m.start())
        if (
            opened > closed
            or (before is not None and before.group().casefold() in forms)
            or doc.text[m.end() : m.end() + 1].islower()
        ):
            continue
        parts.append(Span(lo, m.start()))
        lo = m.end()
    parts.append(Span(lo, end))
    return [p for p in parts if len(p) > 0]


def _headline_part(doc: Document, part: Span) -> list[Attribution]:
    """The attributions of one part of a headline's clause: a colon's lead or tail, or
    the clause itself, and a second statement of its subject."""
    found: list[Attribution] = []
    last_colon = doc.text.rfind(":", part.start, part.end)
    colon = HEADLINE_COLON.match(doc.text, part.start, part.end)
    if last_colon > part.start and _source_tail(doc, last_colon + 1, part.end):
        # "KRG calls on Baghdad to pay salaries: spokesperson": the colon gives the
        # headline's source, which tells no statement of its own (the body does).
        a = _headline_clause(doc, Span(part.start, last_colon))
    elif colon is not None and (
        _is_label(doc.text[colon.start() : colon.start("colon")])
        or (
            _labels_story(doc.text[colon.start() : colon.start("colon")].strip())
            and doc.text[colon.end() : colon.end() + 1] not in OPENING_QUOTES
        )
    ):
        # "Germany: Scholz loses confidence vote": a place or section labels the
        # story ("Iran: “US must leave”" quotes it).
        # "The Latest: Sanders wins Minnesota": a label, then a clause of its own.
        a = _headline_clause(doc, Span(colon.end(), part.end))
    elif colon is not None:
        after = _headline_clause(doc, Span(colon.end(), part.end))
        if (
            after is not None
            and after.source_span is not None
            and _lemma(doc, after) in HEADLINE_CLOSING_LEMMAS
            and not any(c in OPENING_QUOTES for c in doc.text_of(after.source_span))
            and not HEADLINE_CONDITION.match(doc.text, after.source_span.start)
        ):
            # "Brexit: PM says ‘we will leave on time’", "Coronavirus: Lockdown to be
            # eased, says minister": the words before the colon give the topic, the
            # clause after it says who speaks
            a = after
        else:
            a = _headline_colon(doc, colon, part.end)
    else:
        a = _headline_clause(doc, Span(part.start, part.end))
    if a is not None:
        if a.source_span is not None:
            _adverbs_into_cue(doc, a)
            a.source_span = _without_ticker(doc, a.source_span)
        found.append(a)
        split = _second_predicate(doc, a)
        if split is not None:
            # "Netanyahu rejects Hamas demands, vows to continue war": two statements
            first, second = split
            a.content_span = first
            found.append(second)
    return found


def _adverbs_into_cue(doc: Document, a: Attribution) -> None:
    """Move the adverbs and auxiliaries that close a headline's source right before its
    cue (data/headline_cue_adverbs.txt) into the cue: "Trump Just [Slammed]" -> "Trump"
    "Just Slammed", "Donald Trump Is Now [Calling]" -> "Donald Trump" "Is Now Calling";
    the source keeps its first word ("Just [Said]" stays)."""
    source = a.source_span
    if source is None or source.end > a.cue_span.start:
        return
    if doc.text[source.end : a.cue_span.start].strip():
        return  # "‘...,’ says Zelensky" or a mark between the source and its cue
    words = list(WORD_TOKEN.finditer(doc.text, source.start, source.end))
    adverbs = load_set("headline_cue_adverbs")
    cut = len(words)
    while cut > 1 and words[cut - 1].group().casefold() in adverbs:
        cut -= 1
    if cut == len(words):
        return
    a.source_span = Span(source.start, words[cut - 1].end())
    a.cue_span = Span(words[cut].start(), a.cue_span.end)


# A word of a headline's source, with its inner apostrophes and hyphens ("Trump’s").
WORD_TOKEN = re.compile(r"[\w’'.<>/&-]+")


# A stock symbol in angle brackets after a company's name in a wire headline ("UTILICORP
# <UCU> SEES ...", "CONT'L ILLINOIS<CIL> ..."): no word of the name.
TICKER_END = re.compile(r"[ ]?<[A-Z0-9.]{1,10}>\Z")


def _without_ticker(doc: Document, source: Span) -> Span:
    """A headline's source less the stock symbol that closes it: "UTILICORP <UCU>" ->
    "UTILICORP"."""
    m = TICKER_END.search(doc.text, source.start, source.end)
    if m is None or m.start() <= source.start:
        return source
    return Span(source.start, m.start())


# A second verb of a headline's subject after a comma or "and", in either case: ", vows to
# continue war", ", Calls Trump’s Putin Remarks ‘Troubling’", "and praises Trump".
HEADLINE_SECOND_VERB = re.compile(
    r"(?:,|[ ](?:and|And|AND))[ ](?P<verb>[A-Za-z][a-z]{2,}s)[ ](?=\S)"
)


def _second_predicate(doc: Document, a: Attribution) -> tuple[Span, Attribution] | None:
    """A headline's second statement of the same source, when the content of the first
    holds a comma or "and" and a cue of the present tense ("..., vows to ...", "..., warns
    of ...", "... and praises ..."), which the second content follows: the first content
    up to the comma or "and", and the second statement."""
    if a.source_span is None or a.source_span.start > a.cue_span.start:
        return None  # "..., says Zelensky" names its source after the cue
    m = HEADLINE_SECOND_VERB.search(doc.text, a.content_span.start, a.content_span.end)
    if m is None or m.group("verb").casefold() not in cue_lexicon().forms:
        return None
    if doc.text[m.start()] != "," and _lemma(doc, a) not in cue_lexicon().objects:
        return None  # "says inflation eases and hopes fade": "and" inside a clause
    if QUOTE_MARK.search(doc.text, a.content_span.start, m.start()):
        return None  # a comma inside a quotation
    content = _trimmed(doc, m.end(), a.content_span.end)
    first = _trimmed(doc, a.content_span.start, m.start())
    if content is None or first is None or len(first) < 3:
        return None
    cue = Span(m.start("verb"), m.end("verb"))
    return first, Attribution(a.source_span, cue, content, False, rule="headline")


# A name in a headline: capitalised words and the particles inside names ("Fed Chair
# Powell", "Ministry of Defence").
HEADLINE_NAME = r"[A-Z][\w.'’-]*(?:[ \t\u00a0](?:[A-Z][\w.'’-]*|of|the|de|al)){0,5}"
# A headline that is a quotation, then its speaker after a colon or a dash: "‘We will
# not give up’: Zelensky", "“Enough is enough” – Macron". The speaker is a name of at
# most five words, capitalised but for particles ("Ministry of Defence").
HEADLINE_QUOTE_SOURCE = re.compile(
    rf"""
    \s*(?P<content>[‘“'"].{{2,300}}?[’”'"])      # the quotation, its marks included
    [ \t\u00a0]{{0,2}}(?P<cue>[:\-–—])[ \t\u00a0]{{1,3}}
    (?P<source>{HEADLINE_NAME}
      |(?P<lower>[a-z][\w'’-]*(?:[ ][a-z][\w'’-]*){{0,2}}?)(?=[ \t\u00a0][a-z]))  # survivors say
    (?:[ \t\u00a0](?P<verb>[a-z]+)\b[^\n]*)?   # "... – Zelensky vows defiance": a cue
    [ \t\u00a0.]*
    """,
    re.VERBOSE,
)


def _quoted_speaker(doc: Document, m: re.Match[str]) -> Span | None:
    """The speaker of a :data:`HEADLINE_QUOTE_SOURCE` match that is a statement: two
    words quoted at least ("‘Heroes’: Ukraine ..." labels a story), and any word after
    the name a cue ("– Zelensky vows defiance"); a speaker in lower case runs up to its
    cue ("– local residents say ...")."""
    if not at_least(doc.text, m.start("content"), m.end("content"), 2):
        return None
    forms = cue_lexicon().forms
    if m.group("lower") is None:
        verb = m.group("verb")
        if verb is not None and verb not in forms:
            return None
        return _title_case_name(doc, Span(*m.span("source")))
    words = list(LOWER_WORD.finditer(doc.text, m.start("lower"), m.end()))
    for i, word in enumerate(words[1 : MAX_LOWER_SPEAKER_WORDS + 1], 1):
        if word.group() in forms:
            # "‘It was a massacre’: survivors say": the words before the cue
            return Span(words[0].start(), words[i - 1].end())
    return None


def _title_case_name(doc: Document, name: Span) -> Span:
    """A headline's speaker without the words a title-case headline capitalises after
    it: "Mamata Banerjee [After Clashes In Kolkata]", "Zelensky [Says ...]"."""
    words = list(WORD.finditer(doc.text, name.start, name.end))
    forms = cue_lexicon().forms
    for word in words[1:]:
        folded = word.group().casefold()
        if folded in TITLE_CASE_STOPS or folded in SUBORDINATORS or folded in forms:
            return Span(name.start, trim_end(doc, name.start, word.start()))
    return name


# Prepositions that a title-case headline capitalises after a speaker's name.
TITLE_CASE_STOPS = PHRASE_PREPOSITIONS | {"over", "against", "ahead", "following", "to"}


# Most words of a speaker in lower case after a headline's quotation ("local residents").
MAX_LOWER_SPEAKER_WORDS = 3
LOWER_WORD = re.compile(r"[a-z][\w'’-]*")


# The marks that open a quotation after a headline's colon.
OPENING_QUOTES = frozenset(DOUBLE_OPEN + SINGLE_OPEN + STRAIGHT_DOUBLE + "'")
# Most words of a source that closes a headline after a colon ("...: Defense Ministry").
HEADLINE_SOURCE_TAIL_WORDS = 4
# The words of such a tail (letters, dots, hyphens, apostrophes; no sentence marks).
SOURCE_TAIL = re.compile(r"[\w.'’ -]+")


def _source_tail(doc: Document, start: int, end: int) -> bool:
    """Whether a headline's words after its colon name a source and say nothing:
    "...: Defense Ministry", "...: spokesperson", "...: officials"."""
    tail = doc.text[start:end].strip().rstrip(".")
    words = tail.split()
    if not words or len(words) > HEADLINE_SOURCE_TAIL_WORDS or not SOURCE_TAIL.fullmatch(tail):
        return False
    last = words[-1].casefold()
    return any(last in load_set(name) for name in SOURCE_TAIL_LISTS)


# The word lists whose words end a source ("ministry", "spokesperson", "officials").
SOURCE_TAIL_LISTS = ("titles", "organisation_words", "source_openers", "document_words")


def _labels_story(lead: str) -> bool:
    """Whether the words before a headline's colon are a section or a place that label
    the story ("Germany: ...", "Pune: Civic body to ...")."""
    return is_section_label(lead) or find_city(lead) is not None or find_area(lead) is not None


def _is_label(lead: str) -> bool:
    """Whether the words before a headline's colon are a label ("The Latest", "WATCH") or
    name a topic ("Syria war", "US election 2024"), not a speaker."""
    words = lead.casefold().split()
    if not words:
        return False
    if " ".join(words) in load_set("headline_labels"):
        return True
    if len(words) > MAX_TOPIC_WORDS:
        return False  # "Trump Addresses Munich Attack: ‘...’": a clause, not a topic
    return words[-1] in load_set("headline_topics") or YEAR.fullmatch(words[-1]) is not None


# Most words of a topic before a headline's colon ("COP29 climate summit").
MAX_TOPIC_WORDS = 3
# A year that closes a headline's lead: "US election 2024", "Campaign 2016".
YEAR = re.compile(r"(?:19|20)\d\d")


# A comma or a verb of being or having in a headline's lead before its colon: the lead
# is a clause or a phrase of its own ("Bill is back:", "FIX IS IN:", "Ah, friends once
# more:", "The One Thing Both Sides Want:"), not a speaker.
NOT_A_SPEAKER_LEAD = re.compile(r",|\b(?:is|are|was|were|has|have|had|wants?)\b", re.IGNORECASE)


def _headline_colon(doc: Document, colon: re.Match[str], end: int) -> Attribution | None:
    """The colon of a short lead is the cue: "Clinton camp: Trump threatens security"."""
    source = _trimmed(doc, colon.start(), colon.start("colon"))
    content = _trimmed(doc, colon.end(), end)
    if source is None or content is None:
        return None
    if NOT_A_SPEAKER_LEAD.search(doc.text, source.start, source.end):
        return None  # "Bill is back: ...", "On Trade, Angry Voters Have Point: ..."
    if doc.text[content.start] not in OPENING_QUOTES and not _names_a_speaker(
        doc.text[source.start : source.end]
    ):
        # "Snooze cruise: ...", "Dear Abby: ...": a topic or a column ("A lesson from
        # Loretta Lynch: 'Be the voice ...'" quotes its speaker's words)
        return None
    cue = Span(colon.start("colon"), colon.end("colon"))
    return Attribution(source, cue, content, False, rule="headline")


# Words in lower case that a name holds ("Ministry of Defence", "Clinton to Planned
# Parenthood", "Russia and Syria", "Former AG Mukasey at RNC").
NAME_PARTICLES = frozenset({"of", "the", "and", "to", "for", "at", "de", "al", "van", "von", "on"})
# The word lists whose words end a speaker named by a common noun ("Michigan
# officials", "Clinton camp", "Poll", "Newspaper") or a statement ("Democrats' new
# warning").
SPEAKER_TAIL_LISTS = (*SOURCE_TAIL_LISTS, "media_words", "group_nouns", "noun_cues")


def _names_a_speaker(lead: str) -> bool:
    """Whether a headline's words before its colon may name who speaks: capitalised
    words and the particles of names ("Russia and Syria", "Michigan Officials"), or
    words in lower case that end on a noun of a speaker ("Clinton camp"); not a topic
    in sentence case ("Snooze cruise", "Bubonic plague", "NASA's commercial moon
    shot") nor a letter's salutation ("Dear Abby")."""
    words = lead.split()
    if not words or words[0].casefold() in load_set("headline_label_openers"):
        return False
    if all(not w[:1].isalpha() or w[:1].isupper() or w in NAME_PARTICLES for w in words[1:]):
        return True
    last = words[-1].casefold()
    return any(last in load_set(name) for name in SPEAKER_TAIL_LISTS)


# Capitalised words alone before a headline's comma: "China, Brazil vow ...", "British,
# French ministers discuss ..." (the comma stands for "and").
HEADLINE_NAMES = re.compile(r"\s*(?P<first>[A-Z][\w'’.-]*)(?:[ ][A-Z][\w'’.-]*){0,2}")


def _names_before(doc: Document, start: int, comma: int) -> bool:
    """Whether ``text[start:comma]`` is names alone, not an opening phrase ("In Iowa")."""
    m = HEADLINE_NAMES.fullmatch(doc.text, start, comma)
    return m is not None and m.group("first").casefold() not in load_set("clause_openers")


# The subject of a headline in sentence case: its opening capitalised words, then a
# lower-case word ("[Fed] holds rates steady", "[Bank of England] keeps rates").
SENTENCE_CASE_SUBJECT = re.compile(
    r"\s*(?P<subject>[A-Z][\w.'’&+-]*(?:[ ](?:[A-Z][\w.'’&+-]*|of|the|for|and)){0,4})"
    r"(?<![ ]of)(?<![ ]the)(?<![ ]for)(?<![ ]and)[ ][a-z]"
)
# A word no statement ends with, closing a headline's content, an ellipsis after it or
# not: "pledges [not to]", "And She’ll Want [To…]" (a teaser cut short).
DANGLING_END = re.compile(r"\b(?:to|the|a|an|of|and|or|for|with)(?:…|\.{2,3})?\Z", re.IGNORECASE)


def _headline_clause(doc: Document, clause: Span) -> Attribution | None:
    """Source, cue, content of one headline clause: the first cue, if it has both."""
    text = doc.text[clause.start : clause.end]
    lowered = text.lower()
    if len(lowered) != len(text):
        return None  # a case change that moves offsets: leave it
    cues = find_cues_in(lowered, Span(0, len(lowered)))
    cue = cues[0] if cues else None
    if cue is None or cue.kind == PHRASE_LEMMA or lowered.startswith(" by ", cue.span.end):
        return None  # "... RULING OPPOSED BY PANEL": a participle, its agent no subject
    last = cues[-1]
    if (
        last is not cue
        and last.lemma in HEADLINE_CLOSING_LEMMAS
        and not lowered[last.span.end :].strip(" .!?")
        and "," in lowered[cue.span.end : last.span.start]
    ):
        cue = last  # "Israel and Hamas agree to extend truce, Qatar says": the last cue
    base = clause.start
    cue_span = Span(base + cue.span.start, base + cue.span.end)
    if (
        lowered[cue.span.start : cue.span.end] in cue_lexicon().nouns
        and POSSESSIVE_END.search(lowered, max(0, cue.span.start - 4), cue.span.start)
        and not CLAUSE_AFTER_NOUN.match(lowered, cue.span.end)
    ):
        # "REAGAN'S HOPES OF REBOUND": a possessive makes the form a noun, which
        # reports only before its clause ("Clinton’s Claim That Donald Trump Is ...";
        # "MOODY'S CONFIRMS ..." names a company)
        return None
    comma = doc.text.rfind(",", base, cue_span.start)
    if (
        comma > base
        and doc.text[base] in OPENING_QUOTES
        and doc.text[comma + 1 : comma + 2] in CLOSING_QUOTES
        and cue.lemma in CLOSING_LEMMAS
    ):
        # "‘We had some issues,’ exec says on Disney+ glitches": the quotation, then the
        # source (the words after the cue give the topic)
        quotation = _trimmed(doc, base, comma + 2)
        speaker = _trimmed(doc, comma + 2, cue_span.start)
        if quotation is not None and speaker is not None:
            return Attribution(speaker, cue_span, quotation, False, rule="headline")
    after = _trimmed(doc, cue_span.end, clause.end)
    inverted = _inverted_source(doc, base, cue_span, after) if cue.lemma in CLOSING_LEMMAS else None
    content: Span | None
    source: Span | None
    if inverted is not None:
        # "‘We will not give up,’ says Zelensky": content, cue, then the source.
        content, source = inverted
    elif comma > base and (after is None or _listener_only(doc, cue, after)):
        if lowered.endswith("ed", 0, cue.span.end):
            return None  # "Quake shakes Chile, no damage reported": a passive, no speaker
        # "Her fate hinges on Obama, analyst says": content, source, cue.
        content = _trimmed(doc, base, comma)
        source = _trimmed(doc, comma + 1, cue_span.start)
    else:
        # "Pence blames media for the flap" / "China, Brazil vow to deepen ties" (a comma
        # for "and" after a name opening the headline).
        lead = max(base, comma + 1)
        if comma > base and _names_before(doc, base, comma):
            lead = base
        for m in HEADLINE_SUBORDINATOR.finditer(lowered, lead - base, cue.span.start):
            lead = base + m.end()  # "Tesla shares slump as [Musk] warns ...": the clause's subject
        source = _trimmed(doc, lead, cue_span.start)
        if source is None and comma > base:
            # "Fed holds rates steady, signals cuts may come": a second verb of the
            # headline's subject, the capitalised words that open it in sentence case.
            opening = SENTENCE_CASE_SUBJECT.match(doc.text, base, comma)
            if opening is not None:
                source = Span(*opening.span("subject"))
        content = after
        if content is not None:
            own = HEADLINE_CONTENT_END.search(doc.text, content.start, content.end)
            if own is not None and own.start() > content.start:
                # "Sunak vows [to stop the boats] as crossings rise": a clause of its own
                content = _trimmed(doc, content.start, own.start())
            if (
                content is not None
                and cue.lemma in cue_lexicon().objects
                and not HEADLINE_OPENING_QUOTE.search(doc.text, content.start, content.end)
            ):
                # "Indiana governor endorses [Cruz] - but also has praise ...", "Senator
                # Endorsed [Trump], The Establishment ...": an object cue's noun phrase,
                # read in lower case whatever the headline's case
                end = object_end(lowered, content.start - base, content.end - base)
                content = _trimmed(doc, content.start, base + end)
    if source is None or content is None or len(content) < 3:
        return None
    if DANGLING_END.search(doc.text, content.start, content.end):
        return None  # "... despite previous pledges not to": no statement, a dangling word
    if not 1 <= len(WORD.findall(doc.text, source.start, source.end)) <= HEADLINE_SOURCE_WORDS:
        return None
    if QUESTION_WORD_SOURCE.fullmatch(doc.text, source.start, source.end):
        return None  # "What I Learned Running a Food Bank": a title, no statement
    return Attribution(source, cue_span, content, False, rule="headline")


# A possessive right before a headline's cue form, which is then a noun.
POSSESSIVE_END = re.compile(r"\w(?:['’]s|s['’])[ ]\Z")
# The clause of such a noun: "claim that ...", "hopes to ...".
CLAUSE_AFTER_NOUN = re.compile(r"[ ](?:that|to)\b")


# A headline's "source" that is a question word and a pronoun: the headline is a title
# ("What I Learned ...", "How We Reported ..."; "Why Does Israel Refuse ..." reports).
QUESTION_WORD_SOURCE = re.compile(r"(?:What|How|Why|When|Where)\s(?:I|We|You|They)", re.IGNORECASE)


# What stands between a headline's content and a cue that opens its source: a comma, a
# closing quotation mark or both ("‘We will not give up,’ says Zelensky", "..., says UN").
INVERTED_GAP = re.compile(r"""[,’”'"]{1,3}\s{1,3}\Z""")
# The source after such a cue: a name or a short capitalised phrase, nothing after it.
INVERTED_SOURCE = re.compile(HEADLINE_NAME)


def _listener_only(doc: Document, cue: Cue, after: Span) -> bool:
    """Whether the words after a headline's cue are its listener alone: "..., Zelensky
    tells BBC", "..., tells reporters" (the content stands before the comma)."""
    if cue.lemma not in LISTENER_LEMMAS or cue.lemma not in SAY_LEMMAS:
        return False  # "tell" ("..., Launches Warning To White House" names no listener)
    if doc.text_of(after).casefold() in cue_lexicon().listeners:
        return True  # "..., Zelensky tells reporters"
    name = INVERTED_SOURCE.fullmatch(doc.text, after.start, after.end)
    return name is not None and len(WORD.findall(doc.text, after.start, after.end)) <= 4


def _inverted_source(
    doc: Document, base: int, cue: Span, after: Span | None
) -> tuple[Span, Span] | None:
    """Content and source of a headline whose source follows its cue (a form of "say",
    "add", "report" ...): "‘...,’ says Zelensky", "Rates will rise, says Fed Chair
    Powell", "‘We must act now,’ says climate envoy"; None for any other order ("Biden
    Aims Insult At Trump, Slams ...")."""
    if after is None or cue.start - base < 4:
        return None
    gap = INVERTED_GAP.search(doc.text, max(base, cue.start - 6), cue.start)
    if gap is None:
        return None
    name = INVERTED_SOURCE.fullmatch(doc.text, after.start, after.end)
    if name is None and not _source_tail(doc, after.start, after.end):
        return None  # a name ("says Zelensky") or a job ("says climate envoy")
    if len(WORD.findall(doc.text, after.start, after.end)) > HEADLINE_SOURCE_WORDS:
        return None
    # The content keeps its closing marks and drops the comma after them ("‘...’, says"),
    # not one inside them ("'...,' says").
    content = _trimmed(doc, base, gap.start() + len(gap.group().rstrip().rstrip(",")))
    return (content, after) if content is not None else None


def _trimmed(doc: Document, start: int, end: int) -> Span | None:
    """``[start, end)`` less outer spaces and punctuation, None when nothing is left."""
    start = trim_start(doc, start, end)
    end = trim_end(doc, start, end)
    return Span(start, end) if end > start else None


def _a_quotation(doc: Document, content: Span) -> bool:
    """Whether a content opens with a quotation mark and closes with one."""
    text = doc.text
    return (
        len(content) > 2
        and text[content.start] in OPENING_QUOTES
        and text[content.end - 1] in CLOSING_QUOTES
    )


# The marks that close a quotation at a content's end.
CLOSING_QUOTES = frozenset("”’\"'")


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
    "Amazon Echo Buds" report nothing."""
    form = doc.text_of(a.cue_span).casefold()
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


def apply(doc: Document, article: Article, ctx: Context) -> None:
    """Find the attributions of the body and give each quote its speaker and cue."""
    paragraphs = article.paragraphs()
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
            a.source_span = with_that_antecedent(doc, a.source_span)  # "[a super PAC that]"
            a.source_span = _let_pronoun(doc, a.source_span, a.cue_span)  # "Let [me] say"
        if a.source_span is not None:
            # "[The campaign] released a statement saying": the document is no part of it
            a.source_span = without_release(doc, a.source_span)
        if a.source_span is not None and a.rule != "headline":
            # "This compares with [the bank's] estimate of ...": the possessor
            a.source_span = possessor_only(doc, a.source_span, a.cue_span)
        if not a.direct and a.rule == "according-to" and _a_quotation(doc, a.content_span):
            a.direct = True  # "“The fire is not contained,” according to Cal Fire"
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
        own = after_own_preposition(doc, _lemma(doc, a), a.cue_span, a.content_span)
        if own is not None:
            a.content_span = Span(own, a.content_span.end)  # "agreed with [the analysis]"
        linked = after_connective(doc, a.content_span)
        if linked is not None:
            a.content_span = Span(linked, a.content_span.end)  # "Still, [the plan ...]"
        lead = interrupted_lead(doc, _lemma(doc, a), a.source_span, a.cue_span, a.content_span)
        if lead is not None:
            a.content_span = Span(lead, a.content_span.end)  # "[Recently], he said, [he ...]"
        amount = after_said_amount(doc, a.cue_span, a.content_span)
        if amount is not None:
            # "[said little about] the plan": the amount and "about" go with the cue
            a.cue_span = Span(a.cue_span.start, trim_end(doc, a.cue_span.start, amount))
            a.content_span = Span(amount, a.content_span.end)
        a.cue_span = _with_preposition(doc, a.cue_span, a.content_span)
    found = _outside_embedded_posts(doc, found)
    article.attributions = _outside_editor_notes(doc, paragraphs, found)
    article.quotes = link_quotes(doc, article.attributions, article.quotes)


def _coordinated_statement_end(doc: Document, outer: Attribution, inner: Attribution) -> int | None:
    """Where an outer content ends before a second statement joined by a conjunction;
    none when a verb in the present goes on from one in the past under the same
    subject ("said [the group is neutral and supports both sides]")."""
    cut = _coordination_before(doc, outer, inner)
    if cut is not None and _present_after_past(doc, outer, inner, cut):
        return None
    return cut


# Where an outer content ends when another statement stands inside it, tried in this
# order: the first rule that finds an end wins.
_NESTING_CUTS: tuple[Callable[[Document, Attribution, Attribution], int | None], ...] = (
    _coordinated_statement_end,
    _statement_after_break,
    _relative_clause_end,
    _subordinate_before,
    _opening_participle_end,
    _clause_before,
    _participle_after_preposition,
    _quotation_after_break,
    _relative_statement_start,
)


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
