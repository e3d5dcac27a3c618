"""Block classification: body text, rules, and the wire sign-off that closes a story.

    ... said in its weekly review.
     Reuter                      <- sign-off, not a paragraph
    ... and technology. Enditem  <- an end mark glued to the last sentence
    Source: Xinhua               <- the outlet after a label: furniture

Every block starts as body; the later block-chain stages (headline, byline,
credits, captions) re-classify or claim what they recognise. A sign-off that is a
block of its own gets kind ``signoff``; one that ends the last block's lines is
claimed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..article import Article
from ..document import Document, Span
from ..furniture import (
    LABEL_TAIL,
    MAX_CREDIT_LINE_CHARS,
    MAX_LABEL_CHARS,
    MAX_LINK_CHARS,
    is_author_tagline,
    is_furniture,
    is_furniture_run,
    is_link_line,
    is_photo_credit,
    is_reader_pitch,
)
from ..lexicon import alternation, load_list, load_set
from ..patterns import ALNUM
from ..pipeline import Context
from .credits import match_credit_line
from .lines import block_index, block_lines, line_by_line, lines_opening_with
from .places import canonical_agency

WHO = "signoff"
FURNITURE = "furniture"


@cache
def signoff_line() -> re.Pattern[str]:
    """A whole line holding only a sign-off: `` Reuter``, ``REUTER...``, ``AAP RTV``,
    ``Enditem``."""
    words = alternation(load_list("signoffs") + load_list("end_marks"))
    return re.compile(
        rf"""
        [ \t]{{0,12}}
        (?:{words})          # Reuter / REUTER / AAP RTV / More
        (?:\.{{3}}|…)?       # REUTER...
        [ \t\r]{{0,4}}
        """,
        re.VERBOSE | re.IGNORECASE,
    )


@cache
def glued_end_mark() -> re.Pattern[str]:
    """An end mark after the last sentence on its line: ``... technology. Enditem``."""
    marks = "|".join(re.escape(m) for m in load_list("end_marks"))
    return re.compile(
        rf"""
        (?<=[.!?"”’'])      # after the sentence's closing mark
        [ \t]{{1,4}}
        (?P<mark>{marks})
        [ \t\r]{{0,4}}\Z
        """,
        re.VERBOSE,
    )


# How far before the end of the text a glued end mark is looked for.
END_MARK_WINDOW = 24


def find_signoff(doc: Document) -> Span | None:
    """The sign-off line at the end of the text, or an end mark glued to the last
    sentence, or None."""
    if not doc.blocks:
        return None
    last = doc.blocks[_last_story_block(doc)].span
    line_index = doc.line_at(last.end - 1 if last.end > last.start else last.start)
    line = doc.lines[line_index]
    start = max(line.start, last.start)
    if line_index == 0 or start >= last.end:
        return None  # a one-line document is a headline, not a sign-off
    if (
        signoff_line().fullmatch(doc.text, start, line.end) is None
        and DESK_SIGNOFF.fullmatch(doc.text, start, line.end) is None
        and not (
            line.end - start <= MAX_AGENCY_LIST_CHARS
            and _agencies_alone(doc.text[start : line.end])
        )
    ):
        glued = glued_end_mark().search(doc.text, max(start, last.end - END_MARK_WINDOW), last.end)
        return None if glued is None else Span(glued.start("mark"), glued.end("mark"))
    return doc.shrink(Span(start, line.end))


def _last_story_block(doc: Document) -> int:
    """The index of the story's last block: the last one, or the one before a closing
    credit line that stands alone ("... costs. Enditem" / "Editor: Huaxia")."""
    last = len(doc.blocks) - 1
    span = doc.blocks[last].span
    if (
        last > 0
        and "\n" not in doc.text_of(span)
        and match_credit_line(doc.text, span.start, span.end) is not None
    ):
        return last - 1
    return last


# What parts the agencies of a closing line: "Reuters, AFP", "AFP/Reuters", "AP and AFP".
AGENCY_LIST_SEPARATOR = re.compile(r"[ ]?[,/&][ ]?|[ ]and[ ]")
# The longest closing line read as a list of agencies.
MAX_AGENCY_LIST_CHARS = 60


def _agencies_alone(line: str) -> bool:
    """A closing line that names two or more agencies and nothing else ("Reuters, AFP"):
    the wires the story was written from."""
    printed = line.strip().lstrip("—–- ").rstrip(".")
    if len(printed) > MAX_AGENCY_LIST_CHARS:
        return False
    parts = AGENCY_LIST_SEPARATOR.split(printed)
    return len(parts) >= 2 and all(canonical_agency(p.strip()) is not None for p in parts)


@cache
def _outlet_labels() -> frozenset[str]:
    return load_set("outlet_labels")


@cache
def outlet_label_openings() -> tuple[str, ...]:
    """The labels with their colon, case-folded ("source:", "source :")."""
    return tuple(sorted(f"{label}{colon}" for label in _outlet_labels() for colon in (":", " :")))


# A label, a colon and what it labels, on a line of its own: "Source: Xinhua".
LABELLED_LINE = re.compile(
    r"(?P<label>[A-Za-z][A-Za-z ]{0,19}?)[ ]?:[ ]{1,3}(?P<value>[^\n]{1,60})"
)


def find_outlet_lines(doc: Document) -> list[Span]:
    """Lines that only name the story's outlet after a label ("Source: Xinhua"): page
    furniture, not paragraphs."""
    text = doc.text
    out: list[Span] = []
    for start, end in lines_opening_with(doc, outlet_label_openings()):
        m = LABELLED_LINE.fullmatch(text, start, end)
        if m is None or m.group("label").casefold() not in _outlet_labels():
            continue
        if _names_wires(m.group("value").rstrip(". ")):
            out.append(Span(start, end))
    return out


def _names_wires(printed: str) -> bool:
    """An agency or outlet, or a list of them with the words for wires: "Xinhua", "Al
    Jazeera and news agencies", "Al Jazeera, Reuters"."""
    if canonical_agency(printed) is not None:
        return True
    parts = AGENCY_LIST_SEPARATOR.split(printed)
    wires = load_set("wire_words")
    return len(parts) >= 2 and all(
        canonical_agency(p.strip()) is not None or p.strip().casefold() in wires for p in parts
    )


# How many blocks at the end of the text closing furniture is looked for in.
CLOSING_WINDOW_BLOCKS = 8
# The longest line read as a copyright notice.
MAX_COPYRIGHT_CHARS = 300


@cache
def copyright_line() -> re.Pattern[str]:
    """A copyright notice: a mark from copyright_marks.txt, perhaps a second one, and a
    year: "Copyright 2024 NPR", "Copyright © 2024 NPR. All rights reserved."."""
    marks = alternation(load_list("copyright_marks"), boundary=False)
    return re.compile(rf"{marks}(?:[ ]?{marks})?[ ]?(?:19|20)\d\d(?!\d)", re.IGNORECASE)


def _is_copyright(text: str, start: int, end: int) -> bool:
    return (
        end - start <= MAX_COPYRIGHT_CHARS and copyright_line().match(text, start, end) is not None
    )


# A line that closes a sentence: a paragraph, not a topic under a closing heading.
SENTENCE_END = re.compile(r"[.!?][”\"’')]?$")


def find_closing_furniture(doc: Document) -> list[Span]:
    """Page furniture after the story's text: a copyright notice ("Copyright 2024 NPR"),
    and a heading over the topics it links to with the short lines under it
    ("Explore more on these topics" / "Weather" / "UK news")."""
    text = doc.text
    headings = load_set("closing_headings")
    out: list[Span] = []
    under_heading = False
    for index in range(max(1, len(doc.blocks) - CLOSING_WINDOW_BLOCKS), len(doc.blocks)):
        if doc.blocks[index].kind not in ("body", "meta"):
            under_heading = False
            continue
        for start, end in block_lines(doc, index):
            printed = text[start:end]
            if printed.rstrip(LABEL_TAIL).casefold() in headings:
                under_heading = True
            elif under_heading and not _is_topic_line(printed):
                under_heading = False
            if under_heading or _is_copyright(text, start, end):
                out.append(Span(start, end))
    return out


def _is_closing_pitch(text: str) -> bool:
    """A pitch to the reader, or the author's tagline, that may close a plain text."""
    return is_reader_pitch(text) or is_author_tagline(text)


def mark_closing_pitches(doc: Document) -> None:
    """Mark as page furniture the pitches to the reader that close a plain text ("Join
    ST's Telegram channel ...", "Sign up for push alerts ...", a subscription notice,
    the author's tagline "Tasha Brenner covers education for the Courier. ..."):
    the body blocks read from the last one up, over furniture already found, up to the
    first block that is no pitch. (A page's markup has its pitches trimmed already.)"""
    for block in reversed(doc.blocks):
        if block.kind != "body":
            continue
        left = list(doc.unclaimed(block.span))
        if not left:
            continue  # furniture already claimed line by line
        if not all(_is_closing_pitch(doc.text_of(part)) for part in left):
            return
        for part in left:
            doc.claim(part, FURNITURE)


# The most topics a line of them lists, and the most words a topic has.
MAX_TOPICS = 20
MAX_TOPIC_WORDS = 4


def _is_topic_line(printed: str) -> bool:
    """A line under a closing heading that names topics, not a paragraph: a short label
    ("UK news"), or topics listed with commas ("Kenta Morishima, Wages, Tax, Small
    business" under "KEYWORDS"); no sentence's end."""
    if SENTENCE_END.search(printed) is not None:
        return False
    if len(printed) <= MAX_LABEL_CHARS:
        return True
    topics = printed.split(",")
    return len(topics) <= MAX_TOPICS and all(
        topic.strip()[:1].isupper()
        and len(topic.strip()) <= MAX_LABEL_CHARS
        and len(topic.split()) <= MAX_TOPIC_WORDS
        for topic in topics
    )


# A rule printed on a line of its own inside a block: "___" (AP, over the closing
# credits), "* * *", "-----" (three rule marks at least, spaces between them allowed).
RULE_LINE = re.compile(r"^[ \t]*[_*=~\-–—][ \t]?[_*=~\-–—][ \t]?[_*=~\-–—][_*=~\-–— \t]*$", re.M)
# Three marks of RULE_LINE, a space or a tab between them allowed: what every rule line
# holds, found at C speed (most texts hold none).
RULE_MARKS = re.compile(r"[_*=~\-–—][ \t]?[_*=~\-–—][ \t]?[_*=~\-–—]")
# The characters a rule line opens with: a blank or a mark of RULE_LINE.
RULE_LINE_OPENERS = frozenset(" \t_*=~-–—")


def _rule_line_candidates(doc: Document) -> Iterator[Span]:
    """The lines that may be rule lines, in order: those that open with a blank or a mark,
    or, in a text of many short lines, those that hold three rule marks (found by a
    pattern)."""
    text = doc.text
    if line_by_line(doc):
        for line in doc.lines:
            if line.end - line.start >= 3 and text[line.start] in RULE_LINE_OPENERS:
                yield line
        return
    mark = RULE_MARKS.search(text)
    while mark is not None:
        line = doc.lines[doc.line_at(mark.start())]
        yield line
        mark = RULE_MARKS.search(text, line.end + 1)


def find_rule_lines(doc: Document) -> list[Span]:
    """The rule lines inside body blocks of more lines ("... said Roe." / "___" /
    "Murphy reported from ..."): no paragraph's text."""
    out: list[Span] = []
    for line in _rule_line_candidates(doc):
        m = RULE_LINE.match(doc.text, line.start, line.end)
        if m is None:
            continue
        index = block_index(doc, m.start())
        if index is None or doc.blocks[index].kind != "body":
            continue
        out.append(doc.shrink(Span(m.start(), m.end())))
    return out


# A desk sign-off of agency copy: lower-case initials joined by "-" and "/"
# ("bur-fff/sst", "jm/rlp").
DESK_SIGNOFF = re.compile(r"[ \t]{0,12}[a-z]{2,5}(?:[-/][a-z]{2,5}){1,5}[ \t\r]{0,4}")
# A desk sign-off naming the agencies the story draws on, which may stand above the
# credit lines (DW): "rc/wmr (AP, AFP, Reuters)".
DESK_WITH_AGENCIES = re.compile(
    r"[ \t]{0,12}[a-z]{2,5}(?:[-/][a-z]{2,5}){1,5}[ ]?\((?P<agencies>[^()\n]{2,80})\)[ \t\r]{0,4}"
)
AGENCY_SEPARATOR = re.compile(r"[ ]?[,;][ ]?")
# How many blocks at the end of the text a desk sign-off with agencies is looked for in.
DESK_WINDOW_BLOCKS = 4


def find_desk_lines(doc: Document) -> list[Span]:
    """Desk sign-offs with their agencies in the last blocks: ``rc/wmr (AP, AFP, Reuters)``."""
    out: list[Span] = []
    text = doc.text
    for index in range(max(0, len(doc.blocks) - DESK_WINDOW_BLOCKS), len(doc.blocks)):
        for start, end in block_lines(doc, index):
            if text[end - 1] != ")":
                continue
            m = DESK_WITH_AGENCIES.fullmatch(text, start, end)
            if m is not None and all(
                canonical_agency(a) is not None
                for a in AGENCY_SEPARATOR.split(m.group("agencies").strip())
            ):
                out.append(Span(start, end))
    return out


# How many lines from the top page labels are looked for inside a header block.
HEADER_LINES = 10


def find_header_labels(doc: Document) -> list[Span]:
    """Page labels among the first lines of a header block ("Topic:Weather", "3 min
    read" under the headline): no title, no paragraph."""
    out: list[Span] = []
    text = doc.text
    seen = 0
    for index in range(len(doc.blocks)):
        if doc.blocks[index].kind != "body":
            continue
        before = -1  # where the block's line before this one ends
        for start, end in block_lines(doc, index):
            seen += 1
            if seen > HEADER_LINES:
                return out
            if (start, end) == (doc.blocks[index].span.start, doc.blocks[index].span.end):
                continue  # a block of its own is classified whole
            if (
                end - start <= MAX_LABEL_CHARS
                and not _wraps_on(text, before, start)
                and (is_furniture(text[start:end]) or is_link_line(text[start:end]))
            ):
                out.append(Span(start, end))
            before = end
    return out


def _wraps_on(text: str, before: int, start: int) -> bool:
    """The line at ``start`` carries on the sentence of the line ending at ``before``
    (-1: none): it opens in lower case after a line ending in a lower-case letter or a
    comma, as the last word of a wrapped sentence does ("... 14.25 dlrs a" / "share.");
    no label."""
    return (
        before > 0
        and text[start].islower()
        and (text[before - 1].islower() or text[before - 1] == ",")
    )


def find_masthead(doc: Document) -> Span | None:
    """The outlet's name alone on the first line, over the rest of the page ("ABC
    News"): page furniture, not the headline."""
    if not doc.blocks:
        return None
    start, end = next(block_lines(doc, 0))
    if len(doc.blocks) == 1 and end == doc.blocks[0].span.end:
        return None  # the outlet's name is all the text holds
    if canonical_agency(doc.text[start:end]) is None:
        return None
    return Span(start, end)


def classify(doc: Document) -> None:
    """Mark every still-unclassified block as body; as a rule when it holds no letter or
    digit ("___", "* * *"); as page furniture (kind ``meta``) when it is a page's label
    pasted with the text ("Advertisement", "3 min read", "READ MORE: ...")."""
    for block in doc.blocks:
        if block.kind != "unknown":
            continue
        if not ALNUM.search(doc.text, block.span.start, block.span.end):
            block.kind = "rule"
        elif len(block.span) <= MAX_LABEL_CHARS and is_furniture(doc.text_of(block.span)):
            block.kind = "meta"  # a page's label pasted with the text: "Advertisement"
        elif len(block.span) <= MAX_CREDIT_LINE_CHARS and is_photo_credit(doc.text_of(block.span)):
            block.kind = "meta"  # a picture's credit alone: "Michael Conroy, AP"
        elif len(block.span) <= MAX_LINK_CHARS and is_link_line(doc.text_of(block.span)):
            block.kind = "meta"  # a link to another story: "READ MORE: Floods hit the coast"
        elif len(block.span) <= MAX_LINK_CHARS and is_furniture_run(doc.text_of(block.span)):
            block.kind = "meta"  # share buttons: "Share\nPost\nShare", "Share Post Share"
        else:
            block.kind = "body"


def apply(doc: Document, article: Article, ctx: Context) -> None:
    """Mark blocks as body and set the sign-off and the outlet lines apart."""
    classify(doc)
    masthead = find_masthead(doc)
    outlets = find_outlet_lines(doc) + ([] if masthead is None else [masthead])
    closing = find_closing_furniture(doc)
    rules = find_rule_lines(doc)
    for span in outlets + find_desk_lines(doc) + find_header_labels(doc) + closing + rules:
        index = block_index(doc, span.start)
        if index is not None and doc.blocks[index].span == span:
            doc.blocks[index].kind = "meta"
        else:
            doc.claim(span, FURNITURE)
    if article.source.format == "text":
        mark_closing_pitches(doc)
    signoff = find_signoff(doc)
    if signoff is None:
        return
    last = doc.blocks[_last_story_block(doc)]
    if last.span == signoff:
        last.kind = "signoff"
    else:
        doc.claim(signoff, WHO)
