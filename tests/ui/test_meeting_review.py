"""Review of actions: one keystroke saves and moves on; untouched reviews stay untouched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .meeting_helpers import (
    arboretum,
    focused,
    make_workspace,
    no_modal_dialogs,
    open_next,
    press,
    type_text,
    workspace_of,
)

__all__ = ["arboretum", "no_modal_dialogs"]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def review(qtbot, arboretum, history):
    workspace = make_workspace(qtbot, arboretum, history)
    open_next(workspace, arboretum.area_id)
    workspace.tabs.setCurrentWidget(workspace.review)
    workspace.review.status.setFocus()
    return workspace.review


def updates(arboretum, number: int) -> list[tuple[str, str | None]]:
    detail = arboretum.services.actions.detail(arboretum.actions[number])
    return [(u.note, u.status_to) for u in detail.updates]


def test_untouched_reviews_record_nothing(qtbot, review, arboretum, history):
    for row in range(3):
        assert review.table.currentIndex().row() == row
        press(qtbot, Qt.Key.Key_Return, CTRL)
    assert review.progress.text() == "That was the last action to review."
    assert all(updates(arboretum, n) == [] for n in range(3))
    assert [history.text(i) for i in range(history.count())] == ["Open next meeting"]
    assert "Ctrl+Return" in review.save_next.toolTip()


def test_changing_a_review_replaces_its_update_and_undo_steps_back(
    qtbot, review, arboretum, history
):
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Camera on order")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the note saves it
    assert updates(arboretum, 0) == [("Camera on order", None)]
    review.status.setFocus()
    type_text(qtbot, "In")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert updates(arboretum, 0) == [("Camera on order", "in_progress")]
    assert review.model.index(0, 5).data() == "In progress"
    history.undo()
    assert updates(arboretum, 0) == [("Camera on order", None)]
    assert arboretum.services.actions.row(arboretum.actions[0]).status == "open"
    history.undo()
    assert updates(arboretum, 0) == []
    history.redo()
    history.redo()
    assert updates(arboretum, 0) == [("Camera on order", "in_progress")]
    assert history.refused == []


def test_moving_to_another_row_saves_what_was_typed(qtbot, review, arboretum):
    review.note.setFocus()
    type_text(qtbot, "Waiting for the contractor")
    review.table.setCurrentIndex(review.model.index(2, 0))  # e.g. a mouse click
    assert updates(arboretum, 0) == [("Waiting for the contractor", None)]
    assert review.note.toPlainText() == ""  # the third action's editor


def test_switching_meeting_saves_the_note_being_typed(qtbot, review, arboretum):
    review.note.setFocus()
    type_text(qtbot, "Half done")
    workspace = workspace_of(review)
    workspace.show_meeting(arboretum.first_meeting_id)
    assert updates(arboretum, 0) == [("Half done", None)]


def test_final_minutes_can_be_read_but_not_changed(qtbot, review, arboretum):
    services = arboretum.services
    workspace = workspace_of(review)
    services.meetings.finalise(workspace.meeting_id, workspace.detail.version)
    workspace.reload()
    assert not review.status.isEnabled()
    assert review.note.isReadOnly()
    review.table.setFocus()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert review.table.currentIndex().row() == 1
    assert focused() is not None
