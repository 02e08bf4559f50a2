"""Incremental facts equal a full refresh, whatever order the landing days are loaded in.

The sample's Greystone Lithium story lands twice: as an .html page on 2025-04-15 and as a
news-API .json on 2025-04-16. Loading 04-16 first makes the .json the first copy; loading 04-15
afterwards (a backfill) must hand the article over to the .html, deleting the facts built from
the .json. Then a third copy lands late in the folder of 04-14 and that day is run again: the
article moves once more, and only that day's rows may be rebuilt.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from dbt_helpers import INCREMENTAL_MODELS, differences, mart_snapshot, settings_for

from newsetl import transform
from warehouse_helpers import SAMPLE_RAW, newsetl_run

pytestmark = pytest.mark.slow

OUT_OF_ORDER = ("2025-04-16", "2025-04-14", "2025-04-15")
GREYSTONE_HTML = "2025-04-15/industrialbrief_uk_stake_greystone_lithium.html"
GREYSTONE_JSON = "2025-04-16/newsapi_industrialbrief_uk_stake_greystone_lithium.json"
LATE_COPY = "2025-04-14/late_copy_greystone_lithium.html"
# A text column of each incremental model, marked to see which rows a run rewrites.
MARKED = {"fct_mentions": "entity_ref", "fct_amounts": "raw_text", "fct_deals": "evidence_text",
          "bridge_deal_parties": "entity_ref", "bridge_deal_commodities": "commodity_name"}
MARK = " [built before]"


def run_day(raw: Path, warehouse: Path, day: str) -> None:
    done = newsetl_run(raw, warehouse, "--date", day)
    assert done.returncode == 0, done.stderr[-3000:]


def full_refresh_of(work: Path, folder: Path) -> Path:
    """`dbt build --full-refresh` on a copy of the work warehouse: the same raw tables, rebuilt from scratch."""
    settings = settings_for(folder / "copy.duckdb")
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(work, settings.work_warehouse)
    transform.run_dbt(settings, "build", "--full-refresh")
    return settings.work_warehouse


def first_copy_of_greystone(work: Path) -> tuple[str, dict[str, str]]:
    with duckdb.connect(str(work), read_only=True) as con:
        (source_file,), = con.execute(
            "select source_file from marts.dim_articles where source_file like '%greystone%'").fetchall()
        statuses = dict(con.execute(
            "select source_file, status from marts.ingest_ledger where source_file like '%greystone%'").fetchall())
    return source_file, statuses


def mark_every_row(work: Path) -> None:
    with duckdb.connect(str(work)) as con:
        for model, column in MARKED.items():
            con.execute(f"update marts.{model} set {column} = {column} || ?", [MARK])


def marked_by_day(work: Path) -> dict[str, set[tuple[str, bool]]]:
    """For each model: the (ingest_date, still marked) pairs of its rows; the mark is then removed."""
    found = {}
    with duckdb.connect(str(work)) as con:
        for model, column in MARKED.items():
            found[model] = {(str(day), marked) for day, marked in con.execute(
                f"select ingest_date, ends_with({column}, ?) from marts.{model}", [MARK]).fetchall()}
            con.execute(f"update marts.{model} set {column} = left({column}, -{len(MARK)}) "
                        f"where ends_with({column}, ?)", [MARK])
    return found


@pytest.fixture(scope="module")
def loaded_out_of_order(tmp_path_factory) -> tuple[Path, Path]:
    """(raw folder, published warehouse) after `newsetl run --date D` for each day, out of order."""
    root = tmp_path_factory.mktemp("incremental")
    raw = root / "raw"
    shutil.copytree(SAMPLE_RAW, raw)
    warehouse = root / "warehouse" / "warehouse.duckdb"
    for day in OUT_OF_ORDER:
        run_day(raw, warehouse, day)
    return raw, warehouse


def test_days_loaded_out_of_order_give_what_a_full_refresh_gives(loaded_out_of_order, tmp_path):
    raw, warehouse = loaded_out_of_order
    work = settings_for(warehouse, raw).work_warehouse
    first, statuses = first_copy_of_greystone(work)
    assert first == GREYSTONE_HTML  # the backfilled day took the article over
    assert statuses == {GREYSTONE_HTML: "loaded", GREYSTONE_JSON: "duplicate"}
    incremental = mart_snapshot(work)
    assert set(INCREMENTAL_MODELS) <= set(incremental)
    assert not differences(incremental, mart_snapshot(full_refresh_of(work, tmp_path / "full")))


def test_a_day_run_again_rewrites_nothing_and_a_changed_day_only_its_own_rows(loaded_out_of_order, tmp_path):
    raw, warehouse = loaded_out_of_order
    work = settings_for(warehouse, raw).work_warehouse

    # The same day again: nothing changed, so no row is rewritten.
    mark_every_row(work)
    run_day(raw, warehouse, "2025-04-15")
    unchanged = marked_by_day(work)
    assert all(marked for rows in unchanged.values() for _, marked in rows), unchanged

    # A third copy lands late on an earlier day, which is run again.
    shutil.copyfile(raw / GREYSTONE_HTML, raw / LATE_COPY)
    mark_every_row(work)
    run_day(raw, warehouse, "2025-04-14")
    rebuilt = marked_by_day(work)
    for model, rows in rebuilt.items():
        assert rows == {(day, day != "2025-04-14") for day, _ in rows}, model  # only 04-14 was rebuilt
    assert ("2025-04-15", True) in rebuilt["fct_mentions"] and ("2025-04-14", False) in rebuilt["fct_mentions"]

    first, statuses = first_copy_of_greystone(work)
    assert first == LATE_COPY
    assert statuses == {LATE_COPY: "loaded", GREYSTONE_HTML: "duplicate", GREYSTONE_JSON: "duplicate"}
    assert not differences(mart_snapshot(work), mart_snapshot(full_refresh_of(work, tmp_path / "full")))
