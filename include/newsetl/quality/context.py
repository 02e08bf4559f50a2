"""The repository's Great Expectations file data context (`gx/`), opened for one warehouse.

What belongs to the project lives in `gx/` and is committed: the suites (generated from
suites.py), one pandas data asset and one validation definition per suite. What belongs to a
warehouse, its validation results and Data Docs, goes under that warehouse's
`Settings.quality_dir`: great_expectations.yml points those stores at `${NEWSETL_QUALITY_DIR}`,
which is filled in here through GE's runtime environment, so a check never writes into the git
working tree (GE's own scratch files stay in the ignored `gx/uncommitted/`).

`sync_definitions` saves what differs from the code and nothing else, so opening and syncing a
context that is up to date writes no file under `gx/`.
"""
from __future__ import annotations

from pathlib import Path

import great_expectations as gx
from great_expectations.compatibility.pydantic import ValidationError
from great_expectations.core.expectation_suite import ExpectationSuite
from great_expectations.core.run_identifier import RunIdentifier
from great_expectations.data_context import FileDataContext
from great_expectations.data_context.types.resource_identifiers import (
    ExpectationSuiteIdentifier,
    ValidationResultIdentifier,
)
from great_expectations.exceptions import DataContextError

from newsetl.quality.suites import ALL_SUITES, SuiteSpec
from newsetl.settings import GX_DIR

QUALITY_DIR_VARIABLE = "NEWSETL_QUALITY_DIR"  # substituted in great_expectations.yml
DATASOURCE_NAME = "newsetl_frames"
BATCH_DEFINITION_NAME = "whole_frame"
DATA_DOCS_SITE_NAME = "newsetl"
# What a suite of suites.py needs in the context.
DATA_ASSET, SUITE, VALIDATION_DEFINITION = "data asset", "suite", "validation definition"


def open_context(quality_dir: Path, gx_dir: Path = GX_DIR) -> FileDataContext:
    """The file context in `gx_dir`, its results and Data Docs stores under `quality_dir`."""
    return gx.get_context(
        mode="file",
        context_root_dir=gx_dir,
        runtime_environment={QUALITY_DIR_VARIABLE: str(quality_dir.resolve())},
    )


def data_docs_index(quality_dir: Path) -> Path:
    """Where the Data Docs site of a warehouse starts (base_directory in great_expectations.yml)."""
    return quality_dir / "data_docs" / "index.html"


# --- Keeping gx/ in step with suites.py ---------------------------------------------------------


def _expectation_configs(suite: ExpectationSuite) -> list[dict]:
    """The expectations as saved, without the ids GE assigns on save."""
    configs = []
    for expectation in suite.expectations:
        config = expectation.configuration.to_json_dict()
        config.pop("id", None)
        configs.append(config)
    return configs


def _suite_is_current(context: FileDataContext, spec: SuiteSpec) -> bool:
    try:
        stored = context.suites.get(spec.name)
    except DataContextError:
        return False
    return _expectation_configs(stored) == _expectation_configs(spec.build())


def _batch_definition_exists(context: FileDataContext, spec: SuiteSpec) -> bool:
    try:
        context.data_sources.get(DATASOURCE_NAME).get_asset(spec.name).get_batch_definition(
            BATCH_DEFINITION_NAME)
    except (KeyError, LookupError):
        return False
    return True


def _validation_definition_is_current(context: FileDataContext, spec: SuiteSpec) -> bool:
    try:
        context.validation_definitions.get(spec.name)
    except (DataContextError, ValidationError):  # missing, or refers to a suite or asset re-created since
        return False
    return True


def _replace_validation_definition(context: FileDataContext, spec: SuiteSpec) -> None:
    # Through the store: the factory's delete loads the definition first, which fails when
    # its references are stale.
    store = context.validation_definition_store
    key = store.get_key(name=spec.name)
    if store.has_key(key):
        store.remove_key(key)
    batch_definition = (context.data_sources.get(DATASOURCE_NAME).get_asset(spec.name)
                        .get_batch_definition(BATCH_DEFINITION_NAME))
    context.validation_definitions.add(gx.ValidationDefinition(
        name=spec.name, data=batch_definition, suite=context.suites.get(spec.name)))


def _stale_parts(context: FileDataContext, spec: SuiteSpec) -> list[str]:
    parts = []
    if not _batch_definition_exists(context, spec):
        parts.append(DATA_ASSET)
    if not _suite_is_current(context, spec):
        parts.append(SUITE)
    if not _validation_definition_is_current(context, spec):
        parts.append(VALIDATION_DEFINITION)
    return parts


def stale_definitions(context: FileDataContext) -> list[str]:
    """What in the context differs from suites.py, e.g. "suite raw_articles" (empty: up to date)."""
    return [f"{part} {spec.name}" for spec in ALL_SUITES for part in _stale_parts(context, spec)]


def _ensure_batch_definition(context: FileDataContext, spec: SuiteSpec) -> None:
    try:
        datasource = context.data_sources.get(DATASOURCE_NAME)
    except KeyError:
        datasource = context.data_sources.add_pandas(DATASOURCE_NAME)
    try:
        asset = datasource.get_asset(spec.name)
    except LookupError:
        asset = datasource.add_dataframe_asset(spec.name)
    try:
        asset.get_batch_definition(BATCH_DEFINITION_NAME)
    except KeyError:
        asset.add_batch_definition_whole_dataframe(BATCH_DEFINITION_NAME)


def sync_definitions(context: FileDataContext) -> list[str]:
    """Save into the context whatever differs from suites.py; returns what was saved."""
    saved = []
    for spec in ALL_SUITES:
        parts = _stale_parts(context, spec)
        if DATA_ASSET in parts:
            _ensure_batch_definition(context, spec)
        if SUITE in parts:
            # add_or_update keeps the suite's id, so its validation definition stays valid.
            context.suites.add_or_update(spec.build())
        if VALIDATION_DEFINITION in parts:
            _replace_validation_definition(context, spec)
        saved.extend(f"{part} {spec.name}" for part in parts)
    return saved


# --- Data Docs ---------------------------------------------------------------------------------


def build_data_docs(context: FileDataContext, run_id: RunIdentifier, suite_names: list[str],
                    quality_dir: Path) -> Path:
    """Render this run's validation results and its suites, and the index; returns index.html.

    Only this run's pages are rendered (GE would otherwise re-render every stored result on
    every check, which grows with the warehouse's history); the index lists them all.
    """
    run_key = run_id.to_tuple()
    results = [key for key in context.validation_results_store.list_keys()
               if isinstance(key, ValidationResultIdentifier) and key.run_id.to_tuple() == run_key]
    suites = [ExpectationSuiteIdentifier(name=name) for name in suite_names]
    context.build_data_docs(site_names=[DATA_DOCS_SITE_NAME], resource_identifiers=[*suites, *results])
    return data_docs_index(quality_dir)
