"""Start-up's first look: the meetings list read with the standard library, or nothing."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from tasking.services import first_look
from tasking.services.light_read import read_ahead


def test_the_first_look_is_the_list_the_services_give(services, records) -> None:
    path = services.database.path
    look = first_look(str(path))
    assert look is not None
    assert look.meetings == services.meetings.list()  # the same rows, in the same order
    assert look.meetings  # the records made some
    assert look.partnership == services.partnership.name()
    assert look.areas == services.partnership.areas()


def test_read_ahead_hands_over_the_same_look(services, records) -> None:
    path = str(services.database.path)
    read_ahead(path)
    look = first_look(path)
    assert look is not None and look.meetings == services.meetings.list()


def test_nothing_to_look_at_gives_none_and_touches_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite"
    assert first_look(str(missing)) is None
    assert not missing.exists()  # never made, even empty
    assert first_look("postgresql+psycopg://chair@server/tasking") is None  # the normal path
    assert first_look(":memory:") is None
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE meeting (id INTEGER)")
    before = foreign.read_bytes()
    assert first_look(str(foreign)) is None  # another program's file: not ours to show
    assert foreign.read_bytes() == before
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database")
    assert first_look(str(text)) is None


def test_a_crashed_write_still_to_recover_is_left_to_the_full_open(services, records) -> None:
    path = services.database.path
    journal = Path(f"{path}-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    try:
        assert first_look(str(path)) is None
    finally:
        journal.unlink()


def test_a_read_only_file_is_looked_at(services, records, tmp_path: Path) -> None:
    path = services.database.path
    expected = services.meetings.list()
    services.close()
    os.chmod(path, 0o444)
    try:
        look = first_look(str(path))
        assert look is not None and look.meetings == expected
    finally:
        os.chmod(path, 0o644)
