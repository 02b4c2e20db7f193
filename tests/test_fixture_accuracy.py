"""Accuracy on articles written in the devset's format but unlike the sample corpus.

They cover what the rules must generalise to: national releases with "lần lượt"
lists, English-language outlets, rankings out of 34 after the 2025 merger, PCI
tiers, PAPI groups, district and agency rankings, counts, targets.
"""

from __future__ import annotations


import pytest

from extractor.cli import _extract_portal_page, _extract_text_page
from extractor.evaluate import evaluate
from conftest import FIXTURES

GOLD = FIXTURES / "gold"


@pytest.mark.parametrize("extract", [_extract_text_page, _extract_portal_page], ids=["text", "portal-html"])
def test_fixture_articles_are_read_right(extract):
    report = evaluate(GOLD, extract)
    assert report.overall["index"].f1 >= 0.95, "\n".join(report.errors)
    assert report.overall["counts"].f1 >= 0.95, "\n".join(report.errors)
    assert report.year_accuracy >= 0.95, "\n".join(report.errors)
    assert report.grounded_share >= 0.9


def test_every_fixture_has_gold_beside_it():
    texts = sorted(p.stem for p in GOLD.glob("*.txt"))
    assert texts and texts == sorted(p.stem for p in GOLD.glob("*.json"))
