"""Deals: what counts as a deal reported as made, who its parties are, and how repeats collapse."""

import pytest
from extract_helpers import deal_parties, extract


def test_countries_that_sign_an_agreement_are_its_parties():
    assert deal_parties("Canberra and Tokyo signed a gallium supply pact on Friday.") == [{"AU", "JP"}]


def test_an_acquisition_carries_its_value_and_type():
    deal = extract("Glencore agreed to buy Teck Resources for $9 billion.").deals[0]
    assert ({p.entity_ref for p in deal.parties}, deal.value, deal.currency, deal.deal_type) == (
        {"Glencore", "Teck Resources"}, 9e9, "USD", "acquisition")


def test_a_hedged_deal_is_not_reported_as_made():
    assert deal_parties("Glencore is in talks to acquire Teck Resources, people familiar said.") == []
    assert deal_parties("BHP could buy Anglo American next year.") == []
    assert deal_parties("Vale has not signed any agreement with Codelco.") == []


def test_a_hedge_carries_over_to_a_verb_joined_to_the_hedged_one_by_and():
    assert deal_parties("Korvel Energy's $1.2 billion fund is designed to buy and stockpile thermal and coking "
                        "coal and sell it to Talbrin Power.") == []
    # with no hedge, or with a finite verb of its own after "and", the second verb reports a deal
    assert deal_parties("Korvel Energy's $1.2 billion fund will buy and stockpile thermal and coking coal and "
                        "sell it to Talbrin Power.") == [{"Korvel Energy", "Talbrin Power"}]
    assert deal_parties("Korvel Energy said it would buy coal and sell it to Talbrin Power for $40 million.") == [
        {"Korvel Energy", "Talbrin Power"}]


def test_a_noun_that_looks_like_a_deal_verb_is_no_verb():
    assert deal_parties("Korvel Energy's $1.2 billion fund aims to stockpile coal and protect Talbrin Power "
                        "during supply disruptions.") == []
    assert deal_parties("Korvel Energy's $1.2 billion fund will buy coal during supply disruptions from Talbrin "
                        "Power.") == [{"Korvel Energy", "Talbrin Power"}]
    assert deal_parties("Korvel Energy agreed to supply coal to Talbrin Power for $40 million.") == [
        {"Korvel Energy", "Talbrin Power"}]


def test_supply_after_an_adjective_of_amount_is_the_noun():
    assert deal_parties("Spot LNG prices were near $11.20 per million British thermal units this week, down 20% from a "
                        "year earlier as new supply from the United States and Qatar came online.") == []
    assert deal_parties("Korvel Energy will supply more LNG to Japan from 2027 under a $2 billion contract.") == [
        {"Korvel Energy", "JP"}]


def test_a_venture_formed_is_a_deal_even_by_its_definite_name():
    assert deal_parties("Korvel Energy and Talbrin Power formed the marketing venture last year, giving the state "
                        "company a share of sales.") == [{"Korvel Energy", "Talbrin Power"}]
    assert deal_parties("Korvel Energy formed the venture's board with Talbrin Power.") == []
    assert deal_parties("The relationship began last year, when Korvel Energy and Talbrin Power set up a joint "
                        "marketing company to sell cobalt.") == [{"Korvel Energy", "Talbrin Power"}]


def test_a_deal_told_in_a_relative_clause_of_a_noun_is_background():
    assert deal_parties("Korvel Energy has since kept the coal mines it acquired from Talbrin Power, having "
                        "dropped a plan to spin them off.") == []
    assert deal_parties("Korvel Energy said it acquired Talbrin Power for $300 million.") == [
        {"Korvel Energy", "Talbrin Power"}]
    assert deal_parties("Korvel Energy sold the stake it bought from Talbrin Power to Varnock Gas for $300 "
                        "million.") != []


def test_reported_intent_is_news_not_a_hedge():
    assert deal_parties("BHP said on Monday it would acquire Lundin Mining for $4 billion.") == [
        {"BHP", "Lundin Mining"}]


def test_the_course_not_taken_after_rather_than_is_no_deal():
    assert deal_parties("Cobalt sulphate CIF Japan and Korea was assessed at $9.10 per kg, as Korean and Japanese "
                        "cathode makers drew on contract volumes rather than buy spot.") == []
    assert deal_parties("Korvel Metals will lease the plant instead of buying it from Talbrin Mining.") == []
    # the deal of a main clause after an opening "Instead of ..." is still made
    assert deal_parties("Instead of building a mine, Korvel Metals bought Talbrin Mining for $3 billion.") == [
        {"Korvel Metals", "Talbrin Mining"}]


def test_a_merger_two_subjects_share_is_a_deal_between_them_not_with_the_company_it_forms():
    assert deal_parties("Korvel Mining and Talbrin Lithium completed their merger last year to form Varnock "
                        "Lithium.") == [{"Korvel Mining", "Talbrin Lithium"}]
    # their talks, or other work they share, are no deal
    assert deal_parties("Korvel Mining and Talbrin Lithium completed their merger talks last year.") == []
    assert deal_parties("Korvel Mining and Talbrin Lithium completed their drilling campaigns last year.") == []
    # a venture shut, or work that follows a deal, is no deal; nor is a third side's review of it
    assert deal_parties("Korvel Mining and Talbrin Resources closed their joint venture in 2023 after years of "
                        "losses.") == []
    assert deal_parties("Korvel Mining and Talbrin Resources completed their joint venture's first shipment of "
                        "copper to China.") == []
    assert deal_parties("Korvel Mining and Talbrin Resources completed their merger integration last year.") == []
    assert deal_parties("Regulators in Chile completed their merger review of Korvel Mining and Talbrin "
                        "Resources.") == []
    # the venture formed, told with its noun last, is still their deal
    assert deal_parties("Korvel Mining and Talbrin Resources completed their joint venture in 2023.") == [
        {"Korvel Mining", "Talbrin Resources"}]


def test_its_deal_after_while_is_the_deal_of_that_clause_subject():
    assert deal_parties("Korvel Mining and Talbrin Lithium completed their merger last year, while Greystone Metals "
                        "now controls the Kestrel mine through its takeover of Arlen Resources.") == [
        {"Korvel Mining", "Talbrin Lithium"}, {"Greystone Metals", "Arlen Resources"}]
    # without a contrast, "its" still means the sentence's subject
    assert deal_parties("Greystone Metals, which owns mines in Chile, now controls the Kestrel mine through its "
                        "takeover of Arlen Resources.") == [{"Greystone Metals", "Arlen Resources"}]


def test_a_deal_that_fell_apart_is_not_a_deal():
    assert deal_parties("The deal between Glencore and Teck Resources collapsed after Teck signed elsewhere.") == []


def test_going_on_about_a_reported_deal_is_not_a_new_deal():
    body = ("Chile and Japan signed a copper supply agreement on Monday. "
            "The agreement still has to be ratified by Chile's congress and Japan's Diet.")
    assert deal_parties(body) == [{"CL", "JP"}]


def test_a_running_total_is_not_a_deal():
    assert deal_parties("Chinese firms have invested $30 billion in Indonesian smelters since 2020.") == []


def test_a_nationality_that_describes_a_company_is_not_a_party():
    assert deal_parties("Korean shipbuilder Hanwha Ocean bought Austal for $1 billion.") == [{"Hanwha Ocean", "Austal"}]


def test_the_site_of_a_plant_is_not_a_party():
    assert deal_parties("MP Materials signed a deal with Maaden to build a refinery in Saudi Arabia.") == [
        {"MP Materials", "Maaden"}]


def test_an_offtake_with_two_buyers_is_one_deal_per_buyer():
    parties = deal_parties("Syrah Resources signed offtake agreements with Tesla and with Panasonic.")
    assert parties == [{"Syrah Resources", "Tesla"}, {"Syrah Resources", "Panasonic"}]


def test_a_government_body_stands_for_its_country():
    assert deal_parties("The Pentagon agreed to lend MP Materials $150 million.") == [{"US", "MP Materials"}]


def test_the_company_stands_for_the_protagonist():
    body = "Lynas Rare Earths reported results. Japan's JOGMEC agreed to invest $100 million in the company."
    assert deal_parties(body, title="Lynas Rare Earths wins Japanese funding") == [{"JP", "Lynas Rare Earths"}]


def test_the_headline_restating_the_body_is_one_deal():
    found = extract("Rio Tinto completed its $6.7 billion purchase of Arcadium Lithium on Thursday.",
                    title="Rio Tinto closes $6.7bn Arcadium Lithium takeover")
    assert [{p.entity_ref for p in d.parties} for d in found.deals] == [{"Rio Tinto", "Arcadium Lithium"}]


def test_one_party_is_not_a_deal():
    assert deal_parties("Albemarle approved a $1.3 billion expansion of its plant.") == []


def test_duration_and_start_year_are_read():
    deal = extract("QatarEnergy agreed to supply Sinopec with 4 million tonnes per annum of LNG for 27 years "
                   "starting in 2026.").deals[0]
    assert (deal.duration_years, deal.start_year, deal.quantity, deal.quantity_unit) == (27, 2026, 4e6, "t")


def test_deal_ids_are_stable():
    body = "Canberra and Tokyo signed a gallium supply pact on Friday."
    assert [d.deal_id for d in extract(body).deals] == [d.deal_id for d in extract(body).deals]


def test_agreeing_to_talk_is_not_a_deal():
    assert deal_parties("Canada and Australia agreed to hold formal talks on a minerals alliance.") == []
    assert deal_parties("Japan and India agreed to explore joint stockpiles of rare earths.") == []


def test_a_share_of_a_countrys_trade_is_a_statistic_not_a_deal():
    assert deal_parties("China bought about 40% of Chile's copper exports last year.") == []
    assert deal_parties("Japan buys more than half of Australia's coal exports.") == []
    assert deal_parties("Glencore agreed to buy 30% of Teck Resources' coal unit for $2 billion.") == [
        {"Glencore", "Teck Resources"}]


def test_a_countrys_imports_or_exports_over_a_period_are_a_statistic_not_a_deal():
    assert deal_parties("Vietnam imported solar wafers worth about $1.9 billion in 2024, nearly 80% of them "
                        "from China.") == []
    assert deal_parties("Peru exported zinc worth $2.6 billion last year, with China and Korea the top buyers.") == []
    assert deal_parties("Indonesia exports nickel matte worth $5 billion a year, mostly to China.") == []
    assert deal_parties("Vietnam will import LNG worth $1 billion a year from Qatar from 2027.") == [
        {"VN", "QA"}]


def test_paying_for_a_stake_or_subscribing_for_shares_is_a_deal():
    assert deal_parties("Nippon Steel will pay $500 million for a 20% stake in Teck Resources.") == [
        {"Nippon Steel", "Teck Resources"}]
    assert deal_parties("Albemarle will also subscribe for A$45 million of new Pilbara Minerals shares.") == [
        {"Albemarle", "Pilbara Minerals"}]


def test_paying_royalties_or_taxes_is_no_deal():
    assert deal_parties("Glencore paid $50 million in royalties to Zambia last year.") == []


def test_a_deal_noun_as_the_bare_object_of_a_weaker_verb_names_a_new_deal():
    assert deal_parties("Albemarle secured offtake rights from Pilbara Minerals for ten years.") == [
        {"Albemarle", "Pilbara Minerals"}]
    assert deal_parties("Albemarle received the loan from Pilbara Minerals in March.") == []


def test_a_development_bank_that_lends_is_a_party():
    assert deal_parties("Lithium Americas signed a $500 million loan agreement with the European Investment Bank.") == [
        {"Lithium Americas", "European Investment Bank"}]


def test_a_country_on_the_route_is_not_a_party():
    assert deal_parties("Kazakhstan signed a uranium supply deal with France, with shipments routed through Russia.") == [
        {"KZ", "FR"}]
    # a place the goods come from outside of is no party either
    assert deal_parties("Korvel Energy has secured a $465 million loan from Japan, underlining Tokyo's interest in "
                        "supplies outside China.") == [{"Korvel Energy", "JP"}]


def test_the_named_places_where_goods_leave_or_arrive_are_no_parties():
    assert deal_parties("Gas exports from Norway's Troll field through the pipeline to Germany's Wilhelmshaven "
                        "terminal resumed, after Korvel Energy and Greystone Lithium reached an interim "
                        "agreement.") == [{"Korvel Energy", "Greystone Lithium"}]
    # a company after the country's possessive is its nationality; a bare country after "to" is a buyer
    assert deal_parties("Korvel Energy sold a 10% stake to Turkey's Varnock Holdings for $200 million.") == [
        {"Korvel Energy", "Varnock"}]
    assert deal_parties("Korvel Energy signed a deal to supply gas to Germany.") == [{"Korvel Energy", "DE"}]


def test_a_nationality_of_companies_then_named_is_not_a_party():
    assert deal_parties("The rest will be raised through loans arranged with Japanese lenders led by Varnock Bank "
                        "Ltd.") == []
    # lenders of that country beside a named one, or none named: the country stands for them
    assert deal_parties("The rest will be raised through loans arranged with Japanese lenders and Varnock Bank "
                        "Ltd.") == [{"JP", "Varnock Bank"}]
    assert deal_parties("Korvel Energy signed a $300 million loan with Japanese lenders.") == [{"Korvel Energy", "JP"}]


def test_a_plural_nationality_before_named_partners_is_not_a_party():
    assert deal_parties("Its Korean partners Korvel Energy and Talbrin Power have signed cooperation agreements "
                        "with Varnock Gas.") == [{"Korvel Energy", "Talbrin Power", "Varnock Gas"}]


def test_a_sentence_may_open_with_a_central_european_capital():
    from newsetl.extract.text import build_document, split_sentences
    sentences = split_sentences(build_document("Title", None, "Korvel Energy signed a deal with Talbrin Power. "
                                                              "Čapek Holdings shares rose 2% in Prague."))
    assert [s.text for s in sentences if s.section == "body"] == [
        "Korvel Energy signed a deal with Talbrin Power.", "Čapek Holdings shares rose 2% in Prague."]


def test_a_second_reported_clause_is_a_clause_of_its_own():
    assert deal_parties("Korvel Energy said Talbrin Power Ltd had been awarded the engineering and construction "
                        "contract, and that Varnock Gas would license the technology.") == [
        {"Korvel Energy", "Talbrin Power"}]


def test_where_the_goods_were_produced_is_not_a_party():
    assert deal_parties("Korvel Energy has signed two 10-year agreements to buy liquefied natural gas produced "
                        "in the United States.") == []
    assert deal_parties("Korvel Energy has signed two 10-year agreements to buy liquefied natural gas from the "
                        "United States.") == [{"Korvel Energy", "US"}]


def test_the_market_of_a_listing_is_not_a_party():
    assert deal_parties("Korvel Gold raised $3.2 billion in its Hong Kong initial public offering.") == [
        {"Korvel Gold"}]
    assert deal_parties("Korvel Gold raised $3.2 billion from Singapore's sovereign wealth fund.") == [
        {"Korvel Gold", "SG"}]


def test_a_nationality_that_places_an_asset_is_not_a_party():
    assert deal_parties("Glencore buys 30% of Canadian nickel project from Vale for $1 billion.") == [
        {"Glencore", "Vale"}]


def test_a_nationality_before_a_maker_describes_the_company():
    assert deal_parties("Japanese steelmaker Nippon Steel agreed to buy U.S. Steel for $14 billion.") == [
        {"Nippon Steel", "U.S. Steel"}]


def test_a_clause_that_opens_with_its_verb_shares_the_subject():
    parties = deal_parties("Vale signed a $1 billion loan agreement with the European Investment Bank, "
                           "and has agreed a ten-year supply contract with Tesla, the companies said.")
    assert parties == [{"Vale", "European Investment Bank"}, {"Vale", "Tesla"}]


def test_a_deal_the_subject_made_a_day_before_is_a_deal_of_its_own():
    deals = extract("Trafigura agreed to sell its stake in a copper smelter to Nyrstar for $300 million, a day "
                    "after it signed a nickel offtake agreement worth $80 million with Eramet.").deals
    assert [({p.entity_ref for p in d.parties}, d.value) for d in deals] == [
        ({"Trafigura", "Nyrstar"}, 300e6), ({"Trafigura", "Eramet"}, 80e6)]


def test_a_semicolon_between_tickers_does_not_split_the_sentence():
    assert deal_parties("Halvard Lithium Inc. (Nasdaq: HLV; ASX: HLV) today announced that the Company has "
                        "entered into an offtake agreement with Posco Future M.") == [{"Halvard Lithium", "POSCO Future M"}]


def test_between_companies_a_country_after_the_verb_is_no_party_but_a_subject_country_is():
    assert deal_parties("Glencore agreed to sell its zinc smelter to Teck Resources, the largest producer in "
                        "Canada, for $300 million.") == [{"Glencore", "Teck Resources"}]
    assert deal_parties("Canada signed offtake deals with Glencore and with Teck Resources.") == [
        {"CA", "Glencore"}, {"CA", "Teck Resources"}]


def test_each_with_opens_its_own_buyer():
    body = ("Japan signed offtake arrangements with Glencore for cobalt from its Congo mines, "
            "and with Vale for nickel from its plant in Canada.")
    assert deal_parties(body) == [{"JP", "Glencore"}, {"JP", "Vale"}]


def test_a_headline_deal_between_nationalities_restates_the_deal_of_their_companies():
    body = "Nippon Steel and Teck Resources agreed to form a joint venture to build a coking coal terminal."
    assert deal_parties(body, title="Japanese and Canadian steel groups agree $2 billion coal venture") == [
        {"Nippon Steel", "Teck Resources"}]


def test_a_dateline_city_is_no_deal_party():
    assert deal_parties("LONDON, Nov 3 (Reuters) - Glencore agreed to buy Teck Resources for $9 billion.") == [
        {"Glencore", "Teck Resources"}]


