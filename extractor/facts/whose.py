"""Whose figure it is: the nearest place or agency before it in its clause, else the one after, else context."""

from __future__ import annotations

from dataclasses import replace

from ..mentions import FIGURE_LABELS, Mention
from ..patternlang import SUBJECT_LABELS
from ..records import Fact
from .model import Figure, Reading, Subject
from .view import SentenceView

_RANKED = ("RANK", "RANK_CHANGE", "BAND", "RANK_LIST")


def subjects(reading: Reading, view: SentenceView, mention: Mention, figures: list[Figure],
             earlier: list[Fact]) -> list[Subject | None]:
    """One subject per value of the figure ("lần lượt" pairs several places with several values)."""
    subject_tokens = mention.tokens("subject")
    if subject_tokens:
        entity = next((e for e in view.m.entities if e.start <= subject_tokens[0] < e.end), None)
        if entity is not None and entity.label in SUBJECT_LABELS and not view.is_locator(entity):
            return [reading.subject(entity)] * len(figures)
    # a body named in a bracket that glosses the body before it is not whose figure stands after the bracket:
    # "The Department of Transport (now the Department of Construction) ranks first"
    # the nation has averages, never a rank or a band: "của cả nước … đứng thứ 48/63" is someone's rank; and
    # a region named after a province does not take the province's ("Nghệ An dẫn đầu khu vực Bắc Trung bộ,
    # đứng thứ 18 cả nước")
    ranked = mention.label in _RANKED
    candidates = [e for e in view.m.entities if e.label in SUBJECT_LABELS and e.start not in view.tails
                  and not (ranked and e.label == "NATIONAL")
                  and not (view.is_object(e) and not _states_own(view, e, mention))
                  and not _inside_other_figure(view, e, mention)
                  and not view.is_locator(e) and not view.inside_word(e)
                  and not _in_gloss(view, e, mention)]
    candidates += _anaphors(reading, view)
    candidates.sort(key=lambda m: m.start)
    left = [e for e in candidates if e.end <= mention.start and view.same_clause(e.start, mention.start)]
    before = [e for e in candidates if e.end <= mention.start]
    if any(e.pattern == "block_average" and e.end <= mention.start and not any(c.start >= e.end for c in before)
           for e in view.m.entities):
        # "Điểm trung bình các ngành đạt 85,76 điểm", "… của khối Sở là 64,75 điểm; Hội đồng thẩm định là 62,62
        # điểm": the average of a province's own units, no one's, to the end of the sentence
        return [None] * len(figures)
    if ranked and any(e.label != "REGION" for e in left):
        left = [e for e in left if e.label != "REGION"]
    if len(figures) > 1 and len(left) >= len(figures) and _respectively(view, mention):
        return [reading.subject(e) for e in left[-len(figures):]]
    if mention.has("last") or mention.has("top"):  # a run of ranks is as many places' in order, or no one's
        return [None] * len(figures)
    if len(left) > 1 and left[-1].pattern == "average":
        left = left[:-1]  # "Vùng Đồng bằng sông Hồng có giá trị trung bình …": the region's average
    defaults = [c for c in view.cues("DEFAULT") if c.end <= mention.start]
    if left and reading.page.default and any(c.start >= left[-1].end for c in defaults):
        # "… của cả nước, thứ hạng của tỉnh … đứng thứ 48/63": "của tỉnh" is nearer than the place before it
        return [reading.page.default] * len(figures)
    after = [e for e in candidates if e.start >= mention.end and view.same_clause(mention.start, e.start)]
    right = [e for e in after if not _figure_between(view, mention, e) and not _listed_next(view, mention, e)]
    if right and any(0 <= mention.start - c.end <= 2 and not any(c.end <= e.start < mention.start for e in candidates)
                     for c in view.cues("NEXT")):
        return [reading.subject(right[0])] * len(figures)  # "followed by the runner-up, Thua Thien-Hue"
    if left:
        return [reading.subject(left[-1])] * len(figures)
    paired = _listed(view, after)
    if len(figures) > 1 and len(paired) >= len(figures):  # "Xếp thứ 2 và thứ 3 … là Tây Ninh (…) và Bình Thuận"
        return [reading.subject(e) for e in paired[: len(figures)]]
    if right and not defaults:
        return [reading.subject(right[0])] * len(figures)
    if earlier and earlier[-1].subject_type and not (ranked and earlier[-1].subject_type == "national"):
        return [Subject.of_fact(earlier[-1])] * len(figures)
    previous = reading.state.para_subject
    if ranked and previous and previous.type == "national":
        previous = None  # "the national DTI reached 0.7955 … Hanoi … climbed 15 positions"
    return [previous or reading.page.default] * len(figures)


