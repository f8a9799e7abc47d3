"""The plain data the exporters render: built by the services, never by the renderers."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

#: Called as ``progress(done, total)``; may raise to cancel the export.
Progress = Callable[[int, int], None]
#: Printed wherever police.uk data is shown or exported.
POLICE_UK_ATTRIBUTION = (
    "Contains public sector information licensed under the Open Government Licence v3.0."
)


@dataclass(frozen=True)
class AttendeeLine:
    name: str
    role: str
    agency: str
    status: str  # "present", "apologies" or "absent"


@dataclass(frozen=True)
class ReviewLine:
    """An action carried forward and reviewed at the meeting."""

    reference: str
    description: str
    owner: str  # agency, and officer when named: "Derby Homes (Aisha Khan)"
    status: str  # label, e.g. "In progress"
    update: str  # what the owner reported at this meeting ("" if nothing)
    action_type: str = ""  # label, e.g. "High-visibility patrol"
    due_on: date | None = None
    closed: bool = False  # its status at the meeting was a closed one (completed, cancelled)
    confidential: bool = False  # left out of the minutes for wider circulation


@dataclass(frozen=True)
class HotspotLine:
    """A hotspot discussed at the meeting."""

    name: str
    location: str
    status: str
    notes: str
    decision: str  # label: "Continue", "Monitor", "Close", "Escalate" or ""
    decision_reason: str
    # police.uk evidence frozen when it was nominated from a candidate, quoted as it was.
    evidence: str = ""
    confidential: bool = False  # left out of the minutes for wider circulation


@dataclass(frozen=True)
class NewActionLine:
    reference: str
    description: str
    owner: str
    due_on: date | None
    hotspot: str = ""
    action_type: str = ""  # label
    confidential: bool = False  # left out of the minutes for wider circulation


@dataclass(frozen=True)
class MinutesData:
    partnership: str  # "Safer Derby Community Safety Partnership"
    title: str  # "Arboretum Neighbourhood Tasking Meeting"
    area: str
    held_on: date
    venue: str
    chair: str
    minute_taker: str
    marking: str  # "OFFICIAL" or "OFFICIAL-SENSITIVE", printed in capitals
    state: str  # "Draft", "Final", "Circulated"
    confidentiality_statement: str
    attendees: Sequence[AttendeeLine]
    reviews: Sequence[ReviewLine]
    hotspots: Sequence[HotspotLine]
    new_actions: Sequence[NewActionLine]
    any_other_business: str
    next_meeting_on: date | None
    generated_at: datetime  # timezone-aware
    author: str  # who generated the file (the OS user or the chair)
    aob_confidential: bool = False  # any other business left out for wider circulation


@dataclass(frozen=True)
class TrackerAction:
    uid: str  # stable identifier across databases, kept hidden in the workbook for read-back
    reference: str
    description: str
    action_type: str
    area: str
    hotspot: str
    owner_agency: str
    owner_officer: str
    raised_on: date | None
    due_on: date | None
    status: str  # label
    rag: str  # "red", "amber", "green" or "grey"
    last_update_on: date | None
    last_update: str
    completed_on: date | None
    outcome: str
    version: int
    # Keys the exports join on: never the display names, which two records may share.
    owner_agency_id: str = ""
    hotspot_id: str = ""  # the TrackerHotspot.uid of the action's hotspot, "" for none


@dataclass(frozen=True)
class TrackerHotspot:
    uid: str
    name: str
    area: str
    lsoa: str
    location: str
    problem_types: str  # comma separated labels
    priority: str
    lead_agency: str
    status: str
    nominated_on: date | None
    review_on: date | None
    lead_agency_id: str = ""  # the same key as TrackerAction.owner_agency_id


@dataclass(frozen=True)
class TrackerData:
    partnership: str
    title: str  # "Action tracker: Arboretum" or "Action tracker: all areas"
    marking: str
    generated_at: datetime  # timezone-aware
    author: str
    statuses: Sequence[str]  # status labels offered in the Status dropdown
    actions: Sequence[TrackerAction]
    hotspots: Sequence[TrackerHotspot] = field(default_factory=tuple)
    agency: str = ""  # set when the workbook holds one agency's actions only
    agency_id: str = ""
    #: The marking each agency's own file takes by default (agency key -> printed label):
    #: the highest marking of the meetings its actions come from. Empty when one marking,
    #: chosen for the whole export, applies to every file.
    agency_markings: Mapping[str, str] = field(default_factory=dict)
    # The status codes matching ``statuses`` (written beside the labels on the Lists sheet).
    status_codes: Sequence[str] = field(default_factory=tuple)
    # The export batch stamped in the workbook, so a returned copy is matched to what was sent.
    batch_id: str = ""
