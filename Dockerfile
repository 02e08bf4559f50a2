# The newsetl image: the official Airflow image plus the project's pinned requirements and the
# newsetl package. One image for every Airflow service in docker-compose.yml.
#
#   docker compose build
#
# The Airflow version here must match the apache-airflow pin in requirements.txt
# (tests/deploy/test_compose.py checks it).
FROM apache/airflow:3.3.2-python3.11

ENV DO_NOT_TRACK=1 \
    DBT_SEND_ANONYMOUS_USAGE_STATS=false \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# The official image installs Python packages as the `airflow` user, never as root.
USER airflow

# Dependencies first, so editing the code does not re-run the long install.
# Pinning apache-airflow to the image's own version keeps pip from replacing Airflow; the
# providers in docker/providers.txt (Celery, Postgres, Redis, FAB) are resolved in the same
# step, so a conflict with the project's pins fails the build instead of breaking at runtime.
COPY --chown=airflow:0 requirements.txt docker/providers.txt /opt/newsetl-build/
RUN pip install --no-cache-dir \
        "apache-airflow==${AIRFLOW_VERSION}" \
        -r /opt/newsetl-build/requirements.txt \
        -r /opt/newsetl-build/providers.txt

# The project, laid out as in the repository under AIRFLOW_HOME (/opt/airflow), which is where
# newsetl.settings looks for dbt_project/, gx/ and the sample data. docker-compose.yml mounts
# the same folders over these copies, so a running deployment uses the checked-out code; the
# copies make the image usable on its own (a worker on another machine).
COPY --chown=airflow:0 pyproject.toml /opt/airflow/pyproject.toml
COPY --chown=airflow:0 include /opt/airflow/include
COPY --chown=airflow:0 dags /opt/airflow/dags
COPY --chown=airflow:0 dbt_project /opt/airflow/dbt_project
COPY --chown=airflow:0 gx /opt/airflow/gx
COPY --chown=airflow:0 docker/init.sh /opt/airflow/docker/init.sh

# `newsetl` on PATH and the package metadata; PYTHONPATH puts the (mounted) source first for
# every user, including root in airflow-init, for which .pth files in ~/.local are not read.
RUN pip install --no-cache-dir --no-deps -e /opt/airflow
ENV PYTHONPATH=/opt/airflow/include

# Fail the build, not the first DAG run, if the stack does not import.
RUN python -c "import newsetl.pipeline, newsetl.orchestration, cosmos, duckdb, great_expectations, dbt.adapters.duckdb, airflow.providers.celery, airflow.providers.postgres, airflow.providers.redis, airflow.providers.fab" \
 && airflow version \
 && dbt --version
