"""What de-spinning costs: end-to-end extraction time with and without the stage, same run.

    python bench/despin_bench.py [--devset ../shared/devset] [--rounds 5] [--seed 0]

Pages: the sample corpus and the devset texts, each also as the test spinner's
copy (so the stage has real repairs to make). Each round extracts every page
both ways, alternating the order, and the best round of each is kept (the
least disturbed by the rest of the machine). Prints pages/s for both and the
overhead; the target is at most 20 %.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from extractor.pipeline import extract_facts
from extractor.records import Page
from extractor.spinner import spin
from extractor.text import to_document

ROOT = Path(__file__).resolve().parent.parent


def pages(devset: Path, seed: int) -> list[Page]:
    paths = sorted((ROOT / "corpus").glob("*.txt")) + sorted(devset.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    texts += [spin(t, seed) for t in texts]
    return [Page(f"page-{i}", t.encode("utf-8"), "text") for i, t in enumerate(texts)]


def seconds(batch: list[Page], despinning: bool) -> float:
    start = time.perf_counter()
    for page in batch:
        extract_facts(to_document(page), despinning=despinning)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=ROOT.parent / "shared" / "devset")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    batch = pages(args.devset, args.seed)
    seconds(batch, True)  # warm up: compile patterns, load underthesea
    best = {True: float("inf"), False: float("inf")}
    for round_ in range(args.rounds):
        for despinning in ((True, False) if round_ % 2 else (False, True)):
            best[despinning] = min(best[despinning], seconds(batch, despinning))
    for despinning, label in ((False, "without de-spinning"), (True, "with de-spinning")):
        print(f"{label:22} {len(batch) / best[despinning]:8.1f} pages/s  ({best[despinning]:.3f} s for {len(batch)} pages)")
    print(f"overhead: {100 * (best[True] / best[False] - 1):+.1f} % (target: at most +20 %)")


if __name__ == "__main__":
    main()
