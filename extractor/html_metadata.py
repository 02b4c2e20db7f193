"""Metadata of an HTML page: title, date, site and URL, read the way trafilatura reads them.

``trafilatura.bare_extraction(with_metadata=True)`` also looks for authors,
categories, tags and a licence, walking the whole tree with dozens of XPath
expressions: on provincial portals (large menus and sidebars) that was 2 ms
of its 7 ms a page, and ``documents`` stores none of them. trafilatura has no
switch to leave them out, so ``metadata`` runs the steps of
``trafilatura.metadata.extract_metadata`` that give the stored fields, in the
same order with the same helpers, and nothing else; the text is extracted with
``with_metadata=False``. ``tests/test_html_metadata.py`` holds the result to
trafilatura's own call on every HTML page the tests have, so an upgrade of
trafilatura that changes its steps shows there.
"""

from __future__ import annotations

from dataclasses import dataclass

import lxml.html
from courlan import extract_domain
from htmldate import find_date
from trafilatura import metadata as trafilatura_metadata

# htmldate's settings for the publication date: the date the page states, not the latest it mentions
DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True)
class Metadata:
    """What ``documents`` keeps of a page's metadata (as trafilatura cleans it: trimmed, entities read)."""

    title: str | None
    date: str | None
    sitename: str | None
    hostname: str | None
    url: str | None


def metadata(tree: lxml.html.HtmlElement, url: str | None = None) -> Metadata:
    """Title, date, site name, host and URL of ``tree`` (``url``: where it was fetched, if known).

    Reads the tree, never changes it, so the text can be extracted from it afterwards.
    """
    found = trafilatura_metadata.examine_meta(tree)
    try:
        found = trafilatura_metadata.extract_meta_json(tree, found)
    except Exception:  # noqa: BLE001 -- as trafilatura: a broken JSON-LD block only loses its metadata
        pass
    if not found.title:
        found.title = trafilatura_metadata.extract_title(tree)
    if not found.url:
        found.url = trafilatura_metadata.extract_url(tree, url)
    if found.url:
        found.hostname = extract_domain(found.url, fast=True)
    found.date = find_date(tree, **DATE_PARAMS, url=found.url)
    if not found.sitename:
        found.sitename = trafilatura_metadata.extract_sitename(tree)
    if found.sitename:
        found.sitename = found.sitename.lstrip("@")  # a Twitter handle
        if found.sitename and "." not in found.sitename and not found.sitename[0].isupper():
            found.sitename = found.sitename.title()
    elif found.url and (host := trafilatura_metadata.META_URL.match(found.url)):
        found.sitename = host[1]
    found.clean_and_trim()
    return Metadata(found.title, found.date, found.sitename, found.hostname, found.url)
