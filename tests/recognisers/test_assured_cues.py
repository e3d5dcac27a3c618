"""Outcomes assured: "[Clinton] is now assured of [winning at least 334 delegates]"."""

from __future__ import annotations

import pytest

from newsparse.recognisers.assured_cues import find_assured_attributions
from tests.recognisers.finder import found_triples


def _assured(text: str) -> list[tuple[str | None, str, str]]:
    return found_triples(text, find_assured_attributions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clinton is now assured of winning at least 334 of the 865 delegates at stake.",
            [
                (
                    "Clinton",
                    "is now assured of",
                    "winning at least 334 of the 865 delegates at stake",
                )
            ],
        ),
        (  # an opening phrase before the subject is left out of the source
            "With 222 delegates at stake, she is assured of winning at least 120 in that "
            "state alone.",
            [("she", "is assured of", "winning at least 120 in that state alone")],
        ),
        (  # a comma ends the content
            "She is assured of at least 108, while Sanders will receive at least 57.",
            [("She", "is assured of", "at least 108")],
        ),
        (  # "'re" joined to its subject
            "They're all but assured of a majority in the House.",
            [("They", "'re all but assured of", "a majority in the House")],
        ),
        # an assurance given, or an outcome yet to come: no outcome assured
        ("The senator assured him of her support.", []),
        ("He would be assured of a hearing.", []),
        ("Voters were reassured of his health.", []),
    ],
)
def test_outcomes_assured(text: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert _assured(text) == expected
