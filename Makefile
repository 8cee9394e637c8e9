# The two commands of the README:
#   make demo   provision and start Neo4j, load the sample corpus, serve the API, print the URLs
#   make test   the whole test suite against a real Neo4j server
# Everything is installed by these targets themselves (a virtualenv in .venv,
# Neo4j from Maven Central into .neo4j/); Python >= 3.11, Java 17 and Maven
# are the machine's prerequisites.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: venv demo stop test neo4j-start neo4j-stop bench bench-quick clean vendor-web

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

venv: $(BIN)/.installed

# Ctrl-C or SIGTERM stops the API and the Neo4j server the demo started.
demo: venv
	$(BIN)/edkg demo

# From another shell: stops a running demo (API and Neo4j), or the local Neo4j server alone.
stop:
	$(BIN)/edkg stop

test: venv
	bash scripts/ensure-chromium.sh
	$(BIN)/python -m pytest

# Benchmarks print figures and ratios against a baseline measured in the same run.
bench: venv
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/load.py
	$(BIN)/python bench/api.py

bench-quick: venv
	$(BIN)/python bench/extract.py --mb 1 --quick
	$(BIN)/python bench/load.py --quick
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
