"""The tracker's table model: sorts and filters inside itself, fast for 50,000 rows.

A QSortFilterProxyModel calls back into Python for every comparison (seconds for 50,000
rows), so this model keeps a sorted order of row numbers and a visible subset computed with
one list comprehension over pre-lowered strings; the view only ever asks for visible rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from tasking.services.rag import RAG_LABELS
from tasking.services.views import ActionRow
from tasking.ui.fields import qdate
from tasking.ui.tracker.columns import COLUMN, COLUMNS, search_text

RAW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
EDITABLE_COLUMNS = frozenset({COLUMN["status"], COLUMN["due_on"]})
RAG_COLOURS = {
    "red": QColor("#f4b6b6"),
    "amber": QColor("#fbd89a"),
    "green": QColor("#b9e4c0"),
    "grey": QColor("#d9d9d9"),
}
RAG_BRUSHES = {rag: QBrush(colour) for rag, colour in RAG_COLOURS.items()}
BLACK = QBrush(QColor("black"))
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
EDIT = int(Qt.ItemDataRole.EditRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
OTHER_ROLES = frozenset({EDIT, TOOLTIP, BACKGROUND, FOREGROUND, int(RAW_ROLE), int(ID_ROLE)})
NO_FLAGS = Qt.ItemFlag.NoItemFlags
ROW_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)
EDITABLE_FLAGS = ROW_FLAGS | Qt.ItemFlag.ItemIsEditable
Index = QModelIndex | QPersistentModelIndex
# An edit the model asks its owner to save: (row, column key, new value) -> saved?
EditHandler = Callable[[ActionRow, str, Any], bool]


@dataclass(frozen=True)
class TrackerFilter:
    text: str = ""
    agency_id: int | None = None
    status: str | None = None  # a status code, or OPEN_STATUSES for "not closed"
    overdue_only: bool = False
    area_id: int | None = None
    hotspot_id: int | None = None


OPEN_STATUSES = "*open*"


class TrackerModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ActionRow] = []
        self._search: list[str] = []
        self._order: list[int] = []  # every row number, in the current sort order
        self._visible: list[int] = []  # the rows shown, in order
        self._filter = TrackerFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.edit_handler: EditHandler | None = None
        # "changed by <login> just now", by action id (tasking.ui.remote_changes fills it)
        self.remote_notes: dict[int, str] = {}

    # --- loading -----------------------------------------------------------------------
    def set_rows(self, rows: list[ActionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [search_text(r) for r in self._rows]
        self._order = self._sorted_order()
        self._visible = self._matching()
        self.endResetModel()

    def replace_rows(self, rows: Iterable[ActionRow]) -> None:
        """Show fresh copies of some rows where they are, without re-sorting under the user."""
        where = {r.id: n for n, r in enumerate(self._rows)}
        changed = set()
        for row in rows:
            n = where.get(row.id)
            if n is not None:
                self._rows[n] = row
                self._search[n] = search_text(row)
                changed.add(n)
        position = {n: p for p, n in enumerate(self._visible)} if changed else {}
        for n in changed:
            p = position.get(n)
            if p is not None:
                self.dataChanged.emit(self.index(p, 0), self.index(p, len(COLUMNS) - 1))

    # --- filtering and sorting ---------------------------------------------------------
    @property
    def filter(self) -> TrackerFilter:
        return self._filter

    def set_filter(self, wanted: TrackerFilter) -> None:
        if wanted == self._filter:
            return
        before, self._filter = self._filter, wanted
        # Typing one more letter can only narrow the rows: search those shown, not all.
        narrower = replace(before, text="") == replace(
            wanted, text=""
        ) and wanted.text.casefold().startswith(before.text.casefold())
        self.beginResetModel()
        self._visible = self._matching(self._visible if narrower else None)
        self.endResetModel()

    def _matching(self, within: list[int] | None = None) -> list[int]:
        f, rows = self._filter, self._rows
        order = self._order if within is None else within
        if f.agency_id is not None:
            order = [n for n in order if rows[n].owner_agency_id == f.agency_id]
        if f.area_id is not None:
            order = [n for n in order if rows[n].area_id == f.area_id]
        if f.hotspot_id is not None:
            order = [n for n in order if rows[n].hotspot_id == f.hotspot_id]
        if f.status == OPEN_STATUSES:
            order = [n for n in order if not rows[n].closed]
        elif f.status is not None:
            order = [n for n in order if rows[n].status == f.status]
        if f.overdue_only:
            order = [n for n in order if rows[n].overdue]
        text = f.text.strip().casefold()
        if text:
            search = self._search
            for word in text.split():
                order = [n for n in order if word in search[n]]
        return list(order)

    def _sorted_order(self) -> list[int]:
        if self._sort is None:
            return list(range(len(self._rows)))
        column, order = self._sort
        key = COLUMNS[column].sort_key
        keys = [key(r) for r in self._rows]
        return sorted(
            range(len(keys)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [self._visible[i.row()] if 0 <= i.row() < len(self._visible) else -1 for i in before]
        self._sort = (column, order)
        self._order = self._sorted_order()
        self._visible = self._matching()
        position = {n: p for p, n in enumerate(self._visible)}
        after = [
            self.index(position[n], i.column()) if n in position else QModelIndex()
            for n, i in zip(held, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # --- reading -----------------------------------------------------------------------
    @property
    def total(self) -> int:
        return len(self._rows)

    def row_at(self, index: Index) -> ActionRow:
        return self._rows[self._visible[index.row()]]

    def visible_rows(self) -> list[ActionRow]:
        return [self._rows[n] for n in self._visible]

    def position_of(self, action_id: int) -> int | None:
        for p, n in enumerate(self._visible):
            if self._rows[n].id == action_id:
                return p
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("Tracker", COLUMNS[section].heading)
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Called for every painted cell and role: the common cases return first.
        if role == DISPLAY:
            try:
                row = self._rows[self._visible[index.row()]]
            except IndexError:
                return None
            shown = COLUMNS[index.column()].text(row)
            note = self.remote_notes.get(row.id) if self.remote_notes else None
            if note and COLUMNS[index.column()].key == "description":
                return f"{shown} — {note}"
            return shown
        if role not in OTHER_ROLES or not index.isValid():
            return None
        try:
            row = self._rows[self._visible[index.row()]]
        except IndexError:
            return None
        column = COLUMNS[index.column()]
        if role == EDIT:
            value = column.raw(row)
            return qdate(value) if isinstance(value, date) else value
        if role == RAW_ROLE:
            return column.raw(row)
        if role == ID_ROLE:
            return row.id
        if role == TOOLTIP:
            if row.id in self.remote_notes:
                return self.remote_notes[row.id]
            if column.key == "rag":
                return QCoreApplication.translate("Tracker", RAG_LABELS.get(row.rag, row.rag))
            if column.key in ("description", "last_update"):
                return column.text(row) or None
            return None
        if column.key == "rag":
            if role == BACKGROUND and row.rag in RAG_BRUSHES:
                return RAG_BRUSHES[row.rag]
            if role == FOREGROUND:
                return BLACK  # legible on every RAG colour, in any theme
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return NO_FLAGS
        if self.edit_handler is not None and index.column() in EDITABLE_COLUMNS:
            return EDITABLE_FLAGS
        return ROW_FLAGS

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit_handler is None:
            return False
        if index.column() not in EDITABLE_COLUMNS:
            return False
        if isinstance(value, QDate):
            value = value.toPython()
        row = self.row_at(index)
        if COLUMNS[index.column()].raw(row) == value:
            return False
        return self.edit_handler(row, COLUMNS[index.column()].key, value)
