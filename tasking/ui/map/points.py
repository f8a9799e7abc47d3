"""Ten thousand incident points as one item, rendered off the UI thread once they are drawn.

Ten thousand ellipse items take a second to build. One item drawing every point with
``drawPoints`` and a round cosmetic pen (a few calls, one per dot size) builds at once, but
filling 10,000 antialiased dots still takes 20-50 ms, too long for a pan or zoom. So the points
are drawn into an image of the viewport on a worker thread (QPainter on a QImage is safe there;
PySide keeps the GIL during a call, so the points go in short calls the UI thread runs between);
until the image for the new view is ready the previous one is shown moved and scaled, and the
first paint draws directly so the map is never shown without its points.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QPointF,
    QRectF,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from tasking.maps import scales
from tasking.maps.data import MapPoint
from tasking.ui.map.items import KIND, Z_POINT, scene_xy

Dots = list[tuple[float, QPolygonF]]
Key = tuple[float, float, float, float, int, int]


def draw_dots(painter: QPainter, dots: Dots, fill: QColor) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ratio = painter.device().devicePixelRatioF()  # a cosmetic pen's width is in device pixels
    for size, at in dots:  # one pass: a white halo round each dot would double the cost
        dot = QPen(fill, 2 * size * ratio)
        dot.setCapStyle(Qt.PenCapStyle.RoundCap)
        dot.setCosmetic(True)
        painter.setPen(dot)
        painter.drawPoints(at)


class _Rendered(QObject):
    """Carries finished images to the UI thread; one for the application's lifetime, so a
    render still running when its layer goes never emits from (or frees) a dead object."""

    done = Signal(object, object, object)  # layer, key, QImage


def _deliver(layer: PointsLayer, key: Key, image: QImage) -> None:
    if shiboken6.isValid(layer) and not layer.retired:
        layer.on_rendered(key, image)


_bridge: list[_Rendered] = []


def bridge() -> _Rendered:
    if not _bridge:
        made = _Rendered(QCoreApplication.instance())
        made.done.connect(_deliver)
        _bridge.append(made)
    return _bridge[0]


class _Render(QRunnable):
    def __init__(self, layer: PointsLayer, key: Key, transform: QTransform, dpr: float) -> None:
        super().__init__()
        self.layer, self.key, self.transform, self.dpr = layer, key, transform, dpr
        self.dots, self.fill, self.signals = layer.dots, layer.fill, bridge()

    def run(self) -> None:
        width, height = self.key[4], self.key[5]
        image = QImage(int(width * self.dpr), int(height * self.dpr),
                       QImage.Format.Format_ARGB32_Premultiplied)  # fmt: skip
        image.setDevicePixelRatio(self.dpr)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setWorldTransform(self.transform)
        draw_dots(painter, self.dots, self.fill)
        painter.end()
        if shiboken6.isValid(self.signals):  # the application may be closing
            self.signals.done.emit(self.layer, self.key, image)


#: The largest count, the dots by size in chunks, and the rectangle they cover.
PreparedDots = tuple[int, Dots, QRectF]
BUCKETS, CHUNK = 8, 300


def prepare_dots(points: list[MapPoint]) -> PreparedDots:
    """The points as dots to draw: plain values, so made on any thread."""
    largest = max((p.count for p in points), default=0)
    by_size: dict[float, list[QPointF]] = {}
    for p in sorted(points, key=lambda p: -p.count):  # big first, small ones stay on top
        r = scales.point_radius(p.count, largest)
        size = round(r * BUCKETS / 9.0) * 9.0 / BUCKETS
        by_size.setdefault(size, []).append(scene_xy(p.at))
    # In chunks: PySide holds the GIL through each drawPoints call, so a worker drawing
    # short calls lets the UI thread run between them.
    dots: Dots = [
        (size, QPolygonF(at[start : start + CHUNK]))
        for size, at in sorted(by_size.items(), reverse=True)
        for start in range(0, len(at), CHUNK)
    ]
    xs = [p.at[0] for p in points] or [0.0]
    ys = [-p.at[1] for p in points] or [0.0]
    pad = 50.0  # metres: the dots' radius in pixels is added by the view at any zoom
    rect = QRectF(min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad,
                  max(ys) - min(ys) + 2 * pad)  # fmt: skip
    return largest, dots, rect


class PointsLayer(QGraphicsItem):
    """Every incident map point; the view asks ``point_near`` for hover counts."""

    def __init__(self, points: list[MapPoint], dots: PreparedDots | None = None) -> None:
        """``dots``: ``prepare_dots(points)``, if made already (on the worker that read them)."""
        super().__init__()
        self.points = points
        self.setData(KIND, "incidents")
        self.setZValue(Z_POINT)
        self.largest, self.dots, self._rect = dots or prepare_dots(points)
        self.fill = QColor(scales.INCIDENT_COLOUR)
        self.fill.setAlpha(150)
        self.image: QImage | None = None
        self.image_key: Key | None = None
        self.image_transform = QTransform()
        self.wanted: Key | None = None
        self.running = False
        self.retired = False
        self.background = True  # False draws every paint directly (tests, pictures)

    @property
    def count(self) -> int:
        return len(self.points)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        transform = painter.worldTransform()
        device = widget if widget is not None else painter.device()
        key: Key = (transform.m11(), transform.m22(), transform.dx(), transform.dy(),
                    device.width(), device.height())  # fmt: skip
        if not self.background or self.image is None:
            draw_dots(painter, self.dots, self.fill)
            if self.background:
                self._start(key, transform, device.devicePixelRatioF())
            return
        if key != self.image_key:
            self._start(key, transform, device.devicePixelRatioF())
        inverted, _ = self.image_transform.inverted()
        painter.save()
        painter.setWorldTransform(inverted * transform)  # the image as it was, moved
        painter.drawImage(QPointF(0, 0), self.image)
        painter.restore()

    def _start(self, key: Key, transform: QTransform, dpr: float) -> None:
        self.wanted = key
        self.wanted_transform, self.wanted_dpr = QTransform(transform), dpr
        if self.running:
            return  # the newest wanted view is rendered when this one finishes
        self.running = True
        job = _Render(self, key, QTransform(transform), dpr)
        QThreadPool.globalInstance().start(job)

    def retire(self) -> None:
        """The layer is being removed: a render still running must not reach it."""
        self.retired = True
        self.background = False

    def on_rendered(self, key: Key, image: QImage) -> None:
        self.running = False
        self.image, self.image_key = image, key
        self.image_transform = QTransform(key[0], 0, 0, key[1], key[2], key[3])
        if self.wanted is not None and self.wanted != key:
            self._start(self.wanted, self.wanted_transform, self.wanted_dpr)
        self.update()

    def point_near(self, x: float, y: float, pixels_per_metre: float) -> MapPoint | None:
        """The point whose dot covers scene position (x, y), the nearest first."""
        best: tuple[float, MapPoint] | None = None
        for p in self.points:
            r = (scales.point_radius(p.count, self.largest) + 2) / pixels_per_metre
            dx, dy = p.at[0] - x, -p.at[1] - y
            d = dx * dx + dy * dy
            if d <= r * r and (best is None or d < best[0]):
                best = (d, p)
        return best[1] if best else None


def point_tip(point: MapPoint) -> str:
    kinds = "<br>".join(f"{count} {kind}" for kind, count in point.by_type)
    where = point.location or QCoreApplication.translate("Map", "Map point")
    count = QCoreApplication.translate("Map", "%d incidents") % point.count
    return f"<b>{where}</b><br>{count}<br>{kinds}"
