"""One undo runner for every place: edits to one record in two places undo in turn."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tasking.services import ConflictError
from tasking.ui import dialogs
from tasking.ui.tracker.columns import COLUMN
from tasking.ui.tracker.place import TrackerPlace

from .meeting_helpers import (
    arboretum,
    make_settings,
    make_workspace,
    no_modal_dialogs,
    open_next,
    type_text,
)

__all__ = ["arboretum", "no_modal_dialogs"]


def action_state(services, action_id: int) -> tuple:
    row = services.actions.row(action_id)
    return (row.status, row.due_on, row.description, row.owner_agency_id)


def tracker_for(qtbot, world, history) -> TrackerPlace:
    place = TrackerPlace(world.services, history, make_settings(world.folder))
    qtbot.addWidget(place)
    place.show()
    qtbot.waitUntil(lambda: place.is_ready)
    return place


def set_status_in_tracker(qtbot, place: TrackerPlace, reference: str, label: str) -> None:
    references = [
        place.model.index(r, COLUMN["reference"]).data() for r in range(place.model.rowCount())
    ]
    index = place.model.index(references.index(reference), COLUMN["status"])
    place.table.setCurrentIndex(index)
    place.table.edit(index)
    editor = place.table.findChild(QComboBox)
    editor.setCurrentIndex(editor.findText(label))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: place.table.state() != place.table.State.EditingState)


def test_status_in_tracker_then_in_review_then_undo_twice(qtbot, arboretum, history):
    services, action_id = arboretum.services, arboretum.actions[0]
    workspace = make_workspace(qtbot, arboretum, history)
    meeting_id = open_next(workspace, arboretum.area_id)
    tracker = tracker_for(qtbot, arboretum, history)
    before = action_state(services, action_id)
    reviews_before = [r.update for r in services.meetings.get(meeting_id).reviews]

    set_status_in_tracker(qtbot, tracker, "ARB-2025-001", "In progress")
    assert services.actions.row(action_id).status == "in_progress"

    review = workspace.review
    workspace.tabs.setCurrentWidget(review)
    review.table.selectRow(0)
    review.status.setFocus()
    qtbot.keyClicks(review.status, "Comp")  # Completed, chosen from the keyboard
    qtbot.keyClick(review.status, Qt.Key.Key_Return)
    assert services.actions.row(action_id).status == "completed"

    history.undo()  # the review
    assert services.actions.row(action_id).status == "in_progress"
    history.undo()  # the tracker's edit, made before the review
    assert history.refused == []  # neither taken for someone else's change
    assert action_state(services, action_id) == before
    assert [r.update for r in services.meetings.get(meeting_id).reviews] == reviews_before
    qtbot.waitUntil(lambda: tracker.is_ready)
    row = tracker.model.position_of(action_id)
    assert tracker.model.index(row, COLUMN["status"]).data() == "Open"
    assert review.model.index(0, 5).data() == "Open"


def test_a_stale_review_gets_the_conflict_dialog(qtbot, arboretum, history, monkeypatch):
    services, action_id = arboretum.services, arboretum.actions[0]
    workspace = make_workspace(qtbot, arboretum, history)
    open_next(workspace, arboretum.area_id)
    review = workspace.review
    workspace.tabs.setCurrentWidget(review)
    review.table.selectRow(0)
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs.ConflictDialog,
        "ask",
        classmethod(lambda cls, parent, message, typed="": asked.append((message, typed))),
    )
    # An officer changes the action in the tracker of another laptop meanwhile.
    row = services.actions.row(action_id)
    services.actions.set_status(action_id, row.version, "in_progress", note="Started")
    review.note.setFocus()
    type_text(qtbot, "Camera ordered")
    review.status.setFocus()  # leaving the note saves it
    assert len(asked) == 1
    message, typed = asked[0]
    assert "changed by someone else" in message
    assert "version" not in message.lower()
    assert typed == "Camera ordered"
    assert services.actions.row(action_id).status == "in_progress"  # theirs is kept
    assert [u.note for u in services.actions.detail(action_id).updates] == ["Started"]


def test_conflict_messages_never_show_version_numbers():
    for error in (ConflictError("action", 3, 2, 5), ConflictError("record", 0, None, None)):
        text = str(error)
        assert "changed by someone else" in text
        assert "version" not in text and "None" not in text and "5" not in text


def test_an_edit_made_before_it_is_recorded_undoes_and_redoes(history):
    done: list[str] = []
    done.append("made")
    history.record("Add a note", lambda: done.append("redo"), lambda: done.append("undo"), "x")
    assert done == ["made"]  # recording does not make the edit twice
    history.undo()
    history.redo()
    assert done == ["made", "undo", "redo"]
    assert history.undoText() == "Add a note"
