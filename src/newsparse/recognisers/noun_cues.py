"""Nominal cues: a possessive, a reporting noun and its complement.

PolNeAR annotates the possessor as the source and the noun (with its
preposition) as the cue: "[his] claim that [the vote was rigged]", "[Cruz’s]
refusal to [disavow the endorsement]", "[their] attacks on [Clinton]". The nouns
are data (``data/noun_cues.txt``); the content runs to the end of its clause.

Examples (source and content in brackets)::

    [his] view that [the deal was dead]
    [Cruz’s] refusal to [disavow the endorsement]
    [their] criticism of [Trump]
"""

from __future__ import annotations

import re
from functools import cache

from ..article import Attribution
from ..document import Document, Span
from ..lexicon import alternation, load_list
from .frames import trim_end


@cache
def _pattern() -> re.Pattern[str]:
    nouns = alternation(load_list("noun_cues"), boundary=False)
    return re.compile(
        rf"""
        (?<![\w'’])
        (?P<source>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w.-]{{1,30}}['’]s)   # his / Cruz’s
        [ ](?:[a-z]{{3,20}}[ ]){{0,2}}?          # stern / repeated
        (?P<cue>{nouns}
            (?:[ ](?:of|on|for|to|against|toward|towards))?   # attacks on / refusal to
        )
        [ ](?P<that>that[ ])?
        """,
        re.VERBOSE,
    )


# Where a nominal content ends: punctuation that closes its clause, or a new clause.
CONTENT_END = re.compile(
    r"[,;:.!?()“”\"]|\s[—–-]{1,2}\s|\s(?:and|but|as|while)\s(?:his|her|their|he|she|they)\b"
)
# Where the noun phrase after a preposition ends ("attacks on [Curiel] stand out"):
# an auxiliary, a preposition, a conjunction or a relative word after it.
NP_END = re.compile(
    r"""\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must
        |does|did|and|but|or|as|in|at|on|for|with|from|by|to|of|that|which|who|while
        |because|after|before|during|since|than|last|this|over|into|during)\b""",
    re.VERBOSE,
)
# Longest nominal content, in characters.
MAX_CONTENT = 200


def find_noun_attributions(doc: Document, para: Span) -> list[Attribution]:
    """The nominal cues of a paragraph with their possessor and complement."""
    text = doc.text
    out: list[Attribution] = []
    for m in _pattern().finditer(text, para.start, para.end):
        cue = m.group("cue")
        if " " not in cue and m.group("that") is None and text[m.end() : m.end() + 3] != "to ":
            continue  # "his view was ...": the noun needs its complement
        start = m.end()
        if " " not in cue and m.group("that") is None:
            start = m.end()  # "refusal to ...": the infinitive is the content
        limit = min(para.end, start + MAX_CONTENT)
        end_m = CONTENT_END.search(text, start, limit)
        end = end_m.start() if end_m is not None else limit
        if " " in cue and not cue.endswith(" to"):
            # "attacks on Curiel stand out": the noun phrase only.
            np_end = NP_END.search(text, start, end)
            if np_end is not None:
                end = np_end.start()
        end = trim_end(doc, start, end)
        if end - start < 3:
            continue
        out.append(
            Attribution(
                Span(m.start("source"), m.end("source")),
                Span(m.start("cue"), m.end("cue")),
                Span(start, end),
                False,
                rule="noun",
            )
        )
    return out
