"""Tables: one place's results by year, and many places' results in one ranking.

Provincial portals and VCCI's province profiles print them as text, one row
a line, cells split by spaces or "|"::

    Năm 2022 2021 2020 2019          Year | 2022 | 2021 | 2020 |
    PCI 62.81 57.16 62.80 63.84      PCI Scores | 64.32 | 62.17 | 62.42 |
    Xếp hạng 53 62 44 48             Ranking | 43 | 50 | 50 |

A row whose label names an index gives that index's score for each year; a
row whose label is a rank word (``patterns/tables.yml``) gives the ranks of the
index the table is about. Other rows (sub-indices) are left alone. The place is
the one the page is about: a table names no place of its own.

A ranking of many places is printed as a line per place: either its rank and
name ("15 Thanh Hóa"), or its name then numbers under a header that names the
index's score and rank columns last ("Tỉnh … Điểm số PCI Bảng xếp hạng Xếp
loại PCI" / "Hải Phòng 6.52 … 70.61 2 Tốt"): the score, the rank and the tier
after them.
"""

from __future__ import annotations

import functools

import regex

from .. import patterns
from ..mentions import Mention
from ..records import Fact
from ..tokens import number, paragraphs, token_texts
from . import values
from .model import Reading
from .output import make_fact
from .view import SentenceView
from .which_index import context_indicator
from .which_year import index_year

_RANKED_SUBJECTS = ("PROVINCE", "MINISTRY", "AGENCY", "DISTRICT")  # what a printed ranking may list
_YEAR_WORDS = frozenset({"năm", "year"})
_MIN_YEARS = 3  # fewer years in a row is a sentence, not a table header
_ROWS_REACH = 30  # lines after its header that a row may stand
_MIN_RANKED = 5  # lines of "rank place" that make a ranking, not a sentence
_TABLE_ROWS = 70  # lines a ranking of all the provinces (63, or 34 since 2025) may run after its header
_MAX_COLUMNS = 6  # header lines of a ranking printed one cell per line
_UNREAD_RECORDS = 2  # records in a row with no known place that a table may hold before it is over
_LABEL_WORDS = 5  # words a column label may have
_HEADING_REACH = 4  # lines above a table that may name its year


def year_tables(reading: Reading, views: list[SentenceView]) -> list[Fact]:
    """The scores and ranks of the page's place in its tables of results by year."""
    subject = reading.page.default
    if subject is None:
        return []
    facts: list[Fact] = []
    header: tuple[SentenceView, list[int]] | None = None
    for view in views:
        split = _split(view)
        if split is None:
            continue
        label, cells = split
        years = _header_years(view, split)
        if years:
            header = (view, years)
            continue
        if header is None or view.sentence.paragraph - header[0].sentence.paragraph > _ROWS_REACH:
            continue
        if not label or len(cells) != len(header[1]):
            continue  # a row has a label, and a cell for each year
        kind = _kind(reading, view, label)
        if kind is None:
            continue
        metric, indicator = kind
        for year, cell in zip(header[1], cells):
            value = _value(view, cell, metric, indicator) if cell is not None else None
            if value is not None:
                mention = Mention("RANK" if metric == "rank" else "SCORE", cell, cell + 1, pattern="year_table")
                facts.append(make_fact(reading, view, mention, indicator=indicator, metric=metric, value=value,
                                       year=year, subject=subject, confidence=0.75))
    return facts


