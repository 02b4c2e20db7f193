"""Shards: the units of work a cluster task takes.

A shard is one WARC file, a byte range of one (only when there are fewer WARC
files than task slots, so every CPU gets work), or a chunk of loose files.
Its id is a stable hash of what it reads (paths, sizes, modification times,
byte range) and of the extractor version, so a re-run can tell which shards
are already merged and skip them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from math import ceil
from pathlib import Path

from ..readers import read_paths, reader_for, walk
from ..readers.warc import read_warc, split_warc
from ..records import Page, stable_id

FILES_PER_SHARD = 500  # loose files per shard at most: ~10 s on one core, far above a task's overhead


@dataclass(frozen=True)
class Shard:
    """Files to read, or the records of one WARC that begin in ``[start, end)``."""

    id: str
    paths: tuple[str, ...]
    start: int = 0
    end: int | None = None

    def pages(self, tally: Counter[str]) -> Iterator[Page]:
        if self.start or self.end is not None:
            return read_warc(Path(self.paths[0]), tally, self.start, self.end)
        return read_paths(self.paths, tally)


def plan_shards(paths: Iterable[str | Path], slots: int, version: str) -> list[Shard]:
    """Shards covering every file under ``paths``, at least ``slots`` of them when the input allows."""
    files = [path for root in paths for path in walk(Path(root))]
    warcs = [path for path in files if reader_for(path) is read_warc]
    loose = [path for path in files if reader_for(path) is not read_warc]
    shards = []
    if loose:
        size = min(FILES_PER_SHARD, ceil(len(loose) / slots))
        shards += [_shard(version, loose[i:i + size]) for i in range(0, len(loose), size)]
    pieces = ceil(slots / len(warcs)) if 0 < len(warcs) < slots else 1
    for warc in warcs:
        ranges = split_warc(warc, pieces) if pieces > 1 else [(0, None)]
        shards += [_shard(version, [warc], start, end) for start, end in ranges]
    return shards


def _shard(version: str, files: list[Path], start: int = 0, end: int | None = None) -> Shard:
    stats = [(str(f), *_size_and_mtime(f)) for f in files]
    return Shard(stable_id(version, start, end, *stats), tuple(str(f) for f in files), start, end)


def _size_and_mtime(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except OSError:  # the task records the unreadable file as a local run would
        return -1, -1
    return stat.st_size, stat.st_mtime_ns
