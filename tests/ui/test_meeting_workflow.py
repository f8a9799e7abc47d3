"""A whole Arboretum meeting run through the widgets, keyboard first, then carried forward."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from tasking.ui.meeting import dialogs

from .meeting_helpers import (
    THIRD,
    arboretum,
    focused,
    make_workspace,
    no_modal_dialogs,
    open_next,
    press,
    type_text,
)

__all__ = ["arboretum", "no_modal_dialogs"]

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def visible_rows(model) -> list[tuple[str, ...]]:
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_a_complete_meeting(qtbot, arboretum, history, monkeypatch):
    services = arboretum.services
    workspace = make_workspace(qtbot, arboretum, history)
    meeting_id = open_next(workspace, arboretum.area_id)
    assert [r.action.id for r in workspace.detail.reviews] == arboretum.actions

    # 1. Attendance: find a person and press Return (present); another, Alt+G (apologies).
    workspace.tabs.setCurrentWidget(workspace.attendance)
    workspace.attendance.search.setFocus()
    type_text(qtbot, "Imran")
    press(qtbot, Qt.Key.Key_Return)
    workspace.attendance.search.selectAll()
    type_text(qtbot, "Housing")  # QTest types ASCII only
    with qtbot.waitSignal(workspace.attendance.apologies.clicked):  # mnemonics animate a click
        press(qtbot, Qt.Key.Key_G, ALT)
    attendance = {a.name: a.status for a in services.meetings.get(meeting_id).attendance}
    assert attendance == {"Imran Chaudhry": "present", "Małgorzata Wiśniewska": "apologies"}

    # 2. Review: complete the first, note progress on the second, leave the third as it is.
    review = workspace.review
    workspace.tabs.setCurrentWidget(review)
    review.status.setFocus()
    type_text(qtbot, "Comp")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert services.actions.row(arboretum.actions[0]).status == "completed"
    history.undo()  # undo a status change: the action is open again
    assert services.actions.row(arboretum.actions[0]).status == "open"
    history.redo()
    assert services.actions.row(arboretum.actions[0]).status == "completed"
    assert review.table.currentIndex().row() == 1
    assert focused() is review.status
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is review.note
    type_text(qtbot, "Litter picks now weekly; sharps bins ordered.")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert review.table.currentIndex().row() == 2
    press(qtbot, Qt.Key.Key_Return, CTRL)  # left as is
    second = services.actions.detail(arboretum.actions[1])
    assert [u.note for u in second.updates] == ["Litter picks now weekly; sharps bins ordered."]
    assert second.row.status == "open"
    assert services.actions.detail(arboretum.actions[2]).updates == []

    # 3. Hotspots: notes on the park, close Hartington Street with a reason.
    spots = workspace.hotspots
    workspace.tabs.setCurrentWidget(spots)
    assert [d.hotspot for d in workspace.detail.discussions][:2] == [
        "Arboretum Park",
        "Hartington Street",
    ]
    spots.notes.setFocus()
    type_text(qtbot, "Fewer needles found since the CCTV moved.")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert spots.table.currentIndex().row() == 1
    spots.decision.setFocus()
    type_text(qtbot, "Cl")
    press(qtbot, Qt.Key.Key_Tab)
    assert spots.decision.currentData() == "close"
    assert focused() is spots.reason
    type_text(qtbot, "No reports for three months")
    press(qtbot, Qt.Key.Key_Return)
    by_name = {d.hotspot: d for d in services.meetings.get(meeting_id).discussions}
    assert by_name["Arboretum Park"].notes == "Fewer needles found since the CCTV moved."
    assert by_name["Hartington Street"].decision == "close"
    assert services.hotspots.get(arboretum.hotspots[2]).row.status == "closed"

    # 4. New actions from the keyboard: type, Tab, Return; focus comes back for the next.
    new = workspace.new_actions
    workspace.tabs.setCurrentWidget(new)
    new.description.setFocus()
    type_text(qtbot, "Pop-up youth session on Friday evenings")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "police")  # the owner, typed ahead: each action chooses its own
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is new.description
    assert new.description.text() == ""
    type_text(qtbot, "Cut back the hedges by the bandstand")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "police")
    press(qtbot, Qt.Key.Key_Return)  # takes the suggestion shown
    press(qtbot, Qt.Key.Key_Return)  # raises
    raised = services.meetings.get(meeting_id).new_actions
    assert [a.description for a in raised] == [
        "Pop-up youth session on Friday evenings",
        "Cut back the hedges by the bandstand",
    ]
    assert raised[0].due_on == THIRD  # meeting date + four weeks: no next meeting set yet
    shown = visible_rows(new.model)
    history.undo()  # undo raising the last action: it is withdrawn
    assert len(services.meetings.get(meeting_id).new_actions) == 1
    assert new.model.rowCount() == 1
    history.redo()
    assert visible_rows(new.model) == shown

    # 5. Next meeting date, then finalise (confirmed) and the minutes refuse edits.
    workspace.tabs.setCurrentWidget(workspace.closing)
    workspace.closing.next_meeting.setFocus()
    workspace.closing.next_meeting.setDate(QDate(THIRD))
    press(qtbot, Qt.Key.Key_Return)
    assert services.meetings.get(meeting_id).next_meeting_on == THIRD
    monkeypatch.setattr(dialogs.ConfirmFinalise, "ask", classmethod(lambda cls, p, t: True))
    workspace.finalise_bar.finalise.click()
    qtbot.waitUntil(lambda: services.meetings.get(meeting_id).state == "final")
    assert new.description.isReadOnly()
    assert not workspace.review.status.isEnabled()
    assert workspace.finalise_bar.reopen.isVisibleTo(workspace)
    history.undo()
    assert services.meetings.get(meeting_id).state == "draft"
    history.redo()
    assert services.meetings.get(meeting_id).state == "final"

    # The following meeting carries forward the right actions, and only those.
    following = services.meetings.open_next(arboretum.area_id)
    carried = {r.action.id for r in following.reviews}
    expected = {arboretum.actions[1], arboretum.actions[2], *(a.id for a in raised)}
    assert carried == expected
    assert arboretum.actions[0] not in carried
    assert history.refused == []
