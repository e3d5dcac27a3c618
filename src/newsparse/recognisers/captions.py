"""Photo captions: lines ending in a picture credit, and lines between headline and dateline.

    Abu Bakr al-Baghdadi made his first appearance ... in July 2014. (Photo: Al-Furqaan Media)
    A man walks past the bank in London, March 3, 2017. REUTERS/Jane Doe
    Protesters march in Ferguson, Missouri. (AP Photo/John Roe)
    The skyline of Erbil at dusk. Photo: Getty Images
    FILE PHOTO: Iraqi soldiers stand guard in Mosul.

``text`` is the caption without its credit, ``credit`` the credit alone
(``Al-Furqaan Media``, ``REUTERS/Jane Doe``, ``AP Photo/John Roe``, ``Getty
Images``), ``span`` the whole line. Captions leave the paragraphs.
"""

from __future__ import annotations

import re
from functools import cache

from ..article import Article, Caption
from ..document import Document, Span
from ..furniture import NOT_A_HOLDER, credit_line, is_photo_credit
from ..lexicon import alternation, load_list
from ..pipeline import Context
from .dateline import first_paragraphs, match_dateline
from .lines import block_index, line_by_line, lines_holding, overlaps_claim

WHO = "caption"

# The longest line read as a caption, and the longest credit.
MAX_CAPTION_CHARS = 600
# How many uncredited caption lines may stand before the dateline paragraph.
MAX_LEAD_PIECES = 2


@cache
def credit_tail() -> re.Pattern[str]:
    """A picture credit closing a line (search it from the line's last 160 characters)."""
    markers = alternation(load_list("photo_credit_markers"))
    capitalised = alternation([m[:1].upper() + m[1:] for m in load_list("photo_credit_markers")])
    agencies = alternation(load_list("photo_agencies"))
    return re.compile(
        rf"""
        (?:
            \((?:{markers})[ ]?:[ ]?(?P<marked>[^()\n]{{1,80}})\)     # (Photo: Al-Furqaan Media)
          | \((?:{markers})[ ]by[ ](?P<marked_by>[^()\n]{{1,80}})\)    # (Photo by Jane Doe/Anadolu via Getty Images)
          | (?<=[.!?”"][ ])(?-i:{capitalised})[ ]by[ ](?P<plain_by>(?-i:[A-Z])[^\n:]{{1,60}})  # ... Friday. Photo by Joel Muniz on Unsplash
          | (?<=[\w.!?”")][ ])(?<!copyright[ ])©[ ]?(?P<copyright>(?-i:[A-Z])[^\n©]{{1,60}})  # ... Peskov © Sergey Bobylev/TASS
          | (?<=[.!?”"][ ])[-–—][ ](?-i:Copyright)[ ](?P<copyright_word>(?-i:[A-Z])[^\n]{{1,60}})  # ... 2024. - Copyright AP Photo/Virginia Mayo
          | \((?P<agency_photo>(?:{agencies})[ ]Photo(?:/[^()\n]{{1,60}})?)\)   # (AP Photo/John Roe)
          | (?<![\w/])(?P<wire>REUTERS/(?-i:[A-Z][\w.'’-]*(?:[ /][A-Z][\w.'’-]*){{0,6}}))  # REUTERS/Jane Doe (a name: not "Reuters/Ipsos poll, ...")
          | (?<=[.!?”"][ ])(?-i:[A-Z]{{2,4}}[ ])?(?:{markers})[ ]?:[ ]?(?P<plain>[A-Z][^\n:]{{1,60}})   # ... Friday. Photo: Getty Images / ST PHOTO: GAVIN FOO
          | (?<=[^\W\d_][ ])(?-i:{capitalised})[ ]?:[ ]?(?P<unstopped>(?-i:[A-Z])[^\n:]{{1,60}})  # ... Chiayi Credit: Ann Wang/Reuters
          | (?<=[.!?”")])[ ]?(?:{markers})(?:\.{{3}}|…)(?P<ellipsis>(?-i:[A-Z])[^\n]{{1,80}})  # ... Tuesday.Credit...Jane Doe/Reuters
          | (?<=[^\s|])[ ]\|[ ](?:{markers})[ ]?:[ ]?(?P<bar_marked>[A-Z][^\n|:]{{1,60}})  # ... File | Photo Credit: The Hindu
          | (?<=[^\s|])[ ]\|[ ](?P<bar_agency>{agencies})   # ... on Thursday. | Kyodo
          | (?<=[^\s|])[ ]\|[ ](?P<bar_slashed>(?-i:[A-Z])[^\n|/]{{1,40}}/[^\n|/]{{1,40}})  # ... | Jane Doe/POLITICO
          | (?<=[.!?”"\w][ ])\((?P<bare>(?:{agencies})(?:/[^()\n]{{1,60}})?)\)  # ... Friday. (Reuters)
          | (?<=[.!?”"][ ])\((?P<agency_colon>(?:{agencies})[ ]?:[ ]?[^()\n]{{1,60}})\)  # (ABC News: Jane Doe)
          | (?<=[.!?”"\w][ ])\((?P<holder>(?-i:[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){{1,3}})/(?-i:[A-Z])[^()\n/]{{1,40}})\)  # (Jane Doe/The Washington Post)
          | (?<=[.!?”"][ ])(?P<slashed>(?-i:[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){{1,3}})[ ]?/[ ]?(?:{agencies}))  # ... Friday. Jane Doe/Getty Images
          | (?<=[.!?”"])[ ]?[—–][ ]?(?P<dashed>(?:{agencies})(?:/[^\n/]{{1,40}}){{1,2}})  # ... Islamabad. — AFP/File
                                                # (a slash: "... next week. — AFP" signs off a story)
          | (?<=[\w.!?”")][ ])\[(?:File[ ]?:[ ]?)?(?P<squared>(?:{agencies})(?:/[^\[\]\n]{{1,40}})?|(?-i:[A-Z])[^\[\]\n/:]{{1,40}}/[^\[\]\n]{{1,40}})\]  # ... Sudan [File: AFP]
          | (?<=[.!?”"][ ])(?P<bracketed>(?:{agencies})(?:/[^\[\]\n]{{1,60}})?)\]  # [... 2024. Getty Images]
        )
        [ .]{{0,2}}$
        """,
        re.VERBOSE | re.IGNORECASE,
    )