def _split(view: SentenceView) -> tuple[list[int], list[int | None]] | None:
    """A row's label tokens and value tokens (words, then only numbers, "|" and ":" aside), or None. A cell
    "N/A" (no figure that year) stands as None.

    Reads the token texts and numbers ``make_doc`` keeps: every sentence of a page is tried.
    """
    numbers = _numbers(view)
    if len(numbers) < _MIN_YEARS:
        return None
    texts = token_texts(view.doc)
    cells = [i for i, text in enumerate(texts) if text not in ("|", ":")]
    words = 0
    while words < len(cells) and cells[words] not in numbers and not _missing(texts, cells, words):
        words += 1
    values_: list[int | None] = []
    at = words
    while at < len(cells):
        if cells[at] in numbers:
            values_.append(cells[at])
            at += 1
        elif texts[cells[at]].lower() in _YEAR_WORDS and at + 1 < len(cells) and cells[at + 1] in numbers:
            at += 1  # "Chỉ số Năm 2007 Năm 2008 Năm 2009": a header that names each year
        elif _missing(texts, cells, at):
            values_.append(None)
            at += 3
        else:
            return None
    if len(values_) < _MIN_YEARS:
        return None
    return cells[:words], values_


def _missing(texts: list[str], cells: list[int], at: int) -> bool:
    """Cells ``at`` on spell "N/A"."""
    return [texts[i].lower() for i in cells[at : at + 3]] == ["n", "/", "a"]


def _numbers(view: SentenceView) -> dict[int, float]:
    return view.doc.user_data.get("numbers", {})


def _header_years(view: SentenceView, split: tuple[list[int], list[int | None]]) -> list[int]:
    """The years of a header row (``split`` by ``_split``): a few words, then only years ("Năm 2022 2021 2020",
    "Year | 2022 | 2021")."""
    if len(split[0]) > 3 or None in split[1]:
        return []
    years = [_numbers(view)[i] for i in split[1] if i is not None]
    return [int(y) for y in years] if all(y == int(y) and 1990 <= y <= 2040 for y in years) else []


def _kind(reading: Reading, view: SentenceView, label: list[int]) -> tuple[str, str] | None:
    """("score", index) for a row named by an index, ("rank", index) for a row of ranks."""
    named = [c for c in view.cues("INDICATOR") if label[0] <= c.start and c.end <= label[-1] + 1]
    text = " ".join(view.doc[i].lower_ for i in label)
    if named and len(label) <= named[0].end - named[0].start + 2:  # "PCI", "PCI Scores", "Chỉ số PCI"
        return "score", named[0].key
    indicator = context_indicator(reading)
    if text in _rank_labels() and indicator:
        return "rank", indicator
    return None


def _value(view: SentenceView, cell: int, metric: str, indicator: str, out_of: float | None = None) -> float | None:
    value = number(view.doc[cell])
    if value is None:
        return None
    if metric == "rank":
        return value if value == int(value) and 1 <= value <= 100 else None
    value = values.on_scale(indicator, metric, value, None, view.doc[cell].text, out_of)
    return None if value is None or values.below_floor(indicator, metric, value) else value


@functools.cache
def _rank_labels() -> frozenset[str]:
    return frozenset(patterns.load("tables")["RANK_LABELS"])


def place_tables(reading: Reading, views: list[SentenceView]) -> list[Fact]:
    """The scores, ranks and tiers of the places of a printed ranking (a line per place)."""
    indicator = context_indicator(reading)
    if indicator is None:
        return []
    when = index_year(reading, reading.page.title_year or reading.state.doc_year)
    return _ranked_lines(reading, views, indicator, when) + _scored_rows(reading, views, indicator, when)


def column_tables(reading: Reading, views: list[SentenceView]) -> list[Fact]:
    """A ranking printed one cell per line, as HTML tables often come out of a page ("Tên tỉnh / PCI / Xếp
    hạng / Nhóm xếp hạng", then "Quảng Ninh / 73.40 / 1 / Rất tốt", …): each place's score, rank and tier."""
    indicator = context_indicator(reading)
    if indicator is None:
        return []
    text = reading.mapped.text
    # a ruled table's cells end in "|", and a lone "|" closes each of its rows
    cells = [(n, start, end) for n, start, end in paragraphs(text) if text[start:end].strip() != "|"]
    whole_lines = {(start, end) for _, start, end in cells}
    views_at = {v.sentence.paragraph: v for v in views if (v.sentence.start, v.sentence.end) in whole_lines}
    return (_labelled_columns(reading, views_at, cells, indicator)
            + _rank_first_records(reading, views_at, cells, indicator))


