"""The byline line: who wrote the story and for whom.

    By Jane Doe                              -> ["Jane Doe"]
    By Jane Doe and John Roe, Reuters        -> ["Jane Doe", "John Roe"], "Reuters"
        by Janie Gabbett, Reuters            -> (Reuters-21578: indented, before the dateline)
    By JANE DOE, Associated Press Writer     -> ["JANE DOE"], "Associated Press"
    Jane Doe | AP                            -> ["Jane Doe"], "AP"
    By Jane Doe in Kabul                     -> ["Jane Doe"]
    By Reuters Staff                         -> [], "Reuters"

Authors are people only; outlets and job titles go to the affiliation or are
dropped, and a doubtful name list gives no author at all. The byline line leaves
the paragraphs (block kind ``byline``, or a claim when it shares its block).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import islice

from ..article import Article, Byline
from ..document import Document, Span
from ..lexicon import load_list, load_set, load_table
from ..patterns import BY_DASH_DATE, BY_ON_DATE, byline_tail, segment_separators
from ..pipeline import Context
from .dateline import match_dateline
from .lines import block_lines, is_whole_block, overlaps_claim
from .name_lookups import may_be_given_name
from .names import is_person_name, split_names
from .places import canonical_agency, find_area, find_city
from .published import is_date_line, is_date_text, is_label_alone, is_update_segment

WHO = "byline"

# The longest line read as a byline, and how many lines from the top are looked at.
MAX_BYLINE_CHARS = 200
HEADER_LINES = 10
# Lower-case words that may stand inside an outlet's name: "Voice of America".
OUTLET_GLUE = frozenset({"of", "the", "and", "&", "for", "de"})

# "By ..." lines: the rest of the line is names, then optionally ", affiliation".
#   By Jane Doe / by Janie Gabbett, Reuters / BY TED D'AFFLISIO, REUTERS / By: Jane Doe
BY_LINE = re.compile(
    r"""
    [ \t]{0,12}
    (?P<by>(?:Story|Words|Text|Live[ ](?:updates|coverage))[ ]by|By|BY|by)(?::[ ]?|[ ]{1,3})
    # By / Story by (MSN) / Live updates by (a live blog)
    (?P<rest>[A-Z][^\n]{1,190}?)
    [ \t.]{0,4}
    """,
    re.VERBOSE,
)

# What opens a "By" line (the cheap test before the patterns): "By", "by", "Story by",
# "Live updates by".
BY_LEAD = re.compile(
    r"[ \t]{0,12}(?:By|BY|by|(?:Story|Words|Text|Live[ ](?:updates|coverage))[ ]by)[ :]"
)

# "Names | Outlet" lines: Jane Doe | AP / Jane Doe and John Roe | Reuters
PIPE_LINE = re.compile(
    r"""
    [ \t]{0,12}
    (?P<rest>[A-Z][^\n|]{1,120}?)
    [ ]{0,3}\|[ ]{0,3}
    (?P<outlet>[A-Z][^\n|]{0,60}?)
    [ \t]{0,4}
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class BylineMatch:
    span: Span  # the byline as printed, trimmed
    authors: tuple[Span, ...]
    affiliation: str | None


@cache
def _job_words() -> frozenset[str]:
    return load_set("byline_job_words")


@cache
def _non_names() -> frozenset[str]:
    return load_set("byline_non_names")


def _affiliation(printed: str) -> str | None:
    """``Associated Press Writer`` -> ``Associated Press``; ``Staff`` -> None;
    ``HT Correspondent, New Delhi`` -> ``HT`` (the place where the writer sits dropped);
    ``Ap National Political Writer`` -> ``AP`` (an agency, then its desk and a job);
    ``Detroit News wire services`` -> ``Detroit News`` (the wires it drew on dropped)."""
    outlet, comma, place = printed.rpartition(",")
    if comma and (find_city(place.strip(" .")) or find_area(place.strip(" ."))):
        printed = outlet
    words = printed.strip(" .,").split()
    if canonical_agency(" ".join(words)) is not None:
        return " ".join(words)  # "Business Insider", "CNN Business": an outlet's whole name
    agency = _agency_before_desk(words)
    if agency is not None:
        return agency
    jobs = _job_words()
    while words and words[-1].casefold().strip(",.") in jobs:
        words.pop()
    while words and words[0].casefold().strip(",.") in jobs:
        words.pop(0)
    for wire in _wire_words():
        if len(words) > len(wire) and [w.casefold() for w in words[-len(wire) :]] == wire:
            del words[-len(wire) :]
            break
    return " ".join(words) or None


