"""File ▸ Export's scope dialog: which actions go into a tracker, and the marking it carries."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from tasking.services import Services
from tasking.ui.background import Progress, run_in_background
from tasking.ui.choice import choices_ready
from tasking.ui.export_outcome import ExportOutcome
from tasking.ui.fields import ChoiceCombo
from tasking.ui.messages import explain
from tasking.ui.settings import Settings

if TYPE_CHECKING:
    from tasking.services.markings import ScopeMarkings  # the database layer: not at import

log = logging.getLogger(__name__)

Scope = dict[str, object]


@dataclass(frozen=True)
class _Choices:
    """What the dialog offers, read on a worker: names and ids, markings lowest first."""

    areas: list[tuple[str, int]]
    agencies: list[tuple[str, int]]
    markings: list[tuple[str, str]]  # label, code
    needed: ScopeMarkings


class TrackerScopeDialog(QDialog):
    """Which actions go into the tracker: an area or all, an agency or all, and the marking.

    The marking starts at the highest marking of the meetings the chosen actions come from
    (or the chair's usual marking, if higher). A lower one needs a confirmation, and the
    export then records the choice in the audit trail.

    The areas, agencies, markings and what each scope needs are read on a worker as the
    dialog opens (one query for every area and agency, so a change of scope answers at once);
    until they are known the dialog says it is working the marking out, and nothing but
    Cancel can be chosen.
    """

    def __init__(
        self, services: Services, settings: Settings, per_agency: bool, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.services, self.settings = services, settings
        self.setWindowTitle(
            self.tr("Export per-agency trackers")
            if per_agency
            else self.tr("Export the action tracker")
        )
        self.area = ChoiceCombo()
        self.area.addItem(self.tr("All areas"), None)
        self.agency = ChoiceCombo()
        self.agency.addItem(self.tr("All agencies"), None)
        self.marking = ChoiceCombo()
        self.per_agency = per_agency
        if per_agency:
            # Each file then carries the highest marking of its own agency's actions.
            self.marking.addItem(self.tr("Each agency's own (its meetings' highest)"), None)
        self._ranks: dict[str, int] = {}
        self.needed = ""  # the code of the marking the scope needs, once worked out
        self.allow_lower = False
        self._known: ScopeMarkings | None = None
        self.note = QLabel(self.tr("Working out the marking these actions need…"))
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        for label, field, name in (
            (self.tr("&Area:"), self.area, self.tr("Area")),
            (self.tr("A&gency:"), self.agency, self.tr("Agency")),
            (self.tr("&Protective marking:"), self.marking, self.tr("Protective marking")),
        ):
            if field is self.agency and per_agency:
                continue  # each agency gets its own workbook
            field.setAccessibleName(name)
            form.addRow(label, field)
        form.addRow("", self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.area.currentIndexChanged.connect(self.suggest_marking)
        self.agency.currentIndexChanged.connect(self.suggest_marking)
        self.marking.setCurrentIndex(-1)  # blank, not a marking it may not be, until known
        for widget in (self.area, self.agency, self.marking, self.ok):
            widget.setEnabled(False)
        self.setMinimumWidth(520)  # the note under the marking on one line
        partnership, exports = services.partnership, services.exports

        def read(_progress: Progress) -> _Choices:  # on the worker: every read the dialog needs
            return _Choices(
                [(a.name, a.id) for a in partnership.areas()],
                [(a.name, a.id) for a in partnership.agencies()],
                [(m.label, m.code) for m in exports.markings().ordered()],
                exports.scope_markings(),
            )

        run_in_background(self, None, read, self.on_known, self.on_unknown)

    @property
    def marking_known(self) -> bool:
        """Whether the marking each scope needs has been worked out (OK waits for it)."""
        return self._known is not None

    def on_known(self, choices: _Choices) -> None:
        for combo, items in (
            (self.area, choices.areas),
            (self.agency, choices.agencies),
            (self.marking, choices.markings),
        ):
            combo.blockSignals(True)
            for text, data in items:
                combo.addItem(text, data)
            combo.blockSignals(False)
        self._ranks = {code: rank for rank, (_label, code) in enumerate(choices.markings)}
        self._known = choices.needed
        for widget in (self.area, self.agency, self.marking, self.ok):
            widget.setEnabled(True)
        self.suggest_marking()

    def on_unknown(self, error: BaseException) -> None:
        """Without the marking the actions need, nothing is exported: say why, OK stays off."""
        log.error("Could not work out the tracker's marking: %s", error)
        self.note.setText(
            self.tr("The marking these actions need could not be worked out: %1").replace(
                "%1", explain(error)
            )
        )

    def suggest_marking(self) -> None:
        """Choose the lowest marking the actions in scope may carry (or the usual, if higher)."""
        if self._known is None:
            return  # chosen once known
        self.needed = self._known.needed(self.area.currentData(), self.agency.currentData()).code
        needed_text = self.marking.itemText(max(self.marking.findData(self.needed), 0))
        self.note.setText(
            self.tr("Each file needs at least its own agency's meetings' marking.")
            if self.per_agency
            else self.tr("These actions' meetings need at least %1.").replace("%1", needed_text)
        )
        usual = self.settings.default_marking()
        rank = self._ranks.get
        chosen = usual if rank(usual, -1) > rank(self.needed, -1) else self.needed
        if self.per_agency and rank(usual, -1) <= 0:
            self.marking.setCurrentIndex(0)  # each agency's own
            return
        self.marking.setCurrentIndex(max(self.marking.findData(chosen), 0))

    def accept(self) -> None:
        if self._known is None or not choices_ready(self):
            return  # never before the marking the actions need is known
        chosen = self.marking.currentData()
        lower = chosen is not None and self._ranks.get(chosen, -1) < self._ranks.get(
            self.needed, -1
        )
        if lower and not ExportOutcome.confirm_lower_marking(
            self,
            self.marking.chosen_text(),
            self.marking.itemText(max(self.marking.findData(self.needed), 0)),
        ):
            return  # stay in the dialog to choose again
        self.allow_lower = lower
        super().accept()

    def scope(self) -> Scope:
        scope: Scope = {
            "area_id": self.area.currentData(),
            "agency_id": self.agency.currentData(),
            "marking": self.marking.currentData(),
        }
        if self.allow_lower:
            scope["allow_lower_marking"] = True
        return scope

    @classmethod
    def ask(
        cls, services: Services, settings: Settings, per_agency: bool, parent: QWidget | None
    ) -> Scope | None:
        dialog = cls(services, settings, per_agency, parent)
        return dialog.scope() if dialog.exec() == QDialog.DialogCode.Accepted else None
