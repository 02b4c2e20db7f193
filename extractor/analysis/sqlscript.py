"""Run the package's ``.sql`` files inside one explicit transaction.

``sqlite3.Connection.executescript`` commits before it starts, so it cannot
take part in a larger transaction; splitting on complete statements can.
Readers (Datasette, a notebook) then see the derived tables either wholly
before or wholly after a refresh, never half-built.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from string import Template


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back if anything inside raises."""
    conn.execute("begin immediate")
    try:
        yield
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def statements(script: str) -> Iterator[str]:
    """The complete SQL statements of ``script``, in order."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement: {pending.strip()[:80]}")


def run(conn: sqlite3.Connection, name: str, **substitutions: str) -> None:
    """Execute ``extractor/analysis/<name>``; ``$name`` placeholders are filled from ``substitutions``."""
    script = Template(files(__package__).joinpath(name).read_text(encoding="utf-8")).substitute(substitutions)
    for statement in statements(script):
        conn.execute(statement)
