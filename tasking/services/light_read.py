"""A first look at an SQLite database with the standard library only, while the ORM loads.

The app paints the meetings list from this read (tens of milliseconds) and opens the database
properly (checks, backups, migrations) on a worker thread meanwhile. Anything unusual — a
server URL, a missing or foreign file, a hot journal, a schema this query does not fit — gives
None, and the app waits for the normal path instead: the first look only ever shows what the
full open would show a moment later, and never writes.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tasking.services.views import AreaView, MeetingSummary

ENV_VARIABLE = "TASKING_DATABASE"  # the same variable tasking.models.database reads
APPLICATION_ID = 0x5441534B  # PRAGMA application_id of a Tasking file ("TASK")

MEETINGS_SQL = """
SELECT m.id, m.area_id, a.name, m.held_on, m.venue, COALESCE(p.name, ''), m.state, m.marking,
       COALESCE(present.n, 0), COALESCE(reviewed.n, 0), COALESCE(raised.n, 0), m.version
FROM meeting AS m
JOIN area AS a ON a.id = m.area_id
LEFT JOIN person AS p ON p.id = m.chair_id
LEFT JOIN (SELECT meeting_id, count(*) AS n FROM attendance WHERE status = 'present'
           GROUP BY meeting_id) AS present ON present.meeting_id = m.id
LEFT JOIN (SELECT meeting_id, count(*) AS n FROM action_review
           GROUP BY meeting_id) AS reviewed ON reviewed.meeting_id = m.id
LEFT JOIN (SELECT raised_at_id, count(*) AS n FROM action
           GROUP BY raised_at_id) AS raised ON raised.raised_at_id = m.id
ORDER BY m.held_on DESC, m.id DESC
"""


@dataclass(frozen=True, slots=True)
class FirstLook:
    """What the first screen shows: the partnership's name, its areas and every meeting."""

    path: Path
    partnership: str
    areas: list[AreaView]
    meetings: list[MeetingSummary]


def sqlite_file(target: str | os.PathLike[str] | None) -> Path | None:
    """The SQLite file ``--database`` (or the environment, or the default) names; None for a URL."""
    chosen = target if target is not None else os.environ.get(ENV_VARIABLE) or None
    if chosen is None:
        from platformdirs import user_data_path

        return user_data_path("Tasking", appauthor=False) / "tasking.sqlite"
    text = os.fspath(chosen).strip()
    if not text or "://" in text or text == ":memory:":
        return None
    return Path(text).expanduser().resolve()


class _ReadAhead:
    """One first look read on a thread, started before the window's libraries load."""

    def __init__(self, target: str | os.PathLike[str] | None) -> None:
        self.target = target
        self.look: FirstLook | None = None
        self.thread = threading.Thread(target=self._run, name="first-look", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        self.look = _first_look(self.target)


_ahead: list[_ReadAhead] = []


def read_ahead(target: str | os.PathLike[str] | None) -> None:
    """Start reading the first look now; ``first_look(target)`` later collects it.

    SQLite does its work without holding Python's lock, so the read overlaps the seconds'
    fraction the program spends loading Qt.
    """
    _ahead[:] = [_ReadAhead(target)]


def first_look(target: str | os.PathLike[str] | None) -> FirstLook | None:
    """The meetings list read straight from an SQLite file, or None if it cannot be done safely."""
    if _ahead and _ahead[0].target == target:
        ahead = _ahead.pop()
        ahead.thread.join()
        return ahead.look
    return _first_look(target)


def _first_look(target: str | os.PathLike[str] | None) -> FirstLook | None:
    path = sqlite_file(target)
    if path is None or not path.is_file():
        return None
    journal = Path(f"{path}-journal")
    if journal.exists() and journal.stat().st_size > 0:  # a crash to recover first: not ours
        return None
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        return _read(connection, path)
    except (sqlite3.Error, ValueError, TypeError, IndexError):
        return None
    finally:
        connection.close()


def _read(connection: sqlite3.Connection, path: Path) -> FirstLook | None:
    if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        return None
    connection.execute("BEGIN")  # one snapshot for the three reads
    name_row = connection.execute("SELECT name FROM partnership WHERE id = 1").fetchone()
    if name_row is None:
        return None
    areas = [
        AreaView(*row)
        for row in connection.execute("SELECT id, code, name, prefix FROM area ORDER BY name")
    ]
    meetings = [
        MeetingSummary(
            id=row[0],
            area_id=row[1],
            area=row[2],
            held_on=date.fromisoformat(row[3]),
            venue=row[4],
            chair=row[5],
            state=row[6],
            marking=row[7],
            present=row[8],
            reviewed=row[9],
            raised=row[10],
            version=row[11],
        )
        for row in connection.execute(MEETINGS_SQL)
    ]
    connection.execute("COMMIT")
    return FirstLook(path, name_row[0], areas, meetings)
