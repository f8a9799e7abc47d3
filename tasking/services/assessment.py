"""Assessment in numbers: a hotspot's monthly police.uk counts before and after its response.

The response is taken to start with the first action raised for the hotspot, else with its
nomination. The place counted is the one it was nominated on (the map points of its cluster,
its LSOA or its ward); a hotspot nominated by hand counts within 150 m of its coordinates, else
its LSOA, else its ward.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tasking.models import Action, Hotspot, HotspotEvidence, PoliceIncident, PoliceMonth
from tasking.places.geometry import distance_m
from tasking.policeuk.candidates import CLUSTER_M, LSOA, WARD

MARGIN_DEG = 0.003  # more than 150 m either way anywhere in Britain
SHORT_TYPES = {"Anti-social behaviour": "ASB"}


@dataclass(frozen=True)
class Assessment:
    started_on: date
    basis: str  # what marks the start: "the first action raised" or "the nomination"
    months: list[tuple[str, int, bool]]  # (month, count, after the start)
    crime_types: str
    where: str

    def averages(self) -> tuple[float | None, float | None]:
        before = [c for _m, c, after in self.months if not after]
        after = [c for _m, c, a in self.months if a]
        return (
            sum(before) / len(before) if before else None,
            sum(after) / len(after) if after else None,
        )

    @property
    def text(self) -> str:
        before, after = self.averages()

        def show(value: float | None) -> str:
            return "no months" if value is None else f"{value:.1f} a month"

        return (
            f"{self.crime_types} {self.where}, police.uk: {show(before)} before the response "
            f"started ({self.started_on:%d/%m/%Y}, {self.basis}), {show(after)} since."
        )


def _place(hotspot: Hotspot, details: dict[str, Any]) -> tuple[str, list[tuple[float, float]]]:
    """(kind of place, the points counted around) for this hotspot."""
    kind = details.get("kind") or ""
    if kind in (WARD, LSOA):
        return kind, []
    points = [(float(p[0]), float(p[1])) for p in details.get("points") or []]
    if points:
        return "map points", points  # the very points police.uk snapped its incidents to
    if hotspot.longitude is not None and hotspot.latitude is not None:
        return "near", [(hotspot.longitude, hotspot.latitude)]
    return (LSOA if hotspot.lsoa_id else WARD), []


def _where(query: Any, kind: str, hotspot: Hotspot, points: list[tuple[float, float]]) -> Any:
    if kind == WARD:
        return query.where(PoliceIncident.area_id == hotspot.area_id)
    if kind == LSOA:
        return query.where(PoliceIncident.lsoa_code == (hotspot.lsoa.code if hotspot.lsoa else ""))
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return query.where(
        PoliceIncident.longitude.between(min(lons) - MARGIN_DEG, max(lons) + MARGIN_DEG),
        PoliceIncident.latitude.between(min(lats) - MARGIN_DEG, max(lats) + MARGIN_DEG),
    )


def hotspot_assessment(session: Session, hotspot_id: int) -> Assessment | None:
    hotspot = session.get(Hotspot, hotspot_id)
    imported = sorted(set(session.scalars(select(PoliceMonth.month))))
    if hotspot is None or not imported:
        return None
    first_action = session.scalar(
        select(func.min(Action.raised_on)).where(Action.hotspot_id == hotspot_id)
    )
    evidence = session.scalars(
        select(HotspotEvidence).where(HotspotEvidence.hotspot_id == hotspot_id)
    ).one_or_none()
    details: dict[str, Any] = json.loads(evidence.details) if evidence else {}
    types = sorted(details.get("crime_types") or [])
    kind, points = _place(hotspot, details)
    query = select(PoliceIncident.month, PoliceIncident.longitude, PoliceIncident.latitude)
    if types:
        query = query.where(PoliceIncident.crime_type.in_(types))
    counts = dict.fromkeys(imported, 0)
    exact = set(points)
    for month, lon, lat in session.execute(_where(query, kind, hotspot, points)):
        if kind == "map points":
            near = (lon, lat) in exact
        else:
            near = not points or any(distance_m(p, (lon, lat)) <= CLUSTER_M for p in points)
        if month in counts and near:
            counts[month] += 1
    started = first_action or hotspot.nominated_on
    start = f"{started:%Y-%m}"
    where = {
        "map points": f"at its {len(points)} police.uk map point{'s' if len(points) != 1 else ''}",
        "near": "within 150 m of it",
        LSOA: "in its LSOA",
        WARD: "in its ward",
    }
    return Assessment(
        started,
        "the first action raised" if first_action else "the nomination",
        [(m, counts[m], m >= start) for m in imported],
        ", ".join(SHORT_TYPES.get(t, t) for t in types) or "all crime types",
        where[kind],
    )
