"""What a chair notices on a laptop: Tab leaves every table, the title says where you are
once, an empty Meetings list says what to do first, the sort arrow points the way the rows
run, a kept meeting's fields look kept, and an & in a place's name is shown as itself."""

from __future__ import annotations

from datetime import date
from unittest import mock

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QStyleOptionHeader, QTableView

from tasking.ui.main_window import MainWindow
from tasking.ui.meetings_place import MeetingsPlace, OpenNextDialog

from .meeting_helpers import arboretum, make_settings, no_modal_dialogs, opened
from .test_mnemonics import dialogs

__all__ = ["arboretum", "no_modal_dialogs"]
DOWN, UP = QStyleOptionHeader.SortIndicator.SortDown, QStyleOptionHeader.SortIndicator.SortUp


@pytest.fixture
def place(qtbot, arboretum, history):
    """The meetings place, kept alive by the test (its workspace is where the test works)."""
    made = MeetingsPlace(arboretum.services, history, make_settings(arboretum.folder))
    qtbot.addWidget(made)
    made.resize(1366, 728)
    made.show()
    return made


@pytest.fixture
def window(qtbot, services, records, history, settings, tmp_path):
    made = MainWindow(services, history, settings, tmp_path / "tasking.log")
    qtbot.addWidget(made)
    made.resize(1366, 728)
    with qtbot.waitActive(made):
        made.show()
        made.activateWindow()
    qtbot.waitUntil(lambda: not made.tracker.is_loading)
    return made


# --- b. Tab leaves the table ----------------------------------------------------------
def test_tab_and_shift_tab_leave_the_tracker_table(qtbot, window):
    window.show_place(2)
    qtbot.waitUntil(lambda: window.tracker.is_ready)
    table = window.tracker.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Right)  # arrows still move from cell to cell
    cell = table.currentIndex()
    assert cell.column() != 0
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    after = QApplication.focusWidget()
    assert after is not table and not table.isAncestorOf(after)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    before = QApplication.focusWidget()
    assert before is not table and before is not after
    assert table.currentIndex() == cell  # Tab moved the focus, not the cell
    panel = window.tracker.panel.text
    qtbot.waitUntil(lambda: bool(panel.toPlainText()))  # its history read, before the window goes


def test_no_table_in_the_app_traps_tab(
    qtbot, window, services, records, history, settings, tmp_path
):
    window.meetings.show_meeting(records.meetings["march"])
    opened(window.meetings.workspace)  # read on a worker
    for place in range(window.places.count()):  # each place is built when first shown
        window.show_place(place)
    tables = window.findChildren(QTableView)
    shown = dialogs(services, records, history, settings, tmp_path)
    for dialog in shown:
        qtbot.addWidget(dialog)
        tables += dialog.findChildren(QTableView)
    assert len(tables) >= 10
    assert [t.accessibleName() for t in tables if t.tabKeyNavigation()] == []


# --- e. the title ----------------------------------------------------------------------
def test_the_title_names_partnership_database_and_tasking_once(qtbot, window, services):
    name = services.partnership.name()
    assert window.windowTitle() == f"{name} — t.sqlite — Tasking"
    for place in range(window.places.count()):
        window.show_place(place)
        assert window.windowTitle().count("Tasking") == 1
    # Qt adds the app's display name to a title that does not end with it: this one does.
    QApplication.setApplicationDisplayName("Tasking")
    try:
        assert window.windowTitle().endswith(QApplication.applicationDisplayName())
    finally:
        QApplication.setApplicationDisplayName("")


def test_the_frame_before_the_database_opens_is_called_tasking(qtbot, settings):
    frame = MainWindow(None, None, settings)
    qtbot.addWidget(frame)
    assert frame.windowTitle() == "Tasking"


