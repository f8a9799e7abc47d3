"""The marking every scope of a tracker needs, read in one query, equals the per-scope answer.

The export dialog works out what each area and agency needs from ``needed_by_scope`` (one
read as it opens); the export itself checks its rows with ``needed``. A scope must never be
offered a weaker marking than its actions' meetings carry: raised at or updated at.
"""

from __future__ import annotations

from datetime import date

from tasking.services import Services
from tasking.services.changes import MeetingChanges


def _every_scope(core: Services) -> list[tuple[int | None, int | None]]:
    areas = [None, *(a.id for a in core.partnership.areas())]
    agencies = [None, *(a.id for a in core.partnership.agencies(True))]
    return [(area, agency) for area in areas for agency in agencies]


def test_each_scope_needs_what_its_meetings_carry(core: Services) -> None:
    p = core.partnership
    arboretum, normanton = p.area_named("Arboretum").id, p.area_named("Normanton").id
    police, homes = p.agency_named("Police").id, p.agency_named("Derby Homes").id
    kind = p.terms("action_type")[0].id
    plain = core.meetings.open_next(arboretum, date(2025, 3, 5))
    sensitive = core.meetings.open_next(normanton, date(2025, 3, 6))
    sensitive = core.meetings.get(sensitive.id)
    core.meetings.edit(
        sensitive.id, sensitive.version, MeetingChanges(marking="OFFICIAL-SENSITIVE")
    )
    core.actions.raise_action(
        description="Patrol the park",
        action_type_id=kind,
        owner_agency_id=police,
        area_id=arboretum,
        meeting_id=plain.id,
    )
    raised = core.actions.raise_action(
        description="Refer the family to early help",
        action_type_id=kind,
        owner_agency_id=homes,
        area_id=normanton,
        meeting_id=sensitive.id,
    )
    visit = core.actions.raise_action(  # raised at no meeting, updated at the sensitive one
        description="Tenancy visit",
        action_type_id=kind,
        owner_agency_id=police,
        area_id=arboretum,
    )
    policy = core.exports.markings()
    before = policy.needed_by_scope()
    assert before.needed(arboretum, police).code == "OFFICIAL"
    core.actions.set_meeting_update(visit.id, sensitive.id, note="Family named", status=None)

    known = core.exports.scope_markings()
    for area, agency in _every_scope(core):
        assert known.needed(area, agency) == policy.needed_for_scope(area, agency), (area, agency)
    assert known.needed(None, None).code == "OFFICIAL-SENSITIVE"
    assert known.needed(normanton, homes).code == "OFFICIAL-SENSITIVE"  # raised there
    assert known.needed(arboretum, police).code == "OFFICIAL-SENSITIVE"  # updated there
    assert known.needed(arboretum, homes).code == "OFFICIAL"  # no actions: the lowest
    rows = core.actions.tracker(area_id=normanton, agency_id=homes)
    assert [r.id for r in rows] == [raised.id]
    assert policy.needed(rows) == known.needed(normanton, homes)


def test_no_actions_need_the_lowest_marking(core: Services) -> None:
    known = core.exports.scope_markings()
    assert known.needed(None, None) == core.exports.markings().lowest()
