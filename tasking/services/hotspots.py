"""Nominating hotspots, editing their profile, changing and closing their status, their history."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from tasking.messages import Message
from tasking.models import (
    Action,
    ActionUpdate,
    Hotspot,
    HotspotDiscussion,
    HotspotStatusChange,
    Meeting,
    Term,
)
from tasking.models.database import Database
from tasking.services.changes import UNCHANGED, HotspotChanges
from tasking.services.errors import ValidationError
from tasking.services.rules import DECISION_STATUS, decision_effect
from tasking.services.tracker import closed_statuses, status_terms
from tasking.services.unit import apply_changes, fetch, require_draft, unit_of_work
from tasking.services.views import HistoryEntry, HotspotDetail, HotspotRow, StatusChangeView


def change_status(
    session: Session,
    hotspot: Hotspot,
    status: str,
    reason: str,
    *,
    on: date,
    meeting_id: int | None = None,
) -> None:
    terms = status_terms(session, "hotspot_status")
    if status not in terms:
        raise ValidationError(Message("hotspot.unknown_status", status=status))
    if terms[status].closed and not reason.strip():
        raise ValidationError(Message("hotspot.close_reason"))
    if status == hotspot.status:
        return
    hotspot.status_changes.append(
        HotspotStatusChange(
            changed_on=on,
            from_status=hotspot.status,
            to_status=status,
            reason=reason.strip(),
            meeting_id=meeting_id,
            changed_by=session.info.get("user") or "",
        )
    )
    hotspot.status = status
    hotspot.status_reason = reason.strip()


def apply_decision(session: Session, discussion: HotspotDiscussion, meeting: Meeting) -> None:
    """Continue, monitor or close: the meeting's decision becomes the hotspot's status."""
    term = status_terms(session, "hotspot_decision").get(discussion.decision or "")
    status = DECISION_STATUS.get(decision_effect(term.effect)) if term is not None else None
    hotspot = session.get(Hotspot, discussion.hotspot_id)  # from the identity map if loaded
    if status is not None and hotspot is not None:
        change_status(
            session,
            hotspot,
            status,
            discussion.decision_reason,
            on=meeting.held_on,
            meeting_id=meeting.id,
        )


def revert_decision(session: Session, discussion: HotspotDiscussion, meeting: Meeting) -> None:
    """Take back the status change this meeting's decision made, before a new decision."""
    hotspot = session.get(Hotspot, discussion.hotspot_id)  # from the identity map if loaded
    if hotspot is None:
        return
    made_here = [
        c
        for c in hotspot.status_changes
        if c.meeting_id == meeting.id and c.from_status is not None
    ]
    if made_here and hotspot.status == made_here[-1].to_status:
        change = made_here[-1]
        hotspot.status = change.from_status or "active"
        earlier = [c for c in hotspot.status_changes if c is not change]
        hotspot.status_reason = earlier[-1].reason if earlier else ""
        hotspot.status_changes.remove(change)


# Up to this many hotspots, their open actions are counted by index (one hotspot's detail:
# under a millisecond); more, and every action is counted once (the register's list).
COUNT_BY_ID = 50


def _rows(session: Session, query: Sequence[Hotspot]) -> list[HotspotRow]:
    statuses = status_terms(session, "hotspot_status")
    closed_actions = closed_statuses(session)
    counting = select(Action.hotspot_id, func.count()).where(
        Action.hotspot_id.is_not(None), Action.status.not_in(closed_actions)
    )
    if len(query) <= COUNT_BY_ID:
        counting = counting.where(Action.hotspot_id.in_([h.id for h in query]))
    open_counts = {
        hotspot_id: count
        for hotspot_id, count in session.execute(counting.group_by(Action.hotspot_id))
    }
    return [
        HotspotRow(
            id=h.id,
            uid=h.uid,
            name=h.name,
            area_id=h.area_id,
            area=h.area.name,
            lsoa_id=h.lsoa_id,
            lsoa=f"{h.lsoa.name} ({h.lsoa.code})" if h.lsoa else "",
            location=h.location,
            problem_type_ids=tuple(t.id for t in h.problem_types),
            problem_types=", ".join(t.label for t in h.problem_types),
            priority_id=h.priority_id,
            priority=h.priority.label if h.priority else "",
            lead_agency_id=h.lead_agency_id,
            lead_agency=h.lead_agency.name if h.lead_agency else "",
            status=h.status,
            status_label=statuses[h.status].label if h.status in statuses else h.status,
            nominated_on=h.nominated_on,
            review_on=h.review_on,
            open_actions=open_counts.get(h.id, 0),
            version=h.version,
        )
        for h in query
    ]


