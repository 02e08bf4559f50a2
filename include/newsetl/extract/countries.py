"""Countries: names, abbreviations, adjectives and capitals, disambiguated by the article.

A form that is also an ordinary word or a name ("Georgia", "Jordan", "Holland") counts only when
the article confirms the country with another of its forms or a context term ("Tbilisi"), lists it
with another country, calls it "neighbouring" or "landlocked", or gives it what only a country
owns ("Jordan's state buyer", "Jordan's Arab Potash Company": a company based there). A bare "Congo"
is the Democratic Republic of the Congo, the usual referent in resources news, unless the article
names the Republic of the Congo and nothing of the DRC. A country form inside a company name
("Korea Zinc", "LNG Canada") is part of the company, not a mention of the country, and the place
of a stock listing ("London-listed", "(Nasdaq Stockholm: LUMI)", "the Hong Kong stock exchange") or of a
trade ("shares rose 2% in London") is not one either, nor is a currency's name ("24.8 billion U.S. dollars",
"the Swiss franc").
"""
from __future__ import annotations

import re

from newsetl.extract.lexicon import COMPANY, COUNTRY
from newsetl.extract.matcher import Hit
from newsetl.extract.occurrence import Occurrence, SpanSet
from newsetl.extract.reference import ReferenceData
from newsetl.extract.text import Document, whole_word_positions

_DRC, _ROC = "CD", "CG"
# "London-listed", "Hong Kong-quoted", "(Nasdaq Stockholm: LUMI)", "filed with the Hong Kong stock exchange": the
# place of a stock listing, not a mention of the country. A ticker opens with a letter and has two characters at
# least: "(Chile: 5)" is a figure of the country.
_LISTING_VENUE = re.compile(r"-(?:listed|quoted|traded)\b|[ \t]*:[ \t]*[A-Z][A-Z0-9.]*[A-Z0-9]\)"
                            r"|[ \t]+[Ss]tock[ \t]+[Ee]xchange\b")
# "rose 1.2% in London", "closed at 8.94 yuan in Beijing": a capital after a price or a change is the
# exchange where it was set, not the government. A whole number is no price: "signed on 12 March 2025 in Tokyo".
_PRICE_BEFORE_VENUE = re.compile(
    r"(?:\d[.,]\d+|%|\b(?:pence|cents|points|yen|won|yuan|rupees|roubles|rubles|rand|euros|dollars))[ \t]+in[ \t]+$")
_VENUE_REACH = 16
# "neighbouring Chad", "landlocked Chad": words that only a country follows.
_COUNTRY_EPITHET = re.compile(r"(?i:neighbou?ring|landlocked)[ \t]+$")
_EPITHET_REACH = 14
# "Jordan's central bank", "Chad's national oil company": what only a country owns.
_NATIONAL_BODY_AFTER = re.compile(r"(?:central[ \t]+bank|sovereign[ \t]+wealth[ \t]+fund|national[ \t]+"
                                  r"(?:oil|gas|mining|power|electricity|petroleum)[ \t]+company)\b")
# "Jordan's state buyer", "Chad's state-owned refinery", "Chad's government", "Jordan's cabinet": a country's
# government and what it owns; a US state's too ("Georgia's state regulators", "Georgia's government offered ..."
# are no country's, nor is a bare "state").
_STATE_FIRM_AFTER = re.compile(r"(?:state|government)(?:-(?:owned|run|controlled|backed)\b|[ \t]+(?:buyer|firm|"
                               r"company|miner|utility|producer|importer|exporter|refiner|lender|investor|"
                               r"oil|mining|grains?)\b)|(?:government|cabinet|ministry)\b")
# Country forms that are also names of US states.
_ALSO_US_STATES = frozenset({"Georgia"})
# "Anglo-Australian", "Franco-German", "Russo-Ukrainian": the first part of such a compound is a country too.
# ("Sino" is a plain alias of China in the seed; "Anglo" alone is also short for Anglo American.)
_COMBINING_FORM_COUNTRY = {"Anglo-": "GB", "Franco-": "FR", "Russo-": "RU"}
# The word after a country form, to tell "U.S. dollars" (a currency) from "U.S. officials".
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
# A currency's name follows a figure or "the" ("9.1 billion U.S. dollars", "the Swiss franc"); elsewhere the
# same words are the country's ("A South Korean won the tender", "Zimbabwe gold output").
_BEFORE_A_CURRENCY = re.compile(r"(?:\d|\b(?:[Tt]he|million|billion|trillion|thousand|mn|bn))[ \t]+$")
_CURRENCY_LEAD_REACH = 12
# "through Azerbaijan and Georgia", "Georgia, Armenia", "the Chad-Cameroon pipeline": listed with another
# country, it is one too.
_COORDINATION = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+|[-–])[ \t]*")


