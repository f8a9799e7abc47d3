"""Opening a Tasking database: checks before writing, pragmas, immediate locks, migration."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from tasking.messages import Explained, Message, message_of
from tasking.models import encryption, migrate
from tasking.models.audit import os_user

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA application_id marks a file as Tasking's ("TASK"), so other SQLite files are refused.
APPLICATION_ID = 0x5441534B  # set by the first migration
BUSY_TIMEOUT_MS = 10_000
ENV_VARIABLE = "TASKING_DATABASE"
KNOWN_SCHEMES = {"sqlite", "postgresql", "postgres"}
JOURNAL_HEADER = bytes.fromhex("d9d505f920a163d7")  # a rollback journal still to be played back


class DatabaseError(Explained):
    """A database that cannot be opened; the message is for the user."""


class NotATaskingDatabase(DatabaseError):
    """Another program's file: refused before anything writes to it."""


class NewerDatabase(DatabaseError):
    """Written by a newer Tasking: its schema is unknown here, so it is left alone."""


class ConnectionLost(DatabaseError):
    """The shared server went away mid-session; nothing half-written, try again later."""

    keeps_app_running = True  # the app waits for the server; it is not a crash


class ReadOnlyDatabase(DatabaseError):
    """The file can be read but not written: it opens for reading only."""


class DatabaseLocked(DatabaseError):
    """Another program has held the database's lock for longer than Tasking waits."""


class EncryptedDatabase(DatabaseError):
    """An encrypted file this computer has no key for, or whose key failed: ask for one."""


def default_database_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("Tasking", appauthor=False) / "tasking.sqlite"


def is_first_run_default(target: str | os.PathLike[str] | None) -> bool:
    """Whether ``target`` means the per-user default database: the only one made on first run."""
    return target is None and not os.environ.get(ENV_VARIABLE)


def database_url(target: str | os.PathLike[str] | None) -> str:
    """The SQLAlchemy URL for ``--database``, ``TASKING_DATABASE`` or the per-user default."""
    chosen = target if target is not None else os.environ.get(ENV_VARIABLE) or None
    if chosen is None:
        chosen = default_database_path()
    text = os.fspath(chosen)
    if not text.strip():
        raise DatabaseError(Message("database.no_name"))
    if "://" in text:
        scheme = text.split("://", 1)[0].split("+", 1)[0].lower()
        if scheme not in KNOWN_SCHEMES:
            raise DatabaseError(Message("database.unknown_scheme", scheme=scheme))
        return text
    if text == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _check_place(path: Path, create: bool) -> bool:
    """Refuse a path that is missing, empty, unreadable or elsewhere than expected; True if new."""
    folder = path.parent
    if path.is_dir():
        raise DatabaseError(Message("database.is_folder", path=path))
    if not folder.is_dir():
        if not (create and path == default_database_path()):
            raise DatabaseError(Message("database.no_folder", folder=folder))
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        if not create:
            raise DatabaseError(Message("database.missing", path=path))
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # private from the start
        os.close(fd)
        return True
    if not os.access(path, os.R_OK):
        raise DatabaseError(Message("database.no_permission", path=path))
    if path.stat().st_size == 0 and not create:
        raise NotATaskingDatabase(Message("database.empty_file", path=path))
    return path.stat().st_size == 0


