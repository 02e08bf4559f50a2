"""Deals: agreements, contracts, investments, loans, acquisitions and offtakes reported as made.

A sentence reports a deal when a transaction verb is in it ("signed", "agreed", "acquired",
"will lend") or a weaker verb ("approved", "received", "unveiled") comes with money or with a
new deal named by an indefinite phrase ("a 10-year offtake agreement"); the verb must not be
hedged ("plans to", "could", "in talks") and the sentence must not merely go on about a deal
already reported ("The agreement still has to be ratified", "Under the deal, ..."). Its parties
are the countries (also through their government bodies: "the Pentagon") and companies of the
clause; a nationality that only describes a company ("Korean shipbuilder Hanwha Ocean") and the
site of a plant ("a refinery in Saudi Arabia") are not parties. "The company" and "the government"
stand for the article's protagonist company and country. An offtake signed "with A and B" is
one deal per buyer. A deal needs two parties. The headline and standfirst restate the body:
their deals count only when the body does not report them.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace

from newsetl.extract.amounts import ParsedAmount
from newsetl.extract.lexicon import COMMODITY, COMPANY, COUNTRY
from newsetl.extract.occurrence import Occurrence
from newsetl.extract.text import Sentence

DEAL_TYPES = ("offtake", "supply", "loan", "joint_venture", "merger", "equity_investment", "acquisition",
              "capital_raise", "financing", "agreement", "investment")

_STRONG = re.compile(
    r"\b(?:sign(?:s|ed|ing)?(?!\s+off\b)|ink(?:s|ed)|agree(?:s|d)?(?!\s+with\b)|finali[sz](?:e|es|ed)|"
    r"conclud(?:e|es|ed)|seal(?:s|ed|ing)|clinch(?:es|ed)|struck|acquir(?:e|es|ed|ing)|bought|buys?|"
    r"purchas(?:e|es|ed)(?=\s+(?:a|an|the|\d|\$|all|its|their|up))|merg(?:e|es|ed|ing)|invest(?:s|ed|ing)?|"
    r"lend(?:s|ing)?|lent|form(?:s|ed)?\s+a\s+(?:new\s+)?(?:joint\s+)?venture|t(?:ake|akes|ook)\s+over)\b")
_WEAK = re.compile(
    r"\b(?:won|wins?|awarded|secur(?:e|es|ed)|receiv(?:e|es|ed)|granted|commit(?:s|ted)|approv(?:e|es|ed)|"
    r"complet(?:e|es|ed)|clos(?:e|es|ed)|launch(?:es|ed)?|unveil(?:s|ed)?|announc(?:e|es|ed)|bec(?:ame|ome|omes)|"
    r"backs|backed|provid(?:e|es|ed)|suppl(?:y|ies|ied)|import(?:s|ed)?|export(?:s|ed)?|ship(?:s|ped)?|"
    r"channel(?:s|led)?|pledg(?:e|es|ed)|lined up|rais(?:e|es|ed|ing)|t(?:ake|akes|ook)|"
    r"creat(?:e|es|ed|ing)|enter(?:s|ed)\s+into)\b")
_SUPPLY_VERB = re.compile(r"\b(?:suppl(?:y|ies|ied)|ship(?:s|ped)?|import(?:s|ed)?|export(?:s|ed)?|deliver\w*)\b")
_DEAL_NOUNS = (r"deals?|agreements?|pacts?|accords?|contracts?|memorand(?:um|a)(?: of understanding)?|MoUs?|MOUs?|"
               r"frameworks?|partnerships?|joint ventures?|ventures?|offtakes?|loans?|investments?|truce|"
               r"arrangements?|term sheet|facility|package|stake|financing|funding|commitments?|notes|"
               r"acquisitions?|takeover|purchases?|merger|signing|transaction|sale|terms|plan|accord")
_INDEFINITE_DEAL = re.compile(
    rf"\b(?:a|an|another|new|separate|\d+|two|three|four|several)\s+(?:[\w$€£¥.,%’'-]+\s+){{0,5}}?(?:{_DEAL_NOUNS})\b")
_ELABORATION = re.compile(
    rf"^[\"“]?(?:(?:Under|As part of|Through|With|After|Before|Since|Following|Upon|By|At|For)\s+)?"
    rf"(?:the|this|that|these|its|their|such)\s+(?:[\w$€£¥.,%’'-]+\s+){{0,5}}?(?P<noun>{_DEAL_NOUNS}|shares)\b", re.I)
_REPORTED_ELABORATION = re.compile(
    rf"\b(?:said|says|added|noted|told [\w ]{{0,20}}?|cautioned|warned|argued|stressed|explained)\s+"
    rf"(?:on \w+\s+)?(?:that\s+)?(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_DEAL_NOUNS})\b")
_HEDGE = re.compile(
    r"\b(?:may|might|could|would|should|plans?|planned|planning|intends?|intended|intention|aims?|aimed|"
    r"seeks?|seeking|sought|hopes?|hoped|hoping|wants?|wanted|considering|considers?|weighing|weighed|"
    r"exploring|explore|studying|mulling|talks|negotiating|negotiations|proposed|proposes|proposal|potential|"
    r"possible|possibly|option|expected|likely|set|asked|invited|signalled|signaled|open|ready|willing|urged|"
    r"urging|calls?|called|demands?|demanded|threatened|threatens|warned|fears?|feared|if|whether|not|never|"
    r"no|without|failed|due|refused|declined|rejected|denied|reportedly|rumou?red|can|cannot|unless)\b",
    re.I)
_HEDGE_WINDOW = 48  # characters before a trigger in which a hedge word makes it hypothetical
_FAILED = re.compile(r"\b(?:fell apart|collapsed|scrapped|cancell?ed|terminated|called off|walked away|"
                     r"abandoned|vetoed|failed to|fell through)\b", re.I)
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:while|whereas|but)\s+|\s+while\s+")
_COMPANY_ANAPHOR = re.compile(
    r"\b[Tt]he\s+(?:[\w.-]+\s+){0,3}?(?:company|firm|miner|producer|refiner|developer|trader|trading house|"
    r"maker|manufacturer|utility|operator|shipbuilder|carmaker|automaker|explorer|smelter|supplier|group)\b"
    r"(?!['’]s|\s+[A-Z])")
_GOVERNMENT_ANAPHOR = re.compile(
    r"\b(?:[Tt]he\s+(?:federal\s+|national\s+|central\s+)?government|[Tt]he administration|federal\s+"
    r"(?:support|funding|government|money|backing)|government funding)\b")
_FUNDING_RECEIPT = re.compile(r"\b(?:receiv(?:e|es|ed)|won|awarded|granted)\b")
_ATTRIBUTE_GAP = re.compile(r"^(?:['’]s|-based|-listed|-owned|-headquartered|-registered)?"
                            r"(?:\s+(?:state|state-owned|state-run|[a-z][\w-]*)){0,3}\s+$")
_SITE_BEFORE = re.compile(
    r"\b(?:plant|refinery|mine|project|facility|factory|site|smelter|operations?|hub|deposit|field|"
    r"terminal|mill|complex|zone|park|region|province|state|territory|city|town|county|district)s?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:in|at|near|of)\s+(?:the\s+)?$")
_WITH_LIST_END = re.compile(r",\s+and\s+the\b|,\s+which\b|,\s+while\b|;|,\s+but\b")
_DURATION = re.compile(r"\b(?:for|over)\s+(?:the\s+next\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|"
                       r"nine|ten|fifteen|twenty|thirty)\s+years\b|\b(\d{1,2})-year\b", re.I)
_START_YEAR = re.compile(r"\b(?:starting|beginning|from|commencing|start(?:s|ing)? in)\s+(?:in\s+|around\s+|"
                         r"about\s+|early\s+|late\s+|mid-)?(20\d\d)\b")
_WORD_YEARS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30}
_TYPE_RULES: tuple[tuple[str, re.Pattern], ...] = tuple((name, re.compile(pattern, re.I)) for name, pattern in (
    ("offtake", r"off-?takes?"),
    ("agreement", r"\btrade (?:agreement|deal|pact)|framework|\bpacts?\b|\baccord\b|\btruce\b|memorandum|\bMoUs?\b|treaty"),
    ("loan", r"\blend|\blent\b|\bloans?\b"),
    ("joint_venture", r"joint venture|\bJV\b|\bventure\b|partnership"),
    ("merger", r"\bmerg"),
    ("equity_investment", r"\bstake\b|shareholder|preferred stock|convertible|\bequity\b|\bshares\b"),
    ("supply", r"\bsuppl(?:y|ies|ied)\b|\bimport|\bship(?:s|ped)?\b|sale and purchase"),
    ("acquisition", r"acquir|acquisition|takeover|take over|took over|bought|\bbuys?\b|\bpurchase"),
    ("capital_raise", r"\brais(?:e|es|ed|ing)\b|placement|\bIPO\b"),
    ("financing", r"financing|funding|\bgrants?\b|term sheet|\bdebt\b|facility|receiv|awarded|approval"),
    ("investment", r"invest"),
))


@dataclass(frozen=True, slots=True)
class DealCandidate:
    """A deal before ids are given: what the extractor turns into a `Deal` record."""

    deal_type: str
    sentence: Sentence
    parties: tuple[tuple[str, str], ...]  # (party_type, ref), ordered
    commodities: tuple[str, ...]
    value: float | None = None
    currency: str | None = None
    quantity: float | None = None
    quantity_unit: str | None = None
    quantity_period: str | None = None
    duration_years: float | None = None
    start_year: int | None = None


@dataclass(slots=True)
class _Context:
    occurrences: list[Occurrence]  # sorted by start
    starts: list[int]
    amounts: list[ParsedAmount]
    government_country: dict[str, str]  # organisation name -> iso2, for bodies that act for a country
    protagonist_company: str | None
    protagonist_country: str | None
    government_article: bool
    prices: set[int] = field(default_factory=set)  # starts of money amounts that are unit prices

    def within(self, start: int, end: int) -> list[Occurrence]:
        index = bisect_left(self.starts, start)
        found = []
        while index < len(self.occurrences) and self.occurrences[index].start < end:
            if self.occurrences[index].end <= end:
                found.append(self.occurrences[index])
            index += 1
        return found


_PRICE_AFTER = re.compile(
    r"\s*(?:per|a|an|/|each|for each)\s*(?:metric\s+)?(?:kilogram|kg|tonne|ton|t|barrel|bbl|ounce|oz|pound|lb|"
    r"share|unit|MMBtu|mmbtu|MWh|kWh|megawatt|gallon|litre|liter)s?\b|\s+each\b", re.I)


def find_deals(text: str, sentences: list[Sentence], occurrences: list[Occurrence], amounts: list[ParsedAmount],
               government_country: dict[str, str]) -> list[DealCandidate]:
    ordered = sorted(occurrences, key=lambda o: o.start)
    context = _Context(
        occurrences=ordered, starts=[o.start for o in ordered], amounts=amounts,
        government_country=government_country,
        protagonist_company=_protagonist(ordered, COMPANY, sentences),
        protagonist_country=_protagonist_country(ordered, government_country, sentences),
        government_article=bool(re.search(r"\b(?:government|federal|ministry|minister)\b", text, re.I)),
        prices={a.start for a in amounts if a.kind == "money" and _PRICE_AFTER.match(text, a.end)},
    )
    by_section: dict[str, list[DealCandidate]] = {"title": [], "description": [], "body": []}
    for sentence in sentences:
        by_section[sentence.section].extend(_sentence_deals(sentence, context))
    kept = _merge(by_section["body"])
    for section in ("description", "title"):
        for deal in by_section[section]:
            if not any(_restates(deal, other) for other in kept):
                kept.append(deal)
    return kept


def _protagonist(ordered: list[Occurrence], kind: str, sentences: list[Sentence]) -> str | None:
    """The first company of the headline, else the most mentioned one."""
    title = [o.ref for o in ordered if o.kind == kind and sentences and o.start < _title_end(sentences)]
    if title:
        return title[0]
    counts = Counter(o.ref for o in ordered if o.kind == kind)
    return counts.most_common(1)[0][0] if counts else None


def _protagonist_country(ordered: list[Occurrence], government_country: dict[str, str],
                         sentences: list[Sentence]) -> str | None:
    refs = [(o.start, _as_country(o, government_country)) for o in ordered]
    refs = [(start, iso2) for start, iso2 in refs if iso2]
    title_end = _title_end(sentences)
    in_title = [iso2 for start, iso2 in refs if start < title_end]
    if in_title:
        return in_title[0]
    counts = Counter(iso2 for _, iso2 in refs)
    return counts.most_common(1)[0][0] if counts else None


def _title_end(sentences: list[Sentence]) -> int:
    return max((s.end for s in sentences if s.section == "title"), default=0)


def _as_country(occurrence: Occurrence, government_country: dict[str, str]) -> str | None:
    if occurrence.kind == COUNTRY:
        return occurrence.ref
    if occurrence.kind == "organisation":
        return government_country.get(occurrence.ref)
    return None


def _sentence_deals(sentence: Sentence, context: _Context) -> list[DealCandidate]:
    text = sentence.text
    if _FAILED.search(text) or not (_STRONG.search(text) or _WEAK.search(text)):
        return []
    if _elaborates(text) and not _new_deal_named(text):
        return []
    deals = []
    offset = 0
    for clause in _CLAUSE_BREAK.split(text):
        clause_start = sentence.start + text.find(clause, offset)
        offset = clause_start - sentence.start + len(clause)
        deals.extend(_clause_deals(sentence, clause, clause_start, context))
    return deals


def _elaborates(text: str) -> bool:
    """The sentence is about a deal already named: "The agreement still has to be ratified", "... said
    the deal places no debt on Ukraine". A deal phrase that contains its own verb ("The federal
    government signed offtake arrangements") does not count."""
    for match in (_ELABORATION.match(text), _REPORTED_ELABORATION.search(text)):
        if match:
            before_noun = text[match.start():match.start("noun")]
            if not (_STRONG.search(before_noun) or _WEAK.search(before_noun)):
                return True
    return False


