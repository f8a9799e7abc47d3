"""Every date field takes a typed date (12/01/2027, 12012027, 12/1/27), opens its calendar
from the keyboard, clears with Delete when optional, and refuses an impossible date aloud."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QToolTip

from tasking.ui.date_edit import DateEdit, DateProblem, parse_typed_date
from tasking.ui.dialogs import NominateDialog
from tasking.ui.hotspots.place import HotspotsPlace
from tasking.ui.meetings_place import OpenNextDialog
from tasking.ui.tracker.place import TrackerPlace

from .meeting_helpers import arboretum, make_workspace, no_modal_dialogs, open_next

__all__ = ["arboretum", "no_modal_dialogs"]

FORMS = [
    ("12/01/2027", date(2027, 1, 12)),
    ("12012027", date(2027, 1, 12)),
    ("12/1/27", date(2027, 1, 12)),
    ("3-2-2027", date(2027, 2, 3)),
    ("030227", date(2027, 2, 3)),
]


def type_date(qtbot, field: DateEdit, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, key)


@pytest.mark.parametrize(("typed", "meant"), FORMS)
def test_the_typed_forms_read_in_uk_order(typed, meant):
    assert parse_typed_date(typed) == meant


@pytest.mark.parametrize("typed", ["31/02/2027", "12/13/2027", "1201", "next week"])
def test_what_is_not_a_date_is_a_problem(typed):
    with pytest.raises(DateProblem):
        parse_typed_date(typed)


@pytest.fixture
def workspace(qtbot, arboretum, history):
    workspace = make_workspace(qtbot, arboretum, history)
    open_next(workspace, arboretum.area_id)
    return workspace


@pytest.mark.parametrize(("typed", "meant"), FORMS[:3])
def test_next_meeting_and_meeting_date_typed_are_saved(qtbot, workspace, arboretum, typed, meant):
    meetings = arboretum.services.meetings
    workspace.tabs.setCurrentWidget(workspace.closing)
    type_date(qtbot, workspace.closing.next_meeting, typed)
    assert meetings.get(workspace.meeting_id).next_meeting_on == meant
    assert workspace.closing.next_meeting.text() == meant.strftime("%d/%m/%Y")
    earlier = meant.replace(year=2026)
    type_date(qtbot, workspace.header.held_on, earlier.strftime("%d%m%Y"), Qt.Key.Key_Tab)
    assert meetings.get(workspace.meeting_id).held_on == earlier


def test_delete_clears_the_next_meeting_and_undo_brings_it_back(
    qtbot, workspace, arboretum, history
):
    meetings = arboretum.services.meetings
    field = workspace.closing.next_meeting
    workspace.tabs.setCurrentWidget(workspace.closing)
    type_date(qtbot, field, "12012027")
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert meetings.get(workspace.meeting_id).next_meeting_on is None
    assert field.text() == "" and field.placeholderText() == "Not set"
    history.undo()
    assert meetings.get(workspace.meeting_id).next_meeting_on == date(2027, 1, 12)


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen tooltip
def test_an_impossible_date_is_said_and_nothing_saved(qtbot, workspace, arboretum):
    meetings = arboretum.services.meetings
    field = workspace.closing.next_meeting
    workspace.tabs.setCurrentWidget(workspace.closing)
    type_date(qtbot, field, "12/1/27")
    type_date(qtbot, field, "31022027")
    assert meetings.get(workspace.meeting_id).next_meeting_on == date(2027, 1, 12)
    assert "no date 31022027" in field.problem()
    assert QToolTip.isVisible() and QToolTip.text() == field.problem()
    assert field.text() == "31022027"  # kept so the chair can correct it
    type_date(qtbot, field, "01/01/2020")  # before this meeting
    assert "outside the dates allowed" in field.problem()
    assert meetings.get(workspace.meeting_id).next_meeting_on == date(2027, 1, 12)


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen popup
def test_f4_and_alt_down_open_the_calendar_and_a_pick_is_saved(qtbot, workspace, arboretum):
    field = workspace.closing.next_meeting
    workspace.tabs.setCurrentWidget(workspace.closing)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_F4)
    assert field.calendar() is not None and field.calendar().isVisible()
    field.calendar().hide()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.calendar().isVisible()
    field.calendar().activated.emit(QDate(2025, 5, 5))
    assert not field.calendar().isVisible()
    assert arboretum.services.meetings.get(workspace.meeting_id).next_meeting_on == date(2025, 5, 5)


@pytest.mark.parametrize(("typed", "meant"), FORMS[:3])
def test_a_new_actions_typed_due_date_is_raised(qtbot, workspace, arboretum, typed, meant):
    section = workspace.new_actions
    workspace.tabs.setCurrentWidget(section)
    section.description.setFocus()
    qtbot.keyClicks(section.description, "Weekly joint patrol")
    section.agency.setCurrentIndex(1)
    type_date(qtbot, section.due, typed)  # Return in the row raises the action
    row = arboretum.services.actions.tracker(raised_at_id=workspace.meeting_id)[0]
    assert row.due_on == meant


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_new_actions_impossible_due_date_raises_nothing(qtbot, workspace, arboretum):
    section = workspace.new_actions
    workspace.tabs.setCurrentWidget(section)
    section.description.setFocus()
    qtbot.keyClicks(section.description, "Weekly joint patrol")
    type_date(qtbot, section.due, "30/02/2026")
    assert arboretum.services.actions.tracker(raised_at_id=workspace.meeting_id) == []
    assert section.due.problem()


@pytest.mark.parametrize(("typed", "meant"), FORMS[:3])
def test_hotspot_review_and_nomination_dates_typed_are_saved(
    qtbot, services, records, history, settings, typed, meant
):
    place = HotspotsPlace(services, history, settings)
    qtbot.addWidget(place)
    place.show()
    qtbot.waitUntil(lambda: not place.is_loading)  # the list is read on a worker
    place.table.selectRow(0)
    type_date(qtbot, place.editor.review_on, typed, Qt.Key.Key_Tab)
    type_date(qtbot, place.editor.nominated_on, "1/2/25", Qt.Key.Key_Return)
    saved = [services.hotspots.get(h).row for h in records.hotspots.values()]
    chosen = [h for h in saved if h.review_on == meant]
    assert len(chosen) == 1
    assert chosen[0].nominated_on == date(2025, 2, 1)
    qtbot.keyClick(place.editor.review_on, Qt.Key.Key_Delete)
    assert services.hotspots.get(chosen[0].id).row.review_on is None


@pytest.mark.parametrize(("typed", "meant"), FORMS[:3])
def test_the_trackers_due_date_cell_takes_a_typed_date(
    qtbot, services, records, history, settings, typed, meant
):
    place = TrackerPlace(services, history, settings)
    qtbot.addWidget(place)
    place.resize(1400, 700)
    place.show()
    qtbot.waitUntil(lambda: not place.is_loading and place.model.rowCount() > 0)
    index = place.model.index(0, place.model.column_of("due_on"))
    action_id = place.model.record_at(0).id
    place.table.setCurrentIndex(index)
    place.table.edit(index)
    editor = place.table.focusWidget()
    assert isinstance(editor, DateEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the table commits the cell after the key
    qtbot.waitUntil(lambda: services.actions.row(action_id).due_on == meant)
    place._detail_timer.stop()
    qtbot.waitUntil(lambda: place.panel.text.toPlainText() != "")  # the history has loaded


@pytest.mark.qt_log_ignore("This plugin does not support")
@pytest.mark.parametrize(("typed", "meant"), FORMS[:3])
def test_dialog_dates_typed_are_taken(qtbot, services, records, typed, meant):
    opening = OpenNextDialog(services, services.partnership.areas(), None, None)
    qtbot.addWidget(opening)
    opening.show()
    type_date(qtbot, opening.held_on, typed)
    assert opening.result() == opening.DialogCode.Accepted
    assert opening.held_on.value() == meant
    partnership = services.partnership
    nominating = NominateDialog(
        partnership.areas(), partnership.agencies(), [], date(2025, 1, 1), None, False, None
    )
    qtbot.addWidget(nominating)
    nominating.show()
    type_date(qtbot, nominating.on, typed, Qt.Key.Key_Tab)
    assert nominating.nomination().nominated_on == meant
    nominating.on.setText("29/02/2025")
    nominating.accept()
    assert nominating.result() != nominating.DialogCode.Accepted
    assert "no date" in nominating.on.problem()
