"""What to crawl and how politely: the options of ``extract crawl`` and of a sites file.

``Settings`` apply to a whole run (one HTTP client, one User-Agent); ``Site``
options apply per site. Both are pydantic models so a typo in a sites file is
an error with its location, not a silently ignored key.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from .. import __version__

DEFAULT_USER_AGENT = (
    f"chiso/{__version__} (+https://example.org/chiso; administrative-reform research crawler; "
    "contact: CONTACT-EMAIL-PLACEHOLDER)"
)
# How Vietnamese CMSs number listing pages ("?trang=2", "/trang-2.html", "/page/3")
# beyond the /page/ and ?p= forms courlan already recognises.
DEFAULT_PAGINATION = [r"[?&](?:page|trang|p|pageindex)=\d+", r"/(?:page|trang|p)[-/]?\d+(?:\.html?)?/?$"]


class Settings(BaseModel):
    """Run-wide crawler settings."""

    model_config = ConfigDict(extra="forbid")

    user_agent: str = Field(DEFAULT_USER_AGENT, min_length=8)
    concurrency: int = Field(4, ge=1, le=64, description="requests in flight at once, all hosts together")
    timeout: float = Field(20.0, gt=0, description="seconds to connect, and between bytes of a response")
    retries: int = Field(2, ge=0, le=10, description="extra tries after a timeout, connection error, 429 or 5xx")
    backoff: float = Field(2.0, ge=0, description="seconds before the first retry; doubles each retry")
    max_bytes: int = Field(5_000_000, ge=1024, description="responses larger than this are dropped")
    max_redirects: int = Field(5, ge=0, le=20)
    since: date | None = Field(None, description="skip articles published before this day")
    proxy: str | None = None


class Site(BaseModel):
    """One site to crawl: where to start and what to keep."""

    model_config = ConfigDict(extra="forbid")

    start: list[str] = Field(min_length=1, description="home, category or feed URLs")
    name: str = ""
    include: list[re.Pattern] = Field(default_factory=list, description="keep only article URLs matching one")
    exclude: list[re.Pattern] = Field(default_factory=list, description="drop article URLs matching any")
    pagination: list[re.Pattern] = Field(default_factory=lambda: [re.compile(p) for p in DEFAULT_PAGINATION])
    max_pages: int = Field(100, ge=1, description="article requests per run")
    listing_pages: int = Field(5, ge=0, description="listing pages followed per start URL (pagination)")
    max_sitemaps: int = Field(20, ge=0)
    delay: float = Field(1.0, ge=0, description="seconds between requests to one host; Crawl-delay may raise it")
    verified: bool = Field(True, description="false for example entries whose URLs nobody has checked")

    @field_validator("start")
    @classmethod
    def _http_urls(cls, urls: list[str]) -> list[str]:
        for url in urls:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ValueError(f"not an http(s) URL: {url!r}")
        return urls

    def model_post_init(self, _context: object) -> None:
        if not self.name:
            self.name = urlsplit(self.start[0]).netloc  # with its port: two servers on one address are two sites

    @property
    def hosts(self) -> set[str]:
        return {urlsplit(url).netloc for url in self.start}


M = TypeVar("M", bound=BaseModel)


class SitesFileError(ValueError):
    """A sites file that cannot be read or does not validate; the message says where."""


def sites_from_urls(urls: list[str], **options: Any) -> list[Site]:
    """One site per host among ``urls`` (as ``extract crawl`` takes them), sharing ``options``."""
    by_host: dict[str, list[str]] = {}
    for url in urls:
        by_host.setdefault(urlsplit(url).netloc, []).append(url)
    return [Site(start=start, **options) for start in by_host.values()]


def load_sites(path: str | Path) -> tuple[Settings, list[Site]]:
    """Read a sites file (YAML, or TOML by its suffix): ``settings``, ``defaults`` for every site, ``sites``."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text) if path.suffix == ".toml" else yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        raise SitesFileError(f"{path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("sites"), list) or not data["sites"]:
        raise SitesFileError(f"{path}: expected a mapping with a non-empty 'sites' list")
    unknown = set(data) - {"settings", "defaults", "sites"}
    if unknown:
        raise SitesFileError(f"{path}: unknown top-level keys: {', '.join(sorted(unknown))}")
    defaults = data.get("defaults") or {}
    settings = _validated(path, "settings", Settings, data.get("settings") or {})
    sites = [_validated(path, f"sites[{index}]", Site, defaults | entry if isinstance(entry, dict) else entry)
             for index, entry in enumerate(data["sites"])]
    return settings, sites


def _validated(path: Path, where: str, model: type[M], value: object) -> M:
    """``model`` from ``value``, or a ``SitesFileError`` naming the file, the entry and the field."""
    try:
        return model.model_validate(value)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'value'}: {e['msg']}" for e in exc.errors())
        raise SitesFileError(f"{path}: {where}: {problems}") from exc
