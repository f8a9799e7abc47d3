"""Setting up any partnership from ONS boundary files: `tasking init` and the stored boundaries."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tasking import cli
from tasking.services import Services
from tests.policeuk.fixtures import shared, small_lsoas, small_wards, square, write_geojson


def main(argv: list[str]) -> int:
    return cli.run_command(cli.parse(argv))


def init(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["init", *args])
    out, err = capsys.readouterr()
    return code, out, err


def dump(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


def test_a_partnership_from_its_own_boundaries_has_nothing_of_derby(tmp_path, capsys) -> None:
    db = tmp_path / "somewhere.sqlite"
    code, out, err = init(
        capsys,
        "--database", str(db),
        "--partnership", "Safer Somewhere CSP",
        "--wards", str(small_wards(tmp_path)),
        "--lsoas", str(small_lsoas(tmp_path)),
    )  # fmt: skip
    assert code == 0, err
    assert "2 wards (2024 boundaries), 3 LSOAs (2021 codes)" in out
    assert "Left out 1 LSOAs" in out
    services = Services.open(db)
    try:
        areas = {a.name: a for a in services.partnership.areas()}
        assert set(areas) == {"Northfield", "Southmead"}
        assert areas["Northfield"].code == "E05900001"
        lsoas = {x.code: x.area_id for x in services.partnership.lsoas()}
        assert lsoas == {
            "E01900001": areas["Northfield"].id,
            "E01900002": areas["Northfield"].id,
            "E01900003": areas["Southmead"].id,
        }
        assert services.partnership.name() == "Safer Somewhere CSP"
        agencies = [a.name for a in services.partnership.agencies()]
        assert "Police" in agencies and len(agencies) >= 10
        stored = services.places.stored()
        assert stored.wards.find(-1.0, 52.005) == "E05900001"
        assert stored.lsoas.find(-0.995, 52.005) == "E01900002"
        assert stored.lsoa_vintage == "2021"
        # The tracker carries the partnership's own name, not the demo's.
        tracker = services.exports.tracker_data()
        assert tracker.partnership == "Safer Somewhere CSP"
    finally:
        services.close()
    assert "derby" not in dump(db).casefold()
    connection = sqlite3.connect(db)
    vintages = connection.execute(
        "SELECT kind, vintage, count(*) FROM boundary GROUP BY kind, vintage ORDER BY kind"
    ).fetchall()
    connection.close()
    assert vintages == [("lsoa", "2021", 3), ("ward", "2024", 2)]


def test_the_tracker_exported_from_the_command_line_names_the_partnership(tmp_path, capsys):
    db = tmp_path / "somewhere.sqlite"
    assert init(capsys, "--database", str(db), "--partnership", "Safer Somewhere CSP",
                "--wards", str(small_wards(tmp_path)))[0] == 0  # fmt: skip
    out = tmp_path / "tracker.xlsx"
    assert main(["export", "tracker", "--database", str(db), "-o", str(out)]) == 0
    from zipfile import ZipFile

    with ZipFile(out) as workbook:
        text = " ".join(workbook.read(n).decode("utf-8", "replace") for n in workbook.namelist())
    assert "Safer Somewhere CSP" in text
    assert "Derby" not in text


@pytest.mark.parametrize(
    ("write", "message"),
    [
        (
            lambda p: write_geojson(
                p, [({"WD24CD": "E05", "WD24NM": "A"}, square(430000, 330000, 431000, 331000))]
            ),
            "projected grid",
        ),
        (
            lambda p: write_geojson(
                p,
                [({"WD24CD": "E05", "WD24NM": "A"}, square(430000, 330000, 431000, 331000))],
                crs="urn:ogc:def:crs:EPSG::27700",
            ),
            "projected grid urn:ogc:def:crs:EPSG::27700",
        ),
        (
            lambda p: p.write_text(
                '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
                '{"WD24CD": "E05"}, "geometry": {"type": "Point", "coordinates": [0, 51]}}]}'
            ),
            "has no polygons",
        ),
        (
            lambda p: write_geojson(p, [({"code": "E05", "name": "A"}, square(0, 51, 0.1, 51.1))]),
            "no ward code and name properties (such as WD25CD and WD25NM)",
        ),
        (lambda p: p.write_text("not json"), "is not a GeoJSON file"),
    ],
)
def test_unusable_boundary_files_are_refused_and_nothing_is_created(
    tmp_path, capsys, write, message
) -> None:
    wards = tmp_path / "wards.geojson"
    write(wards)
    db = tmp_path / "new.sqlite"
    code, _out, err = init(
        capsys, "--database", str(db), "--partnership", "X", "--wards", str(wards)
    )
    assert code == 2
    assert message in err and err.count("\n") == 1
    assert not db.exists()


def test_an_existing_database_is_not_set_up_again(tmp_path, capsys) -> None:
    db = tmp_path / "somewhere.sqlite"
    wards = str(small_wards(tmp_path))
    assert init(capsys, "--database", str(db), "--partnership", "A", "--wards", wards)[0] == 0
    before = db.read_bytes()
    code, _out, err = init(capsys, "--database", str(db), "--partnership", "B", "--wards", wards)
    assert code == 2 and "already exists" in err
    assert db.read_bytes() == before


def test_derby_set_up_from_the_real_ons_files(tmp_path, capsys) -> None:
    wards = shared("derby", "derby_wards_2025.geojson")
    lsoas = shared("derby", "derby_lsoa21.geojson")
    db = tmp_path / "derby.sqlite"
    code, out, err = init(capsys, "--database", str(db), "--partnership", "Safer Derby",
                          "--wards", str(wards), "--lsoas", str(lsoas))  # fmt: skip
    assert code == 0, err
    assert "18 wards (2025 boundaries), 152 LSOAs (2021 codes)" in out
    services = Services.open(db)
    try:
        names = {a.name for a in services.partnership.areas()}
        assert {"Darley", "Arboretum", "Chellaston & Shelton Lock"} <= names and len(names) == 18
        assert len({a.prefix for a in services.partnership.areas()}) == 18
    finally:
        services.close()
