"""A typed filter keystroke over thousands of actions: the table is painted once, from the
rows on screen only, however many rows the filter searches or keeps selected."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyledItemDelegate

from tasking.ui.tracker import place as tracker_place
from tasking.ui.tracker.place import TrackerPlace
from tasking.ui.tracker.text_cells import TextCells

from .tracker_helpers import Paints, settle, shown_tracker

ROWS = 6_000


@pytest.fixture
def asked(monkeypatch) -> dict[str, int]:
    """How often the tracker's model is asked for a cell's data or flags."""
    calls = {"cells": 0, "flags": 0}

    class Counting(tracker_place.TrackerModel):
        def data(self, index: Any, role: int = 0) -> Any:
            calls["cells"] += 1
            return super().data(index, role)

        def multiData(self, index: Any, roleDataSpan: Any) -> None:
            calls["cells"] += 1
            super().multiData(index, roleDataSpan)

        def flags(self, index: Any) -> Any:
            calls["flags"] += 1
            return super().flags(index)

    monkeypatch.setattr(tracker_place, "TrackerModel", Counting)
    return calls


@pytest.fixture
def place(qtbot, services, records, history, settings, asked) -> TrackerPlace:
    widget = shown_tracker(qtbot, services, history, settings)
    first = widget.model.record_at(0)
    assert first is not None
    words = ("Zebra crossing repainted", "Quokka count at the zoo", "Litter pick")
    widget.model.set_rows(
        [
            first._replace(
                id=10_000 + n, reference=f"ARB-2025-{n:05}", description=words[n % len(words)]
            )
            for n in range(ROWS)
        ]
    )
    widget.filters.status.setCurrentIndex(0)  # all statuses
    settle()
    return widget


def test_a_keystroke_paints_the_table_once_asking_only_for_the_cells_on_screen(
    place: TrackerPlace, asked: dict[str, int]
) -> None:
    """A chair typing felt every keystroke: any pass over all the rows (measuring them for
    the vertical header, sizing columns to their contents, a second repaint) shows there."""
    model, table = place.model, place.table
    table.selectionModel().select(  # thousands selected: kept while typing, none asked
        QItemSelection(model.index(0, 0), model.index(4_999, model.columnCount() - 1)),
        QItemSelectionModel.SelectionFlag.Select,
    )
    settle()
    paints = Paints()
    table.viewport().installEventFilter(paints)
    on_screen = (table.viewport().height() // table.rowHeight(0) + 1) * model.columnCount()
    # (key, rows then shown, whether they differ from the rows before)
    for key, rows, changed in (("z", 4_000, True), ("e", 2_000, True), ("b", 2_000, False)):
        asked.update(cells=0, flags=0)
        paints.count = 0
        QTest.keyClick(place.filters.text, key)
        settle()
        assert model.rowCount() == rows, key
        assert paints.count == (1 if changed else 0), key
        assert asked["cells"] <= (on_screen if changed else 0), key
        # A painted cell's flags are asked a few times (enabled, selected, editable): a pass
        # over the rows (Qt asking every selected row) would ask thousands of times.
        assert asked["flags"] <= 4 * on_screen, key
    assert len(place.selected_rows()) == 1_667  # the zebra crossings among the 5,000 chosen


def test_the_cells_look_as_qt_paints_them(place: TrackerPlace) -> None:
    """Plain cells are drawn from text laid out once: the same pixels as Qt's own painting,
    shortened with "…" where they do not fit, beside the selected row, the current cell, the
    RAG colours, a remote change's note and names in other scripts, which Qt paints."""
    model, table = place.model, place.table
    first = model.record_at(0)
    assert first is not None
    model.set_rows(
        [
            first._replace(id=1, reference="ARB-2025-00001", owner_person="Imran Chaudhry"),
            first._replace(id=2, reference="ARB-2025-00002", description="Short"),
            first._replace(id=3, reference="ARB-2025-00003", owner_person="Anna Wiśniewska"),
            first._replace(id=4, reference="ARB-2025-00004", owner_person="عمران چوہدری"),
            *(first._replace(id=10 + n, reference=f"ARB-2025-{10 + n:05}") for n in range(30)),
        ]
    )
    model.remote_notes = {3: "changed by jo just now"}
    table.selectRow(1)
    table.selectionModel().setCurrentIndex(
        model.index(5, 2), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    settle()
    ours = table.viewport().grab().toImage()
    assert any(isinstance(table.itemDelegateForColumn(c), TextCells) for c in range(12))
    plain = QStyledItemDelegate(table)
    table.setItemDelegate(plain)
    for column in range(model.columnCount()):
        table.setItemDelegateForColumn(column, plain)
    settle()
    assert table.viewport().grab().toImage() == ours
