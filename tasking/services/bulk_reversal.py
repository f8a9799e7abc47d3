"""Undo and redo of changes to many actions and their updates, in a few bulk statements.

``ReversalService.revert`` loads and writes every row through the ORM: right for an edit of a
few rows of any kind, a minute for a status change of thousands of actions. A change that
only edits actions and adds, removes or edits their update rows is put back here instead: the
rows read with one SELECT per table, compared with what the change left, and written back
with one statement per kind of write, audited (and hash-chained) as the ORM would audit them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, update
from sqlalchemy.orm import Session

from tasking.models.audit import changed_fields, entry, snapshot, write_entries
from tasking.models.base import utcnow
from tasking.services.errors import ConflictError
from tasking.services.row_changes import ChangeSet, Image, RowChange, is_recording, note_rows
from tasking.services.status_changes import action_table, chunks, read_rows, update_table

Progress = Callable[[int, int], None]
Same = Callable[[Image | None, Image | None], bool]
Refusal = Callable[[RowChange, Image | None], Exception]


def fits(changes: ChangeSet) -> bool:
    """Whether the change only edits actions (never adds or removes one) and their updates."""
    for row in changes.rows:
        if row.table == "action_update":
            continue
        if row.table != "action" or row.before is None or row.after is None:
            return False
    return True


def put_back(
    session: Session,
    changes: ChangeSet,
    same: Same,
    refuse: Refusal,
    progress: Progress | None = None,
) -> None:
    """Write every row of ``changes`` back as it was before, or refuse with nothing written."""
    tell = progress or (lambda _done, _total: None)
    total = len(changes.rows) * 2
    tables = {"action": action_table(), "action_update": update_table()}
    current: dict[str, dict[int, dict[str, Any]]] = {}
    for name, table in tables.items():
        ids = [int(r.key[0]) for r in changes.rows if r.table == name]
        current[name] = read_rows(session, table, ids) if ids else {}
    for row in changes.rows:
        image = current[row.table].get(int(row.key[0]))
        if not same(image, row.after):
            raise refuse(row, image)
    tell(total // 2, total)

    connection = session.connection()
    now = utcnow()  # one time for every entry, as the ORM's flush gives them
    audit: list[dict[str, Any]] = []
    noted: list[RowChange] = []
    for name, table in tables.items():
        rows = [r for r in changes.rows if r.table == name]
        found = current[name]
        removed = [r for r in rows if r.before is None]
        restored = [r for r in rows if r.after is None and r.before is not None]
        edited = [r for r in rows if r.after is not None and r.before is not None]
        if removed:
            ids = [int(r.key[0]) for r in removed]
            for part in chunks(ids):
                connection.execute(delete(table).where(table.c.id.in_(part)))
            for r in removed:
                was = dict(found[int(r.key[0])])
                audit.append(entry(session, name, was["id"], "delete", old=snapshot(was), at=now))
                noted.append(RowChange(name, r.key, was, None))
        if restored:
            values = [{**_written(r.before), "version": 1} for r in restored]
            connection.execute(insert(table), values)
            for v in values:
                audit.append(entry(session, name, v["id"], "insert", new=snapshot(v), at=now))
                noted.append(RowChange(name, (v["id"],), None, v))
        if edited:
            _write_back(session, table, name, edited, found, audit, noted, now)
    write_entries(session, audit)
    if is_recording(session):
        note_rows(session, noted)
    tell(total, total)


def _written(before: Image | None) -> dict[str, Any]:
    return {k: v for k, v in (before or {}).items() if k != "version"}


def _write_back(
    session: Session,
    table: Table,
    name: str,
    edited: list[RowChange],
    found: Mapping[int, dict[str, Any]],
    audit: list[dict[str, Any]],
    noted: list[RowChange],
    now: datetime,
) -> None:
    """One UPDATE per set of columns changed (one for a status change of any number of rows),
    each row checked against the version it was read at."""
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for r in edited:
        row = dict(found[int(r.key[0])])
        back = {c: v for c, v in _written(r.before).items() if c in row and row[c] != v}
        for field, old, new in changed_fields(row, back):
            audit.append(entry(session, name, row["id"], "update", field, old, new, now))
        noted.append(RowChange(name, r.key, row, {**row, **back, "version": row["version"] + 1}))
        values = {"b_id": row["id"], "b_version": row["version"]}
        values.update({f"b_{c}": v for c, v in back.items()})
        by_columns.setdefault(tuple(sorted(back)), []).append(values)
    connection = session.connection()
    for columns, parameters in by_columns.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version"))
            .values({**{c: bindparam(f"b_{c}") for c in columns}, "version": table.c.version + 1})
        )
        written = connection.execute(statement, parameters)
        if written.rowcount != len(parameters):  # changed between our read and write
            raise ConflictError(name, parameters[0]["b_id"], None, None)
