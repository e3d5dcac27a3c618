"""The byline element of a saved page, read for its outlet; the page tagged it a byline.

    Tom Krisher, Ap Auto Writer                             -> ["Tom Krisher"], "AP"
    Tom Davies Associated Press Published 11:34 PM EST ...  -> ["Tom Davies"], "Associated Press"
    Reuters November 18, 2019 11:03 PM                      -> [], "Reuters"
    By Andy Sahadeo | Fox News                              -> ["Andy Sahadeo"], "Fox News"
    By Tim Childers - Live Science Contributor 2019-11-19   -> ["Tim Childers"], "Live Science"

A byline element holds more than the byline line of a text: a label before the names
("Analysis by"), and after them handles, dates and page furniture. The names and outlet
come first; what follows the first handle or date is dropped, and a bar or a spaced
dash parts the names from the outlet.
"""

from __future__ import annotations

import logging
import re

from ..document import Span
from ..patterns import byline_tail
from .byline import OUTLET_GLUE, BylineMatch, affiliation_of, read_names, trim_back

LOGGER = logging.getLogger(__name__)

# What closes the names of an element before its date or outlet: spaces, commas,
# dashes and bars.
TAIL_MARKS = " ,-\u2013\u2014|"

# The label that opens a byline element, bars before it allowed:
#   By / by / BY: / | BY: / Posted by / Analysis by / Text by:
ELEMENT_LEAD = re.compile(
    r"""
    [|\s]{0,4}
    (?:[A-Z]?[a-z]{1,12}[ ])?      # a word before "by": Posted, Analysis, Story
    (?:By|BY|by)(?::[ ]?|[ ]{1,3})
    """,
    re.VERBOSE,
)

# What parts the names from the outlet inside the element: a bar, a bullet or a spaced
# dash ("By Andy Sahadeo | Fox News", "By Tim Childers - Live Science Contributor").
NAMES_OUTLET_SEPARATOR = re.compile(r"[ ]{1,3}(?:[|•·]|[-\u2013\u2014])[ ]{1,3}")


def read_element(text: str, start: int, end: int) -> BylineMatch | None:
    """Authors and affiliation of the byline element printed at ``text[start:end]``, or
    None when its words read as no byline."""
    lead = ELEMENT_LEAD.match(text, start, end)
    names_start = lead.end() if lead is not None else start
    tail = byline_tail().search(text, names_start, end)
    stop = trim_back(text, names_start, tail.start() if tail is not None else end, TAIL_MARKS)
    if stop <= names_start:
        return None
    parted = NAMES_OUTLET_SEPARATOR.search(text, names_start, stop)
    names_end = (
        trim_back(text, names_start, parted.start(), TAIL_MARKS) if parted is not None else stop
    )
    read = read_names(text, names_start, names_end)
    if read is None:
        return None
    authors, affiliation = read
    if parted is not None and affiliation is None:
        affiliation = _outlet(text[parted.end() : stop])
    LOGGER.debug("byline element: %d authors, affiliation %r", len(authors), affiliation)
    return BylineMatch(Span(names_start, stop), authors, affiliation)


def _outlet(printed: str) -> str | None:
    """The outlet printed after a bar or dash: capitalised words ("Fox News", "Live
    Science Contributor" -> "Live Science"); a job alone ("Staff Writer") is none."""
    words = printed.split()
    if not words or not all(w[:1].isupper() or w in OUTLET_GLUE for w in words):
        return None
    return affiliation_of(printed)
