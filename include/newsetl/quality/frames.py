"""The pandas frames the suites validate: a day's lake batch, or the marts of the work warehouse.

Great Expectations validates one frame per suite, so whatever spans rows or tables is computed
here (with pyarrow.compute or DuckDB SQL) into a derived column, and the suite judges that
column: a ledger row's article being in the batch, a deal's party count, the coverage shares.
The names of the frames and derived columns are the ones `suites.py` refers to.

Only what the suites judge enters pandas, so that a check's memory and time follow the rows
being checked, not the size of the text or of the warehouse's history:

- The batch is read with the columns the raw suites judge or name rows by (RAW_COLUMNS). The
  articles' bodies, most of a day's bytes, never enter pandas: their length and blankness are
  computed with pyarrow, a slice of rows at a time, and judged instead.
- The marts judged row by row are read for the days the run built (`ingest_dates`) only, each
  row tied to its day through its own ingest_date or its article's (MART_ROWS_OF_DAYS). What
  spans the whole history, the keys' nulls and duplicates, is counted in DuckDB into one row per
  mart; the coverage shares are computed in DuckDB too.
"""
from __future__ import annotations

import json
import statistics
from collections.abc import Collection
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newsetl import lake
from newsetl.quality.suites import (
    MART_COLUMNS,
    MART_KEYS,
    MIN_SAMPLE_FOR_SHARE,
    VOLUME_HISTORY_DAYS,
    VOLUME_MIN_HISTORY_DAYS,
    MartKey,
)

MISSING_TYPE = "missing"

# The lake columns each raw frame is read with: those the raw suites judge or name rows by, and
# those a derived column is computed from (dropped once it is, unless judged too). The rest of
# the partition stays on disk.
RAW_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id", "source_file", "title", "language", "published_date", "ingest_date"),
    "ingest_ledger": ("source_file", "record_index", "status", "reason", "article_id"),
    "mentions": ("article_id", "entity_type", "entity_ref", "mention_count"),
    "amounts": ("amount_id", "article_id", "amount_kind", "value", "unit", "raw_text"),
    "deals": ("deal_id", "article_id", "evidence_text", "parties", "value", "quantity", "currency",
              "quantity_unit"),
}
# Bodies measured at a time: a few MB of text in memory, however many articles the day has
# (reading the column whole costs several times its decoded size).
BODY_BATCH_ROWS = 2_000

OFFENDERS_NAMED = 3  # per mart and kind of key failure, in the keys frame


# --- A day's batch in the lake -----------------------------------------------------------------


def raw_schema_frame(lake_dir: Path, ingest_date: date) -> pd.DataFrame:
    """One row per column of the lake schemas, with the type the day's Parquet file has for it."""
    rows = []
    for table, schema in lake.SCHEMAS.items():
        path = lake.partition_file(lake_dir, table, ingest_date)
        actual = pq.read_schema(path) if path.exists() else None
        for field in schema:
            found = actual.field(field.name) if actual is not None and field.name in actual.names else None
            rows.append({
                "table_name": table,
                "column_name": field.name,
                "expected_type": str(field.type),
                "actual_type": str(found.type) if found is not None else MISSING_TYPE,
                # DataType.equals, not the strings: Parquet renames list items ("item" -> "element").
                "type_matches": found is not None and found.type.equals(field.type),
            })
    return pd.DataFrame(rows)


def raw_frames(lake_dir: Path, ingest_date: date) -> dict[str, pd.DataFrame]:
    """The day's lake tables, with the derived columns the raw suites judge, and its volume row."""
    articles = _articles(lake_dir, ingest_date)
    batch_article_ids = pc.drop_null(articles["article_id"])
    tables = {"articles": articles}
    for name in ("ingest_ledger", "mentions", "amounts", "deals"):
        table = _read_raw(lake_dir, name, ingest_date)
        tables[name] = table.append_column(
            "article_in_batch", pc.is_in(table["article_id"], value_set=batch_article_ids))
    # The ledger names its rows by file and record: its article_id is read for article_in_batch only.
    tables["ingest_ledger"] = tables["ingest_ledger"].drop_columns(["article_id"])
    tables["deals"] = _with_party_count(tables["deals"])
    frames = {name: table.to_pandas() for name, table in tables.items()}
    frames["volume"] = volume_frame(lake_dir, ingest_date, articles.num_rows)
    return frames


