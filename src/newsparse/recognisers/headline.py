"""Section label and headline: the title line that opens the text.

    Middle East Russian airstrike may kill IS leader Baghdadi in Syria: Defense Ministry
    (blank)
    Russian airstrike may kill IS leader Baghdadi in Syria: Defense Ministry

gives section "Middle East" (the first line is the label run together with the
headline, which a later line repeats) and the headline without it. Also: a
Reuters-style upper-case title line (``BAHIA COCOA REVIEW``), a plain headline
line, a section line of its own (``World`` then the headline), and a title line
ending in a period appended by a corpus (``... Bad Optics.``: the period is not
part of the headline).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..article import Article, Headline
from ..document import Document, Span
from ..lexicon import load_set
from ..pipeline import Context
from .byline import match_byline
from .dateline import match_dateline
from .lines import block_lines, overlaps_claim
from .places import find_area
from .published import is_date_line

WHO = "headline"

# Longest title line taken as a headline, and most words (tuned on Reuters-21578
# titles, up to ~120 characters, and PolNeAR titles; a longer line is a paragraph).
MAX_HEADLINE_CHARS = 300
MAX_HEADLINE_WORDS = 40
# How many following lines may repeat the first line's headline, and the longest
# section label run together with it.
REPEAT_WINDOW = 4
MAX_SECTION_CHARS = 40
MAX_SECTION_WORDS = 4

# A final period of a title (appended by a corpus): "Bad Optics." / "‘in Their Heads.’";
# not the period of a final initial or dotted abbreviation ("U.S.", "J.").
TRAILING_PERIOD = re.compile(
    r"(?<![ .])(?<!\b[A-Za-z]\.[A-Za-z])(?<![ .][A-Za-z])\.(?P<closer>[”\"’']?)$"
)

# A one-line first paragraph longer than this, ending in a period, is text, not a title.
MAX_SENTENCE_TITLE_WORDS = 25


# Blocks that hold no title line: page furniture and rules.
SKIPPED_KINDS = frozenset({"meta", "rule"})


class _Line(NamedTuple):
    span: Span
    block: int  # index into doc.blocks


@cache
def _sections() -> frozenset[str]:
    return load_set("sections")


@cache
def _breadcrumb_roots() -> frozenset[str]:
    return load_set("breadcrumb_roots")


# What parts the labels of a section path: "WORLD, ASIA - PACIFIC", "News > World".
SECTION_PATH_SEPARATOR = re.compile(r"[ ]?[,>»›/|][ ]?")
# A hyphen inside a label, spaced or not: "ASIA - PACIFIC" is "Asia-Pacific".
LABEL_HYPHEN = re.compile(r"[ ]?[-–][ ]?")


def is_section_label(text: str) -> bool:
    """A known section label (data/sections.txt) or a country's name, or a path of them:
    "Politics", "Pakistan", "WORLD, ASIA - PACIFIC", "News > World", and a path whose
    labels a copied page ran together ("NewsUKUK Politics")."""
    known = _sections()
    parts = SECTION_PATH_SEPARATOR.split(text)
    if len(parts) > 1 and parts[0].strip().casefold() in _breadcrumb_roots():
        parts = parts[1:]  # "Home > News": the site's front page opens the path
    if len(parts) <= MAX_SECTION_WORDS and all(
        _is_label_part(LABEL_HYPHEN.sub("-", part.strip()), known) for part in parts
    ):
        return True
    return len(parts) == 1 and _is_glued_path(text, known)


# Where a label run together with the one before it starts: a capital right after a
# letter ("News|UK|UK Politics").
GLUED_LABEL_START = re.compile(r"(?<=[^\W\d])[A-Z]")
# The longest line read as labels run together, and the most places where a label may
# start in it (with its two ends): the search below compares every pair of them.
MAX_GLUED_PATH_CHARS = 60
MAX_GLUED_CUTS = 12


def _is_glued_path(text: str, known: frozenset[str]) -> bool:
    """Two to MAX_SECTION_WORDS labels run together, each a label part: "NewsUKUK
    Politics" is "News", "UK", "UK Politics"."""
    if len(text) > MAX_GLUED_PATH_CHARS or text.isupper():
        return False  # a line in capitals has a cut at every letter: no glued labels
    cuts = [0] + [m.start() for m in GLUED_LABEL_START.finditer(text)] + [len(text)]
    if not 3 <= len(cuts) <= MAX_GLUED_CUTS:
        return False
    # fewest labels that read the text from its start to each cut (UNREAD: none do)
    fewest = [0] + [UNREAD] * (len(cuts) - 1)
    for j in range(1, len(cuts)):
        for i in range(j):
            if fewest[i] + 1 < fewest[j] and _is_label_part(text[cuts[i] : cuts[j]], known):
                fewest[j] = fewest[i] + 1
    return 2 <= fewest[-1] <= MAX_SECTION_WORDS


