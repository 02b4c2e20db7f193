"""Issue 6: one agreed answer per question, with its sources (rules on hand-made rows)."""

from __future__ import annotations

import sqlite3

import pytest

from extractor import Document, Fact
from extractor.analysis import database, refresh, sqlscript
from extractor.store import Store

BINH_THUAN = dict(subject="Bình Thuận", subject_type="province", province="Bình Thuận",
                  province_2025="Lâm Đồng", indicator="PAR_INDEX", year=2015)
PAPI = {**BINH_THUAN, "indicator": "PAPI"}


def score(value: float, **changes) -> Fact:
    """A PAR INDEX 2015 score of Bình Thuận, grounded in the text ``article`` writes."""
    fields = dict(metric="score", value=value, unit="points", span_start=0, span_end=10,
                  sentence=f"Bình Thuận đạt {value} điểm.", **BINH_THUAN)
    return Fact(**{**fields, **changes})


def article(store: Store, name: str, *facts: Fact, spun: bool | None = None, published: str | None = None) -> None:
    text = " ".join(f.sentence for f in facts)
    store.write(Document(doc_id=name, source=f"{name}.txt", text=text, spun=spun, published=published),
                facts, raw_hash=name, version="test")


def observations(store: Store, **where) -> list[dict]:
    refresh(store.db)
    clause = " and ".join(f"{k} = ?" for k in where) or "1"
    return list(store.db["observations"].rows_where(clause, list(where.values()), order_by="metric, value"))


@pytest.fixture
def store(db_path):
    store = Store(db_path)
    yield store
    store.close()


def test_a_figure_and_its_spun_copy_are_one_observation_without_conflict(store):
    article(store, "original", score(85.3), spun=False)
    article(store, "copy", score(85.3), spun=True)
    [obs] = observations(store)
    assert (obs["value"], obs["documents"], obs["spun_documents"], obs["conflict"]) == (85.3, 2, 1, 0)
    assert obs["competing_values"] is None


def test_different_values_are_a_conflict_that_names_both(store):
    article(store, "a", score(85.3), published="2016-11-04")
    article(store, "b", score(84.3), published="2016-11-05")
    [obs] = observations(store)
    assert obs["conflict"] == 1
    assert "85.3 (1 doc)" in obs["competing_values"] and "84.3 (1 doc)" in obs["competing_values"]


def test_non_spun_sources_outvote_any_number_of_spun_copies(store):
    article(store, "clean", score(85.3))
    article(store, "spun1", score(58.3), spun=True)
    article(store, "spun2", score(58.3), spun=True)
    [obs] = observations(store)
    assert (obs["value"], obs["documents"], obs["spun_documents"]) == (85.3, 1, 0)
    assert obs["competing_values"] == "85.3 (1 doc) | 58.3 (2 docs, 2 spun)"


def test_majority_of_documents_wins_and_a_document_votes_once(store):
    article(store, "a", score(85.3), score(85.3, span_start=20, span_end=30))
    article(store, "b", score(84.3))
    article(store, "c", score(84.3))
    [obs] = observations(store)
    assert (obs["value"], obs["documents"]) == (84.3, 2)


def test_a_tie_goes_to_the_newest_document(store):
    article(store, "old", score(85.3), published="2016-01-01")
    article(store, "new", score(84.3), published="2017-01-01")
    article(store, "undated", score(83.3))
    assert observations(store)[0]["value"] == 84.3


def test_within_one_page_a_tie_goes_to_the_figure_mentioned_first(store):
    article(store, "page", score(85.3, span_start=50, span_end=60), score(84.3, span_start=5, span_end=15))
    assert observations(store)[0]["value"] == 84.3


def test_an_unknown_spun_flag_counts_as_not_spun(store):
    article(store, "unchecked", score(85.3), spun=None)
    article(store, "spun", score(84.3), spun=True, published="2030-01-01")
    [obs] = observations(store)
    assert (obs["value"], obs["spun_documents"]) == (85.3, 0)


def test_the_evidence_fact_is_the_agreed_value_in_a_non_spun_source(store):
    article(store, "spun", score(85.3, sentence="spun"), spun=True, published="2030-01-01")
    article(store, "clean", score(85.3, sentence="clean"), published="2016-01-01")
    [obs] = observations(store)
    evidence = store.db["facts"].get(obs["evidence_fact_id"])
    assert evidence["doc_id"] == "clean"


def test_units_and_qualifiers_are_separate_questions_not_conflicts(store):
    article(store, "papi", score(42.676, indicator="PAPI", out_of=80), score(53.34, indicator="PAPI", unit="percent"),
            Fact("TTHC", "count", 397, 0, 3, "397 TTHC", subject="Lạng Sơn", subject_type="province",
                 year=2018, qualifier="announced"),
            Fact("TTHC", "count", 313, 4, 7, "313 TTHC", subject="Lạng Sơn", subject_type="province",
                 year=2018, qualifier="cut_time"))
    rows = observations(store)
    assert len(rows) == 4 and not any(r["conflict"] for r in rows)


