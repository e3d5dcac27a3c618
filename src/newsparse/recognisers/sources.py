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
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import islice

from ..article import Article, Attribution, Quote, Source, SourceKind
from ..document import Document, Span
from ..lexicon import alternation, load_list, load_set, load_table
from ..patterns import PLURAL_POSSESSIVE, POSSESSIVE
from ..pipeline import Context
from .name_lookups import (
    SMALL_WORDS,
    CompanyNames,
    FullNames,
    company_suffixes,
    name_particles,
    named_organisation,
    words_of,
)
from .places import canonical_agency, find_area, find_city
from .speakers import people_nouns, source_before

LOGGER = logging.getLogger(__name__)

# A capitalised word of a name: "Clinton", "O'Rourke", "U.S.", "Mr.", or one that a short
# particle is glued to: "al-Awadi", "el-Sisi", "d'Estaing".
NAME_WORD = re.compile(r"(?:[a-z]{1,3}[-'’])?[A-Z][\w.'’-]{0,30}")
GLUED_PARTICLE = re.compile(r"[a-z]{1,3}[-'’][A-Z]")
# An organisation introduced with its acronym: "Syrian Democratic Forces (SDF)".
ACRONYM_INTRO = re.compile(
    r"""
    (?P<name>(?:[A-Z][\w'’-]{0,30}\s(?:(?:of|for|and|the)\s){0,2}){1,7})   # Syrian Democratic Forces
    \((?P<acronym>[A-Z][A-Za-z]{1,7})\)                                   # (SDF)
    """,
    re.VERBOSE,
)
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "prof", "sir"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whose"})
OTHER_PRONOUNS = frozenset(
    {"they", "it", "its", "their", "them", "we", "i", "you", "me", "us", "my", "our"}
)


@dataclass(slots=True)
class Mention:
    """What a printed source says about its source."""

    text: str
    name: str
    kind: SourceKind
    title: str | None
    key: str
    members: tuple[Mention, ...] = ()  # the persons of a coordinated source


def _name_run(head: str) -> str:
    """The name at the end of a noun phrase: "GOP frontrunner Donald Trump" gives "Donald
    Trump", "President Luiz Inacio Lula da Silva" "Luiz Inacio Lula da Silva" (a particle
    between capitalised words belongs to the name)."""
    words = head.split()
    run: list[str] = []
    for w in reversed(words):
        if NAME_WORD.fullmatch(w) or (run and w in name_particles()):
            run.append(w)
        else:
            break
    while run and not (run[-1][0].isupper() or GLUED_PARTICLE.match(run[-1])):
        run.pop()
    return " ".join(reversed(run))


# The key prefix of a source that is several people ("Residents in Gaza").
GROUP_KEY = "group:"
# Most words before the noun of a group of people: "[Some Kurdish public] employees".
MAX_GROUP_MODIFIERS = 3
# Words after the noun of a group that tie it to a place or body: "residents [in] Gaza",
# "voters [across] the state", "analysts [polled] by LSEG".
GROUP_LINKS = frozenset(
    {"at", "in", "of", "from", "for", "with", "across", "on", "inside", "outside", "near",
     "around", "throughout", "polled", "surveyed", "interviewed"}
)  # fmt: skip


@cache
def _group_nouns() -> frozenset[str]:
    """Plural nouns of people that name a group: "residents", "employees" (the nouns of
    people among the source openers and data/group_nouns.txt, no document or body)."""
    return (
        (people_nouns() | load_set("group_nouns"))
        - load_set("document_words")
        - load_set("organisation_words")
    )


def _people_group(words: list[str]) -> bool:
    """Whether a phrase names a group of people: a plural noun of people, after at most a
    few modifiers, that ends the phrase or is tied to a place or body ("Residents",
    "Public employees in the Kurdistan Region", "Gaza residents")."""
    nouns = _group_nouns()
    for i, word in enumerate(words[: MAX_GROUP_MODIFIERS + 1]):
        if word in GROUP_LINKS:
            return False
        if word in nouns:
            return i == len(words) - 1 or words[i + 1] in GROUP_LINKS
    return False


def _proper_name(head: str) -> str:
    """:func:`_name_run`, unless it is only nouns of people that open a sentence
    ("Officials", "Witnesses")."""
    name = _name_run(head)
    if name and all(w.casefold() in people_nouns() for w in name.split()):
        return ""
    return name


@cache
def _anonymous_pattern() -> re.Pattern[str]:
    return re.compile(alternation(load_list("anonymous_sources")))


