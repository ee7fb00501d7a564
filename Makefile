# OVFF34: `make` lists the targets. `make run` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
WEB_CONCURRENCY ?= 3
AXE_VERSION := 4.14.1
UV_VERSION := 0.13.9
AXE := var/npm/node_modules/axe-core/axe.min.js
MANAGE := $(BIN)/python manage.py
# The département served (INSEE code): `DEPARTEMENT=93 make run` serves Seine-Saint-Denis, with
# its own database and files under var/93/ (observatoire/settings/base.py).
DEPARTEMENT ?= 34
export DEPARTEMENT
GEOGRAPHY := $(if $(filter 34,$(DEPARTEMENT)),observatoire/directory/data/geography-34.json,var/geography/geography-$(DEPARTEMENT).json)

.DEFAULT_GOAL := help
.PHONY: help install setup geography messages catalogues run dev superuser test test-territories lint format check security bench chromium clean

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# uv installs the locked set in seconds where pip took a minute and a half (a fresh clone's CI
# budget); pip stays in the virtual environment for `pip download` (scripts/build_geography.py).
$(BIN)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q uv==$(UV_VERSION)
	$(BIN)/uv pip install -q --python $(BIN)/python -r requirements.lock
	touch $@

install: $(BIN)/.installed ## Create the virtual environment and install pinned dependencies

var/geography/geography-%.json: scripts/build_geography.py | $(BIN)/.installed
	$(BIN)/python scripts/build_geography.py --departement $*

geography: install ## Build the communes, EPCI and outlines of every département (var/geography/)
	$(BIN)/python scripts/build_geography.py --all

setup: install messages $(GEOGRAPHY) ## Migrate the SQLite database under var/, collect static, load geography and demo
	mkdir -p var
	$(MANAGE) migrate --noinput -v0
	$(MANAGE) collectstatic --noinput -v0
	$(MANAGE) load_geography
	$(MANAGE) load_indicators
	$(MANAGE) load_demo --hostname $(HOST) --port $(PORT)

run: setup ## Serve the site with gunicorn on http://127.0.0.1:8000 and the import worker (HOST, PORT override; SQLite, demo)
	@echo "Site : http://$(HOST):$(PORT)/  -  gestion : http://$(HOST):$(PORT)/gestion/ (make superuser)"
	@$(MANAGE) db_worker --backend imports --interval 1 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/gunicorn observatoire.wsgi --bind $(HOST):$(PORT) --workers $(WEB_CONCURRENCY) \
		--worker-class gthread --threads 4 \
		--access-logfile /dev/null --error-logfile - --forwarded-allow-ips 127.0.0.1 \
		--no-control-socket --limit-request-line 8190 --limit-request-field_size 16384 \
		--preload

dev: setup ## Django's development server with DEBUG on, and the import worker
	@DJANGO_DEBUG=1 $(MANAGE) db_worker --backend imports --interval 1 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	DJANGO_DEBUG=1 $(MANAGE) runserver $(HOST):$(PORT)

superuser: install ## Create a back-office account
	$(MANAGE) createsuperuser

chromium: ## Install Debian's Chromium if it is missing (browser tests)
	@scripts/ensure-tool /usr/bin/chromium chromium

$(AXE):
	npm install --prefix var/npm --no-audit --no-fund --silent axe-core@$(AXE_VERSION)

lint: install ## ruff (lint, format) and import-linter (apps depend downwards; models never import selectors)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install ## ruff: fix and format
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install ## Django checks: migrations up to date, deployment settings clean
	DJANGO_SETTINGS_MODULE=observatoire.settings.test $(MANAGE) makemigrations --check --dry-run
	SECRET_KEY=check-only-$$(date +%s)-a-long-enough-random-looking-secret-key-value \
	  ALLOWED_HOSTS=ovff34.example DATABASE_URL=sqlite:///var/check.sqlite3 REDIS_URL=redis://127.0.0.1:6379/0 \
	  EMAIL_URL=smtp+tls://check@mail.example:587 \
	  DJANGO_SETTINGS_MODULE=observatoire.settings.production $(MANAGE) check --deploy --fail-level WARNING

security: install ## bandit, secret scan of tracked files, pip-audit of the locked dependencies
	$(BIN)/bandit -q -r observatoire -x '*/tests/*'
	@# On both cores, 80 files a call (each call's start-up costs half a second of CPU)
	git ls-files -z | grep -zv '^requirements.lock$$' | xargs -0 -P 2 -n 80 $(BIN)/detect-secrets-hook
	$(BIN)/python scripts/audit-dependencies

