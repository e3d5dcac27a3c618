"""Wire XML to the derived text: NITF and NewsML-G2 tag the fields, so they map directly.

NITF::

    <nitf><head><docdata><date.issue norm="20191119T100000Z"/></docdata>
      <pubdata position.section="World"/></head>
     <body><body.head><hedline><hl1>Headline</hl1></hedline>
        <byline>By <person>Jane Doe</person></byline>
        <dateline><location>WASHINGTON</location></dateline></body.head>
      <body.content><p>…</p><media><media-caption>…</media-caption>
        <media-producer>REUTERS/John Roe</media-producer></media></body.content>
      <body.end><tagline>Editing by Ava Homa</tagline></body.end></body></nitf>

NewsML-G2: ``newsItem/itemMeta`` (``firstCreated``, ``versionCreated``),
``contentMeta`` (``headline``, ``by``, ``dateline``, ``contentCreated``,
``language``) and ``contentSet/inlineXML`` holding NITF or XHTML.

The parser never resolves entities, never loads a DTD and never reaches the
network: an external entity stays an unexpanded reference and an entity bomb
stays a handful of declarations.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from lxml import etree

from ..article import PageMeta
from ..document import Span
from ..errors import MarkupError
from .html_body import normalise_space
from .html_clean import XML_DECLARATION
from .nodes import tag_name
from .people import names_in_byline, people_only
from .when import normalise_datetime

if TYPE_CHECKING:
    from ..html import TextBuilder

LOGGER = logging.getLogger(__name__)

PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    recover=True,
    remove_comments=True,
    remove_pis=True,
)

# Body elements whose text is one paragraph each.
PARAGRAPH_TAGS: frozenset[str] = frozenset(
    {"p", "hl2", "h2", "h3", "h4", "li", "pre", "blockquote"}
)


def extract_news_xml(markup: str, out: TextBuilder) -> tuple[str, PageMeta]:
    """The derived text and metadata of an NITF or NewsML-G2 document.

    Raises:
        MarkupError: the XML cannot be read.
    """
    root, problem = _parse(markup)
    name = _local(root)
    meta = PageMeta()
    if problem:
        meta.warnings.append(f"markup: XML read up to an error ({problem})")
    if name == "nitf":
        _nitf(root, meta, out)
    elif name in ("newsItem", "newsMessage"):
        _newsml(root, meta, out)
    else:
        _generic(root, meta, out)
    return out.text(), meta


def _parse(markup: str) -> tuple[etree._Element, str | None]:
    """The document element, and the first fatal parser error the recovery went past."""
    data = XML_DECLARATION.sub("", markup, count=1).encode("utf-8")
    if not data.strip():
        raise MarkupError("empty XML document")
    try:
        root = etree.fromstring(data, PARSER)
    except etree.XMLSyntaxError as exc:
        raise MarkupError(f"unreadable XML: {exc}") from exc
    if root is None:
        raise MarkupError("unreadable XML: no document element")
    fatal = [e.message for e in PARSER.error_log if e.level_name == "FATAL"]
    return root, (fatal[0][:120].rstrip(". ") if fatal else None)


def _local(el: etree._Element) -> str:
    tag = tag_name(el)
    if tag is None:
        return ""
    return tag.rsplit("}", 1)[-1]


def _find(root: etree._Element, name: str) -> etree._Element | None:
    for el in root.iter():
        if _local(el) == name:
            return el
    return None


def _either(el: etree._Element | None, fallback: etree._Element) -> etree._Element:
    """``el`` unless missing (an lxml element with no children is falsy: no ``or``)."""
    return el if el is not None else fallback


def _find_all(root: etree._Element, name: str) -> list[etree._Element]:
    return [el for el in root.iter() if _local(el) == name]


def _text(el: etree._Element | None) -> str:
    """All text of an element, entity references left out, spaces normalised."""
    if el is None:
        return ""
    parts = [t for t in el.itertext() if isinstance(t, str)]
    return normalise_space("".join(parts))


def _nitf(root: etree._Element, meta: PageMeta, out: TextBuilder) -> None:
    docdata = _find(root, "docdata")
    if docdata is not None:
        for name in ("date.release", "date.issue"):
            el = _find(docdata, name)
            if el is not None and meta.published is None:
                meta.published = normalise_datetime(el.get("norm") or _text(el))
    pubdata = _find(root, "pubdata")
    if pubdata is not None:
        meta.section = pubdata.get("position.section") or None
        if meta.published is None:
            meta.published = normalise_datetime(pubdata.get("date.publication"))
    lang = root.get("{http://www.w3.org/XML/1998/namespace}lang") or root.get("lang")
    meta.language = lang[:2].lower() if lang else None
    body = _either(_find(root, "body"), root)
    head = _find(body, "body.head")
    hedline = _find(head, "hl1") if head is not None else None
    if hedline is None and head is None:
        hedline = _find(root, "title")
    headline = _text(hedline) or _text(_find(root, "title"))
    meta.headline = headline or None
    if headline:
        meta.headline_span = out.add(headline)
    if head is not None:
        _nitf_byline(head, meta, out)
        dateline = _text(_find(head, "dateline"))
        if dateline:
            meta.dateline = dateline
    content = _find(body, "body.content")
    if content is not None:
        _content(content, meta, out)
    end = _find(body, "body.end")
    if end is not None:
        for tagline in _find_all(end, "tagline"):
            text = _text(tagline)
            if text:
                meta.body_spans.append(out.add(text))


def _nitf_byline(head: etree._Element, meta: PageMeta, out: TextBuilder) -> None:
    for byline in _find_all(head, "byline"):
        text = _text(byline)
        if not text:
            continue
        people = [_text(p) for p in _find_all(byline, "person")]
        meta.authors = people_only(people) or names_in_byline(text)
        meta.byline_span = out.add(text)
        return


def _content(content: etree._Element, meta: PageMeta, out: TextBuilder) -> None:
    """Paragraphs and media of a body.content (or an XHTML body), in document order."""
    for el in content.iter():
        name = _local(el)
        if name == "media" or name == "figure":
            caption_el = _find(el, "media-caption")
            if caption_el is None:
                caption_el = _find(el, "figcaption")
            caption = _text(caption_el)
            credit = _text(_find(el, "media-producer")) or None
            if caption:
                whole = out.add(f"{caption} {credit}" if credit else caption)
                inner = Span(whole.start, whole.start + len(caption))
                meta.caption_spans.append((whole, inner, credit))
                meta.captions.append((caption, credit))
        elif name in PARAGRAPH_TAGS and not _in_media(el):
            text = _text(el)
            if text:
                meta.body_spans.append(out.add(text))


def _in_media(el: etree._Element) -> bool:
    return any(_local(a) in ("media", "figure", "p", "li") for a in el.iterancestors())


def _newsml(root: etree._Element, meta: PageMeta, out: TextBuilder) -> None:
    item = root if _local(root) == "newsItem" else _either(_find(root, "newsItem"), root)
    content_meta = _find(item, "contentMeta")
    item_meta = _find(item, "itemMeta")
    for holder, name in ((content_meta, "contentCreated"), (item_meta, "firstCreated"),
                         (item_meta, "versionCreated")):  # fmt: skip
        if holder is not None and meta.published is None:
            meta.published = normalise_datetime(_text(_find(holder, name)))
    inline = _find(item, "inlineXML")
    nested = _find(inline, "nitf") if inline is not None else None
    if nested is not None:
        _nitf(nested, meta, out)
    headline = ""
    if content_meta is not None:
        lang = _find(content_meta, "language")
        if lang is not None and lang.get("tag"):
            meta.language = (lang.get("tag") or "")[:2].lower()
        subject = _find(content_meta, "subject")
        if subject is not None:
            meta.section = _text(_find(subject, "name")) or None
        meta.dateline = _text(_find(content_meta, "dateline")) or None
        headline = _text(_find(content_meta, "headline"))
    if nested is not None:
        return
    meta.headline = headline or None
    if headline:
        meta.headline_span = out.add(headline)
    by = _find(content_meta, "by") if content_meta is not None else None
    if by is not None and _text(by):
        text = _text(by)
        creators = [_text(_find(c, "name")) for c in _find_all(content_meta, "creator")]  # type: ignore[arg-type]
        meta.authors = people_only([c for c in creators if c]) or names_in_byline(text)
        meta.byline_span = out.add(text)
    if inline is not None:
        body = _either(_find(inline, "body"), inline)
        _content(body, meta, out)


def _generic(root: etree._Element, meta: PageMeta, out: TextBuilder) -> None:
    """Any other XML: every element's own text, one block each."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        text = normalise_space(el.text or "")
        if text:
            meta.body_spans.append(out.add(text))
