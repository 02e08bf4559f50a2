"""Dictionary matching: every reference surface form in one Aho-Corasick automaton.

Text and forms are first folded the same way, character for character: lower case, and every
character that is neither a letter, a digit nor a currency sign turned into a space. Keys carry
a space at each end, so the automaton itself only finds whole words ("US" is never found inside
"business", "rare-earth" is found by "rare earth") and offsets stay those of the original text.
A case-sensitive form counts when the text has the form's own case ("US" is not "us"), or is all
upper case for forms of four letters or more ("CHINA" in a dateline). Overlapping hits are
resolved leftmost-longest across all kinds, so "Korea Zinc" (a company) beats "Korea" (a country)
and a blocking phrase ("Gulf of Mexico") consumes the country form inside it.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick

from newsetl.extract.text import Document, fold_for_matching, lower_same_length

BLOCK = "block"  # kind of a label that only consumes text
_CACHE_SIZE = 200_000  # distinct (surface, form) pairs whose case check is remembered


@dataclass(frozen=True, slots=True)
class Label:
    kind: str  # 'country', 'company', 'commodity', 'organisation' or BLOCK
    ref: str  # iso2, canonical company / commodity / organisation name
    role: str  # how the form names it: 'name', 'alias', 'adjective', 'capital', 'ambiguous', ...
    form: str | None  # the exact spelling required; None when any case matches


class Hit(NamedTuple):
    start: int
    end: int
    labels: tuple[Label, ...]
    kinds: frozenset[str]

    def labels_of(self, kind: str) -> tuple[Label, ...]:
        if kind not in self.kinds:  # `kinds` is always the set of the labels' kinds
            return ()
        if len(self.kinds) == 1:
            return self.labels
        return tuple(label for label in self.labels if label.kind == kind)


class PhraseMatcher:
    """Finds labelled surface forms in a document. Build once, use for every article."""

    def __init__(self, entries: list[tuple[str, Label]]):
        by_key: dict[str, list[Label]] = defaultdict(list)
        for form, label in entries:
            form = form.strip()
            if not form:
                continue
            key = f" {fold_for_matching(lower_same_length(form))} "
            if label not in by_key[key]:
                by_key[key].append(label)
        # key -> (labels, their kinds when any case matches, else None: the text's case is checked)
        self._keys: dict[str, tuple[tuple[Label, ...], frozenset[str] | None]] = {}
        self._automaton = ahocorasick.Automaton()
        for key, labels in by_key.items():
            # A form ending in punctuation ("U.S.") keeps it: the text must have it too.
            case_free = all(label.form is None for label in labels)
            kinds = frozenset(label.kind for label in labels)
            self._keys[key] = (tuple(labels), kinds if case_free else None)
            self._automaton.add_word(key, (len(key) - 2, key, tuple(labels), kinds if case_free else None))
        self._automaton.make_automaton()
        self._accepted: dict[tuple[str, str], tuple[tuple[Label, ...], frozenset[str]]] = {}

    def find(self, doc: Document) -> list[Hit]:
        """The hits of `doc`, overlaps resolved leftmost-longest."""
        return leftmost_longest(self.find_all(doc))

    def find_all(self, doc: Document) -> list[Hit]:
        """Every hit of `doc`, overlapping ones included."""
        text = doc.text
        accepted_cache = self._accepted
        candidates: list[Hit] = []
        # Offsets in the padded folded text are one more than in `text`; a key ends one past its form.
        for end_index, (length, key, labels, case_free_kinds) in self._automaton.iter(doc.folded):
            start = end_index - length - 1
            end = start + length
            if case_free_kinds is not None:
                candidates.append(Hit(start, end, labels, case_free_kinds))
                continue
            surface = text[start:end]
            accepted = accepted_cache.get((surface, key))
            if accepted is None:
                labels_accepted = _case_accepted(surface, labels)
                accepted = (labels_accepted, frozenset(label.kind for label in labels_accepted))
                if len(accepted_cache) < _CACHE_SIZE:
                    accepted_cache[(surface, key)] = accepted
            if accepted[0]:
                candidates.append(Hit(start, end, accepted[0], accepted[1]))
        return candidates


class MultiMatcher:
    """Several phrase matchers read in one pass over the text: one automaton holds every matcher's keys,
    each hit goes to the matchers that have its key. `find(doc)[i]` equals `matchers[i].find(doc)`."""

    def __init__(self, matchers: list[PhraseMatcher]):
        by_key: dict[str, list[tuple[int, tuple[Label, ...], frozenset[str] | None]]] = defaultdict(list)
        for index, matcher in enumerate(matchers):
            for key, (labels, kinds) in matcher._keys.items():
                by_key[key].append((index, labels, kinds))
        self._count = len(matchers)
        self._cached = 0  # case checks remembered, over every key's cache
        self._automaton = ahocorasick.Automaton()
        for key, entries in by_key.items():
            # The usual key, one matcher's and of any case, carries that matcher's index and its hit's labels.
            index, labels, kinds = entries[0] if len(entries) == 1 and entries[0][2] is not None else (-1, (), None)
            # Each (key, matcher) whose case is checked remembers its checks by surface, in a dict of its own:
            # surface -> (the labels accepted, their kinds).
            checked = tuple((i, entry_labels, entry_kinds, {} if entry_kinds is None else None)
                            for i, entry_labels, entry_kinds in entries)
            # A hit ends one character before the automaton's end index (keys carry a space at each end)
            # and starts `len(key) - 1` characters before that index.
            self._automaton.add_word(key, (len(key) - 1, index, labels, kinds, checked))
        self._automaton.make_automaton()

    def find(self, doc: Document) -> list[list[Hit]]:
        """The hits of each matcher, overlaps resolved leftmost-longest within each matcher."""
        return [_leftmost_longest_of_ordered(hits) for hits in self.find_all(doc)]

    def find_all(self, doc: Document) -> list[list[Hit]]:
        """Every hit of each matcher, in the automaton's order: by end, then longest first."""
        text = doc.text
        found: list[list[Hit]] = [[] for _ in range(self._count)]
        appends = [hits.append for hits in found]
        new = tuple.__new__
        for end_index, (reach, single, single_labels, single_kinds, entries) in self._automaton.iter(doc.folded):
            if single >= 0:
                appends[single](new(Hit, (end_index - reach, end_index - 1, single_labels, single_kinds)))
                continue
            start, end = end_index - reach, end_index - 1
            for index, labels, case_free_kinds, checked in entries:
                if case_free_kinds is not None:
                    appends[index](new(Hit, (start, end, labels, case_free_kinds)))
                    continue
                surface = text[start:end]
                accepted = checked.get(surface)
                if accepted is None:
                    labels_accepted = _case_accepted(surface, labels)
                    accepted = (labels_accepted, frozenset(label.kind for label in labels_accepted))
                    if self._cached < _CACHE_SIZE:
                        checked[surface] = accepted
                        self._cached += 1
                if accepted[0]:
                    appends[index](new(Hit, (start, end, accepted[0], accepted[1])))
        return found


