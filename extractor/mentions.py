"""Mentions: spans of a sentence that name something or state a figure.

Three kinds, all built from ``patterns/`` at start-up:

* entities — provinces, ministries, agencies (gazetteer phrases, case-sensitive),
  widened by token patterns (prefixes, districts, the nation, years, dates); the
  longest wins and they become ``doc.ents`` so figure patterns can say ``<PROVINCE>``;
* cues — index names, sub-indices, count nouns, qualifiers and small words
  (targets, bounds, comparisons), case-insensitive, all kept;
* figures — metric patterns (``patterns/metrics.yml``) matched with alignments,
  so each token knows its role (value, out_of, unit …).
"""

from __future__ import annotations

import functools
import itertools
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import regex

from spacy.attrs import ENT_TYPE, IDX, TAG
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import patterns, tokens
from .matchers import PatternSet
from .patternlang import NUMBER_TAG, YEAR_TAG, compile_pattern, phrase_sets
from .tokens import figure_word_offsets, make_doc, may_hold_figures, pieces, unaccented, vocab

# Cue labels that figure patterns may refer to as <LABEL>; on a token covered by
# several, the first listed wins.
PATTERN_CUES = ("COUNT_NOUN", "INDICATOR", "APPROX")
# Cue labels a fact is tied to: an index or a sub-index (which index), a count noun (what is counted).
ANCHOR_CUES = ("INDICATOR", "COMPONENT", "COMPONENT_CUE", "COUNT_NOUN")
BARE_DISTRICT = "~"  # key prefix of a district named without "huyện"/"quận"/…, its province yet unknown
FIGURE_LABELS = ("SCORE", "RANK", "RANK_CHANGE", "SCORE_CHANGE", "BAND", "COUNT", "RANK_LIST")



_JOINERS = regex.compile(r"\s*[-–]\s*|,\s*|\s+và\s+")
_JOINED = (" ", " - ", "-", ", ", " và ")
_MAX_JOINS = 2  # more joints would give too many spellings: only their all-space one is added


def joined_variants(name: str) -> set[str]:
    """The spellings of a Vietnamese body's name with its parts joined otherwise: "Sở Lao động - Thương binh và
    Xã hội" is also written "Sở Lao động Thương binh và Xã hội", "Sở Lao động, Thương binh và Xã hội";
    "Sở Tài nguyên và Môi trường" also "Sở Tài nguyên Môi trường", "Sở Tài nguyên - Môi trường".

    English names ("Department of Labour, Invalids and Social Affairs") are kept as written.
    """
    if name.isascii():
        return {name}
    parts = _JOINERS.split(name)
    if len(parts) == 1:
        return {name}
    if len(parts) - 1 > _MAX_JOINS:
        return {name, " ".join(parts)}
    spellings = {name}
    for joints in itertools.product(_JOINED, repeat=len(parts) - 1):
        spellings.add(parts[0] + "".join(j + p for j, p in zip(joints, parts[1:])))
    return spellings


@dataclass(frozen=True)
class Mention:
    """A labelled token span of one sentence ``Doc``."""

    label: str
    start: int
    end: int
    key: str = ""  # canonical name / code / qualifier
    pattern: str = ""
    roles: tuple[str | None, ...] = ()  # for figures: the role of each token
    province: str | None = None  # for agencies and districts: the province named with them

    def tokens(self, role: str) -> list[int]:
        """Token indices (in the sentence) that carry ``role``."""
        return [self.start + i for i, r in enumerate(self.roles) if r == role]

    def has(self, role: str) -> bool:
        return role in self.roles


@dataclass
class Mentions:
    entities: list[Mention] = field(default_factory=list)
    cues: list[Mention] = field(default_factory=list)
    figures: list[Mention] = field(default_factory=list)


