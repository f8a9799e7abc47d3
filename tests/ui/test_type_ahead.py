"""Choice lists the chair types into: Space types a space, "derbyshire po" finds Derbyshire
Police, accents and case do not matter, text that names nothing is refused and not saved; and
the next action starts with no owner or hotspot carried over from the last."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from tasking.ui.fields import ChoiceCombo
from tasking.ui.main_window import MainWindow
from tasking.ui.tracker.delegates import StatusDelegate

from .meeting_helpers import (
    arboretum,
    focused,
    make_workspace,
    no_modal_dialogs,
    open_next,
    opened,
    press,
    type_text,
    workspace_of,
)
from .test_mnemonics import dialogs

__all__ = ["arboretum", "no_modal_dialogs"]


@pytest.fixture
def section(qtbot, arboretum, history):
    workspace = make_workspace(qtbot, arboretum, history)
    open_next(workspace, arboretum.area_id)
    workspace.tabs.setCurrentWidget(workspace.new_actions)
    workspace.new_actions.description.setFocus()
    return workspace.new_actions


def raised(section, arboretum):
    return arboretum.services.actions.tracker(raised_at_id=workspace_of(section).meeting_id)


def test_space_types_a_space_and_the_typed_agency_is_raised(qtbot, section, arboretum):
    type_text(qtbot, "Weekly joint patrol")
    section.agency.setFocus()
    type_text(qtbot, "derbyshire ")
    assert section.agency.currentText() == "derbyshire "  # the space was typed
    assert not section.agency.view().isVisible()  # and did not open the whole list
    type_text(qtbot, "po")
    offered = section.agency.completer().completionModel()
    assert [offered.index(r, 0).data() for r in range(offered.rowCount())] == ["Derbyshire Police"]
    press(qtbot, Qt.Key.Key_Return)  # takes the suggestion
    assert section.agency.currentData() == arboretum.police_id
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is section.officer
    type_text(qtbot, "CHAUDHRY")  # any case
    press(qtbot, Qt.Key.Key_Tab)
    assert section.officer.currentText() == "Imran Chaudhry"
    section.description.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    [row] = raised(section, arboretum)
    assert (row.description, row.owner_agency, row.owner_person) == (
        "Weekly joint patrol",
        "Derbyshire Police",
        "Imran Chaudhry",
    )


def test_accents_need_not_be_typed(qtbot, section, arboretum):
    section.agency.setFocus()
    type_text(qtbot, "derby homes")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "malgorzata wisniewska")  # Małgorzata Wiśniewska
    press(qtbot, Qt.Key.Key_Tab)
    assert section.officer.currentText() == "Małgorzata Wiśniewska"
    assert section.officer.currentData() == arboretum.people["Małgorzata Wiśniewska"]


def test_a_typed_choice_that_names_nothing_is_refused_and_nothing_raised(
    qtbot, section, arboretum, history
):
    type_text(qtbot, "Leaflet drop")
    section.agency.setFocus()
    type_text(qtbot, "Derbyshire Constabulary")
    press(qtbot, Qt.Key.Key_Return)
    assert section.agency.problem().startswith("Nothing in the list matches")
    assert "Derbyshire Constabulary" in section.agency.problem()
    assert "b00020" in section.agency.styleSheet()  # shown beside the field
    assert section.agency.currentText() == "Derbyshire Constabulary"  # kept to correct
    section.description.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert raised(section, arboretum) == []
    assert focused() is section.agency
    assert [history.text(i) for i in range(history.count())] == ["Open next meeting"]
    section.agency.lineEdit().selectAll()
    type_text(qtbot, "Police")  # corrected: the refusal goes
    press(qtbot, Qt.Key.Key_Return)
    assert section.agency.problem() == ""
    assert section.agency.styleSheet() == ""


def test_a_typed_decision_is_saved_and_undone(qtbot, arboretum, history):
    workspace = make_workspace(qtbot, arboretum, history)
    meeting_id = open_next(workspace, arboretum.area_id)
    spots = workspace.hotspots
    workspace.tabs.setCurrentWidget(spots)
    spots.decision.setFocus()
    type_text(qtbot, "MONI")
    press(qtbot, Qt.Key.Key_Tab)
    decisions = [d.decision for d in arboretum.services.meetings.get(meeting_id).discussions]
    assert decisions[0] == "monitor"
    history.undo()
    assert arboretum.services.meetings.get(meeting_id).discussions[0].decision is None


def test_the_next_action_starts_with_no_owner_officer_or_hotspot(qtbot, section, arboretum):
    section.agency.setCurrentIndex(section.agency.findData(arboretum.police_id))
    section.officer.setCurrentIndex(1)
    section.hotspot.setCurrentIndex(section.hotspot.findData(arboretum.hotspots[0]))
    type_text(qtbot, "Weekly joint patrol")
    press(qtbot, Qt.Key.Key_Return)
    assert [r.owner_agency for r in raised(section, arboretum)] == ["Derbyshire Police"]
    assert section.agency.currentData() is None
    assert section.agency.currentText() == "(choose the owner agency)"
    assert section.officer.currentData() == 0
    assert section.hotspot.currentData() == 0
    type_text(qtbot, "Second action, owner not chosen")
    press(qtbot, Qt.Key.Key_Return)  # refused: no owner is guessed
    assert len(raised(section, arboretum)) == 1
    assert focused() is section.agency
    assert "owns the action" in section.agency.problem()


def all_combos(root: QWidget) -> list[QComboBox]:
    return root.findChildren(QComboBox)


def test_every_choice_list_in_the_app_types_ahead(
    qtbot, services, records, history, settings, tmp_path
):
    window = MainWindow(services, history, settings, tmp_path / "tasking.log")
    qtbot.addWidget(window)
    window.meetings.show_meeting(records.meetings["march"])
    opened(window.meetings.workspace)  # read on a worker
    found = all_combos(window)
    for dialog in dialogs(services, records, history, settings, tmp_path):
        qtbot.addWidget(dialog)
        found += all_combos(dialog)
    editor = StatusDelegate(services.partnership.terms("action_status")).createEditor(
        window, None, None
    )
    found.append(editor)
    assert len(found) > 25
    plain = []
    for combo in found:
        try:
            name = combo.accessibleName()
        except RuntimeError:  # a place's list rebuilt since (the tracker's, once loaded)
            continue
        if type(combo) is not ChoiceCombo or not combo.isEditable() or not combo.completer():
            plain.append(name)
    assert plain == []
