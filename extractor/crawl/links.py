"""Links out of discovery documents, and which of them are likely articles of a site.

Pure functions over text already fetched: trafilatura parses sitemaps and
feeds, courlan cleans, normalises and classifies URLs. The only parsing done
here is what those leave out: sitemap ``<lastmod>`` dates (for ``--since``),
sitemap-index entries without an ``.xml`` name, and ``rel="next"`` links.
A site at an address courlan cannot read ("127.0.0.1:8000", "localhost") is
handed to it under a stand-in domain (``hosts``) and its links come back real.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import courlan
from lxml import etree
from trafilatura import feeds, sitemaps
from trafilatura.utils import load_html

from .config import Site
from .hosts import Hosts

_SITEMAP_ROOT = re.compile(r"<(?:[\w.-]+:)?(?:urlset|sitemapindex)\b")
_XML = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)


@dataclass
class SitemapLinks:
    pages: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    dates: dict[str, date] = field(default_factory=dict)  # cleaned URL -> <lastmod> day


def is_sitemap(text: str) -> bool:
    return bool(_SITEMAP_ROOT.search(text[:2000]))


def is_feed(text: str) -> bool:
    """RSS, Atom or JSON feed (checked after ``is_sitemap``: both may open with ``<?xml``)."""
    head = text.lstrip()
    return not is_sitemap(head) and (feeds.is_potential_feed(head) or head.startswith("{"))


def sitemap_links(text: str, url: str) -> SitemapLinks:
    """Pages and nested sitemaps listed in a sitemap (XML or plain text), with their dates."""
    hosts = Hosts(url)
    text, url = hosts.hide(text), hosts.hide(url)
    domain, base = courlan.get_hostinfo(url)
    parsed = sitemaps.SitemapObject(base, domain or "", [])
    parsed.current_url, parsed.content = url, text
    parsed.process()
    entries, nested = _sitemap_entries(text)
    nested |= set(parsed.sitemap_urls)
    out = SitemapLinks(dates={hosts.reveal(link): day for link, day in entries.items()})
    for link in dict.fromkeys(parsed.sitemap_urls + parsed.urls):
        (out.sitemaps if link in nested else out.pages).append(hosts.reveal(link))
    return out


def _sitemap_entries(text: str) -> tuple[dict[str, date], set[str]]:
    """``<lastmod>`` (or news publication) day of each entry, and the entries of a sitemap index."""
    try:
        root = etree.fromstring(text.encode("utf-8"), _XML)
    except etree.XMLSyntaxError:
        return {}, set()
    dates: dict[str, date] = {}
    nested: set[str] = set()
    for entry in root.iter() if root is not None else ():
        if not isinstance(entry.tag, str) or etree.QName(entry).localname not in ("url", "sitemap"):
            continue
        values = {etree.QName(child).localname: (child.text or "").strip()
                  for child in entry.iter() if isinstance(child.tag, str)}
        loc = courlan.clean_url(values.get("loc", ""))
        if not loc:
            continue
        if etree.QName(entry).localname == "sitemap":
            nested.add(loc)
        day = _day(values.get("publication_date") or values.get("lastmod") or "")
        if day:
            dates[loc] = day
    return dates, nested


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def feed_links(text: str, url: str) -> list[str]:
    """Item links of an RSS, Atom or JSON feed."""
    hosts = Hosts(url)
    return [hosts.reveal(link) for link in feeds.extract_links(hosts.hide(text), _feed_params(hosts.hide(url)))]


def feed_urls(html: str, url: str) -> list[str]:
    """Feeds a page advertises (``<link rel="alternate">``, or RSS-looking links)."""
    hosts = Hosts(url)
    return [hosts.reveal(link) for link in feeds.determine_feed(hosts.hide(html), _feed_params(hosts.hide(url)))]


def _feed_params(url: str) -> feeds.FeedParameters:
    domain, base = courlan.get_hostinfo(url)
    return feeds.FeedParameters(base, domain or "", url)


def listing_links(html: str, url: str, site: Site) -> tuple[list[str], list[str]]:
    """In-site links of a listing page, split into (other links, further listing pages)."""
    hosts = Hosts(url)
    hidden = hosts.hide(html)
    links = sorted(hosts.reveal(link) for link in
                   courlan.extract_links(hidden, hosts.hide(url), external_bool=False, with_nav=True, strict=False))
    tree = load_html(hidden)
    following = tree.xpath('//link[@rel="next"]/@href | //a[@rel="next"]/@href') if tree is not None else []
    pages = [hosts.reveal(courlan.fix_relative_urls(hosts.hide(url), href)) for href in following]  # rel="next" first
    pages += [link for link in links if is_pagination(link, site)]
    return [link for link in links if link not in pages], list(dict.fromkeys(pages))


def is_pagination(url: str, site: Site) -> bool:
    return courlan.is_navigation_page(url) or any(p.search(url) for p in site.pagination)


def same_site(url: str, site: Site) -> bool:
    """On a start URL's registered domain (its subdomains count: provincial departments use them)."""
    hosts = Hosts(url, *site.start)
    return any(not courlan.is_external(hosts.hide(url), hosts.hide(start), ignore_suffix=False) for start in site.start)


def article_url(url: str, site: Site) -> str | None:
    """The normalised URL if ``url`` is likely an article page of ``site``, else None.

    courlan's strict check filters (index pages, files, imprint…); its lenient one
    normalises, keeping query parameters such as a portal's ``?ItemID=&CateID=``.
    """
    hosts = Hosts(url)
    checked = courlan.check_url(hosts.hide(url), strict=True) and courlan.check_url(hosts.hide(url))
    if not checked or courlan.get_base_url(checked[0]) == checked[0] or courlan.is_not_crawlable(checked[0]):
        return None
    url = hosts.reveal(checked[0])
    if is_pagination(url, site) or not same_site(url, site):
        return None
    if site.include and not any(p.search(url) for p in site.include):
        return None
    if any(p.search(url) for p in site.exclude):
        return None
    return url
