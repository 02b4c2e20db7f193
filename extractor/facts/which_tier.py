"""Which tier of government a count is about: cấp tỉnh, huyện or xã, from the cue nearest it."""

from __future__ import annotations

from ..mentions import Mention
from .model import Subject
from .view import SentenceView


def tier(view: SentenceView, mention: Mention, subject: Subject | None) -> str | None:
    """The tier of government (cấp tỉnh / huyện / xã) whose procedures or dossiers are counted.

    The cue inside the figure or nearest in its segment ("cấp huyện có 53 TTHC",
    "53 TTHC cấp huyện"), else the last one earlier in its clause ("Cấp xã: tiếp
    nhận 5.120 hồ sơ, giải quyết 5.002 hồ sơ"), else a district's own counts.
    """
    cues = view.cues("LEVEL")
    seg = view.segment[mention.start]
    inside = [c for c in cues if mention.start <= c.start < mention.end]
    left = [c for c in cues if c.end <= mention.start and view.segment[c.start] == seg]
    right = [c for c in cues if c.start >= mention.end and view.segment[c.start] == seg]
    earlier = [c for c in cues if c.end <= mention.start and view.same_clause(c.start, mention.start)]
    found = inside[:1] or left[-1:] or right[:1] or earlier[-1:]
    if not found:
        return "district" if subject and subject.type == "district" else None
    if any(_joined(view, found[0], other) for other in cues if other.key != found[0].key):
        return None  # "Bộ phận một cửa cấp huyện, cấp xã": both tiers together
    return found[0].key


def _joined(view: SentenceView, a: Mention, b: Mention) -> bool:
    """Two cues next to each other in a list ("cấp huyện, cấp xã", "cấp tỉnh và cấp huyện")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    between = view.doc[first.end : second.start]
    return len(between) <= 2 and all(t.lower_ in (",", "và", "and", "/", "-") for t in between)
