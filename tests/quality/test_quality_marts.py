"""check_marts: the marts of the work warehouse, with real Great Expectations and DuckDB."""
from __future__ import annotations

import json

import pytest
from quality_builders import build_marts, settings  # noqa: F401 (fixtures)

from newsetl.quality import QualityError, check_marts
from newsetl.quality.checks import expectation_label
from newsetl.quality.suites import (
    CRITICAL,
    MARTS_SCHEMA,
    MARTS_SUITES,
    MIN_SHARE_ARTICLES_WITH_MENTION_ENV,
    MIN_SHARE_MONEY_AMOUNTS_WITH_USD_ENV,
)

FIRST_ARTICLE = "0" * 64


def _key_cases(table: str, key: str) -> list[tuple]:
    """A null key and a duplicated key, for a mart whose first row is named by `key`."""
    return [
        (f"expect_column_values_to_not_be_null({key})", f"marts_{table}",
         f"insert into marts.{table} by name (select * replace (null as {key})"
         f" from marts.{table} limit 1);", f"{key}=null"),
        (f"expect_column_values_to_be_unique({key})", f"marts_{table}",
         f"insert into marts.{table} select * from marts.{table} limit 1;", f"{key}="),
    ]


def _null_case(table: str, column: str, offender: str) -> tuple:
    return (f"expect_column_values_to_not_be_null({column})", f"marts_{table}",
            f"update marts.{table} set {column} = null where rowid = 0;", offender)


# (expectation label as messages print it, suite, SQL that breaks the good marts, what names the row)
CRITICAL_CASES = [
    *_key_cases("dim_articles", "article_id"),
    *_key_cases("dim_countries", "country_key"),
    *_key_cases("dim_companies", "company_key"),
    *_key_cases("dim_commodities", "commodity_key"),
    _null_case("fct_mentions", "article_id", "entity_key=CL"),
    _null_case("fct_mentions", "entity_type", FIRST_ARTICLE),
    _null_case("fct_mentions", "entity_key", FIRST_ARTICLE),
    ("expect_compound_columns_to_be_unique(article_id, entity_type, entity_key)", "marts_fct_mentions",
     "insert into marts.fct_mentions select * from marts.fct_mentions limit 1;", FIRST_ARTICLE),
    ("expect_column_values_to_be_in_set(entity_type)", "marts_fct_mentions",
     "update marts.fct_mentions set entity_type = 'person' where rowid = 0;", "entity_type=person"),
    _null_case("fct_amounts", "amount_id", "raw_text=$1mn"),
    ("expect_column_values_to_be_unique(amount_id)", "marts_fct_amounts",
     "update marts.fct_amounts set amount_id = 'amt-0' where amount_id = 'amt-1';", "raw_text=$2mn"),
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
    _null_case("fct_deals", "deal_id", FIRST_ARTICLE),
    ("expect_column_values_to_be_unique(deal_id)", "marts_fct_deals",
     "insert into marts.fct_deals select * from marts.fct_deals;", "deal_id=deal-1"),
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
    _null_case("bridge_deal_parties", "deal_id", "entity_key=CL"),
    _null_case("bridge_deal_parties", "party_type", "entity_key=CL"),
    _null_case("bridge_deal_parties", "entity_key", "party_type=country"),
    ("expect_compound_columns_to_be_unique(deal_id, party_type, entity_key)", "marts_bridge_deal_parties",
     "insert into marts.bridge_deal_parties select * from marts.bridge_deal_parties limit 1;",
     "entity_key=CL"),
    ("expect_column_values_to_be_in_set(party_type)", "marts_bridge_deal_parties",
     "update marts.bridge_deal_parties set party_type = 'person' where entity_key = 'CL';",
     "entity_key=CL"),
    _null_case("bridge_deal_commodities", "deal_id", "commodity_key=lithium"),
    _null_case("bridge_deal_commodities", "commodity_key", "deal_id=deal-1"),
    ("expect_compound_columns_to_be_unique(deal_id, commodity_key)", "marts_bridge_deal_commodities",
     "insert into marts.bridge_deal_commodities select * from marts.bridge_deal_commodities;",
     "commodity_key=lithium"),
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
        check_marts(settings)

    failure = next(line for line in str(raised.value).splitlines() if f"{suite}: {label}" in line)
    assert "[critical]" in failure and offender in failure
    assert raised.value.report.results_path.is_file()


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
