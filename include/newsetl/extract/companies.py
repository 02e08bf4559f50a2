"""Companies: registry names found by the matcher, plus companies discovered by rule.

A capitalised phrase in the standfirst or body is a company when news grammar says so: it ends
in a legal form ("Diamond Generating Corp") or an industry head noun after a distinctive word
("Torngat Metals", "RedBird Capital Partners"), a descriptor precedes it ("trader Traxys",
"Korean shipbuilder Hanwha Ocean", "state-run X", "analysts at X"), an apposition follows it or
its acronym ("Inversiones TLC, a unit of ...", "X (XYZ), one of the largest producers"),
its shares trade ("Nouveau Monde's shares rose"), a ticker follows it, or it is listed after
"companies ... include". Governments, agencies and funds (the organisations seed), people and the
publisher are not companies. Short forms ("Rio", "Aethon", "MP") count towards the company named
in full in the same article; every name resolves to one canonical form.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache

from newsetl.extract.lexicon import COMMODITY, COMPANY, COUNTRY
from newsetl.extract.matcher import Hit, Label, PhraseMatcher
from newsetl.extract.names import LEADING_LEGAL_FORMS, LEGAL_FORMS, clean_company_name, company_key, fold
from newsetl.extract.occurrence import EnclosingSpans, Occurrence, SpanSet
from newsetl.extract.reference import ReferenceData
from newsetl.extract.text import Document, whole_word_positions
from newsetl.extract.wordlists import GIVEN_NAMES, INSTITUTIONS, PLACES, PUBLIC_FIGURES, REGIONS

_CONNECTOR_WORDS = ("of", "de", "du", "des", "del", "da", "do", "dos", "la", "y", "e", "van", "von", "der", "di", "für", "&")
_CONNECTORS = "(?:" + "|".join(_CONNECTOR_WORDS) + ")"
# A number is a word of a name after "No." ("Engine No. 1", "Mine No. 3").
_TOKEN = r"(?:[A-ZÀ-Þ][\w’'.&-]*|[0-9]+[A-Z][\w-]*|(?<=No\.[ \t])[0-9]+\b)"
# The same first token with one character class in front, so the regex engine skips ahead to the
# next capital or digit in C instead of trying the pattern at every character.
_FIRST_TOKEN = r"[A-ZÀ-Þ0-9](?:(?<=[A-ZÀ-Þ])[\w’'.&-]*|(?<=[0-9])[0-9]*[A-Z][\w-]*)"
# A French or Italian article elided before a word belongs to the name: "Société des Mines de l'Aïr".
_ELIDED = r"(?:[ld]['’])?"
_ELISIONS = ("d'", "d’", "l'", "l’")
_PHRASE = re.compile(rf"{_FIRST_TOKEN}(?:[ \t]+(?:{_CONNECTORS}[ \t]+)?{_ELIDED}{_TOKEN})*")
_ATTRIBUTE_SUFFIX = re.compile(r"-(?:based|listed|owned|led|backed|headquartered|registered|controlled|run|held|"
                               r"focused|focussed)$", re.I)

# Leading words of a capitalised run that are not part of a name.
_LEADING = frozenset("""
The A An In On At For From By With Under After Before As But And Or If When While Its Their His Her Our Your
This That These Those Since Despite Through Including Both Separately Meanwhile Also Earlier Later Last Next
Shares Analysts According Unlike Like Among Between During Following Until Whether Why How What Where Who
Though Although However Still Yet Then Now Even Only Just Once Some Many Most All Each Every Other Another
Such Several Further Plus Overall Instead Today Yesterday Tomorrow Read Related Tags Topics Share Photo
About
""".split())

_TITLES = frozenset("""
President Prime Minister Premier Secretary Chancellor Governor Senator Sen Rep Representative Ambassador
King Queen Prince Princess Crown Sheikh Emir Sultan Chairman Chairwoman Chair Chief Executive CEO CFO COO
Director Managing Founder Mr Mrs Ms Dr Deputy Vice Commissioner Mayor Judge Justice General Admiral Lord Lady
Sir Dame Pope Leader Spokesman Spokeswoman Spokesperson Analyst Professor Prof Economist Envoy Officer Head
Speaker Treasurer
""".split())
# Lower-case titles before a name: "chief executive James Litinsky".
_LOWER_TITLES = frozenset("""
president minister secretary chancellor governor senator ambassador chairman chairwoman chair executive ceo
director founder spokesman spokeswoman spokesperson analyst economist envoy officer head leader premier king
prince sheikh emir strategist president-elect speaker
""".split())

# Industry head nouns: "<distinctive word(s)> Metals" names a company.
_HEADS = frozenset("""
Mining Mines Minerals Metals Resources Energy Materials Lithium Graphite Cobalt Nickel Copper Gold Silver
Uranium Oil Gas Energies Petroleum Petrochemical Petrochemicals Power Electric Chemical Chemicals Steel
Aluminium Aluminum Motors Motor Industries Technologies Technology Capital Partners Investments Shipyard Shipbuilding
Shipping Airlines Logistics Ventures Trading Exploration Generating Generation Utilities Solar Batteries
Semiconductor Semiconductors Pharmaceuticals Systems Electronics Refining Smelting Magnetics LNG Coal
Fertilizers Fertilisers Engineering Construction Enterprises Management Litio Minera Mineração Minería
Metallurgical Petroleo Petróleo Rare-Earths Earths Advisors Advisers Securities Bancorp Financial Brands
Foods Agri Agribusiness Marine Offshore Drilling Pipelines Midstream Renewables Hydrogen Nuclear Automotive
Aerospace Defence Defense Telecom Communications Holdings Group Labs Bank Banking Airways Railways
Potash Phosphate Phosphates Zinc Manganese Vanadium Tungsten Iron Alumina Marketing JV Consortium
Shipbuilders Dockyard
""".split())
# "Golden Energy and Resources", "Kestrel Oil and Gas Ltd": a head noun joined by "and" to the head noun ending a
# name; a capitalised word after it other than a legal form starts another name ("Mining and Power Generation"),
# as does one after a connector ("Attijariwafa Bank and Bank of Africa").
_AND_HEAD = re.compile(r"[ \t]+and[ \t]+(?:" + "|".join(sorted(_HEADS)) + r")\b(?![-’'])"
                       rf"(?:[ \t]+(?P<next>(?:{_CONNECTORS}[ \t]+)?[A-Z][\w.]*))?")
# Asset nouns that end the name of the company running the asset ("Dangote Petroleum Refinery") where the
# article makes the name act as a business does, speaking or dealing (_ACTOR_AFTER); otherwise the name is the
# asset's ("the Jamnagar Refinery imports crude", "the Ras Tanura Refinery was shut").
_ASSET_HEADS = frozenset("Refinery Refineries Smelter Smelters".split())
_ACTOR_AFTER = re.compile(
    r"[ \t]+(?:(?:has|have|had|will|would|also|then|on[ \t]+\w+day)[ \t]+){0,2}"
    r"(?:said|says|told|announced|signed|signs|sign|agreed|agrees|agree|bought|buys|buy|sold|sells|sell|acquired|"
    r"acquires|acquire|purchased|secured|secures|awarded|posted|reported)\b")
# First words that make the rest of a phrase a company name ("Minera Tarar", "PT Vale Indonesia").
_PREFIX_HEADS = frozenset("""
Minera Minería Mineração Compañía Compania Companhia Empresa Sociedad Société Societe Entreprise Grupo Groupe
Corporación Corporacion Inversiones PT JSC PJSC OJSC Bank Banco Banque Perusahaan
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
Working Contact Study Task Action Advisory Lobby Expert Friends Regime Scheme Area Concession
Export-Import
""".split())  # "Export-Import": a state export credit agency ("the Export-Import Bank's letter"), an organisation
# A share class: "Shenzhen-listed A-shares", "H-shares", "Talbrin's Class B shares", "Series A".
_SHARE_CLASS = re.compile(r"[A-Z]-[Ss]hares?|(?:Class|Series)[ \t]+[A-Z0-9]{1,2}")
# Words of public bodies' or assets' names that also name firms ending in a legal form (see _has_non_company_word):
# "State Grid Corp", "Public Service Company of Oklahoma", "Korea Mine Rehabilitation Corp".
_FIRM_WORDS = frozenset({"State", "Development", "Service", "Mine"})
_LEGAL_FORMS_BEFORE_PLACE = frozenset({"Company", "Corporation"})
_REACH_SUFFIXES = frozenset({"International", "Global", "Worldwide"})  # after a head noun, still the name
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
Defense Defence Affairs Foreign Interior Justice Labor Labour Agriculture Transport Health Education Marketing
Science Environment Climate Water Land Air Space Fire Police Border Customs Tax Revenue Statistics JV Consortium
""".split())
# Words of the market a commodity trades in: "Spot LNG prices rose", "Seaborne Coal demand fell" name no company.
_MARKET_ADJECTIVES = frozenset("Spot Benchmark Wholesale Seaborne Futures Forward Physical Contract".split())

# Lower-case words that, right before a capitalised phrase, say it is a company ("trader Traxys").
_DESCRIPTORS = frozenset("""
miner producer company firm trader refiner smelter developer explorer shipbuilder automaker carmaker utility
operator marketer maker manufacturer giant supplier lender bank investor conglomerate house insurer startup
start-up subsidiary unit arm affiliate major buyer seller shipper importer exporter distributor processor
recycler owner contractor consortium group peer rival competitor player outfit manager retailer airline shipyard
agribusiness chipmaker steelmaker drugmaker planemaker grocer brewer junior cooperative
""".split())


def _plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2] not in "aeiou" else noun + "s"


# "supply contracts with cooperatives Coamo and Comigo", "a loan from banks Arlo and Benn": a plural descriptor
# marks each name of the list after it. Not "groups" (of campaigners) nor "units" (of a plant: "units Alpha and Beta").
_PLURAL_DESCRIPTORS = frozenset(_plural(noun) for noun in _DESCRIPTORS - {"group", "unit"})
# "analysts at Canaccord Genuity said": the firm employing the analysts quoted.
_EMPLOYEES_AT = frozenset(f"{job} at" for job in ("analyst", "analysts", "economist", "economists", "strategist",
                                                  "strategists", "banker", "bankers", "executive", "executives"))
_APPOSITION = re.compile(
    # "X, a lithium miner", "X, one of the largest nickel producers", "X, Chile's biggest copper miner"
    r",\s+(?:a|an|the|its|which is a|one of the|[A-Z][\w.-]*['’]s)\s+(?:[\w’'.-]+\s+){0,5}?"
    r"(?:miner|producer|company|firm|trader|refiner|"
    r"smelter|developer|explorer|shipbuilder|automaker|carmaker|utility|operator|marketer|maker|manufacturer|"
    r"supplier|lender|bank|investor|conglomerate|subsidiary|unit|arm|affiliate|division|startup|start-up|"
    r"joint venture|venture|group|major|processor|recycler|owner|contractor|consortium|shipyard|retailer|"
    r"holding|junior)s?\b"
    # not "X, NNPC's group chief executive", "X, a metals trader at a Rotterdam merchant": a person's job
    r"(?!\s+(?:chief|executive|head|director|president|chairman|manager|officer|at)\b)"
    # not "X, the group's founder": a person of the group ("the miner's largest shareholder" is a company)
    r"(?![’']s\s+(?:[a-z-]+\s+){0,2}?(?:founder|co-founder|chief|chairman|chairwoman|chair|CEO|president|director|"
    r"spokesman|spokeswoman|spokesperson|boss|head|executive|officer|manager|secretary|treasurer|CFO|COO|CTO|CIO|"
    r"counsel|analyst|economist|strategist|geologist|engineer|lawyer)\b)"
    # "... in Western Australia, the company said": a reporting clause, not an apposition
    r"(?!\s+(?:said|says|told|added|announced|noted|stated|reported|confirmed|disclosed|wrote|explained)\b)")
