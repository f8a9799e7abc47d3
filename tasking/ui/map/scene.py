"""The map's scene: one layer of items per kind of thing drawn, built from plain map data."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QWidget

from tasking.maps import scales
from tasking.maps.data import MapBoundary, MapData
from tasking.ui.map import items
from tasking.ui.map.points import PointsLayer, PreparedDots, prepare_dots

#: Layer names, in the order the legend and the layer buttons list them.
LAYERS = ("wards", "lsoas", "labels", "lsoa_labels", "incidents", "shading", "hotspots",
          "candidates")  # fmt: skip
BOUNDARIES_PER_STEP = 30  # made, put in and first painted in about 10 ms of the UI thread


class Prepared(NamedTuple):
    """What drawing a map needs beyond its data, made ahead on the worker that read it:
    boundary outlines by (kind, code), and the incidents' dots."""

    paths: dict[tuple[str, str], QPainterPath]
    dots: PreparedDots


def prepare(data: MapData) -> Prepared:
    """Plain values (no items), so made on any thread."""
    paths = {(b.kind, b.code): items.boundary_path(b) for b in data.boundaries}
    return Prepared(paths, prepare_dots(list(data.points)))


class MapScene(QGraphicsScene):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: MapData | None = None
        self.points_layer = PointsLayer([])
        self.points_in_background = True  # False for pictures: every paint complete
        self.layers: dict[str, list[QGraphicsItem]] = {name: [] for name in LAYERS}
        self.visible: dict[str, bool] = {name: name != "shading" for name in LAYERS}
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

    def show_data(self, data: MapData, prepared: Prepared | None = None) -> None:
        """Replace everything drawn with ``data`` (``prepared``: made ahead for it, if so)."""
        for step in self.steps(data, prepared):
            step()

    def steps(
        self,
        data: MapData,
        prepared: Prepared | None = None,
        begun: Callable[[], None] | None = None,
    ) -> list[Callable[[], None]]:
        """``show_data`` in steps of a few milliseconds each, to run one per turn of the event
        loop: the old map goes, then ``begun`` (the view fits the new extent), then a few dozen
        boundaries at a time, each painted in the turn after it (a first paint of every item
        at once held the window for a tenth of a second), then the markers."""
        breaks = scales.class_breaks(list(data.lsoa_rates.values()))
        paths = prepared.paths if prepared is not None else {}

        def begin() -> None:
            self.points_layer.retire()
            self.clear()
            self.data = data
            self.layers = {name: [] for name in LAYERS}
            self._frame(self.extent_rect())
            if begun is not None:
                begun()

        def boundaries(chunk: list[MapBoundary]) -> Callable[[], None]:
            def put_in() -> None:
                for boundary in chunk:
                    for layer, item in self._boundary_items(data, boundary, breaks, paths):
                        # the view shows an LSOA's name only close up: it decides at the end
                        self._add(layer, item, shown=False if layer == "lsoa_labels" else None)

            return put_in

        def markers() -> None:
            dots = prepared.dots if prepared is not None else None
            self.points_layer = PointsLayer(list(data.points), dots)
            self.points_layer.background = self.points_in_background
            self._add("incidents", self.points_layer)
            for candidate in data.candidates:
                self._add("candidates", items.candidate_item(candidate))
            for hotspot in data.hotspots:
                self._add("hotspots", items.hotspot_item(hotspot))
            self._frame(self.itemsBoundingRect().united(self.extent_rect()))

        chunks = [
            list(data.boundaries[n : n + BOUNDARIES_PER_STEP])
            for n in range(0, len(data.boundaries), BOUNDARIES_PER_STEP)
        ]
        return [begin, *(boundaries(chunk) for chunk in chunks), markers]

    def _frame(self, everything: QRectF) -> None:
        pad = max(everything.width(), everything.height()) * 0.5
        self.setSceneRect(everything.adjusted(-pad, -pad, pad, pad))

    def _boundary_items(
        self,
        data: MapData,
        boundary: MapBoundary,
        breaks: list[float],
        paths: dict[tuple[str, str], QPainterPath],
    ) -> Iterator[tuple[str, QGraphicsItem]]:
        path = paths.get((boundary.kind, boundary.code))
        if boundary.kind == "ward":
            fill = scales.FOCUS_FILL if boundary.focus and data.ward else None
            yield "wards", items.boundary_item(boundary, fill, path)
            yield "labels", items.label_item(boundary.name, boundary.label_at, 9, True)
            return
        yield "lsoas", items.boundary_item(boundary, path=path)
        yield "lsoa_labels", items.label_item(boundary.name, boundary.label_at, 7, False)
        colour = scales.shade(data.lsoa_rates.get(boundary.code, 0.0), breaks)
        if colour is not None:
            shaded = items.boundary_item(boundary, colour, path)
            shaded.setOpacity(0.55)
            counts = QCoreApplication.translate("Map", "%d incidents, %s a month") % (
                data.lsoa_counts.get(boundary.code, 0),
                f"{data.lsoa_rates[boundary.code]:.1f}",
            )
            shaded.setToolTip(f"<b>{boundary.name}</b><br>{counts}")
            yield "shading", shaded

    def _add(self, layer: str, item: QGraphicsItem, shown: bool | None = None) -> None:
        item.setVisible(self.visible[layer] if shown is None else shown)
        self.addItem(item)
        self.layers[layer].append(item)

    def set_layer_visible(self, layer: str, visible: bool) -> None:
        self.visible[layer] = visible
        for item in self.layers[layer]:
            item.setVisible(visible)

    def extent_rect(self) -> QRectF:
        if self.data is None:
            return QRectF()
        x0, y0, x1, y1 = self.data.extent
        return QRectF(x0, -y1, x1 - x0, y1 - y0)

    def count(self, layer: str) -> int:
        return len(self.layers[layer])