def affiliation_of(printed: str) -> str | None:
    """The outlet named by the printed words after a byline's names (job words, desk
    words and the place the writer sits dropped), or None when only a job is left."""
    affiliation = _affiliation(printed)
    if affiliation is not None and all(
        w.casefold() in _job_words() or w.casefold() in _desks() for w in affiliation.split()
    ):
        return None
    return affiliation


# Most words of an agency's name that opens an affiliation ("Associated Press").
MAX_AGENCY_WORDS = 3


def _agency_before_desk(words: list[str]) -> str | None:
    """The agency opening ``words`` when every word after it is a desk or job word
    ("Ap Auto Writer", "CNN Editor-at-large"), printed in the agency's own case when
    a page title-cases an acronym ("Ap" -> "AP"); None otherwise."""
    desk_or_job = _desks() | _job_words()
    for count in range(min(MAX_AGENCY_WORDS, len(words) - 1), 0, -1):
        head = " ".join(words[:count])
        if canonical_agency(head) is None:
            continue
        if all(w.casefold() in desk_or_job for w in words[count:]):
            return _acronyms().get(head.casefold(), head)
        return None
    return None


@cache
def _acronyms() -> dict[str, str]:
    """Agencies of agencies.tsv printed as an acronym ("AP", "AFP"), by case-folded form."""
    printed = (r["printed"] for r in load_table("agencies"))
    return {p.casefold(): p for p in printed if p.isupper() and " " not in p}


@cache
def _wire_words() -> tuple[list[str], ...]:
    """The phrases of wire_words.txt as case-folded word lists, longest first."""
    phrases = sorted(load_list("wire_words"), key=lambda w: -len(w.split()))
    return tuple(w.casefold().split() for w in phrases)


def _is_outlet_words(text: str, start: int, end: int) -> bool:
    """Capitalised words holding an outlet or staff word: ``Reuters Staff``, ``MEE
    staff``, ``The Hindu Bureau`` (a staff word may be printed in lower case), or an
    outlet's whole name: ``FRANCE 24``."""
    words = text[start:end].split()
    non_names = _non_names()
    if not words or len(words) > 6 or not words[0][:1].isupper():
        return False
    if canonical_agency(" ".join(words)) is not None:
        return True  # "By FRANCE 24": an outlet of agencies.tsv, digits and all
    folded = [w.casefold().strip(".,") for w in words]
    if not all(w[:1].isupper() or f in non_names for w, f in zip(words, folded, strict=True)):
        return False
    return any(f in non_names for f in folded)


# What joins the names of a byline to the outlet that wrote with them: "and", "with".
OUTLET_JOIN = re.compile(r"[ ](?:and|with)[ ]")


