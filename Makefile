# newsmon: `make run` sets up and runs the main job (a crawl of the bundled sample
# outlet into SQLite); `make test` sets up and runs the test suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run crawl test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)  ## the main job, offline: crawl the bundled sample outlet into newsmon-demo.db
	$(BIN)/newsmon demo

crawl: $(STAMP)  ## the real thing: crawl every configured outlet into newsmon.db
	$(BIN)/newsmon crawl

test: $(STAMP) lint
	sh scripts/ensure-chromium.sh
	d=$$(mktemp -d) && export NEWSMON_DB=sqlite:///$$d/alembic-check.db && $(BIN)/alembic upgrade head && $(BIN)/alembic check
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy config crawler pipelines storage newsmon scheduler.py
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python bench/bench_pipeline.py --runs 5
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_dedup.py

clean:
	rm -rf $(VENV) newsmon-demo.db* .pytest_cache .mypy_cache .ruff_cache
