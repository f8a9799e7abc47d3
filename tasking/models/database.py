"""Opening a Tasking database: checks before writing, pragmas, immediate locks, migration."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from tasking.models import migrate
from tasking.models.audit import os_user

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA application_id marks a file as Tasking's ("TASK"), so other SQLite files are refused.
APPLICATION_ID = 0x5441534B  # set by the first migration
BUSY_TIMEOUT_MS = 10_000
ENV_VARIABLE = "TASKING_DATABASE"


class DatabaseError(Exception):
    """A database that cannot be opened; the message is for the user."""


class NotATaskingDatabase(DatabaseError):
    """Another program's file: refused before anything writes to it."""


class NewerDatabase(DatabaseError):
    """Written by a newer Tasking: its schema is unknown here, so it is left alone."""


class ConnectionLost(DatabaseError):
    """The shared server went away mid-session; nothing half-written, try again later."""

    keeps_app_running = True  # the app waits for the server; it is not a crash


def default_database_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("Tasking", appauthor=False) / "tasking.sqlite"


def database_url(target: str | os.PathLike[str] | None) -> str:
    """The SQLAlchemy URL for ``--database``, ``TASKING_DATABASE`` or the per-user default."""
    chosen = target if target is not None else os.environ.get(ENV_VARIABLE) or None
    if chosen is None:
        chosen = default_database_path()
    text = os.fspath(chosen)
    if "://" in text:
        return text
    if text == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not ours before anything writes to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotATaskingDatabase(
            f"{path} is not a Tasking database (it is not an SQLite file); it was left unchanged."
        )
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as error:
        raise NotATaskingDatabase(f"{path} cannot be read as a database ({error}).") from error
    finally:
        connection.close()
    if tables and app_id != APPLICATION_ID:
        raise NotATaskingDatabase(
            f"{path} is another program's SQLite database, not Tasking's; it was left unchanged."
        )
    _check_revision(str(path), revision)


def _check_revision(where: str, revision: str | None) -> None:
    if revision is not None and not migrate.is_known(revision):
        raise NewerDatabase(
            f"{where} was written by a newer version of Tasking (schema {revision}). "
            "Install the newer version to open it; the database was left unchanged."
        )


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy issues BEGIN itself (below)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: object) -> None:
        # Take the write lock up front: a use case never fails halfway on "database is locked".
        readonly = connection.get_execution_options().get("tasking_readonly", False)  # type: ignore[attr-defined]
        connection.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")  # type: ignore[attr-defined]


@dataclass
class Database:
    """An open database: a unit of work for writing, another for reading."""

    url: str
    engine: Engine
    login: str | None = None  # on a shared server, the server's name for this connection
    # Called (on whichever thread noticed) with the message when the server is lost.
    connection_watchers: list[Callable[[str], None]] = field(default_factory=list)

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

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    target: str | os.PathLike[str] | None = None, *, upgrade: bool = True
) -> Database:
    """Open (creating or migrating as needed) the database at a path or URL."""
    url = database_url(target)
    path = _sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine)
    elif make_url(url).get_backend_name() == "sqlite":  # in memory, for tests
        engine = create_engine(url)
        _configure_sqlite(engine)
    else:
        from tasking.models import postgres

        engine = postgres.create_server_engine(url)
    database = Database(url, engine)
    try:
        if path is None and not database.is_sqlite:
            _check_server_database(engine, url)
            database.login = postgres.opened(database, upgrade=upgrade)
        elif upgrade:
            migrate_to_head(database)
    except OperationalError as error:  # no such folder, no permission, server unreachable
        database.close()
        where = path or _display(url)
        reason = " ".join(str(error.orig).split())
        password = make_url(url).password
        if password:  # never repeat it, even if a driver's message did
            reason = reason.replace(str(password), "")
        raise DatabaseError(f"Cannot open {where}: {reason}") from error
    except DatabaseError:
        database.close()
        raise
    return database


def _display(url: str) -> str:
    from tasking.models.postgres import display_url

    return display_url(url)


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
        raise NotATaskingDatabase(
            f"{where} holds tables that are not Tasking's; it was left unchanged."
        )
    _check_revision(where, revision)


def migrate_to_head(database: Database) -> None:
    """Bring the schema up to date, keeping a copy of an SQLite file before changing it."""
    current = migrate.current_revision(database.engine)
    if current == migrate.head_revision():
        return
    path = database.path
    if current is not None and path is not None and path.exists():
        backup = path.with_name(f"{path.stem}.before-{migrate.head_revision()}{path.suffix}")
        database.engine.dispose()
        shutil.copy2(path, backup)
        log.info("Copied %s to %s before migrating it", path, backup)
    log.info("Migrating %s from %s to %s", path or "the database", current, migrate.head_revision())
    migrate.upgrade(database.engine, "head")
