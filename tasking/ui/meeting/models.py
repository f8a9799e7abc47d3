"""Table models for the workspace's lists: attendance, reviews, hotspots, actions raised."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from tasking.services.views import ActionRow, DiscussionView, ReviewItem

R = TypeVar("R")
RAW_ROLE = Qt.ItemDataRole.UserRole + 1  # the record behind a row
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # its id, for finding the row again after a reload
Index = QModelIndex | QPersistentModelIndex

RAG_COLOURS = {
    "red": QColor("#c0392b"),
    "amber": QColor("#d68910"),
    "green": QColor("#1e8449"),
    "grey": QColor("#7f8c8d"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("MeetingModels", text)


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    text: Callable[[R], str]
    colour: Callable[[R], QColor | None] | None = None


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of plain records with named columns; a reload with the same rows keeps selection."""

    columns: Sequence[Column[Any]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def key(self, row: R) -> object:
        return getattr(row, "id", id(row))

    def set_rows(self, rows: Sequence[R]) -> None:
        rows = list(rows)
        if self._rows and [self.key(r) for r in rows] == [self.key(r) for r in self._rows]:
            self._rows = rows  # same records, new values: keep the view's current row
            last = self.index(len(rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: object) -> int:
        for number, row in enumerate(self._rows):
            if self.key(row) == key:
                return number
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.DecorationRole and column.colour is not None:
            return column.colour(row)
        if role == RAW_ROLE:
            return row
        if role == KEY_ROLE:
            return self.key(row)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header
        return super().headerData(section, orientation, role)


def _date(value: object) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


def _rag(row: ActionRow) -> str:
    return {"red": _t("Red"), "amber": _t("Amber"), "green": _t("Green"), "grey": _t("Grey")}.get(
        row.rag, row.rag
    )


def _owner(row: ActionRow) -> str:
    return f"{row.owner_agency}: {row.owner_person}" if row.owner_person else row.owner_agency


@dataclass(frozen=True)
class AttendeeRow:
    """Someone in the partnership, with their attendance at this meeting ("" if not listed)."""

    id: int
    name: str
    role: str
    agency: str
    status: str


ATTENDANCE_LABELS = {"present": "Present", "apologies": "Apologies", "absent": "Absent"}


class AttendanceTableModel(RowsModel[AttendeeRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (
            Column(_t("Name"), lambda r: r.name),
            Column(_t("Role"), lambda r: r.role),
            Column(_t("Agency"), lambda r: r.agency),
            Column(_t("Attendance"), lambda r: _t(ATTENDANCE_LABELS.get(r.status, "—"))),
        )


class ReviewTableModel(RowsModel[ReviewItem]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (
            Column(_t("Ref"), lambda r: r.action.reference),
            Column(_t("Action"), lambda r: r.action.description),
            Column(_t("Owner"), lambda r: _owner(r.action)),
            Column(_t("Due"), lambda r: _date(r.action.due_on)),
            Column(_t("RAG"), lambda r: _rag(r.action), lambda r: RAG_COLOURS.get(r.action.rag)),
            Column(_t("Status"), lambda r: r.action.status_label),
            Column(_t("Update at this meeting"), self._update_text),
        )

    def key(self, row: ReviewItem) -> object:
        return row.action.id

    @staticmethod
    def _update_text(item: ReviewItem) -> str:
        if item.update is None:
            return ""
        return item.update.note.splitlines()[0] if item.update.note else _t("(status changed)")


DECISION_LABELS = {
    "continue": "Continue",
    "monitor": "Monitor",
    "close": "Close",
    "escalate": "Escalate",
}


class DiscussionTableModel(RowsModel[DiscussionView]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (
            Column(_t("Hotspot"), lambda d: d.hotspot),
            Column(_t("Location"), lambda d: d.location),
            Column(_t("Status"), lambda d: d.hotspot_status),
            Column(_t("Decision"), lambda d: _t(DECISION_LABELS.get(d.decision or "", ""))),
            Column(_t("Notes"), lambda d: d.notes.splitlines()[0] if d.notes else ""),
        )


class RaisedActionsTableModel(RowsModel[ActionRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (
            Column(_t("Ref"), lambda r: r.reference),
            Column(_t("Action"), lambda r: r.description),
            Column(_t("Type"), lambda r: r.action_type),
            Column(_t("Owner"), _owner),
            Column(_t("Due"), lambda r: _date(r.due_on)),
            Column(_t("Hotspot"), lambda r: r.hotspot),
        )
