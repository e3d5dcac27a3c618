"""The article's section from page metadata, without the values that name no section.

A page's ``articleSection`` or ``article:section`` often holds something else::

    "post", "articles", "Front Page", "All"      a CMS post type or site furniture -> skipped
    "gizmodo.com"                                the site's domain                 -> skipped
    "News - News"                                one label printed twice           -> "News"
    "game,news,slider"                           a list of tags                    -> a single
                                                 label from another source, else the list's
                                                 first item when the list is short

The sources are tried in order (JSON-LD, then the ``<meta>`` keys); the first that
gives one clean label wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lexicon import load_set

# A value that is a host name: "gizmodo.com", "www.example.co.uk" (labels are disjoint
# from the dots between them: linear).
DOMAIN_NAME = re.compile(r"(?:[\w-]{1,63}\.){1,4}[A-Za-z]{2,12}")

# What parts the items of a tag list: "game,news,slider", "Smart News, Smart News Science".
LIST_SEPARATOR = re.compile(r"[ ]{0,3},[ ]{0,3}")

# What parts the levels of a section path printed in one value: "News - News",
# "Blog Briefing Room - News", "World | Europe".
LEVEL_SEPARATOR = re.compile(r"[ ]{1,3}[-–—|>»/][ ]{1,3}")

# The most items of a tag list whose first item is taken for the section when no
# source gives a single label; a longer list is keywords (autoracing.com.br prints 13).
MAX_LIST_ITEMS = 3

# The longest value read as a section label.
MAX_SECTION_CHARS = 80


def page_section(candidates: Iterable[str | list[str] | None], site_name: str | None) -> str | None:
    """The first clean section label among ``candidates`` (each a value as printed, or a
    JSON-LD list), or the first item of a short list when none is single."""
    fallback: str | None = None
    for candidate in candidates:
        if candidate is None:
            continue
        items = candidate if isinstance(candidate, list) else LIST_SEPARATOR.split(candidate)
        labels = [label for item in items if (label := _label(item, site_name)) is not None]
        if len(items) == 1 and labels:
            return labels[0]
        if fallback is None and labels and len(items) <= MAX_LIST_ITEMS:
            fallback = labels[0]
    return fallback


def _label(value: str, site_name: str | None) -> str | None:
    """``value`` as a section label, a doubled label made single; None when it names no
    section (a post type, the site's furniture, the site itself, its domain)."""
    value = " ".join(value.split())
    if not value or len(value) > MAX_SECTION_CHARS:
        return None
    levels = LEVEL_SEPARATOR.split(value)
    if len(levels) > 1 and len({level.casefold() for level in levels}) == 1:
        value = levels[0]  # "News - News"
    key = value.casefold()
    if key in load_set("section_non_labels") or DOMAIN_NAME.fullmatch(value):
        return None
    if key.startswith(("http://", "https://")):
        return None
    if site_name and key == " ".join(site_name.split()).casefold():
        return None
    return value
