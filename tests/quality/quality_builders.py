"""Small, valid lake batches and marts warehouses built in tmp_path, for the quality checks.

Tests start from a batch or warehouse that passes and break one thing at a time. Not a
conftest.py: test folders share the module name `conftest`, and other folders import theirs by
that name, so the fixtures here are imported by the test modules that use them.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime, timezone
from pathlib import Path

import duckdb
import pytest

from newsetl import lake
from newsetl.records import Amount, Article, Deal, DealParty, LedgerEntry, Mention
from newsetl.settings import Settings

DAY = date(2025, 3, 10)
BODY = ("Chile and Albemarle agreed on a lithium supply deal worth $538mn on Monday, the ministry "
        "said, extending the company's rights in the Atacama salt flat until 2043. ") * 3


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(raw_dir=tmp_path / "raw", warehouse=tmp_path / "warehouse.duckdb")


def article_id(n: int) -> str:
    return f"{n:064x}"


def good_batch(day: date = DAY, articles: int = 3) -> dict[str, list]:
    """Records of a day that meets the raw contract: `articles` stories, one rejected file."""
    stories = [Article(
        article_id=article_id(n), source_file=f"{day}/story-{n}.txt", record_index=None,
        source_format="txt", title=f"Lithium deal {n}", body=BODY, ingest_date=day,
        published_at=datetime(day.year, day.month, day.day, 8, tzinfo=timezone.utc),
        published_date=day, publisher="Mining Weekly", language="en",
    ) for n in range(articles)]
    ledger = [LedgerEntry(source_file=a.source_file, record_index=None, status="loaded", reason=None,
                          article_id=a.article_id, ingest_date=day, source_format="txt", byte_size=900)
              for a in stories]
    ledger.append(LedgerEntry(source_file=f"{day}/broken.json", record_index=None, status="rejected",
                              reason="invalid JSON at line 1", article_id=None, ingest_date=day,
                              source_format="json", byte_size=12))
    first = stories[0].article_id
    return {
        "articles": stories,
        "ingest_ledger": ledger,
        "mentions": [Mention(first, "country", "CL", 2, ("Chile",)),
                     Mention(first, "company", "Albemarle", 1, ("Albemarle",)),
                     Mention(first, "commodity", "lithium", 1, ("lithium",))],
        "amounts": [Amount("a1", first, "money", 538_000_000.0, "USD", "$538mn", 60),
                    Amount("a2", first, "quantity", 40_000.0, "t", "40,000 tonnes", 120, period="year"),
                    Amount("a3", first, "percent", 12.5, "percent", "12.5%", 140)],
        "deals": [Deal("d1", first, "supply", "Chile and Albemarle agreed on a lithium supply deal.",
                       (DealParty("country", "CL"), DealParty("company", "Albemarle")), ("lithium",),
                       value=538_000_000.0, currency="USD")],
    }


def write_batch(settings: Settings, records: dict[str, list], day: date = DAY) -> None:
    lake.write_day(settings.lake_dir, day, {table: lake.to_table(table, rows, day)
                                            for table, rows in records.items()})


def replace_row(records: dict[str, list], table: str, index: int, **changes) -> dict[str, list]:
    """A copy of `records` with one row of `table` changed."""
    rows = list(records[table])
    rows[index] = dataclasses.replace(rows[index], **changes)
    return {**records, table: rows}


# The marts of CONTRACT.md, with rows that meet it: 25 articles of the newest day, each with a
# mention (the coverage shares need MIN_SAMPLE_FOR_SHARE rows), money amounts all in USD.
MARTS_SQL = """
create schema marts;
create table marts.dim_articles as
    select lpad(i::varchar, 64, '0') as article_id, '2025-03-10/story-' || i || '.txt' as source_file,
           'Story ' || i as title, date '2025-03-10' as published_date, 'Mining Weekly' as publisher,
           date '2025-03-10' as ingest_date
    from range(25) t(i);
create table marts.dim_countries as
    select * from (values ('CL', 'CL', 'CHL', 'Chile'), ('AU', 'AU', 'AUS', 'Australia'))
        t(country_key, iso2, iso3, country_name);
create table marts.dim_companies as
    select * from (values ('albemarle', 'Albemarle', 'US'))
        t(company_key, company_name, country_iso2);
