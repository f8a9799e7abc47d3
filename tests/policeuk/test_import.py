"""police.uk import: rows kept by their point, No Location counted, months replaced not doubled."""

from __future__ import annotations

import csv
import math
import zipfile
from pathlib import Path

import pytest
import shapely
from shapely.geometry import Point, shape

from tasking import cli
from tasking.services import Services, ValidationError
from tasking.services.rules import DEFAULT_PARTNERSHIP
from tasking.services.setup import plan_partnership
from tests.policeuk.fixtures import shared, small_lsoas, small_wards, street_csv

FORCE = "Somewhere Constabulary"


def row(lon: str, lat: str, crime_type: str = "Anti-social behaviour", crime_id: str = "",
        location: str = "On or near High Street", month: str = "2025-01") -> str:  # fmt: skip
    lsoa = "E01900001,Somewhere 001A" if lon else ","
    return f"{crime_id},{month},{FORCE},{FORCE},{lon},{lat},{location},{lsoa},{crime_type},,"


@pytest.fixture
def somewhere(tmp_path: Path):
    plan = plan_partnership("Safer Somewhere CSP", small_wards(tmp_path), small_lsoas(tmp_path))
    services, _summary = Services.create(tmp_path / "somewhere.sqlite", plan)
    yield services
    services.close()


def incidents(services: Services) -> list[tuple[str, str, str | None, float, float]]:
    from sqlalchemy import select

    from tasking.models import Area, PoliceIncident

    with services.database.read() as session:
        return [
            tuple(r)
            for r in session.execute(
                select(PoliceIncident.crime_id, Area.name, PoliceIncident.lsoa_code,
                       PoliceIncident.longitude, PoliceIncident.latitude)
                .join(Area, Area.id == PoliceIncident.area_id)
                .order_by(PoliceIncident.id)
            )
        ]  # fmt: skip


def test_rows_are_kept_by_their_point_and_no_location_is_counted(somewhere, tmp_path) -> None:
    rows = [
        row("-1.005", "52.005", crime_id="abc", crime_type="Burglary"),  # Northfield, LSOA 001A
        row("-0.995", "52.005", crime_id="abc", crime_type="Burglary"),  # same ID, another point
        row("-1.000", "51.995"),  # Southmead (ASB: no Crime ID)
        row("-0.98", "52.005"),  # outside, about 680 m east
        row("-0.98999", "52.005"),  # outside by about 7 m: within the buffer, Northfield
        row("", ""),  # No Location
        row("", ""),
    ]
    path = street_csv(tmp_path / "2025-01-somewhere-street.csv", rows, crlf=True, bom=True)
    report = somewhere.police.import_files([path])
    assert report.lines == [
        "imported 2025-01 Somewhere: 4 of 7 rows in your wards "
        "(2 with no location, counted but not mapped)"
    ]
    kept = incidents(somewhere)
    assert [(k[0], k[1], k[2]) for k in kept] == [
        ("abc", "Northfield", "E01900001"),
        ("abc", "Northfield", "E01900002"),
        ("", "Southmead", "E01900003"),
        ("", "Northfield", "E01900002"),
    ]
    month = somewhere.police.months()[0]
    assert (month.rows_in_file, month.rows_kept, month.no_location) == (7, 4, 2)


def test_retired_and_new_crime_types_are_kept_as_they_are(somewhere, tmp_path) -> None:
    rows = [row("-1.005", "52.005", "Violent crime"), row("-1.005", "52.005", "Something new")]
    somewhere.police.import_files([street_csv(tmp_path / "old-street.csv", rows)])
    assert somewhere.candidates.crime_types() == ["Something new", "Violent crime"]


def test_importing_a_month_again_replaces_it(somewhere, tmp_path) -> None:
    first = street_csv(tmp_path / "a-street.csv", [row("-1.005", "52.005")] * 3)
    somewhere.police.import_files([first])
    again = street_csv(tmp_path / "b-street.csv", [row("-1.005", "52.005")] * 5)
    report = somewhere.police.import_files([again])
    assert report.lines == ["replaced 2025-01 Somewhere: 3 → 5 rows in your wards"]
    assert somewhere.police.incident_count() == 5
    assert len(somewhere.police.months()) == 1


