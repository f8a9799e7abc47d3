"""Undo from the window (Ctrl+Z) returns the database rows to what they were, exactly."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select, text

from tasking.models import AuditEntry
from tasking.ui.hotspots.dialogs import StatusDialog
from tasking.ui.hotspots.place import HotspotsPlace
from tasking.ui.tracker.columns import COLUMN
from tasking.ui.tracker.place import TrackerPlace

from .meeting_helpers import (
    arboretum,
    make_workspace,
    no_modal_dialogs,
    open_next,
    press,
    type_text,
)

__all__ = ["arboretum", "no_modal_dialogs"]
CTRL = Qt.KeyboardModifier.ControlModifier
TABLES = ("action", "action_update", "hotspot", "hotspot_status_change", "hotspot_discussion")


def table_rows(services) -> dict[str, list[dict[str, object]]]:
    """Every column of every row edits touch, but the version counters."""
    found = {}
    with services.database.read() as session:
        for table in TABLES:
            result = session.execute(text(f"SELECT * FROM {table} ORDER BY id")).mappings()
            found[table] = [{k: v for k, v in row.items() if k != "version"} for row in result]
    return found


def _undo_redo_undo(history, services, before) -> None:
    edited = table_rows(services)
    assert edited != before
    history.undo()
    assert table_rows(services) == before
    history.redo()
    assert table_rows(services) == edited
    history.undo()
    assert table_rows(services) == before
    assert history.refused == []
    with services.database.read() as session:
        kinds = set(session.scalars(select(AuditEntry.kind)))
    assert {"undo", "redo"} <= kinds  # the audit trail says these were an undo and a redo


@pytest.fixture
def tracker(qtbot, arboretum, history, settings):
    services = arboretum.services
    cctv = services.actions.row(arboretum.actions[0])
    services.actions.record_update(
        cctv.id, cctv.version, status="completed", note="Up", noted_on=date(2025, 1, 13)
    )
    widget = TrackerPlace(services, history, settings)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: not widget.is_loading and widget.model.total == 3)
    widget.filters.status.setCurrentIndex(0)  # all statuses: the completed one is edited too
    assert widget.model.rowCount() == 3
    return widget


def _row_of(place: TrackerPlace, reference: str) -> int:
    model = place.model
    refs = [model.index(r, COLUMN["reference"]).data() for r in range(model.rowCount())]
    return refs.index(reference)


def test_tracker_status_undo_keeps_the_completion_date(tracker, arboretum, history) -> None:
    services = arboretum.services
    reference = services.actions.row(arboretum.actions[0]).reference
    before = table_rows(services)
    index = tracker.model.index(_row_of(tracker, reference), COLUMN["status"])
    assert tracker.model.setData(index, "in_progress")
    _undo_redo_undo(history, services, before)
    row = services.actions.row(arboretum.actions[0])
    assert (row.status, row.completed_on) == ("completed", date(2025, 1, 13))


def test_tracker_bulk_status_undo(qtbot, tracker, arboretum, history) -> None:
    before = table_rows(arboretum.services)
    tracker.table.selectAll()
    tracker.bulk_status.setCurrentIndex(tracker.bulk_status.findData("cancelled"))
    qtbot.mouseClick(tracker.apply_bulk, Qt.MouseButton.LeftButton)
    _undo_redo_undo(history, arboretum.services, before)


def test_tracker_due_date_undo(tracker, arboretum, history) -> None:
    services = arboretum.services
    reference = services.actions.row(arboretum.actions[1]).reference
    before = table_rows(services)
    index = tracker.model.index(_row_of(tracker, reference), COLUMN["due_on"])
    assert tracker.model.setData(index, QDate(2025, 9, 1))
    _undo_redo_undo(history, services, before)


@pytest.fixture
def workspace(qtbot, arboretum, history):
    workspace = make_workspace(qtbot, arboretum, history)
    open_next(workspace, arboretum.area_id)
    return workspace


def test_decision_undo_restores_the_hotspot_rows(qtbot, workspace, arboretum, history) -> None:
    section = workspace.hotspots
    workspace.tabs.setCurrentWidget(section)
    before = table_rows(arboretum.services)
    section.decision.setFocus()
    type_text(qtbot, "Cl")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    type_text(qtbot, "Problem solved")
    press(qtbot, Qt.Key.Key_Return)
    assert arboretum.services.hotspots.get(arboretum.hotspots[0]).row.status == "closed"
    _undo_redo_undo(history, arboretum.services, before)


def test_review_undo_restores_the_update_that_was_there(
    qtbot, workspace, arboretum, history
) -> None:
    review = workspace.review
    workspace.tabs.setCurrentWidget(review)
    review.status.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Camera on order")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the note saves it
    before = table_rows(arboretum.services)
    review.status.setFocus()
    type_text(qtbot, "In")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    _undo_redo_undo(history, arboretum.services, before)


def test_hotspot_status_undo_restores_its_history(
    qtbot, arboretum, history, settings, monkeypatch
) -> None:
    place = HotspotsPlace(arboretum.services, history, settings)
    qtbot.addWidget(place)
    place.show()
    qtbot.waitUntil(lambda: not place.is_loading)  # the list is read on a worker
    names = [place.proxy.index(r, 0).data() for r in range(place.proxy.rowCount())]
    place.table.selectRow(names.index("Arboretum Park"))
    before = table_rows(arboretum.services)
    monkeypatch.setattr(
        StatusDialog, "ask", classmethod(lambda cls, *a, **k: ("closed", "Reports down 80%"))
    )
    qtbot.mouseClick(place.close_hotspot, Qt.MouseButton.LeftButton)
    assert arboretum.services.hotspots.get(arboretum.hotspots[0]).row.status == "closed"
    _undo_redo_undo(history, arboretum.services, before)
