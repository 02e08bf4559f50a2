"""dbt, run as its own process against the work warehouse: build the models, write the docs.

`newsetl run` calls this; the Airflow DAG runs the same dbt project through astronomer-cosmos.
dbt runs as a subprocess so its logging and memory stay out of the pipeline process, and
its output streams to our log as it goes (dbt prints one line per model: the progress).
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from newsetl.settings import DBT_PROJECT_DIR, Settings

log = logging.getLogger(__name__)

DOCS_FILES = ("index.html", "static_index.html", "manifest.json", "catalog.json")


class DbtError(RuntimeError):
    pass


def dbt_executable() -> str:
    """The dbt of this environment (the venv's bin folder), not whichever is on PATH."""
    candidate = Path(sys.executable).with_name("dbt")
    return str(candidate) if candidate.exists() else "dbt"


def dbt_env(settings: Settings) -> dict[str, str]:
    return {
        **os.environ,
        "NEWSETL_WORK_WAREHOUSE": str(settings.work_warehouse),
        "DBT_PROFILES_DIR": str(DBT_PROJECT_DIR),
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
        "DO_NOT_TRACK": "1",
    }


def run_dbt(settings: Settings, *args: str) -> None:
    """Run one dbt command on the project; raise DbtError with dbt's failing lines."""
    command = [dbt_executable(), *args, "--project-dir", str(DBT_PROJECT_DIR),
               "--profiles-dir", str(DBT_PROJECT_DIR), "--target-path", str(settings.dbt_target_dir),
               "--log-path", str(settings.dbt_target_dir / "logs")]
    log.info("dbt %s (warehouse %s)", " ".join(args), settings.work_warehouse)
    tail: list[str] = []
    with subprocess.Popen(command, cwd=DBT_PROJECT_DIR, env=dbt_env(settings), stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True) as process:
        assert process.stdout is not None
        for line in process.stdout:
            line = line.rstrip()
            log.info("dbt: %s", line)
            tail = (tail + [line])[-30:]
    if process.returncode != 0:
        failing = [line for line in tail if "ERROR" in line or "FAIL" in line] or tail[-10:]
        raise DbtError(f"dbt {args[0]} exited with {process.returncode}:\n" + "\n".join(failing))


def build_models(settings: Settings) -> None:
    """dbt build (seeds, models, tests), then the docs site."""
    run_dbt(settings, "build")
    write_docs(settings)


def write_docs(settings: Settings) -> None:
    """dbt docs generate, copied to `settings.dbt_docs_dir` (static_index.html opens from disk)."""
    run_dbt(settings, "docs", "generate", "--static")
    settings.dbt_docs_dir.mkdir(parents=True, exist_ok=True)
    for name in DOCS_FILES:
        source = settings.dbt_target_dir / name
        if source.exists():
            shutil.copyfile(source, settings.dbt_docs_dir / name)
