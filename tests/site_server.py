"""A real HTTP server on 127.0.0.1 that plays a provincial news site, for crawler tests.

It serves a copy of ``tests/fixtures/site`` as the host ``langson.test`` and
is reached as an HTTP forward proxy (the crawler's ``proxy`` setting), so the
crawler sees real domain names while every byte stays on the loopback
interface. With ``direct=True`` it is reached by its real address instead
(``site.base``: ``http://127.0.0.1:PORT``, or ``localhost:PORT``), the way
intranet portals and local mirrors are: links to ``langson.test`` then point
at the address the request was sent to, so the crawler's own URL handling is
what gets exercised. Static files get a content ETag
and Last-Modified and answer conditional requests with 304. A few paths
misbehave on purpose (see ``FAULTS``). Every request is logged.
"""

from __future__ import annotations

import email.utils
import hashlib
import mimetypes
import shutil
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "site"
HOST = "langson.test"
BASE = f"http://{HOST}"

RETRY_OK = "/tin-tuc/loi-tam-thoi-cai-cach-hanh-chinh-2022.html"  # 500 once, then the page
SLOW = "/tin-tuc/cham-ket-qua-chuyen-doi-so.html"  # answers after SLOW_SECONDS
SLOW_SECONDS = 1.0
REDIRECTS = {
    "/tin-tuc/bai-cu-cong-dich-vu-cong.html": "/tin-tuc/bai-moi-cong-dich-vu-cong.html",
    "/vong-lap/trang-a.html": "/vong-lap/trang-b.html",
    "/vong-lap/trang-b.html": "/vong-lap/trang-a.html",
    "/tin-tuc/chuyen-huong-noi-bo.html": "/noi-bo/bao-cao-chi-so-cchc.html",
}
PDF = "/tai-lieu/ket-qua-par-index-2021"  # a PDF behind an extension-less URL
BINARY = "/tin-tuc/trang-hong-ma-hoa.html"  # text/html that is not text
HUGE = "/tin-tuc/bao-cao-rat-dai.html"  # bigger than the tests' size cap
HUGE_BYTES = 300_000
NO_ETAG = {"/rss/cai-cach-hanh-chinh.rss"}  # validated by Last-Modified only


@dataclass
class Logged:
    host: str
    path: str
    headers: dict[str, str]
    status: int = 0
    received: float = field(default_factory=time.monotonic)

    @property
    def conditional(self) -> bool:
        return "if-none-match" in self.headers or "if-modified-since" in self.headers


@dataclass
class SiteServer:
    """``with SiteServer(tmp_path) as site: ...``; edit ``site.root`` to change the site."""

    workdir: Path
    source: Path = FIXTURE  # the site to serve (a copy of it)
    log: list[Logged] = field(default_factory=list)
    holds: dict[str, threading.Event] = field(default_factory=dict)  # path -> released when set
    arrived: dict[str, threading.Event] = field(default_factory=dict)
    overrides: dict[str, bytes] = field(default_factory=dict)  # path -> body replacing the file
    content_types: dict[str, str] = field(default_factory=dict)  # path -> Content-Type replacing the guessed one
    direct: bool = False  # reached at its own address, not as a proxy for langson.test

    def __post_init__(self) -> None:
        self.root = self.workdir / "site"
        shutil.copytree(self.source, self.root)
        self._failed_once: set[str] = set()
        self._lock = threading.Lock()
        server = self

        class Handler(_Handler):
            site = server

        self.httpd = _Server(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.proxy = None if self.direct else f"http://127.0.0.1:{self.port}"
        self.base = f"http://127.0.0.1:{self.port}" if self.direct else BASE

    def __enter__(self) -> SiteServer:
        threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        for event in self.holds.values():
            event.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def hold(self, path: str) -> threading.Event:
        """Make requests for ``path`` wait until the returned event is set; ``arrived[path]`` tells when one came."""
        self.arrived[path] = threading.Event()
        self.holds[path] = threading.Event()
        return self.holds[path]

    def paths(self, since: int = 0) -> list[str]:
        return [entry.path for entry in self.log[since:]]

    def fail_once(self, path: str) -> bool:
        with self._lock:
            first = path not in self._failed_once
            self._failed_once.add(path)
            return first


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a client hanging up is no news here
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    site: SiteServer
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        parts = urlsplit(self.path)
        host = parts.netloc or self.headers.get("host", "")
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        entry = Logged(host.split(":")[0], path, {k.lower(): v for k, v in self.headers.items()})
        self.site.log.append(entry)
        if path in self.site.arrived:
            self.site.arrived[path].set()
            self.site.holds[path].wait(30)
        entry.status = self._answer(entry)

    def _answer(self, entry: Logged) -> int:
        path = entry.path
        if entry.host not in (("127.0.0.1", "localhost") if self.site.direct else (HOST,)):
            return self._send(404, b"no such site", "text/plain")
        if path in REDIRECTS:
            return self._send(301, b"", "text/html", {"Location": REDIRECTS[path]})
        if path == RETRY_OK and self.site.fail_once(path):
            return self._send(500, b"<h1>500 Internal Server Error</h1>", "text/html")
        if path == SLOW:
            time.sleep(SLOW_SECONDS)
        if path == BINARY:
            return self._send(200, bytes(range(256)) * 64, "text/html; charset=utf-8")
        if path == HUGE:
            return self._send(200, b"<html><body>" + b"<p>bang so lieu</p>" * (HUGE_BYTES // 18) + b"</body></html>",
                              "text/html; charset=utf-8")
        file = self._file(path)
        if file is None:
            return self._send(404, "<h1>Không tìm thấy trang</h1>".encode(), "text/html; charset=utf-8")
        body = self.site.overrides.get(path) or file.read_bytes()
        if self.site.direct:
            body = body.replace(BASE.encode(), f"http://{self.headers['host']}".encode())
        return self._send_file(entry, path, file, body)

    def _file(self, path: str) -> Path | None:
        relative = urlsplit(path).path.lstrip("/")
        candidates = [self.site.root / relative / "index.html", self.site.root / relative,
                      self.site.root / f"{relative}.pdf"]
        return next((c for c in candidates if c.is_file() and self.site.root in c.resolve().parents), None)

    def _send_file(self, entry: Logged, path: str, file: Path, body: bytes) -> int:
        etag = None if path in NO_ETAG else f'"{hashlib.sha1(body).hexdigest()[:16]}"'
        modified = email.utils.formatdate(file.stat().st_mtime, usegmt=True)
        headers = {"Last-Modified": modified} | ({"ETag": etag} if etag else {})
        since = entry.headers.get("if-modified-since")
        if "if-none-match" in entry.headers and etag:
            fresh = entry.headers["if-none-match"] == etag
        else:
            modified_since = since and email.utils.parsedate_to_datetime(since).timestamp()
            fresh = bool(modified_since) and modified_since >= int(file.stat().st_mtime)
        if fresh:
            return self._send(304, b"", None, headers)
        ctype = mimetypes.guess_type(file.name)[0] or "text/html"
        if ctype == "text/html" and "1258" not in file.name:  # that page declares windows-1258 in a <meta> only
            ctype += "; charset=utf-8"
        ctype = self.site.content_types.get(path, ctype)
        return self._send(200, body, ctype, headers)

    def _send(self, status: int, body: bytes, ctype: str | None, headers: dict[str, str] | None = None) -> int:
        try:
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler gave up (timeout) or was killed
        return status