def _read_raw(lake_dir: Path, table: str, ingest_date: date) -> pa.Table:
    """The RAW_COLUMNS of the day's partition of `table`, typed as the lake schema says."""
    return pq.read_table(lake.partition_file(lake_dir, table, ingest_date),
                         columns=list(RAW_COLUMNS[table]), schema=lake.SCHEMAS[table])


def _articles(lake_dir: Path, ingest_date: date) -> pa.Table:
    """The day's articles: days_published_after_ingest for their two dates, and their bodies'
    body_length and body_is_blank (the bodies themselves are not kept)."""
    articles = _read_raw(lake_dir, "articles", ingest_date)
    # published_date - ingest_date, null when the article gives no date.
    days_after = pc.days_between(articles["ingest_date"], articles["published_date"])
    bodies = _body_measures(lake.partition_file(lake_dir, "articles", ingest_date))
    return (articles.drop_columns(["published_date", "ingest_date"])
            .append_column("days_published_after_ingest", days_after)
            .append_column("body_length", bodies["body_length"])
            .append_column("body_is_blank", bodies["body_is_blank"]))


def _body_measures(path: Path) -> pa.Table:
    """body_length and body_is_blank of each row of an articles file, in file order.

    Read BODY_BATCH_ROWS bodies at a time, so that a day's text is never all in memory. Length
    in characters (as Python's len), blank as Python's `^\\s*$` (utf8_is_space follows
    str.isspace; it is false on ""); both null when the body is.
    """
    lengths, blanks = [], []
    with pq.ParquetFile(path) as parquet:
        for batch in parquet.iter_batches(batch_size=BODY_BATCH_ROWS, columns=["body"]):
            body = batch.column("body")
            length = pc.utf8_length(body)
            lengths.append(length)
            blanks.append(pc.or_(pc.equal(length, 0), pc.utf8_is_space(body)))
    return pa.table({"body_length": pa.chunked_array(lengths, pa.int32()),
                     "body_is_blank": pa.chunked_array(blanks, pa.bool_())})


def _with_party_count(deals: pa.Table) -> pa.Table:
    """party_count in place of the deals' lists of parties (0 when the list is null)."""
    count = pc.fill_null(pc.list_value_length(deals["parties"]), 0)
    return deals.drop_columns(["parties"]).append_column("party_count", count)


def volume_frame(lake_dir: Path, ingest_date: date, article_count: int) -> pd.DataFrame:
    """One row: the day's article count against the median of the previous complete days."""
    prior_days = [day for day in lake.complete_days(lake_dir) if day < ingest_date][-VOLUME_HISTORY_DAYS:]
    prior_counts = [_manifest_article_count(lake_dir, day) for day in prior_days]
    median = statistics.median(prior_counts) if len(prior_counts) >= VOLUME_MIN_HISTORY_DAYS else None
    # Without a baseline (too few days, or days with no articles at all) the day is not judged.
    ratio = article_count / median if median else None
    return pd.DataFrame([{
        "ingest_date": ingest_date.isoformat(),
        "article_count": article_count,
        "prior_days": len(prior_counts),
        "prior_median": median,
        "ratio_to_recent_median": ratio,
    }]).astype({"prior_median": "float64", "ratio_to_recent_median": "float64"})


def _manifest_article_count(lake_dir: Path, day: date) -> int:
    return int(json.loads(lake.manifest_file(lake_dir, day).read_text())["rows"]["articles"])


