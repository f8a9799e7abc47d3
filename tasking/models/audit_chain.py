"""A tamper-evident audit trail on SQLite: each row carries a hash chained to the one before.

A chair's own file cannot be made tamper-proof, but a change made to it behind Tasking's back
(a value edited, a row deleted or inserted, a hash cleared) breaks the chain, and opening the
database says so. On a shared PostgreSQL server the trail is protected by permissions instead.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, select

from tasking.models.audit import AuditEntry

_LAST = "tasking_audit_chain_last"
_FIELDS = (
    "at",
    "user",
    "record_type",
    "record_id",
    "operation",
    "kind",
    "field",
    "old_value",
    "new_value",
)
# Columns the database fills with "" when an insert leaves them out: hashed as stored.
_EMPTY_DEFAULTS = frozenset({"kind", "field"})
_EMPTY_AT = tuple(i for i, name in enumerate(_FIELDS) if name in _EMPTY_DEFAULTS)
GENESIS = "0" * 64
_STORED_AT = "%Y-%m-%d %H:%M:%S.%f"  # SQLAlchemy's text form of a datetime on SQLite


def _canonical(value: Any) -> Any:
    if isinstance(value, datetime):  # as SQLite keeps it, so the check reads the text as is
        return _stored_text(value)
    return value


@lru_cache(maxsize=64)
def _stored_text(value: datetime) -> str:
    """A bulk change writes thousands of entries with one time: its text is made once."""
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime(_STORED_AT)


def _link(previous: str, values: Iterable[Any]) -> str:
    content = json.dumps([previous, *values], ensure_ascii=False)
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def link(previous: str, row: Mapping[str, Any]) -> str:
    """The hash of one row, bound to the hash of the row before it."""
    values = [row.get(f) for f in _FIELDS]
    for i in _EMPTY_AT:
        if values[i] is None:
            values[i] = ""
    return _link(previous, [_canonical(v) if isinstance(v, datetime) else v for v in values])


def is_chained(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def forget_last(connection: Connection) -> None:
    """A new transaction reads the last hash from the file again."""
    connection.info.pop(_LAST, None)


def chain(connection: Connection, rows: Iterable[dict[str, Any]]) -> None:
    """Give each row (about to be inserted, in id order) its chained hash."""
    previous = connection.info.get(_LAST)
    if previous is None:
        last = connection.execute(
            select(AuditEntry.chain).order_by(AuditEntry.id.desc()).limit(1)
        ).scalar()
        previous = last or GENESIS
    for row in rows:
        row["chain"] = previous = link(previous, row)
    connection.info[_LAST] = previous


@dataclass(frozen=True)
class ChainCheck:
    checked: int
    broken_at: int | None  # the id of the first row that does not follow, if any

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def check_chain(connection: Connection) -> ChainCheck:
    """Walk the trail in order; rows from before the chain began (no hash at all) are skipped."""
    # The stored text, read without conversion: a large trail is checked in a fraction of
    # the time the mapped columns would take.
    columns = ", ".join(f'"{f}"' for f in _FIELDS)
    result = connection.exec_driver_sql(f"SELECT id, chain, {columns} FROM audit_entry ORDER BY id")
    previous: str | None = None
    checked = 0
    for record_id, stored, *values in result:
        if previous is None and stored is None:
            continue  # written before this version kept hashes
        expected = _link(previous or GENESIS, values)
        if stored != expected:
            return ChainCheck(checked, int(record_id))
        previous = expected
        checked += 1
    return ChainCheck(checked, None)


def chain_warning(connection: Connection, where: str) -> str | None:
    """The warning to give on opening a file whose trail has been changed, or None."""
    if not is_chained(connection):
        return None
    found = check_chain(connection)
    if found.intact:
        return None
    return (
        f"The audit trail of {where} has been changed outside Tasking: entry {found.broken_at} "
        "does not follow the one before it (an entry was edited, removed or inserted). "
        "The records may not be as Tasking left them; keep a copy of this file and tell "
        "whoever is responsible for it."
    )