# More labels than any path holds: a text that labels do not read.
UNREAD = MAX_SECTION_WORDS + 1


def _is_label_part(part: str, known: frozenset[str]) -> bool:
    """A known label, a country, or either with a known label after it ("India News",
    "UK Politics", "World Europe")."""
    if part.casefold() in known or _is_country(part):
        return True
    head, space, last = part.rpartition(" ")
    return bool(
        space
        and head
        and last.casefold() in known
        and (head.casefold() in known or _is_country(head))
    )


def _is_country(text: str) -> bool:
    """A country's name ("Pakistan", "South Korea") or another name the gazetteer gives
    it ("UAE", "Britain"): an area row with neither city nor region."""
    place = find_area(text)
    return (
        place is not None
        and place.city is None
        and place.region is None
        and place.country is not None
    )


def _lines(doc: Document, limit: int) -> list[_Line]:
    """The first ``limit`` non-empty lines of the text, trimmed, with their block."""
    out: list[_Line] = []
    for index in range(len(doc.blocks)):
        if doc.blocks[index].kind in SKIPPED_KINDS:
            continue  # a masthead, a page label ("ABC News", "3 min read")
        for start, end in block_lines(doc, index):
            if overlaps_claim(doc, start, end):
                continue
            out.append(_Line(Span(start, end), index))
            if len(out) >= limit:
                return out
    return out


def _is_title_line(doc: Document, line: _Line, single: bool) -> bool:
    """``line`` can be a headline: short, not a dateline paragraph, not a byline."""
    text = doc.text_of(line.span)
    words = len(text.split())
    if len(text) > MAX_HEADLINE_CHARS or words > MAX_HEADLINE_WORDS:
        return False
    if words > MAX_SENTENCE_TITLE_WORDS and text.endswith("."):
        return False
    if match_byline(doc.text, line.span.start, line.span.end) is not None:
        return False
    dl = match_dateline(doc.text, line.span.start, line.span.end)
    if dl is not None and (not single or line.span.end - dl.body_start > 60):
        return False
    # A first block of several lines is a headline block only when its first line
    # does not run on as a sentence (a title cut at ";" is handled by the caller).
    return single or (not text.endswith((",", ";")) and not text[-1:].islower())


# Words a title line never ends with; a wrapped paragraph's line often does.
OPEN_ENDINGS = frozenset(
    {"the", "a", "an", "of", "to", "in", "and", "or", "for", "on", "with", "by", "at", "from",
     "that", "as", "but", "is", "was", "were", "are", "has", "have", "had", "said", "says"}
)  # fmt: skip
# Most words of a header block's first line (a title), and most of a section label.
MAX_HEADER_LINE_WORDS = 20
# A section label holds no sentence mark and no digit: "Climate crisis", "US politics".
SECTION_LABEL = re.compile(r"[^\W\d][^.,;:!?\d\n]*[^\W\d]")
# A section label's title line has at least this many words, and twice the label's.
MIN_TITLE_UNDER_SECTION = 5
# The bar between a section label and the headline on one line: "Opinion | Title".
LABEL_BAR = re.compile(r" \| ")


def _header_line(doc: Document, span: Span) -> bool:
    """A line that may end without a sentence mark: a title, not a wrapped line."""
    words = doc.text_of(span).split()
    return (
        0 < len(words) <= MAX_HEADER_LINE_WORDS
        and words[-1].casefold() not in OPEN_ENDINGS
        and not words[-1].endswith((",", ";", "-"))
    )


def _header_pair(doc: Document, first: Span, below: Span) -> bool:
    """Whether two lines of one block are header lines (a title and what follows it),
    not the first two lines of a wrapped paragraph: the first is a title-like line and
    the second starts as a new line would (a capital, a digit or a quote mark)."""
    head = doc.text[below.start : below.start + 1]
    return _header_line(doc, first) and (head.isupper() or head.isdigit() or head in "“\"‘'")


def _section_over(doc: Document, label: Span, below: list[_Line]) -> bool:
    """A short label line over a longer title line, in a header that a byline or a date
    line shows: "Climate crisis" / "Record heat in 2024 pushes world past 1.5C ..." /
    (a standfirst) / "Fri 10 Jan 2025 09.00 GMT"."""
    # The label and the title are read first, the lines below them last: most first
    # lines are no short label, and a byline is looked for in every line below.
    text = doc.text_of(label)
    words = text.split()
    if len(words) > MAX_SECTION_WORDS or len(text) > MAX_SECTION_CHARS:
        return False
    if not SECTION_LABEL.fullmatch(text) or text.isupper():
        return False
    head = doc.text_of(below[0].span)
    if head.rstrip("”\"’')").endswith((".", "!", "?", ":")):
        return False  # a sentence under a short line: "Title" / "Asked if she ...".
    if len(head.split()) < max(MIN_TITLE_UNDER_SECTION, 2 * len(words)):
        return False
    return any(
        match_byline(doc.text, line.span.start, line.span.end) is not None
        or is_date_line(doc, line.span)
        for line in below[1:]
    )


