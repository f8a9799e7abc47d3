"""The tracker's update-order index (0011) comes and goes without touching a record."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text

from tasking.models import migrate
from tasking.services import Services

TABLES = ("action", "action_update", "action_review", "audit_entry", "meeting", "hotspot")
INDEX = "ix_action_update_action_id_noted_on_id"


def _engine(path: Path):
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _foreign_keys(connection, _record) -> None:  # as Tasking opens its databases
        connection.execute("PRAGMA foreign_keys = ON")

    return engine


def _state(path: Path) -> tuple[dict[str, int], bool]:
    engine = _engine(path)
    with engine.connect() as connection:
        counts = {
            t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES
        }
        indexed = INDEX in {i["name"] for i in inspect(connection).get_indexes("action_update")}
    engine.dispose()
    return counts, indexed


def test_down_and_up_again_keeps_every_row(services, records) -> None:
    path = services.database.path
    assert path is not None
    services.close()
    counts, indexed = _state(path)
    assert indexed and counts["action"] == 4 and counts["action_update"] >= 1

    before_index = migrate.revisions()["0011"]
    assert before_index is not None
    engine = _engine(path)
    migrate.downgrade(engine, before_index)
    engine.dispose()
    assert _state(path) == (counts, False)

    reopened = Services.open(path)  # upgrades to the head again
    try:
        assert len(reopened.actions.tracker()) == 4
    finally:
        reopened.close()
    engine = _engine(path)
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()
    assert _state(path) == (counts, True)
