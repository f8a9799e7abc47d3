"""The tracker's rows made from the driver's rows: names, labels, dates and derived state.

A loop over 30,000 rows, so each step in it is a look-up in a table worked out once (names by
id, dates by their text, a status and due date's state), and each row one ``tuple.__new__``.
Made column by column with ``map`` and ``zip`` instead, the same rows took longer (measured).
The tables are plain dicts: Python looks a key up in a plain dict faster than in a subclass
(one with ``__missing__``), which about halved the loop's time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from tasking.services.rag import STALLED_AFTER_MEETINGS, is_overdue, rag
from tasking.services.views import ActionRow


class Dates(dict[Any, Any]):
    """Dates as stored to dates, each converted once: 30,000 rows share about a hundred due
    dates. SQLite keeps ISO text (``convert`` is ``date.fromisoformat``); PostgreSQL's driver
    gives dates already (``convert`` None: each is itself)."""

    def __init__(self, convert: Callable[[Any], Any] | None) -> None:
        super().__init__({None: None})
        self._convert = convert

    def __missing__(self, value: Any) -> Any:
        made = self[value] = value if self._convert is None else self._convert(value)
        return made


class _Named(dict[Any, str]):
    """Names by id; an id with none (not expected) is named ""."""

    def __missing__(self, _id: Any) -> str:
        return ""


class _States(dict[Any, dict[Any, tuple[str, bool, Any, bool, str]]]):
    """(label, closed, due date, overdue, RAG) by status code, then by the due date as
    stored: what a row's status and due date decide, worked out once for each pair (30,000
    rows share a few hundred), for rows stalled or not as ``stalled`` says."""

    def __init__(
        self,
        statuses: dict[str, tuple[str, bool]],
        dates: Dates,
        today: date,
        stalled: bool,
    ) -> None:
        super().__init__()
        self._statuses, self._dates, self._today = statuses, dates, today
        self._waiting = STALLED_AFTER_MEETINGS if stalled else 0

    def __missing__(self, status: Any) -> dict[Any, tuple[str, bool, Any, bool, str]]:
        label, closed = self._statuses.get(status) or (status, False)
        made = self[status] = _DueStates(
            label, bool(closed), self._dates, self._today, self._waiting
        )
        return made


class _DueStates(dict[Any, tuple[str, bool, Any, bool, str]]):
    def __init__(self, label: str, closed: bool, dates: Dates, today: date, waiting: int):
        super().__init__()
        self._label, self._closed, self._dates = label, closed, dates
        self._today, self._waiting = today, waiting

    def __missing__(self, due_on: Any) -> tuple[str, bool, Any, bool, str]:
        due, closed, today = self._dates[due_on], self._closed, self._today
        overdue, colour = is_overdue(closed, due, today), rag(closed, due, today, self._waiting)
        made = self[due_on] = (self._label, closed, due, overdue, colour)
        return made


def built(
    actions: list[tuple[Any, ...]],
    waiting_of: dict[int, int],
    today: date,
    statuses: dict[str, tuple[str, bool]],
    dates: Dates,
    names: tuple[dict[Any, str], ...],
) -> list[ActionRow]:
    """The tracker rows from the driver's rows, with names, labels and derived state;
    ``waiting_of`` has the meetings since the latest update of each action with any."""
    # Overdue and RAG depend on the status, the due date and being stalled only.
    states = (
        _States(statuses, dates, today, stalled=False),
        _States(statuses, dates, today, stalled=True),
    )
    try:  # plain dicts: Python's fastest look-up, for the names every row refers to
        return _made(actions, waiting_of, states, dates, names)
    except KeyError:  # a name missing (not expected: the keys say otherwise): named ""
        return _made(actions, waiting_of, states, dates, tuple(map(_Named, names)))


def _made(
    actions: list[tuple[Any, ...]],
    waiting_of: dict[int, int],
    states: tuple[_States, _States],  # of rows not stalled, and stalled
    dates: Dates,
    names: tuple[dict[Any, str], ...],
) -> list[ActionRow]:
    types, areas, agencies, hotspots, people = names
    # What rows share, in plain dicts (Python's fastest look-up) filled as a row first needs
    # it: a state by being stalled, status and due date; a date by its stored value.
    known: tuple[dict[Any, dict[Any, tuple[str, bool, Any, bool, str]]], ...] = ({}, {})
    known_dates: dict[Any, Any] = {None: None}

    def state_of(stalled: bool, status: Any, due_on: Any) -> tuple[str, bool, Any, bool, str]:
        made = states[stalled][status][due_on]
        known[stalled].setdefault(status, {})[due_on] = made
        return made

    def date_of(value: Any) -> Any:
        made = known_dates[value] = dates[value]
        return made

    stalled_after = STALLED_AFTER_MEETINGS
    make = tuple.__new__  # the named tuple's fields in order, without its keyword __new__
    rows: list[ActionRow] = []
    append = rows.append
    for (
        id_,
        uid,
        reference,
        description,
        type_id,
        area_id_,
        hotspot_id_,
        agency_id_,
        person_id,
        raised_at,
        raised_on,
        due_on,
        status,
        completed_on,
        outcome,
        version,
        last,
        note,
    ) in actions:
        waiting = waiting_of.get(id_, 0)
        stalled = waiting >= stalled_after
        try:
            label, closed, due, overdue, colour = known[stalled][status][due_on]
            raised, completed, last_on = (
                known_dates[raised_on],
                known_dates[completed_on],
                known_dates[last],
            )
        except KeyError:  # the first row with one of these: worked out once
            label, closed, due, overdue, colour = state_of(stalled, status, due_on)
            raised, completed, last_on = date_of(raised_on), date_of(completed_on), date_of(last)
        append(
            make(
                ActionRow,
                (
                    id_,
                    uid,
                    reference,
                    description,
                    type_id,
                    types[type_id],
                    area_id_,
                    areas[area_id_],
                    hotspot_id_,
                    hotspots[hotspot_id_],
                    agency_id_,
                    agencies[agency_id_],
                    person_id,
                    people[person_id],
                    raised_at,
                    raised,
                    due,
                    status,
                    label,
                    closed,
                    completed,
                    outcome,
                    last_on,
                    note or "",
                    waiting,
                    overdue,
                    colour,
                    version,
                ),
            )
        )
    return rows
