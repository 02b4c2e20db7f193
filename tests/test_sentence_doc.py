"""Issue 14: a sentence ``Doc`` answers ``text`` from the string it keeps, and the answer is spaCy's.

``make_doc`` returns a ``SentenceDoc``, whose ``text`` is stored once instead of
being joined from its tokens on every call; it must equal what spaCy's own
``Doc.text`` joins, whatever the spacing of the sentence.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc

from extractor.tokens import make_doc

SPACY_TEXT = Doc.text.__get__  # the join spaCy's Doc makes


@given(st.lists(st.sampled_from(list("aăđ Ơ1,.%/\n\t-") + ["  ", "87,11", "Lạng Sơn"]), max_size=30)
       .map(lambda parts: "".join(parts).lstrip()))
def test_text_is_what_spacy_joins(text: str) -> None:
    doc = make_doc(text)
    assert doc.text == SPACY_TEXT(doc)


def test_a_normalised_sentence_is_its_own_text() -> None:
    sentence = "Năm 2021, chỉ số PAR INDEX của tỉnh Lạng Sơn đạt 87,11%, xếp thứ 23/63 tỉnh, thành phố."
    assert make_doc(sentence).text == sentence
