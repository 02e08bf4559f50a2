"""Deployment safety: no default or written-down credentials, a login in front of Airflow, a
warehouse analysts can read but not change, and secrets that never reach the logs.

Builds on tests/deploy/test_compose.py (which checks the compose file's own variables, URLs and
ports): here every deployment file and all the code are swept for credentials, docker/init.sh is
run on the placeholders of .env.example, and `newsetl run` / `newsetl sql` are run for real.
"""
from __future__ import annotations

import ast
import base64
import hashlib
import json
import logging
import os
import re
import secrets
import shutil
import stat
import subprocess
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pytest
import yaml

from warehouse_helpers import BIN, PROJECT_ROOT

from newsetl import orchestration

ROOT = PROJECT_ROOT
INIT_SCRIPT = ROOT / "docker" / "init.sh"
COMPOSE_FILE = ROOT / "docker-compose.yml"
ENV_EXAMPLE = ROOT / ".env.example"

# What is swept for credentials: every deployment file and all the code, tracked or new
# (git-ignored runtime state such as .deploy/ or .env is not part of the project). Tests are
# not swept: they hold fake secrets on purpose. .env.example holds the placeholders.
SWEPT = ("docker-compose", "Dockerfile", "docker/", "Makefile", "include/", "dags/", "deploy/",
         "dbt_project/", ".ci/", "gx/", "pyproject.toml", ".dockerignore", "requirements")
CONFIG_SUFFIXES = (".yml", ".yaml", ".sh", ".cfg", ".ini", ".toml", ".conf", ".txt", ".in", ".json",
                   "Dockerfile", "Makefile")

_SECRETY = r"[\w.-]*(?:password|passwd|pwd|secret|secret_key|fernet_key|jwt_secret|api_key|access_key|token)"
_NOT_A_LITERAL = r"(?![$\{%<]|CHANGE_ME)"  # ${VAR}, {f-string}, %(interpolation)s, <placeholder>
CREDENTIAL_PATTERNS = {
    "a secret set to a quoted literal": re.compile(
        rf"(?i)\b{_SECRETY}[\"']?\s*[:=]\s*[\"']{_NOT_A_LITERAL}([^\"'\s]+)[\"']"),
    "a well-known default login": re.compile(
        r"(?i)\b(?:airflow:airflow|admin:admin|admin/admin|airflow/airflow|postgres:postgres|root:root"
        r"|guest:guest)\b|_AIRFLOW_WWW_USER_PASSWORD"
        r"|--password[= ]+[\"']?(?:admin|airflow|password|changeme|secret)\b"
        r"|requirepass\s+(?![\\\"'$\{])\S"),
    "a password written into a URL": re.compile(rf"://[^:/\s@\"']*:{_NOT_A_LITERAL}[^@\s/\"']+@"),
    "a Fernet key": re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}=(?![A-Za-z0-9_=-])"),
}
# In configuration files (not code) also KEY: value / KEY=value without quotes.
BARE_ASSIGNMENT = re.compile(
    rf"(?im)^[ \t]*(?:export\s+|ENV\s+|ARG\s+|-\s+)?{_SECRETY}\w*\s*[:=][ \t]*{_NOT_A_LITERAL}([^\s\"'#]+)")
EVERYONE_ADMIN = re.compile(
    r"(?i)SIMPLE_AUTH_MANAGER_ALL_ADMINS[\"']?\s*[:=,]\s*[\"']?(?:true|1|yes|on)\b"
    r"|simple_auth_manager_all_admins\s*=\s*(?:true|1|yes|on)\b"
    r"|AUTH_ROLE_PUBLIC\b")


def swept_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout.splitlines()
    paths = (ROOT / name for name in listed if name.startswith(SWEPT))
    return sorted(path for path in paths if path.is_file() and path.stat().st_size < 2_000_000)


def credential_findings(name: str, text: str) -> list[str]:
    patterns = dict(CREDENTIAL_PATTERNS)
    if name.endswith(CONFIG_SUFFIXES):
        patterns["a secret set to a literal"] = BARE_ASSIGNMENT
    findings = []
    for what, pattern in patterns.items():
        for match in pattern.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            findings.append(f"{name}:{line}: {what}: {match.group(0)[:80]!r}")
    return findings


