"""Every annotated article the project keeps is well formed: known vocabulary, evidence copied from the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from goldcheck import problems

TESTS = Path(__file__).parent
GOLD_FILES = sorted([*TESTS.glob("fixtures/gold/*.json"), *TESTS.glob("blind/*/*.json")])


@pytest.mark.parametrize("json_path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_file_is_well_formed(json_path: Path):
    assert problems(json_path) == []


def test_a_retyped_evidence_is_caught(tmp_path):
    (tmp_path / "x.txt").write_text("Lạng Sơn xếp thứ 23/63", encoding="utf-8")
    (tmp_path / "x.json").write_text(
        '{"source_url": null, "facts": [{"subject": "Lạng Sơn", "subject_type": "province", "indicator": "PCI",'
        ' "year": 2023, "metric": "rank", "value": 23, "evidence": "Lạng Sơn xếp hạng 23/63"}]}', encoding="utf-8")
    assert [line for line in problems(tmp_path / "x.json") if "not a substring" in line]
