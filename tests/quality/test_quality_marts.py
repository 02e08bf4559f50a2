"""check_marts: the marts of the work warehouse, with real Great Expectations and DuckDB."""
from __future__ import annotations

import json
from datetime import date

import duckdb
import pytest
from quality_builders import DAY, OLDER_DAY, OLDER_DAY_SQL, build_marts, settings  # noqa: F401 (fixtures)

from newsetl.quality import QualityError, check_marts, frames
from newsetl.quality.checks import expectation_label
from newsetl.quality.suites import (
    CRITICAL,
    MART_KEYS,
    MARTS_SCHEMA,
    MARTS_SUITES,
    MIN_SHARE_ARTICLES_WITH_MENTION_ENV,
    MIN_SHARE_MONEY_AMOUNTS_WITH_USD_ENV,
)

FIRST_ARTICLE = "0" * 64
NULL_KEY = "expect_column_values_to_be_between(null_key_rows)"
DUPLICATED_KEY = "expect_column_values_to_be_between(duplicated_keys)"


def _key_cases(table: str, key_columns: tuple[str, ...]) -> list[tuple]:
    """A null key (in its last column) and a duplicated key, for a mart of the good marts."""
    named = f"table_name={table}, key_columns={', '.join(key_columns)}, offenders="
    return [
        (NULL_KEY, "marts_keys", f"insert into marts.{table} by name (select * replace"
         f" (null as {key_columns[-1]}) from marts.{table} limit 1);", named),
        (DUPLICATED_KEY, "marts_keys",
         f"insert into marts.{table} select * from marts.{table} limit 1;", named + f"{key_columns[0]}="),
    ]


def _null_case(table: str, column: str, offender: str) -> tuple:
    return (f"expect_column_values_to_not_be_null({column})", f"marts_{table}",
            f"update marts.{table} set {column} = null where rowid = 0;", offender)


# (expectation label as messages print it, suite, SQL that breaks the good marts, what names the row)
CRITICAL_CASES = [
    *(case for key in MART_KEYS for case in _key_cases(key.table, key.columns)),
    (NULL_KEY, "marts_keys", "update marts.fct_mentions set article_id = null where rowid = 0;",
     "offenders=article_id=null, entity_type=country, entity_key=CL"),
    (NULL_KEY, "marts_keys", "update marts.fct_deals set deal_id = null;",
     "offenders=deal_id=null, article_id=0000"),
    ("expect_column_values_to_be_in_set(entity_type)", "marts_fct_mentions",
     "update marts.fct_mentions set entity_type = 'person' where rowid = 0;", "entity_type=person"),
    ("expect_column_values_to_be_in_set(amount_kind)", "marts_fct_amounts",
     "update marts.fct_amounts set amount_kind = 'ratio' where amount_id = 'amt-3';", "amount_id=amt-3"),
    _null_case("fct_amounts", "value", "amount_id=amt-0"),
    ("expect_column_values_to_be_between(value)", "marts_fct_amounts",
     "update marts.fct_amounts set value = -1 where amount_id = 'amt-4';", "amount_id=amt-4"),
    ("expect_column_values_to_be_between(value_usd)", "marts_fct_amounts",
     "update marts.fct_amounts set value_usd = -1 where amount_id = 'amt-5';", "amount_id=amt-5"),
    ("expect_column_values_to_be_in_set(unit where amount_kind == 'money')", "marts_fct_amounts",
     "update marts.fct_amounts set unit = 'US$' where amount_id = 'amt-6';", "amount_id=amt-6"),
    ("expect_column_values_to_be_in_set(unit where amount_kind == 'quantity')", "marts_fct_amounts",
     "update marts.fct_amounts set unit = 'kt' where amount_id = 'amt-t';", "amount_id=amt-t"),
    ("expect_column_values_to_be_in_set(unit where amount_kind == 'percent')", "marts_fct_amounts",
     "update marts.fct_amounts set amount_kind = 'percent', unit = '%', value_usd = null"
     " where amount_id = 'amt-7';", "amount_id=amt-7"),
    ("expect_column_values_to_be_between(party_count)", "marts_fct_deals",
     "delete from marts.bridge_deal_parties;", "deal_id=deal-1"),
    ("expect_column_values_to_be_between(value)", "marts_fct_deals",
     "update marts.fct_deals set value = -1;", "deal_id=deal-1"),
    ("expect_column_values_to_be_between(value_usd)", "marts_fct_deals",
     "update marts.fct_deals set value_usd = -1;", "deal_id=deal-1"),
    ("expect_column_values_to_be_between(quantity)", "marts_fct_deals",
     "update marts.fct_deals set quantity = -5, quantity_unit = 't';", "deal_id=deal-1"),
    ("expect_column_values_to_be_in_set(currency)", "marts_fct_deals",
     "update marts.fct_deals set currency = 'BUCKS';", "deal_id=deal-1"),
    ("expect_column_values_to_be_in_set(quantity_unit)", "marts_fct_deals",
     "update marts.fct_deals set quantity = 5, quantity_unit = 'tonnes';", "deal_id=deal-1"),
    ("expect_column_values_to_be_in_set(party_type)", "marts_bridge_deal_parties",
     "update marts.bridge_deal_parties set party_type = 'person' where entity_key = 'CL';",
     "entity_key=CL"),
    _null_case("ingest_ledger", "source_file", "status=loaded"),
    ("expect_column_values_to_be_in_set(status)", "marts_ingest_ledger",
     "update marts.ingest_ledger set status = 'lost' where rowid = 3;", "story-3.txt"),
    ("expect_column_values_to_not_be_null(reason where status IN ['duplicate', 'rejected'])",
     "marts_ingest_ledger", "update marts.ingest_ledger set reason = null;", "broken.json"),
    ("expect_column_values_to_be_between(share_articles_with_mention)", "marts_coverage",
     "delete from marts.fct_mentions where article_id > lpad('4', 64, '0');",
     "share_articles_with_mention=0.2"),
    ("expect_column_values_to_be_between(share_money_amounts_with_usd)", "marts_coverage",
     "update marts.fct_amounts set value_usd = null where amount_id not in ('amt-0', 'amt-1', 'amt-2');",
     "share_money_amounts_with_usd=0.12"),
    ("expect_column_values_to_not_be_null(actual_type)", "marts_schema",
     "alter table marts.fct_deals drop column evidence_text;",
     "table_name=fct_deals, column_name=evidence_text"),
]