Cells = list[tuple[int, int, int]]  # (paragraph number, start, end) of each cell line of a page


def _labelled_columns(reading: Reading, views_at: dict[int, SentenceView], cells: Cells,
                      indicator: str) -> list[Fact]:
    """Records under a header of one label per line, the place's column first or after a row number or rank."""
    facts: list[Fact] = []
    at = 0
    while at < len(cells):
        header = _column_header(reading, views_at, cells, at)
        if header is None:
            at += 1
            continue
        columns, labels_end, labelled_year = header
        when = index_year(reading, labelled_year or _heading_year(views_at, cells[at][0])
                          or reading.page.title_year)
        at, unread = labels_end, 0
        while at + len(columns) <= len(cells):
            record = _column_record(reading, views_at, cells, at, columns, indicator, when)
            # a unit whose name the gazetteer does not know ("Ban Quản lý Khu Kinh tế, công nghiệp tỉnh") is
            # passed over, its numbers in their columns; lines of another shape, or more such units in a row,
            # end the table
            unread = 0 if record else unread + 1
            if unread > _UNREAD_RECORDS or not (record or _numbered_record(views_at, cells, at, columns)):
                break
            facts += record
            at += len(columns)
    return facts


def _numbered_record(views_at: dict[int, SentenceView], cells: Cells, at: int, columns: list[str]) -> bool:
    """Whether the lines from ``at`` hold a record's numbers where its columns want them (row number, rank,
    score), whatever its place's name."""
    return all(_number_cell(views_at.get(cells[at + offset][0]))
               for offset, kind in enumerate(columns) if kind in ("number", "rank", "score"))


def _rank_first_records(reading: Reading, views_at: dict[int, SentenceView], cells: Cells,
                        indicator: str) -> list[Fact]:
    """Records of one cell per line that open with the rank and the place ("1 / Bộ Tư pháp / 61,86 / 28,10 /
    89,95 / 89,95", a "|" line perhaps between cells) after a header whose last column names the index: each
    place's rank, and its score from the last cell."""
    lines = [views_at.get(n) for n, _, _ in cells]
    facts: list[Fact] = []
    at = 0
    while at + 1 < len(lines):
        width = _record_width(lines, at)
        if width is None:
            at += 1
            continue
        header = [v for v in lines[max(0, at - width) : at] if v is not None]
        scored = bool(header) and bool(header[-1].cues("INDICATOR"))
        when = index_year(reading, next((y for v in reversed(header) for y in v.years()), None)
                          or reading.page.title_year or reading.state.doc_year)
        rank = 1
        while at + width <= len(lines) and _rank_cell(lines[at]) == rank and _place_line(lines[at + 1]):
            place, last = _place_line(lines[at + 1]), lines[at + width - 1]
            subject = reading.subject(place)
            facts.append(make_fact(reading, lines[at], Mention("RANK", 0, 1, pattern="ranking_table"),
                                   indicator=indicator, metric="rank", value=float(rank), year=when,
                                   subject=subject, confidence=0.7))
            score = _value(last, 0, "score", indicator) if scored and _cell_size(last) == 1 else None
            if score is not None:
                facts.append(make_fact(reading, last, Mention("SCORE", 0, 1, pattern="ranking_table"),
                                       indicator=indicator, metric="score", value=score, year=when,
                                       subject=subject, confidence=0.7))
            at, rank = at + width, rank + 1
        at += 1
    return facts


def _record_width(lines: list[SentenceView | None], at: int) -> int | None:
    """The number of cells of a record when rank 1 and its place stand at ``at`` and rank 2 and its place
    follow, with nothing but single-number cells between."""
    if _rank_cell(lines[at]) != 1 or _place_line(lines[at + 1]) is None:
        return None
    for width in range(2, _MAX_COLUMNS + 3):
        end = at + width
        if end + 1 >= len(lines):
            return None
        if _rank_cell(lines[end]) == 2 and _place_line(lines[end + 1]) is not None:
            return width
        view = lines[end]
        if not _number_cell(view):
            return None
    return None


