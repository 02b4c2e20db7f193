"""Acceptance on the client's sample corpus (issue 3): the facts each seed must give."""

from __future__ import annotations

import functools

import pytest

from extractor import extract_text
from helpers import find, one
from conftest import CORPUS


@functools.cache
def facts_of(prefix: str):
    path = next(CORPUS.glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    return text, extract_text(text)


def test_004_binh_thuan_par_index_2015():
    _, facts = facts_of("004")
    base = dict(subject="Bình Thuận", subject_type="province", indicator="PAR_INDEX", year=2015, component=None)
    assert one(facts, metric="score", **base).value == 85.30
    assert one(facts, metric="score", **base).out_of == 100
    assert one(facts, metric="rank", **base).out_of == 63
    assert one(facts, metric="rank", **base).value == 34
    assert one(facts, metric="score_change", **base).value == 0.65
    assert one(facts, metric="rank_change", **base).value == -17
    assert one(facts, metric="band", **base).value_text == "B"


def test_004_national_average_and_components_are_kept_apart():
    _, facts = facts_of("004")
    national = dict(subject="Việt Nam", subject_type="national", indicator="PAR_INDEX", year=2015)
    assert one(facts, metric="score", **national).value == 85.11
    assert one(facts, metric="score_change", **national).value == 3.9
    components = find(facts, metric="rank_change", subject="Bình Thuận", value=7.0) + find(
        facts, metric="rank_change", subject="Bình Thuận", value=12.0)
    assert len(components) == 2 and all(f.component for f in components)
    assert {f.value for f in find(facts, metric="rank_change", component=None)} == {-17}


def test_001_lang_son_indices():
    _, facts = facts_of("001")
    ls = dict(subject="Lạng Sơn", subject_type="province")
    assert one(facts, indicator="PCI", year=2018, metric="rank", **ls).value == 50
    assert one(facts, indicator="PCI", year=2018, metric="rank", **ls).out_of == 63
    assert one(facts, indicator="PCI", year=2018, metric="rank_change", **ls).value == 3
    assert one(facts, indicator="PAPI", year=2018, metric="score", **ls).value == 47.05
    assert one(facts, indicator="PAPI", year=2018, metric="score", **ls).unit == "points"
    assert one(facts, indicator="PAR_INDEX", year=2018, metric="rank", **ls).value == 26
    assert one(facts, indicator="PAR_INDEX", year=2018, metric="rank_change", **ls).value == 1
    assert one(facts, indicator="SIPAS", year=2018, metric="score", **ls).unit == "percent"
    assert one(facts, indicator="ICT_INDEX", year=2019, metric="rank", **ls).value == 22
    assert one(facts, indicator="ICT_INDEX", year=2019, metric="rank_change", **ls).value == 10
    assert not find(facts, subject="Bến Tre")


def test_001_par_index_score_written_without_verb():
    _, facts = facts_of("001")
    assert one(facts, indicator="PAR_INDEX", year=2018, metric="score").value == 77.25


@pytest.mark.parametrize("qualifier, value, out_of", [
    ("cut_time", 313, 1561), ("cut_time", 274, 1296), ("cut_time", 25, 210), ("cut_time", 14, 55),
    ("announced", 397, None), ("announced", 335, None), ("announced", 53, None), ("announced", 8, None),
])
def test_001_procedure_counts(qualifier, value, out_of):
    _, facts = facts_of("001")
    fact = one(facts, indicator="TTHC", metric="count", qualifier=qualifier, value=float(value))
    assert fact.out_of == out_of


@pytest.mark.parametrize("indicator, metric, qualifier, value", [
    ("DVC", "count", "total", 1859), ("DVC", "count", "level_2", 749), ("DVC", "count", "level_3", 529),
    ("DVC", "count", "level_4", 581), ("HO_SO", "count", "received", 13276), ("HO_SO", "count", "resolved", 12844),
    ("HO_SO", "count", "on_time", 12720), ("HO_SO", "count", "pending", 432), ("HO_SO", "rate", "on_time", 99.03),
])
def test_001_services_and_dossiers(indicator, metric, qualifier, value):
    _, facts = facts_of("001")
    one(facts, indicator=indicator, metric=metric, qualifier=qualifier, value=float(value))


def test_002_province_only_implied_ha_giang():
    _, facts = facts_of("002")
    hg = dict(subject="Hà Giang", subject_type="province", year=2021)
    assert one(facts, indicator="PAR_INDEX", metric="score", **hg).value == 83.87
    assert one(facts, indicator="PAR_INDEX", metric="band", **hg).value_text == "B"
    assert one(facts, indicator="SIPAS", metric="score", **hg).value == 87.60
    papi = find(facts, indicator="PAPI", metric="score", **hg)
    assert {(f.value, f.unit, f.out_of) for f in papi} == {(42.676, "points", 80), (53.34, "percent", None)}
    assert one(facts, indicator="PAPI", metric="rank", **hg).value == 33
    assert one(facts, indicator="PAPI", metric="band", **hg).value_text == "3"
    assert not find(facts, metric="rank", value=1.0), "'đứng đầu nhóm 3' is a band, not rank 1"


def test_002_title_lower_bound_is_not_a_score():
    _, facts = facts_of("002")
    assert not find(facts, indicator="PAR_INDEX", metric="score", value=83.0)
    assert not find(facts, subject="Hồ Chí Minh"), "the 'Tin mới' teaser is page chrome"


def test_003_agency_subject():
    _, facts = facts_of("003")
    office = dict(subject="Văn phòng UBND tỉnh Lạng Sơn", subject_type="agency", province="Lạng Sơn")
    assert one(facts, indicator="PAR_INDEX", year=2019, metric="score", **office).value == 88.88
    rank = one(facts, indicator="PAR_INDEX", year=2019, metric="rank", **office)
    assert (rank.value, rank.out_of) == (3, 20)
    assert one(facts, indicator="SIPAS", year=2019, metric="score", is_target=False, **office).value == 98.13
    rank = one(facts, indicator="SIPAS", year=2019, metric="rank", **office)
    assert (rank.value, rank.out_of) == (1, 20)
    target = one(facts, indicator="SIPAS", year=2020, is_target=True)
    assert target.value == 90


def test_000_spun_copy_does_not_crash_or_report_ho_chi_minh():
    _, facts = facts_of("000")
    assert facts
    assert not find(facts, subject="Hồ Chí Minh")


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_fact_is_grounded_in_its_evidence(prefix):
    text, facts = facts_of(prefix)
    for fact in facts:
        evidence = text[fact.span_start:fact.span_end]
        assert evidence and evidence in fact.sentence
        if fact.value is not None and fact.metric != "rank" or (fact.value or 0) > 1:
            digits = f"{abs(fact.value):g}".split(".")[0]
            assert digits in evidence.replace(".", "") or fact.despun, (fact, evidence)
