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
# GREATEST: actions written without the counter (the demo's bulk rows, an older version)
# are never numbered over.
_TAKE = (
    "UPDATE reference_counter SET last_number = {greatest}(last_number, "
    "(SELECT COALESCE(MAX(ref_number), 0) FROM action "
    "WHERE ref_prefix = :prefix AND ref_year = :year)) + 1 "
    "WHERE prefix = :prefix AND year = :year RETURNING last_number"
)


def take_reference_number(session: Session, prefix: str, year: int) -> int:
    """The next number for ``prefix`` in ``year``; the row stays locked until the commit."""
    connection = session.connection()
    greatest = "GREATEST" if connection.dialect.name == "postgresql" else "MAX"
    values = {"prefix": prefix, "year": year}
    connection.execute(_CREATE, values)
    number = connection.execute(text(_TAKE.format(greatest=greatest)), values).scalar_one()
    return int(number)
