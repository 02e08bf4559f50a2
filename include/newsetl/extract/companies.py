"""Companies: registry names found by the matcher, plus companies discovered by rule.

A capitalised phrase in the standfirst or body is a company when news grammar says so: it ends
in a legal form ("Diamond Generating Corp") or an industry head noun after a distinctive word
("Torngat Metals", "RedBird Capital Partners"), a descriptor precedes it ("trader Traxys",
"Korean shipbuilder Hanwha Ocean"), an apposition follows it ("Inversiones TLC, a unit of ..."),
its shares trade ("Nouveau Monde's shares rose"), a ticker follows it, or it is listed after
"companies ... include". Governments, agencies and funds (the organisations seed), people and the
publisher are not companies. Short forms ("Rio", "Aethon", "MP") count towards the company named
in full in the same article; every name resolves to one canonical form.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from newsetl.extract.lexicon import COMMODITY, COMPANY, COUNTRY, ORGANISATION
from newsetl.extract.matcher import Hit
from newsetl.extract.names import LEGAL_FORMS, LEGAL_SUFFIXES, clean_company_name, company_key, fold
from newsetl.extract.occurrence import Occurrence, overlaps_any
from newsetl.extract.reference import ReferenceData
from newsetl.extract.text import Document

_CONNECTOR_WORDS = ("of", "de", "du", "des", "del", "da", "do", "dos", "la", "y", "e", "van", "von", "der", "di", "für", "&")
_CONNECTORS = "(?:" + "|".join(_CONNECTOR_WORDS) + ")"
_TOKEN = r"(?:[A-ZÀ-Þ][\w’'.&-]*|[0-9]+[A-Z][\w-]*)"
_PHRASE = re.compile(rf"{_TOKEN}(?:[ \t]+(?:{_CONNECTORS}[ \t]+)?{_TOKEN})*")
_POSSESSIVE = re.compile(r"['’]s$")
_ATTRIBUTE_SUFFIX = re.compile(r"-(?:based|listed|owned|led|backed|headquartered|registered|controlled|run)$", re.I)

# Leading words of a capitalised run that are not part of a name.
_LEADING = frozenset("""
The A An In On At For From By With Under After Before As But And Or If When While Its Their His Her Our Your
This That These Those Since Despite Through Including Both Separately Meanwhile Also Earlier Later Last Next
Shares Analysts According Unlike Like Among Between During Following Until Whether Why How What Where Who
Though Although However Still Yet Then Now Even Only Just Once Some Many Most All Each Every Other Another
Such Several Further Plus Overall Instead Today Yesterday Tomorrow Read Related Tags Topics Share Photo
""".split())

_TITLES = frozenset("""
President Prime Minister Premier Secretary Chancellor Governor Senator Sen Rep Representative Ambassador
King Queen Prince Princess Crown Sheikh Emir Sultan Chairman Chairwoman Chair Chief Executive CEO CFO COO
Director Managing Founder Mr Mrs Ms Dr Deputy Vice Commissioner Mayor Judge Justice General Admiral Lord Lady
Sir Dame Pope Leader Spokesman Spokeswoman Spokesperson Analyst Professor Prof Economist Envoy Officer Head
Speaker
""".split())
_LOWER_TITLES = re.compile(
    r"(?:president|minister|secretary|chancellor|governor|senator|ambassador|chairman|chairwoman|chair|"
    r"executive|ceo|director|founder|spokesman|spokeswoman|spokesperson|analyst|economist|envoy|officer|"
    r"head|leader|premier|king|prince|sheikh|emir|strategist|president-elect|speaker)\s+$",
    re.I)

# Industry head nouns: "<distinctive word(s)> Metals" names a company.
_HEADS = frozenset("""
Mining Mines Minerals Metals Resources Energy Materials Lithium Graphite Cobalt Nickel Copper Gold Silver
Uranium Oil Gas Petroleum Petrochemical Petrochemicals Power Electric Chemical Chemicals Steel Aluminium
Aluminum Motors Motor Industries Technologies Technology Capital Partners Investments Shipyard Shipbuilding
Shipping Airlines Logistics Ventures Trading Exploration Generating Generation Utilities Solar Batteries
Semiconductor Semiconductors Pharmaceuticals Systems Electronics Refining Smelting Magnetics LNG Coal
Fertilizers Fertilisers Engineering Construction Enterprises Management Litio Minera Mineração Minería
Metallurgical Petroleo Petróleo Rare-Earths Earths Advisors Advisers Securities Bancorp Financial Brands
Foods Agri Agribusiness Marine Offshore Drilling Pipelines Midstream Renewables Hydrogen Nuclear Automotive
Aerospace Defence Defense Telecom Communications Holdings Group Labs
""".split())
# First words that make the rest of a phrase a company name ("Minera Tarar", "PT Vale Indonesia").
_PREFIX_HEADS = frozenset("""
Minera Minería Mineração Compañía Compania Companhia Empresa Sociedad Société Societe Entreprise Grupo Groupe
Corporación Corporacion Inversiones PT Bank Banco Banque
""".split())
# Words that make a phrase a public body, a programme or a place rather than a company.
_NON_COMPANY_WORDS = frozenset("""
Ministry Department Agency Authority Commission Council Fund Bureau Office Administration Institute
Institution University College School Association Federation Union Committee Court Parliament Assembly
Government Senate Congress Party Reserve Treasury Regulator Survey Service Forces Army Navy Police
Foundation Society Organization Organisation Alliance Forum Initiative Partnership Act Law Development
Summit Conference Programme Program Strategy Plan Policy Agreement Treaty Declaration Framework Index
Award Prize Museum Hospital Church Palace Base Airport Station Project Projects Deposit Mine Field Basin
Zone Corridor Region Province State States City County District Territory Republic Kingdom Emirate
Exchange Facility Reconstruction Sovereign Central Municipal Federal Ministerial Cabinet Navy Coast
Working Contact Study Task Action Advisory Lobby Expert Friends
""".split())
# Capitalised words that do not make a name distinctive on their own.
_GENERIC = frozenset("""
New National Federal State Global International General United Royal Northern Southern Eastern Western
Central North South East West Upper Lower Greater Great First Second Third Natural Critical Strategic Rare
Clean Green Renewable Sustainable Domestic Foreign Heavy Light Primary Raw Base Precious Nuclear Mineral
Minerals Energy Metal Metals Mining Oil Gas Power Resources Materials Battery Batteries Electric Advanced
Future Modern Pacific Atlantic Arctic Gulf Coast Bay River Valley Basin Sea Ocean Lake Mountain Island
Islands Peninsula Delta Field Hill Creek Region Province County City Port Harbour Harbor Airport Europe
European Asia Asian Africa African America Americas Latin Middle Far Indo Production Alliance Development
Investment Investments Infrastructure Industry Industrial Industries Trade Economic Security Supply Chain
Value Project Mine Mines Plant Refinery Hub Zone Park Week Day January February March April May June July
August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Phase
One Two Three Vision Capital Partners Group Holdings Company Corporation Limited Trading Technology
Technologies Chemicals Steel Copper Gold Silver Lithium Graphite Nickel Cobalt Uranium Coal LNG Solar
Systems Management Engineering Construction Financial Services Smelting Refining Marine Offshore Drilling
Exploration Generation Utilities Shipping Logistics Ventures Enterprises Rare Earths Earth Strait Canal
Chief Executive Officer Board Chairman Senior Junior Deputy Minister Department Commerce Finance Treasury
Defense Defence Affairs Foreign Interior Justice Labor Labour Agriculture Transport Health Education
Science Environment Climate Water Land Air Space Fire Police Border Customs Tax Revenue Statistics
""".split())

_DESCRIPTOR = re.compile(
    r"(?:miner|producer|company|firm|trader|refiner|smelter|developer|explorer|shipbuilder|automaker|carmaker|"
    r"utility|operator|marketer|maker|manufacturer|giant|supplier|lender|bank|investor|conglomerate|house|"
    r"insurer|startup|start-up|subsidiary|unit|arm|affiliate|major|buyer|seller|shipper|importer|exporter|"
    r"distributor|processor|recycler|owner|contractor|consortium|group|peer|rival|competitor|player|outfit|"
    r"fund manager|asset manager|private equity firm|operator|utility|retailer|airline|shipyard|bank)"
    r"\s+$", re.I)
_APPOSITION = re.compile(
    r",\s+(?:a|an|the|its|which is a)\s+(?:[\w’'-]+\s+){0,5}?(?:miner|producer|company|firm|trader|refiner|"
    r"smelter|developer|explorer|shipbuilder|automaker|carmaker|utility|operator|marketer|maker|manufacturer|"
    r"supplier|lender|bank|investor|conglomerate|subsidiary|unit|arm|affiliate|division|startup|start-up|"
    r"joint venture|venture|group|major|processor|recycler|owner|contractor|consortium|shipyard|retailer)\b")
_JV_APPOSITION = re.compile(r"(?:joint venture|venture|subsidiary|unit|company|firm),\s+$", re.I)
_SHARES_AFTER = re.compile(r"(?:['’]s)?\s+(?:shares|stock|share price)\b")
_SHARES_BEFORE = re.compile(r"(?:shares|stake|stakes|holding|holdings) (?:of|in)\s+$")
_TICKER = re.compile(
    r"\s*\(\s*(NYSE American|NYSE|NASDAQ|Nasdaq|ASX|TSX-V|TSXV|TSX|LSE|AIM|HKEX|HKSE|SSE|SZSE|TYO|TSE|JSE|NSE|"
    r"BSE|KRX|KOSDAQ|OTCQX|OTCQB|OTC|Euronext|ETR|XETRA|B3|SGX|IDX|TADAWUL|BMV|CSE|OSE|STO|CPH|HEL|EPA|BIT|"
    r"BME|EBR|SWX|WSE|VIE|FRA)\s*[:：]\s*([A-Z0-9][A-Z0-9.\-]*)")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")
_LIST_INTRO = re.compile(
    r"\b(?:companies|firms|miners|producers|partners|buyers|investors|lenders|banks|traders|refiners|"
    r"automakers|carmakers|shareholders|suppliers|customers|developers|explorers|utilities|majors|backers|"
    r"sellers|bidders|suitors|peers|rivals|offtakers)\b[^.;:]{0,40}?\b(?:include|includes|included|including|"
    r"such as|among them|namely|are|were|like)\b[ :,]*")


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    surface: str


class CompanyFinder:
    """Finds company occurrences; holds the registry lookups built once from the seeds."""

    def __init__(self, reference: ReferenceData):
        self._by_key: dict[str, str] = {}
        self._home: dict[str, str | None] = {}
        self._by_ticker: dict[str, str] = {}
        for company in reference.companies:
            self._home[company.name] = company.country_iso2
            for form in (company.name, *company.aliases, *company.context_aliases):
                self._by_key.setdefault(company_key(form), company.name)
            for ticker in company.tickers:
                self._by_ticker[ticker.split(":")[-1].upper()] = company.name
        self._organisation_keys = frozenset(
            company_key(form) for org in reference.organisations for form in (org.name, *org.aliases))

    def find(self, doc: Document, hits: list[Hit], publisher: str | None) -> list[Occurrence]:
        text = doc.text
        blocked = [(h.start, h.end) for h in hits if ORGANISATION in h.kinds and COMPANY not in h.kinds]
        registry, pending = self._registry_occurrences(doc, hits)
        taken = [(o.start, o.end) for o in registry]
        context_spans = [(h.start, h.end) for h in hits if COUNTRY in h.kinds or COMMODITY in h.kinds]
        people = _person_tokens(text, doc.description_start)
        discovered = []
        for candidate in self._discover(doc, taken + blocked, context_spans, people):
            name = self._resolve(candidate.surface)
            if name is None:
                continue
            known = name in self._home
            discovered.append(Occurrence(candidate.start, candidate.end, COMPANY, name, candidate.surface,
                                         in_registry=known, home_iso2=self._home.get(name)))
        found = registry + discovered
        found += self._ticker_occurrences(text, found, taken + blocked)
        found = _resolve_short_forms(found, pending, text)
        found += _acronym_occurrences(text, found, blocked)
        return _without_publisher(found, publisher)

    def _registry_occurrences(self, doc: Document, hits: list[Hit]) -> tuple[list[Occurrence], list[Occurrence]]:
        """Registry hits; context aliases ("Rio") are held back until the full name is seen."""
        full, pending = [], []
        for hit in hits:
            labels = hit.labels_of(COMPANY)
            if not labels:
                continue
            label = next((lb for lb in labels if lb.role != "context"), labels[0])
            occurrence = Occurrence(hit.start, hit.end, COMPANY, label.ref, doc.text[hit.start:hit.end],
                                    home_iso2=self._home.get(label.ref))
            (pending if label.role == "context" else full).append(occurrence)
        return full, pending

    def _resolve(self, surface: str) -> str | None:
        """The canonical name of a discovered surface form; None for an organisation."""
        key = company_key(surface)
        if not key or key in self._organisation_keys:
            return None
        return self._by_key.get(key) or clean_company_name(surface)

    def _discover(self, doc: Document, taken: list[tuple[int, int]], context_spans: list[tuple[int, int]],
                  people: frozenset[str]) -> list[_Candidate]:
        text = doc.text
        found: list[_Candidate] = []
        listed = _listed_spans(text, doc.description_start)
        for match in _PHRASE.finditer(text, doc.description_start):
            for start, end, based in _split_phrase(text, match.start(), match.end()):
                start, end = _trim_leading(text, start, end)
                if end <= start or overlaps_any(start, end, taken):
                    continue
                if re.search(r"\d[\d,.]*\s*$", text[max(0, start - 12):start]):
                    continue  # "4 Mtpa of LNG": a unit after a number, not a name
                surface = text[start:end]
                tokens = surface.split()
                if _is_person(text, start, tokens, people) or _has_non_company_word(tokens):
                    continue
                if not _distinctive(tokens, start, text, context_spans):
                    continue
                if based or _looks_like_company(text, start, end, tokens) or overlaps_any(start, end, listed):
                    found.append(_Candidate(start, end, surface))
        return found

    def _ticker_occurrences(self, text: str, found: list[Occurrence], taken: list[tuple[int, int]]) -> list[Occurrence]:
        extra = []
        for match in _TICKER.finditer(text):
            name = self._by_ticker.get(match.group(2).upper())
            if name is None or any(o.ref == name for o in found):
                continue
            extra.append(Occurrence(match.start(2), match.end(2), COMPANY, name, match.group(2),
                                    home_iso2=self._home.get(name)))
        return extra


def _split_phrase(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Cut a capitalised run after possessives ("China's | CMOC Group") and attributes ("U.S.-based | Livent")."""
    parts: list[tuple[int, int, bool]] = []
    piece_start, based = start, False
    for token in re.finditer(r"\S+", text[start:end]):
        word = token.group()
        token_end = start + token.end()
        if word.endswith(".") and token_end < end and not _keeps_full_stop(word):
            parts.append((piece_start, token_end - 1, based))
            piece_start, based = token_end + 1, False
        elif _POSSESSIVE.search(word):
            parts.append((piece_start, token_end - 2, based))
            piece_start, based = token_end + 1, False
        elif _ATTRIBUTE_SUFFIX.search(word):
            parts.append((piece_start, start + token.start(), based))
            piece_start, based = token_end + 1, True
    parts.append((piece_start, end, based))
    result = []
    for s, e, b in parts:
        while e > s and text[e - 1] in ".,;:":
            # A trailing full stop belongs to the sentence unless it closes a legal form ("Inc.").
            last = text[s:e].split()[-1]
            if _keeps_full_stop(last) and text[e - 1] == ".":
                break
            e -= 1
        if e > s:
            result.append((s, e, b))
    return result


