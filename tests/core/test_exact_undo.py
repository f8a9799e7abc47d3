"""Undo restores exactly what was there: the same rows, values and dates, marked as an undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select, text

from tasking.models import AuditEntry
from tasking.services import ConflictError, MeetingLocked
from tasking.services.changes import ActionChanges
from tasking.services.row_changes import ChangeSet

TABLES = (
    "action",
    "action_update",
    "hotspot",
    "hotspot_status_change",
    "hotspot_discussion",
    "meeting",
)


def table_rows(core) -> dict[str, list[dict[str, object]]]:
    """Every column of every row of the tables edits touch, but the version counters."""
    found = {}
    with core.database.read() as session:
        for table in TABLES:
            result = session.execute(text(f"SELECT * FROM {table} ORDER BY id")).mappings()
            found[table] = [{k: v for k, v in row.items() if k != "version"} for row in result]
    return found


def undo_kinds(core) -> set[str]:
    with core.database.read() as session:
        return set(session.scalars(select(AuditEntry.kind)))


def _check_exact_undo(core, edit: Callable[[], object]) -> ChangeSet:
    """Edit, undo (rows as before), redo (rows as edited); return the redo, to undo again."""
    before = table_rows(core)
    with core.reversals.recording() as made:
        edit()
    edited = table_rows(core)
    assert edited != before, "the edit changed nothing"
    undone = core.reversals.revert(made.changes, "undo")
    assert table_rows(core) == before
    redone = core.reversals.revert(undone, "redo")
    assert table_rows(core) == edited
    assert {"undo", "redo"} <= undo_kinds(core)
    return redone


@pytest.fixture
def reviewed(core, arboretum):
    """An action completed on 13/01/2025 and a February meeting reviewing the park's actions."""
    first = core.meetings.open_next(arboretum.area_id, date(2025, 1, 14))
    action = core.actions.raise_action(
        description="Evening patrols",
        action_type_id=arboretum.patrol,
        owner_agency_id=arboretum.police,
        hotspot_id=arboretum.park,
        meeting_id=first.id,
    )
    other = core.actions.raise_action(
        description="Redeploy the camera",
        action_type_id=arboretum.cctv,
        owner_agency_id=arboretum.homes,
        hotspot_id=arboretum.park,
        meeting_id=first.id,
    )
    core.meetings.finalise(first.id, core.meetings.get(first.id).version)
    core.actions.record_update(
        action.id, action.version, status="completed", note="Done", noted_on=date(2025, 1, 13)
    )
    second = core.meetings.open_next(arboretum.area_id, date(2025, 2, 11))
    return second, action.id, other.id


def test_undoing_a_tracker_status_change_keeps_the_completion_date(core, reviewed) -> None:
    _meeting, action_id, _other = reviewed
    row = core.actions.row(action_id)
    assert row.completed_on == date(2025, 1, 13)
    redone = _check_exact_undo(
        core, lambda: core.actions.set_status(action_id, row.version, "in_progress")
    )
    core.reversals.revert(redone)
    row = core.actions.row(action_id)
    assert (row.status, row.completed_on) == ("completed", date(2025, 1, 13))


def test_undoing_many_status_changes_at_once(core, reviewed) -> None:
    _meeting, action_id, other_id = reviewed
    versions = {i: core.actions.row(i).version for i in (action_id, other_id)}
    _check_exact_undo(core, lambda: core.actions.set_status_many(versions, "cancelled", "Gone"))


def test_undoing_a_due_date_change(core, reviewed) -> None:
    _meeting, action_id, _other = reviewed
    row = core.actions.row(action_id)
    _check_exact_undo(
        core,
        lambda: core.actions.edit(action_id, row.version, ActionChanges(due_on=date(2026, 1, 1))),
    )


def test_undoing_a_review_brings_back_the_update_that_was_there(core, reviewed) -> None:
    meeting, _action, other_id = reviewed
    core.actions.set_meeting_update(other_id, meeting.id, note="Ordered", status="in_progress")
    _check_exact_undo(
        core,
        lambda: core.actions.set_meeting_update(
            other_id, meeting.id, note="Installed", status="completed"
        ),
    )
    assert core.meetings.get(meeting.id).reviews[-1].update.note == "Installed"


def test_undoing_a_first_review(core, reviewed) -> None:
    meeting, _action, other_id = reviewed
    _check_exact_undo(
        core,
        lambda: core.actions.set_meeting_update(other_id, meeting.id, note="Ordered", status=None),
    )


@pytest.mark.parametrize("decision", ["close", "monitor", "escalate", None])
def test_undoing_a_decision_restores_the_hotspot_and_its_history(
    core, arboretum, reviewed, decision
) -> None:
    meeting, _action, _other = reviewed
    core.meetings.record_discussion(meeting.id, arboretum.park, decision="monitor", notes="Hm")

    def decide() -> None:
        core.meetings.record_discussion(
            meeting.id,
            arboretum.park,
            decision=decision,
            decision_reason="Quiet for months" if decision else None,
            clear_decision=decision is None,
        )

    _check_exact_undo(core, decide)


def test_undoing_a_hotspot_status_change(core, arboretum) -> None:
    spot = core.hotspots.get(arboretum.parade)
    _check_exact_undo(core, lambda: core.hotspots.close(spot.id, spot.version, "Moved on"))


def test_undo_is_refused_when_someone_changed_the_record_since(core, reviewed) -> None:
    _meeting, action_id, _other = reviewed
    row = core.actions.row(action_id)
    with core.reversals.recording() as made:
        core.actions.edit(action_id, row.version, ActionChanges(due_on=date(2026, 1, 1)))
    row = core.actions.row(action_id)
    core.actions.edit(action_id, row.version, ActionChanges(outcome="Someone else's words"))
    with pytest.raises(ConflictError):
        core.reversals.revert(made.changes)
    row = core.actions.row(action_id)
    assert (row.due_on, row.outcome) == (date(2026, 1, 1), "Someone else's words")


def test_undo_of_a_review_is_refused_once_the_minutes_are_final(core, reviewed) -> None:
    meeting, _action, other_id = reviewed
    with core.reversals.recording() as made:
        core.actions.set_meeting_update(other_id, meeting.id, note="Ordered", status="in_progress")
    core.meetings.finalise(meeting.id, core.meetings.get(meeting.id).version)
    before = table_rows(core)
    with pytest.raises(MeetingLocked, match="reopen"):
        core.reversals.revert(made.changes)
    assert table_rows(core) == before
