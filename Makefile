# The two quickstart commands: `make demo` and `make test`; `make bench`
# runs every benchmark and writes BENCHMARKS.md.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: setup demo test bench clean

$(BIN)/ingest: setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/ingest

setup: $(BIN)/ingest

demo: setup
	$(BIN)/ingest backfill --output $(OUT)

test: setup
	$(BIN)/python -m pytest -q tests

bench: setup
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python -m benchmarks all

clean:
	rm -rf $(VENV) $(OUT) build *.egg-info
