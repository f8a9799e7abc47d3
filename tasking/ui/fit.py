"""Fitting a laptop screen: lists that keep six rows in sight, splitters that remember."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QAbstractItemView, QSplitter, QTableView, QWidget

from tasking.ui.settings import Setting, Settings

LIST_ROWS = 6


def keep_rows(table: QAbstractItemView, rows: int = LIST_ROWS) -> None:
    """The list is never squeezed below ``rows`` rows (the section scrolls instead)."""
    height, header = table.fontMetrics().height() + 8, 0
    if isinstance(table, QTableView):
        height = max(height, table.verticalHeader().defaultSectionSize())
        if not table.horizontalHeader().isHidden():
            header = table.horizontalHeader().sizeHint().height()
    table.setMinimumHeight(header + rows * height + 2 * table.frameWidth() + 2)


def side_by_side(name: str, *widgets: QWidget, stretches: tuple[int, ...] = ()) -> QSplitter:
    """A horizontal splitter: a list beside its editor suits a short, wide laptop screen."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName(name)
    splitter.setChildrenCollapsible(False)
    for index, widget in enumerate(widgets):
        splitter.addWidget(widget)
        if index < len(stretches):
            splitter.setStretchFactor(index, stretches[index])
    return splitter


def remember(splitter: QSplitter, settings: Settings, setting: Setting[QByteArray]) -> None:
    """Put the splitter where the user left it, and keep its place when they move it."""
    saved = settings.get(setting)
    if not saved.isEmpty():
        splitter.restoreState(saved)
    splitter.splitterMoved.connect(lambda *_: settings.set(setting, splitter.saveState()))
