"""The two checks the pipeline runs: the raw contract on a day's batch, and the marts.

Each check validates its frames (frames.py) against the suites of the repository's context,
keeps the results of the run as one JSON file under `quality_dir/results/`, renders the run into
the warehouse's Data Docs, logs each warning, and raises QualityError when an expectation of
severity critical failed, naming the suite, the expectation, the column and a few offending rows.
"""
from __future__ import annotations

import json
import logging
import math
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

import duckdb
import pandas as pd
from great_expectations.core.expectation_validation_result import (
    ExpectationSuiteValidationResult,
    ExpectationValidationResult,
)
from great_expectations.core.run_identifier import RunIdentifier
from great_expectations.data_context import FileDataContext

from newsetl import lake
from newsetl.quality import frames
from newsetl.quality.context import build_data_docs, open_context, sync_definitions
from newsetl.quality.suites import (
    CRITICAL,
    MARTS,
    MARTS_COVERAGE,
    MARTS_SCHEMA,
    MARTS_SUITES,
    RAW_CONTRACT,
    RAW_CONTRACT_SUITES,
    RAW_SCHEMA,
    WARNING,
    SuiteSpec,
    coverage_parameters,
)
from newsetl.settings import Settings

log = logging.getLogger(__name__)

OFFENDING_ROWS_KEPT = 20  # per expectation, in the results and Data Docs
OFFENDING_ROWS_SHOWN = 5  # per expectation, in messages
MAX_VALUE_CHARS = 80  # a long title or evidence sentence is cut in messages


@dataclass(frozen=True)
class QualityReport:
    """What one check found. `success` is False only when a critical expectation failed."""

    check: str  # "raw_contract" or "marts"
    success: bool
    suite_names: list[str]
    critical_failures: int
    warnings: int
    critical_messages: list[str]
    warning_messages: list[str]
    results_path: Path  # this run's validation results (JSON)
    data_docs_index: Path
    ingest_date: date | None = None  # the batch's day; None for the marts


class QualityError(RuntimeError):
    """A critical expectation failed (or there was nothing valid to check): do not load or publish."""

    def __init__(self, message: str, report: QualityReport | None = None):
        super().__init__(message)
        self.report = report


@dataclass(frozen=True)
class _Finding:
    severity: str
    message: str


@dataclass
class _Run:
    """One check in progress: its id in GE and the results of the suites run so far."""

    check: str
    context: FileDataContext
    ingest_date: date | None
    run_id: RunIdentifier = field(init=False)
    results: dict[str, ExpectationSuiteValidationResult] = field(default_factory=dict)

    def __post_init__(self) -> None:
        name = self.check if self.ingest_date is None else f"{self.check}_{self.ingest_date.isoformat()}"
        self.run_id = RunIdentifier(run_name=name, run_time=datetime.now(timezone.utc))

    def validate(self, spec: SuiteSpec, frame: pd.DataFrame, parameters: dict | None = None) -> None:
        result_format = {
            "result_format": "SUMMARY",
            "partial_unexpected_count": OFFENDING_ROWS_KEPT,
            "unexpected_index_column_names": list(spec.index_columns),
            "return_unexpected_index_query": False,
        }
        definition = self.context.validation_definitions.get(spec.name)
        self.results[spec.name] = definition.run(batch_parameters={"dataframe": frame},
                                                 expectation_parameters=parameters,
                                                 result_format=result_format, run_id=self.run_id)

    def has_critical_failure(self) -> bool:
        return any(finding.severity == CRITICAL for finding in self.findings())

    def findings(self) -> list[_Finding]:
        return [_Finding(_severity(outcome), f"{suite}: {_describe(outcome)}")
                for suite, suite_result in self.results.items()
                for outcome in suite_result.results if not outcome.success]


def _severity(result: ExpectationValidationResult) -> str:
    severity = result.expectation_config.severity
    return str(getattr(severity, "value", severity))


# --- Messages -------------------------------------------------------------------------------


