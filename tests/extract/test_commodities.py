"""Commodity mentions: synonyms to canonical names, and words that only look like commodities."""
from extract_helpers import commodities


def test_synonyms_and_plurals_map_to_the_canonical_name():
    found = commodities("Spodumene, lithium hydroxide, liquefied natural gas and permanent magnets.")
    assert found == {"lithium", "lng", "magnets"}


def test_hyphenated_and_spaced_spellings_are_one_commodity():
    assert commodities("rare-earth and rare earth oxides") == {"rare earths"}


def test_a_phrase_can_name_two_commodities():
    assert commodities("The plant makes rare earth magnets.") == {"magnets", "rare earths"}


def test_an_ordinary_word_needs_a_market_context():
    assert commodities("Canada could lead the effort.") == set()
    assert commodities("Zinc and lead output fell.") == {"zinc", "lead"}
    assert commodities("Lead prices rose.") == {"lead"}


def test_a_capitalised_name_is_not_a_commodity():
    assert commodities("Shares of Gold Fields rose after the Critical Raw Materials Act passed.") == set()


def test_phrases_that_only_contain_a_commodity_word_are_not_it():
    assert commodities("She won a gold medal; greenhouse gas emissions fell.") == set()


def test_a_commodity_inside_a_company_name_is_part_of_the_company():
    assert commodities("Arcadium Lithium reported results.") == set()


def test_group_level_terms_are_commodities():
    assert commodities("Critical minerals and battery metals are in demand.") == {"critical minerals", "batteries"}


def test_both_metals_of_a_hyphenated_deposit_type_are_commodities():
    assert commodities("The Tallow Creek copper-gold project and a copper-molybdenum mine nearby.") == {
        "copper", "gold", "molybdenum"}


def test_platinum_group_elements_by_their_mining_abbreviation_fold_into_platinum():
    assert commodities("The Mirrin nickel-copper-PGE project holds 2 million ounces of PGEs.") == {
        "nickel", "copper", "platinum"}
    assert commodities("The miner sells platinum group metals (PGMs) to Japan.") == {"platinum"}


def test_a_lithium_iron_phosphate_battery_names_no_lithium_or_phosphate_mined():
    assert commodities("The automaker will build a lithium iron phosphate battery plant in Hungary.") == {
        "batteries"}
    assert commodities("Prices of lithium-iron phosphate cells fell as phosphate rock rose.") == {"phosphate"}


def test_battery_materials_chips_and_energy_carriers_are_commodities():
    assert commodities("The plant makes precursor cathode active material and anode materials.") == {
        "cathode materials", "anode materials"}
    assert commodities("Exports of AI chips and gas condensate rose; electricity imports fell.") == {
        "semiconductors", "condensate", "electricity"}
    assert commodities("The deal covers biodiesel, bioethanol and green methanol.") == {"biofuels", "ethanol", "methanol"}


def test_chip_in_ordinary_phrases_is_no_commodity():
    assert commodities("Blue-chip stocks fell and the deal became a bargaining chip.") == set()
    assert commodities("Chip exports rose.") == {"semiconductors"}


def test_copper_cathode_is_copper_not_battery_cathode_material():
    assert commodities("The smelter sells copper cathode.") == {"copper"}


def test_an_oil_ministry_or_minister_is_no_mention_of_oil():
    assert commodities("The oil ministry said Chevron signed a gas field deal.") == {"natural gas"}
    assert commodities("Oil Minister Rahim said the Ministry of Petroleum had met Chevron.") == set()
    assert commodities("The oil ministry said crude exports rose.") == {"oil"}


def test_ferro_alloys_belong_to_their_metal():
    found = commodities("Ferromanganese and silicomanganese rose while ferrosilicon and ferrovanadium fell.")
    assert found == {"manganese", "silicon", "vanadium"}


def test_polymers_are_petrochemical_commodities():
    assert commodities("The cracker will make polyethylene, HDPE pipes and polypropylene.") == {
        "polyethylene", "polypropylene"}


def test_oil_sands_shale_oil_and_steelmaking_coal_fold_into_their_parent():
    assert commodities("It sold its steelmaking coal mines.") == {"coal"}
    assert commodities("Oil sands and tight oil producers raised output.") == {"oil"}


def test_bitumen_is_oil_only_as_a_traded_crude():
    assert commodities("The council resealed the highway with fresh bitumen.") == set()
    assert commodities("Alberta ships diluted bitumen by rail; bitumen exports rose.") == {"oil"}


