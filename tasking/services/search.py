"""Searching the record: one search across meetings, notes, decisions, actions and updates.

On SQLite the words are looked up in the FTS5 index the triggers keep
(tasking.models.search_index); on PostgreSQL, or an SQLite without FTS5, the tables are
matched through folded text in SQL. Both find the same things: every word typed must begin a
word of the text, ignoring case and accents ("wrob" finds Wróbel), newest first. Items the
chair marked confidential are found (the chair's views show them) and say so, unless the
caller asks to leave them out, as the minutes for wider circulation do.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from tasking.models import search_index
from tasking.models.database import Database
from tasking.services.search_folded import matcher, prepare_folding, word_pattern
from tasking.services.search_sources import BY_CODE, SOURCES, Matcher
from tasking.services.search_text import (
    Snippet,
    find_marks,
    fts_query,
    index_words,
    snippet,
    words,
)

log = logging.getLogger(__name__)

Key = tuple[int, int, date | None]  # (the kind's code, the record's id, its date)
EPOCH = date(1900, 1, 1)  # day 0 of the index's keys

DEFAULT_LIMIT = 50
KINDS = tuple(s.kind for s in SOURCES)
# Without the index, rows are matched as substrings and then checked for word beginnings:
# read this many times the rows wanted, so the check rarely leaves fewer than asked for.
_OVERREAD = 4


@dataclass(frozen=True)
class SearchHit:
    """One place in the record where the words were found."""

    kind: str  # one of KINDS
    record_id: int
    dated: date | None  # the meeting's date, the update's, the action raised, the nomination
    area: str
    meeting_id: int | None  # the meeting it belongs to or was reported at
    action_id: int | None
    hotspot_id: int | None
    label: str  # the action's reference, the hotspot's name, the meeting's venue
    text: str  # the whole text searched, its parts on separate lines
    snippet: Snippet
    confidential: bool


class SearchService:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._checked = False
        self._use_index = False

    # --- the index -----------------------------------------------------------------------
    def uses_index(self) -> bool:
        """Whether searches use SQLite's FTS5 index (checked, and mended, on first use)."""
        if not self._checked:
            self._use_index = self._check_index()
            self._checked = True
        return self._use_index

    def _check_index(self) -> bool:
        if not self._database.is_sqlite:
            return False
        with self._database.read() as session:
            connection = session.connection()
            if not search_index.exists(connection) or not search_index.is_available(connection):
                return False
            in_step = search_index.indexed_rows(connection) == search_index.expected_rows(
                connection
            )
        if in_step:
            return True
        if self._database.read_only:
            log.warning("The search index is out of step and the file read-only: searching rows")
            return False
        log.warning("The search index was out of step with the records: rebuilding it")
        self.rebuild()
        return True

    def rebuild(self) -> int:
        """Index every record's text again (made if missing): the rows indexed, 0 without FTS5."""
        if not self._database.is_sqlite:
            return 0
        with self._database.write(audit=False) as session:
            connection = session.connection()
            if not search_index.exists(connection):
                made = search_index.create(connection)
                self._checked = False
                if not made:
                    return 0
            count = search_index.fill(connection)
        self._checked, self._use_index = True, True
        log.info("Search index rebuilt: %s rows", count)
        return count

    # --- searching -----------------------------------------------------------------------
    def search(
        self, typed: str, limit: int = DEFAULT_LIMIT, *, leave_out_confidential: bool = False
    ) -> list[SearchHit]:
        """The places the words typed are found, newest first; nothing for no words."""
        wanted = words(typed)
        if not wanted or limit <= 0:
            return []
        use_index = self.uses_index()
        with self._database.read() as session:
            if use_index:
                return self._found_in_index(session, typed, wanted, limit, leave_out_confidential)
            keys = self._found_in_rows(session, wanted, limit, leave_out_confidential)
            return self._details(session, keys, wanted, True, leave_out_confidential)[:limit]

    def _found_in_index(
        self, session: Session, typed: str, wanted: list[str], limit: int, leave_out: bool
    ) -> list[SearchHit]:
        """The index's rows come newest first: read the first few, more only if some are
        left out (confidential, or a record deleted outside Tasking)."""
        query = fts_query(index_words(typed))
        if not query:
            return []
        count = limit
        while True:
            keys = [_key(k) for k in session.execute(_NEWEST, {"match": query, "count": count})]
            hits = self._details(session, keys, wanted, False, leave_out)
            if len(hits) >= limit or len(keys) < count:
                return hits[:limit]
            count *= 4

    def _found_in_rows(
        self, session: Session, wanted: list[str], limit: int, leave_out: bool
    ) -> list[Key]:
        dialect = prepare_folding(session)
        statement = _rows_statement(dialect, len(wanted), leave_out)
        values: dict[str, object] = {
            f"w{n}": word_pattern(dialect, w) for n, w in enumerate(wanted)
        }
        values["limit"] = limit * _OVERREAD
        return [(int(c), int(i), d) for c, i, d in session.execute(statement, values)]

    def _details(
        self, session: Session, keys: list[Key], wanted: list[str], strict: bool, leave_out: bool
    ) -> list[SearchHit]:
        by_code: dict[int, list[int]] = {}
        for code, record_id, _dated in keys:
            by_code.setdefault(code, []).append(record_id)
        rows: dict[tuple[int, int], tuple[Any, ...]] = {}
        for code, ids in by_code.items():
            for found in session.execute(BY_CODE[code].details(ids, leave_out)):
                rows[(code, int(found[0]))] = tuple(found)
        hits: list[SearchHit] = []
        for code, record_id, dated in keys:
            shown = rows.get((code, record_id))
            if shown is None:
                continue
            source = BY_CODE[code]
            _id, confidential, meeting_id, action_id, hotspot_id, area, label, *texts = shown
            text = "\n".join(t for t in texts if t)
            marks = find_marks(text, wanted)
            if marks is None and strict:
                continue  # a substring, not the beginning of a word
            hits.append(
                SearchHit(
                    kind=source.kind,
                    record_id=record_id,
                    dated=dated,
                    area=str(area or ""),
                    meeting_id=meeting_id,
                    action_id=action_id,
                    hotspot_id=hotspot_id,
                    label=str(label or ""),
                    text=text,
                    snippet=snippet(text, marks or []),
                    confidential=bool(confidential),
                )
            )
        return hits


