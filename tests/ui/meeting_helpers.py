"""Fixtures and a ready-made Arboretum history for the meeting workspace tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from unittest import mock

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tasking.services import Services, TaskingError
from tasking.services.changes import MeetingChanges
from tasking.ui import dialogs as shared_dialogs
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
    folder: Path


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
    return Arboretum(services, area.id, first.id, actions, hotspots, people, police, council, path)


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

    monkeypatch.setattr(
        shared_dialogs.ErrorNotice, "tell", classmethod(lambda cls, p, m: told.append(m))
    )
    monkeypatch.setattr(shared_dialogs.ConflictDialog, "ask", classmethod(refuse))
    monkeypatch.setattr(dialogs.ConfirmFinalise, "ask", classmethod(refuse))
    monkeypatch.setattr(dialogs.ReopenDialog, "ask", classmethod(refuse))
    return told


def make_settings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    from tasking.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def make_workspace(qtbot, world: Arboretum, history: EditHistory, settings: object = None):
    """The meetings place as the window shows it; its workspace, where the tests work."""
    from tasking.ui.meetings_place import MeetingsPlace

    place = MeetingsPlace(world.services, history, settings or make_settings(world.folder))
    qtbot.addWidget(place)
    place.resize(1100, 800)
    with qtbot.waitActive(place):
        place.show()
        place.activateWindow()
    workspace = place.workspace
    workspace.place = place  # the test holds the workspace: it keeps the place alive too
    return workspace


def workspace_of(widget: QWidget):
    """The meeting workspace a section belongs to."""
    from tasking.ui.meeting.workspace import MeetingWorkspace

    while not isinstance(widget, MeetingWorkspace):
        widget = widget.parent()
    return widget


def open_next(workspace, area_id: int, held_on: date | None = None) -> int:
    """Open the area's next meeting the chair's way: Open next meeting…, the date suggested."""
    from tasking.ui.meetings_place import MeetingsPlace, OpenNextDialog

    place = workspace.parent()
    while not isinstance(place, MeetingsPlace):
        place = place.parent()
    if held_on is None:
        dialog = OpenNextDialog(
            workspace.services, workspace.services.partnership.areas(), area_id, place
        )
        held_on = dialog.held_on.date().toPython()
        dialog.deleteLater()
    answer = (area_id, held_on)
    with mock.patch.object(OpenNextDialog, "ask", classmethod(lambda cls, *a: answer)):
        place.open_next.click()
    opened(workspace)
    return workspace.meeting_id or 0


def opened(workspace) -> None:
    """Wait until the meeting asked for is read (on a worker) and shown."""
    import time

    deadline = time.monotonic() + 10
    while workspace.is_opening and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.002)
    assert not workspace.is_opening, "the meeting was not read within 10 s"


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
