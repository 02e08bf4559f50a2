"""Shared by the dbt tests: the project's paths, settings for a warehouse, whole-mart snapshots."""
from __future__ import annotations

from pathlib import Path

import duckdb
import yaml

from newsetl.settings import Settings
from warehouse_helpers import PROJECT_ROOT, SAMPLE_RAW

DBT_PROJECT = PROJECT_ROOT / "dbt_project"
ANALYSES = sorted(p.stem for p in (DBT_PROJECT / "analyses").glob("*.sql"))
INCREMENTAL_MODELS = ("fct_mentions", "fct_amounts", "fct_deals", "bridge_deal_parties", "bridge_deal_commodities")


def settings_for(warehouse: Path, raw_dir: Path = SAMPLE_RAW) -> Settings:
    """Settings of a run whose published warehouse is `warehouse` (work files beside it)."""
    return Settings(raw_dir=raw_dir, warehouse=warehouse)


def mart_snapshot(database: Path) -> dict[str, list[str]]:
    """Every table of schema `marts`, every column (by name), every row, sorted: equal means same content."""
    snapshot = {}
    with duckdb.connect(str(database), read_only=True) as con:
        tables = [r[0] for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' order by 1").fetchall()]
        for table in tables:
            columns = sorted(r[0] for r in con.execute(
                "select column_name from information_schema.columns where table_schema = 'marts' "
                "and table_name = ?", [table]).fetchall())
            rows = con.execute(f"select {', '.join(columns)} from marts.{table}").fetchall()
            snapshot[table] = sorted(repr(row) for row in rows)
    return snapshot


def differences(left: dict[str, list[str]], right: dict[str, list[str]]) -> dict[str, str]:
    """What differs between two snapshots, table by table, short enough for an assertion message."""
    found = {}
    for table in sorted(set(left) | set(right)):
        a, b = set(left.get(table, [])), set(right.get(table, []))
        if left.get(table) != right.get(table):
            found[table] = f"{len(left.get(table, []))} vs {len(right.get(table, []))} rows; " \
                           f"only left: {sorted(a - b)[:2]}; only right: {sorted(b - a)[:2]}"
    return found


def yaml_properties(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))
