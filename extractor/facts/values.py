"""The values of a figure, their unit and scale, and the words that make a figure a target, a bound or a what-if."""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex
from spacy.tokens import Doc

from .. import patterns
from ..mentions import Mention
from ..tokens import number
from .model import Figure
from .view import SentenceView

_PERCENT = {"%", "phần", "trăm", "percent", "per", "cent", "percentage"}
_THOUSANDS = regex.compile(r"^\d{1,3}[.,]\d{3}$")  # "48,095", "42.676": a decimal or a thousands separator


def read_values(view: SentenceView, mention: Mention) -> Iterator[Figure]:
    """The values of a figure mention: numbers, ordinal words, "dẫn đầu" (= 1), band words.

    One value per token: "xếp thứ 2 và 3" holds two values.
    """
    doc = view.doc
    if mention.label == "BAND":
        band = mention.tokens("band")
        # as written, so a hyphenated band stays one word: "lower-middle", not "lower - middle"
        yield Figure(mention, None, band, value_text=doc[band[0] : band[-1] + 1].text.lower())
        return
    if mention.has("first"):
        yield Figure(mention, 1.0, mention.tokens("first"))
        return
    if mention.has("last") or mention.has("top"):  # "lần lượt từ vị trí thứ tư đến thứ sáu", "the top three"
        yield from _run_of_ranks(view, mention)
        return
    for role in ("value", "prev_value"):
        for i in mention.tokens(role):
            value = _rank_value(doc, i)
            if value is not None:
                yield Figure(mention, value, [i], prev=role == "prev_value")


def _run_of_ranks(view: SentenceView, mention: Mention) -> Iterator[Figure]:
    """Every rank from the first to the last of a run ("top three" runs from 1), at most ten of them."""
    doc = view.doc
    bounds = mention.tokens("value") + mention.tokens("last") if mention.has("last") else mention.tokens("top")
    ends = [_rank_value(doc, i) for i in bounds]
    first, last = (ends[0], ends[-1]) if mention.has("last") else (1, ends[-1])
    if first is None or last is None or not 1 <= first < last <= first + 9:
        return
    for rank in range(int(first), int(last) + 1):
        yield Figure(mention, float(rank), [bounds[0] if rank == first else bounds[-1]])


def _rank_value(doc: Doc, i: int) -> float | None:
    """The value of token ``i`` as a number or an ordinal word ("ba", "á quân")."""
    value = number(doc[i])
    words = doc[i].lower_, doc[i : i + 2].text.lower()  # "ba", "á quân"
    return float(value) if value is not None else next((float(ordinals()[w]) for w in words if w in ordinals()), None)


def has_decimals(view: SentenceView, fig: Figure) -> bool:
    return bool(fig.value_tokens) and any(sep in view.doc[fig.value_tokens[0]].text for sep in ",.")


def unit(view: SentenceView, mention: Mention) -> str | None:
    words = {view.doc[i].lower_ for i in mention.tokens("unit")}
    if not words:
        return None
    return "percent" if words & _PERCENT else "points"


def out_of(view: SentenceView, mention: Mention) -> float | None:
    tokens = mention.tokens("out_of")
    return number(view.doc[tokens[0]]) if tokens else None


def plausible(metric: str, value: float | None, unit: str | None, field: int = 100) -> bool:
    """Whether a value can be the metric's; ``field``: the most places its ranking may hold."""
    if metric == "band":
        return True
    if value is None:
        return False
    if metric == "rank":
        return 1 <= value <= field and value == int(value)
    if metric == "rank_change":
        return abs(value) <= 70 and value == int(value) and value != 0
    if metric == "score" and unit == "percent":
        return 0 < value <= 100
    return True


def on_scale(indicator: str, metric: str, value: float | None, unit: str | None, written: str,
             out_of: float | None = None) -> float | None:
    """The value once the index's scale has settled its separator; None when no reading fits the scale.

    "48,095 points" of PAPI (out of 80) is 48.095, not forty-eight thousand; a DTI change of
    "1.234" is no DTI change at all. A scale written with the score is the score's own: a province
    scores its departments' DTI "91.48/100 points".
    """
    if metric not in ("score", "score_change") or value is None:
        return value
    top = 100.0 if unit == "percent" else out_of if metric == "score" and out_of else _per_index("SCALE").get(indicator)
    if top is None or abs(value) <= top:
        return value
    if _THOUSANDS.match(written) and abs(value) / 1000 < top:
        return value / 1000
    return None  # includes "a total score of 1,000": the scale's own maximum, not a result


def percent_not_a_score(indicator: str, metric: str, unit: str | None) -> bool:
    """A percentage said as the score of an index scored in points (PCI, DTI, ICT Index), or as the change of
    one whose changes are only ever written in points ("PCI tăng 9,57%": a growth rate, not points)."""
    if unit != "percent":
        return False
    if metric == "score":
        return indicator not in _listed("PERCENT_SCORES")
    return metric == "score_change" and indicator in _listed("CHANGES_IN_POINTS")


def on_own_scale(indicator: str, out_of: float | None) -> bool:
    """A score written out of the index's own scale, or of none ("/100" for PAR INDEX, "/80" for PAPI)."""
    top = _per_index("SCALE").get(indicator)
    return out_of is None or top is None or out_of in (top, 100.0)


