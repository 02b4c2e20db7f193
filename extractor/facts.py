"""Facts: figures become facts once we know which index, whose, and which year.

A figure mention ("xếp thứ 23/63") carries its value; the rest comes from the
sentence around it, read the way a Vietnamese reader does:

* the index is named in the same clause (left first, then right), else earlier
  in the paragraph, else in the title, else earlier in the page;
* the subject is the nearest place or agency before the figure in its clause
  (not one it is compared with, nor the "/63 tỉnh, thành phố" after a rank),
  else the one right after it, else whoever the sentence or paragraph was
  about, else the province the page is about ("tỉnh ta");
* the year is the one written with the figure or its index, else the last one
  of the sentence or paragraph that is not a baseline ("so với năm 2020"),
  else the title's. Never the publication year blindly.

Every fact points at the figure's span; a figure we cannot tie to an index is
dropped, never guessed.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from . import patterns
from .mentions import FIGURE_LABELS, Mention, Mentions
from .patternlang import SUBJECT_LABELS
from .records import Fact
from .textmap import MappedText
from .tokens import Sentence, number, segment_words, word_of

INDEX_METRICS = {"SCORE": "score", "RANK": "rank", "RANK_CHANGE": "rank_change",
                 "SCORE_CHANGE": "score_change", "BAND": "band", "RANK_LIST": "rank"}
NAMERS = ("INDICATOR", "COMPONENT", "COMPONENT_CUE")
_PERCENT = {"%", "phần", "trăm", "percent", "per", "cent", "percentage"}
_CLAUSE_BREAK = {";"}
_SEGMENT_BREAK = {";", ",", ":", "(", ")", "-"}
_LIST_JOINERS = {",", "và", "and", "(", ")", ":", "chỉ", "số", "index", "the"}
_YEAR_JOINERS = {"của", "vào", "trong", "in", "of", "năm"}
_SEGMENT_REACH = 4  # syllables either side of a name that the segmenter sees
_TAIL = 5  # tokens after a rank's denominator that describe the field, not a subject


Namer = tuple[str | None, str | None]  # (indicator, component) a figure is about


@dataclass
class Subject:
    name: str
    type: str  # province / agency / district / ministry / national / region
    province: str | None = None

    @classmethod
    def of_fact(cls, fact: Fact) -> Subject:
        return cls(fact.subject or "", fact.subject_type or "", fact.province)

    @classmethod
    def of(cls, mention: Mention, default_province: str | None) -> Subject:
        kind = {"PROVINCE": "province", "AGENCY": "agency", "DISTRICT": "district",
                "MINISTRY": "ministry", "NATIONAL": "national", "REGION": "region"}[mention.label]
        if kind == "national":
            return cls("Việt Nam", kind)
        if kind == "region":
            return cls(mention.key, kind)
        if kind == "province":
            return cls(mention.key, kind, mention.key)
        province = mention.province or default_province
        name = mention.key or ""
        if kind == "agency" and province and not mention.province and name.split()[-1] in ("tỉnh", "phố"):
            name = f"{name} {province}"
        return cls(name, kind, province)


@dataclass
class PageContext:
    """What the whole page tells: its subject, title index and year, language."""

    default: Subject | None = None
    title_indicator: str | None = None
    title_year: int | None = None
    title_paragraph: int | None = None
    lang: str = "vi"


@dataclass
class Figure:
    """One value read off a figure mention, before it has an index, subject and year."""

    mention: Mention
    value: float | None
    value_tokens: list[int]
    prev: bool = False  # the value is the previous year's ("từ thứ hạng 51")
    value_text: str | None = None


@dataclass
class _State:
    """Running context: what earlier sentences were about."""

    paragraph: int = -1
    para_namer: Namer | None = None
    doc_namer: Namer | None = None
    para_subject: Subject | None = None
    para_year: int | None = None
    doc_year: int | None = None
    facts: list[Fact] = field(default_factory=list)
    para_facts: list[Fact] = field(default_factory=list)
    last_entity: dict[str, Mention] = field(default_factory=dict)  # label → last one named


class SentenceView:
    """A sentence with its mentions and the clause / segment of each token."""

    def __init__(self, sentence: Sentence, mentions: Mentions):
        self.sentence, self.m, self.doc = sentence, mentions, sentence.doc
        self.clause, self.segment = [], []
        clause = segment = 0
        for token in self.doc:
            self.clause.append(clause)
            self.segment.append(segment)
            clause += token.text in _CLAUSE_BREAK
            segment += token.text in _SEGMENT_BREAK
        self.tails = self._tails()
        self.consumed_years = [y for f in mentions.figures
                               if (y := self.year_after(f.tokens("value") or f.tokens("prev_value"))) is not None]

    def coordinated_years(self, year: int | None, before: int) -> list[int]:
        """["2021", "2022"] when ``year`` closes a list "năm 2021 và năm 2022" just before token ``before``."""
        listed = [y for y in self.m.entities if y.label == "YEAR" and self.year_of(y) and y.end <= before]
        if not listed or self.year_of(listed[-1]) != year:
            return []
        chain = [listed[-1]]
        for prev in reversed(listed[:-1]):
            if all(t.lower_ in (",", "và", "and") for t in self.doc[prev.end : chain[0].start]):
                chain.insert(0, prev)
            else:
                break
        return [year for y in chain if (year := self.year_of(y)) is not None] if len(chain) > 1 else []

    def year_after(self, value_tokens: list[int]) -> Mention | None:
        """A year written right after a value, joined only by "của"/"năm"/"in" ("vị trí số 58 năm 2017")."""
        if not value_tokens:
            return None
        last = value_tokens[-1]
        for year in self.m.entities:
            if year.label == "YEAR" and year.start > last and not self.is_baseline(year):
                gap = self.doc[last + 1 : year.start]
                if all(t.lower_ in _YEAR_JOINERS for t in gap) and len(gap) <= 2:
                    return year
        return None

    def _tails(self) -> set[int]:
        """Tokens just after a rank's denominator ("23/63 tỉnh, thành phố")."""
        tails: set[int] = set()
        for fig in self.m.figures:
            for i in fig.tokens("out_of"):
                tails.update(range(i + 1, min(i + 1 + _TAIL, len(self.doc))))
        return tails

    def inside_word(self, mention: Mention) -> bool:
        """True when underthesea put the mention inside a longer word on both sides: not a name here.

        Only a few syllables around the name are segmented: the segmenter is slow.
        """
        doc = self.doc
        if mention.start == 0 or mention.end >= len(doc):
            return False
        before, first, last, after = doc[mention.start - 1], doc[mention.start], doc[mention.end - 1], doc[mention.end]
        if not (before.is_alpha and after.is_alpha):
            return False
        if word_of(first) == -1:
            segment_words(doc, max(0, mention.start - _SEGMENT_REACH), mention.end + _SEGMENT_REACH)
        return word_of(first) != -1 and word_of(before) == word_of(first) and word_of(after) == word_of(last)

    def same_clause(self, a: int, b: int) -> bool:
        return self.clause[a] == self.clause[min(b, len(self.doc) - 1)]

    def cues(self, *labels: str) -> list[Mention]:
        return [c for c in self.m.cues if c.label in labels]

    def cues_before(self, mention: Mention, *labels: str) -> list[Mention]:
        """Cues of ``labels`` in the mention's clause that end before it starts."""
        return [c for c in self.cues(*labels) if c.end <= mention.start and self.same_clause(c.start, mention.start)]

    def years(self) -> list[int]:
        """The sentence's absolute years, baselines ("so với năm 2020") left out."""
        return [year for y in self.m.entities
                if y.label == "YEAR" and (year := self.year_of(y)) is not None and not self.is_baseline(y)]

    def year_of(self, mention: Mention) -> int | None:
        return int(mention.key) if mention.key and mention.key.isdigit() else None

    def is_baseline(self, mention: Mention, kind: str | None = None) -> bool:
        """A year after "so với" (kind "compare") or "từ" ("since") is not the figure's year."""
        return any(c.end <= mention.start and mention.start - c.end <= 1 and kind in (None, c.key)
                   for c in self.cues("COMPARE"))

    def is_object(self, entity: Mention) -> bool:
        """A place after "như", "vượt qua", "so với" … (or in the list such a word opens)."""
        for cue in self.cues("OBJECT"):
            if cue.end <= entity.start:
                between = self.doc[cue.end : entity.start]
                if all(t.ent_type_ or t.text in (",", "và", "and") for t in between):
                    return True
        return False


