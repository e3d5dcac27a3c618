"""Fuller names looked up in the text: the organisation a definite reference points to
("the ministry" -> "Russian Ministry of Defense"), a company's name with its suffix
("Tesla" -> "Tesla Inc") and a person's full name ("Salah" -> "Mohamed Salah").

Each lookup reads the text where the name stands (``str.find``) within a budget of a
few times the text's length, so that a text of many names stays linear.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..document import Document
from ..lexicon import alternation, load_list, load_set, load_table, trie_alternation
from ..patterns import POSSESSIVE
from .date_patterns import CALENDAR_NAMES
from .places import find_area

# Words of no name: articles, "of", "for", "and", a possessive ending.
SMALL_WORDS = frozenset({"the", "a", "an", "of", "for", "and", "'s", "’s"})
WORDS = re.compile(r"[\w'’.-]+")


def words_of(text: str) -> list[str]:
    """The words of ``text``, with their inner dots, hyphens and apostrophes."""
    return WORDS.findall(text)


@cache
def name_particles() -> frozenset[str]:
    """Lower-case particles inside a name: "da", "van", "bin" (data/name_particles.txt)."""
    return load_set("name_particles")


# Characters read back from a definite organisation for the name it refers to.
NAMED_WINDOW = 4000


@cache
def company_suffixes() -> frozenset[str]:
    """The suffixes, case-folded: "corp.", "plc"."""
    return load_set("company_suffixes")


@cache
def _suffixes() -> str:
    """The company suffixes as printed and in lower case, as one alternation factored by
    prefix (for case-sensitive patterns: :func:`alternation` keeps the plain form of a
    list that holds "Co" and "co.")."""
    listed = load_list("company_suffixes")
    return f"(?:{trie_alternation([*listed, *(s.lower() for s in listed)])})"


@cache
def _company_name() -> re.Pattern[str]:
    """A company's name: capitalised words that end with a suffix ("Acme Corp.", "Rowntree
    PLC", "Rowntree plc")."""
    return re.compile(rf"(?<![\w.])(?:[A-Z][\w&'’-]*[ ]){{1,4}}{_suffixes()}(?![\w-])")


@lru_cache(maxsize=256)
def _head_name(head: str) -> re.Pattern[str]:
    """A name built on a head noun: "Russian Ministry of Defense" for "the ministry"."""
    title = re.escape(head.capitalize())
    return re.compile(
        rf"(?<![\w.])(?:[A-Z][\w'’-]*[ ]){{0,3}}{title}"
        rf"(?:[ ](?:of|for)[ ](?:the[ ])?[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){{0,3}})?(?![\w])"
    )


def named_organisation(doc: Document, printed: str, before: int) -> str | None:
    """The organisation named before ``before`` that a definite reference points to:
    "the company" -> "Acme Corp.", "the ministry" -> "Russian Ministry of Defense"."""
    found = named_organisation_at(doc, printed, before)
    return found[0] if found is not None else None


@cache
def company_nouns(stands_for: str | None = None) -> frozenset[str]:
    """The nouns of data/company_nouns.tsv that refer back to a company ("the company
    said"): all of them, or those whose ``stands_for`` column is the one given:
    "company" (a company only), "body" (a company or another body: "the bank") or
    "named" (a company only when its name holds the noun: "the group")."""
    rows = load_table("company_nouns")
    return frozenset(r["noun"] for r in rows if stands_for in (None, r["stands_for"]))


def named_organisation_at(doc: Document, printed: str, before: int) -> tuple[str, int] | None:
    """:func:`named_organisation` and where the name stands."""
    words = words_of(printed.casefold())
    if len(words) != 2 or words[0] != "the":
        return None
    head = words[1]
    lo = max(0, before - NAMED_WINDOW)
    if head in company_nouns():
        last = None
        # "the group" only of "Dixons Group PLC", never of the company an investor group
        # holds shares in
        named = head.capitalize() if head in company_nouns("named") else ""
        for m in _company_name().finditer(doc.text, lo, before):
            if named in m.group():
                last = m
    else:
        last = _last_head_name(doc.text, head, lo, before)
    if last is None:
        return None
    name = last.group().removeprefix("The ")  # a sentence's first word, not the name's
    return (name, last.start()) if len(name.split()) >= 2 else None


