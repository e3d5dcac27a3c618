"""The printed parts of a page around its body: the headline, the byline and figure captions.

Looked for in the *article scope*: the smallest element holding both the body
container and the page's ``<h1>`` (or the container's parent when there is no
``<h1>``), so a sidebar's headings and captions stay out. Examples::

    <h1 class="headline">Esper says US providing Vietnam with coast guard cutter</h1>
    <span class="byline">By <a rel="author">Jane Doe</a></span>
    <figcaption>Protesters in Hong Kong. <span class="credit">Reuters/Jane Doe</span></figcaption>
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice

from lxml import etree

from ..patterns import byline_tail
from .html_body import HEADING_TAGS, flatten, normalise_space
from .html_clean import attr_words, naming_words, xpath_elements
from .nodes import tag_name
from .people import BYLINE_LEAD, is_person, names_in_byline

# class / id / itemprop / rel words of a printed byline: "byline", "article-author", rel=author.
BYLINE_WORDS = re.compile(
    r"(?:^|[\s_-])(?:by-?line|bylines?|author|authors|author-?name|writer|contributor|creator)(?:$|[\s_-])",
    re.I,
)
# Author boxes that are not the byline: "author-bio", "about-author", "author-avatar".
NOT_BYLINE_WORDS = re.compile(r"bio|about|avatar|image|photo|img|social|follow|more|related", re.I)
# class / id of a caption or its credit: "wp-caption-text", "caption", "photo-credit".
CAPTION_WORDS = re.compile(r"(?:^|[\s_-])(?:wp-caption-text|caption|figcaption)(?:$|[\s_-])", re.I)
# class words of a pitch to the reader: a subscription widget, a call to action.
PITCH_WORDS = re.compile(
    r"(?:^|[\s_-])(?:subscri\w{0,8}|newsletter|sign-?up|paywall|promo\w{0,6}|cta)(?:$|[\s_-])", re.I
)
CREDIT_WORDS = re.compile(r"credit|copyright|source|byline|author|courtesy|photographer", re.I)
# A credit's lead word, dropped from the credit value: "Photo: Getty Images" -> "Getty Images".
CREDIT_LEAD = re.compile(
    r"""\A[(\[]?\s{0,2}
    (?:(?:photo(?:graph)?s?|picture|image|pic|credit|copyright|©|source|courtesy(?:\sof)?)
       (?:\s{1,2}credit)?\s{0,2}[:©]?\s{0,2})?
    (?P<credit>.{1,120}?)\s{0,2}[)\]]?\Z""",
    re.I | re.X,
)
# A credit printed at the end of the caption text itself: "... on Friday. (Photo: AFP)",
# "... on Friday. Photo: Jane Doe/Reuters", "... on Friday. REUTERS/Jane Doe".
TRAILING_CREDIT = re.compile(
    r"""
    (?:
        (?P<paren>[(\[]\s{0,2}(?:photo(?:graph)?|picture|image|credit)s?\s{0,2}(?:credit\s{0,2})?
            :\s{0,2}[^()\[\]]{2,80}[)\]])                                          # (Photo: AFP), (Image: GETTY)
      | (?P<lead>\b(?:photo(?:graph)?|picture|image|credit)s?\s{0,2}(?:credit\s{0,2})?
            :\s{0,2}[^\n]{2,80})                                                   # Photo: Jane Doe/Reuters
      | (?P<slash>(?-i:[(\[]?[A-Z][\w.]{1,20}(?:\s[A-Z][\w.]{0,20}){0,2}\s?/\s?[^\n()/]{2,40}
            (?:/[^\n()/]{2,40}){0,2}[)\]]?))                                         # REUTERS/Jane Doe, (AP Photo/J. Roe)
      | (?P<agency>\b(?:getty\simages|shutterstock|afp|ap|reuters|epa)(?:\svia\s[^\n]{2,40})?)  # Getty Images
    )
    \s{0,2}\Z""",
    re.I | re.X,
)

# Links to an author page: "/author/jane-doe", "/people/jane-doe", "/by/jdoe", "/staff/…".
AUTHOR_HREF = re.compile(
    r"/(?:authors?|people|by|staff|profiles?|contributors?|writers?|journalists?|reporters?|columnists?)/",
    re.I,
)
# class / itemprop / rel of the element holding one author's name inside a byline.
AUTHOR_NAME_WORDS = re.compile(
    r"(?:^|[\s_-])(?:author|name|author-?name|byline__name)(?:$|[\s_-])", re.I
)

# A caption element holding only a credit: "Credit...", "Photo: AFP", "Image copyright …".
CREDIT_ONLY = re.compile(
    r"""
    (?:
        (?:photo(?:graph)?s?|image|picture)\s{0,2}(?:credit|copyright|courtesy)?\s{0,2}:  # Photo: AFP
      | (?:photo(?:graph)?s?|image|picture)\s(?:credit|copyright|courtesy)\b             # Image copyright Getty
      | credit\b|copyright\b|©                                                        # Credit...Doug Mills
    )
    \W{0,5}[^.]{0,80}\Z""",
    re.I | re.X,
)

# class / id / component name of a standfirst, the summary printed under the headline
# (the Guardian's "content__standfirst", data-gu-name="standfirst"): no paragraph of the
# body, and the aeb-html gold leaves it out. Decks and subtitles are not matched: that
# gold keeps them (National Review's "article-header__subtitle", the Hollywood
# Reporter's "article__deck", RT's "article__summary").
STANDFIRST_WORDS = re.compile(r"(?:^|[\s_-])standfirst(?:$|[\s_-])", re.I)
MAX_STANDFIRST_CHARS = 600
# Its candidates, found by libxml2: elements whose words hold "standfirst".
STANDFIRST_CANDIDATES = etree.XPath(
    "descendant-or-self::*[contains(@class, 'tandfirst') or contains(@data-gu-name,"
    " 'tandfirst') or contains(@data-component, 'tandfirst')]"
)

# class / id of a site-name heading.
LOGO_WORDS = re.compile(r"logo|brand|site-?(?:title|name)|masthead|blog-?title", re.I)
# A link to the site's front page: "/", "https://example.com/", "index.html".
ROOT_HREF = re.compile(r"(?:https?://[^/\s]{1,100})?/?(?:index\.\w{2,5})?\Z")
MAX_HEADINGS = 50  # headings looked at; a page with thousands is hostile, not news
TITLE_MATCH = 0.5  # share of words a heading must share with the metadata title

# A label printed before a caption: "Image caption ", "Caption: ", "Photo caption: ".
CAPTION_LABEL = re.compile(r"(?:(?:image|photo|picture|media)\s)?caption\s?[:,]?\s", re.I)

MAX_BYLINE_CHARS = 200
MAX_CAPTION_CHARS = 600


@dataclass(slots=True)
class PrintedCaption:
    text: str  # the caption as printed, label and credit included
    credit_start: int  # where the credit starts in ``text`` (len(text) when none)
    credit: str | None

    @property
    def caption_start(self) -> int:
        """Where the caption proper starts, after a printed label ("Image caption ")."""
        m = CAPTION_LABEL.match(self.text, 0, self.credit_start)
        return m.end() if m is not None else 0

    @property
    def caption(self) -> str:
        return self.text[self.caption_start : self.credit_start].strip()


def article_scope(
    containers: list[etree._Element], heading: etree._Element | None
) -> etree._Element:
    """The smallest element holding the body containers and the headline."""
    first = containers[0]
    if heading is None:
        parent = first.getparent()
        return parent if parent is not None else first
    chain = []
    el: etree._Element | None = first
    while el is not None:
        chain.append(el)
        el = el.getparent()
    members = set(chain)
    el = heading
    while el is not None and el not in members:
        el = el.getparent()
    return el if el is not None else first


def find_heading(
    root: etree._Element,
    containers: list[etree._Element],
    title: str | None,
    site_name: str | None = None,
) -> etree._Element | None:
    """The page's headline element.

    The heading most like the metadata title (``<h1>`` first, then ``<h2>``); else
    the last ``<h1>`` before the body that is not the site's logo.
    """
    h1s = [h for h in islice(root.iter("h1"), MAX_HEADINGS) if not _is_logo(h, site_name)]
    if title:
        key = set(_key(title).split())
        for tag_group in (h1s, list(islice(root.iter("h2"), MAX_HEADINGS))):
            scored = [(_overlap(key, h), h) for h in tag_group[:MAX_HEADINGS]]
            scored = [sh for sh in scored if sh[0] >= TITLE_MATCH]
            if scored:
                return max(scored, key=lambda sh: sh[0])[1]
    if not h1s:
        return None
    start = containers[0] if containers else None
    best = None
    if start is not None:
        wanted = set(h1s)
        for el in root.iter():
            if el is start:
                break
            if el in wanted:
                best = el
    return best if best is not None else h1s[0]


def _overlap(key: set[str], el: etree._Element) -> float:
    """Shared words of a heading and the title, over the larger word count."""
    words = set(_key(element_text(el)).split())
    if not words or not key:
        return 0.0
    return len(words & key) / max(len(words), len(key))


def _is_logo(el: etree._Element, site_name: str | None) -> bool:
    """An ``<h1>`` holding the site's name or logo, not a headline."""
    text = _key(element_text(el))
    if not text:
        return True
    if site_name and text == _key(site_name):
        return True
    if LOGO_WORDS.search(attr_words(el)):
        return True
    for child in el.iter("a", "img"):
        if child.tag == "img" and len(text) < 40:
            return True
        href = child.get("href") or ""
        if ROOT_HREF.match(href):
            return True
    return False


