"""One pipeline stage in this (fresh) process, measured: `python -m newsetl.bench.stage STAGE ...`.

Prints one JSON line on stdout: the stage's wall time, the CPU time of this process and of the
children it waited for (the parse pool's workers, dbt), the peak resident memory of this process
and of its largest child (getrusage), and the rows it produced. The bench samples the memory of
the whole process tree from outside as well (`runner.run_stage`).

Stages (the functions of `newsetl.pipeline`, in the order `newsetl run` calls them):

    parse        plan_day + parse_extract_day (the process pool over shards)
    parquet      write_parquet
    check_batch  check_batch (Great Expectations on the day's batch)
    load         load_day
    dbt          build_models (dbt build, then dbt docs generate; timed apart too)
    check_marts  check_marts
    publish      publish
    history      for each --date: plan, parse, parquet, load (no checks); then dbt build: a warehouse
                 with history, built as fast as the pipeline allows (not a measured stage)
"""
from __future__ import annotations

import argparse
import json
import logging
import resource
import sys
import time
from datetime import date
from pathlib import Path

STAGES = ("parse", "parquet", "check_batch", "load", "dbt", "check_marts", "publish", "history")


def _usage() -> dict:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"cpu_self": own.ru_utime + own.ru_stime, "cpu_children": kids.ru_utime + kids.ru_stime,
            "maxrss_self_kb": own.ru_maxrss, "maxrss_children_kb": kids.ru_maxrss}


def _shard_rows(settings, day: date) -> dict[str, int]:
    """Rows the parse stage wrote, from the Arrow files' batch headers (memory-mapped: no data read)."""
    import pyarrow as pa
    import pyarrow.ipc as ipc

    from newsetl import lake, pipeline

    rows = dict.fromkeys(lake.SCHEMAS, 0)
    folder = pipeline.staging_dir(settings, day)
    for name in lake.SCHEMAS:
        for path in folder.glob(f"shard-*.{name}.arrow"):
            with pa.memory_map(str(path)) as source, ipc.open_file(source) as reader:
                rows[name] += sum(reader.get_batch(i).num_rows for i in range(reader.num_record_batches))
    return rows


# Modules a stage imports, loaded (and timed apart, as import_s) before the stage's clock starts, so
# that rates measure the work; a process per stage pays them every time, as the DAG's tasks do.
PRELOAD = {"parse": ("newsetl.parse", "newsetl.extract", "newsetl.lake"),
           "parquet": ("newsetl.parse", "newsetl.lake"), "check_batch": ("newsetl.quality",),
           "load": ("newsetl.warehouse",), "dbt": ("newsetl.transform", "newsetl.warehouse"),
           "check_marts": ("newsetl.quality",), "publish": ("newsetl.warehouse",), "history": ()}


def run(stage: str, raw_dir: Path, warehouse: Path, days: list[date], workers: int) -> dict:
    import importlib

    loading = time.perf_counter()
    from newsetl import pipeline, transform
    from newsetl.settings import from_env

    for module in PRELOAD.get(stage, ()):
        importlib.import_module(module)
    import_s = time.perf_counter() - loading

    settings = from_env().with_paths(raw_dir=raw_dir, warehouse=warehouse)
    if workers:
        from dataclasses import replace
        settings = replace(settings, workers=workers)
    day = days[0]
    detail: dict = {}
    before = _usage()
    started = time.perf_counter()
    if stage == "parse":
        shards = pipeline.plan_day(settings, day)
        pool = min(settings.workers or __import__("os").cpu_count() or 1, shards)
        pipeline.parse_extract_day(settings, day, shards)
        detail = {"shards": shards, "workers": pool}
    elif stage == "parquet":
        detail = {"rows": pipeline.write_parquet(settings, day).rows}
    elif stage == "check_batch":
        report = pipeline.check_batch(settings, day)
        detail = {"success": None if report is None else report.success}
    elif stage == "load":
        detail = {"rows": pipeline.load_day(settings, day)}
    elif stage == "dbt":
        from newsetl import warehouse as warehouse_module

        warehouse_module.ensure_raw_tables(settings.work_warehouse)
        transform.run_dbt(settings, "build")
        built = time.perf_counter()
        transform.write_docs(settings)
        detail = {"dbt_build_s": round(built - started, 3), "dbt_docs_s": round(time.perf_counter() - built, 3)}
    elif stage == "check_marts":
        detail = {"success": pipeline.check_marts(settings, days).success}
    elif stage == "publish":
        pipeline.publish(settings)
        detail = {"bytes": settings.warehouse.stat().st_size}
    elif stage == "history":
        for each in days:
            shards = pipeline.plan_day(settings, each)
            pipeline.parse_extract_day(settings, each, shards)
            pipeline.write_parquet(settings, each)
            pipeline.load_day(settings, each)
        transform.run_dbt(settings, "build")
        detail = {"days": len(days)}
    else:
        raise SystemExit(f"unknown stage {stage}; one of {', '.join(STAGES)}")
    wall = time.perf_counter() - started
    after = _usage()
    if stage == "parse":  # counted after the clock stops: reading the shards back is the bench's work
        detail["rows"] = _shard_rows(settings, day)
    return {"stage": stage, "wall_s": round(wall, 3), "import_s": round(import_s, 3),
            "startup_cpu_s": round(before["cpu_self"], 3),  # interpreter start and imports
            "cpu_self_s": round(after["cpu_self"] - before["cpu_self"], 3),
            "cpu_children_s": round(after["cpu_children"] - before["cpu_children"], 3),
            "maxrss_self_mb": round(after["maxrss_self_kb"] / 1024, 1),
            "maxrss_children_mb": round(after["maxrss_children_kb"] / 1024, 1), **detail}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="run one pipeline stage, measured")
    parser.add_argument("stage", choices=STAGES)
    parser.add_argument("--raw-dir", required=True, type=Path)
    parser.add_argument("--warehouse", required=True, type=Path)
    parser.add_argument("--date", action="append", required=True, type=date.fromisoformat)
    parser.add_argument("--workers", type=int, default=0)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    result = run(args.stage, args.raw_dir.resolve(), args.warehouse.resolve(), args.date, args.workers)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
