"""Input widgets every place builds on: notes that save as the user leaves, dates, choice lists.

One rule for notes: text is saved when focus leaves the box and on an explicit save
(``flush``: switching record, finalising, closing); what the user typed is never replaced
by a reload until it has been saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tasking.services.views import TermView
from tasking.ui.roles import RAW_ROLE

NO_DATE = QDate(2000, 1, 1)


def qdate(day: date) -> QDate:
    """A Python date as a QDate (the stubs do not take ``QDate(day)``, though PySide6 does)."""
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    """A QDate as a Python date (``QDate.toPython`` is typed as returning object)."""
    return date(day.year(), day.month(), day.day())


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


class DateEdit(QDateEdit):
    """A calendar date in the UK order that Tab leaves; an optional one shows "Not set".

    "Not set" is the minimum date (2000 unless a place moves it, e.g. to the meeting's date).
    """

    def __init__(
        self, accessible_name: str, optional: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        if optional:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText(QCoreApplication.translate("Fields", "Not set"))
        self._optional = optional

    def value(self) -> date | None:
        chosen = self.date()
        if self._optional and chosen == self.minimumDate():
            return None
        return pydate(chosen)

    def set_value(self, value: date | None) -> None:
        wanted = qdate(value) if value else self.minimumDate()
        if self.date() != wanted:
            self.setDate(wanted)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)  # not through day, month and year


class ChoiceCombo(QComboBox):
    """A choice list that reports the user's choice (``chosen``) as soon as it is made.

    A pick with the mouse or the arrow keys is made at once. Letters typed to search the
    list pass other items on the way ("Cl" passes "Continue" before "Close"), so a typed
    choice is reported after the typing pause, or at once when focus leaves the list.
    """

    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typing = False
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(QApplication.keyboardInputInterval())
        self._pending.timeout.connect(self.chosen)
        self.activated.connect(self._on_activated)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        self._typing = bool(text) and text.isprintable() and not text.isspace()
        try:
            super().keyPressEvent(event)
        finally:
            self._typing = False

    def commit(self) -> None:
        """Report a typed choice still waiting for the pause."""
        if self._pending.isActive():
            self._pending.stop()
            self.chosen.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.commit()

    def _on_activated(self) -> None:
        if self._typing:
            self._pending.start()
        else:
            self._pending.stop()
            self.chosen.emit()


def make_combo(accessible_name: str) -> ChoiceCombo:
    combo = ChoiceCombo()
    combo.setAccessibleName(accessible_name)
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
