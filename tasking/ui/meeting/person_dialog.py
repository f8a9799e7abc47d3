"""Adding someone to the partnership on the spot: name, role, email and agency."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from tasking.services.views import AgencyView
from tasking.ui.choice import choices_ready
from tasking.ui.fields import make_combo, refill


@dataclass(frozen=True)
class NewPerson:
    name: str
    role: str
    email: str
    agency_id: int


class PersonDialog(QDialog):
    def __init__(
        self, agencies: list[AgencyView], name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a person"))
        self.name = QLineEdit(name)
        self.name.setAccessibleName(self.tr("Name"))
        self.role = QLineEdit()
        self.role.setAccessibleName(self.tr("Role"))
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("Email"))
        self.agency = make_combo(self.tr("Agency"), whole=True)  # every agency's name in full
        refill(self.agency, [(a.name, a.id) for a in agencies], None)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow(self.tr("&Agency:"), self.agency)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add as &present"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if choices_ready(self):  # a typed agency that names none is said, and no one added
            super().accept()

    def person(self) -> NewPerson:
        return NewPerson(
            self.name.text().strip(),
            self.role.text().strip(),
            self.email.text().strip(),
            self.agency.currentData(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, agencies: list[AgencyView], name: str = ""
    ) -> NewPerson | None:
        dialog = cls(agencies, name, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.person()
