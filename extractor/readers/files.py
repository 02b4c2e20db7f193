"""Read loose files into ``Page`` records, and walk folders in a stable order."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from ..records import Page

SUPPORTED = {".txt": "text", ".html": "html", ".htm": "html"}


def walk(path: Path) -> Iterator[Path]:
    """The files under ``path`` (itself if a file), sorted, hidden ones left out.

    Paths come resolved (absolute, no "..", no symlinked folder): a file's path is
    its document's identity, which must not depend on how the user spelled it.
    """
    path = path.resolve()
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                yield child
    else:
        yield path


def read_file(path: Path, tally: Counter[str] | None = None) -> Iterator[Page]:
    """One ``Page`` for a ``.txt``/``.html`` file; an unreadable one comes with ``error`` set."""
    kind = SUPPORTED[path.suffix.lower()]
    try:
        content = path.read_bytes()
    except OSError as exc:
        yield Page(str(path), b"", kind, error=f"unreadable: {exc.strerror or exc}")
        return
    yield Page(str(path), content, kind)
