"""Fixtures of the dbt tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from warehouse_helpers import SAMPLE_RAW, newsetl_run


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory) -> Path:
    """The published warehouse of `newsetl run` on the bundled sample data (work files beside it)."""
    warehouse = tmp_path_factory.mktemp("dbt_sample") / "warehouse.duckdb"
    done = newsetl_run(SAMPLE_RAW, warehouse)
    assert done.returncode == 0, done.stderr[-3000:]
    return warehouse