class FactBuilder:
    """Turns the mentions of a page's sentences into facts (one builder per page)."""

    def __init__(self, page: PageContext, mapped: MappedText, text: str):
        self.page, self.mapped, self.text = page, mapped, text
        self.state = _State()

    def build(self, views: list[SentenceView]) -> list[Fact]:
        for view in views:
            if view.sentence.paragraph != self.state.paragraph:
                self.state.paragraph = view.sentence.paragraph
                self.state.para_namer = self.state.para_subject = None
                self.state.para_year = None
                self.state.para_facts = []
            self._sentence(view)
            self._remember_context(view)
        title = [v for v in views if v.sentence.paragraph == self.page.title_paragraph]
        headline = self.mapped.original_span(title[0].sentence.start, title[-1].sentence.end) if title else (0, 0)
        return _dedupe(self.state.facts, headline)

    # -- per sentence -----------------------------------------------------
    def _sentence(self, view: SentenceView) -> None:
        sentence_facts: list[Fact] = []
        for mention in view.m.figures:
            facts = (self._count(view, mention) if mention.label == "COUNT"
                     else self._rate(view, mention, sentence_facts) if mention.label == "RATE"
                     else self._rank_list(view, mention) if mention.label == "RANK_LIST"
                     else self._index(view, mention, sentence_facts))
            sentence_facts.extend(facts)
        sentence_facts += self._next_in_ranking(view, sentence_facts)
        self.state.facts.extend(sentence_facts)
        self.state.para_facts.extend(sentence_facts)
        subjects = [f for f in sentence_facts if f.subject_type]
        if subjects:
            last = subjects[-1]
            self.state.para_subject = Subject.of_fact(last)

    def _remember_context(self, view: SentenceView) -> None:
        for entity in view.m.entities:
            if entity.label in SUBJECT_LABELS:
                self.state.last_entity[entity.label] = entity
        indicators = view.cues("INDICATOR")
        if indicators:  # only an index carries over to later sentences, never a sub-index
            self.state.para_namer = self.state.doc_namer = _namer_key(indicators[-1])
        years = view.years()
        if years:
            self.state.para_year = years[-1]
            title = self.page.title_paragraph
            if title is None or view.sentence.paragraph > title:  # lines above the title are page chrome
                self.state.doc_year = years[-1]

    # -- index figures -------------------------------------------------------
    def _index(self, view: SentenceView, mention: Mention, earlier: list[Fact]) -> list[Fact]:
        if mention.label in ("SCORE", "SCORE_CHANGE") and self._about_counts(view, mention):
            # "tỷ lệ cắt giảm 31,2%", "hồ sơ … đạt 99,03%": a rate of procedures, not an index
            return self._rate(view, mention, earlier) if mention.label == "SCORE" else []
        figures = list(_read_values(view, mention))
        if not figures or self._is_hypothetical(view, mention):
            return []
        namers, from_context = self._namers(view, mention)
        namers = [(indicator, component) for indicator, component in namers if indicator]
        if not namers:
            return []  # a figure we cannot tie to an index is not a fact
        subjects = self._subjects(view, mention, figures, earlier)
        components = self._zip_components(view, mention, figures)
        facts = []
        for i, fig in enumerate(figures):
            years = self._years(view, mention, fig)
            for indicator, component in namers:
                if components:
                    indicator, component = components[i] if i < len(components) else (indicator, component)
                if indicator is None:
                    continue
                for year in years:
                    fact = self._index_fact(view, mention, fig, indicator, component, subjects[i], from_context, year)
                    if fact:
                        facts.append(fact)
        return facts

    def _index_fact(self, view: SentenceView, mention: Mention, fig: Figure, indicator: str,
                    component: str | None, subject: Subject | None, from_context: bool,
                    year: int | None) -> Fact | None:
        metric = INDEX_METRICS[mention.label]
        value, value_text = fig.value, fig.value_text
        unit = None
        if metric == "band":
            value_text = _band_code(indicator, fig.value_text)
            if value_text is None:
                return None
            value = None
        elif metric in ("score", "score_change"):
            unit = _unit(view, mention)
        if metric in ("rank_change", "score_change") and mention.has("down") and value is not None:
            value = -value
        if mention.pattern == "score_bare" and not _has_decimals(view, fig):
            return None  # "đạt 0,5123," is a score; "đạt 2," is not
        target = self._is_target(view, mention)
        approx = self._is_approx(view, mention, fig)
        if approx and not target:
            return None
        if not _plausible(metric, value, unit):
            return None
        out_of = _out_of(view, mention)
        confidence = 0.9 - 0.15 * from_context - 0.1 * (subject is self.page.default)
        return self._fact(view, mention, indicator=indicator, metric=metric, value=value, unit=unit,
                          value_text=value_text if metric == "band" else (self._span_text(view, mention) if approx else None),
                          out_of=out_of, component=component, year=year, subject=subject,
                          is_target=target, confidence=confidence)

    def _rank_list(self, view: SentenceView, mention: Mention) -> list[Fact]:
        """"5 vị trí dẫn đầu lần lượt thuộc về A, B, C …": ranks 1, 2, 3 … in list order."""
        namers, _ = self._namers(view, mention)
        listed = [e for e in view.m.entities if e.label in SUBJECT_LABELS and e.start >= mention.end
                  and view.same_clause(mention.start, e.start)]
        facts: list[Fact] = []
        named = [(indicator, component) for indicator, component in namers if indicator is not None][:1]
        for rank, entity in enumerate(listed, start=1):
            subject = Subject.of(entity, self._default_province())
            fig = Figure(mention, float(rank), [entity.start])
            for indicator, component in named:
                facts.append(self._fact(
                    view, mention, indicator=indicator, metric="rank", value=float(rank), component=component,
                    year=self._year(view, mention, fig), subject=subject, confidence=0.75,
                    span=(min(mention.start, entity.start), entity.end)))
        return facts

    def _next_in_ranking(self, view: SentenceView, sentence_facts: list[Fact]) -> list[Fact]:
        """"Tiếp theo là tỉnh Bình Dương": one place below the last ranked subject of the paragraph."""
        facts: list[Fact] = []
        for cue in view.cues("NEXT"):
            entity = next((e for e in view.m.entities if e.label in SUBJECT_LABELS and 0 <= e.start - cue.end <= 1), None)
            cue_at = self.mapped.original_span(view.sentence.start + view.doc[cue.start].idx,
                                               view.sentence.start + view.doc[cue.start].idx + 1)[0]
            ranks = [f for f in self.state.para_facts + sentence_facts + facts if f.metric == "rank"
                     and f.component is None and not f.is_target and f.span_start < cue_at]
            if entity is None or not ranks:
                continue
            last = max(ranks, key=lambda f: f.span_start)
            fact = self._fact(view, Mention("RANK", cue.start, entity.end, pattern="next_in_ranking"),
                              indicator=last.indicator, metric="rank", value=(last.value or 0) + 1, year=last.year,
                              subject=Subject.of(entity, self._default_province()), confidence=0.7)
            facts.append(fact)
        return facts

    def _zip_components(self, view: SentenceView, mention: Mention, figures: list[Figure]) -> list[Namer]:
        """"Cải cách TTHC và hiện đại hóa hành chính tăng 07 và 12 bậc": one component per value."""
        if len(figures) < 2:
            return []
        comps = view.cues_before(mention, "COMPONENT")
        if len(comps) < len(figures):
            return []
        return [_namer_key(c) for c in comps[-len(figures):]]

    # -- counts and rates ------------------------------------------------------
    def _count(self, view: SentenceView, mention: Mention) -> list[Fact]:
        noun = self._count_noun(view, mention)
        if noun is None:
            return []
        figures = list(_read_values(view, mention))
        facts = []
        for fig in figures:
            if self._is_approx(view, mention, fig):
                continue
            qualifier = _level(view, mention) or self._qualifier(view, mention, noun.key)
            facts.append(self._fact(
                view, mention, indicator=noun.key, metric="count", value=fig.value, out_of=_out_of(view, mention),
                qualifier=qualifier, year=self._year(view, mention, fig),
                subject=self._count_subject(view, mention), is_target=self._is_target(view, mention),
                confidence=0.85))
        return facts

    def _about_counts(self, view: SentenceView, mention: Mention) -> bool:
        """A figure whose nearest anchor is a count noun or "tỷ lệ", not an index name."""
        if mention.label == "SCORE" and _unit(view, mention) != "percent":
            return False
        anchors = [(c.end, c.label) for c in view.m.cues if c.end <= mention.start
                   and c.label in ("INDICATOR", "COMPONENT", "COUNT_NOUN", "RATE")
                   and not any(f.start <= c.start < f.end for f in view.m.figures if f is not mention)]
        anchors += [(f.end, "COUNT") for f in view.m.figures if f.label == "COUNT" and f.end <= mention.start]
        if not anchors:
            return False
        nearest = max(anchors)[1]
        if nearest == "RATE":  # "tỷ lệ" alone: a rate of dossiers only if the sentence counts something
            return bool(view.cues("COUNT_NOUN"))
        return nearest in ("COUNT_NOUN", "COUNT")

    def _rate(self, view: SentenceView, mention: Mention, earlier: list[Fact]) -> list[Fact]:
        noun = self._count_noun(view, mention)
        figures = list(_read_values(view, mention))
        if noun is None or not figures or self._is_approx(view, mention, figures[0]) or _unit(view, mention) != "percent":
            return []
        if mention.label == "RATE" and figures[0].value == 100:
            return []  # "100% TTHC được công khai": a coverage claim, not a measured rate
        counts = [f for f in earlier if f.metric == "count" and f.indicator == noun.key]
        previous = [f for f in view.m.figures if f.label == "COUNT" and f.end <= mention.start
                    and view.same_clause(f.start, mention.start)]
        # "… 12.720 hồ sơ (đạt 99,03%)": the rate of the count it follows, unless it says its own
        qualifier = (self._qualifier(view, mention, noun.key, inherit=False)
                     or (counts[-1].qualifier if counts and previous else None)
                     or self._qualifier(view, mention, noun.key))
        return [self._fact(view, mention, indicator=noun.key, metric="rate", value=figures[0].value,
                           unit="percent", qualifier=qualifier, year=self._year(view, mention, figures[0]),
                           subject=self._count_subject(view, mention), is_target=self._is_target(view, mention),
                           confidence=0.8)]

    def _count_noun(self, view: SentenceView, mention: Mention) -> Mention | None:
        nouns = view.cues("COUNT_NOUN")
        inside = [n for n in nouns if mention.start <= n.start < mention.end and n.start in mention.tokens("noun")]
        if inside:
            return inside[0]
        left = [n for n in nouns if n.end <= mention.start]
        right = [n for n in nouns if n.start >= mention.end and view.same_clause(mention.start, n.start)]
        if mention.label == "COUNT":
            return (right or left[-1:] or [None])[0]  # type: ignore[list-item]
        return (left[-1:] or right or [None])[0]  # type: ignore[list-item]

    def _qualifier(self, view: SentenceView, mention: Mention, indicator: str, inherit: bool = True) -> str | None:
        """What a count counts: the nearest cue in its own segment, else the sentence's.

        A cue from an earlier clause only carries over a "trong đó" ("công bố 397 TTHC,
        trong đó: cấp tỉnh có 335 TTHC; cấp huyện có 53 TTHC").
        """
        applies = _qualifier_scope()
        values = set(mention.tokens("value"))
        cues = [c for c in view.cues("QUALIFIER") if indicator in applies.get(c.key, ())
                and not values & set(range(c.start, c.end))]
        inside = [c for c in cues if mention.start <= c.start < mention.end]
        if inside:  # "1.234 dịch vụ công trực tuyến toàn trình"
            return inside[0].key
        seg = view.segment[mention.start]
        in_segment = [c for c in cues if view.segment[c.start] == seg or view.segment[c.end - 1] == seg]
        left = [c for c in in_segment if c.end <= mention.start]
        right = [c for c in in_segment if c.start >= mention.end]
        if left:
            return left[-1].key
        if right:  # "432 hồ sơ đang giải quyết"; "98.5% were settled on time": the last word decides
            return right[-1].key
        splits = view.cues("SPLIT")
        if any(s.start >= mention.end and s.start - mention.end <= 2 for s in splits):
            return "total"
        if not inherit:
            return None
        earlier = [c for c in cues if c.end <= mention.start and (
            view.same_clause(c.start, mention.start) or any(c.end <= s.start and s.end <= mention.start for s in splits))]
        return earlier[-1].key if earlier else "other"

    def _count_subject(self, view: SentenceView, mention: Mention) -> Subject | None:
        entities = [e for e in view.m.entities if e.label in SUBJECT_LABELS and e.end <= mention.start
                    and view.same_clause(e.start, mention.start) and not view.is_object(e)]
        if entities:
            return Subject.of(entities[-1], self._default_province())
        return self.page.default

    # -- which index ---------------------------------------------------------------
    def _namers(self, view: SentenceView, mention: Mention) -> tuple[list[Namer], bool]:
        """The (indicator, component) pairs a figure is about, and whether they came from context."""
        namers = view.cues(*NAMERS)
        inside = [n for n in namers if mention.start <= n.start < mention.end]
        if inside:
            return [_namer_key(inside[0])], False
        left = [n for n in namers if n.end <= mention.start]
        left_in_clause = [n for n in left if view.same_clause(n.start, mention.start)]
        if left_in_clause:
            return [self._with_indicator(left_in_clause[-1], left_in_clause)], False
        right = [n for n in namers if n.start >= mention.end and view.same_clause(mention.start, n.start)
                 and n.label == "INDICATOR"]
        if right and not left:
            listed = [right[0]]
            for namer in right[1:]:  # "ở cả hai bảng xếp hạng: PAR Index và SIPAS"
                if all(t.text in _LIST_JOINERS or t.lower_ in _LIST_JOINERS for t in view.doc[listed[-1].end : namer.start]):
                    listed.append(namer)
            return list(dict.fromkeys(_namer_key(n) for n in listed)), False
        if left:
            return [self._with_indicator(left[-1], left)], False
        indicator = self._context_indicator()
        return ([(indicator, None)] if indicator else []), True

    def _with_indicator(self, namer: Mention, candidates: list[Mention]) -> Namer:
        """A bare "chỉ số thành phần" belongs to the index named before it."""
        indicator, component = _namer_key(namer)
        if indicator:
            return indicator, component
        named = [c.key for c in candidates if c.label == "INDICATOR"]
        return (named[-1] if named else self._context_indicator()), component

    def _context_indicator(self) -> str | None:
        """The index the paragraph, the title or the page before was about."""
        for namer in (self.state.para_namer, (self.page.title_indicator, None), self.state.doc_namer):
            if namer and namer[0]:
                return namer[0]
        return None

    # -- whose -----------------------------------------------------------------------
    def _subjects(self, view: SentenceView, mention: Mention, figures: list[Figure],
                  earlier: list[Fact]) -> list[Subject | None]:
        subject_tokens = mention.tokens("subject")
        if subject_tokens:
            entity = next((e for e in view.m.entities if e.start <= subject_tokens[0] < e.end), None)
            if entity is not None and entity.label in SUBJECT_LABELS:
                return [Subject.of(entity, self._default_province())] * len(figures)
        candidates = [e for e in view.m.entities if e.label in SUBJECT_LABELS and e.start not in view.tails
                      and not view.is_object(e) and not _inside_other_figure(view, e, mention)
                      and not view.inside_word(e)]
        candidates += self._anaphors(view)
        candidates.sort(key=lambda m: m.start)
        left = [e for e in candidates if e.end <= mention.start and view.same_clause(e.start, mention.start)]
        if len(figures) > 1 and len(left) >= len(figures) and self._respectively(view, mention):
            return [Subject.of(e, self._default_province()) for e in left[-len(figures):]]
        if len(left) > 1 and left[-1].pattern == "average":
            left = left[:-1]  # "Vùng Đồng bằng sông Hồng có giá trị trung bình …": the region's average
        if left:
            return [Subject.of(left[-1], self._default_province())] * len(figures)
        defaults = [c for c in view.cues("DEFAULT") if c.end <= mention.start]
        right = [e for e in candidates if e.start >= mention.end and view.same_clause(mention.start, e.start)
                 and not _figure_between(view, mention, e)]
        if right and not defaults:
            return [Subject.of(right[0], self._default_province())] * len(figures)
        if earlier and earlier[-1].subject_type:
            last = earlier[-1]
            return [Subject.of_fact(last)] * len(figures)
        return [self.state.para_subject or self.page.default] * len(figures)

    def _anaphors(self, view: SentenceView) -> list[Mention]:
        """"Bộ này", "tỉnh này": the last ministry / province named, placed where the phrase stands."""
        out = []
        for cue in view.cues("ANAPHOR"):
            named = self.state.last_entity.get(cue.key)
            if named is not None:
                out.append(replace(named, start=cue.start, end=cue.end))
        return out

    def _respectively(self, view: SentenceView, mention: Mention) -> bool:
        return any(c.start < mention.end and view.same_clause(c.start, mention.start)
                   for c in view.cues("RESPECTIVELY"))

    def _default_province(self) -> str | None:
        return self.page.default.province if self.page.default else None

    # -- which year ------------------------------------------------------------------
    def _year(self, view: SentenceView, mention: Mention, fig: Figure) -> int | None:
        return self._years(view, mention, fig)[0]

    def _years(self, view: SentenceView, mention: Mention, fig: Figure) -> list[int | None]:
        """The year(s) of a figure; "đến năm 2021 và năm 2022 đã lọt vào nhóm thứ nhất" gives two."""
        years = [y for y in view.m.entities if y.label == "YEAR"]
        own = [y for y in years if any(y.start <= t < y.end for t in mention.tokens("year"))]
        if own:
            return [self._absolute(view, own[0], mention)]
        after = view.year_after(fig.value_tokens)
        if after is not None:  # "vị trí số 58 năm 2017", "thứ 3 của năm 2018"
            return [self._absolute(view, after, mention)]
        base = self._base_year(view, mention)
        if fig.prev:
            return [base - 1 if base is not None else None]
        listed: list[int | None] = list(view.coordinated_years(base, mention.start))
        return listed or [base]

    def _base_year(self, view: SentenceView, mention: Mention) -> int | None:
        """The year a figure is about when none is written right next to it."""
        free = [y for y in view.m.entities if y.label == "YEAR" and view.year_of(y)
                and not view.is_baseline(y) and y not in view.consumed_years]
        namers = [n for n in view.cues("INDICATOR") if view.same_clause(n.start, mention.start)]
        left_namer = next((n for n in reversed(namers) if n.end <= mention.start), None)
        floor = left_namer.end if left_namer else -1
        between = [y for y in free if floor <= y.start and y.end <= mention.start
                   and view.same_clause(y.start, mention.start)]
        if between:  # "(chỉ số ICT Index) năm 2019, tỉnh Lạng Sơn xếp hạng 22/63"
            return view.year_of(between[-1])
        for namer in ([left_namer] if left_namer else []) + [n for n in namers if n.start >= mention.end]:
            attached = [y for y in free if 0 <= y.start - namer.end <= 2]  # "PCI 2024", "PAR INDEX năm 2015"
            if attached:
                return view.year_of(attached[0])
        left = [y for y in free if y.end <= mention.start]
        if left:
            return view.year_of(left[-1])
        if self.state.para_year:
            return self.state.para_year
        later = [y for y in free if y.start >= mention.end]
        if later:
            return view.year_of(later[0])
        baselines = [y for y in view.m.entities
                     if y.label == "YEAR" and view.year_of(y) and view.is_baseline(y, "compare")]
        if baselines:  # "… tăng 8 bậc so với năm 2020": the figures are the next year's
            return (view.year_of(baselines[0]) or 0) + 1
        return self.page.title_year or self.state.doc_year

    def _absolute(self, view: SentenceView, year: Mention, mention: Mention) -> int | None:
        """A written year, or a relative one ("năm ngoái") counted from the sentence's year."""
        if view.year_of(year):
            return view.year_of(year)
        base = self._base_year(view, mention)
        return base + int(year.key) if base is not None and year.key else None

    # -- modifiers ----------------------------------------------------------------------
    def _is_target(self, view: SentenceView, mention: Mention) -> bool:
        return bool(view.cues_before(mention, "TARGET"))

    def _is_hypothetical(self, view: SentenceView, mention: Mention) -> bool:
        """"Nếu giữ được mức điểm … có thể tăng 10 bậc": a what-if, not a result."""
        return any(c.key == "hypothetical" and not any(t.lower_ in ("thì", "then") for t in view.doc[c.end : mention.start])
                   for c in view.cues_before(mention, "HYPOTHETICAL"))

    def _is_approx(self, view: SentenceView, mention: Mention, fig: Figure) -> bool:
        """"đạt trên 83%", "hơn 200 hồ sơ": a bound, not a figure ("thấp hơn 0,42 điểm" is a change)."""
        if mention.has("approx"):
            return True
        first = fig.value_tokens[0] if fig.value_tokens else mention.start
        played = {i for i, role in enumerate(mention.roles, mention.start) if role}
        return any(c.end in (first, first - 1) and c.end > mention.start - 2 and not played & set(range(c.start, c.end))
                   for c in view.cues("APPROX") if c.end <= first)

    # -- output -------------------------------------------------------------------------
    def _span_text(self, view: SentenceView, mention: Mention) -> str:
        return view.doc[mention.start : mention.end].text

    def _fact(self, view: SentenceView, mention: Mention, *, indicator: str, metric: str, value: float | None,
              subject: Subject | None, year: int | None, confidence: float, span: tuple[int, int] | None = None,
              **fields) -> Fact:
        start_tok, end_tok = span or (mention.start, mention.end)
        doc = view.doc
        a = view.sentence.start + doc[start_tok].idx
        b = view.sentence.start + doc[end_tok - 1].idx + len(doc[end_tok - 1].text)
        span_start, span_end = self.mapped.original_span(a, b)
        s_start, s_end = self.mapped.original_span(view.sentence.start, view.sentence.end)
        province, province_2025 = _provinces(subject, year, fields.get("out_of"))
        return Fact(
            indicator=indicator, metric=metric, value=value, span_start=span_start, span_end=span_end,
            sentence=self.text[s_start:s_end], subject=subject.name if subject else None,
            subject_type=subject.type if subject else None, province=province, province_2025=province_2025,
            year=year, pattern=mention.pattern, confidence=round(max(0.1, min(1.0, confidence)), 2),
            **{k: v for k, v in fields.items() if k in Fact.__dataclass_fields__})