def listed_company(doc: Document, printed: str, before: int) -> str | None:
    """The company of ``data/companies.txt`` named last before ``before`` that "the
    company" (a noun of data/company_nouns.tsv) points to: "Boeing" for "The company said"
    under a headline on Boeing."""
    words = words_of(printed.casefold())
    if len(words) != 2 or words[0] != "the" or words[1] not in company_nouns():
        return None
    lo = max(0, before - NAMED_WINDOW)
    listed = [m for m in _listed_company().finditer(doc.text, lo, before) if _alone(m)]
    return listed[-1].group() if listed else None


@cache
def _listed_company() -> re.Pattern[str]:
    """A company of ``data/companies.txt`` printed with its capitals: "Boeing",
    "Goldman Sachs"."""
    names = load_list("companies")
    titled = {" ".join(part.capitalize() for part in name.split()) for name in names}
    return re.compile(rf"(?<![\w.-]){alternation(titled, boundary=False)}(?![\w-])")


# A capitalised word and a space, or a space and a capital: what makes a listed name
# part of a longer one ("United Arab [Emirates]", "[Nissan] Motor Co").
CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.&-]*[ ]\Z")
CAPITAL_AFTER = re.compile(r"\s[A-Z]")


def _alone(m: re.Match[str]) -> bool:
    """Whether a listed company's name stands alone, not inside a longer name. A
    headline in title case ("Boeing Names New Chief") capitalises every word, so only
    the word before counts where the name opens its line."""
    text = m.string
    if CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None:
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return CAPITAL_AFTER.match(text, m.end()) is None or (
        line_start == m.start() and _title_case(line)
    )


# The share of capitalised words that makes a line a title-case headline.
TITLE_CASE_SHARE = 0.6


