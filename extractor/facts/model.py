"""What the reading knows: subjects, the page, figures, and what earlier sentences were about."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..mentions import Mention
from ..records import Fact
from ..textmap import MappedText
from .which_period import Period

Namer = tuple[str | None, str | None]  # (indicator, component) a figure is about

OWN_RANKED = ("agency", "district")  # what a province ranks on its own scale, not the national one
_SUBJECT_TYPES = {"PROVINCE": "province", "AGENCY": "agency", "DISTRICT": "district",
                  "MINISTRY": "ministry", "NATIONAL": "national", "REGION": "region"}


@dataclass
class Subject:
    name: str
    type: str  # province / agency / district / ministry / national / region
    province: str | None = None

    @property
    def own_ranked(self) -> bool:
        """A department or district: what a province ranks on its own scale and grades, not the national one."""
        return self.type in OWN_RANKED

    @classmethod
    def of_fact(cls, fact: Fact) -> Subject:
        return cls(fact.subject or "", fact.subject_type or "", fact.province)

    @classmethod
    def of(cls, mention: Mention, default_province: str | None) -> Subject:
        kind = _SUBJECT_TYPES[mention.label]
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
    first_indicator: str | None = None  # a lead may give its figures before the page names their index
    first_year: int | None = None  # … and their year ("topped the PAR Index …; the average index of 2018 …")
    # a page about one sub-index ("Hợp phần quản trị môi trường của Chỉ số PAPI 2023 …"): (index, sub-index)
    topic_component: Namer | None = None
    lang: str = "vi"
    published_year: int | None = None  # a report's counts are this year's when the text names none
    published_month: int | None = None  # where "từ đầu năm đến nay" ends


@dataclass
class Figure:
    """One value read off a figure mention, before it has an index, subject and year."""

    mention: Mention
    value: float | None
    value_tokens: list[int]
    prev: bool = False  # the value is the previous year's ("từ thứ hạng 51")
    value_text: str | None = None


@dataclass
class State:
    """Running context: what earlier sentences were about."""

    paragraph: int = -1
    para_namer: Namer | None = None
    doc_namer: Namer | None = None
    doc_topic: bool = False  # the doc namer was set by a topic opening ("Về Chỉ số PAR Index, …")
    para_subject: Subject | None = None
    para_year: int | None = None
    doc_year: int | None = None
    period: Period | None = None  # the last period phrase of an earlier sentence ("6 tháng đầu năm 2024")
    pair_order: list[Namer] = field(default_factory=list)  # "the PAR index of 93.82% and the SIPAS index of 98.89%"
    facts: list[Fact] = field(default_factory=list)
    para_facts: list[Fact] = field(default_factory=list)
    last_entity: dict[str, Mention] = field(default_factory=dict)  # label → last one named

    def new_paragraph(self, paragraph: int) -> None:
        self.paragraph = paragraph
        self.para_namer = self.para_subject = None
        self.para_year = None
        self.para_facts = []


@dataclass
class Reading:
    """One page being read: its context, the running state, and the text facts point into."""

    page: PageContext
    mapped: MappedText
    text: str
    state: State = field(default_factory=State)

    def default_province(self) -> str | None:
        return self.page.default.province if self.page.default else None

    def subject(self, mention: Mention) -> Subject:
        """The subject a place or agency mention names, with the page's province for a bare agency."""
        return Subject.of(mention, self.default_province())
