"""Mentions: the kind, name, title and key of one printed source."""

from __future__ import annotations

import dataclasses

import pytest

from newsparse.recognisers.mentions import Mention, classify


@pytest.mark.parametrize(
    ("printed", "kind", "name", "title"),
    [
        ("Russian Ministry of Defense", "organization", "Russian Ministry of Defense", None),
        # a particle glued to a capitalised name is part of it
        ("Government spokesman Basim al-Awadi", "person", "Basim al-Awadi", "Government spokesman"),
        (
            "Egyptian President Abdel Fattah el-Sisi",
            "person",
            "Abdel Fattah el-Sisi",
            "Egyptian President",
        ),
        # a body whose name reads like a person's (data/organisations.txt)
        ("Hamas", "organization", "Hamas", None),
        ("Human Rights Watch", "organization", "Human Rights Watch", None),
        ("Amnesty International Kenya", "organization", "Amnesty International Kenya", None),
        ("Save the Children UK", "organization", "Save the Children UK", None),
        # a country with its article, a college, a hospital, "the Kingdom"
        ("The United States", "organization", "The United States", None),
        ("Sheridan College", "organization", "Sheridan College", None),
        (
            "Harlan County Memorial Hospital",
            "organization",
            "Harlan County Memorial Hospital",
            None,
        ),
        ("The Kingdom", "organization", "The Kingdom", None),
        ("the Taliban", "organization", "the Taliban", None),
        ("Hayat Tahrir al-Sham", "organization", "Hayat Tahrir al-Sham", None),
        ("Geoff Garin, a Democratic pollster", "person", "Geoff Garin", "pollster"),
        ("Mr. Biden", "person", "Biden", None),
        ("Defense Secretary Ash Carter", "person", "Ash Carter", "Defense Secretary"),
        (
            "St. Louis County Police Chief Jon Belmar",
            "person",
            "Jon Belmar",
            "St. Louis County Police Chief",
        ),
        ("Senate Majority Leader Tom Baker", "person", "Tom Baker", "Senate Majority Leader"),
        ("Secretary of State John Kerry", "person", "John Kerry", "Secretary of State"),
        # "the", a body and a job: a job whose holder is found by the title
        ("the Kremlin spokesman", "unknown", "the Kremlin spokesman", "spokesman"),
        ("the U.S. Department of Justice", "organization", None, None),
        # an unnamed person "from" a body
        (
            "An official from the Ministry of Oil",
            "anonymous",
            "An official from the Ministry of Oil",
            "official",
        ),
        ("A lawmaker from the PUK", "anonymous", "A lawmaker from the PUK", "lawmaker"),
        # an unnamed job, then the name: a named person
        ("Another resident, Omar Khalil", "person", "Omar Khalil", "resident"),
        ("A spokesperson for Munroe, Caleb Strand", "person", "Caleb Strand", "spokesperson"),
        ("Her daughter, Karen Whitley, 56", "person", "Karen Whitley", "daughter"),
        # an apposition's job over "Dr."; titles of several words
        (
            "Dr. Rebaz Mohammed, an economist at Salahaddin University",
            "person",
            "Rebaz Mohammed",
            "economist",
        ),
        (
            "Zhao Wei, deputy general manager of the freight department",
            "person",
            "Zhao Wei",
            "deputy general manager",
        ),
        ("Wang Fang, vice mayor of Kunming", "person", "Wang Fang", "vice mayor"),
        # a post "for" a field (Irish, British and Australian style)
        (
            "Minister for Finance Declan Moriarty",
            "person",
            "Declan Moriarty",
            "Minister for Finance",
        ),
        (
            "The Minister for Children, Róisín Byrne",
            "person",
            "Róisín Byrne",
            "Minister for Children",
        ),
        # a US lawmaker's party and state after the name
        ("Sen. James Lankford (R-Okla.)", "person", "James Lankford", "Sen."),
        (
            "Agriculture Committee Chair Glenn Hartwell (R-Iowa)",
            "person",
            "Glenn Hartwell",
            "Agriculture Committee Chair",
        ),
        ("Rep. Jerrold Nadler (D-N.Y.)", "person", "Jerrold Nadler", "Rep."),
        # names and titles with accented capitals
        (
            "French Agriculture Minister Étienne Marchal",
            "person",
            "Étienne Marchal",
            "French Agriculture Minister",
        ),
        ("Taoiseach Seán Ó Faoláin", "person", "Seán Ó Faoláin", "Taoiseach"),
        # a post of a body whose name holds "and", and the post's holder
        (
            "Minister of Health and Family Welfare J.P. Nadda",
            "person",
            "J.P. Nadda",
            "Minister of Health and Family Welfare",
        ),
        (
            "The Minister of Hydrocarbons and Energy, Luis Alberto Sánchez Rojas",
            "person",
            "Luis Alberto Sánchez Rojas",
            "Minister of Hydrocarbons and Energy",
        ),
        ("The Minister of Energy", "person", "The Minister of Energy", "Minister of Energy"),
        ("Ministry of International Trade and Industry", "organization", None, None),
        ("Lewis of Phillips and Drew", "person", "Phillips and Drew", None),  # may list names
        ("the General Administration of Customs", "organization", None, None),
        ("the Bank of England", "organization", None, None),
        ("council member Rosa Diaz", "person", "Rosa Diaz", "council member"),
        ("a central bank official", "anonymous", None, "official"),
        ("a spokesman for the ministry", "anonymous", None, "spokesman"),
        ("a senior official who spoke on condition of anonymity", "anonymous", None, "official"),
        ("a security source", "anonymous", "a security source", None),  # any "source"
        ("a government source", "anonymous", "a government source", None),
        ("The Security Media Cell", "organization", "The Security Media Cell", None),
        ("Reuters", "media", "Reuters", None),
        ("the statement", "document", "the statement", None),
        ("Ukraine", "organization", "Ukraine", None),  # a country speaks through its government
        ("The Washington Post's Robert Costa", "person", "Robert Costa", None),
        ("Trump's", "person", "Trump", None),  # "Trump's claim": the source is Trump
        ("China's", "organization", "China", None),
        ("Officials", "anonymous", "Officials", None),  # a sentence's first word, no name
        # a group of people is kind person, named as printed, never the place or body
        ("Witnesses", "person", "Witnesses", None),
        ("Analysts at Wedbush", "person", "Analysts at Wedbush", None),  # not "Wedbush"
        ("Analysts polled by LSEG", "person", "Analysts polled by LSEG", None),
        (
            "Public employees in the Kurdistan Region",
            "person",
            "Public employees in the Kurdistan Region",
            None,
        ),
        ("Residents in Gaza", "person", "Residents in Gaza", None),
        ("Voters across the state", "person", "Voters across the state", None),
        ("Gaza residents", "person", "Gaza residents", None),
        ("Polls in New Hampshire", "document", "Polls in New Hampshire", None),
        # a job and whose it is: one person, not anonymous, named as printed
        ("Japan's prime minister", "person", "Japan's prime minister", "prime minister"),
        ("Japan's Prime Minister", "person", "Japan's Prime Minister", "Prime Minister"),
        (
            "the prime minister’s spokesman",
            "person",
            "the prime minister’s spokesman",
            "spokesman",
        ),
        ("The Podesta Group's CEO, Kimberley Fritts", "person", "Kimberley Fritts", "CEO"),
        ("officials at the Pentagon", "anonymous", "officials at the Pentagon", None),
        ("Ukraine's air force", "organization", "Ukraine's air force", None),
        ("the Elysee", "organization", "the Elysee", None),  # a seat of government speaks
        ("Downing Street", "organization", "Downing Street", None),
        ("Councilmember Tim Ortiz", "person", "Tim Ortiz", "Councilmember"),
        ("Det Insp Sarah Jones", "person", "Sarah Jones", "Det Insp"),  # a UK police rank
        ("A spokesperson for the Treasury", "anonymous", None, "spokesperson"),
        ("A report published by the FCA", "document", "A report published by the FCA", None),
        (
            "The FCA's executive director of enforcement, Therese Chambers",
            "person",
            "Therese Chambers",
            "executive director of enforcement",
        ),
        # a person "of" a place or a body: the person, not the place
        ("Sen. Lindsey Graham of South Carolina", "person", "Lindsey Graham", "Sen."),
        ("Dan Ives of Wedbush Securities", "person", "Dan Ives", None),
        # a job in lower case before the name: the person, not where they belong
        (
            "planetary geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory",
            "person",
            "Rosaly Lopes",
            "planetary geologist",
        ),
        ("analyst Kevin Murphy of Morgan Stanley and Co.", "person", "Kevin Murphy", "analyst"),
        ("43-year-old Martin Taylor of Aberdeenshire", "person", "Martin Taylor", None),
        ("China’s ambassador to Britain Liu Xiaoming", "person", "Liu Xiaoming", "ambassador"),
        # a post held "to" a place or a body: its holder, never the place
        (
            "U.S. Ambassador to the United Nations Nikki Haley",
            "person",
            "Nikki Haley",
            "ambassador",
        ),
        (
            "U.S. ambassador to the Ukraine Marie Yovanovitch",
            "person",
            "Marie Yovanovitch",
            "ambassador",
        ),
        (
            "the U.S. envoy to Afghanistan, Zalmay Khalilzad",
            "person",
            "Zalmay Khalilzad",
            "envoy",
        ),
        (
            "China’s ambassador to Britain",
            "person",
            "China’s ambassador to Britain",
            "ambassador",
        ),
        ("the U.S. envoy in Brussels", "person", "the U.S. envoy in Brussels", "envoy"),
        ("the ambassador in Kyiv, Bill Taylor", "person", "Bill Taylor", "ambassador"),
        ("US Secretary of State Mike Pompeo", "person", "Mike Pompeo", "US Secretary of State"),
        (
            "Former Secretary of State Hillary Clinton",
            "person",
            "Hillary Clinton",
            "Former Secretary of State",
        ),
        # lower-case particles between capitalised words belong to the name
        (
            "Brazilian President Luiz Inacio Lula da Silva",
            "person",
            "Luiz Inacio Lula da Silva",
            "Brazilian President",
        ),
        ("Mayor Bill de Blasio", "person", "Bill de Blasio", "Mayor"),
        ("Osama bin Laden", "person", "Osama bin Laden", None),
        ("Oscar de la Renta", "person", "Oscar de la Renta", None),
        ("Bank of America", "organization", "Bank of America", None),
        # an acronym is an organisation, with or without its article
        ("IDF", "organization", "IDF", None),
        ("the IDF", "organization", "IDF", None),
        ("the IMF's", "organization", "IMF", None),
        ("the F.B.I.", "organization", "F.B.I.", None),
        ("Eurosceptic SVP", "organization", "Eurosceptic SVP", None),
        ("John Smith III", "person", "John Smith III", None),  # a number, no acronym
        ("The United Nations", "organization", "The United Nations", None),
        # news agencies and outlets are media
        ("Kyodo News", "media", "Kyodo News", None),
        ("Anadolu Agency", "media", "Anadolu Agency", None),
        ("state television", "media", "state television", None),
        (
            "Lebanon's state-run National News Agency",
            "media",
            "National News Agency",
            None,
        ),
        ("Holt's liberal NBC News", "media", "NBC News", None),
        ("audio provided by Wyoming Public Radio", "media", "Wyoming Public Radio", None),
        ("the PTI.", "media", "the PTI", None),  # the sentence's stop is no part of it
        (
            "UN Secretary-General Antonio Guterres",
            "person",
            "Antonio Guterres",
            "UN Secretary-General",
        ),
        # a job, then the name: a named person, not an anonymous one
        (
            "A Twitter spokesman, Christopher Abboud",
            "person",
            "Christopher Abboud",
            "Twitter spokesman",
        ),
        (
            "The company's chief financial officer, Vaibhav Taneja",
            "person",
            "Vaibhav Taneja",
            "chief financial officer",
        ),
        # a company's suffix ends a company's name, whatever job word opens it
        ("General Motors Corp", "organization", "General Motors Corp", None),
        ("Media General Inc", "organization", "Media General Inc", None),
        ("General Electric", "organization", "General Electric", None),
        ("General Michael Hayden", "person", "Michael Hayden", "General"),
        ("lead manager Salomon Brothers Inc.", "organization", "Salomon Brothers Inc.", None),
        ("Market researcher Future Computing Inc", "organization", "Future Computing Inc", None),
        ("Bank of America Corp", "organization", "Bank of America Corp", None),
        (
            "An investor group led by Central National-Gottesman Inc",
            "organization",
            "An investor group led by Central National-Gottesman Inc",
            None,
        ),
        # companies and bodies cited by a name that reads like a word or a person's
        ("Twitter", "organization", "Twitter", None),
        ("Citibank", "organization", "Citibank", None),
        ("Morgan Stanley", "organization", "Morgan Stanley", None),
        ("WikiLeaks", "organization", "WikiLeaks", None),
    ],
)
def test_classify(printed: str, kind: str, name: str | None, title: str | None) -> None:
    mention = classify(printed, {})
    assert mention.kind == kind
    assert mention.title == title
    if name is not None:
        assert mention.name == name


