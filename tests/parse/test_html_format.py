""".html pages: metadata precedence, the body from <article> only, and hostile markup."""
from __future__ import annotations

from datetime import date, datetime, timezone

from parse_helpers import DAY, FIXTURES

from newsetl.parse.html import parse_html


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


PARAGRAPH = ("<p>Vireo Lithium said on Tuesday it would build a hydroxide plant in Nevada with annual "
             "capacity of 30,000 tonnes, backed by a federal loan.</p>")


def test_standard_page_metadata() -> None:
    draft = parse_html((FIXTURES / "standard_page.html").read_text(encoding="utf-8"), DAY)
    assert draft.title == "Brightwater Energy buys Norwegian wind developer for €1.1bn"  # JSON-LD wins
    assert draft.publisher == "The Fjord Ledger"  # JSON-LD publisher reached through its @id
    assert draft.author == "Ingrid Solberg"
    assert draft.published_date == date(2025, 6, 2)  # the local date, not 1 June in UTC
    assert draft.published_at == datetime(2025, 6, 1, 22, 30, tzinfo=timezone.utc)
    assert draft.url == "https://fjordledger.example/energy/brightwater-vindkraft"
    assert draft.description == "The utility pays €1.1 billion for Vindkraft Nord."
    assert draft.declared_language == "en-GB"


def test_standard_page_body_is_the_article_text_only() -> None:
    body = parse_html((FIXTURES / "standard_page.html").read_text(encoding="utf-8"), DAY).body
    assert body.split("\n\n") == [
        "OSLO – Brightwater Energy has agreed to buy Vindkraft Nord, a developer of onshore wind farms, "
        "for €1.1 billion, the company said on Monday.",
        "The deal gives Brightwater 2.4 GW of projects in northern Norway and Sweden, and Vindkraft’s team "
        "of 140 engineers.",
        "Financing",
        "Brightwater will pay with cash and a new €500 million green bond, chief financial officer "
        "Lars Eide said.",
    ]


def test_og_title_then_h1_then_title_without_site_suffix() -> None:
    og = page(f"<article><h1>Visible headline</h1>{PARAGRAPH}</article>",
              '<meta property="og:title" content="Open Graph headline">')
    assert parse_html(og, DAY).title == "Open Graph headline"
    h1 = page(f"<article><h1>Visible headline</h1>{PARAGRAPH}</article>",
              "<title>Browser tab title | Desert Wire</title>")
    assert parse_html(h1, DAY).title == "Visible headline"
    tab = page(f"<article>{PARAGRAPH}</article>", "<title>Vireo to build Nevada plant | Desert Wire</title>")
    draft = parse_html(tab, DAY)
    assert draft.title == "Vireo to build Nevada plant"
    assert draft.publisher == "Desert Wire"


def test_date_from_time_element_and_site_name() -> None:
    html = page(f'<article><h1>Vireo to build Nevada plant</h1><p class="byline">By Sam Ortiz '
                f'<time datetime="2025-05-30T18:00:00-07:00">May 30</time></p>{PARAGRAPH}</article>',
                '<meta property="og:site_name" content="Desert Wire">')
    draft = parse_html(html, DAY)
    assert draft.published_date == date(2025, 5, 30)
    assert draft.published_at == datetime(2025, 5, 31, 1, 0, tzinfo=timezone.utc)
    assert draft.publisher == "Desert Wire"
    assert draft.author == "Sam Ortiz"
    assert "Sam Ortiz" not in draft.body


def test_article_with_most_text_wins_over_related_cards() -> None:
    html = page("<article><h2>Teaser card</h2><p>Short teaser.</p></article>"
                f"<article><h1>Vireo to build Nevada plant</h1>{PARAGRAPH}{PARAGRAPH}</article>")
    assert parse_html(html, DAY).body.startswith("Vireo Lithium said on Tuesday")


def test_trailer_heading_inside_article_ends_the_body() -> None:
    html = page(f"<article><h1>Vireo to build Nevada plant</h1>{PARAGRAPH}<h3>More from Desert Wire</h3>"
                "<p>Gold miners hedge as prices hit a record high across the board this year.</p></article>")
    body = parse_html(html, DAY).body
    assert "Gold miners" not in body and "More from" not in body