def test_targets_are_not_results_and_are_listed_apart(store):
    article(store, "plan", score(90, is_target=True, year=2020), score(85.3))
    assert [r["value"] for r in observations(store)] == [85.3]
    assert [r["value"] for r in store.db["targets"].rows] == [90]


def test_no_stale_rows_after_a_documents_facts_change(store):
    article(store, "a", score(85.3))
    article(store, "b", score(84.3))
    assert observations(store)[0]["conflict"] == 1
    article(store, "b", score(85.3))  # the page was corrected and re-extracted
    [obs] = observations(store)
    assert (obs["value"], obs["documents"], obs["conflict"]) == (85.3, 2, 0)
    assert store.db["observation_facts"].count == 2


def test_skipped_and_failed_pages_are_no_evidence(store):
    article(store, "ok", score(85.3))
    article(store, "broken", score(84.3))
    store.db["documents"].update("broken", {"status": "error"})
    assert [r["value"] for r in observations(store)] == [85.3]


def test_scorecard_is_one_row_per_subject_and_year_preferring_points(store):
    article(store, "hg", score(42.676, indicator="PAPI", out_of=80), score(53.34, indicator="PAPI", unit="percent"),
            Fact(metric="rank", value=33, span_start=0, span_end=5, sentence="33/63", out_of=63, **PAPI),
            Fact(metric="band", value=None, span_start=0, span_end=5, sentence="nhóm 3", value_text="3", **PAPI),
            score(85.3))
    article(store, "other", score(84.3))
    refresh(store.db)
    [row] = store.db["scorecard"].rows
    assert (row["subject"], row["year"], row["region"]) == ("Bình Thuận", 2015, "Bắc Trung Bộ và duyên hải miền Trung")
    assert (row["papi_score"], row["papi_score_unit"], row["papi_rank"], row["papi_out_of"], row["papi_band"]) == (
        42.676, "points", 33, 63, "3")
    assert row["par_index_score"] in (85.3, 84.3) and row["conflicts"] == 1


def test_the_gazetteer_tables_join_every_province_to_its_2025_unit(db_path):
    db = database(db_path)
    refresh(db)
    assert db["provinces"].count == 63 and db["units_2025"].count == 34
    orphans = db.execute("select name from provinces where unit_2025 not in (select name from units_2025)").fetchall()
    assert orphans == []
    assert db["provinces"].get("Hà Giang")["unit_2025"] == "Tuyên Quang"


def test_full_text_search_follows_rewrites_without_diacritics(store):
    article(store, "a", score(85.3, sentence="Tỉnh Bình Thuận đạt 85,30 điểm."))
    refresh(store.db)
    search = "select count(*) from facts_fts where facts_fts match ?"
    assert store.db.execute(search, ["Binh Thuan"]).fetchone()[0] == 1
    article(store, "a", score(85.3, sentence="Tỉnh Lạng Sơn đạt 85,30 điểm."))
    assert store.db.execute(search, ["Binh Thuan"]).fetchone()[0] == 0
    assert store.db.execute(search, ["Lang Son"]).fetchone()[0] == 1


def test_a_failed_refresh_leaves_the_previous_tables_in_place(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("create table kept (x)")
    with pytest.raises(sqlite3.OperationalError):
        with sqlscript.transaction(conn):
            conn.execute("drop table kept")
            conn.execute("select * from no_such_table")
    assert conn.execute("select count(*) from kept").fetchone() == (0,)


def dossiers(value: float, **changes) -> Fact:
    """A count of dossiers received by Bình Thuận in 2023."""
    fields = dict(metric="count", value=value, qualifier="received", span_start=0, span_end=10,
                  sentence=f"Tiếp nhận {value} hồ sơ.", **{**BINH_THUAN, "indicator": "HO_SO", "year": 2023})
    return Fact(**{**fields, **changes})


def test_counts_at_two_tiers_or_for_two_periods_are_separate_questions(store):
    article(store, "report", dossiers(90010, level="province", period="2023"),
            dossiers(136350, level="district", period="2023", span_start=20, span_end=30),
            dossiers(8120, level="province", period="2023-10", span_start=40, span_end=50))
    found = observations(store)
    assert {(o["level"], o["period"], o["value"]) for o in found} == {
        ("province", "2023", 90010), ("district", "2023", 136350), ("province", "2023-10", 8120)}
    assert not any(o["conflict"] for o in found)


def test_the_same_tier_and_period_stated_two_ways_is_a_conflict(store):
    article(store, "a", dossiers(90010, level="province", period="2023"))
    article(store, "b", dossiers(91000, level="province", period="2023"))
    [obs] = observations(store)
    assert obs["conflict"] == 1
