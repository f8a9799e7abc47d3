"""Past minutes never change: what a final meeting's minutes say stays what was said there."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pypdf
from sqlalchemy import delete

from tasking.models import MinutesSnapshot
from tasking.services.changes import ActionChanges, PersonChanges
from tasking.services.minutes import from_json, to_json


def _lines(path: Path) -> list[str]:
    """The PDF's text, line by line, read back with pypdf."""
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _without_generation(lines: list[str]) -> list[str]:
    return [line for line in lines if not line.startswith("Generated ")]


def _export(core, meeting_id: int, path: Path) -> list[str]:
    core.exports.write_minutes(meeting_id, path)
    return _lines(path)


def _finalise(core, meeting_id: int) -> None:
    core.meetings.finalise(meeting_id, core.meetings.get(meeting_id).version)


def _a_held_meeting(core, arboretum):
    """January raises two actions; February reviews them, decides on the park and is final."""
    first = core.meetings.open_next(arboretum.area_id, date(2025, 1, 14))
    raised = [
        core.actions.raise_action(
            description=text,
            action_type_id=arboretum.patrol,
            owner_agency_id=arboretum.police,
            hotspot_id=arboretum.park,
            meeting_id=first.id,
        )
        for text in ("Evening patrols by the bandstand", "Redeploy the camera")
    ]
    _finalise(core, first.id)
    second = core.meetings.open_next(arboretum.area_id, date(2025, 2, 11))
    core.meetings.set_attendance(second.id, arboretum.officer, "present")
    core.actions.set_meeting_update(
        raised[0].id, second.id, note="Partner officer on leave", status=None
    )
    core.actions.set_meeting_update(
        raised[1].id, second.id, note="Camera ordered", status="in_progress"
    )
    core.meetings.record_discussion(
        second.id, arboretum.park, notes="Fewer needles", decision="monitor"
    )
    _finalise(core, second.id)
    return second, raised


def _change_everything_since(core, arboretum, raised) -> None:
    patrols, camera = (core.actions.row(a.id) for a in raised)
    core.actions.set_status(patrols.id, patrols.version, "completed", note="All done")
    core.actions.edit(
        camera.id, camera.version, ActionChanges(due_on=date(2025, 9, 1), description="Moved")
    )
    camera = core.actions.row(camera.id)
    core.actions.set_status(camera.id, camera.version, "cancelled", note="Not needed")
    park = core.hotspots.get(arboretum.park)
    core.hotspots.close(park.id, park.version, "Quiet all summer")
    officer = next(p for p in core.partnership.people() if p.id == arboretum.officer)
    core.partnership.edit_person(
        officer.id, officer.version, PersonChanges(role="Sergeant", agency_id=arboretum.homes)
    )


def test_re_exporting_final_minutes_gives_the_same_text_whatever_happened_since(
    core, arboretum, tmp_path
) -> None:
    second, raised = _a_held_meeting(core, arboretum)
    before = _export(core, second.id, tmp_path / "first.pdf")
    joined = " ".join(before)
    assert "Partner officer on leave" in joined
    assert "Derby Arboretum (Monitoring)" in joined
    assert "(PCSO)" in joined
    assert any(line.startswith("Generated ") for line in before)

    _change_everything_since(core, arboretum, raised)
    after = _export(core, second.id, tmp_path / "again.pdf")

    assert _without_generation(after) == _without_generation(before)
    assert "Completed" not in " ".join(after)
    assert "Closed" not in " ".join(after)
    assert "Sergeant" not in " ".join(after)


def test_minutes_finalised_again_after_reopening_show_the_change(core, arboretum, tmp_path) -> None:
    second, raised = _a_held_meeting(core, arboretum)
    before = _export(core, second.id, tmp_path / "first.pdf")
    reopened = core.meetings.reopen(second.id, core.meetings.get(second.id).version, "Late news")
    assert reopened.state == "draft"
    core.actions.set_meeting_update(
        raised[0].id, second.id, note="Back from leave: patrols started", status="in_progress"
    )
    _finalise(core, second.id)
    again = _export(core, second.id, tmp_path / "again.pdf")
    assert _without_generation(again) != _without_generation(before)
    joined = " ".join(again)
    assert "Back from leave: patrols started" in joined
    assert "Partner officer on leave" not in joined


def test_minutes_finalised_before_snapshots_are_rebuilt_as_of_the_meeting(
    core, arboretum, tmp_path
) -> None:
    second, raised = _a_held_meeting(core, arboretum)
    with core.database.write(audit=False) as session:  # as a database from an older version
        session.execute(delete(MinutesSnapshot))
    _change_everything_since(core, arboretum, raised)

    first = _export(core, second.id, tmp_path / "first.pdf")
    joined = " ".join(first)
    assert "Derby Arboretum (Monitoring)" in joined  # not today's Closed
    assert "Completed" not in joined and "Cancelled" not in joined
    assert "Open" in joined and "In progress" in joined
    # Rebuilt once, then kept: the next export says the same.
    again = _export(core, second.id, tmp_path / "again.pdf")
    assert _without_generation(again) == _without_generation(first)


def test_a_draft_renders_live(core, arboretum, tmp_path) -> None:
    _second, raised = _a_held_meeting(core, arboretum)
    third = core.meetings.open_next(arboretum.area_id, date(2025, 3, 11))
    row = core.actions.row(raised[1].id)
    core.actions.set_meeting_update(row.id, third.id, note="Installed", status="completed")
    text = " ".join(_export(core, third.id, tmp_path / "draft.pdf"))
    assert "Installed" in text and "Completed" in text


def test_kept_minutes_read_back_whatever_fields_they_were_kept_with(core, arboretum) -> None:
    second, _raised = _a_held_meeting(core, arboretum)
    kept = core.meetings.kept_minutes(second.id)
    content = json.loads(to_json(kept))
    for line in content["reviews"]:
        del line["action_type"]  # kept by an older version, before the field existed
        line["colour"] = "red"  # or by a newer one, with a field this one does not know
    old = from_json(json.dumps(content), kept.generated_at)
    assert [r.action_type for r in old.reviews] == ["", ""]
    assert [r.update for r in old.reviews] == [r.update for r in kept.reviews]
    assert old.held_on == date(2025, 2, 11) and old.reviews[0].due_on == kept.reviews[0].due_on
