"""Bytes → str without ever crashing: BOMs, UTF-8, a declared charset, then a guess.

The declared charset is the transport's (an HTTP ``Content-Type``, also inside
a WARC record) if any, else the page's ``<meta>``, as browsers read them. Bytes
that are valid UTF-8 are UTF-8 whatever is declared: servers often send a
stale default charset with UTF-8 pages.

Vietnamese pages still turn up in cp1258 (tone marks as combining characters)
and UTF-16 from old Windows tools; the normalise stage composes what this
stage decodes, so here we only pick the codec. UTF-8 with a few bad bytes (a
cut copy, a stray byte) stays UTF-8: a single-byte guess would turn every
Vietnamese letter into mojibake to save those few.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple

import charset_normalizer
import regex

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", regex.I)
_HEADER_CHARSET = regex.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", regex.I)
_REPLACEMENT = "\ufffd"
# Well-formed multibyte characters per bad sequence below which a text is not UTF-8:
# single-byte Vietnamese forms a valid UTF-8 sequence only by accident.
_GOOD_PER_BAD = 20


class Decoded(NamedTuple):
    """The text, the codec that gave it, and what was lost on the way (None when nothing)."""

    text: str
    encoding: str
    warning: str | None = None


class DecodeError(ValueError):
    """The bytes are not text in any encoding we could find."""


def declared_charset(content: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes, if any."""
    match = _META_CHARSET.search(content[:4096])
    return match.group(1).decode("ascii", "replace").lower() if match else None


def header_charset(content_type: str | None) -> str | None:
    """The charset of a ``Content-Type`` header value ("text/html; charset=UTF-8" → "utf-8")."""
    match = _HEADER_CHARSET.search(content_type or "")
    return match.group(1).lower() if match else None


def decode(content: bytes, declared: str | None = None) -> Decoded:
    """Decode ``content``; raise ``DecodeError`` for binary content."""
    for bom, codec in _BOMS:
        if content.startswith(bom):
            return Decoded(content.decode(codec, errors="replace"), codec)
    if _looks_utf16(content):
        codec = "utf-16-le" if content[1:2] == b"\x00" else "utf-16-be"
        return Decoded(content.decode(codec, errors="replace"), codec)
    if b"\x00" in content[:4096]:
        raise DecodeError("binary content (NUL bytes), not a text page")
    try:
        return Decoded(content.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(content)
    if mostly is not None:
        return mostly
    for codec in filter(None, (declared, "cp1258" if _looks_cp1258(content) else None)):
        try:
            return Decoded(content.decode(codec), codec)
        except (UnicodeDecodeError, LookupError):
            continue
    best = charset_normalizer.from_bytes(content).best()
    if best is not None:
        return Decoded(str(best), best.encoding)
    return Decoded(content.decode("cp1258", errors="replace"), "cp1258")


def _mostly_utf8(content: bytes) -> Decoded | None:
    """UTF-8 with its bad sequences replaced, if well-formed multibyte characters outnumber them by far."""
    text = content.decode("utf-8", errors="replace")
    replaced = text.count(_REPLACEMENT) - content.count(_REPLACEMENT.encode())
    multibyte = len(text) - len(text.encode("ascii", errors="ignore")) - text.count(_REPLACEMENT)
    if replaced * _GOOD_PER_BAD > multibyte:
        return None
    # each bad sequence came back as the three bytes of U+FFFD; the rest re-encodes as it was
    bad_bytes = len(content) - len(text.encode("utf-8")) + 3 * replaced
    return Decoded(text, "utf-8", f"not UTF-8: {bad_bytes} bytes replaced")


def _looks_utf16(content: bytes) -> bool:
    """BOM-less UTF-16: every other byte of an ASCII-heavy sample is NUL."""
    sample = content[:200]
    if len(sample) < 8:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return max(even, odd) > len(sample) // 4 and min(even, odd) == 0


def _looks_cp1258(content: bytes) -> bool:
    """cp1258 spells Vietnamese tones as the combining bytes 0xCC, 0xD2, 0xDE, 0xEC, 0xF2."""
    sample = content[:20000]
    tones = sum(sample.count(b) for b in (b"\xcc", b"\xd2", b"\xde", b"\xec", b"\xf2"))
    return tones > 3 and tones * 200 > len(sample)
