"""Read files and folders (recursively) into ``Page`` records, in a stable order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..records import Page

SUPPORTED = {".txt": "text", ".html": "html", ".htm": "html"}


def _walk(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                yield child
    else:
        yield path


def read_paths(paths: Iterable[str | Path]) -> Iterator[Page]:
    """One ``Page`` per file; unsupported or unreadable files come with ``error`` set."""
    for root in paths:
        for path in _walk(Path(root)):
            source = str(path)
            kind = SUPPORTED.get(path.suffix.lower())
            if kind is None:
                yield Page(source, b"", "unsupported", error=f"unsupported file type {path.suffix or '(none)'!r}")
                continue
            try:
                content = path.read_bytes()
            except OSError as exc:
                yield Page(source, b"", kind, error=f"unreadable: {exc.strerror or exc}")
                continue
            yield Page(source, content, kind)