@pytest.mark.parametrize(
    ("printed", "kind", "name"),
    [
        # what the body is, then its name: the body, named by its name
        ("the charity Oxfam", "organization", "Oxfam"),
        ("the rights group Amnesty International", "organization", "Amnesty International"),
        (
            "the think tank Council on Foreign Relations",
            "organization",
            "Council on Foreign Relations",
        ),
        ("The watchdog Ofcom", "organization", "Ofcom"),
        # a job or an honorific after the noun: a person
        ("the campaign Chairman John Podesta", "person", "John Podesta"),
        # a name that is a place or only nouns of bodies: not a name of the body
        ("the construction company New York", "organization", "the construction company New York"),
        # people who know but stay unnamed
        (
            "two people with knowledge of the talks",
            "anonymous",
            "two people with knowledge of the talks",
        ),
        # a job alone in capitals names no one
        ("Minister", "unknown", "Minister"),
        ("Prime Minister", "unknown", "Prime Minister"),
        ("Robert Bishop", "person", "Robert Bishop"),  # a name that ends like a job
        # "the X of Y", X no job: a body
        ("the Confederation of British Industry", "organization", None),
        ("the Chamber of Commerce", "organization", None),
    ],
)
def test_kind_and_name(printed: str, kind: str, name: str | None) -> None:
    mention = classify(printed, {})
    assert (mention.kind, mention.name) == (kind, name or printed)


