"""Reporting cues: the verbs and phrases that introduce a reported statement.

Examples::

    Trump said that ...            verb "said" (lemma say, kind speech)
    ..., according to officials.   phrase "according to"
    He told reporters ...          verb "told" (a listener follows)

The vocabulary is data: ``data/cue_verbs.tsv`` (every inflected form with its
lemma and kind) and ``data/cue_phrases.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, replace
from functools import cache

from ..article import Attribution
from ..document import Document, Span
from ..lexicon import alternation, load_list, load_set, load_table, trie_alternation
from ..patterns import PERSONAL_SUBJECTS, comma_before
from .date_patterns import CALENDAR_NAMES

# Lemmas whose object is a listener, not the content: "told reporters that".
LISTENER_LEMMAS = frozenset(
    {"tell", "inform", "assure", "reassure", "warn", "remind", "advise", "urge"}
)
# The lemmas of plain reporting, whose content is a clause of its own: "said [prices rose
# and fell]", ", the agency said".
SAY_LEMMAS = frozenset({"say", "tell"})
PHRASE_LEMMA = "phrase"
STANCE = "stance"  # the kind of adjectives that report a view after "be": "is confident"


@dataclass(slots=True, unsafe_hash=True)
class Cue:
    """A cue occurrence: its span, lemma and kind ("speech", "belief", "evidence", "phrase")."""

    # A value, like ``Span`` and not declared frozen for the same reason: a paragraph
    # holds dozens of cue forms, and a frozen class sets each field through
    # ``object.__setattr__``.
    span: Span
    lemma: str
    kind: str
    participle: bool = False  # "saying", "adding": a second statement of the same source


# A test of :func:`_not_a_cue`: (lexicon, form, text, start, end) -> whether the form
# there is no cue.
Guard = Callable[["CueLexicon", str, str, int, int], bool]


@dataclass(frozen=True, slots=True)
class CueLexicon:
    # Every form, as one prefix-factored alternation, after the character before it (no
    # word character): a scan skips to such characters at C speed; the group "form" is
    # the form. Read through :func:`cue_form_spans` and :func:`cue_form_at`.
    scan: re.Pattern[str]
    longest: int  # the length of the longest form
    forms: dict[str, tuple[str, str]]  # form (lower case) -> (lemma, kind)
    adverbs: frozenset[str]
    stopwords: frozenset[str]
    listeners: frozenset[str]
    modifiers: frozenset[tuple[str, str]]  # (form, noun): "pledged delegate"
    particles: frozenset[tuple[str, str]]  # (form, next word): "show up"
    nouns: frozenset[str]  # forms that are nouns after a determiner: "the show"
    compounds: frozenset[str]  # forms that head a compound noun: "a conference call"
    bare_verbs: frozenset[str]  # forms that are verbs only after a subject: "who support"
    likening: frozenset[str]  # forms that liken, or set figures side by side: "compared"
    guarded: frozenset[str]  # forms that :func:`_not_a_cue` tests: every one above, -ed forms
    guards: dict[str, tuple[Guard, ...]]  # guarded form -> its tests (:func:`_guard_table`)
    objects: frozenset[str]  # lemmas whose content is their object: "endorsed [Clinton]"
    # form -> the character before the last space of the words before it, case-folded ->
    # (those words, whether a comma must follow) of each set phrase it ends: "said" ->
    # "t" -> (("That ", True), ...)
    idioms: dict[str, dict[str, tuple[tuple[str, bool], ...]]]
    # form -> the words after it of each set phrase it opens: "found" -> (" a way", ...)
    object_idioms: dict[str, tuple[str, ...]]


def _pairs(name: str) -> frozenset[tuple[str, str]]:
    """``data/<name>.txt`` lines of a form and a word after it ("put it to"), as (form,
    word) pairs in lower case."""
    pairs = (line.casefold().rsplit(" ", 1) for line in load_list(name))
    return frozenset((first, second) for first, second in pairs)


# The prepositions that end the forms of speaking that take a manner adverb inside:
# "spoke [highly] of", "talked [openly] about".
MANNER_PREPOSITIONS = frozenset({"of", "about"})


def _add_manner_forms(forms: dict[str, tuple[str, str]]) -> None:
    """Each two-word speech form ending in "of" or "about" with an adverb of
    ``data/cue_manner_adverbs.txt`` inside, under the form's lemma: "spoke highly of"
    (speak of), "talked openly about" (talk about)."""
    adverbs = load_list("cue_manner_adverbs")
    for form, (lemma, kind) in list(forms.items()):
        verb, _, preposition = form.partition(" ")
        if kind == "speech" and preposition in MANNER_PREPOSITIONS:
            for adverb in adverbs:
                forms.setdefault(f"{verb} {adverb.casefold()} {preposition}", (lemma, kind))


# The determiners between a verb of arguing and its noun: "made [the] point that",
# "made [a] commitment that", "made [his] case that".
ARGUMENT_DETERMINERS = ("the", "a", "an", "his", "her", "their")


@cache
def argument_forms() -> dict[str, str]:
    """Each form of a verb of ``data/argument_verbs.tsv`` with a determiner and a noun of
    ``data/argument_nouns.txt`` ("made the point", "pressing the case"), mapped to its
    lemma ("make the point"). PolNeAR marks such a phrase as the cue of the clause after
    it: "Gorka also [made the point] that [Clinton's philosophy ...]". Each is a cue only
    before "that" (``_not_a_cue``), a case or an argument before "for" and a thing too:
    "make a point of ..." reports no statement as often as it does one."""
    nouns = load_list("argument_nouns")
    forms: dict[str, str] = {}
    for row in load_table("argument_verbs"):
        for determiner in ARGUMENT_DETERMINERS:
            for noun in nouns:
                form = f"{row['form']} {determiner} {noun}".casefold()
                forms[form] = f"{row['lemma']} the {noun}".casefold()
    return forms


def _add_argument_forms(forms: dict[str, tuple[str, str]]) -> None:
    """The phrases of :func:`argument_forms`, as speech forms."""
    for form, lemma in argument_forms().items():
        forms.setdefault(form, (lemma, "speech"))


def _argument_branch() -> str:
    """The phrases of :func:`argument_forms` as one branch of the cue scan: the verb
    forms, a determiner, a noun ("made the point"), the first letter in either case. One
    branch of three alternations, where a form each in the scan's trie would repeat the
    nouns after every verb form and determiner (a third more pattern to compile)."""
    verbs = [row["form"].casefold() for row in load_table("argument_verbs")]
    verbs += [verb[0].upper() + verb[1:] for verb in verbs]
    determiners = alternation(ARGUMENT_DETERMINERS)
    nouns = alternation(word.casefold() for word in load_list("argument_nouns"))
    return rf"(?:{trie_alternation(verbs)})[ ](?:{determiners})[ ](?:{nouns})"


# Letters in the order of how many words of English news copy they open, most first
# ("the", "to", "a", "and", "said", "of", "in" ...).
INITIAL_FREQUENCY = "tasoicpwhbfmrdnelgyuvkjqzx"


def _initial_rank(head: str) -> tuple[int, str]:
    """Where a first character comes in :data:`INITIAL_FREQUENCY` (others last, in
    code point order)."""
    at = INITIAL_FREQUENCY.find(head)
    return (at if at >= 0 else len(INITIAL_FREQUENCY), head)


@cache
def cue_lexicon() -> CueLexicon:
    """The cue vocabulary and its pattern, built once per process."""
    forms: dict[str, tuple[str, str]] = {}
    for row in load_table("cue_verbs"):
        forms.setdefault(row["form"].casefold(), (row["lemma"], row["kind"]))
    _add_manner_forms(forms)
    _add_argument_forms(forms)
    for phrase in load_list("cue_phrases"):
        forms.setdefault(phrase.casefold(), (phrase.casefold(), PHRASE_LEMMA))
    # Cues are printed in lower case, or capitalised at a sentence start ("According to").
    # One branch per first letter and case ("s...|S..."): the engine tests a literal
    # first letter at once, where a class ("[sS]...") costs a sub-match per branch.
    heads: dict[str, list[str]] = {}
    arguments = argument_forms()
    for form in forms:
        if form not in arguments:  # scanned by a branch of their own
            heads.setdefault(form[0], []).append(form[1:])
    # The branches of two first letters never match at one place, so their order only
    # tells how many the engine passes over before the one of a word's first letter:
    # lower case first, the letters that open most words of news copy before the others.
    ordered = sorted(heads.items(), key=lambda item: _initial_rank(item[0]))
    branches = list(ordered)
    branches += [(head.upper(), tails) for head, tails in ordered if head.upper() != head]
    body = "|".join(re.escape(first) + trie_alternation(tails) for first, tails in branches)
    body += "|" + _argument_branch()
    modifiers, particles = _pairs("cue_modifiers"), _pairs("cue_particles")
    idioms: dict[str, dict[str, list[tuple[str, bool]]]] = {}
    for phrase in load_list("cue_idioms"):
        before, _, form = phrase.rpartition(" ")
        entry = (before + " ", form.endswith(","))
        by_last = idioms.setdefault(form.rstrip(",").casefold(), {})
        by_last.setdefault(before[-1:].casefold(), []).append(entry)
    object_idioms: dict[str, list[str]] = {}
    for phrase in load_list("cue_object_idioms"):
        form, _, words = phrase.casefold().partition(" ")
        object_idioms.setdefault(form, []).append(" " + words)
    nouns = load_set("noun_cue_forms")
    bare_verbs = load_set("bare_verb_cues")
    compounds = load_set("noun_cue_compounds")
    lexicon = CueLexicon(
        scan=re.compile(rf"[^\w](?P<form>{body})\b"),
        longest=max(len(form[0].upper()) + len(form) - 1 for form in forms),  # as printed
        forms=forms,
        adverbs=load_set("cue_adverbs"),
        stopwords=load_set("source_stopwords"),
        listeners=load_set("tell_objects"),
        modifiers=modifiers,
        particles=particles,
        nouns=nouns,
        compounds=compounds,
        bare_verbs=bare_verbs,
        likening=load_set("likening_cues"),
        guarded=frozenset(
            {"called"}
            | nouns
            | compounds
            | {form for form, _ in modifiers | particles}
            | {form for form in forms if form.endswith("ed")}
            | bare_verbs
            | {form for form, (lemma, _) in forms.items() if lemma == CALL_LEMMA}
            | load_set("that_only_cues")
            | argument_forms().keys()
            | load_set("to_only_cues")
            | load_set("infinitive_stance_cues")
            | load_set("as_only_cues")
            | load_set("likening_cues")
            | load_set("subject_only_cues")
            | load_set("passive_complement_cues")
            | load_set("passive_only_cues")
            | load_set("passive_agent_cues")
            | load_set("passive_as_cues")
            | load_set("agent_view_cues")
            | {phrase.partition(" ")[0] for phrase in load_set("cue_object_idioms")}
            | load_set("name_only_cues")
            | load_set("stance_nouns")
            | load_set("measure_only_cues")
            | load_set("measure_subject_cues")
            | load_set("finance_noun_cues")
            | _possessed_nouns()
            | SHOW_NOUNS
            | {
                form
                for form, (lemma, _) in forms.items()
                if lemma
                in (
                    CHARGE_LEMMA,
                    SEEK_LEMMA,
                    DECLINE_LEMMA,
                    ADD_LEMMA,
                    CONCEDE_LEMMA,
                    CLAIM_LEMMA,
                    SEEM_LEMMA,
                    APPEAR_LEMMA,
                    FIND_LEMMA,
                )
            }
        ),
        objects=load_set("object_cues"),
        idioms={
            form: {last: tuple(entries) for last, entries in by_last.items()}
            for form, by_last in idioms.items()
        },
        object_idioms={form: tuple(after) for form, after in object_idioms.items()},
        guards={},
    )
    return replace(lexicon, guards=_guard_table(lexicon))


def cue_form(doc: Document, a: Attribution) -> tuple[str, str]:
    """Lemma and kind of an attribution's cue, ``("", "")`` when the cue is no single form
    of the lexicon ("was quick to criticize")."""
    return cue_lexicon().forms.get(doc.text_of(a.cue_span).casefold(), ("", ""))


def cue_lemma(doc: Document, a: Attribution) -> str:
    """The lemma of an attribution's cue (see :func:`cue_form`)."""
    return cue_form(doc, a)[0]


