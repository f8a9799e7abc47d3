"""The one table model of the window: records in rows, named columns, the roles of ui.roles.

Short lists (meetings, hotspots, people, a meeting's agenda) use it as it is, with a
``RecordFilterProxy`` for filters. The tracker's model subclasses it to sort and filter
tens of thousands of rows inside itself (see tracker/model.py).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QStyle, QTableView

from tasking.ui.labels import RAG_BRUSHES, RAG_TEXT_BRUSH
from tasking.ui.roles import RAW_ROLE, RECORD_ROLE

R = TypeVar("R")
SIZE_ROWS = 50  # rows measured to size a column: all of a thousand meetings took a second
Index = QModelIndex | QPersistentModelIndex
# Saves an inline edit: (record, column key, new value) -> saved?
EditHandler = Callable[[Any, str, Any], bool]
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
EDIT = int(Qt.ItemDataRole.EditRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
#: The roles ``cell`` answers; a view asks for a dozen more per painted cell (font, icon,
#: check state…), each answered None at once.
ANSWERED = frozenset(
    (DISPLAY, TOOLTIP, EDIT, int(RAW_ROLE), int(RECORD_ROLE), BACKGROUND, FOREGROUND, ALIGNMENT)
)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

__all__ = ["RAW_ROLE", "RECORD_ROLE", "Column", "RecordFilterProxy", "RecordTableModel"]


def uk_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def sortable(value: Any) -> tuple[int, Any]:
    """A sort key putting empty values last and text in case-blind order."""
    if value is None or value == "":
        return (1, "")
    if isinstance(value, str):
        return (0, value.casefold())
    return (0, value)


@dataclass(frozen=True)
class Column(Generic[R]):
    """A named column: its raw value, and optionally its text, sort key, tooltip and RAG."""

    key: str
    heading: str  # in English; translated under the model's context
    raw: Callable[[R], Any]
    text: Callable[[R], str] | None = None
    editable: bool = False
    sort: Callable[[R], Any] | None = None
    tip: Callable[[R], str | None] | None = None
    rag: Callable[[R], str] | None = None  # the record's RAG code: the cell takes its colour

    def display(self, record: R) -> str:
        if self.text is not None:
            return self.text(record)
        value = self.raw(record)
        if isinstance(value, date):
            return uk_date(value)
        if isinstance(value, bool):
            return (
                QCoreApplication.translate("Records", "Yes")
                if value
                else QCoreApplication.translate("Records", "No")
            )
        return "" if value is None else str(value)

    def sort_key(self, record: R) -> Any:
        return self.sort(record) if self.sort is not None else sortable(self.raw(record))


def attribute(key: str, heading: str, *, editable: bool = False) -> Column[Any]:
    return Column(key, heading, lambda r: getattr(r, key), editable=editable)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Records with named columns; reloading the same records keeps the view's current row."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        context: str,
        parent: Any = None,
        key: Callable[[R], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.context = context  # the translation context of the headings
        self.records: list[R] = []
        self.edit_handler: EditHandler | None = None
        self.key: Callable[[R], object] = key or (lambda r: getattr(r, "id", id(r)))
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    def set_records(self, records: Sequence[R]) -> None:
        records = list(records)
        if self.records and [self.key(r) for r in records] == [self.key(r) for r in self.records]:
            self.records = records  # the same records, new values: keep selection and scroll
            last = self.index(len(records) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        else:
            self.beginResetModel()
            self.records = records
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
        sort_key = self.columns[column].sort_key
        keys = [sort_key(r) for r in self.records]
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

    def record_at(self, row: int) -> R | None:
        """The record shown in ``row``, or None past the end."""
        return self.records[row] if 0 <= row < len(self.records) else None

    def row_of(self, key: object) -> int:
        """The row showing the record with this key, or -1."""
        return next((n for n in range(self.rowCount()) if self.key(self.record_at(n)) == key), -1)  # type: ignore[arg-type]

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

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in ANSWERED:  # asked for every painted cell: the rest return at once
            return None
        row = index.row()
        if not 0 <= row < len(self.records) or not index.isValid():
            return None
        return self.cell(self.records[row], self.columns[index.column()], role)

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role a painted cell asks for (seven) in one call from Qt, not seven."""
        own = type(self).data is RecordTableModel.data  # a subclass's data() has its say
        row = index.row()
        record = self.records[row] if index.isValid() and 0 <= row < len(self.records) else None
        column = self.columns[index.column()] if record is not None else None
        single = isinstance(roleDataSpan, QModelRoleData)
        span: Any = [roleDataSpan] if single else roleDataSpan  # of QModelRoleData
        for role_data in span:
            role = role_data.role()
            if not own:
                value = self.data(index, role)
            elif record is None or column is None or role not in ANSWERED:
                value = None
            else:
                value = self.cell(record, column, role)
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def cell(self, record: R, column: Column[R], role: int) -> Any:
        """What ``record`` shows in ``column`` for ``role``: the meaning of every role, once."""
        if role == DISPLAY:
            return column.display(record)
        if role == TOOLTIP:
            return column.tip(record) if column.tip is not None else column.display(record)
        if role == EDIT:
            value = column.raw(record)
            if isinstance(value, date):
                return QDate(value.year, value.month, value.day)
            return "" if value is None else value
        if role == RAW_ROLE:
            return column.raw(record)
        if role == RECORD_ROLE:
            return record
        if column.rag is not None and role == BACKGROUND:
            return RAG_BRUSHES.get(column.rag(record))
        if column.rag is not None and role == FOREGROUND:
            return RAG_TEXT_BRUSH  # legible on every RAG colour, in any theme
        if role == ALIGNMENT:
            value = column.raw(record)
            return RIGHT if isinstance(value, int) and not isinstance(value, bool) else None
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
        record = self.record_at(index.row())
        if isinstance(value, QDate):
            value = value.toPython()
        if record is None or not column.editable or column.raw(record) == value:
            return False
        return self.edit_handler(record, column.key, value)


