"""What a page says about itself: JSON-LD, OpenGraph and ``article:*`` meta, ``<meta name>``.

Examples of what is read::

    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "…",
        "author": {"@type": "Person", "name": "Jane Doe"}, "datePublished": "2019-11-19T10:00:00Z"}
    <meta property="article:published_time" content="2019-11-19T10:00:00Z">
    <meta name="author" content="Jane Doe">

JSON-LD wins over OpenGraph, which wins over plain ``<meta name>``: the structured
data is the most specific. Authors keep people only (see :mod:`.people`).
"""

from __future__ import annotations

import json
import logging
import re
from html import unescape
from typing import Any

from lxml import etree

from ..article import PageMeta
from .html_clean import chrome_strength
from .html_section import page_section
from .people import people_only
from .when import normalise_datetime

LOGGER = logging.getLogger(__name__)

# JSON-LD types that describe the article itself.
ARTICLE_TYPES: frozenset[str] = frozenset(
    {
        "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "article", "blogposting", "report",
        "socialmediaposting", "liveblogposting", "techarticle", "scholarlyarticle", "webpage",
    }
)  # fmt: skip

# <meta> names and properties, most specific first, for each PageMeta field.
META_KEYS: dict[str, tuple[str, ...]] = {
    "headline": ("og:title", "twitter:title", "title", "dc.title", "sailthru.title"),
    "section": ("article:section", "section", "parsely-section", "sailthru.section"),
    "published": (
        "article:published_time", "article:published", "og:article:published_time",
        "datepublished", "publish-date", "publish_date", "pubdate", "date", "dc.date",
        "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
        "article.published", "original-publish-date", "cxenseparse:recs:publishtime",
    ),
    "modified": ("article:modified_time", "og:updated_time", "datemodified", "last-modified"),
    "author": (
        "author", "article:author", "byl", "byline", "dc.creator", "parsely-author",
        "sailthru.author", "twitter:creator:name", "cxenseparse:author",
    ),
    "site_name": ("og:site_name", "application-name", "publisher"),
    "language": ("og:locale", "content-language", "language", "dc.language"),
}  # fmt: skip

# A title's " - Site" tail: "Spiced Honey Pear Jam Recipe - The Anti-June Cleaver".
TITLE_TAIL = re.compile(r"\s[–—·-]\s(?P<tail>(?:(?!\s[–—·-]\s)[^|]){2,40})\Z")
# A tail that reads as a name: up to five capitalised words ("The Anti-June Cleaver").
NAME_LIKE = re.compile(r"(?:[A-Z0-9][\w'’&.-]{0,30}\s?){1,5}\Z")
MIN_TITLE_CHARS = 15  # a shorter remainder was not a headline with a tail
LANGUAGE_CODE = re.compile(r"(?P<code>[A-Za-z]{2})(?:[_-][A-Za-z]{2,4})?\Z")


def read_meta(root: etree._Element) -> PageMeta:
    """PageMeta from the page's ``<meta>``, JSON-LD and ``<html lang>`` (before cleaning)."""
    meta = PageMeta()
    tags = _meta_tags(root)
    ld, ld_date = _json_ld(root)
    publisher: str | None = None
    ld_section: str | list[str] | None = None
    if ld is not None:
        meta.headline = _string(ld.get("headline")) or _string(ld.get("name"))
        ld_section = _strings(ld.get("articleSection"))
        meta.published = normalise_datetime(_string(ld.get("datePublished")))
        meta.modified = normalise_datetime(_string(ld.get("dateModified")))
        meta.dateline = _string(ld.get("dateline"))
        meta.authors = _ld_people(ld.get("author")) or _ld_people(ld.get("creator"))
        publisher = _ld_name(ld.get("publisher"))
        meta.language = _language(_string(ld.get("inLanguage")))
    meta.headline = meta.headline or _title(tags, root)
    meta.published = meta.published or normalise_datetime(_from_tags(tags, "published"))
    if meta.published is None:
        meta.published = normalise_datetime(ld_date) or normalise_datetime(_time_datetime(root))
    meta.modified = meta.modified or normalise_datetime(_from_tags(tags, "modified"))
    meta.site_name = _from_tags(tags, "site_name") or publisher
    sections = [tags.get(key) for key in META_KEYS["section"]]
    meta.section = page_section([ld_section, *sections], meta.site_name)
    meta.headline = trim_title(meta.headline, meta.site_name)
    if not meta.authors:
        author = _from_tags(tags, "author")
        meta.authors = _split_names(author) if author else []
    meta.authors = people_only(meta.authors, meta.site_name)
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    meta.language = meta.language or _language(lang) or _language(_from_tags(tags, "language"))
    return meta


def _meta_tags(root: etree._Element) -> dict[str, str]:
    """``<meta name|property|itemprop|http-equiv=… content=…>``, first value per key."""
    out: dict[str, str] = {}
    for el in root.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        value = el.get("content")
        if key and value and value.strip():
            out.setdefault(key.strip().lower(), " ".join(unescape(value).split()))
    return out


def _from_tags(tags: dict[str, str], field: str) -> str | None:
    for key in META_KEYS[field]:
        value = tags.get(key)
        if value and not value.startswith(("http://", "https://")):
            return value
    return None


