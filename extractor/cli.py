"""The ``extract`` command: a thin layer over the Python API.

    extract corpus/                 extract files and folders into output/facts.sqlite
    extract eval ../shared/devset   precision / recall / F1 against annotated texts
    extract crawl https://baolangson.vn/   discover and extract a site's articles, politely
    extract monitor sites.yml --every 6h   crawl the sites of a sites file on a schedule
    extract --engine ray crawl/     the same on a Ray cluster, one task per shard
    extract merge out.sqlite a.sqlite b.sqlite   combine databases made elsewhere
    extract export --format csv     scorecard, observations … as files for spreadsheets
    extract show DOC_ID|PATH        an HTML page of one document with its facts highlighted

Results and summaries go to stdout, progress to stderr. Exit codes: 0 done
(skipped pages are not failures), 1 nothing could run, 2 bad usage,
3 some cluster shards failed (the others are written; re-run to retry them).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click
from click_default_group import DefaultGroup

from .analysis.export import DEFAULT_TABLES, FORMATS
from .executors.processes import cores
from .store import Store, StoreError

if TYPE_CHECKING:
    from .crawl import CrawlReport

DEFAULT_DB = "output/facts.sqlite"


@click.group(cls=DefaultGroup, default="run", default_if_no_args=False)
@click.version_option(package_name="chiso")
def main() -> None:
    """Extract administrative-reform index results and procedure counts from Vietnamese pages."""


@main.command("run")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite database to write.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--workers", type=click.IntRange(min=1), default=cores, show_default="number of cores",
              help="Processes to extract in; 1 runs in this process.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="Where to run: this machine, or a Ray cluster (pip install 'chiso[ray]').")
@click.option("--address", help="Ray cluster address (default: the running cluster, else a new local one).")
@click.option("--shard-dir", help="Ray: where tasks write shard databases (default DB.shards; shared by all nodes).")
def run_command(paths: tuple[str, ...], db: str, quiet: bool, workers: int, engine: str,
                address: str | None, shard_dir: str | None) -> None:
    """Extract PATHS (files or folders; .txt, .html, .htm, .warc, .warc.gz) into the database."""
    from .patternlang import PatternError  # spaCy, underthesea, trafilatura: loaded by the commands that read pages
    from .run import run_paths

    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        fail(f"no such file or folder: {', '.join(missing)}", 2)
    quiet = quiet or not sys.stderr.isatty()
    if engine == "ray":
        _run_on_ray(list(paths), db, address, shard_dir, quiet)
        return
    try:
        summary = run_paths(paths, db, quiet=quiet, workers=workers)
    except (StoreError, PatternError) as exc:
        fail(str(exc))
    for line in summary.lines():
        click.echo(line)
    click.echo(f"database: {db}")


def _run_on_ray(paths: list[str], db: str, address: str | None, shard_dir: str | None, quiet: bool) -> None:
    from .executors.ray import RayUnavailable, run_on_ray
    from .patternlang import PatternError

    try:
        run = run_on_ray(paths, db, address=address, shard_dir=shard_dir, quiet=quiet)
    except (StoreError, PatternError, RayUnavailable) as exc:
        fail(str(exc))
    for line in run.lines():
        click.echo(line)
    click.echo(f"database: {db}")
    for shard, reason in run.failed:
        click.echo(f"extract: shard {shard.id} ({', '.join(shard.paths)}) {reason}", err=True)
    if run.failed:
        fail(f"{len(run.failed)} shard(s) failed; re-run the same command to retry only those", 3)


@main.command("merge")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("shards", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
def merge_command(out: Path, shards: tuple[Path, ...]) -> None:
    """Merge SHARDS (databases from other runs) into OUT; merging again adds nothing."""
    from .merge import merge

    try:
        store = Store(out)
        try:
            merged = merge(store, list(shards))
        finally:
            store.close()
    except StoreError as exc:
        fail(str(exc))
    click.echo(merged.line())
    click.echo(f"database: {out}")


@main.command("eval")
@click.argument("gold_dirs", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--show-errors", is_flag=True, help="List misses, false facts and wrong years with their evidence.")
@click.option("--floor", "floor", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="JSON of minimum figures; exit 1 if any is not reached.")
@click.option("--json", "as_json", is_flag=True, help="Print the headline figures as JSON.")
@click.option("--html", "as_html", is_flag=True,
              help="Wrap each text in a portal page first (menus, sidebars; modern or table layout).")
@click.option("--spin", is_flag=True, help="Put each text through the test spinner first; also report the spin flag.")
@click.option("--seed", default=0, show_default=True, help="The spinner's seed (with --spin).")
def eval_command(gold_dirs: tuple[Path, ...], show_errors: bool, floor: Path | None, as_json: bool, as_html: bool,
                 spin: bool, seed: int) -> None:
    """Precision, recall and F1 on GOLD_DIRS (folders of NAME.txt + NAME.json pairs), scored as one set."""
    from .evaluate import check_floor, evaluate

    extract = _extract_portal_page if as_html else _extract_text_page
    report = evaluate(gold_dirs, _spinning(extract, seed) if spin else extract)
    flags = _spin_flags(gold_dirs, seed) if spin else {}
    if as_json:
        click.echo(json.dumps({**report.figures(), **flags}))
    else:
        for line in report.lines():
            click.echo(line)
        if spin:
            click.echo(f"spin flag accuracy: {flags['spin_flag_accuracy']:.3f} (originals flagged "
                       f"{flags['originals_flagged']}/{flags['originals']}, spun copies flagged "
                       f"{flags['copies_flagged']}/{flags['copies']})")
    if show_errors:
        click.echo("\nerrors:")
        for line in report.errors:
            click.echo(f"  {line}")
    if floor is not None:
        below = check_floor(report, floor)
        for line in below:
            click.echo(f"below floor: {line}", err=True)
        if below:
            sys.exit(1)


def _extract_text_page(text: str, url: str | None):
    from .pipeline import process
    from .records import Page

    result = process(Page(url or "<text>", text.encode("utf-8"), "text", url=url))
    return result.document.text, result.facts


def _extract_portal_page(text: str, url: str | None):
    from .pipeline import process
    from .portal import portal_page
    from .records import Page

    layout = ("aside", "table")[len(text) % 2]  # both kinds of portal, a fixed one per text
    result = process(Page(url or "<html>", portal_page(text, layout=layout).encode("utf-8"), "html", url=url))
    return result.document.text, result.facts


def _spinning(extract, seed: int):
    """``extract`` run on the test spinner's copy of each text."""
    from .spinner import spin

    return lambda text, url: extract(spin(text, seed), url)