@cache
def _title_pattern() -> re.Pattern[str]:
    return re.compile(alternation(load_list("titles")))


def _title_of(head: str, apposition: str) -> str | None:
    """The first title in the apposition, else in the head: "a spokesman for ..." gives "spokesman"."""
    for part in (apposition.casefold(), head.casefold()):
        m = _title_pattern().search(part)
        if m is not None:
            return m.group()
    return None


def classify(printed: str, acronyms: dict[str, str]) -> Mention:
    """Kind, canonical name, title and grouping key of one printed source."""
    head, _, apposition = printed.partition(",")
    head = head.strip()
    folded = head.casefold()
    bare = re.sub(r"^(?:the|a|an)\s", "", folded)
    words = words_of(folded)
    last = words[-1].strip(".") if words else ""
    title = _title_of(head, apposition)
    if " and " in printed and not SET_OFF.search(printed):
        group = _coordinated(printed, acronyms)
        if group is not None:
            return group
    acronym = head.removeprefix("The ").removeprefix("the ")
    if bare.removesuffix("'s").removesuffix("’s") in load_set("organisations"):
        # "Hamas", "the Taliban", "Gazprom's": a body whose name reads like a person's
        name = head.removesuffix("'s").removesuffix("’s")
        return Mention(printed, name, "organization", None, "org:" + _bag(name))
    if acronym in acronyms:
        full = acronyms[acronym]
        return Mention(printed, full, "organization", None, "org:" + _bag(full))
    person, of, _ = head.partition(" of ")
    if of and person[:1].isupper() and person.split()[-1][:1].isupper():
        # "Sen. Lindsey Graham of South Carolina", "Dan Ives of Wedbush Securities": a
        # person and where they belong ("Bank of America" and "Secretary of State John
        # Kerry" are read whole).
        mention = classify(person, acronyms)
        named = mention.kind == "person" and mention.name.casefold() not in load_set("titles")
        if named and (
            len(mention.name.split()) >= 2
            or mention.title
            or person.split()[0].rstrip(".").casefold() in HONORIFICS
        ):
            return Mention(printed, mention.name, "person", mention.title or title, mention.key)
    if _people_group(words):
        # "Officials at the Pentagon", "Analysts at Wedbush", "Public employees in the
        # Kurdistan Region": people of a body or a place, unnamed (anonymous when the
        # words say so), never a person named "Wedbush" nor the place.
        if _anonymous_pattern().search(folded):
            return Mention(printed, head, "anonymous", title, "anon:" + folded)
        return Mention(printed, head, "person", title, GROUP_KEY + bare)
    named_after = _name_run(apposition.strip()) if apposition else ""
    if (
        named_after
        and named_after == apposition.strip()
        and not _proper_name(head)
        and words
        and (
            words[-1] in load_set("titles")
            or words[-1] in people_nouns()
            or _title_of(head, "") is not None  # "executive director of enforcement"
        )
    ):
        # "a Twitter spokesman, Christopher Abboud" / "The man's lawyer, Tom Green": the
        # name follows the job, and the person is named, not anonymous.
        return Mention(
            printed,
            named_after,
            "person",
            _job_words(head) or title or words[-1],
            "person:" + named_after.split()[-1].casefold(),
        )
    if _anonymous_pattern().search(printed.casefold()) and not _named_not_outlet(head):
        # "a senior official", "three sources who spoke to Fox News": unnamed people
        return Mention(printed, printed, "anonymous", title, "anon:" + printed.casefold())
    outlet = _outlet(head, bare, words)
    if outlet is not None:
        return Mention(printed, outlet, "media", None, "media:" + _bare(outlet.casefold()))
    documents = load_set("document_words")
    noun = 1 if words and words[0] in DETERMINERS else 0  # the first noun: "[a] report by"
    if last in documents or (
        len(words) > noun + 1 and words[noun] in documents and words[noun + 1] in DOCUMENT_LINKS
    ):
        # "the statement" / "A report published by the FCA": the document speaks
        return Mention(printed, head, "document", None, "doc:" + _bag(head))
    orgs = load_set("organisation_words")
    indefinite = re.match(r"(?:a|an)\s", folded) is not None
    job = _unnamed_job(words) if indefinite and _unnamed(head, words) else None
    if job is not None:
        # "a central bank official", "a spokesman for the ministry": an unnamed person
        return Mention(printed, head, "anonymous", job, "anon:" + folded)
    role = _role(head)
    if role is not None and named_after and named_after == apposition.strip():
        # "The Podesta Group's CEO, Kimberley Fritts": the job, then the name
        key = "person:" + named_after.split()[-1].casefold()
        return Mention(printed, named_after, "person", role, key)
    if role is not None:
        # "Japan's prime minister", "the company's chief executive": one person, unnamed
        # but not anonymous, named as printed
        return Mention(printed, head, "person", role, "role:" + bare)
    titled = _titled_person(head, last, orgs)
    if titled is not None:
        name, job = titled
        return Mention(printed, name, "person", job, "person:" + name.split()[-1].casefold())
    acronym = acronym.removesuffix("'s").removesuffix("’s")
    if _is_acronym(acronym) and acronym.casefold() not in ROMAN_NUMERALS:
        # "IDF says", "According to the IDF", "the IMF's": an acronym names a body, with
        # or without its article
        return Mention(printed, acronym, "organization", None, "org:" + _bag(acronym))
    if (
        last in orgs
        or bare in orgs
        or any(w in orgs for w in words)
        or (head.isupper() and len(head) >= 2)
        or (len(words) > 1 and words[-1] in company_suffixes())
    ):
        return Mention(printed, head, "organization", None, "org:" + _bag(head))
    name = _proper_name(head)
    if not name and named_after and named_after == apposition.strip() and words:
        # "The man's lawyer, Tom Green": the name follows the job.
        job = words[-1] if words[-1] not in SMALL_WORDS else None
        return Mention(
            printed,
            named_after,
            "person",
            title or job,
            "person:" + named_after.split()[-1].casefold(),
        )
    if name:
        parts = [p for p in name.split() if p.rstrip(".").casefold() not in HONORIFICS]
        titles = load_set("titles")
        # "Defense Secretary Ash Carter": the name starts after the last title word;
        # "The Washington Post's Robert Costa": after the last possessive.
        cut = max(
            (
                i + 1
                for i, p in enumerate(parts[:-1])
                if p.casefold() in titles or p.endswith((*POSSESSIVE, *PLURAL_POSSESSIVE))
            ),
            default=0,
        )
        if parts and parts[-1].endswith(POSSESSIVE):
            parts[-1] = parts[-1][:-2]  # "Trump's plan": the source is Trump
        parts = parts[cut:]
        name = " ".join(parts) or name
        if find_area(name) is not None:
            # "Ukraine says", "China's [claims]": a country or region speaks through its
            # government
            return Mention(printed, name, "organization", None, "org:" + _bag(name))
        if _listed_outlet(name.casefold()):
            # "audio provided by Wyoming Public Radio": the outlet the phrase ends with
            return Mention(printed, name, "media", None, "media:" + _bare(name.casefold()))
        if parts and _is_acronym(parts[-1]) and parts[-1].casefold() not in ROMAN_NUMERALS:
            # "Eurosceptic SVP": a body named by its acronym
            return Mention(printed, name, "organization", None, "org:" + _bag(name))
        return Mention(printed, name, "person", title, "person:" + name.split()[-1].casefold())
    return Mention(printed, head, "unknown", title, "unknown:" + bare)


