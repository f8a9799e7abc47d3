"""A local equirectangular projection in metres, shared by the app's map and the PDF map.

Over a city (20 km or so) a plane tangent at its centre is accurate to well under a metre per
kilometre, needs no projection library, and keeps distances true enough for a scale bar.
``y`` grows northwards; a renderer whose y grows downwards (Qt) negates it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from tasking.places.geometry import metres_per_degree

Box = tuple[float, float, float, float]  # min x, min y, max x, max y


@dataclass(frozen=True)
class Projection:
    """Longitude/latitude to metres east and north of (``lon0``, ``lat0``)."""

    lon0: float
    lat0: float

    @property
    def _k(self) -> tuple[float, float]:
        return metres_per_degree(self.lat0)

    def forward(self, lon: float, lat: float) -> tuple[float, float]:
        kx, ky = self._k
        return (lon - self.lon0) * kx, (lat - self.lat0) * ky

    def inverse(self, x: float, y: float) -> tuple[float, float]:
        kx, ky = self._k
        return self.lon0 + x / kx, self.lat0 + y / ky


def centred_on(box_lonlat: Box) -> Projection:
    """The projection tangent at the centre of a longitude/latitude box."""
    lon0, lat0, lon1, lat1 = box_lonlat
    return Projection((lon0 + lon1) / 2, (lat0 + lat1) / 2)


def grow(box: Box, margin: float) -> Box:
    return box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin


def union(boxes: list[Box]) -> Box | None:
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def nice_length(at_most: float) -> float:
    """The longest 1, 2 or 5 × 10ⁿ metres not over ``at_most``, for a scale bar."""
    if at_most <= 0:
        return 0.0
    power = 10 ** math.floor(math.log10(at_most))
    for step in (5, 2, 1):
        if step * power <= at_most:
            return float(step * power)
    return float(power)


def length_label(metres: float) -> str:
    return f"{metres / 1000:g} km" if metres >= 1000 else f"{metres:g} m"
