"""Small boundary and police.uk files the tests write themselves, and the shared real ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
HEADER = (
    "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
    "Crime type,Last outcome category,Context"
)


def shared(*parts: str) -> Path:
    """A file of ../shared/data, or skip saying why."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"the real data {path} is not here (it sits beside the checkout)")
    return path


def square(x0: float, y0: float, x1: float, y1: float) -> list[list[list[float]]]:
    return [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]


def write_geojson(path: Path, features: list[tuple[dict[str, str], object]], crs: str = "") -> Path:
    data: dict[str, object] = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": props,
                "geometry": {"type": "Polygon", "coordinates": c},
            }
            for props, c in features
        ],
    }
    if crs:
        data["crs"] = {"type": "name", "properties": {"name": crs}}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def small_wards(folder: Path) -> Path:
    """Two wards side by side near (-1.0, 52.0): Northfield above Southmead."""
    return write_geojson(
        folder / "wards.geojson",
        [
            ({"WD24CD": "E05900001", "WD24NM": "Northfield"}, square(-1.01, 52.0, -0.99, 52.01)),
            ({"WD24CD": "E05900002", "WD24NM": "Southmead"}, square(-1.01, 51.99, -0.99, 52.0)),
        ],
    )


def small_lsoas(folder: Path) -> Path:
    """Three LSOAs: two in Northfield, one in Southmead, and one far away (left out)."""
    return write_geojson(
        folder / "lsoas.geojson",
        [
            (
                {"LSOA21CD": "E01900001", "LSOA21NM": "Somewhere 001A"},
                square(-1.01, 52.0, -1.0, 52.01),
            ),
            (
                {"LSOA21CD": "E01900002", "LSOA21NM": "Somewhere 001B"},
                square(-1.0, 52.0, -0.99, 52.01),
            ),
            (
                {"LSOA21CD": "E01900003", "LSOA21NM": "Somewhere 002A"},
                square(-1.01, 51.99, -0.99, 52.0),
            ),
            (
                {"LSOA21CD": "E01999999", "LSOA21NM": "Elsewhere 001A"},
                square(1.0, 53.0, 1.01, 53.01),
            ),
        ],
    )


def street_csv(path: Path, rows: list[str], crlf: bool = False, bom: bool = False) -> Path:
    text = ("\r\n" if crlf else "\n").join([HEADER, *rows]) + "\n"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path
