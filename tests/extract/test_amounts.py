"""Amounts: money in every notation, quantities in contract units, percentages; what is not an amount."""
from extract_helpers import amounts, extract


def test_money_in_currency_symbols_and_scale_abbreviations():
    assert amounts("It raised $538mn, US$1.2bn, A$1.65 billion, C$35 million, €2bn and £3m.") == [
        ("money", 538e6, "USD"), ("money", 1.2e9, "USD"), ("money", 1.65e9, "AUD"), ("money", 35e6, "CAD"),
        ("money", 2e9, "EUR"), ("money", 3e6, "GBP")]


def test_money_with_currency_words_and_codes():
    assert amounts("10 billion yuan, 5 trillion won, Rs 500 crore, R5bn and USD 7 million") == [
        ("money", 10e9, "CNY"), ("money", 5e12, "KRW"), ("money", 5e9, "INR"), ("money", 5e9, "ZAR"),
        ("money", 7e6, "USD")]


def test_a_currency_name_may_open_with_a_dotted_abbreviation():
    assert amounts("Two-way trade reached 38.5 billion U.S. dollars, up 4 percent.") == [
        ("money", 38.5e9, "USD"), ("percent", 4, "percent")]


def test_yen_sign_is_yuan_in_an_article_about_yuan():
    assert amounts("It paid ¥2 billion, or 2 billion yuan.") == [("money", 2e9, "CNY")]
    assert amounts("Shares closed at ¥4,075.") == [("money", 4075, "JPY")]


def test_a_range_states_both_ends():
    assert amounts("Output of 100,000 to 120,000 tons and profit of ¥70 billion to ¥80 billion.") == [
        ("quantity", 100000, "t"), ("quantity", 120000, "t"), ("money", 70e9, "JPY"), ("money", 80e9, "JPY")]
    assert amounts("a $5-6 billion project") == [("money", 5e9, "USD"), ("money", 6e9, "USD")]


def test_mass_units_are_metric_tonnes():
    assert amounts("5.5 million tons, 4 Mtpa, 20 kt, 300 kg, 10,000 metric tons a year") == [
        ("quantity", 5.5e6, "t"), ("quantity", 4e6, "t"), ("quantity", 20000, "t"), ("quantity", 0.3, "t"),
        ("quantity", 10000, "t")]


def test_nuclear_fuel_in_tonnes_of_uranium_is_mass():
    assert amounts("It will deliver 1,500 tU and 200 tonnes of uranium.") == [
        ("quantity", 1500, "t"), ("quantity", 200, "t")]


def test_pounds_of_a_material_are_mass_and_other_pounds_are_sterling():
    assert amounts("It sold 10 million pounds of copper for 5 million pounds.") == [
        ("quantity", 4535.9237, "t"), ("money", 5e6, "GBP")]


def test_gas_oil_power_and_ounce_units():
    assert amounts("5.4 bcm, 2 Bcf/d, 300,000 bpd, 2 GW, 500 MWh, 2 Moz and 50,000 ounces") == [
        ("quantity", 5.4e9, "m3"), ("quantity", 56633693.2, "m3"), ("quantity", 300000, "bbl"),
        ("quantity", 2e9, "W"), ("quantity", 5e8, "Wh"), ("quantity", 2e6, "oz"), ("quantity", 50000, "oz")]


def test_percentages_in_every_spelling():
    assert amounts("over 90 percent, 24%, 50% plus one share, 3 per cent and 0.3%") == [
        ("percent", 90, "percent"), ("percent", 24, "percent"), ("percent", 50, "percent"),
        ("percent", 3, "percent"), ("percent", 0.3, "percent")]


def test_a_unit_price_is_money():
    assert amounts("a floor of $110 per kilogram and cobalt at $42,725 a ton") == [
        ("money", 110, "USD"), ("money", 42725, "USD")]


def test_the_quantity_a_price_is_told_per_is_no_amount():
    assert amounts("Gas averaged $257 per 1,000 cubic metres and freight $30/1,000 tonnes.") == [
        ("money", 257, "USD"), ("money", 30, "USD")]
    # a quantity with its own rate after it is one
    assert amounts("Output reached 1,000 tonnes per day.") == [("quantity", 1000, "t")]


