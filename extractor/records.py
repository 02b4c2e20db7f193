"""The records that flow between pipeline stages.

Each stage is a function from records to records (see ``pipeline.py``), so
these types are the whole contract between them: a ``Page`` is what a reader
found, a ``Document`` is what gets stored, a ``Fact`` is one grounded figure.
They are plain dataclasses so they pickle cleanly across worker processes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any


def stable_id(*parts: object, length: int = 16) -> str:
    """A short hex digest of ``parts``: the same inputs give the same id on every machine."""
    digest = hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


@dataclass
class Page:
    """Raw bytes as a reader found them, before any decoding."""

    source: str  # the path or URL as given by the user
    content: bytes
    kind: str  # "html" or "text"
    url: str | None = None
    fetched_at: str | None = None  # ISO date the bytes were captured (WARC-Date, HTTP fetch)
    charset: str | None = None  # what the transport declared (HTTP Content-Type, a WARC record's HTTP headers)
    error: str | None = None  # set by a reader that could not get the bytes

    @property
    def doc_id(self) -> str:
        return stable_id(self.source)

    @cached_property
    def raw_hash(self) -> str:
        """SHA-1 of the bytes, which tells whether a stored document is current (asked twice a page)."""
        return hashlib.sha1(self.content).hexdigest()


@dataclass
class Document:
    """One stored page: its text (which every span points into) and metadata."""

    doc_id: str
    source: str
    text: str = ""
    url: str | None = None
    title: str | None = None
    published: str | None = None
    site: str | None = None
    spin_score: float | None = None
    spun: bool | None = None
    status: str = "ok"  # ok / skipped / error
    error: str | None = None
    warning: str | None = None  # what an ok document lost (bad bytes, a sentence that failed)
    content_hash: str | None = None
    # Character ranges of ``text`` that are page chrome (menus, "Tin mới" lists):
    # kept in the stored text for reference, never mined for facts.
    chrome: list[tuple[int, int]] = field(default_factory=list)

    def warn(self, message: str) -> None:
        """Record a loss that leaves the rest of the document usable."""
        self.warning = f"{self.warning}; {message}" if self.warning else message

    def row(self) -> dict[str, Any]:
        # the fields one by one: ``asdict`` deep-copies each value, which scalars do not need
        return {name: getattr(self, name) for name in _DOCUMENT_FIELDS}


@dataclass(frozen=True)
class Fact:
    """One figure, grounded at ``text[span_start:span_end]`` of its document."""

    indicator: str
    metric: str
    value: float | None
    span_start: int
    span_end: int
    sentence: str
    subject: str | None = None
    subject_type: str | None = None
    province: str | None = None
    province_2025: str | None = None
    component: str | None = None
    year: int | None = None
    value_text: str | None = None
    unit: str | None = None
    out_of: float | None = None
    qualifier: str | None = None
    level: str | None = None  # tier of government of a count: province / district / commune
    period: str | None = None  # span of time of a count: "2024", "2024-H1", "2024-Q1", "2024-10", "2024-01..09"
    is_target: bool = False
    pattern: str = ""
    confidence: float = 1.0
    despun: bool = False

    def key(self) -> tuple:
        """What makes two facts the same fact, whatever sentence said it."""
        return (self.subject, self.subject_type, self.indicator, self.component, self.year,
                self.metric, self.value, self.value_text, self.qualifier, self.level, self.period, self.is_target)

    def row(self, doc_id: str) -> dict[str, Any]:
        row = {name: getattr(self, name) for name in _FACT_FIELDS}
        row["doc_id"] = doc_id
        row["is_target"] = int(self.is_target)
        row["despun"] = int(self.despun)
        row["fact_id"] = stable_id(doc_id, *self.key(), self.span_start)
        return row


_DOCUMENT_FIELDS = tuple(f.name for f in fields(Document) if f.name != "chrome")
_FACT_FIELDS = tuple(f.name for f in fields(Fact))


@dataclass
class Result:
    """A processed page: the document to store and its facts.

    Defined here, not in ``pipeline``, because workers pickle it back to the writer:
    unpickling must not import the pipeline (spaCy, underthesea: ~1 s of a core) there.
    """

    document: Document
    facts: list[Fact] = field(default_factory=list)
