"""The tracker's filters: typed text, agency, status, ward, hotspot and overdue only."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from tasking.services.views import AgencyView, AreaView, TermView
from tasking.ui.fields import ChoiceCombo
from tasking.ui.tracker.model import OPEN_STATUSES, TrackerFilter


class TrackerFilterBar(QWidget):
    changed = Signal(object)  # TrackerFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Reference, words, officer, hotspot…"))
        self.agency = ChoiceCombo()
        self.status = ChoiceCombo()
        self.area = ChoiceCombo()
        self.hotspot = ChoiceCombo()
        self.overdue = QCheckBox(self.tr("Overdue onl&y"))
        self._hotspots: list[tuple[str, int, int]] = []  # name, id, area id
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        fields = [
            (self.tr("Filte&r:"), self.text, self.tr("Filter actions by text")),
            (self.tr("A&gency:"), self.agency, self.tr("Owner agency")),
            (self.tr("Stat&us:"), self.status, self.tr("Status")),
            (self.tr("&Ward:"), self.area, self.tr("Ward")),
            (self.tr("Hots&pot:"), self.hotspot, self.tr("Hotspot")),
        ]
        for n, (label_text, widget, name) in enumerate(fields):
            label = QLabel(label_text)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            row, col = divmod(n, 3)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(widget, row, col * 2 + 1)
        self.overdue.setAccessibleName(self.tr("Overdue only"))
        grid.addWidget(self.overdue, 1, 5)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(5, 2)
        self.text.textChanged.connect(self.on_changed)
        for combo in (self.agency, self.status, self.hotspot):
            combo.currentIndexChanged.connect(self.on_changed)
        self.area.currentIndexChanged.connect(self.on_area_changed)
        self.overdue.toggled.connect(self.on_changed)

    def set_choices(
        self,
        agencies: list[AgencyView],
        statuses: list[TermView],
        areas: list[AreaView],
    ) -> None:
        self.blockSignals(True)
        _fill(self.agency, self.tr("All agencies"), [(a.name, a.id) for a in agencies])
        first = self.status.count() == 0
        _fill(
            self.status,
            self.tr("All statuses"),
            [(self.tr("Not closed"), OPEN_STATUSES)] + [(t.label, t.code) for t in statuses],
        )
        if first:  # the tracker opens on the actions still open
            self.status.setCurrentIndex(self.status.findData(OPEN_STATUSES))
        _fill(self.area, self.tr("All wards"), [(a.name, a.id) for a in areas])
        self._fill_hotspots()
        self.blockSignals(False)

    def set_hotspots(self, hotspots: list[tuple[str, int, int]]) -> None:
        """The hotspots actions serve: (name, id, area id), taken from the loaded rows."""
        if hotspots == self._hotspots:
            return  # a reload with the same hotspots: the list stays as it is
        self._hotspots = hotspots
        blocked = self.blockSignals(True)
        self._fill_hotspots()
        self.blockSignals(blocked)

    def _fill_hotspots(self) -> None:
        area_id = self.area.currentData()
        _fill(
            self.hotspot,
            self.tr("All hotspots"),
            [(name, i) for name, i, area in self._hotspots if area_id in (None, area)],
        )

    def current(self) -> TrackerFilter:
        return TrackerFilter(
            text=self.text.text(),
            agency_id=self.agency.currentData(),
            status=self.status.currentData(),
            overdue_only=self.overdue.isChecked(),
            area_id=self.area.currentData(),
            hotspot_id=self.hotspot.currentData(),
        )

    def show_everything(self) -> None:
        """Clear every filter (to show an action a search found), then say so once."""
        self.blockSignals(True)
        for widget in (self.text, self.agency, self.status, self.area, self.hotspot, self.overdue):
            widget.blockSignals(True)
        self.text.clear()
        for combo in (self.agency, self.status, self.area):
            combo.setCurrentIndex(0)
        self._fill_hotspots()
        self.hotspot.setCurrentIndex(0)
        self.overdue.setChecked(False)
        for widget in (self.text, self.agency, self.status, self.area, self.hotspot, self.overdue):
            widget.blockSignals(False)
        self.blockSignals(False)
        self.on_changed()

    def on_area_changed(self) -> None:
        self.hotspot.blockSignals(True)
        self._fill_hotspots()
        self.hotspot.blockSignals(False)
        self.on_changed()

    def on_changed(self) -> None:
        self.changed.emit(self.current())


def _fill(combo: QComboBox, everything: str, items: Sequence[tuple[str, object]]) -> None:
    """Refill a filter list, keeping the chosen entry when it still exists."""
    chosen = combo.currentData()
    combo.clear()
    combo.addItem(everything, None)
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
