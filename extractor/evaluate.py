"""Accuracy against annotated texts (the format of ``shared/devset/README.md``).

A predicted fact matches a gold fact when indicator, metric, value (2 decimals;
bands folded to their code) and subject type agree, and for province or
national subjects the subject too; matching is one-to-one. Targets and
sub-index figures are left out; optional gold facts neither count nor miss.
Counts (TTHC, DVC, HO_SO) are matched on indicator, metric and value; their
qualifier (what is counted: received, on time, announced …) is scored apart,
on the matched pairs, as qualifier accuracy; so are their tier of government
(`level`) and `period`, on the pairs whose gold fact was annotated with them
(it carries a "period" key, null when the text states none); periods compare as
spans of months, so "2025-07..09" and "2025-Q3" agree.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import regex

from . import patterns
from .despin import read_numerals
from .facts.values import ordinals, scale_words
from .facts.which_period import canonical as canonical_period
from .records import Fact
from .tokens import parse_number, word_pieces

COUNT_INDICATORS = {"TTHC", "DVC", "HO_SO"}


@dataclass
class Item:
    """A fact reduced to what the scoring compares, plus what an error report shows."""

    indicator: str
    metric: str
    value: str
    subject_type: str | None
    subject: str | None
    year: int | None
    evidence: str
    optional: bool = False
    qualifier: str | None = None
    level: str | None = None
    period: str | None = None
    timed: bool = False  # annotated with level and period (a gold fact with a "period" key)

    @property
    def is_count(self) -> bool:
        return self.indicator in COUNT_INDICATORS

    def matches(self, other: Item) -> bool:
        if (self.indicator, self.metric, self.value) != (other.indicator, other.metric, other.value):
            return False
        if self.is_count:
            return True
        if self.subject_type != other.subject_type:
            return False
        return self.subject_type not in ("province", "national") or self.subject == other.subject


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    overall: dict[str, Tally] = field(default_factory=lambda: {"index": Tally(), "counts": Tally()})
    by_indicator: dict[str, Tally] = field(default_factory=dict)
    by_metric: dict[str, Tally] = field(default_factory=dict)
    years_right: int = 0
    years_compared: int = 0
    qualifiers_right: int = 0
    qualifiers_compared: int = 0
    levels_right: int = 0
    periods_right: int = 0
    timed_compared: int = 0
    grounded: int = 0
    predicted: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def year_accuracy(self) -> float:
        return self.years_right / self.years_compared if self.years_compared else 1.0

    @property
    def qualifier_accuracy(self) -> float:
        return self.qualifiers_right / self.qualifiers_compared if self.qualifiers_compared else 1.0

    @property
    def level_accuracy(self) -> float:
        return self.levels_right / self.timed_compared if self.timed_compared else 1.0

    @property
    def period_accuracy(self) -> float:
        return self.periods_right / self.timed_compared if self.timed_compared else 1.0

    @property
    def grounded_share(self) -> float:
        return self.grounded / self.predicted if self.predicted else 1.0

    def figures(self) -> dict[str, float]:
        return {"index_f1": round(self.overall["index"].f1, 4), "count_f1": round(self.overall["counts"].f1, 4),
                "year_accuracy": round(self.year_accuracy, 4),
                "qualifier_accuracy": round(self.qualifier_accuracy, 4),
                "level_accuracy": round(self.level_accuracy, 4), "period_accuracy": round(self.period_accuracy, 4),
                "grounded_share": round(self.grounded_share, 4)}

    def lines(self) -> list[str]:
        out = [f"{'':24} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
        for title, table in (("overall", self.overall), ("by indicator", self.by_indicator),
                             ("by metric", self.by_metric)):
            out.append(title)
            for name, t in sorted(table.items()):
                out.append(f"  {name:22} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f} {t.tp:4} {t.fp:4} {t.fn:4}")
        out.append(f"year accuracy (matched facts): {self.year_accuracy:.3f} ({self.years_right}/{self.years_compared})")
        out.append(f"qualifier accuracy (matched counts): {self.qualifier_accuracy:.3f} "
                   f"({self.qualifiers_right}/{self.qualifiers_compared})")
        out.append(f"level accuracy (matched counts): {self.level_accuracy:.3f} ({self.levels_right}/{self.timed_compared})")
        out.append(f"period accuracy (matched counts): {self.period_accuracy:.3f} "
                   f"({self.periods_right}/{self.timed_compared})")
        out.append(f"grounded facts: {self.grounded_share:.3f} ({self.grounded}/{self.predicted})")
        return out


_BAND_FILLER = regex.compile(r"^(?:nhóm|tốp|top|the)\s+|\s+(?:group|tier)$|\b(?:có điểm số|có điểm|đạt điểm)\s+")


def fold_band(indicator: str, text: str | None) -> str:
    """"nhóm B" → "B"; PAPI "nhóm đạt điểm thấp nhất", "tốp thấp nhất", "lowest group" → "4"."""
    words = _BAND_FILLER.sub("", (text or "").strip().lower())
    table = {str(k): str(v) for k, v in (patterns.load("bands").get(indicator) or {}).items()}
    return table.get(words, table.get(words.upper(), (text or "").strip().upper()))


def _value(indicator: str, metric: str, value: float | None, value_text: str | None) -> str:
    if metric == "band":
        return fold_band(indicator, value_text)
    return f"{round(float(value), 2):.2f}" if value is not None else ""


def gold_items(path: Path) -> list[Item]:
    data = json.loads(path.read_text(encoding="utf-8"))
    items = []
    for fact in data["facts"]:
        if fact.get("is_target") or fact.get("component"):
            continue
        items.append(Item(fact["indicator"], fact["metric"],
                          _value(fact["indicator"], fact["metric"], fact.get("value"), fact.get("value_text")),
                          fact.get("subject_type"), fact.get("subject"), fact.get("year"),
                          fact.get("evidence", ""), bool(fact.get("optional")), fact.get("qualifier"),
                          fact.get("level"), fact.get("period"), "period" in fact))
    return items


def predicted_items(facts: Iterable[Fact], text: str) -> list[Item]:
    return [Item(f.indicator, f.metric, _value(f.indicator, f.metric, f.value, f.value_text), f.subject_type,
                 f.subject, f.year, text[f.span_start:f.span_end], qualifier=f.qualifier, level=f.level,
                 period=f.period)
            for f in facts if not f.is_target and not f.component]


def is_grounded(fact: Fact, text: str) -> bool:
    """The fact's span lies in the text and states its number (or its band / rank word).

    A spun numeral states its number too: "một.600" is 1.600.
    """
    if not (0 <= fact.span_start < fact.span_end <= len(text)):
        return False
    evidence = read_numerals(text[fact.span_start:fact.span_end])
    if fact.value is None or fact.metric == "rank" and fact.value == 1:
        return bool(evidence.strip())
    pieces = [evidence[a:b] for a, b in word_pieces(evidence)]
    numbers = {parse_number(piece, lang) for piece in pieces for lang in ("vi", "en")}
    # "đứng thứ ba", "ranked fourth": the number is written as a word after "thứ" or in English
    numbers |= {ordinals().get(piece.lower()) for prev, piece in zip(["", *pieces], pieces)
                if prev.lower() == "thứ" or piece.isascii()}
    # "61,3 ngàn hồ sơ" writes 61,300
    scales = scale_words()
    numbers |= {n * scales[word.lower()] for piece, word in zip(pieces, pieces[1:]) if word.lower() in scales
                for lang in ("vi", "en") if (n := parse_number(piece, lang)) is not None}
    return any(n is not None and abs(n - abs(fact.value)) < 1e-9 for n in numbers)


def score_document(gold: list[Item], predicted: list[Item], report: Report, name: str) -> None:
    unmatched = list(predicted)
    for g in gold:
        hit = next((p for p in unmatched if p.matches(g)), None)
        if hit is not None:
            unmatched.remove(hit)
            if g.optional:
                continue
            _tally(report, g, "tp")
            if g.year is not None or hit.year is not None:
                report.years_compared += 1
                report.years_right += g.year == hit.year
                if g.year != hit.year:
                    report.errors.append(f"{name}  YEAR {g.indicator} {g.metric} {g.value}: gold {g.year}, got {hit.year}  | {hit.evidence}")
            if g.is_count and g.qualifier is not None:
                report.qualifiers_compared += 1
                report.qualifiers_right += g.qualifier == hit.qualifier
                if g.qualifier != hit.qualifier:
                    report.errors.append(f"{name}  QUAL {g.indicator} {g.metric} {g.value}: gold {g.qualifier}, "
                                         f"got {hit.qualifier}  | {hit.evidence}")
            if g.is_count and g.timed:
                _compare_time(report, g, hit, name)
        elif not g.optional:
            _tally(report, g, "fn")
            report.errors.append(f"{name}  MISS  {g.subject} {g.indicator} {g.year} {g.metric} {g.value}  | {g.evidence}")
    for p in unmatched:
        _tally(report, p, "fp")
        report.errors.append(f"{name}  FALSE {p.subject} {p.indicator} {p.year} {p.metric} {p.value}  | {p.evidence}")


def _compare_time(report: Report, gold: Item, hit: Item, name: str) -> None:
    report.timed_compared += 1
    report.levels_right += gold.level == hit.level
    gold_period, hit_period = canonical_period(gold.period), canonical_period(hit.period)
    report.periods_right += gold_period == hit_period
    for what, want, got in (("LEVEL", gold.level, hit.level), ("PERIOD", gold_period, hit_period)):
        if want != got:
            report.errors.append(f"{name}  {what} {gold.indicator} {gold.metric} {gold.value}: gold {want}, "
                                 f"got {got}  | {hit.evidence}")


def _tally(report: Report, item: Item, kind: str) -> None:
    one = Tally(**{kind: 1})
    report.overall["counts" if item.is_count else "index"].add(one)
    report.by_indicator.setdefault(item.indicator, Tally()).add(one)
    report.by_metric.setdefault(item.metric, Tally()).add(one)


Extractor = Callable[[str, str | None], tuple[str, list[Fact]]]


def evaluate(gold_dirs: Path | Iterable[Path], extract: Extractor) -> Report:
    """Run ``extract(text, url) -> (stored_text, facts)`` on every ``*.txt`` with a ``.json`` beside it.

    Several folders (the batches of a corpus) are scored as one set.
    """
    report = Report()
    folders = [gold_dirs] if isinstance(gold_dirs, Path) else list(gold_dirs)
    for json_path in (path for folder in folders for path in sorted(folder.glob("*.json"))):
        txt = json_path.with_suffix(".txt")
        if not txt.exists():
            continue
        url = json.loads(json_path.read_text(encoding="utf-8")).get("source_url")
        stored, facts = extract(txt.read_text(encoding="utf-8"), url)
        report.predicted += len(facts)
        report.grounded += sum(is_grounded(f, stored) for f in facts)
        score_document(gold_items(json_path), predicted_items(facts, stored), report, json_path.stem)
    return report


def flag_accuracy(texts: list[str], is_spun: Callable[[str], bool], spin: Callable[[str], str]) -> dict[str, float]:
    """How often ``is_spun`` is right on ``texts`` (taken as clean) and on their ``spin`` copies.

    A copy the spinner left unchanged (an English page) is not a spun page and is left out.
    """
    copies = [copy for copy in map(spin, texts) if copy not in texts]
    originals_flagged = sum(map(is_spun, texts))
    copies_flagged = sum(map(is_spun, copies))
    right = len(texts) - originals_flagged + copies_flagged
    total = len(texts) + len(copies)
    return {"spin_flag_accuracy": round(right / total, 4) if total else 1.0, "originals": len(texts),
            "originals_flagged": originals_flagged, "copies": len(copies), "copies_flagged": copies_flagged}


def check_floor(report: Report, floor_path: Path) -> list[str]:
    """The figures that fell below the floor kept in the repository."""
    floor = json.loads(floor_path.read_text(encoding="utf-8"))
    figures = report.figures()
    return [f"{name} {figures[name]:.4f} < floor {value:.4f}" for name, value in floor.items()
            if name in figures and figures[name] < value]
