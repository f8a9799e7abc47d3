"""Backups of an SQLite database: taken with SQLite's online backup API, checked, rotated, restored.

The online backup API copies a consistent snapshot, including commits still in the ``-wal``
file, while other connections keep working. Each backup is written under a temporary name,
checked with ``PRAGMA integrity_check`` and only then renamed, so a backup that exists is whole.
Restoring copies a backup into the live database in one SQLite transaction: a crash half-way
leaves the database as it was.

The backup of an encrypted database is encrypted with the same key (and salt, so the keyring
entry that opens the database opens its backups): it never exists in plain text.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tasking.messages import Explained, Message, message_of
from tasking.models import encryption

SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID = 0x5441534B  # "TASK", as in database.py
FOLDER_ENV = "TASKING_BACKUP_DIR"  # a folder the user chose instead of backups/ beside the file
PARTIAL_SUFFIX = ".partial"
DAILY, WEEKLY, MONTHLY, NEWEST = 7, 4, 12, 10
DUE_AFTER = timedelta(days=1)
STALE_PARTIAL_AFTER_S = 3600
CHECK_CACHE_KIB = 64 * 1024  # the page cache of an integrity check (freed when it closes)
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<at>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<kind>[a-z0-9-]+)\.sqlite$"
)

Progress = Callable[[int, int], None]


class BackupError(Explained):
    """A backup or restore that could not be done; the message is for the user."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC
    kind: str  # daily, manual, before-migration-0003, before-finalise, before-restore...
    size: int

    @property
    def is_pre_migration(self) -> bool:
        return self.kind.startswith("before-migration")


def not_for_server(url: str) -> BackupError:
    return BackupError(Message("backup.server", path=url))


_chosen_folder: Path | None = None  # the folder chosen in the app, for this process


def choose_backup_folder(folder: Path | str | None) -> None:
    """Keep every backup from now on (daily, before a migration, a finalise, a restore...) in
    ``folder``; None (or "") keeps them in ``TASKING_BACKUP_DIR`` or beside the database."""
    global _chosen_folder
    _chosen_folder = Path(folder).expanduser() if folder else None


def backup_folder(database: Path) -> Path:
    """Where the backups of ``database`` go: the folder chosen in the app, else the
    ``TASKING_BACKUP_DIR`` environment variable's, else ``backups/`` beside the database."""
    if _chosen_folder is not None:
        return _chosen_folder
    chosen = os.environ.get(FOLDER_ENV)
    return Path(chosen).expanduser() if chosen else database.parent / "backups"


def make_private_folder(folder: Path) -> Path:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
    return folder


