"""Rewritten text that still knows where every character came from.

Normalisation and de-spinning change the text the patterns see ("hoà" →
"hòa", "3,một%" → "3,1%"), but a fact must point into the text that was
stored. A ``MappedText`` carries, for each of its characters, the span of the
original text it was made from, and rewrites compose.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import regex


_COUNT = array("l", [0])  # 0, 1, 2 …: grown on demand, never changed, only sliced


@dataclass(frozen=True)
class MappedText:
    text: str
    starts: array  # starts[i]: first original char behind text[i]
    ends: array  # ends[i]: one past the last original char behind text[i]

    @classmethod
    def identity(cls, text: str) -> MappedText:
        """``text`` mapped onto itself. Every page starts here, so the offsets are sliced (a copy in C)
        from one shared count instead of being built from ``range`` number by number."""
        n = len(text)
        if len(_COUNT) <= n:
            _COUNT.extend(range(len(_COUNT), 2 * n + 1))
        return cls(text, _COUNT[:n], _COUNT[1 : n + 1])

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span behind ``text[start:end]`` (empty spans map to a point)."""
        if end <= start:
            pos = self.starts[start] if start < len(self.text) else (self.ends[-1] if self.text else 0)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def rewrite(self, pattern: regex.Pattern, replace: Callable[[regex.Match], str]) -> MappedText:
        """Replace every match of ``pattern`` by ``replace(match)``, keeping the map.

        A replacement of the same length maps character by character (so a
        tone-mark swap keeps exact offsets); otherwise every new character maps
        to the whole matched span.
        """
        pieces: list[tuple[str, int, int, bool]] = []  # (text, start, end, per-char)
        pos = 0
        for match in pattern.finditer(self.text):
            new = replace(match)
            if new == match.group(0):
                continue
            a, b = match.span()
            pieces.append((self.text[pos:a], pos, a, True))
            pieces.append((new, a, b, len(new) == b - a))
            pos = b
        if not pieces:
            return self
        pieces.append((self.text[pos:], pos, len(self.text), True))
        return self._assemble(pieces)

    def _assemble(self, pieces: Iterable[tuple[str, int, int, bool]]) -> MappedText:
        out: list[str] = []
        starts, ends = array("l"), array("l")
        for text, a, b, per_char in pieces:
            out.append(text)
            if per_char:
                starts.extend(self.starts[a:b])
                ends.extend(self.ends[a:b])
            elif text:
                lo = self.starts[a] if a < b else (self.starts[a] if a < len(self.text) else self.ends[-1])
                hi = self.ends[b - 1] if a < b else lo
                starts.extend([lo] * len(text))
                ends.extend([hi] * len(text))
        return MappedText("".join(out), starts, ends)
