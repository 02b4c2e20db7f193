"""Which year a figure is about: written with it or its index, else the sentence's, paragraph's, title's."""

from __future__ import annotations

import regex

from ..mentions import Mention
from ..tokens import number
from .model import Figure, Reading
from .view import SentenceView


def index_year(reading: Reading, year: int | None) -> int | None:
    """An index result's year, else the year before the page's date: every index here is published the year
    after the one it measures (on the blind corpus, 90% of results with a dated page), so a page of 2024 that
    names no year reports the results of 2023."""
    published = reading.page.published_year
    return year if year is not None or published is None else published - 1


def year(reading: Reading, view: SentenceView, mention: Mention, fig: Figure) -> int | None:
    return next(iter(years(reading, view, mention, fig)), None)


def years(reading: Reading, view: SentenceView, mention: Mention, fig: Figure) -> list[int | None]:
    """The year(s) of a figure; "đến năm 2021 và năm 2022 đã lọt vào nhóm thứ nhất" gives two."""
    written = [y for y in view.m.entities if y.label == "YEAR"]
    own = [y for y in written if any(y.start <= t < y.end for t in mention.tokens("year"))]
    if own:
        return _held(view, mention, _absolute(reading, view, own[0], mention))
    after = view.year_after(fig.value_tokens)
    if after is not None:  # "vị trí số 58 năm 2017", "thứ 3 của năm 2018"
        return _held(view, mention, _absolute(reading, view, after, mention))
    compared = _compared_in_bracket(view, mention)
    if compared is not None:  # "tăng so với năm 2020 (xếp thứ 40/63)": the bracket gives 2020's figures
        return [compared]
    if mention.label in ("RANK_CHANGE", "SCORE_CHANGE") and view.over_years(mention.start):
        return []  # "trong 2 năm 2022 và 2023 đã tăng 47 bậc": a change over two years
    base = _base_year(reading, view, mention)
    if fig.prev:
        dated = view.dating_previous(mention)
        return [view.year_of(dated[0])] if dated else [base - 1 if base is not None else None]
    listed: list[int | None] = list(view.coordinated_years(base, mention.start))
    return listed or _held(view, mention, base)


def _held(view: SentenceView, mention: Mention, year: int | None) -> list[int | None]:
    """A rank held again ("năm thứ 3 liên tiếp dẫn đầu", "once again topped") is also last year's, or each
    year of the streak when the sentence names them ("3 năm liên tiếp (2020-2022)", "for three consecutive
    years (2017, 2018 and 2019)")."""
    cues = [c for c in view.cues("AGAIN") if view.same_clause(c.start, mention.start)] if mention.label == "RANK" else []
    streak = _streak(view) if cues else []
    if not any(view.segment[c.start] == view.segment[mention.start] for c in cues):
        # "3 năm liên tiếp từ 2008-2010 giữ vị trí quán quân": a streak whose length and years are both written
        # is the streak's years, over the segment, unless the figure's own year is written too
        counted = streak and any(_streak_length(view, c) == len(streak) for c in cues)
        written = {view.year_of(y) for y in view.year_mentions()}
        return list(streak) if counted and year not in written else [year]
    if year is None or year in streak:  # a streak that runs to the figure's year, not an earlier one
        return list(streak) or [year]
    return [year, year - 1]


def _streak(view: SentenceView) -> range | list[int]:
    """The years a streak names: a range ("2020-2022", "từ năm 2018 - 2020") or a bracketed list."""
    found = _RANGE.search(view.doc.text)
    if found and 0 < int(found.group(2)) - int(found.group(1)) < 20:
        return range(int(found.group(1)), int(found.group(2)) + 1)
    years = [y for y in view.year_mentions() if view.bracket[y.start]]
    bracketed = {view.bracket[y.start] for y in years}
    if len(years) > 1 and len(bracketed) == 1:
        return sorted({view.year_of(y) or 0 for y in years})
    return []


def _streak_length(view: SentenceView, cue: Mention) -> int | None:
    """The number of years a streak cue counts ("3 năm liên tiếp", "three consecutive years")."""
    before = view.doc[max(0, cue.start - 2) : cue.start]
    if len(before) == 2 and before[1].lower_ in ("năm", "years"):
        value = number(before[0])
        return int(value) if value is not None else None
    return None


_RANGE = regex.compile(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")


def _base_year(reading: Reading, view: SentenceView, mention: Mention) -> int | None:
    """The year a figure is about when none is written right next to it."""
    earlier = [] if mention.tokens("prev_value") else view.earlier_years + view.move_years(mention.start)
    free = [y for y in view.year_mentions() if not view.is_baseline(y) and y not in view.consumed_years
            and y not in earlier and not _other_figures_bracket(view, y, mention)]
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
    if reading.state.para_year:
        return reading.state.para_year
    # "… ranked fifth out of 63 (in 2018, the province was ranked 43/63)": a bracket's year is its own
    later = [y for y in free if y.start >= mention.end and view.same_bracket(y.start, mention.start)]
    if later:
        return view.year_of(later[0])
    baselines = [y for y in view.year_mentions() if view.is_baseline(y, "compare")]
    if baselines:  # "… tăng 8 bậc so với năm 2020": the figures are the next year's
        return (view.year_of(baselines[0]) or 0) + 1
    # a page with no date may name the year only after its first figures; a dated page's own date decides
    later = reading.page.first_year if reading.page.published_year is None else None
    return reading.page.title_year or reading.state.doc_year or later


def _compared_in_bracket(view: SentenceView, mention: Mention) -> int | None:
    """The baseline year a bracket opens right after ("So với năm 2019 (… đạt 42,16 điểm, xếp thứ 49/63)"),
    when the figure is inside that bracket and the bracket names no year of its own."""
    bracket = view.bracket[mention.start]
    if not bracket or mention.tokens("prev_value"):  # "(từ vị trí 47 lên vị trí 13)" spans both years
        return None
    opening = view.bracket.index(bracket)
    written = view.year_mentions()
    if any(view.bracket[y.start] == bracket for y in written):
        return None
    before = next((y for y in written if y.end == opening), None)
    return view.year_of(before) if before is not None and view.is_baseline(before, "compare") else None


def _other_figures_bracket(view: SentenceView, year: Mention, mention: Mention) -> bool:
    """A year inside a bracket that states figures of its own ("đạt 85,77 điểm (năm 2022 đạt 82,58 điểm), tăng
    3,19 điểm"): it dates that bracket's figures, not those around it."""
    return view.bracket[year.start] != view.bracket[mention.start] and view.in_figures_bracket(year)


def _absolute(reading: Reading, view: SentenceView, written: Mention, mention: Mention) -> int | None:
    """A written year, or a relative one ("năm ngoái") counted from the sentence's year."""
    if view.year_of(written):
        return view.year_of(written)
    base = _base_year(reading, view, mention)
    return base + int(written.key) if base is not None and written.key else None
