"""The bench's own machinery: a deterministic generator, gold that matches its text, a scorer that
follows the evaluation rules, and `newsetl bench --quick`. No timings are asserted here."""
from __future__ import annotations

import csv
import html
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from newsetl.bench import scoring
from newsetl.bench.generator import CorpusSpec, generate, plan_day, read_gold, tree_digest
from newsetl.bench.report import REPORT_KEYS, SCORE_KEYS, SIZE_KEYS, STAGE_KEYS
from newsetl.bench.runner import DAY_STAGES
from newsetl.bench.stories import TYPICAL_PRICE
from newsetl.bench.vocabulary import COMMODITY_UNITS, DEFAULT_COMMODITIES, SECTOR_COMMODITIES
from newsetl.settings import PROJECT_ROOT, SEEDS_DIR

SPEC = CorpusSpec(seed=11, start=date(2025, 3, 3), days=2, per_day=120, gold_per_article=True)
SHARED_SCORE = PROJECT_ROOT.parent / "shared" / "eval" / "score.py"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    generate(folder, SPEC, workers=1)
    return folder


def test_same_seed_same_bytes(corpus, tmp_path):
    generate(tmp_path / "again", SPEC, workers=1)
    assert tree_digest(tmp_path / "again" / "raw") == tree_digest(corpus / "raw")
    assert tree_digest(tmp_path / "again" / "gold") == tree_digest(corpus / "gold")


def test_worker_processes_do_not_change_the_bytes(tmp_path):
    spec = CorpusSpec(seed=5, days=1, per_day=700)  # large enough for the process pool
    generate(tmp_path / "one", spec, workers=1)
    generate(tmp_path / "two", spec, workers=2)
    assert tree_digest(tmp_path / "one") == tree_digest(tmp_path / "two")


def test_another_seed_other_news(corpus, tmp_path):
    generate(tmp_path / "other", CorpusSpec(**{**SPEC.__dict__, "seed": 12}), workers=1)
    assert tree_digest(tmp_path / "other" / "raw") != tree_digest(corpus / "raw")


def test_every_format_duplicates_and_bad_records_are_there(corpus):
    manifest = json.loads((corpus / "corpus.json").read_text())
    assert manifest["articles"] == SPEC.per_day * SPEC.days
    for day in manifest["days"]:
        assert {"txt", "html", "json", "jsonl", "dup", "bad"} <= set(day["units"])
        assert day["records"]["duplicate"] > 0 and day["records"]["rejected"] > 0
    suffixes = {p.suffix for p in (corpus / "raw").rglob("*") if p.is_file()}
    assert {".txt", ".html", ".json", ".jsonl"} <= suffixes


def test_duplicates_are_byte_copies_of_an_earlier_file(corpus):
    for day in SPEC.dates():
        folder = corpus / "raw" / day.isoformat()
        for unit in plan_day(SPEC, day):
            if unit["kind"] != "dup":
                continue
            copy = next(folder.glob(f"{unit['pos']:06d}-*"))
            source = next(folder.glob(f"{unit['source']:06d}-*"))
            assert source.name < copy.name and source.read_bytes() == copy.read_bytes()


def _article_text(raw: Path, gold: dict) -> str:
    """The raw text a gold object was written from, decoded as a reader would."""
    data = (raw / gold["file"]).read_text(encoding="utf-8")
    if gold["file"].endswith(".jsonl"):
        record = json.loads(data.splitlines()[gold["record_index"]])
        return "\n".join(str(record.get(k) or "") for k in ("title", "description", "content"))
    if gold["file"].endswith(".json"):
        record = json.loads(data)
        return "\n".join(str(record.get(k) or "") for k in ("title", "description", "content"))
    return html.unescape(data)