def test_a_zip_is_read_in_place_and_other_kinds_passed_over(somewhere, tmp_path) -> None:
    street = street_csv(tmp_path / "x.csv", [row("-1.005", "52.005"), row("", "")])
    archive = tmp_path / "download.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(street, "2025-01/2025-01-somewhere-street.csv")
        z.writestr("2025-01/2025-01-somewhere-outcomes.csv", "Crime ID,Month\n")
        z.writestr("2025-01/2025-01-somewhere-stop-and-search.csv", "Type,Date\n")
    before = sorted(p.name for p in tmp_path.iterdir())
    report = somewhere.police.import_files([archive])
    assert report.lines[0].startswith("imported 2025-01 Somewhere: 1 of 2 rows")
    assert "Passed over 2 outcomes or stop-and-search files" in report.lines[1]
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing extracted


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("2025-01-somewhere-outcomes.csv", "Crime ID,Month\n", "is a police.uk outcomes file"),
        ("2025-01-somewhere-stop-and-search.csv", "Type\n", "is a police.uk stop and search"),
        ("2025-01-other-street.csv", "Name,Age\nA,1\n", "is not a police.uk street-level file"),
    ],
)
def test_files_that_are_not_street_level_crime_are_refused(
    somewhere, tmp_path, name, content, message
) -> None:
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(ValidationError, match=message):
        somewhere.police.import_files([path])
    assert somewhere.police.months() == []


def test_a_database_without_boundaries_says_so(services, tmp_path) -> None:
    path = street_csv(tmp_path / "a-street.csv", [row("-1.005", "52.005")])
    with pytest.raises(ValidationError, match="no ward boundaries"):
        services.police.import_files([path])


# --- the real files ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def derby(tmp_path_factory):
    wards = shared("derby", "derby_wards_2025.geojson")
    lsoas = shared("derby", "derby_lsoa21.geojson")
    folder = tmp_path_factory.mktemp("derby")
    services, _ = Services.create(folder / "derby.sqlite", plan_partnership("Derby", wards, lsoas))
    yield services
    services.close()


def _metres(lat0: float):
    ky = math.pi * 6_371_008.8 / 180
    kx = ky * math.cos(math.radians(lat0))
    return lambda geometry: shapely.transform(geometry, lambda c: c * [kx, ky])


def expected_wards(rows: list[dict[str, str]], wards_file: Path) -> list[tuple[str, str, str]]:
    """Independently (shapely): the ward of each row in or within 20 m of Derby's wards."""
    import json

    features = json.loads(wards_file.read_text())["features"]
    to_m = _metres(52.9)
    polygons = [(f["properties"]["WD25NM"], shape(f["geometry"])) for f in features]
    projected = [(name, to_m(poly)) for name, poly in polygons]
    found = []
    for r in rows:
        if not r["Longitude"]:
            continue
        point = Point(float(r["Longitude"]), float(r["Latitude"]))
        inside = [name for name, poly in polygons if poly.contains(point)]
        if inside:
            found.append((r["Crime ID"], inside[0], r["LSOA code"]))
            continue
        p = to_m(point)
        near = sorted((poly.distance(p), name) for name, poly in projected)
        if near[0][0] <= 20.0:
            found.append((r["Crime ID"], near[0][1], r["LSOA code"]))
    return found


