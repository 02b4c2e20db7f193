"""Counts and rates of procedures (TTHC), online services (DVC) and dossiers (hồ sơ), and what they count."""

from __future__ import annotations

from ..mentions import Mention
from ..patternlang import SUBJECT_LABELS
from ..records import Fact
from .model import Figure, Reading
from .output import make_fact
from .values import bound_text, is_approx, is_target, out_of, read_values, scale_words, unit
from .view import SentenceView
from .which_period import Period, period_near, sentence_periods
from .which_qualifier import default_qualifier, qualifier_of, qualifier_scope, service_level
from .which_tier import tier
from .which_year import year
from .whose import count_subject, subjects


_STOCKS = ("TTHC", "DVC")  # procedures and services a place has: a period is theirs only when written with them
_EVENTS = ("announced", "cut_time", "simplified")  # … unless they were announced, cut or simplified in it
NOT_COUNTED = "NOT_COUNTED"  # patterns/counts.yml: nouns of things counted that are not ours


def count_facts(reading: Reading, view: SentenceView, mention: Mention) -> list[Fact]:
    noun = _count_noun(view, mention)
    if noun is None or noun.key == NOT_COUNTED:
        return []  # "cắt giảm 2.371/6.974 điều kiện kinh doanh"
    indicator = _offered_online(view, mention, noun.key)
    qualifier = (service_level(view, mention) or qualifier_of(view, mention, indicator, default=None)
                 or _of_these(reading, view, mention, indicator) or default_qualifier(indicator))
    facts = []
    scale = _scale(view, mention)
    for fig in read_values(view, mention):
        if fig.value is None or _is_share(view, fig):
            continue
        value = round(fig.value * scale, 6)
        if value != int(value):
            continue  # "hồ sơ … đạt 98,5": a share without its sign, not a number of things
        bound = bound_text(view, mention, fig) if is_approx(view, mention, fig) else None
        facts.append(_count_fact(reading, view, mention, fig, indicator=indicator, metric="count", value=value,
                                 qualifier=qualifier, out_of=out_of(view, mention), value_text=bound,
                                 confidence=0.65 if bound else 0.85))
    return facts


def _of_these(reading: Reading, view: SentenceView, mention: Mention, indicator: str) -> str | None:
    """A sentence opening with "Trong số này" / "Trong đó" / "Of these" splits the first count of the sentence
    before it: a part with no cue of its own counts what that count did ("công bố tổng cộng 192 thủ tục.
    Trong số này, có 30 thủ tục mới": 30 announced). A part of a stock is no stock ("total")."""
    if not any(c.start <= 1 and c.end <= mention.start for c in view.cues("SPLIT")) or not reading.state.para_facts:
        return None
    previous = [f for f in reading.state.para_facts if f.sentence == reading.state.para_facts[-1].sentence]
    head = next((f for f in previous if f.metric == "count"), None)
    if head is not None and head.indicator == indicator and head.qualifier != "total":
        return head.qualifier
    return None


def _count_fact(reading: Reading, view: SentenceView, mention: Mention, fig: Figure, *, indicator: str,
                metric: str, value: float, qualifier: str | None, confidence: float, **fields) -> Fact:
    """A count or rate with its year, subject, tier and period (``fields`` may state tier and period)."""
    when = _year(reading, view, mention, fig)
    subject = fields.pop("subject") if "subject" in fields else count_subject(reading, view, mention)
    stated = period_near(view, mention, sentence_periods(view.doc.text))
    if stated is not None and stated.year is not None and stated.label(None) != str(stated.year):
        when = stated.year  # "trong Quý I/2019, … gồm 1246 hồ sơ chuyển tiếp năm 2018": the quarter's year
    if "level" not in fields:
        fields["level"] = tier(view, mention, subject)
    if "period" not in fields:
        fields["period"] = _period(reading, stated, when, indicator, qualifier)
    if when is None and fields["period"]:
        when = int(fields["period"][:4])  # "Trong tháng 9 năm 2021, … tiếp nhận …. Các đơn vị đã giải quyết …"
    return make_fact(reading, view, mention, indicator=indicator, metric=metric, value=value,
                     qualifier=qualifier, year=when, subject=subject, is_target=is_target(view, mention),
                     confidence=confidence, **fields)


def about_counts(view: SentenceView, mention: Mention) -> bool:
    """A figure whose nearest anchor is a count noun or "tỷ lệ", not an index name."""
    if mention.label == "SCORE" and unit(view, mention) != "percent":
        return False
    anchors = [(c.end, c.label) for c in view.m.cues if c.end <= mention.start
               and c.label in ("INDICATOR", "COMPONENT", "COUNT_NOUN", "RATE")
               and not any(f.start <= c.start < f.end for f in view.m.figures if f is not mention)]
    anchors += [(f.end, "COUNT") for f in view.m.figures if f.label == "COUNT" and f.end <= mention.start]
    if not anchors:  # "Đà Nẵng (67%), Hòa Bình (86,5%) … dẫn đầu về tỷ lệ hồ sơ trực tuyến": named after
        return _rate_of_counts_named(view)
    nearest = max(anchors)[1]
    if nearest == "RATE":  # "tỷ lệ" alone: a rate of dossiers only if the sentence counts something
        return bool(view.cues("COUNT_NOUN"))
    return nearest in ("COUNT_NOUN", "COUNT")


