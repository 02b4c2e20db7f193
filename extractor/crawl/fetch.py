"""One polite HTTP GET: conditional, capped, retried, every failure named.

Redirects are followed by hand so that each hop is checked against robots.txt
and spaced by its host's delay, and so a loop is reported as a loop. A failure
never raises: it comes back as ``Fetched.error`` = "kind: detail", where kind
is what the run summary counts (``http 404``, ``timeout``, ``not html`` …).
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

import httpx

from .config import Settings
from .gate import HostGate

HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
ANY_TYPE: tuple[str, ...] = ()
_RETRY_STATUS = {429, 500, 502, 503, 504}
_RETRY_KINDS = {"timeout", "connection"}
_MAX_RETRY_AFTER = 120.0

Allowed = Callable[[str], Awaitable[bool]]


@dataclass
class Fetched:
    """What one URL gave, after redirects and retries."""

    url: str
    final_url: str
    status: int | None = None
    content: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    fetched_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))
    retry_after: float | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def error_kind(self) -> str | None:
        return error_kind(self.error) if self.error else None

    @property
    def retryable(self) -> bool:
        return self.status in _RETRY_STATUS or self.error_kind in _RETRY_KINDS


@dataclass
class RequestStats:
    """Every request sent, for the run summary and the benchmark."""

    sent: int = 0
    conditional: int = 0
    not_modified: int = 0
    bodies: int = 0  # 2xx responses whose body was read
    retries: int = 0
    by_status: Counter = field(default_factory=Counter)


class Fetcher:
    """GETs through one shared ``httpx.AsyncClient``, paced by a ``HostGate``."""

    def __init__(self, client: httpx.AsyncClient, gate: HostGate, settings: Settings):
        self.client = client
        self.gate = gate
        self.settings = settings
        self.stats = RequestStats()

    async def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
                    accept: tuple[str, ...] = HTML_TYPES, allowed: Allowed | None = None) -> Fetched:
        """GET ``url``, sending validators if given; retries transient failures with backoff."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for attempt in range(self.settings.retries + 1):
            fetched = await self._follow(url, headers, accept, allowed)
            if not fetched.retryable or attempt == self.settings.retries:
                return fetched
            self.stats.retries += 1
            wait = self.settings.backoff * 2 ** attempt
            await asyncio.sleep(min(max(wait, fetched.retry_after or 0.0), _MAX_RETRY_AFTER))
        raise AssertionError("unreachable")

    async def _follow(self, url: str, headers: dict[str, str], accept: tuple[str, ...],
                      allowed: Allowed | None) -> Fetched:
        current, seen = url, {url}
        for _ in range(self.settings.max_redirects + 1):
            if allowed is not None and not await allowed(current):
                return Fetched(url, current, error=f"disallowed: robots.txt forbids {current}")
            async with self.gate.slot(current):
                fetched, location = await self._get(url, current, headers, accept)
            if location is None:
                return fetched
            current = location
            if current in seen:
                return Fetched(url, current, status=fetched.status, error=f"redirect loop: back to {current}")
            seen.add(current)
        return Fetched(url, current, error=f"too many redirects: more than {self.settings.max_redirects}")

    async def _get(self, url: str, current: str, headers: dict[str, str],
                   accept: tuple[str, ...]) -> tuple[Fetched, str | None]:
        """One request; returns the result and, for a redirect, where it points."""
        self.stats.sent += 1
        self.stats.conditional += bool(headers)
        try:
            async with self.client.stream("GET", current, headers=headers) as response:
                self.stats.by_status[response.status_code] += 1
                fetched = Fetched(url, str(response.url), status=response.status_code,
                                  content_type=response.headers.get("content-type", ""),
                                  etag=response.headers.get("etag"),
                                  last_modified=response.headers.get("last-modified"),
                                  retry_after=_retry_after(response.headers.get("retry-after")))
                if response.is_redirect and "location" in response.headers:
                    return fetched, str(response.url.join(response.headers["location"]))
                if response.status_code == 304:
                    self.stats.not_modified += 1
                elif response.status_code >= 400 or response.is_redirect:
                    fetched.error = f"http {response.status_code}: {response.reason_phrase}"
                elif accept and fetched.content_type and not fetched.content_type.lower().startswith(accept):
                    fetched.error = f"not html: {fetched.content_type.split(';')[0]}"
                else:
                    fetched.content, fetched.error = await self._read(response)
                    self.stats.bodies += fetched.error is None
                return fetched, None
        except httpx.TimeoutException as exc:
            return Fetched(url, current, error=f"timeout: {type(exc).__name__} after {self.settings.timeout:g} s"), None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            return Fetched(url, current, error=f"invalid url: {exc}"), None
        except httpx.DecodingError as exc:
            return Fetched(url, current, error=f"bad content-encoding: {exc}"), None
        except httpx.TransportError as exc:
            return Fetched(url, current, error=f"connection: {type(exc).__name__}: {exc}"), None

    async def _read(self, response: httpx.Response) -> tuple[bytes, str | None]:
        """The body, unless it (or what it declares) passes the size cap or the overall deadline."""
        cap = self.settings.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            return b"", f"too large: {declared} bytes declared, cap {cap}"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 4 * self.settings.timeout
        chunks, size = [], 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > cap:
                return b"", f"too large: over {cap} bytes"
            if loop.time() > deadline:
                return b"", f"timeout: body still arriving after {4 * self.settings.timeout:g} s"
            chunks.append(chunk)
        return b"".join(chunks), None


def error_kind(error: str | None) -> str:
    """What a "kind: detail" error counts as in a summary."""
    return (error or "unknown").split(":")[0]


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds())
    except (TypeError, ValueError):
        return None