def _outlet_after_and(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the last " and " or " with " of a byline stands, when the words after it
    are an outlet or a desk ("Agencies", "TOI staff", "AP"); None otherwise."""
    joins = list(OUTLET_JOIN.finditer(text, start, end))
    if not joins or joins[-1].start() == start:
        return None
    at, after = joins[-1].span()
    printed = text[after:end].strip()
    if "," in printed:
        return None  # "By Jane Doe and John Roe, Reuters": names, then the outlet
    if canonical_agency(printed) is None and _name_before_agency(text, after, end):
        return None  # "By DANICA KIRKA and JILL LAWLESS Associated Press": a second name
    if (
        canonical_agency(printed) is None
        and printed.casefold() not in _non_names()  # "and agencies"
        and not _is_outlet_words(text, after, end)
    ):
        return None
    return at, after


# " for " and the outlet a byline's writers wrote for, closing it: "... FOR MAILONLINE",
# "... for The Guardian", "... For Dailymail.Com" (capitalised words, four at most).
FOR_OUTLET = re.compile(
    r"[ ](?:for|FOR|For)[ ](?P<outlet>[A-Z][\w.&'’-]*(?:[ ](?:[A-Z][\w.&'’-]*|of|the)){0,3})[ .]*$"
)


def _outlet_after_for(text: str, start: int, end: int) -> re.Match[str] | None:
    """ " for " and the outlet closing ``text[start:end]``, or None."""
    at = text.find(" ", start, end)
    if at < 0:
        return None
    return FOR_OUTLET.search(text, at, end)


def _name_before_agency(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a person's name, then an agency's ("JILL LAWLESS Associated
    Press")."""
    words = text[start:end].split()
    for count in range(min(MAX_AGENCY_WORDS, len(words) - 2), 0, -1):
        if canonical_agency(" ".join(words[-count:])) is not None:
            return is_person_name(" ".join(words[:-count]))
    return False


def read_names(text: str, start: int, end: int) -> tuple[tuple[Span, ...], str | None] | None:
    """Authors and affiliation of ``text[start:end]`` (after "By"), or None if not a byline."""
    if canonical_agency(text[start:end].strip()) is not None:
        return (), text[start:end].strip()  # "By Deutsche Welle": an outlet, not a name
    written_for = _outlet_after_for(text, start, end)
    if written_for is not None:
        # "By JAMES HARTLEY FOR MAILONLINE", "By Jane Doe for The Guardian": the names,
        # then the outlet they wrote for
        names = split_names(text, start, written_for.start())
        if names and names[-1].end == written_for.start():
            return tuple(names), written_for.group("outlet")
    joined = _outlet_after_and(text, start, end)
    if joined is not None:
        # "By Emanuel Fabian and Agencies", "by Martin Fornusek and The Kyiv Independent
        # news desk", "By Jane Doe with AP": the names, then the outlet that wrote with them.
        before, after = joined
        outlet = _affiliation(text[after:end]) or text[after:end].strip()
        if _is_outlet_words(text, start, before) or canonical_agency(text[start:before]):
            # "By AFP and TOI staff", "By TOI staff and agencies", "By Euronews with AP":
            # no person
            return (), _affiliation(text[start:before]) or outlet
        names = split_names(text, start, before)
        if names:
            return tuple(names), outlet
    # Comma-separated parts: leading parts are names, the rest is the affiliation.
    parts: list[tuple[int, int]] = []
    pos = start
    while True:
        comma = text.find(",", pos, end)
        if comma < 0:
            parts.append((pos, end))
            break
        parts.append((pos, comma))
        pos = comma + 1
    # "By Brad Schade Reuters", "By MARY SMITH Associated Press": an agency closing the
    # names without a comma (its last one, two or three words).
    if len(parts) == 1:
        for count in (3, 2, 1):
            words = text[start:end].rsplit(" ", count)
            if len(words) != count + 1:
                continue
            agency = " ".join(words[1:])
            if canonical_agency(agency) is not None:
                names = split_names(text, start, end - len(agency) - 1)
                if names:
                    return tuple(names), agency
    authors: list[Span] = []
    used = 0
    for s, e in parts:
        names = split_names(text, s, e)
        if not names:
            break
        authors.extend(names)
        used += 1
    if used == 0:
        # "By Reuters Staff": an outlet, no author; "PTI, Washington": an agency and the
        # place it wrote from.
        if _is_outlet_words(text, start, end) or canonical_agency(text[start : parts[0][1]]):
            return (), _affiliation(text[start:end])
        return None
    rest = text[parts[used][0] : end].strip(" ,") if used < len(parts) else ""
    if not rest:
        return tuple(authors), None
    if all(w.casefold() in _job_words() or w.casefold() in _desks() for w in rest.split()):
        return tuple(authors), None  # "By Chris Mason, Political editor": a job, no outlet
    job = rest.split()
    if job[-1].casefold() in _job_words() and _is_place_beat(job[:-1]):
        return tuple(authors), None  # "By Helen Pidd, North of England editor"
    # What follows the names must read as an outlet or title: capitalised words
    # ("Reuters", "Associated Press Writer"), not a running sentence.
    if not all(w[:1].isupper() or w in OUTLET_GLUE for w in rest.split()):
        return None
    affiliation = _affiliation(rest)
    if affiliation is not None and affiliation != rest.strip(" .") and _is_beat(affiliation):
        return tuple(authors), None  # "Senior China Correspondent": a job, no outlet
    return tuple(authors), affiliation


# A compass point and "of" before a place: "North of England", "South-west of France".
COMPASS_OF = re.compile(r"(?:North|South|East|West)(?:-?(?:east|west))?[ ]of[ ]", re.IGNORECASE)


def _is_place_beat(words: list[str]) -> bool:
    """Whether the words before a job word name the place a writer covers: "Scotland"
    ("Scotland editor"), "North of England"."""
    if not words:
        return False
    phrase = " ".join(words)
    compass = COMPASS_OF.match(phrase)
    if compass is not None:
        phrase = phrase[compass.end() :]
    return bool(phrase) and (find_area(phrase) is not None or find_city(phrase) is not None)


def _is_beat(printed: str) -> bool:
    """What a job word left of a title is the writer's beat, no outlet: a place ("China",
    "Washington") or a section's name ("Middle East")."""
    return (
        find_area(printed) is not None
        or find_city(printed) is not None
        or printed.casefold() in load_set("sections")
    )


# A byline with no "By": a name, then a desk and a job ("Damian Carrington Environment
# editor", "Chris Mason, Political editor"); a word at most of each kind per token.
NAME_JOB_LINE = re.compile(r"[ \t]{0,12}(?P<rest>[A-Z][\w.'’-]*(?:,?[ ][\w.'’-]+){2,7})[ \t]*")


@cache
def _desks() -> frozenset[str]:
    return load_set("byline_desks")


@cache
def _job_endings() -> tuple[str, ...]:
    """The jobs that close a byline printed without "By" ("... Environment editor"): the
    job words that are no desk word."""
    return tuple(sorted(_job_words() - _desks()))


def _name_and_job(text: str, start: int, end: int) -> BylineMatch | None:
    """A byline printed as a name and a job, without "By": the name is two or three
    words, and every word after it a desk word ending in a job word."""
    words = list(re.finditer(r"[^\s,]+", text[start:end]))
    if len(words) < 3 or words[-1].group().casefold() not in _job_endings():
        return None
    if BY_LEAD.match(text, start, end):
        return None  # a "By" line that read as none: no name and job either
    desks = _desks()
    for count in (2, 3):
        job = words[count:]
        if not job or not (
            all(w.group().casefold() in desks for w in job[:-1])
            or _is_place_beat([w.group() for w in job[:-1]])
        ):
            continue
        name_end = start + words[count - 1].end()
        names = split_names(text, start, name_end)
        if len(names) == 1:
            return BylineMatch(Span(start, end), (names[0],), None)
    return None


def _by_line(text: str, pos: int, endpos: int) -> BylineMatch | None:
    """A "By ..." byline filling ``text[pos:endpos]``, or None."""
    m = BY_LINE.fullmatch(text, pos, endpos)
    if m is None:
        return None
    read = read_names(text, m.start("rest"), m.end("rest"))
    if read is None:
        return None
    return BylineMatch(Span(m.start("by"), m.end("rest")), read[0], read[1])


# An outlet's desk, a slash or a bar, then a "By" line: "ABC Southern Queensland / By
# Sarah McKenzie" (ABC News).
DESK_THEN_BY = re.compile(r"[ \t]*(?P<desk>[A-Z][\w&.'’ -]{1,60}?)[ ]?[/|][ ]?(?=[Bb]y[ ])")


def match_byline(text: str, pos: int, endpos: int) -> BylineMatch | None:
    """The byline filling the line ``text[pos:endpos]``, or None."""
    if endpos - pos > MAX_BYLINE_CHARS:
        return None
    found = _by_line(text, pos, endpos)
    if found is None and (desk := DESK_THEN_BY.match(text, pos, endpos)) is not None:
        # "ABC Southern Queensland / By Sarah McKenzie": the desk, then the byline
        by = _by_line(text, desk.end(), endpos)
        if by is not None and by.authors and by.affiliation is None:
            return BylineMatch(Span(pos, by.span.end), by.authors, desk.group("desk").strip())
    if found is None and BY_LEAD.match(text, pos, endpos):
        # "By Jane Doe | Published Dec. 3, 2024": the byline is the first segment.
        separators = segment_separators(text, pos, endpos)
        if separators:
            found = _by_line(text, pos, separators[0].start())
        elif (on := BY_ON_DATE.fullmatch(text, pos, endpos)) is not None and is_date_text(
            text, on.start("date"), endpos
        ):
            # "By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.": the names
            # before the date.
            found = _by_line(text, pos, on.start("date") - len(" on "))
        elif (dash := BY_DASH_DATE.fullmatch(text, pos, endpos)) is not None and is_date_text(
            text, dash.start("date"), endpos
        ):
            # "by Rachel Frazin - 02/07/24 6:00 AM ET": the names before the dash.
            found = _by_line(text, pos, dash.start("date") - len(" - "))
        elif (tail := byline_tail().search(text, pos, endpos)) is not None and is_date_text(
            text, tail.start(), endpos
        ):
            # "By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT",
            # "by Laura Winter 19 Nov 2019 05:44 GMT": the names before the date.
            found = _by_line(text, pos, trim_back(text, pos, tail.start()))
    if found is not None:
        return found
    dated = _dated_segments(text, pos, endpos)
    if dated is not None:
        return dated
    m = PIPE_LINE.fullmatch(text, pos, endpos)
    if m is not None:
        names = split_names(text, m.start("rest"), m.end("rest"))
        if not names:
            return None
        span = Span(m.start("rest"), m.end("outlet"))
        more = _names_after_bar(text, m.start("outlet"), m.end("outlet"))
        if more:
            return BylineMatch(span, (*names, *more), None)
        return BylineMatch(span, tuple(names), m.group("outlet"))
    m = NAME_JOB_LINE.fullmatch(text, pos, endpos)
    if m is not None:
        return _name_and_job(text, m.start("rest"), m.end("rest"))
    return None


# A capitalised participle, no given name: "Fighting", "Breaking", "Rising".
PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}ing")
# Where a writer is, right after a name: " in Kyiv", " in Jerusalem".
WRITER_PLACE = re.compile(r"[ ]in[ ](?P<place>[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,2})")