def _cell_size(view: SentenceView | None) -> int:
    """The tokens of a cell line, without the "|" that ends a ruled table's cell ("843.24 |")."""
    if view is None:
        return 0
    size = len(view.doc)
    return size - 1 if size > 1 and view.doc[size - 1].text == "|" else size


def _number_cell(view: SentenceView | None) -> bool:
    """A cell line holding one number and nothing else."""
    return _cell_size(view) == 1 and number(view.doc[0]) is not None


def _percent_cell(view: SentenceView | None) -> bool:
    """A cell line holding one percentage ("84,58%")."""
    return _cell_size(view) == 2 and number(view.doc[0]) is not None and view.doc[1].text == "%"


def _rank_cell(view: SentenceView | None) -> int | None:
    value = number(view.doc[0]) if _cell_size(view) == 1 else None
    return int(value) if value is not None and value == int(value) else None


def _place_line(view: SentenceView | None) -> Mention | None:
    """The place or body a line names, and nothing else."""
    place = _place_first(view) if view is not None else None
    return place if place is not None and place.start == 0 and place.end == _cell_size(view) else None


def _heading_year(views_at: dict[int, SentenceView], at: int) -> int | None:
    """The year of the heading just above a table ("Top 10 bảng xếp hạng PCI năm 2014")."""
    for n in range(at - 1, max(-1, at - 1 - _HEADING_REACH), -1):
        found = views_at[n].years() if n in views_at else []
        if found:
            return found[-1]
    return None


_TOTAL_WORDS = ("tổng", "total")
_NAMES_LABEL = ("tên ", "name of", "names of")
_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")


def _column_header(reading: Reading, views_at: dict[int, SentenceView], cells: Cells,
                   at: int) -> tuple[list[str], int, int | None] | None:
    """The kinds of the columns whose labels stand one per line from cell line ``at`` ("number", "place",
    "score", "rank", "tier", "other"), the line after the labels and the year a label names ("Tổng điểm năm
    2024"), when the places' column comes first or after a row number or rank and a score or rank column
    follows; else None.

    A label broken over two lines ("Điểm / đánh giá") is one label: its second line starts in lower case.
    """
    kinds: list[str] = []
    named: list[bool] = []  # whether each label names an index
    total: list[bool] = []  # whether each label says it is the total
    year: int | None = None
    n = at
    while n < len(cells) and len(kinds) <= _MAX_COLUMNS:
        view = views_at.get(cells[n][0])
        if kinds and view is not None and _place_first(view) is not None:
            break  # the first record
        text = _label_text(reading, cells[n])
        if kinds and (text[:1].islower() or text[:1] == "("):
            n += 1  # the rest of the label above
            continue
        while text.endswith(",") and n + 1 < len(cells):  # "HUYỆN, THỊ XÃ, / THÀNH PHỐ": one label
            n += 1
            text = f"{text} {_label_text(reading, cells[n])}"
        kind, lower = _label_kind(text), text.lower()
        names_index = _names_index(lower)
        if kind is None:
            unlabelled = _YEAR.sub("", text)
            if not kinds or any(ch.isdigit() for ch in unlabelled) or len(unlabelled.split()) > _LABEL_WORDS:
                break
            kind = "score" if names_index else "other"
        found = _YEAR.search(text)
        year = int(found.group()) if found and year is None else year
        kinds.append(kind)
        named.append(names_index)
        total.append(any(word in lower for word in _TOTAL_WORDS))
        n += 1
    scores = [i for i, kind in enumerate(kinds) if kind == "score"]
    if len(scores) > 1:
        # "Điểm thẩm định … Chỉ số tổng hợp (PAR Index 2023)": the index's column; "Tổng điểm / Điểm đánh giá trực
        # tiếp / Điểm điều tra XHH": the total; else the last
        keep = next((i for i in reversed(scores) if named[i]), next((i for i in scores if total[i]), scores[-1]))
        kinds = [("other" if kind == "score" and i != keep else kind) for i, kind in enumerate(kinds)]
    place = kinds.index("place") if "place" in kinds else None
    if place is None or place > 1 or (place == 1 and kinds[0] not in ("number", "rank")):
        return None
    if "rank" not in kinds[place:] and "score" not in kinds[place:] and kinds[0] != "rank":
        return None
    return kinds, n, year


