"""Per-agency trackers: each file holds one agency's records only, in every part of the package."""

from __future__ import annotations

import dataclasses
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest

from tasking.export.agency_trackers import (
    agency_file_name,
    agency_file_names,
    render_agency_trackers,
)
from tasking.export.data import TrackerAction, TrackerData, TrackerHotspot

URDU_SPLIT = 'عائشہ (خان) "نیا" / پارک - گیٹ & دکان'
MARKING = "OFFICIAL-SENSITIVE & <PARTNERS>"

# key, display name; two collide once "/" is made safe, two differ only in case.
AGENCIES = (
    ("1", "Derbyshire Police"),
    ("2", "Probation Service"),
    ("3", "Derbyshire Fire/Rescue"),
    ("4", "Derbyshire Fire Rescue"),
    ("5", "Derby Homes"),
    ("6", "DERBY HOMES"),
)


def _action(n: int, agency: str, hotspot: str, hotspot_name: str) -> TrackerAction:
    name = dict(AGENCIES)[agency]
    return TrackerAction(
        uid=f"uid-{n:04d}-agency{agency}",
        reference=f"REF{agency}-{n:04d}",
        description=f"Secret action {n} of agency {agency} {URDU_SPLIT}",
        action_type="Patrol",
        area="Arboretum" if n % 2 else "Normanton",
        hotspot=hotspot_name,
        owner_agency=name,
        owner_officer=f"Officer{agency}x{n} Surname",
        raised_on=date(2025, 3, 1),
        due_on=date(2025, 11, 1),
        status="Open",
        rag="green",
        last_update_on=None,
        last_update=f"Progress note {n} for agency {agency}",
        completed_on=None,
        outcome="",
        version=1,
        owner_agency_id=agency,
        hotspot_id=hotspot,
    )


def _hotspot(uid: str, name: str, area: str, location: str, lead: str) -> TrackerHotspot:
    return TrackerHotspot(
        uid=uid,
        name=name,
        area=area,
        lsoa="Derby 001A",
        location=location,
        problem_types="Drugs",
        priority="Neighbourhood crime and ASB",
        lead_agency=dict(AGENCIES)[lead],
        status="Active",
        nominated_on=date(2025, 1, 1),
        review_on=None,
        lead_agency_id=lead,
    )


def planted() -> TrackerData:
    """Two "Bus Station" hotspots in different wards, one led by the police, one by probation."""
    hotspots = [
        _hotspot("hs-police", "Bus Station", "Arboretum", "Police side: Morledge stands", "1"),
        _hotspot("hs-probation", "Bus Station", "Normanton", "Probation side: Osmaston Rd", "2"),
        _hotspot("hs-fire", "Fire Hotspot Lane", "Abbey", "FireLocation Close", "3"),
        _hotspot("hs-rescue", "Rescue Yard", "Abbey", "RescueLocation Way", "4"),
        _hotspot("hs-homes", "Homes Court", "Darley", "HomesLocation Row", "5"),
        _hotspot("hs-tower", "HOMES TOWER", "Darley", "TowerLocation Street", "6"),
    ]
    spot_for = {
        "1": "hs-police",
        "2": "hs-probation",
        "3": "hs-fire",
        "4": "hs-rescue",
        "5": "hs-homes",
        "6": "hs-tower",
    }
    actions = []
    for n, (agency, _name) in enumerate(AGENCIES * 2, start=1):
        spot = spot_for[agency]
        name = next(h.name for h in hotspots if h.uid == spot)
        actions.append(_action(n, agency, spot, name))
    # Derby Homes (5) also works at the police's Bus Station: it must see that one only.
    actions.append(_action(99, "5", "hs-police", "Bus Station"))
    return TrackerData(
        partnership="Safer Derby & <Partners>",
        title="Action tracker: all areas",
        marking=MARKING,
        generated_at=datetime(2025, 10, 14, 9, 30, tzinfo=UTC),
        author="Safer Derby & <Partners>",
        statuses=("Open", "In progress", "Completed", "Cancelled"),
        actions=actions,
        hotspots=hotspots,
    )