# --- The marts in the work warehouse -----------------------------------------------------------

# How a row of each mart judged row by row is tied to the days checked ($days), through contract
# columns only: its own ingest_date, or that of its article in dim_articles (a deal's parties
# through their deal). A row of no article there is an orphan, which dbt's relationship tests fail.
_ARTICLES_OF_DAYS = "select article_id from marts.dim_articles where ingest_date in (select unnest($days))"
MART_ROWS_OF_DAYS: dict[str, str] = {
    "fct_mentions": f"article_id in ({_ARTICLES_OF_DAYS})",
    "fct_amounts": f"article_id in ({_ARTICLES_OF_DAYS})",
    "fct_deals": f"article_id in ({_ARTICLES_OF_DAYS})",
    "bridge_deal_parties": "deal_id in (select deal_id from marts.fct_deals"
                           f" where article_id in ({_ARTICLES_OF_DAYS}))",
    "ingest_ledger": "ingest_date in (select unnest($days))",
}


def marts_schema_frame(connection: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """One row per column CONTRACT.md requires, with its DuckDB type (None when missing)."""
    found = connection.sql(
        "select table_name, column_name, data_type from information_schema.columns "
        "where table_schema = 'marts'"
    ).fetchall()
    types = {(table, column): data_type for table, column, data_type in found}
    return pd.DataFrame(
        [{"table_name": table, "column_name": column, "actual_type": types.get((table, column))}
         for table, columns in MART_COLUMNS.items() for column in columns],
        columns=["table_name", "column_name", "actual_type"],
    )


def mart_frames(connection: duckdb.DuckDBPyConnection,
                ingest_dates: Collection[date] | None) -> dict[str, pd.DataFrame]:
    """The keys row of every mart, the rows of the days checked of the marts judged row by row
    (with fct_deals.party_count), and the coverage row, looking back from the newest day checked.

    `ingest_dates` are the days the run built: a backfill builds an older day after newer ones,
    so "the newest day in the marts" would judge the wrong rows. None judges every row, and
    coverage (as with no day) looks back from the newest day in the marts.
    """
    days = None if ingest_dates is None else sorted(set(ingest_dates))
    frames = {table: _rows_of_days(connection, table, days) for table in MART_ROWS_OF_DAYS}
    frames["keys"] = keys_frame(connection)
    frames["coverage"] = coverage_frame(connection, max(days) if days else None)
    return frames


def _rows_of_days(connection: duckdb.DuckDBPyConnection, table: str, days: list[date] | None) -> pd.DataFrame:
    """The contract columns of the mart's rows of `days` (of every day when None)."""
    select = ", ".join(f"t.{column}" for column in MART_COLUMNS[table])
    if table == "fct_deals":
        select += (", (select count(*) from marts.bridge_deal_parties p"
                   " where p.deal_id = t.deal_id) as party_count")
    if days is None:
        return connection.sql(f"select {select} from marts.{table} t").df()
    return connection.execute(f"select {select} from marts.{table} t where {MART_ROWS_OF_DAYS[table]}",
                              {"days": days}).df()


def keys_frame(connection: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """One row per MART_KEYS entry: over the whole mart, its rows with a null key and its key
    values held by more than one row, a few of each named in `offenders`."""
    return connection.sql(" union all ".join(f"({_key_sql(key)})" for key in MART_KEYS)).df()


def _key_sql(key: MartKey) -> str:
    """The row of keys_frame for `key`: the duplicates are grouped once, counted and named."""
    columns = ", ".join(key.columns)
    any_null = " or ".join(f"{column} is null" for column in key.columns)
    all_set = " and ".join(f"{column} is not null" for column in key.columns)

    def named(names: tuple[str, ...]) -> str:
        return " || ', ' || ".join(f"'{name}=' || coalesce({name}::varchar, 'null')" for name in names)

    return f"""
        with duplicated as materialized (
            select {columns}, count(*) as copies from marts.{key.table} where {all_set}
            group by {columns} having count(*) > 1
        )
        select
            '{key.table}' as table_name,
            '{columns}' as key_columns,
            (select count(*) from marts.{key.table} where {any_null}) as null_key_rows,
            (select count(*) from duplicated) as duplicated_keys,
            (select string_agg(offender, '; ') from (
                (select {named(key.columns + key.also_named_by)} as offender
                 from marts.{key.table} where {any_null} limit {OFFENDERS_NAMED})
                union all
                (select {named(key.columns)} || ' (' || copies || ' rows)'
                 from duplicated order by {columns} limit {OFFENDERS_NAMED})
            )) as offenders
    """


# Each share's rows, as (day, flag): the day an article landed, and whether it has a mention;
# for a money amount, its article's day and whether it has a value in USD (a flag that costs
# nothing to compute, so those rows give the days too).
_ARTICLE_DAYS = "select ingest_date as day from marts.dim_articles"
_ARTICLE_FLAGS = """
    select a.ingest_date as day,
           exists (select 1 from marts.fct_mentions m where m.article_id = a.article_id) as flag
    from marts.dim_articles a
"""
_MONEY_FLAGS = """
    select a.day, m.value_usd is not null as flag
    from marts.fct_amounts m
    join (select article_id, min(ingest_date) as day from marts.dim_articles group by article_id) a
        on m.article_id = a.article_id
    where m.amount_kind = 'money'
"""


def coverage_frame(connection: duckdb.DuckDBPyConnection, until: date | None) -> pd.DataFrame:
    """One row: over the newest ingest days up to `until` (None: the newest day in the marts), the
    share of articles with a mention and of money amounts with a value in USD.

    Each share looks back from `until`, a day at a time, until it has MIN_SAMPLE_FOR_SHARE rows: a
    regression in new data shows at once on a busy day and within days on a quiet feed, instead
    of being diluted by the whole history. Too few rows in all: null, not judged.
    """
    articles_since, articles, articles_share = _newest_days_share(connection, _ARTICLE_DAYS,
                                                                  _ARTICLE_FLAGS, until)
    money_since, money, money_share = _newest_days_share(connection, _MONEY_FLAGS, _MONEY_FLAGS, until)
    return pd.DataFrame([{
        "articles_since": articles_since,
        "articles": articles,
        "share_articles_with_mention": articles_share,
        "money_amounts_since": money_since,
        "money_amounts": money,
        "share_money_amounts_with_usd": money_share,
    }]).astype({"share_articles_with_mention": "float64", "share_money_amounts_with_usd": "float64"})


def _newest_days_share(connection: duckdb.DuckDBPyConnection, days_sql: str, flags_sql: str,
                       until: date | None) -> tuple[str | None, int, float | None]:
    """(first day, rows, share of true flags) over the newest days up to `until` that make
    MIN_SAMPLE_FOR_SHARE rows (all of them when fewer); the share is None below that sample.

    `days_sql` gives each row's day; `flags_sql` each row's (day, flag). They are apart so that
    the window is found from the days alone, and only its rows are flagged.
    """
    [(since, rows, share)] = connection.execute(f"""
        with
        rows_per_day as materialized (
            select day, count(*) as day_rows from ({days_sql})
            where day <= coalesce($until::date, day)
            group by day
        ),
        since as (
            select coalesce(
                (select max(day) from (
                    select day, sum(day_rows) over (order by day desc) as rows_from_day
                    from rows_per_day
                ) where rows_from_day >= $min_sample),
                (select min(day) from rows_per_day)
            ) as day
        )
        select min(day), count(*),
               case when count(*) >= $min_sample then avg(flag::double) end
        from ({flags_sql})
        where day >= (select day from since) and day <= coalesce($until::date, day)
    """, {"until": until, "min_sample": MIN_SAMPLE_FOR_SHARE}).fetchall()
    return (since.isoformat() if since is not None else None), rows, share
