"""Article and its finding records.

Findings hold spans into ``Document.text`` plus derived values only (canonical city,
role, ISO date). Printed strings are produced from the spans in :mod:`serialize`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from .document import Document, Span

SourceKind = Literal["person", "organization", "document", "media", "anonymous", "unknown"]
QuoteKind = Literal["full", "partial", "block"]
Granularity = Literal["day", "week", "month", "year", "time"]


@dataclass(frozen=True, slots=True)
class SourceInfo:
    path: str
    format: str  # "text", "html" or "xml"
    encoding: str | None
    sha256: str | None


@dataclass(slots=True)
class PageMeta:
    """What page metadata (HTML meta / JSON-LD, NITF, NewsML) says, before cross-checking."""

    headline: str | None = None
    section: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    dateline: str | None = None
    site_name: str | None = None
    # Captions the markup tags (<figcaption>, NITF media-caption): (caption, credit or None).
    captions: list[tuple[str, str | None]] = field(default_factory=list)
    # Where the derived text put what the markup tagged, so the page stage can mark blocks
    # whatever the text recognisers made of them.
    headline_span: Span | None = None
    byline_span: Span | None = None
    caption_spans: list[tuple[Span, Span, str | None]] = field(default_factory=list)
    body_spans: list[Span] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # damaged markup read as far as possible


@dataclass(frozen=True, slots=True)
class Headline:
    section: Span | None
    headline: Span | None
    section_text: str | None = None  # set when the value is not a plain slice (metadata)
    headline_text: str | None = None


@dataclass(frozen=True, slots=True)
class Dateline:
    span: Span  # as printed, without the trailing dash
    body_start: int  # where the paragraph text starts after the dash
    location: Span | None
    city: str | None
    region: str | None
    country: str | None
    country_code: str | None
    agency: str | None
    date_text: Span | None
    date: str | None = None  # filled by the date resolution stage


@dataclass(frozen=True, slots=True)
class Byline:
    span: Span | None  # None when the names come from page metadata, not from printed text
    authors: tuple[str, ...]
    affiliation: str | None


@dataclass(frozen=True, slots=True)
class Credit:
    name: str
    role: str  # "editing", "reporting", "additional reporting", "writing", "compiling", "contributing", ...
    span: Span  # the whole credit line

    @property
    def is_editor(self) -> bool:
        return self.role == "editing"


@dataclass(frozen=True, slots=True)
class Caption:
    span: Span  # the whole caption line, credit included
    text: Span  # the caption without its credit
    credit: str | None


@dataclass(slots=True)
class Quote:
    span: Span  # inside the marks
    kind: QuoteKind
    speaker_span: Span | None = None
    cue_span: Span | None = None
    cue: str | None = None  # when not a plain slice (e.g. a colon-introduced quote)
    source_id: int | None = None
    outer: Span | None = None  # the quote with its marks (end of paragraph when unclosed)


@dataclass(slots=True)
class Attribution:
    source_span: Span | None
    cue_span: Span
    content_span: Span
    direct: bool
    source_id: int | None = None
    rule: str = ""  # which rule found it (for debugging; not serialised)
    quotes: list[int] = field(default_factory=list)  # indices into Article.quotes it carries


@dataclass(slots=True)
class Source:
    name: str
    aliases: list[str] = field(default_factory=list)
    kind: SourceKind = "unknown"
    title: str | None = None
    anonymous: bool = False
    attribution_count: int = 0
    quote_count: int = 0


@dataclass(frozen=True, slots=True)
class DateMention:
    span: Span
    value: str | None
    granularity: Granularity
    relative: bool


@dataclass(slots=True)
class Article:
    """What was found in one document."""

    doc: Document
    source: SourceInfo
    page: PageMeta | None = None
    language: str = "en"
    headline: Headline | None = None
    published: str | None = None
    dateline: Dateline | None = None
    byline: Byline | None = None
    credits: list[Credit] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] | None = None  # per-stage seconds, only when asked for
    _paragraphs: tuple[tuple[int, tuple[str, ...]], tuple[Span, ...]] | None = field(
        default=None, repr=False, compare=False
    )

    def paragraphs(self) -> list[Span]:
        """Body blocks less every claimed region (dateline prefix, captions, credit lines).

        Several stages and the serialiser ask for them; they are recomputed only when
        the claims or the block kinds have changed since the last call (claims are only
        ever appended, or filtered by the page stage, so their count marks a change).
        """
        key = (len(self.doc.claims), tuple(b.kind for b in self.doc.blocks))
        if self._paragraphs is None or self._paragraphs[0] != key:
            out: list[Span] = []
            for block in self.doc.body():
                out.extend(self.doc.unclaimed(block.span))
            self._paragraphs = (key, tuple(out))
        return list(self._paragraphs[1])

    def to_dict(self, *, with_text: bool = False) -> dict[str, Any]:
        """The newsparse/1 record (see the output contract)."""
        from .serialize import article_to_dict

        return article_to_dict(self, with_text=with_text)
