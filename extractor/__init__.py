"""chiso: grounded facts about Vietnamese administrative-reform indices, from news pages.

The Python API the command line wraps::

    from extractor import extract_text, extract_paths
    facts = extract_text(open("page.txt").read())
    summary = extract_paths(["corpus/"], "output/facts.sqlite")
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, version as _version
from pathlib import Path
from typing import TYPE_CHECKING

from .records import Document, Fact, Page

if TYPE_CHECKING:
    from .run import Summary

try:
    __version__ = _version("chiso")
except PackageNotFoundError:  # running from a checkout without installing
    __version__ = "0.0.0"

__all__ = ["Document", "Fact", "Page", "__version__", "extract_html", "extract_paths", "extract_text"]


def extract_text(text: str, url: str | None = None) -> list[Fact]:
    """Facts in a plain-text page; spans point into ``text``."""
    from .pipeline import process

    return process(Page(url or "<text>", text.encode("utf-8"), "text", url=url)).facts


def extract_html(html: str | bytes, url: str | None = None) -> tuple[Document, list[Fact]]:
    """The stored document and facts of an HTML page; spans point into ``document.text``."""
    from .pipeline import process

    content = html.encode("utf-8") if isinstance(html, str) else html
    result = process(Page(url or "<html>", content, "html", url=url))
    return result.document, result.facts


def extract_paths(paths: Iterable[str | Path], db: str | Path = "output/facts.sqlite", quiet: bool = True,
                  workers: int = 1) -> Summary:
    """Extract every supported file under ``paths`` into the SQLite database ``db``; returns a summary."""
    from .run import run_paths

    return run_paths(paths, db, quiet=quiet, workers=workers)
