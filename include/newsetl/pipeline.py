"""The stages of one run for one landing day, as plain functions of `Settings` and the day.

Each stage reads what the previous one wrote to disk and is idempotent, so the Airflow DAG can
run them as separate (retried, mapped) tasks and `newsetl run` can call them in order:

    plan_day -> parse_extract_shard (per shard) -> write_parquet -> check_batch -> load_day
    -> build_models -> check_marts -> publish
"""
from __future__ import annotations

import functools
import json
import logging
import os
import re
import shutil
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.ipc as ipc

from newsetl import lake
from newsetl.records import Article, Extraction, LedgerEntry, ParseResult
from newsetl.settings import SEEDS_DIR, Settings

log = logging.getLogger(__name__)

DATE_FOLDER = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SHARD_TARGET_BYTES = 8 * 1024 * 1024  # about 2,000 typical articles: a task's worth of work
SHARD_MAX_FILES = 2_000


class StageError(RuntimeError):
    """A stage failed; the message names the stage, the day and what to do."""

    def __init__(self, stage: str, message: str):
        super().__init__(f"stage {stage} failed: {message}")
        self.stage = stage


# --- Where a day's files are -------------------------------------------------------------


def landing_days(raw_dir: Path) -> list[date]:
    """Landing days present under `raw_dir`: its sub-folders named YYYY-MM-DD."""
    if not raw_dir.is_dir():
        return []
    return sorted(date.fromisoformat(p.name) for p in raw_dir.iterdir()
                  if p.is_dir() and not p.is_symlink() and DATE_FOLDER.match(p.name))


def has_loose_files(raw_dir: Path) -> bool:
    """True when files lie directly in `raw_dir` rather than in dated landing folders."""
    return raw_dir.is_dir() and any(not (p.is_dir() and DATE_FOLDER.match(p.name)) for p in raw_dir.iterdir())


def day_files(raw_dir: Path, ingest_date: date) -> list[Path]:
    """The files of one landing day: `raw_dir/D/**`, or, without that folder, loose files in raw_dir."""
    from newsetl.parse import iter_landing_files

    folder = raw_dir / ingest_date.isoformat()
    if folder.is_dir() and not folder.is_symlink():
        return iter_landing_files(folder)
    loose = iter_landing_files(raw_dir) if raw_dir.is_dir() else []
    return [p for p in loose if not DATE_FOLDER.match(p.relative_to(raw_dir).parts[0])]


# --- Stage 1: plan and parse + extract, per shard ------------------------------------------


def staging_dir(settings: Settings, ingest_date: date) -> Path:
    return settings.lake_dir / "_staging" / f"ingest_date={ingest_date.isoformat()}"


def _file_size(path: Path) -> int:
    try:
        return path.lstat().st_size
    except OSError:
        return 0


def plan_day(settings: Settings, ingest_date: date) -> int:
    """Split the day's files into shards of similar size; returns the number of shards (0: no files)."""
    files = day_files(settings.raw_dir, ingest_date)
    shards: list[list[str]] = []
    current: list[str] = []
    current_bytes = 0
    for path in files:
        current.append(path.relative_to(settings.raw_dir).as_posix())
        current_bytes += _file_size(path)
        if current_bytes >= SHARD_TARGET_BYTES or len(current) >= SHARD_MAX_FILES:
            shards.append(current)
            current, current_bytes = [], 0
    if current:
        shards.append(current)
    folder = staging_dir(settings, ingest_date)
    shutil.rmtree(folder, ignore_errors=True)  # shards of an earlier, interrupted attempt
    folder.mkdir(parents=True)
    (folder / "plan.json").write_text(json.dumps({"ingest_date": ingest_date.isoformat(), "shards": shards}))
    log.info("plan %s: %d files in %d shards", ingest_date, len(files), len(shards))
    return len(shards)


def _read_plan(settings: Settings, ingest_date: date) -> list[list[str]]:
    plan = staging_dir(settings, ingest_date) / "plan.json"
    if not plan.exists():
        raise StageError("parse", f"no plan for {ingest_date} at {plan}; run the plan stage first")
    return json.loads(plan.read_text())["shards"]


@functools.cache
def _extractor(seeds_dir: Path):
    from newsetl.extract import Extractor

    return Extractor.from_seeds(seeds_dir)


def parse_and_extract(settings: Settings, ingest_date: date, relative_paths: list[str]) -> tuple[
        ParseResult, Extraction]:
    """Parse the given files and extract every article they hold (pure but for reading files)."""
    from newsetl.parse import parse_file

    extractor = _extractor(SEEDS_DIR)
    articles: list[Article] = []
    ledger: list[LedgerEntry] = []
    extraction = Extraction()
    for relative in relative_paths:
        result = parse_file(settings.raw_dir, settings.raw_dir / relative, ingest_date,
                            max_file_bytes=settings.max_file_bytes, max_line_bytes=settings.max_line_bytes)
        ledger.extend(result.ledger)
        for article in result.articles:
            articles.append(article)
            found = extractor.extract(article)
            extraction.mentions.extend(found.mentions)
            extraction.amounts.extend(found.amounts)
            extraction.deals.extend(found.deals)
    return ParseResult(articles=articles, ledger=ledger), extraction


