# The two quickstart commands: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: setup demo test clean

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

clean:
	rm -rf $(VENV) $(OUT) build *.egg-info
