"""The SQL of README.md's "Analyst's guide" runs on a warehouse published from the sample data."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from warehouse_helpers import PROJECT_ROOT, SAMPLE_RAW, newsetl_run, rows

pytestmark = pytest.mark.slow

SECTION = "## Analyst's guide"


def guide_queries() -> list[str]:
    """Every ```sql block of the section, from its heading to the next `## ` heading."""
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index(f"\n{SECTION}\n")
    end = readme.find("\n## ", start + 1)
    section = readme[start:] if end == -1 else readme[start:end]
    return re.findall(r"^```sql\n(.*?)^```$", section, flags=re.S | re.M)


QUERIES = guide_queries()


def test_the_guide_asks_five_questions():
    assert len(QUERIES) == 5


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    published = tmp_path_factory.mktemp("analyst_guide") / "warehouse.duckdb"
    result = newsetl_run(SAMPLE_RAW, published)
    assert result.returncode == 0, result.stderr[-4000:]
    return published


@pytest.mark.parametrize("sql", QUERIES, ids=[f"question_{i}" for i in range(1, len(QUERIES) + 1)])
def test_a_guide_query_answers_on_the_sample_warehouse(warehouse, sql):
    assert rows(warehouse, sql), f"no rows for:\n{sql}"