def _new_deal_named(text: str) -> bool:
    """An elaborating sentence that still names a new deal ("... a framework that officials signed")."""
    return any(_unhedged(text, m.start(), m.end()) for m in _STRONG.finditer(text)) and bool(_INDEFINITE_DEAL.search(text))


def _unhedged(text: str, start: int, end: int) -> bool:
    return not _HEDGE.search(text[max(0, start - _HEDGE_WINDOW):start])


def _clause_deals(sentence: Sentence, clause: str, clause_start: int, context: _Context) -> list[DealCandidate]:
    clause_end = clause_start + len(clause)
    stated = [a for a in context.amounts if a.kind == "money" and clause_start <= a.start < clause_end]
    money = [a for a in stated if a.start not in context.prices]  # a unit price is not the deal's value
    quantities = [a for a in context.amounts if a.kind == "quantity" and clause_start <= a.start < clause_end]
    trigger = _trigger(clause, bool(stated), bool(quantities))
    if trigger is None:
        return []
    occurrences = context.within(clause_start, clause_end)
    parties = _parties(clause, clause_start, occurrences, context)
    parties = _fill_from_context(clause, parties, context)
    if len(parties) < 2:
        return []
    deal_type = _deal_type(clause)
    commodities = tuple(dict.fromkeys(o.ref for o in occurrences if o.kind == COMMODITY))
    duration = _DURATION.search(clause)
    start_year = _START_YEAR.search(clause)
    base = DealCandidate(
        deal_type=deal_type, sentence=sentence, parties=_ordered(parties), commodities=commodities,
        value=money[0].value if money else None, currency=money[0].unit if money else None,
        quantity=quantities[0].value if quantities else None,
        quantity_unit=quantities[0].unit if quantities else None,
        quantity_period=quantities[0].period if quantities else None,
        duration_years=_years(duration) if duration else None,
        start_year=int(start_year.group(1)) if start_year else None,
    )
    if deal_type in ("offtake", "supply"):
        return _one_per_buyer(base, clause, clause_start, trigger, parties, context)
    return [base]


