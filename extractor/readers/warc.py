"""Read WARC files (``.warc``, ``.warc.gz``) into ``Page`` records, one record at a time.

WARC is what crawlers and Common Crawl write. Each HTTP response with an HTML
body becomes a page whose ``source`` and ``url`` are the record's
WARC-Target-URI and whose ``fetched_at`` is its WARC-Date (``published`` falls
back to it). Other records (requests, metadata, images, redirects) are counted
in the tally, never stored. A broken record becomes an error page and reading
resumes at the next record, so one bad stretch never loses the rest of a file.

``start``/``end`` select the records that *begin* in a byte range, so a large
WARC can be split at record boundaries (``split_warc``) into shards that
together read every record exactly once.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeadersParserException

from ..decode import header_charset
from ..records import Page

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_BROKEN = (ArchiveLoadFailed, StatusAndHeadersParserException, zlib.error, EOFError, ValueError)
_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_LINE = b"\nWARC/1."
_BLOCK = 1 << 20


def read_warc(path: Path, tally: Counter[str] | None = None, start: int = 0, end: int | None = None) -> Iterator[Page]:
    """Pages of the HTML responses whose records begin in ``[start, end)``; the rest counted in ``tally``."""
    tally = Counter() if tally is None else tally
    gz = path.name.lower().endswith(".gz")
    with path.open("rb") as stream:
        position: int | None = start
        while position is not None and (end is None or position < end):
            stream.seek(position)
            records = ArchiveIterator(stream)
            try:
                for record in records:
                    item = _page(record)  # reads the body before the offset call consumes it
                    offset = records.get_record_offset()
                    if end is not None and offset >= end:
                        return
                    position = offset + records.get_record_length()
                    if isinstance(item, Page):
                        yield item
                    else:
                        tally[item] += 1
                return
            except _BROKEN as exc:
                yield Page(f"{path}@{position}", b"", "html", error=f"broken WARC record: {str(exc).strip()}")
                position = _next_record(stream, position + 1, gz)


def split_warc(path: Path, parts: int) -> list[tuple[int, int | None]]:
    """Byte ranges at record boundaries with about the same number of records each.

    Finding the boundaries inflates the whole file once, so callers split only
    when there are fewer files than workers.
    """
    offsets: list[int] = []
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        try:
            for _ in records:
                offsets.append(records.get_record_offset())
        except _BROKEN:
            pass  # records past a broken one stay in the last range
    bounds = sorted({offsets[len(offsets) * k // parts] for k in range(1, parts)} - {0}) if offsets else []
    return list(zip([0, *bounds], [*bounds, None]))


def _page(record: ArcWarcRecord) -> Page | str:
    """The page of an HTML response, or the reason the record is not one."""
    if record.rec_type != "response":
        return f"WARC {record.rec_type} record"
    http = record.http_headers
    if http is None:
        return "WARC response without HTTP headers"
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    status = http.get_statuscode()
    if not (len(status) == 3 and status.isdigit()):
        return Page(uri, b"", "html", url=uri, error=f"broken WARC record: bad HTTP status line {http.statusline[:40]!r}")
    if not status.startswith("2"):
        return f"WARC response HTTP {status}"
    content_type = http.get_header("Content-Type") or ""
    mime = content_type.split(";")[0].strip().lower()
    body = record.content_stream().read()
    if mime not in HTML_TYPES and not (not mime and _looks_like_html(body)):
        return f"WARC response not HTML ({mime or 'no type'})"
    return Page(uri, body, "html", url=uri, fetched_at=record.rec_headers.get_header("WARC-Date"),
                charset=header_charset(content_type))


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def _next_record(stream: BinaryIO, position: int, gz: bool) -> int | None:
    """Where the next record starts at or after ``position``: a gzip member that inflates to ``WARC/``,
    or a ``WARC/1.`` line in a plain file; ``None`` at the end of the file."""
    marker = _GZIP_MEMBER if gz else _WARC_LINE
    while True:
        stream.seek(position)
        block = stream.read(_BLOCK)
        found = block.find(marker)
        if found < 0:
            if len(block) < _BLOCK:
                return None
            position += len(block) - len(marker) + 1
            continue
        candidate = position + found + (0 if gz else 1)
        if not gz or _inflates_to_warc(stream, candidate):
            return candidate
        position = candidate + 1


def _inflates_to_warc(stream: BinaryIO, position: int) -> bool:
    stream.seek(position)
    try:
        return zlib.decompressobj(31).decompress(stream.read(4096), 5) == b"WARC/"
    except zlib.error:
        return False
