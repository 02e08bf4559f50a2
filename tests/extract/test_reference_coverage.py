"""The reference seeds cover what users rely on: the world's countries by name, adjective and capital,
the major producers of these markets, and no country or company from ordinary words."""
import csv

import pycountry
import pytest

from extract_helpers import commodities, companies, countries, extract
from newsetl.settings import SEEDS_DIR


with (SEEDS_DIR / "countries.csv").open(encoding="utf-8", newline="") as _handle:
    _COUNTRY_ROWS = {r["iso2"]: r for r in csv.DictReader(_handle)}


@pytest.mark.parametrize("iso2", sorted(c.alpha_2 for c in pycountry.countries))
def test_every_iso_country_is_found_by_its_seed_name(iso2):
    row = _COUNTRY_ROWS[iso2]
    sentence = f"Officials from {row['country_name']} attended the minerals conference on Tuesday."
    if row["country_name"] in row["ambiguous_forms"].split("|"):  # needs a confirming term, by design
        sentence += f" They flew in from {row['context_terms'].split('|')[0]}."
    assert iso2 in countries(sentence)


@pytest.mark.parametrize("sentence, iso2", [
    ("The Emirati fund signed the deal.", "AE"),
    ("Congolese officials approved the cobalt permit.", "CD"),
    ("Ivorian cocoa exports rose.", "CI"),
    ("The Burkinabe junta revoked the gold licence.", "BF"),
    ("Malagasy graphite output fell.", "MG"),
    ("Nigerien authorities seized the uranium mine.", "NE"),
    ("Kyrgyz gold output rose.", "KG"),
    ("Filipino nickel miners cut output.", "PH"),
    ("Saudi investors bought the stake.", "SA"),
    ("Spaniards and Swedes signed the accord.", "ES"),
    ("New Zealanders voted on the mine.", "NZ"),
    ("South Koreans bought more LNG.", "KR"),
    ("Icelanders export aluminium.", "IS"),
    ("Beijing said it would restrict gallium exports.", "CN"),
    ("Jerusalem said it would sign the gas deal.", "IL"),
])
def test_demonyms_and_capitals_resolve_to_their_country(sentence, iso2):
    assert iso2 in countries(sentence)


@pytest.mark.parametrize("sentence", [
    "Chad Smith, an analyst, said copper prices rose.",
    "Michael Jordan bought a stake in the team.",
    "The Kiwi fruit harvest was strong.",
    "Male workers at the smelter went on strike.",
    "The plant is in Kingston, Ontario.",
    "China's state grain trader bought soybeans.",
])
def test_ordinary_words_are_not_countries_or_companies(sentence):
    found = countries(sentence)
    assert not found & {"TD", "JO", "NZ", "MV", "JM"}
    assert "grains" not in {m.entity_ref for m in extract(sentence).mentions if m.entity_type == "commodity"}


# Registry names made of a commodity or country and ordinary words are matched by their full legal names only.
@pytest.mark.parametrize("sentence, iso2, commodity", [
    ("Qatar is the largest supplier of LNG Japan buys under long-term contracts.", "JP", "lng"),
    ("Shipments of US LNG Japan and Korea rose sharply in May.", "JP", "lng"),
    ("The agency proposed a US Strategic Metals Stockpile for gallium.", "US", "gallium"),
])
def test_ordinary_words_next_to_each_other_are_no_registry_company(sentence, iso2, commodity):
    assert companies(sentence) == set()
    assert iso2 in countries(sentence)
    assert commodity in commodities(sentence)


def test_no_registry_company_is_a_news_outlet():
    """The publisher is dropped only as an organisation (companies.py `_without_publisher`): outlets belong in
    organisations.csv."""
    with (SEEDS_DIR / "companies.csv").open(encoding="utf-8", newline="") as handle:
        sectors = {r["company_name"]: r["sector"].lower() for r in csv.DictReader(handle)}
    media = {"media", "news", "publishing", "publisher", "broadcasting", "newspaper", "newswire"}
    assert {name for name, sector in sectors.items() if set(sector.split()) & media} == set()


