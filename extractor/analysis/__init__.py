"""The analysts' side: derived tables, views and exports over the fact table.

``refresh(db)`` rebuilds everything derived from ``documents`` and ``facts``
in one transaction; every executor (the local run, the crawler, the worker
pool) calls it after writing, so nothing derived is ever stale:

- ``provinces`` / ``units_2025``: the gazetteer as tables to join to;
- ``observations`` (+ ``observation_facts``): one agreed value per question,
  with its supporting documents and any conflict (rule in observations.sql);
- views ``scorecard`` (wide, per subject and year), ``observation_evidence``
  (each observation's facts with their evidence text) and ``targets``;
- FTS5 indexes ``documents_fts`` and ``facts_fts`` (created once, kept by triggers).

Observations are a table rather than a view: the agreement rule needs window
functions over all facts, too slow to re-run on every Datasette page view;
rebuilding it once per run keeps reads instant and the rule in one place.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from ..records import stable_id
from ..store import Store
from . import fulltext, gazetteer, scorecard, sqlscript

__all__ = ["database", "refresh"]


def database(db: str | Path | sqlite_utils.Database) -> sqlite_utils.Database:
    """``db`` as a sqlite-utils database; a path is opened as a ``Store``, creating the fact tables if new."""
    return db if isinstance(db, sqlite_utils.Database) else Store(db).db


def refresh(db: str | Path | sqlite_utils.Database) -> None:
    """Rebuild every derived table and view of ``db`` from its documents and facts."""
    db = database(db)
    conn = db.conn
    conn.create_function("chiso_id", -1, stable_id, deterministic=True)
    with sqlscript.transaction(conn):
        gazetteer.write(conn)
        sqlscript.run(conn, "observations.sql")
        sqlscript.run(conn, "views.sql", **scorecard.substitutions())
    fulltext.enable(db)

