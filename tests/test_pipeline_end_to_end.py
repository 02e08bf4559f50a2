"""`newsetl run` on the bundled sample data: every stage, the contract, known rows, re-runs."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from warehouse_helpers import (CONTRACT, SAMPLE_GOLD, SAMPLE_RAW, SHARED, columns, fingerprint, newsetl_run,
                               rows)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sample_warehouse(tmp_path_factory) -> Path:
    warehouse = tmp_path_factory.mktemp("sample") / "warehouse.duckdb"
    done = newsetl_run(SAMPLE_RAW, warehouse)
    assert done.returncode == 0, done.stderr[-3000:]
    return warehouse


def test_every_contract_table_has_its_columns(sample_warehouse):
    for table, required in CONTRACT.items():
        assert required <= columns(sample_warehouse, table), table


def test_every_raw_record_is_in_the_ledger_once(sample_warehouse):
    ledger = rows(sample_warehouse, "select source_file, record_index, status from marts.ingest_ledger")
    files = {p.relative_to(SAMPLE_RAW).as_posix() for p in SAMPLE_RAW.rglob("*") if p.is_file()}
    assert {f for f, _, _ in ledger} == files
    assert len(ledger) == len({(f, i) for f, i, _ in ledger})
    statuses = sorted(s for _, _, s in ledger)
    assert statuses.count("loaded") == 11
    assert statuses.count("duplicate") == 1
    assert statuses.count("rejected") == 2


def test_a_copy_delivered_on_a_later_day_is_a_duplicate_of_the_first(sample_warehouse):
    (status, reason), = rows(sample_warehouse, """
        select status, reason from marts.ingest_ledger
        where source_file = '2025-04-16/newsapi_industrialbrief_uk_stake_greystone_lithium.json'""")
    assert status == "duplicate"
    assert "2025-04-15/industrialbrief_uk_stake_greystone_lithium.html" in reason
    assert rows(sample_warehouse, "select count(*) from marts.dim_articles")[0][0] == 11


def test_rejected_records_say_why(sample_warehouse):
    rejected = dict(rows(sample_warehouse, """
        select source_file || coalesce(':' || record_index, ''), reason
        from marts.ingest_ledger where status = 'rejected'"""))
    assert "empty" in rejected["2025-04-15/metalsledger_scrape_0415_02.txt"]
    assert "JSON" in rejected["2025-04-15/newsapi_batch_energy_minerals.jsonl:2"]


def test_articles_match_their_gold_title_date_and_publisher(sample_warehouse):
    found = {(r[0], r[1]): r[2:] for r in rows(sample_warehouse, """
        select source_file, coalesce(record_index, -1), title, cast(published_date as varchar), publisher
        from marts.dim_articles""")}
    for gold_file in sorted(SAMPLE_GOLD.glob("*.json")):
        gold = json.loads(gold_file.read_text())
        matches = [v for (f, _), v in found.items() if f == gold["file"] and v[0].replace("’", "'")
                   == gold["title"].replace("’", "'")]
        assert matches, f"{gold_file.name}: no article titled {gold['title']!r}"
        _, published, publisher = matches[0]
        assert published == gold["published_date"], gold_file.name
        assert publisher == gold["publisher"], gold_file.name


def test_money_is_converted_to_usd_at_the_articles_date(sample_warehouse):
    (value, value_usd), = rows(sample_warehouse, """
        select a.value, a.value_usd from marts.fct_amounts a
        join marts.dim_articles d using (article_id)
        where a.unit = 'AUD' and a.value = 600e6""")
    assert 0.55 * value < value_usd < 0.75 * value  # A$ traded between US$0.60 and US$0.70 in 2025


def _folded(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", unicodedata.normalize("NFKD", name).encode("ascii", "ignore")
                           .decode().lower()).split())


def test_deals_have_parties_and_most_gold_deals_are_found_with_their_parties(sample_warehouse):
    assert rows(sample_warehouse, """
        select count(*) from marts.fct_deals d
        where not exists (select 1 from marts.bridge_deal_parties p where p.deal_id = d.deal_id)""")[0][0] == 0
    # Each deal's parties as folded names (companies) or ISO codes (governments), per source article.
    found: dict[tuple[str, str], list[set[str]]] = {}
    for source_file, title, parties in rows(sample_warehouse, """
            select a.source_file, a.title, list(coalesce(c.iso2, co.company_name))
            from marts.fct_deals d join marts.dim_articles a using (article_id)
            join marts.bridge_deal_parties p using (deal_id)
            left join marts.dim_countries c on p.entity_key = c.country_key
            left join marts.dim_companies co on p.entity_key = co.company_key
            group by d.deal_id, a.source_file, a.title"""):
        found.setdefault((source_file, _folded(title)), []).append({_folded(p) for p in parties if p})
    gold_deals = hits = 0
    for gold_file in sorted(SAMPLE_GOLD.glob("*.json")):
        gold = json.loads(gold_file.read_text())
        deals = found.get((gold["file"], _folded(gold["title"])), [])
        for deal in gold["deals"]["required"]:
            wanted = {_folded(p) for p in deal["parties"]}
            gold_deals += 1
            # A party's name may carry its legal suffix in the warehouse ("Corella Lithium Ltd").
            hits += any(all(any(name == w or name.startswith(w + " ") for name in parties) for w in wanted)
                        for parties in deals)
    assert gold_deals >= 20
    assert hits / gold_deals >= 0.7, f"{hits} of {gold_deals} gold deals found with all their parties"


def test_running_again_changes_nothing(sample_warehouse, tmp_path):
    again = tmp_path / "warehouse.duckdb"
    shutil.copytree(sample_warehouse.parent, tmp_path, dirs_exist_ok=True)
    before = fingerprint(again)
    done = newsetl_run(SAMPLE_RAW, again)
    assert done.returncode == 0, done.stderr[-3000:]
    assert fingerprint(again) == before


def test_one_day_at_a_time_gives_the_same_warehouse_as_all_at_once(sample_warehouse, tmp_path):
    warehouse = tmp_path / "warehouse.duckdb"
    for day in ("2025-04-16", "2025-04-14", "2025-04-15"):  # out of order, as a backfill may run
        done = newsetl_run(SAMPLE_RAW, warehouse, "--date", day)
        assert done.returncode == 0, done.stderr[-3000:]
    assert fingerprint(warehouse) == fingerprint(sample_warehouse)


def test_a_missing_raw_folder_fails_with_a_message(tmp_path):
    done = newsetl_run(tmp_path / "nowhere", tmp_path / "warehouse.duckdb")
    assert done.returncode != 0
    assert "does not exist" in done.stderr


@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared is not beside the project")
def test_the_scorer_reads_the_warehouse_built_from_the_dev_set(tmp_path):
    warehouse = tmp_path / "dev.duckdb"
    done = newsetl_run(SHARED / "eval" / "dev" / "raw", warehouse)
    assert done.returncode == 0, done.stderr[-3000:]
    scored = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold",
                             str(SHARED / "eval" / "dev" / "gold"), "--warehouse", str(warehouse),
                             "--json", str(tmp_path / "score.json")], capture_output=True, text=True)
    assert scored.returncode == 0, scored.stderr
    print(scored.stdout)
    summary = json.loads((tmp_path / "score.json").read_text())["summary"]
    documents = summary["documents"]
    assert documents["title"] == documents["published_date"] == documents["publisher"] == documents["articles"]