def _names_in_places(text: str, start: int, end: int) -> BylineMatch | None:
    """A byline of names each followed by a place, without "By" ("Dan Sabbagh in Kyiv",
    "Jason Burke in Jerusalem and Sufian Taha in Gaza"): every name a person's
    whose first word may be a given name, every place a known city or area."""
    names = split_names(text, start, end)
    if not names:
        return None
    for name in names:
        place = WRITER_PLACE.match(text, name.end, end)
        if place is None or (
            find_city(place.group("place")) is None and find_area(place.group("place")) is None
        ):
            return None
        given = text[name.start : name.end].split()[0]
        if not may_be_given_name(given) or PARTICIPLE.fullmatch(given):
            return None  # "Fighting Rages in Kyiv": a heading in capitals, no writer
    return BylineMatch(Span(start, end), tuple(names), None)


def trim_back(text: str, start: int, end: int, chars: str = " ,") -> int:
    """``end`` moved left over ``chars`` (spaces and commas), not before ``start``."""
    while end > start and text[end - 1] in chars:
        end -= 1
    return end


def _names_after_bar(text: str, start: int, end: int) -> list[Span]:
    """The people after a byline's bar when it parts authors, not an author and an
    outlet ("Jane Doe | Tom Allinson"); empty for an outlet ("Jane Doe | AP")."""
    printed = text[start:end]
    if canonical_agency(printed) is not None or printed.casefold() in load_set("media_outlets"):
        return []
    names = split_names(text, start, end, strip_places=False)
    return names if names and names[-1].end == end else []


