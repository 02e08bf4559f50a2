"""The extractor: one article in, its mentions, amounts and deals out.

Built once from the seed CSVs (an Aho-Corasick automaton and compiled patterns, well under a
second); `extract` is pure. Pickling an extractor ships only the seeds folder: each worker
process rebuilds its own lookups.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from hashlib import sha256
from operator import itemgetter
from pathlib import Path
from typing import cast

from newsetl.extract.amounts import AmountParser, ParsedAmount, deduplicate
from newsetl.extract.commodities import find_commodities
from newsetl.extract.companies import CompanyFinder
from newsetl.extract.countries import CountryFinder
from newsetl.extract.deals import DealCandidate, DealFinder, nationality_of
from newsetl.extract.lexicon import COMPANY, ORGANISATION, entity_entries, organisation_entries
from newsetl.extract.matcher import Hit, MultiMatcher, PhraseMatcher, leftmost_longest
from newsetl.extract.occurrence import Occurrence, SpanSet
from newsetl.extract.reference import ReferenceData, load_reference
from newsetl.extract.text import Document, build_document
from newsetl.records import Amount, AmountKind, Article, Deal, DealParty, EntityType, Extraction, Mention, PartyType

_COMMODITY_REACH = 60  # characters between a quantity and the commodity it measures
_START = itemgetter(0)  # of an Occurrence
# Bodies that lend and invest like companies: as deal parties they count as companies.
_FINANCIER_TYPES = frozenset({"development bank", "export credit agency", "sovereign fund", "pension fund",
                              "government fund"})


def stable_id(*parts: object) -> str:
    return sha256("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:32]


class Extractor:
    def __init__(self, seeds_dir: Path, reference: ReferenceData):
        self._seeds_dir = Path(seeds_dir)
        self._matcher = PhraseMatcher(entity_entries(reference))
        self._organisation_matcher = PhraseMatcher(organisation_entries(reference))
        self._companies = CompanyFinder(reference)
        self._countries = CountryFinder(reference)
        self._amounts = AmountParser(reference.currencies)
        self._deals = DealFinder({o.name: o.country_iso2 for o in reference.organisations
                                  if o.acts_for_country and o.country_iso2},
                                 frozenset(o.name for o in reference.organisations
                                           if o.org_type in _FINANCIER_TYPES and not o.acts_for_country))
        # Entities, organisations, company cue words and deal words: one pass over the text.
        self._scanner = MultiMatcher([self._matcher, self._organisation_matcher, self._companies.cue_matcher,
                                      self._deals.vocabulary])

    @classmethod
    def from_seeds(cls, seeds_dir: Path) -> Extractor:
        return cls(seeds_dir, load_reference(Path(seeds_dir)))

    def __reduce__(self):
        return (Extractor.from_seeds, (self._seeds_dir,))

    def extract(self, article: Article) -> Extraction:
        doc = build_document(article.title, article.description, article.body)
        entity_hits, organisation_hits, cues, deal_words = self._scanner.find(doc)
        organisations = _organisations(doc, organisation_hits)
        hits = self._with_names_inside_organisations(doc, entity_hits, organisations)
        companies = self._companies.find(doc, hits, organisations, article.publisher, cues)
        company_spans = SpanSet(len(doc.text), [(o.start, o.end) for o in companies])
        countries = self._countries.find(doc, hits, company_spans, {o.start: o.home_iso2 for o in companies})
        companies = _with_home_countries(doc.text, companies, countries)
        # a commodity word inside a company's or a listed public body's name is part of that name ("the National
        # Agency of Petroleum, Natural Gas and Biofuels" names no biofuel traded)
        name_spans = company_spans
        if organisations:  # most articles name none
            name_spans = SpanSet(len(doc.text), [(o.start, o.end) for o in companies + organisations])
        commodities = find_commodities(doc, hits, name_spans)
        parsed = self._amounts.parse(doc.text, doc.lowered, frozenset(c.ref for c in countries))
        nearest = _Commodities(commodities)
        deals = self._deals.find(doc, None, countries + companies + commodities + organisations,
                                 parsed, deal_words)
        return Extraction(
            mentions=_mentions(article.article_id, countries + companies + commodities),
            amounts=[_amount(article.article_id, a, nearest) for a in deduplicate(parsed)] if parsed else [],
            deals=_deals(article.article_id, deals),
        )


    def _with_names_inside_organisations(self, doc: Document, hits: list[Hit],
                                         organisations: list[Occurrence]) -> list[Hit]:
        """A company name inside a longer body's name ("Bank of China" in "People's Bank of China") gives way
        to what else that stretch names: the country."""
        if not organisations:  # most articles name none
            return list(hits)
        kept: list[Hit] = []
        for hit in hits:
            body = COMPANY in hit.kinds and next((o for o in organisations if o.start <= hit.start and hit.end <= o.end
                                                  and o.end - o.start > hit.end - hit.start), None)
            if not body:
                kept.append(hit)
                continue
            inner = build_document(doc.text[hit.start:hit.end], None, "")
            names = leftmost_longest([h for h in self._matcher.find_all(inner)
                                      if COMPANY not in h.kinds and h.end <= hit.end - hit.start])
            kept += [Hit(h.start + hit.start, h.end + hit.start, h.labels, h.kinds) for h in names]
        return kept


def _with_home_countries(text: str, companies: list[Occurrence], countries: list[Occurrence]) -> list[Occurrence]:
    """A discovered company's home country from the nationality the article gives it ("China's Shenghe")."""
    ends = {c.end: c.ref for c in countries}
    homed = []
    for company in companies:
        if company.home_iso2 is None:
            home = next((iso2 for end, iso2 in ends.items()
                         if 0 <= company.start - end <= 40 and nationality_of(text[end:company.start])), None)
            if home is not None:  # else the company stays as it is, home_iso2 None
                company = company._replace(home_iso2=home)
        homed.append(company)
    return homed


