"""The minutes of a meeting as plain data: live for a draft, kept as finalised for the record.

A draft's minutes are built from the records as they are now. Finalising keeps a snapshot
of them (``MinutesSnapshot``), and exports of a final or circulated meeting render from it,
so completing, editing or closing its actions and hotspots later never rewrites the minutes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import MISSING, asdict, dataclass, field, fields, replace
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasking.export.data import (
    AttendeeLine,
    HotspotLine,
    MinutesData,
    NewActionLine,
    ReviewLine,
)
from tasking.models import HotspotEvidence, MinutesSnapshot
from tasking.models.audit import os_user
from tasking.services.rules import DEFAULT_PARTNERSHIP, MEETING_STATE_LABELS
from tasking.services.views import ActionRow, MeetingDetail

CONFIDENTIALITY = (
    "The information shared at this meeting is for the purpose of preventing crime and "
    "anti-social behaviour under section 115 of the Crime and Disorder Act 1998. It must not be "
    "passed on outside the partner agencies without the agreement of the agency that provided "
    "it, and must be handled according to its protective marking."
)
L = TypeVar("L")


@dataclass(frozen=True)
class AsOf:
    """Statuses as they stood at the meeting, where they differ from today's."""

    actions: Mapping[int, tuple[str, bool]] = field(default_factory=dict)  # label, closed
    hotspots: Mapping[int, str] = field(default_factory=dict)  # label


def owner_text(row: ActionRow) -> str:
    return f"{row.owner_agency} ({row.owner_person})" if row.owner_person else row.owner_agency


def minutes_from_detail(
    m: MeetingDetail,
    partnership: str = DEFAULT_PARTNERSHIP,
    as_of: AsOf | None = None,
    evidence: Mapping[int, str] | None = None,
) -> MinutesData:
    """The minutes of ``m`` from its records as they are (or as ``as_of`` says they were).

    ``evidence`` maps a hotspot id to the police.uk evidence it was nominated on.
    """
    as_of = as_of or AsOf()
    evidence = evidence or {}
    reviews = []
    for r in m.reviews:
        status, closed = as_of.actions.get(r.action.id, (r.action.status_label, r.action.closed))
        reviews.append(
            ReviewLine(
                reference=r.action.reference,
                description=r.action.description,
                owner=owner_text(r.action),
                status=status,
                update=r.update.note if r.update else "",
                action_type=r.action.action_type,
                due_on=r.action.due_on,
                closed=closed,
                confidential=r.action.id in m.confidential_actions,
            )
        )
    return MinutesData(
        partnership=partnership,
        title=f"{m.area} Neighbourhood Tasking Meeting",
        area=m.area,
        held_on=m.held_on,
        venue=m.venue,
        chair=m.chair,
        minute_taker=m.minute_taker,
        marking=m.marking.upper(),
        state=MEETING_STATE_LABELS.get(m.state, m.state),
        confidentiality_statement=CONFIDENTIALITY,
        attendees=[AttendeeLine(a.name, a.role, a.agency, a.status) for a in m.attendance],
        reviews=reviews,
        hotspots=[
            HotspotLine(
                name=d.hotspot,
                location=d.location,
                status=as_of.hotspots.get(d.hotspot_id, d.hotspot_status),
                notes=d.notes,
                decision=d.decision_label,  # the vocabulary's label when the minutes are made
                decision_reason=d.decision_reason,
                confidential=d.confidential,
                evidence=evidence.get(d.hotspot_id, ""),
            )
            for d in m.discussions
        ],
        new_actions=[
            NewActionLine(
                a.reference,
                a.description,
                owner_text(a),
                a.due_on,
                a.hotspot,
                action_type=a.action_type,
                confidential=a.id in m.confidential_actions,
            )
            for a in m.new_actions
        ],
        any_other_business=m.any_other_business,
        next_meeting_on=m.next_meeting_on,
        generated_at=datetime.now(UTC),
        author=m.chair or os_user(),
        aob_confidential=m.aob_confidential,
    )


# --- kept as JSON --------------------------------------------------------------------------
def evidence_of(session: Session, hotspot_ids: list[int]) -> dict[int, str]:
    """Hotspot id -> the police.uk evidence it was nominated on (frozen at nomination)."""
    rows = session.execute(
        select(HotspotEvidence.hotspot_id, HotspotEvidence.summary).where(
            HotspotEvidence.hotspot_id.in_(hotspot_ids)
        )
    )
    return {hotspot_id: summary for hotspot_id, summary in rows}


def _plain(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} cannot be kept in minutes")


def to_json(data: MinutesData) -> str:
    """The minutes' content; when they are generated is not part of it."""
    content = asdict(data)
    content.pop("generated_at")
    return json.dumps(content, default=_plain, ensure_ascii=False, sort_keys=True)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _line(cls: type[L], values: dict[str, Any], dates: tuple[str, ...] = ()) -> L:
    """A line (dataclass) from kept values: unknown keys dropped, later fields defaulted."""
    shape = fields(cls)  # type: ignore[arg-type]
    known = {f.name for f in shape}
    kept = {k: v for k, v in values.items() if k in known}
    for name in dates:
        kept[name] = _day(kept.get(name))
    missing = [
        f.name
        for f in shape
        if f.name not in kept and f.default is MISSING and f.default_factory is MISSING
    ]
    for name in missing:  # a field added later without a default: leave it empty
        kept[name] = ""
    return cls(**kept)


def from_json(text: str, generated_at: datetime) -> MinutesData:
    content = json.loads(text)
    return replace(
        _line(MinutesData, {**content, "generated_at": generated_at}, ("next_meeting_on",)),
        held_on=date.fromisoformat(content["held_on"]),
        attendees=[_line(AttendeeLine, a) for a in content["attendees"]],
        reviews=[_line(ReviewLine, r, ("due_on",)) for r in content["reviews"]],
        hotspots=[_line(HotspotLine, h) for h in content["hotspots"]],
        new_actions=[_line(NewActionLine, n, ("due_on",)) for n in content["new_actions"]],
    )


def keep(session: Session, meeting_id: int, data: MinutesData, source: str) -> None:
    """Store ``data`` as the meeting's minutes, replacing any kept before."""
    snapshot = session.get(MinutesSnapshot, meeting_id)
    if snapshot is None:
        snapshot = MinutesSnapshot(meeting_id=meeting_id)
        session.add(snapshot)
    snapshot.content = to_json(data)
    snapshot.source = source
    snapshot.taken_at = datetime.now(UTC)


def forget(session: Session, meeting_id: int) -> None:
    snapshot = session.get(MinutesSnapshot, meeting_id)
    if snapshot is not None:
        session.delete(snapshot)
