"""De-spinning: read a synonym-spun page the way its original was written.

Content farms copy provincial articles through Vietnamese "spinners" that swap
words for near-synonyms ("cải cách" → "cải tân"), digits for number words
("3,1%" → "3,một%") and names for prefixed names ("tỉnh Tỉnh Lạng Sơn").
Such a page is often the only surviving copy of its facts.

What a spinner cannot change — numbers, "%", "x/63", acronyms, names — is what
the figure patterns anchor on (DSpin's "immutables"), so this stage only
repairs the words the patterns need and the numbers the spinner mangled. It
runs on the ``MappedText`` between normalisation and tokens: every rewrite
keeps the map, so facts still point into the stored text. The rules are data
in ``patterns/spin/``; the same evidence scores how spun the page looks.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import regex

from . import patterns
from .facts import with_despun
from .records import Fact
from .textmap import MappedText
from .tokens import word_pieces

_NOT_LETTER_BEFORE = r"(?<![\p{L}\p{M}\d])"
_NOT_LETTER_AFTER = r"(?![\p{L}\p{M}])"
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")
_LETTER = regex.compile(r"\p{L}")
_SEPARATOR = regex.compile(r"([.,/])")
_PERCENT_NEXT = regex.compile(r"\s?%")
_ENDS_IN_WORD = regex.compile(r"\p{L}\s*$")
_LEXICON_PASSES = 3
_CONTEXT_CHARS = 40  # how far before / after a phrase its context words are looked for


@dataclass(frozen=True)
class Rewrite:
    """One repair, located in the stored text."""

    kind: str  # "lexicon", "numeral" or "doubled"
    start: int
    end: int


@dataclass
class Despun:
    """The repaired text, what was repaired, and how spun the page looks."""

    mapped: MappedText
    rewrites: list[Rewrite]
    score: float
    spun: bool

    def touches(self, start: int, end: int) -> bool:
        """True when a repair overlaps ``[start, end)`` of the stored text."""
        return any(r.start < end and start < r.end for r in self.rewrites)

    def mark(self, facts: list[Fact]) -> list[Fact]:
        """Flag the facts that needed de-spinning: all of a spun page's, elsewhere those whose evidence was repaired."""
        return [with_despun([f], self.spun or self.touches(f.span_start, f.span_end))[0] for f in facts]


@dataclass(frozen=True)
class _Context:
    """Where an ``in_context`` phrase is a spinner's substitute: a listed word right before or right after it."""

    original: str
    before: regex.Pattern | None
    after: regex.Pattern | None

    def holds(self, text: str, start: int, end: int) -> bool:
        left = text[max(0, start - _CONTEXT_CHARS) : start]
        right = text[end : end + _CONTEXT_CHARS]
        return bool(self.before and self.before.search(left) or self.after and self.after.match(right))


@dataclass(frozen=True)
class _Rules:
    """``patterns/spin/`` compiled once."""

    numeral: regex.Pattern
    digits: dict[str, str]
    doubled: regex.Pattern
    replace: regex.Pattern
    originals: dict[str, str]
    contextual: regex.Pattern
    contexts: dict[str, list[_Context]]
    anchors: regex.Pattern
    partners: dict[str, regex.Pattern]
    # the same alternations cut by first letter (``_screen``): most pages match none of them
    doubled_screen: tuple[regex.Pattern, ...]
    replace_screen: tuple[regex.Pattern, ...]
    contextual_screen: tuple[regex.Pattern, ...]


