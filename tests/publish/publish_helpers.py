"""Shared by the publish tests: a small work warehouse built by hand, and file fingerprints."""
from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb

DAYS = ("2025-04-14", "2025-04-15")


def make_work(path: Path, days: tuple[str, ...] = DAYS) -> Path:
    """A work warehouse shaped like the real one (marts and reference), without running dbt."""
    with duckdb.connect(str(path)) as con:
        con.execute("create schema if not exists marts")
        con.execute("create schema if not exists reference")
        con.execute("""create or replace table marts.dim_articles (
            article_id varchar, title varchar, published_at timestamptz, body_length bigint, ingest_date date)""")
        con.execute("""create or replace table marts.fct_deals (
            deal_id varchar, article_id varchar, value double, amount decimal(18, 2), tags varchar[],
            ingest_date date)""")
        con.execute("create or replace table marts.bridge_deal_parties (deal_id varchar, party_type varchar, "
                    "entity_key varchar)")
        con.execute("create or replace table marts.dim_countries (country_key varchar, iso2 varchar)")
        con.execute("create or replace table marts.fct_nothing_yet (article_id varchar, ingest_date date)")
        con.execute("create or replace table reference.countries (iso2 varchar, country_name varchar)")
        con.execute("comment on table marts.fct_deals is 'one deal as reported by one article'")
        con.execute("comment on column marts.fct_deals.value is 'in the currency''s own units'")
        con.execute("insert into marts.dim_countries values ('k-au', 'AU'), ('k-jp', 'JP')")
        con.execute("insert into reference.countries values ('AU', 'Australia'), ('JP', 'Japan')")
        for day in days:
            add_day(con, day)
    return path


def add_day(con: duckdb.DuckDBPyConnection, day: str) -> None:
    con.execute("insert into marts.dim_articles values (?, ?, ?::timestamptz, 100, ?::date), "
                "(?, ?, null, 200, ?::date)",
                [f"a-{day}-1", f"Deal news of {day}", f"{day} 08:00:00+00", day, f"a-{day}-2", "Other news", day])
    con.execute("insert into marts.fct_deals values (?, ?, 5e8, 123.45, ['x', 'y'], ?::date)",
                [f"d-{day}", f"a-{day}-1", day])
    con.execute("insert into marts.bridge_deal_parties values (?, 'country', 'k-au'), (?, 'country', 'k-jp')",
                [f"d-{day}", f"d-{day}"])


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> dict[str, tuple[int, str]]:
    """Every file under `folder` with its size and hash."""
    return {p.relative_to(folder).as_posix(): (p.stat().st_size, sha256(p))
            for p in sorted(folder.rglob("*")) if p.is_file()}


def table_rows(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple]:
    return sorted(con.execute(f"select * from {table}").fetchall(), key=repr)
