"""Blocks inside a page's body container that are not paragraphs.

Saved pages print furniture between paragraphs: ad markers and gallery controls
(``Advertisement``, ``Image 1 of 5``: ``newsparse.furniture``), credit-only lines
(``Sakib Ali/Hindustan Times/Getty Images``) and untagged captions whose credit
gives them away (``The plague wiped out half of Europe (Image: GETTY)``).
"""

from __future__ import annotations

import re

from lxml import etree

from ..furniture import is_photo_credit
from ..lexicon import load_set
from .html_page import CREDIT_ONLY, TRAILING_CREDIT, PrintedCaption, clean_credit

MAX_CAPTION_WORDS = 60  # a longer block with a credit at its end is a paragraph
MAX_CREDIT_WORDS = 10  # a credit-only line is short


def credit_only(text: str) -> bool:
    """A line that is only a picture credit: "Photo: Damian Dovarganes, AP", "Getty Images"."""
    if len(text.split()) > MAX_CREDIT_WORDS:
        return False
    if CREDIT_ONLY.match(text) or is_photo_credit(text):
        return True  # "Photo: AFP", "Michael Conroy, AP"
    m = TRAILING_CREDIT.search(text)
    return m is not None and m.start() == 0


# A CMS shortcode the page printed unrendered: "[button link=\"...\"] Send us your review[/button]",
# "[gallery ids=\"1,2\"]".
SHORTCODE = re.compile(
    r"\[(?P<tag>[a-z][a-z_-]{1,30})(?:[ ][^\]\n]{0,300})?\][^\[\n]{0,300}(?:\[/(?P=tag)\])?"
)


def is_shortcode(text: str) -> bool:
    """A block that is an unrendered shortcode, its label included."""
    return SHORTCODE.fullmatch(text.strip()) is not None


MAX_PICTURE_LABEL_WORDS = 15  # a picture's untagged caption is short


def picture_label(text: str, owner: etree._Element) -> bool:
    """An untagged caption printed beside its picture: a short line without a closing
    mark whose element also holds the ``<img>`` ("The slimmer bezels of the new model").
    A ``<p>`` with an inline picture is a paragraph, whatever its length."""
    if owner.tag == "p" or "\n" in text or len(text.split()) > MAX_PICTURE_LABEL_WORDS:
        return False
    if text.rstrip("”’\"')").endswith((".", "!", "?", ":", "…")):
        return False
    return next(owner.iter("img", "picture"), None) is not None


def credit_label(text: str) -> bool:
    """A picture credit's label alone, its value in the next block: "Фото:", "Photo:"
    (words from data/photo_credit_markers.txt)."""
    stripped = text.strip()
    if not stripped.endswith(":"):
        return False
    return stripped[:-1].strip().casefold() in load_set("photo_credit_markers")


def caption_in_body(text: str) -> PrintedCaption | None:
    """An untagged caption: a short block ending in a labelled credit, "(Image: GETTY)"."""
    if "\n" in text or len(text.split()) > MAX_CAPTION_WORDS:
        return None
    m = TRAILING_CREDIT.search(text)
    if m is None or m.start() == 0 or not (m.group("paren") or m.group("lead")):
        return None
    return PrintedCaption(text, m.start(), clean_credit(m.group(0)))
