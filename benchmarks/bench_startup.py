"""Start-up: process start to the first list painted with data, against a bare table window.

The floor is a bare PySide6 window showing a QTableView of the same shape as the meetings
list the app opens on (as many rows and columns, the same window size), painted with its rows.
Three moments are timed for Tasking, each in a fresh process that quits at it:

- frame: the main window's first paint (menus, toolbar, places);
- data: the meetings list painted with its rows (the chair sees their meetings) — the target;
- ready: the database opened properly (checks, backups, migrations) and the places attached.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py var/large.sqlite

Runs alternate (Tasking, then the floor, repeatedly); the result is the ratio of the medians.
Target: data on screen ≤ 2x the floor. Pass several databases to see how start grows.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# A table window of the given shape, painted once with its rows; the cheapest Python model.
BARE_TABLE = """
import sys, time
from PySide6.QtCore import QAbstractTableModel, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

ROWS, COLUMNS = int(sys.argv[1]), int(sys.argv[2])

class Model(QAbstractTableModel):
    def __init__(self):
        super().__init__()
        self.cells = [[f"{r}:{c}" for c in range(COLUMNS)] for r in range(ROWS)]
    def rowCount(self, parent=None):
        return ROWS
    def columnCount(self, parent=None):
        return COLUMNS
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells[index.row()][index.column()]
        return None

class Quit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"painted at {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
table = QTableView()
table.setModel(Model())
window.setCentralWidget(table)
quit_filter = Quit()
table.viewport().installEventFilter(quit_filter)
window.show()
app.exec()
"""


def meetings_shape(database: Path) -> tuple[int, int]:
    """Rows and columns of the meetings list the app opens on (8 columns, one row a meeting)."""
    with sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True) as connection:
        return connection.execute("SELECT count(*) FROM meeting").fetchone()[0], 8


def actions_in(database: Path) -> int:
    with sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True) as connection:
        return int(connection.execute("SELECT count(*) FROM action").fetchone()[0])


def timed(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launching the process to the paint it reports ("painted at <time>")."""
    started = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr[-1000:]}")
    stamps = [line for line in done.stdout.splitlines() if line.startswith("painted at ")]
    if not stamps:
        raise SystemExit(f"{' '.join(command)} never reported its paint: {done.stdout[-500:]}")
    return float(stamps[-1].removeprefix("painted at ")) - started


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.2f} (1 min) {five:.2f} (5 min) on {os.cpu_count()} cores"


def bench(database: Path, runs: int, folder: Path) -> dict[str, float]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "TASKING_NO_DIALOGS": "1",
        "TASKING_LOG_DIR": str(folder / "logs"),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
    }
    rows, columns = meetings_shape(database)
    app = [sys.executable, "-m", "tasking", "--database", str(database)]
    bare = [sys.executable, "-c", BARE_TABLE, str(rows), str(columns)]
    moments = ("frame", "data", "ready")
    stamps = {moment: {**env, "TASKING_QUIT_AFTER_PAINT": moment} for moment in moments}
    timed(app, stamps["ready"])  # warm the file cache for both (and take the daily backup)
    timed(bare, env)
    times: dict[str, list[float]] = {moment: [] for moment in moments} | {"floor": []}
    loads: list[float] = []
    for _ in range(runs):
        for moment in moments:
            times[moment].append(timed(app, stamps[moment]))
            times["floor"].append(timed(bare, env))  # interleaved: the floor shares the load
        loads.append(os.getloadavg()[0])
    floor = statistics.median(times["floor"])
    print(
        f"\n{database.name}: {actions_in(database):,} actions, meetings list {rows:,} x {columns}"
        f" (median load {statistics.median(loads):.2f})"
    )
    print(f"{'process start to':<46} {'median':>8} {'min':>8} {'max':>8} {'ratio':>7}")
    names = {
        "frame": "Tasking window frame, first paint",
        "data": "Tasking meetings list painted with data",
        "ready": "Tasking ready (database open, places)",
        "floor": f"floor: bare window + QTableView {rows}x{columns}",
    }
    for key in (*moments, "floor"):
        values = times[key]
        target = "  target ≤ 2x" if key == "data" else ""
        print(
            f"{names[key]:<46} {statistics.median(values) * 1000:>6.0f}ms"
            f" {min(values) * 1000:>6.0f}ms {max(values) * 1000:>6.0f}ms"
            f" {statistics.median(values) / floor:>6.2f}x{target}"
        )
    return {key: statistics.median(values) for key, values in times.items()}


def relative(medians: dict[str, float], key: str) -> float:
    return medians[key] / medians["floor"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("databases", type=Path, nargs="+")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"medians of {args.runs} alternating runs (Tasking, floor, Tasking, ...); {load()}")
    results: list[tuple[Path, int, dict[str, float]]] = []
    with tempfile.TemporaryDirectory() as folder:
        for database in args.databases:
            results.append(
                (database, actions_in(database), bench(database, args.runs, Path(folder)))
            )
    if len(results) > 1:
        # Against the database before it, each time divided by its own run's floor, so that
        # a busier machine during one database's runs does not pass for growth.
        print("\ngrowth from one database to the next (linear would be the ratio of actions)")
        for (before, actions_before, was), (path, actions, now) in itertools.pairwise(results):
            print(
                f"{before.name} -> {path.name}: actions x{actions / actions_before:6.2f};"
                + "".join(
                    f"  {k} x{now[k] / was[k]:4.2f} (x{relative(now, k) / relative(was, k):4.2f}"
                    " against the floor)"
                    for k in ("data", "ready")
                )
            )
    print(f"done; {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
