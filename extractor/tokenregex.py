"""Whether a spaCy token pattern can match, asked of a regular expression over the tokens.

spaCy's Matcher costs patterns × tokens however little it finds, and most
calls on a figure sentence find nothing (four in five, issue 14): the
requirements of ``matchers`` know which words a window holds, not in which
order. Here a sentence is written once as a string, one record per token with
the attributes patterns test (``LOWER``, ``LEMMA``, ``ENT_TYPE``, ``TAG``,
``IS_TITLE``), and each token pattern becomes a regular expression over such
records: a pattern's elements in order, adjacent, with their quantifiers. A
window where the expression finds nothing cannot hold a match, so its
Matcher is not called; where it finds something the Matcher runs as before, so
matches and alignments are spaCy's.

The translation may only ever be looser than spaCy, never stricter: a
predicate it does not know matches any token, and an operator it does not
know any run of tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import accumulate

import numpy

from spacy.attrs import ENT_TYPE, IS_TITLE, LEMMA, LOWER, TAG
from spacy.strings import StringStore
from spacy.tokens import Doc

ATTRS = [LOWER, LEMMA, ENT_TYPE, TAG, IS_TITLE]  # the fields of a record, in order
_FIELDS = ("LOWER", "LEMMA", "ENT_TYPE", "TAG", "IS_TITLE")
_START, _SEP = "\x1e", "\x1f"  # a record starts with _START; its fields are separated by _SEP
_ANY_FIELD = f"[^{_START}{_SEP}]*"
_REST = f"[^{_START}]*"  # the rest of a record
_ANY_TOKEN = _START + _REST
_QUANTIFIERS: dict[str, tuple[int, int | None]] = {"?": (0, 1), "*": (0, None), "+": (1, None)}
_RANGE = re.compile(r"\{(\d*),(\d*)\}")
_SEPARATORS = {ord(_START): None, ord(_SEP): None}


def _field(value: object) -> str:
    """The regex of one attribute test: a value, or ``{"IN": [...]}``; anything else matches any value."""
    if isinstance(value, bool):
        return "T" if value else "(?!T)"
    if isinstance(value, str):
        return re.escape(value)
    if isinstance(value, dict) and set(value) == {"IN"}:
        return "(?:" + "|".join(re.escape(str(v)) for v in value["IN"]) + ")" if value["IN"] else "(?!)"
    return _ANY_FIELD


def _body(token: dict) -> str:
    """The fields of one token record that pass ``token``'s tests (the record's start not included).

    Fields not tested after the last tested one are the rest of the record, one class:
    the expressions stay short, and ``re`` compiles them in Python at start-up.
    """
    if any(name not in (*_FIELDS, "OP") for name in token):
        return _REST  # a predicate this translation does not read: any token
    tested = [n for n, name in enumerate(_FIELDS) if name in token]
    if not tested:
        return _REST
    fields = [_field(token[name]) if name in token else _ANY_FIELD for name in _FIELDS[: tested[-1] + 1]]
    return _SEP.join(fields) + (_SEP + _REST if tested[-1] < len(_FIELDS) - 1 else "")


def _bounds(op: str | None) -> tuple[int, int | None] | None:
    """How often an element repeats (at least, at most: None for no limit); None for an operator not read here."""
    if op is None:
        return 1, 1
    if op in _QUANTIFIERS:
        return _QUANTIFIERS[op]
    if isinstance(op, str) and (bounds := _RANGE.fullmatch(op)):
        return int(bounds.group(1) or 0), int(bounds.group(2)) if bounds.group(2) else None
    return None


def _segments(tokens: Sequence[dict], parts: Sequence[object]) -> list[list[dict]]:
    """The pattern's elements: tokens that spell one phrase of a word list together (the same ``parts``
    entry, not None), every other token alone. Expansions of a line differ element by element, so
    written this way they line up for ``_trie``."""
    segments: list[list[dict]] = []
    previous: object = None
    for n, token in enumerate(tokens):
        part = parts[n] if n < len(parts) else None
        if part is not None and part == previous and "OP" not in token and "OP" not in segments[-1][-1]:
            segments[-1].append(token)
        else:
            segments.append([token])
        previous = part
    return segments


def _sequences(segments: Sequence[list[dict]]) -> list[list[str]]:
    """The elements as regexes, the first one's record start left out; one list per way the pattern can begin.

    Leading optional elements are written as "with it, or without it", so every
    alternative begins inside a record and the whole expression can begin with
    the one literal ``_START``, which ``re`` looks for before it tries anything.
    """
    if not segments:
        return [[]]
    (first, *more), rest = segments[0], segments[1:]
    bounds = _bounds(first.get("OP"))
    if bounds is None:
        return [[]]  # an operator not read here: anything may follow
    low, high = bounds
    body = _body(first)
    present = [body + _repeat(f"{_START}{body}", max(low - 1, 0), None if high is None else high - 1)
               + "".join(map(_element, more)), *("".join(map(_element, segment)) for segment in rest)]
    return [present, *(_sequences(rest) if low == 0 else [])]


def _trie(sequences: list[list[str]]) -> str:
    """One regex for all ``sequences``, written compactly: alternatives that begin alike share their
    beginning, and beginnings followed by the same alternatives share those (a line's expansions are
    products of its elements' alternatives, so the latter keeps the expression near the line's size).
    ``re`` compiles in Python: start-up time follows the expression's length."""
    if any(not sequence for sequence in sequences):
        return ""  # one of them is complete: there is a match whatever follows
    branches: dict[str, list[list[str]]] = {}
    for sequence in sequences:
        branches.setdefault(sequence[0], []).append(sequence[1:])
    ends: dict[str, list[str]] = {}  # what follows → the beginnings it follows
    for first, rests in branches.items():
        ends.setdefault(_trie(rests), []).append(first)
    parts = [(firsts[0] if len(firsts) == 1 else "(?:" + "|".join(firsts) + ")") + rest
             for rest, firsts in ends.items()]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _element(token: dict) -> str:
    """One pattern element: a token record passing its tests, repeated as its ``OP`` says."""
    bounds = _bounds(token.get("OP"))
    if bounds is None:
        return f"(?:{_ANY_TOKEN})*"  # an operator not read here: any run of tokens
    return _repeat(f"{_START}{_body(token)}", *bounds)