def test_a_closing_share_price_is_no_deal_and_no_deal_value():
    found = extract("Holders will receive 0.8 Glencore shares for each Teck share, a premium of 20% to the "
                    "closing price of C$50.10. Glencore will also pay a special dividend to its shareholders.")
    assert found.deals == []


def test_an_offtake_of_all_output_is_with_the_article_company():
    body = ("Jervois Global secured a $300 million loan from Standard Bank for its Idaho cobalt mine. "
            "Trafigura signed a five-year offtake for all cobalt hydroxide output.")
    assert {"Jervois Global", "Trafigura"} in deal_parties(body)


def test_a_loan_under_an_agreement_is_a_deal_of_its_own():
    body = ("Cameco signed a uranium supply agreement with Kazatomprom. As part of the agreement, Cameco will "
            "lend Kazatomprom US$150 million to develop a new wellfield.")
    deals = extract(body).deals
    assert [(d.deal_type, d.value) for d in deals] == [("supply", None), ("loan", 150e6)]


def test_selling_reaching_a_deal_prepaying_and_building_with_money_are_deals():
    assert deal_parties("Woodside Energy sold a 40% interest in its Gulf terminal to Stonepeak for $5.7 billion.") == [
        {"Woodside Energy", "Stonepeak"}]
    assert deal_parties("ExxonMobil and Petrobras reached a deal to explore three offshore blocks.") == [
        {"ExxonMobil", "Petrobras"}]
    assert deal_parties("Trafigura prepaid $1 billion to KazMunayGas for crude cargoes.") == [
        {"Trafigura", "KazMunayGas"}]
    assert deal_parties("CATL will build a $1.5 billion battery factory in Spain with Stellantis.") == [
        {"CATL", "Stellantis"}]


def test_selling_goods_without_money_or_a_deal_is_no_deal():
    assert deal_parties("Rio Tinto sold 2 million tonnes of iron ore to Chinese mills last year.") == []


def test_a_state_owned_company_s_country_and_an_opening_place_are_no_parties():
    assert deal_parties("Egypt's state-owned EGAS has bought 12 LNG cargoes from Vitol for $400 million.") == [
        {"EGAS", "Vitol"}]
    assert deal_parties("In the United States, Tesla signed a four-year agreement to buy graphite from "
                        "Syrah Resources.") == [{"Tesla", "Syrah Resources"}]


def test_a_running_total_of_funding_is_no_deal_unless_a_deal_verb_reports_one():
    assert deal_parties("The UK government's £30 million grant takes funding for the Tyneside refinery of "
                        "Greystone Lithium to £410 million.") == []
    assert deal_parties("The UK government signed a £30 million grant with Greystone Lithium, bringing total "
                        "funding to £410 million.") == [{"GB", "Greystone Lithium"}]


def test_a_deal_noun_inside_a_lender_s_name_is_no_elaboration():
    assert deal_parties("The European Investment Bank granted a €500 million loan to Vulcan Energy Resources.") == [
        {"European Investment Bank", "Vulcan Energy Resources"}]


def deal_types(body: str, **kwargs) -> list[tuple[str, set[str]]]:
    return [(d.deal_type, {p.entity_ref for p in d.parties}) for d in extract(body, **kwargs).deals]


@pytest.mark.parametrize(("body", "deal_type", "parties"), [
    ("Arvo Metals and Kestrel Mining formed a joint venture to build a nickel plant.",
     "joint_venture", {"Arvo Metals", "Kestrel Mining"}),
    ("Arvo Metals secured a $200 million credit facility from Kestrel Capital Partners.",
     "loan", {"Arvo Metals", "Kestrel Capital Partners"}),
    ("Arvo Metals completed a $40 million private placement.", "capital_raise", {"Arvo Metals"}),
    # a commodity that names what the business bought does: the company, not the goods, is bought
    ("Glencore agreed to buy Teck Resources' coal unit for $9 billion.",
     "acquisition", {"Glencore", "Teck Resources"}),
    ("Arvo Metals agreed to sell its nickel business to Glencore for $90 million.",
     "acquisition", {"Arvo Metals", "Glencore"}),
    ("Kestrel Capital Partners bought a 19.9% stake in Arvo Metals for $20 million.",
     "equity_investment", {"Kestrel Capital Partners", "Arvo Metals"}),
], ids=["joint_venture", "credit_facility", "private_placement", "commodity_unit", "commodity_business",
        "minority_stake"])
def test_the_deal_words_of_a_sentence_give_its_deal_type(body: str, deal_type: str, parties: set[str]):
    assert deal_types(body) == [(deal_type, parties)]


def test_the_government_of_a_named_country_is_that_country():
    parties = deal_parties("The government of Chile and the government of Peru signed a copper research "
                           "partnership.", title="Philippines and US sign nickel deal")
    assert {"CL", "PE"} in parties and {"CL", "PE", "PH"} not in parties


def test_an_unnamed_company_of_a_nationality_stands_for_its_country():
    assert deal_parties("An Indian refiner signed a deal to buy crude from Petrobras.") == [{"IN", "Petrobras"}]
    assert deal_parties("A Chinese firm, Zijin Mining, agreed to buy Neo Lithium.") == [{"Zijin Mining", "Neo Lithium"}]


def test_what_an_aside_says_of_a_company_is_no_deal_and_adds_no_party():
    assert deal_parties("OCP, which also sells phosphate rock to India and Brazil, will hold a 51% stake.") == []
    assert deal_parties("Trafigura, which also buys copper from Glencore, will prepay $200 million to "
                        "Gecamines.") == [{"Trafigura", "Gécamines"}]
    assert deal_parties("Zijin Mining, which co-owns the mine, and Ivanhoe Mines signed a supply contract with "
                        "Glencore.") == [{"Zijin Mining", "Ivanhoe Mines", "Glencore"}]


def test_a_deal_reported_in_an_aside_is_that_of_its_antecedent():
    assert deal_parties("Arvo Metals said on Monday that Trafigura, which signed a $500 million prepayment deal "
                        "with Gecamines last year, expects more.") == [{"Trafigura", "Gécamines"}]


def test_the_month_may_is_no_hedge():
    assert deal_parties("LUSAKA, May 14 - Arvo Metals signed a $50 million offtake agreement with "
                        "Trafigura.") == [{"Arvo Metals", "Trafigura"}]
    assert deal_parties("Arvo Metals may sign an offtake agreement with Trafigura.") == []


def test_a_second_verb_of_the_same_subject_reports_a_second_deal():
    assert deal_types("Arvo Metals raised $75 million in a private placement and signed a supply agreement "
                      "with General Motors.") == [("capital_raise", {"Arvo Metals"}),
                                                  ("supply", {"Arvo Metals", "General Motors"})]


def test_a_sovereign_wealth_fund_deals_as_the_state_owned_company_it_is():
    assert deal_parties("The Minerals Income Investment Fund agreed to invest $30 million in Atlantic "
                        "Lithium.") == [{"Minerals Income Investment Fund", "Atlantic Lithium"}]


def test_a_lone_company_after_a_country_possessive_is_the_party_not_its_country():
    assert deal_parties("China's Shenhua signed a coal supply agreement with Glencore.") == [
        {"Shenhua", "Glencore"}]


def test_an_owner_in_an_apposition_is_no_party():
    assert deal_parties("Minera Centinela, a unit of Antofagasta, signed a power supply contract with "
                        "Engie.") == [{"Minera Centinela", "Engie"}]
    assert deal_parties("Zaldivar Mining, owned by Glencore, agreed a supply deal with Engie.") == [
        {"Zaldivar Mining", "Engie"}]


def test_what_the_subject_owns_in_an_apposition_is_no_party():
    assert deal_parties("Korvel Energy, the owner of Talbrin Power, will invest $400 million in Varnock Gas.") == [
        {"Korvel Energy", "Varnock Gas"}]
    assert deal_parties("Korvel Energy, the parent of Talbrin Power, signed a supply deal with Varnock Gas.") == [
        {"Korvel Energy", "Varnock Gas"}]
    # the partner's own apposition: its holding is no party either, the partner still is
    assert deal_parties("Korvel Energy signed a supply deal with Varnock Gas, the operator of Talbrin Power.") == [
        {"Korvel Energy", "Varnock Gas"}]


def test_orders_marketing_and_won_contracts_have_their_deal_types():
    assert deal_types("Qatar Airways signed an order for 160 jets with Boeing.") == [
        ("supply", {"Qatar Airways", "Boeing"})]
    assert deal_types("Trafigura signed an agreement to market cobalt from Gecamines.") == [
        ("offtake", {"Trafigura", "Gécamines"})]
    assert deal_types("Eskom awarded a contract to build a solar plant to ACWA Power.") == [
        ("agreement", {"Eskom", "ACWA Power"})]
    assert deal_types("Lifezone Metals secured $750 million of project finance from Standard Bank.") == [
        ("financing", {"Lifezone Metals", "Standard Bank"})]


def test_an_executive_order_is_no_deal():
    assert deal_parties("President Trump signed an executive order for Boeing and Lockheed Martin to "
                        "cooperate.") == []


def test_a_second_subject_with_its_own_verb_opens_a_second_clause():
    assert deal_types("Sojitz signed a rare earths deal with Lynas, and Korea's POSCO agreed to buy lithium "
                      "from Pilbara Minerals.") == [("agreement", {"Sojitz", "Lynas Rare Earths"}),
                                                   ("supply", {"POSCO", "Pilbara Minerals"})]


def test_deals_in_the_plural_with_named_companies_are_one_deal_each():
    assert deal_parties("YLB signed contracts worth $1.4 billion with Uranium One and Hanwa Metals to build "
                        "plants.") == [{"YLB", "Uranium One"}, {"YLB", "Hanwa Metals"}]
    assert deal_parties("Saudi Arabia signed agreements worth $9 billion with Chinese and Australian "
                        "miners.") == [{"SA", "CN", "AU"}]
    assert deal_parties("Tokyo Gas signed heads of agreement with Venture Global and Cheniere Energy.") == [
        {"Tokyo Gas", "Venture Global"}, {"Tokyo Gas", "Cheniere Energy"}]


def test_the_developer_is_the_company_introduced_as_one():
    assert deal_parties("Kestrel Graphite shares rose. Potash developer Brazil Potash Corp signed an offtake with "
                        "Cortava. The Toronto-listed developer also agreed a supply deal with Bunge.",
                        title="Kestrel Graphite gains") == [{"Brazil Potash", "Cortava"},
                                                            {"Brazil Potash", "Bunge"}]
    assert deal_parties("Kestrel Graphite shares rose. Arvo, a copper developer, raised funds. The developer "
                        "agreed a supply deal with Bunge.", title="Kestrel Graphite gains") == [{"Arvo", "Bunge"}]


def test_who_reports_a_deal_is_no_party_of_it():
    sale = "Albemarle agreed to sell its unit to KPS Capital Partners for $1.1 billion"
    expected = [{"Albemarle", "KPS Capital Partners"}]
    assert deal_parties(f"Analysts at Citi said {sale}.") == expected
    assert deal_parties(f"{sale}, analysts at Citi said.") == expected
    assert deal_parties(f"According to Goldman Sachs, {sale}.") == expected
    assert deal_parties("Morgan Stanley told clients that Vale signed a supply deal with Tesla.") == [
        {"Vale", "Tesla"}]


def test_a_reporter_whose_own_deal_is_reported_stays_a_party():
    assert deal_parties("Glencore said on Monday it had agreed to buy Teck Resources for $9 billion.") == [
        {"Glencore", "Teck Resources"}]
    assert deal_parties("Chile said BYD will invest $290 million in a lithium cathode plant.") == [{"CL", "BYD"}]


def test_a_country_in_a_locative_phrase_is_the_setting_not_a_party():
    assert deal_parties("In Chile's Atacama, SQM signed a partnership with Codelco.") == [{"SQM", "Codelco"}]
    assert deal_parties("In northern Chile, Albemarle signed a deal with Codelco.") == [{"Albemarle", "Codelco"}]
    assert deal_parties("Chile signed a lithium agreement with China.") == [{"CL", "CN"}]
    assert deal_parties("Glencore signed an agreement with Chile.") == [{"Glencore", "CL"}]


def test_agreeing_with_a_partner_to_act_is_a_deal_but_sharing_a_view_is_not():
    assert deal_parties("Maaden also agreed with MP Materials to build a rare earth magnet plant.") == [
        {"Maaden", "MP Materials"}]
    assert deal_parties("Glencore agreed with analysts at Citi that cobalt prices would rise.") == []
    assert deal_parties("Orlen agreed with Norway's Equinor on a 10-year gas supply deal.") == [{"Orlen", "Equinor"}]


def test_paying_upfront_in_exchange_for_output_is_a_stream_deal():
    assert deal_parties("Wheaton Precious Metals will pay $450 million upfront to Vortana Silver in exchange "
                        "for 20% of the silver produced at its mine.") == [
        {"Wheaton Precious Metals", "Vortana Silver"}]


def test_a_headline_naming_only_a_country_for_the_partner_restates_the_body_deal():
    assert deal_parties("Reliance Industries bought 2 million barrels of Nigerian crude from trader Vitol for "
                        "$150 million.", title="Reliance buys Nigerian crude") == [
        {"Reliance Industries", "Vitol"}]


def test_a_purchase_from_an_unknown_one_word_seller_is_a_deal_with_it():
    assert deal_parties("Norvane Royalty Corp said it had acquired a 2% royalty on the Tamarisk project from "
                        "Quillagold for $100 million.") == [{"Norvane Royalty", "Quillagold"}]


@pytest.mark.parametrize("report", [
    "Glencore said Thursday it agreed to buy",
    "Glencore said in a statement on Monday that it had agreed to buy",
    "Glencore said in a stock exchange filing it would buy",
    "Glencore told Reuters it had agreed to buy",
    "Glencore, which reported record profit, agreed to buy",
    "Glencore reported record profit and agreed to buy",
])
def test_a_reporter_whose_report_names_no_other_subject_is_the_buyer(report):
    assert deal_parties(f"{report} a stake in Arvo Metals from Teck for $500 million.") == [
        {"Glencore", "Arvo Metals", "Teck Resources"}]


def test_a_headline_deal_about_other_goods_is_not_the_body_deal_of_its_company():
    body = ("The government signed the agreement in Lusaka. Separately, Glencore agreed to sell cobalt to "
            "Trafigura for $200 million.")
    assert deal_parties(body, title="Zambia signs $1 billion copper deal with Glencore") == [
        {"Glencore", "Trafigura"}, {"Glencore", "ZM"}]
    body = ("The government signed the agreement in Delhi. Separately, Albemarle agreed to sell cobalt to "
            "Trafigura for $200 million.")
    assert deal_parties(body, title="India signs lithium deal with Albemarle") == [
        {"Albemarle", "Trafigura"}, {"Albemarle", "IN"}]


def test_a_place_where_the_money_or_goods_go_is_a_party_not_a_setting():
    assert deal_parties("BYD will invest $1 billion in northern Chile.") == [{"BYD", "CL"}]
    assert deal_parties("Tesla agreed to invest $2 billion in Mexico's Nuevo Leon state.") == [{"Tesla", "MX"}]
    assert deal_parties("Japan signed a deal to buy LNG from Australia's North West Shelf project.") == [
        {"JP", "AU"}]


def deal_goods(body: str, **kwargs) -> list[tuple[frozenset[str], tuple[str, ...]]]:
    return [(frozenset(p.entity_ref for p in d.parties), tuple(d.commodities)) for d in extract(body, **kwargs).deals]


def test_a_country_before_its_verb_is_the_subject_not_a_site_or_a_nationality():
    assert deal_parties("Chile signs copper smelter contracts with Japanese and Korean firms.") == [
        {"CL", "JP", "KR"}]
    assert deal_parties("Bolivia signs lithium plant deals with Russian and Chinese firms.") == [{"BO", "RU", "CN"}]


def test_a_nationality_before_a_power_generator_describes_it():
    assert deal_parties("Japan's largest power generator JERA signed a coal supply deal with Glencore.") == [
        {"JERA", "Glencore"}]


def test_the_country_of_a_company_unit_or_subsidiary_is_no_party():
    assert deal_parties("Canada agreed to lend $500 million to the Peruvian unit of Teck Resources.") == [
        {"CA", "Teck Resources"}]
    assert deal_parties("Japan will lend $300 million to Glencore through its Australian subsidiary.") == [
        {"JP", "Glencore"}]


def test_an_unnamed_body_a_country_possesses_stands_for_the_country():
    assert deal_parties("Lynas Rare Earths sold new shares to Oman's sovereign wealth fund for A$300 million.") == [
        {"Lynas Rare Earths", "OM"}]


def test_trade_reaching_a_total_is_no_deal_but_reaching_a_deal_is():
    assert deal_parties("Trade between Brazil and China reached $150 billion last year.") == []
    assert deal_parties("Brazil and China reached a $5 billion soybean deal.") == [{"BR", "CN"}]


def test_the_owners_named_in_a_joint_venture_apposition_are_no_parties():
    assert deal_parties("JERA, a joint venture of TEPCO and Chubu Electric Power, signed an LNG supply deal with "
                        "Cheniere Energy.") == [{"JERA", "Cheniere Energy"}]


def test_agreeing_to_defer_payments_changes_a_deal_and_makes_none():
    assert deal_parties("Lithium Americas agreed to defer $182 million of interest on its loan from the "
                        "Department of Energy.") == []


def test_an_owner_s_asset_named_as_a_buyer_is_one_buyer_with_its_owner():
    assert deal_parties("JERA signed LNG supply deals with Sempra's Port Arthur LNG and with Commonwealth LNG.") == [
        {"JERA", "Sempra", "Port Arthur LNG"}, {"JERA", "Commonwealth LNG"}]


