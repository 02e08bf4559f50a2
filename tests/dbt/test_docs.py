"""The dbt project documents itself: a YAML per model, every column described, a docs block per
mart, and the tests the contract needs (keys, relationships, coded values, unit tests)."""
from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest
from dbt_helpers import DBT_PROJECT, settings_for, yaml_properties

from newsetl.extract import DEAL_TYPES

MODELS_DIR = DBT_PROJECT / "models"
MODEL_FILES = sorted(MODELS_DIR.rglob("*.sql"))
MARTS = sorted(p.stem for p in (MODELS_DIR / "marts").glob("*.sql"))
KEYS = {"dim_articles": "article_id", "dim_countries": "country_key", "dim_companies": "company_key",
        "dim_commodities": "commodity_key", "fct_amounts": "amount_id", "fct_deals": "deal_id"}
# (model, column) -> the dimension the column points at, per CONTRACT.md.
FOREIGN_KEYS = {
    ("fct_mentions", "article_id"): {"dim_articles"},
    ("fct_mentions", "entity_key"): {"dim_countries", "dim_companies", "dim_commodities"},
    ("fct_amounts", "article_id"): {"dim_articles"},
    ("fct_amounts", "commodity_key"): {"dim_commodities"},
    ("fct_deals", "article_id"): {"dim_articles"},
    ("bridge_deal_parties", "deal_id"): {"fct_deals"},
    ("bridge_deal_parties", "entity_key"): {"dim_countries", "dim_companies"},
    ("bridge_deal_commodities", "deal_id"): {"fct_deals"},
    ("bridge_deal_commodities", "commodity_key"): {"dim_commodities"},
}
CODED = {("fct_mentions", "entity_type"): {"country", "company", "commodity"},
         ("fct_amounts", "amount_kind"): {"money", "quantity", "percent"},
         ("ingest_ledger", "status"): {"loaded", "duplicate", "rejected"},
         ("bridge_deal_parties", "party_type"): {"country", "company"},
         ("fct_deals", "deal_type"): set(DEAL_TYPES)}
UNIT_TESTED = {"int_article_copies", "int_exchange_rate_periods", "int_amounts_converted", "int_deals_assembled",
               "int_companies_unioned", "dim_companies", "ingest_ledger"}


def properties(model: Path) -> dict:
    """The model's entry in the YAML file named after it, beside its SQL."""
    path = model.with_suffix(".yml")
    assert path.exists(), f"{model.relative_to(DBT_PROJECT)} has no {path.name}"
    entries = [m for m in yaml_properties(path).get("models", []) if m["name"] == model.stem]
    assert len(entries) == 1, f"{path.name} does not describe {model.stem}"
    return entries[0]


def columns_of(name: str) -> dict[str, dict]:
    model = next(p for p in MODEL_FILES if p.stem == name)
    return {c["name"]: c for c in properties(model)["columns"]}


def data_tests_of(column: dict) -> list[tuple[str, dict]]:
    """(test name, its arguments and config) for each data test of a column."""
    found = []
    for test in column.get("data_tests", []):
        if isinstance(test, str):
            found.append((test, {}))
        else:
            (name, spec), = test.items()
            found.append((name, spec or {}))
    return found


@pytest.mark.parametrize("model", MODEL_FILES, ids=lambda p: p.stem)
def test_every_model_has_its_own_yaml_with_a_description_and_described_columns(model):
    entry = properties(model)
    assert entry.get("description", "").strip(), model.stem
    assert entry.get("columns"), model.stem
    assert all(c.get("description", "").strip() for c in entry["columns"]), model.stem


def test_every_mart_is_described_by_a_docs_block_of_its_name_with_grain_and_lineage():
    blocks = {}
    for md in (DBT_PROJECT / "docs").glob("*.md"):
        for name, body in re.findall(r"{%\s*docs\s+(\w+)\s*%}(.*?){%\s*enddocs\s*%}", md.read_text(), re.S):
            blocks[name] = body
    for mart in MARTS:
        entry = properties(MODELS_DIR / "marts" / f"{mart}.sql")
        assert entry["description"].replace(" ", "") == "{{doc('%s')}}" % mart, mart
        assert "Grain:" in blocks[mart] and "Lineage:" in blocks[mart], mart
    assert "__overview__" in blocks and "incremental_facts" in blocks


@pytest.mark.parametrize("mart", sorted(KEYS))
def test_every_key_is_unique_and_not_null(mart):
    tests = dict(data_tests_of(columns_of(mart)[KEYS[mart]]))
    assert {"unique", "not_null"} <= set(tests), mart


@pytest.mark.parametrize(("model", "column"), sorted(FOREIGN_KEYS))
def test_every_fact_and_bridge_points_at_its_dimension(model, column):
    targets = {re.sub(r"ref\('(\w+)'\)", r"\1", spec["arguments"]["to"])
               for name, spec in data_tests_of(columns_of(model)[column]) if name == "relationships"}
    assert targets == FOREIGN_KEYS[(model, column)]


@pytest.mark.parametrize(("model", "column"), sorted(CODED))
def test_every_coded_column_has_its_accepted_values(model, column):
    accepted = [spec for name, spec in data_tests_of(columns_of(model)[column]) if name == "accepted_values"]
    assert len(accepted) == 1 and set(accepted[0]["arguments"]["values"]) == CODED[(model, column)]
    assert accepted[0].get("config", {}).get("severity", "error") == "error"


def test_the_resolution_and_assembly_logic_has_unit_tests():
    tested = set()
    for path in MODELS_DIR.rglob("*.yml"):
        tested |= {u["model"] for u in yaml_properties(path).get("unit_tests") or []}
    assert UNIT_TESTED <= tested


@pytest.mark.slow
def test_the_documented_columns_are_the_built_columns(sample_warehouse):
    """What the YAML lists is what DuckDB holds (the incremental pre-hook relies on it)."""
    work = settings_for(sample_warehouse).work_warehouse
    with duckdb.connect(str(work), read_only=True) as con:
        built = {}
        for schema, table, column in con.execute(
                "select table_schema, table_name, column_name from information_schema.columns "
                "where table_schema in ('staging', 'intermediate', 'marts')").fetchall():
            built.setdefault(table, set()).add(column)
    for model in MODEL_FILES:
        assert set(columns_of(model.stem)) == built[model.stem], model.stem
