"""Ranked lists: "5 vị trí dẫn đầu lần lượt thuộc về A, B, C …" and "tiếp theo là B"."""

from __future__ import annotations

from ..mentions import Mention
from ..patternlang import SUBJECT_LABELS
from ..records import Fact
from ..tokens import number
from .model import Figure, Reading
from .output import make_fact, names_of
from .view import SentenceView
from .which_index import namers, reported
from .which_year import index_year, year


def rank_list(reading: Reading, view: SentenceView, mention: Mention, sentence_facts: list[Fact]) -> list[Fact]:
    """"5 vị trí dẫn đầu lần lượt thuộc về A, B, C …": ranks 1, 2, 3 … in list order; "Ranked 4th to 10th are
    the following units: A, B …": ranks 4, 5 … up to the last one said. The groups of one ranking listed in
    order ("(i) Nhóm có chỉ số trên 80% xếp từ cao xuống thấp bao gồm A, B; (ii) Nhóm … xếp từ cao xuống thấp
    bao gồm C, D") rank on from the group before."""
    found, _ = namers(reading, view, mention)
    listed = [e for e in view.m.entities if e.label in SUBJECT_LABELS and e.start >= mention.end
              and view.same_clause(mention.start, e.start)]
    first, last = (number(view.doc[mention.tokens(role)[0]]) if mention.has(role) else None for role in ("value", "last"))
    if first is not None and last is not None:
        listed = listed[: max(0, int(last) - int(first) + 1)]
    facts: list[Fact] = []
    named = reported(found)[:1]
    if mention.pattern == "ranked_group" and named:
        before = [f.value or 0 for f in reading.state.para_facts + sentence_facts
                  if f.pattern == "ranked_group" and f.indicator == named[0][0]]
        first = max(before) + 1 if before else first
    for rank, entity in enumerate(listed, start=int(first or 1)):
        fig = Figure(mention, float(rank), [entity.start])
        for indicator, component in named:
            facts.append(make_fact(
                reading, view, mention, indicator=indicator, metric="rank", value=float(rank), component=component,
                year=index_year(reading, year(reading, view, mention, fig)), subject=reading.subject(entity),
                confidence=0.75, span=(min(mention.start, entity.start), entity.end)))
    return facts


def _last_rank_of_page(reading: Reading, indicator: str | None) -> list[Fact]:
    """The page's last rank, when only more about the same place and index came after it and no other index
    was named since."""
    facts, state = reading.state.facts, reading.state
    at = next((i for i in range(len(facts) - 1, -1, -1) if _is_rank(facts[i], indicator)), None)
    if at is None:
        return []
    # one place ranked in several years by one phrase ("năm thứ 2 liên tiếp … dẫn đầu"): the latest year's
    rank = max((f for f in facts if f.span_start == facts[at].span_start and _is_rank(f, indicator)),
               key=lambda f: f.year or 0)
    named_since = state.doc_namer[0] if state.doc_namer else None
    same = all(f.subject == rank.subject and f.indicator == rank.indicator for f in facts[at + 1:])
    return [rank] if same and named_since in (None, rank.indicator) else []


