"""Adding the confidential flags to an existing database keeps every record it holds."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event, text

from tasking.models import migrate
from tasking.services import Services

TABLES = ("action_update", "attendance", "action_review", "hotspot_discussion", "action", "meeting")


def _engine(path: Path):
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _foreign_keys(connection, _record) -> None:  # as Tasking opens its databases
        connection.execute("PRAGMA foreign_keys = ON")

    return engine


def _counts(path: Path) -> dict[str, int]:
    engine = _engine(path)
    with engine.connect() as connection:
        counts = {
            t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES
        }
    engine.dispose()
    return counts


def test_upgrading_keeps_updates_attendance_and_reviews(database: Path) -> None:
    before_flags = migrate.revisions()["0009"]
    assert before_flags is not None
    engine = _engine(database)
    migrate.downgrade(engine, before_flags)
    assert migrate.current_revision(engine) == before_flags
    engine.dispose()
    before = _counts(database)
    assert all(before.values())

    services = Services.open(database)  # migrates to the head, foreign keys on
    services.close()
    assert _counts(database) == before
    engine = _engine(database)
    with engine.connect() as connection:
        flags = connection.execute(
            text("SELECT count(*) FROM action WHERE confidential")
        ).scalar_one()
        assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()
    assert flags == 0
