"""A saved page to the derived text: metadata, cleaning, body, then the printed extras."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from lxml import etree

from ..article import PageMeta
from ..document import Span
from . import html_body, html_clean, html_page
from .html_meta import read_meta
from .people import names_in_byline, people_only

if TYPE_CHECKING:
    from ..html import TextBuilder

LOGGER = logging.getLogger(__name__)


def extract_html(markup: str, out: TextBuilder) -> tuple[str, PageMeta]:
    root = html_clean.parse_html(markup)
    meta = read_meta(root)
    html_clean.clean(root)
    blocks = html_body.flatten(root)
    containers = html_body.find_container(blocks)
    if not containers:
        # No block reads as prose (a brief of short lines): the whole page, less chrome.
        page_body = root.find("body")
        containers = [page_body if page_body is not None else root]
    heading = html_page.find_heading(root, containers, meta.headline)
    scope = html_page.article_scope(containers, heading)
    body = html_body.body_blocks(blocks, containers)

    byline_el = html_page.find_byline(scope, set())
    captions, skip = html_page.find_captions(scope)
    if byline_el is not None:
        skip.add(byline_el)
    if heading is not None:
        skip.add(heading)

    headline = html_page.element_text(heading) if heading is not None else ""
    if headline:
        meta.headline_span = out.add(headline.replace("\n", " "))
    if byline_el is not None:
        byline = html_page.element_text(byline_el).replace("\n", " ")
        meta.byline_span = out.add(byline)
        printed = people_only(html_page.byline_names(byline_el), meta.site_name)
        printed = printed or names_in_byline(byline, meta.site_name)
        if printed:
            meta.authors = printed  # printed bylines win over metadata
    for _, cap in captions:
        span = out.add(cap.text)
        meta.caption_spans.append(
            (
                span,
                Span(span.start, span.start + len(cap.text[: cap.credit_start].rstrip())),
                cap.credit,
            )
        )
        meta.captions.append((cap.text[: cap.credit_start].strip(), cap.credit))
    for block in body:
        if _inside(block.owner, skip) or block.owner is heading:
            continue
        meta.body_spans.append(out.add(block.text))
    LOGGER.debug("page: %d body blocks, %d captions", len(meta.body_spans), len(captions))
    return out.text(), meta


def _inside(el: etree._Element, elements: set[etree._Element]) -> bool:
    if not elements:
        return False
    cur: etree._Element | None = el
    while cur is not None:
        if cur in elements:
            return True
        cur = cur.getparent()
    return False
