"""Store: documents and facts in SQLite, one transaction per document.

Writing a document replaces its earlier facts in the same transaction, so a
re-run never duplicates a row and a crash never leaves half a document.
The schema is the analysts' interface; README.md documents every column.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from .records import Document, Fact

DOCUMENT_COLUMNS = {
    "doc_id": str, "source": str, "url": str, "title": str, "published": str, "site": str,
    "text": str, "spin_score": float, "spun": int, "status": str, "error": str, "warning": str,
    "content_hash": str, "raw_hash": str, "extracted_at": str, "extractor_version": str,
}
FACT_COLUMNS = {
    "fact_id": str, "doc_id": str, "subject": str, "subject_type": str, "province": str,
    "province_2025": str, "indicator": str, "component": str, "year": int, "metric": str,
    "value": float, "value_text": str, "unit": str, "out_of": float, "qualifier": str,
    "level": str, "period": str, "is_target": int, "sentence": str, "span_start": int, "span_end": int, "pattern": str,
    "confidence": float, "despun": int,
}


# Plain statements, prepared once by sqlite3's cache: sqlite-utils' upsert and insert_all
# re-read the schema on every call, which cost more than the writing on a page without facts.
_UPSERT_DOCUMENT = (
    f"insert into documents ({', '.join(DOCUMENT_COLUMNS)}) values ({', '.join('?' * len(DOCUMENT_COLUMNS))}) "
    f"on conflict(doc_id) do update set {', '.join(f'{c} = excluded.{c}' for c in DOCUMENT_COLUMNS if c != 'doc_id')}"
)
_INSERT_FACT = f"insert or replace into facts ({', '.join(FACT_COLUMNS)}) values ({', '.join('?' * len(FACT_COLUMNS))})"


def _add_missing(table: sqlite_utils.db.Table, columns: dict[str, type]) -> None:
    """Columns a database from an older release lacks (its rows get NULL until re-extracted)."""
    for name in columns.keys() - table.columns_dict.keys():
        table.add_column(name, columns[name])


class StoreError(RuntimeError):
    """The database cannot be opened or written."""


class Store:
    """The fact database. ``Store(path)`` creates the tables if needed."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite_utils.Database(self.path)
            self.db.execute("PRAGMA journal_mode=WAL")
            # In WAL mode NORMAL syncs at checkpoints, not at every commit: a crash of the process
            # loses nothing and the file is never corrupt; a power cut may undo the last documents
            # written, which the next run then extracts again. FULL cost 0.5 ms a document.
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._create()
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc

    def _create(self) -> None:
        documents = self.db.table("documents")
        if not documents.exists():
            documents.create(DOCUMENT_COLUMNS, pk="doc_id")
            documents.create_index(["status"])
            documents.create_index(["content_hash"])
        _add_missing(documents, DOCUMENT_COLUMNS)
        facts = self.db.table("facts")
        if not facts.exists():
            facts.create(FACT_COLUMNS, pk="fact_id", foreign_keys=[("doc_id", "documents", "doc_id")])
            facts.create_index(["doc_id"])
            facts.create_index(["indicator", "year", "metric"])
            facts.create_index(["subject", "indicator", "year"])
        _add_missing(facts, FACT_COLUMNS)

    def is_current(self, doc_id: str, raw_hash: str, version: str) -> bool:
        """True when this exact input was already extracted by this version of the rules."""
        row = self.db.execute(
            "select 1 from documents where doc_id = ? and raw_hash = ? and extractor_version = ?",
            [doc_id, raw_hash, version],
        ).fetchone()
        return row is not None

    def write(self, document: Document, facts: Iterable[Fact], raw_hash: str | None, version: str) -> int:
        """Replace ``document`` and its facts atomically; returns the number of facts written."""
        row = document.row()
        row.update(raw_hash=raw_hash, extractor_version=version,
                   extracted_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
        if row["spun"] is not None:
            row["spun"] = int(row["spun"])
        rows = [f.row(document.doc_id) for f in facts]
        try:
            with self.db.conn:
                self.db.execute(_UPSERT_DOCUMENT, [row[name] for name in DOCUMENT_COLUMNS])
                self.db.execute("delete from facts where doc_id = ?", [document.doc_id])
                self.db.conn.executemany(_INSERT_FACT, [[fact[name] for name in FACT_COLUMNS] for fact in rows])
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write {document.source} to {self.path}: {exc}") from exc
        return len(rows)

    def close(self) -> None:
        self.db.close()
