# One entry point for people and CI. `make demo` and `make test` install what they need.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PROJECT     := $(CURDIR)
VENV        := $(PROJECT)/.venv
BIN         := $(VENV)/bin
PYTHON      ?= $(shell command -v python3.11 || command -v python3)
UV          := $(shell command -v uv 2>/dev/null || echo "$(PYTHON) -m uv")
STAMP       := $(VENV)/.installed

export DO_NOT_TRACK := 1
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export AIRFLOW_HOME ?= $(PROJECT)/.airflow
export AIRFLOW__CORE__DAGS_FOLDER := $(PROJECT)/dags
export AIRFLOW__CORE__LOAD_EXAMPLES := False
export AIRFLOW__CORE__UNIT_TEST_MODE := False
export NEWSETL_RAW_DIR ?= $(PROJECT)/include/sample_data/raw
export NEWSETL_WAREHOUSE ?= $(PROJECT)/data/warehouse.duckdb
# dbt docs inside the Airflow UI (cosmos's plugin: Browse > dbt docs (newsetl)), read from the
# dbt_docs folder beside the warehouse; deploy/local and docker-compose.yml set the same.
export AIRFLOW__COSMOS__DBT_DOCS_PROJECTS ?= {"newsetl": {"dir": "$(dir $(NEWSETL_WAREHOUSE))dbt_docs", "index": "index.html", "name": "dbt docs (newsetl)"}}

.PHONY: help install manifest airflow-init demo test run sql bench lock clean deploy-local deploy-local-stop \
        deploy-local-status test-deploy

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | column -t -s $$'\t'

# --compile-bytecode: every task, stage and test process imports Airflow, dbt, pandas and GX; uv
# writes no .pyc files by default, so wherever PYTHONDONTWRITEBYTECODE is set each process would
# compile them from source again.
$(STAMP): requirements.txt pyproject.toml
	@$(UV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv
	@[ -x $(BIN)/python ] || $(UV) venv --quiet --python $(PYTHON) $(VENV)
	@echo "installing the pinned requirements into .venv (first time: a few minutes)"
	@$(UV) pip install --quiet --compile-bytecode --python $(BIN)/python -r requirements.txt -e .
	@touch $@

install: $(STAMP) manifest  ## create .venv with uv and install the pinned requirements and newsetl

manifest: $(STAMP)  ## pre-build dbt's manifest, which the DAG reads instead of running dbt
	@cd dbt_project && $(BIN)/dbt parse --quiet --profiles-dir . --target-path target

airflow-init: install  ## Airflow's metadata database (SQLite under .airflow/) and the warehouse pool
	@mkdir -p $(AIRFLOW_HOME)
	@$(BIN)/airflow db migrate >/dev/null
	@$(BIN)/airflow pools set duckdb_writer 1 "one writer at a time on the DuckDB warehouse" >/dev/null

demo: airflow-init  ## run the DAG end to end on the sample data, then show what it built
	@$(BIN)/python -m newsetl.demo

run: install  ## newsetl run on $$NEWSETL_RAW_DIR into $$NEWSETL_WAREHOUSE, without Airflow
	@$(BIN)/newsetl run --raw-dir $(NEWSETL_RAW_DIR) --warehouse $(NEWSETL_WAREHOUSE)

test: install  ## the whole test suite
	@$(BIN)/pytest

sql: install  ## an interactive read-only SQL session on the published warehouse
	@$(BIN)/newsetl sql

bench: install  ## the benchmark: speed, memory and cost growth
	@$(BIN)/newsetl bench

deploy-local: install  ## Airflow with Celery, PostgreSQL and Redis on this machine, no Docker (see README)
	@$(BIN)/python deploy/local/deployment.py start

deploy-local-stop:  ## stop what deploy-local started (PURGE=1 also deletes .deploy/local)
	@$(BIN)/python deploy/local/deployment.py stop $(if $(PURGE),--purge)

deploy-local-status:  ## which processes of deploy-local run, and where the UI is
	@$(BIN)/python deploy/local/deployment.py status

test-deploy: install  ## only the deployment tests: docker-compose.yml and the local Celery deployment
	@$(BIN)/pytest tests/deploy

lock:  ## recompile requirements.txt from requirements.in
	@$(UV) pip compile --quiet --python-version 3.11 requirements.in -o requirements.txt

clean:  ## remove the built warehouse, lake and Airflow's metadata (never the raw data)
	rm -rf data .airflow dbt_project/target dbt_project/logs
