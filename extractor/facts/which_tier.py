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
        return _own_tier(subject)
    if any(_joined(view, found[0], other) for other in cues if other.key != found[0].key):
        return None  # "Bộ phận một cửa cấp huyện, cấp xã": both tiers together
    return found[0].key


def _own_tier(subject: Subject | None) -> str | None:
    """With no cue, the tier of the body counted: a district's own; a commune's or ward's; a province's
    departments and service centre ("Trung tâm Phục vụ hành chính công tỉnh") work at province level."""
    if subject is None or subject.type not in ("district", "agency"):
        return None
    if subject.type == "district":
        return "district"
    name = subject.name.lower()
    if name.startswith(_COMMUNE_PREFIXES):
        return "commune"
    return "district" if any(f" {word} " in f" {name} " for word in _DISTRICT_WORDS) else "province"


_COMMUNE_PREFIXES = ("xã ", "phường ", "thị trấn ", "đặc khu ", "ubnd xã", "ubnd phường")
_DISTRICT_WORDS = ("huyện", "quận", "thị xã")


def _joined(view: SentenceView, a: Mention, b: Mention) -> bool:
    """Two cues next to each other in a list ("cấp huyện, cấp xã", "cấp tỉnh và cấp huyện")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    between = view.doc[first.end : second.start]
    return len(between) <= 2 and all(t.lower_ in (",", "và", "and", "/", "-") for t in between)
