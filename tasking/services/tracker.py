"""The action tracker query: every action with its latest update and derived state, in one pass."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import and_, case, func, or_, select
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
    """Tracker rows, filtered in SQL; a few queries whatever the number of actions."""
    latest = (
        select(
            ActionUpdate.action_id,
            ActionUpdate.noted_on,
            ActionUpdate.note,
            func.row_number()
            .over(
                partition_by=ActionUpdate.action_id,
                order_by=(ActionUpdate.noted_on.desc(), ActionUpdate.id.desc()),
            )
            .label("rank"),
        )
        .where(ActionUpdate.note != "")
        .subquery()
    )
    last_any = (
        select(ActionUpdate.action_id, func.max(ActionUpdate.noted_on).label("last_on"))
        .group_by(ActionUpdate.action_id)
        .subquery()
    )
    since = func.coalesce(last_any.c.last_on, Action.raised_on)
    stalled = (
        select(
            ActionReview.action_id,
            func.sum(case((Meeting.held_on > since, 1), else_=0)).label("meetings"),
        )
        .join(Meeting, Meeting.id == ActionReview.meeting_id)
        .join(Action, Action.id == ActionReview.action_id)
        .outerjoin(last_any, last_any.c.action_id == Action.id)
        .where(Meeting.held_on <= today)
        .group_by(ActionReview.action_id)
        .subquery()
    )
    action_type = aliased(Term)
    status = aliased(Term)
    query = (
        select(
            Action,
            action_type.label,
            Area.name,
            Hotspot.name,
            Agency.name,
            Person.name,
            status.label,
            status.closed,
            latest.c.noted_on,
            latest.c.note,
            last_any.c.last_on,
            stalled.c.meetings,
        )
        .join(action_type, action_type.id == Action.action_type_id)
        .join(Area, Area.id == Action.area_id)
        .join(Agency, Agency.id == Action.owner_agency_id)
        .outerjoin(Hotspot, Hotspot.id == Action.hotspot_id)
        .outerjoin(Person, Person.id == Action.owner_person_id)
        .outerjoin(status, and_(status.kind == "action_status", status.code == Action.status))
        .outerjoin(latest, and_(latest.c.action_id == Action.id, latest.c.rank == 1))
        .outerjoin(last_any, last_any.c.action_id == Action.id)
        .outerjoin(stalled, stalled.c.action_id == Action.id)
        .order_by(Action.ref_prefix, Action.ref_year, Action.ref_number)
    )
    if ids is not None:
        query = query.where(Action.id.in_(list(ids)))
    if area_id is not None:
        query = query.where(Action.area_id == area_id)
    if agency_id is not None:
        query = query.where(Action.owner_agency_id == agency_id)
    if hotspot_id is not None:
        query = query.where(Action.hotspot_id == hotspot_id)
    if raised_at_id is not None:
        query = query.where(Action.raised_at_id == raised_at_id)
    if open_only:
        query = query.where(or_(status.closed.is_(None), status.closed.is_(False)))
    rows = []
    for (
        a,
        type_label,
        area,
        hotspot,
        agency,
        person,
        status_label,
        closed,
        _last_note_on,
        last_note,
        last_on,
        meetings,
    ) in session.execute(query).tuples():
        closed = bool(closed)
        waiting = int(meetings or 0)
        rows.append(
            ActionRow(
                id=a.id,
                uid=a.uid,
                reference=a.reference,
                description=a.description,
                action_type_id=a.action_type_id,
                action_type=type_label,
                area_id=a.area_id,
                area=area,
                hotspot_id=a.hotspot_id,
                hotspot=hotspot or "",
                owner_agency_id=a.owner_agency_id,
                owner_agency=agency,
                owner_person_id=a.owner_person_id,
                owner_person=person or "",
                raised_at_id=a.raised_at_id,
                raised_on=a.raised_on,
                due_on=a.due_on,
                status=a.status,
                status_label=status_label or a.status,
                closed=closed,
                completed_on=a.completed_on,
                outcome=a.outcome,
                last_update_on=last_on,
                last_update=last_note or "",
                meetings_without_update=waiting,
                overdue=is_overdue(closed, a.due_on, today),
                rag=rag(closed, a.due_on, today, waiting),
                version=a.version,
            )
        )
    return rows
