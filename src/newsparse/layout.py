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
from .lexicon import load_list, load_set

# Read as a space by every recogniser, printed as it was (Document.printed).
NO_BREAK_SPACE = "\u00a0"
# A line that starts a paragraph by its indentation: two or more spaces or a tab.
INDENT = re.compile(r"[ \t]{2,}|\t")

# A sentence end: terminal punctuation, optional closing quotes or brackets, then space.
# The first mark is spelt out before the repeat ("[.!?][.!?]*", not "[.!?]+"): a pattern
# that opens on a character set lets the engine skip to the next mark at C speed.
SENTENCE_END = re.compile(r"""[.!?][.!?]*[”"’')\]]{0,3}(?=\s)""")

# Capital initials, which end no sentence: "K.C. Venugopal", "J.K. Rowling".
INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
# The word before a period, to check it against the abbreviation list: a whole word,
# not the suffix of an ordinal ("on October 1st." ends a sentence; "St." does not) nor
# of a possessive ("such as Taylor's." ends one: its "s." is no initial).
WORD_BEFORE = re.compile(r"(?<![0-9A-Za-z'’])(?:(?:[A-Za-z]\.){1,4}$|[A-Za-z]{1,12}\.$)")
# The word after a sentence end and its spaces, to check it against the sentence openers.
WORD_AFTER = re.compile(r"\s*([A-Z][a-z]{0,7})\b")


@cache
def abbreviations() -> frozenset[str]:
    """Words ending in a period that end no sentence ("corp.", "gen."), case-folded."""
    return frozenset(a.casefold() for a in load_list("abbreviations"))


@cache
def _lower_case_abbreviations() -> frozenset[str]:
    """The abbreviations listed in lower case ("vs.", "etc."), which are one in any case."""
    return frozenset(a for a in load_list("abbreviations") if a.islower())


def is_abbreviation(word: str, *, before_number: bool = False) -> bool:
    """Whether a word ending in a period is an abbreviation of the list as printed: one
    listed with a capital only with one ("Mass.", "MASS.") or before a number ("no. 178";
    "saved mass." and "said no." end a sentence), one listed in lower case in any case
    ("gen.", "Etc.")."""
    folded = word.casefold()
    if folded not in abbreviations():
        return False
    return word[:1].isupper() or before_number or folded in _lower_case_abbreviations()


@cache
def _closing_words() -> frozenset[str]:
    """Company suffixes as printed ("Inc.", "Corp."), which a sentence may end with:
    ``load_set`` once per process, not its keyword call once per paragraph."""
    return load_set("company_suffixes", casefold=False)


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


def split_blocks(text: str, lines: tuple[Span, ...], *, unwrapped: bool = True) -> list[Block]:
    """Blank-line separated blocks, split again at indented lines and, with ``unwrapped``,
    at the line breaks of blocks that are not hard-wrapped; spans trimmed."""
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
        if ":" in content and TIME_LINE.fullmatch(content):
            # "10:42 GMT" over a live blog's entry: a block of its own
            if cur_start >= 0:
                bounds.append((cur_start, cur_end))
            bounds.append((line.start, line.end))
            cur_start = -1
            continue
        if cur_start < 0:
            cur_start = line.start
        cur_end = line.end
    if cur_start >= 0:
        bounds.append((cur_start, cur_end))
    if unwrapped:
        bounds = _split_unwrapped(text, bounds)
    return [Block(_trim(text, start, end)) for start, end in bounds]


# A clock time alone on a line, the stamp of a live blog's entry: "10:42 GMT",
# "7:10 p.m.", "09:50 ET".
TIME_LINE = re.compile(r"[ \t]*\d{1,2}:\d\d(?:[ ]?[ap]\.?m\.?)?(?:[ ][A-Z]{2,4})?[ \t]*")


# A line longer than this is not hard-wrapped: wire copy wraps near 70 characters.
UNWRAPPED_LINE = 120


