"""Issue 13 benchmark: how long ``extract`` takes before it does any work.

    python bench/startup.py            # best of 5 runs of each command
    python bench/startup.py --runs 10

Times ``extract --help``, ``extract --version``, ``extract export --help`` and
a one-page run (one corpus article into a fresh database, after a first run
has warmed the disk cache), each as a new process, the way a user or a cron
job starts it; the fastest run of each is the figure. Targets: --help and
--version under 0.3 s, the one-page run under 1 s.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = next((ROOT / "corpus").glob("004_*.txt"))
EXTRACT = [sys.executable, "-m", "extractor.cli"]


def fastest(command: list[str], runs: int, before=lambda: None) -> float:
    best = float("inf")
    for _ in range(runs):
        before()
        start = time.perf_counter()
        subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "facts.sqlite"

        def fresh_db() -> None:
            for path in Path(tmp).glob("facts.sqlite*"):
                path.unlink()

        commands = {
            "extract --help": EXTRACT + ["--help"],
            "extract --version": EXTRACT + ["--version"],
            "extract export --help": EXTRACT + ["export", "--help"],
            "extract PAGE (one page)": EXTRACT + [str(PAGE), "--db", str(db), "-q"],
        }
        print(f"{'command':<26} {'best of ' + str(args.runs):>10}")
        for label, command in commands.items():
            seconds = fastest(command, args.runs, fresh_db)
            print(f"{label:<26} {seconds:>9.2f}s")


if __name__ == "__main__":
    main()
