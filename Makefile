# Two commands on a fresh machine with python3, make and git: `make run`, `make test`.
SHELL := /bin/bash
PYTHON ?= python3
UV := $(shell command -v uv 2>/dev/null)
ifeq ($(UV),)
UV := .tools/bin/uv
endif
VENV_BIN := .venv/bin
PG15_URL ?= postgresql://postgres@127.0.0.1:5432/postgres
# pytest-xdist: one worker per CPU, each with its own embedded PostgreSQL; a test module stays
# on one worker, so its module-scoped fixtures (Pagila, grounded schemas) are built once.
# `make test PYTEST_WORKERS=0` runs in one process.
PYTEST_WORKERS ?= auto
PYTEST_PARALLEL := -n $(PYTEST_WORKERS) --dist loadscope

.PHONY: run test test-pg15 lint lint-checks format bench install install-dev clean

$(UV):
	@echo "bootstrapping uv into .tools/ (no uv on PATH)"
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet uv

install: | $(UV)
	$(UV) sync --locked --no-dev --compile-bytecode

install-dev: | $(UV)
	$(UV) sync --locked --compile-bytecode

run: install ## install and start pgpilot on http://127.0.0.1:8000
	$(VENV_BIN)/pgpilot serve

lint: install-dev ## ruff (lint + format check) and mypy strict
	@$(MAKE) --no-print-directory lint-checks

lint-checks:
	$(VENV_BIN)/ruff check src tests bench
	$(VENV_BIN)/ruff format --check src tests bench
	$(VENV_BIN)/mypy

# Lint runs beside the suite rather than before it (mypy strict is half a minute of CPU that
# the workers' start-up and the last module's tail leave room for); the target fails when
# either fails. Each run gets a base temp of its own: pytest's default under /tmp is shared by
# every run of this user and prunes the older ones, another run's included. pytest keeps its
# rewritten test modules as bytecode even where PYTHONDONTWRITEBYTECODE is set (each worker
# rewrote every test module at each run: about 4 s of CPU per worker).
test: install-dev ## lint and the whole suite on the embedded PostgreSQL 18, side by side
	@basetemp=$$(mktemp -d /tmp/pgpilot-test-XXXXXX); \
	PYTHONDONTWRITEBYTECODE= $(VENV_BIN)/pytest $(PYTEST_PARALLEL) --basetemp=$$basetemp & suite=$$!; \
	$(MAKE) --no-print-directory lint-checks; lint=$$?; \
	wait $$suite; tests=$$?; [ $$tests -ne 0 ] || rm -rf $$basetemp; \
	[ $$lint -eq 0 ] || echo "make test: lint failed"; \
	[ $$tests -eq 0 ] || echo "make test: tests failed"; \
	[ $$lint -eq 0 ] && [ $$tests -eq 0 ]

# One process: workers would share this one server, and some tests compare cluster-wide state
# (pg_roles, pg_locks) before and after, which another worker's tests change (seen: a false
# failure in test_enforcement under -n 2).
test-pg15: install-dev ## the database tests again on the machine's PostgreSQL (15 on CI)
	PGPILOT_TEST_DATABASE_URL=$(PG15_URL) $(VENV_BIN)/pytest -m db

format: install-dev
	$(VENV_BIN)/ruff format src tests bench
	$(VENV_BIN)/ruff check --fix src tests bench

bench: install-dev ## speed figures; writes docs/BENCHMARKS.md (see bench/run.py)
	$(VENV_BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf .venv .tools .mypy_cache .ruff_cache .pytest_cache
