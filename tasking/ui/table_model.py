"""A table model over a short list of records (meetings, hotspots, people), and its filter proxy.

The tracker has its own model because it holds tens of thousands of rows; these lists hold
hundreds, so a QSortFilterProxyModel calling into Python is quick enough and simpler.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QTableView

R = TypeVar("R")
RAW_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
SIZE_ROWS = 50  # rows measured to size a column: all of a thousand meetings took a second
Index = QModelIndex | QPersistentModelIndex
# Saves an inline edit: (record, column key, new value) -> saved?
EditHandler = Callable[[Any, str, Any], bool]


def uk_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


@dataclass(frozen=True)
class Column(Generic[R]):
    key: str
    heading: str
    raw: Callable[[R], Any]
    text: Callable[[R], str] | None = None
    editable: bool = False

    def display(self, record: R) -> str:
        if self.text is not None:
            return self.text(record)
        value = self.raw(record)
        if isinstance(value, date):
            return uk_date(value)
        if isinstance(value, bool):
            return QCoreApplication.translate("Records", "Yes" if value else "No")
        return "" if value is None else str(value)


def attribute(key: str, heading: str, *, editable: bool = False) -> Column[Any]:
    return Column(key, heading, lambda r: getattr(r, key), editable=editable)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], context: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.context = context  # the translation context of the headings
        self.records: list[R] = []
        self.edit_handler: EditHandler | None = None
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()
        if self._sorted is not None:
            self.sort(*self._sorted)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the records themselves (one Python sort), keeping selections on their rows."""
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [self.records[i.row()] if 0 <= i.row() < len(self.records) else None for i in before]
        raw = self.columns[column].raw
        keys = [_sortable(raw(r)) for r in self.records]
        order_of = sorted(
            range(len(keys)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.records = [self.records[n] for n in order_of]
        position = {id(r): p for p, r in enumerate(self.records)}
        after = [
            self.index(position[id(r)], i.column()) if r is not None else QModelIndex()
            for r, i in zip(held, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
        self._sorted = (column, order)

    def record_at(self, row: int) -> R:
        return self.records[row]

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return QCoreApplication.translate(self.context, self.columns[section].heading)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.display(record)
        if role == Qt.ItemDataRole.EditRole:
            value = column.raw(record)
            return "" if value is None else value
        if role == RAW_ROLE:
            return column.raw(record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = column.raw(record)
            if isinstance(value, int) and not isinstance(value, bool):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == RECORD_ROLE:
            return record
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.edit_handler and self.columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.edit_handler:
            return False
        column = self.columns[index.column()]
        record = self.records[index.row()]
        if not column.editable or column.raw(record) == value:
            return False
        return self.edit_handler(record, column.key, value)


def fit_columns(table: QTableView, most_chars: int = 36) -> None:
    """Size columns to their contents (judged on the first rows), none wider than ``most_chars``."""
    table.horizontalHeader().setResizeContentsPrecision(SIZE_ROWS)
    table.resizeColumnsToContents()
    widest = table.fontMetrics().averageCharWidth() * most_chars
    header = table.horizontalHeader()
    for section in range(header.count()):
        if header.sectionSize(section) > widest:
            header.resizeSection(section, widest)


def _sortable(value: Any) -> tuple[int, Any]:
    if value is None or value == "":
        return (1, "")
    if isinstance(value, str):
        return (0, value.casefold())
    return (0, value)


class RecordFilterProxy(QSortFilterProxyModel):
    """Keeps the rows a predicate accepts; sorting is passed to the source model.

    A proxy sorting in Python calls back per comparison (a fifth of a second for a thousand
    meetings); the source sorts once with a key list instead.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._accepts: Callable[[Any], bool] | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def set_predicate(self, accepts: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._accepts = accepts
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._accepts is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, RecordTableModel)
        return self._accepts(model.record_at(source_row))

    def record_at(self, index: Index) -> Any:
        return index.data(RECORD_ROLE)
