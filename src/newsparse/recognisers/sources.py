"""The source ledger: one entry per distinct source, linked from every attribution and quote.

Examples of how printed sources are grouped::

    Russian Ministry of Defense / Russian Defense Ministry / the Ministry   one organization
    Hillary Clinton / Clinton / Mrs. Clinton / she                          one person
    Syrian Democratic Forces (SDF) / SDF                                    one organization
    "...," read the statement.        the statement resolves to the source that issued one
    a senior official who spoke on condition of anonymity                   anonymous

Attributions keep the source as printed (PolNeAR: pronouns included); the
ledger resolves pronouns to the last compatible named source.
"""

from __future__ import annotations

import bisect
import logging
import re
from functools import cache, lru_cache
from itertools import islice, pairwise

from ..article import Article, Attribution, Quote, Source
from ..document import Document, Span
from ..lexicon import load_set, load_table
from ..patterns import BE_FORMS, RELATIVE_PRONOUNS
from ..pipeline import Context
from .mentions import (
    GROUP_KEY,
    MEDIA_KEY,
    PERSON_KEY,
    Mention,
    bag,
    classify,
    find_acronyms,
    full_name,
    is_acronym,
    is_initialism,
    person_key,
)
from .name_lookups import (
    SMALL_WORDS,
    CompanyNames,
    FullNames,
    company_nouns,
    company_suffixes,
    listed_company,
    may_be_given_name,
    named_organisation_at,
    words_of,
)
from .places import find_area, find_city
from .speakers import (
    OPENING_PREPOSITIONS,
    is_anonymous_phrase,
    sentence_subject,
    source_before,
)

LOGGER = logging.getLogger(__name__)

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
OTHER_PRONOUNS = frozenset(
    {"they", "it", "its", "their", "them", "we", "i", "you", "me", "us", "my", "our"}
)


