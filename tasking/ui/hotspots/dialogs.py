"""Dialogs of the hotspot register: nominate a place, change its status (closing needs a reason)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QWidget,
)

from tasking.services.views import AgencyView, AreaView, TermView
from tasking.ui.fields import pydate, qdate


def checkable_terms(terms: list[TermView], chosen: tuple[int, ...] = ()) -> QStandardItemModel:
    model = QStandardItemModel()
    for term in terms:
        item = QStandardItem(term.label)
        item.setData(term.id, Qt.ItemDataRole.UserRole)
        item.setCheckable(True)
        item.setEditable(False)
        checked = term.id in chosen
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        model.appendRow(item)
    return model


def checked_ids(model: QStandardItemModel) -> tuple[int, ...]:
    return tuple(
        model.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(model.rowCount())
        if model.item(r).checkState() == Qt.CheckState.Checked
    )


@dataclass(frozen=True)
class Nomination:
    name: str
    area_id: int
    nominated_by_id: int | None
    reason: str
    nominated_on: date
    location: str
    problem_type_ids: tuple[int, ...]


class NominateDialog(QDialog):
    def __init__(
        self,
        areas: list[AreaView],
        agencies: list[AgencyView],
        problem_types: list[TermView],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nominate a hotspot"))
        self.name = QLineEdit()
        self.location = QLineEdit()
        self.area = QComboBox()
        for a in areas:
            self.area.addItem(a.name, a.id)
        self.agency = QComboBox()
        for g in agencies:
            self.agency.addItem(g.name, g.id)
        self.on = QDateEdit(qdate(today))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd/MM/yyyy")
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.types = checkable_terms(problem_types)
        types_view = QListView()
        types_view.setModel(self.types)
        form = QFormLayout(self)
        rows = [
            (self.tr("&Name of the place:"), self.name, self.tr("Name")),
            (self.tr("&Location:"), self.location, self.tr("Location")),
            (self.tr("&Ward:"), self.area, self.tr("Ward")),
            (self.tr("Nominated &by:"), self.agency, self.tr("Nominating agency")),
            (self.tr("Nominated &on:"), self.on, self.tr("Date nominated")),
            (self.tr("&Reason and evidence:"), self.reason, self.tr("Reason and evidence")),
            (self.tr("&Problem types:"), types_view, self.tr("Problem types")),
        ]
        for text, widget, name in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Nominate"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self.on_name_changed)
        self.on_name_changed()

    def on_name_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def nomination(self) -> Nomination:
        return Nomination(
            name=self.name.text().strip(),
            area_id=self.area.currentData(),
            nominated_by_id=self.agency.currentData(),
            reason=self.reason.toPlainText().strip(),
            nominated_on=pydate(self.on.date()),
            location=self.location.text().strip(),
            problem_type_ids=checked_ids(self.types),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        areas: list[AreaView],
        agencies: list[AgencyView],
        problem_types: list[TermView],
        today: date,
    ) -> Nomination | None:
        dialog = cls(areas, agencies, problem_types, today, parent)
        return dialog.nomination() if dialog.exec() == QDialog.DialogCode.Accepted else None


class StatusDialog(QDialog):
    """Choose a new status and say why; a closing status needs a reason."""

    def __init__(
        self, statuses: list[TermView], current: str, closing: bool, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close the hotspot") if closing else self.tr("Change status"))
        self._closed = {t.code for t in statuses if t.closed}
        self.status = QComboBox()
        for t in statuses:
            if t.code != current and (t.closed or not closing):
                self.status.addItem(t.label, t.code)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.hint = QLabel()
        form = QFormLayout(self)
        for text, widget, name in (
            (self.tr("New &status:"), self.status, self.tr("New status")),
            (self.tr("&Reason:"), self.reason, self.tr("Reason")),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        form.addRow(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.status.currentIndexChanged.connect(self.on_changed)
        self.reason.textChanged.connect(self.on_changed)
        self.on_changed()

    def on_changed(self) -> None:
        needs_reason = self.status.currentData() in self._closed
        has_reason = bool(self.reason.toPlainText().strip())
        self.hint.setText(
            self.tr("Closing needs a reason, for example what worked.") if needs_reason else ""
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.status.count() > 0 and (has_reason or not needs_reason))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        statuses: list[TermView],
        current: str,
        closing: bool = False,
    ) -> tuple[str, str] | None:
        dialog = cls(statuses, current, closing, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.status.currentData(), dialog.reason.toPlainText().strip()
