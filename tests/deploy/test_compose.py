"""The Docker deployment, checked without a Docker engine.

What can go wrong before anyone runs `docker compose up`: a file that does not parse, a mount of
a folder that is not in the repository, a command the image does not have, a variable missing
from .env.example, a password written into the compose file, a port open to the network, or
Celery/Postgres/Redis settings that do not point at the services that exist.
"""
from __future__ import annotations

import concurrent.futures
import importlib.util
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
ENV_EXAMPLE = ROOT / ".env.example"
INIT_SCRIPT = ROOT / "docker" / "init.sh"
PROVIDERS_FILE = ROOT / "docker" / "providers.txt"
AIRFLOW_BIN = Path(sys.executable).with_name("airflow")
CONTAINER_HOME = "/opt/airflow"  # AIRFLOW_HOME in the image; the repository root maps onto it

AIRFLOW_SERVICES = {  # service -> the command it must run (the image's entrypoint adds `airflow`)
    "airflow-apiserver": "api-server",
    "airflow-scheduler": "scheduler",
    "airflow-dag-processor": "dag-processor",
    "airflow-triggerer": "triggerer",
    "airflow-worker": "celery worker",
}
ALL_SERVICES = {"postgres", "redis", "airflow-init", *AIRFLOW_SERVICES}

# Bind-mounted folders that are created at run time, not committed: they must be git-ignored.
RUNTIME_DIRS = {"data": "the shared data folder (landing zone, lake, warehouses) is made by the deployment"}

# Airflow command groups that come from a provider, not from Airflow core. The venv built from
# requirements.txt may lack them; the image must have them through docker/providers.txt.
PROVIDER_COMMANDS = {
    "celery": ("apache-airflow-providers-celery", "airflow.providers.celery"),
    "users": ("apache-airflow-providers-fab", "airflow.providers.fab"),
}
SECRET_NAME = re.compile(r"PASSWORD|SECRET|FERNET|TOKEN|(^|_)KEY($|_)", re.IGNORECASE)
VAR_REF = re.compile(r"(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)\}")


# ---------------------------------------------------------------------------------------------
# helpers


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


@pytest.fixture(scope="module")
def common_env(compose) -> dict:
    return compose["x-airflow-common"]["environment"]


def env_example() -> dict[str, str]:
    values = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, sep, value = line.partition("=")
            assert sep, f".env.example: not KEY=value: {line!r}"
            values[key.strip()] = value.strip()
    return values


def compose_var_refs() -> list[tuple[str, str]]:
    """(name, modifier) of every ${...} interpolated by docker compose ($${...} is escaped)."""
    return VAR_REF.findall(COMPOSE_FILE.read_text(encoding="utf-8"))


def without_refs(value: str) -> str:
    """The value with every ${...} replaced by REF<n>, so that URLs can be parsed."""
    counter = iter(range(1000))
    return VAR_REF.sub(lambda m: f"REF{next(counter)}", str(value))


def command_args(service: dict) -> list[str]:
    command = service.get("command", [])
    return shlex.split(command) if isinstance(command, str) else [str(part) for part in command]


def env_of(service: dict) -> dict:
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return env


def volumes_of(service: dict) -> list[tuple[str, str]]:
    """(source, target) of each volume; a source starting with . or / is a host path."""
    out = []
    for volume in service.get("volumes", []):
        if isinstance(volume, str):
            source, _, rest = volume.partition(":")
            out.append((source, rest.split(":")[0]))
        else:
            out.append((str(volume.get("source", "")), str(volume["target"])))
    return out


def is_bind(source: str) -> bool:
    return source.startswith((".", "/", "~"))


def uses_project_image(service: dict) -> bool:
    return "build" in service or str(service.get("image", "")).startswith("newsetl")


def provider_installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def run_airflow(args: list[str], extra_env: dict[str, str], home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "AIRFLOW_HOME": str(home), "AIRFLOW__CORE__LOAD_EXAMPLES": "False", **extra_env}
    return subprocess.run([str(AIRFLOW_BIN), *args], env=env, capture_output=True, text=True, timeout=180)


