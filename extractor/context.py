"""Page context: which province (or agency) a page is about, and what its title says.

"tỉnh ta", "của tỉnh" and figures with no named subject belong to the page's
own province. It is the province named most (the title counts triple), or the
one in the site's domain name ("baolangson.vn") or the article's path
("…/papi-nam-2022-cua-tinh-son-la"); a page whose title is about
an agency ("… của Văn phòng UBND tỉnh Lạng Sơn") is about that agency.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import replace
from urllib.parse import urlsplit

import regex

from . import patterns
from .facts import NAMERS, Namer, PageContext, SentenceView, Subject, namer_key
from .facts.output import units_2025
from .mentions import BARE_DISTRICT, Mention
from .tokens import paragraphs

_TITLE_WEIGHT = 3
_DOMAIN_WEIGHT = 5
_PATH_WEIGHT = 2
_WORD = regex.compile(r"\p{L}{2,}")
_SENTENCE_END = ".!?\"”)"


def title_paragraph(text: str, skip: list[tuple[int, int]] | None = None) -> int | None:
    """The line that serves as the title: the first of the first three that is short, with real words.

    A page that opens with a paragraph of prose (long, ending a sentence) has no title line: the short line
    after it is a photo caption, and the lead above it is the article's, not page chrome.
    """
    for n, (number, start, end) in enumerate(paragraphs(text, skip)):
        line = text[start:end].strip()
        if 15 <= len(line) <= 250 and len(_WORD.findall(line)) >= 5:
            return number
        if len(line) > 250 and line[-1] in _SENTENCE_END:
            return None
        if n >= 2:
            break
    return None


def page_context(views: list[SentenceView], text: str, url: str | None, lang: str,
                 title: int | None, published: str | None = None) -> PageContext:
    """The page's subject, the index and year its title (paragraph ``title``) names, its publication year."""
    weights: Counter[str] = Counter()
    agency = None
    for view in views:
        weight = _TITLE_WEIGHT if view.sentence.paragraph == title else 1
        for entity in view.m.entities:
            if entity.label == "PROVINCE" and not view.is_object(entity) and entity.start not in view.tails:
                weights[entity.key] += weight
            elif entity.label in ("DISTRICT", "AGENCY") and entity.province:
                weights[entity.province] += 1
            if entity.label == "AGENCY" and view.sentence.paragraph == title and agency is None \
                    and not _hosts_for_province(view, entity):
                agency = entity
    for name in _provinces_in_domain(url):
        weights[name] += _DOMAIN_WEIGHT
    for name in _provinces_in_path(url):
        weights[name] += _PATH_WEIGHT
    default = None
    if weights:
        ranked = weights.most_common(2)
        top, weight = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if (weight >= 2 or len(weights) == 1) and weight > runner_up:
            default = Subject(top, "province", top)
    if agency is not None:
        default = Subject.of(agency, default.province if default else None)
    dated = regex.match(r"((?:19|20)\d\d)(?:-(\d\d))?", published or "")
    first = next((c.key for view in views for c in view.cues("INDICATOR")), None)
    first_year = next((year for view in views for year in view.years()), None)
    ctx = PageContext(default=default, lang=lang, title_paragraph=title, first_indicator=first,
                      first_year=first_year, published_year=int(dated.group(1)) if dated else None,
                      published_month=int(dated.group(2)) if dated and dated.group(2) else None)
    place_bare_districts(views, default.province if default else None)
    ctx.topic_component = _topic_component(views)
    if title is not None:
        for view in (v for v in views if v.sentence.paragraph == title):
            namers = view.cues(*NAMERS)
            if namers and ctx.title_indicator is None:
                ctx.title_indicator = namer_key(namers[0])[0]
            years = view.years()
            if years and ctx.title_year is None:
                ctx.title_year = years[0]
    return ctx


