"""Same-day duplicates, across formats, decided in a fixed order."""
from __future__ import annotations

import json
import random
from pathlib import Path

from parse_helpers import DAY, GOOD_BODY, GOOD_TITLE, good_record, row_for, run_day

from newsetl.parse import deduplicate, iter_landing_files, parse_file
from newsetl.parse.identity import article_id


def test_same_story_as_txt_html_json_and_jsonl_gets_one_id(landing: Path) -> None:
    curly_body = GOOD_BODY.replace("Zambia's", "Zambia’s")
    (landing / "a_scrape.txt").write_text(
        f"COURIER\nHome | Mining\n\n{GOOD_TITLE}\nBy Tendai Phiri | Copperbelt Courier\nJune 2, 2025\n\n"
        f"{curly_body}\n\nAdvertisement\nMost read\n1. Other story\n")
    paragraphs = "".join(f"<p>{p}</p>" for p in GOOD_BODY.split("\n\n"))
    (landing / "b_page.html").write_text(
        f"<html><body><article><h1>{GOOD_TITLE.upper()}</h1><div class='share'>Share</div>{paragraphs}"
        f"</article></body></html>")
    (landing / "c_record.json").write_text(json.dumps(good_record(content=GOOD_BODY.replace("\n\n", "\n"))))
    (landing / "d_batch.jsonl").write_text(json.dumps(good_record()) + "\n")
    result = run_day(landing)

    assert len(result.articles) == 1
    [kept] = result.articles
    assert kept.source_file == f"{DAY}/a_scrape.txt"
    assert kept.article_id == article_id(GOOD_TITLE, GOOD_BODY)
    for name, index in (("b_page.html", None), ("c_record.json", None), ("d_batch.jsonl", 0)):
        row = row_for(result, name, index)
        assert (row.status, row.reason, row.article_id) == (
            "duplicate", f"duplicate: same content as {DAY}/a_scrape.txt", kept.article_id)


def test_id_ignores_case_punctuation_and_white_space_but_not_words() -> None:
    assert article_id("U.S. and Japan sign deal", "It’s done — “finally”.") == \
        article_id("u.s. AND  japan sign deal", "It's done - \"finally\"")
    assert article_id("U.S. and Japan sign deal", "It is done.") != article_id("U.S. and Japan sign deal",
                                                                               "It is not done.")
    assert article_id("Title", "Body") != article_id("Title Body", "")


def test_duplicate_lines_of_one_batch_name_the_kept_line(landing: Path) -> None:
    line = json.dumps(good_record())
    (landing / "batch.jsonl").write_text(f"{line}\n{line}\n")
    result = run_day(landing)
    assert row_for(result, "batch.jsonl", 1).reason == (
        f"duplicate: same content as {DAY}/batch.jsonl (record 0)")
    assert len(result.articles) == 1


def test_outcome_does_not_depend_on_the_order_results_arrive_in(landing: Path) -> None:
    for name in ("x.json", "y.json", "z.json"):
        (landing / name).write_text(json.dumps(good_record()))
    (landing / "bad.json").write_text("{")
    results = [parse_file(landing.parent, path, DAY) for path in iter_landing_files(landing)]
    expected = deduplicate(results)
    shuffled = results[:]
    random.Random(7).shuffle(shuffled)
    assert deduplicate(shuffled) == expected
    assert [r.status for r in expected.ledger] == ["rejected", "loaded", "duplicate", "duplicate"]
    assert deduplicate([expected]) == expected  # merging again changes nothing


def test_identity_key_matches_its_definition_on_unicode_edge_cases() -> None:
    import re
    import unicodedata

    from newsetl.parse.identity import identity_key

    def definition(text: str) -> str:  # NFKC, case-folded, every run of non-word characters one space
        return re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", text).casefold()).strip()

    for text in ["Ａｂｃ ﬁne …x", "É_é—ß STRASSE", "x\u00a0y", "İstanbul", "", "   ", "a’b", "’ ’ a",
                 "a_b c__d", "日本の 経済", "— end", "start —", "K\u212a", "١٢٣ Ⅻ ½", GOOD_BODY,
                 GOOD_TITLE.upper()]:
        assert identity_key(text) == definition(text), text
