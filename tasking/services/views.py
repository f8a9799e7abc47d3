"""Plain, detached copies of records handed to the UI and the command line: never a live session."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple


@dataclass(frozen=True, slots=True)
class AreaView:
    id: int
    code: str
    name: str
    prefix: str


@dataclass(frozen=True, slots=True)
class LsoaView:
    id: int
    code: str
    name: str
    area_id: int
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True, slots=True)
class AgencyView:
    id: int
    name: str
    short_name: str
    active: bool
    version: int


@dataclass(frozen=True, slots=True)
class PersonView:
    id: int
    name: str
    role: str
    email: str
    agency_id: int
    agency: str
    active: bool
    version: int


@dataclass(frozen=True, slots=True)
class TermView:
    id: int
    kind: str
    code: str
    label: str
    closed: bool
    active: bool
    built_in: bool
    position: int
    version: int
    effect: str | None = None  # what a hotspot decision does (rules.DecisionEffect)


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    id: int
    area_id: int
    area: str
    held_on: date
    venue: str
    chair: str
    state: str
    marking: str
    present: int
    reviewed: int
    raised: int
    version: int


@dataclass(frozen=True, slots=True)
class AttendanceView:
    id: int
    person_id: int
    name: str
    role: str
    agency_id: int
    agency: str
    status: str
    version: int


@dataclass(frozen=True, slots=True)
class UpdateView:
    id: int
    action_id: int
    noted_on: date
    note: str
    status_from: str | None
    status_to: str | None
    meeting_id: int | None
    meeting: str
    recorded_by: str
    version: int
    action_version: int = 0  # the action's version after this update, for the next edit


class ActionRow(NamedTuple):
    """One row of the action tracker, with its derived state (overdue, RAG).

    A named tuple, not a dataclass: a large partnership holds 30,000 or more of them, made
    from the driver's rows in one ``tuple.__new__`` each. The garbage collector keeps
    tracking them (it stops tracking plain tuples of plain values, never named tuples), so
    the window freezes them once read (tasking.ui.collections_paused): its full collections
    then do not grow with the tracker.
    """

    id: int
    uid: str
    reference: str
    description: str
    action_type_id: int
    action_type: str
    area_id: int
    area: str
    hotspot_id: int | None
    hotspot: str
    owner_agency_id: int
    owner_agency: str
    owner_person_id: int | None
    owner_person: str
    raised_at_id: int | None
    raised_on: date
    due_on: date | None
    status: str
    status_label: str
    closed: bool
    completed_on: date | None
    outcome: str
    last_update_on: date | None
    last_update: str
    meetings_without_update: int
    overdue: bool
    rag: str
    version: int


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """An action on a meeting's review list, with what was reported at that meeting."""

    action: ActionRow
    position: int
    update: UpdateView | None  # the update recorded at this meeting, if any


@dataclass(frozen=True, slots=True)
class DiscussionView:
    id: int
    hotspot_id: int
    hotspot: str
    location: str
    hotspot_status: str
    hotspot_version: int
    notes: str
    decision: str | None
    decision_reason: str
    version: int
    decision_label: str = ""  # the decision as the partnership's vocabulary names it
    confidential: bool = False  # left out of the minutes for wider circulation


@dataclass(frozen=True, slots=True)
class MeetingDetail:
    id: int
    area_id: int
    area: str
    area_prefix: str
    held_on: date
    venue: str
    chair_id: int | None
    chair: str
    minute_taker_id: int | None
    minute_taker: str
    state: str
    marking: str
    next_meeting_on: date | None
    any_other_business: str
    finalised_at: datetime | None
    version: int
    attendance: list[AttendanceView] = field(default_factory=list)
    reviews: list[ReviewItem] = field(default_factory=list)
    discussions: list[DiscussionView] = field(default_factory=list)
    new_actions: list[ActionRow] = field(default_factory=list)
    # Left out of the minutes for wider circulation.
    aob_confidential: bool = False
    confidential_actions: frozenset[int] = frozenset()

    @property
    def editable(self) -> bool:
        return self.state == "draft"


@dataclass(frozen=True, slots=True)
class HotspotRow:
    id: int
    uid: str
    name: str
    area_id: int
    area: str
    lsoa_id: int | None
    lsoa: str
    location: str
    problem_type_ids: tuple[int, ...]
    problem_types: str
    priority_id: int | None
    priority: str
    lead_agency_id: int | None
    lead_agency: str
    status: str
    status_label: str
    nominated_on: date
    review_on: date | None
    open_actions: int
    version: int


@dataclass(frozen=True, slots=True)
class StatusChangeView:
    changed_on: date
    from_status: str | None
    to_status: str
    reason: str
    meeting_id: int | None
    changed_by: str


@dataclass(frozen=True, slots=True)
class HotspotDetail:
    row: HotspotRow
    latitude: float | None
    longitude: float | None
    nominated_by_id: int | None
    nominated_by: str
    nomination_reason: str
    status_reason: str
    repeat_victims: bool
    objective: str
    scanning: str
    analysis_victim: str
    analysis_offender: str
    analysis_location: str
    analysis: str
    response: str
    assessment: str
    status_changes: list[StatusChangeView] = field(default_factory=list)

    @property
    def id(self) -> int:
        return self.row.id

    @property
    def version(self) -> int:
        return self.row.version


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One line of a hotspot's or an action's story, in date order."""

    on: date
    kind: str  # "nominated", "status", "meeting", "action", "update"
    text: str
    meeting_id: int | None = None
    action_id: int | None = None


@dataclass(frozen=True, slots=True)
class ActionDetail:
    row: ActionRow
    asb_power_id: int | None
    asb_power: str
    raised_at: str
    updates: list[UpdateView] = field(default_factory=list)
    reviewed_at: list[tuple[int, date]] = field(default_factory=list)