def _rate_of_counts_named(view: SentenceView) -> bool:
    """The sentence names a rate of counted things ("tỷ lệ hồ sơ") and no index."""
    rates, nouns = view.cues("RATE"), view.cues("COUNT_NOUN")
    return not view.cues("INDICATOR", "COMPONENT") and any(0 <= n.start - r.end <= 1 for r in rates for n in nouns)


def continues_rates(reading: Reading, view: SentenceView, mention: Mention) -> bool:
    """A percentage in a sentence naming no index or count right after rates of counts: more of the same
    ("… toàn trình 68,54%. Đà Nẵng (58,89%), Hà Giang (55,76%) … là những địa phương xếp sau")."""
    return (_last_rate(reading) is not None and unit(view, mention) == "percent"
            and not view.cues("INDICATOR", "COMPONENT", "COUNT_NOUN"))


def _last_rate(reading: Reading) -> Fact | None:
    """The paragraph's last rate, when only counts came after it ("… toàn trình 68,54% trong tổng số 168.000
    hồ sơ. Đà Nẵng (58,89%) …")."""
    for fact in reversed(reading.state.para_facts):
        if fact.metric == "rate":
            return fact
        if fact.metric != "count":
            return None
    return None


def rate_facts(reading: Reading, view: SentenceView, mention: Mention, earlier: list[Fact]) -> list[Fact]:
    noun = _rate_named(view, mention) or _count_noun(view, mention)
    figures = list(read_values(view, mention))
    if not figures or unit(view, mention) != "percent":
        return []
    bound = bound_text(view, mention, figures[0]) if is_approx(view, mention, figures[0]) else None
    if noun is None:
        return _continued_rate(reading, view, mention, figures[0])
    if noun.key == NOT_COUNTED:
        return []
    if mention.label == "RATE" and figures[0].value == 100:
        return []  # "100% TTHC được công khai": a coverage claim, not a measured rate
    listed = _listed_rate(view, mention, noun, earlier)
    if listed is not None:
        return _continued_rate(reading, view, mention, figures[0], listed)
    indicator = _handled(view, mention, _offered_online(view, mention, noun.key))
    counts = [f for f in earlier if f.metric == "count" and f.indicator == indicator]
    previous = [f for f in view.m.figures if f.label == "COUNT" and f.start < mention.start
                and view.same_clause(f.start, mention.start)]
    # "… 12.720 hồ sơ (đạt 99,03%)": the rate of the count it follows, unless it says its own
    qualifier = (qualifier_of(view, mention, indicator, inherit=False)
                 or (counts[-1].qualifier if counts and previous else None)
                 or qualifier_of(view, mention, indicator, default=default_qualifier(indicator)))
    paired = subjects(reading, view, mention, figures, earlier) if len(figures) > 1 else []
    if len({s.name for s in paired if s is not None and s.type != "national"}) == len(figures):
        # "Bộ Công Thương, Bộ Tài chính và Bộ Tư pháp với tỷ lệ lần lượt là 83,49; 78,44% và 77,66%"
        return [_count_fact(reading, view, mention, fig, indicator=indicator, metric="rate", value=fig.value,
                            unit="percent", qualifier=qualifier, confidence=0.75, subject=whose)
                for fig, whose in zip(figures, paired)]
    return [_count_fact(reading, view, mention, figures[0], indicator=indicator, metric="rate",
                        value=figures[0].value, unit="percent", qualifier=qualifier, value_text=bound,
                        confidence=0.6 if bound else 0.8)]


def _rate_named(view: SentenceView, mention: Mention) -> Mention | None:
    """The noun a rate is named by ("tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết thủ tục hành
    chính … đạt 39,98%" is a rate of dossiers), when "tỷ lệ" opens the figure's clause."""
    rates = [r for r in view.cues("RATE") if r.end <= mention.start and view.same_clause(r.start, mention.start)]
    if not rates:
        return None
    return next((n for n in view.cues("COUNT_NOUN") if 0 <= n.start - rates[-1].end <= 1), None)