def test_years_counts_and_durations_are_not_amounts():
    assert amounts("In 2024 the 47 projects got 10-year permits for 2028-2033 under Regulation 2024/1252.") == []


def test_number_words_before_a_scale_are_numbers():
    assert amounts("a billion dollars and half a million tonnes") == [("money", 1e9, "USD"), ("quantity", 5e5, "t")]


def test_the_same_amount_in_headline_and_body_is_one_amount():
    found = amounts("Rio Tinto paid $6.7 billion.", title="Rio Tinto closes $6.7bn deal")
    assert found == [("money", 6.7e9, "USD")]


def test_qualifier_and_rate_period_are_kept():
    amount = extract("It will ship about 4 million tonnes a year.").amounts[0]
    assert (amount.qualifier, amount.period) == ("about", "year")


def test_amount_ids_are_stable_and_distinct():
    first = [a.amount_id for a in extract("It paid $5 million and $7 million.").amounts]
    again = [a.amount_id for a in extract("It paid $5 million and $7 million.").amounts]
    assert first == again and len(set(first)) == 2


def test_a_currency_noun_several_countries_share_is_the_one_of_the_article_s_country():
    assert amounts("Mexico will inject 12 billion pesos into its oil company.") == [("money", 12e9, "MXN")]
    assert amounts("Chile's copper miner borrowed 450 billion pesos.") == [("money", 450e9, "CLP")]
    assert amounts("Pakistan's refiner raised 30 billion rupees.") == [("money", 30e9, "PKR")]
    assert amounts("Kenya's power producer borrowed 15 billion shillings.") == [("money", 15e9, "KES")]


def test_a_shared_currency_noun_without_one_country_of_its_own_keeps_its_usual_reading():
    assert amounts("Canada and the United States will lend 250 million dollars.") == [("money", 250e6, "USD")]
    assert amounts("The fund will invest 40 million dollars.") == [("money", 40e6, "USD")]
    # the US dollar is the dollar of trade news, whatever the story's country
    assert amounts("Ottawa said Canada will buy 250 million dollars of uranium.") == [("money", 250e6, "USD")]
    assert amounts("Chile and Mexico traded 450 billion pesos of goods.") == []
    assert amounts("Brazil's miner sold 3 real estate units.") == []  # "real" is an English word too


def test_a_hyphen_may_join_a_number_and_its_scale_word():
    assert amounts("It agreed a US$2.1-billion loan for a 1.5-million-tonne plant.") == [
        ("money", 2.1e9, "USD"), ("quantity", 1.5e6, "t")]


def test_a_one_letter_currency_symbol_needs_a_scale_word():
    assert amounts("The refiner paid N500 billion and R2.5 billion.") == [
        ("money", 500e9, "NGN"), ("money", 2.5e9, "ZAR")]
    assert amounts("Workers wore N95 masks on Route N7.") == []


def test_lakh_crore_is_a_trillion_and_the_cedi_has_its_cent_sign():
    assert amounts("It plans ₹1.5 lakh crore of spending and GH¢2 billion of bonds.") == [
        ("money", 1.5e12, "INR"), ("money", 2e9, "GHS")]


def test_pounds_of_a_substance_are_a_weight_where_the_pound_is_a_local_currency():
    assert amounts("Egypt imports uranium. Cameco sold 3 million pounds of uranium oxide.") == [
        ("quantity", 1360.77711, "t")]


def test_a_hyphenated_scale_reads_the_same_after_between():
    expected = [("money", 1.5e9, "USD"), ("money", 2e9, "USD")]
    assert amounts("It will cost 1.5-billion to 2-billion dollars.") == expected
    assert amounts("It will cost between 1.5-billion and 2-billion dollars.") == expected


def test_translated_stories_write_decimal_commas_and_thousands_dots():
    found = amounts("The miner secured €3,4 billion and €87,5 million; its shares rose 8,5 percent to €4,15.")
    assert found == [("money", 3.4e9, "EUR"), ("money", 87.5e6, "EUR"), ("percent", 8.5, "percent"),
                     ("money", 4.15, "EUR")]
    assert amounts("The smelter will cast 1.250.000 tonnes, or 1.250,5 kt, of zinc.") == [
        ("quantity", 1.25e6, "t"), ("quantity", 1.2505e6, "t")]


