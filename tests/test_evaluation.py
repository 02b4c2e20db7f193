"""How ``extract eval`` scores: matching rules, qualifier accuracy, several folders as one set."""

from __future__ import annotations

import json
from pathlib import Path

from extractor.evaluate import Item, Report, evaluate, score_document
from extractor.records import Fact


def count(value: str, qualifier: str | None) -> Item:
    return Item("HO_SO", "count", value, "province", "Lạng Sơn", 2023, "…", qualifier=qualifier)


def test_a_count_matches_on_its_value_and_its_qualifier_is_scored_apart():
    report = Report()
    score_document([count("1204.00", "received"), count("98.00", "on_time")],
                   [count("1204.00", "received"), count("98.00", "resolved")], report, "doc")
    assert (report.overall["counts"].tp, report.overall["counts"].fp, report.overall["counts"].fn) == (2, 0, 0)
    assert (report.qualifiers_right, report.qualifiers_compared) == (1, 2)
    assert any("QUAL" in line and "gold on_time, got resolved" in line for line in report.errors)


def test_a_gold_count_without_a_qualifier_is_not_compared():
    report = Report()
    score_document([count("5.00", None)], [count("5.00", "other")], report, "doc")
    assert report.qualifiers_compared == 0 and report.qualifier_accuracy == 1.0


def test_a_period_is_compared_as_a_span_of_months_whatever_its_spelling():
    timed = {"level": None, "timed": True}
    gold = [Item("HO_SO", "count", "531269.00", "province", "Hà Nội", 2025, "…", period="2025-07..09", **timed),
            Item("HO_SO", "count", "7604.00", "province", "Hà Nội", 2025, "…", period="2025-06..12", **timed)]
    got = [Item("HO_SO", "count", "531269.00", "province", "Hà Nội", 2025, "…", period="2025-Q3", **timed),
           Item("HO_SO", "count", "7604.00", "province", "Hà Nội", 2025, "…", period="2025", **timed)]
    report = Report()
    score_document(gold, got, report, "doc")
    assert (report.periods_right, report.timed_compared) == (1, 2)
    assert any("PERIOD" in line and "gold 2025-06..12, got 2025" in line for line in report.errors)


def _gold_folder(root: Path, name: str, value: float) -> Path:
    folder = root / name
    folder.mkdir()
    (folder / f"{name}.txt").write_text(f"xếp thứ {int(value)}", encoding="utf-8")
    fact = {"subject": "Lạng Sơn", "subject_type": "province", "indicator": "PCI", "year": 2023,
            "metric": "rank", "value": value, "evidence": f"xếp thứ {int(value)}"}
    (folder / f"{name}.json").write_text(json.dumps({"source_url": None, "facts": [fact]}), encoding="utf-8")
    return folder


def test_several_folders_are_scored_as_one_set(tmp_path):
    folders = [_gold_folder(tmp_path, "a", 3), _gold_folder(tmp_path, "b", 7)]

    def extract(text: str, url: str | None) -> tuple[str, list[Fact]]:
        value = float(text.split()[-1])
        return text, [Fact(indicator="PCI", metric="rank", value=value, span_start=0, span_end=len(text), sentence=text,
                           subject="Lạng Sơn", subject_type="province", year=2023)]

    report = evaluate(folders, extract)
    assert report.overall["index"].tp == 2 and report.predicted == 2 and report.grounded == 2
