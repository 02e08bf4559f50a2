"""What the Airflow DAG needs beyond the pipeline stages: pool, retries, cosmos, callbacks.

Kept out of `dags/` so the DAG file stays a thin description of the graph. Nothing here runs
dbt, opens a database or touches the network at import time: the scheduler parses the DAG
file often, and cosmos reads the pre-built manifest instead of calling dbt.
"""
from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from newsetl.settings import DBT_PROJECT_DIR, Settings

log = logging.getLogger(__name__)

# DuckDB takes one writer at a time: every task that writes the work warehouse takes the one
# slot of this pool, so Airflow itself serialises them, on one machine or many.
WAREHOUSE_POOL = "duckdb_writer"
DBT_MANIFEST = DBT_PROJECT_DIR / "target" / "manifest.json"

# Retries where a retry can help (I/O on shared storage, a lock on the warehouse file), none
# where the same input gives the same failure (a quality check, a publish after failed checks).
TRANSIENT = {"retries": 2, "retry_delay": timedelta(seconds=20), "retry_exponential_backoff": True,
             "max_retry_delay": timedelta(minutes=5)}
DETERMINISTIC = {"retries": 0}


def log_failure(context: dict[str, Any]) -> None:
    """One line an operator can grep: which run, which stage, why."""
    ti = context.get("task_instance") or context.get("ti")
    dag_run = context.get("dag_run")
    error = context.get("exception")
    log.error("news_to_warehouse failed: run=%s stage=%s try=%s reason=%s: %s",
              getattr(dag_run, "run_id", "?"), getattr(ti, "task_id", "?"), getattr(ti, "try_number", "?"),
              type(error).__name__ if error else "unknown", str(error).splitlines()[0] if error else "")


def dbt_env(settings: Settings) -> dict[str, str]:
    return {"NEWSETL_WORK_WAREHOUSE": str(settings.work_warehouse), "DO_NOT_TRACK": "1",
            "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}


def dbt_task_group_kwargs(settings: Settings) -> dict[str, Any]:
    """Arguments of cosmos's DbtTaskGroup: every model a task, from the pre-built manifest.

    TestBehavior.BUILD runs each model with its tests in one `dbt build --select`, and the
    one-slot pool keeps those dbt processes from ever writing DuckDB at the same time.
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
        "render_config": RenderConfig(load_method=LoadMode.DBT_MANIFEST, test_behavior=TestBehavior.BUILD),
        "operator_args": {"pool": WAREHOUSE_POOL, "install_deps": False, **TRANSIENT, "retries": 1},
    }
