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
    while True:
        nl = text.find("\n", start)
        if nl < 0:
            spans.append(Span(start, len(text)))
            return tuple(spans)
        spans.append(Span(start, nl))
        start = nl + 1


def split_blocks(text: str, lines: tuple[Span, ...]) -> list[Block]:
    """Blank-line separated blocks, split again at indented lines; spans trimmed."""
    blocks: list[Block] = []
    cur_start: int | None = None
    cur_end = 0
    for line in lines:
        content = text[line.start : line.end]
        if not content.strip():
            if cur_start is not None:
                blocks.append(Block(Span(cur_start, cur_end)))
                cur_start = None
            continue
        if cur_start is not None and INDENT.match(content):
            blocks.append(Block(Span(cur_start, cur_end)))
            cur_start = None
        if cur_start is None:
            cur_start = line.start
        cur_end = line.end
    if cur_start is not None:
        blocks.append(Block(Span(cur_start, cur_end)))
    return [Block(_trim(text, b.span)) for b in blocks]


def _trim(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def split_sentences(text: str, block: Span) -> list[Span]:
    """Sentences of one block. A period after an abbreviation or an initial does not end one."""
    abbreviations = _abbreviations()
    out: list[Span] = []
    start = block.start
    for m in SENTENCE_END.finditer(text, block.start, block.end):
        if text[m.start()] == ".":
            before = WORD_BEFORE.search(text, max(block.start, m.start() - 14), m.start() + 1)
            if before is not None:
                word = before.group().casefold()
                if word in abbreviations or len(word) == 2:  # "Gen.", "U.S.", an initial "J."
                    continue
        nxt = m.end()
        while nxt < block.end and text[nxt].isspace():
            nxt += 1
        if nxt < block.end and text[nxt].islower():  # "said the U.N. official" style
            continue
        out.append(_trim(text, Span(start, m.end())))
        start = m.end()
    if start < block.end:
        tail = _trim(text, Span(start, block.end))
        if len(tail):
            out.append(tail)
    return [s for s in out if len(s)]


def build_document(text: str) -> Document:
    """The Document for an already normalised text (``\\n`` line ends)."""
    lines = split_lines(text)
    blocks = split_blocks(text, lines)
    sentences: list[Span] = []
    for b in blocks:
        sentences.extend(split_sentences(text, b.span))
    return Document(text=text, lines=lines, blocks=blocks, sentences=tuple(sentences))
