"""Direct quotations: pair the quotation marks of each body paragraph.

Examples of what is found (the quote is the text between the marks)::

    “We will win,” he said.                       full
    He called it “a disaster” on Monday.          partial
    ''It is over,'' Mr. Garin said.               full (NYT two-apostrophe marks)
    “The first paragraph of a long statement      block (no closing mark; the
    “The second paragraph, closed at last.”       next paragraph reopens)

Apostrophes (don't, Syria’s, the ’90s) never open or close a quote; single
marks count only where :func:`find_quotes` is asked for them (headlines).
Unbalanced marks give a warning, never an exception. Which quotes are kept
(scare quotes and titles nobody says are dropped) is settled by the
attributions stage, which knows the speakers.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import NamedTuple

from ..article import Article, Quote, QuoteKind
from ..document import Document, Span
from ..lexicon import load_set
from ..patterns import ALNUM
from ..pipeline import Context
from .cues import LISTENER_LEMMAS, cue_lexicon

LOGGER = logging.getLogger(__name__)

# One quotation mark token. Every branch opens with a literal character, so the
# regex engine skips the text between marks without trying a match at each position.
DOUBLE_MARK = re.compile(
    r"""
    (?P<mark>
      ''(?!')                       # ''Quote'' : NYT texts print doubles as two apostrophes
    | ‘‘(?!‘) | ’’(?!’)             # ‘‘Quote’’ : the same, curled ("an election.’’ Critically")
    | “ | ” | " | « | » | „ | ‟     # curly, straight, guillemets, low-9
    )
    """,
    re.VERBOSE,
)

# A single closing mark that ends a double quotation by mistake: right after the
# sentence's end mark and before the next sentence ("“Let’s go. We can win.’ Schumer
# was ..."); an apostrophe inside a word never stands there.
SINGLE_CLOSE_OF_DOUBLE = re.compile(r"[.!?,](?P<mark>’)(?=[ \t\u00a0]{1,3}[A-Z“])")

# Single marks, used only for headlines: ‘Quote’ and 'Quote'.
SINGLE_MARK = re.compile(r"(?P<mark>[‘’'‹›])")

OPENERS = frozenset("“«„‟‘‹")
CLOSERS = frozenset("”»’›")
# Characters after which an ambiguous mark opens: "(“"A" / —"B").
OPEN_CONTEXT = frozenset(" \t\n\u00a0([{—–-/:")
# Characters before which an ambiguous mark closes: "A". / "A," / "A")
CLOSE_CONTEXT = frozenset(" \t\n\u00a0.,;:!?)]}—–-…")

MAX_WARNINGS = 5
# A paragraph that opens with more marks than this, fewer than MARK_SPACING characters
# apart on average, is no prose (megabytes of `"`, or of `"a," said `): it is left
# unpaired with a warning. A long paragraph of real quotations (“Line 1,” he said.)
# has its marks about 15 characters apart.
MAX_MARKS = 500
MARK_SPACING = 6


class QuoteMark(NamedTuple):
    """A quotation mark token: where it is and which way it faces (a tuple: one is
    made per mark, and a paragraph can hold hundreds)."""

    start: int
    end: int
    role: str  # "open", "close" or "either"
    glyph: str


def _role(text: str, start: int, end: int, glyph: str, lo: int, hi: int) -> str:
    if glyph in OPENERS:
        if (
            glyph == "“"
            and start > lo
            and text[start - 1] not in OPEN_CONTEXT
            and (end == hi or text[end] in CLOSE_CONTEXT)
        ):
            return "close"  # “It's unusual,“ said ...: a misprinted ” after the words
        return "open"
    if glyph in CLOSERS:
        if (
            glyph == "”"
            and (start == lo or text[start - 1] in OPEN_CONTEXT)
            and text[end : end + 1].isalnum()
        ):
            # ”Fear. I am afraid.” opening a paragraph, "Doing so ”appeared to be": a
            # misprinted “ before the words
            return "open"
        return "close"
    prev = text[start - 1] if start > lo else " "
    nxt = text[end] if end < hi else " "
    opens = prev in OPEN_CONTEXT and not nxt.isspace()
    closes = nxt in CLOSE_CONTEXT and not prev.isspace()
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _single_role(text: str, start: int, glyph: str, lo: int, hi: int) -> str | None:
    """Role of a single mark, or None for an apostrophe (don't, Syria’s, the ’90s)."""
    prev = text[start - 1] if start > lo else " "
    nxt = text[start + 1] if start + 1 < hi else " "
    if glyph in "‘‹" or (glyph == "'" and prev in OPEN_CONTEXT):
        return "open" if nxt.isalnum() or nxt in '“"' else None
    if prev.isspace() or nxt.isalnum():
        return None  # ’90s, don't
    return "close"


def find_marks(
    doc: Document, span: Span, *, singles: bool = False, limit: int | None = None
) -> list[QuoteMark] | None:
    """The quotation marks of ``span`` in order, each with its role.

    None when ``span`` opens with a run of marks rather than prose: more than
    ``limit`` marks, fewer than MARK_SPACING characters apart on average (the
    paragraph is then read no further).
    """
    text = doc.text
    lo, hi = span.start, span.end
    pattern = SINGLE_MARK if singles else DOUBLE_MARK
    if limit is None:
        found = list(pattern.finditer(text, lo, hi))
    else:
        found = list(islice(pattern.finditer(text, lo, hi), limit + 1))
        if len(found) > limit:
            if found[-1].start() - lo < len(found) * MARK_SPACING:
                return None
            found = list(pattern.finditer(text, lo, hi))
    marks: list[QuoteMark] = []
    if singles:
        for m in found:
            start = m.start()
            glyph = m.group()
            role = _single_role(text, start, glyph, lo, hi)
            if role is not None:
                marks.append(QuoteMark(start, m.end(), role, glyph))
        return marks
    for m in found:
        start, end = m.span()
        glyph = m.group()
        marks.append(QuoteMark(start, end, _role(text, start, end, glyph, lo, hi), glyph))
    return marks


@dataclass(frozen=True, slots=True)
class Pairing:
    """Quoted stretches of one paragraph: (open mark, close mark or None when unclosed)."""

    pairs: tuple[tuple[QuoteMark, QuoteMark | None], ...]
    stray_closes: tuple[QuoteMark, ...]


def pair_marks(marks: Iterable[QuoteMark]) -> Pairing:
    """Pair opening and closing marks left to right; an ambiguous mark toggles."""
    pairs: list[tuple[QuoteMark, QuoteMark | None]] = []
    stray: list[QuoteMark] = []
    current: QuoteMark | None = None
    for mark in marks:
        if current is None:
            if mark.role == "close":
                stray.append(mark)
            else:
                current = mark
        elif (
            mark.role == "open"
            and mark.glyph in OPENERS
            and not (current.glyph == "„" and mark.glyph == "“")
        ):
            # “A “B”: the first quote was never closed; the new mark starts over.
            pairs.append((current, None))
            current = mark
        else:
            pairs.append((current, mark))
            current = None
    if current is not None:
        pairs.append((current, None))
    return Pairing(tuple(pairs), tuple(stray))


def _kind(doc: Document, open_mark: QuoteMark, inner: Span, para: Span) -> QuoteKind:
    text = doc.text
    pos = open_mark.start - 1
    while pos >= para.start and text[pos] in " \t\u00a0":
        pos -= 1
    prev = text[pos] if pos >= para.start else ""
    first = text[inner.start] if len(inner) else ""
    if (first.isupper() or first.isdigit() or not first.isalpha()) and not prev.isalnum():
        return "full"
    return "partial"


def _opens_paragraph(doc: Document, para: Span, *, singles: bool = False) -> bool:
    text = doc.text
    if singles:
        return (
            SINGLE_MARK.match(text, para.start, para.end) is not None
            and _single_role(text, para.start, text[para.start], para.start, para.end) == "open"
        )
    return bool(DOUBLE_MARK.match(text, para.start, para.end)) and (
        _role(text, para.start, para.start + 1, text[para.start], para.start, para.end) != "close"
    )


# A markup tag left in a plain text, its attribute values in quotation marks: `<tweet
# id="6721" author="@SkyNews">` (the marks are the markup's, no quotation).
MARKUP_TAG = re.compile(r"""<[A-Za-z][\w-]*(?:\s+[\w-]+=(?:"[^"<>]*"|'[^'<>]*'))+\s*/?>""")


def _markup_tags(text: str) -> list[Span]:
    """The markup tags of ``text`` that have attributes, in order."""
    if "<" not in text:
        return []
    return [Span(*m.span()) for m in MARKUP_TAG.finditer(text)]


def _inside(tags: list[Span], pos: int) -> bool:
    """Whether ``pos`` lies inside one of ``tags`` (in order, never overlapping)."""
    at = bisect.bisect_right(tags, Span(pos, pos)) - 1
    return at >= 0 and pos < tags[at].end


def _single_close(text: str, start: int, end: int) -> int | None:
    """Where a single closing mark ends an unclosed double quotation between ``start`` and
    ``end``: "“Let’s go. We can (hashtag)StopGunViolence.’ Schumer was in ...". None when a
    single opening mark comes first (‘...’ nested inside it) or no such mark stands there."""
    close = SINGLE_CLOSE_OF_DOUBLE.search(text, start, end)
    if close is None or text.find("‘", start, close.start("mark")) >= 0:
        return None
    return close.start("mark")


def find_quotes(
    doc: Document, paragraphs: list[Span], *, singles: bool = False
) -> tuple[list[Quote], list[str]]:
    """Quoted stretches of the given paragraphs, and warnings for unbalanced marks.

    Each quote's span is the text inside its marks, whitespace-trimmed; ``outer``
    holds the marks too. An unclosed quote runs to the end of its paragraph: it is
    a ``block`` quote when the next paragraph opens with a mark again.
    """
    quotes: list[Quote] = []
    problems: list[str] = []
    tags = _markup_tags(doc.text)
    for index, para in enumerate(paragraphs):
        marks = find_marks(doc, para, singles=singles, limit=MAX_MARKS)
        if marks is None:
            problems.append(
                f"quotes: a run of over {MAX_MARKS} quotation marks in the paragraph at "
                f"offset {para.start}, not paired"
            )
            continue
        if tags:
            marks = [m for m in marks if not _inside(tags, m.start)]
        pairing = pair_marks(marks)
        if not singles:  # a single closing mark alone is mostly a plural's apostrophe
            problems.extend(
                f"quotes: closing mark without an opening one at offset {stray.start}"
                for stray in pairing.stray_closes
            )
        pairs = pairing.pairs
        for number, (open_mark, close_mark) in enumerate(pairs):
            # An unclosed quote ends where the next one opens (“A “B”), else with the paragraph:
            # never rescanning the rest of the paragraph per mark, which is quadratic.
            following_open = pairs[number + 1][0].start if number + 1 < len(pairs) else para.end
            end = close_mark.start if close_mark is not None else following_open
            single = None
            if close_mark is None and open_mark.glyph == "“":
                single = _single_close(doc.text, open_mark.end, end)
                if single is not None:
                    end = single
            inner = doc.shrink(Span(open_mark.end, end))
            if not len(inner) or not ALNUM.search(doc.text, inner.start, inner.end):
                continue
            if close_mark is not None:
                close_end = close_mark.end
            elif single is not None:
                close_end = single + 1  # the single mark closes it
            else:
                close_end = inner.end
            outer = Span(open_mark.start, close_end)
            kind: QuoteKind
            if single is not None:
                kind = _kind(doc, open_mark, inner, para)
                problems.append(
                    f"quotes: double quotation closed by a single mark at offset {single}"
                )
            elif close_mark is None:
                following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
                if following is not None and _opens_paragraph(doc, following, singles=singles):
                    kind = "block"
                elif singles:
                    continue  # a single opening mark never closed: a typo ("isn ‘t"), no quote
                else:
                    kind = _kind(doc, open_mark, inner, para)
                    problems.append(f"quotes: unclosed quotation mark at offset {open_mark.start}")
            else:
                kind = _kind(doc, open_mark, inner, para)
            quotes.append(Quote(span=inner, kind=kind, outer=outer))
    if len(problems) > MAX_WARNINGS:
        extra = len(problems) - MAX_WARNINGS
        problems = [*problems[:MAX_WARNINGS], f"quotes: {extra} more unbalanced quotation marks"]
    return quotes, problems


def apply(doc: Document, article: Article, ctx: Context) -> None:
    """Store every quoted stretch of the headline and the body; the attributions stage
    keeps the said ones. Headlines quote with single marks too ("Trump: ‘We will win’"),
    and so does a body that holds no double mark at all (the style of some British
    papers: ‘We will win,’ he said)."""
    paragraphs = article.paragraphs()
    singles = not any(DOUBLE_MARK.search(doc.text, p.start, p.end) for p in paragraphs)
    quotes, problems = find_quotes(doc, paragraphs, singles=singles)
    if not singles and _may_quote_in_singles(doc.text, len(quotes)):
        quotes = _single_quoted_style(doc, paragraphs, quotes)
    head = article.headline
    if head is not None and head.headline is not None:
        quotes = _headline_quotes(doc, head.headline) + quotes
    article.quotes = quotes
    article.warnings.extend(problems)


# Fewest quotes in single marks, outside double ones, that make an article's style.
MIN_SINGLE_STYLE_QUOTES = 2
# Fewest words of a single-quoted stretch counted as speech for the style.
MIN_SPEECH_WORDS = 4


def _may_quote_in_singles(text: str, doubles: int) -> bool:
    """The cheap test before :func:`_single_quoted_style`: enough marks that may open a
    single quote ("‘", or "'" after a space or a line break) to outnumber the double-quoted
    stretches (most stories: a few nested ‘ marks, no second reading)."""
    openings = text.count("‘") + text.count(" '") + text.count("\n'")
    return openings >= MIN_SINGLE_STYLE_QUOTES and openings > doubles // 2


def _single_quoted_style(
    doc: Document, paragraphs: list[Span], doubles: list[Quote]
) -> list[Quote]:
    """The quotes of an article that quotes in single marks and nests double ones inside
    them (the British style: 'She said "am I in trouble?" and I held her hand,' she
    said), when its single-quoted stretches outside double ones outnumber the double-quoted
    ones outside single ones; else ``doubles`` unchanged."""
    singles, _ = find_quotes(doc, paragraphs, singles=True)
    outer_singles = [q for q in singles if not _held(doubles, q)]
    outer_doubles = [d for d in doubles if not _held(outer_singles, d)]
    # speech, not a name or a scare quote: "the bar is ‘Oxy Pure’", "in ‘poor’ category"
    said = [q for q in outer_singles if len(doc.text_of(q.span).split()) >= MIN_SPEECH_WORDS]
    if len(said) < MIN_SINGLE_STYLE_QUOTES or len(said) <= len(outer_doubles):
        return doubles
    return sorted(outer_singles + outer_doubles, key=lambda q: q.span.start)


def _held(quotes: list[Quote], inner: Quote) -> bool:
    """Whether ``inner`` lies inside the marks of one of ``quotes`` (in text order, none
    inside another): the last of them opening at or before it, found by bisection."""
    narrow = inner.outer or inner.span
    at = bisect.bisect_right(quotes, narrow.start, key=lambda q: (q.outer or q.span).start) - 1
    if at < 0:
        return False
    wide = quotes[at].outer or quotes[at].span
    return wide != narrow and wide.contains(narrow)


def _headline_quotes(doc: Document, headline: Span) -> list[Quote]:
    """The quotes of a headline, in double marks or in single ones (never overlapping)."""
    doubles, _ = find_quotes(doc, [headline])
    singles, _ = find_quotes(doc, [headline], singles=True)
    found = doubles + [
        q
        for q in singles
        if not any((q.outer or q.span).overlaps(d.outer or d.span) for d in doubles)
    ]
    return sorted(found, key=lambda q: q.span.start)


# What comes right before a quoted title: "on “The View”", "on NBC's “Meet the Press”",
# "of HBO’s “Real Time”", or a noun or verb of data/title_nouns.txt ("film “Frozen”").
TITLE_BEFORE = re.compile(
    r"""
    (?:\bon\s                                             # on “The View”
     | \b(?:on|of)\s[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)*['’]s?\s  # on ABC's / of HBO’s /
                                                          # on CBS'
     | \b[A-Z]{2,}['’]s?\s                                # told MSNBC’s
     | \b(?P<noun>[a-z]+),?\s(?:of\s)?                   # film / book titled / broadcast of
                                                          # / "his new book, ''Trump and Me''"
    )
    [“"'‘]{1,2}\Z
    """,
    re.VERBOSE,
)
# Words of a title that stay in lower case: "Back to the Future", "Bridge of Spies".
TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "as"}
)
MAX_TITLE_WORDS = 8
MAX_TITLE_CHARS = 80
TITLE_WORD = re.compile(r"[\w’'-]+")


