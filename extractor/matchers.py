"""Run compiled patterns only where they can match.

spaCy's Matcher tries every pattern at every token, so its cost grows with
patterns × tokens, and each call walks the whole sentence. Each compiled
pattern has elements it cannot do without (a word like "bậc" or "nhóm", a cue
class like COUNT_NOUN, a number): its requirements. The expansions of one
pattern line share a Matcher, which a sentence meets only if it holds every
requirement of at least one of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from spacy.matcher import Matcher
from spacy.tokens import Doc

from .patternlang import Compiled
from .tokens import vocab

def _mandatory(token: dict) -> bool:
    op = token.get("OP")
    return op in (None, "+", "!") and op != "!" or (op or "").startswith("{") and not op.startswith("{0")


def _keys(token: dict) -> frozenset[str] | None:
    for attr in ("LOWER", "LEMMA", "ENT_TYPE", "TAG"):
        if attr in token:
            value = token[attr]
            values = value["IN"] if isinstance(value, dict) else [value]
            prefix = "" if attr == "LOWER" else f"{attr}:"
            return frozenset(f"{prefix}{v}" for v in values)
    return None


def requirements(compiled: Compiled) -> frozenset[frozenset[str]]:
    """One key set per element the pattern cannot do without; a sentence must hold a key of each."""
    return frozenset(keys for token in compiled.tokens if _mandatory(token) and (keys := _keys(token)))


def doc_keys(doc: Doc) -> set[str]:
    """Everything a trigger can ask of a sentence."""
    keys: set[str] = set()
    for token in doc:
        keys.update((token.lower_, f"LEMMA:{token.lemma_}", f"TAG:{token.tag_}"))
        if token.ent_type_:
            keys.add(f"ENT_TYPE:{token.ent_type_}")
    return keys


class PatternSet:
    """The compiled patterns of one rule file, as Matchers grouped by trigger."""

    def __init__(self, compiled: Iterable[tuple[str, Compiled]], phrases: Mapping[str, frozenset[str]]):
        self.phrases = phrases
        self.by_id: dict[int, Compiled] = {}
        matchers: dict[str, Matcher] = {}
        needs: dict[str, set[frozenset[frozenset[str]]]] = {}
        for key, comp in compiled:
            line = f"{comp.id}#{comp.priority}"
            matcher = matchers.setdefault(line, Matcher(vocab(), validate=True))
            matcher.add(key, [list(comp.tokens)], greedy="LONGEST")
            needs.setdefault(line, set()).add(requirements(comp))
            self.by_id[vocab().strings[key]] = comp
        self.groups = [(tuple(needs[rule]), matcher) for rule, matcher in matchers.items()]

    def __call__(self, doc: Doc) -> Iterator[tuple[Compiled, int, int, list[int]]]:
        """Matches whose multi-word list elements spell real phrases (``Compiled.accepts``)."""
        keys = doc_keys(doc)
        words: list[str] = []
        for alternatives, matcher in self.groups:
            if not any(all(need & keys for need in needs) for needs in alternatives):
                continue
            words = words or [t.text for t in doc]
            for match_id, start, end, alignment in matcher(doc, with_alignments=True):
                comp = self.by_id[match_id]
                if comp.accepts(words[start:end], alignment, self.phrases):
                    yield comp, start, end, alignment
