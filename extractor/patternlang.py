"""The small pattern language of ``patterns/*.yml``, compiled to spaCy Matcher patterns.

A pattern is a line of space-separated elements, each matching syllable tokens::

    {RANK_VERB} {RANK_NOUN}? thứ? NUM@value / NUM@out_of

Elements:
  ``word`` or ``a|b|c``   a token whose lowercase form is one of these
  ``{MACRO}``             any phrase listed under ``words: MACRO`` (phrases may span syllables)
  ``<LABEL>``             tokens inside a mention of that label (PROVINCE, YEAR, INDICATOR, COUNT_NOUN …);
                          ``<SUBJ>`` is any subject (province, agency, district, ministry, nation)
  ``NUM`` / ``YEAR``      a number token / a four-digit year
  ``NUMLIST``             one to four numbers joined by ",", "và", "and", "thứ"
  ``TITLE``               a capitalised syllable (names: "huyện Châu Thành")
  ``_``                   any one token
  ``~``                   any one token but ":" and ";" (a gap that does not run into a list)
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

SUBJECT_LABELS = ("PROVINCE", "AGENCY", "DISTRICT", "MINISTRY", "NATIONAL", "REGION")
ENTITY_LABELS = SUBJECT_LABELS + ("YEAR", "DATE", "OTHER")

_ELEMENT = regex.compile(
    r"^(?P<atom>\{[A-Z0-9_]+\}|<[A-Z_]+>|[^\s{@?*+]+)(?P<quant>\?|\*|\+|\{\d+,\d+\})?"
    r"(?:@(?P<role>\w+))?(?P<quant2>\?|\*|\+|\{\d+,\d+\})?$"
)
_SEPARATORS = [",", "và", "and", "thứ", "&"]
# Token classes the tokens stage writes into spaCy's TAG, and the cue stage into
# LEMMA, so patterns can test them with native predicates.
NUMBER_TAG, YEAR_TAG, OTHER_TAG = "NUM", "YEAR", "X"


class PatternError(ValueError):
    """A pattern line in a ``patterns/*.yml`` file cannot be compiled."""


@dataclass(frozen=True)
class Compiled:
    """One expanded spaCy token pattern, the role of each element, and its word-list phrases."""

    label: str
    id: str
    tokens: tuple[dict, ...]
    roles: tuple[str | None, ...]
    priority: int  # position in the file: earlier patterns win ties
    # per element: (word list, occurrence) when the element is a syllable of a multi-word phrase
    phrases: tuple[tuple[str, int] | None, ...] = ()

    def accepts(self, tokens: Sequence[str], alignment: Sequence[int], words: Mapping[str, frozenset[str]]) -> bool:
        """True when every multi-word list element matched a phrase of its list.

        Multi-word lists are compiled per phrase length, one slot per syllable
        ("vươn|nhảy lên|vọt"), which also admits mixtures ("vươn vọt"); the
        match is kept only if the syllables form a listed phrase.
        """
        found: dict[tuple[str, int], list[str]] = {}
        for text, element in zip(tokens, alignment):
            slot = self.phrases[element] if self.phrases else None
            if slot is not None:
                found.setdefault(slot, []).append(text.lower())
        return all(" ".join(syllables) in words[name] for (name, _), syllables in found.items())


# An alternative: (spaCy token dict, role, (word list, occurrence) or None) per element.
Alternative = list[tuple[dict, str | None, tuple[str, int] | None]]


def compile_pattern(
    text: str, label: str, pattern_id: str, words: Mapping[str, Sequence[str]], priority: int = 0
) -> list[Compiled]:
    """Expand one pattern line into spaCy token patterns.

    Every predicate is one spaCy's Matcher evaluates natively (LOWER, TAG,
    LEMMA, ENT_TYPE): custom ``._`` attributes would be checked in Python for
    every token and every pattern state, many times slower.
    """
    choices = [_element(part, words, text, n) for n, part in enumerate(text.split())]
    out = []
    for combo in itertools.product(*choices):
        flat = [item for alternative in combo for item in alternative]
        if not flat:
            continue
        out.append(Compiled(label, pattern_id, tuple(t for t, _, _ in flat), tuple(r for _, r, _ in flat),
                            priority, tuple(m for _, _, m in flat)))
    if not out:
        raise PatternError(f"{pattern_id}: pattern {text!r} matches nothing")
    return out


def phrase_sets(words: Mapping[str, Sequence[str]]) -> dict[str, frozenset[str]]:
    """Each word list as a set of lowercase syllable-joined phrases, for ``Compiled.accepts``."""
    return {name: frozenset(" ".join(_syllables(str(p))) for p in phrases) for name, phrases in words.items()}


def _element(part: str, words: Mapping[str, Sequence[str]], line: str, position: int) -> list[Alternative]:
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
            return [[(_with_quant({"LOWER": {"IN": sorted({p[0] for p in phrases})}}, quant), role, None)]]
        if quant not in (None, "?"):
            raise PatternError(f"{{{name}}} has multi-word phrases and can only take '?' in {line!r}")
        slot = (name, position)
        by_length: dict[int, list[list[str]]] = {}
        for phrase in phrases:
            by_length.setdefault(len(phrase), []).append(phrase)
        alternatives: list[Alternative] = [
            [({"LOWER": {"IN": sorted({p[i] for p in group})}}, role, slot) for i in range(length)]
            for length, group in sorted(by_length.items())]
        return alternatives + ([[]] if quant == "?" else [])
    if atom == "NUMLIST":
        return [_numlist(n, role) for n in range(1, 5)] + ([[]] if quant == "?" else [])
    return [[(_with_quant(_token(atom, line), quant), role, None)]]


def _token(atom: str, line: str) -> dict:
    if atom == "_":
        return {}
    if atom == "~":
        return {"LOWER": {"NOT_IN": [":", ";"]}}
    if atom == "NUM":
        return {"TAG": {"IN": [NUMBER_TAG, YEAR_TAG]}}
    if atom == "YEAR":
        return {"TAG": YEAR_TAG}
    if atom == "TITLE":
        return {"IS_TITLE": True}
    if atom.startswith("<"):
        label = atom[1:-1]
        if label == "SUBJ":
            return {"ENT_TYPE": {"IN": list(SUBJECT_LABELS)}, "OP": "+"}
        if label in ENTITY_LABELS:
            return {"ENT_TYPE": label, "OP": "+"}
        return {"LEMMA": label, "OP": "+"}
    options = [o.lower() for o in atom.split("|")]
    return {"LOWER": options[0]} if len(options) == 1 else {"LOWER": {"IN": options}}


def _with_quant(token: dict, quant: str | None) -> dict:
    return {**token, "OP": quant} if quant else token


def _numlist(count: int, role: str | None) -> Alternative:
    number = _token("NUM", "")
    items: Alternative = [(number, role, None)]
    for _ in range(count - 1):
        items.append(({"LOWER": {"IN": _SEPARATORS}, "OP": "+"}, None, None))
        items.append((number, role, None))
    return items


def _syllables(phrase: str) -> list[str]:
    from .tokens import word_pieces  # tokens imports this module's tag names

    return [phrase[a:b].lower() for a, b in word_pieces(phrase)]