def _spin_flags(gold_dirs: tuple[Path, ...], seed: int) -> dict[str, float]:
    """How well ``documents.spun`` tells the gold texts from their spun copies."""
    from .despin import despin
    from .evaluate import flag_accuracy
    from .normalize import normalize
    from .spinner import spin

    texts = [path.read_text(encoding="utf-8") for gold_dir in gold_dirs for path in sorted(gold_dir.glob("*.txt"))]
    return flag_accuracy(texts, lambda text: despin(normalize(text)).spun, lambda text: spin(text, seed))


@main.command("export")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True, dir_okay=False),
              help="SQLite database to read.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="csv", show_default=True,
              help="csv (UTF-8 with BOM, opens in Excel) or json (an array of objects).")
@click.option("--table", "tables", multiple=True,
              help=f"Table or view to export; repeatable. Default: {', '.join(DEFAULT_TABLES)}.")
@click.option("--out", "out_dir", default="output/export", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Folder to write <table>.<format> into.")
def export_command(db: str, fmt: str, tables: tuple[str, ...], out_dir: Path) -> None:
    """Write tables and views as files for people who do not use SQL."""
    from .analysis import database
    from .analysis.export import export

    try:
        written = export(database(db), tables or DEFAULT_TABLES, fmt, out_dir)
    except ValueError as exc:
        fail(str(exc), 2)
    for path in written:
        click.echo(path)


@main.command("show")
@click.argument("document")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True, dir_okay=False),
              help="SQLite database to read.")
