"""Hotspots at the meeting: notes saved on leaving the box, decisions with reasons, nominations."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tasking.ui import dialogs
from tasking.ui.dialogs import Nomination

from .meeting_helpers import (
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


@pytest.fixture
def section(qtbot, arboretum, history):
    workspace = make_workspace(qtbot, arboretum, history)
    open_next(workspace, arboretum.area_id)
    workspace.tabs.setCurrentWidget(workspace.hotspots)
    return workspace.hotspots


def discussion(arboretum, name: str):
    meeting_id = arboretum.services.meetings.latest(arboretum.area_id).id
    return {d.hotspot: d for d in arboretum.services.meetings.get(meeting_id).discussions}[name]


def test_notes_are_saved_when_the_chair_tabs_away(qtbot, section, arboretum, history):
    section.notes.setFocus()
    type_text(qtbot, "Residents report less litter")
    press(qtbot, Qt.Key.Key_Tab)
    assert discussion(arboretum, "Arboretum Park").notes == "Residents report less litter"
    history.undo()
    assert discussion(arboretum, "Arboretum Park").notes == ""
    assert section.notes.toPlainText() == ""
    history.redo()
    assert section.notes.toPlainText() == "Residents report less litter"


def test_closing_needs_a_reason_and_undo_reopens_the_hotspot(qtbot, section, arboretum, history):
    park = arboretum.hotspots[0]
    section.decision.setFocus()
    type_text(qtbot, "Cl")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert focused() is section.reason  # asked for the reason instead of saving
    assert discussion(arboretum, "Arboretum Park").decision is None
    type_text(qtbot, "Problem solved")
    press(qtbot, Qt.Key.Key_Return)
    assert arboretum.services.hotspots.get(park).row.status == "closed"
    assert section.model.index(0, 3).data() == "Close"
    history.undo()
    assert arboretum.services.hotspots.get(park).row.status == "active"
    assert discussion(arboretum, "Arboretum Park").decision is None
    history.redo()
    assert arboretum.services.hotspots.get(park).row.status == "closed"
    assert history.refused == []


def test_monitor_decision_from_the_keyboard(qtbot, section, arboretum):
    section.decision.setFocus()
    type_text(qtbot, "Mon")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert discussion(arboretum, "Arboretum Park").decision == "monitor"
    assert arboretum.services.hotspots.get(arboretum.hotspots[0]).row.status == "monitoring"
    assert section.table.currentIndex().row() == 1


def test_a_stale_edit_shows_what_was_typed_and_offers_to_reload(
    qtbot, section, arboretum, monkeypatch
):
    services = arboretum.services
    meeting_id = services.meetings.latest(arboretum.area_id).id
    services.meetings.record_discussion(meeting_id, arboretum.hotspots[0], notes="Someone else")
    asked: list[tuple[str, str]] = []

    def ask(cls, parent, message, typed):
        asked.append((message, typed))
        return True

    monkeypatch.setattr(dialogs.ConflictDialog, "ask", classmethod(ask))
    section.notes.setFocus()
    type_text(qtbot, "Mine")
    press(qtbot, Qt.Key.Key_Tab)
    assert len(asked) == 1
    assert "changed by someone else" in asked[0][0]
    assert asked[0][1].endswith("Mine")
    assert section.notes.toPlainText() == "Someone else"  # reloaded, as the chair chose


def test_keeping_my_text_after_a_conflict(qtbot, section, arboretum, monkeypatch):
    services = arboretum.services
    meeting_id = services.meetings.latest(arboretum.area_id).id
    services.meetings.record_discussion(meeting_id, arboretum.hotspots[0], notes="Theirs")
    monkeypatch.setattr(dialogs.ConflictDialog, "ask", classmethod(lambda *a: False))
    section.notes.setFocus()
    type_text(qtbot, " and mine")
    press(qtbot, Qt.Key.Key_Tab)
    assert section.notes.toPlainText().endswith(" and mine")
    assert section.notes.is_dirty()


def test_nominating_a_hotspot_adds_it_to_the_meeting(qtbot, section, arboretum, monkeypatch):
    nomination = Nomination(
        name="Rosehill Street",
        area_id=arboretum.area_id,
        nominated_by_id=arboretum.police_id,
        reason="Dog fouling",
        nominated_on=arboretum.services.today(),
        location="By the school",
        problem_type_ids=(),
    )
    monkeypatch.setattr(dialogs.NominateDialog, "ask", classmethod(lambda *a, **k: nomination))
    section.nominate.click()
    names = [section.model.index(r, 0).data() for r in range(section.model.rowCount())]
    assert "Rosehill Street" in names
    assert discussion(arboretum, "Rosehill Street").notes == "Dog fouling"
    section.edits.history.undo()  # nominated by mistake: withdrawn again
    names = [section.model.index(r, 0).data() for r in range(section.model.rowCount())]
    assert "Rosehill Street" not in names
    assert "Rosehill Street" not in [h.name for h in arboretum.services.hotspots.list()]
    section.edits.history.redo()
    names = [section.model.index(r, 0).data() for r in range(section.model.rowCount())]
    assert "Rosehill Street" in names


def test_conflict_dialog_shows_the_typed_text(qtbot):
    dialog = dialogs.ConflictDialog("Changed by someone else", "ਹਰਪ੍ਰੀਤ: the notes I typed")
    qtbot.addWidget(dialog)
    assert dialog.typed.toPlainText() == "ਹਰਪ੍ਰੀਤ: the notes I typed"
    assert dialog.typed.isReadOnly()


def test_leaving_a_decision_without_its_reason_says_it_was_not_recorded(
    qtbot, section, arboretum, no_modal_dialogs
):
    section.decision.setFocus()
    type_text(qtbot, "Cl")  # Close, but no reason given
    press(qtbot, Qt.Key.Key_Tab)
    section.table.selectRow(1)  # the chair moves on to the next hotspot
    assert discussion(arboretum, "Arboretum Park").decision is None
    assert no_modal_dialogs == [
        "The decision “Close” on Arboretum Park was not recorded: it needs a reason."
    ]
