"""Where each kind of searchable text lives: the rows a search finds, and what it shows of them.

Each kind gives two queries. ``found`` picks the matching rows, newest first, by the text
condition the search passes in (the SQLite index, or folded text on PostgreSQL); ``details``
reads what a result shows for the few rows kept. Both read the tables themselves, so a row
the connection may not see (an officer's row-level security on a shared server) is never
found, and a row since deleted is never shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, false, literal, null, select

from tasking.models import (
    Action,
    ActionUpdate,
    Area,
    Hotspot,
    HotspotDiscussion,
    HotspotStatusChange,
    Meeting,
)
from tasking.models.search_index import CODES, HOTSPOT_TEXTS

# (the kind's code, the id column, its text columns) -> the condition for a match
Matcher = Callable[[int, Any, Sequence[Any]], ColumnElement[bool]]
# A column or a mapped attribute: select() takes either.
Column = Any
Query = Select[Any]


@dataclass(frozen=True)
class Source:
    kind: str
    id: Column
    dated: Column
    texts: tuple[Column, ...]
    joined: Callable[[Query], Query]
    confidential: Column
    # meeting, action, hotspot, area name, label (reference, hotspot, venue)
    shown: tuple[Column, ...]

    @property
    def code(self) -> int:
        return CODES[self.kind]

    def found(self, matches: Matcher, leave_out_confidential: bool) -> Query:
        query = select(literal(self.code).label("code"), self.id.label("id"), self.dated)
        query = self.joined(query).where(matches(self.code, self.id, self.texts))
        if leave_out_confidential:
            query = query.where(self.confidential.is_(False))
        return query

    def details(self, ids: Sequence[int], leave_out_confidential: bool = False) -> Query:
        query: Query = select(self.id, self.confidential, *self.shown, *self.texts)
        query = self.joined(query).where(self.id.in_(ids))
        if leave_out_confidential:
            query = query.where(self.confidential.is_(False))
        return query


def _meeting(query: Query) -> Query:
    return query.select_from(Meeting).join(Area, Area.id == Meeting.area_id)


def _discussion(query: Query) -> Query:
    return (
        query.select_from(HotspotDiscussion)
        .join(Meeting, Meeting.id == HotspotDiscussion.meeting_id)
        .join(Area, Area.id == Meeting.area_id)
        .join(Hotspot, Hotspot.id == HotspotDiscussion.hotspot_id)
    )


def _action(query: Query) -> Query:
    return query.select_from(Action).join(Area, Area.id == Action.area_id)


def _update(query: Query) -> Query:
    return (
        query.select_from(ActionUpdate)
        .join(Action, Action.id == ActionUpdate.action_id)
        .join(Area, Area.id == Action.area_id)
    )


def _hotspot(query: Query) -> Query:
    return query.select_from(Hotspot).join(Area, Area.id == Hotspot.area_id)


def _status_change(query: Query) -> Query:
    return (
        query.select_from(HotspotStatusChange)
        .join(Hotspot, Hotspot.id == HotspotStatusChange.hotspot_id)
        .join(Area, Area.id == Hotspot.area_id)
    )


_NONE = null()
_OPEN = false()
_HOTSPOT_TEXTS = tuple(getattr(Hotspot, name) for name in HOTSPOT_TEXTS)

SOURCES: tuple[Source, ...] = (
    Source(
        "meeting",
        Meeting.id,
        Meeting.held_on.label("dated"),
        (Meeting.venue, Area.name),  # the venue first: the snippet shows its line
        _meeting,
        _OPEN,
        (Meeting.id, _NONE, _NONE, Area.name, Meeting.venue),
    ),
    Source(
        "aob",
        Meeting.id,
        Meeting.held_on.label("dated"),
        (Meeting.any_other_business,),
        _meeting,
        Meeting.aob_confidential,
        (Meeting.id, _NONE, _NONE, Area.name, Meeting.venue),
    ),
    Source(
        "notes",
        HotspotDiscussion.id,
        Meeting.held_on.label("dated"),
        (HotspotDiscussion.notes,),
        _discussion,
        HotspotDiscussion.confidential,
        (Meeting.id, _NONE, Hotspot.id, Area.name, Hotspot.name),
    ),
    Source(
        "decision",
        HotspotDiscussion.id,
        Meeting.held_on.label("dated"),
        (HotspotDiscussion.decision_reason,),
        _discussion,
        HotspotDiscussion.confidential,
        (Meeting.id, _NONE, Hotspot.id, Area.name, Hotspot.name),
    ),
    Source(
        "action",
        Action.id,
        Action.raised_on.label("dated"),
        (Action.reference, Action.description, Action.outcome),
        _action,
        Action.confidential,
        (Action.raised_at_id, Action.id, Action.hotspot_id, Area.name, Action.reference),
    ),
    Source(
        "update",
        ActionUpdate.id,
        ActionUpdate.noted_on.label("dated"),
        (ActionUpdate.note,),
        _update,
        Action.confidential,
        (ActionUpdate.meeting_id, Action.id, Action.hotspot_id, Area.name, Action.reference),
    ),
    Source(
        "hotspot",
        Hotspot.id,
        Hotspot.nominated_on.label("dated"),
        _HOTSPOT_TEXTS,
        _hotspot,
        _OPEN,
        (_NONE, _NONE, Hotspot.id, Area.name, Hotspot.name),
    ),
    Source(
        "status_change",
        HotspotStatusChange.id,
        HotspotStatusChange.changed_on.label("dated"),
        (HotspotStatusChange.reason,),
        _status_change,
        _OPEN,
        (HotspotStatusChange.meeting_id, _NONE, Hotspot.id, Area.name, Hotspot.name),
    ),
)
BY_CODE = {s.code: s for s in SOURCES}