def test_gold_is_grounded_in_the_text_and_covers_every_record(corpus):
    gold = read_gold(corpus / "gold")
    assert len(gold) == SPEC.per_day * SPEC.days
    raw = corpus / "raw"
    for item in gold:
        text = _article_text(raw, item)
        assert item["title"] in text
        for amount in item["amounts"]["required"]:
            assert amount["text"] in text, (item["file"], amount)
        for deal in item["deals"]["required"]:
            assert deal["text"] in text, (item["file"], deal["text"])
            assert deal["parties"] and all(isinstance(p, str) for p in deal["parties"])
        assert set(item["countries"]["required"]).isdisjoint(item["countries"]["optional"])
    ledger_files = set()
    for day in SPEC.dates():
        rows = [json.loads(line) for line in (corpus / "gold" / f"{day}.ledger.jsonl").open()]
        ledger_files |= {row["source_file"] for row in rows}
        assert sum(row["status"] == "loaded" for row in rows) == SPEC.per_day
    assert ledger_files == {p.relative_to(raw).as_posix() for p in raw.rglob("*") if p.is_file()}
    assert len(list((corpus / "gold" / "json").glob("*.json"))) == len(gold)


# --- The scorer: a warehouse that holds exactly the gold scores 1, a gap costs recall ----------


def _warehouse_from_gold(path: Path, gold: list[dict], drop_amounts: int = 0) -> None:
    """The contract's marts, holding exactly what the gold says (minus `drop_amounts` amounts)."""
    rows: dict[str, list[tuple]] = {name: [] for name in (
        "dim_articles", "dim_countries", "dim_companies", "dim_commodities", "fct_mentions", "fct_amounts",
        "fct_deals", "bridge_deal_parties", "bridge_deal_commodities")}
    dropped = 0

    def party(did: str, name: str) -> None:
        if len(name) == 2 and name.isupper():
            rows["dim_countries"].append((f"c{name}", name))
            rows["bridge_deal_parties"].append((did, "country", f"c{name}"))
        else:
            rows["dim_companies"].append((f"k{name}", name))
            rows["bridge_deal_parties"].append((did, "company", f"k{name}"))

    for n, g in enumerate(gold):
        aid = f"a{n}"
        rows["dim_articles"].append((aid, g["file"], g["title"], g["published_date"], g["publisher"]))
        for iso2 in g["countries"]["required"]:
            rows["dim_countries"].append((f"c{iso2}", iso2))
            rows["fct_mentions"].append((aid, "country", f"c{iso2}"))
        for kind, dim, prefix in (("company", "dim_companies", "k"), ("commodity", "dim_commodities", "m")):
            for c in g["companies" if kind == "company" else "commodities"]["required"]:
                rows[dim].append((f"{prefix}{c['name']}", c["name"]))
                rows["fct_mentions"].append((aid, kind, f"{prefix}{c['name']}"))
        for a in g["amounts"]["required"]:
            if dropped < drop_amounts:
                dropped += 1
                continue
            rows["fct_amounts"].append((aid, a["kind"], a["value"], a["unit"]))
        for d_n, d in enumerate(g["deals"]["required"]):
            did = f"{aid}-d{d_n}"
            rows["fct_deals"].append((did, aid, d["value"], d["currency"], d["text"]))
            for name in d["parties"]:
                party(did, name)
            for name in d["commodities"]:
                rows["dim_commodities"].append((f"m{name}", name))
                rows["bridge_deal_commodities"].append((did, f"m{name}"))
    columns = {
        "dim_articles": "article_id varchar, source_file varchar, title varchar, published_date date, publisher varchar",
        "dim_countries": "country_key varchar, iso2 varchar",
        "dim_companies": "company_key varchar, company_name varchar",
        "dim_commodities": "commodity_key varchar, commodity_name varchar",
        "fct_mentions": "article_id varchar, entity_type varchar, entity_key varchar",
        "fct_amounts": "article_id varchar, amount_kind varchar, value double, unit varchar",
        "fct_deals": "deal_id varchar, article_id varchar, value double, currency varchar, evidence_text varchar",
        "bridge_deal_parties": "deal_id varchar, party_type varchar, entity_key varchar",
        "bridge_deal_commodities": "deal_id varchar, commodity_key varchar",
    }
    with duckdb.connect(str(path)) as con:
        con.execute("create schema marts")
        for table, spec in columns.items():
            con.execute(f"create table marts.{table} ({spec})")
            values = sorted(set(rows[table])) if table.startswith("dim_") and table != "dim_articles" else rows[table]
            if values:
                names = [part.split()[0] for part in spec.split(", ")]
                batch = pa.table([list(column) for column in zip(*values)], names=names)  # noqa: F841 - read by SQL
                con.execute(f"insert into marts.{table} select * from batch")


