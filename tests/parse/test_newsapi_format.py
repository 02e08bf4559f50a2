"""News-API .json records, envelopes and .jsonl batches."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

from parse_helpers import DAY, FIXTURES, GOOD_BODY, GOOD_TITLE, good_record, row_for, run_day

from newsetl.parse.newsapi import draft_from_record, records_from_json


def test_single_record_fields(landing: Path) -> None:
    (landing / "record.json").write_bytes((FIXTURES / "single_record.json").read_bytes())
    result = run_day(landing)
    [article] = result.articles
    assert article.title == "Ghana's Akoben Gold signs $250 million streaming deal with Northvale Royalties"
    assert article.publisher == "Savanna Commodities Daily"
    assert article.author == "Kwame Mensah"
    assert article.published_date == date(2025, 9, 14)  # as stated, in the source's zone
    assert article.published_at == datetime(2025, 9, 15, 4, 10, tzinfo=timezone.utc)
    assert article.description.startswith("The streaming deal funds")
    assert article.url == "https://savannacommodities.example/gold/akoben-northvale-stream"
    assert article.source_format == "json" and article.record_index is None
    assert article.body.endswith("avoided diluting sha")  # NewsAPI's "… [+1840 chars]" marker removed
    assert article.body.split("\n\n")[0].startswith("Akoben Gold has signed")
    assert article.language == "en"
    assert row_for(result, "record.json").status == "loaded"


def test_envelope_records_are_indexed_by_position(landing: Path) -> None:
    second = good_record(title="Second story about Zambian copper output rising again this year",
                         content="Zambia's copper output rose 9% in the first quarter, the ministry said.")
    (landing / "envelope.json").write_text(json.dumps({"status": "ok", "totalResults": 2,
                                                       "articles": [good_record(), second]}))
    result = run_day(landing)
    assert [a.record_index for a in result.articles] == [0, 1]
    assert [row_for(result, "envelope.json", i).status for i in (0, 1)] == ["loaded", "loaded"]


def test_jsonl_one_row_per_line_and_blank_lines_skipped(landing: Path) -> None:
    lines = [json.dumps(good_record()), "", "   ",
             json.dumps(good_record(title="Copper smelter restarts in Chingola after floods",
                                    content="The smelter restarted on Monday after three weeks of repairs."))]
    (landing / "batch.jsonl").write_text("\n".join(lines) + "\n")
    result = run_day(landing)
    assert [(r.record_index, r.status) for r in result.ledger] == [(0, "loaded"), (3, "loaded")]
    assert all(r.byte_size and r.byte_size > 0 for r in result.ledger)
    assert [a.source_format for a in result.articles] == ["jsonl", "jsonl"]


def test_publisher_given_as_plain_string_and_unknown_fields_ignored(landing: Path) -> None:
    record = good_record(source="Copperbelt Courier", extra={"nested": [1, 2]})
    (landing / "record.json").write_text(json.dumps(record))
    [article] = run_day(landing).articles
    assert article.publisher == "Copperbelt Courier"
    assert (article.title, article.body) == (GOOD_TITLE, GOOD_BODY)


def test_json_escaped_invisible_characters_are_removed(landing: Path) -> None:
    record = good_record(title="Marlow\u200b Cobalt\u0000 wins $75 million\u202e loan for Zambian refinery")
    (landing / "record.json").write_text(json.dumps(record))
    assert run_day(landing).articles[0].title == GOOD_TITLE


def test_api_error_response_is_rejected(landing: Path) -> None:
    (landing / "error.json").write_text(json.dumps({"status": "error", "code": "rateLimited",
                                                    "message": "Too many requests"}))
    row = row_for(run_day(landing), "error.json")
    assert row.status == "rejected"
    assert row.reason == ("rejected: news API error response (rateLimited: Too many requests); "
                          "fetch the batch again")


def test_removed_placeholder_record_is_rejected(landing: Path) -> None:
    (landing / "removed.json").write_text(json.dumps(good_record(title="[Removed]", content="[Removed]")))
    row = row_for(run_day(landing), "removed.json")
    assert row.status == "rejected" and "[Removed]" in row.reason


def test_record_that_is_not_an_object_is_rejected(landing: Path) -> None:
    (landing / "batch.jsonl").write_text('["a", "list"]\n' + json.dumps(good_record()) + "\n")
    result = run_day(landing)
    assert row_for(result, "batch.jsonl", 0).reason.startswith("rejected: the record is a JSON array")
    assert row_for(result, "batch.jsonl", 1).status == "loaded"


def test_landing_day_is_the_ingest_date(landing: Path) -> None:
    (landing / "record.json").write_text(json.dumps(good_record()))
    assert run_day(landing).articles[0].ingest_date == DAY


def test_json_lines_delivered_as_json_are_rejected_with_advice(landing: Path) -> None:
    (landing / "batch.json").write_text(json.dumps(good_record()) + "\n" + json.dumps(good_record()) + "\n")
    row = row_for(run_day(landing), "batch.json")
    assert row.reason == ("rejected: malformed JSON: Extra data (line 2, column 1); "
                          "it holds one record per line: name it .jsonl")


def test_publisher_suffix_of_a_news_api_title_is_removed(landing: Path) -> None:
    (landing / "record.json").write_text(json.dumps(good_record(title=f"{GOOD_TITLE} - Copperbelt Courier")))
    assert run_day(landing).articles[0].title == GOOD_TITLE


def test_records_of_other_news_apis_are_read_by_their_field_names(landing: Path) -> None:
    lines = [
        {"headline": GOOD_TITLE, "body": GOOD_BODY, "published": "2025-06-01", "source_name": "Kitwe Ledger",
         "link": "https://ledger.example/marlow", "authors": ["Tendai Phiri", "Mary Banda"]},
        {"title": GOOD_TITLE + " (update)", "content": "Marlow Cobalt said on Monday it had secured … [+900 chars]",
         "text": GOOD_BODY, "pubDate": "2025-06-01 18:20:00", "source": {"title": "Lusaka Wire"},
         "summary": "Banks lend to finish the plant."},
    ]
    (landing / "batch.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    first, second = run_day(landing).articles
    assert (first.title, first.body, first.publisher) == (GOOD_TITLE, GOOD_BODY, "Kitwe Ledger")
    assert first.published_date == date(2025, 6, 1)
    assert (first.url, first.author) == ("https://ledger.example/marlow", "Tendai Phiri, Mary Banda")
    assert second.body == GOOD_BODY  # the longest of the body fields, not the truncated one
    assert (second.publisher, second.description) == ("Lusaka Wire", "Banks lend to finish the plant.")
    assert second.published_at == datetime(2025, 6, 1, 18, 20, tzinfo=timezone.utc)


def test_other_news_apis_envelopes_hold_the_records(landing: Path) -> None:
    (landing / "results.json").write_text(json.dumps({"status": "success", "results": [good_record()]}))
    (landing / "nested.json").write_text(json.dumps(
        {"articles": {"results": [good_record(title="Copper smelter restarts in Chingola after floods")],
                      "totalResults": 1}}))
    (landing / "paged.json").write_text(json.dumps(
        {"status": "success", "data": {"count": 1, "next_page": None,
                                       "items": [good_record(title="Zinc refinery in Kabwe wins a power deal")]}}))
    result = run_day(landing)
    assert sorted(a.title for a in result.articles) == ["Copper smelter restarts in Chingola after floods",
                                                       GOOD_TITLE, "Zinc refinery in Kabwe wins a power deal"]
    assert row_for(result, "results.json", 0).status == "loaded"
    assert row_for(result, "paged.json", 0).status == "loaded"


def test_odd_field_shapes_and_lone_records_with_lists(landing: Path) -> None:
    deep = json.loads("[" * 400 + "]" * 400)
    lines = [good_record(author=deep),  # nested beyond any news record: no author, the record still loads
             {"title": "Marlow Cobalt loan: the banks behind it", "body": GOOD_BODY.split("\n\n")},
             good_record(title="Copper smelter restarts in Chingola after floods", data=[], results=[1, 2])]
    (landing / "batch.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    (landing / "lone.json").write_text(json.dumps(lines[2]))
    result = run_day(landing)
    assert [r.status for r in result.ledger] == ["loaded", "loaded", "loaded", "duplicate"]
    first, second, third = result.articles
    assert first.author is None
    assert second.body == GOOD_BODY  # a body given as a list of paragraphs
    assert third.title == "Copper smelter restarts in Chingola after floods"


def test_newscatcher_records_carry_the_body_in_summary_and_the_publisher_in_rights(landing: Path) -> None:
    lines = [
        {"title": GOOD_TITLE, "summary": GOOD_BODY, "excerpt": "Regional banks lend to finish the plant.",
         "published_date": "2025-06-01 09:30:00", "rights": "© 2025 Kitwe Ledger",
         "clean_url": "kitweledger.example"},
        {"title": GOOD_TITLE + " (update)", "summary": GOOD_BODY + "\n\nThe plant will employ 300 people.",
         "published_date": "2025-06-01 10:00:00", "clean_url": "kitweledger.example"},
    ]
    (landing / "batch.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    first, second = run_day(landing).articles
    assert (first.body, first.description) == (GOOD_BODY, "Regional banks lend to finish the plant.")
    assert (first.publisher, first.published_date) == ("Kitwe Ledger", date(2025, 6, 1))
    assert second.publisher == "kitweledger.example"


def test_a_rights_field_that_is_no_copyright_notice_names_no_publisher(landing: Path) -> None:
    line = {"title": GOOD_TITLE, "summary": GOOD_BODY, "published_date": "2025-06-01 09:30:00",
            "rights": "All rights reserved", "clean_url": "kitweledger.example"}
    (landing / "batch.jsonl").write_text(json.dumps(line) + "\n")
    assert run_day(landing).articles[0].publisher == "kitweledger.example"


def test_furniture_paragraphs_of_a_news_api_body_are_dropped(landing: Path) -> None:
    body = GOOD_BODY + "\n\nSubscribe to our mining newsletter for daily updates.\n\nAdvertisement"
    (landing / "record.json").write_text(json.dumps(good_record(content=body)))
    assert run_day(landing).articles[0].body == GOOD_BODY


def test_publisher_of_webz_and_aylien_records_named_by_domain(landing: Path) -> None:
    lines = [
        {"title": GOOD_TITLE, "text": GOOD_BODY, "published": "2025-06-01T09:00:00.000+02:00",
         "thread": {"site": "kitweledger.example", "title": GOOD_TITLE, "section_title": "Business"}},
        {"title": GOOD_TITLE + " (update)", "body": GOOD_BODY, "published_at": "2025-06-01T10:00:00Z",
         "source": {"id": 7, "domain": "lusakawire.example"}},
    ]
    (landing / "batch.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    assert [a.publisher for a in run_day(landing).articles] == ["kitweledger.example", "lusakawire.example"]


def test_a_webz_record_s_site_name_is_its_publisher_over_its_domain(landing: Path) -> None:
    record = {"title": GOOD_TITLE, "text": GOOD_BODY, "published": "2025-06-01T09:00:00.000+02:00",
              "thread": {"site": "kitweledger.example", "site_name": "The Kitwe Ledger", "title": GOOD_TITLE}}
    (landing / "record.json").write_text(json.dumps(record))
    assert run_day(landing).articles[0].publisher == "The Kitwe Ledger"


def test_guardian_api_answers_hold_their_text_in_fields(landing: Path) -> None:
    item = {"webTitle": GOOD_TITLE, "webPublicationDate": "2025-06-01T17:45:12Z",
            "fields": {"bodyText": GOOD_BODY, "publication": "The Kitwe Ledger", "byline": "Tendai Phiri"}}
    (landing / "item.json").write_text(json.dumps({"response": {"status": "ok", "content": item}}))
    (landing / "search.json").write_text(json.dumps({"response": {"status": "ok", "results": [
        {**item, "webTitle": "Copper smelter restarts in Chingola after floods"}]}}))
    first, second = run_day(landing).articles
    assert (first.title, first.body, first.publisher, first.author) == (
        GOOD_TITLE, GOOD_BODY, "The Kitwe Ledger", "Tendai Phiri")
    assert first.published_date == date(2025, 6, 1)
    assert second.title == "Copper smelter restarts in Chingola after floods"


def test_bing_news_records_name_the_headline_name_and_the_publisher_provider(landing: Path) -> None:
    record = {"name": GOOD_TITLE, "articleBody": GOOD_BODY, "datePublished": "2025-06-01T04:00:00.0000000Z",
              "provider": [{"_type": "Organization", "name": "Kitwe Ledger"}]}
    (landing / "bing.json").write_text(json.dumps({"_type": "News", "value": [record]}))
    article = run_day(landing).articles[0]
    assert (article.title, article.publisher, article.published_date) == (
        GOOD_TITLE, "Kitwe Ledger", date(2025, 6, 1))


def test_an_envelope_with_a_name_of_its_own_is_no_record(landing: Path) -> None:
    envelope = {"name": "Copperbelt batch 12", "articles": [good_record()]}
    (landing / "batch.json").write_text(json.dumps(envelope))
    assert [a.title for a in run_day(landing).articles] == [GOOD_TITLE]


def test_a_rights_field_with_the_mark_after_the_holder_names_the_publisher(landing: Path) -> None:
    line = {"title": GOOD_TITLE, "summary": GOOD_BODY, "published_date": "2025-06-01 09:30:00",
            "rights": "Kitwe Ledger © 2025", "clean_url": "kitweledger.example"}
    (landing / "batch.jsonl").write_text(json.dumps(line) + "\n")
    assert run_day(landing).articles[0].publisher == "Kitwe Ledger"


def test_a_date_given_as_a_unix_timestamp(landing: Path) -> None:
    (landing / "record.json").write_text(json.dumps(
        {"data": [good_record(publishedAt=None, published_at=1748851200)]}))
    assert run_day(landing).articles[0].published_at == datetime(2025, 6, 2, 8, 0, tzinfo=timezone.utc)


def test_one_article_wrapped_with_the_answers_status_is_read(landing: Path) -> None:
    (landing / "record.json").write_text(json.dumps({"status": "ok", "article": good_record()}))
    (landing / "batch.jsonl").write_text(json.dumps({"status": "ok", "data": good_record(title="Cobalt talks end")}) + "\n")
    result = run_day(landing)
    assert sorted((a.title, a.record_index) for a in result.articles) == [
        ("Cobalt talks end", 0), (GOOD_TITLE, None)]


def test_a_record_naming_no_publisher_is_published_by_the_site_of_its_address(landing: Path) -> None:
    # World News API: "publish_date", and the site only in the story's "url"
    line = {"id": 1, "title": GOOD_TITLE, "text": GOOD_BODY, "publish_date": "2025-06-01 16:20:00",
            "url": "https://www.kitweledger.example.zm/mining/marlow-loan", "source_country": "zm"}
    (landing / "batch.jsonl").write_text(json.dumps(line) + "\n")
    article = run_day(landing).articles[0]
    assert (article.publisher, article.published_date) == ("kitweledger.example.zm", date(2025, 6, 1))


def test_a_currents_api_envelope_holds_its_records_under_news(landing: Path) -> None:
    envelope = {"status": "ok", "news": [good_record(), good_record(title="Cobalt talks end")], "page": 1}
    (landing / "currents.json").write_text(json.dumps(envelope))
    assert sorted(a.title for a in run_day(landing).articles) == ["Cobalt talks end", GOOD_TITLE]


def test_a_record_without_a_body_tells_its_story_in_its_description(landing: Path) -> None:
    record = {"title": GOOD_TITLE, "description": GOOD_BODY, "source": "Kitwe Ledger",
              "published_at": "2025-06-01T09:30:00+00:00", "category": "business"}
    (landing / "mediastack.json").write_text(json.dumps({"pagination": {"count": 1}, "data": [record]}))
    article = run_day(landing).articles[0]
    assert (article.body, article.description) == (GOOD_BODY, None)


def test_finnhub_records_date_the_story_by_their_unix_datetime(landing: Path) -> None:
    record = {"category": "company", "datetime": 1748770200, "headline": GOOD_TITLE, "id": 1, "related": "MRLW",
              "source": "Kitwe Ledger", "summary": GOOD_BODY, "url": "https://kitweledger.example/marlow"}
    (landing / "batch.jsonl").write_text(json.dumps(record) + "\n")
    article = run_day(landing).articles[0]
    assert (article.published_date, article.publisher) == (date(2025, 6, 1), "Kitwe Ledger")


def test_alpha_vantage_and_benzinga_records_are_read(landing: Path) -> None:
    feed = {"items": "1", "feed": [{"title": GOOD_TITLE, "summary": GOOD_BODY, "time_published": "20250601T093000",
                                    "source": "Kitwe Ledger", "topics": [{"topic": "Mergers & Acquisitions"}]}]}
    (landing / "alphavantage.json").write_text(json.dumps(feed))
    paragraphs = GOOD_BODY.split("\n\n")
    markup = f"<p>{paragraphs[0]}</p>\n<p>{paragraphs[1].replace('two', '<b>two</b>')} &amp; more.</p>"
    (landing / "benzinga.json").write_text(json.dumps([{"title": GOOD_TITLE + " (update)", "body": markup,
                                                        "created": "Sun, 01 Jun 2025 09:30:00 -0400"}]))
    first, second = run_day(landing).articles
    assert (first.body, first.published_date, first.publisher) == (GOOD_BODY, date(2025, 6, 1), "Kitwe Ledger")
    assert second.body == f"{paragraphs[0]}\n\n{paragraphs[1]} & more."
    assert second.published_at == datetime(2025, 6, 1, 13, 30, tzinfo=timezone.utc)


def test_list_items_and_headings_of_an_html_body_are_paragraphs_of_their_own(landing: Path) -> None:
    paragraphs = GOOD_BODY.split("\n\n")
    markup = (f"<p>{paragraphs[0]}</p><h2>Output plans</h2><ul><li>Hydroxide first</li>"
              f"<li>Metal later</li></ul><p>{paragraphs[1]}<br>Talks go on.</p>")
    (landing / "benzinga.json").write_text(json.dumps([{"title": GOOD_TITLE, "body": markup,
                                                        "created": "Sun, 01 Jun 2025 09:30:00 -0400"}]))
    article = run_day(landing).articles[0]
    assert article.body == "\n\n".join([paragraphs[0], "Output plans", "Hydroxide first", "Metal later",
                                        paragraphs[1], "Talks go on."])


def test_long_runs_of_spaces_in_an_html_body_are_trimmed_from_its_paragraphs(landing: Path) -> None:
    # (the paragraph split has no pattern around the closing tag: runs of spaces cost linear time; the bench,
    # not this test, measures speed)
    markup = "<p>" + " " * 60_000 + f"{GOOD_BODY}</p><p>" + " " * 60_000 + "More.</p>"
    (landing / "benzinga.json").write_text(json.dumps([{"title": GOOD_TITLE, "body": markup,
                                                        "created": "Sun, 01 Jun 2025 09:30:00 -0400"}]))
    assert run_day(landing).articles[0].body == f"{GOOD_BODY}\n\nMore."


def test_json_api_resources_keep_the_article_under_attributes(landing: Path) -> None:
    attributes = {"title": GOOD_TITLE, "body": GOOD_BODY, "published_at": "2025-06-02T07:00:00Z",
                  "source_name": "Kitwe Ledger"}
    (landing / "one.json").write_text(json.dumps({"data": {"type": "articles", "id": "7",
                                                           "attributes": attributes}}))
    (landing / "two.json").write_text(json.dumps({"data": [
        {"type": "articles", "id": "8", "attributes": {**attributes, "title": GOOD_TITLE + " again"}}],
        "meta": {"total": 1}}))
    articles = sorted(run_day(landing).articles, key=lambda a: a.title)
    assert [(a.title, a.body) for a in articles] == [(GOOD_TITLE, GOOD_BODY), (GOOD_TITLE + " again", GOOD_BODY)]
    assert {a.published_date for a in articles} == {date(2025, 6, 2)}


def test_a_record_read_by_the_words_of_its_fields_names(landing: Path) -> None:
    # a custom export: its body a list of paragraphs, its date a Unix instant, its publisher an object
    record = {"headline": GOOD_TITLE, "subheadline": "Regional banks lend to finish the plant.",
              "byline": {"name": "Tendai Phiri", "role": "Mining Correspondent"},
              "publication": {"name": "Kitwe Ledger", "domain": "kitweledger.example"},
              "published_ts": 1748851200, "updated_ts": 1748937600,
              "body_paragraphs": GOOD_BODY.split("\n\n"), "content_type": "article"}
    (landing / "record.json").write_text(json.dumps(record))
    article = run_day(landing).articles[0]
    assert (article.title, article.body, article.publisher, article.author) == (
        GOOD_TITLE, GOOD_BODY, "Kitwe Ledger", "Tendai Phiri")
    assert article.published_at == datetime(2025, 6, 2, 8, 0, tzinfo=timezone.utc)
    assert article.description == "Regional banks lend to finish the plant."


def test_a_record_s_object_of_dates_and_its_outlet(landing: Path) -> None:
    record = {"headline": GOOD_TITLE, "body": GOOD_BODY.split("\n\n"),
              "outlet": {"name": "Kitwe Ledger", "country": "ZM"},
              "dates": {"published": "2025-06-01T09:10:00+02:00", "updated": "2025-06-02T13:45:00+02:00",
                        "ingested": "2025-06-02T02:00:14Z"}}
    (landing / "record.json").write_text(json.dumps(record))
    article = run_day(landing).articles[0]
    assert (article.published_date, article.publisher) == (date(2025, 6, 1), "Kitwe Ledger")


def test_a_field_name_of_other_words_is_no_body_date_or_publisher(landing: Path) -> None:
    record = {"title": GOOD_TITLE, "summary": GOOD_BODY, "content_type": "article", "body_word_count": "312",
              "crawled_at": "2025-05-01T09:00:00Z", "source_url": "https://kitweledger.example/marlow"}
    (landing / "record.json").write_text(json.dumps(record))
    article = run_day(landing).articles[0]
    assert (article.body, article.published_date, article.publisher) == (GOOD_BODY, None, None)


def test_a_webz_record_s_page_title_names_its_site_after_the_headline(landing: Path) -> None:
    thread = {"site": "kitweledger.example", "title": GOOD_TITLE, "title_full": GOOD_TITLE + " | The Kitwe Ledger",
              "section_title": "Mining - The Kitwe Ledger"}
    record = {"title": GOOD_TITLE, "text": GOOD_BODY, "published": "2025-06-01T09:00:00.000+02:00",
              "thread": thread}
    # a page title that is the headline alone, or another story's, names no site
    other = {**record, "title": "Cobalt talks end", "thread": {**thread, "title": "Cobalt talks end",
                                                                "title_full": "Cobalt talks end"}}
    third = {**record, "title": "Nickel output rises", "thread": {**thread, "title": "Nickel output rises",
                                                                   "title_full": "Cobalt talks end | Mining"}}
    (landing / "batch.jsonl").write_text("\n".join(json.dumps(line) for line in (record, other, third)) + "\n")
    assert [a.publisher for a in run_day(landing).articles] == ["The Kitwe Ledger"] + ["kitweledger.example"] * 2


def test_a_newscatcher_record_s_media_field_is_its_image_not_its_publisher(landing: Path) -> None:
    # NewsCatcher v2: "media" is the story's picture; a name of one word says too little, an address no name
    record = {"title": GOOD_TITLE, "summary": GOOD_BODY, "published_date": "2025-06-02 07:00:00",
              "clean_url": "kitweledger.example", "rights": "kitweledger.example",
              "media": "https://img.kitweledger.example/fit-in/1200x0/marlow.jpg",
              "link": "https://x.example/a"}
    url_named = {"title": GOOD_TITLE + " again", "body": GOOD_BODY,
                 "media_outlet": "https://kitweledger.example/", "news_source": "Kitwe Ledger"}
    (landing / "batch.jsonl").write_text("\n".join(map(json.dumps, (record, url_named))) + "\n")
    articles = sorted(run_day(landing).articles, key=lambda a: a.title)
    assert [a.publisher for a in articles] == ["kitweledger.example", "Kitwe Ledger"]


def test_a_date_said_to_be_the_publication_s_comes_before_a_date_of_no_kind(landing: Path) -> None:
    # 'created' and 'dateTime' may be the crawl's; 'published_ts' and Event Registry's 'dateTimePub' are not
    named = {"headline": GOOD_TITLE, "body": GOOD_BODY, "created": "2025-05-01T00:00:00Z",
             "published_ts": 1748851200}
    event_registry = {"title": GOOD_TITLE + " (2)", "body": GOOD_BODY, "date": "2025-06-03",
                      "dateTime": "2025-06-03T01:00:00Z", "dateTimePub": "2025-06-01T22:30:00Z",
                      "source": {"title": "Kitwe Ledger"}}
    # a field that holds a time alone gives way to the next that dates the story
    time_alone = {"headline": GOOD_TITLE + " (3)", "body": GOOD_BODY, "published_time": "09:30 CAT",
                  "published_on": "June 1, 2025"}
    grouped = {"headline": GOOD_TITLE + " (4)", "body": GOOD_BODY, "dates": {"published_ts": 1748851200}}
    (landing / "batch.jsonl").write_text(
        "\n".join(map(json.dumps, (named, event_registry, time_alone, grouped))) + "\n")
    articles = sorted(run_day(landing).articles, key=lambda a: a.title)
    assert [a.published_date for a in articles] == [
        date(2025, 6, 2), date(2025, 6, 1), date(2025, 6, 1), date(2025, 6, 2)]


def test_a_body_s_paragraphs_given_as_objects_are_read(landing: Path) -> None:
    first, second = GOOD_BODY.split("\n\n")[:2]
    record = {"headline": GOOD_TITLE, "published_ts": 1748851200,
              "body_paragraphs": [first, {"text": second, "kind": "paragraph"}]}
    (landing / "record.json").write_text(json.dumps(record))
    assert run_day(landing).articles[0].body == f"{first}\n\n{second}"


def test_a_body_sent_only_as_markup_is_read_for_its_text_before_a_summary(landing: Path) -> None:
    first, second = GOOD_BODY.split("\n\n")[:2]
    record = {"data": {"type": "article", "attributes": {
        "title": GOOD_TITLE, "summary": "Regional banks lend to finish the plant.",
        "body_html": f"<p>{first.replace(chr(39), '&#x27;')}</p><p>{second}</p>",
        "published_at": "2025-06-02T10:00:00+02:00"}}}
    (landing / "record.json").write_text(json.dumps(record))
    article = run_day(landing).articles[0]
    assert (article.body, article.description) == (f"{first}\n\n{second}", "Regional banks lend to finish the plant.")


def test_a_markup_twin_gives_way_to_the_plain_body(landing: Path) -> None:
    record = {"headline": GOOD_TITLE, "body": GOOD_BODY, "body_html": "<p>Marlow Cobalt sent this as markup.</p>"}
    (landing / "record.json").write_text(json.dumps(record))
    assert run_day(landing).articles[0].body == GOOD_BODY


def test_a_record_with_a_dek_alone_has_no_body(landing: Path) -> None:
    record = {"headline": GOOD_TITLE, "subtitle": "Regional banks lend to finish the plant.",
              "published_ts": 1748851200}
    (landing / "record.json").write_text(json.dumps(record))
    assert row_for(run_day(landing), "record.json").status == "rejected"


def test_fields_past_a_record_s_first_two_hundred_are_not_read_by_their_names_words(landing: Path) -> None:
    extra = {f"extra_{index}": index for index in range(250)}
    record = {"headline": GOOD_TITLE, **extra, "story_text": GOOD_BODY}
    (landing / "record.json").write_text(json.dumps(record))
    assert row_for(run_day(landing), "record.json").status == "rejected"


def test_a_title_of_many_dashes_ending_in_a_bar_is_read_in_linear_time() -> None:
    # each ' - ' was tried as the site's separator to the title's end: 20,000 of them took some 17 s
    hostile = "a" + " - a" * 20_000 + "|"
    record = {"title": hostile, "text": GOOD_BODY, "source": "Kitwe Ledger",
              "thread": {"title": "a", "title_full": hostile, "site": "kitweledger.example"}}
    assert draft_from_record(record, DAY).title == hostile


def test_an_article_keyed_by_its_id_under_an_info_object_is_read(landing: Path) -> None:
    # Event Registry's answer for one article: {"<uri>": {"info": {...}}}
    info = {"uri": "5501", "title": GOOD_TITLE, "body": GOOD_BODY, "dateTime": "2025-06-02T09:00:00Z",
            "dateTimePub": "2025-06-01T22:10:00Z", "source": {"uri": "kitweledger.example", "title": "Kitwe Ledger"},
            "authors": [{"name": "Mulenga Banda", "type": "author"}]}
    (landing / "record.json").write_text(json.dumps({"5501": {"info": info}}))
    [article] = run_day(landing).articles
    assert (article.title, article.body, article.publisher) == (GOOD_TITLE, GOOD_BODY, "Kitwe Ledger")
    assert (article.published_date, article.author) == (date(2025, 6, 1), "Mulenga Banda")


def test_a_map_of_articles_by_their_ids_is_a_batch(landing: Path) -> None:
    second = good_record(title="Cobalt talks end")
    (landing / "record.json").write_text(json.dumps({"5501": {"info": good_record()}, "5502": {"info": second}}))
    assert sorted(a.title for a in run_day(landing).articles) == ["Cobalt talks end", GOOD_TITLE]


def test_one_article_under_a_wrapper_s_name_beside_a_related_story_is_the_article(landing: Path) -> None:
    # a sibling with a story's fields is no second article: "related" is a field's name, not an article's id
    related = {"title": "Talbrin copper hits a record", "text": "Talbrin copper rose to a record on Monday."}
    (landing / "record.json").write_text(json.dumps({"status": "ok", "article": good_record(), "related": related}))
    (landing / "bare.json").write_text(json.dumps({"story": good_record(title="Cobalt talks end"), "related": related}))
    assert sorted(a.title for a in run_day(landing).articles) == ["Cobalt talks end", GOOD_TITLE]


def test_a_line_holding_a_map_of_articles_by_their_ids_is_rejected_with_advice(landing: Path) -> None:
    line = {"5501": {"info": good_record()}, "5502": {"info": good_record(title="Cobalt talks end")}}
    (landing / "batch.jsonl").write_text(json.dumps(line) + "\n")
    assert "map of 2 articles by their ids" in row_for(run_day(landing), "batch.jsonl", 0).reason


def test_a_cms_export_story_beside_its_site_with_headlines_and_typed_blocks(landing: Path) -> None:
    paragraphs = GOOD_BODY.split("\n\n")
    blocks = [{"type": "paragraph", "content": {"text": paragraphs[0]}},
              {"type": "ad_slot", "content": {"label": "ADVERTISEMENT - Talbrin Mining Week"}},
              {"type": "heading", "level": 2, "content": {"text": "Refinery restart"}},
              {"type": "pullquote", "content": {"text": "A quote the story already tells"}},
              *({"type": "paragraph", "content": {"text": text}} for text in paragraphs[1:]),
              {"type": "related_links", "content": {"items": [{"headline": "Varnock Copper lifts output"}]}}]
    export = {"export_version": "3.2", "site": {"code": "kl", "brand_name": "Kitwe Ledger"},
              "story": {"headlines": {"main": GOOD_TITLE, "social": "Marlow's loan, explained", "seo": "Marlow loan"},
                        "standfirst": "Regional banks lend to finish the plant.",
                        "section": {"name": "Prices & Markets"},
                        "dates": {"created": 1748736000, "first_published": 1748822400,
                                  "last_modified": 1748908800000},
                        "body": blocks}}
    (landing / "record.json").write_text(json.dumps(export))
    [article] = run_day(landing).articles
    assert (article.title, article.publisher, article.published_date) == (GOOD_TITLE, "Kitwe Ledger", date(2025, 6, 2))
    assert article.description == "Regional banks lend to finish the plant."
    assert article.body.split("\n\n") == [paragraphs[0], "Refinery restart", *paragraphs[1:]]


def test_a_body_of_one_typed_object_is_the_story_whatever_its_type(landing: Path) -> None:
    # only a list's blocks are told apart by their types; a body of one object is the body
    html_body = {"type": "html", "content": "".join(f"<p>{p}</p>" for p in GOOD_BODY.split("\n\n"))}
    standard = {"kind": "standard", "text": GOOD_BODY}
    assert draft_from_record({"title": GOOD_TITLE, "body": html_body}, DAY).body == GOOD_BODY
    assert draft_from_record({"title": GOOD_TITLE, "body": standard}, DAY).body == GOOD_BODY


def test_a_record_with_a_headline_text_paragraphs_and_a_nested_publisher(landing: Path) -> None:
    line = {"doc_id": "kl-1", "ts": 1748822400, "ts_updated": 1748908800,
            "source_meta": {"section": "Metals", "publisher": {"display_name": "Kitwe Ledger", "url": "https://kl.example"}},
            "headline_text": GOOD_TITLE, "seo_title": "Marlow loan", "byline_list": [{"first": "Mulenga", "last": "Banda"}],
            "paragraphs": [*GOOD_BODY.split("\n\n"), "Related: Varnock Copper lifts output | Talbrin smelter restarts"]}
    (landing / "batch.jsonl").write_text(json.dumps(line) + "\n")
    [article] = run_day(landing).articles
    assert (article.title, article.publisher, article.published_date) == (GOOD_TITLE, "Kitwe Ledger", date(2025, 6, 2))
    assert article.body == GOOD_BODY


def test_an_image_s_info_object_names_no_publisher() -> None:
    caption = {"title": "Aerial view of the Talbrin copper mine", "url": "https://img.example/talbrin.jpg"}
    for name in ("media_info", "media_details", "media_meta"):
        record = {"title": GOOD_TITLE, "content": GOOD_BODY, name: caption}
        assert draft_from_record(record, DAY).publisher is None, name
    assert draft_from_record({"title": GOOD_TITLE, "content": GOOD_BODY, "publisher_info": {"name": "Kitwe Ledger"}},
                             DAY).publisher == "Kitwe Ledger"


def test_a_bare_time_stamp_dates_a_record_only_when_nothing_else_does() -> None:
    # 'ts' is often the crawl's time: the object of dates goes first
    record = {"title": GOOD_TITLE, "body": GOOD_BODY, "ts": 1748908800, "dates": {"first_published": 1748822400}}
    assert draft_from_record(record, DAY).published_date == date(2025, 6, 2)
    assert draft_from_record({**record, "dates": {}}, DAY).published_date == date(2025, 6, 3)


def test_an_article_under_data_with_a_list_of_its_own_is_one_article() -> None:
    record = {"status": "ok", "data": {**good_record(), "items": [{"type": "image", "url": "https://img.example/a"}]}}
    [(index, article)] = records_from_json(json.dumps(record))
    assert (index, article["title"]) == (None, GOOD_TITLE)


def test_an_iptc_ninjs_item_is_dated_by_its_first_version_then_by_its_latest() -> None:
    record = {"headline": GOOD_TITLE, "body_text": GOOD_BODY, "firstcreated": "2025-06-02T18:44:00Z",
              "versioncreated": "2025-06-03T06:10:00Z", "provider": {"name": "Kitwe Ledger"}}
    draft = draft_from_record(record, DAY)
    assert (draft.published_date, draft.publisher) == (date(2025, 6, 2), "Kitwe Ledger")
    assert draft_from_record({**record, "firstcreated": None}, DAY).published_date == date(2025, 6, 3)


def test_a_reading_box_inside_a_markup_body_is_dropped_and_the_story_goes_on(landing: Path) -> None:
    first, *rest = GOOD_BODY.split("\n\n")
    markup = (f"<div><p>{first}</p><div class='inline-related'><strong>Read also:</strong> "
              f"<a href='/x'>Varnock lithium mine ships first cargo</a></div>" + "".join(f"<p>{p}</p>" for p in rest))
    line = {"headline": GOOD_TITLE, "outlet": {"name": "Kitwe Ledger"}, "published_ms": 1748822400000,
            "body_html": markup}
    (landing / "batch.jsonl").write_text(json.dumps(line) + "\n")
    [article] = run_day(landing).articles
    assert article.body == GOOD_BODY and article.published_date == date(2025, 6, 2)


def test_a_sentence_opening_with_related_words_is_story_not_a_reading_box() -> None:
    body = GOOD_BODY + "\n\nRelated: the refinery's second line will follow next year, the company said."
    assert draft_from_record(good_record(content=body), DAY).body == body


def test_a_line_opening_with_a_label_of_time_is_story_not_a_reading_box() -> None:
    # 'More recently:' opens a line of the story; it ends as a sentence does
    body = ("Talbrin Resources has held talks with Varnock Mining for months, people familiar with the matter said.\n"
            "More recently: Talbrin agreed to buy Varnock Mining for $2 billion.\n"
            "Varnock Mining declined to comment.")
    assert draft_from_record(good_record(content=body), DAY).body == body


def test_a_wrapper_with_a_headline_alone_or_a_list_of_records_is_no_article_wrapper(landing: Path) -> None:
    # an envelope with the feed's own titled "meta" is a batch, not one article
    envelope = {"meta": {"title": "Kitwe Ledger feed"}, "articles": [good_record(), good_record(title="Cobalt talks end")]}
    (landing / "feed.json").write_text(json.dumps(envelope))
    assert sorted(a.title for a in run_day(landing).articles) == ["Cobalt talks end", GOOD_TITLE]


def test_a_wrappers_own_time_is_not_the_articles_date() -> None:
    record = {"timestamp": 1700000000, "status": "ok",
              "story": {"title": GOOD_TITLE, "body": GOOD_BODY, "source": "Kitwe Ledger"}}
    from newsetl.parse.newsapi import records_from_json
    [(_, unwrapped)] = records_from_json(json.dumps(record))
    assert draft_from_record(unwrapped, DAY).published_date is None


def test_an_rss_exports_feed_title_is_the_publisher() -> None:
    record = {"headline": GOOD_TITLE, "content_text": GOOD_BODY, "feed": "Gulf Metals Feed",
              "url": "https://gulfmetalsfeed.example/a/b", "pub_date": "Tue, 13 Jan 2026 16:20:00 +0300"}
    assert draft_from_record(record, DAY).publisher == "Gulf Metals Feed"
    # a feed given by its address names no publisher: the site's domain stands for it as before
    assert draft_from_record({**record, "feed": "https://gulfmetalsfeed.example/rss"}, DAY).publisher == (
        "gulfmetalsfeed.example")


def test_a_feed_that_names_only_a_section_leaves_the_site_the_publisher() -> None:
    for feed in ("business", "Latest News", "Top Stories"):
        record = {"title": GOOD_TITLE, "content": GOOD_BODY, "feed": feed, "url": "https://www.orewire.example/x"}
        assert draft_from_record(record, DAY).publisher == "orewire.example", feed


def test_a_json_api_resource_s_related_publisher_names_the_publisher() -> None:
    resource = {"type": "story", "id": "kl-41",
                "attributes": {"headline": GOOD_TITLE, "body": GOOD_BODY, "published_at": "2025-06-02T07:00:00Z",
                               "canonical_url": "https://www.kitweledger.example/mining/marlow"},
                "relationships": {"source": {"data": {"type": "publisher", "id": "kitwe-ledger",
                                                      "name": "Kitwe Ledger"}}}}
    [(_, record)] = records_from_json(json.dumps({"data": resource, "meta": {"api_version": "2.0"}}))
    assert draft_from_record(record, DAY).publisher == "Kitwe Ledger"
    in_attributes = {"data": {"type": "publisher", "id": "kl", "attributes": {"display_name": "Kitwe Ledger"}}}
    related = {**resource, "relationships": {"publisher": in_attributes}}
    assert draft_from_record(related, DAY).publisher == "Kitwe Ledger"
    # the record's own source field goes first
    own = {**resource, "attributes": {**resource["attributes"], "source_name": "Copperbelt Courier"}}
    assert draft_from_record(own, DAY).publisher == "Copperbelt Courier"


def test_a_json_api_author_or_a_bare_related_source_names_no_publisher() -> None:
    resource = {"type": "story", "id": "kl-41",
                "attributes": {"headline": GOOD_TITLE, "body": GOOD_BODY, "url": "https://kitweledger.example/x"},
                "relationships": {"author": {"data": {"type": "person", "id": "7", "name": "Tendai Phiri"}},
                                  "source": {"data": {"type": "publisher", "id": "kitwe-ledger"}}}}
    assert draft_from_record(resource, DAY).publisher == "kitweledger.example"  # the story's site


def test_a_first_published_field_dates_the_record_before_its_last_change() -> None:
    record = {"headline": GOOD_TITLE, "body_text": GOOD_BODY, "publication": "Kitwe Ledger",
              "first_published": "2025-06-02T10:02:00-03:00", "last_modified": "2025-06-03T13:47:00-03:00"}
    draft = draft_from_record(record, DAY)
    assert (draft.published_date, draft.publisher) == (date(2025, 6, 2), "Kitwe Ledger")
    assert draft_from_record({**record, "first_published": None, "firstPublished": 1748822400},
                             DAY).published_date == date(2025, 6, 2)
    # a last change, or a publication's name that holds a date, is no publication date
    undated = {"headline": GOOD_TITLE, "body_text": GOOD_BODY, "publication": "Kitwe Ledger 2 June 2025",
               "last_modified": "2025-06-03T13:47:00-03:00"}
    assert draft_from_record(undated, DAY).published_date is None
