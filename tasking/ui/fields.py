"""Input widgets that report a finished edit, so each field is saved as the user leaves it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QPlainTextEdit, QWidget

NO_DATE = QDate(2000, 1, 1)


def qdate(day: date) -> QDate:
    """A Python date as a QDate (the stubs do not take ``QDate(day)``, though PySide6 does)."""
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    """A QDate as a Python date (``QDate.toPython`` is typed as returning object)."""
    return date(day.year(), day.month(), day.day())


class NotesEdit(QPlainTextEdit):
    """Multi-line text that emits editingFinished when focus leaves it (Tab moves focus on)."""

    editingFinished = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def set_text(self, text: str) -> None:
        if self.toPlainText() != text:
            self.setPlainText(text)


class OptionalDateEdit(QDateEdit):
    """A date that may be left unset (shown as "Not set")."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("Not set"))

    def value(self) -> date | None:
        chosen = self.date()
        return None if chosen == NO_DATE else pydate(chosen)

    def set_value(self, value: date | None) -> None:
        wanted = qdate(value) if value else NO_DATE
        if self.date() != wanted:
            self.setDate(wanted)


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