@cache
def _title_nouns() -> frozenset[str]:
    return load_set("title_nouns")


# "so-called" right before a quotation: a scare quote, words nobody is said to have said.
SO_CALLED = re.compile(r"\bso[-‐ ]called[ \t\u00a0]{0,2}\Z", re.IGNORECASE)


def is_scare_quote(doc: Document, quote: Quote) -> bool:
    """Whether "so-called" stands right before the quotation: the so-called “reforms”."""
    outer = quote.outer or quote.span
    lo = max(0, outer.start - 12)
    if "called" not in doc.text[lo : outer.start].lower():
        return False  # most quotations: no "called" before them, no pattern run
    return SO_CALLED.search(doc.text, lo, outer.start) is not None


# A verb of being or having right after a quotation's closing mark, maybe after an
# adverb: “Non-paper” [is] a diplomatic term, “Containment” [has] been U.S. policy,
# “Wild Rose” [is now] available.
VERB_AFTER_MENTION = re.compile(
    r"[”\"'’]{1,3}[ \t\u00a0](?:(?:now|also|still|long|already|not|never)[ \t\u00a0])?"
    r"(?:is|was|are|were|has|had|have|will|would|remains|remained|became|becomes)\b"
)
# Most words of a quoted name or term: “All that Glitters is Not Gold”.
MAX_MENTION_WORDS = 6
# What may stand before a quotation that opens a sentence: the end of the sentence before
# (a closing quotation mark after it too), or nothing on its line.
SENTENCE_BEFORE = re.compile(r"(?:[.!?][”\"'’)]{0,3}|\A|\n)[ \t\u00a0]*[“\"'‘]{1,3}\Z")


