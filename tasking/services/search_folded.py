"""Folded text in SQL, for searching without the SQLite index (PostgreSQL above all).

PostgreSQL's ``lower()`` follows the database's locale (ASCII only under ``C``) and
``unaccent`` is an extension a council's server may not have, so the folding is written out:
``translate()`` maps each letter to what tasking.services.folding.fold makes of it (deleting
the marks it drops), after ``replace()`` has spelled out the letters that become two. The
table is built from ``fold`` itself, so the server folds as the search words were folded.
An SQLite without FTS5 is given ``fold`` as a function on the connection instead.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from sqlalchemy import ColumnElement, func
from sqlalchemy.orm import Session

from tasking.models.search_index import SPELLED_OUT
from tasking.services.folding import fold

Folded = Callable[[ColumnElement[str]], ColumnElement[str]]

# Latin, Greek, Cyrillic, Arabic (Urdu), Gurmukhi, Latin Extended Additional, ligatures,
# full-width forms; ASCII capitals too, so no locale is needed.
_RANGES = (
    (0x41, 0x5A),
    (0xA0, 0x24F),
    (0x300, 0x36F),
    (0x370, 0x52F),
    (0x600, 0x6FF),
    (0xA00, 0xA7F),
    (0x1E00, 0x1EFF),
    (0xFB00, 0xFB06),
    (0xFF01, 0xFF5E),
)


@cache
def translation() -> tuple[str, str, str]:
    """(from, to, deleted): ``translate(text, from || deleted, to)`` folds one letter each."""
    source: list[str] = []
    target: list[str] = []
    deleted: list[str] = []
    for low, high in _RANGES:
        for point in range(low, high + 1):
            letter = chr(point)
            made = fold(letter)
            if made == letter or len(made) > 1:
                continue
            if made:
                source.append(letter)
                target.append(made)
            else:
                deleted.append(letter)
    return "".join(source), "".join(target), "".join(deleted)


def _postgres(column: ColumnElement[str]) -> ColumnElement[str]:
    spelled: ColumnElement[str] = column
    for letter, written in SPELLED_OUT:
        if len(written) > 1:
            spelled = func.replace(spelled, letter, written.lower())
    source, target, deleted = translation()
    return func.lower(func.translate(spelled, source + deleted, target))


def _sqlite_fold(value: str | None) -> str | None:
    return None if value is None else fold(value)


def prepare_folding(session: Session) -> str:
    """Make folding available in this session's database; its dialect's name."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        raw = connection.connection.driver_connection
        if raw is not None:
            raw.create_function("tasking_fold", 1, _sqlite_fold, deterministic=True)
    return connection.dialect.name


def folded_sql(dialect: str) -> Folded:
    """How to fold a text column in SQL of ``dialect``."""
    if dialect == "sqlite":
        return lambda column: func.tasking_fold(column)
    return _postgres