def read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None


# --- no default passwords anywhere ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    'password="admin"',
    "conn = connect(password='airflow123')",
    '"AIRFLOW__API_AUTH__JWT_SECRET": "3f1c0ffee8d24a7b9e6f"',
    "POSTGRES_PASSWORD: airflow",
    "AIRFLOW__CORE__FERNET_KEY=46BKJoQYlPPOexq0OhDZnIlNepKFf87WFwLbfzqDDho=",
    "sql_alchemy_conn = postgresql+psycopg2://airflow:airflow@postgres/airflow",
    "redis://:hunter2@redis:6379/0",
    "_AIRFLOW_WWW_USER_PASSWORD: ${_AIRFLOW_WWW_USER_PASSWORD:-airflow}",
    "airflow users create --username admin --password admin --role Admin",
    "command: redis-server --requirepass s3cret",
    "login with admin/admin",
])
def test_the_sweep_finds_written_down_credentials(text):
    assert credential_findings("example.yml", text), text


@pytest.mark.parametrize("name, text", [
    ("example.yml", 'POSTGRES_PASSWORD: "${POSTGRES_PASSWORD:?set it in .env}"'),
    ("example.yml", 'AIRFLOW__CELERY__BROKER_URL: "redis://:${REDIS_PASSWORD:?set it in .env}@redis:6379/0"'),
    ("example.yml", "AIRFLOW_ADMIN_PASSWORD=CHANGE_ME"),
    ("example.yml", 'command: ["sh", "-c", "exec redis-server --requirepass \\"$${REDIS_PASSWORD}\\""]'),
    ("example.py", "connect(host=host, password=creds[\"postgres_password\"])"),
    ("example.py", "url = f\"redis://:{creds['redis_password']}@127.0.0.1:6379/0\""),
    ("example.py", "tokens = surface.split()"),
])
def test_the_sweep_leaves_references_and_placeholders_alone(name, text):
    assert credential_findings(name, text) == [], text


def test_no_credentials_are_written_in_deployment_files_or_code():
    files = swept_files()
    names = {path.relative_to(ROOT).as_posix() for path in files}
    assert {"docker-compose.yml", "Dockerfile", "Makefile", "docker/init.sh"} <= names
    assert any(name.startswith("include/newsetl/") for name in names)
    findings = []
    for path in files:
        text = read_text(path)
        if text is not None:
            findings += credential_findings(path.relative_to(ROOT).as_posix(), text)
    assert findings == [], "credentials belong in .env (git-ignored), never in the repository:\n" + "\n".join(
        findings)


def test_no_secret_files_are_committed():
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.splitlines()
    secret_like = re.compile(r"(^|/)(\.env(\..+)?|.*\.env|secrets?\.(json|ya?ml|txt|env)|.*\.pem|.*\.key|"
                             r"id_rsa.*|passwords?\.(json|txt)|airflow\.cfg|webserver_config\.py)$")
    assert [name for name in tracked if secret_like.search(name) and name != ".env.example"] == []


def example_values() -> dict[str, str]:
    values = {}
    for line in ENV_EXAMPLE.read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#") and "=" in line:
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip().strip("'\"")
    return values


def init_environment(values: dict[str, str], tmp_path: Path) -> dict[str, str]:
    """What docker compose hands airflow-init for these .env values (${VAR...} filled in)."""
    services = yaml.safe_load(COMPOSE_FILE.read_text())["services"]
    environment = services["airflow-init"]["environment"]

    def fill(value: object) -> str:
        return re.sub(r"\$\{([A-Za-z_]\w*)[^}]*\}", lambda m: values[m.group(1)], str(value))

    env = {key: fill(value) for key, value in environment.items()}
    env.update(PATH="/usr/bin:/bin", HOME=str(tmp_path), AIRFLOW_HOME=str(tmp_path / "home"),
               NEWSETL_RAW_DIR=str(tmp_path / "home" / "data" / "raw"),
               NEWSETL_WAREHOUSE=str(tmp_path / "home" / "data" / "warehouse" / "warehouse.duckdb"))
    return env


