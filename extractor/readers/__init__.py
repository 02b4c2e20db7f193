"""Readers: turn what the user pointed at into ``Page`` records.

A reader is chosen by file name suffix (``READERS``); each takes a path and a
tally of input records that are not pages (WARC requests, images …) and
yields ``Page`` records one at a time, so no input ever sits whole in memory.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..records import Page
from .files import SUPPORTED, read_file, walk
from .warc import read_warc

Reader = Callable[[Path, "Counter[str] | None"], Iterator[Page]]

READERS: dict[str, Reader] = {
    **{suffix: read_file for suffix in SUPPORTED},
    ".warc": read_warc,
    ".warc.gz": read_warc,
}


def reader_for(path: Path) -> Reader | None:
    """The reader for ``path`` by its longest known suffix (``.warc.gz`` before ``.gz``)."""
    name = path.name.lower()
    matches = [suffix for suffix in READERS if name.endswith(suffix)]
    return READERS[max(matches, key=len)] if matches else None


def read_paths(paths: Iterable[str | Path], tally: Counter[str] | None = None) -> Iterator[Page]:
    """Pages from files and folders (recursively); unsupported files come as pages with ``error`` set."""
    for root in paths:
        for path in walk(Path(root)):
            reader = reader_for(path)
            if reader is None:
                yield Page(str(path), b"", "unsupported", error=f"unsupported file type {path.suffix or '(none)'!r}")
            else:
                yield from reader(path, tally)


__all__ = ["READERS", "SUPPORTED", "read_paths", "reader_for", "walk"]
