"""Storage: opening, refusing files that are not ours, pragmas, UTC, migrations."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from tasking.models import Action, AuditEntry, Meeting, migrate
from tasking.models.database import (
    APPLICATION_ID,
    NewerDatabase,
    NotATaskingDatabase,
    database_url,
    open_database,
)
from tasking.services import Services


def test_new_database_is_migrated_to_head_and_marked_as_tasking(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    services = Services.open(path, create=True)
    services.close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
        migrate.head_revision()
    )
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()


def test_pragmas_are_on_for_every_connection(tmp_path: Path) -> None:
    database = open_database(tmp_path / "p.sqlite", create=True)
    with database.read() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == 10_000
    database.close()


def test_a_text_file_is_refused_and_left_byte_for_byte_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite"
    original = b"Minutes of the Arboretum meeting\n" * 50
    path.write_bytes(original)
    with pytest.raises(NotATaskingDatabase, match="not a Tasking database"):
        Services.open(path)
    assert path.read_bytes() == original


def test_another_programs_sqlite_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.execute("INSERT INTO contacts VALUES ('Aisha Khan')")
    connection.commit()
    connection.close()
    original = path.read_bytes()
    with pytest.raises(NotATaskingDatabase, match="another program"):
        Services.open(path)
    assert path.read_bytes() == original


def test_a_database_from_a_newer_version_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    Services.open(path, create=True).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.execute("PRAGMA journal_mode = DELETE")  # fold the WAL into the file
    connection.close()
    original = path.read_bytes()
    with pytest.raises(NewerDatabase, match="newer version of Tasking"):
        Services.open(path)
    assert path.read_bytes() == original


def test_environment_variable_chooses_the_database(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TASKING_DATABASE", str(tmp_path / "env.sqlite"))
    assert database_url(None) == f"sqlite:///{tmp_path / 'env.sqlite'}"
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


def test_timestamps_are_stored_as_utc_and_come_back_aware(core) -> None:
    with core.database.read() as session:
        entry = session.scalars(select(AuditEntry)).first()
    with core.database.write() as session:
        area = core.partnership.area_named("Abbey")
        meeting = Meeting(
            area_id=area.id,
            held_on=date(2025, 2, 1),
            finalised_at=datetime(2025, 2, 1, 19, 30, tzinfo=UTC),
        )
        session.add(meeting)
        session.flush()
        meeting_id = meeting.id
    with core.database.read() as session:
        stored = session.execute(
            text("SELECT finalised_at FROM meeting WHERE id = :id"), {"id": meeting_id}
        ).scalar()
        loaded = session.get(Meeting, meeting_id)
        assert loaded.finalised_at == datetime(2025, 2, 1, 19, 30, tzinfo=UTC)
        assert loaded.finalised_at.tzinfo is not None
    assert str(stored).startswith("2025-02-01 19:30:00")
    assert entry is None or entry.at.tzinfo is not None


def test_migration_head_down_head_keeps_the_data(core, arboretum) -> None:
    core.actions.raise_action(
        description="Lighting survey",
        action_type_id=arboretum.cctv,
        owner_agency_id=arboretum.homes,
        hotspot_id=arboretum.park,
    )
    engine = core.database.engine
    migrate.downgrade(engine, "-1")
    assert migrate.current_revision(engine) != migrate.head_revision()
    migrate.upgrade(engine, "head")
    assert migrate.current_revision(engine) == migrate.head_revision()
    rows = core.actions.tracker()
    assert [r.description for r in rows] == ["Lighting survey"]


def test_an_older_database_is_upgraded_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0001")
    engine.dispose()
    services = Services.open(path)
    services.close()
    assert migrate.current_revision(create_engine(f"sqlite:///{path}")) == migrate.head_revision()
    pattern = f"old-*-before-migration-{migrate.head_revision()}.sqlite"
    (backup,) = (tmp_path / "backups").glob(pattern)
    assert migrate.current_revision(create_engine(f"sqlite:///{backup}")) == "0001"


def test_foreign_keys_are_enforced(core) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), core.database.write() as session:
        session.add(
            Action(
                reference="X-2025-001",
                ref_prefix="X",
                ref_year=2025,
                ref_number=1,
                description="orphan",
                action_type_id=99999,
                area_id=99999,
                owner_agency_id=99999,
                raised_on=date(2025, 1, 1),
            )
        )


def test_the_quick_revision_check_agrees_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate._config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert set(migrate.revisions()) == {s.revision for s in scripts.walk_revisions()}


def test_a_write_blocked_by_another_writer_is_refused_cleanly(tmp_path: Path, monkeypatch):
    from tasking.models import database as storage
    from tasking.services import TaskingError

    monkeypatch.setattr(storage, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "shared.sqlite"
    services = Services.open(path, create=True)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another chair is in the middle of saving
    try:
        with pytest.raises(TaskingError, match="Nothing was changed"):
            services.partnership.add_agency("Neighbourhood Watch")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "Neighbourhood Watch" not in [a.name for a in services.partnership.agencies()]
    services.partnership.add_agency("Neighbourhood Watch")  # and works once the lock is gone
    services.close()
