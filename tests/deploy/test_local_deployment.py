"""The Celery deployment, run for real on this machine (deploy/local/deployment.py).

PostgreSQL, Redis, Airflow's api-server, scheduler, dag-processor, triggerer and a Celery worker
as separate processes; a run triggered through the REST API (JWT from /auth/token), a backfill
through `airflow backfill create` that processes the earlier day after the later one, and the
warehouse must equal the one `newsetl run` builds from the same files. Everything it started is
stopped at the end, also when a test fails (the fixture's finalizer).

The first tests need no services and run in a second; the rest are marked slow (minutes).
"""
from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from warehouse_helpers import PROJECT_ROOT, SAMPLE_RAW, fingerprint, newsetl_run, rows

SCRIPT = PROJECT_ROOT / "deploy" / "local" / "deployment.py"
DAG_ID = "news_to_warehouse"
# Two landing days: the later one is triggered first, the earlier one backfilled after it.
TRIGGERED_DAY, BACKFILLED_DAY = "2025-04-15", "2025-04-14"
RUN_TIMEOUT = 25 * 60  # one DAG run on a busy 2-core machine takes a few minutes


def load_script():
    spec = importlib.util.spec_from_file_location("newsetl_local_deployment", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


deployment = load_script()


# --- without services -----------------------------------------------------------------------


def test_secrets_are_generated_fresh_and_nothing_secret_is_written_in_the_script():
    first, second = deployment.generate_secrets(), deployment.generate_secrets()
    assert set(first) == set(second) and all(first[k] != second[k] for k in first)
    assert all(len(value) >= 24 for value in first.values())
    text = SCRIPT.read_text()
    assert not re.search(r"(password|secret|key)\w*\s*[=:]\s*['\"][^'\"{}]{6,}['\"]", text, re.IGNORECASE)


def test_the_airflow_environment_is_celery_on_postgres_and_redis_on_loopback(tmp_path):
    layout = deployment.Layout(tmp_path)
    state = {"ports": {"postgres": 5001, "redis": 5002, "api": 5003}, "worker_concurrency": 2,
             "raw_dir": str(tmp_path / "raw"), "warehouse": str(tmp_path / "data" / "warehouse.duckdb")}
    creds = deployment.generate_secrets()
    env = deployment.airflow_env(layout, state, creds)
    assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].startswith("postgresql+psycopg2://airflow:")
    assert env["AIRFLOW__CELERY__BROKER_URL"] == f"redis://:{creds['redis_password']}@127.0.0.1:5002/0"
    for key in ("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "AIRFLOW__CELERY__RESULT_BACKEND"):
        assert f":{creds['postgres_password']}@127.0.0.1:5001/airflow" in env[key]
    assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://127.0.0.1:5003/execution/"
    assert env["AIRFLOW__API__HOST"] == "127.0.0.1"
    assert env["AIRFLOW__CORE__AUTH_MANAGER"].endswith("SimpleAuthManager")
    assert "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS" not in env
    docs = json.loads(env["AIRFLOW__COSMOS__DBT_DOCS_PROJECTS"])
    assert docs["newsetl"]["dir"] == str(tmp_path / "data" / "dbt_docs")
    from newsetl import orchestration, settings

    same = settings.Settings(raw_dir=Path(state["raw_dir"]), warehouse=Path(state["warehouse"]))
    assert env["AIRFLOW__COSMOS__DBT_DOCS_PROJECTS"] == orchestration.dbt_docs_projects(same)
    assert env["NEWSETL_WAREHOUSE"] == state["warehouse"]


def test_docker_compose_serves_the_dbt_docs_the_pipeline_writes():
    import yaml

    from newsetl import orchestration, settings

    env = yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text())["x-airflow-common"]["environment"]
    in_compose = settings.Settings(raw_dir=Path(env["NEWSETL_RAW_DIR"]), warehouse=Path(env["NEWSETL_WAREHOUSE"]))
    assert json.loads(env["AIRFLOW__COSMOS__DBT_DOCS_PROJECTS"]) == json.loads(
        orchestration.dbt_docs_projects(in_compose))


