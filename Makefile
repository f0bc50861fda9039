# dronemap: `make run` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
STORE  ?= $(or $(DRONEMAP_STORE),data/dronemap.gpkg)
PORT   ?= 8501
PYTEST_WORKERS ?= 2

.PHONY: install run data test lint typecheck check bench browser clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Build the dashboard's default data from the example reports shipped in the package.
data: $(STAMP)
	$(BIN)/dronemap ingest geodata/reports --store $(STORE)

run: data
	$(BIN)/dronemap dashboard --store $(STORE) --port $(PORT)

test: $(STAMP)
	$(BIN)/ruff check gazetteer geodata dashboard tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) -q

lint: $(STAMP)
	$(BIN)/ruff check gazetteer geodata dashboard tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

check: test

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run --output BENCHMARKS.md

# Headless Chromium for the end-to-end browser test (Debian packages; needs root).
browser:
	command -v chromium >/dev/null || (apt-get update -q && apt-get install -y -q chromium)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