def is_named_subject(doc: Document, quote: Quote) -> bool:
    """Whether a quotation opens its sentence as the subject of a verb of being or having,
    with no punctuation of its own: a name or a term the writer speaks of (“Non-paper” is
    a diplomatic term, “Sons of Trump” is an adaptation, “Wild Rose” is now available),
    no words said."""
    text = doc.text
    outer = quote.outer or quote.span
    if text[quote.span.end - 1 : quote.span.end] in ".,!?;:…":
        return False  # “We will win.” closes a statement of its own
    if text.count(" ", quote.span.start, quote.span.end) >= MAX_MENTION_WORDS:
        return False  # “The government is alleging that his calls ...” were provoking: words said
    if VERB_AFTER_MENTION.match(text, quote.span.end) is None:
        return False
    return SENTENCE_BEFORE.search(text, max(0, outer.start - 8), quote.span.start) is not None


def _title_case(doc: Document, span: Span) -> bool:
    """Whether a stretch is short and in title case: "Listen To The Music", "War & Peace"."""
    text = doc.text
    if span.end - span.start > MAX_TITLE_CHARS or not text[span.start : span.start + 1].isupper():
        return False
    words = TITLE_WORD.findall(text, span.start, span.end)
    return (
        0 < len(words) <= MAX_TITLE_WORDS
        and words[0][0].isupper()
        and all(w[0].isupper() or w[0].isdigit() or w in TITLE_SMALL_WORDS for w in words)
    )


