"""Which index a figure is about: named in its clause, else earlier in the paragraph, the title, the page."""

from __future__ import annotations

import functools

from .. import patterns
from ..mentions import Mention
from .model import Figure, Namer, Reading
from .view import SentenceView

NAMERS = ("INDICATOR", "COMPONENT", "COMPONENT_CUE")
UNREPORTED = "OTHER"  # patterns/indicators.yml: indices whose figures are not read
_LIST_JOINERS = {",", "và", "and", "(", ")", ":", "chỉ", "số", "index", "the"}


def namers(reading: Reading, view: SentenceView, mention: Mention) -> tuple[list[Namer], bool]:
    """The (indicator, component) pairs a figure is about, and whether they came from context."""
    named = [n for n in view.cues(*NAMERS) if not _sums_components(view, n) and not _names_own_bracket(view, n, mention)]
    inside = [n for n in named if mention.start <= n.start < mention.end]
    if inside:
        return [namer_key(inside[0])], False
    ranked_in = _ranking_named_after(view, mention, named)
    if ranked_in is not None:  # "giữ vị trí thứ 11 trong bảng xếp hạng chỉ số cải cách hành chính"
        return [namer_key(ranked_in)], False
    left = [n for n in named if n.end <= mention.start]
    left_in_clause = [n for n in left if view.same_clause(n.start, mention.start)]
    if left_in_clause:
        owned = _owned_component(view, left_in_clause)
        if owned is not None:  # "5/8 chỉ số thành phần của Chỉ số PAPI thuộc nhóm đạt điểm cao nhất"
            return [owned], False
        return [_with_indicator(reading, left_in_clause[-1], left_in_clause)], False
    right = [n for n in named if n.start >= mention.end and view.same_clause(mention.start, n.start)
             and n.label == "INDICATOR"]
    if right:  # "…; lần thứ 3 liên tiếp xếp thứ 1 trong bảng Chỉ số hài lòng": its own clause names it
        listed = [right[0]]
        for namer in right[1:]:  # "ở cả hai bảng xếp hạng: PAR Index và SIPAS"
            if all(t.text in _LIST_JOINERS or t.lower_ in _LIST_JOINERS for t in view.doc[listed[-1].end : namer.start]):
                listed.append(namer)
        return list(dict.fromkeys(namer_key(n) for n in listed)), False
    if left:  # "through the assessment of eight component indexes of PAR Index 2023, Hoa Binh leads …"
        owned = _owned_component(view, left)
        return [owned or _with_indicator(reading, left[-1], left)], False
    indicator = context_indicator(reading, anaphoric=any(c.key == "INDEX" for c in view.cues("ANAPHOR")))
    topic = reading.page.topic_component
    component = topic[1] if topic and topic[0] == indicator else None  # a page about one sub-index
    return ([(indicator, component)] if indicator else []), True


def _names_own_bracket(view: SentenceView, namer: Mention, mention: Mention) -> bool:
    """An index named inside a bracket with figures of its own names those figures only ("đạt 82,85 điểm, gồm: …
    (Chỉ số SIPAS: 8,30 điểm; …), xếp thứ 15/63": the rank is the whole index's)."""
    bracket = view.bracket[namer.start]
    return (bool(bracket) and not view.same_bracket(namer.start, mention.start)
            and any(view.bracket[t.i] == bracket and t.like_num for t in view.doc[namer.end :]))


def _sums_components(view: SentenceView, cue: Mention) -> bool:
    """A component cue after "tổng điểm (của) (cả) N" names the sum of all the sub-indices: the index itself."""
    if cue.label != "COMPONENT_CUE":
        return False
    words = view.syllables(cue.start - _SUM_REACH, cue.start)
    while words and (words[-1] in _SUM_FILLERS or words[-1].isdigit()):
        words.pop()
    text = " ".join(words)
    return any(text == s or text.endswith(" " + s) for s in _component_sums())


_SUM_REACH = 6  # tokens between "tổng điểm" and the component cue: "của cả 10"
_SUM_FILLERS = {"của", "cả", "các", "the", "all", "its"}


@functools.cache
def _component_sums() -> tuple[str, ...]:
    return tuple(patterns.load("indicators")["COMPONENT_SUM"])


