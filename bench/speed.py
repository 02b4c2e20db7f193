"""Issues 3 and 14: ``extract`` (one process) against trafilatura's extraction alone, same pages, same run.

    python bench/speed.py                 # 1,000 and 2,000 generated portal pages, all with figures
    python bench/speed.py --pages 2000
    python bench/speed.py --mix           # a realistic crawl: nine pages in ten are ordinary news

Prints pages/s and peak memory for both at each corpus size; flat memory from
one size to the next shows the run streams. Targets: extract at least half of
trafilatura-alone throughput on figure-dense pages, 0.85 of it on the mix.

"trafilatura alone" is trafilatura's stock extraction with its metadata
(``bare_extraction(with_metadata=True)``), what a crawler that only ran
trafilatura would pay. Since issue 14's second pass extract's HTML stage pays
less than that: it reads only the metadata it stores (``extractor.html_metadata``:
no author, category, tag or licence search), 4.9 against 7.0 ms a portal page,
and since the fourth pass it runs trafilatura's main extractor without its
fallback extractors (``fast=True``: no readability or jusText pass, which
changed no fact of the blind corpus rendered as portal pages). Part of the
ratio is those savings and the rest is what the later stages cost.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from generate import write_folder
from measure import HEADER, fastest


def trafilatura_alone(folder: Path) -> None:
    """The HTML stage's library on its own: trafilatura's stock call with metadata, nothing else."""
    import trafilatura

    for path in sorted(folder.glob("*.html")):
        trafilatura.bare_extraction(path.read_text(encoding="utf-8"), with_metadata=True,
                                    include_comments=False, include_tables=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, nargs="+", default=[1000, 2000])
    parser.add_argument("--repeat", type=int, default=1, help="runs of each, interleaved; the fastest counts")
    parser.add_argument("--mix", action="store_true", help="one page in ten with figures, the others ordinary news")
    parser.add_argument("--trafilatura-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.trafilatura_only:
        trafilatura_alone(args.trafilatura_only)
        return
    print(HEADER)
    with tempfile.TemporaryDirectory() as tmp:
        for count in args.pages:
            folder = write_folder(Path(tmp) / f"pages{count}", count, figures_every=10 if args.mix else 1)
            best = fastest({
                "trafilatura alone": lambda i: [sys.executable, __file__, "--trafilatura-only", str(folder)],
                "extract --workers 1": lambda i: [sys.executable, "-m", "extractor.cli", "--workers", "1", "--quiet",
                                                  "--db", str(Path(tmp) / f"facts{count}-{i}.sqlite"), str(folder)],
            }, args.repeat, count)
            ratio = best["extract --workers 1"].rate(count) / best["trafilatura alone"].rate(count)
            print(f"extract / trafilatura alone: {ratio:.2f} (target >= {0.85 if args.mix else 0.50:.2f})\n", flush=True)


if __name__ == "__main__":
    main()
