"""news_to_warehouse: each day's landed news files into the DuckDB warehouse.

plan -> parse_extract (mapped over shards of files) -> write_parquet -> check_batch -> load
-> dbt models (astronomer-cosmos, one task per model, with its own tests) -> dbt_tests (the tests
across models) -> dbt_docs -> check_marts -> publish

A day with no files succeeds: write_parquet says so and the later stages are skipped.
The stages are the functions of `newsetl.pipeline`, the same ones `newsetl run` calls. The
run for data interval [D, D+1) processes the landing folder D; catch-up and backfill process
past days, in any order, to the same warehouse.
"""
from __future__ import annotations

from datetime import date, datetime

from airflow.sdk import dag, get_current_context, task
from airflow.sdk.exceptions import AirflowSkipException
from airflow.timetables.interval import CronDataIntervalTimetable
from cosmos import DbtTaskGroup

from newsetl import orchestration, pipeline, settings as newsetl_settings

SETTINGS = newsetl_settings.from_env()
WAREHOUSE = orchestration.warehouse_asset(SETTINGS)  # dags/warehouse_consumers.py is scheduled on it


def landing_day() -> date:
    return date.fromisoformat(get_current_context()["ds"])


@dag(
    dag_id="news_to_warehouse",
    schedule=CronDataIntervalTimetable("0 0 * * *", timezone="UTC"),
    start_date=datetime(2020, 1, 1),  # backfills may reach this far back
    catchup=False,
    max_active_runs=1,
    default_args={"on_failure_callback": orchestration.log_failure, **orchestration.TRANSIENT},
    tags=["newsetl"],
    doc_md=__doc__,
)
def news_to_warehouse():
    @task(**orchestration.TRANSIENT)
    def plan() -> list[int]:
        return list(range(pipeline.plan_day(SETTINGS, landing_day())))

    @task(**orchestration.TRANSIENT)
    def parse_extract(shard_index: int) -> dict[str, int]:
        return pipeline.parse_extract_shard(SETTINGS, landing_day(), shard_index)

    @task(trigger_rule="none_failed", **orchestration.TRANSIENT)
    def write_parquet() -> dict[str, int]:
        counts = pipeline.write_parquet(SETTINGS, landing_day())
        if counts.empty:
            # Skipping the rest leaves the run successful and the warehouse as it was.
            raise AirflowSkipException(f"no files landed for {counts.ingest_date}: nothing to load or publish")
        return counts.rows

    @task(**orchestration.DETERMINISTIC)
    def check_batch() -> None:
        pipeline.check_batch(SETTINGS, landing_day())

    @task(pool=orchestration.WAREHOUSE_POOL, **orchestration.TRANSIENT)
    def load() -> dict[str, int]:
        return pipeline.load_day(SETTINGS, landing_day())

    dbt_models = DbtTaskGroup(group_id="dbt", **orchestration.dbt_task_group_kwargs(SETTINGS))

    @task(pool=orchestration.WAREHOUSE_POOL, **orchestration.DETERMINISTIC)
    def dbt_tests() -> None:
        """The dbt tests across models (relationships, business rules), once every model is built."""
        orchestration.run_cross_model_tests(SETTINGS)

    @task(pool=orchestration.WAREHOUSE_POOL, **orchestration.TRANSIENT)
    def dbt_docs() -> None:
        from newsetl import transform

        transform.write_docs(SETTINGS)

    # In the pool too: it opens the work warehouse, which DuckDB refuses while another process
    # (a backfill's run beside the daily one) writes it.
    @task(pool=orchestration.WAREHOUSE_POOL, **orchestration.DETERMINISTIC)
    def check_marts() -> None:
        pipeline.check_marts(SETTINGS, [landing_day()])

    @task(pool=orchestration.WAREHOUSE_POOL, outlets=[WAREHOUSE], **orchestration.TRANSIENT)
    def publish() -> str:
        return str(pipeline.publish(SETTINGS))

    parsed = parse_extract.expand(shard_index=plan())
    (parsed >> write_parquet() >> check_batch() >> load() >> dbt_models >> dbt_tests() >> dbt_docs()
     >> check_marts() >> publish())


news_to_warehouse()