# "Shell's Integrated Gas and Upstream Director": a division named in a person's job title (only a division after
# a possessive: "Kalvara Gold Corp and Ventra President Jane Roe" names a company and a person).
_JOB_TITLE_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+[A-Z][\w-]*[ \t]+(?:Director|Officer|President|Manager|Head)\b")
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s[ \t]+$")
# "the Antofagasta region", "the Amazon rainforest", "the Cerrado and Amazon biomes": a name that is also a place's,
# used for the place.
_PLACE_AFTER = re.compile(r"[ \t]+(?:region|province|district|desert|prefecture|county|municipality|"
                          r"[Bb]iomes?|[Rr]ainforest|[Jj]ungle|[Rr]ivers?|[Bb]asin|[Dd]elta|[Ee]stuary|[Ww]atershed)\b")
# "ports on the Amazon river system", "the Amazon waterway": after "the", also a river's network (not a bare
# "system": "flows on the Enbridge system" is the company's pipeline network).
_THE_PLACE_AFTER = re.compile(r"[ \t]+(?:river[ \t]+system|waterway|headwaters|tributaries)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
# "the Mopani mine", "Glencore's Cerrejon coal mine", "Talbrin's neighbouring Varno operation": a company's name
# used for the asset that bears it.
_ASSET_AFTER = re.compile(r"[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?:mine|mines|deposit|smelter|refinery|concession|"
                          r"project|complex|operation)\b")
# After a lone word: "Akyem gold mine", "Escondida mine" name an asset ("a deal with Amaggi for the mine" does not).
# "Turkey's Ceyhan port", "the Gwadar oil terminal": a place that handles goods.
_ASSET_NAME_AFTER = re.compile(r"[ \t]+(?:(?!(?:for|the|a|an|to|of|in|at|on|and|or|with|from|by|its|their)\b)"
                               r"[a-z-]+[ \t]+)?(?:mine|mines|deposit|smelter|refinery|concession|project|complex|"
                               r"field|oilfield|block|port|terminal|harbour|harbor)\b")
# After a lone word: "Australia's Newcastle futures", "the Varno coal price" name a price benchmark, after the
# place the commodity is delivered to (not "Zijin share price": the company's shares).
_BENCHMARK_AFTER = re.compile(r"[ \t]+(?:(?!shares?\b|stocks?\b)[a-z-]+[ \t]+)?"
                              r"(?:futures|benchmark|index|price|prices)\b")
# After a lone word: "Germany's Varno scheme", "Talbria's Varno programme" name a public programme.
_PROGRAMME_AFTER = re.compile(r"[ \t]+(?:scheme|schemes|programme|programmes|program|initiative|subsidy|"
                              r"subsidies|mechanism|regime)\b")
# "Goulamina lithium project": an asset word after one lower-case word, the commodity (checked by the caller);
# "Moranbah North underground mine", "Arctic LNG 2 project": after the kind of asset or its number.
_COMMODITY_ASSET_AFTER = re.compile(r" (?:(?P<kind>underground|open-pit|open-cut|opencast|open-cast|offshore|"
                                    r"onshore|deepwater|floating|[0-9]{1,2}|[IVX]{1,4})|([a-z-]+))[ \t]+"
                                    r"(?:mine|mines|deposit|deposits|project|smelter|refinery|concession|complex|"
                                    r"field|plant|facility)\b")
_POSSESSIVES = ("'s ", "’s ")
_POSSESSIVE_ENDINGS = ("'s", "’s")
# "the Department of Mineral Resources and Energy": a registry name after a ministry's head is the ministry's,
# also further down its list of portfolios ("Minister of Industry and Mineral Resources").
_PUBLIC_BODY_BEFORE = re.compile(r"\b(?:Ministry|Minister|Department|Secretary|Secretariat|Bureau)[ \t]+(?:of|for)"
                                 r"(?:[ \t]+the)?[ \t]+(?:[A-Z][\w-]*,?[ \t]+){0,3}?(?:(?:and|&)[ \t]+)?$")
# "Energy and Mineral Resources Minister Jane Roe", "the Mineral Resources Ministry": a portfolio named before the
# office that holds it, also at the end of a list of portfolios.
_PUBLIC_BODY_AFTER = re.compile(r"(?:,?[ \t]+(?:and|&)[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)?[ \t]+"
                                r"(?:Minister|Ministry|Department|Secretary|Secretariat|Portfolio)\b")
# "the Varnock mine", "Talbrin's sanctioned Varnock LNG 2 project": an article or owner, maybe with a word saying
# what the asset is, before its name.
_ASSET_BEFORE = re.compile(r"(?:\b[Tt]he|\bits|['’]s)[ \t]+(?:(?!(?:and|or|with|for|to|from|by|of|in|at|on)\b)"
                           r"[a-z-]+[ \t]+)?$")
# not "the Talbria stock exchange", "the Talbria stock market": the place's market; but after a possessive the
# stock is the company's ("Varnock's stock market debut")
_SHARES_AFTER = re.compile(r"['’]s\s+(?:shares|stock|share price)\b"
                           r"|\s+(?:shares|stock(?!\s+(?:exchanges?|markets?|index|indices)\b)|share price)\b")
# A market report's share move or a deal verb: "Santos eased 0.2 per cent", "Santos signs LNG deal" name the
# listed company, not the port.
_SHARE_MOVE_AFTER = re.compile(
    r"[ \t]+(?:rose|fell|gained|lost|eased|added|slid|slipped|jumped|climbed|dropped|declined|advanced|"
    r"surged|tumbled|sank|rallied|dipped|firmed)[ \t]+[0-9][0-9.]*[ \t]*(?:%|per[ \t]?cent|percent)")
_DEAL_VERB_AFTER = re.compile(r"[ \t]+(?:signs|signed|inks|inked|seals|sealed|agrees|agreed)\b")
# What makes a text a market report, where a lone name's move is a share price ("Total rose 4% to 12 million
# tonnes" is a statistic).
_MARKET_WORDS = re.compile(
    r"\b(?:[Ss]hares?|[Ss]tocks?|[Ee]quities|[Ii]ndex|ASX|TSX|NYSE|Nasdaq|FTSE|bourse)\b")
# Stock indexes news names by one word, whose moves are no company's ("Dow rose 0.8%").
_STOCK_INDEXES = frozenset({"Dow", "Nasdaq", "FTSE", "Nikkei", "DAX", "CAC", "Kospi", "Sensex", "Nifty",
                            "Stoxx", "Topix", "Bovespa", "Hang Seng"})
# A first name, a title or an owner before a name ("Doug Ford", "Mr. Santos", "Poland's PGE"): the name is a
# surname or stands for something else.
_FIRST_NAME_OR_TITLE = r"(?:[A-Z][\w’'-]*|(?:Mr|Ms|Mrs|Dr|Prof)\.)"
_COUNTRY_NAME_ROLES = frozenset({"name", "alias"})  # "Canada", not "Canadian" nor the capital "Ottawa"
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")  # "Vale Canada Nickel ...": a longer name, left to discovery
_TICKER_IN_BRACKETS = (
    r"\(\s*(NYSE American|NYSE|NASDAQ|Nasdaq|ASX|TSX-V|TSXV|TSX|LSE|AIM|HKEX|HKSE|SSE|SZSE|TYO|TSE|JSE|NSE|"
    r"BSE|KRX|KOSDAQ|OTCQX|OTCQB|OTC|Euronext|ETR|XETRA|B3|SGX|IDX|TADAWUL|BMV|CSE|OSE|STO|CPH|HEL|EPA|BIT|"
    r"BME|EBR|SWX|WSE|VIE|FRA)\s*[:：]\s*([A-Z0-9][A-Z0-9.\-]*)")
_TICKER = re.compile(r"\s*" + _TICKER_IN_BRACKETS)  # right after a name
_TICKER_SCAN = re.compile(_TICKER_IN_BRACKETS)  # anywhere: starts with "(", so scans fast
# Names news gives an exchange besides the one the registry's tickers use: "NEXT" is NextDecade on Nasdaq and
# NextSource Materials in Toronto, so a ticker is read with its exchange.
_EXCHANGE_NAMES = {"NYSE AMERICAN": "NYSE", "TSX-V": "TSXV", "HKSE": "HKEX", "XETRA": "ETR"}
# Exchanges news names for one listing besides the registry's ("TSE: CCO" for Toronto's "TSX:CCO", "TSE" for
# Tokyo's "TYO"): a symbol alone names its company only under one of these, not under another exchange ("Valaris
# (NYSE: VAL)" is not Valterra, "JSE:VAL").
_SAME_LISTING = (frozenset({"TSX", "TSE"}), frozenset({"TYO", "TSE"}), frozenset({"LSE", "AIM"}),
                 frozenset({"ETR", "FRA"}), frozenset({"TSX", "TSXV"}), frozenset({"OTC", "OTCQX", "OTCQB"}))


def _exchange(name: str) -> str:
    """An exchange's name as the registry's tickers write it."""
    upper = name.upper()
    return _EXCHANGE_NAMES.get(upper, upper)

# "(SNURDC)", "(EDU II)": an acronym, maybe numbered like the name it stands for ("Dukovany II").
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9}(?: [IVX]{1,4}| [0-9]{1,2})?)\)")
# Nouns after a name that make it the name of an asset ("Plaquemines LNG project", "Filo del Sol deposit",
# "its Illawarra Metallurgical Coal business", "its Onslow Iron haul road").
_ASSET_WORDS = frozenset("""
project projects mine mines deposit field fields plant terminal facility refinery smelter site operation
operations complex prospect concession licence license block basin expansion hub district region province lake
river business businesses haul railway pipeline
""".split())
# A lone capitalised word is a company where news grammar puts one: the other side of a deal ("a supply
# deal with Amaggi, Cofco and Bunge"), the subject of a deal verb inside a sentence ("..., Amaggi signed"),
# or after a country's possessive ("France's Lactalis"); unless it names a person or a place.
_PARTNER_NOUNS = ("deal", "deals", "agreement", "agreements", "contract", "contracts", "offtake", "offtakes",
                  "pact", "accord", "partnership", "memorandum of understanding", "mou", "loan", "loans", "facility",
                  "tie-up")
# From "a deal with" to the name: other names of the list before it ("with Amaggi, Cofco and Bunge").
_PARTNER_LIST = re.compile(r"[ \t]+(?:[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,3}(?:,[ \t]+|,?[ \t]+and[ \t]+)){0,3}")
_SUBJECT_VERBS = frozenset("signed signs agreed agrees inked inks struck sealed seals clinched clinches".split())
# "in Australia's Pilbara": a place; "a stake in France's Eramet": a company.
_PLACE_PREPOSITION = re.compile(r"(\S+)\s+(?:in|at|near|across|around|throughout|within)\s+$")
_HOLDING_WORDS = frozenset(
    "stake stakes interest shares holding invest invests invested investing investment".split())
_LONE_WORD = re.compile(r"[A-ZÀ-Þ][\w’'&-]+")
_WORD = re.compile(r"\S+")
# What shows a lone word names a person or an institution rather than a company (see _person_or_institution_at).
_FIRST_NAME = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?")
_PERSON_AFTER = re.compile(r"(?:['’]s)?,[ \t]+(?:who\b|aged[ \t]+\d|\d{2},)"
                           r"|[ \t]+(?:said|says|told|added|noted)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:he|she)\b")
_INSTITUTION_WORDS = r"(?:University|Institute|College|School|Academy|Laboratory|Laboratories|Polytechnic)"
_INSTITUTION_AFTER = re.compile(rf"[ \t]+(?:Business[ \t]+|Medical[ \t]+|Law[ \t]+)?{_INSTITUTION_WORDS}\b")
_INSTITUTION_BEFORE = re.compile(rf"\b{_INSTITUTION_WORDS}[ \t]+(?:of|at|de)[ \t]+$")
# "Speaking on Monday, Sullivan signed ...": the subject of a verb of speech opening the sentence is a person.
_SPEAKER_OPENER = re.compile(r"(?:^|[.!?\n][\"”’)]*[ \t]*)(?:Speaking|Talking|Addressing|Writing)\b[^.,;\n]{0,60},[ \t]*$")
# Where a company name may be: cue words of the rules below, found in one automaton pass.
# "Other companies named in the package include A, B and C": a list of company names follows.
_LIST_GAP = re.compile(r"[ :,]*")
_LIST_NOUNS = frozenset("""
companies firms miners producers partners buyers investors lenders banks traders refiners automakers carmakers
shareholders suppliers customers developers explorers utilities majors backers sellers bidders suitors peers
rivals offtakers
""".split())
# "state-run X", "State-run X" (hyphens match as spaces): the bare "run" and "held" are too common to read
# every phrase after them.
_OWNER_ATTRIBUTES = frozenset({"state run", "state backed", "state controlled", "government backed", "privately held",
                               "family run"})
