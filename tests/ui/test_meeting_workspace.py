"""The workspace shows a meeting, saves header edits at once and undoes them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTableView,
)

from tasking.ui.meeting import dialogs
from tasking.ui.settings import PROTECTIVE_MARKING

from .meeting_helpers import (
    SECOND,
    arboretum,
    make_settings,
    make_workspace,
    no_modal_dialogs,
    open_next,
)

__all__ = ["arboretum", "no_modal_dialogs"]


def test_shows_the_next_meeting_and_saves_the_venue(qtbot, arboretum, history):
    workspace = make_workspace(qtbot, arboretum, history)
    meeting_id = open_next(workspace, arboretum.area_id)
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


def test_finalised_minutes_refuse_edits_until_reopened_with_a_reason(
    qtbot, arboretum, history, monkeypatch
):
    workspace = make_workspace(qtbot, arboretum, history)
    meeting_id = open_next(workspace, arboretum.area_id)
    workspace.tabs.setCurrentWidget(workspace.closing)
    workspace.closing.aob.setFocus()
    qtbot.keyClicks(workspace.closing.aob, "Summer fair on 12 July")
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs.ConfirmFinalise,
        "ask",
        classmethod(lambda cls, p, title: asked.append(title) or True),
    )
    workspace.finalise_bar.finalise.click()
    assert asked == ["Arboretum 10/03/2025"]
    # The backup is taken on a worker thread first; the minutes are final once it is done.
    qtbot.waitUntil(lambda: arboretum.services.meetings.get(meeting_id).state == "final")
    detail = arboretum.services.meetings.get(meeting_id)
    assert (detail.state, detail.any_other_business) == ("final", "Summer fair on 12 July")
    inputs = workspace.findChildren(QLineEdit) + workspace.findChildren(QPlainTextEdit)
    typed = [w for w in inputs if not isinstance(w.parent(), QComboBox)]  # a list's own: below
    assert all(w.isReadOnly() for w in typed if w is not workspace.attendance.search)
    assert not any(c.isEnabled() for c in workspace.findChildren(QComboBox))
    assert not workspace.new_actions.raise_button.isEnabled()
    assert workspace.finalise_bar.reopen.isVisibleTo(workspace)
    assert not workspace.finalise_bar.finalise.isVisibleTo(workspace)

    monkeypatch.setattr(dialogs.ReopenDialog, "ask", classmethod(lambda cls, p: None))
    workspace.finalise_bar.reopen.click()  # cancelled: still final
    assert arboretum.services.meetings.get(meeting_id).state == "final"
    monkeypatch.setattr(
        dialogs.ReopenDialog, "ask", classmethod(lambda cls, p: "Apologies were missed")
    )
    workspace.finalise_bar.reopen.click()
    qtbot.waitUntil(lambda: arboretum.services.meetings.get(meeting_id).state == "draft")
    assert not workspace.closing.aob.isReadOnly()
    assert workspace.header.marking.isEnabled()


def test_declining_to_finalise_changes_nothing(qtbot, arboretum, history, monkeypatch):
    workspace = make_workspace(qtbot, arboretum, history)
    meeting_id = open_next(workspace, arboretum.area_id)
    monkeypatch.setattr(dialogs.ConfirmFinalise, "ask", classmethod(lambda *a: False))
    workspace.finalise_bar.finalise.click()
    assert arboretum.services.meetings.get(meeting_id).state == "draft"
    assert [history.text(i) for i in range(history.count())] == ["Open next meeting"]


def test_every_input_has_an_accessible_name_and_labels_have_buddies(qtbot, arboretum, history):
    workspace = make_workspace(qtbot, arboretum, history)
    open_next(workspace, arboretum.area_id)
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QTableView, QCheckBox)
    for kind in kinds:
        for widget in workspace.findChildren(kind):
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox):
                continue  # the date field's own inner editor
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
                continue
            assert widget.accessibleName() or (isinstance(widget, QCheckBox) and widget.text()), (
                widget
            )
    for label in workspace.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()


def test_marking_and_urdu_chair_shown_and_changed(qtbot, arboretum, history):
    workspace = make_workspace(qtbot, arboretum, history)
    meeting_id = open_next(workspace, arboretum.area_id)
    header = workspace.header
    assert header.chair.currentText() == "عائشہ خان (Derbyshire Police)"
    header.marking.setCurrentIndex(header.marking.findData("OFFICIAL-SENSITIVE"))
    header.marking.activated.emit(header.marking.currentIndex())
    assert arboretum.services.meetings.get(meeting_id).marking == "OFFICIAL-SENSITIVE"
    history.undo()
    assert header.marking.currentData() == "OFFICIAL"


def test_settings_marking_used_when_opening_an_areas_first_meeting(qtbot, arboretum, history):
    settings = make_settings(arboretum.folder)
    settings.set(PROTECTIVE_MARKING, "OFFICIAL-SENSITIVE")
    workspace = make_workspace(qtbot, arboretum, history, settings)
    normanton = arboretum.services.partnership.area_named("Normanton").id
    first = open_next(workspace, normanton, SECOND)
    assert arboretum.services.meetings.get(first).marking == "OFFICIAL-SENSITIVE"
    following = open_next(workspace, arboretum.area_id)  # the last meeting's marking carries on
    assert arboretum.services.meetings.get(following).marking == "OFFICIAL"


def test_closing_the_window_saves_text_being_typed(qtbot, arboretum, history):
    workspace = make_workspace(qtbot, arboretum, history)
    meeting_id = open_next(workspace, arboretum.area_id)
    workspace.tabs.setCurrentWidget(workspace.closing)
    workspace.closing.aob.setFocus()
    qtbot.keyClicks(workspace.closing.aob, "Bring the ward map")
    workspace.close()
    assert arboretum.services.meetings.get(meeting_id).any_other_business == "Bring the ward map"


def test_closing_the_main_window_saves_text_being_typed(qtbot, arboretum, history):
    from tasking.ui.meetings_place import MeetingsPlace

    window = QMainWindow()
    qtbot.addWidget(window)
    place = MeetingsPlace(arboretum.services, history, make_settings(arboretum.folder))
    window.setCentralWidget(place)
    workspace = place.workspace
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    meeting_id = open_next(workspace, arboretum.area_id)
    workspace.tabs.setCurrentWidget(workspace.closing)
    workspace.closing.aob.setFocus()
    qtbot.keyClicks(workspace.closing.aob, "Tea and coffee")
    window.close()
    assert arboretum.services.meetings.get(meeting_id).any_other_business == "Tea and coffee"
