"""The dateline that opens the first paragraph: place, date and agency before a dash.

    ERBIL, Kurdistan Region (Kurdistan24) – In a statement ...
    WASHINGTON (Reuters) - ...            SALVADOR, Feb 26 - ...
    HOUSTON, Jan 27 (Reuters) - ...       Ferguson, Missouri (CNN) -- ...
    CHEVY CHASE, Md., March 4 - ...       (CNN) -- ...
    OKLAHOMA CITY, Okla. March 11, Reuter - ...

The dateline's span is as printed, without wire flags before it (``****``) and
without the trailing dash; the region up to the paragraph text is claimed so the
first paragraph starts after the dash. ``date`` is left to the dates recogniser,
which reads ``date_text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..article import Article, Dateline
from ..document import Document, Span
from ..patterns import DASH_CHARS, MONTHS
from ..pipeline import Context
from .lines import trimmed
from .places import Place, canonical_agency, find_area, find_city, normal_case

WHO = "dateline"

# The marks that may close a dateline: the dashes, a colon ("NEW DELHI:"), the slashes
# of an agency ("/TASS/"), the bracket after one ("New Delhi, Nov 24 (PTI) The ...").
DATELINE_MARKS = DASH_CHARS + ":/)"

# How far into a paragraph a dateline's dash may stand.
MAX_DATELINE_CHARS = 300

# The longest header line or deck passed over when the first paragraph holds no
# dateline (PolNeAR Washington Post decks run to ~120 characters).
MAX_HEADER_LINE = 200

# The capitals and letters of place names, the accented Latin ones included
# ("Türkiye", "SÃO PAULO", "Bogotá", "ŁÓDŹ").
_CAPITAL = "A-ZÀ-ÖØ-Þ"
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-ž"

# One element of a place: capitalised words joined by single spaces, with the
# lower-case particles of place names; bounded.
#   SALVADOR / RIO DE JANEIRO / Rio de Janeiro / WINSTON-SALEM / N.Y. / COEUR D'ALENE
_PLACE = rf"""
    [{_CAPITAL}][{_LETTER}.'’/&}}-]{{0,30}}+
    (?:[ ](?:[{_CAPITAL}][{_LETTER}.'’/&}}-]{{0,30}}+|de|da|do|dos|du|es|el|la|le|of|am|an|sur|upon
            |[a-z]{{3,12}}(?=[ ]?,))){{0,5}}          # a typed lower-case last word: "La paz,", "New york,"
"""

# The date of a dateline, month first or day first. The month is any word of 3-9
# letters, checked afterwards (``Feb``, ``MARCH``, ``Sept.``, typos ``Narch``,
# ``Marchg``); the day 1-3 digits, a letter O or l typed for a digit (``March 2O``).
_DATE = r"""
    (?:[A-Za-z]{3,9}\.?[ ]{1,3}[0-9][0-9Ol]{0,2}(?:st|nd|rd|th)?   # Feb 26 / Sept. 26 / March 2O
      |[0-9]{1,2}(?:st|nd|rd|th)?[ ]{1,3}[A-Za-z]{3,9}\.?)       # 2 March / 12th March
    (?:,?[ ][12][0-9]{3})?                                         # , 2025 (Gulf and US wires)
    (?![\w])
"""

# An agency in parentheses: (Reuters) / (Kurdistan24) / (AP) / (Xinhua) / (CNN).
_AGENCY = r"[A-Z][A-Za-z0-9.&' -]{0,40}"

DATELINE = re.compile(
    rf"""
    (?P<flag>\*{{1,8}}[ ]?|RPT[ ]?--[ ]?|[a-z][ ]{{1,6}}(?=[A-Z]{{2}}))?   # wire flags: ****, RPT --, stray "c "
    (?:
        (?P<location>
            {_PLACE}
            (?:[ ]?,[ ]?{_PLACE}){{0,3}}            # , Kurdistan Region / , Md. / , New Zealand / "OAKLAND , N.J."
        )
        (?:(?:[ ]?,?[ ]{{1,3}}|[ ]?,|,?[ ]-[ ])      # ", " / " , " / "," / " " / ", - " (date after a dash)
           (?P<date>{_DATE}))?                       # Feb 26 / Okla. March 11 / Md., - March 4
        (?:,[ ](?P<reuter>Reuters?|REUTERS?))?       # , Reuter (1987 wire)
        (?:[ ]{{0,2}}\((?P<agency>{_AGENCY})\))?    # (Reuters)
      |
        (?:(?P<lead_date>{_DATE})[ ]{{1,2}})?       # Nov 21 (Reuters) - with no place
        \((?P<agency_only>{_AGENCY})\)              # (CNN) -- with no place
    )
    ,?[ ]{{0,3}}
    (?P<dash>--|[\u2013\u2014\u2015\u2212]|(?<=[ 0-9])-|-(?=[ \n])   # – / — / ― / " -" / "26-" / "- "
      |(?P<colon>:)(?=[ ])                           # NEW DELHI: (South Asian papers), checked after
      |\.[ ]?/(?P<agency_slash>[A-Z][A-Za-z-]{{1,15}})/\.?   # MOSCOW, December 3. /TASS/.
      |(?P<bare>(?<=\)[ ])(?=[A-Z"“‘])))           # New Delhi, Nov 24 (PTI) The ..., checked after
    [ \n]{{0,3}}
    """,
    re.VERBOSE,
)


@cache
def lone_place() -> re.Pattern[str]:
    """A place alone on a line, the dateline of the paragraph under it (Anadolu's web
    copy): "ISTANBUL / ANKARA, Türkiye". Compiled on first use (cold start): only a
    short line over a paragraph is tried."""
    return re.compile(rf"(?P<location>{_PLACE}(?:[ ]?,[ ]?{_PLACE}){{0,2}})", re.VERBOSE)


# Splits the location into its elements: "CHEVY CHASE, Md." -> "CHEVY CHASE", "Md.".
ELEMENT_SEPARATOR = re.compile(r"[ ]?,[ ]?")

_MONTH_KEYS = tuple(m.casefold() for m in MONTHS)


def is_month_word(word: str) -> bool:
    """``Feb``, ``MARCH``, ``Sept`` and near misses (``Narch``, ``Mach``, ``Marchg``)."""
    w = word.casefold().rstrip(".")
    return any(
        w[:3] == m[:3] or (len(w) >= 4 and (w[:2] == m[:2] or w[1:4] == m[1:4]))
        for m in _MONTH_KEYS
    )


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    """Where a dateline sits: its printed span and where the paragraph text starts."""

    match: re.Match[str]
    span: Span
    body_start: int


def match_dateline(text: str, pos: int, endpos: int) -> DatelineMatch | None:
    """The dateline opening ``text[pos:endpos]``, checked to be one, or None."""
    endpos = min(endpos, pos + MAX_DATELINE_CHARS)
    if not any(text.find(d, pos, endpos) >= 0 for d in DATELINE_MARKS):
        return None  # no dash, colon or bracket, no dateline: the cheap common case
    m = DATELINE.match(text, pos, endpos)
    if m is None:
        return _agency_lead(text, pos, endpos)
    if m.group("colon") and not (_colon_dateline(m) or _known_agency(m)):
        return None
    if m.group("bare") is not None and not (_known_agency(m) and m.group("location")):
        return None  # "Apple (AAPL) Shares ...": only a place and a known agency
    date = m.group("date") or m.group("lead_date")
    if date is not None:
        word = next((w for w in date.split() if w[0].isalpha()), "")
        if not is_month_word(word):
            return None
    location = m.group("location")
    undated = date is None and not (m.group("agency") or m.group("reuter"))
    if location is not None and undated:
        split = _trailing_agency(location)  # "Washington CNN —": the outlet dates nothing,
        if split is not None:  # but a place that the gazetteer knows stands before it
            location = location[:split].rstrip(" ,")
        if not _plausible_place(location):
            return None
    if location is not None:
        start = m.start("location")
    elif m.group("lead_date"):
        start = m.start("lead_date")
    else:
        start = m.start("agency_only") - 1
    end = max(
        m.end(g) for g in ("location", "date", "reuter", "agency", "agency_only") if m.group(g)
    )
    if m.group("agency") or m.group("agency_only"):
        end += 1  # the closing parenthesis
    if m.group("agency_slash"):
        end = m.end("agency_slash") + 1  # MOSCOW, December 3. /TASS/
    return DatelineMatch(m, Span(start, end), m.end())


# An outlet and a slash opening the story, with no place: "Shafaq News / Two ISIS
# militants were killed ..." (the location group never matches).
AGENCY_LEAD = re.compile(
    rf"(?P<location>(?!))?(?P<agency_only>{_AGENCY}?)[ ]?/[ ]"  # the agency's pattern, lazy
)


def _agency_lead(text: str, pos: int, endpos: int) -> DatelineMatch | None:
    """A known outlet and a slash opening ``text[pos:endpos]``, or None."""
    m = AGENCY_LEAD.match(text, pos, endpos)
    if m is None or canonical_agency(m.group("agency_only")) is None:
        return None
    return DatelineMatch(m, Span(m.start("agency_only"), m.end("agency_only")), m.end())


def match_lone_place(text: str, piece: Span, below: Span) -> DatelineMatch | None:
    """A line that is a known place alone, upper case, over the paragraph it datelines
    (``ISTANBUL`` / ``Japanese Prime Minister ...``): the paragraph starts below it."""
    if len(piece) > MAX_LONE_PLACE_CHARS:
        return None
    m = lone_place().fullmatch(text, piece.start, piece.end)
    if m is None or not text[below.start : below.start + 1].isupper():
        return None
    elements = ELEMENT_SEPARATOR.split(m.group("location"))
    if not any(c.isalpha() for c in elements[0]) or not elements[0].isupper():
        return None
    if find_city(elements[0]) is None or not all(find_area(e) for e in elements[1:]):
        return None
    return DatelineMatch(m, Span(piece.start, piece.end), below.start)


# The longest line read as a place alone.
MAX_LONE_PLACE_CHARS = 60


def _colon_dateline(m: re.Match[str]) -> bool:
    """A colon closes a dateline only after a city that the gazetteer knows, in capitals
    ("NEW DELHI:", "ISLAMABAD, Dec 3 (APP):") or, before a sentence of its own, as a
    name ("Kolkata: West Bengal Chief Minister ... said"); never after a label
    ("Update:", "Q:")."""
    location = m.group("location")
    if location is None:
        return False
    first = ELEMENT_SEPARATOR.split(location)[0]
    if find_city(first) is None:
        return False
    letters = [c for c in first if c.isalpha()]
    return (
        all(c.isupper() for c in letters)
        or SENTENCE_AFTER_COLON.match(
            m.string, m.end(), min(len(m.string), m.end() + SENTENCE_REACH)
        )
        is not None
    )


# A sentence after a colon dateline in title case: a capital, then at least six words on
# its line ("Kolkata: West Bengal Chief Minister Mamata Banerjee on Tuesday said ...").
SENTENCE_AFTER_COLON = re.compile(r"[ ]?[A-Z][^ \n]*(?:[ ][^ \n]+){6}")
# How far the sentence is looked at.
SENTENCE_REACH = 200


def _known_agency(m: re.Match[str]) -> bool:
    """Whether the dateline names a known agency in brackets: Indian and Pakistani wire
    copy closes "New Delhi, Nov 24 (PTI)" with a colon or nothing."""
    agency = m.group("agency")
    return agency is not None and canonical_agency(agency) is not None


def _plausible_place(location: str) -> bool:
    """With neither date nor agency, a place needs capitals (``WASHINGTON ―``) or a
    gazetteer entry (``Ferguson, Missouri --``): ``Pep Boys -`` is no dateline."""
    elements = ELEMENT_SEPARATOR.split(location)
    first = elements[0]
    letters = [c for c in first if c.isalpha()]
    if len(letters) >= 3 and all(c.isupper() for c in letters):
        return True
    return find_city(first) is not None or any(find_area(e) for e in elements[1:])


def _resolve_place(location: str) -> tuple[str, str | None, str | None, str | None]:
    """City (normal case), region, country, country code for a printed location."""
    elements = [e.strip() for e in ELEMENT_SEPARATOR.split(location) if e.strip()]
    first = elements[0]
    city_row = find_city(first)
    if city_row is None and "/" in first:
        # "JERUSALEM/CAIRO (Reuters)": a story filed from two cities; the first is its city
        first = first.split("/", 1)[0]
        city_row = find_city(first)
    city = city_row.city if city_row and city_row.city else normal_case(first)
    region: str | None = None
    country = city_row.country if city_row else None
    code = city_row.country_code if city_row else None
    for element in elements[1:]:
        area: Place | None = find_area(element)
        if area is None:
            region = region or element
            continue
        if area.region:
            region = region or area.region
        if area.country:
            country, code = area.country, area.country_code
    return city, region, country, code


def find_dateline(doc: Document, article: Article) -> Dateline | None:
    """The dateline of the first paragraph (the first unclaimed body text), if any.

    Short single-line first paragraphs (an unrecognised byline such as ``By keith
    grant, Reuters``, or a deck under the headline), two at most, are passed over to
    the paragraph after them.
    """
    found = None
    pieces = first_paragraphs(doc, MAX_HEADER_PIECES + 2)
    for number, piece in enumerate(pieces[: MAX_HEADER_PIECES + 1]):
        found = match_dateline(doc.text, piece.start, piece.end)
        if found is None and number + 1 < len(pieces):
            found = match_lone_place(doc.text, piece, pieces[number + 1])
        if found is not None or not _is_header_line(doc, piece):
            break
    if found is None:
        return None
    m = found.match
    groups = m.groupdict()  # a lone place line has the location group only
    location = groups["location"]
    loc_span = Span(m.start("location"), m.end("location")) if location is not None else None
    printed_agency = (
        groups.get("agency")
        or groups.get("agency_only")
        or groups.get("reuter")
        or groups.get("agency_slash")
    )
    if location is not None and loc_span is not None and not printed_agency:
        split = _trailing_agency(location)
        if split is not None:
            # "Seoul, South Korea CNN —": the outlet's name closes the place, no brackets
            location, printed_agency = location[:split].rstrip(" ,"), location[split:]
            loc_span = Span(loc_span.start, loc_span.start + len(location))
    city = region = country = code = None
    if location is not None:
        city, region, country, code = _resolve_place(location)
    agency: str | None = None
    if printed_agency:
        agency = canonical_agency(printed_agency)
        if agency is None:
            agency = printed_agency.strip()
            article.warnings.append(f"dateline: unknown agency {agency!r}")
    date_group = "date" if groups.get("date") else "lead_date"
    date_span = Span(m.start(date_group), m.end(date_group)) if groups.get(date_group) else None
    return Dateline(
        span=found.span,
        body_start=found.body_start,
        location=loc_span,
        city=city,
        region=region,
        country=country,
        country_code=code,
        agency=agency,
        date_text=date_span,
    )


# Most words of an outlet's name printed after the place without brackets ("CNN").
MAX_TRAILING_AGENCY_WORDS = 2


def _trailing_agency(location: str) -> int | None:
    """Where a known outlet's name closing ``location`` starts, after a place: "Seoul,
    South Korea CNN" -> the offset of "CNN"; None when none does."""
    words = location.split(" ")
    for count in range(MAX_TRAILING_AGENCY_WORDS, 0, -1):
        if len(words) <= count:
            continue
        tail = " ".join(words[-count:])
        if canonical_agency(tail) is not None and find_area(tail) is None:  # "Pittsburgh, PA"
            return len(location) - len(tail)
    return None


def first_paragraphs(doc: Document, count: int = 2) -> list[Span]:
    """The first ``count`` pieces of unclaimed body text."""
    out: list[Span] = []
    claims = [c for c, _ in doc.claims]
    for block in doc.blocks:
        if block.kind != "body":
            continue
        span = block.span
        if not any(c.start < span.end and span.start < c.end for c in claims):
            out.append(span)  # the common case: nothing claimed in this block
            if len(out) >= count:
                return out
            continue
        for piece in _unclaimed_pieces(doc, span, claims, count - len(out)):
            out.append(piece)
            if len(out) >= count:
                return out
    return out


def _unclaimed_pieces(doc: Document, span: Span, claims: list[Span], need: int) -> list[Span]:
    """The first ``need`` unclaimed, trimmed pieces of ``span``: one pass over the
    claims sorted by start (a block with thousands of claimed lines stays linear)."""
    out: list[Span] = []
    pos = span.start
    text = doc.text
    inside = sorted(c for c in claims if c.start < span.end and span.start < c.end)
    for claim in [*inside, Span(span.end, span.end)]:
        if claim.start > pos:
            start, end = trimmed(text, pos, min(claim.start, span.end))
            if start < end:
                out.append(Span(start, end))
                if len(out) >= need:
                    return out
        pos = max(pos, claim.end)
    return out


# Most short header lines passed over before the dateline's paragraph: a deck and a
# line under it ("In her recording," over "Keith Lamont Scott's wife pleads ...").
MAX_HEADER_PIECES = 2


def _is_header_line(doc: Document, piece: Span) -> bool:
    """A short single line (a header line, a deck) that may stand above the dateline
    paragraph: ``By keith grant, Reuters``; ``Curfew lifted, but city still in limbo.``"""
    text = doc.text_of(piece)
    return len(text) <= MAX_HEADER_LINE and "\n" not in text


def apply(doc: Document, article: Article, ctx: Context) -> None:
    """Store the dateline and claim the prefix of the first paragraph."""
    dateline = find_dateline(doc, article)
    if dateline is None:
        return
    article.dateline = dateline
    start = dateline.span.start
    for piece in first_paragraphs(doc):
        if piece.start <= start < piece.end:
            start = piece.start
    doc.claim(Span(start, dateline.body_start), WHO)
