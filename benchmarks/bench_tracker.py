"""The action tracker on a large partnership, against floors measured in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_tracker.py var/large.sqlite

For the large demo database and one three times its size (made here from a copy of it: every
action, update and review repeated under new references), each measured on a scratch copy:

- the tracker's query against a plain ``sqlite3`` read of the same rows (target ≤ 1.3x);
- the tracker ready (rows read, model filled, table painted) against a bare QTableView
  showing the same rows read with ``sqlite3`` (target ≤ 500 ms on the large database);
- a typed filter keystroke over all statuses, events drained and the table painted, against
  a bare QTableView filtering the same rows with a list comprehension (target worst ≤ 50 ms);
- a status change of 5,000 selected rows through the tracker, its undo and redo: the time
  the chair waits, against plain ``sqlite3`` writing the same rows (UPDATE and INSERT, no
  audit), and the longest the window went without running its 5 ms timer (target ≤ 50 ms);
- a reload with 6,000 rows selected (time to restore the selection, and the longest gap);
- one inline status edit with the Meetings place built but hidden.

Medians of ``--runs`` (≥ 5) alternating runs; the load average is printed, as other work
shares the cores. The last table is the growth from the large database to the one three times
its size: linear growth is about 3x.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView

from tasking.services import Services
from tasking.ui.meetings_place import MeetingsPlace
from tasking.ui.settings import Settings
from tasking.ui.tracker.place import TrackerPlace
from tasking.ui.undo import DataChanges, EditHistory

TYPED = "patrol park"
BULK = 5_000
SELECTED = 6_000
# The statements the tracker's query runs (tasking.services.tracker.action_rows), read plainly.
NAMES = (
    "SELECT 0, id, label FROM term UNION ALL SELECT 1, id, name FROM area UNION ALL"
    " SELECT 2, id, name FROM agency UNION ALL SELECT 3, id, name FROM hotspot UNION ALL"
    " SELECT 4, id, name FROM person"
)
REVIEWS = (
    "SELECT r.action_id, count(*) FROM action_review r JOIN meeting m ON m.id = r.meeting_id"
    " JOIN action a ON a.id = r.action_id WHERE m.held_on <= date('now')"
    " AND m.held_on > coalesce(a.last_noted_on, a.raised_on) GROUP BY r.action_id"
)
ACTIONS = (
    "SELECT a.id, a.uid, a.reference, a.description, a.action_type_id, a.area_id,"
    " a.hotspot_id, a.owner_agency_id, a.owner_person_id, a.raised_at_id, a.raised_on,"
    " a.due_on, a.status, a.completed_on, a.outcome, a.version, a.last_noted_on, a.last_note"
    " FROM action a ORDER BY a.ref_prefix, a.ref_year, a.ref_number"
)


def make_threefold(large: Path, target: Path) -> None:
    """A copy of ``large`` with every action (and its updates and reviews) there three times."""
    shutil.copy(large, target)
    db = sqlite3.connect(target)
    columns = [r[1] for r in db.execute("PRAGMA table_info(action)")]
    (top,) = db.execute("SELECT max(id) FROM action").fetchone()
    changed = {
        "id": "id + :offset",
        "uid": "lower(hex(randomblob(16)))",
        "reference": "reference || '-' || :copy",
        "ref_number": "ref_number + :copy * 100000",
    }
    picked = ", ".join(changed.get(c, c) for c in columns)
    update_columns = [c for c in (r[1] for r in db.execute("PRAGMA table_info(action_update)"))]
    update_columns.remove("id")
    moved = ", ".join("action_id + :offset" if c == "action_id" else c for c in update_columns)
    with db:
        for copy in (1, 2):
            values = {"offset": copy * top, "copy": copy, "top": top}
            db.execute(
                f"INSERT INTO action ({', '.join(columns)}) SELECT {picked} FROM action"
                " WHERE id <= :top",
                values,
            )
            db.execute(
                f"INSERT INTO action_update ({', '.join(update_columns)}) SELECT {moved}"
                " FROM action_update WHERE action_id <= :top",
                values,
            )
            db.execute(
                "INSERT INTO action_review (meeting_id, action_id, position) SELECT meeting_id,"
                " action_id + :offset, position FROM action_review WHERE action_id <= :top",
                values,
            )
    db.close()


def plain_read(path: Path) -> list[tuple[Any, ...]]:
    db = sqlite3.connect(path)
    db.execute(NAMES).fetchall()
    rows = db.execute(ACTIONS).fetchall()
    db.execute(REVIEWS).fetchall()
    db.close()
    return rows


class BareModel(QAbstractTableModel):
    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 12

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.rows[index.row()][index.column()]
            return "" if value is None else str(value)
        return None


def drain(app: QApplication) -> None:
    """Every posted event delivered and every pending paint done, as after a real keystroke."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        app.processEvents()


