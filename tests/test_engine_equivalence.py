"""Issue 14 guard: the pattern engine and the page gate give the facts the per-group Matchers gave.

The reference below is the engine as it was before issue 14 (one spaCy
Matcher per group of pattern lines that need the same words, each run on every
window of a sentence that holds those words anywhere). It lives here only, as the specification of
what the faster engine must return; both run on the current rule files, so a
rule change on either side cannot make the comparison stale. The texts are the
annotated devset (``../shared/devset``, when present) and the blind corpus; the
reference reads every page, as before the page gate (``MentionFinder.may_hold_facts``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import pytest
from spacy.tokens import Doc

from extractor import extract_text, mentions, pipeline
from extractor.matchers import PatternSet
from extractor.patternlang import Compiled
from extractor.tokens import make_doc, sentence_spans

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT.parent / "shared" / "devset").glob("*.txt")) + sorted((ROOT / "tests" / "blind").glob("*/*.txt"))


class ReferencePatternSet(PatternSet):
    """The engine before issue 14: the same groups, each Matcher called on every window of a sentence
    that holds what the group needs anywhere."""

    def __init__(self, compiled: Iterable[tuple[str, Compiled]], phrases: Mapping[str, frozenset[str]]):
        super().__init__(compiled, phrases)
        self.priorities = {comp.id: comp.priority for comp in self.by_id.values()}  # as _resolve_figures made it

    def __call__(self, doc: Doc, windows: Sequence[tuple[int, int]] | None = None
                 ) -> Iterator[tuple[Compiled, int, int, list[int]]]:
        keys = set(doc.to_array(["LOWER", "LEMMA", "ENT_TYPE", "TAG"]).ravel().tolist())
        spans = [doc[a:b] for a, b in windows] if windows is not None else [doc[:]]
        for needs, matcher in zip(self.cores, self.matchers):
            if any(keys.isdisjoint(need) for need in needs):
                continue
            for span in spans:
                for match_id, start, end, alignment in matcher(span, with_alignments=True):  # type: ignore[misc]
                    comp = self.by_id[match_id]
                    start, end = start + span.start, end + span.start
                    if comp.accepts([t.text for t in doc[start:end]], alignment, self.phrases):
                        yield comp, start, end, alignment


@pytest.fixture(scope="module")
def reference() -> mentions.MentionFinder:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(mentions, "PatternSet", ReferencePatternSet)
        return mentions.MentionFinder()


def test_the_corpora_are_there() -> None:
    assert len(TEXTS) >= 100, "the blind corpus is missing"


def test_same_facts_as_the_reference_engine(reference: mentions.MentionFinder, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [path.read_text(encoding="utf-8") for path in TEXTS]
    current = [extract_text(text) for text in texts]
    monkeypatch.setattr(pipeline, "finder", lambda: reference)
    monkeypatch.setattr(reference, "may_hold_facts", lambda text: True)  # nor the page gate
    expected = [extract_text(text) for text in texts]
    differing = [path.name for path, have, want in zip(TEXTS, current, expected) if have != want]
    assert not differing, f"facts differ from the reference engine in {differing}"
    assert sum(map(len, expected)) > 500  # the comparison saw real facts


def test_same_mentions_sentence_by_sentence(reference: mentions.MentionFinder) -> None:
    """Entities and figures (roles included) equal the reference's in every kept sentence, not only the facts."""
    current = mentions.finder()
    for path in TEXTS[:40]:
        text = path.read_text(encoding="utf-8")
        for start, end, _, lang in sentence_spans(text, keep=current.relevant):
            have = current(make_doc(text[start:end], lang))
            want = reference(make_doc(text[start:end], lang))
            assert (have.entities, have.figures) == (want.entities, want.figures), text[start:end]


def test_a_page_without_index_count_or_number_is_not_tokenised(monkeypatch: pytest.MonkeyPatch) -> None:
    news = ("Sáng 12/3, UBND tỉnh Lạng Sơn tổ chức hội nghị triển khai nhiệm vụ năm 2024.\n\n"
            "Đồng chí Chủ tịch UBND tỉnh yêu cầu các sở, ngành tăng cường kỷ luật, kỷ cương hành chính.")
    figures = news + "\n\nChỉ số PAR INDEX năm 2023 của tỉnh đạt 87,11%, xếp thứ 5/63."
    assert not mentions.finder().may_hold_facts(news)
    assert mentions.finder().may_hold_facts(figures)
    assert mentions.finder().may_hold_facts(figures.replace("Chỉ số PAR INDEX", "Số hồ sơ tiếp nhận"))
    assert mentions.finder().may_hold_facts(figures.replace("Chỉ số PAR INDEX", "Chi so PAR INDEX"))
    tokenised = []
    monkeypatch.setattr(pipeline, "make_doc", lambda *args: tokenised.append(args) or make_doc(*args))
    assert extract_text(news) == [] and not tokenised
    assert extract_text(figures) and tokenised
