# Sender: `make run` starts a demo node, `make test` runs the whole suite.
# Both set up everything they need from scratch and can be run again.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test venv system-deps browser-deps player player-check lint typecheck unit bench bench-quick bench-cluster cluster-demo clean

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

# An origin and two edges on the local PostgreSQL (a database of their own, dropped at Ctrl-C).
cluster-demo: venv
	$(BIN)/python -m bench.cluster

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

# Edges: propagation, failover, fan-out (needs PostgreSQL, as the cluster tests do).
bench-cluster: venv system-deps
	$(BIN)/python -m bench.edges

clean:
	rm -rf $(VENV) sender-data .pytest_cache .mypy_cache .ruff_cache