def find_standfirsts(scope: etree._Element) -> list[etree._Element]:
    """The standfirst elements of the scope (see STANDFIRST_WORDS)."""
    return [
        el
        for el in xpath_elements(STANDFIRST_CANDIDATES, scope)
        if STANDFIRST_WORDS.search(attr_words(el)) and len(element_text(el)) <= MAX_STANDFIRST_CHARS
    ]


def find_byline(
    scope: etree._Element, first_paragraph: etree._Element | None = None
) -> etree._Element | None:
    """The first byline-like element of the scope that is short; else the element around
    the first author link ("/people/leah-whitfield/") printed before ``first_paragraph``."""
    for el in scope.iter():
        if tag_name(el) is None:
            continue
        words = naming_words(el)
        if not words or BYLINE_WORDS.search(words) is None or NOT_BYLINE_WORDS.search(words):
            continue
        text = normalise_space(element_text(el))
        if 3 <= len(text) <= MAX_BYLINE_CHARS and any(c.isalpha() for c in text):
            return el
    return _author_link_byline(scope, first_paragraph)


# What stands between a byline's names and the date printed after them.
BYLINE_DATE_SEPARATORS = " |,;:(-\u2013\u2014\u2022\u00b7/\n"
# A word left before the date: "By Kashmira Gander On 11/13/19", "By Jane Doe at".
DATE_CONNECTOR = re.compile(r"(?:[ ](?i:on|at))+\Z")


