"""Shared by the end-to-end tests: run the pipeline, read marts, fingerprint a warehouse."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import duckdb

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SAMPLE_RAW = PROJECT_ROOT / "include" / "sample_data" / "raw"
SAMPLE_GOLD = PROJECT_ROOT / "tests" / "fixtures" / "sample_gold"
SHARED = PROJECT_ROOT.parent / "shared"
BIN = Path(sys.executable).parent

# The tables and columns of ../shared/CONTRACT.md that analysts and the scorer rely on.
CONTRACT = {
    "dim_articles": {"article_id", "source_file", "title", "published_date", "publisher", "ingest_date"},
    "dim_countries": {"country_key", "iso2", "iso3", "country_name"},
    "dim_companies": {"company_key", "company_name", "country_iso2"},
    "dim_commodities": {"commodity_key", "commodity_name", "commodity_group"},
    "fct_mentions": {"article_id", "entity_type", "entity_key", "mention_count"},
    "fct_amounts": {"amount_id", "article_id", "amount_kind", "value", "unit", "value_usd", "raw_text",
                    "commodity_key"},
    "fct_deals": {"deal_id", "article_id", "deal_type", "announced_date", "value", "currency", "value_usd",
                  "quantity", "quantity_unit", "evidence_text"},
    "bridge_deal_parties": {"deal_id", "party_type", "entity_key"},
    "bridge_deal_commodities": {"deal_id", "commodity_key"},
    "ingest_ledger": {"source_file", "record_index", "status", "reason", "article_id", "ingest_date"},
}


def newsetl_run(raw_dir: Path, warehouse: Path, *extra: str) -> subprocess.CompletedProcess:
    """`newsetl run` as a user types it, in its own process."""
    env = {**os.environ, "DO_NOT_TRACK": "1"}
    return subprocess.run([str(BIN / "newsetl"), "run", "--raw-dir", str(raw_dir), "--warehouse", str(warehouse),
                           *extra], capture_output=True, text=True, env=env, timeout=1200)


def rows(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).fetchall()


def columns(warehouse: Path, table: str) -> set[str]:
    return {r[0] for r in rows(warehouse, "select column_name from information_schema.columns "
                                          f"where table_schema = 'marts' and table_name = '{table}'")}


def fingerprint(warehouse: Path) -> dict[str, str]:
    """A content hash of every contract mart: equal fingerprints mean the same rows and keys."""
    prints = {}
    for table, cols in CONTRACT.items():
        ordered = sorted(cols)
        data = rows(warehouse, f"select {', '.join(ordered)} from marts.{table}")
        lines = sorted(repr(r) for r in data)
        prints[table] = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    return prints
