#!/usr/bin/env bash
# Build the installable folder dist/tasking/ (tasking + tasking-cli) from tasking.spec.
#   bash scripts/build.sh                   one folder, what IT staff install
#   TASKING_ONEFILE=1 bash scripts/build.sh one file, dist/tasking, for trying the app out
# Uses the project's virtual environment (make venv); PYTHON=... picks another interpreter.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "build: PyInstaller is missing; install it with: $PYTHON -m pip install -e '.[build]'" >&2
    exit 2
fi

started=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN tasking.spec
elapsed=$(($(date +%s) - started))

if [ "${TASKING_ONEFILE:-}" = 1 ]; then
    echo "Built $(du -sh dist/tasking | cut -f1) dist/tasking (one file) in ${elapsed}s"
else
    echo "Built $(du -sh dist/tasking | cut -f1) dist/tasking/ in ${elapsed}s"
fi
