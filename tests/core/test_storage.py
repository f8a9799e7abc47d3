"""Storage: opening, refusing files that are not ours, pragmas, UTC, migrations."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from tasking.export.files import ExportError
from tasking.models import Action, AuditEntry, Meeting, migrate
from tasking.models.database import (
    APPLICATION_ID,
    DatabaseError,
    NewerDatabase,
    NotATaskingDatabase,
    database_url,
    has_hot_journal,
    open_database,
)
from tasking.services import Services, TaskingError


def test_new_database_is_migrated_to_head_and_marked_as_tasking(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    services = Services.open(path, create=True)
    services.close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
        migrate.head_revision()
    )
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()


def test_pragmas_are_on_for_every_connection(tmp_path: Path) -> None:
    database = open_database(tmp_path / "p.sqlite", create=True)
    with database.read() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == 10_000
    database.close()


def test_a_text_file_is_refused_and_left_byte_for_byte_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite"
    original = b"Minutes of the Arboretum meeting\n" * 50
    path.write_bytes(original)
    with pytest.raises(NotATaskingDatabase, match="not a Tasking database"):
        Services.open(path)
    assert path.read_bytes() == original


def test_another_programs_sqlite_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.execute("INSERT INTO contacts VALUES ('Aisha Khan')")
    connection.commit()
    connection.close()
    original = path.read_bytes()
    with pytest.raises(NotATaskingDatabase, match="another program"):
        Services.open(path)
    assert path.read_bytes() == original


def test_a_database_from_a_newer_version_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    Services.open(path, create=True).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.execute("PRAGMA journal_mode = DELETE")  # fold the WAL into the file
    connection.close()
    original = path.read_bytes()
    with pytest.raises(NewerDatabase, match="newer version of Tasking"):
        Services.open(path)
    assert path.read_bytes() == original


def test_environment_variable_chooses_the_database(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TASKING_DATABASE", str(tmp_path / "env.sqlite"))
    assert database_url(None) == f"sqlite:///{tmp_path / 'env.sqlite'}"
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


def test_timestamps_are_stored_as_utc_and_come_back_aware(core) -> None:
    with core.database.read() as session:
        entry = session.scalars(select(AuditEntry)).first()
    with core.database.write() as session:
        area = core.partnership.area_named("Abbey")
        meeting = Meeting(
            area_id=area.id,
            held_on=date(2025, 2, 1),
            finalised_at=datetime(2025, 2, 1, 19, 30, tzinfo=UTC),
        )
        session.add(meeting)
        session.flush()
        meeting_id = meeting.id
    with core.database.read() as session:
        stored = session.execute(
            text("SELECT finalised_at FROM meeting WHERE id = :id"), {"id": meeting_id}
        ).scalar()
        loaded = session.get(Meeting, meeting_id)
        assert loaded.finalised_at == datetime(2025, 2, 1, 19, 30, tzinfo=UTC)
        assert loaded.finalised_at.tzinfo is not None
    assert str(stored).startswith("2025-02-01 19:30:00")
    assert entry is None or entry.at.tzinfo is not None


def test_migration_head_down_head_keeps_the_data(core, arboretum) -> None:
    core.actions.raise_action(
        description="Lighting survey",
        action_type_id=arboretum.cctv,
        owner_agency_id=arboretum.homes,
        hotspot_id=arboretum.park,
    )
    engine = core.database.engine
    migrate.downgrade(engine, "-1")
    assert migrate.current_revision(engine) != migrate.head_revision()
    migrate.upgrade(engine, "head")
    assert migrate.current_revision(engine) == migrate.head_revision()
    rows = core.actions.tracker()
    assert [r.description for r in rows] == ["Lighting survey"]


def test_an_older_database_is_upgraded_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0001")
    engine.dispose()
    services = Services.open(path)
    services.close()
    assert migrate.current_revision(create_engine(f"sqlite:///{path}")) == migrate.head_revision()
    pattern = f"old-*-before-migration-{migrate.head_revision()}.sqlite"
    (backup,) = (tmp_path / "backups").glob(pattern)
    assert migrate.current_revision(create_engine(f"sqlite:///{backup}")) == "0001"


def test_foreign_keys_are_enforced(core) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), core.database.write() as session:
        session.add(
            Action(
                reference="X-2025-001",
                ref_prefix="X",
                ref_year=2025,
                ref_number=1,
                description="orphan",
                action_type_id=99999,
                area_id=99999,
                owner_agency_id=99999,
                raised_on=date(2025, 1, 1),
            )
        )


def test_the_quick_revision_check_agrees_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate._config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert set(migrate.revisions()) == {s.revision for s in scripts.walk_revisions()}


def test_a_write_blocked_by_another_writer_is_refused_cleanly(tmp_path: Path, monkeypatch):
    from tasking.models import database as storage
    from tasking.services import TaskingError

    monkeypatch.setattr(storage, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "shared.sqlite"
    services = Services.open(path, create=True)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another chair is in the middle of saving
    try:
        with pytest.raises(TaskingError, match="Nothing was changed"):
            services.partnership.add_agency("Neighbourhood Watch")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "Neighbourhood Watch" not in [a.name for a in services.partnership.agencies()]
    services.partnership.add_agency("Neighbourhood Watch")  # and works once the lock is gone
    services.close()


# --- refusing what would destroy or hide the data (issue: storage that never loses data) ------


def run_cli(*args: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        "TASKING_LOG_DIR": str(tmp_path / "logs"),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "tasking", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def made(tmp_path: Path) -> Path:
    path = tmp_path / "db.sqlite"
    services = Services.open(path, create=True)
    services.meetings.open_next(services.partnership.area_named("Abbey").id, date(2025, 6, 1))
    services.close()
    return path


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_exporting_onto_the_database_is_refused_and_it_survives(made, tmp_path, suffix):
    services = Services.open(made)
    services.partnership.add_agency("Kept in the WAL")  # a -wal file with commits in it
    target = Path(f"{made}{suffix}")
    before = sha256(target)
    with pytest.raises(ExportError, match="database"):
        services.exports.write_tracker(target)
    assert sha256(target) == before
    services.close()
    on_disk = sha256(made)
    done = run_cli("export", "tracker", "--database", str(made), "-o", str(made), tmp_path=tmp_path)
    assert done.returncode == 2 and "database" in done.stderr
    assert "Wrote" not in done.stdout
    assert sha256(made) == on_disk
    check = Services.open(made)
    assert "Kept in the WAL" in [a.name for a in check.partnership.agencies()]
    check.close()


def test_the_open_database_is_refused_by_device_and_inode_whatever_its_name(tmp_path):
    from tasking.export.files import check_destination, protect_from_exports

    database = tmp_path / "renamed.xlsx"
    database.write_bytes(b"PK\x03\x04 not really; stands for a file known by inode only")
    link = tmp_path / "another name.xlsx"
    os.link(database, link)
    protect_from_exports(database)
    with pytest.raises(ExportError, match="open Tasking database"):
        check_destination(link)


def test_another_sqlite_file_and_a_file_of_another_kind_are_not_overwritten(made, tmp_path):
    services = Services.open(made)
    other = tmp_path / "contacts.xlsx"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE c (name TEXT)")
    connection.commit()
    connection.close()
    notes = tmp_path / "minutes.pdf"
    notes.write_text("the chair's own notes")
    for target, message in ((other, "database file"), (notes, "not a PDF")):
        before = sha256(target)
        with pytest.raises(ExportError, match=message):
            if target.suffix == ".pdf":
                services.exports.write_minutes(services.meetings.list()[0].id, target)
            else:
                services.exports.write_tracker(target)
        assert sha256(target) == before
    services.close()


@pytest.mark.parametrize("content", [b"", b"\x00" * 10, b"my shopping list\n"])
def test_an_empty_or_foreign_file_is_refused_byte_for_byte_unchanged(tmp_path, content):
    path = tmp_path / "tasking.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseError):
        Services.open(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tasking.sqlite"]
    done = run_cli(
        "export",
        "tracker",
        "--database",
        str(path),
        "-o",
        str(tmp_path / "t.xlsx"),
        tmp_path=tmp_path,
    )
    assert done.returncode == 2 and not (tmp_path / "t.xlsx").exists()
    assert path.read_bytes() == content


def test_a_missing_file_is_not_created_unless_asked(tmp_path):
    path = tmp_path / "typo.sqlite"
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(path)
    assert not path.exists()
    open_database(path, create=True).close()
    assert path.exists()


def test_a_database_in_a_missing_folder_is_refused_naming_the_folder(tmp_path):
    path = tmp_path / "S-drive" / "CSP" / "tasking.sqlite"
    with pytest.raises(DatabaseError, match=re.escape(str(tmp_path / "S-drive" / "CSP"))):
        open_database(path, create=True)
    assert not (tmp_path / "S-drive").exists()


def test_only_the_default_database_is_created_with_its_folder(tmp_path, monkeypatch):
    from tasking.models import database as storage

    default = tmp_path / "data" / "Tasking" / "tasking.sqlite"
    monkeypatch.setattr(storage, "default_database_path", lambda: default)
    open_database(None, create=True).close()
    assert default.exists()
    if os.name == "posix":
        assert default.parent.stat().st_mode & 0o777 == 0o700
        assert default.stat().st_mode & 0o777 == 0o600


def test_an_unreadable_file_is_named_as_a_permissions_problem(made, monkeypatch):
    made.chmod(0o000)
    if os.access(made, os.R_OK):  # root reads anything: deny it as the OS would for a user
        real_access = os.access
        monkeypatch.setattr(
            os,
            "access",
            lambda path, mode, **kw: (
                False if Path(path) == made and mode & os.R_OK else real_access(path, mode, **kw)
            ),
        )
    try:
        with pytest.raises(DatabaseError, match="permission to read"):
            open_database(made)
    finally:
        made.chmod(0o600)


HOT_WRITER = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode = DELETE")
connection.execute("PRAGMA cache_size = 2")  # spill changed pages into the file before commit
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE agency SET name = name || ' (half-renamed)'")
connection.execute("CREATE TABLE scratch (x BLOB)")
for n in range(2000):
    connection.execute("INSERT INTO scratch VALUES (?)", (os.urandom(3000),))
    with open(sys.argv[1] + "-journal", "rb") as journal:
        if journal.read(8) != bytes(8):  # synced: the database file itself has been written
            break
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(os.name != "posix", reason="the writer kills itself with SIGKILL")
def test_a_hot_rollback_journal_is_kept_aside_and_rolled_back_with_nothing_lost(made, tmp_path):
    services = Services.open(made)
    names = sorted(a.name for a in services.partnership.agencies())
    terms = len(services.partnership.terms("action_type"))
    services.close()
    connection = sqlite3.connect(made)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    killed = subprocess.run([sys.executable, "-c", HOT_WRITER, str(made)], check=False)
    assert killed.returncode == -9
    journal = Path(f"{made}-journal")
    assert journal.stat().st_size > 0  # a hot journal, as a crash leaves it
    assert has_hot_journal(made)
    services = Services.open(made)
    assert sorted(a.name for a in services.partnership.agencies()) == names
    assert len(services.partnership.terms("action_type")) == terms
    services.close()
    connection = sqlite3.connect(made)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert "scratch" not in tables  # the interrupted transaction was rolled back
    (aside,) = (tmp_path / "backups").glob("db-*-hot-journal")
    assert sorted(p.name for p in aside.iterdir()) == ["db.sqlite", "db.sqlite-journal"]


@pytest.fixture
def tiny_disk(tmp_path: Path, made: Path):
    """A file system with room for little more than the database, or a skip saying why not."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.name != "posix" or shutil.which("mount") is None:
        pytest.skip("needs mount(8) to make a small file system")
    made = subprocess.run(
        [
            "mount",
            "-t",
            "tmpfs",
            "-o",
            f"size={made.stat().st_size // 1024 + 300}k",
            "tmpfs",
            str(mount),
        ],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {made.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path) -> None:
    with contextlib.suppress(OSError), open(folder / "filler", "wb") as handle:
        while True:
            handle.write(b"\x00" * 4096)
            handle.flush()


def test_a_full_disk_is_named_at_open_and_on_export(tiny_disk, made, tmp_path):
    database = tiny_disk / "tasking.sqlite"
    shutil.copy(made, database)
    fill(tiny_disk)
    with pytest.raises(DatabaseError, match="full"):
        Services.open(database).close()
    (tiny_disk / "filler").unlink()
    services = Services.open(made)
    for n in range(400):
        services.partnership.add_agency(f"Agency with a long enough name to fill a sheet {n:04}")
    services.close()
    export_folder = tiny_disk / "exports"
    export_folder.mkdir()
    fill(tiny_disk)
    (tiny_disk / "filler").write_bytes(b"\x00" * ((tiny_disk / "filler").stat().st_size - 8192))
    done = run_cli(
        "export",
        "tracker",
        "--database",
        str(made),
        "-o",
        str(export_folder / "t.xlsx"),
        tmp_path=tmp_path,
    )
    assert done.returncode == 2, done.stderr
    [line] = done.stderr.strip().splitlines()
    assert "disk is full" in line
    assert list(export_folder.iterdir()) == []


def test_an_edit_on_a_full_disk_is_refused_naming_the_cause(tiny_disk, made):
    database = tiny_disk / "tasking.sqlite"
    shutil.copy(made, database)
    services = Services.open(database)
    fill(tiny_disk)
    saved, refused = [], None
    for n in range(200):  # the WAL grows until the disk has no room for it
        name = f"Agency {n:03} " + "x" * 150
        try:
            services.partnership.add_agency(name)
        except TaskingError as error:
            refused = (name, str(error))
            break
        saved.append(name)
    assert refused is not None and "full" in refused[1]
    (tiny_disk / "filler").unlink()
    names = {a.name for a in services.partnership.agencies()}
    services.close()
    assert set(saved) <= names and refused[0] not in names  # all or nothing, nothing lost
    connection = sqlite3.connect(database)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()


def test_a_read_only_database_says_so_at_once_and_opens_for_reading(tiny_disk, made):
    database = tiny_disk / "tasking.sqlite"
    shutil.copy(made, database)
    remount = subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], check=False)
    if remount.returncode != 0:
        pytest.skip("cannot make the small file system read-only")
    services = Services.open(database)
    assert services.database.read_only
    assert [m.area for m in services.meetings.list()] == ["Abbey"]
    with pytest.raises(TaskingError, match="read-only"):
        services.partnership.add_agency("Neighbourhood Watch")
    services.close()


