"""The crawler against a real HTTP server on 127.0.0.1 (see ``site_server``).

Every test crawls the fixture site through real sockets: discovery, robots.txt,
retries, conditional requests and the database rows are all the real thing.
Timeouts and retry pauses are shrunk so the whole file runs in well under a minute.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import LATIN1_PAGE
from site_server import BASE, HUGE, PDF, RETRY_OK, SLOW, SiteServer

from extractor.cli import main
from extractor.crawl import Settings, Site, crawl
from extractor.crawl.config import SitesFileError, load_sites
from extractor.crawl.monitor import monitor_every, parse_interval

ROOT = Path(__file__).resolve().parent.parent
STARTS = [f"{BASE}/", f"{BASE}/chuyen-muc/cai-cach-hanh-chinh/"]
PAR_2021 = f"{BASE}/tin-tuc/lang-son-tang-13-bac-chi-so-par-index-2021.html"
SIPAS_A = f"{BASE}/tin-tuc/sipas-2022-hai-long-84-phan-tram.html"
SIPAS_B = f"{BASE}/thoi-su/sipas-2022-hai-long-84-phan-tram.html"
HELD = "/tin-tuc/pci-2022-lang-son-dat-64-26-diem.html"  # listed in the sitemap only: fetched late
FAST = ["--delay", "0", "--timeout", "0.3", "--retries", "1", "--backoff", "0.05", "--max-bytes", "100000"]


@pytest.fixture
def site(tmp_path: Path):
    with SiteServer(tmp_path) as server:
        yield server


def run(server: SiteServer, db: Path, since: date | None = None, **site_options):
    settings = Settings(proxy=server.proxy, timeout=0.3, retries=1, backoff=0.05, max_bytes=100_000, since=since)
    return crawl([Site(start=STARTS, delay=0, **site_options)], db, settings)


def rows(db: Path, sql: str, *args) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, args).fetchall()


def page(db: Path, url: str) -> dict:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        found = conn.execute("select * from pages where url = ?", [url]).fetchone()
    assert found is not None, f"no pages row for {url}"
    return dict(found)


def test_first_crawl_lands_facts_and_names_every_fault(site: SiteServer, db_path: Path):
    report = run(site, db_path)

    hosts = {entry.host for entry in site.log}
    assert hosts == {"langson.test"}, "never requests another site's links"
    assert not [p for p in site.paths() if p.startswith(("/noi-bo/", "/tim-kiem"))], "robots.txt Disallow obeyed"
    assert site.paths()[0] == "/robots.txt"
    assert all(e.headers["user-agent"].startswith("chiso/") for e in site.log)

    facts = rows(db_path, "select d.url, f.indicator, f.metric, f.value, f.year from facts f "
                          "join documents d using (doc_id)")
    assert (PAR_2021, "PAR_INDEX", "score", 87.11, 2021) in facts  # listing page 1
    found = {(indicator, metric, value, year) for _, indicator, metric, value, year in facts}
    assert ("DTI", "score", 0.4378, 2022) in found  # only on listing page 2
    assert ("TTHC", "count", 1887.0, 2023) in found  # only on listing page 3
    assert ("PAPI", "score", 42.6, 2022) in found  # only in the RSS feed
    assert ("PCI", "rank", 42.0, 2022) in found  # only in a nested sitemap
    assert ("SIPAS", "score", 87.07, 2021) in found  # the windows-1258 page
    assert ("PAR_INDEX", "score", 86.93, 2022) in found  # the page that failed once with a 500
    assert not [f for f in found if f[2] == 99.99], "the disallowed page's figure never lands"

    sources = rows(db_path, "select source, url from documents")
    assert all(source == url and url.startswith(BASE) for source, url in sources)
    assert (f"{BASE}/tin-tuc/bai-moi-cong-dich-vu-cong.html",) * 2 in sources  # stored under the redirect target
    assert len(sources) == report.total().outcomes["new"] == 11

    a, b = page(db_path, SIPAS_A), page(db_path, SIPAS_B)
    assert a["doc_id"] == b["doc_id"] and {a["outcome"], b["outcome"]} == {"new", "duplicate"}

    def error(path: str) -> str:
        return page(db_path, BASE + path)["error"]

    assert error("/tin-tuc/khong-ton-tai-par-index-2019.html") == "http 404: Not Found"
    assert error(SLOW).startswith("timeout:")
    assert error(PDF) == "not html: application/pdf"
    assert error(HUGE).startswith("too large:")
    assert error("/vong-lap/trang-a.html").startswith("redirect loop:")
    assert error("/tin-tuc/chuyen-huong-noi-bo.html").startswith("disallowed:")  # a redirect into /noi-bo/
    assert error("/tin-tuc/trang-hong-ma-hoa.html").startswith("binary content")
    assert error("/chuyen-muc/thoi-su/") == "not an article: og:type website"
    assert page(db_path, f"{BASE}/noi-bo/bao-cao-chi-so-cchc.html")["outcome"] == "disallowed"
    assert site.paths().count(RETRY_OK) == 2 and page(db_path, BASE + RETRY_OK)["outcome"] == "new"
    assert site.paths().count(SLOW) == 2, "a timeout is retried once"

    total = report.total()
    assert total.errors["timeout"] == 1 and total.errors["http 404"] == 2 and total.errors["not html"] == 1
    assert report.exit_code == 0


def test_second_run_only_asks_if_modified_and_extracts_nothing(site: SiteServer, db_path: Path):
    run(site, db_path)
    first = list(site.log)
    stored = rows(db_path, "select doc_id, extracted_at from documents order by doc_id")
    validated = {e.path for e in first if e.status == 200 and e.path not in ("/tin-tuc/trang-hong-ma-hoa.html", SLOW)}

    report = run(site, db_path)

    second = site.log[len(first):]
    assert second, "the second run asks the server again"
    assert all(e.conditional for e in second if e.path in validated), "every known page gets a conditional GET"
    assert {e.status for e in second if e.path in validated} == {304}
    assert report.requests.bodies == 1  # the binary page, which sends no validators
    assert report.total().outcomes["new"] == report.total().outcomes["updated"] == 0
    assert rows(db_path, "select doc_id, extracted_at from documents order by doc_id") == stored
    assert "/tin-tuc/khong-ton-tai-par-index-2019.html" not in [e.path for e in second], "404s wait a week"


def test_an_article_added_between_runs_is_the_only_new_document(site: SiteServer, db_path: Path):
    run(site, db_path)
    before = {doc for (doc,) in rows(db_path, "select doc_id from documents")}
    path = "/tin-tuc/par-index-2023-lang-son-tang-5-bac.html"
    source = (site.root / "tin-tuc/lang-son-tang-13-bac-chi-so-par-index-2021.html").read_text(encoding="utf-8")
    (site.root / path.lstrip("/")).write_text(
        source.replace("Năm 2021, chỉ số cải cách hành chính (PAR INDEX) của tỉnh Lạng Sơn đạt 87,11%, xếp thứ 23/63",
                       "Năm 2023, chỉ số cải cách hành chính (PAR INDEX) của tỉnh Lạng Sơn đạt 88,52%, xếp thứ 21/63")
        .replace("tăng 13 bậc", "tăng 5 bậc"), encoding="utf-8")
    feed = site.root / "rss/cai-cach-hanh-chinh.rss"
    time.sleep(1.01)  # the feed is validated by Last-Modified alone, which counts whole seconds
    feed.write_text(feed.read_text(encoding="utf-8").replace(
        "    <item>", f"    <item>\n      <title>PAR INDEX 2023</title>\n      <link>{BASE}{path}</link>\n"
                     "    </item>\n    <item>", 1), encoding="utf-8")

    report = run(site, db_path)

    new = {doc: url for doc, url in rows(db_path, "select doc_id, url from documents")}
    assert {doc: url for doc, url in new.items() if doc not in before} == {doc: f"{BASE}{path}" for doc in
                                                                           set(new) - before}
    assert len(set(new) - before) == 1 and report.total().outcomes["new"] == 1
    assert ("PAR_INDEX", 88.52, 2023) in rows(db_path, "select indicator, value, year from facts where metric='score'")
    observed = rows(db_path, "select indicator, year, value from observations where metric = 'score'")
    assert ("PAR_INDEX", 2023, 88.52) in observed, "a crawl rebuilds the analysts' tables too"


def test_changed_menus_keep_the_same_document_and_facts(site: SiteServer, db_path: Path):
    run(site, db_path)
    facts_before = rows(db_path, "select * from facts order by fact_id")
    doc_before = rows(db_path, "select * from documents where url = ?", PAR_2021)
    article = site.root / "tin-tuc/lang-son-tang-13-bac-chi-so-par-index-2021.html"
    article.write_text(article.read_text(encoding="utf-8").replace(
        "Khai mạc Lễ hội Đồng Đăng - Kỳ Lừa", "Lạng Sơn đón 1,2 triệu lượt khách du lịch dịp Tết"), encoding="utf-8")

    report = run(site, db_path)

    assert page(db_path, PAR_2021)["outcome"] == "unchanged"
    assert report.total().fetched == 2  # the edited page and the binary one came back in full
    assert rows(db_path, "select * from documents where url = ?", PAR_2021) == doc_before
    assert rows(db_path, "select * from facts order by fact_id") == facts_before


def test_since_skips_what_is_older(site: SiteServer, db_path: Path):
    report = run(site, db_path, since=date(2022, 1, 1))

    assert "/sitemaps/tin-tuc-2021.xml" not in site.paths(), "a nested sitemap dated before --since is skipped"
    assert "/tin-tuc/par-index-2020-lang-son.html" not in site.paths()
    old = page(db_path, f"{BASE}/tin-tuc/sipas-2021-ban-cu-ma-1258.html")  # undated link, published 2021-12-20
    assert old["outcome"] == "old" and old["doc_id"] is None and old["etag"] is None
    assert report.total().outcomes["old"] == 1
    assert not rows(db_path, "select 1 from documents where published < '2022-01-01'")


def test_crawl_delay_from_robots_spaces_requests(site: SiteServer, db_path: Path):
    robots = site.root / "robots.txt"
    rules = robots.read_text(encoding="utf-8").replace("Disallow: /tim-kiem", "Disallow: /tim-kiem\nCrawl-delay: 0.3")
    robots.write_text(rules, encoding="utf-8")
    feed_only = Site(start=[f"{BASE}/rss/cai-cach-hanh-chinh.rss"], delay=0, max_sitemaps=0, max_pages=2)
    crawl([feed_only], db_path, Settings(proxy=site.proxy, timeout=1))

    assert len(site.log) == 4  # robots.txt, the feed, two articles
    stamps = [e.received for e in site.log]
    assert min(b - a for a, b in zip(stamps, stamps[1:], strict=False)) >= 0.29


def test_killed_run_resumes_to_the_same_rows(site: SiteServer, tmp_path: Path):
    killed, straight = tmp_path / "killed.sqlite", tmp_path / "straight.sqlite"
    release = site.hold(HELD)
    command = [sys.executable, "-m", "extractor.cli", "crawl", *STARTS, "--db", str(killed), "--proxy", site.proxy,
               "-q", *FAST]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert site.arrived[HELD].wait(60), process.stderr.read().decode() if process.poll() is not None else ""
        time.sleep(0.3)  # let the page before the held one be mined, or not: either is a fair kill
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        release.set()
    written = rows(killed, "select count(*) from documents")[0][0]
    assert 0 < written < 11, "killed midway"

    run(site, killed)
    run(site, straight)

    def content(db: Path) -> list[list[tuple]]:
        return [rows(db, "select doc_id, source, url, title, published, text, content_hash, status from documents "
                         "order by doc_id"),
                rows(db, "select * from facts order by fact_id"),
                rows(db, "select url, kind, final_url, doc_id, content_hash, etag, substr(error, 1, 12) from pages "
                         "order by url")]

    assert content(killed) == content(straight)


def test_cli_crawl_prints_a_summary_and_exits_by_outcome(site: SiteServer, db_path: Path):
    runner = CliRunner()
    result = runner.invoke(main, ["crawl", STARTS[1], "--db", str(db_path), "--proxy", site.proxy, "-q",
                                  "--listing-pages", "0", "--max-pages", "3", "--include", "/tin-tuc/",
                                  "--exclude", "chuyen-huong", *FAST])
    assert result.exit_code == 0, result.output
    assert "pages discovered:" in result.output and "new documents: 3" in result.output
    assert "errors (0): none" in result.output

    unreachable = runner.invoke(main, ["crawl", "http://langson.test/", "--db", str(db_path), "-q",
                                       "--proxy", "http://127.0.0.1:9", *FAST])
    assert unreachable.exit_code == 1
    assert "robots.txt unavailable: connection" in unreachable.output

    bad = runner.invoke(main, ["crawl", "ftp://langson.test/", "--db", str(db_path)])
    assert bad.exit_code == 2 and "not an http(s) URL" in bad.output


def test_a_charset_named_only_in_content_type_decodes_the_page(site: SiteServer, db_path: Path):
    path = "/tin-tuc/par-index-2020-lang-son.html"
    site.overrides[path] = LATIN1_PAGE.encode("iso-8859-1")
    site.content_types[path] = "text/html; charset=ISO-8859-1"
    run(site, db_path)
    (text,) = rows(db_path, "select text from documents where url = ?", BASE + path)[0]
    assert "la fenêtre reste" in text


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_a_site_at_an_address_and_port_crawls_like_a_domain(tmp_path: Path, db_path: Path, host: str):
    with SiteServer(tmp_path, direct=True) as server:
        base = f"http://{host}:{server.port}"
        starts = [start.replace(BASE, base) for start in STARTS]
        report = crawl([Site(start=starts, delay=0)], db_path,
                       Settings(timeout=0.3, retries=1, backoff=0.05, max_bytes=100_000))
        assert {entry.host for entry in server.log} == {host}

    assert set(report.total().via) == {"listing", "feed", "sitemap"}
    assert report.total().outcomes["new"] == 11 and report.exit_code == 0
    assert all(url.startswith(f"{base}/") for (url,) in rows(db_path, "select url from documents"))
    assert ("PAR_INDEX", 87.11, 2021) in rows(db_path, "select indicator, value, year from facts join documents "
                                                       "using (doc_id) where url = ?", PAR_2021.replace(BASE, base))


def test_a_start_url_without_article_links_fails_on_stderr(tmp_path: Path, db_path: Path):
    with SiteServer(tmp_path, direct=True) as server:
        server.overrides.update({"/robots.txt": b"User-agent: *\nDisallow:\n",
                                 "/": "<html><body><h1>Trang chủ</h1><p>Đang bảo trì.</p></body></html>".encode()})
        result = CliRunner().invoke(main, ["crawl", f"{server.base}/", "--db", str(db_path), "-q", *FAST])
    assert result.exit_code == 1
    assert f"extract: {server.base[7:]}: no article URLs found at {server.base}/" in result.stderr


def test_monitor_reads_a_sites_file_and_runs_on_a_cadence(site: SiteServer, tmp_path: Path, db_path: Path):
    sites = tmp_path / "sites.yml"
    sites.write_text(f"""
