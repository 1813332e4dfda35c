# The two commands of the README. Both are idempotent: the venv is (re)installed only when
# pyproject.toml changed since the last install.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False

.PHONY: run test

## make run: install into .venv if needed, build the index on first run, start the chat UI
run: $(VENV)/.installed
	$(BIN)/portrait-ia serve

## make test: install the test extras (and Debian chromium for browser tests), lint, run every test
test: $(VENV)/.installed-test
	bash scripts/ensure-chromium.sh
	$(BIN)/ruff check assistant tests scripts bench
	$(BIN)/python -m pytest

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@
