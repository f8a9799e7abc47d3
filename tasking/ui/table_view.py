"""The one table view every list is shown in: Tab and Shift+Tab leave it, arrows move inside;
its header's sort arrow points the way the rows run."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyleOptionHeader, QTableView, QWidget


class SortHeader(QHeaderView):
    """A column header whose arrow points down for newest (largest) first.

    Qt draws its "up" arrow for DescendingOrder, which a chair reads as oldest first; the
    order itself stays Qt's (DescendingOrder is newest first), only the arrow is turned.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logicalIndex: int) -> None:
        super().initStyleOptionForIndex(option, logicalIndex)
        if self.isSortIndicatorShown() and self.sortIndicatorSection() == logicalIndex:
            descending = self.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            option.sortIndicator = (
                QStyleOptionHeader.SortIndicator.SortDown
                if descending
                else QStyleOptionHeader.SortIndicator.SortUp
            )


class RecordTableView(QTableView):
    """A table the keyboard can pass through: Tab goes on to the next field, never cell by
    cell (Qt's default for tables), so a chair tabbing through a form is never trapped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        header = SortHeader(self)
        header.setSectionsClickable(True)
        header.setHighlightSections(True)
        self.setHorizontalHeader(header)