def test_every_critical_marts_expectation_has_a_breaking_case():
    configs = [(spec.name, e.configuration.to_json_dict())
               for spec in (MARTS_SCHEMA, *MARTS_SUITES) for e in spec.build().expectations]
    critical = {(suite, expectation_label(config["type"], config["kwargs"]))
                for suite, config in configs if config["severity"] == CRITICAL}
    assert critical == {(suite, label) for label, suite, _, _ in CRITICAL_CASES}


def test_good_marts_pass(settings, build_marts):
    build_marts()
    report = check_marts(settings)

    assert report.success and report.critical_failures == 0 and report.warnings == 0
    assert report.suite_names == ["marts_schema", *(spec.name for spec in MARTS_SUITES)]
    assert report.data_docs_index == settings.quality_dir / "data_docs" / "index.html"
    assert report.data_docs_index.is_file()
    coverage = json.loads(report.results_path.read_text())["suites"]["marts_coverage"]
    observed = [r["result"]["partial_unexpected_list"] for r in coverage["results"]]
    assert coverage["success"] and observed == [[], []]


@pytest.mark.parametrize(("label", "suite", "breakage", "offender"), CRITICAL_CASES,
                         ids=[f"{suite}:{label}" for label, suite, _, _ in CRITICAL_CASES])
def test_marts_breaking_a_critical_expectation_raise_naming_it_and_the_rows(
        settings, build_marts, label, suite, breakage, offender):
    build_marts(breakage)
    with pytest.raises(QualityError) as raised:
        check_marts(settings, [DAY])

    failure = next(line for line in str(raised.value).splitlines() if f"{suite}: {label}" in line)
    assert "[critical]" in failure and offender in failure
    assert raised.value.report.results_path.is_file()


