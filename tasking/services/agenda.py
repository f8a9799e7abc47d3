"""The agenda of a meeting still to be held: its items, the actions to review, the hotspots."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tasking.export.circulation_data import AgendaAction, AgendaData, AgendaHotspot
from tasking.messages import Message
from tasking.services.errors import ValidationError
from tasking.services.hotspots import HotspotService
from tasking.services.meetings import MeetingService
from tasking.services.minutes import CONFIDENTIALITY, owner_text
from tasking.services.rules import DEFAULT_PARTNERSHIP
from tasking.services.views import MeetingDetail


def _day(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def agenda_items(m: MeetingDetail, previous_on: date | None) -> list[str]:
    """The standing agenda of a tasking meeting, in the order the chair runs it."""
    last = f" ({_day(previous_on)})" if previous_on is not None else ""
    next_on = f": {_day(m.next_meeting_on)}" if m.next_meeting_on else ""
    return [
        "Welcome, introductions and apologies",
        "Confidentiality statement",
        f"Minutes of the last meeting{last} and matters arising",
        f"Review of the action log ({len(m.reviews)} actions, listed below)",
        "The tactical picture: recent police and partner data",
        f"Hotspots ({len(m.discussions)}, listed below): update, new actions and decision",
        "New nominations",
        "Repeat and vulnerable victims, high-risk issues",
        "Escalations to the CSP board or a risk panel",
        "Any other business",
        f"Date of the next meeting{next_on}",
    ]


def build_agenda(
    meetings: MeetingService,
    hotspots: HotspotService,
    meeting_id: int,
    partnership: str = DEFAULT_PARTNERSHIP,
) -> AgendaData:
    """The agenda of a draft meeting; a meeting already held has minutes instead."""
    m = meetings.get(meeting_id)
    if m.state != "draft":
        raise ValidationError(
            Message("agenda.held", id=meeting_id, area=m.area, date=_day(m.held_on))
        )
    earlier = [s for s in meetings.list(m.area_id) if s.held_on < m.held_on]
    previous_on = max((s.held_on for s in earlier), default=None)
    open_actions = {h.id: h.open_actions for h in hotspots.list(m.area_id)}
    return AgendaData(
        partnership=partnership,
        title=f"{m.area} Neighbourhood Tasking Meeting",
        area=m.area,
        held_on=m.held_on,
        venue=m.venue,
        chair=m.chair,
        marking=m.marking.upper(),
        confidentiality_statement=CONFIDENTIALITY,
        items=agenda_items(m, previous_on),
        actions=[
            AgendaAction(
                reference=r.action.reference,
                description=r.action.description,
                owner=owner_text(r.action),
                due_on=r.action.due_on,
                status=r.action.status_label,
                overdue=r.action.overdue,
            )
            for r in m.reviews
        ],
        hotspots=[
            AgendaHotspot(
                name=d.hotspot,
                location=d.location,
                status=d.hotspot_status,
                open_actions=open_actions.get(d.hotspot_id, 0),
            )
            for d in m.discussions
        ],
        generated_at=datetime.now(UTC),
        author=m.chair or partnership,  # never the login of whoever exported
    )
