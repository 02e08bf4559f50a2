"""Commodities: synonyms and plurals mapped to the canonical names of the commodities seed.

A word that is also ordinary English ("lead") counts only next to another commodity ("zinc and
lead") or a market noun ("lead prices"). In the standfirst and body a capitalised synonym glued to
other capitalised words is part of a name ("Gold Fields", "Critical Raw Materials Act",
"Condoleezza Rice"), and a synonym inside a company name is part of the company.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from newsetl.extract.lexicon import COMMODITY, COMPANY
from newsetl.extract.matcher import Hit, Label
from newsetl.extract.occurrence import Occurrence, SpanSet
from newsetl.extract.text import Document

_MARKET_NOUN = re.compile(
    r"[\s-]+(?:prices?|ore|concentrates?|smelters?|smelting|mines?|mining|output|production|exports?|"
    r"imports?|market|futures|deposits?|reserves|supply|supplies|demand|metal|ingots?|refinery|refining)\b",
    re.I)
_NEIGHBOUR_WINDOW = 25
_OBJECT_AFTER = re.compile(r"[ \t]+(?:(?:the|a|an|its|their|this|these|those)[ \t]|[A-Z])")
# The last item of a list is a noun ("copper, zinc and lead Glencore buys"); the verb follows its subject.
_LIST_JOINER_BEFORE = re.compile(r"(?:,|\band|\bor|&)[ \t]+$")
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w’'-])(?!(?:The|A|An|And|Or|Of|In|On|For|By|With|Its|Their)[ \t])[A-Z][\w’'-]*[ \t]+$")
_WORD_BEFORE_REACH = 40  # characters
_CAPITALISED_WORD_AFTER = re.compile(r"[ \t]+[A-Z][\w’'-]*")


def find_commodities(doc: Document, hits: list[Hit], company_spans: SpanSet) -> list[Occurrence]:
    text = doc.text
    # each commodity hit with its labels, read once, and whether it is only an ambiguous word ("lead")
    commodity_hits: list[tuple[Hit, tuple[Label, ...], bool]] = []
    for hit in hits:
        if COMMODITY in hit.kinds and COMPANY not in hit.kinds:
            labels = hit.labels_of(COMMODITY)
            commodity_hits.append((hit, labels, all(label.role == "ambiguous" for label in labels)))
    # where the plain commodity names are, to find the nearest to an ambiguous word by bisection (hits do not
    # overlap, so starts and ends both ascend)
    plain = [hit for hit, _, ambiguous in commodity_hits if not ambiguous]
    plain_starts = [h.start for h in plain]
    plain_ends = [h.end for h in plain]
    found: list[Occurrence] = []
    for hit, labels, ambiguous in commodity_hits:
        if company_spans.overlaps(hit.start, hit.end):
            continue
        surface = text[hit.start:hit.end]
        if ambiguous and (_used_as_verb(doc, hit)
                          or not _in_market_context(hit, plain_starts, plain_ends, text)):
            continue
        # only a capitalised word is part of a name: the usual lower-case hit is not read further
        if (surface[:1].isupper() and any(label.form is None for label in labels)
                and _inside_a_name(doc, hit, surface)):
            continue
        refs = (labels[0].ref,) if len(labels) == 1 else dict.fromkeys(label.ref for label in labels)
        for ref in refs:
            found.append(Occurrence(hit.start, hit.end, COMMODITY, ref, surface))
    return found


def _used_as_verb(doc: Document, hit: Hit) -> bool:
    """"Nickel miners lead Jakarta rally", "copper producers lead the gains": a lower-case word that takes an
    object is the verb; the metal is followed by a noun, ends the phrase ("zinc and lead prices") or a list
    ("copper, zinc and lead Glencore buys")."""
    before = doc.text[max(0, hit.start - 8):hit.start]
    return (doc.section(hit.start) != "title" and doc.text[hit.start:hit.start + 1].islower()
            and _OBJECT_AFTER.match(doc.text, hit.end) is not None and not _LIST_JOINER_BEFORE.search(before))


def _in_market_context(hit: Hit, plain_starts: list[int], plain_ends: list[int], text: str) -> bool:
    """A market noun after the word ("lead prices") or a plain commodity name within a few characters
    ("zinc and lead")."""
    if _MARKET_NOUN.match(text, hit.end):
        return True
    after = bisect_left(plain_starts, hit.end)
    before = bisect_right(plain_ends, hit.start) - 1
    return ((after < len(plain_starts) and plain_starts[after] - hit.end <= _NEIGHBOUR_WINDOW)
            or (before >= 0 and hit.start - plain_ends[before] <= _NEIGHBOUR_WINDOW))


def _inside_a_name(doc: Document, hit: Hit, surface: str) -> bool:
    if doc.section(hit.start) == "title" or not surface[:1].isupper() or surface.isupper():
        return False
    text = doc.text
    # the word before, on its line, is read in a short window: a search from the line's start would make a one-line
    # article quadratic in its capitalised commodity words
    reach = max(0, hit.start - _WORD_BEFORE_REACH)
    window_start = max(text.rfind("\n", reach, hit.start) + 1, reach)
    glued_before = (_CAPITALISED_WORD_BEFORE.search(text, window_start, hit.start) is not None
                    and not text[window_start:hit.start].rstrip().endswith((".", ":")))
    return glued_before or bool(_CAPITALISED_WORD_AFTER.match(text, hit.end))
