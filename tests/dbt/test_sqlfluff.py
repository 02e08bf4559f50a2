"""The SQL of the dbt project passes sqlfluff (dbt templater, DuckDB dialect; rules in dbt_project/.sqlfluff)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dbt_helpers import DBT_PROJECT

SQLFLUFF = Path(sys.executable).with_name("sqlfluff")
# Macros are not linted: the dbt templater renders only models, analyses and tests.
LINTED = ("models", "analyses", "tests")


def test_models_analyses_and_tests_have_no_sqlfluff_violations(tmp_path):
    # The dbt templater compiles the project, so it needs the profile's warehouse: a scratch file.
    env = {**os.environ, "NEWSETL_WORK_WAREHOUSE": str(tmp_path / "lint.duckdb"), "DO_NOT_TRACK": "1",
           "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    done = subprocess.run([str(SQLFLUFF), "lint", *LINTED, "--format", "github-annotation-native",
                           "--disable-progress-bar"],
                          cwd=DBT_PROJECT, env=env, capture_output=True, text=True, timeout=900)
    violations = [line for line in done.stdout.splitlines() if line.startswith("::")]
    assert done.returncode == 0 and not violations, "\n".join(violations) or done.stderr[-3000:]
    assert "templating/parsing errors" not in done.stderr, done.stderr[-3000:]
