"""Backups: online copies with the WAL, checked, private, rotated; restore puts them back."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tasking.demo import generate
from tasking.models import backups
from tasking.models.backups import BackupError, list_backups, restore, rotate, take_backup
from tasking.models.database import open_database
from tasking.services import Services

DEMO_TODAY = date(2025, 11, 20)

# A second process that commits rows, then holds more rows in an open transaction.
WRITER = """
import sqlite3, sys
INSERT = (
    "INSERT INTO agency (name, short_name, active, version, created_at, updated_at) "
    "VALUES (?, '', 1, 1, '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
)
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA wal_autocheckpoint = 0")  # committed rows stay in the -wal file
for n in range(int(sys.argv[2])):
    connection.execute(INSERT, (f"Committed {n}",))
connection.execute("BEGIN IMMEDIATE")
connection.execute(INSERT, ("Uncommitted",))
print("ready", flush=True)
sys.stdin.readline()
"""


def agencies(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in connection.execute("SELECT name FROM agency ORDER BY name")]
    finally:
        connection.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "tasking.sqlite"
    Services.open(path, create=True).close()
    return path


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    generate(path, "small", seed=5, today=DEMO_TODAY)
    return path


def test_a_backup_taken_during_another_writers_transaction_keeps_every_committed_row(
    database: Path, tmp_path: Path
) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(database), "40"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        assert Path(f"{database}-wal").stat().st_size > 0  # the commits are only in the WAL
        made = take_backup(database, "manual")
    finally:
        writer.communicate("done\n", timeout=30)
    names = agencies(made.path)
    assert [n for n in names if n.startswith("Committed")] == sorted(
        f"Committed {n}" for n in range(40)
    )
    assert "Uncommitted" not in names
    restored = tmp_path / "restored.sqlite"
    restore(made.path, restored)
    assert agencies(restored) == names


def test_restore_reproduces_the_exact_meeting_list(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "live.sqlite"
    path.write_bytes(demo_file.read_bytes())
    services = Services.open(path, today=lambda: DEMO_TODAY)
    before = [(m.id, m.area, m.held_on, m.state) for m in services.meetings.list()]
    made = take_backup(path, "manual")
    area = services.partnership.area_named("Abbey")
    services.meetings.open_next(area.id, DEMO_TODAY + timedelta(days=30))
    assert len(services.meetings.list()) == len(before) + 1
    kept = restore(made.path, path)
    after = [(m.id, m.area, m.held_on, m.state) for m in services.meetings.list()]
    services.close()
    assert after == before
    assert kept is not None and kept.kind == "before-restore"  # what it replaced, kept
    assert len(agencies(kept.path)) == len(agencies(path))
    reopened = Services.open(path, today=lambda: DEMO_TODAY)
    assert [(m.id, m.area, m.held_on, m.state) for m in reopened.meetings.list()] == before
    reopened.close()


def test_a_damaged_backup_is_refused_and_the_database_is_untouched(
    database: Path, tmp_path: Path
) -> None:
    made = take_backup(database, "manual")
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(made.path.read_bytes())
    data[4096 * 2 : 4096 * 3] = b"\xff" * 4096
    damaged.write_bytes(bytes(data))
    before = sha256(database)
    with pytest.raises(BackupError, match=r"damaged|integrity"):
        restore(damaged, database)
    assert sha256(database) == before
    notes = tmp_path / "notes.sqlite"
    notes.write_text("not a backup")
    with pytest.raises(BackupError, match="not a Tasking backup"):
        restore(notes, database)
    assert sha256(database) == before


def test_a_backup_that_fails_its_check_is_not_kept(database: Path, monkeypatch) -> None:
    def fail(path: Path) -> None:
        raise BackupError(f"{path} failed its integrity check: page 3")

    monkeypatch.setattr(backups, "check_integrity", fail)
    with pytest.raises(BackupError, match="integrity"):
        take_backup(database, "manual")
    assert list((database.parent / "backups").iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_backups_are_private(database: Path) -> None:
    made = take_backup(database, "manual")
    assert made.path.stat().st_mode & 0o777 == 0o600
    assert made.path.parent.stat().st_mode & 0o777 == 0o700
    assert database.stat().st_mode & 0o777 == 0o600
    assert not Path(f"{made.path}-wal").exists()  # one self-contained file


def test_backups_are_kept_in_a_folder_the_user_chose(database: Path, tmp_path, monkeypatch):
    chosen = tmp_path / "elsewhere"
    monkeypatch.setenv(backups.FOLDER_ENV, str(chosen))
    made = take_backup(database, "manual")
    assert made.path.parent == chosen
    assert [b.path for b in list_backups(chosen, "tasking")] == [made.path]


def test_rotation_keeps_7_daily_4_weekly_12_monthly_and_every_pre_migration_copy(
    database: Path,
) -> None:
    folder = database.parent / "backups"
    start = datetime(2024, 1, 1, 9, tzinfo=UTC)
    migration = take_backup(database, "before-migration-0002", now=start)
    real = take_backup(database, "daily", now=start + timedelta(days=1))
    for day in range(2, 500):  # two a day for well over a year (named as take_backup names them)
        for hour in (9, 17):
            at = start + timedelta(days=day, hours=hour - 9)
            (folder / f"tasking-{at:%Y%m%d-%H%M%S}-daily.sqlite").write_bytes(b"")
    now = start + timedelta(days=499, hours=8)
    rotate(folder, "tasking", now=now)
    kept = list_backups(folder, "tasking")
    assert migration.path in [b.path for b in kept]
    assert real.path not in [b.path for b in kept]  # a daily from over a year ago has gone
    days = {b.taken_at.date() for b in kept}
    assert {(now - timedelta(days=n)).date() for n in range(7)} <= days
    months = {(b.taken_at.year, b.taken_at.month) for b in kept if not b.is_pre_migration}
    assert len(months) == 12
    assert len(kept) <= 1 + 7 + 4 + 12 + 10
    newest = take_backup(database, "manual", now=now + timedelta(hours=1))  # rotates as it goes
    assert newest.path in [b.path for b in list_backups(folder, "tasking")]
    assert rotate(folder, "tasking", now=now) == []


def test_the_daily_backup_is_taken_on_open_when_the_last_is_a_day_old(database: Path) -> None:
    open_database(database, auto_backup=True).close()
    (first,) = list_backups(database.parent / "backups")
    assert first.kind == "daily"
    open_database(database, auto_backup=True).close()
    assert len(list_backups(database.parent / "backups")) == 1  # not again the same day
    later = backups.backup_if_due(database, now=first.taken_at + timedelta(days=1, minutes=1))
    assert later is not None and len(list_backups(database.parent / "backups")) == 2


def test_finalising_and_reopening_minutes_back_up_first(database: Path) -> None:
    services = Services.open(database)
    area = services.partnership.area_named("Abbey")
    meeting = services.meetings.open_next(area.id, date(2025, 6, 1))
    final = services.meetings.finalise(meeting.id, meeting.version)
    services.meetings.reopen(final.id, final.version, "Typo in the minutes")
    services.close()
    kinds = [b.kind for b in list_backups(database.parent / "backups")]
    assert sorted(kinds) == ["before-finalise", "before-reopen"]
    (before_reopen,) = [b for b in list_backups(database.parent / "backups") if "reopen" in b.kind]
    connection = sqlite3.connect(before_reopen.path)
    assert connection.execute("SELECT state FROM meeting").fetchone()[0] == "final"
    connection.close()


def test_latest_meeting_names_the_ward_and_date(demo_file: Path) -> None:
    label = backups.latest_meeting(demo_file)
    assert label.endswith("2025") and "," in label


def run_cli(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        "TASKING_LOG_DIR": str(tmp_path / "logs"),
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
    }
    return subprocess.run(
        [sys.executable, "-m", "tasking", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_backup_and_restore_from_the_command_line(database: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    made = run_cli("backup", "--database", str(database), "-o", str(copy), tmp_path=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "checked" in made.stdout and copy.exists()
    services = Services.open(database)
    services.partnership.add_agency("Neighbourhood Watch")
    services.close()
    again = run_cli("backup", "--database", str(database), "-o", str(copy), tmp_path=tmp_path)
    assert again.returncode == 2 and "already exists" in again.stderr
    back = run_cli("restore", str(copy), "--database", str(database), tmp_path=tmp_path)
    assert back.returncode == 0, back.stderr
    assert "Neighbourhood Watch" not in agencies(database)
    (kept,) = list_backups(database.parent / "backups")
    assert "Neighbourhood Watch" in agencies(kept.path)


def test_a_server_database_is_told_to_use_the_servers_backups(tmp_path: Path) -> None:
    url = "postgresql+psycopg://chair:secret@127.0.0.1:1/tasking"
    done = run_cli("backup", "--database", url, tmp_path=tmp_path)
    assert done.returncode == 2
    [line] = done.stderr.strip().splitlines()
    assert "pg_dump" in line and "secret" not in line