def test_a_read_only_file_is_refused_for_edits_with_the_reason(made, monkeypatch):
    from tasking.models import database as storage

    monkeypatch.setattr(storage, "is_writable", lambda _path: False)  # as a 0444 file for a user
    services = Services.open(made)
    assert services.database.read_only
    with pytest.raises(TaskingError, match="read-only: changes cannot be saved"):
        services.partnership.add_agency("Neighbourhood Watch")
    services.close()
    assert "Neighbourhood Watch" not in [a.name for a in Services.open(made).partnership.agencies()]


LOCKER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA locking_mode = EXCLUSIVE")  # as some database browsers do
connection.execute("BEGIN EXCLUSIVE")
connection.execute("UPDATE agency SET short_name = short_name")
print("locked", flush=True)
sys.stdin.readline()
"""


def test_a_lock_held_by_another_program_is_named(made, monkeypatch):
    from tasking.models import database as storage

    monkeypatch.setattr(storage, "BUSY_TIMEOUT_MS", 500)
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(made)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseError, match=r"Another program has held .* locked"):
            Services.open(made)
    finally:
        locker.communicate("done\n", timeout=30)


def test_leftovers_of_killed_exports_are_recognisable_and_cleaned_up(made, tmp_path):
    from tasking.export import files

    folder = tmp_path / "exports"
    folder.mkdir()
    stale = folder / f"{files.TEMP_PREFIX}tracker-abc123{files.TEMP_SUFFIX}"
    stale.write_bytes(b"half a workbook")
    old = time.time() - 2 * files.STALE_AFTER_S
    os.utime(stale, (old, old))
    fresh = folder / f"{files.TEMP_PREFIX}minutes-def456{files.TEMP_SUFFIX}"
    fresh.write_bytes(b"another export, still running")
    services = Services.open(made)
    services.exports.write_tracker(folder / "tracker.xlsx")
    services.close()
    assert sorted(p.name for p in folder.iterdir()) == sorted([fresh.name, "tracker.xlsx"])


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_log_and_exports_are_private(tmp_path):
    done = run_cli("demo", "--database", str(tmp_path / "demo.sqlite"), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    out = tmp_path / "tracker.xlsx"
    assert (
        run_cli(
            "export",
            "tracker",
            "--database",
            str(tmp_path / "demo.sqlite"),
            "-o",
            str(out),
            tmp_path=tmp_path,
        ).returncode
        == 0
    )
    for path in (tmp_path / "demo.sqlite", tmp_path / "logs" / "tasking.log", out):
        assert path.stat().st_mode & 0o777 == 0o600, path
    assert (tmp_path / "logs").stat().st_mode & 0o777 == 0o700


def test_wal_mode_commits_are_synchronous_full(made):
    database = open_database(made)
    with database.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    database.close()
