"""Fixtures and a ready-made Arboretum history for the meeting workspace tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tasking.services import Services, TaskingError
from tasking.services.changes import MeetingChanges
from tasking.ui.meeting import dialogs
from tasking.ui.undo import EditHistory

# The core still calls Result.tuples(), deprecated in SQLAlchemy 2.1 (reported to the lead).
TODAY = date(2025, 3, 10)
FIRST = date(2025, 2, 10)
SECOND = date(2025, 3, 10)
THIRD = date(2025, 4, 7)


@dataclass
class Arboretum:
    """Services with a finalised February meeting: four open actions, two active hotspots."""

    services: Services
    area_id: int
    first_meeting_id: int
    actions: list[int]
    hotspots: list[int]
    people: dict[str, int]
    police_id: int
    council_id: int


def build_arboretum(path: Path) -> Arboretum:
    services = Services.open(path / "tasking.sqlite", today=lambda: TODAY, create=True)
    p = services.partnership
    area = p.area_named("Arboretum")
    police = p.agency_named("Derbyshire Police").id
    council = p.agency_named("Derby City Council: Community Safety").id
    homes = p.agency_named("Derby Homes").id
    people = {
        "Imran Chaudhry": p.add_person("Imran Chaudhry", police, "PCSO").id,
        "Gurpreet Kaur Sandhu": p.add_person("Gurpreet Kaur Sandhu", council, "ASB officer").id,
        "Małgorzata Wiśniewska": p.add_person("Małgorzata Wiśniewska", homes, "Housing officer").id,
        "Ľubomír Dvořák": p.add_person("Ľubomír Dvořák", council, "Youth worker").id,
        "عائشہ خان": p.add_person("عائشہ خان", police, "Inspector").id,
        "ਹਰਪ੍ਰੀਤ ਸਿੰਘ": p.add_person("ਹਰਪ੍ਰੀਤ ਸਿੰਘ", homes, "Tenancy officer").id,
    }
    first = services.meetings.open_next(
        area.id, FIRST, venue="Council House", chair_id=people["عائشہ خان"]
    )
    services.meetings.edit(first.id, first.version, MeetingChanges(next_meeting_on=SECOND))
    hotspots = [
        services.hotspots.nominate(
            name=name, area_id=area.id, nominated_by_id=police, reason=reason, meeting_id=first.id
        ).id
        for name, reason in (
            ("Arboretum Park", "Drug litter near the bandstand"),
            ("Normanton Road shops", "Street drinking outside the off-licence"),
            ("Hartington Street", "Youth ASB in the evenings"),
        )
    ]
    type_id = p.terms("action_type")[0].id
    actions = [
        services.actions.raise_action(
            description=text,
            action_type_id=type_id,
            owner_agency_id=agency,
            hotspot_id=hotspot,
            meeting_id=first.id,
        ).id
        for text, agency, hotspot in (
            ("Redeploy CCTV to the bandstand", police, hotspots[0]),
            ("Clear drug litter weekly", council, hotspots[0]),
            ("Test purchase at the off-licence", council, hotspots[1]),
        )
    ]
    detail = services.meetings.get(first.id)
    services.meetings.finalise(first.id, detail.version)
    return Arboretum(services, area.id, first.id, actions, hotspots, people, police, council)


@pytest.fixture
def arboretum(tmp_path: Path) -> Iterator[Arboretum]:
    world = build_arboretum(tmp_path)
    yield world
    world.services.close()


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A modal dialog would hang an offscreen test: fail loudly instead, unless a test allows it."""
    told: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"Unexpected dialog: {args} {kwargs}")

    monkeypatch.setattr(dialogs.ErrorNotice, "tell", classmethod(lambda cls, p, m: told.append(m)))
    monkeypatch.setattr(dialogs.ConflictDialog, "ask", classmethod(refuse))
    monkeypatch.setattr(dialogs.ConfirmFinalise, "ask", classmethod(refuse))
    monkeypatch.setattr(dialogs.ReopenDialog, "ask", classmethod(refuse))
    return told


def make_workspace(qtbot, world: Arboretum, history: EditHistory, settings: object = None):
    from tasking.ui.meeting.workspace import MeetingWorkspace

    workspace = MeetingWorkspace(world.services, history, settings)
    qtbot.addWidget(workspace)
    workspace.resize(1100, 760)
    with qtbot.waitActive(workspace):
        workspace.show()
        workspace.activateWindow()
    return workspace


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    """A key press where the keyboard focus is, as the chair's keyboard would send it."""
    widget = focused()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)


def type_text(qtbot, text: str) -> None:
    widget = focused()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClicks(widget, text)


__all__ = ["TaskingError"]
