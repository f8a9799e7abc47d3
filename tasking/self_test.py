"""`tasking --self-test`: check an installation end to end in a temporary folder, without a display.

Each step prints ``ok  <step>`` on success; the first failure prints ``FAIL <step>: <reason>`` on
stderr and the run exits 1. The steps go through the same services the app uses, so a frozen build
that lacks a data file (migrations, fonts, vocabularies) or a hidden import fails here, not at a
chair's desk. No Qt is imported.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from tasking import __version__

if TYPE_CHECKING:
    from tasking.services import Services
    from tasking.services.views import ActionRow, MeetingDetail

log = logging.getLogger(__name__)

# Text a chair might type: accents, an Urdu and a Punjabi name, and characters that would be
# markup in reportlab or a formula in Excel if they were not escaped.
ACTION_TEXTS = (
    "Fit redeployable CCTV at the café on Normanton Road & report back <by next meeting>",
    "=Visit Mr Łukasz Kowalczyk, Mrs نسرین اختر and Mr ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ about the alleyway",
)
MEETING_VENUE = "Self-test venue"


class SelfTestFailure(Exception):
    """A check that did not hold; the message says what was expected."""


@dataclass
class _Run:
    folder: Path
    services: Services | None = None
    meeting: MeetingDetail | None = None
    hotspot_id: int = 0
    actions: list[ActionRow] = field(default_factory=list)
    minutes: Path | None = None
    tracker: Path | None = None


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


def _services(run: _Run) -> Services:
    _check(run.services is not None, "the database was not opened")
    assert run.services is not None
    return run.services


# --- the steps, in order ---------------------------------------------------------------------
def check_resources(run: _Run) -> None:
    from tasking.resources import resource_path

    for parts in (
        ("vocabularies.json",),
        ("reference", "derby_areas.json"),
        ("fonts", "NotoSans-Regular.ttf"),
    ):
        _check(resource_path(*parts).stat().st_size > 0, f"{'/'.join(parts)} is empty")


def create_database(run: _Run) -> None:
    from tasking.models import migrate
    from tasking.services import Services

    run.services = Services.open(run.folder / "self-test.sqlite", create=True)
    current = migrate.current_revision(run.services.database.engine)
    _check(current == migrate.head_revision(), f"schema is at {current}, not the newest")
    _check(bool(run.services.partnership.areas()), "no wards were seeded")


def record_meeting(run: _Run) -> None:
    from tasking.services.changes import MeetingChanges

    services = _services(run)
    area = services.partnership.area_named("Normanton")
    agency = services.partnership.agencies()[0]
    chair = services.partnership.add_person("Self-test Chair", agency.id, role="Chair")
    held_on = date.today()
    meeting = services.meetings.open_next(area.id, held_on, venue=MEETING_VENUE, chair_id=chair.id)
    next_on = MeetingChanges(next_meeting_on=held_on + timedelta(28))
    services.meetings.edit(meeting.id, meeting.version, next_on)
    services.meetings.set_attendance(meeting.id, chair.id, "present")
    run.meeting = services.meetings.get(meeting.id)
    _check([a.name for a in run.meeting.attendance] == [chair.name], "attendance was not kept")


def record_hotspot(run: _Run) -> None:
    services, meeting = _services(run), run.meeting
    assert meeting is not None
    detail = services.hotspots.nominate(
        name="Self-test alleyway",
        area_id=meeting.area_id,
        nominated_by_id=meeting.chair_id,
        reason="Repeated reports of drug litter",
        meeting_id=meeting.id,
    )
    run.hotspot_id = detail.id


def raise_actions(run: _Run) -> None:
    services, meeting = _services(run), run.meeting
    assert meeting is not None
    action_type = services.partnership.terms("action_type")[0]
    agency = services.partnership.agencies()[0]
    for text in ACTION_TEXTS:
        run.actions.append(
            services.actions.raise_action(
                description=text,
                action_type_id=action_type.id,
                owner_agency_id=agency.id,
                hotspot_id=run.hotspot_id,
                meeting_id=meeting.id,
            )
        )
    raised = {a.reference for a in services.meetings.get(meeting.id).new_actions}
    _check(raised == {a.reference for a in run.actions}, "the meeting does not list its actions")


def record_update(run: _Run) -> None:
    services, meeting = _services(run), run.meeting
    assert meeting is not None
    first = run.actions[0]
    services.actions.record_update(
        first.id, first.version, note="Camera ordered", status="in_progress", meeting_id=meeting.id
    )
    run.actions[0] = services.actions.row(first.id)
    _check(run.actions[0].status == "in_progress", "the update did not change the status")


def finalise_meeting(run: _Run) -> None:
    services, meeting = _services(run), run.meeting
    assert meeting is not None
    current = services.meetings.get(meeting.id)
    run.meeting = services.meetings.finalise(meeting.id, current.version)
    _check(run.meeting.state == "final", f"the meeting is {run.meeting.state}, not final")


def export_minutes(run: _Run) -> None:
    services, meeting = _services(run), run.meeting
    assert meeting is not None
    run.minutes = services.exports.write_minutes(meeting.id, run.folder / "minutes.pdf")
    content = run.minutes.read_bytes()
    _check(content.startswith(b"%PDF-"), "the minutes are not a PDF")
    _check(content.rstrip().endswith(b"%%EOF"), "the PDF is cut short")
    title = services.exports.minutes_data(meeting.id).title
    _check(_pdf_mentions(content, title), f"the PDF does not carry the title '{title}'")


def _pdf_mentions(content: bytes, text: str) -> bool:
    """Is ``text`` in the PDF's (uncompressed) document information, in either string form?"""
    literal = text.encode("latin-1", errors="replace").replace(b"(", rb"\(").replace(b")", rb"\)")
    utf16 = b"FEFF" + text.encode("utf-16-be").hex().upper().encode()
    return literal in content or utf16 in content.upper()


