"""Discovery documents (robots.txt, sitemaps, feeds, listing pages), fetched conditionally.

Their decoded text is cached in ``pages.body``: when the server answers 304
the cached text stands in, so an unchanged site costs one small conditional
request per document and still yields all its links.
"""

from __future__ import annotations

import gzip
import io
import zlib
from dataclasses import dataclass

from ..decode import DecodeError, decode, header_charset
from .dbthread import DedicatedThread
from .fetch import ANY_TYPE, Allowed, Fetched, Fetcher
from .ingest import Ingest

_GZIP_MAGIC = b"\x1f\x8b"


@dataclass
class Resource:
    url: str
    text: str | None  # None when nothing usable came back; ``error`` says why
    fetched: Fetched
    error: str | None = None


class Resources:
    """Fetch a discovery document, reusing its cached text on 304."""

    def __init__(self, fetcher: Fetcher, thread: DedicatedThread, ingest: Ingest):
        self.fetcher = fetcher
        self.thread = thread
        self.ingest = ingest

    async def get(self, site: str, kind: str, url: str, allowed: Allowed | None) -> Resource:
        cached = await self.thread.run(self.ingest.pages.get, url)
        if cached is None or cached.body is None:
            fetched = await self.fetcher.fetch(url, accept=ANY_TYPE, allowed=allowed)
        else:
            fetched = await self.fetcher.fetch(url, etag=cached.etag, last_modified=cached.last_modified,
                                               accept=ANY_TYPE, allowed=allowed)
        text, error = None, fetched.error
        if fetched.not_modified:
            text = cached.body if cached is not None else None
            error = None if text is not None else "http 304: not modified, but nothing cached"
        elif error is None:
            text, error = self._decode(fetched.content, header_charset(fetched.content_type))
        await self.thread.run(self.ingest.save_resource, site, kind, fetched, text, error)
        return Resource(url, text, fetched, error)

    def _decode(self, content: bytes, charset: str | None) -> tuple[str | None, str | None]:
        """Text of a body in its declared ``charset``, gunzipping ``.xml.gz`` sitemaps (within the size cap)."""
        try:
            if content.startswith(_GZIP_MAGIC):
                cap = self.fetcher.settings.max_bytes
                content = gzip.GzipFile(fileobj=io.BytesIO(content)).read(cap + 1)
                if len(content) > cap:
                    return None, f"too large: gzip body over {cap} bytes"
            return decode(content, charset).text, None
        except (OSError, EOFError, zlib.error) as exc:
            return None, f"bad gzip: {exc}"
        except DecodeError as exc:
            return None, str(exc)