def _loaded() -> Select[Hotspot]:
    return select(Hotspot).options(
        selectinload(Hotspot.area),
        selectinload(Hotspot.lsoa),
        selectinload(Hotspot.priority),
        selectinload(Hotspot.lead_agency),
        selectinload(Hotspot.problem_types),
    )


class HotspotService:
    def __init__(self, database: Database, today: Callable[[], date] = date.today) -> None:
        self._db = database
        self._today = today

    def list(self, area_id: int | None = None) -> list[HotspotRow]:
        with self._db.read() as session:
            query = _loaded().order_by(Hotspot.name)
            if area_id is not None:
                query = query.where(Hotspot.area_id == area_id)
            return _rows(session, session.scalars(query).all())

    def get(self, hotspot_id: int) -> HotspotDetail:
        with self._db.read() as session:
            return self._detail(session, hotspot_id)

    def _detail(self, session: Session, hotspot_id: int) -> HotspotDetail:
        h = fetch(session, Hotspot, hotspot_id)
        return HotspotDetail(
            row=_rows(session, [h])[0],
            latitude=h.latitude,
            longitude=h.longitude,
            nominated_by_id=h.nominated_by_id,
            nominated_by=h.nominated_by.name if h.nominated_by else "",
            nomination_reason=h.nomination_reason,
            status_reason=h.status_reason,
            repeat_victims=h.repeat_victims,
            objective=h.objective,
            scanning=h.scanning,
            analysis_victim=h.analysis_victim,
            analysis_offender=h.analysis_offender,
            analysis_location=h.analysis_location,
            analysis=h.analysis,
            response=h.response,
            assessment=h.assessment,
            status_changes=[
                StatusChangeView(
                    changed_on=c.changed_on,
                    from_status=c.from_status,
                    to_status=c.to_status,
                    reason=c.reason,
                    meeting_id=c.meeting_id,
                    changed_by=c.changed_by,
                )
                for c in h.status_changes
            ],
        )

    def nominate(
        self,
        *,
        name: str,
        area_id: int,
        nominated_by_id: int | None,
        reason: str,
        nominated_on: date | None = None,
        problem_type_ids: Sequence[int] = (),
        meeting_id: int | None = None,
        location: str = "",
        lead_agency_id: int | None = None,
        lsoa_id: int | None = None,
        latitude: float | None = None,
        longitude: float | None = None,
        also: Callable[[Session, int], None] | None = None,
    ) -> HotspotDetail:
        """A new active hotspot; ``also(session, id)`` adds to the same transaction (evidence)."""
        if not name.strip():
            raise ValidationError(Message("hotspot.no_name_example"))
        with unit_of_work(self._db) as session:
            on = nominated_on or self._today()
            hotspot = Hotspot(
                name=name.strip(),
                area_id=area_id,
                nominated_by_id=nominated_by_id,
                nomination_reason=reason,
                nominated_on=on,
                status="active",
                location=location,
                lead_agency_id=lead_agency_id,
                lsoa_id=lsoa_id,
                latitude=latitude,
                longitude=longitude,
            )
            hotspot.problem_types = self._terms(session, problem_type_ids)
            hotspot.status_changes.append(
                HotspotStatusChange(
                    changed_on=on,
                    from_status=None,
                    to_status="active",
                    reason="Nominated",
                    meeting_id=meeting_id,
                    changed_by=session.info.get("user") or "",
                )
            )
            session.add(hotspot)
            session.flush()
            if meeting_id is not None:
                session.add(
                    HotspotDiscussion(meeting_id=meeting_id, hotspot_id=hotspot.id, notes=reason)
                )
                session.flush()
            if also is not None:
                also(session, hotspot.id)
                session.flush()
            return self._detail(session, hotspot.id)

    @staticmethod
    def _terms(session: Session, ids: Sequence[int]) -> builtins.list[Term]:
        if not ids:
            return []
        terms = session.scalars(select(Term).where(Term.id.in_(list(ids)))).all()
        return sorted(terms, key=lambda t: t.position)

    def edit(
        self, hotspot_id: int, expected_version: int, changes: HotspotChanges
    ) -> HotspotDetail:
        with unit_of_work(self._db) as session:
            hotspot = fetch(session, Hotspot, hotspot_id, expected_version)
            if isinstance(changes.name, str) and not changes.name.strip():
                raise ValidationError(Message("hotspot.no_name"))
            values = changes.changed()
            if changes.problem_type_ids is not UNCHANGED:
                hotspot.problem_types = self._terms(session, changes.problem_type_ids)
                del values["problem_type_ids"]
            apply_changes(hotspot, values)
            session.flush()
            return self._detail(session, hotspot_id)

    def change_status(
        self,
        hotspot_id: int,
        expected_version: int,
        status: str,
        reason: str = "",
        meeting_id: int | None = None,
    ) -> HotspotDetail:
        with unit_of_work(self._db) as session:
            hotspot = fetch(session, Hotspot, hotspot_id, expected_version)
            change_status(session, hotspot, status, reason, on=self._today(), meeting_id=meeting_id)
            session.flush()
            return self._detail(session, hotspot_id)

    def close(
        self, hotspot_id: int, expected_version: int, reason: str, meeting_id: int | None = None
    ) -> HotspotDetail:
        return self.change_status(hotspot_id, expected_version, "closed", reason, meeting_id)

    def withdraw_nomination(self, hotspot_id: int) -> None:
        """Delete a hotspot nominated by mistake (undo): only while nothing else refers to it."""
        with unit_of_work(self._db) as session:
            hotspot = fetch(session, Hotspot, hotspot_id)
            has_actions = session.scalar(
                select(func.count()).select_from(Action).where(Action.hotspot_id == hotspot_id)
            )
            discussions = session.scalars(
                select(HotspotDiscussion).where(HotspotDiscussion.hotspot_id == hotspot_id)
            ).all()
            if has_actions or len(discussions) > 1 or len(hotspot.status_changes) > 1:
                raise ValidationError(Message("hotspot.has_history", name=hotspot.name))
            for discussion in discussions:
                require_draft(discussion.meeting)
                session.delete(discussion)
            session.delete(hotspot)

    def history(self, hotspot_id: int) -> builtins.list[HistoryEntry]:
        """Nomination, status changes, meeting notes and decisions, actions and their updates."""
        with self._db.read() as session:
            hotspot = fetch(session, Hotspot, hotspot_id)
            entries = [
                HistoryEntry(
                    hotspot.nominated_on,
                    "nominated",
                    f"Nominated: {hotspot.nomination_reason}".strip(),
                )
            ]
            for c in hotspot.status_changes:
                if c.from_status is not None:
                    text = f"Status {c.from_status} → {c.to_status}"
                    entries.append(
                        HistoryEntry(
                            c.changed_on,
                            "status",
                            f"{text}: {c.reason}" if c.reason else text,
                            meeting_id=c.meeting_id,
                        )
                    )
            # Columns, not entities: a hotspot with a hundred actions and their updates took
            # 20-120 ms to load as objects, and the register reads this on every row chosen.
            discussions = session.execute(
                select(
                    HotspotDiscussion.notes,
                    HotspotDiscussion.decision,
                    HotspotDiscussion.decision_reason,
                    HotspotDiscussion.meeting_id,
                    Meeting.held_on,
                )
                .join(Meeting)
                .where(HotspotDiscussion.hotspot_id == hotspot_id)
            )
            decisions = status_terms(session, "hotspot_decision")
            for d in discussions:
                parts = [d.notes] if d.notes else []
                if d.decision:
                    term = decisions.get(d.decision)
                    decided = f"Decision: {term.label if term else d.decision}"
                    parts.append(
                        f"{decided} ({d.decision_reason})" if d.decision_reason else decided
                    )
                entries.append(
                    HistoryEntry(
                        d.held_on,
                        "meeting",
                        " — ".join(parts) or "Discussed",
                        meeting_id=d.meeting_id,
                    )
                )
            actions = session.execute(
                select(
                    Action.id, Action.reference, Action.description, Action.raised_on,
                    Action.raised_at_id,
                ).where(Action.hotspot_id == hotspot_id)
            )  # fmt: skip
            for a in actions:
                entries.append(
                    HistoryEntry(
                        a.raised_on,
                        "action",
                        f"{a.reference} raised: {a.description}",
                        meeting_id=a.raised_at_id,
                        action_id=a.id,
                    )
                )
            updates = session.execute(
                select(
                    ActionUpdate.noted_on, ActionUpdate.note, ActionUpdate.status_from,
                    ActionUpdate.status_to, ActionUpdate.meeting_id, ActionUpdate.action_id,
                    Action.reference,
                )
                .join(Action)
                .where(Action.hotspot_id == hotspot_id)
            )  # fmt: skip
            for u in updates:
                change = f" [{u.status_from} → {u.status_to}]" if u.status_to else ""
                entries.append(
                    HistoryEntry(
                        u.noted_on,
                        "update",
                        f"{u.reference}: {u.note}{change}".strip(),
                        meeting_id=u.meeting_id,
                        action_id=u.action_id,
                    )
                )
            order = {"nominated": 0, "status": 1, "meeting": 2, "action": 3, "update": 4}
            return sorted(entries, key=lambda e: (e.on, order[e.kind]))