def test_no_article_element_falls_back_to_main_text_extraction() -> None:
    paragraphs = "".join(f"<p>Paragraph {i} of the Vireo story: the company will build a hydroxide plant in "
                         f"Nevada and sell its output to carmakers in the United States and Mexico.</p>"
                         for i in range(5))
    html = page(f'<div class="nav"><a href="/">Home</a></div><div class="content"><h1>Vireo to build Nevada '
                f'plant</h1>{paragraphs}</div>')
    draft = parse_html(html, DAY)
    assert draft.title == "Vireo to build Nevada plant"
    assert "Paragraph 0 of the Vireo story" in draft.body


def test_truncated_html_still_yields_title_and_body() -> None:
    html = (f"<html><head><title>Vireo to build Nevada plant</title></head><body><article>{PARAGRAPH}"
            "<p>Half a sen")
    draft = parse_html(html, DAY)
    assert draft.title == "Vireo to build Nevada plant"
    assert draft.body.startswith("Vireo Lithium said") and draft.body.endswith("Half a sen")


def test_entity_expansion_is_not_performed() -> None:
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    html = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY l0 "ha">{laughs}]>'
            f"<html><body><article><h1>Title &l9;</h1>{PARAGRAPH}<p>&l9;</p></article></body></html>")
    draft = parse_html(html, DAY)
    assert "haha" not in (draft.title or "") + (draft.body or "")
    assert len(draft.body) < 1000


def test_deeply_nested_markup_does_not_hang_or_overflow() -> None:
    html = f"<html><body><article><h1>Deep</h1>{PARAGRAPH}{'<div>' * 100_000}<p>deep</p>{'</div>' * 100_000}"
    draft = parse_html(html + "</article></body></html>", DAY)
    assert draft.body.startswith("Vireo Lithium said")


def test_markup_and_sql_in_text_stay_plain_text() -> None:
    html = page("<article><h1>&lt;script&gt;alert(1)&lt;/script&gt; Robert'); DROP TABLE articles;--</h1>"
                "<p>Body with &lt;b&gt;escaped tags&lt;/b&gt; and '; DELETE FROM x; -- in it.</p></article>")
    draft = parse_html(html, DAY)
    assert draft.title == "<script>alert(1)</script> Robert'); DROP TABLE articles;--"
    assert draft.body == "Body with <b>escaped tags</b> and '; DELETE FROM x; -- in it."


def test_date_in_a_time_element_above_the_article() -> None:
    html = page(f'<div class="top"><time datetime="2025-05-29">29 May 2025</time></div>'
                f"<article><h1>Vireo to build Nevada plant</h1>{PARAGRAPH}</article>")
    assert parse_html(html, DAY).published_date == date(2025, 5, 29)


def test_site_suffix_of_og_title_is_removed() -> None:
    html = page(f"<article>{PARAGRAPH}</article>",
                '<meta property="og:title" content="Vireo to build Nevada plant – Desert Wire">'
                '<meta property="og:site_name" content="The Desert Wire">')
    assert parse_html(html, DAY).title == "Vireo to build Nevada plant"


def test_article_element_holding_only_the_headline_falls_back_to_main_text() -> None:
    paragraphs = "".join(f"<p>Paragraph {i} of the Vireo story: the company will build a hydroxide plant in "
                         f"Nevada and sell its output to carmakers in the United States and Mexico.</p>"
                         for i in range(5))
    html = page(f'<article><h1>Vireo to build Nevada plant</h1><p class="byline">By Sam Ortiz</p></article>'
                f'<div class="section story-text">{paragraphs}</div>')
    draft = parse_html(html, DAY)
    assert draft.title == "Vireo to build Nevada plant"
    assert "Paragraph 4 of the Vireo story" in draft.body


def test_blog_theme_furniture_inside_the_article_is_not_the_story() -> None:
    html = page(
        "<article><h2 class='entry-title'>Vireo Lithium to build Nevada hydroxide plant</h2>"
        "<span class='posted-on'>Posted on <time datetime='2025-06-02'>June 2, 2025</time></span>"
        f"<div class='entry-content'>{PARAGRAPH}<p>Published: 02 Jun 2025</p>"
        "<div class='sharedaddy'><h3>Share this:</h3><a>LinkedIn</a><a>Bluesky</a></div></div></article>",
        head="<title>Vireo Lithium to build Nevada hydroxide plant</title>")
    draft = parse_html(html, DAY)
    assert draft.title == "Vireo Lithium to build Nevada hydroxide plant"
    assert draft.body == PARAGRAPH[3:-4]  # no repeated headline, date line or share bar
    assert draft.published_date == date(2025, 6, 2)


