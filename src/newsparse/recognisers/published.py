"""The publication date printed in the text, as ISO 8601.

Read from a labelled line near the top, or from a wire header that is a date alone::

    Published: June 16, 2017 10:35 a.m. EDT      -> 2017-06-16T10:35-04:00
    Updated 3:45 PM GMT, Fri June 16, 2017       -> 2017-06-16T15:45+00:00 (when nothing says Published)
    Posted on 2017-06-16                         -> 2017-06-16
    Issued on: 04/12/2024 - 21:12                -> 2024-12-04T21:12 (a story "on Wednesday")
    June 16, 2017                                (a header line with nothing else) -> 2017-06-16

Page metadata (``recognisers/page.py``) runs later and wins over what this found (but
for a metadata day whose time the text prints). A date without a year ("Posted June 16") or a relative one
("Updated 3 hours ago") is no publication date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from ..article import Article, DateMention
from ..document import Document, Span
from ..lexicon import load_set
from ..patterns import BY_DASH_DATE, BY_ON_DATE, byline_tail, segment_separators
from ..pipeline import Context
from .date_patterns import DATE_EXPRESSION, WEEKDAY_ANY, WEEKDAYS
from .date_readings import clock_on_day, read, zone_of
from .outlet_country import article_country
from .places import find_area

WHO = "published"

# How far into the text a publication line is looked for: the header of a page or a
# wire story, not a quoted "published" in the body.
HEAD_CHARS = 3000
# The header lines a bare wire date may stand on, and those a labelled line may stand on
# (a page's header may stack a breadcrumb, the headline, a standfirst, a caption and a
# byline over its date line).
HEAD_LINES = 10
HEAD_LINES_LABELLED = 15

# A labelled publication line; the label decides its rank (published over updated).
PUBLISHED_LINE = re.compile(
    r"""
    [ \t]{0,8}
    (?:(?P<label>(?i:first\x20published|published|posted|issued|last\x20updated|updated|last\x20modified|modified))
       (?:\x20(?i:on|at))?\x20?[:\-–]?
     | (?P<date_label>(?i:date)):)  # "Date" only with a colon: "Date: 5/28/2017"
    [ \t]{0,3}
    (?P<rest>[^\n]{6,100})$          # Published: June 16, 2017 10:35 a.m. EDT
    """,
    re.VERBOSE,
)

# A publication label alone on its line, labelling the date line under it (The Straits
# Times: "UPDATED" / "Mar 11, 2024, 07:09 PM" / "Published" / "Mar 11, 2024, 05:00 PM").
LABEL_ALONE = re.compile(
    r"""
    [ \t]{0,8}
    (?P<label>(?i:first\x20published|published|posted|last\x20updated|updated|last\x20modified|modified))
    (?:\x20(?i:on|at))?[ ]?:?[ \t]*$
    """,
    re.VERBOSE,
)

# A header line that is a date and time alone, separators allowed: "June 16, 2017 | 10:35 AM".
BARE_DATE_LINE = re.compile(r"[ \t]{0,8}(?P<rest>[0-9A-Z][^\n]{5,60})$")

# What may stand between the date and time parts of a date-only line: separators, "at",
# "on", a weekday, and an update label between two dates ("03.12.2024 - Update : 03.12.2024").
FILLER = re.compile(
    rf"""[\s,|•·/@()\-–—]*
    (?:(?:at|on|{WEEKDAY_ANY})\.?|(?i:(?:last\x20)?updated?(?:\x20(?:on|at))?)\x20?:?)?
    [\s,|•·/@()\-–—]*""",
    re.VERBOSE,
)

DIGIT = re.compile(r"\d")

# Substrings every label holds, for a cheap test before reading lines.
LABEL_HINTS = ("publish", "posted", "issued", "updated", "modified", "date:")

UPDATE_LABELS = frozenset(["updated", "last updated", "modified", "last modified"])


def _date_and_time(
    text: str, span: Span, *, whole: bool, day_first: bool = False, country: str | None = None
) -> str | None:
    """An ISO value from the dates in ``span``: a dated day (with year) plus a time, if any.

    With ``whole``, everything in the span other than the date parts must be filler
    (read token by token, so a line that is no date fails on its first word).
    ``day_first`` reads a slashed numeric date as day, month, year; ``country`` (the
    article's) reads a time zone's abbreviation as that country does.
    """
    found: list[tuple[DateMention, str | None]] = []  # each mention, and its clock's zone
    if whole:
        matches = _date_tokens(text, span.start, span.end)
        if matches is None:
            return None
    else:
        matches = list(DATE_EXPRESSION.finditer(text, span.start, span.end))
    for m in matches:
        zone = zone_of(m)
        found.extend((f, zone) for f in read(m, day_first=day_first, ref=None, country=country))
    days = [f.value for f, _ in found if f.value and f.granularity in ("day", "time")]
    day = next((v for v in days if v[0].isdigit()), None)
    if day is None:
        return None
    if "T" in day:
        return day
    clock = next(
        (
            clock_on_day(day, f.value, zone)
            for f, zone in found
            if f.granularity == "time" and f.value and f.value[0] == "T"
        ),
        None,
    )
    # weekdays in a header ("Fri June 16, 2017") are read as relative: they add nothing
    return day + clock if clock else day


def _head_lines(doc: Document) -> list[Span]:
    """The lines a label may open; none when the head has no label word at all (cheap test)."""
    return doc.derived(_labelled_head_lines)


def _labelled_head_lines(doc: Document) -> list[Span]:
    """:func:`_head_lines`, read once per document (two stages ask)."""
    head = doc.text[:HEAD_CHARS].lower()
    if not any(hint in head for hint in LABEL_HINTS):
        return []
    return [line for line in doc.lines[:HEAD_LINES_LABELLED] if line.start < HEAD_CHARS]


def published_lines(doc: Document) -> list[Span]:
    """The labelled publication lines in the head of the text (their dates are not mentions)."""
    text = doc.text
    out = []
    for line in _head_lines(doc):
        m = _labelled(text, line)
        if m is not None:
            out.append(doc.shrink(Span(line.start, m.end())))
    return out


def _labelled(text: str, line: Span) -> re.Match[str] | None:
    """A publication label opening ``line`` or one of its segments ("By Jane Doe |
    Published Dec. 3, 2024 | Updated ...": the date after the first label)."""
    return next(_labels(text, line), None)


def _labels(text: str, line: Span) -> Iterator[re.Match[str]]:
    """The publication labels of ``line``, in order: the one opening it and those
    opening its segments ("Updated March 5, 2024 at 7:12 p.m. EST|Published March 5, ...")."""
    m = PUBLISHED_LINE.match(text, line.start, line.end)
    if m is not None:
        yield m
    starts = [separator.end() for separator in segment_separators(text, line.start, line.end)]
    # a bar with no space around it parts segments too: "... 7:12 p.m. EST|Published ..."
    bar = text.find("|", line.start, line.end)
    while bar >= 0:
        starts.append(bar + 1)
        bar = text.find("|", bar + 1, line.end)
    for start in sorted(set(starts)):
        m = PUBLISHED_LINE.match(text, start, line.end)
        if m is not None:
            yield m


def find_published(doc: Document, article: Article, ctx: Context) -> str | None:
    """The publication date-time the text prints, or None.

    A "Published" label wins; then a header line that is a date alone (the date the page
    prints under the byline, "Tue 5 Mar 2024 06.00 GMT", is the publication's, where
    a "Last modified" line under it is a later one); then an "Updated" label.
    """
    text = doc.text
    updated: str | None = None
    country = article_country(doc, article)
    for line in _head_lines(doc):
        for m in _labels(text, line):
            rest = Span(m.start("rest"), m.end("rest"))
            day_first = _reads_day_first(doc, rest, ctx.options.day_first)
            value = _date_and_time(text, rest, whole=False, day_first=day_first, country=country)
            if value is None:
                continue
            label = m["label"] or m["date_label"]
            if " ".join(label.casefold().split()) not in UPDATE_LABELS:
                return value
            updated = updated or value
    for _, label, value in _stacked_labels(doc, country):
        if label not in UPDATE_LABELS:
            return value
        updated = updated or value
    for _, value in _bare_date_lines(doc, country):
        return value
    found = updated or _date_segment(doc, country) or _byline_date(doc, country)
    if found is None and (article.page is None or article.page.published is None):
        found = _byline_tail_date(doc, article, country, ctx.options.day_first)
    return found


# The most dates looked at after a byline's names: a handle or a bullet may come first
# ("by Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET").
MAX_BYLINE_TAILS = 4


def _byline_tail_date(
    doc: Document, article: Article, country: str | None, day_first_option: bool | None
) -> str | None:
    """The date that closes the printed byline, after its names: "By Carrie Arnold
    November 15, 2019", "Tom Davies Associated Press Published 11:34 PM EST Nov 19,
    2019", "VICTOR TANGERMANN, FUTURISM 18 NOV 2019"; None when none does.

    The byline is the page's byline element, else the line of the byline the text
    recognisers found in the header.
    """
    text = doc.text
    spans = []
    if article.page is not None and article.page.byline_span is not None:
        spans.append(article.page.byline_span)
    if article.byline is not None and article.byline.span is not None:
        line = doc.lines[doc.line_at(article.byline.span.start)]
        spans.append(Span(article.byline.span.start, line.end))
    for span in spans:
        if span.start >= HEAD_CHARS:
            continue
        pos = span.start
        for _ in range(MAX_BYLINE_TAILS):
            tail = byline_tail().search(text, pos, span.end)
            if tail is None:
                break
            if is_date_text(text, tail.start(), span.end):
                rest = Span(tail.start(), span.end)
                day_first = _reads_day_first(doc, rest, day_first_option)
                value = _date_and_time(
                    text, rest, whole=False, day_first=day_first, country=country
                )
                if value is not None:
                    return value
            pos = tail.end()
    return None


def _byline_date(doc: Document, country: str | None) -> str | None:
    """The date a header's "By ... on <date>" or "By ... - <date>" line closes with, or
    None."""
    text = doc.text
    for line in _head_nonblank(doc):
        m = BY_ON_DATE.fullmatch(text, line.start, line.end) or BY_DASH_DATE.fullmatch(
            text, line.start, line.end
        )
        if m is not None:
            date_span = Span(m.start("date"), m.end("date"))
            value = _date_and_time(text, date_span, whole=True, country=country)
            if value is not None:
                return value
    return None


# A numeric date with slashes: "04/12/2024" (dots and dashes are read day first anyway).
SLASHED_DATE = re.compile(r"(?<!\d)(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})(?!\d)")
# How far into the text weekdays are looked for to tell the order of a header date.
WEEKDAY_CHARS = 2000
# A weekday written in full, capitalised: "Wednesday".
WEEKDAY_WORD = re.compile(r"\b(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b")


def _reads_day_first(doc: Document, span: Span, option: bool | None) -> bool:
    """Whether a header date in ``span`` is day first ("Issued on: 04/12/2024").

    The option decides when set. Otherwise a part above 12 does ("13/12/2024"), and
    then the weekday the story names: a story dated 04/12/2024 that tells what
    happened "on Wednesday" is of Wednesday 4 December, not Friday 12 April. With no
    such sign, month first (the US order, as in the body).
    """
    if option is not None:
        return option
    m = SLASHED_DATE.search(doc.text, span.start, span.end)
    if m is None:
        return False
    a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
    if a > 12 or b > 12 or a == b:
        return a > 12
    try:
        month_first = date(year, a, b).weekday()
        day_first = date(year, b, a).weekday()
    except ValueError:
        return False
    named = _weekdays_named(doc.text[:WEEKDAY_CHARS])
    return day_first in named and month_first not in named


def _weekdays_named(text: str) -> set[int]:
    """The weekdays (0 for Monday) that ``text`` names in full: "on Wednesday"."""
    return {WEEKDAYS[m.group().casefold()] for m in WEEKDAY_WORD.finditer(text)}


def _date_segment(doc: Document, country: str | None) -> str | None:
    """A header line's segment that is a dated day alone: "By Jane Doe • Dec. 3, 2024"."""
    for _, value in _date_segments(doc, country):
        return value
    return None


def _date_segments(doc: Document, country: str | None = None) -> Iterator[tuple[Span, str]]:
    """The segments of header lines that are a dated day alone, with their values:
    "Dec. 3, 2024" of "By Jane Doe • Dec. 3, 2024"."""
    text = doc.text
    for line in _head_nonblank(doc):
        separators = segment_separators(text, line.start, line.end)
        ends = [sep.start() for sep in separators[1:]] + [line.end]
        for here, end in zip(separators, ends, strict=False):
            value = _date_and_time(text, Span(here.end(), end), whole=True, country=country)
            if value is not None:
                yield doc.shrink(Span(here.end(), end)), value


def _stacked_labels(doc: Document, country: str | None = None) -> Iterator[tuple[Span, str, str]]:
    """The header lines that are a publication label alone over a date line, with the
    label (case-folded) and the value of the date under it: "Published" over "Mar 11,
    2024, 05:00 PM"."""
    text = doc.text
    above: tuple[Span, str] | None = None
    for line in _head_nonblank(doc):
        if above is not None:
            value = _date_and_time(text, doc.shrink(line), whole=True, country=country)
            if value is not None:
                yield above[0], above[1], value
        m = LABEL_ALONE.match(text, line.start, line.end)
        above = None if m is None else (doc.shrink(line), " ".join(m["label"].casefold().split()))


def _head_nonblank(doc: Document) -> tuple[Span, ...]:
    """The first HEAD_LINES lines of the text that are not blank, within its first
    HEAD_CHARS characters: picked once per document (:func:`_first_nonblank_lines`) for
    the readers of the header, each of which goes through them."""
    return doc.derived(_first_nonblank_lines)


def _first_nonblank_lines(doc: Document) -> tuple[Span, ...]:
    """See :func:`_head_nonblank` (a text of blank lines is not read to its end)."""
    lines: list[Span] = []
    for line in doc.lines:
        if line.start >= HEAD_CHARS or len(lines) == HEAD_LINES:
            break
        if line.end > line.start:
            lines.append(line)
    return tuple(lines)


def is_date_line(doc: Document, line: Span) -> bool:
    """Whether ``line`` is a header's date line: labelled ("Published On 12 Dec 2024")
    or a dated day alone ("Fri 10 Jan 2025 09.00 GMT")."""
    return is_date_text(doc.text, line.start, line.end)


def is_date_text(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a header's date: labelled or a dated day alone."""
    if end - start > 110 or DIGIT.search(text, start, end) is None:
        return False
    labelled = PUBLISHED_LINE.match(text, start, end)
    if labelled is not None:
        rest = Span(labelled.start("rest"), labelled.end("rest"))
        return _date_and_time(text, rest, whole=False) is not None
    bare = BARE_DATE_LINE.match(text, start, end)
    if bare is None or end - start > 70:
        return False
    rest = _without_read_time(text, Span(bare.start("rest"), bare.end("rest")))
    return _date_and_time(text, rest, whole=True) is not None


def is_label_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a publication label alone on its line, over the
    date line it labels ("UPDATED" / "Mar 11, 2024, 07:09 PM", The Straits Times)."""
    return LABEL_ALONE.match(text, start, end) is not None


def is_update_segment(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a labelled segment of a dated header line whose day
    may lack its year ("Last Updated: September 17", after "Posted: Sep 17, 2024 4:00
    AM EDT" on CBC's line): a publication label, then words with a number."""
    labelled = PUBLISHED_LINE.match(text, start, end)
    return labelled is not None and DIGIT.search(text, labelled.start("rest"), end) is not None


# A reading time closing a header's date line: "March 15, 2024 10:32 AM 2 min read"
# (the Kyiv Independent), "Jan 5, 2024 · 3 min read".
TRAILING_READ_TIME = re.compile(r"[ ,|•·-]{1,4}\d{1,3}[- ]?min(?:ute)?s?\.?[ ]read\Z", re.I)


# A section closing a header's date line after a dash or a bar: "Sep 5, 2024 - Politics
# & Policy" (Axios).
TRAILING_SECTION = re.compile(r"[ ]?[-–—|•·][ ]?(?P<section>[A-Z][\w&'’ ]{1,40})\Z")


def _without_read_time(text: str, rest: Span) -> Span:
    """``rest`` without a reading time or a known section (data/sections.txt) closing it."""
    m = TRAILING_READ_TIME.search(text, rest.start, rest.end)
    if m is not None:
        return Span(rest.start, m.start())
    m = TRAILING_SECTION.search(text, rest.start, rest.end)
    if m is not None and m.group("section").strip().casefold() in load_set("sections"):
        return Span(rest.start, m.start())
    return rest


def _bare_date_lines(doc: Document, country: str | None = None) -> Iterator[tuple[Span, str]]:
    """The header lines that are a dated day alone (a time and separators allowed), with
    their values: "June 16, 2017 | 10:35 AM", "Fri 10 Jan 2025 09.00 GMT", and "Friday 29
    November 2024 15:38, UK" (the place whose time it is, after a comma)."""
    text = doc.text
    for line in _head_nonblank(doc):
        if line.end - line.start > 70 or DIGIT.search(text, line.start, line.end) is None:
            continue
        m = BARE_DATE_LINE.match(text, line.start, line.end)
        if m is None:
            continue
        rest = _without_read_time(text, Span(m.start("rest"), m.end("rest")))
        value = _date_and_time(text, rest, whole=True, country=country) or _glued_clock(
            text, rest, country
        )
        if value is None:
            place = TRAILING_PLACE.search(text, rest.start, rest.end)
            if place is not None and find_area(place.group("place")) is not None:
                value = _date_and_time(
                    text, Span(rest.start, place.start()), whole=True, country=country
                )
        if value is not None:
            yield doc.shrink(line), value


# A year run together with the clock after it, as text copied from a page prints the
# two lines of its date ("March 4, 2024" over "4:12 PM GMT"): "March 4, 20244:12 PM GMT".
GLUED_CLOCK = re.compile(r"(?<!\d)(?:19|20)\d\d(?P<clock>\d{1,2}:\d\d)")


def _glued_clock(text: str, span: Span, country: str | None = None) -> str | None:
    """The value of a date line whose year and clock run together ("March 4, 20244:12 PM
    GMTUpdated 2 hours ago"): the day before the clock, with the clock's time."""
    glued = GLUED_CLOCK.search(text, span.start, span.end)
    if glued is None:
        return None
    day = _date_and_time(text, Span(span.start, glued.start("clock")), whole=True)
    # read from the clock on (the pattern wants no digit before a time)
    clock = DATE_EXPRESSION.match(text[glued.start("clock") : span.end])
    if day is None or "T" in day or clock is None:
        return day
    times = [
        f.value
        for f in read(clock, day_first=False, ref=None, country=country)
        if f.granularity == "time" and f.value
    ]
    return day + times[0] if times and times[0][0] == "T" else day


# A place after the date and a comma, whose clock the time is: "..., 15:38, UK".
TRAILING_PLACE = re.compile(r",[ ]?(?P<place>[A-Z][A-Za-z .]{1,30})\Z")


def apply(doc: Document, article: Article, ctx: Context) -> None:
    """Store the publication date printed in the text, if any."""
    if article.published is None:
        article.published = find_published(doc, article, ctx)


def claim_header_dates(doc: Document, article: Article, ctx: Context) -> None:
    """The date lines of the header ("Published: ...", "Updated 2 hours ago", a date
    alone) leave the paragraphs, before the dateline is looked for under them."""
    for span in header_date_lines(doc):
        doc.claim(span, WHO)


def header_date_lines(doc: Document) -> tuple[Span, ...]:
    """The labelled publication lines and the bare date lines of the header: they
    date the article, so their dates are no mentions and they are no paragraphs. Read
    once per document (the header_dates and dates stages both ask)."""
    return doc.derived(_header_date_lines)


def _header_date_lines(doc: Document) -> tuple[Span, ...]:
    return (
        *published_lines(doc),
        *(label for label, _, _ in _stacked_labels(doc)),
        *(span for span, _ in _bare_date_lines(doc)),
        *(span for span, _ in _date_segments(doc)),
        *_relative_date_lines(doc),
    )


# The longest header line read as a relative date: "Yesterday, 11:58 PM ET".
MAX_RELATIVE_LINE = 40
# The groups of the date pattern a relative header date is made of, and those of
# which it needs one: a day word ("Today, 3:42 pm", "Yesterday"); a time alone ("10
# p.m.") heads an entry of a running story, not the article.
RELATIVE_PARTS = ("day_word", "clock", "ampm", "wd")
RELATIVE_NEEDS = ("day_word",)


def _relative_date_lines(doc: Document) -> Iterator[Span]:
    """The header lines that are a relative day and time alone ("Today, 3:42 pm",
    "Yesterday"): they date the article without a year, so ``published`` stays None,
    but they are no paragraphs."""
    text = doc.text
    for line in _head_nonblank(doc):
        line = doc.shrink(line)
        if len(line) > MAX_RELATIVE_LINE or not line.end > line.start:
            continue
        parts = _date_parts(text, line)
        if parts and any(p in RELATIVE_NEEDS for p in parts):
            yield line


def _date_parts(text: str, line: Span) -> list[str]:
    """The kinds of the date expressions that, with filler, make up ``line`` (relative
    kinds only); empty when anything else stands in it."""
    parts: list[str] = []
    for m in _date_tokens(text, line.start, line.end) or ():
        kind = next((g for g in RELATIVE_PARTS if m.group(g) is not None), None)
        if kind is None:
            return []
        parts.append(kind)
    return parts


def _date_tokens(text: str, start: int, end: int) -> list[re.Match[str]] | None:
    """The date expressions that, with filler between them, make up ``text[start:end]``;
    None when anything else stands there (read token by token, so a line that is no
    date fails on its first word)."""
    found: list[re.Match[str]] = []
    pos = start
    while pos < end:
        filler = FILLER.match(text, pos, end)
        pos = end if filler is None else filler.end()
        if pos >= end:
            break
        m = DATE_EXPRESSION.match(text, pos, end)
        if m is None or m.end() == pos:
            return None
        found.append(m)
        pos = m.end()
    return found