def below_floor(indicator: str, metric: str, value: float | None) -> bool:
    """A total score lower than any the index has given: a sub-index's figure."""
    floor = _per_index("FLOOR").get(indicator)
    return metric == "score" and value is not None and floor is not None and value < floor


def reaches_floor(indicator: str, value: float | None) -> bool:
    """A value as large as the lowest total score the index has given (``FLOOR``): a score, never a change."""
    floor = _per_index("FLOOR").get(indicator)
    return value is not None and floor is not None and abs(value) >= floor


def band_code(indicator: str, text: str | None, own: bool = False) -> str | None:
    """The stored code of a band as written; ``own``: also a province's grades of its own units."""
    bands = patterns.load("bands")
    table = {**(bands.get(indicator) or {}), **((bands["OWN"].get(indicator) or {}) if own else {})}
    return table.get(text or "") if text is not None else None


# -- what kind of statement ------------------------------------------------------------


def is_target(view: SentenceView, mention: Mention) -> bool:
    """A goal word before the figure in its clause, or opening the figure's own verb ("phải đạt 50%")."""
    return any(c.start < mention.start and view.same_clause(c.start, mention.start) for c in view.cues("TARGET"))


def is_hypothetical(view: SentenceView, mention: Mention) -> bool:
    """"Nếu giữ được mức điểm … có thể tăng 10 bậc": a what-if, not a result.

    A condition that names a year states what happened then, by contrast:
    "Nếu như năm 2018, Bắc Kạn đứng thứ 60, … thì năm 2022 …".
    """
    return any(c.key == "hypothetical" and not any(t.lower_ in ("thì", "then") for t in view.doc[c.end : mention.start])
               and not _contrasts_a_year(view, c.end, mention) for c in view.cues_before(mention, "HYPOTHETICAL"))


def _contrasts_a_year(view: SentenceView, at: int, mention: Mention) -> bool:
    """The condition names a year right away ("Nếu như năm 2018, …"), or names one before the figure and a
    "thì" follows it ("Nếu như Chỉ số PAPI năm 2021 của Bắc Kạn … đứng thứ 34/63, thì đến năm 2022 …")."""
    years = [y for y in view.year_mentions() if at <= y.start < mention.start]
    then = any(t.lower_ in ("thì", "then") for t in view.doc[mention.end :])
    return any(y.start <= at + 1 for y in years) or (bool(years) and then)


def defines_groups(view: SentenceView, mention: Mention) -> bool:
    """"… xếp theo 4 nhóm gồm nhóm cao nhất, nhóm trung bình cao …": the groups, not anyone's band (unless
    the group lists its members: "tập trung vào 2 nhóm: Nhóm A … gồm 3 đơn vị là …")."""
    return mention.label == "BAND" and mention.pattern != "band_members" and bool(view.cues_before(mention, "GROUPS"))


def is_approx(view: SentenceView, mention: Mention, fig: Figure) -> bool:
    """"đạt trên 83%", "hơn 200 hồ sơ": a bound, not a figure ("thấp hơn 0,42 điểm" is a change)."""
    if mention.has("approx"):
        return True
    first = fig.value_tokens[0] if fig.value_tokens else mention.start
    # a word the pattern itself reads ("từ 40,14 lên 40,87") is not a bound
    return any(c.end in (first, first - 1) and c.end > mention.start - 2 and c.start < mention.start
               for c in view.cues("APPROX") if c.end <= first)


def bound_text(view: SentenceView, mention: Mention, fig: Figure) -> str:
    """The bound as written, from its word to its number ("hơn 5.360", "more than 133,000")."""
    first = fig.value_tokens[0] if fig.value_tokens else mention.start
    last = fig.value_tokens[-1] if fig.value_tokens else mention.end - 1
    words = [c.start for c in view.cues("APPROX") if c.end <= first and c.end >= first - 1]
    start = min(words + [t for t in mention.tokens("approx")] + [first])
    return view.doc[start : last + 1].text


@functools.cache
def ordinals() -> dict[str, int]:
    return {str(k): int(v) for k, v in patterns.load("numbers")["ordinals"].items()}


@functools.cache
def scale_words() -> dict[str, int]:
    """"ngàn" → 1000, "triệu" → 1000000: words that multiply the number before them."""
    return {str(k): int(v) for k, v in patterns.load("numbers")["scale_words"].items()}


def own_scale(indicator: str, unit: str | None) -> float | None:
    """The scale of a province's own ranking of its units, for a score in points with no scale written."""
    return _per_index("OWN_SCALE").get(indicator) if unit == "points" else None


@functools.cache
def _per_index(section: str) -> dict[str, float]:
    """A number per index from a section of ``patterns/indicators.yml`` (SCALE, OWN_SCALE, FLOOR)."""
    return {code: float(top) for code, top in patterns.load("indicators")[section].items()}


@functools.cache
def _listed(section: str) -> frozenset[str]:
    """The indices a section of ``patterns/indicators.yml`` lists (PERCENT_SCORES, CHANGES_IN_POINTS)."""
    return frozenset(patterns.load("indicators")[section])
