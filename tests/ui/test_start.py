"""Start-up: the meetings list shows before the database is open, and places build when shown."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tasking.ui.app import CannotOpen, Session
from tasking.ui.meetings_list import MeetingsFirstLook
from tasking.ui.meetings_place import MeetingsPlace


@pytest.fixture
def start(qtbot, settings, tmp_path):
    """A session started the way the app starts: frame with the first look, then a worker."""
    made: list[Session] = []

    def starting(location: str) -> tuple[Session, list[bool]]:
        session = Session(settings, tmp_path / "tasking.log", dialogs=False)
        made.append(session)
        frame = session.show_frame(location)
        qtbot.addWidget(frame)
        qtbot.waitExposed(frame)
        opened: list[bool] = []
        session.start(location, opened.append)
        return session, opened

    yield starting
    for session in made:
        session.close()


def test_the_list_shows_before_the_database_opens_then_the_place_takes_over(
    qtbot, services, records, start
) -> None:
    expected = services.meetings.list()
    session, opened = start(str(services.database.path))
    window = session.window
    page = window.places.widget(0)
    if not opened:  # the worker may already be done on a fast machine
        assert isinstance(page, MeetingsFirstLook)
        assert page.proxy.rowCount() == len(expected)
        assert page.proxy.index(0, 0).data() == expected[0].area
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert opened == [True] and window.services is not None
    place = window.places.widget(0)
    assert isinstance(place, MeetingsPlace) and place is window.meetings
    assert place.proxy.rowCount() == len(expected)
    assert window.windowTitle().startswith(f"{services.partnership.name()} — ")
    # Only the place on screen was built; the others are built when first shown.
    assert [window.is_built(i) for i in range(5)] == [True, False, False, False, False]
    window.show_place(3)
    assert window.is_built(3) and window.places.currentWidget() is window.partnership
    tracker = window.tracker  # asked for by name: built then too
    assert window.is_built(2) and window.places.widget(2) is tracker


def test_a_read_only_database_opens_read_only_through_the_worker(
    qtbot, services, records, start, monkeypatch
) -> None:
    from tasking.models import database as storage

    path = services.database.path
    services.close()
    monkeypatch.setattr(storage, "is_writable", lambda _path: False)
    session, opened = start(str(path))
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    window = session.window
    assert opened == [True] and window.services.database.read_only
    assert window.read_only_banner.isVisible()
    assert "(read-only)" in window.windowTitle()
    assert not window.meetings.open_next.isEnabled()


def test_a_database_that_cannot_be_opened_says_so_and_changes_nothing(
    qtbot, start, tmp_path: Path, monkeypatch
) -> None:
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    before = foreign.read_bytes()
    told: list[str] = []

    def show(cls, location, error, dialogs, keeping=False):
        told.append(str(error))
        return None  # the chair chose Quit

    monkeypatch.setattr(CannotOpen, "show", classmethod(show))
    session, opened = start(str(foreign))
    assert isinstance(session.window.places.widget(0), MeetingsFirstLook) is False
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert opened == [False] and len(told) == 1
    assert foreign.read_bytes() == before


def test_the_daily_backup_is_taken_after_a_start_on_the_worker(
    qtbot, tmp_path: Path, start
) -> None:
    from tasking.models.backups import list_backups
    from tasking.services import Services

    path = tmp_path / "daily.sqlite"
    Services.open(path, create=True).close()
    _session, opened = start(str(path))
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    qtbot.waitUntil(lambda: bool(list_backups(tmp_path / "backups")), timeout=20_000)
    assert [b.kind for b in list_backups(tmp_path / "backups")] == ["daily"]