class Gaps:
    """A 5 ms timer on the UI thread; the longest time between its ticks is the worst stall."""

    def __init__(self) -> None:
        self.timer = QTimer(interval=5)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.ticks: list[float] = []

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())

    @contextmanager
    def watching(self) -> Iterator[None]:
        self.ticks = [time.perf_counter()]
        self.timer.start()
        try:
            yield
        finally:
            self.timer.stop()
            self.ticks.append(time.perf_counter())

    def worst(self) -> float:
        return max(b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False))

    def p99(self) -> float:
        gaps = sorted(b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False))
        return gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))]


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def measure(app: QApplication, source: Path, runs: int, folder: Path) -> dict[str, float]:
    path = folder / f"scratch-{source.stem}.sqlite"
    shutil.copy(source, path)
    services = Services.open(path)  # migrates the copy to the head (the 0011 index)
    results: dict[str, list[float]] = {}

    def note(name: str, value: float) -> None:
        results.setdefault(name, []).append(value)

    settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    for _ in range(runs):  # query and floor, alternating
        note("floor: plain sqlite3 read", timed(lambda: plain_read(path)))
        note("tracker query", timed(services.actions.tracker))

    history = EditHistory(DataChanges(), lambda error: print("refused:", error))
    for _ in range(runs):  # tracker ready and its floor, alternating
        started = time.perf_counter()
        bare = QTableView()
        bare.setModel(BareModel(plain_read(path)))
        bare.resize(1400, 800)
        bare.show()
        drain(app)
        note("floor: bare QTableView, same rows", time.perf_counter() - started)
        bare.close()
        bare.deleteLater()
        gaps = Gaps()
        started = time.perf_counter()
        with gaps.watching():
            place = TrackerPlace(services, history, settings)
            place.resize(1400, 800)
            place.show()
            while not place.is_ready:
                app.processEvents()
                time.sleep(0.001)
            drain(app)
        note("tracker ready", time.perf_counter() - started)
        note("tracker ready: worst UI gap", gaps.worst())
        if _ < runs - 1:
            place.close()
            place.deleteLater()
            drain(app)
    rows = place.model.total
    place.filters.status.setCurrentIndex(0)  # all statuses: the most rows a filter searches
    drain(app)

    # The keystroke floor: a bare QTableView over the same rows, filtered by the typed words
    # with one list comprehension over lower-cased text, reset and painted.
    every = plain_read(path)
    lowered = ["\x1f".join(str(v) for v in row).casefold() for row in every]
    bare_model = BareModel(every)
    bare = QTableView()
    bare.setModel(bare_model)
    bare.resize(1400, 800)
    bare.show()
    drain(app)

    def bare_keystroke(typed_so_far: str) -> None:
        shown = range(len(every))
        for word in typed_so_far.split():
            shown = [n for n in shown if word in lowered[n]]
        bare_model.beginResetModel()
        bare_model.rows = [every[n] for n in shown]
        bare_model.endResetModel()
        drain(app)

    for _ in range(runs):  # keystrokes, ours and the floor alternating
        place.filters.text.clear()
        drain(app)
        typed = [
            timed(lambda c=char: (QTest.keyClick(place.filters.text, c), drain(app)))
            for char in TYPED
        ]
        note("keystroke (median)", statistics.median(typed))
        note("keystroke (worst of each run)", max(typed))
        floor = [timed(lambda n=n: bare_keystroke(TYPED[: n + 1])) for n in range(len(TYPED))]
        note("floor: bare view keystroke (median)", statistics.median(floor))
        note("floor: bare view keystroke (worst)", max(floor))
    bare.close()
    place.filters.text.clear()
    drain(app)

    # A status change of BULK rows, its undo and redo; the floor writes the same rows plainly.
    model = place.model
    chosen = [model.record_at(r) for r in range(model.rowCount())]
    chosen = [r for r in chosen if r is not None and r.status == "completed"][:BULK]
    ids = [r.id for r in chosen]
    for _ in range(runs):
        floor = sqlite3.connect(path, isolation_level=None)
        started = time.perf_counter()
        floor.execute("BEGIN IMMEDIATE")
        floor.executemany(
            "UPDATE action SET status = 'cancelled', version = version + 1 WHERE id = ?",
            [(i,) for i in ids],
        )
        floor.executemany(
            "INSERT INTO action_update (action_id, noted_on, note, status_from, status_to,"
            " recorded_by, created_at, updated_at, version) VALUES (?, date('now'), '',"
            " 'completed', 'cancelled', '', datetime('now'), datetime('now'), 1)",
            [(i,) for i in ids],
        )
        note("floor: plain sqlite3 writes of the same rows", time.perf_counter() - started)
        floor.execute("ROLLBACK")
        floor.close()
        fresh = {r.id: r for r in services.actions.tracker(ids=ids)}
        gaps = Gaps()
        with gaps.watching():
            started = time.perf_counter()
            place.change_status([fresh[i] for i in ids], "cancelled")
            note(f"status of {BULK:,} rows", time.perf_counter() - started)
        note(f"status of {BULK:,} rows: worst UI gap", gaps.worst())
        note(f"status of {BULK:,} rows: 99th percentile gap", gaps.p99())
        for step in ("undo", "redo", "undo"):
            with gaps.watching():
                note(f"{step} of {BULK:,} rows", timed(getattr(history, step)))
            note(f"{step} of {BULK:,} rows: worst UI gap", gaps.worst())
        drain(app)

    # A reload with SELECTED rows selected (every other row: thousands of separate ranges).
    place.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    drain(app)
    picked = [model.record_at(r).id for r in range(0, min(SELECTED * 2, model.rowCount()), 2)]
    for _ in range(runs):
        place.table.clearSelection()
        note("select 6,000 rows again", timed(lambda: place._select(picked)))
        gaps = Gaps()
        with gaps.watching():
            started = time.perf_counter()
            place.reload()
            while not place.is_ready:
                app.processEvents()
                time.sleep(0.001)
            drain(app)
            note("reload with 6,000 selected", time.perf_counter() - started)
        note("reload with 6,000 selected: worst UI gap", gaps.worst())
        assert len(place.selected_ids()) == len(picked), "the selection was not restored"

    # One inline edit, with the Meetings place built and hidden (as behind the tracker).
    meetings = MeetingsPlace(services, history, settings)
    meetings.hide()
    first = model.record_at(0)
    for _ in range(runs):
        row = services.actions.row(first.id)
        status = "in_progress" if row.status != "in_progress" else "open"
        gaps = Gaps()
        with gaps.watching():
            started = time.perf_counter()
            place.change_status([row], status)
            note("one inline status edit", time.perf_counter() - started)
            drain(app)
        note("one inline status edit: worst UI gap", gaps.worst())
    meetings.close()
    place.close()
    services.close()
    medians = {name: statistics.median(values) for name, values in results.items()}
    medians["rows"] = rows
    return medians