def next_in_ranking(reading: Reading, view: SentenceView, sentence_facts: list[Fact]) -> list[Fact]:
    """The places listed after "tiếp theo là", "followed by" (below the last ranked place of the paragraph)
    or after "sau X là", before "ranked after X" (below X's rank): one place lower each, in list order.
    """
    facts: list[Fact] = []
    for cue in view.cues("NEXT"):
        if any(t.lower_ in _GROUP_WORDS for t in view.doc[max(0, cue.start - _GROUP_REACH) : cue.start]):
            continue  # "Nhóm các địa phương tiếp theo là A, B, C": the next group, in no order
        earlier = reading.state.facts + sentence_facts + facts
        named, from_context = namers(reading, view, cue)
        indicator = named[0][0] if named and not from_context else None
        if cue.key == "after":  # "sau Quảng Ninh là …", "… ranked after Quảng Ninh"
            anchor = next((e for e in _places(view) if 0 <= e.start - cue.end <= 1), None)
            is_word = next((i for i in range(anchor.end, min(anchor.end + _REACH, len(view.doc)))
                            if view.doc[i].lower_ in ("là", "were", "are", "is", "was")), None) if anchor else None
            listed = _chain(view, is_word + 1) if is_word is not None else _chain_before(view, cue.start)
        else:  # "Quảng Ninh was followed by …", or below the paragraph's last ranked place
            anchor = next((e for e in reversed(_places(view)) if 0 <= cue.start - e.end <= 2), None)
            start = cue.end if cue.key == "next" else _list_start(view, cue.end)
            listed = _chain(view, start) if start is not None else []
        if anchor is not None:
            above = _rank_of(earlier, anchor.key, indicator)
        else:
            at = view.sentence.start + view.doc[cue.start].idx
            cue_at = reading.mapped.original_span(at, at + 1)[0]
            ranks = [f for f in reading.state.para_facts + sentence_facts + facts if f.span_start < cue_at
                     and _is_rank(f, indicator)]
            if not ranks and not any(e.end <= cue.start for e in _places(view)):
                ranks = _last_rank_of_page(reading, indicator)  # "… ranks first. The province is … It is followed by"
            # the latest ranked place; of one place ranked in several years ("năm thứ 2 liên tiếp dẫn đầu"), the
            # latest year
            above = max(ranks, key=lambda f: (f.span_start, f.year or 0)) if ranks else None
        if above is None:
            continue
        # the list ends where places state their own rank: "tiếp theo là Long An (70,37 điểm, hạng 3)";
        # "Tiếp theo là tỉnh Bình Dương …; xếp thứ ba là tỉnh Thanh Hóa"
        stated = {f.subject for f in sentence_facts if f.metric == "rank"}
        ends = next((i for i, e in enumerate(listed) if names_of(reading.subject(e)) & stated), len(listed))
        # "After Quang Ninh, the remaining positions in the top 10 PCI 2021 are …": the sentence's own year
        own = set(view.years())
        when = own.pop() if len(own) == 1 else above.year
        # "Bình Dương … đứng thứ 2 cả nước. Quảng Ninh đứng thứ nhất, kế tiếp là các tỉnh: Thanh Hóa, …": a
        # place the paragraph has ranked holds its rank, and the list goes on below it
        names = set().union(*(names_of(reading.subject(e)) for e in listed[:ends]))
        taken = {f.value for f in reading.state.para_facts + sentence_facts + facts
                 if _is_rank(f, above.indicator) and f.year == when
                 and f.subject_type == above.subject_type and f.subject not in names}
        value = above.value or 0
        # "Nằm ở vị trí cuối bảng trong tổng số 20 đơn vị là X, tiếp đến là Y, Z": below the last, the list
        # climbs
        step = -1 if above.pattern == "rank_last_of" or (above.out_of and value >= above.out_of) else 1
        for entity in listed[:ends]:
            value += step
            while value in taken:
                value += step
            span = Mention("RANK", min(cue.start, entity.start), max(cue.end, entity.end), pattern="next_in_ranking")
            facts.append(make_fact(reading, view, span, indicator=above.indicator, metric="rank",
                                   value=value, year=when, subject=reading.subject(entity), confidence=0.7))
    return facts


_GROUP_WORDS = {"nhóm", "group", "tốp"}
_GROUP_REACH = 4  # tokens between "nhóm" and its "tiếp theo là"
_JOINERS = {",", ";", "và", "and", "&"}  # "Hai Phong (70.61 points); Dong Thap (70.53 points)"
_REACH = 12  # tokens between "sau X" and its "là"
_FILLERS = 6  # words that may stand before a listed place ("the Mekong Delta city of", "northern")


def _list_start(view: SentenceView, start: int) -> int | None:
    """Where the list of "các vị trí tiếp theo trên bảng xếp hạng … là|thuộc về|gồm:" begins: after its linking
    word, a few words on in the same clause; None without one."""
    for i in range(start, min(start + _REACH, len(view.doc))):
        token = view.doc[i]
        if token.text in (";", ".") or (token.text == "," and i > start):
            return None
        if token.lower_ in _LIST_LINKS or token.text == ":" or (token.lower_ == "về" and view.doc[i - 1].lower_ == "thuộc"):
            return i + 1
    return None


_LIST_LINKS = {"là", "gồm", "are", "were", "include", "included"}


def _places(view: SentenceView) -> list[Mention]:
    """Places and bodies a ranking lists ("the Mekong Delta's Đồng Tháp" lists Đồng Tháp, not the region)."""
    return [e for e in view.m.entities if e.label in SUBJECT_LABELS and e.label not in ("NATIONAL", "REGION")
            and not view.is_agent(e)]


def _chain(view: SentenceView, start: int) -> list[Mention]:
    """The places listed from token ``start`` on, joined by commas and "và", each perhaps with its
    figure ("Hà Nội với 84,64 điểm, Đồng Tháp (84,43 điểm) và Long An"); a few words may precede each."""
    places = {e.start: e for e in _places(view)}
    in_figures = {i for f in view.m.figures for i in range(f.start, f.end)}
    chain: list[Mention] = []
    i, words, depth = start, 0, 0
    while i < len(view.doc):
        token = view.doc[i]
        if depth == 0 and i in places:
            if chain and not any(view.doc[j].lower_ in _JOINERS for j in range(chain[-1].end, i)):
                break  # a place not joined to the list by a comma or "và" is not in it
            chain.append(places[i])
            i, words = places[i].end, 0
            continue
        depth = max(0, depth + (token.text == "(") - (token.text == ")"))
        if depth == 0 and token.is_alpha and i not in in_figures and token.lower_ not in _JOINERS:
            words += 1
            if words > _FILLERS:
                break
        i += 1
    return chain


