"""Page metadata against the printed text: what markup tags settles what the text leaves open.

For saved pages and wire XML, the derived text was laid out from tagged parts
(``<h1>``, a ``byline`` element, ``<figcaption>``, the body container, NITF
``hedline``), and :class:`PageMeta` records where each part went. This stage:

* marks those blocks' kinds (headline, byline, caption, body; anything else is
  ``meta``), so ``paragraphs`` are exactly the body the markup gave, and releases
  caption / headline / byline claims the text recognisers made inside body blocks;
* keeps the quotes and attributions of the body and the headline only (a block the
  markup tags as a caption or a teaser reports nothing of the story);
* fills headline and section from metadata when the text gave none, and published
  from metadata over a date printed in the text (see ``_metadata_wins``);
* takes the byline from the printed byline element; its names win over metadata
  that disagrees (metadata often names the site or a feed); authors are people only;
  the outlet is read from the element when the text recognisers found none in it
  ("Tom Davies Associated Press Published ...", "Reuters November 18, 2019"); an
  element that names nobody and reads as a phrase ("The Russian and Syrian defense
  ministries", a fact check's claimant) is no byline;
* turns tagged captions into photo captions with their credits.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from ..article import Article, Byline, Caption, Headline, PageMeta
from ..document import BlockKind, Document, inside_any
from ..pipeline import Context

LOGGER = logging.getLogger(__name__)

# Claims the markup overrules inside body blocks: it knows these blocks are body text.
RELEASED_CLAIMS: frozenset[str] = frozenset({"caption", "headline", "byline"})


@dataclass(slots=True)
class PageFindings:
    kinds: dict[int, BlockKind] = field(default_factory=dict)  # block index -> kind
    headline: Headline | None = None
    byline: Byline | None = None
    captions: list[Caption] | None = None  # None: keep what the text recognisers found
    published: str | None = None
    warnings: list[str] = field(default_factory=list)


def find_page(doc: Document, article: Article, ctx: Context) -> PageFindings | None:
    """What the page's markup settles, or None for plain text."""
    page = article.page
    if page is None:
        return None
    found = PageFindings(kinds=_block_kinds(doc, page), warnings=list(page.warnings))
    found.headline = _headline(doc, article, page)
    found.byline = _byline(doc, article, page)
    if page.caption_spans:
        found.captions = [
            Caption(span=whole, text=doc.shrink(inner), credit=credit)
            for whole, inner, credit in page.caption_spans
        ]
    if page.published and _metadata_wins(page.published, article.published):
        found.published = page.published
    return found


def _metadata_wins(metadata: str, printed: str | None) -> bool:
    """The page's metadata dates the article over a date printed in its text (a byline's
    "Updated May 18, 2024 at 9:10 a.m." is no publication time), unless the metadata
    gives the day alone and the text the same day with its time."""
    if printed is None or "T" in metadata:
        return True
    return not (printed.startswith(metadata) and "T" in printed)


def _block_kinds(doc: Document, page: PageMeta) -> dict[int, BlockKind]:
    if not page.body_spans and page.headline_span is None:
        return {}  # nothing tagged: leave the text recognisers' reading alone
    by_start: dict[int, BlockKind] = {s.start: "body" for s in page.body_spans}
    if page.headline_span is not None:
        by_start[page.headline_span.start] = "headline"
    if page.byline_span is not None:
        by_start[page.byline_span.start] = "byline"
    for whole, _, _ in page.caption_spans:
        by_start[whole.start] = "caption"
    kinds: dict[int, BlockKind] = {}
    for index, block in enumerate(doc.blocks):
        kind = by_start.get(block.span.start, "meta")
        if kind == "body" and block.kind in ("credit", "signoff"):
            continue  # a credit line closing the body stays a credit
        kinds[index] = kind
    return kinds


