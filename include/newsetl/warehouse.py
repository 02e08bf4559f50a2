"""DuckDB: loading a day's Parquet into the raw schema, and publishing the analysts' copy.

The pipeline writes only `settings.work_warehouse`. Analysts open only `settings.warehouse`,
a read-only catalog (views over Parquet, see `newsetl.publish`) swapped into place with one
atomic rename after the marts passed their checks, so a failed run leaves the last good one
exactly as it was.
"""
from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import duckdb

from newsetl import lake

log = logging.getLogger(__name__)

RAW_SCHEMA = "raw"


def connect_work(settings_work_warehouse: Path) -> duckdb.DuckDBPyConnection:
    settings_work_warehouse.parent.mkdir(parents=True, exist_ok=True)
    return duckdb.connect(str(settings_work_warehouse))


def _ensure_raw_table(con: duckdb.DuckDBPyConnection, table: str) -> None:
    empty = lake.SCHEMAS[table].empty_table()  # noqa: F841 - read by DuckDB's replacement scan
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {RAW_SCHEMA}")
    con.execute(f"CREATE TABLE IF NOT EXISTS {RAW_SCHEMA}.{table} AS SELECT * FROM empty")


def load_day(lake_dir: Path, work_warehouse: Path, ingest_date: date) -> dict[str, int]:
    """Replace one day's rows of every raw table with the lake's partition, in one transaction."""
    if not lake.day_is_complete(lake_dir, ingest_date):
        raise FileNotFoundError(
            f"load: the lake has no complete partition for {ingest_date} under {lake_dir}; "
            "run the parse and Parquet stages for that day first")
    counts = {}
    with connect_work(work_warehouse) as con:
        for table in lake.SCHEMAS:
            _ensure_raw_table(con, table)
        con.execute("BEGIN TRANSACTION")
        try:
            for table in lake.SCHEMAS:
                path = lake.partition_file(lake_dir, table, ingest_date)
                con.execute(f"DELETE FROM {RAW_SCHEMA}.{table} WHERE ingest_date = ?", [ingest_date])
                con.execute(f"INSERT INTO {RAW_SCHEMA}.{table} BY NAME SELECT * FROM read_parquet(?)",
                            [str(path)])
                counts[table] = con.execute(
                    f"SELECT count(*) FROM {RAW_SCHEMA}.{table} WHERE ingest_date = ?", [ingest_date]
                ).fetchone()[0]
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return counts


def ensure_raw_tables(work_warehouse: Path) -> None:
    """Create the empty raw tables, so dbt can build on a warehouse that has loaded no day yet."""
    with connect_work(work_warehouse) as con:
        for table in lake.SCHEMAS:
            _ensure_raw_table(con, table)


def publish(work_warehouse: Path, published: Path):
    """Publish the work warehouse's marts as the analysts' read-only warehouse `published`.

    `published` becomes a small catalog of views over immutable Parquet files beside it, swapped
    into place with one rename; only partitions that changed are written. Returns
    `newsetl.publish.PublishStats` (bytes written, seconds, ...). See `newsetl.publish`.
    """
    from newsetl import publish as publishing

    return publishing.publish(work_warehouse, published)
