"""Run compiled patterns only where they can match.

spaCy's Matcher tries every pattern at every token, so its cost grows with
patterns × tokens, and each call walks the whole sentence. Each compiled
pattern has elements it cannot do without (a word like "bậc" or "nhóm", a cue
class like COUNT_NOUN, a number): its requirements. Pattern lines that need the
same things share a Matcher, which runs on a window of the sentence only if
the window's tokens hold them all, and only if the group's patterns can be read
there in order (``tokenregex``: a regular expression over the window's token
attributes, which turned away four Matcher calls in five on figure pages).

One Matcher for all patterns (one pass per window) was measured and is slower:
spaCy's cost is patterns × tokens, not calls, and the requirements leave about
a tenth of the patterns to try on a figure sentence (issue 14).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence

from spacy.attrs import ENT_TYPE, LEMMA, LOWER, TAG
from spacy.matcher import Matcher
from spacy.tokens import Doc

from .patternlang import Compiled
from .tokenregex import ATTRS, compile_any, records_of
from .tokens import vocab

_NAMES = ("LOWER", "LEMMA", "ENT_TYPE", "TAG")  # the attributes requirements test: ATTRS' first four
assert ATTRS[:4] == [LOWER, LEMMA, ENT_TYPE, TAG]


def _mandatory(token: dict) -> bool:
    op = token.get("OP")
    return op in (None, "+") or (op or "").startswith("{") and not op.startswith("{0")


def _keys(token: dict) -> frozenset[int] | None:
    """The string hashes one of which a token must carry to match this element."""
    for name in _NAMES:
        if name in token:
            value = token[name]
            values = value["IN"] if isinstance(value, dict) else [value]
            return frozenset(vocab().strings.add(str(v)) for v in values)
    return None


def requirements(compiled: Compiled) -> frozenset[frozenset[int]]:
    """One key set per element the pattern cannot do without; a sentence must hold a key of each."""
    return frozenset(keys for token in compiled.tokens if _mandatory(token) and (keys := _keys(token)))


def line_requirements(expansions: list[frozenset[frozenset[int]]]) -> frozenset[frozenset[int]]:
    """Key sets a sentence must touch for any expansion of a pattern line to match.

    Each expansion needs a key from each of its sets. A set of the first
    expansion, widened by the closest set of every other expansion (the same
    element spelled with phrases of another length), is needed by all of them.
    """
    first, rest = expansions[0], expansions[1:]
    core = set()
    for keys in first:
        widened = set(keys)
        for other in rest:
            if not other:
                break
            widened |= max(other, key=lambda candidate: (len(candidate & keys), -len(candidate)))
        else:
            core.add(frozenset(widened))
    return frozenset(core)


class PatternSet:
    """The compiled patterns of one rule file, as one Matcher per group of lines that need the same things."""

    def __init__(self, compiled: Iterable[tuple[str, Compiled]], phrases: Mapping[str, frozenset[str]]):
        self.phrases = phrases
        self.by_id: dict[int, Compiled] = {}
        lines: dict[int, list[tuple[str, Compiled]]] = {}
        for key, comp in compiled:
            lines.setdefault(comp.priority, []).append((key, comp))
            self.by_id[vocab().strings.add(key)] = comp
        # What every expansion of a line needs: a window lacking any of it cannot match the
        # line. Lines that need the same things share a Matcher (one pass over the window).
        groups: dict[frozenset[frozenset[int]], list[tuple[str, Compiled]]] = {}
        for expansions in lines.values():
            core = line_requirements([requirements(comp) for _, comp in expansions])
            groups.setdefault(core, []).extend(expansions)
        self.cores = list(groups)
        # Each group's Matcher and its order expression (see tokenregex) are built when first
        # needed: building all took 0.4 s of every start-up, and a run may need few of them.
        self._entries = [groups[core] for core in self.cores]
        self._matchers: list[Matcher | None] = [None] * len(self.cores)
        self._orders: list[re.Pattern | None] = [None] * len(self.cores)
        # Each distinct key set, numbered; a group needs all of its numbers; a string hash
        # touches the numbers of the key sets it belongs to.
        needs = {need: n for n, need in enumerate({need for core in self.cores for need in core})}
        self.needs = [frozenset(needs[need] for need in core) for core in self.cores]
        touches: dict[int, set[int]] = {}
        for need, n in needs.items():
            for key in need:
                touches.setdefault(key, set()).add(n)
        self.touches = {key: frozenset(numbers) for key, numbers in touches.items()}
        self._keys = frozenset(self.touches)
        # Each group listed under one of its needs (the one fewest strings touch), so a window is
        # tested only against the groups one of its touched needs lists: a figure window touches
        # a handful of the ~160 groups, and a set test per group was most of a call's own time.
        touched_by = {n: sum(n in numbers for numbers in self.touches.values()) for n in needs.values()}
        self._always = [group for group, core in enumerate(self.needs) if not core]
        self._listed: dict[int, list[int]] = {}
        for group, core in enumerate(self.needs):
            if core:
                self._listed.setdefault(min(core, key=lambda n: (touched_by[n], n)), []).append(group)
        # pattern id → the priority of its last line (how figures that tie on length are ordered)
        self.priorities = {comp.id: comp.priority for comp in self.by_id.values()}
        # patterns with multi-word list elements, whose matches ``Compiled.accepts`` must check
        self.checked = {match_id for match_id, comp in self.by_id.items() if any(comp.phrases)}

    def __call__(self, doc: Doc, windows: Sequence[tuple[int, int]] | None = None
                 ) -> Iterator[tuple[Compiled, int, int, list[int]]]:
        """Matches whose multi-word list elements spell real phrases (``Compiled.accepts``).

        ``windows`` (token ranges) limit the search to where a match can be: each
        Matcher call walks every token it is given. A group's Matcher runs on a
        window only if the window's tokens hold what the group needs (one
        look-up per distinct value of the window), so most groups never walk it,
        and only if the group's order expression finds its elements in sequence there.
        """
        ranges = list(windows) if windows is not None else [(0, len(doc))]
        values = doc.to_array(ATTRS)  # the record fields; requirements read the first four
        runs: list[tuple[int, int]] = []  # (group, window) pairs whose needs the window meets
        for window, (a, b) in enumerate(ranges):
            touched = self._met(set(values[a:b, :4].ravel().tolist()))
            runs.extend((group, window) for n in touched for group in self._listed.get(n, ())
                        if self.needs[group] <= touched)
            runs.extend((group, window) for group in self._always)
        written: tuple[str, list[int]] | None = None
        for group, window in sorted(runs):  # groups in order, then windows, as matches were always yielded
            a, b = ranges[window]
            written = written or records_of(values, doc.vocab.strings)
            text, starts = written
            first = self.order(group).search(text, starts[a], starts[b])
            if not first:
                continue  # the words are there, not in an order any pattern of the group reads
            # no match of spaCy's starts before the expression's first (it is looser): walk from there
            a = bisect_left(starts, first.start(), a, b)
            matcher = self.matcher(group)
            for match_id, start, end, alignment in matcher(doc[a:b], with_alignments=True,  # type: ignore[misc]
                                                           allow_missing=True):
                comp = self.by_id[match_id]
                start, end = start + a, end + a
                if match_id not in self.checked or comp.accepts(
                        [t.text for t in doc[start:end]], alignment, self.phrases):
                    yield comp, start, end, alignment

    @property
    def matchers(self) -> list[Matcher]:
        """Every group's Matcher, built now if need be."""
        return [self.matcher(group) for group in range(len(self.cores))]

    def matcher(self, group: int) -> Matcher:
        """The Matcher of ``group``'s patterns (the longest match of each key kept)."""
        matcher = self._matchers[group]
        if matcher is None:
            # not validated here (0.17 s of every start-up): patternlang writes every pattern, and
            # tests/test_pattern_validation.py has spaCy validate all it writes from the rule files
            matcher = self._matchers[group] = Matcher(vocab())
            for key, comp in self._entries[group]:
                matcher.add(key, [list(comp.tokens)], greedy="LONGEST")
        return matcher

    def order(self, group: int) -> re.Pattern:
        """The expression that finds where the patterns of ``group`` could match (``tokenregex``)."""
        order = self._orders[group]
        if order is None:
            order = self._orders[group] = compile_any((comp.tokens, comp.phrases) for _, comp in self._entries[group])
        return order

    def _met(self, keys: set[int]) -> frozenset[int]:
        """The numbers of the key sets that ``keys`` touch."""
        return frozenset().union(*[self.touches[key] for key in self._keys.intersection(keys)])