def test_a_job_then_a_name_is_the_named_person() -> None:
    mention = classify("The man's lawyer, Tom Green", {})
    assert (mention.kind, mention.name, mention.title) == ("person", "Tom Green", "lawyer")


@pytest.mark.parametrize(
    ("printed", "kind"),
    [
        # an apposition headed by a noun of bodies names a body
        ("Media Matters, the advocacy group whose report prompted the exodus", "organization"),
        ("Oxfam, a charity based in Oxford", "organization"),
        ("Smith, the party leader", "person"),  # a person of the body
        ("Michele Swers, a professor of government at Georgetown University", "person"),
        ("Robert Mason, a University of Washington professor who studies it", "person"),
        # a paper by its short name is an outlet
        ("The Post", "media"),
        ("the Times", "media"),
        ("The Hill", "media"),
        ("The post", "document"),  # lower case: a post, not the paper
    ],
)
def test_kind_of_an_apposition_or_a_short_name(printed: str, kind: str) -> None:
    assert classify(printed, {}).kind == kind


def test_a_job_then_a_titled_name_of_a_place_is_the_named_person() -> None:
    mention = classify(
        "Mr. Schumer’s Republican counterpart, Senator Mitch McConnell of Kentucky", {}
    )
    assert (mention.kind, mention.name) == ("person", "Mitch McConnell")


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        (
            "Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva",
            "Xi Jinping and Luiz Inacio Lula da Silva",
        ),
        ("Mr. Tribe, Ms. Epstein and Mr. Amar", "Tribe, Epstein and Amar"),
        ("Both Mr. King and Mr. Schultz", "King and Schultz"),
        (  # the second named as the first one's counterpart
            "Chinese President Xi Jinping and his Brazilian counterpart Luiz Inacio Lula da Silva",
            "Xi Jinping and Luiz Inacio Lula da Silva",
        ),
    ],
)
def test_coordinated_named_persons_are_one_person_source_named_by_their_names(
    printed: str, name: str
) -> None:
    mention = classify(printed, {})
    assert (mention.kind, mention.name, mention.title) == ("person", name, None)


