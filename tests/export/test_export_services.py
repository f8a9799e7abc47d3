"""Exports made from a real database, through the services and the command line."""

from __future__ import annotations

import getpass
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tasking.models.audit import AuditEntry
from tasking.services import Services, ValidationError
from tasking.services.changes import TermChanges
from tasking.services.markings import LowerMarkingError

TODAY = date(2025, 6, 1)


@pytest.fixture
def db(tmp_path: Path):
    path = tmp_path / "t.sqlite"
    services = Services.open(path, today=lambda: TODAY, create=True)
    yield services, path
    services.close()


def _plant(services: Services) -> dict[str, int]:
    """Two "Bus Station" hotspots in two wards, led by the police and by probation; agencies
    whose names collide as file names; an OFFICIAL-SENSITIVE meeting raising one action."""
    p = services.partnership
    police = p.agency_named("Derbyshire Police").id
    probation = p.agency_named("Probation").id
    homes = p.agency_named("Derby Homes").id
    fire_slash = p.add_agency("Derbyshire Fire/Rescue").id
    fire_space = p.add_agency("Derbyshire Fire Rescue").id
    shouting = p.add_agency("DERBY HOMES TRUST").id
    quiet = p.add_agency("Derby Homes Trust").id
    arboretum = p.area_named("Arboretum").id
    normanton = p.area_named("Normanton").id
    kind = p.terms("action_type")[0].id
    police_spot = services.hotspots.nominate(
        name="Bus Station",
        area_id=arboretum,
        nominated_by_id=police,
        reason="Robberies",
        lead_agency_id=police,
        location="Police side: Morledge stands",
    )
    probation_spot = services.hotspots.nominate(
        name="Bus Station",
        area_id=normanton,
        nominated_by_id=probation,
        reason="Offenders gathering",
        lead_agency_id=probation,
        location="Probation side: Osmaston Road",
    )
    sensitive = services.meetings.open_next(
        normanton, date(2025, 3, 5), marking="OFFICIAL-SENSITIVE"
    )
    made = {"police": police, "probation": probation, "homes": homes, "normanton": normanton}
    for agency, spot, text, meeting in (
        (police, police_spot.id, "Police patrols at the stands", None),
        (probation, probation_spot.id, "Probation checks on licence", sensitive.id),
        (homes, police_spot.id, "Homes: tenancy warning near the stands", None),
        (fire_slash, None, "Fire slash: home safety visits", None),
        (fire_space, None, "Fire space: arson patrols", None),
        (shouting, None, "Trust upper: estate walkabout", None),
        (quiet, None, "Trust lower: garage clear-out", None),
    ):
        services.actions.raise_action(
            description=text,
            action_type_id=kind,
            owner_agency_id=agency,
            area_id=normanton if spot == probation_spot.id else arboretum,
            hotspot_id=spot,
            due_on=date(2025, 7, 1),
            meeting_id=meeting,
            raised_on=date(2025, 3, 5),
        )
    return made


