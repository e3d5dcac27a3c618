"""Page furniture: labels and counters a page prints between paragraphs.

Shared by the HTML extraction and the plain-text block classification (text
pasted from a page carries them too): ``Advertisement``, ``Caption``, ``Image 1
of 5``, ``3 min read``. No markup library is needed to tell them.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import alternation, load_list, load_set
from .patterns import WORD, author_name

# A gallery counter: "Image 1 of 5", "1 of 6", "Slide 2 / 9" (a lone number may be a
# table cell, so it is not one).
COUNTER = re.compile(
    r"(?:(?:image|photo|picture|slide)s?\s{1,2})?\d{1,3}\s{0,2}(?:of|/)\s{0,2}\d{1,3}\Z", re.I
)
# A reading time: "3 min read", "5-minute read", "Reading Time:3 minutes", or "3 min"
# alone on its line (France 24's header).
READING_TIME = re.compile(
    r"""(?:\d{1,3}[- ]?min(?:ute)?s?\.?(?:[ ]read)?
      |(?:reading[ ]time|tempo[ ]de[ ]leitura|tiempo[ ]de[ ]lectura|temps[ ]de[ ]lecture
         |lesezeit|tempo[ ]di[ ]lettura)                     # Portuguese, Spanish, ...
       [ ]?:?[ ]?\d{1,3}[ ]?(?:min(?:ute|uto|uti|uten)?s?|minutos)\.?)\Z""",
    re.I | re.X,
)
# A page's notice of an article's age over its headline: "This article is more than 1
# year old" (The Guardian), "This article is over 2 months old".
AGE_NOTICE = re.compile(
    r"this[ ]article[ ]is[ ](?:more[ ]than|over)[ ]\d{1,2}[ ](?:years?|months?|days?)[ ]old\Z",
    re.I,
)
# The show a radio story was heard on, under its headline (NPR): "Heard on Morning
# Edition", "Heard on All Things Considered" (up to five capitalised words).
HEARD_ON = re.compile(
    r"(?:As[ ])?[Hh]eard[ ]on[ ][A-Z][\w'’&]*(?:[ ](?:[A-Z&][\w'’]*|of|the)){0,4}\Z"
)
# Punctuation a label may end with: "More:", "Filed under |", "Read more…".
LABEL_TAIL = " :|.…»›>-–—"
# The longest text read as a label.
MAX_LABEL_CHARS = 40


# The longest line read as a pitch to the reader.
MAX_PITCH_WORDS = 60


@cache
def reader_pitch() -> re.Pattern[str]:
    """A phrase that addresses the reader, not the story: "sign up for", "telegram
    channel", "become a member" (data/reader_pitches.txt)."""
    return re.compile(alternation(load_list("reader_pitches")), re.I)


def is_reader_pitch(text: str) -> bool:
    """A page's pitch to its reader ("Sign up for push alerts and have the news
    delivered to your phone", "Join ST's Telegram channel ... delivered to you"): short,
    it holds a pitch's phrase and speaks to the reader (data/reader_words.txt)."""
    if len(text.split()) > MAX_PITCH_WORDS or reader_pitch().search(text) is None:
        return False
    reader = load_set("reader_words")
    # "Us" and "Please" open a sentence; "US" is the country
    return any(
        w.group() in reader or (w.group().istitle() and w.group().casefold() in reader)
        for w in WORD.finditer(text)
    )


@cache
def author_tagline() -> re.Pattern[str]:
    """An author's tagline: a name, a verb of the writer's beat (data/bio_verbs.txt) or
    "is a" and a job (data/bio_jobs.txt), then "for" and the outlet: "Tasha Brenner
    covers education for the Courier", "Jane Doe is a staff writer for The Times"."""
    verbs = alternation(load_list("bio_verbs"))
    jobs = alternation(load_list("bio_jobs"))
    return re.compile(
        rf"""
        {author_name("1,2")}[ ]                                         # Tasha Brenner
        (?:{verbs}|is[ ](?:a|an|the)[ ](?:[\w-]{{1,30}}[ ]){{0,3}}?{jobs})  # covers / is a writer
        [ ](?:[^.\n]{{1,60}}?[ ])?for[ ](?:the[ ])?[A-Z]                  # ... for the Courier
        """,
        re.X,
    )


