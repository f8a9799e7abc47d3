"""A date field the chair can type into: ``12/01/2027``, ``12012027`` or ``12/1/27``.

F4 or Alt+Down opens a calendar; Delete clears an optional date; Up and Down step a day.
A date that cannot be (``31/02/2027``) or is out of range is refused with a visible message
next to the field and nothing is reported, so nothing is saved: never a silent other date.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QToolTip, QWidget

NO_DATE = QDate(2000, 1, 1)
CalendarDay = date  # the name inside DateEdit, whose date() is QDateEdit's
_SEPARATED = re.compile(r"^\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{2}|\d{4})\s*$")
_RUN_ON = re.compile(r"^\s*(\d{2})(\d{2})(\d{2}|\d{4})\s*$")


def qdate(day: date) -> QDate:
    """A Python date as a QDate (the stubs do not take ``QDate(day)``, though PySide6 does)."""
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    """A QDate as a Python date (``QDate.toPython`` is typed as returning object)."""
    return date(day.year(), day.month(), day.day())


class DateProblem(ValueError):
    """What is wrong with a typed date, in words for the chair."""


def parse_typed_date(text: str) -> date:
    """The date typed in the UK order; two-digit years are this century."""
    found = _SEPARATED.match(text) or _RUN_ON.match(text)
    if found is None:
        raise DateProblem(
            QCoreApplication.translate(
                "Fields", "“%1” is not a date: type it as dd/mm/yyyy, for example 12/01/2027."
            ).replace("%1", text.strip())
        )
    day, month, year = (int(part) for part in found.groups())
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        raise DateProblem(
            QCoreApplication.translate("Fields", "There is no date %1: nothing was saved.").replace(
                "%1", text.strip()
            )
        ) from None


class DateEdit(QLineEdit):
    """A calendar date in the UK order; an optional one may be left empty ("Not set").

    ``editingFinished`` is emitted only for a date that was accepted (on Return, on leaving
    the field, or on a pick from the calendar); ``problem()`` says why the last one was not.
    """

    editingFinished = Signal()
    dateChanged = Signal(QDate)

    def __init__(
        self, accessible_name: str, optional: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self._optional = optional
        self._minimum = NO_DATE
        self._maximum = QDate(2099, 12, 31)
        self._shown: QDate | None = None if optional else QDate.currentDate()
        self._problem = ""
        self._calendar: QCalendarWidget | None = None
        if optional:
            self.setPlaceholderText(QCoreApplication.translate("Fields", "Not set"))
        self.setToolTip(
            QCoreApplication.translate(
                "Fields", "Type dd/mm/yyyy (12012027 and 12/1/27 work too); F4 opens the calendar."
            )
        )
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        opener = QAction(icon, QCoreApplication.translate("Fields", "Open the calendar"), self)
        opener.triggered.connect(self.open_calendar)
        self.addAction(opener, QLineEdit.ActionPosition.TrailingPosition)
        self._opener = opener
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 48)
        self._show()

    # The QDateEdit calls the places already make.
    def date(self) -> QDate:
        return self._shown if self._shown is not None else QDate(self._minimum)

    def setDate(self, day: QDate) -> None:
        if self._optional and day == self._minimum:
            self._set_shown(None)
        else:
            self._set_shown(QDate(day))

    def minimumDate(self) -> QDate:
        return QDate(self._minimum)

    def setMinimumDate(self, day: QDate) -> None:
        self._minimum = QDate(day)

    def setMaximumDate(self, day: QDate) -> None:
        self._maximum = QDate(day)

    def value(self) -> CalendarDay | None:
        return pydate(self._shown) if self._shown is not None else None

    def set_value(self, value: CalendarDay | None) -> None:
        self._set_shown(qdate(value) if value else None)

    def problem(self) -> str:
        """Why the last typed date was refused ("" once a date is accepted)."""
        return self._problem

    def _set_shown(self, day: QDate | None) -> None:
        changed = day != self._shown
        self._shown = day
        self._problem = ""
        self._show()
        if changed:
            self.dateChanged.emit(self.date())

    def _show(self) -> None:
        self.setText(self._shown.toString("dd/MM/yyyy") if self._shown is not None else "")
        if self.styleSheet():  # only a refusal's border: clearing an empty one loses the palette
            self.setStyleSheet("")

    def commit(self) -> bool:
        """Read what was typed; True (and editingFinished) when it is an acceptable date."""
        if self.isReadOnly():
            return False
        text = self.text().strip()
        if not text:
            if self._optional:
                self._set_shown(None)
                self.editingFinished.emit()
                return True
            return self._refuse(QCoreApplication.translate("Fields", "This date is needed."))
        try:
            typed = qdate(parse_typed_date(text))
        except DateProblem as problem:
            return self._refuse(str(problem))
        if typed < self._minimum or typed > self._maximum:
            message = QCoreApplication.translate(
                "Fields", "%1 is outside the dates allowed here (%2 to %3): nothing was saved."
            )
            return self._refuse(
                message.replace("%1", typed.toString("dd/MM/yyyy"))
                .replace("%2", self._minimum.toString("dd/MM/yyyy"))
                .replace("%3", self._maximum.toString("dd/MM/yyyy"))
            )
        self._set_shown(typed)
        self.editingFinished.emit()
        return True

    def _refuse(self, message: str) -> bool:
        """Show why; keep the typing so the chair can correct it; report nothing."""
        self._problem = message
        self.setStyleSheet("QLineEdit { border: 2px solid #b00020; }")
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), message, self)
        return False

    def setReadOnly(self, read_only: bool) -> None:
        super().setReadOnly(read_only)
        self._opener.setVisible(not read_only)  # no calendar to offer on a date that is kept

    def open_calendar(self) -> None:
        if self.isReadOnly():
            return
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setAccessibleName(self.accessibleName())
            self._calendar.setGridVisible(True)
            self._calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self._calendar.activated.connect(self._picked)
            self._calendar.clicked.connect(self._picked)
        self._calendar.setDateRange(self._minimum, self._maximum)
        start = self._shown if self._shown is not None else QDate.currentDate()
        self._calendar.setSelectedDate(start)
        self._calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self._calendar.show()
        self._calendar.setFocus()

    def calendar(self) -> QCalendarWidget | None:
        return self._calendar

    def _picked(self, day: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self.setFocus()
        self.setText(day.toString("dd/MM/yyyy"))
        self.commit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and alt):
            self.open_calendar()
        elif key == Qt.Key.Key_Delete and self._optional and not self.isReadOnly():
            self.clear()
            self.commit()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not alt and not self.isReadOnly():
            step = 1 if key == Qt.Key.Key_Up else -1
            start = self._shown if self._shown is not None else QDate.currentDate()
            self.setText(start.addDays(step).toString("dd/MM/yyyy"))
            self.commit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.commit():
                event.ignore()  # a dialog's default button still hears an accepted date
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        pressed = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if pressed and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):  # type: ignore[attr-defined]
            self.commit()  # before Tab moves on, whichever window is active
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        popup = self._calendar is not None and self._calendar.isVisible()
        if not popup:
            self.commit()
