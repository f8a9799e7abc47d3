# Tasking: `make run` opens the app on a demo database, `make test` runs every test headless.
# Needs Python 3.11+ (python3) and make; see README.md for the Debian packages Qt needs.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= var/demo.sqlite
PYTEST_ARGS ?=

.PHONY: run test lint setup demo bench build build-onefile check-frozen icon clean translations

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

# Translations: the sources are translations/tasking_<language>.ts (translations/tasking.ts is
# the template a translator starts from); each is compiled to resources/translations/*.qm,
# which the app and the frozen build ship. Run after changing any visible text.
TS_LANGUAGES := $(wildcard translations/tasking_*.ts)
translations: setup  ## refresh the .ts files from the code, compile them to .qm
	mkdir -p resources/translations
	git ls-files 'tasking/*.py' > .lupdate-files
	$(BIN)/pyside6-lupdate @.lupdate-files -no-obsolete -ts translations/tasking.ts $(TS_LANGUAGES)
	rm -f .lupdate-files
	for ts in $(TS_LANGUAGES); do \
		$(BIN)/pyside6-lrelease $$ts -qm resources/translations/$$(basename $$ts .ts).qm || exit 1; \
	done
