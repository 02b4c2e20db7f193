"""Full-text search (SQLite FTS5) over documents and fact sentences.

Set up with sqlite-utils; its triggers then keep the indexes in step with
every later insert, update and delete, whichever executor wrote the rows.
Search with ``documents_fts`` / ``facts_fts`` in SQL, or Datasette's search box.
``remove_diacritics 2`` folds Vietnamese letters with two marks too ("ậ"), so
"Binh Thuan" finds "Bình Thuận" ("đ" stays a letter of its own: "Da Nang" does
not find "Đà Nẵng", "Đa Nang" does).
"""

from __future__ import annotations

import sqlite_utils

INDEXED = {"documents": ["title", "text"], "facts": ["sentence"]}
TOKENIZER = "unicode61 remove_diacritics 2"


def enable(db: sqlite_utils.Database) -> None:
    """Create the FTS5 tables and triggers, or recreate them if their configuration changed."""
    for table, columns in INDEXED.items():
        db[table].enable_fts(columns, create_triggers=True, tokenize=TOKENIZER, replace=True)