# Cue words by what they say about the capitalised phrase next to them.
_CUES = {
    "inside": {w.lower() for w in _HEADS | _PREFIX_HEADS} | LEGAL_FORMS  # "Torngat Metals", "Filo Corp"
              | {"based", "listed", "owned", "headquartered", "registered", "focused", "focussed", "backed",
                 "controlled"}  # "Pennsylvania-based Reldan", "Brazil-focused Aurora Minerals"
              | {"shares"}  # "Shares of Korvel fell": "of" joins the cue and the name in one capitalised run
              | _OWNER_ATTRIBUTES,
    "next": _DESCRIPTORS | _EMPLOYEES_AT  # "trader Traxys", "analysts at Canaccord"
            | {"based", "listed", "owned", "headquartered", "registered", "stake", "stakes", "shares", "holding",
               "venture"}  # "U.S.-based Livent", "a stake in X"
            | _OWNER_ATTRIBUTES,
    "before": _DESCRIPTORS | {"one of the", "venture"}  # "X, one of the largest producers", "X, a joint venture of"
              | {"shares", "stock", "nyse", "nasdaq", "asx", "tsx", "tsxv", "lse", "aim", "hkex", "sse", "szse", "tyo",
                 "jse", "nse", "krx", "otc", "otcqx", "euronext", "xetra", "sgx", "idx", "tadawul", "bmv", "cse",
                 "ose"},  # "X shares rose", "X (NYSE: Y)"
    "list": {"include", "includes", "included", "including", "such as", "among them", "namely"},
    "plural": _PLURAL_DESCRIPTORS,  # "cooperatives Coamo and Comigo"
    "title": {t.lower() for t in _TITLES} | _LOWER_TITLES,  # "chief executive James Litinsky"
    "asset": _ASSET_WORDS,  # "Plaquemines LNG project"
    "partner": {f"{noun} with" for noun in _PARTNER_NOUNS},  # "an offtake agreement with Amaggi and Cofco"
    "verb": _SUBJECT_VERBS,  # "..., Amaggi signed"
    "seller": {"from"},  # "acquired a royalty ... from SolGold"
}
# Characters from the cue to the phrase after it, and from the phrase before the cue to the cue.
_NEXT_WORD = 1  # the phrase is the very next word: one space after the cue
_CUE_REACH = {"next": 6, "list": 120, "title": 3, "partner": 60, "seller": _NEXT_WORD, "plural": _NEXT_WORD}
_CUE_REACH_BEFORE = {"before": 45, "asset": 2, "verb": 1}


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    surface: str


_RESOLVED_CACHE_SIZE = 100_000  # discovered surface forms whose canonical name is remembered
_RESOLVED_CACHE_MAX_CHARS = 200  # longer surfaces (a hostile run of capitalised words) are not kept
_LOWER_CASE_SEARCHES = 16  # words one article asks about by substring search before splitting its words


class CompanyFinder:
    """Finds company occurrences; holds the registry lookups built once from the seeds."""

    def __init__(self, reference: ReferenceData):
        self._by_key: dict[str, str] = {}
        self._home: dict[str, str | None] = {}
        self._by_ticker: dict[tuple[str, str], str] = {}
        for company in reference.companies:
            self._home[company.name] = company.country_iso2
            for form in (company.name, *company.aliases, *company.context_aliases):
                self._by_key.setdefault(company_key(form), company.name)
            for ticker in company.tickers:
                exchange, _, symbol = ticker.upper().rpartition(":")
                self._by_ticker[(_exchange(exchange), symbol)] = company.name
        self._organisation_keys = frozenset(
            company_key(form) for org in reference.organisations for form in (org.name, *org.aliases))
        self._cues = PhraseMatcher([(word, Label("cue", role, "word", None))
                                    for role, words in _CUES.items() for word in words])
        # surface -> canonical name (None: an organisation's): the same names recur from article to article
        self._resolved: dict[str, str | None] = {}

    @property
    def cue_matcher(self) -> PhraseMatcher:
        return self._cues

    def find(self, doc: Document, hits: list[Hit], organisations: list[Occurrence],
             publisher: str | None, cues: list[Hit] | None = None) -> list[Occurrence]:
        """`cues`: the cue matcher's hits when the caller has already scanned the document."""
        text = doc.text
        blocked = [(o.start, o.end) for o in organisations]
        registry, pending = self._registry_occurrences(doc, hits)
        # A company name inside a longer body's name is part of it ("Bank of China" in "People's Bank of China").
        if blocked:
            registry = [o for o in registry if not any(s <= o.start and o.end <= e and e - s > o.end - o.start
                                                       for s, e in blocked)]
        # A company named after a place, used for the place: "the Antofagasta region".
        registry = [o for o in registry if not _names_place(text, o) and not _names_asset(text, o)
                    and not _names_public_body(text, o)]
        registry = self._with_country_units(doc, registry, hits)
        registry_spans = [(o.start, o.end) for o in registry]
        signals = _Signals.of(doc, registry_spans + blocked,
                              [(h.start, h.end) for h in hits if COUNTRY in h.kinds or COMMODITY in h.kinds],
                              self._cues.find(doc) if cues is None else cues,
                              [(h.start, h.end) for h in hits if COUNTRY in h.kinds], dict(registry_spans))
        discovered = []
        for candidate in _discover(doc, signals):
            name = self._resolve(candidate.surface)
            if name is None:
                continue
            discovered.append(Occurrence(candidate.start, candidate.end, COMPANY, name, candidate.surface,
                                         in_registry=name in self._home, home_iso2=self._home.get(name)))
        # A discovered name that extends a registry name ("ADNOC Gas") or holds one after a legal form ("PT
        # Halmahera Persada Lygend") is the company named there.
        longer = {o.start: o.end for o in discovered}
        holders = [(o.start, o.end) for o in discovered if _leading_legal_form(o.surface)]
        if discovered:
            registry = [o for o in registry if longer.get(o.start, o.end) <= o.end and not any(
                s <= o.start and o.end <= e and e - s > o.end - o.start for s, e in holders)]
        found = registry + discovered
        found += _named_again(text, discovered, found, signals.context)
        found += self._ticker_occurrences(text, found)
        found = _resolve_short_forms(found, pending, text, signals.context)
        return _without_publisher(_with_acronyms(text, found, blocked), publisher)

    def _registry_occurrences(self, doc: Document, hits: list[Hit]) -> tuple[list[Occurrence], list[Occurrence]]:
        """Registry hits; context aliases ("Rio") are held back until the full name is seen. A name that is
        one company's own and another's context alias is the other's where the article names that one in full:
        "Anglo American Platinum" beside "Valterra Platinum" is the renamed firm's former name."""
        full: list[Occurrence] = []
        pending: list[Occurrence] = []
        company_hits = [(hit, hit.labels_of(COMPANY)) for hit in hits if COMPANY in hit.kinds]
        named = {lb.ref for _, labels in company_hits for lb in labels if lb.role != "context"}
        for hit, labels in company_hits:
            if len(labels) == 1:  # the usual hit: one company's form
                label = labels[0]
            else:
                label = next((lb for lb in labels if lb.role == "context" and lb.ref in named), None) or next(
                    (lb for lb in labels if lb.role != "context"), labels[0])
            occurrence = Occurrence(hit.start, hit.end, COMPANY, label.ref, doc.text[hit.start:hit.end],
                                    home_iso2=self._home.get(label.ref))
            (pending if label.role == "context" else full).append(occurrence)
        return full, pending

    def _with_country_units(self, doc: Document, registry: list[Occurrence],
                            hits: list[Hit]) -> list[Occurrence]:
        """A registry name followed by a country's name names the company's unit there ("Vale Canada",
        "POSCO Australia"), not the country; not in the title-cased headline ("Rio Tinto Mongolia Talks").
        Registry names are not discovery candidates, so the unit is read here."""
        text = doc.text
        after_names = {o.end + 1 for o in registry}
        country_names = {h.start: h for h in hits if h.start in after_names
                         and any(lb.role in _COUNTRY_NAME_ROLES for lb in h.labels_of(COUNTRY))}
        units = []
        for o in registry:
            country = country_names.get(o.end + 1) if text[o.end:o.end + 1] == " " else None
            if country is None or o.start < doc.description_start or _NAME_GOES_ON.match(text, country.end):
                units.append(o)
                continue
            previous = _previous_words(text, o.start, 1)
            opens_with_kind = previous and previous[0] in _PREFIX_HEADS and text[o.start - 1] == " "
            start = o.start - len(previous[0]) - 1 if opens_with_kind else o.start
            surface = text[start:country.end]  # "Minera Chinalco Peru": a local name may open with its kind
            name = self._by_key.get(company_key(surface)) or clean_company_name(surface)
            home = self._home.get(name, country.labels_of(COUNTRY)[0].ref)  # a new unit is based in its country
            units.append(Occurrence(start, country.end, COMPANY, name, surface, in_registry=name in self._home,
                                    home_iso2=home))
        return units

    def _resolve(self, surface: str) -> str | None:
        """The canonical name of a discovered surface form; None for an organisation."""
        if surface in self._resolved:
            return self._resolved[surface]
        key = company_key(surface)
        name = None if not key or key in self._organisation_keys else (
            self._by_key.get(key) or self._registry_name_without_place(surface) or clean_company_name(surface))
        if len(self._resolved) < _RESOLVED_CACHE_SIZE and len(surface) <= _RESOLVED_CACHE_MAX_CHARS:
            self._resolved[surface] = name
        return name

    def _registry_name_without_place(self, surface: str) -> str | None:
        """"Varnock (Kenya) Ltd" is the registry's Varnock: the place in brackets names where it is registered."""
        if "(" not in surface:
            return None
        return self._by_key.get(company_key(_IN_BRACKETS.sub("", surface)))

    def _ticker_occurrences(self, text: str, found: list[Occurrence]) -> list[Occurrence]:
        extra = []
        for match in _TICKER_SCAN.finditer(text):
            symbol = match.group(2).upper()
            exchange = _exchange(match.group(1))
            name = self._by_ticker.get((exchange, symbol))
            if name is None:  # "TSE: CCO" for "TSX:CCO"; never the symbol on another exchange ("NYSE: VAL")
                names = {self._by_ticker.get((other, symbol)) for group in _SAME_LISTING if exchange in group
                         for other in group} - {None}
                name = names.pop() if len(names) == 1 else None
            if name is None or any(o.ref == name for o in found):
                continue
            extra.append(Occurrence(match.start(2), match.end(2), COMPANY, name, match.group(2),
                                    home_iso2=self._home.get(name)))
        return extra