def _trigger(clause: str, has_money: bool, has_quantity: bool) -> re.Match | None:
    for match in _STRONG.finditer(clause):
        if _unhedged(clause, match.start(), match.end()):
            return match
    for match in _WEAK.finditer(clause):
        if not _unhedged(clause, match.start(), match.end()):
            continue
        supply = bool(_SUPPLY_VERB.match(clause, match.start()))
        if has_money or (has_quantity and supply) or _INDEFINITE_DEAL.search(clause, match.start()):
            return match
    return None


def _parties(clause: str, clause_start: int, occurrences: list[Occurrence], context: _Context) -> dict[tuple[str, str], int]:
    """(party_type, ref) -> first offset, for the countries and companies acting in the clause."""
    parties: dict[tuple[str, str], int] = {}
    companies = [o for o in occurrences if o.kind == COMPANY]
    for occurrence in occurrences:
        if occurrence.kind == COMPANY:
            parties.setdefault(("company", occurrence.ref), occurrence.start)
            continue
        iso2 = _as_country(occurrence, context.government_country)
        if iso2 is None:
            continue
        if occurrence.kind == COUNTRY:
            local_start = occurrence.start - clause_start
            if _SITE_BEFORE.search(clause[max(0, local_start - 60):local_start]):
                continue
            if _describes_company(clause, occurrence, clause_start, companies):
                continue
        parties.setdefault(("country", iso2), occurrence.start)
    return parties


