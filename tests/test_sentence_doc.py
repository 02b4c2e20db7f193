"""Issue 14: a sentence ``Doc`` answers ``text`` from the string it keeps, and the answer is spaCy's.

``make_doc`` returns a ``SentenceDoc``, whose ``text`` is stored once instead of
being joined from its tokens on every call; it must equal what spaCy's own
``Doc.text`` joins, whatever the spacing of the sentence. The shortcuts of
issue 14's fourth pass (word classes kept between sentences, letters counted by
table) must answer as the plain computations did.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc

from extractor import tokens
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


@given(st.text(max_size=80))
def test_language_counts_letters_as_the_regexes_do(text: str) -> None:
    """``language`` counts by a code-point table; it must decide as counting with ``_LETTER`` and ``_VIETNAMESE``."""
    letters = len(tokens._LETTER.findall(text[:5000])) or 1
    expected = "vi" if len(tokens._VIETNAMESE.findall(text[:5000])) / letters > 0.02 else "en"
    assert tokens.language(text) == expected


def test_a_number_reads_in_the_language_of_its_sentence_whatever_was_read_before() -> None:
    """Word classes are kept between sentences, but not those of numbers: "1,234.5" is no number in Vietnamese."""
    assert make_doc("đạt 1,234.5 điểm", "vi").user_data["numbers"] == {}
    assert make_doc("đạt 1,234.5 điểm", "en").user_data["numbers"] == {1: 1234.5}
    assert make_doc("đạt 1,234.5 điểm", "vi").user_data["numbers"] == {}


def test_a_name_between_lowercase_words_is_not_sent_to_the_word_segmenter(monkeypatch) -> None:
    """Only a capitalised neighbour can make a name part of a longer name; the slow segmenter is asked then only."""
    from extractor import extract_text

    segmented: list[str] = []
    real = tokens.word_tokenize
    monkeypatch.setattr(tokens, "word_tokenize", lambda text: segmented.append(text) or real(text))
    facts = extract_text("Chỉ số PAPI năm 2023 của tỉnh Hà Nam đạt 44,35 điểm.")
    assert [(f.subject, f.value) for f in facts] == [("Hà Nam", 44.35)] and segmented == []
    facts = extract_text("Năm 2023, theo bà Nguyễn Thị Hà Nam Anh, Chỉ số PAPI của tỉnh Bến Tre xếp thứ 5/63.")
    assert [(f.subject, f.value) for f in facts] == [("Bến Tre", 5.0)]  # a person's name that holds a province's
    assert any("Hà Nam Anh" in text for text in segmented)
