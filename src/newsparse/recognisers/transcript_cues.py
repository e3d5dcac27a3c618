"""Interview transcripts: a paragraph opened by a speaker label and a colon.

The label is the source, the colon the cue and the rest of the paragraph the
content. "Q" and "A" are labels wherever they open a paragraph; a label in
capitals ("FALLIN", "MR. TRUMP"), or a surname in title case that a name printed
before ends ("Renfro" after "Gary Renfro"), only when two paragraphs or more of the
article open with one, so that a lone "UPDATE:" or "WASHINGTON:" is not read
as a speaker (``data/transcript_non_speakers.txt`` lists the usual ones). A full name
in title case printed before ("Luciana Lopez") labels a turn of a transcript whose
surnames label turns too ("Luciana Lopez: ..." / "Lopez: ..."), as PolNeAR marks them.

Examples (content in brackets)::

    Q: [Did the immigration service take care of you?]
    A: [No, no one did.]
    FALLIN: [Well, I think the whole nation needs to work together.]
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..article import Attribution
from ..document import Document, Span
from ..lexicon import load_set
from .content_bounds import trim_end

# One word of a name in title case: "Lopez", "McCain", "O’Brien", "Seitz-Wald".
NAME_WORD = r"[A-Z][a-z'’]{0,20}(?:-?[A-Z][a-z'’]{1,20})?"
# A speaker label at a paragraph start: "Q: " / "A: " / "FALLIN: " / "MR. TRUMP: ", after
# the opening mark of a quoted transcript too ("\"WALLACE: ...").
LABEL = re.compile(
    rf"""
    [“"]?
    (?P<label>
        [QA]                                             # question / answer
      | [A-Z][A-Z.'’-]{{1,30}}(?:[ ][A-Z][A-Z.'’-]{{1,30}}){{0,2}}   # FALLIN / SEN. JOHN SMITH
      | [A-Z][a-z'’-]{{1,30}}                              # Renfro (a surname named before)
      | (?P<full>{NAME_WORD}(?:[ ]{NAME_WORD}){{1,2}})       # Luciana Lopez (a full name)
    )
    (?P<colon>:)[ \t\u00a0]+(?=\S)
    """,
    re.VERBOSE,
)
# A paragraph of a transcript that no speaker says: a stage direction in brackets or an
# elision mark alone ("(BEGIN VIDEO CLIP.)", "[Crosstalk]", "….", "...").
NOT_SPEECH = re.compile(r"\s*(?:[(\[]|[.…]+\s*\Z)")
# The word that opens a letter's salutation, the label of an addressee and no speaker:
# "DEAR ABBY: My husband ...", "DEAR CONCERNED SISTER: If you ...".
SALUTATION = "DEAR "
# Paragraphs of a transcript with capitalised labels: at least this many.
MIN_LABELS = 2


@cache
def _non_speakers() -> frozenset[str]:
    return load_set("transcript_non_speakers")


def find_transcript_attributions(doc: Document, paragraphs: list[Span]) -> list[Attribution]:
    """The labelled paragraphs of a transcript, in text order."""
    text = doc.text
    found: list[tuple[re.Match[str], Span, int]] = []
    surname_named: dict[str, bool] = {}  # a surname label -> named before its first use
    printed: dict[str, int] = {}  # a full-name label -> where it is first printed, not as one
    for index, para in enumerate(paragraphs):
        m = LABEL.match(text, para.start, para.end)
        if m is None or m.group("label").casefold() in _non_speakers():
            continue
        if m.group("label").startswith(SALUTATION):
            continue  # "DEAR ABBY: My husband ...": a letter names whom it addresses
        label = m.group("label")
        speaks = text[m.end() : m.end() + 1].isalpha()  # words after the colon, not "41%"
        if m.group("full") is not None:
            if label not in printed:
                printed[label] = _first_printed(text, label)  # once per label: linear
            if not (speaks and 0 <= printed[label] <= para.start - len(label)):
                continue  # "New Hampshire: 41%": a full name must be one printed before
        elif _in_title_case(m):
            if label not in surname_named:
                surname_named[label] = _named_before(text, label, para.start)  # once per label
            if not (speaks and surname_named[label]):
                continue  # "Watch: ...", "Clinton: 547": a title-case label must be a
                # surname named before, and speak words
        found.append((m, para, index))
    # a surname labels a transcript when it opens two paragraphs or more, with the full
    # names it ends ("Luciana Lopez: ..." / "Lopez: ..."); "Thunder: Host the Lakers on
    # Friday" once is a schedule
    surnames = Counter(_surname(m) for m, _, _ in found if _in_title_case(m))
    found = [
        f
        for f in found
        if not _in_title_case(f[0]) or f[0].group("full") or surnames[_surname(f[0])] >= MIN_LABELS
    ]
    # full names label the turns of a transcript that surnames label ("Chris Matthews: ..."
    # / "Matthews: ..."), not a list of places ("New Hampshire: Tim Albrecht, ...")
    if not any(_in_title_case(m) and m.group("full") is None for m, _, _ in found):
        found = [f for f in found if f[0].group("full") is None]
    named = sum(1 for m, _, _ in found if len(m.group("label")) > 1)
    out: list[Attribution] = []
    for turn, (m, para, index) in enumerate(found):
        if len(m.group("label")) > 1 and named < MIN_LABELS:
            continue
        if turn + 1 < len(found):
            # A turn runs on over the paragraphs before the next label, up to a stage
            # direction ("(BEGIN VIDEO CLIP.)") or an elision mark ("….").
            for following in paragraphs[index + 1 : found[turn + 1][2]]:
                if NOT_SPEECH.match(text, following.start, following.end):
                    break
                para = Span(para.start, following.end)
        end = trim_end(doc, m.end(), para.end)
        if end - m.end() < 2:
            continue
        out.append(
            Attribution(
                Span(m.start("label"), m.end("label")),
                Span(m.start("colon"), m.end("colon")),
                Span(m.end(), end),
                False,
                rule="transcript",
            )
        )
    return out


def _in_title_case(m: re.Match[str]) -> bool:
    """Whether a label is a name in title case ("Renfro", "Luciana Lopez")."""
    return m.group("full") is not None or m.group("label")[1:].islower()


def _surname(m: re.Match[str]) -> str:
    """The last word of a label ("Lopez" of "Luciana Lopez")."""
    return m.group("label").rsplit(" ", 1)[-1]


def _first_printed(text: str, name: str) -> int:
    """Where ``name`` is first printed in a sentence, not as a label ("MSNBC's Alex
    Seitz-Wald and ..." before "Alex Seitz-Wald: ..."), or -1. A full-name label is read
    only after such a place; the search runs once per name, so that a long run of labels
    is read in linear time."""
    at = text.find(name)
    while at >= 0 and text.startswith(":", at + len(name)):
        at = text.find(name, at + len(name))
    return at


def _named_before(text: str, surname: str, end: int) -> bool:
    """Whether ``surname`` ends a name printed before ``end``: "Hospital CEO Gary [Renfro]
    says ..." before "Renfro: We cut services."; a word printed after "the" is a body's
    ("the Thunder")."""
    if text.find("the " + surname) >= 0:
        return False
    at = text.find(" " + surname, 0, end)
    while at > 0:
        after = at + 1 + len(surname)
        if (after >= len(text) or not text[after].isalnum()) and NAME_BEFORE.search(
            text, max(0, at - 30), at
        ):
            return True
        at = text.find(" " + surname, after, end)
    return False


# A capitalised given name right before a surname: "Gary[ ]Renfro".
NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\Z")
