"""Upgrading a shared database is IT's job: backed up first, one at a time, never by a chair."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tasking.models import migrate
from tasking.models.database import DatabaseError, NewerDatabase
from tasking.models.postgres import create_server_engine
from tasking.models.server_admin import UPGRADE_LOCK, find_pg_dump
from tasking.services import Services

from .logins import admin, set_up


@pytest.fixture
def older(shared_db: str, monkeypatch):
    """A shared database set up by IT, then put back to the 0002 schema with one action."""
    shared = set_up(shared_db, monkeypatch)
    services = Services.open(shared.urls["alice"])
    p = services.partnership
    services.actions.raise_action(
        description="Before the upgrade", action_type_id=p.terms("action_type")[0].id,
        owner_agency_id=p.agencies()[0].id, area_id=p.area_named("Arboretum").id,
    )  # fmt: skip
    services.close()
    engine = create_server_engine(shared_db)
    migrate.downgrade(engine, "0002")
    engine.dispose()
    return shared


def test_a_chairs_app_finding_an_older_schema_says_ask_it_and_changes_nothing(older) -> None:
    with pytest.raises(DatabaseError, match="Ask IT to upgrade it with: tasking admin upgrade"):
        Services.open(older.urls["alice"])
    engine = create_engine(older.admin_url)
    with engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0002"
    engine.dispose()


def test_admin_upgrade_backs_up_then_migrates_and_chairs_carry_on(
    older, tmp_path: Path, capsys
) -> None:
    assert admin("upgrade", "--database", older.admin_url, "--backup-dir", str(tmp_path)) == 0
    out = capsys.readouterr().out
    assert f"to {migrate.head_revision()}; backup in {tmp_path}" in out
    assert "admin-secret-1" not in out
    [backup] = tmp_path.glob("*.dump")
    listing = subprocess.run(
        [str(find_pg_dump().with_name("pg_restore")), "--list", str(backup)],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout  # fmt: skip
    assert "TABLE DATA public action" in listing
    services = Services.open(older.urls["alice"])  # the chair's own login, after the upgrade
    try:
        [row] = services.actions.tracker()
        assert row.description == "Before the upgrade"
        p = services.partnership
        again = services.actions.raise_action(
            description="After", action_type_id=p.terms("action_type")[0].id,
            owner_agency_id=p.agencies()[0].id, area_id=p.area_named("Arboretum").id,
        )  # fmt: skip
        assert again.reference.endswith("-002")
    finally:
        services.close()
    assert admin("upgrade", "--database", older.admin_url, "--no-backup") == 0
    assert "already at schema" in capsys.readouterr().out


def test_a_second_upgrade_at_the_same_time_is_refused(older, tmp_path: Path, capsys) -> None:
    engine = create_engine(older.admin_url)
    with engine.connect() as holder:
        holder.execute(text(f"SELECT pg_advisory_lock({UPGRADE_LOCK})"))
        code = admin("upgrade", "--database", older.admin_url, "--backup-dir", str(tmp_path))
        holder.execute(text(f"SELECT pg_advisory_unlock({UPGRADE_LOCK})"))
    engine.dispose()
    assert code == 2
    assert "Another Tasking upgrade or set-up is running" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_without_pg_dump_the_upgrade_refuses_and_says_how(older, monkeypatch, capsys) -> None:
    monkeypatch.setattr("tasking.models.server_admin.find_pg_dump", lambda: None)
    assert admin("upgrade", "--database", older.admin_url) == 2
    err = capsys.readouterr().err
    assert "pg_dump was not found" in err and "--no-backup" in err
    with pytest.raises(DatabaseError, match="Ask IT"):
        Services.open(older.urls["alice"])  # still the old schema: nothing was changed


def test_a_newer_schema_is_refused_by_chairs_and_by_upgrade(shared_db, monkeypatch, capsys):
    shared = set_up(shared_db, monkeypatch)
    engine = create_engine(shared_db)
    with engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(NewerDatabase):
        Services.open(shared.urls["alice"])
    assert admin("upgrade", "--database", shared_db, "--no-backup") == 2
    assert "newer version of Tasking" in capsys.readouterr().err


def test_a_chair_opening_a_database_it_has_not_set_up_is_told_to_ask_it(shared_db, monkeypatch):
    from .conftest import LOGIN_PREFIX

    admin_engine = create_engine(shared_db)
    with admin_engine.begin() as c:
        c.execute(text(f"CREATE ROLE {LOGIN_PREFIX}early LOGIN PASSWORD 'pw-early-1'"))
    admin_engine.dispose()
    url = shared_db.replace("tasking_admin:admin-secret-1", f"{LOGIN_PREFIX}early:pw-early-1")
    with pytest.raises(DatabaseError, match="Ask IT to set it up with: tasking admin init"):
        Services.open(url)
