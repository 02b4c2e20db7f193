"""Issue 3 benchmark: ``extract`` (one process) against trafilatura's extraction alone, same pages, same run.

    python bench/speed.py                 # 1,000 and 2,000 generated portal pages
    python bench/speed.py --pages 2000

Prints pages/s and peak memory for both at each corpus size; flat memory from
one size to the next shows the run streams. Target: extract at least half of
trafilatura-alone throughput.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from generate import write_folder
from measure import HEADER, measure


def trafilatura_alone(folder: Path) -> None:
    """The HTML stage's library on its own: the same call ``extractor.text`` makes, nothing else."""
    import trafilatura

    for path in sorted(folder.glob("*.html")):
        trafilatura.bare_extraction(path.read_text(encoding="utf-8"), with_metadata=True,
                                    include_comments=False, include_tables=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, nargs="+", default=[1000, 2000])
    parser.add_argument("--trafilatura-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.trafilatura_only:
        trafilatura_alone(args.trafilatura_only)
        return
    print(HEADER)
    with tempfile.TemporaryDirectory() as tmp:
        for count in args.pages:
            folder = write_folder(Path(tmp) / f"pages{count}", count)
            alone = measure([sys.executable, __file__, "--trafilatura-only", str(folder)])
            print(alone.row("trafilatura alone", count), flush=True)
            extract = measure([sys.executable, "-m", "extractor.cli", "--workers", "1", "--quiet",
                               "--db", str(Path(tmp) / f"facts{count}.sqlite"), str(folder)])
            print(extract.row("extract --workers 1", count))
            print(f"extract / trafilatura alone: {extract.rate(count) / alone.rate(count):.2f} (target >= 0.50)\n",
                  flush=True)


if __name__ == "__main__":
    main()