@cache
def caption_link() -> re.Pattern[str]:
    """A page's link printed after a picture's credit and copied with the caption
    ("... REUTERS/Jane Doe Purchase Licensing Rights"): no part of the credit."""
    return re.compile(rf"[ ](?:{alternation(load_list('caption_tails'))})[ .]{{0,2}}$", re.I)


@cache
def caption_link_reach() -> int:
    """How far before a line's end a match of :func:`caption_link` can start: a space,
    the longest link, two spaces or periods."""
    return 1 + max(len(tail) for tail in load_list("caption_tails")) + 2


# A caption announced by its opening words: FILE PHOTO: ... / Photo: ... / Pictured: ...
CAPTION_LEAD = re.compile(r"(?:FILE[ ]PHOTO|File[ ]photo|Pictured|PICTURED)[ ]?:[ ]", re.VERBOSE)
# A page's label before a caption, no part of it: "Image caption, Rishi Sunak spoke ...",
# "Caption: South Korean President Yoon Suk Yeol delivers ...", and an older page's
# labels with a space or nothing after them, perhaps after a player's notice: "Image
# caption Eva-Marie Persson said ...", "Media playback is unsupported on your device
# Media captionWho is Julian Assange?".
CAPTION_LABEL = re.compile(
    r"""
    (?:Media[ ]playback[ ]is[ ]unsupported[ ]on[ ]your[ ]device[ ])?
    (?:
        (?:(?:Image|Photo|Picture|Video|Media)[ ]caption|Caption)[ ]?[,:][ ]
      | (?:Image|Media)[ ]caption[ ]?(?=[A-Z“"])
    )
    """,
    re.VERBOSE,
)
# The label and credit line a page prints above such a caption: "Image source, Getty Images".
SOURCE_LABEL = re.compile(
    r"(?:Image|Photo|Picture|Video)[ ](?:source|credit)[ ]?[,:][ ](?P<credit>.{1,80})"
)


def match_caption(text: str, start: int, end: int) -> Caption | None:
    """The caption filling the line ``text[start:end]``, or None."""
    if end - start > MAX_CAPTION_CHARS or end - start < 12:
        return None
    line = Span(start, end)
    label = CAPTION_LABEL.match(text, start, end)
    opening = label.end() if label is not None else start
    # the link ends the line: only its last characters are searched
    link = caption_link().search(text, max(start, end - caption_link_reach()), end)
    tail_end = end if link is None else link.start()
    tail = text[max(opening, end - 160) : tail_end]
    m = (
        credit_tail().search(text, max(opening, end - 160), tail_end)
        if _may_end_in_credit(tail)
        else None
    )
    if m is not None and m.start() > opening:
        group = next(g for g in CREDIT_GROUPS if m.group(g))
        if group == "bracketed":
            if text[opening] != "[":
                return None  # "[... Getty Images]" is bracketed throughout
            opening += 1
        credit = m.group(group).strip()
        caption_end = m.start()
        while caption_end > opening and text[caption_end - 1] in " \t|":
            caption_end -= 1
        return Caption(line, Span(opening, caption_end), credit)
    if CAPTION_LEAD.match(text, start, end):
        return Caption(line, line, None)
    if label is not None:
        return Caption(line, Span(label.end(), end), None)
    return None


