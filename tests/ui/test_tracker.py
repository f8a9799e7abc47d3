"""The action tracker place, driven as a chair would: filter, sort, edit, undo, conflicts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox

from tasking.services.changes import ActionChanges
from tasking.ui.dialogs import ConflictDialog
from tasking.ui.tracker.columns import COLUMN
from tasking.ui.tracker.model import TrackerFilter, TrackerModel
from tasking.ui.tracker.place import TrackerPlace


@pytest.fixture
def place(qtbot, services, records, history, settings):
    widget = TrackerPlace(services, history, settings)
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    widget.show()
    qtbot.waitUntil(lambda: not widget.is_loading and widget.model.total == 4)
    return widget


def column_texts(place: TrackerPlace, key: str) -> list[str]:
    model = place.model
    return [model.index(r, COLUMN[key]).data() for r in range(model.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester, services, records):
    model = TrackerModel()
    model.set_rows(services.actions.tracker())
    qtmodeltester.check(model)
    model.sort(COLUMN["due_on"], Qt.SortOrder.DescendingOrder)
    model.set_filter(TrackerFilter(text="park"))
    qtmodeltester.check(model)


def test_typing_in_the_filter_narrows_the_rows(qtbot, place):
    assert place.model.rowCount() == 4
    qtbot.keyClicks(place.filters.text, "fly-tip")
    assert column_texts(place, "description") == ["Clear fly-tipping behind the parade"]
    assert "1 of 4" in place.count.text()
    place.filters.text.clear()
    place.filters.text.setText("WIŚNIEWSKA")  # Polish officer's name, any case
    assert column_texts(place, "reference") == ["ARB-2025-002"]


def test_structured_filters(qtbot, place, records):
    place.filters.overdue.click()
    assert column_texts(place, "reference") == ["ARB-2025-001"]
    place.filters.overdue.click()
    combo = place.filters.area
    combo.setCurrentIndex(combo.findData(records.areas["Normanton"]))
    assert sorted(column_texts(place, "reference")) == ["NOR-2025-001", "NOR-2025-002"]
    status = place.filters.status
    status.setCurrentIndex(status.findData("in_progress"))
    assert column_texts(place, "reference") == []


def test_clicking_a_header_sorts_by_that_column(qtbot, place):
    header = place.table.horizontalHeader()
    x = header.sectionViewportPosition(COLUMN["due_on"]) + 5
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5)
    )
    dues = [
        place.model.index(r, COLUMN["due_on"]).data(Qt.ItemDataRole.UserRole + 1) for r in range(4)
    ]
    assert dues == sorted(dues) or dues == sorted(dues, reverse=True)
    assert dues[0] != dues[-1]
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5)
    )
    again = [
        place.model.index(r, COLUMN["due_on"]).data(Qt.ItemDataRole.UserRole + 1) for r in range(4)
    ]
    assert again == list(reversed(dues))


def test_rag_shows_colour_and_words(place):
    row = column_texts(place, "reference").index("ARB-2025-001")
    index = place.model.index(row, COLUMN["rag"])
    assert index.data() == "Red"
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "overdue" in index.data(Qt.ItemDataRole.ToolTipRole).lower()


def edit_status_inline(qtbot, place, row: int, label: str) -> None:
    index = place.model.index(row, COLUMN["status"])
    place.table.setCurrentIndex(index)
    place.table.edit(index)
    editor = place.table.findChild(QComboBox)
    assert editor is not None
    editor.setCurrentIndex(editor.findText(label))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on a queued call once Return closes the editor.
    qtbot.waitUntil(lambda: place.table.state() != place.table.State.EditingState)


def test_inline_status_edit_saves_and_undoes(qtbot, place, services, records, history):
    row = column_texts(place, "reference").index("ARB-2025-001")
    edit_status_inline(qtbot, place, row, "Completed")
    saved = services.actions.row(records.actions["cctv"])
    assert saved.status == "completed"
    assert place.model.index(row, COLUMN["status"]).data() == "Completed"
    assert place.model.index(row, COLUMN["rag"]).data() == "Grey"
    history.undo()
    assert services.actions.row(records.actions["cctv"]).status == "open"
    history.redo()
    assert services.actions.row(records.actions["cctv"]).status == "completed"
    history.undo()
    assert services.actions.row(records.actions["cctv"]).status == "open"
    assert place.model.index(row, COLUMN["status"]).data() == "Open"
    assert history.refused == []


def test_inline_due_date_edit_saves_and_undoes(qtbot, place, services, records, history):
    row = column_texts(place, "reference").index("NOR-2025-002")
    index = place.model.index(row, COLUMN["due_on"])
    assert place.model.setData(index, QDate(2025, 9, 1))
    assert services.actions.row(records.actions["clean"]).due_on == date(2025, 9, 1)
    assert index.data() == "01/09/2025"
    history.undo()
    assert services.actions.row(records.actions["clean"]).due_on == date(2025, 7, 15)


def test_many_rows_change_status_in_one_undo_step(qtbot, place, services, records, history):
    place.table.selectAll()
    place.bulk_status.setCurrentIndex(place.bulk_status.findData("completed"))
    qtbot.mouseClick(place.apply_bulk, Qt.MouseButton.LeftButton)
    assert {r.status for r in services.actions.tracker()} == {"completed"}
    assert history.count() == 1
    history.undo()
    statuses = {r.id: r.status for r in services.actions.tracker()}
    assert statuses[records.actions["patrol"]] == "in_progress"
    assert statuses[records.actions["cctv"]] == "open"


def test_stale_edit_shows_the_conflict_and_reloads(qtbot, place, services, records, monkeypatch):
    shown = []
    monkeypatch.setattr(
        ConflictDialog,
        "ask",
        classmethod(lambda cls, parent, error, typed="": shown.append((str(error), typed)) or True),
    )
    # Someone else changes the action after the tracker read it.
    current = services.actions.row(records.actions["cctv"])
    services.actions.edit(
        current.id, current.version, ActionChanges(description="Changed elsewhere")
    )
    row = column_texts(place, "reference").index("ARB-2025-001")
    edit_status_inline(qtbot, place, row, "Completed")
    assert len(shown) == 1
    assert "someone else" in shown[0][0]
    assert shown[0][1] == "Completed"  # what the user chose is shown, not lost
    assert services.actions.row(current.id).status == "open"
    qtbot.waitUntil(lambda: "Changed elsewhere" in column_texts(place, "description"))


def test_selecting_a_row_shows_its_history(qtbot, place, records):
    row = column_texts(place, "reference").index("ARB-2025-002")
    place.table.selectRow(row)
    qtbot.waitUntil(lambda: "Two patrols done" in place.panel.text.toPlainText())
    assert "Zofia Wiśniewska-Łęcka" in place.panel.text.toPlainText()


def test_find_focuses_the_filter(qtbot, place):
    place.focus_filter()
    qtbot.waitUntil(place.filters.text.hasFocus)


def test_typing_a_filter_keeps_the_selected_and_current_rows_that_still_show(qtbot, place):
    references = column_texts(place, "reference")
    kept, dropped = references.index("ARB-2025-002"), references.index("ARB-2025-001")
    place.table.selectRow(kept)
    place.table.selectionModel().select(
        place.model.index(dropped, 0),
        place.table.selectionModel().SelectionFlag.Select
        | place.table.selectionModel().SelectionFlag.Rows,
    )
    place.table.selectionModel().setCurrentIndex(
        place.model.index(kept, 0), place.table.selectionModel().SelectionFlag.NoUpdate
    )
    qtbot.waitUntil(lambda: "Two patrols done" in place.panel.text.toPlainText())
    qtbot.keyClicks(place.filters.text, "wisniewska")  # the officer of ARB-2025-002 only
    assert column_texts(place, "reference") == ["ARB-2025-002"]
    assert [r.reference for r in place.selected_rows()] == ["ARB-2025-002"]
    assert place.table.currentIndex().row() == 0
    assert place.apply_bulk.isEnabled()
    assert "Two patrols done" in place.panel.text.toPlainText()  # the history stays shown
    place.filters.text.clear()  # widening again: the row chosen is still chosen
    assert [r.reference for r in place.selected_rows()] == ["ARB-2025-002"]
    qtbot.keyClicks(place.filters.text, "nothing matches this")
    assert place.model.rowCount() == 0
    assert not place.apply_bulk.isEnabled()
    qtbot.waitUntil(lambda: "Two patrols done" not in place.panel.text.toPlainText())
