"""The local executor: pages in, rows written, a summary out.

Reading, processing and writing are separate so other executors (worker
processes, a cluster) can run ``pipeline.process`` elsewhere and hand the
results to the same single writer.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from functools import partial
from itertools import tee
from pathlib import Path
from typing import TYPE_CHECKING

from tqdm import tqdm

from . import __version__, patterns
from .analysis import refresh
from .executors.processes import map_in_processes
from .readers import read_paths
from .records import Page, Result
from .store import Store

if TYPE_CHECKING:
    Mapper = Callable[[Callable[[Page | None], Result | None], Iterable[Page | None]], Iterable[Result | None]]


def extractor_version() -> str:
    """Package version plus a digest of the pattern files: a rule change re-extracts."""
    return f"{__version__}+{patterns.version()}"


@dataclass
class Summary:
    """What a run did, for the closing report on stdout."""

    read: int = 0
    extracted: int = 0
    unchanged: int = 0
    facts: int = 0
    skipped: Counter = field(default_factory=Counter)  # reason → documents
    errors: Counter = field(default_factory=Counter)
    warnings: Counter = field(default_factory=Counter)  # kind → documents extracted despite a loss
    by_indicator: Counter = field(default_factory=Counter)
    not_pages: Counter = field(default_factory=Counter)  # input records that are no page (WARC requests …)

    def add(self, other: Summary) -> None:
        """Count ``other`` in too: summaries of shards run elsewhere add up to the run's."""
        for name in (f.name for f in fields(self)):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def lines(self) -> list[str]:
        out = [f"documents read: {self.read}  extracted: {self.extracted}  unchanged: {self.unchanged}  "
               f"skipped: {sum(self.skipped.values())}  errors: {sum(self.errors.values())}",
               f"facts written: {self.facts}"]
        out += [f"  {name:<10} {count}" for name, count in sorted(self.by_indicator.items())]
        out += [f"skipped ({count}): {reason}" for reason, count in self.skipped.most_common()]
        out += [f"error ({count}): {reason}" for reason, count in self.errors.most_common()]
        out += [f"warning ({count}): {reason}" for reason, count in self.warnings.most_common()]
        out += [f"not a page ({count}): {kind}" for kind, count in self.not_pages.most_common()]
        return out


def write_results(store: Store, results: Iterable[tuple[Page, Result | None]], summary: Summary) -> Summary:
    """Write each result in its own transaction; ``None`` means the page was unchanged."""
    version = extractor_version()
    for page, result in results:
        summary.read += 1
        if result is None:
            summary.unchanged += 1
            continue
        doc = result.document
        if doc.status == "skipped":
            summary.skipped[_reason(doc.error)] += 1
        elif doc.status == "error":
            summary.errors[_reason(doc.error)] += 1
        else:
            summary.extracted += 1
            summary.warnings.update(_reason(w) for w in (doc.warning.split("; ") if doc.warning else ()))
        summary.facts += store.write(doc, result.facts, page.raw_hash, version)
        summary.by_indicator.update(f.indicator for f in result.facts)
    return summary


def process_new(store: Store, pages: Iterable[Page], mapper: Mapper = map) -> Iterator[tuple[Page, Result | None]]:
    """Process the pages whose bytes or rules changed since they were stored.

    The store is asked here, in the writer's process; ``mapper`` runs the
    processing (the builtin ``map``, or ``map_in_processes``) and keeps the order.
    """
    version = extractor_version()

    def jobs() -> Iterator[tuple[Page, Page | None]]:
        for page in pages:
            current = not page.error and store.is_current(page.doc_id, page.raw_hash, version)
            yield page, None if current else page

    for_writer, for_mapper = tee(jobs())
    return zip((page for page, _ in for_writer), mapper(_process_changed, (job for _, job in for_mapper)))


def _process_changed(page: Page | None) -> Result | None:
    from .pipeline import process  # here, not at the top: the writer of a multi-process run never loads it

    return None if page is None else process(page)


def run_paths(paths: Iterable[str | Path], db: str | Path, quiet: bool = True, workers: int = 1) -> Summary:
    """Extract every supported file under ``paths`` into ``db``, in ``workers`` processes."""
    store = Store(db)
    try:
        summary = Summary()
        pages = tqdm(read_paths(paths, summary.not_pages), desc="extract", unit="page", disable=quiet, leave=False)
        mapper: Mapper = map if workers <= 1 else partial(map_in_processes, workers=workers)
        write_results(store, process_new(store, pages, mapper), summary)
        refresh(store.db)  # derived tables follow the facts just written
        return summary
    finally:
        store.close()


def _reason(error: str | None) -> str:
    """The kind of a failure, without the file-specific detail."""
    return (error or "unknown").split(":")[0]
