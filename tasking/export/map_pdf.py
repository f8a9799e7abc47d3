"""A ward's map as reportlab vector graphics: for the minutes, and as a PDF of its own.

Plain map data in (projected metres, see tasking.maps); the same colours, shapes and numbers as
the app's map. Things outside the ward's frame are masked, not clipped: reportlab's drawings
have no clip path, and a white border over them prints the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Group, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from tasking.export.pdf_fonts import LATIN, register_fonts
from tasking.export.pdf_layout import (
    FRAME_WIDTH,
    RULE,
    paragraph,
    write_marked_pdf,
)
from tasking.maps import scales
from tasking.maps.data import MapData, MapHotspot
from tasking.maps.projection import length_label, nice_length

ATTRIBUTION = (
    "Contains public sector information licensed under the Open Government Licence v3.0. "
    "Contains OS data © Crown copyright and database right."
)
KEY_WIDTH = 46 * mm
MAP_HEIGHT = 150 * mm
Transform = tuple[float, float, float, float, float]  # scale, x0, y0, left, bottom


def _colour(hex_colour: str) -> colors.Color:
    return colors.HexColor(hex_colour)


S = TypeVar("S", Rect, Polygon, Circle)


def _painted(
    shape: S,
    fill: colors.Color | None,
    stroke: colors.Color | None,
    width: float = 0.5,
    dash: list[float] | None = None,
) -> S:
    """Set a shape's paint (the stubs type reportlab's keyword arguments too narrowly)."""
    shape.fillColor, shape.strokeColor, shape.strokeWidth = fill, stroke, width
    if dash:
        shape.strokeDashArray = dash
    return shape


def _fit(data: MapData, left: float, bottom: float, width: float, height: float) -> Transform:
    x0, y0, x1, y1 = data.extent
    scale = min(width / max(x1 - x0, 1.0), height / max(y1 - y0, 1.0))
    # centre the extent in the box
    left += (width - (x1 - x0) * scale) / 2
    bottom += (height - (y1 - y0) * scale) / 2
    return scale, x0, y0, left, bottom


def _at(t: Transform, x: float, y: float) -> tuple[float, float]:
    scale, x0, y0, left, bottom = t
    return left + (x - x0) * scale, bottom + (y - y0) * scale


def marker(shape: str, cx: float, cy: float, half: float, fill: str, text: str = "") -> Group:
    """A hotspot marker: its shape says the status, its fill the RAG, its text the number."""
    hollow = shape == scales.CLOSED_SHAPE
    inside = colors.white if hollow else _colour(fill)
    edge = _colour(fill) if hollow else colors.HexColor("#1A1A1A")
    width = 1.2 if hollow else 0.6
    group = Group()
    if shape == "square":
        square = Rect(cx - half * 0.9, cy - half * 0.9, 1.8 * half, 1.8 * half)
        group.add(_painted(square, inside, edge, width))
    elif shape in ("diamond", "triangle"):
        points = (
            [cx, cy + half, cx + half, cy, cx, cy - half, cx - half, cy]
            if shape == "diamond"
            else [cx, cy + half, cx + half, cy - half * 0.8, cx - half, cy - half * 0.8]
        )
        group.add(_painted(Polygon(points), inside, edge, width))
    else:
        group.add(_painted(Circle(cx, cy, half), inside, edge, width))
    if text:
        dark = hollow or fill in (scales.RAG_COLOURS["amber"], scales.RAG_COLOURS["grey"])
        number = String(cx, cy - half * 0.36, text, fontName=LATIN.bold, fontSize=half * 1.05)
        number.textAnchor = "middle"
        number.fillColor = colors.black if dark else colors.white
        group.add(number)
    return group


def _boundaries(drawing: Drawing, data: MapData, t: Transform) -> None:
    x0, y0, x1, y1 = data.extent
    for layer in ("lsoa", "ward"):
        for b in data.boundaries:
            if b.kind != layer:
                continue
            xs = [x for ring in b.rings for x, _ in ring]
            ys = [y for ring in b.rings for _, y in ring]
            if max(xs) < x0 or min(xs) > x1 or max(ys) < y0 or min(ys) > y1:
                continue  # wholly off the map
            ward = layer == "ward"
            for ring in b.rings:
                flat = [v for x, y in ring for v in _at(t, x, y)]
                fill = _colour(scales.FOCUS_FILL) if ward and b.focus and data.ward else None
                edge = _colour(scales.WARD_LINE if ward else scales.LSOA_LINE)
                dash = None if ward else [1.5, 1.5]
                drawing.add(_painted(Polygon(flat), fill, edge, 1.1 if ward else 0.35, dash))


def _labels(drawing: Drawing, data: MapData, t: Transform, box: tuple[float, ...]) -> None:
    left, bottom, width, height = box
    for b in data.boundaries:
        if b.kind != "ward":
            continue
        x, y = _at(t, *b.label_at)
        if left + 20 < x < left + width - 20 and bottom + 8 < y < bottom + height - 8:
            name = String(x, y, b.name, fontName=LATIN.bold, fontSize=7.5, textAnchor="middle")
            name.fillColor = colors.HexColor("#222222")
            drawing.add(name)


def _points(drawing: Drawing, data: MapData, t: Transform) -> None:
    largest = max((p.count for p in data.points), default=0)
    fill = _colour(scales.INCIDENT_COLOUR)
    fill.alpha = 0.6
    for p in sorted(data.points, key=lambda p: -p.count):  # small points stay on top
        x, y = _at(t, *p.at)
        r = scales.point_radius(p.count, largest, 1.0, 5.0)
        drawing.add(_painted(Circle(x, y, r), fill, colors.white, 0.25))


def _hotspots(
    drawing: Drawing, hotspots: Sequence[MapHotspot], t: Transform, box: tuple[float, ...]
) -> None:
    left, bottom, width, height = box
    for h in sorted(hotspots, key=lambda h: h.number or 0):
        x, y = _at(t, *h.at)
        if left <= x <= left + width and bottom <= y <= bottom + height:
            number = str(h.number) if h.number is not None else ""
            drawing.add(marker(scales.status_shape(h.status, h.closed), x, y, 5.5,
                               scales.RAG_COLOURS[h.rag], number))  # fmt: skip


def _north_and_scale(drawing: Drawing, t: Transform, box: tuple[float, ...]) -> None:
    left, bottom, width, height = box
    ax, ay = left + width - 12, bottom + height - 26
    arrow = Polygon([ax, ay + 16, ax + 5, ay, ax, ay + 4, ax - 5, ay])
    drawing.add(_painted(arrow, colors.black, colors.black, 0.4))
    drawing.add(String(ax, ay + 18, "N", fontName=LATIN.bold, fontSize=8, textAnchor="middle"))
    metres = nice_length(width * 0.3 / t[0])
    bar = metres * t[0]
    sx, sy = left + 8, bottom + 8
    for part in range(4):
        fill = colors.black if part % 2 == 0 else colors.white
        drawing.add(_painted(Rect(sx + part * bar / 4, sy, bar / 4, 3), fill, colors.black, 0.4))
    drawing.add(String(sx, sy + 5, "0", fontName=LATIN.name, fontSize=6.5))
    drawing.add(String(sx + bar, sy + 5, length_label(metres), fontName=LATIN.name,
                       fontSize=6.5, textAnchor="middle"))  # fmt: skip


def _key(drawing: Drawing, data: MapData, left: float, top: float) -> None:
    y = top

    def text(value: str, bold: bool = False, indent: float = 14) -> None:
        nonlocal y
        drawing.add(String(left + indent, y - 3, value, fontSize=7.2,
                           fontName=LATIN.bold if bold else LATIN.name))  # fmt: skip
        y -= 11

    text("Hotspots", bold=True, indent=0)
    for shape, label in (("circle", "Active"), ("square", "Monitoring"),
                         (scales.CLOSED_SHAPE, "Closed")):  # fmt: skip
        drawing.add(marker(shape, left + 5, y, 3.8, "#BBBBBB"))
        text(label)
    for rag in scales.RAG_ORDER:
        swatch = Circle(left + 5, y, 3.8)
        drawing.add(_painted(swatch, _colour(scales.RAG_COLOURS[rag]), colors.HexColor("#1A1A1A")))
        text(scales.RAG_NAMES[rag])
    y -= 4
    text("police.uk incidents", bold=True, indent=0)
    text(data.period or "none imported", indent=0)
    kinds = ", ".join(data.crime_types) or "all crime types"
    text(kinds[:34] + ("…" if len(kinds) > 34 else ""), indent=0)
    largest = max((p.count for p in data.points), default=0)
    fill = _colour(scales.INCIDENT_COLOUR)
    fill.alpha = 0.6
    for n in scales.legend_counts(largest):
        drawing.add(
            _painted(Circle(left + 5, y, scales.point_radius(n, largest, 1.0, 5.0)), fill, None)
        )
        text("1 incident at a point" if n == 1 else f"{n} incidents")


class MapFlowable(Flowable):
    """The map (clipped to its frame) with its key on the right, north arrow and scale bar."""

    def __init__(self, data: MapData, width: float = FRAME_WIDTH, height: float = MAP_HEIGHT):
        super().__init__()
        register_fonts()
        self.width, self.height = width, height
        box = (0.0, 0.0, width - KEY_WIDTH - 4 * mm, height)
        t = _fit(data, *box)
        self.box = box
        self.map = Drawing(width, height)  # clipped to ``box`` when drawn
        _boundaries(self.map, data, t)
        _points(self.map, data, t)
        _labels(self.map, data, t, box)
        _hotspots(self.map, data.hotspots, t, box)
        self.furniture = Drawing(width, height)  # never clipped
        self.furniture.add(_painted(Rect(*box), None, RULE, 0.6))
        _north_and_scale(self.furniture, t, box)
        _key(self.furniture, data, width - KEY_WIDTH, height - 4)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        clip = canvas.beginPath()
        clip.rect(*self.box)
        canvas.clipPath(clip, stroke=0, fill=0)
        renderPDF.draw(self.map, canvas, 0, 0)
        canvas.restoreState()
        renderPDF.draw(self.furniture, canvas, 0, 0)


def _numbered_table(data: MapData) -> Table | None:
    rows = [
        [
            str(h.number),
            h.name,
            h.status_label,
            f"{h.open_actions} open action{'s' if h.open_actions != 1 else ''}: "
            f"{scales.RAG_NAMES[h.rag].lower()}",
        ]
        for h in data.numbered
    ]
    if not rows:
        return None
    table = Table([[paragraph(c, "Cell") for c in row] for row in rows],
                  colWidths=[8 * mm, 70 * mm, 25 * mm, FRAME_WIDTH - 103 * mm])  # fmt: skip
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE)]))  # fmt: skip
    return table


def map_flowables(data: MapData, heading: str = "") -> list[Flowable]:
    """The map, the numbered hotspots it shows and the attribution, kept on one page."""
    title = heading or f"Map of {data.title}"
    parts: list[Flowable] = [paragraph(title, "Heading"), MapFlowable(data), Spacer(1, 2 * mm)]
    table = _numbered_table(data)
    if table is not None:
        parts.append(table)
    period = f"police.uk incidents {data.period}" if data.period else "No police.uk data"
    parts.append(paragraph(f"{period}; hotspots numbered as in the minutes. {ATTRIBUTION}",
                           "Cell"))  # fmt: skip
    return [KeepTogether(parts)]


def render_map_pdf(data: MapData, path: Path | str, marking: str = "OFFICIAL") -> Path:
    """A one-page PDF of the map (the standalone `tasking export map`)."""
    story = map_flowables(data, f"{data.title}: hotspots and police.uk incidents")
    return write_marked_pdf(
        path,
        story,
        marking=marking,
        generated=datetime.now(UTC),
        title=f"Map of {data.title}",
        author="Tasking",
        subject=f"{marking} map: {data.title}",
        keywords=[marking, "map", data.title],
    )
