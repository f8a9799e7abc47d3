"""The audit trail: every insert, change and deletion, recorded in the same transaction."""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Index, Integer, String, Text, event, inspect
from sqlalchemy.orm import ColumnProperty, Mapped, RelationshipProperty, Session, mapped_column

from tasking.models.base import Base, utcnow

# Bookkeeping columns: their changes say nothing a reader of the trail needs.
_SKIPPED = frozenset({"version", "created_at", "updated_at"})


class AuditEntry(Base):
    """One changed value: who (the OS user), when, which record and field, old and new."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_record", "record_type", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(100))
    record_type: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[int | None] = mapped_column(Integer)
    operation: Mapped[str] = mapped_column(String(20))  # insert, update or delete
    # "undo" or "redo" when the change put rows back as an undo or redo; "" for an edit.
    kind: Mapped[str] = mapped_column(String(20), default="", server_default="")
    field: Mapped[str] = mapped_column(String(60), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    # SQLite: a hash of this row and the previous row's hash (tasking.models.audit_chain).
    chain: Mapped[str | None] = mapped_column(String(64))


def os_user() -> str:
    """The account the operating system runs Tasking as (not $USER, which anyone can set)."""
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError):  # Windows, or an account without a passwd entry
        pass
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (some service accounts)
        return "unknown"


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Base):
        name = getattr(value, "label", None) or getattr(value, "name", None)
        return str(name or getattr(value, "id", ""))
    return str(value)


def _snapshot(obj: Base) -> str:
    columns = inspect(obj).mapper.column_attrs
    return snapshot({c.key: getattr(obj, c.key) for c in columns})


def snapshot(values: Mapping[str, Any]) -> str:
    """A whole row as the trail keeps it on insert and delete (``values`` by attribute name)."""
    kept = {key: _text(value) for key, value in values.items() if key not in _SKIPPED}
    return json.dumps(kept, ensure_ascii=False, sort_keys=True)


def changed_fields(
    old: Mapping[str, Any], new: Mapping[str, Any]
) -> list[tuple[str, str | None, str | None]]:
    """The (field, old, new) entries an update of a row from ``old`` to ``new`` leaves."""
    return [
        (key, _text(old.get(key)), _text(value))
        for key, value in new.items()
        if key not in _SKIPPED and old.get(key) != value
    ]


def entry(
    session: Session,
    record_type: str,
    record_id: int | None,
    operation: str,
    field: str = "",
    old: str | None = None,
    new: str | None = None,
    at: datetime | None = None,
) -> dict[str, Any]:
    """One audit row for a change written without the ORM (see ``write_entries``); ``at``
    is the change's time, one for all its entries as the ORM's flush gives them."""
    user = session.info.get("user") or session.info.setdefault("user", os_user())
    return {
        "at": at or utcnow(),
        "user": user,
        "record_type": record_type,
        "record_id": record_id,
        "operation": operation,
        "kind": session.info.get("audit_kind") or "",
        "field": field,
        "old_value": old,
        "new_value": new,
    }


def write_entries(session: Session, rows: list[dict[str, Any]]) -> None:
    """Add audit rows, in order, to the trail: chained on SQLite, one INSERT for them all.

    For bulk statements, which the ORM's flush (``_record_audit``) never sees.
    """
    if not rows or not session.info.get("audit", True):
        return
    from tasking.models import audit_chain
    from tasking.models.bulk_insert import insert_rows

    connection = session.connection()
    if audit_chain.is_chained(connection):
        audit_chain.chain(connection, rows)
    insert_rows(connection, AuditEntry.__table__, rows)  # type: ignore[arg-type]


def _changes(obj: Base) -> list[tuple[str, str | None, str | None]]:
    state = inspect(obj)
    found: list[tuple[str, str | None, str | None]] = []
    for prop in state.mapper.attrs:
        if prop.key in _SKIPPED:
            continue
        is_column = isinstance(prop, ColumnProperty)
        is_collection = isinstance(prop, RelationshipProperty) and prop.secondary is not None
        if not (is_column or is_collection):
            continue
        history = state.attrs[prop.key].history
        if not history.has_changes():
            continue
        if is_collection:
            kept = list(history.unchanged or ())
            before = sorted(_text(v) or "" for v in kept + list(history.deleted or ()))
            after = sorted(_text(v) or "" for v in kept + list(history.added or ()))
            found.append((prop.key, ", ".join(before), ", ".join(after)))
        else:
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                found.append((prop.key, _text(old), _text(new)))
    return found


@event.listens_for(Session, "after_flush")
def _record_audit(session: Session, _context: object) -> None:
    if not session.info.get("audit", True):
        return
    user = session.info.setdefault("user", os_user())
    kind = session.info.get("audit_kind") or ""
    now = utcnow()
    rows: list[dict[str, Any]] = []

    def add(obj: Base, operation: str, field: str, old: str | None, new: str | None) -> None:
        rows.append(
            {
                "at": now,
                "user": user,
                "record_type": obj.__tablename__,
                "record_id": getattr(obj, "id", None),
                "operation": operation,
                "kind": kind,
                "field": field,
                "old_value": old,
                "new_value": new,
            }
        )

    for obj in session.new:
        if isinstance(obj, Base) and not isinstance(obj, AuditEntry):
            add(obj, "insert", "", None, _snapshot(obj))
    for obj in session.dirty:
        if isinstance(obj, Base) and session.is_modified(obj):
            for field, old, new in _changes(obj):
                add(obj, "update", field, old, new)
    for obj in session.deleted:
        if isinstance(obj, Base):
            add(obj, "delete", "", _snapshot(obj), None)
    write_entries(session, rows)


@event.listens_for(Session, "after_begin")
def _fresh_chain(_session: Session, _transaction: object, connection: Connection) -> None:
    from tasking.models import audit_chain

    audit_chain.forget_last(connection)


@event.listens_for(AuditEntry, "before_insert")
def _chain_added_entry(_mapper: object, connection: Connection, entry: AuditEntry) -> None:
    """An entry a use case adds itself (a reopening's reason) joins the chain too."""
    from tasking.models import audit_chain

    if audit_chain.is_chained(connection):
        at: datetime | None = entry.at  # unset until the insert, unless the use case gave it
        entry.at = at or utcnow()
        entry.field = entry.field or ""
        entry.kind = entry.kind or ""
        values = {f: getattr(entry, f) for f in ("at", "user", "record_type", "record_id")}
        values.update(
            operation=entry.operation,
            kind=entry.kind,
            field=entry.field,
            old_value=entry.old_value,
            new_value=entry.new_value,
        )
        audit_chain.chain(connection, [values])
        entry.chain = values["chain"]
