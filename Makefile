# Two commands: `make demo` and `make test`. Everything else is set up on the way.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup test demo lint bench clean screenshots vendor

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# pip 23 mis-resolves lxml's extras (trafilatura); a current pip does not.
	$(BIN)/python -m pip install -q --upgrade pip
	# PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: the browser tests use Debian's chromium, never Playwright's own.
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 $(BIN)/python -m pip install -q -e '.[dev,dask,postgres,browser]'
	touch $(STAMP)

setup: $(STAMP)

lint: setup
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

test: setup lint
	$(BIN)/python -m pytest -q

demo: setup
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/hadath run examples/articles --db demo.db --out out/demo.jsonl --table
	$(BIN)/hadath serve --db demo.db

# Screenshots of every dashboard view, from the demo articles, into docs/screenshots/
# (needs Chromium: apt-get install chromium).
screenshots: setup
	$(BIN)/python scripts/screenshots.py

# Rebuild the dashboard's vendored libraries, boundaries and fonts from the npm registry.
vendor:
	scripts/vendor_dashboard.sh

bench: setup
	@echo "usage: $(BIN)/python bench/throughput.py ../shared/corpus/saudinewsnet-2015.jsonl.gz -n 500"

clean:
	rm -rf $(VENV) build dist *.egg-info out demo.db*