@lru_cache(maxsize=4096)
def _initials(name: str) -> str:
    """The letters an organisation's acronym is made of: "IDF" for "IDF" and "U.N." for
    "the United Nations"; empty for a name of fewer than two capitalised words."""
    if is_initialism(name):
        return name.replace(".", "").replace("&", "").replace(" and ", "").rstrip("+")
    words = [w for w in name.split() if w.casefold() not in SMALL_WORDS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


@lru_cache(maxsize=4096)
def _initial_forms(name: str) -> tuple[str, ...]:
    """The initials an acronym of an organisation may be made of: those of its whole name
    and, for a company, those of its name without the suffix ("TWA" for "Trans World
    Airlines Inc", "AMC" for "American Motors Corp" itself)."""
    whole = _initials(name)
    words = name.split()
    if len(words) > 2 and words[-1][:1].isupper() and words[-1].casefold() in company_suffixes():
        bare = _initials(" ".join(words[:-1]))
        if bare and bare != whole:
            return (whole, bare) if whole else (bare,)
    return (whole,) if whole else ()


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """The words of a source name, case-folded."""
    return frozenset(words_of(name.casefold()))


@lru_cache(maxsize=4096)
def _public_body(name: str) -> bool:
    """Whether a source name is headed by a word of data/public_body_words.txt, last or
    before "of" ("his Justice Department", "Columbia's Graduate School of Journalism";
    not "Wieboldt's Department Stores"), or holds the White House: a body of government,
    of the law or of learning, no company."""
    words = words_of(name.casefold())
    public = load_set("public_body_words")
    return "white house" in name.casefold() or any(
        w in public and (i == len(words) - 1 or words[i + 1] == "of") for i, w in enumerate(words)
    )


@lru_cache(maxsize=4096)
def _classify_plain(printed: str) -> Mention:
    """:func:`classify` without acronyms, kept across articles (sources recur)."""
    return classify(printed, {})


# The gender each person pronoun refers to.
PRONOUN_GENDERS = {
    "he": "male", "him": "male", "his": "male",
    "she": "female", "her": "female", "hers": "female",
}  # fmt: skip


@cache
def _gender_words() -> dict[str, str]:
    return {row["word"]: row["gender"] for row in load_table("gender_words")}


def _one_person(printed: str) -> bool:
    """Whether an unnamed source is one person: "a senior official", "One witness"."""
    return printed.split(" ", 1)[0].casefold() in ONE_PERSON_LEADS


# The longest content of a relative clause read for anonymity ("who declined to be named").
MAX_ANONYMITY_CLAUSE = 60
# The words that open an unnamed source of one person.
ONE_PERSON_LEADS = frozenset({"a", "an", "one", "another"})


def _person_noun(printed: str) -> bool:
    """Whether a source is "the" and a noun that describes one person, with at most one
    lower-case word before it: "the pontiff", "the billionaire", "the business mogul"."""
    words = printed.split()
    return (
        2 <= len(words) <= 3
        and words[0].casefold() == "the"
        and all(w.islower() for w in words[1:])  # "the Philippine Star" is a paper
        and words[-1] in load_set("person_descriptions")
    )


def _gender(printed: str) -> str | None:
    """The gender a printed source tells ("Mrs. Clinton", "a spokeswoman"), if any."""
    words = _gender_words()
    printed_words = printed.split()
    for i, word in enumerate(printed_words):
        folded = word.casefold()
        gender = words.get(folded.strip(",;:()")) or words.get(folded.strip(",;:().’'"))
        if gender is not None and not _names_a_body(printed_words, i + 1):
            return gender
    return None


@cache
def _given_names() -> dict[str, str]:
    return {row["name"]: row["gender"] for row in load_table("given_names")}


def _given_name_gender(name: str) -> str | None:
    """The gender the given name in a person's name tells (data/given_names.tsv): a
    capitalised word followed by another ("Claire McCaskill", "Commission Chairman Susan
    Phillips"); None when no such word is a given name."""
    words = name.split()
    given = _given_names()
    for word, after in pairwise(words):
        if after[:1].isupper():
            gender = given.get(word.casefold())
            if gender is not None:
                return gender
    return None


def _names_a_body(words: list[str], i: int) -> bool:
    """Whether the capitalised words from ``words[i]`` on end with a word for a body: the
    gender word before them is part of its name ("a professor at [King] Saud University")."""
    last = ""
    while i < len(words) and words[i][:1].isupper():
        last = words[i]
        i += 1
    return last.strip(",;:().").casefold() in load_set("organisation_words")


# A definite description of one person: an age ("the 39-year-old", "the 39-year-old
# striker") or a nationality alone ("the Brazilian", "the Frenchman", "the Iraqi", "the
# Argentine", "the Spaniard"); "the Chinese" and "the British" are a side more often
# than a person, and stay apart.
PERSON_DESCRIPTION = re.compile(
    r"""[Tt]he[ ](?:
        \d{1,3}-year-old(?:[ ][a-z]{2,20})?
      | [A-Z][a-z]{2,20}(?:ian|ean|man|woman|i)
      | Argentine|Spaniard|Swede|Dane|Pole|Scot|Turk|Greek|Finn|Czech|Slovak|Croat|Serb|Kiwi
    )""",
    re.VERBOSE,
)
# The other number of nouns whose plural is no "-s" form: "the person" after "people".
UNNAMED_NOUN_FORMS = {"people": ("person",), "person": ("people",)}
# How many of the persons heard last a definite job ("the minister") is compared with
# (and how many bare jobs a named person), and how many a "he" or "she" is (an article
# names fewer; a hostile text stays linear).
MAX_TITLED_LOOKBACK = 12
MAX_PRONOUN_LOOKBACK = 50


def _may_be_a_person(name: str) -> bool:
    """Whether a source the ledger holds as a person may be a "he" or "she": not a
    platform ("Twitter", "Tumblr") nor a name in capitals that ends with a word for a
    body ("the Muslim Brotherhood", "Dick Clark Productions"; a description such as "a
    spokesman for the bank" is a person)."""
    if name.casefold() in load_set("platforms") or name.casefold() in GROUP_QUANTIFIERS:
        return False  # "Twitter"; "Some" say: many people, no "he" or "she"
    words = name.split()
    if any(w[:1].islower() and w.casefold() not in SMALL_WORDS for w in words):
        return True  # "a director at one U.K. merchant bank"
    return words[-1].strip(".,").casefold() not in load_set("organisation_words")


# Quantifiers that stand alone for a group of people: "[Some] argue", "[Many] say".
GROUP_QUANTIFIERS = frozenset({"some", "many", "most", "both", "several", "few", "others"})


class Ledger:
    """Sources in order of first mention, with the state needed to resolve references."""

    def __init__(self) -> None:
        self.sources: list[Source] = []
        self.keys: dict[str, int] = {}
        self.last_person: int | None = None
        self.last_any: int | None = None
        self.last_org: int | None = None  # the last organisation or news outlet
        self.last_body: int | None = None  # the last organisation
        self.issued: dict[str, int] = {}  # document word -> the source that issued it
        # (source, context) noted but not yet read into ``issued``: most articles never
        # ask which source issued a document, so the contexts are read on the first ask
        self.unread_documents: list[tuple[int, str]] = []
        # persons, the most recently heard last (a dict: moving one to the end is O(1))
        self.people: dict[int, None] = {}
        self.genders: dict[int, str] = {}  # person -> "male" / "female", when printed
        self.groups: set[int] = set()  # persons that are several people: no "he" or "she"
        self.unnamed: dict[int, None] = {}  # anonymous sources, the most recently heard last
        self.singles: set[int] = set()  # anonymous sources that are one person ("a source")
        self.members: dict[str, Mention] = {}  # key -> a person named in a coordinated source
        self.first_names: dict[str, str | None] = {}  # "xi" -> "person:jinping"; None: several
        # Bodies and outlets by the words of their names, and organisations by their
        # initials and whether the name is an acronym, each list in order of first
        # mention: a reference is compared with the sources that may fit, not with all.
        self.by_word: dict[tuple[str, str], list[int]] = {}
        # bodies printed with a description -> its words ("the charity Oxfam": "charity")
        self.described: dict[int, frozenset[str]] = {}
        self.by_initials: dict[tuple[str, bool], list[int]] = {}
        self.last_of_kind: dict[str, int] = {}
        # the latest organisation that may be a company: no public body (the police, a
        # ministry, the Senate, a school), which "the company" never stands for
        self.last_company: int | None = None
        # jobs printed bare ("minister" of "..., minister says"), by their head word
        self.bare_jobs: dict[str, list[int]] = {}
        # sources a headline in capitals names ("CONABLE SAYS ..."), by the words of the
        # name, case-folded: the body's first mention of the name takes them over
        self.capitals: dict[int, tuple[str, ...]] = {}
        # companies that a wire story printed inside angle brackets ("<Dittler Brothers>")
        self.marked: set[int] = set()

    def add(self, mention: Mention, heard: bool = True) -> int:
        """The source of a mention, new or known. ``heard`` False keeps it out of the
        recent sources pronouns refer to: the asker of "Asked by Matt Lauer whether
        ..., she said" is not "she"."""
        if mention.kind == "person" and mention.key.startswith(PERSON_KEY):
            mention = self._fuller(mention)
        index = self.keys.get(mention.key)
        if index is not None and _another_person(self.sources[index].name, mention):
            # "Bill Clinton" after "Hillary Clinton": one surname, two persons
            mention = mention.replaced(key=mention.key + GIVEN_KEY + _given(mention.name))
            index = self.keys.get(mention.key)
        if index is None and mention.kind in ("person", "organization") and " " not in mention.name:
            # "MTI said" after "the official news agency MTI": the outlet named before
            index = self.keys.get(MEDIA_KEY + mention.name.casefold())
        if index is None and mention.kind == "unknown" and mention.name[:1].isupper():
            # "Doctor said" after "Ken Doctor": a surname that is also a job
            index = self.keys.get(PERSON_KEY + mention.name.casefold())
        described = False  # "the Argentine": a description, never the person's name
        if index is None and mention.kind == "unknown":
            index = self._titled_antecedent(mention)
        if index is None and mention.kind in ("unknown", "anonymous"):
            index = self._unnamed_antecedent(mention)
        if index is None and mention.kind in ("person", "unknown"):
            index = self._described_person(mention)
            described = index is not None
        if index is None and mention.kind == "person" and mention.key.startswith(PERSON_KEY):
            index = self._body_named(mention)
        if index is None and mention.kind in ("organization", "document", "media"):
            index = self._definite(mention)
        if index is None and mention.kind == "organization":
            index = self._spelt_out(mention)
        if index is None and mention.kind == "organization":
            index = self._person_named(mention)
        if index is None and mention.kind == "person" and mention.title:
            index = self._bare_job_before(mention)
        if index is None and self.capitals:
            index = self._capital_headline(mention)
        if index is None:
            index = len(self.sources)
            self.sources.append(
                Source(
                    name=mention.name,
                    kind=mention.kind,
                    title=mention.title,
                    anonymous=mention.kind == "anonymous",
                )
            )
            self.keys[mention.key] = index
            if mention.key.startswith(GROUP_KEY):
                self.groups.add(index)
            self._index(index)
            if mention.description:
                self._index_description(index, mention.description)
            if mention.kind == "unknown" and mention.title and _is_bare_job(mention):
                self.bare_jobs.setdefault(_head_word(mention.title), []).append(index)
        source = self.sources[index]
        self._remember_names(mention, source.name)
        one = mention.kind == "anonymous" and _one_person(mention.text)
        if one:
            self.singles.add(index)
        # A given name first ("Chairman Susan Phillips" is a woman), then the words of
        # the printed source ("Mrs. Clinton", "a spokeswoman").
        gender = _given_name_gender(mention.name) if mention.kind == "person" else None
        if gender is None and (mention.kind == "person" or one):
            gender = _gender(mention.text)
        if gender is not None:
            self.genders.setdefault(index, gender)
        if (
            mention.kind == "person" and len(mention.name) > len(source.name) and not described
        ) or (
            mention.kind == "organization"
            and full_name(source.name) is not None
            and full_name(mention.name) is None
        ):
            # "Hillary Clinton" after "Clinton"; "the Federal Reserve" after "the Fed"
            source.aliases.append(source.name)
            source.name = mention.name
        if source.title is None:
            source.title = mention.title
        self._alias(source, mention.text)
        if heard:
            self._note(index)
        return index

    def _fuller(self, mention: Mention) -> Mention:
        """A person's mention with the fuller name heard before: "Xi" after "Chinese
        President Xi Jinping" (a name whose first word it is) or after "Xi Jinping and
        Lula" (a member of a coordinated source), whose title it takes."""
        key = mention.key
        if key in self.keys:
            return mention  # most mentions: a person heard before under this key
        if " " not in mention.name:
            key = self.first_names.get(mention.name.casefold()) or key
        else:
            # "Xi Jinping" after "Xi": the one-word name heard before
            first = mention.name.split()[0].casefold()
            index = self.keys.get(PERSON_KEY + first)
            if index is not None and self.sources[index].name.casefold() == first:
                self.keys[key] = index
                return mention.replaced(key=PERSON_KEY + first)
        member = self.members.get(key)
        if member is not None and key not in self.keys:
            name = member.name if " " not in mention.name else mention.name
            return mention.replaced(name=name, title=mention.title or member.title, key=key)
        return mention if key == mention.key else mention.replaced(key=key)

    def _remember_names(self, mention: Mention, name: str) -> None:
        """Note the first words of persons' names (``name``: the source's) and the members
        of a coordinated source, for :meth:`_fuller`."""
        for person in mention.members or (mention,):
            if person.kind != "person" or not person.key.startswith(PERSON_KEY):
                continue
            if mention.members:
                self.members.setdefault(person.key, person)
            words = (person.name if mention.members else name).split()
            if len(words) >= 2:
                first = words[0].casefold()
                known = self.first_names.get(first, person.key)
                self.first_names[first] = known if known == person.key else None

    def _bare_job_before(self, mention: Mention) -> int | None:
        """An earlier bare job that this named person holds: the headline's "minister"
        ("..., minister says") is "Finance Minister Awat Sheikh Janab" of the body. The
        job's source takes the person's name, kind and title."""
        assert mention.title is not None
        candidates = self.bare_jobs.get(_head_word(mention.title))
        if not candidates:
            return None
        title_words = _name_words(mention.title)
        for at, index in enumerate(candidates[:MAX_TITLED_LOOKBACK]):
            source = self.sources[index]
            if source.title and _name_words(source.title) <= title_words:
                del candidates[at]
                source.aliases.append(source.name)
                source.name, source.kind, source.title = mention.name, "person", mention.title
                self.keys[mention.key] = index
                return index
        return None

    def note_capitals(self, index: int, printed: str) -> None:
        """Remember a source that a headline in capitals names ("BALDRIGE SAYS ...",
        "DIXONS <DXNS.L> ...", "FED'S JOHNSON SEES ..."), unless it is a place ("JAPAN
        SEES ..." speaks through its government, which the body names otherwise)."""
        words = printed.casefold().split()
        if len(words) > 1 and words[0].endswith(("'s", "’s")):
            words = words[1:]  # "FED'S JOHNSON": the person, not his body
        if (
            not words
            or len(words) > MAX_CAPITAL_WORDS
            or self.sources[index].kind not in ("organization", "media", "person")
            or find_area(printed) is not None
            or find_city(printed) is not None
        ):
            return
        self.capitals[index] = tuple(words)

    def _capital_headline(self, mention: Mention) -> int | None:
        """The headline's source in capitals that a name in the body spells out: "Barber
        Conable" of "CONABLE SAYS ...", "Holiday Corp" of "HOLIDAY <HIA> ...", "National
        Association of Securities Dealers" of "NASD ...". The source takes the body's
        name, kind and title; the headline's form stays an alias."""
        if mention.kind not in ("person", "organization", "media"):
            return None
        for index, words in self.capitals.items():
            if _names_capitals(mention, words):
                del self.capitals[index]
                source = self.sources[index]
                source.aliases.append(source.name)
                source.name, source.kind, source.title = mention.name, mention.kind, mention.title
                self.keys[mention.key] = index
                if mention.kind == "person":
                    if self.last_org == index:
                        self.last_org = None
                    if self.last_body == index:
                        self.last_body = None
                else:
                    self._index(index)
                return index
        return None

    def body_of_word(self, word: str) -> int | None:
        """The company or news outlet heard before that a one-word name read as a person's
        stands for: a company whose name it opens ("Harris" of "Harris Associates L.P.",
        "Harper" of "Harper and Row Publishers Inc", "Dittler" of "<Dittler Brothers>"),
        an outlet whose name holds it capitalised ("Tanjug" of "the official Tanjug news
        agency")."""
        folded = word.casefold()
        for index in reversed(self.by_word.get(("organization", folded), [])):
            name = self.sources[index].name.split()
            if (
                len(name) > 1
                and name[0] == word
                and (index in self.marked or _a_company(self.sources[index].name))
            ):
                return index
        for index in reversed(self.by_word.get(("media", folded), [])):
            if word in self.sources[index].name.split():
                return index
        return None

    def _described_person(self, mention: Mention) -> int | None:
        """The latest person, for a definite description that only a person fits: "the
        39-year-old", "the 39-year-old striker", "the Brazilian"."""
        if not PERSON_DESCRIPTION.fullmatch(mention.text) and not _person_noun(mention.text):
            return None
        last = next(reversed(self.people), None)
        return last if last is not None and last not in self.groups else None

    def _unnamed_antecedent(self, mention: Mention) -> int | None:
        """The unnamed source a definite noun refers to: "the people said" after
        "according to people familiar with the matter", "the sources" after "two
        sources said" (the latest unnamed one whose words hold the noun)."""
        words = mention.text.casefold().split()
        if len(words) != 2 or words[0] != "the":
            return None
        noun = words[1]
        forms = {noun, noun + "s", noun.removesuffix("s"), *UNNAMED_NOUN_FORMS.get(noun, ())}
        for index in islice(reversed(self.unnamed), MAX_TITLED_LOOKBACK):
            if _head_noun(self.sources[index].name) in forms:
                return index
        return None

    def _titled_antecedent(self, mention: Mention) -> int | None:
        """The person a definite job refers to: "the foreign minister" or "the minister"
        after "Iraqi Foreign Minister Fuad Hussein" (the latest person whose title holds
        all of the job's words)."""
        if mention.title is None or not mention.text.casefold().startswith("the "):
            return None
        wanted = set(words_of(mention.title.casefold())) - SMALL_WORDS
        if not wanted:
            return None
        for index in islice(reversed(self.people), MAX_TITLED_LOOKBACK):
            title = self.sources[index].title
            if index not in self.groups and title and wanted <= _name_words(title):
                return index
        for index in islice(reversed(self.unnamed), MAX_TITLED_LOOKBACK):
            # "the official" after "a senior official told PTI": the unnamed one
            title = self.sources[index].title
            if title and wanted <= _name_words(title):
                return index
        return None

    def _index(self, index: int) -> None:
        """File a body or an outlet under the words of its (current) name and its
        initials. A renamed source is filed again; an entry its name no longer fits is
        passed over when read, as every candidate is checked against its name."""
        source = self.sources[index]
        if source.kind not in ("organization", "media"):
            return
        self.last_of_kind[source.kind] = max(index, self.last_of_kind.get(source.kind, index))
        for word in _name_words(source.name):
            _file(self.by_word.setdefault((source.kind, word), []), index)
        if source.kind == "organization":
            acronym = is_initialism(source.name)
            for initials in _initial_forms(source.name):
                _file(self.by_initials.setdefault((initials, acronym), []), index)

    def _index_description(self, index: int, description: str) -> None:
        """File a body under the words of its description: "the company" and "the
        charity" then find "the company Nvidia" and "the charity Oxfam" (named "Nvidia"
        and "Oxfam")."""
        words = _name_words(description) - SMALL_WORDS
        self.described[index] = self.described.get(index, frozenset()) | words
        for word in words:
            _file(self.by_word.setdefault(("organization", word), []), index)

    def _body_named(self, mention: Mention) -> int | None:
        """The body heard before by a person's name. "Oxfam said" after "the charity
        Oxfam" (or "Teck, a mining company") is that body. "Reagan said" after a headline
        in capitals ("REAGAN SAYS ...", read as a body) shows it was a person, whose name
        and kind the source takes."""
        index = self.keys.get("org:" + bag(mention.name))
        if index is None:
            return None
        source = self.sources[index]
        if source.name.isupper():
            source.aliases.append(source.name)
            source.name, source.kind = mention.name, "person"
            self.keys[mention.key] = index
        return index

    def _person_named(self, mention: Mention) -> int | None:
        """An earlier "person" of this organisation's name, which it shows to be a body:
        "BuzzFeed said" read as a person, then "BuzzFeed, which ..."; "Halcyon
        Investments said", then "Halcyon, which ...". The source becomes an organisation."""
        name = mention.name
        if not name[:1].isupper():
            return None
        folded = name.casefold()
        index = self.keys.get(PERSON_KEY + folded.rsplit(" ", 1)[-1])  # "person:bancorp"
        if index is None and " " not in name:
            first = self.first_names.get(folded)
            index = self.keys.get(first) if first else None
        if index is None:
            return None
        source = self.sources[index]
        if source.kind != "person" or not (
            source.name == name or source.name.startswith(name + " ")
        ):
            return None
        source.kind = "organization"
        self.people.pop(index, None)
        self._index(index)
        self.keys[mention.key] = index
        return index

    def _spelt_out(self, mention: Mention) -> int | None:
        """An earlier organisation that is this one's acronym or its spelt-out name: "IDF"
        and "the Israel Defense Forces" are one ("IDF" then takes the fuller name)."""
        wanted = not is_initialism(mention.name)  # the other form of the name
        for mine in _initial_forms(mention.name):
            for index in reversed(self.by_initials.get((mine, wanted), [])):
                source = self.sources[index]
                if mine not in _initial_forms(source.name) or is_initialism(source.name) != wanted:
                    continue  # filed under a name it has since changed
                if wanted:
                    source.aliases.append(source.name)
                    source.name = mention.name
                    self._index(index)
                self.keys[mention.key] = index
                return index
        return None

    def _definite(self, mention: Mention) -> int | None:
        """ "the Ministry", "Russian military", "the statement": an earlier source that fits.

        An organisation whose distinctive words all appear in an earlier one's name
        is that one ("Russian military" after "Russian Ministry of Defense"); a
        definite document is the one an earlier source issued ("posted a
        statement"), else it belongs to the latest organisation.
        """
        text = " ".join(mention.text.partition(",")[0].casefold().split())  # "the\xa0Daily"
        words = set(words_of(text)) - SMALL_WORDS
        distinctive = words - load_set("organisation_words") - load_set("document_words")
        # A news outlet is one named before ("the Daily News" after "NY Daily News").
        kind = "media" if mention.kind == "media" else "organization"
        if kind == "media":
            distinctive -= load_set("media_words")
        bare_body = len(words) == 1 and not distinctive  # "police said": the force named
        if distinctive or text.startswith("the ") or bare_body:
            probe = distinctive or words
            if not probe:
                if kind == "organization" and words <= company_nouns("company"):
                    # "the company" after "the Justice Department said": the latest body
                    # that may be a company, or none
                    return self.last_company
                found = self.last_of_kind.get(kind)  # "the": the latest body of its kind
                if found is not None:
                    return found
            else:
                # the sources whose names hold the rarest of the words, latest first
                rarest = min(sorted(probe), key=lambda w: len(self.by_word.get((kind, w), ())))
                for index in reversed(self.by_word.get((kind, rarest), [])):
                    if probe <= _name_words(self.sources[index].name) | self.described.get(
                        index, frozenset()
                    ):
                        return index
        if mention.kind == "document":
            if distinctive:
                return None
            head = words_of(text)[-1] if words else ""
            issuer = self._issuer(head)
            if issuer is not None:
                return issuer
            if text.startswith("the "):
                return self.last_org  # a person's document is found by its issuer only
        return None

    def note_document(self, index: int, context: str) -> None:
        """Remember the documents a source issued: "posted a statement", "in a report"
        (read when :meth:`_issuer` is first asked)."""
        self.unread_documents.append((index, context))

    def _issuer(self, word: str) -> int | None:
        """The first source noted with the document ``word`` in its context, if any."""
        documents = load_set("document_words")
        for index, context in self.unread_documents:
            words = words_of(context.casefold())
            if documents.isdisjoint(words):
                continue  # most contexts name no document: one set test, not one per word
            for found in words:
                if found in documents:
                    self.issued.setdefault(found, index)
        self.unread_documents.clear()
        return self.issued.get(word)

    def _named_people(self) -> int:
        """How many persons heard, unnamed ones aside."""
        return len(self.people) - sum(1 for index in self.singles if index in self.people)

    def resolve_pronoun(self, word: str) -> int | None:
        if word in PERSON_PRONOUNS:
            index = self.pronoun_candidate(word)
            if index is not None and index not in self.singles and self._named_people() == 1:
                # "she said" of the only named person heard yet: her gender is known
                self.genders.setdefault(index, PRONOUN_GENDERS[word])
            return index
        if word in {"it", "its"}:
            return self.last_org if self.last_org is not None else self.last_any
        return self.last_any

    def pronoun_candidate(self, word: str) -> int | None:
        """The person a "he" or "she" refers to, the ledger unchanged: the last person it
        fits ("Mrs. Clinton ... Mr. Trump ... she said"), not a platform or a body heard
        as a name ("Twitter", "the Muslim Brotherhood"). (Learning a gender from every
        pronoun read, and a "she" preferring a marked woman heard a little earlier to an
        unmarked name heard since, each named the wrong person more often than the
        right one on the aeb pages.)"""
        wanted = PRONOUN_GENDERS[word]
        for index in islice(reversed(self.people), MAX_PRONOUN_LOOKBACK):
            if self.genders.get(index, wanted) == wanted and _may_be_a_person(
                self.sources[index].name
            ):
                return index
        last = self.last_person
        if last is not None and self.genders.get(last, wanted) != wanted:
            return None  # "he" after a woman alone: someone the ledger never met
        return last

    def hear(self, index: int) -> None:
        """Make a known source the one heard last."""
        self._note(index)

    def person_named(self, mention: Mention) -> int | None:
        """The person heard last whose surname a one-word name is, of the gender its
        printed form tells if any: "Carlineo" of "Patrick Carlineo Jr.", "Mrs. Clinton"
        not of "Bill Clinton"."""
        word = mention.name.casefold()
        told = _gender(mention.text)
        for index in islice(reversed(self.people), MAX_PRONOUN_LOOKBACK):
            if told is not None and self.genders.get(index, told) != told:
                continue
            name = self.sources[index].name
            # the surname of a name ("Patrick Carlineo Jr."), not a word of a description
            # ("A spokesman for Mr. Clinton")
            if name[:1].isupper() and not any(w.islower() for w in name.split()):
                surname = [w for w in name.split() if w.casefold().rstrip(".") not in NAME_SUFFIXES]
                if surname and surname[-1].casefold() == word:
                    return index
        return None

    def gender_of(self, index: int | None) -> str | None:
        return None if index is None else self.genders.get(index)

    def note_gender(self, index: int, gender: str) -> None:
        """Remember the gender a pronoun about a person tells ("Mary Steenburgen had
        spent years on her own dream")."""
        self.genders.setdefault(index, gender)

    def body_for(self, printed: str) -> int | None:
        """The organisation last heard that a bare organisation noun stands for: any for
        "the agency", one that may be a company for "the company" (no ministry, police
        or school: :func:`_public_body`)."""
        if set(words_of(printed.casefold())) - SMALL_WORDS <= company_nouns("company"):
            return self.last_company
        return self.last_body

    def unresolved(self, mention: Mention) -> bool:
        """A definite organisation ("the company", "the ministry") that fits no source yet."""
        return (
            mention.text[:4].casefold() in ("the ", "the\n")  # "the\ncompany" of a wire story
            and mention.key not in self.keys
            and self._definite(mention) is None
        )

    def alias(self, index: int, printed: str) -> None:
        self._alias(self.sources[index], printed)

    def _alias(self, source: Source, printed: str) -> None:
        printed = _name_part(printed)
        if printed != source.name and printed not in source.aliases:
            source.aliases.append(printed)

    def _note(self, index: int) -> None:
        kind = self.sources[index].kind
        self.last_any = index
        if kind == "person" and index not in self.groups:
            self.last_person = index
            self.people.pop(index, None)
            self.people[index] = None
        elif kind == "anonymous":
            self.unnamed.pop(index, None)
            self.unnamed[index] = None
            if index in self.singles:
                # "One witness said ... “It was terrifying,” she said": an unnamed
                # person is a "he" or "she" too
                self.last_person = index
                self.people.pop(index, None)
                self.people[index] = None
        elif kind in ("organization", "media"):
            self.last_org = index
            if kind == "organization":
                self.last_body = index
                if not _public_body(self.sources[index].name):
                    self.last_company = index


# Where the name in a printed source ends: a comma or a dash before a relative clause
# ("Powell, who heads Prairie Resources Corp", "Andy Beshear — whose father ...").
NAME_PART_END = re.compile(r"(?:,|\s[—–])\s(?:who|whose|whom|which)\s")


def _name_part(printed: str) -> str:
    """The form of a name that a printed source gives, for the ledger's aliases: the
    words before a relative clause set off after it ("The company, which went public in
    1985" -> "The company"; an apposition stays: "Mohammed al-Saiedi, a lawmaker"). The
    attribution keeps the source as printed."""
    m = NAME_PART_END.search(printed)
    return printed[: m.start()] if m is not None and m.start() > 0 else printed


# What sets apart the key of a person whose surname a source of another given name holds.
GIVEN_KEY = "/"
# Most words of a name in a headline in capitals that the body's name may spell out.
MAX_CAPITAL_WORDS = 4


def _names_capitals(mention: Mention, words: tuple[str, ...]) -> bool:
    """Whether a mention in the body is the name a headline in capitals gives by its
    words: a person by the surname or the whole name ("CONABLE" -> "Barber Conable"),
    a body by the first words of its name ("CHEMIE LINZ" -> "Chemie Linz AG", "GREAT
    NORTHERN NEKOOSA" -> "The Great Northern Nekoosa Corp") or by its initials ("NASD")."""
    name = mention.name.casefold().split()
    if mention.kind == "person":
        while len(name) > 1 and name[-1].rstrip(".") in NAME_SUFFIXES:
            name.pop()
        return tuple(name) == words or (len(words) == 1 and name[-1:] == list(words))
    if name[:1] == ["the"]:
        name = name[1:]
    if len(words) <= len(name) and tuple(name[: len(words)]) == words:
        return True
    # "NASD" of "National Association of Securities Dealers Inc", "S/P" of "Standard and
    # Poor's Corp"
    initials = {form.casefold() for form in _initial_forms(mention.name) if len(form) > 1}
    return len(words) == 1 and words[0].replace(".", "").replace("/", "") in initials


def _given(name: str) -> str:
    """The first word of a name in lower case, without a period: "Bill" of "Bill Clinton"."""
    return name.split()[0].rstrip(".").casefold()


def _another_person(known: str, mention: Mention) -> bool:
    """Whether a named person is another than the source ``known`` of the same surname:
    both names open with a given name, neither the other's nor one of its words, neither
    a place ("Hillary Clinton" / "Bill Clinton"; not "Hillary Clinton" / "Mrs. Clinton",
    "H. Clinton", "Bill de Blasio" / "De Blasio", "Iowa Democrat" / "Ohio Democrat")."""
    if mention.kind != "person" or mention.members:
        return False
    names = [known.split(), mention.name.split()]
    if any(len(words) < 2 for words in names):
        return False
    givens = [words[0] for words in names]
    if givens[0] == givens[1]:
        return False  # one given name (most repeated sources: the same name again)
    if not all(
        may_be_given_name(g) and find_city(g) is None and find_area(g) is None for g in givens
    ):
        return False
    keys = [_given(g) for g in givens]
    if keys[0] == keys[1] or keys[0].startswith(keys[1]) or keys[1].startswith(keys[0]):
        return False
    # "Wasserman Schultz" of "Debbie Wasserman Schultz": a word of the other's name
    return not any(
        key in {w.casefold() for w in other} for key, other in zip(keys, names[::-1], strict=True)
    )


# Words after the head noun of an unnamed source: "people [familiar with the matter]",
# "sources [close to the government]", "a spokesman [for the firm]".
HEAD_NOUN_END = re.compile(
    r"\s(?:familiar|close|with|in|at|from|for|of|on|who|whose|that|which|speaking|briefed)\b|,"
)


def _head_noun(name: str) -> str:
    """The head noun of an unnamed source, in lower case: "people" of "people familiar
    with the matter", "sources" of "union sources"."""
    cut = HEAD_NOUN_END.search(name)
    words = name[: cut.start() if cut is not None else len(name)].split()
    return words[-1].casefold() if words else ""


def _head_word(job: str) -> str:
    """The last word of a job, case-folded: "minister" of "Finance Minister"."""
    return job.rsplit(" ", 1)[-1].casefold()


def _is_bare_job(mention: Mention) -> bool:
    """A job printed alone, without a determiner or a name: "minister", "Finance
    Minister" (a headline's source)."""
    return mention.title is not None and mention.text.casefold() == mention.title.casefold()


def _file(indexes: list[int], index: int) -> None:
    """Insert ``index`` into the sorted ``indexes`` unless it is there."""
    at = bisect.bisect_left(indexes, index)
    if at == len(indexes) or indexes[at] != index:
        indexes.insert(at, index)


def _bare_organisation(printed: str) -> bool:
    """ "the agency", "the department": an organisation noun with nothing of its own;
    "the Pentagon" (data/institutions.txt) and "the UN" (an acronym) name one body."""
    printed_words = [w for w in words_of(printed) if w.casefold() not in SMALL_WORDS]
    if any(is_acronym(w) for w in printed_words):
        return False
    words = {w.casefold() for w in printed_words}
    return (
        bool(words)
        and words <= load_set("organisation_words")
        and not words & load_set("institutions")
    )


# Characters read back from a relative pronoun for its antecedent.
ANTECEDENT_WINDOW = 160
# A name at the end of a phrase: "criticised by [Smith]", "supporters of [Mr. Trump]".
LAST_NAME_RUN = re.compile(r"(?:[A-Z][\w.'’-]*(?:[ ](?:[A-Z][\w.'’-]*|of|de|al))*)\Z")


# The relative pronoun that ends a source widened to its noun phrase ("polls that").
RELATIVE_THAT = " that"


def _antecedent(doc: Document, pronoun_start: int) -> Span | None:
    """What a relative pronoun set off by a comma stands for: the name or noun phrase
    right before the comma ("by [Smith], who", "[Hillary Clinton], the former secretary
    of state, who"), else None."""
    text = doc.text
    pos = pronoun_start
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    if pos == 0:
        return None
    # Read back within the sentence: from its paragraph's start or its last full stop.
    # (Both searches stay inside the window: a long line is not read back to its start.)
    window = max(0, pos - ANTECEDENT_WINDOW)
    lo = max(window, text.rfind("\n", window, pos) + 1, text.rfind(". ", window, pos) + 2)
    if text[pos - 1] != ",":
        if text.startswith(RESTRICTIVE_PRONOUNS, pronoun_start):
            return _restrictive_head(doc, lo, pos)
        return None  # "That" opening a sentence, "WHO": no relative clause of someone
    found = source_before(doc, lo, pos - 1)
    if found is None:
        return None
    phrase = doc.text_of(found)
    if phrase[:1].islower():
        # "Hillary Clinton, [the former secretary of state], who": the name before it.
        before = text.rfind(",", lo, found.start)
        if before > lo and text[before + 1 : found.start].strip() == "":
            named = source_before(doc, lo, before)
            if named is not None and text[named.start].isupper():
                return named
        return found
    run = LAST_NAME_RUN.search(text, found.start, found.end)
    if run is not None and run.start() > found.start:
        return Span(run.start(), found.end)  # "The reforms were criticised by [Smith]"
    return found


# The most words of a noun phrase read before a relative clause with no comma.
RESTRICTIVE_HEAD_WORDS = 5
# The relative pronouns of a clause with no comma whose head noun is read ("that" is
# left: "the tender that" is seldom a speaker, and "That" opens sentences).
RESTRICTIVE_PRONOUNS = ("who ", "which ")
# Words before a noun phrase that make it a predicate or apposition of a subject named
# before it: "is [a candidate] who", "views her as [a candidate] who", "a consultant and
# [a Republican] who".
PREDICATE_LEADS = BE_FORMS | {"and", "or", "as"}
# Prepositions that make a noun phrase the object inside a longer one ("a member of").
HEAD_PREPOSITIONS = OPENING_PREPOSITIONS | {"of", "among", "between"}
# What ends the words before a head noun phrase that is no new speaker.
NOT_HEAD_LEADS = HEAD_PREPOSITIONS | PREDICATE_LEADS


def _restrictive_head(doc: Document, lo: int, pos: int) -> Span | None:
    """The noun phrase that a relative clause with no comma before it restricts, when
    it names someone unnamed and new: "including [a career Army officer] who described",
    "remarks made by [a campaign surrogate] who said" (its determiner in data
    indefinite_determiners.txt); else None, and the ledger's last source speaks. The
    phrase is read from the last such determiner in the source phrase before the pronoun,
    at most RESTRICTIVE_HEAD_WORDS words; one after a preposition that ties it to a noun
    before ("a member of [a group] who", "a spokesman for [a group] who") may not be the
    head, one after a comma is an apposition of the name before it and one after a form
    of "be", "as" or "and" a predicate of a subject named before: all are left."""
    found = source_before(doc, lo, pos)
    if found is None or found.end != pos:
        return None
    words = doc.text_of(found).split(" ")
    determiners = load_set("indefinite_determiners")
    for back in range(2, min(len(words), RESTRICTIVE_HEAD_WORDS + 1) + 1):
        if words[-back].casefold() in determiners:
            if any(w.casefold() in HEAD_PREPOSITIONS for w in words[-back:]):
                return None  # "[a wide margin among voters] who": the head is before
            head = " ".join(words[-back:])
            before = doc.text[max(lo, pos - len(head) - 24) : pos - len(head)].rstrip()
            if before.endswith(",") or (before.rpartition(" ")[2].casefold() in NOT_HEAD_LEADS):
                # "Gephardt, [a Missouri Democrat] who", "Cruz is [a rare candidate] who",
                # "Sosa, a consultant and [an influential Republican] who": the name before
                return None
            return Span(pos - len(head), pos)
    return None


# An apposition after a source printed after its cue: "said Geoff Garin[, a Democratic
# pollster]", "said Gene Munster[, managing partner at Deepwater]".
AFTER_APPOSITION = re.compile(
    r",[ ](?:(?:a|an|the)[ ](?:[A-Z][\w.&-]*['’]s[ ])?)?[a-z][^,.;:!?“”\"\n]{2,80}"
)  # ", the UN’s humanitarian coordinator": a body's possessive before the job


# A phrase set off by commas between a source and its cue: ", speaking on condition of
# anonymity, ".
SET_OFF_GAP = re.compile(r",[ ][a-z][^,.;:!?“”\"\n]{2,100},[ ]")


# A possessive ending a name: "Mike Ford’s death".
POSSESSIVE_END = re.compile(r"\w['’]s?(?:[ ]|\Z)")
# A person's name of two to four capitalised words: "Christian Lindner", "Leif Dahleen".
FULL_NAME = re.compile(r"[A-Z][a-z]+(?:[ ](?:[A-Z]\.|[A-Z][a-z'’-]+)){1,3}")


def _named_subject_before(
    doc: Document, pronoun_start: int, last_source_end: int, cue_starts: list[int]
) -> Span | None:
    """The capitalised subject of the sentence before a pronoun's, when it comes after
    the latest source and its cue: "[Finance Minister Christian Lindner] struck a more
    cautious tone. Speaking to Bild, he said" (the subject of a sentence that reports
    nothing; ``cue_starts`` holds where the cues of the attributions start, in order). A
    sentence before whose subject is the same pronoun passes it on to the one before it:
    "[Steenburgen] had spent years on her own dream. And ..., she was more nervous ...
    “It was terrifying,” she said"."""
    here = doc.sentence_at(pronoun_start)
    pronoun = doc.text[pronoun_start : pronoun_start + 3].casefold().rstrip(" ,")
    for _ in range(SUBJECT_CHAIN):
        if here is None or here.start == 0:
            return None
        before = doc.sentence_at(here.start - 1)
        if before is None or before.start < last_source_end or here.start - before.end > 2:
            return None  # the latest source spoke in it or after it, or a paragraph parts them
        at = bisect.bisect_left(cue_starts, before.start)
        if at < len(cue_starts) and cue_starts[at] < before.end:
            return None  # a sentence with a statement names its source itself
        subject = sentence_subject(doc, before.start, before.end)
        if subject is None:
            return None
        if doc.text_of(subject).casefold() == pronoun:
            here = before  # "... she was more nervous ...": the subject of the one before
            continue
        if POSSESSIVE_END.search(doc.text, subject.start, subject.end + 2):
            return None  # "[Her heartbreak over Mike Ford’s] death ...": a name owns it
        if ANY_QUOTE_MARK.search(doc.text, max(0, before.start - 2), subject.start):
            return None  # “Silicon Valley will need to learn ...”: a name in a quotation
        return subject
    return None


# What may follow a surname in a name: "Patrick Carlineo Jr.", "Harry Hurt III".
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# How many sentences back a pronoun's subject is read, through sentences whose subject is
# the same pronoun.
SUBJECT_CHAIN = 2


# A reflexive pronoun or a possessive with "own", a capitalised word, a clause mark or a
# quotation mark after a name in its sentence: what :func:`_gender_after` reads.
PRONOUN_OR_NAME = re.compile(
    r"\b(?P<pronoun>himself|herself|(?:his|her)[ ]own)\b"
    r"|(?<=[ ])(?P<name>[A-Z])|(?P<mark>[“”\",;:—–(])"
)
# The genders the pronouns read by :func:`_gender_after` tell. Only those that point back
# to the clause's subject: a bare "his" or "her" is often another person's ("Clinton
# cited it as an example of his disrespect"), "him" always is ("Elise Matthesen found
# him").
OWN_GENDERS = {"himself": "male", "his own": "male", "herself": "female", "her own": "female"}
# Characters after a name read for a pronoun about it.
GENDER_REACH = 120


def _gender_after(doc: Document, name: Span) -> str | None:
    """The gender a reflexive pronoun or a possessive with "own" tells about the person
    named at ``name``, when it comes first in the rest of the clause, before any other
    name: "Mary Steenburgen had spent years on [her own] dream" (not "Beth Meacham, one
    of his editors")."""
    sentence = doc.sentence_at(name.start)
    if sentence is None:
        return None
    end = min(sentence.end, name.end + GENDER_REACH)
    if doc.text.find("self", name.end, end) < 0 and doc.text.find(" own", name.end, end) < 0:
        return None  # no pronoun the pattern reads (most names): no scan of the clause
    m = PRONOUN_OR_NAME.search(doc.text, name.end, end)
    if m is None or m.group("pronoun") is None:
        return None
    return OWN_GENDERS[m.group("pronoun")]


def _subject_antecedent(
    doc: Document,
    ledger: Ledger,
    word: str,
    pronoun_start: int,
    last_source_end: int,
    cue_starts: list[int],
    *,
    content: Span,
) -> int | None:
    """The person a "he" or "she" stands for when a sentence names them as its subject
    rather than as a source: its own sentence ("[Carlineo] was arrested for a call he
    made, in which he said ...") or the one before ("[Mary Steenburgen] had spent years
    on her own dream. “...,” she said"); None to leave it to the ledger."""
    wanted = PRONOUN_GENDERS[word]
    subject = _named_subject_here(doc, pronoun_start, cue_starts)
    if subject is not None and content.start <= subject.start < content.end:
        subject = None  # "Also, Trump isn't a conservative, he said": the content's subject
    if subject is not None:
        mention = _classify_plain(doc.text_of(subject))
        known = ledger.keys.get(mention.key)
        if known is None and " " not in mention.name:
            known = ledger.person_named(mention)  # "Carlineo" of "Patrick Carlineo Jr."
        if (
            mention.kind == "person"
            and mention.key.startswith(PERSON_KEY)
            and (known is not None or FULL_NAME.fullmatch(mention.name) is not None)
            and may_be_given_name(mention.name.split()[0])
            and mention.name.split()[0].casefold() not in PERSON_PRONOUNS  # "His Catholic faith"
            and _may_be_a_person(mention.name)
        ):
            gender = _gender(mention.text) or ledger.gender_of(known)
            # "she" only of a woman the story marks as one: "Trump attacked Clinton after
            # she said" is no Trump
            if gender == wanted or (gender is None and wanted == "male"):
                if known is None:
                    return ledger.add(mention)
                ledger.hear(known)
                return known
    subject = _named_subject_before(doc, pronoun_start, last_source_end, cue_starts)
    if subject is None:
        return None
    mention = _classify_plain(doc.text_of(subject))
    if mention.kind != "person" or not mention.key.startswith(PERSON_KEY):
        return None
    known = ledger.keys.get(mention.key)
    if " " not in mention.name:
        # a surname alone only of a person heard before: "Lindner struck" may be anyone
        known = ledger.person_named(mention) if may_be_given_name(mention.name) else None
        if known is None:
            return None
    elif FULL_NAME.fullmatch(mention.name) is None or not may_be_given_name(
        mention.name.split()[0]
    ):
        return None
    told = _gender(mention.text) or ledger.gender_of(known) or _gender_after(doc, subject)
    if not _subject_fits(ledger, word, told):
        return None
    # "Christian Lindner struck a cautious tone. Speaking to Bild, he said ...": the
    # person the sentence before named, since the last source spoke
    if known is not None and " " not in mention.name:
        ledger.hear(known)
        index = known
    else:
        index = ledger.add(mention)
    ledger.note_gender(index, wanted)
    return index


# A quotation mark: a pronoun after one in its sentence has no subject of the story's words.
ANY_QUOTE_MARK = re.compile(r"[“”\"«»]|''")
# How far before a pronoun a quotation mark of its sentence is looked for (a sentence of a
# megabyte is read no further back than this, so the test's cost is bounded).
QUOTE_REACH = 600


def _named_subject_here(doc: Document, pronoun_start: int, cue_starts: list[int]) -> Span | None:
    """The capitalised subject of a pronoun's own sentence, when the pronoun stands in a
    later clause: "[Carlineo] was arrested for a call he reportedly made, in which he
    said ..." (not the quotation before "he said")."""
    here = doc.sentence_at(pronoun_start)
    if here is None or here.start >= pronoun_start:
        return None
    if ANY_QUOTE_MARK.search(
        doc.text, max(0, here.start - 2, pronoun_start - QUOTE_REACH), pronoun_start
    ):
        return None  # “Trump is a liar,” he said: a name inside the quotation
    at = bisect.bisect_left(cue_starts, here.start)
    if at < len(cue_starts) and cue_starts[at] < pronoun_start:
        return None  # "..., Clinton campaign manager Robby Mook acknowledged ..., he said":
        # the sentence's statement names its source, the one heard last
    subject = sentence_subject(doc, here.start, pronoun_start)
    if subject is None or subject.end >= pronoun_start or not doc.text[subject.start].isupper():
        return None
    if POSSESSIVE_END.search(doc.text, subject.start, subject.end + 2):
        return None
    return subject


def _subject_fits(ledger: Ledger, word: str, gender: str | None) -> bool:
    """Whether "he" or "she" is the subject of the sentence before, of the gender its
    words tell (None: unmarked), rather than the person the ledger would give. "he" is an
    unmarked name; "she" is one only when the ledger's own candidate is no marked woman
    either (most unmarked names in news are men's)."""
    wanted = PRONOUN_GENDERS[word]
    if gender is not None:
        return gender == wanted
    return wanted == "male" or ledger.gender_of(ledger.pronoun_candidate(word)) is None


def _anonymous_gap(doc: Document, a: Attribution) -> bool:
    """Whether a phrase set off between a source and its cue says the source is unnamed:
    "Several donors, speaking on the condition of anonymity, said"."""
    if a.source_span is None or a.source_span.end >= a.cue_span.start:
        return False
    m = SET_OFF_GAP.fullmatch(doc.text, a.source_span.end, a.cue_span.start)
    return m is not None and is_anonymous_phrase(m.group())


def _apposition_after(doc: Document, a: Attribution) -> str:
    """The apposition after a source that follows its cue, which tells its title and
    kind; empty for a source before its cue (whose apposition is printed inside it)."""
    if a.source_span is None or a.source_span.start < a.cue_span.end:
        return ""
    if a.content_span.start >= a.source_span.end:
        return ""  # "According to two aides, [the leader has told ...]": the content follows
    m = AFTER_APPOSITION.match(doc.text, a.source_span.end)
    return m.group() if m is not None else ""


# A quoted title and its space inside a source: the [“Pose” ]actor.
QUOTED_WORK = re.compile(r"[“\"][^“”\"\n]{1,40}[”\"][ ]")
# First-person pronouns: inside a quotation its speaker, outside it the writer.
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
# The key of the writer of the story, the "I" and "we" of its own words.
WRITER_KEY = "writer:"


class _Covers:
    """The spans of quotations and of contents, for telling in O(log n) whether a
    position lies inside one of them, the content of a given attribution left out."""

    def __init__(self, quotes: list[Quote], attributions: list[Attribution]) -> None:
        self.quoted = sorted(q.outer or q.span for q in quotes)
        contents = sorted(
            ((a.content_span.start, a.content_span.end, k) for k, a in enumerate(attributions)),
        )
        self.starts = [start for start, _, _ in contents]
        # the two furthest-reaching contents (end, index) among those starting up to here
        self.reach: list[tuple[tuple[int, int], tuple[int, int]]] = []
        first, second = (-1, -1), (-1, -1)
        for _, end, k in contents:
            if end > first[0]:
                first, second = (end, k), first
            elif end > second[0]:
                second = (end, k)
            self.reach.append((first, second))

    def in_own_words(self, pos: int, own: int) -> bool:
        """Whether ``pos`` lies inside no quotation and no content but attribution
        ``own``'s."""
        at = bisect.bisect_right(self.quoted, Span(pos, pos + 1)) - 1
        if at >= 0 and self.quoted[at].start <= pos < self.quoted[at].end:
            return False
        at = bisect.bisect_right(self.starts, pos) - 1
        if at < 0:
            return True
        first, second = self.reach[at]
        reach = second[0] if first[1] == own else first[0]
        return reach <= pos


def resolve_sources(
    doc: Document, attributions: list[Attribution], quotes: list[Quote], acronyms: dict[str, str]
) -> list[Source]:
    """Build the ledger and set ``source_id`` on every attribution and quote."""
    ledger = Ledger()
    mentions: dict[str, Mention] = {}
    companies = CompanyNames(doc)
    headline_end = max((b.span.end for b in doc.blocks if b.kind == "headline"), default=0)
    people = FullNames(doc, first=headline_end)
    last_source_end = 0  # where the latest source and its cue end
    covers = _Covers(quotes, attributions)
    cue_starts = sorted(a.cue_span.start for a in attributions if a.source_span is not None)
    for number, a in enumerate(attributions):
        if a.source_span is None:
            continue
        printed = doc.text_of(a.source_span)
        word = printed.casefold()
        described = ""
        if word in RELATIVE_PRONOUNS:
            # "by Smith, who called them ...": the relative pronoun's antecedent speaks.
            antecedent = _antecedent(doc, a.source_span.start)
            if antecedent is None:
                a.source_id = ledger.last_any
            else:
                printed = described = doc.text_of(antecedent)
                whole = doc.text[antecedent.start : a.content_span.end]
                if (
                    word == "who"
                    and a.source_span.start < a.content_span.start
                    and len(a.content_span) <= MAX_ANONYMITY_CLAUSE
                    and is_anonymous_phrase(whole)
                    and not is_anonymous_phrase(printed)
                ):
                    # "One witness, who declined to give her name": the clause makes
                    # the antecedent unnamed, the source its own sentence names again
                    described = whole
        elif word in PERSON_PRONOUNS:
            a.source_id = _subject_antecedent(
                doc,
                ledger,
                word,
                a.source_span.start,
                max(last_source_end, headline_end),  # the headline is no sentence before
                cue_starts,
                content=a.content_span,
            )
            if a.source_id is None:
                a.source_id = ledger.resolve_pronoun(word)
        elif word in FIRST_PERSON and covers.in_own_words(a.source_span.start, number):
            # "I hope the council listens" in the story's own words: the writer, not the
            # last person quoted
            a.source_id = ledger.add(Mention(printed, printed, "unknown", None, WRITER_KEY))
        elif word in OTHER_PRONOUNS:
            a.source_id = ledger.resolve_pronoun(word)
        else:
            # the “Pose” actor: the work's title tells which actor, the noun who he is
            described = printed
            if printed.endswith(RELATIVE_THAT):
                # "[a super PAC that] backed Mr. Rubio": the noun phrase names the source
                described = printed[: -len(RELATIVE_THAT)]
            if "“" in printed or '"' in printed:  # most sources quote no title: no pattern run
                described = QUOTED_WORK.sub("", printed)
            described += _apposition_after(doc, a)
        if described:
            mention = mentions.get(described)
            if mention is None:
                read = classify(described, acronyms) if acronyms else _classify_plain(described)
                # mentions are never changed in place: one printed as read is kept as it is
                mention = mentions[described] = (
                    read if read.text == printed else read.replaced(text=printed)
                )
            marked = _marked_company(doc, a.source_span)
            if marked and mention.kind != "organization":
                # "<Four Seasons Hotels> said": wire copy marks a company so
                name = " ".join(printed.split())
                mention = Mention(printed, name, "organization", None, "org:" + bag(name))
            if mention.kind != "anonymous" and _anonymous_gap(doc, a):
                # "Several donors, speaking on condition of anonymity, said": unnamed
                mention = mention.replaced(kind="anonymous", key="anon:" + mention.name.casefold())
            if (
                mention.kind in ("person", "organization")
                and mention.name.count(" ") < MAX_COMPANY_WORDS
                and not mention.key.startswith(GROUP_KEY)
            ):
                # "Trump said" after Donald Trump spoke: him, not "Trump Tower Commercial LLC"
                heard = mention.kind == "person" and mention.key in ledger.keys
                company = None if heard else companies.get(mention.name)
                if company is not None:
                    # "Tesla said" where the text names "Tesla Inc", "American Can said"
                    # where it names "American Can Co": the company.
                    mention = _classify_plain(company).replaced(text=printed, kind="organization")
                elif mention.kind == "person" and " " not in mention.name:
                    full = people.get(mention.name)
                    body = None if full is not None else ledger.body_of_word(mention.name)
                    if body is not None:
                        # "Harris said" after "Harris Associates L.P." spoke, "Tanjug said"
                        # after "the official Tanjug news agency": that body
                        a.source_id = body
                        ledger.alias(body, printed)
                        ledger.hear(body)
                    elif full is not None:
                        # "Salah" -> "Mohamed Salah", "Lula" -> "Luiz Inacio Lula da Silva"
                        key = person_key(full)
                        mention = mention.replaced(name=full, key=key)
                    elif printed == mention.name and find_city(printed) is not None:
                        # "Beijing said", "Moscow says": a city no person is named after
                        # speaks through its government
                        key = "org:" + bag(printed)
                        mention = mention.replaced(kind="organization", key=key)
            if mention.kind == "organization" and ledger.unresolved(mention):
                # "the company said", no earlier source fits: the organisation it names.
                # "The company, whose stock has traded ...", "the\ncompany": its name
                reference = " ".join(mention.name.split())
                found = named_organisation_at(doc, reference, a.source_span.start)
                named = found[0] if found is not None else None
                same_noun = _source_of_noun(ledger, reference)
                if same_noun is not None:
                    # "A shareholder group led by investor Robert Toussie told the SEC
                    # ... The group said": the source printed with the noun
                    a.source_id = same_noun
                    ledger.alias(a.source_id, printed)
                elif found is not None and (
                    (spoke := _spoken_of(doc, ledger, attributions, number, reference, found[1]))
                    is not None
                ):
                    # "Rochester Telephone Corp said it completed its acquisition of the
                    # Enterprise Telephone Co ... the company said": the company that
                    # spoke, not the one it spoke of
                    a.source_id = spoke
                    ledger.alias(spoke, printed)
                    ledger.keys[mention.key] = spoke
                elif named is not None:
                    a.source_id = ledger.add(_classify_plain(named).replaced(kind="organization"))
                    ledger.alias(a.source_id, printed)
                    ledger.keys[mention.key] = a.source_id  # later ones need no search
                elif (body := ledger.body_for(printed)) is not None and _bare_organisation(printed):
                    # "the agency said" after the National Highway Traffic Safety
                    # Administration spoke: the organisation last heard, as for "it"
                    # (an organisation, not a news outlet: "the campaign" is no paper);
                    # "the company", the last that may be a company
                    a.source_id = body
                    ledger.alias(a.source_id, printed)
                elif (listed := listed_company(doc, reference, a.source_span.start)) is not None:
                    # "The company said" before any body spoke, under a headline on
                    # Boeing: the company of data/companies.txt named last
                    a.source_id = ledger.add(_classify_plain(listed).replaced(kind="organization"))
                    ledger.alias(a.source_id, printed)
            if a.source_id is None:
                a.source_id = ledger.add(mention, heard=a.rule != "asked")
                if marked:
                    ledger.marked.add(a.source_id)
                if mention.kind == "person" and mention.key.startswith(PERSON_KEY):
                    told = _gender_after(doc, a.source_span)
                    if told is not None:
                        # "Smith said she had done it herself": Smith is a woman
                        ledger.note_gender(a.source_id, told)
        last_source_end = max(last_source_end, a.source_span.end, a.cue_span.end)
        if (
            a.source_id is not None
            and a.source_span.end <= headline_end
            and printed.isupper()
            and ledger.sources[a.source_id].name == printed
        ):
            ledger.note_capitals(a.source_id, printed)
        if a.source_id is not None:
            lo = min(a.source_span.start, a.cue_span.start)
            hi = max(a.source_span.end, a.cue_span.end)
            ledger.note_document(a.source_id, _around(doc.text, lo, hi))
            ledger.sources[a.source_id].attribution_count += 1
            for qi in a.quotes:
                if 0 <= qi < len(quotes):
                    quotes[qi].source_id = a.source_id
                    ledger.sources[a.source_id].quote_count += 1
    for source in ledger.sources:
        _one_line(source)
        if source.kind == "unknown" and source.title is not None:
            source.kind = "person"  # "the minister", "Minister defends budget": a person
    return ledger.sources


# Most words of a source's name looked up as a company's name without its suffix.
MAX_COMPANY_WORDS = 3


def _marked_company(doc: Document, source: Span) -> bool:
    """Whether a source is printed inside angle brackets, as a wire story marks a company
    it names ("<Four Seasons Hotels> said", "<Prudential Insurance Co of America>")."""
    text = doc.text
    return (
        source.start > 0
        and text[source.start - 1] == "<"
        and text[source.end : source.end + 1] == ">"
    )


# How many attributions before a reference to "the company" are read for the content
# that names the company it points to.
SPOKEN_OF_LOOKBACK = 8


def _spoken_of(
    doc: Document,
    ledger: Ledger,
    attributions: list[Attribution],
    number: int,
    reference: str,
    at: int,
) -> int | None:
    """The company heard last, when the company that "the company" (``reference``) would
    name, named at ``at``, stands inside what it said (one of the last few attributions
    before attribution ``number``) or after it in its sentence: that is what the company
    spoke of, and "the company" is the one that spoke. A body that is no company ("the
    Air Force said General Dynamics Corp won ...") never is, nor "the court" a company."""
    index = ledger.last_body
    if index is None or not _a_company(ledger.sources[index].name):
        return None
    if reference.casefold().split()[-1] not in company_nouns():
        return None
    for b in attributions[max(0, number - SPOKEN_OF_LOOKBACK) : number]:
        if b.source_id != index:
            continue
        if b.content_span.start <= at < b.content_span.end:
            return index
        # "Tokheim Corp said it reached an agreement with <TechVend>, a New Jersey-based
        # corporation which ...": an apposition after the content, in its sentence
        sentence = doc.sentence_at(b.content_span.end - 1)
        if sentence is not None and b.content_span.end <= at < sentence.end:
            return index
    return None


# How many words open an unnamed source's name where its noun is looked for ("A
# shareholder group led by ...", "an investor group").
NOUN_SOURCE_WORDS = 4


def _source_of_noun(ledger: Ledger, reference: str) -> int | None:
    """An earlier source of the last few whose name opens with a phrase on the noun of a
    definite reference that names other things than companies too (data/
    company_nouns.tsv, "named"), in lower case: "the group" after "A shareholder group led
    by New York investor Robert Toussie" (no body's name: "Jefferies Group Inc" is found
    by its words)."""
    words = reference.casefold().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in company_nouns("named"):
        return None
    noun = words[1]
    last = len(ledger.sources) - 1
    for index in range(last, max(-1, last - MAX_TITLED_LOOKBACK), -1):
        name = ledger.sources[index].name.split()
        if noun in name[:NOUN_SOURCE_WORDS] and name[0][:1].isupper():
            return index
    return None


def _a_company(name: str) -> bool:
    """Whether a source's name is a company's: it ends with a company suffix ("Tokheim
    Corp") or data/companies.txt lists it."""
    words = name.split()
    return bool(words) and (
        (words[-1][:1].isupper() and words[-1].casefold() in company_suffixes())
        or name.casefold() in load_set("companies")
    )


def _around(text: str, lo: int, hi: int) -> str:
    """The words around a source and its cue where the document it issued is named
    ("posted a statement", "in a report"), inside their paragraph: a document the next
    paragraph names is no one's yet."""
    start = max(0, lo - DOCUMENT_REACH_BEFORE)
    end = hi + DOCUMENT_REACH_AFTER
    before = text.rfind("\n\n", start, lo)
    after = text.find("\n\n", hi, end)
    return text[before + 2 if before >= 0 else start : after if after >= 0 else end]


# How far before and after a source and its cue the document it issued is looked for.
DOCUMENT_REACH_BEFORE = 60
DOCUMENT_REACH_AFTER = 40


def _one_line(source: Source) -> None:
    """A source's name, aliases and title on one line with single spaces: a wire story
    wraps "the\nFederal Reserve" where the name is "the Federal Reserve". Printed forms
    keep their line breaks in ``source_text`` and ``speaker_text`` (spans index them)."""
    source.name = " ".join(_name_part(source.name).split())  # "Joyce — who is listed as"
    if source.title is not None:
        source.title = " ".join(source.title.split())
    aliases = dict.fromkeys(" ".join(alias.split()) for alias in source.aliases)
    aliases.pop(source.name, None)
    source.aliases = list(aliases)


def apply(doc: Document, article: Article, ctx: Context) -> None:
    """Fill the sources of the article and link attributions and quotes to them."""
    acronyms: dict[str, str] = {}
    if any(
        a.source_span is not None
        and doc.text_of(a.source_span).removeprefix("The ").removeprefix("the ").isupper()
        for a in article.attributions
    ):
        acronyms = find_acronyms(doc, article.paragraphs())
    article.sources = resolve_sources(doc, article.attributions, article.quotes, acronyms)
