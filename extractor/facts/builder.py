"""The reading loop: each sentence's figures, asked which index, whose and which year, become facts."""

from __future__ import annotations

import functools

from ..mentions import Mention
from ..patternlang import SUBJECT_LABELS
from ..records import Fact
from ..textmap import MappedText
from . import values
from .counts import about_counts, continues_rates, count_facts, rate_facts
from .lists import listed_before, members_after, next_in_ranking, rank_list
from .model import OWN_RANKED, Figure, PageContext, Reading, Subject
from .output import dedupe, make_fact
from .tables import column_tables, place_tables, year_tables
from .view import SentenceView
from .which_index import namer_key, namers, reported, zip_components
from .which_period import sentence_periods
from .which_year import index_year, years
from .whose import subjects

INDEX_METRICS = {"SCORE": "score", "RANK": "rank", "RANK_CHANGE": "rank_change",
                 "SCORE_CHANGE": "score_change", "BAND": "band", "RANK_LIST": "rank"}
_LARGEST_FIELD = 100  # no national ranking read here has more places (63 provinces, 34 units, 17 ministries)
_LARGEST_OWN_FIELD = 600  # a province ranks its communes too ("xã Quảng Thái vị thứ 4/141"; Hà Nội had 579)
_MINISTRIES = "Các bộ, cơ quan ngang bộ"  # the ministries as a group (patterns/gazetteer/ministries.yml)
_SHARED_VERB = {"rank_change_after_score", "score_change_after_rank"}  # "tăng 3,3 điểm và 8 bậc"
_BARE_SCORES = {"score_bare", "score_pair_bare", "score_change_than", "score_change_bare",
                "score_list_bare", "score_out_of_words"}  # may lack a unit


