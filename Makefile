# Tasking: `make run` opens the app on a demo database, `make test` runs every test headless.
# Needs Python 3.11+ (python3) and make; see README.md for the Debian packages Qt needs.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= var/demo.sqlite
PYTEST_ARGS ?=

.PHONY: run test lint setup demo bench build build-onefile check-frozen icon clean

setup: $(VENV)/.installed

# Reinstall when the dependencies change; the stamp keeps `make run` instant afterwards.
$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,build]"
	touch $@

$(DEMO_DB): | $(VENV)/.installed
	mkdir -p $(dir $(DEMO_DB))
	$(BIN)/tasking demo --database $(DEMO_DB)

demo: $(DEMO_DB)

run: setup $(DEMO_DB)
	$(BIN)/tasking --database $(DEMO_DB)

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

build: setup  ## installable folder dist/tasking/ (tasking + tasking-cli)
	bash scripts/build.sh

build-onefile: setup  ## single file dist/onefile/tasking, for trying the app out
	TASKING_ONEFILE=1 bash scripts/build.sh

check-frozen: build  ## self-test, demo, exports and first window of the build, headless
	bash scripts/check_frozen.sh

icon: setup
	$(BIN)/python scripts/make_icon.py

clean:
	rm -rf build dist var .pytest_cache
