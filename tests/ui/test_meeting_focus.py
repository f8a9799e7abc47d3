"""Opening a meeting puts the keyboard in the agenda's first field; Alt+Left goes back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tasking.ui.meetings_place import MeetingsPlace

from .meeting_helpers import opened


def test_opening_a_meeting_focuses_the_first_field_and_alt_left_goes_back(
    qtbot, services, records, history, settings
):
    place = MeetingsPlace(services, history, settings)
    qtbot.addWidget(place)
    place.resize(1280, 700)
    with qtbot.waitActive(place):
        place.show()
        place.activateWindow()
    place.show_meeting(records.meetings["march"])
    opened(place.workspace)  # read on a worker
    attendance = place.workspace.attendance
    qtbot.waitUntil(lambda: QApplication.focusWidget() is attendance.search)
    assert place.workspace.tabs.currentWidget() is attendance
    qtbot.keyClicks(attendance.search, " Imran")  # a space typed first stays in the meeting
    assert place.stack.currentIndex() == 1
    assert attendance.search.text() == " Imran"
    assert "&" not in place.back.text()  # no Alt+B to clash with Absent
    qtbot.keyClick(attendance.search, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert place.stack.currentIndex() == 0
