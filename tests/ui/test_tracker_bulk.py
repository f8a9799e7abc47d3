"""Many rows at once in the tracker: a status change with progress, its undo, a kept selection."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QTabWidget, QWidget

from tasking.services.changes import ActionChanges
from tasking.ui import background
from tasking.ui.dialogs import ConflictDialog
from tasking.ui.meetings_place import MeetingsPlace
from tasking.ui.tracker import place as tracker_place
from tasking.ui.tracker.place import TrackerPlace

from .tracker_helpers import shown_tracker

MANY = 150


@pytest.fixture
def many(services, records) -> list[int]:
    """MANY more actions in Arboretum, on top of the four records."""
    types = services.partnership.terms("action_type")
    made = []
    for n in range(MANY):
        row = services.actions.raise_action(
            description=f"Litter pick, week {n + 1}",
            action_type_id=types[0].id,
            owner_agency_id=records.agencies["council"],
            hotspot_id=records.hotspots["park"],
            raised_on=date(2025, 3, 5),
        )
        made.append(row.id)
    return made


@pytest.fixture
def place(qtbot, services, many, history, settings):
    widget = TrackerPlace(services, history, settings)
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.is_ready and widget.model.total == MANY + 4)
    return widget


def _statuses(services) -> dict[int, str]:
    return {r.id: r.status for r in services.actions.tracker()}


def _apply(qtbot, place: TrackerPlace, status: str) -> dict[str, list]:
    """Press Apply; note what the window showed and how often its timers ran meanwhile."""
    seen: dict[str, list] = {"progress": [], "ticks": []}

    def look() -> None:
        seen["ticks"].append(1)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                seen["progress"].append(widget.labelText())

    timer = QTimer(interval=1)
    timer.timeout.connect(look)
    timer.start()
    place.bulk_status.setCurrentIndex(place.bulk_status.findData(status))
    qtbot.mouseClick(place.apply_bulk, Qt.MouseButton.LeftButton)
    timer.stop()
    return seen


def test_setting_many_rows_shows_progress_and_undo_puts_them_back(
    qtbot, place, services, many, history, monkeypatch
) -> None:
    monkeypatch.setattr(background, "SHOW_AFTER_MS", 0)
    before = _statuses(services)
    place.table.selectAll()
    seen = _apply(qtbot, place, "completed")
    assert set(_statuses(services).values()) == {"completed"}
    assert any(f"{MANY + 4} actions to Completed" in text for text in seen["progress"])
    assert seen["ticks"], "the window's timers kept running while the rows were written"
    shown = {place.model.record_at(r).status for r in range(place.model.rowCount())}
    assert shown == {"completed"}  # the rows on screen are the saved ones
    assert history.count() == 1

    history.undo()
    assert _statuses(services) == before
    shown = {place.model.record_at(r).id: place.model.record_at(r).status for r in range(5)}
    assert all(before[i] == s for i, s in shown.items())
    history.redo()
    assert set(_statuses(services).values()) == {"completed"}
    history.undo()
    assert _statuses(services) == before
    assert history.refused == []


def test_rows_changed_meanwhile_are_named_and_nothing_changes(
    qtbot, place, services, many, monkeypatch
) -> None:
    shown = []
    monkeypatch.setattr(
        ConflictDialog,
        "ask",
        classmethod(lambda cls, parent, message, typed="": shown.append(message) or False),
    )
    other = services.actions.row(many[7])  # an officer edits one after the tracker read it
    services.actions.edit(other.id, other.version, ActionChanges(description="Moved"))
    before = _statuses(services)
    place.table.selectAll()
    _apply(qtbot, place, "cancelled")
    assert _statuses(services) == before
    assert len(shown) == 1
    assert other.reference in shown[0]
    assert "Nothing was changed" in shown[0]


def test_a_reload_keeps_many_selected_rows_selected(qtbot, place, many, history) -> None:
    model, selection = place.model, place.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(0, model.rowCount(), 3):  # every third row: many separate ranges
        selection.select(model.index(row, 0), flags)
    chosen = set(place.selected_ids())
    assert len(chosen) > MANY // 3
    history.changes.changed.emit("hotspot")  # something else changed: the rows are read again
    qtbot.waitUntil(lambda: place.is_ready)
    assert set(place.selected_ids()) == chosen
    assert "Showing" in place.count.text()


def test_the_meetings_list_shows_a_change_when_next_shown(
    qtbot, services, records, history, settings
) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    meetings = MeetingsPlace(services, history, settings)
    tabs.addTab(meetings, "Meetings")
    tabs.addTab(QWidget(), "Elsewhere")
    tabs.show()
    listed = meetings.model.rowCount()
    tabs.setCurrentIndex(1)  # the chair works in another place
    area = records.areas["Normanton"]
    services.meetings.open_next(area, date(2025, 4, 9))
    history.changes.changed.emit("meeting")
    assert meetings.model.rowCount() == listed  # not read again behind the other place
    tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: meetings.model.rowCount() == listed + 1)
    areas = {meetings.model.record_at(r).area for r in range(meetings.model.rowCount())}
    assert "Normanton" in areas


def test_the_headings_paint_without_walking_thousands_of_selected_rows(
    qtbot, services, many, history, settings, monkeypatch
):
    """With thousands of rows chosen the window kept freezing for seconds: to draw each
    heading Qt asked every selected row whether its whole column was selected."""
    asked: list[int] = []

    class Counting(tracker_place.TrackerModel):
        def flags(self, index):
            asked.append(1)
            return super().flags(index)

    monkeypatch.setattr(tracker_place, "TrackerModel", Counting)
    place = shown_tracker(qtbot, services, history, settings)
    first = place.model.record_at(0)
    assert first is not None
    rows = [first._replace(id=10_000 + n, reference=f"ARB-2025-{n:05}") for n in range(5_000)]
    place.model.set_rows(rows)
    model = place.model
    place.table.selectionModel().select(
        QItemSelection(model.index(0, 0), model.index(3_999, model.columnCount() - 1)),
        QItemSelectionModel.SelectionFlag.Select,
    )
    assert len(place.selected_rows()) == 4_000
    asked.clear()
    place.table.horizontalHeader().grab()
    assert len(asked) < 100