def test_mineral_sands_are_a_commodity():
    assert commodities("The heavy mineral sands project in Victoria.") == {"mineral sands"}


def test_idioms_built_on_a_metal_are_no_commodity():
    assert commodities("A copper-bottomed promise from a tin-pot regime needs nerves of steel.") == set()
    assert commodities("The silver lining: black gold still pays.") == set()
    assert commodities("Silver rose 2% while copper fell.") == {"silver", "copper"}


def test_industrial_minerals_and_fuel_grades_are_commodities():
    assert commodities("The plant uses soda ash, china clay and frac sand.") == {"soda ash", "kaolin", "silica sand"}
    assert commodities("Ferrous scrap, marine fuel and NMC cathodes.") == {"steel", "fuel oil", "cathode materials"}


def test_a_battery_quality_grade_names_the_commodity_not_batteries():
    assert commodities("The plant will make 30,000 tonnes a year of battery-quality lithium hydroxide.") == {
        "lithium"}
    assert commodities("Output of battery quality nickel sulphate doubled.") == {"nickel"}


def test_lead_taking_an_object_is_the_verb_not_the_metal():
    assert commodities("Nickel miners lead Jakarta gains as copper producers lead the rally.") == {"nickel", "copper"}
    assert commodities("Output of zinc and lead rose; zinc and lead prices fell.") == {"zinc", "lead"}


def test_the_last_metal_of_a_list_before_a_name_is_no_verb():
    assert commodities("The pit yields copper, zinc and lead Trafigura ships to Asia.") == {
        "copper", "zinc", "lead"}


def test_a_body_or_a_kind_of_company_named_after_a_commodity_is_no_mention_of_it():
    assert commodities("Algeria's state grains agency bought wheat.") == {"wheat"}
    assert commodities("The government owes international oil companies $1 billion.") == set()
    assert commodities("Very low sulphur fuel oil cost $512 a tonne.") == {"fuel oil"}


def test_an_industry_a_vehicle_or_a_law_named_for_a_product_is_no_trade_in_it():
    # "semiconductor manufacturing", "the CHIPS Act": the industry and the law, not traded chips
    assert commodities("Tungsten is used in semiconductor manufacturing and the chip industry.") == {"tungsten"}
    assert commodities("Talbrin got a $50 million grant under the CHIPS Act.") == set()
    assert commodities("Korean diesel truck operators ran short of urea.") == {"urea"}
    # coal-seam gas that ignites in a mine is no natural gas traded
    assert commodities("A gas ignition at the Varnock coal mine forced an evacuation.") == {"coal"}
    # the products themselves still count
    assert commodities("Exports of semiconductors fell; diesel and gas prices rose.") == {
        "semiconductors", "diesel", "natural gas"}


def test_fertiliser_is_spelled_the_british_way_like_aluminium_and_sulphur():
    # one canonical spelling per commodity; the reference data writes British English throughout
    assert commodities("Vantoria imported fertilizer and more fertilisers.") == {"fertilisers"}


def test_a_commodity_word_inside_a_public_bodys_name_is_part_of_the_name():
    # the regulator's name lists fuels it oversees; no biofuel is traded in the story
    assert commodities("Velmora Energy bid above the minimum set by the National Agency of Petroleum, "
                       "Natural Gas and Biofuels.") == set()
    # the same fuels outside a name still count
    assert commodities("Velmora Energy sells petroleum, natural gas and biofuels.") == {
        "oil", "natural gas", "biofuels"}


def test_a_figure_of_speech_or_the_equipment_a_fuel_drives_is_no_trade_in_it():
    assert commodities("The port has become a magnet for Korvel investors.") == set()
    assert commodities("Each month of new supply chips away at the spare capacity.") == set()
    assert commodities("Most mines rely on diesel generation to fill gaps.") == set()
    assert commodities("The region approved support for road, rail and electricity connections.") == set()
    # the products themselves still count
    assert commodities("Korvel buys magnets and chips; diesel and electricity prices rose.") == {
        "magnets", "semiconductors", "diesel", "electricity"}


def test_a_magnet_for_investors_is_a_figure_of_speech_the_magnet_for_a_motor_is_the_product():
    assert commodities("Talbria has become a magnet for investors in the region.") == set()
    assert commodities("Korvel Mining will produce the magnet for Tarnby Copper's new motor under a supply deal.") == {
        "magnets"}


def test_a_listed_ministry_s_name_holds_no_commodity():
    assert commodities("India's Ministry of Petroleum and Natural Gas said Korvel Energy won the block.") == set()