def init_script_airflow_commands() -> list[list[str]]:
    """The `airflow <group> <command>` invocations in docker/init.sh, as argument lists."""
    found = []
    for line in INIT_SCRIPT.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("#"):
            continue
        for match in re.finditer(r"(?:^|[\s(])airflow ((?:[a-z][a-z-]*)(?: [a-z][a-z-]*)?)", line):
            found.append(match.group(1).split())
    return found


def image_commands(services: dict) -> list[tuple[str, list[str]]]:
    """(where, airflow argv) of every Airflow command the deployment runs in the image."""
    out = []
    for name, service in services.items():
        if not uses_project_image(service):
            continue
        args = command_args(service)
        if args and args[0] in {"bash", "sh"}:
            continue  # the init script: its own airflow commands are collected below
        out.append((name, args))
    for args in init_script_airflow_commands():
        # keep `group command` for groups, the bare command otherwise (`airflow version`)
        out.append(("docker/init.sh", args if args[0] in {"db", "pools", "users", "celery", "jobs"} else args[:1]))
    return out


# ---------------------------------------------------------------------------------------------
# the files parse and hold the expected services


def test_compose_file_parses_and_has_every_service(compose, services):
    assert "x-airflow-common" in compose
    missing = ALL_SERVICES - set(services)
    assert not missing, f"services missing from docker-compose.yml: {sorted(missing)}"
    for name, expected in AIRFLOW_SERVICES.items():
        assert " ".join(command_args(services[name])) == expected, f"{name} should run `airflow {expected}`"
        assert uses_project_image(services[name]), f"{name} must run the image built from the Dockerfile"


def test_airflow_services_are_healthchecked_and_wait_for_their_dependencies(services):
    for name in ["postgres", "redis", *AIRFLOW_SERVICES]:
        assert services[name].get("healthcheck", {}).get("test"), f"{name} has no healthcheck"
    for name in AIRFLOW_SERVICES:
        depends = services[name].get("depends_on", {})
        assert depends.get("postgres", {}).get("condition") == "service_healthy", name
        assert depends.get("redis", {}).get("condition") == "service_healthy", name
        assert depends.get("airflow-init", {}).get("condition") == "service_completed_successfully", name
    worker_depends = services["airflow-worker"]["depends_on"]
    assert worker_depends.get("airflow-apiserver", {}).get("condition") == "service_healthy", (
        "workers run tasks through the api-server's execution API: they must wait for it")
    init_depends = services["airflow-init"].get("depends_on", {})
    assert init_depends.get("postgres", {}).get("condition") == "service_healthy"


def test_dockerfile_builds_on_the_airflow_image_that_requirements_pin():
    text = DOCKERFILE.read_text(encoding="utf-8")
    base = re.search(r"^FROM\s+apache/airflow:(\S+)-python(\S+)\s*$", text, re.MULTILINE)
    assert base, "the Dockerfile must build FROM apache/airflow:<version>-python<version>"
    pinned = re.search(r"^apache-airflow==(\S+)\s*$", (ROOT / "requirements.txt").read_text(), re.MULTILINE)
    assert pinned and pinned.group(1) == base.group(1), (
        f"image Airflow {base.group(1)} but requirements.txt pins {pinned and pinned.group(1)}")
    assert base.group(2) == "3.11"
    joined = text.replace("\\\n", " ")  # backslash-continued lines as one
    install = " ".join(re.findall(r"^RUN pip install.*$", joined, re.MULTILINE))
    assert '"apache-airflow==${AIRFLOW_VERSION}"' in install, "pin Airflow itself so pip cannot replace it"
    assert "requirements.txt" in install and "providers.txt" in install
    assert re.search(r"pip install [^\n]*-e /opt/airflow", text), "install the newsetl package"
    assert "docker/init.sh" in text


def test_image_providers_are_pinned_for_celery_postgres_redis_and_fab():
    pins = dict(re.findall(r"^(apache-airflow-providers-[a-z-]+)==(\S+)", PROVIDERS_FILE.read_text(), re.MULTILINE))
    for provider in ("celery", "postgres", "redis", "fab"):
        assert f"apache-airflow-providers-{provider}" in pins, f"docker/providers.txt must pin the {provider} provider"


