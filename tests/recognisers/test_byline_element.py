"""Byline elements of saved pages: the names and the outlet before the dates and handles."""

from __future__ import annotations

import pytest

from newsparse.recognisers.byline_element import read_element

# (element text, authors, affiliation)
ELEMENTS = [
    ("Tom Krisher, Ap Auto Writer", ["Tom Krisher"], "AP"),
    ("Steve Peoples, Ap National Political Writer", ["Steve Peoples"], "AP"),
    ("Tom Davies Associated Press Published 11:34 PM EST Nov 19, 2019", ["Tom Davies"], "Associated Press"),
    ("Meg Kinnard and Errin Haines, Associated Press", ["Meg Kinnard", "Errin Haines"], "Associated Press"),
    # an agency alone: no author
    ("Reuters November 18, 2019 11:03 PM", [], "Reuters"),
    ("Associated Press November 19, 2019, 9:02 AM", [], "Associated Press"),
    ("REUTERS 19 NOV 2019", [], "REUTERS"),
    ("Reuters, Washington, Nov 20 2019, 11:06am ist updated: Nov 20 2019, 15:24pm ist", [], "Reuters"),
    ("Detroit News wire services Published 11:11 PM EST Nov 19, 2019", [], "Detroit News"),
    ("By Eric Song, IGN Staff Updated: 18 Nov 2019 9:38 pm Posted: 18 Nov 2019 8:11 pm", ["Eric Song"], "IGN"),
    ("VICTOR TANGERMANN, FUTURISM 18 NOV 2019", ["VICTOR TANGERMANN"], "FUTURISM"),
    ("Analysis by Chris Cillizza, CNN Editor-at-large", ["Chris Cillizza"], "CNN"),
    # a bar or a spaced dash parts the names from the outlet; a job alone is none
    ("By Andy Sahadeo | Fox News", ["Andy Sahadeo"], "Fox News"),
    ("By Tim Childers - Live Science Contributor 2019-11-19T12:48:14Z Space", ["Tim Childers"], "Live Science"),
    ("By Yasemin Saplakoglu - Staff Writer 2019-11-18T23:30:00Z Health", ["Yasemin Saplakoglu"], None),
    ("by Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min read", ["Bryan DeArdo"], None),
    ("| BY: Ilana Muhlstein, MS, RDN", ["Ilana Muhlstein"], None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("printed", "authors", "affiliation"), ELEMENTS, ids=[e[0] for e in ELEMENTS]
)
def test_byline_element(printed: str, authors: list[str], affiliation: str | None) -> None:
    found = read_element(printed, 0, len(printed))
    assert found is not None
    assert [printed[a.start : a.end] for a in found.authors] == authors
    assert found.affiliation == affiliation


@pytest.mark.parametrize(
    "printed",
    [
        "The Russian and Syrian defense ministries",  # a fact check's claimant
        "Monday November 18, 2019 7:45 am PST by Joe Rossignol",  # a date first
    ],
)
def test_no_byline_element(printed: str) -> None:
    assert read_element(printed, 0, len(printed)) is None
