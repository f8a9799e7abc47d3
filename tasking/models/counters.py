"""Reference numbers: one counter row per area prefix and year, taken in the raising transaction.

Two chairs raising actions in one area at the same moment both lock the same counter row; the
second waits for the first to commit and then takes the next number, so neither is refused.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from tasking.models.base import Base


class ReferenceCounter(Base):
    """The last number given to an action of this area prefix in this year."""

    __tablename__ = "reference_counter"

    prefix: Mapped[str] = mapped_column(String(8), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


_CREATE = text(
    "INSERT INTO reference_counter (prefix, year, last_number) VALUES (:prefix, :year, 0) "
    "ON CONFLICT (prefix, year) DO NOTHING"
)
_LOCK = text(
    "SELECT last_number FROM reference_counter WHERE prefix = :prefix AND year = :year FOR UPDATE"
)
# Read after the lock is held: each statement sees what the chair before us committed.
_LAST = text(
    "SELECT COALESCE(MAX(ref_number), 0) FROM action "
    "WHERE ref_prefix = :prefix AND ref_year = :year"
)
_KEEP = text(
    "UPDATE reference_counter SET last_number = :number WHERE prefix = :prefix AND year = :year"
)


def take_reference_number(session: Session, prefix: str, year: int) -> int:
    """The next free number for ``prefix`` in ``year``; the counter stays locked until commit.

    The next free number follows the highest one in use, so a raise that was undone gives its
    number to the next raise, as it always did; the lock only makes chairs take turns.
    """
    connection = session.connection()
    values = {"prefix": prefix, "year": year}
    connection.execute(_CREATE, values)
    if connection.dialect.name != "sqlite":  # SQLite's write lock is already the whole file
        connection.execute(_LOCK, values)
    number = int(connection.execute(_LAST, values).scalar_one()) + 1
    connection.execute(_KEEP, {**values, "number": number})
    return number
