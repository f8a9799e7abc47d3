"""Inline editors for the tracker: a status list and a due-date picker (their cells are
painted as the others, see text_cells)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem, QWidget

from tasking.services.views import TermView
from tasking.ui.fields import ChoiceCombo, DateEdit
from tasking.ui.tracker.text_cells import TextCells

Index = QModelIndex | QPersistentModelIndex


class StatusDelegate(TextCells):
    def __init__(self, statuses: list[TermView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.statuses = statuses

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = ChoiceCombo(parent)
        combo.setAccessibleName(self.tr("Status"))
        for term in self.statuses:
            combo.addItem(term.label, term.code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, ChoiceCombo)
        if editor.commit():  # a typed status that names none is said beside the cell, not saved
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DueDateDelegate(TextCells):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = DateEdit(self.tr("Due date"), parent=parent)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(
            value if isinstance(value, QDate) and value.isValid() else QDate.currentDate()
        )

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, DateEdit)
        if editor.commit():  # an impossible typed date is said beside the cell, not saved
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)