def test_the_company_opening_a_sentence_is_the_subject_of_the_sentence_before():
    body = ("Chevron completed its purchase of Hess. Exxon Mobil said it respected the decision. "
            "The Texas-based company completed its own $59.5 billion acquisition of Pioneer Natural Resources.")
    assert deal_parties(body, title="Chevron completes Hess deal")[-1] == {"ExxonMobil", "Pioneer Natural Resources"}


def test_goods_that_describe_a_company_are_not_what_its_deal_trades():
    assert deal_goods("State copper miner Codelco agreed to sell a lithium stake to Rio Tinto.") == [
        (frozenset({"Codelco", "Rio Tinto"}), ("lithium",))]


def test_each_buyer_trades_the_goods_of_its_own_part():
    assert deal_goods("Canada signed offtake agreements with Nouveau Monde Graphite for graphite, and with Rio "
                      "Tinto for scandium.") == [(frozenset({"CA", "Nouveau Monde Graphite"}), ("graphite",)),
                                                 (frozenset({"CA", "Rio Tinto"}), ("scandium",))]


def test_a_deal_naming_no_goods_trades_its_company_s_earlier_goods_else_the_article_s():
    body = ("Syrah Resources signed a graphite offtake agreement with Tesla. Syrah Resources also signed a deal "
            "with Panasonic.")
    assert deal_goods(body)[-1] == (frozenset({"Syrah Resources", "Panasonic"}), ("graphite",))
    assert deal_goods("Albemarle agreed to buy Arvo Metals for $1 billion.",
                      title="Albemarle bets on lithium with Arvo deal") == [
        (frozenset({"Albemarle", "Arvo Metals"}), ("lithium",))]


def test_a_headline_deal_gives_its_goods_to_the_body_deal_it_restates():
    assert deal_goods("Japan will invest $550 billion in the United States.",
                      title="Japan and US sign rare earths pact") == [(frozenset({"JP", "US"}), ("rare earths",))]


def test_a_press_release_dateline_country_is_no_deal_party():
    assert deal_parties("Perth, Australia – March 3, 2025: Lynas Rare Earths today announced it has signed a "
                        "supply agreement with Tesla.") == [{"Lynas Rare Earths", "Tesla"}]


def deal_values(body: str, **kwargs) -> list[tuple[float | None, str | None]]:
    return [(d.value, d.currency) for d in extract(body, **kwargs).deals]


def test_money_in_an_aside_is_not_the_deal_s_value():
    assert deal_values("Glencore, which earned $5 billion last year, agreed to buy Teck Resources for "
                       "$9 billion.") == [(9e9, "USD")]
    assert deal_values("Glencore signed a cobalt offtake agreement with Tesla, whose market value is "
                       "$1 trillion.") == [(None, None)]


def test_a_deal_takes_the_value_a_sentence_soon_after_gives_it():
    assert deal_values("Vale signed a nickel supply agreement with Tesla on Friday. The agreement is valued at "
                       "about $800 million, Vale said.") == [(8e8, "USD")]
    assert deal_values("Vale signed a nickel supply agreement with Tesla on Friday. Deliveries start next year. "
                       "Analysts put the value of the contract at $2 billion.") == [(2e9, "USD")]
    assert deal_values("Vale signed a nickel supply agreement with Tesla on Friday. Tesla shares rose 3% to "
                       "$250.") == [(None, None)]


def test_a_deal_takes_the_value_told_of_its_own_kind_after_a_lead_in_an_aside_or_a_report():
    assert deal_values("Calder Gas Ltd signed a five-year charter with Ostwind Marine Corp for a storage tanker. "
                       "The charter is worth about $90 million over its term.") == [(90e6, "USD")]
    # a lease valued values a deal told as one, not a word that holds it ("release")
    assert deal_values("Calder Gas Ltd signed a supply agreement with Ostwind Marine Corp after the release of its "
                       "results. The lease is worth about $90 million.") == [(None, None)]
    assert deal_values("Calder Gas Ltd signed a supply agreement with Ostwind Marine Corp on Monday. The agreement, "
                       "announced in Oslo by the two chief executives, is valued at $250 million.") == [(250e6, "USD")]
    assert deal_values("Ostwind Marine Corp signed two contracts with Calder Gas Ltd to build and run a vessel. Ostwind "
                       "said the build and lease contracts had a total value of about $1.1 billion.") == [(1.1e9, "USD")]
    # the company after the money is the estimate's source, not another deal's party
    assert deal_values("Calder Gas Ltd signed a contract to supply uranium to Ostwind Power Corp from 2028. At today's "
                       "prices, the volume would be worth about $600 million, analysts at Pellmore Capital "
                       "said.") == [(600e6, "USD")]


def test_a_deal_takes_its_price_or_the_investment_its_partners_put_on_it():
    assert deal_values("Calder Gas Ltd agreed to buy a royalty on the Brenn mine from Ostwind Power Corp. The "
                       "consideration is $45 million in cash.") == [(45e6, "USD")]
    assert deal_values("Calder Gas Ltd and Ostwind Power Corp signed agreements to build a nickel plant in Peru. The "
                       "partners put the total investment at about $900 million.") == [(900e6, "USD")]


def test_the_sources_of_a_report_name_no_new_deal():
    assert deal_values("Calder Gas Ltd signed a supply contract with Ostwind Power Corp. The contract, signed in "
                       "Santiago during a visit by Peru's trade minister, is valued at $300 million, two people "
                       "familiar with the terms said.") == [(300e6, "USD")]


def test_a_valuation_after_another_companys_deal_is_not_given_to_an_earlier_deal():
    assert deal_values("Vale agreed to sell nickel to Tesla. Rio Tinto's purchase of Arcadium Lithium closed "
                       "last year. The purchase was valued at $6.7 billion.") == [(None, None), (6.7e9, "USD")]


def test_a_country_before_a_preposition_and_business_is_a_party():
    assert deal_parties("Japan signed an agreement with Kenya to expand business ties.") == [{"JP", "KE"}]
    assert deal_parties("Japan signed a deal with India on business cooperation in rare earths.") == [
        {"IN", "JP"}]


def test_goods_before_a_preposition_and_a_company_noun_are_traded():
    assert deal_goods("Albemarle agreed to supply lithium to carmaker BMW from 2026. Copper prices fell. "
                      "Copper demand is strong.") == [(frozenset({"Albemarle", "BMW"}), ("lithium",))]


def test_a_share_price_move_is_not_a_deal_or_its_value():
    closed = "Vale shares closed 2.4% higher at R$ 61.30 after it agreed to sell nickel to Glencore."
    fell = "Vale agreed to sell a 25% stake to Glencore, and its shares fell 4.2% to 88,500 won on Monday."
    assert [d.value for d in extract(closed).deals + extract(fell).deals] == [None, None]


def test_the_money_of_a_price_level_or_move_is_no_deal():
    assert deal_parties("Lithium prices have recovered to about $1,150 a tonne from lows near $600 in mid-2025, "
                        "after Talbrin Mining Ltd suspended a mine and Zimbabwe announced a ban on lithium "
                        "exports.") == []
    assert deal_parties("Russian wheat for supply in November was quoted at $228 a tonne at the end of last "
                        "week, down $3 from the week before, according to Varnock Analytics Ltd.") == []
    # money the deal puts up is its value, whatever follows it
    assert [d.value for d in extract("Korvel Energy will lend $300 million to Talbrin Power, up from the "
                                     "$200 million it first offered.").deals] == [3e8]


def test_paying_for_a_company_buys_it():
    deal = extract("Rio Tinto and Glencore paid $2.1 billion for Arcadium Lithium in March.").deals[0]
    assert ({p.entity_ref for p in deal.parties}, deal.value) == ({"Rio Tinto", "Glencore", "Arcadium Lithium"}, 2.1e9)
    assert deal_parties("Rio Tinto paid $40 million for drilling at its Jadar site, Glencore said.") == []


def test_a_completed_or_renewed_deal_named_by_its_own_noun_is_a_deal():
    assert deal_parties("BHP closed its purchase of Lundin Mining on Friday.") == [{"BHP", "Lundin Mining"}]
    assert deal_parties("Albemarle announced the completion of its merger with Livent.") == [{"Albemarle", "Livent"}]
    assert deal_parties("Petronas renewed its supply contract with Shell last week.") == [{"Petronas", "Shell"}]
    assert deal_parties("Shell and Petronas renewed calls for a new gas deal with Malaysia.") == []


def test_a_deal_noun_that_describes_the_reported_buyer_is_no_elaboration():
    body = "Glencore said on Monday that US investment firm KKR will buy 5% of Teck Resources for $500 million."
    assert deal_parties(body) == [{"KKR", "Teck Resources"}]


def test_the_subjects_next_deal_after_a_time_adjunct_is_a_clause_of_its_own():
    body = ("Glencore signed an agreement with Vale to sell a 20% stake in its nickel unit, "
            "and in March it agreed with Codelco to develop copper deposits in a new joint venture.")
    assert deal_parties(body) == [{"Glencore", "Vale"}, {"Codelco", "Glencore"}]


def test_the_two_companies_stand_for_the_pair_named_before():
    body = ("Rio Tinto and Sumitomo Metal Mining agreed to buy a copper deposit in Peru. The two companies will form "
            "a 60/40 joint venture to develop it.")
    assert [(d.deal_type, {p.entity_ref for p in d.parties}) for d in extract(body).deals][-1] == (
        "joint_venture", {"Rio Tinto", "Sumitomo Metal Mining"})
    body = ("Glencore and Vale agreed to merge their Sudbury assets. The two companies will form a joint venture to "
            "hold Raglan and Voisey's Bay, and signed an offtake with Tesla.")
    assert {"Glencore", "Vale"} <= [{p.entity_ref for p in d.parties} for d in extract(body).deals][1]


def test_the_two_governments_after_a_meeting_of_many_are_the_headline_s_two_states():
    body = ("Kazakhstan's president visited the United States this week. He joined the leaders of Uzbekistan, "
            "Kyrgyzstan, Tajikistan and Turkmenistan at a summit in Washington. Separately, the two governments signed "
            "a memorandum of understanding on critical minerals.")
    title = "Kazakhstan and U.S. deepen ties over tungsten"
    assert [{p.entity_ref for p in d.parties} for d in extract(body, title=title).deals] == [{"KZ", "US"}]
    # a headline naming no two states, or two the body has not named, leaves the pair open
    assert extract(body, title="Tungsten summit ends in Washington").deals == []
    assert extract(body, title="China and Japan trade war weighs on the summit").deals == []


def test_since_as_an_adverb_after_has_is_no_running_total():
    assert deal_parties("Korvel Energy has its own American ties: the Pentagon awarded it a $258 million contract in "
                        "2023 to build a plant in Texas, though the company has since said the project faces cost "
                        "questions.") == [{"Korvel Energy", "US"}]
    assert deal_parties("Korvel Energy has invested $3 billion in Talbrin Power since 2020.") == []


def test_money_moved_under_a_deal_reported_before_is_its_value():
    body = ("Albemarle and Mineral Resources agreed to combine their lithium plants into one venture. Mineral "
            "Resources will receive a $90 million payment from Albemarle under the agreement, a spokesman said.")
    assert [(d.value, d.currency) for d in extract(body).deals] == [(90e6, "USD")]


def test_funding_a_purchase_with_a_loan_is_a_loan_from_the_lenders():
    assert deal_parties("Glencore will fund the purchase with cash and a $2 billion bridge loan from Barclays and "
                        "Citigroup, it said.") == [{"Glencore", "Barclays", "Citi"}]
    assert deal_parties("Glencore will fund the purchase with cash on hand.") == []


def test_each_member_of_an_including_list_deals_where_its_own_item_says():
    body = ("Other Japanese groups, including Sumitomo Metal Mining in Chile and Mitsubishi Corp at Anglo American, "
            "have also invested in copper.")
    assert deal_parties(body) == [{"Sumitomo Metal Mining", "CL"}, {"Mitsubishi Corporation", "Anglo American"}]
    assert deal_parties("Other Chinese groups, including Zijin Mining at Kamoa and CMOC at Tenke, have also "
                        "invested in the region.") == []


def test_it_opening_a_sentence_is_the_subject_of_the_sentence_before():
    body = ("Mitsui's trading arm Mitsui Energy has become an active buyer of gas assets. Last year it completed the "
            "acquisition of a 20% stake in Woodside Energy's Scarborough project, and signed a supply deal with "
            "Tokyo Gas.")
    assert deal_parties(body) == [{"Mitsui Energy", "Woodside Energy"}, {"Mitsui Energy", "Tokyo Gas"}]
    assert deal_parties("The mine produced 40,000 tonnes of copper. It signed a supply deal with Trafigura.") == []


def test_the_owner_introducing_its_arm_is_no_party_of_the_arms_deal():
    assert deal_parties("Eni's renewables arm Plenitude agreed to sell a 20% stake to Ares Management for 2 billion "
                        "euros.") == [{"Plenitude", "Ares Management"}]


def test_a_second_subject_taking_a_stake_reports_its_own_deal():
    body = ("Glencore agreed to buy Teck's coal unit for $6.9 billion, and Nippon Steel took a 20% stake in "
            "Esmax for an undisclosed sum.")
    assert deal_parties(body) == [{"Glencore", "Teck Resources"}, {"Nippon Steel", "Esmax"}]


def test_buying_a_share_of_the_concentrate_is_a_deal_with_the_article_company():
    body = ("Sayona Mining will build the Moblan lithium mine in Quebec. Piedmont Lithium has agreed to buy 60% of the "
            "concentrate under an offtake agreement.")
    assert deal_parties(body) == [{"Sayona Mining", "Piedmont Lithium"}]


def test_a_share_move_around_a_deal_adds_no_exchange_country_and_no_other_mover():
    assert deal_parties("Shares of Liontown rose 4% in Australia after it signed an offtake agreement with Tesla.") == [
        {"Liontown Resources", "Tesla"}]
    body = ("Rio Tinto fell 1% in London, South32 rose 2% after it agreed to sell its manganese business to "
            "Jupiter Mines, and Antofagasta was flat.")
    assert deal_parties(body) == [{"South32", "Jupiter Mines"}]


def test_the_company_after_a_share_move_is_the_mover_of_a_joined_pair_of_moves():
    body = ("Woodside Energy fell 1.2% as oil prices slipped. Liontown Resources, which trades as LTR, gained "
            "4.1% and IGO climbed 6.7% after the Perth-based company agreed to sell a 49% stake in its Kwinana "
            "refinery to Brookfield Infrastructure Partners.")
    assert deal_parties(body, title="ASX closes higher as lithium names rally") == [
        {"IGO", "Brookfield Infrastructure Partners"}]


def test_a_present_tense_purchase_of_goods_in_the_body_is_a_habit_not_a_deal():
    assert deal_parties("South Korea buys LNG from Qatar and Australia.") == []
    assert deal_parties("Korea Zinc buys zinc concentrate from Glencore and Teck for its smelter.") == []
    assert deal_parties("Indian Oil Corporation buys spot cargoes from Shell.") == []
    assert deal_parties("Korea Zinc buys a 5% stake in Ivanhoe Electric for $48 million.") == [
        {"Korea Zinc", "Ivanhoe Electric"}]


def test_an_opening_adjunct_lends_the_deal_no_money_and_no_running_total():
    deal = extract("After booking a $3 billion profit, Fortescue signed a supply agreement with Baowu.").deals[0]
    assert deal.value is None
    assert deal_parties("While nickel prices have fallen by $4,000 a tonne since 2023, Vale signed an offtake "
                        "agreement with Tesla.") == [{"Vale", "Tesla"}]


def test_a_ruling_that_orders_a_payment_is_no_deal_but_a_settlement_agreed_is():
    assert deal_parties("A tribunal ordered Spain to pay Rio Tinto 120 million euros plus interest.") == []
    assert deal_parties("Panama was ordered to pay First Quantum $400 million for the copper mine.") == []
    assert deal_parties("Barrick agreed to pay Mali $370 million to settle the gold dispute.") == [
        {"Barrick", "ML"}]


def test_a_court_named_beside_a_deal_is_no_ruling_unless_the_deals_own_clause_orders_a_payment():
    # "ruled" alone, an aside, an adjunct after the deal or another clause tell of no ruling on the deal
    assert deal_parties("Albemarle, which a judge ruled against in March, signed a $300 million lithium supply "
                        "contract with Ford.") == [{"Albemarle", "Ford"}]
    assert deal_parties("BHP agreed to buy OZ Minerals for $6 billion after a Federal Court judge ruled on the "
                        "bid.") == [{"BHP", "OZ Minerals"}]
    assert deal_parties("Anglo American agreed to sell its coal mines to Peabody for $3.8 billion, a sale the "
                        "court ruled could proceed.") == [{"Anglo American", "Peabody Energy"}]
    assert deal_parties("South32 signed a $200 million offtake deal with Trafigura after the court ordered the "
                        "smelter to pay damages.") == [{"South32", "Trafigura"}]
    assert deal_parties("Albemarle signed a $300 million lithium supply contract with Ford, while a judge ordered "
                        "a rival to pay $10 million.") == [{"Albemarle", "Ford"}]
    # a ruling in the deal's clause that orders or awards a payment is still none
    assert deal_parties("The court ordered Glencore to pay Vale $200 million for the ore.") == []
    assert deal_parties("A London tribunal awarded Zenith Energy $40 million against Tunisia.") == []
    assert deal_parties("Gold Reserve won an arbitration award of $740 million against Venezuela.") == []


def test_the_company_after_a_semicolon_is_the_company_that_opened_the_sentence():
    body = ("Lynas Rare Earths fell 3%. Iluka Resources added 1%; the miner received a A$1.2 billion loan "
            "from Export Finance Australia for its refinery.")
    assert {"Iluka Resources"} <= deal_parties(body)[0]
    assert "Lynas Rare Earths" not in deal_parties(body)[0]


