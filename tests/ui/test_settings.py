"""Settings: declared once with type and default; tests use their own store."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from tasking.ui.settings import (
    ALL_SETTINGS,
    CURRENT_PLACE,
    LAST_DATABASE,
    MAX_RECENT,
    PROTECTIVE_MARKING,
    RECENT_DATABASES,
    Settings,
)


def test_defaults(settings):
    assert settings.get(PROTECTIVE_MARKING) == "OFFICIAL"
    assert settings.get(CURRENT_PLACE) == 0
    assert settings.get(RECENT_DATABASES) == []
    assert len({s.key for s in ALL_SETTINGS}) == len(ALL_SETTINGS)


def test_values_survive_a_new_store(tmp_path):
    path = str(tmp_path / "s.ini")
    first = Settings(QSettings(path, QSettings.Format.IniFormat))
    first.set(CURRENT_PLACE, 2)
    for n in range(MAX_RECENT + 2):
        first.remember_database(f"/data/{n}.sqlite")
    first.remember_database("/data/3.sqlite")
    first.sync()
    again = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert again.get(CURRENT_PLACE) == 2
    recent = again.get(RECENT_DATABASES)
    assert recent[0] == "/data/3.sqlite" and len(recent) == MAX_RECENT
    assert recent.count("/data/3.sqlite") == 1
    assert again.get(LAST_DATABASE) == "/data/3.sqlite"


def test_a_single_recent_database_reads_back_as_a_list(tmp_path):
    path = str(tmp_path / "s.ini")
    Settings(QSettings(path, QSettings.Format.IniFormat)).remember_database("/only.sqlite")
    assert Settings(QSettings(path, QSettings.Format.IniFormat)).get(RECENT_DATABASES) == [
        "/only.sqlite"
    ]
