"""The ``pages`` table: what the crawler last saw at each URL.

It lives in the fact database beside ``documents`` and ``facts`` so one file
holds a crawl's whole state. Each save is a single upsert of the columns it
names, so a failure keeps the validators and document of the last good fetch,
and a run killed at any point leaves every row either old or new, never half.
Discovery resources (robots.txt, sitemaps, feeds, listing pages) also keep
their decoded ``body``: a 304 then still yields their links.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import datetime, timedelta, timezone

import sqlite_utils

PAGE_COLUMNS = {
    "url": str, "site": str, "kind": str, "final_url": str, "status": int, "outcome": str,
    "etag": str, "last_modified": str, "raw_hash": str, "content_hash": str, "doc_id": str,
    "error": str, "fetched_at": str, "body": str,
}
TRANSIENT_STATUS = {408, 429, 500, 502, 503, 504}
TRANSIENT_KINDS = ("timeout", "connection")
# A URL that failed for good (404, PDF, redirect loop…) is asked again only after this long.
RECHECK_FAILED_AFTER = timedelta(days=7)
_CHUNK = 500


@dataclass
class PageRow:
    url: str
    site: str | None = None
    kind: str | None = None
    final_url: str | None = None
    status: int | None = None
    outcome: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    raw_hash: str | None = None
    content_hash: str | None = None
    doc_id: str | None = None
    error: str | None = None
    fetched_at: str | None = None
    body: str | None = None
    doc_version: str | None = None  # extractor_version of doc_id's document, if any

    @property
    def failed_for_good(self) -> bool:
        if self.outcome != "error" or not self.error:
            return False
        return self.status not in TRANSIENT_STATUS and not self.error.startswith(TRANSIENT_KINDS)


@dataclass(frozen=True)
class Planned:
    """An article to request, with the validators that make the request conditional."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


class PageTable:
    """Reads and writes ``pages``; create with the fact store's database."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        table = db.table("pages")
        if not table.exists():
            table.create(PAGE_COLUMNS, pk="url")
            table.create_index(["site", "kind"])
            table.create_index(["doc_id"])

    def save(self, url: str, **columns: object) -> None:
        """Upsert only the named columns of ``url``'s row."""
        with self.db.conn:
            self.db.table("pages").upsert({"url": url, **columns}, pk="url", alter=False)

    def get(self, url: str) -> PageRow | None:
        return next(self.rows([url]), None)

    def rows(self, urls: Iterable[str]) -> Iterator[PageRow]:
        urls = list(urls)
        names = [f.name for f in fields(PageRow) if f.name != "doc_version"]
        select = ", ".join(f"p.{n}" for n in names)
        for start in range(0, len(urls), _CHUNK):
            chunk = urls[start:start + _CHUNK]
            cursor = self.db.execute(
                f"select {select}, d.extractor_version from pages p left join documents d on d.doc_id = p.doc_id "
                f"where p.url in ({', '.join('?' * len(chunk))})", chunk)
            for values in cursor.fetchall():
                yield PageRow(*values)

    def plan(self, urls: list[str], limit: int, version: str, skip_old: bool) -> list[Planned]:
        """Up to ``limit`` of ``urls`` to request: never-fetched ones in discovery order, then
        known ones least recently checked first; recent permanent failures wait their turn."""
        known = {row.url: row for row in self.rows(urls)}
        recheck_before = (datetime.now(timezone.utc) - RECHECK_FAILED_AFTER).isoformat(timespec="seconds")
        fresh = [Planned(url) for url in urls if url not in known or not known[url].fetched_at]
        revisit = sorted((row for row in known.values() if row.fetched_at), key=lambda row: row.fetched_at or "")
        revisit = [row for row in revisit
                   if not (row.failed_for_good and (row.fetched_at or "") > recheck_before)
                   and not (skip_old and row.outcome == "old")]
        return (fresh + [_validated(row, version) for row in revisit])[:limit]


def _validated(row: PageRow, version: str) -> Planned:
    """Send validators only when a 304 would really mean "nothing to do": the body was
    stored (or judged) by these very extraction rules."""
    if row.doc_id and row.doc_version != version:
        return Planned(row.url)
    return Planned(row.url, row.etag, row.last_modified)
