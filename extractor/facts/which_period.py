"""Which period a count is about: "6 tháng đầu năm 2024" → 2024-H1, "quý I" → 2024-Q1, "tháng 10" → 2024-10.

Monthly, quarterly and half-year reports give the same counters for
different spans of time; without the span two true figures look like a
conflict. The phrases are data (``patterns/periods.yml``); a phrase without
a year takes the count's own year.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from .. import patterns
from ..mentions import Mention
from .view import SentenceView


@dataclass(frozen=True)
class Period:
    """A period phrase at characters ``start:end`` of a sentence's text."""

    start: int
    end: int
    groups: tuple[tuple[str, str], ...]  # named groups that matched, and the form's `gives`

    @property
    def year(self) -> int | None:
        """The year the phrase writes ("Quý I/2019"), if it writes one."""
        found = dict(self.groups)
        return int(found["year"]) if "year" in found else None

    def label(self, default_year: int | None, published: tuple[int | None, int | None] = (None, None)) -> str | None:
        """The period column's value ("2024-H1"), or None when no year can complete it. "Từ đầu năm đến nay"
        runs to the month of ``published`` (year, month), the page's date, in that year."""
        found = dict(self.groups)
        year = self.year or default_year
        if year is None:
            return None
        if "to_now" in found:
            if published[1] is None or published[0] != year:
                return str(year) if self.year else None
            return _months(year, 1, published[1]) if published[1] > 1 else f"{year}-01"
        if "half" in found:
            return f"{year}-H{_number(found['half'])}"
        if "quarter" in found:
            return f"{year}-Q{_number(found['quarter'])}"
        if "month" in found:
            return f"{year}-{_number(found['month']):02d}"
        if "months" in found:
            return _months(year, 1, _number(found["months"]))
        if "to_month" in found or "to_next" in found:
            first = _number(found.get("from_month", "1"))
            last = _number(found["to_month"]) if "to_month" in found else _number(found["to_next"]) - 1
            return _months(year, first, last) if first < last else None
        return str(year)


@functools.lru_cache(maxsize=64)
def sentence_periods(text: str) -> tuple[Period, ...]:
    """Every period phrase in ``text``, overlapping matches resolved in favour of the longer.

    Cached: the reading asks once for the sentence and again for each count in it.
    """
    found = []
    for form, gives in _forms():
        for match in form.finditer(text):
            groups = {k: v for k, v in match.groupdict().items() if v is not None} | gives
            found.append(Period(match.start(), match.end(), tuple(sorted(groups.items()))))
    kept: list[Period] = []
    for period in sorted(found, key=lambda p: (p.start - p.end, p.start)):
        if all(period.end <= k.start or period.start >= k.end for k in kept):
            kept.append(period)
    return tuple(sorted(kept, key=lambda p: p.start))


def period_near(view: SentenceView, mention: Mention, periods: tuple[Period, ...]) -> Period | None:
    """The sentence's period for a count: the last one before it, else the first after it in its clause."""
    at = view.doc[mention.start].idx
    before = [p for p in periods if p.end <= at]
    if before:
        return before[-1]
    token_of = {t.idx: t.i for t in view.doc}
    after = [p for p in periods if p.start >= at and view.same_clause(token_of.get(p.start, mention.start), mention.start)]
    return after[0] if after else None


def canonical(label: str | None) -> str | None:
    """One spelling per span: "2025-07..09" is "2025-Q3", "2024-01..06" "2024-H1", "2023-01..12" "2023".

    The extractor writes spans this way already; gold files and other tools may
    write the months, and the two must compare equal.
    """
    found = regex.fullmatch(r"(\d{4})-(\d{2})\.\.(\d{2})", label or "")
    return _months(*map(int, found.groups())) if found else label


def _months(year: int, first: int, last: int) -> str:
    """Months ``first`` to ``last``: a whole quarter, half or year is written as one."""
    if (first, last) == (1, 12):
        return str(year)
    if last - first == 5 and first in (1, 7):
        return f"{year}-H{1 + first // 7}"
    if last - first == 2 and first % 3 == 1:
        return f"{year}-Q{1 + first // 3}"
    return f"{year}-{first:02d}..{last:02d}"


def _number(word: str) -> int:
    return int(word) if word.isdigit() else int(_words()[word.lower()])


@functools.cache
def _words() -> dict[str, int]:
    return {str(k).lower(): int(v) for k, v in patterns.load("periods")["WORDS"].items()}


@functools.cache
def _forms() -> tuple[tuple[regex.Pattern, dict[str, str]], ...]:
    rules = patterns.load("periods")
    macros = rules["MACROS"]
    forms = []
    for form in rules["FORMS"]:
        source = form["regex"]
        for name, body in macros.items():
            source = source.replace("{" + name + "}", body)
        gives = {k: str(v) for k, v in (form.get("gives") or {}).items()}
        forms.append((regex.compile(source, regex.IGNORECASE), gives))
    return tuple(forms)
