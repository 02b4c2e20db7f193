"""The database side of a crawl: one fetched article in, one outcome out.

An article is mined only when its bytes changed; it becomes a new document
only when its extracted text (not its menus or "Tin khác" sidebar) is new to
the database, so the same article at two URLs is one document. The document
and its facts are written first, then the ``pages`` row: a run killed between
the two refetches the page, finds its text already stored and just records it.
Everything here runs on the crawl's database thread (see ``dbthread``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import lxml.etree
import lxml.html

from ..analysis import refresh
from ..decode import header_charset
from ..pipeline import process
from ..records import Page
from ..run import extractor_version
from ..store import Store
from .fetch import Fetched, error_kind
from .pages import PageRow, PageTable, Planned


@dataclass(frozen=True)
class Outcome:
    """What became of one article URL.

    ``kind``: new / updated (document written), unchanged / duplicate (text
    already stored), old (published before --since), skipped (no article
    text), error (no usable response).
    """

    kind: str
    url: str
    facts: int = 0
    reason: str | None = None  # the error or skip kind
    body: bool = False  # a full body was received


class Ingest:
    """Owns the fact store and the ``pages`` table for one crawl run."""

    def __init__(self, db: str | Path):
        self.store = Store(db)
        self.pages = PageTable(self.store.db)
        self.version = extractor_version()

    def close(self) -> None:
        """Rebuild the analysts' tables from what the crawl wrote, then close the store."""
        refresh(self.store.db)
        self.store.close()

    def plan(self, urls: list[str], limit: int, skip_old: bool) -> list[Planned]:
        return self.pages.plan(urls, limit, self.version, skip_old)

    def save_resource(self, site: str, kind: str, fetched: Fetched, text: str | None, error: str | None) -> None:
        """Record a discovery document; its text is kept for the next 304."""
        row: dict[str, object] = dict(site=site, kind=kind, final_url=fetched.final_url, status=fetched.status,
                                      fetched_at=fetched.fetched_at, error=error)
        if error:
            row["outcome"] = "error"
        elif fetched.not_modified:
            row["outcome"] = "unchanged"
        else:
            row.update(outcome="fetched", body=text, etag=fetched.etag, last_modified=fetched.last_modified,
                       raw_hash=_sha1(fetched.content))
        self.pages.save(fetched.url, **row)

    def disallowed(self, site: str, urls: list[str]) -> None:
        """Record article URLs robots.txt keeps us from; they are never requested."""
        for url in urls:
            self.pages.save(url, site=site, kind="article", outcome="disallowed",
                            error="disallowed: robots.txt forbids this URL")

    def article(self, site: str, fetched: Fetched, since: date | None) -> Outcome:
        """Store what ``fetched`` says about an article URL and return the outcome."""
        url = fetched.url
        row: dict[str, object] = dict(site=site, kind="article", final_url=fetched.final_url,
                                      status=fetched.status, fetched_at=fetched.fetched_at)
        if fetched.error:
            self.pages.save(url, **row, outcome="error", error=fetched.error)
            return Outcome("error", url, reason=fetched.error_kind)
        previous = self.pages.get(url)
        validators = {"etag": fetched.etag, "last_modified": fetched.last_modified}
        raw_hash = _sha1(fetched.content)
        if fetched.not_modified or (previous is not None and self._same_bytes(previous, raw_hash)):
            fresh = {k: v for k, v in validators.items() if v}
            cleared = {"error": None} if previous is not None and previous.outcome == "error" else {}
            self.pages.save(url, **row, **fresh, **cleared, outcome="unchanged")
            return Outcome("unchanged", url, body=not fetched.not_modified)
        return self._mine(url, fetched, row | validators, raw_hash, previous, since)

    def _same_bytes(self, previous: PageRow, raw_hash: str) -> bool:
        """The body is byte-identical to one already judged by these rules."""
        return previous.raw_hash == raw_hash and (previous.doc_id is None or previous.doc_version == self.version)

    def _mine(self, url: str, fetched: Fetched, row: dict[str, object], raw_hash: str,
              previous: PageRow | None, since: date | None) -> Outcome:
        kind = "text" if fetched.content_type.lower().startswith("text/plain") else "html"
        declared = _declared_type(fetched.content) if kind == "html" else None
        if declared not in (None, "article"):
            self.pages.save(url, **row, raw_hash=raw_hash, content_hash=None, doc_id=None, outcome="skipped",
                            error=f"not an article: og:type {declared}")
            return Outcome("skipped", url, reason="not an article", body=True)
        page = Page(fetched.final_url, fetched.content, kind, url=fetched.final_url, fetched_at=fetched.fetched_at,
                    charset=header_charset(fetched.content_type))
        result = process(page)
        doc = result.document
        if doc.status == "error":  # an extraction bug: keep no validators, so a fixed release retries it
            self.pages.save(url, **row | {"etag": None, "last_modified": None}, outcome="error", error=doc.error)
            return Outcome("error", url, reason=error_kind(doc.error), body=True)
        if doc.status != "ok":
            self.pages.save(url, **row, raw_hash=raw_hash, content_hash=None, doc_id=None,
                            outcome="skipped", error=doc.error)
            return Outcome("skipped", url, reason=error_kind(doc.error), body=True)
        if since is not None and doc.published and doc.published < since.isoformat():
            # no validators or hash kept: a later run without --since must mine it
            self.pages.save(url, **row | {"etag": None, "last_modified": None}, raw_hash=None,
                            outcome="old", error=None)
            return Outcome("old", url, body=True)
        same = self._same_text(doc.content_hash, page.doc_id)
        if same is not None and same[1] == self.version:
            doc_id, facts = same[0], 0
            known = {page.doc_id, previous.doc_id if previous else None}
            outcome = "unchanged" if doc_id in known else "duplicate"
        else:
            doc_id = same[0] if same is not None else page.doc_id
            existed = self._has_document(doc_id)
            doc.doc_id = doc_id
            facts = self.store.write(doc, result.facts, raw_hash, self.version)
            outcome = "updated" if existed else "new"
        self.pages.save(url, **row, raw_hash=raw_hash, content_hash=doc.content_hash, doc_id=doc_id,
                        outcome=outcome, error=None)
        return Outcome(outcome, url, facts=facts, body=True)

    def _same_text(self, content_hash: str | None, doc_id: str) -> tuple[str, str] | None:
        """(doc_id, extractor_version) of a stored document with this text, preferring ``doc_id``."""
        found = self.store.db.execute(
            "select doc_id, extractor_version from documents where content_hash = ? and status = 'ok' "
            "order by doc_id = ? desc, extracted_at, doc_id limit 1", [content_hash, doc_id]).fetchone()
        return (found[0], found[1]) if found else None

    def _has_document(self, doc_id: str) -> bool:
        return self.store.db.execute("select 1 from documents where doc_id = ?", [doc_id]).fetchone() is not None


def _declared_type(content: bytes) -> str | None:
    """The page's own ``og:type``: category and home pages say "website", and their
    teaser lists would otherwise be mined as if they were articles."""
    try:
        found = lxml.html.document_fromstring(content).xpath('//meta[@property="og:type"]/@content')
    except (lxml.etree.ParserError, ValueError):
        return None
    return found[0].strip().lower() if found else None


def _sha1(content: bytes) -> str:
    return hashlib.sha1(content).hexdigest()
