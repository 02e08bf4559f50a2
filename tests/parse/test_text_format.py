"""Page-scrape .txt files: title, standfirst, dateline, publisher, and a body without furniture."""
from __future__ import annotations

from datetime import date, datetime, timezone

from parse_helpers import DAY, FIXTURES

from newsetl.parse.furniture import is_furniture
from newsetl.parse.text import parse_page_text


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_wire_page_metadata() -> None:
    draft = parse_page_text(read("wire_scrape.txt"), date(2025, 4, 9))
    assert draft.title == "Harbourline Minerals agrees $410 million nickel offtake with Valmont Cells"
    assert draft.publisher == "Tidewater Metals Journal"
    assert draft.author == "Ana Ferreira"
    assert draft.published_date == date(2025, 4, 9)
    assert draft.published_at == datetime(2025, 4, 9, 8, 30, tzinfo=timezone.utc)


def test_wire_page_body_keeps_the_story_and_drops_furniture() -> None:
    body = parse_page_text(read("wire_scrape.txt"), date(2025, 4, 9)).body
    assert body.startswith("PERTH, April 9 (Tidewater Metals Journal) - Harbourline Minerals")
    assert "second stage of the project" in body  # after the "Read more:" box: the story resumes
    assert body.endswith("premium to the last close.")
    for furniture in ("Advertisement", "Share this article", "Cobalt prices slide", "Read more",
                      "Reporting by", "Facebook", "Most read", "Copper hits record", "Subscribe",
                      "cookies", "All rights reserved", "Nickel\n"):
        assert furniture not in body


def test_dateline_glued_to_publisher() -> None:
    draft = parse_page_text(read("glued_dateline.txt"), date(2025, 3, 3))
    assert draft.title == "Orbital Grid Signs Battery Storage Pact With Sunfield Power"
    assert draft.description.startswith("The two companies will build four grid batteries")
    assert draft.publisher == "Harbor Wire"
    assert draft.published_date == date(2025, 3, 3)
    assert draft.published_at is None  # a date without a time


def test_section_headings_stay_and_trailers_are_cut() -> None:
    body = parse_page_text(read("glued_dateline.txt"), date(2025, 3, 3)).body
    paragraphs = body.split("\n\n")
    assert paragraphs[0].startswith("Orbital Grid and Sunfield Power agreed on Monday")
    assert "Financing and Timeline" in paragraphs
    assert paragraphs[-1].startswith("Grid operators in both countries")
    for furniture in ("HarborWire", "Related", "Raises $90 Million", "Americas", "February 2025"):
        assert furniture not in body


def test_masthead_gives_the_publisher_when_nothing_else_does() -> None:
    text = ("KESTREL POST\nMarkets | Energy | Mining\n\nRefiners trim diesel output as margins fall\n"
            "12 May 2025 · 4 min read\n\n"
            "Refiners across Asia cut diesel runs this week as margins for the fuel fell to a two-year "
            "low.\n")
    draft = parse_page_text(text, date(2025, 5, 12))
    assert draft.title == "Refiners trim diesel output as margins fall"
    assert draft.publisher == "Kestrel Post"
    assert draft.published_date == date(2025, 5, 12)
    assert draft.body == ("Refiners across Asia cut diesel runs this week as margins for the fuel fell to a "
                          "two-year low.")


def test_copyright_line_and_title_site_suffix() -> None:
    text = ("Silver miners rally on solar demand | Andes Bullion Review\n"
            "Published 14 Jul 2025, 09:12 GMT\nBy Lucia Mendez\n\n"
            "Shares of silver miners rose on Monday after a report showed solar panel makers bought "
            "more of the metal than expected.\n\nTags: Silver, Solar\nAndes Bullion Review © 2025\n")
    draft = parse_page_text(text, date(2025, 7, 14))
    assert draft.title == "Silver miners rally on solar demand"
    assert draft.publisher == "Andes Bullion Review"
    assert draft.author == "Lucia Mendez"
    assert draft.published_at == datetime(2025, 7, 14, 9, 12, tzinfo=timezone.utc)
    assert draft.body.endswith("than expected.")


def test_relative_dateline_counts_back_from_the_landing_date() -> None:
    text = ("Port strike halts copper shipments in Antofagasta\n3 days ago\n\n"
            "Dock workers in the Chilean port walked out on Friday, stopping shipments of copper cathode "
            "to buyers in China and Japan.\n")
    assert parse_page_text(text, DAY).published_date == date(2025, 5, 30)


def test_page_without_dateline() -> None:
    text = ("Uranium explorers flock to the Athabasca basin\n\n"
            "Claims staked in the basin doubled last year as uranium prices rose to their highest level "
            "since 2007, according to the provincial mining registry.\n\n"
            "Most of the new claims belong to small explorers listed in Toronto and Sydney, the registry "
            "said.\n")
    draft = parse_page_text(text, DAY)
    assert draft.title == "Uranium explorers flock to the Athabasca basin"
    assert draft.published_date is None
    assert draft.body.startswith("Claims staked in the basin doubled")
    assert draft.body.endswith("the registry said.")


def test_hard_wrapped_lines_are_joined_into_sentences() -> None:
    text = ("Mongolia approves coal rail link to China\nOct. 28, 2025\n\n"
            "Mongolia's parliament approved a cross-border rail link that will carry\n"
            "coal from the Gobi desert to Chinese steel mills, the government said.\n")
    body = parse_page_text(text, date(2025, 10, 28)).body
    assert body == ("Mongolia's parliament approved a cross-border rail link that will carry "
                    "coal from the Gobi desert to Chinese steel mills, the government said.")


def test_dateline_above_the_title_under_a_masthead() -> None:
    text = ("KESTREL POST\nTuesday, 28 October 2025\n\nRefiners trim diesel output as margins fall\n"
            "Jane Ortega, Singapore\n\n"
            "Refiners across Asia cut diesel runs this week as margins for the fuel fell to a two-year "
            "low.\n")
    draft = parse_page_text(text, date(2025, 10, 28))
    assert draft.title == "Refiners trim diesel output as margins fall"
    assert draft.published_date == date(2025, 10, 28)
    assert draft.publisher == "Kestrel Post"
    assert draft.author == "Jane Ortega"
    assert draft.body.startswith("Refiners across Asia")


def test_author_line_and_label_between_title_and_dateline_are_not_the_standfirst() -> None:
    text = ("Refiners trim diesel output as margins fall\nAnalysis\nJane Ortega\n"
            "Posted on October 27, 2025 by admin\n\n"
            "Refiners across Asia cut diesel runs this week as margins for the fuel fell to a two-year "
            "low.\n")
    draft = parse_page_text(text, date(2025, 10, 28))
    assert draft.description is None
    assert draft.author == "Jane Ortega"
    assert draft.published_date == date(2025, 10, 27)
    assert draft.publisher is None


def test_wire_dateline_gives_date_and_publisher_when_the_page_does_not() -> None:
    text = ("Chile's copper output falls for a third month\n\n"
            "SANTIAGO, Jan. 3 (Andes Wire) - Chile's copper output fell 4% in November from a year earlier, "
            "the national statistics institute said on Friday.\n")
    draft = parse_page_text(text, date(2025, 1, 5))
    assert draft.published_date == date(2025, 1, 3)
    assert draft.publisher == "Andes Wire"
    late = parse_page_text(text.replace("Jan. 3", "Dec. 30"), date(2025, 1, 5))
    assert late.published_date == date(2024, 12, 30)  # the latest such day before the landing


def test_a_wire_dateline_closed_by_a_colon_as_south_asian_agencies_write_it() -> None:
    text = ("Pakistan and Gulf miner sign copper stake deal\n\n"
            "KARACHI, Mar 14 (PNA): The government signed an agreement on Thursday with a Gulf miner for a "
            "stake in the copper project, officials said.\n")
    draft = parse_page_text(text, date(2024, 3, 15))
    assert draft.published_date == date(2024, 3, 14)
    assert draft.publisher == "PNA"


def test_captions_and_comment_sections_are_not_the_story() -> None:
    text = ("Chile's copper output falls for a third month\nJan 3, 2025\n\n"
            "Chile's copper output fell 4% in November from a year earlier, the statistics institute said.\n"
            "A worker walks past copper cathodes at a plant near Antofagasta, Chile. REUTERS/Ana Ruiz\n"
            "FILE PHOTO: Trucks at the Escondida mine.\n"
            "State miner Codelco blamed delays at its new projects.\n"
            "Comments\n"
            "I think copper will rise next year because demand from China is recovering fast, really.\n")
    body = parse_page_text(text, date(2025, 1, 3)).body
    assert body.split("\n\n") == [
        "Chile's copper output fell 4% in November from a year earlier, the statistics institute said.",
        "State miner Codelco blamed delays at its new projects."]


def test_many_reading_boxes_are_read_in_one_pass() -> None:
    box = "Read more:\n> Another story about nickel\n\n"
    story = "The refinery will ship nickel sulphate to battery makers in Ohio under the new contract.\n\n"
    text = "Harbourline signs nickel offtake with Valmont\nApril 9, 2025\n\n" + (story + box) * 3_000
    body = parse_page_text(text, date(2025, 4, 9)).body
    assert body.count("The refinery will ship") == 3_000
    assert "Read more" not in body and "Another story" not in body


def test_bare_related_box_inside_the_story_is_skipped() -> None:
    text = ("Harbourline signs nickel offtake with Valmont\nApril 9, 2025\n\n"
            "Harbourline Minerals agreed to sell nickel sulphate to Valmont Cells for ten years, the "
            "companies said.\n"
            "Related:\n- Cobalt prices slide as stockpiles swell\n\n"
            "The refinery will ship 18,000 tonnes a year to Valmont's cathode plant in Ohio from 2027.\n")
    body = parse_page_text(text, date(2025, 4, 9)).body
    assert body.split("\n\n")[-1].startswith("The refinery will ship")
    assert "Cobalt prices" not in body


def test_breadcrumb_with_slashes_is_not_the_title_and_a_bare_wire_credit_is_not_the_story() -> None:
    page = ("FJORD ENERGY WIRE\nHome | Oil & Gas | Power\n\nOil & Gas / Deals\n"
            "Halvor Gas signs 12-year supply pact with Dutch utility Veldstroom\n"
            "Tue 2 Sep 2025 - 08:45 CET\nReporting by Kari Lunde; Editing by Tom Reed\n\n"
            "BERGEN, Sept 2 (Fjord Energy Wire) - Halvor Gas will supply up to 4 bcm of gas a year to "
            "Veldstroom from 2027, the companies said on Tuesday.\n")
    draft = parse_page_text(page, date(2025, 9, 2))
    assert draft.title == "Halvor Gas signs 12-year supply pact with Dutch utility Veldstroom"
    assert draft.body.startswith("BERGEN, Sept 2 (Fjord Energy Wire) - Halvor Gas")
    assert "Reporting by" not in draft.body


def test_capitalised_masthead_over_the_navigation_bar_names_the_publisher() -> None:
    page = ("Coral Sea Mining Post\n\nNickel | Copper | Gold | ESG\n\n"
            "Sulawesi smelter agrees $300 million nickel venture with Korean cathode maker\n\n"
            "By Dewi Lestari\n2025-09-01\n\n"
            "MAKASSAR - Tondano Nickel and a Korean cathode maker have signed a definitive agreement to "
            "build a nickel plant, the companies said on Monday.\n")
    draft = parse_page_text(page, date(2025, 9, 2))
    assert draft.publisher == "Coral Sea Mining Post"
    assert draft.title.startswith("Sulawesi smelter agrees")


