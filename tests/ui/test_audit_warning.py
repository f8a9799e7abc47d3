"""Opening a file whose audit trail was changed outside Tasking warns the chair."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QSettings

from tasking.services import Services
from tasking.ui import shared_database
from tasking.ui.app import Session
from tasking.ui.settings import Settings


def _with_trail(path: Path) -> None:
    services = Services.open(path, create=True)
    p = services.partnership
    for text in ("Patrol the park", "Clear the alley"):
        services.actions.raise_action(
            description=text, action_type_id=p.terms("action_type")[0].id,
            owner_agency_id=p.agencies()[0].id, area_id=p.area_named("Arboretum").id,
        )  # fmt: skip
    services.close()


def _open(path: Path, tmp_path: Path, qtbot, monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        shared_database.OpenWarning, "show", classmethod(lambda _cls, _w, text: shown.append(text))
    )
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    session = Session(settings, tmp_path / "log", dialogs=False)
    try:
        assert session.open(str(path))
        qtbot.addWidget(session.window)
        qtbot.wait(300)
        from tasking.ui.background import wait_for_background_work

        wait_for_background_work()
        qtbot.wait(100)
    finally:
        session.close()
    return shown


def test_a_changed_trail_is_warned_about_when_the_app_opens_it(tmp_path, qtbot, monkeypatch):
    path = tmp_path / "t.sqlite"
    _with_trail(path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE audit_entry SET new_value = 'nothing happened' WHERE id = 1")
    connection.commit()
    connection.close()
    [warning] = _open(path, tmp_path, qtbot, monkeypatch)
    assert "changed outside Tasking" in warning and str(path) in warning


def test_an_untouched_trail_opens_without_a_warning(tmp_path, qtbot, monkeypatch):
    path = tmp_path / "t.sqlite"
    _with_trail(path)
    assert _open(path, tmp_path, qtbot, monkeypatch) == []
