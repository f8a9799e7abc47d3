"""The small dialogs of the candidates view: nominate, leave a point out, points left out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from tasking.policeuk.candidates import POINT, Candidate
from tasking.services import Services
from tasking.services.candidates import CandidateList, Exclusion, evidence_summary
from tasking.ui.dialogs import NominateDialog
from tasking.ui.roles import RAW_ROLE


def suggested_name(candidate: Candidate) -> str:
    label = candidate.label.removeprefix("On or near ").strip()
    return label if candidate.kind == POINT else f"{label} ({candidate.ward})"


def ask_nomination(
    parent: QWidget | None, services: Services, candidate: Candidate, listing: CandidateList
) -> dict[str, Any] | None:
    """The hotspot's name, nominating agency, problem types and reason, filled in from the
    candidate; None if cancelled."""
    p = services.partnership
    areas = [a for a in p.areas() if a.name == candidate.ward]
    dialog = NominateDialog(
        areas,
        p.agencies(),
        p.terms("problem_type"),
        services.today(),
        area_id=areas[0].id if areas else None,
        parent=parent,
    )
    dialog.setWindowTitle(QCoreApplication.translate("Candidates", "Nominate from police.uk data"))
    dialog.name.setText(suggested_name(candidate))
    dialog.location.setText(candidate.label if candidate.kind == POINT else "")
    dialog.location.setReadOnly(True)
    dialog.area.setEnabled(False)
    summary = evidence_summary(candidate, listing)
    dialog.reason.setPlainText(summary[0].upper() + summary[1:] + ".")
    wanted = {"Anti-social behaviour": ("youth_asb",), "Drugs": ("drug_dealing",)}
    codes = {code for t in candidate.crime_types for code in wanted.get(t, ())}
    for term in p.terms("problem_type"):
        if term.code in codes:
            for row in range(dialog.types.rowCount()):
                item = dialog.types.item(row)
                if item.data(RAW_ROLE) == term.id:
                    item.setCheckState(item.checkState().Checked)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.nomination()
    return {
        "name": chosen.name,
        "nominated_by_id": chosen.nominated_by_id,
        "problem_type_ids": list(chosen.problem_type_ids),
        "reason": chosen.reason,
        "nominated_on": chosen.nominated_on,
    }


def ask_exclusion_reason(parent: QWidget | None, candidate: Candidate) -> str:
    reason, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Candidates", "Leave a point out"),
        QCoreApplication.translate(
            "Candidates",
            "Why leave %s out of candidates (for example “police station front desk”)?",
        )
        % candidate.label,
    )
    return reason.strip() if ok else ""


class ExclusionsDialog(QDialog):
    """The points left out, with who left them out and why; one can be put back."""

    def __init__(self, parent: QWidget | None, exclusions: list[Exclusion]) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("Candidates", "Points left out of candidates")
        )
        self.model = QStandardItemModel(self)
        for e in exclusions:
            item = QStandardItem(
                f"{e.location} ({e.latitude:.5f}, {e.longitude:.5f}): {e.reason} — {e.excluded_by}"
            )
            item.setEditable(False)
            item.setData(e.id, RAW_ROLE)
            self.model.appendRow(item)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(QCoreApplication.translate("Candidates", "Points left out"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.put_back = buttons.addButton(
            QCoreApplication.translate("Candidates", "&Put back"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.put_back.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "Candidates", "These map points are not counted in any candidate."
                )
            )
        )
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    def chosen_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(RAW_ROLE) if index.isValid() else None


def show_exclusions(
    parent: QWidget | None, services: Services, exclusions: list[Exclusion]
) -> bool:
    """True when a point was put back."""
    dialog = ExclusionsDialog(parent, exclusions)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_id() is not None:
        services.candidates.include_point(dialog.chosen_id())  # type: ignore[arg-type]
        return True
    return False
