"""The tracker's marking in the app: the meetings' marking by default, a lower one confirmed."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy import select

from tasking.models.audit import AuditEntry
from tasking.services import TaskingError
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


def _dialog(qtbot, services, settings, per_agency: bool = False) -> TrackerScopeDialog:
    """The dialog once it has worked out the marking its actions need (on a worker)."""
    dialog = TrackerScopeDialog(services, settings, per_agency, None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.marking_known, timeout=10_000)
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
    dialog = _dialog(qtbot, services, settings, per_agency=True)
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


def test_nothing_can_be_exported_before_the_marking_is_worked_out(
    qtbot, services, settings, sensitive, monkeypatch
) -> None:
    """The dialog opens at once and works the marking out on a worker; until then it says
    so, and neither the marking nor OK can be chosen."""
    release = threading.Event()
    work_out = services.exports.scope_markings

    def slow() -> object:
        release.wait(10)
        return work_out()

    monkeypatch.setattr(services.exports, "scope_markings", slow)
    dialog = TrackerScopeDialog(services, settings, False, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.marking_known
    assert "Working out" in dialog.note.text()
    assert not dialog.ok.isEnabled() and not dialog.marking.isEnabled()
    assert not dialog.area.isEnabled() and not dialog.agency.isEnabled()  # read with it
    dialog.accept()  # as Enter would
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: dialog.marking_known, timeout=10_000)
    assert dialog.ok.isEnabled() and dialog.marking.isEnabled() and dialog.area.isEnabled()
    areas = [dialog.area.itemText(i) for i in range(1, dialog.area.count())]
    assert areas == [a.name for a in services.partnership.areas()]
    assert dialog.marking.currentData() == "OFFICIAL-SENSITIVE"
    assert "OFFICIAL-SENSITIVE" in dialog.note.text()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_marking_shown_for_each_scope_is_the_one_the_export_needs(
    qtbot, services, settings, records, sensitive
) -> None:
    dialog = _dialog(qtbot, services, settings)
    policy = services.exports.markings()
    for area in range(dialog.area.count()):
        dialog.area.setCurrentIndex(area)
        for agency in range(dialog.agency.count()):
            dialog.agency.setCurrentIndex(agency)
            area_id, agency_id = dialog.area.currentData(), dialog.agency.currentData()
            needed = policy.needed_for_scope(area_id, agency_id)
            rows = services.actions.tracker(area_id=area_id, agency_id=agency_id)
            assert policy.needed(rows).rank <= needed.rank  # what the export checks its rows by
            assert dialog.marking.currentData() == needed.code, (area_id, agency_id)
            assert needed.label in dialog.note.text()


def test_a_marking_that_cannot_be_worked_out_is_named_and_blocks_the_export(
    qtbot, services, settings, monkeypatch
) -> None:
    def broken() -> object:
        raise TaskingError("The database is locked by another program.")

    monkeypatch.setattr(services.exports, "scope_markings", broken)
    dialog = TrackerScopeDialog(services, settings, False, None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "could not be worked out" in dialog.note.text(), timeout=10_000)
    assert "locked by another program" in dialog.note.text()
    assert not dialog.ok.isEnabled() and not dialog.marking_known
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
