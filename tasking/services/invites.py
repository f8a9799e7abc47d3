"""The invitation to a meeting's next meeting: same place, the usual time, the marking."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tasking.export.circulation_data import DEFAULT_LENGTH_MINUTES, DEFAULT_START, Invite
from tasking.messages import Message
from tasking.services.errors import ValidationError
from tasking.services.rules import DEFAULT_PARTNERSHIP
from tasking.services.views import MeetingDetail


def next_meeting_invite(
    m: MeetingDetail,
    partnership: str = DEFAULT_PARTNERSHIP,
    organiser: tuple[str, str] = ("", ""),
    marking: str = "",
) -> Invite:
    """The calendar entry for the meeting after ``m``.

    Its UID names the area and the date, so the invitation sent with these minutes and one
    made again later are the same entry in a calendar, not two. ``marking`` is the printed
    label of the meeting's marking (its code when not given).
    """
    if m.next_meeting_on is None:
        when = f"{m.held_on:%d/%m/%Y}"
        raise ValidationError(Message("invite.no_next_date", id=m.id, area=m.area, date=when))
    starts = datetime.combine(m.next_meeting_on, DEFAULT_START)
    marking = (marking or m.marking).strip().upper() or "OFFICIAL"
    where = f" at {m.venue}" if m.venue else ""
    return Invite(
        uid=f"tasking-{m.area_prefix.lower()}-{m.next_meeting_on:%Y%m%d}@tasking.invalid",
        summary=f"{m.area} neighbourhood tasking meeting",
        starts=starts,
        ends=starts + timedelta(minutes=DEFAULT_LENGTH_MINUTES),
        location=m.venue,
        description=(
            f"{marking}\n{partnership}: {m.area} neighbourhood tasking meeting{where}. "
            f"Chair: {m.chair or 'to be confirmed'}. The agenda follows before the meeting; "
            f"papers are {marking} and must be handled accordingly."
        ),
        organiser=organiser,
        stamp=datetime.now(UTC),
    )
