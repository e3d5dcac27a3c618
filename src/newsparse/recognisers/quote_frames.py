"""Speakers of quotes whose cue verb is not in the cue list, found from the punctuation.

A quote that ends with a comma, question or exclamation mark inside its marks
is followed by its speaker and cue whatever the verb; a colon before a quote
introduces it, and so does a sentence that ends with its speech cue::

    “People are afraid of wasting their votes,” he surmised.    cue "surmised"
    “Really?” asked O’Donnell.                                  cue "asked"
    Wallnau continues: “God has given this man ...”              cue "continues"
    Trump: “We will win.”                                        cue ":"
    “We are working hard.” -Commissioner Geoffrey Starks         cue "-"
    Dianne Bystrom agreed. “Republicans are running out of time.”  cue "agreed"
"""

from __future__ import annotations

import bisect
import re

from ..article import Attribution, Quote
from ..document import Document, Span
from ..lexicon import load_set
from .content_bounds import QUOTE_MARK
from .cues import cue_lexicon
from .quotes import is_embedded_title, is_title
from .speakers import people_nouns, sentence_subject, source_before

# Right after a closing mark: "he surmised" / "Mr. Garin quipped" / "laughed Smith".
SPEAKER_AFTER_QUOTE = re.compile(
    r"""
    [ \t\u00a0]{0,2}
    (?:
        (?P<source>he|she|they|I|we|[A-Z][\w.'’-]{1,30}(?:[ ][A-Z][\w.'’-]{1,30}){0,3})
        [ ](?P<cue>[a-z]{3,20}(?:ed|s))           # he surmised / Smith quips
      | (?P<cue_first>[a-z]{3,20}ed)              # laughed Smith
        [ ](?P<source_after>(?:he|she|[A-Z][\w.'’-]{1,30}(?:[ ][A-Z][\w.'’-]{1,30}){0,3}))
    )
    (?=[\s.,;:])
    """,
    re.VERBOSE,
)
# A dash and a name right after a closing mark: "“...” -Commissioner Geoffrey Starks" /
# "“...” — Sen. Jane Doe, R-Texas". The name ends the line or meets a comma.
SPEAKER_AFTER_DASH = re.compile(
    r"""
    [ \t\u00a0]{0,2}(?:\n[ \t\u00a0]*){0,2}    # on the same line, or alone on the next
    (?P<cue>[-–—―])
    [ \t\u00a0]{0,2}
    (?P<source>[A-Z][\w.'’-]{0,30}
        (?:[ ](?:[A-Z][\w.'’-]{0,30}|of|the|de|al|van|von
                |[a-z]{2,15}(?=[ ][A-Z])    # a job before the name: "Opposition leader Keir"
        )){0,7})
    [ \t\u00a0]*(?=,|\n|$)
    """,
    re.VERBOSE,
)
# A name that ends with an abbreviation's period: "Jr." / "J.B." / "Sen.".
ABBREVIATION_END = re.compile(r"(?:\b[A-Z][a-z]{0,2}|\.[A-Z])\.\Z")
# The word before a colon that introduces a quote: "Wallnau continues:" / "he wrote:";
# a whole lower-case word, never the tail of a name ("Jon Cohen:" has the colon as cue).
VERB_BEFORE_COLON = re.compile(r"(?<![\w’'.-])(?P<cue>[a-z]{3,20})[ \t\u00a0]{0,2}$")
# A sentence that opens with its cue and names its source before the colon: "Said one
# advertising executive:", "Added Smith:" (a capitalised form, then at most eight words).
INVERTED_INTRO = re.compile(
    r"(?P<cue>[A-Z][a-z]{2,12})[ \t\u00a0]+(?P<source>[^\s:,][^:,\n]{0,80}?)[ \t\u00a0]*"
)


# The rest of one clause after its subject, up to a phrase before a colon: a verb in
# lower case first, no comma, semicolon or dash ("visited the office to encourage staffers
# with ").
ONE_CLAUSE = re.compile(r"[ \t\u00a0]+[a-z][^,;:—–()\n“”\"]*")