def _dated_segments(text: str, pos: int, endpos: int) -> BylineMatch | None:
    """A header line of segments: names, an outlet perhaps, then dates ("Jane Doe | AP |
    Dec. 3, 2024", "Islamuddin Sajid  |03.12.2024 - Update : 03.12.2024"). The dates
    are no affiliation; the byline is the names (and outlet) before them."""
    bounds = [pos]
    for separator in segment_separators(text, pos, endpos):
        bounds.extend((separator.start(), separator.end()))
    bounds.append(endpos)
    segments = list(zip(bounds[::2], bounds[1::2], strict=True))
    dated = False
    while len(segments) > 1 and (
        is_date_text(text, *segments[-1]) or is_update_segment(text, *segments[-1])
    ):
        # "Posted: Sep 17, 2024 4:00 AM EDT | Last Updated: September 17": an update
        # label's day may lack its year when a full date stands beside it
        dated = dated or is_date_text(text, *segments[-1])
        segments.pop()
    if not dated:
        return None
    if len(segments) > MAX_NAMED_SEGMENTS:
        return None
    names = split_names(text, *segments[0])
    if not names or names[-1].end != segments[0][1]:
        if not _is_outlet_words(text, *segments[0]):
            return None
        # "TOI News Desk / TIMESOFINDIA.COM / Updated: ...": a desk of the outlet, no author
        desk = _affiliation(text[segments[0][0] : segments[0][1]])
        return BylineMatch(Span(segments[0][0], segments[-1][1]), (), desk)
    affiliation: str | None = None
    if len(segments) == 2:
        outlet = PIPE_OUTLET.fullmatch(text, *segments[1])
        if outlet is None:
            return None
        affiliation = outlet.group()
    return BylineMatch(Span(segments[0][0], segments[-1][1]), tuple(names), affiliation)


