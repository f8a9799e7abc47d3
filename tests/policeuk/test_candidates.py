"""Candidate hotspots: ranked places, checked against a second computation written here."""

from __future__ import annotations

import csv
import json
import math
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from shapely.geometry import Point, shape

from tasking.services import Services, ValidationError
from tasking.services.setup import plan_partnership
from tests.policeuk.fixtures import shared, small_lsoas, small_wards, street_csv

FORCE = "Somewhere Constabulary"
PARK = ("-1.005", "52.005")  # Northfield, LSOA 001A
NEAR_PARK = ("-1.0045", "52.0052")  # about 40 m from the park point
SHOPS = ("-0.995", "52.005")  # Northfield, LSOA 001B, about 680 m east
SOUTH = ("-1.0", "51.995")  # Southmead


def line(point: tuple[str, str], month: str, crime_type: str = "Anti-social behaviour",
         location: str = "On or near Park") -> str:  # fmt: skip
    return f",{month},{FORCE},{FORCE},{point[0]},{point[1]},{location},E01900001,X,{crime_type},,"


def month_file(folder: Path, month: str, rows: list[str]) -> Path:
    return street_csv(folder / f"{month}-somewhere-street.csv", rows)


@pytest.fixture
def somewhere(tmp_path: Path):
    plan = plan_partnership("Safer Somewhere CSP", small_wards(tmp_path), small_lsoas(tmp_path))
    services, _ = Services.create(tmp_path / "s.sqlite", plan, today=lambda: date(2025, 12, 20))
    yield services
    services.close()


def import_year(services: Services, folder: Path, park: list[int], months: list[str]) -> None:
    """Twelve months: the park gets ``park[n]`` ASB, the shops 2 a month, the south 1."""
    for n, month in enumerate(months):
        rows = [line(PARK if k % 2 else NEAR_PARK, month) for k in range(park[n])]
        rows += [line(SHOPS, month, location="On or near Shopping Area")] * 2
        rows += [line(SOUTH, month, location="On or near Mill Lane")]
        rows += [line(SHOPS, month, "Burglary", "On or near Shopping Area")]
        services.police.import_files([month_file(folder, month, rows)])


MONTHS = [f"2025-{m:02d}" for m in range(1, 13)]


def test_a_rising_persistent_point_ranks_first_with_its_numbers(somewhere, tmp_path) -> None:
    park = [1, 1, 1, 1, 1, 1, 1, 1, 1, 6, 8, 10]
    import_year(somewhere, tmp_path, park, MONTHS)
    listing = somewhere.candidates.candidates(window=3)
    assert (listing.first, listing.latest) == ("2025-10", "2025-12")
    points = [c for c in listing.candidates if c.kind == "point"]
    best = points[0]
    assert best.label == "On or near Park"  # the busiest point of the cluster names it
    assert best.count == 24 and best.series == park
    assert len(best.points) == 2  # the two park points, 40 m apart, are one place
    assert best.trend == pytest.approx((24 / 3) / (sum(park) / 12))
    assert "last 3 months 24, 12 months 33" in best.trend_text
    assert best.persistence == 3  # top of the points (of 3) only when it beats the shops
    shops = next(c for c in points if c.label == "On or near Shopping Area")
    assert shops.count == 6 and shops.series == [2] * 12
    assert shops.trend == pytest.approx(1.0)
    wards = {c.label: c for c in listing.candidates if c.kind == "ward"}
    assert wards["Northfield"].count == 30 and wards["Southmead"].count == 3
    lsoas = {c.lsoa: c.count for c in listing.candidates if c.kind == "lsoa"}
    assert lsoas == {"E01900001": 24, "E01900002": 6, "E01900003": 3}
    # Burglary is left out by default (ASB only); chosen, it is counted and harm-weighted.
    burglary = somewhere.candidates.candidates(12, ["Burglary"], use_harm=True)
    shop_burglary = next(c for c in burglary.candidates if c.kind == "point")
    assert shop_burglary.count == 12 and shop_burglary.harm == 12 * 126.0


