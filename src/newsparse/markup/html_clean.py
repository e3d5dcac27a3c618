"""Safe HTML parsing and removal of what is never article text.

Parsing never touches the network and never loads a DTD; libxml2's own depth and
size limits stay on (``huge_tree=False``), so a 200,000-level nesting or a
gigantic text node ends as a truncated tree, not as a crash. Removed here:
scripts, styles, forms controls, hidden elements and page chrome (``<nav>``,
page ``<footer>``), matched by tag and by ``class``/``id`` words such as
``share``, ``related``, ``newsletter``, ``comments``.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from itertools import islice

from lxml import etree

from ..errors import MarkupError
from .nodes import tag_name

LOGGER = logging.getLogger(__name__)

# A plain etree parser: lxml.html's element classes cost a lookup per element visited.
PARSER = etree.HTMLParser(
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    huge_tree=False,
    remove_blank_text=False,
)

# Elements whose content is never article text.
DROP_TAGS: frozenset[str] = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "embed", "canvas", "video", "audio", "map", "button", "input", "select",
        "textarea", "label", "option", "nav", "menu", "dialog", "head", "link", "meta",
        # AMP's ad slots and trackers: their placeholder ("Loading ad…") is no text
        "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads", "amp-analytics", "amp-pixel",
    }
)  # fmt: skip

# class / id words of page chrome. Matched as whole words inside the attribute, so
# "article-share-tools" and "related_stories" match but "shared-content" does not.
# Tuned on saved news pages; re-run score.py on aeb-html before changing.
CHROME_WORDS = re.compile(
    r"""
    (?:^|[\s_-])                    # start of the attribute or a word break
    (?:
        share|sharing|social|sharebar|shares     # share widgets: "article-share"
      | related\w{0,12}|recirc|recommend\w{0,6}|more-stories|read-?more|trending|popular
      | newsletter|subscri\w{0,8}|signup|sign-up|paywall|registration
      | comments?|disqus|respond|reactions?
      | breadcrumbs?|pagination|pager|skip|skiplink
      | nav|navbar|navigation|menu|masthead|site-header|site-footer|footer|copyright
      | ad|ads|advert\w{0,8}|sponsor\w{0,6}|promo\w{0,6}|banner|dfp|gpt|outbrain|taboola|zergnet
      | cookie\w{0,6}|consent|gdpr|modal|popup|overlay|toast
      | tooltip|popover|hover-?card|rollover-block     # a person's card shown on hover
      | sidebar|rail|widget|toolbar|tools|print|author-bio|bio-box|about-author
      | tags|tag-list|topics|keywords|hidden|visually-?hidden|off-?screen|sr-only|screen-reader-text
      | footnote-?(?:anchor|number|ref\w{0,9})|fnref        # a footnote's marker: "earlier.1"
      | epic|reader-?revenue                  # the Guardian's appeal to readers ("Support us")
    )
    (?:$|[\s_-])                    # end of the attribute or a word break
    """,
    re.I | re.X,
)

# The subset of CHROME_WORDS that is never article text however much of the page it
# holds (footers, comment threads, related-story lists, share bars).
STRONG_CHROME_WORDS = re.compile(
    r"""
    (?:^|[\s_-])
    (?:
        share|sharing|social|sharebar                         # "article-share"
      | related\w{0,12}|recirc|more-stories|newsletter|outbrain|taboola
      | comments?|disqus|footer|site-footer|copyright|breadcrumbs?
    )
    (?:$|[\s_-])
    """,
    re.I | re.X,
)

# class / id words of the article itself: an element matching these is never chrome.
CONTENT_WORDS = re.compile(
    r"""
    (?:^|[\s_-])
    (?:article|story|entry|post)[_-]?(?:body|text|content)  # "article-body", "story_text"
    (?:$|[\s_-])
  | articleBody                                           # itemprop value
  | main-content|maincontent
  | embed|embedded|\w{0,12}-embed|twitter-tweet|instagram-media  # posts quoted in the story
  | (?:subscriber|premium|paywall)[_-]?(?:preview|only|content)  # the story behind a paywall
    """,
    re.I | re.X,
)

# class / id words of a pull quote: words of the story printed large beside it
# ("pull-quote", "pullquote").
PULL_QUOTE_WORDS = re.compile(r"(?:^|[\s_-])pull-?quotes?(?:$|[\s_-])", re.I)

# class words of a post embedded in the story (a tweet, an Instagram post): the story
# quotes it, so it is text (see CONTENT_WORDS), and so is the widget printing it.
EMBEDDED_POST_WORDS = re.compile(r"twitter-tweet|instagram-media|tiktok-embed", re.I)
# How far above an embedded post its widget may start: Sky's "sdc-article-widget" >
# "__inner" > "__content" > blockquote.twitter-tweet.
EMBED_WIDGET_DEPTH = 3


def embed_widgets(root: etree._Element) -> set[etree._Element]:
    """The embedded posts of ``root`` and the elements around them up to EMBED_WIDGET_DEPTH
    levels: none of them is chrome, whatever its class ("sdc-article-widget")."""
    out: set[etree._Element] = set()
    for el in root.iter("blockquote"):  # <blockquote class="twitter-tweet">, ...
        if EMBEDDED_POST_WORDS.search(el.get("class") or ""):
            out.add(el)
            out.update(islice(el.iterancestors(), EMBED_WIDGET_DEPTH))
    return out


# The candidates of PULL_QUOTE_WORDS, found by libxml2 (a page's elements are many, these
# few): a substring of the words the pattern needs.
PULL_QUOTE_CANDIDATES = etree.XPath(
    "descendant-or-self::*[contains(@class, 'ull') or contains(@data-qa, 'ull')]"
)


# Inline style hiding an element: "display:none", "visibility: hidden".
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# Leading XML declaration that lxml refuses on str input.
XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]{0,400}\?>")


def parse_html(markup: str) -> etree._Element:
    """The document tree of a page; MarkupError when nothing can be read."""
    markup = XML_DECLARATION.sub("", markup, count=1)
    if not markup.strip():
        raise MarkupError("empty markup")
    try:
        root = etree.fromstring(markup, PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise MarkupError(f"unreadable HTML: {exc}") from exc
    if root is None:
        raise MarkupError("unreadable HTML: no document element")
    return root


# Attributes that name a page component as a class does: the BBC's
# data-component="tag-list", the Guardian's data-gu-name="epic".
COMPONENT_ATTRIBUTES = ("data-component", "data-gu-name")


def attr_words(el: etree._Element) -> str:
    """The element's class, id and component name, one string."""
    get = el.get
    cls = get("class") or ""
    ident = get("id")
    component = get("data-component") or get("data-gu-name")
    if component is None:  # most elements: read on every element of every page
        return f"{cls} {ident}" if ident else cls
    return " ".join(v for v in (cls, ident, *(get(k) for k in COMPONENT_ATTRIBUTES)) if v)