# What every credit of :func:`credit_tail` prints: a bracket, a colon, a slash, a bar, a
# dash, an ellipsis or the copyright sign; else "by" or "Copyright" before the name.
CREDIT_TAIL_MARKS = frozenset("()[]:/|©…—–")


def _may_end_in_credit(tail: str) -> bool:
    """The cheap test before :func:`credit_tail` (most candidate lines are paragraphs
    with none of its marks): whether ``tail`` holds a mark or word every credit needs."""
    if not CREDIT_TAIL_MARKS.isdisjoint(tail) or "..." in tail:
        return True
    folded = tail.casefold()
    return " by " in folded or "copyright" in folded


# The groups of :func:`credit_tail` that hold a credit, in the pattern's order.
CREDIT_GROUPS = (
    "marked",
    "marked_by",
    "plain_by",
    "copyright",
    "copyright_word",
    "agency_photo",
    "wire",
    "plain",
    "unstopped",
    "ellipsis",
    "bar_marked",
    "bar_agency",
    "bar_slashed",
    "bare",
    "agency_colon",
    "holder",
    "slashed",
    "dashed",
    "squared",
    "bracketed",
)


def _with_source_line(doc: Document, caption: Caption) -> Caption:
    """A labelled caption with the credit line printed right above it ("Image source,
    Getty Images" / "Image caption, ..."): one caption over both lines."""
    if caption.text.start == caption.span.start:
        return caption  # no label: no credit line above either
    at = doc.line_at(caption.span.start) - 1
    if at < 0:
        return caption
    above = doc.lines[at]
    m = SOURCE_LABEL.fullmatch(doc.text, above.start, above.end)
    if m is None:
        return caption
    return Caption(Span(above.start, caption.span.end), caption.text, m.group("credit").strip())


# The longest caption printed under a line that is its credit alone.
MAX_CAPTION_UNDER_CREDIT_CHARS = 300
# A line short enough to be a credit alone (MAX_CREDIT_LINE_CHARS), opening with a
# capital: most lines of a long text are never looked at.
SHORT_LINE_CHARS = 60
CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


# A line break and the capital that opens the next line: found at C speed.
CAPITAL_AFTER_BREAK = re.compile(r"\n[A-Z]")


def _short_capital_lines(doc: Document) -> tuple[int, ...]:
    """The indexes of the lines of 1 to SHORT_LINE_CHARS characters that open with an
    ASCII capital, once per document: from the line spans, or, in a text of many short
    lines, only the lines a capital opens (found by a pattern)."""
    text = doc.text
    if line_by_line(doc):
        return tuple(
            k
            for k, line in enumerate(doc.lines)
            if 0 < line.end - line.start <= SHORT_LINE_CHARS and text[line.start] in CAPITALS
        )
    starts = [0] if text[:1] in CAPITALS else []
    starts += [m.start() + 1 for m in CAPITAL_AFTER_BREAK.finditer(text)]
    out: list[int] = []
    for start in starts:
        k = doc.line_at(start)
        if doc.lines[k].end - start <= SHORT_LINE_CHARS:
            out.append(k)
    return tuple(out)


def _under_credit_lines(doc: Document) -> list[tuple[Caption, int]]:
    """Captions printed under a line that is their credit alone ("Getty Images" over
    "Rebel fighters celebrated in the streets of Hama"), the caption with no closing
    full stop: one caption over both lines."""
    out: list[tuple[Caption, int]] = []
    text = doc.text
    lines = doc.lines
    pattern = credit_line()
    for k in doc.derived(_short_capital_lines):
        if k + 1 >= len(lines):
            continue
        credit = doc.shrink(lines[k])
        if (
            pattern.fullmatch(text, credit.start, credit.end) is None
            or NOT_A_HOLDER.match(text, credit.start, credit.end) is not None
        ):
            continue
        j = k + 1
        while j < len(lines) and not text[lines[j].start : lines[j].end].strip():
            j += 1
        if j >= len(lines):
            continue
        under = doc.shrink(lines[j])
        words = text[under.start : under.end]
        if (
            not 12 <= len(under) <= MAX_CAPTION_UNDER_CREDIT_CHARS
            or not words[0].isupper()
            or words[-1] in ".:!?"
            or match_dateline(text, under.start, under.end) is not None
            or overlaps_claim(doc, credit.start, under.end)
        ):
            continue
        index = block_index(doc, credit.start)
        if index is None or doc.blocks[index].kind != "body":
            continue
        out.append((Caption(Span(credit.start, under.end), under, doc.text_of(credit)), index))
    return out