def test_a_short_capitalised_headline_is_not_a_masthead() -> None:
    page = ("Tondano Nickel Buys Smelter\n\nThe deal doubles its capacity.\nSeptember 1, 2025\n\n"
            "Tondano Nickel has bought the Bitung smelter from its founders for $40 million, "
            "the company said on Monday.\n")
    draft = parse_page_text(page, date(2025, 9, 2))
    assert draft.title == "Tondano Nickel Buys Smelter"
    assert draft.publisher is None


def test_wire_dateline_without_a_date_names_the_publisher_and_its_logo_line_goes() -> None:
    page = ("Halvor Gas signs 12-year supply pact with Dutch utility Veldstroom\n"
            "Updated: 3 September 2025 07:30 CET\n\n"
            "BERGEN (Fjord Energy Wire) - Halvor Gas will supply up to 4 bcm of gas a year to Veldstroom "
            "from 2027, the companies said on Tuesday.\n\nFjord Energy Wire\n")
    draft = parse_page_text(page, date(2025, 9, 3))
    assert draft.publisher == "Fjord Energy Wire"
    assert draft.published_date == date(2025, 9, 3)
    assert draft.body.endswith("the companies said on Tuesday.")


def test_press_release_wire_dateline_and_legal_boilerplate() -> None:
    page = ("FOR IMMEDIATE RELEASE\n\nTondano Nickel Announces Offtake Agreement with Veldstroom Cells\n\n"
            "MAKASSAR, Indonesia, Sept. 3, 2025 /Harbour Newswire/ -- Tondano Nickel Corp. (IDX: TNDO) today "
            "announced an offtake agreement with Veldstroom Cells for its nickel output.\n\n"
            "The agreement has a term of ten years.\n\n"
            "Forward-Looking Statements\nThis release contains forward-looking statements. Results may differ.\n\n"
            "SOURCE Tondano Nickel Corp.\n")
    draft = parse_page_text(page, date(2025, 9, 4))
    assert draft.title == "Tondano Nickel Announces Offtake Agreement with Veldstroom Cells"
    assert (draft.published_date, draft.publisher) == (date(2025, 9, 3), "Harbour Newswire")
    assert draft.body.endswith("The agreement has a term of ten years.")


def test_a_document_label_in_capitals_is_no_masthead() -> None:
    page = ("ASX ANNOUNCEMENT\n4 September 2025\n\n"
            "Coral Sea Lithium Ltd (ASX: CSL) signs binding spodumene offtake with Veldstroom Cells\n\n"
            "Coral Sea Lithium Ltd is pleased to announce that it has signed a binding offtake agreement for "
            "its spodumene concentrate.\n")
    draft = parse_page_text(page, date(2025, 9, 4))
    assert draft.publisher is None
    assert draft.title.startswith("Coral Sea Lithium Ltd (ASX: CSL) signs")


def test_lookalikes_of_page_parts_stay_in_the_story() -> None:
    page = ("Home | Markets | Mining\nTondano Buys Bitung Smelter\nMarkets | Deals | Nickel\n\n"
            "Tondano Nickel (TNDO) - shares rose 9% after the company said on Wednesday it would buy the "
            "Bitung smelter for $40 million.\n\n"
            "Cautionary notes from analysts were few, with most backing the deal.\n\n"
            "Posted a record 2024 profit, the company can pay in cash, its chief executive said.\n")
    draft = parse_page_text(page, date(2025, 9, 3))
    assert draft.title == "Tondano Buys Bitung Smelter"
    assert draft.publisher is None  # neither the headline nor a ticker in brackets is the publisher
    assert draft.body.startswith("Tondano Nickel (TNDO) - shares rose 9%")
    assert draft.body.endswith("its chief executive said.")  # no sentence is taken for boilerplate


STORY = ("Norvik Metals said on Thursday it had agreed to sell its Kiruna iron ore pellet plant to "
         "Baltic Steel for $310 million in cash.")
MORE_STORY = "The sale is expected to close in the first quarter, subject to approval by Swedish regulators."
HEADLINE = "Norvik sells its pellet plant to Baltic Steel"


def test_navigation_bar_laid_out_by_wide_gaps_is_no_title() -> None:
    page = (f"NORDIC ORE NEWS\nBusiness    Markets    Regions    Opinion\nMining\n"
            f"Norvik sells pellet plant to Baltic Steel\nUpdated 2 hours ago\n{STORY}\n{MORE_STORY}\n")
    draft = parse_page_text(page, date(2025, 2, 6))
    assert draft.title == "Norvik sells pellet plant to Baltic Steel"
    assert draft.published_date == date(2025, 2, 6)
    assert draft.body == f"{STORY}\n\n{MORE_STORY}"


def test_a_row_of_figures_is_no_navigation_bar() -> None:
    page = f"Iron ore edges up on demand\nMarch 4, 2025\n{STORY}\nIron ore  104.50  +0.8\n{MORE_STORY}\n"
    assert "Iron ore 104.50 +0.8" in parse_page_text(page, date(2025, 3, 4)).body


def test_domain_masthead_is_the_publisher_and_a_three_word_title_is_kept() -> None:
    page = f"oreflows.net\nBriefs\nNorvik, Baltic agree\n2025-02-05T14:20:00Z\n{STORY}\nMore briefs\n"
    draft = parse_page_text(page, date(2025, 2, 6))
    assert (draft.title, draft.publisher) == ("Norvik, Baltic agree", "oreflows.net")
    assert draft.published_date == date(2025, 2, 5)
    assert draft.body == STORY


def test_a_one_sentence_story_is_not_taken_for_its_headline() -> None:
    draft = parse_page_text(f"Deals\nNorvik sells Kiruna\n\n{STORY}\n", date(2025, 2, 6))
    assert draft.title == "Norvik sells Kiruna"
    assert draft.body == STORY


def test_print_edition_deck_and_jump_lines() -> None:
    page = (f"THE FJORD COURIER\nThursday, 6 February 2025\nBUSINESS | C2\n"
            f"Norvik to sell Kiruna pellet plant for $310 million\n"
            f"Buyer gains a second source of feed for its blast furnaces\nBY INGRID LARSEN\n"
            f"Business Reporter\n"
            f"{STORY}\nContinued from C1\n{MORE_STORY}\nSEE METALS, C4\n")
    draft = parse_page_text(page, date(2025, 2, 6))
    assert draft.title == "Norvik to sell Kiruna pellet plant for $310 million"
    assert draft.description == "Buyer gains a second source of feed for its blast furnaces"
    assert (draft.publisher, draft.published_date) == ("The Fjord Courier", date(2025, 2, 6))
    assert draft.body == f"{STORY}\n\n{MORE_STORY}"


def test_newsletter_writer_holding_the_copyright_is_not_the_publisher() -> None:
    page = (f"Pellet Notes\nSubscribe\nSign in\n{HEADLINE}\n"
            f"What the sale means for Nordic iron ore\nLena Holm\nFeb 6, 2025\n12\nShare\n"
            f"{STORY}\n{MORE_STORY}\n"
            "Thanks for reading Pellet Notes! Subscribe for free to receive new posts and support my work.\n"
            "8 Likes\n2 Restacks\nDiscussion about this post\nComments\nJonas wrote: great read, thanks.\n"
            "© 2025 Lena Holm\nPrivacy ∙ Terms\n")
    draft = parse_page_text(page, date(2025, 2, 6))
    assert (draft.publisher, draft.author) == ("Pellet Notes", "Lena Holm")
    assert draft.body == f"{STORY}\n\n{MORE_STORY}"


def test_blog_platform_footers_end_the_story() -> None:
    medium = (f"{HEADLINE}\nLena Holm\nFollow\n3 min read\n·\nFeb 6, 2025\n"
              f"{STORY}\n{MORE_STORY}\nPublished in Nordic Ore Weekly\n"
              f"900 followers · Last published 1 day ago\n"
              "Written by Lena Holm\nResponses (3)\nWhat are your thoughts?\n")
    ghost = (f"Ore Morning\nSign in\n{HEADLINE}\nFebruary 6, 2025\n"
             f"{STORY}\n{MORE_STORY}\nSign up for Ore Morning\nSteel and ore news in your inbox. No spam.\n"
             "Subscribe\nPrevious issue\nNext issue\nPowered by Ghost\n")
    for page in (medium, ghost):
        assert parse_page_text(page, date(2025, 2, 6)).body == f"{STORY}\n\n{MORE_STORY}"


def test_related_posts_list_and_source_credit_are_not_the_story() -> None:
    page = (f"{HEADLINE}\nFebruary 6, 2025\n{STORY}\n{MORE_STORY}\n"
            "Source: Nordic Ore Agency\nRelated Posts\nChinese mills cut output\n"
            "Rio Tinto weighs Guinea bid\n")
    draft = parse_page_text(page, date(2025, 2, 6))
    assert draft.body == f"{STORY}\n\n{MORE_STORY}"
    assert draft.publisher == "Nordic Ore Agency"  # no masthead, byline or copyright line names another


def test_a_sentence_opening_with_source_is_story_not_a_credit() -> None:
    sourced = "Source: a person familiar with the talks said the deal could grow"
    page = f"{HEADLINE}\nFebruary 6, 2025\n{STORY}\n{sourced}\n{MORE_STORY}\n"
    assert parse_page_text(page, date(2025, 2, 6)).body == f"{STORY}\n\n{sourced}\n\n{MORE_STORY}"


def test_a_justified_line_of_prose_is_no_navigation_bar() -> None:
    page = (f"Norvik sells its pellet plant to Baltic Steel\nFebruary 6, 2025\n{STORY}\n"
            f"the  buyer  said  on  Thursday  that  it  would  run  the  plant\n{MORE_STORY}\n")
    body = parse_page_text(page, date(2025, 2, 6)).body
    assert "the buyer said on Thursday that it would run the plant" in body


def test_drupal_page_breadcrumb_weekday_date_and_comment_link() -> None:
    page = (f"Nordic Ore News\nHome › Mining › Iron Ore\n{HEADLINE}\n"
            f"Thu, 02/06/2025 - 09:12\nSubmitted by newsdesk\n{STORY}\n{MORE_STORY}\n"
            "Log in or register to post comments\nTags\nIron ore\n")
    draft = parse_page_text(page, date(2025, 2, 7))
    assert (draft.title, draft.publisher) == (HEADLINE, "Nordic Ore News")
    assert draft.published_date == date(2025, 2, 6)
    assert draft.body == f"{STORY}\n\n{MORE_STORY}"


def test_agency_end_marker_ends_the_story() -> None:
    page = (f"Norvik sells Kiruna pellet plant to Baltic Steel\nSource: Nordic Agency| 2025-02-06 10:23:05\n"
            f"{STORY}\n{MORE_STORY}\nEnditem\nRelated:\nChinese mills cut output in February\n")
    assert parse_page_text(page, date(2025, 2, 6)).body == f"{STORY}\n\n{MORE_STORY}"