# A rule broken in OLDER_DAY's rows: (suite, SQL, what names the row).
OLDER_DAY_BREAKAGES = [
    ("marts_fct_mentions", "update marts.fct_mentions set entity_type = 'person'"
     " where article_id = lpad('201', 64, '0');", "entity_type=person"),
    ("marts_fct_amounts", "update marts.fct_amounts set value = -1 where amount_id = 'amt-old-1';",
     "amount_id=amt-old-1"),
    ("marts_fct_deals", "update marts.fct_deals set currency = 'BUCKS' where deal_id = 'deal-old';",
     "deal_id=deal-old"),
    ("marts_bridge_deal_parties", "update marts.bridge_deal_parties set party_type = 'person'"
     " where deal_id = 'deal-old';", "deal_id=deal-old"),
    ("marts_ingest_ledger", "update marts.ingest_ledger set status = 'lost'"
     " where ingest_date = date '2025-03-09';", "2025-03-09/story-"),
]


@pytest.mark.parametrize(("suite", "breakage", "offender"), OLDER_DAY_BREAKAGES,
                         ids=[suite for suite, _, _ in OLDER_DAY_BREAKAGES])
def test_rows_are_judged_one_by_one_on_the_days_checked_only(settings, build_marts, suite, breakage,
                                                             offender):
    build_marts(OLDER_DAY_SQL + breakage)

    assert check_marts(settings, [DAY]).success  # that day was judged when it was built
    for days in ([OLDER_DAY], [OLDER_DAY, DAY], None):  # a backfill of it, a run of both, every row
        with pytest.raises(QualityError) as raised:
            check_marts(settings, days)
        failures = raised.value.report.critical_messages
        assert any(m.startswith(f"{suite}: ") and offender in m for m in failures), days


def test_the_row_by_row_frames_hold_the_rows_of_the_days_checked(settings, build_marts):
    build_marts(OLDER_DAY_SQL)

    with duckdb.connect(str(settings.work_warehouse), read_only=True) as connection:
        newest, older = frames.mart_frames(connection, [DAY]), frames.mart_frames(connection, [OLDER_DAY])
        every = frames.mart_frames(connection, None)

    assert set(newest["fct_deals"]["deal_id"]) == {"deal-1"}
    assert set(older["fct_deals"]["deal_id"]) == {"deal-old"}
    assert set(older["bridge_deal_parties"]["deal_id"]) == {"deal-old"}
    assert older["fct_deals"]["party_count"].tolist() == [1]
    assert set(older["fct_amounts"]["amount_id"]) == {f"amt-old-{i}" for i in range(5)}
    assert len(older["fct_mentions"]) == len(older["ingest_ledger"]) == 5
    for table in frames.MART_ROWS_OF_DAYS:
        assert len(newest[table]) + len(older[table]) == len(every[table]) > 0, table


@pytest.mark.parametrize(("label", "breakage", "offender"), [
    (DUPLICATED_KEY, "insert into marts.fct_deals select * from marts.fct_deals where deal_id = 'deal-old';",
     "key_columns=deal_id, offenders=deal_id=deal-old (2 rows)"),
    (DUPLICATED_KEY, "insert into marts.bridge_deal_commodities values ('deal-old', 'lithium');",
     "offenders=deal_id=deal-old, commodity_key=lithium (2 rows)"),
    (NULL_KEY, "update marts.fct_amounts set amount_id = null where amount_id = 'amt-old-2';",
     "offenders=amount_id=null, article_id=0000"),
    (DUPLICATED_KEY, "update marts.dim_articles set article_id = lpad('0', 64, '0')"
     " where article_id = lpad('204', 64, '0');", f"offenders=article_id={FIRST_ARTICLE} (2"),
], ids=["duplicate in an older day", "compound duplicate in an older day", "null in an older day",
        "duplicate across days"])
def test_keys_are_judged_over_every_day(settings, build_marts, label, breakage, offender):
    build_marts(OLDER_DAY_SQL + breakage)
    with pytest.raises(QualityError) as raised:
        check_marts(settings, [DAY])

    failure = next(line for line in str(raised.value).splitlines() if f"marts_keys: {label}" in line)
    assert "[critical]" in failure and offender in failure


