"""Politeness in time: one request at a time per host, spaced by that host's delay.

The spacing is measured from the end of the previous response, so a slow
server is never hit faster than its delay. A global semaphore bounds how many
requests are in flight across all hosts; a host waiting out its delay does not
hold one of those slots.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlsplit


class HostGate:
    """Per-host delays plus a bound on concurrent requests."""

    def __init__(self, concurrency: int, default_delay: float):
        self._slots = asyncio.Semaphore(concurrency)
        self._default = default_delay
        self._delays: dict[str, float] = {}
        self._locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._done_at: dict[str, float] = {}

    def set_delay(self, host: str, seconds: float) -> None:
        """The delay a site asks for (``Site.delay``)."""
        self._delays[host] = seconds

    def at_least(self, host: str, seconds: float) -> None:
        """Raise ``host``'s delay, e.g. to its robots.txt Crawl-delay; never lowers it."""
        self._delays[host] = max(self.delay(host), seconds)

    def delay(self, host: str) -> float:
        return self._delays.get(host, self._default)

    @asynccontextmanager
    async def slot(self, url: str) -> AsyncIterator[None]:
        """Hold ``url``'s host for one request."""
        host = urlsplit(url).netloc
        loop = asyncio.get_running_loop()
        async with self._locks[host]:
            wait = self._done_at.get(host, -1e9) + self.delay(host) - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            try:
                async with self._slots:
                    yield
            finally:
                self._done_at[host] = loop.time()