def test_a_short_headline_over_a_share_bar_is_no_masthead() -> None:
    page = f"Norvik Sells Kiruna Plant\nShare\nBuyer gains second source of pellet feed\n\n{STORY}\n"
    assert parse_page_text(page, date(2025, 2, 6)).title == "Norvik Sells Kiruna Plant"


def test_print_link_rule_and_agency_coverage_plug_are_furniture() -> None:
    page = (f"{HEADLINE}\nFebruary 6, 2025\n{STORY}\n{MORE_STORY}\nPrint article\n"
            "___\nFollow NOA's coverage of mining in Sweden at https://example.org/mining\n")
    assert parse_page_text(page, date(2025, 2, 6)).body == f"{STORY}\n\n{MORE_STORY}"


def test_publication_after_the_dateline_s_separator_is_the_publisher() -> None:
    page = f"{HEADLINE}\nFeb. 6, 2025 | Nordic Ore Desk\n{STORY}\n{MORE_STORY}\n"
    assert parse_page_text(page, date(2025, 2, 6)).publisher == "Nordic Ore Desk"
    by_author = f"{HEADLINE}\nFeb. 6, 2025 | Lena Holm\n{STORY}\n{MORE_STORY}\n"
    assert parse_page_text(by_author, date(2025, 2, 6)).publisher is None


def test_a_navigation_bar_of_many_items_is_no_title() -> None:
    # eight items and their separators make more words than a short furniture line has
    page = ("NORDIC ORE NEWS\nHome | Iron Ore | Steel | Battery Metals | Nordics | Deals | Podcasts | Jobs\n"
            f"{HEADLINE}\nFebruary 6, 2025\n{STORY}\n{MORE_STORY}\n")
    assert parse_page_text(page, date(2025, 2, 6)).title == HEADLINE


def test_a_cookie_banner_saying_the_site_uses_cookies_is_no_title() -> None:
    page = ("Nordic Ore News\nThis website uses cookies. By continuing you agree to our use of cookies. "
            f"Accept | Settings\n\n{HEADLINE}\nFebruary 6, 2025\n{STORY}\n{MORE_STORY}\n")
    assert parse_page_text(page, date(2025, 2, 6)).title == HEADLINE


def test_a_labelled_cookie_banner_naming_the_site_s_partners_is_no_title() -> None:
    page = ("Nordic Ore News\nCookies: we and our partners use cookies to measure traffic. [OK] [Options]\n\n"
            f"{HEADLINE}\nFebruary 6, 2025\n{STORY}\n{MORE_STORY}\n")
    assert parse_page_text(page, date(2025, 2, 6)).title == HEADLINE


def test_a_cookie_banner_naming_the_kinds_of_cookies_is_no_title() -> None:
    page = ("Nordic Ore News | Traders\n[Subscribe for full access]  [Log in]\n\n"
            "Cookies: we use essential and analytics cookies. Read our policy.\n\nHOME / TRADERS\n\n"
            f"{HEADLINE}\n\nFebruary 6, 2025\n{STORY}\n{MORE_STORY}\n")
    assert parse_page_text(page, date(2025, 2, 6)).title == HEADLINE
    assert not is_furniture("The bakery uses chocolate to make its biscuits, a spokesman said.")


def test_a_skip_link_over_the_masthead_leaves_it_the_masthead() -> None:
    page = ("Skip to main content\nNordic Ore Times\nMenu  Search\nLatest  Tankers  Dry Bulk  Gas  Ports  Finance\n\n"
            f"Shipbuilding > News\n{HEADLINE}\nAnna Berg  |  Published 2025-02-06 10:15 GMT\n\n{STORY}\n\n"
            f"{MORE_STORY}\n\nNordic Ore Times is part of Baltic Media Group. Contact us · Privacy notice\n")
    draft = parse_page_text(page, date(2025, 2, 6))
    assert (draft.title, draft.publisher) == (HEADLINE, "Nordic Ore Times")


def test_a_price_strip_and_a_metered_paywall_s_count_are_no_title() -> None:
    page = ("NORDIC ORE NEWS  |  English Edition\nTop  Iron Ore  Steel  Battery Metals  Prices\n"
            "Prices: LME Ni $15,580  Cu $10,240  Al $2,610   (delayed)\n\nBattery Metals\n\n"
            f"{HEADLINE}\nStaff writer\n6 February 2025\n\n{STORY}\n\n{MORE_STORY}\n")
    assert parse_page_text(page, date(2025, 2, 6)).title == HEADLINE
    page = ("NORDIC ORE NEWS\n[Menu] Top | Energy | Metals | Policy | Asia | Opinion | Data\n"
            "Free registration: 3 articles left this month  |  Sign in\n\nPolicy > Energy Security\n\n"
            f"{HEADLINE}\nBy Anna Berg\n2025/02/06 18:22 CET\n\n{STORY}\n\n{MORE_STORY}\n")
    assert parse_page_text(page, date(2025, 2, 6)).title == HEADLINE
    assert is_furniture("3 articles left this month")


def test_lookalikes_of_the_new_header_rules_stay_what_they_are() -> None:
    # a story's own 'Breaking:' headline over its deck and byline
    page = (f"Breaking: {HEADLINE}\nBaltic Steel to pay $310 million in cash\nBy Anna Berg\nFebruary 6, 2025\n\n"
            f"{STORY}\n\n{MORE_STORY}\n")
    assert parse_page_text(page, date(2025, 2, 6)).title == f"Breaking: {HEADLINE}"
    # a headline with a dash and a label, over its deck: no masthead
    page = f"Nordic Markets — Live Updates\nStocks slip as traders weigh rates\nFebruary 6, 2025\n\n{STORY}\n"
    draft = parse_page_text(page, date(2025, 2, 6))
    assert (draft.title, draft.publisher) == ("Nordic Markets — Live Updates", None)
    # a story sentence about cookies is no cookie banner
    assert not is_furniture("Bakers use palm oil in cookies because it is cheap, the group said.")
    assert not is_furniture("Cookies: sales of biscuits rose 4% in the quarter, the group said.")


def test_a_masthead_in_capitals_is_spelled_as_the_footer_spells_it() -> None:
    page = (f"MCGRATH ORE NEWS\nHome | Mining | Markets | Policy\n\n{HEADLINE}\nFebruary 6, 2025\n\n{STORY}\n\n"
            f"{MORE_STORY}\n\nMcGrath Ore News - 12 Jalan Merdeka\n(c) 2025 MON Media Ltd.\n")
    assert parse_page_text(page, date(2025, 2, 6)).publisher == "McGrath Ore News"


def test_a_release_page_s_news_provided_by_label_is_furniture() -> None:
    # a label over the issuing company's name: never a masthead or a publisher
    assert is_furniture("News provided by")
    assert is_furniture("News Provided By")


def test_a_bracketed_advertisement_is_no_title() -> None:
    page = (f"NORDIC ORE NEWS\n[Advertisement: Book now for Nordic Mining Days]\n{HEADLINE}\n"
            f"February 6, 2025\n{STORY}\n")
    assert parse_page_text(page, date(2025, 2, 6)).title == HEADLINE


def test_a_masthead_with_its_edition_label_and_a_day_month_year_wire_dateline() -> None:
    page = (f"NORDIC ORE NEWS - International edition\nHem | Mining | Steel\nMines\n{HEADLINE}\n\n"
            f"Lulea, 6 February 2025 (NON) - {STORY} The buyer will pay in two instalments, the first of "
            f"them within 30 days of the signing.\n{MORE_STORY}\n")
    draft = parse_page_text(page, date(2025, 2, 7))
    assert (draft.title, draft.published_date) == (HEADLINE, date(2025, 2, 6))
    assert draft.publisher == "Nordic Ore News"
    assert draft.body.startswith("Lulea, 6 February 2025")


def test_a_date_among_the_items_of_a_byline_is_the_dateline() -> None:
    page = f"{HEADLINE}\n\nLena Holm | Lulea | Feb 6, 2025 | 5 min read\n\n{STORY}\n{MORE_STORY}\n"
    assert parse_page_text(page, date(2025, 2, 8)).published_date == date(2025, 2, 6)


def test_a_sign_off_a_section_list_and_a_long_copyright_footer_are_not_the_story() -> None:
    page = (f"{HEADLINE}\nFebruary 6, 2025\n{STORY}\n{MORE_STORY}\n"
            "Written by Lena Holm. Follow her on X @lholm\n"
            "More analysis\n- Why mills sign longer contracts\n- The pellet premium question\n"
            "The Nordic Ore Desk is published by Holm Commodity Media AB. (c) 2025. "
            "Terms | Privacy | Cookies\n")
    assert parse_page_text(page, date(2025, 2, 6)).body == f"{STORY}\n\n{MORE_STORY}"


def test_a_short_section_heading_inside_the_story_keeps_the_story_after_it() -> None:
    page = f"{HEADLINE}\nFebruary 6, 2025\n{STORY}\n\nMore delays\n\n{MORE_STORY}\n"
    assert MORE_STORY in parse_page_text(page, date(2025, 2, 6)).body


def test_a_masthead_whose_edition_label_stands_after_a_separator_is_no_navigation_bar() -> None:
    page = (f"NORDIC ORE NEWS | Asia-Pacific Edition\nHem | Mining | Steel\n{HEADLINE}\n\n"
            f"Lulea, 6 February 2025 (NON) - {STORY}\n{MORE_STORY}\n")
    assert parse_page_text(page, date(2025, 2, 7)).publisher == "Nordic Ore News"


def test_a_breadcrumb_ending_in_the_headline_and_a_metadata_bar_with_the_time_first() -> None:
    metadata = "Staff and Nordic Ore Agency | Published 09:05 CET, 6 February 2025 | Updated 3 hours ago"
    page = (f"orewire.example\nHome > Iron Ore > {HEADLINE}\nIron Ore | Steel | Coal\n\n{HEADLINE}\n\n"
            f"{metadata}\n\n{STORY}\n\n{MORE_STORY}\n\n{HEADLINE}\n\nWith files from Nordic Ore Agency\n")
    draft = parse_page_text(page, date(2025, 2, 7))
    assert draft.title == HEADLINE
    assert draft.published_date == date(2025, 2, 6)
    assert draft.body == f"{STORY}\n\n{MORE_STORY}"  # no sticky header's headline, no credit line


PDF_RELEASE = """NEWS RELEASE

NORVIK METALS AGREES TO SELL KIRUNA PELLET PLANT
TO BALTIC STEEL FOR US$310 MILLION

Stockholm, Sweden, February 6, 2025 – Norvik Metals AB ("Norvik" or the "Company") said
today it had agreed to sell its Kiruna iron ore pellet plant to Baltic Steel for US$310
million in cash, and that the sale is expected to close in the first quarter, subject to
approval by the Swedish Competition Authority and the shareholders of the Company.

                                                  Page 1 of 2
The plant produced 4 million tonnes of pellets last year and employs 600 people at its
site near Kiruna, which the Company will supply with iron ore concentrate under a new
contract.

About Norvik Metals AB
Norvik Metals is a Swedish producer of iron ore.
"""