def test_providers_pinned_for_the_image_match_requirements():
    """A provider in both docker/providers.txt and requirements.txt has the same version in each."""
    pins = dict(re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)", (PROJECT_ROOT / "requirements.txt").read_text(), re.M))
    image = dict(re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)", (PROJECT_ROOT / "docker/providers.txt").read_text(), re.M))
    assert "apache-airflow-providers-celery" in pins
    assert {name: (version, pins[name]) for name, version in image.items() if name in pins and pins[name] != version} == {}


# --- the live deployment --------------------------------------------------------------------


class Api:
    def __init__(self, url: str, password: str):
        self.url = url
        self.password = password
        self.token = None

    def request(self, method: str, path: str, body: dict | None = None, auth: bool = True):
        headers = {"Content-Type": "application/json"}
        if auth:
            headers["Authorization"] = f"Bearer {self.token}"
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                raw = response.read()
                kind = response.headers.get("Content-Type", "")
                return response.status, (json.loads(raw) if "json" in kind else raw.decode(errors="replace"))
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")

    def login(self) -> None:
        status, body = self.request("POST", "/auth/token", {"username": "admin", "password": self.password},
                                    auth=False)
        assert status == 201, (status, body)
        self.token = body["access_token"]

    def get(self, path: str):
        status, body = self.request("GET", path)
        assert status == 200, (path, status, str(body)[:500])
        return body


def deploy(root: Path, *args: str, timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), "--dir", str(root), *args], capture_output=True, text=True,
                          timeout=timeout)


@pytest.fixture(scope="module")
def live(request):
    # Under the project's git-ignored .deploy/: the postgres user must reach its data directory,
    # which pytest's own temporary folders (mode 700, owned by root) would not allow.
    root = PROJECT_ROOT / ".deploy" / f"test-{uuid.uuid4().hex[:8]}"
    raw = root.parent / f"{root.name}-raw"
    request.addfinalizer(lambda: shutil.rmtree(raw, ignore_errors=True))
    for day in (BACKFILLED_DAY, TRIGGERED_DAY):
        shutil.copytree(SAMPLE_RAW / day, raw / day)
    warehouse = raw.parent / f"{root.name}-data" / "warehouse.duckdb"
    request.addfinalizer(lambda: shutil.rmtree(warehouse.parent, ignore_errors=True))

    def stop_everything():
        done = deploy(root, "stop", "--purge", timeout=300)
        if done.returncode != 0:  # last resort: the pids the script recorded
            deployment.stop(root, purge=True)

    request.addfinalizer(stop_everything)  # registered before start: a half-started deployment is stopped too
    started = time.monotonic()
    done = deploy(root, "start", "--raw-dir", str(raw), "--warehouse", str(warehouse), "--timeout", "600")
    assert done.returncode == 0, (done.stdout + done.stderr)[-6000:]
    state = json.loads((root / "state.json").read_text())
    password = json.loads((root / "airflow" / "passwords.json").read_text())["admin"]
    print(f"local deployment started in {time.monotonic() - started:.0f}s")
    return {"root": root, "raw": raw, "warehouse": warehouse, "state": state, "api": Api(state["api_url"], password)}


def wait_until(what: str, check, timeout: float, interval: float = 5):
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: still not done after {timeout:.0f}s")
        time.sleep(interval)


def run_state(api: Api, run_id: str) -> str:
    return api.get(f"/api/v2/dags/{DAG_ID}/dagRuns/{run_id}")["state"]


def failed_tasks(api: Api, run_id: str) -> list[tuple[str, str]]:
    tis = api.get(f"/api/v2/dags/{DAG_ID}/dagRuns/{run_id}/taskInstances?limit=200")["task_instances"]
    return [(ti["task_id"], ti["state"]) for ti in tis if ti["state"] in ("failed", "upstream_failed")]


