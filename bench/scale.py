"""Issue 8 benchmark: one WARC of generated portal pages through ``--workers 1``, ``--workers 2`` and Ray.

    python bench/scale.py                 # 2,000 pages; Ray needs pip install '.[ray]'
    python bench/scale.py --pages 500

Prints pages/s and peak memory per run (Ray starts a local cluster with the
machine's CPUs), the speed-up from one to two workers (target >= 1.7x) and
Ray against two workers (target: within 25 %), and checks the three
databases hold the same documents and facts. On a shared machine, use
``--repeat 3``: runs are interleaved and the fastest of each counts.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

from generate import write_warc
from measure import HEADER, fastest

RUNS = {"--workers 1": ["--workers", "1"], "--workers 2": ["--workers", "2"], "--engine ray": ["--engine", "ray"]}


def content(db: Path) -> tuple[list, list]:
    """Documents and facts, without the run's timestamps."""
    with sqlite3.connect(db) as conn:
        documents = conn.execute("select doc_id, source, text, status, published from documents order by doc_id")
        facts = conn.execute("select * from facts order by fact_id")
        return documents.fetchall(), facts.fetchall()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--runs", nargs="+", choices=list(RUNS), default=list(RUNS))
    parser.add_argument("--repeat", type=int, default=1, help="runs of each, interleaved; the fastest counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        warc = write_warc(Path(tmp) / "portal.warc.gz", args.pages)
        print(f"{args.pages} pages, {warc.stat().st_size / 2**20:.1f} MB WARC")
        print(HEADER)

        def db(name: str, i: int) -> Path:
            return Path(tmp) / f"{name.strip('-').replace(' ', '')}-{i}.sqlite"

        best = fastest({name: lambda i, name=name: [sys.executable, "-m", "extractor.cli", *RUNS[name], "--quiet",
                                                    "--db", str(db(name, i)), str(warc)] for name in args.runs},
                       args.repeat, args.pages)
        rates = {name: m.rate(args.pages) for name, m in best.items()}
        if {"--workers 1", "--workers 2"} <= rates.keys():
            print(f"speed-up 1 -> 2 workers: {rates['--workers 2'] / rates['--workers 1']:.2f}x (target >= 1.7x)")
        if {"--workers 2", "--engine ray"} <= rates.keys():
            print(f"ray / --workers 2: {rates['--engine ray'] / rates['--workers 2']:.2f} (target >= 0.75)")
        first, *others = (db(name, 0) for name in args.runs)
        print("same documents and facts in every database:", all(content(first) == content(d) for d in others))


if __name__ == "__main__":
    main()