def _text(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return "\n".join(package.read(n).decode("utf-8", "replace") for n in package.namelist())


def run_cli(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        "TASKING_LOG_DIR": str(tmp_path / "logs"),
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
    }
    return subprocess.run(
        [sys.executable, "-m", "tasking", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_per_agency_files_join_hotspots_by_id(db, tmp_path) -> None:
    services, _ = db
    made = _plant(services)
    paths = services.exports.write_agency_trackers(tmp_path / "out")
    by_text = {p: _text(p) for p in paths}
    homes = next(p for p, t in by_text.items() if "Homes: tenancy warning" in t)
    assert "Police side: Morledge stands" in by_text[homes]
    assert "Probation side" not in by_text[homes]
    probation = next(p for p, t in by_text.items() if "Probation checks" in t)
    assert "Police side" not in by_text[probation]
    assert "Probation side: Osmaston Road" in by_text[probation]
    # --agency gives the same answer as the split.
    one = services.exports.write_tracker(tmp_path / "homes.xlsx", agency_id=made["homes"])
    assert "Probation side" not in _text(one)


def test_cli_counts_the_files_on_disk_one_per_agency(db, tmp_path) -> None:
    services, path = db
    _plant(services)
    services.close()
    out = tmp_path / "agencies"
    result = run_cli(
        "export",
        "tracker",
        "--database",
        str(path),
        "--per-agency",
        str(out),
        "--allow-lower-marking",
        "--marking",
        "OFFICIAL",
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    files = sorted(out.glob("*.xlsx"))
    assert len(files) == 7
    assert len({f.name.casefold() for f in files}) == 7
    assert f"Wrote {len(files)} agency trackers" in result.stdout


def test_tracker_defaults_to_the_highest_marking_of_its_meetings(db, tmp_path) -> None:
    services, _ = db
    made = _plant(services)
    data = services.exports.tracker_data()
    assert data.marking == "OFFICIAL-SENSITIVE"
    # Each agency's own file is marked for its own actions.
    assert data.agency_markings[str(made["probation"])] == "OFFICIAL-SENSITIVE"
    assert data.agency_markings[str(made["police"])] == "OFFICIAL"
    paths = services.exports.write_agency_trackers(tmp_path / "split")
    probation = next(p for p in paths if "Probation checks" in _text(p))
    assert "OFFICIAL-SENSITIVE" in probation.name
    header = openpyxl.load_workbook(probation)["Actions"].oddHeader.center.text
    assert "OFFICIAL-SENSITIVE" in header
    assert services.exports.default_marking() == "OFFICIAL-SENSITIVE"
    assert services.exports.default_marking(agency_id=made["police"]) == "OFFICIAL"


def test_an_update_at_a_sensitive_meeting_marks_only_its_own_agencys_tracker(db) -> None:
    services, _ = db
    made = _plant(services)
    homes = next(r for r in services.actions.tracker() if r.owner_agency_id == made["homes"])
    sensitive = services.meetings.list(made["normanton"])[0]
    services.actions.record_update(
        homes.id, homes.version, note="Discussed under OFFICIAL-SENSITIVE", meeting_id=sensitive.id
    )
    data = services.exports.tracker_data()
    assert data.agency_markings[str(made["homes"])] == "OFFICIAL-SENSITIVE"  # updated there
    assert data.agency_markings[str(made["police"])] == "OFFICIAL"
    assert services.exports.default_marking(agency_id=made["homes"]) == "OFFICIAL-SENSITIVE"
    policy = services.exports.markings()
    arboretum = services.partnership.area_named("Arboretum").id
    scopes = policy.needed_by_scope(arboretum)
    assert scopes.needed(arboretum, None).label == "OFFICIAL-SENSITIVE"
    # Each agency's marking is the one its own rows need, as asked one agency at a time.
    for agency in {r.owner_agency_id for r in services.actions.tracker(area_id=arboretum)}:
        rows = services.actions.tracker(area_id=arboretum, agency_id=agency)
        assert scopes.needed(arboretum, agency) == policy.needed(rows)


def test_a_lower_marking_needs_confirming_and_is_audited(db, tmp_path) -> None:
    services, _ = db
    _plant(services)
    target = tmp_path / "t.xlsx"
    with pytest.raises(LowerMarkingError, match="OFFICIAL-SENSITIVE"):
        services.exports.write_tracker(target, marking="OFFICIAL")
    assert not target.exists()
    services.exports.write_tracker(target, marking="OFFICIAL", allow_lower_marking=True)
    assert openpyxl.load_workbook(target)["Actions"].oddHeader.center.text.endswith("OFFICIAL")
    with services.database.read() as session:
        [entry] = session.scalars(
            select(AuditEntry).where(AuditEntry.record_type == "export")
        ).all()
        assert (entry.field, entry.old_value) == ("marking", "OFFICIAL-SENSITIVE")
        assert entry.new_value.startswith("OFFICIAL (tracker t.xlsx")


def test_an_unknown_marking_is_refused_by_name(db, tmp_path) -> None:
    services, _ = db
    with pytest.raises(ValidationError, match="no protective marking called 'SECRETISH'"):
        services.exports.write_tracker(tmp_path / "t.xlsx", marking="SECRETISH")


def test_cli_refuses_a_lower_marking_without_the_flag(db, tmp_path) -> None:
    services, path = db
    _plant(services)
    services.close()
    target = tmp_path / "t.xlsx"
    result = run_cli(
        "export",
        "tracker",
        "--database",
        str(path),
        "-o",
        str(target),
        "--marking",
        "OFFICIAL",
        tmp_path=tmp_path,
    )
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert "--allow-lower-marking" in line and "OFFICIAL-SENSITIVE" in line
    assert not target.exists()


def test_markings_print_their_label_and_long_ones_are_refused(db, tmp_path) -> None:
    services, _ = db
    p = services.partnership
    with pytest.raises(ValidationError, match="255"):
        p.add_term("marking", "X" * 10_000)
    term = p.add_term("marking", "Official-Sensitive Personal & <B>")
    with pytest.raises(ValidationError, match="255"):
        p.edit_term(term.id, term.version, TermChanges(label="Y" * 256))
    arboretum = p.area_named("Arboretum").id
    meeting = services.meetings.open_next(arboretum, date(2025, 3, 5), marking=term.code)
    services.actions.raise_action(
        description="Visit",
        action_type_id=p.terms("action_type")[0].id,
        owner_agency_id=p.agency_named("Derby Homes").id,
        area_id=arboretum,
        meeting_id=meeting.id,
    )
    minutes = services.exports.write_minutes(meeting.id, tmp_path / "m.pdf")
    text = PdfReader(minutes).pages[0].extract_text()
    assert "OFFICIAL-SENSITIVE PERSONAL & <B>" in text
    assert term.code.upper() not in text
    book = services.exports.write_tracker(tmp_path / "t.xlsx")
    with zipfile.ZipFile(book) as package:
        sheet = package.read("xl/worksheets/sheet1.xml").decode()
    # "&" starts a header code in Excel: a literal one is written "&&" (and XML-escaped).
    assert "OFFICIAL-SENSITIVE PERSONAL &amp;&amp; &lt;B&gt;" in sheet
    assert "OFFICIAL_SENSITIVE" not in sheet


def test_document_properties_never_carry_the_os_login(db, tmp_path) -> None:
    services, _ = db
    _plant(services)
    login = getpass.getuser()
    book = services.exports.write_tracker(tmp_path / "t.xlsx", partnership="Safer Derby CSP")
    with zipfile.ZipFile(book) as package:
        core = package.read("docProps/core.xml").decode()
    assert "Safer Derby CSP" in core
    assert f">{login}<" not in core


def test_an_update_recorded_at_a_sensitive_meeting_raises_the_marking(db, tmp_path) -> None:
    services, _ = db
    p = services.partnership
    arboretum = p.area_named("Arboretum").id
    homes = p.agency_named("Derby Homes").id
    row = services.actions.raise_action(
        description="Tenancy visit",
        action_type_id=p.terms("action_type")[0].id,
        owner_agency_id=homes,
        area_id=arboretum,
    )
    assert services.exports.default_marking(agency_id=homes) == "OFFICIAL"
    meeting = services.meetings.open_next(arboretum, date(2025, 4, 1), marking="OFFICIAL-SENSITIVE")
    services.actions.set_meeting_update(row.id, meeting.id, note="Family named", status=None)
    assert services.exports.default_marking(agency_id=homes) == "OFFICIAL-SENSITIVE"
    assert services.exports.tracker_data(agency_id=homes).marking == "OFFICIAL-SENSITIVE"


def test_minutes_name_the_chair_or_partnership_never_the_login(db, tmp_path) -> None:
    services, _ = db
    meeting = services.meetings.open_next(services.partnership.area_named("Arboretum").id)
    path = services.exports.write_minutes(meeting.id, tmp_path / "m.pdf", partnership="Safer X")
    author = PdfReader(path).metadata.author
    assert author == "Safer X"  # no chair recorded yet
    assert author != getpass.getuser()
