#!/usr/bin/env bash
# Build Tasking's wheel, install it with the locked runtime dependencies in a fresh virtual
# environment, and run `tasking --self-test` and `tasking demo` from outside the source tree:
# what someone installing the package gets, resources (fonts, vocabularies...) included.
# Usage: bash scripts/check_wheel.sh (from `make check-wheel` and .ci/run). PYTHON=... picks the
# interpreter of the fresh venv; the wheel is built with the project's .venv (its locked setuptools).
set -euo pipefail
cd "$(dirname "$0")/.."

BUILDER=${BUILDER:-.venv/bin/python}
PYTHON=${PYTHON:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
started=$(date +%s)

# setuptools builds in build/lib and never empties it: a module deleted since would come back.
rm -rf build/lib build/bdist.*
"$BUILDER" -m pip wheel --quiet --no-deps --no-build-isolation --wheel-dir "$work/dist" .
rm -rf build/lib build/bdist.*  # (PyInstaller keeps its own work in build/ too)
wheel=$(ls "$work"/dist/tasking-*.whl)
"$PYTHON" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --require-hashes -r requirements/run.txt
"$work/venv/bin/python" -m pip install --quiet --no-deps "$wheel"
"$work/venv/bin/python" -m pip check

# From an empty folder, as a fresh user: nothing can come from the source tree.
mkdir "$work/elsewhere" "$work/home"
cd "$work/elsewhere"
export HOME="$work/home" QT_QPA_PLATFORM=offscreen
unset TASKING_DATABASE PYTHONPATH
"$work/venv/bin/tasking" --version
"$work/venv/bin/tasking" --self-test
"$work/venv/bin/tasking" demo --database "$work/demo.sqlite" --seed 7
echo "check_wheel: $(basename "$wheel") installs and passes its self-test ($(($(date +%s) - started))s)"
