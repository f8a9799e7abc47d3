"""Trackers edited and re-saved by LibreOffice (headless, through UNO): .xlsx, .ods, .xls, .csv."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from tasking.returns.proposals import Kind
from tests.returns.officers import standard_edits

SYSTEM_PYTHON = Path("/usr/bin/python3")
SCRIPT = Path(__file__).with_name("lo_officer.py")


def _uno_available() -> str:
    if shutil.which("soffice") is None:
        return "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui"
    if not SYSTEM_PYTHON.exists():
        return "no system Python for LibreOffice's uno module"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True, timeout=60)
    if probe.returncode != 0:
        return "LibreOffice's Python bridge is missing: apt-get install python3-uno"
    return ""


@pytest.fixture(scope="session")
def uno_ready(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A LibreOffice profile for the session (made once: a new one takes many seconds)."""
    reason = _uno_available()
    if reason:
        pytest.skip(reason)
    return tmp_path_factory.mktemp("lo-officer-profile")


def resave_with_libreoffice(source: Path, edits, tmp_path: Path, profile: Path) -> dict[str, Path]:
    out = tmp_path / "from-libreoffice"
    out.mkdir()
    edits_file = tmp_path / "edits.json"
    edits_file.write_text(json.dumps(edits.as_json()), encoding="utf-8")
    subprocess.run(
        [SYSTEM_PYTHON, SCRIPT, source, out, edits_file, profile],
        check=True,
        capture_output=True,
        timeout=240,
    )
    return {suffix: out / f"{source.stem}.{suffix}" for suffix in ("xlsx", "ods", "xls", "csv")}


def _expected(refs: dict[str, str]) -> set[tuple[str, str, str, str]]:
    return {
        ("note", refs["cctv"], "note", "Camera up at the gates"),
        ("change", refs["cctv"], "status", "Completed"),
        ("error", refs["patrol"], "status", "Done"),
        # The Update column is Text: LibreOffice keeps "=needs CCTV?" as a note, not a formula.
        ("note", refs["letter"], "note", "=needs CCTV?"),
        ("change", refs["letter"], "due_on", "20/06/2025"),
        ("new", "", "row", "Check the lighting on Stockbrook Street"),
    }


@pytest.mark.slow
def test_libreoffice_copies_import_the_same_changes(
    uno_ready, services, records, exported, refs, tmp_path
):
    copies = resave_with_libreoffice(exported, standard_edits(refs), tmp_path, uno_ready)
    assert openpyxl.load_workbook(copies["xlsx"])["Actions"]["N2"].number_format == "@"
    for suffix, path in copies.items():
        plan = services.returns.preview([path])
        (outcome,) = plan.files
        assert outcome.kind == suffix and not outcome.refused
        found = {
            (p.kind.value, p.reference, p.field, p.after)
            for p in plan.proposals
            if p.kind not in (Kind.UNCHANGED, Kind.MISSING)
        }
        assert found == _expected(refs), suffix
        missing = [p.reference for p in plan.proposals if p.kind is Kind.MISSING]
        # A CSV carries no batch stamp: rows match by ID and version, a deleted row is unseen.
        assert missing == ([] if suffix == "csv" else [refs["clean"]]), suffix
        rows = {p.reference: p.row for p in plan.proposals if p.field == "note"}
        assert rows[refs["cctv"]] == 4, suffix  # sorted Z to A, one row deleted

    receipt = services.returns.apply(services.returns.preview([copies["ods"]]))
    assert receipt.summary.startswith("2 notes added, 1 status changed, 1 date changed")
    # The same officer's edits saved as another format are the same notes: not added twice.
    again = services.returns.preview([copies["xlsx"]])
    assert again.files[0].already.startswith("already imported on")
    csv_plan = services.returns.preview([copies["csv"]])
    notes = [p for p in csv_plan.proposals if p.field == "note"]
    assert {p.kind for p in notes} == {Kind.SKIPPED}
