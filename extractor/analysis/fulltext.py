"""Full-text search (SQLite FTS5) over documents and fact sentences.

Set up once with sqlite-utils; its triggers then keep the indexes in step with
every later insert, update and delete, whichever executor wrote the rows.
Search with ``documents_fts`` / ``facts_fts`` in SQL, or Datasette's search box.
The default tokenizer folds diacritics, so "Lang Son" also finds "Lạng Sơn".
"""

from __future__ import annotations

import sqlite_utils

INDEXED = {"documents": ["title", "text"], "facts": ["sentence"]}


def enable(db: sqlite_utils.Database) -> None:
    """Create the FTS5 tables and their triggers where they do not exist yet."""
    for table, columns in INDEXED.items():
        if db[table].detect_fts() is None:
            db[table].enable_fts(columns, fts_version="FTS5", create_triggers=True)
