#!/usr/bin/env bash
# Build the installable folder dist/tasking/ (tasking + tasking-cli) from tasking.spec.
#   bash scripts/build.sh                   one folder, what IT staff install
#   TASKING_ONEFILE=1 bash scripts/build.sh one file, dist/onefile/tasking, for trying the app out
# Uses the project's virtual environment with the locked build dependencies (requirements/build.txt):
# `make build` installs them and then runs this; PYTHON=... picks another interpreter.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "build: PyInstaller is missing; run 'make build' (it installs requirements/build.txt)" >&2
    exit 2
fi

# The one-file program is also called "tasking": on Linux it would collide with the folder.
distpath=dist
[ "${TASKING_ONEFILE:-}" = 1 ] && distpath=dist/onefile
started=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$distpath" tasking.spec
echo "Built $(du -sh "$distpath/tasking" | cut -f1) $distpath/tasking in $(($(date +%s) - started))s"
