"""Ranked lists: "5 vị trí dẫn đầu lần lượt thuộc về A, B, C …" and "tiếp theo là B"."""

from __future__ import annotations

from ..mentions import Mention
from ..patternlang import SUBJECT_LABELS
from ..records import Fact
from .model import Figure, Reading
from .output import make_fact
from .view import SentenceView
from .which_index import namers
from .which_year import year


def rank_list(reading: Reading, view: SentenceView, mention: Mention) -> list[Fact]:
    """"5 vị trí dẫn đầu lần lượt thuộc về A, B, C …": ranks 1, 2, 3 … in list order."""
    found, _ = namers(reading, view, mention)
    listed = [e for e in view.m.entities if e.label in SUBJECT_LABELS and e.start >= mention.end
              and view.same_clause(mention.start, e.start)]
    facts: list[Fact] = []
    named = [(indicator, component) for indicator, component in found if indicator is not None][:1]
    for rank, entity in enumerate(listed, start=1):
        fig = Figure(mention, float(rank), [entity.start])
        for indicator, component in named:
            facts.append(make_fact(
                reading, view, mention, indicator=indicator, metric="rank", value=float(rank), component=component,
                year=year(reading, view, mention, fig), subject=reading.subject(entity), confidence=0.75,
                span=(min(mention.start, entity.start), entity.end)))
    return facts


def next_in_ranking(reading: Reading, view: SentenceView, sentence_facts: list[Fact]) -> list[Fact]:
    """"Tiếp theo là tỉnh Bình Dương": one place below the last ranked subject of the paragraph."""
    facts: list[Fact] = []
    for cue in view.cues("NEXT"):
        entity = next((e for e in view.m.entities if e.label in SUBJECT_LABELS and 0 <= e.start - cue.end <= 1), None)
        at = view.sentence.start + view.doc[cue.start].idx
        cue_at = reading.mapped.original_span(at, at + 1)[0]
        ranks = [f for f in reading.state.para_facts + sentence_facts + facts if f.metric == "rank"
                 and f.component is None and not f.is_target and f.span_start < cue_at]
        if entity is None or not ranks:
            continue
        last = max(ranks, key=lambda f: f.span_start)
        facts.append(make_fact(reading, view, Mention("RANK", cue.start, entity.end, pattern="next_in_ranking"),
                               indicator=last.indicator, metric="rank", value=(last.value or 0) + 1, year=last.year,
                               subject=reading.subject(entity), confidence=0.7))
    return facts
