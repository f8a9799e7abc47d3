"""Nominating a new hotspot during the meeting: the place, where it is, why, and by whom."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tasking.services.views import AgencyView
from tasking.ui.meeting.fields import make_combo, refill


@dataclass(frozen=True)
class Nomination:
    name: str
    location: str
    reason: str
    agency_id: int | None


class NominateDialog(QDialog):
    def __init__(self, agencies: list[AgencyView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nominate a hotspot"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Hotspot name"))
        self.name.setPlaceholderText(self.tr("For example: Arboretum Park bandstand"))
        self.location = QLineEdit()
        self.location.setAccessibleName(self.tr("Location"))
        self.agency = make_combo(self.tr("Nominated by agency"))
        refill(
            self.agency, [(self.tr("(not recorded)"), 0)] + [(a.name, a.id) for a in agencies], 0
        )
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason and evidence"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Location:"), self.location)
        form.addRow(self.tr("Nominated &by:"), self.agency)
        form.addRow(self.tr("&Reason and evidence:"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Nominate"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def nomination(self) -> Nomination:
        return Nomination(
            self.name.text().strip(),
            self.location.text().strip(),
            self.reason.toPlainText().strip(),
            self.agency.currentData() or None,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, agencies: list[AgencyView]) -> Nomination | None:
        dialog = cls(agencies, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.nomination()
