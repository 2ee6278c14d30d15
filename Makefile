# Alongside: `make run` serves the demo, `make test` runs lint and every test.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
UV := .tools/bin/uv
export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_PYTHON := $(PYTHON)

# The real services the integration tests (and the PostgreSQL run) use.
PG_URL ?= postgres://postgres@127.0.0.1:5432/alongside
REDIS_URL ?= redis://127.0.0.1:6379/0

# The project's Python packages (the Django project, the shared kernel and the apps).
CODE := config alongside lms courses assessments certificates

.PHONY: install system-deps services run test test-postgres test-embedded test-integration test-quick lint format migrate seed worker bench security smoke

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check "uv~=0.13.9"

install: $(UV) tests/verifier/node_modules/.package-lock.json
	$(UV) sync --frozen --quiet

# The Digital Credentials Consortium's verifier, which tests/certificates/
# test_dcc_verifier.py runs with Node on our credentials (exact versions from the lock).
tests/verifier/node_modules/.package-lock.json: tests/verifier/package.json tests/verifier/package-lock.json
	cd tests/verifier && npm ci --no-audit --no-fund --loglevel=error

# Debian's Chromium drives the browser tests (Playwright cannot download browsers here).
system-deps:
	@if ! command -v chromium >/dev/null 2>&1; then \
		echo "Installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >/dev/null; \
	fi

# PostgreSQL and Redis: started (and installed from Debian if missing) when not running.
services:
	bash .ci/services

migrate: install
	$(PY) manage.py migrate --noinput

# Links in emails, invitations, QR codes, certificates and credentials use SITE_URL:
# by default the address `make run` serves, so `PORT=8080 make run` links to 8080.
SITE_URL ?= http://127.0.0.1:$(PORT)

seed: migrate
	SITE_URL=$(SITE_URL) $(PY) manage.py seed_demo

run: seed
	@echo "Alongside is starting on $(SITE_URL)/ (Ctrl+C to stop)"
	SITE_URL=$(SITE_URL) $(PY) manage.py runserver 127.0.0.1:$(PORT)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check $$(find $(CODE) -name '*.html' -path '*templates*')
	$(VENV)/bin/bandit -c pyproject.toml -r $(CODE) -ll -q
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/pytest -q -p no:cacheprovider -n 0 tests/test_layers.py

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml $$(find $(CODE) -name '*.html' -path '*templates*')

# The whole suite, each test once, on the database that matters: lint; every test but
# the browser ones on PostgreSQL (the production database); the browser tests and the
# embedded-default checks on SQLite (what `make run` uses); then the integration tests
# on PostgreSQL with a real Celery worker on Redis. pytest-xdist runs TEST_WORKERS
# processes at once (one per core by default).
TEST_WORKERS ?= auto
test: install system-deps lint services
	$(MAKE) --no-print-directory test-postgres
	$(MAKE) --no-print-directory test-embedded
	$(MAKE) --no-print-directory test-integration

test-postgres: install services
	DATABASE_URL=$(PG_URL) $(VENV)/bin/pytest -n $(TEST_WORKERS) --dist loadgroup \
		-m "not integration and not e2e and not embedded"

test-embedded: install system-deps
	$(VENV)/bin/pytest -n $(TEST_WORKERS) --dist loadgroup -m "e2e or embedded"

test-integration: install services
	DATABASE_URL=$(PG_URL) CELERY_BROKER_URL=$(REDIS_URL) $(VENV)/bin/pytest -m integration

# While working: the PostgreSQL part, keeping its test databases between runs (add
# ARGS=--create-db after changing a migration) and only the tests under TESTS.
TESTS ?= tests
test-quick: install services
	DATABASE_URL=$(PG_URL) $(VENV)/bin/pytest -n $(TEST_WORKERS) --dist loadgroup --reuse-db \
		-m "not integration and not e2e and not embedded" $(ARGS) $(TESTS)

# A worker with beat inside it (development only: in production beat is a process of
# its own), on the broker in CELERY_BROKER_URL (in .env or the environment).
worker: install
	mkdir -p var
	DJANGO_SETTINGS_MODULE=config.settings.dev $(VENV)/bin/celery -A config worker --beat --loglevel=info

# Benchmarks (not tests): gunicorn pinned to CPU 0, locust to CPU 1, PostgreSQL; the peer
# (wagtail-lms) in its own virtualenv under var/bench. Rewrites docs/benchmarks.md.
SOAK_MINUTES ?= 5
BENCH_ARGS ?=
bench: install services
	$(UV) sync --frozen --quiet --group bench
	$(PY) benchmarks/run.py --soak-minutes $(SOAK_MINUTES) $(BENCH_ARGS)
# The production layout, as compose.yaml starts it, on this machine's PostgreSQL and
# Redis (run by .ci/run): health check, and a reminder from beat sent by the worker.
smoke: install services
	bash .ci/production-smoke

# The slower security checks (run by .ci/run): bandit, pip-audit, 1,000 wrong passwords,
# at least 1,000 generated inputs per form and endpoint, and 10,000 tampered
# credentials (two processes at once).
security: install services
	bash .ci/security
