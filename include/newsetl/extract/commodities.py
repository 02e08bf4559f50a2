"""Commodities: synonyms and plurals mapped to the canonical names of the commodities seed.

A word that is also ordinary English ("lead") counts only next to another commodity ("zinc and
lead") or a market noun ("lead prices"). In the standfirst and body a capitalised synonym glued to
other capitalised words is part of a name ("Gold Fields", "Critical Raw Materials Act",
"Condoleezza Rice"), and a synonym inside a company name is part of the company.
"""
from __future__ import annotations

import re

from newsetl.extract.lexicon import COMMODITY, COMPANY
from newsetl.extract.matcher import Hit
from newsetl.extract.occurrence import Occurrence, SpanSet
from newsetl.extract.text import Document

_MARKET_NOUN = re.compile(
    r"[\s-]+(?:prices?|ore|concentrates?|smelters?|smelting|mines?|mining|output|production|exports?|"
    r"imports?|market|futures|deposits?|reserves|supply|supplies|demand|metal|ingots?|refinery|refining)\b",
    re.I)
_NEIGHBOUR_WINDOW = 25
_OBJECT_AFTER = re.compile(r"[ \t]+(?:(?:the|a|an|its|their|this|these|those)[ \t]|[A-Z])")
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w’'-])(?!(?:The|A|An|And|Or|Of|In|On|For|By|With|Its|Their)[ \t])[A-Z][\w’'-]*[ \t]+$")
_CAPITALISED_WORD_AFTER = re.compile(r"[ \t]+[A-Z][\w’'-]*")


def find_commodities(doc: Document, hits: list[Hit], company_spans: SpanSet) -> list[Occurrence]:
    text = doc.text
    commodity_hits = [h for h in hits if COMMODITY in h.kinds and COMPANY not in h.kinds]
    found: list[Occurrence] = []
    for hit in commodity_hits:
        if company_spans.overlaps(hit.start, hit.end):
            continue
        surface = text[hit.start:hit.end]
        labels = hit.labels_of(COMMODITY)
        if all(label.role == "ambiguous" for label in labels) and (
                _used_as_verb(doc, hit) or not _in_market_context(hit, commodity_hits, text)):
            continue
        if any(label.form is None for label in labels) and _inside_a_name(doc, hit, surface):
            continue
        for ref in dict.fromkeys(label.ref for label in labels):
            found.append(Occurrence(hit.start, hit.end, COMMODITY, ref, surface))
    return found


def _used_as_verb(doc: Document, hit: Hit) -> bool:
    """"Nickel miners lead Jakarta rally", "copper producers lead the gains": a lower-case word that takes an
    object is the verb; the metal is followed by a noun or ends the phrase ("zinc and lead prices")."""
    return (doc.section(hit.start) != "title" and doc.text[hit.start:hit.start + 1].islower()
            and _OBJECT_AFTER.match(doc.text, hit.end) is not None)


def _in_market_context(hit: Hit, commodity_hits: list[Hit], text: str) -> bool:
    if _MARKET_NOUN.match(text, hit.end):
        return True
    return any(other is not hit and abs(other.start - hit.end) <= _NEIGHBOUR_WINDOW
               or other is not hit and abs(hit.start - other.end) <= _NEIGHBOUR_WINDOW
               for other in commodity_hits if any(lb.role != "ambiguous" for lb in other.labels_of(COMMODITY)))


def _inside_a_name(doc: Document, hit: Hit, surface: str) -> bool:
    if doc.section(hit.start) == "title" or not surface[:1].isupper() or surface.isupper():
        return False
    text = doc.text
    line_start = text.rfind("\n", 0, hit.start) + 1
    before = text[line_start:hit.start]
    glued_before = bool(_CAPITALISED_WORD_BEFORE.search(before)) and not before.rstrip().endswith((".", ":"))
    return glued_before or bool(_CAPITALISED_WORD_AFTER.match(text, hit.end))