class _Signals:
    """What the article holds around its capitalised phrases: which characters are already names, which
    phrases sit next to a cue, which words name people and which names stand for assets."""

    def __init__(self, doc: Document, occupied: bytearray, context: bytearray, phrases: list[tuple[int, int]],
                 near: dict[str, list[tuple[int, int]]], possessed: dict[int, int], registry_ends: dict[int, int],
                 countries: frozenset[tuple[int, int]]):
        text = doc.text
        self.doc = doc
        self._phrases = phrases  # the article's capitalised runs
        self.occupied = occupied  # characters inside registry companies and organisations
        self.registry_ends = registry_ends  # registry company start -> end
        self.context = context  # characters inside country and commodity names
        self.countries = countries  # spans of country names
        # Where a lone word may be a company: after "a deal with", before "signed", after "China's"; only
        # phrases that are no known name yet (a subject, a single word) are worth reading.
        lone = [(s, e) for s, e in near["partner"] + near["possessive"] if self.is_free(s, e)]
        lone += [(s, e) for s, e in near["verb"] + near["seller"] if text.find(" ", s, e) < 0 and self.is_free(s, e)]
        after_plurals = _listed_after_plurals(text, near["plural_cues"]) if near["plural"] else []
        self.candidates = sorted(set(near["inside"] + near["next"] + near["before"] + near["list"] + lone
                                     + _phrases_within(phrases, after_plurals)))
        self.partners = dict(near["partner_cue"])  # the nearest cue wins: cues come in text order
        self.subjects = frozenset(e for _, e in near["verb"])
        self.sellers = frozenset(s for s, _ in near["seller"])  # names right after "from"
        self.possessed = possessed  # name start -> start of the country whose possessive precedes it
        self._title_phrases = near["title"]
        self._asset_phrases = near["asset"]
        # the lists of names ("companies ... include A, B and C", "miners A and B")
        self.listed = EnclosingSpans((_listed_spans(text, near["list_verbs"]) if near["list"] else [])
                                     + after_plurals)
        # word -> whether one of its uses names a person or an institution: read once per word, as a word
        # repeated through the article would otherwise have all its uses read at each of them
        self.person_or_institution_words: dict[str, bool] = {}
        self._lower_case_searches = 0  # words asked about by substring search so far
        self._spaced_words: frozenset[str] | None = None  # the words between two spaces, once asked about many

    @classmethod
    def of(cls, doc: Document, taken: list[tuple[int, int]], context_spans: list[tuple[int, int]],
           cues: list[Hit], countries: list[tuple[int, int]], registry_ends: dict[int, int]) -> _Signals:
        occupied = bytearray(len(doc.text))
        for start, end in taken:
            occupied[start:end] = b"\x01" * (end - start)
        context = bytearray(len(doc.text))
        for start, end in context_spans:
            context[start:end] = b"\x01" * (end - start)
        phrases = _joined_phrases(doc.text, [m.span() for m in _PHRASE.finditer(doc.text)],
                                  frozenset(start for start, _ in countries))
        near = _phrases_near_cues(phrases, cues)
        possessed, near["possessive"] = _after_possessive_countries(doc.text, phrases, countries)
        return cls(doc, occupied, context, phrases, near, possessed, registry_ends, frozenset(countries))

    # People and assets are read when a candidate gets that far, which many articles' candidates do not.
    @cached_property
    def people(self) -> frozenset[str]:
        return _person_tokens(self.doc.text, self._title_phrases)

    @cached_property
    def assets(self) -> set[str]:
        text = self.doc.text
        asset_phrases = self._asset_phrases + _named_commodity_assets(text, self._phrases, self.context)
        asset_phrases += _listed_before_plural_assets(text, self._phrases, self._asset_phrases)
        return {_last_piece(text, s, e) for s, e in asset_phrases}

    def is_free(self, start: int, end: int) -> bool:
        return self.occupied.find(1, start, end) < 0

    def extends_registry_name(self, start: int, end: int) -> bool:
        """A registry name opens the phrase and free words follow it: "ADNOC | Drilling", "Zijin | Gold International";
        not only a commodity name ("Codelco Copper exports": what the company sells, not its unit)."""
        registry_end = self.registry_ends.get(start)
        return (registry_end is not None and registry_end < end and self.is_free(registry_end, end)
                and any(self.context.find(1, word.start(), word.end()) < 0
                        for word in _WORD.finditer(self.doc.text, registry_end, end)))

    def writes_in_lower_case(self, word: str) -> bool:
        """The article also writes the word in lower case, between two spaces: "Higher prices ... prices are
        higher". A typical article asks about a handful of words: a substring search each costs far less than
        splitting the whole article into its words. One that asks about many (a long list of names) gets its
        words split once, so the cost stays linear in the article's length."""
        lowered = word.lower()
        if " " in lowered:
            return False  # a word holding a space is no word between two spaces
        if self._spaced_words is None:
            self._lower_case_searches += 1
            if self._lower_case_searches <= _LOWER_CASE_SEARCHES:
                return f" {lowered} " in self.doc.text
            self._spaced_words = frozenset(self.doc.text.split(" ")[1:-1])
        return lowered in self._spaced_words


# "Varnock (Kenya) Ltd": a place in brackets between a name and its legal form is part of the registered name.
_IN_BRACKETS = re.compile(r" \([^)]*\)")
_BRACKETED_PLACE = re.compile(r" \([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}\) (?=[A-Z])")


def _joined_phrases(text: str, phrases: list[tuple[int, int]], country_starts: frozenset[int]
                    ) -> list[tuple[int, int]]:
    """Capitalised runs that make one name although words outside a run stand between them: a place in brackets
    before a legal form ("Varnock (Kenya) Ltd"), names joined by "and" that the acronym after them spells
    ("Talbrin Oil Storage and Transport Company (TOST)"), and a company's kind before "of the" and its country
    ("Land Bank of the Talbrian Islands")."""
    joined: list[tuple[int, int]] = []
    index = 0
    name_start: int | None = None  # where the name began that "of the" joined to this run
    while index < len(phrases):
        start, end = phrases[index]
        if name_start is not None:
            start, name_start = name_start, None
        if (text.startswith(" of the ", end) and index + 1 < len(phrases) and phrases[index + 1][0] == end + 8
                and end + 8 in country_starts and _is_company_kind(text[start:end].rsplit(None, 1)[-1])):
            # "National Grid Corporation of the Talbrian Republic": "of the" ends no name before a country
            name_start = start
            index += 1
            continue
        if text[end:end + 2] == " (" and index + 2 < len(phrases):
            place = _BRACKETED_PLACE.match(text, end)
            form_start, form_end = phrases[index + 2]
            if place and place.end() == form_start and _is_legal_form(text[form_start:form_end].split()[0]):
                joined.append((start, form_end))
                index += 3
                continue
        if joined and text[end:end + 2] == " (" and text.endswith(" and ", 0, start):
            acronym = _ACRONYM_AFTER.match(text, end)
            before_start, before_end = joined[-1]
            if acronym and before_end + 5 == start and _spelled_across(text, before_start, start, end,
                                                                         acronym.group(1)):
                joined[-1] = (before_start, end)
                index += 1
                continue
        joined.append((start, end))
        index += 1
    return joined


def _is_company_kind(word: str) -> bool:
    """A word that says what kind of company a name is: an industry head or a legal form ("Bank", "Corporation")."""
    return word in _HEADS or _is_legal_form(word)


def _spelled_across(text: str, first_start: int, second_start: int, end: int, acronym: str) -> bool:
    """The acronym's letters spell the name from a word of the first run to the end of the second, and not the
    second alone: "Varnock Mine Restoration and Mineral Assets Corp. (VAMIR)" is one name; "Orvane Metals and
    Talbrin Mining (TM)" are two."""
    initial = acronym[0]
    if text[second_start] == initial:
        return False
    words = text[first_start:second_start].split()
    for at in range(len(words) - 1, -1, -1):
        if words[at].endswith(_POSSESSIVE_ENDINGS):
            return False  # "Ghana's | Bulk Oil ...": the name starts after the owner's possessive
        if words[at][0] == initial:
            return _is_subsequence(acronym.upper(), " ".join(words[at:]).upper() + text[second_start:end].upper())
    return False


def _is_subsequence(letters: str, text: str) -> bool:
    remaining = iter(text)
    return all(letter in remaining for letter in letters if letter.isalnum())


def _after_possessive_countries(text: str, phrases: list[tuple[int, int]], countries: list[tuple[int, int]]
                                ) -> tuple[dict[int, int], list[tuple[int, int]]]:
    """Where a name follows a country's possessive ("China's Shenhua"), with the country's start, and the
    capitalised runs holding such names."""
    starts = [s for s, _ in phrases]
    possessed: dict[int, int] = {}
    holding = []
    for start, end in countries:
        if text[end:end + 3] in _POSSESSIVES and text[end + 3:end + 4].isupper():
            possessed[end + 3] = start
            inside = bisect_right(starts, end) - 1
            if inside >= 0 and phrases[inside][1] > end + 3:
                holding.append(phrases[inside])
    return possessed, holding


def _named_commodity_assets(text: str, phrases: list[tuple[int, int]], context: bytearray
                            ) -> list[tuple[int, int]]:
    """Names of assets that news writes with their commodity, kind or number between the name and the asset
    word: "the Goulamina lithium project", "Akyem gold mine", "the Moranbah North underground mine", "Arctic
    LNG 2 project"; elsewhere in the article "a stake in Goulamina" is the asset."""
    assets = []
    for start, end in phrases:
        if text[end:end + 1] != " ":
            continue
        asset = _COMMODITY_ASSET_AFTER.match(text, end)
        if asset and (_numbered_or_plain_asset(text, start, end, asset.group("kind"))
                      or context.find(1, asset.start(2), asset.end(2)) >= 0):
            assets.append((start, end))
    return assets


_PLURAL_ASSET_AFTER = re.compile(r"[ \t]+(?:mines|projects|deposits|fields|smelters|refineries|plants|operations|"
                                 r"concessions|licences|licenses|blocks|assets)\b")
_LIST_JOIN = re.compile(r"(?:,|,? and|,? or)[ \t]+$")


def _listed_before_plural_assets(text: str, phrases: list[tuple[int, int]], asset_phrases: list[tuple[int, int]]
                                 ) -> list[tuple[int, int]]:
    """The names listed before the last one of a plural asset word are assets too: "the Varnock and Delling
    mines", "the Varnock, Delling and Ossery projects"; not companies named by a head or a legal form, whose
    assets the word names ("Varnock Resources and Talbrin Mining mines")."""
    starts = [s for s, _ in phrases]
    listed = []
    for start, end in asset_phrases:
        if not _PLURAL_ASSET_AFTER.match(text, end) or _named_as_company(text[start:end].split()):
            continue
        at = bisect_left(starts, start) - 1
        while at >= 0 and _LIST_JOIN.search(text, max(0, start - 8), start) and phrases[at][1] >= start - 8:
            start = phrases[at][0]
            if _named_as_company(text[start:phrases[at][1]].split()):
                break
            listed.append(phrases[at])
            at -= 1
    return listed


def _named_as_company(tokens: list[str]) -> bool:
    """An industry head or a legal form ends the name: "Varnock Resources", "Talbrin Ltd"."""
    return len(tokens) >= 2 and (tokens[-1].rstrip(".,") in _HEADS or _has_legal_form(tokens))


def _numbered_or_plain_asset(text: str, start: int, end: int, kind: str | None) -> bool:
    """A number before the asset word belongs to the asset's name ("Arctic LNG 2 project"); a kind of asset
    follows an asset's own name ("Moranbah North underground mine"), not a company's named by its industry
    ("the Varnock Mining open-pit mine" is the company's mine)."""
    if kind is None:
        return False
    return kind[0].isdigit() or kind.isupper() or _last_word(text, start, end) not in _HEADS


def _last_piece(text: str, start: int, end: int) -> str:
    """The name at the end of a capitalised run: "North American Lithium" in "Quebec-based North American Lithium"."""
    pieces = _split_phrase(text, start, end)
    piece_start, piece_end, _ = pieces[-1] if pieces else (start, end, False)
    piece_start, piece_end = _trim_leading(text, piece_start, piece_end)
    return text[piece_start:piece_end]


