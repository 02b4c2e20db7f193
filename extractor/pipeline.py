"""The pipeline: each stage a function from records to records.

    Page ─text─▶ Document ─normalise─▶ MappedText ─despin─▶ MappedText ─tokens─▶ Sentences
         ─mentions─▶ SentenceViews ─facts─▶ [Fact]

``process`` runs one page through every stage; it is a pure function of its
input (no global state but the compiled patterns), so executors can run it in
a loop, in worker processes or on a cluster and get the same rows. A sentence
that breaks a stage is left out and named in ``Document.warning``; the page
keeps its other facts.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from .context import page_context, title_paragraph
from .despin import despin
from .facts import FactBuilder, SentenceView
from .mentions import finder
from .normalize import normalize
from .patternlang import PatternError
from .records import Document, Fact, Page, Result
from .text import to_document
from .textmap import MappedText
from .tokens import Sentence, language, make_doc, paragraphs, segment_words, sentence_spans


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


def warm() -> None:
    """Load now what every page needs: the mention finder, underthesea's sentence and word models.

    Worker processes fork from a process that called this, so each starts loaded
    (the word model alone is ~0.1 s that each worker would otherwise pay again).
    The pattern groups' Matchers are left to be built when a window first needs
    them, as in one process: building all 192 took 0.33 s before any worker could
    start, and 600 portal pages need 12 Matchers and 69 order expressions.
    """
    finder()
    list(sentence_spans("Xin chào. Chỉ số PAR INDEX năm 2023."))
    segment_words(make_doc("Chỉ số PAR INDEX năm 2023"))


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
    skip = _mapped_ranges(mapped, document.chrome)
    if not finder().may_hold_facts("\n".join(mapped.text[a:b] for _, a, b in paragraphs(mapped.text, skip))):
        return []  # no figure or nothing to tie one to outside the chrome: no sentence can give a fact
    lang = language(mapped.text)
    views = _views(document, mapped, skip, lang)
    page = page_context(views, mapped.text, document.url, lang, title_paragraph(mapped.text, skip),
                        document.published)
    facts = _read(document, mapped, views, lambda: FactBuilder(page, mapped, document.text))
    return despun.mark(facts) if despun else facts


def _views(document: Document, mapped: MappedText, skip: list[tuple[int, int]], lang: str) -> list[SentenceView]:
    """The kept sentences, tokenised, with their mentions; a sentence that fails is left out and recorded."""
    found = finder()
    views = []
    for start, end, paragraph, own_lang in sentence_spans(mapped.text, skip, lang, keep=found.relevant):
        try:
            sentence = Sentence(start, end, paragraph, make_doc(mapped.text[start:end], own_lang))
            views.append(SentenceView(sentence, found(sentence.doc)))
        except PatternError:
            raise
        except Exception as exc:  # one sentence's bug must not lose the page
            _sentence_failed(document, mapped, start, exc)
    return views


def _read(document: Document, mapped: MappedText, views: list[SentenceView],
          builder: Callable[[], FactBuilder]) -> list[Fact]:
    """The facts of ``views``; when reading fails, the sentences that fail on their own are left out.

    Facts are read with the context of earlier sentences, so a failing sentence is
    found by reading each alone, which costs time only on a page that failed.
    """
    try:
        return builder().build(views)
    except PatternError:
        raise
    except Exception:
        failing = {id(view): exc for view in views if (exc := _read_alone(builder, view)) is not None}
        if not failing:
            raise  # it fails only in context: the page's error
    for view in views:
        if id(view) in failing:
            _sentence_failed(document, mapped, view.sentence.start, failing[id(view)])
    return builder().build([view for view in views if id(view) not in failing])


def _read_alone(builder: Callable[[], FactBuilder], view: SentenceView) -> Exception | None:
    try:
        builder().build([view])
    except PatternError:
        raise
    except Exception as exc:
        return exc
    return None


def _sentence_failed(document: Document, mapped: MappedText, sentence_start: int, exc: Exception) -> None:
    start = mapped.original_span(sentence_start, sentence_start + 1)[0]
    document.warn(f"sentence failed: {type(exc).__name__}: {exc} (at character {start})")


def _mapped_ranges(mapped: MappedText, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Original-text ranges expressed in the normalised text."""
    out = []
    for a, b in ranges:
        start = bisect_left(mapped.starts, a)
        end = bisect_right(mapped.starts, b - 1)
        if start < end:
            out.append((start, end))
    return out
