"""Opening, running, finalising and reopening a tasking meeting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from tasking.export.data import MinutesData
from tasking.messages import Message
from tasking.models import (
    ATTENDANCE_STATUSES,
    Action,
    ActionReview,
    ActionUpdate,
    Attendance,
    AuditEntry,
    Hotspot,
    HotspotDiscussion,
    Meeting,
    MinutesSnapshot,
    Person,
    Term,
    utcnow,
)
from tasking.models.database import Database
from tasking.services import meeting_summaries
from tasking.services.actions import carry_forward_candidates, update_view
from tasking.services.changes import MeetingChanges
from tasking.services.errors import NotFound, ValidationError
from tasking.services.hotspots import apply_decision, revert_decision
from tasking.services.meeting_summaries import person_name
from tasking.services.minutes import (
    AsOf,
    evidence_of,
    forget,
    from_json,
    keep,
    minutes_from_detail,
    to_json,
)
from tasking.services.minutes_history import statuses_as_of
from tasking.services.rules import NEEDS_REASON, decision_effect
from tasking.services.tracker import action_rows, closed_statuses, status_terms
from tasking.services.unit import apply_changes, fetch, require_draft, unit_of_work
from tasking.services.views import (
    AttendanceView,
    DiscussionView,
    MeetingDetail,
    MeetingSummary,
    ReviewItem,
)

_DETAIL_LOADS = (
    joinedload(Meeting.area),
    joinedload(Meeting.chair),
    joinedload(Meeting.minute_taker),
    selectinload(Meeting.attendance).options(
        joinedload(Attendance.person), joinedload(Attendance.agency)
    ),
    selectinload(Meeting.discussions).joinedload(HotspotDiscussion.hotspot),
    selectinload(Meeting.reviews),
)


def _discussion_view(
    d: HotspotDiscussion, hotspot_status: dict[str, Term], decisions: dict[str, Term]
) -> DiscussionView:
    status = d.hotspot.status
    decision = decisions.get(d.decision or "")
    return DiscussionView(
        id=d.id,
        hotspot_id=d.hotspot_id,
        hotspot=d.hotspot.name,
        location=d.hotspot.location,
        hotspot_status=hotspot_status[status].label if status in hotspot_status else status,
        hotspot_version=d.hotspot.version,
        notes=d.notes,
        decision=d.decision,
        decision_reason=d.decision_reason,
        version=d.version,
        decision_label=decision.label if decision is not None else (d.decision or ""),
        confidential=d.confidential,
    )


def _minutes(session: Session, detail: MeetingDetail, as_of: AsOf | None = None) -> MinutesData:
    """The minutes to keep, quoting the police.uk evidence each hotspot was nominated on."""
    hotspot_ids = [d.hotspot_id for d in detail.discussions]
    return minutes_from_detail(detail, as_of=as_of, evidence=evidence_of(session, hotspot_ids))


class MeetingService:
    def __init__(self, database: Database, today: Callable[[], date] = date.today) -> None:
        self._db = database
        self._today = today

    # --- reading -------------------------------------------------------------------------
    def list(self, area_id: int | None = None, limit: int | None = None) -> list[MeetingSummary]:
        """Meetings, newest first, with how many attended, were reviewed and were raised."""
        with self._db.read() as session:
            return meeting_summaries.summaries(session, area_id, limit)

    def summary(self, meeting_id: int) -> MeetingSummary:
        """One meeting's heading facts (area, date, state, marking, version) without its
        reviews: a quick read for a window that only names the meeting."""
        with self._db.read() as session:
            return meeting_summaries.summary(session, meeting_id)

    def latest(self, area_id: int | None = None) -> MeetingSummary | None:
        meetings = self.list(area_id, limit=1)
        return meetings[0] if meetings else None

    def get(self, meeting_id: int) -> MeetingDetail:
        with self._db.read() as session:
            return self._detail(session, meeting_id)

    def _detail(self, session: Session, meeting_id: int) -> MeetingDetail:
        # What the detail shows of the meeting, in a query per relation rather than one per
        # person, agency and hotspot (opening a meeting, and after every edit in it).
        m = session.get(Meeting, meeting_id, options=_DETAIL_LOADS) or fetch(
            session,
            Meeting,
            meeting_id,  # gone: refused as every use case refuses it
        )
        today = self._today()
        review_ids = [r.action_id for r in m.reviews]
        rows = {r.id: r for r in action_rows(session, today, ids=review_ids)}
        updates = {
            u.action_id: u
            for u in session.scalars(
                select(ActionUpdate)
                .where(ActionUpdate.meeting_id == m.id, ActionUpdate.action_id.in_(review_ids))
                .order_by(ActionUpdate.id)
                # their actions in one query, not one each (a meeting reviewing 70: 90 ms)
                .options(selectinload(ActionUpdate.action))
            )
        }
        hotspot_status = status_terms(session, "hotspot_status")
        decisions = status_terms(session, "hotspot_decision")
        new_actions = action_rows(session, today, raised_at_id=m.id)
        return MeetingDetail(
            id=m.id,
            area_id=m.area_id,
            area=m.area.name,
            area_prefix=m.area.prefix,
            held_on=m.held_on,
            venue=m.venue,
            chair_id=m.chair_id,
            chair=person_name(m.chair),
            minute_taker_id=m.minute_taker_id,
            minute_taker=person_name(m.minute_taker),
            state=m.state,
            marking=m.marking,
            next_meeting_on=m.next_meeting_on,
            any_other_business=m.any_other_business,
            finalised_at=m.finalised_at,
            version=m.version,
            attendance=sorted(
                (
                    AttendanceView(
                        id=a.id,
                        person_id=a.person_id,
                        name=a.person.name,
                        role=a.person.role,
                        agency_id=a.agency_id,
                        agency=a.agency.name,
                        status=a.status,
                        version=a.version,
                    )
                    for a in m.attendance
                ),
                key=lambda a: (a.agency, a.name),
            ),
            reviews=[
                ReviewItem(
                    action=rows[r.action_id],
                    position=r.position,
                    update=update_view(updates[r.action_id]) if r.action_id in updates else None,
                )
                for r in m.reviews
                if r.action_id in rows
            ],
            discussions=[_discussion_view(d, hotspot_status, decisions) for d in m.discussions],
            new_actions=new_actions,
            aob_confidential=m.aob_confidential,
            confidential_actions=frozenset(
                session.scalars(
                    select(Action.id).where(
                        Action.confidential.is_(True),
                        Action.id.in_([*rows, *(a.id for a in new_actions)]),
                    )
                )
            ),
        )

    # --- use cases -----------------------------------------------------------------------
    def open_next(
        self,
        area_id: int,
        held_on: date | None = None,
        *,
        venue: str | None = None,
        chair_id: int | None = None,
        minute_taker_id: int | None = None,
        marking: str | None = None,
    ) -> MeetingDetail:
        """Open the area's next meeting, carrying forward every action still open from the last."""
        with unit_of_work(self._db) as session:
            last = session.scalars(
                select(Meeting)
                .where(Meeting.area_id == area_id)
                .order_by(Meeting.held_on.desc())
                .limit(1)
            ).first()
            held_on = held_on or (last.next_meeting_on if last else None) or self._today()
            if last is not None and held_on <= last.held_on:
                when = f"{last.held_on:%d/%m/%Y}"
                raise ValidationError(Message("meeting.not_after_last", date=when))
            meeting = Meeting(
                area_id=area_id,
                held_on=held_on,
                venue=venue if venue is not None else (last.venue if last else ""),
                chair_id=chair_id if chair_id is not None else (last.chair_id if last else None),
                minute_taker_id=minute_taker_id
                if minute_taker_id is not None
                else (last.minute_taker_id if last else None),
                marking=marking or (last.marking if last else "OFFICIAL"),
                state="draft",
            )
            session.add(meeting)
            session.flush()
            for position, action in enumerate(carry_forward_candidates(session, area_id, last)):
                session.add(
                    ActionReview(meeting_id=meeting.id, action_id=action.id, position=position)
                )
            closed = closed_statuses(session, "hotspot_status")
            for hotspot in session.scalars(
                select(Hotspot)
                .where(Hotspot.area_id == area_id, Hotspot.status.not_in(closed))
                .order_by(Hotspot.name)
            ):
                session.add(HotspotDiscussion(meeting_id=meeting.id, hotspot_id=hotspot.id))
            session.flush()
            return self._detail(session, meeting.id)

    def edit(
        self, meeting_id: int, expected_version: int, changes: MeetingChanges
    ) -> MeetingDetail:
        with unit_of_work(self._db) as session:
            meeting = fetch(session, Meeting, meeting_id, expected_version)
            require_draft(meeting)
            apply_changes(meeting, changes.changed())
            session.flush()
            return self._detail(session, meeting_id)

    def set_attendance(self, meeting_id: int, person_id: int, status: str) -> AttendanceView:
        if status not in ATTENDANCE_STATUSES:
            choices = ", ".join(ATTENDANCE_STATUSES)
            raise ValidationError(Message("meeting.attendance", choices=choices))
        with unit_of_work(self._db) as session:
            meeting = fetch(session, Meeting, meeting_id)
            require_draft(meeting)
            person = fetch(session, Person, person_id)
            record = session.scalars(
                select(Attendance).where(
                    Attendance.meeting_id == meeting_id, Attendance.person_id == person_id
                )
            ).first()
            if record is None:
                record = Attendance(meeting=meeting, person=person, agency_id=person.agency_id)
                session.add(record)
            record.status = status
            session.flush()
            return AttendanceView(
                id=record.id,
                person_id=person.id,
                name=person.name,
                role=person.role,
                agency_id=record.agency_id,
                agency=record.agency.name,
                status=record.status,
                version=record.version,
            )

    def remove_attendance(self, meeting_id: int, person_id: int) -> None:
        with unit_of_work(self._db) as session:
            meeting = fetch(session, Meeting, meeting_id)
            require_draft(meeting)
            record = session.scalars(
                select(Attendance).where(
                    Attendance.meeting_id == meeting_id, Attendance.person_id == person_id
                )
            ).first()
            if record is None:
                raise NotFound(Message("meeting.not_attending"))
            session.delete(record)

    def record_discussion(
        self,
        meeting_id: int,
        hotspot_id: int,
        *,
        notes: str | None = None,
        decision: str | None = None,
        decision_reason: str | None = None,
        expected_version: int | None = None,
        clear_decision: bool = False,
        hotspot_version: int | None = None,
        confidential: bool | None = None,
    ) -> DiscussionView:
        """Notes and a decision on a hotspot at this meeting; the decision sets its status.

        The decision is a code of the "hotspot_decision" vocabulary. ``expected_version`` is the
        discussion's version and ``hotspot_version`` the hotspot's the chair started from: a
        stale one is refused with a conflict, not overwritten.
        """
        with unit_of_work(self._db) as session:
            decisions = status_terms(session, "hotspot_decision")
            if decision is not None:
                term = decisions.get(decision)
                if term is None or not term.active:
                    offered = ", ".join(t.label for t in decisions.values() if t.active)
                    raise ValidationError(Message("meeting.decision", choices=offered))
                if (
                    decision_effect(term.effect) in NEEDS_REASON
                    and not (decision_reason or "").strip()
                ):
                    decision_word = term.label.lower()
                    raise ValidationError(
                        Message("meeting.decision_reason", decision=decision_word)
                    )
            meeting = fetch(session, Meeting, meeting_id)
            require_draft(meeting)
            discussion = session.scalars(
                select(HotspotDiscussion).where(
                    HotspotDiscussion.meeting_id == meeting_id,
                    HotspotDiscussion.hotspot_id == hotspot_id,
                )
            ).first()
            if discussion is None:
                fetch(session, Hotspot, hotspot_id)
                discussion = HotspotDiscussion(meeting_id=meeting_id, hotspot_id=hotspot_id)
                session.add(discussion)
            elif expected_version is not None and discussion.version != expected_version:
                fetch(session, HotspotDiscussion, discussion.id, expected_version)
            if hotspot_version is not None:
                fetch(session, Hotspot, hotspot_id, hotspot_version)
            if notes is not None:
                discussion.notes = notes
            if confidential is not None:
                discussion.confidential = confidential
            if clear_decision or decision is not None:
                revert_decision(session, discussion, meeting)
            if clear_decision:
                discussion.decision, discussion.decision_reason = None, ""
            if decision is not None:
                discussion.decision = decision
                discussion.decision_reason = (decision_reason or "").strip()
                apply_decision(session, discussion, meeting)
            elif decision_reason is not None:
                discussion.decision_reason = decision_reason
            session.flush()
            return _discussion_view(discussion, status_terms(session, "hotspot_status"), decisions)

    def withdraw(self, meeting_id: int) -> None:
        """Delete a meeting opened by mistake (undo): only while nothing was recorded at it."""
        with unit_of_work(self._db) as session:
            meeting = fetch(session, Meeting, meeting_id)
            require_draft(meeting)
            recorded = (
                meeting.attendance
                or meeting.any_other_business.strip()
                or any(d.notes or d.decision for d in meeting.discussions)
                or session.scalar(
                    select(func.count())
                    .select_from(ActionUpdate)
                    .where(ActionUpdate.meeting_id == meeting_id)
                )
                or session.scalar(
                    select(func.count())
                    .select_from(Action)
                    .where(Action.raised_at_id == meeting_id)
                )
            )
            if recorded:
                raise ValidationError(Message("meeting.not_empty"))
            session.delete(meeting)

    def back_up(self, kind: str, progress: Callable[[int, int], None] | None = None) -> Path | None:
        """The backup taken before a finalise or a reopen (``kind``), on the caller's thread.

        The app takes it on a worker thread, then calls ``finalise``/``reopen`` with
        ``back_up=False``. Raises BackupError (a TaskingError's kin) if it fails.
        """
        return self._db.back_up(kind, required=True, progress=progress)

    def finalise(
        self, meeting_id: int, expected_version: int, *, back_up: bool = True
    ) -> MeetingDetail:
        if back_up:
            self._db.back_up("before-finalise")
        with unit_of_work(self._db) as session:
            meeting = fetch(session, Meeting, meeting_id, expected_version)
            require_draft(meeting)
            meeting.state = "final"
            meeting.finalised_at = utcnow()
            session.flush()
            detail = self._detail(session, meeting_id)
            keep(session, meeting_id, _minutes(session, detail), "finalised")
            return detail

    def kept_minutes(self, meeting_id: int) -> MinutesData | None:
        """The minutes as finalised; None for a draft, whose minutes are live.

        A meeting finalised before minutes were kept gets them now, rebuilt once from the
        history as of the meeting (and kept, so every later export shows the same).
        """
        with self._db.read() as session:
            meeting = fetch(session, Meeting, meeting_id)
            if meeting.state == "draft":
                return None
            snapshot = session.get(MinutesSnapshot, meeting_id)
            if snapshot is not None:
                return from_json(snapshot.content, utcnow())
        with unit_of_work(self._db) as session:
            meeting = fetch(session, Meeting, meeting_id)
            detail = self._detail(session, meeting_id)
            data = _minutes(session, detail, statuses_as_of(session, meeting, detail))
            keep(session, meeting_id, data, "history")
            return from_json(to_json(data), utcnow())

    def mark_circulated(self, meeting_id: int, expected_version: int) -> MeetingDetail:
        with unit_of_work(self._db) as session:
            meeting = fetch(session, Meeting, meeting_id, expected_version)
            if meeting.state != "final":
                raise ValidationError(Message("meeting.circulate_final"))
            meeting.state = "circulated"
            session.flush()
            return self._detail(session, meeting_id)

    def reopen(
        self, meeting_id: int, expected_version: int, reason: str, *, back_up: bool = True
    ) -> MeetingDetail:
        """Make final minutes editable again; the reason goes into the audit trail."""
        if not reason.strip():
            raise ValidationError(Message("meeting.reopen_reason"))
        if back_up:
            self._db.back_up("before-reopen")
        with unit_of_work(self._db) as session:
            meeting = fetch(session, Meeting, meeting_id, expected_version)
            if meeting.state == "draft":
                raise ValidationError(Message("meeting.already_open"))
            meeting.state = "draft"
            meeting.finalised_at = None
            forget(session, meeting_id)
            session.add(
                AuditEntry(
                    user=session.info.get("user") or "",
                    record_type="meeting",
                    record_id=meeting.id,
                    operation="reopen",
                    field="reason",
                    old_value=None,
                    new_value=reason.strip(),
                )
            )
            session.flush()
            return self._detail(session, meeting_id)