def _states_own(view: SentenceView, entity: Mention, mention: Mention) -> bool:
    """A place compared with ("sau Hải Phòng", "cao hơn TP Hồ Chí Minh") that its own rank follows at once, with
    its score in a bracket after it: "sau Hải Phòng đứng thứ 2 (91,87%), Hà Nội thứ 3 (91,43%)"."""
    return (mention.label == "RANK" or mention.pattern == "score_in_brackets") and mention.start - entity.end <= 1


def count_subject(reading: Reading, view: SentenceView, mention: Mention) -> Subject | None:
    """A count belongs to the place or agency it names ("Sở Xây dựng (160)", "Đà Nẵng (67%)"), else the one
    before it in its clause, else to the page's subject."""
    own = mention.tokens("subject")
    named = [e for e in view.m.entities if own and e.start <= own[0] < e.end and e.label in SUBJECT_LABELS]
    if named:
        return reading.subject(named[0])
    entities = [e for e in view.m.entities if e.label in SUBJECT_LABELS and e.end <= mention.start
                and view.same_clause(e.start, mention.start) and not view.is_object(e)]
    entities += [a for a in _anaphors(reading, view) if a.end <= mention.start and view.same_clause(a.start, mention.start)]
    if entities:  # "toàn huyện đã tiếp nhận 41.484 hồ sơ": the district the report is about
        return reading.subject(max(entities, key=lambda e: e.start))
    return reading.page.default


def _anaphors(reading: Reading, view: SentenceView) -> list[Mention]:
    """"Bộ này", "tỉnh này", "toàn huyện": the last ministry / province / district named, placed where the
    phrase stands; one named earlier in the same sentence first ("Tây Ninh theo sát phía sau với 47,35 điểm, thể
    hiện nỗ lực … của địa phương này")."""
    out = []
    for cue in view.cues("ANAPHOR"):
        own = [e for e in view.m.entities if e.label == cue.key and e.end <= cue.start]
        named = own[-1] if own else reading.state.last_entity.get(cue.key)
        if named is not None:
            out.append(replace(named, start=cue.start, end=cue.end))
    return out


def _listed(view: SentenceView, entities: list[Mention]) -> list[Mention]:
    """The first entities of ``entities`` that form one list: joined by ",", "và", "and", with at most a
    bracket between ("Tây Ninh (47,35 điểm) và Bình Thuận")."""
    chain = entities[:1]
    for entity in entities[1:]:
        between = [t for t in view.doc[chain[-1].end : entity.start] if not view.bracket[t.i] and t.text != ")"]
        if not all(t.lower_ in (",", "và", "and") for t in between):
            break
        chain.append(entity)
    return chain


def _respectively(view: SentenceView, mention: Mention) -> bool:
    """"lần lượt" before the values, or "respectively" right after them ("ranking 5th and 9th position respectively")."""
    return any(view.same_clause(c.start, mention.start) and (c.start < mention.end or c.start - mention.end <= 2)
               for c in view.cues("RESPECTIVELY"))


def _in_gloss(view: SentenceView, entity: Mention, mention: Mention) -> bool:
    """The entity stands before the figure in a bracket that opens right after another named body."""
    bracket = view.bracket[entity.start]
    if not bracket or entity.end > mention.start or view.same_bracket(entity.start, mention.start):
        return False
    opening = next(i for i in range(entity.start, -1, -1) if view.doc[i].text == "(")
    return any(e.end == opening for e in view.m.entities if e.label in SUBJECT_LABELS)


def _inside_other_figure(view: SentenceView, entity: Mention, mention: Mention) -> bool:
    return any(f is not mention and f.start <= entity.start < f.end and entity.start not in f.tokens("subject")
               for f in view.m.figures)


def _figure_between(view: SentenceView, mention: Mention, entity: Mention) -> bool:
    return any(f is not mention and mention.end <= f.start and f.end <= entity.start for f in view.m.figures
               if f.label in FIGURE_LABELS)


def _listed_next(view: SentenceView, mention: Mention, entity: Mention) -> bool:
    """"… a total score of 0.9238, followed by Thua Thien-Hue": a place listed next is not the figure's."""
    return any(mention.end <= c.start and c.end <= entity.start for c in view.cues("NEXT"))
