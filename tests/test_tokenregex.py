"""Issue 14: the order test of ``extractor.tokenregex`` never hides a match spaCy's Matcher would find.

A group's Matcher is called on a window only where the group's expression
finds its patterns' elements in order; the expression may be looser than
spaCy, never stricter. The corpus test holds every pattern group of the rule
files to that on every kept sentence of a quarter of the blind corpus and the
devset (when present; the engine equivalence test reads all of them end to
end), and checks that the test is worth having: it turns away most of the
windows where the Matcher finds nothing (on these sentences, all of them).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.matcher import Matcher

from extractor.mentions import finder
from extractor.tokenregex import compile_any, records
from extractor.tokens import make_doc, sentence_spans, vocab

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "tests" / "blind").glob("*/*.txt")) + sorted((ROOT.parent / "shared" / "devset").glob("*.txt"))


def _finds(patterns: list[list[dict]], text: str) -> tuple[bool, bool]:
    """(the Matcher finds a match, the expression does) for one sentence."""
    doc = make_doc(text)
    matcher = Matcher(vocab())
    matcher.add("p", patterns)
    written, _ = records(doc)
    return bool(matcher(doc)), bool(compile_any((p, ()) for p in patterns).search(written))


@pytest.mark.parametrize("patterns, text, expected", [
    ([[{"LOWER": "xếp"}, {"LOWER": "thứ"}, {"TAG": "NUM"}]], "Tỉnh xếp thứ 5 cả nước", True),
    ([[{"LOWER": "xếp"}, {"LOWER": "thứ"}, {"TAG": "NUM"}]], "Thứ 5, tỉnh xếp hạng", False),  # words there, not in order
    ([[{"LOWER": {"IN": ["tăng", "giảm"]}}, {"TAG": {"IN": ["NUM", "YEAR"]}}, {"LOWER": "bậc"}]], "giảm 3 bậc", True),
    ([[{"LOWER": "đạt", "OP": "?"}, {"TAG": "NUM"}, {"LOWER": "%"}]], "tỷ lệ 97,5% hồ sơ", True),  # optional first
    ([[{"LOWER": "đạt"}, {"OP": "*"}, {"LOWER": "%"}]], "đạt gần như 97,5 %", True),
    ([[{"LOWER": "đạt"}, {"OP": "{0,2}"}, {"LOWER": "%"}]], "đạt gần như là 97,5 %", False),  # 3 tokens between
    ([[{"LOWER": "đạt"}, {"OP": "{0,3}"}, {"LOWER": "%"}]], "đạt gần như là 97,5 %", False),
    ([[{"LOWER": "đạt"}, {"OP": "{0,4}"}, {"LOWER": "%"}]], "đạt gần như là 97,5 %", True),
    ([[{"TAG": "NUM", "OP": "+"}, {"LOWER": "/"}, {"TAG": "NUM"}]], "xếp thứ 23/63", True),
    ([[{"IS_TITLE": True}, {"LOWER": "sơn"}]], "tỉnh Lạng Sơn", True),
    ([[{"IS_TITLE": True}, {"LOWER": "sơn"}]], "tỉnh lạng sơn", False),
    ([[{"LOWER": "tỉnh"}, {"LENGTH": 4}]], "tỉnh Lạng Sơn", True),  # a predicate not translated: any token
    ([[{"LOWER": "x"}], [{"LOWER": "tỉnh"}, {"LOWER": "lạng"}]], "tỉnh Lạng Sơn", True),  # either pattern
])
def test_the_expression_finds_what_the_matcher_finds(patterns: list[list[dict]], text: str, expected: bool) -> None:
    assert _finds(patterns, text) == (expected, expected)


def test_a_predicate_not_translated_only_loosens() -> None:
    """``REGEX`` is not read: the expression takes any token there, so it finds more than spaCy, never less."""
    assert _finds([[{"LOWER": "tỉnh"}, {"TEXT": {"REGEX": "^X"}}]], "tỉnh Lạng Sơn") == (False, True)


def test_no_group_of_the_rule_files_misses_a_match_on_the_corpora() -> None:
    found = finder()
    pattern_sets = [found.figure_patterns, found.entity_patterns]
    missed, rejected, empty = [], 0, 0
    for path in TEXTS[::4]:
        text = path.read_text(encoding="utf-8")
        for start, end, _, lang in sentence_spans(text, keep=found.relevant):
            doc = make_doc(text[start:end], lang)
            found(doc)  # cues and entities set the LEMMA and ENT_TYPE the patterns test
            written, _ = records(doc)
            for patterns in pattern_sets:
                for group, matcher in enumerate(patterns.matchers):
                    matched = bool(matcher(doc, allow_missing=True))
                    ordered = bool(patterns.order(group).search(written))
                    if matched and not ordered:
                        missed.append(f"{path.name}: {doc.text!r}")
                    empty += not matched
                    rejected += not ordered
    assert not missed, "\n".join(missed[:20])
    assert empty > 10_000 and rejected > 0.9 * empty, (rejected, empty)