def is_past(word: str) -> bool:
    """Whether a lower-case ``word`` is a past: in -ed or of data/irregular_pasts.txt."""
    return word.endswith("ed") or word in load_set("irregular_pasts")


def find_cues(doc: Document, span: Span) -> list[Cue]:
    """Every cue form inside ``span``, in text order."""
    return find_cues_in(doc.text, span)


# Hyphens that join a cue form into a compound word ("self-proclaimed", "so‐called").
HYPHENS = frozenset("-‐‑")
# "so " before "called": the adverb "so called", written apart.
SO = frozenset({" so ", "\nso ", "(so ", "“so ", '"so ', "so- "})  # "the so- called"
# What comes before "called" when it names something: "a program called", "a new group
# called", "the resort, now called", "also called".
NAMING_BEFORE = re.compile(
    r"""
    (?:\b(?:[Aa]n?)(?:[ ][a-z][\w-]*){1,3}     # a program / a new advocacy group
     | (?:,[ ]|\b(?![A-Z]|(?:he|she|they|we|it|who|has|have|had)[ ])[\w-]+[ ])
       (?:now|also|formerly|once|sometimes|often)  # ", now called" / "a group also called"
       # ("He also called", "Trump has also called": a verb of a subject)
     | \bwhat(?:['’]s|[ ]is|[ ]are|[ ]was)            # what's called / what is called
    )[ ]\Z
    """,
    re.VERBOSE,
)
# A form of "be", a copula or a comma right before a stance adjective, two modifiers
# at most between: "is confident", "are not aware", "remain convinced", ", confident";
# a negated form of "be" ("wasn’t optimistic", "aren’t enamored of") and the superlative
# ("is most proud of") too.
STANCE_BEFORE = re.compile(
    r"\b(?:(?:is|are|was|were)(?:n[’']t)?|am|be|been|being|[’']s|[’']re|[’']m|feels?|felt"
    r"|seems?|seemed|remains?|remained|becomes?|became|grows?|grew|,)\s"
    r"(?:(?:[a-z]+ly|not|also|more|most|less|so|very|too|well|still|now|quite)\s){0,2}\Z"
)
# "a ", "an " or "the " right before a cue form: the form is a noun ("on a call", "an
# attack", "made the pledge at a conference"); no verb follows an article.
ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:[Aa]n?|[Tt]he)[ \t\u00a0]\Z")
# What ARTICLE_BEFORE needs right before a form: "a"/"n"/"e", then a space of its set.
ARTICLE_LAST_LETTERS = frozenset("aAne")
ARTICLE_SPACES = frozenset(" \t\u00a0")


def _after_article(text: str, start: int) -> bool:
    """Whether "a ", "an " or "the " stands right before ``start``; two characters are
    looked at first, so most forms never run the pattern."""
    return (
        start >= 2
        and text[start - 1] in ARTICLE_SPACES
        and text[start - 2] in ARTICLE_LAST_LETTERS
        and ARTICLE_BEFORE.search(text, max(0, start - 5), start) is not None
    )


# The word after a cue form (letters only), for the modifier test.
NEXT_WORD = re.compile(r"[ \t\n\u00a0]([a-z]{2,20})")


# The word before a cue form when that makes the form a noun: "the show", "their
# shows", "Kasich’s showing".
DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our|[Ww]hose"
    r"|[Tt]hese|[Tt]hose|[Nn]o|[Aa]ny)|\w['’]s|\ws['’])[ \t\n\u00a0]\Z"
)
# A possessive right before a form: "the IMF's", "analysts'", "his".
POSSESSIVE_BEFORE = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)|\w['’]s|\ws['’])[ \t\n\u00a0]\Z"
)
# "that" with a verb right after it opens a relative clause of the noun before it, no
# statement: "a claim [that is] as false as it is cruel", "a claim [that originated] in a
# deposition" ("the claim that he was rich" has a subject after "that"; a modal is left
# out, as wire copy drops a second "that": "in the hope that will boost prices").
RELATIVE_THAT = (
    r"that(?![ \t\n\u00a0](?:(?:also|never|not|only|[a-z]+ly)[ \t\n\u00a0])?"
    r"(?:is|was|are|were|has|have|had|does|did|[a-z]{2,}ed)\b)"
)
# The complement of a reporting noun: "claims about", "estimate of", "warning that",
# "hopes to"; also what follows a noun that reports after an article: "a call for", "a
# pledge to", "the lament about" (a wire line may break before it).
NOUN_COMPLEMENT = re.compile(rf"[ \t\n\u00a0](?:of|about|{RELATIVE_THAT}|to|for|on|against)\b")
# A percentage after a determiner or a possessive, right before a form: "the 2.25 pct
# [forecast]", "the three pct [forecast]", "its 14-1/2 pct [notes]". Without the
# determiner the percentage may be a share of people who report: "54 pct forecast
# production would remain ...".
PERCENTAGE_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)|['’]s)[ \t\n\u00a0]"
    r"(?:\d[\d.,/-]{0,12}|[a-z-]{3,20})[ \t\n\u00a0](?:pct|percent)[ \t\n\u00a0]\Z",
    re.IGNORECASE,
)
# The word right before a noun form when that makes it a noun of finance copy: a
# number or an amount ("a 25 mln dlr offering", "the 1987/88 estimate", "10-year
# notes") or a word of data/noun_cue_premodifiers.txt, alone or after a hyphen ("an
# initial offering", "senior notes", "five-year notes", "floating-rate notes").
MODIFIER_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?P<number>\d[\d.,/-]{0,12}(?:[a-z]{2,12})?)"
    r"|(?P<word>[a-z]{2,20}(?:-[a-z]{2,20})?))"
    r"[ \t\n\u00a0]\Z"
)


# "a"/"an" and one to three modifiers before a singular cue form that heads a compound:
# "a conference call", "an XM Satellite radio show". A singular subject would take
# "calls" or "shows", and "the polls show" stays a cue, so only "a"/"an" counts.
COMPOUND_BEFORE = re.compile(r"\b[Aa]n?(?:[ \t\u00a0][\w-]{1,20}){1,3}[ \t\u00a0]\Z")


# The word before a form that is both a plural noun and a verb ("plans") when it makes
# the form the noun: a preposition, a form of "be" or "have", an adjective or a participle
# ("with plans to", "There are plans to", "has plans to", "expansive plans to",
# "accelerating plans to").
NOUN_READING_BEFORE = re.compile(
    r"(?<![\w'’-])(?:with|against|around|of|for|on|about|into|are|were|has|have|had|no|any|own|new"
    r"|[a-z]{2,}(?:ed|ing|ive|ous|al|ic|ful))[ \t\n\u00a0]\Z"
)
# "to" right before a form: an infinitive takes the base form, so an -ed form after it is
# an adjective ("opposed to proposed limits", "in response to published reports").
TO_BEFORE = re.compile(r"\bto[ \t\n\u00a0]\Z")
# A noun phrase right after a form of data/subject_only_cues.txt in "to", which takes an
# infinitive ("looking to"): a determiner or a capitalised word ("looking to the private
# sector", "looking to Congress").
NOUN_PHRASE_AFTER = re.compile(
    r"[ \t\n\u00a0](?:(?:the|a|an|his|her|its|their|our|this|that|these|those)\b|[A-Z])"
)
# "that" right after a form: "charging that ...".
THAT_AFTER = re.compile(r"[ \t\u00a0]that\b|:")  # "reports that ..." / "reports:"
THAT_ONLY_AFTER = re.compile(r"[ \t\u00a0]that\b")  # "made the point that ..."
# What a case or an argument (data/argued_for_nouns.txt) argues for: a thing or a
# course, neither a person, for whom it is advocacy ("made the case for Mrs. Clinton",
# "for him"), nor a question ("a case for who is the strongest"): "made the case [for
# legalized gambling]", "making an argument [for his vision]".
ARGUED_FOR = re.compile(
    r"[ ]for[ ](?![A-Z]|(?:who|whom|what|which|whether|how|why|that|him|her|them|me|us|you)\b)"
)
# The forms of "call" that are nouns after a determiner ("the call", "their calls"), and
# what makes such a noun an appeal: "her call for calm", "calls to resign", "calls on".
CALL_NOUNS = frozenset({"call", "calls"})
CALL_COMPLEMENT = re.compile(r"[ \t\u00a0](?:for|to|on|that)\b")


def _after_determiner(text: str, start: int) -> bool:
    return DETERMINER_BEFORE.search(text, max(0, start - 8), start) is not None


def _after_noun_modifier(text: str, start: int) -> bool:
    """Whether a number or a modifier of ``data/noun_cue_premodifiers.txt`` (alone
    or ending a hyphenated word) stands right before ``start``: "an initial
    [offering]", "2 pct subordinated [notes]", "five-year [notes]"."""
    if PERCENTAGE_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True  # "the 2.25 pct forecast" ("54 pct forecast prices will fall" reports)
    m = MODIFIER_BEFORE.search(text, max(0, start - 44), start)
    if m is None:
        return False
    word = m.group("word")
    # "five-year", "floating-rate": the last part of a hyphenated modifier tells
    return word is None or word.rpartition("-")[2] in load_set("noun_cue_premodifiers")


def _heads_compound(text: str, start: int) -> bool:
    return COMPOUND_BEFORE.search(text, max(0, start - 72), start) is not None