# The segments of a dated header line before its dates: the names, and an outlet.
MAX_NAMED_SEGMENTS = 2
# An outlet segment of a header line: capitalised, short ("AP", "Reuters").
PIPE_OUTLET = re.compile(r"[A-Z][^\n|•·]{0,60}")


def _name_over_job(text: str, name: tuple[int, int], job: tuple[int, int]) -> BylineMatch | None:
    """A byline printed as a name line over a job line: desk words ending in a job
    ("Political Correspondent", "Staff Writer")."""
    # "Political reporter @alixculbertson": a handle after the job names nobody
    words = [w for w in text[job[0] : job[1]].split() if not w.startswith("@")]
    if not words or len(words) > MAX_JOB_LINE_WORDS:
        return None
    if words[-1].casefold() not in _job_endings():
        return None
    if not all(w.casefold() in _desks() or w.casefold() in _job_words() for w in words):
        return None
    names = split_names(text, name[0], name[1])
    if len(names) != 1 or names[0] != Span(name[0], name[1]):
        return None
    return BylineMatch(Span(name[0], job[1]), (names[0],), None)


# Most words of a job line under a byline's name ("Senior Political Correspondent").
MAX_JOB_LINE_WORDS = 5


def find_byline(doc: Document) -> tuple[BylineMatch, int, Span] | None:
    """The byline among the first lines of the text, with its block index and line."""
    seen = 0
    text = doc.text
    for index, block in enumerate(doc.blocks):
        if block.kind not in ("body", "unknown"):
            continue
        lines = list(islice(block_lines(doc, index), 2))
        if len(lines) == 2:
            # "Jane Doe" over "Political Correspondent": a block that opens with a name
            # and a job.
            two = _name_over_job(text, lines[0], lines[1])
            if two is not None and not overlaps_claim(doc, two.span.start, two.span.end):
                return two, index, two.span
        for number, (start, end) in enumerate(block_lines(doc, index)):
            seen += 1
            if seen > HEADER_LINES:
                return None
            # A byline is a line of its own, or a line of the header block, or opens a
            # block; never the middle of a wrapped paragraph ("by Commerce Secretary...").
            if not (number == 0 or index == 0) and not is_whole_block(doc, index, start, end):
                # ... but a name alone between the header's date lines, in their block
                # ("Updated 14 November 2024" / "NADA HAMEED" / "November 14, 2024 00:28")
                lone = _name_between_dates(doc, start, end)
                if lone is not None:
                    return lone, index, lone.span
                continue
            if overlaps_claim(doc, start, end):
                continue
            lone = _lone_header_line(doc, start, end)
            if lone is not None:
                return lone, index, lone.span
            if (
                not BY_LEAD.match(text, start, end)
                and not segment_separators(text, start, end)
                and not text[start:end].rstrip().casefold().endswith(_job_endings())
            ):
                continue
            found = match_byline(text, start, end)
            if found is not None and found.affiliation is None and found.authors:
                outlet = _outlet_line_after(doc, start)
                if outlet is not None:
                    # "By Jane Smith" over "BBC News, Kyiv": the outlet's line is the
                    # byline's affiliation
                    name = _outlet_name(doc.text_of(outlet))
                    span = Span(found.span.start, outlet.end)
                    return BylineMatch(span, found.authors, name), index, Span(start, outlet.end)
            if found is not None:
                return found, index, Span(start, end)
    return None


