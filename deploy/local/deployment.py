"""The docker-compose deployment, run for real on this machine without Docker.

PostgreSQL (Airflow's metadata database and Celery's result backend) and Redis (the Celery
broker) from the Debian packages, then Airflow's api-server, scheduler, dag-processor,
triggerer and a Celery worker as separate processes with the CeleryExecutor: the same shape
as docker-compose.yml, on one machine.

    .venv/bin/python deploy/local/deployment.py start     # or: make deploy-local
    .venv/bin/python deploy/local/deployment.py status
    .venv/bin/python deploy/local/deployment.py airflow backfill create --dag-id news_to_warehouse \\
        --from-date 2025-04-14 --to-date 2025-04-16 --max-active-runs 1
    .venv/bin/python deploy/local/deployment.py stop [--purge]   # or: make deploy-local-stop

What it guarantees:
- Everything lives in one throwaway folder (default `.deploy/local/`, git-ignored): Postgres's
  data directory, Redis's, AIRFLOW_HOME, the logs of every process, the pids. `start` refuses
  to run twice, and wipes a stopped deployment's folder before starting afresh.
- Every password and key is generated at start (`secrets`, `cryptography.fernet`) and written
  only to files readable by their owner (secrets.json, redis.conf, the auth manager's password
  file). Nothing is hard-coded; nothing secret goes on a command line.
- Postgres, Redis and the api-server listen on 127.0.0.1 only, on free ports picked at start.
  The log servers of the worker and triggerer (which would bind every interface) are not
  started: every process is on this machine and reads the same log folder.
- PostgreSQL and redis-server are installed with apt-get when missing (as root; otherwise it
  says what to install). As root, Postgres and Redis run as their packages' service users
  (Postgres refuses to run as root).
- `stop` ends exactly the processes `start` started, by pid (checked against the start time it
  recorded, so a recycled pid is never signalled), with their children.
- Login: the simple auth manager (no FAB needed), user `admin`, password in
  `<folder>/airflow/passwords.json`. REST API: POST /auth/token, then /api/v2 with the JWT.

Stdlib only at import time, so `stop` works even when the venv is half broken.
"""
from __future__ import annotations

import argparse
import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
DEFAULT_DIR = PROJECT / ".deploy" / "local"
VENV_BIN = Path(sys.executable).parent
MARKER = ".newsetl-local-deployment"  # only a folder holding this file is ever wiped
ADMIN_USER = "admin"
WAREHOUSE_POOL = "duckdb_writer"  # newsetl.orchestration.WAREHOUSE_POOL (not imported: stdlib only)
DBT_MANIFEST = PROJECT / "dbt_project" / "target" / "manifest.json"
APT_PACKAGES = ["postgresql", "redis-server"]

# Airflow's long-running processes, in start order (stopped in reverse).
AIRFLOW_PROCESSES = {
    "api-server": ["api-server", "--host", "127.0.0.1", "--port", "{api_port}", "--workers", "1"],
    "scheduler": ["scheduler", "--skip-serve-logs"],
    "dag-processor": ["dag-processor"],
    "triggerer": ["triggerer", "--skip-serve-logs"],
    "celery-worker": ["celery", "worker", "--concurrency", "{worker_concurrency}", "--skip-serve-logs"],
}


class DeploymentError(RuntimeError):
    pass


def say(message: str) -> None:
    print(f"deploy-local: {message}", flush=True)


# --- files of one deployment ----------------------------------------------------------------


class Layout:
    def __init__(self, root: Path):
        self.root = root.resolve()
        self.state = self.root / "state.json"
        self.secrets = self.root / "secrets.json"
        self.logs = self.root / "logs"
        self.postgres = self.root / "postgres"
        self.pgdata = self.postgres / "data"
        self.redis = self.root / "redis"
        self.airflow_home = self.root / "airflow"
        self.passwords = self.airflow_home / "passwords.json"

    def read_state(self) -> dict:
        return json.loads(self.state.read_text()) if self.state.exists() else {}

    def write_state(self, state: dict) -> None:
        tmp = self.state.with_suffix(".tmp")
        tmp.write_text(json.dumps(state, indent=2))
        os.replace(tmp, self.state)

    def read_secrets(self) -> dict:
        return json.loads(self.secrets.read_text())


