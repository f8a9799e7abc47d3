"""Encrypted databases in the app: File ▸ New database… encrypts, an encrypted file with no key
asks for its passphrase, and the backup before finalising runs on a worker thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tasking.messages import Message
from tasking.models import backups as storage_backups
from tasking.models.backups import BackupError
from tasking.services import Services
from tasking.ui import passphrase
from tasking.ui.app import CannotOpen, Session
from tasking.ui.meeting import closing, dialogs
from tasking.ui.new_database import NewDatabaseDialog
from tests.conftest import forget_keys
from tests.policeuk.fixtures import small_wards

from .meeting_helpers import arboretum, make_workspace, no_modal_dialogs, open_next

__all__ = ["arboretum", "no_modal_dialogs"]

pytest.importorskip("sqlcipher3", reason="no SQLCipher wheel for this platform")

SQLITE_HEADER = b"SQLite format 3\x00"


def fill_in(dialog: NewDatabaseDialog, tmp_path: Path, name: str) -> Path:
    dialog.name.setText("Safer Somewhere CSP")
    dialog.wards.edit.setText(str(small_wards(tmp_path)))
    dialog.destination.edit.setText(str(tmp_path / name))
    dialog.encrypt.setChecked(True)
    return tmp_path / f"{name}.sqlite"


def test_new_database_encrypted_with_its_key_in_the_keyring(qtbot, tmp_path, memory_keyring):
    created: list[str] = []
    dialog = NewDatabaseDialog(None, created.append)
    qtbot.addWidget(dialog)
    path = fill_in(dialog, tmp_path, "secret")
    dialog.show()
    dialog.grab().save(str(tmp_path / "new-encrypted.png"))
    dialog.create_button.click()
    qtbot.waitUntil(lambda: bool(created), timeout=15_000)
    assert path.read_bytes()[:16] != SQLITE_HEADER
    assert list(memory_keyring.entries) == [("Tasking", f"database-{path.read_bytes()[:16].hex()}")]
    forget_keys()
    services = Services.open(created[0])
    try:
        assert services.database.encrypted
        assert services.partnership.name() == "Safer Somewhere CSP"
    finally:
        services.close()


def test_without_a_keyring_the_dialog_asks_for_a_passphrase(qtbot, tmp_path, monkeypatch):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    reasons: list[str] = []
    monkeypatch.setattr(
        passphrase.NewPassphraseDialog,
        "ask",
        classmethod(lambda cls, parent, reason: reasons.append(reason) or "a long passphrase"),
    )
    created: list[str] = []
    dialog = NewDatabaseDialog(None, created.append)
    qtbot.addWidget(dialog)
    path = fill_in(dialog, tmp_path, "pass")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: bool(created), timeout=15_000)
    assert "no keyring" in reasons[0]
    forget_keys()
    from tasking.services.encryption import EncryptedDatabase, supply_secret

    with pytest.raises(EncryptedDatabase):
        Services.open(path)
    supply_secret("a long passphrase")
    services = Services.open(path)
    assert services.partnership.name() == "Safer Somewhere CSP"
    services.close()


def test_the_passphrase_dialog_refuses_short_or_different_ones(qtbot):
    dialog = passphrase.NewPassphraseDialog("no keyring")
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("short")
    dialog.again.setText("short")
    dialog.on_ok()
    assert "at least 10 characters" in dialog.problem.text()
    dialog.passphrase.setText("long enough now")
    dialog.again.setText("long enough not")
    dialog.on_ok()
    assert "differ" in dialog.problem.text()
    assert dialog.result() != dialog.DialogCode.Accepted


@pytest.fixture
def encrypted_file(tmp_path, monkeypatch) -> Path:
    from tasking.services.encryption import creating

    path = tmp_path / "locked.sqlite"
    with creating(path, "correct horse battery"):
        Services.open(path, create=True).close()
    forget_keys()
    return path


def open_session(qtbot, tmp_path, settings, location):
    session = Session(settings, tmp_path / "tasking.log", dialogs=True)
    session.show_frame()
    qtbot.addWidget(session.window)
    opened = session.open(location)
    if session.window is not None:
        qtbot.addWidget(session.window)
    return session, opened


def test_an_encrypted_file_with_no_key_asks_for_its_passphrase(
    qtbot, tmp_path, settings, monkeypatch, encrypted_file
):
    asked: list[str] = []

    def answer(cls, message, keeping):
        asked.append(message)
        return ("key", "wrong passphrase") if len(asked) == 1 else ("key", "correct horse battery")

    monkeypatch.setattr(passphrase.KeyPrompt, "ask", classmethod(answer))
    before = encrypted_file.read_bytes()
    session, opened = open_session(qtbot, tmp_path, settings, str(encrypted_file))
    try:
        assert opened and session.services is not None
        assert session.services.database.encrypted
        label = session.window.database_label.text()
        assert label == f"Database (encrypted): {encrypted_file}"
        assert "this computer has no key for it" in asked[0]
        assert "does not open" in asked[1]  # the wrong one, refused, asked again
        assert len(asked) == 2
    finally:
        session.close()
    assert before[:16] == encrypted_file.read_bytes()[:16]


def test_the_passphrase_prompt_offers_another_file_or_quit(
    qtbot, tmp_path, settings, monkeypatch, encrypted_file
):
    other = tmp_path / "plain.sqlite"
    Services.open(other, create=True).close()
    monkeypatch.setattr(passphrase.KeyPrompt, "ask", classmethod(lambda cls, m, k: ("other", "")))
    monkeypatch.setattr(CannotOpen, "choose_file", classmethod(lambda cls, location: str(other)))
    session, opened = open_session(qtbot, tmp_path, settings, str(encrypted_file))
    try:
        assert opened and session.services is not None
        assert session.services.database.path == other
    finally:
        session.close()
    monkeypatch.setattr(passphrase.KeyPrompt, "ask", classmethod(lambda cls, m, k: None))
    session, opened = open_session(qtbot, tmp_path, settings, str(encrypted_file))
    assert not opened
    session.close()


def test_the_key_prompt_looks_right(qtbot, tmp_path):
    prompt = passphrase.KeyPrompt(
        str(Message("encryption.no_key", path=tmp_path / "csp.sqlite")), keeping=False
    )
    qtbot.addWidget(prompt)
    prompt.show()
    prompt.grab().save(str(tmp_path / "key-prompt.png"))
    texts = [b.text() for b in (prompt.open_button, prompt.other_button, prompt.quit_button)]
    assert texts == ["&Open", "Open &another…", "&Quit"]


def test_the_backup_before_finalising_runs_on_a_worker_thread(
    qtbot, arboretum, history, monkeypatch
):
    threads: list[str] = []
    real = storage_backups.take_backup

    def recording(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(storage_backups, "take_backup", recording)
    monkeypatch.setattr(dialogs.ConfirmFinalise, "ask", classmethod(lambda cls, p, t: True))
    workspace = make_workspace(qtbot, arboretum, history)
    meeting_id = open_next(workspace, arboretum.area_id)
    folder = arboretum.services.database.path.parent / "backups"
    before = len(storage_backups.list_backups(folder))
    workspace.finalise_bar.finalise.click()
    assert not workspace.finalise_bar.finalise.isEnabled()  # no second finalise meanwhile
    qtbot.waitUntil(lambda: arboretum.services.meetings.get(meeting_id).state == "final")
    assert len(threads) == 1 and threads[0] != threading.main_thread().name
    made = storage_backups.list_backups(folder)
    assert len(made) == before + 1 and made[0].kind == "before-finalise"
    # Undo and redo start from a state that backup holds: neither stalls the window for another.
    history.undo()
    assert arboretum.services.meetings.get(meeting_id).state == "draft"
    history.redo()
    assert arboretum.services.meetings.get(meeting_id).state == "final"
    assert len(threads) == 1


def test_a_failed_backup_refuses_to_finalise_and_says_why(qtbot, arboretum, history, monkeypatch):
    def broken(*args, **kwargs):
        raise BackupError(Message("backup.disk_full", path="tasking.sqlite"))

    monkeypatch.setattr(storage_backups, "take_backup", broken)
    monkeypatch.setattr(dialogs.ConfirmFinalise, "ask", classmethod(lambda cls, p, t: True))
    shown: list[str] = []
    monkeypatch.setattr(
        closing.BackupRefused, "show", classmethod(lambda cls, p, title, text: shown.append(text))
    )
    workspace = make_workspace(qtbot, arboretum, history)
    meeting_id = open_next(workspace, arboretum.area_id)
    workspace.finalise_bar.finalise.click()
    qtbot.waitUntil(lambda: bool(shown))
    assert "backup taken first failed" in shown[0] and "disk is full" in shown[0]
    assert arboretum.services.meetings.get(meeting_id).state == "draft"
    assert workspace.finalise_bar.finalise.isEnabled()
    assert history.text(history.count() - 1) != "Finalise minutes"


def test_restore_lists_encrypted_backups_with_their_latest_meeting(qtbot, tmp_path):
    from tasking.services.backups import take_backup
    from tasking.services.encryption import creating
    from tasking.ui.backups import RestoreDialog

    path = tmp_path / "csp.sqlite"
    with creating(path):  # its key in the (test's) keyring
        services = Services.open(path, create=True)
    services.meetings.open_next(services.partnership.areas()[0].id)
    services.close()
    forget_keys()
    take_backup(path, "manual")
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    latest = dialog.model.index(0, 3).data()
    assert latest not in ("unreadable", "encrypted, no key here", "no meetings")