def is_author_tagline(text: str) -> bool:
    """A short block that opens with an author's tagline ("Tasha Brenner covers education
    for the Courier. Contact her at 555-0142 or tbrenner@courier.com.")."""
    return len(text.split()) <= MAX_PITCH_WORDS and author_tagline().match(text) is not None


def is_furniture(text: str) -> bool:
    """A label or counter, not a paragraph: "Advertisement", "Caption", "Image 1 of 5",
    "3 min read", "This article is more than 1 year old", "Heard on Morning Edition"
    (labels from data/page_furniture.txt)."""
    if len(text) > MAX_LABEL_CHARS:
        return False
    stripped = text.strip()
    if stripped.rstrip(LABEL_TAIL).casefold() in load_set("page_furniture"):
        return True
    return (
        COUNTER.match(stripped) is not None
        or READING_TIME.match(stripped) is not None
        or AGE_NOTICE.match(stripped) is not None
        or HEARD_ON.match(stripped) is not None
    )


# Most labels of a run printed on one line: "Share Post Share", "Share Tweet Email".
MAX_RUN_LABELS = 8


def is_furniture_run(text: str) -> bool:
    """Labels printed one after another and nothing else: share buttons stacked a line
    each ("Share\nPost\nShare") or run on one line ("Share Post Share"), two at least."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) > 1:
        return all(is_furniture(line) for line in lines)
    words = text.split()
    labels = load_set("page_furniture")
    return 1 < len(words) <= MAX_RUN_LABELS and all(
        w.rstrip(LABEL_TAIL).casefold() in labels for w in words
    )


# A label and a colon (or bar) opening a line that links elsewhere: "READ MORE: ...",
# "Related: ...", "WATCH | ...", "Topic:Weather" (the link glued to its label).
LINK_LABEL = re.compile(r"(?P<label>[A-Za-z][A-Za-z' ]{1,30}?)[ ]?[:|»›][ ]?(?=\w)")
# A label that opens a caption, not a link: "Caption: ...", "Image caption: ...".
CAPTION_LABEL = re.compile(r"(?:(?:image|photo|picture|video)[ ])?caption", re.I)
# The longest line read as a link to another story.
MAX_LINK_CHARS = 200


def is_link_line(text: str) -> bool:
    """A line that points to another story: a furniture label ("Read more", "Related",
    "Watch") and a colon, then a title: "READ MORE: Floods hit the coast"."""
    if len(text) > MAX_LINK_CHARS or "\n" in text:
        return False
    m = LINK_LABEL.match(text.strip())
    if m is None or CAPTION_LABEL.fullmatch(m.group("label")):
        return False  # "Caption: ..." opens a picture's caption
    return m.group("label").casefold() in load_set("page_furniture")


# The longest line read as a picture's credit alone.
MAX_CREDIT_LINE_CHARS = 60


@cache
def credit_line() -> re.Pattern[str]:
    """A line that is a picture credit alone: "Getty Images", "AFP via Getty Images",
    "EPA-EFE/REX/Shutterstock" (BBC pages print it over the caption), "Michael Conroy,
    AP". The group ``by`` holds what stands before the agency."""
    agencies = alternation(load_list("photo_agencies"))
    return re.compile(
        rf"""
        (?P<by>[A-Z][\w.&'’-]*(?:[ ][A-Z][\w.&'’-]*){{0,5}}(?:[ ]via[ ]|/|,[ ]))?   # AFP via / Jane Doe,
        (?:{agencies})
        (?:/[A-Z][\w.&'’ -]{{0,40}}){{0,3}}                                # /REX/Shutterstock
        """,
        re.VERBOSE | re.IGNORECASE,
    )


def is_photo_credit(text: str) -> bool:
    """A block that is a picture's credit alone, with the photographer or the first
    holder before the agency ("Michael Conroy, AP", "Registry via AP", "Jupiterimages,
    Getty Images/Creatas RF"): no paragraph. An agency alone may sign a story off."""
    printed = text.strip()
    if len(printed) > MAX_CREDIT_LINE_CHARS or NOT_A_HOLDER.match(printed):
        return False
    m = credit_line().fullmatch(printed)
    return m is not None and m.group("by") is not None


# What opens a line that is no picture's credit alone: a byline ("By Jane Doe,
# Reuters"), a credit's label ("Image source, Getty Images").
NOT_A_HOLDER = re.compile(r"(?:by|(?:image|photo|picture|video)[ ](?:source|credit))\b", re.I)
