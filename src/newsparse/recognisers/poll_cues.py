"""Polls and surveys as sources: "In [a CNN poll released Sunday], [Clinton leads by 5]".

PolNeAR takes a finding of a poll for a reported statement: the poll is its
source and the preposition "In" its cue. Only a sentence that opens with
"In", names a poll or survey and goes on after a comma is read, so the rule
costs one prefix test per sentence.

Examples (source and content in brackets)::

    In [a Washington Post-ABC News poll released Sunday], [Bush took 6 percent].
    In [the latest survey], [Trump has a decisive lead].
    [Trump leads by 24 points] in [the 50-state poll].
"""

from __future__ import annotations

import bisect
import re

from ..article import Attribution
from ..document import Document, Span
from .content_bounds import trim_end

# A sentence opening with a poll: "In a CNN/ORC poll last month, " / "In most surveys, ".
POLL_OPENER = re.compile(
    r"""
    (?P<cue>In)\s
    (?P<source>
        (?:a|an|the|this|that|its|their|his|her|most|several|two|three|[A-Z])  # a / the / CNN
        [^,.;:!?“”"]{0,100}?                  # Washington Post-ABC News
        \b(?:[Pp]oll|[Pp]olls|[Ss]urvey|[Ss]urveys|[Pp]olling)\b  # poll / Poll
        [^,.;:!?“”"]{0,60}?                   # released Sunday / of likely voters
    )
    (?:,\s(?:conducted|taken|released)\s[^,.;:!?“”"]{1,40})?  # , conducted March 11-13
    ,\s
    """,
    re.VERBOSE,
)
# A sentence closing with its poll: "Trump leads by 24 points in the 50-state poll."
POLL_TAIL = re.compile(
    r"""
    \s(?P<cue>in)\s
    (?P<source>
        (?:a|an|the|this|that|its|one|another|[A-Z])
        [^,.;:!?“”"]{0,100}?
        \b(?:[Pp]oll|[Pp]olls|[Ss]urvey|[Ss]urveys|[Pp]olling|average)\b
        (?:\s[\w-]+\.?){0,3}                  # last month / released Sunday / Jan. 17-23
    )
    \Z
    """,
    re.VERBOSE,
)
# A named poll set off by a comma after the clause it gives, inside a sentence:
# "[he fell to 10 percent] in [the latest CNN/ORC poll released Wednesday], a collapse
# ...", "[Kasich was at 25 percent support] in [the most recent Fox poll], up eight
# points". After the poll's word only its date may follow ("released Sunday", "this
# month"): "in the euphoria after the New Hampshire polls closed, " and "in the polls
# against Clinton, " name no poll.
POLL_SET_OFF = re.compile(
    r"""
    \s(?P<cue>in)\s
    (?P<source>
        (?:a|an|the|this|that|its|one|another)\s
        [^,.;:!?“”"]{0,100}?
        \b(?:[Pp]oll|[Pp]olls|[Ss]urvey|[Ss]urveys)\b
        (?:\s(?:released|conducted|taken|published)(?:\s[\w-]+){1,2}|\s(?:last|this)\s[\w-]+)?
    )
    ,\s
    """,
    re.VERBOSE,
)
# A named or dated poll: a capital or a digit after its first letter.
NAMED = re.compile(r"[A-Z0-9]")
# A clause or an aside inside the words before a closing poll, which then name no poll:
# "in Florida [to] take advantage of Rubio's falling poll numbers", "in the District of
# Columbia head [to] the polls", "in Southern states [-] and [who] have favored Clinton
# in polls", "in the preferences of superdelegates [—] even before polls close".
CLAUSE_IN_TAIL = re.compile(r"\s(?:to|who|which)\s|\s(?:[—–]|--?)\s")
# Characters read back from a sentence's end for its closing poll.
TAIL_WINDOW = 200
MIN_CONTENT = 12
# The words one of which a poll's name holds, as printed: "a CNN/ORC International Poll".
POLL_WORDS = ("poll", "survey", "Poll", "Survey")


def _names_poll(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds one of :data:`POLL_WORDS` (a substring search each)."""
    return any(text.find(word, lo, hi) >= 0 for word in POLL_WORDS)


def find_poll_attributions(doc: Document, span: Span, starts: list[int]) -> list[Attribution]:
    """Poll-finding attributions of the sentences inside ``span`` (a paragraph).

    ``starts`` are the starts of ``doc.sentences``.
    """
    text = doc.text
    if not _names_poll(text, span.start, span.end):
        return []  # no poll named in the paragraph: one substring search settles it
    sentences = doc.sentences
    out: list[Attribution] = []
    i = bisect.bisect_left(starts, span.start)
    while i < len(sentences) and sentences[i].start < span.end:
        sent = sentences[i]
        i += 1
        m = (
            POLL_OPENER.match(text, sent.start, sent.end)
            if text.startswith("In ", sent.start)
            else None
        )
        if m is None:
            # "In his highest percentage to date, [Trump achieved 45 percent] in [a new
            # Fox News poll released Thursday]": an opening "In" of no poll leaves the tail
            tail = _poll_tail(doc, sent) or _poll_set_off(doc, sent)
            if tail is not None:
                out.append(tail)
            continue
        found = phrase_attribution(m, m.end(), trim_end(doc, m.end(), sent.end), "poll")
        if found is not None:
            out.append(found)
    return out


def _poll_tail(doc: Document, sent: Span) -> Attribution | None:
    """[Trump leads by 24 points] in [the 50-state poll]."""
    text = doc.text
    end = trim_end(doc, sent.start, sent.end)
    lo = max(sent.start, end - TAIL_WINDOW)
    if not _names_poll(text, lo, end):
        return None
    m = POLL_TAIL.search(text, lo, end)
    if m is None:
        return None
    if not NAMED.search(text, m.start("source") + 1, m.end("source")):
        return None  # "in the polls": no poll of its own
    if CLAUSE_IN_TAIL.search(text, m.start("source"), m.end("source")):
        return None  # "in Florida to take advantage of Rubio's poll numbers": no poll
    return phrase_attribution(m, sent.start, trim_end(doc, sent.start, m.start()), "poll")


def _poll_set_off(doc: Document, sent: Span) -> Attribution | None:
    """[He fell to 10 percent] in [the latest CNN/ORC poll released Wednesday], a ..."""
    text = doc.text
    for m in POLL_SET_OFF.finditer(text, sent.start, sent.end):
        if not NAMED.search(text, m.start("source") + 1, m.end("source")):
            continue  # "in the poll, while ...": no poll of its own
        if CLAUSE_IN_TAIL.search(text, m.start("source"), m.end("source")):
            continue
        return phrase_attribution(m, sent.start, trim_end(doc, sent.start, m.start()), "poll")
    return None


def phrase_attribution(m: re.Match[str], start: int, end: int, rule: str) -> Attribution | None:
    """The attribution of a phrase matched with its "source" and "cue" groups (a poll, a
    viewpoint: "in [the 50-state poll]", "To [Frank], "), whose content, the clause it
    gives, runs from ``start`` to ``end``; none when it is shorter than :data:`MIN_CONTENT`."""
    if end - start < MIN_CONTENT:
        return None
    return Attribution(
        Span(m.start("source"), m.end("source")),
        Span(m.start("cue"), m.end("cue")),
        Span(start, end),
        False,
        rule=rule,
    )