@pytest.mark.parametrize(
    "printed",
    [
        "Sanders and his supporters",  # a person and a group: no list of named persons
        # one person with two jobs
        "Former Secretary of State and Democratic presidential frontrunner Hillary Clinton",
        # words set off by a dash
        "Intelligence officials — including NSA Director Michael Rogers and James Clapper",
    ],
)
def test_a_source_with_and_inside_is_not_always_a_list_of_persons(printed: str) -> None:
    mention = classify(printed, {})
    assert mention.members == ()
    assert not mention.key.startswith("group:person:")


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("China, Brazil", "China, Brazil"),  # a headline's comma for "and"
        ("India, Pakistan", "India, Pakistan"),
        ("Washington, D.C.", "Washington"),  # one place: a city and its district
    ],
)
def test_countries_joined_by_a_comma_are_one_organisation(printed: str, name: str) -> None:
    mention = classify(printed, {})
    assert (mention.kind, mention.name) == ("organization", name)


def test_places_joined_by_and_speak_through_their_governments() -> None:
    mention = classify("Ankara and Baghdad", {})
    assert (mention.kind, mention.name, mention.members) == (
        "organization",
        "Ankara and Baghdad",
        (),
    )


def test_a_place_and_a_body_joined_by_and_are_organisations() -> None:
    mention = classify("Israel and Hamas", {})
    assert (mention.kind, mention.name) == ("organization", "Israel and Hamas")


@pytest.mark.parametrize(
    "changes",
    [
        {"text": "Mrs. Clinton"},
        {"kind": "anonymous", "key": "anon:hillary clinton"},
        {"name": "Hillary Rodham Clinton", "title": None},
        {"description": "the candidate", "members": ()},
    ],
)
def test_a_replaced_mention_is_what_dataclasses_replace_makes(changes: dict[str, object]) -> None:
    mention = classify("Democratic nominee Hillary Clinton", {})
    copy = mention.replaced(**changes)
    assert copy == dataclasses.replace(mention, **changes)  # type: ignore[arg-type]
    assert copy is not mention
    assert mention == classify("Democratic nominee Hillary Clinton", {})


def test_a_mention_has_no_field_a_replaced_copy_could_miss() -> None:
    # Mention.replaced copies the fields by name: a new field must be added there too
    names = [f.name for f in dataclasses.fields(Mention)]
    assert names == ["text", "name", "kind", "title", "key", "members", "description"]