# What parts the items of a list of quoted titles: “A,” “B” and “C” / “A” or “B”.
LIST_GAP = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*(?:(?:and|or|&)[ \t\u00a0]+)?")
# What opens a list of works: "hits including “A,” “B”", "roles in “A” and “B”", "such
# as", "like", a parenthesis ("Charlie McDowell (“The Discovery,” “The One I Love”)").
LIST_LEAD = re.compile(
    r"(?:\b(?:including|includes|include|such[ ]as|like|in|from|with)[ ]|\()[“\"'‘]{1,2}\Z"
)


def title_lists(doc: Document, quotes: list[Quote]) -> set[int]:
    """The indices of quotes (in text order) that are items of a list of works: two or
    more short title-case quotations parted by commas, "and" or "or", after "including",
    "such as", "like", "in", "from", "with" or a parenthesis. Nobody says a song list."""
    text = doc.text
    found: set[int] = set()
    run: list[int] = []
    for i, q in enumerate(quotes):
        outer = q.outer or q.span
        if run:
            last = quotes[run[-1]].outer or quotes[run[-1]].span
            if not (
                outer.start - last.end <= 8
                and LIST_GAP.fullmatch(text, last.end, outer.start)
                and _title_case(doc, q.span)
            ):
                run = []
        if not run:
            if _title_case(doc, q.span) and LIST_LEAD.search(
                text, max(0, outer.start - 12), q.span.start
            ):
                run = [i]
            continue
        run.append(i)
        if len(run) == 2:
            found.add(run[0])
        found.add(i)
    return found


