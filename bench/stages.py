"""Issue 14: CPU seconds of each stage of ``pipeline.process`` over generated pages, in one process.

    python bench/stages.py                # 1,000 figure pages
    python bench/stages.py --pages 300 --mix

Whole runs (``bench/speed.py``) on a shared machine vary by seconds; the CPU time
of each stage, in process and without start-up or the store, tells which stage
a change made cheaper. Stages nest: "facts" includes "word segmentation", and
the mention stages are those of ``MentionFinder.__call__``.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generate import write_folder

from extractor import mentions, pipeline, tokens
from extractor.records import Page

SPENT: defaultdict[str, float] = defaultdict(float)


def timed(owner: Any, name: str, stage: str) -> None:
    """Replace ``owner.name`` by a wrapper that adds its CPU time to ``SPENT[stage]``."""
    function: Callable[..., Any] = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[stage] += time.process_time() - start

    setattr(owner, name, wrapper)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--mix", action="store_true", help="one page in ten with figures, the others ordinary news")
    args = parser.parse_args()
    pipeline.warm()  # loading models is no stage's cost
    for owner, name, stage in [
        (pipeline, "to_document", "HTML"), (pipeline, "normalize", "normalise"), (pipeline, "despin", "de-spin"),
        (mentions.MentionFinder, "may_hold_facts", "page gate"), (pipeline, "language", "page language"),
        (mentions.MentionFinder, "relevant", "sentence relevance"), (pipeline, "make_doc", "make_doc"),
        (mentions.MentionFinder, "_cues", "cues"), (mentions.MentionFinder, "_entities", "entities"),
        (mentions, "_figure_windows", "figure windows"), (mentions.MentionFinder, "_figures", "figures"),
        (pipeline, "SentenceView", "sentence views"), (pipeline, "_read", "facts"),
        (tokens, "word_tokenize", "word segmentation"),
    ]:
        timed(owner, name, stage)
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_folder(Path(tmp) / "pages", args.pages, figures_every=10 if args.mix else 1)
        pages = [Page(source=str(path), kind="html", content=path.read_bytes()) for path in sorted(folder.glob("*.html"))]
    start = time.process_time()
    facts = sum(len(pipeline.process(page).facts) for page in pages)
    print(f"{'all of process()':<20} {time.process_time() - start:6.2f} s  ({len(pages)} pages, {facts} facts)")
    for stage, seconds in sorted(SPENT.items(), key=lambda item: -item[1]):
        print(f"{stage:<20} {seconds:6.2f} s")


if __name__ == "__main__":
    main()