RATIOS = {
    "keystroke (median)": "floor: bare view keystroke (median)",
    "keystroke (worst of each run)": "floor: bare view keystroke (worst)",
    "tracker query": "floor: plain sqlite3 read",
    "tracker ready": "floor: bare QTableView, same rows",
    f"status of {BULK:,} rows": "floor: plain sqlite3 writes of the same rows",
}


def report(title: str, medians: dict[str, float]) -> None:
    print(f"\n{title}: {medians['rows']:,.0f} actions (medians; ms)")
    print(f"{'measure':<52}{'ours':>10}{'floor':>10}{'ratio':>8}")
    floors = set(RATIOS.values())
    for name, value in medians.items():
        if name == "rows" or name in floors:
            continue
        floor_name = RATIOS.get(name)
        floor = medians.get(floor_name) if floor_name else None
        ratio = f"{value / floor:.2f}x" if floor else ""
        shown = f"{floor * 1000:.0f}" if floor else ""
        print(f"{name:<52}{value * 1000:>10.1f}{shown:>10}{ratio:>8}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        threefold = folder / "threefold.sqlite"
        make_threefold(args.database, threefold)
        load = os.getloadavg()
        large = measure(app, args.database, args.runs, folder)
        huge = measure(app, threefold, args.runs, folder)
        load_after = os.getloadavg()
    report("Large demo database", large)
    report("Three times the large database", huge)
    print(f"\nGrowth from {large['rows']:,.0f} to {huge['rows']:,.0f} actions (linear ≈ 3x)")
    for name, value in large.items():
        if name != "rows" and "gap" not in name and value > 0:
            print(f"{name:<52}{huge[name] / value:>9.2f}x")
    for when, (one, five, fifteen) in (("before", load), ("after", load_after)):
        print(f"load average (1, 5, 15 min) {when}: {one:.1f} {five:.1f} {fifteen:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
