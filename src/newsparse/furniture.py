"""Page furniture: labels and counters a page prints between paragraphs.

Shared by the HTML extraction and the plain-text block classification (text
pasted from a page carries them too): ``Advertisement``, ``Caption``, ``Image 1
of 5``, ``3 min read``. No markup library is needed to tell them.
"""

from __future__ import annotations

import re

from .lexicon import load_set

# A gallery counter: "Image 1 of 5", "1 of 6", "Slide 2 / 9" (a lone number may be a
# table cell, so it is not one).
COUNTER = re.compile(
    r"(?:(?:image|photo|picture|slide)s?\s{1,2})?\d{1,3}\s{0,2}(?:of|/)\s{0,2}\d{1,3}\Z", re.I
)
# A reading time: "3 min read", "5-minute read".
READING_TIME = re.compile(r"\d{1,3}[- ]?min(?:ute)?s?\.?[ ]read\Z", re.I)
# Punctuation a label may end with: "More:", "Filed under |", "Read more…".
LABEL_TAIL = " :|.…»›>-–—"
# The longest text read as a label.
MAX_LABEL_CHARS = 40


def is_furniture(text: str) -> bool:
    """A label or counter, not a paragraph: "Advertisement", "Caption", "Image 1 of 5",
    "3 min read" (labels from data/page_furniture.txt)."""
    if len(text) > MAX_LABEL_CHARS:
        return False
    stripped = text.strip()
    if stripped.rstrip(LABEL_TAIL).casefold() in load_set("page_furniture"):
        return True
    return COUNTER.match(stripped) is not None or READING_TIME.match(stripped) is not None
