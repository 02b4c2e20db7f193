"""Tables and views as CSV or JSON files, for people who do not use SQL.

Only formats the standard library writes (Parquet would need pyarrow, a
heavy dependency for a small table: open the CSV or the SQLite file instead).
CSV is written with a byte-order mark so Excel reads Vietnamese correctly.
Rows are streamed, so a large ``facts`` table never sits in memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

import sqlite_utils

DEFAULT_TABLES = ("scorecard", "observations", "facts", "provinces")


def export(db: sqlite_utils.Database, tables: tuple[str, ...], fmt: str, out_dir: Path) -> list[Path]:
    """Write each of ``tables`` (tables or views) to ``out_dir/<name>.<fmt>``; returns the files."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    known = set(db.table_names()) | set(db.view_names())
    unknown = [t for t in tables if t not in known]
    if unknown:
        raise ValueError(f"no such table or view: {', '.join(unknown)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name in tables:
        path = out_dir / f"{name}.{fmt}"
        cursor = db.execute(f"select * from [{name}]")
        columns = [c[0] for c in cursor.description]
        WRITERS[fmt](path, columns, cursor)
        written.append(path)
    return written


def _write_csv(path: Path, columns: list[str], rows: Iterable[Sequence]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows(rows)


def _write_json(path: Path, columns: list[str], rows: Iterable[Sequence]) -> None:
    """A JSON array of objects, one per line, written as rows arrive."""
    with path.open("w", encoding="utf-8") as handle:
        handle.write("[")
        for i, row in enumerate(rows):
            handle.write(",\n" if i else "\n")
            handle.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False))
        handle.write("\n]\n")


WRITERS = {"csv": _write_csv, "json": _write_json}
FORMATS = tuple(WRITERS)
