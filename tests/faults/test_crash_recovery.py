"""A run killed (SIGKILL) in the middle of a stage, then run again, ends where an uninterrupted
run ends: the same marts, no partial Parquet visible, and the analysts' copy untouched until
the rerun succeeds."""
from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from warehouse_helpers import BIN, SAMPLE_RAW, fingerprint, newsetl_run

pytestmark = pytest.mark.slow

FIRST_DAY, CRASH_DAY, LAST_DAY = "2025-04-14", "2025-04-15", "2025-04-16"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def kill_during(stage: str, raw: Path, warehouse: Path, day: str, delay: float) -> None:
    """Start `newsetl run` and SIGKILL its whole process group `delay` s after `stage` starts."""
    process = subprocess.Popen(
        [str(BIN / "newsetl"), "run", "--raw-dir", str(raw), "--warehouse", str(warehouse), "--date", day],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, start_new_session=True)
    assert process.stderr is not None
    for line in process.stderr:
        if f"stage {stage} " in line and line.rstrip().endswith("start"):
            time.sleep(delay)
            os.killpg(process.pid, signal.SIGKILL)
            break
    else:
        pytest.fail(f"the run ended before stage {stage} started")
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory) -> dict[str, str]:
    warehouse = tmp_path_factory.mktemp("uninterrupted") / "warehouse.duckdb"
    done = newsetl_run(SAMPLE_RAW, warehouse)
    assert done.returncode == 0, done.stderr[-3000:]
    return fingerprint(warehouse)


# A delay lands the kill inside the stage: parsing, Parquet writing and the load take a
# fraction of a second on the sample, dbt several seconds.
@pytest.mark.parametrize("stage, delay", [("parse", 0.0), ("parquet", 0.0), ("load", 0.0), ("dbt", 4.0)])
def test_a_run_killed_during_a_stage_recovers_on_rerun(stage, delay, uninterrupted, tmp_path):
    warehouse = tmp_path / "warehouse.duckdb"
    done = newsetl_run(SAMPLE_RAW, warehouse, "--date", FIRST_DAY)
    assert done.returncode == 0, done.stderr[-3000:]
    published_before = sha256(warehouse)

    kill_during(stage, SAMPLE_RAW, warehouse, CRASH_DAY, delay)

    assert sha256(warehouse) == published_before, "the analysts' copy changed before a run succeeded"
    for parquet in (tmp_path / "lake").rglob("*.parquet"):
        pq.read_table(parquet)  # every visible Parquet file is whole

    for day in (CRASH_DAY, LAST_DAY):
        done = newsetl_run(SAMPLE_RAW, warehouse, "--date", day)
        assert done.returncode == 0, done.stderr[-3000:]
    assert fingerprint(warehouse) == uninterrupted
    assert not list((tmp_path / "lake").rglob(".*.tmp-*")), "a killed writer's temporary file was left"