def despin(text: MappedText) -> Despun:
    """Repair numerals, doubled names and spun phrases; score the page on what it took."""
    rules = _rules()
    log: list[Rewrite] = []
    mapped = _apply(text, rules.numeral, lambda m: _read_numeral(m, rules.digits), "numeral", log)
    if _any_match(rules.doubled_screen, mapped.text):
        mapped = _apply(mapped, rules.doubled, lambda m: m.group(1), "doubled", log)
    for _ in range(_LEXICON_PASSES):  # overlapping phrases ("thi công chính quyền trực thuộc điện tử")
        if not _any_match(rules.replace_screen, mapped.text):
            break
        before = mapped
        mapped = _apply(mapped, rules.replace, lambda m: _keep_case(m.group(0), rules.originals[_key(m.group(0))]),
                        "lexicon", log)
        if mapped is before:
            break
    if _any_match(rules.contextual_screen, mapped.text):
        mapped = _apply(mapped, rules.contextual, lambda m: _in_context(m, rules.contexts), "lexicon", log)
    score = spin_score(mapped.text, log, rules)
    return Despun(mapped, log, score, score >= _signals()["threshold"])


def read_numerals(text: str) -> str:
    """``text`` with spun numerals read back ("3,một%" → "3,1%"), for checking a span's evidence."""
    rules = _rules()
    return rules.numeral.sub(lambda m: _read_numeral(m, rules.digits), text)


def spin_score(text: str, rewrites: Iterable[Rewrite], rules: _Rules | None = None) -> float:
    """How strongly a page looks machine-spun, in [0, 1] (weights in ``patterns/spin/signals.yml``)."""
    rules = rules or _rules()
    signals = _signals()
    weights = signals["weights"]
    kinds = [r.kind for r in rewrites]
    words = max(1, len(_WORD.findall(text)))
    evidence = (weights["rewrite_per_100_words"] * 100 * kinds.count("lexicon") / words
                + weights["numeral"] * kinds.count("numeral")
                + weights["doubled"] * kinds.count("doubled"))
    known, unknown = _collocations(text, rules)
    if known + unknown >= signals["min_anchors"]:
        evidence += weights["broken_share"] * unknown / (known + unknown)
    return round(1 - math.exp(-evidence), 3)


# -- rewriting ------------------------------------------------------------------


def _apply(mapped: MappedText, pattern: regex.Pattern, replace: Callable[[regex.Match], str], kind: str,
           log: list[Rewrite]) -> MappedText:
    """``mapped.rewrite`` that logs where in the stored text each repair was made."""

    def logged(match: regex.Match) -> str:
        new = replace(match)
        if new != match.group(0):
            log.append(Rewrite(kind, *mapped.original_span(*match.span())))
        return new

    return mapped.rewrite(pattern, logged)


def _any_match(screen: tuple[regex.Pattern, ...], text: str) -> bool:
    """Whether the pattern ``screen`` was cut from matches anywhere in ``text``."""
    return any(part.search(text) for part in screen)


def _read_numeral(match: regex.Match, digits: dict[str, str]) -> str:
    """Number words inside a numeral that holds a digit ("một.600") or ends in "%" ("3,một%") become digits."""
    numeral = match.group(0)
    if not _LETTER.search(numeral):
        return numeral  # digits only, like most numbers of any page: nothing to read back
    parts = _SEPARATOR.split(numeral)
    percent = _PERCENT_NEXT.match(match.string, match.end())
    if not percent and (len(parts) == 1 or not any(p.isdigit() for p in parts)):
        return numeral
    return "".join(digits.get(p.lower(), p) for p in parts)


def _in_context(match: regex.Match, contexts: dict[str, list[_Context]]) -> str:
    for context in contexts[_key(match.group(0))]:
        if context.holds(match.string, match.start(), match.end()):
            return _keep_case(match.group(0), context.original)
    return match.group(0)


def _keep_case(old: str, new: str) -> str:
    """A capital that starts a sentence stays ("Sản phẩm" → "Kết quả"); an abbreviation's does not ("TP.")."""
    return new[0].upper() + new[1:] if old[:1].isupper() and not old[:2].isupper() else new


def _key(phrase: str) -> str:
    """The form a phrase is looked up by: lowercase syllables and punctuation, one space apart."""
    return " ".join(phrase[a:b].lower() for a, b in word_pieces(phrase))


