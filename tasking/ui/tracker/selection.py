"""The tracker's selection of whole rows, read and restored without walking it cell by cell.

Rows are selected whole (SelectRows), so each range of the selection is a run of whole rows:
Qt's selectedRows() would instead ask the model for the flags of every selected cell, and
Qt's widening of a selection to rows merges its ranges one into another (quadratic).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QItemSelection, QItemSelectionModel


def selected_positions(selection_model: QItemSelectionModel) -> list[int]:
    """The rows selected, in screen order, read from the selection's ranges."""
    positions: set[int] = set()
    selection = selection_model.selection()
    for n in range(selection.count()):
        selected = selection.at(n)
        positions.update(range(selected.top(), selected.bottom() + 1))
    return sorted(positions)


def select_positions(selection_model: QItemSelectionModel, positions: Iterable[int]) -> None:
    """Select these rows (in ascending order): each run of adjacent rows given as one range
    of whole rows, and the view told once."""
    model: QAbstractItemModel = selection_model.model()
    last = model.columnCount() - 1
    selection = QItemSelection()
    start = previous = -2
    for p in [*positions, -2]:
        if p == previous + 1:
            previous = p
            continue
        if start >= 0:
            selection.select(model.index(start, 0), model.index(previous, last))
        start = previous = p
    # Select without Rows: the ranges are whole rows already.
    selection_model.select(selection, QItemSelectionModel.SelectionFlag.Select)
