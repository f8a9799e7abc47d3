"""The partnership place: agencies, people and vocabularies, each a list with an add form."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
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
from tasking.services.rules import DecisionEffect
from tasking.services.seed import VOCABULARY_KINDS
from tasking.ui.background import run_in_background
from tasking.ui.dialogs import report_refusal
from tasking.ui.fields import ChoiceCombo, fill_combo, make_combo
from tasking.ui.labels import decision_effect_text
from tasking.ui.messages import explain
from tasking.ui.partnership.lists import EditableList
from tasking.ui.partnership.name import PartnershipNameEdit
from tasking.ui.read_only import ReadOnly
from tasking.ui.slices import run_in_slices
from tasking.ui.table_model import Column, attribute
from tasking.ui.translation import QT_TRANSLATE_NOOP
from tasking.ui.undo import EditHistory

log = logging.getLogger(__name__)
#: What one read of the place brings: its token, agencies, people, terms, agency choices.
Lists = tuple[object, list[Any], list[Any], list[Any], list[tuple[str, int]]]

VOCABULARY_NAMES = {
    "action_status": QT_TRANSLATE_NOOP("Partnership", "Action statuses"),
    "hotspot_status": QT_TRANSLATE_NOOP("Partnership", "Hotspot statuses"),
    "marking": QT_TRANSLATE_NOOP("Partnership", "Protective markings"),
    "hotspot_decision": QT_TRANSLATE_NOOP("Partnership", "Hotspot decisions"),
    "action_type": QT_TRANSLATE_NOOP("Partnership", "Action types"),
    "asb_power": QT_TRANSLATE_NOOP("Partnership", "ASB tools and powers"),
    "problem_type": QT_TRANSLATE_NOOP("Partnership", "Problem types"),
    "csp_priority": QT_TRANSLATE_NOOP("Partnership", "CSP priorities"),
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
        self.row = row = QHBoxLayout(self)
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
    """Its lists are read on a worker when it is built and put on screen a list per turn of
    the event loop; until then it says so and takes no edits (``is_loading``, ``loaded``)."""

    loaded = Signal()

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

        self.agency_name, self.agency_short = QLineEdit(), QLineEdit()
        agency_form = AddForm(
            [
                (self.tr("New a&gency:"), self.agency_name, self.tr("New agency name")),
                (self.tr("Short name:"), self.agency_short, self.tr("New agency short name")),
            ],
            self.tr("Add agen&cy"),
            self.on_add_agency,
        )
        self.agencies = EditableList(
            [
                attribute("name", QT_TRANSLATE_NOOP("Partnership", "Agency"), editable=True),
                attribute(
                    "short_name", QT_TRANSLATE_NOOP("Partnership", "Short name"), editable=True
                ),
                attribute("active", QT_TRANSLATE_NOOP("Partnership", "Active")),
            ],
            self.tr("Agencies"),
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
        self.person_agency = ChoiceCombo()
        self.person_form = person_form = AddForm(
            [
                (self.tr("New &person:"), self.person_name, self.tr("New person's name")),
                (self.tr("Ro&le:"), self.person_role, self.tr("New person's role")),
                (self.tr("E-mail:"), self.person_email, self.tr("New person's email")),
                (self.tr("A&gency:"), self.person_agency, self.tr("New person's agency")),
            ],
            self.tr("Add pe&rson"),
            self.on_add_person,
        )
        self.people = EditableList(
            [
                attribute("name", QT_TRANSLATE_NOOP("Partnership", "Name"), editable=True),
                attribute("role", QT_TRANSLATE_NOOP("Partnership", "Role"), editable=True),
                attribute("email", QT_TRANSLATE_NOOP("Partnership", "Email"), editable=True),
                attribute("agency", QT_TRANSLATE_NOOP("Partnership", "Agency")),
                attribute("active", QT_TRANSLATE_NOOP("Partnership", "Active")),
            ],
            self.tr("People"),
            "person",
            history,
            lambda: p.people(include_inactive=True),
            lambda id_, version, **values: p.edit_person(id_, version, PersonChanges.of(values)),
            person_form,
        )

        self.kind = ChoiceCombo()
        for kind in VOCABULARY_KINDS:
            self.kind.addItem(
                QCoreApplication.translate("Partnership", VOCABULARY_NAMES[kind]), kind
            )
        self.term_label = QLineEdit()
        self.term_closed = QCheckBox(self.tr("C&loses the record"))
        self.term_closed.setAccessibleName(self.tr("The new status closes the record"))
        term_form = AddForm(
            [(self.tr("New &term:"), self.term_label, self.tr("New term"))],
            self.tr("Add te&rm"),
            self.on_add_term,
        )
        term_form.row.insertWidget(2, self.term_closed)
        self.term_effect = make_combo(self.tr("What the new decision does"))
        for effect in DecisionEffect:
            self.term_effect.addItem(decision_effect_text(effect), effect.value)
        self.term_effect.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        term_form.row.insertWidget(3, self.term_effect)
        self.terms = EditableList(
            [
                attribute("label", QT_TRANSLATE_NOOP("Partnership", "Term"), editable=True),
                attribute("code", QT_TRANSLATE_NOOP("Partnership", "Code")),
                Column(
                    "effect",
                    QT_TRANSLATE_NOOP("Partnership", "Does"),
                    lambda t: t.effect,
                    text=lambda t: decision_effect_text(t.effect),
                ),
                Column(
                    "built_in", QT_TRANSLATE_NOOP("Partnership", "Shipped"), lambda t: t.built_in
                ),
                attribute("active", QT_TRANSLATE_NOOP("Partnership", "Active")),
            ],
            self.tr("Vocabulary terms"),
            "term",
            history,
            lambda: p.terms(self.kind.currentData(), include_inactive=True),
            lambda id_, version, **values: p.edit_term(id_, version, TermChanges.of(values)),
            term_form,
        )
        vocabularies = QWidget()
        v_layout = QVBoxLayout(vocabularies)
        kind_row = QHBoxLayout()
        for w in _labelled(self.tr("Voc&abulary:"), self.kind, self.tr("Vocabulary")):
            kind_row.addWidget(w)
        kind_row.addStretch(1)
        v_layout.addLayout(kind_row)
        v_layout.addWidget(self.terms, 1)

        self.name = PartnershipNameEdit(services, history)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.agencies, self.tr("Agencies"))
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(vocabularies, self.tr("Vocabularies"))
        self.loading = QLabel(self.tr("Reading the partnership's lists…"))
        self.loading.setObjectName("partnershipLoading")
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.loading)
        layout.addWidget(self.tabs)
        self.kind.currentIndexChanged.connect(self.on_kind_changed)
        history.changes.changed.connect(self.on_data_changed)
        self._show_kind_fields()
        self.lock_if_read_only(ReadOnly.of(services))
        self._reading: object | None = object()  # the read whose lists are wanted
        self._hold()
        # The read starts once the place is painted: a worker running Python meanwhile would
        # have the UI thread wait for the interpreter at every call of its first paint.
        run_in_slices(self, [lambda: None, self.read_lists])

    # --- loading -------------------------------------------------------------------------
    @property
    def is_loading(self) -> bool:
        """The lists are being read or put on screen: nothing can be edited yet."""
        return self._reading is not None

    def read_lists(self) -> None:
        """Read every list on a worker thread; the place takes edits once they are shown."""
        self._hold()
        token = self._reading = object()
        p, kind = self.services.partnership, self.kind.currentData()

        def read(_progress: object) -> Lists:
            return (
                token,
                p.agencies(include_inactive=True),
                p.people(include_inactive=True),
                p.terms(kind, include_inactive=True),
                [(a.name, a.id) for a in p.agencies()],
            )

        run_in_background(None, None, read, self._lists_read, self._lists_not_read)

    def _hold(self) -> None:
        """No edits until the lists are shown: they say they are being read."""
        self.tabs.setEnabled(False)
        self.name.setEnabled(False)
        self.loading.show()

    def _lists_read(self, result: Lists) -> None:
        token, agencies, people, terms, choices = result
        if token is not self._reading:
            return  # a change since started a newer read

        def finish() -> None:
            if token is not self._reading:
                return
            self._reading = None
            self.loading.hide()
            self.tabs.setEnabled(True)
            self.name.setEnabled(True)
            self.loaded.emit()

        run_in_slices(
            self,
            [
                lambda: self.agencies.show_records(agencies),
                lambda: fill_combo(self.person_agency, choices),
                lambda: self.people.show_records(people),
                lambda: self.terms.show_records(terms),
                finish,
            ],
        )

    def _lists_not_read(self, error: BaseException) -> None:
        log.error("The partnership's lists could not be read: %s", error)
        self.loading.setText(explain(error))  # and nothing to edit: the lists are not there

    def lock_if_read_only(self, read_only: ReadOnly) -> None:
        if not read_only.on:
            return
        for editable in self.findChildren(EditableList):
            editable.read_only = read_only
            editable.model.edit_handler = None
            read_only.lock(editable.toggle)
        for form in [self.name, *self.findChildren(AddForm)]:
            read_only.lock_fields(form)

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

    def _show_kind_fields(self) -> None:
        self.term_closed.setVisible(self.kind.currentData() in ("action_status", "hotspot_status"))
        self.term_effect.setVisible(self.kind.currentData() == "hotspot_decision")

    def on_kind_changed(self) -> None:
        self._show_kind_fields()
        self.terms.reload()

    def on_data_changed(self, kind: str) -> None:
        if self.is_loading:
            if kind in ("agency", "person", "term"):
                self.read_lists()  # what is being read may be older than this change
            elif kind == "partnership":
                self.name.reload()
            return
        if kind == "agency":
            self.agencies.reload()
            self.refresh_agency_choices()
            self.people.reload()
        elif kind == "person":
            self.people.reload()
        elif kind == "term":
            self.terms.reload()
        elif kind == "partnership":
            self.name.reload()

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
        effect = DecisionEffect(self.term_effect.currentData())
        add = self.services.partnership.add_term
        if self._add(lambda: add(kind, label, closed, effect), self.terms, label):
            self.term_label.clear()
