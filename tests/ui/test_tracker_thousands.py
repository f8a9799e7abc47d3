"""A status change of 5,000 tracker rows, its undo and its redo, as the chair sees them: the
table shows what a fresh read of the database gives, the selection stays, undo puts every
row back exactly, and each step repaints the table once, asking only for the cells on
screen, in a turn of its own after the rows were put in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer

from tasking.services.changes import ActionChanges
from tasking.services.views import ActionRow
from tasking.ui.tracker import place as tracker_place
from tasking.ui.tracker.columns import COLUMN
from tasking.ui.tracker.place import TrackerPlace

from .tracker_helpers import Paints, shown_tracker

MANY = 5_000


@pytest.fixture
def asked(monkeypatch) -> set[int]:
    """The rows whose cells a paint asked the tracker's model for what they show."""
    rows: set[int] = set()

    class Counting(tracker_place.TrackerModel):
        def data(self, index: Any, role: int = 0) -> Any:
            rows.add(index.row())
            return super().data(index, role)

        def multiData(self, index: Any, roleDataSpan: Any) -> None:
            rows.add(index.row())
            super().multiData(index, roleDataSpan)

        def plain_text(self, index: Any) -> str | None:
            rows.add(index.row())
            return super().plain_text(index)

    monkeypatch.setattr(tracker_place, "TrackerModel", Counting)
    return rows


def add_copies(database: Path, count: int, action_id: int) -> None:
    """``count`` more actions in Arboretum, copied from one in one statement (half open,
    half in progress, due on different days), as a large partnership has."""
    with sqlite3.connect(database) as db:
        db.execute(
            """
            INSERT INTO action (uid, reference, ref_prefix, ref_year, ref_number, description,
                action_type_id, asb_power_id, area_id, hotspot_id, owner_agency_id,
                owner_person_id, raised_at_id, raised_on, due_on, status, completed_on,
                outcome, created_at, updated_at, version, confidential)
            WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < ?)
            SELECT printf('00000000-0000-4000-8000-%012d', k), printf('ARB-2019-%05d', k),
                'ARB', 2019, k, 'Litter pick, round ' || k, action_type_id, asb_power_id,
                area_id, hotspot_id, owner_agency_id, owner_person_id, raised_at_id,
                raised_on, date(due_on, printf('-%d days', k % 90)),
                CASE k % 2 WHEN 0 THEN 'open' ELSE 'in_progress' END, NULL, '',
                created_at, updated_at, 1, 0
            FROM n, (SELECT * FROM action WHERE id = ?)
            """,
            (count, action_id),
        )


@pytest.fixture
def thousands(services, records, tmp_path: Path, request) -> int:
    """MANY more actions (or the count the test gives), on top of the four records."""
    count = getattr(request, "param", MANY)
    add_copies(tmp_path / "t.sqlite", count, records.actions["cctv"])
    return count + 4


@pytest.fixture
def place(qtbot, services, thousands, history, settings, asked) -> TrackerPlace:
    widget = shown_tracker(qtbot, services, history, settings)
    widget.resize(1366, 728)
    widget.filters.status.setCurrentIndex(0)  # every status
    qtbot.waitUntil(lambda: widget.model.rowCount() == thousands)
    return widget


def shown(place: TrackerPlace) -> dict[int, ActionRow]:
    return {r.id: r for r in place.model.visible_rows()}


def fresh(services) -> dict[int, ActionRow]:
    return {r.id: r for r in services.actions.tracker()}


def settled(qtbot, paints: Paints) -> None:
    """Until the table was repainted, and a while longer (no second paint comes)."""
    qtbot.waitUntil(lambda: paints.count > 0, timeout=10_000)
    qtbot.wait(150)


def test_a_change_of_5000_rows_shows_saved_rows_keeps_the_selection_and_undoes_exactly(
    qtbot, place: TrackerPlace, services, history, asked: set[int]
) -> None:
    table, model = place.table, place.model
    before = fresh(services)
    assert shown(place) == before
    table.selectAll()
    qtbot.wait(50)
    chosen = set(place.selected_ids())
    assert len(chosen) == MANY + 4
    paints = Paints()
    table.viewport().installEventFilter(paints)
    on_screen = table.viewport().height() // table.rowHeight(0) + 1
    first_paints: list[int] = []  # the table's paints when a timer due after a step ran

    def step(do: Any) -> None:
        paints.count = 0
        asked.clear()
        do()
        QTimer.singleShot(0, lambda: first_paints.append(paints.count))  # due next
        settled(qtbot, paints)
        assert paints.count == 1  # one paint of the table for the whole step
        assert asked and max(asked) < on_screen  # of the rows on screen only
        assert shown(place) == fresh(services)  # what is shown is what is saved
        assert set(place.selected_ids()) == chosen  # still chosen

    place.bulk_status.setCurrentIndex(place.bulk_status.findData("completed"))
    step(lambda: qtbot.mouseClick(place.apply_bulk, Qt.MouseButton.LeftButton))
    assert {r.status for r in shown(place).values()} == {"completed"}
    assert history.count() == 1
    assert model.index(0, COLUMN["status"]).data() == "Completed"  # as the cell reads

    step(history.undo)
    # Every row as it was, its status, completion and last update: only its version moved on.
    back = {i: r._replace(version=0) for i, r in shown(place).items()}
    assert back == {i: r._replace(version=0) for i, r in before.items()}

    step(history.redo)
    assert {r.status for r in shown(place).values()} == {"completed"}
    step(history.undo)
    assert {i: r.status for i, r in shown(place).items()} == {
        i: r.status for i, r in before.items()
    }
    assert history.refused == []
    # Each step's repaint came in a turn of its own, after the timers due when it returned.
    assert first_paints == [0, 0, 0, 0]


@pytest.mark.parametrize("thousands", [300], indirect=True)
def test_an_undo_refused_shows_the_rows_as_saved(
    qtbot, place: TrackerPlace, services, history, monkeypatch
) -> None:
    """Someone changed one of the rows since: the undo of the change to all of them is
    refused, nothing is put back, and the table shows the rows as they are saved (the
    other's edit with them), read by the undo's own worker."""
    place.table.selectAll()
    place.bulk_status.setCurrentIndex(place.bulk_status.findData("completed"))
    qtbot.mouseClick(place.apply_bulk, Qt.MouseButton.LeftButton)
    assert {r.status for r in fresh(services).values()} == {"completed"}
    other = next(r for r in fresh(services).values() if r.reference == "ARB-2019-00007")
    services.actions.edit(other.id, other.version, ActionChanges(description="Moved"))
    reads: list[int] = []
    real = services.actions.tracker
    with monkeypatch.context() as patched:
        patched.setattr(
            services.actions, "tracker", lambda *a, **k: reads.append(1) or real(*a, **k)
        )
        history.undo()
    assert [type(e).__name__ for e in history.refused] == ["ConflictError"]
    assert {r.status for r in fresh(services).values()} == {"completed"}  # nothing put back
    assert shown(place) == fresh(services)
    assert shown(place)[other.id].description == "Moved"
    assert reads == [1]  # the rows were read once, by the undo's worker
