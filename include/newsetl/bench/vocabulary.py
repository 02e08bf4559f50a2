"""What the synthetic news is made of: the project's seeds, plus invented names that collide with none of them.

Countries, companies and commodities come from `dbt_project/seeds/*.csv` (the same files the
extractor and the dimensions read), so the gold the generator writes uses the warehouse's own
canonical names. Forms that the seeds mark as ambiguous ("Georgia", "lead") are never used; a
company whose name contains a country or a commodity ("China Northern Rare Earth") makes that
country or commodity optional in the gold, since a reader may or may not count it.
"""
from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from newsetl.settings import SEEDS_DIR

# Countries that commodity news names most often: drawn six times as often as the rest.
FREQUENT_COUNTRIES = frozenset("""
US CN AU CA JP KR IN DE GB FR BR CL PE ID ZA CD ZM RU KZ SA AE QA NO MX AR BO PH VN MY TH TR EG MA NG GH
TZ MZ NA BW ZW MN UZ PL SE FI ES IT NL BE CH SG NZ PK
""".split())

# Commodity -> how its quantities are stated ('t', 'bbl', 'm3', 'oz', 'W', 'Wh'); absent: not used.
COMMODITY_UNITS = {
    "rare earths": "t", "ndpr": "t", "neodymium": "t", "dysprosium": "t", "terbium": "t", "magnets": "t",
    "batteries": "Wh", "lithium": "t", "cobalt": "t", "nickel": "t", "graphite": "t", "manganese": "t",
    "vanadium": "t", "copper": "t", "aluminium": "t", "alumina": "t", "bauxite": "t", "zinc": "t", "tin": "t",
    "iron ore": "t", "steel": "t", "coal": "t", "oil": "bbl", "natural gas": "m3", "lng": "t", "lpg": "t",
    "diesel": "bbl", "gasoline": "bbl", "jet fuel": "bbl", "naphtha": "bbl", "uranium": "t", "hydrogen": "t",
    "ammonia": "t", "fertilisers": "t", "potash": "t", "phosphate": "t", "sulphur": "t", "gold": "oz",
    "silver": "oz", "platinum": "oz", "palladium": "oz", "tungsten": "t",
    "molybdenum": "t", "titanium": "t", "zirconium": "t", "niobium": "t", "tantalum": "t", "antimony": "t",
    "gallium": "t", "germanium": "t", "chromium": "t", "magnesium": "t", "silicon": "t", "fluorspar": "t",
    "helium": "m3", "wheat": "t", "corn": "t", "soybeans": "t", "sugar": "t", "palm oil": "t", "cotton": "t",
    "solar panels": "W",
}

