"""Blocks inside a page's body container that are not paragraphs.

Saved pages print furniture between paragraphs: ad markers and gallery controls
(``Advertisement``, ``Caption``, ``Close``, ``Image 1 of 5``), credit-only lines
(``Sakib Ali/Hindustan Times/Getty Images``) and untagged captions whose credit
gives them away (``The plague wiped out half of Europe (Image: GETTY)``).
"""

from __future__ import annotations

import re

from ..lexicon import load_set
from .html_page import CREDIT_ONLY, TRAILING_CREDIT, PrintedCaption, clean_credit

# A gallery counter: "Image 1 of 5", "1 of 6", "Slide 2 / 9" (a lone number may be a
# table cell, so it is not one).
COUNTER = re.compile(
    r"(?:(?:image|photo|picture|slide)s?\s{1,2})?\d{1,3}\s{0,2}(?:of|/)\s{0,2}\d{1,3}\Z", re.I
)
# Punctuation a label may end with: "More:", "Filed under |", "Read more…".
LABEL_TAIL = " :|.…»›>-–—"

MAX_CAPTION_WORDS = 60  # a longer block with a credit at its end is a paragraph
MAX_CREDIT_WORDS = 10  # a credit-only line is short


# A reading time: "3 min read", "5-minute read".
READING_TIME = re.compile(r"\d{1,3}[- ]?min(?:ute)?s?\.?[ ]read\Z", re.I)


def is_furniture(text: str) -> bool:
    """A label or counter, not a paragraph: "Advertisement", "Caption", "Image 1 of 5",
    "3 min read"."""
    if len(text) > 40:
        return False
    label = text.strip().rstrip(LABEL_TAIL).casefold()
    if label in load_set("page_furniture"):
        return True
    return COUNTER.match(text.strip()) is not None or READING_TIME.match(text.strip()) is not None


def credit_only(text: str) -> bool:
    """A line that is only a picture credit: "Photo: Damian Dovarganes, AP", "Getty Images"."""
    if len(text.split()) > MAX_CREDIT_WORDS:
        return False
    if CREDIT_ONLY.match(text):
        return True
    m = TRAILING_CREDIT.search(text)
    return m is not None and m.start() == 0


def caption_in_body(text: str) -> PrintedCaption | None:
    """An untagged caption: a short block ending in a labelled credit, "(Image: GETTY)"."""
    if "\n" in text or len(text.split()) > MAX_CAPTION_WORDS:
        return None
    m = TRAILING_CREDIT.search(text)
    if m is None or m.start() == 0 or not (m.group("paren") or m.group("lead")):
        return None
    return PrintedCaption(text, m.start(), clean_credit(m.group(0)))