PLACEHOLDERS = [key for key, value in example_values().items() if value == "CHANGE_ME"]


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
@pytest.mark.parametrize("left_as_placeholder", PLACEHOLDERS)
def test_the_deployment_refuses_to_start_with_a_placeholder_secret(left_as_placeholder, tmp_path):
    """docker/init.sh (which every Airflow service waits for) stops on any CHANGE_ME of
    .env.example left in .env, before it creates anything."""
    assert {"POSTGRES_PASSWORD", "REDIS_PASSWORD", "AIRFLOW_FERNET_KEY", "AIRFLOW_ADMIN_PASSWORD"} <= set(
        PLACEHOLDERS)
    values = {key: (value if key == left_as_placeholder or value != "CHANGE_ME" else secrets.token_hex(16))
              for key, value in example_values().items()}
    done = subprocess.run(["bash", str(INIT_SCRIPT)], env=init_environment(values, tmp_path),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "still holds the CHANGE_ME placeholder" in done.stderr, done.stderr
    assert not (tmp_path / "home").exists(), "init.sh created folders before checking its secrets"
    for key, value in values.items():
        if key != left_as_placeholder and value != "CHANGE_ME" and len(value) == 32:
            assert value not in done.stdout + done.stderr, f"init.sh printed {key}"


# --- a login in front of Airflow ---------------------------------------------------------------


def test_no_deployment_lets_everyone_in_as_admin():
    findings = []
    for path in swept_files():
        text = read_text(path) or ""
        findings += [f"{path.relative_to(ROOT)}: {m.group(0)!r}" for m in EVERYONE_ADMIN.finditer(text)]
    assert findings == [], "the api-server must ask for a login (no all-admins, no public role)"


def test_every_airflow_service_of_the_compose_file_requires_a_login():
    services = yaml.safe_load(COMPOSE_FILE.read_text())["services"]
    airflow = {name: service for name, service in services.items() if name.startswith("airflow-")}
    assert "airflow-apiserver" in airflow
    for name, service in airflow.items():
        env = service.get("environment") or {}
        if isinstance(env, list):
            env = dict(item.split("=", 1) for item in env)
        manager = str(env.get("AIRFLOW__CORE__AUTH_MANAGER", ""))
        assert manager.endswith("FabAuthManager"), f"{name}: {manager or 'no auth manager'}"
        assert not any("ALL_ADMINS" in key or "AUTH_ROLE_PUBLIC" in key for key in env), name
        assert str(env.get("AIRFLOW__API__EXPOSE_CONFIG", "false")).lower() in ("false", "non-sensitive-only")
    command = airflow["airflow-apiserver"].get("command")
    assert "--dev" not in str(command) and "-d" not in str(command).split()


# --- the published warehouse is read-only for analysts ------------------------------------------


def duckdb_connect_calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text())
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute) and node.func.attr == "connect"
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "duckdb"]


@pytest.mark.parametrize("module", ["report.py", "commands/sql.py"])
def test_analysts_commands_open_duckdb_read_only(module):
    path = ROOT / "include" / "newsetl" / module
    if not path.exists():
        pytest.skip(f"{module} does not exist yet")
    calls = duckdb_connect_calls(path)
    assert calls, f"{module} no longer calls duckdb.connect: check how it opens the warehouse"
    for call in calls:
        read_only = [k.value for k in call.keywords if k.arg == "read_only"]
        assert read_only and isinstance(read_only[0], ast.Constant) and read_only[0].value is True, (
            f"{module}:{call.lineno}: duckdb.connect without read_only=True")
    assert "read_only=False" not in path.read_text().replace(" ", "")


FAKE_SECRETS = {
    "AIRFLOW__CORE__FERNET_KEY": base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
    "AIRFLOW__API_AUTH__JWT_SECRET": "jwt-" + secrets.token_hex(16),
    "AIRFLOW__API__SECRET_KEY": "api-" + secrets.token_hex(16),
    "POSTGRES_PASSWORD": "pg-" + secrets.token_hex(12),
    "REDIS_PASSWORD": "redis-" + secrets.token_hex(12),
    "AIRFLOW_ADMIN_PASSWORD": "admin-" + secrets.token_hex(12),
    "NEWSETL_API_TOKEN": "newsetl-" + secrets.token_hex(12),
}