def cue_form_spans(text: str, lo: int = 0, hi: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each cue form of ``text[lo:hi]``, in order: a whole form after a
    character that is no word character (it may stand before ``lo``), or at offset 0."""
    lex = cue_lexicon()
    end = len(text) if hi is None else hi
    scan_from = max(0, lo - 1)
    if lo == 0:
        first = _form_at_start(lex, text, end)
        if first is not None and not _side_by_side(lex, text, *first):
            yield first
            scan_from = first[1]
    for m in lex.scan.finditer(text, scan_from, end):
        start, stop = m.span("form")
        if not _side_by_side(lex, text, start, stop):
            yield start, stop


# What follows a likening form that sets figures side by side: "compared [with] 23%".
SIDE_BY_SIDE = (" to ", " with ", "\nto ", "\nwith ", " to\n", " with\n")


def _side_by_side(lex: CueLexicon, text: str, start: int, end: int) -> bool:
    """Whether the form ``text[start:end]`` is no cue form here, so that no content or
    source ends before it: one of ``data/likening_cues.txt`` right before "to" or "with"
    ("28.4 mln tonnes, compared with 25.4 mln"), the noun "question" ("The ballot
    question fight", "To a question on ..."), or one of ``data/agent_view_cues.txt`` with
    no agent and "as" after it ("who didn't want to be seen online"). One or two prefix
    tests for most forms."""
    if text.startswith(SIDE_BY_SIDE, end):
        return text[start:end].casefold() in lex.likening
    if text[start:end] in load_set("agent_view_cues"):
        return AGENT_AS_AFTER.match(text, end) is None
    if end - start == len(QUESTION) and text.startswith(QUESTION[1:], start + 1):
        return not _bare_verb(text, start, end) or QUESTIONED_AFTER.match(text, end) is None
    return False


def cue_form_at(text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the cue form that starts at ``pos``, if one does."""
    lex = cue_lexicon()
    if pos == 0:
        found = _form_at_start(lex, text, len(text))
    else:
        m = lex.scan.match(text, pos - 1)
        found = m.span("form") if m is not None else None
    return None if found is None or _side_by_side(lex, text, *found) else found


def _form_at_start(lex: CueLexicon, text: str, end: int) -> tuple[int, int] | None:
    """The form at offset 0, which no character precedes: read after a space set before
    the first characters (the longest form and the one after it)."""
    m = lex.scan.match(" " + text[: min(end, lex.longest + 1)])
    return (m.start("form") - 1, m.end("form") - 1) if m is not None else None


def find_cues_in(text: str, span: Span) -> list[Cue]:
    """:func:`find_cues` over a plain string (a headline read in lower case)."""
    lex = cue_lexicon()
    forms, guarded, idioms = lex.forms, lex.guarded, lex.idioms
    companies = _company_names()
    out: list[Cue] = []
    for start, end in cue_form_spans(text, span.start, span.end):
        word = text[start:end]
        key = word.casefold()
        if text[start - 1 : start] in HYPHENS or text[end : end + 1] in HYPHENS:
            continue  # "self-proclaimed", "say-so", "so‐called"
        if key in guarded and _not_a_cue(lex, key, text, start, end):
            continue
        if key in idioms and _in_idiom(lex, key, text, start, end):
            continue  # "That said, ...", "it is fair to say", "the final say"
        lemma, kind = forms[key]
        if kind != PHRASE_LEMMA and _after_article(text, start) and _no_nominal_cue(key, text, end):
            # "a threatening letter", "on a call with analysts", "the pledge at a
            # conference": no statement
            continue
        if (
            kind != PHRASE_LEMMA
            and key.endswith("s")
            and (_plural_noun(text, start, end) or _subject_head(text, start, end))
        ):
            continue  # "too many calls today still roll over", "Health worries have ..."
        if key.endswith("ed") and TO_BEFORE.search(text, max(0, start - 4), start):
            continue  # "are opposed to proposed limits": an -ed form after "to" is an adjective
        if kind == STANCE and STANCE_BEFORE.search(text, max(0, start - 24), start) is None:
            continue  # "was made aware of": a stance adjective reports only after "be"
        if word[0].isupper() and start > span.start and kind != PHRASE_LEMMA:
            # "Said" mid-sentence is a name or a title ("the Post reported" is lower case).
            prev = text[start - 2 : start]
            if not prev.endswith(("\n", ". ", "“", '"')):
                continue
            if prev.endswith("\n") and _name_goes_on_over_break(text, start):
                continue  # "London Interbank\nOffered Rates": a name wrapped over a line
        if kind != PHRASE_LEMMA and _in_company_name(companies, lemma, key, text, start, end):
            continue  # "American Express studies options", "Circle Express <CEXX>"
        # "saying", "referring to": the first word tells a participle.
        participle = kind != PHRASE_LEMMA and word.split(" ", 1)[0].endswith("ing")
        out.append(Cue(Span(start, end), lemma, kind, participle))
    return out


# A capitalised word of a name (a capital, then a lower-case letter), the end of a line
# with no mark after the word, and the spaces that indent the next: "London Interbank\n".
# A line whose last word closes a sentence ("said.\n") or an all-capital line ("BANK\n",
# a headline's) does not match.
NAME_WORD_BEFORE_BREAK = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w&'’-]{0,30}[ \t]{0,4}\n[ \t]{0,8}\Z")
# How far back that word is looked for: its longest length, the spaces and the break.
NAME_BREAK_REACH = 46


def _name_goes_on_over_break(text: str, start: int) -> bool:
    """Whether a capitalised form at ``start``, first on its line, goes on a name that
    the line before ends with: "sub-LIBOR (London Interbank\nOffered Rates) levels", a
    text wrapped at a fixed width."""
    return NAME_WORD_BEFORE_BREAK.search(text, max(0, start - NAME_BREAK_REACH), start) is not None


def lower_form_in(text: str, lo: int, hi: int) -> bool:
    """Whether a lower-case cue form stands in ``text[lo:hi]``, unguarded but for the forms
    that report only before "to" ("The tax cut plans are ..." holds none) and those that
    report only after a subject ("The budget presented by the Chancellor" holds none)."""
    to_only = load_set("to_only_cues")
    return any(
        text[start].islower()
        and (text[start:end] not in to_only or text.startswith(" to ", end))
        and not no_subject_form(text, start, end)
        for start, end in cue_form_spans(text, lo, hi)
    )


def no_subject_form(text: str, start: int, end: int) -> bool:
    """Whether the form ``text[start:end]`` is one of ``data/subject_only_cues.txt`` in -ed
    read here as no verb of a subject's: a participle after a noun of things or a
    passive."""
    key = text[start:end].casefold()
    if key not in load_set("subject_only_cues") or not key.partition(" ")[0].endswith("ed"):
        return False
    return _no_subject_reading(cue_lexicon(), text, key, start, end)


def _no_subject_reading(lex: CueLexicon, text: str, key: str, start: int, end: int) -> bool:
    """Whether ``key``, a form of ``data/subject_only_cues.txt`` at ``start``, is read here
    as no verb of a subject's: no subject before it ("designed to promote"), or a passive
    or a participle with no object (:func:`_passive_or_bare_participle`)."""
    return not _subject_before(lex, text, start) or _passive_or_bare_participle(
        text, key, start, end
    )


# A company's suffix right after a form, which ends the company's name: "Atlantic
# Express Inc", "Adams Express Co".
COMPANY_TAIL = re.compile(r"[ \t\n\u00a0](?:co|corp|inc|ltd|plc)(?![\w-])", re.IGNORECASE)
# Whitespace inside a name, for comparing it with a listed name.
SPACES = re.compile(r"\s+")


@cache
def _company_names() -> dict[str, tuple[str, ...]]:
    """Last word -> the words before it, of every company and organisation name of
    data/companies.txt and data/organisations.txt that ends in a cue form ("american
    express")."""
    forms = cue_lexicon().forms
    out: dict[str, list[str]] = {}
    for name in load_set("companies") | load_set("organisations"):
        before, _, last = name.rpartition(" ")
        if before and last in forms:
            out.setdefault(last, []).append(before + " ")
    return {last: tuple(sorted(names)) for last, names in out.items()}


def _in_company_name(
    companies: dict[str, tuple[str, ...]], lemma: str, key: str, text: str, start: int, end: int
) -> bool:
    """Whether the form ``key`` (of ``lemma``) at ``start`` is the last word of a
    company's name: a name of ``companies`` (:func:`_company_names`: "American Express
    studies options"), or a suffix after it ("Adams Express Co"; not after a form of
    "say" or an -ed form)."""
    for before in companies.get(key, ()):
        lo = max(0, start - len(before) - 8)
        if SPACES.sub(" ", text[lo:start]).casefold().endswith(before):
            return True
    return (
        lemma not in SAY_LEMMAS
        and not key.endswith("ed")
        and COMPANY_TAIL.match(text, end) is not None
    )


def _no_nominal_cue(key: str, text: str, end: int) -> bool:
    """Whether a form after an article reports nothing: a participle adjective ("a charged
    topic") or a form with no statement after it ("a call with analysts", "a supporting
    role", "the pledge at a conference"); "a call for calm" and "the warning that ..."
    report."""
    return key.endswith("ed") or NOUN_COMPLEMENT.match(text, end) is None


# A whole word right before a form, any case: "many " of "too many calls".
WHOLE_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z]{2,12})[ \t\n\u00a0]\Z")
# The words before "other" that make it a pronoun, a subject: "the other says ...".
OTHER_PRONOUN_BEFORE = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Ee]ach|[Oo]ne)[ \t\n\u00a0]\Z")


def _plural_noun(text: str, start: int, end: int) -> bool:
    """Whether a form in -s is a plural noun with no complement: after a word of
    ``data/plural_noun_determiners.txt`` ("too many calls today", "Other estimates put",
    "Her suggestions are"), with no preposition, "that" or colon after it ("many calls
    for calm" reports)."""
    if _short_or_ss(text, start, end) or not _word_and_space_before(text, 0, start):
        return False
    m = WHOLE_WORD_BEFORE.search(text, max(0, start - 14), start)
    if m is None:
        return False
    word = m.group(1).casefold()
    if word not in load_set("plural_noun_determiners"):
        return False
    if word == "other" and OTHER_PRONOUN_BEFORE.search(text, max(0, m.start() - 5), m.start()):
        return False  # "the other says ...": a pronoun subject
    return NOUN_COMPLEMENT.match(text, end) is None and text[end : end + 1] != ":"


# An auxiliary or a form of "be" right after a form in -s: "Health worries [have] dogged".
AUX_AFTER = re.compile(
    r"[ \t\u00a0](?:have|has|had|are|were|was|is|will|would|can|could|may|might|should|must"
    r"|do|did)\b"
)
# One or two words that open a sentence right before a form: "[Health] worries", "[His
# cost] estimates".
SENTENCE_OPENING = re.compile(
    r"(?:\A|[.!?][”\"’']?[ \t\u00a0]+|\n)(?P<words>[A-Z][\w’'-]*(?:[ ][\w’'-]+)?)[ \t\u00a0]{1,2}\Z"
)
# Opening words that leave a gap for the verb's clause: "What he says is", "Everything
# Trump says is".
GAP_OPENERS = frozenset(
    {"what", "whatever", "everything", "anything", "something", "nothing", "all", "that"}
)


def _subject_head(text: str, start: int, end: int) -> bool:
    """Whether a form in -s heads its sentence's subject: one or two words open the
    sentence before it and an auxiliary or "be" follows ("Health worries have dogged
    Clinton", "His cost estimates have been ..."). A verb there would need a clause with
    a gap before it ("a trend that the foundation predicts will continue", "What he says
    is true")."""
    if _short_or_ss(text, start, end) or AUX_AFTER.match(text, end) is None:
        return False
    opening = SENTENCE_OPENING.search(text, max(0, start - 40), start)
    return opening is not None and not any(
        w.casefold() in GAP_OPENERS for w in opening.group("words").split(" ")
    )


