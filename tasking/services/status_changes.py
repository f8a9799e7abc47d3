"""Setting the status of many actions at once: a few bulk statements, whatever their number.

The ORM would load each action, write it and its new update row and audit them one by one
(5,000 actions took 15 seconds). Here the actions are read with one SELECT, checked against the
versions the chair saw (any that moved are refused together, nothing written), changed with one
UPDATE executed for every row (each still checked against its version), their update rows and
audit entries added with one INSERT each. What undo needs is noted for an open recording
(``row_changes.note_rows``), and the audit entries join the hash chain as the ORM's would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from tasking.messages import Message
from tasking.models import Action, ActionUpdate
from tasking.models.audit import changed_fields, entry, snapshot, write_entries
from tasking.models.base import utcnow
from tasking.models.bulk_insert import insert_rows
from tasking.services.errors import ConflictError, ManyConflicts, NotFound
from tasking.services.row_changes import RowChange, is_recording, note_rows

Progress = Callable[[int, int], None]
# Ids per SELECT: well under the bound parameters SQLite and PostgreSQL allow in one statement.
READ_AT_ONCE = 10_000
STEPS = 4  # read, update, add update rows, audit: what progress counts


def action_table() -> Table:
    return Action.__table__  # type: ignore[return-value]


def update_table() -> Table:
    return ActionUpdate.__table__  # type: ignore[return-value]


def chunks(ids: Sequence[int], size: int = READ_AT_ONCE) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def read_rows(session: Session, table: Table, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """Whole rows by id (values by column name), locked for this transaction on PostgreSQL."""
    found: dict[int, dict[str, Any]] = {}
    connection = session.connection()
    for part in chunks(ids):
        query = select(table).where(table.c.id.in_(part)).with_for_update()
        for row in connection.execute(query).mappings():
            found[row["id"]] = dict(row)
    return found


def add_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert rows with one statement for them all; return their new ids, in order.

    On SQLite, inside the write lock this transaction holds, new rows take the ids after the
    largest (RETURNING in order would make SQLAlchemy insert them one at a time there).
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        added = connection.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
        )
        return list(added.scalars().all())
    before = connection.execute(select(func.max(table.c.id))).scalar() or 0
    insert_rows(connection, table, rows)
    ids = list(range(before + 1, before + 1 + len(rows)))
    last = connection.execute(select(func.max(table.c.id))).scalar()
    if last != ids[-1]:  # never expected: the ids were not the next ones
        raise RuntimeError(f"{table.name}: expected ids up to {ids[-1]}, found {last}")
    return ids


def set_status_many(
    session: Session,
    versions: Mapping[int, int],
    status: str,
    closed: bool,
    *,
    note: str,
    today: date,
    progress: Progress | None = None,
) -> int:
    """Set ``status`` on every action of ``versions`` (id: version seen); return how many changed.

    Refused with nothing written if any action is gone or was changed since (``ManyConflicts``
    names them all).
    """
    tell = progress or (lambda _done, _total: None)
    actions, updates = action_table(), update_table()
    ids = list(versions)
    total = len(ids) * STEPS
    tell(0, total)
    current = read_rows(session, actions, ids)
    missing = [i for i in ids if i not in current]
    if missing:
        raise NotFound(Message("action.gone", id=missing[0]))
    moved = [i for i in ids if current[i]["version"] != versions[i]]
    if moved:
        raise ManyConflicts("action", [current[i]["reference"] for i in moved], moved)
    changing = [current[i] for i in ids if current[i]["status"] != status]
    tell(len(ids), total)
    if not changing:
        return 0

    now = utcnow()
    completed_on = today if closed else None
    connection = session.connection()
    written = connection.execute(
        update(actions)
        .where(actions.c.id == bindparam("b_id"), actions.c.version == bindparam("b_version"))
        .values(
            status=status,
            completed_on=completed_on,
            version=actions.c.version + 1,
            updated_at=now,
        ),
        [{"b_id": row["id"], "b_version": row["version"]} for row in changing],
    )
    if written.rowcount != len(changing):  # changed between our read and write: all or none
        raise ConflictError("action", changing[0]["id"], changing[0]["version"], None)
    tell(2 * len(ids), total)

    user = session.info.get("user") or ""
    new_updates = [
        {
            "action_id": row["id"],
            "meeting_id": None,
            "noted_on": today,
            "note": note,
            "status_from": row["status"],
            "status_to": status,
            "recorded_by": user,
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }
        for row in changing
    ]
    for values, update_id in zip(new_updates, add_rows(session, updates, new_updates), strict=True):
        values["id"] = update_id
    tell(3 * len(ids), total)

    changes = {"status": status, "completed_on": completed_on}
    audit: list[dict[str, Any]] = [
        entry(session, "action_update", values["id"], "insert", new=snapshot(values), at=now)
        for values in new_updates
    ]
    for row in changing:
        for field, old, new in changed_fields(row, changes):
            audit.append(entry(session, "action", row["id"], "update", field, old, new, now))
    write_entries(session, audit)
    if is_recording(session):
        after = {**changes, "updated_at": now}
        note_rows(
            session,
            [
                RowChange(
                    "action",
                    (row["id"],),
                    row,
                    {**row, **after, "version": row["version"] + 1},
                )
                for row in changing
            ]
            + [RowChange("action_update", (v["id"],), None, dict(v)) for v in new_updates],
        )
    tell(total, total)
    return len(changing)