def _describes_company(clause: str, country: Occurrence, clause_start: int, companies: list[Occurrence]) -> bool:
    """"Korean shipbuilder Hanwha Ocean", "China's CMOC", "U.S.-based Livent": a nationality, not a party."""
    following = [c for c in companies if c.start >= country.end]
    if not following:
        return False
    gap = clause[country.end - clause_start:following[0].start - clause_start]
    return bool(_ATTRIBUTE_GAP.match(gap)) and len(gap) <= 40


def _fill_from_context(clause: str, parties: dict[tuple[str, str], int], context: _Context) -> dict[tuple[str, str], int]:
    filled = dict(parties)
    if context.protagonist_company and _COMPANY_ANAPHOR.search(clause):
        filled.setdefault(("company", context.protagonist_company), len(clause))
    if context.protagonist_country and _GOVERNMENT_ANAPHOR.search(clause):
        filled.setdefault(("country", context.protagonist_country), 0)
    only_company = len(filled) == 1 and next(iter(filled))[0] == "company"
    if (only_company and context.protagonist_country and context.government_article
            and _FUNDING_RECEIPT.search(clause)):
        filled.setdefault(("country", context.protagonist_country), 0)
    return filled


def _one_per_buyer(base: DealCandidate, clause: str, clause_start: int, trigger: re.Match,
                   parties: dict[tuple[str, str], int], context: _Context) -> list[DealCandidate]:
    """"signed offtakes with A and with B": one deal with A, one with B."""
    with_at = clause.find(" with ", trigger.end())
    if with_at < 0:
        return [base]
    list_end = _WITH_LIST_END.search(clause, with_at)
    stop = clause_start + (list_end.start() if list_end else len(clause))
    start = clause_start + with_at
    sellers = {p for p, at in parties.items() if at < start}
    buyers = [p for p, at in sorted(parties.items(), key=lambda item: item[1]) if start <= at < stop]
    if len(buyers) < 2 or not sellers:
        return [base]
    return [replace(base, parties=_ordered({**{s: 0 for s in sellers}, buyer: 1})) for buyer in buyers]


