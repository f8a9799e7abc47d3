"""Meetings: carry-forward, attendance, decisions, finalising and reopening."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tasking.models import AuditEntry
from tasking.services import MeetingLocked, ValidationError
from tasking.services.changes import MeetingChanges


def _raise(core, arboretum, meeting_id: int, text: str, hotspot: int | None = None):
    return core.actions.raise_action(
        description=text,
        action_type_id=arboretum.patrol,
        owner_agency_id=arboretum.police,
        hotspot_id=hotspot or arboretum.park,
        meeting_id=meeting_id,
    )


def _finalise(core, meeting_id: int) -> None:
    core.meetings.finalise(meeting_id, core.meetings.get(meeting_id).version)


def test_carry_forward_across_three_meetings(core, arboretum) -> None:
    first = core.meetings.open_next(arboretum.area_id, date(2025, 1, 14))
    assert first.reviews == []
    assert {d.hotspot for d in first.discussions} == {"Derby Arboretum", "Normanton Road shops"}
    done = _raise(core, arboretum, first.id, "Redeploy camera")
    kept = _raise(core, arboretum, first.id, "Evening patrols")
    dropped = _raise(core, arboretum, first.id, "Leaflet drop", arboretum.parade)
    _finalise(core, first.id)

    second = core.meetings.open_next(arboretum.area_id, date(2025, 2, 11))
    assert [r.action.reference for r in second.reviews] == [
        done.reference,
        kept.reference,
        dropped.reference,
    ]
    core.actions.record_update(
        done.id, done.version, note="Camera up", status="completed", meeting_id=second.id
    )
    core.actions.record_update(
        dropped.id, dropped.version, note="Not needed", status="cancelled", meeting_id=second.id
    )
    fresh = _raise(core, arboretum, second.id, "Youth session")
    _finalise(core, second.id)

    third = core.meetings.open_next(arboretum.area_id, date(2025, 3, 11))
    assert [r.action.reference for r in third.reviews] == [kept.reference, fresh.reference]
    # The second meeting's minutes still show what was reported there.
    reported = {r.action.reference: r.update for r in core.meetings.get(second.id).reviews}
    assert reported[done.reference].note == "Camera up"
    assert reported[kept.reference] is None


def test_next_meeting_copies_the_header_and_must_come_later(core, arboretum) -> None:
    first = core.meetings.open_next(
        arboretum.area_id,
        date(2025, 1, 14),
        venue="Council House",
        chair_id=arboretum.officer,
        marking="OFFICIAL-SENSITIVE",
    )
    core.meetings.edit(first.id, first.version, MeetingChanges(next_meeting_on=date(2025, 2, 11)))
    with pytest.raises(ValidationError, match="after the last one"):
        core.meetings.open_next(arboretum.area_id, date(2025, 1, 1))
    second = core.meetings.open_next(arboretum.area_id)
    assert (second.held_on, second.venue, second.chair_id, second.marking) == (
        date(2025, 2, 11),
        "Council House",
        arboretum.officer,
        "OFFICIAL-SENSITIVE",
    )


def test_attendance_is_recorded_with_the_persons_agency(core, arboretum) -> None:
    meeting = core.meetings.open_next(arboretum.area_id, date(2025, 1, 14))
    core.meetings.set_attendance(meeting.id, arboretum.officer, "apologies")
    core.meetings.set_attendance(meeting.id, arboretum.officer, "present")
    [record] = core.meetings.get(meeting.id).attendance
    assert (record.name, record.agency, record.status) == (
        "PCSO Łukasz Wróbel",
        "Derbyshire Police",
        "present",
    )
    with pytest.raises(ValidationError):
        core.meetings.set_attendance(meeting.id, arboretum.officer, "asleep")


def test_closing_a_hotspot_at_a_meeting_needs_a_reason_and_sets_its_status(core, arboretum):
    meeting = core.meetings.open_next(arboretum.area_id, date(2025, 1, 14))
    with pytest.raises(ValidationError, match="reason"):
        core.meetings.record_discussion(meeting.id, arboretum.parade, decision="close")
    core.meetings.record_discussion(
        meeting.id,
        arboretum.parade,
        notes="Quiet since March",
        decision="close",
        decision_reason="No reports in 3 months",
    )
    assert core.hotspots.get(arboretum.parade).row.status == "closed"
    _finalise(core, meeting.id)
    following = core.meetings.open_next(arboretum.area_id, date(2025, 2, 11))
    assert [d.hotspot for d in following.discussions] == ["Derby Arboretum"]


def test_final_minutes_refuse_edits_until_reopened_and_reopening_is_audited(core, arboretum):
    meeting = core.meetings.open_next(arboretum.area_id, date(2025, 1, 14))
    final = core.meetings.finalise(meeting.id, meeting.version)
    assert final.state == "final"
    with pytest.raises(MeetingLocked, match="reopen"):
        core.meetings.edit(meeting.id, final.version, MeetingChanges(venue="Elsewhere"))
    with pytest.raises(MeetingLocked):
        _raise(core, arboretum, meeting.id, "Too late")
    with pytest.raises(ValidationError):
        core.meetings.reopen(meeting.id, final.version, reason=" ")
    reopened = core.meetings.reopen(meeting.id, final.version, reason="Typo in the venue")
    core.meetings.edit(meeting.id, reopened.version, MeetingChanges(venue="Council House"))
    with core.database.read() as session:
        entries = session.scalars(
            select(AuditEntry).where(
                AuditEntry.record_type == "meeting", AuditEntry.record_id == meeting.id
            )
        ).all()
    assert any(e.operation == "reopen" and e.new_value == "Typo in the venue" for e in entries)
    assert any(
        e.field == "state" and e.old_value == "final" and e.new_value == "draft" for e in entries
    )


def test_changing_a_decision_takes_back_the_status_it_set(core, arboretum) -> None:
    meeting = core.meetings.open_next(arboretum.area_id, date(2025, 1, 14))
    core.meetings.record_discussion(
        meeting.id, arboretum.parade, decision="close", decision_reason="Quiet"
    )
    core.meetings.record_discussion(
        meeting.id, arboretum.parade, decision="monitor", decision_reason="Not yet"
    )
    spot = core.hotspots.get(arboretum.parade)
    assert spot.row.status == "monitoring"
    assert [(c.from_status, c.to_status) for c in spot.status_changes] == [
        (None, "active"),
        ("active", "monitoring"),
    ]
    core.meetings.record_discussion(meeting.id, arboretum.parade, clear_decision=True)
    spot = core.hotspots.get(arboretum.parade)
    assert (spot.row.status, len(spot.status_changes)) == ("active", 1)


def test_a_review_is_replaced_in_one_step(core, arboretum) -> None:
    first = core.meetings.open_next(arboretum.area_id, date(2025, 1, 14))
    action = _raise(core, arboretum, first.id, "Evening patrols")
    _finalise(core, first.id)
    second = core.meetings.open_next(arboretum.area_id, date(2025, 2, 11))
    made = core.actions.set_meeting_update(action.id, second.id, note="Done", status="completed")
    assert made.action_version == core.actions.row(action.id).version
    core.actions.set_meeting_update(action.id, second.id, note="Started", status="in_progress")
    row = core.actions.row(action.id)
    assert (row.status, row.completed_on, row.last_update) == ("in_progress", None, "Started")
    assert core.actions.set_meeting_update(action.id, second.id, note="", status=None) is None
    row = core.actions.row(action.id)
    assert (row.status, row.last_update) == ("open", "")


def test_a_nomination_made_by_mistake_can_be_withdrawn(core, arboretum) -> None:
    meeting = core.meetings.open_next(arboretum.area_id, date(2025, 1, 14))
    spot = core.hotspots.nominate(
        name="Bus shelter",
        area_id=arboretum.area_id,
        nominated_by_id=arboretum.police,
        reason="Typo",
        meeting_id=meeting.id,
    )
    assert "Bus shelter" in [d.hotspot for d in core.meetings.get(meeting.id).discussions]
    core.hotspots.withdraw_nomination(spot.id)
    assert "Bus shelter" not in [h.name for h in core.hotspots.list()]
    with pytest.raises(ValidationError, match="already has a history"):
        _raise(core, arboretum, meeting.id, "Patrol")  # the park now has an action
        core.hotspots.withdraw_nomination(arboretum.park)


def test_a_meeting_opened_by_mistake_is_withdrawn_until_something_is_recorded(core, arboretum):
    first = core.meetings.open_next(arboretum.area_id, date(2025, 1, 14))
    core.meetings.withdraw(first.id)
    assert core.meetings.list() == []
    again = core.meetings.open_next(arboretum.area_id, date(2025, 1, 14))
    core.meetings.set_attendance(again.id, arboretum.officer, "present")
    with pytest.raises(ValidationError, match="cannot be withdrawn"):
        core.meetings.withdraw(again.id)


def test_opening_a_meeting_reads_it_in_the_same_few_statements_however_many_took_part(
    core, arboretum
) -> None:
    """A meeting's detail (opened, and read again after every edit in it) is read in about a
    dozen statements by a window that has read nothing yet, for nine attendees and eight
    reviewed updates as for one attendee: it took a statement per attendee, agency and
    reviewed update."""
    from sqlalchemy import event

    from tasking.services import Services

    def statements(meeting_id: int) -> tuple[int, object]:
        fresh = Services.open(core.database.url)  # nothing read yet, as a window just opened
        seen: list[str] = []

        def note(_conn, _cursor, statement, *_args) -> None:
            seen.append(statement)

        event.listen(fresh.database.engine, "before_cursor_execute", note)
        try:
            detail = fresh.meetings.get(meeting_id)
        finally:
            fresh.close()
        return len(seen), detail

    first = core.meetings.open_next(arboretum.area_id, date(2025, 1, 14))
    raised = [_raise(core, arboretum, first.id, f"Patrol {n}") for n in range(8)]
    _finalise(core, first.id)
    second = core.meetings.open_next(arboretum.area_id, date(2025, 2, 11))
    core.meetings.set_attendance(second.id, arboretum.officer, "present")
    read_few, few = statements(second.id)
    police = core.partnership.agency_named("Police").id
    homes = core.partnership.agency_named("Derby Homes").id
    for n in range(8):
        person = core.partnership.add_person(f"Officer {n}", (police, homes)[n % 2], "PC")
        core.meetings.set_attendance(second.id, person.id, "present")
    for action in raised:
        core.actions.record_update(action.id, action.version, note="Seen", meeting_id=second.id)
    read_many, many = statements(second.id)
    assert len(few.attendance) == 1 and len(many.attendance) == 9
    assert sum(1 for r in many.reviews if r.update) == 8
    assert read_many <= read_few + 1 <= 16  # the updates' actions: one statement for all
