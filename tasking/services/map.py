"""What a map of a ward (or the whole city) shows, as plain data in projected metres."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tasking.maps.data import MapBoundary, MapCandidate, MapData, MapHotspot, MapPoint
from tasking.maps.projection import Box, Projection, centred_on, grow, union
from tasking.models import (
    Area,
    Boundary,
    Hotspot,
    HotspotDiscussion,
    Lsoa,
    Meeting,
    PoliceIncident,
    PoliceMonth,
)
from tasking.models.database import Database
from tasking.places.geometry import centroid
from tasking.policeuk.candidates import POINT, month_add
from tasking.services.candidates import CandidateService, period_label
from tasking.services.errors import NotFound, ValidationError
from tasking.services.tracker import action_rows, closed_statuses, status_terms

RAG_WORST = ("red", "amber", "green")
CITY = "All wards"


def _worst(rags: Sequence[str]) -> str:
    return next((r for r in RAG_WORST if r in rags), "grey")


class MapService:
    def __init__(
        self,
        database: Database,
        candidates: CandidateService,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._db, self._candidates, self._today = database, candidates, today

    def map(
        self,
        area_id: int | None = None,
        *,
        meeting_id: int | None = None,
        months: int = 3,
        crime_types: Sequence[str] = (),
        with_candidates: bool = False,
    ) -> MapData:
        """The map of a ward (``area_id``), of a meeting's ward, or of the city (neither).

        Incidents cover the last ``months`` imported months of the chosen crime types (every
        type when none is chosen); a meeting numbers its hotspots as its minutes list them.
        """
        if months < 1 or months > 36:
            raise ValidationError("A map shows between 1 and 36 months of police.uk data.")
        with self._db.read() as session:
            numbers: dict[int, int] = {}
            until = "9999-12"
            if meeting_id is not None:  # its minutes' numbers, and data as the meeting had it
                numbers, area_id, until = self._numbers(session, meeting_id, area_id)
            ward = session.get(Area, area_id) if area_id is not None else None
            if area_id is not None and ward is None:
                raise NotFound(f"There is no ward with id {area_id}.")
            city = self._city_box(session)
            projection = centred_on(city) if city else Projection(0.0, 0.0)
            boundaries, extent = self._boundaries(session, projection, area_id)
            hotspots = self._hotspots(session, projection, area_id, numbers)
            imported = sorted(
                {m for m in session.scalars(select(PoliceMonth.month)) if m <= until}, reverse=True
            )
            first = month_add(imported[0], 1 - months) if imported else None
            points, lsoa_counts = self._incidents(session, projection, area_id, first, crime_types)
        if extent is None:
            spots = [h.at for h in hotspots] + [p.at for p in points]
            extent = union([(x, y, x, y) for x, y in spots]) or (-500.0, -500.0, 500.0, 500.0)
        in_period = [m for m in imported if first is not None and m >= first]
        shown = len(in_period) or 1  # months with data: a rate is per month imported
        data = MapData(
            title=ward.name if ward is not None else CITY,
            ward=ward.name if ward is not None else None,
            projection=projection,
            extent=grow(extent, 150.0),
            boundaries=boundaries,
            hotspots=hotspots,
            points=points,
            period=period_label(in_period[-1], in_period[0]) if in_period else "",
            crime_types=list(crime_types),
            lsoa_counts=lsoa_counts,
            lsoa_rates={code: count / shown for code, count in lsoa_counts.items()},
            months=imported,
        )
        if with_candidates and imported:
            data = self._with_candidates(data, months, crime_types)
        return data

    # --- pieces ----------------------------------------------------------------------------
    @staticmethod
    def _numbers(
        session: Session, meeting_id: int, area_id: int | None
    ) -> tuple[dict[int, int], int | None, str]:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise NotFound(f"There is no meeting {meeting_id}.")
        ids = session.scalars(
            select(HotspotDiscussion.hotspot_id)
            .where(HotspotDiscussion.meeting_id == meeting_id)
            .order_by(HotspotDiscussion.id)
        ).all()
        numbers = {hotspot_id: n for n, hotspot_id in enumerate(ids, 1)}
        return numbers, area_id or meeting.area_id, f"{meeting.held_on:%Y-%m}"

    @staticmethod
    def _city_box(session: Session) -> Box | None:
        row = session.execute(
            select(
                func.min(Boundary.min_lon),
                func.min(Boundary.min_lat),
                func.max(Boundary.max_lon),
                func.max(Boundary.max_lat),
            ).where(Boundary.kind == "ward", Boundary.area_id.is_not(None))
        ).one()
        values: tuple[float | None, ...] = tuple(row)
        if any(v is None for v in values):
            return None  # no ward boundaries stored
        return (row[0], row[1], row[2], row[3])

    @staticmethod
    def _boundaries(
        session: Session, projection: Projection, area_id: int | None
    ) -> tuple[list[MapBoundary], Box | None]:
        rows = session.execute(
            select(Boundary.kind, Boundary.code, Boundary.name, Boundary.vintage,
                   Boundary.area_id, Boundary.geometry)
            .order_by(Boundary.kind.desc(), Boundary.vintage.desc(), Boundary.code)
        ).all()  # fmt: skip
        lsoa_vintage = next((r.vintage for r in rows if r.kind == "lsoa"), None)
        lsoa_names = dict(session.execute(select(Lsoa.code, Lsoa.name)).tuples().all())
        made: list[MapBoundary] = []
        seen: set[tuple[str, str]] = set()
        focus_box: Box | None = None
        for r in rows:
            if (r.kind == "ward" and r.area_id is None) or (r.kind, r.code) in seen:
                continue
            if r.kind == "lsoa" and r.vintage != lsoa_vintage:
                continue
            seen.add((r.kind, r.code))
            polygons = json.loads(r.geometry)["coordinates"]
            rings = [
                [projection.forward(p[0], p[1]) for p in ring]
                for polygon in polygons
                for ring in polygon
            ]
            focus = r.kind == "ward" and (area_id is None or r.area_id == area_id)
            lon, lat = centroid([[[(p[0], p[1]) for p in ring] for ring in polygon]
                                 for polygon in polygons])  # fmt: skip
            name = lsoa_names.get(r.code, r.name) if r.kind == "lsoa" else r.name
            made.append(MapBoundary(r.kind, r.code, name, rings,
                                    projection.forward(lon, lat), focus))  # fmt: skip
            if focus:
                xs = [x for ring in rings for x, _ in ring]
                ys = [y for ring in rings for _, y in ring]
                box = (min(xs), min(ys), max(xs), max(ys))
                focus_box = union([b for b in (focus_box, box) if b is not None])
        return made, focus_box

    def _hotspots(
        self,
        session: Session,
        projection: Projection,
        area_id: int | None,
        numbers: dict[int, int],
    ) -> list[MapHotspot]:
        closed = closed_statuses(session, "hotspot_status")
        labels = {code: t.label for code, t in status_terms(session, "hotspot_status").items()}
        query = (
            select(Hotspot.id, Hotspot.name, Hotspot.status, Hotspot.longitude,
                   Hotspot.latitude, Lsoa.longitude, Lsoa.latitude, Area.name)
            .join(Area, Area.id == Hotspot.area_id)
            .outerjoin(Lsoa, Lsoa.id == Hotspot.lsoa_id)
            .order_by(Hotspot.name, Hotspot.id)
        )  # fmt: skip
        if area_id is not None:
            query = query.where(Hotspot.area_id == area_id)
        rags: dict[int, list[str]] = defaultdict(list)
        for row in action_rows(session, self._today(), area_id=area_id, open_only=True):
            if row.hotspot_id is not None:
                rags[row.hotspot_id].append(row.rag)
        made = []
        for hid, name, status, lon, lat, lsoa_lon, lsoa_lat, ward in session.execute(query):
            if status in closed and hid not in numbers:
                continue  # closed places are history, unless the meeting discussed them
            approximate = lon is None or lat is None
            if approximate:
                lon, lat = lsoa_lon, lsoa_lat
            if lon is None or lat is None:
                continue  # nowhere to draw it: neither a point nor an LSOA
            made.append(MapHotspot(
                hid, numbers.get(hid), name, status, labels.get(status, status),
                status in closed, _worst(rags[hid]), len(rags[hid]),
                projection.forward(lon, lat), approximate, ward,
            ))  # fmt: skip
        return made

    @staticmethod
    def _incidents(
        session: Session,
        projection: Projection,
        area_id: int | None,
        first: str | None,
        crime_types: Sequence[str],
    ) -> tuple[list[MapPoint], dict[str, int]]:
        if first is None:
            return [], {}
        conditions = [PoliceIncident.month >= first]
        if area_id is not None:
            conditions.append(PoliceIncident.area_id == area_id)
        if crime_types:
            conditions.append(PoliceIncident.crime_type.in_(list(crime_types)))
        rows = session.execute(
            select(PoliceIncident.longitude, PoliceIncident.latitude, PoliceIncident.location,
                   PoliceIncident.crime_type, PoliceIncident.lsoa_code, func.count())
            .where(*conditions)
            .group_by(PoliceIncident.longitude, PoliceIncident.latitude,
                      PoliceIncident.location, PoliceIncident.crime_type,
                      PoliceIncident.lsoa_code)
        ).all()  # fmt: skip
        by_point: dict[tuple[float, float], dict[str, int]] = defaultdict(dict)
        where: dict[tuple[float, float], str] = {}
        lsoas: dict[str, int] = defaultdict(int)
        for lon, lat, location, crime_type, lsoa, count in rows:
            types = by_point[(lon, lat)]
            types[crime_type] = types.get(crime_type, 0) + count
            where.setdefault((lon, lat), location)
            if lsoa:
                lsoas[lsoa] += count
        points = [
            MapPoint(
                projection.forward(lon, lat),
                sum(types.values()),
                where[(lon, lat)],
                tuple(sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))),
            )
            for (lon, lat), types in sorted(by_point.items())
        ]
        return points, dict(lsoas)

    def _with_candidates(self, data: MapData, months: int, crime_types: Sequence[str]) -> MapData:
        from dataclasses import replace

        window = min((w for w in (3, 6, 12) if w >= months), default=12)
        listing = (
            self._candidates.candidates(window, crime_types)
            if crime_types
            else self._candidates.candidates(window)
        )
        found = [
            MapCandidate(
                c.key,
                c.label,
                c.count,
                data.projection.forward(c.longitude, c.latitude),
                c.ward,
                c.trend_text,
            )
            for c in listing.candidates
            if c.kind == POINT
            and c.longitude is not None
            and c.latitude is not None
            and c.covered_by is None
            and (data.ward is None or c.ward == data.ward)
        ]
        return replace(data, candidates=found[:20])
