"""check_batch: the raw contract on a day's lake partition, with real Great Expectations."""
from __future__ import annotations

import json
from datetime import timedelta

import pyarrow.parquet as pq
import pytest
from quality_builders import (  # noqa: F401 (settings: a fixture)
    BODY,
    DAY,
    article_id,
    good_batch,
    replace_row,
    settings,
    write_batch,
)

from newsetl import lake
from newsetl.quality import QualityError, check_batch, frames
from newsetl.quality.checks import expectation_label
from newsetl.quality.suites import CRITICAL, RAW_CONTRACT_SUITES, RAW_SCHEMA

LEDGER_REJECTED = 3  # index of the rejected file in good_batch()'s ledger


def _with(table: str, index: int, **changes):
    return lambda records: replace_row(records, table, index, **changes)


def _add_row(table: str, like: int, **changes):
    """A copy of row `like` of `table`, changed, appended to the table."""
    def mutate(records):
        grown = {**records, table: [*records[table], records[table][like]]}
        return replace_row(grown, table, len(grown[table]) - 1, **changes)
    return mutate


UNKNOWN_ARTICLE = "f" * 64

# (expectation label as messages print it, suite, how to break a good batch, what names the row)
CRITICAL_CASES = [
    ("expect_column_values_to_not_be_null(article_id)", "raw_articles",
     _with("articles", 1, article_id=None), "story-1.txt"),
    ("expect_column_values_to_be_unique(article_id)", "raw_articles",
     _with("articles", 1, article_id=article_id(0)), "story-1.txt"),
    ("expect_column_values_to_not_be_null(source_file)", "raw_articles",
     _with("articles", 2, source_file=None), article_id(2)),
    ("expect_column_values_to_not_be_null(title)", "raw_articles",
     _with("articles", 1, title=None), "story-1.txt"),
    ("expect_column_values_to_not_match_regex(title)", "raw_articles",
     _with("articles", 1, title="  "), "story-1.txt"),
    ("expect_column_values_to_not_be_null(body_length)", "raw_articles",
     _with("articles", 2, body=None), "story-2.txt"),
    ("expect_column_values_to_be_in_set(body_is_blank)", "raw_articles",
     _with("articles", 2, body=""), "story-2.txt"),
    ("expect_column_values_to_be_in_set(body_is_blank)", "raw_articles",  # Unicode spaces, as \s
     _with("articles", 1, body=" \n\t\u00a0\u2003\u3000"), "story-1.txt"),
    ("expect_column_values_to_not_be_null(source_file)", "raw_ingest_ledger",
     _with("ingest_ledger", 0, source_file=None), "status=loaded"),
    ("expect_column_values_to_be_in_set(status)", "raw_ingest_ledger",
     _with("ingest_ledger", 1, status="skipped"), "story-1.txt"),
    ("expect_column_values_to_not_be_null(reason where status IN ['duplicate', 'rejected'])",
     "raw_ingest_ledger", _with("ingest_ledger", LEDGER_REJECTED, reason=None), "broken.json"),
    ("expect_column_values_to_not_match_regex(reason where status IN ['duplicate', 'rejected'])",
     "raw_ingest_ledger", _with("ingest_ledger", LEDGER_REJECTED, reason=" "), "broken.json"),
    ("expect_column_values_to_be_in_set(article_in_batch where status == 'loaded')", "raw_ingest_ledger",
     _with("ingest_ledger", 2, article_id=UNKNOWN_ARTICLE), "story-2.txt"),
    ("expect_column_values_to_be_in_set(article_in_batch)", "raw_mentions",
     _with("mentions", 1, article_id=UNKNOWN_ARTICLE), UNKNOWN_ARTICLE),
    ("expect_column_values_to_be_in_set(entity_type)", "raw_mentions",
     _with("mentions", 1, entity_type="person"), "entity_ref=Albemarle"),
    ("expect_column_values_to_not_be_null(entity_ref)", "raw_mentions",
     _with("mentions", 2, entity_ref=None), "entity_type=commodity"),
    ("expect_column_values_to_be_between(mention_count)", "raw_mentions",
     _with("mentions", 0, mention_count=0), "entity_ref=CL"),
    ("expect_column_values_to_not_be_null(amount_id)", "raw_amounts",
     _with("amounts", 1, amount_id=None), "raw_text=40,000 tonnes"),
    ("expect_column_values_to_be_unique(amount_id)", "raw_amounts",
     _with("amounts", 1, amount_id="a1"), "raw_text=40,000 tonnes"),
    ("expect_column_values_to_be_in_set(article_in_batch)", "raw_amounts",
     _with("amounts", 2, article_id=UNKNOWN_ARTICLE), "amount_id=a3"),
    ("expect_column_values_to_be_in_set(amount_kind)", "raw_amounts",
     _with("amounts", 2, amount_kind="ratio"), "amount_id=a3"),
    ("expect_column_values_to_not_be_null(value)", "raw_amounts",
     _with("amounts", 0, value=None), "amount_id=a1"),
    ("expect_column_values_to_be_between(value)", "raw_amounts",
     _with("amounts", 0, value=-5.0), "amount_id=a1"),
    ("expect_column_values_to_be_in_set(unit where amount_kind == 'money')", "raw_amounts",
     _with("amounts", 0, unit="$"), "amount_id=a1"),
    ("expect_column_values_to_be_in_set(unit where amount_kind == 'quantity')", "raw_amounts",
     _with("amounts", 1, unit="kg"), "amount_id=a2"),
    ("expect_column_values_to_be_in_set(unit where amount_kind == 'percent')", "raw_amounts",
     _with("amounts", 2, unit="%"), "amount_id=a3"),
    ("expect_column_values_to_not_be_null(deal_id)", "raw_deals",
     _with("deals", 0, deal_id=None), article_id(0)),
    ("expect_column_values_to_be_unique(deal_id)", "raw_deals",
     _add_row("deals", 0, evidence_text="Another sentence."), "deal_id=d1"),
    ("expect_column_values_to_be_in_set(article_in_batch)", "raw_deals",
     _with("deals", 0, article_id=UNKNOWN_ARTICLE), "deal_id=d1"),
    ("expect_column_values_to_not_be_null(evidence_text)", "raw_deals",
     _with("deals", 0, evidence_text=None), "deal_id=d1"),
    ("expect_column_values_to_be_between(party_count)", "raw_deals",
     _with("deals", 0, parties=()), "deal_id=d1"),
    ("expect_column_values_to_be_between(value)", "raw_deals",
     _with("deals", 0, value=-1.0), "deal_id=d1"),
    ("expect_column_values_to_be_between(quantity)", "raw_deals",
     _with("deals", 0, quantity=-3.0, quantity_unit="t"), "deal_id=d1"),
    ("expect_column_values_to_be_in_set(currency)", "raw_deals",
     _with("deals", 0, currency="DOLLARS"), "deal_id=d1"),
    ("expect_column_values_to_be_in_set(quantity_unit)", "raw_deals",
     _with("deals", 0, quantity=5.0, quantity_unit="tonnes"), "deal_id=d1"),
]


