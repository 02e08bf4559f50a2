"""What the Airflow DAG needs beyond the pipeline stages: pool, retries, cosmos, callbacks.

Kept out of `dags/` so the DAG file stays a thin description of the graph. Nothing here runs
dbt, opens a database or touches the network at import time: the scheduler parses the DAG
file often, and cosmos reads the pre-built manifest instead of calling dbt.
"""
from __future__ import annotations

import json
import logging
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsetl.settings import DBT_PROJECT_DIR, Settings

if TYPE_CHECKING:
    from airflow.sdk import Asset

log = logging.getLogger(__name__)

# DuckDB takes one writer at a time: every task that writes the work warehouse takes the one
# slot of this pool, so Airflow itself serialises them, on one machine or many.
WAREHOUSE_POOL = "duckdb_writer"
DBT_MANIFEST = DBT_PROJECT_DIR / "target" / "manifest.json"

# The published warehouse as an Airflow Asset: `publish` updates it, and DAGs scheduled on it
# (dags/warehouse_consumers.py) run after every publish.
WAREHOUSE_ASSET_NAME = "newsetl_warehouse"
# The dbt docs, served inside the Airflow UI by cosmos's plugin under /cosmos/<slug>/.
DBT_DOCS_SLUG = "newsetl"

# Retries where a retry can help (I/O on shared storage, a lock on the warehouse file), none
# where the same input gives the same failure (a quality check, a publish after failed checks).
# The back-off is a multiplier: Airflow 3 waits retry_delay * multiplier ** (try - 1), up to twice
# that (jittered), capped at max_retry_delay. `True` would mean a multiplier of 1: no back-off.
TRANSIENT = {"retries": 2, "retry_delay": timedelta(seconds=20), "retry_exponential_backoff": 2.0,
             "max_retry_delay": timedelta(minutes=5)}
DETERMINISTIC = {"retries": 0}


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def failure_line(context: dict[str, Any]) -> str:
    """The failure as one line: DAG, run, stage (task, with its map index), try and reason."""
    ti = context.get("task_instance") or context.get("ti")
    dag_run = context.get("dag_run")
    error = context.get("exception")
    dag_id = getattr(dag_run, "dag_id", None) or getattr(ti, "dag_id", None) or "?"
    stage = getattr(ti, "task_id", None) or "?"
    map_index = getattr(ti, "map_index", -1)
    if isinstance(map_index, int) and map_index >= 0:
        stage = f"{stage}[{map_index}]"
    if error is None:
        reason = "unknown"
    elif isinstance(error, BaseException):
        message = _first_line(str(error))
        reason = f"{type(error).__name__}: {message}" if message else type(error).__name__
    else:  # Airflow may hand over the error as text
        reason = _first_line(str(error)) or "unknown"
    return (f"{dag_id} failed: run={getattr(dag_run, 'run_id', None) or '?'} stage={stage} "
            f"try={getattr(ti, 'try_number', None) or '?'} reason={reason}")


def log_failure(context: dict[str, Any]) -> None:
    """One line an operator can grep: which run, which stage, why (the DAG's on_failure_callback)."""
    log.error("%s", failure_line(context))


def warehouse_asset(settings: Settings) -> "Asset":
    """The published warehouse file as an Airflow Asset (the same name and URI in every DAG)."""
    from airflow.sdk import Asset

    return Asset(name=WAREHOUSE_ASSET_NAME, uri=settings.warehouse.as_uri())


def dbt_docs_projects(settings: Settings) -> str:
    """The value of AIRFLOW__COSMOS__DBT_DOCS_PROJECTS for this warehouse's dbt docs.

    cosmos's Airflow 3 plugin serves `<dir>/index.html` (with manifest.json and catalog.json
    beside it) at /cosmos/<slug>/dbt_docs_index.html and lists it under Browse in the UI.
    """
    return json.dumps({DBT_DOCS_SLUG: {"dir": str(settings.dbt_docs_dir), "index": "index.html",
                                       "name": "dbt docs (newsetl)"}})


def cross_model_tests(manifest: Path = DBT_MANIFEST) -> list[str]:
    """The dbt tests that read more than one model or seed (relationships, business rules).

    A model's task cannot run them: the other model may not be built yet, or still hold the
    previous day's rows (the models of independent branches run in any order). The DAG runs them
    once, in `dbt_tests`, after every model is built.
    """
    nodes = json.loads(manifest.read_text())["nodes"]
    return sorted(node["name"] for node in nodes.values() if node["resource_type"] == "test" and len(
        {parent for parent in node["depends_on"]["nodes"] if parent.split(".")[0] in {"model", "seed", "snapshot"}}
    ) > 1)


def run_cross_model_tests(settings: Settings) -> list[str]:
    """`dbt test` on the cross-model tests, against the work warehouse (after the whole build)."""
    from newsetl import transform

    names = cross_model_tests()
    if names:
        transform.run_dbt(settings, "test", "--select", *names)
    log.info("cross-model dbt tests passed: %s", ", ".join(names) or "none")
    return names


def dbt_env(settings: Settings) -> dict[str, str]:
    return {"NEWSETL_WORK_WAREHOUSE": str(settings.work_warehouse), "DO_NOT_TRACK": "1",
            "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}


def dbt_task_group_kwargs(settings: Settings) -> dict[str, Any]:
    """Arguments of cosmos's DbtTaskGroup: every model a task, from the pre-built manifest.

    TestBehavior.BUILD runs each model with its tests in one `dbt build --select`, and the
    one-slot pool keeps those dbt processes from ever writing DuckDB at the same time. Only the
    tests of that one model: `--indirect-selection cautious` leaves the tests that also read
    another model to `run_cross_model_tests` (with dbt's default, `eager`, a model's task would
    run them whether or not the other model is built yet, so a run's outcome would depend on the
    order the scheduler happens to pick).
    """
    from cosmos import ExecutionConfig, ProfileConfig, ProjectConfig, RenderConfig
    from cosmos.constants import ExecutionMode, InvocationMode, LoadMode, TestBehavior

    from newsetl.transform import dbt_executable

    if not DBT_MANIFEST.exists():
        raise FileNotFoundError(
            f"{DBT_MANIFEST} is missing: run `make manifest` (dbt parse) before starting Airflow")
    return {
        "project_config": ProjectConfig(dbt_project_path=DBT_PROJECT_DIR, manifest_path=DBT_MANIFEST,
                                        env_vars=dbt_env(settings)),
        "profile_config": ProfileConfig(profile_name="newsetl", target_name="local",
                                        profiles_yml_filepath=DBT_PROJECT_DIR / "profiles.yml"),
        "execution_config": ExecutionConfig(execution_mode=ExecutionMode.LOCAL,
                                            invocation_mode=InvocationMode.SUBPROCESS,
                                            dbt_executable_path=dbt_executable()),
        # emit_datasets off: cosmos would make every model of the *work* warehouse an Asset, updated
        # before the checks; the one Asset others may schedule on is the published warehouse.
        "render_config": RenderConfig(load_method=LoadMode.DBT_MANIFEST, test_behavior=TestBehavior.BUILD,
                                      emit_datasets=False),
        "operator_args": {"pool": WAREHOUSE_POOL, "install_deps": False, "indirect_selection": "cautious",
                          **TRANSIENT, "retries": 1},
    }