def _short_or_ss(text: str, start: int, end: int) -> bool:
    """Whether the form ends in "ss" or is too short for a plural ("is")."""
    return end - start < 4 or text[end - 2 : end].casefold() == "ss"


# The word right before a form: "video " of "a video posted".
WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z]{3,20})[ \t\u00a0]\Z")


# What WORD_BEFORE needs right before a form: a lower-case letter, then a space of its set.
WORD_BEFORE_SPACES = frozenset(" \t\u00a0")
LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _word_before(text: str, start: int) -> str | None:
    """The lower-case word WORD_BEFORE reads right before ``start``; two characters are
    looked at first, so most forms never run the pattern."""
    if (
        start < 4
        or text[start - 1] not in WORD_BEFORE_SPACES
        or text[start - 2] not in LOWER_LETTERS
    ):
        return None
    m = WORD_BEFORE.search(text, max(0, start - 22), start)
    return m.group(1) if m is not None else None


# A determiner and an adverb in -ly right before an -ed form: the form is an adjective of
# the noun after it ("a swiftly called, late-afternoon meeting", "the newly identified
# emails", "his hastily arranged visit"); no subject stands between them.
# The determiners that open such a noun phrase (after no word: "the", not "bathe").
NOUN_PHRASE_DETERMINER = (
    r"(?<![\w'’-])(?:[Aa]n?|[Tt]he|[Ss]uch|[Hh]is|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)"
)
DETERMINER_ADVERB_BEFORE = re.compile(
    rf"{NOUN_PHRASE_DETERMINER}[ \t\u00a0]([a-z]{{2,20}}ly)[ \t\u00a0]\Z"
)


# A determiner and a degree word right before an -ed form (the degree word read by
# _word_before, from data/participle_degrees.txt): the form is an adjective of the noun
# after it ("the most criticized nominee", "a more measured tone", "the least
# expected result"); "most" with no determiner may head a subject ("But most
# acknowledged that ..."), and before a stance adjective it is a degree of the stance
# ("are now more convinced that ...").
DETERMINER_DEGREE_BEFORE = re.compile(
    rf"(?:{NOUN_PHRASE_DETERMINER}|(?<![\w'’-])[Hh]er)[ \t\u00a0][a-z]{{3,20}}[ \t\u00a0]\Z"
)
# "by" right after the form: a passive with its agent, which PolNeAR marks ("Cruz is
# the most disliked [by the establishment]").
AGENT_BY_AFTER = re.compile(r"[ \t\u00a0]by\b")


def _degree_after_determiner(text: str, start: int, end: int) -> bool:
    """Whether DETERMINER_DEGREE_BEFORE stands right before ``start``, with no agent
    "by" after the form at ``end``."""
    if _word_before(text, start) not in load_set("participle_degrees"):
        return False
    return (
        DETERMINER_DEGREE_BEFORE.search(text, max(0, start - 32), start) is not None
        and AGENT_BY_AFTER.match(text, end) is None
    )


def _adverb_after_determiner(text: str, start: int) -> bool:
    """Whether DETERMINER_ADVERB_BEFORE stands right before ``start``, its -ly word no noun
    of ``data/ly_nouns.txt`` ("the family planned to ..." reports)."""
    word = _word_before(text, start)
    if word is None or not word.endswith("ly") or word in load_set("ly_nouns"):
        return False
    return DETERMINER_ADVERB_BEFORE.search(text, max(0, start - 32), start) is not None


# A possessive and one or two words right before a form: "[his repeated ]claims",
# "[Podliska’s most explosive ]claim", "[Trump's by-now-familiar ]claims".
MODIFIED_POSSESSIVE_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our"
    r"|[A-Z][\w.-]{0,30}['’]s?)"
    r"(?P<words>(?:[ \t\u00a0][a-z][a-z-]{1,24}){1,2})[ \t\u00a0]\Z"
)
# Characters before a form that MODIFIED_POSSESSIVE_BEFORE is looked for in, and the
# spaces a match holds at most: one after the owner and one after each of two words.
MODIFIED_POSSESSIVE_REACH = 90
MODIFIED_POSSESSIVE_SPACES = 3
# A copula and "that" after a reporting noun: "his most explosive claim [is that] ...".
COPULA_THAT = re.compile(r"[ \t\n\u00a0](?:is|was)[ \t\n\u00a0]that\b")
# Degree words before an adjective: "[most] explosive", "[more] aggressive".
DEGREE_WORDS = frozenset({"most", "more", "very", "so", "ever", "often", "now"})


def _is_noun_modifier(word: str, last: bool) -> bool:
    """Whether ``word`` modifies a reporting noun after a possessive rather than heading
    the possessor's noun phrase: an adjective of ``data/noun_cue_adjectives.txt``
    ("recent", "false"), a participle in -ed ("repeated", not "need") or a hyphenated
    word ("oft-stated"); before another such word, also a degree or -ly adverb ("most
    explosive", "increasingly harsh")."""
    if word in load_set("noun_cue_adjectives") or "-" in word.strip("-"):
        return True
    if word.endswith("ed") and not word.endswith("eed") and len(word) > 4:
        return True
    return not last and (word in DEGREE_WORDS or (word.endswith("ly") and len(word) > 4))


def _possessive_reach(text: str, start: int) -> int:
    """Where a match of MODIFIED_POSSESSIVE_BEFORE ending at ``start`` may begin, at the
    earliest: within its reach, after the line break and the fourth space before
    ``start``, as the match holds neither a line break nor more than three spaces. A few
    str.rfind calls spare the pattern a try at each of the 90 characters; a tab or a
    no-break space, which the match may hold too, leaves the whole reach."""
    lo = max(0, start - MODIFIED_POSSESSIVE_REACH)
    if text.find("\t", lo, start) >= 0 or text.find("\u00a0", lo, start) >= 0:
        return lo
    at = start
    for _ in range(MODIFIED_POSSESSIVE_SPACES + 1):
        at = text.rfind(" ", lo, at)
        if at < 0:
            break
    return max(lo, at, text.rfind("\n", lo, start))


def modified_possessive(text: str, start: int) -> re.Match[str] | None:
    """The possessive (group "owner") and its modifiers right before ``start`` when they
    make the form there a noun of the possessor's ("his repeated claims that ...", "Mr.
    Trump's fire-breathing vows to ..."), not a verb whose subject ends in an adjective
    ("his aides claim", "her economic plan promises" keep their verb); else None."""
    if text[start - 2 : start - 1] not in LOWER_LETTERS:
        return None  # the word before is no lower-case word: most forms stop here
    m = MODIFIED_POSSESSIVE_BEFORE.search(text, _possessive_reach(text, start), start)
    if m is None:
        return None
    words = m.group("words").split()
    if all(_is_noun_modifier(w, i == len(words) - 1) for i, w in enumerate(words)):
        return m
    return None


def _after_recording(text: str, start: int) -> bool:
    """Whether a recording or a message (data/recording_words.txt) stands right before
    ``start``: "a video posted", "a message shared"."""
    return _word_before(text, start) in load_set("recording_words")


# Words after a participle that names a recording: a place, a time or an agent ("a
# video posted on Facebook", "a clip shared online", "a message sent Friday").
PARTICIPLE_FOLLOWERS = frozenset(
    {
        "on",
        "to",
        "by",
        "in",
        "at",
        "from",
        "online",
        "earlier",
        "later",
        "last",
        "this",
        "after",
        "before",
        "during",
        "over",
        "with",
        "via",
        "and",
        "as",
        "for",
        "of",
    }
)


# Any word after a form.
ANY_NEXT_WORD = re.compile(r"[ \t\n\u00a0]([A-Za-z]{2,20})\b")


def _object_follows(key: str, text: str, end: int) -> bool:
    """Whether a word that is no preposition or date follows the form: "in his speech
    called [immigrants] rapists" and "The video showed [that] ..." state; "a video posted
    on Facebook", "a video posted Friday" and "a speech called The Future" name."""
    after = ANY_NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    if word[0].isupper():
        return key != "called" and word.casefold() not in CALENDAR_NAMES
    return word not in PARTICIPLE_FOLLOWERS


def _after_document(text: str, start: int) -> bool:
    """Whether a document (data/document_words.txt) stands right before ``start``: "a
    statement issued", "the report published"."""
    return _word_before(text, start) in load_set("document_words")


@cache
def _named_thing_before() -> re.Pattern[str]:
    """ "a/an" or "one", up to three words (no preposition) and a noun of
    ``data/naming_nouns.txt`` right before "called": "a newly formed super PAC called", "a
    Facebook group called", "one PAC called"; inside a sentence, a phrase of a preposition
    and up to four words may follow the noun: "a group of disaffected Ethiopians called",
    "an exhibit at 900 Grand Concourse called" ("A group of senators called Trump a liar"
    opens its sentence with the source, "the head of a group in Iowa called Trump a liar"
    has the group after a preposition)."""
    nouns = alternation(load_set("naming_nouns", casefold=False), boundary=False)
    words = r"(?:[ ](?!(?:for|to|of|at|with|from|in|on|by)\b)[\w-]+){0,3}"
    return re.compile(
        rf"\b(?:[Aa]n?|[Oo]ne){words}[ ]{nouns}[ ]\Z"
        # (not after a preposition: "the head of a group in Iowa called Trump a liar")
        r"|(?<!\bof[ ])(?<!\bfor[ ])(?<!\bwith[ ])(?<!\bfrom[ ])(?<!\bto[ ])"
        rf"\b(?:an?|one){words}[ ]{nouns}[ ](?:of|at|from|in|on|by)(?:[ ][\w’'.-]+){{1,4}}[ ]\Z"
    )


def _name_follows(text: str, end: int) -> bool:
    """A capital after a form, or after an opening mark: "called Sandy Hook Promise",
    "called “Master Builder Series”", "what's called “feather duvet lung”"."""
    after = text[end + 1 : end + 3]
    if text.startswith("''", end + 1):
        after = text[end + 3 : end + 4]  # "called ''Yuge!''": two apostrophes open a quotation
    if text.startswith("the ", end + 1):
        after = text[end + 5 : end + 7]  # "a movement called the Ethiopian People's ..."
    return after[:1].isupper() or (after[:1] in OPENING_MARKS and after[1:].isupper())


# The naming form that reports a choice when a subject makes it ("Obama named [her
# Holder's successor]", "Fiorina named [a Washington favorite as her guilty pleasure]").
NAMED = "named"
# What makes "named" name no one's choice: an eponym after it ("named for Ali", "named
# after Abraham Lincoln"), a verb or "in" after a participle ("the states named are
# ...", "named in a lawsuit").
NO_CHOICE_AFTER = re.compile(r"[ ](?:for|after|in|is|are|was|were|have|has|had)\b")


