"""Adversarial inputs built in memory: megabytes of what makes regexes backtrack.

Each generator takes a size in bytes and returns a ``str`` of about that size
(UTF-8 encoded). They are shared by ``bench/bench.py --hostile`` and
``tests/test_hostile.py``, so the benchmark times exactly what the tests check.
"""

from __future__ import annotations

from collections.abc import Callable

MB = 1_000_000


def repeat(unit: str, size: int) -> str:
    """``unit`` repeated to about ``size`` UTF-8 bytes."""
    return unit * max(1, size // len(unit.encode("utf-8")))


def straight_quotes(size: int) -> str:
    return repeat('"', size)


def curly_quotes(size: int) -> str:
    return repeat("“", size)


def said_quotes(size: int) -> str:
    return repeat('"a," said ', size)


def dateline_runs(size: int) -> str:
    return repeat("ABC, DEF (GHI) - ", size)


def dash_runs(size: int) -> str:
    return repeat("- -- — ", size)


def byline_lines(size: int) -> str:
    return repeat("By Jane Doe and \n", size)


def one_line_of_words(size: int) -> str:
    return repeat("word ", size)


def unclosed_quote_paragraphs(size: int) -> str:
    """20,000 paragraphs (at 5 MB) each opening a quote that never closes."""
    paragraph = "“This paragraph opens a quote that never closes, said the man who spoke\n\n"
    return paragraph * max(1, 20_000 * size // (5 * MB))


def parentheses(size: int) -> str:
    half = size // 4
    return "(" * half + ")" * half + repeat("((a) (b (c)) ", size // 2)


def capitalised_line(size: int) -> str:
    return repeat("Abc Def Ghi, Jkl Mno, Pqr (Stu) ", size)


def by_by_by(size: int) -> str:
    return repeat("By ", size)


def credit_runs(size: int) -> str:
    return repeat("Reporting by Jane Doe and John Roe; Editing by ", size)


def cue_runs(size: int) -> str:
    return repeat("he said, she said, according to them, ", size)


def month_runs(size: int) -> str:
    return repeat("May 5, March 3, 2017, Monday 10:30 ", size)


def newlines(size: int) -> str:
    return repeat("\n", size)


def indented_lines(size: int) -> str:
    return repeat("  WASHINGTON, Feb 26 -\n", size)


def no_spaces(size: int) -> str:
    return repeat("x", size)


def credit_paragraphs(size: int) -> str:
    return repeat("(Reporting by Jane Doe; Editing by John Roe)\n\n", size)


def claimed_credit_lines(size: int) -> str:
    """A credit line inside every paragraph: thousands of claimed regions."""
    return repeat("Prices rose on Monday.\nEditing by Jane Doe\n\n", size)


def caption_paragraphs(size: int) -> str:
    return repeat("A man walks by. (Photo: Reuters/Jane Doe)\n\n", size)


def quote_paragraphs(size: int) -> str:
    return repeat("“We will win,” Jane Doe, a spokeswoman, said on Monday.\n\n", size)


def relative_clause_runs(size: int) -> str:
    """Quotes whose speaker has a relative clause, on one endless line: every "who" reads
    back for its antecedent."""
    return repeat("“It is,” a man, who said ", size)


def noun_cue_runs(size: int) -> str:
    return repeat("his claim that their attacks on Cruz’s refusal to ", size)


def transcript_lines(size: int) -> str:
    return repeat("Q: what did you say?\n\nSMITH: reportedly nothing.\n\n", size)


def colon_intros(size: int) -> str:
    return repeat('Smith said:\n\n"It was a fine day."\n\n', size)


def caption_runs(size: int) -> str:
    return repeat("(Photo: Reuters/Jane Doe) ", size)


def unclosed_tags(size: int) -> str:
    """Markup tags that never close, their attributes quoted: `<tweet id="1" id="1" ...`."""
    return repeat('<tweet id="1" author="@a" ', size // 2) + repeat(' id="1"', size // 2)


def _name(i: int) -> str:
    """A distinct capitalised name for every number: "Joa", "Job", ..., "Joba"."""
    letters = ""
    while True:
        letters += "abcdefghijklmnopqrstuvwxyz"[i % 26]
        i //= 26
        if not i:
            return "Jo" + letters


def distinct_speakers(size: int) -> str:
    unit = "Mr {} said the plan works. The spokesman said it fails, she said.\n\n"
    count = max(1, size // len(unit.format("Joaaa")))
    return "".join(unit.format(_name(i)) for i in range(count))


def distinct_bodies(size: int) -> str:
    unit = "The {} Ministry said the plan works. The agency said it fails.\n\n"
    count = max(1, size // len(unit.format("Joaaa")))
    return "".join(unit.format(_name(i).capitalize()) for i in range(count))


def surname_transcript(size: int) -> str:
    return "Gary Renfro spoke.\n\n" + repeat("Renfro: We cut services.\n\nQ: What next?\n\n", size)


def full_name_transcript(size: int) -> str:
    # a full-name label in every paragraph, each looked for as printed before
    return "Chris Matthews and Luciana Lopez spoke.\n\n" + repeat(
        "Chris Matthews: Bernie says it.\n\nLopez: No one is like that.\n\n", size
    )


def mixed_quote_marks(size: int) -> str:
    return repeat("He said ‘we will go on with the plan’ and “they will not stop us”. ", size)


def first_person_paragraphs(size: int) -> str:
    return repeat("I said the plan was fine.\n\n", size)


def credits_over_captions(size: int) -> str:
    return repeat("Getty Images\nRebel fighters celebrate in the street\n", size)


def gerund_doers(size: int) -> str:
    # a one-word subject whose lower-case form is looked for around it, in every paragraph
    return repeat("Zorblat was known for telling others that he was in charge.\n\n", size)


HOSTILE: dict[str, Callable[[int], str]] = {
    '5 MB of `"`': straight_quotes,
    "5 MB of `“`": curly_quotes,
    '5 MB of `"a," said `': said_quotes,
    "5 MB of `ABC, DEF (GHI) - `": dateline_runs,
    "5 MB of `- -- — `": dash_runs,
    "5 MB of `By Jane Doe and ` lines": byline_lines,
    "5 MB of `word ` on one line": one_line_of_words,
    "20,000 unclosed quote paragraphs": unclosed_quote_paragraphs,
    "runs of parentheses": parentheses,
    "one endless capitalised line with commas": capitalised_line,
    "By By By ...": by_by_by,
    "credit lines run together": credit_runs,
    "cues run together": cue_runs,
    "dates run together": month_runs,
    "5 MB of newlines": newlines,
    "indented dateline lines": indented_lines,
    "5 MB without a space": no_spaces,
    "photo credits run together": caption_runs,
    "credit line paragraphs": credit_paragraphs,
    "claimed credit lines in paragraphs": claimed_credit_lines,
    "caption paragraphs": caption_paragraphs,
    "said-quote paragraphs": quote_paragraphs,
    "nominal cues run together": noun_cue_runs,
    "relative clauses of speakers run together": relative_clause_runs,
    "transcript lines": transcript_lines,
    "cue and colon paragraphs": colon_intros,
    "credit lines over captions": credits_over_captions,
    "a new speaker in every paragraph": distinct_speakers,
    "a new organisation in every paragraph": distinct_bodies,
    "unclosed markup tags": unclosed_tags,
    "first-person statements in every paragraph": first_person_paragraphs,
    "a transcript labelled by a surname": surname_transcript,
    "a transcript labelled by full names": full_name_transcript,
    "single and double quotations side by side": mixed_quote_marks,
    "a gerund's one-word doer in every paragraph": gerund_doers,
}