create table marts.dim_commodities as
    select * from (values ('lithium', 'lithium', 'battery metals'))
        t(commodity_key, commodity_name, commodity_group);
create table marts.fct_mentions as
    select article_id, 'country' as entity_type, 'CL' as entity_key, 1 as mention_count
    from marts.dim_articles;
create table marts.fct_amounts as
    select 'amt-' || i as amount_id, lpad(i::varchar, 64, '0') as article_id, 'money' as amount_kind,
           1000000.0 * (i + 1) as value, 'USD' as unit, 1000000.0 * (i + 1) as value_usd,
           '$' || (i + 1) || 'mn' as raw_text, null::varchar as commodity_key
    from range(25) t(i)
    union all select 'amt-t', lpad('0', 64, '0'), 'quantity', 40000.0, 't', null, '40,000 tonnes', 'lithium';
create table marts.fct_deals as
    select 'deal-1' as deal_id, lpad('0', 64, '0') as article_id, 'supply' as deal_type,
           date '2025-03-10' as announced_date, 538000000.0 as value, 'USD' as currency,
           538000000.0 as value_usd, null::double as quantity, null::varchar as quantity_unit,
           'Chile and Albemarle agreed on a lithium supply deal.' as evidence_text;
create table marts.bridge_deal_parties as
    select * from (values ('deal-1', 'country', 'CL'), ('deal-1', 'company', 'albemarle'))
        t(deal_id, party_type, entity_key);
create table marts.bridge_deal_commodities as
    select * from (values ('deal-1', 'lithium')) t(deal_id, commodity_key);
create table marts.bridge_deal_countries as
    select * from (values ('deal-1', 'CL', 'CL', true, false, date '2025-03-10'),
                          ('deal-1', 'US', 'US', false, true, date '2025-03-10'))
        t(deal_id, country_key, iso2, is_country_party, is_company_home, ingest_date);
create table marts.ingest_ledger as
    select source_file, null::integer as record_index, 'loaded' as status, null::varchar as reason,
           article_id, ingest_date from marts.dim_articles
    union all select '2025-03-10/broken.json', null, 'rejected', 'invalid JSON at line 1', null,
           date '2025-03-10';
"""


OLDER_DAY = date(2025, 3, 9)
# A day of history before DAY, with rows that meet the contract: 5 articles (too few to move the
# coverage window off DAY), each with a mention and a money amount in USD, and one deal.
OLDER_DAY_SQL = """
insert into marts.dim_articles
    select lpad((200 + i)::varchar, 64, '0'), '2025-03-09/story-' || i || '.txt', 'Old story ' || i,
           date '2025-03-09', 'Mining Weekly', date '2025-03-09'
    from range(5) t(i);
insert into marts.fct_mentions
    select article_id, 'commodity', 'lithium', 2
    from marts.dim_articles where ingest_date = date '2025-03-09';
insert into marts.fct_amounts
    select 'amt-old-' || i, lpad((200 + i)::varchar, 64, '0'), 'money', 5.0, 'USD', 5.0, '$5', null
    from range(5) t(i);
insert into marts.fct_deals values ('deal-old', lpad('200', 64, '0'), 'offtake', date '2025-03-09', 5.0,
    'USD', 5.0, null, null, 'An older deal.');
insert into marts.bridge_deal_parties values ('deal-old', 'country', 'AU');
insert into marts.bridge_deal_commodities values ('deal-old', 'lithium');
insert into marts.bridge_deal_countries values ('deal-old', 'AU', 'AU', true, false, date '2025-03-09');
insert into marts.ingest_ledger
    select source_file, null, 'loaded', null, article_id, ingest_date
    from marts.dim_articles where ingest_date = date '2025-03-09';
"""


@pytest.fixture
def build_marts(settings: Settings) -> Callable[..., Path]:
    """Writes the good marts into the work warehouse, then runs `breakage` SQL on them."""

    def build(breakage: str = "") -> Path:
        settings.work_warehouse.parent.mkdir(parents=True, exist_ok=True)
        with duckdb.connect(str(settings.work_warehouse)) as connection:
            connection.execute(MARTS_SQL + breakage)
        return settings.work_warehouse

    return build