def _shard_file(settings: Settings, ingest_date: date, shard_index: int) -> Path:
    return staging_dir(settings, ingest_date) / f"shard-{shard_index:05d}.arrow"


def _tables(parsed: ParseResult, extraction: Extraction, ingest_date: date) -> dict[str, pa.Table]:
    return {
        "articles": lake.to_table("articles", parsed.articles, ingest_date),
        "ingest_ledger": lake.to_table("ingest_ledger", parsed.ledger, ingest_date),
        "mentions": lake.to_table("mentions", extraction.mentions, ingest_date),
        "amounts": lake.to_table("amounts", extraction.amounts, ingest_date),
        "deals": lake.to_table("deals", extraction.deals, ingest_date),
    }


def _write_shard(path: Path, tables: dict[str, pa.Table]) -> None:
    """One Arrow IPC file per shard and table, renamed into place when complete."""
    for name, table in tables.items():
        target = path.with_suffix(f".{name}.arrow")
        tmp = target.parent / f".{target.name}.tmp"
        with ipc.new_file(tmp, table.schema) as writer:
            writer.write_table(table)
        os.replace(tmp, target)
    path.touch()  # the shard marker, written last


def parse_extract_shard(settings: Settings, ingest_date: date, shard_index: int) -> dict[str, int]:
    """Stage 1 for one shard of the day's plan: parse, extract, write the shard's Arrow files."""
    shards = _read_plan(settings, ingest_date)
    parsed, extraction = parse_and_extract(settings, ingest_date, shards[shard_index])
    tables = _tables(parsed, extraction, ingest_date)
    _write_shard(_shard_file(settings, ingest_date, shard_index), tables)
    return {name: table.num_rows for name, table in tables.items()}


def parse_extract_day(settings: Settings, ingest_date: date, shard_count: int) -> None:
    """All shards of a day, on every core (parsing is independent per file)."""
    workers = min(settings.workers or os.cpu_count() or 1, shard_count)
    if workers <= 1:
        for index in range(shard_count):
            parse_extract_shard(settings, ingest_date, index)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(parse_extract_shard, [settings] * shard_count, [ingest_date] * shard_count,
                      range(shard_count)))


# --- Stage 2: one day's Parquet partition -------------------------------------------------


def _read_shard_table(settings: Settings, ingest_date: date, shard_index: int, table: str) -> pa.Table:
    path = _shard_file(settings, ingest_date, shard_index).with_suffix(f".{table}.arrow")
    with ipc.open_file(path) as reader:
        return reader.read_all()


def _records(cls, table: pa.Table) -> list:
    names = [f.name for f in fields(cls)]
    return [cls(**{name: row[name] for name in names}) for row in table.to_pylist()]


@dataclass(frozen=True)
class DayCounts:
    ingest_date: date
    rows: dict[str, int]

    @property
    def empty(self) -> bool:
        return self.rows.get("ingest_ledger", 0) == 0


def write_parquet(settings: Settings, ingest_date: date) -> DayCounts:
    """Stage 2: merge the day's shards, drop same-day duplicates, write the lake partition.

    Only the ledger goes through Python (deduplicate decides on its rows); the articles and the
    extracted rows stay Arrow tables, filtered and de-duplicated with Arrow compute. The tables
    are merged, written and freed one at a time, so memory follows the largest table of the day,
    not all of them together.
    """
    from newsetl.parse import deduplicate

    shards = _read_plan(settings, ingest_date)
    missing = [i for i in range(len(shards)) if not _shard_file(settings, ingest_date, i).exists()]
    if missing:
        raise StageError("parquet", f"{ingest_date}: shards {missing} were not parsed; rerun the parse tasks")
    if not shards:
        lake.drop_day(settings.lake_dir, ingest_date)
        shutil.rmtree(staging_dir(settings, ingest_date), ignore_errors=True)
        log.info("parquet %s: no files landed, nothing written", ingest_date)
        return DayCounts(ingest_date, {})

    def day_table(name: str) -> pa.Table:
        return pa.concat_tables([_read_shard_table(settings, ingest_date, i, name) for i in range(len(shards))])

    ledger = deduplicate([ParseResult(ledger=_records(LedgerEntry, day_table("ingest_ledger")))]).ledger
    lake.start_day(settings.lake_dir, ingest_date)
    counts = {"ingest_ledger": lake.write_table(settings.lake_dir, "ingest_ledger", ingest_date,
                                                lake.to_table("ingest_ledger", ledger, ingest_date))}
    articles = _first_copies(day_table("articles"), ledger)
    counts["articles"] = lake.write_table(settings.lake_dir, "articles", ingest_date, articles)
    kept = pa.compute.unique(articles["article_id"])
    del articles
    # A duplicate article has the same id, hence the same extracted rows: keep one copy of each.
    for name, key in (("mentions", ["article_id", "entity_type", "entity_ref"]),
                      ("amounts", ["amount_id"]), ("deals", ["deal_id"])):
        table = day_table(name)
        table = _distinct(table.filter(pa.compute.is_in(table["article_id"], value_set=kept)), key)
        counts[name] = lake.write_table(settings.lake_dir, name, ingest_date, table)
    counts = lake.finish_day(settings.lake_dir, ingest_date, counts)
    shutil.rmtree(staging_dir(settings, ingest_date), ignore_errors=True)
    log.info("parquet %s: %s", ingest_date, counts)
    return DayCounts(ingest_date, counts)


