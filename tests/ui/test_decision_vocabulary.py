"""Hotspot decisions come from the vocabulary: renamed or added there, used everywhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from tasking.ui.partnership.place import PartnershipPlace

from .meeting_helpers import (
    arboretum,
    make_settings,
    make_workspace,
    no_modal_dialogs,
    open_next,
)

__all__ = ["arboretum", "no_modal_dialogs"]


@pytest.fixture
def partnership(qtbot, arboretum, history):
    place = PartnershipPlace(arboretum.services, history, make_settings(arboretum.folder))
    qtbot.addWidget(place)
    place.show()
    qtbot.waitUntil(lambda: not place.is_loading)  # its lists are read on a worker
    place.tabs.setCurrentIndex(2)
    place.kind.setCurrentIndex(place.kind.findData("hotspot_decision"))
    return place


def decide(qtbot, workspace, row: int, label: str, reason: str = "") -> None:
    """Choose a decision with the mouse (a pick from the list), then give the reason."""
    section = workspace.hotspots
    workspace.tabs.setCurrentWidget(section)
    section.table.selectRow(row)
    combo = section.decision
    index = combo.findText(label)
    assert index >= 0, (
        f"{label!r} is not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    )
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    if reason:
        qtbot.keyClicks(section.reason, reason)
        qtbot.keyClick(section.reason, Qt.Key.Key_Return)


def minutes_text(services, meeting_id: int, folder: Path) -> str:
    path = services.exports.write_minutes(meeting_id, folder / "minutes.pdf")
    return " ".join((page.extract_text() or "") for page in PdfReader(path).pages)


def test_renaming_close_renames_it_on_screen_in_the_history_and_in_the_minutes(
    qtbot, arboretum, history, partnership, tmp_path
):
    services = arboretum.services
    rows = [
        partnership.terms.proxy.index(r, 0).data()
        for r in range(partnership.terms.proxy.rowCount())
    ]
    close_row = rows.index("Close")
    assert partnership.terms.proxy.setData(partnership.terms.proxy.index(close_row, 0), "Sign off")
    workspace = make_workspace(qtbot, arboretum, history)
    meeting_id = open_next(workspace, arboretum.area_id)
    decide(qtbot, workspace, 0, "Sign off", "No reports for three months")
    park = arboretum.hotspots[0]
    assert services.hotspots.get(park).row.status == "closed"  # what Close does, renamed
    assert workspace.hotspots.model.index(0, 3).data() == "Sign off"
    assert any("Decision: Sign off" in e.text for e in services.hotspots.history(park))
    text = minutes_text(services, meeting_id, tmp_path)
    assert "Sign off" in text
    assert re.search(r"\bClose\b", text) is None  # "Closed", the status, may be printed


def test_an_added_decision_can_be_recorded_and_does_what_it_was_given(
    qtbot, arboretum, history, partnership, tmp_path
):
    services = arboretum.services
    qtbot.keyClicks(partnership.term_label, "Refer to the risk panel")
    effect = partnership.term_effect
    effect.setCurrentIndex(effect.findData("escalate"))
    qtbot.keyClick(partnership.term_label, Qt.Key.Key_Return)
    qtbot.keyClicks(partnership.term_label, "Watch over the summer")
    effect.setCurrentIndex(effect.findData("monitor"))
    qtbot.keyClick(partnership.term_label, Qt.Key.Key_Return)
    workspace = make_workspace(qtbot, arboretum, history)
    meeting_id = open_next(workspace, arboretum.area_id)

    decide(qtbot, workspace, 0, "Refer to the risk panel", "Repeat victims at the bandstand")
    decide(qtbot, workspace, 1, "Watch over the summer")
    by_name = {d.hotspot: d for d in services.meetings.get(meeting_id).discussions}
    assert by_name["Arboretum Park"].decision_label == "Refer to the risk panel"
    assert by_name["Arboretum Park"].decision_reason == "Repeat victims at the bandstand"
    assert services.hotspots.get(arboretum.hotspots[0]).row.status == "active"  # escalating
    assert services.hotspots.get(by_name["Hartington Street"].hotspot_id).row.status == (
        "monitoring"
    )
    text = minutes_text(services, meeting_id, tmp_path)
    assert "Refer to the risk panel" in text and "Watch over the summer" in text
    history.undo()
    assert services.hotspots.get(by_name["Hartington Street"].hotspot_id).row.status == "active"
    assert history.refused == []


def test_an_escalating_decision_without_a_reason_is_not_recorded(
    qtbot, arboretum, history, partnership
):
    qtbot.keyClicks(partnership.term_label, "Refer to the risk panel")
    effect = partnership.term_effect
    effect.setCurrentIndex(effect.findData("escalate"))
    qtbot.keyClick(partnership.term_label, Qt.Key.Key_Return)
    workspace = make_workspace(qtbot, arboretum, history)
    meeting_id = open_next(workspace, arboretum.area_id)
    decide(qtbot, workspace, 0, "Refer to the risk panel")
    assert workspace.hotspots.reason.placeholderText() == "Give the reason, then press Return"
    park = arboretum.services.meetings.get(meeting_id).discussions[0]
    assert park.decision is None