def test_each_buyer_of_a_gapped_share_deals_with_the_seller():
    assert deal_parties("Nippon Steel will take 20% and POSCO 3% of Teck's steelmaking coal unit.") == [
        {"Nippon Steel", "Teck Resources"}, {"POSCO", "Teck Resources"}]


def test_the_two_companies_after_a_sentence_naming_three_is_left_open():
    body = ("Wesfarmers, SQM and LG Energy Solution attended the Perth forum. "
            "The two companies signed a supply agreement on Monday.")
    assert deal_parties(body) == []
    body = "BHP and Lundin Mining agreed to buy Filo. The two companies will form a joint venture."
    assert {"BHP", "Lundin Mining"} in deal_parties(body)


def test_a_country_before_a_function_word_and_a_company_noun_is_still_a_party():
    assert deal_parties("BYD signed a lithium supply agreement with Chile as the carmaker expands abroad.") == [
        {"BYD", "CL"}]


def test_a_second_subject_with_a_future_verb_reports_its_own_deal():
    body = ("South32 agreed to sell its nickel mine to CoreX Holding for $100 million, and Nippon Steel will take "
            "20% of Teck's coal unit.")
    assert deal_parties(body) == [{"South32", "CoreX Holding"}, {"Nippon Steel", "Teck Resources"}]


def test_it_after_a_subordinator_is_not_the_subject_of_the_sentence_before():
    # "it" is the mover before the subordinator (unknown here, so no deal), never the subject of the sentence before
    body = "Australian shares were mixed. Acme Gasco rose 2% after it signed a deal to supply LNG to JERA."
    assert deal_parties(body) == []
    body = "Woodside Energy reported higher output. Acme Gasco rose 2% after it signed a deal to supply LNG to JERA."
    assert deal_parties(body) == []
    body = "Australian shares were mixed. Woodside Energy rose 2% after it signed a deal to supply LNG to JERA."
    assert deal_parties(body) == [{"JERA", "Woodside Energy"}]


def test_a_lead_in_that_names_a_deal_before_a_colon_does_not_hide_the_deal():
    body = "The only deal that closed: Zijin Mining completed its $1 billion purchase of a mine from Newmont."
    assert deal_parties(body) == [{"Zijin Mining", "Newmont"}]


def test_two_buyers_each_with_its_own_share_are_no_deal_with_each_other():
    body = "Japan's JFE Steel will take a 15% stake and South Korea's POSCO will hold the remaining 5%."
    assert deal_parties(body) == []


def test_a_second_subject_with_a_rivalry_word_or_an_auxiliary_is_its_own_clause():
    body = ("Petronet LNG signed a 20-year LNG supply deal with QatarEnergy, and rival GAIL (India) Ltd has "
            "contracts with Vitol and ADNOC.")
    assert deal_parties(body) == [{"Petronet LNG", "QatarEnergy"}]
    body = "Vale signed an offtake agreement with Tesla, and Glencore has signed a supply deal with BMW."
    assert deal_parties(body) == [{"Vale", "Tesla"}, {"Glencore", "BMW"}]


def test_a_habit_in_an_aside_leaves_the_main_deal_but_a_habit_as_the_clauses_verb_leaves_none():
    assert deal_parties("Trafigura, which also buys copper from Glencore, signed an offtake agreement with "
                        "Ivanhoe Mines.") == [{"Trafigura", "Ivanhoe Mines"}]
    assert deal_parties("Kogas buys LNG from QatarEnergy under contracts that it signed in 2019.") == []


def test_goods_bought_from_two_sellers_are_one_deal_with_each_seller():
    body = "Pakistan State Oil has bought six LNG cargoes from Vitol and Gunvor for delivery in August."
    assert deal_parties(body) == [{"Pakistan State Oil", "Vitol"}, {"Pakistan State Oil", "Gunvor"}]


def test_offtakes_signed_with_a_list_and_no_subject_are_the_protagonists():
    body = ("Liontown Resources has started output at Kathleen Valley. Offtake agreements have been signed with "
            "Tesla, Ford Motor Co and LG Energy Solution.")
    assert deal_parties(body, title="Liontown Resources starts Kathleen Valley output") == [
        {"Liontown Resources", "Tesla"}, {"Liontown Resources", "Ford"},
        {"Liontown Resources", "LG Energy Solution"}]


def test_a_nationality_after_a_list_word_names_the_next_buyer_not_an_owned_one():
    body = "Glencore signed offtake agreements with Tesla, Umicore and Korea's LG Energy Solution for cobalt."
    assert deal_parties(body) == [
        {"Glencore", "Tesla"}, {"Glencore", "Umicore"}, {"Glencore", "LG Energy Solution"}]


def test_a_pronoun_clause_after_and_is_the_subjects_next_act_not_more_parties():
    body = ("Jordan turned to imports last year. In March it signed a deal with Norway's Equinor to charter a "
            "regasification ship, and it has also leased a tanker from Turkey's BOTAS.")
    assert {"Equinor", "BOTAS"} not in deal_parties(body)
    body = ("Harmony Gold last year completed its acquisition of Eva Copper, and in 2024 it renewed its gold "
            "streaming arrangement with Triple Flag, the filings show.")
    assert deal_parties(body, title="Harmony Gold results") == [{"Harmony Gold", "Eva Copper"},
                                                                {"Harmony Gold", "Triple Flag"}]


def test_paying_for_the_stake_in_the_next_sentence_values_the_deal():
    body = ("Woodside Energy has agreed to sell a 12% interest in the Browse gas project to JERA. JERA will pay "
            "about US$520 million for the stake, plus costs.")
    deal = extract(body, title="Woodside sells Browse stake").deals[0]
    assert ({p.entity_ref for p in deal.parties}, deal.value, deal.currency) == (
        {"Woodside Energy", "JERA"}, 520e6, "USD")


def test_exclusive_access_to_goods_is_an_offtake():
    deal = extract("Tesla gained exclusive access to lithium from Piedmont Lithium's Carolina project.").deals[0]
    assert ({p.entity_ref for p in deal.parties}, deal.deal_type) == ({"Tesla", "Piedmont Lithium"}, "offtake")
    assert deal_parties("Chinese carmakers such as BYD want to gain exclusive access to European markets.") == []


def test_a_second_subject_after_a_stake_taken_is_its_own_clause():
    body = ("Japan's Nippon Steel will take 20%, paying about US$1.7 billion, and South Korea's POSCO will "
            "take 3%.")
    assert {"Nippon Steel", "POSCO"} not in deal_parties(body)


def test_a_gapped_split_gives_a_combined_price_to_neither_buyer():
    def value_by_parties(body: str) -> dict[frozenset[str], float | None]:
        return {frozenset(p.entity_ref for p in d.parties): d.value for d in extract(body).deals}

    body = "Nippon Steel will take 20% and POSCO 3% of Teck's steelmaking coal unit for a combined $1.7 billion."
    assert value_by_parties(body) == {frozenset({"Nippon Steel", "Teck Resources"}): None,
                                      frozenset({"POSCO", "Teck Resources"}): None}
    body = "Nippon Steel will take 20% of Teck's steelmaking coal unit for $1.7 billion and POSCO 3%."
    assert value_by_parties(body) == {frozenset({"Nippon Steel", "Teck Resources"}): 1.7e9,
                                      frozenset({"POSCO", "Teck Resources"}): None}


def test_a_government_loan_received_is_from_the_companys_home_government_when_the_article_names_it():
    title = "Japan's Tohoku Electric signs LNG deal"
    body = ("Japan's Tohoku Electric signed a 10-year LNG deal with Woodside Energy. Japan imports most of its "
            "gas. Australian shares were mixed. Iluka Resources added 1.2%; the miner received a A$1.65 billion "
            "government loan for its refinery.")
    assert {"Iluka Resources", "AU"} in deal_parties(body, title=title)
    assert {"Iluka Resources", "JP"} not in deal_parties(body, title=title)
    # a home country the article never names is not the funder: the article's own government is
    body = ("Canada's federal government unveiled new critical minerals funding on Friday. Rio Tinto will "
            "receive C$25 million for its scandium plant in Quebec.")
    assert deal_parties(body, title="Ottawa backs critical minerals projects") == [{"Rio Tinto", "CA"}]


def test_buyers_listed_after_with_and_no_named_seller_are_no_deal_with_each_other():
    assert deal_parties("Two LNG supply agreements were signed with Shell and TotalEnergies on Monday.") == []


def test_the_government_right_after_a_setting_country_is_that_country_s():
    body = ("Colombia's Ecopetrol signed a gas supply deal with Occidental on Monday. In Peru, the government "
            "approved a $1.3 billion capital injection into Petroperu, the state refiner.")
    assert deal_parties(body)[1] == {"Petroperu", "PE"}
    # a setting in time leaves "the government" the article's own
    body = ("Colombia's Ecopetrol signed a gas supply deal with Occidental on Monday. In March, the government "
            "approved a $1.3 billion loan to Ecopetrol.")
    assert deal_parties(body)[1] == {"Ecopetrol", "CO"}


def test_a_venture_set_up_or_established_is_a_deal_but_an_office_or_a_commission_is_none():
    assert deal_parties("France's Orano and Navoiyuran have set up a joint venture to mine uranium.") == [
        {"Orano", "Navoiyuran"}]
    assert deal_parties("Orano and Navoiyuran established a joint venture to mine uranium.") == [
        {"Orano", "Navoiyuran"}]
    assert deal_parties("Orano set up an office in Tashkent with Navoiyuran staff last year.") == []


def test_access_to_a_market_or_without_a_company_is_no_offtake():
    body = ("Australia and India signed a free trade agreement on Friday. Australian exporters will gain "
            "preferential access to the Indian market for coal and wool.")
    assert [d.deal_type for d in extract(body).deals] == ["agreement"]
    body = "Chinese buyers secured guaranteed access to Zambian copper after Lusaka signed a pact with Beijing."
    assert [d.deal_type for d in extract(body).deals] == ["agreement"]


def test_a_list_signed_by_a_named_seller_deals_with_that_seller_and_a_distant_protagonist_with_none():
    body = "Glencore cut cobalt output this year. Supply contracts were signed with CATL and BYD by state miner EGC."
    assert deal_parties(body, title="Glencore cuts cobalt output") == [
        {"CATL", "Entreprise Générale du Cobalt"}, {"BYD", "Entreprise Générale du Cobalt"}]
    body = ("Liontown Resources has started output at Kathleen Valley. Lithium prices fell in May. Analysts expect "
            "a surplus. Offtake agreements have been signed with Tesla and Ford Motor Co.")
    assert deal_parties(body, title="Liontown Resources starts Kathleen Valley output") == []


def test_a_government_grant_comes_from_the_government_whose_currency_pays_it():
    body = ("The Indian government announced support for EV battery plants. South Korea's LG Energy Solution "
            "received a government grant of Rs 500 crore for its plant in Gujarat, India's ministry said.")
    assert deal_parties(body, title="India backs battery plants") == [{"LG Energy Solution", "IN"}]


def test_a_pronoun_clause_that_names_another_buyer_extends_the_deal():
    body = "Albemarle signed a lithium offtake with Tesla, and it named Ford Motor as a second buyer."
    assert deal_parties(body) == [{"Albemarle", "Tesla"}, {"Albemarle", "Ford"}]


def test_lenders_of_a_gapped_loan_are_not_each_others_counterparties():
    # each bank lends to a borrower the clause leaves out; the two banks are on the same side
    body = "The World Bank will lend $300 million and the African Development Bank $120 million, the ministry said."
    assert deal_parties(body) == []


def test_each_investor_of_a_gapped_investment_deals_with_the_target():
    body = "Glencore will invest $50 million and Trafigura $30 million in Kamoto Copper."
    assert deal_parties(body) == [{"Glencore", "Kamoto Copper Company"}, {"Trafigura", "Kamoto Copper Company"}]


def test_talks_told_beside_a_signed_deal_make_no_party():
    extraction = extract("Lundin Mining posted output figures for the quarter.",
                         title="Vale signs nickel supply contract with Tesla as Glencore talks stall")
    assert [{p.entity_ref for p in d.parties} for d in extraction.deals] == [{"Vale", "Tesla"}]


def test_what_an_aside_says_buyers_habitually_do_is_no_deal():
    body = ("Lynas said the oxide would be sold to magnet makers in Japan, which mostly buy their rare earths "
            "from China.")
    assert deal_parties(body) == []


def test_a_deal_named_in_an_opening_adjunct_does_not_set_the_type_of_the_next():
    body = ("BHP agreed to buy a 10% stake in Lundin Mining for $300 million. "
            "Besides the equity investment, the two companies signed a copper offtake agreement.")
    deals = extract(body).deals
    assert [(d.deal_type, d.value) for d in deals] == [("equity_investment", 3e8), ("offtake", None)]


def test_it_opening_a_sentence_is_a_party_beside_the_seller_and_the_goods_origin():
    body = ("COFCO bought 2 million tonnes of soybeans from Amaggi. "
            "It also agreed to buy 500,000 tonnes of Argentine corn from Bunge.")
    assert deal_parties(body)[-1] >= {"COFCO", "Bunge"}


def test_the_agency_stands_for_the_state_buyer_the_article_is_about():
    body = ("China's state grain buyer COFCO has booked about 900,000 tonnes of wheat from traders this month. "
            "The agency, which answers to the commerce ministry, signed a contract with Bunge for 500,000 tonnes "
            "of wheat.")
    assert deal_parties(body, title="COFCO books wheat in private deals") == [{"COFCO", "Bunge"}]


def test_it_after_the_agency_is_the_buyer_not_the_goods_origin():
    body = ("COFCO has booked about 900,000 tonnes of wheat from traders this month. "
            "The agency, which answers to the commerce ministry, signed a contract with Bunge for 500,000 tonnes "
            "of wheat. It also agreed to buy 400,000 tonnes of Australian wheat from Cargill.")
    assert deal_parties(body, title="COFCO books wheat in private deals")[-1] == {"COFCO", "Cargill"}


def test_the_lender_is_the_fund_named_before():
    body = ("The Canada Growth Fund has committed C$120 million to two lithium businesses. "
            "The state-backed lender will invest C$70 million for a 15% stake in Livent.")
    assert deal_parties(body) == [{"CA", "Livent"}]


def test_taking_over_a_role_is_no_takeover():
    assert deal_parties("Glencore took over the role of marketer from Trafigura last year.") == []


def test_two_deals_of_one_sentence_between_the_same_parties_keep_ids_of_their_own():
    found = extract("Glencore renewed its cobalt supply contract with Trafigura for five years and agreed to lend "
                    "Trafigura $50 million.").deals
    assert len(found) == 2 and len({d.deal_id for d in found}) == 2


def test_two_deal_verbs_with_objects_of_their_own_pair_each_object_with_the_subject():
    found = extract("The Canada Growth Fund takes a 15% stake in Livent and lends C$40 million to Albemarle.").deals
    assert [({p.entity_ref for p in d.parties}, d.value) for d in found] == [({"CA", "Livent"}, None),
                                                                           ({"CA", "Albemarle"}, 40e6)]


def test_the_owner_named_in_a_buyers_apposition_is_no_party():
    assert deal_parties("Pilbara Minerals signed an offtake agreement with Agratas, the battery business of India's "
                        "Tata Motors, for spodumene.") == [{"Pilbara Minerals", "Agratas"}]
    assert deal_parties("Livent signed an offtake with Agratas, the cell maker owned by Tata Motors, for "
                        "lithium.") == [{"Livent", "Agratas"}]


def test_one_transaction_told_with_other_parties_at_the_same_money_is_one_deal():
    found = extract("Livent has signed a $900 million debt package with Japan Bank for International Cooperation "
                    "and four commercial banks for its lithium hydroxide plant.",
                    title="Livent secures $900m from EIB-led lender group").deals
    assert [{p.entity_ref for p in d.parties} for d in found] == [{"Livent", "JP", "European Investment Bank"}]
    # the same money with another counterparty is another deal
    found = extract("Glencore invested $100 million in Livent. Glencore also invested $100 million in Albemarle.").deals
    assert len(found) == 2


def test_talks_told_after_a_comma_beside_a_signed_deal_make_no_party():
    extraction = extract("Lundin Mining posted output figures for the quarter.",
                         title="Vale signs nickel supply contract with Tesla, Glencore talks continue")
    assert [{p.entity_ref for p in d.parties} for d in extraction.deals] == [{"Vale", "Tesla"}]


def test_a_present_trade_verb_with_an_adverb_of_habit_is_no_deal():
    body = "Japan is a large importer of coal and buys mostly from Australia and Indonesia."
    assert deal_parties(body) == []
    # an adverb of time before the verb, or a share of its needs after it, tells a habit too
    assert deal_parties("Korvel Energy currently buys its spare parts from Talbrin Power.") == []
    assert deal_parties("Korvel Energy buys most of its spare parts from Talbrin Power.") == []
    assert deal_parties("Korvel Energy buys Talbrin Power for $2 billion.") == [{"Korvel Energy", "Talbrin Power"}]


def test_the_same_money_in_deals_of_other_kinds_or_places_is_two_deals():
    found = extract("Glencore agreed to invest $100 million in Zambia. Separately, Glencore agreed to buy a stake in "
                    "Trafigura for $100 million.").deals
    assert sorted(d.deal_type for d in found) == ["acquisition", "investment"]
    found = extract("Glencore will invest $100 million in Zambia. Glencore will also invest $100 million in Chile.").deals
    assert [{p.entity_ref for p in d.parties} for d in found] == [{"Glencore", "ZM"}, {"Glencore", "CL"}]


def test_two_verbs_of_an_aside_do_not_split_the_clause():
    assert deal_parties("Trafigura, which buys concentrate from Codelco and sells metal to Tesla, signed a "
                        "$100 million loan with Citi.") == [{"Trafigura", "Citi"}]


