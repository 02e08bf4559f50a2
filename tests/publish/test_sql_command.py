"""`newsetl sql`: one query printed as a table, the interactive shell, and read-only always."""
from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import duckdb
import pytest
from publish_helpers import add_day, make_work, sha256
from warehouse_helpers import BIN

from newsetl import publish as publishing
from newsetl.commands import sql as sql_command


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("sql")
    published = folder / "warehouse.duckdb"
    publishing.publish(make_work(folder / "warehouse.work.duckdb"), published)
    return published


def newsetl_sql(*args: str, env: dict | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "newsetl"), "sql", *args], capture_output=True, text=True, input=stdin,
                          env={**os.environ, "NEWSETL_SQL_SHELL": "builtin", **(env or {})}, timeout=120)


def test_a_query_prints_a_table(warehouse):
    done = newsetl_sql("select iso2, country_key from marts.dim_countries order by iso2", "--warehouse",
                       str(warehouse))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "iso2  country_key",
        "----  -----------",
        "AU    k-au       ",
        "JP    k-jp       ",
        "(2 rows)",
    ]


def test_the_warehouse_comes_from_the_environment_and_csv_is_available(warehouse, tmp_path):
    done = newsetl_sql("--csv", "select count(*) as deals from marts.fct_deals", env={
        "NEWSETL_WAREHOUSE": str(warehouse)})
    assert done.returncode == 0, done.stderr
    assert done.stdout == "deals\n2\n"
    from_stdin = newsetl_sql("-", "--warehouse", str(warehouse), stdin="select 41 + 1 as answer;")
    assert from_stdin.stdout.splitlines()[2].strip() == "42"


@pytest.mark.parametrize("statement", [
    "create table marts.notes (a int)",
    "insert into meta.partitions select * from meta.partitions",
    "drop view marts.fct_deals",
    "create or replace view marts.fct_deals as select 1 as deal_id",
])
def test_writes_are_refused(warehouse, statement):
    before = sha256(warehouse)
    done = newsetl_sql(statement, "--warehouse", str(warehouse))
    assert done.returncode == 1
    assert "read-only" in done.stderr
    assert sha256(warehouse) == before


def test_a_missing_warehouse_is_named(tmp_path):
    done = newsetl_sql("select 1", "--warehouse", str(tmp_path / "nowhere.duckdb"))
    assert done.returncode == 2
    assert "no published warehouse" in done.stderr and "nowhere.duckdb" in done.stderr


def test_the_interactive_shell_reads_statements_and_dot_commands(warehouse):
    script = "\n".join([
        ".tables",
        "select article_id,",
        "       title",
        "from marts.dim_articles where ingest_date = '2025-04-15' order by 1;",
        ".describe fct_deals",
        "delete from meta.partitions;",
        ".mode csv",
        "select count(*) as n from marts.fct_deals;",
        ".quit",
        "select 'not reached';",
    ])
    done = newsetl_sql("--warehouse", str(warehouse), stdin=script)
    out = done.stdout
    assert "fct_deals" in out and "bridge_deal_parties" in out  # .tables
    assert "a-2025-04-15-1" in out and "Deal news of 2025-04-15" in out
    assert "DECIMAL(18,2)" in out  # .describe
    assert "read-only" in out  # the delete was refused
    assert "n\n2\n" in out
    assert "not reached" not in out
    assert done.returncode == 1  # a statement failed: scripts can tell


def test_a_session_keeps_its_data_until_reopen(tmp_path):
    work = make_work(tmp_path / "warehouse.work.duckdb")
    published = tmp_path / "warehouse.duckdb"
    publishing.publish(work, published)
    out = io.StringIO()
    session = sql_command.Session(published, out)
    with duckdb.connect(str(work)) as con:
        add_day(con, "2025-04-16")
    publishing.publish(work, published)
    session.command(".mode csv")
    session.execute("select count(*) as n from marts.dim_articles;")
    assert out.getvalue().endswith("n\n4\n")
    assert "a newer publish is available" in out.getvalue()
    session.command(".reopen")
    session.execute("select count(*) as n from marts.dim_articles;")
    assert out.getvalue().endswith("n\n6\n")
    session.con.close()
