"""Paths and knobs, read from the environment with defaults that work from a fresh clone.

Every stage takes a `Settings` instead of reading the environment itself, so tests and the
CLI can point a run anywhere without touching global state.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
SEEDS_DIR = DBT_PROJECT_DIR / "seeds"
GX_DIR = PROJECT_ROOT / "gx"
SAMPLE_RAW_DIR = PROJECT_ROOT / "include" / "sample_data" / "raw"
DEFAULT_DATA_DIR = PROJECT_ROOT / "data"

# Input limits (documented in the README's operations section).
MAX_FILE_BYTES = 20 * 1024 * 1024  # a larger file is rejected, not read
MAX_LINE_BYTES = 5 * 1024 * 1024  # one .jsonl line larger than this is rejected


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


@dataclass(frozen=True)
class Settings:
    """Where a run reads and writes. `warehouse` is the published file analysts open."""

    raw_dir: Path
    warehouse: Path
    max_file_bytes: int = MAX_FILE_BYTES
    max_line_bytes: int = MAX_LINE_BYTES
    workers: int = 0  # parse/extract processes; 0 means one per CPU

    @property
    def data_dir(self) -> Path:
        """Working files live beside the published warehouse."""
        return self.warehouse.parent

    @property
    def lake_dir(self) -> Path:
        return self.data_dir / "lake"

    @property
    def work_warehouse(self) -> Path:
        """The DuckDB file the pipeline writes; analysts never open it."""
        return self.data_dir / f"{self.warehouse.stem}.work.duckdb"

    @property
    def dbt_target_dir(self) -> Path:
        return self.data_dir / "dbt_target"

    @property
    def dbt_docs_dir(self) -> Path:
        return self.data_dir / "dbt_docs"

    @property
    def quality_dir(self) -> Path:
        """Great Expectations validation results and Data Docs of this warehouse."""
        return self.data_dir / "quality"

    def with_paths(self, raw_dir: Path | None = None, warehouse: Path | None = None) -> "Settings":
        return replace(
            self,
            raw_dir=(raw_dir or self.raw_dir).resolve(),
            warehouse=(warehouse or self.warehouse).resolve(),
        )


def from_env() -> Settings:
    """Settings from NEWSETL_* variables; defaults: bundled sample data, warehouse under data/."""
    raw = Path(os.environ.get("NEWSETL_RAW_DIR") or SAMPLE_RAW_DIR)
    warehouse = Path(os.environ.get("NEWSETL_WAREHOUSE") or DEFAULT_DATA_DIR / "warehouse.duckdb")
    return Settings(
        raw_dir=raw.resolve(),
        warehouse=warehouse.resolve(),
        max_file_bytes=_env_int("NEWSETL_MAX_FILE_BYTES", MAX_FILE_BYTES),
        max_line_bytes=_env_int("NEWSETL_MAX_LINE_BYTES", MAX_LINE_BYTES),
        workers=_env_int("NEWSETL_WORKERS", 0),
    )
