"""A read-only database shows the app read-only: every place's edit widgets are locked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tasking.ui.actions import ActionId
from tasking.ui.app import Session

from .meeting_helpers import opened

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


@pytest.fixture
def read_only_window(qtbot, services, records, settings, tmp_path, monkeypatch):
    from tasking.models import database as storage

    path = services.database.path
    monkeypatch.setattr(storage, "is_writable", lambda _path: False)
    session = Session(settings, tmp_path / "tasking.log", dialogs=False)
    session.show_frame()
    assert session.open(str(path))
    window = session.window
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    yield window
    from tasking.ui.background import wait_for_background_work

    window.tracker._detail_timer.stop()  # no history load starts after the test
    wait_for_background_work()
    qtbot.wait(50)  # the loads' results reach the window while it is still there
    session.close()


def test_the_reason_is_shown_above_every_place(read_only_window):
    window = read_only_window
    banner = window.read_only_banner
    assert banner.isVisible()
    assert "is read-only: changes cannot be saved" in banner.text()
    assert "Ask for write permission" in banner.text()
    assert not window.actions[ActionId.IMPORT_POLICEUK].isEnabled()
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "read-only-places.png"))


def test_a_draft_meeting_cannot_be_edited(read_only_window, records):
    window = read_only_window
    window.show_place(0)
    assert not window.meetings.open_next.isEnabled()
    window.meetings.show_meeting(records.meetings["march"])
    opened(window.meetings.workspace)  # read on a worker
    workspace = window.meetings.workspace
    assert workspace.detail.state == "draft"  # a draft: editable, but not in this database
    attendance, review = workspace.attendance, workspace.review
    assert not any(
        b.isEnabled()
        for b in (attendance.present, attendance.absent, attendance.remove, attendance.add_person)
    )
    assert not review.status.isEnabled() and review.note.isReadOnly()
    assert workspace.hotspots.notes.isReadOnly() and not workspace.hotspots.nominate.isEnabled()
    assert workspace.new_actions.description.isReadOnly()
    assert not workspace.new_actions.raise_button.isEnabled()
    assert not workspace.new_actions.confidential.isEnabled()
    assert not workspace.review.confidential.isEnabled()
    assert not workspace.finalise_bar.finalise.isEnabled()
    assert "read-only" in workspace.finalise_bar.finalise.toolTip()
    assert "read-only" in workspace.finalise_bar.status.text()  # not "every change is saved"
    workspace.tabs.setCurrentIndex(1)
    window.grab().save(str(SHOTS / "read-only-meeting.png"))


def test_hotspots_tracker_and_partnership_offer_no_edits(qtbot, read_only_window):
    window = read_only_window
    window.show_place(1)
    hotspots = window.hotspots
    assert not hotspots.nominate.isEnabled()
    qtbot.waitUntil(lambda: hotspots.table.model().rowCount() > 0)
    hotspots.table.setCurrentIndex(hotspots.table.model().index(0, 0))
    assert hotspots.editor.detail is not None  # shown, to read
    assert not hotspots.change_status.isEnabled() and not hotspots.close_hotspot.isEnabled()
    assert hotspots.editor.name.isReadOnly() and not hotspots.editor.repeat.isEnabled()
    assert "read-only" in hotspots.editor.name.toolTip()

    window.show_place(2)  # the tracker reads its rows when first shown
    tracker = window.tracker
    qtbot.waitUntil(lambda: tracker.is_ready, timeout=20_000)
    index = tracker.model.index(0, 0)
    editable = [
        tracker.model.flags(tracker.model.index(0, c)) & Qt.ItemFlag.ItemIsEditable
        for c in range(tracker.model.columnCount())
    ]
    assert index.isValid() and not any(editable)
    tracker.table.selectRow(0)
    qtbot.waitUntil(lambda: bool(tracker.panel.text.toPlainText()))  # its history, to read
    assert not tracker.apply_bulk.isEnabled() and not tracker.bulk_status.isEnabled()

    window.show_place(3)
    partnership = window.partnership
    qtbot.waitUntil(lambda: not partnership.is_loading)  # its lists are read on a worker
    assert partnership.name.name.isReadOnly()
    assert partnership.person_name.isReadOnly() and not partnership.person_form.button.isEnabled()
    people = partnership.people
    people.table.setCurrentIndex(people.proxy.index(0, 0))
    assert not people.toggle.isEnabled()
    assert not people.proxy.flags(people.proxy.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert partnership.kind.isEnabled()  # choosing which list to read still works
    searches = [w for w in window.findChildren(QLineEdit) if "search" in w.accessibleName().lower()]
    assert all(not s.isReadOnly() for s in searches)  # finding things still works
