"""Credit lines: who edited, reported, wrote or compiled the story.

    Editing by Ava Homa                                  -> Ava Homa (editing)
    Reporting by A and B; Additional reporting by C in Paris; Writing by D; Editing by E and F
    (Reporting by A; Editing by B)                       -> also at the end of the last paragraph
    Compiled by A                                        -> A (compiling)
    Editor: A                                            -> A (editing)
    Editor: Huaxia / [Editor: Huaxia]                    -> Huaxia (editing: one word after a label)
    With files from Reuters and CBC's A                  -> A (contributing; outlets are nobody)
    With files from The Canadian Press                   -> no credit, but a credit line
    -- With assistance from A                            -> A (contributing)
    A in Paris contributed to this report.               -> A (contributing)
    Associated Press writer A contributed.               -> A (contributing)
    AP writer A in Sacramento, California, contributed.  -> A (the place's state is no name)
    A contributed reporting from Baghdad.                -> A (contributing)

One Credit per person with its role; ``span`` is the whole credit line (or the
parenthesised credit), which leaves the paragraphs.
"""

from __future__ import annotations

import re
from functools import cache

from ..article import Article, Credit
from ..document import Document, Span
from ..lexicon import alternation, load_table
from ..pipeline import Context
from .lines import block_index, lines_holding, lines_opening_with, overlaps_claim
from .names import NAME_SEPARATOR, POSSESSIVE, one_word_name, split_names
from .places import canonical_agency

WHO = "credit"

# The longest line read as a credit line.
MAX_CREDIT_CHARS = 400
# How far before a paragraph's end a parenthesised credit may start.
TAIL_WINDOW = 400

ROLE_PHRASE_COLUMN = "phrase"

# "Associated Press writer(s)" / "Reuters correspondent" / "CNN's" before contributor names.
_CONTRIBUTOR_TITLE = r"""
    (?:
        (?:[A-Z][A-Za-z&.]{0,20}(?:[ ][A-Z][A-Za-z&.]{0,20}){0,3}[ ])?   # Associated Press / New York Times
        (?:staff[ ])?(?:writers?|reporters?|correspondents?|researchers?)[ ]
      | [A-Z][A-Za-z&.]{0,20}(?:[ ][A-Z][A-Za-z&.]{0,20}){0,3}(?:['’]s|(?<=s)['’])[ ]  # CNN's / Fox News'
    )
"""


@cache
def contributed_line() -> re.Pattern[str]:
    """ "<names> contributed [to this report | reporting [from X] | ...].": "Jane Doe in
    Paris contributed to this report.", "Associated Press writer John Roe contributed.",
    "Ali Hassan contributed reporting from Baghdad." Compiled on first use: few texts
    hold such a line, and the pattern costs much to compile (cold start)."""
    return re.compile(
        rf"""
        (?P<title>{_CONTRIBUTOR_TITLE})?
        (?P<names>[A-Z][^\n]{{1,200}}?)
        [ ]contributed
        (?P<what>[ ][a-z][^\n]{{0,120}}?)?
        [ ]?\.?
        """,
        re.VERBOSE | re.IGNORECASE,
    )


@cache
def _roles() -> dict[str, str]:
    return {row[ROLE_PHRASE_COLUMN].casefold(): row["role"] for row in load_table("credit_roles")}


@cache
def role_clause() -> re.Pattern[str]:
    """``<role phrase> by <names>``: Editing by Ava Homa / Additional reporting by C in Paris."""
    phrases = alternation(_roles())
    return re.compile(
        rf"""
        [ ]{{0,3}}
        (?P<phrase>{phrases})
        [ ]by:?[ ]
        (?P<names>[^;()\n]{{1,200}}?)
        [ .]{{0,3}}
        """,
        re.VERBOSE | re.IGNORECASE,
    )


LEAD_COLUMN = "lead"


@cache
def _leads() -> dict[str, str]:
    return {row[LEAD_COLUMN].casefold(): row["role"] for row in load_table("credit_leads")}


