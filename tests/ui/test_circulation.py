"""Exporting the minutes of a final meeting offers to mark them circulated; the list shows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tasking.ui.exporting import CirculateQuestion, ExportCommands, ExportOutcome
from tasking.ui.meetings_place import MeetingsPlace


@pytest.fixture
def told(monkeypatch, tmp_path: Path) -> dict[str, list]:
    """Answer the file dialogs; record what the chair was told and asked."""
    seen: dict[str, list] = {"done": [], "failed": [], "asked": [], "answer": [True]}
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(
        ExportOutcome,
        "save_as",
        classmethod(lambda cls, parent, title, suggested, pattern: tmp_path / "out" / "m.pdf"),
    )
    monkeypatch.setattr(
        ExportOutcome,
        "done",
        classmethod(lambda cls, parent, path, count=1: seen["done"].append(path)),
    )
    monkeypatch.setattr(
        ExportOutcome,
        "failed",
        classmethod(lambda cls, parent, error: seen["failed"].append(error)),
    )
    monkeypatch.setattr(
        CirculateQuestion,
        "ask",
        classmethod(
            lambda cls, parent, meeting: seen["asked"].append(meeting) or seen["answer"][0]
        ),
    )
    return seen


def _state_shown(place: MeetingsPlace, meeting_id: int) -> str:
    model = place.model
    state_column = next(i for i, c in enumerate(model.columns) if c.key == "state")
    for row in range(model.rowCount()):
        if model.record_at(row).id == meeting_id:
            return model.index(row, state_column).data(Qt.ItemDataRole.DisplayRole)
    raise AssertionError(f"meeting {meeting_id} is not listed")


def _export(qtbot, services, settings, history, meeting_id: int, told) -> MeetingsPlace:
    window = QWidget()
    qtbot.addWidget(window)
    place = MeetingsPlace(services, history, settings)
    qtbot.addWidget(place)
    place.show()  # the chair sees the list (a hidden one reads its meetings when next shown)
    commands = ExportCommands(window, services, settings, lambda: meeting_id, history.changes)
    commands.minutes.trigger()
    qtbot.waitUntil(lambda: bool(told["done"] or told["failed"]), timeout=20_000)
    assert not told["failed"]
    window.commands = commands  # kept alive until the test ends
    return place


def test_final_minutes_exported_are_marked_circulated_when_the_chair_says_so(
    qtbot, services, records, settings, history, told
) -> None:
    meeting_id = records.meetings["march"]
    services.meetings.finalise(meeting_id, services.meetings.get(meeting_id).version)
    place = _export(qtbot, services, settings, history, meeting_id, told)
    assert told["asked"] == ["Arboretum 05/03/2025"]
    assert services.meetings.get(meeting_id).state == "circulated"
    qtbot.waitUntil(lambda: _state_shown(place, meeting_id) == "Circulated")  # read again


def test_not_yet_leaves_them_final(qtbot, services, records, settings, history, told) -> None:
    meeting_id = records.meetings["march"]
    services.meetings.finalise(meeting_id, services.meetings.get(meeting_id).version)
    told["answer"][0] = False
    place = _export(qtbot, services, settings, history, meeting_id, told)
    assert told["asked"] and services.meetings.get(meeting_id).state == "final"
    assert _state_shown(place, meeting_id) == "Final"


def test_a_draft_is_not_offered(qtbot, services, records, settings, history, told) -> None:
    meeting_id = records.meetings["march"]
    place = _export(qtbot, services, settings, history, meeting_id, told)
    assert told["asked"] == [] and services.meetings.get(meeting_id).state == "draft"
    assert _state_shown(place, meeting_id) == "Draft"
