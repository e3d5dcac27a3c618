"""Line access for the block-chain recognisers, as plain offsets (no Span per line).

The block chain looks at single lines (a byline, a credit line, a caption) far
more often than it finds one, so candidate lines are handed around as
``(start, end)`` pairs, trimmed of whitespace, and a Span is made only for a find.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from itertools import chain

from ..document import Document


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without surrounding whitespace (str methods, no char loop)."""
    piece = text[start:end]
    stripped = piece.lstrip()
    start += len(piece) - len(stripped)
    return start, start + len(stripped.rstrip())


def block_lines(doc: Document, index: int) -> Iterator[tuple[int, int]]:
    """The non-empty lines of block ``index``, trimmed."""
    # The byline, headline and page-furniture recognisers each read the first blocks
    # (and the last ones) line by line: a block's first lines are cut once per
    # document and kept (block spans never change once the document is built). Only
    # the first CACHED_LINES: a block of a million lines is read through, not kept.
    store = doc.derived(_lines_by_block)
    head = store.get(index)
    if head is None:
        head = store[index] = _head_lines(doc, index)
    lines, resume = head
    if resume is None:
        return iter(lines)
    return chain(lines, _lines_from(doc, index, resume))


# Lines kept per block: more than the header recognisers read (HEADER_LINES is 10).
CACHED_LINES = 16


def _lines_by_block(doc: Document) -> dict[int, tuple[tuple[tuple[int, int], ...], int | None]]:
    """The store of :func:`block_lines`: per block, its first lines and the number of
    the line to go on from (None when they are all of them)."""
    return {}


def _head_lines(doc: Document, index: int) -> tuple[tuple[tuple[int, int], ...], int | None]:
    """The first CACHED_LINES non-empty lines of block ``index``, trimmed, and the
    number of the line after them (None when the block has no more)."""
    block = doc.blocks[index].span
    text = doc.text
    lines = doc.lines
    out: list[tuple[int, int]] = []
    for number in range(doc.line_at(block.start), doc.line_at(block.end) + 1):
        line = lines[number]
        s, e = trimmed(text, max(line.start, block.start), min(line.end, block.end))
        if s < e:
            if len(out) == CACHED_LINES:
                return tuple(out), number
            out.append((s, e))
    return tuple(out), None


def _lines_from(doc: Document, index: int, first: int) -> Iterator[tuple[int, int]]:
    """The non-empty lines of block ``index`` from line number ``first`` on, trimmed."""
    block = doc.blocks[index].span
    text = doc.text
    lines = doc.lines
    for number in range(first, doc.line_at(block.end) + 1):
        line = lines[number]
        s, e = trimmed(text, max(line.start, block.start), min(line.end, block.end))
        if s < e:
            yield s, e


def is_whole_block(doc: Document, index: int, start: int, end: int) -> bool:
    """``[start, end)`` is all of block ``index`` (blocks are stored trimmed)."""
    span = doc.blocks[index].span
    return span.start == start and span.end == end


# The average line length over which a text's lines are read one by one, not scanned
# for by a pattern: a Python step per line costs about what a pattern's scan costs
# over this many characters (a text of empty lines is scanned).
LINE_BY_LINE_CHARS = 24


def line_by_line(doc: Document) -> bool:
    """Whether the lines of ``doc`` are long enough on average to be read one by one."""
    return len(doc.text) > LINE_BY_LINE_CHARS * len(doc.lines)


def line_around(text: str, pos: int) -> tuple[int, int]:
    """The trimmed line holding offset ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return trimmed(text, start, len(text) if end < 0 else end)


def block_index(doc: Document, pos: int) -> int | None:
    """The index of the block holding offset ``pos``, or None between blocks."""
    # Blocks are in text order: bisect on them directly (a list of starts per call is
    # quadratic on a text of many candidate lines).
    i = bisect.bisect_right(doc.blocks, pos, key=lambda b: b.span.start) - 1
    if i >= 0 and doc.blocks[i].span.start <= pos < doc.blocks[i].span.end:
        return i
    return None


def overlaps_claim(doc: Document, start: int, end: int) -> bool:
    """Some claim overlaps ``[start, end)``."""
    return any(c.start < end and start < c.end for c, _ in doc.claims)


def lines_opening_with(
    doc: Document, openings: tuple[str, ...], *, skip: str = " \t", width: int = 48
) -> list[tuple[int, int]]:
    """The trimmed lines whose opening, past ``skip`` characters and case-folded, starts
    with one of ``openings`` (case-folded): one comparison per line, where a search of
    the text per opening and per case would read the text many times."""
    text = doc.text
    # The first letters of the openings, tested before the line's opening is case-folded
    # whole (most lines open with another letter).
    initials = {opening[:1] for opening in openings}
    out: list[tuple[int, int]] = []
    for line in doc.lines:
        first = text[line.start : line.start + 1]
        if first not in skip and first.casefold()[:1] not in initials:
            continue  # most lines: their first character opens no opening, none is skipped
        head = text[line.start : line.start + width].lstrip(skip)
        if (
            head[:1].isalpha()
            and head[:1].casefold()[:1] in initials
            and head.casefold().startswith(openings)
        ):
            out.append(line_around(text, line.start))
    return out


def lines_holding(
    text: str, hints: tuple[str, ...], *, haystack: str | None = None
) -> list[tuple[int, int]]:
    """The trimmed lines holding one of ``hints``, each once, in text order.

    ``haystack`` is where to look (e.g. the lower-cased text, same offsets). After a
    hit the search goes on from the end of its line, so a long line with many hits
    is read once.
    """
    where = text if haystack is None else haystack
    found: set[tuple[int, int]] = set()
    for hint in hints:
        pos = where.find(hint)
        while pos >= 0:
            line_end = where.find("\n", pos)
            if line_end < 0:
                line_end = len(where)
            found.add(line_around(text, pos))
            pos = where.find(hint, line_end)
    return sorted(found)
