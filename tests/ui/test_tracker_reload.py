"""A tracker read again (another chair's change, a hotspot renamed) keeps what the chair had."""

from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject
from PySide6.QtWidgets import QApplication

from tasking.ui.tracker.columns import search_texts
from tasking.ui.tracker.model import sorted_order
from tasking.ui.tracker.reading import Loaded

from .tracker_helpers import shown_tracker

MANY = 120


@pytest.fixture
def place(qtbot, services, records, history, settings):
    types = services.partnership.terms("action_type")
    for n in range(MANY):
        services.actions.raise_action(
            description=f"Litter pick, week {n + 1}",
            action_type_id=types[0].id,
            owner_agency_id=records.agencies["council"],
            hotspot_id=records.hotspots["park"],
            raised_on=date(2025, 3, 5),
        )
    widget = shown_tracker(qtbot, services, history, settings)
    qtbot.waitUntil(lambda: widget.model.total == MANY + 4)
    return widget


def _select_every_third(place) -> set[int]:
    model, selection = place.model, place.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(1, model.rowCount(), 3):
        selection.select(model.index(row, 0), flags)
    return set(place.selected_ids())


def _reload(qtbot, place, history) -> None:
    history.changes.changed.emit("hotspot")  # something else changed: the rows are read again
    qtbot.waitUntil(lambda: place.is_ready)


def test_another_chairs_change_shows_in_place_keeping_selection_current_cell_and_scroll(
    qtbot, place, services, history
) -> None:
    model, table = place.model, place.table
    chosen = _select_every_third(place)
    current = model.index(40, 2)
    table.selectionModel().setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
    table.verticalScrollBar().setValue(25)
    row = model.record_at(40)
    services.actions.record_update(row.id, row.version, status="in_progress", note="By Amira")
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    _reload(qtbot, place, history)
    assert model.record_at(40).status == "in_progress"  # the fresh row, where it was
    assert model.record_at(40).last_update == "By Amira"
    assert not resets, "the view was reset: the chair's place in the table was lost"
    assert set(place.selected_ids()) == chosen
    assert table.currentIndex().row() == 40 and table.currentIndex().column() == 2
    assert table.verticalScrollBar().value() == 25


def test_rows_that_moved_are_selected_again_by_action(qtbot, place, services, records, history):
    model = place.model
    chosen = _select_every_third(place)
    first = model.record_at(0)
    assert first is not None
    services.actions.raise_action(  # sorts first: every other row moves down one place
        description="Gate repair (raised by another chair)",
        action_type_id=first.action_type_id,
        owner_agency_id=records.agencies["council"],
        hotspot_id=records.hotspots["park"],
        raised_on=date(2024, 1, 2),
    )
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    _reload(qtbot, place, history)
    assert model.total == MANY + 5 and resets  # the rows moved: the view was reset
    assert set(place.selected_ids()) == chosen  # the same actions, in their new places
    assert model.record_at(0).description.startswith("Gate repair")


def test_the_rows_are_painted_once_when_they_arrive(place) -> None:
    """Each paint of the table asks for every cell on screen: Qt laying the rows out a
    moment after they were first painted painted them all a second time."""
    first = place.model.record_at(0)
    assert first is not None
    rows = [first._replace(id=10_000 + n, reference=f"ARB-2025-{n:05}") for n in range(6_000)]
    loaded = Loaded(rows, search_texts(rows), [], sorted_order(rows, None), None, {})
    painted_rows: list[int] = []

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted_rows.append(place.model.rowCount())
            return False

    counting = Paints()
    place.table.viewport().installEventFilter(counting)
    place.on_loaded(loaded)  # as when the worker hands the rows over
    for _ in range(5):  # everything their arrival posted, delivered and painted
        QCoreApplication.sendPostedEvents()
        QApplication.processEvents()
        time.sleep(0.01)
    assert painted_rows == [6_000]
