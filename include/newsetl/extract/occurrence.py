"""One place in the text where an entity is named: the unit the extractors pass between them."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate
from typing import NamedTuple


class Occurrence(NamedTuple):
    """A named tuple rather than a frozen dataclass: articles create hundreds, and tuples are cheap."""

    start: int
    end: int
    kind: str  # 'country', 'company', 'commodity' or 'organisation'
    ref: str  # iso2, or the canonical company / commodity / organisation name
    surface: str
    in_registry: bool = True  # companies: False when discovered by rule
    home_iso2: str | None = None  # companies: home country when known


def overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


class SpanSet:
    """Non-empty character spans of one text, for overlap tests that cost the same however many spans there
    are: `overlaps(start, end)` is `overlaps_any(start, end, spans)` for a non-empty query."""

    __slots__ = ("_mask",)

    def __init__(self, length: int, spans: Iterable[tuple[int, int]] = ()):
        self._mask = bytearray(length)
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        if end > start:
            self._mask[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) >= 0


class EnclosingSpans:
    """Character spans of one text, for "is this stretch inside one of them" tests by bisection: the spans
    sorted by start, with the furthest end of the spans begun so far (thousands of spans stay linear)."""

    __slots__ = ("_starts", "_reach")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))

    def encloses(self, start: int, end: int) -> bool:
        """Whether one span holds text[start:end] whole."""
        begun = bisect_right(self._starts, start)
        return begun > 0 and self._reach[begun - 1] >= end
