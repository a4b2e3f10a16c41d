# Two commands for a newcomer: `make demo` and `make test`. Both create or refresh .venv.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench eval clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/communique run samples --db demo.db
	COLUMNS=$${COLUMNS:-120} $(BIN)/communique demo-queries --db demo.db

test: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/python -m pytest

# Benchmarks and evaluations read ../shared in place; they take minutes, not seconds.
BENCHES := read entities quotes events amounts run queries
EVALS := casing html ner actors quotes events amounts-sample

bench: $(STAMP)
	@for b in $(BENCHES); do echo "== communique bench $$b"; $(BIN)/communique bench $$b || exit 1; done

eval: $(STAMP)
	@for e in $(EVALS); do echo "== communique eval $$e"; $(BIN)/communique eval $$e || exit 1; done
	$(BIN)/communique eval events ../shared/eval/events/cameo-manual.jsonl

clean:
	rm -rf $(VENV) build *.egg-info demo.db*
