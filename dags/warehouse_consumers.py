"""warehouse_consumers: runs after every publish of the warehouse (the pattern for downstream jobs).

`news_to_warehouse`'s publish task updates the Asset `newsetl_warehouse`; this DAG is scheduled
on that Asset, so it runs once per publish, with no time schedule and no sensor. Its one task
logs the row count of each mart of the published, read-only copy: replace it with an export,
a report or a refresh of a dashboard. It only reads the published file, never the work
warehouse, so it needs no slot of the `duckdb_writer` pool and cannot block the daily run.

Kept import-cheap: nothing but the Airflow SDK and newsetl.settings at parse time.
"""
from __future__ import annotations

import logging
from datetime import datetime

from airflow.sdk import dag, task

from newsetl import orchestration, settings as newsetl_settings

SETTINGS = newsetl_settings.from_env()
WAREHOUSE = orchestration.warehouse_asset(SETTINGS)

log = logging.getLogger(__name__)


@dag(
    dag_id="warehouse_consumers",
    schedule=[WAREHOUSE],
    start_date=datetime(2020, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"on_failure_callback": orchestration.log_failure},
    tags=["newsetl"],
    doc_md=__doc__,
)
def warehouse_consumers():
    @task(retries=2)
    def mart_row_counts(triggering_asset_events=None) -> dict[str, int]:
        import duckdb

        for asset, events in (triggering_asset_events or {}).items():
            for event in events:
                log.info("triggered by %s, published at %s by %s/%s", getattr(asset, "name", asset),
                         event.timestamp, event.source_dag_id, event.source_run_id)
        with duckdb.connect(str(SETTINGS.warehouse), read_only=True) as con:
            tables = [name for (name,) in con.execute(
                "select table_name from information_schema.tables where table_schema = 'marts' order by 1"
            ).fetchall()]
            counts = {name: con.execute(f'select count(*) from marts."{name}"').fetchone()[0] for name in tables}
        log.info("published warehouse %s: %s", SETTINGS.warehouse,
                 ", ".join(f"{name}={count}" for name, count in counts.items()))
        return counts

    mart_row_counts()


warehouse_consumers()
