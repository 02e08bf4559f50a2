"""Amounts: money in any currency and notation, physical quantities in contract units, percentages.

Money keeps the currency's own units ("A$1.65 billion" is 1.65e9 AUD); quantities are normalised
to t, bbl, m3, W, Wh or oz ("4 Mtpa" is 4e6 t a year, "5.4 bcm" is 5.4e9 m3); percentages are
the number before the sign. A range ("100,000 to 120,000 tons", "¥70 billion to ¥80 billion")
states two amounts, its two ends. A number without a currency or a unit (a year, a count, a
duration) is not an amount. The same amount stated twice in one article (headline and body)
is one amount.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from newsetl.extract.reference import CurrencyRecord
from newsetl.extract.text import lower_same_length, sentence_ends_between

# English digits ("1,234.5"), and the European notation of translated stories: thousands dots ("1.234.567",
# "1.234,5") and a decimal comma before one or two digits ("€2,2 billion", "12,5 percent"); a comma before
# three digits ("2,250") stays a thousands comma. Thousands spaces too, as South African and SI house styles
# write them ("60 000 tonnes"), where a count before a number must not join it ("20 300-MW turbines", "Of the
# 40 180 tonnes", "Unit 2 150 MW"): a no-break or thin space; two plain-space groups ("1 250 000"); or one plain
# group of round hundreds after two or three digits ("12 500", "300 000"). Never before a hyphen (the number of
# a unit adjective, "300-MW"), and at most four groups, so that a long run of digit groups is no number and is
# not read again from each of its groups.
_THOUSANDS_SPACE = "[ \u00a0\u202f]"
_SPACE_GROUPED = (r"(?:\d{1,3}(?:[\u00a0\u202f]\d{3}){1,4}|\d{1,3}(?: \d{3}){2,4}|\d{2,3} \d00)"
                  rf"(?:\.\d+)?(?![\d,-]|{_THOUSANDS_SPACE}\d)")
_NUMBER = (r"(?:\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+,\d+"
           r"|\d{1,3},\d{1,2}(?![\d,])"
           rf"|{_SPACE_GROUPED}"
           r"|\d+(?:\.\d+)?)")
# Spelled-out numbers up to ninety-nine ("three", "sixteen", "forty-two"); tens and teens before the ones that
# begin them, as a regex alternation takes its first fit ("seventy", not "seven").
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SPELLED = rf"(?:(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_ONES)}))?|{'|'.join(_TEENS)}|{'|'.join(_ONES)})"
# Fractions of a scale: "half a million", "a quarter of a million", "two and a half billion".
_FRACTION = (rf"(?:(?:a|one|three)[ -]quarters?[ -]of[ -]an?|{_SPELLED}[ -]and[ -]a[ -]half|half[ -]an?"
             r"|a[ -]half)")
_WORD_NUMBER = rf"(?:{_FRACTION}|an?|{_SPELLED})"
_WORD_VALUES = {"a": 1, "an": 1, **{w: i + 1 for i, w in enumerate(_ONES)},
                **{w: i + 10 for i, w in enumerate(_TEENS)}, **{w: 10 * (i + 2) for i, w in enumerate(_TENS)}}
# "m" and "k" too, read only where a unit or a currency word follows: "500m tonnes", "300k ounces", "2m euros"
# ("300m deep" names no unit and stays no amount). "mil" and "bil" as Malaysian and Philippine papers write them
# ("RM500mil", "P2.5bil"), "MM" as American finance does ("$500MM"). Elsewhere "mil" is the Spanish and
# Portuguese thousand ("US$ 500 mil", "R$ 500 mil") and "mil millones" / "mil milhões" their billion.
_SCALE_WORD = (r"(?:thousand|million|mln|mn|mil\s(?:millones|milh[õo]es)|mil|MM|m|k|billion|bln|bn|bil|trillion"
               r"|trn|tn|crores?|lakh crores?|lakhs?)")
# After a currency symbol the scale words in any case, as title-case headlines write them ("US$996 Million",
# "A$2 Bn"); the letters stay case-sensitive, where "MM" is a million and "mm" a millimetre.
_MONEY_SCALE_WORD = rf"(?:(?i:thousand|million|billion|trillion|bln|bn|mln|trn)|{_SCALE_WORD})"
# The symbols after which a glued "mil" is a million: "RM500mil", "P500mil", "₱500mil".
_MIL_MILLION_SYMBOLS = frozenset({"RM", "P", "₱"})
# Between a number and its scale word: a space, nothing, or a hyphen ("US$2.1-billion", "a 1.5-million-tonne").
_SCALE_GAP = r"(?:\s|-)?"
_SCALE_LETTER = r"(?:[mMbBkK]|tr)"
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "mil": 1e6, "mm": 1e6, "m": 1e6,
           "billion": 1e9, "bln": 1e9, "bn": 1e9, "bil": 1e9, "b": 1e9, "trillion": 1e12, "trn": 1e12, "tn": 1e12,
           "tr": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "lakh crore": 1e12, "lakh crores": 1e12,
           "mil millones": 1e9, "mil milhões": 1e9, "mil milhoes": 1e9}
_RANGE = r"\s?(?:-|–|—|to)\s?"
_BETWEEN_JOINER = r"\s+and\s+"
# Words before an amount that qualify it ("about $5bn", "more than 20%").
_QUALIFIERS = frozenset("""just over|just under|more than|less than|fewer than|at least|at most|up to|as much as|
as many as|as little as|close to|upwards of|in excess of|an estimated|about|around|roughly|approximately|nearly|
almost|some|over|under|below|above|estimated|beyond|approaching|exceeding""".replace("\n", "").split("|"))
_QUALIFIER_ENDS = frozenset(q.split()[-1] for q in _QUALIFIERS)
_PERIOD_STOP = re.compile(r"[\d.;\n]")
# Words after an amount that make it a rate, as (phrase, period).
_PERIODS = (("per year", "year"), ("a year", "year"), ("per annum", "year"), ("annually", "year"),
            ("yearly", "year"), ("per day", "day"), ("a day", "day"), ("daily", "day"), ("per month", "month"),
            ("a month", "month"), ("monthly", "month"))
# The phrases padded with spaces, whole words, in one pattern: its leftmost match is the first phrase (no padded
# phrase begins another, so two never start at one place).
_PERIOD_OF = {f" {phrase} ": period for phrase, period in _PERIODS}
_PERIOD_PHRASE = re.compile("|".join(re.escape(phrase) for phrase in _PERIOD_OF))
_PERIOD_REACH = 40
# "Brent fell 48 cents" (the dollar oil, metals and grains are priced in), "shares rose to 320 pence"; in an
# article on one other dollar country, its cents ("BHP rose 45 cents in Sydney").
_HUNDREDTHS = {"cents": "USD", "pence": "GBP"}
# "A$25 million of new shares at 42 cents each": cents told soon after an amount in another country's dollar
# are that dollar's, whichever countries the article names; an amount in US dollars between takes them back.
_CENTS_REACH = 300  # characters from the end of that amount to the cents, within its sentence
# ... unless they are a share's price, told in the currency of the listing the amount before tells ("raised A$85
# million. The issue price is a discount to its last close of 48 cents", "Its shares rose 40 cents").
_SHARE_PRICE_BEFORE = re.compile(r"\b(?:price|shares?|stock)\b[^.;!?]{0,60}$", re.I)
_SHARE_PRICE_AFTER = re.compile(r"\s+(?:(?:a|per)\s+share\b|each\b)")
# "A$25 million ($16.2 million) at 42 cents": a conversion in brackets right after it takes nothing back.
_CONVERSION_GAP = re.compile(r"\s*\(\s*(?:(?i:about|around|roughly|some|approximately|or)\s+)?(?:US)?\s*")
# Whatever dollar came before, a commodity's move or price is in US cents: "Brent crude fell 48 cents",
# "copper rose 3 cents a pound", "fell 48 cents to $80.10".
_COMMODITY_MOVE_BEFORE = re.compile(
    r"\b(?:crude|brent|wti|oil|gold|silver|copper|nickel|zinc|aluminium|aluminum|platinum|palladium|wheat|corn|"
    r"soybeans?|gasoline|coffee|sugar|cocoa|cotton|futures)(?:\s+(?:futures|prices?|crude|oil))?\s+"
    r"(?:rose|fell|gained|lost|climbed|dropped|slipped|added|eased|rallied|jumped|declined|settled|traded|"
    r"was|were)(?:\s+(?:up|down|by|at))?\s+$", re.I)
_COMMODITY_PRICE_AFTER = re.compile(
    r"\s+(?:(?:a|an|per)\s+(?:barrel|ounce|pound|bushel|gallon|tonne|ton|lb)\b|to\s+(?:US)?\$)", re.I)
# After a price: "USD 85 per barrel", "USD85 a tonne", "EUR 12/t".
_PER_UNIT_AFTER = re.compile(r"\s*(?:/|(?:per|a|an|each)\b)")
_RATE_DENOMINATOR_BEFORE = re.compile(r"(?:\bper\s+|/\s*)$", re.I)
# After a one-letter symbol and a number, a road: "the R555 road", "N1 highway".
_ROAD_AFTER = re.compile(r"\s+(?i:road|highway|route|freeway|motorway|expressway)\b")
_POUND_WORDS = frozenset({"pound", "pounds"})
_MASS_POUNDS = re.compile(r"\s+of\s+(?!sterling)", re.I)
_POUND_TO_TONNE = 0.00045359237
_CUBIC_FOOT = 0.0283168466

# (pattern, unit, factor to the unit, period): the unit alternatives of a quantity.
_UNITS: list[tuple[str, str, float, str | None]] = [
    (r"(?i:wet|dry)\s+metric\s+(?i:tonnes?|tons?)", "t", 1, None),
    (r"(?i:metric\s+tonnes?|metric\s+tons?)", "t", 1, None),
    (r"(?i:short\s+tons?)", "t", 0.90718474, None),
    (r"(?i:long\s+tons?)", "t", 1.0160469, None),
    (r"(?i:kilotonnes?|kilotons?)", "t", 1e3, None),
    (r"(?i:megatonnes?|megatons?)", "t", 1e6, None),
    (r"(?i:tonnes?|tons?)", "t", 1, None),
    (r"(?i:mmtpa|mmtpy|mtpa|mtpy)|Mt/y(?:r|ear)?|Mt\s?pa", "t", 1e6, "year"),
    (r"(?i:ktpa|ktpy)|kt/y(?:r|ear)?", "t", 1e3, "year"),
    (r"(?i:tpa|tpy)|t/y(?:r|ear)?", "t", 1, "year"),
    (r"(?i:tpd)|t/d", "t", 1, "day"),
    # Nuclear fuel is counted in tonnes of uranium (tU) or of heavy metal (tHM).
    (r"tU|tHM|(?i:tonnes?\s+of\s+uranium)", "t", 1, None),
    (r"Mt|MMT|mmt", "t", 1e6, None),
    (r"kt", "t", 1e3, None),
    (r"mt|MT|wmt|dmt|t", "t", 1, None),
    (r"(?i:kilograms?|kgs?)", "t", 1e-3, None),
    (r"Mlbs?|(?i:million\s+pounds)", "t", 1e6 * _POUND_TO_TONNE, None),
    (r"(?i:lbs?)", "t", _POUND_TO_TONNE, None),
    (r"Moz|(?i:million\s+ounces)", "oz", 1e6, None),
    (r"koz|Koz", "oz", 1e3, None),
    (r"(?i:troy\s+ounces?|ounces?|oz)", "oz", 1, None),
    (r"(?i:million\s+barrels\s+(?:per|a)\s+day|mb/d|mbpd|mmbpd)", "bbl", 1e6, "day"),
    (r"(?i:kb/d|kbpd|kbd)", "bbl", 1e3, "day"),
    (r"(?i:barrels?\s+of\s+oil\s+equivalent\s+(?:per|a)\s+day|boe/d|boepd)", "bbl", 1, "day"),
    (r"(?i:barrels?\s+(?:per|a)\s+day|bpd|b/d|bopd|bbls?/d)", "bbl", 1, "day"),
    (r"(?i:barrels?\s+of\s+oil\s+equivalent|boe)", "bbl", 1, None),
    (r"MMbbls?|mmbbls?|MMboe|mmboe", "bbl", 1e6, None),
    (r"(?i:barrels?|bbls?)", "bbl", 1, None),
    (r"(?i:bcma|bcm/y(?:r|ear)?)", "m3", 1e9, "year"),
    (r"(?i:bcm)", "m3", 1e9, None),
    (r"(?i:tcm)", "m3", 1e12, None),
    (r"(?i:mcm)", "m3", 1e6, None),
    (r"(?i:cubic\s+met(?:re|er)s?)|m3|m³", "m3", 1, None),
    (r"(?i:bcf/d|bcfd)", "m3", 1e9 * _CUBIC_FOOT, "day"),
    (r"(?i:mmcf/d|mmcfd|mmscfd|mmscf/d)", "m3", 1e6 * _CUBIC_FOOT, "day"),
    (r"(?i:bcf)", "m3", 1e9 * _CUBIC_FOOT, None),
    (r"(?i:tcf)", "m3", 1e12 * _CUBIC_FOOT, None),
    (r"(?i:mmcf|mmscf)", "m3", 1e6 * _CUBIC_FOOT, None),
    (r"(?i:cubic\s+feet|cu\s?ft)", "m3", _CUBIC_FOOT, None),
    (r"(?i:litres?|liters?)", "m3", 1e-3, None),
    (r"(?i:gallons?)", "m3", 0.00378541, None),
    (r"(?i:terawatt[- ]hours?)|TWh", "Wh", 1e12, None),
    (r"(?i:gigawatt[- ]hours?)|GWh", "Wh", 1e9, None),
    (r"(?i:megawatt[- ]hours?)|MWh", "Wh", 1e6, None),
    (r"(?i:kilowatt[- ]hours?)|kWh", "Wh", 1e3, None),
    (r"(?i:terawatts?)|TW", "W", 1e12, None),
    (r"(?i:gigawatts?)|GW(?:[ep]|ac|dc)?", "W", 1e9, None),
    (r"(?i:megawatts?)|MW(?:[ep]|ac|dc)?", "W", 1e6, None),
    (r"(?i:kilowatts?)|kW", "W", 1e3, None),
]


class ParsedAmount(NamedTuple):
    """A named tuple rather than a frozen dataclass: cheaper to make, and articles state many amounts."""

    kind: str  # 'money', 'quantity' or 'percent'
    value: float
    unit: str
    raw_text: str
    start: int
    end: int
    qualifier: str | None = None
    value_low: float | None = None
    value_high: float | None = None
    period: str | None = None


def _is_short_symbol(symbol: str) -> bool:
    """A letter symbol as short as an initial or an abbreviation: one letter, or two capitals ("SR", "RM")."""
    return symbol.isalpha() and (len(symbol) == 1 or (len(symbol) == 2 and symbol.isupper()))


def _money_prefix(signs: str, letters: str, single: str, joiner: str = _RANGE) -> re.Pattern:
    """A currency symbol and the number (or range) after it; `single`: the one-letter symbols and what must
    follow them; `joiner`: what joins the two ends of a range."""
    return re.compile(
        rf"(?:(?P<sym>{signs})\s?|(?P<sym2>{letters})\s?(?=\d)|(?P<single>{single})\s?)"
        rf"(?P<n1>{_NUMBER})(?:{_SCALE_GAP}(?P<s1>{_MONEY_SCALE_WORD})\b|(?P<l1>{_SCALE_LETTER})\b)?"
        rf"(?:{joiner}(?:(?:{signs})\s?)?(?P<n2>{_NUMBER})"
        rf"(?:{_SCALE_GAP}(?P<s2>{_MONEY_SCALE_WORD})\b|(?P<l2>{_SCALE_LETTER})\b)?)?")


def _alternation(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))


def _cents_told_as(text: str, cents: ParsedAmount, before: re.Pattern, after: re.Pattern) -> bool:
    """Cents whose words just before or right after tell what they price: a commodity (_COMMODITY_MOVE_BEFORE,
    US cents) or a share (_SHARE_PRICE_BEFORE, the listing's cents)."""
    return bool(after.match(text, cents.end) or before.search(text, max(0, cents.start - 60), cents.start))


class AmountParser:
    """Compiled once from the currencies seed; `parse` is pure."""

    def __init__(self, currencies: tuple[CurrencyRecord, ...]):
        self._symbol_currency: dict[str, str] = {}
        self._name_currency: dict[str, str] = {}
        for currency in currencies:
            for symbol in (*currency.symbols, currency.code):
                self._symbol_currency.setdefault(symbol, currency.code)
            for name in currency.names:
                self._name_currency.setdefault(name.lower(), currency.code)
        # Letter-only symbols ("Rp", "USD") need a digit right after them; a one-letter or two-capital symbol
        # ("R" for the rand, "SR" for the riyal) also a scale word, as such letters before a number are mostly
        # no currency ("State Route SR 99", "QR2 code"), unless the article names the symbol's country and the
        # number has three digits or a separator ("R228.50").
        signs = _alternation([s for s in self._symbol_currency if not s.isalpha()])
        letters = _alternation([s for s in self._symbol_currency if s.isalpha() and not _is_short_symbol(s)])
        single = _alternation([s for s in self._symbol_currency if _is_short_symbol(s)]) or "(?!)"
        self._symbol_before = re.compile(
            rf"(?:(?P<sym>{signs})\s?|(?P<sym2>{letters})\s?|(?P<single>{single})\s?)$")
        # Gulf and African papers may put a space after the letters ("KD 150 million", "R 5bn").
        scaled_single = rf"(?:{single})(?=\s?\d[\d,.]*{_SCALE_GAP}{_SCALE_WORD}\b)"
        self._money_prefix = _money_prefix(signs, letters, scaled_single)
        # "between $5 and $7 billion": after "between", "and" joins the two ends.
        self._between_money_prefix = _money_prefix(signs, letters, scaled_single, _BETWEEN_JOINER)
        self._local_money_prefix = _money_prefix(signs, letters, rf"(?:{single})(?=\d{{3}}|\d{{1,3}}[,.]\d)")
        country_of = {c.code: c.country_iso2 for c in currencies}
        self._single_symbol_country = {symbol: country_of[code]
                                       for symbol, code in self._symbol_currency.items()
                                       if _is_short_symbol(symbol) and country_of[code]}
        self._codes = frozenset(c.code for c in currencies)
        self._longest_name = max(len(n.split()) for n in self._name_currency)
        self._shared_nouns = _shared_currency_nouns(currencies)
        shared_forms = {**self._shared_nouns, **_shared_symbols(currencies)}
        self._shared_forms_of: dict[str, list[tuple[str, str]]] = {}  # country -> its shared forms and currency
        for form, by_country in shared_forms.items():
            for iso2, code in by_country.items():
                self._shared_forms_of.setdefault(iso2, []).append((form, code))
        self._dollar_by_country = {c.country_iso2: c.code for c in currencies if c.country_iso2
                                   and any(name.split()[-1].lower() in _WORLD_CURRENCY_NOUNS for name in c.names)}
        self._dollar_codes = frozenset(self._dollar_by_country.values())
        self._name_starts = (frozenset(n.split()[0] for n in self._name_currency) | {c.lower() for c in self._codes}
                             | frozenset(self._shared_nouns))
        self._sign_ends = frozenset(s[-1] for s in self._symbol_currency if not s.isalpha())
        self._letter_symbols = frozenset(s for s in self._symbol_currency if s.isalpha())

    def _local_single_symbols(self, countries: frozenset[str]) -> frozenset[str]:
        """The short letter symbols ("R", "SR") of the currencies of the article's countries."""
        return frozenset(s for s, iso2 in self._single_symbol_country.items() if iso2 in countries)

    def parse(self, text: str, lowered: str | None = None, countries: frozenset[str] = frozenset()
              ) -> list[ParsedAmount]:
        """Every amount of `text`, read at each number (and each "a million"), left to right. `lowered`:
        `text` lower-cased at the same offsets, when the caller has it; `countries`: the ISO codes of the
        countries the article names, which tell what a bare "pesos" or "dollars" is."""
        found: list[ParsedAmount] = []
        if lowered is None:
            lowered = lower_same_length(text)
        # only a "¥" asks, and most articles have none: no four scans of the article then
        yen_means_yuan = "¥" in text and _yen_means_yuan(lowered)
        local = self._local_currencies(countries) if countries else {}
        local_singles = self._local_single_symbols(countries) if countries else frozenset()
        consumed = 0
        other_dollar: ParsedAmount | None = None  # the last amount in a dollar, if not the US one
        for start in _starts(text, lowered):
            if start < consumed:
                continue
            amount = self._read(text, start, yen_means_yuan, local, local_singles)
            if amount:
                first = amount[0]
                cents = first.raw_text.endswith("cents")
                if cents and _cents_told_as(text, first, _COMMODITY_MOVE_BEFORE, _COMMODITY_PRICE_AFTER):
                    amount = [a._replace(unit="USD") for a in amount]
                elif (other_dollar and cents
                        and first.start - other_dollar.end <= _CENTS_REACH
                        and (not sentence_ends_between(text, other_dollar.end, first.start)
                             or _cents_told_as(text, first, _SHARE_PRICE_BEFORE, _SHARE_PRICE_AFTER))):
                    amount = [a._replace(unit=other_dollar.unit) for a in amount]
                elif other_dollar and _CONVERSION_GAP.fullmatch(text, other_dollar.end, first.start):
                    pass
                elif first.kind == "money" and first.unit in self._dollar_codes:
                    other_dollar = first if first.unit != "USD" else None
                found.extend(amount)
                consumed = first.end
        return found

    def _local_currencies(self, countries: frozenset[str]) -> dict[str, str]:
        """Shared currency nouns and symbols the article's countries settle: "pesos" in an article that names
        Chile and no other peso country are Chilean pesos, "Sh" in one on Tanzania Tanzanian shillings. A form
        two of its countries share keeps its usual reading."""
        named: dict[str, list[str]] = {}
        for iso2 in countries:
            for noun, code in self._shared_forms_of.get(iso2, ()):
                named.setdefault(noun, []).append(code)
        local = {noun: codes[0] for noun, codes in named.items() if len(codes) == 1}
        dollars = {self._dollar_by_country[iso2] for iso2 in countries if iso2 in self._dollar_by_country}
        if len(dollars) == 1:
            local["cents"] = dollars.pop()
        return local

    def _read(self, text: str, start: int, yen_means_yuan: bool, local: dict[str, str],
              local_singles: frozenset[str]) -> list[ParsedAmount]:
        if self._symbol_may_precede(text, start):
            before = self._symbol_before.search(text, max(0, start - 6), start)
            if before and (before.start() == 0 or text[before.start() - 1] not in _GLUED_BEFORE_SYMBOL):
                prefix = (self._between_money_prefix if _after_between(text, before.start())
                          else self._money_prefix)
                match = prefix.match(text, before.start())
                if (match is None or match.start("n1") != start) and before.group("single") in local_singles:
                    match = self._local_money_prefix.match(text, before.start())
                    if match and _ROAD_AFTER.match(text, match.end()):
                        return []
                if (match and match.start("n1") == start and not self._is_code_and_label(match, text)
                        and not _is_spaced_label(match, text)):
                    symbol = match.group("sym") or match.group("sym2") or match.group("single")
                    currency = local.get(symbol) or self._symbol_currency[symbol]
                    if symbol == "¥" and yen_means_yuan:
                        currency = "CNY"
                    return _amounts(text, match, match.end(), "money", currency, 1.0, None, letters=True)
        if start > 0 and text[start - 1] in _GLUED_BEFORE_NUMBER:
            return []
        phrase = None
        if _after_between(text, start):
            phrase = _BETWEEN_PHRASE.match(text, start)
        phrase = phrase or _NUMBER_PHRASE.match(text, start)
        if phrase is None:
            return []
        following = _NEXT_TOKEN.match(text, phrase.end())
        word = following.group(1).lower() if following else ""
        if following is not None and word in _POUND_WORDS and _MASS_POUNDS.match(text, following.end()):
            # "3 million pounds of uranium oxide" is a weight whatever pound the article's country spends
            return _amounts(text, phrase, following.end(), "quantity", "t", _POUND_TO_TONNE, None)
        named_currency: str | None = None
        end = 0
        if word in self._name_starts:
            named_currency, end = self._currency_after(text, phrase.end(), local)
        if named_currency:
            return _amounts(text, phrase, end, "money", named_currency, 1.0, None)
        if following is not None and word in _HUNDREDTHS:
            return _amounts(text, phrase, following.end(), "money", local.get(word, _HUNDREDTHS[word]), 0.01, None)
        unit = _UNIT.match(text, phrase.end()) if word in _UNIT_STARTS or word[:3] in _UNIT_STARTS else None
        if unit and _RATE_DENOMINATOR_BEFORE.search(text, max(0, start - 5), start):
            return []  # "$257 per 1,000 cubic metres": the unit a price is told in, no quantity of its own
        if unit:
            _, name, factor, period = _UNITS[unit.lastindex - 1]
            return _amounts(text, phrase, unit.end(), "quantity", name, factor, period)
        sign = _PERCENT_SIGN.match(text, phrase.end())
        if sign and phrase.group("s1") is None:
            return _amounts(text, phrase, sign.end(), "percent", "percent", 1.0, None)
        return []

    def _is_code_and_label(self, match: re.Match, text: str) -> bool:
        """A currency code before a one- or two-digit number with no scale and no unit after it is a label:
        "COP28" is the climate summit, not 28 Colombian pesos; "USD 85 per barrel" and "USD85 a barrel" are
        prices."""
        return (match.group("sym2") in self._codes and len(match.group("n1")) <= 2
                and not (match.group("s1") or match.group("l1"))
                and _PER_UNIT_AFTER.match(text, match.end()) is None)

    def _symbol_may_precede(self, text: str, start: int) -> bool:
        """A cheap test before the symbol pattern: a currency sign or a letter prefix ends just before."""
        at = start - 1
        if at >= 0 and text[at] == " ":
            at -= 1
        if at < 0:
            return False
        if text[at] in self._sign_ends:
            return True
        word_start = at
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        return text[word_start:at + 1] in self._letter_symbols

    def _currency_after(self, text: str, position: int, local: dict[str, str]) -> tuple[str | None, int]:
        """The currency named by the words after a number ("yuan", "Australian dollars", "USD"); a bare shared
        noun ("pesos") is the one of the article's country (`local`), else its usual currency if it has one."""
        words = _NEXT_WORDS.match(text, position)
        if not words:
            return None, position
        count = sum(1 for w in words.groups() if w)
        for size in range(min(count, self._longest_name), 0, -1):
            name = text[words.start(1):words.end(size)]
            if name in self._codes:
                return self._symbol_currency[name], words.end(size)
            if size == 1 and name.lower() in local:
                return local[name.lower()], words.end(size)
            if name.upper() not in self._codes and name.lower() in self._name_currency:
                return self._name_currency[name.lower()], words.end(size)
        return None, position


_NUMBER_PHRASE = re.compile(
    rf"(?P<n1>{_NUMBER}|(?i:{_WORD_NUMBER}))(?:{_SCALE_GAP}(?P<s1>(?i:{_SCALE_WORD}))\b)?"
    rf"(?:{_RANGE}(?P<n2>{_NUMBER})(?:{_SCALE_GAP}(?P<s2>(?i:{_SCALE_WORD}))\b)?)?")
# "between 10 and 15 percent": after "between", "and" joins the two ends of a range.
_BETWEEN_PHRASE = re.compile(
    rf"(?P<n1>{_NUMBER})(?:{_SCALE_GAP}(?P<s1>(?i:{_SCALE_WORD}))\b)?{_BETWEEN_JOINER}(?P<n2>{_NUMBER})"
    rf"(?:{_SCALE_GAP}(?P<s2>(?i:{_SCALE_WORD}))\b)?")
# One capturing group per unit alternative (the patterns have none of their own): the group that took part,
# `lastindex`, is the row of _UNITS, as the first alternative that fits is the one the regex takes.
_UNIT = re.compile(r"[\s-]?(?:" + "|".join(f"({pattern})" for pattern, *_ in _UNITS) + r")(?![\w/])")
# "15%", "15 per cent", "a 15-per-cent stake" (Canadian press), "15pc" (British press).
_PERCENT_SIGN = re.compile(r"\s?%|pc\b|[\s-]?(?i:per[\s-]?cent|percent|pct|percentage\s+points?)\b")
# A word of a currency name may be a dotted abbreviation: "41 billion U.S. dollars".
_ABBREVIATION = r"(?:[A-Za-z]\.){2,}"
_NEXT_TOKEN = re.compile(rf"[\s-]?({_ABBREVIATION}|[A-Za-z][A-Za-z/³3]*)")
# First words of every unit (or their first three letters): anything else after a number is no unit.
_UNIT_STARTS = frozenset("""
wet dry metric short long kil meg ton tu thm mtp mt/ mt kt/ ktp tpa tpy t/y t/d tpd mt kt t wmt dmt kg kgs lb lbs mlb
million moz koz oz tro oun bar mb/ mbp mmb kb/ kbp kbd boe bpd b/d bop bbl mmbbl mmboe bcm tcm mcm cub m3 m³ bcf
mmc mms tcf cu lit gal ter gig meg kil twh gwh mwh kwh tw gw gwe gwp mw mwe mwp kw mmt gwa gwd mwa mwd
""".split())
_NAME_WORD = rf"{_ABBREVIATION}|[A-Za-z]+"
# Up to four words: "Central African CFA francs".
_NEXT_WORDS = re.compile(rf"\s({_NAME_WORD})(?:\s({_NAME_WORD}))?(?:\s({_NAME_WORD}))?(?:\s({_NAME_WORD}))?")
_DIGITS = re.compile(r"\d[\d,.]*")
# A spelled-out number before a scale word or a mass unit. Not the last word of a longer number ("one hundred
# and twelve", "two" of a "forty-two" the window cuts), which would be read as its last word alone.
_NOT_A_NUMBER_END = r"(?<!-)(?<!hundred and )(?<!thousand and )\b"
_WORD_BEFORE_SCALE = re.compile(rf"(?i:{_NOT_A_NUMBER_END}{_WORD_NUMBER}(?:\s+|-))$")
# "three tonnes of gold", "forty-two tonnes": house styles spell out small numbers. Not "one" or "a", which
# state a price's unit ("$338 a tonne") more often than a quantity.
_WORD_BEFORE_UNIT = re.compile(rf"(?i:{_NOT_A_NUMBER_END}(?!one\b){_SPELLED}\s+)$")
# Wide enough for the longest number ("seventy-seven and a half ") and the longest guard ("thousand and ")
# before it.
_SPELLED_REACH = 40
# Found with str.find and a word end after them (none of them is inside another, nor overlaps another or
# itself), far cheaper than one more regex scan of every article.
_SCALE_WORDS = ("thousand", "million", "billion", "trillion")
# Found with str.find, far cheaper than one more regex scan of every article.
_MASS_UNIT_WORDS = (" tonnes", " tons", " ounces")
_GLUED_BEFORE_NUMBER = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.,$€£¥₹₩/-")
_GLUED_BEFORE_SYMBOL = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$€£¥₹₩")


# A bare "dollars" is the US dollar whatever country a story is about: oil, metals and deals are priced
# in it, and news names any other dollar with its country ("Canadian dollars", "A$").
_WORLD_CURRENCY_NOUNS = frozenset({"dollar", "dollars"})


def _shared_currency_nouns(currencies: tuple[CurrencyRecord, ...]) -> dict[str, dict[str, str]]:
    """The nouns several countries' currencies share, as noun -> {country: currency}: the last word of a
    qualified name ("Mexican pesos", "Chilean pesos") or a bare name ("dollars"). A noun of one currency only
    counts in the plural: "real" and "sol" are English words too, "dinars" and "shillings" are not."""
    by_noun: dict[str, dict[str, str]] = {}
    for currency in currencies:
        if currency.country_iso2 is None:
            continue
        for name in currency.names:
            noun = name.split()[-1].lower()
            if noun.isalpha():
                by_noun.setdefault(noun, {}).setdefault(currency.country_iso2, currency.code)
    return {noun: by_country for noun, by_country in by_noun.items()
            if (len(set(by_country.values())) >= 2 or noun.endswith("s")) and noun not in _WORLD_CURRENCY_NOUNS}


def _shared_symbols(currencies: tuple[CurrencyRecord, ...]) -> dict[str, dict[str, str]]:
    """The symbols several countries' currencies share ("Sh" for the shillings, "Rs" for the rupees), as
    symbol -> {country: currency}."""
    by_symbol: dict[str, dict[str, str]] = {}
    for currency in currencies:
        if currency.country_iso2 is None:
            continue
        for symbol in currency.symbols:
            by_symbol.setdefault(symbol, {}).setdefault(currency.country_iso2, currency.code)
    return {symbol: by_country for symbol, by_country in by_symbol.items() if len(by_country) >= 2}


# A capitalised word right before a one-letter symbol, not a possessive: "Block K", "Schedule K", "Group P".
_LABEL_WORD_BEFORE = re.compile(r"(?<![\w'’])[A-Z][\w-]*(?<!'s)(?<!’s)\s$")


def _is_spaced_label(match: re.Match, text: str) -> bool:
    """Letters spaced from the number after them are a label rather than a currency ("KD 150 million", "R 5bn"
    are money) when a unit follows the amount ("Block K 2 billion barrels") or when a one-letter symbol follows a
    capitalised word that it names ("Schedule K 1 million times", "Vitamin K 2 million")."""
    symbol = match.group("single")
    if symbol is None or match.end("single") == match.start("n1"):
        return False
    if _UNIT.match(text, match.end()):
        return True
    return len(symbol) == 1 and _LABEL_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None


def _after_between(text: str, start: int) -> bool:
    # "n " first, as no character but "n" and "N" lower-cases to an "n": most numbers follow no "n ", and then
    # no slice needs lower-casing
    return (start >= 8 and text[start - 2:start] in ("n ", "N ")
            and text[max(0, start - 8):start].lower().endswith("between "))


def _starts(text: str, lowered: str) -> list[int]:
    """Where an amount may begin: each run of digits, and a number word before a scale word or a mass unit."""
    starts = [m.start() for m in _DIGITS.finditer(text)]
    for scale in _SCALE_WORDS:
        position = lowered.find(scale)
        while position >= 0:
            after = position + len(scale)
            if after == len(lowered) or not _is_word_character(lowered[after]):
                window_start = max(0, position - _SPELLED_REACH)
                window = text[window_start:position]
                word = _WORD_BEFORE_SCALE.search(window) if _may_end_with_word(window) else None
                if word:
                    starts.append(window_start + word.start())
            position = lowered.find(scale, after)
    for unit in _MASS_UNIT_WORDS:
        position = lowered.find(unit)
        while position >= 0:
            window_start = max(0, position + 1 - _SPELLED_REACH)
            window = text[window_start:position + 1]
            word = _WORD_BEFORE_UNIT.search(window) if _may_end_with_word(window) else None
            if word:
                starts.append(window_start + word.start())
            position = lowered.find(unit, position + 1)
    return sorted(set(starts))


def _is_word_character(character: str) -> bool:
    """What a regex reads as \\w in a str: a letter, a digit or an underscore."""
    return character.isalnum() or character == "_"


def _may_end_with_word(window: str) -> bool:
    """Whether `window` ends with a letter and a hyphen or white space, as it must for _WORD_BEFORE_SCALE and
    _WORD_BEFORE_UNIT to match (their words all end with a letter): a cheap test before a search that tries
    every position of the window ("5 million" fails it at once)."""
    body = window[:-1] if window.endswith("\n") else window  # `$` matches before a final newline too
    body = body[:-1] if body.endswith("-") else body.rstrip()
    return body[-1:].isalpha()


def _amounts(text: str, match: re.Match, end: int, kind: str, unit: str, factor: float, period: str | None,
             letters: bool = False) -> list[ParsedAmount]:
    """The amount a match states: one, or the two ends of a range."""
    start = match.start()
    groups = match.groupdict()
    scale_2 = _scale(groups.get("s2"), groups.get("l2") if letters else None, match, groups, 2)
    scale_1 = _scale(groups.get("s1"), groups.get("l1") if letters else None, match, groups, 1)
    first = _number(groups["n1"], text, scaled=(scale_1 or scale_2) is not None)
    # a spelled-out number needs a scale ("two billion"), except before a mass unit ("three tonnes")
    if first is None or (groups["n1"][0].isalpha() and scale_1 is None and scale_2 is None and kind != "quantity"):
        return []
    if scale_1 is None:
        scale_1 = scale_2 if groups.get("n2") else None
    low = first * (scale_1 or 1.0) * factor
    second = _number(groups["n2"], text, scaled=scale_2 is not None) if groups.get("n2") else None
    high = second * (scale_2 or 1.0) * factor if second is not None else None
    if high is not None and high < low:
        high = None  # "2-1" is a score or a ratio, not a range: keep the first number only
    raw = text[start:end].strip()
    qualifier = _qualifier(text, start)
    period = period or _period(text, end)
    if high is None:
        return [ParsedAmount(kind, low, unit, raw, start, end, qualifier, period=period)]
    return [ParsedAmount(kind, low, unit, raw, start, end, qualifier, low, high, period),
            ParsedAmount(kind, high, unit, raw, match.start("n2"), end, qualifier, low, high, period)]


def _number(token: str | None, text: str = "", scaled: bool = False) -> float | None:
    """The value of a number token; `text`, the article, tells whether "24.000" is 24 or 24,000 (never when a
    scale word follows: "1.250 million" is 1.25 million in any notation)."""
    if token is None:
        return None
    if token.isdigit():  # most numbers: no separator to read
        return float(token)
    if token[0].isalpha():
        return _spelled_value(token)
    if not token.isascii() or " " in token:  # "60 000": thousands spaces
        token = re.sub(_THOUSANDS_SPACE, "", token)
    try:
        return float(_decimal_point_digits(token, text, scaled))
    except ValueError:
        return None


def _spelled_value(token: str) -> float:
    """"forty-two" 42, "half a" 0.5, "three-quarters of a" 0.75, "two and a half" 2.5 (before a scale word)."""
    words = token.lower().replace("-", " ").split()
    if words[0] == "half" or words == ["a", "half"]:
        return 0.5
    if words[1:2] in (["quarter"], ["quarters"]):
        return _WORD_VALUES[words[0]] / 4
    if words[-1] == "half":
        return _spelled_value(" ".join(words[:-3])) + 0.5
    return float(sum(_WORD_VALUES[word] for word in words))


def _decimal_point_digits(token: str, text: str, scaled: bool) -> str:
    """`token` with a decimal point and no thousands separators. A comma is the decimal sign after
    thousands dots or before one or two digits; dots are thousands separators when there are several,
    or when one dot precedes three digits and no scale word in an article that writes decimal commas elsewhere."""
    comma, dot = token.rfind(","), token.rfind(".")
    if comma > dot and (dot >= 0 or len(token) - comma <= 3):
        return token.replace(".", "").replace(",", ".")
    one_thousands_dot = (not scaled and comma < 0 and len(token) - dot == 4
                         and _DECIMAL_COMMA.search(text) is not None)
    if dot > comma and (token.count(".") > 1 or one_thousands_dot):
        return token.replace(".", "")
    return token.replace(",", "")


# A decimal comma in an amount: "2,5 billion", "12,5%", "€3,85".
_DECIMAL_COMMA = re.compile(
    r"(?<![\d,.])\d+,\d{1,2}(?![\d,])\s?(?:%|percent|per cent|billion|million|trillion|bn|mn)"
    r"|[€$£]\s?\d+,\d{1,2}(?![\d,])")


def _mil_is_million(match: re.Match, groups: dict[str, str | None], end: int) -> bool:
    """Whether a "mil" after the number of end `end` (1 or 2) is a million: glued to a number after "RM", "P" or
    "₱" ("RM500mil"); elsewhere it is a thousand ("US$ 500 mil"). `groups`: the match's groupdict."""
    symbol = groups.get("sym") or groups.get("sym2") or groups.get("single")
    return symbol in _MIL_MILLION_SYMBOLS and match.start(f"s{end}") == match.end(f"n{end}")


def _scale(word: str | None, letter: str | None, match: re.Match, groups: dict[str, str | None], end: int
           ) -> float | None:
    """The factor of the scale word or letter after the number of end `end` (1 or 2) of `match`."""
    if word:
        word = " ".join(word.lower().split())
        if word == "mil" and not _mil_is_million(match, groups, end):  # only a "mil" needs the symbol
            return 1e3
        return _SCALES[word]
    if letter:
        return _SCALES[letter.lower()]
    return None


def _qualifier(text: str, start: int) -> str | None:
    words = text[max(0, start - 25):start].lower().split()[-3:]
    if not words or words[-1] not in _QUALIFIER_ENDS:
        return None
    for size in (3, 2, 1):
        if len(words) >= size and " ".join(words[-size:]) in _QUALIFIERS:
            return " ".join(words[-size:])
    return None


def _period(text: str, end: int) -> str | None:
    """"a year", "per day", "annually" shortly after the amount, before any other number or sentence end."""
    window = text[end:end + _PERIOD_REACH].lower()
    stop = _PERIOD_STOP.search(window)
    window = " " + (window[:stop.start()] if stop else window) + " "
    if not (" a " in window or " per " in window or "ly " in window):  # in every phrase of _PERIODS
        return None
    phrase = _PERIOD_PHRASE.search(window)
    return _PERIOD_OF[phrase.group()] if phrase else None


def _yen_means_yuan(lowered: str) -> bool:
    """"¥" is the yen unless the article (lower-cased) speaks of yuan and not of yen."""
    return ("yuan" in lowered or "renminbi" in lowered or "rmb" in lowered) and "yen" not in lowered


def deduplicate(amounts: list[ParsedAmount]) -> list[ParsedAmount]:
    """One amount per kind, unit and value: a headline figure repeated in the body is one amount."""
    seen: set[tuple[str, str, float]] = set()
    kept = []
    for amount in amounts:
        key = (amount.kind, amount.unit, float(f"{amount.value:.6g}"))
        if key not in seen:
            seen.add(key)
            kept.append(amount)
    return kept
