#!/usr/bin/env bash
# Smoke-test the frozen build the way an installation is used, headless:
#   tasking-cli --version, --help, --self-test, demo and both exports, and the app's first window.
# Fails on a non-zero exit, on anything written to stderr, on data written inside the install
# folder, or when the default database is not created in the per-user data folder.
# Usage: bash scripts/check_frozen.sh [dist/tasking]
set -euo pipefail
cd "$(dirname "$0")/.."

BUNDLE=${1:-dist/tasking}
CLI="$BUNDLE/tasking-cli"
APP="$BUNDLE/tasking"
for program in "$CLI" "$APP"; do
    [ -x "$program" ] || { echo "check_frozen: $program not found; run scripts/build.sh" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A fresh user: the checks never touch the real user's files, and show where data really goes.
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime"
unset XDG_DATA_HOME XDG_STATE_HOME XDG_CONFIG_HOME XDG_CACHE_HOME TASKING_DATABASE TASKING_LOG_DIR
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
touch "$work/started"

failures=0
# check NAME COMMAND...: run it; it must exit 0 and write nothing on stderr.
check() {
    local name=$1
    shift
    local status=0
    "$@" >"$work/out" 2>"$work/err" || status=$?
    if [ "$status" -ne 0 ] || [ -s "$work/err" ]; then
        echo "FAIL $name (exit $status)"
        sed 's/^/  stdout: /' "$work/out" | tail -20
        sed 's/^/  stderr: /' "$work/err" | tail -20
        failures=$((failures + 1))
        return 1
    fi
    echo "ok   $name"
}
# expect TEXT: the last command's output must contain TEXT.
expect() {
    grep -qF -- "$1" "$work/out" || { echo "FAIL output lacks '$1'"; failures=$((failures + 1)); }
}

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' tasking/__init__.py)
check "tasking-cli --version" "$CLI" --version && expect "Tasking $version"
check "tasking-cli --help" "$CLI" --help && expect "export"
check "tasking-cli --self-test" timeout 300 "$CLI" --self-test && expect "Self-test passed."
demo="$work/demo.sqlite"
check "tasking-cli demo" timeout 300 "$CLI" demo --database "$demo" --seed 7 && expect "Created"
check "tasking-cli export minutes" "$CLI" export minutes --database "$demo" --meeting latest \
    -o "$work/minutes.pdf" && head -c 5 "$work/minutes.pdf" | grep -q "%PDF-"
check "tasking-cli export tracker" "$CLI" export tracker --database "$demo" \
    -o "$work/tracker.xlsx" --per-agency "$work/agencies" && [ -s "$work/tracker.xlsx" ]

# An encrypted database, its key from the environment (a headless machine has no keyring): made,
# written to, reopened keyed, backed up encrypted; without the key it is refused, unchanged.
secret="$work/secret.sqlite"
planted="planted-$(date +%s%N)"
export TASKING_DATABASE_KEY="x'$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')'"
check "tasking-cli demo --encrypt" timeout 300 "$CLI" demo --database "$secret" --encrypt \
    && expect "Encrypted with the passphrase given"
# Something added: a police.uk row whose location is a string found nowhere else.
crimes="$work/2026-10-derbyshire-street.csv"
{
    echo "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context"
    echo "$planted,2026-10,Derbyshire Constabulary,Derbyshire Constabulary,-1.4746,52.9225,On or near $planted,E01013518,Derby 021A,Burglary,Under investigation,"
} >"$crimes"
check "tasking-cli encrypted: import a police.uk row" "$CLI" import policeuk "$crimes" \
    --database "$secret" && expect "1 of 1 rows"
check "tasking-cli encrypted: export tracker" "$CLI" export tracker --database "$secret" \
    -o "$work/secret.xlsx" && [ -s "$work/secret.xlsx" ]
check "tasking-cli encrypted: backup" "$CLI" backup --database "$secret" -o "$work/secret-backup.sqlite"
if [ "$(head -c 15 "$secret")" = "SQLite format 3" ] \
    || [ "$(head -c 15 "$work/secret-backup.sqlite")" = "SQLite format 3" ]; then
    echo "FAIL the encrypted database or its backup is a plain SQLite file"
    failures=$((failures + 1))
else
    echo "ok   the encrypted database and its backup are not plain SQLite"
fi
check "tasking-cli encrypted: restore" "$CLI" restore "$work/secret-backup.sqlite" \
    --database "$work/restored.sqlite"
check "tasking-cli encrypted: export the restored copy" "$CLI" export minutes \
    --database "$work/restored.sqlite" --meeting latest -o "$work/secret.pdf"
TASKING_QUIT_AFTER_PAINT=1 check "tasking on the encrypted database (first window, then quit)" \
    timeout 60 "$APP" --database "$secret"
before=$(sha256sum "$secret" | cut -d' ' -f1)
unset TASKING_DATABASE_KEY
if "$CLI" export tracker --database "$secret" -o "$work/nokey.xlsx" >"$work/out" 2>"$work/err"; then
    echo "FAIL an encrypted database opened without its key"
    failures=$((failures + 1))
elif grep -q "this computer has no key for it" "$work/err" \
    && [ "$(sha256sum "$secret" | cut -d' ' -f1)" = "$before" ]; then
    echo "ok   without its key the encrypted database is refused, unchanged"
else
    echo "FAIL without its key: $(cat "$work/err")"
    failures=$((failures + 1))
fi
if grep -qa "$planted" "$secret" "$secret-wal" "$work/secret-backup.sqlite" 2>/dev/null; then
    echo "FAIL the row added is in plain text in the encrypted files"
    failures=$((failures + 1))
else
    echo "ok   the row added is nowhere in plain text (database, -wal, backup)"
fi

# The default database (no --database) belongs in the per-user data folder, never in the bundle.
check "default database in the user's data folder" "$CLI" export tracker -o "$work/empty.xlsx"
default_db="$HOME/.local/share/Tasking/tasking.sqlite"
[ -f "$default_db" ] && echo "ok   created $default_db" || {
    echo "FAIL no database at $default_db"
    failures=$((failures + 1))
}

# The app: opens the demo database, paints its first window and quits.
if [ -f tasking/ui/app.py ]; then
    TASKING_QUIT_AFTER_PAINT=1 check "tasking (first window, then quit)" \
        timeout 60 "$APP" --database "$demo"
else
    echo "skip tasking (first window): tasking/ui/app.py does not exist yet"
fi

# Nothing above (app included) may write into the install folder: it is read-only for chairs.
written=$(find "$BUNDLE" -newer "$work/started" \( -type f -o -type d \) | head -5)
[ -z "$written" ] && echo "ok   nothing written inside $BUNDLE" || {
    echo "FAIL files written inside the install folder:"
    echo "$written" | sed 's/^/  /'
    failures=$((failures + 1))
}

# The folder's size (issue 17: at most 150 MB, decimal): every file's own size, a link as a link.
limit=150000000
bytes=$(find "$BUNDLE" \( -type f -o -type l \) -printf '%s\n' | awk '{ total += $1 } END { print total }')
if [ "$bytes" -le "$limit" ]; then
    echo "ok   the folder is $bytes bytes (at most $limit)"
else
    echo "FAIL the folder is $bytes bytes, over $limit"
    failures=$((failures + 1))
fi
# Linux: the console twin is a link to the app (the same program); it must lead to it.
if [ -L "$CLI" ] && [ "$(readlink -f "$CLI")" != "$(readlink -f "$APP")" ]; then
    echo "FAIL $CLI links to $(readlink "$CLI"), not to the app"
    failures=$((failures + 1))
fi

if [ "$failures" -ne 0 ]; then
    echo "check_frozen: $failures check(s) failed" >&2
    exit 1
fi
echo "check_frozen: all checks passed ($BUNDLE, $(du -sh "$BUNDLE" | cut -f1))"
