"""The tracker's selection as row positions: read from and given to the view in whole ranges.

Thousands of rows may be selected, far apart (a filter cleared after selecting its rows), so
neither Qt's per-cell ways (selectedRows() asks the flags of every selected cell) nor
widening to rows (which merges ranges one into another, quadratic in their number) are used.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QItemSelection, QItemSelectionModel


def selected_positions(selection_model: QItemSelectionModel) -> list[int]:
    """The selected rows' positions, in order. Rows are selected whole (SelectRows), so each
    range of the selection is a run of whole rows."""
    positions: set[int] = set()
    selection = selection_model.selection()
    for n in range(selection.count()):
        selected = selection.at(n)
        positions.update(range(selected.top(), selected.bottom() + 1))
    return sorted(positions)


def select_positions(selection_model: QItemSelectionModel, positions: Iterable[int]) -> None:
    """Select the rows at these positions (in order), each run of adjacent rows as one range
    of whole rows, and the view told once."""
    model: QAbstractItemModel = selection_model.model()
    last = model.columnCount() - 1
    # createIndex: the positions are the model's own, so no index is checked against its
    # row count (a call into Python each: most of the time for thousands of ranges).
    index = model.createIndex
    selection = QItemSelection()
    start = previous = -2
    for p in [*positions, -2]:
        if p == previous + 1:
            previous = p
            continue
        if start >= 0:
            selection.select(index(start, 0), index(previous, last))
        start = previous = p
    if selection.count():
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.Select)
