# The two commands of the README:
#   make demo   provision and start Neo4j, load the sample corpus, serve the API, print the URLs
#   make test   the checks (make lint), then the whole test suite against a real Neo4j server
# Also: make lint (ruff check, ruff format --check, mypy), make test-offline (the tests that need no Neo4j).
# Everything is installed by these targets themselves (a virtualenv in .venv,
# Neo4j from Maven Central into .neo4j/); Python >= 3.11, Java 17 and Maven
# are the machine's prerequisites.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: venv demo stop lint test test-offline neo4j-start neo4j-stop bench bench-quick clean vendor-web

# constraints.txt pins every package to the version the suite ran with (scripts/lock.py writes it).
$(BIN)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -c constraints.txt --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e '.[dev]'
	touch $@

venv: $(BIN)/.installed

# Ctrl-C or SIGTERM stops the API and the Neo4j server the demo started.
demo: venv
	$(BIN)/edkg demo

# From another shell: stops a running demo (API and Neo4j), or the local Neo4j server alone.
stop:
	$(BIN)/edkg stop

# The conventions, as checks (configured in pyproject.toml): run before the tests by `make test`, so CI too.
lint: venv
	$(BIN)/ruff check
	$(BIN)/ruff format --check
	$(BIN)/mypy

test: venv lint
	bash scripts/ensure-chromium.sh
	$(BIN)/python -m pytest

# The tests that need no Neo4j server (nor Chromium): a quick suite for every change.
test-offline: venv
	$(BIN)/python -m pytest -m "not neo4j"

# Benchmarks print figures and ratios against a baseline measured in the same run.
bench: venv
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/load.py
	$(BIN)/python bench/bulk.py --wipe
	$(BIN)/python bench/api.py

bench-quick: venv
	$(BIN)/python bench/extract.py --mb 1 --quick
	$(BIN)/python bench/load.py --quick
	$(BIN)/python bench/bulk.py --quick --wipe
	$(BIN)/python bench/api.py --articles 2000 --requests 300

# Re-create api/static/vendor/ (Swagger UI, ReDoc, cytoscape.js) from npm at the pinned versions and checksums;
# the files are committed, so neither installing nor serving needs Node or the network (api/static/vendor/VENDOR.md).
vendor-web:
	bash scripts/vendor-web.sh

neo4j-start: venv
	$(BIN)/edkg neo4j start

neo4j-stop: venv
	$(BIN)/edkg neo4j stop

clean:
	rm -rf $(VENV) build *.egg-info