def wait_for_runs(api: Api, run_ids: list[str]) -> None:
    def finished():
        states = {run_id: run_state(api, run_id) for run_id in run_ids}
        if any(state == "failed" for state in states.values()):
            failed = {run_id: failed_tasks(api, run_id) for run_id, state in states.items() if state == "failed"}
            pytest.fail(f"DAG runs failed: {states}; failed tasks: {failed}")
        return all(state == "success" for state in states.values())

    api.login()  # tokens expire; a fresh one for the long wait
    wait_until(f"DAG runs {run_ids}", finished, RUN_TIMEOUT)


@pytest.mark.slow
def test_the_api_requires_a_token_and_serves_the_dags(live):
    api = live["api"]
    status, _ = api.request("GET", "/api/v2/dags", auth=False)
    assert status == 401
    status, _ = api.request("POST", "/auth/token", {"username": "admin", "password": "wrong"}, auth=False)
    assert status == 401
    api.login()
    wait_until("the DAGs parsed", lambda: api.request("GET", f"/api/v2/dags/{DAG_ID}")[0] == 200, 300)
    assert api.get("/api/v2/importErrors")["total_entries"] == 0
    dags = {d["dag_id"] for d in api.get("/api/v2/dags")["dags"]}
    assert {DAG_ID, "warehouse_consumers"} <= dags
    health = api.get("/api/v2/monitor/health")
    assert {part: health[part]["status"] for part in ("metadatabase", "scheduler", "triggerer", "dag_processor")} == {
        "metadatabase": "healthy", "scheduler": "healthy", "triggerer": "healthy", "dag_processor": "healthy"}


@pytest.mark.slow
def test_only_loopback_addresses_are_listened_on(live):
    import psutil

    ours = set()
    for record in live["state"]["processes"].values():
        ours |= {record["pid"], *deployment.descendants(record["pid"])}
    state = json.loads((live["root"] / "state.json").read_text())
    for record in state["processes"].values():
        ours |= {record["pid"], *deployment.descendants(record["pid"])}
    listening = [(c.pid, c.laddr) for c in psutil.net_connections(kind="inet")
                 if c.status == psutil.CONN_LISTEN and c.pid in ours]
    ports = {address.port for _, address in listening}
    assert set(live["state"]["ports"].values()) <= ports
    assert all(address.ip in {"127.0.0.1", "::1"} for _, address in listening), listening


@pytest.mark.slow
@pytest.mark.timeout(2 * RUN_TIMEOUT + 600)  # two DAG runs, one after the other
def test_a_run_triggered_through_the_rest_api_then_a_backfill_build_the_warehouse(live, tmp_path):
    api = live["api"]
    api.login()
    wait_until("the DAGs parsed", lambda: api.request("GET", f"/api/v2/dags/{DAG_ID}")[0] == 200, 300)
    for dag_id in (DAG_ID, "warehouse_consumers"):
        status, body = api.request("PATCH", f"/api/v2/dags/{dag_id}", {"is_paused": False})
        assert status == 200, body

    # the later day first, through the REST API
    run_id = f"api__{TRIGGERED_DAY}"
    status, body = api.request("POST", f"/api/v2/dags/{DAG_ID}/dagRuns",
                               {"dag_run_id": run_id, "logical_date": f"{TRIGGERED_DAY}T00:00:00Z"})
    assert status == 200, body
    wait_for_runs(api, [run_id])
    assert rows(live["warehouse"], "select distinct ingest_date::varchar from marts.dim_articles") == [(TRIGGERED_DAY,)]

    # then the earlier day, by the backfill command of the README (days that already ran are skipped)
    done = deploy(live["root"], "airflow", "backfill", "create", "--dag-id", DAG_ID, "--from-date", BACKFILLED_DAY,
                  "--to-date", TRIGGERED_DAY, "--max-active-runs", "1", timeout=300)
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    runs = api.get(f"/api/v2/dags/{DAG_ID}/dagRuns?run_type=backfill")["dag_runs"]
    assert [r["logical_date"][:10] for r in runs] == [BACKFILLED_DAY]
    wait_for_runs(api, [r["dag_run_id"] for r in runs])

    # the same warehouse as `newsetl run` on both days in order
    reference = tmp_path / "warehouse.duckdb"
    done = newsetl_run(live["raw"], reference)
    assert done.returncode == 0, done.stderr[-3000:]
    assert fingerprint(live["warehouse"]) == fingerprint(reference)
    dates = rows(live["warehouse"], "select distinct ingest_date::varchar from marts.dim_articles order by 1")
    assert dates == [(BACKFILLED_DAY,), (TRIGGERED_DAY,)]

    # Great Expectations Data Docs, as files beside the warehouse (README: data/quality/data_docs/)
    assert (live["warehouse"].parent / "quality" / "data_docs" / "index.html").is_file()


