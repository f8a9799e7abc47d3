"""Actions: references, updates, status, RAG, conflicts and the audit trail."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tasking.models import AuditEntry
from tasking.services import ConflictError, ValidationError
from tasking.services.changes import ActionChanges
from tasking.services.rag import rag


def _raise(core, arboretum, **extra):
    values = {
        "description": "Evening patrols",
        "action_type_id": arboretum.patrol,
        "owner_agency_id": arboretum.police,
        "hotspot_id": arboretum.park,
    }
    return core.actions.raise_action(**(values | extra))


def test_references_are_allocated_per_area_and_year(core, arboretum) -> None:
    refs = [_raise(core, arboretum, raised_on=date(2025, 3, d)).reference for d in (1, 2, 3)]
    assert refs == ["ARB-2025-001", "ARB-2025-002", "ARB-2025-003"]
    assert _raise(core, arboretum, raised_on=date(2026, 1, 5)).reference == "ARB-2026-001"
    abbey = core.partnership.area_named("Abbey")
    other = _raise(core, arboretum, hotspot_id=None, area_id=abbey.id, raised_on=date(2025, 4, 1))
    assert other.reference == "ABB-2025-001"


def test_a_stale_edit_is_refused_and_the_other_change_kept(core, arboretum) -> None:
    action = _raise(core, arboretum)
    theirs = core.actions.edit(
        action.id, action.version, ActionChanges(description="Patrols, Fri and Sat")
    )
    with pytest.raises(ConflictError, match="changed by someone else"):
        core.actions.edit(action.id, action.version, ActionChanges(description="My older edit"))
    assert core.actions.row(action.id).description == "Patrols, Fri and Sat"
    assert theirs.version == action.version + 1


def test_an_update_records_status_change_and_completion(core, arboretum) -> None:
    action = _raise(core, arboretum)
    update = core.actions.record_update(
        action.id, action.version, note="Done", status="completed", noted_on=date(2025, 5, 20)
    )
    row = core.actions.row(action.id)
    assert (row.status, row.completed_on, row.rag, row.last_update) == (
        "completed",
        date(2025, 5, 20),
        "grey",
        "Done",
    )
    core.actions.delete_update(update.id)  # undo
    row = core.actions.row(action.id)
    assert (row.status, row.completed_on, row.last_update) == ("open", None, "")
    with pytest.raises(ValidationError, match="note or a change"):
        core.actions.record_update(action.id, row.version, note="  ")


def test_status_of_many_actions_changes_together_or_not_at_all(core, arboretum) -> None:
    first, second = _raise(core, arboretum), _raise(core, arboretum)
    core.actions.edit(second.id, second.version, ActionChanges(description="Changed meanwhile"))
    with pytest.raises(ConflictError):
        core.actions.set_status_many(
            {first.id: first.version, second.id: second.version}, "in_progress"
        )
    assert core.actions.row(first.id).status == "open"
    fresh = core.actions.row(second.id)
    assert (
        core.actions.set_status_many(
            {first.id: first.version, second.id: fresh.version}, "in_progress"
        )
        == 2
    )


def test_the_last_update_shown_is_the_latest_note_by_date_then_by_entry(core, arboretum) -> None:
    action = _raise(core, arboretum)

    def update(note: str, on: date, status: str | None = None) -> None:
        version = core.actions.row(action.id).version
        core.actions.record_update(action.id, version, note=note, status=status, noted_on=on)

    update("First visit", date(2025, 5, 1))
    update("Second visit", date(2025, 5, 10))
    update("Same day, written later", date(2025, 5, 10))
    update("Backdated visit", date(2025, 4, 2))  # written last, dated earlier
    update("", date(2025, 5, 20), status="in_progress")  # a status change without a note
    row = core.actions.row(action.id)
    assert (row.last_update, row.last_update_on) == ("Same day, written later", date(2025, 5, 20))
    assert next(r for r in core.actions.tracker() if r.id == action.id) == row


@pytest.mark.parametrize(
    ("closed", "due", "waiting", "expected"),
    [
        (True, -30, 5, "grey"),
        (False, -1, 0, "red"),
        (False, 7, 0, "amber"),
        (False, 8, 2, "amber"),
        (False, 8, 1, "green"),
        (False, None, 0, "green"),
    ],
)
def test_rag(closed, due, waiting, expected) -> None:
    today = date(2025, 6, 1)
    due_on = None if due is None else today + timedelta(days=due)
    assert rag(closed, due_on, today, waiting) == expected


def test_stalled_after_two_meetings_without_update_is_amber(core, arboretum) -> None:
    first = core.meetings.open_next(arboretum.area_id, date(2025, 3, 11))
    action = _raise(core, arboretum, meeting_id=first.id, due_on=date(2025, 12, 1))
    core.meetings.finalise(first.id, core.meetings.get(first.id).version)
    second = core.meetings.open_next(arboretum.area_id, date(2025, 4, 8))
    core.meetings.finalise(second.id, second.version)
    assert core.actions.row(action.id).rag == "green"
    core.meetings.open_next(arboretum.area_id, date(2025, 5, 13))
    row = core.actions.row(action.id)
    assert (row.meetings_without_update, row.rag) == (2, "amber")


def test_every_change_is_audited_with_user_old_and_new(core, arboretum) -> None:
    action = _raise(core, arboretum)
    core.actions.edit(action.id, action.version, ActionChanges(due_on=date(2025, 7, 1)))
    with core.database.read() as session:
        entries = session.scalars(
            select(AuditEntry).where(
                AuditEntry.record_type == "action", AuditEntry.record_id == action.id
            )
        ).all()
    assert [e.operation for e in entries] == ["insert", "update"]
    change = entries[1]
    assert (change.field, change.old_value, change.new_value) == (
        "due_on",
        action.due_on.isoformat(),
        "2025-07-01",
    )
    assert change.user and change.at.tzinfo is not None


def test_withdrawing_is_refused_once_an_action_has_history(core, arboretum) -> None:
    action = _raise(core, arboretum)
    core.actions.record_update(action.id, action.version, note="Started")
    with pytest.raises(ValidationError, match="cancel it instead"):
        core.actions.withdraw(action.id)


def test_queries_open_by_agency_and_overdue(core, arboretum) -> None:
    late = _raise(core, arboretum, due_on=date(2025, 5, 1))
    _raise(core, arboretum, owner_agency_id=arboretum.homes, due_on=date(2025, 9, 1))
    grouped = core.actions.open_by_agency()
    assert sorted(grouped) == ["Derby Homes", "Derbyshire Police"]
    assert [r.reference for r in core.actions.overdue()] == [late.reference]
