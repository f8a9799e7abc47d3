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

What is the same for every cell of one paint (the font, colours, style and screen scale)
is looked at once a paint, at its first cell: the view's paint events are watched for that.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPalette, QStaticText, QTransform
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

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


@dataclass(slots=True)
class _Look:
    """What every plain cell of one paint is drawn with, in one window state."""

    text: QColor
    selected_text: QColor
    highlight: QBrush
    alignment: int
    selection_key: tuple[object, ...]
    selection_plain: bool | None  # None: not tried yet with this style, palette and scale


class _PaintStarts(QObject):
    """Tells the cells' painter that the view's viewport begins a new paint."""

    def __init__(self, cells: TextCells) -> None:
        super().__init__(cells)
        self._cells = cells

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._cells.new_paint()
        return False


class TextCells(QStyledItemDelegate):
    """The tracker table's cells, for a view that does not wrap words (the tracker's)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: TrackerModel | None = None  # the view's, found at the first paint
        # Each text laid out once for a cell's width, height and alignment: with where it
        # goes in the cell.
        self._laid_out: dict[tuple[str, int, int, int], tuple[QStaticText, int, int]] = {}
        self._font: QFont | None = None
        self._margin = 0
        self._watching: QWidget | None = None  # the viewport whose paints are watched
        self._looks: dict[int, _Look] = {}  # this paint's, by window state (active or not)
        # Whether a style paints selected cells the plain way, by what it was tried with.
        self._selection_plain: dict[tuple[object, ...], bool] = {}

    def new_paint(self) -> None:
        self._looks.clear()

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
        active = state & _ACTIVE
        look = self._looks.get(active)
        if look is None:
            look = self._look(painter, option, active)
        if state & _SELECTED:
            if look.selection_plain is None:
                if not text:
                    super().paint(painter, option, index)  # nothing to compare colours on
                    return
                look.selection_plain = self._selection_drawn_plain(painter, option, index, text)
            if not look.selection_plain:
                super().paint(painter, option, index)
                return
            painter.fillRect(option.rect, look.highlight)
            self._draw(painter, option, text, look.selected_text, look.alignment)
        else:
            self._draw(painter, option, text, look.text, look.alignment)

    def _look(self, painter: QPainter, option: QStyleOptionViewItem, active: int) -> _Look:
        """The first cell of a paint in this window state: its font, colours and style."""
        widget = option.widget
        if self._watching is None and widget is not None:
            viewport = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
            viewport.installEventFilter(_PaintStarts(self))
            self._watching = viewport
        if option.font != self._font:  # the first paint, or another font: lay texts out anew
            focus = QStyle.PixelMetric.PM_FocusFrameHMargin  # Qt's own margin around the text
            self._margin = widget.style().pixelMetric(focus, None, widget) + 1
            self._font = QFont(option.font)
            self._laid_out.clear()
            self._selection_plain.clear()
        palette = option.palette
        group = _NORMAL if active else _INACTIVE
        scale = painter.device().devicePixelRatioF()
        key = (id(widget.style()), palette.cacheKey(), bool(active), scale)
        look = self._looks[active] = _Look(
            palette.color(group, _TEXT),
            palette.color(group, _HIGHLIGHTED_TEXT),
            palette.brush(group, _HIGHLIGHT),
            option.displayAlignment.value,
            key,
            self._selection_plain.get(key),
        )
        return look

    def _draw(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        text: str,
        colour: QColor,
        alignment: int,
    ) -> None:
        """A cell's line of text, where and in the colour Qt's item painting puts it."""
        if not text:
            return  # the row's background is the view's, drawn already
        rect = option.rect
        key = (text, rect.width(), rect.height(), alignment)
        laid_out = self._laid_out.get(key)
        if laid_out is None:
            laid_out = self._lay_out(option, key)
        shown, x, y = laid_out
        painter.save()
        painter.setPen(colour)
        painter.drawStaticText(rect.x() + x, rect.y() + y, shown)
        painter.restore()

    def _lay_out(
        self, option: QStyleOptionViewItem, key: tuple[str, int, int, int]
    ) -> tuple[QStaticText, int, int]:
        if len(self._laid_out) >= KEPT:
            for old in list(islice(self._laid_out, max(1, KEPT // 2))):
                del self._laid_out[old]
        text, width, height, _alignment = key
        room = width - 2 * self._margin
        shown = QStaticText(option.fontMetrics.elidedText(text, option.textElideMode, room))
        shown.setTextFormat(Qt.TextFormat.PlainText)
        shown.prepare(QTransform(), option.font)
        place = QStyle.alignedRect(
            _LEFT_TO_RIGHT,
            option.displayAlignment,
            shown.size().toSize(),
            QRect(self._margin, 0, room, height),
        )
        laid_out = self._laid_out[key] = (shown, place.x(), place.y())
        return laid_out

    def _selection_drawn_plain(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index, text: str
    ) -> bool:
        """Whether this style paints a selected cell as this painter does: tried once for
        each style, palette, window state and screen scale, on a cell with text to compare."""
        look = self._looks[option.state.value & _ACTIVE]
        known = self._selection_plain.get(look.selection_key)
        if known is None:
            scale = painter.device().devicePixelRatioF()

            def ours(trial: QPainter) -> None:
                trial.fillRect(option.rect, look.highlight)
                self._draw(trial, option, text, look.selected_text, look.alignment)

            qt = _drawn(painter, option, scale, lambda p: self._qt_paint(p, option, index))
            known = self._selection_plain[look.selection_key] = qt == _drawn(
                painter, option, scale, ours
            )
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
