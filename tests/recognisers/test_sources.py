"""The source ledger: grouping, aliases, kinds, pronouns, anonymity."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SHARED, parse_text


def test_pronouns_resolve_to_the_last_person() -> None:
    text = "Title.\n\nHillary Clinton said the plan would work.\n\nShe said it would pass soon."
    record = parse_text(text).to_dict()
    assert [(a["source_text"], a["source_id"]) for a in record["attributions"]] == [
        ("Hillary Clinton", 0),
        ("She", 0),
    ]
    assert record["sources"][0]["name"] == "Hillary Clinton"
    assert record["sources"][0]["attribution_count"] == 2


def test_pronouns_resolve_to_the_last_person_they_fit() -> None:
    text = (
        "Title.\n\n“We will win,” Mrs. Clinton said.\n\n“She is wrong,” Mr. Trump said.\n\n"
        "“He has no plan,” she said.\n\n“I do,” he said.\n"
    )
    record = parse_text(text).to_dict()
    names = [s["name"] for s in record["sources"]]
    assert [(q["speaker_text"], names[q["source_id"]]) for q in record["quotes"]] == [
        ("Mrs. Clinton", "Clinton"),
        ("Mr. Trump", "Trump"),
        ("she", "Clinton"),
        ("he", "Trump"),
    ]


def test_a_given_name_tells_the_gender_a_pronoun_needs() -> None:
    text = (
        "Title.\n\n“It will pass,” Claire McCaskill said.\n\n“It will not,” David Gorski "
        "said.\n\n“We have the votes,” she said.\n"
    )
    record = parse_text(text).to_dict()
    names = [s["name"] for s in record["sources"]]
    assert [(q["speaker_text"], names[q["source_id"]]) for q in record["quotes"]] == [
        ("Claire McCaskill", "Claire McCaskill"),
        ("David Gorski", "David Gorski"),
        ("she", "Claire McCaskill"),
    ]


def test_a_given_name_outweighs_a_job_word() -> None:
    text = (
        "Title.\n\nTrading Commission Chairman Susan Phillips told reporters the rules "
        "would change.\n\nBut she said the proposal was “something to look at.”\n"
    )
    record = parse_text(text).to_dict()
    names = [s["name"] for s in record["sources"]]
    assert [(q["speaker_text"], names[q["source_id"]]) for q in record["quotes"]] == [
        ("she", "Susan Phillips")
    ]


def test_surname_and_acronym_aliases() -> None:
    text = (
        "Title.\n\nSyrian Democratic Forces (SDF) took the town.\n\n"
        "SDF said the town was free.\n\nJohn Smith said the war was over.\n\n"
        "Smith said it again."
    )
    record = parse_text(text).to_dict()
    names = [(s["name"], s["kind"], s["attribution_count"]) for s in record["sources"]]
    assert names == [("Syrian Democratic Forces", "organization", 1), ("John Smith", "person", 2)]


def test_seed_sources() -> None:
    path = SHARED / "corpora" / "seed" / "articles" / "kurdistan24-baghdadi.txt"
    if not Path(path).exists():
        pytest.skip("shared corpora not present")
    record = parse_text(path.read_text(encoding="utf-8")).to_dict()
    ministry = record["sources"][0]
    assert ministry["name"] == "Russian Ministry of Defense"
    assert {"Russian Defense Ministry", "the statement", "the Ministry"} <= set(ministry["aliases"])
    assert [(q["speaker"], q["speaker_text"], q["cue"]) for q in record["quotes"]] == [
        ("Russian Ministry of Defense", "the statement", "read"),
        ("Russian Ministry of Defense", "the Ministry", "added"),
    ]
    for item in record["quotes"] + record["attributions"]:
        assert item["source_id"] is None or 0 <= item["source_id"] < len(record["sources"])


def test_the_company_is_the_company_named_before() -> None:
    record = parse_text(
        "Acme to close plant\n\nAcme Corp. will close its plant in Ohio.\n\n"
        "“We regret this decision,” Jane Smith, a spokeswoman for Acme Corp., told Reuters.\n\n"
        "“Nobody will be left behind,” the company added.\n"
    ).to_dict()
    speakers = [(q["speaker"], q["speaker_text"]) for q in record["quotes"]]
    assert speakers == [
        ("Jane Smith", "Jane Smith, a spokeswoman for Acme Corp."),
        ("Acme Corp.", "the company"),
    ]
    acme = next(s for s in record["sources"] if s["name"] == "Acme Corp.")
    assert (acme["kind"], acme["aliases"]) == ("organization", ["the company"])


WIRE_LEAD = "ROCHESTER, N.Y., March 30 - "


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # the company named inside what the company heard last said is what it spoke of
            "Rochester Telephone Corp said it completed its acquisition of the Enterprise "
            "Telephone Co.\n    Enterprise serves 16,000 lines, the company said.",
            "Rochester Telephone Corp",
        ),
        (  # a company named after the content, in its sentence
            "Tokheim Corp said it reached an agreement with <TechVend>, a New Jersey-based "
            "corporation which developed a rental machine.\n    The company said the "
            "machines are a springboard.",
            "Tokheim Corp",
        ),
        (  # a wire story breaks the line inside the reference
            "Tokheim Corp said the agreement gives it rights.\n    Enterprise Telephone Co "
            "will sell the machines, the\ncompany said.",
            "Enterprise Telephone Co",
        ),
        (  # a relative clause after the reference
            "Landmark Bancshares Corp said its stock will trade on the New York Stock "
            "Exchange.\n    The company, whose stock has traded on the American Stock "
            "Exchange, said it will keep its symbol.",
            "Landmark Bancshares Corp",
        ),
        (  # "the group" of the holders that spoke, not of the company they hold
            "A group of investment firms led by Fundamental Management Corp said it raised "
            "its stake in Robeson Industries Corp.\n    The group said it bought 32,800 "
            "shares.",
            "A group of investment firms led by Fundamental Management Corp",
        ),
        (  # a court the company spoke of is no company
            "Invacare Corp said the Canadian Federal Court ruled in its favour.\n    The "
            "court said Everest must pay.",
            "Canadian Federal Court",
        ),
    ],
)
def test_the_company_in_a_wire_story(body: str, speaker: str) -> None:
    record = parse_text(f"STORY\n\n    {WIRE_LEAD}{body}\n").to_dict()
    names = [s["name"] for s in record["sources"]]
    last = record["attributions"][-1]
    assert names[last["source_id"]] == speaker


def test_the_group_is_no_company_without_the_word_in_its_name() -> None:
    record = parse_text(
        "STORY\n\nWASHINGTON, March 17 - An investor told the SEC he holds Heck's Inc "
        "stock.\n    The group said it sold 579,600 shares.\n"
    ).to_dict()
    assert "Heck's Inc" not in [s["name"] for s in record["sources"]]


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        ("Harris Associates L.P.", "Harris", "organization"),
        ("Trans World Airlines Inc", "TWA", "organization"),
        ("American Telephone and Telegraph Co", "ATT", "organization"),
        ("The official Tanjug news agency", "Tanjug", "media"),
    ],
)
def test_a_short_name_of_a_company_heard_before_is_the_company(
    first: str, second: str, kind: str
) -> None:
    record = parse_text(
        f"STORY\n\nNEW YORK, March 2 - {first} said it cut its stake.\n"
        f"    {second} said it sold 87,350 shares.\n"
    ).to_dict()
    assert [a["source_id"] for a in record["attributions"]] == [0, 0]
    assert [(s["name"], s["kind"]) for s in record["sources"]] == [(first, kind)]


def test_initials_joined_by_and_and_a_founders_firm_are_one_body() -> None:
    record = parse_text(
        "S/P SEES GROWTH\n\nNEW YORK, March 13 - Standard and Poor's Corp said it expects "
        "growth.\n    S and P said the market would grow.\n"
        "    Standard and Poor's said issuers gained.\n"
    ).to_dict()
    assert [a["source_id"] for a in record["attributions"]] == [0, 0, 0, 0]
    assert [(s["name"], s["kind"]) for s in record["sources"]] == [
        ("Standard and Poor's Corp", "organization")
    ]


@pytest.mark.parametrize("printed", ["P and O", "B and C"])
def test_single_capitals_joined_by_and_are_a_body(printed: str) -> None:
    record = parse_text(f"STORY\n\n{printed} said it would sell the unit.\n").to_dict()
    assert [(s["name"], s["kind"]) for s in record["sources"]] == [(printed, "organization")]


def test_a_relative_clause_after_a_source_is_no_form_of_its_name() -> None:
    record = parse_text(
        "STORY\n\nKansas oilman Nicholas Powell said he has bought shares.\n\n"
        "Powell, who heads Prairie Resources Corp, said he bought them as an investment.\n\n"
        "The company, which went public in 1985, said it had a loss.\n\n"
        "Buckley — who landed a key role in the play — said she had not sung in years.\n"
    ).to_dict()
    assert [(s["name"], s["aliases"]) for s in record["sources"]] == [
        ("Nicholas Powell", ["Kansas oilman Nicholas Powell", "Powell"]),
        ("Prairie Resources Corp", ["The company"]),
        ("Buckley", []),
    ]


@pytest.mark.parametrize(
    ("marked", "short"),
    [("Dittler Brothers", "Dittler"), ("Prudential Insurance Co of America", "Prudential")],
)
def test_a_name_in_angle_brackets_is_a_company(marked: str, short: str) -> None:
    record = parse_text(
        f"STORY\n\nATLANTA, March 2 - <{marked}> said it agreed to buy the plant.\n"
        f"    {short} said the price was not disclosed.\n"
    ).to_dict()
    assert [a["source_id"] for a in record["attributions"]] == [0, 0]
    assert [(s["name"], s["kind"]) for s in record["sources"]] == [(marked, "organization")]


def test_a_surname_of_a_person_named_in_full_is_no_company() -> None:
    record = parse_text(
        "STORY\n\nDETROIT, March 2 - Ford Motor Co said it cut prices.\n"
        "    Chairman Henry Ford said sales rose.\n    Ford said more cuts would come.\n"
    ).to_dict()
    names = [s["name"] for s in record["sources"]]
    assert [names[a["source_id"]] for a in record["attributions"]] == [
        "Ford Motor Co",
        "Henry Ford",
        "Henry Ford",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a public body that spoke last is no company
            "The Justice Department said it would act.\n\nThe company said it was fine.",
            [("The Justice Department", "The Justice Department"), ("The company", "The company")],
        ),
        (
            "The dean of the Graduate School of Journalism said it was fair.\n\n"
            "The company said it was wrong.",
            [
                (
                    "The dean of the Graduate School of Journalism",
                    "The dean of the Graduate School of Journalism",
                ),
                ("The company", "The company"),
            ],
        ),
        (  # ... the company that spoke before it is
            "Acme Corp said it would close.\n\nThe Justice Department said it would act."
            "\n\nThe company said it was fine.",
            [
                ("Acme Corp", "Acme Corp"),
                ("The Justice Department", "The Justice Department"),
                ("The company", "Acme Corp"),
            ],
        ),
        (  # a company whose name holds such a word is one; "the group" may be a committee
            "Wieboldt's Department Stores said it would close.\n\nThe company said it was"
            " sorry.\n\nThe Finance Committee said it would act.\n\nThe group said so.",
            [
                ("Wieboldt's Department Stores", "Wieboldt's Department Stores"),
                ("The company", "Wieboldt's Department Stores"),
                ("The Finance Committee", "The Finance Committee"),
                ("The group", "The Finance Committee"),
            ],
        ),
    ],
)
def test_the_company_is_no_public_body_that_spoke_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    record = parse_text(f"Title.\n\n{text}\n").to_dict()
    names = [s["name"] for s in record["sources"]]
    assert [(a["source_text"], names[a["source_id"]]) for a in record["attributions"]] == expected


def test_a_document_no_body_issued_is_no_person_s() -> None:
    record = parse_text(
        "Levees failed\n\n“It is too early to say,” said Mr Smith, the party's leader.\n\n"
        "The report concluded that the levees had failed.\n"
    ).to_dict()
    names = [(s["name"], s["kind"], s["aliases"]) for s in record["sources"]]
    assert names == [("Smith", "person", ["Mr Smith"]), ("The report", "document", [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The war will end soon, an official newspaper said.", ("an official newspaper", "media")),
        ("The war will end soon, a senior official said.", ("a senior official", "anonymous")),
        (  # people who spoke to an outlet are no outlet
            "The war will end soon, three sources who spoke to Fox News said.",
            ("three sources who spoke to Fox News", "anonymous"),
        ),
    ],
)
def test_an_official_outlet_is_no_unnamed_official(
    sentence: str, expected: tuple[str, str]
) -> None:
    record = parse_text(f"War news\n\n{sentence}\n").to_dict()
    assert [(s["name"], s["kind"]) for s in record["sources"]] == [expected]


@pytest.mark.parametrize("outlet", ["BuzzFeed", "The Daily Caller", "ProPublica", "Variety"])
def test_an_outlet_named_alone_is_media(outlet: str) -> None:
    record = parse_text(f"Story\n\nThe senator will resign, {outlet} reported.\n").to_dict()
    assert [(s["name"], s["kind"]) for s in record["sources"]] == [(outlet, "media")]


def test_the_post_of_a_body_in_lower_case_is_a_person_s_title() -> None:
    record = parse_text(
        "Housing plan\n\nThe leader of Leeds City Council, Judith Blake, said the plan "
        "would work.\n\n“This is a historic day,” she said.\n"
    ).to_dict()
    blake = record["sources"][0]
    assert (blake["name"], blake["kind"], blake["title"]) == (
        "Judith Blake",
        "person",
        "leader of Leeds City Council",
    )
    assert [q["speaker"] for q in record["quotes"]] == ["Judith Blake"]  # "she"


def test_a_video_is_a_document() -> None:
    record = parse_text(
        "Rescue filmed\n\nVideo of the rescue shows the girl was unharmed.\n"
    ).to_dict()
    assert [(s["name"], s["kind"]) for s in record["sources"]] == [
        ("Video of the rescue", "document")
    ]


def test_a_dealer_or_a_partner_is_a_title() -> None:
    record = parse_text(
        "Oil rises\n\n“The market is tight,” said John Kilduff, a partner at Again Capital.\n\n"
        "Prices will rise further this week, one dealer said.\n\n"
        "“It is over,” said one bond trader who asked not to be\nidentified.\n"
    ).to_dict()
    found = [(s["name"], s["kind"], s["title"]) for s in record["sources"]]
    assert found == [
        ("John Kilduff", "person", "partner"),
        ("one dealer", "anonymous", "dealer"),  # unnamed, as "an official" is
        # a line break inside the words that ask for anonymity
        ("one bond trader who asked not to be identified", "anonymous", "trader"),
    ]


def test_a_body_printed_with_what_it_is_keeps_its_name_and_its_noun() -> None:
    record = parse_text(
        "Title.\n\nThe charity Oxfam said millions faced hunger.\n\n"
        "Oxfam added that donations had fallen.\n\n"
        "The charity said it would appeal again.\n"
    ).to_dict()
    assert [a["source_id"] for a in record["attributions"]] == [0, 0, 0]
    oxfam = record["sources"][0]
    assert (oxfam["name"], oxfam["kind"]) == ("Oxfam", "organization")
    assert oxfam["aliases"] == ["The charity Oxfam", "The charity"]


def test_a_name_in_a_headline_of_capitals_is_the_person_the_story_names() -> None:
    record = parse_text(
        "REAGAN SAYS HE WILL VETO HIGHWAY BILL\n\n"
        "WASHINGTON, March 27 - President Reagan said he would veto the bill.\n"
    ).to_dict()
    assert [a["source_id"] for a in record["attributions"]] == [0, 0]
    reagan = record["sources"][0]
    assert (reagan["name"], reagan["kind"], reagan["aliases"]) == (
        "Reagan",
        "person",
        ["REAGAN", "President Reagan"],
    )


@pytest.mark.parametrize(
    ("headline", "body", "name", "kind"),
    [
        (
            "CONABLE SAYS DEBTS MANAGEABLE",
            "The debts are manageable, World Bank President Barber Conable said.",
            "Barber Conable",
            "person",
        ),
        (
            "FED'S JOHNSON SEES INTEREST RATES STABLE",
            "Federal Reserve Board Vice Chairman Manuel Johnson said rates were stable.",
            "Manuel Johnson",
            "person",
        ),
        (
            "UTILICORP <UCU> SEES HIGHER 1987 FIRST QUARTER",
            "Utilicorp United Corp said it expects higher earnings.",
            "Utilicorp United Corp",
            "organization",
        ),
        (
            "GREAT NORTHERN NEKOOSA <GNN> SEES LOWER NET",
            "The Great Northern Nekoosa Corp said it expects lower earnings.",
            "The Great Northern Nekoosa Corp",
            "organization",
        ),
        (
            "NASD SEES RULE CHANGE",
            "The National Association of Securities Dealers Inc said it expects a change.",
            "The National Association of Securities Dealers Inc",
            "organization",
        ),
    ],
)
def test_a_source_in_a_headline_of_capitals_is_the_one_the_story_names(
    headline: str, body: str, name: str, kind: str
) -> None:
    record = parse_text(f"{headline}\n\nNEW YORK, March 2 - {body}\n").to_dict()
    assert [a["source_id"] for a in record["attributions"]] == [0, 0]
    assert [(s["name"], s["kind"]) for s in record["sources"]] == [(name, kind)]


def test_a_place_in_a_headline_of_capitals_is_no_body_the_story_names() -> None:
    record = parse_text(
        "JAPAN SEES NO TRADE WAR\n\n"
        "TOKYO, March 2 - Japan's Ministry of International Trade said trade would grow.\n"
    ).to_dict()
    assert [s["name"] for s in record["sources"]] == [
        "JAPAN",
        "Japan's Ministry of International Trade",
    ]


def test_the_one_who_asked_is_no_pronoun_of_the_answer() -> None:
    record = parse_text(
        "Title.\n\nAsked by Matt Lauer whether she had practiced, she said no.\n"
    ).to_dict()
    assert [a["source_id"] for a in record["attributions"]] == [0, None]
    assert [s["name"] for s in record["sources"]] == ["Matt Lauer"]


def test_a_definite_job_is_the_unnamed_person_who_holds_it() -> None:
    record = parse_text(
        "Title.\n\n“It will pass,” a senior official told PTI.\n\n"
        "According to the official, the bill may go to a committee.\n"
    ).to_dict()
    assert [a["source_id"] for a in record["attributions"]] == [0, 0]
    official = record["sources"][0]
    assert (official["kind"], official["aliases"]) == ("anonymous", ["the official"])


def test_an_unnamed_witness_is_the_she_who_speaks_next() -> None:
    record = parse_text(
        "Title.\n\n“We thank the community,” police spokeswoman Karen Hill said.\n\n"
        "One witness, who declined to give her name, told the Tribune she heard five "
        "shots. “It was terrifying,” she said.\n"
    ).to_dict()
    witness = record["sources"][1]
    assert (witness["name"], witness["kind"]) == ("One witness", "anonymous")
    assert [q["speaker"] for q in record["quotes"]] == ["Karen Hill", witness["name"]]
    # the relative clause's own attribution speaks for the same unnamed witness
    assert {a["source_id"] for a in record["attributions"][1:]} == {1}


def test_she_of_the_only_named_person_is_known_beside_an_unnamed_one() -> None:
    record = parse_text(
        "Title.\n\nA State Department official said the emails were sent.\n\n"
        "Clinton said she had no regrets. She said it was allowed.\n\n"
        "He said he was happy to help.\n"
    ).to_dict()
    names = [
        record["sources"][a["source_id"]]["name"] if a["source_id"] is not None else None
        for a in record["attributions"]
    ]
    # "she" told Clinton's gender: "He" is the unnamed official, not Clinton
    assert names == ["A State Department official", "Clinton", "Clinton", names[0]]


@pytest.mark.parametrize(
    ("first", "second"),
    [("The Federal Reserve", "The Fed"), ("The Fed", "The Federal Reserve")],
)
def test_a_body_s_short_name_is_the_body(first: str, second: str) -> None:
    record = parse_text(
        f"Title.\n\n{first} said inflation had eased.\n\n"
        f"{second} said it would keep rates on hold.\n\nOpec said output would rise.\n"
    ).to_dict()
    assert [a["source_id"] for a in record["attributions"]] == [0, 0, 1]
    assert [(s["name"], s["kind"], s["aliases"]) for s in record["sources"]] == [
        ("The Federal Reserve", "organization", ["The Fed"]),
        ("Opec", "organization", []),
    ]


def test_a_body_s_short_name_names_it_until_the_full_name_is_printed() -> None:
    record = parse_text("Title.\n\nThe Fed said it would keep rates on hold.\n").to_dict()
    assert [(s["name"], s["kind"]) for s in record["sources"]] == [("The Fed", "organization")]


def test_the_short_name_of_a_paper_is_the_paper_named_before() -> None:
    record = parse_text(
        "Title.\n\nThe New York Times reported that the deal was close.\n\n"
        "The Times said it had seen the draft.\n"
    ).to_dict()
    assert [a["source_id"] for a in record["attributions"]] == [0, 0]
    assert record["sources"][0]["kind"] == "media"


def test_a_quotation_according_to_someone_is_direct() -> None:
    record = parse_text(
        "Title.\n\n“The fire is not contained,” according to spokesperson Jon Heggie.\n"
    ).to_dict()
    assert [(a["cue"], a["direct"]) for a in record["attributions"]] == [("according to", True)]


@pytest.mark.parametrize(
    ("second", "people"),
    [
        ("The pontiff", ["Pope Francis"]),  # a description of one person
        ("The Argentine", ["Pope Francis"]),  # a nationality of one person
        ("The Philippine Star", ["Pope Francis", "The Philippine Star"]),  # a paper
    ],
)
def test_a_description_of_one_person_is_the_person_last_heard(
    second: str, people: list[str]
) -> None:
    record = parse_text(
        f"Title.\n\nPope Francis said peace was possible.\n\n{second} said it was time.\n"
    ).to_dict()
    assert [s["name"] for s in record["sources"]] == people


def test_the_ministry_is_the_ministry_named_before() -> None:
    record = parse_text(
        "Strike in Syria\n\nThe strike was filmed by the Russian Ministry of Defense on Friday.\n\n"
        "“The strike killed 30 commanders,” the ministry said.\n"
    ).to_dict()
    assert [q["speaker"] for q in record["quotes"]] == ["Russian Ministry of Defense"]


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        (  # "the air force" after "Ukraine's air force"
            "Title.\n\nUkraine's air force said it shot down 20 drones.\n\n"
            "“They came from three directions,” the air force said.\n",
            "the air force",
        ),
        (  # "the agency": the organisation last heard
            "Title.\n\nTesla is recalling 2 million cars, the National Highway Traffic Safety "
            "Administration said.\n\nThe agency said the system could be misused.\n",
            "The agency",
        ),
    ],
)
def test_a_common_noun_refers_to_the_organisation_named_before(text: str, alias: str) -> None:
    record = parse_text(text).to_dict()
    assert [a["source_id"] for a in record["attributions"]] == [0, 0]
    assert record["sources"][0]["aliases"] == [alias]


@pytest.mark.parametrize("second", ["The Pentagon", "The Kremlin", "The FBI", "the UN"])
def test_a_named_institution_is_no_earlier_organisation(second: str) -> None:
    record = parse_text(
        f"Title.\n\nThe Interior Ministry said it took two villages.\n\n"
        f"{second} said it was worried.\n\nThe ministry added that it was fine.\n"
    ).to_dict()
    assert [a["source_id"] for a in record["attributions"]] == [0, 1, 0]
    assert record["sources"][0]["aliases"] == ["The ministry"]


def test_the_job_after_a_body_s_possessive_is_the_title() -> None:
    record = parse_text(
        "Title.\n\n“We need access now,” said Clementine Nkweta-Salami, the UN’s humanitarian "
        "coordinator for Sudan.\n"
    ).to_dict()
    assert [(s["name"], s["title"]) for s in record["sources"]] == [
        ("Clementine Nkweta-Salami", "coordinator")
    ]


def test_a_phrase_set_off_before_the_cue_can_make_a_group_anonymous() -> None:
    record = parse_text(
        "Title.\n\nSeveral donors, speaking on the condition of anonymity, said they had "
        "paused.\n\nTrump, speaking at a rally in Ohio, said it was over.\n"
    ).to_dict()
    assert [(s["name"], s["kind"], s["anonymous"]) for s in record["sources"]] == [
        ("Several donors", "anonymous", True),
        ("Trump", "person", False),
    ]


def test_he_is_no_woman_the_story_has_called_she() -> None:
    record = parse_text(
        "Title.\n\nJane Smith said the plan was sound.\n\n“We looked at every option,” "
        "she said.\n\nHer deputy was cautious. “We need care,” he told the FT.\n"
    ).to_dict()
    assert [q["speaker"] for q in record["quotes"]] == ["Jane Smith", None]


def test_i_and_we_in_the_story_s_own_words_are_the_writer() -> None:
    record = parse_text(
        "Why food banks matter\n\nPriya Nair, who runs the pantry, said demand had "
        "doubled.\n\nI hope the council listens. We called the mayor's office twice.\n\n"
        "“I hope they act,” Nair said.\n"
    ).to_dict()
    names = {s["id"]: s["name"] for s in record["sources"]}
    assert [(a["source_text"], names[a["source_id"]]) for a in record["attributions"]] == [
        ("Priya Nair, who runs the pantry", "Priya Nair"),
        ("I", "I"),
        ("We", "I"),
        ("Nair", "Priya Nair"),
    ]


def test_a_body_job_with_the_is_the_person_who_holds_it() -> None:
    record = parse_text(
        "Title.\n\nKremlin Spokesman Dmitry Peskov told reporters Russia was ready.\n\n"
        "“There have been contacts,” the Kremlin spokesman said.\n"
    ).to_dict()
    assert [(s["name"], s["aliases"]) for s in record["sources"]] == [
        ("Dmitry Peskov", ["Kremlin Spokesman Dmitry Peskov", "the Kremlin spokesman"])
    ]


def test_a_surname_with_its_particle_is_the_surname_alone() -> None:
    record = parse_text(
        "Title.\n\nMohammed al-Saiedi, a lawmaker, said the vote was blocked.\n\n"
        "“The house has to agree on one name,” Saiedi told Rudaw.\n"
    ).to_dict()
    assert [(s["name"], s["aliases"]) for s in record["sources"]] == [
        ("Mohammed al-Saiedi", ["Mohammed al-Saiedi, a lawmaker", "Saiedi"])
    ]


def test_a_gender_word_in_the_name_of_a_body_tells_no_gender() -> None:
    record = parse_text(
        "Title.\n\n“Our people are our asset,” Abdullah Al-Ghamdi said.\n\nReem Al-Faisal, "
        "a professor at King Saud University, told Arab News the plan was timely.\n\n"
        "“Demand is growing fast,” she said.\n"
    ).to_dict()
    assert [q["speaker"] for q in record["quotes"]] == ["Abdullah Al-Ghamdi", "Reem Al-Faisal"]


def test_a_company_named_with_its_suffix_is_the_company() -> None:
    text = (
        "Title.\n\nTesla said it would recall the cars.\n\n"
        "Tesla Inc makes electric cars in Texas.\n"
    )
    source = parse_text(text).to_dict()["sources"][0]
    assert (source["name"], source["kind"], source["aliases"]) == (
        "Tesla Inc",
        "organization",
        ["Tesla"],
    )


def test_a_company_named_with_two_words_and_its_suffix_is_the_company() -> None:
    text = (
        "Title.\n\nAmerican Can Co filed for a debt offering.\n\n"
        "Proceeds will be used for general purposes, American Can said.\n"
    )
    source = parse_text(text).to_dict()["sources"][0]
    assert (source["name"], source["kind"], source["aliases"]) == (
        "American Can Co",
        "organization",
        ["American Can"],
    )


def test_an_acronym_with_its_article_joins_the_named_organisation() -> None:
    record = parse_text(
        "Economy shrinks\n\nThe Office for National Statistics (ONS) said output fell.\n\n"
        "The ONS added that retail sales were flat.\n"
    ).to_dict()
    assert [(s["name"], s["aliases"]) for s in record["sources"]] == [
        ("The Office for National Statistics", ["The ONS"])
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # the given name printed earlier, not as a source
            "Title.\n\nMohamed Salah scored twice on Sunday.\n\n“It was big,” Salah said.\n",
            "Mohamed Salah",
        ),
        (  # a job before the given name is no part of the name
            "Title.\n\nLiverpool forward Mohamed Salah scored.\n\n“It was big,” Salah said.\n",
            "Mohamed Salah",
        ),
        (  # a headline in title case is read last: its capitals name nobody
            "Understated Perez Raises Profile.\n\nLabor Secretary Tom Perez spoke.\n\n"
            "“It was big,” Perez said.\n",
            "Tom Perez",
        ),
        (  # a conjunction that opens the sentence is no given name
            "Title.\n\nBut Megan Hester said it failed.\n\n“It was big,” Hester said.\n",
            "Megan Hester",
        ),
        (  # a word that opens a clause is no given name
            "Title.\n\nAfter Salah scored, the crowd sang.\n\n“It was big,” Salah said.\n",
            "Salah",
        ),
        (  # particles and a surname after the word belong to the name
            "Title.\n\nBrazilian President Luiz Inacio Lula da Silva met farmers.\n\n"
            "“It was big,” Lula said.\n",
            "Luiz Inacio Lula da Silva",
        ),
        (  # a particle between given names and the surname
            "Title.\n\nLudwig van Beethoven wrote nine symphonies.\n\n"
            "“It was big,” Beethoven said.\n",
            "Ludwig van Beethoven",
        ),
        (  # no name runs over a line break: a section line over the headline
            "Markets\nSmith Rises as Stocks Gain\n\n“It was big,” Smith said.\n",
            "Smith",
        ),
    ],
)
def test_a_surname_takes_the_fullest_form_the_text_prints(text: str, name: str) -> None:
    record = parse_text(text).to_dict()
    assert [s["name"] for s in record["sources"]] == [name]


def test_the_apposition_after_a_source_printed_after_its_cue_gives_its_title() -> None:
    text = "Title.\n\n“It is a solid quarter,” said Gene Munster, managing partner at Deepwater.\n"
    record = parse_text(text).to_dict()
    assert record["attributions"][0]["source_text"] == "Gene Munster"  # as printed, the name
    source = record["sources"][0]
    assert (source["name"], source["kind"], source["title"]) == (
        "Gene Munster",
        "person",
        "managing partner",
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The reforms were criticised by Smith, who called them “a disaster”.", "Smith"),
        (
            "Hillary Clinton, the former secretary of state, who said the plan was weak, spoke.",
            "Hillary Clinton",
        ),
        ("The group, which said it opposed the plan, met on Monday.", "The group"),
    ],
)
def test_a_relative_pronoun_speaks_for_its_antecedent(sentence: str, name: str) -> None:
    text = f"Title.\n\nJones said the plan was bold.\n\n{sentence}\n"
    record = parse_text(text).to_dict()
    last = record["attributions"][-1]
    assert last["source_text"] in ("who", "which")
    assert record["sources"][last["source_id"]]["name"] == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The panel heard officials, including a career Army officer who described the "
            "call as “improper.”",
            "a career Army officer",
        ),
        (
            "Sanders disavowed remarks made by a campaign surrogate who said voters should "
            "“stop electing” them.",
            "a campaign surrogate",
        ),
        ("Calls were taken by an operator who said the office was closed.", "an operator"),
        ("The news came in a note by a manager who said the shop would shut.", "a manager"),
    ],
)
def test_an_unnamed_head_of_a_restrictive_clause_speaks(sentence: str, name: str) -> None:
    # the noun phrase a relative clause with no comma restricts, not the last one heard
    text = f"Title.\n\nJones said the plan was bold.\n\n{sentence}\n"
    record = parse_text(text).to_dict()
    last = record["attributions"][-1]
    assert last["source_text"] == "who"
    assert record["sources"][last["source_id"]]["name"] == name


@pytest.mark.parametrize(
    "sentence",
    [
        # an apposition, a predicate or the object of a preposition inside a longer
        # phrase: the head of the clause is no new speaker
        "Gephardt, a Missouri Democrat who is seeking the nomination, spoke.",
        "Cruz is a rare candidate who hopes to win Iowa.",
        "Sosa, a consultant and an influential Republican who said he would not vote, spoke.",
        "A spokesman for a group who said it was bad left.",
        "He won by a wide margin among voters who decided late.",
        "That is the tender that sold two cargoes.",
    ],
)
def test_a_restrictive_clause_after_a_named_subject_keeps_the_old_reading(
    sentence: str,
) -> None:
    text = f"Title.\n\nJones said the plan was bold.\n\n{sentence}\n"
    record = parse_text(text).to_dict()
    names = [s["name"] for s in record["sources"]]
    assert not any(n.lower().startswith(("a ", "an ")) for n in names), names


def test_an_acronym_and_its_spelt_out_name_are_one_organisation() -> None:
    record = parse_text(
        "IDF says it struck depot\n\nThe Israel Defense Forces said it struck a depot.\n\n"
        "According to the IDF, the depot stored launchers.\n"
    ).to_dict()
    assert [(s["name"], s["kind"], s["aliases"]) for s in record["sources"]] == [
        ("The Israel Defense Forces", "organization", ["IDF", "the IDF"])
    ]


def test_a_plus_after_capitals_belongs_to_the_name() -> None:
    record = parse_text("Title.\n\nOil edged higher after OPEC+ agreed to delay plans.\n").to_dict()
    assert [a["source_text"] for a in record["attributions"]] == ["OPEC+"]
    assert [(s["name"], s["kind"]) for s in record["sources"]] == [("OPEC+", "organization")]


def test_a_later_outlet_named_by_fewer_words_is_the_same_outlet() -> None:
    record = parse_text(
        "Title.\n\nOn Monday, the New York Daily News suggested the plan was bad.\n\n"
        "Later, the Daily News claimed the group was wrong.\n"
    ).to_dict()
    assert [(s["name"], s["kind"], s["aliases"]) for s in record["sources"]] == [
        # a listed outlet is named as printed, as "the Washington Post" is
        ("the New York Daily News", "media", ["the Daily News"])
    ]


def test_a_group_of_people_is_no_he_or_she() -> None:
    record = parse_text(
        "Title.\n\nJohn Smith said the plan was good.\n\n"
        "Residents in Gaza said the strikes continued.\n\nHe said it would pass.\n"
    ).to_dict()
    names = [s["name"] for s in record["sources"]]
    assert [names[a["source_id"]] for a in record["attributions"]] == [
        "John Smith",
        "Residents in Gaza",
        "John Smith",
    ]


def test_a_member_of_coordinated_persons_speaks_later_with_the_full_name() -> None:
    record = parse_text(
        "Title.\n\nChinese President Xi Jinping and Brazilian President Luiz Inacio Lula da "
        "Silva on Wednesday agreed to deepen ties.\n\nXi said China is willing to work with "
        "Brazil.\n\nLula said Brazil values its friendship with China.\n"
    ).to_dict()
    assert [(s["name"], s["title"], s["aliases"]) for s in record["sources"]] == [
        (
            "Xi Jinping and Luiz Inacio Lula da Silva",
            None,
            ["Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva"],
        ),
        ("Xi Jinping", "Chinese President", ["Xi"]),
        ("Luiz Inacio Lula da Silva", "Brazilian President", ["Lula"]),
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Chinese President Xi Jinping said the deal was good.", "Xi said it again."),
        ("Xi said it first.", "Chinese President Xi Jinping said the deal was good."),
    ],
)
def test_a_name_printed_surname_first_joins_its_first_word(first: str, second: str) -> None:
    record = parse_text(f"Title.\n\n{first}\n\n{second}\n").to_dict()
    assert [(s["name"], s["title"]) for s in record["sources"]] == [
        ("Xi Jinping", "Chinese President")
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Beijing said it would take resolute measures.", "organization"),
        # a person named after the city is printed in full: the person
        ("Whitney Houston sang.\n\nHouston said she was tired.", "person"),
    ],
)
def test_a_city_that_speaks_is_its_government(text: str, kind: str) -> None:
    record = parse_text(f"Title.\n\n{text}\n").to_dict()
    assert [s["kind"] for s in record["sources"]] == [kind]


def test_a_definite_job_is_the_latest_person_holding_it() -> None:
    text = (
        "Water on the agenda\n\nBAGHDAD (Reuters) - Iraqi Foreign Minister Fuad Hussein said on "
        "Monday that Baghdad wanted talks.\n\n"
        "“We are ready to meet,” the foreign minister told reporters.\n\n"
        "The minister added that water would be on the agenda.\n\n"
        "Government spokesman Basim al-Awadi said the cabinet backed the plan. "
        "The spokesman said no date had been set.\n"
    )
    record = parse_text(text).to_dict()
    assert [(s["name"], s["aliases"]) for s in record["sources"]] == [
        (
            "Fuad Hussein",
            ["Iraqi Foreign Minister Fuad Hussein", "the foreign minister", "The minister"],
        ),
        ("Basim al-Awadi", ["Government spokesman Basim al-Awadi", "The spokesman"]),
    ]
    assert [q["speaker"] for q in record["quotes"]] == ["Fuad Hussein"]


def test_a_definite_job_no_one_holds_stays_its_own_source() -> None:
    text = (
        "Talks stall\n\nFuad Hussein said on Monday that Baghdad wanted talks.\n\n"
        "The spokesman said no date had been set.\n"
    )
    names = [s["name"] for s in parse_text(text).to_dict()["sources"]]
    assert names == ["Fuad Hussein", "The spokesman"]


@pytest.mark.parametrize("job", ["Minister", "Prime Minister"])
def test_a_headline_job_in_capitals_is_the_person_the_body_names(job: str) -> None:
    record = parse_text(
        f"{job} defends budget\n\n{job} Rachel Reeves defended her budget on Wednesday.\n"
    ).to_dict()
    assert [s["name"] for s in record["sources"]] == ["Rachel Reeves"]
    assert [a["source_id"] for a in record["attributions"]] == [0, 0]


def test_a_surname_that_is_a_job_is_the_person_named_before() -> None:
    record = parse_text(
        "Title.\n\nKen Doctor said the paper would close.\n\nDoctor said it was sad.\n"
    ).to_dict()
    assert [s["name"] for s in record["sources"]] == ["Ken Doctor"]


def test_a_headline_job_is_the_person_the_body_names() -> None:
    text = (
        "Salaries to be paid next week, minister says\n\n"
        "ERBIL (Kurdistan24) - The two governments agreed on salaries, KRG Finance Minister "
        "Awat Sheikh Janab said on Wednesday.\n"
    )
    record = parse_text(text).to_dict()
    assert [(s["name"], s["kind"], s["title"], s["aliases"]) for s in record["sources"]] == [
        (
            "Awat Sheikh Janab",
            "person",
            "KRG Finance Minister",
            ["minister", "KRG Finance Minister Awat Sheikh Janab"],
        )
    ]
    assert [a["source_id"] for a in record["attributions"]] == [0, 0]


def test_an_age_or_a_nationality_alone_is_the_latest_person() -> None:
    text = (
        "Ronaldo plays on\n\nCristiano Ronaldo said on Saturday he was happy.\n\n"
        "“I feel good,” the Brazilian said after the match.\n\n"
        "The 39-year-old said he would play on.\n\n"
        "The Chinese said the match was fair.\n"
    )
    record = parse_text(text).to_dict()
    assert [(s["name"], s["aliases"]) for s in record["sources"]] == [
        ("Cristiano Ronaldo", ["the Brazilian", "The 39-year-old"]),
        ("The Chinese", []),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # one surname, two given names: two persons
            "Hillary Clinton said she would win. Former President Bill Clinton said the "
            "campaign was strong.",
            ["Hillary Clinton", "Bill Clinton"],
        ),
        (  # an honorific, a particle or a word of a double surname is no other given name
            "Hillary Clinton said she would win. Mrs. Clinton said the race was close.",
            ["Hillary Clinton"],
        ),
        (
            "Debbie Wasserman Schultz said the vote was fair. Wasserman Schultz said more "
            "debates would follow.",
            ["Debbie Wasserman Schultz"],
        ),
        (
            "Mayor Bill de Blasio said the city was safe. De Blasio said crime had fallen.",
            ["Bill de Blasio"],
        ),
    ],
)
def test_persons_of_one_surname_are_told_apart_by_their_given_names(
    text: str, names: list[str]
) -> None:
    record = parse_text(f"Title\n\n{text}\n").to_dict()
    assert [s["name"] for s in record["sources"]] == names


def test_names_and_aliases_wrapped_over_lines_are_on_one_line() -> None:
    record = parse_text(
        "Title.\n\nThe Federal\nReserve said inflation had eased.\n\n"
        "The Federal Reserve said it would keep\nrates on hold.\n\nTreasury\n"
        "Secretary Janet Yellen said the economy was strong.\n"
    ).to_dict()
    assert [(s["name"], s["aliases"], s["title"]) for s in record["sources"]] == [
        ("The Federal Reserve", [], None),
        ("Janet Yellen", ["Treasury Secretary Janet Yellen"], "Treasury Secretary"),
    ]
    assert record["attributions"][0]["source_text"] == "The Federal\nReserve"


@pytest.mark.parametrize(
    ("printed", "name"),
    [("state news agency IRNA", "IRNA"), ("the official newspaper Al-Ahram", "Al-Ahram")],
)
def test_an_outlet_described_in_lower_case_is_the_outlet(printed: str, name: str) -> None:
    record = parse_text(f"Title.\n\nThe talks would resume, {printed} reported.\n").to_dict()
    assert [(s["name"], s["kind"], s["aliases"]) for s in record["sources"]] == [
        (name, "media", [printed])
    ]


def test_an_outlet_s_acronym_is_the_outlet() -> None:
    record = parse_text(
        "Title.\n\nThe National News Agency (NNA) reported that three people were killed.\n\n"
        "The NNA said drones were still flying over the area.\n"
    ).to_dict()
    assert [(s["name"], s["kind"], s["attribution_count"]) for s in record["sources"]] == [
        ("The National News Agency", "media", 2)
    ]


@pytest.mark.parametrize(
    "headline",
    ["Boeing names new chief as crisis deepens", "Boeing Names New Chief as Crisis Deepens"],
)
def test_the_company_is_a_listed_company_named_before(headline: str) -> None:
    record = parse_text(
        f"{headline}\n\n"
        "The company said Kelly Ortberg would take over next month.\n\n"
        "Boeing reported a loss of $1.4 billion for the second quarter.\n"
    ).to_dict()
    assert [(s["name"], s["kind"], s["attribution_count"]) for s in record["sources"]] == [
        ("Boeing", "organization", 2)
    ]


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("Zendesk said it would expand.", "Zendesk, which has 200 staff, said it would hire."),
        (
            "Halcyon Investments said it had sold its stake.",
            "Halcyon, which is based in Texas, said it had sold the shares.",
        ),
    ],
)
def test_a_body_read_first_as_a_person_is_one_body_once_it_shows(first: str, later: str) -> None:
    record = parse_text(f"Title.\n\n{first}\n\n{later}\n").to_dict()
    assert [(s["kind"], s["attribution_count"]) for s in record["sources"]] == [("organization", 2)]


def test_a_name_ending_in_co_is_a_company() -> None:
    record = parse_text("Title.\n\nRaytheon Co said its director had resigned.\n").to_dict()
    assert [(s["name"], s["kind"]) for s in record["sources"]] == [("Raytheon Co", "organization")]


def test_a_body_whose_name_holds_commas_is_spanned_by_its_acronym() -> None:
    record = parse_text(
        "Title.\n\nAccording to Immigration, Refugees and Citizenship Canada (IRCC), more "
        "than one million permits were valid.\n\nIRCC said the cap would hold until 2026.\n"
    ).to_dict()
    assert record["attributions"][0]["source_text"] == (
        "Immigration, Refugees and Citizenship Canada (IRCC)"
    )
    assert [(s["name"], s["kind"], s["attribution_count"]) for s in record["sources"]] == [
        ("Immigration, Refugees and Citizenship Canada", "organization", 2)
    ]


@pytest.mark.parametrize(
    ("printed", "name", "kind", "title"),
    [
        ("A resident in Kharkiv", "A resident in Kharkiv", "anonymous", "resident"),
        ("A Western diplomat", "A Western diplomat", "anonymous", "diplomat"),
        ("One analyst in London", "One analyst in London", "anonymous", "analyst"),
        ("A senior economic planner", "A senior economic planner", "anonymous", "planner"),
        ("The minister", "The minister", "person", "minister"),
    ],
)
def test_an_unnamed_person_is_no_place_and_no_unknown(
    printed: str, name: str, kind: str, title: str
) -> None:
    record = parse_text(f"Title.\n\n{printed} said the talks had stalled.\n").to_dict()
    assert [(s["name"], s["kind"], s["title"]) for s in record["sources"]] == [(name, kind, title)]


@pytest.mark.parametrize(
    ("printed", "name", "title"),
    [
        ("Bureau of Meteorology senior forecaster Dean Narramore", "Dean Narramore", None),
        ("Cotton grower Brett Lawson", "Brett Lawson", "Cotton grower"),
        ("Dr Fiona MacLeod", "Fiona MacLeod", "Dr"),
        ("Lt Col Alexander Vindman", "Alexander Vindman", "Lt Col"),
        ("Capt. Omar Ali", "Omar Ali", "Capt."),
        (
            "His Highness Sheikh Khalid bin Saeed Al Nahyan",
            "Sheikh Khalid bin Saeed Al Nahyan",
            None,
        ),
    ],
)
def test_a_job_or_an_honorific_before_a_name_is_its_title(
    printed: str, name: str, title: str | None
) -> None:
    record = parse_text(f"Title.\n\n{printed} said the storm had passed.\n").to_dict()
    source = record["sources"][0]
    assert (source["name"], source["kind"]) == (name, "person")
    assert title is None or source["title"] == title


def test_a_definite_noun_is_the_unnamed_source_it_names_again() -> None:
    record = parse_text(
        "Deal talks stall\n\nThe company is weighing a sale, according to people familiar "
        "with the matter.\n\nNo decision has been made, the people said.\n\n"
        "The unions said they would strike over the plan.\n"
    ).to_dict()
    assert [(s["name"], s["kind"], s["attribution_count"]) for s in record["sources"]] == [
        ("people familiar with the matter", "anonymous", 2),
        ("The unions", "unknown", 1),
    ]


def test_police_is_the_police_force_named_before() -> None:
    record = parse_text(
        "Man arrested\n\nA man was arrested, according to the Columbus Division of Police.\n\n"
        "He fired a gun at officers, police said.\n"
    ).to_dict()
    assert [(s["name"], s["attribution_count"]) for s in record["sources"]] == [
        ("the Columbus Division of Police", 2)
    ]


def test_a_surname_names_again_the_person_of_two_surnames() -> None:
    record = parse_text(
        "Protests in Lima\n\nOpposition leader Daniela Vargas Llosa said the vote was rigged.\n\n"
        "Vargas said she would appeal to the court.\n\n"
        "Rachel Maddow said on The Rachel Maddow Show that the show was over. Maddow said so.\n"
    ).to_dict()
    assert [(s["name"], s["attribution_count"]) for s in record["sources"]] == [
        ("Daniela Vargas Llosa", 2),
        ("Rachel Maddow", 2),
    ]


def test_the_content_after_according_to_is_no_apposition_of_its_source() -> None:
    record = parse_text(
        "Title.\n\nAccording to two aides familiar with the talks, the leader has told "
        "colleagues that he will not bring the bill to the floor.\n"
    ).to_dict()
    assert [(s["name"], s["title"]) for s in record["sources"]] == [
        ("two aides familiar with the talks", None)
    ]


def test_a_company_s_first_word_is_the_company() -> None:
    record = parse_text(
        "Robot maker cuts forecast\n\nAcme Robotics Inc said on Tuesday it would cut 500 jobs."
        "\n\nAcme also said it expected sales to fall.\n"
    ).to_dict()
    assert [(s["name"], s["kind"], s["attribution_count"]) for s in record["sources"]] == [
        ("Acme Robotics Inc", "organization", 2)
    ]


def test_he_is_the_person_the_sentence_before_named_since_the_last_source() -> None:
    record = parse_text(
        "Scholz defends budget\n\nChancellor Olaf Scholz said the budget was fair.\n\n"
        "Finance Minister Christian Lindner struck a more cautious tone. Speaking to Bild, he "
        "said the deficit had to shrink.\n"
    ).to_dict()
    names = [s["name"] for s in record["sources"]]
    assert names[record["attributions"][-1]["source_id"]] == "Christian Lindner"


def test_a_comma_inside_a_number_sets_off_no_apposition() -> None:
    record = parse_text(
        "Title.\n\n“It was a scam,” wrote one user of a forum with 4,000 members.\n"
    ).to_dict()
    assert record["sources"][0]["name"] == "one user of a forum with 4,000 members"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the woman a sentence before names, her gender told by "her own"
            "“It grabbed me,” Tom Harper said.\n\nAs it turned out, Mary Steenburgen had "
            "spent years on her own dream. “It was terrifying,” she said.",
            "Mary Steenburgen",
        ),
        (  # through a sentence whose subject is the same pronoun
            "“It grabbed me,” Tom Harper said.\n\nAs it turned out, Mary Steenburgen had "
            "spent years on her own dream. And despite it all, she was nervous. “It was "
            "terrifying,” she said.",
            "Mary Steenburgen",
        ),
        (  # an unmarked name before, and an unmarked last speaker: the nearer one
            "“He could have done more,” Patrick Nielsen Hayden said.\n\nElise Matthesen "
            "found him. “He looked a little surprised,” she wrote.",
            "Elise Matthesen",
        ),
        (  # the subject of the pronoun's own sentence, a surname of a person heard before
            "Patrick Carlineo Jr. said he was sorry.\n\n“He regrets it,” Sonya Zoghlin "
            "said.\n\nCarlineo was arrested in April for a phone call he reportedly made to Omar’s "
            "office, in which he said he’d put a “bullet in her skull.”",
            "Patrick Carlineo Jr.",
        ),
        (  # never a platform heard as a name
            "“I am done,” Taylor Swift said. Her post on Twitter drew replies, Twitter "
            "said.\n\n“I just want to play,” she said.",
            "Taylor Swift",
        ),
    ],
)
def test_he_or_she_is_the_person_a_sentence_names_as_its_subject(text: str, speaker: str) -> None:
    record = parse_text(f"Title.\n\n{text}\n").to_dict()
    assert record["quotes"][-1]["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # "she" of an unmarked subject when the ledger's own candidate is a marked woman
            "“We will win,” Mrs. Clinton said.\n\nJohn Smith waved. “It is over,” she said.",
            "Clinton",
        ),
        (  # the subject of a content before "he said" is no antecedent
            "“We will win,” Joseph Hunter said.\n\nAlso, Donald Trump is no conservative, he "
            "said. “He is a liberal!”",
            "Joseph Hunter",
        ),
        (  # a name inside the quotation before "he said"
            "“We will win,” David Axelrod said.\n\n“Why are the Hillary Clinton folks so "
            "open?” he wrote.",
            "David Axelrod",
        ),
    ],
)
def test_he_or_she_keeps_the_last_speaker_when_no_subject_fits(text: str, speaker: str) -> None:
    record = parse_text(f"Title.\n\n{text}\n").to_dict()
    assert record["quotes"][-1]["speaker"] == speaker


def test_an_unnamed_source_is_named_without_the_relative_clause_set_off_after_it() -> None:
    record = parse_text(
        "Talks resume\n\nThe talks will resume, said the source, who declined to be "
        "identified because he was not authorised to speak to the media.\n\n"
        "One official, who has followed the talks, said the date was set.\n\n"
        "One official said the venue was Geneva.\n"
    ).to_dict()
    found = [(s["name"], s["kind"], s["attribution_count"]) for s in record["sources"]]
    assert found == [
        ("the source", "anonymous", 1),
        ("One official", "anonymous", 2),  # the same unnamed official, printed twice
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname alone is the person whose full name has a suffix after it
        (
            "James P. Kennedy Jr., the U.S. Attorney, said the case was closed. "
            "“It is over,” Kennedy said.",
            [("James P. Kennedy Jr.", 2)],
        ),
        (
            "Harry Hurt III said the deal was done. Hurt added that it was late.",
            [("Harry Hurt III", 2)],
        ),
        # ... unless someone of that surname is named without it
        (
            "Donald Trump Jr. said Y was bad. Donald J. Trump said X was good. "
            "Trump added that Z was fine.",
            [("Donald Trump Jr.", 1), ("Donald J. Trump", 2)],
        ),
    ],
)
def test_a_surname_is_the_person_whose_name_has_a_suffix(
    text: str, expected: list[tuple[str, int]]
) -> None:
    record = parse_text(f"Title.\n\n{text}\n").to_dict()
    assert [(s["name"], s["attribution_count"]) for s in record["sources"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place before the given names is no given name of the surname said alone
        (
            "Former special envoy to Ukraine Kurt Volker said the call was fine. "
            "“It was fine,” Volker said.",
            "Kurt Volker",
        ),
        # ... but one given name that is a place's stays
        ("Jordan Peterson said it was fine. “It was fine,” Peterson said.", "Jordan Peterson"),
    ],
)
def test_a_place_before_a_name_is_no_given_name(text: str, expected: str) -> None:
    record = parse_text(f"Title.\n\n{text}\n").to_dict()
    assert [s["name"] for s in record["sources"]] == [expected]


def test_a_noun_before_a_relative_that_names_the_source() -> None:
    """A source widened over a relative "that" ("Wireless routers that support") is
    named by its noun phrase, without the pronoun."""
    record = parse_text("Title.\n\nWireless routers that support the new standard sell well.\n")
    (source,) = record.to_dict()["sources"]
    assert source["name"] == "Wireless routers"