def printed_byline(el: etree._Element) -> tuple[str, str]:
    """The byline element's text, and the date it prints after the names ("" if none).

    A first block that is a whole byline ("By Wycliffe Muia") keeps a line of its own,
    the outlet and place under it ("BBC News, Nairobi") going on the next; the blocks
    of any other element are joined by spaces.
    """
    blocks = [b.text.replace("\n", " ") for b in flatten(el) if not b.chrome]
    if len(blocks) > 1 and BYLINE_LEAD.match(blocks[0]) and names_in_byline(blocks[0]):
        text = blocks[0] + "\n" + " ".join(blocks[1:])
    else:
        text = " ".join(blocks)
    cut = byline_date_start(text)
    if cut is None:
        return text, ""
    names = DATE_CONNECTOR.sub("", text[:cut].rstrip(BYLINE_DATE_SEPARATORS))
    return names, text[cut:]


def byline_date_start(text: str) -> int | None:
    """Where the date that a byline element prints after its names starts, or None:
    "By Marcus Bell | Updated May 18, 2024 at 9:10 a.m." -> at "Updated", "By Pratima
    Desai March 14, 2024 10:22 AM UTC" -> at "March". A handle or an e-mail address is
    no date; a tail without a digit ("Updated yesterday") is left alone, and so is an
    element that prints no words before its date."""
    for m in byline_tail().finditer(text):
        tail = m.group("tail")
        if "@" in tail or tail in ("\u2022", "\u00b7"):
            continue  # a handle, an address, a bullet: the date may come after them
        if not any(c.isdigit() for c in text[m.start() :]):
            return None
        head = text[: m.start()].rstrip(BYLINE_DATE_SEPARATORS)
        return m.start() if any(c.isalpha() for c in head) else None
    return None


