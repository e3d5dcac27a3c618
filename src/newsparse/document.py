"""The text model: an immutable text, its layout as spans, and the regions already claimed.

Every finding of newsparse is a :class:`Span` into :attr:`Document.text`; printed
strings are derived from spans when the article is serialised, so
``text[start:end] == item text`` holds by construction.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

T = TypeVar("T")

WHITESPACE = " \t\n\r\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff"

BlockKind = Literal[
    "unknown",
    "section",
    "headline",
    "caption",
    "byline",
    "credit",
    "body",
    "signoff",
    "meta",
    "rule",
]


@dataclass(slots=True, order=True, unsafe_hash=True)
class Span:
    """Half-open ``[start, end)`` in code points into ``Document.text``."""

    start: int
    end: int

    # A value: nothing sets a span's fields after it is made. The class is not declared
    # frozen because a frozen class sets each field through ``object.__setattr__``,
    # which costs about 40% more per span (a few hundred are made per article), and
    # the compiled build (mypyc) makes plain attribute stores of these lines.
    def __init__(self, start: int, end: int) -> None:
        if not 0 <= start <= end:
            raise ValueError(f"invalid span [{start}, {end})")
        self.start = start
        self.end = end

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def to_json(self) -> list[int]:
        return [self.start, self.end]


@dataclass(slots=True)
class Block:
    """A paragraph-like unit of the text: a run of lines, as a span, with its role."""

    span: Span
    kind: BlockKind = "unknown"


@dataclass(slots=True)
class Document:
    """The normalised text and its layout. ``text`` is never reassigned.

    ``text`` is what the recognisers read: the printed text with each no-break space
    read as a space (one character for one, so every offset is the same in both).
    ``printed`` is the text as decoded; the strings of the output are cut from it, so
    a no-break space stays what it was in them ("Sen.\u00a0Lindsey Graham").
    """

    text: str
    lines: tuple[Span, ...]
    blocks: list[Block]
    claims: list[tuple[Span, str]] = field(default_factory=list)
    printed: str = ""  # the text as decoded; "" when it is ``text`` itself
    _line_starts: list[int] = field(default_factory=list, repr=False)
    # Claims sorted by start, rebuilt when their number changes: keeps ``unclaimed``
    # logarithmic per block on documents with thousands of claimed lines.
    _claim_index: tuple[int, list[int], list[Span], int] = field(default=(0, [], [], 0), repr=False)
    # Sentences are split on first use (several stages never need them), from the
    # block spans as they were built.
    _block_spans: tuple[Span, ...] = field(default=(), repr=False)
    _sentences: tuple[Span, ...] | None = field(default=None, repr=False)
    _sentence_starts: list[int] | None = field(default=None, repr=False)
    # Values read from the text and its lines alone, kept for the stages that share
    # them (``derived``).
    _derived: dict[Callable[[Document], Any], Any] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if not self.printed:
            self.printed = self.text
        self._line_starts = [s.start for s in self.lines]
        self._block_spans = tuple(b.span for b in self.blocks)

    @property
    def sentences(self) -> tuple[Span, ...]:
        """Sentences of every block, in text order."""
        if self._sentences is None:
            from .layout import split_sentences  # layout builds Documents: imported late

            text = self.text
            sentences: list[Span] = []
            for block in self._block_spans:
                sentences += split_sentences(text, block)
            self._sentences = tuple(sentences)
        return self._sentences

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence holding ``offset`` (the last one starting at or before it), found
        by bisection; None before the first."""
        if self._sentence_starts is None:
            self._sentence_starts = [s.start for s in self.sentences]
        at = bisect.bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[at] if at >= 0 else None

    def derived(self, compute: Callable[[Document], T]) -> T:
        """``compute(self)``, computed on first use and kept: only for a value of the
        text and its lines, which never change (not of the claims or the block kinds)."""
        if compute not in self._derived:
            self._derived[compute] = compute(self)
        return self._derived[compute]  # type: ignore[no-any-return]

    def span(self, start: int, end: int) -> Span:
        """A bounds-checked span."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside text of length {len(self.text)}")
        return Span(start, end)

    def text_of(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def printed_of(self, span: Span) -> str:
        """The printed string of ``span``: what the output shows for it."""
        return self.printed[span.start : span.end]

    def shrink(self, span: Span, chars: str = WHITESPACE) -> Span:
        """Strip ``chars`` from both ends by moving the offsets, never by rewriting text."""
        start, end = span.start, span.end
        text = self.text
        while start < end and text[start] in chars:
            start += 1
        while end > start and text[end - 1] in chars:
            end -= 1
        return Span(start, end)

    def line_at(self, offset: int) -> int:
        """Index of the line holding ``offset``."""
        return max(0, bisect.bisect_right(self._line_starts, offset) - 1)

    def body(self) -> Iterator[Block]:
        return (b for b in self.blocks if b.kind == "body")

    def claim(self, span: Span, who: str) -> None:
        self.claims.append((span, who))

    def _claims_near(self, span: Span) -> list[Span]:
        """The claims that may overlap ``span`` (a superset; callers test overlap)."""
        size, starts, ordered, longest = self._claim_index
        if size != len(self.claims):
            ordered = sorted(c for c, _ in self.claims)
            starts = [c.start for c in ordered]
            longest = max((len(c) for c in ordered), default=0)
            self._claim_index = (len(self.claims), starts, ordered, longest)
        lo = bisect.bisect_left(starts, span.start - longest)
        return ordered[lo : bisect.bisect_left(starts, span.end)]

    def is_claimed(self, span: Span) -> bool:
        return any(c.overlaps(span) for c in self._claims_near(span))

    def unclaimed(self, span: Span) -> Iterator[Span]:
        """The parts of ``span`` nobody has claimed, whitespace-trimmed, in order."""
        # One sweep over the claims sorted by start: a block of thousands of claimed
        # lines stays linear.
        pieces: list[Span] = []
        pos = span.start
        for claimed in self._claims_near(span):
            if not claimed.overlaps(span):
                continue
            if claimed.start > pos:
                pieces.append(Span(pos, claimed.start))
            pos = max(pos, claimed.end)
        if pos < span.end:
            pieces.append(Span(pos, span.end))
        for p in pieces:
            s = self.shrink(p)
            if len(s):
                yield s


def filter_spans(items: list[T], key: Callable[[T], Span]) -> list[T]:
    """Keep non-overlapping items: longest first, then earliest. Returns them in text order."""
    chosen: list[T] = []
    taken: list[Span] = []
    for item in sorted(items, key=lambda i: (-len(key(i)), key(i).start)):
        sp = key(item)
        if not any(sp.overlaps(t) for t in taken):
            chosen.append(item)
            taken.append(sp)
    return sorted(chosen, key=lambda i: key(i).start)


def inside_any(spans: list[Span]) -> Callable[[int], bool]:
    """A test of whether a position lies inside one of ``spans`` (sorted by start, not
    overlapping), by bisection over their starts."""
    starts = [s.start for s in spans]

    def inside(at: int) -> bool:
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and at < spans[i].end

    return inside