def _title_case(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


# How far before and after its head noun a name built on it may reach: three words
# before ("Russian Ministry"), "of" and four words after ("of the Interior").
HEAD_NAME_REACH = 160


def _last_head_name(text: str, head: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last name built on ``head`` in ``text[lo:hi]``: found from the head noun's
    last capitalised occurrence (str.rfind), so that a reference in every paragraph
    reads a few words, not its whole window, each time."""
    title = head.capitalize()
    pattern = _head_name(head)
    at = text.rfind(title, lo, hi)
    while at >= 0:
        last = None
        for m in pattern.finditer(text, max(lo, at - HEAD_NAME_REACH), hi):
            if m.start() > at:
                break
            last = m
        if last is not None and last.end() > at:
            return last
        at = text.rfind(title, lo, at)
    return None


@cache
def _suffix_after_name() -> re.Pattern[str]:
    """A company suffix right after a name and its space: "[Inc]", "[Corp.]"."""
    return re.compile(rf"{_suffixes()}(?![\w-])")


class _TextLookup:
    """Names looked up where they stand in the text (str.find), each once. The
    characters read stay within a few times the text's length, whatever the number of
    names (then no more are looked up)."""

    def __init__(self, doc: Document, first: int = 0) -> None:
        self.text = doc.text
        self.first = first  # where the search starts; the text before it is read last
        self.budget = LOOKUP_READ_BUDGET * len(self.text) + 10_000
        self.known: dict[str, str | None] = {}

    def get(self, name: str) -> str | None:
        if name not in self.known:
            self.known[name] = self._find(name)
        return self.known[name]

    def _find(self, name: str) -> str | None:
        for lo, hi in ((self.first, len(self.text)), (0, self.first)):
            fullest = self._find_in(name, lo, hi)
            if fullest is not None:
                return fullest
        return None

    def _find_in(self, name: str, lo: int, hi: int) -> str | None:
        text = self.text
        at = lo
        while self.budget > 0 and at < hi:
            found = text.find(name, at, hi)
            self.budget -= (found if found >= 0 else hi) - at + 1
            if found < 0:
                return None
            fullest = self._at(name, found)
            if fullest is not None:
                return fullest
            at = found + 1
        return None

    def _at(self, name: str, found: int) -> str | None:
        """The fuller form of ``name`` printed where it stands at ``found``, if any."""
        raise NotImplementedError


class CompanyNames(_TextLookup):
    """The companies a text names with one word, up to two more and a suffix ("Tesla" ->
    "Tesla Inc", "Acme" -> "Acme Robotics Inc")."""

    def _at(self, name: str, found: int) -> str | None:
        text = self.text
        end = found + len(name)
        if text[end : end + 1] != " ":
            return None
        if found > 0 and (text[found - 1].isalnum() or text[found - 1] == "."):
            return None
        at = end + 1
        for _ in range(MAX_INNER_WORDS + 1):
            suffix = _suffix_after_name().match(text, at)
            if suffix is not None:
                return text[found : suffix.end()]
            inner = INNER_NAME_WORD.match(text, at)
            if inner is None:
                return None
            at = inner.end()  # "Acme [Robotics] Inc": a word of the name before its suffix
        return None


# Capitalised words between a company's first word and its suffix ("Acme Robotics Inc").
MAX_INNER_WORDS = 2
INNER_NAME_WORD = re.compile(r"[A-Z][\w&'’-]*[ ]")
# How many times its length a text may be read for one-word names.
LOOKUP_READ_BUDGET = 4


# Characters read back from a surname for its given names.
GIVEN_WINDOW = 48
# Most given names and initials before a surname ("Donald J.", "Luiz Inacio"), particles
# apart.
MAX_GIVEN_NAMES = 3


@cache
def _given_names_pattern() -> re.Pattern[str]:
    """The given names (initials, particles) printed before a surname on its line:
    "[Mohamed] Salah", "[Donald J.] Trump", "[Luiz Inacio Lula da] Silva"; read back from
    where the surname stands. Spaces only: a name never runs over a line break
    ("Markets" over the headline "Oil Rises ...")."""
    particles = alternation(name_particles(), boundary=False)
    return re.compile(
        rf"""
        (?:(?<=\s)|^)                    # the first given name opens a word
        (                                # the given names, each with its space:
          (?:(?:[A-Z][a-z][\w'’-]*       #   Mohamed / Luiz
              |[A-Z]\.                   #   J.
              |{particles}               #   da / van / bin
          )[ ]){{1,4}}                    # spaces only: never over a line break
        )\Z                              # right before the surname
        """,
        re.VERBOSE,
    )


@cache
def _surname_tail() -> re.Pattern[str]:
    """Particles and a surname right after a name: "Lula[ da Silva]", "Ludwig[ van
    Beethoven]"; spaces only, as for given names."""
    particles = alternation(name_particles(), boundary=False)
    return re.compile(
        rf"""
        (?:[ ]{particles}){{1,2}}         # da / de la
        [ ][A-Z][\w'’-]{{0,30}}(?![\w'’-])  # Silva
        """,
        re.VERBOSE,
    )


# A second surname right after a name, which no capitalised word follows: "Vargas
# [Llosa]," ("Obama White House" is no name).
SECOND_SURNAME = re.compile(r"[ ]([A-Z][a-zá-úñü'’-]{2,30})(?![\w'’-])(?![ ][A-Z])")


def _only_a_name(text: str, word: str) -> bool:
    """Whether a capitalised word reads as a surname: no month or weekday, no head word
    of a body, an outlet or a document ("Airlines", "Show", "Report"), and never printed
    in lower case in the text ("County" is a "county" somewhere else)."""
    folded = word.casefold()
    if folded in CALENDAR_NAMES or any(
        folded in load_set(name) for name in ("organisation_words", "media_words", "document_words")
    ):
        return False
    return re.search(rf"(?<![\w'’-]){re.escape(folded)}(?![\w'’-])", text) is None


class FullNames(_TextLookup):
    """The fullest form a text prints of a person named by one word ("Salah" ->
    "Mohamed Salah", "Lula" -> "Luiz Inacio Lula da Silva"): the first place the word
    stands after given names or before particles and a surname. Titles and words that
    open a clause are no given names ("Sen. Cruz", "After Salah scored"). Built with
    ``first`` at the body's start, it reads the headline last: a headline in title case
    capitalises any word before a name ("Understated Perez raises profile")."""

    def _at(self, name: str, found: int) -> str | None:
        text = self.text
        end = found + len(name)
        if found == 0 or text[end : end + 1].isalnum():
            return None
        given = _given_names(text[max(0, found - GIVEN_WINDOW) : found])
        tail = _surname_tail().match(text, end)
        if not given and tail is None:
            return None
        full = f"{given} {name}" if given else name
        if tail is None and given:
            second = SECOND_SURNAME.match(text, end)
            if second is not None and _only_a_name(text, second.group(1)):
                # "Daniela Vargas [Llosa]": a second surname, as Spanish names print it
                return full + " " + second.group(1)
        if tail is not None:
            full, end = full + tail.group(), tail.end()
        suffix = NAME_SUFFIX_AFTER.match(text, end) if given else None
        if suffix is None or self._named_without_suffix(name):
            return full
        # "James P. Kennedy[ Jr.]": the suffix belongs to the name, as printed, unless
        # the text also names someone of that surname without it ("Donald J. Trump" and
        # "Donald Trump Jr.": the surname alone stays the one it named before)
        return full + " " + suffix.group("suffix")

    def _named_without_suffix(self, surname: str) -> bool:
        """Whether the text prints ``surname`` after a capitalised word and with no
        suffix after it somewhere ("Donald J. Trump" beside "Donald Trump Jr."). The scan
        is charged to the lookup's reading budget; with none left, it answers yes (the
        suffix is not kept)."""
        self.budget -= len(self.text)
        if self.budget <= 0:
            return True
        pattern = (
            rf"[A-Z][\w.'’-]*[ ]{re.escape(surname)}(?![\w'’-])(?!{NAME_SUFFIX_AFTER.pattern})"
        )
        return re.search(pattern, self.text) is not None


# A suffix after a surname: " Jr.", ", Jr.", " III".
NAME_SUFFIX_AFTER = re.compile(r",?[ ](?P<suffix>Jr\.?|Sr\.?|II|III|IV)(?![\w'’-])")


def _given_names(before: str) -> str:
    """The given names at the end of ``before`` (which ends with a space), if any."""
    last = before[:-1].rsplit(None, 1)[-1:] if before.endswith(" ") else []
    if not last or not ("A" <= last[0][0] <= "Z" or last[0] in name_particles()):
        # the last given name is the word before the space: a capital opens it, or it
        # is a particle (most words before a name: no pattern run)
        return ""
    m = _given_names_pattern().search(before)
    if m is None:
        return ""
    words = m.group(1).split()
    blocked = _not_given_names()
    # Keep the words after the last blocked one: "Liverpool forward [Mohamed] Salah".
    kept: list[str] = []
    for word in words:
        if word.casefold().rstrip(".") in blocked or word.casefold() in blocked:
            kept = []
        else:
            kept.append(word)
    particles = name_particles()
    names = sum(w not in particles for w in kept)
    while kept and (kept[0] in particles or names > MAX_GIVEN_NAMES):
        names -= kept.pop(0) not in particles  # "the son of [da] Silva": no particle first
    if kept and kept[0].casefold().rstrip(".") in CALENDAR_NAMES:
        return ""
    while (
        len(kept) > 1
        and find_area(kept[0]) is not None
        and not any(w.endswith(POSSESSIVE) for w in kept)
    ):
        # "envoy to [Ukraine] Kurt Volker": a place before the given names (a possessive
        # makes it a body's: "Washington Post's Ed")
        kept.pop(0)
    return " ".join(kept)


def may_be_given_name(word: str) -> bool:
    """Whether a capitalised word before a surname may be a given name: no initial, no
    word in capitals ("GOP McCaul"), none of :func:`_not_given_names` ("Team Trump")."""
    key = word.rstrip(".").casefold()
    return len(key) >= 2 and not word.isupper() and key not in _not_given_names()


@cache
def _not_given_names() -> frozenset[str]:
    """Capitalised words that are no given name before a surname: titles, organisation
    nouns, clause openers, conjunctions ("But Megan Hester"), source openers, honorifics."""
    return (
        load_set("titles")
        | load_set("organisation_words")
        | load_set("clause_openers")
        | load_set("source_stopwords")
        | load_set("source_openers")
        | frozenset(w.casefold() for w in load_set("honorifics"))
        | SMALL_WORDS
    )
