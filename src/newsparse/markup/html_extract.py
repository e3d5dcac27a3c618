"""A saved page to the derived text: metadata, cleaning, body, then the printed extras."""

from __future__ import annotations

import logging
from collections import Counter
from typing import TYPE_CHECKING

from lxml import etree

from ..article import PageMeta
from ..document import Span
from ..furniture import is_furniture, is_link_line
from ..patterns import WORD
from . import html_body, html_clean, html_edges, html_page
from .html_clean import embed_widgets, pull_quotes
from .html_furniture import (
    MAX_CREDIT_WORDS,
    caption_in_body,
    credit_label,
    credit_only,
    is_shortcode,
    picture_label,
)
from .html_meta import read_meta
from .people import names_in_byline, people_only

if TYPE_CHECKING:
    from ..html import TextBuilder

LOGGER = logging.getLogger(__name__)


def extract_html(markup: str, out: TextBuilder) -> tuple[str, PageMeta]:
    root = html_clean.parse_html(markup)
    meta = read_meta(root)
    html_clean.clean(root)
    blocks = html_body.flatten(root, page=True)
    containers = html_body.find_container(blocks)
    if not containers:
        # No block reads as prose (a brief of short lines): the whole page, less chrome.
        page_body = root.find("body")
        containers = [page_body if page_body is not None else root]
    heading = html_page.find_heading(root, containers, meta.headline, meta.site_name)
    scope = html_page.article_scope(containers, heading)
    body = html_body.body_blocks(blocks, containers)

    byline_el = html_page.find_byline(scope, body[0].owner if body else None)
    captions, skip = html_page.find_captions(scope)
    # An inline caption (a <span class="caption">) is no block of its own: the block of
    # the element around it holds its text and nothing else.
    inline_captions = {html_page.element_text(el).replace("\n", " "): el for el in skip}
    if byline_el is not None:
        skip.add(byline_el)
    if heading is not None:
        skip.add(heading)
    skip.update(html_page.find_standfirsts(scope))
    embeds = embed_widgets(scope)
    for figure in scope.iter("figure"):
        if figure in embeds:
            continue  # a tweet the story quotes, in a figure of its own (wp-block-embed)
        if len(html_page.element_text(figure)) <= html_page.MAX_CAPTION_CHARS:
            skip.add(figure)  # a picture's credits and captions, never body text

    headline = html_page.element_text(heading) if heading is not None else ""
    if headline:
        meta.headline_span = out.add(headline.replace("\n", " "))
    if byline_el is not None:
        byline, dated = html_page.printed_byline(byline_el)
        meta.byline_span = out.add(byline)
        if dated:
            out.add(dated)  # the date the element prints, on a line of its own
        names = people_only(html_page.byline_names(byline_el), meta.site_name)
        names = names or names_in_byline(byline, meta.site_name)
        if names:
            meta.authors = names  # printed bylines win over metadata
    shown = [cap for _, cap in captions]
    kept: list[tuple[str, html_body.TextBlock]] = []
    credit_next = False
    for block in body:
        if credit_next:
            credit_next = False
            if len(block.text.split()) <= MAX_CREDIT_WORDS:
                continue  # "Фото:" then "личный архив ...": the credit's value
        if credit_label(block.text):
            credit_next = True
            continue
        if (
            html_body.inside(block.owner, skip)
            or _holds_caption(block, inline_captions)
            or picture_label(block.text, block.owner)
            or is_shortcode(block.text)
            or is_furniture(block.text)
            or is_link_line(block.text)
            or credit_only(block.text)
        ):
            continue
        caption = caption_in_body(block.text)
        if caption is None:
            caption = html_edges.glued_caption(block.text)  # "... in New York.Reuters"
        if caption is not None:
            shown.append(caption)
        else:
            kept.append((block.text, block))
    kept = _without_repeated_pull_quotes(kept, scope)
    paragraphs = [
        paragraph
        for text, block in html_edges.trim_tail(html_edges.trim_lead(kept))
        for paragraph in html_body.paragraphs_of(text, block)
    ]
    for cap in shown:
        span = out.add(cap.text)
        start = span.start + cap.caption_start
        inner = Span(start, start + len(cap.caption))
        meta.caption_spans.append((span, inner, cap.credit))
        meta.captions.append((cap.caption, cap.credit))
    for paragraph in paragraphs:
        meta.body_spans.append(out.add(paragraph))
    LOGGER.debug("page: %d body blocks, %d captions", len(meta.body_spans), len(captions))
    return out.text(), meta


def _holds_caption(block: html_body.TextBlock, captions: dict[str, etree._Element]) -> bool:
    """The block is the text of a caption element inside its owner, and nothing more."""
    el = captions.get(block.text.replace("\n", " "))
    return el is not None and any(a is block.owner for a in el.iterancestors())


# Word 4-grams of a pull quote found elsewhere in the body, as a share of its own, from
# which it repeats the story ("The votes just aren't there. We'll have to look at other
# options." beside the paragraph that quotes McConnell).
REPEAT_SHARE = 0.5


def _without_repeated_pull_quotes(
    kept: list[tuple[str, html_body.TextBlock]], scope: etree._Element
) -> list[tuple[str, html_body.TextBlock]]:
    """The body less the pull quotes that print again words of its paragraphs. A pull
    quote found nowhere else in the body is kept: it is the only place of its words
    (thespacereview.com prints quotes in "pullquote" cells that the text does not)."""
    quotes = pull_quotes(scope)
    if not quotes:
        return kept
    inside = [html_body.inside(block.owner, quotes) for _, block in kept]
    body: Counter[tuple[str, ...]] = Counter()
    for (text, _), quoted in zip(kept, inside, strict=True):
        if not quoted:
            body.update(_shingles(text))
    out = []
    for (text, block), quoted in zip(kept, inside, strict=True):
        grams = _shingles(text)
        if quoted and grams and sum(g in body for g in grams) >= REPEAT_SHARE * len(grams):
            continue
        out.append((text, block))
    return out


def _shingles(text: str) -> list[tuple[str, ...]]:
    words = WORD.findall(text.casefold())
    return [tuple(words[i : i + 4]) for i in range(len(words) - 3)]