def fit_columns(table: QTableView, most_chars: int = 36, rows: int = SIZE_ROWS) -> None:
    """Size columns to their contents (judged on the first rows), none wider than ``most_chars``.

    Measured as Qt's ``resizeColumnsToContents`` measures (the text, the item's margins, the
    grid line; the heading's own size hint), but from the font's metrics over the first
    ``rows`` rows as shown: Qt asks the model for every role of every cell it measures, a
    tenth of a second for a list of hotspots.
    """
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(rows)  # a double-click on a divider judges as many
    model = table.model()
    font = table.font()
    widest = table.fontMetrics().averageCharWidth() * most_chars
    style = table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    padding = 2 * margin + (1 if table.showGrid() else 0)
    shown = _shown_records(model, rows)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        if shown is not None:
            column = shown[0].columns[section]
            texts = {column.display(record) for record in shown[1]}
        else:
            count = min(model.rowCount(), rows)
            texts = {str(model.index(row, section).data() or "") for row in range(count)}
        content = max((_text_width(text, font) for text in texts if text), default=0)
        width = max(content + padding if texts - {""} else 0, header.sectionSizeHint(section))
        header.resizeSection(section, min(width, widest))


def _text_width(text: str, font: QFont) -> int:
    """The width an item view gives ``text`` on one line (as its style lays it out)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    layout.endLayout()
    return math.ceil(line.naturalTextWidth())


def _shown_records(
    model: QAbstractItemModel, rows: int
) -> tuple[RecordTableModel[Any], list[Any]] | None:
    """The first ``rows`` records as shown, when the view shows a record model (or a filter
    of one): their texts are read from the columns, not cell by cell through Qt."""
    if isinstance(model, RecordTableModel):
        return model, model.records[:rows]
    if isinstance(model, QSortFilterProxyModel) and isinstance(
        source := model.sourceModel(), RecordTableModel
    ):
        count = min(model.rowCount(), rows)
        picked = [model.mapToSource(model.index(row, 0)).row() for row in range(count)]
        return source, [source.records[row] for row in picked]
    return None


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
