# The two set-up commands of the README: `make html` and `make test` create the virtual
# environment when it is missing, install the project into it, then build or test.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPHINXOPTS ?= -W --keep-going -j auto

.PHONY: html test lint clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Python 3.11 or newer is needed (set PYTHON=...)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

html: $(STAMP)
	$(BIN)/sphinx-build -b html $(SPHINXOPTS) . _build/html

test: lint
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check _ext tests conf.py
	$(BIN)/ruff format --check _ext tests conf.py
	$(BIN)/mypy

clean:
	rm -rf _build registers