def _hosts_for_province(view: SentenceView, agency: Mention) -> bool:
    """"The Provincial People's Committee Office held a conference … in the province": the body hosts a review of
    the whole province's work, whose figures are the province's ("Sở LĐ-TB&XH tổ chức hội nghị đánh giá chỉ số
    CCHC" reviews its own)."""
    hosted = [c for c in view.cues("HOST") if 0 <= c.start - agency.end <= 1]
    return bool(hosted) and any(c.start > hosted[0].end for c in view.cues("DEFAULT"))


def _provinces_in_domain(url: str | None) -> list[str]:
    """Provinces whose slug is in the host name ("baobariavungtau.com.vn" → Bà Rịa - Vũng Tàu)."""
    if not url:
        return []
    host = (urlsplit(url).hostname or "").replace("-", "")
    return [name for slug, name in _slugs() if slug in host]


def _provinces_in_path(url: str | None) -> list[str]:
    """Provinces named in the URL's path ("/papi-nam-2022-cua-tinh-son-la-25386" → Sơn La), whole words only."""
    if not url:
        return []
    words = regex.findall(r"[a-z]+", (urlsplit(url).path or "").lower())
    joined = {"".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)}
    return [name for slug, name in _slugs() if slug in joined]


@functools.cache
def _slugs() -> tuple[tuple[str, str], ...]:
    entries = [(p["slug"], p["name"]) for p in patterns.load("gazetteer/provinces")]
    # longest first so "hagiang" is not also read as part of another slug
    return tuple(sorted(entries, key=lambda e: -len(e[0])))


def place_bare_districts(views: list[SentenceView], province: str | None) -> None:
    """A district named bare ("Quế Sơn, Tam Kỳ, Núi Thành" in a ranking of a province's districts) is one of
    the page's province; on any other page the name is nobody (it recurs across provinces, or names a person
    or a street), so the mention is dropped."""
    for view in views:
        kept = []
        for entity in view.m.entities:
            if entity.label == "DISTRICT" and entity.key.startswith(BARE_DISTRICT):
                found = _district_of(entity.key[len(BARE_DISTRICT):], province)
                if found is None:
                    continue
                entity = replace(entity, key=found, province=province)
            kept.append(entity)
        view.m.entities[:] = kept


def _district_of(name: str, province: str | None) -> str | None:
    """"huyện Quế Sơn" when ``province`` (or the 2025 unit it joined) has a district called ``name``."""
    kind = _districts_by_province().get(province or "", {}).get(name)
    return f"{kind} {name}" if kind else None


@functools.cache
def _districts_by_province() -> dict[str, dict[str, str]]:
    """Province, and 2025 unit, → its districts' names → their kind ("Quế Sơn" → "huyện"); a unit's first
    member listed wins a name two of its members share."""
    index: dict[str, dict[str, str]] = {}
    for member, kinds in patterns.load("gazetteer/districts").items():
        for place in (member, units_2025().get(member)):
            if place is None:
                continue
            for kind, names in kinds.items():
                for name in names:
                    index.setdefault(place, {}).setdefault(name, kind)
    return index


def _topic_component(views: list[SentenceView]) -> Namer | None:
    """The sub-index a page is about when the first sentence that names anything opens on it, as a part of its
    index: "Hợp phần quản trị môi trường của Chỉ số PAPI 2023 …", "Chỉ số quản trị môi trường trong Báo cáo PAPI
    2020 …". Figures that name no index of their own are then that sub-index's."""
    view = next((v for v in views if v.cues(*NAMERS)), None)
    if view is None:
        return None
    first, *rest = view.cues(*NAMERS)
    owner = next((n for n in rest if n.label == "INDICATOR"), None)
    if first.label != "COMPONENT" or owner is None or owner.start - first.end > _TOPIC_REACH:
        return None
    indicator, component = namer_key(first)
    linked = any(t.lower_ in _PART_OF for t in view.doc[first.end : owner.start])
    return (indicator, component) if linked and indicator == owner.key else None


_PART_OF = {"của", "trong", "thuộc", "of", "in"}
_TOPIC_REACH = 8  # tokens between the sub-index and the index it is part of ("trong Báo cáo Chỉ số …")