def _first_copies(articles: pa.Table, ledger: list[LedgerEntry]) -> pa.Table:
    """The articles deduplicate kept: the first 'loaded' record of each article_id, in ledger order."""
    row_of = {key: row for row, key in enumerate(zip(articles["source_file"].to_pylist(),
                                                     articles["record_index"].to_pylist()))}
    keep = [row_of[key] for key in ((r.source_file, r.record_index) for r in ledger
                                    if r.status == "loaded" and r.article_id is not None) if key in row_of]
    return articles.take(pa.array(keep, pa.int64()))


def _distinct(table: pa.Table, key: list[str]) -> pa.Table:
    """First row of each key, in a deterministic order (sorted by the key)."""
    rows = table.select(key).append_column("_row", pa.array(range(table.num_rows), pa.int64()))
    first = rows.group_by(key, use_threads=False).aggregate([("_row", "min")])["_row_min"]
    return table.take(first).sort_by([(name, "ascending") for name in key])


# --- Stages 3 to 7 -------------------------------------------------------------------------


def check_batch(settings: Settings, ingest_date: date):
    """Stage 3: the raw contract (Great Expectations) on the day's Parquet, before it loads."""
    from newsetl import quality

    if not lake.day_is_complete(settings.lake_dir, ingest_date):
        log.info("check_batch %s: no batch for this day, nothing to check", ingest_date)
        return None
    return quality.check_batch(settings, ingest_date)


def load_day(settings: Settings, ingest_date: date) -> dict[str, int]:
    """Stage 4: replace the day's rows of the warehouse's raw tables with the lake partition."""
    from newsetl import warehouse

    if not lake.day_is_complete(settings.lake_dir, ingest_date):
        warehouse.ensure_raw_tables(settings.work_warehouse)
        log.info("load %s: no batch for this day, nothing to load", ingest_date)
        return {}
    counts = warehouse.load_day(settings.lake_dir, settings.work_warehouse, ingest_date)
    log.info("load %s: %s", ingest_date, counts)
    return counts


def build_models(settings: Settings) -> None:
    """Stage 5: dbt build and dbt docs generate on the work warehouse."""
    from newsetl import transform, warehouse

    warehouse.ensure_raw_tables(settings.work_warehouse)
    transform.build_models(settings)


def check_marts(settings: Settings, ingest_dates: list[date] | None = None):
    """Stage 6: Great Expectations on the marts; a critical failure stops the run before publish.

    Row-level expectations judge the rows of `ingest_dates` (the days this run loaded), so the check
    costs the same whatever the history; keys are checked over whole marts. None: every row."""
    from newsetl import quality

    return quality.check_marts(settings, ingest_dates)


def publish(settings: Settings) -> Path:
    """Stage 7: swap the analysts' read-only warehouse into place (only changed partitions are written)."""
    from newsetl import warehouse

    stats = warehouse.publish(settings.work_warehouse, settings.warehouse)
    return stats.path



@dataclass(frozen=True)
class RunSummary:
    days: list[DayCounts]
    published: Path


def _stage(name: str, detail: str, func, *args):
    """Call one stage; any failure becomes a StageError naming the stage, the day and the cause."""
    log.info("stage %s %s: start", name, detail)
    try:
        return func(*args)
    except StageError:
        raise
    except Exception as error:  # noqa: BLE001 - re-raised with the stage named
        raise StageError(name, f"{detail}: {type(error).__name__}: {error}") from error


def run(settings: Settings, days: list[date]) -> RunSummary:
    """Every stage, in order, in this process: what `newsetl run` does and the DAG does in tasks."""
    results = []
    for day in days:
        shard_count = _stage("plan", str(day), plan_day, settings, day)
        _stage("parse", str(day), parse_extract_day, settings, day, shard_count)
        results.append(_stage("parquet", str(day), write_parquet, settings, day))
        _stage("check_batch", str(day), check_batch, settings, day)
        _stage("load", str(day), load_day, settings, day)
    _stage("dbt", "all days", build_models, settings)
    _stage("check_marts", ", ".join(map(str, days)), check_marts, settings, days)
    published = _stage("publish", "all days", publish, settings)
    return RunSummary(days=results, published=published)
