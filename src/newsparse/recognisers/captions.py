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
from ..lexicon import alternation, load_list
from ..pipeline import Context
from .dateline import match_dateline

WHO = "caption"

# The longest line read as a caption, and the longest credit.
MAX_CAPTION_CHARS = 600


@cache
def credit_tail() -> re.Pattern[str]:
    """A picture credit closing a line (search it from the line's last 120 characters)."""
    markers = alternation(load_list("photo_credit_markers"))
    agencies = alternation(load_list("photo_agencies"))
    return re.compile(
        rf"""
        (?:
            \((?:{markers})[ ]?:[ ]?(?P<marked>[^()\n]{{1,80}})\)     # (Photo: Al-Furqaan Media)
          | \((?P<agency_photo>(?:{agencies})[ ]Photo(?:/[^()\n]{{1,60}})?)\)   # (AP Photo/John Roe)
          | (?<![\w/])(?P<wire>REUTERS/[A-Z][^\n]{{1,60}})           # REUTERS/Jane Doe
          | (?<=[.!?”"][ ])(?:{markers})[ ]?:[ ]?(?P<plain>[A-Z][^\n:]{{1,60}})   # ... Friday. Photo: Getty Images
          | (?<=[.!?”"][ ])\((?P<bare>(?:{agencies})(?:/[^()\n]{{1,60}})?)\)  # ... Friday. (Reuters)
        )
        [ .]{{0,2}}$
        """,
        re.VERBOSE | re.IGNORECASE,
    )


# A caption announced by its opening words: FILE PHOTO: ... / Photo: ... / Pictured: ...
CAPTION_LEAD = re.compile(r"(?:FILE[ ]PHOTO|File[ ]photo|Pictured|PICTURED)[ ]?:[ ]", re.VERBOSE)


def match_caption(text: str, start: int, end: int) -> Caption | None:
    """The caption filling the line ``text[start:end]``, or None."""
    if end - start > MAX_CAPTION_CHARS or end - start < 12:
        return None
    line = Span(start, end)
    m = credit_tail().search(text, max(start, end - 160), end)
    if m is not None and m.start() > start:
        group = next(g for g in ("marked", "agency_photo", "wire", "plain", "bare") if m.group(g))
        credit = m.group(group).strip()
        caption_end = m.start()
        while caption_end > start and text[caption_end - 1] in " \t":
            caption_end -= 1
        return Caption(line, Span(start, caption_end), credit)
    if CAPTION_LEAD.match(text, start, end):
        return Caption(line, line, None)
    return None


def _lines(doc: Document, index: int) -> list[Span]:
    block = doc.blocks[index].span
    out = []
    for number in range(doc.line_at(block.start), doc.line_at(block.end) + 1):
        line = doc.lines[number]
        span = doc.shrink(Span(max(line.start, block.start), min(line.end, block.end)))
        if len(span) and not doc.is_claimed(span):
            out.append(span)
    return out


def _dateline_block(doc: Document) -> int | None:
    """The index of the first body block that opens with a dateline."""
    for index, block in enumerate(doc.blocks[:8]):
        if block.kind != "body":
            continue
        for piece in doc.unclaimed(block.span):
            if match_dateline(doc.text, piece.start, piece.end) is not None:
                return index
            break
    return None


def find_captions(doc: Document) -> list[tuple[Caption, int]]:
    """Captions with their block index, in text order."""
    out: list[tuple[Caption, int]] = []
    text = doc.text
    for index, block in enumerate(doc.blocks):
        if block.kind != "body":
            continue
        for span in _lines(doc, index):
            caption = match_caption(text, span.start, span.end)
            if caption is not None:
                out.append((caption, index))
    # Lines standing between the headline and the dateline paragraph are captions
    # too, with no credit, when they read as a sentence.
    dateline = _dateline_block(doc)
    if dateline is not None:
        taken = {c.span for c, _ in out}
        for index in range(dateline):
            if doc.blocks[index].kind != "body":
                continue
            for span in _lines(doc, index):
                if span not in taken and text[span.end - 1] in ".)”\"" and len(text[span.start : span.end].split()) >= 4:
                    out.append((Caption(span, span, None), index))
    out.sort(key=lambda item: item[0].span.start)
    return out


def apply(doc: Document, article: Article, ctx: Context) -> None:
    """Store the captions; their lines leave the paragraphs."""
    for caption, index in find_captions(doc):
        article.captions.append(caption)
        block = doc.blocks[index]
        if doc.shrink(block.span) == caption.span:
            block.kind = "caption"
        else:
            doc.claim(caption.span, WHO)