def _ordered(parties: dict[tuple[str, str], int]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(parties))


def _deal_type(clause: str) -> str:
    for name, pattern in _TYPE_RULES:
        if pattern.search(clause):
            return name
    return "agreement"


def _years(match: re.Match) -> float:
    token = (match.group(1) or match.group(2)).lower()
    return float(_WORD_YEARS.get(token) or int(token))


def _restates(deal: DealCandidate, other: DealCandidate) -> bool:
    """A headline or standfirst deal that shares its parties with a deal already kept."""
    shared = len(set(deal.parties) & set(other.parties))
    return shared >= min(2, len(deal.parties))


def _merge(deals: list[DealCandidate]) -> list[DealCandidate]:
    """Join body sentences that report the same deal again: same type, nested parties, same value."""
    merged: list[DealCandidate] = []
    for deal in deals:
        for index, kept in enumerate(merged):
            if kept.deal_type != deal.deal_type:
                continue
            mine, theirs = set(deal.parties), set(kept.parties)
            if not (mine <= theirs or theirs <= mine):
                continue
            if kept.value is not None and deal.value is not None and abs(kept.value - deal.value) > 0.01 * kept.value:
                continue
            merged[index] = replace(kept, parties=tuple(sorted(mine | theirs)),
                                    value=kept.value if kept.value is not None else deal.value,
                                    currency=kept.currency if kept.value is not None else deal.currency,
                                    commodities=tuple(dict.fromkeys(kept.commodities + deal.commodities)))
            break
        else:
            merged.append(deal)
    return merged