def write_private(path: Path, text: str, owner: pwd.struct_passwd | None = None) -> None:
    """A file only its owner can read, created with that mode (never world-readable, not even briefly)."""
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)
    if owner is not None:
        os.chown(path, owner.pw_uid, owner.pw_gid)


def generate_secrets() -> dict[str, str]:
    """Fresh random credentials: hex where they go into URLs, a Fernet key for Airflow."""
    from cryptography.fernet import Fernet

    return {
        "postgres_password": secrets.token_hex(24),
        "redis_password": secrets.token_hex(24),
        "fernet_key": Fernet.generate_key().decode(),
        "jwt_secret": secrets.token_hex(32),
        "api_secret_key": secrets.token_hex(32),
        "admin_password": secrets.token_urlsafe(18),
    }


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- processes ------------------------------------------------------------------------------


def process_start_time(pid: int) -> int | None:
    """Start time of a process in clock ticks since boot (/proc/<pid>/stat field 22), or None."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[19])


def is_ours(record: dict) -> bool:
    """The recorded process still runs and is the same process (not a recycled pid, not a zombie)."""
    return (bool(record) and process_start_time(record["pid"]) == record["start_time"]
            and not zombie(record["pid"]))


def descendants(pid: int) -> list[int]:
    """Every process below `pid` (task processes sit in process groups of their own)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def signal_tree(record: dict, sig: int) -> list[int]:
    """Send `sig` to a recorded process, its process group and all its descendants."""
    if not is_ours(record):
        return []
    pid = record["pid"]
    tree = [pid, *descendants(pid)]
    if not record.get("tree", True):  # the process ends its own children (the postmaster)
        os.kill(pid, sig)
        return tree
    if os.getpgid(pid) == pid:  # started as a session leader by `spawn`
        try:
            os.killpg(pid, sig)
        except ProcessLookupError:
            pass
    for member in tree:
        try:
            os.kill(member, sig)
        except ProcessLookupError:
            pass
    return tree


def stop_record(name: str, record: dict, timeout: float, sig: int = signal.SIGTERM) -> None:
    tree = signal_tree(record, sig)
    if not tree:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(Path(f"/proc/{p}").exists() and not zombie(p) for p in tree):
        time.sleep(0.3)
    leftovers = [p for p in tree if Path(f"/proc/{p}").exists() and not zombie(p)]
    if leftovers:
        say(f"{name}: still running after {timeout:.0f}s, killing {leftovers}")
        for member in leftovers:
            try:
                os.kill(member, signal.SIGKILL)
            except ProcessLookupError:
                pass
    try:
        os.waitpid(record["pid"], os.WNOHANG)  # reap it if it is our own child
    except ChildProcessError:
        pass


def zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return False


def spawn(name: str, argv: list[str], env: dict[str, str], layout: Layout, user: pwd.struct_passwd | None = None
          ) -> dict:
    """Start a long-running process in a session of its own, output to logs/<name>.log."""
    if user is not None:
        argv = as_user(user, argv)
    log = open(layout.logs / f"{name}.log", "ab")
    process = subprocess.Popen(argv, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                               start_new_session=True, cwd=layout.root)
    log.close()
    for _ in range(50):
        start_time = process_start_time(process.pid)
        if start_time is not None:
            break
        time.sleep(0.01)
    return {"pid": process.pid, "start_time": start_time, "argv": argv}


def as_user(user: pwd.struct_passwd, argv: list[str]) -> list[str]:
    """Run argv as `user` (setpriv execs, so the pid is the program's own)."""
    return ["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--init-groups", *argv]


def run(argv: list[str], env: dict[str, str] | None = None, log: Path | None = None, timeout: float = 600,
        user: pwd.struct_passwd | None = None) -> None:
    if user is not None:
        argv = as_user(user, argv)
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=timeout)
    if log is not None:
        with open(log, "a") as handle:
            handle.write(f"$ {' '.join(argv)}\n{done.stdout}{done.stderr}\n")
    if done.returncode != 0:
        raise DeploymentError(f"{' '.join(argv[:4])} ... failed ({done.returncode}):\n{(done.stdout + done.stderr)[-3000:]}")