def test_derby_keeps_exactly_the_rows_whose_points_fall_in_its_wards(derby) -> None:
    path = shared("police-uk", "2018-12-derbyshire-street.csv")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    report = derby.police.import_files([path])
    expected = expected_wards(rows, shared("derby", "derby_wards_2025.geojson"))
    kept = incidents(derby)
    assert report.lines == [
        f"imported 2018-12 Derbyshire: {len(expected):,} of 7,603 rows in your wards"
    ]
    assert sorted((k[0], k[1]) for k in kept) == sorted((e[0], e[1]) for e in expected)
    # Crime IDs repeat (the same ID at different points): every row is kept, none merged.
    ids = [k[0] for k in kept if k[0]]
    assert len(ids) > len(set(ids))
    # The city-centre LSOA Derby 013F (E01013479): the demo's stored LSOA-to-ward link (by
    # its centre) says Arboretum, but most of its incidents lie in Darley, and are kept there.
    from sqlalchemy import select

    from tasking.models import Area, PoliceIncident
    from tasking.services.seed import shipped_areas

    linked = next(
        a["name"] for a in shipped_areas() for x in a["lsoas"] if x["code"] == "E01013479"
    )
    with derby.database.read() as session:
        wards = session.scalars(
            select(Area.name).join(PoliceIncident).where(PoliceIncident.stated_lsoa == "E01013479")
        ).all()
    assert linked == "Arboretum"
    darley = sum(1 for w in wards if w == "Darley")
    assert darley == sum(1 for e in expected if e[2] == "E01013479" and e[1] == "Darley")
    assert darley > 100  # 167 in December 2018: all would be Arboretum's by the LSOA link
    # Importing the same month again replaces it: the same rows, not twice as many.
    again = derby.police.import_files([path])
    assert again.lines == [
        f"replaced 2018-12 Derbyshire: {len(expected):,} → {len(expected):,} rows in your wards"
    ]
    assert derby.police.incident_count() == len(expected)


def test_city_of_london_keeps_nothing_and_says_so(derby, capsys) -> None:
    path = shared("police-uk", "2025-10-city-of-london-street.csv")
    code = cli.run_command(cli.parse(["import", "policeuk", "--database",
                                      str(derby.database.path), str(path)]))  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert (
        "2025-10 City of London: 0 of 781 rows fall in your wards: is this the right force? "
        "(69 with no location, counted but not mapped)"
    ) in out
    assert "Open Government Licence v3.0" in out
    assert all(m.force != "City of London Police" for m in derby.police.months())


def test_the_command_line_refuses_an_outcomes_file_in_one_line(derby, tmp_path, capsys) -> None:
    path = tmp_path / "2018-12-derbyshire-outcomes.csv"
    path.write_text("Crime ID,Month\n")
    code = cli.run_command(cli.parse(["import", "policeuk", "--database",
                                      str(derby.database.path), str(path)]))  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert err == (
        "tasking: error: 2018-12-derbyshire-outcomes.csv is a police.uk outcomes file; "
        "Tasking imports street-level crime (*-street.csv) only\n"
    )


def test_the_demo_keeps_derbys_boundaries_so_it_can_import(tmp_path) -> None:
    from datetime import date

    from tasking.demo import generate

    generate(tmp_path / "demo.sqlite", "small", 1, date(2025, 6, 1))
    services = Services.open(tmp_path / "demo.sqlite")
    try:
        stored = services.places.stored()
        assert len(stored.wards.shapes) == 18 and stored.lsoa_vintage == "2011"
        assert services.partnership.name() == DEFAULT_PARTNERSHIP  # the demo keeps its own
        path = shared("police-uk", "2018-12-derbyshire-street.csv")
        report = services.police.import_files([path])
        assert report.lines[0].startswith("imported 2018-12 Derbyshire: ")
        assert services.police.incident_count() == report.months[0].kept > 2_000
    finally:
        services.close()


def test_the_same_month_twice_in_one_import_is_taken_once(somewhere, tmp_path) -> None:
    first = street_csv(tmp_path / "2025-01-a-street.csv", [row("-1.005", "52.005")] * 3)
    second = street_csv(tmp_path / "2025-01-b-street.csv", [row("-1.005", "52.005")] * 2)
    report = somewhere.police.import_files([first, second])
    assert report.lines == [
        "imported 2025-01 Somewhere: 2 of 2 rows in your wards "
        "(from 2025-01-b-street.csv, which replaces 2025-01-a-street.csv)"
    ]
    assert somewhere.police.incident_count() == 2
