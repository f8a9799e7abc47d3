"""Input widgets every place builds on: notes that save as the user leaves, dates, choice lists.

One rule for notes: text is saved when focus leaves the box and on an explicit save
(``flush``: switching record, finalising, closing); what the user typed is never replaced
by a reload until it has been saved.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tasking.services.views import TermView
from tasking.ui.choice import ChoiceCombo
from tasking.ui.date_edit import NO_DATE, DateEdit, pydate, qdate
from tasking.ui.roles import RAW_ROLE

__all__ = ["NO_DATE", "ChoiceCombo", "DateEdit", "pydate", "qdate"]


class NotesEdit(QPlainTextEdit):
    """Multi-line notes; Tab moves on, and leaving the box with changes emits editingFinished.

    The slot saving the text calls ``mark_saved`` once the service accepted it.
    """

    editingFinished = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setAccessibleName(accessible_name)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)

    def is_dirty(self) -> bool:
        return self.document().isModified()

    def mark_saved(self) -> None:
        self.document().setModified(False)

    def mark_unsaved(self) -> None:
        """The save was refused: keep the user's words and try again when they leave."""
        self.document().setModified(True)

    def show_saved(self, text: str) -> None:
        """Show the stored text, unless the user has typed something not yet saved."""
        if self.is_dirty():
            return
        if self.toPlainText() != text:
            self.setPlainText(text)
        self.mark_saved()

    def flush(self) -> None:
        """Save now if anything is unsaved."""
        if self.is_dirty():
            self.editingFinished.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.flush()


def make_combo(accessible_name: str, whole: bool = False) -> ChoiceCombo:
    """A choice list; ``whole`` sizes it to its longest choice (a dialog sized to its
    content), else it takes the room its place gives it, at least twelve letters."""
    combo = ChoiceCombo()
    combo.setAccessibleName(accessible_name)
    if whole:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    else:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
    return combo


def fill_combo(
    combo: QComboBox, items: Sequence[tuple[str, object]], none_text: str | None = None
) -> None:
    """Refill a choice list, keeping the current choice when it is still offered."""
    chosen = combo.currentData()
    blocked = combo.blockSignals(True)
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for text, data in items:
        combo.addItem(text, data)
    found = combo.findData(chosen) if chosen is not None else -1
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(blocked)


def choose(combo: QComboBox, data: object) -> None:
    """Show a stored value in a choice list without reporting it as the user's choice."""
    blocked = combo.blockSignals(True)
    combo.setCurrentIndex(max(combo.findData(data), 0))
    combo.blockSignals(blocked)


def refill(combo: QComboBox, items: Sequence[tuple[str, object]], current: object) -> None:
    """Replace the choices (label, data) and show ``current``, without emitting user signals."""
    fill_combo(combo, items)
    choose(combo, current)


def set_read_only(widget: QLineEdit | QPlainTextEdit | QAbstractSpinBox, read_only: bool) -> None:
    """Read-only, and looking it: a locked field takes the window's colour, not the page white."""
    widget.setReadOnly(read_only)
    palette = widget.palette()
    default = QApplication.palette(widget)
    base = default.color(QPalette.ColorRole.Window if read_only else QPalette.ColorRole.Base)
    palette.setColor(QPalette.ColorRole.Base, base)
    widget.setPalette(palette)


def checkable_terms(terms: list[TermView], chosen: tuple[int, ...] = ()) -> QStandardItemModel:
    """A list of terms with a check box each (problem types); the term id is the raw value."""
    model = QStandardItemModel()
    for term in terms:
        item = QStandardItem(term.label)
        item.setData(term.id, RAW_ROLE)
        item.setCheckable(True)
        item.setEditable(False)
        checked = term.id in chosen
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        model.appendRow(item)
    return model


def checked_ids(model: QStandardItemModel) -> tuple[int, ...]:
    return tuple(
        model.item(r).data(RAW_ROLE)
        for r in range(model.rowCount())
        if model.item(r).checkState() == Qt.CheckState.Checked
    )