def _offered_online(view: SentenceView, mention: Mention, indicator: str) -> str:
    """Procedures counted as offered online are online services (DVC): "cung cấp dịch vụ công trực tuyến
    mức độ 4 đối với 1.567 thủ tục hành chính", "47 TTHC giải quyết ở mức độ 3"."""
    if indicator != "TTHC":
        return indicator
    service = {"level_2", "level_3", "level_4", "full_online", "partial_online"}
    levels = [c for c in view.cues("QUALIFIER") if c.key in service and view.same_clause(c.start, mention.start)]
    return "DVC" if levels else indicator


def _handled(view: SentenceView, mention: Mention, indicator: str) -> str:
    """A rate of handling is a rate of dossiers, even where it names procedures:
    "tỷ lệ giải quyết TTHC đúng hạn đạt 98,7%" measures the dossiers handled on time."""
    if indicator != "TTHC":
        return indicator
    status = qualifier_of(view, mention, "HO_SO", inherit=False)
    return "HO_SO" if status is not None and "TTHC" not in qualifier_scope().get(status, ()) else indicator


def _listed_rate(view: SentenceView, mention: Mention, noun: Mention, earlier: list[Fact]) -> Fact | None:
    """The sentence's last rate, when this one continues its list with a place of its own and names no noun
    since ("… của Bộ Công an mới đạt 4,79%, Bộ Tài nguyên và Môi trường đạt 4,34%")."""
    rates = [f for f in earlier if f.metric == "rate"]
    seg = view.segment[mention.start]
    own_place = any(view.segment[e.start] == seg and e.end <= mention.start for e in view.m.entities
                    if e.label in SUBJECT_LABELS)
    return rates[-1] if rates and own_place and view.segment[noun.start] != seg else None


def _continued_rate(reading: Reading, view: SentenceView, mention: Mention, fig: Figure,
                    last: Fact | None = None) -> list[Fact]:
    """The rate of what the paragraph's (or ``last``) rate measured, for the place this sentence names (its
    own cue still says which share: "… in person. By 4pm, 59.3 per cent were submitted online")."""
    last = last or _last_rate(reading)
    if last is None:
        return []
    qualifier = qualifier_of(view, mention, last.indicator, inherit=False) or last.qualifier
    return [_count_fact(reading, view, mention, fig, indicator=last.indicator, metric="rate", value=fig.value,
                        unit="percent", qualifier=qualifier, level=last.level, period=last.period,
                        confidence=0.7)]


def _year(reading: Reading, view: SentenceView, mention: Mention, fig: Figure) -> int | None:
    """The year the text gives, else the page's publication year: a report counts what happened lately."""
    return year(reading, view, mention, fig) or reading.page.published_year


def _is_share(view: SentenceView, fig: Figure) -> bool:
    """"… hồ sơ đúng hạn là 98%": the number is a percentage."""
    after = fig.value_tokens[-1] + 1 if fig.value_tokens else len(view.doc)
    return after < len(view.doc) and view.doc[after].lower_ in ("%", "phần", "percent")


def _count_noun(view: SentenceView, mention: Mention) -> Mention | None:
    nouns = view.cues("COUNT_NOUN")
    noun_tokens = set(mention.tokens("noun"))  # "753 online dossiers": the noun cue may begin at the modifier
    inside = [n for n in nouns if mention.start <= n.start < mention.end and noun_tokens & set(range(n.start, n.end))]
    if inside:  # a dossier of a procedure or service is a dossier: "hồ sơ TTHC", "6.5 million TTHC dossiers"
        return next((n for n in inside if n.key == "HO_SO"), inside[0])
    left = [n for n in nouns if n.end <= mention.start]
    right = [n for n in nouns if n.start >= mention.end and view.same_clause(mention.start, n.start)]
    if mention.label == "COUNT":
        return (right or left[-1:] or [None])[0]  # type: ignore[list-item]
    return (left[-1:] or right or [None])[0]  # type: ignore[list-item]


def _scale(view: SentenceView, mention: Mention) -> float:
    """"61,3 ngàn hồ sơ" is 61,300 dossiers; "1,2 triệu" 1,200,000."""
    words = [view.doc[i].lower_ for i in mention.tokens("scale")]
    return float(scale_words().get(words[0], 1)) if words else 1.0


def _period(reading: Reading, stated: Period | None, year: int | None, indicator: str,
            qualifier: str | None) -> str | None:
    """The span of time a count is about: the one its sentence states (``stated``), else the one an earlier
    sentence stated.

    A period carried from another sentence must agree with the count's year
    ("xếp thứ 12 năm 2018. … năm 2021 tiếp nhận 1.600 hồ sơ" is not a 2018 count).
    """
    published = (reading.page.published_year, reading.page.published_month)  # where "đến nay" ends
    if stated:
        return stated.label(year, published)
    if indicator in _STOCKS and qualifier not in _EVENTS:
        return None  # "Hiện tỉnh có 1.786 TTHC": what a place has, not what a period counted
    carried = reading.state.period.label(year, published) if reading.state.period else None
    return carried if carried and (year is None or carried.startswith(str(year))) else None