def _opening_cue(word: str) -> bool:
    """Whether a capitalised word opening a sentence is a cue that its source follows
    ("Said", "Added", "Wrote"); "Asked" opens a question put to someone."""
    form = cue_lexicon().forms.get(word.casefold())
    return form is not None and form[0] in INVERTED_LEMMAS


# The lemmas of cues printed before their source and a colon.
INVERTED_LEMMAS = frozenset({"say", "add", "write", "explain", "note", "declare", "tweet"})


def _ends_a_source(word: str) -> bool:
    """Whether a lower-case word before a colon is a job, a noun of people or of a body,
    the end of a source ("a spokesman:", "a spokesman for the ministry:"), not its verb
    ("Wallnau continues:")."""
    return (
        word in load_set("titles")
        or word in people_nouns()
        or word in load_set("organisation_words")
    )


# Verbs ending in -s or -ed that are not cues after a quote ("“No,” he insisted" is one,
# "“No,” Democrats includes" is none).
NOT_CUES = frozenset({"was", "has", "does", "is", "its", "this", "his", "needed", "used"})


def _phrase_before_any_verb(text: str, start: int, verb: str) -> bool:
    """Whether a quotation opening at ``start`` continues a phrase of its sentence, a word
    right before its mark, and the verb after its speaker is no cue form: the quotation
    is a name or a title inside the clause, no words said ("A self-described ''geeky
    kid,'' Mr. Cruz changed his name", "In ''Hail, Caesar!,'' Mr. Brolin gets into the
    spirit"; "the rally, “Denver,” he answered" and "it was “wrong,” he insisted" keep
    their speaker)."""
    pos = start - 1
    while pos >= 0 and text[pos] in " \t\u00a0":
        pos -= 1
    return (
        pos >= 0
        and pos < start - 1  # a space between: a word of the sentence, not a mark
        and text[pos].isalpha()
        and verb.casefold() not in cue_lexicon().forms
    )


def find_punctuation_frames(
    doc: Document, quotes: list[Quote], indices: list[int], sentences: list[Span]
) -> list[Attribution]:
    """Attributions for quotes of one paragraph by punctuation alone."""
    text = doc.text
    out: list[Attribution] = []
    starts = [s.start for s in sentences]
    for qi in indices:
        q = quotes[qi]
        if is_title(doc, q):
            continue  # "Speaking on ABC’s “This Week,” Carson admitted ...": a show's name
        outer = q.outer or q.span
        last = text[q.span.end - 1] if len(q.span) else ""
        if last in ",?!" and outer.end > q.span.end and not is_embedded_title(doc, q):
            # (not "star of television’s “Scandal,” thanked Obama": a show's name)
            m = SPEAKER_AFTER_QUOTE.match(text, outer.end)
            if m is not None:
                cue_group = "cue" if m.group("cue") else "cue_first"
                source_group = "source" if m.group("source") else "source_after"
                if m.group(cue_group) not in NOT_CUES and not _phrase_before_any_verb(
                    text, outer.start, m.group(cue_group)
                ):
                    out.append(
                        Attribution(
                            Span(m.start(source_group), m.end(source_group)),
                            Span(m.start(cue_group), m.end(cue_group)),
                            outer,
                            True,
                            rule="punctuation-after",
                        )
                    )
                    continue
        dash = SPEAKER_AFTER_DASH.match(text, outer.end) or _closing_signature(
            text, outer.end, sentences[-1].end if sentences else outer.end
        )
        if dash is not None:
            source_end = dash.end("source")
            if text[source_end - 1] == "." and not ABBREVIATION_END.search(
                text, source_end - 5, source_end
            ):
                source_end -= 1  # "- Clinton.": the period ends the line, not the name
            out.append(
                Attribution(
                    Span(dash.start("source"), source_end),
                    Span(dash.start("cue"), dash.end("cue")),
                    outer,
                    True,
                    rule="dash",
                )
            )
            continue
        colon = outer.start - 1
        while colon >= 0 and outer.start - colon < 4 and text[colon] in " \t\u00a0":
            colon -= 1
        if colon >= 0 and text[colon] == ".":
            found = _bare_cue_before(doc, colon, outer, sentences, starts)
            if found is not None:
                out.append(found)
            continue
        if colon < 0 or text[colon] != ":":
            continue
        at = bisect.bisect_right(starts, colon) - 1
        start = sentences[at].start if at >= 0 and colon < sentences[at].end else colon
        inverted = INVERTED_INTRO.fullmatch(text, start, colon)
        verb = VERB_BEFORE_COLON.search(text, max(start, colon - 30), colon)
        if verb is not None and _ends_a_source(verb.group("cue")):
            verb = None  # "one advertising executive:": the job ends the source
        src: Span | None
        if inverted is not None and _opening_cue(inverted.group("cue")):
            # "Said one advertising executive: “...”": the cue opens the sentence
            cue = Span(inverted.start("cue"), inverted.end("cue"))
            src = Span(inverted.start("source"), inverted.end("source"))
        elif verb is not None:
            cue = Span(verb.start("cue"), verb.end("cue"))
            src = source_before(doc, start, cue.start)
        else:
            cue = Span(colon, colon + 1)
            src = source_before(doc, start, colon)
        if src is not None and CREDITED_TITLE.search(text, max(0, src.start - 8), src.start):
            continue  # "“The Living Room to close,” by Times' Ben Sisario: “...”": an excerpt
        if src is not None and src.start > start and text[src.start].islower():
            # (a name before the colon says it: "More from Jones:")
            subject = sentence_subject(doc, start, src.start)
            if (
                subject is not None
                and subject.end < src.start
                and ONE_CLAUSE.fullmatch(text, subject.end, src.start) is not None
            ):
                # "Ms. Warren visited ... to encourage staffers with [a simple] message:",
                # "Trump listed an NBC show as [his guilty] pleasure:": a phrase inside the
                # clause; the clause's subject says it
                src = subject
        if src is not None:
            out.append(Attribution(src, cue, outer, True, rule="colon"))
    return out


