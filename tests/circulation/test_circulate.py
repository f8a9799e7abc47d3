"""Circulating a final meeting: .eml drafts read back with the stdlib parser, attachments intact."""

from __future__ import annotations

import pytest
from circulation_helpers import addresses, attachments, body, cli, read_eml
from sqlalchemy import select

from tasking.models import AuditEntry
from tasking.services import Services, ValidationError


@pytest.fixture
def final(demo: Services):
    summary = next(m for m in demo.meetings.list() if m.state == "final")
    return demo.meetings.get(summary.id)


def test_minutes_go_to_attendees_and_apologies_with_the_marking_first(
    demo: Services, final, tmp_path
):
    summary = demo.circulation.circulate(final.id, tmp_path / "out")
    minutes = [p for p in summary.drafts if p.name.endswith("attendees and apologies.eml")]
    assert len(minutes) == 1
    message = read_eml(minutes[0])
    assert message["X-Unsent"] == "1"
    day = f"{final.held_on.day} {final.held_on:%B %Y}"
    assert message["Subject"] == f"{final.marking.upper()}: {final.area} tasking minutes {day}"
    people = {p.id: p for p in demo.partnership.people(include_inactive=True)}
    invited = {
        people[a.person_id].email
        for a in final.attendance
        if a.status in ("present", "apologies") and people[a.person_id].email
    }
    absent = {people[a.person_id].email for a in final.attendance if a.status == "absent"}
    assert invited and addresses(message) == invited
    assert not (absent - invited) & addresses(message)
    files = attachments(message)
    assert len(files) >= 1
    pdf_name = next(name for name in files if name.endswith(".pdf"))
    assert files[pdf_name] == (tmp_path / "out" / pdf_name).read_bytes()
    assert files[pdf_name].startswith(b"%PDF")


def test_each_agency_gets_its_tracker_and_its_actions_due(demo: Services, final, tmp_path):
    summary = demo.circulation.circulate(final.id, tmp_path / "out")
    trackers = [p for p in summary.drafts if p.name.startswith("Tracker")]
    rows = demo.actions.tracker(area_id=final.area_id)
    agencies = sorted({r.owner_agency for r in rows})
    assert len(trackers) == len(agencies)
    by_name = {a.name: a.id for a in demo.partnership.agencies(True)}
    for agency in agencies:
        path = next(p for p in trackers if p.stem.endswith(safe(agency)))
        message = read_eml(path)
        # Marked as highly as the meeting and as every meeting its own actions come from.
        own = [r for r in rows if r.owner_agency == agency]
        policy = demo.exports.markings()
        needed = max(policy.needed(own), policy.find(final.marking), key=lambda m: m.rank)
        assert message["Subject"].startswith(f"{needed.label}: ")
        assert agency in message["Subject"]
        staff = {p.email for p in demo.partnership.people(by_name[agency]) if p.email}
        assert addresses(message) == staff
        files = attachments(message)
        (name, content), *rest = files.items()
        assert not rest and name.endswith(f" - {needed.label}.xlsx") and safe(agency) in name
        assert content == (tmp_path / "out" / name).read_bytes()
        text = body(message)
        for r in rows:
            due = not r.closed and r.due_on and final.next_meeting_on
            if r.owner_agency == agency and due and r.due_on <= final.next_meeting_on:
                assert r.reference in text
            elif r.owner_agency != agency:
                assert r.reference not in text


def safe(name: str) -> str:
    return name.replace(":", " ").replace("  ", " ")


def test_circulating_marks_the_meeting_circulated_audited(demo: Services, final, tmp_path):
    summary = demo.circulation.circulate(final.id, tmp_path / "out")
    assert summary.marked_circulated
    assert "Marked the minutes as circulated" in summary.lines()
    assert demo.meetings.get(final.id).state == "circulated"
    with demo.database.read() as session:
        entries = session.scalars(
            select(AuditEntry).where(
                AuditEntry.record_type == "meeting",
                AuditEntry.record_id == final.id,
                AuditEntry.field == "state",
            )
        ).all()
    assert [(e.old_value, e.new_value) for e in entries][-1] == ("final", "circulated")
    again = demo.circulation.circulate(final.id, tmp_path / "again")
    assert again.already_circulated and not again.marked_circulated


