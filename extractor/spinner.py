"""A synonym spinner, to test and score extraction on spun pages.

It imitates the content farms of issue 4 (see the seed ``corpus/000_…``):
phrases swapped for near-synonyms, names given a doubled prefix, "tỉnh, thành
phố" turned into "tỉnh, TP. Hồ Chí Minh", lone digits inside numerals written
as words. Its dictionary (``spinner.yml``) is kept apart from the de-spinning
lexicon and holds substitutions the de-spinner does not know. Deterministic:
the same text, seed and rate give the same copy.
"""

from __future__ import annotations

import functools
import random
from pathlib import Path

import regex
import yaml

from . import patterns

_DICTIONARY = Path(__file__).with_name("spinner.yml")
_BOUND_BEFORE = r"(?<![\p{L}\p{M}\d])"
_BOUND_AFTER = r"(?![\p{L}\p{M}])"
_NUMERAL = regex.compile(r"(?<![\d.,])\d+(?:[.,]\d+)+(?![\d])")


def spin(text: str, seed: int = 0, rate: float = 0.6) -> str:
    """A spun copy of ``text``: each candidate substitution is made with probability ``rate``."""
    rng = random.Random(seed)
    words = _dictionary()

    def maybe(new: str, old: str) -> str:
        return new if rng.random() < rate else old

    text = _provinces().sub(lambda m: maybe(f"{words['province_prefix']} {m.group(0)}", m.group(0)), text)
    text = _city().sub(lambda m: maybe(words["city_artefact"], m.group(0)), text)
    text = _families().sub(lambda m: maybe(_variant(m.group(0), rng), m.group(0)), text)
    return _NUMERAL.sub(lambda m: _spin_numeral(m.group(0), rng, rate), text)


def _variant(phrase: str, rng: random.Random) -> str:
    new = rng.choice(_dictionary()["families"][phrase.lower()])
    return new[0].upper() + new[1:] if phrase[0].isupper() else new


def _spin_numeral(numeral: str, rng: random.Random, rate: float) -> str:
    """"3,1" → "3,một", "1.600" → "một.600": a single-digit group may become its word."""
    digit_words = _dictionary()["digit_words"]
    parts = regex.split(r"([.,])", numeral)
    return "".join(digit_words[int(p)] if len(p) == 1 and p.isdigit() and rng.random() < rate else p
                   for p in parts)


@functools.cache
def _dictionary() -> dict:
    with _DICTIONARY.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@functools.cache
def _families() -> regex.Pattern:
    phrases = sorted(_dictionary()["families"], key=len, reverse=True)
    return regex.compile(f"{_BOUND_BEFORE}(?:{'|'.join(map(regex.escape, phrases))}){_BOUND_AFTER}", regex.I)


@functools.cache
def _province_names() -> str:
    names = sorted((p["name"] for p in patterns.load("gazetteer/provinces")), key=len, reverse=True)
    return "|".join(map(regex.escape, names))


@functools.cache
def _provinces() -> regex.Pattern:
    return regex.compile(f"{_BOUND_BEFORE}(?:{_province_names()}){_BOUND_AFTER}")


@functools.cache
def _city() -> regex.Pattern:
    """"thành phố" in "tỉnh, thành phố" and before a province name."""
    return regex.compile(f"(?<=tỉnh, )thành phố{_BOUND_AFTER}|(?i:thành phố)(?= (?:{_province_names()}){_BOUND_AFTER})")