def take_backup(
    database: Path,
    kind: str = "manual",
    *,
    destination: Path | None = None,
    folder: Path | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> BackupInfo:
    """Copy ``database`` (with its WAL) to a checked, private backup file and rotate the folder."""
    if not database.exists():
        raise BackupError(Message("backup.no_database", path=database))
    at = (now or datetime.now(UTC)).astimezone(UTC)
    if destination is None:
        target_folder = make_private_folder(folder or backup_folder(database))
        remove_stale_partials(target_folder)
        destination = _free_name(target_folder, database.stem, at, kind)
    elif not destination.parent.is_dir():
        raise BackupError(Message("backup.no_folder", folder=destination.parent))
    put_checked(destination, lambda partial: copy_database(database, partial, progress))
    _fsync_folder(destination.parent)
    info = BackupInfo(destination, at, kind, destination.stat().st_size)
    if destination.parent == (folder or backup_folder(database)):
        rotate(destination.parent, database.stem, now=at)
    return info


def put_checked(
    target: Path, make: Callable[[Path], None], before: Callable[[], None] | None = None
) -> None:
    """Make ``target`` anew: ``make`` writes a file under a temporary name beside it, which is
    checked whole and only then renamed over ``target`` (after ``before``, if given). Any failure
    removes the temporary file and leaves ``target`` as it was."""
    partial = target.with_name(f".{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")
    try:
        make(partial)
        check_integrity(partial)
        if before is not None:
            before()
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def copy_database(source: Path, destination: Path, progress: Progress | None = None) -> None:
    """SQLite's online backup of ``source`` into a new private file, made durable."""
    key = _key_of(source)
    fd = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        origin = encryption.connect(source, timeout=10, key=key)
        target = encryption.connect(destination, key=key)  # encrypted with the same key
    except encryption.errors() as error:
        raise BackupError(Message("backup.unreadable", path=source, reason=error)) from error
    try:
        origin.backup(target, pages=256, progress=_pages(progress))
        # A backup is one self-contained file: no -wal beside it to lose when it is copied.
        target.execute("PRAGMA journal_mode = DELETE")
    except encryption.errors() as error:
        raise BackupError(_explain(error, source)) from error
    finally:
        target.close()
        origin.close()
    with open(destination, "rb+") as handle:
        os.fsync(handle.fileno())


def _key_of(path: Path) -> encryption.Key | None:
    """The key of ``path`` (None if plain), or a BackupError saying none is to be had."""
    try:
        return encryption.key_for(path)
    except encryption.EncryptionError as error:
        raise BackupError(message_of(error)) from error


def _pages(progress: Progress | None) -> Callable[[int, int, int], None] | None:
    if progress is None:
        return None
    return lambda _status, remaining, total: progress(total - remaining, total)


def _explain(error: BaseException, path: Path) -> Message:
    text = str(error)
    if "full" in text:
        return Message("backup.disk_full", path=path)
    if "locked" in text or "busy" in text:
        return Message("backup.locked", path=path)
    return Message("backup.cannot_copy", path=path, reason=text)


def check_integrity(path: Path) -> None:
    """Refuse a file that is not a whole Tasking database."""
    with open(path, "rb") as handle:
        plain = handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    if not plain and not encryption.looks_encrypted(path):
        raise BackupError(Message("backup.not_sqlite", path=path))
    connection = encryption.connect(path, query="mode=ro", key=_key_of(path))
    try:
        # Each page is read more than once: cached, an encrypted one is decrypted only once.
        connection.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
        # Encrypted, every page read is authenticated (its HMAC) as it is decrypted.
        result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
    except encryption.errors() as error:
        raise BackupError(Message("backup.damaged", path=path, reason=error)) from error
    finally:
        connection.close()
    if result != ["ok"]:
        raise BackupError(Message("backup.failed_check", path=path, reason="; ".join(result[:3])))
    if app_id != APPLICATION_ID:
        raise BackupError(Message("backup.foreign", path=path))


def restore(backup: Path, database: Path, *, progress: Progress | None = None) -> BackupInfo | None:
    """Replace ``database`` with ``backup``, all at once, keeping a backup of what it replaces."""
    if not backup.is_file():
        raise BackupError(Message("backup.missing", path=backup))
    check_integrity(backup)
    if database.exists() and os.path.samefile(backup, database):
        raise BackupError(Message("backup.is_database", path=backup))
    if database.exists() and _key_of(backup) != _key_of(database):
        raise BackupError(Message("backup.encryption_differs", backup=backup, database=database))
    kept = take_backup(database, "before-restore") if database.exists() else None
    if database.exists():
        _copy_into_live(backup, database, progress)
    else:
        if not database.parent.is_dir():
            raise BackupError(Message("backup.no_restore_folder", folder=database.parent))
        partial = database.with_name(f".{database.name}.{os.getpid()}{PARTIAL_SUFFIX}")
        try:
            copy_database(backup, partial, progress)
            os.replace(partial, database)
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
    return kept


def _copy_into_live(backup: Path, database: Path, progress: Progress | None) -> None:
    # One write transaction on the live file: other readers see the old or the new, never a mix.
    key = _key_of(database)  # the same as the backup's (restore checked)
    origin = encryption.connect(backup, query="mode=ro", key=key)
    target = encryption.connect(database, timeout=10, key=key)
    try:
        target.execute("PRAGMA synchronous = FULL")
        origin.backup(target, pages=-1, progress=_pages(progress))
        target.execute("PRAGMA journal_mode = WAL")
    except encryption.errors() as error:
        problem = _explain(error, database)
        raise BackupError(Message("backup.left_as_was", problem=problem)) from error
    finally:
        target.close()
        origin.close()


def list_backups(folder: Path, stem: str | None = None) -> list[BackupInfo]:
    """Whole backups in ``folder`` (of the database named ``stem``), newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or (stem is not None and match["stem"] != stem):
            continue
        at = datetime.strptime(match["at"], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        with contextlib.suppress(OSError):
            info = path.stat()  # two in the same second: the one written last is the newer
            found.append((at, info.st_mtime_ns, BackupInfo(path, at, match["kind"], info.st_size)))
    return [backup for *_, backup in sorted(found, key=lambda f: f[:2], reverse=True)]


def latest_meeting(backup: Path) -> Message | str:
    """The most recent meeting a backup holds, as the chair would name it (a ``Message``
    where it has none to name)."""
    try:
        connection = encryption.connect(backup, query="mode=ro")
        try:
            row = connection.execute(
                "SELECT area.name, meeting.held_on FROM meeting JOIN area ON area.id = "
                "meeting.area_id ORDER BY meeting.held_on DESC, meeting.id DESC LIMIT 1"
            ).fetchone()
        finally:
            connection.close()
    except encryption.NeedsKey:
        return Message("backup.latest_no_key")
    except encryption.errors(encryption.EncryptionError):
        return Message("backup.latest_unreadable")
    if row is None:
        return Message("backup.latest_none")
    held = datetime.strptime(str(row[1])[:10], "%Y-%m-%d")
    return f"{row[0]}, {held:%d %b %Y}"


def backup_if_due(database: Path, *, now: datetime | None = None) -> BackupInfo | None:
    """The daily backup: taken when the newest backup of this database is over a day old."""
    at = now or datetime.now(UTC)
    newest = list_backups(backup_folder(database), database.stem)
    if newest and at - newest[0].taken_at < DUE_AFTER:
        return None
    return take_backup(database, "daily", now=at)


def rotate(folder: Path, stem: str, *, now: datetime | None = None) -> list[Path]:
    """Keep 7 daily, 4 weekly, 12 monthly, the newest 10 and every pre-migration copy."""
    backups = list_backups(folder, stem)
    keep = {b.path for b in backups if b.is_pre_migration} | {b.path for b in backups[:NEWEST]}
    for key, count in (
        (lambda d: d.date(), DAILY),
        (lambda d: d.isocalendar()[:2], WEEKLY),
        (lambda d: (d.year, d.month), MONTHLY),
    ):
        keep |= _newest_per(backups, key, count)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        with contextlib.suppress(OSError):
            path.unlink()
    return removed


def _newest_per(
    backups: Iterable[BackupInfo], key: Callable[[datetime], object], count: int
) -> set[Path]:
    chosen: dict[object, Path] = {}
    for backup in backups:  # newest first, so the first seen in each period is its newest
        period = key(backup.taken_at)
        if period not in chosen and len(chosen) < count:
            chosen[period] = backup.path
    return set(chosen.values())


def remove_stale_partials(folder: Path) -> None:
    """Half-written copies left by a process that was killed; fresh ones may still be in use."""
    cutoff = time.time() - STALE_PARTIAL_AFTER_S
    for path in folder.glob(f".*{PARTIAL_SUFFIX}"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()


def _free_name(folder: Path, stem: str, at: datetime, kind: str) -> Path:
    base = f"{stem}-{at:%Y%m%d-%H%M%S}"
    candidate, n = folder / f"{base}-{kind}.sqlite", 1
    while candidate.exists():
        candidate, n = folder / f"{base}-{n}-{kind}.sqlite", n + 1
    return candidate


def _fsync_folder(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