def test_a_pdf_release_its_wrapped_capital_headline_dateline_and_page_footers() -> None:
    draft = parse_page_text(PDF_RELEASE, date(2025, 2, 6))
    assert draft.title == ("NORVIK METALS AGREES TO SELL KIRUNA PELLET PLANT TO BALTIC STEEL FOR "
                           "US$310 MILLION")
    assert draft.published_date == date(2025, 2, 6)
    assert draft.publisher is None  # the issuer is the story's company: naming it publisher would hide it
    first, second = draft.body.split("\n\n")[:2]
    assert first.endswith("for US$310 million in cash, and that the sale is expected to close in the first "
                          "quarter, subject to approval by the Swedish Competition Authority and the "
                          "shareholders of the Company.")
    assert second.startswith("The plant produced") and second.endswith("under a new contract.")
    assert "Page 1" not in draft.body


def test_lines_of_a_page_scrape_that_end_mid_sentence_stay_paragraphs_of_their_own() -> None:
    heading = "What the sale of the Kiruna plant means for Swedish iron ore supply"
    page = f"{HEADLINE}\nFebruary 6, 2025\n{STORY}\n{heading}\n{MORE_STORY}\n"
    assert parse_page_text(page, date(2025, 2, 6)).body == f"{STORY}\n\n{heading}\n\n{MORE_STORY}"


def test_headings_and_links_under_the_last_sentence_are_not_the_story() -> None:
    closing = "Shares of Norvik rose 4% in Stockholm."  # a short closing sentence is still the story
    related = "Follow us on Telegram and X\nOxşar xəbərlər\nChinese mills cut output\nRio weighs a bid\n"
    page = (f"{HEADLINE}\nFebruary 6, 2025\n{STORY}\n\nRead more: Baltic Steel plans a new mill\n\n"
            f"{closing}\n\n{related}")
    assert parse_page_text(page, date(2025, 2, 6)).body == f"{STORY}\n\n{closing}"


def test_a_bloomberg_style_page_with_several_authors_and_an_assistance_credit() -> None:
    page = ("NORVIK TERMINAL\nMarkets   Economics   Energy\n\n"
            f"{HEADLINE}\n\nBy Lena Holm, Ola Berg and Jonas Ek\nFebruary 6, 2025 at 7:12 AM GMT+1\n"
            f"Updated on February 6, 2025 at 11:45 AM GMT+1\n\n{STORY}\n\n{MORE_STORY}\n\n"
            "— With assistance from Per Lund\n\n©2025 Norvik Terminal L.P. All Rights Reserved\n")
    draft = parse_page_text(page, date(2025, 2, 6))
    assert draft.publisher == "Norvik Terminal"  # not 'Norvik Terminal L' of 'L.P.'
    assert draft.author == "Lena Holm, Ola Berg and Jonas Ek"
    assert draft.body == f"{STORY}\n\n{MORE_STORY}"


def test_the_publication_date_wins_over_the_update_s() -> None:
    for dateline in ("Updated: 7 Feb 2025, 08:10 AM IST | Published: 6 Feb 2025, 10:40 PM IST",
                     "Updated 7 February 2025\nPublished 6 February 2025"):
        page = f"Iron Ore\n{HEADLINE}\n{dateline}\nLena Holm | Kiruna\n\n{STORY}\n\n{MORE_STORY}\n"
        draft = parse_page_text(page, date(2025, 2, 7))
        assert draft.published_date == date(2025, 2, 6)
        assert draft.body == f"{STORY}\n\n{MORE_STORY}"


def test_a_headline_opening_with_a_company_name_keeps_it() -> None:
    page = f"Norvik | {HEADLINE}\nFebruary 6, 2025 | Norvik Metals Journal\n{STORY}\n"
    assert parse_page_text(page, date(2025, 2, 6)).title == f"Norvik | {HEADLINE}"


def test_the_site_s_name_opening_the_navigation_bar_and_named_again_in_the_footer() -> None:
    page = (f"Nordic Ore Journal  |  News  Mining  Jobs  |  Subscribe\n\n{HEADLINE}\n"
            f"Posted Feb. 6, 2025 by Lena Holm\n\n{STORY}\n\n{MORE_STORY}\n\n"
            "Nordic Ore Journal is an independent publication. Terms of use.\n")
    assert parse_page_text(page, date(2025, 2, 6)).publisher == "Nordic Ore Journal"
    unnamed = page.replace("Nordic Ore Journal is an independent", "This is an independent")
    assert parse_page_text(unnamed, date(2025, 2, 6)).publisher is None  # a bar's first item alone: no name


def test_a_newsletter_saved_as_an_e_mail_reads_its_header_block() -> None:
    page = ("From: Nordic Ore Brief <news@nordicore.example>\nTo: reader@example.com\n"
            "Date: Thu, 06 Feb 2025 06:45:10 +0000\n"
            f"Subject: Fwd: {HEADLINE} | Nordic Ore Brief\nView this email in your browser\n\n"
            f"NORDIC ORE BRIEF\nYour morning read on iron ore and steel deals\n\n{HEADLINE}\n\n"
            f"{STORY}\n\n{MORE_STORY}\n\nForward this email to a colleague | Unsubscribe\n")
    draft = parse_page_text(page, date(2025, 2, 6))
    assert (draft.title, draft.publisher) == (HEADLINE, "Nordic Ore Brief")
    assert draft.published_at == datetime(2025, 2, 6, 6, 45, 10, tzinfo=timezone.utc)
    assert draft.body == f"{STORY}\n\n{MORE_STORY}"


def test_east_asian_english_editions_masthead_and_datelines() -> None:
    story = f"{STORY}\n\n{MORE_STORY}"
    herald = (f"NORDIC ORE HERALD\nBusiness\n{HEADLINE}\n"
              f"Published : Feb 6, 2025 - 14:05 Updated : Feb 6, 2025 - 16:20\nBy Kim Ji-hoon\n\n{story}\n")
    daily = f"The Kiruna Daily\n{HEADLINE}\nBy Lee Min-ji\n2025.02.06 14:05\n\n{story}\n\n(END)\n"
    for page, publisher in ((herald, "Nordic Ore Herald"), (daily, "The Kiruna Daily")):
        draft = parse_page_text(page, date(2025, 2, 6))
        assert (draft.title, draft.publisher, draft.published_date) == (HEADLINE, publisher, date(2025, 2, 6))
        assert draft.body == story


def test_a_short_headline_naming_no_publication_is_no_masthead() -> None:
    page = f"Norvik sells Kiruna plant\n{STORY}\n\n{MORE_STORY}\n"
    draft = parse_page_text(page, date(2025, 2, 6))
    assert (draft.title, draft.publisher) == ("Norvik sells Kiruna plant", None)


def test_a_newsletter_whose_story_follows_its_header_keeps_the_first_paragraph() -> None:
    page = ("Subject: Iron ore weekly\nFrom: Nordic Ore Brief <news@nordicore.example>\n"
            f"Date: Thu, 06 Feb 2025 06:45:10 +0000\n\n{STORY}\n\n{MORE_STORY}\n")
    draft = parse_page_text(page, date(2025, 2, 6))
    assert (draft.title, draft.publisher) == ("Iron ore weekly", "Nordic Ore Brief")
    assert draft.body == f"{STORY}\n\n{MORE_STORY}"


def test_subheadings_over_whole_paragraph_lines_stay_apart_and_an_unpunctuated_close_stays() -> None:
    subheads = ("What the sale means for the iron ore pellet market in Sweden",
                "How the buyer plans to pay for the plant and its workforce",
                "Why regulators in Stockholm are expected to approve the deal")
    closing = "Shares of Norvik Metals rose 2.1% in Stockholm trading on Thursday after the sale was announced"
    page = (f"{HEADLINE}\n{subheads[0]}\n{STORY}\n{subheads[1]}\n{MORE_STORY}\n{subheads[2]}\n{STORY}\n"
            f"{closing}\n")
    body = parse_page_text(page, date(2025, 2, 6)).body
    assert body.split("\n\n") == [subheads[0], STORY, subheads[1], MORE_STORY, subheads[2], STORY, closing]


def test_a_place_in_capitals_under_a_headline_in_capitals_is_no_part_of_it() -> None:
    for place in ("KIRUNA", "LULEA, SWEDEN"):
        page = f"NORVIK METALS SELLS KIRUNA PELLET PLANT\n{place}\n{STORY}\n\n{MORE_STORY}\n"
        assert parse_page_text(page, date(2025, 2, 6)).title == "NORVIK METALS SELLS KIRUNA PELLET PLANT"


def test_a_one_word_end_of_a_headline_the_wrap_cut_is_part_of_it() -> None:
    page = ("NORVIK METALS AND BALTIC STEEL FINALIZE SALE OF KIRUNA PELLET\nPLANT\n\n"
            f"{STORY}\n\n{MORE_STORY}\n")
    assert parse_page_text(page, date(2025, 2, 6)).title == (
        "NORVIK METALS AND BALTIC STEEL FINALIZE SALE OF KIRUNA PELLET PLANT")


LEAD = ("Kestrel Nickel said on Tuesday it had agreed to sell its Sulawesi smelter stake to state holding "
        "company Garuda Mineral for 2.1 trillion rupiah.")
FOLLOW = ("The sale, which needs approval from Indonesia's energy ministry, is expected to close in the "
          "third quarter, the company said in a filing.")
HEADLINE = "Kestrel Nickel sells Sulawesi smelter stake to Garuda Mineral"


def test_an_epaper_s_subscription_prompts_and_page_labels_are_no_title() -> None:
    page = ("THE MAKASSAR HERALD\nePaper | Wednesday, 4 June 2025 | City Edition\n"
            "Subscribe to our ePaper for unlimited access to every edition\nAlready a subscriber? Log in\n"
            f"Page 1\nPage 7 - Business\n{HEADLINE}\n{LEAD}\n{FOLLOW}\n")
    draft = parse_page_text(page, date(2025, 6, 4))
    assert (draft.title, draft.published_date) == (HEADLINE, date(2025, 6, 4))
    assert draft.body.startswith(LEAD)


def test_a_priced_subscription_pitch_and_a_button_ending_in_an_arrow_are_no_title() -> None:
    page = ("Subscribe for $4.99/month — unlimited access to Herald Premium\n"
            "Weekdays: the Herald Markets Brief. Sign up free →\n"
            f"{HEADLINE}\nJune 4, 2025\n{LEAD}\n{FOLLOW}\nMore business news »\n")
    draft = parse_page_text(page, date(2025, 6, 4))
    assert draft.title == HEADLINE
    assert draft.body == f"{LEAD}\n\n{FOLLOW}"


def test_a_paywall_s_metering_notice_and_price_pitch_are_no_story() -> None:
    page = (f"{HEADLINE}\nBy Ayu Lestari\nJune 4, 2025\nYou have 2 free articles remaining this month.\n"
            f"{LEAD}\n{FOLLOW}\nSubscribe to continue reading\n"
            "Get unlimited access to Makassar Herald journalism for IDR 59,000 a month. Cancel anytime.\n"
            "Already a subscriber? Sign in\n")
    body = parse_page_text(page, date(2025, 6, 4)).body
    assert body == f"{LEAD}\n\n{FOLLOW}"


def test_a_news_ticker_s_headline_is_no_title() -> None:
    page = (f"Makassar Herald\nHOME   NEWS   BUSINESS   MINING\nLatest:\nRupiah steadies as nickel exports climb\n"
            f"{HEADLINE}\nJune 4th, 2025\n{LEAD}\n{FOLLOW}\n")
    assert parse_page_text(page, date(2025, 6, 4)).title == HEADLINE


