"""Minutes for wider circulation never carry what the chair marked confidential."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from circulation_helpers import attachments, cli, pdf_pages, read_eml

from tasking.services import Services
from tasking.services.changes import ActionChanges, MeetingChanges

SECRET_NOTE = "Named informant says the flat at number nine deals"
SECRET_AOB = "Safeguarding referral for the family at the corner house"
SECRET_ACTION = "Covert observation from the vacant shop opposite"
OPEN_NOTE = "Litter picks went well and residents noticed"


def pdftotext(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


@pytest.fixture
def marked(demo: Services):
    """A held meeting with a confidential hotspot note, review, new action and AOB."""
    area = demo.partnership.area_named("Normanton")
    m = demo.meetings.open_next(area.id)
    assert len(m.discussions) >= 1 and len(m.reviews) >= 2
    secret_spot, *others = m.discussions
    demo.meetings.record_discussion(
        m.id, secret_spot.hotspot_id, notes=SECRET_NOTE, confidential=True
    )
    if others:
        demo.meetings.record_discussion(m.id, others[0].hotspot_id, notes=OPEN_NOTE)
    review = m.reviews[0].action
    demo.actions.edit(review.id, review.version, ActionChanges(confidential=True))
    types = demo.partnership.terms("action_type")
    raised = demo.actions.raise_action(
        description=SECRET_ACTION,
        action_type_id=types[0].id,
        owner_agency_id=review.owner_agency_id,
        meeting_id=m.id,
        hotspot_id=secret_spot.hotspot_id,
    )
    demo.actions.edit(raised.id, raised.version, ActionChanges(confidential=True))
    demo.actions.raise_action(
        description="Open patrol agreed with residents",
        action_type_id=types[0].id,
        owner_agency_id=review.owner_agency_id,
        meeting_id=m.id,
        hotspot_id=secret_spot.hotspot_id,
    )
    m = demo.meetings.get(m.id)
    m = demo.meetings.edit(
        m.id, m.version, MeetingChanges(any_other_business=SECRET_AOB, aob_confidential=True)
    )
    m = demo.meetings.finalise(m.id, m.version)
    return m, secret_spot.hotspot, review, raised, bool(others)


def test_shareable_minutes_leave_out_every_confidential_item(demo: Services, marked, tmp_path):
    m, secret_hotspot, review, raised, has_open_note = marked
    full = demo.exports.write_minutes(m.id, tmp_path / "full.pdf")
    shared = demo.circulation.write_shareable_minutes(m.id, tmp_path / "shared.pdf")
    full_text, shared_text = pdftotext(full), pdftotext(shared)
    secrets = [SECRET_NOTE, SECRET_AOB, SECRET_ACTION, review.reference, raised.reference]
    for secret in secrets:
        assert secret in full_text, f"the full minutes should keep {secret!r}"
        assert secret not in shared_text, f"{secret!r} leaked into the shareable minutes"
        assert secret not in " ".join(pdf_pages(shared))  # a second, independent reader
    assert f"{secret_hotspot} (" not in shared_text  # its heading is gone too
    assert f"(Hotspot: {secret_hotspot})" in full_text
    assert "Open patrol agreed with residents" in shared_text  # kept, but not placed there
    assert f"(Hotspot: {secret_hotspot})" not in shared_text
    assert "1 item is recorded in the full minutes only" in shared_text
    assert "for wider circulation" in shared_text
    assert m.reviews[1].action.reference in shared_text  # the rest is all there
    if has_open_note:
        assert OPEN_NOTE in shared_text


def test_circulation_adds_a_draft_with_the_shareable_minutes(demo: Services, marked, tmp_path):
    m = marked[0]
    summary = demo.circulation.circulate(m.id, tmp_path / "out")
    (wider,) = [p for p in summary.drafts if p.name.endswith("for wider circulation.eml")]
    message = read_eml(wider)
    assert message["Subject"].startswith(f"{m.marking.upper()}: ")
    assert "for wider circulation" in message["Subject"]
    (name,) = [n for n in attachments(message) if n.endswith(".pdf")]
    text = pdftotext(tmp_path / "out" / name)
    assert SECRET_NOTE not in text and SECRET_AOB not in text and SECRET_ACTION not in text


def test_command_line_writes_the_shareable_minutes(demo: Services, marked, database, tmp_path):
    m = marked[0]
    out = tmp_path / "wider.pdf"
    done = cli(
        "export", "minutes", "--database", str(database), "--meeting", str(m.id),
        "--for-wider-circulation", "-o", str(out), tmp_path=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert SECRET_NOTE not in pdftotext(out)