def _without_root(doc: Document, label: Span) -> Span:
    """A section path without the breadcrumb's link to the front page that opens it:
    "Home > News" -> "News"."""
    parts = SECTION_PATH_SEPARATOR.split(doc.text_of(label), maxsplit=1)
    if len(parts) < 2 or parts[0].strip().casefold() not in _breadcrumb_roots():
        return label
    return Span(label.end - len(parts[1]), label.end)


def _closes_label_block(doc: Document, label: _Line, title: _Line) -> bool:
    """A title line that closes a block opened by a known section label, the two lines
    all the block holds ("Politics" / "Grain deal talks could resume, Kremlin says"):
    a title, though it ends as a wrapped line may ("says"), for no paragraph wraps after
    a lone label."""
    block = doc.blocks[title.block].span
    return (
        title.span.end == block.end
        and label.span.start == block.start
        and is_section_label(doc.text_of(label.span))
        and len(doc.text_of(title.span).split()) <= MAX_HEADER_LINE_WORDS
    )


def _continued_title(doc: Document, lines: list[_Line]) -> Span | None:
    """A title printed over two lines of one block, cut after ";" or ":" (``Candidates vie
    for vets' support;`` / ``Trump and Clinton point out ...``): the span of both lines."""
    if len(lines) < 2 or lines[0].block != lines[1].block:
        return None
    first, second = lines[0].span, lines[1].span
    if not doc.text_of(first).endswith((";", ":")):
        return None
    block = doc.blocks[lines[0].block].span
    if block.end != second.end or len(block) > MAX_HEADLINE_CHARS:
        return None
    return block


def _headline_span(doc: Document, span: Span) -> tuple[Span, str | None]:
    """The headline without a corpus's final period; the text too when not a slice."""
    m = TRAILING_PERIOD.search(doc.text, span.start, span.end)
    if m is None:
        return span, None
    if not m.group("closer"):
        return doc.shrink(Span(span.start, m.start())), None
    text = doc.text[span.start : m.start()] + m.group("closer")
    return span, text


def find_headline(doc: Document) -> tuple[Headline, list[tuple[Span, int]]] | None:
    """The section and headline, and the lines they cover (span, block index)."""
    lines = _lines(doc, REPEAT_WINDOW + 1 + MAX_STACKED_LABELS)
    if not lines:
        return None
    # Labels stacked over the section label, each a block of its own (a breadcrumb
    # printed line by line: "News" / "UK" / "Home News" / the headline): the last one
    # is the section, those above it are no paragraphs.
    # The labels may also be the lines of one block ("News\nUK\nUK Politics").
    stacked: list[tuple[Span, int]] = []
    while (
        len(stacked) < MAX_STACKED_LABELS
        and len(lines) > 2
        and _lone_label(doc, lines[0], stacked)
        and _lone_label(doc, lines[1], [*stacked, (lines[0].span, lines[0].block)])
    ):
        stacked.append((lines[0].span, lines[0].block))
        lines = lines[1:]
    lines = lines[: REPEAT_WINDOW + 1]
    found = _find_headline(doc, lines, [span for span, _ in stacked])
    if found is None:
        return None
    headline, covered = found
    repeat = _repeated_headline(doc, headline, covered, lines)
    if repeat is not None:
        covered.append(repeat)
    if stacked and headline.section is not None:
        covered = stacked + covered
    return headline, covered


def _repeated_headline(
    doc: Document, headline: Headline, covered: list[tuple[Span, int]], lines: list[_Line]
) -> tuple[Span, int] | None:
    """The line right after the headline's lines when it prints the headline again (a
    copied page's title over its article heading: "World" / "Title" / "Title"): no
    paragraph. Compared case-blind, spaces collapsed."""
    last = max(span.end for span, _ in covered)
    after = next((line for line in lines if line.span.start >= last), None)
    if after is None or headline.headline is None:
        return None
    printed = _folded(headline.headline_text or doc.text_of(headline.headline))
    if _folded(doc.text_of(after.span)) != printed:
        return None
    beyond = next((line for line in lines if line.span.start >= after.span.end), None)
    if beyond is not None and _folded(doc.text_of(beyond.span)) == printed:
        return None  # a run of the same line: paragraphs, no title and its copy
    return after.span, after.block


def _folded(printed: str) -> str:
    """A line compared with a headline: spaces collapsed, case folded, no final period."""
    return " ".join(printed.split()).casefold().rstrip(".")


# Most labels of a breadcrumb printed line by line above the section label.
MAX_STACKED_LABELS = 3


