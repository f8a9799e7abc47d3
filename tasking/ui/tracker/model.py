"""The tracker's table model: sorts and filters inside itself, fast for 50,000 rows.

A QSortFilterProxyModel calls back into Python for every comparison (seconds for 50,000
rows), so this model keeps a sorted order of row numbers and a visible subset computed with
one list comprehension over pre-lowered strings; the view only ever asks for visible rows.
Columns, roles and editing are those of every model (RecordTableModel).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)

from tasking.folding import fold
from tasking.services.views import ActionRow
from tasking.ui.table_model import Column, RecordTableModel
from tasking.ui.tracker.columns import COLUMNS, search_text

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
# Roles the view asks of every painted cell that no tracker column answers.
NOTHING = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.SizeHintRole,
        Qt.ItemDataRole.StatusTipRole,
        Qt.ItemDataRole.WhatsThisRole,
    )
)
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class TrackerFilter:
    text: str = ""
    agency_id: int | None = None
    status: str | None = None  # a status code, or OPEN_STATUSES for "not closed"
    overdue_only: bool = False
    area_id: int | None = None
    hotspot_id: int | None = None


OPEN_STATUSES = "*open*"
_PLAIN = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_EDITABLE = _PLAIN | Qt.ItemFlag.ItemIsEditable


class Order(NamedTuple):
    """Row numbers in the order of ``sort``, made where the rows were read."""

    sort: tuple[int, Qt.SortOrder] | None
    rows: list[int]


def sorted_order(rows: list[ActionRow], sort: tuple[int, Qt.SortOrder] | None) -> Order:
    """The row numbers of ``rows`` sorted by ``sort`` (plain Python: any thread may call it)."""
    if sort is None:
        return Order(sort, list(range(len(rows))))
    column, order = sort
    keys = list(map(COLUMNS[column].sort or COLUMNS[column].sort_key, rows))
    numbers = sorted(
        range(len(keys)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
    )
    return Order(sort, numbers)


class TrackerModel(RecordTableModel[ActionRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, "Tracker", parent)
        self._rows: list[ActionRow] = []
        self._where: dict[int, int] | None = None  # row number of each action id, once asked
        self._search: list[str] = []
        self._order: list[int] = []  # every row number, in the current sort order
        self._visible: list[int] = []  # the rows shown, in order
        self._filter = TrackerFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # "changed by <login> just now", by action id (tasking.ui.remote_changes fills it)
        self.remote_notes: dict[int, str] = {}

    # --- loading -----------------------------------------------------------------------
    def set_rows(
        self,
        rows: list[ActionRow],
        search: list[str] | None = None,
        prepared: Order | None = None,
        where: dict[int, int] | None = None,
        before_reset: Callable[[], object] | None = None,
    ) -> bool:
        """Show these rows. ``search`` is their ``search_text``, ``prepared`` their order
        (``sorted_order``) and ``where`` the row number of each id, if made already on a
        worker; an order made for another sort than the current one is made again.

        When the same actions are shown in the same places (a reload after another chair's
        change, mostly), the cells are only told they changed: the selection, the current
        cell and the scrolling stay as they are. Otherwise the view is reset, after
        ``before_reset`` (to note the selection while it still means the old rows). True when
        the rows were put in place without a reset."""
        rows = list(rows)
        search = search if search is not None else [search_text(r) for r in rows]
        if prepared is not None and prepared.sort == self._sort:
            order = prepared.rows
        else:
            order = sorted_order(rows, self._sort).rows
        visible = self._matching(rows=rows, search=search, order=order)
        shown, old = self._visible, self._rows
        in_place = (
            bool(shown)
            and len(visible) == len(shown)
            and all(rows[n].id == old[m].id for n, m in zip(visible, shown, strict=True))
        )
        if not in_place:
            if before_reset is not None:
                before_reset()
            self.beginResetModel()
        self._rows, self._where, self._search, self._order = rows, where, search, order
        self._visible = visible
        if in_place:
            self.dataChanged.emit(self.index(0, 0), self.index(len(visible) - 1, len(COLUMNS) - 1))
        else:
            self.endResetModel()
        return in_place

    @property
    def sort_state(self) -> tuple[int, Qt.SortOrder] | None:
        """The column and order the rows are sorted by (None: reference order)."""
        return self._sort

    def set_records(self, records: Iterable[ActionRow]) -> None:
        self.set_rows(list(records))

    def replace_rows(self, rows: Iterable[ActionRow], search: Iterable[str] | None = None) -> None:
        """Show fresh copies of some rows where they are, without re-sorting under the user.
        ``search`` is their ``search_text``, if made already (on a worker, for thousands)."""
        rows = list(rows)
        texts = list(search) if search is not None else [search_text(r) for r in rows]
        if self._where is None:  # where each action is: the same until the rows are set again
            self._where = {r.id: n for n, r in enumerate(self._rows)}
        where = self._where
        changed = set()
        for row, text in zip(rows, texts, strict=True):
            n = where.get(row.id)
            if n is not None:
                self._rows[n] = row
                self._search[n] = text
                changed.add(n)
        # One pass over the rows shown (in order: the first and last found span the change)
        # and one signal for the span: thousands of rows changed at once repaint once.
        shown = [p for p, n in enumerate(self._visible) if n in changed] if changed else []
        if shown:
            self.dataChanged.emit(self.index(shown[0], 0), self.index(shown[-1], len(COLUMNS) - 1))

    # --- filtering and sorting ---------------------------------------------------------
    @property
    def filter(self) -> TrackerFilter:
        return self._filter

    def set_filter(
        self, wanted: TrackerFilter, before_reset: Callable[[], object] | None = None
    ) -> bool:
        """Show the rows ``wanted`` lets through; False when they are the rows shown already
        (the view is then left alone: no reset, no repaint). ``before_reset`` runs just before
        the view is told the rows changed, only when they did."""
        if wanted == self._filter:
            return False
        before, self._filter = self._filter, wanted
        # Typing one more letter can only narrow the rows: search those shown, not all.
        narrower = replace(before, text="") == replace(wanted, text="") and fold(
            wanted.text
        ).startswith(fold(before.text))
        visible = self._matching(self._visible if narrower else None)
        if visible == self._visible:
            return False
        if before_reset is not None:
            before_reset()
        # A reset is cheap for the view: the model holds the visible rows itself, so there is
        # no proxy mapping to rebuild and no row of it is measured (fixed row heights).
        self.beginResetModel()
        self._visible = visible
        self.endResetModel()
        return True

    def _matching(
        self,
        within: list[int] | None = None,
        *,
        rows: list[ActionRow] | None = None,
        search: list[str] | None = None,
        order: list[int] | None = None,
    ) -> list[int]:
        """The row numbers the filter lets through, of ``within`` (default: every row, in
        order); of ``rows`` with their ``search`` and ``order`` instead of the model's."""
        f = self._filter
        rows = self._rows if rows is None else rows
        order = (self._order if order is None else order) if within is None else within
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
        text = fold(f.text.strip())
        if text:
            search = self._search if search is None else search
            for word in text.split():
                order = [n for n in order if word in search[n]]
        return list(order)

    def _sorted_order(self) -> list[int]:
        return sorted_order(self._rows, self._sort).rows

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

    def record_at(self, row: int) -> ActionRow | None:
        return self._rows[self._visible[row]] if 0 <= row < len(self._visible) else None

    def rows_at(self, positions: Iterable[int]) -> list[ActionRow]:
        """The rows shown at these positions, in their order (any past the end left out)."""
        rows, visible = self._rows, self._visible
        shown = len(visible)
        return [rows[visible[p]] for p in positions if 0 <= p < shown]

    def visible_rows(self) -> list[ActionRow]:
        return [self._rows[n] for n in self._visible]

    def position_of(self, action_id: int) -> int | None:
        found = self.positions_of([action_id])
        return found[0] if found else None

    def positions_of(self, action_ids: Iterable[int]) -> list[int]:
        """The visible positions of these actions, in order: one pass, however many."""
        wanted, rows = set(action_ids), self._rows
        return [p for p, n in enumerate(self._visible) if rows[n].id in wanted]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Asked for every cell a selection covers: the same answer for a whole column.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        editable = self.edit_handler is not None and COLUMNS[index.column()].editable
        return _EDITABLE if editable else _PLAIN

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role in NOTHING:
            return None
        n = index.row()
        if n < 0 or n >= len(self._visible):
            return None
        return self._answer(self._rows[self._visible[n]], COLUMNS[index.column()], role)

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """The seven roles a painted cell asks, in one call: its row and column are found
        once, and the roles no tracker column answers are cleared at once."""
        n = index.row()
        visible = self._visible
        span: Any = [roleDataSpan] if isinstance(roleDataSpan, QModelRoleData) else roleDataSpan
        if n < 0 or n >= len(visible) or not index.isValid():
            for role_data in span:
                role_data.clearData()
            return
        row, column = self._rows[visible[n]], COLUMNS[index.column()]
        for role_data in span:
            role = role_data.role()
            value = None if role in NOTHING else self._answer(row, column, role)
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def plain_text(self, index: Index) -> str | None:
        """The cell's text when it shows nothing else (no colour, the usual alignment);
        None for any other cell. A painter asks it of every plain cell it paints."""
        n, column = index.row(), COLUMNS[index.column()]
        if column.rag is not None or n < 0 or n >= len(self._visible):
            return None
        row = self._rows[self._visible[n]]
        if self.cell(row, column, ALIGNMENT) is not None:
            return None
        return str(self._answer(row, column, DISPLAY))

    def _answer(self, row: ActionRow, column: Column[ActionRow], role: int) -> Any:
        # Called for every painted cell and role: the text of a cell returns first.
        if role == DISPLAY:
            shown = column.display(row)
            if self.remote_notes and column.key == "description":
                note = self.remote_notes.get(row.id)
                if note:
                    return f"{shown} — {note}"
            return shown
        if role == TOOLTIP and row.id in self.remote_notes:
            return self.remote_notes[row.id]
        return self.cell(row, column, role)
