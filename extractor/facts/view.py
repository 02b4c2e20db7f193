"""A sentence as the reading sees it: its mentions, and the clause and segment of each token."""

from __future__ import annotations

from spacy.tokens import Token

from ..mentions import Mention, Mentions
from ..patternlang import SUBJECT_LABELS
from ..tokens import Sentence, number, segment_words, token_texts, word_of

_CLAUSE_BREAK = {";"}
_SEGMENT_BREAK = {";", ",", ":", "(", ")", "-"}
# "… 90,30% (2021) xuống 82,18%", "… với 67,18 điểm trong năm 2022"
_YEAR_JOINERS = {"của", "vào", "trong", "in", "of", "năm", "(", "%"}
_IN_REGION = {"in", "the", "ở", "tại"}  # a place said to lie in a region: "Dak Nong in the Central Highlands"
_UNITS = {"điểm", "points"}  # a value's unit may stand between it and its year, outside brackets
_BASELINE_FILLERS = {"kết", "quả", "cùng", "kỳ", "the", "results", "result", "that", "of"}  # "so với kết quả năm 2019"
_SEGMENT_REACH = 4  # syllables either side of a name that the segmenter sees
_TAIL = 5  # tokens after a rank's denominator that describe the field, not a subject
_PREV_REACH = 8  # tokens after a previous position that may still date it ("… thứ 10 trong Bảng xếp hạng PCI 2022")
_MOVE_FROM, _MOVE_TO = {"từ", "from"}, {"lên", "xuống"}  # "từ nhóm … (năm 2015) lên nhóm …"
_MOVE_UNTIL = {"đến", "tới", "to", "until"}
_MOVE_REACH = 25  # tokens a move's starting point may take
_LOCATIVE = {"in", "of", "trong", "thuộc", "của", "tại", "khu", "vùng"}


def _capitalised(token: Token) -> bool:
    return token.is_title or token.is_upper


