"""Run the block chain (blocks, headline, byline, header dates, credits, captions, dateline).

Unit tests of those recognisers build a Document from a small text and run the
stages before the one under test, without the inline and resolve chains.
"""

from __future__ import annotations

from newsparse.article import Article, SourceInfo
from newsparse.document import Document
from newsparse.layout import build_document
from newsparse.options import Options
from newsparse.pipeline import build_context
from newsparse.recognisers import blocks, byline, captions, credits, dateline, headline, published

CHAIN = (
    ("blocks", blocks.apply),
    ("headline", headline.apply),
    ("byline", byline.apply),
    ("header_dates", published.claim_header_dates),
    ("credits", credits.apply),
    ("captions", captions.apply),
    ("dateline", dateline.apply),
)


def run_chain(text: str, *, until: str | None = None) -> tuple[Document, Article]:
    """The document and article after the block-chain stages before ``until`` (all if None)."""
    doc = build_document(text)
    article = Article(doc=doc, source=SourceInfo("-", "text", None, None))
    ctx = build_context(Options())
    for name, apply in CHAIN:
        if name == until:
            break
        apply(doc, article, ctx)
    return doc, article


def paragraphs(text: str) -> list[str]:
    """The paragraph texts after the whole block chain."""
    doc, article = run_chain(text)
    return [doc.text_of(s) for s in article.paragraphs()]