def _critical_labels(specs) -> set[tuple[str, str]]:
    configs = [(spec.name, e.configuration.to_json_dict())
               for spec in specs for e in spec.build().expectations]
    return {(suite, expectation_label(config["type"], config["kwargs"]))
            for suite, config in configs if config["severity"] == CRITICAL}


def test_every_critical_raw_expectation_has_a_breaking_case():
    covered = {(suite, label) for label, suite, _, _ in CRITICAL_CASES}
    covered.add(("raw_schema", "expect_column_values_to_be_in_set(type_matches)"))  # test below
    assert _critical_labels([RAW_SCHEMA, *RAW_CONTRACT_SUITES]) == covered


def test_a_good_batch_passes_and_keeps_its_results_and_data_docs(settings):
    write_batch(settings, good_batch())
    report = check_batch(settings, DAY)

    assert report.success and report.critical_failures == 0 and report.warnings == 0
    assert report.suite_names == ["raw_schema", "raw_articles", "raw_ingest_ledger", "raw_mentions",
                                  "raw_amounts", "raw_deals", "raw_volume"]
    assert report.data_docs_index == settings.quality_dir / "data_docs" / "index.html"
    assert report.data_docs_index.is_file()
    assert report.results_path.parent == settings.quality_dir / "results"
    kept = json.loads(report.results_path.read_text())
    assert kept["success"] and kept["ingest_date"] == DAY.isoformat()
    assert set(kept["suites"]) == set(report.suite_names)
    assert all(suite["success"] for suite in kept["suites"].values())


@pytest.mark.parametrize(("label", "suite", "breakage", "offender"), CRITICAL_CASES,
                         ids=[f"{suite}:{label}" for label, suite, _, _ in CRITICAL_CASES])
def test_a_batch_breaking_a_critical_expectation_raises_naming_it_and_the_rows(
        settings, label, suite, breakage, offender):
    write_batch(settings, breakage(good_batch()))
    with pytest.raises(QualityError) as raised:
        check_batch(settings, DAY)

    failure = next(line for line in str(raised.value).splitlines() if f"{suite}: {label}" in line)
    assert "[critical]" in failure and offender in failure
    report = raised.value.report
    assert not report.success and report.critical_failures >= 1
    assert report.results_path.is_file() and report.data_docs_index.is_file()


