# Sender: `make run` starts a demo node, `make test` runs the whole suite.
# Both set up everything they need from scratch and can be run again.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test venv system-deps browser-deps player player-check lint typecheck unit bench bench-quick clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

venv: $(STAMP)

system-deps:
	@bash scripts/system-deps.sh

# Chromium and the player's npm packages, for the browser tests.
browser-deps:
	@bash scripts/browser-deps.sh

# Rebuild the committed player bundle from player/src.
player:
	@bash scripts/player-build.sh

# Fail when the committed bundle is not what player/src builds to.
player-check:
	@bash scripts/player-build.sh --check

run: venv
	$(BIN)/sender demo

lint: venv
	$(BIN)/ruff check src tests bench

typecheck: venv
	$(BIN)/mypy src

unit: venv
	$(BIN)/pytest -m "not e2e"

test: venv system-deps browser-deps player-check lint typecheck
	$(BIN)/pytest

bench: venv system-deps
	$(BIN)/python -m bench.run

bench-quick: venv system-deps
	$(BIN)/python -m bench.run --quick

clean:
	rm -rf $(VENV) sender-data .pytest_cache .mypy_cache .ruff_cache
