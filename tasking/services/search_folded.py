"""Matching folded words in SQL, for searching without the SQLite index (PostgreSQL above all).

PostgreSQL's ``lower()`` follows the database's locale (ASCII only under ``C``), ``unaccent``
is an extension a council's server may not have, and ``translate()`` with every accented
letter is far too slow over a large table. So the text is left as it is and each folded word
becomes a regular expression that matches every way of writing it: each letter as the class
of the letters tasking.folding.fold makes it from ("o" is [oOóÓòø…]), the letters
spelled out in two ("ss" also ß), and the marks ``fold`` drops allowed after each letter
(decomposed accents, Urdu's vowel marks, Gurmukhi's virama). The classes are built from
``fold`` itself, so the server matches what the search words were folded to. An SQLite
without FTS5 is given ``fold`` as a function on the connection instead, and LIKE.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import cache

from sqlalchemy import BindParameter, ColumnElement, func
from sqlalchemy.orm import Session

from tasking.folding import SPELLED_OUT, fold

# (a text column, the word's pattern) -> the condition that the column holds the word
Matches = Callable[[ColumnElement[str], BindParameter[str]], ColumnElement[bool]]

# Latin, Greek, Cyrillic, Arabic (Urdu), Gurmukhi, combining marks, Latin Extended
# Additional, ligatures, full-width forms.
_RANGES = (
    (0x20, 0x7E),
    (0xA0, 0x24F),
    (0x300, 0x36F),
    (0x370, 0x52F),
    (0x600, 0x6FF),
    (0xA00, 0xA7F),
    (0x1E00, 0x1EFF),
    (0xFB00, 0xFB06),
    (0xFF01, 0xFF5E),
)
_SPECIAL_IN_CLASS = set("\\^]-[")


@cache
def _letters() -> tuple[dict[str, frozenset[str]], str]:
    """Each folded letter's ways of being written, and the class of the marks fold drops."""
    ways: dict[str, set[str]] = defaultdict(set)
    dropped: list[int] = []
    for low, high in _RANGES:
        for point in range(low, high + 1):
            made = fold(chr(point))
            if len(made) == 1:
                ways[made].add(chr(point))
            elif not made:
                dropped.append(point)
    return {k: frozenset(v) for k, v in ways.items()}, _ranges_class(dropped)


def _ranges_class(points: list[int]) -> str:
    runs: list[tuple[int, int]] = []
    for point in sorted(points):
        if runs and point == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], point)
        else:
            runs.append((point, point))
    body = "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)
    return f"[{body}]*" if body else ""


def _class(letter: str) -> str:
    ways, _marks = _letters()
    found = sorted(ways.get(letter, frozenset()) | {letter})
    escaped = "".join(f"\\{c}" if c in _SPECIAL_IN_CLASS else c for c in found)
    return f"[{escaped}]"


def word_regex(word: str) -> str:
    """A PostgreSQL regular expression for text whose folding holds ``word`` (folded)."""
    _ways, marks = _letters()
    twos = [(spelled.lower(), letter) for letter, spelled in SPELLED_OUT if len(spelled) > 1]
    parts: list[str] = []
    at = 0
    while at < len(word):
        for spelled, _letter in twos:
            if word.startswith(spelled, at):
                written = {w for s, w in twos if s == spelled}
                plain = "".join(_class(c) + marks for c in spelled)
                parts.append(f"(?:{plain}|[{''.join(sorted(written))}]{marks})")
                at += len(spelled)
                break
        else:
            parts.append(_class(word[at]) + marks)
            at += 1
    return "".join(parts)


def like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


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


def word_pattern(dialect: str, word: str) -> str:
    return like_pattern(word) if dialect == "sqlite" else word_regex(word)


def matcher(dialect: str) -> Matches:
    """How a text column is matched against a word's pattern in SQL of ``dialect``."""
    if dialect == "sqlite":
        return lambda column, pattern: func.tasking_fold(column).like(pattern, escape="\\")
    return lambda column, pattern: column.op("~")(pattern)
