"""Attendance: find people by any part of their name, mark them, add someone on the spot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tasking.ui.meeting import attendance as attendance_module
from tasking.ui.meeting.person_dialog import NewPerson

from .meeting_helpers import (
    arboretum,
    make_workspace,
    no_modal_dialogs,
    open_next,
    press,
    type_text,
    workspace_of,
)

__all__ = ["arboretum", "no_modal_dialogs"]


@pytest.fixture
def section(qtbot, arboretum, history):
    workspace = make_workspace(qtbot, arboretum, history)
    open_next(workspace, arboretum.area_id)
    workspace.attendance.search.setFocus()
    return workspace.attendance


def listed(arboretum) -> dict[str, str]:
    meeting = arboretum.services.meetings.latest(arboretum.area_id)
    return {a.name: a.status for a in arboretum.services.meetings.get(meeting.id).attendance}


def test_marking_and_undoing_attendance(qtbot, section, arboretum, history):
    type_text(qtbot, "PCSO")
    press(qtbot, Qt.Key.Key_Return)
    assert listed(arboretum) == {"Imran Chaudhry": "present"}
    section.absent.click()
    assert listed(arboretum) == {"Imran Chaudhry": "absent"}
    history.undo()
    assert listed(arboretum) == {"Imran Chaudhry": "present"}
    history.undo()
    assert listed(arboretum) == {}
    history.redo()
    assert listed(arboretum) == {"Imran Chaudhry": "present"}
    section.remove.click()
    assert listed(arboretum) == {}
    assert section.totals.text() == "0 present, 0 apologies, 0 absent"


def test_only_people_on_the_list(qtbot, section, arboretum):
    type_text(qtbot, "Inspector")
    press(qtbot, Qt.Key.Key_Return)
    section.search.clear()
    section.listed_only.setChecked(True)
    assert section.proxy.rowCount() == 1
    assert section.proxy.index(0, 0).data() == "عائشہ خان"
    assert section.proxy.index(0, 3).data() == "Present"
    assert workspace_of(section).tabs.tabText(0) == "&1 Attendance (1)"


def test_adding_a_person_on_the_spot_marks_them_present(qtbot, section, arboretum, monkeypatch):
    new = NewPerson("Zuzana Kováčová", "Community warden", "z.k@example.org", arboretum.council_id)
    monkeypatch.setattr(attendance_module.PersonDialog, "ask", classmethod(lambda *a: new))
    section.add_person.click()
    assert listed(arboretum) == {"Zuzana Kováčová": "present"}
    people = {p.name for p in arboretum.services.partnership.people()}
    assert "Zuzana Kováčová" in people


def test_nobody_chosen_is_explained(qtbot, section, no_modal_dialogs):
    type_text(qtbot, "nobody by this name")
    section.present.click()
    assert no_modal_dialogs == ["Choose a person in the list first."]