def _headline(doc: Document, article: Article, page: PageMeta) -> Headline | None:
    found = article.headline
    section = found.section if found is not None else None
    section_text = None if section is not None else page.section
    if page.headline_span is not None:
        return Headline(section, doc.shrink(page.headline_span), section_text=section_text)
    if found is not None and found.headline is not None:
        return Headline(section, found.headline, section_text=section_text)
    if page.headline:
        return Headline(section, None, section_text=section_text, headline_text=page.headline)
    return found


def _byline(doc: Document, article: Article, page: PageMeta) -> Byline | None:
    # Imported late, as the markup readers are: plain text never needs them (cold start).
    from ..markup.people import people_only
    from .byline_element import read_element

    found = article.byline
    if page.byline_span is not None:
        # page.authors holds the names printed in the byline element when it has any
        # (printed wins), else the metadata's people.
        span = doc.shrink(page.byline_span)
        inside = found is not None and found.span is not None and span.contains(found.span)
        authors = tuple(people_only(page.authors, page.site_name))
        if not authors and found is not None and inside:
            authors = found.authors
        affiliation = found.affiliation if found is not None and inside else None
        if affiliation is not None and any(a.casefold() in affiliation.casefold() for a in authors):
            affiliation = None  # "Tom Davies Associated Press" read whole: an author's name
        if affiliation is None:
            read = read_element(doc.text, span.start, span.end)
            # the element's reading must name the same people, or its outlet may be a
            # name's last words ("Elliot Brownstein Florida Today")
            if read is not None and [doc.text_of(a).casefold() for a in read.authors] == [
                a.casefold() for a in authors
            ]:
                affiliation = read.affiliation
        if not authors and affiliation is None and _no_byline(doc.text_of(span)):
            return found if found is not None and not inside else None
        return Byline(span, authors, affiliation)
    if found is not None:
        return found
    if page.authors:
        # No printed byline: the names come from metadata, so there is no text or span.
        return Byline(None, tuple(page.authors), None)
    return None


def _no_byline(printed: str) -> bool:
    """A byline element that reads as a phrase without "By" names no writer."""
    from ..markup.people import BYLINE_LEAD, reads_as_phrase  # markup only: imported late

    return BYLINE_LEAD.search(printed) is None and reads_as_phrase(printed)


def apply(doc: Document, article: Article, ctx: Context) -> None:
    """Settle block kinds and fill headline, byline, captions and published from the page."""
    found = find_page(doc, article, ctx)
    if found is None:
        return
    for index, kind in found.kinds.items():
        doc.blocks[index].kind = kind
    body = [doc.blocks[i].span for i, k in found.kinds.items() if k == "body"]
    if body:
        doc.claims[:] = [
            (span, who)
            for span, who in doc.claims
            if who not in RELEASED_CLAIMS or not any(b.overlaps(span) for b in body)
        ]
        if found.captions is None:
            article.captions = [
                c for c in article.captions if not any(b.overlaps(c.span) for b in body)
            ]
    article.headline = found.headline
    article.byline = found.byline
    if found.captions is not None:
        article.captions = found.captions
    if found.published is not None:
        article.published = found.published
    article.warnings.extend(found.warnings)
    _said_in_story(article)


def _said_in_story(article: Article) -> None:
    """Keep the quotes and attributions read in the story: the body the markup gave
    and the headline. A block the text recognisers read as body that the markup shows
    to be a picture's caption ("This illustration [shows] how private operators could
    ..."), a teaser or a line of another story ("Indiana teachers [calling for] further
    increasing teacher pay ...") reports nothing of this story."""
    in_body = inside_any(article.paragraphs())
    head = article.headline.headline if article.headline is not None else None

    def in_story(at: int) -> bool:
        return in_body(at) or (head is not None and head.start <= at < head.end)

    kept = [i for i, q in enumerate(article.quotes) if in_story(q.span.start)]
    new_index = {old: new for new, old in enumerate(kept)}  # an attribution's quotes by index
    article.quotes = [article.quotes[i] for i in kept]
    article.attributions = [a for a in article.attributions if in_story(a.cue_span.start)]
    for a in article.attributions:
        a.quotes = [new_index[i] for i in a.quotes if i in new_index]
