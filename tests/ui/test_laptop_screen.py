"""The window fits the laptops councils issue (1366×728 with the taskbar, 1280×720) and
every place and meeting section keeps at least six rows of its main list in sight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QTableView, QWidget

from tasking.ui.fit import LIST_ROWS
from tasking.ui.main_window import MainWindow
from tasking.ui.settings import REVIEW_SPLITTER

from .meeting_helpers import opened


def rows_in_sight(table: QTableView, window: QWidget) -> float:
    """How many rows' height of the list's viewport is inside the window."""
    viewport = table.viewport()
    top_left = viewport.mapTo(window, QPoint(0, 0))
    shown = QRect(top_left, viewport.size()).intersected(window.rect())
    return shown.height() / table.verticalHeader().defaultSectionSize()


def main_lists(window: MainWindow) -> dict[str, QTableView]:
    workspace = window.meetings.workspace
    return {
        "hotspots": window.hotspots.table,
        "tracker": window.tracker.table,
        "attendance": workspace.attendance.table,
        "review": workspace.review.table,
        "discussion": workspace.hotspots.table,
        "new actions": workspace.new_actions.table,
    }


@pytest.mark.parametrize(("width", "height"), [(1366, 728), (1280, 720)])
def test_the_window_fits_and_lists_show_six_rows(
    qtbot, services, records, history, settings, tmp_path, width, height
):
    window = MainWindow(services, history, settings, tmp_path / "tasking.log")
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.tracker.is_loading)
    assert window.minimumSizeHint().height() <= height
    assert (window.width(), window.height()) == (width, height)
    lists = main_lists(window)
    window.show_place(0)
    assert rows_in_sight(window.meetings.table, window) >= LIST_ROWS
    for place, key in ((1, "hotspots"), (2, "tracker")):
        window.show_place(place)
        qtbot.wait(10)
        assert rows_in_sight(lists[key], window) >= LIST_ROWS, key
    window.show_place(0)
    window.meetings.show_meeting(records.meetings["march"])
    opened(window.meetings.workspace)  # read on a worker
    workspace = window.meetings.workspace
    sections = {
        "attendance": workspace.attendance,
        "review": workspace.review,
        "discussion": workspace.hotspots,
        "new actions": workspace.new_actions,
    }
    for key, section in sections.items():
        workspace.tabs.setCurrentWidget(section)
        qtbot.wait(10)
        assert lists[key].isVisible(), key
        assert rows_in_sight(lists[key], window) >= LIST_ROWS, key
    assert window.height() == height  # opening a meeting did not push the window taller


def test_the_review_splitter_remembers_its_place(qtbot, services, records, history, settings):
    from tasking.ui.meetings_place import MeetingsPlace

    place = MeetingsPlace(services, history, settings)
    qtbot.addWidget(place)
    place.resize(1280, 600)
    place.show()
    splitter = place.workspace.review.splitter
    splitter.setSizes([300, 900])
    splitter.splitterMoved.emit(300, 1)
    assert not settings.get(REVIEW_SPLITTER).isEmpty()
    again = MeetingsPlace(services, history, settings)
    qtbot.addWidget(again)
    again.resize(1280, 600)
    again.show()
    assert again.workspace.review.splitter.sizes()[0] < again.workspace.review.splitter.sizes()[1]
