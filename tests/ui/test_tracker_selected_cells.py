"""Selected tracker rows look exactly as Qt paints them, in the window's active and inactive
colours, and in a style that draws its selection its own way; and repainting thousands of
selected rows asks the model only for the cells Qt itself must paint."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QProxyStyle,
    QStyle,
    QStyledItemDelegate,
    QStyleOption,
    QStyleOptionViewItem,
    QWidget,
)

from tasking.ui.tracker import place as tracker_place
from tasking.ui.tracker.place import TrackerPlace

from .tracker_helpers import settle, shown_tracker

ROWS = 400


class LightSelection(QProxyStyle):
    """A selection drawn as some Windows styles draw it: a light highlight under the Text
    colour (not the palette's Highlight and HighlightedText)."""

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.ControlElement.CE_ItemViewItem and isinstance(
            option, QStyleOptionViewItem
        ):
            light = QStyleOptionViewItem(option)
            palette = QPalette(light.palette)
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#cce8ff"))
                palette.setColor(
                    group, QPalette.ColorRole.HighlightedText, palette.color(group, QPalette.Text)
                )
            light.palette = palette
            super().drawControl(element, light, painter, widget)
            return
        super().drawControl(element, option, painter, widget)


@pytest.fixture
def asked(monkeypatch) -> dict[str, int]:
    """How often Qt's own cell painting asks the tracker's model for a cell's roles."""
    calls = {"cells": 0}

    class Counting(tracker_place.TrackerModel):
        def data(self, index: Any, role: int = 0) -> Any:
            calls["cells"] += 1
            return super().data(index, role)

        def multiData(self, index: Any, roleDataSpan: Any) -> None:
            calls["cells"] += 1
            super().multiData(index, roleDataSpan)

    monkeypatch.setattr(tracker_place, "TrackerModel", Counting)
    return calls


@pytest.fixture
def place(qtbot, services, records, history, settings, asked) -> TrackerPlace:
    widget = shown_tracker(qtbot, services, history, settings)
    first = widget.model.record_at(0)
    assert first is not None
    widget.model.set_rows(
        [
            first._replace(id=10_000 + n, reference=f"ARB-2025-{n:05}", description=f"Patrol {n}")
            for n in range(ROWS)
        ]
    )
    widget.filters.status.setCurrentIndex(0)  # all statuses
    model = widget.model
    widget.table.selectionModel().select(  # the first 300 rows chosen, the rest not
        QItemSelection(model.index(0, 0), model.index(299, model.columnCount() - 1)),
        QItemSelectionModel.SelectionFlag.Select,
    )
    settle()
    return widget


def painted(place: TrackerPlace) -> QImage:
    settle()
    return place.table.viewport().grab().toImage()


def painted_by_qt(place: TrackerPlace) -> QImage:
    """The same table painted by Qt's own delegate alone."""
    table = place.table
    plain = QStyledItemDelegate(table)
    table.setItemDelegate(plain)
    for column in range(place.model.columnCount()):
        table.setItemDelegateForColumn(column, plain)
    return painted(place)


def coloured(place: TrackerPlace) -> None:
    """Selections in two colours: one while the window is active, another when it is not."""
    palette = QPalette(place.table.palette())
    for group, colour in (
        (QPalette.ColorGroup.Active, "#3050a0"),
        (QPalette.ColorGroup.Inactive, "#c8c8d0"),
    ):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(colour))
    palette.setColor(
        QPalette.ColorGroup.Inactive, QPalette.ColorRole.HighlightedText, QColor("#202020")
    )
    place.table.setPalette(palette)


def test_selected_rows_look_as_qt_paints_them_and_ask_nothing_to_repaint(
    place: TrackerPlace, asked: dict[str, int]
) -> None:
    table = place.table
    ours = painted(place)
    asked["cells"] = 0
    table.viewport().repaint()
    selected_asked = asked["cells"]
    chosen = table.selectionModel().selection()
    table.clearSelection()
    settle()
    asked["cells"] = 0
    table.viewport().repaint()
    # The selected rows ask the model no more than the same rows unselected: only the cells
    # Qt paints itself in either (RAG colours, numbers), not every selected one.
    assert selected_asked <= asked["cells"] + 1  # and the current cell, which Qt frames
    assert selected_asked < table.viewport().height() // table.rowHeight(0) * 4
    table.selectionModel().select(chosen, QItemSelectionModel.SelectionFlag.Select)
    assert painted(place) == ours
    assert ours == painted_by_qt(place)


@pytest.mark.parametrize("active", [True, False], ids=["active", "inactive"])
def test_selected_rows_look_as_qt_paints_them_in_either_window_state(
    qtbot, place: TrackerPlace, active: bool
) -> None:
    coloured(place)
    if active:  # Qt paints a selection in its active colours while the table has the focus
        place.activateWindow()
        place.table.setFocus()
        qtbot.waitUntil(place.table.hasFocus)
    else:
        other = QWidget()
        qtbot.addWidget(other)
        other.show()
        other.activateWindow()
        qtbot.waitUntil(lambda: not place.isActiveWindow())
    ours = painted(place)
    selected = ours.pixelColor(ours.width() // 3, place.table.rowHeight(0) * 5 // 2)
    assert selected == QColor("#3050a0" if active else "#c8c8d0")
    assert ours == painted_by_qt(place)


def test_a_style_with_its_own_selection_keeps_it(
    place: TrackerPlace, asked: dict[str, int]
) -> None:
    """A style that draws the selection its own way is left to draw it: the same pixels as
    Qt's painting in that style, and every selected cell painted by Qt."""
    table = place.table
    style = LightSelection("fusion")
    table.setStyle(style)
    ours = painted(place)
    asked["cells"] = 0
    table.viewport().repaint()
    on_screen = (table.viewport().height() // table.rowHeight(0)) * place.model.columnCount()
    assert asked["cells"] >= on_screen  # Qt painted them
    # The light highlight is what shows: not the palette's own Highlight.
    pixel = ours.pixelColor(ours.width() // 3, table.rowHeight(0) // 2 + 2 * table.rowHeight(0))
    assert pixel != table.palette().color(QPalette.ColorRole.Highlight)
    assert ours == painted_by_qt(place)
    del style
