"""A crawl run: sites in, rows in the fact database, a report out.

The event loop owns the network (one ``httpx.AsyncClient``, a ``HostGate``);
one dedicated thread owns the database and the extraction pipeline. Sites are
crawled concurrently; within a site the next article is fetched while the
previous one is being mined.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial
from pathlib import Path

import httpx

from .config import Settings, Site
from .dbthread import DedicatedThread
from .discover import Discoverer
from .fetch import Fetched, Fetcher
from .gate import HostGate
from .ingest import Ingest
from .pages import Planned
from .resources import Resources
from .robots import Robots
from .summary import CrawlReport, SiteSummary

Progress = Callable[[str], None]
_REPORTED = {"new", "updated", "duplicate", "error", "skipped"}


def crawl(sites: list[Site], db: str | Path, settings: Settings | None = None,
          progress: Progress | None = None) -> CrawlReport:
    """Crawl ``sites`` into the fact database ``db``; safe to interrupt and run again."""
    if not sites:
        raise ValueError("no sites to crawl")
    return asyncio.run(crawl_async(sites, db, settings or Settings(), progress or (lambda _: None)))


async def crawl_async(sites: list[Site], db: str | Path, settings: Settings, progress: Progress) -> CrawlReport:
    thread = DedicatedThread("chiso-db")
    try:
        ingest = await thread.run(Ingest, db)
        try:
            async with _client(settings) as client:
                gate = HostGate(settings.concurrency, default_delay=max(site.delay for site in sites))
                fetcher = Fetcher(client, gate, settings)
                resources = Resources(fetcher, thread, ingest)
                robots = Robots(resources, gate, settings.user_agent)
                run = _Run(settings, thread, ingest, fetcher, resources, robots, progress)
                summaries = await asyncio.gather(*(run.site(site) for site in sites))
        finally:
            await thread.run(ingest.close)
    finally:
        thread.shutdown()
    return CrawlReport(list(summaries), fetcher.stats)


def _client(settings: Settings) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        headers={"User-Agent": settings.user_agent, "Accept-Language": "vi, en;q=0.5",
                 "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5"},
        timeout=settings.timeout, follow_redirects=False, proxy=settings.proxy,
        limits=httpx.Limits(max_connections=settings.concurrency))


class _Run:
    """What every site of one run shares."""

    def __init__(self, settings: Settings, thread: DedicatedThread, ingest: Ingest, fetcher: Fetcher,
                 resources: Resources, robots: Robots, progress: Progress):
        self.settings = settings
        self.thread = thread
        self.ingest = ingest
        self.fetcher = fetcher
        self.resources = resources
        self.robots = robots
        self.progress = progress

    async def site(self, site: Site) -> SiteSummary:
        summary = SiteSummary(site.name, verified=site.verified)
        for host in site.hosts:
            self.fetcher.gate.set_delay(host, site.delay)
        if await self.robots.rules(site.start[0], site.name) is None:
            summary.problem = self.robots.problem(site.start[0])
            self.progress(f"[{site.name}] not crawled: {summary.problem}")
            return summary
        found = await Discoverer(site, self.resources, self.robots, self.settings.since).run()
        if not found.candidates and not found.old:  # a wrong start URL, or a site we cannot read: say so
            summary.problem = f"no article URLs found at {', '.join(site.start)}"
            summary.discovery_problems = found.problems
            self.progress(f"[{site.name}] not crawled: {summary.problem}")
            return summary
        allowed: list[str] = []
        refused: list[str] = []
        for url in found.candidates:
            (allowed if await self.robots.allowed(url, site.name) else refused).append(url)
        await self.thread.run(self.ingest.disallowed, site.name, refused)
        plan = await self.thread.run(self.ingest.plan, allowed, site.max_pages, self.settings.since is not None)
        summary.discovered, summary.via, summary.disallowed = len(found.candidates), found.via, len(refused)
        summary.requested, summary.discovery_problems = len(plan), found.problems
        summary.outcomes["old"] += found.old
        self.progress(f"[{site.name}] {len(found.candidates)} article URLs ({dict(found.via)}), "
                      f"{len(refused)} disallowed by robots.txt; requesting {len(plan)} "
                      f"at {self.fetcher.gate.delay(next(iter(site.hosts)))} s per request")
        await self._articles(site, plan, summary)
        self.progress(f"[{site.name}] done: {summary.line()}")
        return summary

    async def _articles(self, site: Site, plan: list[Planned], summary: SiteSummary) -> None:
        """Fetch the planned articles one after another, mining each while the next downloads."""
        queue: asyncio.Queue[Fetched | None] = asyncio.Queue(maxsize=1)
        allowed = partial(self.robots.allowed, site=site.name)

        async def produce() -> None:
            try:
                for planned in plan:
                    await queue.put(await self.fetcher.fetch(planned.url, etag=planned.etag,
                                                             last_modified=planned.last_modified, allowed=allowed))
            finally:
                await queue.put(None)

        producer = asyncio.create_task(produce())
        try:
            while (fetched := await queue.get()) is not None:
                outcome = await self.thread.run(self.ingest.article, site.name, fetched, self.settings.since)
                summary.add(outcome)
                if outcome.kind in _REPORTED:
                    detail = f"{outcome.facts} facts" if outcome.kind in ("new", "updated") else outcome.reason or ""
                    self.progress(f"[{site.name}] {outcome.kind} {outcome.url} {detail}".rstrip())
            await producer
        finally:
            producer.cancel()
