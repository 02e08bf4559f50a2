"""The analyst queries of dbt_project/analyses compile, run on the sample warehouse and answer."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from dbt_helpers import ANALYSES, DBT_PROJECT, settings_for, yaml_properties

from newsetl import transform

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def compiled(sample_warehouse: Path) -> dict[str, str]:
    """Every analysis compiled by dbt against the sample warehouse (one dbt process for all)."""
    settings = settings_for(sample_warehouse)
    transform.run_dbt(settings, "compile", "--select", *ANALYSES)
    folder = settings.dbt_target_dir / "compiled" / "newsetl" / "analyses"
    return {name: (folder / f"{name}.sql").read_text(encoding="utf-8") for name in ANALYSES}


def test_the_four_questions_are_there():
    assert set(ANALYSES) == {"deals_by_country_pair_and_month", "top_companies_per_commodity",
                             "contracted_quantities_per_year", "countries_with_china_in_critical_minerals"}


@pytest.mark.parametrize("name", ANALYSES)
def test_an_analysis_runs_read_only_on_the_published_warehouse_and_returns_rows(compiled, sample_warehouse, name):
    with duckdb.connect(str(sample_warehouse), read_only=True) as con:
        result = con.execute(compiled[name])
        columns = [d[0] for d in result.description]
        rows = result.fetchall()
    assert rows, f"{name} returned no rows on the sample warehouse"
    documented = {a["name"]: a for a in yaml_properties(DBT_PROJECT / "analyses" / "_analyses.yml")["analyses"]}
    assert columns == [c["name"] for c in documented[name]["columns"]], name


def test_each_analysis_has_an_exposure_of_its_name():
    exposures = yaml_properties(DBT_PROJECT / "models" / "exposures.yml")["exposures"]
    assert {e["name"] for e in exposures} == set(ANALYSES)


def test_china_is_not_its_own_partner_and_co_parties_are_a_subset_of_stories(compiled, sample_warehouse):
    with duckdb.connect(str(sample_warehouse), read_only=True) as con:
        rows = con.execute(compiled["countries_with_china_in_critical_minerals"]).fetchall()
    assert "CN" not in {r[0] for r in rows}
    assert all(as_party <= in_stories for _, _, as_party, in_stories in rows)