def _chain_before(view: SentenceView, end: int, fillers: int = 0) -> list[Mention]:
    """The places listed right before token ``end``: "Hải Phòng, Bắc Giang and Vĩnh Phúc ranked after …".

    With ``fillers``, up to that many words may stand before a place joined by "và" ("… and the northern
    province of Quang Ninh"), never before one a comma follows ("do Bộ TT&TT vừa công bố, Thanh Hóa …").
    """
    chain: list[Mention] = []
    for entity in reversed([e for e in _places(view) if e.end <= end]):
        gap = view.doc[entity.end : chain[0].start if chain else end]
        words = [t for t in gap if not (t.lower_ in _JOINERS or t.is_punct)]
        if chain and fillers and not any(t.lower_ in _JOINERS for t in gap):
            break
        coordinated = any(t.lower_ in ("và", "and", "&") for t in gap)
        if words and not (chain and coordinated and len(words) <= fillers and not any(t.like_num for t in gap)):
            break
        chain.insert(0, entity)
    return chain


_GROUP_DESCRIPTION = 15  # tokens that may describe a group before its members are listed
# "nhóm thấp nhất gồm các tỉnh …"; "nhóm 16 tỉnh, thành đạt số điểm cao nhất như Bạc Liêu, Cần Thơ …"
_INCLUDES = {"gồm", "includes", "include", "including", "comprises", "như", "such as"}
# "A, B and C are in the group …", "A, B, C đều thuộc nhóm …", "A, B và C vẫn thuộc nhóm …"
_LINKS = {"là", "đều", "cùng", "vẫn", "cũng", "tiếp tục", "are", "were", "all", "still", "also"}


def listed_before(view: SentenceView, end: int) -> list[Mention]:
    """The places listed right before token ``end``, over a linking word or two, a few words perhaps before
    each ("The Ministry of Justice and the northern province of Quang Ninh ranked first")."""
    while end > 0 and view.doc[end - 1].lower_ in _LINKS:
        end -= 1
    return _chain_before(view, end, _FILLERS)


def members_after(view: SentenceView, start: int) -> list[Mention]:
    """The places a group is said to include right after token ``start`` ("the last group includes the
    provinces of Cao Bang, Tay Ninh, …", "nhóm thấp nhất gồm các tỉnh Cao Bằng, Tây Ninh")"""
    later = [f.start for f in view.m.figures if f.start >= start and f.label == "BAND"]
    next_group = min(later + [len(view.doc)])  # "…; Nhóm B, … gồm 14 đơn vị: …" lists the next group's members
    # the figure's own pattern ends in the bracket its members are listed in ("3 địa phương xếp loại khá (Nông
    # Sơn, Đông Giang, Tây Giang)"), or in "includes" or a colon ("nhóm tốt có 15 ngành, đơn vị: …")
    if start > 0 and view.doc[start - 1].text == "(":
        closing = next((i for i in range(start, len(view.doc)) if view.doc[i].text == ")"), len(view.doc))
        return [e for e in _chain(view, start) if e.end <= closing]
    if start > 0 and (view.doc[start - 1].lower_ in _INCLUDES or view.doc[start - 1].text in (":", "là")):
        return [e for e in _chain(view, start) if e.start < next_group]
    end = min(next_group, start + _GROUP_DESCRIPTION)
    # "Kho bạc xếp loại tốt; các cơ quan còn lại gồm …": a list after a semicolon is another clause's
    end = next((i for i in range(start, end) if view.doc[i].text == ";"), end)
    # "Nhóm A, đạt kết quả Chỉ số CCHC trên 90%, bao gồm 03 đơn vị: Ngân hàng Nhà nước Việt Nam; Bộ Tài chính"
    at = next((i for i in range(start, end) if view.doc[i].lower_ in _INCLUDES), None)
    return [e for e in _chain(view, at + 1) if e.start < next_group] if at is not None else []


def _rank_of(facts: list[Fact], name: str, indicator: str | None) -> Fact | None:
    """The last rank the page gave the place called ``name`` (in ``indicator`` when the sentence names one); of a
    rank held again ("năm thứ 3 liên tiếp đứng đầu": this year's and last year's), this year's."""
    ranks = [f for f in facts if f.subject == name and _is_rank(f, indicator)]
    if not ranks:
        return None
    held = [f for f in ranks if f.span_start == ranks[-1].span_start]
    return max(held, key=lambda f: f.year or 0)


def _is_rank(fact: Fact, indicator: str | None) -> bool:
    return (fact.metric == "rank" and fact.component is None and not fact.is_target
            and indicator in (None, fact.indicator))