settings:
  proxy: {site.proxy}
  timeout: 0.3
  retries: 0
defaults:
  delay: 0
  max_pages: 2
  listing_pages: 0
  max_sitemaps: 0
sites:
  - name: Báo Lạng Sơn (fixture)
    start: [{BASE}/rss/cai-cach-hanh-chinh.rss]
    include: ['/tin-tuc/']
""", encoding="utf-8")
    reports = []
    started = time.monotonic()
    monitor_every(sites, db_path, 0.5, reports.append, runs=2)
    assert time.monotonic() - started >= 0.5
    assert [r.total().outcomes["new"] for r in reports] == [2, 0]
    assert reports[1].requests.conditional == reports[1].requests.sent

    once = CliRunner().invoke(main, ["monitor", str(sites), "--db", str(db_path), "--once", "-q"])
    assert once.exit_code == 0 and "new documents: 0" in once.output


def test_sites_file_errors_say_where(tmp_path: Path):
    broken = tmp_path / "sites.yml"
    broken.write_text("sites:\n  - start: [https://baolangson.vn/]\n    max_page: 10\n", encoding="utf-8")
    with pytest.raises(SitesFileError, match=r"sites.yml: sites\[0\]: max_page: Extra inputs are not permitted"):
        load_sites(broken)
    result = CliRunner().invoke(main, ["monitor", str(broken)])
    assert result.exit_code == 2 and "max_page" in result.output
    toml = tmp_path / "sites.toml"
    toml.write_text('[defaults]\ndelay = 3\n[[sites]]\nstart = ["https://baolangson.vn/"]\n', encoding="utf-8")
    settings, [only] = load_sites(toml)
    assert only.delay == 3 and only.name == "baolangson.vn" and settings.retries == 2


def test_the_example_sites_file_is_valid():
    settings, sites = load_sites(ROOT / "monitor" / "sites.example.yml")
    assert len(sites) >= 5 and all(s.delay >= 1 for s in sites)
    assert "CONTACT" in settings.user_agent or "@" in settings.user_agent


@pytest.mark.parametrize("text, seconds", [("6h", 21600), ("30m", 1800), ("1d", 86400), ("1h30m", 5400)])
def test_intervals(text: str, seconds: float):
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["6", "6x", "-1h", "0s", ""])
def test_bad_intervals(text: str):
    with pytest.raises(ValueError):
        parse_interval(text)
