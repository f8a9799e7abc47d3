"""Agenda…, Circulate… and Reminders… from the window: files written, the folder opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from tasking.services.changes import MeetingChanges
from tasking.ui.circulation import CirculationCommands, CirculationOutcome, RemindersDialog
from tasking.ui.exporting import ExportOutcome
from tasking.ui.main_window import MainWindow


@pytest.fixture
def told(monkeypatch, tmp_path: Path) -> dict[str, list]:
    seen: dict[str, list] = {"opened": [], "told": [], "failed": [], "asked": []}
    out = tmp_path / "out"
    out.mkdir()

    def folder(cls, parent, title, start):
        seen["asked"].append(title)
        return out

    monkeypatch.setattr(CirculationOutcome, "folder", classmethod(folder))
    monkeypatch.setattr(
        CirculationOutcome,
        "save_as",
        classmethod(lambda cls, parent, title, suggested: out / suggested.name),
    )
    monkeypatch.setattr(
        CirculationOutcome,
        "open_url",
        classmethod(lambda cls, url: seen["opened"].append(Path(url.toLocalFile()))),
    )
    monkeypatch.setattr(
        CirculationOutcome,
        "told",
        classmethod(lambda cls, parent, title, lines: seen["told"].append(lines)),
    )
    monkeypatch.setattr(
        CirculationOutcome,
        "failed",
        classmethod(lambda cls, parent, error: seen["failed"].append(str(error))),
    )
    return seen


@pytest.fixture
def commands(qtbot, services, records, settings, history):
    parent = QWidget()
    qtbot.addWidget(parent)
    made = CirculationCommands(
        parent, services, settings, lambda: records.meetings["march"], history.changes
    )
    parent.commands = made  # kept alive with the widget
    return made


def _wait(qtbot, told) -> None:
    qtbot.waitUntil(lambda: bool(told["told"] or told["failed"]), timeout=20_000)


def test_agenda_of_the_draft_meeting_is_written_and_opened(qtbot, commands, told):
    commands.agenda.trigger()
    _wait(qtbot, told)
    assert not told["failed"]
    (opened,) = told["opened"]
    assert opened.suffix == ".pdf" and opened.read_bytes().startswith(b"%PDF")
    assert "agenda" in opened.name


def test_a_draft_cannot_be_circulated_and_no_folder_is_asked(commands, told, services, records):
    commands.circulate.trigger()
    assert told["failed"] and "Only a final meeting can be circulated" in told["failed"][0]
    assert told["asked"] == []
    assert services.meetings.get(records.meetings["march"]).state == "draft"


def test_circulating_a_final_meeting_opens_the_folder_of_drafts(
    qtbot, commands, told, services, records
):
    meeting_id = records.meetings["march"]
    services.meetings.finalise(meeting_id, services.meetings.get(meeting_id).version)
    changed: list[str] = []
    commands.changes.changed.connect(changed.append)
    commands.circulate.trigger()
    _wait(qtbot, told)
    assert not told["failed"]
    (folder,) = told["opened"]
    assert folder.is_dir() and sorted(folder.glob("*.eml"))
    assert any(line.startswith("Wrote ") for line in told["told"][0])
    assert services.meetings.get(meeting_id).state == "circulated"
    assert "meeting" in changed


def test_reminders_write_one_draft_per_agency(qtbot, commands, told, monkeypatch):
    monkeypatch.setattr(
        RemindersDialog,
        "ask",
        classmethod(
            lambda cls, services, settings, parent: {
                "due_within": 30,
                "area_id": None,
                "marking": None,  # each agency's own
                "allow_lower_marking": False,
            }
        ),
    )
    commands.reminders.trigger()
    _wait(qtbot, told)
    assert not told["failed"]
    (folder,) = told["opened"]
    assert len(list(folder.glob("*.eml"))) >= 1


def test_reminders_dialog_offers_days_area_and_marking(qtbot, services, settings):
    dialog = RemindersDialog(services, settings, None)
    qtbot.addWidget(dialog)
    dialog.days.setValue(14)
    assert dialog.choice()["due_within"] == 14
    assert dialog.choice()["area_id"] is None


def test_reminders_dialog_confirms_a_marking_below_the_actions_meetings(
    qtbot, services, records, settings, monkeypatch
):
    meeting = services.meetings.get(records.meetings["march"])
    services.meetings.edit(
        meeting.id, meeting.version, MeetingChanges(marking="OFFICIAL-SENSITIVE")
    )
    services.actions.raise_action(  # an action raised at an OFFICIAL-SENSITIVE meeting
        description="Visit the reported address",
        action_type_id=services.partnership.terms("action_type")[0].id,
        owner_agency_id=services.partnership.agencies()[0].id,
        meeting_id=meeting.id,
    )
    asked: list[tuple[str, str]] = []
    answer = [False]

    def confirm(cls, parent, chosen, needed):
        asked.append((chosen, needed))
        return answer[0]

    monkeypatch.setattr(ExportOutcome, "confirm_lower_marking", classmethod(confirm))
    dialog = RemindersDialog(services, settings, None)
    qtbot.addWidget(dialog)
    assert dialog.marking.currentData() is None  # each agency's own, by default
    dialog.marking.setCurrentIndex(dialog.marking.findData("OFFICIAL"))
    dialog.accept()
    assert asked == [("OFFICIAL", "OFFICIAL-SENSITIVE")]
    assert dialog.result() != QDialog.DialogCode.Accepted  # declined: still choosing
    answer[0] = True
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice()["marking"] == "OFFICIAL"
    assert dialog.choice()["allow_lower_marking"] is True


def test_the_commands_are_in_their_menus(qtbot, services, records, history, settings, tmp_path):
    window = MainWindow(services, history, settings, tmp_path / "tasking.log")
    qtbot.addWidget(window)
    made = CirculationCommands(window, services, settings, lambda: None, history.changes)
    made.install(window)
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions() if a.menu()}
    assert made.circulate in menus["File"].actions()
    assert made.agenda in menus["Meetings"].actions()
    assert made.reminders in menus["Action tracker"].actions()
    assert list(menus)[-1] == "Help"


def test_the_tracker_export_writes_a_pdf_when_the_name_says_so(
    qtbot, services, records, settings, history, monkeypatch, tmp_path
):
    from tasking.ui.exporting import ExportCommands, ExportOutcome, TrackerScopeDialog

    target = tmp_path / "tracker.pdf"
    done: list[Path] = []
    monkeypatch.setattr(
        TrackerScopeDialog,
        "ask",
        classmethod(
            lambda cls, services, settings, per_agency, parent: {
                "area_id": None,
                "agency_id": None,
                "marking": "OFFICIAL-SENSITIVE",
            }
        ),
    )
    monkeypatch.setattr(
        ExportOutcome, "save_as", classmethod(lambda cls, parent, title, suggested, pattern: target)
    )
    monkeypatch.setattr(
        ExportOutcome, "done", classmethod(lambda cls, parent, path, count=1: done.append(path))
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    exports = ExportCommands(parent, services, settings, lambda: None, history.changes)
    exports.tracker.trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_no_agenda_for_a_meeting_already_held(commands, told, services, records):
    meeting_id = records.meetings["march"]
    services.meetings.finalise(meeting_id, services.meetings.get(meeting_id).version)
    commands.agenda.trigger()
    assert told["failed"] and "has been held" in told["failed"][0]
    assert told["opened"] == []
