"""Painting the tracker's plain cells from text laid out once, not at every paint.

To paint a cell Qt asks the model for seven roles, then lays the cell's text out four times
(three to place it, once to shorten it with "…") and draws it: about 60 µs a cell, and a
typed filter keystroke repaints every cell on screen (264 in a 1400 × 800 window). A plain
cell (only its text, in ASCII, not selected, not the current one, not coloured) is drawn
here from its text shortened and laid out once (a QStaticText kept for that text and width),
in the same place and colour as Qt's own painting. Any other cell is painted by Qt as before.
"""

from __future__ import annotations

from itertools import islice

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QStaticText, QTransform
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from tasking.ui.tracker.model import TrackerModel

Index = QModelIndex | QPersistentModelIndex
# Cells Qt paints itself: the selection's colours, the current cell's frame, the mouse over
# it, an editor open in it; a disabled cell takes the disabled colours.
_QT_PAINTS = (
    QStyle.StateFlag.State_Selected
    | QStyle.StateFlag.State_HasFocus
    | QStyle.StateFlag.State_MouseOver
    | QStyle.StateFlag.State_Editing
)
_ENABLED = QStyle.StateFlag.State_Enabled
_ACTIVE = QStyle.StateFlag.State_Active
_LEFT_TO_RIGHT = Qt.LayoutDirection.LeftToRight
KEPT = 4096  # laid-out texts kept (fifteen screens' worth); beyond, the older half is dropped


class TextCells(QStyledItemDelegate):
    """The tracker table's cells, for a view that does not wrap words (the tracker's)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: TrackerModel | None = None  # the view's, found at the first paint
        self._laid_out: dict[tuple[str, int], QStaticText] = {}
        self._font: QFont | None = None
        self._margin = 0

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state = option.state
        model = self._model
        if model is None:
            found = index.model()
            model = self._model = found if isinstance(found, TrackerModel) else None
        text = None if state & _QT_PAINTS or model is None else model.plain_text(index)
        # Text beyond ASCII (accents, another script, right to left) may take letters from
        # another font or run the other way: Qt lays it out as it always has.
        plain = text is not None and text.isascii() and option.direction == _LEFT_TO_RIGHT
        if text is None or not plain or not state & _ENABLED:
            super().paint(painter, option, index)
            return
        if not text:
            return  # the row's background is the view's, drawn already
        rect = option.rect
        font = option.font
        if font != self._font:  # the first paint, or another font: lay every text out anew
            widget = option.widget
            focus = QStyle.PixelMetric.PM_FocusFrameHMargin  # Qt's own margin around the text
            self._margin = widget.style().pixelMetric(focus, None, widget) + 1
            self._font = QFont(font)
            self._laid_out.clear()
        width = rect.width() - 2 * self._margin
        key = (text, width)
        shown = self._laid_out.get(key)
        if shown is None:
            if len(self._laid_out) >= KEPT:
                for old in list(islice(self._laid_out, max(1, KEPT // 2))):
                    del self._laid_out[old]
            mode = option.textElideMode
            shown = QStaticText(option.fontMetrics.elidedText(text, mode, width))
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.prepare(QTransform(), font)
            self._laid_out[key] = shown
        # Where and in which colour Qt's item painting puts a line of text.
        group = QPalette.ColorGroup.Normal if state & _ACTIVE else QPalette.ColorGroup.Inactive
        place = QStyle.alignedRect(
            _LEFT_TO_RIGHT,
            option.displayAlignment,
            shown.size().toSize(),
            rect.adjusted(self._margin, 0, -self._margin, 0),
        )
        painter.save()
        painter.setPen(option.palette.color(group, QPalette.ColorRole.Text))
        painter.drawStaticText(place.topLeft(), shown)
        painter.restore()