class CountryFinder:
    def __init__(self, reference: ReferenceData):
        self._context_terms = {c.iso2: c.context_terms for c in reference.countries}
        self._currency_names = _currency_names(reference)
        # the country forms, lower-cased, that open a currency's name ("u.s.", "swiss"): most forms open none
        self._currency_openers = frozenset(name.rsplit(" ", 1)[0] for name in self._currency_names)

    def find(self, doc: Document, hits: list[Hit], company_spans: SpanSet,
             company_homes: dict[int, str | None] | None = None) -> list[Occurrence]:
        """`company_homes`: the home country of each company named, by where its name starts."""
        text = doc.text
        company_homes = company_homes or {}
        found: list[tuple[Occurrence, str]] = []
        for hit in hits:
            start, end, _, kinds = hit
            if COUNTRY not in kinds or COMPANY in kinds:
                continue
            label = hit.labels_of(COUNTRY)[0]
            if (company_spans.overlaps(start, end) or _LISTING_VENUE.match(text, end)
                    or self._is_currency_name(text, start, end)):
                continue
            if label.role == "capital" and _after_a_price(text, start):
                continue
            found.append((Occurrence(start, end, COUNTRY, label.ref, text[start:end]), label.role))
        found += _combining_forms(text, company_spans)
        found.sort(key=lambda pair: pair[0].start)
        confirmed = {o.ref for o, role in found if role != "ambiguous"}
        unconfirmed: set[str] = set()  # countries whose context terms the text was searched for in vain
        kept = []
        for index, (occurrence, role) in enumerate(found):
            if (role == "ambiguous" and not self._confirmed(occurrence.ref, confirmed, unconfirmed, text)
                    and not _listed_with_a_country(found, index, text)
                    and not _COUNTRY_EPITHET.search(text, max(0, occurrence.start - _EPITHET_REACH),
                                                    occurrence.start)
                    and not _owns_as_country(text, occurrence, company_homes)):
                continue
            kept.append(occurrence)
        return _resolve_congo(kept)

    def _is_currency_name(self, text: str, start: int, end: int) -> bool:
        """The country form at `start`-`end` opens a currency's name: "U.S. dollars", "the Swiss franc"."""
        if text[start:end].lower() not in self._currency_openers:
            return False
        word = _NEXT_WORD.match(text, end)
        return (word is not None and f"{text[start:end]} {word.group(1)}".lower() in self._currency_names
                and _BEFORE_A_CURRENCY.search(text, max(0, start - _CURRENCY_LEAD_REACH), start) is not None)

    def _confirmed(self, iso2: str, confirmed: set[str], unconfirmed: set[str], text: str) -> bool:
        """Another form or a context term confirms the country; the text is searched once per country, not per
        use of its form (3,000 uses of "Jordan" took 6.6 s)."""
        if iso2 in confirmed:
            return True
        if iso2 in unconfirmed:
            return False
        if any(whole_word_positions(text, term, in_compounds=True) for term in self._context_terms.get(iso2, ())):
            confirmed.add(iso2)
            return True
        unconfirmed.add(iso2)
        return False


def _combining_forms(text: str, company_spans: SpanSet) -> list[tuple[Occurrence, str]]:
    """The country of each "Anglo-", "Franco-" or "Russo-" that opens a compound outside a company name.
    (str.find, not a regex: a regex scan of every article's whole text is measurably slower.)"""
    found: list[tuple[Occurrence, str]] = []
    for form, iso2 in _COMBINING_FORM_COUNTRY.items():
        start = text.find(form)
        while start >= 0:
            end = start + len(form) - 1
            if ((start == 0 or not text[start - 1].isalnum()) and text[end + 1:end + 2].isupper()
                    and not company_spans.overlaps(start, end)):
                found.append((Occurrence(start, end, COUNTRY, iso2, text[start:end]), "adjective"))
            start = text.find(form, start + 1)
    return found


def _currency_names(reference: ReferenceData) -> frozenset[str]:
    """The currency names, lower-cased, that are a country's form and one word ("U.S. dollars", "Swiss franc")."""
    forms = {f for c in reference.countries for f in (c.name, *c.aliases, *c.adjectives)}
    return frozenset(n.lower() for c in reference.currencies for n in c.names
                     if " " in n and n.rsplit(" ", 1)[0] in forms)


def _after_a_price(text: str, start: int) -> bool:
    """The word at `start` follows a price or a change and "in": "rose 1.2% in London"."""
    return _PRICE_BEFORE_VENUE.search(text, max(0, start - _VENUE_REACH), start) is not None


def _owns_as_country(text: str, occurrence: Occurrence, company_homes: dict[int, str | None]) -> bool:
    """The form owns what only a country owns: its state's bodies or a company based there ("Jordan's state
    buyer", "Jordan's Arab Potash Company"); a person does not ("Michael Jordan's shoes")."""
    end = occurrence.end
    if text[end:end + 3] not in ("'s ", "’s "):
        return False
    return (company_homes.get(end + 3) == occurrence.ref or bool(_NATIONAL_BODY_AFTER.match(text, end + 3))
            or (text[occurrence.start:end] not in _ALSO_US_STATES and bool(_STATE_FIRM_AFTER.match(text, end + 3))))


def _listed_with_a_country(found: list[tuple[Occurrence, str]], index: int, text: str) -> bool:
    """The ambiguous form at `index` is coordinated with a plain country name ("Azerbaijan and Georgia")."""
    occurrence = found[index][0]
    for neighbour in (index - 1, index + 1):
        if not 0 <= neighbour < len(found):
            continue
        other, role = found[neighbour]
        if role == "ambiguous" or other.ref == occurrence.ref:
            continue
        gap = (other.end, occurrence.start) if neighbour < index else (occurrence.end, other.start)
        if gap[1] - gap[0] <= 8 and _COORDINATION.fullmatch(text, *gap):
            return True
    return False


def _resolve_congo(found: list[Occurrence]) -> list[Occurrence]:
    """A bare "Congo" is the DRC unless only the Republic of the Congo is otherwise named."""
    explicit = {o.ref for o in found if o.surface != "Congo"}
    if _ROC not in explicit or _DRC in explicit:
        return found
    return [Occurrence(o.start, o.end, COUNTRY, _ROC, o.surface) if o.surface == "Congo" else o for o in found]
