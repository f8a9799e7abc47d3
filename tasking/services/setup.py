"""Set up a partnership's new database from its ward (and LSOA) boundary files."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasking.messages import Message, message_of
from tasking.models import Agency, Area, Boundary, Lsoa, Partnership
from tasking.places import boundary_files
from tasking.places.boundary_files import LSOA, WARD, BoundaryFileError
from tasking.places.geometry import PlaceIndex, bounds, centroid
from tasking.resources import resource_path
from tasking.services.errors import ValidationError
from tasking.services.seed import seed_vocabularies

# An LSOA whose centre lies this close outside every ward still belongs to the nearest one.
LSOA_LINK_BUFFER_M = 50.0


@dataclass(frozen=True)
class PartnershipPlan:
    """What a set-up will store, read and checked before the database is touched."""

    name: str
    wards: list[boundary_files.Boundary]
    lsoas: list[boundary_files.Boundary]
    lsoas_outside: int  # LSOAs in the file whose centre lies in none of the wards


@dataclass(frozen=True)
class SetUpSummary:
    partnership: str
    wards: int
    lsoas: int
    ward_vintage: str
    lsoa_vintage: str | None
    agencies: int


@cache
def starter_agencies() -> list[dict[str, Any]]:
    text = resource_path("starter_agencies.json").read_text(encoding="utf-8")
    agencies: list[dict[str, Any]] = json.loads(text)["agencies"]
    return agencies


def plan_partnership(name: str, wards: Path, lsoas: Path | None = None) -> PartnershipPlan:
    """Read and check the files; raises ValidationError naming the problem."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError(Message("partnership.setup_name"))
    try:
        ward_list = boundary_files.read_boundaries(wards, WARD)
        lsoa_list = boundary_files.read_boundaries(lsoas, LSOA) if lsoas else []
    except BoundaryFileError as error:
        raise ValidationError(message_of(error)) from error
    index = PlaceIndex({w.code: w.shape for w in ward_list})
    kept = [
        lsoa
        for lsoa in lsoa_list
        if index.nearest_within(*centroid(lsoa.shape), LSOA_LINK_BUFFER_M) is not None
    ]
    if lsoa_list and not kept:
        raise ValidationError(
            Message(
                "partnership.lsoas_elsewhere",
                count=len(lsoa_list),
                lsoas=Path(str(lsoas)).name,
                wards=Path(wards).name,
            )
        )
    return PartnershipPlan(name, ward_list, kept, len(lsoa_list) - len(kept))


def _prefixes(names: list[str]) -> dict[str, str]:
    """Short, unique action-reference prefixes: ABB for Abbey, ALV/AL2... on a clash."""
    taken: set[str] = set()
    chosen: dict[str, str] = {}
    for name in names:
        letters = re.sub(r"[^A-Za-z]", "", name).upper() or "WRD"
        candidates = [letters[:3]] + [
            letters[0] + letters[i] + letters[j]
            for i in range(1, len(letters))
            for j in range(i + 1, len(letters))
        ]
        prefix = next((c for c in candidates if len(c) == 3 and c not in taken), None)
        number = 2
        while prefix is None or prefix in taken:
            prefix, number = f"{letters[:2]}{number}", number + 1
        taken.add(prefix)
        chosen[name] = prefix
    return chosen


def _geometry(shape: list[Any]) -> str:
    return json.dumps({"type": "MultiPolygon", "coordinates": shape}, separators=(",", ":"))


def _boundary(b: boundary_files.Boundary, area: Area | None) -> Boundary:
    x0, y0, x1, y1 = bounds(b.shape)
    return Boundary(
        kind=b.kind,
        code=b.code,
        name=b.name,
        vintage=b.vintage,
        area=area,
        min_lon=x0,
        min_lat=y0,
        max_lon=x1,
        max_lat=y1,
        geometry=_geometry(b.shape),
    )


def add_boundaries(
    session: Session, wards: list[boundary_files.Boundary], lsoas: list[boundary_files.Boundary]
) -> int:
    """Store boundaries for the areas a database already has (matched by ward code)."""
    areas = {a.code: a for a in session.scalars(select(Area))}
    stored = 0
    for ward in wards:
        if ward.code in areas:
            session.add(_boundary(ward, areas[ward.code]))
            stored += 1
    for lsoa in lsoas:
        session.add(_boundary(lsoa, None))
    session.flush()
    return stored


def seed_demo_boundaries(session: Session) -> None:
    """The demo's (Derby's) ward and 2011 LSOA boundaries, so it can import police.uk data."""
    if session.scalar(select(Boundary.id).limit(1)) is not None:
        return
    wards = boundary_files.read_boundaries(
        resource_path("reference", "derby_wards_2025.geojson"), WARD
    )
    lsoas = boundary_files.read_boundaries(resource_path("reference", "derby_lsoa11.geojson"), LSOA)
    add_boundaries(session, wards, lsoas)


def set_up_partnership(session: Session, plan: PartnershipPlan) -> SetUpSummary:
    """Store the partnership's name, wards, LSOAs, boundaries, vocabularies and agencies."""
    seed_vocabularies(session)  # the one partnership row too, named by default until now
    row = session.get(Partnership, 1)
    assert row is not None  # seed_vocabularies adds it
    row.name = plan.name
    for entry in starter_agencies():
        session.add(Agency(name=entry["name"], short_name=entry["short_name"]))
    prefixes = _prefixes([w.name for w in plan.wards])
    areas: dict[str, Area] = {}
    for ward in plan.wards:
        area = Area(code=ward.code, name=ward.name, prefix=prefixes[ward.name])
        areas[ward.code] = area
        session.add(area)
        session.add(_boundary(ward, area))
    index = PlaceIndex({w.code: w.shape for w in plan.wards})
    for lsoa in plan.lsoas:
        lon, lat = centroid(lsoa.shape)
        code = index.nearest_within(lon, lat, LSOA_LINK_BUFFER_M)
        assert code is not None  # plan_partnership kept only these
        areas[code].lsoas.append(
            Lsoa(code=lsoa.code, name=lsoa.name, latitude=round(lat, 5), longitude=round(lon, 5))
        )
        session.add(_boundary(lsoa, None))
    session.flush()
    return SetUpSummary(
        plan.name,
        len(plan.wards),
        len(plan.lsoas),
        plan.wards[0].vintage,
        plan.lsoas[0].vintage if plan.lsoas else None,
        len(starter_agencies()),
    )
