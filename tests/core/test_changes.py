"""An edit changes the fields it names and nothing else; None clears an optional field."""

from __future__ import annotations

from datetime import date

import pytest

from tasking.services import ValidationError
from tasking.services.changes import UNCHANGED, ActionChanges, HotspotChanges


def _action(core, arboretum):
    meeting = core.meetings.open_next(arboretum.area_id, date(2025, 2, 11))
    return core.actions.raise_action(
        description="Patrols on Friday nights",
        action_type_id=core.partnership.terms("action_type")[0].id,
        owner_agency_id=arboretum.police,
        meeting_id=meeting.id,
        due_on=date(2025, 3, 11),
    )


def test_none_clears_a_field_and_unchanged_keeps_it(core, arboretum) -> None:
    action = _action(core, arboretum)
    cleared = core.actions.edit(action.id, action.version, ActionChanges(due_on=None))
    assert cleared.due_on is None
    assert cleared.description == "Patrols on Friday nights"
    same = core.actions.edit(cleared.id, cleared.version, ActionChanges(outcome="Two arrests"))
    assert same.due_on is None  # UNCHANGED: not set back, not cleared again


def test_only_the_given_fields_are_changed() -> None:
    changes = HotspotChanges(scanning="Needles by the bandstand", lsoa_id=None)
    assert changes.changed() == {"scanning": "Needles by the bandstand", "lsoa_id": None}
    assert HotspotChanges().changed() == {}
    assert HotspotChanges().name is UNCHANGED


def test_a_field_named_at_run_time_must_exist() -> None:
    assert ActionChanges.of({"due_on": date(2025, 5, 1)}) == ActionChanges(due_on=date(2025, 5, 1))
    with pytest.raises(ValidationError, match="Cannot change status here"):
        ActionChanges.of({"status": "completed"})


def test_a_blank_description_is_refused(core, arboretum) -> None:
    action = _action(core, arboretum)
    with pytest.raises(ValidationError, match="needs a description"):
        core.actions.edit(action.id, action.version, ActionChanges(description="  "))
    assert core.actions.row(action.id).description == "Patrols on Friday nights"
