"""One synthetic news story and its gold: who, what, how much, which deals.

A story is built sentence by sentence from templates of the kinds real commodity news has
(offtakes, loans, stakes, joint ventures, supply contracts, takeovers, placements, state-to-state
agreements; market shares, prices, export bans, quotes, share moves, talks that are not deals).
Every entity, amount and deal a template writes into the article's own text (title, standfirst,
body) is recorded in the gold at the same time, in the format of ../shared/eval/README.md, so
the gold cannot drift from the text. Page furniture (related headlines, navigation) is written
by a context that records nothing: a reader must not extract it.
"""
from __future__ import annotations

import random
import math
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from newsetl.bench.vocabulary import (INVENTED_SECTORS, INVENTED_SUFFIXES, PUBLISHERS, ROLES, SECTOR_COMMODITIES,
                                      DEFAULT_COMMODITIES, SUBHEADS, Commodity, Company, Country, Vocabulary)

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "10",
                12: "12", 15: "15", 20: "20", 25: "25"}

# Big amounts in other currencies: about this many local units per US dollar, to keep values plausible.
LOCAL_PER_USD = {"USD": 1, "EUR": 0.9, "GBP": 0.78, "AUD": 1.5, "CAD": 1.37, "NZD": 1.65, "HKD": 7.8, "SGD": 1.3,
                 "JPY": 145, "CNY": 7.2, "INR": 84, "BRL": 5.5, "ZAR": 18, "NOK": 10.5, "SEK": 10.4, "CHF": 0.85,
                 "KRW": 1380, "IDR": 16000, "SAR": 3.75, "AED": 3.67, "RUB": 90, "MXN": 18, "KZT": 500}
MONEY_STYLES = {
    "USD": ["US${n} {w}", "${n} {w}", "${n}{a}", "US${n}{a}", "US${n} {w}"],
    "EUR": ["€{n} {w}", "€{n}{a}", "EUR {n} {w}", "{n} {w} euros"],
    "GBP": ["£{n} {w}", "£{n}{a}"],
    "AUD": ["A${n} {w}"], "CAD": ["C${n} {w}"], "NZD": ["NZ${n} {w}"], "HKD": ["HK${n} {w}"], "SGD": ["S${n} {w}"],
    "JPY": ["¥{n} {w}", "{n} {w} yen"], "CNY": ["{n} {w} yuan"], "INR": ["{n} {w} rupees", "₹{n} {w}"],
    "BRL": ["R${n} {w}"], "ZAR": ["{n} {w} rand"], "NOK": ["NOK {n} {w}", "{n} {w} Norwegian kroner"],
    "SEK": ["SEK {n} {w}", "{n} {w} Swedish kronor"], "CHF": ["CHF {n} {w}", "{n} {w} Swiss francs"],
    "KRW": ["{n} {w} won"], "IDR": ["{n} {w} rupiah"], "SAR": ["{n} {w} riyals"], "AED": ["{n} {w} dirhams"],
    "RUB": ["{n} {w} roubles"], "MXN": ["{n} {w} Mexican pesos"], "KZT": ["{n} {w} tenge"],
}
SCALE_WORDS = [(1e12, "trillion", "tn"), (1e9, "billion", "bn"), (1e6, "million", "m")]
# Typical US$ price per unit of quantity, to keep prices plausible (default: per tonne, 1,000).
TYPICAL_PRICE = {
    "lithium": 10000, "cobalt": 30000, "nickel": 16000, "copper": 9500, "iron ore": 100, "coal": 130,
    "aluminium": 2500, "alumina": 400, "bauxite": 60, "zinc": 2800, "tin": 32000, "lng": 550, "lpg": 600,
    "oil": 75, "diesel": 95, "gasoline": 90, "jet fuel": 95, "naphtha": 70, "gold": 2300, "silver": 28,
    "platinum": 950, "palladium": 1000, "uranium": 170000, "rare earths": 40000,
    "ndpr": 60000, "neodymium": 70000, "dysprosium": 250000, "terbium": 900000, "magnets": 50000,
    "graphite": 600, "manganese": 250, "vanadium": 12000, "potash": 300, "phosphate": 150, "fertilisers": 350,
    "ammonia": 450, "sulphur": 120, "wheat": 230, "corn": 190, "soybeans": 400, "sugar": 450, "palm oil": 900,
    "cotton": 1700, "steel": 600, "natural gas": 350, "solar panels": 0.11, "batteries": 110, "hydrogen": 5000,
    "tungsten": 45000, "molybdenum": 45000, "gallium": 600000, "germanium": 2500000, "antimony": 40000,
}
# Commodities traded in small lots: quantities in tens to thousands of tonnes.
SMALL_LOTS = frozenset({"ndpr", "neodymium", "dysprosium", "terbium", "gallium", "germanium", "antimony",
                        "tungsten", "molybdenum", "vanadium", "tantalum", "niobium", "magnets", "helium"})
