"""The SQLite search index: made by its migration, kept by triggers any connection runs, mended.

The index must never cost a record: upgrading and downgrading a demo database keeps every
row of every table, and the triggers are plain SQL, so an edit made outside Tasking (the
sqlite3 shell, with no Python function registered) is found too.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event

from tasking.demo import generate
from tasking.models import migrate, search_index
from tasking.services import Services


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    generate(path, scale="small", today=date(2025, 6, 1))
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    return copy


def _engine(path: Path):
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _foreign_keys(connection, _record) -> None:  # as Tasking opens its databases
        connection.execute("PRAGMA foreign_keys = ON")

    return engine


def _counts(path: Path) -> dict[str, int]:
    """Rows of every table but the index's own."""
    connection = sqlite3.connect(path)
    names = [
        n
        for (n,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%'"
        )
    ]
    counts = {n: connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    connection.close()
    return counts


def _index_rows(path: Path) -> int | None:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM search_index").fetchone()[0]
    except sqlite3.OperationalError:
        return None
    finally:
        connection.close()


def test_upgrade_and_downgrade_keep_every_row(demo: Path) -> None:
    before_index = migrate.revisions()["0010"]
    engine = _engine(demo)
    migrate.downgrade(engine, before_index)
    assert _index_rows(demo) is None
    before = _counts(demo)
    assert before["action"] and before["action_update"] and before["meeting"]
    migrate.upgrade(engine, "0010")
    assert _counts(demo) == before
    indexed = _index_rows(demo)
    assert indexed and indexed > before["action"]
    migrate.downgrade(engine, before_index)
    assert _counts(demo) == before
    assert _index_rows(demo) is None
    engine.dispose()
    services = Services.open(demo)  # the app migrates it again on opening
    assert services.search.uses_index()
    assert services.search.search("abbey")
    services.close()
    assert _counts(demo) == before


def test_the_demo_is_indexed_as_it_is_made(demo: Path) -> None:
    services = Services.open(demo)
    with services.database.read() as session:
        connection = session.connection()
        assert search_index.indexed_rows(connection) == search_index.expected_rows(connection)
    reference = services.actions.tracker()[0].reference
    assert reference in [h.label for h in services.search.search(reference)]
    services.close()


def test_an_edit_outside_tasking_is_indexed_by_the_triggers(demo: Path) -> None:
    connection = sqlite3.connect(demo)  # no Python function registered: plain SQL triggers
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute(
        "UPDATE meeting SET any_other_business = 'Hedgehog rescue, Zdeněk' "
        "WHERE id = (SELECT min(id) FROM meeting)"
    )
    connection.commit()
    connection.close()
    services = Services.open(demo)
    (hit,) = services.search.search("zdenek hedge")
    assert hit.kind == "aob"
    services.close()


def test_a_renamed_area_renames_its_meetings(demo: Path) -> None:
    connection = sqlite3.connect(demo)
    connection.execute("UPDATE area SET name = 'Quernmore' WHERE name = 'Abbey'")
    connection.commit()
    connection.close()
    services = Services.open(demo)
    hits = services.search.search("quernmore")
    assert hits and {h.kind for h in hits} == {"meeting"}
    assert all(h.area == "Quernmore" for h in hits)
    services.close()


def test_an_index_out_of_step_is_rebuilt_on_first_search(demo: Path) -> None:
    connection = sqlite3.connect(demo)
    connection.execute(
        "DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_index LIMIT 50)"
    )
    connection.commit()
    connection.close()
    services = Services.open(demo)
    assert services.search.uses_index()
    with services.database.read() as session:
        connection_ = session.connection()
        assert search_index.indexed_rows(connection_) == search_index.expected_rows(connection_)
    services.close()


def test_without_fts5_the_rows_are_searched_alike(demo: Path) -> None:
    indexed = Services.open(demo)
    answers = {typed: indexed.search.search(typed) for typed in ("abbey lib", "awaiting", "ABB-")}
    indexed.close()
    engine = _engine(demo)
    with engine.begin() as connection:
        search_index.drop(connection)  # as an SQLite built without FTS5 would leave it
    engine.dispose()
    plain = Services.open(demo)
    assert not plain.search.uses_index()
    for typed, hits in answers.items():
        again = plain.search.search(typed)
        assert [(h.kind, h.record_id) for h in again] == [(h.kind, h.record_id) for h in hits]
    assert plain.search.rebuild() > 0  # `tasking search --rebuild` makes it again
    assert plain.search.uses_index()
    plain.close()


def _tasking(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tasking", *args], capture_output=True, text=True, timeout=120
    )


def test_the_command_line_prints_kind_date_where_and_text(demo: Path) -> None:
    done = _tasking("search", "abbey library", "--database", str(demo), "--limit", "2")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 2
    kind, dated, where, text = lines[0].split("\t")
    assert (kind, where, text) == ("Meeting", "Abbey meeting, Abbey Library", "Abbey Library")
    assert dated >= lines[1].split("\t")[1]  # newest first
    rebuilt = _tasking("search", "--rebuild", "--database", str(demo))
    assert rebuilt.returncode == 0 and rebuilt.stdout.startswith("Indexed ")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("search", "abbey", "--limit", "0"), "--limit takes a number from 1"),
        (("search", "   "), "say what to look for"),
    ],
)
def test_bad_search_arguments_are_one_line_and_change_nothing(demo: Path, args, says) -> None:
    before = hashlib.sha256(demo.read_bytes()).hexdigest()
    done = _tasking(*args, "--database", str(demo))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and says in done.stderr
    assert hashlib.sha256(demo.read_bytes()).hexdigest() == before


def _in_step(path: Path) -> tuple[int, int]:
    engine = _engine(path)
    with engine.connect() as connection:
        counts = search_index.indexed_rows(connection), search_index.expected_rows(connection)
    engine.dispose()
    return counts


def test_a_meeting_moved_or_deleted_keeps_the_index_exact(demo: Path) -> None:
    """Hotspot items are keyed with their meeting's date: moving the meeting moves them, and
    deleting it (its items going by cascade) leaves nothing behind."""
    connection = sqlite3.connect(demo)
    connection.execute("PRAGMA foreign_keys = ON")
    (meeting_id,) = connection.execute(
        "SELECT meeting_id FROM hotspot_discussion WHERE notes <> '' LIMIT 1"
    ).fetchone()
    connection.execute(
        "UPDATE meeting SET held_on = date(held_on, '+3 days') WHERE id = ?", (meeting_id,)
    )
    connection.commit()
    indexed, expected = _in_step(demo)
    assert indexed == expected
    (held_on,) = connection.execute(
        "SELECT held_on FROM meeting WHERE id = ?", (meeting_id,)
    ).fetchone()
    keys = [k for (k,) in connection.execute("SELECT rowid FROM search_index")]
    code = search_index.CODES["notes"]
    days = {search_index.decode(k)[0] for k in keys if search_index.decode(k)[1] == code}
    assert (date.fromisoformat(held_on) - date(1900, 1, 1)).days in days
    connection.execute("DELETE FROM action_review WHERE meeting_id = ?", (meeting_id,))
    connection.execute(
        "UPDATE action SET raised_at_id = NULL WHERE raised_at_id = ?", (meeting_id,)
    )
    connection.execute("DELETE FROM meeting WHERE id = ?", (meeting_id,))
    connection.commit()
    connection.close()
    indexed, expected = _in_step(demo)
    assert indexed == expected