def test_a_single_thousands_dot_needs_decimal_commas_elsewhere_in_the_article():
    assert amounts("The refinery will produce 36.000 tonnes, and costs rose 2,5 percent.") == [
        ("quantity", 36000, "t"), ("percent", 2.5, "percent")]
    assert amounts("The refinery will produce 36.000 tonnes and raised $1.250 billion.") == [
        ("quantity", 36, "t"), ("money", 1.25e9, "USD")]


def test_a_dot_before_three_digits_and_a_scale_word_is_a_decimal_point_in_any_notation():
    assert amounts("Costs rose 2,5% while output reached 1.250 million tonnes.") == [
        ("percent", 2.5, "percent"), ("quantity", 1.25e6, "t")]


def test_a_comma_before_three_digits_stays_a_thousands_comma():
    assert amounts("It shipped 3,250 tonnes for $2,125 million; in 2024,15 tonnes more.") == [
        ("quantity", 3250, "t"), ("money", 2125e6, "USD")]


def test_a_one_letter_symbol_without_scale_counts_in_an_article_on_its_country():
    assert amounts("In South Africa, Sibanye shares rose 3% to R41.20 and diesel cost R1,150 a drum.") == [
        ("percent", 3, "percent"), ("money", 41.2, "ZAR"), ("money", 1150, "ZAR")]
    assert amounts("Nigeria's marketers sold petrol at N940 per litre.") == [("money", 940, "NGN")]
    assert amounts("Shares rose 3% to R41.20.") == [("percent", 3, "percent")]
    assert amounts("In South Africa, the R5 coin and the N2 highway.") == []
    assert amounts("In South Africa, trucks use the R555 road and the N12 highway.") == []


def test_currencies_of_east_africa_central_asia_and_the_andes():
    assert amounts("It borrowed TZS 1.2 trillion, UGX 300 billion, UZS 4 trillion, S/ 2.1 billion and "
                   "650 billion Central African CFA francs.") == [
        ("money", 1.2e12, "TZS"), ("money", 300e9, "UGX"), ("money", 4e12, "UZS"), ("money", 2.1e9, "PEN"),
        ("money", 650e9, "XAF")]


def test_bare_shillings_are_the_currency_of_the_one_shilling_country_named():
    assert amounts("Uganda will spend 90 billion shillings on the railway.") == [("money", 90e9, "UGX")]
    assert amounts("Uganda and Tanzania will spend 90 billion shillings on the railway.") == []


def test_cents_and_pence_are_hundredths_of_a_dollar_and_a_pound():
    assert amounts("Brent rose 37 cents, or 0.5 per cent, and corn gained 4.25 cents a bushel.") == [
        ("money", 0.37, "USD"), ("percent", 0.5, "percent"), ("money", 0.0425, "USD")]
    assert amounts("The miner's shares closed at 182 pence.") == [("money", 1.82, "GBP")]


def test_cents_in_an_article_on_one_other_dollar_country_are_its_cents():
    assert amounts("BHP shares rose 45 cents in Sydney, Australia.") == [("money", 0.45, "AUD")]
    assert amounts("Australian and U.S. wheat rose 45 cents.") == [("money", 0.45, "USD")]


def test_cents_soon_after_an_amount_in_another_dollar_are_that_dollars_cents():
    assert amounts("Pellmore Lithium raised A$20 million from investors in Australia and the United States at "
                   "35 cents a share.") == [("money", 20e6, "AUD"), ("money", 0.35, "AUD")]
    # an amount in US dollars between takes them back
    assert amounts("Pellmore Lithium raised A$20 million from investors in Australia and the United States. Brent "
                   "traded at $80 a barrel, up 48 cents.") == [
        ("money", 20e6, "AUD"), ("money", 80.0, "USD"), ("money", 0.48, "USD")]


