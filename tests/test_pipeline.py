"""Trouble stays where it is: a number that is no number is skipped, a sentence that fails is dropped alone."""

from __future__ import annotations

import pytest

from extractor import pipeline
from extractor.pipeline import process
from extractor.records import Page
from extractor.tokens import make_doc, number, parse_number
from helpers import one

ARTICLE = ("Năm 2021, chỉ số PAR INDEX của tỉnh Lạng Sơn đạt 87,11%, xếp thứ 23/63 tỉnh, thành phố.\n"
           "Kho lưu trữ của Sở Nội vụ rộng 120 m³, phòng họp 45 m², quy trình ① có 3 bước.\n"
           "Năm 2022, chỉ số SIPAS của tỉnh Lạng Sơn đạt 84,5%.\n")


@pytest.mark.parametrize(("text", "value"), [
    ("1.561", 1561.0), ("87,11", 87.11), ("08", 8.0),
    ("³", None), ("²", None), ("①", None), ("2³", None), ("87,1²", None),
])
def test_numbers_are_parsed_only_when_they_convert(text, value):
    assert parse_number(text) == value


def test_superscript_and_circled_digits_are_tokens_not_numbers():
    doc = make_doc("rộng 120 m³, quy trình ① có 3 bước")
    assert [(t.text, number(t)) for t in doc if number(t) is not None] == [("120", 120.0), ("3", 3.0)]


def test_a_page_with_superscripts_keeps_its_facts():
    result = process(Page("page.txt", ARTICLE.encode("utf-8"), "text"))
    assert result.document.status == "ok" and result.document.warning is None
    assert one(result.facts, indicator="PAR_INDEX", metric="score").value == 87.11
    assert one(result.facts, indicator="SIPAS", metric="score").value == 84.5


class _Fragile(pipeline.FactBuilder):
    """A fact reader that breaks on one sentence (the one about the archive)."""

    def build(self, views):
        if any("Kho lưu trữ" in view.sentence.doc.text for view in views):
            raise RuntimeError("reader broke")
        return super().build(views)


def _fragile_make_doc(text, lang="vi"):
    if "Kho lưu trữ" in text:
        raise RuntimeError("tokeniser broke")
    return make_doc(text, lang)


@pytest.mark.parametrize(("name", "replacement", "message"), [
    ("make_doc", _fragile_make_doc, "tokeniser broke"),
    ("FactBuilder", _Fragile, "reader broke"),
])
def test_a_sentence_that_fails_costs_that_sentence_only(monkeypatch, name, replacement, message):
    monkeypatch.setattr(pipeline, name, replacement)
    result = process(Page("page.txt", ARTICLE.encode("utf-8"), "text"))
    document = result.document
    assert document.status == "ok"
    assert one(result.facts, indicator="PAR_INDEX", metric="score").value == 87.11
    assert one(result.facts, indicator="SIPAS", metric="score").value == 84.5
    start = ARTICLE.index("Kho lưu trữ")
    assert document.warning == f"sentence failed: RuntimeError: {message} (at character {start})"
