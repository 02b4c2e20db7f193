"""What a count counts: its qualifier (received, on time, level 4 …), from the cue words nearest it."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from .. import patterns
from ..mentions import Mention
from ..tokens import number
from .view import SentenceView


def qualifier_of(view: SentenceView, mention: Mention, indicator: str, inherit: bool = True,
                 default: str | None = "other") -> str | None:
    """What a count counts: the nearest cue in its own segment, else the sentence's.

    A cue from an earlier clause only carries over a "trong đó" ("công bố 397 TTHC,
    trong đó: cấp tỉnh có 335 TTHC; cấp huyện có 53 TTHC"). With no cue at all, ``default``.
    """
    applies = qualifier_scope()
    values = set(mention.tokens("value"))
    cues = [c for c in view.cues("QUALIFIER") if indicator in applies.get(c.key, ())
            and not values & set(range(c.start, c.end))
            and not (c.key.startswith("level_") and _both_levels(view, c.end))]
    inside = [c for c in cues if mention.start <= c.start < mention.end]
    seg = view.segment[mention.start]
    in_segment = [c for c in cues if view.segment[c.start] == seg or view.segment[c.end - 1] == seg]
    weak = _weak_qualifiers()
    strong = any(c.key not in weak for c in in_segment)
    own = [c for c in inside if c.key not in weak] or (inside if not strong else [])
    if own:  # "1.234 dịch vụ công trực tuyến toàn trình", "dossiers were received online (59.71%)"
        return own[0].key
    if strong:  # "tổng cộng 1.052 hồ sơ … trễ hạn": late, a total of them; "105,121 were processed on time"
        in_segment = [c for c in in_segment if c.key not in weak]
    elif any(c.key != "total" for c in in_segment):  # "tiếp nhận tổng cộng 87.582 hồ sơ": received, in all
        in_segment = [c for c in in_segment if c.key != "total"]
    left = [c for c in in_segment if c.end <= mention.start]
    right = _own_right(view, mention, [c for c in in_segment if c.start >= mention.end])
    before = _figure_before(view, mention)
    if right and left and before is not None and left[-1].start >= before.end:
        return right[0].key  # "397 OPS at level 3 and 1,051 OPS at level 4": each cue trails its own count
    if left:
        return left[-1].key
    if right:  # "432 hồ sơ đang giải quyết"; "95.5% completed on time or ahead of schedule and 4.5% overdue"
        return right[0].key
    splits = view.cues("SPLIT")
    if any(s.start >= mention.end and s.start - mention.end <= 2 for s in splits):
        return "total"
    if not inherit:
        return None
    earlier = [c for c in cues if c.end <= mention.start and (
        view.same_clause(c.start, mention.start) or any(c.end <= s.start and s.end <= mention.start for s in splits))]
    return earlier[-1].key if earlier else default


def _figure_before(view: SentenceView, mention: Mention) -> Mention | None:
    """The figure just before this one in its segment, if any."""
    seg = view.segment[mention.start]
    before = [f for f in view.m.figures if f.end <= mention.start and view.segment[f.start] == seg]
    return before[-1] if before else None


def _own_right(view: SentenceView, mention: Mention, right: list[Mention]) -> list[Mention]:
    """The cues after a figure up to the next figure or count noun of its segment: "47 TTHC ở mức độ 3 và 258
    TTHC ở mức độ 2" gives 47 the third level, not the second; "259 hồ sơ đúng hạn và chỉ tám hồ sơ quá hạn"."""
    seg = view.segment[mention.start]
    heads = [n for n in view.cues("COUNT_NOUN") if n.start > 0 and _counts_word(view.doc[n.start - 1])]
    after = [f.start for f in view.m.figures + heads if f.start >= mention.end and view.segment[f.start] == seg]
    return [c for c in right if not after or c.end <= min(after)]


def _counts_word(token: Token) -> bool:
    """A number, or a number word ("tám hồ sơ"), that a count noun may follow."""
    return number(token) is not None or token.lower_ in _cardinals()


def service_level(view: SentenceView, mention: Mention) -> str | None:
    """"dịch vụ công mức độ 4": the service level of online services, a qualifier (not the tier)."""
    tokens = mention.tokens("level")
    level = number(view.doc[tokens[0]]) if tokens else None
    if not tokens or _both_levels(view, tokens[-1] + 1):
        return None
    return f"level_{int(level)}" if level in (2, 3, 4) else None


def _both_levels(view: SentenceView, after: int) -> bool:
    """"mức độ 3 và 4", "mức độ 3, 4": services of two levels together, no one level."""
    tail = view.doc[after : after + 2]
    return len(tail) == 2 and tail[0].lower_ in ("và", ",", "and") and number(tail[1]) in (3, 4)


@functools.cache
def _cardinals() -> frozenset[str]:
    return frozenset(patterns.load("numbers")["cardinals"])


@functools.cache
def _weak_qualifiers() -> frozenset[str]:
    return frozenset(q for q, e in patterns.load("counts")["QUALIFIER"].items() if e.get("weak"))


def default_qualifier(indicator: str) -> str:
    """What a count of ``indicator`` counts when no cue says (patterns/counts.yml DEFAULT_QUALIFIER)."""
    return _defaults().get(indicator, "other")


@functools.cache
def _defaults() -> dict[str, str]:
    return dict(patterns.load("counts").get("DEFAULT_QUALIFIER") or {})


@functools.cache
def qualifier_scope() -> dict[str, tuple[str, ...]]:
    return {q: tuple(e["applies_to"]) for q, e in patterns.load("counts")["QUALIFIER"].items()}
