"""Table models for the workspace's lists: attendance, reviews, hotspots, actions raised."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from tasking.services.views import ActionRow, DiscussionView, ReviewItem
from tasking.ui.labels import attendance, rag_meaning, rag_word
from tasking.ui.table_model import Column, RecordTableModel, uk_date
from tasking.ui.translation import QT_TRANSLATE_NOOP

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
    Column("name", QT_TRANSLATE_NOOP("MeetingModels", "Name"), lambda r: r.name),
    Column("role", QT_TRANSLATE_NOOP("MeetingModels", "Role"), lambda r: r.role),
    Column("agency", QT_TRANSLATE_NOOP("MeetingModels", "Agency"), lambda r: r.agency),
    Column(
        "status",
        QT_TRANSLATE_NOOP("MeetingModels", "Attendance"),
        lambda r: r.status,
        text=lambda r: attendance(r.status),
    ),
]


def _update_text(item: ReviewItem) -> str:
    if item.update is None:
        return ""
    if item.update.note:
        return _first_line(item.update.note)
    return QCoreApplication.translate("MeetingModels", "(status changed)")


REVIEW_COLUMNS: list[Column[ReviewItem]] = [
    Column("reference", QT_TRANSLATE_NOOP("MeetingModels", "Ref"), lambda r: r.action.reference),
    Column(
        "description", QT_TRANSLATE_NOOP("MeetingModels", "Action"), lambda r: r.action.description
    ),
    Column("owner", QT_TRANSLATE_NOOP("MeetingModels", "Owner"), lambda r: _owner(r.action)),
    Column(
        "due_on",
        QT_TRANSLATE_NOOP("MeetingModels", "Due"),
        lambda r: r.action.due_on,
        text=lambda r: uk_date(r.action.due_on),
    ),
    Column(
        "rag",
        QT_TRANSLATE_NOOP("MeetingModels", "RAG"),
        lambda r: r.action.rag,
        text=lambda r: rag_word(r.action.rag),
        tip=lambda r: rag_meaning(r.action.rag),
        rag=lambda r: r.action.rag,
    ),
    Column(
        "status",
        QT_TRANSLATE_NOOP("MeetingModels", "Status"),
        lambda r: r.action.status,
        text=lambda r: r.action.status_label,
    ),
    Column("update", QT_TRANSLATE_NOOP("MeetingModels", "Update at this meeting"), _update_text),
]
DISCUSSION_COLUMNS: list[Column[DiscussionView]] = [
    Column("hotspot", QT_TRANSLATE_NOOP("MeetingModels", "Hotspot"), lambda d: d.hotspot),
    Column("location", QT_TRANSLATE_NOOP("MeetingModels", "Location"), lambda d: d.location),
    Column("status", QT_TRANSLATE_NOOP("MeetingModels", "Status"), lambda d: d.hotspot_status),
    Column(
        "decision",
        QT_TRANSLATE_NOOP("MeetingModels", "Decision"),
        lambda d: d.decision,
        text=lambda d: d.decision_label,
    ),
    Column("notes", QT_TRANSLATE_NOOP("MeetingModels", "Notes"), lambda d: _first_line(d.notes)),
]
RAISED_COLUMNS: list[Column[ActionRow]] = [
    Column("reference", QT_TRANSLATE_NOOP("MeetingModels", "Ref"), lambda r: r.reference),
    Column("description", QT_TRANSLATE_NOOP("MeetingModels", "Action"), lambda r: r.description),
    Column("action_type", QT_TRANSLATE_NOOP("MeetingModels", "Type"), lambda r: r.action_type),
    Column("owner", QT_TRANSLATE_NOOP("MeetingModels", "Owner"), _owner),
    Column("due_on", QT_TRANSLATE_NOOP("MeetingModels", "Due"), lambda r: r.due_on),
    Column("hotspot", QT_TRANSLATE_NOOP("MeetingModels", "Hotspot"), lambda r: r.hotspot),
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
