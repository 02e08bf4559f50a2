"""`newsetl run` while an analyst is connected, and a run that fails: the published warehouse."""
from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import duckdb
import pytest
from publish_helpers import listing, sha256
from warehouse_helpers import BIN, SAMPLE_RAW, newsetl_run

from newsetl.publish import published_dir

pytestmark = pytest.mark.slow

FIRST_DAYS = ("2025-04-14", "2025-04-15")
NEW_DAY = "2025-04-16"

SNAPSHOT = {
    "days": "select list(distinct ingest_date order by ingest_date) from marts.dim_articles",
    "articles": "select count(*), sum(body_length) from marts.dim_articles",
    "mentions": "select count(*), sum(mention_count) from marts.fct_mentions",
    "deals": "select count(*), sum(value_usd) from marts.fct_deals",
    "parties": """select count(*) from marts.bridge_deal_parties p
                  join marts.fct_deals d on p.deal_id = d.deal_id
                  join marts.dim_articles a on d.article_id = a.article_id""",
    "ledger": "select status, count(*) from marts.ingest_ledger group by all order by all",
}


def snapshot(con: duckdb.DuckDBPyConnection) -> dict:
    return {name: con.execute(sql).fetchall() for name, sql in SNAPSHOT.items()}


@pytest.fixture(scope="module")
def two_days(tmp_path_factory) -> Path:
    """A warehouse published from the first two landing days of the sample data."""
    raw = tmp_path_factory.mktemp("raw")
    for day in FIRST_DAYS:
        shutil.copytree(SAMPLE_RAW / day, raw / day)
    warehouse = tmp_path_factory.mktemp("two_days") / "warehouse.duckdb"
    done = newsetl_run(raw, warehouse)
    assert done.returncode == 0, done.stderr[-3000:]
    return warehouse


def test_a_reader_connected_during_a_run_keeps_its_data_and_a_new_session_sees_the_new_day(two_days, tmp_path):
    reader = duckdb.connect(str(two_days), read_only=True)
    before = snapshot(reader)
    assert [str(d) for d in before["days"][0][0]] == list(FIRST_DAYS)
    files_before = {f for (f,) in reader.execute("select file from meta.partitions").fetchall()}

    env = {**os.environ, "DO_NOT_TRACK": "1"}
    # The run's output goes to a file: an unread pipe fills up and blocks the run mid-write.
    log = tmp_path / "run.log"
    with log.open("w") as out:
        run = subprocess.Popen([str(BIN / "newsetl"), "run", "--raw-dir", str(SAMPLE_RAW), "--warehouse", str(two_days)],
                               stdout=out, stderr=subprocess.STDOUT, text=True, env=env)
    reads = 0
    while run.poll() is None:  # the analyst keeps querying while the run loads, builds and publishes
        assert snapshot(reader) == before
        reads += 1
        time.sleep(0.2)
    run.wait()
    stderr = log.read_text()
    assert run.returncode == 0, stderr[-3000:]
    assert reads > 5
    assert snapshot(reader) == before  # after the swap too: the session's catalog and files are unchanged

    # A new session (a new process, as an analyst opening the warehouse again) sees the new day.
    fresh = subprocess.run([str(BIN / "newsetl"), "sql", "--csv", "--warehouse", str(two_days),
                            "select cast(max(ingest_date) as varchar) as last_day, count(*) as n "
                            "from marts.dim_articles"], capture_output=True, text=True, env=env)
    assert fresh.returncode == 0, fresh.stderr
    assert fresh.stdout.splitlines()[1] == f"{NEW_DAY},11"
    reader.close()
    with duckdb.connect(str(two_days), read_only=True) as con:
        after = snapshot(con)
        files_after = {f for (f,) in con.execute("select file from meta.partitions").fetchall()}
    assert after["days"][0][0][-1].isoformat() == NEW_DAY
    assert after["articles"][0][0] > before["articles"][0][0]
    # Only what changed was written: the first days' fact files are the same files as before.
    unchanged = {f for f in files_before & files_after if "/marts.fct_mentions/" in f}
    assert {Path(f).parent.name for f in unchanged} == {f"ingest_date={d}" for d in FIRST_DAYS}
    assert "publish" in stderr and "reused" in stderr


def test_a_failed_run_leaves_the_published_warehouse_byte_for_byte(two_days, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(two_days.parent, copy)
    warehouse = copy / two_days.name
    before, files_before = sha256(warehouse), listing(published_dir(warehouse))
    env = {**os.environ, "DO_NOT_TRACK": "1", "NEWSETL_QUALITY_MIN_SHARE_ARTICLES_WITH_MENTION": "1.01"}
    done = subprocess.run([str(BIN / "newsetl"), "run", "--raw-dir", str(SAMPLE_RAW), "--warehouse", str(warehouse)],
                          capture_output=True, text=True, env=env, timeout=1200)
    assert done.returncode != 0
    assert "check_marts" in done.stderr
    assert sha256(warehouse) == before
    assert listing(published_dir(warehouse)) == files_before
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from marts.dim_articles").fetchone()[0] > 0