@cache
def lead_clause() -> re.Pattern[str]:
    """``<lead> <names>``: Editor: Huang Wei / With assistance from Alex Longley."""
    # longest first; a space may stand before a lead's colon: "Editor : Huang Wei"
    ordered = sorted(_leads(), key=lambda lead: (-len(lead), lead))
    leads = "|".join(
        re.escape(lead[:-1]) + "[ ]?:" if lead.endswith(":") else re.escape(lead)
        for lead in ordered
    )
    return re.compile(
        rf"""
        [ ]{{0,3}}
        (?P<lead>(?:{leads}))
        [ ]{{1,3}}
        (?P<names>[^;()\n]{{1,200}}?)
        [ .]{{0,3}}
        """,
        re.VERBOSE | re.IGNORECASE,
    )


@cache
def lead_openings() -> tuple[str, ...]:
    """The leads, case-folded, also with a space before a colon ("editor :"): what a
    line's opening is compared with."""
    forms: set[str] = set()
    for lead in _leads():
        forms.add(lead)
        if lead.endswith(":"):
            forms.add(f"{lead[:-1]} :")
    return tuple(sorted(forms))


# What may stand before a lead at the start of its line: spaces, "(", "[", a dash.
LEAD_PREFIX = " \t([-\u2013\u2014"
# Brackets that may hold a whole credit line: "(Reporting by A)", "[Editor: Huaxia]".
CREDIT_BRACKETS = (("(", ")"), ("[", "]"))


# A dash or an asterisk that opens a credit line: "-- With assistance from Alex
# Longley", "*Writing by Ahmet Gencturk" (Anadolu).
LEADING_DASH = re.compile(r"(?:--|[\u2013\u2014*])[ ]?")

# A parenthesised credit closing a paragraph: "... said. (Reporting by A; Editing by B)"
TAIL_CREDIT = re.compile(r"\((?P<inner>[A-Za-z][^()\n]{5,350})\)[ .]{0,3}$")


# The space a lead may print before its colon ("Editor : Huang Wei").
LEAD_SPACE = re.compile(r"[ ](?=:)")


def _role_credits(text: str, start: int, end: int, line: Span) -> list[Credit] | None:
    """Credits of ``text[start:end]`` made of ``Role by names`` clauses split by ";"."""
    out: list[Credit] = []
    roles = _roles()
    pos = start
    clause = role_clause()
    while pos < end:
        semi = text.find(";", pos, end)
        stop = end if semi < 0 else semi
        m = clause.fullmatch(text, pos, stop)
        if m is not None:
            role = roles[" ".join(m.group("phrase").casefold().split())]
            names: list[Span] | None = split_names(text, m.start("names"), m.end("names"))
        else:
            m = lead_clause().fullmatch(text, pos, stop)
            if m is None:
                return None
            lead = LEAD_SPACE.sub("", " ".join(m.group("lead").casefold().split()))
            role = _leads()[lead]
            names = _lead_names(text, m.start("names"), m.end("names"), labelled=lead[-1] == ":")
        if names is None or (not names and m.re is clause):
            return None
        out.extend(Credit(text[n.start : n.end], role, line) for n in names)
        pos = stop + 1
    return out


def _lead_names(text: str, start: int, end: int, *, labelled: bool) -> list[Span] | None:
    """The people a lead credits, outlets left out ("With files from Reuters and CBC's
    Jane Smith" -> Jane Smith; "With files from The Canadian Press" -> nobody); after a
    label and a colon, a one-word name too ("Editor: Huaxia"). None when an item is
    neither a person nor an outlet."""
    names = split_names(text, start, end)
    if names:
        return names
    if labelled:
        one = one_word_name(text, start, end)
        if one is None or canonical_agency(text[one.start : one.end]) is not None:
            return None
        return [one]
    out: list[Span] = []
    pos = start
    bounds = [(sep.start(), sep.end()) for sep in NAME_SEPARATOR.finditer(text, start, end)]
    for item_end, after in [*bounds, (end, end)]:
        s, e = pos, item_end
        pos = after
        printed = text[s:e].strip(" .")
        if canonical_agency(printed) is not None:
            continue  # an outlet: "Reuters", "The Canadian Press"
        space = text.find(" ", s, e)
        if space > s and text[s:space].endswith(POSSESSIVE):
            s = space + 1  # an outlet's possessive before the name: "CBC's Jane Smith"
        found = split_names(text, s, e)
        if not found:
            return None
        out.extend(found)
    return out


def _contributed_credits(text: str, start: int, end: int, line: Span) -> list[Credit] | None:
    m = contributed_line().fullmatch(text, start, end)
    if m is None:
        return None
    names = split_names(text, m.start("names"), m.end("names"))
    if not names:
        return None
    return [Credit(text[n.start : n.end], "contributing", line) for n in names]


