"""The recent-databases menu keeps a server's URL without its password, and picking it works."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from tasking.ui.app import Session
from tasking.ui.settings import RECENT_DATABASES, Settings

from .server import ADMIN_PASSWORD


def test_a_server_picked_from_recent_databases_opens_with_the_pgpass_password(
    shared_db: str, tmp_path: Path, qtbot, monkeypatch
) -> None:
    from tasking.services import Services

    Services.open(shared_db, create=True).close()  # the schema exists, as IT would have made it
    pgpass = tmp_path / "pgpass"
    _, rest = shared_db.split("@", 1)
    host_port, db = rest.split("/", 1)
    host, port = host_port.split(":")
    pgpass.write_text(f"{host}:{port}:{db}:tasking_admin:{ADMIN_PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    ini = tmp_path / "settings.ini"
    settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    session = Session(settings, tmp_path / "log", dialogs=False)
    try:
        assert session.open(shared_db)
        qtbot.addWidget(session.window)
        settings.sync()
        stored = ini.read_text()
        assert ADMIN_PASSWORD not in stored and "***" not in stored
        recent = settings.get(RECENT_DATABASES)[0]
        assert recent.startswith("postgresql+psycopg://tasking_admin@127.0.0.1:")
        window = session.window
        window.on_recent_menu_shown()
        entry = next(a for a in window.recent_menu.actions() if a.text() == recent)
        entry.trigger()
        assert session.window is not window and session.services is not None
        assert session.services.database.login == "tasking_admin"
        qtbot.addWidget(session.window)
    finally:
        session.close()


def test_a_service_file_url_opens_with_no_credentials_in_it(
    shared_db: str, tmp_path: Path, monkeypatch
) -> None:
    from tasking.services import Services

    _, rest = shared_db.split("@", 1)
    host_port, db = rest.split("/", 1)
    host, port = host_port.split(":")
    services_file = tmp_path / "pg_service.conf"
    services_file.write_text(
        f"[tasking]\nhost={host}\nport={port}\ndbname={db}\nuser=tasking_admin\n"
    )
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{host}:{port}:{db}:tasking_admin:{ADMIN_PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGSERVICEFILE", str(services_file))
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    services = Services.open("postgresql+psycopg:///?service=tasking", create=True)
    try:
        assert services.database.login == "tasking_admin"
        assert services.actions.tracker() == []
    finally:
        services.close()
