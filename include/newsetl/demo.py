"""`make demo`: run the Airflow DAG for every landing day of the sample data, then report.

Uses `airflow dags test` (in-process, SQLite metadata under .airflow/), one run per landing
day, exactly as the scheduler would run them.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newsetl import pipeline, report, settings as settings_module

DAG_ID = "news_to_warehouse"


def main() -> int:
    settings = settings_module.from_env()
    airflow = str(Path(sys.executable).with_name("airflow"))
    days = pipeline.landing_days(settings.raw_dir)
    if not days:
        print(f"demo: no landing folders (YYYY-MM-DD) under {settings.raw_dir}", file=sys.stderr)
        return 2
    for number, day in enumerate(days, start=1):
        print(f"[{number}/{len(days)}] airflow dags test {DAG_ID} {day} ...", flush=True)
        done = subprocess.run([airflow, "dags", "test", DAG_ID, day.isoformat()],
                              capture_output=True, text=True)
        log_file = settings.data_dir / "logs" / f"dags_test_{day}.log"
        log_file.parent.mkdir(parents=True, exist_ok=True)
        log_file.write_text(done.stdout + done.stderr)
        print(f"      done; log: {log_file}", flush=True)
        output = done.stdout + done.stderr
        # `dags test` exits 0 even when the run failed; the final DagRun line says how it ended.
        if done.returncode != 0 or "DagRun Finished" not in output or "state=success" not in output.split(
                "DagRun Finished")[-1]:
            print(f"demo: the run for {day} failed; its log: {log_file}", file=sys.stderr)
            print("\n".join(output.splitlines()[-25:]), file=sys.stderr)
            return 1
    print()
    print(report.summary(settings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
