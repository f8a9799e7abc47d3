"""Hotspots: nominating, editing the profile, status with reasons, history."""

from __future__ import annotations

from datetime import date

import pytest

from tasking.services import ConflictError, ValidationError
from tasking.services.changes import HotspotChanges


def test_closing_needs_a_reason_and_is_kept_in_the_status_history(core, arboretum) -> None:
    spot = core.hotspots.get(arboretum.park)
    with pytest.raises(ValidationError, match="reason"):
        core.hotspots.close(spot.id, spot.version, reason="")
    closed = core.hotspots.close(spot.id, spot.version, reason="Lighting fixed; no reports")
    assert (closed.row.status, closed.status_reason) == ("closed", "Lighting fixed; no reports")
    assert [(c.from_status, c.to_status) for c in closed.status_changes] == [
        (None, "active"),
        ("active", "closed"),
    ]


def test_profile_edits_and_problem_types(core, arboretum) -> None:
    spot = core.hotspots.get(arboretum.parade)
    problems = {t.code: t.id for t in core.partnership.terms("problem_type")}
    edited = core.hotspots.edit(
        spot.id,
        spot.version,
        HotspotChanges(
            objective="Halve reports by March",
            analysis_location="Dark service road",
            repeat_victims=True,
            problem_type_ids=[problems["street_drinking"], problems["begging"]],
        ),
    )
    assert edited.objective == "Halve reports by March"
    assert edited.repeat_victims is True
    assert edited.row.problem_types == "Street drinking, Begging"
    with pytest.raises(ConflictError):
        core.hotspots.edit(spot.id, spot.version, HotspotChanges(name="Stale"))


def test_history_tells_the_story_in_date_order(core, arboretum) -> None:
    meeting = core.meetings.open_next(arboretum.area_id, date(2025, 2, 11))
    action = core.actions.raise_action(
        description="Camera",
        action_type_id=arboretum.cctv,
        owner_agency_id=arboretum.police,
        hotspot_id=arboretum.park,
        meeting_id=meeting.id,
    )
    core.actions.record_update(
        action.id, action.version, note="Installed", noted_on=date(2025, 2, 20)
    )
    core.meetings.record_discussion(meeting.id, arboretum.park, notes="Needles down")
    kinds = [(e.on, e.kind) for e in core.hotspots.history(arboretum.park)]
    assert kinds == [
        (date(2025, 1, 2), "nominated"),
        (date(2025, 2, 11), "meeting"),
        (date(2025, 2, 11), "action"),
        (date(2025, 2, 20), "update"),
    ]


def test_a_hotspots_detail_counts_only_its_own_open_actions(core, arboretum) -> None:
    """One hotspot's detail counts its open actions alone, as the register's list does for
    every hotspot; a closed action is not counted."""
    meeting = core.meetings.open_next(arboretum.area_id, date(2025, 2, 11))

    def raise_for(hotspot_id: int) -> int:
        return core.actions.raise_action(
            description="Patrol",
            action_type_id=arboretum.cctv,
            owner_agency_id=arboretum.police,
            hotspot_id=hotspot_id,
            meeting_id=meeting.id,
        ).id

    for _ in range(3):
        raise_for(arboretum.park)
    done = core.actions.row(raise_for(arboretum.parade))
    core.actions.set_status(done.id, done.version, "completed")
    raise_for(arboretum.parade)
    listed = {row.id: row.open_actions for row in core.hotspots.list()}
    assert listed[arboretum.park] == 3 and listed[arboretum.parade] == 1
    for hotspot_id in (arboretum.park, arboretum.parade):
        assert core.hotspots.get(hotspot_id).row.open_actions == listed[hotspot_id]