# Company sector (companies.csv) -> commodities its stories are about.
SECTOR_COMMODITIES = {
    "mining": ["copper", "iron ore", "gold", "nickel", "zinc", "coal", "lithium", "cobalt", "platinum"],
    "oil and gas": ["oil", "natural gas", "lng"], "lng": ["lng", "natural gas"], "gas": ["natural gas", "lng"],
    "pipelines": ["natural gas", "oil"], "oil trading": ["oil", "diesel", "naphtha"], "energy": ["oil", "lng"],
    "power": ["coal", "lng", "natural gas", "solar panels"], "steel": ["iron ore", "coal", "steel"],
    "lithium": ["lithium"], "automotive": ["batteries", "lithium", "nickel", "cobalt"],
    "rare earths": ["rare earths", "ndpr", "dysprosium", "magnets"], "magnets": ["magnets", "ndpr", "rare earths"],
    "batteries": ["batteries", "lithium", "graphite", "nickel"], "battery materials": ["lithium", "nickel", "cobalt",
                                                                                        "graphite", "manganese"],
    "aluminium": ["bauxite", "alumina", "aluminium"], "uranium": ["uranium"], "nuclear": ["uranium"],
    "nuclear fuel": ["uranium"], "nuclear power": ["uranium"],
    "chemicals": ["ammonia", "sulphur", "sulphuric acid", "lithium"],
    "graphite": ["graphite"], "fertilizers": ["potash", "phosphate", "ammonia", "urea", "fertilisers"],
    "agriculture": ["wheat", "corn", "soybeans", "sugar", "palm oil"], "coal": ["coal"], "nickel": ["nickel"],
    "cobalt": ["cobalt"], "tungsten": ["tungsten"], "solar": ["solar panels", "silicon"],
    "renewables": ["solar panels", "hydrogen"], "semiconductors": ["gallium", "germanium", "silicon"],
    "trading house": ["lng", "copper", "iron ore", "coal", "lithium"],
    "commodity trading": ["copper", "oil", "zinc", "cobalt", "aluminium"], "metals": ["copper", "zinc", "tin"],
    "mineral sands": ["titanium", "zirconium", "rare earths"], "niobium": ["niobium"], "tin": ["tin"],
    "manganese": ["manganese"], "antimony": ["antimony"], "copper smelting": ["copper"], "zinc smelting": ["zinc"],
    "defence": ["rare earths", "magnets", "tungsten", "antimony"], "energy storage": ["batteries", "vanadium"],
}
DEFAULT_COMMODITIES = ["copper", "lithium", "nickel", "iron ore", "lng", "oil", "rare earths", "coal", "cobalt",
                       "gold", "uranium", "graphite", "aluminium", "potash", "natural gas"]

# Sectors whose companies are not parties of the deals the templates write (a bank lends, it
# does not "supply copper"): they still appear, as lenders.
LENDER_SECTORS = frozenset({"banking", "asset management", "private equity", "mining finance", "streaming",
                            "sovereign fund"})

# Non-capital cities for datelines and "based in": checked against every seed form at load.
CITIES = [
    ("PERTH", "Perth"), ("SYDNEY", "Sydney"), ("BRISBANE", "Brisbane"), ("HOUSTON", "Houston"),
    ("DENVER", "Denver"), ("TORONTO", "Toronto"), ("VANCOUVER", "Vancouver"), ("CALGARY", "Calgary"),
    ("JOHANNESBURG", "Johannesburg"), ("DURBAN", "Durban"), ("MUMBAI", "Mumbai"), ("CHENNAI", "Chennai"),
    ("SHANGHAI", "Shanghai"), ("SHENZHEN", "Shenzhen"), ("GUANGZHOU", "Guangzhou"), ("SAO PAULO", "Sao Paulo"),
    ("RIO DE JANEIRO", "Rio de Janeiro"), ("DUBAI", "Dubai"), ("HAMBURG", "Hamburg"), ("FRANKFURT", "Frankfurt"),
    ("OSAKA", "Osaka"), ("GENEVA", "Geneva"), ("ZURICH", "Zurich"), ("MILAN", "Milan"), ("BARCELONA", "Barcelona"),
    ("ISTANBUL", "Istanbul"), ("ALMATY", "Almaty"), ("LUBUMBASHI", "Lubumbashi"), ("BUSAN", "Busan"),
    ("SURABAYA", "Surabaya"), ("LAGOS", "Lagos"), ("CASABLANCA", "Casablanca"), ("KARACHI", "Karachi"),
    ("AUCKLAND", "Auckland"), ("LYON", "Lyon"), ("GOTHENBURG", "Gothenburg"), ("BERGEN", "Bergen"),
]
EXCHANGE_CITIES = ["Toronto", "Sydney", "Johannesburg", "Mumbai", "Shanghai", "Sao Paulo", "Frankfurt", "Zurich",
                   "Milan", "Shenzhen", "Osaka", "Istanbul"]

