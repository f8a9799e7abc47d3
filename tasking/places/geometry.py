"""Point in polygon with a bounding-box grid index, and short distances in metres.

Coordinates are WGS84 longitude/latitude. A polygon is a list of rings (the outer ring first,
then holes), each ring a list of ``(lon, lat)`` points; a shape is a list of such polygons
(a GeoJSON MultiPolygon). Ray casting is exact enough for boundary files; distances use a local
equirectangular projection, accurate to well under a metre over the few tens of metres a buffer
spans.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

Point = tuple[float, float]
Ring = list[Point]
Polygon = list[Ring]
Shape = list[Polygon]
EARTH_RADIUS_M = 6_371_008.8


def ring_contains(ring: Sequence[Point], lon: float, lat: float) -> bool:
    """Even-odd ray casting: is the point inside this closed ring?"""
    inside = False
    x1, y1 = ring[-1]
    for x2, y2 in ring:
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
        x1, y1 = x2, y2
    return inside


def shape_contains(shape: Shape, lon: float, lat: float) -> bool:
    for polygon in shape:
        if ring_contains(polygon[0], lon, lat) and not any(
            ring_contains(hole, lon, lat) for hole in polygon[1:]
        ):
            return True
    return False


def metres_per_degree(lat: float) -> tuple[float, float]:
    """Metres in one degree of longitude and of latitude near ``lat``."""
    per_lat = math.pi * EARTH_RADIUS_M / 180
    return per_lat * math.cos(math.radians(lat)), per_lat


def distance_m(a: Point, b: Point) -> float:
    kx, ky = metres_per_degree((a[1] + b[1]) / 2)
    return math.hypot((a[0] - b[0]) * kx, (a[1] - b[1]) * ky)


def shape_distance_m(shape: Shape, lon: float, lat: float) -> float:
    """Distance from the point to the nearest edge of the shape, in metres."""
    kx, ky = metres_per_degree(lat)
    best = math.inf
    for polygon in shape:
        for ring in polygon:
            x1, y1 = (ring[-1][0] - lon) * kx, (ring[-1][1] - lat) * ky
            for px, py in ring:
                x2, y2 = (px - lon) * kx, (py - lat) * ky
                dx, dy = x2 - x1, y2 - y1
                length = dx * dx + dy * dy
                t = 0.0 if length == 0 else max(0.0, min(1.0, -(x1 * dx + y1 * dy) / length))
                best = min(best, math.hypot(x1 + t * dx, y1 + t * dy))
                x1, y1 = x2, y2
    return best


def bounds(shape: Shape) -> tuple[float, float, float, float]:
    """(min lon, min lat, max lon, max lat) of the outer rings."""
    lons = [p[0] for polygon in shape for p in polygon[0]]
    lats = [p[1] for polygon in shape for p in polygon[0]]
    return min(lons), min(lats), max(lons), max(lats)


def centroid(shape: Shape) -> Point:
    """Area-weighted centroid of the outer rings (good enough to label and to link LSOAs)."""
    total = cx = cy = 0.0
    for polygon in shape:
        ring = polygon[0]
        x1, y1 = ring[-1]
        for x2, y2 in ring:
            cross = x1 * y2 - x2 * y1
            total += cross
            cx += (x1 + x2) * cross
            cy += (y1 + y2) * cross
            x1, y1 = x2, y2
    if total == 0:
        lon0, lat0, lon1, lat1 = bounds(shape)
        return (lon0 + lon1) / 2, (lat0 + lat1) / 2
    return cx / (3 * total), cy / (3 * total)


@dataclass
class PlaceIndex:
    """Shapes keyed by code, found for a point through a uniform grid of their bounding boxes."""

    shapes: dict[str, Shape]
    cells: int = 32
    _grid: dict[tuple[int, int], list[str]] = field(default_factory=dict, init=False)
    _box: tuple[float, float, float, float] = field(default=(0.0, 0.0, 0.0, 0.0), init=False)

    def __post_init__(self) -> None:
        if not self.shapes:
            return
        boxes = {code: bounds(shape) for code, shape in self.shapes.items()}
        self._box = (
            min(b[0] for b in boxes.values()),
            min(b[1] for b in boxes.values()),
            max(b[2] for b in boxes.values()),
            max(b[3] for b in boxes.values()),
        )
        for code, (x0, y0, x1, y1) in boxes.items():
            i0, j0 = self._cell(x0, y0)
            i1, j1 = self._cell(x1, y1)
            for i in range(i0, i1 + 1):
                for j in range(j0, j1 + 1):
                    self._grid.setdefault((i, j), []).append(code)

    def _cell(self, lon: float, lat: float) -> tuple[int, int]:
        x0, y0, x1, y1 = self._box
        i = int((lon - x0) / ((x1 - x0) or 1.0) * self.cells)
        j = int((lat - y0) / ((y1 - y0) or 1.0) * self.cells)
        return min(max(i, 0), self.cells - 1), min(max(j, 0), self.cells - 1)

    def _near_box(self, lon: float, lat: float, margin: float) -> bool:
        x0, y0, x1, y1 = self._box
        return x0 - margin <= lon <= x1 + margin and y0 - margin <= lat <= y1 + margin

    def find(self, lon: float, lat: float) -> str | None:
        """The code of the shape holding the point, or None."""
        if not self.shapes or not self._near_box(lon, lat, 0.0):
            return None
        for code in self._grid.get(self._cell(lon, lat), ()):
            if shape_contains(self.shapes[code], lon, lat):
                return code
        return None

    def nearest_within(self, lon: float, lat: float, metres: float) -> str | None:
        """The code of the shape holding the point, else of the nearest one within ``metres``."""
        found = self.find(lon, lat)
        if found is not None or metres <= 0 or not self.shapes:
            return found
        kx, ky = metres_per_degree(lat)
        margin = max(metres / kx, metres / ky)
        if not self._near_box(lon, lat, margin):
            return None
        i0, j0 = self._cell(lon - margin, lat - margin)
        i1, j1 = self._cell(lon + margin, lat + margin)
        candidates = {
            code
            for i in range(i0, i1 + 1)
            for j in range(j0, j1 + 1)
            for code in self._grid.get((i, j), ())
        }
        best: tuple[float, str] | None = None
        for code in sorted(candidates):
            distance = shape_distance_m(self.shapes[code], lon, lat)
            if distance <= metres and (best is None or distance < best[0]):
                best = (distance, code)
        return best[1] if best else None
