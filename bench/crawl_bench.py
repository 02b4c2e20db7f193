"""Issue 5 measurement: crawl throughput against a local site, and the cost of an unchanged re-run.

    python bench/crawl_bench.py                    # 200 articles at --delay 0, 15 with the default politeness
    python bench/crawl_bench.py --pages 500 --polite-pages 30

Serves a generated site (robots.txt, a sitemap, N article pages built from the
test fixture's articles with varied figures) from tests/site_server.py on
127.0.0.1, then runs ``extract crawl``'s Python API three times:

1. politeness off (``delay=0``): pages/s, discovery included;
2. the same again, unchanged: requests sent and what they were;
3. default politeness (1 s between requests to the host) on a smaller site.

Not a test: it prints figures, it asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from site_server import BASE, FIXTURE, SiteServer  # noqa: E402

from extractor.crawl import Settings, Site, crawl  # noqa: E402

TEMPLATES = sorted((FIXTURE / "tin-tuc").glob("*.html"))


def make_site(folder: Path, pages: int) -> Path:
    """robots.txt, one sitemap and ``pages`` articles whose figures differ (so none is a duplicate)."""
    rng = random.Random(5)
    site = folder / "site"
    (site / "bai").mkdir(parents=True)
    urls = []
    for number in range(pages):
        html = TEMPLATES[number % len(TEMPLATES)].read_bytes().decode("utf-8", "replace")
        marker = f"<p>Mã bài viết {number}: tổng hợp của Sở Nội vụ, số {rng.randint(1000, 9999)}.</p></article>"
        html = html.replace("87,11%", f"{rng.uniform(70, 95):.2f}%".replace(".", ",")).replace("</article>", marker)
        name = f"bai/bai-viet-cai-cach-hanh-chinh-{number:05d}.html"
        (site / name).write_text(html, encoding="utf-8")
        urls.append(f"  <url><loc>{BASE}/{name}</loc><lastmod>2023-06-01</lastmod></url>")
    (site / "sitemap.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
                                      'schemas/sitemap/0.9">\n' + "\n".join(urls) + "\n</urlset>\n", encoding="utf-8")
    (site / "robots.txt").write_text(f"User-agent: *\nDisallow: /noi-bo/\nSitemap: {BASE}/sitemap.xml\n",
                                     encoding="utf-8")
    (site / "index.html").write_text("<html><body><h1>Cổng thông tin</h1></body></html>", encoding="utf-8")
    return site


def measure(server: SiteServer, db: Path, pages: int, delay: float, label: str) -> None:
    before = len(server.log)
    started = time.perf_counter()
    report = crawl([Site(start=[f"{BASE}/"], delay=delay, max_pages=pages, listing_pages=0)], db,
                   Settings(proxy=server.proxy))
    seconds = time.perf_counter() - started
    sent = server.log[before:]
    total = report.total()
    kinds = Counter(f"{'conditional' if e.conditional else 'plain'} GET -> {e.status}" for e in sent)
    print(f"{label}: {total.requested} article pages in {seconds:.2f} s = {total.requested / seconds:.2f} pages/s "
          f"(new documents {total.outcomes['new']}, unchanged {total.outcomes['unchanged']}, facts {total.facts})")
    print(f"    requests: {len(sent)} sent; " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
          + f"; full bodies {report.requests.bodies}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=200, help="articles for the politeness-off runs")
    parser.add_argument("--polite-pages", type=int, default=15, help="articles for the default-politeness run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with SiteServer(work / "fast", source=make_site(work / "gen-fast", args.pages)) as server:
            measure(server, work / "fast.sqlite", args.pages, 0.0, "delay 0, first run")
            measure(server, work / "fast.sqlite", args.pages, 0.0, "delay 0, second run, site unchanged")
        with SiteServer(work / "polite", source=make_site(work / "gen-polite", args.polite_pages)) as server:
            measure(server, work / "polite.sqlite", args.polite_pages, Site.model_fields["delay"].default,
                    "default politeness (1 s per host), first run")


if __name__ == "__main__":
    main()
