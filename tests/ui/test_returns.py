"""Action tracker ▸ Import returned trackers… driven as a chair would, offscreen."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStyle, QWidget

from tasking.export.return_queries import QUERY_HEADER
from tasking.returns.proposals import Kind
from tasking.ui.returns.commands import ImportOutcome, ReturnsCommands
from tasking.ui.returns.dialogs import ImportPreviewDialog, ReturnFilesDialog
from tasking.ui.returns.model import ProposalModel
from tasking.ui.table_model import RECORD_ROLE
from tests.returns.officers import edit_with_openpyxl, standard_edits

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


@pytest.fixture
def returned(services, records, tmp_path) -> tuple[Path, dict[str, str]]:
    refs = {key: services.actions.row(i).reference for key, i in records.actions.items()}
    exported = services.exports.write_tracker(tmp_path / "tracker.xlsx")
    return edit_with_openpyxl(exported, tmp_path / "Police return.xlsx", standard_edits(refs)), refs


@pytest.fixture
def told(monkeypatch, tmp_path) -> dict[str, list]:
    seen: dict[str, list] = {"done": [], "failed": []}
    monkeypatch.setattr(
        ImportOutcome, "done", classmethod(lambda cls, parent, text: seen["done"].append(text))
    )
    monkeypatch.setattr(
        ImportOutcome, "failed", classmethod(lambda cls, parent, e: seen["failed"].append(e))
    )
    monkeypatch.setattr(
        ImportOutcome,
        "queries_file",
        classmethod(lambda cls, parent, start: tmp_path / "queries.xlsx"),
    )
    return seen


def test_preview_model_is_a_sound_model(qtmodeltester, services, returned):
    plan = services.returns.preview([returned[0]])
    model = ProposalModel()
    model.set_records(plan.proposals)
    qtmodeltester.check(model)


def test_import_preview_apply_and_one_undo(
    qtbot, services, records, history, settings, returned, told, monkeypatch
):
    path, _refs = returned
    parent = QWidget()
    qtbot.addWidget(parent)
    action = QAction("Import", parent)
    commands = ReturnsCommands(parent, action, services, history, settings)  # kept alive
    monkeypatch.setattr(ReturnFilesDialog, "ask", classmethod(lambda cls, p, start: [path]))
    shown: list[ImportPreviewDialog] = []

    def review(cls, plan, dialog_parent, on_queries=None):
        dialog = cls(plan, dialog_parent, on_queries)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        assert dialog.proxy.rowCount() == 7  # everything to review, unchanged rows hidden
        new_row = next(p for p in plan.proposals if p.kind is Kind.NEW)
        assert new_row.applicable and not new_row.accepted  # raised only if ticked
        dialog.show_filter.setCurrentIndex(1)  # errors
        assert dialog.proxy.rowCount() == 1

        dialog.table.selectRow(0)
        dialog.choose_status = lambda proposal: "Cancelled"
        dialog.map_status.click()
        assert dialog.proxy.rowCount() == 0  # mapped: no longer an error
        dialog.show_filter.setCurrentIndex(0)
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.show()
        dialog.grab().save(str(SHOTS / "returns-preview.png"))
        on_queries(plan)  # Return queries… writes a fresh workbook

        return True

    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(review))
    before = services.actions.detail(records.actions["cctv"])
    action.trigger()
    qtbot.waitUntil(lambda: len(told["done"]) == 2, timeout=20_000)
    assert not told["failed"]
    assert told["done"][1].startswith("1 note added, 2 statuses changed, 1 date changed")
    queries = openpyxl.load_workbook(told["done"][0].removeprefix("Wrote "))["Queries"]
    assert [c.value for c in queries[1]][-1] == QUERY_HEADER
    cctv = services.actions.detail(records.actions["cctv"])
    assert cctv.row.status == "completed"
    assert services.actions.row(records.actions["patrol"]).status == "cancelled"

    assert history.canUndo() and history.count() == 1
    history.undo()
    undone = services.actions.detail(records.actions["cctv"])
    # Exactly as before: the same update rows (none added today "to change it back").
    assert (undone.row.status, undone.updates) == (before.row.status, before.updates)
    assert not any(f.already for f in services.returns.preview([path]).files)
    history.redo()
    assert services.actions.row(records.actions["cctv"]).status == "completed"
    assert all(f.already for f in services.returns.preview([path]).files)
    assert not history.refused  # type: ignore[attr-defined]
    commands.detach()


def test_drop_files_or_a_folder(qtbot, returned, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    dialog = ReturnFilesDialog(tmp_path)
    qtbot.addWidget(dialog)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    event = QDropEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.dropEvent(event)
    assert {p.name for p in dialog.paths()} == {"tracker.xlsx", "Police return.xlsx"}


def test_main_window_offers_the_import_in_the_tracker_menu(qtbot, services, history, settings):
    from tasking.ui.actions import ActionId
    from tasking.ui.main_window import MainWindow

    window = MainWindow(services, history, settings)
    qtbot.addWidget(window)
    menus = {
        m.title(): m for m in window.menuBar().findChildren(type(window.menuBar().addMenu("x")))
    }
    tracker = next(m for t, m in menus.items() if t.replace("&", "") == "Action tracker")
    assert window.actions[ActionId.IMPORT_RETURNS] in tracker.actions()


def test_preview_opens_sorted_by_row_and_fits_its_columns_after_showing(qtbot, services, returned):
    """Filled at once and sorted by row; the columns are measured once shown (in the next
    turn), each to its content and none wider than 48 characters, the Apply column wide
    enough for its tick box; a heading click still sorts."""
    plan = services.returns.preview([returned[0]])
    plan.proposals.reverse()  # not already in row order
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    by_row = dialog.model.columns[dialog.model.column_of("row")].sort_key
    rows = [by_row(dialog.proxy.index(r, 0).data(RECORD_ROLE)) for r in range(7)]
    assert rows == sorted(rows) and dialog.proxy.rowCount() == 7
    header = dialog.table.horizontalHeader()
    assert header.sortIndicatorSection() == dialog.model.column_of("row")
    dialog.resize(1180, 620)
    dialog.show()
    change = dialog.model.column_of("change")
    widest = dialog.table.fontMetrics().averageCharWidth() * 48
    qtbot.waitUntil(lambda: dialog.table.columnWidth(change) != header.defaultSectionSize())
    style = dialog.table.style()
    tick = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, dialog.table)
    assert dialog.table.columnWidth(dialog.model.column_of("apply")) >= tick + 4
    texts = [dialog.proxy.index(r, change).data() for r in range(dialog.proxy.rowCount())]
    needed = max(dialog.table.fontMetrics().horizontalAdvance(t) for t in texts)
    assert min(needed, widest) <= dialog.table.columnWidth(change) <= widest
    reference = dialog.model.column_of("reference")
    dialog.table.sortByColumn(reference, Qt.SortOrder.DescendingOrder)
    by_reference = dialog.model.columns[reference].sort_key
    shown = [by_reference(dialog.proxy.index(r, 0).data(RECORD_ROLE)) for r in range(7)]
    assert shown == sorted(shown, reverse=True) and shown != sorted(shown)