def _phrases_near_cues(phrases: list[tuple[int, int]], cues: list[Hit]) -> dict[str, list[tuple[int, int]]]:
    """For each cue role, the capitalised phrases it points at: holding the cue ("Metals", "Ltd"), right
    after it ("trader", "including", "chief executive") or shortly before it ("shares", "project")."""
    starts = [s for s, _ in phrases]
    ends = [e for _, e in phrases]
    near: dict[str, list[tuple[int, int]]] = {role: [] for role in _CUES}
    near["list_verbs"] = []
    near["plural_cues"] = []
    near["partner_cue"] = []  # (phrase start, end of the "deal with" before it)
    holding_cue = near["inside"]
    for cue_start, cue_end, labels, _ in cues:
        for label in labels:
            role = label.ref
            if role == "inside":  # the commonest role by far, and one with no reach
                inside = bisect_right(starts, cue_start) - 1
                if inside >= 0 and ends[inside] >= cue_end:
                    holding_cue.append(phrases[inside])
                continue
            if role == "list":
                near["list_verbs"].append((cue_start, cue_end))
            elif role == "plural":
                near["plural_cues"].append((cue_start, cue_end))
            reach = _CUE_REACH.get(role)
            if reach is not None:
                following = bisect_left(starts, cue_end)
                while following < len(phrases) and starts[following] - cue_end <= reach:
                    near[role].append(phrases[following])
                    if role == "partner":
                        near["partner_cue"].append((starts[following], cue_end))
                    following += 1
            reach = _CUE_REACH_BEFORE.get(role)
            if reach is not None:
                preceding = bisect_right(ends, cue_start) - 1
                while preceding >= 0 and cue_start - ends[preceding] <= reach:
                    near[role].append(phrases[preceding])
                    preceding -= 1
    return near


def _previous_words(text: str, start: int, count: int) -> list[str]:
    """The `count` words before `start` on its line, nearest last ("trading arm IXM" -> ["trading", "arm"])."""
    window = text[max(0, start - 40):start].rsplit("\n", 1)[-1]
    return window.split()[-count:]


_COMPASS_WORDS = frozenset("""North South East West Northern Southern Eastern Western Central Northeast Northwest
Southeast Southwest Northeastern Northwestern Southeastern Southwestern Inner Outer Upper Lower Latin""".split())
_DEMONYM_ENDINGS = ("ian", "ean", "can", "ese", "ish")  # Australian, Korean, African, Chinese, Turkish


def _discover(doc: Document, signals: _Signals) -> list[_Candidate]:
    """Capitalised phrases that news grammar marks as companies (see the module docstring)."""
    text = doc.text
    found: list[_Candidate] = []
    found_end = 0  # where the last name found ends
    for phrase_start, phrase_end in signals.candidates:
        whole_free = signals.is_free(phrase_start, phrase_end)
        in_title = phrase_start < doc.description_start
        for start, end, based in _split_phrase(text, phrase_start, phrase_end):
            start, end = _trim_leading(text, start, end)
            if end <= start or start < found_end:
                continue  # inside the name found before it: "Fujian Refining and | Petrochemical Co"
            # A known name ends where the run is cut: "ASX-listed | Redgum Energy Ltd", "Glencore's | Kamoto Copper Co";
            # a subsidiary's name may open with it ("ADNOC Gas"), if the evidence below says so; a name opening with
            # a legal form may hold it anywhere ("PT Halmahera Persada Lygend", a venture of Lygend)
            if (not whole_free and not signals.is_free(start, end) and not signals.extends_registry_name(start, end)
                    and not _holds_registry_name(text, start, end, signals)):
                continue
            if text[end - 1:end].isalpha() and _last_word(text, start, end) in _HEADS:
                end = _joined_head_end(text, end)
            surface = text[start:end]
            tokens = surface.split()
            if in_title and not _has_legal_form(tokens):
                continue
            # A lone word that is not distinctive (a country's or commodity's name, a generic or ordinary
            # word: most lone words here) is no name whatever the sentence says of it, so it goes first.
            lone_word = len(tokens) == 1
            if lone_word and not _distinctive(tokens, start, text, signals):
                continue
            # The cheap, selective test first; then the reasons a company-like phrase is not one.
            evidence = "grammar" if based else _company_evidence(text, start, end, tokens, signals)
            if not (in_title or evidence):
                continue
            if _after_number(text, start) or text[end:end + 1] == "$":
                continue  # "4 Mtpa of LNG", "US$1.1 billion": a unit or a currency, not a name
            if _SHARE_CLASS.fullmatch(surface) or _after_body_for(text, start, tokens):
                continue
            if _is_person(text, start, tokens, signals) or _has_non_company_word(tokens):
                continue
            if (_JOB_TITLE_AFTER.match(text, end) and not _has_legal_form(tokens)
                    and _POSSESSIVE_BEFORE.search(text[max(0, start - 40):start])):
                continue
            if surface in REGIONS or (len(tokens) == 1 and surface in PLACES) or _regional_adjective(tokens):
                continue  # "Queensland, Australia's top coal producer": a place described as one
            if _market_and_commodity(tokens, start, signals):
                continue
            if (start, end) in signals.countries:
                continue  # "partners including Talbria's X and South Korea's Y": a country is never a company
            if evidence == "form" and _names_export_project(text, start, tokens, signals):
                continue
            if evidence == "lone" and not _lone_company(text, start, end, signals):
                continue
            # Said of it by the sentence ("state miner Georgian Manganese"), a name may be made of a
            # nationality and a commodity; made so by its own words ("... Metals"), it may not. (A lone word,
            # whose places never count, was read above.)
            places_count = evidence == "grammar" and len(tokens) >= 2
            if ((lone_word or _distinctive(tokens, start, text, signals, places_count)
                 or (_plain_words_and_head(text, start, tokens, signals) and _called_company(text, end))
                 or _listed_name(text, start, end, tokens, signals))
                    and surface not in signals.assets):
                found.append(_Candidate(start, end, surface))
                found_end = end
    return found


def _listed_name(text: str, start: int, end: int, tokens: list[str], signals: _Signals) -> bool:
    """Words of more than one kind after an exchange listing make a name even when each is generic or a commodity's:
    "ASX-listed Lithium Power International" (not a commodity's name alone: "ASX-listed Lithium")."""
    return (len(tokens) >= 2 and text.endswith("-listed ", max(0, start - 8), start)
            and signals.context.find(0, start, end) >= 0)


def _plain_words_and_head(text: str, start: int, tokens: list[str], signals: _Signals) -> bool:
    """Ordinary words before an industry head make a company's name where an apposition calls it one: "Northern
    Energy, the Talbrian consortium building ..."; not a place or a commodity's name ("Western Australia, the
    country's biggest producer"), nor industry words alone ("Nuclear Power, the largest producer ...", "Energy
    Trading, the group's marketing arm": a business line)."""
    if (len(tokens) < 2 or tokens[-1] not in _HEADS or not all(t[:1].isupper() for t in tokens)
            or any(t in _HEADS for t in tokens[:-1])):
        return False
    end = start + len(" ".join(tokens))
    return signals.context.find(1, start, end) < 0 and not any(t in PLACES for t in tokens)


def _market_and_commodity(tokens: list[str], start: int, signals: _Signals) -> bool:
    """A market word before a commodity's name: "Spot LNG prices rose" (not "Spot Resources", a name)."""
    if len(tokens) < 2 or tokens[0] not in _MARKET_ADJECTIVES:
        return False
    rest_start = start + len(tokens[0]) + 1
    rest_end = start + len(" ".join(tokens))
    return all(signals.context.find(0, word.start(), word.end()) < 0
               for word in _WORD.finditer(signals.doc.text, rest_start, rest_end))


def _regional_adjective(tokens: list[str]) -> bool:
    """A compass word and a people's adjective say where a company is, not its name: "a stake in Western
    Australian lithium developer X", "East African", "Southeast Asian"."""
    return len(tokens) == 2 and tokens[0] in _COMPASS_WORDS and tokens[1].endswith(_DEMONYM_ENDINGS)


def _names_export_project(text: str, start: int, tokens: list[str], signals: _Signals) -> bool:
    """A place's name before "LNG" names the export project there ("Papua LNG", "Louisiana LNG"), unless the
    sentence calls it a company; the plants' operating companies that news names so ("Oman LNG", "Nigeria LNG")
    are in the registry."""
    if len(tokens) < 2 or tokens[-1] != "LNG":
        return False
    place = tokens[:-1]
    place_end = start + len(" ".join(place))
    return (" ".join(place) in REGIONS or all(word in PLACES for word in place)
            or signals.context.find(0, start, place_end) < 0)


def _joined_head_end(text: str, end: int) -> int:
    """Where a name ends that goes on with "and" and a head noun (see _AND_HEAD)."""
    joined = _AND_HEAD.match(text, end)
    if joined is None:
        return end
    following = joined.group("next")
    if following is None:
        return joined.end()
    return joined.end() if _is_legal_form(following) else end


def _last_word(text: str, start: int, end: int) -> str:
    return text[text.rfind(" ", start, end) + 1:end]


def _lone_company(text: str, start: int, end: int, signals: _Signals) -> bool:
    """A lone word where a company may stand is one unless it is a sentence's first word, an ordinary word
    (the article also writes it in lower case), a person's name or a place."""
    word = text[start:end]
    if not _LONE_WORD.fullmatch(word) or _sentence_initial(text, start) or signals.writes_in_lower_case(word):
        return False
    if word in _GENERIC or word in _LEADING or word in _TITLES or word in _NON_COMPANY_WORDS or word in PLACES:
        return False
    if len(word) < 3 or word in GIVEN_NAMES or word in PUBLIC_FIGURES or word in signals.people:
        return False
    if _PLACE_AFTER.match(text, end) or _ASSET_NAME_AFTER.match(text, end):
        return False  # "the Antofagasta region", "Ghana's Akyem gold mine": a place or an asset
    if _BENCHMARK_AFTER.match(text, end) or _PROGRAMME_AFTER.match(text, end):
        return False  # "Australia's Newcastle futures", "Talbria's Varno scheme": a price or a programme
    if word in INSTITUTIONS or _SPEAKER_OPENER.search(text, max(0, start - 80), start):
        return False  # "a deal with Harvard"; "Speaking on Monday, Sullivan signed": companies do not speak
    country_start = signals.possessed.get(start)
    if country_start is not None:  # "in Australia's Pilbara": a place
        place = _PLACE_PREPOSITION.search(text, max(0, country_start - 30), country_start)
        if place and place.group(1).lower() not in _HOLDING_WORDS:
            return False
    known = signals.person_or_institution_words.get(word)
    if known is None:
        known = signals.person_or_institution_words[word] = any(
            _person_or_institution_at(text, at, at + len(word), signals) for at in whole_word_positions(text, word))
    return not known


def _person_or_institution_at(text: str, start: int, end: int, signals: _Signals) -> bool:
    """Whether this use of a word shows it names a person or an institution, wherever else it stands alone:
    it follows a given name or a title ("Treasurer Jim Chalmers", "Mr Chalmers", "Dana Whitfield": people
    are shortened to their last name, companies to their first), a person's apposition follows it
    ("Whitfield, 54,", "Whitfield, who", "Whitfield said he"), or an institution's word is next to it
    ("Harvard University", "University of Oxford")."""
    return (_after_first_name(text, start, signals) or bool(_PERSON_AFTER.match(text, end))
            or bool(_INSTITUTION_AFTER.match(text, end))
            or bool(_INSTITUTION_BEFORE.search(text, max(0, start - 16), start)))


def _after_first_name(text: str, start: int, signals: _Signals) -> bool:
    """The word right before is a given name or a title, or, outside the title-cased headline, an unknown
    capitalised word that is no ordinary, place, company or sentence-opening word ("Dana Whitfield")."""
    if text[start - 1:start] != " ":
        return False
    previous_start = text.rfind(" ", 0, start - 1) + 1
    previous = text[previous_start:start - 1]
    if previous in GIVEN_NAMES or previous in _TITLES:
        return True
    if start < signals.doc.description_start or not _FIRST_NAME.fullmatch(previous):
        return False
    if previous in _LEADING or previous in _GENERIC or previous in _HEADS or previous in _PREFIX_HEADS:
        return False
    if signals.context.find(1, previous_start, start - 1) >= 0 or not signals.is_free(previous_start, start - 1):
        return False  # "Brazilian Amaggi", "Cofco Amaggi": a nationality or a company, not a first name
    return not (_sentence_initial(text, previous_start) and signals.writes_in_lower_case(previous))


