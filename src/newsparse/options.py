"""Options: every knob of the parser in one frozen, validated, picklable object."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

InputFormat = Literal["auto", "text", "html", "xml"]
INPUT_FORMATS: tuple[str, ...] = ("auto", "text", "html", "xml")


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """How to parse. Changed copies are made with ``dataclasses.replace``."""

    reference_date: date | None = (
        None  # resolves relative and year-less dates; None: they stay null
    )
    input_format: InputFormat = "auto"
    language: str = "en"
    # 5/6/2017: True reads June 5, False May 6; None (default) follows the article's own
    # way of writing dates ("6 May 2017" more often than "May 6, 2017": day first)
    day_first: bool | None = None
    disable: frozenset[str] = field(default_factory=frozenset)  # stage names from pipeline.STAGES
    max_input_bytes: int = 20_000_000  # refuse pathological inputs early (raw size)

    def __post_init__(self) -> None:
        if self.input_format not in INPUT_FORMATS:
            raise ValueError(
                f"input_format: {self.input_format!r} is not one of {', '.join(INPUT_FORMATS)}"
            )
        if self.max_input_bytes <= 0:
            raise ValueError("max_input_bytes: must be a positive number of bytes")
        if self.reference_date is not None and not isinstance(self.reference_date, date):
            raise TypeError("reference_date: must be a datetime.date or None")
        if not isinstance(self.disable, frozenset):
            object.__setattr__(self, "disable", frozenset(self.disable))
        from .pipeline import stage_names  # the one registry of stage names

        unknown = sorted(set(self.disable) - set(stage_names()))
        if unknown:
            raise ValueError(
                f"disable: unknown stage(s) {', '.join(unknown)}; known: {', '.join(stage_names())}"
            )
