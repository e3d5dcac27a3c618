"""The article's country, for reading its time zones: its outlet's, else its dateline's.

    site name "Haaretz"                      -> IL  ("10:13 pm IST" is Israel time)
    Haaretz (masthead line over the story)   -> IL
    By Jane Doe, The Irish Times             -> IE
    BEIJING, March 3 (Xinhua) --             -> CN  (the agency, then the place)
    JERUSALEM —                              -> IL

Outlets and their countries come from data/outlet_countries.tsv; names are first
brought to agencies.tsv's canonical form. With no sign, None: each zone keeps the
reading of date_words.tsv.
"""

from __future__ import annotations

from functools import cache

from ..article import Article
from ..document import Document
from ..lexicon import load_table
from .blocks import find_masthead
from .places import canonical_agency


@cache
def _outlet_countries() -> dict[str, str]:
    return {row["outlet"].casefold(): row["country_code"] for row in load_table("outlet_countries")}


def outlet_country(printed: str | None) -> str | None:
    """The country of the outlet ``printed`` names ("Haaretz" -> IL), or None."""
    if not printed:
        return None
    countries = _outlet_countries()
    name = printed.strip()
    return countries.get(name.casefold()) or countries.get(
        (canonical_agency(name) or "").casefold()
    )


def article_country(doc: Document, article: Article) -> str | None:
    """The country whose clocks the article's times follow: the outlet's (page site name,
    masthead line, byline affiliation, dateline agency), else the dateline's place."""
    masthead = find_masthead(doc)
    outlets = (
        article.page.site_name if article.page is not None else None,
        None if masthead is None else doc.text_of(masthead),
        article.byline.affiliation if article.byline is not None else None,
        article.dateline.agency if article.dateline is not None else None,
    )
    for outlet in outlets:
        country = outlet_country(outlet)
        if country is not None:
            return country
    return article.dateline.country_code if article.dateline is not None else None