def _newest(matches: Matcher, leave_out: bool) -> Select[Any]:
    """The newest ``limit`` rows of each kind, then the newest ``limit`` of them all.

    Limiting each kind first lets SQLite keep only the newest rows while it reads a kind's
    matches, instead of sorting every match of a common word.
    """
    limit = bindparam("limit", type_=Integer)
    kinds = []
    for source in SOURCES:
        found = source.found(matches, leave_out)
        columns = found.selected_columns
        newest = found.order_by(columns.dated.desc(), columns.id.desc()).limit(limit)
        kinds.append(select(newest.subquery()))
    every = union_all(*kinds).subquery()
    return (
        select(every.c.code, every.c.id, every.c.dated)
        .order_by(every.c.dated.desc(), every.c.code.desc(), every.c.id.desc())
        .limit(limit)
    )


# Newest first: the rowid leads with the date (tasking.models.search_index).
_NEWEST = text(
    f"SELECT rowid FROM {search_index.TABLE} WHERE {search_index.TABLE} MATCH :match "
    "ORDER BY rowid DESC LIMIT :count"
)


def _key(row: Any) -> Key:
    day, code, record_id = search_index.decode(int(row[0]))
    return code, record_id, EPOCH + timedelta(days=day)


@cache
def _rows_statement(dialect: str, count: int, leave_out: bool) -> Select[Any]:
    """Rows whose text holds every word (``w0``, ``w1``... patterns of search_folded)."""
    holds = matcher(dialect)

    def matches(_code: int, _id: Any, texts: Sequence[Any]) -> ColumnElement[bool]:
        patterns = [bindparam(f"w{n}", type_=String) for n in range(count)]
        return and_(*(or_(*(holds(t, p) for t in texts)) for p in patterns))

    return _newest(matches, leave_out)