def export_tracker(run: _Run) -> None:
    services = _services(run)
    run.tracker = services.exports.write_tracker(run.folder / "tracker.xlsx")
    _check(zipfile.is_zipfile(run.tracker), "the tracker is not an Excel workbook")


def read_tracker_back(run: _Run) -> None:
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    assert run.tracker is not None
    workbook = load_workbook(run.tracker)
    try:
        _check("Actions" in workbook.sheetnames, f"no Actions sheet in {workbook.sheetnames}")
        sheet = workbook["Actions"]
        rows = list(sheet.iter_rows(values_only=True))
        header = list(rows[0])
        for name in ("Reference", "Action", "Tasking ID"):
            _check(name in header, f"no '{name}' column in {header}")
        ref, text, uid = (header.index(n) for n in ("Reference", "Action", "Tasking ID"))
        found = {row[ref]: (row[text], row[uid]) for row in rows[1:] if row[ref]}
        for action in run.actions:
            _check(action.reference in found, f"{action.reference} is missing from the tracker")
            description, written_uid = found[action.reference]
            _check(description == action.description, f"{action.reference}: {description!r}")
            _check(written_uid == action.uid, f"{action.reference} has Tasking ID {written_uid}")
        letter = get_column_letter(uid + 1)
        _check(bool(sheet.column_dimensions[letter].hidden), "the Tasking ID column is visible")
    finally:
        workbook.close()


def close_database(run: _Run) -> None:
    _services(run).close()
    run.services = None


def check_encryption(run: _Run) -> None:
    """An encrypted database (a random raw key given, so the user's keyring is not touched):
    made, written, reopened keyed, backed up encrypted, and nowhere in plain text."""
    import secrets

    from tasking.models import encryption
    from tasking.models.backups import take_backup
    from tasking.services import Services

    try:
        encryption.cipher()
    except encryption.NoCipher as error:
        log.warning("Self-test: %s", error)
        return  # said in the step's line by run_self_test
    path = run.folder / "encrypted.sqlite"
    marker = f"self-test-{secrets.token_hex(8)}"
    with encryption.creating(path, f"x'{secrets.token_hex(32)}'"):
        services = Services.open(path, create=True)
        services.partnership.add_agency(marker)
        services.close()
    services = Services.open(path)
    try:
        _check(services.database.encrypted, "the new database is not encrypted")
        _check(marker in [a.name for a in services.partnership.agencies()], "the edit was lost")
        backup = take_backup(path, "manual", destination=run.folder / "encrypted-backup.sqlite")
    finally:
        services.close()
    for written in (path, backup.path):
        content = written.read_bytes()
        _check(not content.startswith(b"SQLite format 3"), f"{written.name} is not encrypted")
        _check(marker.encode() not in content, f"{written.name} holds the records in plain text")


def encryption_note() -> str:
    """What the encryption step checked, for its line: SQLCipher's version and the keyring."""
    from tasking.models import encryption

    try:
        module = encryption.cipher()
    except encryption.NoCipher:
        return "skipped: no SQLCipher on this platform"
    connection = module.connect(":memory:")
    version = connection.execute("PRAGMA cipher_version").fetchone()[0]
    connection.close()
    problem = encryption.keyring_problem()
    keyring = "keyring available" if problem is None else f"no keyring: {problem}"
    return f"SQLCipher {version}; {keyring}"


STEPS: tuple[tuple[str, Callable[[_Run], None]], ...] = (
    ("find bundled resources", check_resources),
    ("create database", create_database),
    ("record a meeting with attendance", record_meeting),
    ("nominate a hotspot", record_hotspot),
    ("raise actions", raise_actions),
    ("record an update", record_update),
    ("finalise the meeting", finalise_meeting),
    ("export minutes (PDF)", export_minutes),
    ("export tracker (Excel)", export_tracker),
    ("read the tracker back", read_tracker_back),
    ("close the database", close_database),
    ("encrypted database", check_encryption),
)


def run_self_test(out: Callable[[str], None] = print) -> int:
    """Run every step in a fresh temporary folder; 0 if all passed, 1 at the first failure."""
    out(f"Tasking {__version__} self-test (Python {sys.version.split()[0]})")
    folder = tempfile.TemporaryDirectory(prefix="tasking-self-test-", ignore_cleanup_errors=True)
    with folder as tmp:
        run = _Run(Path(tmp))
        try:
            for name, step in STEPS:
                try:
                    step(run)
                except Exception as error:
                    log.exception("Self-test step failed: %s", name)
                    print(f"FAIL {name}: {type(error).__name__}: {error}", file=sys.stderr)
                    return 1
                note = f" ({encryption_note()})" if step is check_encryption else ""
                out(f"ok  {name}{note}")
        finally:
            if run.services is not None:  # release the file so the folder can be removed
                run.services.close()
    out("Self-test passed.")
    return 0
