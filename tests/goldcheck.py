"""Is an annotated article well formed? (the format of ``shared/devset/README.md``)

Annotators run it on a folder before committing a batch: ``python tests/goldcheck.py tests/blind/batch1``;
``tests/test_gold_files.py`` runs it on every gold folder of the project.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SUBJECT_TYPES = {"province", "agency", "district", "ministry", "national", "region"}
INDICATORS = {"PAR_INDEX", "SIPAS", "PAPI", "PCI", "ICT_INDEX", "DTI", "TTHC", "DVC", "HO_SO"}
METRICS = {"score", "rank", "rank_change", "score_change", "band", "count", "rate"}
QUALIFIERS = {"announced", "cut_time", "simplified", "integrated_national_portal", "online", "level_2",
              "level_3", "level_4", "full_online", "partial_online", "total", "received", "resolved",
              "on_time", "early", "late", "pending", "other"}
LEVELS = {"province", "district", "commune"}
REQUIRED = ("subject", "subject_type", "indicator", "year", "metric", "value", "evidence")


def problems(json_path: Path) -> list[str]:
    """Everything wrong with one gold file, as readable lines (empty when it is fine)."""
    txt = json_path.with_suffix(".txt")
    if not txt.exists():
        return [f"{json_path.name}: no {txt.name} beside it"]
    text = txt.read_text(encoding="utf-8")
    try:
        data = json.loads(json_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        return [f"{json_path.name}: not JSON ({err})"]
    out = [f"{json_path.name}: missing {key}" for key in ("source_url", "facts") if key not in data]
    for i, fact in enumerate(data.get("facts", [])):
        where = f"{json_path.name} fact {i}"
        out += [f"{where}: missing {key}" for key in REQUIRED if key not in fact]
        checks = [(fact.get("subject_type") in SUBJECT_TYPES, f"subject_type {fact.get('subject_type')!r}"),
                  (fact.get("indicator") in INDICATORS, f"indicator {fact.get('indicator')!r}"),
                  (fact.get("metric") in METRICS, f"metric {fact.get('metric')!r}"),
                  (fact.get("evidence", "") != "" and fact.get("evidence", "") in text,
                   f"evidence is not a substring of {txt.name}: {fact.get('evidence')!r}"),
                  (fact.get("qualifier") in QUALIFIERS | {None}, f"qualifier {fact.get('qualifier')!r}"),
                  (fact.get("level") in LEVELS | {None}, f"level {fact.get('level')!r}"),
                  (fact.get("metric") == "band" or isinstance(fact.get("value"), (int, float)),
                   "value must be a number (except for bands)"),
                  (fact.get("metric") != "band" or bool(fact.get("value_text")), "a band needs value_text"),
                  (fact.get("year") is None or isinstance(fact.get("year"), int), "year must be an integer or null")]
        out += [f"{where}: {message}" for ok, message in checks if not ok]
    return out


def main(folders: list[str]) -> int:
    found = [line for folder in folders for path in sorted(Path(folder).glob("*.json")) for line in problems(path)]
    print("\n".join(found) or "ok")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
