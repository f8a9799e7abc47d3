"""Painting the tracker's plain cells from text laid out once, not at every paint.

To paint a cell Qt asks the model for seven roles, then lays the cell's text out four times
(three to place it, once to shorten it with "…") and draws it: about 60 µs a cell, and a
typed filter keystroke repaints every cell on screen (264 in a 1400 × 800 window). A plain
cell (only its text, in ASCII, not the current one, not coloured) is drawn here from its
text shortened and laid out once (a QStaticText kept for that text and width), in the same
place and colour as Qt's own painting. Any other cell is painted by Qt as before.

A selected cell is drawn here too, but only where the style is found to paint selected cells
the plain way: the palette's Highlight filled over the cell and its HighlightedText for the
text. Some styles draw the selection their own way (a light themed highlight with the Text
colour, or a frame), so the first selected cell painted with a style, palette, font and
window state is painted both by Qt and by this painter into two small images: only if they
are the same pixels are that style's selected cells drawn here; otherwise Qt paints them.
(A change of 5,000 rows repaints every selected cell on screen: Qt took 30-40 ms for it.)
"""

from __future__ import annotations

import math
from collections.abc import Callable
from itertools import islice

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QStaticText, QTransform
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from tasking.ui.tracker.model import TrackerModel

Index = QModelIndex | QPersistentModelIndex
# Cells Qt always paints itself: the current cell's frame, the mouse over it, an editor open
# in it; a disabled cell takes the disabled colours.
# (As plain numbers: each operation on a Qt flag in Python costs a microsecond.)
_QT_PAINTS = (
    QStyle.StateFlag.State_HasFocus
    | QStyle.StateFlag.State_MouseOver
    | QStyle.StateFlag.State_Editing
).value
_SELECTED = QStyle.StateFlag.State_Selected.value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_LEFT_TO_RIGHT = Qt.LayoutDirection.LeftToRight
_NORMAL, _INACTIVE = QPalette.ColorGroup.Normal, QPalette.ColorGroup.Inactive
_TEXT, _HIGHLIGHTED_TEXT = QPalette.ColorRole.Text, QPalette.ColorRole.HighlightedText
_HIGHLIGHT = QPalette.ColorRole.Highlight
_UNSEEN = QColor(255, 0, 255)  # behind the two trial paintings: what either leaves unpainted
KEPT = 4096  # laid-out texts kept (fifteen screens' worth); beyond, the older half is dropped


class TextCells(QStyledItemDelegate):
    """The tracker table's cells, for a view that does not wrap words (the tracker's)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: TrackerModel | None = None  # the view's, found at the first paint
        self._laid_out: dict[tuple[str, int], QStaticText] = {}
        self._font: QFont | None = None
        self._margin = 0
        # Whether a style paints selected cells the plain way, by what it was tried with.
        self._selection_plain: dict[tuple[object, ...], bool] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state = option.state.value
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
        if option.font != self._font:  # the first paint, or another font: lay texts out anew
            self._new_font(option)
        active, selected = state & _ACTIVE, state & _SELECTED
        if selected and not self._selection_drawn_plain(painter, option, index, text, active):
            super().paint(painter, option, index)
            return
        self._draw(painter, option, text, active, selected)

    def _new_font(self, option: QStyleOptionViewItem) -> None:
        widget = option.widget
        focus = QStyle.PixelMetric.PM_FocusFrameHMargin  # Qt's own margin around the text
        self._margin = widget.style().pixelMetric(focus, None, widget) + 1
        self._font = QFont(option.font)
        self._laid_out.clear()
        self._selection_plain.clear()

    def _draw(
        self, painter: QPainter, option: QStyleOptionViewItem, text: str, active: int, selected: int
    ) -> None:
        """Where and in which colours Qt's item painting puts a cell and its line of text."""
        rect, palette = option.rect, option.palette
        group = _NORMAL if active else _INACTIVE
        if selected:
            painter.fillRect(rect, palette.brush(group, _HIGHLIGHT))
        if not text:
            return  # the row's background is the view's, drawn already
        width = rect.width() - 2 * self._margin
        key = (text, width)
        shown = self._laid_out.get(key)
        if shown is None:
            if len(self._laid_out) >= KEPT:
                for old in list(islice(self._laid_out, max(1, KEPT // 2))):
                    del self._laid_out[old]
            shown = QStaticText(option.fontMetrics.elidedText(text, option.textElideMode, width))
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.prepare(QTransform(), option.font)
            self._laid_out[key] = shown
        place = QStyle.alignedRect(
            _LEFT_TO_RIGHT,
            option.displayAlignment,
            shown.size().toSize(),
            rect.adjusted(self._margin, 0, -self._margin, 0),
        )
        painter.save()
        painter.setPen(palette.color(group, _HIGHLIGHTED_TEXT if selected else _TEXT))
        painter.drawStaticText(place.topLeft(), shown)
        painter.restore()

    def _selection_drawn_plain(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index, text: str, active: int
    ) -> bool:
        """Whether this style paints a selected cell as ``_draw`` does: tried once for each
        style, palette, window state and screen scale, on a cell with text to compare."""
        scale = painter.device().devicePixelRatioF()
        key = (id(option.widget.style()), option.palette.cacheKey(), bool(active), scale)
        known = self._selection_plain.get(key)
        if known is None:
            if not text:
                return False  # nothing to compare the text's colour on: Qt paints this one
            qt = _drawn(painter, option, scale, lambda p: self._qt_paint(p, option, index))
            ours = _drawn(
                painter, option, scale, lambda p: self._draw(p, option, text, active, _SELECTED)
            )
            known = self._selection_plain[key] = qt == ours
        return known

    def _qt_paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)


def _drawn(
    painter: QPainter, option: QStyleOptionViewItem, scale: float, paint: Callable[[QPainter], None]
) -> QImage:
    """One cell painted alone into an image the size of its place on screen."""
    rect = option.rect
    image = QImage(
        math.ceil(rect.width() * scale),
        math.ceil(rect.height() * scale),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(scale)
    image.fill(_UNSEEN)
    trial = QPainter(image)
    trial.setFont(painter.font())
    trial.setRenderHints(painter.renderHints())
    trial.translate(-rect.x(), -rect.y())
    paint(trial)
    trial.end()
    return image
