"""Normalisation: one spelling per character, and spans that still point home."""

from __future__ import annotations

import unicodedata

import pytest

from extractor.normalize import normalize


@pytest.mark.parametrize("raw, clean", [
    ("Thanh Hoá", "Thanh Hóa"),
    ("Khánh Hoà", "Khánh Hòa"),
    ("thuỷ", "thủy"),
    ("quý", "quý"),  # "qu" is a consonant: already the new placement
    ("hoàn thành", "hoàn thành"),  # closed syllable: both placements agree
    ("87,11\u00a0%", "87,11 %"),
    ("a\u200bb", "ab"),
    ("Bà Rịa \u2013 Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("một  hai\t ba", "một hai ba"),
])
def test_normalised_spelling(raw, clean):
    assert normalize(raw).text == clean


def test_nfd_input_is_composed_and_spans_map_back():
    raw = "Tỉnh " + unicodedata.normalize("NFD", "Lạng Sơn đạt 87,11%")
    mapped = normalize(raw)
    assert mapped.text == "Tỉnh Lạng Sơn đạt 87,11%"
    start = mapped.text.index("Lạng Sơn")
    a, b = mapped.original_span(start, start + len("Lạng Sơn"))
    assert unicodedata.normalize("NFC", raw[a:b]) == "Lạng Sơn"
    start = mapped.text.index("87,11")
    assert raw[slice(*mapped.original_span(start, start + 5))] == "87,11"


def test_blank_lines_collapse_but_paragraphs_survive():
    assert normalize("a\r\n\r\n\r\n\r\nb\nc").text == "a\n\nb\nc"