# -- helpers ------------------------------------------------------------------------------


def _read_values(view: SentenceView, mention: Mention) -> Iterator[Figure]:
    """The values of a figure mention: numbers, ordinal words, "dẫn đầu" (= 1), band words."""
    doc = view.doc
    if mention.label == "BAND":
        band = mention.tokens("band")
        yield Figure(mention, None, band, value_text=" ".join(doc[i].lower_ for i in band))
        return
    if mention.has("first"):
        yield Figure(mention, 1.0, mention.tokens("first"))
        return
    for role in ("value", "prev_value"):
        for group in _groups(mention.tokens(role)):
            token = doc[group[0]]
            value = number(token)
            value = value if value is not None else _ordinals().get(" ".join(doc[i].lower_ for i in group))
            if value is not None:
                yield Figure(mention, float(value), group, prev=role == "prev_value")


def _groups(indices: list[int]) -> list[list[int]]:
    """One value per token: "xếp thứ 2 và 3" holds two values, each a single token."""
    return [[i] for i in indices]


def _has_decimals(view: SentenceView, fig: Figure) -> bool:
    return bool(fig.value_tokens) and any(sep in view.doc[fig.value_tokens[0]].text for sep in ",.")


def _unit(view: SentenceView, mention: Mention) -> str | None:
    words = {view.doc[i].lower_ for i in mention.tokens("unit")}
    if not words:
        return None
    return "percent" if words & _PERCENT else "points"