def test_copyright_line_outside_a_footer_names_the_publisher() -> None:
    html = page(f"<div class='story'><h1>Vireo Lithium to build Nevada hydroxide plant</h1>{PARAGRAPH}"
                "<p>Copyright 2025 Great Basin Metals Review</p></div>")
    draft = parse_html(html, DAY)
    assert draft.publisher == "Great Basin Metals Review"
    assert "Copyright" not in draft.body


def test_a_release_s_wire_dateline_and_a_story_s_address_stand_in_for_missing_metadata() -> None:
    release = page("<div itemprop='articleBody'><p>BOISE, Idaho--(HARBOUR NEWSWIRE)--Vireo Lithium Inc. "
                   "(NYSE: VIR) today announced a hydroxide supply agreement with a Nevada cell maker.</p>"
                   f"{PARAGRAPH}</div>", head="<title>Vireo Lithium signs supply agreement</title>")
    draft = parse_html(release, DAY)
    assert draft.publisher == "Harbour Newswire"

    filed = page(f"<article><h1>Vireo Lithium to build Nevada hydroxide plant</h1>{PARAGRAPH}</article>",
                 head="<link rel='canonical' href='https://basin.example/2025/05/30/vireo-plant'>")
    assert parse_html(filed, DAY).published_date == date(2025, 5, 30)


def test_a_copyright_sign_in_a_script_names_no_publisher() -> None:
    html = page(f"<div class='story'><h1>Vireo Lithium to build Nevada hydroxide plant</h1>{PARAGRAPH}</div>"
                "<script>var tracker = '© 2025 Pixel Counter Inc';</script>")
    assert parse_html(html, DAY).publisher is None


def test_page_without_markup_dates_and_trailers_read_from_its_text() -> None:
    story = "".join(f"<p>Sentence {i} of the Norvik story: the pellet plant in Kiruna goes to Baltic Steel "
                    f"for $310 million in cash, subject to approval by regulators.</p>" for i in range(4))
    html = (f"<html><head><title>Norvik sells pellet plant :: Nordic Ore News</title></head><body>"
            f"<table><tr><td><b>Nordic Ore News</b></td><td>Home | Mining | Subscribe</td></tr></table>"
            f"<h2>Norvik sells pellet plant</h2><p><i>Posted on 6 February 2025 by Staff</i></p>{story}"
            f"<p>Comments (2)</p><p>Good deal for Sweden - posted by orefan</p>"
            f"<div><h4>More from Nordic Ore News</h4><p>Chinese mills cut output</p></div></body></html>")
    draft = parse_html(html, date(2025, 2, 7))
    assert draft.published_date == date(2025, 2, 6)
    assert draft.body.endswith("subject to approval by regulators.")
    assert "orefan" not in draft.body and "Chinese mills" not in draft.body


def test_a_blog_theme_s_site_name_in_h1_is_no_headline() -> None:
    html = (f"<html><head><title>Norvik sells pellet plant &#8211; Nordic Ore News</title></head><body>"
            f"<div id='header'><h1 id='site-title'>Nordic Ore News</h1></div>"
            f"<article><h2 class='entry-title'>Norvik sells pellet plant</h2>{PARAGRAPH}"
            f"<div class='entry-utility'>This entry was posted in Mining. Bookmark the permalink.</div>"
            f"</article>"
            f"</body></html>")
    draft = parse_html(html, DAY)
    assert (draft.title, draft.publisher) == ("Norvik sells pellet plant", "Nordic Ore News")
    assert draft.body == PARAGRAPH[3:-4]


def test_the_visible_headline_wins_over_a_social_one_when_the_page_title_agrees_with_it() -> None:
    social = "Why a Nevada plant is suddenly the hottest ticket in lithium"
    shown = "Vireo Lithium to build Nevada hydroxide plant with federal loan"
    head = (f'<meta property="og:title" content="{social}">'
            "<title>Vireo Lithium to build Nevada hydroxide plant | Desert Wire</title>")
    assert parse_html(page(f"<h1>{shown}</h1><div>{PARAGRAPH}</div>", head), DAY).title == shown
    # the <title> agrees with og:title: the social headline is the page's
    same = f'<meta property="og:title" content="{social}"><title>{social} | Desert Wire</title>'
    assert parse_html(page(f"<article><h1>{shown}</h1>{PARAGRAPH}</article>", same), DAY).title == social


