"""The map view: pan (drag, arrow keys), zoom (wheel, + and -), fit, and clicks on markers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QToolTip, QWidget

from tasking.maps.data import MapPoint
from tasking.ui.map import items
from tasking.ui.map.points import point_tip
from tasking.ui.map.scene import MapScene

ZOOM_STEP = 1.25
PAN_FRACTION = 0.15
MIN_SCALE, MAX_SCALE = 0.005, 20.0  # pixels per metre: a county to a doorstep
LSOA_LABELS_FROM = 0.25  # pixels per metre (1 km = 250 px): LSOA names only when legible


class MapView(QGraphicsView):
    hotspot_chosen = Signal(int)
    candidate_chosen = Signal(str)
    zoomed = Signal(float)

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(QCoreApplication.translate("Map", "Map"))
        self.setToolTip("")

    # --- zoom and pan ----------------------------------------------------------------------
    def scale_factor(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = min(max(self.scale_factor() * factor, MIN_SCALE), MAX_SCALE)
        factor = target / self.scale_factor()
        if abs(factor - 1) > 1e-9:
            self.scale(factor, factor)
            self._detail_for_zoom()
            self.zoomed.emit(self.scale_factor())

    def fit(self) -> None:
        """Show the map's extent (the ward, or the city) whole."""
        rect = self.map_scene.extent_rect()
        if not rect.isEmpty():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            self._detail_for_zoom()
            self.zoomed.emit(self.scale_factor())

    def pan_by(self, dx: int, dy: int) -> None:
        """Move the view by a fraction of its size (dx, dy in -1, 0, 1)."""
        step_x = int(self.viewport().width() * PAN_FRACTION) * dx
        step_y = int(self.viewport().height() * PAN_FRACTION) * dy
        centre = self.mapToScene(self.viewport().rect().center() + QPoint(step_x, step_y))
        self.centerOn(centre)

    def _detail_for_zoom(self) -> None:
        scene = self.map_scene
        show = scene.visible["lsoa_labels"] and self.scale_factor() >= LSOA_LABELS_FROM
        for item in scene.layers["lsoa_labels"]:
            item.setVisible(show)

    # --- events ----------------------------------------------------------------------------
    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            found = self.point_at(event.pos())
            if found is not None:
                QToolTip.showText(event.globalPos(), point_tip(found), self)
                return True
        return super().viewportEvent(event)

    def point_at(self, pos: QPoint) -> MapPoint | None:
        """The incident map point under ``pos``, unless a marker lies over it."""
        layer = self.map_scene.points_layer
        if not layer.isVisible() or self.marker_at(pos) is not None:
            return None
        at = self.mapToScene(pos)
        return layer.point_near(at.x(), at.y(), self.scale_factor())

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self._zoom_centred(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self._zoom_centred(1 / ZOOM_STEP)
        elif key in arrows:
            self.pan_by(*arrows[Qt.Key(key)])
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
            self.fit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _zoom_centred(self, factor: float) -> None:
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.zoom_by(factor)
        self.setTransformationAnchor(anchor)

    def marker_at(self, pos: QPoint) -> tuple[str, object] | None:
        for item in self.items(pos):
            kind = item.data(items.KIND)
            if kind in ("hotspot", "candidate"):
                return kind, item.data(items.RECORD)
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        found = self.marker_at(event.position().toPoint())
        if found is not None and event.button() == Qt.MouseButton.LeftButton:
            kind, record = found
            if kind == "hotspot":
                self.hotspot_chosen.emit(int(record))  # type: ignore[call-overload]
            else:
                self.candidate_chosen.emit(str(record))
            event.accept()
            return
        super().mousePressEvent(event)
