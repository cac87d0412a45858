# Two commands: `make demo` and `make test`. Everything else is set up on the way.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup test demo lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# pip 23 mis-resolves lxml's extras (trafilatura); a current pip does not.
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,dask,postgres]'
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

bench: setup
	@echo "usage: $(BIN)/python bench/throughput.py ../shared/corpus/saudinewsnet-2015.jsonl.gz -n 500"

clean:
	rm -rf $(VENV) build dist *.egg-info out demo.db*
