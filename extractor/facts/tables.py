"""Tables of one place's results by year: a row of years, then a row per figure.

Provincial portals and VCCI's province profiles print them as text, one row
a line, cells split by spaces or "|"::

    Năm 2022 2021 2020 2019          Year | 2022 | 2021 | 2020 |
    PCI 62.81 57.16 62.80 63.84      PCI Scores | 64.32 | 62.17 | 62.42 |
    Xếp hạng 53 62 44 48             Ranking | 43 | 50 | 50 |

A row whose label names an index gives that index's score for each year; a
row whose label is a rank word (``patterns/tables.yml``) gives the ranks of the
index the table is about. Other rows (sub-indices) are left alone. The place is
the one the page is about: a table names no place of its own.
"""

from __future__ import annotations

import functools

from .. import patterns
from ..mentions import Mention
from ..records import Fact
from ..tokens import number
from . import values
from .model import Reading
from .output import make_fact
from .view import SentenceView
from .which_index import context_indicator

_MIN_YEARS = 3  # fewer years in a row is a sentence, not a table header
_ROWS_REACH = 30  # lines after its header that a row may stand


def year_tables(reading: Reading, views: list[SentenceView]) -> list[Fact]:
    """The scores and ranks of the page's place in its tables of results by year."""
    subject = reading.page.default
    if subject is None:
        return []
    facts: list[Fact] = []
    header: tuple[SentenceView, list[int]] | None = None
    for view in views:
        years = _header_years(view)
        if years:
            header = (view, years)
            continue
        if header is None or view.sentence.paragraph - header[0].sentence.paragraph > _ROWS_REACH:
            continue
        row = _row(view)
        if row is None or len(row[1]) != len(header[1]):
            continue
        label, cells = row
        kind = _kind(reading, view, label)
        if kind is None:
            continue
        metric, indicator = kind
        for year, cell in zip(header[1], cells):
            value = _value(view, cell, metric, indicator)
            if value is not None:
                mention = Mention("RANK" if metric == "rank" else "SCORE", cell, cell + 1, pattern="year_table")
                facts.append(make_fact(reading, view, mention, indicator=indicator, metric=metric, value=value,
                                       year=year, subject=subject, confidence=0.75))
    return facts


def _cells(view: SentenceView) -> list[int]:
    return [t.i for t in view.doc if t.text not in ("|", ":")]


def _header_years(view: SentenceView) -> list[int]:
    """The years of a header row: a few words, then only years ("Năm 2022 2021 2020", "Year | 2022 | 2021")."""
    cells = _cells(view)
    words = 0
    while words < len(cells) and number(view.doc[cells[words]]) is None:
        words += 1
    years = [number(view.doc[i]) for i in cells[words:]]
    if words > 3 or len(years) < _MIN_YEARS or not all(y is not None and y == int(y) and 1990 <= y <= 2040
                                                        for y in years):
        return []
    return [int(y) for y in years if y is not None]


def _row(view: SentenceView) -> tuple[list[int], list[int]] | None:
    """The label tokens and value tokens of a row: words, then only numbers."""
    cells = _cells(view)
    words = 0
    while words < len(cells) and number(view.doc[cells[words]]) is None:
        words += 1
    values_ = cells[words:]
    if not words or len(values_) < _MIN_YEARS or any(number(view.doc[i]) is None for i in values_):
        return None
    return cells[:words], values_


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


def _value(view: SentenceView, cell: int, metric: str, indicator: str) -> float | None:
    value = number(view.doc[cell])
    if value is None:
        return None
    if metric == "rank":
        return value if value == int(value) and 1 <= value <= 100 else None
    value = values.on_scale(indicator, metric, value, None, view.doc[cell].text)
    return None if value is None or values.below_floor(indicator, metric, value) else value


@functools.cache
def _rank_labels() -> frozenset[str]:
    return frozenset(patterns.load("tables")["RANK_LABELS"])
