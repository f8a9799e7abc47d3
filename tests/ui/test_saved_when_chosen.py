"""A decision or a status picked on screen is saved when it is picked, however the chair moves on.

Picked from the keyboard, left by another tab, by Ctrl+3, by Back, and exported with
Ctrl+Shift+M from inside the meeting: the minutes say what was picked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tasking.ui.exporting import ExportCommands, ExportOutcome
from tasking.ui.main_window import MainWindow

from .meeting_helpers import arboretum, make_settings, no_modal_dialogs, opened

__all__ = ["arboretum", "no_modal_dialogs"]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, arboretum, history, tmp_path, monkeypatch):
    made = MainWindow(arboretum.services, history, make_settings(tmp_path), tmp_path / "log")
    exports = ExportCommands(
        made, arboretum.services, made.settings, made.meetings.meeting_to_export
    )
    made.add_export_actions(exports.actions())
    made.export_commands = exports
    qtbot.addWidget(made)
    made.resize(1366, 728)
    with qtbot.waitActive(made):
        made.show()
        made.activateWindow()
    written: list[Path] = []
    monkeypatch.setattr(
        ExportOutcome,
        "save_as",
        classmethod(lambda cls, parent, title, suggested, pattern: tmp_path / suggested.name),
    )
    monkeypatch.setattr(
        ExportOutcome, "done", classmethod(lambda cls, p, path, count=1: written.append(path))
    )
    monkeypatch.setattr(ExportOutcome, "failed", classmethod(lambda cls, p, e: pytest.fail(e)))
    made.written = written
    return made


def pick(qtbot, combo: QComboBox, letters: str, wanted: str) -> None:
    """Type the first letters of a choice into the list and press Return, as a chair does."""
    combo.setFocus()
    qtbot.keyClicks(combo, letters)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert combo.currentText() == wanted


def click_tab(qtbot, tabs, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def test_picked_decisions_and_statuses_reach_the_minutes(qtbot, window, arboretum):
    services = arboretum.services
    meeting = services.meetings.open_next(arboretum.area_id)
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    window.meetings.show_meeting(meeting.id)
    opened(window.meetings.workspace)  # read on a worker
    workspace = window.meetings.workspace
    spots, review = workspace.hotspots, workspace.review

    # A decision, then another tab.
    click_tab(qtbot, workspace.tabs, 2)
    spots.table.selectRow(0)
    pick(qtbot, spots.decision, "Mon", "Monitor")
    click_tab(qtbot, workspace.tabs, 1)
    assert services.meetings.get(meeting.id).discussions[0].decision == "monitor"

    # A status, then Ctrl+3 to the tracker and Ctrl+1 back.
    review.table.selectRow(0)
    pick(qtbot, review.status, "Comp", "Completed")
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert window.places.currentWidget() is window.tracker
    assert services.actions.row(arboretum.actions[0]).status == "completed"
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)

    # Another status, then Back to the list of meetings.
    review.table.selectRow(1)
    review.status.setFocus()
    qtbot.keyClick(review.status, Qt.Key.Key_Down)  # from Open to In progress, by arrow key
    assert review.status.currentText() == "In progress"
    qtbot.mouseClick(window.meetings.back, Qt.MouseButton.LeftButton)
    assert services.actions.row(arboretum.actions[1]).status == "in_progress"

    # Into the meeting again: a decision, and the minutes exported from where the chair is.
    window.meetings.show_meeting(meeting.id)
    opened(window.meetings.workspace)  # read on a worker
    click_tab(qtbot, workspace.tabs, 2)
    spots.table.selectRow(1)
    pick(qtbot, spots.decision, "Mon", "Monitor")
    qtbot.keyClick(spots.decision, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(window.written), timeout=20_000)
    text = " ".join(page.extract_text() or "" for page in PdfReader(window.written[0]).pages)
    flat = " ".join(text.split())
    discussions = services.meetings.get(meeting.id).discussions
    assert [d.decision for d in discussions[:2]] == ["monitor", "monitor"]
    assert flat.count("Decision: Monitor") == 2, flat
    review_part = flat[flat.index("ARB-2025-001") :]
    assert "Completed" in review_part and "In progress" in review_part
