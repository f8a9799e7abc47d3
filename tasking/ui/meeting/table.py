"""A keyboard-friendly table view for the workspace's lists."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from tasking.ui.table_model import RecordTableModel, fit_columns
from tasking.ui.table_view import RecordTableView

STRETCH_LEAST_CHARS = 20  # the column taking the spare width keeps at least this much


def make_table(model: RecordTableModel[Any], accessible_name: str, stretch: int = 1) -> QTableView:
    """Whole-row selection, one row at a time; column ``stretch`` takes the spare width.

    The other columns fit their contents, measured from the font when the rows change: Qt's
    ResizeToContents asked the model for every role of every row again at each change of
    the current row (18-25 ms of opening a meeting reviewing 74 actions).
    """
    view = RecordTableView()
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    fitting = _Fitting(view, stretch)
    model.modelReset.connect(fitting.fit)
    model.dataChanged.connect(fitting.fit)
    model.layoutChanged.connect(fitting.fit)
    fitting.fit()
    return view


class _Fitting(QObject):
    """Keeps a list's columns fitted to their texts, column ``stretch`` taking the spare
    width; with none to spare it keeps ``STRETCH_LEAST_CHARS`` and the list scrolls."""

    def __init__(self, view: QTableView, stretch: int) -> None:
        super().__init__(view)
        self.view, self.stretch = view, stretch
        view.viewport().installEventFilter(self)

    def fit(self, *_: object) -> None:
        fit_columns(self.view)
        self.share()

    def share(self) -> None:
        view, stretch = self.view, self.stretch
        header = view.horizontalHeader()
        if not 0 <= stretch < header.count():
            return
        least = view.fontMetrics().averageCharWidth() * STRETCH_LEAST_CHARS
        others = sum(
            header.sectionSize(s)
            for s in range(header.count())
            if s != stretch and not header.isSectionHidden(s)
        )
        if view.viewport().width() - others >= least:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(stretch, least)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.share()
        return False


def select_row(view: QTableView, row: int) -> None:
    model = view.model()
    if 0 <= row < model.rowCount():
        view.setCurrentIndex(model.index(row, 0))