def _names_no_one(text: str, start: int, end: int) -> bool:
    """Whether "named" at ``start`` gives a thing or a person its name, or is a passive,
    rather than telling of a choice: after a lower-case noun and before a name ("a worker
    named Antonio Arroyo", "a cleric named Fethullah Gulen"), before an eponym, a verb or
    "in" ("a class named for Ali", "the states named are ..."), or after a form of "be" ("will officially be named the nominee", "was
    named in a grand jury indictment"). A subject word or an adverb before it keeps the
    choice: "who named Cruz", "the governor first named her", "Clinton named six"."""
    if NO_CHOICE_AFTER.match(text, end) is not None:
        return True
    if PASSIVE_BE.search(text, max(0, start - 24), start) is not None:
        return True
    word = _word_before(text, start)
    return (
        word is not None
        and not word.endswith("ly")
        and word not in load_set("verb_subjects")
        and _name_follows(text, end)
    )


# Opening quotation marks before a name.
OPENING_MARKS = frozenset("“\"‘'")


# A capitalised word and a space right before a set phrase capitalised in turn: the
# phrase's first word goes on a name ("[ABC ]News shows"). A word that ends its
# sentence ("said. In reply") has a mark before the space.
NAME_WORD_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w&'’-]{0,30}[ ]\Z")
# How far back that word is looked for: its longest length and the space.
NAME_WORD_REACH = 33


def _ends_name_before_object(text: str, lo: int, end: int) -> bool:
    """Whether a capitalised set phrase at ``lo`` goes on a name before it, and an object
    follows its last form: the form is the verb of the name ("a poll by ABC News shows
    [the billionaire] leading"), no noun of a set phrase ("appeared on Fox News shows to
    tout", "on Fox News shows on Sunday")."""
    return (
        NAME_WORD_BEFORE.search(text, max(0, lo - NAME_WORD_REACH), lo) is not None
        and NOT_A_VERB_AFTER.match(text, end) is None
    )


def _in_idiom(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    """Whether the form at ``start`` ends a set phrase of ``data/cue_idioms.txt``. Only
    the phrases whose words end in the character two before the form are read ("he
    said" reads the phrases in "e ": "The same can be said", none in "That ")."""
    for before, comma in lex.idioms[key].get(text[start - 2 : start - 1].casefold(), ()):
        lo = start - len(before)
        printed = text[lo:start] if lo >= 0 else ""
        if (
            printed
            # as listed, or with a capital first letter: "In reply"
            and (
                printed == before
                or (
                    printed[1:] == before[1:]
                    and printed[:1] == before[:1].upper()
                    and not _ends_name_before_object(text, lo, end)
                )
            )
            and (not comma or text[end : end + 1] == ",")
            # "a say", not "Obama say"; a phrase that opens on a comma ("to, say, 5") needs
            # no word boundary
            and (not before[0].isalnum() or not text[lo - 1 : lo].isalnum())
        ):
            return True
    return False


# The word right before a bare form ("who support", "Millennials support").
PREVIOUS_WORD = re.compile(r"([\w'’-]+)[ ]\Z")
# What makes a bare form a noun or a phrase after it: a preposition, a particle, a verb
# ("support for", "support among", "back down", "support is"), or no word at all.
NOT_A_VERB_AFTER = re.compile(
    r"[ ](?:for|of|from|among|in|on|at|to|and|or|with|by|is|was|has|had|will|would"
    r"|down|away|off|up|out|into|home|then)\b|[^ ]"
)
# Words ending in "s" that are no plural noun ("His support", "This support").
NOT_PLURALS = frozenset({"his", "its", "this", "was", "is", "has", "does", "hers", "ours"})


def _bare_verb(text: str, start: int, end: int) -> bool:
    """Whether a bare form of ``data/bare_verb_cues.txt`` is a verb here: after a word
    of ``data/verb_subjects.txt`` or a plural noun of people, with an object after it."""
    m = PREVIOUS_WORD.search(text, max(0, start - 30), start)
    if m is None or NOT_A_VERB_AFTER.match(text, end) is not None:
        return False
    word = m.group(1)
    folded = word.casefold().rpartition("-")[2]  # "three-quarters": its last part
    if folded in load_set("verb_subjects"):
        return True
    plural = (
        folded.endswith("s")
        and not folded.endswith(("ss", "'s", "’s", "us"))
        and folded not in NOT_PLURALS
    )
    return plural and (
        word[0].isupper()
        or folded in load_set("group_nouns")
        or folded in load_set("source_openers")
    )


# The bare form "question", a doubt cast on what follows it only before a clause of
# doubt or a thing named by a determiner or an owner: "to question [whether Cruz is
# eligible]", "continued to question [Cruz's temperament]", "question [my judgment]";
# before a person it is an interrogation ("to question several witnesses", "to
# question Clinton").
QUESTION = "question"
QUESTIONED_AFTER = re.compile(
    r"[ ](?:whether|if|why|how|what|the|his|her|their|its|my|your|our"
    r"|[A-Z][\w.-]{0,30}(?:'s|’s))\b"
)


# The lemma "call", whose forms convene an event as well as name or ask.
CALL_LEMMA = "call"


@cache
def _convened_event() -> re.Pattern[str]:
    """ " a" or " an", up to two words and an event of ``data/convened_events.txt`` right
    after a form of "call": "[called] an emergency meeting"; without the article, at most
    one word before the event ("[calls] snap election")."""
    events = alternation(load_set("convened_events"), boundary=False)
    return re.compile(
        rf"[ ](?:a|an)(?:[ ][\w-]+){{0,2}}?[ ]{events}\b"
        # a headline drops the article: "Macron calls snap election", "calls elections"
        rf"|[ ](?:(?!(?:for|the|on|it|him|her|them|off|out)\b)[a-z][\w-]*[ ])?{events}\b"
        r"(?![ ](?:a|an)\b)"  # "call vote a sham" names it
    )


def _convenes(text: str, end: int) -> bool:
    return _convened_event().match(text, end, end + 60) is not None


@cache
def _telephone_call_object() -> re.Pattern[str]:
    """A person right after a form of "call", then a weekday (with or without "on") or a
    word of ``data/telephone_call_tails.txt``: a telephone call, no naming and no appeal.
    The person is a personal pronoun, one to three capitalised words ("Sanders", "Mr.
    Obama") or "both" / "several" / "each" and one word ("both candidates"); a naming has
    its complement first ("called him a liar Tuesday"). A form that ends its sentence
    has no object: a call too."""
    weekdays = {r["word"] for r in load_table("date_words") if r["kind"] == "weekday"}
    tails = alternation(load_set("telephone_call_tails") | weekdays)
    return re.compile(
        r"[ ](?:him|her|me|us|them"  # the object
        r"|[A-Z][\w.’'-]{0,30}(?:[ ][A-Z][\w.’'-]{0,30}){0,2}"
        r"|(?:both|several|each)[ ][a-z]{1,30})"
        rf"[ ](?:on[ ])?(?i:{tails})"  # the time or manner of the call
        r"|[.;](?:\s|\Z)"  # no object: "Then, last week, Eric Trump called."
    )


def _telephones(text: str, end: int) -> bool:
    return _telephone_call_object().match(text, end, end + 120) is not None


# A form of "be" before a participle, negated in its contraction too ("isn't expected",
# "wasn’t expected"), and the words that may stand between them ("was later identified",
# "is not expected", "was first reported").
BE_BEFORE_PARTICIPLE = r"\b(?:(?:is|are|was|were)n[’']t|is|are|was|were|be|been|being)"
BETWEEN_BE_AND_PARTICIPLE = r"[a-z]+ly\s|not\s|also\s|first\s|later\s"
# A form of "be" right before a form, an adverb, "not" or "also" at most between: a
# passive ("were found", "was later identified", "is not expected").
PASSIVE_BE = re.compile(
    rf"{BE_BEFORE_PARTICIPLE}\s(?:{BETWEEN_BE_AND_PARTICIPLE})?\Z"
)  # "was first reported by BuzzFeed"


@cache
def _passive_view_be() -> re.Pattern[str]:
    """See :func:`passive_view_before`; ``short`` is the form of "be" cut short."""
    adverbs = alternation(load_set("passive_view_adverbs"))
    return re.compile(
        rf"(?:{BE_BEFORE_PARTICIPLE}"
        rf"|(?P<short>\b(?:[Hh]e|[Ss]he|[Ii]t|[Ww]hat|[Tt]hat)[’']s|\b(?:[Tt]hey|[Ww]e|[Yy]ou)[’']re))"
        rf"\s(?:{BETWEEN_BE_AND_PARTICIPLE}|(?:{adverbs})\s)?\Z"
    )


def passive_view_before(text: str, lo: int, start: int, form: str) -> bool:
    """Whether a form of "be" stands before ``form``, a cue of
    ``data/passive_only_cues.txt`` at ``start`` (searched from ``lo`` on). Besides what
    :data:`PASSIVE_BE` takes, it may hold an adverb of ``data/passive_view_adverbs.txt``
    ("[Allergan is best known for making Botox]", "what is now known as") and, before a
    form with its preposition, be cut short after a pronoun ("[she's seen as part of the
    people in power]", "it's known as"). Only for these cues: after "'s" a participle
    alone is mostly a perfect ("he's said", "who's argued", "he's considered a run"),
    but not after "it", which holds no view ("[it’s assumed the ruling should benefit
    Sanders]": "it is"); and "still" before an adjective of stance keeps its subject the
    holder ("is still persuaded")."""
    be = _passive_view_be().search(text, max(lo, start - 24), start)
    return be is not None and (
        be.group("short") is None
        or " " in form
        or be.group("short")[:2].casefold() == "it"  # "it’s assumed": "it is"
    )


def _time_after_by(text: str, at: int) -> bool:
    """Whether the word at ``at`` (after "by ") opens a time: a calendar name ("by May
    15", "by Friday") or "the end" ("by the end of the year"); "by 52 percent" is an
    agent."""
    word = WORD_AT.match(text, at)
    if word is None:
        return False
    first = word.group()
    return first.casefold() in CALENDAR_NAMES or text.startswith("the end", at)


# A word at a position.
WORD_AT = re.compile(r"\w+")


@cache
def _measure_after() -> re.Pattern[str]:
    """A noun of ``data/measure_nouns.txt`` as the object of a form of
    ``data/measure_only_cues.txt``, up to four words on: "signed [into law] [the $305
    billion] measure", "passed [a] bill"; no preposition opens them ("measures
    introduced in last year's budget" names when)."""
    nouns = alternation(load_set("measure_nouns"))
    return re.compile(
        rf"""[ ](?:into[ ]law[ ])?
        (?!(?:in|on|at|by|for|from|with|to|under|during|after|before|since|over|as|through
            |without|within)\b)
        (?:[\w$’'-]+(?:[.,][\w’']+)*[ ]){{0,4}}?{nouns}\b""",
        re.VERBOSE,
    )


# A name right after a form of ``data/name_only_cues.txt``: a capitalised word, after
# "the", "former", "then-" and a title at most ("backing [former Gov. Jeb Bush]").
NAME_OBJECT_AFTER = re.compile(
    r"[ ](?:the[ ]|former[ ]|then-[a-z]+[ ])?(?:(?:Sen|Gov|Rep|Mr|Mrs|Ms|Dr)\.[ ])?[A-Z][a-z]"
)
# What ends a passive of ``data/passive_only_cues.txt`` with no complement: a mark, an
# agent or a phrase of place, time or manner ("is being considered[ by] the House",
# "was considered[ in] committee", "will be considered[.]").
NO_COMPLEMENT_AFTER = re.compile(
    r"\s*(?:[,.;:)—–-]|\Z|(?:by|in|at|on|for|during|after|before|until|and|but|or|when|if"
    r"|because|since|with|without|today|now|later|again)\b)"
)
# What a passive of ``data/passive_complement_cues.txt`` reports through: "was found
# [to]", "was shown [that]", "is identified [as]", "is shown [lecturing]: “...”", or
# "as" and a participle a few words on: "was quoted on British television at the
# weekend [as saying]".
PASSIVE_REPORT_AFTER = re.compile(
    r"[ \t\u00a0](?:to|that|as|[a-z]{2,}ing)\b|[^.;:“”\"]{0,80}?\sas\s[a-z]{2,}ing\b"
)


# What a passive of ``data/passive_agent_cues.txt`` reports through: "was confirmed
# [that] ...", "[to] be", "[by] the company".
PASSIVE_AGENT_AFTER = re.compile(r"[ \t\n\u00a0](?:that|to|by)\b")


# "as" a few words after a passive of ``data/passive_as_cues.txt``, inside its clause:
# "is referred to [as] a firewall", "are often referred to by aides [as] ...".
PASSIVE_AS_AFTER = re.compile(r"[^.;:“”\"]{0,80}?\sas\s")


# What a passive of ``data/agent_view_cues.txt`` reports through: its agent and "as" a
# few words on, inside its clause: "was seen[ by some as] a demotion".
AGENT_AS_AFTER = re.compile(r"[ ]by[ ][^,.;:“”\"]{1,60}?[ ]as[ ]")


# Pronouns that are the subject of the verb right after them: "[it] deemed", "[who]
# compared".
SUBJECT_WORDS = PERSONAL_SUBJECTS | {"who"}
# Capitalised words that open a phrase and are no subject of their own: "[The] deemed ...".
NO_SUBJECTS = frozenset({"the", "a", "an", "this", "these", "those", "now", "so", "then"})
# Auxiliaries and adverbs of data/cue_adverbs.txt read over back to a subject: "Mr. Obama
# [has] deemed", "She [also] compared".
MAX_SKIPPED_ADVERBS = 2


def _subject_before(lex: CueLexicon, text: str, start: int) -> bool:
    """Whether a subject stands before the verb at ``start``, with at most two auxiliaries
    or adverbs (of ``data/cue_adverbs.txt``, or in -ly) between: a pronoun ("it deemed", "who
    compared"), or a name's last word ("Politifact deemed", "Mr. Obama has deemed"). A noun
    of things ("emails now deemed", "a chart comparing") or a preposition ("focuses on
    comparing") is none."""
    at = start
    for _ in range(MAX_SKIPPED_ADVERBS + 1):
        m = PREVIOUS_WORD.search(text, max(0, at - 30), at)
        if m is None:
            return False
        word = m.group(1)
        folded = word.casefold()
        if folded in SUBJECT_WORDS:
            return True
        if folded not in lex.adverbs and not folded.endswith("ly"):
            return word[0].isupper() and folded not in NO_SUBJECTS
        at = m.start()
    return False


def _passive_or_bare_participle(text: str, key: str, start: int, end: int) -> bool:
    """Whether a participle in -ed of ``data/subject_only_cues.txt`` is a passive ("They
    will be listed on the London Stock Exchange", "the trade was promoted") or has no
    object after it ("the shares Nomura listed in Frankfurt", "the plan she presented to
    the board"): it reports nothing of its subject's."""
    verb = key.partition(" ")[0]
    if not verb.endswith("ed"):
        return False
    if PASSIVE_BE.search(text, max(0, start - 24), start) is not None:
        return True
    return verb == key and NO_COMPLEMENT_AFTER.match(text, end) is not None


def subject_before(text: str, start: int) -> bool:
    """:func:`_subject_before` with the cue lexicon: whether the verb at ``start`` follows
    its subject ("Sanders said", "he has signed")."""
    return _subject_before(cue_lexicon(), text, start)


# What else may stand before a form of ``data/likening_cues.txt`` that likens: "to"
# ("lawmakers [to] compare"), or a comma before its participle ("..., comparing Carson
# to a child molester").
LIKENING_LEAD = re.compile(r"(?:\bto|,)[ ]\Z")


def _likens(lex: CueLexicon, text: str, start: int, end: int) -> bool:
    """Whether a form of ``data/likening_cues.txt`` likens its object to something: a
    subject or a lead before it, an object and "to" or "with" after it."""
    return LIKENED_OBJECT_AFTER.match(text, end) is not None and (
        _subject_before(lex, text, start)
        or LIKENING_LEAD.search(text, max(0, start - 4), start) is not None
    )


# "as" a few words after a form of ``data/as_only_cues.txt``, inside its phrase (no comma
# between): "cast [himself] as a Washington outsider", "framed [the race] as a fight";
# not "cast a ballot since 2008, in what is being criticized as ...".
FRAMED_AS_AFTER = re.compile(r"[^.,;:“”\"]{0,60}?\sas\s")


# An object, then "to" or "with" a few words after a form of ``data/likening_cues.txt``,
# inside its phrase (no comma between): "compared [her rival] to a used car salesman",
# "comparing [himself] with Mrs. Clinton"; not "compared with 23% of Democrats".
LIKENED_OBJECT_AFTER = re.compile(r"[ ](?!(?:to|with|as)\b)[^.,;:“”\"]{0,80}?\s(?:to|with)\s")


# Compound heads that still report before "to": "an apparent counter to ..." answers
# someone ("a quick call to the Secret Service" reports nothing).
ANSWER_NOUNS = frozenset({"counter"})


# The word right before a phrase, any case.
ANY_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t\n\u00a0]\Z")


