"""What a use case changed, row by row, so that undo can put every row back exactly.

While a recording is open on a database, each unit of work notes the first image of every row
it touches (``before``: as the transaction found it, None if the row is new) and the last one
(``after``: as it committed it, None if deleted). Undo then writes ``before`` back: the same
values, dates and row ids, with no new rows beside them. Rows of many-to-many link tables are
not tracked (no edit undone this way changes them).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, event, inspect
from sqlalchemy.orm import Mapper, Session

from tasking.models import AuditEntry, Base
from tasking.models.database import Database

Image = Mapping[str, Any]


@dataclass(frozen=True)
class RowChange:
    table: str
    key: tuple[Any, ...]  # primary key values
    before: Image | None  # None: the row did not exist before
    after: Image | None  # None: the row no longer exists after


@dataclass(frozen=True)
class ChangeSet:
    """Every row one edit (one or more units of work) changed, in the order first touched."""

    rows: tuple[RowChange, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.rows)

    def then(self, later: ChangeSet) -> ChangeSet:
        """This change followed by ``later``: the first before and the last after of each row."""
        merged: dict[tuple[str, tuple[Any, ...]], RowChange] = {
            (r.table, r.key): r for r in self.rows
        }
        for row in later.rows:
            earlier = merged.get((row.table, row.key))
            before = earlier.before if earlier is not None else row.before
            merged[(row.table, row.key)] = RowChange(row.table, row.key, before, row.after)
        return ChangeSet(tuple(r for r in merged.values() if r.before != r.after))


def table_name(mapper: Mapper[Any]) -> str:
    return cast(Table, mapper.local_table).name


def image(obj: Base) -> dict[str, Any]:
    """The column values of a loaded row, by attribute name."""
    mapper = inspect(obj).mapper
    return {c.key: getattr(obj, c.key) for c in mapper.column_attrs}


def _first_image(obj: Base) -> dict[str, Any]:
    """The row as the transaction found it: current values under any pending changes."""
    state = inspect(obj)
    values = image(obj)
    for key, original in state.committed_state.items():
        if key in values:
            values[key] = original
    return values


@dataclass
class Recording:
    """The changes made while it was open, across any number of units of work."""

    changes: ChangeSet = field(default_factory=ChangeSet)


class _Tracker:
    """Follows the rows one session touches."""

    def __init__(self) -> None:
        self.touched: dict[int, tuple[Base, dict[str, Any] | None]] = {}

    def note(self, session: Session) -> None:
        with session.no_autoflush:
            for obj in session.new:
                if isinstance(obj, Base) and not isinstance(obj, AuditEntry):
                    self.touched.setdefault(id(obj), (obj, None))
            for obj in [*session.dirty, *session.deleted]:
                fresh = isinstance(obj, Base) and id(obj) not in self.touched
                if fresh and (obj in session.deleted or session.is_modified(obj)):
                    self.touched[id(obj)] = (obj, _first_image(obj))

    def changes(self, session: Session) -> ChangeSet:
        rows = []
        for obj, before in self.touched.values():
            state = inspect(obj)
            after = None if state.deleted or state.was_deleted or state.detached else image(obj)
            if before == after:
                continue
            key = tuple(state.mapper.primary_key_from_instance(obj))
            rows.append(RowChange(table_name(state.mapper), key, before, after))
        return ChangeSet(tuple(rows))


_recordings: dict[int, list[Recording]] = {}
_WRITTEN_IN_BULK = "tasking_rows_written_in_bulk"


def is_recording(session: Session) -> bool:
    """Whether a recording wants this unit of work's rows (so a bulk writer notes them)."""
    return _WRITTEN_IN_BULK in session.info


def note_rows(session: Session, rows: list[RowChange]) -> None:
    """Rows a bulk statement changed, which the ORM's flush never sees, for the recordings."""
    if _WRITTEN_IN_BULK in session.info:
        session.info[_WRITTEN_IN_BULK].extend(rows)


@contextmanager
def recording(database: Database) -> Iterator[Recording]:
    """Collect what the units of work on ``database`` change until the block ends."""
    record = Recording()
    _recordings.setdefault(id(database), []).append(record)
    try:
        yield record
    finally:
        stack = _recordings[id(database)]
        stack.remove(record)
        if not stack:
            del _recordings[id(database)]


@contextmanager
def tracked(database: Database, session: Session) -> Iterator[Recording]:
    """Around a unit of work: note its row changes for the open recordings (see ``publish``)."""
    made = Recording()
    if not _recordings.get(id(database)):
        yield made
        return
    tracker = _Tracker()
    in_bulk: list[RowChange] = []
    session.info[_WRITTEN_IN_BULK] = in_bulk

    def before_flush(s: Session, _context: object, _instances: object) -> None:
        tracker.note(s)

    event.listen(session, "before_flush", before_flush)
    try:
        yield made
        session.flush()
        made.changes = ChangeSet(tracker.changes(session).rows + tuple(in_bulk))
    finally:
        event.remove(session, "before_flush", before_flush)
        session.info.pop(_WRITTEN_IN_BULK, None)


def publish(database: Database, made: Recording) -> None:
    """Once committed, hand a unit of work's changes to every recording open on ``database``."""
    for record in _recordings.get(id(database), []):
        record.changes = record.changes.then(made.changes)
