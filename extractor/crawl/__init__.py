"""Crawl provincial portals and newspapers into the fact database, politely and incrementally.

    from extractor.crawl import Settings, Site, crawl
    report = crawl([Site(start=["https://baolangson.vn/"])], "output/facts.sqlite", Settings())
    print("\\n".join(report.lines()))

``monitor`` runs the same crawl from a sites file, once or on a schedule.
"""

from .config import Settings, Site
from .crawler import crawl
from .summary import CrawlReport

__all__ = ["CrawlReport", "Settings", "Site", "crawl"]
