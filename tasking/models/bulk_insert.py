"""Inserting thousands of rows in one statement executed for them all, through the driver.

SQLAlchemy's executemany converts every value of every row through the column's type in
Python (a bulk status change writes 20,000 rows, most with the same timestamps). Here each
column's converter is taken once, a value repeated on many rows (the change's time) is
converted once, and the driver receives the rows as they are stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Table, insert


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT ``rows`` (all with the same keys, by column name) into ``table``."""
    if not rows:
        return
    dialect = connection.dialect
    names = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=names)
    converters = {name: _converter(table.c[name].type.bind_processor(dialect)) for name in names}
    converted = [{name: converters[name](row[name]) for name in names} for row in rows]
    if compiled.positional:
        order = list(compiled.positiontup or ())
        connection.exec_driver_sql(
            compiled.string, [tuple(row[name] for name in order) for row in converted]
        )
    else:
        connection.exec_driver_sql(compiled.string, converted)


def _converter(process: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
    if process is None:
        return _same
    seen: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        if not isinstance(value, datetime | date):
            return process(value)
        if value not in seen:  # dates and times repeat across a bulk change's rows
            seen[value] = process(value)
        return seen[value]

    return convert


def _same(value: Any) -> Any:
    return value