def secret_environment() -> dict[str, str]:
    postgres, redis = FAKE_SECRETS["POSTGRES_PASSWORD"], FAKE_SECRETS["REDIS_PASSWORD"]
    return {**os.environ, **FAKE_SECRETS, "DO_NOT_TRACK": "1", "NEWSETL_WORKERS": "1",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"postgresql+psycopg2://airflow:{postgres}@db/airflow",
            "AIRFLOW__CELERY__BROKER_URL": f"redis://:{redis}@redis:6379/0"}


def leaked(text: str) -> list[str]:
    return [name for name, value in FAKE_SECRETS.items() if value in text]


def newsetl(*args: str, env: dict[str, str] | None = None, timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "newsetl"), *args], capture_output=True, text=True,
                          env=env or {**os.environ, "DO_NOT_TRACK": "1"}, timeout=timeout)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> SimpleNamespace:
    """`newsetl run` on one good article, with fake secrets in its environment."""
    root = tmp_path_factory.mktemp("deployment")
    landing = root / "raw" / "2025-06-02"
    landing.mkdir(parents=True)
    (landing / "good.json").write_text(json.dumps({
        "source": {"name": "Copperbelt Courier"},
        "title": "Marlow Cobalt wins $75 million loan for Zambian refinery",
        "publishedAt": "2025-06-02T07:00:00Z",
        "content": "Marlow Cobalt said on Monday it had secured a $75 million loan from a group of regional "
                   "banks to finish its cobalt refinery near Kitwe, in Zambia's Copperbelt province."}))
    warehouse = root / "out" / "warehouse.duckdb"
    done = newsetl("run", "--raw-dir", str(root / "raw"), "--warehouse", str(warehouse),
                   env=secret_environment())
    assert done.returncode == 0, done.stderr[-5000:]
    return SimpleNamespace(root=root, warehouse=warehouse, run=done)


def fingerprint_files(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_the_published_warehouse_file_is_not_writable(built):
    mode = built.warehouse.stat().st_mode
    assert not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH), oct(mode)


WRITES = [
    "create table x (i int)",
    "create or replace view marts.dim_articles as select 1 as article_id",
    "insert into marts.ingest_ledger select * from marts.ingest_ledger",
    "delete from marts.dim_articles",
    "drop table marts.fct_deals",
    "alter view marts.dim_articles rename to gone",
    "create schema hacked",
]


@pytest.mark.slow
@pytest.mark.parametrize("statement", WRITES)
def test_newsetl_sql_cannot_change_the_published_warehouse(built, statement):
    if newsetl("sql", "--help", timeout=120).returncode != 0:
        pytest.skip("`newsetl sql` does not exist yet")
    before = fingerprint_files(built.warehouse.parent)
    done = newsetl("sql", statement, "--warehouse", str(built.warehouse), timeout=120)
    assert done.returncode != 0, f"{statement!r} succeeded: {done.stdout}"
    if statement.startswith(("create", "drop", "alter")):  # a DML statement fails on the views first
        assert "read-only" in done.stderr, done.stderr
    assert fingerprint_files(built.warehouse.parent) == before


@pytest.mark.slow
def test_newsetl_sql_cannot_write_the_warehouses_through_attach_or_copy(built, tmp_path):
    if newsetl("sql", "--help", timeout=120).returncode != 0:
        pytest.skip("`newsetl sql` does not exist yet")
    out = tmp_path / "out"  # a copy: the attempt must not spoil the module's warehouse
    shutil.copytree(built.warehouse.parent, out, symlinks=True)
    warehouse = out / built.warehouse.name
    work = out / f"{warehouse.stem}.work.duckdb"
    # the published file by another name: a link, as an analyst's home folder might hold
    alias = tmp_path / "my_warehouse.duckdb"
    alias.symlink_to(warehouse)
    before = fingerprint_files(out)
    for statement in [f"attach '{target}' as rw (read_only false); create table rw.hacked (i int)"
                      for target in (work, alias)] + [f"copy (select 'oops') to '{work}' (format csv)"]:
        done = newsetl("sql", statement, "--warehouse", str(warehouse), timeout=120)
        assert done.returncode != 0 and "sql: " in done.stderr, (statement, done.stderr)
    assert fingerprint_files(out) == before
    # Exports still work, into the export folder only (made when a COPY needs it).
    done = newsetl("sql", f"copy (select count(*) as n from marts.dim_articles) to '{out}/exports/n.csv'",
                   "--warehouse", str(warehouse), timeout=120)
    assert done.returncode == 0, done.stderr
    assert (out / "exports" / "n.csv").read_text().splitlines() == ["n", "1"]


