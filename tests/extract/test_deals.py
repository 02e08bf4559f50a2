"""Deals: what counts as a deal reported as made, who its parties are, and how repeats collapse."""
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


def test_reported_intent_is_news_not_a_hedge():
    assert deal_parties("BHP said on Monday it would acquire Lundin Mining for $4 billion.") == [
        {"BHP", "Lundin Mining"}]


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