# Compiled only when a catalogue changed: `make test` and each territory run ask for them.
CATALOGUES := $(wildcard observatoire/locale/*/LC_MESSAGES/django.po)
$(CATALOGUES:.po=.mo) &: $(CATALOGUES) | $(BIN)/.installed
	@scripts/ensure-tool msgfmt gettext
	$(MANAGE) compilemessages -v0 --ignore=.venv --ignore=var
	@touch $(CATALOGUES:.po=.mo)  # compilemessages leaves alone a catalogue it finds up to date

messages: $(CATALOGUES:.po=.mo) ## Compile the translation catalogues (observatoire/locale) for the site

catalogues: install ## Bring every language's catalogue up to date with the source (then translate)
	@scripts/ensure-tool msgfmt gettext
	$(MANAGE) update_catalogues

# The suite in two lanes, side by side on the machine's two cores. First the checks, while the
# demo templates the suites copy are built beside them (tests/databases.py): the Hérault's,
# and, once their geography is built, the other départements' (they wait for the migrated
# template the Hérault's builds first). Then the browser tests, the longer part, against one
# live site, in this terminal, followed by the last territory run; beside them, at a lower
# priority so that they fill the time the browser tests wait rather than slow them, the unit
# tests and the first territory run (below), whose report follows.
test: install messages chromium $(AXE) ## The whole suite: checks, unit, browser and territory tests
	mkdir -p var
	@export DJANGO_SETTINGS_MODULE=observatoire.settings.test; \
	( $(BIN)/python -m tests.databases & builds=$$!; \
	  $(MAKE) --no-print-directory $(TERRITORIES:%=var/geography/geography-%.json) || exit 1; \
	  for code in $(TERRITORIES); do \
	    DEPARTEMENT=$$code $(BIN)/python -m tests.databases & builds="$$builds $$!"; \
	  done; \
	  for build in $$builds; do wait $$build || exit 1; done ) > var/test-templates.log 2>&1 & \
	templates=$$!; \
	$(MAKE) --no-print-directory lint check security; checks=$$?; \
	wait $$templates || { cat var/test-templates.log; exit 1; }; \
	test $$checks -eq 0 || exit 1; \
	( nice -n 10 $(BIN)/pytest observatoire; unit=$$?; \
	  nice -n 10 $(MAKE) --no-print-directory test-territories TERRITORIES="$(firstword $(TERRITORIES))"; \
	  test $$unit -eq 0 -a $$? -eq 0 ) > var/unit-tests.log 2>&1 & unit=$$!; \
	$(BIN)/pytest tests; browser=$$?; \
	TEST_REDIS_DB=2 $(MAKE) --no-print-directory test-territories \
	  TERRITORIES="$(wordlist 2,99,$(TERRITORIES))"; \
	territories=$$?; \
	wait $$unit; units=$$?; \
	echo; echo "--- unit tests and DEPARTEMENT=$(firstword $(TERRITORIES)) ---"; cat var/unit-tests.log; \
	test $$browser -eq 0 -a $$territories -eq 0 -a $$units -eq 0

# The tests that hold for any département, again on two others chosen for their pitfalls:
# Seine-Saint-Denis (EPT, the Métropole du Grand Paris across the border, Île-de-France) and
# La Réunion (overseas: time zone, holidays, phone prefix, distances, three-digit code).
TERRITORIES ?= 93 974
# Only the files that hold territory tests are collected (collecting the whole suite to keep 18
# of its tests cost each département a quarter of a minute).
TERRITORY_TESTS = $(shell grep -rlE --include='*.py' 'pytest\.mark\.territory' observatoire tests)
test-territories: install messages chromium $(AXE) ## The "territory" tests on other départements (TERRITORIES="93 974"), part of make test
	@for code in $(TERRITORIES); do \
	  $(MAKE) --no-print-directory var/geography/geography-$$code.json || exit 1; \
	  echo "--- DEPARTEMENT=$$code ---"; \
	  DEPARTEMENT=$$code DJANGO_SETTINGS_MODULE=observatoire.settings.test \
	    $(BIN)/pytest -m territory -q $(TERRITORY_TESTS) || exit 1; \
	done

bench: setup ## Benchmarks: throughput, page weight, languages, quick exit, geography (BENCH="languages" for some)
	@scripts/ensure-tool wrk wrk
	$(BIN)/python -m bench.run $(BENCH)

clean: ## Remove the virtual environment and var/
	rm -rf $(VENV) var