def test_the_keys_frame_counts_nulls_and_duplicates(settings, build_marts):
    build_marts("""
        insert into marts.fct_amounts select * from marts.fct_amounts where amount_id in ('amt-1', 'amt-2');
        insert into marts.fct_amounts select * from marts.fct_amounts where amount_id = 'amt-2';
        update marts.fct_amounts set amount_id = null where amount_id = 'amt-3';
    """)
    with duckdb.connect(str(settings.work_warehouse), read_only=True) as connection:
        keys = frames.keys_frame(connection).set_index("table_name")

    assert list(keys.index) == [key.table for key in MART_KEYS]
    amounts = keys.loc["fct_amounts"]
    assert (amounts["null_key_rows"], amounts["duplicated_keys"]) == (1, 2)
    assert amounts["offenders"].endswith("; amount_id=amt-1 (2 rows); amount_id=amt-2 (4 rows)")
    assert (keys.drop("fct_amounts")[["null_key_rows", "duplicated_keys"]] == 0).all().all()
    assert keys.drop("fct_amounts")["offenders"].isna().all()


def test_a_missing_mart_fails_the_schema_suite_alone(settings, build_marts):
    build_marts("drop table marts.bridge_deal_commodities;")
    with pytest.raises(QualityError) as raised:
        check_marts(settings)

    assert "table_name=bridge_deal_commodities, column_name=commodity_key" in str(raised.value)
    assert raised.value.report.suite_names == ["marts_schema"]


def test_coverage_thresholds_come_from_the_environment(settings, build_marts, monkeypatch):
    build_marts("delete from marts.fct_mentions where article_id = lpad('0', 64, '0');")  # 24 of 25
    assert check_marts(settings).success

    monkeypatch.setenv(MIN_SHARE_ARTICLES_WITH_MENTION_ENV, "0.99")
    with pytest.raises(QualityError, match=r"share_articles_with_mention.*'min_value': 0\.99.*=0\.96"):
        check_marts(settings)

    monkeypatch.setenv(MIN_SHARE_MONEY_AMOUNTS_WITH_USD_ENV, "1.5")
    with pytest.raises(ValueError, match=MIN_SHARE_MONEY_AMOUNTS_WITH_USD_ENV):
        check_marts(settings)


def test_coverage_judges_the_newest_days_not_the_whole_history(settings, build_marts):
    # A new day of 20 articles, none with a mention, its money without USD values: on the whole
    # warehouse the shares would still be 25/45 and 25/46.
    build_marts("""
        insert into marts.dim_articles select lpad((100 + i)::varchar, 64, '0'), 'new-' || i || '.txt',
            'New ' || i, null, null, date '2025-03-11' from range(20) t(i);
        insert into marts.fct_amounts select 'amt-new-' || i, lpad((100 + i)::varchar, 64, '0'), 'money',
            5, 'EUR', null, '€5', null from range(20) t(i);
    """)
    with pytest.raises(QualityError) as raised:
        check_marts(settings)

    failures = raised.value.report.critical_messages
    assert any("share_articles_with_mention=0, articles_since=2025-03-11, articles=20" in m for m in failures)
    assert any("share_money_amounts_with_usd=0" in m and "money_amounts_since=2025-03-11" in m
               for m in failures)
    with pytest.raises(QualityError, match="articles_since=2025-03-11"):
        check_marts(settings, [date(2025, 3, 11)])
    # A backfill of the day before looks back from that day: the newer day is not its business.
    report = check_marts(settings, [DAY])
    coverage = json.loads(report.results_path.read_text())["suites"]["marts_coverage"]["results"]
    assert report.success and all(r["result"]["element_count"] == 1 for r in coverage)


def test_coverage_is_not_judged_on_too_few_rows(settings, build_marts):
    build_marts("""
        delete from marts.dim_articles where article_id > lpad('4', 64, '0');
        delete from marts.fct_mentions;
        update marts.fct_amounts set value_usd = null;
    """)
    report = check_marts(settings)

    assert report.success
    coverage = json.loads(report.results_path.read_text())["suites"]["marts_coverage"]
    assert [r["result"]["missing_count"] for r in coverage["results"]] == [1, 1]


def test_a_missing_work_warehouse_raises(settings):
    with pytest.raises(QualityError, match="no work warehouse"):
        check_marts(settings)