def _out_of(view: SentenceView, mention: Mention) -> float | None:
    tokens = mention.tokens("out_of")
    return number(view.doc[tokens[0]]) if tokens else None


def _level(view: SentenceView, mention: Mention) -> str | None:
    tokens = mention.tokens("level")
    level = number(view.doc[tokens[0]]) if tokens else None
    return f"level_{int(level)}" if level in (2, 3, 4) else None


def _inside_other_figure(view: SentenceView, entity: Mention, mention: Mention) -> bool:
    return any(f is not mention and f.start <= entity.start < f.end and entity.start not in f.tokens("subject")
               for f in view.m.figures)


def _figure_between(view: SentenceView, mention: Mention, entity: Mention) -> bool:
    return any(f is not mention and mention.end <= f.start and f.end <= entity.start for f in view.m.figures
               if f.label in FIGURE_LABELS)


def _plausible(metric: str, value: float | None, unit: str | None) -> bool:
    if metric == "band":
        return True
    if value is None:
        return False
    if metric == "rank":
        return 1 <= value <= 100 and value == int(value)
    if metric == "rank_change":
        return abs(value) <= 70 and value == int(value) and value != 0
    if metric == "score" and unit == "percent":
        return 0 < value <= 100
    return True


def _namer_key(namer: Mention) -> Namer:
    if namer.label == "INDICATOR":
        return namer.key, None
    if namer.label == "COMPONENT":
        return _component_indicator().get(namer.key), namer.key
    return None, namer.key