@click.option("--out", "out_dir", default="output/show", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Folder to write DOC_ID.html into.")
def show_command(document: str, db: str, out_dir: Path) -> None:
    """Write an HTML page of DOCUMENT (a doc_id or the path it was read from), every fact highlighted."""
    from .analysis import database
    from .analysis.evidence import write_page

    try:
        click.echo(write_page(database(db), document, out_dir))
    except LookupError as exc:
        fail(str(exc))


@main.command("crawl")
@click.argument("urls", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite database to write.")
@click.option("--max-pages", type=click.IntRange(min=1), help="Article requests per site and run [default: 100].")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Skip articles published before this day (YYYY-MM-DD).")
@click.option("--delay", type=click.FloatRange(min=0),
              help="Seconds between requests to one host [default: 1]; robots.txt Crawl-delay can raise it.")
@click.option("--include", multiple=True, help="Keep only article URLs matching this regex (repeatable).")
@click.option("--exclude", multiple=True, help="Drop article URLs matching this regex (repeatable).")
@click.option("--listing-pages", type=click.IntRange(min=0), help="Listing pages followed per start URL [default: 5].")
@click.option("--concurrency", type=click.IntRange(min=1), help="Requests in flight, all hosts together [default: 4].")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), help="Seconds per connect / read [default: 20].")
@click.option("--retries", type=click.IntRange(min=0), help="Extra tries after timeouts, 429 and 5xx [default: 2].")
@click.option("--backoff", type=click.FloatRange(min=0), help="Seconds before the first retry, doubling [default: 2].")
@click.option("--max-bytes", type=click.IntRange(min=1024), help="Size cap of one response [default: 5000000].")
@click.option("--user-agent", help="User-Agent for every request; put your contact in it.")
@click.option("--proxy", help="HTTP proxy URL (HTTP_PROXY and friends are honoured too).")
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
def crawl_command(urls: tuple[str, ...], db: str, quiet: bool, **options: object) -> None:
    """Find the articles of the sites at URLS (home, category, feed or sitemap pages) and extract them.

    Exit codes: 0 crawled (page errors are counted, not fatal), 1 no site
    could be crawled, 2 bad usage, 3 some sites could not be crawled.
    """
    from pydantic import ValidationError

    from .crawl import Settings, crawl
    from .crawl.config import sites_from_urls

    chosen = {name: value for name, value in options.items() if value not in (None, ())}
    if "since" in chosen:
        chosen["since"] = chosen["since"].date()
    site_keys = {"max_pages", "delay", "include", "exclude", "listing_pages"}
    try:
        sites = sites_from_urls(list(urls), **{k: v for k, v in chosen.items() if k in site_keys})
        settings = Settings(**{k: v for k, v in chosen.items() if k not in site_keys})
    except ValidationError as exc:
        fail(f"bad option: {exc.errors()[0]['msg']}", 2)
    try:
        report = crawl(sites, db, settings, progress=None if quiet else _progress)
    except StoreError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        sys.exit(130)
    _print_lines(report.lines(), db)
    _say_problems(report)
    sys.exit(report.exit_code)


@main.command("monitor")
@click.argument("sites_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite database to write.")
@click.option("--once", is_flag=True, help="Crawl every site once and exit (the default; for cron and systemd timers).")
@click.option("--every", metavar="INTERVAL", help="Crawl now, then every INTERVAL (6h, 30m, 1d) until stopped.")
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
def monitor_command(sites_file: Path, db: str, once: bool, every: str | None, quiet: bool) -> None:
    """Crawl the sites listed in SITES_FILE (YAML or TOML; see monitor/sites.example.yml)."""
    from .crawl.config import SitesFileError, load_sites
    from .crawl.monitor import monitor_every, monitor_once, parse_interval

    if once and every:
        fail("--once and --every exclude each other", 2)
    try:
        load_sites(sites_file)  # fail fast on a broken file
        seconds = parse_interval(every) if every else None
    except (SitesFileError, ValueError) as exc:
        fail(str(exc), 2)
    progress = None if quiet else _progress
    try:
        if seconds is None:
            report = monitor_once(sites_file, db, progress)
            _print_lines(report.lines(), db)
            _say_problems(report)
            sys.exit(report.exit_code)
        monitor_every(sites_file, db, seconds, progress=progress, report=lambda report: _print_lines(
            [f"== run finished {report.finished_at} =="] + report.lines(), db))
    except StoreError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        sys.exit(130)


def _progress(message: str) -> None:
    click.echo(message, err=True)


def _print_lines(lines: list[str], db: str) -> None:
    for line in lines:
        click.echo(line)
    click.echo(f"database: {db}")


def _say_problems(report: CrawlReport) -> None:
    """Sites that could not be crawled, on stderr too: the summary may go to a file nobody reads."""
    for site in report.sites:
        if site.problem:
            click.echo(f"extract: {site.site}: {site.problem}", err=True)


def fail(message: str, code: int = 1) -> None:
    click.echo(f"extract: {message}", err=True)
    sys.exit(code)


if __name__ == "__main__":
    main()