def _collocations(text: str, rules: _Rules) -> tuple[int, int]:
    """How many anchors ("hành chính") follow a usual partner, and how many follow a word nobody writes there."""
    known = unknown = 0
    for match in rules.anchors.finditer(text):
        left = text[max(0, match.start() - _CONTEXT_CHARS) : match.start()]
        if not _ENDS_IN_WORD.search(left):
            continue  # a heading or a list item: no partner to judge
        if rules.partners[_key(match.group(0))].search(left):
            known += 1
        else:
            unknown += 1
    return known, unknown


# -- compiling patterns/spin/ ------------------------------------------------------


def _phrase(phrase: str) -> str:
    """A regex for a phrase written in a lexicon: its syllables, any spacing between them."""
    if phrase == "NUM":
        return r"\d"
    return r"\s*".join(regex.escape(phrase[a:b]) for a, b in word_pieces(phrase))


def _alternation(phrases: Iterable[str]) -> str:
    return "|".join(_phrase(p) for p in sorted(set(phrases), key=len, reverse=True))


def _bounded(phrases: Iterable[str]) -> regex.Pattern:
    return regex.compile(f"{_NOT_LETTER_BEFORE}(?:{_alternation(phrases)}){_NOT_LETTER_AFTER}", regex.I)


def _doubled(words: Iterable[str]) -> regex.Pattern:
    return regex.compile(f"{_NOT_LETTER_BEFORE}({_alternation(words)})\\s+(?:\\1){_NOT_LETTER_AFTER}", regex.I)


def _screen(phrases: Iterable[str], compile_: Callable[[Iterable[str]], regex.Pattern]) -> tuple[regex.Pattern, ...]:
    """The pattern ``compile_(phrases)`` as one pattern per first letter: it matches somewhere iff one of these does.

    A long alternation is tried alternative by alternative at every letter of the
    text (0.2 ms a page for ``replace``); a part whose alternatives share their
    first letter is searched for that letter first, which is 2-3 times faster.
    """
    parts: dict[str, list[str]] = {}
    for phrase in phrases:
        parts.setdefault(phrase[:1].casefold(), []).append(phrase)
    return tuple(compile_(part) for part in parts.values())


def _context(entry: dict) -> _Context:
    before = entry.get("before")
    after = entry.get("after")
    return _Context(
        entry["original"],
        regex.compile(f"{_NOT_LETTER_BEFORE}(?:{_alternation(before)})\\s*$", regex.I) if before else None,
        regex.compile(f"\\s*(?:{_alternation(after)})(?![\\p{{L}}\\p{{M}}])", regex.I) if after else None,
    )


@functools.cache
def _signals() -> dict:
    return patterns.load("spin/signals")


@functools.cache
def _rules() -> _Rules:
    lexicon = patterns.load("spin/lexicon")
    digits = {str(word): str(digit) for word, digit in lexicon["number_words"].items()}
    # Spinners write number words in lowercase ("một.600"); "BA.5" is a name.
    unit = f"(?:\\d+|{_alternation([*digits, *(w.capitalize() for w in digits)])})"
    contexts: dict[str, list[_Context]] = {}
    for entry in lexicon["in_context"]:
        contexts.setdefault(_key(entry["spun"]), []).append(_context(entry))
    collocations = _signals()["collocations"]
    return _Rules(
        numeral=regex.compile(f"{_NOT_LETTER_BEFORE}{unit}(?:[.,/]{unit})*{_NOT_LETTER_AFTER}(?!\\d)"),
        digits=digits,
        doubled=_doubled(lexicon["doubled"]),
        replace=_bounded(lexicon["replace"]),
        originals={_key(spun): original for spun, original in lexicon["replace"].items()},
        contextual=_bounded(contexts),
        contexts=contexts,
        anchors=_bounded(collocations),
        partners={_key(anchor): regex.compile(f"{_NOT_LETTER_BEFORE}(?:{_alternation(words)})\\s*$", regex.I)
                  for anchor, words in collocations.items()},
        doubled_screen=_screen(lexicon["doubled"], _doubled),
        replace_screen=_screen(lexicon["replace"], _bounded),
        contextual_screen=_screen(contexts, _bounded),
    )
