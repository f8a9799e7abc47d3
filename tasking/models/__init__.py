"""The records a chair keeps, and the storage that keeps them safe. No Qt here."""

from tasking.models.action import Action, ActionUpdate
from tasking.models.audit import AuditEntry
from tasking.models.base import Base, UTCDateTime, utcnow
from tasking.models.counters import ReferenceCounter
from tasking.models.export_batch import ExportBatch, ExportBatchAction, TrackerReturn
from tasking.models.hotspot import Hotspot, HotspotStatusChange, hotspot_problem_type
from tasking.models.meeting import (
    ATTENDANCE_STATUSES,
    MEETING_STATES,
    ActionReview,
    Attendance,
    HotspotDiscussion,
    Meeting,
)
from tasking.models.minutes import MinutesSnapshot
from tasking.models.partnership import Agency, Area, Lsoa, Partnership, Person, Term
from tasking.models.places import (
    Boundary,
    HotspotEvidence,
    MapPointExclusion,
    PoliceIncident,
    PoliceMonth,
)

__all__ = [
    "ATTENDANCE_STATUSES",
    "MEETING_STATES",
    "Action",
    "ActionReview",
    "ActionUpdate",
    "Agency",
    "Area",
    "Attendance",
    "AuditEntry",
    "Base",
    "Boundary",
    "ExportBatch",
    "ExportBatchAction",
    "Hotspot",
    "HotspotDiscussion",
    "HotspotEvidence",
    "HotspotStatusChange",
    "Lsoa",
    "MapPointExclusion",
    "Meeting",
    "MinutesSnapshot",
    "Partnership",
    "Person",
    "PoliceIncident",
    "PoliceMonth",
    "ReferenceCounter",
    "Term",
    "TrackerReturn",
    "UTCDateTime",
    "hotspot_problem_type",
    "utcnow",
]
