"""Merge shard databases into one: what cluster tasks wrote, or ``extract --db`` runs made elsewhere.

Idempotent by stable ids: a document already in the output with the same raw
bytes and extractor version is left as it is, so merging twice, or merging
overlapping shards, adds nothing; a document that changed replaces its old
row and facts, as a local re-run would. Each shard is one transaction; the
analysts' derived tables are rebuilt once after the last.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from .analysis import refresh
from .store import Store, StoreError

# Documents of the shard that the output lacks, or holds from other bytes or rules.
_CHANGED = """select s.doc_id from shard.documents s where not exists (
    select 1 from main.documents d where d.doc_id = s.doc_id
    and d.raw_hash is s.raw_hash and d.extractor_version is s.extractor_version)"""


@dataclass
class Merged:
    """What merging added: documents new or replaced, and their facts."""

    shards: int = 0
    documents: int = 0
    facts: int = 0

    def line(self) -> str:
        return f"shards merged: {self.shards}  documents added or replaced: {self.documents}  facts: {self.facts}"


def merge(out: Store, shards: list[Path]) -> Merged:
    """Merge each shard database into ``out``, then refresh what is derived from it."""
    total = Merged()
    for shard in shards:
        documents, facts = merge_shard(out, shard)
        total.shards += 1
        total.documents += documents
        total.facts += facts
    refresh(out.db)
    return total


def merge_shard(out: Store, shard: Path, shard_id: str | None = None) -> tuple[int, int]:
    """Merge one shard; with ``shard_id``, record it in ``shards`` so a re-run can skip it.

    Returns the documents added or replaced and their facts.
    """
    if not shard.is_file():
        raise StoreError(f"no such shard database: {shard}")
    if shard_id is not None:
        _ensure_shards_table(out)
    db = out.db
    try:
        db.attach("shard", shard)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open shard {shard}: {exc}") from exc
    try:
        documents, facts = _columns(db, "documents"), _columns(db, "facts")
        with db.conn:
            db.execute(f"delete from main.facts where doc_id in ({_CHANGED})")
            cursor = db.execute(f"insert or replace into main.facts ({facts}) select {facts} from shard.facts "
                                f"where doc_id in ({_CHANGED})")
            fact_rows = cursor.rowcount
            cursor = db.execute(f"insert or replace into main.documents ({documents}) "
                                f"select {documents} from shard.documents where doc_id in ({_CHANGED})")
            document_rows = cursor.rowcount
            if shard_id is not None:
                db.execute("insert or replace into main.shards (shard_id, merged_at, documents, facts) "
                           "values (?, ?, ?, ?)", [shard_id, _now(), document_rows, fact_rows])
    except sqlite3.Error as exc:
        raise StoreError(f"cannot merge {shard} into {out.path}: {exc}") from exc
    finally:
        db.execute("detach database shard")
    return document_rows, fact_rows


def merged_shards(out: Store) -> set[str]:
    """The ids of the shards already merged into ``out``."""
    _ensure_shards_table(out)
    return {row[0] for row in out.db.execute("select shard_id from shards")}


def _ensure_shards_table(out: Store) -> None:
    out.db["shards"].create({"shard_id": str, "merged_at": str, "documents": int, "facts": int},
                            pk="shard_id", if_not_exists=True)


def _columns(db: sqlite_utils.Database, table: str) -> str:
    """The columns the output and the shard both have, so an older shard still merges."""
    mine = [c.name for c in db[table].columns]
    theirs = {row[1] for row in db.execute(f"pragma shard.table_info({table})")}
    if not theirs:
        raise StoreError(f"not an extractor database (no {table} table)")
    return ", ".join(c for c in mine if c in theirs)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