# The most characters of the element around an author link taken for the byline: the
# names, "By" and "and" ("By Leah Whitfield and Omar Castellanos"), not a header.
MAX_LINK_BYLINE_CHARS = 120


def _author_link_byline(
    scope: etree._Element, first_paragraph: etree._Element | None
) -> etree._Element | None:
    """The element around the first link to an author's page that names a person, printed
    before the first paragraph: the widest one around it that is still short."""
    for el in scope.iter():
        if el is first_paragraph:
            return None
        if el.tag != "a" or not AUTHOR_HREF.search(el.get("href") or ""):
            continue
        if not is_person(normalise_space(element_text(el))):
            continue
        best = el
        parent = el.getparent()
        while parent is not None and parent is not scope:
            if next(parent.iter(*HEADING_TAGS), None) is not None:
                break  # the headline's block, not the byline's
            if len(normalise_space(element_text(parent))) > MAX_LINK_BYLINE_CHARS:
                break
            best, parent = parent, parent.getparent()
        return best
    return None


def byline_names(el: etree._Element) -> list[str]:
    """Names tagged inside a byline: author links, ``rel=author``, ``itemprop=name``."""
    out: list[str] = []
    for child in el.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        href = child.get("href") or ""
        words = " ".join(
            v for v in (child.get("rel"), child.get("itemprop"), child.get("class")) if v
        )
        if (child.tag == "a" and AUTHOR_HREF.search(href)) or (
            words and AUTHOR_NAME_WORDS.search(words) and len(child) <= 2
        ):
            name = normalise_space(element_text(child)).replace("\n", " ")
            if name and name not in out:
                out.append(name)
    return out


def find_captions(
    scope: etree._Element,
) -> tuple[list[tuple[etree._Element, PrintedCaption]], set[etree._Element]]:
    """Figure captions of the scope, with their credits, in document order.

    Also returns every caption-like element, repeats and credit-only ones included:
    none of them is body text. A "caption" in a pitch to the reader (Substack's
    ``<p class="cta-caption">`` in a subscription widget) is none.
    """
    out: list[tuple[etree._Element, PrintedCaption]] = []
    taken: set[etree._Element] = set()
    seen: set[str] = set()
    for el in scope.iter():
        if tag_name(el) is None:
            continue
        if el.tag != "figcaption" and not CAPTION_WORDS.search(
            f"{el.get('class') or ''} {el.get('data-gu-name') or ''}"
        ):
            continue
        if any(a in taken for a in el.iterancestors()):
            continue
        if _in_pitch(el, scope):
            continue
        caption = read_caption(el)
        if caption is None and len(element_text(el)) > MAX_CAPTION_CHARS:
            continue  # a big element merely named "caption": not one
        taken.add(el)
        if caption is not None and caption.text not in seen:
            seen.add(caption.text)  # galleries repeat a caption for each slide size
            out.append((el, caption))
    return out, taken


