"""The small pattern language of ``patterns/*.yml``, compiled to spaCy Matcher patterns.

A pattern is a line of space-separated elements, each matching syllable tokens::

    {RANK_VERB} {RANK_NOUN}? thứ? NUM@value / NUM@out_of

Elements:
  ``word`` or ``a|b|c``   a token whose lowercase form is one of these
  ``{MACRO}``             any phrase listed under ``words: MACRO`` (phrases may span syllables)
  ``<LABEL>``             tokens inside a mention of that label (PROVINCE, YEAR, INDICATOR …);
                          ``<SUBJ>`` is any subject (province, agency, district, ministry, nation)
  ``NUM`` / ``YEAR``      a number token / a four-digit year
  ``NUMLIST``             one to four numbers joined by ",", "và", "and", "thứ"
  ``TITLE``               a capitalised syllable (names: "huyện Châu Thành")
  ``_``                   any one token
Suffixes: ``?`` ``*`` ``+`` ``{n,m}`` repeat the element; ``@role`` tags the tokens it
matched (``value``, ``out_of``, ``unit``, ``down``, ``subject``, ``band``, ``noun``, ``level``,
``indicator``, ``year``, ``prev``) so the facts stage knows what each token means.

Writing patterns this way keeps them readable for analysts; spaCy's Matcher does the
matching, and its alignments tell which element each token matched.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import regex

from .tokens import word_pieces

SUBJECT_LABELS = ("PROVINCE", "AGENCY", "DISTRICT", "MINISTRY", "NATIONAL", "REGION")
ENTITY_LABELS = SUBJECT_LABELS + ("YEAR", "DATE", "OTHER")

_ELEMENT = regex.compile(
    r"^(?P<atom>\{[A-Z0-9_]+\}|<[A-Z_]+>|[^\s{@?*+]+)(?P<quant>\?|\*|\+|\{\d+,\d+\})?"
    r"(?:@(?P<role>\w+))?(?P<quant2>\?|\*|\+|\{\d+,\d+\})?$"
)
_SEPARATORS = [",", "và", "and", "thứ", "&"]


class PatternError(ValueError):
    """A pattern line in a ``patterns/*.yml`` file cannot be compiled."""


@dataclass(frozen=True)
class Compiled:
    """One expanded spaCy token pattern and the role of each of its elements."""

    label: str
    id: str
    tokens: tuple[dict, ...]
    roles: tuple[str | None, ...]
    priority: int  # position in the file: earlier patterns win ties


Alternative = list[tuple[dict, str | None]]


def compile_pattern(
    text: str, label: str, pattern_id: str, words: Mapping[str, Sequence[str]], priority: int = 0, tags: str = ""
) -> list[Compiled]:
    """Expand one pattern line into spaCy token patterns.

    A word list whose phrases span several syllables is matched through tags
    (``macro_tag``) that the caller puts on tokens beforehand with a
    PhraseMatcher: the first syllable of a listed phrase carries ``<tags>LIST:B``,
    the others ``<tags>LIST:I``. That keeps one spaCy pattern per line instead
    of one per combination of phrases.
    """
    choices = [_element(part, words, text, tags) for part in text.split()]
    out = []
    for combo in itertools.product(*choices):
        flat = [item for alternative in combo for item in alternative]
        if not flat:
            continue
        out.append(Compiled(label, pattern_id, tuple(t for t, _ in flat), tuple(r for _, r in flat), priority))
    if not out:
        raise PatternError(f"{pattern_id}: pattern {text!r} matches nothing")
    return out


def macro_tag(prefix: str, name: str, part: str) -> str:
    """The tag on tokens of a phrase of word list ``name``: ``part`` is "B" (first syllable) or "I"."""
    return f"{prefix}{name}:{part}"


def multiword_lists(words: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """The word lists that need tagging: those with a phrase of more than one syllable."""
    return {name: [str(p) for p in phrases] for name, phrases in words.items()
            if any(len(_syllables(str(p))) > 1 for p in phrases)}


def _element(part: str, words: Mapping[str, Sequence[str]], line: str, tags: str) -> list[Alternative]:
    match = _ELEMENT.match(part)
    if not match:
        raise PatternError(f"cannot read element {part!r} in pattern {line!r}")
    atom, role = match.group("atom"), match.group("role")
    quant = match.group("quant") or match.group("quant2")
    if atom.startswith("{"):
        name = atom[1:-1]
        if name not in words:
            raise PatternError(f"unknown word list {{{name}}} in pattern {line!r}")
        phrases = [_syllables(str(p)) for p in words[name]]
        if all(len(p) == 1 for p in phrases):
            return [[(_with_quant({"LOWER": {"IN": sorted({p[0] for p in phrases})}}, quant), role)]]
        if quant not in (None, "?"):
            raise PatternError(f"{{{name}}} has multi-word phrases and can only take '?' in {line!r}")
        first = {"_": {"tags": {"INTERSECTS": [macro_tag(tags, name, "B")]}}}
        rest = {"_": {"tags": {"INTERSECTS": [macro_tag(tags, name, "I")]}}, "OP": "*"}
        return [[(_with_quant(first, quant), role), (rest, role)]]
    if atom == "NUMLIST":
        return [_numlist(n, role) for n in range(1, 5)] + ([[]] if quant == "?" else [])
    return [[(_with_quant(_token(atom, line), quant), role)]]


def _token(atom: str, line: str) -> dict:
    if atom == "_":
        return {}
    if atom == "NUM":
        return {"_": {"is_num": True}}
    if atom == "YEAR":
        return {"_": {"is_year": True}}
    if atom == "TITLE":
        return {"IS_TITLE": True}
    if atom.startswith("<"):
        label = atom[1:-1]
        if label == "SUBJ":
            return {"ENT_TYPE": {"IN": list(SUBJECT_LABELS)}, "OP": "+"}
        if label in ENTITY_LABELS:
            return {"ENT_TYPE": label, "OP": "+"}
        return {"_": {"cue": label}, "OP": "+"}
    options = [o.lower() for o in atom.split("|")]
    return {"LOWER": options[0]} if len(options) == 1 else {"LOWER": {"IN": options}}


def _with_quant(token: dict, quant: str | None) -> dict:
    return {**token, "OP": quant} if quant else token


def _numlist(count: int, role: str | None) -> Alternative:
    items: Alternative = [({"_": {"is_num": True}}, role)]
    for _ in range(count - 1):
        items.append(({"LOWER": {"IN": _SEPARATORS}, "OP": "+"}, None))
        items.append(({"_": {"is_num": True}}, role))
    return items


def _syllables(phrase: str) -> list[str]:
    return [phrase[a:b].lower() for a, b in word_pieces(phrase)]
