"""The hotspot profile editor: nomination, lead agency, review, flags and OSARA, saved per field.

There is no Save button to forget: each field is saved when the user leaves it, and Ctrl+Z
takes the change back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from tasking.services import Services, TaskingError
from tasking.services.changes import HotspotChanges
from tasking.services.views import HotspotDetail, TermView
from tasking.ui.dialogs import report_refusal
from tasking.ui.fields import (
    ChoiceCombo,
    DateEdit,
    NotesEdit,
    checkable_terms,
    checked_ids,
    choose,
    fill_combo,
)
from tasking.ui.read_only import ReadOnly
from tasking.ui.roles import RAW_ROLE
from tasking.ui.translation import QT_TRANSLATE_NOOP
from tasking.ui.undo import EditHistory

if TYPE_CHECKING:
    from tasking.services.partnership import PartnershipService

log = logging.getLogger(__name__)

OSARA = (
    (
        "objective",
        QT_TRANSLATE_NOOP("HotspotEditor", "Ob&jective:"),
        QT_TRANSLATE_NOOP("HotspotEditor", "Objective: what the partnership wants to achieve"),
    ),
    (
        "scanning",
        QT_TRANSLATE_NOOP("HotspotEditor", "Scanning:"),
        QT_TRANSLATE_NOOP("HotspotEditor", "Scanning: what the problem is and how it shows"),
    ),
    (
        "analysis_victim",
        QT_TRANSLATE_NOOP("HotspotEditor", "Analysis, victim:"),
        QT_TRANSLATE_NOOP("HotspotEditor", "Analysis: victim (never a name)"),
    ),
    (
        "analysis_offender",
        QT_TRANSLATE_NOOP("HotspotEditor", "Analysis, offender:"),
        QT_TRANSLATE_NOOP("HotspotEditor", "Analysis: offender (never a name)"),
    ),
    (
        "analysis_location",
        QT_TRANSLATE_NOOP("HotspotEditor", "Analysis, location:"),
        QT_TRANSLATE_NOOP("HotspotEditor", "Analysis: location"),
    ),
    (
        "analysis",
        QT_TRANSLATE_NOOP("HotspotEditor", "Analysis, other:"),
        QT_TRANSLATE_NOOP("HotspotEditor", "Analysis: other findings"),
    ),
    (
        "response",
        QT_TRANSLATE_NOOP("HotspotEditor", "Response:"),
        QT_TRANSLATE_NOOP("HotspotEditor", "Response: what the partners do"),
    ),
    (
        "assessment",
        QT_TRANSLATE_NOOP("HotspotEditor", "Assessment:"),
        QT_TRANSLATE_NOOP("HotspotEditor", "Assessment: did it work"),
    ),
)


class HotspotChoices(NamedTuple):
    """What the register's filters and the editor's choice lists offer, read in one go."""

    areas: list[tuple[str, int]]
    statuses: list[TermView]
    priorities: list[TermView]
    problem_types: list[TermView]
    agencies: list[tuple[str, int]]


def read_choices(partnership: PartnershipService) -> HotspotChoices:
    """The choices, read on any thread (plain values: no widgets)."""
    p = partnership
    return HotspotChoices(
        [(a.name, a.id) for a in p.areas()],
        p.terms("hotspot_status"),
        p.terms("csp_priority"),
        p.terms("problem_type"),
        [(a.name, a.id) for a in p.agencies()],
    )


class HotspotEditor(QWidget):
    """Disabled until a hotspot is shown; its choice lists come from ``fill_choices``."""

    saved = Signal(object)  # HotspotDetail

    def __init__(
        self,
        services: Services,
        history: EditHistory,
        parent: QWidget | None = None,
        choices: HotspotChoices | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.history = services, history
        self.detail: HotspotDetail | None = None
        self.name = QLineEdit()
        self.location = QLineEdit()
        self.area = ChoiceCombo()
        self.lsoa = ChoiceCombo()
        self.priority = ChoiceCombo()
        self.lead = ChoiceCombo()
        self.nominated_by = ChoiceCombo()
        self.nominated_on = DateEdit(self.tr("Date nominated"), optional=True)
        self.review_on = DateEdit(self.tr("Review date"), optional=True)
        self.reason = NotesEdit(self.tr("Reason for nomination"))
        self.repeat = QCheckBox(self.tr("Repeat or vulnerable victims"))
        self.repeat.setAccessibleName(self.tr("Repeat or vulnerable victims"))
        self.repeat.setToolTip(self.tr("A flag only: never record victims' names here."))
        self.types = checkable_terms([])
        self.types_view = QListView()
        self.types_view.setModel(self.types)
        self.types_view.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.osara = {
            key: NotesEdit(QCoreApplication.translate("HotspotEditor", name))
            for key, _label, name in OSARA
        }

        place = QGroupBox(self.tr("The place and its nomination"))
        form = QFormLayout(place)
        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("N&ame:"), self.name, self.tr("Hotspot name")),
            (self.tr("Lo&cation:"), self.location, self.tr("Location description")),
            (self.tr("Ward:"), self.area, self.tr("Ward")),
            (self.tr("&LSOA:"), self.lsoa, self.tr("LSOA")),
            (self.tr("CSP &priority:"), self.priority, self.tr("CSP priority")),
            (self.tr("Problem t&ypes:"), self.types_view, self.tr("Problem types")),
            (self.tr("Lead a&gency:"), self.lead, self.tr("Lead agency")),
            (self.tr("Nominated &by:"), self.nominated_by, self.tr("Nominating agency")),
            (self.tr("&Date nominated:"), self.nominated_on, self.tr("Date nominated")),
            (self.tr("Reason for nomination:"), self.reason, self.tr("Reason for nomination")),
            (self.tr("Rev&iew date:"), self.review_on, self.tr("Review date")),
        ]
        for text, widget, name in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            if isinstance(widget, QComboBox):  # long vocabulary labels must not widen the panel
                widget.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                widget.setMinimumContentsLength(12)
            form.addRow(label, widget)
        form.addRow(self.repeat)
        profile = QGroupBox(self.tr("Problem-solving profile (OSARA)"))
        osara_form = QFormLayout(profile)
        for key, label_text, _name in OSARA:
            label = QLabel(QCoreApplication.translate("HotspotEditor", label_text))
            label.setBuddy(self.osara[key])
            osara_form.addRow(label, self.osara[key])
        layout = QVBoxLayout(self)
        layout.addWidget(place)
        layout.addWidget(profile)
        layout.addStretch(1)

        self.name.editingFinished.connect(lambda: self.save("name", self.name.text().strip()))
        self.location.editingFinished.connect(
            lambda: self.save("location", self.location.text().strip())
        )
        self.area.chosen.connect(self.on_area_chosen)
        self.lsoa.chosen.connect(lambda: self.save("lsoa_id", self.lsoa.currentData()))
        self.priority.chosen.connect(lambda: self.save("priority_id", self.priority.currentData()))
        self.lead.chosen.connect(lambda: self.save("lead_agency_id", self.lead.currentData()))
        self.nominated_by.chosen.connect(
            lambda: self.save("nominated_by_id", self.nominated_by.currentData())
        )
        self.nominated_on.editingFinished.connect(
            lambda: self.save("nominated_on", self.nominated_on.value())
        )
        self.review_on.editingFinished.connect(
            lambda: self.save("review_on", self.review_on.value())
        )
        self.reason.editingFinished.connect(
            lambda: self.save_text("nomination_reason", self.reason)
        )
        self.repeat.clicked.connect(lambda on: self.save("repeat_victims", bool(on)))
        self.types.itemChanged.connect(self.on_types_ticked)
        for key, widget in self.osara.items():
            widget.editingFinished.connect(
                lambda key=key, widget=widget: self.save_text(key, widget)
            )
        self.setEnabled(False)
        ReadOnly.of(services).lock_fields(self)
        if choices is not None:
            self.fill_choices(choices)

    def fill_choices(self, choices: HotspotChoices) -> None:
        """Offer these wards, priorities, agencies and problem types."""
        fill_combo(self.area, choices.areas)
        fill_combo(
            self.priority, [(t.label, t.id) for t in choices.priorities], self.tr("No priority")
        )
        fill_combo(self.lead, choices.agencies, self.tr("No lead agency"))
        fill_combo(self.nominated_by, choices.agencies, self.tr("Not recorded"))
        self.types.itemChanged.disconnect(self.on_types_ticked)
        self.types = checkable_terms(choices.problem_types)
        self.types_view.setModel(self.types)
        self.types.itemChanged.connect(self.on_types_ticked)

    # --- showing -----------------------------------------------------------------------
    def show_detail(self, detail: HotspotDetail | None) -> None:
        """Show a hotspot, touching only fields whose stored value differs from what is shown."""
        if self.detail is not None and (detail is None or detail.id != self.detail.id):
            self.flush()  # notes typed about the hotspot shown before are saved to it
            for widget in self.notes_edits():
                widget.mark_saved()
        self.detail = detail
        self.setEnabled(detail is not None)
        if detail is None:
            return
        row = detail.row
        if self.name.text() != row.name:
            self.name.setText(row.name)
        if self.location.text() != row.location:
            self.location.setText(row.location)
        choose(self.area, row.area_id)
        fill_combo(
            self.lsoa,
            [(x.name, x.id) for x in self.services.partnership.lsoas(row.area_id)],
            self.tr("Not recorded"),
        )
        choose(self.lsoa, row.lsoa_id)
        choose(self.priority, row.priority_id)
        choose(self.lead, row.lead_agency_id)
        choose(self.nominated_by, detail.nominated_by_id)
        self.nominated_on.set_value(row.nominated_on)
        self.review_on.set_value(row.review_on)
        self.reason.show_saved(detail.nomination_reason)
        self.repeat.setChecked(detail.repeat_victims)
        blocked = self.types.blockSignals(True)
        first_ticked = None
        for r in range(self.types.rowCount()):
            item = self.types.item(r)
            on = item.data(RAW_ROLE) in row.problem_type_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            if on and first_ticked is None:
                first_ticked = item
        self.types.blockSignals(blocked)
        # The list is short on screen: show a ticked type rather than the top of the list.
        if first_ticked is not None:
            self.types_view.scrollTo(first_ticked.index())
        else:
            self.types_view.scrollToTop()
        for key, widget in self.osara.items():
            widget.show_saved(getattr(detail, key))

    def on_types_ticked(self) -> None:
        self.save("problem_type_ids", checked_ids(self.types))

    def notes_edits(self) -> list[NotesEdit]:
        return [self.reason, *self.osara.values()]

    def flush(self) -> None:
        """Save any notes still being typed (another hotspot chosen, the window closing)."""
        for widget in self.notes_edits():
            widget.flush()

    def save_text(self, field: str, widget: NotesEdit) -> None:
        widget.mark_saved()  # saved, or refused with what was typed shown in the dialog
        self.save(field, widget.toPlainText())

    def current_value(self, field: str) -> Any:
        detail = self.detail
        assert detail is not None
        if field == "problem_type_ids":
            return tuple(detail.row.problem_type_ids)
        if hasattr(detail, field):
            return getattr(detail, field)
        return getattr(detail.row, field)

    # --- saving ------------------------------------------------------------------------
    def on_area_chosen(self) -> None:
        self.save("area_id", self.area.currentData(), lsoa_id=None)

    def save(self, field: str, value: Any, **also: Any) -> None:
        """Save one field at once, as an undoable step."""
        if self.detail is None or value == self.current_value(field):
            return
        hotspot_id = self.detail.id
        old = {field: self.current_value(field), **{k: self.current_value(k) for k in also}}
        new = {field: value, **also}
        edit = self.services.hotspots.edit

        def step(changes: dict[str, Any]) -> Callable[[int], int]:
            def run(version: int) -> int:
                detail = edit(hotspot_id, version, HotspotChanges.of(changes))
                if self.detail is not None and self.detail.id == hotspot_id:
                    self.show_detail(detail)
                self.saved.emit(detail)
                return detail.version

            return run

        text = self.tr("Change %s of %s") % (field.replace("_", " "), self.detail.row.name)
        try:
            self.history.run_one(
                text,
                "hotspot",
                ("hotspot", hotspot_id),
                self.detail.version,
                step(new),
                step(old),
            )
        except TaskingError as error:
            log.info("Hotspot edit refused: %s", error)
            typed = value if isinstance(value, str) else str(value)
            report_refusal(self, error, typed)
            self.show_detail(self.services.hotspots.get(hotspot_id))