class MentionFinder:
    """Compiled matchers for every pattern file; call it on a sentence ``Doc``."""

    def __init__(self) -> None:
        # Place names are case-sensitive ("Hòa Bình" the province, "hòa bình" peace);
        # ministries and agencies are written with varying capitals.
        self.names = PhraseMatcher(vocab(), attr="ORTH")
        self.names_lower = PhraseMatcher(vocab(), attr="LOWER")
        self.cue_matcher = PhraseMatcher(vocab(), attr="LOWER")
        # Multi-syllable cues also match without their tone marks ("địch vụ công", "chi so"):
        # a wrong diacritic should not hide a phrase; single syllables would collide too often.
        self.loose_cues = PhraseMatcher(vocab(), attr="NORM")
        self.keys: dict[int, tuple[str, str]] = {}  # match id → (label, key)
        # unaccented first syllable → the unaccented phrases starting with it, for ``relevant``
        self.index: dict[str, set[tuple[str, ...]]] = {}
        self.anchors: dict[str, set[tuple[str, ...]]] = {}  # the same, for the ANCHOR_CUES phrases only
        words = patterns.load("entities")["words"]
        self.unit_prefixes = {tuple(unaccented(w) for w in prefix.split())
                              for key in ("DISTRICT_PREFIX", "CITY_PREFIX", "COMMUNE_PREFIX") for prefix in words[key]}
        self._add_names()
        self._add_cues()
        self.entity_patterns = self._token_matcher("entities")
        self.figure_patterns = self._token_matcher("metrics")

    # -- building ---------------------------------------------------------
    def _phrase(self, matcher: PhraseMatcher, label: str, key: str, phrases: Iterable[str],
                relevant: bool = True) -> None:
        """``relevant``: a sentence naming the phrase is read even with no figure in it (see ``relevant``)."""
        name = f"{label}\x1f{key}"
        self.keys[vocab().strings.add(name)] = (label, key)
        docs = [make_doc(str(p)) for p in phrases]
        for doc in docs:
            if relevant:
                self.index.setdefault(doc[0].norm_, set()).add(tuple(t.norm_ for t in doc))
            if label in ANCHOR_CUES:
                self.anchors.setdefault(doc[0].norm_, set()).add(tuple(t.norm_ for t in doc))
        matcher.add(name, docs)
        if matcher is self.cue_matcher:
            self.loose_cues.add(name, [d for d in docs if len(d) > 1])

    def _add_names(self) -> None:
        provinces: set[str] = set()
        for entry in patterns.load("gazetteer/provinces"):
            forms = [entry["name"], *entry.get("aliases", [])]
            provinces.update(forms)
            # headlines in capitals: "PAPI NĂM 2022 CỦA TỈNH SƠN LA"
            self._phrase(self.names, "PROVINCE", entry["name"], [*forms, *(f.upper() for f in forms if len(f) > 3)])
        for label, file in (("MINISTRY", "gazetteer/ministries"), ("AGENCY", "gazetteer/agencies")):
            for entry in patterns.load(file):
                forms = [entry["name"], *entry.get("aliases", [])]
                self._phrase(self.names_lower, label, entry["name"], sorted(set().union(*map(joined_variants, forms))))
        for entry in patterns.load("gazetteer/regions"):
            region = entry["name"]
            self._phrase(self.names_lower, "REGION", region, [region, f"vùng {region}", *entry.get("aliases", [])])
        for name in sorted({n for kinds in patterns.load("gazetteer/districts").values() for names in kinds.values()
                            for n in names if not n.isdigit()} - provinces):  # "quận 1" only with its prefix
            # a bare district name: which province's, if any, the page decides (context.place_bare_districts);
            # it makes no sentence worth reading on its own (common names would tokenise much ordinary news)
            self._phrase(self.names, "DISTRICT", BARE_DISTRICT + name, [name], relevant=False)
        for phrase in patterns.load("gazetteer/exclusions"):
            self._phrase(self.names, "OTHER", phrase, [phrase])

    def _add_cues(self) -> None:
        indicators = patterns.load("indicators")
        for code, phrases in indicators["INDICATOR"].items():
            self._phrase(self.cue_matcher, "INDICATOR", code, phrases)
        for name, entry in indicators["COMPONENT"].items():
            self._phrase(self.cue_matcher, "COMPONENT", name, [name, *entry["aliases"]])
        counts = patterns.load("counts")
        for code, phrases in counts["COUNT_NOUN"].items():
            self._phrase(self.cue_matcher, "COUNT_NOUN", code, phrases)
        for qualifier, entry in counts["QUALIFIER"].items():
            self._phrase(self.cue_matcher, "QUALIFIER", qualifier, entry["cues"])
        for label, group in (("SPLIT", counts["SPLIT"]), ("LEVEL", counts["LEVEL"]),
                             ("COMPONENT_CUE", indicators["COMPONENT_CUE"])):
            for key, phrases in group.items():
                self._phrase(self.cue_matcher, label, key, phrases)
        for label, groups in patterns.load("cues").items():
            for key, phrases in groups.items():
                self._phrase(self.cue_matcher, label, key, phrases)

    # -- matching -----------------------------------------------------------
    def _token_matcher(self, name: str) -> PatternSet:
        """Compile ``patterns/<name>.yml``, one Matcher key per expanded pattern."""
        spec = patterns.load(name)
        words = spec.get("words", {})
        compiled = []
        priority = 0
        for label, groups in spec["patterns"].items():
            for group in groups:
                for line in group["patterns"]:
                    priority += 1
                    for n, comp in enumerate(compile_pattern(line, label, group["id"], words, priority)):
                        compiled.append((f"{label}\x1f{group['id']}\x1f{priority}\x1f{n}", comp))
        return PatternSet(compiled, phrase_sets(words))

    def relevant(self, sentence: str) -> bool:
        """Whether a sentence can matter: a number, a figure word, or any phrase of the rule files.

        The rest ("Thời gian tới, tỉnh tiếp tục đẩy mạnh …") is never tokenised: it names
        no index, place or year and states no figure.
        """
        return may_hold_figures(sentence) or _names_any(self.index, sentence) or self._unit_cell(sentence)

    def _unit_cell(self, line: str) -> bool:
        """A short line that opens with a unit's prefix: a table's cell naming a district or commune the
        gazetteer may not know, or knows only bare ("Thành phố Thủ Dầu Một", "Thị trấn Lai Uyên")."""
        if len(line.split()) > _CELL_SYLLABLES:
            return False  # most sentences: no need to look closer
        syllables = [unaccented(piece.lower()) for piece in pieces(line)]
        return len(syllables) <= _CELL_SYLLABLES and any(
            tuple(syllables[: len(prefix)]) == prefix for prefix in self.unit_prefixes)

    def may_hold_facts(self, text: str) -> bool:
        """Whether a page's text can state a fact: a figure (a digit or a figure word) and an index,
        a sub-index or a count noun to tie it to, in any spelling the cue matchers read.

        Every fact needs both, so a page without them (most news) is never split into
        sentences nor tokenised.
        """
        return may_hold_figures(text) and _names_any(self.anchors, text)

    def __call__(self, doc: Doc) -> Mentions:
        found = Mentions()
        found.cues = self._cues(doc)
        found.entities = self._entities(doc)
        windows = _figure_windows(doc)
        if windows:
            found.figures = self._figures(doc, windows)
        return found

    def _cues(self, doc: Doc) -> list[Mention]:
        """Cue mentions, handled as (start, end, key) tuples: a spaCy ``Span`` per phrase match cost more than matching."""
        by_label: dict[str, list[tuple[int, int, str]]] = {}
        for match_id, start, end in set(self.cue_matcher(doc)) | set(self.loose_cues(doc)):
            label, key = self.keys[match_id]
            by_label.setdefault(label, []).append((start, end, key))
        cues = [Mention(label, start, end, key) for label, found in by_label.items()
                for start, end, key in _longest(_merge_same_key(found))]
        # "Chỉ số sẵn sàng cho phát triển và ứng dụng CNTT": a sub-index's name inside an index's full name is
        # part of that name
        names = [c for c in cues if c.label == "INDICATOR"]
        cues = [c for c in cues if c.label != "COMPONENT"
                or not any(n.start <= c.start and c.end <= n.end for n in names)]
        lemmas: dict[int, str] = {}  # figure patterns test these as <LABEL> on LEMMA; the first listed wins
        for label in reversed(PATTERN_CUES):
            lemmas.update((i, label) for cue in cues if cue.label == label for i in range(cue.start, cue.end))
        for i, label in lemmas.items():
            doc[i].lemma_ = label
        return sorted(cues, key=lambda m: (m.start, m.end))

    def _entities(self, doc: Doc) -> list[Mention]:
        names = [Span(doc, s, e, label=self.keys[m][0], kb_id=self.keys[m][1])
                 for m, s, e in [*self.names(doc), *self.names_lower(doc)]]
        doc.ents = filter_spans(names)
        widened = [Span(doc, start, end, label=comp.label, kb_id="@" + comp.id)
                   for comp, start, end, _ in self.entity_patterns(doc)]
        spans = filter_spans(names + widened)
        mentions = [self._entity(doc, span, names) for span in spans]
        doc.ents = [Span(doc, m.start, m.end, label=m.label) for m in mentions]
        return mentions

    @staticmethod
    def _entity(doc: Doc, span: Span, names: list[Span]) -> Mention:
        inner = [n for n in names if span.start <= n.start and n.end <= span.end]
        # "huyện Quảng Ninh" (of Quảng Bình) is named like a province, but is not in it
        province = next((n.kb_id_ for n in inner if n.label_ == "PROVINCE"
                         and not (span.label_ == "DISTRICT" and n.end == span.end)), None)
        label, key = span.label_, span.kb_id_ or None
        pattern = key[1:] if key and key.startswith("@") else ""
        key = None if pattern else key
        if label == "AGENCY" and not key:
            key = next((n.kb_id_ for n in inner if n.label_ == "AGENCY"), span.text)
        if label == "PROVINCE" and not key:
            key = province
            if span[0].lower_ in _city_prefixes() and _province_type(province) == "tỉnh":
                # "thành phố Hà Giang" is the provincial capital, not the province.
                return Mention("DISTRICT", span.start, span.end, span.text, province=province)
        if label == "YEAR":
            number = next((t for t in span if t.tag_ == YEAR_TAG), None)
            value = tokens.number(number) if number is not None else None
            key = str(int(value)) if value is not None else _RELATIVE_YEARS.get(pattern, "")
        if label in ("DISTRICT", "NATIONAL", "OTHER", "DATE") and not key:
            key = span.text
        if label == "DISTRICT" and span[0].lower_ in _UNIT_WORDS and span[0].text[:1].isupper():
            key = key[:1].lower() + key[1:]  # "Huyện Yên Sơn" opening a sentence is "huyện Yên Sơn"
        named = next((n for n in inner if n.kb_id_.startswith(BARE_DISTRICT) and n.end == span.end), None)
        kind = _district_kinds().get(doc[span.start : named.start].text.lower().replace(" ", "")) if named else None
        if label == "DISTRICT" and kind:
            key = f"{kind} {named.text}"  # "TP Vinh", "TP.Vinh", "Thành phố Vinh" are all "thành phố Vinh"
        return Mention(label, span.start, span.end, key or "", pattern, province=province)

    def _figures(self, doc: Doc, windows: list[tuple[int, int]] | None = None) -> list[Mention]:
        found = []
        for compiled, start, end, alignment in self.figure_patterns(doc, windows):
            roles = tuple(compiled.roles[i] for i in alignment)
            found.append(Mention(compiled.label, start, end, "", compiled.id, roles))
        return _resolve_figures(found, self.figure_patterns.priorities)