def test_a_section_label_after_the_date_of_a_dateline_is_no_publisher() -> None:
    page = (f"{HEADLINE}\nPosted By: Ayu Lestari   June 4th, 2025   Mining\n{LEAD}\n{FOLLOW}\n"
            "© 2025 Makassar Herald\n")
    draft = parse_page_text(page, date(2025, 6, 4))
    assert (draft.publisher, draft.published_date) == ("Makassar Herald", date(2025, 6, 4))


def test_a_print_view_s_address_is_no_dateline_and_its_footer_names_the_publisher() -> None:
    page = ("Print this article | Close window\nhttps://www.makassarherald.id/mining/2025/06/03/kestrel-garuda\n"
            f"Makassar Herald\n{HEADLINE}\n04/06/2025 - 09:15\nBy Ayu Lestari\n{LEAD}\n{FOLLOW}\n"
            "Printed from makassarherald.id on 05/06/2025 10:02. Makassar Herald © 2025\n")
    draft = parse_page_text(page, date(2025, 6, 5))
    assert (draft.title, draft.published_date, draft.publisher) == (HEADLINE, date(2025, 6, 4), "Makassar Herald")


def test_a_wire_dateline_under_the_title_opens_the_story_and_a_print_note_names_the_paper() -> None:
    wire_lead = f"JAKARTA, June 3 (Antara) - {LEAD}"
    page = (f"MAKASSAR HERALD\nHome › Business › Mining\n{HEADLINE}\n{wire_lead}\n{FOLLOW}\n"
            "Published in Makassar Herald, June 4th, 2025\n")
    draft = parse_page_text(page, date(2025, 6, 4))
    assert draft.body.startswith(wire_lead)
    assert (draft.publisher, draft.published_date) == ("Makassar Herald", date(2025, 6, 4))


def test_a_gulf_site_s_hijri_date_before_the_gregorian_one_is_its_dateline() -> None:
    page = (f"GULF DAILY MONITOR\nWednesday, 8 Dhul-Hijjah 1446 AH - 4 June 2025\nBusiness | Energy | Markets\n"
            f"{HEADLINE}\n{LEAD}\n{FOLLOW}\n")
    draft = parse_page_text(page, date(2025, 6, 4))
    assert (draft.title, draft.published_date) == (HEADLINE, date(2025, 6, 4))


def test_a_subscribers_only_notice_and_a_print_page_number_are_no_title() -> None:
    page = (f"MAKASSAR HERALD\nThis article is for subscribers only\n{HEADLINE}\nJune 4, 2025\n{LEAD}\n{FOLLOW}\n")
    assert parse_page_text(page, date(2025, 6, 4)).title == HEADLINE
    replica = f"Makassar Herald - Print Edition\nJune 4, 2025\nA1\n{HEADLINE}\nBY AYU LESTARI\n{LEAD}\n{FOLLOW}\n"
    assert parse_page_text(replica, date(2025, 6, 4)).title == HEADLINE


def test_section_labels_in_capitals_or_joined_by_an_ampersand_are_no_title() -> None:
    for labels in ("NEWS BUSINESS MINING ENERGY OPINION\nMINING", "Energy, Oil & Gas", "Energy & Mining News"):
        page = f"Makassar Herald\n{labels}\n{HEADLINE}\nBy Ayu Lestari | June 4, 2025\n{LEAD}\n{FOLLOW}\n"
        assert parse_page_text(page, date(2025, 6, 4)).title == HEADLINE, labels


def test_a_headline_in_capitals_is_still_the_title_over_a_deck_in_prose() -> None:
    page = f"KESTREL NICKEL SELLS SMELTER STAKE\nThe sale ends a two-year search for a buyer.\nJune 4, 2025\n{LEAD}\n"
    assert parse_page_text(page, date(2025, 6, 4)).title == "KESTREL NICKEL SELLS SMELTER STAKE"


def test_a_mobile_page_s_masthead_under_its_menu_icon_names_the_publisher() -> None:
    page = (f"☰\nMakassar Herald\nOpen in app\nBusiness\n{HEADLINE}\nAyu Lestari · 4 June 2025 · 2 min read\n"
            f"{LEAD}\n{FOLLOW}\n")
    assert parse_page_text(page, date(2025, 6, 4)).publisher == "Makassar Herald"


def test_a_reader_mode_save_s_reading_time_is_no_story() -> None:
    page = f"makassarherald.id\n{HEADLINE}\nAyu Lestari\n4–5 minutes\n{LEAD}\n{FOLLOW}\n"
    assert "minutes" not in parse_page_text(page, date(2025, 6, 4)).body



def test_calls_to_the_reader_over_the_headline_are_no_title() -> None:
    for prompt in ("Sign in to read the full story", "Download the Makassar Herald app",
                   "Follow us on Google News", "Support independent journalism in Indonesia",
                   "Click here to read the e-paper edition"):
        page = f"MAKASSAR HERALD\n{prompt}\n{HEADLINE}\nJune 4, 2025\n{LEAD}\n{FOLLOW}\n"
        assert parse_page_text(page, date(2025, 6, 4)).title == HEADLINE, prompt


def test_a_headline_about_support_or_members_is_no_call_to_the_reader() -> None:
    for headline in ("Support for the lithium story grows in Chile", "Register for the member states summit"):
        page = f"{headline}\nJune 4, 2025\n{LEAD}\n{FOLLOW}\n"
        assert parse_page_text(page, date(2025, 6, 4)).title == headline


def test_wire_copy_under_a_site_s_masthead_is_published_by_the_site() -> None:
    credited = (f"MAKASSAR HERALD\n{HEADLINE}\nAyu Lestari and Budi Santoso, AFP\nJune 4, 2025\n{LEAD}\n{FOLLOW}\n"
                "© AFP 2025\n")
    assert parse_page_text(credited, date(2025, 6, 4)).publisher == "Makassar Herald"
    datelined = f"MAKASSAR HERALD\nHome › Business\n{HEADLINE}\nJAKARTA, June 3 (Antara) - {LEAD}\n{FOLLOW}\n"
    assert parse_page_text(datelined, date(2025, 6, 4)).publisher == "Makassar Herald"


def test_a_copyright_holder_credited_nowhere_in_the_story_stays_the_publisher() -> None:
    page = f"MAKASSAR HERALD\n{HEADLINE}\nJune 4, 2025\n{LEAD}\n{FOLLOW}\n© 2025 Celebes Media Group\n"
    assert parse_page_text(page, date(2025, 6, 4)).publisher == "Celebes Media Group"


def test_a_page_s_text_size_controls_are_no_title() -> None:
    page = f"China Metals Wire\nHome > Economy > Energy\nFont size: A A A   Print   Share\n{HEADLINE}\nJune 4, 2025\n{LEAD}\n"
    assert parse_page_text(page, date(2025, 6, 4)).title == HEADLINE


def test_a_headline_or_sentence_opening_with_a_prompt_s_verb_is_no_call_to_the_reader() -> None:

    headline = "Support swells for Vietnam's ASEAN grid membership plan"
    support = "Support for the plan among the bloc's membership has widened, envoys said on Friday."
    attempt = "Try as they might, minority holders could not stop the subscription of new shares by Garuda."
    page = f"{headline}\nJune 4, 2025\n\n{LEAD}\n\n{support}\n\n{attempt}\n\n{FOLLOW}\n"
    draft = parse_page_text(page, date(2025, 6, 4))
    assert draft.title == headline
    assert draft.body == f"{LEAD}\n\n{support}\n\n{attempt}\n\n{FOLLOW}"
    for sentence in ("Register of shareholders lists an account held by Garuda.",
                     "Join Venture partners said the app would go live in May.",
                     "Get ready for a nickel rush as the new trading app opens"):
        assert not is_furniture(sentence), sentence
    for prompt in ("Get the Makassar Herald app", "Create a free account to keep reading.",
                   "Support our journalism today"):
        assert is_furniture(prompt), prompt


def test_a_headline_in_capitals_over_a_short_deck_right_under_it_is_the_title() -> None:
    page = f"KESTREL NICKEL WINS SMELTER LOAN\nLenders back the Sulawesi plant\nJune 4, 2025\n\n{LEAD}\n\n{FOLLOW}\n"
    assert parse_page_text(page, date(2025, 6, 4)).title == "KESTREL NICKEL WINS SMELTER LOAN"


def test_a_breaking_label_before_a_headline_on_its_own_line_heads_this_story() -> None:
    headline = "Breaking: Kestrel Nickel sells Sulawesi smelter stake for 2.1 trillion rupiah"
    page = f"{headline}\nGaruda Mineral takes the plant near Morowali\nJune 4, 2025\n\n{LEAD}\n\n{FOLLOW}\n"
    assert parse_page_text(page, date(2025, 6, 4)).title == headline


def test_a_breaking_line_over_a_headline_with_its_byline_is_another_story_s_strip() -> None:
    strip = "Breaking: Tarvo Copper sets date for its Lusaka bid round"
    page = (f"Kestrel Times\n=============\nNEWS | MINING | ENERGY | MARKETS | JOBS\n{strip}\n\n{HEADLINE}\n"
            f"By Dewi Lestari\nPublished June 4, 2025 at 6:12 pm\n\n{LEAD}\n\n{FOLLOW}\n")
    assert parse_page_text(page, date(2025, 6, 4)).title == HEADLINE
    # with no byline under the line after it, the breaking line is the story's own headline over its deck
    page = f"{strip}\n\n{HEADLINE}\nPublished June 4, 2025 at 6:12 pm\n\n{LEAD}\n\n{FOLLOW}\n"
    assert parse_page_text(page, date(2025, 6, 4)).title == strip


def test_a_masthead_with_its_section_after_a_dash_is_no_title() -> None:
    page = (f"Sunda Markets Daily — Nickel\n===========================\n{HEADLINE}\n4 June 2025 | Dewi Lestari\n\n"
            f"{LEAD}\n\n{FOLLOW}\n")
    draft = parse_page_text(page, date(2025, 6, 4))
    assert (draft.title, draft.publisher) == (HEADLINE, "Sunda Markets Daily")
    # a headline with a dash in it stays the title
    page = f"Kestrel Nickel — the smelter deal explained\n4 June 2025\n\n{LEAD}\n\n{FOLLOW}\n"
    assert parse_page_text(page, date(2025, 6, 4)).title == "Kestrel Nickel — the smelter deal explained"


def test_an_agency_after_the_date_of_a_dateline_and_a_space_is_the_publisher() -> None:
    for agency in ("Reuters", "Bloomberg", "Antara"):
        page = f"{HEADLINE}\nJune 4, 2025 {agency}\n\n{LEAD}\n\n{FOLLOW}\n"
        assert parse_page_text(page, date(2025, 6, 4)).publisher == agency, agency
    for section in ("Markets", "Oil & Gas", "Energy"):
        page = f"{HEADLINE}\nJune 4, 2025 {section}\n\n{LEAD}\n\n{FOLLOW}\n"
        assert parse_page_text(page, date(2025, 6, 4)).publisher is None, section