def _ranking_named_after(view: SentenceView, mention: Mention, named: list[Mention]) -> Mention | None:
    """The index whose ranking a rank is said to be in, named right after it ("đứng thứ 9 trong bảng xếp hạng
    về chỉ số hài lòng …", "ranked 11th in the PAR Index"), or the sub-index it is "về": it outranks a topic named
    earlier in the clause."""
    if mention.label not in ("RANK", "RANK_CHANGE"):
        return None
    after = next((n for n in named if n.start >= mention.end and n.label in ("INDICATOR", "COMPONENT")), None)
    if after is None or after.start - mention.end > _RANKING_REACH:
        return None
    words = view.syllables(mention.end, after.start)
    # "xếp hạng nhất về công tác chỉ đạo điều hành cải cách hành chính": a sub-index's ranking
    opening = ("trong", "in", "on") + (("về",) if after.label == "COMPONENT" else ())
    return after if words and words[0] in opening and all(w in _RANKING_OF for w in words) else None


_RANKING_REACH = 6  # tokens between a rank and the index whose ranking it is in
_RANKING_OF = {"trong", "bảng", "xếp", "hạng", "về", "in", "on", "the", "ranking", "rankings", "of", "table"}


def _owned_component(view: SentenceView, named: list[Mention]) -> Namer | None:
    """The index named last is only the owner of the sub-indices named just before it ("chỉ số thành phần của
    Chỉ số PAPI", "sub-indices of the PCI"): the figure is theirs."""
    last = named[-1]
    if last.label != "INDICATOR":
        return None
    for cue in named[:-1]:
        gap = [t.lower_ for t in view.doc[cue.end : last.start]]
        if cue.label == "COMPONENT_CUE" and gap and gap[0] in _OF and all(w in _OF + ("the",) for w in gap):
            return last.key, cue.key
    return None


_OF = ("của", "of")


def reported(found: list[Namer]) -> list[Namer]:
    """The namers of indices the extractor reports: an index in ``OTHER`` names figures that are not facts here."""
    return [(indicator, component) for indicator, component in found if indicator and indicator != UNREPORTED]


def _with_indicator(reading: Reading, namer: Mention, candidates: list[Mention]) -> Namer:
    """A bare "chỉ số thành phần" belongs to the index named before it."""
    indicator, component = namer_key(namer)
    if indicator:
        return indicator, component
    named = [c.key for c in candidates if c.label == "INDICATOR"]
    return (named[-1] if named else context_indicator(reading)), component


def context_indicator(reading: Reading, anaphoric: bool = False) -> str | None:
    """The index the paragraph, the title or the page before was about; before any, the first the page names
    ("Từ 64,87 điểm, xếp vị trí 27 … năm 2021, Hà Tĩnh đã vươn lên vị trí thứ 18 …" leads an article on PCI).
    An index the page turned to ("Về Chỉ số PAR Index, các tỉnh đứng đầu gồm …") outranks the title's, and so
    does the last one named when the sentence says "chỉ số này" / "this index" (``anaphoric``)."""
    state = reading.state
    topic = state.doc_namer if state.doc_topic or anaphoric else None
    for namer in (state.para_namer, topic, (reading.page.title_indicator, None), state.doc_namer):
        if namer and namer[0]:
            return namer[0]
    return reading.page.first_indicator


def zip_components(view: SentenceView, mention: Mention, figures: list[Figure]) -> list[Namer]:
    """"Cải cách TTHC và hiện đại hóa hành chính tăng 07 và 12 bậc": one component per value."""
    if len(figures) < 2:
        return []
    comps = view.cues_before(mention, "COMPONENT")
    if len(comps) < len(figures):
        return []
    return [namer_key(c) for c in comps[-len(figures):]]


def namer_key(namer: Mention) -> Namer:
    if namer.label == "INDICATOR":
        return namer.key, None
    if namer.label == "COMPONENT":
        return _component_indicator().get(namer.key), namer.key
    return None, namer.key


@functools.cache
def _component_indicator() -> dict[str, str]:
    return {name: e["indicator"] for name, e in patterns.load("indicators")["COMPONENT"].items()}
