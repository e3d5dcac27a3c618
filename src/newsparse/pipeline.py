"""The ordered stages of a parse and the per-process context they share.

Three chains, run in order over one Document and one Article:

* block: ``blocks`` (classify blocks), ``headline``, ``byline``, ``header_dates``
  (the header's date lines), ``credits``, ``captions``, ``dateline``
* inline: ``quotes``, ``attributions``, ``dates``
* resolve: ``published``, ``page_meta`` (page metadata fills what the text lacks),
  ``date_resolution``, ``sources``

``STAGES`` is the single registry of stage names: options validation, ``--disable``
and the benchmark's per-stage timing all read it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .article import Article
from .document import Document
from .options import Options  # imports the pipeline only inside a call: no cycle

LOGGER = logging.getLogger(__name__)

Apply = Callable[[Document, Article, "Context"], None]


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    apply: Apply


@dataclass(slots=True)
class Context:
    """Built once per process and options: the options and expensive helpers."""

    options: Options
    cache: dict[str, Any] = field(default_factory=dict)  # per-process memo (date parser, results)


@cache
def stages() -> tuple[Stage, ...]:
    from .recognisers import (
        attributions,
        blocks,
        byline,
        captions,
        credits,
        dateline,
        dates,
        headline,
        page,
        published,
        quotes,
        sources,
    )

    return (
        Stage("blocks", blocks.apply),
        Stage("headline", headline.apply),
        Stage("byline", byline.apply),
        Stage("header_dates", published.claim_header_dates),
        Stage("credits", credits.apply),
        Stage("captions", captions.apply),
        Stage("dateline", dateline.apply),
        Stage("quotes", quotes.apply),
        Stage("attributions", attributions.apply),
        Stage("dates", dates.apply),
        Stage("published", published.apply),
        Stage("page_meta", page.apply),
        Stage("date_resolution", dates.apply_resolution),
        Stage("sources", sources.apply),
    )


def stage_names() -> tuple[str, ...]:
    return tuple(s.name for s in stages())


@cache
def build_context(options: Options) -> Context:
    """The context for ``options``; one per process and options value."""
    return Context(options=options)


def run(doc: Document, article: Article, ctx: Context, *, timed: bool = False) -> None:
    """Run every enabled stage in order; with ``timed``, record seconds per stage."""
    disabled = ctx.options.disable
    timings: dict[str, float] | None = {} if timed else None
    for stage in stages():
        if stage.name in disabled:
            continue
        if timings is None:
            stage.apply(doc, article, ctx)
        else:
            t0 = time.perf_counter()
            stage.apply(doc, article, ctx)
            timings[stage.name] = time.perf_counter() - t0
    article.timings = timings