_CELL_SYLLABLES = 8  # a table cell naming a unit, not a sentence that opens with one


def _names_any(index: dict[str, set[tuple[str, ...]]], text: str) -> bool:
    """Whether ``text`` holds a phrase of ``index`` (first syllable → phrases), tone marks ignored."""
    syllables = [unaccented(piece.lower()) for piece in pieces(text)]
    for i, syllable in enumerate(syllables):
        for phrase in index.get(syllable, ()):
            if tuple(syllables[i : i + len(phrase)]) == phrase:
                return True
    return False


# How far from a number (or a word like "dẫn đầu") a figure pattern can reach: left
# to its verb and subject ("những địa phương có tỷ lệ … đạt 100%"), right to its
# unit, denominator or the subject named after it ("thứ ba là tỉnh Long An").
_REACH_LEFT, _REACH_RIGHT = 20, 12


def _figure_windows(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges around the sentence's numbers (not dates, not bare years) and figure words."""
    strings = doc.vocab.strings
    number, year, date = strings[NUMBER_TAG], strings[YEAR_TAG], strings["DATE"]
    rows = doc.to_array([TAG, ENT_TYPE, IDX]).tolist()
    anchors = [i for i, (tag, entity, _) in enumerate(rows)
               if tag == number and entity != date or tag == year and not entity]
    starts = [at for _, _, at in rows]
    anchors += [bisect_right(starts, at) - 1 for at in figure_word_offsets(doc.text)]
    windows: list[tuple[int, int]] = []
    for i in sorted(anchors):
        a, b = max(0, i - _REACH_LEFT), min(len(doc), i + _REACH_RIGHT)
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(b, windows[-1][1]))
        else:
            windows.append((a, b))
    return windows


