"""One editable list of the partnership (agencies, people or a vocabulary), with add and deactivate.

Renames are made in the table (F2 or double-click); adding and deactivating are undoable, as
adding is undone by deactivating: records others may already use are never deleted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tasking.services import TaskingError
from tasking.ui.dialogs import report_refusal
from tasking.ui.read_only import ReadOnly
from tasking.ui.table_model import Column, RecordFilterProxy, RecordTableModel, fit_columns
from tasking.ui.table_view import RecordTableView
from tasking.ui.undo import EditHistory, Step, Versions

log = logging.getLogger(__name__)
# edit(record_id, expected_version, **changes) -> the record's fresh view (with .version)
Editor = Callable[..., Any]


class EditableList(QWidget):
    """A table of records with inline edits, an add form (given) and Deactivate/Reactivate."""

    def __init__(
        self,
        columns: list[Column[Any]],
        name: str,
        kind: str,
        history: EditHistory,
        load: Callable[[], list[Any]],
        edit: Editor,
        add_form: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind, self.history, self._load, self._edit = kind, history, load, edit
        self.model = RecordTableModel(columns, "Partnership", self)
        self.model.edit_handler = self.on_cell_edited
        self.read_only = ReadOnly()  # the place locks it when the database is read-only
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = RecordTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(name)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.show_inactive = QCheckBox(self.tr("Show &inactive"))
        self.show_inactive.setAccessibleName(self.tr("Show inactive entries"))
        self.toggle = QPushButton(self.tr("&Deactivate"))
        self.toggle.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_inactive)
        bottom.addStretch(1)
        bottom.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(add_form)
        self.show_inactive.toggled.connect(self.on_show_inactive)
        self.toggle.clicked.connect(self.on_toggle)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.on_show_inactive(False)  # empty until the place's first read arrives

    def reload(self) -> None:
        self.show_records(self._load())

    def show_records(self, records: list[Any]) -> None:
        """Show ``records`` (read here or on a worker), keeping the current record current."""
        current = self.current()
        self.model.set_records(records)
        fit_columns(self.table)
        if current is not None:
            self.select(current.id)

    def select(self, record_id: int) -> None:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if self.proxy.record_at(index).id == record_id:
                self.table.setCurrentIndex(index)
                return

    def current(self) -> Any:
        index = self.table.currentIndex()
        return self.proxy.record_at(index) if index.isValid() else None

    def on_show_inactive(self, shown: bool) -> None:
        self.proxy.set_predicate(None if shown else lambda r: r.active)

    def on_current_changed(self, current: QModelIndex) -> None:
        record = self.proxy.record_at(current) if current.isValid() else None
        self.toggle.setEnabled(self.read_only.allows(record is not None))
        active = record is None or record.active
        self.toggle.setText(self.tr("&Deactivate") if active else self.tr("Re&activate"))

    def on_cell_edited(self, record: Any, key: str, value: Any) -> bool:
        value = value.strip() if isinstance(value, str) else value
        return self.change(record, {key: value}, self.tr("Change %s") % key.replace("_", " "))

    def on_toggle(self) -> None:
        record = self.current()
        if record is not None:
            verb = self.tr("Deactivate %s") if record.active else self.tr("Reactivate %s")
            self.change(record, {"active": not record.active}, verb % _label(record))

    def change(self, record: Any, new: dict[str, Any], text: str) -> bool:
        old = {k: getattr(record, k) for k in new}
        record_id = record.id

        def step(changes: dict[str, Any]) -> Callable[[int], int]:
            return lambda version: self._edit(record_id, version, **changes).version

        try:
            self.history.run_one(
                text,
                self.kind,
                (self.kind, record_id),
                record.version,
                step(new),
                step(old),
            )
        except TaskingError as error:
            log.info("Partnership edit refused: %s", error)
            report_refusal(self, error, " ".join(str(v) for v in new.values()))
            self.reload()
            return False
        return True

    def added(self, record: Any) -> None:
        """Put a just-added record on the undo stack (undo deactivates it) and select it."""
        key = (self.kind, record.id)
        made = [True]  # the first step is the add already made

        def step(active: bool) -> Step:
            def run(expected: Versions) -> Versions:
                if active and made:
                    made.clear()
                    return {key: record.version}
                return {key: self._edit(key[1], expected[key], active=active).version}

            return run

        text = self.tr("Add %s") % _label(record)
        self.history.run(text, self.kind, step(True), step(False), {key: record.version})
        self.select(record.id)


def _label(record: Any) -> str:
    return str(getattr(record, "name", None) or getattr(record, "label", ""))
