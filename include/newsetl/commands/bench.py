"""`newsetl bench`: how fast each stage is, how much memory it takes, and how cost grows with the news."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from newsetl.bench import report as report_module
from newsetl.bench import runner

log = logging.getLogger("newsetl")


def _ints(text: str) -> list[int]:
    try:
        values = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"a comma-separated list of whole numbers is expected: {text!r}") from error
    if not values or any(v < 0 for v in values):
        raise argparse.ArgumentTypeError(f"a comma-separated list of whole numbers is expected: {text!r}")
    return values


def bench(args: argparse.Namespace) -> int:
    options = runner.Options()
    if args.quick:
        options.sizes, options.history_days, options.history_size = [200], [1], 100
        options.quick = True
    if args.sizes is not None:
        options.sizes = args.sizes
    if args.days is not None:
        options.history_days = [d for d in args.days if d > 0]
    if args.history_size is not None:
        options.history_size = args.history_size
    options.incremental = not args.no_incremental and bool(options.history_days)
    options.seed, options.repeat, options.workers, options.keep = args.seed, args.repeat, args.workers, args.keep
    options.cold_imports = args.cold_imports
    options.out = Path(args.out).resolve()
    if args.work_dir:
        options.work_dir = Path(args.work_dir).resolve()
    logging.getLogger().setLevel(logging.WARNING)  # the progress bar, not the stages' logs (those go to files)
    try:
        result = runner.run_bench(options)
    except runner.BenchError as error:
        log.error("bench: %s", error)
        return 1
    runner.write_report(result, options.out)
    print(report_module.render(result))
    print(f"\nreport: {options.out}", file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "bench", help="benchmark every stage on synthetic news: speed, memory, cost growth, extraction scores",
        description="Generate synthetic landing days (seeded, with their gold), run every stage of `newsetl run` "
                    "on them in fresh processes, and report articles/s (per core), peak memory, end-to-end time, "
                    "the cost of one new day on top of 1, 7, 30 days of history, and extraction scores.")
    parser.add_argument("--sizes", type=_ints, help="articles in the measured day, comma-separated "
                                                    "(default 1000,10000,100000)")
    parser.add_argument("--days", type=_ints, help="days of history under the new day, comma-separated "
                                                   "(default 1,7,30; 0 or --no-incremental: none)")
    parser.add_argument("--history-size", type=int, help="articles per day of history and of the new day "
                                                         "(default 1000)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each incremental day; the fastest counts")
    parser.add_argument("--seed", type=int, default=7, help="generator seed (default 7)")
    parser.add_argument("--workers", type=int, default=0, help="parse processes (default: one per CPU)")
    parser.add_argument("--out", default=str(runner.Options().out), help="the JSON report (default data/bench/report.json)")
    parser.add_argument("--work-dir", help="corpora and warehouses (default data/bench/work; removed after use)")
    parser.add_argument("--keep", action="store_true", help="keep the corpora, warehouses and logs")
    parser.add_argument("--no-incremental", action="store_true", help="skip the growth-with-history runs")
    parser.add_argument("--cold-imports", action="store_true",
                        help="no bytecode cache for the stage processes (by default the bench keeps one under "
                             "data/bench/pycache, as an installed deployment has .pyc files)")
    parser.add_argument("--quick", action="store_true", help="a tiny run (200 articles; 1 day of 100 as history)")
    parser.set_defaults(handler=bench)
