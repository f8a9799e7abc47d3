"""File ▸ Export from the app: the files are written in a process of their own and read back."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtWidgets import QWidget

from tasking.export.files import DestinationLockedError
from tasking.ui import export_process
from tasking.ui.exporting import ExportCommands, ExportOutcome, TrackerScopeDialog
from tests.ui.export_helpers import record_outcomes


@pytest.fixture
def outcomes(monkeypatch, tmp_path: Path) -> dict[str, list]:
    """Answer the dialogs the way a chair would, and record what they were told."""
    seen: dict[str, list] = {"done": [], "failed": [], "locked": []}
    monkeypatch.setattr(
        ExportOutcome,
        "save_as",
        classmethod(
            lambda cls, parent, title, suggested, pattern: tmp_path / "out" / suggested.name
        ),
    )
    monkeypatch.setattr(
        ExportOutcome,
        "folder",
        classmethod(lambda cls, parent, title, start: tmp_path / "agencies"),
    )
    record_outcomes(monkeypatch, seen)
    (tmp_path / "out").mkdir()
    return seen


@pytest.fixture
def commands(qtbot, services, records, settings) -> ExportCommands:
    window = QWidget()
    qtbot.addWidget(window)
    return ExportCommands(window, services, settings, lambda: records.meetings["march"])


def test_minutes_of_the_current_meeting_are_exported(qtbot, commands, outcomes) -> None:
    commands.minutes.trigger()
    qtbot.waitUntil(lambda: bool(outcomes["done"] or outcomes["failed"]), timeout=20_000)
    assert not outcomes["failed"]
    [(path, _count)] = outcomes["done"]
    assert path.name == "Arboretum tasking minutes 2025-03-05 OFFICIAL.pdf"
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Arboretum Neighbourhood Tasking Meeting" in text
    assert "Wednesday 2 April 2025" in text  # the next meeting, from the record


def test_tracker_export_for_one_area_reads_back(
    qtbot, commands, outcomes, monkeypatch, records
) -> None:
    monkeypatch.setattr(
        TrackerScopeDialog,
        "ask",
        classmethod(
            lambda cls, services, settings, per_agency, parent: {
                "area_id": records.areas["Normanton"],
                "agency_id": None,
                "marking": "OFFICIAL-SENSITIVE",
            }
        ),
    )
    commands.tracker.trigger()
    qtbot.waitUntil(lambda: bool(outcomes["done"] or outcomes["failed"]), timeout=20_000)
    [(path, _count)] = outcomes["done"]
    sheet = load_workbook(path)["Actions"]
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert "Clear fly-tipping behind the parade" in values
    assert "Redeploy CCTV to the park gates" not in values  # Arboretum's, not Normanton's


def test_per_agency_trackers_go_into_the_chosen_folder(
    qtbot, commands, outcomes, monkeypatch
) -> None:
    monkeypatch.setattr(
        TrackerScopeDialog,
        "ask",
        classmethod(
            lambda cls, services, settings, per_agency, parent: {
                "area_id": None,
                "agency_id": None,
                "marking": "OFFICIAL",
            }
        ),
    )
    commands.per_agency.trigger()
    qtbot.waitUntil(lambda: bool(outcomes["done"] or outcomes["failed"]), timeout=20_000)
    [(folder, count)] = outcomes["done"]
    assert count == 2 and len(list(folder.glob("*.xlsx"))) == 2


# The export process, with os.replace failing the first time as Windows does while Excel holds
# the destination open (a marker file remembers the first attempt across processes).
HELD_OPEN_ONCE = """
import os, sys
from pathlib import Path
marker = Path(os.environ["HELD_OPEN_MARKER"])
real_replace = os.replace
def held_open_once(source, destination):
    if not marker.exists():
        marker.write_text(str(destination))
        raise PermissionError(13, "The process cannot access the file", str(destination))
    return real_replace(source, destination)
os.replace = held_open_once
from tasking.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_locked_destination_offers_retry_and_then_succeeds(
    qtbot, commands, outcomes, monkeypatch, tmp_path
) -> None:
    marker = tmp_path / "held-open"
    monkeypatch.setenv("HELD_OPEN_MARKER", str(marker))
    monkeypatch.setattr(
        export_process, "cli_command", lambda: [sys.executable, "-c", HELD_OPEN_ONCE]
    )
    monkeypatch.setattr(
        ExportOutcome,
        "locked",
        classmethod(lambda cls, parent, error: outcomes["locked"].append(error) or "retry"),
    )
    commands.minutes.trigger()
    qtbot.waitUntil(lambda: bool(outcomes["done"] or outcomes["failed"]), timeout=30_000)
    assert isinstance(outcomes["locked"][0], DestinationLockedError)
    assert "Arboretum tasking minutes" in str(outcomes["locked"][0])
    assert marker.exists() and outcomes["done"] and not outcomes["failed"]
    [(path, _count)] = outcomes["done"]
    assert path.read_bytes().startswith(b"%PDF")


def test_minutes_with_the_wards_map_end_with_its_page(qtbot, commands, outcomes) -> None:
    assert commands.minutes_with_map in commands.actions()
    commands.minutes_with_map.trigger()
    qtbot.waitUntil(lambda: bool(outcomes["done"] or outcomes["failed"]), timeout=20_000)
    assert not outcomes["failed"]
    [(path, _count)] = outcomes["done"]
    last = PdfReader(path).pages[-1].extract_text()
    assert "Map of Arboretum" in last and "Contains OS data" in last