def _split_unwrapped(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Blocks whose lines are not hard-wrapped, split at every line break.

    Web copy often separates paragraphs by a single line break; a block holding a
    line too long for a wrapped column is such a run of paragraphs, one a line.
    """
    out: list[tuple[int, int]] = []
    for start, end in bounds:
        first_break = text.find("\n", start, end)
        if first_break < 0 or not _has_long_line(text, start, end):
            out.append((start, end))
            continue
        piece_start = start
        line_end = first_break
        while line_end >= 0:
            if text[piece_start:line_end].rstrip().endswith(PARAGRAPH_END) or (
                text[line_end + 1 : line_end + 2] in QUOTE_OPENERS
            ):
                # A line that ends a sentence, or one before a line that opens a quotation
                # ("... ― Stephanie Egan" / "“Tonight ..."), ends a paragraph; others run on
                # (a title line, a wrapped line) into the next.
                if text[piece_start:line_end].strip():
                    out.append((piece_start, line_end))
                piece_start = line_end + 1
            line_end = text.find("\n", line_end + 1, end)
        if text[piece_start:end].strip():
            out.append((piece_start, end))
    return out


# How a line that ends a paragraph ends: a sentence's end, closing marks, a colon.
PARAGRAPH_END = tuple(".!?:”\"’')]")
# Marks that open a quotation at the start of a line, and so a paragraph of web copy.
QUOTE_OPENERS = frozenset("“«„")


def _has_long_line(text: str, start: int, end: int) -> bool:
    line_start = start
    while line_start < end:
        line_end = text.find("\n", line_start, end)
        if line_end < 0:
            line_end = end
        if line_end - line_start > UNWRAPPED_LINE:
            return True
        line_start = line_end + 1
    return False


def _trim(text: str, start: int, end: int) -> Span:
    """``[start, end)`` without surrounding whitespace, by str methods (no char loop)."""
    if start < end and not text[start].isspace() and not text[end - 1].isspace():
        return Span(start, end)  # most sentences: nothing to strip, no slice made
    piece = text[start:end]
    stripped = piece.lstrip()
    start += len(piece) - len(stripped)
    return Span(start, start + len(stripped.rstrip()))


# A run-in head before a colon opening a block: "Why it matters: ...".
RUN_IN_HEAD = re.compile(r"[ \t]*(?P<head>[A-Z][\w'’, ]{1,30}):[ ]")


def _run_in_head(text: str, block: Span) -> int | None:
    """Where a run-in head of ``data/run_in_heads.txt`` opening ``block`` ends (after
    its colon), or None."""
    if text.find(":", block.start, block.end) < 0:
        return None  # most paragraphs: no colon, no match tried
    m = RUN_IN_HEAD.match(text, block.start, block.end)
    if m is None:
        return None
    head = m.group("head").replace("’", "'").casefold()
    return m.end("head") + 1 if head in load_set("run_in_heads") else None


def _opens_sentence(text: str, at: int, end: int) -> bool:
    """The word after ``at`` is one of ``data/sentence_openers.txt`` ("He", "The"), which
    opens a sentence even after initials or a company suffix: "... in the U.S. He says
    ...", "... to Apple Inc. The deal ...". A title before a name ("Gen. He Yong") is not
    asked."""
    m = WORD_AFTER.match(text, at, end)
    return m is not None and m.group(1) in load_set("sentence_openers", casefold=False)


# A number after a sentence end and its spaces: "no. 178" goes on.
NUMBER_AFTER = re.compile(r"\s{1,4}[0-9]")


def _number_follows(text: str, at: int, end: int) -> bool:
    """Whether a number follows a sentence end at ``at`` (spaces skipped)."""
    return NUMBER_AFTER.match(text, at, end) is not None


# The marks of a time of day, which end a sentence before a word that opens one: "...
# shortly before 8 p.m. No one was hurt." ("8 p.m. Monday" goes on).
CLOCK_MARKS = frozenset({"a.m.", "p.m."})


def split_sentences(text: str, block: Span) -> list[Span]:
    """Sentences of one block. A period after an abbreviation or an initial does not end one;
    a run-in head ("Why it matters:") is a sentence of its own."""
    closing_words = _closing_words()
    out: list[Span] = []
    start = block.start
    end = block.end
    head_end = _run_in_head(text, block)
    if head_end is not None:
        out.append(_trim(text, start, head_end))
        start = head_end
    for m in SENTENCE_END.finditer(text, start, end):
        stop = m.start()
        if text[stop] == ".":
            before = WORD_BEFORE.search(text, max(block.start, stop - 14), stop + 1)
            if before is not None:
                word = before.group()
                dotted = (
                    INITIALS.fullmatch(word) is not None
                    or word in closing_words
                    or word.casefold() in CLOCK_MARKS
                )
                listed = is_abbreviation(word, before_number=_number_follows(text, m.end(), end))
                if (listed or len(word) == 2 or dotted) and not (
                    dotted and _opens_sentence(text, m.end(), end)
                ):
                    continue  # "Gen.", "U.S.", an initial "J.", initials "K.C."
        nxt = m.end()
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt < end and text[nxt].islower():  # "said the U.N. official" style
            continue
        if start < m.end():
            sentence = _trim(text, start, m.end())
            if sentence.end > sentence.start:  # not empty (cheaper than len() of a Span)
                out.append(sentence)
        start = m.end()
    if start < end:
        tail = _trim(text, start, end)
        if tail.end > tail.start:
            out.append(tail)
    return out


def build_document(text: str, *, plain: bool = True) -> Document:
    """The Document for an already normalised text (``\\n`` line ends).

    ``plain`` is False for text extracted from markup, whose blocks follow the
    markup: a line break inside one of them does not part paragraphs.
    """
    printed = text
    if NO_BREAK_SPACE in text:
        text = text.replace(NO_BREAK_SPACE, " ")  # "McCrummen\u00a0reports:" reads as a cue
    lines = split_lines(text)
    blocks = split_blocks(text, lines, unwrapped=plain)
    return Document(text=text, lines=lines, blocks=blocks, printed=printed)
