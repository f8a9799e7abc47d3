"""The meetings place: the list by area, opening the next meeting into the workspace."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt

from tasking.ui.meetings_place import MeetingsPlace, OpenNextDialog


@pytest.fixture
def place(qtbot, services, records, history, settings):
    widget = MeetingsPlace(services, history, settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_model_passes_the_model_tester(qtmodeltester, place):
    qtmodeltester.check(place.model)
    qtmodeltester.check(place.proxy)


def test_lists_meetings_and_filters_by_area(place, records):
    assert place.proxy.rowCount() == 1
    row = [place.proxy.index(0, c).data() for c in range(4)]
    assert row == ["Arboretum", "05/03/2025", "Draft", "عائشہ خان"]
    place.area.setCurrentIndex(place.area.findData(records.areas["Normanton"]))
    assert place.proxy.rowCount() == 0


def test_open_next_suggests_the_date_the_last_meeting_set(qtbot, place, services, records):
    dialog = OpenNextDialog(
        services, services.partnership.areas(), records.areas["Arboretum"], place
    )
    qtbot.addWidget(dialog)
    assert dialog.held_on.date().toPython() == date(2025, 4, 2)


def test_open_next_meeting_shows_it_in_the_workspace(qtbot, place, services, records, monkeypatch):
    services.meetings.finalise(
        records.meetings["march"], services.meetings.get(records.meetings["march"]).version
    )
    monkeypatch.setattr(
        OpenNextDialog,
        "ask",
        classmethod(lambda cls, parent, s, area: (records.areas["Arboretum"], date(2025, 4, 2))),
    )
    qtbot.mouseClick(place.open_next, Qt.MouseButton.LeftButton)
    assert place.stack.currentIndex() == 1
    new_id = place.current_meeting_id()
    assert new_id is not None and new_id != records.meetings["march"]
    assert services.meetings.get(new_id).held_on == date(2025, 4, 2)
    qtbot.mouseClick(place.back, Qt.MouseButton.LeftButton)
    assert place.stack.currentIndex() == 0
    qtbot.waitUntil(lambda: place.proxy.rowCount() == 2)  # the list is read again on a worker


def test_enter_on_a_meeting_opens_it(qtbot, place, records):
    place.table.setFocus()
    place.table.selectRow(0)
    qtbot.keyClick(place.table.viewport(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: place.stack.currentIndex() == 1)
    assert place.current_meeting_id() == records.meetings["march"]


def test_opening_a_meeting_by_mistake_is_undone(
    qtbot, place, services, records, monkeypatch, history
):
    monkeypatch.setattr(
        OpenNextDialog,
        "ask",
        classmethod(lambda cls, parent, s, area: (records.areas["Normanton"], date(2025, 4, 9))),
    )
    qtbot.mouseClick(place.open_next, Qt.MouseButton.LeftButton)
    assert [m.area for m in services.meetings.list()].count("Normanton") == 1
    history.undo()
    assert place.stack.currentIndex() == 0  # back to the list, the meeting gone
    assert [m.area for m in services.meetings.list()].count("Normanton") == 0
    history.redo()
    assert [m.held_on for m in services.meetings.list() if m.area == "Normanton"] == [
        date(2025, 4, 9)
    ]


def test_a_meeting_opens_once_read_and_back_meanwhile_stays_on_the_list(qtbot, place, records):
    """Opening a meeting reads it on a worker: meanwhile the agenda says so and no section
    can be typed into; it then opens at its first section. Back before it is read stays on
    the list, and the meeting read late does not take the place over."""
    march = records.meetings["march"]
    workspace = place.workspace
    place.show_meeting(march)
    assert workspace.is_opening and place.current_meeting_id() == march
    assert workspace.pages.currentWidget() is workspace.empty
    assert workspace.empty.text() == "Opening the meeting…"
    assert not workspace.attendance.isVisible()  # nothing of any meeting to type into
    qtbot.waitUntil(lambda: not workspace.is_opening)
    assert workspace.meeting_id == march and workspace.attendance.isVisible()
    assert workspace.tabs.currentIndex() == 0

    place.on_back()
    place.show_meeting(march)
    place.on_back()  # before it is read
    assert not workspace.is_opening and place.stack.currentIndex() == 0
    qtbot.wait(200)  # the read arrives, and is dropped
    assert place.stack.currentIndex() == 0 and workspace.meeting_id is None


def test_back_to_the_list_reads_it_on_a_worker_keeping_the_rows_meanwhile(
    qtbot, place, services, records, monkeypatch
):
    """Counting a large partnership's meetings again took 50-65 ms of the window's thread at
    every Back: the rows shown stay until the list is read, off the window's thread."""
    place.show_meeting(records.meetings["march"])
    qtbot.waitUntil(lambda: not place.workspace.is_opening)
    services.meetings.open_next(records.areas["Normanton"], date(2025, 4, 9))  # meanwhile
    read_on: list[bool] = []
    listed = services.meetings.list

    def list_meetings():
        read_on.append(threading.current_thread() is threading.main_thread())
        return listed()

    monkeypatch.setattr(services.meetings, "list", list_meetings)
    place.on_back()
    assert place.is_loading and place.model.rowCount() == 1  # the rows shown stay meanwhile
    qtbot.waitUntil(lambda: not place.is_loading)
    assert read_on == [False]
    assert place.model.rowCount() == 2
