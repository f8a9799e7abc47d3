"""The map's data: what a ward's map holds, counted again here from the fixture's rows."""

from __future__ import annotations

import math

import pytest

from tasking.maps.projection import Projection, nice_length
from tasking.maps.scales import class_breaks, point_radius, shade
from tests.maps.fixtures import MONTHS, POINTS, build


@pytest.fixture
def mapped(tmp_path):
    made = build(tmp_path)
    yield made
    made.services.close()


def test_a_ward_map_holds_its_boundaries_hotspots_and_incidents(mapped) -> None:
    data = mapped.services.maps.map(meeting_id=mapped.meeting)
    assert data.title == "Northfield" and data.period == "Oct–Dec 2025"
    kinds = [(b.kind, b.code) for b in data.boundaries]
    assert sorted(kinds) == [("lsoa", "E01900001"), ("lsoa", "E01900002"), ("lsoa", "E01900003"),
                             ("ward", "E05900001"), ("ward", "E05900002")]  # fmt: skip
    assert [b.code for b in data.boundaries if b.focus] == ["E05900001"]
    # The meeting discusses its ward's active hotspots by name: its minutes number them so.
    numbered = {h.name: h.number for h in data.hotspots}
    assert numbered == {"Alder Parade shops": 1, "Northfield Park": 2}  # the unplaced one is not
    rag = {h.name: h.rag for h in data.hotspots}
    assert rag == {"Northfield Park": "red", "Alder Parade shops": "green"}
    north = {k: v for k, v in POINTS.items() if float(k[1]) > 52.0}
    assert len(data.points) == len(north)
    expected = sum(sum(c.values()) for _, c in north.values()) * len(MONTHS)
    assert data.incidents == expected
    park = next(p for p in data.points if p.location == "On or near Park")
    assert park.count == 4 * 3 and dict(park.by_type) == {"Anti-social behaviour": 9, "Burglary": 3}


def test_crime_types_and_period_narrow_the_incidents(mapped) -> None:
    data = mapped.services.maps.map(mapped.northfield, months=1, crime_types=["Burglary"])
    assert data.period == "Dec 2025" and data.incidents == 1
    city = mapped.services.maps.map(None)
    assert city.ward is None and city.incidents == sum(
        sum(c.values()) for _, c in POINTS.values()
    ) * len(MONTHS)


def test_the_projection_keeps_distances_and_the_scales_their_order() -> None:
    p = Projection(-1.0, 52.0)
    x, y = p.forward(-0.99, 52.0)
    assert x == pytest.approx(0.01 * 111_195 * math.cos(math.radians(52)), rel=1e-3) and y == 0
    assert p.inverse(*p.forward(-1.003, 52.004)) == pytest.approx((-1.003, 52.004))
    assert nice_length(740) == 500 and nice_length(1900) == 1000 and nice_length(2100) == 2000
    assert point_radius(1, 10) < point_radius(5, 10) < point_radius(10, 10)
    breaks = class_breaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    assert shade(1, breaks) != shade(10, breaks) and shade(0, breaks) is None
