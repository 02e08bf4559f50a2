"""`newsetl run`: every stage for the landing days of a folder, in this process."""
from __future__ import annotations

import argparse
import logging
from datetime import date, datetime, timezone
from pathlib import Path

from newsetl import pipeline, settings as settings_module

log = logging.getLogger("newsetl")


def resolve_days(raw_dir: Path, day: date | None) -> tuple[Path, list[date]]:
    """Which landing days a run covers, and the folder source paths are relative to.

    A folder of dated sub-folders: each of them (or only --date). A folder that is itself named
    by a date: that day, with paths relative to its parent. Loose files: --date, else today.
    """
    if pipeline.DATE_FOLDER.match(raw_dir.name) and not pipeline.landing_days(raw_dir):
        return raw_dir.parent, [day or date.fromisoformat(raw_dir.name)]
    if day is not None:
        return raw_dir, [day]
    days = pipeline.landing_days(raw_dir)
    if pipeline.has_loose_files(raw_dir):
        days.append(datetime.now(timezone.utc).date())
    return raw_dir, sorted(set(days))


def run(args: argparse.Namespace) -> int:
    base = settings_module.from_env()
    raw_dir, days = resolve_days(Path(args.raw_dir).resolve(), args.date)
    settings = base.with_paths(raw_dir=raw_dir, warehouse=Path(args.warehouse))
    if not raw_dir.is_dir():
        log.error("run: raw folder %s does not exist; pass --raw-dir with the landing folder", raw_dir)
        return 2
    log.info("run: %d landing day(s) from %s into %s", len(days), raw_dir, settings.warehouse)
    try:
        summary = pipeline.run(settings, days)
    except pipeline.StageError as error:
        log.error("run: %s", error)
        log.error("run: the published warehouse %s was left as it was; fix the cause and rerun "
                  "the same command (every stage is idempotent)", settings.warehouse)
        return 1
    for day in summary.days:
        log.info("run: %s %s", day.ingest_date, "no files landed" if day.empty else day.rows)
    log.info("run: published %s", summary.published)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("run", help="parse, extract, load, build and publish, in one process")
    parser.add_argument("--raw-dir", required=True, help="landing folder: dated sub-folders, or files")
    parser.add_argument("--warehouse", required=True, help="the published DuckDB file analysts open")
    parser.add_argument("--date", type=date.fromisoformat, help="only this landing day (YYYY-MM-DD)")
    parser.set_defaults(handler=run)