FIRST_NAMES = """Aino Amara Anders Aigerim Carlos Chen Daniela Elena Farid Fiona Grace Hannah Haruto Ines Ivan
Jun Kamal Karim Kenji Leila Lucia Mateo Mei Mikael Nadia Naledi Oluwaseun Pablo Priya Rachel Rahul Rina Sana
Sipho Sofia Tariq Tomas Wei Yasmin Yuki Zanele Marcus Helena Arjun Bongani Camila Dmitri Emeka Freya""".split()
LAST_NAMES = """Arai Benjelloun Castillo Dlamini Eriksen Fonseca Gallagher Haddad Ishikawa Jovanovic Kowalski
Lehtonen Mahlangu Nakamura Okafor Petrov Quintero Ramirez Sadykova Strachan Tavares Virtanen Wijaya Xu Yilmaz
Zhou Morimoto Pryce Oduya Amrani Nguyen Mokoena Lindqvist Bauer Rossi Moreau Kaplan Osei Mensah Hartley Varga
Novak Sato Kim Park Singh Mehta Reyes Silva""".split()

ROLES = ["chief executive", "managing director", "chief financial officer", "chairman", "head of metals",
         "chief operating officer", "head of trading", "president"]

PUBLISHERS = [
    "Metals Ledger", "Commodity Wire Daily", "The Resource Brief", "Energy Markets Monitor", "Mining Weekly Review",
    "Pacific Resources Wire", "Atlantic Energy Monitor", "Nordic Industry Review", "The Industrial Brief",
    "Rare Earth Observer", "Base Metals Journal", "Battery Supply Chain Report", "Global Trade Desk",
    "Upstream Intelligence", "Critical Materials Today", "Hard Rock Chronicle", "Refinery and Smelter News",
    "Bulk Shipping Gazette", "The Offtake Report", "Frontier Mining Post", "Green Metals Insider",
    "Power and Fuels Weekly", "The Deal Sheet", "Resources Dispatch", "Minerals Policy Watch",
    "Port and Cargo Review", "Energy Transition Ledger", "Markets and Mines", "The Smelter", "Ore and Alloy",
]

SUBHEADS = ["How the Deal Works", "A Shareholder as Well as a Customer", "Price Floor", "Feed Still to Be Secured",
            "Why Buyers Are Looking Elsewhere", "Financing", "What Comes Next", "Market Context",
            "Supply Chain Worries", "The Terms", "Permits and Politics", "Output Targets", "Background"]

INVENTED_STEMS_A = "Kor Tal Mer Vel Ost Bar Cal Dun Eri Fal Gor Hal Ister Jar Kel Lom Nar Or Pel Quin Ral Sor Tor".split()
INVENTED_STEMS_B = "rin ona ella ridge ford vale ara ite ton mont ura isa ek ion ova ard ley ane oro ix".split()
INVENTED_SECTORS = ["Resources", "Minerals", "Mining", "Metals", "Energy", "Materials", "Refining", "Exploration"]
INVENTED_SUFFIXES = ["Ltd", "Ltd", "Inc", "Corp", "plc", "SA", "AG", "Limited", "Pty Ltd", "Corporation"]


@dataclass(frozen=True)
class Country:
    iso2: str
    name: str  # as written in running text, with "the" when it takes one
    bare_name: str  # without "the"
    adjectives: tuple[str, ...]
    aliases: tuple[str, ...]  # short forms safe to write ("U.S.", "UK")
    capital: str | None
    currency: str | None
    weight: int


@dataclass(frozen=True)
class Commodity:
    name: str  # canonical, as in dim_commodities
    group: str
    forms: tuple[str, ...]  # what the text may say for it (all unambiguous)
    aliases: tuple[str, ...]  # every synonym of the seed (for the gold)
    unit: str


@dataclass(frozen=True)
class Company:
    name: str  # canonical (gold name)
    first_form: str  # how the first mention writes it
    short_form: str  # later mentions
    aliases: tuple[str, ...]  # for the gold
    home: str | None  # iso2
    sector: str
    invented: bool = False
    implied_countries: tuple[str, ...] = ()
    implied_commodities: tuple[str, ...] = ()


@dataclass(frozen=True)
class Currency:
    code: str
    symbols: tuple[str, ...]
    names: tuple[str, ...]


