# pia: the DPIA workbook. `make help` lists the targets.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CASE   := data/maxiresponse/assessment.yaml

.DEFAULT_GOAL := help
.PHONY: help install report snapshots test browser lint lab bench notebooks clean reliability

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

install: $(STAMP) ## create .venv and install pia with its test tools

report: $(STAMP) ## validate Maxiresponse and write build/maxiresponse/dpia-{en,nl,fr}.{html,pdf}, dpia-en.docx
	$(BIN)/pia validate $(CASE)
	$(BIN)/pia show $(CASE)
	$(BIN)/pia report $(CASE) --out build/maxiresponse --lang en --format html,pdf,docx
	$(BIN)/pia report $(CASE) --out build/maxiresponse --lang nl --format html,pdf
	$(BIN)/pia report $(CASE) --out build/maxiresponse --lang fr --format html,pdf
	$(BIN)/pia export-notebooks --out build/maxiresponse/workbook
	$(BIN)/pia ropa $(CASE) --out build/ropa.csv
	$(BIN)/pia export-cnil $(CASE) --out build/maxiresponse/cnil-pia.json
	$(BIN)/pia portfolio data --out build/portfolio.html

snapshots: $(STAMP) ## refresh the report's snapshot files (tests/snapshots/); review the diff
	PIA_UPDATE_SNAPSHOTS=1 $(BIN)/python -m pytest tests/test_report.py -q

test: lint ## lint, then the whole test suite (with the browser test; needs /usr/bin/chromium)
	$(BIN)/python -m pytest

browser: $(STAMP) ## only the JupyterLab-in-Chromium test; screenshot in test-artefacts/browser/
	$(BIN)/python -m pytest tests/browser -m browser

RELIABILITY_LOG := test-artefacts/reliability.txt
RELIABILITY_TESTS := tests/test_fuzz.py tests/test_crash_safety.py tests/test_bad_inputs.py \
	tests/test_concurrent_edits.py tests/test_history.py tests/test_output_kills.py

reliability: $(STAMP) ## fuzzing, killed saves and outputs, simultaneous saves: big counts, with the figures
	@mkdir -p test-artefacts && rm -f $(RELIABILITY_LOG)
	@PIA_RELIABILITY=1 PIA_RELIABILITY_LOG=$(CURDIR)/$(RELIABILITY_LOG) \
		$(BIN)/python -m pytest $(RELIABILITY_TESTS) -q --durations=5; \
		status=$$?; echo; echo "Figures (see docs/reliability.md):"; cat $(RELIABILITY_LOG); exit $$status

lint: $(STAMP) ## ruff, mypy, and the layers: lint-imports (.importlinter) and no import cycle
	$(BIN)/ruff check pia tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -q -p no:cacheprovider tests/test_layers.py

bench: $(STAMP) ## performance figures (see benchmarks/README.md)
	$(BIN)/python benchmarks/bench_assess.py
	$(BIN)/python benchmarks/bench_widgets.py
	$(BIN)/python benchmarks/bench_report.py
	$(BIN)/python benchmarks/bench_portfolio.py

notebooks: $(STAMP) ## re-execute the notebooks in place (refreshes the outputs nbval compares)
	$(BIN)/pia notebooks

lab: $(STAMP) ## open JupyterLab on the notebooks
	$(BIN)/jupyter lab notebooks/

clean: ## remove build outputs (keeps .venv)
	rm -rf build test-artefacts .pytest_cache .ruff_cache .mypy_cache
