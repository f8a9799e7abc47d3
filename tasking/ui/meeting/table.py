"""A keyboard-friendly table view for the workspace's lists."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from tasking.ui.table_model import RecordTableModel
from tasking.ui.table_view import RecordTableView


def make_table(model: RecordTableModel[Any], accessible_name: str, stretch: int = 1) -> QTableView:
    """Whole-row selection, one row at a time; column ``stretch`` takes the spare width."""
    view = RecordTableView()
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if 0 <= stretch < model.columnCount():
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def select_row(view: QTableView, row: int) -> None:
    model = view.model()
    if 0 <= row < model.rowCount():
        view.setCurrentIndex(model.index(row, 0))
