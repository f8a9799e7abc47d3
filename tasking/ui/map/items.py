"""The map's graphics items: boundaries as cached paths, markers that keep their size on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from tasking.maps import scales
from tasking.maps.data import MapBoundary, MapCandidate, MapHotspot
from tasking.ui.map.words import rag_name

#: Data roles on items, so a click or a test finds the record behind an item.
KIND, RECORD = 0, 1
Z_LSOA, Z_WARD, Z_POINT, Z_CANDIDATE, Z_HOTSPOT, Z_LABEL = 1, 2, 3, 4, 5, 6


def scene_xy(at: tuple[float, float]) -> QPointF:
    """Projected metres (north up) to scene coordinates (y down)."""
    return QPointF(at[0], -at[1])


def boundary_path(boundary: MapBoundary) -> QPainterPath:
    """The boundary's outline in scene coordinates: a plain value, made on any thread."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in boundary.rings:
        path.addPolygon(QPolygonF([QPointF(x, -y) for x, y in ring]))
        path.closeSubpath()
    return path


def boundary_item(
    boundary: MapBoundary, fill: str | None = None, path: QPainterPath | None = None
) -> QGraphicsPathItem:
    """``path``: the boundary's, if already made (on the worker that read the map)."""
    item = QGraphicsPathItem(path if path is not None else boundary_path(boundary))
    ward = boundary.kind == "ward"
    pen = QPen(QColor(scales.WARD_LINE if ward else scales.LSOA_LINE))
    pen.setCosmetic(True)  # the same width at every zoom
    pen.setWidthF(1.6 if ward else 0.6)
    if not ward:
        pen.setStyle(Qt.PenStyle.DashLine)
    item.setPen(pen)
    item.setBrush(QBrush(QColor(fill)) if fill else QBrush(Qt.BrushStyle.NoBrush))
    item.setZValue(Z_WARD if ward else Z_LSOA)
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    item.setData(KIND, boundary.kind)
    item.setData(RECORD, boundary.code)
    item.setToolTip(boundary.name)
    return item


def label_item(text: str, at: tuple[float, float], size: float, bold: bool) -> QGraphicsItem:
    label = QGraphicsSimpleTextItem(text)
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    label.setFont(font)
    label.setBrush(QColor("#222222" if bold else "#555555"))
    label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    rect = label.boundingRect()
    label.setPos(scene_xy(at))
    label.setData(KIND, "label")
    label.setZValue(Z_LABEL)
    # a label keeps its size on screen, so its cached pixmap serves every pan and zoom
    label.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    # centre on the point: the item ignores the view's scale, so offset in its own pixels
    label.setTransform(label.transform().translate(-rect.width() / 2, -rect.height() / 2))
    return label


class MarkerItem(QGraphicsItem):
    """A hotspot (shape by status, fill by RAG, its number inside) or a candidate."""

    SIZE = 20.0

    def __init__(self, kind: str, record: object, shape: str, fill: str, text: str) -> None:
        super().__init__()
        self.shape_name, self.fill, self.text = shape, QColor(fill), text
        self.hollow = shape == scales.CLOSED_SHAPE
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setData(KIND, kind)
        self.setData(RECORD, record)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        h = self.SIZE / 2 + 2
        return QRectF(-h, -h, 2 * h, 2 * h)

    def outline(self) -> QPainterPath:
        h = self.SIZE / 2
        path = QPainterPath()
        if self.shape_name == "square":
            path.addRect(QRectF(-h * 0.9, -h * 0.9, 1.8 * h, 1.8 * h))
        elif self.shape_name in ("diamond", "triangle"):
            points = (
                [QPointF(0, -h), QPointF(h, 0), QPointF(0, h), QPointF(-h, 0)]
                if self.shape_name == "diamond"
                else [QPointF(0, -h), QPointF(h, h * 0.8), QPointF(-h, h * 0.8)]
            )
            path.addPolygon(QPolygonF(points))
            path.closeSubpath()
        else:
            path.addEllipse(QPointF(0, 0), h, h)
        return path

    def shape(self) -> QPainterPath:
        return self.outline()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(self.fill if self.hollow else QColor("#1A1A1A"), 2 if self.hollow else 1.2)
        )
        painter.setBrush(QColor("#FFFFFF") if self.hollow else self.fill)
        painter.drawPath(self.outline())
        if self.text:
            font = painter.font()
            font.setPixelSize(11)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(
                QColor("#000000")
                if self.hollow or self.fill.lightness() > 110
                else QColor("#FFFFFF")
            )
            painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, self.text)


def hotspot_item(hotspot: MapHotspot) -> MarkerItem:
    shape = scales.status_shape(hotspot.status, hotspot.closed)
    item = MarkerItem(
        "hotspot", hotspot.id, shape, scales.RAG_COLOURS[hotspot.rag],
        str(hotspot.number) if hotspot.number is not None else "",
    )  # fmt: skip
    item.setPos(scene_xy(hotspot.at))
    item.setZValue(Z_HOTSPOT)
    where = (
        QCoreApplication.translate("Map", " (placed at its LSOA: no point recorded)")
        if hotspot.approximate
        else ""
    )
    number = f"{hotspot.number}. " if hotspot.number is not None else ""
    actions = QCoreApplication.translate("Map", "%d open actions: %s") % (
        hotspot.open_actions,
        rag_name(hotspot.rag).lower(),
    )
    click = QCoreApplication.translate("Map", "Click to open it")
    item.setToolTip(
        f"<b>{number}{hotspot.name}</b>{where}<br>{hotspot.status_label}<br>"
        f"{actions}<br><i>{click}</i>"
    )
    return item


def candidate_item(candidate: MapCandidate) -> MarkerItem:
    item = MarkerItem("candidate", candidate.key, "triangle", scales.CANDIDATE_COLOUR, "")
    item.setPos(scene_xy(candidate.at))
    item.setZValue(Z_CANDIDATE)
    heading = QCoreApplication.translate("Map", "Candidate: %s") % candidate.label
    count = QCoreApplication.translate("Map", "%d incidents") % candidate.count
    click = QCoreApplication.translate("Map", "Click to see the candidates")
    item.setToolTip(f"<b>{heading}</b><br>{count}<br>{candidate.trend_text}<br><i>{click}</i>")
    return item