# A writer's note opening a closing credit line: where the byline's writer reported from
# ("Murphy reported from Oklahoma City.", "Lee reported from Seoul and Park from Tokyo.").
REPORTED_FROM = re.compile(
    r"[A-Z][\w'’-]{1,30}(?:[ ]and[ ][A-Z][\w'’-]{1,30})?[ ]reported[ ]from[ ][A-Z][^.\n]{1,80}\.[ ]"
)


def _contributed_after_notes(text: str, start: int, end: int, line: Span) -> list[Credit] | None:
    """The contributors of a line whose "contributed" sentence follows where the writers
    reported from (AP: "Murphy reported from Oklahoma City. Associated Press writers Jane
    Roe in Tulsa and John Doe in Washington contributed to this report.")."""
    s = start
    while (note := REPORTED_FROM.match(text, s, end)) is not None:
        s = note.end()
    if s == start:
        return None
    return _contributed_credits(text, s, end, line)


def match_credit_line(text: str, start: int, end: int) -> list[Credit] | None:
    """The credits filling the line ``text[start:end]``, or None."""
    if end - start > MAX_CREDIT_CHARS:
        return None
    line = Span(start, end)
    s, e = start, end
    if (text[s], text[e - 1]) in CREDIT_BRACKETS:
        s, e = s + 1, e - 1
    dash = LEADING_DASH.match(text, s, e)
    if dash is not None:
        s = dash.end()
    lowered = text[s:e].casefold()
    if " by" in lowered or ":" in lowered or " from " in lowered:
        found = _role_credits(text, s, e, line)
        if found is not None:
            return found
    if "contributed" in lowered:
        return _contributed_credits(text, s, e, line) or _contributed_after_notes(text, s, e, line)
    return None


# Pieces of which a credit line holds one; only lines around them are looked at.
CREDIT_HINTS = (" by", " By", " BY", "contributed", "Contributed")


def find_credits(doc: Document) -> list[tuple[list[Credit], int]]:
    """Credit lines and parenthesised tail credits, each with its block index."""
    return [(credits, index) for _, credits, index in credit_lines(doc) if credits]


def credit_lines(doc: Document) -> list[tuple[Span, list[Credit], int]]:
    """Credit lines and parenthesised tail credits, each with its span and block index;
    a line that credits outlets alone ("With files from The Canadian Press") credits
    nobody but is a credit line all the same."""
    out: list[tuple[Span, list[Credit], int]] = []
    text = doc.text
    # Lines that open with a lead ("Editor: ...", "-- With assistance from ..."), besides
    # the lines holding "by" or "contributed".
    leads = lines_opening_with(doc, lead_openings(), skip=LEAD_PREFIX)
    lines = set(lines_holding(text, CREDIT_HINTS)) | set(leads)
    for start, end in sorted(lines):
        if end - start < 8:
            continue
        index = block_index(doc, start)
        if index is None or doc.blocks[index].kind != "body" or overlaps_claim(doc, start, end):
            continue
        found = match_credit_line(text, start, end)
        if found is not None:
            out.append((Span(start, end), found, index))
    for index, block in enumerate(doc.blocks):
        if block.kind != "body" or text[block.span.end - 1 : block.span.end] not in (")", "."):
            continue
        window = max(block.span.start, block.span.end - TAIL_WINDOW)
        if text.find("(", window, block.span.end) < 0:
            continue
        tail = TAIL_CREDIT.search(text, window, block.span.end)
        if tail is None or tail.start() <= block.span.start:
            continue
        span = Span(tail.start(), tail.end())
        if any(line.overlaps(span) for line, _, _ in out):
            continue
        found = _role_credits(text, tail.start("inner"), tail.end("inner"), doc.shrink(span))
        if found:
            out.append((doc.shrink(span), found, index))
    out.sort(key=lambda item: item[0].start)
    return out


def apply(doc: Document, article: Article, ctx: Context) -> None:
    """Store the credits; their lines leave the paragraphs."""
    for span, credits, index in credit_lines(doc):
        article.credits.extend(credits)
        block = doc.blocks[index]
        if block.span == span:
            block.kind = "credit"
        else:
            doc.claim(span, WHO)
