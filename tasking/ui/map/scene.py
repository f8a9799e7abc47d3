"""The map's scene: one layer of items per kind of thing drawn, built from plain map data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QWidget

from tasking.maps import scales
from tasking.maps.data import MapData
from tasking.ui.map import items
from tasking.ui.map.points import PointsLayer

#: Layer names, in the order the legend and the layer buttons list them.
LAYERS = ("wards", "lsoas", "labels", "lsoa_labels", "incidents", "shading", "hotspots",
          "candidates")  # fmt: skip


class MapScene(QGraphicsScene):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: MapData | None = None
        self.points_layer = PointsLayer([])
        self.points_in_background = True  # False for pictures: every paint complete
        self.layers: dict[str, list[QGraphicsItem]] = {name: [] for name in LAYERS}
        self.visible: dict[str, bool] = {name: name != "shading" for name in LAYERS}
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

    def show_data(self, data: MapData) -> None:
        """Replace everything drawn with ``data``."""
        self.points_layer.retire()
        self.clear()
        self.data = data
        self.layers = {name: [] for name in LAYERS}
        breaks = scales.class_breaks(list(data.lsoa_rates.values()))
        for boundary in data.boundaries:
            if boundary.kind == "ward":
                fill = scales.FOCUS_FILL if boundary.focus and data.ward else None
                self._add("wards", items.boundary_item(boundary, fill))
                self._add("labels", items.label_item(boundary.name, boundary.label_at, 9, True))
            else:
                self._add("lsoas", items.boundary_item(boundary))
                self._add(
                    "lsoa_labels", items.label_item(boundary.name, boundary.label_at, 7, False)
                )
                colour = scales.shade(data.lsoa_rates.get(boundary.code, 0.0), breaks)
                if colour is not None:
                    shaded = items.boundary_item(boundary, colour)
                    shaded.setOpacity(0.55)
                    counts = QCoreApplication.translate("Map", "%d incidents, %s a month") % (
                        data.lsoa_counts.get(boundary.code, 0),
                        f"{data.lsoa_rates[boundary.code]:.1f}",
                    )
                    shaded.setToolTip(f"<b>{boundary.name}</b><br>{counts}")
                    self._add("shading", shaded)
        self.points_layer = PointsLayer(list(data.points))
        self.points_layer.background = self.points_in_background
        self._add("incidents", self.points_layer)
        for candidate in data.candidates:
            self._add("candidates", items.candidate_item(candidate))
        for hotspot in data.hotspots:
            self._add("hotspots", items.hotspot_item(hotspot))
        x0, y0, x1, y1 = data.extent
        everything = self.itemsBoundingRect().united(QRectF(x0, -y1, x1 - x0, y1 - y0))
        pad = max(everything.width(), everything.height()) * 0.5
        self.setSceneRect(everything.adjusted(-pad, -pad, pad, pad))

    def _add(self, layer: str, item: QGraphicsItem) -> None:
        item.setVisible(self.visible[layer])
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
