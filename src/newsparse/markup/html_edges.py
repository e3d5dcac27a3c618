"""The edges of a page's body: furniture printed before the first and after the last paragraph.

The body container of a saved page often holds more than the article. After it::

    Have a tip? Jane Doe may be reached at jdoe@example.com.   <- a pitch to the reader
    Follow Newsbeat on Instagram, Facebook and Twitter.       <- a follow-us line
    jane.doe@example.com  twitter.com/janedoe                 <- contact lines
    Jane Doe (jane@example.com) is the editor of The Review.  <- the author's bio
    <h3>Popular on IndieWire</h3>                             <- the next widget's heading
    Related Roundup: MacBook Pro                              <- a label of other stories
    More AP NBA: https://apnews.com/NBA                       <- a label and addresses
    <div>More Great Stories</div><ul><li><a>...</a></li></ul> <- a list of links under a head

and before it::

    November 20, 2019 - 11:28 AMT                             <- a date line, any zone
    05/10/2018 - Publicado por: Ana Lima - Categoria: Saúde   <- a meta line (and the
                                                                 headline copy above it)
    By Jane Doe on Monday, November 18th, 2019 at 11:04 a.m.  <- a byline with its date

Only the runs at either end are dropped: the same words in mid-article are text.
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import alternation, load_list, load_set, load_table
from ..patterns import BY_ON_DATE, author_name
from .html_body import HEADING_TAGS, TextBlock
from .html_page import PrintedCaption, clean_credit
from .nodes import tag_name

# The longest paragraph read as a pitch, a follow-us line or a bio: longer is article text.
MAX_PITCH_WORDS = 60
MAX_BIO_WORDS = 120  # press-release boilerplate ("Acme is a leading provider of ...") runs long
# The longest line read as a widget's head over a list of links ("More Great WIRED Stories").
MAX_HEAD_WORDS = 8
# The longest block read as a date line, a meta line or a headline copy above a meta line.
MAX_DATE_LINE_WORDS = 12
MAX_META_LINE_WORDS = 40
MAX_LEAD_COPY_WORDS = 25
# How many leading blocks may be header furniture.
LEAD_BLOCKS = 3

# A follow-us sentence: "Follow Newsbeat on Instagram", "Follow him on Twitter @jdoe",
# "Follow AP's full coverage of Brexit at https://...", "Follow @BGRDeals on Twitter".
# Capital F at a sentence start: "urged fans to follow him on Twitter" is a story's.
FOLLOW_US = re.compile(
    r"""
    (?:\A|[.!?][ ])Follow[ ]
    (?:[^\s.!?]{1,40}[ ]){0,10}?               # whom: "The New York Times Opinion section"
    (?:(?:on|at|via)[ ]
       (?:(?i:twitter|facebook|instagram|youtube|linkedin|tiktok|snapchat|pinterest)
         |https?://|www\.|@\w)                # on Twitter, at https://...
     |@\w)                                    # @jdoe
    """,
    re.X,
)
# An "email her at ..." sentence: "Email Tariq Malik at tmalik@space.com".
EMAIL_US = re.compile(
    r"(?:\A|[.!?][ ])(?i:e-?mail|contact|reach)[ ][^@\n]{1,60}?[ ]at[ ][\w.+-]{1,64}@"
)
# One contact item: an email address, a social profile's address, a @handle.
_CONTACT = r"""(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}
  |(?:https?://)?(?:www\.)?(?i:twitter|facebook|instagram|linkedin)\.com/[\w.@-]{1,60}
  |@\w{1,30})"""
# A line of contact items alone: "paul.takahashi@chron.com", "twitter.com/paultakahashi".
CONTACT_LINE = re.compile(
    rf"{_CONTACT}(?:(?:[ ]?[,|/•·][ ]?|[ ](?:or|and)[ ]|[ ]){_CONTACT}){{0,4}}\.?", re.X
)
# A bare update stamp closing a story: "Updated at 1:23 p.m.", "Last updated: 20 Nov 2019".
UPDATE_STAMP = re.compile(r"(?i:last[ ])?(?i:updated)(?:[ ](?:at|on))?:?[ ][\w:,. ]{1,40}")
# A label pointing to other stories, with its title: "Related Roundup: MacBook Pro",
# "See also: ...", "More on: Brexit".
RELATED_LABEL = re.compile(
    r"(?i:related|see[ ]also|more[ ]on|more[ ]about)(?:[ ][\w'’-]{1,20}){0,2}[ ]?:[ ]?\S"
)
# A short label and web addresses alone: "More AP NBA: https://apnews.com/NBA and
# https://twitter.com/AP_Sports".
_URL = r"(?:https?://|www\.)[^\s,;]{2,200}"
LABELLED_LINKS = re.compile(
    rf"[\w'’ -]{{1,40}}:[ ]?{_URL}(?:(?:[ ]?,[ ]?|[ ]and[ ]|[ ]or[ ]){_URL}){{0,4}}\.?"
)
# A gallery's range counter: "1 - 5 of 36".
RANGE_COUNTER = re.compile(r"\d{1,3}[ ]?[-–][ ]?\d{1,3}[ ]of[ ]\d{1,4}")
# A picture credit glued to the caption's last sentence by the markup:
# "... in New York.Reuters", "... isn't easy.Kathrin Ziegler/Getty".
GLUED_CREDIT = re.compile(
    r"""(?<=[a-z][.!?])
    (?P<credit>[A-Z][\w&'’-]{0,30}(?:[ ][A-Z][\w&'’-]{0,30}){0,4}
      (?:[ ]?/[ ]?[A-Z][\w&'’-]{0,30}(?:[ ][A-Z][\w&'’-]{0,30}){0,3}){0,2})\Z""",
    re.X,
)
MAX_CAPTION_WORDS = 40  # a longer block with a glued credit is a paragraph


@cache
def reader_pitch() -> re.Pattern[str]:
    """A phrase that addresses the reader, not the story: "sign up for", "may be reached
    at", "letters to the editor" (data/reader_pitches.txt)."""
    return re.compile(alternation(load_list("reader_pitches")), re.I)


