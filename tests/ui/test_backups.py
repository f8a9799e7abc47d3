"""File ▸ Back up now… and Restore from backup…, the start-up error path and read-only display."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from tasking.models.backups import list_backups, take_backup
from tasking.services import Services
from tasking.ui.actions import ActionId
from tasking.ui.app import CannotOpen, Session
from tasking.ui.backups import BackupCommands, RestoreDialog, Tell
from tasking.ui.exporting import ExportCommands, ExportOutcome, TrackerScopeDialog
from tasking.ui.main_window import MainWindow

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


@pytest.fixture
def told(monkeypatch) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {"info": [], "problem": []}
    monkeypatch.setattr(Tell, "info", classmethod(lambda c, p, t, text: seen["info"].append(text)))
    monkeypatch.setattr(
        Tell, "problem", classmethod(lambda c, p, t, text: seen["problem"].append(text))
    )
    monkeypatch.setattr(Tell, "confirm", classmethod(lambda c, p, t, text: True))
    return seen


def meeting_list(services: Services) -> list[tuple[int, str, date, str]]:
    return [(m.id, m.area, m.held_on, m.state) for m in services.meetings.list()]


def test_the_restore_dialog_lists_date_size_and_latest_meeting(qtbot, qtmodeltester, services):
    path = services.database.path
    assert path is not None
    area = services.partnership.area_named("Abbey")
    take_backup(path, "daily")
    services.meetings.open_next(area.id, date(2025, 6, 1))
    services.database.back_up("before-finalise")
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert model.rowCount() == 2
    newest = [model.index(0, c).data() for c in range(model.columnCount())]
    oldest = [model.index(1, c).data() for c in range(model.columnCount())]
    assert newest[1] == "Before minutes were finalised" and newest[3] == "Abbey, 01 Jun 2025"
    assert oldest[1] == "Daily" and oldest[3] == "no meetings"
    assert newest[2].endswith(" MB") and ":" in newest[0]  # when, to the minute
    assert dialog.restore_button.isEnabled()  # the newest is chosen for the chair
    dialog.show()
    qtbot.waitExposed(dialog)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "restore-dialog.png"))


@pytest.fixture
def window(qtbot, services, history, settings) -> MainWindow:
    made = MainWindow(services, history, settings)
    qtbot.addWidget(made)
    return made


def test_restore_from_the_menu_puts_back_the_meeting_list_off_the_ui_thread(
    qtbot, window, services, told, monkeypatch
):
    path = services.database.path
    area = services.partnership.area_named("Abbey")
    services.meetings.open_next(area.id, date(2025, 5, 1))
    before = meeting_list(services)
    (backup,) = [take_backup(path, "manual")]
    services.meetings.open_next(area.id, date(2025, 6, 1))
    assert len(meeting_list(services)) == len(before) + 1
    reopened: list[str] = []
    window.backup_commands = BackupCommands(window, services, reopened.append)  # as the app
    monkeypatch.setattr(
        RestoreDialog, "ask", classmethod(lambda cls, db, parent, settings=None: backup)
    )
    window.actions[ActionId.RESTORE_BACKUP].trigger()
    qtbot.waitUntil(lambda: bool(reopened or told["problem"]), timeout=20_000)
    assert not told["problem"] and reopened == [str(path)]
    assert meeting_list(services) == before
    kinds = {b.kind for b in list_backups(path.parent / "backups")}
    assert "before-restore" in kinds  # what it replaced is kept


def test_back_up_now_makes_a_checked_backup(qtbot, window, services, told):
    window.backup_commands = BackupCommands(window, services, lambda _location: None)
    window.actions[ActionId.BACK_UP_NOW].trigger()
    qtbot.waitUntil(lambda: bool(told["info"] or told["problem"]), timeout=20_000)
    assert not told["problem"]
    (made,) = list_backups(services.database.path.parent / "backups")
    assert made.kind == "manual" and str(made.path) in told["info"][0]


def test_the_file_menu_offers_backup_and_restore(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "&Back up now…" in texts and "&Restore from backup…" in texts


def test_the_save_dialog_cannot_export_onto_the_open_database(
    qtbot, services, records, settings, monkeypatch
):
    path = services.database.path
    before = path.read_bytes()
    failed: list[BaseException] = []
    monkeypatch.setattr(
        ExportOutcome, "save_as", classmethod(lambda cls, parent, title, suggested, pattern: path)
    )
    monkeypatch.setattr(ExportOutcome, "failed", classmethod(lambda cls, p, e: failed.append(e)))
    monkeypatch.setattr(ExportOutcome, "done", classmethod(lambda cls, p, path, count=1: None))
    monkeypatch.setattr(
        TrackerScopeDialog,
        "ask",
        classmethod(lambda cls, services, settings, per_agency, parent: {"marking": "OFFICIAL"}),
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    commands = ExportCommands(parent, services, settings, lambda: records.meetings["march"])
    commands.tracker.trigger()
    qtbot.waitUntil(lambda: bool(failed), timeout=20_000)
    assert "database" in str(failed[0])
    assert path.read_bytes() == before


def open_session(qtbot, tmp_path, settings, location):
    session = Session(settings, tmp_path / "tasking.log", dialogs=False)
    session.show_frame()
    opened = session.open(location)
    if session.window is not None:
        qtbot.addWidget(session.window)
    return session, opened


def test_a_database_that_cannot_be_opened_offers_another(qtbot, tmp_path, settings, monkeypatch):
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    good = tmp_path / "good.sqlite"
    Services.open(good, create=True).close()
    asked: list[str] = []

    def open_another(cls, location, error, dialogs, keeping=False):
        asked.append(str(error))
        return str(good)

    monkeypatch.setattr(CannotOpen, "show", classmethod(open_another))
    session, opened = open_session(qtbot, tmp_path, settings, str(empty))
    try:
        assert opened and session.services is not None
        assert session.services.database.path == good
        assert "empty (0 bytes)" in asked[0]
        assert empty.read_bytes() == b""
    finally:
        session.close()


def test_quit_is_offered_too(qtbot, tmp_path, settings, monkeypatch):
    monkeypatch.setattr(CannotOpen, "show", classmethod(lambda cls, *args: None))
    session, opened = open_session(qtbot, tmp_path, settings, str(tmp_path / "nowhere.sqlite"))
    assert not opened and session.services is None
    assert not (tmp_path / "nowhere.sqlite").exists()
    session.close()


def test_a_read_only_database_shows_the_app_read_only(qtbot, tmp_path, settings, monkeypatch):
    from tasking.models import database as storage

    path = tmp_path / "shared.sqlite"
    Services.open(path, create=True).close()
    monkeypatch.setattr(storage, "is_writable", lambda _path: False)
    session, opened = open_session(qtbot, tmp_path, settings, str(path))
    try:
        assert opened and session.window is not None
        title = session.window.windowTitle()
        assert title.endswith("shared.sqlite (read-only) — Tasking")
        assert title.count("Tasking") == 1
        assert "Read-only" in session.window.database_label.text()
        session.window.show()
        qtbot.waitExposed(session.window)
        SHOTS.mkdir(parents=True, exist_ok=True)
        session.window.grab().save(str(SHOTS / "read-only-window.png"))
    finally:
        session.close()


def test_the_daily_backup_runs_in_the_background_after_opening(qtbot, tmp_path, settings):
    path = tmp_path / "daily.sqlite"
    Services.open(path, create=True).close()
    session, opened = open_session(qtbot, tmp_path, settings, str(path))
    try:
        assert opened
        qtbot.waitUntil(lambda: bool(list_backups(tmp_path / "backups")), timeout=20_000)
        (daily,) = list_backups(tmp_path / "backups")
        assert daily.kind == "daily"
        connection = sqlite3.connect(daily.path)
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        connection.close()
    finally:
        session.close()


def test_restore_dialog_with_no_backups_says_so(qtbot, services):
    dialog = RestoreDialog(services.database.path)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "There are no backups of this database yet." in texts
    assert dialog.table.model().headerData(3, Qt.Orientation.Horizontal) == "Latest meeting"


def test_the_backup_folder_chosen_in_the_app_takes_every_backup(
    qtbot, tmp_path, settings, monkeypatch
):
    from tasking.models import backups as storage
    from tasking.ui.settings import BACKUP_FOLDER

    monkeypatch.setattr(storage, "_chosen_folder", None)  # as a fresh start of the app
    monkeypatch.delenv(storage.FOLDER_ENV, raising=False)
    (tmp_path / "office").mkdir()
    path = tmp_path / "office" / "abbey.sqlite"
    Services.open(path, create=True).close()
    chosen = tmp_path / "usb-stick"
    chosen.mkdir()
    dialog = RestoreDialog(path, None, settings)
    qtbot.addWidget(dialog)
    assert str(path.parent / "backups") in dialog.intro.text()
    assert not dialog.beside.isEnabled()  # they are beside it already
    monkeypatch.setattr(RestoreDialog, "ask_folder", classmethod(lambda cls, p, s: str(chosen)))
    qtbot.mouseClick(dialog.change_folder, Qt.MouseButton.LeftButton)
    assert settings.get(BACKUP_FOLDER) == str(chosen)
    assert str(chosen) in dialog.intro.text() and dialog.beside.isEnabled()

    storage.choose_backup_folder(None)  # the app is closed; next time it reads the setting
    session, opened = open_session(qtbot, tmp_path, settings, str(path))
    try:
        assert opened and session.services is not None
        qtbot.waitUntil(lambda: bool(list_backups(chosen)), timeout=20_000)
        assert [b.kind for b in list_backups(chosen)] == ["daily"]
        session.services.database.back_up("before-finalise")  # what finalising takes
        assert {b.kind for b in list_backups(chosen)} == {"daily", "before-finalise"}
        assert not (path.parent / "backups").exists()
    finally:
        session.close()
    dialog.reload()
    assert dialog.model.rowCount() == 2  # the dialog lists the chosen folder's backups
    qtbot.mouseClick(dialog.beside, Qt.MouseButton.LeftButton)
    assert settings.get(BACKUP_FOLDER) == ""
    take_backup(path, "manual")
    assert [b.kind for b in list_backups(path.parent / "backups")] == ["manual"]
