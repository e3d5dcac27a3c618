"""Nesting of attributions: which of those whose extents meet are kept, and where an
outer content ends when another statement stands inside it.

The outermost attribution is kept and a cue inside its content is part of what it
reports, unless that cue starts a statement of its own, which then stands beside the
first (content in brackets)::

    Officials said [the senator, supported by Democrats, had not ruled it out].
    He said [A], and when asked, he said [B].        two statements: the first ends at "and"
    posted a headline that said, “[ISIS Declares ...]”   a quotation said inside the
                                     frame of another verb takes the place of that frame
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from itertools import islice

from ..article import Attribution
from ..document import Document, Span
from ..lexicon import alternation, load_set
from ..patterns import RELATIVE_PRONOUNS, WORD, WORD_BEFORE
from .content_bounds import (
    ASKING_LEMMAS,
    FINITE_VERB,
    QUOTE_MARK,
    SHARE,
    SUBORDINATORS,
    contrasted_stance_at,
    opens_examples,
    opens_with_ing_word,
    pair_goes_on,
    trim_end,
    trim_start,
)
from .cues import SAY_LEMMAS, STANCE, cue_form, cue_form_spans, cue_lemma, cue_lexicon, find_cues_in
from .date_patterns import MONTHS, WEEKDAYS
from .speakers import AUXILIARIES, OBJECT_PRONOUNS, SUBJECT_PRONOUNS, source_before


def resolve_nesting(doc: Document, found: list[Attribution]) -> list[Attribution]:
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
            if _inside_according(k, a):
                clash = True
                break
            if _runs_over_according(doc, k, a):
                removed.add(order)
                continue
            if k.content_span.overlaps(a.cue_span) and a.rule == "reduced-passive":
                # "said [the senator, supported by Midwestern Democrats, had not ruled out
                # ...]": a stance named inside a statement is part of it
                clash = True
                break
            if (
                k.content_span.overlaps(a.cue_span)
                and a.content_span.start > k.cue_span.end
                and not _is_stance(doc, a)
                # (a passive view is no statement of its own, but after "before/by ..."
                # a participle of one is: "endorsed [A] before backing [B]")
                and not (
                    (passive := _is_passive_view(doc, a)) and not _participle_after_time(doc, a)
                )
                and not _shares_in_finding(doc, a, k)
                and not _is_intention(doc, a, k)
                and not _contrasted_stance(doc, a, k)
                and not _continues_clause(doc, k, a)
            ):
                # "He said A, and when asked, he said B": the second statement stands
                # beside the first (an adjective of stance is part of the first: "said
                # markets and business remain skeptical of ...")
                cut = (
                    _participle_after_preposition(doc, k, a)  # "endorsed [A and B] before backing"
                    if passive
                    else next(
                        (end for rule in _NESTING_CUTS if (end := rule(doc, k, a)) is not None),
                        None,
                    )
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
                end = _before_longer_participle(doc, a, k)
                if end is not None:
                    a.content_span = Span(a.content_span.start, end)
                    continue
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


def _inside_according(outer: Attribution, inner: Attribution) -> bool:
    """Whether the cue of ``inner`` stands inside the content after an opening "According
    to X,", which that source vouches for whole: "According to ProPublica, [Clinton praised
    her donors, and she asked the bankers to suspend foreclosures]", "According to police,
    [officers saw Scott get out of a car, and they ordered him to drop the weapon]". PolNeAR
    marks no cue inside such a content (0 of 86 in polnear-train, 0 of 11 in dev). A closing
    "according to" is left to the cuts below ("[A], according to the group, and the group
    says [B]") and to :func:`_after_inner_statement`."""
    content = outer.content_span
    return (
        outer.rule == "according-to"
        and outer.source_span is not None
        and content.start > outer.cue_span.start
        and content.start <= inner.cue_span.start
        and inner.cue_span.end <= content.end
    )


# What closes a sentence right after the source of a closing "according to": a stop, a
# question or exclamation mark (after a closing mark or parenthesis), or the line end.
SENTENCE_CLOSE = re.compile(r"[”\"’')]{0,2}(?:[.!?]|\s*$)", re.MULTILINE)
# A comma, or a closing mark after one, set off before a closing "according to":
# "the report,” according to", not "and according to fixed differentials".
SET_OFF_BEFORE = re.compile(r"[,”\"'’]\s{1,2}\Z")


def _runs_over_according(doc: Document, inner: Attribution, outer: Attribution) -> bool:
    """Whether ``inner``, a statement inside the content of ``outer``, a closing "according
    to" with a source, runs over that cue: "[The witness said the hush order was to “avoid
    ...,”], according to the report", where "said" took "the hush order was ..., according
    to the report". The source of "according to" vouches for the whole sentence before it,
    and the statement inside gives way ("said that according to its analysis, the NLD has
    won": not closing its sentence, the cue is part of the statement; nor is "will trade
    cocoa by means of an offer system, and according to fixed differentials" any
    attribution, with no comma before the cue)."""
    content = outer.content_span
    return (
        outer.rule == "according-to"
        and outer.source_span is not None
        and content.end <= outer.cue_span.start
        and content.start <= inner.cue_span.start
        and inner.cue_span.end <= content.end
        and inner.content_span.start >= content.start
        and inner.content_span.overlaps(outer.cue_span)
        and SET_OFF_BEFORE.search(doc.text, max(0, outer.cue_span.start - 3), outer.cue_span.start)
        is not None
        and SENTENCE_CLOSE.match(doc.text, outer.source_span.end) is not None
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
    if cue_form(doc, inner)[0] not in SAY_LEMMAS:
        return False
    lemma, kind = cue_form(doc, outer)
    if lemma in load_set("outer_report_cues") and outer.content_span.end <= outer.cue_span.start:
        return False  # "Trump said: “A,” the Times reported": a news report that closes
        # the sentence after its content vouches for the whole of it, quotation included
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


def _is_stance(doc: Document, a: Attribution) -> bool:
    """Whether the cue of ``a`` is an adjective of stance ("optimistic", "skeptical")."""
    return cue_form(doc, a)[1] == STANCE


def _is_passive_view(doc: Document, a: Attribution) -> bool:
    """Whether the cue of ``a`` reports a view only in the passive (data/passive_only_cues
    .txt) or a stance only before a name (data/name_only_cues.txt): inside another content
    it is part of it, "says [the endorsements from Christie and Sessions can be seen as an
    indication ...]", "found [better support for Clinton, with 78 percent of Sanders voters
    backing Clinton]", and no second statement."""
    form = doc.text_of(a.cue_span).casefold()
    return form in load_set("passive_only_cues") or form in load_set("name_only_cues")


def _participle_after_time(doc: Document, a: Attribution) -> bool:
    """Whether the cue of ``a`` is a participle with no source of its own right after
    "before", "after", "by" or "while": a second statement of the sentence's source, even
    of a stance only read before a name ("endorsed Sanders [before] backing Clinton")."""
    return (
        a.source_span is None
        and doc.text_of(a.cue_span).endswith("ing")
        and PREPOSITION_BEFORE_PARTICIPLE.search(
            doc.text, max(0, a.cue_span.start - 8), a.cue_span.start
        )
        is not None
    )


# "with" opening an absolute phrase after a comma or a dash, right before the subject of
# a participle: "shows Trump leading, [with] 13 percent supporting another candidate".
WITH_BEFORE_SUBJECT = re.compile(r"(?:,|\s[-—–])\swith\s\Z")


def _shares_in_finding(doc: Document, a: Attribution, outer: Attribution) -> bool:
    """Whether ``a`` is a participle whose subject follows "with" after a comma inside
    what a finding shows ("the poll showed [Mr. Trump losing supporters, with 40 percent
    supporting him before and 31 percent afterward]", "shows [Trump leading Clinton 44
    percent to 37 percent, with 13 percent supporting another candidate]"): with a share
    of those asked (``content_bounds.SHARE``) in its subject, the participle is part of
    the finding, no statement of its own. A named source reports beside it ("polls show
    [Clinton with a lead], with RealClearPolitics showing her ahead 3 points"), and so
    does such a phrase after any other cue ("the two had played nice, with Cruz calling
    Trump his friend")."""
    text = doc.text
    return (
        a.source_span is not None
        and text[a.cue_span.start : a.cue_span.end].endswith("ing")
        and outer.content_span.start < a.source_span.start
        and WITH_BEFORE_SUBJECT.search(text, max(0, a.source_span.start - 8), a.source_span.start)
        is not None
        and SHARE.search(text, a.source_span.start, a.source_span.end) is not None
        and cue_form(doc, outer)[1] == "evidence"
    )


def _is_intention(doc: Document, a: Attribution, outer: Attribution) -> bool:
    """Whether ``a`` is an intention ("plans to", "wants to") inside the content of
    ``outer`` after its own subject: "said [South Korea plans to import ...]"."""
    if cue_lemma(doc, a) not in INTENTION_LEMMAS:
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
    if not (cue_lemma(doc, outer) in SAY_LEMMAS or THAT_OPENING.match(text, lo)):
        return False
    but = text.rfind(" but ", lo, a.cue_span.start)
    return (
        but > lo
        and text[but - 1] not in SET_OFF_MARKS  # "— but he wants": a clause set off
        and contrasted_stance_at(text, but + 4, a.cue_span.end) == a.cue_span.end
    )


# Marks before "but" that set off what follows as a clause of its own: "— but".
SET_OFF_MARKS = frozenset("—–-")


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
    if form in load_set("naming_participles") or cue_form(doc, inner)[1] not in REPORTING_KINDS:
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
    if cue_lemma(doc, outer) in SAY_LEMMAS or THAT_OPENING.match(
        doc.text, outer.content_span.start
    ):
        return None
    if inner.content_span.start < inner.cue_span.end:
        return None  # "“That makes me smart,” when Clinton blasted him": no clause's content
    if cue_form(doc, inner)[1] == "belief" or doc.text_of(inner.cue_span).endswith("ing"):
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
    lemma, kind = cue_form(doc, outer)
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


# One lower-case word: an adverb left before a participle ("responded [first] by").
LOWER_WORD = re.compile(r"[a-z]+")


def _before_longer_participle(doc: Document, a: Attribution, kept: Attribution) -> int | None:
    """Where the content of ``a`` ends before the participle of a statement already kept
    whose content, longer, runs past its own: "He defended [his position of not allowing
    Muslims ...] by citing [a poll conducted by the Center for Security Policy, a think
    tank ...]" (the cut :func:`_participle_after_preposition` makes when the content
    before the participle is the longer)."""
    if not (a.cue_span.end <= kept.cue_span.start and a.content_span.overlaps(kept.cue_span)):
        return None
    if doc.text_of(a.cue_span).endswith("ing"):
        return None  # "Axelrod tried offering an olive branch by telling Clinton ...": the
        # gerund is what was tried, the participle after it the statement
    end = _participle_after_preposition(doc, a, kept)
    if end is not None and LOWER_WORD.fullmatch(doc.text, a.content_span.start, end):
        return None  # "Trump responded [first] by saying ...": an adverb, no content
    return end


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
    if cue_lemma(doc, inner) not in SAY_LEMMAS or source.end > inner.cue_span.start:
        return None
    lo = outer.content_span.start
    if not lo < source.start < outer.content_span.end:
        return None
    if cue_lemma(doc, outer) in SAY_LEMMAS | ASKING_LEMMAS or THAT_OPENING.match(doc.text, lo):
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


def _is_time_noun(word: str) -> bool:
    """Whether ``word`` names a time: a month, a weekday, data/time_nouns.txt."""
    return word in MONTHS or word in WEEKDAYS or word in load_set("time_nouns")


def _opening_participle_end(doc: Document, outer: Attribution, inner: Attribution) -> int | None:
    """Where the content of a participle that opens its sentence ends: before the subject
    of the main clause, when that subject is the source of ``inner`` ("Conceding [that a
    deal would come “down the line”] he warned: “...”")."""
    source = inner.source_span
    if (
        source is None
        or not outer.content_span.start < source.start < outer.content_span.end
        or not (doc.text[source.start].isupper() or doc.text_of(source) in SUBJECT_PRONOUNS)
    ):
        return None  # "... on a hydrocarbon called acetylene": no subject of a main clause
    sentence = doc.sentence_at(outer.cue_span.start)
    if sentence is None or not opens_with_ing_word(doc.text, sentence, outer.cue_span):
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
    if cue_lemma(doc, inner) not in SAY_LEMMAS:
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
    if pair_goes_on(doc.text, lo, m.start()):
        return None  # "points to [statements not only from Trump, but also from people who
        # oppose ...]": the second half of a pair, no statement beside the first
    if _relative_after_comma(doc.text, m.start(), inner) or _relative_source_after_comma(
        doc.text, m.start(), inner
    ):
        return None  # "asked [whether his plan, which the Tax Foundation estimates would
        # cost $170 billion, would risk ...]": a relative clause set off inside the
        # content, no second statement beside it
    if opens_examples(doc.text, m.start()):
        return None  # "cites [some of his own non-facts, such as his recent claim that
        # ...]": the inner cue stands in the examples of the outer content's object, no
        # second statement beside it
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
        and (cue_lemma(doc, outer) in SAY_LEMMAS or THAT_OPENING.match(doc.text, lo))
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
        and (cue_lemma(doc, outer) in SAY_LEMMAS or THAT_OPENING.match(doc.text, lo))
        and NOUN_PHRASE_ONLY.fullmatch(doc.text, lo, m.start()) is not None
        and SET_OFF_NOUN_PHRASE.fullmatch(doc.text, m.end("conjunction"), inner.cue_span.start)
        is not None
        and next(cue_form_spans(doc.text, lo, m.start()), None) is None
    ):
        return None  # "say [that account, and hundreds just like it, show how ...]": a
        # second noun phrase set off by commas joins the first, one compound subject of
        # the inner cue, no clause of its own
    return _coordination_cut(doc, lo, inner, m)


# The main verb of a clause right after a relative clause set off in its subject: "his
# plan, which the Tax Foundation estimates would cost $170 billion[, would] risk".
MAIN_VERB_AFTER_COMMA = re.compile(
    rf",\s(?:[a-z]+ly\s)?{alternation(AUXILIARIES - {'be', 'been'})}"
)


def _relative_after_comma(text: str, comma: int, inner: Attribution) -> bool:
    """Whether the boundary at ``comma`` is a bare comma right before the relative pronoun
    that opens the inner content as its subject, and the clause it stands in goes on with
    its main verb after the relative clause's closing comma (", [which the Tax Foundation
    estimates would cost $170 billion], would risk ..."): one clause, set off inside the
    outer content. A relative clause that ends the sentence reports beside it
    ("cited [policies], which [he] said [had harmed the economy]")."""
    if text[comma : comma + 1] != ",":
        return False
    at = inner.content_span.start
    if text[comma + 1 : at].strip() or inner.source_span is None:
        return False
    word = WORD.match(text, at, inner.content_span.end)
    if word is None or word.group().casefold() not in RELATIVE_PRONOUNS:
        return False
    return MAIN_VERB_AFTER_COMMA.match(text, inner.content_span.end) is not None


# Most characters of a relative clause set off inside a content, from its cue to its
# closing comma.
SET_OFF_CLAUSE_REACH = 120


def _relative_source_after_comma(text: str, comma: int, inner: Attribution) -> bool:
    """Whether the source of ``inner`` is a relative pronoun right after ``comma`` and its
    clause closes with the next comma, before the main verb of the clause it stands in
    (:data:`MAIN_VERB_AFTER_COMMA`): "said [the campaign is pleased that Pagliano, who
    invoked his Fifth Amendment rights in September, is now cooperating]". The relative
    clause describes a person of the content, no second statement beside it. A quotation
    in the clause may hold commas of its own: then no."""
    source = inner.source_span
    if (
        text[comma : comma + 1] != ","
        or source is None
        or text[comma + 1 : source.start].strip()
        or text[source.start : source.end].casefold() not in RELATIVE_PRONOUNS
    ):
        return False
    hi = min(inner.content_span.end, inner.cue_span.end + SET_OFF_CLAUSE_REACH)
    close = text.find(",", inner.cue_span.end, hi)
    if close < 0 or any(mark in text[inner.cue_span.end : close] for mark in ';:“”"'):
        return False
    return MAIN_VERB_AFTER_COMMA.match(text, close) is not None


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


# "and", adverbs and an auxiliary between a statement and a cue coordinated after it:
# ", [and] wanted", "[and is] seeking", "[and also] show".
COORDINATED_VERB = re.compile(
    r",?\s\band\s(?:(?:also|still|just|now|then|later)\s)*"
    r"(?P<aux>(?:is|are|was|were|has|have|had)\s(?:not\s)?)?\Z"
)


def _shares_subject(outer: Attribution, inner: Attribution) -> bool:
    """Whether ``inner`` takes the source of ``outer`` as its subject, none of its own in
    the content."""
    return inner.source_span is not None and inner.source_span.start <= outer.cue_span.start


def _continues_clause(doc: Document, outer: Attribution, inner: Attribution) -> bool:
    """Whether a cue joined by "and" after a statement goes on with the reported clause
    rather than tell a second statement of the source: a verb of wanting, expecting or
    seeming (data/clause_continuing_cues.txt), "said [she was tired of the status quo and
    wanted a candidate who ...]", "says [he's proud of his campaign and expects to leave
    Nevada ...]"; or a bare verb after a cue in the past or in -s, whose subject it cannot
    share, "said [the real estate mogul still has time to step up and show that ...]",
    "says [he'd sit Putin down and tell him ...]" ("Trump blamed A and cast B": a past
    written as the bare verb; "said A and added B", "fear A and warn B": both statements).
    A cue of the first list with no source goes on with the clause too, unless it is a
    passive: "show [that the numbers are incorrect and appear to be aimed at ...]". No
    cut then ends the first content, whatever the rule (a dash before "and" included)."""
    text = doc.text
    if inner.source_span is not None and not _shares_subject(outer, inner):
        return False
    lo = max(outer.content_span.start, inner.cue_span.start - 40)
    verb = COORDINATED_VERB.search(text, lo, inner.cue_span.start)
    if verb is None:
        return False
    forms = cue_lexicon().forms
    form = text[inner.cue_span.start : inner.cue_span.end].casefold().split(None, 1)[0]
    lemma = forms.get(form, ("", ""))[0]
    if inner.source_span is None:
        # "show [that the numbers are incorrect and appear to be aimed at ...]"; not a
        # passive, which names nobody: "said [A] and is expected to close by April"
        return verb.group("aux") is None and lemma in load_set("clause_continuing_cues")
    if lemma in load_set("clause_continuing_cues"):
        return True
    if verb.group("aux") is not None or form != lemma or form in load_set("irregular_pasts"):
        return False  # "and has said", "and called", "and cast": a predicate of the source
    outer_form = text[outer.cue_span.start : outer.cue_span.end].casefold().rsplit(None, 1)[-1]
    outer_lemma = forms.get(outer_form, (outer_form, ""))[0]
    if outer_form == outer_lemma or outer_form.endswith("ing"):
        return False  # "say", "saying": a bare verb may go on from them
    # "have all characterized [A] and say": the bare verb goes on from the auxiliary
    lo = max(0, outer.cue_span.start - 16)
    return AUXILIARY_BEFORE.search(text, lo, outer.cue_span.start) is None


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
