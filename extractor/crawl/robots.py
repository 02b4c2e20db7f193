"""robots.txt, fetched with the crawler's own User-Agent and parsed by protego.

Per Google's reading of the standard: a 4xx robots.txt means no rules; a 5xx,
429 or network failure means the host may not be crawled now. ``Crawl-delay``
and ``Request-rate`` raise the host's delay in the ``HostGate``.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from urllib.parse import urlsplit

from protego import Protego

from .gate import HostGate
from .resources import Resources

_MAX_ROBOTS_CHARS = 500_000  # what Google reads of a robots.txt


class Robots:
    """Rules per origin, loaded once per run."""

    def __init__(self, resources: Resources, gate: HostGate, user_agent: str):
        self.resources = resources
        self.gate = gate
        self.user_agent = user_agent
        self._rules: dict[str, Protego | None] = {}
        self._problems: dict[str, str] = {}
        self._locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def rules(self, url: str, site: str) -> Protego | None:
        """The rules for ``url``'s origin; None when the host must not be crawled now."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        async with self._locks[origin]:
            if origin not in self._rules:
                self._rules[origin] = await self._load(origin, parts.netloc, site)
        return self._rules[origin]

    def problem(self, url: str) -> str | None:
        parts = urlsplit(url)
        return self._problems.get(f"{parts.scheme}://{parts.netloc}")

    async def allowed(self, url: str, site: str) -> bool:
        rules = await self.rules(url, site)
        return rules is not None and rules.can_fetch(url, self.user_agent)

    async def sitemaps(self, url: str, site: str) -> list[str]:
        rules = await self.rules(url, site)
        return list(rules.sitemaps) if rules is not None else []

    async def _load(self, origin: str, host: str, site: str) -> Protego | None:
        resource = await self.resources.get(site, "robots", f"{origin}/robots.txt", allowed=None)
        status = resource.fetched.status
        if resource.text is not None:
            rules = Protego.parse(resource.text[:_MAX_ROBOTS_CHARS])
        elif status is not None and 400 <= status < 500 and status != 429:
            rules = Protego.parse("")
        else:
            self._problems[origin] = f"robots.txt unavailable: {resource.error}"
            return None
        rate = rules.request_rate(self.user_agent)
        delay = max(rules.crawl_delay(self.user_agent) or 0.0,
                    rate.seconds / rate.requests if rate and rate.requests else 0.0)
        self.gate.at_least(host, delay)
        return rules
