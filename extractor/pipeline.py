"""The pipeline: each stage a function from records to records.

    Page ─text─▶ Document ─normalise─▶ MappedText ─despin─▶ MappedText ─tokens─▶ Sentences
         ─mentions─▶ SentenceViews ─facts─▶ [Fact]

``process`` runs one page through every stage; it is a pure function of its
input (no global state but the compiled patterns), so executors can run it in
a loop, in worker processes or on a cluster and get the same rows.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from .context import page_context, title_paragraph
from .despin import despin
from .facts import FactBuilder, SentenceView
from .mentions import finder
from .normalize import normalize
from .patternlang import PatternError
from .records import Document, Fact, Page
from .text import to_document
from .textmap import MappedText
from .tokens import language, sentences


@dataclass
class Result:
    """A processed page: the document to store and its facts."""

    document: Document
    facts: list[Fact] = field(default_factory=list)


def process(page: Page) -> Result:
    """Read, extract and mine one page. Never raises for bad input: the document says what went wrong."""
    document = to_document(page)
    if document.status != "ok":
        return Result(document)
    try:
        return Result(document, extract_facts(document))
    except PatternError:
        raise  # a broken rule file breaks every page: stop and say so
    except Exception as exc:  # a bug on one page must not lose the others
        document.status, document.error = "error", f"extraction failed: {type(exc).__name__}: {exc}"
        return Result(document)


def extract_facts(document: Document, despinning: bool = True) -> list[Fact]:
    """The facts of a document whose ``text`` is set; spans point into ``document.text``.

    Also sets ``document.spin_score`` and ``document.spun`` (unless ``despinning`` is off,
    which only benchmarks use).
    """
    mapped = normalize(document.text)
    # the same article behind other menus or another URL hashes the same (crawler dedup)
    document.content_hash = hashlib.sha1(mapped.text.lower().encode()).hexdigest()
    despun = despin(mapped) if despinning else None
    if despun:
        mapped, document.spin_score, document.spun = despun.mapped, despun.score, despun.spun
    lang = language(mapped.text)
    skip = _mapped_ranges(mapped, document.chrome)
    found = finder()
    views = [SentenceView(s, found(s.doc)) for s in sentences(mapped.text, skip, lang, keep=found.relevant)]
    page = page_context(views, mapped.text, document.url, lang, title_paragraph(mapped.text, skip))
    facts = FactBuilder(page, mapped, document.text).build(views)
    return despun.mark(facts) if despun else facts


def _mapped_ranges(mapped: MappedText, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Original-text ranges expressed in the normalised text."""
    out = []
    for a, b in ranges:
        start = bisect_left(mapped.starts, a)
        end = bisect_right(mapped.starts, b - 1)
        if start < end:
            out.append((start, end))
    return out