def _band_code(indicator: str, text: str | None) -> str | None:
    table = patterns.load("bands").get(indicator) or {}
    return table.get(text or "") if text is not None else None


def _provinces(subject: Subject | None, year: int | None, out_of: float | None) -> tuple[str | None, str | None]:
    """The pre-2025 province and the 2025 unit of a subject (figures after the merger have no pre-2025 province)."""
    if subject is None or subject.province is None:
        return None, None
    post_merger = (year is not None and year >= 2025) or out_of == 34
    units = _units_2025()
    if post_merger and subject.type == "province" and subject.province in {u for u in units.values()}:
        return None, subject.province
    return subject.province, units.get(subject.province)


def _dedupe(facts: list[Fact], headline: tuple[int, int]) -> list[Fact]:
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


@functools.cache
def _ordinals() -> dict[str, int]:
    return {str(k): int(v) for k, v in patterns.load("numbers")["ordinals"].items()}


@functools.cache
def _qualifier_scope() -> dict[str, tuple[str, ...]]:
    return {q: tuple(e["applies_to"]) for q, e in patterns.load("counts")["QUALIFIER"].items()}


@functools.cache
def _component_indicator() -> dict[str, str]:
    return {name: e["indicator"] for name, e in patterns.load("indicators")["COMPONENT"].items()}


@functools.cache
def _units_2025() -> dict[str, str]:
    return {p["name"]: p["unit_2025"] for p in patterns.load("gazetteer/provinces")}


def with_despun(facts: list[Fact], despun: bool) -> list[Fact]:
    """Mark facts from a de-spun page and lower their confidence."""
    if not despun:
        return facts
    return [replace(f, despun=True, confidence=round(f.confidence * 0.85, 2)) for f in facts]