def test_a_tagline_over_the_site_s_section_menu_is_no_title() -> None:
    page = ("Kestrel Times\nIndonesia's Business Newspaper since 1951\n\nHome | News | Business | Mining | Sports\n\n"
            f"Tuesday, June 3, 2025 - 01:00\n\nBusiness\n\n{HEADLINE}\n\nBy Dewi Lestari\n\n{LEAD}\n\n{FOLLOW}\n")
    draft = parse_page_text(page, date(2025, 6, 4))
    assert (draft.title, draft.published_date) == (HEADLINE, date(2025, 6, 3))
    assert draft.body.startswith(LEAD)


def test_a_menu_or_tags_row_under_the_headline_leaves_the_headline_the_title() -> None:
    deck = "The buyer takes the stake for its own smelter"
    for row in ("Home | News | Business | Mining | Sports", "Tags: Mining | Energy | Markets | Metals"):
        page = f"{HEADLINE}\n\nBy Dewi Lestari\n\n{row}\n\n{deck}\n\nJune 3, 2025\n\n{LEAD}\n\n{FOLLOW}\n"
        assert parse_page_text(page, date(2025, 6, 4)).title == HEADLINE, row


def test_a_section_label_in_capitals_is_no_masthead() -> None:
    page = (f"Nickel Ledger | Markets | Mining | Metals | Subscribe\n\nANALYSIS\n\n{HEADLINE}\n\nJune 3, 2025\n\n"
            f"{LEAD}\n\n{FOLLOW}\n\nNickel Ledger is published by Sunda Media Ltd.\n")
    assert parse_page_text(page, date(2025, 6, 4)).publisher == "Nickel Ledger"


def test_the_masthead_names_the_publisher_over_the_firm_holding_its_copyright() -> None:
    page = (f"SUNDA MARKETS DAILY\nMarkets | Stocks | Commodities\n\n{HEADLINE}\n\nJune 3, 2025\n\n{LEAD}\n\n"
            f"{FOLLOW}\n\n© Sunda Markets Daily Media Pvt Ltd 2025\n")
    assert parse_page_text(page, date(2025, 6, 4)).publisher == "Sunda Markets Daily"


def test_a_firm_named_by_the_masthead_s_initials_is_the_owner_not_the_publisher() -> None:
    page = (f"SUNDA MARKETS DAILY\nMarkets | Stocks | Commodities\n\n{HEADLINE}\n\nJune 3, 2025\n\n{LEAD}\n\n"
            f"{FOLLOW}\n\nSunda Markets Daily - 12 Jalan Merdeka, Makassar | Contact us\n(c) 2025 SMD Media Ltd.\n")
    assert parse_page_text(page, date(2025, 6, 4)).publisher == "Sunda Markets Daily"
    # other initials name another firm: it holds the copyright and stays the publisher
    other = page.replace("SMD Media", "CMG Media")
    assert parse_page_text(other, date(2025, 6, 4)).publisher == "CMG Media Ltd"


def test_a_translator_s_note_is_furniture() -> None:
    for note in ("This article was translated from Spanish.", "Translated from the French by Claire Dubois",
                 "This story has been machine-translated from Indonesian."):
        assert is_furniture(note), note
    assert not is_furniture("Translation services firm Lingua raised $40 million.")
    assert not is_furniture("Translated from the Japanese, the name means 'blue river'.")
    assert not is_furniture("Translated by the ministry, the decree sets a 10% royalty on exported ore.")


def test_a_place_and_date_before_a_publication_s_bureau_date_the_story_and_name_the_publisher() -> None:
    page = (f"{HEADLINE}\n\nJakarta, 03 June 2025 | Sunda News Bureau\n\n{LEAD}\n\n{FOLLOW}\n")
    draft = parse_page_text(page, date(2025, 6, 4))
    assert (draft.published_date, draft.publisher) == (date(2025, 6, 3), "Sunda News")
    page = (f"{HEADLINE}\n\nJakarta, 03 June 2025 | Our Bureau\n\n{LEAD}\n\n{FOLLOW}\n")
    assert parse_page_text(page, date(2025, 6, 4)).publisher is None


def test_the_bar_s_first_item_named_again_inside_a_closing_line_is_the_publisher() -> None:
    page = (f"NICKEL CLOSE | Markets | Commodities | Log in\n\n{HEADLINE}\n\n4 June 2025 | 17:45 GMT\n\n{LEAD}\n\n"
            f"{FOLLOW}\n\nSubscribe to Nickel Close for the daily newsletter.\n")
    assert parse_page_text(page, date(2025, 6, 4)).publisher == "Nickel Close"
    page = (f"Latest News | Markets | Commodities\n\n{HEADLINE}\n\n4 June 2025 | 17:45 GMT\n\n{LEAD}\n\n"
            f"{FOLLOW}\n\nMore in Latest News\n")
    assert parse_page_text(page, date(2025, 6, 4)).publisher is None


def test_a_headline_ending_in_one_figure_after_a_colon_is_the_title() -> None:
    for headline in ("Cobalt hits record: $41,500", "Tin output falls: 12%"):
        page = f"{headline}\n\nBy Jane Roe | June 3, 2025\n\n{LEAD}\n\n{FOLLOW}\n"
        draft = parse_page_text(page, date(2025, 6, 4))
        assert (draft.title, draft.published_date) == (headline, date(2025, 6, 3))


def test_a_ministry_s_name_over_its_breadcrumb_and_a_release_number_are_no_title() -> None:
    page = ("Ministry of Energy and Mineral Resources of the Republic\n\nHome > News > Press Release\n\n"
            f"Press Release Number: 88.Pers/04/SJI/2025\nDate: 3 June 2025\n\n{HEADLINE}\n\n{LEAD}\n\n{FOLLOW}\n")
    draft = parse_page_text(page, date(2025, 6, 4))
    assert (draft.title, draft.published_date) == (HEADLINE, date(2025, 6, 3))
    assert draft.body.startswith(LEAD)


def test_a_market_ticker_over_the_headline_is_no_title_nor_story() -> None:
    ticker = "Markets: ASX 200 8,112 (-0.3%) | A$/US$ 0.66 | Nickel $16,420 | Iron ore $104.50"
    page = (f"SUNDA MARKETS DAILY\nMarkets | Stocks | Commodities\n{ticker}\n\n{HEADLINE}\n\nJune 3, 2025\n\n"
            f"{LEAD}\n\n{ticker}\n\n{FOLLOW}\n")
    draft = parse_page_text(page, date(2025, 6, 4))
    assert (draft.title, draft.body) == (HEADLINE, f"{LEAD}\n\n{FOLLOW}")
    long_ticker = " | ".join(("Copper $9,410 (+1.2%)", "Nickel $16,420 (-0.4%)", "Zinc $2,710 (+0.1%)",
                              "Tin $31,200 (-2.0%)", "Lead $2,050 (+0.3%)"))
    assert is_furniture(long_ticker)  # longer than most furniture, ending in ')' as a sentence may
    for row in ("Nickel in concentrate shipped from Sulawesi, kt | 1,200 | 1,350 | 1,410",
                "Kestrel raised its 2025 guidance to 42,000 t | Garuda holds 20% | The deal closes in Q3 2025"):
        assert not is_furniture(row), row  # a table's row under a long label, or statements


def test_paywall_prompts_run_together_on_one_line_are_no_title() -> None:
    nag = "Support local journalism. You have 3 free articles left this month."
    page = (f"Kestrel Times\nHome | News | Business | Mining | Sports\n\n{nag}\n\n{HEADLINE}\n\nJune 3, 2025\n\n"
            f"{LEAD}\n\n{FOLLOW}\n")
    assert parse_page_text(page, date(2025, 6, 4)).title == HEADLINE
    assert not is_furniture("Support local journalism. Kestrel Nickel sold its smelter stake on Tuesday.")


def test_a_row_of_bracketed_link_labels_is_no_title() -> None:
    page = (f"Nickel Ledger\nMarkets   Mining   Metals   Podcasts\n[Member login]   [Start free trial]\n\n"
            f"{HEADLINE}\n\nJune 3, 2025\n\n{LEAD}\n\n{FOLLOW}\n")
    assert parse_page_text(page, date(2025, 6, 4)).title == HEADLINE
    assert is_furniture("[Yes] [No]")
    assert not is_furniture("[Editor's note: this story was updated to correct the stake.]")


def test_the_masthead_s_article_does_not_keep_the_firm_holding_its_copyright_the_publisher() -> None:
    page = (f"THE SUNDA COURIER\nHome | News | Business | Mining | Sports\n\n{HEADLINE}\n\nJune 3, 2025\n\n{LEAD}\n\n"
            f"{FOLLOW}\n\nCopyright 2025 Sunda Courier Publishing Co\n")
    assert parse_page_text(page, date(2025, 6, 4)).publisher == "The Sunda Courier"


def test_a_government_masthead_names_its_department_the_publisher_and_is_no_title() -> None:
    page = ("Skip to main content\nIndonesian Government | Ministry of Energy and Mineral Resources\n"
            "About us | Energy | Mining | News and media | Contact us\n\nMedia release\n\n"
            f"{HEADLINE}\n\nPublished date: 3 June 2025\n\n{LEAD}\n\n{FOLLOW}\n")
    draft = parse_page_text(page, date(2025, 6, 4))
    assert (draft.title, draft.publisher) == (HEADLINE, "Ministry of Energy and Mineral Resources")
    page = f"Government of Canada | Natural Resources Canada\n\n{HEADLINE}\n\nJune 3, 2025\n\n{LEAD}\n\n{FOLLOW}\n"
    assert parse_page_text(page, date(2025, 6, 4)).publisher is None  # no department named


def test_a_related_box_named_for_what_it_lists_is_not_the_story() -> None:
    text = ("Norvik and Tasman agree graphite supply\nMarch 3, 2025\n\n"
            "Norvik Metals agreed to sell graphite concentrate to Tasman Anodes for five years, the "
            "companies said.\n\n"
            "Related media releases\n- Pelican Bay and Hollis sign a hydrogen pact worth $2 billion\n"
            "- Wren Lake opens a copper smelter\n\n"
            "Follow us: Facebook | LinkedIn\n")
    body = parse_page_text(text, date(2025, 3, 3)).body
    assert body == ("Norvik Metals agreed to sell graphite concentrate to Tasman Anodes for five years, the "
                    "companies said.")


def test_an_account_bar_with_an_offer_is_furniture_not_the_title() -> None:
    page = (f"ALTIPLANO MONEY\nMarkets | Mining | Energy\nSign in | Subscribe from $3 a week\n\nENERGY\n\n"
            f"{HEADLINE}\n\n3 June 2025 | Lucia Mamani\n\n{LEAD}\n\n{FOLLOW}\n")
    draft = parse_page_text(page, date(2025, 6, 4))
    assert draft.title == HEADLINE and "$3" not in draft.body
    assert not is_furniture("Register | Subscribers say the new port levy will hurt exporters")


def test_a_tagline_over_a_menu_that_ends_in_subscribe_is_no_title() -> None:
    page = (f"KAROO ORE REVIEW\nThe weekly read for Karoo miners\n"
            f"News | Metals | Sites | Jobs | Subscribe\n\n{HEADLINE}\n\nThandi Zulu | 3 June 2025\n\n"
            f"{LEAD}\n\n{FOLLOW}\n")
    assert parse_page_text(page, date(2025, 6, 4)).title == HEADLINE


