"""The plain data of circulation: the agenda, e-mail drafts and the invite to the next meeting."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time


@dataclass(frozen=True)
class AgendaAction:
    """An action due for review at the meeting."""

    reference: str
    description: str
    owner: str  # "Derby Homes (Aisha Khan)"
    due_on: date | None
    status: str  # label
    overdue: bool = False


@dataclass(frozen=True)
class AgendaHotspot:
    """A hotspot to be discussed."""

    name: str
    location: str
    status: str  # label
    open_actions: int = 0


@dataclass(frozen=True)
class AgendaData:
    partnership: str
    title: str  # "Arboretum Neighbourhood Tasking Meeting"
    area: str
    held_on: date
    venue: str
    chair: str
    marking: str
    confidentiality_statement: str
    items: Sequence[str]  # the agenda, in the order the chair runs the meeting
    actions: Sequence[AgendaAction]
    hotspots: Sequence[AgendaHotspot]
    generated_at: datetime  # timezone-aware
    author: str


@dataclass(frozen=True)
class Attachment:
    path: str  # the file to attach, already written
    content_type: str  # "application/pdf"


@dataclass(frozen=True)
class Draft:
    """One e-mail draft for the chair's own mail program to send."""

    file_stem: str  # "Minutes - attendees"
    subject: str  # starts with the marking in capitals
    recipients: Sequence[tuple[str, str]]  # (name, address)
    body: str
    attachments: Sequence[Attachment] = field(default_factory=tuple)
    sender: str = ""  # "Name <address>" or ""


@dataclass(frozen=True)
class Invite:
    """The next meeting, as a calendar entry (RFC 5545)."""

    uid: str  # stable per meeting series and date
    summary: str
    starts: datetime  # naive, local UK time
    ends: datetime  # naive, local UK time
    location: str
    description: str
    organiser: tuple[str, str] = ("", "")  # (name, address)
    stamp: datetime | None = None  # timezone-aware; when the invite was made


DEFAULT_START = time(10, 0)
DEFAULT_LENGTH_MINUTES = 120