# Attributes that name what an element is, besides its class and id: itemprop="author",
# rel="author", data-component="byline-block" (BBC), data-qa="author-byline" and
# data-qa="pull-quote" (Arc), data-testid="authorName" (Medium: camel case is cut into
# words). Read for the parts of a page, not for chrome.
NAMING_ATTRIBUTES = ("class", "id", "itemprop", "rel", "data-component", "data-qa", "data-testid")
CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def naming_words(el: etree._Element) -> str:
    """The words that name what ``el`` is (see NAMING_ATTRIBUTES), one string."""
    words = []
    for key in NAMING_ATTRIBUTES:
        value = el.get(key)
        if value:
            words.append(CAMEL_CASE.sub(" ", value) if key.startswith("data-") else value)
    return " ".join(words)


def is_hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style and HIDDEN_STYLE.search(style))


def chrome_strength(el: etree._Element) -> int:
    """0: not chrome by its class / id; 1: chrome-looking ("ad", "rail"); 2: surely chrome."""
    words = attr_words(el)
    if not words or len(words) > 300:
        return 0
    return _strength(words, el.tag in ("aside", "footer"))


def pull_quotes(root: etree._Element) -> set[etree._Element]:
    """The elements of ``root`` named like pull quotes."""
    return {el for el in xpath_elements(PULL_QUOTE_CANDIDATES, root) if is_pull_quote(el)}


def xpath_elements(path: etree.XPath, root: etree._Element) -> list[etree._Element]:
    """The elements that an XPath selecting elements finds under ``root``."""
    found = path(root)
    if not isinstance(found, list):
        return []
    return [el for el in found if isinstance(el, etree._Element)]


def is_pull_quote(el: etree._Element) -> bool:
    """An element named like a pull quote (see PULL_QUOTE_WORDS)."""
    words = naming_words(el)
    return bool(words) and len(words) <= 300 and PULL_QUOTE_WORDS.search(words) is not None


def is_chrome(el: etree._Element) -> bool:
    """Page chrome by its class / id words (and not the article by the same words)."""
    return chrome_strength(el) > 0


@lru_cache(maxsize=4096)
def _strength(words: str, chrome_tag: bool) -> int:
    """Pages repeat the same class strings, so the verdict is cached per string."""
    if CHROME_WORDS.search(words) is None:
        return 0
    if CONTENT_WORDS.search(words) is not None and not chrome_tag:
        return 0
    return 2 if STRONG_CHROME_WORDS.search(words) is not None else 1


def clean(root: etree._Element) -> None:
    """Drop never-text elements and hidden elements, keeping their tails."""
    doomed: list[etree._Element] = []
    for el in root.iter():
        tag = tag_name(el)
        if tag is None:
            doomed.append(el)  # comments and processing instructions left by the parser
        elif tag in DROP_TAGS or is_hidden(el):
            doomed.append(el)
    for el in doomed:
        _drop(el)


def _drop(el: etree._Element) -> None:
    """Remove ``el`` and its subtree, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = _xml_text((prev.tail or "") + tail)
        else:
            parent.text = _xml_text((parent.text or "") + tail)
    parent.remove(el)


# Characters lxml refuses in a text node (C0 controls but tab, newline and carriage
# return): a broken page may hold them, and a text joined from its pieces must not.
XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    """``text`` less the characters a text node cannot hold."""
    return XML_INCOMPATIBLE.sub("", text)
