"""Stand-in domain names for hosts courlan cannot read: IP addresses, ``localhost``, intranet names.

courlan (and trafilatura's feed and sitemap readers, built on it) judge links
by their registered domain. "127.0.0.1:8000", "localhost" or "portal" have
none, so every link of a site served that way was dropped. ``links`` therefore
writes such a host as a domain under the reserved ``.invalid`` top-level
domain (the host's bytes in hex, so the name maps back) before URLs and
documents reach courlan, and writes the real host back into what comes out.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from urllib.parse import urlsplit

import courlan

_SUFFIX = ".invalid"
_STAND_IN = re.compile(r"(?<=//)h((?:[0-9a-f]{2})+(?:\.h(?:[0-9a-f]{2})+)*)\.invalid(?![\w.-])")
_LABEL = 60  # hex digits per DNS label (at most 63)


class Hosts:
    """The stand-ins for the hosts of some URLs; ``hide`` before courlan, ``reveal`` after."""

    def __init__(self, *urls: str):
        netlocs = sorted({urlsplit(url).netloc for url in urls})
        self._hidden = [(re.compile(r"(?<=//)" + re.escape(netloc) + r"(?![\w.:-])"), stand_in(netloc))
                        for netloc in netlocs if needs_stand_in(netloc)]

    def hide(self, text: str) -> str:
        """``text`` (a URL or a whole document) with every ``//host`` of these URLs written as its stand-in."""
        for pattern, name in self._hidden:
            text = pattern.sub(name, text)
        return text

    def reveal(self, text: str) -> str:
        """``text`` with stand-ins written back as their hosts."""
        return _STAND_IN.sub(lambda m: bytes.fromhex(m.group(1).replace(".h", "")).decode(), text) if self else text

    def __bool__(self) -> bool:
        return bool(self._hidden)


@functools.cache
def needs_stand_in(netloc: str) -> bool:
    """True for a host courlan would not take as a site: an IP address, a name without a domain."""
    host = urlsplit(f"//{netloc}").hostname or ""
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return courlan.check_url(f"http://{netloc}/a") is None


def stand_in(netloc: str) -> str:
    """"127.0.0.1:8000" → "h3132372e302e302e313a38303030.invalid" (long hosts take several labels)."""
    digits = netloc.encode().hex()
    return ".".join("h" + digits[i:i + _LABEL] for i in range(0, len(digits), _LABEL)) + _SUFFIX
