"""Embedded posts: the words above a signature line are its author's."""

from __future__ import annotations

import pytest

from tests.conftest import parse_text


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the post's words and its signature in one paragraph
            "The election was rigged! We will fight on.\n"
            "— Donald J. Trump (@realDonaldTrump) December 3, 2024\n",
            [("Donald J. Trump", "—", "The election was rigged! We will fight on")],
        ),
        (  # the signature in a paragraph of its own: the paragraph before is the post
            "We landed on the Moon today.\n\n- NASA (@NASA) July 20, 2024\n",
            [("NASA", "-", "We landed on the Moon today")],
        ),
        (  # an account named in running text is no signature
            "The agency (@NASA) posted a photo of the launch on Monday.\n",
            [],
        ),
    ],
)
def test_posts(body: str, expected: list[tuple[str, str, str]]) -> None:
    record = parse_text("Headline of the story\n\n" + body).to_dict()
    found = [(a["source_text"], a["cue"], a["content"]) for a in record["attributions"]]
    assert [f for f in found if f[1] in "—-"] == expected
