"""The dialogs every place shares: a refused edit, a conflict, nominating a hotspot.

Each has a classmethod a test replaces, so no test waits on a modal dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tasking.services import ConflictError, TaskingError
from tasking.services.views import AgencyView, AreaView, TermView
from tasking.ui.choice import choices_ready
from tasking.ui.fields import DateEdit, checkable_terms, checked_ids, make_combo, refill
from tasking.ui.messages import explain


class ErrorNotice:
    """A use case said no: tell the user why, in the service's own words."""

    @classmethod
    def tell(cls, parent: QWidget | None, message: str) -> None:
        cls.box(parent, message).exec()

    @staticmethod
    def box(parent: QWidget | None, message: str) -> QMessageBox:
        """The warning, not yet shown."""
        title = QCoreApplication.translate("Dialogs", "Not saved")
        return QMessageBox(QMessageBox.Icon.Warning, title, message, parent=parent)


class ConflictDialog(QDialog):
    """Someone else changed the record: offer to reload, showing what the user typed."""

    def __init__(self, message: str, typed: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        layout = QVBoxLayout(self)
        text = QLabel(message)
        text.setWordWrap(True)
        layout.addWidget(text)
        if typed:
            label = QLabel(self.tr("What you &typed (copy it before reloading):"))
            self.typed = QPlainTextEdit(typed)
            self.typed.setReadOnly(True)
            self.typed.setAccessibleName(self.tr("What you typed"))
            label.setBuddy(self.typed)
            layout.addWidget(label)
            layout.addWidget(self.typed)
        buttons = QDialogButtonBox()
        reload_button = buttons.addButton(
            self.tr("&Reload"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(
            self.tr("&Keep my text"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        reload_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, message: str, typed: str = "") -> bool:
        """True if the user wants to reload the record."""
        return cls(message, typed, parent).exec() == QDialog.DialogCode.Accepted


def report_refusal(parent: QWidget | None, error: TaskingError, typed: str = "") -> bool:
    """Show a refused edit; True when the user asked to reload after a conflict."""
    if isinstance(error, ConflictError):
        return ConflictDialog.ask(parent, explain(error), typed)
    ErrorNotice.tell(parent, explain(error))
    return False


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
    """A new hotspot: the place, where it is, why, by whom; from the register or a meeting.

    At a meeting the ward and the date are the meeting's (``fixed``): shown, not asked.
    """

    def __init__(
        self,
        areas: list[AreaView],
        agencies: list[AgencyView],
        problem_types: list[TermView],
        on: date,
        area_id: int | None = None,
        fixed: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nominate a hotspot"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("For example: Arboretum Park bandstand"))
        self.location = QLineEdit()
        self.area = make_combo(self.tr("Ward"))
        refill(self.area, [(a.name, a.id) for a in areas], area_id)
        self.agency = make_combo(self.tr("Nominating agency"))
        refill(
            self.agency,
            [(self.tr("(not recorded)"), 0)] + [(a.name, a.id) for a in agencies],
            0,
        )
        self.on = DateEdit(self.tr("Date nominated"))
        self.on.set_value(on)
        self.area.setEnabled(not fixed)
        self.on.setEnabled(not fixed)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.types = checkable_terms(problem_types)
        types_view = QListView()
        types_view.setModel(self.types)
        form = QFormLayout(self)
        rows = [
            (
                self.tr("N&ame of the place:"),
                self.name,
                self.tr("Hotspot name"),
            ),
            (
                self.tr("&Location:"),
                self.location,
                self.tr("Location"),
            ),
            (
                self.tr("&Ward:"),
                self.area,
                self.tr("Ward"),
            ),
            (
                self.tr("Nominated &by:"),
                self.agency,
                self.tr("Nominating agency"),
            ),
            (
                self.tr("Nominated &on:"),
                self.on,
                self.tr("Date nominated"),
            ),
            (
                self.tr("&Reason and evidence:"),
                self.reason,
                self.tr("Reason and evidence"),
            ),
            (
                self.tr("&Problem types:"),
                types_view,
                self.tr("Problem types"),
            ),
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

    def accept(self) -> None:
        # An impossible typed date, or a typed choice that names none, is said; nothing nominated.
        if choices_ready(self) and self.on.commit():
            super().accept()

    def nomination(self) -> Nomination:
        return Nomination(
            name=self.name.text().strip(),
            area_id=self.area.currentData(),
            nominated_by_id=self.agency.currentData() or None,
            reason=self.reason.toPlainText().strip(),
            nominated_on=self.on.date().toPython(),  # type: ignore[arg-type]
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
        on: date,
        area_id: int | None = None,
        fixed: bool = False,
    ) -> Nomination | None:
        dialog = cls(areas, agencies, problem_types, on, area_id, fixed, parent)
        return dialog.nomination() if dialog.exec() == QDialog.DialogCode.Accepted else None