def test_a_newsletter_s_issue_heading_under_its_issue_line_is_the_title() -> None:
    page = (f"GRID & SMELTER NOTES\nMetals news, one Friday at a time\nIssue #14 · 3 June 2025\n\n"
            f"Grid & Smelter Notes #14: {HEADLINE}\n\n{LEAD}\n\n{FOLLOW}\n")
    draft = parse_page_text(page, date(2025, 6, 4))
    assert draft.title == f"Grid & Smelter Notes #14: {HEADLINE}"
    assert draft.published_date == date(2025, 6, 3) and draft.body.startswith(LEAD)


def test_the_ministry_a_release_is_posted_by_is_its_publisher() -> None:
    page = (f"Ministry of Steel\nGovernment of Ruritania\nHome | About | Press Releases\n\n{HEADLINE}\n\n"
            f"Posted On: 03 JUN 2025 4:10PM by Ministry of Steel, Government of Ruritania\n\n"
            f"{LEAD}\n\n{FOLLOW}\n")
    draft = parse_page_text(page, date(2025, 6, 4))
    assert (draft.title, draft.publisher) == (HEADLINE, "Ministry of Steel, Government of Ruritania")


def test_a_byline_after_a_ministry_s_name_is_no_issuer() -> None:
    page = (f"COPPER DAILY\nHome | Markets | Mining\n\n{HEADLINE}\n\n"
            f"Published 3 June 2025 by Department of Energy staff writer Jane Doe\n\n{LEAD}\n\n{FOLLOW}\n")
    assert parse_page_text(page, date(2025, 6, 4)).publisher != "Department of Energy staff writer Jane Doe"


def test_a_plug_closing_in_a_call_to_sign_up_is_no_title_nor_story() -> None:
    for plug in ("Newsletter: The Makassar Friday Brief, every week - sign up free",
                 "Subscribe to our weekday newsletter and get the Makassar market close in your inbox. [Sign up]"):
        page = f"MAKASSAR HERALD\nNews | Mining | Markets\n{plug}\n\n{HEADLINE}\nJune 4, 2025\n{LEAD}\n{FOLLOW}\n"
        draft = parse_page_text(page, date(2025, 6, 4))
        assert draft.title == HEADLINE, plug
        assert draft.body == f"{LEAD}\n\n{FOLLOW}", plug
    assert is_furniture("Newsletter: Get the Herald Morning Note in your inbox every weekday. [Sign up]")
    assert not is_furniture("Investors had one choice: subscribe.")


def test_a_row_of_search_and_account_links_without_separators_is_no_title() -> None:
    page = (f"MAKASSAR HERALD\nHome | Nickel | Markets\nSearch    Sign in    Subscribe from £19/month\n\n{HEADLINE}\n"
            f"June 4, 2025\n{LEAD}\n{FOLLOW}\n")
    assert parse_page_text(page, date(2025, 6, 4)).title == HEADLINE
    assert is_furniture("Menu Log in Register")
    assert not is_furniture("Search for nickel buyers widens")


def test_a_dateline_of_items_between_dashes_or_with_a_long_byline_item() -> None:
    for dateline in ("June 3, 2025 - 6 min read - by Ayu Lestari in Makassar and Budi Santoso",
                     "Tuesday 3 June 2025 | Nickel | By Ayu Lestari in Makassar and Budi Santoso in Jakarta"):
        page = f"MAKASSAR HERALD\n{HEADLINE}\n{dateline}\n\n{LEAD}\n{FOLLOW}\n"
        draft = parse_page_text(page, date(2025, 6, 4))
        assert (draft.title, draft.published_date) == (HEADLINE, date(2025, 6, 3)), dateline
        assert draft.body == f"{LEAD}\n\n{FOLLOW}", dateline


def test_a_registration_number_before_the_copyright_mark_is_no_publisher() -> None:
    page = f"{HEADLINE}\nJune 4, 2025\n{LEAD}\n{FOLLOW}\nCelebes Media Group · Org.nr 551234-0000 · © 2025\n"
    assert parse_page_text(page, date(2025, 6, 4)).publisher == "Celebes Media Group"


def test_a_sentence_ending_in_a_call_to_sign_up_after_a_dash_stays_in_the_story() -> None:
    said = ("Fewer than one in five Wevrian freelancers now saves into a pension, the Korlin regulator said "
            "on Tuesday. Its advice to the rest was simple – sign up now.")
    page = (f"MAKASSAR HERALD\nHome | Money | Pensions\n\n{HEADLINE}\nJune 4, 2025\n\n{LEAD}\n\n{said}\n\n"
            f"{FOLLOW}\n")
    assert parse_page_text(page, date(2025, 6, 4)).body == f"{LEAD}\n\n{said}\n\n{FOLLOW}"
    for sentence in ("Investors in Dravo Nickel had one choice - subscribe.",
                     "For the minister, the message to small Wevrian firms was blunt - sign up."):
        assert not is_furniture(sentence), sentence
    assert is_furniture("The Wevrian Friday Brief, every week - SIGN UP FREE")


def test_a_copyright_footer_s_links_and_numbers_name_no_publisher() -> None:
    for footer in ("Contact us | Advertise | Org.nr 551234-0000 | © 2025 All rights reserved",
                   "Privacy Policy · Terms of Use · Tel +62 411 555 0100 · © 2025"):
        page = f"{HEADLINE}\nJune 4, 2025\n{LEAD}\n{FOLLOW}\n{footer}\n"
        assert parse_page_text(page, date(2025, 6, 4)).publisher is None, footer
    page = f"{HEADLINE}\nJune 4, 2025\n{LEAD}\n{FOLLOW}\nStudio 1000 Wevria · © 2025\n"
    assert parse_page_text(page, date(2025, 6, 4)).publisher == "Studio 1000 Wevria"


def test_a_dash_separated_dateline_whose_date_is_not_its_first_item() -> None:
    for dateline in ("6 min read - June 3, 2025 - by Ayu Lestari in Makassar and Budi Santoso in Jakarta",
                     "Updated June 4, 2025 - Published June 3, 2025 - By Ayu Lestari in Makassar"):
        page = f"MAKASSAR HERALD\n{HEADLINE}\n{dateline}\n\n{LEAD}\n{FOLLOW}\n"
        draft = parse_page_text(page, date(2025, 6, 4))
        assert (draft.title, draft.published_date) == (HEADLINE, date(2025, 6, 3)), dateline
        assert draft.body == f"{LEAD}\n\n{FOLLOW}", dateline


def test_a_menu_laid_out_by_wide_gaps_with_an_e_paper_link_is_no_title() -> None:
    page = (f"VARNOCK ENERGY TRIBUNE\nHome  Power  Gas  Oil  Renewables  Economy  Opinion  e-Paper\n\nPOWER\n{HEADLINE}\n"
            f"Staff Correspondent | Talbrin | Published: 06 Feb 2025, 10:45 AM\n\n{STORY}\n\n{MORE_STORY}\n")
    assert parse_page_text(page, date(2025, 2, 6)).title == HEADLINE


def test_a_market_ticker_laid_out_by_wide_gaps_is_no_title() -> None:
    ticker = "Varnock 84,211.88 (+0.21%)  Talbrin 25,795.15 (+0.18%)  USD/VRK 87.93"
    page = (f"VARNOCK MARKETS MONITOR\nMarkets | Companies | Economy\n{ticker}\n\nCOMMODITIES\n{HEADLINE}\n"
            f"Updated: 6 Feb 2025, 07:55 PM | Lena Holm\n\n{STORY}\n\n{MORE_STORY}\n")
    draft = parse_page_text(page, date(2025, 2, 6))
    assert draft.title == HEADLINE and "84,211" not in draft.body


def test_a_table_row_laid_out_by_wide_gaps_in_the_story_is_kept() -> None:
    row = "Kestrel Nickel  2024  1,234 kt"
    page = f"{HEADLINE}\nFebruary 6, 2025 | Norvik Metals Journal\n\n{STORY}\n\n{row}\n\n{MORE_STORY}\n"
    assert "Kestrel Nickel 2024 1,234 kt" in parse_page_text(page, date(2025, 2, 6)).body  # a row, not a ticker


def test_sentences_typed_with_two_spaces_after_their_full_stops_are_no_ticker() -> None:
    figures = "Kestrel sold 120,000 tonnes in 2024.  Output rose 12%.  Costs fell 3%."
    page = f"{HEADLINE}\nFebruary 6, 2025 | Norvik Metals Journal\n\n{STORY}\n\n{figures}\n\n{MORE_STORY}\n"
    assert "Kestrel sold 120,000 tonnes in 2024. Output rose 12%. Costs fell 3%." in parse_page_text(
        page, date(2025, 2, 6)).body


def test_a_breaking_ticker_behind_a_marker_over_the_page_is_no_title() -> None:
    page = (f"TALBRIN RESOURCES DAILY\nGold | Iron Ore | Energy\nThursday, 6 February 2025\n\n"
            f">> BREAKING: Varnock Government approves Kestrel smelter restart plan\n\nBattery Minerals\n{HEADLINE}\n"
            f"Lena Holm | 6 February 2025, 4:52pm AWST\n\n{STORY}\n\n{MORE_STORY}\n")
    draft = parse_page_text(page, date(2025, 2, 6))
    assert (draft.title, draft.published_date) == (HEADLINE, date(2025, 2, 6))


def test_a_date_bar_with_the_weather_over_the_page_yields_to_the_story_s_dateline() -> None:
    page = (f"TALBRIN RESOURCES REVIEW\nIron Ore | Gold | Energy\nFriday 7 February 2025 | Talbrin 14°C | VRX 200 ▲0.4%\n\n"
            f"{HEADLINE}\n\nLena Holm | Talbrin\n6 February 2025, 5:52pm AWST\n\n{STORY}\n\n{MORE_STORY}\n")
    assert parse_page_text(page, date(2025, 2, 7)).published_date == date(2025, 2, 6)


def test_a_weekday_date_alone_still_dates_a_story_with_no_other_dateline() -> None:
    page = f"{HEADLINE}\nThursday, 6 February 2025\n\n{STORY}\n\n{MORE_STORY}\n"
    draft = parse_page_text(page, date(2025, 2, 7))
    assert (draft.title, draft.published_date) == (HEADLINE, date(2025, 2, 6))


def test_a_story_s_update_line_dates_it_before_the_page_s_date_bar() -> None:
    page = f"Thursday, 6 February 2025\n{HEADLINE}\nUpdated: 4 February 2025\n\n{STORY}\n\n{MORE_STORY}\n"
    assert parse_page_text(page, date(2025, 2, 6)).published_date == date(2025, 2, 4)


def test_a_breaking_label_opening_the_headline_on_its_own_line_is_still_the_title() -> None:
    page = f"Breaking: {HEADLINE}\nFebruary 6, 2025 | Norvik Metals Journal\n\n{STORY}\n"
    assert parse_page_text(page, date(2025, 2, 6)).title == f"Breaking: {HEADLINE}"