PRICE_UNITS = {"t": ("a tonne", "per tonne"), "bbl": ("a barrel", "per barrel"), "oz": ("an ounce", "per ounce"),
               "m3": ("per thousand cubic metres",), "W": ("per watt",), "Wh": ("per kilowatt-hour",)}

DESCRIPTORS = {
    "mining": "miner", "oil and gas": "oil producer", "steel": "steelmaker", "lithium": "lithium producer",
    "automotive": "carmaker", "batteries": "battery maker", "power": "utility", "trading house": "trading house",
    "commodity trading": "commodity trader", "chemicals": "chemicals group", "fertilizers": "fertiliser producer",
    "rare earths": "rare earths producer", "aluminium": "aluminium producer", "uranium": "uranium miner",
    "lng": "LNG exporter", "gas": "gas producer", "magnets": "magnet maker", "graphite": "graphite producer",
    "battery materials": "battery materials maker", "agriculture": "agribusiness", "coal": "coal miner",
    "nickel": "nickel producer", "solar": "solar manufacturer", "pipelines": "pipeline operator",
}


def _fmt_number(value: float) -> str:
    """1234567 -> '1,234,567'; 1.5 -> '1.5'; 2.0 -> '2'."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _sig(value: float, digits: int = 2) -> float:
    if value <= 0:
        return value
    from math import floor, log10
    scale = 10 ** (floor(log10(value)) - digits + 1)
    return round(value / scale) * scale


@dataclass
class Amount:
    kind: str
    value: float
    unit: str
    text: str
    annual: bool = False  # the text already says "a year" (tpa, Mtpa)


@dataclass
class Gold:
    countries: dict[str, bool] = field(default_factory=dict)  # iso2 -> required
    companies: dict[str, tuple[tuple[str, ...], bool]] = field(default_factory=dict)  # name -> (aliases, required)
    commodities: dict[str, tuple[tuple[str, ...], bool]] = field(default_factory=dict)
    amounts: dict[tuple[str, float, str], str] = field(default_factory=dict)  # (kind, value, unit) -> text
    deals: list[dict] = field(default_factory=list)

    def country(self, iso2: str, required: bool = True) -> None:
        self.countries[iso2] = self.countries.get(iso2, False) or required

    def company(self, name: str, aliases: tuple[str, ...], required: bool = True) -> None:
        old = self.companies.get(name)
        self.companies[name] = (aliases, required or (old is not None and old[1]))

    def commodity(self, name: str, aliases: tuple[str, ...], required: bool = True) -> None:
        old = self.commodities.get(name)
        self.commodities[name] = (aliases, required or (old is not None and old[1]))

    def as_json(self) -> dict:
        def split(items: dict, render) -> dict:
            return {"required": [render(k, v) for k, v in items.items() if _required(v)],
                    "optional": [render(k, v) for k, v in items.items() if not _required(v)]}
        return {
            "countries": {"required": sorted(k for k, v in self.countries.items() if v),
                          "optional": sorted(k for k, v in self.countries.items() if not v)},
            "companies": split(self.companies, lambda k, v: {"name": k, "aliases": list(v[0])}),
            "commodities": split(self.commodities, lambda k, v: {"name": k, "aliases": list(v[0])}),
            "amounts": {"required": [{"kind": k, "value": v, "unit": u, "text": t}
                                     for (k, v, u), t in self.amounts.items()], "optional": []},
            "deals": {"required": self.deals, "optional": []},
        }


def _required(value) -> bool:
    return value if isinstance(value, bool) else value[1]


class Context:
    """Writes text for one story and records in its gold what the text says (unless `record` is False)."""

    def __init__(self, vocab: Vocabulary, rng: random.Random, record: bool = True):
        self.v = vocab
        self.rng = rng
        self.record = record
        self.gold = Gold()
        self.introduced: set[str] = set()

    # --- entities ---------------------------------------------------------------------------

    def pick_country(self, exclude: tuple[str, ...] = ()) -> Country:
        while True:
            country = self.rng.choices(self.v.countries, weights=self.v.country_weights)[0]
            if country.iso2 not in exclude:
                return country

    def country(self, country: Country, form: str = "name") -> str:
        """name | possessive | adj | capital | short (an abbreviation when it has one)."""
        if self.record:
            self.gold.country(country.iso2)
        if form == "adj":
            return country.adjectives[0]
        if form == "capital" and country.capital:
            return country.capital
        if form == "short" and country.aliases:
            return country.aliases[0]
        if form == "possessive":
            return country.bare_name + "'s" if country.name == country.bare_name else country.adjectives[0]
        return country.name

    def pick_company(self, commodity: str | None = None, invented_share: float = 0.3,
                     exclude: tuple[str, ...] = ()) -> Company:
        if self.rng.random() < invented_share:
            return self.invent_company()
        while True:
            company = self.rng.choice(self.v.companies)
            if company.name not in exclude:
                return company

    def invent_company(self) -> Company:
        stem = self.rng.choice(self.v.invented_stems)
        sector = self.rng.choice(INVENTED_SECTORS)
        suffix = self.rng.choice(INVENTED_SUFFIXES)
        home = self.pick_country().iso2
        name = f"{stem} {sector}"
        return Company(name=name, first_form=f"{name} {suffix}", short_form=stem,
                       aliases=(f"{name} {suffix}", stem), home=home, sector="mining", invented=True)

    def company(self, company: Company, describe: bool = True) -> str:
        """First mention: the full name, often with a descriptor naming its home country; then the short form."""
        first = company.name not in self.introduced
        if self.record:
            self.gold.company(company.name, company.aliases)
            for iso2 in company.implied_countries:
                self.gold.country(iso2, required=False)
            for name in company.implied_commodities:
                self.gold.commodity(name, self.v.commodities[name].aliases if name in self.v.commodities else (),
                                    required=False)
        self.introduced.add(company.name)
        if not first:
            return company.short_form
        text = company.first_form
        home = self.v.by_iso2.get(company.home or "")
        if describe and home is not None and self.rng.random() < 0.7:
            style = self.rng.random()
            if style < 0.45 or (style < 0.8 and home.name != home.bare_name):  # not "the Netherlands's"
                role = DESCRIPTORS.get(company.sector, "company")
                text = f"{self.country(home, 'adj')} {role} {text}"
                if self.record:  # "oil producer" names oil in passing: a reader may count it or not
                    for name in self.v.commodities_in(role):
                        self.gold.commodity(name, self.v.commodities[name].aliases
                                            if name in self.v.commodities else (), required=False)
            elif style < 0.8:
                text = f"{self.country(home, 'possessive')} {text}"
            else:
                place = home.bare_name if home.name == home.bare_name else (home.aliases or (home.bare_name,))[0]
                self.country(home)
                text = f"{place}-based {text}"
        return text

    def pick_commodity(self, company: Company | None = None) -> Commodity:
        names = SECTOR_COMMODITIES.get(company.sector, DEFAULT_COMMODITIES) if company else DEFAULT_COMMODITIES
        if self.rng.random() < 0.15:
            names = list(self.v.commodities)
        names = [n for n in names if n in self.v.commodities] or DEFAULT_COMMODITIES
        return self.v.commodities[self.rng.choice(names)]

    def commodity(self, commodity: Commodity, plain: bool = False) -> str:
        if self.record:
            self.gold.commodity(commodity.name, commodity.aliases)
        if plain or self.rng.random() < 0.6:
            return commodity.forms[0]
        return self.rng.choice(commodity.forms)

    # --- amounts ----------------------------------------------------------------------------

    def _note(self, amount: Amount) -> Amount:
        if self.record:
            key = (amount.kind, amount.value, amount.unit)
            self.gold.amounts.setdefault(key, amount.text)
            for iso2 in self.v.countries_in(amount.text):
                self.gold.country(iso2, required=False)
        return amount

    def money(self, usd: float | None = None, currency: str = "USD", style: int | None = None) -> Amount:
        """A deal-sized amount of money: millions to billions, written as news writes it."""
        if usd is None:
            usd = math.exp(self.rng.uniform(math.log(2e7), math.log(8e9)))
        if currency not in MONEY_STYLES or currency not in self.v.currencies:
            currency = "USD"
        local = _sig(usd * LOCAL_PER_USD.get(currency, 1), self.rng.choice([2, 2, 3]))
        scale, word, abbr = next(s for s in SCALE_WORDS if local >= s[0] or s[0] == 1e6)
        mantissa = round(local / scale, 2)
        number = _fmt_number(mantissa)
        styles = MONEY_STYLES[currency]
        template = styles[style % len(styles)] if style is not None else self.rng.choice(styles)
        if "{a}" in template and word == "trillion":
            template = styles[0]
        text = template.format(n=number, w=word, a=abbr if word != "million" or self.rng.random() < 0.5 else "mn")
        return self._note(Amount("money", float(number.replace(",", "")) * scale, currency, text))

    def price(self, commodity: Commodity, currency: str = "USD") -> tuple[Amount, str]:
        unit = commodity.unit
        base = _sig(TYPICAL_PRICE.get(commodity.name, 1000) * self.rng.uniform(0.7, 1.4), 3)
        base = round(base, 2) if base < 10 else int(base)
        symbol = {"USD": self.rng.choice(["US$", "$"]), "EUR": "€", "GBP": "£", "AUD": "A$", "CAD": "C$"}.get(
            currency, "US$")
        currency = currency if currency in ("USD", "EUR", "GBP", "AUD", "CAD") else "USD"
        amount = self._note(Amount("money", float(base), currency, f"{symbol}{_fmt_number(base)}"))
        return amount, self.rng.choice(PRICE_UNITS[unit])

    def quantity(self, commodity: Commodity, big: bool = True) -> Amount:
        rng = self.rng
        unit = commodity.unit
        big = big and commodity.name not in SMALL_LOTS
        if unit == "t":
            if big and rng.random() < 0.4:
                m = round(rng.uniform(0.5, 30), 1) if big else round(rng.uniform(0.1, 2), 1)
                style = rng.random()
                if style < 0.7:
                    text, annual = f"{_fmt_number(m)} million {rng.choice(['tonnes', 'tonnes', 'tons', 'metric tons'])}", False
                else:
                    text, annual = f"{_fmt_number(m)} Mtpa", True
                value = m * 1e6
            else:
                n = rng.randrange(1000, 500000, 500) if big else rng.randrange(50, 5000, 50)
                style = rng.random()
                if style < 0.6:
                    text, annual = f"{_fmt_number(n)} {rng.choice(['tonnes', 'tonnes', 'tons', 'metric tons'])}", False
                else:
                    text, annual = f"{_fmt_number(n)} tpa", True
                value = float(n)
        elif unit == "bbl":
            if rng.random() < 0.5:
                m = rng.randint(2, 60)
                text, value, annual = f"{m} million barrels", m * 1e6, False
            else:
                n = rng.randrange(20000, 600000, 5000)
                text = f"{_fmt_number(n)} {rng.choice(['barrels per day', 'barrels a day', 'bpd'])}"
                value, annual = float(n), True  # a daily rate: never followed by "a year"
        elif unit == "m3":
            m = round(rng.uniform(0.5, 20), 1)
            text = f"{_fmt_number(m)} {rng.choice(['billion cubic metres', 'bcm'])}"
            value, annual = m * 1e9, False
        elif unit == "oz":
            n = rng.randrange(20000, 900000, 1000)
            text, value, annual = f"{_fmt_number(n)} ounces", float(n), False
        elif unit == "W":
            if rng.random() < 0.5:
                n = rng.randrange(20, 900, 5)
                text, value = f"{n} MW", n * 1e6
            else:
                m = round(rng.uniform(1, 10), 1)
                text, value = f"{_fmt_number(m)} GW", m * 1e9
            annual = False
        else:  # Wh
            m = rng.randint(2, 60)
            text, value, annual = f"{m} GWh", m * 1e9, False
        return self._note(Amount("quantity", value, unit, text, annual))

    def percent(self, low: int = 2, high: int = 95) -> Amount:
        rng = self.rng
        value = float(rng.randint(low, high)) if rng.random() < 0.75 else round(rng.uniform(low, high), 1)
        text = _fmt_number(value) + rng.choice(["%", "%", "%", " percent", " per cent"])
        return self._note(Amount("percent", value, "percent", text))

    # --- deals ------------------------------------------------------------------------------

    def deal(self, parties: list[str], commodities: list[Commodity], value: Amount | None, text: str) -> None:
        if self.record:
            self.gold.deals.append({
                "parties": list(dict.fromkeys(parties)), "commodities": [c.name for c in commodities],
                "value": value.value if value else None, "currency": value.unit if value else None, "text": text})

    # --- people and places ------------------------------------------------------------------

    def person(self) -> str:
        return f"{self.rng.choice(self.v.first_names)} {self.rng.choice(self.v.last_names)}"


def _years(rng: random.Random) -> tuple[int, str]:
    n = rng.choice([2, 3, 5, 5, 7, 10, 10, 12, 15, 20])
    return n, NUMBER_WORDS.get(n, str(n))


def _said(rng: random.Random, day: date) -> str:
    return rng.choice([f", the companies said on {WEEKDAYS[day.weekday()]}", ", the companies said",
                       f", according to a statement on {WEEKDAYS[day.weekday()]}", "", ""])


def _rate(amount: Amount) -> str:
    return amount.text if amount.annual else f"{amount.text} a year"


# --- Deal templates: each writes a sentence, records its deal, returns (sentence, headline) ------


def _offtake(ctx: Context, a: Company, b: Company, k: Commodity, day: date):
    n, words = _years(ctx.rng)
    qty = ctx.quantity(k)
    site = ctx.pick_country()
    a_text, b_text = ctx.company(a), ctx.company(b)
    sentence = (f"{a_text} has signed a {words}-year offtake agreement with {b_text} to supply {_rate(qty)} "
                f"of {ctx.commodity(k)} from its project in {ctx.country(site)}{_said(ctx.rng, day)}.")
    ctx.deal([a.name, b.name], [k], None, sentence)
    headline = f"{a.short_form} signs {words}-year {k.forms[0]} offtake with {b.short_form}"
    return sentence, headline


def _state_loan(ctx: Context, a: Company, b: Company, k: Commodity, day: date):
    lender = ctx.pick_country()
    amount = ctx.money(currency=lender.currency or "USD" if ctx.rng.random() < 0.3 else "USD")
    form = ctx.rng.choice(["name", "name", "capital", "short"])
    who = ctx.country(lender, form)
    sentence = (f"{who} agreed a {amount.text} loan to {ctx.company(a)} to develop its "
                f"{ctx.commodity(k)} project{_said(ctx.rng, day)}.")
    if form == "name" and lender.name.startswith("the "):
        sentence = sentence[0].upper() + sentence[1:]
    ctx.deal([lender.iso2, a.name], [k], amount, sentence)
    headline = f"{lender.bare_name} lends {a.short_form} {amount.text} for {k.forms[0]} project"
    return sentence, headline


def _stake(ctx: Context, a: Company, b: Company, k: Commodity, day: date):
    pct = ctx.percent(5, 49)
    site = ctx.pick_country()
    amount = ctx.money(currency=site.currency if site.currency and ctx.rng.random() < 0.3 else "USD")
    a_text = ctx.company(a)
    b_text = ctx.company(b, describe=False)
    sentence = (f"{a_text} agreed to buy a {pct.text} stake in {b_text}'s {ctx.commodity(k)} project in "
                f"{ctx.country(site)} for {amount.text}{_said(ctx.rng, day)}.")
    ctx.deal([a.name, b.name], [k], amount, sentence)
    headline = f"{a.short_form} buys {pct.text} of {b.short_form}'s {k.forms[0]} project for {amount.text}"
    return sentence, headline


def _joint_venture(ctx: Context, a: Company, b: Company, k: Commodity, day: date):
    amount = ctx.money()
    site = ctx.pick_country()
    sentence = (f"{ctx.company(a)} and {ctx.company(b)} have agreed to form a {amount.text} joint venture to "
                f"build a {ctx.commodity(k)} processing plant in {ctx.country(site)}{_said(ctx.rng, day)}.")
    ctx.deal([a.name, b.name], [k], amount, sentence)
    headline = f"{a.short_form} and {b.short_form} form {amount.text} {k.forms[0]} venture"
    return sentence, headline


def _supply_contract(ctx: Context, a: Company, b: Company, k: Commodity, day: date):
    amount = ctx.money()
    n, words = _years(ctx.rng)
    qty = ctx.quantity(k)
    sentence = (f"{ctx.company(a)} won a {amount.text} contract to supply {qty.text} of {ctx.commodity(k)} to "
                f"{ctx.company(b)} over {words} years{_said(ctx.rng, day)}.")
    ctx.deal([a.name, b.name], [k], amount, sentence)
    headline = f"{a.short_form} wins {amount.text} {k.forms[0]} supply contract from {b.short_form}"
    return sentence, headline


def _takeover(ctx: Context, a: Company, b: Company, k: Commodity, day: date):
    amount = ctx.money()
    sentence = (f"{ctx.company(a)} agreed to acquire {ctx.company(b)} for {amount.text} in cash and shares, "
                f"adding {ctx.commodity(k)} assets to its portfolio.")
    ctx.deal([a.name, b.name], [k], amount, sentence)
    headline = f"{a.short_form} agrees {amount.text} takeover of {b.short_form}"
    return sentence, headline


def _placement(ctx: Context, a: Company, b: Company, k: Commodity, day: date):
    amount = ctx.money(usd=ctx.rng.uniform(2e7, 6e8))
    sentence = (f"{ctx.company(a)} raised {amount.text} in a share placement to fund the expansion of its "
                f"{ctx.commodity(k)} mine{_said(ctx.rng, day)}.")
    ctx.deal([a.name], [k], amount, sentence)
    headline = f"{a.short_form} raises {amount.text} for {k.forms[0]} expansion"
    return sentence, headline


def _state_pact(ctx: Context, a: Company, b: Company, k: Commodity, day: date):
    c1 = ctx.pick_country()
    c2 = ctx.pick_country(exclude=(c1.iso2,))
    amount = ctx.money()
    one, two = ctx.country(c1), ctx.country(c2)
    sentence = (f"{one} and {two} signed an agreement to cooperate on {ctx.commodity(k)} supply chains, "
                f"backed by {amount.text} in financing.")
    sentence = sentence[0].upper() + sentence[1:]
    ctx.deal([c1.iso2, c2.iso2], [k], amount, sentence)
    headline = f"{c1.bare_name} and {c2.bare_name} sign {amount.text} {k.forms[0]} pact"
    return sentence, headline


def _prepayment(ctx: Context, a: Company, b: Company, k: Commodity, day: date):
    amount = ctx.money()
    n, words = _years(ctx.rng)
    qty = ctx.quantity(k)
    sentence = (f"{ctx.company(a)} agreed a {amount.text} prepayment deal with {ctx.company(b)} in return for "
                f"{_rate(qty)} of {ctx.commodity(k)} over {words} years.")
    ctx.deal([a.name, b.name], [k], amount, sentence)
    headline = f"{a.short_form} agrees {amount.text} {k.forms[0]} prepayment with {b.short_form}"
    return sentence, headline


def _agency_loan(ctx: Context, a: Company, b: Company, k: Commodity, day: date):
    name, iso2 = ctx.rng.choice(ctx.v.organisations)
    amount = ctx.money()
    named = ctx.v.countries_in(name)
    if ctx.record:
        ctx.gold.country(iso2, required=iso2 in named)
        for other in named - {iso2}:
            ctx.gold.country(other)
    sentence = (f"The {name} approved a {amount.text} loan to {ctx.company(a)} for its "
                f"{ctx.commodity(k)} project{_said(ctx.rng, day)}.").replace("The The ", "The ")
    ctx.deal([iso2, a.name], [k], amount, sentence)
    headline = f"{a.short_form} wins {amount.text} loan for {k.forms[0]} project"
    return sentence, headline


DEAL_TEMPLATES = [(_offtake, 5), (_state_loan, 2), (_stake, 4), (_joint_venture, 3), (_supply_contract, 3),
                  (_takeover, 2), (_placement, 2), (_state_pact, 1), (_prepayment, 1), (_agency_loan, 1)]


# --- Other sentences: entities and amounts, but no deal -------------------------------------


def _talks(ctx, a, b, k, day):
    return (f"{ctx.company(a)} said it was in talks with {ctx.company(b)} about a possible "
            f"{ctx.commodity(k)} supply agreement, but no deal had been signed.")


def _wished(ctx, a, b, k, day):
    c1, c2 = ctx.pick_country(), None
    c2 = ctx.pick_country(exclude=(c1.iso2,))
    text = f"{ctx.country(c1)} hopes to sign a {ctx.commodity(k)} agreement with {ctx.country(c2)} later this year."
    return text[0].upper() + text[1:]


def _market_share(ctx, a, b, k, day):
    c = ctx.pick_country()
    text = f"{ctx.country(c)} accounts for about {ctx.percent(10, 90).text} of the world's {ctx.commodity(k)} output."
    return text[0].upper() + text[1:]


def _imports(ctx, a, b, k, day):
    c = ctx.pick_country()
    text = (f"{ctx.country(c)} imports about {ctx.percent(30, 98).text} of the {ctx.commodity(k)} it uses, "
            f"mostly from {ctx.country(ctx.pick_country(exclude=(c.iso2,)))}.")
    return text[0].upper() + text[1:]


def _policy(ctx, a, b, k, day):
    c = ctx.pick_country()
    year = ctx.rng.randint(2015, 2024)
    who = ctx.country(c, ctx.rng.choice(["capital", "name", "name"]))
    return _cap(f"{who} banned exports of unprocessed {ctx.commodity(k)} in {year} to encourage domestic refining.")


def _prices(ctx, a, b, k, day):
    pct = ctx.percent(3, 60)
    price, per = ctx.price(k)
    verb = ctx.rng.choice(["fallen", "risen", "climbed", "dropped"])
    return f"Prices of {ctx.commodity(k)} have {verb} {pct.text} this year, to about {price.text} {per}."


def _production(ctx, a, b, k, day):
    qty = ctx.quantity(k)
    years = ctx.rng.randint(8, 30)
    return (f"The project is designed to produce about {_rate(qty)} of {ctx.commodity(k)} for at least "
            f"{years} years once it reaches full output.")


def _price_floor(ctx, a, b, k, day):
    low, per = ctx.price(k)
    return f"Pricing is linked to published benchmarks, with a floor of {low.text} {per}."


def _shares(ctx, a, b, k, day):
    pct = ctx.percent(1, 25)
    price = ctx.rng.choice([round(ctx.rng.uniform(0.2, 9.5), 2), float(ctx.rng.randint(10, 120))])
    currency = ctx.rng.choice(["US$", "C$", "A$", "$"])
    amount = ctx._note(Amount("money", price, {"US$": "USD", "C$": "CAD", "A$": "AUD", "$": "USD"}[currency],
                              f"{currency}{price:.2f}"))
    city = ctx.rng.choice(ctx.v.exchange_cities)
    verb = ctx.rng.choice(["rose", "fell", "jumped", "slipped"])
    return f"{ctx.company(a)} shares {verb} {pct.text} to {amount.text} in {city} on the news."


def _lender(ctx, a, b, k, day):
    bank = ctx.rng.choice(ctx.v.lenders)
    return (f"It is also in talks with a group of lenders led by {ctx.company(bank, describe=False)} about "
            f"project finance, and expects to reach a final investment decision next year.")


def _quote(ctx, a, b, k, day):
    said = ctx.rng.choice([
        "This agreement gives us a long-term partner and the certainty we need to build",
        "Customers are finally willing to sign long-term contracts at prices that let us invest",
        "We have spent years proving the resource, and now we can move to construction",
        "Security of supply matters as much as price for our customers",
        "The market has been volatile, but the long-term demand story has not changed",
    ])
    return f"\"{said},\" {ctx.rng.choice(ROLES)} {ctx.person()} said."


FILLERS = [
    "Construction is due to start in the third quarter, with first output expected in {year}.",
    "Analysts said the terms were in line with other recent contracts in the industry.",
    "The companies did not disclose further financial terms.",
    "The agreement still needs the approval of regulators and shareholders.",
    "Environmental groups have raised concerns about water use in the region.",
    "The plant will employ about {jobs} people once it is running.",
    "The first shipments are expected by the end of {year}.",
    "A spokesperson declined to comment on the pricing mechanism.",
]


BACKGROUND = [
    "Demand for the material has grown quickly as manufacturers look for supplies that do not depend on a single country.",
    "The industry has struggled with volatile prices over the past two years, and several smaller producers have "
    "suspended operations.",
    "Buyers have increasingly sought long-term contracts with fixed floors to protect themselves against swings in "
    "the spot market.",
    "Processing capacity remains concentrated in a handful of places, which governments in Europe and North America "
    "have described as a strategic risk.",
    "Permitting a new mine can take a decade or more, and many projects never reach production.",
    "Shipping costs have eased from their peak, but insurance premiums on some routes remain high.",
    "The company has said it wants to sell a larger share of its output to customers outside its home market.",
    "Local communities have asked for a greater share of the royalties from new projects in the area.",
    "Several banks have said they will only finance projects that meet stricter environmental and social standards.",
    "Inventories at major warehouses have fallen for three consecutive months, according to industry data.",
    "The project has been in development for several years and completed a feasibility study last year.",
    "Executives have warned that higher interest rates make it harder to fund large construction projects.",
    "The region's power grid will need upgrades before a large refinery can run at full capacity.",
    "Traders said spot cargoes were being offered at a discount to last month's contract prices.",
]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


CONTEXT_TEMPLATES = [(_market_share, 3), (_imports, 2), (_policy, 2), (_prices, 3), (_wished, 1)]
DETAIL_TEMPLATES = [(_production, 3), (_price_floor, 1), (_lender, 1)]


def _weighted(rng: random.Random, items):
    return rng.choices([t for t, _ in items], weights=[w for _, w in items])[0]


def _distinct(rng: random.Random, items, n: int) -> list:
    """n different templates, drawn by weight."""
    pool = list(items)
    chosen = []
    while pool and len(chosen) < n:
        pick = rng.choices(range(len(pool)), weights=[w for _, w in pool])[0]
        chosen.append(pool.pop(pick)[0])
    return chosen


# --- The story ------------------------------------------------------------------------------


@dataclass
class Story:
    title: str
    description: str
    blocks: list[tuple[str, str]]  # ("p", paragraph) | ("h", subheading) | ("ad", "")
    publisher: str
    author: str
    published: datetime  # local time with its offset
    dateline: str
    section: str
    related: list[tuple[str, str, str]]  # furniture: (headline, category, "Month YYYY")
    gold: Gold
    slug: str

    @property
    def body_paragraphs(self) -> list[str]:
        return [text for kind, text in self.blocks if kind == "p"]


PUBLISHER_OFFSETS = [0, 1, 2, 3, 8, 9, 10, -5, -4, 5.5]


def publisher_of(rng: random.Random) -> tuple[str, timezone]:
    index = rng.randrange(len(PUBLISHERS))
    hours = PUBLISHER_OFFSETS[index % len(PUBLISHER_OFFSETS)]
    return PUBLISHERS[index], timezone(timedelta(hours=hours))


def _slug(text: str, words: int = 7) -> str:
    cleaned = "".join(ch.lower() if ch.isascii() and ch.isalnum() else " " for ch in text)
    return "-".join(cleaned.split()[:words]) or "story"


def _related(vocab: Vocabulary, rng: random.Random, day: date) -> list[tuple[str, str, str]]:
    """Headlines of other stories, as a 'Related News' box shows them: furniture, never gold."""
    furniture = Context(vocab, rng, record=False)
    items = []
    for _ in range(rng.randint(2, 5)):
        c = furniture.pick_country()
        k = furniture.pick_commodity()
        co = furniture.pick_company()
        headline = rng.choice([
            f"{c.bare_name} Weighs Export Levy on {k.forms[0].title()}",
            f"{co.first_form} Raises {furniture.money().text} for {k.forms[0].title()} Project",
            f"{c.adjectives[0]} {k.forms[0].title()} Output Hits Record",
            f"{co.short_form} Eyes {k.forms[0].title()} Assets in {c.bare_name}",
        ])
        month = day.replace(day=1) - timedelta(days=rng.choice([0, 0, 20, 45]))
        items.append((headline, k.group.title(), f"{MONTHS[month.month - 1]} {month.year}"))
    return items


def build_story(vocab: Vocabulary, rng: random.Random, day: date) -> Story:
    ctx = Context(vocab, rng)
    publisher, tz = publisher_of(rng)
    a = ctx.pick_company()
    b = ctx.pick_company(exclude=(a.name,))
    while b.name == a.name:
        b = ctx.invent_company()
    k = ctx.pick_commodity(a)
    sentences: list[str | tuple[str, str]] = []
    has_deal = rng.random() < 0.8
    if has_deal:
        template = _weighted(rng, DEAL_TEMPLATES)
        lead, headline = template(ctx, a, b, k, day)
    else:
        pct = ctx.percent(3, 40)
        price, per = ctx.price(k)
        c = ctx.pick_country()
        lead = (f"Prices of {ctx.commodity(k)} {rng.choice(['fell', 'rose'])} {pct.text} this week to "
                f"{price.text} {per}, as traders weighed supply from {ctx.country(c)} against weaker demand.")
        headline = f"{k.forms[0].capitalize()} prices move {pct.text} as {c.bare_name} supply shifts"
        sentences.append(_talks(ctx, a, b, k, day))
    title = _cap(headline)
    standfirst_country = ctx.pick_country()
    style = rng.randrange(3)  # decide first: only the chosen sentence may record its entities
    if style == 0:
        description = (f"The deal gives the buyer a source of {ctx.commodity(k, plain=True)} outside its usual "
                       f"suppliers, as {ctx.country(standfirst_country)} tightens its grip on the market.")
    elif style == 1:
        description = (f"The agreement is the latest in a series of {ctx.commodity(k, plain=True)} deals involving "
                       f"{ctx.country(standfirst_country, 'adj')} groups this year.")
    else:
        description = f"Traders and governments are scrambling to secure {ctx.commodity(k, plain=True)} as demand grows."
    sentences.insert(0, lead)
    for template in _distinct(rng, DETAIL_TEMPLATES, rng.randint(1, 2)):
        sentences.append(template(ctx, a, b, k, day))
    sentences.append(("h", rng.choice(SUBHEADS)))
    if rng.random() < 0.4:
        c2 = ctx.pick_company(exclude=(a.name, b.name))
        k2 = ctx.pick_commodity(c2) if rng.random() < 0.5 else k
        second, _ = _weighted(rng, DEAL_TEMPLATES)(ctx, c2, a if rng.random() < 0.5 else b, k2, day)
        second = "Separately, " + ("the " + second[4:] if second.startswith("The ") else second)
        ctx.gold.deals[-1]["text"] = second
        sentences.append(second)
    elif rng.random() < 0.4:
        sentences.append(_talks(ctx, a, ctx.pick_company(exclude=(a.name, b.name)), k, day))
    for template in _distinct(rng, CONTEXT_TEMPLATES, rng.randint(3, 5)):
        sentences.append(template(ctx, a, b, k, day))
        if rng.random() < 0.5:
            sentences.append(rng.choice(BACKGROUND))
    sentences.append(_quote(ctx, a, b, k, day))
    if rng.random() < 0.5:
        sentences.append(("h", rng.choice(SUBHEADS)))
    sentences += rng.sample(BACKGROUND, rng.randint(1, 3))
    for filler in rng.sample(FILLERS, rng.randint(2, 4)):
        sentences.append(filler.format(year=day.year + rng.randint(1, 4), jobs=rng.randrange(150, 3000, 50)))
    if rng.random() < 0.5:
        sentences.append(_shares(ctx, a, b, k, day))

    blocks: list[tuple[str, str]] = []
    paragraph: list[str] = []
    for item in sentences:
        if isinstance(item, tuple):
            if paragraph:
                blocks.append(("p", " ".join(paragraph)))
                paragraph = []
            if blocks and blocks[-1][0] != "h":
                blocks.append(item)
            continue
        paragraph.append(item)
        if len(paragraph) >= 2 or rng.random() < 0.45:
            blocks.append(("p", " ".join(paragraph)))
            paragraph = []
    if paragraph:
        blocks.append(("p", " ".join(paragraph)))
    if blocks[-1][0] == "h":
        blocks.pop()
    if len(blocks) > 4 and rng.random() < 0.7:
        blocks.insert(rng.randint(2, len(blocks) - 2), ("ad", ""))

    published_day = day - timedelta(days=1 if rng.random() < 0.35 else 0)
    local = datetime.combine(published_day, time(rng.randint(6, 20), rng.choice([0, 5, 15, 20, 30, 45])), tz)
    upper, _ = rng.choice(vocab.cities)
    return Story(title=title, description=description, blocks=blocks, publisher=publisher, author=ctx.person(),
                 published=local, dateline=upper, section=k.group.title(), related=_related(vocab, rng, day),
                 gold=ctx.gold, slug=_slug(title))