@cache
def author_bio() -> re.Pattern[str]:
    """A bio's opening: a name, maybe an address in brackets, "is" and a job within a few
    words: "Jeff Foust (jeff@...) is the editor", "Eric Song is IGN's deal curator"
    (jobs from data/bio_jobs.txt)."""
    jobs = alternation(load_list("bio_jobs"))
    return re.compile(
        rf"""
        {author_name("0,3")}                                            # Jeff Foust
        (?:[ ]\([^()\n]{{1,80}}\))?                                  # (jeff@...)
        [ ]is[ ](?:a|an|the|[A-Z][\w.&-]{{0,30}}(?:'s|’s))[ ]            # is the / is IGN's
        (?:[\w-]{{1,30}}[ ]){{0,4}}?                                   # senior staff
        {jobs}
        """,
        re.X,
    )


def tail_furniture(text: str, block: TextBlock) -> bool:
    """A line closing the body that is no article text (see the module's examples)."""
    stripped = text.strip()
    words = len(stripped.split())
    if block.tag in HEADING_TAGS and "\n" not in text:
        return True  # an article does not end on a heading: the next widget's title
    if words <= MAX_PITCH_WORDS:
        if reader_pitch().search(stripped) or FOLLOW_US.search(stripped):
            return True
        if EMAIL_US.search(stripped) or CONTACT_LINE.fullmatch(stripped):
            return True
        if (
            words <= MAX_HEAD_WORDS
            and any(c.isdigit() for c in stripped)
            and (UPDATE_STAMP.fullmatch(stripped) or RANGE_COUNTER.fullmatch(stripped))
        ):
            return True
        if words <= MAX_HEAD_WORDS and RELATED_LABEL.match(stripped):
            return True
        if LABELLED_LINKS.fullmatch(stripped):
            return True
    return words <= MAX_BIO_WORDS and author_bio().match(stripped) is not None


# A way to reach the writer: an e-mail address or a phone number ("555-0142").
CONTACT = re.compile(
    r"[\w.+-]{1,64}@[\w-]{1,63}\.\w|(?<!\d)(?:\(\d{3}\)[ ]?|\d{3}-)?\d{3}-\d{4}(?!\d)"
)
# Tags a tagline is set in.
ITALIC_TAGS = frozenset({"em", "i"})


