"""Every spaCy pattern compiled from the rule files passes spaCy's own validation.

The extractor builds its Matchers without validation (it cost 0.17 s of every
start-up, issue 14): patternlang writes every pattern, so spaCy's schema check
is a check of patternlang on the rule files, and it is made here. The vocabulary
is the one ``spacy.blank("xx")`` makes, built without the pipeline around it.
"""

from __future__ import annotations

import spacy
from spacy.matcher import Matcher

from extractor.mentions import finder
from extractor.tokens import vocab


def test_every_compiled_pattern_passes_spacy_validation() -> None:
    found = finder()
    compiled = [*found.figure_patterns.by_id.values(), *found.entity_patterns.by_id.values()]
    matcher = Matcher(vocab(), validate=True)
    for n, comp in enumerate(compiled):
        matcher.add(f"{comp.id}-{n}", [list(comp.tokens)])  # raises MatchPatternError on a bad pattern
    assert len(matcher) == len(compiled) > 1000


def test_the_vocabulary_reads_words_as_a_blank_pipeline_does() -> None:
    blank = spacy.blank("xx").vocab
    words = ["Lạng", "Sơn", "PAR", "INDEX", "87,11", "23/63", "%", "hòa", "Đắk", "2023", "thứ", "Ba", "TP.", "e-Gov"]
    attributes = ["lower_", "norm_", "is_title", "is_upper", "is_alpha", "is_digit", "is_punct", "like_num", "shape_",
                  "prefix_", "suffix_", "is_stop", "lang_"]
    for word in words:
        ours, theirs = vocab()[word], blank[word]
        assert [getattr(ours, a) for a in attributes] == [getattr(theirs, a) for a in attributes], word
