"""Place police.uk rows by their point: in the partnership's wards (plus a small buffer) or not.

Never by the LSOA code or force a row names: points near a boundary are given to the LSOA whose
centre is nearest, and every force's file holds its neighbours' rows. Points are snapped to a
fixed set of anonymous map points, so each distinct point is placed once and remembered.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from tasking.places.geometry import PlaceIndex

# A map point this close outside the outer boundary still counts: boundary streets are shared.
BUFFER_M = 20.0
NO_LOCATION = "No Location"
(CRIME_ID, MONTH, REPORTED_BY, FALLS_WITHIN, LON, LAT, LOCATION, LSOA_CODE, LSOA_NAME,
 CRIME_TYPE, OUTCOME, CONTEXT) = range(12)  # fmt: skip


@dataclass(frozen=True)
class PlacedRow:
    crime_id: str
    crime_type: str
    longitude: float
    latitude: float
    location: str
    stated_lsoa: str
    lsoa_code: str | None
    ward_code: str
    outcome: str
    context: str


@dataclass
class MonthBatch:
    """What one force's month brought: every row counted, the rows in the wards kept."""

    force: str
    month: str
    rows: int = 0
    no_location: int = 0
    kept: list[PlacedRow] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)  # earlier files of the same month


class Placer:
    """Sorts rows into (force, month) batches, keeping those whose point is in the wards."""

    def __init__(self, wards: PlaceIndex, lsoas: PlaceIndex, buffer_m: float = BUFFER_M) -> None:
        self._wards, self._lsoas, self._buffer = wards, lsoas, buffer_m
        self._seen: dict[tuple[str, str], tuple[str | None, str | None]] = {}
        self.batches: dict[tuple[str, str], MonthBatch] = {}

    def place(self, lon_text: str, lat_text: str) -> tuple[str | None, str | None]:
        """(ward code, LSOA code) of a map point; the ward is None outside the wards."""
        key = (lon_text, lat_text)
        found = self._seen.get(key)
        if found is None:
            lon, lat = float(lon_text), float(lat_text)
            ward = self._wards.nearest_within(lon, lat, self._buffer)
            lsoa = self._lsoas.nearest_within(lon, lat, self._buffer) if ward else None
            found = self._seen[key] = (ward, lsoa)
        return found

    def add(self, rows: Iterable[list[str]], source: str) -> None:
        batch: MonthBatch | None = None
        for row in rows:
            force, month = row[REPORTED_BY].strip(), row[MONTH].strip()
            if batch is None or batch.force != force or batch.month != month:
                batch = self.batches.get((force, month))
                if batch is None or source not in batch.sources:
                    # One file holds a force's month: a second file of it replaces the first.
                    replaced = batch.sources if batch is not None else []
                    batch = self.batches[(force, month)] = MonthBatch(force, month)
                    batch.sources.append(source)
                    batch.replaced = replaced
            batch.rows += 1
            lon, lat = row[LON].strip(), row[LAT].strip()
            if not lon or not lat:
                batch.no_location += 1
                continue
            try:
                ward, lsoa = self.place(lon, lat)
            except ValueError:
                batch.no_location += 1  # an unreadable point is as good as none
                continue
            if ward is None:
                continue
            batch.kept.append(
                PlacedRow(
                    row[CRIME_ID].strip(),
                    row[CRIME_TYPE].strip(),
                    float(lon),
                    float(lat),
                    row[LOCATION].strip(),
                    row[LSOA_CODE].strip(),
                    lsoa,
                    ward,
                    row[OUTCOME].strip(),
                    row[CONTEXT].strip(),
                )
            )


def force_label(force: str) -> str:
    """ "Derbyshire" for "Derbyshire Constabulary", "City of London" for "City of London Police"."""
    for suffix in (" Police Service", " Constabulary", " Police"):
        if force.endswith(suffix) and len(force) > len(suffix):
            return force[: -len(suffix)]
    return force