class FactBuilder:
    """Turns the mentions of a page's sentences into facts (one builder per page)."""

    def __init__(self, page: PageContext, mapped: MappedText, text: str):
        self.reading = Reading(page, mapped, text)

    def build(self, views: list[SentenceView]) -> list[Fact]:
        state = self.reading.state
        for view in views:
            if view.sentence.paragraph != state.paragraph:
                state.new_paragraph(view.sentence.paragraph)
            self._sentence(view)
            self._remember_context(view)
        state.facts.extend(year_tables(self.reading, views) + place_tables(self.reading, views)
                           + column_tables(self.reading, views))
        title = [v for v in views if v.sentence.paragraph == self.reading.page.title_paragraph]
        headline = (self.reading.mapped.original_span(title[0].sentence.start, title[-1].sentence.end)
                    if title else (0, 0))
        return dedupe(state.facts, headline)

    def _sentence(self, view: SentenceView) -> None:
        reading, sentence_facts = self.reading, []
        for mention in view.m.figures:
            facts = (count_facts(reading, view, mention) if mention.label == "COUNT"
                     else rate_facts(reading, view, mention, sentence_facts) if mention.label == "RATE"
                     else rank_list(reading, view, mention, sentence_facts) if mention.label == "RANK_LIST"
                     else self._index(view, mention, sentence_facts))
            sentence_facts.extend(facts)
        sentence_facts += next_in_ranking(reading, view, sentence_facts)
        reading.state.facts.extend(sentence_facts)
        reading.state.para_facts.extend(sentence_facts)
        with_subject = [f for f in sentence_facts if f.subject_type]
        if with_subject:
            reading.state.para_subject = Subject.of_fact(with_subject[-1])

    def _remember_context(self, view: SentenceView) -> None:
        state, page = self.reading.state, self.reading.page
        for entity in view.m.entities:
            if entity.label in SUBJECT_LABELS:
                state.last_entity[entity.label] = entity
        indicators = view.cues("INDICATOR")
        outside = [n for n in indicators if not view.bracket[n.start]]
        if outside:  # "Chỉ số PARINDEX … đạt 86,14 điểm (gồm Chỉ số SIPAS đạt 8,5/10 điểm; …)": an aside
            indicators = outside
        if indicators:  # only an index carries over to later sentences, never a sub-index
            # "công bố PCI và PGI năm 2023. Theo đó, Phú Thọ đạt 69,10 điểm": a report on two indices goes on
            # about the first one it names
            state.para_namer = state.doc_namer = namer_key(indicators[0] if view.joined(indicators) else indicators[-1])
            state.doc_topic = view.opens_topic(indicators[0])
        # two indices each with its figure right after it: later pairs of bare figures follow this order
        scores = [f.start for f in view.m.figures if f.label == "SCORE"]
        paired = [n for n in indicators if any(0 <= start - n.end <= 2 for start in scores)]
        if len({n.key for n in paired}) >= 2:
            state.pair_order = [namer_key(n) for n in paired[:2]]
        periods = sentence_periods(view.doc.text)
        if periods:  # a report's lead states its period first ("in 2023 and deploy key tasks in 2024")
            state.period = periods[0]
        found = view.years(lasting=True)
        if not found and state.doc_year is None:
            # "So với cùng kỳ năm 2021, số người thất nghiệp tăng 156,56%": before any year, a baseline dates the
            # report to the year after it
            found = [view.year_of(y) + 1 for y in view.year_mentions() if view.is_baseline(y, "compare")][:1]
        if found:
            state.para_year = found[-1]
            if page.title_paragraph is None or view.sentence.paragraph > page.title_paragraph:
                state.doc_year = found[-1]  # lines above the title are page chrome

    def _index(self, view: SentenceView, mention: Mention, earlier: list[Fact]) -> list[Fact]:
        if mention.label in ("SCORE", "SCORE_CHANGE") and (about_counts(view, mention)
                                                          or continues_rates(self.reading, view, mention)):
            # "tỷ lệ cắt giảm 31,2%", "hồ sơ … đạt 99,03%": a rate of procedures, not an index
            return rate_facts(self.reading, view, mention, earlier) if mention.label == "SCORE" else []
        figures = list(values.read_values(view, mention))
        if not figures or values.is_hypothetical(view, mention) or values.defines_groups(view, mention):
            return []
        found, from_context = namers(self.reading, view, mention)
        found = reported(found)
        if not found:
            return []  # a figure we cannot tie to an index is not a fact
        whose = subjects(self.reading, view, mention, figures, earlier)
        components = zip_components(view, mention, figures)
        if mention.pattern == "score_pair_two":  # "the Department of Justice with 93.42% and 92.66%"
            components = self.reading.state.pair_order
            figures = figures if len(components) == len(figures) else figures[:1]
        facts = []
        for i, fig in enumerate(figures):
            for indicator, component in found:
                if components:
                    indicator, component = components[i] if i < len(components) else (indicator, component)
                if indicator is None:
                    continue
                for year in map(functools.partial(index_year, self.reading), years(self.reading, view, mention, fig)):
                    for subject in self._shared_by(view, mention, whose[i]):
                        fact = self._index_fact(view, mention, fig, indicator, component, subject, from_context, year)
                        if fact:
                            facts.append(fact)
        return facts

    def _shared_by(self, view: SentenceView, mention: Mention, subject: Subject | None) -> list[Subject | None]:
        """The subjects a band or first place is said of: a band said of a list of places is each one's
        ("Cần Thơ, Kon Tum, Kiên Giang nằm trong nhóm cuối cùng");
        so is a place a province and a ministry hold in their two rankings ("Quang Ninh and the State Bank of
        Vietnam led the PAR Index 2018")."""
        if mention.label not in ("BAND", "RANK"):
            return [subject]
        members = members_after(view, mention.end) if mention.label == "BAND" else []
        if len(members) > 1 or mention.pattern == "band_members":
            # "the last group includes the provinces of Cao Bang, Tay Ninh, Dien Bien"; a group defined then
            # listed ("Nhóm A, đạt … trên 90%, bao gồm 03 đơn vị: …") is nobody's band but its members', and
            # those of a place the clause puts in it ("Quảng Bình nằm trong nhóm 16 tỉnh … cao nhất như Bạc Liêu")
            listed = [self.reading.subject(e) for e in members]
            named = subject is not None and any(
                e.label in SUBJECT_LABELS and e.end <= mention.start and view.same_clause(e.start, mention.start)
                and self.reading.subject(e).name == subject.name for e in view.m.entities)
            return ([subject] if named and mention.pattern != "band_members" else []) + listed
        listed = [self.reading.subject(e) for e in listed_before(view, mention.start)]
        if len(listed) < 2 or subject is None or listed[-1].name != subject.name:
            return [subject]
        types = {s.type for s in listed}
        own_units = "province" in types and not types.isdisjoint(OWN_RANKED)
        if mention.label == "RANK" and (len(types) < len(listed) or own_units):
            # one ranking has one first place: a province and a ministry share it, so do a department and a
            # district in a province's two own rankings, but a province is never in its own units' ranking
            return [subject]
        return listed

    @staticmethod
    def _sharing(view: SentenceView, mention: Mention) -> Mention | None:
        """The change whose verb a coordinated change shares: "tăng 3,3 điểm [và 8 bậc]"."""
        return next((f for f in view.m.figures if f is not mention and f.label in ("RANK_CHANGE", "SCORE_CHANGE")
                     and f.start < mention.start < f.end + 1), None)

    @staticmethod
    def _regional(view: SentenceView, mention: Mention) -> bool:
        """The nearest scope word in the figure's segment, after it first, says the region ("… lên thứ 4 trong
        vùng TD&MNPB"), not the country ("từ vị trí 15 lên 13 trong cả nước và … trong vùng")."""
        scopes = [c for c in view.cues("REGIONAL") if view.segment[c.start] == view.segment[mention.start]]
        after = [c for c in scopes if c.start >= mention.end]
        nearest = after[:1] or scopes[-1:]
        return bool(nearest) and nearest[0].key == "regional"

    @staticmethod
    def _world_ranking(view: SentenceView, mention: Mention) -> bool:
        """The clause ranks countries ("… to reach 71st out of 193 countries", "bảng xếp hạng thế giới")."""
        return any(view.same_clause(c.start, mention.start) for c in view.cues("WORLD"))

    def _index_fact(self, view: SentenceView, mention: Mention, fig: Figure, indicator: str,
                    component: str | None, subject: Subject | None, from_context: bool,
                    year: int | None) -> Fact | None:
        if subject is None:
            return None  # "8/13 địa phương … xếp vào nhóm cao": an index result is always somebody's
        metric = INDEX_METRICS[mention.label]
        value, value_text = fig.value, fig.value_text
        # a province scores its own departments and districts on a scale it writes ("91.48/100 points") or in
        # percent ("Sở NN&PTNT, đạt chỉ số DTI 95,26%"), and grades them ("xếp loại xuất sắc")
        own_ranked = subject.own_ranked
        unit = None
        if metric == "band":
            value_text = values.band_code(indicator, fig.value_text, own=own_ranked)
            if value_text is None:
                return None
            value = None
        elif metric in ("score", "score_change"):
            unit = values.unit(view, mention)
        out_of = values.out_of(view, mention)
        if fig.value_tokens:
            value = values.on_scale(indicator, metric, value, unit, view.doc[fig.value_tokens[0]].text,
                                    (out_of or values.own_scale(indicator, unit)) if own_ranked else None)
        signed = self._sharing(view, mention) if mention.pattern in _SHARED_VERB else mention
        if signed is None:
            return None  # a coordinated change without the change whose verb it shares
        if metric in ("rank_change", "score_change") and signed.has("down") and value is not None:
            value = -value
        if metric == "score_change" and component is None and values.reaches_floor(indicator, value):
            # "đã tăng lên 96,76 điểm", "giảm xuống 45,85 điểm": no index moves that far in a year; the score it
            # moved to
            metric, value = "score", abs(value)
        if mention.pattern in _BARE_SCORES and unit is None and not values.has_decimals(view, fig):
            return None  # "đạt 0,5123," and "Thái Nguyên (46,471)" are scores; "đạt 2," and "Hà Nội (2)" are not
        target = values.is_target(view, mention)
        approx = values.is_approx(view, mention, fig)
        if approx and not target:
            return None
        if metric == "score" and not values.on_own_scale(indicator, out_of):
            return None  # "Đạt 54,2/61,5 điểm": a part of the index, scored out of its own share
        if component is None and values.below_floor(indicator, metric, value):
            return None  # "the time cost index was 6.94 points": a sub-index's score, out of 10
        if values.percent_not_a_score(indicator, metric, unit) and not own_ranked:
            return None  # "vùng Đồng bằng sông Cửu Long (61,5%)" in a PCI article: a share, not a PCI score
        if metric == "score" and unit == "percent" and value == 100:
            return None  # "đạt 100%": a coverage claim (every procedure, every agency), no index ever scored it
        field = _LARGEST_OWN_FIELD if own_ranked else _LARGEST_FIELD
        if not values.plausible(metric, value, unit, field) or (out_of or 0) > field:
            return None  # "đứng thứ 71/193" ranks the world's countries, not provinces or ministries
        if metric == "rank_change" and self._world_ranking(view, mention):
            return None  # "Vietnam climbed 15 positions to reach 71st out of 193 countries"
        if metric in ("rank", "rank_change") and self._regional(view, mention):
            return None  # "rose one place in the regional ranking": a region's own ranking
        if metric in ("rank", "rank_change", "band") and (subject.type == "region" or subject.name == _MINISTRIES):
            # "Đồng bằng sông Hồng dẫn đầu về số tỉnh trong nhóm đầu": regions are not ranked here; "the central bank
            # has led ministries and ministerial-level agencies": the ministries as a group are the field, not a place
            return None
        confidence = 0.9 - 0.15 * from_context - 0.1 * (subject is self.reading.page.default)
        written = view.doc[mention.start : mention.end].text if approx else None
        return make_fact(self.reading, view, mention, indicator=indicator, metric=metric, value=value, unit=unit,
                         value_text=value_text if metric == "band" else written,
                         out_of=out_of, component=component, year=year, subject=subject,
                         is_target=target, confidence=confidence)
