"""Shared fixtures: a fresh seeded database, a small set of records, isolated settings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from tasking.services import Services
from tasking.services.changes import MeetingChanges

TODAY = date(2025, 6, 1)

# Names in the partnership's languages: they must show and survive everywhere.
NAMES = {
    "urdu": "عائشہ خان",
    "punjabi": "ਹਰਪ੍ਰੀਤ ਕੌਰ",
    "polish": "Zofia Wiśniewska-Łęcka",
    "slovak": "Ľubomír Šťastný",
}


def pytest_configure(config: pytest.Config) -> None:
    # SQLAlchemy 2.1 deprecates Result.tuples(), which the services still call; remove this
    # line once they unpack rows directly (reported to the services' owner).
    config.addinivalue_line("filterwarnings", "ignore:The Result.tuples\\(\\) method is deprecated")
    # The offscreen platform cannot size native windows; harmless, and said on every show().
    config.addinivalue_line("qt_log_ignore", "This plugin does not support propagateSizeHints")
    # Nor raise or grab for a choice list's suggestions popup; harmless too.
    config.addinivalue_line("qt_log_ignore", "This plugin does not support raise")
    config.addinivalue_line("qt_log_ignore", "This plugin does not support grabbing the keyboard")


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """No test reads or writes the user's settings, logs or default database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("TASKING_LOG_DIR", str(home / "logs"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.delenv("TASKING_DATABASE", raising=False)


class MemoryKeyring(KeyringBackend):
    """The OS keyring for tests: a dictionary, so no test reads or writes the user's own."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch) -> Iterator[MemoryKeyring]:
    """Every test gets an empty keyring of its own and a process that knows no keys yet."""
    from tasking.models import encryption

    monkeypatch.delenv(encryption.KEY_ENV, raising=False)
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    forget_keys()
    yield backend
    forget_keys()
    keyring.set_keyring(before)


def forget_keys() -> None:
    """As a new process: no key known, none given (the keyring keeps what it has)."""
    from tasking.models import encryption

    encryption._known.clear()
    encryption._secrets.clear()
    encryption._new.clear()


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = Services.open(tmp_path / "t.sqlite", today=lambda: TODAY, create=True)
    yield opened
    opened.close()


@dataclass
class Records:
    """What ``records`` made, by name, for tests to refer to."""

    areas: dict[str, int] = field(default_factory=dict)
    agencies: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    hotspots: dict[str, int] = field(default_factory=dict)
    actions: dict[str, int] = field(default_factory=dict)
    meetings: dict[str, int] = field(default_factory=dict)


def build_records(services: Services) -> Records:
    """A few meetings, hotspots and actions made through the services, as a user would."""
    made = Records()
    p = services.partnership
    for name in ("Arboretum", "Normanton"):
        made.areas[name] = p.area_named(name).id
    police = p.agency_named("Derbyshire Police").id
    council = p.agencies()[1].id
    made.agencies = {"police": police, "council": council}
    for key, name in NAMES.items():
        agency = police if key in ("urdu", "polish") else council
        made.people[key] = p.add_person(name, agency, role="Officer").id
    types = {t.code: t.id for t in p.terms("action_type")}
    problems = p.terms("problem_type")
    park = services.hotspots.nominate(
        name="Arboretum Park",
        area_id=made.areas["Arboretum"],
        nominated_by_id=police,
        reason="Drug litter reported by residents",
        problem_type_ids=[problems[0].id],
        nominated_on=date(2025, 1, 10),
        lead_agency_id=council,
    )
    parade = services.hotspots.nominate(
        name="Normanton Road parade",
        area_id=made.areas["Normanton"],
        nominated_by_id=council,
        reason="Street drinking outside shops",
        problem_type_ids=[problems[1].id],
        nominated_on=date(2025, 2, 3),
    )
    made.hotspots = {"park": park.id, "parade": parade.id}
    first = services.meetings.open_next(
        made.areas["Arboretum"], date(2025, 3, 5), chair_id=made.people["urdu"]
    )
    services.meetings.edit(
        first.id, first.version, MeetingChanges(next_meeting_on=date(2025, 4, 2))
    )
    made.meetings["march"] = first.id
    specs = [
        (
            "cctv",
            "Redeploy CCTV to the park gates",
            "cctv_redeployable",
            park.id,
            "urdu",
            date(2025, 5, 20),
        ),
        (
            "patrol",
            "PSPO enforcement patrols on Friday evenings",
            "pspo_patrol",
            park.id,
            "polish",
            date(2025, 6, 30),
        ),
        (
            "letter",
            "Warning letter to the off-licence about sales",
            "pspo_patrol",
            parade.id,
            "punjabi",
            date(2025, 6, 5),
        ),
        (
            "clean",
            "Clear fly-tipping behind the parade",
            "pspo_patrol",
            parade.id,
            "slovak",
            date(2025, 7, 15),
        ),
    ]
    for key, text, kind, hotspot, person, due in specs:
        person_id = made.people[person]
        agency = police if person in ("urdu", "polish") else council
        row = services.actions.raise_action(
            description=text,
            action_type_id=types.get(kind, next(iter(types.values()))),
            owner_agency_id=agency,
            owner_person_id=person_id,
            hotspot_id=hotspot,
            due_on=due,
            raised_on=date(2025, 3, 5),
        )
        made.actions[key] = row.id
    services.actions.record_update(
        made.actions["patrol"], 1, note="Two patrols done", status="in_progress"
    )
    return made


@pytest.fixture
def records(services: Services) -> Records:
    return build_records(services)


@pytest.fixture
def settings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    from tasking.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def history(qtbot):
    from tasking.ui.undo import DataChanges, EditHistory

    refused: list[Exception] = []
    stack = EditHistory(DataChanges(), refused.append)
    stack.refused = refused  # type: ignore[attr-defined]
    return stack
