"""The real Airflow runs the DAG (`airflow dags test`, SQLite metadata) to the same warehouse.

Every landing day of the sample data is run as its own DAG run, in the order a scheduler would
run them, and the marts must equal those `newsetl run` builds from the same files.
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from warehouse_helpers import BIN, PROJECT_ROOT, SAMPLE_RAW, fingerprint, newsetl_run, rows

pytestmark = pytest.mark.slow

DAYS = sorted(p.name for p in SAMPLE_RAW.iterdir() if p.is_dir())


def airflow(env: dict[str, str], *args: str, timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "airflow"), *args], capture_output=True, text=True, env=env, timeout=timeout)


@pytest.fixture(scope="module")
def airflow_env(tmp_path_factory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("airflow_home")
    env = {**os.environ, "AIRFLOW_HOME": str(home), "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT_ROOT / "dags"),
           "AIRFLOW__CORE__LOAD_EXAMPLES": "False", "DO_NOT_TRACK": "1",
           "NEWSETL_RAW_DIR": str(SAMPLE_RAW), "NEWSETL_WAREHOUSE": str(home / "data" / "warehouse.duckdb")}
    assert airflow(env, "db", "migrate").returncode == 0
    assert airflow(env, "pools", "set", "duckdb_writer", "1", "one writer").returncode == 0
    return env


def test_dags_test_builds_the_same_warehouse_as_newsetl_run(airflow_env, tmp_path):
    for day in DAYS:
        done = airflow(airflow_env, "dags", "test", "news_to_warehouse", day)
        final = (done.stdout + done.stderr).split("DagRun Finished")[-1]
        assert done.returncode == 0 and "state=success" in final, (done.stdout + done.stderr)[-4000:]
    published = Path(airflow_env["NEWSETL_WAREHOUSE"])
    assert rows(published, "select count(*) from marts.dim_articles")[0][0] == 11

    reference = tmp_path / "warehouse.duckdb"
    done = newsetl_run(SAMPLE_RAW, reference)
    assert done.returncode == 0, done.stderr[-3000:]
    assert fingerprint(published) == fingerprint(reference)
    assert (published.parent / "dbt_docs" / "static_index.html").exists()
    assert (published.parent / "quality" / "data_docs" / "index.html").exists()


def test_a_day_with_no_files_succeeds_and_says_so(airflow_env):
    done = airflow(airflow_env, "dags", "test", "news_to_warehouse", "2025-01-01")
    output = done.stdout + done.stderr
    assert done.returncode == 0 and "state=success" in output.split("DagRun Finished")[-1], output[-4000:]
    assert "no files landed for 2025-01-01" in output
    lake = Path(airflow_env["NEWSETL_WAREHOUSE"]).parent / "lake"
    assert not list(lake.glob("*/ingest_date=2025-01-01"))
