"""What the DAGs get from newsetl.orchestration: the failure line, back-off, pools, the Asset, dbt docs."""
from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest

from newsetl import orchestration
from newsetl.settings import Settings
from warehouse_helpers import PROJECT_ROOT

RUN_ID = "scheduled__2025-04-15T00:00:00+00:00"


def context(error=None, task_id="load", map_index=-1, try_number=2) -> dict:
    ti = SimpleNamespace(task_id=task_id, map_index=map_index, try_number=try_number, dag_id="news_to_warehouse")
    return {"task_instance": ti, "dag_run": SimpleNamespace(run_id=RUN_ID, dag_id="news_to_warehouse"),
            "exception": error}


# --- the failure callback -------------------------------------------------------------------


def test_log_failure_writes_one_line_with_the_run_the_stage_and_the_reason(caplog):
    error = RuntimeError("stage load failed: 2025-04-15: IOException: Could not set lock on file\n"
                         "  Conflicting lock is held in /usr/bin/python3 (PID 123)\n\nmore detail")
    with caplog.at_level(logging.ERROR, logger="newsetl.orchestration"):
        orchestration.log_failure(context(error))
    assert len(caplog.records) == 1
    line = caplog.records[0].getMessage()
    assert "\n" not in line and "\r" not in line
    assert line == (f"news_to_warehouse failed: run={RUN_ID} stage=load try=2 reason=RuntimeError: "
                    "stage load failed: 2025-04-15: IOException: Could not set lock on file")


@pytest.mark.parametrize("error, reason", [
    (None, "unknown"),
    (ValueError(), "ValueError"),  # no message: no IndexError inside the callback
    (ValueError("\n\n  second line only\n"), "ValueError: second line only"),
    ("Task was killed\nexternally", "Task was killed"),  # Airflow may pass the error as text
])
def test_the_failure_line_survives_any_error(error, reason):
    line = orchestration.failure_line(context(error))
    assert "\n" not in line
    assert line.endswith(f"reason={reason}")


def test_the_failure_line_names_the_shard_of_a_mapped_task_and_copes_with_an_empty_context():
    assert " stage=parse_extract[3] " in orchestration.failure_line(context(OSError("disk"), "parse_extract", 3))
    assert orchestration.failure_line({}) == "? failed: run=? stage=? try=? reason=unknown"


# --- the DAGs as the scheduler loads them ---------------------------------------------------


@pytest.fixture(scope="module")
def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(str(PROJECT_ROOT / "dags"))
    assert bag.import_errors == {}
    return bag


@pytest.fixture(scope="module")
def dag(dagbag):
    return dagbag.dags["news_to_warehouse"]


def test_retries_back_off_exponentially(dag):
    """Airflow 3 reads retry_exponential_backoff as a multiplier: True (1) would mean no back-off."""
    from airflow.models.taskinstance import TaskInstance

    task = dag.get_task("load")
    assert task.retries == 2

    def delay(try_number: int) -> timedelta:
        ended = datetime(2025, 4, 16, tzinfo=timezone.utc)
        ti = SimpleNamespace(retry_delay_override=None, end_date=ended, task=task, dag_id=dag.dag_id,
                             task_id=task.task_id, logical_date=ended, try_number=try_number, log=logging.getLogger())
        return TaskInstance.next_retry_datetime(ti) - ended

    first, second, third = delay(1), delay(2), delay(3)
    assert timedelta(seconds=20) <= first < timedelta(seconds=40)
    assert timedelta(seconds=40) <= second < timedelta(seconds=80)
    assert timedelta(seconds=80) <= third <= task.max_retry_delay


def test_checks_are_not_retried_and_everything_that_opens_the_work_warehouse_takes_the_pool(dag):
    for task in dag.tasks:
        if task.task_id in {"check_batch", "dbt_tests", "check_marts"}:
            assert task.retries == 0, task.task_id  # the same data fails the same way
        else:
            assert task.retries >= 1, task.task_id
        if task.task_id in {"load", "dbt_tests", "dbt_docs", "check_marts", "publish"} or task.task_id.startswith("dbt."):
            assert task.pool == orchestration.WAREHOUSE_POOL, task.task_id
        assert task.on_failure_callback, task.task_id


def test_a_models_task_runs_only_its_own_tests_and_dbt_tests_runs_the_rest_after_every_model(dag):
    """Tests across models run once all models are built, whatever order the scheduler picks."""
    models = [t for t in dag.tasks if t.task_id.startswith("dbt.")]
    assert models and all(t.indirect_selection == "cautious" for t in models)
    assert not any(t.emit_datasets for t in models)  # the published warehouse is the one Asset
    dbt_tests = dag.get_task("dbt_tests")
    assert {t.task_id for t in models} <= dbt_tests.get_flat_relative_ids(upstream=True)
    assert dbt_tests.downstream_task_ids == {"dbt_docs"}