@pytest.mark.parametrize("surface, canonical", [
    ("Shandong Gold", "Shandong Gold"),            # gold, China
    ("Alamos Gold", "Alamos Gold"),                # gold, Canada
    ("Ero Copper", "Ero Copper"),                  # copper, Brazil/Canada
    ("China Shenhua Energy", "China Shenhua Energy"),  # coal, China
    ("Thungela Resources", "Thungela Resources"),  # coal, South Africa
    ("Warrior Met Coal", "Warrior Met Coal"),      # coal, US
    ("Société Le Nickel", "Société Le Nickel"),    # nickel, New Caledonia
    ("Press Metal", "Press Metal"),                # aluminium, Malaysia
    ("Ur-Energy", "Ur-Energy"),                    # uranium, US
    ("Ronbay Technology", "Ronbay Technology"),    # cathodes, China
    ("Beijing Easpring", "Easpring"),              # cathodes, China
    ("Shougang Group", "Shougang Group"),          # steel, China
    ("Hoa Phat Group", "Hoa Phat Group"),          # steel, Vietnam
    ("Ghana National Petroleum Corporation", "Ghana National Petroleum Corporation"),  # NOC, Africa
    ("PTTEP", "PTTEP"),                            # oil and gas, Thailand
    ("Excelerate Energy", "Excelerate Energy"),    # LNG, US
    ("Freepoint Commodities", "Freepoint Commodities"),  # trader, US
    ("Li Auto", "Li Auto"),                        # automaker, China
    ("Brookfield Renewable", "Brookfield Renewable"),  # power developer, Canada
    ("Tennessee Valley Authority", "Tennessee Valley Authority"),  # utility, US
    ("Base Resources", "Base Resources"),          # mineral sands, Australia: two generic words
    ("Sovereign Metals", "Sovereign Metals"),      # graphite, Australia: a word of public bodies
    ("Develop Global", "Develop Global"),          # mining, Australia: two ordinary words
    ("The Zimbabwe Mining Development Corporation", "Zimbabwe Mining Development Corporation"),  # SOE, Zimbabwe
    ("Mineral Exploration and Consultancy Limited", "Mineral Exploration and Consultancy"),  # SOE, India
    ("CrownRock", "CrownRock"),                    # oil, US
    ("Resource Capital Funds", "Resource Capital Funds"),  # mining private equity, US
    ("Valero", "Valero Energy"),                   # refiner, US: a lone word
    ("Phillips 66", "Phillips 66"),                # refiner, US: a number in the name
    ("Wabtec", "Wabtec"),                          # rail equipment, US
    ("The Energy & Minerals Group", "Energy & Minerals Group"),  # energy and mining private equity, US
    ("American Battery Technology", "American Battery Technology Company"),  # battery recycling, US
    ("Canadian Solar", "Canadian Solar"),          # solar, Canada: a nationality and an ordinary word
    ("Japan Australia Rare Earths", "Japan Australia Rare Earths"),  # rare earths investor, Japan: two countries
    ("VHM", "VHM"),                                # mineral sands, Australia
    ("Contemporary Brunp Lygend", "Contemporary Brunp Lygend"),  # battery materials, CATL venture
    ("Hess", "Hess Corporation"),                  # oil, US: the press's short form
    ("Arcadium", "Arcadium Lithium"),              # lithium: the press's short form
    ("Golden Energy and Resources", "Golden Energy and Resources"),  # coal, Singapore: "and" inside the name
    ("M Resources", "M Resources"),                # coal, Australia: a one-letter word
    ("Shell Nigeria Exploration and Production Company", "Shell Nigeria Exploration and Production Company"),
    ("SPDC", "Shell Petroleum Development Company of Nigeria"),  # oil, Nigeria: its acronym
    ("JFE Steel", "JFE Steel"),                    # steel, Japan: the steelmaker, not its parent JFE Holdings
    ("Empresa Nacional de Hidrocarbonetos", "ENH"),  # gas, Mozambique: the press names it by its acronym
    ("Bharat PetroResources", "Bharat PetroResources"),  # upstream unit of Bharat Petroleum, India
    ("Huajin Aramco Petrochemical", "Huajin Aramco Petrochemical"),  # refining venture, China
    ("Hanwha Qcells", "Qcells"),                   # solar, Korea: the unit, not its parent Hanwha Solutions
    ("LetterOne", "LetterOne"),                    # investment group, Luxembourg
    ("Indo-Jordan Chemicals", "Indo-Jordan Chemicals"),  # phosphoric acid, Jordan: a country inside the name
    ("KEPCO Nuclear Fuel", "KEPCO Nuclear Fuel"),  # nuclear fuel, Korea: KEPCO's unit
    ("Air Products Qudra", "Air Products Qudra"),  # industrial gases venture, Saudi Arabia
    ("LNG Japan Corporation", "LNG Japan Corporation"),  # LNG buyer, Japan: not the fuel and the country
    ("USSM", "US Strategic Metals Inc"),           # critical minerals, US
    ("IndianOil", "Indian Oil Corporation"),       # the company's own spelling
    ("Harbour Litigation Funding", "Harbour Litigation Funding"),  # litigation funder, UK
    ("NVVN", "NTPC Vidyut Vyapar Nigam"),         # power trader, India: NTPC's unit, by its acronym
    ("Solar Energy Corporation of India", "Solar Energy Corporation of India"),  # state power buyer, India
    ("Saudi Power Procurement Company", "Saudi Power Procurement Company"),  # state power buyer, Saudi Arabia
    ("Badeel", "Badeel"),                          # state power investor, Saudi Arabia
    ("Rolls-Royce SMR", "Rolls-Royce SMR"),        # reactor vendor, UK: not its parent Rolls-Royce
    ("Skoda JS", "Škoda JS"),                      # reactor engineering, Czechia: unaccented
    ("thyssenkrupp Uhde", "thyssenkrupp Uhde"),    # process licensor, Germany: not its parent
    ("Honeywell UOP", "Honeywell UOP"),            # refining licensor, US: not its parent
    ("Hyundai E&C", "Hyundai Engineering & Construction"),  # EPC contractor, Korea
    ("BHP Mitsubishi Alliance", "BHP Mitsubishi Alliance"),  # coal venture, Australia: "Alliance" in its name
    ("Mitsubishi Development", "Mitsubishi Development"),  # Mitsubishi's mining arm, Australia
    ("Sona Comstar", "Sona BLW Precision Forgings"),  # auto parts, India: its brand
])
def test_major_producers_are_found_by_name(surface, canonical):
    assert canonical in companies(f"{surface} signed a supply agreement on Monday, the company said.")