def _over_credit_lines(doc: Document) -> list[tuple[Caption, int]]:
    """Captions printed over a line that is their credit alone, the two lines a block of
    their own before more of the story ("Sen. Pike speaks on Tuesday." over "Kent
    Nishimura/Getty Images"): one caption over both lines. The credit names its holder
    before the agency; an agency alone under a paragraph may sign a story off."""
    out: list[tuple[Caption, int]] = []
    text = doc.text
    lines = doc.lines
    for k in doc.derived(_short_capital_lines):
        if k == 0 or not is_photo_credit(text[lines[k].start : lines[k].end]):
            continue
        index = block_index(doc, lines[k].start)
        if index is None or index + 1 >= len(doc.blocks) or doc.blocks[index].kind != "body":
            continue
        above = doc.shrink(lines[k - 1])
        block = doc.blocks[index].span
        if (
            above.start != block.start
            or not 12 <= len(above) <= MAX_CAPTION_UNDER_CREDIT_CHARS
            or match_dateline(text, above.start, above.end) is not None
            or overlaps_claim(doc, above.start, block.end)
        ):
            continue
        credit = doc.shrink(lines[k])
        out.append((Caption(Span(above.start, credit.end), above, doc.text_of(credit)), index))
    return out


@cache
def _picture_words() -> re.Pattern[str]:
    """Words that describe a picture: "gestures", "poses", "is seen", "pictured"."""
    return re.compile(alternation(load_list("caption_cues")), re.IGNORECASE)


def _uncredited(doc: Document) -> list[Span]:
    """Lines that stand right before the dateline paragraph and describe a picture:
    captions printed without a credit between the headline and the dateline."""
    text = doc.text
    first = first_paragraphs(doc, 1)
    if not first or _picture_words().search(text, first[0].start, first[0].end) is None:
        return []  # the common case: the first paragraph is no picture's description
    pieces = first_paragraphs(doc, MAX_LEAD_PIECES + 1)
    for count, piece in enumerate(pieces):
        if match_dateline(text, piece.start, piece.end) is None:
            continue
        out = []
        for lead in pieces[:count]:
            line = text[lead.start : lead.end]
            if "\n" in line or len(lead) > MAX_CAPTION_CHARS or line[-1] not in '.)”"':
                return []
            if _picture_words().search(line) is None:
                return []
            out.append(lead)
        return out
    return []


# Lower-case pieces of which a credited caption holds one; lines without any are
# not looked at (most lines of most articles).
CREDIT_HINTS = (
    "photo",
    "pic:",
    "picture",
    "image",
    "credit",
    "courtesy",
    "reuters/",
    "getty",
    "source:",
    "caption",
    "/file",
    "]",
    "(supplied",
    "news:",
    "/",
    "wire)",
    ")\n",  # ... in Riyadh. (SPA)
    "©",
    "copyright",
    " | ",
)


def _candidate_lines(doc: Document) -> list[tuple[int, int]]:
    """Lines that may end in a picture credit: those near a credit word."""
    return lines_holding(doc.text, CREDIT_HINTS, haystack=doc.text.lower())


def find_captions(doc: Document) -> list[tuple[Caption, int]]:
    """Captions with their block index, in text order."""
    out: list[tuple[Caption, int]] = []
    text = doc.text
    for start, end in _candidate_lines(doc):
        index = block_index(doc, start)
        if index is None or doc.blocks[index].kind != "body" or overlaps_claim(doc, start, end):
            continue
        caption = match_caption(text, start, end)
        if caption is not None:
            out.append((_with_source_line(doc, caption), index))
    out.extend(_under_credit_lines(doc))
    out.extend(
        (caption, index)
        for caption, index in _over_credit_lines(doc)
        if not any(caption.span.overlaps(c.span) for c, _ in out)
    )
    # Lines standing between the headline and the dateline paragraph are captions
    # too, with no credit, when they describe a picture.
    taken = {c.span for c, _ in out}
    for span in _uncredited(doc):
        if span not in taken:
            index = block_index(doc, span.start)
            if index is not None:
                out.append((Caption(span, span, None), index))
    out.sort(key=lambda item: item[0].span.start)
    return out


def apply(doc: Document, article: Article, ctx: Context) -> None:
    """Store the captions; their lines leave the paragraphs. A page whose markup tags
    its captions settles them (``recognisers/page.py``): the text is not read for more."""
    if article.page is not None and article.page.caption_spans:
        return
    for caption, index in find_captions(doc):
        article.captions.append(caption)
        block = doc.blocks[index]
        if block.span == caption.span:
            block.kind = "caption"
        else:
            doc.claim(caption.span, WHO)