def wait_for(what: str, check, timeout: float, logs: list[Path] = (), processes: dict | None = None) -> None:
    """Poll `check` until it is true; fail at once when one of `processes` has died."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            if check():
                return
        except Exception as error:  # noqa: BLE001 - retried until the deadline
            last_error = error
        dead = [name for name, record in (processes or {}).items() if not is_ours(record)]
        if dead or time.monotonic() > deadline:
            break
        time.sleep(1)
    tails = "".join(f"\n--- {p.name} ---\n{tail(p)}" for p in logs)
    problem = f"{', '.join(dead)} exited" if dead else f"not ready after {timeout:.0f}s"
    raise DeploymentError(f"{what}: {problem} (last error: {last_error}){tails}")


def tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


# --- system packages ------------------------------------------------------------------------


def postgres_bin() -> Path | None:
    """The newest PostgreSQL server of the Debian packages (/usr/lib/postgresql/<v>/bin)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def redis_server() -> str | None:
    return shutil.which("redis-server") or (
        "/usr/bin/redis-server" if Path("/usr/bin/redis-server").exists() else None)


def ensure_packages(log: Path) -> None:
    """PostgreSQL and redis-server from the Debian packages, installed with apt-get if missing."""
    missing = [pkg for pkg, present in (("postgresql", postgres_bin()), ("redis-server", redis_server()))
               if not present]
    if not missing:
        return
    if os.geteuid() != 0:
        raise DeploymentError(f"missing {', '.join(missing)}: install them with "
                              f"`sudo apt-get install -y {' '.join(missing)}` (or run this as root)")
    say(f"installing {', '.join(missing)} with apt-get (first time only)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    try:
        run(install, env=env, log=log, timeout=900)
    except DeploymentError:  # stale or missing package lists on a fresh machine
        run(["apt-get", "update"], env=env, log=log, timeout=600)
        run(install, env=env, log=log, timeout=900)
    if not postgres_bin() or not redis_server():
        raise DeploymentError(f"apt-get installed {missing} but initdb/redis-server are still missing")


def service_user(name: str) -> pwd.struct_passwd | None:
    """As root, the package's service user (postgres, redis); otherwise None (run as ourselves)."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(name)
    except KeyError as error:
        if name == "postgres":
            raise DeploymentError("PostgreSQL refuses to run as root and there is no `postgres` user") from error
        return None


def owned_dir(path: Path, user: pwd.struct_passwd | None) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)
    if user is not None:
        os.chown(path, user.pw_uid, user.pw_gid)
    return path


# --- services -------------------------------------------------------------------------------


def start_postgres(layout: Layout, state: dict, creds: dict) -> dict:
    user = service_user("postgres")
    bindir = postgres_bin()
    owned_dir(layout.postgres, user)
    pwfile = layout.postgres / "pwfile"
    write_private(pwfile, creds["postgres_password"] + "\n", user)
    log = layout.logs / "postgres-setup.log"
    try:
        run([str(bindir / "initdb"), "-D", str(layout.pgdata), "-U", "airflow", f"--pwfile={pwfile}",
             "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale"],
            log=log, user=user, timeout=300)
    finally:
        pwfile.unlink(missing_ok=True)
    port = state["ports"]["postgres"]
    with open(layout.pgdata / "postgresql.conf", "a") as conf:
        conf.write(
            "\n# newsetl local deployment: loopback only, throwaway data (no fsync)\n"
            f"listen_addresses = '127.0.0.1'\nport = {port}\n"
            f"unix_socket_directories = '{layout.postgres}'\n"
            "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
            "shared_buffers = 64MB\nmax_connections = 200\n")
    # The postmaster runs in the foreground of its own session, so `stop` finds it by pid.
    return spawn("postgres", [str(bindir / "postgres"), "-D", str(layout.pgdata)], dict(os.environ), layout, user)


def postgres_ready(state: dict, creds: dict) -> bool:
    import psycopg2

    with psycopg2.connect(host="127.0.0.1", port=state["ports"]["postgres"], user="airflow",
                          password=creds["postgres_password"], dbname="postgres", connect_timeout=3):
        return True


def create_database(state: dict, creds: dict) -> None:
    import psycopg2

    connection = psycopg2.connect(host="127.0.0.1", port=state["ports"]["postgres"], user="airflow",
                                  password=creds["postgres_password"], dbname="postgres")
    try:
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute("CREATE DATABASE airflow")
    finally:
        connection.close()


def start_redis(layout: Layout, state: dict, creds: dict) -> dict:
    user = service_user("redis")
    owned_dir(layout.redis, user)
    conf = layout.redis / "redis.conf"
    write_private(conf, "\n".join([
        "bind 127.0.0.1", f"port {state['ports']['redis']}", "protected-mode yes",
        f"requirepass {creds['redis_password']}", f"dir {layout.redis}", "save \"\"", "appendonly no",
        "daemonize no", f"logfile {layout.redis / 'redis.log'}", "databases 2", ""]), user)
    return spawn("redis", [redis_server(), str(conf)], dict(os.environ), layout, user)


def redis_ready(state: dict, creds: dict) -> bool:
    import redis

    return redis.Redis(host="127.0.0.1", port=state["ports"]["redis"], password=creds["redis_password"],
                       socket_timeout=3).ping()


# --- Airflow --------------------------------------------------------------------------------


def airflow_env(layout: Layout, state: dict, creds: dict) -> dict[str, str]:
    """The environment of every Airflow process: everything configured here, nothing inherited."""
    pg = f"airflow:{creds['postgres_password']}@127.0.0.1:{state['ports']['postgres']}/airflow"
    api = f"http://127.0.0.1:{state['ports']['api']}"
    warehouse = Path(state["warehouse"])
    docs_dir = warehouse.parent / "dbt_docs"  # newsetl.settings.Settings.dbt_docs_dir
    base = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW__", "AIRFLOW_CONN_", "AIRFLOW_VAR_"))}
    return {
        **base,
        "PATH": f"{VENV_BIN}{os.pathsep}{base.get('PATH', '/usr/bin:/bin')}",
        "AIRFLOW_HOME": str(layout.airflow_home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT / "dags"),
        "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
        "AIRFLOW__CORE__FERNET_KEY": creds["fernet_key"],
        "AIRFLOW__CORE__AUTH_MANAGER":
            "airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": f"{ADMIN_USER}:admin",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(layout.passwords),
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{api}/execution/",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"postgresql+psycopg2://{pg}",
        # the driver named: SQLAlchemy 2.1 would pick psycopg 3 for a bare postgresql://
        "AIRFLOW__CELERY__RESULT_BACKEND": f"db+postgresql+psycopg2://{pg}",
        "AIRFLOW__CELERY__BROKER_URL": f"redis://:{creds['redis_password']}@127.0.0.1:{state['ports']['redis']}/0",
        "AIRFLOW__CELERY__WORKER_CONCURRENCY": str(state["worker_concurrency"]),
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API__PORT": str(state["ports"]["api"]),
        "AIRFLOW__API__BASE_URL": api,
        "AIRFLOW__API__SECRET_KEY": creds["api_secret_key"],
        "AIRFLOW__API__EXPOSE_CONFIG": "False",
        "AIRFLOW__API_AUTH__JWT_SECRET": creds["jwt_secret"],
        "AIRFLOW__USAGE_DATA_COLLECTION__ENABLED": "False",
        # dbt docs inside the UI (Browse > dbt docs (newsetl)); same value as
        # newsetl.orchestration.dbt_docs_projects(settings)
        "AIRFLOW__COSMOS__DBT_DOCS_PROJECTS": json.dumps(
            {"newsetl": {"dir": str(docs_dir), "index": "index.html", "name": "dbt docs (newsetl)"}}),
        "AIRFLOW__COSMOS__ENABLE_TELEMETRY": "False",
        "NEWSETL_RAW_DIR": state["raw_dir"],
        "NEWSETL_WAREHOUSE": state["warehouse"],
        "DO_NOT_TRACK": "1",
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
        "SCARF_ANALYTICS": "false",
    }


def api_health(state: dict) -> dict:
    with urllib.request.urlopen(f"http://127.0.0.1:{state['ports']['api']}/api/v2/monitor/health", timeout=5) as r:
        return json.load(r)


def all_healthy(state: dict) -> bool:
    health = api_health(state)
    return all(health.get(part, {}).get("status") == "healthy"
               for part in ("metadatabase", "scheduler", "triggerer", "dag_processor"))


def celery_worker_ready(layout: Layout) -> bool:
    return " ready." in (layout.logs / "celery-worker.log").read_text(errors="replace")


def start_airflow(layout: Layout, state: dict, creds: dict) -> None:
    env = airflow_env(layout, state, creds)
    airflow = str(VENV_BIN / "airflow")
    layout.airflow_home.mkdir(mode=0o700)
    write_private(layout.passwords, json.dumps({ADMIN_USER: creds["admin_password"]}) + "\n")
    say("airflow db migrate (PostgreSQL)")
    run([airflow, "db", "migrate"], env=env, log=layout.logs / "airflow-setup.log", timeout=900)
    run([airflow, "pools", "set", WAREHOUSE_POOL, "1", "one writer at a time on the DuckDB warehouse"],
        env=env, log=layout.logs / "airflow-setup.log", timeout=300)
    for name, template in AIRFLOW_PROCESSES.items():
        argv = [airflow, *(a.format(api_port=state["ports"]["api"], worker_concurrency=state["worker_concurrency"])
                           for a in template)]
        state["processes"][name] = spawn(name, argv, env, layout)
        layout.write_state(state)
        say(f"started airflow {name} (pid {state['processes'][name]['pid']})")


# --- commands -------------------------------------------------------------------------------


def running(layout: Layout) -> dict[str, dict]:
    return {name: record for name, record in layout.read_state().get("processes", {}).items() if is_ours(record)}


def start(root: Path, raw_dir: Path, warehouse: Path, worker_concurrency: int, timeout: float) -> dict:
    layout = Layout(root)
    if layout.root.exists():
        if running(layout):
            raise DeploymentError(f"a deployment is running in {layout.root}: stop it first")
        if not (layout.root / MARKER).exists() and any(layout.root.iterdir()):
            raise DeploymentError(f"{layout.root} is not empty and is not a local deployment's folder")
        shutil.rmtree(layout.root)  # a stopped deployment: throwaway by design
    if not DBT_MANIFEST.exists():
        raise DeploymentError(f"{DBT_MANIFEST} is missing: run `make manifest` first")
    layout.root.mkdir(parents=True, mode=0o755)
    os.chmod(layout.root, 0o755)  # the postgres and redis users must reach their folders
    (layout.root / MARKER).touch()
    layout.logs.mkdir()
    ensure_packages(layout.logs / "apt.log")

    creds = generate_secrets()
    write_private(layout.secrets, json.dumps(creds, indent=2) + "\n")
    state = {"root": str(layout.root), "raw_dir": str(raw_dir.resolve()), "warehouse": str(warehouse.resolve()),
             "worker_concurrency": worker_concurrency, "processes": {},
             "ports": {"postgres": free_port(), "redis": free_port(), "api": free_port()}}
    state["api_url"] = f"http://127.0.0.1:{state['ports']['api']}"
    layout.write_state(state)
    Path(state["warehouse"]).parent.mkdir(parents=True, exist_ok=True)
    try:
        say(f"PostgreSQL on 127.0.0.1:{state['ports']['postgres']}")
        state["processes"]["postgres"] = start_postgres(layout, state, creds)
        layout.write_state(state)
        wait_for("PostgreSQL", lambda: postgres_ready(state, creds), 120, [layout.logs / "postgres.log"],
                 state["processes"])
        create_database(state, creds)
        say(f"Redis on 127.0.0.1:{state['ports']['redis']}")
        state["processes"]["redis"] = start_redis(layout, state, creds)
        layout.write_state(state)
        wait_for("Redis", lambda: redis_ready(state, creds), 60, [layout.redis / "redis.log", layout.logs / "redis.log"],
                 state["processes"])
        start_airflow(layout, state, creds)
        logs = [layout.logs / f"{name}.log" for name in AIRFLOW_PROCESSES]
        wait_for("Airflow (api-server, scheduler, triggerer, dag-processor)", lambda: all_healthy(state), timeout,
                 logs, state["processes"])
        wait_for("the Celery worker", lambda: celery_worker_ready(layout), timeout, [layout.logs / "celery-worker.log"],
                 state["processes"])
    except BaseException:
        say("start failed: stopping what was started")
        stop(root, purge=False)
        raise
    say(f"running. UI and REST API: {state['api_url']} (user {ADMIN_USER}, password in {layout.passwords})")
    say(f"dbt docs in the UI: {state['api_url']}/cosmos/newsetl/dbt_docs (Browse > dbt docs (newsetl))")
    say(f"Airflow CLI against it: {sys.executable} {Path(__file__).resolve()} --dir {layout.root} airflow ...")
    return state


def stop(root: Path, purge: bool, timeout: float = 30) -> None:
    layout = Layout(root)
    state = layout.read_state()
    processes = state.get("processes", {})
    order = [*reversed(AIRFLOW_PROCESSES), "redis", "postgres"]
    for name in sorted(processes, key=lambda n: order.index(n) if n in order else -1):
        record = processes[name]
        if is_ours(record):
            say(f"stopping {name} (pid {record['pid']})")
            # Postgres: SIGINT to the postmaster is its "fast" shutdown (it ends its backends).
            if name == "postgres":
                stop_record(name, {**record, "tree": False}, timeout, signal.SIGINT)
            else:
                stop_record(name, record, timeout)
    if purge and (layout.root / MARKER).exists():
        shutil.rmtree(layout.root, ignore_errors=True)
        say(f"removed {layout.root}")
    elif state:
        state["processes"] = {}
        layout.write_state(state)


def status(root: Path) -> int:
    layout = Layout(root)
    state = layout.read_state()
    if not state:
        say(f"no deployment in {layout.root}")
        return 1
    alive = running(layout)
    for name in state.get("processes", {}):
        say(f"{name:14} {'running' if name in alive else 'stopped'}")
    say(f"UI and REST API: {state['api_url']}")
    return 0 if alive and len(alive) == len(state["processes"]) else 1


def airflow_cli(root: Path, args: list[str]) -> int:
    layout = Layout(root)
    state = layout.read_state()
    if not state:
        raise DeploymentError(f"no deployment in {layout.root}: start one first")
    env = airflow_env(layout, state, layout.read_secrets())
    return subprocess.call([str(VENV_BIN / "airflow"), *args], env=env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=Path(os.environ.get("NEWSETL_DEPLOY_DIR") or DEFAULT_DIR),
                        help=f"the deployment's throwaway folder (default {DEFAULT_DIR})")
    sub = parser.add_subparsers(dest="command", required=True)
    p_start = sub.add_parser("start", help="install what is missing, start every service, wait until healthy")
    p_start.add_argument("--raw-dir", type=Path,
                         default=Path(os.environ.get("NEWSETL_RAW_DIR") or PROJECT / "include/sample_data/raw"))
    p_start.add_argument("--warehouse", type=Path,
                         default=Path(os.environ.get("NEWSETL_WAREHOUSE") or PROJECT / "data/warehouse.duckdb"))
    p_start.add_argument("--worker-concurrency", type=int, default=2)
    p_start.add_argument("--timeout", type=float, default=300, help="seconds to wait for Airflow to be healthy")
    p_stop = sub.add_parser("stop", help="stop every process this deployment started")
    p_stop.add_argument("--purge", action="store_true", help="also delete the folder (data, logs, secrets)")
    sub.add_parser("status", help="which processes run")
    p_airflow = sub.add_parser("airflow", help="the Airflow CLI with this deployment's settings")
    p_airflow.add_argument("args", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    try:
        if args.command == "start":
            start(args.dir, args.raw_dir, args.warehouse, args.worker_concurrency, args.timeout)
        elif args.command == "stop":
            stop(args.dir, args.purge)
        elif args.command == "status":
            return status(args.dir)
        elif args.command == "airflow":
            return airflow_cli(args.dir, args.args)
    except DeploymentError as error:
        print(f"deploy-local: ERROR: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
