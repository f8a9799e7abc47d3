"""The ward's map in the minutes and on its own: read back with pypdf, and the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tasking.cli import parse, run_command
from tests.maps.fixtures import build

ATTRIBUTION = "Contains OS data © Crown copyright and database right."


@pytest.fixture
def mapped(tmp_path):
    made = build(tmp_path)
    yield made
    made.services.close()


def text_of(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_the_minutes_end_with_the_wards_map_when_asked(mapped, tmp_path) -> None:
    plain = mapped.services.exports.write_minutes(mapped.meeting, tmp_path / "plain.pdf")
    with_map = mapped.services.exports.write_minutes(
        mapped.meeting, tmp_path / "map.pdf", with_map=True
    )
    assert not any("Map of Northfield" in page for page in text_of(plain))
    pages = text_of(with_map)
    last = pages[-1]
    assert "Map of Northfield" in last
    for words in (
        "Overdue action",
        "Actions on track",
        "Oct–Dec 2025",
        ATTRIBUTION,
        "1 Alder Parade shops",
        "2 Northfield Park",
        "Open Government Licence v3.0",
    ):
        assert words in last, words  # fmt: skip
    assert " m " in last or " km" in last  # the scale bar's length
    # The minutes list the hotspots in the order the map numbers them.
    minutes = " ".join(pages)
    assert minutes.index("Alder Parade shops (Active)") < minutes.index("Northfield Park (Active)")


def test_export_map_writes_a_pdf_and_a_png_and_refuses_other_files(mapped, tmp_path, capsys):
    database = str(tmp_path / "map.sqlite")
    mapped.services.close()
    pdf = tmp_path / "north.pdf"
    assert run_command(parse(["export", "map", "--database", database, "--ward", "Northfield",
                              "-o", str(pdf)])) == 0  # fmt: skip
    assert "2 hotspots" in capsys.readouterr().out
    page = text_of(pdf)[0]
    assert "Northfield: hotspots and police.uk incidents" in page and ATTRIBUTION in page
    png = tmp_path / "north.png"
    assert run_command(parse(["export", "map", "--database", database, "--ward", "Northfield",
                              "-o", str(png)])) == 0  # fmt: skip
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    svg = tmp_path / "north.svg"
    assert run_command(parse(["export", "map", "--database", database, "-o", str(svg)])) == 2
    assert "as .pdf or .png" in capsys.readouterr().err and not svg.exists()


def test_minutes_for_wider_circulation_refuse_the_map(mapped, tmp_path, capsys):
    """The map would show, and number, the hotspots the chair marked confidential."""
    database = str(tmp_path / "map.sqlite")
    mapped.services.close()
    shared = tmp_path / "shared.pdf"
    args = ["export", "minutes", "--database", database, "--meeting", str(mapped.meeting),
            "--for-wider-circulation", "--map", "-o", str(shared)]  # fmt: skip
    assert run_command(parse(args)) == 2
    assert "--map is not drawn for wider circulation" in capsys.readouterr().err
    assert not shared.exists()