def _label_text(reading: Reading, cell: tuple[int, int, int]) -> str:
    return reading.mapped.text[cell[1] : cell[2]].strip().rstrip("|").strip()


def _label_kind(text: str) -> str | None:
    """The kind of column a label names: the longest known label it is or opens with ("Tổng điểm năm 2024" is
    a score's)."""
    lower = _YEAR.sub("", text.lower()).strip()
    if lower.startswith(_NAMES_LABEL):
        return "place"  # "Tên đơn vị", "Tên sở, ban, ngành", "Tên cơ quan, đơn vị": the names' column
    best: tuple[int, str] | None = None
    for kind, words in _column_labels().items():
        for word in words:
            if (lower == word or lower.startswith(word + " ")) and (best is None or len(word) > best[0]):
                best = (len(word), kind)
    return best[1] if best else None


def _column_record(reading: Reading, views_at: dict[int, SentenceView], cells: Cells, at: int,
                   columns: list[str], indicator: str, when: int | None) -> list[Fact]:
    """The facts of one record of a one-cell-per-line ranking, or [] when these lines are no record."""
    first = columns.index("place")
    place_view = views_at.get(cells[at + first][0])
    place = _place_line(place_view)
    if place is None:
        return []
    if first and _rank_cell(views_at.get(cells[at][0])) is None:
        return []  # the row number or rank before the place
    subject = reading.subject(place)
    # a province ranks its own departments and districts with its own grades and scale (DTI's 1,000 points)
    own = values.own_scale(indicator, "points") if subject.own_ranked else None
    facts: list[Fact] = []
    for offset, kind in enumerate(columns):
        _, start, end = cells[at + offset]
        if kind == "tier":
            band = values.band_code(indicator, _label_text(reading, cells[at + offset]).lower(), subject.own_ranked)
            if band is not None:
                facts.append(make_fact(reading, None, Mention("BAND", 0, 1, pattern="ranking_table"),
                                       indicator=indicator, metric="band", value=None, value_text=band,
                                       year=when, subject=subject, confidence=0.7, line=(start, end)))
            continue
        if kind not in ("score", "rank"):
            continue
        view = views_at.get(cells[at + offset][0])
        value = _value(view, 0, kind, indicator, own) if _cell_size(view) == 1 or _percent_cell(view) else None
        if value is None:
            if kind == "rank":
                return []  # every record ranks its place: lines without a rank are past the table
            continue  # "N/A": the place has no score that year
        facts.append(make_fact(reading, view, Mention(kind.upper(), 0, 1, pattern="ranking_table"),
                               indicator=indicator, metric=kind, value=value, year=when, subject=subject,
                               confidence=0.7))
    return facts


def _names_index(text: str) -> bool:
    return any(name in text for name in _index_names())


@functools.cache
def _index_names() -> frozenset[str]:
    return frozenset(name for names in patterns.load("indicators")["INDICATOR"].values() for name in names)


@functools.cache
def _column_labels() -> dict[str, frozenset[str]]:
    return {kind: frozenset(words) for kind, words in patterns.load("tables")["COLUMN_LABELS"].items()}


def _place_first(view: SentenceView) -> Mention | None:
    """The place or body a line opens with ("TP. Đà Nẵng", "Quang Ninh", "2. Ngân hàng Nhà nước")."""
    places = [e for e in view.m.entities if e.label in _RANKED_SUBJECTS and e.start <= 3]
    return places[0] if places else None