# --- f. an empty state ------------------------------------------------------------------
def test_a_database_with_no_meetings_says_to_open_the_first(qtbot, services, history, settings):
    place = MeetingsPlace(services, history, settings)
    qtbot.addWidget(place)
    place.resize(1366, 600)
    place.show()
    assert place.list_stack.currentWidget() is place.empty
    assert "no meetings yet" in place.empty_text.text()
    assert "Open next meeting…" in place.empty_text.text()
    assert place.empty_open.isVisible() and not place.open_next.isVisible()
    assert not place.hint.isVisible()
    area = services.partnership.area_named("Arboretum").id
    answer = (area, date(2025, 6, 4))
    with mock.patch.object(OpenNextDialog, "ask", classmethod(lambda cls, *a: answer)):
        place.empty_open.click()
    assert place.stack.currentIndex() == 1  # the new meeting is open
    place.on_back()
    qtbot.waitUntil(lambda: place.list_stack.currentWidget() is place.table)  # read again
    assert place.open_next.isVisible()


def test_no_meeting_selected_says_how_to_open_one(qtbot, window, services):
    place = window.meetings
    window.show_place(0)
    assert place.list_stack.currentWidget() is place.table
    assert place.hint.isVisible() and "Open next meeting…" in place.hint.text()
    place.table.selectRow(0)
    assert not place.hint.isVisible()
    place.area.setCurrentIndex(place.area.findData(services.partnership.area_named("Spondon").id))
    assert place.list_stack.currentWidget() is place.empty
    assert "This area has no meetings yet" in place.empty_text.text()


# --- g. the sort arrow -------------------------------------------------------------------
def arrow(table: QTableView, column: int) -> QStyleOptionHeader.SortIndicator:
    option = QStyleOptionHeader()
    table.horizontalHeader().initStyleOptionForIndex(option, column)
    return option.sortIndicator


def test_the_meetings_sort_arrow_points_the_way_the_dates_run(qtbot, window, services, records):
    services.meetings.open_next(services.partnership.area_named("Arboretum").id)
    place = window.meetings
    place.reload()
    table, header = place.table, place.table.horizontalHeader()

    def dates() -> list[str]:
        return [place.proxy.record_at(place.proxy.index(r, 0)).held_on for r in range(2)]

    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert dates()[0] > dates()[1]  # newest first
    assert arrow(table, 1) == DOWN  # and the arrow points down
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre(header, 1))
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert dates()[0] < dates()[1] and arrow(table, 1) == UP
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre(header, 1))
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert dates()[0] > dates()[1] and arrow(table, 1) == DOWN


def centre(header, column: int) -> QPoint:
    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, 5)


# --- h. a kept meeting looks kept ----------------------------------------------------------
def test_a_final_meetings_date_and_venue_look_read_only(qtbot, arboretum, place):
    workspace = place.workspace
    workspace.show_meeting(arboretum.first_meeting_id)  # final
    header = workspace.header
    kept = QApplication.palette(header.venue).color(QPalette.ColorRole.Window)
    for field in (header.held_on, header.venue):
        assert field.isReadOnly()
        assert field.palette().color(QPalette.ColorRole.Base) == kept, field.accessibleName()
    assert not any(a.isVisible() for a in header.held_on.actions())  # no calendar offered
    assert not header.chair.isEnabled() and not header.marking.isEnabled()


# --- i. an & in a name ------------------------------------------------------------------------
def test_an_ampersand_in_a_ward_or_hotspot_name_is_shown_not_underlined(qtbot, arboretum, place):
    services = arboretum.services
    ward = services.partnership.area_named("Sinfin & Osmaston")
    police = arboretum.police_id
    services.hotspots.nominate(
        name="Rose & Crown car park", area_id=ward.id, nominated_by_id=police, reason="ASB"
    )
    meeting = services.meetings.open_next(ward.id, date(2025, 3, 12))
    workspace = place.workspace
    workspace.show_meeting(meeting.id)
    title = workspace.header.title()
    assert title.startswith("Sinfin && Osmaston tasking meeting")
    assert QKeySequence.mnemonic(title).isEmpty()  # no Alt+letter, no underline
    workspace.tabs.setCurrentWidget(workspace.hotspots)
    workspace.hotspots.table.selectRow(0)
    spot = workspace.hotspots.editor.title()
    assert spot.startswith("Rose && Crown car park") and QKeySequence.mnemonic(spot).isEmpty()
