"""Meetings as listed: each one's heading facts and its counts, newest first."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from tasking.models import Action, ActionReview, Attendance, Meeting, Person
from tasking.services.unit import fetch
from tasking.services.views import MeetingSummary


def person_name(person: Person | None) -> str:
    return person.name if person else ""


def summaries(
    session: Session, area_id: int | None = None, limit: int | None = None
) -> list[MeetingSummary]:
    """Meetings, newest first, with how many attended, were reviewed and were raised."""
    present = (
        select(Attendance.meeting_id, func.count().label("n"))
        .where(Attendance.status == "present")
        .group_by(Attendance.meeting_id)
        .subquery()
    )
    reviewed = (
        select(ActionReview.meeting_id, func.count().label("n"))
        .group_by(ActionReview.meeting_id)
        .subquery()
    )
    raised = (
        select(Action.raised_at_id, func.count().label("n"))
        .group_by(Action.raised_at_id)
        .subquery()
    )
    query = (
        select(Meeting, present.c.n, reviewed.c.n, raised.c.n)
        .options(selectinload(Meeting.area), selectinload(Meeting.chair))
        .outerjoin(present, present.c.meeting_id == Meeting.id)
        .outerjoin(reviewed, reviewed.c.meeting_id == Meeting.id)
        .outerjoin(raised, raised.c.raised_at_id == Meeting.id)
        .order_by(Meeting.held_on.desc(), Meeting.id.desc())
    )
    if area_id is not None:
        query = query.where(Meeting.area_id == area_id)
    if limit is not None:
        query = query.limit(limit)
    return [_summary(m, p or 0, r or 0, n or 0) for m, p, r, n in session.execute(query)]


def summary(session: Session, meeting_id: int) -> MeetingSummary:
    """One meeting's heading facts (area, date, state, marking, version) without its reviews."""
    m = fetch(session, Meeting, meeting_id)
    raised = session.scalar(
        select(func.count()).select_from(Action).where(Action.raised_at_id == m.id)
    )
    present = sum(1 for a in m.attendance if a.status == "present")
    return _summary(m, present, len(m.reviews), raised or 0)


def _summary(m: Meeting, present: int, reviewed: int, raised: int) -> MeetingSummary:
    return MeetingSummary(
        id=m.id,
        area_id=m.area_id,
        area=m.area.name,
        held_on=m.held_on,
        venue=m.venue,
        chair=person_name(m.chair),
        state=m.state,
        marking=m.marking,
        present=present,
        reviewed=reviewed,
        raised=raised,
        version=m.version,
    )
