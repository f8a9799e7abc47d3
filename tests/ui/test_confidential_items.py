"""The chair ticks Confidential on a hotspot item, an action being raised and AOB; undo clears."""

from __future__ import annotations

from .meeting_helpers import arboretum, make_workspace, no_modal_dialogs, open_next, type_text

__all__ = ["arboretum", "no_modal_dialogs"]


def _latest(arboretum):
    services = arboretum.services
    return services.meetings.get(services.meetings.latest(arboretum.area_id).id)


def test_confidential_hotspot_item_and_aob_are_saved_and_undone(qtbot, arboretum, history):
    workspace = make_workspace(qtbot, arboretum, history)
    open_next(workspace, arboretum.area_id)
    workspace.tabs.setCurrentWidget(workspace.hotspots)
    box = workspace.hotspots.confidential
    assert box.isEnabled() and not box.isChecked()
    box.click()
    first = _latest(arboretum).discussions[0]
    assert first.confidential
    history.undo()
    assert not _latest(arboretum).discussions[0].confidential
    assert not box.isChecked()
    history.redo()
    assert _latest(arboretum).discussions[0].confidential and box.isChecked()

    aob = workspace.closing.aob_confidential
    aob.click()
    assert _latest(arboretum).aob_confidential
    history.undo()
    assert not _latest(arboretum).aob_confidential and not aob.isChecked()


def test_an_action_raised_as_confidential_is_marked(qtbot, arboretum, history):
    workspace = make_workspace(qtbot, arboretum, history)
    open_next(workspace, arboretum.area_id)
    section = workspace.new_actions
    workspace.tabs.setCurrentWidget(section)
    section.description.setFocus()
    type_text(qtbot, "Covert observation from the vacant shop")
    section.confidential.setChecked(True)
    section.agency.setCurrentIndex(1)
    section.raise_button.click()
    meeting = _latest(arboretum)
    (raised,) = [a for a in meeting.new_actions if a.description.startswith("Covert")]
    assert raised.id in meeting.confidential_actions
    assert not section.confidential.isChecked()  # the next action starts unmarked
    # withdrawn by mistake and put back by undo: still left out of the shareable minutes
    row = next(
        r for r in range(section.model.rowCount()) if section.model.record_at(r).id == raised.id
    )
    section.table.setCurrentIndex(section.model.index(row, 0))
    section.withdraw_button.click()
    assert all(a.id != raised.id for a in _latest(arboretum).new_actions)
    history.undo()
    meeting = _latest(arboretum)
    (again,) = [a for a in meeting.new_actions if a.description.startswith("Covert")]
    assert again.id in meeting.confidential_actions


def test_a_final_meeting_cannot_be_marked(qtbot, arboretum, history):
    workspace = make_workspace(qtbot, arboretum, history)
    workspace.show_meeting(arboretum.first_meeting_id)
    assert not workspace.hotspots.confidential.isEnabled()
    assert not workspace.closing.aob_confidential.isEnabled()


def test_an_action_under_review_can_be_marked_and_undone(qtbot, arboretum, history):
    workspace = make_workspace(qtbot, arboretum, history)
    open_next(workspace, arboretum.area_id)
    workspace.tabs.setCurrentWidget(workspace.review)
    box = workspace.review.confidential
    first = _latest(arboretum).reviews[0].action
    assert not box.isChecked()
    box.click()
    assert first.id in _latest(arboretum).confidential_actions
    history.undo()
    assert first.id not in _latest(arboretum).confidential_actions
    assert not box.isChecked()
