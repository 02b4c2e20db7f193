"""The main job: `extract PATH...` into SQLite, idempotent, and never losing work to bad input."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main
from conftest import CORPUS

ARTICLE = ("Năm 2021, chỉ số PAR INDEX của tỉnh Lạng Sơn đạt 87,11%, xếp thứ 23/63 tỉnh, thành phố, "
           "tăng 13 bậc so với năm 2020.\n")


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_corpus_extracts_and_summarises(tmp_path, db_path):
    result = run(str(CORPUS), "--db", str(db_path), "-q")
    assert result.exit_code == 0, result.output
    assert "documents read: 5" in result.output and "PAR_INDEX" in result.output
    assert rows(db_path, "select count(*) from documents where status = 'ok'") == [(5,)]
    assert rows(db_path, "select count(*) from facts")[0][0] > 40


def test_rerun_changes_nothing(tmp_path, db_path):
    run(str(CORPUS), "--db", str(db_path), "-q")
    before = rows(db_path, "select fact_id, value from facts order by fact_id")
    result = run(str(CORPUS), "--db", str(db_path), "-q")
    assert "unchanged: 5" in result.output
    assert rows(db_path, "select fact_id, value from facts order by fact_id") == before


def test_a_changed_file_replaces_its_facts(tmp_path, db_path):
    page = tmp_path / "page.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    run(str(page), "--db", str(db_path), "-q")
    page.write_text(ARTICLE.replace("87,11", "88,02"), encoding="utf-8")
    run(str(page), "--db", str(db_path), "-q")
    scores = rows(db_path, "select value from facts where metric = 'score'")
    assert scores == [(88.02,)]
    assert rows(db_path, "select count(*) from documents") == [(1,)]


def test_bad_inputs_are_recorded_and_the_run_goes_on(tmp_path, db_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.html").write_text("<html><body></body></html>", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PDF" * 50)
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    result = run(str(folder), "--db", str(db_path), "-q")
    assert result.exit_code == 0, result.output
    status = dict(rows(db_path, "select source, status from documents"))
    assert status[str(folder / "good.txt")] == "ok"
    assert {status[str(folder / name)] for name in ("empty.html", "binary.txt", "scan.pdf")} == {"skipped"}
    reasons = {e for (e,) in rows(db_path, "select error from documents where status != 'ok'")}
    assert any("binary" in r for r in reasons) and any("unsupported" in r for r in reasons)
    assert rows(db_path, "select count(*) from facts")[0][0] >= 3


def test_missing_path_is_a_usage_error(db_path):
    result = run("no/such/folder", "--db", str(db_path))
    assert result.exit_code == 2 and "no such file" in result.output


def test_unwritable_database_fails_with_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run(str(CORPUS), "--db", str(blocker / "facts.sqlite"), "-q")
    assert result.exit_code == 1 and "cannot open database" in result.output


@pytest.mark.parametrize("layout", ["aside", "table"])
def test_html_page_facts_come_from_the_article_not_the_sidebar(tmp_path, db_path, layout):
    from extractor.portal import portal_page

    page = tmp_path / "page.html"
    page.write_text(portal_page("Lạng Sơn tăng 13 bậc chỉ số PAR INDEX\n\n" + ARTICLE, layout=layout), encoding="utf-8")
    run(str(page), "--db", str(db_path), "-q")
    subjects = {s for (s,) in rows(db_path, "select distinct subject from facts")}
    assert subjects == {"Lạng Sơn"}
    text, = rows(db_path, "select text from documents")[0]
    for start, end, value in rows(db_path, "select span_start, span_end, value from facts"):
        assert str(int(value)) in text[start:end]


def test_spans_point_into_the_stored_text_for_nfd_input(tmp_path, db_path):
    import unicodedata

    page = tmp_path / "nfd.txt"
    page.write_text(unicodedata.normalize("NFD", ARTICLE), encoding="utf-8")
    run(str(page), "--db", str(db_path), "-q")
    (text,) = rows(db_path, "select text from documents")[0]
    spans = rows(db_path, "select span_start, span_end, metric from facts")
    assert spans
    for start, end, metric in spans:
        assert unicodedata.normalize("NFC", text[start:end]).startswith(("đạt", "xếp", "tăng")), metric


def test_a_few_bad_bytes_cost_a_warning_not_the_document(tmp_path, db_path):
    raw = next(CORPUS.glob("004_*.txt")).read_bytes()
    third = raw.index(b" ", len(raw) // 3)
    page = tmp_path / "004.txt"
    page.write_bytes(raw[:third] + b"\xff\xfe\xc3" + raw[third:])
    result = run(str(page), "--db", str(db_path), "-q")
    assert "warning (1): not UTF-8" in result.output
    (status, warning, text), = rows(db_path, "select status, warning, text from documents")
    assert status == "ok" and text.startswith("Kết quả công bố") and warning == "not UTF-8: 3 bytes replaced"
    assert rows(db_path, "select value from facts where subject = 'Bình Thuận' and indicator = 'PAR_INDEX' "
                         "and year = 2015 and metric = 'score'") == [(85.3,)]


def test_a_database_from_an_older_release_gains_the_new_columns(db_path):
    from extractor.store import DOCUMENT_COLUMNS, FACT_COLUMNS

    with sqlite3.connect(db_path) as conn:
        older = [c for c in DOCUMENT_COLUMNS if c not in ("doc_id", "warning")]
        conn.execute(f"create table documents (doc_id text primary key, {', '.join(older)})")
        older_facts = [c for c in FACT_COLUMNS if c not in ("fact_id", "level", "period")]
        conn.execute(f"create table facts (fact_id text primary key, {', '.join(older_facts)})")
    assert run(str(CORPUS), "--db", str(db_path), "-q").exit_code == 0
    assert rows(db_path, "select count(*) from documents where warning is null") == [(5,)]
    assert rows(db_path, "select level, period from facts where indicator = 'TTHC' and value = 335") == [
        ("province", "2019")]


def test_a_folder_named_two_ways_is_one_set_of_documents(tmp_path, db_path, monkeypatch):
    import shutil

    pages = tmp_path / "pages"
    shutil.copytree(CORPUS, pages)
    run(str(pages), "--db", str(db_path), "-q")
    monkeypatch.chdir(tmp_path)
    for spelling in ("pages", "./pages/../pages/"):
        assert "unchanged: 5" in run(spelling, "--db", str(db_path), "-q").output
    assert {source for (source,) in rows(db_path, "select source from documents")} == {
        str(path) for path in pages.iterdir()}


def test_the_command_line_loads_no_language_library_before_a_command_needs_it():
    """``extract --help`` answers at once; bench/startup.py has the times."""
    code = "import sys, extractor.cli; print(sorted({'spacy', 'underthesea', 'trafilatura'} & set(sys.modules)))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=CORPUS.parent).stdout
    assert loaded.strip() == "[]"
