"""Issue 6: `extract export` for spreadsheets and `extract show` for checking a page by eye."""

from __future__ import annotations

import csv
import json

from click.testing import CliRunner

from conftest import CORPUS
from extractor.analysis import database
from extractor.analysis.export import DEFAULT_TABLES
from extractor.cli import main


def extract(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_export_csv_writes_the_default_tables_for_excel(sample_db, tmp_path):
    result = extract("export", "--db", str(sample_db), "--out", str(tmp_path))
    assert result.exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{t}.csv" for t in DEFAULT_TABLES)
    assert (tmp_path / "scorecard.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8
    with (tmp_path / "scorecard.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {"Hà Giang", "Bình Thuận", "Lạng Sơn"} <= {r["subject"] for r in rows}
    assert len(rows) == database(sample_db)["scorecard"].count


def test_export_json_writes_one_object_per_row(sample_db, tmp_path):
    result = extract("export", "--db", str(sample_db), "--out", str(tmp_path), "--format", "json",
                     "--table", "observations")
    assert result.exit_code == 0
    rows = json.loads((tmp_path / "observations.json").read_text(encoding="utf-8"))
    assert len(rows) == database(sample_db)["observations"].count
    assert {"obs_id", "value", "documents", "spun_documents", "conflict"} <= set(rows[0])


def test_export_of_an_unknown_table_is_a_usage_error(sample_db, tmp_path):
    result = extract("export", "--db", str(sample_db), "--out", str(tmp_path), "--table", "nope")
    assert result.exit_code == 2 and "nope" in result.output


def test_show_highlights_every_fact_at_its_span(sample_db, tmp_path):
    source = str(next(CORPUS.glob("004_*.txt")))
    result = extract("show", source, "--db", str(sample_db), "--out", str(tmp_path))
    assert result.exit_code == 0
    page = (tmp_path / result.output.strip().rsplit("/", 1)[-1]).read_text(encoding="utf-8")
    assert "PAR_INDEX 2015 score 85.3 pts/100 · Bình Thuận" in page
    assert "PAR_INDEX 2015 score 85.11% · Việt Nam" in page
    doc_id = result.output.strip().rsplit("/", 1)[-1].removesuffix(".html")
    facts = database(sample_db)["facts"].count_where("doc_id = ?", [doc_id])
    assert page.count('<span style="background:') >= facts  # one underline (at least) per fact
    assert f"{facts} facts" in page


def test_show_finds_a_document_by_id(sample_db, tmp_path):
    doc_id = database(sample_db).execute("select doc_id from documents limit 1").fetchone()[0]
    result = extract("show", doc_id, "--db", str(sample_db), "--out", str(tmp_path))
    assert result.exit_code == 0 and (tmp_path / f"{doc_id}.html").exists()


def test_show_of_an_unknown_document_fails_with_a_reason(sample_db, tmp_path):
    result = CliRunner().invoke(main, ["show", "nope", "--db", str(sample_db), "--out", str(tmp_path)])
    assert result.exit_code == 1 and "no document 'nope'" in result.output
