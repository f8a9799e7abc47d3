"""Review edits carry the version they started from: a change made meanwhile is never lost."""

from __future__ import annotations

from datetime import date

import pytest

from tasking.services import ConflictError

ROUNDS = 80


def test_every_tracker_change_made_while_a_review_is_open_is_detected(core, arboretum) -> None:
    first = core.meetings.open_next(arboretum.area_id, date(2025, 1, 14))
    action = core.actions.raise_action(
        description="Evening patrols",
        action_type_id=arboretum.patrol,
        owner_agency_id=arboretum.police,
        meeting_id=first.id,
    )
    core.meetings.finalise(first.id, core.meetings.get(first.id).version)
    meeting = core.meetings.open_next(arboretum.area_id, date(2025, 2, 11))
    statuses = ["in_progress", "open"]
    detected = 0
    for round_ in range(ROUNDS):
        seen = core.meetings.get(meeting.id).reviews[0].action  # the chair opens the review
        officer = core.actions.row(action.id)  # meanwhile an officer changes it in the tracker
        core.actions.set_status(officer.id, officer.version, statuses[round_ % 2], note="Officer")
        kept = core.actions.row(action.id)
        try:
            core.actions.set_meeting_update(
                action.id,
                meeting.id,
                note=f"Chair's review {round_}",
                status="completed",
                expected_version=seen.version,
            )
        except ConflictError:
            detected += 1
        assert core.actions.row(action.id).status == kept.status
    assert detected == ROUNDS


def test_a_decision_on_a_hotspot_changed_meanwhile_is_refused(core, arboretum) -> None:
    meeting = core.meetings.open_next(arboretum.area_id, date(2025, 1, 14))
    item = next(d for d in meeting.discussions if d.hotspot_id == arboretum.park)
    spot = core.hotspots.get(arboretum.park)
    core.hotspots.change_status(spot.id, spot.version, "monitoring", "Officer's call")
    with pytest.raises(ConflictError):
        core.meetings.record_discussion(
            meeting.id,
            arboretum.park,
            decision="close",
            decision_reason="Quiet",
            expected_version=item.version,
            hotspot_version=item.hotspot_version,
        )
    assert core.hotspots.get(arboretum.park).row.status == "monitoring"
    fresh = core.hotspots.get(arboretum.park)
    done = core.meetings.record_discussion(
        meeting.id,
        arboretum.park,
        decision="close",
        decision_reason="Quiet",
        expected_version=item.version,
        hotspot_version=fresh.version,
    )
    assert done.decision == "close"
