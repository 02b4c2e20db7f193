"""Discovery: the article URLs a site offers right now.

Start pages come first: a start URL may be a feed, a sitemap or a listing
page; a listing page also yields the feeds it advertises and its pagination
(up to ``Site.listing_pages``). Then the sitemaps named in robots.txt (or
``/sitemap.xml``), newest nested sitemap first. Candidates keep that order —
feeds and listings show the newest articles, sitemaps the backlog — and only
likely article pages of the site survive (``links.article_url``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from urllib.parse import urlsplit

from . import links
from .config import Site
from .resources import Resources
from .robots import Robots

_MAX_FEEDS_PER_PAGE = 3


@dataclass
class Discovery:
    candidates: dict[str, str] = field(default_factory=dict)  # article URL -> how it was found
    old: int = 0  # sitemap entries dated before --since
    problems: list[str] = field(default_factory=list)  # discovery documents that gave nothing

    @property
    def via(self) -> Counter:
        return Counter(self.candidates.values())


class Discoverer:
    """Finds one site's candidate article URLs through ``Resources``."""

    def __init__(self, site: Site, resources: Resources, robots: Robots, since: date | None):
        self.site = site
        self.resources = resources
        self.robots = robots
        self.since = since
        self.allowed = partial(robots.allowed, site=site.name)
        self.found = Discovery()
        self._sitemap_texts: dict[str, str] = {}
        self._feeds_seen: set[str] = set()
        self._listings: set[str] = set()

    async def run(self) -> Discovery:
        for url in self.site.start:
            await self._start(url)
        await self._sitemaps()
        for url in self._listings:  # start pages linked from each other are not articles
            self.found.candidates.pop(links.article_url(url, self.site) or url, None)
        return self.found

    async def _get(self, kind: str, url: str) -> str | None:
        resource = await self.resources.get(self.site.name, kind, url, self.allowed)
        if resource.text is None:
            self.found.problems.append(f"{kind} {url}: {resource.error}")
        return resource.text

    def _add(self, urls: list[str], via: str) -> None:
        for url in urls:
            article = links.article_url(url, self.site)
            if article is not None:
                self.found.candidates.setdefault(article, via)

    async def _start(self, url: str) -> None:
        text = await self._get("start", url)
        if text is None:
            return
        if links.is_sitemap(text):
            self._sitemap_texts[url] = text
        elif links.is_feed(text):
            self._add(links.feed_links(text, url), "feed")
        else:
            await self._listing(url, text)

    async def _listing(self, url: str, html: str) -> None:
        for feed in links.feed_urls(html, url)[:_MAX_FEEDS_PER_PAGE]:
            if feed not in self._feeds_seen:
                self._feeds_seen.add(feed)
                text = await self._get("feed", feed)
                if text is not None:
                    self._add(links.feed_links(text, feed), "feed")
        self._listings.add(url)
        queue, seen, followed = [(url, html)], {url}, 0
        while queue:
            page_url, page_html = queue.pop(0)
            articles, more = links.listing_links(page_html, page_url, self.site)
            self._add(articles, "listing")
            for next_url in more:
                if next_url in seen or followed >= self.site.listing_pages:
                    continue
                seen.add(next_url)
                followed += 1
                text = await self._get("listing", next_url)
                if text is not None:
                    queue.append((next_url, text))

    async def _sitemaps(self) -> None:
        seeds = list(self._sitemap_texts)
        for origin in dict.fromkeys(f"{p.scheme}://{p.netloc}" for p in map(urlsplit, self.site.start)):
            seeds += await self.robots.sitemaps(origin, self.site.name) or [f"{origin}/sitemap.xml"]
        queue, seen = list(dict.fromkeys(seeds)), set[str]()
        pages: list[tuple[date | None, str]] = []
        while queue and len(seen) < self.site.max_sitemaps:
            url = queue.pop(0)
            if url in seen:
                continue
            seen.add(url)
            text = self._sitemap_texts.get(url) or await self._get("sitemap", url)
            if text is None:
                continue
            parsed = links.sitemap_links(text, url)
            nested = sorted(parsed.sitemaps, key=lambda u: parsed.dates.get(u, date.min), reverse=True)
            queue += [u for u in nested if not self._too_old(parsed.dates.get(u))]
            pages += [(parsed.dates.get(u), u) for u in parsed.pages]
        pages.sort(key=lambda entry: (entry[0] is None, -(entry[0] or date.min).toordinal()))  # newest first
        self._add([url for day, url in pages if not self._too_old(day)], "sitemap")
        self.found.old += sum(links.article_url(url, self.site) is not None for day, url in pages if self._too_old(day))

    def _too_old(self, day: date | None) -> bool:
        return self.since is not None and day is not None and day < self.since
