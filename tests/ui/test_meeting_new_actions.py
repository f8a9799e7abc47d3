"""New actions: raised from the keyboard, due by the next meeting, undone by withdrawing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from .meeting_helpers import (
    SECOND,
    arboretum,
    focused,
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
    workspace.tabs.setCurrentWidget(workspace.new_actions)
    workspace.new_actions.description.setFocus()
    return workspace.new_actions


def test_tab_order_follows_the_row(qtbot, section):
    order = [focused()]
    for _ in range(6):
        press(qtbot, Qt.Key.Key_Tab)
        order.append(focused())
    assert order == [
        section.description,
        section.action_type,
        section.agency,
        section.officer,
        section.due,
        section.hotspot,
        section.raise_button,
    ]


def test_due_date_comes_from_the_due_period_then_the_next_meeting(qtbot, section, arboretum):
    assert section.due.date().toPython() == date(2025, 4, 7)  # meeting + the 28-day period
    workspace = workspace_of(section)
    workspace.edits.edit_meeting(
        workspace.detail, "next_meeting_on", date(2025, 4, 14), None, "next"
    )
    assert section.due.date().toPython() == date(2025, 4, 14)


def test_raising_with_officer_and_hotspot_then_undo(qtbot, section, arboretum, history):
    section.agency.setCurrentIndex(section.agency.findData(arboretum.police_id))
    officers = [section.officer.itemText(i) for i in range(section.officer.count())]
    assert officers == ["(no named officer)", "Imran Chaudhry", "عائشہ خان"]
    section.officer.setCurrentIndex(2)
    section.hotspot.setCurrentIndex(section.hotspot.findData(arboretum.hotspots[0]))
    type_text(qtbot, "Weekly joint patrol")
    press(qtbot, Qt.Key.Key_Return)
    row = arboretum.services.actions.tracker(raised_at_id=workspace_of(section).meeting_id)[0]
    assert (row.reference, row.owner_person, row.hotspot) == (
        "ARB-2025-004",
        "عائشہ خان",
        "Arboretum Park",
    )
    assert row.raised_on == SECOND
    assert "ARB-2025-004" in section.entry.title()
    history.undo()
    assert arboretum.services.actions.tracker(raised_at_id=workspace_of(section).meeting_id) == []
    history.redo()
    again = arboretum.services.actions.tracker(raised_at_id=workspace_of(section).meeting_id)[0]
    assert (again.reference, again.description) == ("ARB-2025-004", "Weekly joint patrol")


def test_return_with_no_description_raises_nothing(qtbot, section, arboretum, history):
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is section.description
    assert [history.text(i) for i in range(history.count())] == ["Open next meeting"]


def test_withdrawing_a_raised_action_and_undoing_it(qtbot, section, arboretum, history):
    section.agency.setCurrentIndex(1)
    type_text(qtbot, "Raised by mistake")
    press(qtbot, Qt.Key.Key_Return)
    section.table.setCurrentIndex(section.model.index(0, 0))
    section.withdraw_button.click()
    meeting_id = workspace_of(section).meeting_id
    assert arboretum.services.actions.tracker(raised_at_id=meeting_id) == []
    history.undo()
    rows = arboretum.services.actions.tracker(raised_at_id=meeting_id)
    assert [(r.reference, r.description) for r in rows] == [("ARB-2025-004", "Raised by mistake")]
    assert history.refused == []