def _repeat(record: str, low: int, high: int | None) -> str:
    if (low, high) == (0, 0):
        return ""
    if (low, high) == (1, 1):
        return record
    return f"(?:{record}){{{low},{'' if high is None else high}}}"


def _needed(segments: list[list[dict]]) -> list[list[dict]]:
    """The elements without the optional ones at the end: a match need not reach them."""
    end = len(segments)
    while end > 1 and len(segments[end - 1]) == 1 and (bounds := _bounds(segments[end - 1][0].get("OP"))) \
            is not None and bounds[0] == 0:
        end -= 1
    return segments[:end]


def compile_any(patterns: Iterable[tuple[Sequence[dict], Sequence[object]]]) -> re.Pattern:
    """One expression that finds where any of ``patterns`` could match (its matches start at a record).

    A pattern is its spaCy tokens and, per token, the phrase element it spells part of
    (``Compiled.phrases``; None, or missing, for a token that is an element alone).
    """
    return re.compile(_START + _trie([sequence for tokens, parts in patterns
                                      for sequence in _sequences(_needed(_segments(tokens, parts)))]))


def records(doc: Doc) -> tuple[str, list[int]]:
    """``doc`` as token records, and where each token's record starts (one more: where the last ends)."""
    return records_of(doc.to_array(ATTRS), doc.vocab.strings)


def records_of(values: numpy.ndarray, strings: StringStore) -> tuple[str, list[int]]:
    """``records`` from the doc's ``to_array(ATTRS)`` (the caller may have it already)."""
    rows = list(zip(*values.T.tolist()))  # one tuple per token, built in C
    parts = list(map(_RECORDS.get, rows))
    if None in parts:
        parts = [part or _record(row, strings) for part, row in zip(parts, rows)]
    return "".join(parts), list(accumulate(map(len, parts), initial=0))


_RECORDS: dict[tuple[int, ...], str] = {}  # attribute hashes → record: pages reuse most of their tokens
_MAX_RECORDS = 1 << 13  # enough for a page's words; kept small so memory stays flat


def _record(row: tuple[int, ...], strings: StringStore) -> str:
    record = _RECORDS.get(row)
    if record is None:
        lower, lemma, entity, tag, title = row
        fields = (strings[lower], strings[lemma], strings[entity], strings[tag], "T" if title else "")
        if any(_START in field or _SEP in field for field in fields):
            # a token holding a separator (no pattern does): dropping it can only loosen the test
            fields = tuple(field.translate(_SEPARATORS) for field in fields)
        if len(_RECORDS) >= _MAX_RECORDS:
            _RECORDS.clear()
        record = _RECORDS[row] = _START + _SEP.join(fields)
    return record