# The spaces ANY_WORD_BEFORE allows after its word.
SPACES_AFTER_WORD = frozenset(" \t\n\u00a0")


def _word_and_space_before(text: str, lo: int, start: int) -> bool:
    """What ANY_WORD_BEFORE needs right before ``start``: an ASCII letter, then a space."""
    return (
        start - lo >= 2
        and text[start - 1] in SPACES_AFTER_WORD
        and text[start - 2].isascii()
        and text[start - 2].isalpha()
    )


def listener_cue_before(text: str, lo: int, start: int) -> bool:
    """Whether a form of a cue whose object is a listener ("told", "informs", "warned")
    stands right before ``start``: "told [Reuters] ...", "told [the ABC] ..."."""
    if not _word_and_space_before(text, max(lo, start - 16), start):
        return False  # most phrases: no word right before them, no pattern run
    m = ANY_WORD_BEFORE.search(text, max(lo, start - 16), start)
    if m is None:
        return False
    form = cue_lexicon().forms.get(m.group(1).casefold())
    return form is not None and form[0] in LISTENER_LEMMAS


# The forms of "show" that are nouns after a word of data/show_premodifiers.txt: "his
# late night show", "favorite TV shows", "another show of strength".
SHOW_NOUNS = frozenset({"show", "shows"})
# The lemmas whose forms :func:`_charges_money` and :func:`_seeks_office` test.
CHARGE_LEMMA = "charge"
SEEK_LEMMA = "seek"
# The lemma "find", whose forms come upon things as well as report findings.
FIND_LEMMA = "find"
# The lemma "seem", whose forms report no impression once negated.
SEEM_LEMMA = "seem"
# The lemma "appear", whose forms also tell where or as whom someone shows up.
APPEAR_LEMMA = "appear"
# A negation right before a form, a word in -ly at most between: "doesn't seem",
# "can't seem", "did not seem", "does not really seem".
NEGATION_BEFORE = re.compile(r"(?:n[’']t|\bnot|\bcannot)[ ](?:[a-z]+ly[ ])?\Z")


# Forms that report only after a name or a pronoun, their source: "The Washington Post
# reports that ...", "CBS News reports:", "it reports that" ("news reports that" is a noun).
NAMED_REPORTER_FORMS = frozenset({"reports"})
# A sentence's end right after a form: "[A], The Wall Street Journal reports."
CLOSING_AFTER = re.compile(r"\.(?![\w.])")
# A comma, then a source of a few words up to the form: "[A][, the Daily Caller ]reports."
SOURCE_AFTER_COMMA = re.compile(r",[ ][^,.;:“”\"\n]{2,60}[ ]\Z")


def _closes_sentence(text: str, start: int, end: int) -> bool:
    """Whether a form ends a sentence after its source, itself after a comma: "[A], the
    Daily Caller reports." ("Mideast reports, expects": a noun)."""
    return (
        CLOSING_AFTER.match(text, end) is not None
        and SOURCE_AFTER_COMMA.search(text, max(0, start - 64), start) is not None
    )


# The words of an outlet's name read back from a form: "The [Washington Post] reports",
# "the [Associated Press] reports", "[Breitbart] reports".
MAX_OUTLET_WORDS = 3
# A word and the space after it, read back from a form one at a time.
OUTLET_WORD_BEFORE = re.compile(r"([\w.&'’-]+)[ ]\Z")
# What a form's noun reading takes after it: "CNN reports [during] its newscasts",
# "Tehran reports [of] a new offensive".
NOUN_REPORTS_AFTER = re.compile(
    r"[ ](?:of|on|in|during|from|about|for|to|by|at|with|and|or)\b|[^ ]"
)


def _outlet_reports(text: str, start: int, end: int) -> bool:
    """Whether a form follows the name of an outlet of ``data/media_outlets.txt`` and
    goes on with a clause, which the outlet reports with no "that": "The Washington Post
    reports [Clinton's last press conference was held on Dec. 4]" ("CNN reports during
    its newscasts": a noun)."""
    if NOUN_REPORTS_AFTER.match(text, end) is not None:
        return False
    outlets = load_set("media_outlets")
    words: list[str] = []
    at = start
    for _ in range(MAX_OUTLET_WORDS):
        m = OUTLET_WORD_BEFORE.search(text, max(0, at - 40), at)
        if m is None or not m.group(1)[0].isupper():
            return False  # an outlet's name is capitalised: "news reports" is a noun
        words.insert(0, m.group(1).casefold())
        if " ".join(words) in outlets:
            return True
        at = m.start()
    return False


# A name that closes the sentence right after a form, its source printed after it: "[A],
# reports [USA Today]." / "[A], reports [the Washington Examiner]." Capitalised words, at
# most four, then the sentence's end.
INVERTED_REPORTER_AFTER = re.compile(
    r"[ ](?:the[ ])?[A-Z][\w.&'’-]*(?:[ ][A-Z][\w&'’-]*){0,3}\.(?![\w.])"
)


