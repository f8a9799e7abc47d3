"""Raising actions, allocating their references, recording progress and changing status."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasking.messages import Message
from tasking.models import Action, ActionReview, ActionUpdate, Area, Hotspot, Meeting, Term
from tasking.models.counters import take_reference_number
from tasking.models.database import Database
from tasking.services import status_changes
from tasking.services.changes import ActionChanges
from tasking.services.errors import NotFound, ValidationError
from tasking.services.rules import DUE_PERIOD
from tasking.services.status_changes import Progress
from tasking.services.tracker import action_rows, closed_statuses, status_terms
from tasking.services.unit import apply_changes, fetch, require_draft, unit_of_work
from tasking.services.views import ActionDetail, ActionRow, UpdateView


def allocate_reference(session: Session, prefix: str, year: int) -> tuple[str, int]:
    """The next free reference for an area and year, e.g. ARB-2025-014.

    Taken from the area's counter row inside the write transaction, so chairs raising actions
    in one area at once on a shared server each get their own number.
    """
    number = take_reference_number(session, prefix, year)
    return f"{prefix}-{year}-{number:03d}", number


def update_view(update: ActionUpdate) -> UpdateView:
    meeting = update.meeting
    return UpdateView(
        id=update.id,
        action_id=update.action_id,
        noted_on=update.noted_on,
        note=update.note,
        status_from=update.status_from,
        status_to=update.status_to,
        meeting_id=update.meeting_id,
        meeting=f"{meeting.area.name} {meeting.held_on:%d/%m/%Y}" if meeting else "",
        recorded_by=update.recorded_by,
        version=update.version,
        action_version=update.action.version,
    )


def _check_status(session: Session, status: str) -> Term:
    term = status_terms(session).get(status)
    if term is None:
        raise ValidationError(Message("action.unknown_status", status=status))
    return term


def _record(
    session: Session,
    action: Action,
    *,
    note: str,
    status: str | None,
    noted_on: date,
    meeting: Meeting | None,
) -> ActionUpdate:
    if meeting is not None:
        require_draft(meeting)
    if not note.strip() and (status is None or status == action.status):
        raise ValidationError(Message("action.empty_update"))
    status_from = None
    if status is not None and status != action.status:
        term = _check_status(session, status)
        status_from = action.status
        action.status = status
        action.completed_on = noted_on if term.closed else None
    else:
        status = None
    update = ActionUpdate(
        action=action,
        meeting=meeting,
        noted_on=noted_on,
        note=note,
        status_from=status_from,
        status_to=status,
        recorded_by=session.info.get("user") or "",
    )
    session.add(update)
    session.flush()
    return update


def record_progress(
    session: Session, action: Action, *, note: str, status: str | None, noted_on: date
) -> ActionUpdate:
    """Progress reported between meetings, inside the caller's transaction (an import)."""
    return _record(session, action, note=note, status=status, noted_on=noted_on, meeting=None)


def _take_back(session: Session, update: ActionUpdate) -> None:
    """Delete an update, restoring the status it set if nothing changed the action since."""
    if update.meeting is not None:
        require_draft(update.meeting)
    action = update.action
    if update.status_to is not None and action.status == update.status_to:
        action.status = update.status_from or "open"
        if action.status not in closed_statuses(session):
            action.completed_on = None
    action.updates.remove(update)
    session.delete(update)