def _case_accepted(surface: str, labels: tuple[Label, ...]) -> tuple[Label, ...]:
    accepted = []
    for label in labels:
        form = label.form
        if form is None or surface == form or _same_letters(surface, form):
            accepted.append(label)
        elif len(form) >= 4 and surface.isupper() and surface == form.upper():
            accepted.append(label)
    return tuple(accepted)


_APOSTROPHES = "'’"


def _same_letters(surface: str, form: str) -> bool:
    """The same letters in the same case, where the form's punctuation is written as a space or another
    apostrophe ("de l’Aïr" is the form "de l'Aïr", "Hapag Lloyd" is "Hapag-Lloyd"); never a hyphen for the
    form's space: "Anglo-American relations" is an adjective, not Anglo American."""
    return len(surface) == len(form) and all(
        a == b or (not b.isalnum() and not b.isspace() and (a == " " or (a in _APOSTROPHES and b in _APOSTROPHES)))
        for a, b in zip(surface, form))


def leftmost_longest(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, preferring the earliest start, then the longest span."""
    chosen: list[Hit] = []
    last_end = -1
    for hit in sorted(hits, key=_leftmost_longest_order):
        if hit.start >= last_end:
            chosen.append(hit)
            last_end = hit.end
    return chosen


def case_sensitive_form(form: str) -> str | None:
    """Forms with a capital letter are matched in their own case; all-lower forms in any case."""
    return form if any(ch.isupper() for ch in form) else None


def _leftmost_longest_order(hit: Hit) -> tuple[int, int]:
    return hit[0], hit[0] - hit[1]


def _leftmost_longest_of_ordered(hits: list[Hit]) -> list[Hit]:
    """`leftmost_longest` of one matcher's hits from the automaton, which never holds two with the same span:
    sorted by start then end (as plain tuples: no key function, and the labels are never compared), hits
    with the same start come shortest first, so the last of them is the longest."""
    chosen: list[Hit] = []
    last_end = -1
    last_start = -1
    for hit in sorted(hits):
        start = hit[0]
        if start >= last_end:
            chosen.append(hit)
            last_start, last_end = start, hit[1]
        elif start == last_start:
            chosen[-1] = hit
            last_end = hit[1]
    return chosen