def _lone_label(doc: Document, line: _Line, above: list[tuple[Span, int]]) -> bool:
    """A known section label that is a block of its own ("News", "UK", "Home News"), or a
    line of a block whose lines above it are labels stacked already (``above``)."""
    if not is_section_label(doc.text_of(line.span)):
        return False
    return _rest_of_block(doc, line, [span for span, _ in above]) == [line.span]


def _rest_of_block(doc: Document, line: _Line, stacked: list[Span]) -> list[Span]:
    """The unclaimed lines of the block of ``line`` up to it, the stacked labels left out."""
    return [
        Span(start, end)
        for start, end in block_lines(doc, line.block)
        if end <= line.span.end
        and Span(start, end) not in stacked
        and not overlaps_claim(doc, start, end)
    ]


def _find_headline(
    doc: Document, lines: list[_Line], stacked: list[Span]
) -> tuple[Headline, list[tuple[Span, int]]] | None:
    """The section and headline from the first lines of the text (section labels stacked
    above them set apart)."""
    first = lines[0]
    block = doc.blocks[first.block].span
    two_lines = _continued_title(doc, lines)
    if two_lines is not None:
        head, head_text = _headline_span(doc, two_lines)
        joined = " ".join((head_text or doc.text_of(head)).split())
        return Headline(None, head, headline_text=joined), [(two_lines, first.block)]
    # a line alone in its block, or all its block holds besides furniture lines, or the
    # last line of a block of stacked labels
    single = first.span == block or list(doc.unclaimed(block)) == [first.span]
    if not single and stacked and block.end == first.span.end:
        single = _rest_of_block(doc, first, stacked) == [first.span]
    # A title line with a byline under it in the same block: "Storm hits coast\nBy Jane Doe";
    # or a header block, one short line under another: "Climate crisis\nRecord heat ...".
    if not single and len(lines) > 1 and lines[1].block == first.block:
        below = lines[1].span
        single = match_byline(doc.text, below.start, below.end) is not None or _header_pair(
            doc, first.span, below
        )
    if not _is_title_line(doc, first, single):
        return None
    text = doc.text_of(first.span)
    covered = [(first.span, first.block)]

    # Section run together with the headline, which a later line repeats.
    for later in lines[1 : REPEAT_WINDOW + 1]:
        repeat = doc.text_of(later.span)
        if len(repeat) < len(text) and text.endswith(" " + repeat):
            cut = first.span.end - len(repeat)
            section = doc.shrink(Span(first.span.start, cut))
            label = doc.text_of(section)
            if len(label) <= MAX_SECTION_CHARS and len(label.split()) <= MAX_SECTION_WORDS:
                head, head_text = _headline_span(doc, Span(cut, first.span.end))
                covered.append((later.span, later.block))
                return Headline(section, head, headline_text=head_text), covered

    # A known section label before a bar on the title line: "Opinion | The loudest ...".
    bar = LABEL_BAR.search(text)
    if bar is not None and is_section_label(text[: bar.start()]):
        cut = first.span.start + bar.end()
        if len(text[bar.end() :].split()) >= MIN_TITLE_UNDER_SECTION:
            section = Span(first.span.start, first.span.start + bar.start())
            head, head_text = _headline_span(doc, Span(cut, first.span.end))
            return Headline(section, head, headline_text=head_text), covered

    # A section label on a line of its own, then the headline: a known label, or a short
    # label over a longer title line ("Climate crisis" / "Record heat in 2024 ...").
    if (
        single
        and len(lines) > 1
        and (is_section_label(text) or _section_over(doc, first.span, lines[1:]))
    ):
        nxt = lines[1]
        nxt_single = nxt.span == doc.blocks[nxt.block].span or (
            nxt.block == first.block
            and (_header_line(doc, nxt.span) or _closes_label_block(doc, first, nxt))
        )
        if _is_title_line(doc, nxt, nxt_single):
            head, head_text = _headline_span(doc, nxt.span)
            covered.append((nxt.span, nxt.block))
            return Headline(_without_root(doc, first.span), head, headline_text=head_text), covered

    head, head_text = _headline_span(doc, first.span)
    return Headline(None, head, headline_text=head_text), covered


def apply(doc: Document, article: Article, ctx: Context) -> None:
    """Store the headline; its lines leave the paragraphs."""
    found = find_headline(doc)
    if found is None:
        return
    headline, covered = found
    article.headline = headline
    for span, index in covered:
        block = doc.blocks[index]
        if block.span == span:
            above = headline.section is not None and span.end < headline.section.start
            section = (  # the label's line, a breadcrumb's root included ("Home > News")
                headline.section is not None
                and span.contains(headline.section)
                and span.end == headline.section.end
            )
            block.kind = "section" if section or above else "headline"
        else:
            doc.claim(span, WHO)