def test_a_reading_box_in_the_site_s_own_language_is_not_the_story() -> None:
    box = "<p><strong>Lea también:</strong> <a href='/x'>Codelco signs deal with Argentine province</a></p>"
    html = page(f"<article><h1>Vireo to build Nevada plant</h1>{PARAGRAPH}{box}</article>")
    assert "Codelco" not in parse_html(html, DAY).body


def test_a_regional_site_s_dateline_in_its_own_language_dates_the_story() -> None:
    html = page(f'<div class="topbar">Salta, jueves 5 de diciembre de 2024</div><h1>Vireo builds</h1>'
                f'<div class="info-nota"><span class="fecha">Publicado el 4 de diciembre de 2024</span></div>'
                f'<div class="nota-cuerpo">{PARAGRAPH}</div>')
    assert parse_html(html, DAY).published_date == date(2024, 12, 4)


def test_a_page_title_opening_with_the_site_s_name_loses_it() -> None:
    html = page(f"<div class='content'>{PARAGRAPH}{PARAGRAPH.replace('Tuesday', 'Monday')}</div>"
                "<div class='footer'>Copyright &copy; 2025 Desert Wire. All rights reserved.</div>",
                "<title>Desert Wire | Vireo Lithium to build Nevada hydroxide plant</title>")
    draft = parse_html(html, DAY)
    assert (draft.title, draft.publisher) == ("Vireo Lithium to build Nevada hydroxide plant", "Desert Wire")


def test_a_live_blog_s_list_of_key_events_is_not_the_story() -> None:
    events = ("<div><h2>Key events</h2><ul><li>Orrin Gas signs Qatar supply deal</li>"
              "<li>Minister opens the summit</li></ul><button>Show key events only</button></div>")
    html = page(f"<article><h1>Energy summit live: Vireo signs plant deal</h1>{events}{PARAGRAPH}</article>")
    assert "Orrin" not in parse_html(html, DAY).body


def test_metadata_giving_the_site_s_name_as_the_headline_yields_to_the_h1() -> None:
    head = ("<title>Desert Wire</title><meta property='og:site_name' content='Desert Wire'>"
            "<meta property='og:title' content='Desert Wire'>")
    html = page(f"<h1>Vireo Lithium to build Nevada hydroxide plant</h1><div class='content'>{PARAGRAPH}</div>", head)
    assert parse_html(html, DAY).title == "Vireo Lithium to build Nevada hydroxide plant"


def test_a_print_view_s_labelled_address_under_the_story_is_no_part_of_it() -> None:
    html = page(f"<h1>Vireo to build Nevada plant</h1><div class='content'>{PARAGRAPH}"
                "<p>URL: https://desertwire.example/mining/2025/06/02/vireo</p></div>")
    assert "https" not in parse_html(html, DAY).body


def test_an_h1_labelling_the_section_yields_to_the_page_s_headline() -> None:
    head = "<title>Vireo Lithium to build Nevada hydroxide plant - Desert Wire</title>"
    html = page(f"<div class='page-header'><h1>Business</h1></div><h2>Vireo Lithium to build Nevada hydroxide plant</h2>"
                f"<div class='content'>{PARAGRAPH}</div><footer>&copy; 2025 Desert Wire</footer>", head)
    draft = parse_html(html, DAY)
    assert draft.title == "Vireo Lithium to build Nevada hydroxide plant"
    assert not draft.body.startswith("Vireo Lithium to build")


def test_the_date_in_a_theme_s_post_info_line_dates_the_story() -> None:
    html = page(f"<div class='single-post'><h1>Vireo to build Nevada plant</h1><div class='post-info'><span>Ana Ruiz"
                f"</span> <span>June 1, 2025</span> <span>Updated June 2, 2025</span></div>{PARAGRAPH}</div>")
    assert parse_html(html, DAY).published_date == date(2025, 6, 1)


def test_the_date_of_a_stamp_line_of_place_and_time_dates_the_story() -> None:
    html = page(f"<div class='item'><h1>Vireo to build Nevada plant</h1><div class='wire-stamp'>RENO/ELKO, "
                f"1 June 2025, 09:12 PDT</div>{PARAGRAPH}</div>")
    assert parse_html(html, DAY).published_date == date(2025, 6, 1)


