"""Mentions: what one printed source says about its source.

Each source as printed is read for its kind, its canonical name, its title and the
key the ledger groups it by::

    Defense Secretary Ash Carter         person "Ash Carter", title "Defense Secretary"
    Geoff Garin, a Democratic pollster   person "Geoff Garin", title "pollster"
    Russian Ministry of Defense          organization
    Residents in Gaza                    person: a group, named as printed
    Xi Jinping and Lula da Silva         person: two named members
    a senior official                    anonymous, title "official"

An acronym introduced in parentheses, "Syrian Democratic Forces (SDF)", makes a later
"SDF" that organization.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..article import SourceKind
from ..document import Document, Span
from ..lexicon import alternation, load_list, load_set, load_table
from ..patterns import CAPITALS, PLURAL_POSSESSIVE, POSSESSIVE, THIRD_PERSON_POSSESSIVES
from .name_lookups import (
    SMALL_WORDS,
    company_suffixes,
    may_be_given_name,
    name_particles,
    words_of,
)
from .places import canonical_agency, find_area, find_city
from .speakers import ends_in_media_word, initials_of, is_anonymous_phrase, people_nouns

# A capitalised word of a name: "Clinton", "O'Rourke", "U.S.", "Mr.", or one that a short
# particle is glued to: "al-Awadi", "el-Sisi", "d'Estaing".
NAME_WORD = re.compile(rf"(?:[a-z]{{1,3}}[-'’])?[{CAPITALS}][\w.'’-]{{0,30}}")
GLUED_PARTICLE = re.compile(r"[a-z]{1,3}[-'’][A-Z]")
# An organisation introduced with its acronym: "Syrian Democratic Forces (SDF)".
ACRONYM_INTRO = re.compile(
    r"""
    (?P<name>(?:[A-Z][\w'’-]{0,30},?\s(?:(?:of|for|and|the)\s){0,2}){1,7})  # Syrian Democratic Forces
    \((?P<acronym>[A-Z][A-Za-z]{1,7})\)                                   # (SDF)
    """,
    re.VERBOSE,
)
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "prof", "sir"})
# An article opening a phrase, in any case: "[The] Prime Minister", "[a] spokesman".
LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@dataclass(slots=True)
class Mention:
    """What a printed source says about its source."""

    text: str
    name: str
    kind: SourceKind
    title: str | None
    key: str
    members: tuple[Mention, ...] = ()  # the persons of a coordinated source
    description: str = ""  # what a body is, printed before its name: "the charity"

    def replaced(self, **changes: object) -> Mention:
        """A copy with ``changes`` set, as ``dataclasses.replace`` makes it: the fields are
        copied by name, without its generic walk over them (about half the time; the
        ledger makes a dozen copies per article)."""
        copy = Mention(
            self.text, self.name, self.kind, self.title, self.key, self.members, self.description
        )
        for field, value in changes.items():
            setattr(copy, field, value)
        return copy


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
    before = words[len(words) - len(run) - 1].casefold() if len(run) < len(words) else ""
    if len(run) >= 3 and before in PLACE_PREPOSITIONS:
        # "ambassador to [Britain] Liu Xiaoming": the place of the job, not the name
        for size in (2, 1):
            place = " ".join(reversed(run[-size:]))
            if len(run) - size >= 2 and (find_area(place) or find_city(place)):
                del run[-size:]
                break
    return " ".join(reversed(run))


# Prepositions that tie a job to a place before a name: "ambassador to Britain Liu".
PLACE_PREPOSITIONS = frozenset({"to", "of", "in", "from", "for"})


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


def person_key(name: str) -> str:
    """The grouping key of a named person: the surname, without a particle glued to it
    ("Mohammed al-Saiedi" and "Saiedi" are one person)."""
    last = name.split()[-1]
    glued = GLUED_PARTICLE.match(last)
    if glued is not None:
        last = last[glued.end() - 1 :]
    return PERSON_KEY + last.casefold()


def _proper_name(head: str) -> str:
    """:func:`_name_run`, unless it is only nouns of people that open a sentence
    ("Officials", "Witnesses")."""
    name = _name_run(head)
    if name and all(w.casefold() in people_nouns() for w in name.split()):
        return ""
    return name


@cache
def _title_pattern() -> re.Pattern[str]:
    return re.compile(alternation(load_list("titles")))


# Most words of "the", a body's name and a title read as one person: "the White House
# press secretary".
MAX_ROLE_WORDS = 5
# Honorifics that tell no job ("Dr.", "Prof."), unlike "Sen." or "Gen.".
ACADEMIC_HONORIFICS = frozenset({"dr", "prof"})
# The words of an apposition read for its job: "[an economist at] Salahaddin ...".
APPOSITION_JOB_WORDS = 4


def _body_job(head: str, words: list[str]) -> bool:
    """ "the", a body's capitalised name and a title: "the Kremlin spokesman", "the White
    House press secretary" (not "the trade official")."""
    return (
        LEADING_ARTICLE.match(head) is not None
        and 3 <= len(words) <= MAX_ROLE_WORDS
        and words[-1] in load_set("titles")
        and words[-2] != "of"  # "the Department of Justice" is a body
        and head.split()[1][:1].isupper()
        and not head.isupper()  # a headline in capitals
    )


def _apposition_job(apposition: str) -> str | None:
    """The title among the first words of an apposition ("an economist at ..."), not one
    further on ("a former physician to the president")."""
    lead = " ".join(apposition.split()[:APPOSITION_JOB_WORDS]).casefold()
    m = _title_pattern().search(lead)
    return m.group() if m is not None else None


def _title_of(head: str, apposition: str) -> str | None:
    """The first title in the apposition, else in the head: "a spokesman for ..." gives "spokesman"."""
    for part in (apposition.casefold(), head.casefold()):
        m = _title_pattern().search(part)
        if m is not None:
            return m.group()
    return None


# A name with its acronym in parentheses after it, then the end or an apposition:
# "Syrian Democratic Forces (SDF)".
NAME_AND_ACRONYM = re.compile(r"(?P<name>[A-Z][^()]{3,120}?)[ ]\((?P<acronym>[A-Z]{2,8})\)(?=,|\Z)")


# The comma that sets off an apposition, not one inside a number ("a thread with 4,000
# upvotes").
APPOSITION_COMMA = re.compile(r",(?!(?<=\d,)\d{3}(?!\d))")
# An apposition that is a relative clause: " who asked not to be named", " whose ...".
RELATIVE_APPOSITION = re.compile(r"\s(?:who|whose|whom|which)\s")


def _spelt_before_acronym(printed: str) -> str | None:
    """The name before an acronym in parentheses whose capitals it spells, else None."""
    m = NAME_AND_ACRONYM.match(printed)
    if m is None or initials_of(m.group("name")) != m.group("acronym"):
        return None
    return m.group("name")


@cache
def listed_bodies() -> frozenset[str]:
    """The organisations and companies whose names read like a person's or a word
    (``data/organisations.txt``, ``data/companies.txt``), in lower case."""
    return load_set("organisations") | load_set("companies")


@cache
def _short_names() -> dict[str, str]:
    """``data/short_names.tsv``: a body's short name (lower case) -> its full name."""
    return {row["short"].casefold(): row["full"] for row in load_table("short_names")}


def full_name(name: str) -> str | None:
    """The full name of a body printed by its short name ("the Fed": "Federal
    Reserve"), else None."""
    bare = _bare(name.casefold()).removesuffix("'s").removesuffix("’s")
    return _short_names().get(bare)


def _outlet_noun_phrase(words: list[str]) -> bool:
    """Whether ``words`` are a noun phrase whose head is a media word ("an official
    newspaper"), not people who spoke to an outlet ("sources who spoke to Fox News")."""
    return ends_in_media_word(words) and OUTLET_LISTENER.isdisjoint(words)


# Words that make a media word at the end of a phrase the listener of its people.
OUTLET_LISTENER = frozenset({"who", "that", "to", "told", "speaking", "spoke", "talking"})


def classify(printed: str, acronyms: dict[str, str]) -> Mention:
    """Kind, canonical name, title and grouping key of one printed source."""
    long_name = _spelt_before_acronym(printed)
    if long_name is not None:
        # "Immigration, Refugees and Citizenship Canada (IRCC)": a body whose name holds
        # commas, its acronym after it
        return Mention(printed, long_name, "organization", None, "org:" + bag(long_name))
    comma = APPOSITION_COMMA.search(printed)
    head, apposition = (
        (printed[: comma.start()], printed[comma.end() :]) if comma else (printed, "")
    )
    head = PARTY_TAG.sub("", head.strip())  # "Sen. James Lankford (R-Okla.)"
    folded = head.casefold()
    bare = re.sub(r"^(?:the|a|an)\s", "", folded)
    words = words_of(folded)
    last = words[-1].strip(".") if words else ""
    title = _title_of(head, apposition)
    if JOINED_INITIALS.fullmatch(head) or FOUNDERS_FIRM.fullmatch(head):
        # "S and P said", "Standard and Poor's said": one body, no two persons
        return Mention(printed, head, "organization", None, "org:" + bag(head))
    if " and " in printed and not SET_OFF.search(printed) and _post_of_names(printed) is None:
        group = _coordinated(printed, acronyms)
        if group is not None:
            return group
    elif ", " in printed and _places_only(printed):
        # "China, Brazil pledge ...": a headline's comma stands for "and"
        return Mention(printed, printed, "organization", None, "org:" + bag(printed))
    acronym = head.removeprefix("The ").removeprefix("the ")
    if bare.removesuffix("'s").removesuffix("’s") in listed_bodies():
        # "Hamas", "the Taliban", "Gazprom's": a body whose name reads like a person's
        name = head.removesuffix("'s").removesuffix("’s")
        return Mention(printed, name, "organization", None, "org:" + bag(name))
    if _listed_with_place(head):
        # "Amnesty International Kenya", "Oxfam America": a listed body's branch
        return Mention(printed, head, "organization", None, "org:" + bag(head))
    full = full_name(head)
    if full is not None:
        # "the Fed": the Federal Reserve, one source with it, named as printed until the
        # full name is
        name = head.removesuffix("'s").removesuffix("’s")
        return Mention(printed, name, "organization", None, "org:" + bag(full))
    if acronym in acronyms:
        full = acronyms[acronym]
        spelt = classify(full, {})
        if spelt.kind == "media":
            # "The NNA" after "the National News Agency (NNA)": the outlet
            return Mention(printed, spelt.name, "media", None, spelt.key)
        return Mention(printed, full, "organization", None, "org:" + bag(full))
    post_to = _post_to(head, apposition, acronyms)
    if post_to is not None:
        return post_to
    person, of, _ = head.partition(" of ")
    if (
        of
        and person
        and (person[:1].isupper() or person[:1].isdigit() or not LEADING_ARTICLE.match(person))
        and person.split()[-1][:1].isupper()
        # "US Secretary of State Mike Pompeo": a title of a place or a body, read whole
        and person.split()[-1].casefold() not in load_set("titles")
    ):
        # "Sen. Lindsey Graham of South Carolina", "Dan Ives of Wedbush Securities",
        # "planetary geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory": a person
        # and where they belong ("Bank of America" and "Secretary of State John Kerry" are
        # read whole).
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
        if is_anonymous_phrase(printed):
            # (its apposition too: "Two traders, who asked not to be named")
            return Mention(printed, head, "anonymous", title, "anon:" + folded)
        return Mention(printed, head, "person", title, GROUP_KEY + bare)
    named_after = _appositive_name(apposition, acronyms)
    job_of_body = _job_of_body(head)
    if job_of_body is not None and named_after:
        # "The Minister of Hydrocarbons and Energy, Luis Alberto Sánchez Rojas": the post,
        # then the name
        key = person_key(named_after)
        return Mention(printed, named_after, "person", job_of_body, key)
    if job_of_body is not None and LEADING_ARTICLE.match(head):
        # "The Minister of Energy": one person, unnamed but not anonymous, named as printed
        return Mention(printed, head, "person", job_of_body, "role:" + bare)
    if (
        named_after
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
            person_key(named_after),
        )
    if (
        is_anonymous_phrase(printed)
        and not _named_not_outlet(head)
        and not _outlet_noun_phrase(words)  # "an official newspaper": an outlet
    ):
        # "a senior official", "three sources who spoke to Fox News": unnamed people,
        # named without a relative clause set off after them ("The source[, who asked not
        # to be identified]")
        name = head.strip() if RELATIVE_APPOSITION.match(apposition) else printed
        return Mention(printed, name, "anonymous", title, "anon:" + name.casefold())
    outlet = _outlet(head, bare, words)
    if outlet is not None:
        return Mention(printed, outlet, "media", None, MEDIA_KEY + _bare(outlet.casefold()))
    documents = load_set("document_words")
    noun = 1 if words and words[0] in DETERMINERS else 0  # the first noun: "[a] report by"
    if last in documents or (
        len(words) > noun + 1 and words[noun] in documents and words[noun + 1] in DOCUMENT_LINKS
    ):
        # "the statement" / "A report published by the FCA": the document speaks
        return Mention(printed, head, "document", None, "doc:" + bag(head))
    orgs = load_set("organisation_words")
    typed = _typed_body(head, orgs)
    if typed is not None:
        # "the charity Oxfam", "the rights group Amnesty International": the body is
        # named after the common noun that says what it is
        description = head[: len(head) - len(typed)].strip()
        return Mention(printed, typed, "organization", None, "org:" + bag(typed), (), description)
    indefinite = _opens_indefinite(folded)
    job = _unnamed_job(words) if indefinite and _unnamed(head, words) else None
    if job is not None and named_after:
        # "Another resident, Omar Khalil", "A spokesperson for Munroe, Caleb Strand": the
        # apposition names the person
        return Mention(printed, named_after, "person", job, person_key(named_after))
    if job is not None:
        # "a central bank official", "a spokesman for the ministry": an unnamed person
        return Mention(printed, head, "anonymous", job, "anon:" + folded)
    role = _role(head)
    if role is not None and named_after:
        # "The Podesta Group's CEO, Kimberley Fritts": the job, then the name
        key = person_key(named_after)
        return Mention(printed, named_after, "person", role, key)
    if role is not None:
        # "Japan's prime minister", "the company's chief executive": one person, unnamed
        # but not anonymous, named as printed
        return Mention(printed, head, "person", role, "role:" + bare)
    titled = _titled_person(head, last, orgs)
    if titled is not None:
        name, job = titled
        if job.rstrip(".").casefold() in ACADEMIC_HONORIFICS:
            # "Dr. Rebaz Mohammed, an economist at ...": the apposition tells the job
            job = _apposition_job(apposition) or job
        return Mention(printed, name, "person", job, person_key(name))
    acronym = acronym.removesuffix("'s").removesuffix("’s")
    if is_acronym(acronym) and acronym.casefold() not in ROMAN_NUMERALS:
        # "IDF says", "According to the IDF", "the IMF's": an acronym names a body, with
        # or without its article
        return Mention(printed, acronym, "organization", None, "org:" + bag(acronym))
    if _body_job(head, words):
        # "the Kremlin spokesman", "the White House press secretary": a job of a body, no
        # body; the person it names is found by the title
        return Mention(printed, head, "unknown", _title_of(head, ""), "unknown:" + bare)
    suffixed = (
        _suffixed_company(head) if len(words) > 1 and words[-1] in company_suffixes() else None
    )
    if suffixed is not None:
        # "lead manager Salomon Brothers Inc.": the company, and what it does in the story
        name, description = suffixed
        return Mention(printed, name, "organization", None, "org:" + bag(name), (), description)
    if (
        last in orgs
        or bare in orgs
        or any(w in orgs for w in words)
        or (head.isupper() and len(head) >= 2)
        or (len(words) > 1 and words[-1] in company_suffixes())
    ):
        return Mention(printed, head, "organization", None, "org:" + bag(head))
    name = _proper_name(head)
    if name and _body_apposition(apposition, orgs):
        # "Media Matters, the advocacy group whose report ...": the apposition says what
        # the named source is
        return Mention(printed, head, "organization", None, "org:" + bag(head))
    if not name and named_after and words:
        # "The man's lawyer, Tom Green": the name follows the job.
        job = words[-1] if words[-1] not in SMALL_WORDS else None
        return Mention(
            printed,
            named_after,
            "person",
            title or job,
            person_key(named_after),
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
        if find_area(LEADING_ARTICLE.sub("", name)) is not None:
            # "Ukraine says", "China's [claims]": a country or region speaks through its
            # government
            return Mention(printed, name, "organization", None, "org:" + bag(name))
        if _listed_outlet(name.casefold()):
            # "audio provided by Wyoming Public Radio": the outlet the phrase ends with
            return Mention(printed, name, "media", None, MEDIA_KEY + _bare(name.casefold()))
        if parts and is_acronym(parts[-1]) and parts[-1].casefold() not in ROMAN_NUMERALS:
            # "Eurosceptic SVP": a body named by its acronym
            return Mention(printed, name, "organization", None, "org:" + bag(name))
        if (
            parts
            and (len(parts) == 1 or name.casefold() in titles)
            and (parts[-1].rstrip(".").casefold() in titles)
        ):
            # "Minister defends budget", "Prime Minister says": a job printed alone, in
            # capitals, names no one yet ("Robert Bishop" is a name)
            job = LEADING_ARTICLE.sub("", head)
            return Mention(printed, head, "unknown", job, "unknown:" + bare)
        return Mention(printed, name, "person", title, person_key(name))
    return Mention(printed, head, "unknown", title, "unknown:" + bare)


@cache
def _post_to_pattern() -> re.Pattern[str]:
    """A post held "to", "in" or "at" a place or a body and what follows the preposition
    (data/posts_to.txt): "U.S. Ambassador to [the United Nations Nikki Haley]", "the U.S.
    envoy in [Brussels]"."""
    posts = alternation(load_set("posts_to"))
    return re.compile(rf"(?i:\b(?P<post>{posts}))\s(?:to|in|at)\s(?:the\s)?(?P<rest>[A-Z].*)\Z")


# The preposition after a post held at a place: "envoy to", "ambassador in".
POST_PREPOSITION = re.compile(r"\s(?:to|in|at)\s")
# An initial inside a name: "P." of "James P. Kennedy".
INITIAL = re.compile(r"[A-Z]\.")


def _post_to(head: str, apposition: str, acronyms: dict[str, str]) -> Mention | None:
    """The holder of a post held "to" a place or a body, never the place: "U.S.
    Ambassador to the United Nations Nikki Haley" is Nikki Haley, "the U.S. envoy to
    Afghanistan, Zalmay Khalilzad" Zalmay Khalilzad, and "China's ambassador to Britain"
    one person named as printed (as "Japan's prime minister" is)."""
    if not POST_PREPOSITION.search(head) or is_anonymous_phrase(head + apposition):
        return None  # "a U.S. envoy to the talks who asked not to be named": unnamed
    m = _post_to_pattern().search(head)
    if m is None:
        return None
    post = m.group("post").casefold()
    named_after = _appositive_name(apposition, acronyms)
    if named_after:
        return Mention(head, named_after, "person", post, person_key(named_after))
    words = m.group("rest").split()
    size = 3 if len(words) >= 4 and INITIAL.fullmatch(words[-2]) else 2
    name = words[-size:]
    if (
        len(words) > size
        and all(w[:1].isupper() for w in name)
        and may_be_given_name(name[0])
        and find_area(" ".join(name)) is None
    ):
        full = " ".join(name)
        return Mention(head, full, "person", post, person_key(full))
    if _opens_indefinite(head):
        return None  # "a European envoy to the talks": unnamed, read as other jobs are
    bare = re.sub(r"^(?:the|a|an)\s", "", head.casefold())
    return Mention(head, head, "person", post, "role:" + bare)


# An acronym: capitals (and digits, dots, a "+" or "&") only, at least two letters:
# "IDF", "KRG", "U.N.", "OPEC+", "G7", "AT&T".
ACRONYM = re.compile(r"[A-Z][A-Z0-9.&]{1,9}\+?")


# Capitals that are no acronym: the number after a name ("John Smith III").
ROMAN_NUMERALS = frozenset({"ii", "iii", "iv", "vi", "vii", "viii"})


def is_acronym(word: str) -> bool:
    return ACRONYM.fullmatch(word) is not None and sum(c.isupper() for c in word) >= 2


# Single capitals joined by "and": the initials of a body named after two names, as wire
# copy prints them ("S and P" for Standard and Poor's, "P and O", "B and C").
JOINED_INITIALS = re.compile(r"[A-Z](?:[ ]and[ ][A-Z])+")
# Bare names joined by "and", the last one possessive: a firm named after its founders
# ("Standard and Poor's said"), not two persons.
FOUNDERS_FIRM = re.compile(r"[A-Z][a-z]+(?:[ ]and[ ][A-Z][a-z]+)+['’]s")


def is_initialism(name: str) -> bool:
    """Whether a name is a body's initials: an acronym ("IDF", "S&P") or single capitals
    joined by "and" ("S and P")."""
    return is_acronym(name) or JOINED_INITIALS.fullmatch(name) is not None


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
    return ends_in_media_word(words_of(bare))


# "The" and one capitalised word: "The Post", "the Times" (not "the post").
MASTHEAD = re.compile(r"[Tt]he [A-Z][a-z]+")


# What an outlet is in lower case, then its name: "state news agency IRNA", "the state
# broadcaster CCTV", "official newspaper Al-Ahram".
DESCRIBED_OUTLET = re.compile(
    r"(?:(?:the|a|an)\s)?(?P<what>(?:[a-z][\w-]*\s){1,4})"
    r"(?P<name>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})"
)


def _outlet(head: str, bare: str, words: list[str]) -> str | None:
    """The news outlet a source is, if any: a listed outlet or agency ("Reuters", "Kyodo
    News"), or a short phrase ending with an outlet's head word (the name run when it
    ends the phrase: "Holt's liberal [NBC News]", else the phrase: "state television",
    "the nationalist Global Times tabloid")."""
    if bare in load_set("media_outlets") or head.casefold() in load_set("media_outlets"):
        return head
    if MASTHEAD.fullmatch(head) and bare in load_set("mastheads"):
        return head  # "The Post", "The Times": a paper by its short name
    if canonical_agency(bare) is not None or canonical_agency(bare.rstrip(".")) is not None:
        return head.rstrip(".")  # "according to the PTI.": the sentence's stop is no part
    described = DESCRIBED_OUTLET.fullmatch(head)
    if described is not None and ends_in_media_word(described.group("what").split()):
        return described.group("name")  # "state news agency IRNA": IRNA
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
# "and" inside the name of what a body or a post is of: "Minister of Health and Family
# Welfare", "the Ministry of Hydrocarbons and Energy" (no list of names); the capitals
# after "and" run on to the name of the post's holder, if any.
OF_NAMES_AND = re.compile(
    r"\b(?P<head>[A-Z][a-z]+)\sof\s(?:[A-Z][\w'’-]*\s){1,3}and\s(?P<after>[A-Z][\w.'’-]*(?:\s(?:[A-Z][\w.'’-]*|\([A-Z]{2,8}\)))*)"
)
# A US lawmaker's party and state in parentheses after the name: "(R-Okla.)", "(D-N.Y.)",
# "(I-Vt.)", "(D)".
PARTY_TAG = re.compile(r"\s\([RDI](?:-[A-Z][A-Za-z.]{0,12}(?:\s[A-Z][A-Za-z.]{0,12})?)?\)\Z")
# The word that may open coordinated names: "[Both] Mr. King and Mr. Schultz".
BOTH = re.compile(r"(?:Both|both|Either|either|Neither|neither)[ ]")


def _post_of_names(printed: str) -> re.Match[str] | None:
    """The post or body whose "of" phrase holds "and" ("Ministry of International Trade
    and Industry", "Director General of Mineral and Energy Affairs Louw Alberts"), or
    None ("Lewis of Phillips and Drew" may list names)."""
    m = OF_NAMES_AND.search(printed)
    if m is None:
        return None
    head = m.group("head").casefold()
    return m if head in load_set("titles") or head in load_set("organisation_words") else None


def _listed_with_place(head: str) -> bool:
    """Whether ``head`` is a listed body's name, then a country's: "Amnesty International
    Kenya", "Save the Children UK"."""
    words = head.split()
    for cut in range(len(words) - 1, 0, -1):
        if " ".join(words[:cut]).casefold() in listed_bodies():
            place = find_area(" ".join(words[cut:]))
            return place is not None and place.city is None and place.region is None
    return False


def _places_only(printed: str) -> bool:
    """Whether every part of a list joined by commas is a country: "China, Brazil" (not
    "Paris, France" nor "Washington, D.C.", one place each)."""
    places = [find_area(part) for part in printed.split(", ")]
    return all(p is not None and p.region is None for p in places)


def _coordinated(printed: str, acronyms: dict[str, str]) -> Mention | None:
    """Named persons joined by "and": "Chinese President Xi Jinping and Brazilian
    President Luiz Inacio Lula da Silva" is one source of kind person named "Xi Jinping
    and Luiz Inacio Lula da Silva" (no one title), which keeps its members for a later
    "Xi said"; None when any part is no named person ("Sanders and his supporters")."""
    parts = [p.strip() for p in COORDINATION.split(BOTH.sub("", printed, count=1))]
    places = [find_city(part) or find_area(part) for part in parts]
    bodies = [
        bool(place) or part.removeprefix("the ").casefold() in listed_bodies()
        for part, place in zip(parts, places, strict=True)
    ]
    if len(parts) >= 2 and all(bodies):
        # "Ankara and Baghdad agree", "Israel and Hamas agree": places that speak through
        # their governments, and bodies
        return Mention(printed, printed, "organization", None, "org:" + bag(printed))
    if any(places):
        return None
    members = []
    titles = load_set("titles")
    for part in parts:
        if part.split(" ", 1)[0] in THIRD_PERSON_POSSESSIVES:
            # "Xi Jinping and his Brazilian counterpart Luiz Inacio Lula da Silva"
            part = part.split(" ", 1)[1] if " " in part else part
        if not part[:1].isupper():
            return None  # "he and Mr. Allen", "Clinton and others"
        mention = classify(part, acronyms)
        if mention.kind != "person" or not mention.key.startswith(PERSON_KEY):
            return None
        if any(w.casefold() in titles for w in mention.name.split()) or (
            mention.title is not None and mention.name.casefold() in mention.title.casefold()
        ):
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
# The key of a news outlet: "media:" and its name without "the" ("media:mti").
MEDIA_KEY = "media:"


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
    """The job of "a central bank official" or "a spokesman for the ministry", if any; or
    the noun of an unnamed person ("a resident in Kharkiv", "a Western diplomat")."""
    nouns = _person_nouns()
    if words and words[-1] in nouns:
        return words[-1]
    for i, w in enumerate(words[1:5], start=1):
        if w in nouns and i + 1 < len(words) and words[i + 1] in JOB_LINKS:
            return w
    return None


@cache
def _person_nouns() -> frozenset[str]:
    """Titles (data/titles.txt) and the singulars of the plural nouns of people
    (data/source_openers.txt: "residents", "diplomats", "witnesses")."""
    singulars = {w[:-2] if w.endswith("sses") else w[:-1] for w in people_nouns()}
    return load_set("titles") | frozenset(singulars)


# Small words inside a body's name: "Council on Foreign Relations", "Doctors without Borders".
BODY_NAME_LINKS = SMALL_WORDS | {"on", "to", "in", "at", "without", "for"}


def _body_apposition(apposition: str, orgs: frozenset[str]) -> bool:
    """Whether an apposition describes a body: "the advocacy group whose ...", "a
    charity based in London" (an article, then a noun of bodies among its next words),
    or a relative clause of things: "Universities Canada, which represents 97
    universities" ("who" would tell a person)."""
    words = words_of(apposition)
    if words and words[0].casefold() == "which":
        return True
    if len(words) < 2 or words[0].casefold() not in ("the", "a", "an"):
        return False
    phrase = words[1 : MAX_BODY_APPOSITION_WORDS + 2]
    end = next(
        (
            i
            for i, w in enumerate(phrase)
            # "of" after a common noun closes it ("a professor of government"), not
            # inside a name ("a University of Washington professor")
            if w in BODY_PHRASE_ENDS or (w == "of" and i > 0 and phrase[i - 1].islower())
        ),
        len(phrase),
    )
    if end > MAX_BODY_APPOSITION_WORDS:
        return False  # "a former senior White House adviser": its head is further on
    # the noun that heads the phrase: "the advocacy [group] whose", "a [charity] based
    # in" ("the party [leader]" is a person of the body)
    return end > 0 and phrase[end - 1].islower() and phrase[end - 1] in orgs


# How many words of an apposition are read for a noun of bodies: "the [left-leaning
# advocacy group]".
MAX_BODY_APPOSITION_WORDS = 4
# Words that close the noun phrase of an apposition: a relative pronoun, a preposition
# or a participle ("the group [whose]", "a charity [based] in").
BODY_PHRASE_ENDS = frozenset(
    {"who", "whose", "which", "that", "in", "for", "with", "at", "on", "from"}
    | {"based", "founded", "led", "run", "known", "backed", "funded", "created"}
)


# An age after a name set off by commas: "Karen Whitley[, 56]".
AGE_AFTER_NAME = re.compile(r",\s?\d{1,3}\Z")


def _appositive_name(apposition: str, acronyms: dict[str, str]) -> str:
    """The name an apposition is, or "": "Tom Green", "Senator Mitch McConnell of
    Kentucky" (a titled name and where its bearer belongs: "Mitch McConnell")."""
    text = AGE_AFTER_NAME.sub("", apposition.strip())  # "Karen Whitley, 56"
    if not text:
        return ""
    run = _name_run(text)
    if run == text:
        return run
    if run and " of " in text and text[:1].isupper():
        person = classify(text, acronyms)
        if person.kind == "person" and person.key.startswith(PERSON_KEY) and person.name in text:
            return person.name
    return ""


def _opens_indefinite(text: str) -> bool:
    """Whether ``text`` opens with a determiner of data/indefinite_determiners.txt and a
    space: "a spokesman", "Another resident"."""
    words = text.split(None, 1)
    return (
        len(words) == 2
        and not text[:1].isspace()
        and words[0].casefold() in load_set("indefinite_determiners")
    )


def _suffixed_company(head: str) -> tuple[str, str] | None:
    """A company's name with its suffix after words in lower case that say what it is:
    ("Salomon Brothers Inc.", "lead manager") of "lead manager Salomon Brothers Inc.",
    the job or the body's noun (data/titles.txt, data/organisation_words.txt) last. None
    when no such words open it ("Bank of America Corp" is one name) or they say more ("an
    investor group led by GenCorp Inc", "John Ing at Maison Placements Inc")."""
    tokens = head.split()
    cut = max(
        (i + 1 for i, t in enumerate(tokens[:-1]) if t[:1].islower() and t not in SMALL_WORDS),
        default=0,
    )
    if cut == 0 or cut >= len(tokens) - 1 or not tokens[cut][:1].isupper():
        return None
    job = tokens[cut - 1].casefold()
    if job not in load_set("titles") and job not in load_set("organisation_words"):
        return None
    return " ".join(tokens[cut:]), " ".join(tokens[:cut])


def _typed_body(head: str, orgs: frozenset[str]) -> str | None:
    """The name of a body printed after "the" and the lower-case noun of what it is:
    "Amnesty International" of "the rights group Amnesty International", "Oxfam" of
    "the charity Oxfam". None when a job or an honorific follows the noun ("the
    campaign Chairman John Podesta" is a person) or the name is not capitalised."""
    tokens = head.split()
    if len(tokens) < 3 or tokens[0].casefold() != "the":
        return None
    at = next((i for i, t in enumerate(tokens[1:-1], 1) if t.islower() and t in orgs), None)
    if at is None:
        return None
    run = tokens[at + 1 :]
    titles = load_set("titles")
    if not (run[0][:1].isupper() and run[-1][:1].isupper()) or any(
        w.rstrip(".").casefold() in titles or w.rstrip(".").casefold() in HONORIFICS for w in run
    ):
        return None
    if any(not w[:1].isupper() and not w[:1].isdigit() and w not in BODY_NAME_LINKS for w in run):
        return None  # "the group One Wisconsin Now unearthed": no name runs on in lower case
    name = " ".join(run)
    if all(w.casefold() in orgs for w in run) or find_area(name) or find_city(name):
        return None  # "the Federal reserve Board", "the construction company New York"
    return name


# A post of a body or a field, whole: "Minister of Hydrocarbons and Energy", "Secretary
# of State", "Minister for Children", or in lower case after "the": "The leader of Leeds
# City Council" (the post's word is checked in data/titles.txt).
JOB_OF_BODY = re.compile(
    r"(?:[Tt]he\s)?(?P<job>(?:(?<=he\s)(?P<lower>[a-z]+)|(?:[A-Z][\w.'’-]*\s){0,3}?(?P<post>[A-Z][a-z]+))"
    r"\s(?:of|for)\s(?:the\s)?"
    r"[A-Z][\w'’-]*(?:(?:\sand|\s&)?\s[A-Z][\w'’-]*){0,4})"
)


def _job_of_body(head: str) -> str | None:
    """The post when ``head`` is a post of something and nothing else ("The Minister of
    Energy" -> "Minister of Energy"), else None."""
    m = JOB_OF_BODY.fullmatch(head)
    if m is None or (m.group("post") or m.group("lower")).casefold() not in load_set("titles"):
        return None
    return m.group("job")


def _titled_person(head: str, last: str, orgs: frozenset[str]) -> tuple[str, str] | None:
    """A name after job words: "St. Louis County Police Chief Jon Belmar" gives
    ("Jon Belmar", "St. Louis County Police Chief"), even when the job words name an
    organisation ("Police"); "the General Administration of Customs" and "General Motors
    Corp" (a company's suffix) are no person."""
    if last in orgs or last in company_suffixes() or last + "." in company_suffixes():
        return None
    run = _name_run(head).split()
    titles = load_set("titles")
    post = _post_of_names(head)
    if (
        post is not None
        and post.end() == len(head)
        and len(post.group("after").split()) >= 3
        and any(w.casefold() in titles for w in head[: post.end("head")].split())
    ):
        # "Minister of Health and Family Welfare J.P. Nadda": the holder's name is the
        # last two words after "and"
        name = head.split()[-2:]
        return " ".join(name), LEADING_ARTICLE.sub("", " ".join(head.split()[:-2]))
    cut = max((i + 1 for i, p in enumerate(run[:-1]) if p.casefold() in titles), default=0)
    before = head[: len(head) - len(" ".join(run))].casefold().split()
    if (
        cut == 0
        and len(run) >= 3
        and before[-1:] in (["of"], ["for"])
        and titles.intersection(before)
    ):
        # "Secretary of State John Kerry", "Minister for Finance Declan Moriarty": the job
        # runs to the first word of the run
        cut = 1
    name = [p for p in run[max(cut, 0) :] if p.rstrip(".").casefold() not in HONORIFICS]
    if cut == 0 and before and before[-1] in titles:
        cut = -1  # "council member Rosa Diaz": the job words end right before the name
    if cut == 0 or not name or any(p.casefold() in orgs or p.casefold() in titles for p in name):
        return None
    job = head[: len(head) - len(" ".join(run[max(cut, 0) :]))].strip()
    job = LEADING_ARTICLE.sub("", job)
    return " ".join(name), job


def bag(text: str) -> str:
    words = sorted({w.casefold() for w in words_of(text)} - SMALL_WORDS)
    return " ".join(words)


def find_acronyms(doc: Document, paragraphs: list[Span]) -> dict[str, str]:
    """Acronyms introduced in parentheses after a name: {"SDF": "Syrian Democratic Forces"}."""
    found: dict[str, str] = {}
    for para in paragraphs:
        if "(" not in doc.text[para.start : para.end]:
            continue
        for m in ACRONYM_INTRO.finditer(doc.text, para.start, para.end):
            found.setdefault(m.group("acronym"), _acronym_name(m.group("name"), m.group("acronym")))
    return found


def _acronym_name(name: str, acronym: str) -> str:
    """The name an acronym stands for: commas kept where its initials span them
    ("Immigration, Refugees and Citizenship Canada (IRCC)"), else the words after the
    last comma ("In Syria, Syrian Democratic Forces (SDF)")."""
    name = name.strip()
    while "," in name and initials_of(name) != acronym:
        name = name.split(",", 1)[1].strip()
    return name
