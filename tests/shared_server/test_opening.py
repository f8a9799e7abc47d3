"""Opening a shared database: URLs everywhere, no password shown, the schema left to IT."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tasking.models.database import DatabaseError
from tasking.services import Services

from .server import ADMIN_PASSWORD


def test_a_new_shared_database_opens_and_names_the_server_login(shared_db: str) -> None:
    services = Services.open(shared_db, create=True)
    try:
        assert services.database.login == "tasking_admin"
    finally:
        services.close()


def test_an_empty_shared_database_is_left_to_it_unless_asked_to_create(shared_db: str) -> None:
    with pytest.raises(DatabaseError, match="Ask IT to set it up with: tasking admin init") as no:
        Services.open(shared_db)
    assert ADMIN_PASSWORD not in str(no.value)
    import psycopg

    with psycopg.connect(shared_db.replace("+psycopg", "")) as connection:
        tables = connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    assert tables == (0,)  # nothing was created


def test_a_wrong_password_is_refused_without_showing_any_password(shared_db: str) -> None:
    wrong = shared_db.replace(ADMIN_PASSWORD, "not-the-password-9")
    with pytest.raises(DatabaseError) as refused:
        Services.open(wrong)
    message = str(refused.value)
    assert "password authentication failed" in message
    assert "not-the-password-9" not in message and "***" not in message
    assert "tasking_admin@127.0.0.1" in message


def run_cli(*args: str, folder: Path) -> subprocess.CompletedProcess[str]:
    env = {"TASKING_LOG_DIR": str(folder / "logs"), "PATH": "/usr/bin:/bin", "HOME": str(folder)}
    return subprocess.run(
        [sys.executable, "-m", "tasking", "-v", *args],
        capture_output=True, text=True, env=env, timeout=120, check=False, cwd=folder,
    )  # fmt: skip


def test_demo_on_a_server_url_fills_that_database_and_prints_no_password(
    shared_db: str, tmp_path: Path
) -> None:
    done = run_cli("demo", "--database", shared_db, "--today", "2025-06-01", folder=tmp_path)
    assert done.returncode == 0, done.stderr
    logged = "".join(p.read_text() for p in (tmp_path / "logs").iterdir())
    for shown in (done.stdout, done.stderr, logged):
        assert ADMIN_PASSWORD not in shown and "***" not in shown
    assert "Created the demo in postgresql+psycopg://tasking_admin@127.0.0.1" in done.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["logs"]  # no folder named after it
    services = Services.open(shared_db, create=True)
    try:
        rows = services.actions.tracker()
        assert len(rows) > 20
        area = services.partnership.area_named("Arboretum")
        # The server draws new ids after the demo's, and the next reference follows the last.
        numbers = [
            int(r.reference.rsplit("-", 1)[1])
            for r in rows
            if r.reference.startswith(f"{area.prefix}-2025-")
        ]
        raised = services.actions.raise_action(
            description="New after the demo",
            action_type_id=services.partnership.terms("action_type")[0].id,
            owner_agency_id=services.partnership.agencies()[0].id,
            area_id=area.id,
            raised_on=date(2025, 6, 1),
        )
        assert raised.reference == f"{area.prefix}-2025-{max(numbers, default=0) + 1:03d}"
    finally:
        services.close()
    again = run_cli("demo", "--database", shared_db, folder=tmp_path)
    assert again.returncode == 2 and "already holds Tasking records" in again.stderr
    assert ADMIN_PASSWORD not in again.stderr
