"""Read ONS ward and LSOA boundary files (GeoJSON): which areas, their codes, names and vintage.

ONS names its properties by kind and year: ``WD25CD``/``WD25NM`` for the 2025 wards,
``LSOA21CD``/``LSOA21NM`` for the 2021 LSOAs, ``LSOA11CD`` for 2011. The reader finds that pair
whatever the year, takes the vintage from it, and refuses a file it cannot use with one message
naming the problem: no polygons, a projected grid (eastings and northings, not longitude and
latitude), or no code and name properties.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tasking.messages import Explained, Message
from tasking.places.geometry import Polygon, Shape

WARD, LSOA = "ward", "lsoa"
# The prefix before the two-digit year, per kind of boundary.
_PREFIXES = {WARD: ("WD",), LSOA: ("LSOA",)}
_GEOGRAPHIC_CRS = ("CRS84", "4326", "EPSG::4326", "4258")


class BoundaryFileError(Explained):
    """A boundary file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Boundary:
    kind: str  # WARD or LSOA
    code: str  # ONS code, E05... for wards, E01... for LSOAs
    name: str
    vintage: str  # the boundaries' year, "2025", "2021", "2011"
    shape: Shape


def _round(point: list[Any]) -> tuple[float, float]:
    return round(float(point[0]), 6), round(float(point[1]), 6)


def _shape(geometry: dict[str, Any] | None) -> Shape:
    if not geometry:
        return []
    kind, coordinates = geometry.get("type"), geometry.get("coordinates") or []
    if kind == "Polygon":
        polygons = [coordinates]
    elif kind == "MultiPolygon":
        polygons = coordinates
    else:
        return []
    shape: Shape = []
    for polygon in polygons:
        rings: Polygon = [[_round(p) for p in ring] for ring in polygon if len(ring) >= 4]
        if rings:
            shape.append(rings)
    return shape


def _property_pair(properties: dict[str, Any], kind: str) -> tuple[str, str, str] | None:
    """(code property, name property, vintage) such as ("WD25CD", "WD25NM", "2025")."""
    for key in properties:
        for prefix in _PREFIXES[kind]:
            match = re.fullmatch(rf"{prefix}(\d\d)CD", key, flags=re.IGNORECASE)
            if match:
                name_key = key[:-2] + ("NM" if key[-2:].isupper() else "nm")
                if name_key in properties:
                    year = int(match.group(1))
                    return key, name_key, str(2000 + year if year < 90 else 1900 + year)
    return None


def _check_crs(path: Path, data: dict[str, Any], shapes: list[Shape]) -> None:
    crs = ((data.get("crs") or {}).get("properties") or {}).get("name", "")
    if crs and not any(token in crs for token in _GEOGRAPHIC_CRS):
        raise BoundaryFileError(Message("boundaries.projected_crs", name=path.name, crs=crs))
    for shape in shapes:
        lon, lat = shape[0][0][0]
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise BoundaryFileError(Message("boundaries.eastings", name=path.name))


def read_boundaries(path: Path, kind: str) -> list[Boundary]:
    """Every area in the file, sorted by name; raises BoundaryFileError if unusable."""
    label = "ward" if kind == WARD else "LSOA"
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as error:
        reason = error.strerror or error
        raise BoundaryFileError(
            Message("boundaries.unreadable", path=path, reason=reason)
        ) from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BoundaryFileError(
            Message("boundaries.not_geojson", name=path.name, reason=error)
        ) from error
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise BoundaryFileError(Message("boundaries.not_collection", name=path.name))
    shaped = [(f.get("properties") or {}, _shape(f.get("geometry"))) for f in features]
    shaped = [(props, shape) for props, shape in shaped if shape]
    if not shaped:
        raise BoundaryFileError(Message("boundaries.no_polygons", name=path.name, kind=label))
    _check_crs(Path(path), data, [shape for _props, shape in shaped])
    pair = _property_pair(shaped[0][0], kind)
    if pair is None:
        example = "WD25CD and WD25NM" if kind == WARD else "LSOA21CD and LSOA21NM"
        found = ", ".join(sorted(shaped[0][0])) or "no properties"
        raise BoundaryFileError(
            Message("boundaries.no_names", name=path.name, kind=label, example=example, found=found)
        )
    code_key, name_key, vintage = pair
    boundaries = [
        Boundary(kind, str(props[code_key]).strip(), str(props[name_key]).strip(), vintage, shape)
        for props, shape in shaped
        if props.get(code_key)
    ]
    codes = [b.code for b in boundaries]
    duplicates = sorted({c for c in codes if codes.count(c) > 1})
    if duplicates:
        raise BoundaryFileError(
            Message("boundaries.duplicate_code", name=path.name, code=duplicates[0])
        )
    return sorted(boundaries, key=lambda b: b.name)