def _italic_tagline(text: str, block: TextBlock) -> bool:
    """A closing paragraph set wholly in italics that tells how to reach the writer:
    "<p><em>Tasha Brenner covers education for the Courier. Contact her at 555-0142 or
    tbrenner@...</em></p>", the writer's tagline."""
    if len(text.split()) > MAX_PITCH_WORDS or CONTACT.search(text) is None:
        return False
    owner = block.owner
    children = [c for c in owner if tag_name(c) is not None]
    return (
        len(children) == 1
        and children[0].tag in ITALIC_TAGS
        and not (owner.text or "").strip()
        and not (children[0].tail or "").strip()
    )


def _is_rule(line: str) -> bool:
    """A line of rule characters ("___", "* * *"): the article's own end, kept."""
    return not any(c.isalnum() for c in line.replace("_", ""))


def _link_list_head(kept: list[tuple[str, TextBlock]]) -> int | None:
    """Where a closing list of links starts, with the short head above it ("More Great
    WIRED Stories"), or None: items are ``<li>`` blocks that each hold a link."""
    i = len(kept)
    while i > 0 and kept[i - 1][1].tag == "li" and kept[i - 1][1].link_chars > 0:
        i -= 1
    if i == len(kept) or len(kept) - i < 2 or i == 0:
        return None
    head = kept[i - 1][0].strip()
    if len(head.split()) > MAX_HEAD_WORDS or head.endswith((".", "!", "?", ":", '"', "”")):
        return None
    return i - 1


def trim_tail(paragraphs: list[tuple[str, TextBlock]]) -> list[tuple[str, TextBlock]]:
    """The body less the furniture that closes it (pitches, follow-us and contact lines,
    bios, headings, a headed list of links); a block's closing lines are looked at one
    by one, so a pitch printed under the last paragraph with ``<br>`` goes too."""
    kept = list(paragraphs)
    while kept:
        cut = _link_list_head(kept)
        if cut is not None:
            del kept[cut:]
            continue
        text, block = kept[-1]
        if len(text.split()) <= MAX_BIO_WORDS and author_bio().match(text):
            kept.pop()  # a bio or a company's boilerplate, in lines of its own
            continue
        if _italic_tagline(text, block):
            kept.pop()
            continue
        lines = text.split("\n")
        while lines and not _is_rule(lines[-1]) and tail_furniture(lines[-1], block):
            lines.pop()
        if not lines:
            kept.pop()
            continue
        if len(lines) < len(text.split("\n")):
            kept[-1] = ("\n".join(lines), block)
        break
    return kept


@cache
def _date_words() -> frozenset[str]:
    """Words a date line may hold besides numbers: month and weekday names (English from
    data/date_words.tsv, other languages from data/date_line_words.txt), connectors."""
    english = {
        row["word"]
        for row in load_table("date_words")
        if row["kind"].startswith(("month", "weekday"))
    }
    return frozenset(english) | load_set("date_line_words")


# A word of a date line: letters (with a hyphen: "sexta-feira") or digits.
DATE_LINE_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?|\d+")
# A zone or era abbreviation of unknown kind: "AMT", "IST", "WIB".
ZONE_LIKE = re.compile(r"[A-Z]{2,5}")


def is_any_date_line(text: str) -> bool:
    """A line that is a date and time alone, whatever its language or zone:
    "November 20, 2019 - 11:28 AMT", "sexta-feira, 22 de outubro de 2010 às 20:13". Looser
    than ``recognisers.published.is_date_line``, which must read the date's value: here
    the line only has to be left out of the body."""
    tokens = DATE_LINE_TOKEN.findall(text)
    if not tokens or len(tokens) > MAX_DATE_LINE_WORDS:
        return False
    if sum(t.isdigit() for t in tokens) < 2:
        return False  # "Monday" alone, "May 5" may be a heading; a date line has more
    words = _date_words()
    named = False
    for token in tokens:
        if token.isdigit():
            continue
        if token.casefold() in words:
            named = named or len(token) > 3
            continue
        if ZONE_LIKE.fullmatch(token):
            continue
        return False
    return named or any(len(t) == 4 for t in tokens if t.isdigit())


