"""Statuses as they stood at a meeting, read back from the records' history.

For meetings finalised before minutes were kept as a snapshot: their minutes are rebuilt once,
on first export, with each reviewed action's status and each hotspot's status as of the
meeting. Everything recorded at the meeting itself (attendance, updates, notes, decisions) is
kept per meeting already; descriptions, owners and due dates are shown as they are now.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasking.models import ActionUpdate, HotspotStatusChange, Meeting
from tasking.services.minutes import AsOf
from tasking.services.tracker import status_terms
from tasking.services.views import MeetingDetail


def _by_then(meeting: Meeting, on: object, meeting_id: int | None) -> bool:
    """Whether a change dated ``on`` had happened by the meeting (a change made at it had)."""
    if meeting_id == meeting.id:
        return True
    held = meeting.held_on
    return on < held or (on == held and meeting_id is None)  # type: ignore[operator]


def _status_then(
    changes: Sequence[tuple[object, int | None, str | None, str]], meeting: Meeting, now: str
) -> str:
    """From (on, meeting, from, to) in order: the status after the last change by then."""
    earlier = [c for c in changes if _by_then(meeting, c[0], c[1])]
    if earlier:
        return earlier[-1][3]
    later = [c for c in changes if c[2] is not None]
    return (later[0][2] or now) if later else now


def statuses_as_of(session: Session, meeting: Meeting, detail: MeetingDetail) -> AsOf:
    action_ids = [r.action.id for r in detail.reviews]
    hotspot_ids = [d.hotspot_id for d in detail.discussions]
    action_terms = status_terms(session)
    hotspot_terms = status_terms(session, "hotspot_status")

    updates: dict[int, list[tuple[object, int | None, str | None, str]]] = {}
    for u in _updates(session, action_ids):
        updates.setdefault(u.action_id, []).append(
            (u.noted_on, u.meeting_id, u.status_from, u.status_to or "")
        )
    actions: dict[int, tuple[str, bool]] = {}
    for r in detail.reviews:
        code = _status_then(updates.get(r.action.id, []), meeting, r.action.status)
        term = action_terms.get(code)
        actions[r.action.id] = (term.label, term.closed) if term else (code, False)

    changes: dict[int, list[tuple[object, int | None, str | None, str]]] = {}
    for c in _status_changes(session, hotspot_ids):
        changes.setdefault(c.hotspot_id, []).append(
            (c.changed_on, c.meeting_id, c.from_status, c.to_status)
        )
    hotspots: dict[int, str] = {}
    for d in detail.discussions:
        now = next(
            (code for code, t in hotspot_terms.items() if t.label == d.hotspot_status),
            d.hotspot_status,
        )
        code = _status_then(changes.get(d.hotspot_id, []), meeting, now)
        hotspots[d.hotspot_id] = hotspot_terms[code].label if code in hotspot_terms else code
    return AsOf(actions, hotspots)


def _updates(session: Session, action_ids: Iterable[int]) -> Sequence[ActionUpdate]:
    return session.scalars(
        select(ActionUpdate)
        .where(ActionUpdate.action_id.in_(list(action_ids)), ActionUpdate.status_to.is_not(None))
        .order_by(ActionUpdate.noted_on, ActionUpdate.id)
    ).all()


def _status_changes(session: Session, hotspot_ids: Iterable[int]) -> Sequence[HotspotStatusChange]:
    return session.scalars(
        select(HotspotStatusChange)
        .where(HotspotStatusChange.hotspot_id.in_(list(hotspot_ids)))
        .order_by(HotspotStatusChange.changed_on, HotspotStatusChange.id)
    ).all()