def test_the_site_s_logo_names_the_publisher_over_the_firm_holding_the_copyright() -> None:
    html = page(f"<header><div class='site-logo'>Desert Mining Weekly</div></header><article>"
                f"<h1>Vireo to build Nevada plant</h1>{PARAGRAPH}</article><footer>Sagebrush Media Ltd &copy; 2025</footer>")
    assert parse_html(html, DAY).publisher == "Desert Mining Weekly"
    html = page(f"<header><a class='logo' href='/'><img src='/l.png' alt='Desert Wire logo'></a></header><article>"
                f"<h1>Vireo to build Nevada plant</h1>{PARAGRAPH}</article>")
    assert parse_html(html, DAY).publisher == "Desert Wire"


def test_a_logo_placeholder_a_home_link_or_a_sponsor_logo_leaves_the_copyright_holder_the_publisher() -> None:
    for logo in ("<a class='logo' href='/'><img src='/l.png' alt='logo'></a>",
                 "<a class='navbar-brand' href='/'>Home</a>",
                 "<div class='site-logo'><img src='/l.png' alt='Site Logo'></div>",
                 "<div class='partner-logo'><img src='/k.png' alt='Tierra Drilling'></div>",
                 "<div class='logo'><img src='/k.png' alt='Sponsored by Tierra Drilling'></div>"):
        html = page(f"<header>{logo}</header><article><h1>Vireo to build Nevada plant</h1>{PARAGRAPH}"
                    "</article><footer>&copy; 2025 Sagebrush Media Ltd</footer>")
        assert parse_html(html, DAY).publisher == "Sagebrush Media Ltd", logo


def test_the_date_of_an_element_whose_class_word_joins_date_to_what_is_dated_dates_the_story() -> None:
    for word in ("newsdate", "postdate", "pubDate"):
        html = page(f"<div class='newsitem'><h2>Vireo to build Nevada plant</h2><div class='{word}'>2025-06-01 16:40"
                    f" &nbsp; By Ana Ruiz</div><div class='newstext'>{PARAGRAPH}</div></div>")
        assert parse_html(html, DAY).published_date == date(2025, 6, 1), word
    html = page(f"<h1>Vireo to build Nevada plant</h1><div class='liveupdate'>1 June 2025: lenders signed.</div>"
                f"{PARAGRAPH}")
    assert parse_html(html, DAY).published_date is None  # a live blog's update is no date of the story


def test_a_utc_timestamp_falling_on_the_next_day_yields_to_the_date_the_byline_writes() -> None:
    def dated(stamp: str, byline: str) -> str:
        return page(f"<h1>Vireo to build Nevada plant</h1><div class='byline'>Ana Ruiz, Reno &middot; {byline}</div>"
                    f"{PARAGRAPH}", head=f"<meta name='parsely-pub-date' content='{stamp}'>")
    draft = parse_html(dated("2025-06-02T01:10:00Z", "June 1, 2025"), DAY)
    assert draft.published_date == date(2025, 6, 1)  # 7:10 pm the evening before in Reno
    assert draft.published_at == datetime(2025, 6, 2, 1, 10, tzinfo=timezone.utc)
    # in no time zone is it two days earlier, nor the day before at 3 pm UTC; an offset of its own keeps its date
    for stamp, byline in (("2025-06-02T01:10:00Z", "May 31, 2025"), ("2025-06-02T15:10:00Z", "June 1, 2025"),
                          ("2025-06-02T01:10:00+02:00", "June 1, 2025")):
        assert parse_html(dated(stamp, byline), DAY).published_date == date(2025, 6, 2), stamp


def test_a_zoneless_timestamp_or_a_byline_telling_an_update_keeps_the_timestamps_date() -> None:
    def dated(stamp: str, byline: str) -> str:
        return page(f"<h1>Vireo to build Nevada plant</h1><div class='post-meta'>{byline}</div>{PARAGRAPH}",
                    head=f"<meta name='parsely-pub-date' content='{stamp}'>")
    # a time without a zone is the publisher's own local time, and an update's date is not the publication's
    assert parse_html(dated("2025-06-02T21:30:00", "June 3, 2025 | By Ana Ruiz"), DAY).published_date == date(
        2025, 6, 2)
    assert parse_html(dated("2025-06-02T21:30:00Z", "Updated June 3, 2025 | Published June 2, 2025"),
                      DAY).published_date == date(2025, 6, 2)
