"""Tokens: sentences and syllable tokens in spaCy ``Doc`` objects.

underthesea finds the sentences and the words. Patterns are written as
syllables ("chỉ số cải cách hành chính"), and the same phrase may be grouped
into words differently from one sentence to the next, so the ``Doc`` holds
syllables (numbers and punctuation split off: "87,11%" → "87,11" "%") and the
underthesea word each belongs to is kept in ``token._.word``.

underthesea's word segmenter is the slow stage, so only sentences that state
a figure are segmented (``segment_words``); the others only need syllables for
the context rules (which index, which year).
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
from .patternlang import NUMBER_TAG, OTHER_TAG, YEAR_TAG

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


def _is_year(text: str, value: float) -> bool:
    return len(text) == 4 and 1990 <= value <= 2040


def unaccented(text: str) -> str:
    """"Địch vụ" → "dich vu": lets multi-syllable phrases match despite a wrong or missing tone mark."""
    return "".join(c for c in unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
                   if not unicodedata.combining(c))


def word_pieces(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Syllable/number/punctuation spans of ``text`` (offsets shifted by ``start``)."""
    for match in _PIECE.finditer(text):
        yield match.start() + start, match.end() + start


def make_doc(text: str, lang: str = "vi") -> Doc:
    """A ``Doc`` of syllable tokens for one sentence; ``Doc.text == text``."""
    spans = list(word_pieces(text))
    if spans and spans[0][0] > 0:
        # Leading spaces cannot be represented in a Doc; sentences are stripped before this.
        raise ValueError("sentence text must not start with whitespace")
    words = [text[a:b] for a, b in spans]
    spaces = [b < len(text) and text[b] == " " for _, b in spans]
    doc = Doc(vocab(), words=words, spaces=spaces)
    for token in doc:
        token.norm_ = unaccented(token.lower_)
        # TAG and LEMMA carry token classes for the Matcher (see patternlang); spaCy
        # refuses to match on them unless every token has a value.
        token.tag_, token.lemma_ = OTHER_TAG, token.lower_
        if token.text[0].isdigit():
            token._.num = parse_number(token.text, lang)
            if token._.num is not None:
                token.tag_ = YEAR_TAG if _is_year(token.text, token._.num) else NUMBER_TAG
    return doc


def segment_words(doc: Doc) -> None:
    """Set ``token._.word`` to the index of the underthesea word each syllable belongs to.

    Only sentences that state a figure are segmented (the segmenter is the slow
    stage); the facts stage uses the words to refuse a name match that lies
    inside a longer word. Tokens stay -1 if the segmenter rewrote the text.
    """
    text, cursor = doc.text, 0
    starts = {token.idx: token.i for token in doc}
    owners: dict[int, int] = {}
    for index, word in enumerate(word_tokenize(text)):
        for syllable in word.split():
            found = text.find(syllable, cursor)
            if found < 0 or text[cursor:found].strip():
                return
            for a, _ in word_pieces(syllable, found):
                if a in starts:
                    owners[starts[a]] = index
            cursor = found + len(syllable)
    for i, index in owners.items():
        doc[i]._.word = index


@functools.cache
def _figure_words() -> regex.Pattern:
    words = sorted(patterns.load("numbers")["figure_cues"], key=len, reverse=True)
    return regex.compile(r"\d|\b(?:" + "|".join(regex.escape(w) for w in words) + r")\b", regex.I)


def may_hold_figures(text: str) -> bool:
    """A digit or a word like "dẫn đầu", "thứ ba", "nhóm": only such sentences can state a figure."""
    return bool(_figure_words().search(text))


def sentences(text: str, skip: list[tuple[int, int]] | None = None, lang: str = "vi") -> list[Sentence]:
    """Split normalised ``text`` into sentences, skipping the ``skip`` ranges (page chrome)."""
    out: list[Sentence] = []
    for number, para in enumerate(_PARAGRAPH.finditer(text)):
        if skip and any(a <= para.start() < b for a, b in skip):
            continue
        for start, end in _sentence_spans(para.group(0), para.start()):
            sentence = text[start:end]
            # an English quote or caption in a Vietnamese page writes "123,456" the English way
            own = language(sentence) if lang == "vi" and not _VIETNAMESE.search(sentence) else lang
            out.append(Sentence(start, end, number, make_doc(sentence, own)))
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
