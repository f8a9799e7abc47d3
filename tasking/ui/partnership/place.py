"""The partnership place: agencies, people and vocabularies, each a list with an add form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tasking.services import Services, TaskingError
from tasking.services.changes import AgencyChanges, PersonChanges, TermChanges
from tasking.services.seed import VOCABULARY_KINDS
from tasking.ui.dialogs import report_refusal
from tasking.ui.fields import fill_combo
from tasking.ui.partnership.lists import EditableList
from tasking.ui.table_model import Column, attribute
from tasking.ui.undo import EditHistory

VOCABULARY_NAMES = {
    "action_status": "Action statuses",
    "hotspot_status": "Hotspot statuses",
    "marking": "Protective markings",
    "hotspot_decision": "Hotspot decisions",
    "action_type": "Action types",
    "asb_power": "ASB tools and powers",
    "problem_type": "Problem types",
    "csp_priority": "CSP priorities",
}


def _labelled(text: str, widget: QWidget, name: str) -> tuple[QLabel, QWidget]:
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(name)
    return label, widget


class AddForm(QWidget):
    """A row of labelled inputs and an Add button that calls ``add(values)``."""

    def __init__(
        self,
        fields: list[tuple[str, QWidget, str]],
        button: str,
        add: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for text, widget, name in fields:
            for w in _labelled(text, widget, name):
                row.addWidget(w)
            if isinstance(widget, QLineEdit):
                widget.returnPressed.connect(add)
        self.button = QPushButton(button)
        self.button.clicked.connect(add)
        row.addWidget(self.button)


class PartnershipPlace(QWidget):
    def __init__(
        self,
        services: Services,
        history: EditHistory,
        settings: object,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.history = services, history
        p = services.partnership
        tr = self.tr

        self.agency_name, self.agency_short = QLineEdit(), QLineEdit()
        agency_form = AddForm(
            [
                (tr("New a&gency:"), self.agency_name, tr("New agency name")),
                (tr("S&hort name:"), self.agency_short, tr("New agency short name")),
            ],
            tr("Add a&gency"),
            self.on_add_agency,
        )
        self.agencies = EditableList(
            [
                attribute("name", "Agency", editable=True),
                attribute("short_name", "Short name", editable=True),
                attribute("active", "Active"),
            ],
            tr("Agencies"),
            "agency",
            history,
            lambda: p.agencies(include_inactive=True),
            lambda id_, version, **values: p.edit_agency(id_, version, AgencyChanges.of(values)),
            agency_form,
        )

        self.person_name, self.person_role, self.person_email = (
            QLineEdit(),
            QLineEdit(),
            QLineEdit(),
        )
        self.person_agency = QComboBox()
        self.person_form = person_form = AddForm(
            [
                (tr("New &person:"), self.person_name, tr("New person's name")),
                (tr("&Role:"), self.person_role, tr("New person's role")),
                (tr("E&mail:"), self.person_email, tr("New person's email")),
                (tr("A&gency:"), self.person_agency, tr("New person's agency")),
            ],
            tr("Add p&erson"),
            self.on_add_person,
        )
        self.people = EditableList(
            [
                attribute("name", "Name", editable=True),
                attribute("role", "Role", editable=True),
                attribute("email", "Email", editable=True),
                attribute("agency", "Agency"),
                attribute("active", "Active"),
            ],
            tr("People"),
            "person",
            history,
            lambda: p.people(include_inactive=True),
            lambda id_, version, **values: p.edit_person(id_, version, PersonChanges.of(values)),
            person_form,
        )

        self.kind = QComboBox()
        for kind in VOCABULARY_KINDS:
            self.kind.addItem(
                QCoreApplication.translate("Partnership", VOCABULARY_NAMES[kind]), kind
            )
        self.term_label = QLineEdit()
        self.term_closed = QCheckBox(tr("Cl&oses the record"))
        self.term_closed.setAccessibleName(tr("The new status closes the record"))
        term_form = AddForm(
            [(tr("New &term:"), self.term_label, tr("New term"))], tr("Add &term"), self.on_add_term
        )
        form_layout = term_form.layout()
        assert isinstance(form_layout, QBoxLayout)
        form_layout.insertWidget(2, self.term_closed)
        self.terms = EditableList(
            [
                attribute("label", "Term", editable=True),
                attribute("code", "Code"),
                Column("built_in", "Shipped", lambda t: t.built_in),
                attribute("active", "Active"),
            ],
            tr("Vocabulary terms"),
            "term",
            history,
            lambda: p.terms(self.kind.currentData(), include_inactive=True),
            lambda id_, version, **values: p.edit_term(id_, version, TermChanges.of(values)),
            term_form,
        )
        vocabularies = QWidget()
        v_layout = QVBoxLayout(vocabularies)
        kind_row = QHBoxLayout()
        for w in _labelled(tr("&Vocabulary:"), self.kind, tr("Vocabulary")):
            kind_row.addWidget(w)
        kind_row.addStretch(1)
        v_layout.addLayout(kind_row)
        v_layout.addWidget(self.terms, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.agencies, tr("Agencies"))
        self.tabs.addTab(self.people, tr("People"))
        self.tabs.addTab(vocabularies, tr("Vocabularies"))
        QVBoxLayout(self).addWidget(self.tabs)
        self.kind.currentIndexChanged.connect(self.on_kind_changed)
        history.changes.changed.connect(self.on_data_changed)
        self.refresh_agency_choices()
        self.on_kind_changed()

    def focus_filter(self) -> None:
        current = self.tabs.currentWidget()
        table = (
            current.findChild(EditableList) if not isinstance(current, EditableList) else current
        )
        if table is not None:
            table.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh_agency_choices(self) -> None:
        fill_combo(
            self.person_agency, [(a.name, a.id) for a in self.services.partnership.agencies()]
        )

    def on_kind_changed(self) -> None:
        self.term_closed.setVisible(self.kind.currentData() in ("action_status", "hotspot_status"))
        self.terms.reload()

    def on_data_changed(self, kind: str) -> None:
        if kind == "agency":
            self.agencies.reload()
            self.refresh_agency_choices()
            self.people.reload()
        elif kind == "person":
            self.people.reload()
        elif kind == "term":
            self.terms.reload()

    def _add(self, make: Callable[[], Any], target: EditableList, typed: str) -> Any:
        try:
            record = make()
        except TaskingError as error:
            report_refusal(self, error, typed)
            return None
        target.added(record)
        return record

    def on_add_agency(self) -> None:
        name, short = self.agency_name.text(), self.agency_short.text()
        if self._add(
            lambda: self.services.partnership.add_agency(name, short), self.agencies, name
        ):
            self.agency_name.clear()
            self.agency_short.clear()

    def on_add_person(self) -> None:
        name = self.person_name.text()
        agency_id = self.person_agency.currentData()
        if agency_id is None:
            return
        add = self.services.partnership.add_person
        made = self._add(
            lambda: add(name, agency_id, self.person_role.text(), self.person_email.text()),
            self.people,
            name,
        )
        if made:
            for w in (self.person_name, self.person_role, self.person_email):
                w.clear()

    def on_add_term(self) -> None:
        label, kind = self.term_label.text(), self.kind.currentData()
        closed = self.term_closed.isChecked() and not self.term_closed.isHidden()
        add = self.services.partnership.add_term
        if self._add(lambda: add(kind, label, closed), self.terms, label):
            self.term_label.clear()
