"""Spun pages (issue 4): the same facts from a synonym-spun copy as from its original.

The spun seed ``corpus/000_…`` is a real content-farm copy; the fixtures in
``tests/fixtures/spin/`` are short articles in the devset's style, spun here by
the test spinner (``extractor.spinner``), whose dictionary holds substitutions
the de-spinning lexicon does not know.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import extract_text
from extractor.cli import main
from extractor.despin import despin, read_numerals
from extractor.normalize import normalize
from extractor.pipeline import process
from extractor.records import Page
from extractor.spinner import spin

from conftest import CORPUS, FIXTURES

SPUN_SEED = next(CORPUS.glob("000_*.txt"))
CLEAN_SEEDS = sorted(p for p in CORPUS.glob("00[1-4]_*.txt"))
SPIN_FIXTURES = sorted((FIXTURES / "spin").glob("*.txt"))


def repaired(text: str) -> str:
    return despin(normalize(text)).mapped.text


def essentials(facts) -> list[tuple]:
    """What a spun copy must keep: which index, what figure, whose, which year."""
    return sorted((f.indicator, f.metric, f.value, f.value_text, f.subject, f.subject_type, f.year)
                  for f in facts)


@pytest.fixture(scope="module")
def seed_facts():
    text = SPUN_SEED.read_text(encoding="utf-8")
    return text, extract_text(text)


def find(facts, indicator, metric, **fields):
    return [f for f in facts if f.indicator == indicator and f.metric == metric
            and all(getattr(f, k) == v for k, v in fields.items())]


# -- the spun seed ------------------------------------------------------------------


@pytest.mark.parametrize("indicator, metric, value, out_of", [
    ("PAR_INDEX", "score", 87.11, None), ("PAR_INDEX", "rank", 23, 63),
    ("PAR_INDEX", "score_change", 3.31, None), ("PAR_INDEX", "rank_change", 13, None),
    ("SIPAS", "score", 87.07, None), ("SIPAS", "rank", 31, 63),
    ("SIPAS", "score_change", 3.1, None), ("SIPAS", "rank_change", 8, None),
])
def test_seed_000_index_figures(seed_facts, indicator, metric, value, out_of):
    _, facts = seed_facts
    [fact] = find(facts, indicator, metric, value=value)
    assert (fact.subject, fact.subject_type, fact.year, fact.out_of) == ("Lạng Sơn", "province", 2021, out_of)
    if metric == "score":
        assert fact.unit == "percent"


@pytest.mark.parametrize("indicator, qualifier, value", [
    ("DVC", "level_3", 526), ("DVC", "level_4", 593), ("TTHC", "integrated_national_portal", 1600),
])
def test_seed_000_counts(seed_facts, indicator, qualifier, value):
    _, facts = seed_facts
    assert find(facts, indicator, "count", qualifier=qualifier, value=value)


def test_seed_000_never_reads_a_spun_digit_as_another_number(seed_facts):
    _, facts = seed_facts
    assert not find(facts, "TTHC", "count", value=600)  # "một.600" is 1600, not 600


def test_seed_000_has_no_ho_chi_minh_fact(seed_facts):
    _, facts = seed_facts
    assert all(f.subject != "Hồ Chí Minh" for f in facts)


def test_seed_000_facts_say_they_were_despun_and_are_less_sure(seed_facts):
    text, facts = seed_facts
    assert facts and all(f.despun for f in facts)
    clean = extract_text(repaired(text))
    assert not any(f.despun for f in clean)
    confidence = {(f.indicator, f.metric, f.value): f.confidence for f in clean}
    assert all(f.confidence < confidence[(f.indicator, f.metric, f.value)] for f in facts
               if (f.indicator, f.metric, f.value) in confidence)


def test_seed_000_spans_point_into_the_stored_text(seed_facts):
    text, facts = seed_facts
    [portal] = find(facts, "TTHC", "count", value=1600)
    assert text[portal.span_start:portal.span_end] == "một.600 TTHC"
    [change] = find(facts, "SIPAS", "score_change")
    assert text[change.span_start:change.span_end] == "tăng 3,một%"
    [rank] = find(facts, "PAR_INDEX", "rank")
    assert text[rank.span_start:rank.span_end] == "xếp thứ hạng 23/63"
    assert all(f.sentence in text for f in facts)


# -- the spin score -------------------------------------------------------------------


def stored(path: Path):
    return process(Page(str(path), path.read_bytes(), "text")).document


def test_spin_score_flags_the_spun_seed_only():
    spun = stored(SPUN_SEED)
    assert spun.spun and spun.spin_score > 0.9
    for path in CLEAN_SEEDS:
        document = stored(path)
        assert not document.spun and document.spin_score < 0.3, path.name


@pytest.mark.parametrize("path", SPIN_FIXTURES, ids=lambda p: p.stem)
def test_spin_score_flags_spun_copies_of_the_fixtures(path):
    text = path.read_text(encoding="utf-8")
    assert not despin(normalize(text)).spun
    assert despin(normalize(spin(text, seed=0, rate=0.8))).spun


# -- the repairs, one by one --------------------------------------------------------------


@pytest.mark.parametrize("spun, original", [
    ("tăng 3,một%", "tăng 3,1%"),
    ("hiện có một.600 TTHC", "hiện có 1.600 TTHC"),
    ("tăng không,65 điểm", "tăng 0,65 điểm"),
    ("xếp thứ một/63", "xếp thứ 1/63"),
    ("ngày 23.tám vừa qua", "ngày 23.8 vừa qua"),
])
def test_number_words_inside_numerals_become_digits(spun, original):
    assert repaired(spun) == original
    assert read_numerals(spun) == original


@pytest.mark.parametrize("text", ["biến thể BA.5 của Covid-19", "năm 2021", "một, hai tỉnh", "ba/bốn lần"])
def test_number_words_outside_numerals_stay(text):
    assert repaired(text) == text


def test_doubled_prefixes_lose_their_second_copy():
    assert repaired("UBND tỉnh Tỉnh Lạng Sơn tổ chức") == "UBND tỉnh Lạng Sơn tổ chức"
    assert repaired("Tỉnh Tỉnh Lạng Sơn đạt 87,11%") == "Tỉnh Lạng Sơn đạt 87,11%"


def test_city_artefact_is_repaired_only_after_tinh():
    assert repaired("xếp thứ 23/63 tỉnh, TP. Hồ Chí Minh, tăng 13 bậc") == "xếp thứ 23/63 tỉnh, thành phố, tăng 13 bậc"
    assert repaired("TP. Hồ Chí Minh xếp thứ 2/63") == "TP. Hồ Chí Minh xếp thứ 2/63"
    assert repaired("Long An, TP. Hồ Chí Minh và Bình Dương") == "Long An, TP. Hồ Chí Minh và Bình Dương"


def test_real_words_are_only_mapped_where_the_context_says_so():
    assert repaired("do đó, sản phẩm đạt 87,07%") == "do đó, kết quả đạt 87,07%"
    assert repaired("trả sản phẩm đúng hạn") == "trả kết quả đúng hạn"
    assert repaired("sản phẩm OCOP của tỉnh") == "sản phẩm OCOP của tỉnh"
    assert repaired("đã sở hữu 526 dịch vụ") == "đã có 526 dịch vụ"
    assert repaired("sở hữu trí tuệ") == "sở hữu trí tuệ"


def test_lexicon_keeps_a_capital_that_starts_a_sentence():
    assert repaired("Cải tân hành chính. Chỉ số ưng ý") == "Cải cách hành chính. Chỉ số hài lòng"


def test_every_repaired_character_maps_into_the_stored_text():
    text = "Năm 2021, chỉ số cải tân hành chính của tỉnh Tỉnh Lạng Sơn tăng 3,một%."
    mapped = despin(normalize(text)).mapped
    start = mapped.text.index("3,1%")
    a, b = mapped.original_span(start, start + len("3,1%"))
    assert text[a:b] == "3,một%"
    start = mapped.text.index("cải cách")
    a, b = mapped.original_span(start, start + len("cải cách"))
    assert text[a:b] == "cải tân"


def test_clean_text_is_left_as_it_was():
    for path in CLEAN_SEEDS:
        text = normalize(path.read_text(encoding="utf-8")).text
        assert repaired(text) == text, path.name


# -- the spinner -----------------------------------------------------------------------------


def test_spinner_is_deterministic_given_a_seed():
    text = SPIN_FIXTURES[0].read_text(encoding="utf-8")
    assert spin(text, seed=7) == spin(text, seed=7)
    assert spin(text, seed=7) != spin(text, seed=8)


def test_spinner_makes_the_seed_artefacts():
    text = "Lạng Sơn đạt 87,11%, xếp thứ 23/63 tỉnh, thành phố, tăng 3,1% và có 1.600 TTHC."
    spun = spin(text, seed=0, rate=1.0)
    assert "Tỉnh Lạng Sơn" in spun and "tỉnh, TP. Hồ Chí Minh" in spun
    assert "ba,một%" in spun and "một.600" in spun and "sở hữu" in spun


# -- spun copies give the same facts ------------------------------------------------------------


@pytest.mark.parametrize("path", SPIN_FIXTURES, ids=lambda p: p.stem)
def test_fixture_has_facts(path):
    assert len(extract_text(path.read_text(encoding="utf-8"))) >= 4


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(min_value=0, max_value=10**6), rate=st.floats(min_value=0.2, max_value=1.0),
       index=st.integers(min_value=0, max_value=len(SPIN_FIXTURES) - 1))
def test_spun_copy_has_the_same_facts(seed, rate, index):
    text = SPIN_FIXTURES[index].read_text(encoding="utf-8")
    spun = spin(text, seed=seed, rate=rate)
    assert essentials(extract_text(spun)) == essentials(extract_text(text))


def test_eval_spin_scores_spun_copies(tmp_path):
    for path in SPIN_FIXTURES:
        text = path.read_text(encoding="utf-8")
        gold = [{"subject": f.subject, "subject_type": f.subject_type, "indicator": f.indicator, "year": f.year,
                 "metric": f.metric, "value": f.value, "value_text": f.value_text, "qualifier": f.qualifier,
                 "is_target": f.is_target, "evidence": text[f.span_start:f.span_end]} for f in extract_text(text)]
        (tmp_path / path.name).write_text(text, encoding="utf-8")
        (tmp_path / path.with_suffix(".json").name).write_text(json.dumps({"facts": gold}), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(tmp_path), "--spin", "--seed", "3", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["index_f1"] == 1.0 and figures["count_f1"] == 1.0
    assert figures["originals_flagged"] == 0 and figures["copies_flagged"] == figures["copies"] > 0
