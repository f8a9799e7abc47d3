# Tasking: `make run` opens the app on a demo database, `make test` runs every test headless.
# Needs Python 3.11+ (python3) and make; see README.md for the Debian packages Qt needs.
#
# Every install comes from the lock files in requirements/ (exact versions, checked by hash):
# run.txt for the app, test.txt for the tests and linters, build.txt for the frozen build.
# `make lock` refreshes them after pyproject.toml changes (see README.md, Development).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip
DEMO_DB ?= var/demo.sqlite
PYTEST_ARGS ?=
# The tool that writes the lock files; only `make lock` installs it.
UV_VERSION ?= 0.13.9

.PHONY: run test lint setup lock demo bench build build-onefile check-frozen check-wheel icon clean translations messages

# install NAME: the locked dependencies of requirements/NAME.txt, then Tasking itself (editable,
# with the locked setuptools, so nothing comes from outside the lock), then a consistency check
# that catches a pyproject.toml dependency the lock does not have yet.
define install
	$(PIP) install --quiet --require-hashes -r requirements/$(1).txt
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
	@$(PIP) check >/dev/null || { $(PIP) check; \
		echo "The lock files do not match pyproject.toml: run 'make lock'." >&2; exit 1; }
	touch $@
endef

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# One stamp per dependency set; each reinstalls when its lock file or pyproject.toml changes.
$(VENV)/.run-installed: requirements/run.txt pyproject.toml | $(BIN)/python
	$(call install,run)

$(VENV)/.test-installed: requirements/test.txt pyproject.toml | $(BIN)/python
	$(call install,test)

$(VENV)/.build-installed: requirements/build.txt pyproject.toml | $(BIN)/python
	$(call install,build)

setup: $(VENV)/.installed  ## everything a developer uses: test and build dependencies

$(VENV)/.installed: $(VENV)/.test-installed $(VENV)/.build-installed
	touch $@

# compile NAME, ARGS: resolve pyproject.toml (plus ARGS) into requirements/NAME.txt for every
# platform (Windows-only dependencies included), keeping the versions already locked unless
# UPGRADE=1. test is constrained to run's versions and build to test's, so one venv holds all
# three. build has the postgres extra for `TASKING_POSTGRES=1 make build` (left out otherwise).
define compile
	$(BIN)/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes \
		--custom-compile-command "make lock" $(if $(UPGRADE),--upgrade) \
		pyproject.toml requirements/backend.in $(2) -o requirements/$(1).txt
endef

lock: | $(BIN)/python  ## refresh requirements/*.txt; `make lock UPGRADE=1` takes the newest versions
	$(PIP) install --quiet "uv==$(UV_VERSION)"
	$(call compile,run)
	$(call compile,test,--extra test -c requirements/run.txt)
	$(call compile,build,--extra build --extra postgres -c requirements/test.txt)

$(DEMO_DB): | $(VENV)/.run-installed
	mkdir -p $(dir $(DEMO_DB))
	$(BIN)/tasking demo --database $(DEMO_DB)

demo: $(DEMO_DB)

run: $(VENV)/.run-installed $(DEMO_DB)
	$(BIN)/tasking --database $(DEMO_DB)

test: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.test-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

bench: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

build: $(VENV)/.build-installed  ## installable folder dist/tasking/ (tasking + tasking-cli)
	bash scripts/build.sh

build-onefile: $(VENV)/.build-installed  ## single file dist/onefile/tasking, for trying the app out
	TASKING_ONEFILE=1 bash scripts/build.sh

check-frozen: build  ## self-test, demo, exports and first window of the build, headless
	bash scripts/check_frozen.sh

check-wheel: $(VENV)/.run-installed  ## the wheel, installed in a fresh venv, passes its self-test
	bash scripts/check_wheel.sh

icon: $(VENV)/.run-installed
	$(BIN)/python scripts/make_icon.py

clean:
	rm -rf build dist var .pytest_cache

# Translations: the sources are translations/tasking_<language>.ts (translations/tasking.ts is
# the template a translator starts from); each is compiled to resources/translations/*.qm,
# which the app and the frozen build ship. Run after changing any visible text.
TS_LANGUAGES := $(wildcard translations/tasking_*.ts)
# The core's messages (tasking/messages.py), listed for lupdate in tasking/ui/message_texts.py.
messages: $(VENV)/.test-installed
	$(BIN)/python scripts/make_message_texts.py
	$(BIN)/ruff format --quiet tasking/ui/message_texts.py

translations: setup messages  ## refresh the .ts files from the code, compile them to .qm
	mkdir -p resources/translations
	git ls-files 'tasking/*.py' > .lupdate-files
	$(BIN)/pyside6-lupdate @.lupdate-files -no-obsolete -ts translations/tasking.ts $(TS_LANGUAGES)
	rm -f .lupdate-files
	for ts in $(TS_LANGUAGES); do \
		$(BIN)/pyside6-lrelease $$ts -qm resources/translations/$$(basename $$ts .ts).qm || exit 1; \
	done
