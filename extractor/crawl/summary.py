"""What a crawl did, per site and in total, and the exit code it deserves.

Errors on single pages are the web's normal weather and do not fail a run;
a site that cannot be reached at all does (exit 3 for some, 1 for all).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone

from .fetch import RequestStats
from .ingest import Outcome

EXIT_OK, EXIT_FAILED, EXIT_PARTIAL = 0, 1, 3


@dataclass
class SiteSummary:
    site: str
    verified: bool = True
    problem: str | None = None  # why the site could not be crawled at all
    discovered: int = 0
    via: Counter = field(default_factory=Counter)
    disallowed: int = 0
    requested: int = 0
    fetched: int = 0  # full bodies received
    outcomes: Counter = field(default_factory=Counter)
    facts: int = 0
    errors: Counter = field(default_factory=Counter)  # kind -> pages
    skipped: Counter = field(default_factory=Counter)  # reason -> pages with no article text
    discovery_problems: list[str] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.outcomes[outcome.kind] += 1
        self.fetched += outcome.body
        self.facts += outcome.facts
        if outcome.kind == "error":
            self.errors[outcome.reason] += 1
        elif outcome.kind == "skipped":
            self.skipped[outcome.reason] += 1

    def merge(self, other: SiteSummary) -> None:
        for name in ("discovered", "disallowed", "requested", "fetched", "facts"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("via", "outcomes", "errors", "skipped"):
            getattr(self, name).update(getattr(other, name))
        self.discovery_problems += other.discovery_problems

    def line(self) -> str:
        """One line for a multi-site report."""
        if self.problem:
            return f"{self.site}: not crawled ({self.problem})"
        o = self.outcomes
        note = "" if self.verified else "  [unverified entry]"
        return (f"{self.site}: discovered {self.discovered}, fetched {self.fetched}, unchanged "
                f"{o['unchanged'] + o['duplicate']}, new documents {o['new']}, facts {self.facts}, "
                f"errors {sum(self.errors.values())}{note}")


@dataclass
class CrawlReport:
    sites: list[SiteSummary]
    requests: RequestStats
    finished_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))

    def total(self) -> SiteSummary:
        total = SiteSummary("total")
        for site in self.sites:
            total.merge(site)
        return total

    @property
    def exit_code(self) -> int:
        failed = sum(site.problem is not None for site in self.sites)
        if failed and failed == len(self.sites):
            return EXIT_FAILED
        return EXIT_PARTIAL if failed else EXIT_OK

    def lines(self) -> list[str]:
        t, r = self.total(), self.requests
        o = t.outcomes
        out = [site.line() for site in self.sites] if len(self.sites) > 1 else []
        out += [f"site not crawled: {s.site}: {s.problem}" for s in self.sites if s.problem and len(self.sites) == 1]
        out += [
            f"pages discovered: {t.discovered} ({_counts(t.via)})  disallowed by robots.txt: {t.disallowed}  "
            f"requested: {t.requested}",
            f"fetched: {t.fetched}  unchanged: {o['unchanged']}  same article as another URL: {o['duplicate']}  "
            f"older than --since: {o['old']}",
            f"new documents: {o['new']}  updated documents: {o['updated']}  new facts: {t.facts}",
            f"requests sent: {r.sent}  conditional: {r.conditional}  not modified: {r.not_modified}  "
            f"full bodies: {r.bodies}  retries: {r.retries}",
        ]
        if t.skipped:
            out.append(f"skipped, not mined ({sum(t.skipped.values())}): {_counts(t.skipped)}")
        out.append(f"errors ({sum(t.errors.values())}): {_counts(t.errors) or 'none'}")
        out += [f"discovery problem: {p}" for p in t.discovery_problems]
        return out


def _counts(counter: Counter) -> str:
    return ", ".join(f"{name} {count}" for name, count in counter.most_common())
