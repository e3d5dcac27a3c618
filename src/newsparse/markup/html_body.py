"""The article body of a page: text blocks in reading order, and the container that holds them.

The page is flattened into text blocks (a ``<p>``, a heading, a list item, the
direct text of a ``<div>``), each remembering the element that owns it, how much
of it is link text and whether it sits in page chrome. Every block then votes
for its ancestors: running prose (long, few links) for, link lists and chrome
against. The element with the best total is the article container (a maximum
-weight subtree), and its non-chrome, non-link blocks are the body.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from lxml import etree

from .html_clean import CONTENT_WORDS, attr_words, chrome_strength, embed_widgets
from .nodes import tag_name

LOGGER = logging.getLogger(__name__)

# Elements that start a new block of text.
BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
        "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead",
        "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption",
        "header", "footer", "aside", "form", "fieldset", "center", "address", "hr",
        "body", "html", "details", "summary", "picture",
    }
)  # fmt: skip
HEADING_TAGS: frozenset[str] = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

# How much a block of running text counts for its container, by owning tag.
PROSE_WEIGHT: dict[str, float] = {"p": 1.0, "blockquote": 0.8, "pre": 0.6, "div": 0.7, "td": 0.5}
# Tags always treated as chrome when they are not the container itself.
CHROME_TAGS: frozenset[str] = frozenset({"aside", "footer"})

CHROME_SHARE = 0.5  # a chrome-looking element holding this share of the prose is content
STRONG_CHROME_SHARE = 0.85  # the same for footers, comments, related lists
SIBLING_SHARE = 0.2  # a sibling of the container holding this share of its prose joins it
CONTENT_BONUS = 1.25  # an element named like an article body ("article-body", itemprop)
MIN_PROSE_CHARS = 40  # shorter blocks neither make nor break a container
LINK_HEAVY = 0.5  # link share above which a block is navigation
LINKED_SENTENCE = 0.8  # ... unless it is a sentence of the body with links up to this share
CHROME_PENALTY = 1.0  # weight of chrome and link text against a container
MAX_DEPTH = 400  # deeper subtrees are ignored (libxml2 already caps nesting)

# A <br> while flattening: source newlines are mere spaces, only <br> breaks a line;
# a second <br> after it parts paragraphs.
LINE_BREAK = "\x1e"
PARAGRAPH_BREAK = "\x1d"
# Where two inline elements' words would run together, two characters either side:
# digits on digits ("2024" "10:22"), a lower-case letter or a digit before a capital
# ("read" "Mar"), a capital closing an acronym before a capitalised word ("UTC" "Updated"),
# a lower-case letter before a digit ("Published" "29 April 2024").
GLUED_WORDS = re.compile(r".\d\d.|.[a-z\d][A-Z].|[A-Z]{2}[A-Z][a-z]|.[a-z]\d.")
# Tags never set apart from what they touch: blocks (they make blocks of their own), line
# breaks, and sub- and superscripts ("H<sub>2</sub>O", "10<sup>th</sup>").
UNSPACED_TAGS = BLOCK_TAGS | {"br", "sub", "sup"}
# Zero-width characters that str.split() keeps but that are no text.
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


@dataclass(slots=True)
class TextBlock:
    """One block of page text and where it came from."""

    text: str
    owner: etree._Element
    tag: str
    link_chars: int
    suspects: tuple[tuple[etree._Element, float], ...]  # chrome-looking ancestors, share limit
    chrome: bool = False
    breaks: frozenset[str] = frozenset()  # lines that open a paragraph (after <br><br>)

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


class _Flattener:
    """Walks a tree once, cutting its text into blocks at block-level elements."""

    def __init__(self, embeds: set[etree._Element]) -> None:
        self.embeds = embeds  # embedded posts and their widgets: never chrome
        self.blocks: list[TextBlock] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.suspects: list[tuple[etree._Element, float]] = []

    def flush(self, owner: etree._Element) -> None:
        if not self.parts:
            return
        text, breaks = _lines("".join(self.parts))
        self.parts = []
        links, self.link_chars = self.link_chars, 0
        if text:
            tag = tag_name(owner) or "div"
            suspects = tuple(self.suspects)
            block = TextBlock(text, owner, tag, min(links, len(text)), suspects, breaks=breaks)
            self.blocks.append(block)

    def walk(self, el: etree._Element, owner: etree._Element, link: bool, depth: int) -> None:
        tag = tag_name(el)
        if tag is None or depth > MAX_DEPTH:
            return
        is_block = tag in BLOCK_TAGS
        if is_block:
            self.flush(owner)
            owner = el
        # the element walked from is wanted whatever its class ("credit copyright")
        strength = 0 if depth == 0 or tag in ("body", "html") else chrome_strength(el)
        if strength == 0 and depth > 0 and tag in CHROME_TAGS:
            strength = 1
        if strength == 1 and el in self.embeds:
            strength = 0  # a widget printing a tweet the story quotes
        suspect = strength > 0
        if suspect:
            if not is_block:
                return  # an inline widget ("share" span, ad label): not text
            self.suspects.append((el, STRONG_CHROME_SHARE if strength == 2 else CHROME_SHARE))
        link = link or tag == "a"
        if tag == "br":
            self._line_break()
        elif el.text:
            self._add(el.text, link)
        glued_to: etree._Element | None = None  # an inline sibling ending right before
        for child in el:
            mark = len(self.parts)
            self.walk(child, owner, link, depth + 1)
            child_tag = tag_name(child)
            inline = child_tag is not None and child_tag not in UNSPACED_TAGS
            if glued_to is not None and inline and mark < len(self.parts):
                self._part_inline(mark)
            glued_to = child if inline and not child.tail else None
            if child.tail:
                self._add(child.tail, link)  # after a block, the text belongs to `owner`
        if is_block:
            self.flush(owner)
        if suspect:
            self.suspects.pop()

    def _line_break(self) -> None:
        """A ``<br>``; a second one with nothing but spaces since the first parts
        paragraphs ("... derby.<br><br>“We’ve been working ...")."""
        at = len(self.parts)
        while at > 0 and self.parts[at - 1] != LINE_BREAK and not self.parts[at - 1].strip():
            at -= 1
        if at > 0 and self.parts[at - 1] == LINE_BREAK:
            self.parts[at - 1] = PARAGRAPH_BREAK
        else:
            self.parts.append(LINE_BREAK)

    def _part_inline(self, mark: int) -> None:
        """Two inline elements printed one after the other without a space, whose words
        would run together: the page sets them apart ("March 14, 2024" "10:22 AM UTC"
        "Updated 5 hours ago" as three spans of a ``<time>``)."""
        before = next((p for p in reversed(self.parts[:mark]) if p), "")
        after = next((p for p in self.parts[mark:] if p), "")
        if before and after and GLUED_WORDS.fullmatch(before[-2:] + after[:2]) is not None:
            self.parts.insert(mark, " ")

    def _add(self, text: str, link: bool) -> None:
        self.parts.append(text)
        if link:
            self.link_chars += len(text.strip())


def normalise_space(text: str) -> str:
    """Runs of whitespace become one space; ``<br>`` lines are kept, trimmed, blanks dropped."""
    return _lines(text)[0]


def _lines(text: str) -> tuple[str, frozenset[str]]:
    """``text`` as :func:`normalise_space` gives it, and the lines of it that follow a
    paragraph break (two ``<br>``)."""
    if INVISIBLE.search(text) is not None:
        text = INVISIBLE.sub("", text)
    if LINE_BREAK not in text and PARAGRAPH_BREAK not in text:
        return " ".join(text.split()), frozenset()
    lines: list[str] = []
    breaks: set[str] = set()
    for chunk_index, chunk in enumerate(text.split(PARAGRAPH_BREAK)):
        opening = chunk_index > 0 and bool(lines)
        for piece in chunk.split(LINE_BREAK):
            line = " ".join(piece.split())
            if line:
                if opening:
                    breaks.add(line)
                    opening = False
                lines.append(line)
    return "\n".join(lines), frozenset(breaks)


def paragraphs_of(text: str, block: TextBlock) -> list[str]:
    """``text`` (a block's text, or its lines that are kept) cut into the paragraphs its
    ``<br><br>`` breaks part."""
    if not block.breaks or "\n" not in text:
        return [text]
    out: list[list[str]] = [[]]
    for line in text.split("\n"):
        if line in block.breaks and out[-1]:
            out.append([])
        out[-1].append(line)
    return ["\n".join(lines) for lines in out]


def flatten(root: etree._Element, *, page: bool = False) -> list[TextBlock]:
    """Every text block of ``root``, in document order. For the whole ``page``, the
    widgets of embedded posts are found first (they are no chrome); the text of one of
    its elements (a caption, a byline) needs no such search."""
    walker = _Flattener(embed_widgets(root) if page else set())
    walker.walk(root, root, False, 0)
    walker.flush(root)
    blocks = walker.blocks
    _settle_chrome(blocks)
    return blocks


def _settle_chrome(blocks: list[TextBlock]) -> None:
    """A chrome-looking element is chrome unless it holds much of the page's prose.

    Class words are loose evidence ("Page-ad-margins", "with-right-rail" wrap whole
    articles), so an element keeps its text when its prose is over half the page's;
    footers, comments and related lists only when they hold nearly all of it.
    """
    prose: dict[etree._Element, float] = {}
    total = 0.0
    for block in blocks:
        value = _prose_value(block)
        if value <= 0.0:
            continue
        total += value
        for el, _ in block.suspects:
            prose[el] = prose.get(el, 0.0) + value
    for block in blocks:
        block.chrome = any(prose.get(el, 0.0) < share * total for el, share in block.suspects)


def _prose_value(block: TextBlock) -> float:
    n = len(block.text)
    density = block.link_density
    if density > LINK_HEAVY or n < MIN_PROSE_CHARS or block.tag in HEADING_TAGS:
        return 0.0
    return PROSE_WEIGHT.get(block.tag, 0.3) * n * (1.0 - density)


def block_value(block: TextBlock) -> float:
    """What one block says about the containers above it: prose for, chrome and links against."""
    n = len(block.text)
    if block.chrome:
        return -CHROME_PENALTY * n
    density = block.link_density
    if density > LINK_HEAVY:
        return -CHROME_PENALTY * n
    if n < MIN_PROSE_CHARS or block.tag in HEADING_TAGS:
        return 0.0
    weight = PROSE_WEIGHT.get(block.tag, 0.3)
    return weight * n * (1.0 - density)


def container_scores(
    blocks: list[TextBlock],
) -> tuple[dict[etree._Element, float], dict[etree._Element, float]]:
    """Each element's score: its blocks' values, fading with distance from the block.

    A paragraph counts fully for its owner and the owner's parent, then 1/d at
    distance d, so the score peaks at the element that directly holds the
    paragraphs, not at ``<body>`` holding the article plus teaser lists.
    """
    totals: dict[etree._Element, float] = {}
    net: dict[etree._Element, float] = {}
    for block in blocks:
        value = block_value(block)
        if value == 0.0:
            continue
        el: etree._Element | None = block.owner
        distance = 0
        while el is not None:
            totals[el] = totals.get(el, 0.0) + (value if distance < 2 else value / distance)
            net[el] = net.get(el, 0.0) + value
            el = el.getparent()
            distance += 1
    for el in totals:
        if totals[el] > 0 and CONTENT_WORDS.search(
            attr_words(el) + " " + (el.get("itemprop") or "")
        ):
            totals[el] *= CONTENT_BONUS
    return totals, net


def find_container(blocks: list[TextBlock]) -> list[etree._Element]:
    """The element that best holds the article's paragraphs, and its siblings that continue it.

    Articles cut into chunks by ad slots ("article__chunks", "post__content" twice)
    have their text in sibling elements; a sibling joins when it holds prose worth
    a fifth of the best element's, is itself a paragraph of prose, or holds
    paragraphs of the same class as the best element's.
    """
    totals, net = container_scores(blocks)
    if not totals:
        return []
    best = max(totals.items(), key=lambda kv: kv[1])[0]
    parent = best.getparent()
    # Climb pure wrappers ("text-block > text-inner > para", one child each), so that
    # the sibling test below compares chunks at the level where they differ.
    while parent is not None and len(parent) == 1:
        best, parent = parent, parent.getparent()
    if parent is None:
        return [best]
    floor = SIBLING_SHARE * net.get(best, 0.0)
    owners = {b.owner for b in blocks if block_value(b) > 0.0}
    styles = _paragraph_classes(best, owners)
    chosen = []
    for sibling in parent:
        if sibling is best:
            chosen.append(sibling)
            continue
        value = net.get(sibling, 0.0)
        if value <= 0.0:
            continue
        if (
            value >= floor
            or sibling.tag == "p"
            or (sibling.get("class") is not None and sibling.get("class") == best.get("class"))
            or (styles and not styles.isdisjoint(_paragraph_classes(sibling, owners)))
        ):
            chosen.append(sibling)
    grand = parent.getparent()
    if len(chosen) == 1 and grand is not None and parent.get("class"):
        # one level up: chunks wrapped alike ("post__content__section" x 3)
        cousins = [
            s
            for s in grand
            if s is not parent and s.get("class") == parent.get("class") and net.get(s, 0.0) > 0
        ]
        if cousins:
            return [s for s in grand if s is parent or s in cousins]
    return chosen


def _paragraph_classes(el: etree._Element, owners: set[etree._Element]) -> set[str]:
    """The class words of the prose paragraphs under ``el``: a sibling whose paragraphs
    are styled alike continues the article ("zn-body__paragraph" before the chunk that
    holds the rest)."""
    out: set[str] = set()
    for child in el.iter():
        if child in owners:
            out.update((child.get("class") or "").split())
    return out


def _linked_sentence(block: TextBlock) -> bool:
    """A sentence that links much of its text ("Ousted WeWork CEO can still name
    directors, Bloomberg reports."), unlike a teaser link or a menu."""
    return (
        block.tag in ("p", "li")
        and block.link_density < LINKED_SENTENCE
        and len(block.text) >= 60
        and block.text.rstrip("”’\"')").endswith((".", "!", "?"))
    )


def inside(el: etree._Element, elements: set[etree._Element]) -> bool:
    """True when ``el`` or one of its ancestors is in ``elements``."""
    if not elements:
        return False
    cur: etree._Element | None = el
    while cur is not None:
        if cur in elements:
            return True
        cur = cur.getparent()
    return False


MAX_LINK_HEAD_WORDS = 8  # a head over a list of links is short


def _heads_links(blocks: list[TextBlock], index: int, containers: set[etree._Element]) -> bool:
    """The block heads a list of links inside the body: a short heading (or a line ending
    in a colon) opening an element whose other blocks are all links ("Read more on
    Kenya:" over two story links, the BBC's links-block)."""
    block = blocks[index]
    text = block.text
    if len(text.split()) > MAX_LINK_HEAD_WORDS or "\n" in text:
        return False
    if block.tag not in HEADING_TAGS and not text.endswith(":"):
        return False
    parent = block.owner.getparent()
    if parent is None or parent in containers:
        return False
    if index > 0 and inside(blocks[index - 1].owner, {parent}):
        return False  # not the element's first block
    rest = []
    for other in blocks[index + 1 :]:
        if not inside(other.owner, {parent}):
            break
        rest.append(other)
    return bool(rest) and all(b.link_density > LINK_HEAVY for b in rest)


def body_blocks(blocks: list[TextBlock], containers: list[etree._Element]) -> list[TextBlock]:
    """The blocks of the containers that are article text: no chrome, no link lists.

    Two or more ``<article>`` elements inside the container are teasers of other
    stories ("You may also like"), not part of this one.
    """
    teasers: set[etree._Element] = set()
    for container in containers:
        nested = [a for a in container.iter("article") if a is not container]
        if len(nested) >= 2:
            teasers.update(nested)
    kept = set(containers)
    out = []
    for index, block in enumerate(blocks):
        if block.chrome or not inside(block.owner, kept):
            continue
        if _heads_links(blocks, index, kept):
            continue
        if inside(block.owner, teasers):
            continue
        if (
            block.link_density > LINK_HEAVY
            and len(block.text) < 400
            and not _linked_sentence(block)
        ):
            continue
        if block.tag == "h1" or block.tag == "figcaption":
            continue
        out.append(block)
    return out
