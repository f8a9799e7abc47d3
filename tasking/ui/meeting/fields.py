"""Inputs that save themselves: a notes box that reports when the chair leaves it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tasking.ui.fields import choose, fill_combo


class NotesEdit(QPlainTextEdit):
    """Multi-line notes; Tab moves on, and leaving the box with changes emits editingFinished."""

    editingFinished = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setAccessibleName(accessible_name)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)

    def is_dirty(self) -> bool:
        return self.document().isModified()

    def mark_saved(self) -> None:
        self.document().setModified(False)

    def show_saved(self, text: str) -> None:
        """Show the stored text, unless the chair has typed something not yet saved."""
        if self.is_dirty():
            return
        if self.toPlainText() != text:
            self.setPlainText(text)
        self.mark_saved()

    def flush(self) -> None:
        """Save now if anything is unsaved (switching meeting, closing the window)."""
        if self.is_dirty():
            self.editingFinished.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.flush()


class DateEdit(QDateEdit):
    """A date field that Tab leaves (QDateEdit would step through day, month and year)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def make_date_edit(accessible_name: str, optional: bool = False) -> QDateEdit:
    """A calendar date field in the UK order; an optional one shows "Not set" at its minimum."""
    edit = DateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setAccessibleName(accessible_name)
    if optional:
        edit.setSpecialValueText(edit.tr("Not set"))
    return edit


def make_combo(accessible_name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


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
