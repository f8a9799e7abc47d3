"""A newer build opens a database an older build wrote: it migrates it, loses nothing and keeps a
copy of the file as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from tasking.models import migrate
from tasking.models.database import APPLICATION_ID
from tasking.services import Services

OLDEST = "0001"
STAMP = "2024-03-12 19:30:00.000000"
ROWS = {
    "agency": "INSERT INTO agency (id, name, short_name, active, created_at, updated_at, version)"
    " VALUES (1, 'Derbyshire Police', 'Police', 1, :t, :t, 1)",
    "area": "INSERT INTO area (id, code, name, prefix) VALUES (1, 'E05999999', 'Old Ward', 'OLD')",
    "term": "INSERT INTO term (id, kind, code, label, closed, position, built_in, active,"
    " created_at, updated_at, version) VALUES"
    " (1, 'action_status', 'open', 'Open', 0, 0, 1, 1, :t, :t, 1),"
    " (2, 'action_type', 'patrol', 'High-visibility patrol', 0, 0, 1, 1, :t, :t, 1)",
    "meeting": "INSERT INTO meeting (id, area_id, held_on, venue, state, marking,"
    " any_other_business, created_at, updated_at, version)"
    " VALUES (1, 1, '2024-03-12', 'Old Ward community centre', 'final', 'OFFICIAL', '', :t, :t, 3)",
    "action": "INSERT INTO action (id, uid, reference, ref_prefix, ref_year, ref_number,"
    " description, action_type_id, area_id, owner_agency_id, raised_at_id, raised_on, due_on,"
    " status, outcome, created_at, updated_at, version) VALUES (1,"
    " '0b7e4c1e-1111-4f00-8000-000000000001', 'OLD/2024/001', 'OLD', 2024, 1,"
    " 'Patrol the underpass after dark', 2, 1, 1, 1, '2024-03-12', '2024-04-09', 'open', '',"
    " :t, :t, 1)",
}


def make_old_database(path: Path) -> None:
    """The file an installation of the first release would have left behind."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        migrate.upgrade(engine, OLDEST)
    finally:
        engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for statement in ROWS.values():
            connection.execute(statement, {"t": STAMP})
    connection.close()


def revision_of(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    return revision


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        found = {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ROWS}
    connection.close()
    return found


def pre_migration_backups(database: Path) -> list[Path]:
    pattern = f"{database.stem}-*-before-migration-{migrate.head_revision()}.sqlite"
    return sorted((database.parent / "backups").glob(pattern))


@pytest.fixture
def old_database(tmp_path: Path) -> Path:
    path = tmp_path / "tasking.sqlite"
    make_old_database(path)
    assert revision_of(path) == OLDEST != migrate.head_revision()
    return path


def test_opening_migrates_to_the_newest_schema(old_database: Path) -> None:
    services = Services.open(old_database)
    services.close()
    assert revision_of(old_database) == migrate.head_revision()


def test_nothing_is_lost(old_database: Path) -> None:
    before = counts(old_database)
    services = Services.open(old_database)
    try:
        (action,) = services.actions.tracker()
        (meeting,) = services.meetings.list()
    finally:
        services.close()
    assert counts(old_database) == before
    assert (action.reference, action.description, action.uid) == (
        "OLD/2024/001",
        "Patrol the underpass after dark",
        "0b7e4c1e-1111-4f00-8000-000000000001",
    )
    assert (meeting.area, meeting.venue, meeting.state) == (
        "Old Ward",
        "Old Ward community centre",
        "final",
    )


def test_a_copy_of_the_old_file_is_kept(old_database: Path) -> None:
    before = counts(old_database)
    Services.open(old_database).close()
    (backup,) = pre_migration_backups(old_database)
    assert revision_of(backup) == OLDEST
    assert counts(backup) == before


def test_an_up_to_date_database_is_not_copied_again(old_database: Path) -> None:
    Services.open(old_database).close()
    (backup,) = pre_migration_backups(old_database)
    backup.unlink()
    Services.open(old_database).close()
    assert pre_migration_backups(old_database) == []
