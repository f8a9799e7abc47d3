"""A small monthly bar chart drawn in a table cell from the row's list of counts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from tasking.ui.table_model import RAW_ROLE

BAR_GAP = 1.0


class SparklineDelegate(QStyledItemDelegate):
    """Paints the raw value (a list of ints, oldest first) as bars; the text stays for tooltips
    and screen readers."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        series = index.data(RAW_ROLE) or []
        widget: QWidget | None = option.widget
        style = widget.style() if widget is not None else None
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if style is not None:
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        if not series:
            return
        rect = option.rect.adjusted(4, 3, -4, -3)
        top = max(series) or 1
        width = rect.width() / len(series)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(option.palette.color(role))
        for n, value in enumerate(series):
            height = max(1.0, rect.height() * value / top) if value else 0.0
            painter.drawRect(
                QRectF(rect.left() + n * width, rect.bottom() - height, width - BAR_GAP, height)
            )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(12 * 6, super().sizeHint(option, index).height())