def _value(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "null"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # record_index comes back as a float next to nulls
    text = str(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[:MAX_VALUE_CHARS - 1] + "…"


def expectation_label(expectation_type: str, kwargs: dict) -> str:
    """`expect_x(column where status == 'loaded')`: how messages name an expectation."""
    if "column" in kwargs:
        target = kwargs["column"]
    elif "column_list" in kwargs:
        target = ", ".join(kwargs["column_list"])
    else:
        target = ", ".join(str(kwargs[k]) for k in ("column_A", "column_B") if k in kwargs)
    condition = kwargs.get("row_condition")
    if isinstance(condition, dict) and "column" in condition:
        target += f" where {condition['column']['name']} {condition['operator']} {condition['parameter']!r}"
    return f"{expectation_type}({target})"


def _describe(result: ExpectationValidationResult) -> str:
    """`expect_x(column where ...) [severity]: 2 of 10 rows, e.g. article_id=..., ...`"""
    config = result.expectation_config
    bounds = {k: config.kwargs[k] for k in ("min_value", "max_value") if config.kwargs.get(k) is not None}
    allowed = f" {bounds}" if bounds else ""
    head = f"{expectation_label(config.type, config.kwargs)}{allowed} [{_severity(result)}]"
    if result.exception_info and result.exception_info.get("raised_exception"):
        return f"{head}: could not be evaluated: {result.exception_info.get('exception_message')}"
    outcome = result.result or {}
    if "unexpected_count" not in outcome:
        return f"{head}: observed {_value(outcome.get('observed_value'))}"
    rows = outcome.get("partial_unexpected_index_list") or [
        {"value": value} for value in outcome.get("partial_unexpected_list", [])]
    examples = "; ".join(", ".join(f"{name}={_value(value)}" for name, value in row.items())
                         for row in rows[:OFFENDING_ROWS_SHOWN])
    return (f"{head}: {outcome['unexpected_count']} of {outcome['element_count']} rows"
            + (f", e.g. {examples}" if examples else ""))


# --- Finishing a check --------------------------------------------------------------------------


def _results_path(settings: Settings, run: _Run) -> Path:
    stamp = run.run_id.run_time.strftime("%Y%m%dT%H%M%S%fZ")
    return settings.quality_dir / "results" / f"{stamp}_{run.run_id.run_name}.json"


def _finish(settings: Settings, run: _Run) -> QualityReport:
    """Keep the results, render the Data Docs, log the warnings; raise on a critical failure."""
    findings = run.findings()
    critical = [f.message for f in findings if f.severity == CRITICAL]
    warnings = [f.message for f in findings if f.severity == WARNING]
    results_path = _results_path(settings, run)
    results_path.parent.mkdir(parents=True, exist_ok=True)
    results_path.write_text(json.dumps({
        "check": run.check,
        "ingest_date": run.ingest_date.isoformat() if run.ingest_date else None,
        "run_name": run.run_id.run_name,
        "run_time": run.run_id.run_time.isoformat(),
        "success": not critical,
        "critical_messages": critical,
        "warning_messages": warnings,
        "suites": {name: result.to_json_dict() for name, result in run.results.items()},
    }, indent=2))
    docs_index = build_data_docs(run.context, run.run_id, list(run.results), settings.quality_dir)
    report = QualityReport(
        check=run.check, success=not critical, suite_names=list(run.results),
        critical_failures=len(critical), warnings=len(warnings), critical_messages=critical,
        warning_messages=warnings, results_path=results_path, data_docs_index=docs_index,
        ingest_date=run.ingest_date,
    )
    subject = run.check if run.ingest_date is None else f"{run.check} {run.ingest_date}"
    for message in warnings:
        log.warning("quality %s: warning: %s", subject, message)
    log.info("quality %s: %d suites, %d critical failures, %d warnings; results %s; data docs %s",
             subject, len(report.suite_names), len(critical), len(warnings), results_path, docs_index)
    if critical:
        raise QualityError(
            f"quality check {subject} failed: {len(critical)} critical expectation(s) not met:\n  - "
            + "\n  - ".join(critical) + f"\nresults: {results_path}\ndata docs: {docs_index}", report)
    return report


def _open(settings: Settings) -> FileDataContext:
    context = open_context(settings.quality_dir)
    saved = sync_definitions(context)
    if saved:
        log.info("quality: saved into the gx context: %s", ", ".join(saved))
    return context


# --- The two checks -----------------------------------------------------------------------------


def check_batch(settings: Settings, ingest_date: date) -> QualityReport:
    """The raw contract on the day's lake partition, before it loads into the warehouse."""
    if not lake.day_is_complete(settings.lake_dir, ingest_date):
        raise QualityError(f"quality check {RAW_CONTRACT} {ingest_date}: the lake has no complete batch "
                           f"for this day (no {lake.manifest_file(settings.lake_dir, ingest_date)})")
    run = _Run(RAW_CONTRACT, _open(settings), ingest_date)
    run.validate(RAW_SCHEMA, frames.raw_schema_frame(settings.lake_dir, ingest_date))
    # The other suites name columns the schema promises: judge them only on a conforming batch.
    if not run.has_critical_failure():
        batch = frames.raw_frames(settings.lake_dir, ingest_date)
        for spec in RAW_CONTRACT_SUITES:
            run.validate(spec, batch[spec.frame])
    return _finish(settings, run)


def check_marts(settings: Settings, ingest_dates: Collection[date] | None = None) -> QualityReport:
    """The marts of the work warehouse (schema `marts`), before they are published.

    Row by row, the marts are judged on the rows of `ingest_dates`, the days the run built (the
    rest were judged when their day was built); None judges every row. Keys are judged over the
    whole history whatever the days (frames.py).
    """
    if not settings.work_warehouse.exists():
        raise QualityError(f"quality check {MARTS}: no work warehouse at {settings.work_warehouse}")
    thresholds = coverage_parameters()  # a bad override fails here, before anything is validated
    run = _Run(MARTS, _open(settings), None)
    days = "every day" if ingest_dates is None else ", ".join(sorted({str(d) for d in ingest_dates}))
    log.info("quality %s: rows judged one by one on %s", MARTS, days or "no day")
    with duckdb.connect(str(settings.work_warehouse), read_only=True) as connection:
        run.validate(MARTS_SCHEMA, frames.marts_schema_frame(connection))
        if not run.has_critical_failure():
            marts = frames.mart_frames(connection, ingest_dates)
            for spec in MARTS_SUITES:
                run.validate(spec, marts[spec.frame], thresholds if spec is MARTS_COVERAGE else None)
    return _finish(settings, run)