def test_the_bank_with_no_bank_named_before_is_nobody():
    assert deal_parties("Glencore reported higher profit. The bank agreed to lend $500 million to Trafigura.") == []


def test_gapped_investors_with_targets_of_their_own_each_deal_with_their_own():
    found = extract("Glencore will invest $50 million in Ivanhoe Mines and Trafigura $30 million in "
                    "Lundin Mining.").deals
    assert [({p.entity_ref for p in d.parties}, d.value) for d in found] == [
        ({"Glencore", "Ivanhoe Mines"}, 50e6), ({"Trafigura", "Lundin Mining"}, 30e6)]


def test_a_list_of_partners_goes_on_after_as_well_as():
    parties = deal_parties("Zentrava Energy Corp agreed supply deals with Shell and BP, as well as with trading houses "
                           "Korvel Trading Ltd and Mardune Resources Ltd.")
    assert parties == [{"Zentrava Energy", "Shell"}, {"Zentrava Energy", "BP"}, {"Zentrava Energy", "Korvel Trading"},
                       {"Zentrava Energy", "Mardune Resources"}]


def test_a_verb_inside_a_name_is_no_deal_verb():
    assert deal_parties("The Export-Import Bank of the United States has $2 billion for Varnock Minerals Ltd and "
                        "Talbrin Metals Inc.") == []


def test_a_letter_of_interest_is_no_loan():
    assert deal_parties("Varnock Minerals Ltd received a letter of interest from the Export-Import Bank of the United "
                        "States for financing of up to $1.8 billion.") == []


def test_the_signing_ceremony_is_no_new_deal():
    body = ("Tavril Cement Ltd signed an agreement with Korvel Trading Ltd on Monday. Oskar Venn, the chairman of "
            "Mardune Resources Ltd, said at the signing ceremony in Kenya that work had begun.")
    assert deal_parties(body) == [{"Tavril Cement", "Korvel Trading"}]


def test_a_government_named_after_the_verb_is_a_party_beside_companies():
    assert deal_parties("Varnock Steel Corp and Talbrin Metals Inc signed a security agreement with the U.S. "
                        "government on June 13.") == [{"Varnock Steel", "Talbrin Metals", "US"}]


def test_a_lenders_money_with_no_borrower_named_goes_to_the_headline_company():
    title = "Varnock Lithium Ltd closes €2 billion financing"
    assert deal_parties("The European Investment Bank is providing a €500 million loan.", title=title) == [
        {"European Investment Bank", "Varnock Lithium"}]
    assert deal_parties("A further €1.2 billion of senior debt comes from a group of commercial banks led by ING, "
                        "BNP Paribas and Commerzbank.", title=title) == [
        {"ING Group", "BNP Paribas", "Commerzbank", "Varnock Lithium"}]
    # a company that invests is no lender: its money goes to a business of its own
    assert deal_parties("Glencore will invest $500 million in its copper mines.", title=title) == []
    # revenue is no money lent
    assert deal_parties("About $5 billion of revenue comes from Glencore.", title=title) == []


def test_a_superlative_bounded_by_so_far_is_no_running_total():
    assert deal_parties("The European Investment Bank is providing a €500 million loan to Varnock Lithium Ltd, its "
                        "largest commitment so far.") == [{"European Investment Bank", "Varnock Lithium"}]


def test_a_participle_after_a_comma_modifies_the_noun_before_it():
    assert deal_parties("Ethiopia is also negotiating with Varnock Phosphate Ltd over a fertiliser complex, first "
                        "announced in 2016 with an estimated cost of $3.7 billion.") == []
    assert deal_parties("Namibia holds an option to acquire up to 24% of Talbrin Hydrogen Ltd, financed through a "
                        "loan from the sponsors.") == []


def test_a_reports_sources_name_no_deal():
    body = ("Varnock Gas Ltd signed a 10-year agreement to buy LNG from Talbrin Energy Corp. The contract, signed in "
            "New Delhi during a visit by the UAE's industry minister, is valued at about $7.5 billion, according to "
            "two people familiar with the terms.")
    assert deal_parties(body) == [{"Varnock Gas", "Talbrin Energy"}]


def test_a_site_chosen_for_a_plant_is_no_deal():
    body = ("Korvel Metals Ltd raised output. Varnock Aluminium Ltd, which in January picked Oklahoma as the site of "
            "the first new U.S. smelter in 45 years, a project it has estimated at $4 billion, said its timeline held.")
    assert deal_parties(body, title="Korvel Metals Ltd lifts output") == []
    assert deal_parties("Talbrin Motors Inc picked Indonesia as home to its new $5 billion battery plant.") == []
    assert deal_parties("Talbrin Metals Inc picked Varnock Aluminium Ltd as its partner for a $4 billion "
                        "smelter.") == [{"Talbrin Metals", "Varnock Aluminium"}]


def test_a_second_subject_with_a_future_verb_of_its_own_is_no_party_of_the_first_deal():
    assert deal_parties("Talbrin Power Ltd signed a supply deal with Varnock Battery Co Ltd, and Korvel Trading Ltd "
                        "will build the plant.") == [{"Talbrin Power", "Varnock Battery"}]
    assert deal_parties("Talbrin Power Ltd signed a supply deal with Varnock Battery Co Ltd, and Korvel Trading Ltd "
                        "(Korvel) is the construction contractor.") == [{"Talbrin Power", "Varnock Battery"}]


def test_a_government_named_after_the_verb_is_a_party_only_as_the_verbs_own_object():
    assert deal_parties("Greystone Lithium agreed to sell its stake in the Quarrel mine to Varnholt Mining, pending "
                        "approval by the Chilean government.") == [{"Greystone Lithium", "Varnholt Mining"}]
    assert deal_parties("Greystone Lithium signed a deal with Varnholt Mining to develop the mine, in which the "
                        "Mongolian government holds 34%.") == [{"Greystone Lithium", "Varnholt Mining"}]
    assert deal_parties("Greystone Lithium agreed to buy Varnholt Mining, a deal that the U.S. government must "
                        "still clear.") == [{"Greystone Lithium", "Varnholt Mining"}]
    assert deal_parties("Greystone Lithium signed a supply agreement with Varnholt Mining after lobbying by the "
                        "Brazilian government.") == [{"Greystone Lithium", "Varnholt Mining"}]


def test_a_government_closing_the_verbs_object_list_is_a_party():
    assert deal_parties("Greystone Lithium signed an agreement with Varnholt Mining, the Chilean state miner, and "
                        "the Chilean government.") == [{"Greystone Lithium", "Varnholt Mining", "CL"}]
    assert deal_parties("Greystone Lithium signed an agreement with Varnholt Mining and the Peruvian government on "
                        "Monday.") == [{"Greystone Lithium", "Varnholt Mining", "PE"}]
    # a government that opens a clause of its own, or follows a bystander's clause, is none
    assert deal_parties("Greystone Lithium signed an agreement with Varnholt Mining, and the Chilean government "
                        "welcomed it.") == [{"Greystone Lithium", "Varnholt Mining"}]
    assert deal_parties("Greystone Lithium signed an agreement with Varnholt Mining pending approval by regulators "
                        "and the Chilean government.") == [{"Greystone Lithium", "Varnholt Mining"}]


def test_a_government_closing_the_object_list_is_no_party_when_a_verb_of_its_own_follows_a_time_or_an_aside():
    assert deal_parties("Greystone Lithium signed a supply deal with Varnholt Mining, and the Chilean government, "
                        "which owns Varnholt Mining, approved it.") == [{"Greystone Lithium", "Varnholt Mining"}]
    assert deal_parties("Greystone Lithium signed an agreement with Varnholt Mining and the Chilean government last "
                        "week said it would tax copper.") == [{"Greystone Lithium", "Varnholt Mining"}]
    # a time or an aside that ends the clause leaves it a party
    assert deal_parties("Greystone Lithium signed an agreement with Varnholt Mining and the Chilean government last "
                        "week.") == [{"Greystone Lithium", "Varnholt Mining", "CL"}]

def test_money_told_by_its_sources_alone_is_no_deal_among_them():
    assert deal_parties("Another $1 billion of equity came from Quillmark Capital and Dravenor Partners, the "
                        "people said.") == []
    assert deal_parties("A further €1.2 billion of senior debt comes from a group of commercial banks led by ING, "
                        "BNP Paribas and Commerzbank.") == []
    # the one who tells it is the money's recipient
    assert deal_parties("Half of the $2 billion of funding came from JBIC, Varnock Lithium Ltd said.") == [
        {"JP", "Varnock Lithium"}]


def test_a_lenders_money_goes_to_the_headline_company_only_under_a_financing_headline_and_without_its_own_purpose():
    lead = "Varnock Lithium Ltd reported a 20% rise in profit on Tuesday. Varnock Lithium said output rose. "
    title = "Varnock Lithium Ltd posts record first-half profit"
    assert deal_parties(lead + "Japan will invest $1 billion in semiconductor research over five years.",
                        title=title) == []
    assert deal_parties(lead + "Germany provided €200 million of funding for hydrogen projects in 2024.",
                        title=title) == []
    assert deal_parties(lead + "The World Bank approved a $300 million loan for road projects.", title=title) == []
    title = "Varnock Lithium Ltd closes €2 billion financing"
    assert deal_parties("The World Bank is providing a $300 million loan for roads.", title=title) == []
    assert deal_parties("The World Bank is providing a $300 million loan for the project.", title=title) == [
        {"World Bank", "Varnock Lithium"}]


def test_a_financing_headline_is_told_by_whole_words_and_a_loans_time_or_term_is_no_purpose_of_its_own():
    body = "The European Investment Bank will provide a $300 million loan."
    assert deal_parties(body, title="Varnock Lithium Ltd shares jump as investors cheer results") == []
    assert deal_parties(body, title="Varnock Lithium Ltd faces investigation over refund calendar") == []
    title = "Varnock Lithium Ltd secures $500 million financing"
    assert deal_parties(body, title=title) == [{"European Investment Bank", "Varnock Lithium"}]
    for term in ("in two tranches", "in March", "for seven years"):
        assert deal_parties(f"The European Investment Bank will provide a $300 million loan {term}.", title=title) == [
            {"European Investment Bank", "Varnock Lithium"}]


def test_a_countrys_government_named_by_an_ambiguous_form_is_a_party():
    assert deal_parties("Jordan's government signed a $1 billion phosphate supply deal with Varnock Chemicals "
                        "Ltd.") == [{"JO", "Varnock Chemicals"}]

def test_a_verb_after_an_aside_of_the_subject_is_the_clauses_own_no_participle():
    assert deal_parties("Greystone Lithium, the region's second-largest miner, completed on Thursday its $6.7 "
                        "billion purchase of Varnholt Mining.") == [{"Greystone Lithium", "Varnholt Mining"}]
    assert deal_parties("Greystone Lithium, however, completed in March the $1 billion sale of its stake to "
                        "Varnholt Mining.") == [{"Greystone Lithium", "Varnholt Mining"}]
    assert deal_parties("Greystone Lithium, which makes magnets, received on Monday a $400 million investment from "
                        "Varnholt Mining.") == [{"Greystone Lithium", "Varnholt Mining"}]


def _valued(body: str) -> list[float | None]:
    return [deal.value for deal in extract(body).deals]


def test_a_later_value_or_price_must_be_the_deals_own():
    # a bare value is anything's: only "the investment" or a value "of the deal" is the deal's
    assert _valued("Greystone Lithium agreed to buy a 20% stake in Varnholt Mining's coal unit. Analysts "
                   "estimated the market value at $10 billion.") == [None]
    assert _valued("Greystone Lithium agreed to buy a 20% stake in Varnholt Mining's coal unit. Analysts "
                   "estimated the value of the deal at $2 billion.") == [2e9]
    # the consideration's own money follows its verb
    assert _valued("Greystone Lithium signed an offtake agreement with Varnholt Mining. The consideration is "
                   "small relative to Varnholt Mining's $1 trillion market value.") == [None]


def test_a_thing_valued_that_is_no_deal_noun_values_only_a_deal_of_its_kind_and_not_from_a_bygone_period():
    assert _valued("Greystone Lithium signed a nickel supply agreement with Varnholt Mining on Monday. Last year, "
                   "the supplies were worth about $3 billion.") == [None]
    assert _valued("Greystone Lithium signed a 20-year LNG supply deal with Varnholt Mining. The offer was worth "
                   "$5 billion.") == [None]
    assert _valued("Greystone Lithium signed a nickel supply agreement with Varnholt Mining on Monday. At current "
                   "prices, the supplies would be worth about $3 billion.") == [3e9]


def test_a_superlative_apposition_bounded_by_so_far_is_the_only_one_that_is_no_running_total():
    assert deal_parties("Korvel Metals Ltd has lent $2 billion to Varnock Lithium Ltd in the first three phases "
                        "so far.") == []
    assert deal_parties("Korvel Metals Ltd has lent $3 billion to Varnock Lithium Ltd, its biggest single borrower "
                        "so far.") == []
    assert deal_parties("Korvel Metals Ltd raised $3 billion from Varnock Lithium Ltd in the biggest placement "
                        "anywhere so far this year.") == [{"Korvel Metals", "Varnock Lithium"}]


def test_a_home_or_base_that_is_an_adjective_names_no_site():
    assert deal_parties("Talbrin Metals Inc picked Varnock Aluminium Ltd as its home battery supplier for the "
                        "Nevada plant, in a $2 billion deal.") == [{"Talbrin Metals", "Varnock Aluminium"}]


def test_aid_given_is_no_deal():
    assert deal_parties("Japan is providing $1 billion in aid to Ukraine.") == []
    assert deal_parties("Germany pledged a $2 billion aid package for Zambia.") == []
    # a loan provided is one
    assert deal_parties("Japan is providing a $1 billion loan to Ukraine.") == [{"JP", "UA"}]


def test_confirm_and_make_report_a_deal_only_through_their_own_new_deal_object():
    assert deal_parties("Separately, Talbrin Power confirmed a £1.3 billion investment for a 15% stake in Varnock "
                        "Nuclear Ltd.") == [{"Talbrin Power", "Varnock Nuclear"}]
    assert deal_parties("Talbrin Power made a $40 million loan to Varnock Nuclear Ltd.") == [
        {"Talbrin Power", "Varnock Nuclear"}]
    # money made, a figure confirmed, a plan made or talks confirmed are none
    assert deal_parties("Talbrin Power made $3 billion from copper sales to Varnock Nuclear Ltd.") == []
    assert deal_parties("Talbrin Power confirmed the $2 billion figure to Varnock Nuclear Ltd.") == []
    assert deal_parties("Talbrin Power made a plan with Varnock Nuclear Ltd.") == []
    assert deal_parties("Talbrin Power confirmed it had held talks with Varnock Nuclear Ltd over a $2 billion "
                        "deal.") == []


def test_confirm_and_make_report_a_deal_only_when_the_deal_noun_heads_their_object():
    # a noun after the deal noun heads the object: a decision, a plan, a repayment, a provision
    assert deal_parties("Talbrin Power made a final investment decision on the Varnock project in April, Korvel "
                        "Metals Ltd said.") == []
    assert deal_parties("Talbrin Power confirmed a new investment plan for its Varnock Mining unit on Tuesday.") == []
    assert deal_parties("Talbrin Power made a $1.2 billion loan repayment to Varnock Mining in March.") == []
    assert deal_parties("Talbrin Power made a loan loss provision of $40 million for Varnock Mining.") == []
    # the subject of a clause the verb reports
    assert deal_parties("Talbrin Power confirmed a deal with Varnock Mining had not been reached.") == []
    assert deal_parties("Talbrin Power confirmed an acquisition of Varnock Mining was under consideration.") == []
    # the deal noun heading the object, before its partner or a clause of its own, is a deal
    assert deal_parties("Talbrin Power made a $40 million loan to Varnock Mining, which will use it to build a "
                        "plant.") == [{"Talbrin Power", "Varnock Mining"}]


def test_one_sentence_tells_one_deal_of_the_same_parties():
    deals = extract("The Peruvian government will invest $35 million in Varnock Metals Ltd at $2.17 a share and "
                    "receive warrants to buy a further 7.5% of the company.").deals
    assert [({p.entity_ref for p in d.parties}, d.value) for d in deals] == [({"Varnock Metals", "PE"}, 35e6)]
    # two values told of the same parties are two deals
    assert len(extract("Talbrin Capital will lend $50 million to Varnock Metals Ltd and invest $20 million in "
                       "Varnock shares.").deals) == 2


def test_a_stake_taken_and_the_money_invested_for_it_are_one_deal():
    deals = extract("Talbrin Capital will take a 10% stake in Varnock Metals Ltd, the company said. Talbrin Capital "
                    "will invest $35 million in Varnock at $2.17 a share.").deals
    assert [({p.entity_ref for p in d.parties}, d.value) for d in deals] == [
        ({"Talbrin Capital", "Varnock Metals"}, 35e6)]
    # a loan of the same parties told apart is another deal
    assert len(extract("Talbrin Capital will take a 10% stake in Varnock Metals Ltd on Monday. Talbrin Capital also agreed "
                       "to lend Varnock $20 million.").deals) == 2


def test_what_a_side_gets_in_return_is_no_new_deal():
    body = ("Talbrin Capital agreed to lend $2 billion to Varnock Nuclear Ltd on Monday. In return it will receive a "
            "participation interest entitling it to 20% of Varnock Nuclear's cash distributions above $17 billion.")
    assert deal_parties(body) == [{"Talbrin Capital", "Varnock Nuclear"}]
    # "in exchange for" tells the deal itself
    assert deal_parties("In exchange for a 20% stake, Talbrin Capital will invest $40 million in Varnock Nuclear "
                        "Ltd.") == [{"Talbrin Capital", "Varnock Nuclear"}]


