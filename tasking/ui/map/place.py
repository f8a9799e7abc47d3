"""The Map place (Ctrl+5), and the map widget the meeting's hotspots section shows too."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tasking.maps.data import MapData
from tasking.ui.background import run_in_background
from tasking.ui.fields import ChoiceCombo
from tasking.ui.map.legend import Legend
from tasking.ui.map.scene import MapScene, Prepared, prepare
from tasking.ui.map.view import ZOOM_STEP, MapView
from tasking.ui.messages import explain
from tasking.ui.slices import run_in_slices

if TYPE_CHECKING:
    from tasking.services import Services

PERIODS = (1, 3, 6, 12)


class MapWidget(QWidget):
    """The view and its key, drawing one MapData."""

    hotspot_chosen = Signal(int)
    candidate_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, legend: bool = True) -> None:
        super().__init__(parent)
        self.scene = MapScene(self)
        self.view = MapView(self.scene)
        self.legend = Legend()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        # Only once it is inside this widget: shown before, it was a window of its own for a
        # moment, which took the focus from the chair's window.
        self.legend.setVisible(legend)
        self.view.hotspot_chosen.connect(self.hotspot_chosen)
        self.view.candidate_chosen.connect(self.candidate_chosen)
        self._drawing: object | None = None  # the drawing under way, if any

    @property
    def is_drawing(self) -> bool:
        """A map is being drawn, a few dozen items a turn (``draw_in_turns``)."""
        return self._drawing is not None

    def draw_in_turns(
        self,
        data: MapData,
        shading: bool = False,
        prepared: Prepared | None = None,
        done: Callable[[], None] | None = None,
    ) -> None:
        """Draw ``data`` one step per turn of the event loop (see ``steps``), then ``done``;
        a drawing begun later stops this one where it is."""
        token = self._drawing = object()

        def wanted(step: Callable[[], None]) -> Callable[[], None]:
            return lambda: step() if self._drawing is token else None

        def finished() -> None:
            if self._drawing is token:
                self._drawing = None
                if done is not None:
                    done()

        run_in_slices(self, [*map(wanted, self.steps(data, shading, prepared)), finished])

    def show_data(self, data: MapData, shading: bool = False) -> None:
        for step in self.steps(data, shading):
            step()

    def steps(
        self, data: MapData, shading: bool = False, prepared: Prepared | None = None
    ) -> list[Callable[[], None]]:
        """Drawing ``data`` in steps of a few milliseconds (see MapScene.steps)."""

        def layers() -> None:
            self.scene.visible["shading"] = shading
            self.scene.visible["incidents"] = not shading

        def finish() -> None:
            self.legend.show_data(data, shading)
            self.view.fit()

        return [layers, *self.scene.steps(data, prepared, self.view.fit), finish]


class MapPlace(QWidget):
    """Choose a ward, a period and crime types; the map opens on the current meeting's ward."""

    hotspot_chosen = Signal(int)
    candidate_chosen = Signal(str)

    def __init__(
        self,
        services: Services,
        current_meeting: Callable[[], int | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.current_meeting = services, current_meeting
        self.loaded_for: tuple[object, ...] | None = None
        self._pending: object | None = None  # the background read whose map is wanted
        self.meeting_id: int | None = None
        self.map = MapWidget()
        self.ward = ChoiceCombo()
        self.ward.setAccessibleName(QCoreApplication.translate("Map", "Ward"))
        self.ward.addItem(QCoreApplication.translate("Map", "All wards"), None)
        for area in services.partnership.areas():
            self.ward.addItem(area.name, area.id)
        self.period = ChoiceCombo()
        self.period.setAccessibleName(QCoreApplication.translate("Map", "Period"))
        for months in PERIODS:
            text = (
                QCoreApplication.translate("Map", "Last month")
                if months == 1
                else QCoreApplication.translate("Map", "Last %d months") % months
            )
            self.period.addItem(text, months)
        self.period.setCurrentIndex(PERIODS.index(3))
        self.crime = ChoiceCombo()
        self.crime.setAccessibleName(QCoreApplication.translate("Map", "Crime type"))
        self.crime.addItem(QCoreApplication.translate("Map", "All crime types"), "")
        self.crimes_known = False  # filled when first shown: start-up need not wait for it
        self.shading = QCheckBox(QCoreApplication.translate("Map", "Shade &LSOAs by rate"))
        self.show_lsoas = QCheckBox(QCoreApplication.translate("Map", "LSOA bo&undaries"))
        self.show_lsoas.setChecked(True)
        self.show_candidates = QCheckBox(QCoreApplication.translate("Map", "&Candidates"))
        self.fit = QPushButton(QCoreApplication.translate("Map", "Fi&t"))
        self.fit.setToolTip(
            QCoreApplication.translate("Map", "Show the whole ward (0 or Home on the map)")
        )
        self.zoom_in = QPushButton("+")
        self.zoom_out = QPushButton("−")
        self.zoom_in.setAccessibleName(QCoreApplication.translate("Map", "Zoom in"))
        self.zoom_out.setAccessibleName(QCoreApplication.translate("Map", "Zoom out"))
        self.summary = QLabel()
        self._lay_out()
        self.ward.activated.connect(self.on_ward_chosen)
        for combo in (self.period, self.crime):
            combo.activated.connect(self.reload)
        self.shading.toggled.connect(self.reload)
        self.show_candidates.toggled.connect(self.reload)  # each read on a worker, drawn in turns
        self.show_lsoas.toggled.connect(self.on_lsoas_toggled)
        self.fit.clicked.connect(self.map.view.fit)
        self.zoom_in.clicked.connect(lambda: self.map.view.zoom_by(ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self.map.view.zoom_by(1 / ZOOM_STEP))
        self.map.hotspot_chosen.connect(self.hotspot_chosen)
        self.map.candidate_chosen.connect(self.candidate_chosen)
        self.setFocusProxy(self.map.view)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        for label, widget in (
            (QCoreApplication.translate("Map", "&Ward:"), self.ward),
            (QCoreApplication.translate("Map", "&Period:"), self.period),
            (QCoreApplication.translate("Map", "C&rime:"), self.crime),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget)
        for box in (self.shading, self.show_lsoas, self.show_candidates):
            bar.addWidget(box)
        bar.addStretch(1)
        for button in (self.zoom_out, self.zoom_in, self.fit):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.map, 1)
        layout.addWidget(self.summary)

    # --- loading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        meeting = self.current_meeting()
        if meeting is not None and meeting != self.meeting_id:
            self.crimes_known = False  # read with the map
            self.show_meeting(meeting)
        elif self.loaded_for is None or not self.crimes_known:
            self.reload()

    def _fill_crime_types(self, crime_types: list[str]) -> None:
        self.crimes_known = True
        chosen = self.crime.currentData()
        self.crime.blockSignals(True)
        self.crime.clear()
        self.crime.addItem(QCoreApplication.translate("Map", "All crime types"), "")
        for crime_type in crime_types:
            self.crime.addItem(crime_type, crime_type)
        self.crime.setCurrentIndex(max(self.crime.findData(chosen), 0))
        self.crime.blockSignals(False)

    @property
    def is_loading(self) -> bool:
        """A map is being read on a worker thread (shown when it arrives)."""
        return self._pending is not None

    def show_meeting(self, meeting_id: int | None) -> None:
        """Open on the meeting's ward, numbering its hotspots as its minutes do."""
        self.meeting_id = meeting_id
        if meeting_id is not None:
            area_id = self.services.meetings.summary(meeting_id).area_id  # not its detail
            self.ward.setCurrentIndex(max(self.ward.findData(area_id), 0))
        self.reload()

    def show_ward(self, area_id: int | None) -> None:
        """A ward's map, numbered as its latest minutes (the city's is not numbered)."""
        latest = self.services.meetings.latest(area_id) if area_id is not None else None
        self.meeting_id = latest.id if latest is not None else None
        self.ward.setCurrentIndex(max(self.ward.findData(area_id), 0))
        self.reload()

    def on_data_changed(self, _kind: str) -> None:
        """Records changed: redraw now if shown, else when next shown."""
        self.loaded_for = None
        self.crimes_known = False  # an import may bring new crime types
        if self.isVisible():
            self.reload()

    def on_ward_chosen(self) -> None:
        """The chair chose a ward: its latest meeting and its map are read off the UI thread."""
        area_id = self.ward.currentData()
        meetings = self.services.meetings
        token = self._pending = object()

        def latest(_progress: object) -> int | None:
            found = meetings.latest(area_id) if area_id is not None else None
            return found.id if found is not None else None

        def found(meeting_id: int | None) -> None:
            if self._pending is token:
                self.meeting_id = meeting_id
                self.reload()

        def failed(error: BaseException) -> None:
            if self._pending is token:
                self._pending = None
                self.summary.setText(explain(error))

        run_in_background(None, None, latest, found, failed)

    def on_lsoas_toggled(self, shown: bool) -> None:
        self.map.scene.set_layer_visible("lsoas", shown)

    def reload(self) -> None:
        """Read the map for the choices made on a worker (a city's took 120-250 ms on the
        window's thread); it is drawn a few dozen items a turn when it arrives, and a read
        still under way is dropped. ``is_loading`` until it is all drawn."""
        area_id = self.ward.currentData()
        crime = self.crime.currentData()
        maps, candidates = self.services.maps, self.services.candidates
        wanted = {
            "meeting_id": self.meeting_id if area_id is not None else None,
            "months": self.period.currentData(),
            "crime_types": [crime] if crime else [],
            "with_candidates": self.show_candidates.isChecked(),
        }
        self.loaded_for = (area_id, self.meeting_id)
        token = self._pending = object()
        known = self.crimes_known

        def read(_progress: object) -> tuple[list[str] | None, MapData, Prepared]:
            data = maps.map(area_id, **wanted)
            return (None if known else candidates.crime_types()), data, prepare(data)

        def arrived(result: tuple[list[str] | None, MapData, Prepared]) -> None:
            if self._pending is not token:
                return
            crime_types, data, prepared = result
            if crime_types is not None:
                self._fill_crime_types(crime_types)

            def shown() -> None:
                if self._pending is token:
                    self._pending = None
                    self._summarise(data)

            self.map.draw_in_turns(data, self.shading.isChecked(), prepared, shown)

        def failed(error: BaseException) -> None:
            if self._pending is token:
                self._pending = None
                self.summary.setText(explain(error))

        run_in_background(None, None, read, arrived, failed)

    def _summarise(self, data: MapData) -> None:
        self.on_lsoas_toggled(self.show_lsoas.isChecked())
        self.summary.setText(
            QCoreApplication.translate("Map", "%s: %d hotspots, %d incidents at %d map points (%s)")
            % (data.title, len(data.hotspots), data.incidents, len(data.points),
               data.period or QCoreApplication.translate("Map", "no police.uk data imported"))
        )  # fmt: skip