def _sentence_initial(text: str, start: int) -> bool:
    return start == 0 or text[max(0, start - 2):start].strip() in {"", ".", "!", "?", '"', "“"}


def _names_place(text: str, occurrence: Occurrence) -> bool:
    return bool(_PLACE_AFTER.match(text, occurrence.end)) or bool(
        _THE_PLACE_AFTER.match(text, occurrence.end)
        and _THE_BEFORE.search(text, max(0, occurrence.start - 4), occurrence.start))


def _names_asset(text: str, occurrence: Occurrence) -> bool:
    return bool(_ASSET_AFTER.match(text, occurrence.end)) and bool(
        _ASSET_BEFORE.search(text, max(0, occurrence.start - 30), occurrence.start))


def _names_public_body(text: str, occurrence: Occurrence) -> bool:
    if _PUBLIC_BODY_AFTER.match(text, occurrence.end):
        return True
    return text.endswith((" of ", " for ", " the ", " and ", " & "), 0, occurrence.start) and bool(
        _PUBLIC_BODY_BEFORE.search(text, max(0, occurrence.start - 60), occurrence.start))


# Public bodies and programmes whose name goes on with what they are for, a company's industry word included
# ("Agency for Natural Resources and Energy", "Incentive Regime for Large Investments").
_GOVERNMENT_BEFORE_FOR = frozenset("""
Regime Scheme Programme Program Agency Authority Bureau Commission Committee Council Office Ministry Institute
""".split())
# Bodies whose name goes on after "for", unless with a company's industry word ("a Fund for Kestrel Graphite").
# An Agreement, a Facility, a Project or an Award "for" a company names the company.
_BODIES_BEFORE_FOR = frozenset("""
Centre Center Fund Foundation Institution Association Federation Society Union Alliance Forum
""".split())


def _after_body_for(text: str, start: int, tokens: list[str]) -> bool:
    """The rest of a public body's or a programme's name after "for": "Incentive Regime for | Large Investments",
    "Agency for | Natural Resources and Energy"; not a name with a legal form ("Council for | Orvane Metals
    Corp"), nor one with an industry word after a body ("Center for | Orvane Metals")."""
    if not text.endswith(" for ", 0, start) or _has_legal_form(tokens):
        return False
    previous = _previous_words(text, start, 2)
    if len(previous) != 2:
        return False
    return previous[0] in _GOVERNMENT_BEFORE_FOR or (
        previous[0] in _BODIES_BEFORE_FOR and tokens[-1].rstrip(".,") not in _HEADS)


def _after_number(text: str, start: int) -> bool:
    """A phrase right after a number is a unit ("4 Mtpa"), unless the number is a year ("In 2023 Korvel Mining")."""
    at = start - 1
    while at >= 0 and text[at] == " ":
        at -= 1
    return at >= 0 and text[at].isdigit() and not _YEAR_BEFORE.search(text, max(0, at - 5), at + 1)


_YEAR_BEFORE = re.compile(r"(?<![\d,.$€£¥])(?:19|20)\d\d$")


# A French name's first word and articles: its elided articles belong to it ("Société des Mines d'Or de Kalsaka").
_FRENCH_FORMS = frozenset({"Société", "Societe", "Compagnie", "Groupe", "Entreprise", "Banque"})
_FRENCH_ARTICLES = frozenset({"de", "des", "du"})


def _names_in_french(tokens: list[re.Match[str]]) -> bool:
    return bool(tokens) and (tokens[0].group() in _FRENCH_FORMS
                             or any(token.group() in _FRENCH_ARTICLES for token in tokens))


def _split_phrase(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Cut a capitalised run after possessives ("China's | CMOC Group") and attributes ("U.S.-based | Livent")."""
    phrase = text[start:end]
    cuttable = "." in phrase or "'" in phrase or "’" in phrase or "-" in phrase
    if not cuttable and phrase and phrase[-1] not in ",;:":
        # the usual run: nothing to cut it at, no full stop to trim (its words hold no other punctuation)
        return [(start, end, False)]
    parts: list[tuple[int, int, bool]] = []
    piece_start, based = start, False
    if cuttable:
        tokens = list(_WORD.finditer(phrase))
        french = _names_in_french(tokens)
        for index, token in enumerate(tokens):
            word = token.group()
            token_end = start + token.end()
            if word.endswith(".") and token_end < end and not _keeps_full_stop(word):
                parts.append((piece_start, token_end - 1, based))
                piece_start, based = token_end + 1, False
            elif (word.endswith(".") and token_end < end and _is_legal_form(word) and index + 1 < len(tokens)
                  and not _is_legal_form(tokens[index + 1].group())):
                # "Kestrel Metals Corp. Shares of ...": a legal form with its full stop ends the name
                parts.append((piece_start, token_end, based))
                piece_start, based = token_end + 1, False
            elif index and word[:2] in _ELISIONS and tokens[index - 1].group() in _HEADS and not french:
                # "Velmora Resources d'Or": an elided article after a company's head word, with no "de" before
                # it, ends the name ("Société des Mines de l'Aïr", "Société Nationale d'Électricité" go on)
                parts.append((piece_start, start + tokens[index - 1].end(), based))
                piece_start = end
                break
            elif word.endswith(("'s", "’s")):  # a possessive
                parts.append((piece_start, token_end - 2, based))
                piece_start, based = token_end + 1, False
            elif word.endswith(("s'", "s’")):  # a plural's possessive: "Varno Americas' | Kell", "Star Carriers' deal"
                parts.append((piece_start, token_end - 1, based))
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


def _is_legal_form(word: str) -> bool:
    return word.strip(".,").replace(".", "").lower() in LEGAL_FORMS


def _keeps_full_stop(word: str) -> bool:
    """"Inc.", "Co.", "U.S.", "No.": a full stop that does not end the sentence."""
    bare = word.rstrip(".")
    return bare.replace(".", "").lower() in LEGAL_FORMS or "." in bare or len(bare) == 1 or bare == "No"


_CALENDAR_WORDS = frozenset("""January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())
# a month or weekday after a word of time opens no name: "On Monday | Korvel Mining", "in March | Korvel Mining"
# (not "of", "by", "from": "a unit of March Resources Inc", "sold by Sunday Energy Ltd")
_TIME_PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|since|until|during|late|early|mid|last|next|this)[ \t]+$")


def _distinct_name_after(text: str, start: int, end: int) -> bool:
    """Whether the words after a month or weekday name a company themselves ("in March | Korvel Mining"); a head
    word and a legal form do not ("a stake in May Minerals Ltd" is the company May Minerals)."""
    return any(word not in _GENERIC and not _is_legal_form(word) for word in text[start:end].split())


def _trim_leading(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop sentence words that are capitalised but not part of a name ("The", "In", "Shares")."""
    trimmed = False
    while start < end:
        space = text.find(" ", start, end)
        word = text[start:space if space >= 0 else end]
        # after a dropped word, a connector goes too ("Shares of | Ardent Lithium")
        if (word not in _LEADING and not (trimmed and word in _CONNECTOR_WORDS)
                and not (word in _CALENDAR_WORDS and space >= 0 and (trimmed or _TIME_PREPOSITION_BEFORE.search(
                    text, max(0, start - 8), start)) and _distinct_name_after(text, space + 1, end))):
            break
        trimmed = True
        if space < 0:
            return end, end
        start = space + 1
        while start < end and text[start] == " ":
            start += 1
    return start, end


def _person_tokens(text: str, phrases: list[tuple[int, int]]) -> frozenset[str]:
    """Words of people's names: capitalised words after a title ("Chief Executive Jakob Stausholm",
    "chief executive James Litinsky")."""
    names: set[str] = set()
    for start, end in phrases:
        tokens = text[start:end].split()
        title_positions = [i for i, t in enumerate(tokens) if t.rstrip(".") in _TITLES]
        after_title = tokens[title_positions[-1] + 1:] if title_positions else []
        if not title_positions and _after_lower_title(text, start):
            after_title = tokens
        names.update(_bare_name(t) for t in after_title[:3] if t[:1].isupper())
    return frozenset(names)


def _bare_name(token: str) -> str:
    """A name without punctuation or a possessive: "Chalmers," and "Chalmers's" are "Chalmers"."""
    token = token.rstrip(".,")
    return token[:-2] if token.endswith(("'s", "’s")) else token


def _after_lower_title(text: str, start: int) -> bool:
    previous = _previous_words(text, start, 1)
    return bool(previous) and previous[0].islower() and previous[0] in _LOWER_TITLES


def _is_person(text: str, start: int, tokens: list[str], signals: _Signals) -> bool:
    if _after_lower_title(text, start) or any(t.rstrip(".") in _TITLES for t in tokens):
        return True
    return all(t.rstrip(".,") in signals.people for t in tokens) or _given_name_and_surname(tokens)


def _given_name_and_surname(tokens: list[str]) -> bool:
    """"basketball player Michael Jordan": two words, a given name and one more, name a person; not when the
    second word is a head noun or a legal form, as in a company named after its founder ("Lucas Mining",
    "Peter Inc")."""
    return (len(tokens) == 2 and tokens[0] in GIVEN_NAMES and tokens[1].rstrip(".,") not in _HEADS
            and not _has_legal_form(tokens))


def _has_non_company_word(tokens: list[str]) -> bool:
    """A word of a public body's or a programme's name; a legal form makes "State", "Development", "Service" and
    "Mine" words of a firm's name ("State Nuclear Power Development Co", "Public Service Company of Talbria")."""
    legal_form = _has_legal_form(tokens)
    return any(word in _NON_COMPANY_WORDS and not (legal_form and word in _FIRM_WORDS)
               for word in (t.rstrip(".,") for t in tokens))


def _distinctive(tokens: list[str], start: int, text: str, signals: _Signals, places_count: bool = False) -> bool:
    """At least one word is neither generic nor a country or commodity name (places count when the
    name ends in a legal form: "Zambia Copper Holdings"). A capitalised first word of a sentence that
    the article also uses in lower case ("Higher Energy prices") is an ordinary word."""
    legal_form = len(tokens) >= 2 and tokens[-1].replace(".", "").rstrip(",").lower() in LEGAL_FORMS
    if legal_form and _named_by_words(tokens):
        return True  # "Nickel Asia Corp": ordinary words before a legal form are still a name
    position = start
    for index, token in enumerate(tokens):
        token_start = text.find(token, position)
        position = token_start + len(token)
        word = token.rstrip(".,")
        if word in _GENERIC or word in _CONNECTOR_WORDS or word.replace(".", "").lower() in LEGAL_FORMS or len(word) < 2:
            continue
        if not (legal_form or places_count) and signals.context.find(1, token_start, position) >= 0:
            continue
        if index == 0 and _sentence_initial(text, start) and signals.writes_in_lower_case(word):
            continue
        return True
    return False


def _distinctive_brand(tokens: list[str], start: int, text: str, signals: _Signals) -> bool:
    """Words that make a brand: distinctive, no connector among them ("Varnock Rovuma"; not "Exports of Refined")."""
    return not any(t in _CONNECTOR_WORDS for t in tokens) and _distinctive(tokens, start, text, signals)


def _named_by_words(tokens: list[str]) -> bool:
    """Two or more capitalised words, none a connector or legal form, before the legal form."""
    words = [t for t in tokens if t.replace(".", "").rstrip(",").lower() not in LEGAL_FORMS]
    return len(words) >= 2 and all(w[:1].isupper() and w not in _CONNECTOR_WORDS for w in words)


# Joint-stock forms written first, which are also other bodies' acronyms (a Judicial Service Commission, "the JSC
# Tribunal"): one word after them that names a body is that body's ("JSC Ulbametal" is a company).
_JOINT_STOCK_FORMS = frozenset({"JSC", "PJSC", "OJSC"})
_BODY_NOUNS = _NON_COMPANY_WORDS | {"Tribunal", "Board", "Panel", "Hearing", "Inquiry", "Secretariat"}