def test_what_shareholders_receive_and_how_they_vote_are_no_deals():
    assert deal_parties("Varnock Gold shareholders will receive A$3.40 a share, made up of A$2.52 in cash and a "
                        "variable part linked to Varnock Gold's stake in Talbrin Resources Ltd.") == []
    assert deal_parties("Varnock Gold's board has recommended the offer, and shareholders owning about 32% of the "
                        "shares, including Talbrin Resources Ltd, have agreed to vote in favour.") == []
    # a company that receives money from another does deal
    assert deal_parties("Varnock Gold will receive $40 million from Talbrin Resources Ltd for a 10% stake.") == [
        {"Varnock Gold", "Talbrin Resources"}]


def test_a_deal_denied_by_nothing_or_a_purpose_is_none():
    assert deal_parties("Varnock Refining has held talks with Talbrin Oil Co about more volumes, although "
                        "nothing has been signed.") == []
    assert deal_parties("The A$1.2 billion reserve, announced by the Prime Minister, is designed to buy critical "
                        "minerals and sell them to allies, including the United States and Japan.") == []


def test_more_of_an_activity_or_a_trend_of_deals_is_no_deal():
    assert deal_parties("Talbrin Bank has pledged to step up lending for critical minerals as Europe tries to "
                        "reduce its dependence on China.") == []
    assert deal_parties("India wants gas to make up 15% of its energy mix, and state companies have been signing "
                        "long-term contracts with suppliers in Qatar and the United States.") == []
    assert deal_parties("The ban has pushed utilities to sign more contracts with suppliers in Canada and "
                        "Kazakhstan.") == []
    # a deal signed is one
    assert deal_parties("Talbrin Power has signed long-term contracts with Varnock Uranium Ltd.") == [
        {"Talbrin Power", "Varnock Uranium"}]


def test_investment_increased_to_a_level_is_more_of_an_activity_not_a_deal():
    # the new level of a holding or of spending, with no verb of investing: as "step up lending"
    assert deal_parties("Talbrin Capital will increase investment in Varnock Mining to $500 million.") == []
    # money invested is a deal
    assert deal_parties("Talbrin Capital will invest a further $200 million in Varnock Mining.") == [
        {"Talbrin Capital", "Varnock Mining"}]


def test_a_countrys_purchases_over_a_past_year_are_a_statistic():
    assert deal_parties("South Korea, the third-largest LNG importer, bought about 46 million tonnes in 2024, with "
                        "Australia, Qatar and Malaysia its biggest suppliers.") == []
    # a stake bought is a deal
    assert deal_parties("Indonesia bought a 51% stake in Chile's copper mine in 2018.") == [{"ID", "CL"}]


def test_the_terms_of_a_deal_told_before_are_no_new_deal():
    body = ("Varnock Copper signed binding agreements with Talbrin Mining to develop a salt flat, in a deal worth up "
            "to $900 million. Under the terms, Talbrin Mining will acquire a 49.99% stake in Varnock Salar SpA, the "
            "Varnock Copper unit that holds the project.")
    assert [d.value for d in extract(body).deals] == [9e8]
    # a loan made under it is a deal of its own
    body = ("Varnock Copper signed a cobalt supply agreement with Talbrin Mining. Under the agreement, Talbrin "
            "Mining will lend Varnock Copper $150 million.")
    assert len(extract(body).deals) == 2


def test_a_loan_or_other_money_under_the_terms_of_a_deal_told_before_is_a_deal_of_its_own():
    body = ("Talbrin Mining signed an agreement with Varnock Copper on Monday. Under the terms, Talbrin Mining will "
            "lend Varnock Copper $50 million.")
    assert sorted((d.deal_type, d.value) for d in extract(body).deals) == [("agreement", None), ("loan", 5e7)]
    body = ("Talbrin Mining signed a $20 million agreement with Varnock Copper. Under the terms, Talbrin Mining will "
            "acquire a 15% stake in Varnock Copper for $35 million.")
    assert sorted(d.value for d in extract(body).deals) == [2e7, 3.5e7]
    # money of the same value is the deal told before
    body = ("Talbrin Mining signed a $35 million agreement with Varnock Copper. Under the terms, Talbrin Mining will "
            "acquire a 15% stake in Varnock Copper for $35 million.")
    assert [d.value for d in extract(body).deals] == [3.5e7]


def test_a_second_buyer_before_its_own_approximate_money_deals_with_the_seller_only():
    deals = extract("Talbrin Steel Corp is paying about US$720 million for a 20% interest in the Varnock mine and "
                    "Korvel Steel Corp about US$360 million for 10%, Varnock Coal Ltd said in a statement.").deals
    assert [({p.entity_ref for p in d.parties}, d.value) for d in deals] == [
        ({"Talbrin Steel", "Varnock Coal"}, 720e6), ({"Korvel Steel", "Varnock Coal"}, 360e6)]


def test_a_loan_sanctioned_is_a_loan_and_sanctions_imposed_are_none():
    assert deal_parties("A $400 million term loan for the first phase has been sanctioned by Varnock Bank, Talbrin "
                        "Lithium said.") == [{"Talbrin Lithium", "Varnock Bank"}]
    assert deal_parties("Varnock Bank sanctioned a $400 million loan to Talbrin Lithium.") == [
        {"Talbrin Lithium", "Varnock Bank"}]
    assert deal_parties("The US sanctioned two tankers owned by Talbrin Lithium carrying $400 million of oil from "
                        "Varnock Bank.") == []
    assert deal_parties("The US sanctioned Varnock Bank over its $400 million loan to Talbrin Lithium.") == []


def test_a_loan_sanctioned_is_told_by_its_value_borrower_or_amount_before_it():
    deals = extract("Varnock Bank has sanctioned loans worth Rs 12,000 crore to Talbrin Green Energy Ltd.").deals
    assert [({p.entity_ref for p in d.parties}, d.deal_type, d.value) for d in deals] == [
        ({"Varnock Bank", "Talbrin Green Energy"}, "loan", 12e10)]
    deals = extract("Varnock Bank has sanctioned Rs 3,000 crore loan to Talbrin Green Energy Ltd for solar "
                    "projects.").deals
    assert [({p.entity_ref for p in d.parties}, d.deal_type, d.value) for d in deals] == [
        ({"Varnock Bank", "Talbrin Green Energy"}, "loan", 3e10)]
    # a noun after the loan word names what sanctions hit
    assert deal_parties("The US Treasury sanctioned a Talbrin financing vehicle and Varnock Bank last year.") == []


def test_work_won_is_a_new_deal_even_when_named_as_the_contract():
    assert deal_parties("Talbrin Lithium said Varnock Construction had been awarded the engineering, procurement "
                        "and construction contract.") == [{"Talbrin Lithium", "Varnock Construction"}]
    # a prize or a licence won is none
    assert deal_parties("Talbrin Lithium said Varnock Construction won the award for the best plant.") == []
    assert deal_parties("Talbrin Lithium said Varnock Construction had been awarded the licence.") == []


def test_work_won_is_the_contract_itself_not_a_dispute_over_it():
    assert deal_parties("Talbrin Lithium won the contract dispute with Varnock Construction in a London court on "
                        "Friday.") == []
    assert deal_parties("Talbrin Lithium won the concession arbitration against Varnock Construction.") == []
    # the contract won, before its partner or its work
    assert deal_parties("Talbrin Lithium won the contract with Varnock Construction to build the plant.") == [
        {"Talbrin Lithium", "Varnock Construction"}]


def test_a_loan_provided_under_a_deal_told_before_is_a_loan_of_its_own():
    body = "Talbrin Metals has agreed to buy Varnock Gold for $500 million. As part of the transaction, Talbrin will "
    assert deal_parties(body + "provide Varnock with a $40 million bridge loan to keep works on schedule.") == [
        {"Talbrin Metals", "Varnock Gold"}, {"Talbrin Metals", "Varnock Gold"}]
    # money that only moves under the deal is none of its own
    assert deal_parties(body + "provide Varnock with $40 million of equipment.") == [
        {"Talbrin Metals", "Varnock Gold"}]


def test_signers_of_plural_agreements_with_one_partner_each_sign_their_own():
    assert deal_parties("Talbrin Potash Ltd, Varnock Fertilisers Ltd and Greystone Lithium signed the agreements "
                        "with Korvel Metals Ltd in Riyadh on Saturday.") == [
        {"Talbrin Potash", "Korvel Metals"}, {"Varnock Fertilisers", "Korvel Metals"},
        {"Greystone Lithium", "Korvel Metals"}]
    # one agreement is the signers' together
    assert deal_parties("Talbrin Potash Ltd, Varnock Fertilisers Ltd and Greystone Lithium signed an agreement "
                        "with Korvel Metals Ltd in Riyadh on Saturday.") == [
        {"Talbrin Potash", "Varnock Fertilisers", "Greystone Lithium", "Korvel Metals"}]
    # agreements not told before, signed by a list, are the signers' together
    assert deal_parties("Talbrin Potash Ltd, Varnock Fertilisers Ltd and Greystone Lithium have signed power "
                        "purchase agreements with Korvel Metals Ltd for seven solar projects.") == [
        {"Talbrin Potash", "Varnock Fertilisers", "Greystone Lithium", "Korvel Metals"}]
    # names of two clauses are no list of signers
    assert len(deal_parties("Talbrin Potash Ltd keeps control until 2030, and Varnock Fertilisers Ltd takes over "
                            "from 2031 under new contracts with Korvel Metals Ltd.")) < 2


def test_a_sale_to_a_list_of_buyers_is_one_deal_per_buyer():
    assert deal_parties("Korvel Metals has signed long-term contracts to supply natural uranium to Talbrin Power Ltd "
                        "and Varnock Energy Ltd, the company said on Monday.") == [
        {"Korvel Metals", "Talbrin Power"}, {"Korvel Metals", "Varnock Energy"}]
    # one buyer after "to" beside the partner "with": one deal
    assert deal_parties("Korvel Metals has signed a long-term contract with Talbrin Power Ltd to supply natural "
                        "uranium to Varnock Energy Ltd.") == [{"Korvel Metals", "Talbrin Power", "Varnock Energy"}]


def test_one_deal_to_sell_to_a_list_of_buyers_is_one_deal():
    assert deal_parties("Korvel Metals signed a deal to sell its copper to Talbrin Power Ltd and Varnock Energy "
                        "Ltd.") == [{"Korvel Metals", "Talbrin Power", "Varnock Energy"}]


def test_a_quantity_bought_from_two_sellers_is_one_supply_deal_per_seller():
    assert deal_parties("Korvel Gas will buy about 1.5 million tonnes a year from Talbrin Trading and about 1.8 "
                        "million tonnes a year from Varnock Energy, with deliveries starting in 2028.") == [
        {"Korvel Gas", "Talbrin Trading"}, {"Korvel Gas", "Varnock Energy"}]
    # a company bought, not goods: one deal
    assert deal_parties("Korvel Gas will buy Talbrin Trading from Varnock Energy.") == [
        {"Korvel Gas", "Talbrin Trading", "Varnock Energy"}]


def test_a_price_for_each_named_share_is_no_deal_value():
    assert _valued("Talbrin Gold will buy Varnock Copper for about $1.03 billion in cash. Talbrin will pay $12.25 "
                   "for each Varnock share, a 30% premium to the company's closing price before the deal was "
                   "announced.") == [1.03e9]
    # the deal's own money still counts
    assert _valued("Talbrin Gold will pay $40 million for Varnock Copper shares.") == [4e7]


def test_a_development_deal_takes_the_cost_of_the_project_told_soon_after():
    assert _valued("Greystone Lithium signed an investment agreement with Varnholt Mining for a nickel plant on "
                   "Tuesday. The project is expected to cost about $1.8 billion.") == [1.8e9]
    assert _valued("Greystone Lithium and Varnholt Mining have agreed to develop two tungsten deposits. Developing "
                   "the two deposits will cost about $1.1 billion.") == [1.1e9]
    # a purchase's price is no project's cost
    assert _valued("Greystone Lithium agreed to buy a nickel mine from Varnholt Mining. The expansion is expected to "
                   "cost about $300 million.") == [None]
    # what no venture costs, or a loss to someone, is no deal's value
    joint_venture = ("Talbrin Resources signed a joint venture agreement with Varnock Mining to develop a lithium "
                     "refinery. ")
    assert _valued(joint_venture + "The week-long strike will cost the company about $20 million in lost "
                   "output.") == [None]
    assert _valued(joint_venture + "The new export tax would cost miners about $300 million a year.") == [None]
    assert _valued(joint_venture + "Higher power prices will cost Talbrin about $40 million this year.") == [None]
    assert _valued(joint_venture + "The refinery will cost Talbrin about $40 million in lost output.") == [None]
    assert _valued(joint_venture + "Building the refinery would cost about $900 million.") == [9e8]


def test_a_takeover_takes_the_value_put_on_the_company_it_buys():
    assert _valued("Greystone Lithium agreed to acquire Varnholt Mining in an all-share deal. That values Varnholt "
                   "Mining at about $3.5 billion, including debt.") == [3.5e9]
    # the company a stake is bought in, valued whole, is not what the deal pays
    assert _valued("Greystone Lithium agreed to acquire a 30% stake in Varnholt Mining. The deal values the holding "
                   "company at about $4 billion.") == [None]
    assert _valued("Greystone Lithium agreed to acquire Varnholt Mining in an all-share deal. That values Talbrin "
                   "Copper at about $3.5 billion.") == [None]
    # the company bought, by what the article introduced it as; not "the company", said of every company
    assert _valued("Greystone Lithium agreed to acquire copper miner Varnholt Mining in an all-share deal. The deal "
                   "values the miner at about $3.5 billion.") == [3.5e9]
    assert _valued("Greystone Lithium agreed to acquire Varnholt Mining in an all-share deal. The deal values the "
                   "miner at about $3.5 billion.") == [None]
    assert _valued("Greystone Lithium agreed to acquire Varnholt Mining, a copper miner, in an all-share deal. The "
                   "deal values the company at about $3.5 billion.") == [None]


def test_a_supply_deal_takes_the_worth_told_after_a_lead_in_without_its_comma():
    assert _valued("Greystone Lithium agreed to supply crude to Varnholt Mining for a year. Based on current prices "
                   "the supply is worth an estimated $2.4 billion.") == [2.4e9]
    assert _valued("Greystone Lithium agreed to supply crude to Varnholt Mining for a year. In 2019 the supply was "
                   "worth $2.4 billion.") == [None]


def test_a_deal_takes_the_spend_it_commits_its_party_to():
    assert _valued("Greystone Lithium signed an exploration agreement with Varnholt Mining on Tuesday. The "
                   "agreement, signed in Talbrin, grants the company rights to explore 1,600 square kilometres and "
                   "commits it to spend at least $100 million on exploration.") == [1e8]
    assert _valued("Greystone Lithium signed an exploration agreement with Varnholt Mining on Tuesday. Varnholt "
                   "Mining has committed to cut costs by $100 million.") == [None]


def test_companies_bought_together_are_bought_in_a_deal_each():
    deals = extract("Greystone Lithium said on Monday it had agreed to acquire Varnholt Mining Ltd and Talbrin Copper "
                    "Corp in two linked transactions.").deals
    assert sorted(sorted(p.entity_ref for p in d.parties) for d in deals) == [
        ["Greystone Lithium", "Talbrin Copper"], ["Greystone Lithium", "Varnholt Mining"]]
    # a price for both is no price of either: one deal
    assert len(extract("Greystone Lithium agreed to acquire Varnholt Mining Ltd and Talbrin Copper Corp for "
                       "$900 million.").deals) == 1
    # the last one owns what is bought
    assert len(extract("Greystone Lithium agreed to acquire Varnholt Mining Ltd and Talbrin Copper Corp's "
                       "shares in a copper mine.").deals) == 1
    # no buyer found: no deal of one party each
    assert extract("The company agreed to acquire Varnholt Mining and Ossery Metals in two linked "
                   "transactions.").deals == []
    # a verb after the last name opens a clause of its own: that company is bought by no one
    assert deal_parties("Talbrin Resources agreed to buy Varnholt Mining and Ossery Metals will supply the "
                        "ore.") == [{"Talbrin Resources", "Varnholt Mining"}]


def test_a_company_a_description_of_the_one_bought_names_is_no_party():
    assert deal_parties("Greystone Lithium agreed to buy Varnholt Mining, a company that holds interests in the same "
                        "mines as Talbrin Copper, for about $196 million.") == [{"Greystone Lithium", "Varnholt Mining"}]
    # a description that is no apposition keeps its names
    assert deal_parties("Greystone Lithium agreed to buy the mines that Varnholt Mining sold to Talbrin Copper for "
                        "about $196 million.") != [{"Greystone Lithium", "Varnholt Mining"}]


def test_a_share_price_move_is_no_investment():
    assert deal_parties("Korvel Gas shares closed up 0.6% at 3.29 dirhams in Abu Dhabi.") == []
    assert deal_parties("Korvel Gas closed its purchase of Talbrin Power for $300 million.") == [
        {"Korvel Gas", "Talbrin Power"}]


def test_a_countrys_purchases_over_a_fiscal_year_are_a_statistic():
    assert deal_parties("India is a big importer. It bought about 26.3 million tonnes of LNG from Qatar in the "
                        "fiscal year to March, up nearly 20%.") == []
    assert deal_parties("Vantoria imported lithium-ion cells worth more than $2.8 billion from China in the last "
                        "financial year.") == []


def test_a_verb_noun_that_ends_its_sentence_has_no_object_and_is_a_noun():
    assert deal_parties("The benchmark hit a record above $400 in 2022 after Russia's invasion of Ukraine "
                        "disrupted European supply.") == []
    assert deal_parties("Korvel Energy agreed with Japan's Talbrin Power to supply $400 million of coal.") == [
        {"Korvel Energy", "Talbrin Power"}]