def _closing_inverted_report(text: str, start: int, end: int) -> bool:
    """Whether a form follows a comma and its source, a name, closes the sentence after
    it: "“A,” said Kristen Day, executive director of Democrats for Life, reports USA
    Today." (a noun takes no name after it: "Mideast reports, expects")."""
    return text.endswith(", ", 0, start) and INVERTED_REPORTER_AFTER.match(text, end) is not None


# Pronouns that may report: "it reports that".
REPORTING_PRONOUNS = frozenset({"it", "he", "she"})


def _named_reporter_before(text: str, start: int) -> bool:
    """Whether a capitalised word (a name's end) or a pronoun stands right before ``start``."""
    m = PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1)
    if word.casefold() in load_set("report_modifiers"):
        # "News reports that ...": a noun; "Fox News reports that ...": a name
        before = PREVIOUS_WORD.search(text, max(0, m.start() - 40), m.start())
        return before is not None and before.group(1)[0].isupper() and word[0].isupper()
    return (word[0].isupper() and word.casefold() not in ("the", "a", "an")) or (
        word in REPORTING_PRONOUNS
    )


# The lemma "decline", whose forms are a fall in a figure as well as a refusal.
DECLINE_LEMMA = "decline"


@cache
def _fall_after() -> re.Pattern[str]:
    """What makes a form of "decline" a fall in a figure: an adverb of
    ``data/degree_adverbs.txt`` ("declined significantly"), or a number, "from" or "by"
    and a number, after one adverb in -ly at most ("declined 40 percent", "has declined
    slightly from 58 percent", "declined by 3 pct")."""
    adverbs = alternation(load_set("degree_adverbs"))
    return re.compile(rf"[ ](?:{adverbs}|(?:[a-z]{{2,20}}ly[ ])?(?:\d|from\b|by[ ]\d))")


# The lemma "add", whose forms grow a count as well as go on speaking.
ADD_LEMMA = "add"


@cache
def _count_after() -> re.Pattern[str]:
    """A number right after a form of "add", after a word of ``data/approximators.txt``
    at most: "added [around 292,000] jobs", "have added [1 million] jobs", "added [$3
    billion]" ("added that 3 people died" reports)."""
    approximators = alternation(load_set("approximators"))
    return re.compile(rf"[ ](?:{approximators}[ ])?\$?\d")


def _after_show_modifier(text: str, start: int) -> bool:
    """Whether a word of ``data/show_premodifiers.txt`` stands right before ``start``."""
    m = PREVIOUS_WORD.search(text, max(0, start - 24), start)
    return m is not None and m.group(1).casefold() in load_set("show_premodifiers")


@cache
def _money_after() -> re.Pattern[str]:
    """Up to four words (no "with" first), then a sum ("$", an amount of money) or a word of
    ``data/fee_words.txt``: "charged [a $100,000 initiation fee]", "charged [his campaign
    for rent]", "charged [the campaign approximately $3.7 million]"."""
    fees = alternation(load_set("fee_words"))
    return re.compile(
        # "charged with price undercutting": an accusation, whatever follows
        rf"(?![ ](?i:with)\b)(?:[ ][\w'’-]+){{0,4}}?[ ](?:\$|\d[\d.,]*[ ](?:million|billion|dollars|cents)\b|{fees})"
    )


def _charges_money(text: str, end: int) -> bool:
    """Whether a form of "charge" asks a price, with no accusation: a sum or a fee a few
    words on, inside 60 characters ("charged a $100,000 initiation fee")."""
    return _money_after().match(text, end, min(len(text), end + 60)) is not None


@cache
def _office_after() -> re.Pattern[str]:
    """A determiner, up to two words and an office of ``data/sought_offices.txt``:
    "seeking [the Democratic nomination]", "seeking [a fifth term]"."""
    offices = alternation(load_set("sought_offices"))
    return re.compile(rf"[ ](?:the|a|an|his|her|their|its)(?:[ ][\w-]+){{0,2}}?[ ](?i:{offices})")


# The lemma "concede", whose forms give up a contest as well as admit a point.
CONCEDE_LEMMA = "concede"


@cache
def _contest_after() -> re.Pattern[str]:
    """A contest of ``data/conceded_contests.txt`` right after a form of "concede", after
    a determiner and up to two words: "conceding [the race]", "concede [defeat]",
    "conceded [the Iowa caucuses]"; no verb follows it in a few words ("conceded the
    primary in Iowa was close" reports a clause)."""
    contests = alternation(load_set("conceded_contests"))
    return re.compile(
        rf"[ ](?:(?:the|a|an|his|her|their|its)(?:[ ][\w-]+){{0,2}}?[ ])?(?i:{contests})"
        r"(?![^.;:]{0,30}?\b(?:is|was|were|are|has|had|have|would|will|could|might|may)\b)"
    )


# The lemma "claim", whose forms take a prize as well as assert a point.
CLAIM_LEMMA = "claim"


@cache
def _prize_after() -> re.Pattern[str]:
    """A prize of ``data/claimed_prizes.txt`` right after a form of "claim", after a
    determiner, "more" or a number and up to two words: "claimed [the prize]", "claims
    [more territory]", "claiming [41 percent] of the vote"; no verb follows it in a few
    words ("claimed the seat was his" reports a clause), nor "share" or "stake" after a
    share ("CLAIMS 41 PCT SHARE OF CANADIAN MARKET" reports the size of a share)."""
    prizes = alternation(load_set("claimed_prizes"))
    return re.compile(
        rf"[ ](?:(?:the|a|an|his|her|their|its|more|\d[\d.,]*)(?:[ ][\w-]+){{0,2}}?[ ])?"
        rf"(?i:{prizes})\b(?![ ](?i:share|stake)\b)"
        r"(?![^.;:]{0,30}?\b(?:is|was|were|are|has|had|have|would|will|could|might|may)\b)"
    )


def _seeks_office(text: str, end: int) -> bool:
    """Whether a form of "seek" runs for an office: "who are also seeking the nomination"."""
    return _office_after().match(text, end, min(len(text), end + 60)) is not None


@cache
def _possessed_nouns() -> frozenset[str]:
    """Forms that are reporting nouns after a possessive: those of data/noun_cues.txt and
    data/noun_cue_forms.txt."""
    return load_set("noun_cues") | load_set("noun_cue_forms")


def _guard_table(lex: CueLexicon) -> dict[str, tuple[Guard, ...]]:
    """For each form of ``lex.guarded``, the tests of :func:`_not_a_cue` that can apply
    to it, by its spelling, lemma or word lists, in order: most forms pass one to three
    of the thirty-six tests ("told": its object idioms alone). A form that is a verb
    only after a subject has that test alone; the tests of a noun reading come last, as
    they tell whether the form is a cue."""
    lemma_of = {form: lemma for form, (lemma, _) in lex.forms.items()}

    def of_lemma(lemma: str) -> frozenset[str]:
        return frozenset(form for form, its_lemma in lemma_of.items() if its_lemma == lemma)

    ed_forms = frozenset(form for form in lex.forms if form.endswith("ed"))
    applies: tuple[tuple[Guard, Collection[str]], ...] = (
        (_possessed_noun, _possessed_nouns()),
        (_adjective_participle, ed_forms),
        (_in_object_idiom, lex.object_idioms.keys()),
        (_charges_price, of_lemma(CHARGE_LEMMA)),
        (_concedes_contest, of_lemma(CONCEDE_LEMMA)),
        (_seeks_office_only, of_lemma(SEEK_LEMMA)),
        (_negated_seeming, of_lemma(SEEM_LEMMA)),
        (_appears_as_role, of_lemma(APPEAR_LEMMA)),
        (_finds_a_thing, of_lemma(FIND_LEMMA)),
        (_claims_prize, of_lemma(CLAIM_LEMMA)),
        (_declines_figure, of_lemma(DECLINE_LEMMA)),
        (_adds_count, of_lemma(ADD_LEMMA)),
        (_names_show, SHOW_NOUNS),
        (_calls_meeting, of_lemma(CALL_LEMMA)),
        (_telephone_call, CALL_NOUNS),
        (_called_name, {"called"}),
        (_named_no_one, {NAMED}),
        (_argues_no_clause, argument_forms().keys()),
        (_no_that_clause, load_set("that_only_cues")),
        (_reports_noun, NAMED_REPORTER_FORMS),
        (_no_to_clause, load_set("to_only_cues")),
        (_no_stance_infinitive, load_set("infinitive_stance_cues")),
        (_no_framing_as, load_set("as_only_cues")),
        (_no_subject_stance, load_set("subject_only_cues")),
        (_likens_nothing, lex.likening),
        (_no_measure, load_set("measure_only_cues")),
        (_no_measure_before, load_set("measure_subject_cues")),
        (_no_name_object, load_set("name_only_cues")),
        (_no_passive_view, load_set("passive_only_cues")),
        (_passive_fact, load_set("passive_complement_cues")),
        (_passive_referral, load_set("passive_as_cues")),
        (_no_agent_view, load_set("agent_view_cues")),
        (_passive_vote, load_set("passive_agent_cues")),
        (_passive_modifier, ed_forms),
        (_names_recording, ed_forms),
        (_dates_document, load_set("publication_participles")),
        (_before_noun_or_particle, {form for form, _ in lex.modifiers | lex.particles}),
        (_expressed_noun, load_set("stance_nouns")),
        (_noun_reading, lex.nouns | load_set("finance_noun_cues") | lex.compounds),
    )
    table: dict[str, list[Guard]] = {form: [] for form in lex.guarded}
    for test, forms in applies:
        for form in forms:
            if form in table:
                table[form].append(test)
    for form in lex.bare_verbs:
        table[form] = [_bare_verb_reading]
    return {form: tuple(tests) for form, tests in table.items()}


