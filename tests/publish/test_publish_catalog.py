"""`newsetl.publish` on a small hand-made work warehouse: the catalog, what each publish writes,
sessions across a swap, garbage collection and failures (fast: no dbt, no pipeline)."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from publish_helpers import add_day, listing, make_work, sha256, table_rows

from newsetl import publish as publishing

TABLES = ("marts.dim_articles", "marts.fct_deals", "marts.bridge_deal_parties", "marts.dim_countries",
          "marts.fct_nothing_yet", "reference.countries")


@pytest.fixture()
def work(tmp_path) -> Path:
    return make_work(tmp_path / "warehouse.work.duckdb")


@pytest.fixture()
def published(tmp_path) -> Path:
    return tmp_path / "warehouse.duckdb"


def describe(con, table):
    return con.execute(f"select column_name, column_type from (describe {table})").fetchall()


def test_the_catalog_holds_every_table_as_a_view_with_the_same_rows_and_types(work, published):
    stats = publishing.publish(work, published)
    assert stats.path == published
    assert stat.S_IMODE(published.stat().st_mode) == 0o444
    with duckdb.connect(str(work), read_only=True) as source, duckdb.connect(str(published), read_only=True) as con:
        kinds = dict(con.execute("select table_schema || '.' || table_name, table_type "
                                 "from information_schema.tables").fetchall())
        for table in TABLES:
            assert kinds[table] == "VIEW", table
            assert describe(con, table) == describe(source, table), table
            assert table_rows(con, table) == table_rows(source, table), table
        assert con.execute("select count(*) from marts.fct_nothing_yet").fetchone()[0] == 0
        assert con.execute("select comment from duckdb_views() where view_name = 'fct_deals'").fetchall() == [
            ("one deal as reported by one article",)]
        assert con.execute("select comment from duckdb_columns() where table_name = 'fct_deals' "
                           "and column_name = 'value'").fetchall() == [("in the currency's own units",)]
        (run_id,), = con.execute("select run_id from meta.publish").fetchall()
        assert run_id == stats.run_id
    assert {k.split(".")[0] for k in kinds} == {"marts", "reference", "meta"}  # not raw, staging, ...


def test_facts_are_one_file_per_landing_day_and_bridges_follow_their_deal(work, published):
    publishing.publish(work, published)
    with duckdb.connect(str(published), read_only=True) as con:
        parts = con.execute("select table_name, partition_key from meta.partitions").fetchall()
    assert sorted(k for t, k in parts if t == "fct_deals") == ["ingest_date=2025-04-14", "ingest_date=2025-04-15"]
    assert sorted(k for t, k in parts if t == "bridge_deal_parties") == [
        "deal_ingest_date=2025-04-14", "deal_ingest_date=2025-04-15"]
    assert [k for t, k in parts if t == "dim_countries"] == ["all"]
    files = list(publishing.published_dir(published).rglob("*.parquet"))
    assert files and all(stat.S_IMODE(f.stat().st_mode) == 0o444 for f in files)


def test_publishing_again_without_changes_writes_no_parquet(work, published):
    first = publishing.publish(work, published)
    again = publishing.publish(work, published)
    assert first.files_written == first.partitions > 0
    assert again.files_written == 0 and again.parquet_bytes_written == 0
    assert again.files_reused == first.partitions
    assert again.bytes_written - again.catalog_bytes < 64 * 1024  # the rest is the manifest


def test_a_new_day_writes_only_that_days_partitions(work, published):
    publishing.publish(work, published)
    with duckdb.connect(str(work)) as con:
        add_day(con, "2025-04-16")
    stats = publishing.publish(work, published)
    assert sorted(stats.written) == [
        "marts.bridge_deal_parties/deal_ingest_date=2025-04-16",
        "marts.dim_articles/ingest_date=2025-04-16",
        "marts.fct_deals/ingest_date=2025-04-16",
    ]
    assert stats.rows_written == 5


def test_an_open_session_keeps_its_data_and_a_new_session_sees_the_change(work, published, tmp_path):
    publishing.publish(work, published)
    session = duckdb.connect(str(published), read_only=True)
    before = table_rows(session, "marts.dim_articles")
    with duckdb.connect(str(work)) as con:
        con.execute("update marts.dim_articles set title = 'Corrected' where article_id = 'a-2025-04-14-1'")
        add_day(con, "2025-04-16")
    stats = publishing.publish(work, published)
    assert "marts.dim_articles/ingest_date=2025-04-14" in stats.written
    assert table_rows(session, "marts.dim_articles") == before  # the old catalog and its files
    # A new session is a new process (within one process DuckDB hands out the open database again).
    fresh = subprocess.run([sys.executable, "-c", (
        "import duckdb, sys; con = duckdb.connect(sys.argv[1], read_only=True); "
        "print(con.execute(\"select count(*), count(*) filter (title = 'Corrected') "
        "from marts.dim_articles\").fetchone())"), str(published)], capture_output=True, text=True, check=True)
    assert fresh.stdout.strip() == "(6, 1)"
    session.close()
    with duckdb.connect(str(published), read_only=True) as con:
        assert len(table_rows(con, "marts.dim_articles")) == 6


def test_garbage_collection_keeps_recent_publishes_and_removes_old_files(work, published):
    publishing.publish(work, published)
    with duckdb.connect(str(work)) as con:
        con.execute("update marts.dim_countries set iso2 = 'NZ' where country_key = 'k-au'")
    kept = publishing.publish(work, published)  # default retention: the superseded file stays
    assert kept.files_written == 1 and kept.files_removed == 0
    root = publishing.published_dir(published)
    assert len(list((root / "marts.dim_countries" / "all").glob("*.parquet"))) == 2
    with duckdb.connect(str(work)) as con:
        con.execute("update marts.dim_countries set iso2 = 'FJ' where country_key = 'k-au'")
    collected = publishing.publish(work, published, keep=1, retention_hours=0)
    assert collected.files_removed == 2
    assert len(list((root / "marts.dim_countries" / "all").glob("*.parquet"))) == 1
    assert len(list((root / "manifests").glob("*.json"))) == 1
    with duckdb.connect(str(published), read_only=True) as con:
        files = [f for (f,) in con.execute("select file from meta.partitions").fetchall()]
        assert all(Path(f).exists() for f in files)
        assert con.execute("select iso2 from marts.dim_countries order by 1").fetchall() == [("FJ",), ("JP",)]


def test_a_changed_column_rewrites_that_table(work, published):
    publishing.publish(work, published)
    with duckdb.connect(str(work)) as con:
        con.execute("alter table marts.fct_deals add column currency varchar default 'USD'")
    stats = publishing.publish(work, published)
    assert sorted(stats.written) == ["marts.fct_deals/ingest_date=2025-04-14", "marts.fct_deals/ingest_date=2025-04-15"]
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("select distinct currency from marts.fct_deals").fetchall() == [("USD",)]


def test_a_publish_that_fails_leaves_the_published_warehouse_as_it_was(work, published, monkeypatch):
    publishing.publish(work, published)
    before = sha256(published)
    with duckdb.connect(str(work)) as con:
        add_day(con, "2025-04-16")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(publishing, "_write_catalog", broken)
    with pytest.raises(OSError):
        publishing.publish(work, published)
    assert sha256(published) == before
    assert not [p for p in published.parent.iterdir() if ".publishing-" in p.name]
    monkeypatch.undo()
    # The next publish recovers, and its garbage collection keeps what the live catalog reads.
    publishing.publish(work, published, keep=1, retention_hours=0)
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("select count(*) from marts.dim_articles").fetchone()[0] == 6


def test_a_work_warehouse_without_marts_is_refused(tmp_path, published):
    empty = tmp_path / "empty.work.duckdb"
    duckdb.connect(str(empty)).close()
    with pytest.raises(RuntimeError, match="no marts"):
        publishing.publish(empty, published)
    assert not published.exists()


def test_the_catalog_does_not_depend_on_the_current_directory(work, published, tmp_path):
    publishing.publish(work, published)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = subprocess.run([sys.executable, "-c", (
        "import duckdb, sys; con = duckdb.connect(sys.argv[1], read_only=True); "
        "print(con.execute('select count(*) from marts.fct_deals').fetchone()[0])"), os.path.relpath(published,
                                                                                                    elsewhere)],
        cwd=elsewhere, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "2"


def test_stats_are_reported_for_the_benchmark(work, published):
    stats = publishing.publish(work, published).as_dict()
    for key in ("seconds", "bytes_written", "parquet_bytes_written", "catalog_bytes", "files_written",
                "files_reused", "bytes_published", "work_bytes", "hash_seconds", "export_seconds"):
        assert key in stats
    assert stats["bytes_written"] == sum(f.stat().st_size for f in publishing.published_dir(published).rglob("*")
                                         if f.is_file()) + stats["catalog_bytes"]
    assert listing(publishing.published_dir(published))
