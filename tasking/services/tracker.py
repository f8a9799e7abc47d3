"""The action tracker query: every action with its latest update and derived state.

Three flat queries joined in Python: on 30,000 actions this is several times faster in SQLite
than window functions and grouped subqueries, and it reads the same on PostgreSQL. They are
read straight from the driver's cursor (plain tuples, no result rows or type conversion on
every value; dates turned from text once, on SQLite only) into named tuples: the read costs
little more than the driver's own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ClauseElement

from tasking.models import (
    Action,
    ActionReview,
    ActionUpdate,
    Agency,
    Area,
    Hotspot,
    Meeting,
    Person,
    Term,
)
from tasking.services.rag import is_overdue, rag
from tasking.services.views import ActionRow


def status_terms(session: Session, kind: str = "action_status") -> dict[str, Term]:
    return {t.code: t for t in session.scalars(select(Term).where(Term.kind == kind))}


def closed_statuses(session: Session, kind: str = "action_status") -> set[str]:
    return {code for code, term in status_terms(session, kind).items() if term.closed}


def _selected(
    session: Session,
    ids: Iterable[int] | None,
    area_id: int | None,
    agency_id: int | None,
    hotspot_id: int | None,
    raised_at_id: int | None,
    open_only: bool,
) -> Select[int] | None:
    """The ids of the wanted actions as a subquery, or None for every action."""
    conditions: list[ColumnElement[bool]] = []
    if ids is not None:
        conditions.append(Action.id.in_(list(ids)))
    if area_id is not None:
        conditions.append(Action.area_id == area_id)
    if agency_id is not None:
        conditions.append(Action.owner_agency_id == agency_id)
    if hotspot_id is not None:
        conditions.append(Action.hotspot_id == hotspot_id)
    if raised_at_id is not None:
        conditions.append(Action.raised_at_id == raised_at_id)
    if open_only:
        conditions.append(Action.status.not_in(closed_statuses(session)))
    return select(Action.id).where(and_(*conditions)) if conditions else None


def _plain_rows(connection: Connection, query: ClauseElement) -> list[tuple[Any, ...]]:
    """The query's rows as the driver gives them, in this transaction.

    Every value is written into the SQL (ids, status codes and a date only), so the cursor
    needs no parameters in either driver's style.
    """
    sql = query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(sql))
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _as_date(connection: Connection) -> Callable[[Any], Any]:
    """SQLite keeps dates as ISO text; PostgreSQL's driver already gives dates."""
    return date.fromisoformat if connection.dialect.name == "sqlite" else _same


def _same(value: Any) -> Any:
    return value


def action_rows(
    session: Session,
    today: date,
    *,
    ids: Iterable[int] | None = None,
    area_id: int | None = None,
    agency_id: int | None = None,
    hotspot_id: int | None = None,
    raised_at_id: int | None = None,
    open_only: bool = False,
) -> list[ActionRow]:
    """Tracker rows, filtered in SQL, in reference order."""
    selected = _selected(session, ids, area_id, agency_id, hotspot_id, raised_at_id, open_only)
    statuses = {code: (t.label, t.closed) for code, t in status_terms(session).items()}
    connection = session.connection()
    as_date = _as_date(connection)

    action_type = aliased(Term)
    query = (
        select(
            Action.id,
            Action.uid,
            Action.reference,
            Action.description,
            Action.action_type_id,
            action_type.label,
            Action.area_id,
            Area.name,
            Action.hotspot_id,
            Hotspot.name,
            Action.owner_agency_id,
            Agency.name,
            Action.owner_person_id,
            Person.name,
            Action.raised_at_id,
            Action.raised_on,
            Action.due_on,
            Action.status,
            Action.completed_on,
            Action.outcome,
            Action.version,
        )
        .join(action_type, action_type.id == Action.action_type_id)
        .join(Area, Area.id == Action.area_id)
        .join(Agency, Agency.id == Action.owner_agency_id)
        .outerjoin(Hotspot, Hotspot.id == Action.hotspot_id)
        .outerjoin(Person, Person.id == Action.owner_person_id)
        .order_by(Action.ref_prefix, Action.ref_year, Action.ref_number)
    )
    if selected is not None:
        query = query.where(Action.id.in_(selected))
    actions = _plain_rows(connection, query)

    # The latest update of each action (any kind) and the latest note written, in the order
    # of the (action_id, noted_on, id) index: the last one read of each action wins.
    updates = select(ActionUpdate.action_id, ActionUpdate.noted_on, ActionUpdate.note).order_by(
        ActionUpdate.action_id, ActionUpdate.noted_on, ActionUpdate.id
    )
    if selected is not None:
        updates = updates.where(ActionUpdate.action_id.in_(selected))
    last_on: dict[int, Any] = {}
    last_note: dict[int, str] = {}
    for action_id, noted_on, note in _plain_rows(connection, updates):
        last_on[action_id] = noted_on
        if note:
            last_note[action_id] = note

    # Meetings the action was reviewed at (up to today), to see whether it has stalled.
    reviews = (
        select(ActionReview.action_id, Meeting.held_on)
        .join(Meeting, Meeting.id == ActionReview.meeting_id)
        .where(Meeting.held_on <= today)
    )
    if selected is not None:
        reviews = reviews.where(ActionReview.action_id.in_(selected))
    # Counted against each action's latest update (or its raising), dates as stored: a count
    # per action rather than a list of dates kept for each.
    raised_on_of = {row[0]: row[15] for row in actions}
    waiting_of: dict[int, int] = {}
    for action_id, held_on in _plain_rows(connection, reviews):
        since = last_on.get(action_id, raised_on_of.get(action_id))
        if since is not None and held_on > since:
            waiting_of[action_id] = waiting_of.get(action_id, 0) + 1

    make = tuple.__new__  # the named tuple's fields in order, without its keyword __new__
    rows: list[ActionRow] = []
    append = rows.append
    for (
        id_,
        uid,
        reference,
        description,
        type_id,
        type_label,
        area_id_,
        area,
        hotspot_id_,
        hotspot,
        agency_id_,
        agency,
        person_id,
        person,
        raised_at,
        raised_on,
        due_on,
        status,
        completed_on,
        outcome,
        version,
    ) in actions:
        label, closed = statuses.get(status) or (status, False)
        waiting = waiting_of.get(id_, 0)
        last = last_on.get(id_)
        due = as_date(due_on) if due_on is not None else None
        append(
            make(
                ActionRow,
                (
                    id_,
                    uid,
                    reference,
                    description,
                    type_id,
                    type_label,
                    area_id_,
                    area,
                    hotspot_id_,
                    hotspot or "",
                    agency_id_,
                    agency,
                    person_id,
                    person or "",
                    raised_at,
                    as_date(raised_on),
                    due,
                    status,
                    label,
                    bool(closed),
                    as_date(completed_on) if completed_on is not None else None,
                    outcome,
                    as_date(last) if last is not None else None,
                    last_note.get(id_, ""),
                    waiting,
                    is_overdue(closed, due, today),
                    rag(closed, due, today, waiting),
                    version,
                ),
            )
        )
    return rows
