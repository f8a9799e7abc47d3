"""The workspace shows a meeting, saves header edits at once and undoes them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .meeting_helpers import (
    arboretum,
    make_workspace,
    no_modal_dialogs,
)

__all__ = ["arboretum", "no_modal_dialogs"]


def test_shows_the_next_meeting_and_saves_the_venue(qtbot, arboretum, history):
    workspace = make_workspace(qtbot, arboretum, history)
    meeting_id = workspace.open_next(arboretum.area_id)
    assert workspace.header.area.text() == "Arboretum"
    venue = workspace.header.venue
    venue.setFocus()
    venue.selectAll()
    with qtbot.waitSignal(workspace.meeting_changed):
        qtbot.keyClicks(venue, "Pear Tree Community Centre")
        qtbot.keyClick(venue, Qt.Key.Key_Return)
    assert arboretum.services.meetings.get(meeting_id).venue == "Pear Tree Community Centre"
    history.undo()
    assert arboretum.services.meetings.get(meeting_id).venue == "Council House"
    assert venue.text() == "Council House"
    history.redo()
    assert venue.text() == "Pear Tree Community Centre"