class ActionService:
    def __init__(self, database: Database, today: Callable[[], date] = date.today) -> None:
        self._db = database
        self._today = today

    # --- reading -------------------------------------------------------------------------
    def tracker(
        self,
        *,
        ids: Iterable[int] | None = None,
        area_id: int | None = None,
        agency_id: int | None = None,
        hotspot_id: int | None = None,
        raised_at_id: int | None = None,
        open_only: bool = False,
    ) -> list[ActionRow]:
        """Tracker rows in reference order; each filter given narrows them (see action_rows)."""
        with self._db.read() as session:
            return action_rows(
                session,
                self._today(),
                ids=ids,
                area_id=area_id,
                agency_id=agency_id,
                hotspot_id=hotspot_id,
                raised_at_id=raised_at_id,
                open_only=open_only,
            )

    def row(self, action_id: int) -> ActionRow:
        with self._db.read() as session:
            rows = action_rows(session, self._today(), ids=[action_id])
        if not rows:
            raise NotFound(Message("action.gone", id=action_id))
        return rows[0]

    def detail(self, action_id: int) -> ActionDetail:
        with self._db.read() as session:
            action = fetch(session, Action, action_id)
            rows = action_rows(session, self._today(), ids=[action_id])
            reviewed = session.execute(
                select(Meeting.id, Meeting.held_on)
                .join(ActionReview, ActionReview.meeting_id == Meeting.id)
                .where(ActionReview.action_id == action_id)
                .order_by(Meeting.held_on)
            ).all()
            raised_at = action.raised_at
            return ActionDetail(
                row=rows[0],
                asb_power_id=action.asb_power_id,
                asb_power=action.asb_power.label if action.asb_power else "",
                raised_at=f"{raised_at.area.name} {raised_at.held_on:%d/%m/%Y}"
                if raised_at
                else "",
                updates=[update_view(u) for u in action.updates],
                reviewed_at=[(meeting_id, held_on) for meeting_id, held_on in reviewed],
            )

    # --- use cases -----------------------------------------------------------------------
    def raise_action(
        self,
        *,
        description: str,
        action_type_id: int,
        owner_agency_id: int,
        area_id: int | None = None,
        hotspot_id: int | None = None,
        owner_person_id: int | None = None,
        due_on: date | None = None,
        meeting_id: int | None = None,
        asb_power_id: int | None = None,
        raised_on: date | None = None,
        confidential: bool = False,
    ) -> ActionRow:
        if not description.strip():
            raise ValidationError(Message("action.no_description"))
        with unit_of_work(self._db) as session:
            meeting = fetch(session, Meeting, meeting_id) if meeting_id is not None else None
            if meeting is not None:
                require_draft(meeting)
            hotspot = fetch(session, Hotspot, hotspot_id) if hotspot_id is not None else None
            area_id = (
                area_id
                or (hotspot.area_id if hotspot else None)
                or (meeting.area_id if meeting else None)
            )
            if area_id is None:
                raise ValidationError(Message("action.no_area"))
            area = fetch(session, Area, area_id)
            raised_on = raised_on or (meeting.held_on if meeting else self._today())
            if due_on is None:
                due_on = (meeting.next_meeting_on if meeting else None) or (raised_on + DUE_PERIOD)
            reference, number = allocate_reference(session, area.prefix, raised_on.year)
            action = Action(
                reference=reference,
                ref_prefix=area.prefix,
                ref_year=raised_on.year,
                ref_number=number,
                description=description.strip(),
                action_type_id=action_type_id,
                asb_power_id=asb_power_id,
                area_id=area.id,
                hotspot_id=hotspot_id,
                owner_agency_id=owner_agency_id,
                owner_person_id=owner_person_id,
                raised_at_id=meeting_id,
                raised_on=raised_on,
                due_on=due_on,
                status="open",
                confidential=confidential,
            )
            session.add(action)
            session.flush()
            action_id = action.id
        return self.row(action_id)

    def edit(self, action_id: int, expected_version: int, changes: ActionChanges) -> ActionRow:
        with unit_of_work(self._db) as session:
            action = fetch(session, Action, action_id, expected_version)
            if isinstance(changes.description, str) and not changes.description.strip():
                raise ValidationError(Message("action.no_description"))
            apply_changes(action, changes.changed())
        return self.row(action_id)

    def record_update(
        self,
        action_id: int,
        expected_version: int,
        *,
        note: str = "",
        status: str | None = None,
        noted_on: date | None = None,
        meeting_id: int | None = None,
    ) -> UpdateView:
        """Progress reported by the owner: a dated note and/or a change of status."""
        with unit_of_work(self._db) as session:
            action = fetch(session, Action, action_id, expected_version)
            meeting = fetch(session, Meeting, meeting_id) if meeting_id is not None else None
            noted_on = noted_on or (meeting.held_on if meeting else self._today())
            update = _record(
                session, action, note=note, status=status, noted_on=noted_on, meeting=meeting
            )
            return update_view(update)

    def set_status(
        self,
        action_id: int,
        expected_version: int,
        status: str,
        *,
        note: str = "",
        meeting_id: int | None = None,
    ) -> UpdateView:
        return self.record_update(
            action_id, expected_version, note=note, status=status, meeting_id=meeting_id
        )

    def set_status_many(
        self,
        versions: dict[int, int],
        status: str,
        note: str = "",
        progress: Progress | None = None,
    ) -> int:
        """Change the status of many actions at once: all or none, in a few bulk statements.

        ``versions`` are the versions the chair saw; if any action was changed since, all the
        changed ones are named (``ManyConflicts``) and nothing is written. Returns how many
        actions changed (those already at ``status`` are left alone).
        """
        with unit_of_work(self._db) as session:
            term = _check_status(session, status)
            return status_changes.set_status_many(
                session,
                versions,
                status,
                term.closed,
                note=note,
                today=self._today(),
                progress=progress,
            )

    def set_meeting_update(
        self,
        action_id: int,
        meeting_id: int,
        *,
        note: str,
        status: str | None,
        expected_version: int | None = None,
    ) -> UpdateView | None:
        """Make what was reported at a meeting exactly (note, status), in one transaction.

        Replaces the meeting's earlier update of the action (restoring the status it set), so
        the chair can change or undo a review without leaving half a change behind.
        ``expected_version`` is the action's version the review started from: if an officer
        (or another chair) changed the action since, the review is refused with a conflict.
        """
        with unit_of_work(self._db) as session:
            action = fetch(session, Action, action_id, expected_version)
            meeting = fetch(session, Meeting, meeting_id)
            require_draft(meeting)
            earlier = [u for u in action.updates if u.meeting_id == meeting_id]
            for update in reversed(earlier):
                _take_back(session, update)
            session.flush()
            if status == action.status:
                status = None
            if not note.strip() and status is None:
                return None
            update = _record(
                session, action, note=note, status=status, noted_on=meeting.held_on, meeting=meeting
            )
            return update_view(update)

    def delete_update(self, update_id: int) -> None:
        """Take back an update (undo), restoring the status it changed if nothing came after."""
        with unit_of_work(self._db) as session:
            _take_back(session, fetch(session, ActionUpdate, update_id))

    def withdraw(self, action_id: int) -> None:
        """Delete an action raised by mistake (undo of raising it): only while it has no history."""
        with unit_of_work(self._db) as session:
            action = fetch(session, Action, action_id)
            if action.updates:
                raise ValidationError(Message("action.has_updates", reference=action.reference))
            if action.raised_at is not None:
                require_draft(action.raised_at)
            session.delete(action)

    def open_by_agency(self) -> dict[str, list[ActionRow]]:
        grouped: dict[str, list[ActionRow]] = {}
        for row in self.tracker(open_only=True):
            grouped.setdefault(row.owner_agency, []).append(row)
        return grouped

    def overdue(self) -> list[ActionRow]:
        return [row for row in self.tracker(open_only=True) if row.overdue]


def carry_forward_candidates(
    session: Session, area_id: int, previous: Meeting | None
) -> Iterable[Action]:
    """Actions still open from the area's previous meeting: reviewed or raised there."""
    closed = closed_statuses(session)
    query = select(Action).where(Action.area_id == area_id, Action.status.not_in(closed))
    if previous is not None:
        reviewed = select(ActionReview.action_id).where(ActionReview.meeting_id == previous.id)
        never_reviewed = (
            ~select(ActionReview.action_id).where(ActionReview.action_id == Action.id).exists()
        )
        query = query.where(
            Action.id.in_(reviewed)
            | (Action.raised_at_id == previous.id)
            | (Action.raised_at_id.is_(None) & never_reviewed)
        )
    return session.scalars(query.order_by(Action.ref_year, Action.ref_number)).all()