@cache
def meta_label() -> re.Pattern[str]:
    """A page's meta label and colon: "Publicado por:", "Posted by:", "Categoria:"
    (data/meta_labels.txt)."""
    return re.compile(alternation(load_list("meta_labels")) + r"[ ]?:", re.I)


def is_meta_line(text: str) -> bool:
    """A header line of labelled meta data: "05/10/2018 - Publicado por: Ana Lima -
    Categoria: Saúde - Tags: ..." (two labels, or one opening the line)."""
    if len(text.split()) > MAX_META_LINE_WORDS:
        return False
    found = list(meta_label().finditer(text))
    return len(found) >= 2 or (len(found) == 1 and found[0].start() == 0)


# A widget's count or a separator alone: "1.4K" claps, "27" responses, "--", "·".
COUNTER = re.compile(r"\d{1,3}(?:[.,]\d{1,3})?[KkMm]?|[-\u2013\u2014\u00b7\u2022]{1,3}")
# A reading time, a date may follow: "6 min read·Mar 2, 2024", "4 minute read".
READ_TIME = re.compile(r"\d{1,3}[ ]?min(?:ute)?s?[ ](?i:read|listen)\b[ ·•|,-]{0,3}")


def lead_furniture(text: str) -> bool:
    """A header line opening the body: a date line, a meta line, a dated byline, a
    reading time, a widget's count ("6 min read·Mar 2, 2024", "1.4K")."""
    if is_any_date_line(text) or is_meta_line(text) or COUNTER.fullmatch(text.strip()):
        return True
    read = READ_TIME.match(text.strip())
    if read is not None:
        rest = text.strip()[read.end() :]
        return not rest or is_any_date_line(rest)
    m = BY_ON_DATE.fullmatch(text.strip())
    return m is not None and is_any_date_line(m.group("date"))


def _lead_pitch(text: str) -> bool:
    """A first block that pitches a newsletter or a social account, not the story."""
    stripped = text.strip()
    if "\n" in stripped or len(stripped.split()) > MAX_PITCH_WORDS:
        return False
    return reader_pitch().search(stripped) is not None or FOLLOW_US.search(stripped) is not None


# How many more blocks of header lines may open the body after the first run ("6 min
# read·Mar 2, 2024" then "--", "1.4K" and "27" in blocks of their own on Medium).
MAX_LEAD_RUNS = 6


def trim_lead(paragraphs: list[tuple[str, TextBlock]]) -> list[tuple[str, TextBlock]]:
    """The body less the header lines that open it. A meta line's header is dropped with
    it: what stands above it (a copy of the headline) is header too, when short."""
    kept = _trim_lead_run(list(paragraphs))
    for _ in range(MAX_LEAD_RUNS):  # more header blocks under the first run
        if not kept or not all(lead_furniture(line) for line in kept[0][0].split("\n")):
            break
        kept = kept[1:]
    return kept


def _trim_lead_run(kept: list[tuple[str, TextBlock]]) -> list[tuple[str, TextBlock]]:
    for index in range(min(LEAD_BLOCKS, len(kept))):
        text, block = kept[index]
        lines = text.split("\n")
        cut = 0
        while cut < len(lines) and lead_furniture(lines[cut]):
            cut += 1
        if cut == 0 and index == 0 and _lead_pitch(text):
            return kept[1:]  # "Welcome to X Daily Deals ... Follow us at Twitter @x"
        if cut == 0:
            continue
        above = kept[:index]
        if any(len(t.split()) > MAX_LEAD_COPY_WORDS for t, _ in above):
            return kept  # prose above: the line is in the story
        rest = "\n".join(lines[cut:])
        return ([(rest, block)] if rest else []) + kept[index + 1 :]
    return kept


def glued_caption(text: str) -> PrintedCaption | None:
    """A short block ending in a glued credit: "The WeWork logo in New York.Reuters"."""
    if "\n" in text or len(text.split()) > MAX_CAPTION_WORDS:
        return None
    m = GLUED_CREDIT.search(text)
    if m is None:
        return None
    return PrintedCaption(text, m.start("credit"), clean_credit(m.group("credit")))