@pytest.mark.slow
def test_every_publish_updates_the_asset_and_runs_the_consumer_dag(live):
    api = live["api"]
    api.login()
    events = api.get("/api/v2/assets/events?limit=100")["asset_events"]
    assert {(e["name"], e["source_dag_id"], e["source_task_id"]) for e in events} == {
        ("newsetl_warehouse", DAG_ID, "publish")}  # the only Asset: dbt models of the work file are not
    assert len(events) >= 2  # one per publish

    def consumer_runs_done():
        runs = api.get("/api/v2/dags/warehouse_consumers/dagRuns")["dag_runs"]
        if any(r["state"] == "failed" for r in runs):
            pytest.fail(f"warehouse_consumers failed: {runs}")
        return runs and all(r["state"] == "success" for r in runs) and runs

    runs = wait_until("warehouse_consumers ran", consumer_runs_done, 600)
    assert all(r["run_type"] == "asset_triggered" for r in runs)


@pytest.mark.slow
def test_the_dbt_docs_are_served_inside_the_airflow_ui(live):
    api = live["api"]
    api.login()
    plugins = {p["name"]: p for p in api.get("/api/v2/plugins")["plugins"]}
    views = plugins["cosmos"]["external_views"]
    assert [(v["name"], v["category"], v["href"]) for v in views] == [
        ("dbt docs (newsetl)", "Browse", "/cosmos/newsetl/dbt_docs_index.html")]
    status, page = api.request("GET", "/cosmos/newsetl/dbt_docs_index.html", auth=False)
    assert status == 200 and "<title>dbt Docs</title>" in page, page[:300]
    status, manifest = api.request("GET", "/cosmos/newsetl/manifest.json", auth=False)
    assert status == 200 and "model.newsetl.fct_deals" in manifest["nodes"]
    status, catalog = api.request("GET", "/cosmos/newsetl/catalog.json", auth=False)
    assert status == 200 and "model.newsetl.fct_deals" in catalog["nodes"]


@pytest.mark.slow
def test_all_news_to_warehouse_runs_succeeded_including_the_scheduled_empty_day(live):
    """Unpausing made the scheduler run the latest day (catchup=False): no files, and a success."""
    api = live["api"]
    api.login()

    def all_done():
        runs = api.get(f"/api/v2/dags/{DAG_ID}/dagRuns")["dag_runs"]
        return all(r["state"] in ("success", "failed") for r in runs) and runs

    runs = wait_until("every run finished", all_done, RUN_TIMEOUT)
    assert {r["run_type"] for r in runs} >= {"manual", "backfill"}
    assert [(r["dag_run_id"], r["state"]) for r in runs if r["state"] != "success"] == []


@pytest.mark.slow
def test_stop_ends_every_process_it_started(live):
    state = json.loads((live["root"] / "state.json").read_text())
    pids = set()
    for record in state["processes"].values():
        pids |= {record["pid"], *deployment.descendants(record["pid"])}
    done = deploy(live["root"], "stop", timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    alive = [p for p in pids if Path(f"/proc/{p}").exists() and not deployment.zombie(p)]
    assert alive == []
    assert deploy(live["root"], "status").returncode == 1