def _columns_used(spec) -> set[str]:
    """The columns a suite judges, conditions on or names rows by."""
    used = set(spec.index_columns)
    for expectation in spec.build().expectations:
        kwargs = expectation.configuration.to_json_dict()["kwargs"]
        used.update([kwargs["column"]] if "column" in kwargs else kwargs.get("column_list", []))
        condition = kwargs.get("row_condition")
        if isinstance(condition, dict) and "column" in condition:
            used.add(condition["column"]["name"])
    return used


def test_the_batch_frames_hold_only_the_columns_the_suites_use_and_no_body(settings):
    write_batch(settings, good_batch())
    batch = frames.raw_frames(settings.lake_dir, DAY)

    for spec in RAW_CONTRACT_SUITES:
        assert set(batch[spec.frame].columns) <= _columns_used(spec), spec.name
    assert "body" not in batch["articles"].columns


def test_bodies_are_measured_in_slices_that_stay_aligned_with_their_articles(settings, monkeypatch):
    monkeypatch.setattr(frames, "BODY_BATCH_ROWS", 2)
    records = replace_row(good_batch(articles=5), "articles", 1, body=None)
    records = replace_row(records, "articles", 3, body=" \u00a0\n")
    records = replace_row(records, "articles", 4, body="Zürich 🙂")  # characters, not bytes
    write_batch(settings, records)

    articles = frames.raw_frames(settings.lake_dir, DAY)["articles"].set_index("article_id")

    assert articles["body_length"].fillna(-1).tolist() == [len(BODY), -1, len(BODY), 3, 8]
    assert articles["body_is_blank"].tolist() == [False, None, False, True, False]


def test_a_partition_off_the_lake_schema_fails_before_the_other_suites(settings):
    write_batch(settings, good_batch())
    path = lake.partition_file(settings.lake_dir, "articles", DAY)
    pq.write_table(pq.read_table(path).drop_columns(["language"]), path)

    with pytest.raises(QualityError) as raised:
        check_batch(settings, DAY)

    message = str(raised.value)
    assert "raw_schema: expect_column_values_to_be_in_set(type_matches)" in message
    assert "table_name=articles, column_name=language, expected_type=string, actual_type=missing" in message
    assert raised.value.report.suite_names == ["raw_schema"]


def test_warnings_do_not_raise_but_are_reported_with_their_rows(settings):
    records = replace_row(good_batch(), "articles", 1, published_date=DAY + timedelta(days=3))
    records = replace_row(records, "articles", 2, language="de", body="Too short to be a story.")
    write_batch(settings, records)

    report = check_batch(settings, DAY)

    assert report.success and report.critical_failures == 0 and report.warnings == 3
    future, = [m for m in report.warning_messages if "days_published_after_ingest" in m]
    assert "[warning]" in future and "story-1.txt" in future and "days_published_after_ingest=3" in future
    assert any("(language)" in m and "language=de" in m for m in report.warning_messages)
    assert any("expect_column_values_to_be_between(body_length)" in m and "story-2.txt" in m
               and "body_length=24" in m for m in report.warning_messages)
    kept = json.loads(report.results_path.read_text())
    assert kept["warning_messages"] == report.warning_messages


def _volume_warnings(report) -> list[str]:
    return [m for m in report.warning_messages if "ratio_to_recent_median" in m]


@pytest.mark.parametrize(("articles_today", "flagged"), [(1, True), (10, False), (60, True)])
def test_a_day_far_from_the_recent_median_volume_is_flagged(settings, articles_today, flagged):
    for days_back, count in ((4, 10), (3, 12), (2, 8), (1, 10)):
        day = DAY - timedelta(days=days_back)
        write_batch(settings, good_batch(day, articles=count), day)
    write_batch(settings, good_batch(articles=articles_today))

    report = check_batch(settings, DAY)

    assert report.success
    assert bool(_volume_warnings(report)) == flagged
    if flagged:
        assert f"article_count={articles_today}" in _volume_warnings(report)[0]
        assert "prior_median=10" in _volume_warnings(report)[0]


def test_volume_is_not_judged_without_three_prior_days(settings):
    for days_back in (2, 1):
        day = DAY - timedelta(days=days_back)
        write_batch(settings, good_batch(day, articles=50), day)
    write_batch(settings, good_batch(articles=1))

    assert _volume_warnings(check_batch(settings, DAY)) == []


def test_each_run_keeps_its_own_results(settings):
    write_batch(settings, good_batch())
    first, second = check_batch(settings, DAY), check_batch(settings, DAY)

    assert first.results_path != second.results_path
    assert first.results_path.is_file() and second.results_path.is_file()


def test_a_day_missing_from_the_lake_raises(settings):
    with pytest.raises(QualityError, match="no complete batch"):
        check_batch(settings, DAY)
