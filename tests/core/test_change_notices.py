"""On a shared server, a change of many rows reaches the other chairs as a few notices."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import create_engine

from tasking.models.notifications import CHANNEL, conninfo, parse
from tasking.services import Services
from tests.core.conftest import POSTGRES_URL, TODAY, _empty_postgres

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not POSTGRES_URL, reason="TASKING_TEST_POSTGRES_URL is not set"),
]


def _raise_one(services: Services) -> int:
    p = services.partnership
    return services.actions.raise_action(
        description="Patrol the parade", action_type_id=p.terms("action_type")[0].id,
        owner_agency_id=p.agencies()[0].id, area_id=p.areas()[0].id,
    ).id  # fmt: skip


def _heard(listener: psycopg.Connection) -> list[str]:
    return [note.payload for note in listener.notifies(timeout=1.0, stop_after=10_000)]


def test_a_statement_of_1200_rows_is_three_notices_naming_every_row() -> None:
    url = _empty_postgres(POSTGRES_URL or "")
    services = Services.open(url, today=lambda: TODAY, create=True)
    engine = create_engine(url)
    try:
        action_id = _raise_one(services)
        with psycopg.connect(**conninfo(url), autocommit=True) as listener:
            listener.execute(f"LISTEN {CHANNEL}")
            with engine.begin() as connection:
                inserted = connection.exec_driver_sql(
                    "INSERT INTO action_update"
                    " (action_id, noted_on, note, recorded_by, created_at, updated_at, version)"
                    f" SELECT {action_id}, DATE '2025-06-01', 'Visited ' || n, '', now(), now(), 1"
                    " FROM generate_series(1, 1200) AS n RETURNING id"
                ).scalars()
                ids = sorted(inserted)
            notices = [parse(payload) for payload in _heard(listener)]
            changes = [found[0] for found in notices if found is not None]
            of_updates = [c for c in changes if c.table == "action_update"]
            assert len(of_updates) == 3
            assert all(c.operation == "insert" for c in of_updates)
            assert sorted(i for c in of_updates for i in c.record_ids) == ids

            with engine.begin() as connection:
                connection.exec_driver_sql(
                    f"UPDATE action SET description = 'Patrol the parade & shops'"
                    f" WHERE id = {action_id}"
                )
                connection.exec_driver_sql("UPDATE action SET description = '' WHERE id < 0")
            changes = [found[0] for p in _heard(listener) if (found := parse(p)) is not None]
            assert [(c.table, c.operation, c.record_ids) for c in changes] == [
                ("action", "update", (action_id,))
            ]  # and a statement that changed nothing says nothing
    finally:
        engine.dispose()
        services.close()