def test_a_price_per_dry_tonne_is_no_deal_value():
    assert deal_parties("Prices for Ghanaian high-grade ore delivered to China were around $4.20 per dry metric "
                        "tonne unit this week, having fallen about 30% this year after a cyclone-related supply "
                        "shock in Australia eased.") == []


def test_two_nationalities_of_one_group_of_lenders_are_one_side():
    assert deal_parties("The lenders are Korvel Bank and Talbrin Bank. Chinese and Japanese banks together "
                        "provided close to 60% of the debt, according to a banker involved in the deal.") == []
    assert deal_parties("Chinese and Japanese banks provided a $2 billion loan to Talbrin Power.") == [
        {"CN", "JP", "Talbrin Power"}]
    assert deal_parties("China and Japan signed a $2 billion currency swap.") == [{"CN", "JP"}]


def test_a_states_bonds_bought_make_no_party():
    assert deal_parties("Korvel Energy will invest $12 billion in U.S. Treasury securities.") == []
    assert deal_parties("Korvel Energy signed a $2 billion debt deal with Japan.") == [{"Korvel Energy", "JP"}]


def test_a_source_of_figures_is_never_a_party():
    assert deal_parties("The refinery has relied on imports. It has bought about 12 million barrels of U.S. crude "
                        "for delivery in the first quarter, according to ship-tracking data from Talbrin "
                        "Energy.") == []
    assert deal_parties("Korvel Energy signed a deal with Talbrin Power, according to Varnock Media.") == [
        {"Korvel Energy", "Talbrin Power"}]


def test_a_participle_after_a_noun_with_its_agent_modifies_the_noun():
    assert deal_parties("A consortium backed by the US government is in talks to buy a minority stake in Korvel "
                        "Energy's copper and cobalt mines in Chile, according to people familiar with the "
                        "matter.") == []
    assert deal_parties("A fund backed by Saudi Arabia bought 10% of Korvel Energy for $2 billion.") == [
        {"SA", "Korvel Energy"}]


def test_goods_that_are_shipped_somewhere_go_there_as_a_rule():
    assert deal_parties("For now, most of Korvel Energy's concentrate is shipped to China for separation, a "
                        "dependence that the DFC financing is meant to loosen.") == []
    assert deal_parties("Korvel Energy shipped cobalt worth $300 million to China's Talbrin Metals.") == [
        {"Korvel Energy", "Talbrin Metals"}]


def test_a_vessel_chartered_from_an_owner_is_a_deal():
    assert deal_parties("To handle the extra imports, Korvel Gas has chartered two floating storage units from "
                        "U.S.-based Talbrin Shipping.") == [{"Korvel Gas", "Talbrin Shipping"}]
    assert deal_parties("The chartered tanker arrived at Korvel Gas's terminal from Talbrin Shipping.") == []


def test_who_operates_an_asset_told_in_an_aside_is_no_party():
    assert deal_parties("Egypt signed agreements with Cyprus in February to process gas from the Korvel "
                        "discovery, operated by Talbrin Energy and Varnock Oil, at its liquefaction plant.") == [
        {"EG", "CY"}]


def test_a_colon_before_a_pronoun_opens_a_clause_of_its_own():
    deal = extract("Korvel Mining, after rejecting Talbrin Metals' unsolicited £39 billion approach in May, began "
                   "selling assets: it agreed in February to sell its nickel unit to China's Varnock Resources "
                   "for up to US$500 million.").deals
    assert [(d.value, d.currency) for d in deal] == [(500e6, "USD")]


def test_what_a_subject_did_first_in_an_adjunct_aside_adds_no_party():
    assert deal_parties("Korvel Mining, after rejecting an approach from Talbrin Metals in May, agreed to sell "
                        "its nickel unit to Varnock Resources for $500 million.") == [{"Korvel Mining",
                                                                                       "Varnock Resources"}]


def test_ships_or_machines_ordered_from_their_builder_are_a_purchase():
    assert deal_types("Korvel Shipping has ordered six very large ore carriers at Talbrin Shipbuilding for about $600 "
                      "million.") == [("supply", {"Korvel Shipping", "Talbrin Shipbuilding"})]
    assert deal_parties("Korvel Shipping placed orders for four tankers with Talbrin Shipbuilding.") == [
        {"Korvel Shipping", "Talbrin Shipbuilding"}]
    # an order that is no purchase
    assert deal_parties("Korvel Shipping ordered an inquiry into Talbrin Shipbuilding's safety record.") == []


def test_an_owner_named_in_an_owned_attribute_is_no_party():
    body = ("Korvel Energy agreed a $1.2 billion prepayment with Gecamines in Lubumbashi, the two said in a joint "
            "statement. Repayments will be made with copper cathode from Gecamines' operations. It also agreed to buy "
            "up to 8,000 tonnes a year of cobalt hydroxide from Gecamines-owned Varnock Metals, the statement said.")
    deals = extract(body, title="Korvel Energy lends $1.2bn to Gecamines").deals
    assert [{p.entity_ref for p in d.parties} for d in deals] == [{"Gécamines", "Korvel Energy"},
                                                                  {"Korvel Energy", "Varnock Metals"}]


def test_it_after_a_sentence_opening_with_no_party_is_the_subject_of_the_one_before():
    body = ("Korvel Energy agreed a $1.2 billion prepayment with Talbrin Mining. Repayments will be made with copper "
            "cathode from Talbrin Mining's mines. It also agreed to buy up to 8,000 tonnes a year of cobalt hydroxide "
            "from Varnock Metals.")
    assert deal_parties(body)[-1] == {"Korvel Energy", "Varnock Metals"}


def test_it_after_a_sentence_about_a_thing_is_the_company_acting_in_that_sentence():
    body = ("Korvel Mining said its quarterly output rose. \"We are pleased,\" its chief executive said on Friday. "
            "The sale is the second asset deal Korvel Mining has struck this year. In May it sold a 40 per cent stake "
            "in its rail line to Talbrin Partners for $500 million.")
    assert {"Korvel Mining", "Talbrin Partners"} in deal_parties(body)
    # a company named only as an owner there ("from Varnock Metals' mines") is not whom "it" means
    body = ("Korvel Mining said its quarterly output rose. \"We are pleased,\" its chief executive said on Friday. "
            "The ore comes from Varnock Metals' mines. In May it sold a 40 per cent stake in its rail line to "
            "Talbrin Partners for $500 million.")
    assert {"Varnock Metals", "Talbrin Partners"} not in deal_parties(body)


def test_a_stake_bought_without_its_holder_is_in_the_company_a_stake_was_just_bought_in():
    body = ("Talbrin Metals invested C$69 million in Korvel Lithium for a 9.9% stake in 2023. Varnock Chemicals "
            "bought a 4.9% stake for C$109 million the same year.")
    assert deal_parties(body) == [{"Korvel Lithium", "Talbrin Metals"}, {"Korvel Lithium", "Varnock Chemicals"}]
    # no stake bought just before: the holder stays unknown, and no deal is told
    body = ("Talbrin Metals signed an offtake with Korvel Lithium in 2023. Varnock Chemicals bought a 4.9% stake for "
            "C$109 million the same year.")
    assert deal_parties(body) == [{"Korvel Lithium", "Talbrin Metals"}]
    # a stake whose holder the clause names further on ("a stake for C$109 million in the mine") is not in C
    body = ("Talbrin Metals invested C$69 million in Korvel Lithium last year. Separately, Varnock Chemicals bought "
            "a 20% stake for C$109 million in the Kestrel copper mine in Peru.")
    assert {"Korvel Lithium", "Varnock Chemicals"} not in deal_parties(body)
    # a time after the stake names no holder: the stake is still in C
    body = ("Talbrin Metals invested C$69 million in Korvel Lithium for a 9.9% stake. Varnock Chemicals bought a 4.9% "
            "stake for C$109 million in 2023.")
    assert {"Korvel Lithium", "Varnock Chemicals"} in deal_parties(body)


def test_lots_awarded_to_several_are_a_deal_with_each():
    assert deal_parties("Korvel Gas Holding Co awarded 15 cargoes to Talbrin Energy, 12 to Varnock Trading and nine "
                        "to Greystone Partners.") == [{"Korvel Gas Holding", "Talbrin Energy"},
                                                      {"Korvel Gas Holding", "Varnock Trading"},
                                                      {"Korvel Gas Holding", "Greystone Partners"}]


def test_a_concession_won_is_a_deal():
    assert deal_parties("Korvel Port Holdings Ltd won a 30-year concession to run the container terminal from "
                        "Kenya.") == [{"Korvel Port", "KE"}]  # (a legal form and "Holdings" drop from the name)
    # a concession in talks is none
    assert deal_parties("Korvel Energy won a concession from Talbrin Power on pricing.") == []


def test_set_hedges_only_as_set_to():
    assert deal_parties("The model was set in July 2025, when Korvel Energy bought $400 million of preferred stock in "
                        "Talbrin Power.") == [{"Korvel Energy", "Talbrin Power"}]
    assert deal_parties("Korvel Energy is set to buy Talbrin Power for $400 million.") == []


def test_agreeing_with_a_party_named_with_its_abbreviation_to_do_something_is_a_deal():
    assert deal_parties("Korvel Energy Ltd (KEL) agreed with Talbrin Power Corp (TPC) to store 5 million barrels of "
                        "crude in its caverns.") == [{"Korvel Energy", "Talbrin Power"}]


def test_a_deal_told_in_a_relative_clause_by_the_sides_that_made_it_is_a_deal():
    assert deal_parties("The fund was created under the minerals agreement that Washington and Kyiv signed in "
                        "April.") == [{"US", "UA"}]
    body = ("Pakistan and the United States held talks in Islamabad on Monday. The deal builds on a trade agreement "
            "the two governments reached in July.")
    assert deal_parties(body) == [{"PK", "US"}]
    # going on about the deal with no sides making it stays no deal
    assert deal_parties("The fund was created under the minerals agreement signed in April.") == []


def test_lenders_left_unnamed_are_those_the_next_sentence_names():
    assert deal_parties("Korvel Solar has signed $3.3 billion of senior debt with a group of eight lenders. The "
                        "banks are Talbrin Bank, Varnock Bank and Mizuho.") == [
        {"Korvel Solar", "Talbrin Bank", "Varnock Bank", "Mizuho"}]
    assert deal_parties("Korvel Solar has signed a €500 million loan with banks for its plant. The commercial "
                        "facility is provided by Talbrin Bank and Varnock Bank.") == [
        {"Korvel Solar", "Talbrin Bank", "Varnock Bank"}]
    # a next sentence that only speaks of the banks names no lenders
    assert deal_parties("Korvel Solar has signed a €500 million loan with banks for its plant. The banks said "
                        "Talbrin Bank's demand was strong.") == []


def test_a_sum_sanctioned_in_debt_is_a_loan():
    deal = extract("A clutch of state-run lenders has sanctioned Rs 3,600 crore (about $415 million) in project "
                   "debt to Korvel Solar for a hybrid plant. The loan is being extended by Talbrin Bank, which "
                   "leads the consortium, together with Varnock Bank.").deals
    assert [({p.entity_ref for p in d.parties}, d.value, d.currency) for d in deal] == [
        ({"Korvel Solar", "Talbrin Bank", "Varnock Bank"}, 36e9, "INR")]


def test_a_deal_of_a_described_subject_days_before_is_its_own_clause():
    deals = extract("A clutch of lenders has sanctioned Rs 3,600 crore in project debt to Korvel Solar for a plant, "
                    "days after a company subsidiary signed a 25-year power purchase agreement with Varnock Power. "
                    "The loan is being extended by Talbrin Bank together with Brenmore Bank.").deals
    assert [{p.entity_ref for p in d.parties} for d in deals] == [{"Korvel Solar", "Talbrin Bank", "Brenmore Bank"}]


def test_a_participle_after_a_preposition_is_an_adjective():
    assert deal_parties("Korvel Shipping currently relies heavily on chartered foreign-flagged tonnage to move "
                        "Talbrin Oil's crude.") == []
    assert deal_parties("Korvel Energy chartered a tanker from Talbrin Shipping for $40 million.") == [
        {"Korvel Energy", "Talbrin Shipping"}]


def test_companies_a_deal_is_measured_against_are_no_parties():
    assert deal_parties("Korvel Energy completed its acquisition of grain handler Talbrin Power on Wednesday, "
                        "creating a trading house big enough to challenge Cargill and Archer-Daniels-Midland.") == [
        {"Korvel Energy", "Talbrin Power"}]
    assert deal_parties("Korvel Energy agreed to buy Talbrin Power, a rival to Cargill, for $2 billion.") == [
        {"Korvel Energy", "Talbrin Power"}]


def test_what_the_owners_of_a_company_bought_receive_is_the_price_told_before():
    assert deal_parties("Brenmore Energy completed its acquisition of grain handler Talbrin Power on Wednesday. "
                        "Talbrin Power's owners, trading group Glencore and Varnock Investment Management Corp, "
                        "received about 65.6 million Brenmore Energy shares and $2 billion in cash.") == [
        {"Brenmore Energy", "Talbrin Power"}]
    assert deal_parties("Brenmore Energy received a $2 billion loan from Talbrin Bank.") == [
        {"Brenmore Energy", "Talbrin Bank"}]


def test_the_session_rules_leave_ordinary_deals_alone():
    # a rival bought is the target; a name ending in 'ON' or 'A' is no article; an adverb is no noun; nationals of
    # two signing states; owners who borrow; goods exported under a named contract
    assert deal_parties("Korvel Energy agreed to acquire smaller rival Talbrin Power for $70 billion.") == [
        {"Korvel Energy", "Talbrin Power"}]
    assert deal_parties("Uniper and E.ON signed a gas supply agreement.") == [{"Uniper", "E.ON"}]
    assert deal_parties("A $2 billion loan to Korvel Energy was formally approved by Talbrin Bank on Monday.") == [
        {"Korvel Energy", "Talbrin Bank"}]
    assert deal_parties("India and the UAE signed a $3 billion deal to let Indian and Emirati firms trade in "
                        "rupees.") == [{"IN", "AE"}]
    assert deal_parties("Varnock's owners, Glencore and Trafigura, received a $500 million loan from Talbrin "
                        "Bank.") == [{"Glencore", "Trafigura", "Talbrin Bank"}]
    assert deal_parties("Korvel Energy said the LNG is exported to Japan under a long-term deal with Talbrin "
                        "Power.") == [{"Korvel Energy", "Talbrin Power"}]


def test_a_raise_to_expand_processing_somewhere_is_the_companys_alone():
    deal = extract("Korvel Mining has raised A$750 million in a placement to institutional investors to expand its "
                   "heavy rare earths processing in Malaysia and Australia, a sign of appetite for non-Chinese "
                   "supply.").deals
    assert [({p.entity_ref for p in d.parties}, d.deal_type) for d in deal] == [
        ({"Korvel Mining"}, "capital_raise")]


def test_the_governments_next_deal_after_and_is_a_clause_of_its_own():
    assert deal_parties("In July the Pentagon agreed to buy $400 million of preferred stock in Korvel Energy, "
                        "becoming its largest shareholder, and in August the government took a roughly 10% stake "
                        "in chipmaker Talbrin Power by converting $8.9 billion of grants.") == [
        {"US", "Korvel Energy"}, {"US", "Talbrin Power"}]


def test_a_term_sheet_for_a_possible_deal_is_no_deal_yet():
    assert deal_parties("Korvel Energy has also signed a term sheet with Norway's Talbrin Power for a possible "
                        "10-year supply of 200,000 tonnes a year.") == []
    assert deal_parties("Korvel Energy signed a term sheet with Talbrin Power for the supply of 200,000 tonnes a "
                        "year.") == [{"Korvel Energy", "Talbrin Power"}]


def test_a_loan_whose_arrangers_the_next_sentence_names_is_with_them():
    assert deal_parties("Korvel Copper has signed a $1.05 billion loan package covered by European export credit "
                        "agencies. The facility was arranged by Talbrin Bank and Varnock Bank, with Brenmore Bank "
                        "joining, Korvel Copper said.") == [
        {"Korvel Copper", "Talbrin Bank", "Varnock Bank", "Brenmore Bank"}]
    assert deal_parties("Korvel Copper has secured a US$400 million prepayment facility from a group of commodity "
                        "traders, cash its Abu Dhabi owner says it needs. The facility was arranged by Talbrin "
                        "Trading, with Varnock Trading joining.") == [
        {"Korvel Copper", "Talbrin Trading", "Varnock Trading"}]


def test_a_passive_whose_subject_is_the_contract_reports_it():
    assert deal_parties("Contracts for the cargoes were awarded by Korvel Gas to Talbrin Energy after a tender, "
                        "officials said.") == [{"Korvel Gas", "Talbrin Energy"}]
    assert deal_parties("The contract was awarded in 2019, Korvel Gas said.") == []


def test_the_company_after_a_sentence_led_by_for_a_company_is_that_company():
    deals = extract("Korvel Mining chose Talbrin Metals as its partner for the salt flat on Tuesday. For Talbrin "
                    "Metals, the salt flat adds to a fast-growing lithium portfolio. The company became one of the "
                    "largest producers in March, when it completed its $6.7 billion acquisition of Varnock Lithium.",
                    title="Korvel Mining picks Talbrin Metals for salt flat").deals
    assert {"Talbrin Metals", "Varnock Lithium"} in [{p.entity_ref for p in d.parties} for d in deals]


def test_contracts_awarded_by_one_party_to_several_are_one_each():
    assert deal_parties("Contracts for the cargoes were awarded by the state-owned Korvel Gas Holding Company to "
                        "Talbrin Energy, Varnock Oil and Brenmore Trading after a tender, officials said.") == [
        {"Korvel Gas Holding", "Talbrin Energy"}, {"Korvel Gas Holding", "Varnock Oil"},
        {"Korvel Gas Holding", "Brenmore Trading"}]


