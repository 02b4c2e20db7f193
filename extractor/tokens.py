"""Tokens: sentences and syllable tokens in spaCy ``Doc`` objects.

underthesea finds the sentences and the words. Patterns are written as
syllables ("chỉ số cải cách hành chính"), and the same phrase may be grouped
into words differently from one sentence to the next, so each underthesea
word is placed into the ``Doc`` as its syllables (numbers and punctuation
split off: "87,11%" → "87,11" "%"), and the word it came from is kept in
``token._.word`` for rules that care about word boundaries.

underthesea is the slow stage, so only sentences that hold a figure are
word-segmented; the others get the same syllable tokens from a regex, which is
all the context rules (which index, which year) need.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import regex
import spacy
from spacy.tokens import Doc, Token
from underthesea import sent_tokenize, word_tokenize

from . import patterns

_PIECE = regex.compile(r"\d+(?:[.,]\d+)*|\p{L}[\p{L}\p{M}]*|\S")
_PARAGRAPH = regex.compile(r"[^\n]+")
_VIETNAMESE = regex.compile(r"[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")
_LETTER = regex.compile(r"\p{L}")

for _name, _default in (("num", None), ("word", -1)):
    if not Token.has_extension(_name):
        Token.set_extension(_name, default=_default)


@dataclass
class Sentence:
    """A sentence of the normalised text: where it is, its paragraph, its tokens."""

    start: int
    end: int
    paragraph: int
    doc: Doc
    segmented: bool  # True when underthesea word-segmented it


@functools.cache
def vocab() -> spacy.Vocab:
    """One shared spaCy vocabulary (a blank multi-language pipeline: no model download)."""
    return spacy.blank("xx").vocab


def language(text: str) -> str:
    """"vi" or "en": English-language provincial outlets write numbers the English way."""
    letters = len(_LETTER.findall(text[:5000])) or 1
    return "vi" if len(_VIETNAMESE.findall(text[:5000])) / letters > 0.02 else "en"


def parse_number(text: str, lang: str = "vi") -> float | None:
    """'1.561' → 1561, '87,11' → 87.11, '08' → 8; English pages: '1,561' → 1561, '87.11' → 87.11."""
    if not text or not text[0].isdigit():
        return None
    thousands, decimal = (".", ",") if lang == "vi" else (",", ".")
    if decimal in text:
        whole, _, frac = text.rpartition(decimal)
        whole = whole.replace(thousands, "")
        if not whole.isdigit() or not frac.isdigit():
            return None
        return float(f"{whole}.{frac}")
    groups = text.split(thousands)
    if len(groups) > 1 and not all(len(g) == 3 for g in groups[1:]):
        # "87.11" on a Vietnamese page is a decimal written the English way.
        return float(text.replace(thousands, ".")) if len(groups) == 2 else None
    return float("".join(groups))


def unaccented(text: str) -> str:
    """"Địch vụ" → "dich vu": lets multi-syllable phrases match despite a wrong or missing tone mark."""
    return "".join(c for c in unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
                   if not unicodedata.combining(c))


def word_pieces(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Syllable/number/punctuation spans of ``text`` (offsets shifted by ``start``)."""
    for match in _PIECE.finditer(text):
        yield match.start() + start, match.end() + start


def make_doc(text: str, lang: str = "vi", segment: bool = True) -> Doc:
    """A ``Doc`` of syllable tokens for one sentence; ``Doc.text == text``."""
    spans: list[tuple[int, int, int]] = []  # (start, end, word index)
    if segment:
        spans = _segmented_pieces(text)
    if not spans:
        spans = [(a, b, -1) for a, b in word_pieces(text)]
    words = [text[a:b] for a, b, _ in spans]
    spaces = [b < len(text) and text[b] == " " for _, b, _ in spans]
    if spans and text[: spans[0][0]].strip() == "" and spans[0][0] > 0:
        # Leading spaces cannot be represented in a Doc; sentences are stripped before this.
        raise ValueError("sentence text must not start with whitespace")
    doc = Doc(vocab(), words=words, spaces=spaces)
    for token, (_, _, word) in zip(doc, spans):
        token._.word = word
        token.norm_ = unaccented(token.lower_)
        if token.text[0].isdigit():
            token._.num = parse_number(token.text, lang)
    return doc


def _segmented_pieces(text: str) -> list[tuple[int, int, int]]:
    """Align underthesea's words with ``text``; empty if the segmenter changed the text."""
    spans: list[tuple[int, int, int]] = []
    cursor = 0
    for index, word in enumerate(word_tokenize(text)):
        for syllable in word.split():
            found = text.find(syllable, cursor)
            if found < 0 or text[cursor:found].strip():
                return []
            spans.extend((a, b, index) for a, b in word_pieces(syllable, found))
            cursor = found + len(syllable)
    return spans if not text[cursor:].strip() else []


@functools.cache
def _figure_words() -> regex.Pattern:
    words = sorted(patterns.load("numbers")["figure_cues"], key=len, reverse=True)
    return regex.compile(r"\d|\b(?:" + "|".join(regex.escape(w) for w in words) + r")\b", regex.I)


def sentences(text: str, skip: list[tuple[int, int]] | None = None, lang: str = "vi") -> list[Sentence]:
    """Split normalised ``text`` into sentences, skipping the ``skip`` ranges (page chrome)."""
    out: list[Sentence] = []
    for number, para in enumerate(_PARAGRAPH.finditer(text)):
        if skip and any(a <= para.start() < b for a, b in skip):
            continue
        for start, end in _sentence_spans(para.group(0), para.start()):
            sent = text[start:end]
            segment = bool(_figure_words().search(sent))
            out.append(Sentence(start, end, number, make_doc(sent, lang, segment), segment))
    return out


def _sentence_spans(paragraph: str, offset: int) -> Iterator[tuple[int, int]]:
    cursor = 0
    for sent in sent_tokenize(paragraph):
        sent = sent.strip()
        found = paragraph.find(sent, cursor) if sent else -1
        if found < 0:
            continue
        cursor = found + len(sent)
        yield offset + found, offset + cursor
    rest = paragraph[cursor:].strip()
    if rest:
        found = paragraph.find(rest, cursor)
        yield offset + found, offset + found + len(rest)