def test_a_footer_naming_its_publication_beside_other_sentences_names_the_publisher() -> None:
    footer = "Nordic Grain Desk is published by Holm Commodity Media AB. Prices are indicative. (c) 2025. Terms | Privacy"
    page = f"{HEADLINE}\n\nJune 3, 2025\n\n{LEAD}\n\n{FOLLOW}\n\n{footer}\n"
    assert parse_page_text(page, date(2025, 6, 4)).publisher == "Nordic Grain Desk"
    # the notice after the mark, and a holder's sentence before the mark without its full stop
    page = f"{HEADLINE}\n\nJune 3, 2025\n\n{LEAD}\n\n{FOLLOW}\n\n(c) 2025 Nordic Grain Desk is published by Holm AB.\n"
    assert parse_page_text(page, date(2025, 6, 4)).publisher == "Nordic Grain Desk"
    page = f"{HEADLINE}\n\nJune 3, 2025\n\n{LEAD}\n\n{FOLLOW}\n\nHolm Grain Media AB. All rights reserved. (c) 2025\n"
    assert parse_page_text(page, date(2025, 6, 4)).publisher == "Holm Grain Media AB"
    # a sentence with a verb names no holder
    page = f"{HEADLINE}\n\nJune 3, 2025\n\n{LEAD}\n\n{FOLLOW}\n\nPrices are indicative. (c) 2025. Terms | Privacy\n"
    assert parse_page_text(page, date(2025, 6, 4)).publisher != "Prices are indicative."


def test_a_masthead_in_capitals_with_an_ampersand_and_a_section_label_in_capitals_are_no_title() -> None:
    page = (f"KESTREL NICKEL & COBALT JOURNAL\nNickel | Cobalt | Lithium | Policy\n\nLATERITES\n{HEADLINE}\n\n"
            f"By Dewi Lestari\n3 June 2025\n\n{LEAD}\n\n{FOLLOW}\n")
    draft = parse_page_text(page, date(2025, 6, 4))
    assert (draft.title, draft.publisher) == (HEADLINE, "Kestrel Nickel & Cobalt Journal")
    # under a date bar that ends the header, the label over the headline is passed over too
    page = (f"KESTREL NICKEL & COBALT JOURNAL\nNickel | Cobalt | Lithium | Policy\nTuesday 3 June 2025\n\n"
            f"SMELTING\n{HEADLINE}\n\nBy Dewi Lestari\n\n{LEAD}\n\n{FOLLOW}\n")
    assert parse_page_text(page, date(2025, 6, 4)).title == HEADLINE


def test_a_short_headline_in_capitals_over_its_byline_stays_the_title() -> None:
    page = (f"ORE LEDGER\nNickel | Cobalt\nTuesday 3 June 2025\n\nNICKEL SLUMPS\n\nBy Dewi Lestari\n\n"
            f"{LEAD}\n\n{FOLLOW}\n")
    assert parse_page_text(page, date(2025, 6, 4)).title == "NICKEL SLUMPS"


def test_a_date_bar_with_the_site_s_account_links_yields_to_the_story_s_dateline() -> None:
    page = (f"SUNDA ENERGY LEDGER\nPower | Mining | Business\nWednesday, June 4, 2025 | Subscribe | Sign in\n\n"
            f"RENEWABLES\n{HEADLINE}\n\nBy Dewi Lestari\nPublished June 2, 2025, 6:15 PM\n\n{LEAD}\n\n{FOLLOW}\n")
    draft = parse_page_text(page, date(2025, 6, 4))
    assert (draft.title, draft.published_date) == (HEADLINE, date(2025, 6, 2))


def test_a_weekday_dateline_with_the_story_s_own_items_still_dates_it() -> None:
    page = f"{HEADLINE}\nMonday 2 June 2025 | By Dewi Lestari\n\nTuesday 3 June 2025\n\n{LEAD}\n\n{FOLLOW}\n"
    assert parse_page_text(page, date(2025, 6, 4)).published_date == date(2025, 6, 2)


def test_a_masthead_with_its_tagline_beside_its_name_is_no_title_and_names_the_publisher() -> None:
    page = (f"Garuda Mining Post | Resources news from the archipelago\n"
            f"[ Mining ] [ Energy ] [ Nickel ] [ Markets ] [ Policy ] [ Regions ] [ Bahasa edition ]\n\n"
            f"NICKEL & COBALT\n03.06.2025\n\n{HEADLINE}\n\nBy Dewi Lestari\n\n{LEAD}\n\n{FOLLOW}\n")
    draft = parse_page_text(page, date(2025, 6, 4))
    assert (draft.title, draft.publisher) == (HEADLINE, "Garuda Mining Post")


def test_a_headline_with_the_site_s_name_after_a_bar_is_no_masthead() -> None:
    page = f"{HEADLINE} | Garuda Mining Post\n\nJune 3, 2025\n\n{LEAD}\n\n{FOLLOW}\n"
    assert parse_page_text(page, date(2025, 6, 4)).title.startswith(HEADLINE)
    # a company's name before a bar names no publication: its headline stays the title
    page = f"Garuda Nickel Holdings | Smelter sale approved by the board\n\nJune 3, 2025\n\n{LEAD}\n\n{FOLLOW}\n"
    assert parse_page_text(page, date(2025, 6, 4)).title.startswith("Garuda Nickel Holdings |")


def test_a_long_row_of_bracketed_links_is_furniture() -> None:
    assert is_furniture("[ Mining ] [ Energy ] [ Nickel ] [ Markets ] [ Policy ] [ Regions ] [ Bahasa edition ]")
    assert not is_furniture("[Updated] Kestrel Nickel sells its Sulawesi smelter stake to Garuda Mineral for "
                            "$300 million in cash and shares")


def test_a_copyright_line_with_its_notice_after_a_dash_names_the_publisher() -> None:
    footer = "(c) 2025 Sunda Energy & Shipping Review - All rights reserved. Reproduction prohibited. | Privacy"
    page = f"{HEADLINE}\n\nJune 3, 2025\n\n{LEAD}\n\n{FOLLOW}\n\n{footer}\n"
    assert parse_page_text(page, date(2025, 6, 4)).publisher == "Sunda Energy & Shipping Review"


def test_a_time_zone_and_a_byline_after_the_date_name_no_publisher() -> None:
    page = ("Andes Ore Review\n=================\nCopper | Lithium | Gold | Energy\n\n"
            "Marlow Metals picks partner for lithium salt flat in $900 million deal\n\n"
            "Wednesday 14 May 2025, 10:32 CLT  -  by Ana Ruiz\n\n"
            "SANTIAGO, May 14 - Marlow Metals chose a partner for its salt flat this week, after a long tender among "
            "miners from three continents, the company said on Wednesday.\n\n"
            "The partner will take a 49.99% stake and contribute up to $900 million to studies and construction of "
            "the project, which is expected to produce lithium carbonate from 2030.\n")
    draft = parse_page_text(page, date(2025, 5, 14))
    assert (draft.publisher, draft.published_date) == ("Andes Ore Review", date(2025, 5, 14))


def test_a_publisher_glued_to_the_date_keeps_capitals_that_look_like_a_time_zone() -> None:
    body = ("Marlow Metals chose a partner for its salt flat this week, after a long tender among miners from three "
            "continents.\n\nThe partner will take a 49.99% stake and contribute up to $900 million to studies.\n")
    for dateline, publisher in (("October 28, 2025ET Ore World", "ET Ore World"),
                                ("October 28, 2025MT Newswires", "MT Newswires")):
        page = f"Marlow Metals picks partner for salt flat\n\n{dateline}\n\n{body}"
        assert parse_page_text(page, date(2025, 10, 28)).publisher == publisher, dateline


def test_a_copyright_notice_in_another_language_names_the_holder_before_the_mark() -> None:
    for footer, publisher in (("Pampa Minera (c) 2025 - Todos los derechos reservados | Aviso legal | Cookies",
                               "Pampa Minera"),
                              ("© 2025 Le Courrier Minier. Tous droits réservés.", "Le Courrier Minier"),
                              ("© Copyright 2025 Le Courrier Minier - Tous droits réservés", "Le Courrier Minier"),
                              ("© Copyright 2025 Delta Freight Post - All rights reserved", "Delta Freight Post"),
                              ("© 2025 Todos los Santos Gazette", "Todos los Santos Gazette")):  # a name, no notice
        page = f"{HEADLINE}\n\nJune 3, 2025\n\n{LEAD}\n\n{FOLLOW}\n\n{footer}\n"
        assert parse_page_text(page, date(2025, 6, 4)).publisher == publisher, footer


def test_a_newsletter_prompt_with_an_arrow_or_a_dashed_second_prompt_is_no_title() -> None:
    for prompt in ("Receive our free newsletter >", "Receive our weekly newsletter",
                   "Support independent journalism — become a member",
                   "Support quality journalism – subscribe now"):
        page = f"MAKASSAR HERALD\nNews | Mining | Markets\n{prompt}\n\n{HEADLINE}\nJune 4, 2025\n{LEAD}\n{FOLLOW}\n"
        draft = parse_page_text(page, date(2025, 6, 4))
        assert (draft.title, draft.body) == (HEADLINE, f"{LEAD}\n\n{FOLLOW}"), prompt


def test_a_headline_about_membership_newsletters_or_a_search_stays_the_title() -> None:
    for headline in ("Support for Korlin nickel levy grows — members back the plan",
                     "Kestrel Nickel wins membership of smelter club — shares jump",
                     "Receivers sell Makassar newsletter publisher to Garuda Media",
                     "Search for Kestrel's missing nickel cargo widens [Updated]",
                     "[Exclusive] Kestrel Nickel weighs sale of its smelter stake"):
        page = f"MAKASSAR HERALD\nNews | Mining | Markets\n\n{headline}\nJune 4, 2025\n{LEAD}\n{FOLLOW}\n"
        assert parse_page_text(page, date(2025, 6, 4)).title == headline, headline
        assert not is_furniture(headline), headline


def test_bracketed_links_beside_the_site_s_search_box_and_account_links_are_no_title() -> None:
    for row in ("Search...   [Log in]  [Start free trial]",
                "[ Nickel ]  [ Copper ]  [ Policy ]  [ Data Centre ]        Search | My account"):
        page = f"MAKASSAR HERALD\n{row}\n\n{HEADLINE}\nJune 4, 2025\n{LEAD}\n{FOLLOW}\n"
        assert parse_page_text(page, date(2025, 6, 4)).title == HEADLINE, row
    assert is_furniture("Search… [Sign in] [Subscribe]")
    # a story's line in brackets, or a label beside a sentence, is no row of links
    assert not is_furniture("[Editor's note: the smelter sale was approved on Tuesday.]")
    assert not is_furniture("[Update] Kestrel Nickel said the sale would close in July.")


def test_a_bar_of_dateline_items_ending_in_a_bracket_is_no_standfirst() -> None:
    dateline = "By Ayu Lestari | Makassar | Tuesday 3 June 2025 | 11:48 AM (updated 1:20 PM)"
    page = f"MAKASSAR HERALD\nNews | Mining | Markets\n\n{HEADLINE}\n\n{dateline}\n\n{LEAD}\n\n{FOLLOW}\n"
    draft = parse_page_text(page, date(2025, 6, 4))
    assert (draft.title, draft.published_date, draft.author) == (HEADLINE, date(2025, 6, 3), "Ayu Lestari")
    assert draft.body == f"{LEAD}\n\n{FOLLOW}"
    # a standfirst that ends in a bracket, with a date in it, is running text: it dates nothing
    deck = "Kestrel Nickel expects the sale to close by 30 June 2025, subject to approval (from the ministry)."
    page = f"{HEADLINE}\n{deck}\n\n{LEAD}\n\n{FOLLOW}\n"
    assert parse_page_text(page, date(2025, 6, 4)).published_date is None