def test_cents_after_another_dollar_stay_in_its_sentence_and_a_bracketed_conversion_takes_nothing_back():
    assert amounts("Quorvane Minerals raised A$90 million in a placement. The euro rose 20 cents in trading.") == [
        ("money", 90e6, "AUD"), ("money", 0.2, "USD")]
    # a share's price is in the currency of the listing the amount before tells, in the sentences after too
    assert amounts("Quorvane Minerals raised A$90 million in a placement. The issue price is a discount to its last "
                   "close of 48 cents.") == [("money", 90e6, "AUD"), ("money", 0.48, "AUD")]
    assert amounts("Quorvane Minerals raised A$30 million ($19.5 million) at 41 cents a share.") == [
        ("money", 30e6, "AUD"), ("money", 19.5e6, "USD"), ("money", 0.41, "AUD")]



def test_an_abbreviations_full_stop_ends_no_sentence_between_another_dollar_and_its_cents():
    assert amounts("Quorvane raised A$90 million from U.S. and Asian funds at 41 cents, a 10% discount.") == [
        ("money", 90e6, "AUD"), ("money", 0.41, "AUD"), ("percent", 10.0, "percent")]
    assert amounts("Quorvane placed A$30 million of stock with Tessaro Corp. at 42 cents.") == [
        ("money", 30e6, "AUD"), ("money", 0.42, "AUD")]

def test_a_commodity_move_or_price_in_cents_is_in_us_cents_whatever_dollar_came_before():
    assert amounts("Quorvane raised A$90 million, while Brent crude fell 52 cents in London.") == [
        ("money", 90e6, "AUD"), ("money", 0.52, "USD")]
    assert amounts("Quorvane raised A$90 million, and its zorbite output rose 3 cents a pound.") == [
        ("money", 90e6, "AUD"), ("money", 0.03, "USD")]
    assert amounts("Quorvane raised A$90 million, and the zorbite index slid 52 cents to $71.20.") == [
        ("money", 90e6, "AUD"), ("money", 0.52, "USD"), ("money", 71.2, "USD")]
    assert amounts("Wheat rose 45 cents. Canada's Quorvane said it spent C$1 billion.") == [
        ("money", 0.45, "USD"), ("money", 1e9, "CAD")]


def test_the_guyanese_dollar_sign():
    assert amounts("The government will draw G$200 billion and GY$5 million from the fund.") == [
        ("money", 200e9, "GYD"), ("money", 5e6, "GYD")]


def test_a_currency_code_before_a_short_number_is_a_label():
    assert amounts("Delegates at COP29 and COP 30 discussed a fund of USD 300 billion.") == [
        ("money", 300e9, "USD")]
    assert amounts("The bank lent EUR750m and CHF 95.5 million.") == [
        ("money", 750e6, "EUR"), ("money", 95.5e6, "CHF")]


def test_a_currency_code_before_a_short_price_per_unit_is_money():
    assert amounts("It set a floor price of USD 85 per barrel; fees rose to EUR 12/t and USD9 a tonne.") == [
        ("money", 85, "USD"), ("money", 12, "EUR"), ("money", 9, "USD")]


def test_a_symbol_several_currencies_share_is_the_one_of_the_country_named():
    assert amounts("Tanzania's treasury will borrow Sh3.1 trillion.") == [("money", 3.1e12, "TZS")]
    assert amounts("Pakistan approved Rs450 billion for the copper mine.") == [("money", 450e9, "PKR")]
    assert amounts("The lender raised Sh8 billion and Rs 900 crore.") == [
        ("money", 8e9, "KES"), ("money", 9e9, "INR")]


def test_australian_press_writes_the_dollar_sign_before_the_country():
    assert amounts("The miner raised $US1.4 billion, $A2.1bn and $NZ300m.") == [
        ("money", 1.4e9, "USD"), ("money", 2.1e9, "AUD"), ("money", 300e6, "NZD")]


def test_scale_letters_before_a_unit_and_industry_unit_spellings():
    assert amounts("Reserves of 400m tonnes and 250k ounces; a 2m-tonne plant; the pit is 300m deep.") == [
        ("quantity", 400e6, "t"), ("quantity", 250e3, "oz"), ("quantity", 2e6, "t")]
    assert amounts("A 3.6 MMTPA train, 15 MMT of corn, 40,000 bbl/d and a 120 MWac solar farm.") == [
        ("quantity", 3.6e6, "t"), ("quantity", 15e6, "t"), ("quantity", 40000, "bbl"),
        ("quantity", 120e6, "W")]