def test_a_warehouse_holding_exactly_the_gold_scores_one(corpus, tmp_path):
    gold = read_gold(corpus / "gold")
    _warehouse_from_gold(tmp_path / "perfect.duckdb", gold)
    result = scoring.score(gold, tmp_path / "perfect.duckdb")
    assert all(result["fields"][f]["f1"] == 1.0 for f in scoring.FIELDS), result["fields"]
    assert result["documents"]["matched"] == len(gold) == result["documents"]["title"]


def test_missing_amounts_cost_recall_only(corpus, tmp_path):
    gold = read_gold(corpus / "gold")
    _warehouse_from_gold(tmp_path / "gaps.duckdb", gold, drop_amounts=5)
    amounts = scoring.score(gold, tmp_path / "gaps.duckdb")["fields"]["amounts"]
    assert amounts["fn"] == 5 and amounts["fp"] == 0 and amounts["precision"] == 1.0


@pytest.mark.shared
@pytest.mark.skipif(not SHARED_SCORE.exists(), reason="../shared/eval/score.py is not beside the project")
def test_the_bench_scorer_agrees_with_the_shared_one(corpus, tmp_path):
    gold = read_gold(corpus / "gold")
    _warehouse_from_gold(tmp_path / "gaps.duckdb", gold, drop_amounts=7)
    own = scoring.score(gold, tmp_path / "gaps.duckdb")
    done = subprocess.run([sys.executable, str(SHARED_SCORE), "--gold", str(corpus / "gold" / "json"),
                           "--warehouse", str(tmp_path / "gaps.duckdb"), "--json", str(tmp_path / "s.json")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    shared = json.loads((tmp_path / "s.json").read_text())["summary"]
    for field in scoring.FIELDS:
        assert {k: shared["fields"][field][k] for k in ("tp", "fp", "fn")} == \
               {k: own["fields"][field][k] for k in ("tp", "fp", "fn")}, field


# --- The command ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_bench_quick_writes_a_report_with_every_key(tmp_path):
    out = tmp_path / "report.json"
    done = subprocess.run([sys.executable, "-m", "newsetl.cli", "bench", "--quick", "--out", str(out),
                           "--work-dir", str(tmp_path / "work")], capture_output=True, text=True, timeout=1500)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(out.read_text())
    assert set(REPORT_KEYS) <= set(report)
    (size,) = report["sizes"]
    assert set(SIZE_KEYS) <= set(size)
    for stage in DAY_STAGES:
        assert set(STAGE_KEYS) <= set(size["stages"][stage]), stage
    assert set(SCORE_KEYS) <= set(size["scores"])
    assert size["scores"]["ledger"]["rows_actual"] == size["scores"]["ledger"]["rows_expected"] == size["records"]
    assert [run["history_days"] for run in report["incremental"]["runs"]] == [0, 1]
    assert {check["target"] for check in report["targets"]} and "== targets" in done.stdout
    assert not (tmp_path / "work" / "size-200").exists()  # removed after use without --keep


def test_every_commodity_the_generator_writes_about_is_one_of_the_seed():
    with (SEEDS_DIR / "commodities.csv").open(encoding="utf-8") as seed:
        names = {row["commodity_name"] for row in csv.DictReader(seed)}
    used = {*TYPICAL_PRICE, *COMMODITY_UNITS, *DEFAULT_COMMODITIES,
            *(name for sector in SECTOR_COMMODITIES.values() for name in sector)}
    assert used - names == set()
