"""Belief and knowledge cues, gated: "they think [Ayotte should drop out]".

Verbs of thinking, knowing and seeing ("think", "know", "see") open a
statement only in a narrow frame, so they are not in the cue lexicon. Here
each occurrence is kept only when:

- a person is its subject, right before it: a personal pronoun, a capitalised
  name, a quantified group ("some officials"), people of someone ("her advisers",
  "Clinton strategists"), a plural noun of people ("strategists", "the voters") or
  "both", with at most two adverbs
  or auxiliaries between ("I don't think", "they really believed"); or any other
  source phrase right before it ("Clinton's campaign knew"), with no modal between
  and no "to" before it ("wants voters to know");
- a clause with its own finite verb follows: "that ...", a subject and an
  auxiliary within a few words ("she can win", "it will not"), or a personal
  pronoun and a verb ("they know better").

Examples (content in brackets)::

    I think [both Hillary and Bernie are on the same page].
    Some veteran strategists think [it will not].
    Her advisers think [she has the discipline].
    He knew [that the deal was dead].
    We see [that the economy is growing].    "see" needs "that"
    His enemies never thought [so].          "so" stands for the view asked about

Candidates come from one cue-word search per paragraph; the subject and clause
tests are anchored matches over a bounded window, so the work is linear.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from ..article import Attribution
from ..document import Document, Span
from ..lexicon import alternation, load_set, matches_at, opening_positions
from .content_bounds import trim_end
from .speakers import people_nouns, source_before

# The cue words, found first, factored by first letter so that the regex engine
# skips every other position at once: "think", "thought", "believed", "feel",
# "know", "knew", "see", "saw", "suspected". The word boundary before is tested
# in code (a look-behind here would cost a sub-match at every position).
BELIEF_CUE = re.compile(
    r"""
    (?P<cue>
        t(?:h(?:ink|ought))             # think / thought
      | believed
      | feels?                          # feel / feels
      | kn(?:ow|ew)                     # know / knew
      | s(?:ees?|aw|uspect(?:s|ed)?)    # see / sees / saw / suspect(s/ed)
    )
    (?![\w'’-])
    """,
    re.VERBOSE,
)
# The words every match of BELIEF_CUE opens with: where they stand is found once per
# document (str.find), and the pattern tried only there.
BELIEF_OPENINGS = ("believed", "feel", "knew", "know", "saw", "see", "suspect", "think", "thought")


def _belief_starts(doc: Document) -> list[int]:
    """Where the matches of BELIEF_CUE may start (kept per document)."""
    return opening_positions(doc.text, BELIEF_OPENINGS)


WORD_CHARS = "'’-"
# The adverbs and auxiliaries a subject may stand before its cue with: "they [really]
# believed", "He [did not] know".
BETWEEN = r"""(?:also|still|really|truly|genuinely|honestly|clearly|just|do|does|did|don't
    |doesn't|didn't|don’t|doesn’t|didn’t|not|never|always|now|personally)"""
# The subject right before the cue, read in a window that ends at the cue:
#   "I " / "they really " / "He did not " / "Some veteran strategists " / "Sanders " /
#   "strategists " / "the voters ". {people} is the alternation of the plural nouns of
#   people (data/source_openers.txt, data/group_nouns.txt).
SUBJECT_TEMPLATE = r"""
    (?:^|(?<=[\s“"(,]))
    (?P<source>
        I|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Yy]ou                       # a personal pronoun
      | (?:[Ss]ome|[Mm]any|[Mm]ost|[Ff]ew)\s(?:[A-Za-z-]{{2,20}}\s){{0,2}}[a-z]{{2,20}}s  # some Democratic officials
      | (?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s(?:[a-z-]{{2,20}}\s)?[a-z]{{2,20}}s    # her advisers
      | (?!(?:The|This|That|These|Those|It|There|What|But|And|If|So)\b)
        [A-Z][a-z]{{1,20}}\s[a-z]{{2,20}}s                                 # Clinton strategists
      | [Bb]oth
      | (?<=[a-z]\s)who                                          # lawmakers who thought
      | (?:[Tt]he\s)?{people}                                       # strategists / the voters
      | (?!(?:The|This|That|It|There|What|But|And|If|So)\b)
        [A-Z][a-z]{{1,20}}(?:\s[A-Z][a-z]{{1,20}}){{0,2}}               # Sanders / Hillary Clinton
    )
    \s
    (?:{between}\s){{0,2}}                                   # don't / really
    $
"""


@cache
def _subject() -> re.Pattern[str]:
    """:data:`SUBJECT_TEMPLATE` with the plural nouns of people filled in."""
    people = people_nouns() | load_set("group_nouns")
    return re.compile(
        SUBJECT_TEMPLATE.format(people=alternation(people), between=BETWEEN), re.VERBOSE
    )


# What may stand between any other subject and its cue: "[reporters and editors] know",
# "[Clinton's campaign] did not know" (no modal: "voters should know" states no belief).
SUBJECT_GAP = re.compile(rf"\s(?:{BETWEEN}\s){{0,2}}", re.VERBOSE)
# Words right before any other subject that make it no subject of a statement: "to"
# ("a way to know"), a comparison or a question ("than", "what", "if"). An infinitive's
# "to" right before the cue is tested apart ("wants her campaign to know"), and so is a
# determiner, before a participle used as an adjective ("with a suspected swindle").
DETERMINER_OR_TO_BEFORE = re.compile(r"\b(?:to|a|an|the|its|their)\s\Z", re.IGNORECASE)
OTHER_SUBJECT_BLOCKERS = re.compile(
    r"(?:\bto|than|as|what|how|who|whom|which|if|whether)\s\Z", re.IGNORECASE
)


# A clause with its own finite verb after the cue:
#   "that ..." / "both Hillary and Bernie are ..." / "it will not" / "she can't" (up to
#   seven words before the verb, none of them a dash: "knew nothing -- has revised").
CLAUSE = re.compile(
    r"""
    \s
    (?:
        (?P<that>that)\s
      | \w[\w'’-]{0,29}(?:\s\w[\w'’-]{0,29}){0,6}?   # words, no dash between them
        \s(?:is|are|was|were|will|would|can|could|should|has|have|had|does|did|must|might|may
            |isn't|wasn't|won't|can't|doesn't|didn't|isn’t|wasn’t|won’t|can’t|doesn’t|didn’t)\b
      | (?:they|we|you|he|she|it|I|there)['’](?:re|s|ll|d|ve|m)\b  # they're / she'll
      | (?:they|we|he|she|I)\s(?!(?:and|or|but|to|of|in|on|at|for|with|as|by|from|about)\b)
        [a-z]{2,20}\b                                  # they know / he wants
      | (?P<so>so)(?=[.,;!?])                          # "never thought so.": the view
    )                                                  # asked about
    """,
    re.VERBOSE,
)
# Cues that open a statement only with "that": "we see that ...", not "we see him".
THAT_ONLY = frozenset({"see", "sees", "saw"})
# "feel" opens a clause ("many of her aides feel [they have enough]", "Americans feel
# [the country is on the wrong path]"), but not with a word of how one feels ("did not
# feel well and was unable to attend").
FEEL = frozenset({"feel", "feels"})
HOW_ONE_FEELS = re.compile(r"\s(?:well|better|worse|good|bad|fine|sick|ill)\b")
# Words a pronoun subject may not follow directly: "than I think" opens no statement.
BLOCKERS = re.compile(r"(?:than|as|what|how|who|whom|which|if|whether)\s$")
MIN_CONTENT = 8


def find_belief_attributions(
    doc: Document, span: Span, starts: list[int] | None = None
) -> list[Attribution]:
    """Gated belief attributions inside ``span`` (a paragraph), in text order.

    ``starts`` are the starts of ``doc.sentences``, passed when already at hand.
    """
    text = doc.text
    out: list[Attribution] = []
    sentences = doc.sentences
    if starts is None:
        starts = [s.start for s in sentences]
    for m in matches_at(BELIEF_CUE, doc.derived(_belief_starts), text, span.start, span.end):
        before = text[m.start() - 1 : m.start()]
        if before and (before.isalnum() or before in WORD_CHARS or before == "_"):
            continue  # "ofthink", "un-see": inside a longer word
        cue = m.group("cue")
        clause = CLAUSE.match(text, m.end(), span.end)
        if clause is None or (cue in THAT_ONLY and clause.group("that") is None):
            continue
        if cue in FEEL and HOW_ONE_FEELS.match(text, m.end()):
            continue
        lo = max(span.start, m.start() - 70)
        subject = _subject().search(text, lo, m.start())
        if subject is not None:
            if BLOCKERS.search(text, max(lo, subject.start() - 10), subject.start()):
                continue
            source = Span(subject.start("source"), subject.end("source"))
        else:
            # any other noun phrase right before the cue: "[Clinton's campaign] knew",
            # "[few on either side of the debate] think"
            other = source_before(doc, span.start, m.start())
            if (
                other is None
                or OTHER_SUBJECT_BLOCKERS.search(
                    text, max(span.start, other.start - 12), other.start
                )
                or not SUBJECT_GAP.fullmatch(text, other.end, m.start())
                or DETERMINER_OR_TO_BEFORE.search(text, max(span.start, m.start() - 8), m.start())
            ):
                continue
            source = other
        at = bisect.bisect_right(starts, m.start()) - 1
        sent_end = min(sentences[at].end, span.end) if at >= 0 else span.end
        start = clause.start() + 1
        end = clause.end("so") if clause.group("so") else trim_end(doc, start, sent_end)
        if end - start < MIN_CONTENT and clause.group("so") is None:
            continue
        out.append(
            Attribution(source, Span(m.start(), m.end()), Span(start, end), False, rule="belief")
        )
    return out
