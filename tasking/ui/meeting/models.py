"""Table models for the workspace's lists: attendance, reviews, hotspots, actions raised."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from tasking.services.views import ActionRow, DiscussionView, ReviewItem
from tasking.ui.labels import attendance, rag_meaning, rag_word
from tasking.ui.table_model import Column, RecordTableModel, uk_date

CONTEXT = "MeetingModels"  # the translation context of the headings


def _owner(row: ActionRow) -> str:
    return f"{row.owner_agency}: {row.owner_person}" if row.owner_person else row.owner_agency


def _first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


@dataclass(frozen=True)
class AttendeeRow:
    """Someone in the partnership, with their attendance at this meeting ("" if not listed)."""

    id: int
    name: str
    role: str
    agency: str
    status: str


ATTENDANCE_COLUMNS: list[Column[AttendeeRow]] = [
    Column("name", "Name", lambda r: r.name),
    Column("role", "Role", lambda r: r.role),
    Column("agency", "Agency", lambda r: r.agency),
    Column("status", "Attendance", lambda r: r.status, text=lambda r: attendance(r.status)),
]


def _update_text(item: ReviewItem) -> str:
    if item.update is None:
        return ""
    if item.update.note:
        return _first_line(item.update.note)
    return QCoreApplication.translate(CONTEXT, "(status changed)")


REVIEW_COLUMNS: list[Column[ReviewItem]] = [
    Column("reference", "Ref", lambda r: r.action.reference),
    Column("description", "Action", lambda r: r.action.description),
    Column("owner", "Owner", lambda r: _owner(r.action)),
    Column("due_on", "Due", lambda r: r.action.due_on, text=lambda r: uk_date(r.action.due_on)),
    Column(
        "rag",
        "RAG",
        lambda r: r.action.rag,
        text=lambda r: rag_word(r.action.rag),
        tip=lambda r: rag_meaning(r.action.rag),
        rag=lambda r: r.action.rag,
    ),
    Column("status", "Status", lambda r: r.action.status, text=lambda r: r.action.status_label),
    Column("update", "Update at this meeting", _update_text),
]
DISCUSSION_COLUMNS: list[Column[DiscussionView]] = [
    Column("hotspot", "Hotspot", lambda d: d.hotspot),
    Column("location", "Location", lambda d: d.location),
    Column("status", "Status", lambda d: d.hotspot_status),
    Column("decision", "Decision", lambda d: d.decision, text=lambda d: d.decision_label),
    Column("notes", "Notes", lambda d: _first_line(d.notes)),
]
RAISED_COLUMNS: list[Column[ActionRow]] = [
    Column("reference", "Ref", lambda r: r.reference),
    Column("description", "Action", lambda r: r.description),
    Column("action_type", "Type", lambda r: r.action_type),
    Column("owner", "Owner", _owner),
    Column("due_on", "Due", lambda r: r.due_on),
    Column("hotspot", "Hotspot", lambda r: r.hotspot),
]


class AttendanceTableModel(RecordTableModel[AttendeeRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(ATTENDANCE_COLUMNS, CONTEXT, parent)


class ReviewTableModel(RecordTableModel[ReviewItem]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(REVIEW_COLUMNS, CONTEXT, parent, key=lambda r: r.action.id)


class DiscussionTableModel(RecordTableModel[DiscussionView]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(DISCUSSION_COLUMNS, CONTEXT, parent)


class RaisedActionsTableModel(RecordTableModel[ActionRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(RAISED_COLUMNS, CONTEXT, parent)
