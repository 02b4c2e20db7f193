"""The ``provinces`` and ``units_2025`` tables, copied from the pattern gazetteer.

The YAML files stay the one place a province is defined; these tables only
let SQL (and Datasette) join facts to a region or a 2025 unit.
"""

from __future__ import annotations

import json
import sqlite3

from .. import patterns
from . import sqlscript


def write(conn: sqlite3.Connection) -> None:
    """Replace both tables' rows with the current gazetteer (inside the caller's transaction)."""
    sqlscript.run(conn, "gazetteer.sql")
    conn.executemany(
        "insert into units_2025 (name, type, members, aliases) values (?, ?, ?, ?)",
        [(u["name"], u["type"], _json(u.get("members")), _json(u.get("aliases")))
         for u in patterns.load("gazetteer/units_2025")],
    )
    conn.executemany(
        "insert into provinces (name, type, region, unit_2025, slug, aliases) values (?, ?, ?, ?, ?, ?)",
        [(p["name"], p["type"], p["region"], p["unit_2025"], p["slug"], _json(p.get("aliases")))
         for p in patterns.load("gazetteer/provinces")],
    )


def _json(values: list[str] | None) -> str:
    return json.dumps(values or [], ensure_ascii=False)
