"""New actions: a quick-entry row that raises an action from the keyboard, and the list raised."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tasking.services.views import AgencyView, MeetingDetail, PersonView, TermView
from tasking.ui.choice import choices_ready
from tasking.ui.fields import (
    ChoiceCombo,
    DateEdit,
    choose,
    make_combo,
    qdate,
    refill,
    set_read_only,
)
from tasking.ui.fit import keep_rows
from tasking.ui.meeting.edits import MeetingEdits
from tasking.ui.meeting.models import RaisedActionsTableModel
from tasking.ui.meeting.table import make_table

RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass
class RaisedAction:
    """The action an undoable raise made; redo raises it again and remembers the new id."""

    id: int


class NewActionsSection(QWidget):
    def __init__(
        self, edits: MeetingEdits, due_period: timedelta, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.edits = edits
        self.due_period = due_period
        self._detail: MeetingDetail | None = None
        self._people: list[PersonView] = []
        self.entry = QGroupBox(self.tr("Raise an action"))
        hint = self.tr("Tab through the fields; Return raises the action.")
        self.entry.setToolTip(hint)
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("What is to be done"))
        self.description.setPlaceholderText(self.tr("What is to be done (Return raises it)"))
        self.action_type = make_combo(self.tr("Action type"))
        self.agency = make_combo(self.tr("Owner agency"))
        self.officer = make_combo(self.tr("Named officer"))
        self.due = DateEdit(self.tr("Due date"))
        self.hotspot = make_combo(self.tr("Hotspot the action serves"))
        self.raise_button = QPushButton(self.tr("&Raise"))
        self.raise_button.setToolTip(hint)
        self.withdraw_button = QPushButton(self.tr("W&ithdraw the selected action"))
        self.withdraw_button.setToolTip(self.tr("Delete an action raised by mistake (undoable)."))
        self.model = RaisedActionsTableModel(self)
        self.table = make_table(self.model, self.tr("Actions raised at this meeting"), stretch=1)
        self._lay_out()
        for field in self._fields():
            field.installEventFilter(self)
        self.raise_button.clicked.connect(self.on_raise)
        self.withdraw_button.clicked.connect(self.on_withdraw)
        self.agency.currentIndexChanged.connect(self.on_agency_changed)

    def _fields(self) -> list[QWidget]:
        return [
            self.description,
            self.action_type,
            self.agency,
            self.officer,
            self.due,
            self.hotspot,
        ]

    def _lay_out(self) -> None:
        grid = QGridLayout(self.entry)
        labels = [
            self.tr("&What:"),
            self.tr("T&ype:"),
            self.tr("Owner a&gency:"),
            self.tr("Offi&cer:"),
            self.tr("D&ue:"),
            self.tr("Hots&pot:"),
        ]
        places = [
            (0, 0, 1, 5),
            (1, 0, 1, 1),
            (1, 2, 1, 1),
            (2, 0, 1, 1),
            (2, 2, 1, 1),
            (1, 4, 1, 1),
        ]
        for text, field, (row, column, rows, columns) in zip(
            labels, self._fields(), places, strict=True
        ):
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, row, column)
            if field is self.due:  # a date's fixed width must not narrow the owner's column
                grid.addWidget(field, row, column + 1, Qt.AlignmentFlag.AlignLeft)
            else:
                grid.addWidget(field, row, column + 1, rows, columns)
        grid.addWidget(self.raise_button, 2, 5)
        self.confidential = QCheckBox(self.tr("Confidential (left out for wider circulation)"))
        grid.addWidget(self.confidential, 3, 1, 1, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(5, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.entry)
        below = QHBoxLayout()
        below.addWidget(QLabel(self.tr("Raised at this meeting:")), 1)
        below.addWidget(self.withdraw_button)
        layout.addLayout(below)
        keep_rows(self.table)
        layout.addWidget(self.table, 1)
        chain = [*self._fields(), self.raise_button, self.withdraw_button, self.table]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def set_choices(
        self, types: list[TermView], agencies: list[AgencyView], people: list[PersonView]
    ) -> None:
        self._people = people
        refill(self.action_type, [(t.label, t.id) for t in types], self.action_type.currentData())
        owners = [(self.tr("(choose the owner agency)"), None)] + [(a.name, a.id) for a in agencies]
        refill(self.agency, owners, self.agency.currentData())
        self.on_agency_changed()

    def set_people(self, people: list[PersonView]) -> None:
        self._people = people
        self.on_agency_changed()

    def show_detail(self, detail: MeetingDetail) -> None:
        untouched = self._detail is None or self.due.date() == qdate(self.default_due(self._detail))
        if untouched or self._detail.id != detail.id:  # type: ignore[union-attr]
            self.due.setDate(qdate(self.default_due(detail)))
        self._detail = detail
        hotspots = [(self.tr("(no hotspot)"), 0)] + [
            (d.hotspot, d.hotspot_id) for d in detail.discussions
        ]
        refill(self.hotspot, hotspots, self.hotspot.currentData() or 0)
        self.model.set_records(detail.new_actions)

    def default_due(self, detail: MeetingDetail) -> date:
        return detail.next_meeting_on or detail.held_on + self.due_period

    def set_editable(self, editable: bool) -> None:
        set_read_only(self.description, not editable)
        set_read_only(self.due, not editable)
        for widget in (
            self.action_type,
            self.agency,
            self.officer,
            self.hotspot,
            self.confidential,
        ):
            widget.setEnabled(editable)
        self.raise_button.setEnabled(editable)
        self.withdraw_button.setEnabled(editable)

    # --- slots ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            offering = isinstance(watched, ChoiceCombo) and watched.offering()
            if event.key() in RETURN_KEYS and plain and not offering:  # else Return picks
                self.on_raise()
                return True
        return super().eventFilter(watched, event)

    def on_agency_changed(self) -> None:
        agency_id = self.agency.currentData()
        officers = [(self.tr("(no named officer)"), 0)] + [
            (p.name, p.id) for p in self._people if p.agency_id == agency_id
        ]
        refill(self.officer, officers, self.officer.currentData() or 0)

    def on_raise(self) -> None:
        if self._detail is None or not self._detail.editable:
            return
        description = self.description.text().strip()
        if not description:
            self.description.setFocus()
            return
        if not choices_ready(self.entry):
            return  # a typed choice that names none: said beside it, not raised
        if self.due.text() != self.due.date().toString("dd/MM/yyyy") and not self.due.commit():
            self.due.setFocus()  # an impossible typed due date: said beside the field, not raised
            return
        if self.agency.currentData() is None:
            self.agency.refuse(self.tr("Choose the agency that owns the action: none was raised."))
            self.agency.setFocus()
            return
        actions, detail = self.edits.services.actions, self._detail
        arguments = {
            "description": description,
            "action_type_id": self.action_type.currentData(),
            "owner_agency_id": self.agency.currentData(),
            "owner_person_id": self.officer.currentData() or None,
            "hotspot_id": self.hotspot.currentData() or None,
            "due_on": self.due.date().toPython(),
            "meeting_id": detail.id,
            "area_id": detail.area_id,
            "confidential": self.confidential.isChecked(),
        }
        raised = RaisedAction(0)

        def do() -> str:
            row = actions.raise_action(**arguments)
            raised.id = row.id
            return row.reference

        def undo() -> None:
            actions.withdraw(raised.id)

        text = self.tr("Raise action: %1").replace("%1", description[:40])
        reference = self.edits.perform(text, do, undo, "action", typed=description)
        if reference is None:
            return
        # The next action starts clear: an owner or hotspot carried over unseen is a wrong one.
        self.description.clear()
        self.confidential.setChecked(False)
        choose(self.agency, None)
        self.on_agency_changed()
        choose(self.officer, 0)
        choose(self.hotspot, 0)
        self.description.setFocus()
        self.entry.setTitle(self.tr("Raise an action (last raised: %1)").replace("%1", reference))

    def on_withdraw(self) -> None:
        row = self.model.record_at(self.table.currentIndex().row())
        if row is None or self._detail is None or not self._detail.editable:
            return
        actions, meeting_id = self.edits.services.actions, self._detail.id
        arguments = {
            "description": row.description,
            "action_type_id": row.action_type_id,
            "owner_agency_id": row.owner_agency_id,
            "owner_person_id": row.owner_person_id,
            "hotspot_id": row.hotspot_id,
            "due_on": row.due_on,
            "meeting_id": meeting_id,
            "area_id": row.area_id,
            # raised again on undo as it was: still left out of the minutes for wider circulation
            "confidential": row.id in self._detail.confidential_actions,
        }
        raised = RaisedAction(row.id)

        def withdraw() -> None:
            actions.withdraw(raised.id)

        def raise_again() -> None:
            raised.id = actions.raise_action(**arguments).id  # type: ignore[arg-type]

        text = self.tr("Withdraw %1").replace("%1", row.reference)
        self.edits.perform(text, withdraw, raise_again, "action")
