"""The kill drill: SIGKILL a writer at random moments during edits, backups and restores.

After every kill the database is opened as the app would open it and checked:

- every edit the writer saw committed is there (nothing committed is lost), and nothing is there
  that was never attempted;
- a restore the kill interrupted left the database wholly before or wholly after it;
- every backup file that exists passes ``PRAGMA integrity_check``.

The writer is a forked child (no start-up cost), so hundreds of kills take about a minute:

    python tests/core/kill_drill.py --kills 250 --seed 1
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tasking.models.backups import check_integrity, list_backups, restore, take_backup
from tasking.models.database import open_database
from tasking.services import Services


@dataclass
class DrillReport:
    kills: int = 0
    edits_committed: int = 0
    backups_taken: int = 0
    restores_done: int = 0
    killed_mid_restore: int = 0
    backups_checked: int = 0
    partial_files_seen: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


def names_in(path: Path) -> set[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in connection.execute("SELECT name FROM agency")}
    finally:
        connection.close()


def _note(ledger: int, *parts: str) -> None:
    os.write(ledger, (json.dumps(parts) + "\n").encode())
    os.fsync(ledger)


def writer(database: Path, ledger_path: Path, seed: int, cycle: int) -> None:
    """The child: edits, backups and restores until it is killed."""
    rng = random.Random(seed * 100_003 + cycle)
    ledger = os.open(ledger_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    services = Services.open(database)
    n = 0
    while True:
        roll = rng.random()
        if roll < 0.7:
            name = f"Agency {cycle}-{n}"
            n += 1
            _note(ledger, "try", name)
            services.partnership.add_agency(name)
            _note(ledger, "commit", name)
        elif roll < 0.85:
            take_backup(database, "manual")
            _note(ledger, "backup")
        else:
            found = list_backups(database.parent / "backups", database.stem)
            if not found:
                continue
            chosen = rng.choice(found)
            _note(ledger, "restore-begin", json.dumps(sorted(names_in(chosen.path))))
            restore(chosen.path, database)
            _note(ledger, "restore-end")


def run_drill(kills: int, folder: Path, seed: int = 1, max_delay_s: float = 0.25) -> DrillReport:
    report = DrillReport()
    started = time.perf_counter()
    database = folder / "drill.sqlite"
    Services.open(database, create=True).close()
    state = names_in(database)
    rng = random.Random(seed)
    for cycle in range(kills):
        ledger_path = folder / f"ledger-{cycle}.jsonl"
        pid = os.fork()
        if pid == 0:  # the child never returns: it is killed
            try:
                writer(database, ledger_path, seed, cycle)
            finally:
                os._exit(1)
        time.sleep(rng.uniform(0.0, max_delay_s))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        report.kills += 1
        state = _verify(database, ledger_path, state, report, cycle)
        ledger_path.unlink(missing_ok=True)
    report.seconds = time.perf_counter() - started
    return report


def _verify(
    database: Path, ledger_path: Path, before: set[str], report: DrillReport, cycle: int
) -> set[str]:
    committed, tried = set(before), set()
    pending: set[str] | None = None
    lines = ledger_path.read_text().splitlines() if ledger_path.exists() else []
    for line in lines:
        try:
            kind, *rest = json.loads(line)
        except json.JSONDecodeError:
            continue  # the kill cut the last note short: that step is unconfirmed
        if kind == "try":
            tried.add(rest[0])
        elif kind == "commit":
            committed.add(rest[0])
            report.edits_committed += 1
        elif kind == "backup":
            report.backups_taken += 1
        elif kind == "restore-begin":
            pending = set(json.loads(rest[0]))
        elif kind == "restore-end" and pending is not None:
            committed, tried, pending = set(pending), set(), None
            report.restores_done += 1
    opened = open_database(database)  # as the app opens it: hot journals rolled back
    opened.close()
    found = names_in(database)
    if pending is not None:
        report.killed_mid_restore += 1
        if found == pending:  # the restore had completed when the kill came
            committed, tried = set(pending), set()
    missing = committed - found
    unexpected = found - committed - tried
    if missing:
        report.problems.append(f"kill {cycle}: committed edits lost: {sorted(missing)[:5]}")
    if unexpected:
        report.problems.append(f"kill {cycle}: rows never written: {sorted(unexpected)[:5]}")
    folder = database.parent / "backups"
    for backup in list_backups(folder, database.stem):
        try:
            check_integrity(backup.path)
            report.backups_checked += 1
        except Exception as error:  # every failure is a finding of the drill
            report.problems.append(f"kill {cycle}: backup {backup.path.name}: {error}")
    report.partial_files_seen += len(list(folder.glob(".*.partial"))) if folder.exists() else 0
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=250)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        report = run_drill(args.kills, Path(folder), args.seed)
    for key, value in report.__dict__.items():
        if key != "problems":
            print(f"{key:>20}: {value if not isinstance(value, float) else f'{value:.1f}'}")
    print(f"{'problems':>20}: {len(report.problems)}")
    for problem in report.problems[:20]:
        print(f"  {problem}")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
