"""Normalise: one spelling of every Vietnamese character, one kind of space.

Pages arrive in NFC or NFD, with old ("hoà") or new ("hòa") tone placement,
nbsp, zero-width characters and typographic dashes. Patterns and gazetteers
are written once, in NFC with the new placement, so the text must meet them
there. Every step goes through ``MappedText`` so spans still point into the
stored text.
"""

from __future__ import annotations

import unicodedata

import regex

from .textmap import MappedText

_DECOMPOSED = regex.compile(r"\P{M}\p{M}+")

# Old placement puts the tone on the second vowel of open "oa", "oe", "uy"
# (hoà, khoẻ, thuỷ); the new one on the first (hòa, khỏe, thủy). "qu" is a
# consonant, so "quý" is already right. Only open syllables differ: "hoàn"
# is written the same in both.
_OLD_TONE = regex.compile(
    r"(?<![qQ])([oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\p{L})"
)

_SPACES = regex.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = regex.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_DASHES = regex.compile(r"[\u2010-\u2015\u2212]")
_RUNS = regex.compile(r" {2,}")
_LINE_EDGES = regex.compile(r"(?m)^ +| +$")
_BLANK_LINES = regex.compile(r"(?:\r\n?|\n){3,}|\r\n?")


def _move_tone(match: regex.Match) -> str:
    first, second = match.group(1)[0], match.group(1)[1]
    decomposed = unicodedata.normalize("NFD", second)
    base, tone = decomposed[0], decomposed[1:]
    return unicodedata.normalize("NFC", first + tone) + base


def _nfc(match: regex.Match) -> str:
    return unicodedata.normalize("NFC", match.group(0))


def _newline(match: regex.Match) -> str:
    return "\n\n" if match.group(0).count("\n") >= 3 else "\n"


def normalize(text: str | MappedText) -> MappedText:
    """NFC, new tone placement, plain spaces and hyphens, tidy blank lines."""
    mapped = text if isinstance(text, MappedText) else MappedText.identity(text)
    mapped = mapped.rewrite(_DECOMPOSED, _nfc)
    mapped = mapped.rewrite(_OLD_TONE, _move_tone)
    mapped = mapped.rewrite(_INVISIBLE, lambda m: "")
    mapped = mapped.rewrite(_SPACES, lambda m: " ")
    mapped = mapped.rewrite(_DASHES, lambda m: "-")
    mapped = mapped.rewrite(_RUNS, lambda m: " ")
    mapped = mapped.rewrite(_LINE_EDGES, lambda m: "")
    return mapped.rewrite(_BLANK_LINES, _newline)
