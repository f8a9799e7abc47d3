"""Correcting an action after it was raised: owner, officer, description, hotspot, due date,
ASB power, and an update reported between meetings. Each save is one undoable, versioned step.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tasking.services import Services, TaskingError
from tasking.services.changes import UNCHANGED, ActionChanges
from tasking.services.views import ActionDetail
from tasking.ui.choice import choices_ready
from tasking.ui.dialogs import report_refusal
from tasking.ui.fields import DateEdit, NotesEdit, choose, make_combo, refill
from tasking.ui.undo import EditHistory, Versions

EDITABLE = (
    "description",
    "action_type_id",
    "asb_power_id",
    "owner_agency_id",
    "owner_person_id",
    "hotspot_id",
    "due_on",
)


class ActionEditor(QDialog):
    """One action's record, correctable; Save changes and Record update are undoable."""

    def __init__(
        self, services: Services, history: EditHistory, action_id: int, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.services, self.history, self.action_id = services, history, action_id
        self.description = QLineEdit()
        self.action_type = make_combo(self.tr("Action type"), whole=True)
        self.asb_power = make_combo(self.tr("ASB power used"), whole=True)
        self.agency = make_combo(self.tr("Owner agency"), whole=True)
        self.officer = make_combo(self.tr("Named officer"), whole=True)
        self.hotspot = make_combo(self.tr("Hotspot"), whole=True)
        self.due = DateEdit(self.tr("Due date"), optional=True)
        self.note = NotesEdit(self.tr("Update reported between meetings"))
        self.noted_on = DateEdit(self.tr("Date of the update"))
        self.save = QPushButton(self.tr("&Save changes"))
        self.record = QPushButton(self.tr("Record &update"))
        self._lay_out()
        p = services.partnership
        refill(self.action_type, [(t.label, t.id) for t in p.terms("action_type")], None)
        powers = [(self.tr("(none)"), 0)] + [(t.label, t.id) for t in p.terms("asb_power")]
        refill(self.asb_power, powers, 0)
        refill(self.agency, [(a.name, a.id) for a in p.agencies()], None)
        self._people = p.people()
        self.agency.currentIndexChanged.connect(self._fill_officers)
        self.save.clicked.connect(self.on_save)
        self.record.clicked.connect(self.on_record)
        self.show_detail(services.actions.detail(action_id))

    def _lay_out(self) -> None:
        self.description.setAccessibleName(self.tr("What is to be done"))
        correct = QGroupBox(self.tr("Correct the action"))
        form = QFormLayout(correct)
        for text, widget in (
            (self.tr("&What:"), self.description),
            (self.tr("T&ype:"), self.action_type),
            (self.tr("AS&B power:"), self.asb_power),
            (self.tr("Owner a&gency:"), self.agency),
            (self.tr("Offi&cer:"), self.officer),
            (self.tr("Hots&pot:"), self.hotspot),
            (self.tr("&Due:"), self.due),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.save)
        update = QGroupBox(self.tr("An update between meetings"))
        update_form = QFormLayout(update)
        for text, field in ((self.tr("&Note:"), self.note), (self.tr("&On:"), self.noted_on)):
            label = QLabel(text)
            label.setBuddy(field)
            update_form.addRow(label, field)
        update_form.addRow(self.record)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        layout.addWidget(correct)
        layout.addWidget(update)
        layout.addWidget(buttons)

    def show_detail(self, detail: ActionDetail) -> None:
        row = detail.row
        self.detail = detail
        self.setWindowTitle(self.tr("Action %1").replace("%1", row.reference))
        self.summary.setText(f"{row.reference}: {row.status_label}")
        self.description.setText(row.description)
        choose(self.action_type, row.action_type_id)
        choose(self.asb_power, detail.asb_power_id or 0)
        choose(self.agency, row.owner_agency_id)
        hotspots = self.services.hotspots.list(row.area_id)
        refill(
            self.hotspot,
            [(self.tr("(no hotspot)"), 0)] + [(h.name, h.id) for h in hotspots],
            row.hotspot_id or 0,
        )
        self._fill_officers()
        choose(self.officer, row.owner_person_id or 0)
        self.due.set_value(row.due_on)
        self.noted_on.set_value(self.services.today())

    def _fill_officers(self) -> None:
        agency_id = self.agency.currentData()
        people = [(self.tr("(no named officer)"), 0)] + [
            (p.name, p.id) for p in self._people if p.agency_id == agency_id
        ]
        refill(self.officer, people, self.officer.currentData() or 0)

    def _values(self) -> dict[str, object]:
        return {
            "description": self.description.text().strip(),
            "action_type_id": self.action_type.currentData(),
            "asb_power_id": self.asb_power.currentData() or None,
            "owner_agency_id": self.agency.currentData(),
            "owner_person_id": self.officer.currentData() or None,
            "hotspot_id": self.hotspot.currentData() or None,
            "due_on": self.due.value(),
        }

    def _stored(self) -> dict[str, object]:
        row = self.detail.row
        stored = {key: getattr(row, key) for key in EDITABLE if key != "asb_power_id"}
        stored["asb_power_id"] = self.detail.asb_power_id
        return stored

    def on_save(self) -> bool:
        """Save what differs from the record as one undoable step; False if nothing saved."""
        if not choices_ready(self) or (self.due.text() and not self.due.commit()):
            return False
        new, old = self._values(), self._stored()
        changed = {key: value for key, value in new.items() if value != old[key]}
        if not changed:
            return False
        names = {f.name for f in fields(ActionChanges)}
        redo = ActionChanges(**{k: changed.get(k, UNCHANGED) for k in names})  # type: ignore[arg-type]
        back = ActionChanges(**{k: old[k] if k in changed else UNCHANGED for k in names})  # type: ignore[arg-type]
        actions, action_id = self.services.actions, self.action_id
        text = self.tr("Correct action %1").replace("%1", self.detail.row.reference)
        try:
            self.history.run_one(
                text,
                "action",
                ("action", action_id),
                self.detail.row.version,
                lambda version: actions.edit(action_id, version, redo).version,
                lambda version: actions.edit(action_id, version, back).version,
            )
        except TaskingError as error:
            report_refusal(self, error)
            return False
        self.show_detail(actions.detail(action_id))
        return True

    def on_record(self) -> bool:
        """Record the update reported between meetings; undo takes it back."""
        note = self.note.toPlainText().strip()
        if not note or not self.noted_on.commit():
            return False
        actions, action_id, noted_on = self.services.actions, self.action_id, self.noted_on.value()
        recorded: list[int] = []

        def do(versions: Versions) -> Versions:
            expected = versions.get(("action", action_id), self.detail.row.version)
            update = actions.record_update(action_id, expected, note=note, noted_on=noted_on)
            recorded[:] = [update.id]
            return {("action", action_id): actions.row(action_id).version}

        def undo(_versions: Versions) -> Versions:
            actions.delete_update(recorded[0])
            return {("action", action_id): actions.row(action_id).version}

        text = self.tr("Record update on %1").replace("%1", self.detail.row.reference)
        try:
            self.history.run(
                text, "action", do, undo, {("action", action_id): self.detail.row.version}
            )
        except TaskingError as error:
            report_refusal(self, error)
            return False
        self.note.clear()
        self.note.mark_saved()
        self.show_detail(actions.detail(action_id))
        return True
