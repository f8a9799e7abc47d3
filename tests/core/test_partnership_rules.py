"""The partnership's name and its decisions live in the database; what a decision does is fixed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tasking.models import migrate
from tasking.services import ConflictError, Services, ValidationError
from tasking.services.changes import TermChanges
from tasking.services.rules import DEFAULT_PARTNERSHIP, DUE_PERIOD, DecisionEffect


def test_the_name_is_kept_in_the_database_and_printed(core: Services, arboretum) -> None:
    assert core.partnership.name() == DEFAULT_PARTNERSHIP
    _, version = core.partnership.name_version()
    core.partnership.rename(version, "Safer Arboretum Partnership")
    meeting = core.meetings.open_next(arboretum.area_id, date(2025, 1, 14))
    assert core.exports.minutes_data(meeting.id).partnership == "Safer Arboretum Partnership"
    assert core.exports.tracker_data().partnership == "Safer Arboretum Partnership"
    with pytest.raises(ConflictError):
        core.partnership.rename(version, "Someone else's stale name")
    with pytest.raises(ValidationError):
        core.partnership.rename(core.partnership.name_version()[1], "  ")


def test_a_new_action_is_due_after_the_due_period(core: Services, arboretum) -> None:
    row = core.actions.raise_action(
        description="Lighting survey",
        action_type_id=arboretum.cctv,
        owner_agency_id=arboretum.homes,
        area_id=arboretum.area_id,
        raised_on=date(2025, 1, 14),
    )
    assert row.due_on == date(2025, 1, 14) + DUE_PERIOD


def test_decisions_are_labelled_by_the_vocabulary_and_act_by_their_effect(
    core: Services, arboretum
) -> None:
    decisions = {t.code: t for t in core.partnership.terms("hotspot_decision")}
    assert {t.effect for t in decisions.values()} == {e.value for e in DecisionEffect}
    close = decisions["close"]
    core.partnership.edit_term(close.id, close.version, TermChanges(label="Sign off"))
    panel = core.partnership.add_term(
        "hotspot_decision", "Refer to the risk panel", effect=DecisionEffect.ESCALATE
    )
    meeting = core.meetings.open_next(arboretum.area_id, date(2025, 1, 14))
    with pytest.raises(ValidationError, match="refer to the risk panel"):
        core.meetings.record_discussion(meeting.id, arboretum.park, decision=panel.code)
    view = core.meetings.record_discussion(
        meeting.id, arboretum.park, decision=panel.code, decision_reason="Repeat victims"
    )
    assert view.decision_label == "Refer to the risk panel"
    assert core.hotspots.get(arboretum.park).row.status == "active"
    view = core.meetings.record_discussion(
        meeting.id,
        arboretum.park,
        decision="close",
        decision_reason="Quiet since May",
        expected_version=view.version,
    )
    assert view.decision_label == "Sign off"
    assert core.hotspots.get(arboretum.park).row.status == "closed"
    line = core.exports.minutes_data(meeting.id).hotspots[0]
    assert (line.decision, line.decision_reason) == ("Sign off", "Quiet since May")
    with pytest.raises(ValidationError, match="Sign off"):
        core.meetings.record_discussion(meeting.id, arboretum.park, decision="no_such_thing")


def test_an_older_database_gets_the_name_and_the_effects(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0002")
    with engine.begin() as connection:
        now = "2025-01-01 00:00:00"
        for n, code in enumerate(("continue", "monitor", "close", "escalate")):
            connection.execute(
                text(
                    "INSERT INTO term (kind, code, label, closed, position, built_in, active,"
                    " created_at, updated_at, version)"
                    " VALUES ('hotspot_decision', :code, :label, 0, :n, 1, 1, :now, :now, 1)"
                ),
                {"code": code, "label": code.title(), "n": n, "now": now},
            )
    engine.dispose()
    services = Services.open(path)
    try:
        assert services.partnership.name() == DEFAULT_PARTNERSHIP
        effects = {t.code: t.effect for t in services.partnership.terms("hotspot_decision")}
        assert effects == {e.value: e.value for e in DecisionEffect}
    finally:
        services.close()