def _title(tags: dict[str, str], root: etree._Element) -> str | None:
    value = _from_tags(tags, "headline")
    if value is None:
        title = root.find(".//title")
        value = title.text if title is not None and title.text else None
    return " ".join(value.split()) if value else None


def trim_title(value: str | None, site_name: str | None) -> str | None:
    """A title without the site's name or a section around it.

    "Clymer workshop manual review | MoreBikes" -> "Clymer workshop manual review";
    "Opinion | Republicans Are Following Trump" -> the longest ``|`` part;
    "Spiced Honey Pear Jam - The Anti-June Cleaver" -> the part before the dash.
    """
    if not value:
        return value
    site = _key(site_name or "")
    parts = [p.strip() for p in value.split(" | ") if p.strip()]
    parts = [p for p in parts if not site or _key(p) != site] or parts
    best = max(parts, key=len) if len(parts) > 1 else parts[0]
    m = TITLE_TAIL.search(best)
    if m is None or m.start() < MIN_TITLE_CHARS:
        return best
    tail = m.group("tail").strip()
    if site and (site in _key(tail) or _key(tail) in site):
        return best[: m.start()].rstrip()
    if not site and NAME_LIKE.match(tail):
        return best[: m.start()].rstrip()
    return best


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _time_datetime(root: etree._Element) -> str | None:
    """The ``datetime`` of the page's ``<time>`` marked as the publication's (itemprop
    "datePublished", ``pubdate``), else of its first one outside related stories,
    comments and footers (a teaser's date is not the article's)."""
    first: str | None = None
    for el in root.iter("time"):
        value = el.get("datetime")
        if not value:
            continue
        if el.get("itemprop") == "datePublished" or el.get("pubdate") is not None:
            return value
        if first is None and not any(chrome_strength(a) == 2 for a in el.iterancestors()):
            first = value
    return first


def _json_ld(root: etree._Element) -> tuple[dict[str, Any] | None, str | None]:
    """The first JSON-LD object typed as an article (``@graph`` searched too), and the
    first ``datePublished`` of any JSON-LD object (a WebPage, a ClaimReview) as a fallback."""
    article: dict[str, Any] | None = None
    date: str | None = None
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = script.text or ""
        if not raw.strip() or len(raw) > 2_000_000:
            continue
        try:
            data = json.loads(raw, strict=False)  # raw newlines inside strings are common
        except ValueError:
            LOGGER.debug("unreadable JSON-LD skipped")
            continue
        if article is None:
            article = _find_article(data, 0)
        if date is None:
            date = _find_key(data, "datePublished", 0)
    return article, date


def _find_key(data: Any, key: str, depth: int) -> str | None:
    """The first string value of ``key`` in nested JSON, breadth-limited."""
    if depth > 6:
        return None
    if isinstance(data, dict):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value
        items = list(data.values())[:50]
    elif isinstance(data, list):
        items = data[:50]
    else:
        return None
    for item in items:
        found = _find_key(item, key, depth + 1)
        if found is not None:
            return found
    return None


def _find_article(data: Any, depth: int) -> dict[str, Any] | None:
    if depth > 6:
        return None
    if isinstance(data, list):
        for item in data[:50]:
            found = _find_article(item, depth + 1)
            if found is not None:
                return found
        return None
    if not isinstance(data, dict):
        return None
    types = data.get("@type")
    names = [types] if isinstance(types, str) else types if isinstance(types, list) else []
    if any(isinstance(t, str) and t.lower() in ARTICLE_TYPES for t in names) and (
        "headline" in data or "articleBody" in data or "author" in data
    ):
        return data
    for key in ("@graph", "mainEntity", "mainEntityOfPage"):
        if key in data:
            found = _find_article(data[key], depth + 1)
            if found is not None:
                return found
    return None


def _string(value: Any) -> str | None:
    if isinstance(value, str):
        text = " ".join(unescape(value).split())
        return text or None
    if isinstance(value, dict):
        return _string(value.get("@value") or value.get("name"))
    return None


def _strings(value: Any) -> str | list[str] | None:
    """A JSON-LD string, or the strings of a JSON-LD list."""
    if isinstance(value, list):
        texts = [text for item in value[:50] if (text := _string(item))]
        return texts or None
    return _string(value)


def _ld_name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return _string(value)


def _ld_people(value: Any) -> list[str]:
    """Names of JSON-LD authors typed as (or not typed otherwise than) Person."""
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items[:20]:
        if isinstance(item, str):
            out.extend(_split_names(item))
        elif isinstance(item, dict):
            kind = item.get("@type")
            if isinstance(kind, str) and kind.lower() not in ("person", ""):
                continue
            name = _string(item.get("name"))
            if name:
                out.extend(_split_names(name))
    return out


# "Jane Doe and John Roe", "Jane Doe, John Roe", "Jane Doe & John Roe"
NAME_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b|\|)\s*")


def _split_names(value: str) -> list[str]:
    if value.startswith(("http://", "https://")):
        return []
    return [n for n in NAME_SEPARATORS.split(value) if n.strip()]


def _language(value: str | None) -> str | None:
    if not value:
        return None
    m = LANGUAGE_CODE.match(value.strip())
    return m.group("code").lower() if m else None