def test_gaps_in_the_year_say_not_enough_months(somewhere, tmp_path) -> None:
    import_year(somewhere, tmp_path, [2] * 12, MONTHS)
    listing = somewhere.candidates.candidates(window=6)
    assert all(c.trend is not None for c in listing.candidates)
    # A database with only the last 5 months imported cannot tell a trend.
    other = tmp_path / "other"
    other.mkdir()
    plan = plan_partnership("X", small_wards(other), None)
    services, _ = Services.create(other / "x.sqlite", plan)
    try:
        import_year(services, other, [2] * 5, MONTHS[7:])
        listing = services.candidates.candidates(window=3)
        assert {c.trend_text for c in listing.candidates} == {
            "not enough months (5 of 12 imported)"
        }
        with pytest.raises(ValidationError):
            services.candidates.candidates(window=4)
    finally:
        services.close()


def test_an_excluded_artefact_point_is_left_out_with_its_reason(somewhere, tmp_path) -> None:
    import_year(somewhere, tmp_path, [1] * 12, MONTHS)
    somewhere.candidates.exclude_point(
        float(SHOPS[0]), float(SHOPS[1]), "On or near Shopping Area", "Police front desk"
    )
    listing = somewhere.candidates.candidates(window=12)
    assert all(c.label != "On or near Shopping Area" for c in listing.candidates)
    assert [(e.location, e.reason) for e in listing.exclusions] == [
        ("On or near Shopping Area", "Police front desk")
    ]
    northfield = next(c for c in listing.candidates if c.label == "Northfield")
    assert northfield.count == 12  # the park only
    with pytest.raises(ValidationError):
        somewhere.candidates.exclude_point(0.0, 0.0, "x", " ")


def test_nominating_keeps_the_evidence_and_covers_the_candidate(somewhere, tmp_path) -> None:
    park = [1, 1, 1, 1, 1, 1, 1, 1, 1, 6, 8, 10]
    import_year(somewhere, tmp_path, park, MONTHS)
    listing = somewhere.candidates.candidates(window=6)
    best = next(c for c in listing.candidates if c.kind == "point")
    police = somewhere.partnership.agency_named("Police").id
    problem = somewhere.partnership.terms("problem_type")[0].id
    detail = somewhere.candidates.nominate(
        best, listing, name="Northfield park", nominated_by_id=police, problem_type_ids=[problem]
    )
    assert detail.row.area == "Northfield" and detail.row.lsoa
    assert (detail.longitude, detail.latitude) == (best.longitude, best.latitude)
    assert detail.row.location == "On or near Park"
    expected = (
        f"nominated on police.uk data Jul–Dec 2025: 27 ASB incidents, "
        f"3-month trend ×{(24 / 3) / (33 / 12):.1f}"
    )
    assert somewhere.candidates.evidence(detail.id) == expected
    assert expected[1:] in detail.nomination_reason
    # The assessment counts the same map points the candidate was made of.
    first = somewhere.candidates.assessment(detail.id)
    assert first is not None and [c for _m, c, _a in first.months] == park
    assert "at its 2 police.uk map points" in first.text
    # New months do not change the frozen evidence; the candidate now shows as covered.
    import_year(somewhere, tmp_path, [20] * 12, MONTHS)
    assert somewhere.candidates.evidence(detail.id) == expected
    again = somewhere.candidates.candidates(window=6)
    best_again = next(c for c in again.candidates if c.kind == "point")
    assert best_again.covered_by == "Northfield park"
    # Assessment: monthly counts before and after the response started (its first action).
    assessment = somewhere.candidates.assessment(detail.id)
    assert assessment is not None
    assert [m for m, _c, _a in assessment.months] == MONTHS
    assert all(count == 20 for _m, count, _a in assessment.months)
    # No action yet: the response is taken to start at the nomination (December 2025).
    assert [after for _m, _c, after in assessment.months] == [False] * 11 + [True]
    assert assessment.basis == "the nomination"
    assert "20.0 a month" in assessment.text


# --- the real month, and an independent computation ----------------------------------------
def haversine_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6_371_008.8 * math.asin(math.sqrt(h))