def _organisations(doc: Document, hits: list[Hit]) -> list[Occurrence]:
    return [Occurrence(h.start, h.end, ORGANISATION, h.labels[0].ref, doc.text[h.start:h.end]) for h in hits]


def _mentions(article_id: str, occurrences: list[Occurrence]) -> list[Mention]:
    grouped: dict[tuple[str, str], list[Occurrence]] = {}
    for occurrence in occurrences:
        key = (occurrence.kind, occurrence.ref)
        found = grouped.get(key)
        if found is None:
            grouped[key] = [occurrence]
        else:
            found.append(occurrence)
    mentions = []
    for (kind, ref), found in grouped.items():
        surfaces: tuple[str, ...]
        if len(found) == 1:
            surfaces = (found[0].surface,)
        else:
            surfaces = tuple(dict.fromkeys([o.surface for o in sorted(found, key=_START)]))
        if kind == COMPANY:
            home = next((o.home_iso2 for o in found if o.home_iso2), None)
            in_registry = all(o.in_registry for o in found)
        else:
            home, in_registry = None, True
        mentions.append(Mention(article_id=article_id, entity_type=cast(EntityType, kind), entity_ref=ref, mention_count=len(found),
                                surface_forms=surfaces, home_country_iso2=home, in_registry=in_registry))
    return mentions


def _amount(article_id: str, parsed: ParsedAmount, nearest: _Commodities) -> Amount:
    return Amount(
        amount_id=stable_id(article_id, parsed.start, parsed.raw_text),
        article_id=article_id, amount_kind=cast(AmountKind, parsed.kind), value=parsed.value, unit=parsed.unit,
        raw_text=parsed.raw_text, char_start=parsed.start, qualifier=parsed.qualifier,
        value_low=parsed.value_low, value_high=parsed.value_high, period=parsed.period,
        commodity_ref=nearest.of(parsed),
    )


class _Commodities:
    """The commodities of an article, for `_commodity_of` by binary search: they come in text order
    (from non-overlapping hits), so their starts and their ends both ascend."""

    def __init__(self, commodities: list[Occurrence]):
        self._commodities = commodities
        self._starts = [o.start for o in commodities]
        self._ends = [o.end for o in commodities]
        self._ordered = self._starts == sorted(self._starts) and self._ends == sorted(self._ends)

    def of(self, parsed: ParsedAmount) -> str | None:
        """`_commodity_of(parsed, commodities)`."""
        if not self._ordered:
            return _commodity_of(parsed, self._commodities)
        starts, ends = self._starts, self._ends
        after = bisect_left(starts, parsed.end)  # the first with the smallest start at or after the end
        if after < len(starts) and starts[after] <= parsed.end + _COMMODITY_REACH:
            return self._commodities[after].ref
        before = bisect_right(ends, parsed.start) - 1  # the largest end at or before the start ...
        if before >= 0 and ends[before] >= parsed.start - _COMMODITY_REACH:
            return self._commodities[bisect_left(ends, ends[before])].ref  # ... its first holder
        return None


def _commodity_of(parsed: ParsedAmount, commodities: list[Occurrence]) -> str | None:
    """The commodity named right after a quantity or price ("... tons of LNG"), else right before it."""
    after = [o for o in commodities if parsed.end <= o.start <= parsed.end + _COMMODITY_REACH]
    if after:
        return min(after, key=lambda o: o.start).ref
    before = [o for o in commodities if parsed.start - _COMMODITY_REACH <= o.end <= parsed.start]
    return max(before, key=lambda o: o.end).ref if before else None


def _deals(article_id: str, deals: list[DealCandidate]) -> list[Deal]:
    """The records of an article's deals. Two deals one sentence tells between the same parties ("A extended its
    supply contract with B and agreed to lend B ¥18 billion") need ids of their own: the warehouse keys a deal by
    its id, so the second and later take their rank into it."""
    told: Counter[tuple[int, tuple[tuple[str, str], ...]]] = Counter()
    records = []
    for deal in deals:
        key = (deal.sentence.start, deal.parties)
        records.append(_deal(article_id, deal, told[key]))
        told[key] += 1
    return records


def _deal(article_id: str, deal: DealCandidate, rank: int = 0) -> Deal:
    """`rank`: how many deals of the same sentence and parties come before this one."""
    parties = ",".join(f"{t}:{r}" for t, r in deal.parties)
    return Deal(
        deal_id=stable_id(article_id, deal.sentence.start, parties) if rank == 0 else
        stable_id(article_id, deal.sentence.start, parties, rank),
        article_id=article_id, deal_type=deal.deal_type, evidence_text=deal.sentence.text,
        parties=tuple(DealParty(party_type=cast(PartyType, t), entity_ref=r) for t, r in deal.parties),
        commodities=deal.commodities, value=deal.value, currency=deal.currency, quantity=deal.quantity,
        quantity_unit=deal.quantity_unit, quantity_period=deal.quantity_period,
        duration_years=deal.duration_years, start_year=deal.start_year,
    )
