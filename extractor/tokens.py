"""Tokens: sentences and syllable tokens in spaCy ``Doc`` objects.

underthesea finds the sentences and the words. Patterns are written as
syllables ("chỉ số cải cách hành chính"), and the same phrase may be grouped
into words differently from one sentence to the next, so the ``Doc`` holds
syllables (numbers and punctuation split off: "87,11%" → "87,11" "%") and the
underthesea word each belongs to is kept (``word_of``).

underthesea's word segmenter is the slow stage, so only sentences that state
a figure are segmented (``segment_words``); the others only need syllables for
the context rules (which index, which year).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import regex
import spacy
import numpy
from spacy.attrs import LEMMA, NORM, TAG
from spacy.lang.xx import MultiLanguage
from spacy.tokens import Doc, Token
from spacy.vocab import create_vocab
from underthesea import sent_tokenize, word_tokenize

from . import patterns
from .patternlang import NUMBER_TAG, OTHER_TAG, YEAR_TAG

_PIECE = regex.compile(r"\d+(?:[.,]\d+)*|\p{L}[\p{L}\p{M}]*|\S")
_PIECE_SPACE = regex.compile(rf"({_PIECE.pattern})( ?)")  # a piece, and the one space after it if any
_NUMBER = regex.compile(r"[0-9]+(?:[.,][0-9]+)*")  # str.isdigit() also takes "²", "③": float() does not
# a line, or lines hard-wrapped mid-sentence: a line break after no sentence end, before a lowercase word
# ("ranked\nfirst", "233\nadministrative procedures") does not end the paragraph; a line opening with a number
# may be a list's or a table's ("1 TP. Đà Nẵng\n2 TP. Hồ Chí Minh")
_PARAGRAPH = regex.compile(r"(?:[^\n]|(?<=[^\n.!?:;…\"”'\s])\n(?=\p{Ll}))+")
_VIETNAMESE = regex.compile(r"[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")
_LETTER = regex.compile(r"\p{L}")
_DIGIT = regex.compile(r"\d")



@dataclass
class Sentence:
    """A sentence of the normalised text: where it is, its paragraph, its tokens."""

    start: int
    end: int
    paragraph: int
    doc: Doc


class SentenceDoc(Doc):
    """A ``Doc`` that keeps the sentence it was made from as its ``text``.

    spaCy's ``Doc.text`` joins the text of every token again on each call, making
    a ``Token`` object per token, and the stages ask for a sentence's text several
    times; ``make_doc`` stores that join once.
    """

    @property
    def text(self) -> str:
        return self.user_data["text"]


@functools.cache
def vocab() -> spacy.Vocab:
    """One shared spaCy vocabulary: the multi-language defaults, no model download.

    The vocabulary ``spacy.blank("xx")`` makes, without building the pipeline around
    it (0.13 s of every process's start-up).
    """
    return create_vocab("xx", MultiLanguage.Defaults)


def language(text: str) -> str:
    """"vi" or "en": English-language provincial outlets write numbers the English way."""
    head = text[:5000]
    codes = numpy.frombuffer(head.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
    kinds = _letter_kinds()
    if codes.size and codes.max() >= kinds.size:  # a rare character beyond the table: ask the regexes
        letters, vietnamese = len(_LETTER.findall(head)), len(_VIETNAMESE.findall(head))
    else:
        counts = numpy.bincount(kinds[codes], minlength=3)
        letters, vietnamese = int(counts[1] + counts[2]), int(counts[2])
    return "vi" if vietnamese / (letters or 1) > 0.02 else "en"


@functools.cache
def _letter_kinds() -> numpy.ndarray:
    """Per code point below U+3000: 0 no letter, 1 a letter (``_LETTER``), 2 a Vietnamese one (``_VIETNAMESE``).

    Counting a page's head by table look-up is a tenth of what two ``findall`` calls cost.
    """
    chars = [chr(code) for code in range(0x3000)]
    return numpy.array([2 if _VIETNAMESE.match(c) else 1 if _LETTER.match(c) else 0 for c in chars], dtype=numpy.uint8)


def parse_number(text: str, lang: str = "vi") -> float | None:
    """'1.561' → 1561, '87,11' → 87.11, '08' → 8; English pages: '1,561' → 1561, '87.11' → 87.11.

    None for anything else, superscripts ("m²") and circled numbers ("①") included.
    """
    if not _NUMBER.fullmatch(text):
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


@functools.lru_cache(maxsize=1 << 13)
def unaccented(text: str) -> str:
    """"Địch vụ" → "dich vu": lets multi-syllable phrases match despite a wrong or missing tone mark.

    Cached: pages reuse a few thousand syllables, and both the relevance check and
    ``make_doc`` ask for each of them (numbers, mostly new, pass through: a small cache
    fills early, so a run's memory stays flat).
    """
    return "".join(c for c in unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
                   if not unicodedata.combining(c))


def word_pieces(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Syllable/number/punctuation spans of ``text`` (offsets shifted by ``start``)."""
    for match in _PIECE.finditer(text):
        yield match.start() + start, match.end() + start


def pieces(text: str) -> list[str]:
    """The syllables, numbers and punctuation of ``text``: the strings at ``word_pieces``, found in one call."""
    return _PIECE.findall(text)


def make_doc(text: str, lang: str = "vi") -> Doc:
    """A ``Doc`` of syllable tokens for one sentence; ``Doc.text == text``.

    TAG and LEMMA carry token classes for the Matcher (see patternlang): TAG is
    NUM / YEAR / X, LEMMA the lowercase form until a cue overwrites it (spaCy
    refuses to match on them unless every token has one). NORM is the
    unaccented form, for matching phrases whatever their tone marks.
    """
    pairs = _PIECE_SPACE.findall(text)  # (piece, " " or ""): the piece and whether one space follows
    if pairs and not text.startswith(pairs[0][0]):
        # Leading spaces cannot be represented in a Doc; sentences are stripped before this.
        raise ValueError("sentence text must not start with whitespace")
    words = [word for word, _ in pairs]
    doc = SentenceDoc(vocab(), words=words, spaces=[bool(space) for _, space in pairs])
    # the classes as string hashes in one array: setting ``tag_`` and ``lemma_`` token by token
    # (what Doc(tags=, lemmas=) does) took a third of the time
    classes: list[tuple[int, int, int]] = []
    numbers: dict[int, float] = {}
    for i, word in enumerate(words):
        if word[0].isdigit():  # not kept in _CLASSES: what it reads as depends on the language
            value = parse_number(word, lang)
            classes.append(_classes(word, value))
            if value is not None:
                numbers[i] = value
            continue
        row = _CLASSES.get(word)
        if row is None:
            row = _classes(word, None)
            if len(_CLASSES) < _MAX_CLASSES:
                _CLASSES[word] = row
        classes.append(row)
    doc.from_array([TAG, LEMMA, NORM], numpy.array(classes, dtype="uint64").reshape(len(classes), 3))
    doc.user_data["numbers"] = numbers
    doc.user_data["texts"] = words  # ``token_texts``
    # what Doc.text joins: the tokens and one space after those followed by one (a run of spaces or a
    # newline inside ``text`` is not kept; normalised sentences have none)
    doc.user_data["text"] = "".join(map("".join, pairs))
    return doc


# word → its (TAG, LEMMA, NORM) hashes, for words that do not start with a digit: pages reuse most of their
# syllables; bounded (first come, kept) so memory stays flat
_CLASSES: dict[str, tuple[int, int, int]] = {}
_MAX_CLASSES = 1 << 14


def _classes(word: str, value: float | None) -> tuple[int, int, int]:
    add = vocab().strings.add
    lower = word.lower()
    tag = OTHER_TAG if value is None else YEAR_TAG if _is_year(word, value) else NUMBER_TAG
    return add(tag), add(lower), add(unaccented(lower))


def number(token: Token) -> float | None:
    """The value of a number token ("1.561" → 1561.0), None for other tokens."""
    return token.doc.user_data["numbers"].get(token.i)


def token_texts(doc: Doc) -> list[str]:
    """The text of each token, without making a spaCy ``Token`` per token (``make_doc`` keeps them)."""
    return doc.user_data.get("texts") or [token.text for token in doc]


def word_of(token: Token) -> int:
    """Which underthesea word the token belongs to (see ``segment_words``), -1 if not segmented."""
    return token.doc.user_data.get("words", {}).get(token.i, -1)


def segment_words(doc: Doc, start: int = 0, end: int | None = None) -> None:
    """Record which underthesea word each syllable of ``doc[start:end]`` belongs to.

    The segmenter is the slow stage, so callers segment only the few syllables
    around what they need to check (a name that might lie inside a longer
    word). Words are numbered per call; tokens the segmenter rewrote stay -1.
    """
    span = doc[start:end]
    text, cursor, base = span.text, 0, span.start_char
    starts = {token.idx - base: token.i for token in span}
    words = doc.user_data.setdefault("words", {})
    offset = 1 + max(words.values(), default=-1)
    for index, word in enumerate(word_tokenize(text)):
        for syllable in word.split():
            found = text.find(syllable, cursor)
            if found < 0 or text[cursor:found].strip():
                return
            for a, _ in word_pieces(syllable, found):
                if a in starts:
                    words[starts[a]] = offset + index
            cursor = found + len(syllable)


@functools.cache
def _figure_words() -> regex.Pattern:
    words = sorted(patterns.load("numbers")["figure_cues"], key=len, reverse=True)
    return regex.compile(r"\b(?:" + "|".join(regex.escape(w) for w in words) + r")\b", regex.I)


def may_hold_figures(text: str, digits: bool = True) -> bool:
    """A digit or a word like "dẫn đầu", "thứ ba", "nhóm": only such sentences can state a figure.

    The digit is looked for alone first: a search for it and the words together tried every word at
    each character before the first digit.
    """
    return bool(digits and _DIGIT.search(text) or _figure_words().search(text))


def figure_word_offsets(text: str) -> list[int]:
    """Where words like "dẫn đầu", "thứ ba", "nhóm" start: figures without digits hang on them."""
    return [m.start() for m in _figure_words().finditer(text)]


def paragraphs(text: str, skip: list[tuple[int, int]] | None = None) -> Iterator[tuple[int, int, int]]:
    """(number, start, end) of each line of normalised ``text`` outside the ``skip`` ranges (page chrome)."""
    for number, para in enumerate(_PARAGRAPH.finditer(text)):
        if not (skip and any(a <= para.start() < b for a, b in skip)):
            yield number, para.start(), para.end()


_ABBREVIATIONS = frozenset({"no.", "nos.", "mr.", "ms.", "dr."})
_LIST_MARK = regex.compile(r"\(?\d{1,3}[.)]")  # the number of an item in a numbered list


def sentence_spans(text: str, skip: list[tuple[int, int]] | None = None, lang: str = "vi",
                   keep: Callable[[str], bool] | None = None) -> Iterator[tuple[int, int, int, str]]:
    """(start, end, paragraph, language) of the sentences of normalised ``text`` that ``keep`` accepts.

    The caller tokenises each (``make_doc``) with its language.
    """
    for number, start, end in paragraphs(text, skip):
        for start, end in _sentence_spans(text[start:end], start):
            sentence = text[start:end]
            if keep is not None and not keep(sentence):
                continue
            # an English quote or caption in a Vietnamese page writes "123,456" the English way
            own = language(sentence) if lang == "vi" and not _VIETNAMESE.search(sentence) else lang
            yield start, end, number, own


def _sentence_spans(paragraph: str, offset: int) -> Iterator[tuple[int, int]]:
    cursor, start = 0, None
    for sent in sent_tokenize(paragraph):
        sent = sent.strip()
        found = paragraph.find(sent, cursor) if sent else -1
        if found < 0:
            continue
        start = found if start is None else start
        cursor = found + len(sent)
        if sent.split()[-1].lower() in _ABBREVIATIONS or _LIST_MARK.fullmatch(sent):
            continue  # "Binh Duong ranked No. | 13.", "2. Ngân hàng Nhà nước": that dot ends no sentence
        yield offset + start, offset + cursor
        start = None
    if start is not None:
        yield offset + start, offset + cursor
    rest = paragraph[cursor:].strip()
    if rest:
        found = paragraph.find(rest, cursor)
        yield offset + found, offset + found + len(rest)