# An acronym: capitals (and digits, dots, a "+" or "&") only, at least two letters:
# "IDF", "KRG", "U.N.", "OPEC+", "G7", "AT&T".
ACRONYM = re.compile(r"[A-Z][A-Z0-9.&]{1,9}\+?")


# Capitals that are no acronym: the number after a name ("John Smith III").
ROMAN_NUMERALS = frozenset({"ii", "iii", "iv", "vi", "vii", "viii"})


def _is_acronym(word: str) -> bool:
    return ACRONYM.fullmatch(word) is not None and sum(c.isupper() for c in word) >= 2


@lru_cache(maxsize=4096)
def _initials(name: str) -> str:
    """The letters an organisation's acronym is made of: "IDF" for "IDF" and "U.N." for
    "the United Nations"; empty for a name of fewer than two capitalised words."""
    if _is_acronym(name):
        return name.replace(".", "").rstrip("+")
    words = [w for w in name.split() if w.casefold() not in SMALL_WORDS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def _bare(folded: str) -> str:
    """A folded phrase without its article: "the daily news" gives "daily news"."""
    return re.sub(r"^(?:the|a|an)\s", "", folded)


def _listed_outlet(folded: str) -> bool:
    """Whether a folded name is a listed outlet or agency ("reuters", "kyodo news"), or
    ends with an outlet's head word ("wyoming public radio")."""
    bare = _bare(folded)
    if bare in load_set("media_outlets") or folded in load_set("media_outlets"):
        return True
    if canonical_agency(bare) is not None:
        return True
    words = words_of(bare)
    media = load_set("media_words")
    return bool(words) and (words[-1] in media or " ".join(words[-2:]) in media)


def _outlet(head: str, bare: str, words: list[str]) -> str | None:
    """The news outlet a source is, if any: a listed outlet or agency ("Reuters", "Kyodo
    News"), or a short phrase ending with an outlet's head word (the name run when it
    ends the phrase: "Holt's liberal [NBC News]", else the phrase: "state television",
    "the nationalist Global Times tabloid")."""
    if bare in load_set("media_outlets") or head.casefold() in load_set("media_outlets"):
        return head
    if canonical_agency(bare) is not None or canonical_agency(bare.rstrip(".")) is not None:
        return head.rstrip(".")  # "according to the PTI.": the sentence's stop is no part
    if len(words) > MAX_MEDIA_WORDS or not MEDIA_LINKS.isdisjoint(words):
        return None  # "three sources who spoke to Fox News": the outlet is no source
    if not _listed_outlet(bare):
        return None
    run = _name_run(head)
    return run if run and run != head and _listed_outlet(run.casefold()) else head


def _named_not_outlet(head: str) -> bool:
    """Whether a phrase ends with a name other than a news outlet's."""
    name = _proper_name(head)
    return bool(name) and not _listed_outlet(name.casefold())


# Most words of a phrase named after an outlet's head word ("the nationalist Global Times
# tabloid"), and words that show the outlet is only part of a longer phrase ("audio
# provided [by] Wyoming Public Radio", "the business side [of] TV").
MAX_MEDIA_WORDS = 6
MEDIA_LINKS = frozenset(
    {"by", "to", "of", "in", "on", "at", "for", "from", "with", "about", "who", "which", "that"}
)


# The separators of coordinated names: "A and B", "A, B and C", "A, B, and C".
COORDINATION = re.compile(r",?[ ]and[ ]|,[ ]")
# A dash or parenthesis that sets off words inside a source: no list of names then
# ("Intelligence officials — including NSA Director Adm. Michael Rogers and ...").
SET_OFF = re.compile(r"[—–(]|[ ]--?[ ]")
# The word that may open coordinated names: "[Both] Mr. King and Mr. Schultz".
BOTH = re.compile(r"(?:Both|both|Either|either|Neither|neither)[ ]")


def _coordinated(printed: str, acronyms: dict[str, str]) -> Mention | None:
    """Named persons joined by "and": "Chinese President Xi Jinping and Brazilian
    President Luiz Inacio Lula da Silva" is one source of kind person named "Xi Jinping
    and Luiz Inacio Lula da Silva" (no one title), which keeps its members for a later
    "Xi said"; None when any part is no named person ("Sanders and his supporters")."""
    parts = [p.strip() for p in COORDINATION.split(BOTH.sub("", printed, count=1))]
    places = [find_city(part) or find_area(part) for part in parts]
    if len(parts) >= 2 and all(places):
        # "Ankara and Baghdad agree": places that speak through their governments
        return Mention(printed, printed, "organization", None, "org:" + _bag(printed))
    if any(places):
        return None
    members = []
    titles = load_set("titles")
    for part in parts:
        if not part[:1].isupper():
            return None  # "he and Mr. Allen", "Clinton and others"
        mention = classify(part, acronyms)
        if mention.kind != "person" or not mention.key.startswith(PERSON_KEY):
            return None
        if any(w.casefold() in titles for w in mention.name.split()):
            return None  # "Former Secretary [of State] and ... Hillary Clinton": one person
        members.append(mention)
    if len(members) < 2:
        return None
    names = [m.name for m in members]
    name = ", ".join(names[:-1]) + " and " + names[-1]
    key = GROUP_KEY + " & ".join(sorted(m.key for m in members))
    return Mention(printed, name, "person", None, key, tuple(members))


# The key prefix of a named person ("person:clinton").
PERSON_KEY = "person:"


# Most words of a job printed before a name ("the company's [chief financial officer]").
MAX_JOB_WORDS = 5
# What opens a job phrase and is no part of the job: an article, or a possessive and
# what stands before it ("the company's", "Labour's").
JOB_LEAD = re.compile(
    r"^(?:.*[\w.][’']s?\s|(?:the|a|an|his|her|their|its|our|my)\s)", re.IGNORECASE
)


def _job_words(head: str) -> str | None:
    """The job words of a phrase set before a name: "The company's chief financial
    officer" gives "chief financial officer", "A Twitter spokesman" "Twitter spokesman"."""
    job = JOB_LEAD.sub("", head, count=1).strip()
    if not job or len(job.split()) > MAX_JOB_WORDS:
        return None
    return job


# A possessive that opens a job: "[Japan's ]prime minister", "[the company's ]chief
# executive", "[Donald Trump’s ]campaign manager", "[the prime minister’s ]spokesman".
ROLE_OWNER = re.compile(
    r"""
    (?:[\w.-]{1,30}[ ]){0,3}     # up to three words before the owner's last: the / Donald
    [\w.-]{1,30}['’]s[ ]         # the possessive: Japan's / Trump’s
    """,
    re.VERBOSE,
)


def _role(head: str) -> str | None:
    """The job of a person named by a job and whose it is: "Japan's prime minister"
    gives "prime minister"; None when a name follows ("China's Foreign Ministry
    spokesman Lin Jian") or the last word is no job ("Ukraine's air force")."""
    owner = ROLE_OWNER.match(head)
    if owner is None:
        return None
    job = head[owner.end() :]
    words = job.split()
    titles = load_set("titles")
    if not words or len(words) > MAX_JOB_WORDS or words[-1].casefold() not in titles:
        return None
    if job.casefold() not in titles and any(
        w[0].isupper() and w.casefold() not in titles for w in words
    ):
        return None  # a name among the words: not a bare job ("Prime Minister" is one)
    return job


# Articles and demonstratives before a document's noun.
DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those"})
# Words after a document's noun that show the document is the source: "a report
# [published] by", "a study [by]", "a poll [released] on Monday", "a letter [from]".
DOCUMENT_LINKS = frozenset(
    {"by", "from", "of", "in", "published", "released", "issued", "filed", "obtained", "seen"}
)
# Words between a job and the body it serves: "a spokesperson [for] the Treasury".
JOB_LINKS = frozenset({"for", "of", "at", "with", "in", "from"})


def _unnamed(head: str, words: list[str]) -> bool:
    """Whether a phrase names no person: no name at all, or a name only after the job
    and a preposition ("a spokesperson for the Treasury", "an official at the Pentagon")."""
    name = _name_run(head)
    if not name:
        return True
    first = name.split()[0].casefold()
    at = words.index(first) if first in words else -1
    return (at >= 2 and words[at - 1] in JOB_LINKS) or (at >= 3 and words[at - 2] in JOB_LINKS)


def _unnamed_job(words: list[str]) -> str | None:
    """The job of "a central bank official" or "a spokesman for the ministry", if any."""
    titles = load_set("titles")
    if words and words[-1] in titles:
        return words[-1]
    for i, w in enumerate(words[1:5], start=1):
        if w in titles and i + 1 < len(words) and words[i + 1] in ("for", "of", "at", "with", "in"):
            return w
    return None


def _titled_person(head: str, last: str, orgs: frozenset[str]) -> tuple[str, str] | None:
    """A name after job words: "St. Louis County Police Chief Jon Belmar" gives
    ("Jon Belmar", "St. Louis County Police Chief"), even when the job words name an
    organisation ("Police"); "the General Administration of Customs" is no person."""
    if last in orgs:
        return None
    run = _name_run(head).split()
    titles = load_set("titles")
    cut = max((i + 1 for i, p in enumerate(run[:-1]) if p.casefold() in titles), default=0)
    before = head[: len(head) - len(" ".join(run))].casefold().split()
    if cut == 0 and len(run) >= 3 and before[-1:] == ["of"] and titles.intersection(before):
        cut = 1  # "Secretary of State John Kerry": the job runs to the first word of the run
    name = [p for p in run[max(cut, 0) :] if p.rstrip(".").casefold() not in HONORIFICS]
    if cut == 0 and before and before[-1] in titles:
        cut = -1  # "council member Rosa Diaz": the job words end right before the name
    if cut == 0 or not name or any(p.casefold() in orgs or p.casefold() in titles for p in name):
        return None
    job = head[: len(head) - len(" ".join(run[max(cut, 0) :]))].strip()
    job = re.sub(r"^(?:the|a|an)\s+", "", job, flags=re.IGNORECASE)
    return " ".join(name), job


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """The words of a source name, case-folded."""
    return frozenset(words_of(name.casefold()))


@lru_cache(maxsize=4096)
def _classify_plain(printed: str) -> Mention:
    """:func:`classify` without acronyms, kept across articles (sources recur)."""
    return classify(printed, {})


def _bag(text: str) -> str:
    words = sorted({w.casefold() for w in words_of(text)} - SMALL_WORDS)
    return " ".join(words)


def find_acronyms(doc: Document, paragraphs: list[Span]) -> dict[str, str]:
    """Acronyms introduced in parentheses after a name: {"SDF": "Syrian Democratic Forces"}."""
    found: dict[str, str] = {}
    for para in paragraphs:
        if "(" not in doc.text[para.start : para.end]:
            continue
        for m in ACRONYM_INTRO.finditer(doc.text, para.start, para.end):
            found.setdefault(m.group("acronym"), m.group("name").strip())
    return found


# The gender each person pronoun refers to.
PRONOUN_GENDERS = {
    "he": "male", "him": "male", "his": "male",
    "she": "female", "her": "female", "hers": "female",
}  # fmt: skip


@cache
def _gender_words() -> dict[str, str]:
    return {row["word"]: row["gender"] for row in load_table("gender_words")}


def _gender(printed: str) -> str | None:
    """The gender a printed source tells ("Mrs. Clinton", "a spokeswoman"), if any."""
    words = _gender_words()
    for word in printed.casefold().split():
        gender = words.get(word.strip(",;:()")) or words.get(word.strip(",;:().’'"))
        if gender is not None:
            return gender
    return None


# A definite description of one person: an age ("the 39-year-old", "the 39-year-old
# striker") or a nationality alone ("the Brazilian", "the Frenchman", "the Iraqi"); "the
# Chinese" and "the British" are a side more often than a person, and stay apart.
PERSON_DESCRIPTION = re.compile(
    r"""[Tt]he[ ](?:
        \d{1,3}-year-old(?:[ ][a-z]{2,20})?
      | [A-Z][a-z]{2,20}(?:ian|ean|man|woman|i)
    )""",
    re.VERBOSE,
)
# How many of the persons heard last a definite job ("the minister") is compared with
# (and how many bare jobs a named person), and how many a "he" or "she" is (an article
# names fewer; a hostile text stays linear).
MAX_TITLED_LOOKBACK = 12
MAX_PRONOUN_LOOKBACK = 50


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
        # persons, the most recently heard last (a dict: moving one to the end is O(1))
        self.people: dict[int, None] = {}
        self.genders: dict[int, str] = {}  # person -> "male" / "female", when printed
        self.groups: set[int] = set()  # persons that are several people: no "he" or "she"
        self.members: dict[str, Mention] = {}  # key -> a person named in a coordinated source
        self.first_names: dict[str, str | None] = {}  # "xi" -> "person:jinping"; None: several
        # Bodies and outlets by the words of their names, and organisations by their
        # initials and whether the name is an acronym, each list in order of first
        # mention: a reference is compared with the sources that may fit, not with all.
        self.by_word: dict[tuple[str, str], list[int]] = {}
        self.by_initials: dict[tuple[str, bool], list[int]] = {}
        self.last_of_kind: dict[str, int] = {}
        # jobs printed bare ("minister" of "..., minister says"), by their head word
        self.bare_jobs: dict[str, list[int]] = {}

    def add(self, mention: Mention) -> int:
        if mention.kind == "person" and mention.key.startswith(PERSON_KEY):
            mention = self._fuller(mention)
        index = self.keys.get(mention.key)
        if index is None and mention.kind == "unknown":
            index = self._titled_antecedent(mention)
        if index is None and mention.kind in ("person", "unknown"):
            index = self._described_person(mention)
        if index is None and mention.kind in ("organization", "document", "media"):
            index = self._definite(mention)
        if index is None and mention.kind == "organization":
            index = self._spelt_out(mention)
        if index is None and mention.kind == "person" and mention.title:
            index = self._bare_job_before(mention)
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
            if mention.kind == "unknown" and mention.title and _is_bare_job(mention):
                self.bare_jobs.setdefault(_head_word(mention.title), []).append(index)
        source = self.sources[index]
        self._remember_names(mention, source.name)
        gender = _gender(mention.text) if mention.kind == "person" else None
        if gender is not None:
            self.genders.setdefault(index, gender)
        if mention.kind == "person" and len(mention.name) > len(source.name):
            source.aliases.append(source.name)
            source.name = mention.name
        if source.title is None:
            source.title = mention.title
        self._alias(source, mention.text)
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
                return replace(mention, key=PERSON_KEY + first)
        member = self.members.get(key)
        if member is not None and key not in self.keys:
            name = member.name if " " not in mention.name else mention.name
            return replace(mention, name=name, title=mention.title or member.title, key=key)
        return mention if key == mention.key else replace(mention, key=key)

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

    def _described_person(self, mention: Mention) -> int | None:
        """The latest person, for a definite description that only a person fits: "the
        39-year-old", "the 39-year-old striker", "the Brazilian"."""
        if not PERSON_DESCRIPTION.fullmatch(mention.text):
            return None
        last = next(reversed(self.people), None)
        return last if last is not None and last not in self.groups else None

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
        initials = _initials(source.name)
        if source.kind == "organization" and initials:
            acronym = _is_acronym(source.name)
            _file(self.by_initials.setdefault((initials, acronym), []), index)

    def _spelt_out(self, mention: Mention) -> int | None:
        """An earlier organisation that is this one's acronym or its spelt-out name: "IDF"
        and "the Israel Defense Forces" are one ("IDF" then takes the fuller name)."""
        mine = _initials(mention.name)
        if not mine:
            return None
        wanted = not _is_acronym(mention.name)  # the other form of the name
        for index in reversed(self.by_initials.get((mine, wanted), [])):
            source = self.sources[index]
            if _initials(source.name) != mine or _is_acronym(source.name) != wanted:
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
        if distinctive or text.startswith("the "):
            probe = distinctive or words
            if not probe:
                found = self.last_of_kind.get(kind)  # "the": the latest body of its kind
                if found is not None:
                    return found
            else:
                # the sources whose names hold the rarest of the words, latest first
                rarest = min(sorted(probe), key=lambda w: len(self.by_word.get((kind, w), ())))
                for index in reversed(self.by_word.get((kind, rarest), [])):
                    if probe <= _name_words(self.sources[index].name):
                        return index
        if mention.kind == "document":
            if distinctive:
                return None
            head = words_of(text)[-1] if words else ""
            issuer = self.issued.get(head)
            if issuer is not None:
                return issuer
            if text.startswith("the "):
                return self.last_org if self.last_org is not None else self.last_any
        return None

    def note_document(self, index: int, context: str) -> None:
        """Remember the documents a source issued: "posted a statement", "in a report"."""
        documents = load_set("document_words")
        words = words_of(context.casefold())
        if documents.isdisjoint(words):
            return  # most contexts name no document: one set test, not one per word
        for word in words:
            if word in documents:
                self.issued.setdefault(word, index)

    def resolve_pronoun(self, word: str) -> int | None:
        if word in PERSON_PRONOUNS:
            # The last person the pronoun fits: "Mrs. Clinton ... Mr. Trump ... she said".
            wanted = PRONOUN_GENDERS[word]
            for index in islice(reversed(self.people), MAX_PRONOUN_LOOKBACK):
                if self.genders.get(index, wanted) == wanted:
                    return index
            return self.last_person
        if word in {"it", "its"}:
            return self.last_org if self.last_org is not None else self.last_any
        return self.last_any

    def unresolved(self, mention: Mention) -> bool:
        """A definite organisation ("the company", "the ministry") that fits no source yet."""
        return (
            mention.text.casefold().startswith("the ")
            and mention.key not in self.keys
            and self._definite(mention) is None
        )

    def alias(self, index: int, printed: str) -> None:
        self._alias(self.sources[index], printed)

    def _alias(self, source: Source, printed: str) -> None:
        if printed != source.name and printed not in source.aliases:
            source.aliases.append(printed)

    def _note(self, index: int) -> None:
        kind = self.sources[index].kind
        self.last_any = index
        if kind == "person" and index not in self.groups:
            self.last_person = index
            self.people.pop(index, None)
            self.people[index] = None
        elif kind in ("organization", "media"):
            self.last_org = index
            if kind == "organization":
                self.last_body = index


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
    """ "the agency", "the department": an organisation noun with nothing of its own."""
    words = set(words_of(printed.casefold())) - SMALL_WORDS
    return bool(words) and words <= load_set("organisation_words")


# Characters read back from a relative pronoun for its antecedent.
ANTECEDENT_WINDOW = 160
# A name at the end of a phrase: "criticised by [Smith]", "supporters of [Mr. Trump]".
LAST_NAME_RUN = re.compile(r"(?:[A-Z][\w.'’-]*(?:[ ](?:[A-Z][\w.'’-]*|of|de|al))*)\Z")


def _antecedent(doc: Document, pronoun_start: int) -> Span | None:
    """What a relative pronoun set off by a comma stands for: the name or noun phrase
    right before the comma ("by [Smith], who", "[Hillary Clinton], the former secretary
    of state, who"), else None."""
    text = doc.text
    pos = pronoun_start
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    if pos == 0 or text[pos - 1] != ",":
        return None  # "the man who said": a restrictive clause, its head is the subject
    # Read back within the sentence: from its paragraph's start or its last full stop.
    lo = max(0, pos - ANTECEDENT_WINDOW, text.rfind("\n", 0, pos) + 1, text.rfind(". ", 0, pos) + 2)
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


# An apposition after a source printed after its cue: "said Geoff Garin[, a Democratic
# pollster]", "said Gene Munster[, managing partner at Deepwater]".
AFTER_APPOSITION = re.compile(r",[ ](?:(?:a|an|the)[ ])?[a-z][^,.;:!?“”\"\n]{2,80}")


def _apposition_after(doc: Document, a: Attribution) -> str:
    """The apposition after a source that follows its cue, which tells its title and
    kind; empty for a source before its cue (whose apposition is printed inside it)."""
    if a.source_span is None or a.source_span.start < a.cue_span.end:
        return ""
    m = AFTER_APPOSITION.match(doc.text, a.source_span.end)
    return m.group() if m is not None else ""


def resolve_sources(
    doc: Document, attributions: list[Attribution], quotes: list[Quote], acronyms: dict[str, str]
) -> list[Source]:
    """Build the ledger and set ``source_id`` on every attribution and quote."""
    ledger = Ledger()
    mentions: dict[str, Mention] = {}
    companies = CompanyNames(doc)
    people = FullNames(doc)
    for a in attributions:
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
        elif word in PERSON_PRONOUNS or word in OTHER_PRONOUNS:
            a.source_id = ledger.resolve_pronoun(word)
        else:
            described = printed + _apposition_after(doc, a)
        if described:
            mention = mentions.get(described)
            if mention is None:
                mention = mentions[described] = replace(
                    classify(described, acronyms) if acronyms else _classify_plain(described),
                    text=printed,
                )
            if (
                mention.kind in ("person", "organization")
                and " " not in mention.name
                and not mention.key.startswith(GROUP_KEY)
            ):
                company = companies.get(mention.name)
                if company is not None:
                    # "Tesla said" where the text names "Tesla Inc": the company.
                    mention = replace(_classify_plain(company), text=printed, kind="organization")
                elif mention.kind == "person":
                    full = people.get(mention.name)
                    if full is not None:
                        # "Salah" -> "Mohamed Salah", "Lula" -> "Luiz Inacio Lula da Silva"
                        key = "person:" + full.split()[-1].casefold()
                        mention = replace(mention, name=full, key=key)
                    elif printed == mention.name and find_city(printed) is not None:
                        # "Beijing said", "Moscow says": a city no person is named after
                        # speaks through its government
                        key = "org:" + _bag(printed)
                        mention = replace(mention, kind="organization", key=key)
            if mention.kind == "organization" and ledger.unresolved(mention):
                # "the company said", no earlier source fits: the organisation it names.
                named = named_organisation(doc, printed, a.source_span.start)
                if named is not None:
                    a.source_id = ledger.add(replace(_classify_plain(named), kind="organization"))
                    ledger.alias(a.source_id, printed)
                    ledger.keys[mention.key] = a.source_id  # later ones need no search
                elif ledger.last_body is not None and _bare_organisation(printed):
                    # "the agency said" after the National Highway Traffic Safety
                    # Administration spoke: the organisation last heard, as for "it"
                    # (an organisation, not a news outlet: "the campaign" is no paper).
                    a.source_id = ledger.last_body
                    ledger.alias(a.source_id, printed)
            if a.source_id is None:
                a.source_id = ledger.add(mention)
        if a.source_id is not None:
            lo = min(a.source_span.start, a.cue_span.start)
            hi = max(a.source_span.end, a.cue_span.end)
            ledger.note_document(a.source_id, doc.text[max(0, lo - 60) : hi + 40])
            ledger.sources[a.source_id].attribution_count += 1
            for qi in a.quotes:
                if 0 <= qi < len(quotes):
                    quotes[qi].source_id = a.source_id
                    ledger.sources[a.source_id].quote_count += 1
    return ledger.sources


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