@pytest.mark.parametrize("canonical, iso2", [
    ("Shandong Gold", "CN"), ("Thungela Resources", "ZA"), ("Press Metal", "MY"), ("PTTEP", "TH"),
    ("Hoa Phat Group", "VN"), ("Société Le Nickel", "NC"), ("Brookfield Renewable", "CA"),
    ("Kodal Minerals", "GB"), ("CAMYEN", "AR"), ("Pavilion Energy", "SG"), ("De Grey Mining", "AU"),
    ("MBK Partners", "KR"), ("XRG", "AE"), ("Frontier Lithium", "CA"),
    ("Canadian Solar", "CA"), ("Wabtec", "US"), ("VHM", "AU"),
])
def test_major_producers_carry_their_home_country(canonical, iso2):
    mention = next(m for m in extract(f"{canonical} signed a supply agreement on Monday.").mentions
                   if m.entity_type == "company" and m.entity_ref == canonical)
    assert mention.home_country_iso2 == iso2


@pytest.mark.parametrize("sentence", [
    "Allianz Trade guaranteed the loan.",
    "The Multilateral Investment Guarantee Agency backed the project.",
    "Export Finance Norway provided a loan.",
    "The U.S. Export-Import Bank approved a loan.",
    "The project is waiting for approval under Argentina's RIGI investment regime.",
])
def test_funds_and_agencies_are_not_companies(sentence):
    assert not companies(sentence)


def test_sovereign_wealth_funds_are_state_owned_companies():
    # the eval's rule: businesses and state-owned enterprises are companies, ministries and agencies are not
    assert companies("The Kuwait Investment Authority agreed to invest $100 million.") == {"Kuwait Investment Authority"}
    assert companies("Saudi Arabia's PIF and Singapore's Temasek bought stakes.") == {"Public Investment Fund",
                                                                                     "Temasek"}


@pytest.mark.parametrize("sentence, commodity", [
    ("Prices of high-purity quartz rose.", "high-purity quartz"),
    ("Exports of caesium were halted.", "caesium"),
    ("The mill produces direct reduced iron.", "direct reduced iron"),  # not the blast furnace's pig iron
    ("The plant will make granular urea.", "urea"),  # fertilisers traded and priced apart
    ("Prices of DAP rose.", "diammonium phosphate"),
    ("The leach needs sulfuric acid.", "sulphuric acid"),  # a product of sulphur, sold apart
    ("Bunkers of VLSFO were cheaper.", "fuel oil"),
    ("Urals crude traded at a discount.", "oil"),
    ("The plant will make phosphoric acid.", "phosphate"),
    ("Ukraine's grain exports rose.", "grains"),
    ("Centrus supplies HALEU to reactors.", "uranium"),
    ("Natural rubber prices rose.", "rubber"),
])
def test_commodity_forms_resolve(sentence, commodity):
    assert commodity in {m.entity_ref for m in extract(sentence).mentions if m.entity_type == "commodity"}


def test_hot_briquetted_iron_is_direct_reduced_iron_beside_pig_iron():
    assert commodities("The mill buys HBI and pig iron.") == {"direct reduced iron", "pig iron"}


@pytest.mark.parametrize("sentence, expected_companies, expected_commodities", [
    # a utility's short name is no mining abbreviation without minerals around it
    ("Poland's PGE signed a $2 billion deal with Westinghouse.", {"Westinghouse"}, set()),
    # a steel town is no steelmaker
    ("Steelworkers in Magnitogorsk protested on Monday.", set(), set()),
    # a national oil company named after its country is not another country's namesake
    ("The National Oil Corporation of Kenya bought crude from Vitol.",
     {"National Oil Corporation of Kenya", "Vitol"}, {"oil"}),
])
def test_names_shared_with_places_and_abbreviations_are_read_by_context(sentence, expected_companies,
                                                                        expected_commodities):
    assert companies(sentence) == expected_companies
    assert commodities(sentence) == expected_commodities


@pytest.mark.parametrize("surface, canonical", [
    ("Ecopro BM", "EcoPro BM"),                      # its own spelling and the press's
    ("Orion Mine Finance", "Orion Resource Partners"),  # the fund's former name
    ("Harmony Gold Mining Company", "Harmony Gold"),  # the legal name
    ("International Resource Holding", "International Resources Holding"),  # both spellings in the press
    ("KfW IPEX Bank", "KfW IPEX-Bank"),  # a hyphen written as a space: no alias needed
    ("KATCO", "Katco"),  # in capitals: no alias needed
])
def test_spelling_variants_resolve_to_the_registry_name(surface, canonical):
    assert canonical in companies(f"{surface} and SK On will build a cathode plant in Ohio.")
