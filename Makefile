# The two set-up commands of the README: `make html` and `make test` create the virtual
# environment when it is missing, install the project into it, then build or test.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPHINXOPTS ?= -W --keep-going -j auto

.PHONY: html preview internal pdf internal-pdf publish test lint check bench screenshots clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Python 3.11 or newer is needed (set PYTHON=...)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

html: $(STAMP)
	$(BIN)/sphinx-build -b html $(SPHINXOPTS) . _build/html

# The writer's live view: serves the site at http://127.0.0.1:$(PORT) and rebuilds it, and
# reloads the page, on every save (sphinx-autobuild). Warnings are shown, not fatal. The
# pages the build writes under registers/ are its output, not watched. Ctrl+C stops it.
PORT ?= 8000
preview: $(STAMP)
	$(BIN)/sphinx-autobuild . _build/preview --port $(PORT) \
	  --ignore "*/registers/*" --ignore "*/_build/*" --ignore "*/.venv/*" --ignore "*/tests/*" \
	  --ignore "*/.hypothesis/*" --ignore "*/.pytest_cache/*"

# The internal build: everything, the items, statements and people kept out of the public
# build too, every page marked "Internal: not for publication". Into _build/internal/, its
# own folder with its own environment, so it is never mistaken for the public site and a
# switch between the two never reads every page again. `make html` and `make pdf` are public.
internal: $(STAMP)
	$(BIN)/sphinx-build -b html $(SPHINXOPTS) -D minutes_build=internal \
	  -d _build/internal/doctrees . _build/internal/html

# One PDF per meeting and a volume per body, in _build/latex/ (needs TeX: see README).
# The logs are read afterwards: a missing character or hyphenation language fails it.
pdf: $(STAMP)
	LATEXOPTS="-interaction=nonstopmode -halt-on-error" LATEXMKOPTS="-silent" \
	  $(BIN)/sphinx-build -M latexpdf . _build $(SPHINXOPTS)
	$(BIN)/python -m sphinx_minutes.tools.texlog _build/latex

# The internal build's PDFs, every page marked as not for publication: _build/internal/latex/.
internal-pdf: $(STAMP)
	LATEXOPTS="-interaction=nonstopmode -halt-on-error" LATEXMKOPTS="-silent" \
	  $(BIN)/sphinx-build -M latexpdf . _build/internal $(SPHINXOPTS) -D minutes_build=internal
	$(BIN)/python -m sphinx_minutes.tools.texlog _build/internal/latex

# The site with its PDFs (needs TeX): the PDFs as `make pdf` makes them, then the HTML with
# `minutes_pdfs_published` on, so each meeting and body page links its PDF at pdf/<name>.pdf;
# the PDFs are copied into _build/html/pdf/, and a PDF a page links but LaTeX did not make
# fails it, named. The pages link the PDFs by name: the order of the two builds never matters.
publish: pdf
	$(BIN)/sphinx-build -b html $(SPHINXOPTS) -D minutes_pdfs_published=1 . _build/html
	$(BIN)/python -m sphinx_minutes.export.pdf_copy _build/latex _build/html

# The tests run on every core (pytest-xdist): the slow ones, the stateful edit sequences
# and the random minutes, each keep one core while the others share the rest.
test: lint
	$(BIN)/python -m pytest -n auto --dist worksteal

lint: $(STAMP)
	$(BIN)/ruff check _ext tests conf.py
	$(BIN)/ruff format --check _ext tests conf.py
	$(BIN)/mypy

# The writer's proof-reading: every file read again, every warning (nitpicky), as a short
# report grouped by file. Exits non-zero when there is anything to fix.
check: $(STAMP)
	@mkdir -p _build/check
	@status=0; $(BIN)/sphinx-build -b html -E -W -n --keep-going -q -w _build/check/warnings.txt \
	  -d _build/check/doctrees . _build/check/html 2>_build/check/stderr.txt || status=$$?; \
	if [ $$status -gt 1 ]; then cat _build/check/stderr.txt; \
	  echo "The build itself failed (exit $$status); the report below may be incomplete."; fi; \
	$(BIN)/python -m sphinx_minutes.tools.report _build/check/warnings.txt || status=$$?; \
	exit $$status

# The benchmark (not a test): sphinx-minutes against plain MyST on the same text, two
# archives, serially and in parallel, full and incremental, medians of BENCH_ROUNDS rounds;
# the table goes into the docs (about an hour on 2 cores).
BENCH_SIZES ?= 100 200 500
BENCH_ROUNDS ?= 3
bench: $(STAMP)
	$(BIN)/python tests/benchmark/run.py --sizes $(BENCH_SIZES) --rounds $(BENCH_ROUNDS) \
	  --write docs/explanation/performance.md

# The pictures of the docs (docs/images/): the seed meeting at a laptop's and a phone's
# width, taken from the site `make html` built, in the headless Chromium of the browser
# tests (Debian's `chromium` package). A new picture is a line of SHOTS in the script.
screenshots: html
	$(BIN)/python tests/screenshots.py _build/html docs/images

clean:
	rm -rf _build registers