def _in_pitch(el: etree._Element, scope: etree._Element) -> bool:
    """``el`` or an element around it inside ``scope`` is named like a pitch."""
    cur: etree._Element | None = el
    while cur is not None and cur is not scope:
        if PITCH_WORDS.search(cur.get("class") or ""):
            return True
        cur = cur.getparent()
    return False


# How far above a caption its figure may be: <figure><div><figcaption>.
MAX_FIGURE_DEPTH = 3


def read_caption(el: etree._Element) -> PrintedCaption | None:
    """A caption element's text and credit: from a credit child, a trailing credit, or a
    credit element elsewhere in its figure (the BBC prints "Image source, Reuters" over
    the picture, the caption under it)."""
    credit_el = _credit_element(el.iterdescendants())
    # a <summary> in a caption is its toggle ("Hide caption"), not its words
    text = " ".join(b.text for b in flatten(el) if not b.chrome and b.tag != "summary")
    text = normalise_space(text).replace("\n", " ")
    if not 3 <= len(text) <= MAX_CAPTION_CHARS:
        return None
    if CREDIT_ONLY.match(text):
        return None  # "Credit...Doug Mills/The New York Times": a credit, not a caption
    if credit_el is not None:
        credit_text = _credit_text(credit_el)
        at = text.rfind(credit_text) if credit_text else -1
        if at == 0:
            return None
        if at > 0:
            return PrintedCaption(text, at, clean_credit(credit_text))
        if credit_text:  # a credit the page hides from one medium ("hidden-print")
            return PrintedCaption(f"{text} {credit_text}", len(text) + 1, clean_credit(credit_text))
    m = TRAILING_CREDIT.search(text)
    if m is not None:
        if m.start() == 0:
            return None  # "Shutterstock" alone
        return PrintedCaption(text, m.start(), clean_credit(m.group(0)))
    figure = next(
        (a for a in islice(el.iterancestors(), MAX_FIGURE_DEPTH) if a.tag == "figure"), None
    )
    if figure is not None:
        outside = (d for d in figure.iterdescendants() if not _within(d, el))
        credit_el = _credit_element(outside)
        credit_text = _credit_text(credit_el) if credit_el is not None else ""
        credit = clean_credit(credit_text) if credit_text else None
        if credit is not None and len(credit_text.split()) <= MAX_FIGURE_CREDIT_WORDS:
            return PrintedCaption(f"{text} {credit_text}", len(text) + 1, credit)
    return PrintedCaption(text, len(text), None)


MAX_FIGURE_CREDIT_WORDS = 12  # a credit printed apart from its caption is short


def _credit_element(candidates: Iterable[etree._Element]) -> etree._Element | None:
    """The first element named like a picture's credit ("credit", "copyright", "source")."""
    for child in candidates:
        if isinstance(child.tag, str) and CREDIT_WORDS.search(
            f"{child.get('class') or ''} {child.get('itemprop') or ''}"
        ):
            return child
    return None


def _credit_text(el: etree._Element) -> str:
    return normalise_space(element_text(el)).replace("\n", " ")


def _within(el: etree._Element, ancestor: etree._Element) -> bool:
    return el is ancestor or any(a is ancestor for a in el.iterancestors())


# A credit's label alone, its value missing: "Image copyright", "Credit", "Source:".
CREDIT_LABEL_ONLY = re.compile(
    r"(?:(?:photo(?:graph)?s?|image|picture)\s{1,2})?(?:credit|copyright|source|courtesy)s?\W{0,3}",
    re.I,
)


def clean_credit(text: str) -> str | None:
    if CREDIT_LABEL_ONLY.fullmatch(text.strip()):
        return None
    m = CREDIT_LEAD.match(text.strip())
    value = (m.group("credit") if m else text).strip(" .;,()[]")
    return value or None


def element_text(el: etree._Element) -> str:
    """The element's text, blocks joined by a space ("Jane Doe" "Nov. 19" stay apart)."""
    return " ".join(b.text for b in flatten(el) if not b.chrome)


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


__all__ = ["HEADING_TAGS", "article_scope", "find_byline", "find_captions", "find_heading"]