# The longest line read as a byline without "By": a name or an outlet alone.
MAX_LONE_CHARS = 60
# A line that may be a name or an outlet alone: letters, spaces, and the marks of names.
LONE_LINE = re.compile(r"[A-Z][\w .,'’-]{1,59}")


def _lone_header_line(doc: Document, start: int, end: int) -> BylineMatch | None:
    """A byline printed without "By" on a line of its own in the header, next to the
    header's date line: one person's name ("Deirdre Walsh" over or under "December 20,
    2024, 11:58 PM ET") or an outlet's name ("Rudaw" over "09-12-2024")."""
    text = doc.text
    if end - start > MAX_LONE_CHARS or LONE_LINE.fullmatch(text, start, end) is None:
        return None
    if BY_LEAD.match(text, start, end):
        return None  # a "By" line is read as one, never as a name alone
    printed = text[start:end]
    agency = canonical_agency(printed)
    if agency is not None and _over_dateline(doc, start):
        return BylineMatch(Span(start, end), (), printed)  # "Kurdistan24" / "ERBIL (...) -"
    outlet = _outlet_line_after(doc, start)
    if outlet is not None and agency is None and is_person_name(printed):
        # "David Gritten" over "BBC News": a name over its outlet, both lines the byline
        return BylineMatch(Span(start, outlet.end), (Span(start, end),), doc.text_of(outlet))
    if any(c.isdigit() for c in printed) or not _next_to_date_line(doc, start):
        return None
    if agency is not None:
        return BylineMatch(Span(start, end), (), printed)
    named = _name_and_job(text, start, end) or _names_in_places(text, start, end)
    if named is not None:
        # "Peter Walker Political correspondent": a name, then the job; "Dan Sabbagh in
        # Kyiv": a name, then where the writer is
        return named
    if _is_outlet_words(text, start, end) and printed.casefold() not in load_set("sections"):
        # "MEE staff", "The Hindu Bureau", "Web Desk": a desk of the outlet, no author
        return BylineMatch(Span(start, end), (), _affiliation(printed))
    if find_city(printed) is not None or find_area(printed) is not None:
        return None  # a place ("ISTANBUL"), not a person
    if printed.casefold() in load_set("sections"):
        return None
    if not is_person_name(printed):
        names = _people_alone(text, start, end)
        return None if names is None else BylineMatch(Span(start, end), names, None)
    return BylineMatch(Span(start, end), (Span(start, end),), None)