def _opens_with_kind(tokens: list[str]) -> bool:
    """The first word makes the rest a company's name ("Minera Tarar", "PJSC Tarvek Neft"; not "JSC Tribunal")."""
    first = tokens[0]
    return first in _PREFIX_HEADS and (first not in _JOINT_STOCK_FORMS or len(tokens) >= 3
                                       or tokens[1].rstrip(".,") not in _BODY_NOUNS)


def _has_legal_form(tokens: list[str]) -> bool:
    """A legal form ends the name, or comes before the place the company serves: "Public Service Company of
    Talbria", "Aluminum Corporation of Varnock"."""
    if len(tokens) >= 2 and tokens[-1].replace(".", "").rstrip(",").lower() in LEGAL_FORMS:
        return True
    return len(tokens) >= 4 and any(tokens[at] in _LEGAL_FORMS_BEFORE_PLACE and tokens[at + 1] == "of"
                                    for at in range(max(1, len(tokens) - 5), len(tokens) - 2))


def _kind_before_country(tokens: list[str]) -> bool:
    """A company's kind before "of the" and its country (see _joined_phrases): "Land Bank of the Talbrian Islands"."""
    return any(tokens[at + 1:at + 3] == ["of", "the"] and _is_company_kind(tokens[at])
               for at in range(1, len(tokens) - 3))


def _company_evidence(text: str, start: int, end: int, tokens: list[str], signals: _Signals) -> str | None:
    """Why the phrase is a company: its own words ("form": a legal form, an industry head noun) or what
    the sentence says of it ("grammar": a descriptor, an apposition, shares, a ticker, a list)."""
    last = tokens[-1].rstrip(".,")
    if len(tokens) >= 2 and (_has_legal_form(tokens) or last in _HEADS or _opens_with_kind(tokens)
                             or _kind_before_country(tokens)
                             # "Guangzhou Shipyard International": a head noun, then the group's reach
                             or (len(tokens) >= 3 and last in _REACH_SUFFIXES and tokens[-2] in _HEADS)):
        return "form"
    if (len(tokens) >= 3 and tokens[-2] in _HEADS and signals.context.find(1, end - len(last), end) >= 0
            and (tokens[-2] not in _GENERIC or _distinctive_brand(tokens[:-2], start, text, signals))):
        # a unit named for its country: "Stanbic Bank Ghana", "Varnock Energy Talbria" (an ordinary head after a
        # brand); not "Exports of Refined Copper China"
        return "form"
    if len(tokens) >= 2 and last in _ASSET_HEADS and _ACTOR_AFTER.match(text, end):
        return "form"  # "Dangote Petroleum Refinery has agreed to buy ..."
    previous = _previous_words(text, start, 2)
    last_before = previous[-1] if previous else ""
    if last_before.islower() and text[start - 1] == " " and (
            last_before in _DESCRIPTORS or ("-" in last_before and _ATTRIBUTE_SUFFIX.search(last_before))):
        return "grammar"  # "trader Traxys", "Codelco subsidiary Minera Tarar", "state-run Velmora"
    if len(previous) == 2 and previous[0].lower() in {"shares", "stake", "stakes", "holding"} and last_before in {
            "of", "in"}:
        return "grammar"  # "a stake in Torngat Metals", "Shares in Brekka climbed"
    if last_before == "at" and len(previous) == 2 and f"{previous[0].lower()} at" in _EMPLOYEES_AT:
        return "grammar"  # "analysts at Canaccord Genuity"
    if text[max(0, start - 2):start] == ", " and last_before.rstrip(",") in {
            "venture", "subsidiary", "unit", "company", "firm"} and _business_noun(previous):
        return "grammar"  # "a joint venture, NovaAndino Litio, that ..."
    if signals.listed.encloses(start, end):
        return "grammar"
    after = _after_acronym(text, end)
    following = text[after:after + 2]
    if ((following.startswith(",") and _APPOSITION.match(text, after))
            or (following[:1] in {"'", "’", " "} and _SHARES_AFTER.match(text, after)
                and signals.context.find(0, start, end) >= 0)  # "Talbria shares fell": the country's market
            or ("(" in following and _TICKER.match(text, after))):
        return "grammar"
    if len(tokens) == 1 and (start in signals.possessed or end in signals.subjects or (
            start in signals.partners and _PARTNER_LIST.fullmatch(text, signals.partners[start], start))
            or (start in signals.sellers and _sold_by(text, start))):
        return "lone"
    return None


# A purchase of a holding or an asset before "from" makes what follows its owner, the seller: "acquired a 2%
# royalty on the project from SolGold". Goods come from places as often as from firms ("bought concentrate
# from Escondida", "crude from Basrah"), so a purchase of goods names no seller.
_OWNERSHIP_BOUGHT = re.compile(
    # greedy: the match ends at the bought noun nearest "from"
    r"\b(?:bought|buys?|buying|acquired|acquires?|acquiring|purchased|purchases?|purchasing)\b[^.;]*"
    r"\b(?:stakes?|interests?|royalt(?:y|ies)|streams?|shares|holdings?|assets?|business(?:es)?|units?|divisions?|"
    r"subsidiar(?:y|ies)|operations|portfolio|mines?|projects?|deposits?|licen[cs]es?|concessions?|blocks?|"
    r"plants?|refinery|smelter)\b")
_SELLER_REACH = 120  # characters from the purchase verb to "from"
# "50 miles from Kitwe", "apart from Spence": "from" that tells a distance or an exception, not a seller.
_FROM_NO_SELLER = re.compile(r"\b(?:miles?|km|kilometres?|kilometers?|metres?|meters?|feet|yards?|away|apart|far|"
                             r"aside)\s+from\s+$", re.I)


# Words before "unit" that make it a plant's, not a business's: "a second floating unit", "a 500 MW generating
# unit" (but "its diamond unit", "its wholly owned unit" are businesses).
_PLANT_UNIT_BEFORE = re.compile(r"(?:\d[\d.,]*\w*|first|second|third|fourth|fifth|sixth|floating|production|"
                                r"processing|storage|generating|regasification)$")


def _business_noun(previous: list[str]) -> bool:
    """The noun before the name is a business, not a plant's "unit" ("a second floating unit, Varnock Norte")."""
    if previous[-1].rstrip(",") != "unit" or len(previous) < 2:
        return True
    return not _PLANT_UNIT_BEFORE.match(previous[0])


def _after_acronym(text: str, end: int) -> int:
    """What the sentence says of a name comes after its acronym, if one follows: "X (XYZ), a state miner"."""
    acronym = _ACRONYM_AFTER.match(text, end) if text[end:end + 2] == " (" else None
    return acronym.end() if acronym else end


def _called_company(text: str, end: int) -> bool:
    """An apposition after the name (or its acronym) calls it a company: "X, the Talbrian consortium building"."""
    after = _after_acronym(text, end)
    return text[after:after + 1] == "," and _APPOSITION.match(text, after) is not None


def _sold_by(text: str, start: int) -> bool:
    """The word at `start`, right after "from", owned the holding or asset the sentence says was bought."""
    window = text[max(0, start - _SELLER_REACH):start]
    if _FROM_NO_SELLER.search(window):
        return False
    sentence_start = max(window.rfind(". "), window.rfind("\n"), window.rfind("; "))
    bought = _OWNERSHIP_BOUGHT.search(window, sentence_start + 1)
    # "bought a stake in the mine, about 50 miles from Kitwe": a comma ends the phrase of what was bought
    return bought is not None and "," not in window[bought.end():]


_NAME_LIST = re.compile(rf"(?:{_TOKEN}|{_CONNECTORS}|and|[,\s])+")