def is_writable(path: Path) -> bool:
    """Whether Tasking can write the file and the journal files SQLite keeps beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def has_hot_journal(path: Path) -> bool:
    journal = Path(f"{path}-journal")
    try:
        with journal.open("rb") as f:
            return f.read(len(JOURNAL_HEADER)) == JOURNAL_HEADER
    except OSError:
        return False


def recover_hot_journal(path: Path) -> Path:
    """A crash left a rollback journal: keep both files aside, then let SQLite roll it back."""
    from tasking.models.backups import backup_folder, make_private_folder

    at = datetime.now(UTC)
    aside = make_private_folder(backup_folder(path) / f"{path.stem}-{at:%Y%m%d-%H%M%S}-hot-journal")
    for source in (path, Path(f"{path}-journal")):
        shutil.copy2(source, aside / source.name)
    connection = encryption.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # rolls it back
    finally:
        connection.close()
    log.warning("Rolled back an interrupted write in %s; copies kept in %s", path, aside)
    return aside


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not ours before anything writes to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER and not encryption.is_encrypted(path):
        raise NotATaskingDatabase(Message("database.not_sqlite", path=path))
    connection = encryption.connect(
        path, query=_read_mode(path), timeout=BUSY_TIMEOUT_MS / 1000
    )  # an encrypted file with no key for it: NeedsKey, before anything is read
    try:
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except encryption.errors() as error:
        if _is_locked(error):
            raise DatabaseLocked(_locked_message(path)) from error
        raise NotATaskingDatabase(
            Message("database.unreadable", path=path, reason=error)
        ) from error
    finally:
        connection.close()
    if tables and app_id != APPLICATION_ID:
        raise NotATaskingDatabase(Message("database.foreign", path=path))
    _check_revision(str(path), revision)


def _is_locked(error: BaseException) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def _locked_message(path: Path | str) -> Message:
    return Message("database.locked", path=path, seconds=f"{BUSY_TIMEOUT_MS / 1000:g}")


def explain_storage_error(error: BaseException, where: Path | str, folder: Path | None) -> Message:
    """What a chair can do about an SQLite error: full disk, lock, permission, or the raw reason."""
    reason = " ".join(str(getattr(error, "orig", error)).split())
    lowered = reason.lower()
    if "full" in lowered or (
        "disk i/o" in lowered and folder is not None and _free_bytes(folder) < 1_000_000
    ):
        return Message("database.disk_full", path=where)
    if _is_locked(error):
        return _locked_message(where)
    if "readonly" in lowered or "read-only" in lowered:
        return Message("database.read_only_write", path=where)
    return Message("database.cannot_open", path=where, reason=reason)


def _free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 1 << 40


def _check_revision(where: str, revision: str | None) -> None:
    if revision is not None and not migrate.is_known(revision):
        raise NewerDatabase(Message("database.newer", path=where, revision=revision))


def _configure_sqlite(engine: Engine, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy issues BEGIN itself (below)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")  # a power cut cannot lose a commit
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Connection) -> None:
        # Take the write lock up front: a use case never fails halfway on "database is locked".
        readonly = read_only or connection.get_execution_options().get("tasking_readonly", False)
        connection.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")


@dataclass
class Database:
    """An open database: a unit of work for writing, another for reading."""

    url: str
    engine: Engine
    read_only: bool = field(default=False)
    login: str | None = None  # on a shared server, the server's name for this connection
    encrypted: bool = False  # an SQLCipher file
    # Called (on whichever thread noticed) with the message when the server is lost.
    connection_watchers: list[Callable[[Message], None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._reader = sessionmaker(
            self.engine.execution_options(tasking_readonly=True), expire_on_commit=False
        )

    @property
    def path(self) -> Path | None:
        return _sqlite_path(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def write(self, *, audit: bool = True, user: str | None = None) -> Iterator[Session]:
        """One use case: committed together at the end, or not at all."""
        if self.read_only:
            raise ReadOnlyDatabase(Message("database.read_only", path=self.path or self.url))
        # Server errors outermost: a server lost while committing is noticed too.
        with self._server_errors(), self._writer() as session, session.begin():
            session.info["audit"] = audit
            session.info["user"] = user or self.login or os_user()
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._server_errors(), self._reader() as session, session.begin():
            yield session

    @contextmanager
    def _server_errors(self) -> Iterator[None]:
        if self.is_sqlite:
            yield
            return
        from tasking.models.postgres import lost_connection

        with lost_connection(self):
            yield

    def back_up(
        self,
        kind: str,
        *,
        required: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> Path | None:
        """A checked backup before a step worth going back from.

        A failure is logged, not fatal, unless ``required`` (then it raises BackupError).
        """
        path = self.path
        if path is None or self.read_only or not path.exists():
            return None  # a server has its own backups; memory and read-only files need none
        from tasking.models.backups import BackupError, take_backup

        try:
            return take_backup(path, kind, progress=progress).path
        except (BackupError, OSError) as error:
            if required:
                if isinstance(error, BackupError):
                    raise
                raise BackupError(Message("backup.cannot_copy", path=path, reason=error)) from error
            log.warning("Could not back up %s before %s: %s", path, kind, error)
            return None

    def close(self) -> None:
        self.engine.dispose()
        if self.path is not None:
            encryption.released(self.path)


def open_database(
    target: str | os.PathLike[str] | None = None,
    *,
    upgrade: bool = True,
    create: bool = False,
    auto_backup: bool = False,
) -> Database:
    """Open (migrating as needed) the database at a path or URL; ``create`` makes a new one.

    Without ``create`` a missing, empty or foreign file is refused and left as it was.
    ``auto_backup`` takes the daily backup here (the app takes it on a worker thread instead).
    """
    url = database_url(target)
    path = _sqlite_path(url)
    read_only = False
    created = False
    key: encryption.Key | None = None
    if path is not None:
        try:
            created = _check_file(path, create)
            key = encryption.key_for(path)
        except encryption.NeedsKey as error:
            raise EncryptedDatabase(message_of(error)) from error
        except encryption.EncryptionError as error:
            raise DatabaseError(message_of(error)) from error
        except encryption.errors(OSError) as error:
            raise DatabaseError(explain_storage_error(error, path, path.parent)) from error
        read_only = not is_writable(path)
        if read_only:
            url = _read_only_url(path)
        engine = _file_engine(path, url, key, _read_mode(path) if read_only else "")
        _configure_sqlite(engine, read_only)
    elif make_url(url).get_backend_name() == "sqlite":  # in memory, for tests
        engine = create_engine(url)
        _configure_sqlite(engine)
    else:
        from tasking.models import postgres

        try:
            engine = postgres.create_server_engine(url)
        except (ArgumentError, NoSuchModuleError) as error:
            where = _display(url)
            raise DatabaseError(Message("database.cannot_use", path=where, reason=error)) from error
    database = Database(database_url(target), engine, read_only)
    database.encrypted = path is not None and key is not None
    if path is not None:
        encryption.holding(path, database.encrypted)
    try:
        if path is None and not database.is_sqlite:
            _check_server_database(engine, url)
            database.login = postgres.opened(database, upgrade=upgrade, create=create)
        elif upgrade:
            migrate_to_head(database)
        if auto_backup and path is not None and not created and not read_only:
            _daily_backup(path)
    except OperationalError as error:  # no such folder, no permission, server unreachable
        database.close()
        place = path or _display(url)
        message = explain_storage_error(error, place, path.parent if path else None)
        password = make_url(url).password
        if password:  # never repeat it, even if a driver's message did
            message.fields = {k: v.replace(str(password), "") for k, v in message.fields.items()}
        if _is_locked(error):
            raise DatabaseLocked(message) from error
        raise DatabaseError(message) from error
    except Exception:
        database.close()
        raise
    if read_only:
        log.warning("%s is read-only: opened for reading only", path)
    return database


def _file_engine(path: Path, url: str, key: encryption.Key | None, query: str) -> Engine:
    """The engine of an SQLite file: the standard driver, or SQLCipher keyed at each connect."""
    timeout = BUSY_TIMEOUT_MS / 1000
    if key is None:
        return create_engine(url, connect_args={"timeout": timeout})
    return create_engine(
        f"sqlite:///{path}",
        module=encryption.cipher(),
        creator=lambda: encryption.connect(
            path, query=query, timeout=timeout, key=key, any_thread=True
        ),
    )


def _display(url: str) -> str:
    from tasking.models.postgres import display_url

    return display_url(url)


def _check_file(path: Path, create: bool) -> bool:
    """Every check before SQLAlchemy touches the file; True if it was just created."""
    created = _check_place(path, create)
    if has_hot_journal(path):
        if not is_writable(path):
            raise DatabaseError(Message("database.hot_journal_read_only", path=path))
        recover_hot_journal(path)
    _check_sqlite_file(path)
    return created


def _daily_backup(path: Path) -> None:
    from tasking.models.backups import BackupError, backup_if_due

    try:
        backup_if_due(path)
    except (BackupError, OSError) as error:  # a missed backup must not stop the chair working
        log.warning("The daily backup of %s failed: %s", path, error)


def _read_mode(path: Path) -> str:
    # In a folder it cannot write, SQLite cannot make the -shm file a WAL reader needs: a file
    # with no -wal beside it is then read as it stands (immutable), which is exact.
    if os.access(path.parent, os.W_OK):
        return "mode=ro"
    wal = Path(f"{path}-wal")
    return "mode=ro" if wal.exists() and wal.stat().st_size else "immutable=1"


def _read_only_url(path: Path) -> str:
    return f"sqlite:///{path.as_uri()}?{_read_mode(path)}&uri=true"


def _check_server_database(engine: Engine, url: str) -> None:
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        revision = None
        if "alembic_version" in tables:
            revision = connection.exec_driver_sql(
                "SELECT version_num FROM alembic_version"
            ).scalar()
    where = _display(url)
    if tables and "alembic_version" not in tables:
        raise NotATaskingDatabase(Message("database.foreign_tables", path=where))
    _check_revision(where, revision)


def migrate_to_head(database: Database) -> None:
    """Bring the schema up to date, backing up an SQLite file (WAL included) before changing it."""
    current = migrate.current_revision(database.engine)
    if current == migrate.head_revision():
        return
    path = database.path
    if database.read_only:
        raise ReadOnlyDatabase(Message("database.upgrade_read_only", path=path or database.url))
    if current is not None and path is not None and path.exists():
        from tasking.models.backups import take_backup

        backup = take_backup(path, f"before-migration-{migrate.head_revision()}")
        log.info("Backed up %s to %s before migrating it", path, backup.path)
    where = path or _display(database.url)
    log.info("Migrating %s from %s to %s", where, current, migrate.head_revision())
    migrate.upgrade(database.engine, "head")