@dataclass
class Vocabulary:
    countries: list[Country]
    country_weights: list[int]
    by_iso2: dict[str, Country]
    commodities: dict[str, Commodity]
    companies: list[Company]
    lenders: list[Company]
    currencies: dict[str, Currency]
    organisations: list[tuple[str, str]]  # (name, iso2) of bodies that act for their country
    cities: list[tuple[str, str]]
    exchange_cities: list[str]
    first_names: list[str]
    last_names: list[str]
    invented_stems: list[str]
    country_pattern: re.Pattern
    commodity_pattern: re.Pattern
    commodity_by_form: dict[str, str] = field(default_factory=dict)
    country_by_form: dict[str, str] = field(default_factory=dict)

    def countries_in(self, text: str) -> set[str]:
        return {self.country_by_form[m.group(0)] for m in self.country_pattern.finditer(text)}

    def commodities_in(self, text: str) -> set[str]:
        return {self.commodity_by_form[m.group(0).lower()] for m in self.commodity_pattern.finditer(text)}


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _read(seeds_dir: Path, name: str) -> list[dict[str, str]]:
    with open(seeds_dir / name, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _words_pattern(forms: list[str], flags: int = 0) -> re.Pattern:
    ordered = sorted(set(forms), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in ordered) + r")(?![\w])", flags)


_NEEDS_THE = re.compile(r"^(?:United|Democratic|Republic|Central African|Czech Republic|Dominican Republic|"
                        r"Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Solomon|Marshall|"
                        r"Cayman|Falkland|Faroe|Cook Islands|Holy See|Ivory Coast)")


