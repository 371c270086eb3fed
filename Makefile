# pia: the DPIA workbook. `make help` lists the targets.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CASE   := data/maxiresponse/assessment.yaml

.DEFAULT_GOAL := help
.PHONY: help install report snapshots test lint lab bench notebooks clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

install: $(STAMP) ## create .venv and install pia with its test tools

report: $(STAMP) ## validate Maxiresponse and write build/maxiresponse/dpia-{en,nl}.{html,pdf}
	$(BIN)/pia validate $(CASE)
	$(BIN)/pia show $(CASE)
	$(BIN)/pia report $(CASE) --out build/maxiresponse --lang en --format html,pdf
	$(BIN)/pia report $(CASE) --out build/maxiresponse --lang nl --format html,pdf

snapshots: $(STAMP) ## refresh the report's snapshot files (tests/snapshots/); review the diff
	PIA_UPDATE_SNAPSHOTS=1 $(BIN)/python -m pytest tests/test_report.py -q

test: $(STAMP) ## the whole test suite
	$(BIN)/python -m pytest

lint: $(STAMP) ## ruff on the package and the tests
	$(BIN)/ruff check pia tests

bench: $(STAMP) ## performance figures (see benchmarks/README.md)
	$(BIN)/python benchmarks/bench_assess.py
	$(BIN)/python benchmarks/bench_widgets.py
	$(BIN)/python benchmarks/bench_report.py

notebooks: $(STAMP) ## re-execute the notebooks in place (refreshes the outputs nbval compares)
	$(BIN)/pia notebooks

lab: $(STAMP) ## open JupyterLab on the notebooks
	$(BIN)/jupyter lab notebooks/

clean: ## remove build outputs (keeps .venv)
	rm -rf build test-artefacts .pytest_cache .ruff_cache
