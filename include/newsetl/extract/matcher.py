"""Dictionary matching: every reference surface form in one Aho-Corasick automaton.

One pass over the lower-cased text finds every form; a hit counts only on word boundaries and,
for a case-sensitive form, when the text has the form's own case ("US" is not "us"), or is all
upper case for forms of four letters or more ("CHINA" in a dateline). Overlapping hits are
resolved leftmost-longest across all kinds, so "Korea Zinc" (a company) beats "Korea" (a country)
and a blocking phrase ("Gulf of Mexico") consumes the country form inside it.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import ahocorasick

from newsetl.extract.text import Document, is_word_char, lower_same_length

BLOCK = "block"  # kind of a label that only consumes text


@dataclass(frozen=True, slots=True)
class Label:
    kind: str  # 'country', 'company', 'commodity', 'organisation' or BLOCK
    ref: str  # iso2, canonical company / commodity / organisation name
    role: str  # how the form names it: 'name', 'alias', 'adjective', 'capital', 'ambiguous', ...
    form: str | None  # the exact spelling required; None when any case matches


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    labels: tuple[Label, ...]

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(label.kind for label in self.labels)

    def labels_of(self, kind: str) -> tuple[Label, ...]:
        return tuple(label for label in self.labels if label.kind == kind)


class PhraseMatcher:
    """Finds labelled surface forms in a document. Build once, use for every article."""

    def __init__(self, entries: list[tuple[str, Label]]):
        by_key: dict[str, list[Label]] = defaultdict(list)
        for form, label in entries:
            form = form.strip()
            if not form:
                continue
            key = lower_same_length(form)
            if label not in by_key[key]:
                by_key[key].append(label)
        self._automaton = ahocorasick.Automaton()
        for key, labels in by_key.items():
            self._automaton.add_word(key, (len(key), tuple(labels)))
        self._automaton.make_automaton()

    def find(self, doc: Document) -> list[Hit]:
        text = doc.text
        size = len(text)
        candidates: list[Hit] = []
        for end_index, (length, labels) in self._automaton.iter(doc.lowered):
            start = end_index - length + 1
            end = end_index + 1
            if is_word_char(text[start]) and start > 0 and is_word_char(text[start - 1]):
                continue
            if is_word_char(text[end - 1]) and end < size and is_word_char(text[end]):
                continue
            accepted = _case_accepted(text[start:end], labels)
            if accepted:
                candidates.append(Hit(start, end, accepted))
        return leftmost_longest(candidates)


def _case_accepted(surface: str, labels: tuple[Label, ...]) -> tuple[Label, ...]:
    accepted = []
    for label in labels:
        form = label.form
        if form is None or surface == form:
            accepted.append(label)
        elif len(form) >= 4 and surface.isupper() and surface == form.upper():
            accepted.append(label)
    return tuple(accepted)


def leftmost_longest(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, preferring the earliest start, then the longest span."""
    chosen: list[Hit] = []
    last_end = -1
    for hit in sorted(hits, key=lambda h: (h.start, h.start - h.end)):
        if hit.start >= last_end:
            chosen.append(hit)
            last_end = hit.end
    return chosen


def case_sensitive_form(form: str) -> str | None:
    """Forms with a capital letter are matched in their own case; all-lower forms in any case."""
    return form if any(ch.isupper() for ch in form) else None