class SentenceView:
    """A sentence with its mentions and the clause / segment of each token."""

    def __init__(self, sentence: Sentence, mentions: Mentions):
        self.sentence, self.m, self.doc = sentence, mentions, sentence.doc
        self.clause, self.segment, self.bracket = [], [], []
        clause = segment = brackets = 0
        inside: int | None = None
        texts = token_texts(self.doc)  # plain strings: a spaCy Token per token cost more than the walk itself
        glosses = self._glosses(texts)
        for i, text in enumerate(texts):
            if text == "(":
                brackets += 1
                inside = brackets
            self.clause.append(clause)
            self.segment.append(segment)
            self.bracket.append(inside or 0)
            clause += text in _CLAUSE_BREAK
            segment += text in _SEGMENT_BREAK and i not in glosses
            if text == ")":
                inside = None
        self.tails = self._tails()
        self.consumed_years = [y for f in mentions.figures
                               if (y := self.year_after(f.tokens("value") or f.tokens("prev_value"))) is not None]
        self.earlier_years = self._earlier_years()
        self._lower = [text.lower() for text in texts]
        self._moves = self._move_starts()
        self.moved_from = [y for _, years in self._moves for y in years]

    @staticmethod
    def _glosses(texts: list[str]) -> set[int]:
        """The brackets of an abbreviation glossing the word before ("25 thủ tục hành chính (TTHC) cắt giảm thời
        gian"): they do not break the segment."""
        return {i for at, text in enumerate(texts[:-2]) if text == "(" and texts[at + 2] == ")"
                and (word := texts[at + 1]).isupper() and word.isalpha() and len(word) > 1
                for i in (at, at + 2)}

    def coordinated_years(self, year: int | None, before: int) -> list[int]:
        """["2021", "2022"] when ``year`` closes a list "năm 2021 và năm 2022" just before token ``before``."""
        listed = [y for y in self.year_mentions() if y.end <= before]
        if not listed or self.year_of(listed[-1]) != year:
            return []
        chain = [listed[-1]]
        for prev in reversed(listed[:-1]):
            if all(t.lower_ in (",", "và", "and") for t in self.doc[prev.end : chain[0].start]):
                chain.insert(0, prev)
            else:
                break
        if len(chain) < 2 or self._counted_years(chain[0]):
            return []  # "trong 2 năm 2022 và 2023": one span of years, not two results
        return [year for y in chain if (year := self.year_of(y)) is not None]

    def _counted_years(self, first: Mention) -> bool:
        """Years introduced by how many they are ("2 năm 2022 và 2023", "two years 2022 and 2023")."""
        noun = first.start if self.doc[first.start].lower_ == "năm" else first.start - 1  # "năm 2022" or "2022"
        if noun < 1 or self.doc[noun].lower_ not in ("năm", "years"):
            return False
        count = self.doc[noun - 1]
        return number(count) is not None or count.lower_ in ("hai", "ba", "two", "three")

    def over_years(self, before: int) -> bool:
        """A figure said of a span of years written before token ``before`` ("Chỉ tính trong 2 năm 2022 và 2023,
        tỉnh đã tăng 47 bậc"): a change over the span is no one year's."""
        listed = [y for y in self.year_mentions() if y.end <= before]
        return any(self._counted_years(y) and all(t.lower_ in (",", "và", "and", "năm") for t in self.doc[y.end : z.start])
                   for y, z in zip(listed, listed[1:]))

    def year_after(self, value_tokens: list[int]) -> Mention | None:
        """A year written right after a value, joined only by "của"/"năm"/"in" ("vị trí số 58 năm 2017")."""
        if not value_tokens:
            return None
        last = value_tokens[-1]
        for year in self.m.entities:
            if year.label == "YEAR" and year.start > last and not self.is_baseline(year):
                gap = list(self.doc[last + 1 : year.start])
                if len(gap) >= 3 and gap[0].lower_ in ("với", "with") and number(gap[1]) is not None:
                    gap = gap[2:]  # "vị trí thứ 18 với 67,18 điểm trong năm 2022": the score between shares it
                if gap and gap[0].lower_ in _UNITS and all(t.text != "(" for t in gap):
                    gap = gap[1:]
                opens = any(t.text == "(" for t in gap)
                closes = year.end < len(self.doc) and self.doc[year.end].text == ")"
                if all(t.lower_ in _YEAR_JOINERS for t in gap) and len(gap) <= 2 and (closes or not opens):
                    return year  # "90,30% (2021)", not "80,25% (năm 2022 đạt 76,56 điểm)": that bracket's own
        return None

    def _earlier_years(self) -> list[Mention]:
        """Years that date a previous position: the sentence's other figures are not of that year."""
        return [y for fig in self.m.figures for y in self.dating_previous(fig)]

    def move_years(self, at: int) -> list[Mention]:
        """The years of the starting points of the moves that end before token ``at``."""
        return [y for to, years in self._moves if to < at for y in years]

    def _move_starts(self) -> list[tuple[int, list[Mention]]]:
        """Each move's "lên" / "xuống" and the years of its starting point ("đưa tỉnh từ nhóm 16 tỉnh, thành xếp
        hạng thấp nhất trong các năm 2013, 2014, 2015 lên nhóm 15 tỉnh … trung bình thấp"): what follows "lên" is
        the new result, not theirs."""
        texts, moves = self._lower, []
        for to in (i for i, text in enumerate(texts) if text in _MOVE_TO):
            start = next((i for i in range(to - 1, max(-1, to - _MOVE_REACH), -1) if texts[i] in _MOVE_FROM), None)
            # "từ 45 đến 23, đến năm 2020, tỉnh ta vươn lên …": a span closed by "đến" is no starting point
            if start is not None and not any(t in _MOVE_UNTIL for t in texts[start + 1 : to]):
                moves.append((to, [y for y in self.year_mentions()
                                   if start < y.start < to and self.clause[y.start] == self.clause[to]]))
        return moves

    def syllables(self, start: int, end: int) -> list[str]:
        """The lowercase syllables of tokens ``start`` to ``end``, without making a spaCy ``Token`` each."""
        return [w for text in self._lower[max(0, start) : end] for w in text.split()]

    def dating_previous(self, figure: Mention) -> list[Mention]:
        """The years written between a previous position and the new one, or just after it ("từ vị trí 19 năm
        2022 lên vị trí thứ 8 năm nay", "từ vị trí thứ 10 trong Bảng xếp hạng PCI 2022")."""
        prev = figure.tokens("prev_value")
        if not prev:
            return []
        later = [i for i in figure.tokens("value") if i > prev[-1]]
        end = min([*later, prev[-1] + 1 + _PREV_REACH, len(self.doc)])
        return [y for y in self.year_mentions()
                if prev[-1] < y.start < end and self.segment[y.start] == self.segment[prev[-1]]]

    def _tails(self) -> set[int]:
        """Tokens just after a rank's denominator ("23/63 tỉnh, thành phố"), and the region that field is
        in ("5th out of 11 provinces and cities in the Red River Delta")."""
        tails: set[int] = set()
        # the next item of a list of places is no field: "xã Quảng Thái vị thứ 4/141, xã Quảng Thọ vị thứ 5/141"
        named = {e.start for e in self.m.entities if e.label in SUBJECT_LABELS and e.label != "REGION"}
        for fig in self.m.figures:  # a score's scale ("47,8763/80 điểm và Cao Bằng …") names no field
            for i in (fig.tokens("out_of") if fig.label == "RANK" else []):
                end = min(i + 1 + _TAIL, len(self.doc))
                end = next((j for j in range(i + 1, end) if self.doc[j].text in (",", ";") and j + 1 in named), end)
                tails.update(range(i + 1, end))
                for region in (e for e in self.m.entities if e.label == "REGION" and i < e.start <= i + 2 * _TAIL):
                    if self.doc[region.start - 1].lower_ in _LOCATIVE or self.doc[region.start - 2].lower_ in _LOCATIVE:
                        tails.update(range(region.start, region.end))
        return tails

    def inside_word(self, mention: Mention) -> bool:
        """True when underthesea put the mention inside a longer word on both sides: not a name here.

        Only a few syllables around the name are segmented, and only when a neighbour is capitalised: a
        capitalised name can only lie inside a longer name ("Trường Đại học Cần Thơ"), and a segmenter
        that joins it with lowercase words on both sides ("while Lai Châu and") has misread the text.
        """
        doc = self.doc
        if mention.start == 0 or mention.end >= len(doc):
            return False
        if doc[mention.start : mention.end].text.isascii():
            return False  # "Binh Duong Province": an English text's name, which the Vietnamese segmenter misreads
        before, first, last, after = doc[mention.start - 1], doc[mention.start], doc[mention.end - 1], doc[mention.end]
        if not (before.is_alpha and after.is_alpha):
            return False
        if _capitalised(last) and not (_capitalised(before) or _capitalised(after)):
            return False
        if word_of(first) == -1:
            segment_words(doc, max(0, mention.start - _SEGMENT_REACH), mention.end + _SEGMENT_REACH)
        return word_of(first) != -1 and word_of(before) == word_of(first) and word_of(after) == word_of(last)

    def same_bracket(self, a: int, b: int) -> bool:
        """Both tokens outside brackets, or inside the same "( … )"."""
        return self.bracket[a] == self.bracket[min(b, len(self.doc) - 1)]

    def same_clause(self, a: int, b: int) -> bool:
        return self.clause[a] == self.clause[min(b, len(self.doc) - 1)]

    def joined(self, mentions: list[Mention]) -> bool:
        """Several mentions with different keys, named together ("PCI và PGI", "PAR INDEX … và … SIPAS")."""
        return len({m.key for m in mentions}) > 1 and any(t.lower_ in ("và", "and") for t in
                                                          self.doc[mentions[0].end : mentions[-1].start])

    def cues(self, *labels: str) -> list[Mention]:
        return [c for c in self.m.cues if c.label in labels]

    def cues_before(self, mention: Mention, *labels: str) -> list[Mention]:
        """Cues of ``labels`` in the mention's clause that end before it starts."""
        return [c for c in self.cues(*labels) if c.end <= mention.start and self.same_clause(c.start, mention.start)]

    def years(self, lasting: bool = False) -> list[int]:
        """The sentence's absolute years, baselines ("so với năm 2020"), a previous position's and a move's
        starting point's ("từ thứ hạng 9/19 năm 2016 xuống thứ 17/19") left out.

        ``lasting``: only those that go on dating later sentences, not one inside a bracket that states figures
        of its own ("(năm 2022 đạt 78,39%, xếp thứ 42/63)", "(đứng thứ 50 vào năm 2019)"), an aside about then.
        """
        return [self.year_of(y) or 0 for y in self.year_mentions()
                if not self.is_baseline(y) and y not in self.earlier_years and y not in self.moved_from
                and not (lasting and self.in_figures_bracket(y))]

    def in_figures_bracket(self, mention: Mention) -> bool:
        bracket = self.bracket[mention.start]
        return bool(bracket) and any(self.bracket[f.start] == bracket for f in self.m.figures)

    def year_mentions(self) -> list[Mention]:
        """The sentence's written years ("2022", "năm 2022"), not the relative ones ("năm nay", "last year")."""
        return [y for y in self.m.entities if y.label == "YEAR" and self.year_of(y)]

    def year_of(self, mention: Mention) -> int | None:
        return int(mention.key) if mention.key and mention.key.isdigit() else None

    def is_baseline(self, mention: Mention, kind: str | None = None) -> bool:
        """A year after "so với" (kind "compare") or "từ" ("since") is not the figure's year."""
        return any(c.end <= mention.start and kind in (None, c.key) and self._joins(c.end, mention.start)
                   for c in self.cues("COMPARE"))

    def _joins(self, start: int, end: int) -> bool:
        """A cue reaches a year one token on, or over fillers only ("so với kết quả năm 2019")."""
        gap = self.doc[start:end]
        return len(gap) <= 1 or len(gap) <= 3 and all(t.lower_ in _BASELINE_FILLERS for t in gap)

    def opens_topic(self, namer: Mention) -> bool:
        """The sentence opens by turning to this index: "Về Chỉ số PAR Index, …", "Đối với chỉ số PAPI, …"."""
        return any(c.start == 0 and namer.start - c.end <= 2 for c in self.cues("TOPIC"))

    def is_locator(self, entity: Mention) -> bool:
        """A place in brackets right after another, saying where that one is: "Xã Tràng Đà (TP Tuyên Quang)";
        a district after a commune and a comma: "phường Chánh Nghĩa, TP.Thủ Dầu Một đạt 90,25%"; a region a
        place is said to lie in: "một tỉnh thuộc vùng Đồng bằng sông Cửu Long"."""
        doc = self.doc
        if entity.label == "REGION" and any(t.lower_ == "thuộc" for t in doc[max(0, entity.start - 3) : entity.start]):
            return True  # "Đồng Tháp, một tỉnh thuộc vùng Đồng bằng sông Cửu Long, … đạt 70,19 điểm"
        if entity.start < 2:
            return False
        if entity.label == "REGION" and any(  # "Dak Nong in the Central Highlands (63 pts)", "Bình Dương ở miền Đông"
                e.label in SUBJECT_LABELS and 0 < entity.start - e.end <= 2
                and all(t.lower_ in _IN_REGION for t in doc[e.end : entity.start]) for e in self.m.entities):
            return True
        before = next((e for e in self.m.entities if e.end == entity.start - 1), None)
        if before is None or before.label not in SUBJECT_LABELS:
            return False
        if doc[entity.start - 1].text == ",":
            return entity.label == "DISTRICT" and before.pattern == "commune"
        return doc[entity.start - 1].text == "(" and entity.end < len(doc) and doc[entity.end].text == ")"

    def is_agent(self, entity: Mention) -> bool:
        """A body right after the "được" / "do" / "released by" of a passive: who assessed, not who was assessed
        ("tỉnh được Bộ TT&TT đánh giá đạt 507,72 điểm", "the rankings released by the Ministry of …")."""
        return any(c.key == "agent" and c.end <= entity.start
                   and all(t.lower_ == "the" for t in self.doc[c.end : entity.start]) for c in self.cues("OBJECT"))

    def is_object(self, entity: Mention) -> bool:
        """A place after "như", "vượt qua", "so với" … (or in the list such a word opens), or a passive's agent."""
        if self.is_agent(entity):
            return True
        for cue in self.cues("OBJECT"):
            if cue.key != "agent" and cue.end <= entity.start:
                between = self.doc[cue.end : entity.start]
                if all(t.ent_type_ not in ("", "YEAR", "DATE") or t.text in (",", "và", "and") for t in between):
                    return True
        return False
