"""Facts as stored: grounded at their span, placed in the pre- and post-2025 map, stated once per page."""

from __future__ import annotations

import functools
from dataclasses import replace

from .. import patterns
from ..mentions import Mention
from ..records import Fact
from .model import Reading, Subject
from .view import SentenceView


def make_fact(reading: Reading, view: SentenceView | None, mention: Mention, *, indicator: str, metric: str,
              value: float | None, subject: Subject | None, year: int | None, confidence: float,
              span: tuple[int, int] | None = None, line: tuple[int, int] | None = None, **fields) -> Fact:
    """A fact whose span is the mention's tokens (or ``span``), mapped back to the stored text; or a whole
    ``line`` of the normalised text that no sentence view holds (a table cell such as "Rất tốt")."""
    if line is not None:
        a, b = sentence = line
    elif view is None:
        raise ValueError("a fact needs a sentence view or a line to point into")
    else:
        start_tok, end_tok = span or (mention.start, mention.end)
        doc = view.doc
        a = view.sentence.start + doc[start_tok].idx
        b = view.sentence.start + doc[end_tok - 1].idx + len(doc[end_tok - 1].text)
        sentence = (view.sentence.start, view.sentence.end)
    span_start, span_end = reading.mapped.original_span(a, b)
    s_start, s_end = reading.mapped.original_span(*sentence)
    province, province_2025 = _provinces(subject, year, fields.get("out_of"))
    subject = _as_named_then(subject, year, fields.get("out_of"), reading.page.published_year)
    return Fact(
        indicator=indicator, metric=metric, value=value, span_start=span_start, span_end=span_end,
        sentence=reading.text[s_start:s_end], subject=subject.name if subject else None,
        subject_type=subject.type if subject else None, province=province, province_2025=province_2025,
        year=year, pattern=mention.pattern, confidence=round(max(0.1, min(1.0, confidence)), 2),
        **{k: v for k, v in fields.items() if k in Fact.__dataclass_fields__})


def _provinces(subject: Subject | None, year: int | None, out_of: float | None) -> tuple[str | None, str | None]:
    """The pre-2025 province and the 2025 unit of a subject (figures after the merger have no pre-2025 province)."""
    if subject is None or subject.province is None:
        return None, None
    post_merger = (year is not None and year >= 2025) or out_of == 34
    units = units_2025()
    if post_merger and subject.type == "province" and subject.province in set(units.values()):
        return None, subject.province
    return subject.province, units.get(subject.province)


def _as_named_then(subject: Subject | None, year: int | None, out_of: float | None,
                   published: int | None) -> Subject | None:
    """A province renamed before the 2025 map (a unit of one member under a new name: Thừa Thiên Huế
    became Huế in January 2025) is called by its new name in results published under it: a
    2025 figure, a ranking out of 34, or the previous year's results published from 2025 on.
    """
    renamed = _renamed().get(subject.name) if subject and subject.type == "province" else None
    if renamed is None or year is None:
        return subject
    if year >= 2025 or out_of == 34 or (published is not None and published >= 2025 and year >= published - 1):
        return replace(subject, name=renamed)
    return subject


def names_of(subject: Subject) -> set[str]:
    """The names a subject's facts may carry: its own, and its name after the 2025 map ("Huế")."""
    renamed = _renamed().get(subject.name) if subject.type == "province" else None
    return {subject.name, renamed} if renamed else {subject.name}


def dedupe(facts: list[Fact], headline: tuple[int, int]) -> list[Fact]:
    """A fact stated twice in a page (title and body) is stored once, with its best evidence.

    A headline restates the article in fewer words, often without the year or
    the qualifier ("tăng 13 bậc chỉ số PAR INDEX", "Tỷ lệ giải quyết hồ sơ đạt
    99,99%"): when the body states the same figure, the headline adds nothing.
    """
    def gist(f: Fact) -> tuple:
        return (f.subject, f.indicator, f.metric, f.value, f.value_text, f.component, f.is_target)

    body = {gist(f) for f in facts if not headline[0] <= f.span_start < headline[1]}
    facts = [f for f in facts if not (headline[0] <= f.span_start < headline[1]) or gist(f) not in body]
    best: dict[tuple, Fact] = {}
    for fact in facts:
        key = fact.key()
        if key not in best or _richness(fact) > _richness(best[key]):
            best[key] = fact
    dated = {replace(f, year=None).key() for f in best.values() if f.year is not None}
    kept = [f for f in best.values() if f.year is not None or f.key() not in dated]
    return sorted(kept, key=lambda f: (f.span_start, f.indicator, f.metric))


def _richness(fact: Fact) -> tuple:
    """Prefer the statement that says more ("313/1.561 TTHC" over the title's "313 TTHC")."""
    return (fact.out_of is not None, fact.unit is not None, fact.confidence)


def with_despun(facts: list[Fact], despun: bool) -> list[Fact]:
    """Mark facts from a de-spun page and lower their confidence."""
    if not despun:
        return facts
    return [replace(f, despun=True, confidence=round(f.confidence * 0.85, 2)) for f in facts]


@functools.cache
def units_2025() -> dict[str, str]:
    return {p["name"]: p["unit_2025"] for p in patterns.load("gazetteer/provinces")}


@functools.cache
def _renamed() -> dict[str, str]:
    """Pre-2025 province → its new name, for units of the 2025 map that are one province renamed."""
    return {u["members"][0]: u["name"] for u in patterns.load("gazetteer/units_2025")
            if len(u["members"]) == 1 and u["members"][0] != u["name"]}
