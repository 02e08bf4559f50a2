"""`dbt build` on the bundled sample day passes every data test cleanly: no test warns.

A `warn` test that fires on clean sample data is a defect nobody sees (the run still succeeds):
a seed row outside a column's accepted values, say. dbt appends one summary line per build to
the log in the run's target folder; each must count no warning and no error.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from dbt_helpers import settings_for

pytestmark = pytest.mark.slow

_SUMMARY = re.compile(r"Done\. PASS=(?P<passed>\d+) WARN=(?P<warned>\d+) ERROR=(?P<errors>\d+)")


def test_the_sample_day_builds_with_no_warning_and_no_error(sample_warehouse: Path):
    log = (settings_for(sample_warehouse).dbt_target_dir / "logs" / "dbt.log").read_text(encoding="utf-8")
    summaries = [m.groupdict() for m in _SUMMARY.finditer(log)]
    assert summaries, "no dbt build summary in the run's dbt log"
    warned = [line for line in log.splitlines() if re.search(r"\bWARN \d+ ", line)]
    for summary in summaries:
        assert int(summary["passed"]) > 0
        assert (summary["warned"], summary["errors"]) == ("0", "0"), "\n".join(warned)
