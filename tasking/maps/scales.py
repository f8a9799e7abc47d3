"""Colours and sizes that stay readable for colour-blind readers, one source for app and PDF.

Categorical colours are Okabe & Ito's (2008) palette; the sequential scale is viridis (sampled at
five classes), which keeps its order in greyscale and for every common colour-vision deficiency.
RAG keeps its red/amber/green meaning in Okabe-Ito's vermillion, orange and bluish green, and the
map never relies on colour alone: status has its own marker shape and every marker a number.
"""

from __future__ import annotations

import math

OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}
RAG_COLOURS = {
    "red": OKABE_ITO["vermillion"],
    "amber": OKABE_ITO["orange"],
    "green": OKABE_ITO["bluish_green"],
    "grey": "#9A9A9A",
}
RAG_NAMES = {
    "red": "Overdue action",
    "amber": "Action due soon or stalled",
    "green": "Actions on track",
    "grey": "No open actions",
}
RAG_ORDER = ("red", "amber", "green", "grey")
#: Marker shape by hotspot status: open ones filled, closed ones hollow.
STATUS_SHAPES = {"active": "circle", "monitoring": "square"}
CLOSED_SHAPE = "diamond"
VIRIDIS_5 = ("#440154", "#3B528B", "#21918C", "#5EC962", "#FDE725")
INCIDENT_COLOUR = OKABE_ITO["blue"]
CANDIDATE_COLOUR = OKABE_ITO["reddish_purple"]
WARD_LINE = "#333333"
LSOA_LINE = "#8C8C8C"
FOCUS_FILL = "#EDEDED"  # neutral: it stays the same in a 256-colour picture


def status_shape(status: str, closed: bool) -> str:
    if closed:
        return CLOSED_SHAPE
    return STATUS_SHAPES.get(status, "circle")


def point_radius(
    count: int, largest: int, smallest_r: float = 2.0, largest_r: float = 9.0
) -> float:
    """A radius whose area grows with the count (by its square root), from 1 up to the largest."""
    if count <= 0 or largest <= 0:
        return 0.0
    return smallest_r + (largest_r - smallest_r) * math.sqrt(min(count, largest) / largest)


def legend_counts(largest: int) -> list[int]:
    """Two or three round counts for the size legend: 1, a middle one, the largest."""
    if largest <= 1:
        return [1] if largest == 1 else []
    middle = max(2, round(largest / 4))
    return sorted({1, middle, largest})


def class_breaks(values: list[float], classes: int = 5) -> list[float]:
    """Upper bounds of equal-count classes (quantiles), for shading LSOAs by rate."""
    ordered = sorted(v for v in values if v > 0)
    if not ordered:
        return []
    return sorted({ordered[min(len(ordered) - 1, (len(ordered) * k) // classes)]
                   for k in range(1, classes + 1)})  # fmt: skip


def shade(value: float, breaks: list[float]) -> str | None:
    """The viridis class colour of ``value`` (None for none at all)."""
    if value <= 0 or not breaks:
        return None
    for index, bound in enumerate(breaks):
        if value <= bound:
            return VIRIDIS_5[round(index * (len(VIRIDIS_5) - 1) / max(len(breaks) - 1, 1))]
    return VIRIDIS_5[-1]