# The credit of a story's quoted title right before a colon's source: "“Met accused of
# whitewashing baby Jesus,” by [Post's Kathianne Boniello]: “A Manhattan man ...”". A
# digest of links quotes the opening of each story after its title and author; the
# excerpt is the story's own text, which no one is reported to have said.
CREDITED_TITLE = re.compile(r"[,”\"'’][ \t\u00a0]?by[ \t\u00a0]\Z")


def _closing_signature(text: str, after: int, end: int) -> re.Match[str] | None:
    """A dash and a name after the last closing mark of the paragraph, when the quote at
    ``after`` was cut short by a mark inside it: "“... what he calls “hell” than live
    here.” ― Adriana Rodarte" signs the words before "hell" too."""
    last = max(text.rfind("”", after, end), text.rfind('"', after, end))
    if last < 0:
        return None
    m = SPEAKER_AFTER_DASH.match(text, last + 1)
    return m if m is not None and not text[m.end() : end].strip(" .\t\u00a0") else None


# A verb that ends its sentence right before a quotation: "Dianne Bystrom agreed."
VERB_BEFORE_PERIOD = re.compile(r"(?<![\w’'.-])(?P<cue>[a-z]{3,20})\Z")


def _bare_cue_before(
    doc: Document, period: int, outer: Span, sentences: list[Span], starts: list[int]
) -> Attribution | None:
    """ "Dianne Bystrom agreed. “Mainstream Republicans are running out of time.”": a
    sentence that ends with its speech cue, no quotation of its own, introduces the quote
    after it."""
    text = doc.text
    verb = VERB_BEFORE_PERIOD.search(text, max(0, period - 21), period)
    if verb is None:
        return None
    entry = cue_lexicon().forms.get(verb.group("cue"))
    if entry is None or entry[1] != "speech":
        return None
    at = bisect.bisect_right(starts, verb.start()) - 1
    start = sentences[at].start if at >= 0 else verb.start()
    if (
        QUOTE_MARK.search(text, max(0, start - 3), verb.start())
        or "," in text[start : verb.start()]
    ):
        # “A,” he said. “B.” / “A?” Sanders replied. “B.” / A, Schiff said. “B.”: the quote
        # goes on the earlier statement
        return None
    cue = Span(verb.start("cue"), verb.end("cue"))
    src = source_before(doc, start, cue.start)
    if src is None:
        return None
    return Attribution(src, cue, outer, True, rule="cue-before-quote")
