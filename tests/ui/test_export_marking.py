"""The tracker's marking in the app: the meetings' marking by default, a lower one confirmed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy import select

from tasking.models.audit import AuditEntry
from tasking.services.changes import MeetingChanges
from tasking.ui.exporting import ExportCommands, ExportOutcome, TrackerScopeDialog


@pytest.fixture
def sensitive(services, records) -> int:
    """An action raised at an OFFICIAL-SENSITIVE meeting in Arboretum."""
    march = services.meetings.get(records.meetings["march"])
    services.meetings.edit(march.id, march.version, MeetingChanges(marking="OFFICIAL-SENSITIVE"))
    row = services.actions.raise_action(
        description="Refer the family to early help",
        action_type_id=services.partnership.terms("action_type")[0].id,
        owner_agency_id=records.agencies["council"],
        area_id=records.areas["Arboretum"],
        meeting_id=march.id,
        due_on=date(2025, 7, 1),
    )
    return row.id


def _dialog(qtbot, services, settings) -> TrackerScopeDialog:
    dialog = TrackerScopeDialog(services, settings, False, None)
    qtbot.addWidget(dialog)
    return dialog


def test_marking_starts_at_the_highest_marking_of_the_meetings(
    qtbot, services, settings, records, sensitive
) -> None:
    dialog = _dialog(qtbot, services, settings)
    assert dialog.marking.currentData() == "OFFICIAL-SENSITIVE"
    # Normanton's actions come from no sensitive meeting: OFFICIAL is enough there.
    dialog.area.setCurrentIndex(dialog.area.findData(records.areas["Normanton"]))
    assert dialog.marking.currentData() == "OFFICIAL"


def test_a_lower_marking_asks_first(qtbot, services, settings, sensitive, monkeypatch) -> None:
    answers: list[tuple[str, str]] = []
    reply = {"value": False}

    def confirm(cls, parent, chosen, needed):
        answers.append((chosen, needed))
        return reply["value"]

    monkeypatch.setattr(ExportOutcome, "confirm_lower_marking", classmethod(confirm))
    dialog = _dialog(qtbot, services, settings)
    dialog.marking.setCurrentIndex(dialog.marking.findData("OFFICIAL"))
    dialog.accept()
    assert answers == [("OFFICIAL", "OFFICIAL-SENSITIVE")]
    assert dialog.result() != QDialog.DialogCode.Accepted  # still open to choose again
    reply["value"] = True
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.scope()["allow_lower_marking"] is True
    # The marking it needs, or a higher one, asks nothing.
    answers.clear()
    other = _dialog(qtbot, services, settings)
    other.accept()
    assert not answers and "allow_lower_marking" not in other.scope()


def test_a_confirmed_lower_marking_is_exported_and_audited(
    qtbot, services, settings, records, sensitive, monkeypatch, tmp_path: Path
) -> None:
    done: list[Path] = []
    failed: list[BaseException] = []
    monkeypatch.setattr(
        TrackerScopeDialog,
        "ask",
        classmethod(
            lambda cls, services, settings, per_agency, parent: {
                "area_id": None,
                "agency_id": None,
                "marking": "OFFICIAL",
                "allow_lower_marking": True,
            }
        ),
    )
    monkeypatch.setattr(
        ExportOutcome,
        "save_as",
        classmethod(lambda cls, parent, title, suggested, pattern: tmp_path / suggested.name),
    )
    monkeypatch.setattr(
        ExportOutcome, "done", classmethod(lambda cls, parent, path, count=1: done.append(path))
    )
    monkeypatch.setattr(ExportOutcome, "failed", classmethod(lambda cls, p, e: failed.append(e)))
    window = QWidget()
    qtbot.addWidget(window)
    commands = ExportCommands(window, services, settings, lambda: None)
    commands.tracker.trigger()
    qtbot.waitUntil(lambda: bool(done or failed), timeout=20_000)
    assert not failed
    assert load_workbook(done[0])["Actions"].oddHeader.center.text == "OFFICIAL"
    with services.database.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.record_type == "export")).one()
        assert entry.old_value == "OFFICIAL-SENSITIVE" and entry.new_value.startswith("OFFICIAL")


def test_per_agency_files_take_each_agency_s_own_marking_by_default(
    qtbot, services, settings, records, sensitive, monkeypatch, tmp_path: Path
) -> None:
    dialog = TrackerScopeDialog(services, settings, True, None)
    qtbot.addWidget(dialog)
    assert dialog.marking.currentData() is None  # each agency's own
    dialog.accept()
    scope = dialog.scope()
    assert scope["marking"] is None and "allow_lower_marking" not in scope
    paths = services.exports.write_agency_trackers(tmp_path, **scope)
    markings = {
        load_workbook(p)["Actions"].cell(2, 6).value: load_workbook(p)[
            "Actions"
        ].oddHeader.center.text
        for p in paths
    }
    council = services.partnership.agencies()[1].name
    assert markings[council] == "OFFICIAL-SENSITIVE"  # it owns the sensitive meeting's action
    assert markings["Derbyshire Police"] == "OFFICIAL"
