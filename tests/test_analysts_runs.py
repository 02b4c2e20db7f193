"""Issue 6 acceptance through real runs of the extractor: what analysts get after `extract`."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CORPUS
from extractor.analysis import database
from extractor.run import run_paths

BINH_THUAN_2015 = next(CORPUS.glob("004_*.txt")).read_text(encoding="utf-8")
# What a content farm's spinner does to it (phrases from patterns/spin/lexicon.yml, reversed).
SPINNER = {"cải cách": "cải tân", "Cải cách": "Cải tân", "so với": "so sánh với", "hài lòng": "ưng ý",
           "nhà nước": "sơn hà", "dịch vụ công": "liên doanh công",
           "công nghệ thông tin": "kỹ thuật phát triển thông tin",
           "hiện đại hóa hành chính": "phát triển hóa hành chính"}


def spun(text: str) -> str:
    for phrase, synonym in SPINNER.items():
        text = text.replace(phrase, synonym)
    return text


def par_index_score(db_path: Path) -> list[dict]:
    """The PAR INDEX 2015 score observations of Bình Thuận."""
    return list(database(db_path)["observations"].rows_where(
        "subject = 'Bình Thuận' and indicator = 'PAR_INDEX' and year = 2015 and metric = 'score'"))


def test_an_article_and_its_spun_copy_extracted_twice_are_one_observation(tmp_path, db_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "original.txt").write_text(BINH_THUAN_2015, encoding="utf-8")
    (tmp_path / "pages" / "copy.txt").write_text(spun(BINH_THUAN_2015), encoding="utf-8")
    for _ in range(2):
        run_paths([tmp_path / "pages"], db_path)
    flags = {Path(r["source"]).name: r["spun"] for r in database(db_path)["documents"].rows}
    assert flags == {"original.txt": 0, "copy.txt": 1}, "the spin stage should flag the copy"
    [obs] = par_index_score(db_path)
    assert (obs["value"], obs["documents"], obs["spun_documents"], obs["conflict"]) == (85.3, 2, 1, 0)


def test_two_articles_with_different_scores_give_a_conflict_naming_both(tmp_path, db_path):
    (tmp_path / "a.txt").write_text(BINH_THUAN_2015, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BINH_THUAN_2015.replace("85,30/100", "84,30/100"), encoding="utf-8")
    run_paths([tmp_path / "a.txt", tmp_path / "b.txt"], db_path)
    [obs] = par_index_score(db_path)
    assert obs["conflict"] == 1
    assert "85.3 (1 doc)" in obs["competing_values"] and "84.3 (1 doc)" in obs["competing_values"]


def test_a_changed_page_leaves_no_stale_rows(tmp_path, db_path):
    page = tmp_path / "page.txt"
    page.write_text(BINH_THUAN_2015, encoding="utf-8")
    run_paths([page], db_path)
    page.write_text(BINH_THUAN_2015.replace("85,30/100", "84,30/100"), encoding="utf-8")
    run_paths([page], db_path)
    [obs] = par_index_score(db_path)
    assert (obs["value"], obs["documents"], obs["conflict"]) == (84.3, 1, 0)
    scorecard = database(db_path).execute(
        "select par_index_score from scorecard where subject = 'Bình Thuận' and year = 2015").fetchall()
    assert scorecard == [(84.3,)]


@pytest.mark.parametrize("subject, year, want", [
    ("Lạng Sơn", 2018, dict(par_index_score=77.25, par_index_rank=26, par_index_out_of=63, sipas_score=75.70,
                            papi_score=47.05, pci_rank=50, pci_out_of=63)),
    ("Lạng Sơn", 2021, dict(par_index_score=87.11, par_index_rank=23, par_index_out_of=63)),  # the spun seed 000
    ("Hà Giang", 2021, dict(par_index_score=83.87, par_index_score_unit="percent", par_index_band="B",
                            sipas_score=87.60, papi_score=42.676, papi_score_unit="points", papi_rank=33,
                            papi_out_of=63, papi_band="3")),
    ("Bình Thuận", 2015, dict(par_index_score=85.30, par_index_rank=34, par_index_out_of=63, par_index_band="B")),
])
def test_the_sample_corpus_scorecard_has_the_seed_values(sample_db, subject, year, want):
    [row] = database(sample_db)["scorecard"].rows_where("subject = ? and subject_type = 'province' and year = ?",
                                                        [subject, year])
    assert {k: row[k] for k in want} == want


def test_copies_of_an_article_support_an_observation_once(tmp_path, db_path):
    """A second file with the same bytes, or with the same text written otherwise, is no independent source."""
    import unicodedata

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "original.txt").write_text(BINH_THUAN_2015, encoding="utf-8")
    (pages / "copy.txt").write_text(BINH_THUAN_2015, encoding="utf-8")
    (pages / "mirror.txt").write_text(unicodedata.normalize("NFD", BINH_THUAN_2015), encoding="utf-8")
    (pages / "spun.txt").write_text(spun(BINH_THUAN_2015), encoding="utf-8")
    run_paths([pages], db_path)
    [obs] = par_index_score(db_path)
    assert (obs["value"], obs["documents"], obs["spun_documents"]) == (85.3, 2, 1)