def test_init_script_is_valid_bash():
    result = subprocess.run(["bash", "-n", str(INIT_SCRIPT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# ---------------------------------------------------------------------------------------------
# mounts


def bind_mounts(services) -> set[str]:
    return {source for service in services.values() for source, _ in volumes_of(service) if is_bind(source)}


def test_every_bind_mount_source_exists_in_the_repository(services):
    missing = []
    for source in sorted(bind_mounts(services)):
        relative = Path(source).as_posix().removeprefix("./")
        assert not Path(source).is_absolute() and not relative.startswith(".."), (
            f"bind mount {source} points outside the repository")
        if relative in RUNTIME_DIRS:
            ignored = (ROOT / ".gitignore").read_text().splitlines()
            assert f"{relative}/" in ignored or relative in ignored, (
                f"{relative} is created at run time ({RUNTIME_DIRS[relative]}) and must be git-ignored")
            continue
        if not (ROOT / relative).is_dir():
            missing.append(relative)
    assert not missing, f"bind-mounted folders missing from the repository: {missing}"


def test_project_folders_are_mounted_where_newsetl_settings_expect_them(services):
    for name in [*AIRFLOW_SERVICES, "airflow-init"]:
        mounts = {source.removeprefix("./"): target for source, target in volumes_of(services[name]) if is_bind(source)}
        for folder in ("dags", "include", "dbt_project", "gx", "data"):
            assert mounts.get(folder) == f"{CONTAINER_HOME}/{folder}", (
                f"{name}: ./{folder} must be mounted at {CONTAINER_HOME}/{folder} "
                "(newsetl.settings finds the project relative to the package)")


def test_newsetl_paths_are_on_the_shared_data_mount(services, common_env):
    data_target = f"{CONTAINER_HOME}/data"
    for var in ("NEWSETL_RAW_DIR", "NEWSETL_WAREHOUSE"):
        assert str(common_env[var]).startswith(data_target + "/"), f"{var} must live on the shared {data_target}"
    for name in [*AIRFLOW_SERVICES, "airflow-init"]:
        targets = {target for _, target in volumes_of(services[name])}
        assert data_target in targets, f"{name} does not mount the shared data folder"


# ---------------------------------------------------------------------------------------------
# commands exist in the image


def core_and_provider_commands(services):
    core, provider = {}, {}
    for where, args in image_commands(services):
        (provider if args[0] in PROVIDER_COMMANDS else core).setdefault(tuple(args), where)
    return core, provider


def test_image_commands_exist(services, tmp_path):
    """`airflow <command> --help` exits 0 in the project's venv (the same Airflow as the image)."""
    core, _ = core_and_provider_commands(services)
    assert ("db", "migrate") in core, "docker/init.sh must run `airflow db migrate`"
    assert {("api-server",), ("scheduler",), ("dag-processor",), ("triggerer",)} <= set(core)
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        results = dict(zip(core, pool.map(lambda args: run_airflow([*args, "--help"], {}, tmp_path), core)))
    failures = [f"{core[args]}: airflow {' '.join(args)} --help -> {res.returncode}: {res.stderr.strip()[-300:]}"
                for args, res in results.items() if res.returncode != 0]
    assert not failures, "\n".join(failures)


PROVIDER_ENV = {  # provider command groups only exist when their executor / auth manager is configured
    "celery": {"AIRFLOW__CORE__EXECUTOR": "CeleryExecutor"},
    "users": {"AIRFLOW__CORE__AUTH_MANAGER": "airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager"},
}


@pytest.mark.parametrize("group", sorted(PROVIDER_COMMANDS))
def test_provider_commands_exist_when_the_provider_is_in_the_venv(group, services, tmp_path):
    """The venv follows requirements.txt, which may lack these providers: then this is skipped,
    and test_provider_commands_are_installed_in_the_image covers the image."""
    _, provider = core_and_provider_commands(services)
    commands = [args for args in provider if args[0] == group]
    assert commands, f"no service runs `airflow {group} ...`"
    distribution, module = PROVIDER_COMMANDS[group]
    if not provider_installed(module):
        pytest.skip(f"{distribution} is not installed in the venv (not in requirements.txt); "
                    f"the image gets it from docker/providers.txt")
    for args in commands:
        result = run_airflow([*args, "--help"], PROVIDER_ENV[group], tmp_path)
        assert result.returncode == 0, f"{provider[args]}: airflow {' '.join(args)} --help: {result.stderr[-300:]}"


def test_provider_commands_are_installed_in_the_image(services):
    pins = PROVIDERS_FILE.read_text()
    for where, args in image_commands(services):
        provider = PROVIDER_COMMANDS.get(args[0])
        if provider:
            assert re.search(rf"^{re.escape(provider[0])}==", pins, re.MULTILINE), (
                f"{where} runs `airflow {' '.join(args)}`, which needs {provider[0]} in docker/providers.txt")


def test_healthcheck_job_types_exist(services, tmp_path):
    wanted = {}
    for name, service in services.items():
        test = " ".join(map(str, service.get("healthcheck", {}).get("test", [])))
        match = re.search(r"airflow jobs check --job-type (\w+)", test)
        if match:
            wanted[name] = match.group(1)
    assert set(wanted) == {"airflow-dag-processor", "airflow-triggerer"}
    help_text = run_airflow(["jobs", "check", "--help"], {}, tmp_path).stdout
    choices = re.search(r"--job-type \{([^}]*)\}", help_text)
    assert choices, help_text
    for name, job_type in wanted.items():
        assert job_type in choices.group(1).split(","), f"{name}: no job type {job_type}"


def test_celery_worker_healthcheck_uses_the_provider_app(services):
    test = " ".join(map(str, services["airflow-worker"]["healthcheck"]["test"]))
    assert "airflow.providers.celery.executors.celery_executor.app" in test


# ---------------------------------------------------------------------------------------------
# variables and secrets


def test_every_compose_variable_is_in_env_example_and_vice_versa():
    used = {name for name, _ in compose_var_refs()}
    listed = set(env_example())
    assert used - listed == set(), f"used in docker-compose.yml but not in .env.example: {sorted(used - listed)}"
    assert listed - used == set(), f"in .env.example but unused by docker-compose.yml: {sorted(listed - used)}"


def test_secrets_are_required_from_env_never_defaulted():
    for name, modifier in compose_var_refs():
        if SECRET_NAME.search(name):
            assert modifier.startswith(":?"), (
                f"${{{name}{modifier}}}: a secret must be required with :? (no default, no empty value)")
    for key, value in env_example().items():
        if SECRET_NAME.search(key):
            assert "CHANGE_ME" in value, f".env.example must hold a placeholder for {key}, not a value"


def literal_secret_findings(node, path="") -> list[str]:
    """Environment entries whose name looks secret and whose value is not purely ${...}."""
    findings = []
    if isinstance(node, dict):
        for key, value in node.items():
            where = f"{path}.{key}" if path else str(key)
            if isinstance(value, (str, int, float)) and SECRET_NAME.search(str(key)):
                if VAR_REF.fullmatch(str(value).strip()) is None:
                    findings.append(f"{where}={value!r}")
            findings += literal_secret_findings(value, where)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            findings += literal_secret_findings(item, f"{path}[{i}]")
    return findings


def test_no_literal_secrets_in_compose_file(compose):
    findings = literal_secret_findings(compose)
    assert not findings, f"secrets must come from .env as ${{VAR:?...}}: {findings}"
    text = COMPOSE_FILE.read_text(encoding="utf-8")
    for password in re.findall(r"--requirepass\s+(\S+)", text):
        assert "$" in password, f"a literal Redis password: {password}"
    assert "_AIRFLOW_WWW_USER_PASSWORD" not in text, "no default admin password (the reference file has one)"


def test_connection_urls_carry_no_literal_credentials(common_env):
    for key in ("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "AIRFLOW__CELERY__RESULT_BACKEND", "AIRFLOW__CELERY__BROKER_URL"):
        url = urlsplit(without_refs(common_env[key]))
        assert url.password and re.fullmatch(r"REF\d+", url.password), f"{key}: the password must be a ${{VAR}}"
        if url.username:
            assert re.fullmatch(r"REF\d+", url.username), f"{key}: the user must be a ${{VAR}}"


def test_no_secrets_in_dockerfile():
    text = DOCKERFILE.read_text(encoding="utf-8")
    for match in re.finditer(r"^(?:ENV|ARG)\s+(.*(?:\\\n.*)*)", text, re.MULTILINE):
        for name in re.findall(r"([A-Za-z_][A-Za-z0-9_]*)=", match.group(1)):
            assert not SECRET_NAME.search(name), f"Dockerfile sets {name}: secrets belong in .env"
    assert "FERNET" not in text.upper() and "PASSWORD" not in text.upper()


def test_env_file_is_never_committed_nor_sent_to_the_build():
    assert ".env" in (ROOT / ".gitignore").read_text().splitlines()
    assert ".env" in (ROOT / ".dockerignore").read_text().splitlines()
    tracked = subprocess.run(["git", "ls-files", "--error-unmatch", ".env"], cwd=ROOT, capture_output=True)
    assert tracked.returncode != 0, ".env is tracked by git: remove it from the index and rotate its secrets"


def test_api_server_requires_login(common_env, compose):
    text = COMPOSE_FILE.read_text(encoding="utf-8")
    assert not re.search(r"SIMPLE_AUTH_MANAGER_ALL_ADMINS\s*:\s*['\"]?true", text, re.IGNORECASE)
    manager = common_env.get("AIRFLOW__CORE__AUTH_MANAGER", "")
    assert manager.endswith(("FabAuthManager", "SimpleAuthManager")), manager
    if manager.endswith("FabAuthManager"):
        assert re.search(r"^apache-airflow-providers-fab==", PROVIDERS_FILE.read_text(), re.MULTILINE)
    assert common_env.get("AIRFLOW__API_AUTH__JWT_SECRET") and common_env.get("AIRFLOW__CORE__FERNET_KEY")


# ---------------------------------------------------------------------------------------------
# network


def test_ports_are_published_on_localhost_only(services):
    published = {}
    for name, service in services.items():
        for port in service.get("ports", []):
            if isinstance(port, dict):
                assert port.get("host_ip") == "127.0.0.1", f"{name}: {port}"
            else:
                assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} beyond this machine"
            published[name] = port
    assert set(published) == {"airflow-apiserver"}, f"only the api-server should publish a port: {published}"


def test_common_env_points_celery_and_the_database_at_the_compose_services(common_env, services):
    assert common_env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"

    database = urlsplit(without_refs(common_env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]))
    assert database.scheme == "postgresql+psycopg2"
    backend = urlsplit(without_refs(common_env["AIRFLOW__CELERY__RESULT_BACKEND"]))
    assert backend.scheme == "db+postgresql"
    for url in (database, backend):
        assert url.hostname == "postgres" and url.hostname in services
        assert (url.port or 5432) == 5432

    # the same database and user as the postgres service creates
    raw_db = common_env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
    raw_backend = common_env["AIRFLOW__CELERY__RESULT_BACKEND"]
    assert raw_db.split("@", 1)[1] == raw_backend.split("@", 1)[1]
    postgres_env = env_of(services["postgres"])
    for var in ("POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB"):
        assert f"${{{var}:" in raw_db and f"${{{var}:" in str(postgres_env[var]), var

    broker = urlsplit(without_refs(common_env["AIRFLOW__CELERY__BROKER_URL"]))
    assert broker.scheme == "redis" and broker.hostname == "redis" and broker.hostname in services
    assert (broker.port or 6379) == 6379
    redis_env = env_of(services["redis"])
    assert "${REDIS_PASSWORD:" in common_env["AIRFLOW__CELERY__BROKER_URL"]
    assert "${REDIS_PASSWORD:" in str(redis_env["REDIS_PASSWORD"])
    assert "requirepass" in " ".join(command_args(services["redis"]))

    execution = urlsplit(common_env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"])
    assert execution.hostname == "airflow-apiserver" and execution.hostname in services
    assert execution.port == 8080 and execution.path.rstrip("/") == "/execution"
    container_ports = {str(p).rsplit(":", 1)[-1] for p in services["airflow-apiserver"]["ports"]}
    assert "8080" in container_ports


# ---------------------------------------------------------------------------------------------
# with a compose engine, when one is installed


@pytest.mark.skipif(shutil.which("docker") is None, reason="docker is not installed")
def test_docker_compose_accepts_the_file_with_env_example():
    probe = subprocess.run(["docker", "compose", "version"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip("the docker compose plugin is not installed")
    result = subprocess.run(
        ["docker", "compose", "--env-file", str(ENV_EXAMPLE), "-f", str(COMPOSE_FILE), "config", "--quiet"],
        cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