def _listed_spans(text: str, verbs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names listed after "companies ... include": "A, B and C", up to the first ordinary word."""
    spans = []
    for verb_start, verb_end in verbs:
        before = text[max(0, verb_start - 50):verb_start].lower().split()
        if not _LIST_NOUNS.intersection(before):
            continue
        gap = _LIST_GAP.match(text, verb_end)  # always matches: every part of it is optional
        names = _NAME_LIST.match(text, gap.end() if gap else verb_end)
        if names:
            spans.append((names.start(), _sentence_end(text, names.start(), names.end())))
    return spans


def _listed_after_plurals(text: str, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names listed right after a lower-case plural descriptor: "miners Arlo, Benn and Corra", up to the first
    ordinary word."""
    spans = []
    for cue_start, cue_end in cues:
        if text[cue_start].islower() and text[cue_end:cue_end + 1] == " " and text[cue_end + 1:cue_end + 2].isupper():
            names = _NAME_LIST.match(text, cue_end + 1)
            if names:
                spans.append((names.start(), _sentence_end(text, names.start(), names.end())))
    return spans


def _phrases_within(phrases: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The capitalised runs that start inside one of the spans."""
    starts = [s for s, _ in phrases] if spans else []
    inside = []
    for span_start, span_end in spans:
        at = bisect_left(starts, span_start)
        while at < len(phrases) and starts[at] < span_end:
            inside.append(phrases[at])
            at += 1
    return inside


def _sentence_end(text: str, start: int, end: int) -> int:
    """Where the first sentence in text[start:end] ends: a list of names stops there ("... ConocoPhillips and
    Eni. Deliveries to CNPC start in 2026" lists no "Deliveries"); "Co." and "U.S." end no sentence."""
    for word in _WORD.finditer(text, start, end):
        if word.group().endswith(".") and not _keeps_full_stop(word.group()):
            return word.end()
        if "\n" in text[word.end():min(end, word.end() + 2)]:
            return word.end()
    return end


def _resolve_short_forms(found: list[Occurrence], pending: list[Occurrence], text: str,
                         context: bytearray) -> list[Occurrence]:
    """Count short forms ("Rio", "Aethon") towards the company named in full in the article. The short
    forms are the leading words of the canonical name (not of an alias: "Saudi" is no short form of
    Maaden), or the brand after its leading place ("Haixi" of "Zhangzhou Haixi Refining"), and never a
    country or commodity name."""
    full_names = _full_names(found)
    prefixes: dict[str, str] = {}
    for ref, occurrence in full_names.items():
        words = (ref if occurrence.in_registry or _leading_legal_form(occurrence.surface) else
                 occurrence.surface).split()
        for prefix in _short_forms(words):
            prefixes.setdefault(prefix, ref)
    for ref in full_names:  # a company's whole name less its legal form is that company's: "Varnock" of "Varnock Group"
        if ref in prefixes:
            prefixes[ref] = ref
    present = {o.ref for o in found}
    resolved = []
    for occurrence in found:
        target = prefixes.get(occurrence.surface)
        # "Vale" beside "Vale Base Metals" is the registry's Vale, not a short form of its unit; but a bank quoted
        # for its analysts beside its broking arm is the arm ("an analyst at BMO"), as "RBC", no registry name of
        # its own, always is beside "RBC Capital Markets"; the bank's own news is the bank's ("BMO posted ...")
        own_name = (occurrence.in_registry and occurrence.surface == occurrence.ref
                    and not (_broking_arm_of(target, occurrence.ref) and _quoted_for_research(text, occurrence)))
        if target and target != occurrence.ref and occurrence.ref not in full_names and not own_name:
            occurrence = _as_company(occurrence, full_names[target])
        resolved.append(occurrence)
    for occurrence in pending:
        target = prefixes.get(occurrence.surface)
        if target:
            resolved.append(_as_company(occurrence, full_names[target]))
        elif occurrence.ref in present or _acts_as_company(text, occurrence, found):
            resolved.append(occurrence)
    if not prefixes:
        return resolved
    taken = SpanSet(len(text), [(o.start, o.end) for o in resolved])
    for prefix, ref in prefixes.items():
        for start in whole_word_positions(text, prefix):
            end = start + len(prefix)
            if text[end:end + 1] == " " and text[end + 1:end + 2].isupper():
                continue  # "Rio Tinto": the prefix opens a longer capitalised name
            # "Kamoto Copper Co's Kamoto mine": after an owner's possessive, a short form names the asset
            if (not taken.overlaps(start, end) and context.find(1, start, end) < 0
                    and not (text[start - 3:start] in _POSSESSIVES and _ASSET_AFTER.match(text, end))
                    and not _PLACE_AFTER.match(text, end)  # "Alaska's Ambler district": the place it is named for
                    and not (prefix in PLACES and _used_as_place(text, start, end))):
                resolved.append(_as_company(Occurrence(start, end, COMPANY, ref, prefix), full_names[ref]))
                taken.add(start, end)
    return resolved


_BROKING_ARMS = frozenset({"Capital Markets", "Securities", "Global Markets"})


def _broking_arm_of(arm: str | None, parent: str) -> bool:
    """`arm` is `parent`'s broking arm: "BMO Capital Markets" of "BMO"."""
    return arm is not None and arm.startswith(parent + " ") and arm[len(parent) + 1:] in _BROKING_ARMS


# "an analyst at BMO", "according to BMO"; "BMO analysts", "BMO said in a note": a bank quoted for its research.
_RESEARCH_BEFORE = re.compile(r"(?:(?:analysts?|strategists?|economists?)[ \t]+(?:at|from|with)|according[ \t]+to)"
                              r"[ \t]+$")
_RESEARCH_AFTER = re.compile(r"[ \t]+(?:(?:analysts?|strategists?|economists?)\b|(?:said|says|wrote|writes)[ \t]+in"
                             r"[ \t]+(?:a|its)[ \t]+(?:research[ \t]+|client[ \t]+)?note\b)")


def _quoted_for_research(text: str, occurrence: Occurrence) -> bool:
    return bool(_RESEARCH_AFTER.match(text, occurrence.end)
                or _RESEARCH_BEFORE.search(text, max(0, occurrence.start - 30), occurrence.start))


def _used_as_place(text: str, start: int, end: int) -> bool:
    """The place opening a company's name stands for the place: "southern Fujian province", "a plant near
    Ningbo"; not "a stake in Yilgarn", "Yilgarn shares jumped"."""
    if _PLACE_AFTER.match(text, end):
        return True
    preposition = _PLACE_PREPOSITION.search(text, max(0, start - 30), start)
    return preposition is not None and preposition.group(1).lower() not in _HOLDING_WORDS


def _full_names(found: list[Occurrence]) -> dict[str, Occurrence]:
    """Each company named in two or more words, by its first such occurrence. A discovered name that a longer
    name goes on with an industry head is its short form, no full name: "Shandong Yulong" beside "Shandong
    Yulong Petrochemical", "Gold Road" beside the registry's "Gold Road Resources"."""
    full_names: dict[str, Occurrence] = {}
    for occurrence in sorted(found, key=lambda o: o.start):
        if len(occurrence.surface.split()) >= 2:
            full_names.setdefault(occurrence.ref, occurrence)
    # "Varnock Group" beside "Varnock Solar Holdings": named with its own legal form, the group is a company of
    # its own, not the unit's short form
    discovered = [ref for ref, o in full_names.items() if not o.in_registry and len(ref.split()) >= 2]
    if not discovered or len(full_names) < 2:
        return full_names
    # each longer name's leading words before an industry head, once (not every pair of names: quadratic)
    before_heads = {" ".join(words[:at]) for words in map(str.split, full_names)
                    for at in range(1, len(words)) if words[at] in _HEADS}
    for ref in discovered:
        if ref in before_heads:
            del full_names[ref]
    return full_names


def _short_forms(words: list[str]) -> list[str]:
    """The leading words of a name up to its first generic word ("Rio" of "Rio Tinto"); where a place opens
    the name, also the brand after it ("Haixi" of "Zhangzhou Haixi Refining"; not the head of "Pilbara
    Minerals")."""
    shorter = len(words) - 1
    forms = _leading_words(words, shorter)
    if words[0] in PLACES and shorter and words[1] not in _HEADS:
        forms += _leading_words(words[1:], shorter)
    return forms


def _leading_words(words: list[str], most: int) -> list[str]:
    """The first one, two, ... `most` words, up to a generic word; a generic first word is no form of its own
    but the brand may follow it ("Gold Road" of "Gold Road Resources", "Northern Star" of "Northern Star
    Resources")."""
    forms = []
    for size in range(1, most + 1):
        prefix = " ".join(words[:size])
        if words[size - 1] in _GENERIC and size == 1:
            continue
        if words[size - 1] in _GENERIC or words[size - 1] in _PREFIX_HEADS or len(prefix) < 2:
            break
        forms.append(prefix)
    return forms


def _acts_as_company(text: str, occurrence: Occurrence, found: list[Occurrence]) -> bool:
    """"Santos eased 0.2 per cent" in a market report, "Santos signs LNG deal with Glencore": a short form
    whose shares moved or that signed with a company; not an index ("Dow rose 0.8%"), a person the article
    names in full or with a title ("Premier Doug Ford ... Ford signed", "Mr. Santos") nor an ordinary word the
    article also writes in lower case ("Total fell 3% ... the total")."""
    before = text[max(0, occurrence.start - 30):occurrence.start]
    if (before.lower().endswith("the ") or occurrence.surface in _STOCK_INDEXES
            or f" {occurrence.surface.lower()} " in text or _named_as_person(text, occurrence.surface)):
        return False
    if _SHARE_MOVE_AFTER.match(text, occurrence.end):
        # or a report of other companies' moves: "Woodside Energy gained 0.3 per cent and Santos eased ..."
        return _is_market_report(text) or any(o.ref != occurrence.ref and _SHARE_MOVE_AFTER.match(text, o.end)
                                              for o in found)
    verb = _DEAL_VERB_AFTER.match(text, occurrence.end)
    if verb is None:
        return False
    # the partner: "Tanaka signed the deal on behalf of the ministry" names no company
    sentence_end = _sentence_end(text, verb.end(), len(text))
    return any(verb.end() <= o.start < sentence_end and o.ref != occurrence.ref for o in found)


@lru_cache(maxsize=16)  # asked for each short form's occurrence in the same article
def _is_market_report(text: str) -> bool:
    return _MARKET_WORDS.search(text) is not None


@lru_cache(maxsize=64)  # asked for each occurrence of a short form in the same article
def _named_as_person(text: str, surface: str) -> bool:
    """The article writes `surface` after a first name or a title: "Doug Ford", "Juan Manuel Santos",
    "Mr. Santos"."""
    pattern = rf"(?<![\w.’'-]){_FIRST_NAME_OR_TITLE}[ \t]+{re.escape(surface)}\b"
    return re.search(pattern, text) is not None


def _named_again(text: str, discovered: list[Occurrence], found: list[Occurrence],
                 context: bytearray) -> list[Occurrence]:
    """A discovered name where no rule fired, the headline included: "buys US recycler Reldan"."""
    if not discovered:
        return []
    taken = SpanSet(len(text), [(o.start, o.end) for o in found])
    again = []
    models = {o.surface: o for o in discovered}
    for o in discovered:  # "Steppe Atom JSC" is later just "Steppe Atom"
        if o.ref != o.surface and len(o.ref.split()) >= 2 and o.ref in text:
            models.setdefault(o.ref, o)
    for surface, model in models.items():
        for start in whole_word_positions(text, surface):
            end = start + len(surface)
            # a name made only of a country or commodity name is that; one that holds one ("Lumikko Battery
            # Metals") is still the company
            if not taken.overlaps(start, end) and (context.find(1, start, end) < 0 or
                                                   (" " in surface and context.find(0, start, end) >= 0)):
                again.append(_as_company(Occurrence(start, end, COMPANY, model.ref, surface), model))
                taken.add(start, end)
    return again


def _holds_registry_name(text: str, start: int, end: int, signals: _Signals) -> bool:
    """A legal form and a free word open the name: "PT Halmahera Persada | Lygend", not "PT | Pertamina"."""
    surface = text[start:end]
    if not _leading_legal_form(surface) or " " not in surface:  # most names open with no legal form
        return False
    second = _WORD.search(text, text.find(" ", start, end) + 1, end)
    return second is not None and signals.is_free(second.start(), second.end())


def _leading_legal_form(surface: str) -> bool:
    """"PT Mandala Nikel Utama Tbk": its short forms are those of "Mandala Nikel Utama"."""
    return surface.split(None, 1)[0].rstrip(".").lower() in LEADING_LEGAL_FORMS


def _as_company(occurrence: Occurrence, model: Occurrence) -> Occurrence:
    """`occurrence` (a short form) as a mention of the company `model` names in full."""
    return Occurrence(occurrence.start, occurrence.end, COMPANY, model.ref, occurrence.surface, model.in_registry,
                      model.home_iso2)


def _registry_short_form_after(text: str, occurrence: Occurrence,
                               registry_at: dict[int, Occurrence]) -> Occurrence | None:
    """The registry company whose short form stands in brackets right after `occurrence`: "Petroleum Pipeline
    Corporation (BOTAŞ)". Only an acronym: "Compania Minera Antapaccay (Glencore)" names the owner."""
    if text[occurrence.end:occurrence.end + 2] != " (":
        return None
    short = registry_at.get(occurrence.end + 2)
    if short is None or text[short.end:short.end + 1] != ")":
        return None
    return short if short.surface.isupper() else None


def _with_acronyms(text: str, found: list[Occurrence], blocked: list[tuple[int, int]]) -> list[Occurrence]:
    """"Entreprise Générale du Cobalt (EGC)": later "EGC" names the same company, also where a rule had
    already read it as a name of its own ("MSR shares rose 6%"). A discovered name spelled out before a
    registry company's short form in brackets is that company's full name, not another company."""
    if " (" in text:
        registry_at = {o.start: o for o in found if o.in_registry}
        found = [_as_company(o, short) if not o.in_registry and (
            short := _registry_short_form_after(text, o, registry_at)) is not None else o for o in found]
    acronyms: dict[str, Occurrence] = {}
    for occurrence in found:
        following = text[occurrence.end:occurrence.end + 1]
        match = (following == "(" or following.isspace()) and _ACRONYM_AFTER.match(text, occurrence.end)
        if match and match.group(1) not in acronyms:
            acronyms[match.group(1)] = occurrence
    if not acronyms:
        return found
    found = [_as_company(o, acronyms[o.ref]) if o.ref in acronyms and o.surface == o.ref and not o.in_registry
             else o for o in found]
    extra = []
    taken = SpanSet(len(text), [(o.start, o.end) for o in found] + blocked)
    for acronym, model in acronyms.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
            if not taken.overlaps(match.start(), match.end()):
                extra.append(Occurrence(match.start(), match.end(), COMPANY, model.ref, acronym, model.in_registry,
                                        model.home_iso2))
    return found + extra


def _without_publisher(found: list[Occurrence], publisher: str | None) -> list[Occurrence]:
    """The publisher is no company of its own story ("Clash Report"), but a registered business publishing
    its own release ("QatarEnergy Media Centre", "ioneer") is the story's subject: news outlets are
    organisations in the registry, never companies."""
    if not publisher:
        return found
    own = _squeezed(publisher)
    return [o for o in found if not own or o.in_registry or _squeezed(o.ref) not in own
            or _parent_of_publisher(o.ref, publisher)]


# Words naming a company's publishing outlet rather than the company: "ADNOC Gas Newsroom", "Bloomberg News".
_OUTLET_WORDS = frozenset("News Newsroom Media Press Release Releases Room Centre Center Online Blog Insights Wire".split())


def _parent_of_publisher(name: str, publisher: str) -> bool:
    """The publisher is a unit of the named company, which it names with an industry word: "ADNOC" in a release
    by "ADNOC Gas Newsroom" is its parent; "Bloomberg" in "Bloomberg News" is the publisher itself."""
    words, own_words = fold(name).split(), publisher.split()
    rest = [word for word in own_words[len(words):] if word not in _OUTLET_WORDS]
    return fold(" ".join(own_words[:len(words)])) == " ".join(words) and bool(rest) and all(
        word in _HEADS for word in rest)


@lru_cache(maxsize=65536)
def _squeezed(name: str) -> str:
    """A name folded without spaces: "Clash Report" and "ClashReport" agree."""
    return fold(name).replace(" ", "")