def test_people_without_an_address_are_listed_not_skipped(demo: Services, final, tmp_path):
    rows = demo.actions.tracker(area_id=final.area_id)
    agency = demo.partnership.agency_named(rows[0].owner_agency)
    for name in ("Alex No-Mail", "Sam No-Mail", "Kim No-Mail"):
        demo.partnership.add_person(name, agency.id, "Officer")
    summary = demo.circulation.circulate(final.id, tmp_path / "out")
    assert len(summary.no_address) == 3
    said = "\n".join(summary.lines())
    assert "3 people have no e-mail address" in said
    assert f"Alex No-Mail ({agency.name})" in said


def test_a_draft_meeting_cannot_be_circulated(demo: Services, final, tmp_path):
    draft = demo.meetings.open_next(final.area_id)
    with pytest.raises(ValidationError, match="Only a final meeting can be circulated"):
        demo.circulation.circulate(draft.id, tmp_path / "out")
    assert not (tmp_path / "out").exists()
    assert demo.meetings.get(draft.id).state == "draft"


def test_command_line_circulates_the_latest_final_meeting(demo: Services, database, tmp_path):
    final = next(m for m in demo.meetings.list() if m.state == "final")
    out = tmp_path / "drafts"
    done = cli(
        "circulate", "--database", str(database), "--meeting", str(final.id), "-o", str(out),
        tmp_path=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"e-mail drafts into {out}" in done.stdout
    emls = sorted(out.glob("*.eml"))
    assert emls and all(read_eml(p)["X-Unsent"] == "1" for p in emls)
    draft = demo.meetings.open_next(final.area_id)
    refused = cli(
        "circulate", "--database", str(database), "--meeting", str(draft.id),
        "-o", str(tmp_path / "none"), tmp_path=tmp_path,
    )  # fmt: skip
    assert refused.returncode == 2 and "Only a final meeting" in refused.stderr
    assert not (tmp_path / "none").exists()


def test_the_minutes_carry_the_next_meetings_invitation(demo: Services, final, tmp_path):
    icalendar = pytest.importorskip("icalendar", reason="icalendar (test extra) is not installed")
    assert final.next_meeting_on is not None
    summary = demo.circulation.circulate(final.id, tmp_path / "out")
    message = read_eml(next(p for p in summary.drafts if "attendees" in p.name))
    files = attachments(message)
    (name,) = [n for n in files if n.endswith(".ics")]
    assert files[name] == (tmp_path / "out" / name).read_bytes()
    event = icalendar.Calendar.from_ical(files[name]).walk("VEVENT")[0]
    start = event.decoded("DTSTART")
    assert start.date() == final.next_meeting_on and start.hour == 10
    assert str(event["LOCATION"]) == final.venue
    assert final.marking.upper() in str(event["DESCRIPTION"])
    again = demo.circulation.write_invite(final.id, tmp_path / "again.ics")
    assert icalendar.Calendar.from_ical(again.read_bytes()).walk("VEVENT")[0]["UID"] == event["UID"]


def test_without_a_next_meeting_date_there_is_no_invitation(demo: Services, database, tmp_path):
    area = demo.partnership.area_named("Abbey")
    m = demo.meetings.open_next(area.id)
    m = demo.meetings.finalise(m.id, m.version)
    assert m.next_meeting_on is None
    summary = demo.circulation.circulate(m.id, tmp_path / "out")
    minutes = read_eml(next(p for p in summary.drafts if "attendees" in p.name))
    assert [n for n in attachments(minutes) if n.endswith(".ics")] == []
    assert not list((tmp_path / "out").glob("*.ics"))
    refused = cli(
        "export", "ics", "--database", str(database), "--meeting", str(m.id),
        "-o", str(tmp_path / "next.ics"), tmp_path=tmp_path,
    )  # fmt: skip
    assert refused.returncode == 2 and "no date for the next meeting" in refused.stderr
    assert not (tmp_path / "next.ics").exists()


def test_an_official_sensitive_meeting_says_so_first_in_every_subject(demo: Services, tmp_path):
    sensitive = next(m for m in demo.meetings.list() if m.marking.upper() == "OFFICIAL-SENSITIVE")
    assert sensitive.state in ("final", "circulated")
    summary = demo.circulation.circulate(sensitive.id, tmp_path / "out")
    subjects = [str(read_eml(p)["Subject"]) for p in summary.drafts]
    assert len(subjects) >= 3
    assert all(s.startswith("OFFICIAL-SENSITIVE: ") for s in subjects)
    day = f"{sensitive.held_on.day} {sensitive.held_on:%B %Y}"
    assert f"OFFICIAL-SENSITIVE: {sensitive.area} tasking minutes {day}" in subjects
    assert all(
        "OFFICIAL-SENSITIVE" in p.name for p in summary.files if p.suffix in (".pdf", ".xlsx")
    )
