"""The rule files: every pattern compiles, every example matches, the gazetteer is whole."""

from __future__ import annotations

import pytest

from extractor import patterns
from extractor.mentions import finder
from extractor.tokens import make_doc


def _examples():
    for label, groups in patterns.load("metrics")["patterns"].items():
        for group in groups:
            for example in group.get("examples", []):
                yield pytest.param(label, group["id"], example, id=f"{group['id']}:{example}")


@pytest.mark.parametrize("label, pattern_id, example", list(_examples()))
def test_pattern_examples_match(label, pattern_id, example):
    found = finder()
    doc = make_doc(example)
    found._cues(doc)
    found._entities(doc)
    matches = {(comp.label, comp.id) for comp, *_ in found.figure_patterns(doc)}
    assert (label, pattern_id) in matches, f"{example!r} is not matched by {pattern_id}"


def test_gazetteer_has_63_provinces_and_34_units_that_agree():
    provinces = patterns.load("gazetteer/provinces")
    units = patterns.load("gazetteer/units_2025")
    assert len(provinces) == 63 and len({p["name"] for p in provinces}) == 63
    assert len(units) == 34
    members = sorted(m for u in units for m in u["members"])
    assert members == sorted(p["name"] for p in provinces)
    unit_of = {m: u["name"] for u in units for m in u["members"]}
    assert all(unit_of[p["name"]] == p["unit_2025"] for p in provinces)


def test_no_alias_points_to_two_provinces():
    seen: dict[str, str] = {}
    for province in patterns.load("gazetteer/provinces"):
        for alias in [province["name"], *province.get("aliases", [])]:
            assert seen.setdefault(alias, province["name"]) == province["name"], alias


def test_phrases_with_commas_are_not_split_by_yaml():
    for entry in patterns.load("indicators")["COMPONENT"].values():
        assert all(alias == alias.strip() and alias for alias in entry["aliases"])
    assert "công khai, minh bạch" in patterns.load("indicators")["COMPONENT"]["Công khai, minh bạch"]["aliases"]
