"""Questions put to a source: "Asked [whether the plan would pass], Smith said ...".

PolNeAR takes the question in an "Asked ..." clause for a statement of its
own, with no source printed (the asker is the reporter) unless the clause names
who asked ("Asked by Matt Lauer whether ..."), and "Asked" as its cue. The clause opens with a question word and ends at a comma, or at the end
of its sentence.

Examples (content in brackets)::

    Asked [if there had been any fraud in the primaries], he said no.
    Asked at a briefing Monday [about Suu Kyi's future role], the spokesman said ...
    When asked [about the Twitter kerfuffle], Trump laughed.
    “No,” he said when asked [about the convention].
    When asked [to confirm her role], a source said ...    a request is put the same way
"""

from __future__ import annotations

import re

from ..article import Attribution
from ..document import Document, Span

# "Asked whether ...," / "asked about ...,": the question up to the next comma.
ASKED_CLAUSE = re.compile(
    r"""
    (?P<cue>[Aa]sked)\s
    (?:[^,;:.!?“”"\n]{0,60}?\s)?     # by a reporter / at a briefing Monday / on Fox News
    (?P<content>
        (?:if|whether|about|how|what|why|who|whom|when|where|which   # the question word,
          |(?<=[Aa]sked\s)(?:to|for(?=\s[\w'’-]+\s)))\s  # or a request right after it:
                        # "asked to respond", "asked for his position" (not "for comment,")
        (?:[^,;:.!?]|(?<=[A-Z])\.(?=[A-Z]|\s[a-z])|(?<=\.[A-Z])\.(?=\s(?![a-z]))
         |(?:(?<=Mr)|(?<=Mrs)|(?<=Ms)|(?<=Dr)|(?<=Sen)|(?<=Rep)|(?<=Gov))\.(?=\s[A-Z])){6,200}
                                               # the rest of the question, quoted words too
                                               # ("if it “gets” race"), "D.C." or "U.S." or
                                               # a title ("whether Mr. Clinton would ...")
        (?:,[”"](?=\s))?                      # a quotation closed after the comma: "if
                                               # Sanders is “realistic enough to serve,”"
    )
    (?:,\s|\.(?=\s|\Z)|(?<=[”"])\s)            # a comma, or the end: he said when asked about it.
    """,
    re.VERBOSE,
)
# Words before "asked" that make it a clause of its own: "When asked", "Asked", "If asked".
OPENERS = frozenset({"when", "if", "once", "after", "before", "while", "as", "and", "but"})


def find_asked_attributions(doc: Document, span: Span) -> list[Attribution]:
    """The "Asked ..." questions inside ``span`` (a paragraph), in text order."""
    text = doc.text
    out: list[Attribution] = []
    if text.find("sked", span.start, span.end) < 0:
        return out  # no "asked" in the paragraph
    for m in ASKED_CLAUSE.finditer(text, span.start, span.end):
        if m.group("cue")[0] == "a":
            words = text[max(span.start, m.start() - 12) : m.start()].split()
            if not words or words[-1].strip(",").casefold() not in OPENERS:
                continue  # "Smith asked whether ...": a source-cue-content frame
        elif text[m.start() - 1 : m.start()].isalnum():
            continue
        out.append(
            Attribution(
                _asker(text, m.end("cue"), m.start("content")),
                Span(m.start("cue"), m.end("cue")),
                Span(m.start("content"), m.end("content")),
                False,
                rule="asked",
            )
        )
    return out


# "by Matt Lauer " between "Asked" and the question: the one who asked.
ASKER = re.compile(r"\sby\s(?P<asker>\S[^,;:.!?“”\"\n]*?)\s*\Z")


def _asker(text: str, start: int, end: int) -> Span | None:
    """Who put the question, when the clause names them: "Asked by Matt Lauer whether
    ..." gives "Matt Lauer"; "Asked at a briefing whether ..." names no one."""
    m = ASKER.match(text, start, end)
    return Span(m.start("asker"), m.end("asker")) if m else None
