"""The partnership's stored boundaries: which ward or LSOA holds a point."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select

from tasking.models import Area, Boundary
from tasking.models.database import Database
from tasking.places.geometry import PlaceIndex, Shape


@dataclass(frozen=True)
class StoredPlaces:
    """Ward and LSOA indexes built from the stored boundaries, for placing many points."""

    wards: PlaceIndex  # keyed by ward code
    lsoas: PlaceIndex  # keyed by LSOA code (newest vintage stored)
    area_ids: dict[str, int]  # ward code -> area id
    ward_names: dict[str, str]
    lsoa_vintage: str | None


class PlacesService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def stored(self) -> StoredPlaces:
        with self._db.read() as session:
            rows = session.execute(
                select(Boundary.kind, Boundary.code, Boundary.vintage, Boundary.geometry, Area)
                .outerjoin(Area, Boundary.area_id == Area.id)
                .order_by(Boundary.vintage.desc())
            ).all()
        wards: dict[str, Shape] = {}
        lsoas: dict[str, Shape] = {}
        area_ids: dict[str, int] = {}
        names: dict[str, str] = {}
        lsoa_vintage: str | None = None
        for kind, code, vintage, geometry, joined in rows:
            area: Area | None = joined  # an outer join: a boundary may have no area
            shape: Shape = [
                [[(p[0], p[1]) for p in ring] for ring in polygon]
                for polygon in json.loads(geometry)["coordinates"]
            ]
            if kind == "ward" and area is not None and code not in wards:
                wards[code], area_ids[code], names[code] = shape, area.id, area.name
            elif kind == "lsoa":
                lsoa_vintage = lsoa_vintage or vintage
                if vintage == lsoa_vintage:
                    lsoas[code] = shape
        return StoredPlaces(PlaceIndex(wards), PlaceIndex(lsoas), area_ids, names, lsoa_vintage)
