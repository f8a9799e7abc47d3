"""Undo and redo that put the rows back exactly as they were, recorded as an undo in the audit.

An edit is made inside ``recording()``; its ``ChangeSet`` is what ``revert`` takes back.
Reverting refuses (``ConflictError``) when any of those rows has changed since, so someone
else's later change is never overwritten; it returns the change it made, whose revert is
the redo.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

from tasking.models import Base, Meeting
from tasking.models.database import Database
from tasking.services import bulk_reversal
from tasking.services.bulk_reversal import Progress
from tasking.services.errors import ConflictError
from tasking.services.row_changes import (
    ChangeSet,
    Image,
    Recording,
    RowChange,
    image,
    recording,
    table_name,
)
from tasking.services.unit import RECORD_NAMES, require_draft, unit_of_work

# Bookkeeping: the version counter moves on with every write, and when a row was last touched
# says nothing about whether someone else changed it.
_NOT_COMPARED = frozenset({"version", "updated_at"})
_NOT_WRITTEN = frozenset({"version"})


def _mapped_classes() -> dict[str, type[Base]]:
    return {table_name(m): m.class_ for m in Base.registry.mappers}


def _same(current: Image | None, expected: Image | None) -> bool:
    if current is None or expected is None:
        return current is None and expected is None
    return all(current.get(k) == v for k, v in expected.items() if k not in _NOT_COMPARED)


def _refuse(row: RowChange, current: Image | None) -> ConflictError:
    name = RECORD_NAMES.get(row.table, row.table)
    record_id = int(row.key[0]) if len(row.key) == 1 else 0
    expected = (row.after or {}).get("version")
    return ConflictError(name, record_id, expected, (current or {}).get("version"))


def _put_back(session: Session, cls: type[Base], row: RowChange, obj: Base | None) -> None:
    if row.before is None:
        if obj is not None:
            session.delete(obj)
        return
    values: dict[str, Any] = {k: v for k, v in row.before.items() if k not in _NOT_WRITTEN}
    if obj is None:
        session.add(cls(**values))
        return
    for key, value in values.items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)


def _require_drafts(session: Session, changes: ChangeSet) -> None:
    """What was recorded at a meeting is put back only while its minutes are a draft."""
    meeting_ids = {
        values["meeting_id"]
        for row in changes.rows
        if row.table != "minutes_snapshot"
        for values in (row.before, row.after)
        if values is not None and values.get("meeting_id") is not None
    }
    for meeting_id in sorted(meeting_ids):
        meeting = session.get(Meeting, meeting_id)
        if meeting is not None:
            require_draft(meeting)


class ReversalService:
    def __init__(self, database: Database) -> None:
        self._db = database

    @contextmanager
    def recording(self) -> Iterator[Recording]:
        """Collect every row the use cases called in this block change, for ``revert``."""
        with recording(self._db) as record:
            yield record

    def revert(
        self, changes: ChangeSet, kind: str = "undo", progress: Progress | None = None
    ) -> ChangeSet:
        """Put every row of ``changes`` back as it was before; return what that changed.

        ``kind`` ("undo" or "redo") is written on the audit entries. Refused, with nothing
        changed, if any of the rows is no longer as ``changes`` left it, or if they were
        recorded at a meeting that is no longer a draft.
        """
        with recording(self._db) as record, unit_of_work(self._db, kind=kind) as session:
            if bulk_reversal.fits(changes):  # actions and their updates: in bulk statements
                _require_drafts(session, changes)
                bulk_reversal.put_back(session, changes, _same, _refuse, progress)
            else:
                _put_back_each(session, changes)
        return record.changes


def _put_back_each(session: Session, changes: ChangeSet) -> None:
    """Any rows at all, through the ORM, one at a time."""
    classes = _mapped_classes()
    found = []
    for row in changes.rows:
        cls = classes[row.table]
        obj = session.get(cls, row.key)
        current = image(obj) if obj is not None else None
        if not _same(current, row.after):
            raise _refuse(row, current)
        found.append((cls, row, obj))
    _require_drafts(session, changes)
    for cls, row, obj in reversed(found):
        _put_back(session, cls, row, obj)
