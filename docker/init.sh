#!/usr/bin/env bash
# airflow-init: the one-shot set-up every other Airflow service waits for.
#
# Started as root by docker-compose.yml (through the image's /entrypoint, which has already
# waited for Postgres). Root is used only to create the shared folders and hand them to
# AIRFLOW_UID; everything else runs as that user, so nothing on the bind mounts ends up owned by
# root. Safe to run on every `docker compose up`: each step is idempotent.
set -euo pipefail

say() { printf '\nairflow-init: %s\n' "$*"; }
fail() { printf '\nairflow-init: ERROR: %s\n' "$*" >&2; exit 1; }

for var in AIRFLOW_UID AIRFLOW_ADMIN_USERNAME AIRFLOW_ADMIN_PASSWORD AIRFLOW_ADMIN_EMAIL \
           AIRFLOW__CORE__FERNET_KEY AIRFLOW__API_AUTH__JWT_SECRET NEWSETL_RAW_DIR NEWSETL_WAREHOUSE; do
  [[ -n "${!var:-}" ]] || fail "$var is empty: copy .env.example to .env and fill in every value"
done
for var in AIRFLOW_ADMIN_PASSWORD AIRFLOW__CORE__FERNET_KEY AIRFLOW__API_AUTH__JWT_SECRET \
           AIRFLOW__API__SECRET_KEY AIRFLOW__DATABASE__SQL_ALCHEMY_CONN AIRFLOW__CELERY__BROKER_URL; do
  [[ "${!var:-}" != *CHANGE_ME* ]] || fail "$var still holds the CHANGE_ME placeholder of .env.example: generate a value (see .env.example)"
done
[[ "$AIRFLOW_UID" =~ ^[0-9]+$ ]] || fail "AIRFLOW_UID must be a number (the output of \`id -u\` on the host)"
[[ "$AIRFLOW_UID" != 0 ]] || fail "AIRFLOW_UID=0 would run Airflow as root: use your own user id (\`id -u\`)"

AIRFLOW_HOME="${AIRFLOW_HOME:-/opt/airflow}"
DBT_DIR="$AIRFLOW_HOME/dbt_project"
DATA_ROOT="$AIRFLOW_HOME/data"
WAREHOUSE_DIR="$(dirname "$NEWSETL_WAREHOUSE")"

# Run a command as AIRFLOW_UID (group 0, as the official image expects for any uid).
if [[ "$(id -u)" == 0 ]] && ! command -v setpriv >/dev/null; then
  fail "setpriv (util-linux) is missing from the image: cannot drop root privileges"
fi
as_airflow() {
  if [[ "$(id -u)" == 0 ]]; then
    setpriv --reuid="$AIRFLOW_UID" --regid=0 --clear-groups \
      env HOME=/home/airflow USER=airflow LOGNAME=airflow "$@"
  else
    "$@"
  fi
}

say "shared folders (owner ${AIRFLOW_UID}:0)"
if [[ "$(id -u)" == 0 ]]; then
  mkdir -p "$DATA_ROOT" "$NEWSETL_RAW_DIR" "$WAREHOUSE_DIR" "$AIRFLOW_HOME/logs" \
           "$DBT_DIR/target" "$DBT_DIR/logs"
  # Not recursive on the data folder: the landing zone can be large and is never rewritten.
  chown "$AIRFLOW_UID:0" "$DATA_ROOT" "$NEWSETL_RAW_DIR" "$WAREHOUSE_DIR"
  chmod g+rwx "$DATA_ROOT" "$NEWSETL_RAW_DIR" "$WAREHOUSE_DIR"
  chown -R "$AIRFLOW_UID:0" "$AIRFLOW_HOME/logs" "$DBT_DIR/target" "$DBT_DIR/logs"
else
  mkdir -p "$NEWSETL_RAW_DIR" "$WAREHOUSE_DIR" "$DBT_DIR/target" "$DBT_DIR/logs"
fi

if [[ "${NEWSETL_SEED_SAMPLE_DATA:-false}" == "true" ]]; then
  sample="$AIRFLOW_HOME/include/sample_data/raw"
  if [[ -d "$sample" ]] && [[ -z "$(ls -A "$NEWSETL_RAW_DIR")" ]]; then
    say "landing zone is empty: copying the bundled sample data into $NEWSETL_RAW_DIR"
    as_airflow cp -R "$sample/." "$NEWSETL_RAW_DIR/"
  else
    say "landing zone already holds files (or no sample data): not seeding"
  fi
fi

say "airflow $(as_airflow airflow version)"

say "metadata database: airflow db migrate"
as_airflow airflow db migrate

say "admin user '${AIRFLOW_ADMIN_USERNAME}' (kept as is if it already exists)"
# FabAuthManager provides `airflow users`; an existing user is reported and left unchanged
# (change a password with `airflow users reset-password`).
as_airflow airflow users create \
  --username "$AIRFLOW_ADMIN_USERNAME" \
  --password "$AIRFLOW_ADMIN_PASSWORD" \
  --email "$AIRFLOW_ADMIN_EMAIL" \
  --firstname Admin --lastname Newsetl --role Admin
unset AIRFLOW_ADMIN_PASSWORD

say "warehouse pool: one writer at a time on DuckDB"
pool="$(as_airflow python -c 'from newsetl.orchestration import WAREHOUSE_POOL; print(WAREHOUSE_POOL)')"
as_airflow airflow pools set "$pool" 1 "one writer at a time on the DuckDB warehouse"

if [[ -f "$DBT_DIR/dbt_project.yml" ]]; then
  say "dbt manifest (the DAG renders its dbt task group from it)"
  (cd "$DBT_DIR" && as_airflow dbt parse --quiet --profiles-dir . --target-path target)
else
  fail "$DBT_DIR/dbt_project.yml is missing: is ./dbt_project mounted?"
fi

say "done"