def _not_a_cue(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    """The tests for the forms that are sometimes no cue (``CueLexicon.guarded``): those
    that can apply to ``key`` (``CueLexicon.guards``), in order, the first that holds."""
    for test in lex.guards[key]:  # noqa: SIM110 - a loop: no generator per call
        if test(lex, key, text, start, end):
            return True
    return False


def _bare_verb_reading(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "their support", "support for"; "to question witnesses": an interrogation
    return not _bare_verb(text, start, end) or (
        key == QUESTION and QUESTIONED_AFTER.match(text, end) is None
    )


def _possessed_noun(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "their old shows", "its last forecast at 21.98 mln": a noun, no verb of "their
    # old"; a reporting noun with its complement reports, of the possessor
    # (speakers.possessor_only): "his repeated claims that ..."
    return modified_possessive(text, start) is not None and not (
        key in load_set("noun_cues")
        and (NOUN_COMPLEMENT.match(text, end) or COPULA_THAT.match(text, end)) is not None
    )


def _adjective_participle(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "a politically charged visit", "a swiftly called meeting", "the most criticized
    # nominee": an adjective
    return (
        _word_before(text, start) in load_set("participle_adverbs")
        or _adverb_after_determiner(text, start)
        or _degree_after_determiner(text, start, end)
    )


def _in_object_idiom(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "found a way to make it so", "finds its way to the city": no finding
    return any(
        text.startswith(after, end) and not text[end + len(after) : end + len(after) + 1].isalnum()
        for after in lex.object_idioms[key]
    )


def _charges_price(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "charged a $100,000 initiation fee": a price, no accusation
    return _charges_money(text, end)


def _concedes_contest(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "conceding the race to Clinton": a contest given up, no admission
    return _contest_after().match(text, end) is not None


def _seeks_office_only(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "who are also seeking the nomination": a candidacy, no stated aim
    return _seeks_office(text, end)


def _negated_seeming(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "voters don't seem as engaged", "He just can't seem to convince the voters": a
    # negated impression, which PolNeAR leaves unannotated
    return NEGATION_BEFORE.search(text, max(0, start - 16), start) is not None


# "as" right after a form of "appear", not "as if" or "as though": the role or the
# guise one shows up in ("she appeared as Grayson's girlfriend", "making cash appear as
# needed"); "appeared as if it might be an anticlimax" reports an impression.
AS_ROLE_AFTER = re.compile(r"[ ]as[ ](?!(?:if|though)\b)")


def _appears_as_role(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "when she appeared as Grayson's girlfriend": an appearance, no impression
    return AS_ROLE_AFTER.match(text, end) is not None


@cache
def _found_thing_after() -> re.Pattern[str]:
    """ " it", " them", or a determiner and one to three words (none of them "of", "to",
    "that", a verb of "be", "have" or a modal, or a word in -ed), then a word of
    ``data/found_thing_followers.txt``: the object of a form of "find" that one comes
    upon ("found [the posts] years ago", "found [a receptive audience] for his message",
    "found [it] somewhere else"; "found the United States was in breach" reports)."""
    followers = alternation(load_set("found_thing_followers"))
    return re.compile(
        r"[ ](?:it|them|(?:a|an|the|their|his|her|its)"
        r"(?:[ ](?!(?:of|to|that|is|was|were|are|has|had|have|would|will|could|might|may)\b"
        r"|[a-z]+ed\b)"  # "found the senator lied in ...": a clause
        r"[\w-]+){1,3}?)"
        rf"[ ]{followers}"
    )


def _finds_a_thing(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "Facebook found the posting in May", "Sanders found a receptive audience for his
    # message": a thing come upon, no finding ("found it difficult", "found the area
    # welcoming" report one)
    return _found_thing_after().match(text, end) is not None


def _claims_prize(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "claiming 41 percent of the vote", "claimed the prize": a win
    return _prize_after().match(text, end) is not None


def _declines_figure(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "trade declined 40 percent": a fall in a figure, no refusal
    return _fall_after().match(text, end) is not None


def _adds_count(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "the U.S. added around 292,000 jobs": a count grows, no remark
    return _count_after().match(text, end) is not None


def _names_show(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "the popular weekly show", "favorite TV shows": a broadcast
    return _after_show_modifier(text, start)


def _calls_meeting(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "called an emergency meeting", "called a snap election"; "called Sanders shortly
    # after the winner was declared", "called both candidates Tuesday night": a telephone
    # call (PolNeAR has no attribution for it)
    return _convenes(text, end) or _telephones(text, end)


def _telephone_call(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "about the call", "Saturday’s call": a telephone call, no appeal
    return _after_determiner(text, start) and CALL_COMPLEMENT.match(text, end) is None


def _called_name(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "the so called reforms", "a program called Sandy Hook Promise"
    return text[max(0, start - 4) : start].casefold() in SO or (
        _name_follows(text, end)
        and (
            NAMING_BEFORE.search(text, max(0, start - 40), start) is not None
            or _named_thing_before().search(text, max(0, start - 60), start) is not None
        )
    )


def _named_no_one(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "a worker named Antonio", "named for Ali", "was named the nominee"
    return _names_no_one(text, start, end)


def _argues_no_clause(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "make his case: ...", "make their case to voters", "made the case against Sanders":
    # nothing argued; "made the case that ..." and "made the case for legalized gambling"
    # argue what follows
    return THAT_ONLY_AFTER.match(text, end) is None and not (
        key.rpartition(" ")[2] in load_set("argued_for_nouns")
        and ARGUED_FOR.match(text, end) is not None
    )


def _no_that_clause(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "charging students $30,000", "charging the phone": no accusation ("[A], the
    # Daily Caller reports." closes a sentence with its source; "The Washington Post
    # reports [Clinton's last press conference was held ...]" names its outlet)
    return THAT_AFTER.match(text, end) is None and not (
        key in NAMED_REPORTER_FORMS
        and (
            _closes_sentence(text, start, end)
            or _outlet_reports(text, start, end)
            or _closing_inverted_report(text, start, end)
        )
    )


def _reports_noun(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "news reports that ...", "FEC reports that track ...": a noun ("[A], reports USA
    # Today." closes the sentence with its source after it)
    return not _named_reporter_before(text, start) and not _closing_inverted_report(
        text, start, end
    )


def _no_to_clause(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "plans for the convention", "with plans to": no intention stated
    return (
        not text.startswith(" to ", end)
        or NOUN_READING_BEFORE.search(text, max(0, start - 24), start) is not None
    )


def _no_stance_infinitive(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "eager for something less": no aim; "eager to talk about": the control frame's;
    # "Congress, eager to find budget savings, launches ...": set off, no statement
    return (
        not text.startswith(" to ", end)
        or cue_form_at(text, end + 4) is not None
        or comma_before(text, 0, start)
    )


def _no_framing_as(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "cast a ballot", "pitched a tent": no one framed as anything
    return FRAMED_AS_AFTER.match(text, end) is None


def _no_subject_stance(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "criticized for promoting links", "designed to promote": no stance; "will be
    # listed on the London Stock Exchange": no one's terms
    return _no_subject_reading(lex, text, key, start, end) or (
        # "NASA is looking to the private sector": no infinitive, no aim
        key.endswith(" to") and NOUN_PHRASE_AFTER.match(text, end) is not None
    )


def _likens_nothing(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "compared with 23% of Democrats": figures side by side; "a chart comparing
    # polls with results": a thing, no one's view
    return not _likens(lex, text, start, end)


def _no_measure(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "passed away", "signed autographs": an act, no stance on a measure
    return _measure_after().match(text, end) is None


def _no_measure_before(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "imposing sanctions ..., restricting their access": an act, no measure restricting
    return _word_before(text, start) not in load_set("measure_nouns")


def _no_name_object(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "the backing of party leaders", "financial backing": a noun
    return NAME_OBJECT_AFTER.match(text, end) is None


def _no_passive_view(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "he considered a run", "the trip, seen as a snub": no view reported; "the bill
    # is being considered by the House", "was considered in committee": a
    # deliberation, no view of what the subject is
    return (
        not passive_view_before(text, 0, start, key)
        and not (key in load_set("active_judgement_cues") and _subject_before(lex, text, start))
    ) or NO_COMPLEMENT_AFTER.match(text, end) is not None


def _passive_fact(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "were found dead", "the names were read": a fact, no statement
    return (
        PASSIVE_BE.search(text, max(0, start - 24), start) is not None
        and PASSIVE_REPORT_AFTER.match(text, end) is None
    )


def _passive_referral(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "The issue was referred to the FBI": a referral, no statement
    return (
        PASSIVE_BE.search(text, max(0, start - 24), start) is not None
        and PASSIVE_AS_AFTER.match(text, end) is None
    )


def _no_agent_view(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "had seen the film", "was seen by millions": no view, no one holding it
    return (
        PASSIVE_BE.search(text, max(0, start - 24), start) is None
        or AGENT_AS_AFTER.match(text, end) is None
    )


def _passive_vote(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "All were confirmed with Republican support": a vote, no statement
    return (
        PASSIVE_BE.search(text, max(0, start - 24), start) is not None
        and PASSIVE_AGENT_AFTER.match(text, end) is None
    )


def _passive_modifier(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "Forces trained by the US": a passive modifier, not a statement ("Kasich was
    # endorsed by the Globe" is one, of its agent, and so is "The bill, opposed by
    # House Republicans,": a stance taken on the noun)
    return text[end : end + 4] == " by " and (
        (
            PASSIVE_BE.search(text, max(0, start - 24), start) is None
            and lex.forms[key][0] not in lex.objects
        )
        or key in load_set("passive_complement_cues")  # "was quoted by PAP as saying"
        or _time_after_by(text, end + 4)  # "is expected by May 15": a time, no agent
    )


def _names_recording(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "in a video posted on Facebook": the participle names the recording
    return _after_recording(text, start) and not _object_follows(key, text, end)


def _dates_document(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "In a statement issued later, ...": the participle dates the text
    return _after_document(text, start)


def _before_noun_or_particle(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    # "pledged delegates": an adjective before its noun; "show up", "appeared on Fox
    # News": no statement
    after = NEXT_WORD.match(text, end)
    if after is None:
        return False
    noun = after.group(1)
    return (
        (key, noun) in lex.modifiers
        or (key, noun.removesuffix("s")) in lex.modifiers
        or (key, noun) in lex.particles
    )


# The lower-case word before a form, with the white space after it (a line break too, in
# wrapped text: "expressed\ndoubts").
PAST_BEFORE = re.compile(r"(?<![\w'’-])([a-z]{3,20})\s\Z")


def _expressed_noun(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    """Whether a noun form in -s stands right after the past of a cue of
    data/expressing_cues.txt, as its object: "who two days ago expressed [doubts] about"
    (the noun the expressing verb voices, no verb of its own)."""
    if not key.endswith("s"):
        return False
    before = PAST_BEFORE.search(text, max(0, start - 22), start)
    if before is None or not is_past(before.group(1)):
        return False
    lemma = lex.forms.get(before.group(1))
    return lemma is not None and lemma[0] in load_set("expressing_cues")


def _noun_reading(lex: CueLexicon, key: str, text: str, start: int, end: int) -> bool:
    """The tests of a noun reading, the last of a form: after a determiner, a noun that
    is a cue only with a possessive and its complement; a finance noun after a modifier;
    the head of a compound."""
    if key in lex.nouns and _after_determiner(text, start):
        # "the show", "their shows"; a reporting noun after a possessive, with its
        # complement, reports all the same: "the IMF's estimate of global growth"
        return not (
            key in load_set("noun_cues")
            and POSSESSIVE_BEFORE.search(text, max(0, start - 8), start) is not None
            and NOUN_COMPLEMENT.match(text, end) is not None
        )
    if key in load_set("finance_noun_cues") and _after_noun_modifier(text, start):
        return True  # "an initial offering", "senior notes", "the deficit forecast"
    return (
        key in lex.compounds
        and _heads_compound(text, start)
        and not (key in ANSWER_NOUNS and text.startswith(" to ", end))
    )  # "a conference call", "a lunch counter"


def occasion_phrase(prepositions: str) -> str:
    """The pattern text of the occasion of a statement after one of ``prepositions`` (an
    alternation: "in|at|during"): a determiner, up to two words and a noun of
    ``data/occasion_nouns.txt`` ("in a statement", "at a news conference", "during a
    televised debate"), with no boundary after the noun."""
    occasions = alternation(load_set("occasion_nouns"), boundary=False)
    return rf"(?:{prepositions})\s(?:an?|the|his|her|its|their)\s(?:[\w’'-]+\s){{0,2}}?{occasions}"
