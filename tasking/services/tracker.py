"""The action tracker query: every action with its latest update and derived state.

Three flat queries joined in Python: on 30,000 actions this is several times faster in SQLite
than window functions and grouped subqueries, and it reads the same on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, select
from sqlalchemy.orm import Session, aliased

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
    statuses = status_terms(session)
    connection = session.connection()  # plain rows: ORM loading costs more than the query

    # The latest update of each action (any kind) and the latest note written.
    updates = select(ActionUpdate.action_id, ActionUpdate.noted_on, ActionUpdate.note).order_by(
        ActionUpdate.action_id, ActionUpdate.noted_on, ActionUpdate.id
    )
    if selected is not None:
        updates = updates.where(ActionUpdate.action_id.in_(selected))
    last_on: dict[int, date] = {}
    last_note: dict[int, str] = {}
    for action_id, noted_on, note in connection.execute(updates).all():
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
    reviewed: dict[int, list[date]] = {}
    for action_id, held_on in connection.execute(reviews).all():
        reviewed.setdefault(action_id, []).append(held_on)

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
    rows = []
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
    ) in connection.execute(query).all():
        term = statuses.get(status)
        closed = bool(term and term.closed)
        since: date | None = last_on.get(id_, raised_on)
        waiting = len([on for on in reviewed.get(id_, ()) if since is None or on > since])
        rows.append(
            ActionRow(
                id=id_,
                uid=uid,
                reference=reference,
                description=description,
                action_type_id=type_id,
                action_type=type_label,
                area_id=area_id_,
                area=area,
                hotspot_id=hotspot_id_,
                hotspot=hotspot or "",
                owner_agency_id=agency_id_,
                owner_agency=agency,
                owner_person_id=person_id,
                owner_person=person or "",
                raised_at_id=raised_at,
                raised_on=raised_on,
                due_on=due_on,
                status=status,
                status_label=term.label if term else status,
                closed=closed,
                completed_on=completed_on,
                outcome=outcome,
                last_update_on=last_on.get(id_),
                last_update=last_note.get(id_, ""),
                meetings_without_update=waiting,
                overdue=is_overdue(closed, due_on, today),
                rag=rag(closed, due_on, today, waiting),
                version=version,
            )
        )
    return rows