def test_percent_as_british_and_canadian_papers_write_it():
    assert amounts("It holds a 12pc stake and a 7-per-cent royalty.") == [
        ("percent", 12, "percent"), ("percent", 7, "percent")]
    assert amounts("It sold 300 PCs.") == []


def test_rmb_after_the_number_is_the_yuan():
    assert amounts("The smelter will cost 8.5 billion RMB.") == [("money", 8.5e9, "CNY")]


def test_the_articles_country_settles_a_dinar_or_a_kwacha():
    assert amounts("The Amman-based miner, Jordan's largest, earned 474 million dinars.") == [
        ("money", 474e6, "JOD")]
    assert amounts("Malawi's treasury raised 5 billion kwacha.") == [("money", 5e9, "MWK")]
    assert amounts("The Zambian mine paid 5 billion kwacha.") == [("money", 5e9, "ZMW")]


def test_currencies_of_smaller_economies_by_name():
    assert amounts("It cost 300 million Georgian lari and 20 billion Bangladeshi taka.") == [
        ("money", 300e6, "GEL"), ("money", 20e9, "BDT")]


def test_gulf_press_writes_the_riyal_and_the_dinar_with_letters():
    assert amounts("Aramco will spend SR3.75 billion and QatarEnergy QR5bn; the fund holds KD1 billion.") == [
        ("money", 3.75e9, "SAR"), ("money", 5e9, "QAR"), ("money", 1e9, "KWD")]


def test_a_small_number_spelled_out_before_a_mass_unit():
    assert amounts("The junta will release about three tonnes of gold and five ounces of platinum.") == [
        ("quantity", 3, "t"), ("quantity", 5, "oz")]
    assert amounts("Gold traded at $3,300 an ounce.") == [("money", 3300, "USD")]



def test_two_capitals_before_a_number_are_a_currency_only_with_a_scale_or_the_country():
    assert amounts("State Route SR 99 was closed; scan the QR2 code; the KD4 block and JD2 tractor.") == []
    assert amounts("Malaysia's Petronas paid RM450 for the permit and RM1.2 billion for the plant.") == [
        ("money", 450, "MYR"), ("money", 1.2e9, "MYR")]


def test_the_last_word_of_a_longer_spelled_number_is_no_number_of_its_own():
    assert amounts("The mine shipped one hundred and twelve tonnes of ore.") == []


def test_spelled_numbers_up_to_ninety_nine_before_a_unit_or_a_scale():
    assert amounts("The smelter poured forty-two tonnes of tin and sixteen tonnes of silver.") == [
        ("quantity", 42, "t"), ("quantity", 16, "t")]
    assert amounts("The field holds seventy-five million barrels.") == [("quantity", 75e6, "bbl")]


def test_a_bare_dollar_stays_the_us_dollar_beside_a_local_dollar_as_wire_copy_writes_them():
    assert amounts("Australia's Woodside booked an A$3.3 billion profit; the Scarborough project will cost $12.5 "
                   "billion, and it bid A$3.1 billion ($2 billion) for a rival.") == [
        ("money", 3.3e9, "AUD"), ("money", 12.5e9, "USD"), ("money", 3.1e9, "AUD"), ("money", 2e9, "USD")]


def test_thousands_spaces_of_south_african_and_si_house_styles():
    assert amounts("The mine will produce 60 000 tonnes of chrome and 250 000 oz of gold.") == [
        ("quantity", 60000, "t"), ("quantity", 250000, "oz")]
    assert amounts("Unit 2 150 MW was restarted.") == [("quantity", 150e6, "W")]


def test_fractions_of_a_scale_word():
    assert amounts("It ships a quarter of a million tonnes and three-quarters of a million ounces.") == [
        ("quantity", 250e3, "t"), ("quantity", 750e3, "oz")]
    assert amounts("Output of two and a half million barrels from a half-million tonne plant.") == [
        ("quantity", 2.5e6, "bbl"), ("quantity", 0.5e6, "t")]


def test_a_money_range_between_two_symbols_takes_the_scale_of_its_second_end():
    assert amounts("The stake is valued at between $4 and $6 billion.") == [("money", 4e9, "USD"), ("money", 6e9, "USD")]