@pytest.mark.slow
def test_the_report_reads_the_warehouse_read_only(built):
    from newsetl import report

    with pytest.raises(duckdb.Error, match="read-only"):
        report.query(built.warehouse, "create table x (i int)")
    columns, rows = report.query(built.warehouse, "select count(*) as n from marts.dim_articles")
    assert (columns, rows) == (["n"], [(1,)])


# --- secrets never reach the logs ----------------------------------------------------------------


@pytest.mark.slow
def test_secrets_in_the_environment_never_reach_the_output_of_a_run(built):
    assert leaked(built.run.stdout + built.run.stderr) == []
    # nor any file the run wrote: lake, warehouses, dbt artifacts and logs, quality documents
    for path in sorted(built.warehouse.parent.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            assert [n for n, v in FAKE_SECRETS.items() if v.encode() in data] == [], path


@pytest.mark.parametrize("case", ["missing raw folder", "unreadable setting", "failing stage"])
def test_secrets_never_reach_the_output_of_a_failed_run(case, tmp_path):
    raw = tmp_path / "raw"
    (raw / "2025-06-02").mkdir(parents=True)
    (raw / "2025-06-02" / "a.txt").write_text("A title about nickel\n\nA body about a nickel deal.\n")
    env = secret_environment()
    warehouse = tmp_path / "out" / "warehouse.duckdb"
    if case == "missing raw folder":
        raw = tmp_path / "nowhere"
    elif case == "unreadable setting":
        env["NEWSETL_MAX_FILE_BYTES"] = "twenty megabytes"  # a crash with a traceback
    else:
        (tmp_path / "out").write_text("a file where the output folder should be")  # the plan stage fails
    done = newsetl("run", "--raw-dir", str(raw), "--warehouse", str(warehouse), env=env, timeout=300)
    assert done.returncode != 0
    assert leaked(done.stdout + done.stderr) == []


def test_the_failure_callback_logs_one_line_and_no_context_or_environment(caplog, monkeypatch):
    secret = FAKE_SECRETS["AIRFLOW__CORE__FERNET_KEY"]
    for name, value in FAKE_SECRETS.items():
        monkeypatch.setenv(name, value)
    error = RuntimeError("stage dbt failed: all days: DbtError: dbt build exited with 1:\n"
                         f"  connection postgresql://airflow:{secret}@postgres/airflow refused")
    ti = SimpleNamespace(task_id="dbt", map_index=-1, try_number=1, dag_id="news_to_warehouse",
                         hostname="worker-1", executor_config={"password": secret})
    context = {
        "task_instance": ti, "ti": ti, "exception": error,
        "dag_run": SimpleNamespace(run_id="manual__2025-06-02", dag_id="news_to_warehouse",
                                   conf={"password": secret}),
        "params": {"api_key": secret}, "conf": SimpleNamespace(fernet_key=secret),
        "var": {"value": {"secret": secret}, "json": {"secret": secret}},
        "conn": SimpleNamespace(password=secret), "environ": dict(os.environ),
    }
    with caplog.at_level(logging.DEBUG):
        orchestration.log_failure(context)
    assert len(caplog.records) == 1
    record = caplog.records[0]
    assert record.exc_info is None and "\n" not in record.getMessage()
    everything = record.getMessage() + repr(record.args) + caplog.text
    assert leaked(everything) == []
    assert "stage=dbt" in record.getMessage() and "DbtError: dbt build exited with 1" in record.getMessage()
