"""Issue 14: a long run starts a new spaCy vocabulary now and then, and its rows do not change.

spaCy keeps a lexeme for every token text it has seen, and figures are mostly
new numbers, so a run's memory grew page after page. The run loop renews the
vocabulary (and the patterns compiled into it) between pages once it holds
``pipeline.VOCABULARY_LIMIT`` strings. Here the limit is so low that the
vocabulary is renewed before every page, and the database must hold what a
run that never renews it writes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from conftest import CORPUS
from extractor import pipeline, tokens
from extractor.run import run_paths

FOLDERS = [CORPUS, Path(__file__).resolve().parent / "fixtures" / "site" / "tin-tuc"]


def _content(db: Path) -> tuple[list, list]:
    with sqlite3.connect(db) as conn:
        documents = conn.execute("select doc_id, text, title, published, spin_score, spun, content_hash, status "
                                 "from documents order by doc_id").fetchall()
        return documents, conn.execute("select * from facts order by fact_id").fetchall()


def test_renewing_the_vocabulary_between_pages_changes_no_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run_paths(FOLDERS, tmp_path / "kept.sqlite")
    first = tokens.vocab()
    renewed = []
    monkeypatch.setattr(pipeline, "VOCABULARY_LIMIT", 0)
    monkeypatch.setattr(pipeline, "process", lambda page, process=pipeline.process: (
        renewed.append(tokens.vocab() is not first), process(page))[1])
    run_paths(FOLDERS, tmp_path / "renewed.sqlite")
    kept, renewed_content = _content(tmp_path / "kept.sqlite"), _content(tmp_path / "renewed.sqlite")
    assert len(renewed) > 10 and all(renewed)
    assert len(kept[1]) > 20 and renewed_content == kept