# "the" or a possessive right before a quoted title ("the “Pose” actor", "HBO's “Veep”
# star"), and a noun of data/work_roles.txt right after it.
MODIFIER_BEFORE = re.compile(r"(?:\b(?:the|a|an)|\w['’]s)[ ][“\"'‘]{1,2}\Z", re.IGNORECASE)
ROLE_AFTER = re.compile(r"[”\"'’]{1,2}[ ](?P<role>[a-z][a-z-]+)\b")


def is_title_modifier(doc: Document, quote: Quote) -> bool:
    """Whether a quotation is the title of a work inside a description of a person: a
    short title-case stretch between "the" (or a possessive) and a noun such as "actor"
    or "host" ("the “Pose” actor previously said"), or opening its sentence before such a
    noun with no punctuation of its own ("“Jane The Virgin” star Jaime Camil is ...",
    where "“Amazing,” actor Jo Smith said" is a quotation)."""
    outer = quote.outer or quote.span
    text = doc.text
    if not _title_case(doc, quote.span):
        return False
    if MODIFIER_BEFORE.search(text, max(0, outer.start - 8), quote.span.start) is None and (
        not text[quote.span.end - 1].isalnum() or not _opens_sentence(text, outer.start)
    ):
        return False
    role = ROLE_AFTER.match(text, quote.span.end)
    return role is not None and role.group("role") in load_set("work_roles")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether only spaces stand between ``start`` and the start of the text, a line
    break or the end of a sentence."""
    pos = start - 1
    while pos >= 0 and text[pos] in " \t\u00a0":
        pos -= 1
    return pos < 0 or text[pos] in "\n.!?"


# The word right before a quotation's opening mark, in the same clause: a word in lower
# case ("of", "to", "hitting") or a possessive ("television’s", "CBS'"), with no
# punctuation between them (not a name around a nickname: 'Marcia "Cia" Price').
WORD_BEFORE_MARK = re.compile(
    r"(?P<word>\b[a-z][\w’'-]*|\w+(?:['’]s|s['’]))[ \t\u00a0]+[“\"'‘]{1,2}\Z"
)


def word_before_title(doc: Document, quote: Quote) -> str | None:
    """The word (in lower case) before a short title-case quotation that continues a
    phrase of its sentence ("star of television’s “Scandal,”", "listen to “Glasgow,”",
    "After hitting “Takin’ It To the Streets,”"), or None."""
    outer = quote.outer or quote.span
    if not _title_case(doc, quote.span):
        return None
    m = WORD_BEFORE_MARK.search(doc.text, max(0, outer.start - 40), quote.span.start)
    return m.group("word").lower() if m is not None else None


def is_embedded_title(doc: Document, quote: Quote) -> bool:
    """Whether a short title-case quotation continues a phrase of its sentence after a
    word that is no cue: it names a work or a thing, and the words after it are no
    speaker ("star of television’s “Scandal,” thanked Obama", "when you listen to
    “Glasgow,” seems as crazy"). A cue before it makes it a quotation ('shouted “Cruz,”',
    'declared “Over the Top.”'), but not one that takes a listener ('told “Fox and
    Friends,”')."""
    word = word_before_title(doc, quote)
    if word is None:
        return False
    form = cue_lexicon().forms.get(word)
    return form is None or form[0] in LISTENER_LEMMAS


# A nickname set between a given name and a surname: 'Marcia "Cia" Price', 'Juan “Chico”
# Manriquez of Oakland' (a capitalised word on each side, one space apart, the nickname
# one or two capitalised words with no punctuation). The surname is the last capitalised
# word: in a title-case line ("Christie Calls Hillary Clinton ‘A Disgrace’ Over Police")
# another follows it.
NAME_BEFORE_MARK = re.compile(r"\b(?P<name>[A-Z][\w’'.-]*)[ \u00a0][“\"'‘]{1,2}\Z")
NICKNAME = re.compile(r"[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?")
NAME_AFTER_MARK = re.compile(r"[”\"'’]{1,2}[ \u00a0][A-Z][a-z][\w’'-]*(?![\w’'-]|[ \u00a0]+[A-Z])")


def is_nickname(doc: Document, quote: Quote) -> bool:
    """Whether a quotation is a nickname inside a person's name ('Marcia "Cia" Price'):
    nobody says it. (Not after a small word of a title-case line: "When It Comes To
    ‘Fact-Checking’ Republicans.")"""
    outer = quote.outer or quote.span
    text = doc.text
    if (
        quote.span.end - quote.span.start > 24
        or NICKNAME.fullmatch(text, quote.span.start, quote.span.end) is None
        or NAME_AFTER_MARK.match(text, quote.span.end) is None
    ):
        return False
    name = NAME_BEFORE_MARK.search(text, max(0, outer.start - 24), quote.span.start)
    return name is not None and name.group("name").lower() not in TITLE_SMALL_WORDS


# "by" and a name after a quoted title and its comma: its author ("''This Kind of War,''
# by T.R. Fehrenbach, about the Korean War").
BY_AUTHOR = re.compile(r"[ \t\u00a0]*by[ \t\u00a0\n]+[A-Z]")


def is_title(doc: Document, quote: Quote) -> bool:
    """Whether a quotation names a work nobody says: a short stretch in title case right
    after "on", a network's possessive or a noun such as "film" ("the film “Frozen”"), or
    before a comma, "by" and its author's name."""
    outer = quote.outer or quote.span
    text = doc.text
    first = text[quote.span.start]
    if quote.span.end - quote.span.start > MAX_TITLE_CHARS or not (
        first.isupper() or first.isdigit()  # “60 Minutes”
    ):
        return False  # most quotations: too long, or lower case at the start
    words = TITLE_WORD.findall(text, quote.span.start, quote.span.end)
    if not words or len(words) > MAX_TITLE_WORDS:
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w in TITLE_SMALL_WORDS for w in words):
        return False
    if is_title_modifier(doc, quote):
        return True  # the “Pose” actor
    if text[quote.span.end - 1] == "," and BY_AUTHOR.match(text, outer.end):
        return True  # ''This Kind of War,'' by T.R. Fehrenbach (not the agent of a
        # passive: dubbed the “Hanoi Hilton” by American servicemen)
    before = TITLE_BEFORE.search(text, max(0, outer.start - 48), quote.span.start)
    if before is None:
        return False
    noun = before.group("noun")
    return noun is None or noun in _title_nouns()