def test_derby_candidates_match_a_second_computation(tmp_path) -> None:
    wards_file = shared("derby", "derby_wards_2025.geojson")
    lsoas_file = shared("derby", "derby_lsoa21.geojson")
    month = shared("police-uk", "2018-12-derbyshire-street.csv")
    services, _ = Services.create(
        tmp_path / "d.sqlite", plan_partnership("D", wards_file, lsoas_file)
    )
    try:
        services.police.import_files([month])
        listing = services.candidates.candidates(window=3)
    finally:
        services.close()
    wards = [(f["properties"]["WD25NM"], shape(f["geometry"]))
             for f in json.loads(wards_file.read_text())["features"]]  # fmt: skip
    lsoas = [(f["properties"]["LSOA21CD"], shape(f["geometry"]))
             for f in json.loads(lsoas_file.read_text())["features"]]  # fmt: skip
    with month.open(encoding="utf-8-sig", newline="") as f:
        asb = [r for r in csv.DictReader(f) if r["Crime type"] == "Anti-social behaviour"]
    by_ward: Counter[str] = Counter()
    by_lsoa: Counter[str] = Counter()
    by_point: Counter[tuple[float, float]] = Counter()
    label: dict[tuple[float, float], str] = {}
    for r in asb:
        p = Point(float(r["Longitude"]), float(r["Latitude"]))
        ward = next((n for n, poly in wards if poly.contains(p)), None)
        if ward is None:
            continue  # (points within 20 m of the edge are kept too; they are few, see below)
        by_ward[ward] += 1
        by_lsoa[next(c for c, poly in lsoas if poly.contains(p))] += 1
        key = (p.x, p.y)
        by_point[key] += 1
        label[key] = r["Location"]
    got_wards = {c.label: c.count for c in listing.candidates if c.kind == "ward"}
    got_lsoas = {c.lsoa: c.count for c in listing.candidates if c.kind == "lsoa"}
    # Strictly inside: the buffer may add a few rows on the edge, never take any away.
    assert all(got_wards[w] >= n for w, n in by_ward.items())
    assert sum(got_wards.values()) - sum(by_ward.values()) <= 5
    assert all(got_lsoas.get(code, 0) >= n for code, n in by_lsoa.items())
    # Clusters: the busiest unclaimed point takes every unclaimed point within 150 m.
    claimed: set[tuple[float, float]] = set()
    clusters = []
    for seed in sorted(by_point, key=lambda p: (-by_point[p], p)):
        if seed in claimed:
            continue
        members = [p for p in by_point if p not in claimed and haversine_m(seed, p) <= 150]
        claimed.update(members)
        total = sum(by_point[p] for p in members)
        if total > 1:
            clusters.append((label[seed], total))
    got = sorted(((c.label, c.count) for c in listing.candidates if c.kind == "point"),
                 key=lambda x: (-x[1], x[0]))  # fmt: skip
    top = sorted(clusters, key=lambda x: (-x[1], x[0]))[:15]
    assert got[:15] == top
    # Persistence in a single month: in the top tenth of the points, or not.
    points = [c for c in listing.candidates if c.kind == "point"]
    cut = sorted((c.count for c in points), reverse=True)[math.ceil(len(points) / 10) - 1]
    assert {c.key for c in points if c.persistence} == {c.key for c in points if c.count >= cut}
    assert all(c.trend is None and c.trend_text.startswith("not enough months") for c in points)


def test_the_minutes_quote_the_evidence_with_the_attribution(somewhere, tmp_path) -> None:
    from pypdf import PdfReader

    import_year(somewhere, tmp_path, [1, 1, 1, 1, 1, 1, 1, 1, 1, 6, 8, 10], MONTHS)
    listing = somewhere.candidates.candidates(window=6)
    best = next(c for c in listing.candidates if c.kind == "point")
    detail = somewhere.candidates.nominate(
        best, listing, name="Northfield park", nominated_by_id=None
    )
    meeting = somewhere.meetings.open_next(detail.row.area_id, date(2026, 1, 14))
    path = somewhere.exports.write_minutes(
        meeting.id, tmp_path / "minutes.pdf", partnership="Safer Somewhere CSP"
    )
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)
    assert "Northfield park" in text
    assert (
        "Evidence: nominated on police.uk data Jul–Dec 2025: 27 ASB incidents, 3-month trend ×2.9"
        in text
    )
    assert (
        "Contains public sector information licensed under the Open Government Licence v3.0" in text
    )
