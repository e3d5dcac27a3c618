"""Hearsay adverbs: "X reportedly did Y" is an attribution with no source."""

from __future__ import annotations

import pytest

from newsparse.article import Attribution
from newsparse.document import Document, Span
from newsparse.recognisers.adverb_cues import find_hearsay_attributions
from tests.recognisers.finder import found_triples


def _found(text: str) -> list[tuple[str, str]]:
    def finder(doc: Document, para: Span) -> list[Attribution]:
        return find_hearsay_attributions(doc, para, [s.start for s in doc.sentences])

    triples = found_triples(text, finder)
    assert all(source is None for source, _, _ in triples)
    return [(cue, content) for _, cue, content in triples]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Club for Growth is reportedly spending $1.5 million on ads.",
            [("reportedly", "The Club for Growth is reportedly spending $1.5 million on ads")],
        ),
        (
            "In total, the hackers have reportedly infiltrated 100 groups, leaving many fearful.",
            [("reportedly", "the hackers have reportedly infiltrated 100 groups")],
        ),
        (
            "With Michael Bloomberg reportedly considering a run, a poll found a tie.",
            [("reportedly", "Michael Bloomberg reportedly considering a run")],
        ),
        # An aside in parentheses holds the clause it qualifies.
        (
            "For all the talk (her team has reportedly consulted shrinks for weeks) she is calm.",
            [("reportedly", "her team has reportedly consulted shrinks for weeks")],
        ),
        # A participle clause opened by the adverb qualifies nothing of its own.
        ("Cruz has been on a mission, reportedly winning over delegates.", []),
        ("The self-reportedly honest man left.", []),
        # An adverb inside a noun phrase or after a preposition reports no clause.
        ("Fear grew over the supposedly imminent imposition of new laws.", []),
        ("Trump sued his former aide for allegedly violating his agreement.", []),
        ("It backed the rebels, including - allegedly - groups like ISIS.", []),
    ],
)
def test_hearsay_adverbs(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
