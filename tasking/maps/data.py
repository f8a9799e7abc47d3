"""The plain data a map is drawn from, in projected metres: built by the services, drawn by the
app's scene and by the PDF renderer alike."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from tasking.maps.projection import Box, Projection

XY = tuple[float, float]
Rings = Sequence[Sequence[XY]]  # each ring closed or not; outer rings and holes alike


@dataclass(frozen=True)
class MapBoundary:
    kind: str  # "ward" or "lsoa"
    code: str
    name: str
    rings: Rings
    label_at: XY
    focus: bool = False  # the ward the map is of (or every ward, for the city)


@dataclass(frozen=True)
class MapHotspot:
    id: int
    number: int | None  # as numbered in the meeting's minutes, None when not discussed
    name: str
    status: str  # code: "active", "monitoring", "closed", …
    status_label: str
    closed: bool
    rag: str  # the worst RAG of its open actions ("grey" with none)
    open_actions: int
    at: XY
    approximate: bool = False  # placed at its LSOA's centroid: it has no point of its own
    ward: str = ""


@dataclass(frozen=True)
class MapPoint:
    """A police.uk map point (snap point) with the incidents placed at it in the period."""

    at: XY
    count: int
    location: str
    by_type: Sequence[tuple[str, int]] = ()


@dataclass(frozen=True)
class MapCandidate:
    key: str
    label: str
    count: int
    at: XY
    ward: str = ""
    trend_text: str = ""


@dataclass(frozen=True)
class MapData:
    title: str  # "Arboretum" or "Derby (all wards)"
    ward: str | None  # None for the whole city
    projection: Projection
    extent: Box  # what "fit" shows: the ward's box, or the city's
    boundaries: Sequence[MapBoundary]
    hotspots: Sequence[MapHotspot]
    points: Sequence[MapPoint]
    period: str  # "Oct–Dec 2025", "" without police.uk data
    crime_types: Sequence[str]  # chosen ones; empty means every type
    lsoa_counts: dict[str, int] = field(default_factory=dict)  # incidents in the period
    lsoa_rates: dict[str, float] = field(default_factory=dict)  # per month in the period
    candidates: Sequence[MapCandidate] = ()
    months: Sequence[str] = ()  # imported months, newest first

    @property
    def incidents(self) -> int:
        return sum(p.count for p in self.points)

    @property
    def numbered(self) -> list[MapHotspot]:
        return sorted((h for h in self.hotspots if h.number is not None),
                      key=lambda h: h.number or 0)  # fmt: skip
