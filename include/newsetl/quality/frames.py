"""The pandas frames the suites validate: a day's lake batch, or the marts of the work warehouse.

Great Expectations validates one frame per suite, so whatever spans rows or tables is computed
here in pandas (or DuckDB SQL) into a derived column, and the suite judges that column: a ledger
row's article being in the batch, a deal's party count, the coverage shares. The names of the
frames and derived columns are the ones `suites.py` refers to.
"""
from __future__ import annotations

import json
import statistics
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq

from newsetl import lake
from newsetl.quality.suites import (
    MART_COLUMNS,
    MIN_SAMPLE_FOR_SHARE,
    VOLUME_HISTORY_DAYS,
    VOLUME_MIN_HISTORY_DAYS,
)

MISSING_TYPE = "missing"


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
    tables = {name: lake.read_day(lake_dir, name, ingest_date).to_pandas() for name in lake.SCHEMAS}
    articles = tables["articles"]
    article_ids = articles["article_id"].dropna()
    for name in ("ingest_ledger", "mentions", "amounts", "deals"):
        tables[name]["article_in_batch"] = tables[name]["article_id"].isin(article_ids)
    articles["days_published_after_ingest"] = (
        pd.to_datetime(articles["published_date"]) - pd.to_datetime(articles["ingest_date"])
    ).dt.days.astype("Int64")
    deals = tables["deals"]
    deals["party_count"] = deals["parties"].map(lambda parties: 0 if parties is None else len(parties))
    tables["volume"] = volume_frame(lake_dir, ingest_date, len(articles))
    return tables


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


def mart_frames(connection: duckdb.DuckDBPyConnection) -> dict[str, pd.DataFrame]:
    """The contract columns of every mart, plus fct_deals.party_count and the coverage row."""
    frames = {}
    for table, columns in MART_COLUMNS.items():
        select = ", ".join(f"t.{column}" for column in columns)
        if table == "fct_deals":
            select += (", (select count(*) from marts.bridge_deal_parties p"
                       " where p.deal_id = t.deal_id) as party_count")
        frames[table] = connection.sql(f"select {select} from marts.{table} t").df()
    frames["coverage"] = coverage_frame(frames["dim_articles"], frames["fct_mentions"],
                                        frames["fct_amounts"])
    return frames


def coverage_frame(articles: pd.DataFrame, mentions: pd.DataFrame, amounts: pd.DataFrame) -> pd.DataFrame:
    """One row: over the newest ingest days, the share of articles with a mention and of money with USD.

    Each share looks back from the newest day, a day at a time, until it has MIN_SAMPLE_FOR_SHARE
    rows: a regression in new data shows at once on a busy day and within days on a quiet feed,
    instead of being diluted by the whole history. Too few rows in all: null, not judged.
    """
    # Duplicate keys are the key suites' business; here they must not break the lookup.
    article_day = articles.drop_duplicates("article_id").set_index("article_id")["ingest_date"]
    money = amounts[amounts["amount_kind"] == "money"]
    money_day = money["article_id"].map(article_day)  # NaT for an amount of no known article
    recent_articles = _newest_rows(articles["ingest_date"])
    recent_money = _newest_rows(money_day)
    recent_article_ids = articles["article_id"][recent_articles]
    return pd.DataFrame([{
        "articles_since": _first_day(articles["ingest_date"][recent_articles]),
        "articles": int(recent_articles.sum()),
        "share_articles_with_mention": _share(recent_article_ids.isin(mentions["article_id"])),
        "money_amounts_since": _first_day(money_day[recent_money]),
        "money_amounts": int(recent_money.sum()),
        "share_money_amounts_with_usd": _share(money["value_usd"][recent_money].notna()),
    }]).astype({"share_articles_with_mention": "float64", "share_money_amounts_with_usd": "float64"})


def _newest_rows(row_day: pd.Series) -> pd.Series:
    """Rows of the newest days, back to the first day that makes MIN_SAMPLE_FOR_SHARE rows (or all)."""
    rows_per_day = row_day.value_counts().sort_index(ascending=False)
    enough = rows_per_day.cumsum() >= MIN_SAMPLE_FOR_SHARE
    oldest_needed = enough.idxmax() if enough.any() else row_day.min()
    return row_day >= oldest_needed


def _first_day(days: pd.Series) -> str | None:
    return pd.Timestamp(days.min()).date().isoformat() if len(days) else None


def _share(flags: pd.Series) -> float | None:
    """Share of True, or None (not judged) when the sample is too small to mean anything."""
    return float(flags.mean()) if len(flags) >= MIN_SAMPLE_FOR_SHARE else None
