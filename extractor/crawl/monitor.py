"""Scheduled monitoring: crawl the sites of a sites file once, or again and again.

``--once`` suits cron and systemd timers (the scheduler owns the clock);
``--every`` keeps one process alive and re-reads the sites file before each
run, so an edited file takes effect without a restart and a half-saved one
only skips that run. Runs start on a fixed cadence, not a fixed gap.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

from ..store import StoreError
from .config import SitesFileError, load_sites
from .crawler import Progress, crawl
from .summary import CrawlReport

_INTERVAL = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd])")
_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds in "6h", "30m", "1d", "90s" or a sum like "1h30m"."""
    compact = text.replace(" ", "").lower()
    parts = _INTERVAL.findall(compact)
    if not parts or "".join(n + u for n, u in parts) != compact:
        raise ValueError(f"not an interval: {text!r} (try 6h, 30m, 1d or 1h30m)")
    seconds = sum(float(number) * _UNIT[unit] for number, unit in parts)
    if seconds <= 0:
        raise ValueError(f"interval must be positive: {text!r}")
    return seconds


def monitor_once(sites_file: str | Path, db: str | Path, progress: Progress | None = None) -> CrawlReport:
    """Crawl every site of ``sites_file`` into ``db`` once."""
    settings, sites = load_sites(sites_file)
    return crawl(sites, db, settings, progress)


def monitor_every(sites_file: str | Path, db: str | Path, seconds: float, report: Callable[[CrawlReport], None],
                  progress: Progress | None = None, runs: int | None = None) -> None:
    """Crawl now and then every ``seconds``, ``runs`` times (forever if None).

    A run that cannot start (sites file broken mid-edit, database locked) is
    reported on ``progress`` and the schedule goes on.
    """
    say = progress or (lambda _: None)
    done = 0
    while runs is None or done < runs:
        started = time.monotonic()
        try:
            report(monitor_once(sites_file, db, progress))
        except (SitesFileError, StoreError) as exc:
            say(f"run skipped: {exc}")
        done += 1
        if runs is None or done < runs:
            time.sleep(max(0.0, started + seconds - time.monotonic()))