def _merge_same_key(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping phrases that name the same thing make one mention ("chỉ số PAR" + "PAR INDEX")."""
    merged: list[tuple[int, int, str]] = []
    for start, end, key in sorted(spans, key=lambda s: (s[0], -s[1])):
        if merged and merged[-1][2] == key and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end), key)
        else:
            merged.append((start, end, key))
    return merged


def _longest(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spacy.util.filter_spans`` for (start, end, key) tuples: the first longest of overlapping spans."""
    kept: list[tuple[int, int, str]] = []
    seen: set[int] = set()
    for span in sorted(spans, key=lambda s: (s[1] - s[0], -s[0]), reverse=True):
        if span[0] not in seen and span[1] - 1 not in seen:
            kept.append(span)
            seen.update(range(span[0], span[1]))
    return sorted(kept, key=lambda s: s[0])


def _resolve_figures(found: list[Mention], priority: Mapping[str, int]) -> list[Mention]:
    """Drop figures inside a BLOCK, then let the longest claim each number (``priority``: by pattern id)."""
    blocks = [m for m in found if m.label == "BLOCK"]
    candidates = [
        m for m in found
        if m.label != "BLOCK" and not any(b.start <= m.start and m.end <= b.end for b in blocks)
    ]
    candidates.sort(key=lambda m: (-(m.end - m.start), priority.get(m.pattern, 0), m.start))
    kept: list[Mention] = []
    for m in candidates:
        if any(k.start <= m.start and m.end <= k.end for k in kept):
            continue
        claimed = {i for k in kept for i, r in enumerate(k.roles, k.start) if r}
        if any(i in claimed for i, r in enumerate(m.roles, m.start) if r in _CLAIMING):
            continue
        kept.append(m)
    return sorted(kept, key=lambda m: m.start)


_CLAIMING = {"value", "prev_value", "first", "band", "out_of", "last", "top"}
# Keys of relative year mentions: an offset from the year the sentence is about.
_RELATIVE_YEARS = {"previous_year": "-1", "this_year": "+0"}


@functools.cache
def _district_kinds() -> dict[str, str]:
    """A district's prefix as written, without spaces ("tp.", "tx", "thànhphố") → its kind ("thành phố")."""
    return {written.replace(" ", ""): kind for kind, forms in patterns.load("entities")["DISTRICT_KINDS"].items()
            for written in forms}


_UNIT_WORDS = frozenset({"huyện", "quận", "thị", "thành", "phường", "xã"})  # "thị xã", "thị trấn", "thành phố"


@functools.cache
def _city_prefixes() -> frozenset[str]:
    return frozenset({"thành", "tp", "t", "city"})


@functools.cache
def _province_type(name: str | None) -> str | None:
    return next((p["type"] for p in patterns.load("gazetteer/provinces") if p["name"] == name), None)


@functools.cache
def finder() -> MentionFinder:
    """The process-wide finder (building it compiles every pattern file once)."""
    return MentionFinder()