@functools.cache
def load_vocabulary(seeds_dir: Path = SEEDS_DIR) -> Vocabulary:
    seeds_dir = Path(seeds_dir)
    currency_rows = _read(seeds_dir, "currencies.csv")
    rated = {row["currency"] for row in _read(seeds_dir, "exchange_rates.csv")}
    currencies = {r["currency"]: Currency(r["currency"], tuple(_split(r["symbols"])), tuple(_split(r["names"])))
                  for r in currency_rows if r["currency"] in rated}
    currency_of = {r["country_iso2"]: r["currency"] for r in currency_rows if r["country_iso2"]}

    countries: list[Country] = []
    every_country_form: dict[str, str] = {}
    for row in _read(seeds_dir, "countries.csv"):
        ambiguous = set(_split(row["ambiguous_forms"]))
        name = row["country_name"]
        all_forms = [name, *_split(row["aliases"]), *_split(row["adjectives"]), *_split(row["capitals"]),
                     *_split(row["seats_of_government"])]
        for form in all_forms:
            every_country_form.setdefault(form, row["iso2"])
        if name in ambiguous or "," in name or "(" in name:
            continue
        listed = _split(row["adjectives"])
        adjectives = tuple(a for a in listed if a not in ambiguous and a[:-1] not in listed)
        if not adjectives:
            continue
        aliases = tuple(a for a in _split(row["aliases"]) if a not in ambiguous and len(a) <= 5 and a.isupper()
                        and ("." not in a or a.endswith(".")))
        capitals = [c for c in _split(row["capitals"]) if c not in ambiguous and " " not in c]
        countries.append(Country(
            iso2=row["iso2"], name=("the " + name) if _NEEDS_THE.match(name) else name, bare_name=name,
            adjectives=adjectives, aliases=aliases, capital=capitals[0] if capitals else None,
            currency=currency_of.get(row["iso2"]) if currency_of.get(row["iso2"]) in currencies else None,
            weight=6 if row["iso2"] in FREQUENT_COUNTRIES else 1))
    by_iso2 = {c.iso2: c for c in countries}
    country_pattern = _words_pattern(list(every_country_form))

    commodity_rows = _read(seeds_dir, "commodities.csv")
    owners: dict[str, set[str]] = {}
    for row in commodity_rows:
        for form in _split(row["synonyms"]) + _split(row["ambiguous_synonyms"]):
            owners.setdefault(form.lower(), set()).add(row["commodity_name"])
    commodities: dict[str, Commodity] = {}
    commodity_by_form: dict[str, str] = {}
    for row in commodity_rows:
        name = row["commodity_name"]
        synonyms = _split(row["synonyms"])
        for form in synonyms:
            if len(owners[form.lower()]) == 1:
                commodity_by_form[form.lower()] = name
        if name not in COMMODITY_UNITS:
            continue
        ambiguous = {a.lower() for a in _split(row["ambiguous_synonyms"])}
        usable = [s for s in synonyms if len(owners[s.lower()]) == 1 and s.lower() not in ambiguous
                  and len(s) >= 3 and not (s.isupper() and s not in ("LNG", "LPG"))]
        canonical_form = next((s for s in usable if s.lower() == name.lower()), None)
        forms = ([canonical_form] if canonical_form else []) + [s for s in usable if s != canonical_form][:3]
        if not forms:
            continue
        commodities[name] = Commodity(name=name, group=row["commodity_group"], forms=tuple(forms),
                                      aliases=tuple(synonyms), unit=COMMODITY_UNITS[name])
    commodity_pattern = _words_pattern(list(commodity_by_form), re.IGNORECASE)

    vocab_words = {w.lower() for form in list(every_country_form) + list(commodity_by_form) for w in form.split()}

    def implied(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        countries_found = sorted({every_country_form[m.group(0)] for m in country_pattern.finditer(text)})
        commodities_found = sorted({commodity_by_form[m.group(0).lower()] for m in commodity_pattern.finditer(text)})
        return tuple(countries_found), tuple(commodities_found)

    companies: list[Company] = []
    lenders: list[Company] = []
    for row in _read(seeds_dir, "companies.csv"):
        aliases = _split(row["aliases"])
        context = _split(row["context_aliases"])
        name = row["company_name"]
        shorts = sorted([a for a in aliases if len(a) < len(name) and len(a) >= 4], key=len)
        short_form = shorts[0] if shorts else name
        implied_countries, implied_commodities = implied(f"{name} / {short_form}")
        company = Company(
            name=name, first_form=name, short_form=short_form,
            aliases=tuple(aliases + context), home=row["country_iso2"] or None, sector=row["sector"],
            implied_countries=implied_countries, implied_commodities=implied_commodities)
        (lenders if row["sector"] in LENDER_SECTORS else companies).append(company)

    seed_words = vocab_words | {w.lower() for c in companies + lenders for f in (c.name, *c.aliases)
                                for w in f.split()}
    stems = [a + b for a in INVENTED_STEMS_A for b in INVENTED_STEMS_B if (a + b).lower() not in seed_words]
    organisations = [(r["org_name"], r["country_iso2"]) for r in _read(seeds_dir, "organisations.csv")
                     if r["acts_for_country"] == "true" and r["country_iso2"] in by_iso2
                     and r["org_type"] in ("export credit agency", "development bank")]
    all_lower = {f.lower() for f in every_country_form} | set(commodity_by_form) | seed_words
    cities = [(upper, city) for upper, city in CITIES if city.lower() not in all_lower
              and not any(w.lower() in all_lower for w in city.split())]
    exchange_cities = [c for c in EXCHANGE_CITIES if any(c == city for _, city in cities)]
    first_names = [n for n in FIRST_NAMES if n.lower() not in all_lower]
    last_names = [n for n in LAST_NAMES if n.lower() not in all_lower]
    return Vocabulary(
        countries=countries, country_weights=[c.weight for c in countries], by_iso2=by_iso2,
        commodities=commodities, companies=companies, lenders=lenders, currencies=currencies,
        organisations=organisations, cities=cities, exchange_cities=exchange_cities,
        first_names=first_names, last_names=last_names, invented_stems=stems,
        country_pattern=country_pattern, commodity_pattern=commodity_pattern,
        commodity_by_form=commodity_by_form, country_by_form=every_country_form,
    )