def _keeps_full_stop(word: str) -> bool:
    """"Inc.", "Co.", "U.S.": a full stop that does not end the sentence."""
    bare = word.rstrip(".")
    return bare.replace(".", "").lower() in LEGAL_FORMS or "." in bare or len(bare) == 1


def _trim_leading(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end:
        match = re.match(r"(\S+)\s+", text[start:end])
        if not match or match.group(1) not in _LEADING:
            break
        start += match.end()
    if text[start:end] in _LEADING:
        return end, end
    return start, end


def _person_tokens(text: str, from_offset: int) -> frozenset[str]:
    """Words of people's names: capitalised words that follow a title ("Chief Executive Jakob Stausholm")."""
    names: set[str] = set()
    for match in _PHRASE.finditer(text, from_offset):
        tokens = match.group().split()
        title_positions = [i for i, t in enumerate(tokens) if t.rstrip(".") in _TITLES]
        after_title = tokens[title_positions[-1] + 1:] if title_positions else []
        if not title_positions and _LOWER_TITLES.search(text[max(0, match.start() - 30):match.start()]):
            after_title = tokens
        names.update(t.rstrip(".,'’s") for t in after_title[:3] if t[:1].isupper())
    return frozenset(names)


def _is_person(text: str, start: int, tokens: list[str], people: frozenset[str]) -> bool:
    if any(t.rstrip(".") in _TITLES for t in tokens):
        return True
    if _LOWER_TITLES.search(text[max(0, start - 30):start]):
        return True
    return all(t.rstrip(".,") in people for t in tokens)


def _has_non_company_word(tokens: list[str]) -> bool:
    return any(t.rstrip(".,") in _NON_COMPANY_WORDS for t in tokens)


def _distinctive(tokens: list[str], start: int, text: str, context_spans: list[tuple[int, int]]) -> bool:
    """At least one word is neither generic nor a country or commodity name (places count when the
    name ends in a legal form: "Zambia Copper Holdings"). A capitalised first word of a sentence that
    the article also uses in lower case ("Higher Energy prices") is an ordinary word."""
    legal_form = len(tokens) >= 2 and tokens[-1].replace(".", "").rstrip(",").lower() in LEGAL_FORMS
    sentence_initial = start == 0 or text[max(0, start - 2):start].strip() in {"", ".", "!", "?", '"', "“"}
    position = start
    for index, token in enumerate(tokens):
        token_start = text.find(token, position)
        position = token_start + len(token)
        word = token.rstrip(".,")
        if word in _GENERIC or word in _CONNECTOR_WORDS or word.replace(".", "").lower() in LEGAL_FORMS or len(word) < 2:
            continue
        if not legal_form and overlaps_any(token_start, position, context_spans):
            continue
        if index == 0 and sentence_initial and f" {word.lower()} " in text:
            continue
        return True
    return False


def _looks_like_company(text: str, start: int, end: int, tokens: list[str]) -> bool:
    last = tokens[-1].rstrip(".,")
    if len(tokens) >= 2 and (last.replace(".", "").lower() in LEGAL_FORMS or last in _HEADS or tokens[0] in _PREFIX_HEADS):
        return True
    before = text[max(0, start - 40):start]
    after = text[end:end + 80]
    return bool(_DESCRIPTOR.search(before) or _APPOSITION.match(after) or _SHARES_AFTER.match(after)
                or _SHARES_BEFORE.search(before) or _TICKER.match(after) or _JV_APPOSITION.search(before))


def _listed_spans(text: str, from_offset: int) -> list[tuple[int, int]]:
    """Stretches that list companies: "other companies named include A, B and C"."""
    spans = []
    for match in _LIST_INTRO.finditer(text, from_offset):
        stop = min((i for i in (text.find(".", match.end()), text.find("\n", match.end())) if i >= 0),
                   default=len(text))
        spans.append((match.end(), stop))
    return spans


def _resolve_short_forms(found: list[Occurrence], pending: list[Occurrence], text: str) -> list[Occurrence]:
    """Count short forms ("Rio", "Aethon") towards the company named in full in the article."""
    full_names = {}
    for occurrence in sorted(found, key=lambda o: o.start):
        if len(occurrence.surface.split()) >= 2:
            full_names.setdefault(occurrence.ref, occurrence)
    prefixes: dict[str, str] = {}
    for ref, occurrence in full_names.items():
        words = occurrence.surface.split()
        for size in range(1, len(words)):
            prefix = " ".join(words[:size])
            if words[size - 1] in _GENERIC or words[size - 1] in _PREFIX_HEADS or len(prefix) < 2:
                break
            prefixes.setdefault(prefix, ref)
    present = {o.ref for o in found}
    resolved = []
    for occurrence in found:
        target = prefixes.get(occurrence.surface)
        if target and target != occurrence.ref and occurrence.ref not in full_names:
            occurrence = Occurrence(occurrence.start, occurrence.end, COMPANY, target, occurrence.surface,
                                    occurrence.in_registry, occurrence.home_iso2)
        resolved.append(occurrence)
    for occurrence in pending:
        target = prefixes.get(occurrence.surface) or (occurrence.ref if occurrence.ref in present else None)
        if target:
            resolved.append(Occurrence(occurrence.start, occurrence.end, COMPANY, target, occurrence.surface,
                                       occurrence.in_registry, occurrence.home_iso2))
    taken = [(o.start, o.end) for o in resolved]
    for prefix, ref in prefixes.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(prefix)}(?![\w-]| [A-Z])", text):
            if not overlaps_any(match.start(), match.end(), taken):
                model = full_names[ref]
                resolved.append(Occurrence(match.start(), match.end(), COMPANY, ref, prefix, model.in_registry,
                                           model.home_iso2))
                taken.append((match.start(), match.end()))
    return resolved


def _acronym_occurrences(text: str, found: list[Occurrence], blocked: list[tuple[int, int]]) -> list[Occurrence]:
    """"Entreprise Générale du Cobalt (EGC)": later "EGC" names the same company."""
    acronyms: dict[str, Occurrence] = {}
    for occurrence in found:
        match = _ACRONYM_AFTER.match(text, occurrence.end)
        if match and match.group(1) not in acronyms:
            acronyms[match.group(1)] = occurrence
    extra = []
    taken = [(o.start, o.end) for o in found] + blocked
    for acronym, model in acronyms.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
            if not overlaps_any(match.start(), match.end(), taken):
                extra.append(Occurrence(match.start(), match.end(), COMPANY, model.ref, acronym, model.in_registry,
                                        model.home_iso2))
    return extra


def _without_publisher(found: list[Occurrence], publisher: str | None) -> list[Occurrence]:
    if not publisher:
        return found
    own = fold(publisher).replace(" ", "")
    return [o for o in found if not own or fold(o.ref).replace(" ", "") not in own]