def _people_alone(text: str, start: int, end: int) -> tuple[Span, ...] | None:
    """Two people's names or more, and nothing else, filling ``text[start:end]`` ("Hans
    Wexler, Priya Raman", Axios; "Jane Doe and John Roe"), each a person's with a first
    word that may be a given name; None otherwise."""
    names = split_names(text, start, end, strip_places=False)
    if len(names) < 2 or names[0].start != start or names[-1].end != end:
        return None
    for name in names:
        printed = text[name.start : name.end]
        if not is_person_name(printed) or not may_be_given_name(printed.split()[0]):
            return None
    return tuple(names)


def _name_between_dates(doc: Document, start: int, end: int) -> BylineMatch | None:
    """A person's name alone on a line inside a block of the header, with a header date
    line right before it or right after it: the byline."""
    if overlaps_claim(doc, start, end) or not _next_to_date_line(doc, start):
        return None
    found = _lone_header_line(doc, start, end)
    if found is None or len(found.authors) != 1 or found.span != Span(start, end):
        return None
    return found


def _outlet_line_after(doc: Document, start: int) -> Span | None:
    """The line right after the line at ``start``, when it is an outlet's name alone or
    with its place ("BBC News", "Reuters", "BBC News, Kyiv") with no blank line between
    them, and the story goes on after it (a last line "Reuter" signs a story off)."""
    k = doc.line_at(start) + 1
    if k >= len(doc.lines):
        return None
    line = doc.shrink(doc.lines[k])
    if not line.end > line.start or canonical_agency(_outlet_name(doc.text_of(line))) is None:
        return None
    _, comma, place = doc.text_of(line).partition(", ")
    if comma and not (find_city(place) or find_area(place)):
        return None  # "Reuters, which ...": no outlet and its place
    if NON_SPACE.search(doc.text, line.end) is None:
        return None
    return line


def _outlet_name(line: str) -> str:
    """The outlet of an outlet's line: "BBC News" of "BBC News, Kyiv" (its place after a
    comma, as the BBC prints it)."""
    return line.partition(", ")[0]


# Any character that is not white space: the story goes on.
NON_SPACE = re.compile(r"\S")


def _over_dateline(doc: Document, start: int) -> bool:
    """The next non-blank line after the line at ``start`` opens with a dateline."""
    lines = doc.lines
    k = doc.line_at(start) + 1
    while k < len(lines) and not doc.text[lines[k].start : lines[k].end].strip():
        k += 1
    if k >= len(lines):
        return False
    line = doc.shrink(lines[k])
    return match_dateline(doc.text, line.start, line.end) is not None


def _next_to_date_line(doc: Document, start: int) -> bool:
    """The non-blank line before or after the line at ``start`` is a header date line,
    or a publication label alone over one ("Rachel Ong" / "UPDATED" / "Mar 11, 2024,
    07:09 PM", The Straits Times)."""
    number = doc.line_at(start)
    for step in (-1, 1):
        k = _non_blank_line(doc, number + step, step)
        if k is None:
            continue
        line = doc.shrink(doc.lines[k])
        if is_date_line(doc, line):
            return True
        if step == 1 and is_label_alone(doc.text, line.start, line.end):
            after = _non_blank_line(doc, k + 1, step)
            if after is not None and is_date_line(doc, doc.shrink(doc.lines[after])):
                return True
    return False


def _non_blank_line(doc: Document, k: int, step: int) -> int | None:
    """The index of the first non-blank line from line ``k`` on, going by ``step``."""
    lines = doc.lines
    while 0 <= k < len(lines) and not doc.text[lines[k].start : lines[k].end].strip():
        k += step
    return k if 0 <= k < len(lines) else None


def apply(doc: Document, article: Article, ctx: Context) -> None:
    """Store the byline; its line leaves the paragraphs."""
    found = find_byline(doc)
    if found is None:
        return
    match, index, line = found
    article.byline = Byline(
        span=match.span,
        authors=tuple(doc.text_of(a) for a in match.authors),
        affiliation=match.affiliation,
    )
    block = doc.blocks[index]
    if block.span == line:
        block.kind = "byline"
    else:
        doc.claim(line, WHO)