def test_the_award_and_term_sheet_rules_leave_their_neighbours_alone():
    # "the company" after ", and" is no government's next deal; a consortium takes one award; a binding term sheet
    # is a deal; a company describing a taker takes nothing
    assert deal_parties("Korvel Energy signed a lithium supply deal with Ford, and the company also signed an "
                        "agreement with BMW.") == [{"Korvel Energy", "Ford"}, {"Korvel Energy", "BMW"}]
    assert deal_parties("Contracts were awarded by Korvel Energy to a consortium of Talbrin Power and Varnock "
                        "Oil.") == [{"Korvel Energy", "Talbrin Power", "Varnock Oil"}]
    assert deal_parties("Korvel Energy signed a binding term sheet with Talbrin Power for a proposed $200 million "
                        "prepayment facility.") == [{"Korvel Energy", "Talbrin Power"}]
    deals = extract("Contracts for the copper cargoes were awarded by Korvel Energy to Talbrin Power and Varnock "
                    "Oil, a partner of Brenmore Trading.").deals
    assert [({p.entity_ref for p in d.parties}, d.deal_type) for d in deals] == [
        ({"Korvel Energy", "Talbrin Power"}, "supply"), ({"Korvel Energy", "Varnock Oil"}, "supply")]


def test_a_deal_told_as_a_noun_phrase_owned_by_one_side_is_a_deal():
    assert deal_parties("The Japanese partnership follows Korvel Energy's purchase earlier this year of Talbrin "
                        "Power.") == [{"Korvel Energy", "Talbrin Power"}]
    assert deal_values("Korvel Energy has since grown through its $2.1 billion acquisition of Talbrin "
                       "Power.") == [(2.1e9, "USD")]
    assert deal_parties("Output talks were complicated by the Pentagon's deal in July with rival Talbrin "
                        "Power.") == [{"US", "Talbrin Power"}]
    # "It" opening the sentence is the subject of the sentence before
    assert deal_parties("Korvel Energy went through an overhaul. It has since become a big lithium player through "
                        "its takeover of Talbrin Power.") == [{"Korvel Energy", "Talbrin Power"}]


def test_a_noun_phrase_deal_that_is_hedged_failed_or_only_proposed_is_no_deal():
    assert deal_parties("Korvel Energy's proposed takeover of Talbrin Power drew criticism.") == []
    assert deal_parties("Regulators may block Korvel Energy's takeover of Talbrin Power.") == []
    assert deal_parties("Korvel Energy's takeover of Talbrin Power collapsed in March.") == []
    assert deal_parties("Korvel Energy's hostile takeover of Talbrin Power drew criticism.") == []
    # goods bought are no company bought; a phrase that starts anew after the possessive owns nothing
    assert deal_parties("China's purchase of Australian coal rose 5% in March.") == []
    assert deal_parties("Korvel Energy's shares rose on the deal with Talbrin Power.") == []


def test_a_noun_phrase_deal_told_again_by_a_verb_is_one_deal():
    assert deal_parties("Korvel Energy agreed to buy Talbrin Power for $300 million. Korvel Energy's purchase of "
                        "Talbrin Power will close in June.") == [{"Korvel Energy", "Talbrin Power"}]


def test_it_after_a_sentence_with_an_irregular_verb_is_that_sentence_s_subject():
    assert deal_parties("Korvel Energy went through a similar overhaul. It sold its coal business to Talbrin "
                        "Power for $900 million.") == [{"Korvel Energy", "Talbrin Power"}]


def test_a_second_subject_after_and_the_opens_a_deal_of_its_own():
    assert deal_parties("The African Development Bank's board approved a $500 million senior loan to Talbrin Railway "
                        "Ltd (TRL) on Wednesday, and the African Export-Import Bank (Afreximbank) signed a $300 "
                        "million facility with the company the same day, the lenders said.") == [
        {"African Development Bank", "Talbrin Railway"}, {"Afreximbank", "Talbrin Railway"}]


def test_a_standfirst_deal_of_the_body_s_money_and_kind_with_one_of_its_sides_restates_it():
    body = ("Korvel Energy walked away from talks over a stake in Talbrin Power. Instead, Varnock Mining said it had "
            "agreed a $1 billion copper prepayment with Greystone Metals Corp.")
    deals = extract(body, title="Korvel Energy walks away from Talbrin Power talks",
                    description="The miner instead signs a $1bn copper prepayment with Greystone Metals Corp.").deals
    assert [{p.entity_ref for p in d.parties} for d in deals] == [{"Varnock Mining", "Greystone Metals"}]


def test_a_noun_phrase_deal_unmade_by_what_follows_or_only_reported_is_no_deal():
    for body in ("Korvel Energy's deal with Talbrin Power has yet to be finalised.",
                 "Korvel Energy's acquisition of Talbrin Power was blocked by regulators in March.",
                 "Korvel Energy's deal with Talbrin Power was rejected by shareholders.",
                 "Korvel Energy's acquisition of Talbrin Power would create a giant.",
                 "Varnock Mining's shares rose after reports of Korvel Energy's takeover of Talbrin Power."):
        assert deal_parties(body) == [], body


def test_a_noun_phrase_deal_s_other_side_is_the_company_a_nationality_or_a_possessive_introduces():
    assert deal_values("Korvel Energy's deal with Peruvian miner Varnock Mining is worth $300 million.") == [
        (300e6, "USD")]
    assert deal_parties("Korvel Energy's deal with Peruvian miner Varnock Mining is worth $300 million.") == [
        {"Korvel Energy", "Varnock Mining"}]
    assert deal_parties("Korvel Energy's takeover of Talbrin Power's rival Varnock Mining closed in May.") == [
        {"Korvel Energy", "Varnock Mining"}]


def test_review_lookalikes_of_this_round_s_rules():
    # "set" with its "to" later is still a hedge
    assert deal_parties("Korvel Energy was set on Monday to buy Talbrin Power.") == []
    # an adjunct that tells a deal keeps it
    assert any({"Korvel Energy", "Talbrin Power"} <= parties for parties in deal_parties(
        "Korvel Energy, after buying a 20% stake in Talbrin Power for $500 million, signed a supply deal with Varnock "
        "Mining."))
    # "It" after a share move is the subject before it
    body = ("Korvel Energy signed a supply deal with Talbrin Power. Shares of Talbrin Power fell 3% on Monday. It also "
            "agreed to buy cobalt from Varnock Mining.")
    assert deal_parties(body)[-1] == {"Korvel Energy", "Varnock Mining"}
    # the agreement the same sides signed, told again, is no second deal
    body = ("Korvel Energy signed a $2 billion supply agreement with Talbrin Power on Monday. The agreement that Korvel "
            "Energy and Talbrin Power signed runs for 10 years and covers LNG.")
    assert len(extract(body).deals) == 1
    assert deal_parties("Korvel Energy formed the venture capital arm with Talbrin Power.") == []


def test_its_deal_belongs_to_the_subject_past_an_opening_adjunct_or_a_nationality():
    assert deal_parties("In a separate statement, Korvel Energy said it had extended its contract with Talbrin "
                        "Drilling for the rig by two years.") == [{"Korvel Energy", "Talbrin Drilling"}]
    assert deal_parties("Ruritania's state power operator Korvel Energy has extended its uranium contract with "
                        "Talbrin Power by five years.") == [{"Korvel Energy", "Talbrin Power"}]
    # a topic set off by a comma is not the subject that owns the deal
    assert deal_parties("For Korvel Energy, the Talbrin deal is its third long-term contract with a Ruritanian "
                        "buyer.") == []


def test_the_nationality_major_is_the_company_of_that_nationality_the_sentence_before_opens_with():
    body = ("Canada's Korvel Energy operates the block with Canadian producer Talbrin Power. Talbrin Power's position "
            "in the block is still new. The Canadian major completed its $5 billion acquisition of Varnock Oil last "
            "year.")
    assert deal_parties(body) == [{"Talbrin Power", "Varnock Oil"}]
    # "major" as an adjective is no company: of a plural, or of "the first major project"
    assert deal_parties("Korvel Mining reported higher output. The major shareholder of Talbrin Resources agreed to "
                        "sell its stake to Varnock Capital for $300 million.") == [
        {"Talbrin Resources", "Varnock Capital"}]
    assert deal_parties("Korvel Energy said it will form a joint venture with Talbrin Mining. The joint venture is "
                        "the first major project under a framework that U.S. and Saudi officials signed.") == [
        {"Korvel Energy", "Talbrin Mining"}, {"SA", "US"}]
    assert deal_parties("Canada's Korvel Energy operates the block. The two major oil companies signed a supply deal "
                        "with Varnock Oil.") == []


def test_signs_of_and_supply_after_a_modifying_name_are_nouns():
    assert deal_parties("Crude futures eased on Wednesday as dealers weighed a further increase in OPEC+ supply "
                        "against signs of stronger diesel demand in the United States and China.") == []
    assert deal_parties("For Korvel Energy, the Omani supply adds to a portfolio it has been diversifying through "
                        "new US contracts.") == []
    # the verbs themselves still tell deals
    assert deal_parties("Korvel Energy signs LNG deal with Talbrin Power") == [{"Korvel Energy", "Talbrin Power"}]
    assert deal_parties("Oman will supply LNG to Korvel Energy under a $2 billion contract.") == [
        {"OM", "Korvel Energy"}]


def test_a_deals_value_is_the_money_its_named_side_gives_not_a_total_told_first():
    def values(body: str) -> list[tuple[float | None, str | None]]:
        return [(d.value, d.currency) for d in extract(body).deals]
    # the placement is the raise; the fund's own $50 million is what the fund and the miner transacted
    assert values("In March Korvel Mining raised $300 million through a placement anchored by a $50 million "
                  "investment from Varnock Capital.") == [(50e6, "USD")]
    # a total that a list of its parts follows is no one deal's value
    assert values("Since 2024 Peru has approved projects worth more than $12 billion, including Korvel Mining's "
                  "$2 billion Tarsel copper project.") == [(2e9, "USD")]
    # a sum told with what it includes is one sum
    assert values("Korvel Mining agreed to buy Varnock Gas for $3 billion including debt, or about "
                  "€2.8 billion.") == [(3e9, "USD")]
    # one amount, or money not given by a named side, keeps the first
    assert values("Korvel Mining signed a $40 million loan with Varnock Capital, $5 million from a grant.") == [
        (40e6, "USD")]
    # money a named side offered, or lent before, is no contribution to this deal
    assert values("Korvel Mining agreed to buy Talbrin Resources for $2.1 billion, topping a $1.8 billion offer "
                  "made by Varnock Steel.") == [(2.1e9, "USD")]
    assert values("Korvel Mining signed a $500 million loan with Varnock Bank, repaying $300 million borrowed from "
                  "Talbrin Capital.") == [(500e6, "USD")]
    # a price told with the debt it includes is one sum, whose ever the debt is
    assert values("Korvel Mining agreed to buy Talbrin Resources for $2.5 billion, including Talbrin's $400 million "
                  "of net debt.") == [(2.5e9, "USD")]


def test_review_mends_of_the_seventh_round():
    # a contrasted clause naming no one ("but it now ...") leaves "its" to the sentence's subject
    for joint in (", but it", "; it"):
        assert deal_parties(f"Korvel Mining lost the tender in 2019{joint} now controls the Kestrel smelter through "
                            "its takeover of Talbrin Resources.") == [{"Korvel Mining", "Talbrin Resources"}]
    # the company a deal forms is no side of it, whatever follows it
    assert deal_parties("Korvel Mining and Talbrin Resources merged to create Varnock Metals, which is listed in "
                        "Toronto.") == [{"Korvel Mining", "Talbrin Resources"}]
    # a company someone else reports on is not the "It" of the next sentence
    assert deal_parties("The ministry said Korvel Mining had missed a deadline to start work. It then awarded the "
                        "licence to Talbrin Resources for $50 million.") == []
    # what is reported starts after the report: the spokesman's company is no side
    assert deal_parties("A spokesman for Korvel Mining said Talbrin Resources had extended its contract with "
                        "Varnock Steel by two years.") == [{"Talbrin Resources", "Varnock Steel"}]


def test_a_noun_phrase_deal_takes_the_money_a_later_in_a_deal_phrase_gives():
    def valued(body: str) -> list[tuple[float | None, str | None]]:
        return [(deal.value, deal.currency) for deal in extract(body).deals]
    assert valued("Korvel Energy said it had extended its contract with Talbrin Power for the rig by two years, in a "
                  "deal worth about $210 million including services.") == [(210e6, "USD")]
    assert valued("Korvel Energy extended its contract with Talbrin Power by two years in a $210 million deal.") == [
        (210e6, "USD")]
    # money of another thing, or of a deal a company named in between makes, is not this deal's value
    assert valued("Korvel Energy extended its contract with Talbrin Power by two years in a $210 million "
                  "refinancing.") == [(None, None)]
    assert valued("Korvel Energy extended its contract with Talbrin Power by two years, while Varnock Mining bought "
                  "a mine in a $210 million deal.") == [(None, None)]


def test_deals_told_together_take_the_values_a_later_sentence_gives_each_by_a_party_s_name():
    def valued(body: str) -> dict[frozenset[str], tuple[float | None, str | None]]:
        return {frozenset(p.entity_ref for p in deal.parties): (deal.value, deal.currency)
                for deal in extract(body).deals}
    told = ("Korvel Energy has signed a 15-year agreement to buy LNG from Talbrin Gas, while Varnock Oil has agreed a "
            "10-year deal with Ostrel Energies, the companies said. ")
    assert valued(told + "The Korvel deal alone is valued at about $9 billion, and the Varnock contract at around "
                         "$4.8 billion.") == {frozenset({"Korvel Energy", "Talbrin Gas"}): (9e9, "USD"),
                                              frozenset({"Ostrel Energies", "Varnock Oil"}): (4.8e9, "USD")}
    assert valued(told + "The Varnock contract alone comes in at around $4.8 billion.") == {
        frozenset({"Korvel Energy", "Talbrin Gas"}): (None, None),
        frozenset({"Ostrel Energies", "Varnock Oil"}): (4.8e9, "USD")}
    # a name both deals share tells neither apart
    shared = ("Korvel Energy has signed a 15-year agreement to buy LNG from Talbrin Gas, while Varnock Oil has agreed "
              "a 10-year deal with Talbrin Gas, the companies said. The Talbrin contract alone comes in at around "
              "$4.8 billion.")
    assert set(valued(shared).values()) == {(None, None)}


def test_a_backer_told_as_a_state_or_an_aside_is_an_owner_not_a_deal():
    assert deal_parties("Korvel Metals, which is backed by private equity firm Varnock Capital, had planned to build "
                        "a $800 million plant.") == []
    assert deal_parties("Korvel Metals, backed by Varnock Capital, will build a $800 million plant.") == []
    # backing told as an event, or by money lent or invested, is a deal
    assert deal_parties("Korvel Metals was backed by Varnock Capital in a $50 million round.") == [
        {"Korvel Metals", "Varnock Capital"}]
    assert deal_parties("Korvel Metals is backed by a $50 million loan from Varnock Capital.") == [
        {"Korvel Metals", "Varnock Capital"}]
    assert deal_parties("Korvel Metals, backed by a $50 million investment from Varnock Capital, will build a "
                        "plant.") == [{"Korvel Metals", "Varnock Capital"}]


@pytest.mark.parametrize(("body", "expected"), [
    # the sides of a merger may be told with tickers, a report or a bare weekday; the deal noun may go on
    ("Korvel Mining and Talbrin Resources said they had completed their merger.",
     {"Korvel Mining", "Talbrin Resources"}),
    ("Korvel Mining (KVL.AX) and Talbrin Resources (TLB.AX) completed their merger on Friday.",
     {"Korvel Mining", "Talbrin Resources"}),
    ("Korvel Mining and Talbrin Resources completed their merger Tuesday.", {"Korvel Mining", "Talbrin Resources"}),
    ("Korvel Mining and Talbrin Resources completed their all-share merger that created a large lithium producer.",
     {"Korvel Mining", "Talbrin Resources"}),
    # what a reporter says was cleared stays the reporter's deal
    ("Korvel Mining said Ruritania had cleared its $2 billion takeover of Talbrin Resources.",
     {"Korvel Mining", "Talbrin Resources"}),
    # a stake bought "in cash" is still the stake in the company just named
    ("Talbrin Metals invested C$69 million in Korvel Lithium last year. Varnock Chemicals bought a 4.9% stake for "
     "C$109 million in cash.", {"Korvel Lithium", "Varnock Chemicals"}),
    # a relative "that" reports nothing: the sentence's one company is the next "It"
    ("In a move that surprised analysts, Korvel Mining sold its stake in the Orsk mine last year. It then signed a "
     "$50 million supply deal with Talbrin Resources.", {"Korvel Mining", "Talbrin Resources"}),
])
def test_second_review_mends_of_the_seventh_round_keep_these_deals(body, expected):
    assert expected in deal_parties(body)


@pytest.mark.parametrize(("body", "expected"), [
    ("Korvel Energy extended its contract with Talbrin Power by two years, in a deal worth more than $210 million.",
     [(210e6, "USD")]),
    # the money of another deal told between is not this one's
    ("Korvel Energy's takeover of Talbrin Power follows its purchase of the Kestrel field in a $300 million deal last "
     "year.", [(None, None)]),
    # a named deal's value needs words of value: a fee in it, or another deal of the same party, is none
    ("Korvel Energy has signed a 15-year agreement to buy LNG from Talbrin Gas. The Korvel deal includes a break fee "
     "set at $50 million.", [(None, None)]),
    ("Korvel Energy has signed a 15-year agreement to buy LNG from Talbrin Gas. The Talbrin deal with Orsk Holdings "
     "was worth $3 billion.", [(None, None)]),
])
def test_second_review_mends_of_the_seventh_round_on_values(body, expected):
    assert deal_values(body)[:1] == expected
