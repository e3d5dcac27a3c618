"""Split a normalised text into lines, blocks (paragraphs) and sentences, all as spans.

Blocks are separated by blank lines. Inside a run of lines, an indented line after
an unindented or indented one starts a new block too: that is how wire copy such as
Reuters-21578 marks paragraphs without blank lines::

        SALVADOR, Feb 26 - Showers continued throughout the week in
    the Bahia cocoa zone, ...
        The dry period means the temporao will be late this year.
"""

from __future__ import annotations

import re
from functools import cache

from .document import Block, Document, Span
from .lexicon import load_list

# A line that starts a paragraph by its indentation: two or more spaces or a tab.
INDENT = re.compile(r"[ \t]{2,}|\t")

# A sentence end: terminal punctuation, optional closing quotes or brackets, then space.
SENTENCE_END = re.compile(r"""[.!?]+[”"’')\]]{0,3}(?=\s)""")

# The word before a period, to check it against the abbreviation list.
WORD_BEFORE = re.compile(r"(?:[A-Za-z]\.){1,4}$|[A-Za-z]{1,12}\.$")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(a.casefold() for a in load_list("abbreviations"))


def split_lines(text: str) -> tuple[Span, ...]:
    """Every line, without its newline; an empty text has one empty line."""
    spans = []
    start = 0
    for part in text.split("\n"):
        end = start + len(part)
        spans.append(Span(start, end))
        start = end + 1
    return tuple(spans)


def _indented(content: str) -> bool:
    """The line opens with a tab or two blanks (what ``INDENT`` matches), checked cheaply."""
    return content[:1] == "\t" or (content[:1] == " " and content[1:2] in (" ", "\t"))


def split_blocks(text: str, lines: tuple[Span, ...]) -> list[Block]:
    """Blank-line separated blocks, split again at indented lines; spans trimmed."""
    bounds: list[tuple[int, int]] = []
    cur_start = -1
    cur_end = 0
    for line in lines:
        content = text[line.start : line.end]
        if not content or content.isspace():
            if cur_start >= 0:
                bounds.append((cur_start, cur_end))
                cur_start = -1
            continue
        if cur_start >= 0 and _indented(content):
            bounds.append((cur_start, cur_end))
            cur_start = -1
        if cur_start < 0:
            cur_start = line.start
        cur_end = line.end
    if cur_start >= 0:
        bounds.append((cur_start, cur_end))
    return [Block(_trim(text, start, end)) for start, end in bounds]


def _trim(text: str, start: int, end: int) -> Span:
    """``[start, end)`` without surrounding whitespace, by str methods (no char loop)."""
    piece = text[start:end]
    stripped = piece.lstrip()
    start += len(piece) - len(stripped)
    return Span(start, start + len(stripped.rstrip()))


def split_sentences(text: str, block: Span) -> list[Span]:
    """Sentences of one block. A period after an abbreviation or an initial does not end one."""
    abbreviations = _abbreviations()
    out: list[Span] = []
    start = block.start
    end = block.end
    for m in SENTENCE_END.finditer(text, block.start, end):
        stop = m.start()
        if text[stop] == ".":
            before = WORD_BEFORE.search(text, max(block.start, stop - 14), stop + 1)
            if before is not None:
                word = before.group().casefold()
                if word in abbreviations or len(word) == 2:  # "Gen.", "U.S.", an initial "J."
                    continue
        nxt = m.end()
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt < end and text[nxt].islower():  # "said the U.N. official" style
            continue
        if start < m.end():
            sentence = _trim(text, start, m.end())
            if len(sentence):
                out.append(sentence)
        start = m.end()
    if start < end:
        tail = _trim(text, start, end)
        if len(tail):
            out.append(tail)
    return out


def build_document(text: str) -> Document:
    """The Document for an already normalised text (``\\n`` line ends)."""
    lines = split_lines(text)
    return Document(text=text, lines=lines, blocks=split_blocks(text, lines))
