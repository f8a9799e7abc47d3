"""The map's key: marker shapes by status, colours by RAG, point sizes or shades, the source."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tasking.maps import scales
from tasking.maps.data import MapData
from tasking.ui.map.items import MarkerItem
from tasking.ui.map.words import rag_name
from tasking.ui.translation import QT_TRANSLATE_NOOP

ATTRIBUTION = QT_TRANSLATE_NOOP(
    "Map",
    "Contains public sector information licensed under the Open Government Licence v3.0. "
    "Contains OS data © Crown copyright and database right.",
)
ROW = 20


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: MapData | None = None
        self.shading = False
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(QCoreApplication.translate("Map", "Map key"))

    def sizeHint(self) -> QSize:
        return QSize(220, 440)

    def show_data(self, data: MapData, shading: bool) -> None:
        self.data, self.shading = data, shading
        self.setAccessibleDescription(self.text())
        self.update()

    def rows(self) -> list[tuple[str, str, str]]:
        """(kind, swatch, label) rows: "head", "shape", "rag", "size", "shade", "text"."""
        data = self.data
        if data is None:
            return []
        rows: list[tuple[str, str, str]] = [
            ("head", "", QCoreApplication.translate("Map", "Hotspots"))
        ]
        rows += [
            ("shape", "circle", QCoreApplication.translate("Map", "Active")),
            ("shape", "square", QCoreApplication.translate("Map", "Monitoring")),
            ("shape", scales.CLOSED_SHAPE, QCoreApplication.translate("Map", "Closed (discussed)")),
        ]
        rows += [("rag", rag, rag_name(rag)) for rag in scales.RAG_ORDER]
        if data.candidates:
            rows += [("shape", "triangle", QCoreApplication.translate("Map", "Candidate hotspot"))]
        kinds = ", ".join(data.crime_types) or QCoreApplication.translate("Map", "all crime types")
        rows.append(
            (
                "head",
                "",
                QCoreApplication.translate("Map", "police.uk, %s")
                % (data.period or QCoreApplication.translate("Map", "no data")),
            )
        )
        rows.append(("text", "", kinds))
        if self.shading:
            breaks = scales.class_breaks(list(data.lsoa_rates.values()))
            low = 0.0
            for bound in breaks:
                rows.append(
                    (
                        "shade",
                        scales.shade(bound, breaks) or "",
                        QCoreApplication.translate("Map", "%s–%s a month")
                        % (f"{low:.1f}", f"{bound:.1f}"),
                    )
                )
                low = bound
        else:
            largest = max((p.count for p in data.points), default=0)
            for n in scales.legend_counts(largest):
                text = (
                    QCoreApplication.translate("Map", "1 incident at a point")
                    if n == 1
                    else QCoreApplication.translate("Map", "%d incidents") % n
                )
                rows.append(("size", str(n), text))
        return rows

    def text(self) -> str:
        return "; ".join(label for _kind, _swatch, label in self.rows())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FAFAFA"))
        y = 8.0
        largest = max((p.count for p in self.data.points), default=0) if self.data else 0
        bold = QFont(self.font())
        bold.setBold(True)
        for kind, swatch, label in self.rows():
            centre = QPointF(18, y + ROW / 2)
            if kind == "head":
                painter.setFont(bold)
                painter.drawText(
                    QRectF(8, y, self.width() - 12, ROW), Qt.AlignmentFlag.AlignVCenter, label
                )
                painter.setFont(self.font())
                y += ROW
                continue
            if kind == "shape":
                fill = scales.CANDIDATE_COLOUR if swatch == "triangle" else "#BBBBBB"
                marker = MarkerItem("legend", None, swatch, fill, "")
                painter.save()
                painter.translate(centre)
                painter.scale(0.7, 0.7)
                marker.paint(painter, None)  # type: ignore[arg-type]
                painter.restore()
            elif kind == "rag":
                painter.setPen(QPen(QColor("#1A1A1A"), 1))
                painter.setBrush(QColor(scales.RAG_COLOURS[swatch]))
                painter.drawEllipse(centre, 7, 7)
            elif kind == "size":
                r = scales.point_radius(int(swatch), largest)
                colour = QColor(scales.INCIDENT_COLOUR)
                colour.setAlpha(150)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawEllipse(centre, r, r)
            elif kind == "shade":
                painter.setPen(QPen(QColor("#8C8C8C"), 0.6))
                painter.setBrush(QColor(swatch))
                painter.drawRect(QRectF(10, y + 4, 16, ROW - 8))
            left = 34 if kind != "text" else 8
            painter.setPen(QColor("#222222"))
            flags = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
            painter.drawText(QRectF(left, y, self.width() - left - 4, ROW), flags, label)
            y += ROW
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 2, 6))
        painter.setFont(small)
        painter.setPen(QColor("#555555"))
        painter.drawText(
            QRectF(8, y + 8, self.width() - 14, self.height() - y - 10),
            Qt.TextFlag.TextWordWrap,
            QCoreApplication.translate("Map", ATTRIBUTION),
        )
        painter.end()