def test_cross_model_tests_are_those_reading_two_models_or_seeds(tmp_path):
    def node(kind, name, parents=()):
        return {"resource_type": kind, "name": name, "depends_on": {"nodes": list(parents)}}

    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"nodes": {
        "model.p.fct_deals": node("model", "fct_deals"),
        "test.p.not_null_fct_deals_deal_id": node("test", "not_null_fct_deals_deal_id", ["model.p.fct_deals"]),
        "test.p.relationships_x": node("test", "relationships_x", ["model.p.fct_deals", "model.p.dim_articles"]),
        "test.p.money_in_currencies": node("test", "money_in_currencies",
                                           ["model.p.fct_amounts", "seed.p.currencies", "macro.p.m"]),
        "test.p.uses_a_macro": node("test", "uses_a_macro", ["model.p.fct_deals", "macro.p.m"]),
    }}))
    assert orchestration.cross_model_tests(manifest) == ["money_in_currencies", "relationships_x"]


def test_the_publish_task_updates_the_warehouse_asset(dag):
    from airflow.sdk import Asset

    outlets = dag.get_task("publish").outlets
    assets = [o for o in outlets if isinstance(o, Asset)]
    assert [a.name for a in assets] == [orchestration.WAREHOUSE_ASSET_NAME]
    from newsetl import settings

    assert assets[0].uri == settings.from_env().warehouse.as_uri()
    # no other task claims to update it
    assert [t.task_id for t in dag.tasks if t.outlets] == ["publish"]


def test_the_consumer_dag_is_scheduled_on_the_warehouse_asset(dagbag, dag):
    from airflow.sdk import Asset

    consumer = dagbag.dags["warehouse_consumers"]
    published = dag.get_task("publish").outlets[0]
    scheduled_on = list(consumer.timetable.asset_condition.objects)
    assert scheduled_on == [published] and isinstance(published, Asset)
    assert {t.pool for t in consumer.tasks} == {"default_pool"}  # it reads the published copy only


# --- dbt docs in the Airflow UI (cosmos's Airflow 3 plugin) ---------------------------------


def test_dbt_docs_projects_points_cosmos_at_the_warehouse_docs(tmp_path):
    settings = Settings(raw_dir=tmp_path / "raw", warehouse=tmp_path / "data" / "warehouse.duckdb")
    config = json.loads(orchestration.dbt_docs_projects(settings))
    assert config == {"newsetl": {"dir": str(tmp_path / "data" / "dbt_docs"), "index": "index.html",
                                  "name": "dbt docs (newsetl)"}}


def test_the_cosmos_plugin_serves_the_docs_and_lists_them_in_the_ui(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    settings = Settings(raw_dir=tmp_path / "raw", warehouse=tmp_path / "warehouse.duckdb")
    docs = settings.dbt_docs_dir
    docs.mkdir()
    (docs / "index.html").write_text("<html><head><title>dbt Docs</title></head><body>docs</body></html>")
    (docs / "manifest.json").write_text(json.dumps({"nodes": {"model.newsetl.fct_deals": {}}}))
    (docs / "catalog.json").write_text(json.dumps({"nodes": {}}))
    monkeypatch.setenv("AIRFLOW__COSMOS__DBT_DOCS_PROJECTS", orchestration.dbt_docs_projects(settings))
    monkeypatch.setenv("DO_NOT_TRACK", "1")

    from cosmos.plugin import airflow3

    monkeypatch.setattr(airflow3.CosmosAF3Plugin, "external_views", [])
    plugin = airflow3.CosmosAF3Plugin()
    assert [v["href"] for v in plugin.external_views] == ["/cosmos/newsetl/dbt_docs_index.html"]
    client = TestClient(plugin.fastapi_apps[0]["app"])
    page = client.get("/newsetl/dbt_docs_index.html")
    assert page.status_code == 200 and "<title>dbt Docs</title>" in page.text
    assert client.get("/newsetl/manifest.json").json() == {"nodes": {"model.newsetl.fct_deals": {}}}
    assert client.get("/newsetl/catalog.json").status_code == 200


def test_the_docs_the_plugin_serves_are_what_the_pipeline_writes():
    from newsetl import transform

    assert {"index.html", "manifest.json", "catalog.json"} <= set(transform.DOCS_FILES)
    assert Path(Settings(raw_dir=Path("r"), warehouse=Path("/x/warehouse.duckdb")).dbt_docs_dir) == Path("/x/dbt_docs")