def _secrets(data: TrackerData, owner: str, viewer: str) -> set[str]:
    """Text that identifies the owner agency's records and that the viewer has no claim to."""
    found: set[str] = set()
    for a in data.actions:
        if a.owner_agency_id == owner:
            found |= {a.reference, a.uid, a.owner_officer, a.last_update, a.description[:20]}
    visited = {a.hotspot_id for a in data.actions if a.owner_agency_id == viewer}
    for h in data.hotspots:
        if h.lead_agency_id == owner and h.uid not in visited:
            found |= {h.location, h.uid}
            if h.name != "Bus Station":
                found.add(h.name)
    return found


def _package_text(path: Path) -> str:
    """Every part of the zip, XML or not, as text: cells, sharedStrings, docProps, tables,
    defined names, validations, conditional formats, drawings and chart caches."""
    with zipfile.ZipFile(path) as package:
        return "\n".join(
            package.read(name).decode("utf-8", "replace") for name in package.namelist()
        )


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> tuple[TrackerData, list[Path]]:
    folder = tmp_path_factory.mktemp("agencies")
    data = planted()
    return data, render_agency_trackers(data, folder)


def test_one_file_per_agency_even_when_names_collide(written) -> None:
    _data, paths = written
    assert len(paths) == len(AGENCIES)
    on_disk = sorted(paths[0].parent.glob("*.xlsx"))
    assert len(on_disk) == len(AGENCIES)
    # Unique on a case-insensitive file system (Windows, macOS) too.
    assert len({p.name.casefold() for p in on_disk}) == len(AGENCIES)


def test_every_part_of_each_file_holds_only_its_agency(written) -> None:
    data, paths = written
    for agency, name in AGENCIES:
        path = next(p for p in paths if _owner_of(p) == agency)
        text = _package_text(path)
        for other, _ in AGENCIES:
            if other == agency:
                continue
            for secret in _secrets(data, other, agency):
                assert escape(secret) not in text and secret not in text, (
                    f"{name}'s file holds {other}'s {secret!r}"
                )
        for secret in _secrets(data, agency, agency):
            assert escape(secret) in text, f"{name}'s file lacks its own {secret!r}"


def test_same_named_hotspot_of_another_agency_never_leaks(written) -> None:
    _data, paths = written
    homes = next(p for p in paths if _owner_of(p) == "5")
    rows = list(openpyxl.load_workbook(homes)["Hotspots"].iter_rows(values_only=True))[1:]
    locations = {row[3] for row in rows if row[0]}
    assert "Police side: Morledge stands" in locations  # it has an action there
    assert "Probation side: Osmaston Rd" not in locations
    probation = next(p for p in paths if _owner_of(p) == "2")
    rows = list(openpyxl.load_workbook(probation)["Hotspots"].iter_rows(values_only=True))[1:]
    assert {row[3] for row in rows if row[0]} == {"Probation side: Osmaston Rd"}


def _owner_of(path: Path) -> str:
    """The agency key of a file, read from its Actions sheet (the hidden id column)."""
    sheet = openpyxl.load_workbook(path)["Actions"]
    uid = sheet.cell(2, 17).value
    return str(uid).rsplit("agency", 1)[1]


def test_file_names_keep_agency_date_and_marking_when_long() -> None:
    data = dataclasses.replace(
        planted(), partnership="P" * 300, marking="OFFICIAL-SENSITIVE " + "M" * 240
    )
    long_agency = "Community and Voluntary Sector " * 8
    name = agency_file_name(data, long_agency)
    assert len(name.encode()) <= 200
    assert "2025-10-14" in name
    assert "OFFICIAL-SENSITIVE" in name
    assert name.startswith("P")  # the partnership is what gets trimmed first
    assert "Community and Voluntary" in name


def test_colliding_names_get_a_short_distinguishing_suffix() -> None:
    names = agency_file_names(planted())
    assert len({n.casefold() for n in names.values()}) == len(AGENCIES)
    fire, rescue = names["3"], names["4"]
    assert fire != rescue
    # Only the clashing names carry a suffix, and it is short.
    assert names["1"] == agency_file_name(planted(), "Derbyshire Police")
    assert abs(len(fire) - len(rescue)) <= 6