def _ranked_lines(reading: Reading, views: list[SentenceView], indicator: str, when: int | None) -> list[Fact]:
    """Runs of lines "15 Thanh Hóa": a rank then a place, ranks from 1 rising."""
    runs: list[list[tuple[SentenceView, Mention, float]]] = [[]]
    for view in views:
        place = _place_first(view) if len(view.doc) > 1 else None
        rank = number(view.doc[0]) if len(view.doc) else None
        previous = runs[-1][-1][2] if runs[-1] else 0.0
        if place is None and runs[-1] and rank == previous + 1:
            continue  # "5. Bảo hiểm Y tế": an item whose name we do not know keeps its place in the list
        if place is None or rank is None or place.end != len(view.doc) or not previous <= rank <= previous + 2:
            runs.append([])
            continue
        runs[-1].append((view, place, rank))
    facts = []
    for run in runs:
        if len(run) < _MIN_RANKED or run[0][2] != 1:
            continue
        for view, place, rank in run:
            mention = Mention("RANK", 0, 1, pattern="ranking_table")
            facts.append(make_fact(reading, view, mention, indicator=indicator, metric="rank", value=rank,
                                   year=when, subject=reading.subject(place), confidence=0.7))
    return facts


def _scored_rows(reading: Reading, views: list[SentenceView], indicator: str, when: int | None) -> list[Fact]:
    """Rows "Hải Phòng 6.52 … 70.61 2 Tốt" under a header that ends with the index's score and rank columns."""
    facts: list[Fact] = []
    header: SentenceView | None = None
    for view in views:
        if header is None or view.sentence.paragraph - header.sentence.paragraph > _TABLE_ROWS:
            header = view if _score_rank_header(view) else None
            continue
        place = _place_first(view)
        if place is None or len(view.doc) - place.end < _MIN_YEARS:
            continue
        numbers = _numbers(view)
        cells = [i for i in range(place.end, len(view.doc)) if view.doc[i].text != "|"]
        if 2 * sum(i in numbers for i in cells) < len(cells):
            continue  # a sentence about the place, not a row of numbers
        end = len(cells)
        while end and cells[end - 1] not in numbers:  # the tier after the rank ("Rất tốt")
            end -= 1
        if end < 2 or cells[end - 2] not in numbers:
            continue
        score_at, rank_at = cells[end - 2], cells[end - 1]
        tier = " ".join(token_texts(view.doc)[i] for i in cells[end:]).lower()
        subject = reading.subject(place)
        for metric, at in (("score", score_at), ("rank", rank_at)):
            value = _value(view, at, metric, indicator)
            if value is not None:
                facts.append(make_fact(reading, view, Mention(metric.upper(), at, at + 1, pattern="ranking_table"),
                                       indicator=indicator, metric=metric, value=value, year=when,
                                       subject=subject, confidence=0.7))
        band = values.band_code(indicator, tier) if tier else None
        if band is not None:
            facts.append(make_fact(reading, view, Mention("BAND", rank_at + 1, len(view.doc), pattern="ranking_table"),
                                   indicator=indicator, metric="band", value=None, value_text=band, year=when,
                                   subject=subject, confidence=0.7))
    return facts


def _score_rank_header(view: SentenceView) -> bool:
    """A header of sub-index columns, the index's score and its rank ("Tỉnh Gia nhập thị trường … Điểm số PCI
    Bảng xếp hạng"), or of the score and rank alone in a ruled table ("| Tỉnh | Điểm số PCI | Xếp hạng |"): a
    line of labels only, naming the index and a rank word."""
    texts = token_texts(view.doc)
    if _numbers(view) or not view.cues("INDICATOR") or (len(view.cues("COMPONENT")) < 2 and "|" not in texts):
        return False
    text = " ".join(texts).lower()
    return any(label in text for label in _rank_labels())