def test_gulf_and_african_papers_may_space_letters_and_number():
    assert amounts("The fund holds KD 150 million; Muscat approved RO 45 million and Manama BD 12m.") == [
        ("money", 150e6, "KWD"), ("money", 45e6, "OMR"), ("money", 12e6, "BHD")]
    assert amounts("Dhaka set aside Tk 1,200 crore and Manila P3.5 billion for the grid.") == [
        ("money", 12e9, "BDT"), ("money", 3.5e9, "PHP")]


def test_malaysian_philippine_and_american_finance_scale_abbreviations():
    assert amounts("Petronas set aside RM2.5bil and RM500mil; the fund raised $750MM.") == [
        ("money", 2.5e9, "MYR"), ("money", 500e6, "MYR"), ("money", 750e6, "USD")]


def test_letter_symbols_of_north_and_southern_african_currencies():
    assert amounts("Zambia's ZCCM will borrow K2.5 billion.") == [("money", 2.5e9, "ZMW")]
    assert amounts("Morocco's OCP will invest Dh 13 billion; Egypt LE 4 billion and Algeria DA 20 billion.") == [
        ("money", 13e9, "MAD"), ("money", 4e9, "EGP"), ("money", 20e9, "DZD")]


def test_a_long_run_of_space_separated_digit_groups_is_no_number_and_is_read_in_linear_time():
    # Each group of the run once began a reading of the whole rest of the run: quadratic, seconds at this size.
    assert amounts("12 " + "345 " * 12000 + "were listed.") == []
    assert amounts("1" + "\u00a0345" * 12000 + ", it said.") == []
    # A figure of four groups at most is still one number.
    assert amounts("Reserves stand at 12 500 000 000 tonnes.") == [("quantity", 12.5e9, "t")]


def test_two_plain_space_groups_after_one_digit_are_one_number():
    assert amounts("The mine will produce 1 250 000 tonnes and 2\u00a0500\u00a0000 ounces.") == [
        ("quantity", 1.25e6, "t"), ("quantity", 2.5e6, "oz")]


def test_a_count_before_the_number_of_a_unit_adjective_or_a_quantity_is_no_thousands_group():
    assert amounts("The smelter ordered 20 300-MW boilers.") == [("quantity", 300e6, "W")]
    assert amounts("The miner bought 12 150-tonne haul trucks.") == [("quantity", 150, "t")]
    assert amounts("Of the 40 180 tonnes were shipped by rail.") == [("quantity", 180, "t")]
    # round figures with a plain space, and any figure with a no-break space, stay thousands
    assert amounts("The pit yielded 300 000 oz, 12 500 tonnes and 40\u00a0180 tonnes.") == [
        ("quantity", 300e3, "oz"), ("quantity", 12500, "t"), ("quantity", 40180, "t")]


def test_mil_is_a_million_only_glued_after_the_ringgit_or_the_peso_sign_else_the_spanish_thousand():
    assert amounts("A Vale investiu R$ 800 mil na escola.") == [("money", 800e3, "BRL")]
    assert amounts("La minera invertirá US$ 600 mil en la planta.") == [("money", 600e3, "USD")]
    assert amounts("El grupo invirtió US$ 4 mil millones y R$ 2 mil milhões.") == [
        ("money", 4e9, "USD"), ("money", 2e9, "BRL")]
    assert amounts("Petronas set aside RM2.5bil and RM500mil; Manila P700mil.") == [
        ("money", 2.5e9, "MYR"), ("money", 500e6, "MYR"), ("money", 700e6, "PHP")]


def test_a_spaced_one_letter_symbol_after_a_capitalised_word_or_before_a_unit_is_a_label():
    assert amounts("Block K 3 billion barrels of oil lie under the lake.") == [("quantity", 3e9, "bbl")]
    assert amounts("The auditors cited Schedule K 2 million times.") == []
    assert amounts("Eskom will borrow R 5bn and Kuwait's KIA KD 150 million.") == [
        ("money", 5e9, "ZAR"), ("money", 150e6, "KWD")]


def test_a_title_case_headline_s_scale_word_scales_the_money():
    assert amounts("Miner Secures US$996 Million Loan, Buys Stake For A$2 Bn, Raises $3 BILLION") == [
        ("money", 996e6, "USD"), ("money", 2e9, "AUD"), ("money", 3e9, "USD")]
