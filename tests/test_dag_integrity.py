"""The DAG file imports cleanly and cheaply: no dbt, no database, no network at parse time."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from warehouse_helpers import PROJECT_ROOT

# Parsing runs in a fresh interpreter with dbt, DuckDB and sockets booby-trapped, the way the
# scheduler's DAG processor would meet them, and reports what it found as JSON.
PARSE_PROBE = textwrap.dedent("""
    import json, socket, subprocess, sys
    def forbidden(what):
        def trap(*args, **kwargs):
            raise RuntimeError(f"DAG parsing must not {what}")
        return trap
    real_popen = subprocess.Popen.__init__
    def popen(self, args, *a, **k):
        if "dbt" in " ".join(map(str, args if isinstance(args, (list, tuple)) else [args])):
            raise RuntimeError("DAG parsing must not run dbt")
        return real_popen(self, args, *a, **k)
    subprocess.Popen.__init__ = popen
    import duckdb
    duckdb.connect = forbidden("open DuckDB")
    socket.create_connection = forbidden("open a network connection")
    from airflow.dag_processing.dagbag import DagBag
    bag = DagBag(sys.argv[1])
    dag = bag.dags.get("news_to_warehouse")
    print(json.dumps({
        "errors": {k: str(v) for k, v in bag.import_errors.items()},
        "dags": sorted(bag.dags),
        "tasks": sorted(t.task_id for t in dag.tasks) if dag else [],
        "pools": sorted({t.pool for t in dag.tasks}) if dag else [],
        "retries": {t.task_id: t.retries for t in dag.tasks} if dag else {},
    }))
""")


def parse_dags() -> dict:
    env = {**os.environ, "AIRFLOW__CORE__LOAD_EXAMPLES": "False"}
    done = subprocess.run([sys.executable, "-c", PARSE_PROBE, str(PROJECT_ROOT / "dags")], capture_output=True,
                          text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_dag_imports_without_errors_dbt_database_or_network():
    parsed = parse_dags()
    assert parsed["errors"] == {}
    assert parsed["dags"] == ["news_to_warehouse", "warehouse_consumers"]


def test_one_task_per_stage_and_one_per_dbt_model():
    tasks = set(parse_dags()["tasks"])
    assert {"plan", "parse_extract", "write_parquet", "check_batch", "load", "dbt_docs", "check_marts",
            "publish"} <= tasks
    models = {p.stem for p in (PROJECT_ROOT / "dbt_project" / "models").rglob("*.sql")}
    assert {f"dbt.{m}_model_build" for m in models} <= tasks


def test_warehouse_writers_share_the_one_slot_pool_and_checks_are_not_retried():
    parsed = parse_dags()
    assert "duckdb_writer" in parsed["pools"]
    assert parsed["retries"]["check_batch"] == 0
    assert parsed["retries"]["check_marts"] == 0
    assert parsed["retries"]["load"] > 0

