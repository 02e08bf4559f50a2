"""The committed gx/ context: in step with suites.py, and never written to by a check."""
from __future__ import annotations

import shutil
from pathlib import Path

from quality_builders import DAY, good_batch, settings, write_batch  # noqa: F401 (fixtures)

from newsetl.quality import check_batch
from newsetl.quality.context import open_context, stale_definitions, sync_definitions
from newsetl.settings import GX_DIR


def _committed_files(gx_dir: Path) -> dict[str, bytes]:
    """Everything under gx/ but GE's ignored scratch folder."""
    return {str(path.relative_to(gx_dir)): path.read_bytes() for path in sorted(gx_dir.rglob("*"))
            if path.is_file() and path.relative_to(gx_dir).parts[0] != "uncommitted"}


def test_the_committed_context_matches_the_suites_in_code(tmp_path):
    # If this fails: run `.venv/bin/python -m newsetl.quality` and commit gx/.
    assert stale_definitions(open_context(tmp_path / "quality")) == []


def test_the_context_keeps_analytics_and_progress_bars_off(tmp_path):
    context = open_context(tmp_path / "quality")

    assert context.variables.config.analytics_enabled is False
    assert context.variables.progress_bars == {"globally": False, "metric_calculations": False}


def test_a_check_writes_its_results_beside_the_warehouse_and_nothing_under_gx(settings):
    before = _committed_files(GX_DIR)
    write_batch(settings, good_batch())
    report = check_batch(settings, DAY)

    assert _committed_files(GX_DIR) == before
    assert report.results_path.is_relative_to(settings.quality_dir)
    assert (settings.quality_dir / "validations").is_dir()  # GE's store, rendered into Data Docs
    assert any((settings.quality_dir / "data_docs" / "validations" / "raw_articles").rglob("*.html"))


def test_sync_saves_only_what_differs_from_the_code(tmp_path):
    gx_dir = tmp_path / "gx"
    shutil.copytree(GX_DIR, gx_dir, ignore=shutil.ignore_patterns("uncommitted"))
    (gx_dir / "expectations" / "raw_volume.json").unlink()
    untouched = (gx_dir / "expectations" / "raw_articles.json").stat().st_mtime_ns

    context = open_context(tmp_path / "quality", gx_dir)
    assert sync_definitions(context) == ["suite raw_volume", "validation definition raw_volume"]

    reopened = open_context(tmp_path / "quality", gx_dir)
    assert stale_definitions(reopened) == []
    assert sync_definitions(reopened) == []
    assert (gx_dir / "expectations" / "raw_articles.json").stat().st_mtime_ns == untouched
